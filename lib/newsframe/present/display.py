"""The one display helper: every table a notebook shows goes through :func:`show`.

A shown table reads like a table in a briefing, not like a debugging session: column labels
and coded values in the report's language (the labels catalogs of data/locale/; which
columns hold coded values: data/lexicons/label_columns.csv), numbers as the language writes
them (integers without ``.0``, shares as percentages, rates — ``…_per_100`` — as whole
numbers in every row, ``value``–``value_high`` as one range),
dates as ``13 Okt 2023``,
empty cells for missing values, no index, text left-aligned and wrapped, numbers right-aligned
and a "showing N of M" line under a capped table. The result is a pandas ``Styler`` in
which every text — cells, column headers and the caption — is HTML-escaped (an outlet name
or a story label holding markup shows as text).

**Marks.** A table of claims or attributed statements says how far to trust each row
(:func:`mark_view`): the claimant or source found on a weaker basis than its own sentence or
a quote carries a mark (``†`` the speaker named in another sentence or paragraph, before or
after it, ``‡`` a document or data named, ``§`` a pronoun or description resolved, ``¶`` the
headline's speaker, ``∅`` nobody named), and a claimant chosen among candidates that scored
close (``claimant_evidence`` ``unsure``) a ``?``; a row an analyst confirmed or corrected carries
``✓``; a value an analyst corrected is followed by the machine's, ``(machine: …)``. The
caption then holds a legend of the marks the table shows, in the report's language.

>>> table = pd.DataFrame({"outlet": ["KompasTV"], "value": [1000.0], "value_high": [None],
...                       "qualifier": ["more_than"], "published": ["2023-10-13"]})
>>> view = show(table, "id")
>>> list(view.data.columns)
['Media', 'Nilai', 'Penanda jumlah', 'Terbit']
>>> view.data.iloc[0].tolist()
['KompasTV', '1.000', 'lebih dari', '13 Okt 2023']
"""

import re

import numpy as np
import pandas as pd

from .. import lexicons
from ..escape import html_text
from .format import format_number, format_range
from .labels import label, text

MAX_ROWS = 50
# columns read in full and wrapped: at least this wide so they never shrink to a few letters
_LONG_TEXT = ("sentence", "title", "paragraph", "body", "meaning", "which", "chain",
              "denial_sentence", "figure", "figures", "removed_boilerplate", "expression")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
CSS = [
    {"selector": "", "props": "table-layout:auto; max-width:100%; border-collapse:collapse;"
                               " font-size:0.8rem; margin:0.4rem 0 1rem 0;"},
    {"selector": "th", "props": "text-align:left; vertical-align:bottom; padding:0.25rem"
                                " 0.4rem; border-bottom:1px solid #888; white-space:normal;"
                                " overflow-wrap:anywhere;"},
    {"selector": "td", "props": "vertical-align:top; padding:0.2rem 0.4rem;"
                                " border-bottom:1px solid #e4e4e4; max-width:36rem;"},
    {"selector": "caption", "props": "caption-side:top; text-align:left; font-weight:bold;"
                                     " padding:0.2rem 0;"},
]


def column_label(name, lang: str = "en") -> str:
    """A column's header: ``col_<name>``, else ``brief_<name>``, else ``<name>`` in
    labels catalog, else the name with spaces for underscores.

    >>> column_label("lag_days", "id"), column_label("no_such_column")
    ('Jeda (hari)', 'No such column')
    """
    name = str(name)
    for key in (f"col_{name}", f"brief_{name}", name):
        text = label(key, lang)
        if text != key:
            return text
    text = name.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def value_label(column: str, value, lang: str = "en"):
    """A coded value (``qualifier`` ``more_than``, ``event_type`` ``shipment``, …) as words,
    if label_columns.csv says the column holds codes (with the first of its ``|``-separated
    prefixes that has a label); a value ``code: text`` whose code has a label as that label
    and the text; other values unchanged.

    >>> value_label("qualifier", "about", "id"), value_label("outlet", "KompasTV", "id")
    ('sekitar', 'KompasTV')
    >>> value_label("label", "epistemic", "id"), value_label("label", "security threat", "id")
    ('epistemik', 'ancaman keamanan')
    >>> value_label("outlet_evidence", "dateline: JAKARTA, KOMPAS.TV -", "id")
    'baris tempat berita: JAKARTA, KOMPAS.TV -'
    """
    prefixes = _coded_columns()
    if column not in prefixes or not isinstance(value, str) or not value:
        return value
    if prefixes[column] == ACTOR_PREFIX:
        return actor_names(value, lang)
    code, colon, rest = value.partition(": ")
    for prefix in prefixes[column].split("|"):
        key = f"{prefix}{value}"
        text = label(key, lang)
        if text != key:
            return text
        if colon and code and label(f"{prefix}{code}", lang) != f"{prefix}{code}":
            return f"{label(f'{prefix}{code}', lang)}: {rest}"
    return value


ACTOR_PREFIX = "actor_"


@lexicons.cached(maxsize=8)
def _actor_pattern(lang: str):
    names = {key[len(ACTOR_PREFIX):]: shown for key, shown in
             lexicons.catalog("labels", lang).items() if key.startswith(ACTOR_PREFIX)}
    names = {name: shown for name, shown in names.items() if shown != name}
    if not names:
        return None, {}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), names


def actor_names(value: str, lang: str = "en") -> str:
    """Every actor's name in ``value`` (one name, a list ``a; b (+2 more)``, a chain
    ``a → b``, ``Name (Organisation)``) said in ``lang``: the labels ``actor_<name>``.

    >>> actor_names("KompasTV → Associated Press → White House", "id")
    'KompasTV → Associated Press → Gedung Putih'
    >>> actor_names("US government; Ukraine government (+1 more)", "id")
    'Pemerintah AS; Pemerintah Ukraina (+1 lainnya)'
    """
    pattern, names = _actor_pattern(lang)
    if pattern is not None:
        value = pattern.sub(lambda match: names[match.group(0)], value)
    return re.sub(r"\(\+(\d+) more\)",
                  lambda match: f"({text('n_more', lang, n=match.group(1))})", value)


def outlet_name(outlet, lang: str = "en") -> str:
    """An outlet as the pages name it: an article whose outlet was not recognised has
    ``(unknown outlet)`` in the report's language, in tables, chart labels and headers alike.

    >>> outlet_name("KompasTV"), outlet_name("", "id"), outlet_name(None)
    ('KompasTV', '(media tidak dikenal)', '(unknown outlet)')
    """
    return label("unknown_outlet", lang) if _is_blank(outlet) else str(outlet)


@lexicons.cached()  # read for every cell of a shown table
def _coded_columns() -> dict:
    table = lexicons.load("label_columns")
    return dict(zip(table["column"], table["prefix"].fillna(""), strict=True))


def format_date(value, lang: str = "en") -> str:
    """An ISO date (``2023-10-13``, ``2023-10``) as ``13 Oct 2023`` / ``Okt 2023``; any other
    text unchanged, missing as "".

    >>> format_date("2023-10-13", "id"), format_date("2023-10"), format_date("2023-W41")
    ('13 Okt 2023', 'Oct 2023', '2023-W41')
    >>> format_date("2023-09-07 – 2023-10-01", "id")
    '7 Sep 2023 – 1 Okt 2023'
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, str) and " – " in value:
        return " – ".join(format_date(part, lang) for part in value.split(" – "))
    if isinstance(value, pd.Timestamp):
        value = value.strftime("%Y-%m-%d")
    match = _ISO_DATE.match(str(value))
    if not match:
        return str(value)
    year, month, day = match.groups()
    text = f"{label(f'month_{int(month)}', lang)} {year}"
    return f"{int(day)} {text}" if day else text


def _is_date_column(name: str) -> bool:
    return name in ("published", "when") or name.endswith(("_date", "date_start", "date_end",
                                                          "_published", "period_start",
                                                          "period_end"))


def _holds_dates(values: pd.Series) -> bool:
    """A text column whose every filled value is an ISO date (``2023-10-13``, ``2023-10``)."""
    if values.dtype != "str" and values.dtype != object:
        return False
    filled = values[values.notna() & values.astype("str").ne("")]
    return len(filled) > 0 and filled.astype("str").str.fullmatch(_ISO_DATE.pattern[1:-1]).all()


def _is_blank(value) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() in ("", "nan", "NaN", "None", "<NA>")
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _cell(column: str, value, lang: str, share: bool, decimals: int | None = None):
    """One cell as text (a number with exactly ``decimals`` when given)."""
    if isinstance(value, (list, tuple, set)):
        return ", ".join(str(v) for v in value)
    if _is_blank(value):  # an article whose outlet was not recognised says so, as everywhere
        return outlet_name(value, lang) if column in ("outlet", "reported_by") else ""
    if isinstance(value, (bool, np.bool_)):
        return label("yes" if value else "no", lang)
    if isinstance(value, pd.Timestamp):
        return format_date(value, lang)
    if isinstance(value, (int, float)) or hasattr(value, "dtype"):
        if share:
            return format_number(round(float(value) * 100), lang) + "%"
        if decimals is None and re.search(r"_per_10{2,3}$", column):  # a rate: whole numbers
            decimals = 0  # (1 hedge in 16 sentences is 6 per 100: decimals claim too much)
        return format_number(value, lang, decimals=decimals)
    # lists joined with ";" (outlets, article ids) get a space, so they wrap in a narrow cell
    return re.sub(r";(?=\S)", "; ", str(value_label(column, value, lang)))


def cell_text(column: str, value, lang: str = "en") -> str:
    """One value of ``column`` as a shown table writes it (coded values as words, numbers as
    the language writes them, missing values empty).

    >>> cell_text("claimant_type", "us_government", "id"), cell_text("value", 9000.0, "id")
    ('Pemerintah AS', '9.000')
    >>> cell_text("outlet", "", "id"), cell_text("author", "", "id")
    ('(media tidak dikenal)', '')
    """
    return _cell(column, value, lang, False)


def prepare(table: pd.DataFrame, lang: str = "en", columns=None, flags=None,
            drop_empty: bool = True, decimals: int | None = None
            ) -> tuple[pd.DataFrame, list]:
    """The text table :func:`show` styles, and which of its columns are numbers.

    ``flags`` (yes/no columns) become one column ``flags`` naming those that are true, and
    with ``drop_empty`` a column with nothing in any shown row is left out (a briefing table
    must fit the page); ``decimals`` writes every number (but shares) with that many
    decimals, so a table of rates and shares reads alike in every cell.

    >>> view, numeric = prepare(pd.DataFrame({"n": [3.0, None], "ok": [True, False]}))
    >>> view.to_dict("list"), numeric
    ({'N': ['3', ''], 'Ok': ['yes', 'no']}, ['N'])
    """
    if not isinstance(table.index, pd.RangeIndex) or table.index.name is not None:
        table = table.reset_index()  # a meaningful index (a group, a label) becomes columns
    if columns is not None:
        table = table[list(columns)]
    table = table.loc[:, ~table.columns.duplicated()]
    if flags:
        raised = table[list(flags)].fillna(False).astype(bool)
        names = [column_label(f, lang) for f in flags]
        table = table.drop(columns=list(flags)).assign(flags=[
            ", ".join(n for n, on in zip(names, row, strict=True) if on)
            for row in raised.itertuples(index=False)])
    cells, numeric = {}, []
    dates = {c for c in table.columns if _is_date_column(str(c)) or _holds_dates(table[c])}
    if "value" in table.columns and "value_high" in table.columns:
        numeric.append(column_label("value", lang))
        ranges = [format_range(low, high, lang) for low, high in
                  zip(table["value"], table["value_high"], strict=True)]
        table = table.drop(columns="value_high").assign(value=ranges)
    for column in table.columns:
        name = str(column)
        share = name.endswith("_share") or name.startswith("share")
        values = table[column]
        if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(
                values.dtype):
            numeric.append(column_label(name, lang))
        cells[column_label(name, lang)] = [format_date(v, lang) if column in dates else
                                           _cell(name, v, lang, share, decimals) for v in values]
    view = pd.DataFrame(cells, index=pd.RangeIndex(len(table)), dtype="str")
    if drop_empty and len(view):
        view = view.loc[:, view.ne("").any()]
        numeric = [c for c in numeric if c in view.columns]
    return view, numeric


CHECK_MARK = "✓"
# how a claimant or source was found (newsframe.schema.ATTRIBUTION_BASES): the weaker bases
BASIS_MARKS = {"statement": "†", "document": "‡", "coreference": "§", "headline": "¶",
               "none": "∅"}
UNSURE_MARK = "?"  # a claimant chosen among candidates that scored close (evidence unsure)
_CHECKED_CELL = ("figure", "value", "source", "claimant", "verb")  # the first shown gets ✓
_SPEAKER_CELL = ("claimant", "source")


def mark_view(table: pd.DataFrame, view: pd.DataFrame, lang: str = "en"
              ) -> tuple[pd.DataFrame, list[str]]:
    """``view`` (the text table :func:`prepare` made of ``table``, row for row) with the marks
    of the module docstring, and the legend of the marks it shows (label texts).

    >>> table = pd.DataFrame({"value": [1000.0, 20.0], "value_high": [None, None],
    ...     "claimant": ["White House", ""], "attribution_basis": ["in_sentence", "none"],
    ...     "review": ["corrected", ""], "corrected": ["value", ""],
    ...     "machine_value": [100.0, None], "machine_value_high": [None, None]})
    >>> view, legend = mark_view(table, prepare(table, columns=["value", "claimant"],
    ...                                         drop_empty=False)[0])
    >>> view.values.tolist()
    [['1,000 (machine: 100) ✓', 'White House'], ['20', '∅']]
    >>> legend[0]
    '✓ checked by an analyst'
    """
    legend: list[str] = []
    if view.empty:
        return view, legend
    view = view.copy()
    table = table.reset_index(drop=True)
    name_of = {column: column_label(column, lang) for column in table.columns}

    def shown(column: str) -> bool:
        return column in table.columns and name_of[column] in view.columns

    states = table["review"].fillna("").tolist() if "review" in table.columns else []
    checked = [state in ("confirmed", "corrected") for state in states]
    target = next((c for c in _CHECKED_CELL if shown(c)), None)
    if any(checked):
        if target is not None:  # the ✓ goes in the first of them shown
            legend.append(label("legend_checked", lang))
        fields = table["corrected"].fillna("").tolist() if "corrected" in table.columns else []
        machine_shown = False
        for row, corrected in enumerate(fields):
            for field in dict.fromkeys("value" if f == "value_high" else f
                                       for f in corrected.split(";") if f):
                if not shown(field) or f"machine_{field}" not in table.columns:
                    continue
                was = format_range(table.at[row, "machine_value"], table.at[
                    row, "machine_value_high"] if "machine_value_high" in table else None,
                    lang) if field == "value" else _cell(
                    field, table.at[row, f"machine_{field}"], lang, False)
                if not was and field in _SPEAKER_CELL:
                    was = label("review_nobody", lang)
                view.iat[row, view.columns.get_loc(name_of[field])] += " (" + text(
                    "review_machine", lang, value=was or "—") + ")"
                machine_shown = True
        if machine_shown:
            legend.append(label("legend_machine", lang))
        if target is not None:
            column = view.columns.get_loc(name_of[target])
            for row, is_checked in enumerate(checked):
                if is_checked:
                    view.iat[row, column] = f"{view.iat[row, column]} {CHECK_MARK}".strip()
    speaker = next((c for c in _SPEAKER_CELL if shown(c)), None)
    if speaker is not None and "attribution_basis" in table.columns:
        column = view.columns.get_loc(name_of[speaker])
        used = set()
        named = table["corrected"].fillna("").str.contains(speaker).tolist() \
            if "corrected" in table.columns else [False] * len(table)
        for row, basis in enumerate(table["attribution_basis"].fillna("")):
            if basis in BASIS_MARKS and not named[row]:  # an analyst named the speaker
                view.iat[row, column] = f"{view.iat[row, column]} {BASIS_MARKS[basis]}".strip()
                used.add(basis)
        legend += [label(f"legend_basis_{b}", lang) for b in BASIS_MARKS if b in used]
        if speaker == "claimant" and "claimant_evidence" in table.columns:
            # a claimant chosen among close candidates (newsframe.annotate.candidates)
            close = [row for row, evidence in enumerate(table["claimant_evidence"].fillna(""))
                     if evidence == "unsure" and not named[row]]
            for row in close:
                view.iat[row, column] = f"{view.iat[row, column]} {UNSURE_MARK}".strip()
            if close:
                legend.append(label("legend_unsure", lang))
    return view, legend


def show(table: pd.DataFrame, lang: str = "en", columns=None, caption: str = "",
         max_rows: int | None = MAX_ROWS, what: str = "rows", flags=None,
         decimals: int | None = None):
    """``table`` as a briefing-grade ``Styler`` (see the module docstring); at most
    ``max_rows`` rows, the line "Showing 50 of 120 rows" (``what`` names the rows, a
    label key or plain words) under a longer one; ``flags`` and ``decimals`` as in
    :func:`prepare`; the marks of :func:`mark_view` with their legend in the caption.

    >>> styler = show(pd.DataFrame({"lag_days": range(60)}), max_rows=2, what="articles")
    >>> len(styler.data), "Showing 2 of 60 articles" in styler.to_html()
    (2, True)
    """
    total = len(table)
    shown = table.head(max_rows) if max_rows else table
    view, numeric = prepare(shown, lang, columns, flags, drop_empty=False, decimals=decimals)
    view, legend = mark_view(shown, view, lang)  # from the rows' other columns too
    if len(view):  # a column with nothing in any shown row is left out
        view = view.loc[:, view.ne("").any()]
        numeric = [c for c in numeric if c in view.columns]
    long_text = {column_label(c, lang) for c in _LONG_TEXT}
    text = [c for c in view.columns if c not in numeric]
    styler = (view.style.hide(axis="index")
              .format(escape="html")  # cells; Styler leaves headers and captions as given
              .format_index(escape="html", axis=1)
              .set_table_styles(CSS)
              .set_properties(subset=numeric, **{"text-align": "right",
                                                 "white-space": "nowrap"})
              # text may break anywhere, so a wide table still fits the notebook's width
              .set_properties(subset=text, **{"text-align": "left",
                                              "overflow-wrap": "anywhere"})
              .set_properties(subset=[c for c in text if c in long_text],
                              **{"min-width": "12rem"}))
    kinds = {c: ("nf-num" if c in numeric else "nf-long" if c in long_text else "nf-text")
             for c in view.columns}
    styler = styler.set_td_classes(pd.DataFrame({c: [k] * len(view) for c, k in kinds.items()},
                                                index=view.index, columns=view.columns))
    styler = styler.set_table_styles(
        [{"selector": f"th.col_heading.col{i}", "props": "text-align:right;"}
         for i, c in enumerate(view.columns) if c in numeric], overwrite=False)
    note = ""
    if max_rows and total > max_rows:
        note = label("showing_n_of_m", lang).format(n=format_number(max_rows, lang),
                                                    m=format_number(total, lang),
                                                    what=label(what, lang).lower())
    marks = f"{label('legend_marks', lang)}: {' · '.join(legend)}" if legend else ""
    if caption or note or marks:
        styler = styler.set_caption(html_text(" · ".join(p for p in (caption, note, marks)
                                                         if p)))
    return styler.set_table_attributes('class="nf-table"')
