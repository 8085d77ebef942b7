"""The reading view's review panel (JupyterLab): confirm, correct or reject the claim or
attributed statement under review and append the decision to the review file.

The analyst picks the article in the explorer (:func:`newsframe.present.render.explorer`)
and the claim or statement in the panel's list (the view outlines it: the claim under the
cursor). *Confirm*, *Correct* (after choosing the field and typing the value) and *Reject*
first apply the decision to the rows in memory — with the same rules a build applies
(:func:`newsframe.store.review.apply_review`), so a bad value is said at once and nothing is
written — then append one row to the review file (:func:`newsframe.store.review_file.
append_decision`: the whole file written again to a temporary file and moved over it), and
draw the view again with the decision marked. A later decision on the same claim supersedes
the earlier one. The next ``newsframe annotate`` or ``newsframe report`` with that file, or
with it as the corpus folder's ``review.csv``, applies every decision.

"""

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .. import schema
from ..annotate.keys import parse_key
from ..store.review import apply_review, without_review
from ..store.review_file import (
    Decision,
    append_decision,
    format_value,
    parse_value,
    review_rows,
)
from .labels import count, label, text

WORDS = {"confirm": "confirmed", "correct": "corrected", "reject": "rejected"}


def review_target(info: dict, corpus_dir=None) -> Path:
    """The review file the explorer appends to: the one the tables were built with, else
    the corpus folder's ``review.csv`` (never inside the seed folder, which stays as
    published: then ``review.csv`` at the project root).

    >>> from newsframe import paths
    >>> review_target({}, paths.SEEDS) == paths.ROOT / "review.csv"
    True
    """
    from .. import paths

    recorded = (info or {}).get("review") or {}
    if recorded.get("path"):
        return Path(recorded["path"])
    folder = paths.resolve_path(corpus_dir) if corpus_dir else None
    if folder is not None and folder.is_dir() and folder.resolve() != paths.SEEDS.resolve():
        return folder / "review.csv"
    return paths.ROOT / "review.csv"


def decide_row(articles: pd.DataFrame, annotations: dict, key: str, word: str,
               review_file, reviewer: str = "", note: str = "", field: str = "",
               value: str = "", lang: str = "en") -> str:
    """Decide on the row ``key`` of ``annotations`` (claims or attributions): apply the
    decision ``word`` (confirm | correct | reject; to correct, ``field`` gets ``value``) to
    the row in memory, append it to ``review_file``; return what was done in one line. A
    decision that cannot be applied raises ValueError with the reason (nothing written).

    >>> import newsframe as nf, tempfile
    >>> arts = nf.load_corpus(nf.paths.SEEDS)
    >>> tables = nf.annotate(arts, ["claims"])
    >>> key = tables["claims"]["key"].iloc[1]
    >>> file = Path(tempfile.mkdtemp()) / "review.csv"
    >>> decide_row(arts, tables, key, "correct", file, "Ana", "", "claimant", "Joe Biden")
    'corrected by Ana: claimant Joe Biden'
    >>> tables["claims"]["machine_claimant"].iloc[1], len(nf.store.review_file.read_review(
    ...     file).decisions)
    ('White House', 1)
    """
    name = next((n for n in schema.REVIEW_FIELDS if n in annotations
                 and (annotations[n]["key"] == key).any()), None)
    if name is None or word not in WORDS:
        raise ValueError(f"no claim or statement {key!r} to {word}")
    table = annotations[name]
    at = table.index[table["key"] == key][0]
    row = without_review(name, table.loc[[at]]).reset_index(drop=True)
    values = {}
    if word == "correct":
        if field not in schema.REVIEW_FIELDS[name]:
            raise ValueError(f"{field!r} is not a field of {name}; allowed values: "
                             f"{', '.join(schema.REVIEW_FIELDS[name])}")
        values[field] = parse_value(name, field, value)  # a ValueError says what is wrong
    parsed = parse_key(key)
    article = articles[articles["article_id"] == parsed.article_id]
    decision = Decision(0, name, key, parsed, word, reviewer.strip(), note.strip(), values)
    reviewed, problems = apply_review(article, {name: row}, [decision])
    if problems:
        raise ValueError(problems[0]["detail"])
    line = review_rows(name, row, article[["article_id", "title", "body"]]).iloc[0].to_dict()
    if word == "correct":
        line[field] = format_value(field, values[field])
    line.update(decision=word, reviewer=decision.reviewer, note=decision.note)
    append_decision(review_file, line)
    new = reviewed[name].iloc[0]
    annotations[name] = _replaced(table, at, new)
    done = label(f"render_review_{WORDS[word]}", lang).format(
        reviewer=decision.reviewer or label("render_an_analyst", lang))
    return f"{done}: {field} {line[field]}" if word == "correct" else done


def _replaced(table: pd.DataFrame, at, row: pd.Series) -> pd.DataFrame:
    table = table.copy()
    for column in table.columns:
        if column in row.index:
            table.at[at, column] = row[column]
    return table


@dataclass
class Panel:
    widget: object
    current: object  # () -> the key under review


def _choices(annotations: dict, article_id: str, lang: str) -> list[tuple[str, str]]:
    from .render import attribution_tooltip, claim_tooltip

    options = []
    for name, describe in (("claims", claim_tooltip), ("attributions", attribution_tooltip)):
        table = annotations.get(name)
        if table is None or table.empty or "key" not in table:
            continue
        rows = table[table["article_id"] == article_id]
        for row in rows.to_dict("records"):
            state = row.get("review") or ""
            mark = {"confirmed": " ✓", "corrected": " ✓", "rejected": " ✗"}.get(state, "")
            options.append((f"{label('render_' + name, lang)}: {describe(row, lang)}{mark}",
                            row["key"]))
    return options


def review_panel(articles: pd.DataFrame, annotations: dict, lang: str, review_file,
                 picker, refresh) -> Panel:
    """The panel's widgets, wired to the explorer's article ``picker`` and ``refresh``."""
    import ipywidgets as widgets

    wide = {"description_width": "initial"}
    full = widgets.Layout(width="95%")
    target = widgets.Text(value=str(review_file), description=label("review_file", lang),
                          style=wide, layout=full)
    under = widgets.Dropdown(description=label("review_under", lang), style=wide,
                             layout=full)
    field = widgets.Dropdown(description=label("review_field", lang), style=wide)
    value = widgets.Text(description=label("review_value", lang), style=wide)
    reviewer = widgets.Text(description=label("review_reviewer", lang), style=wide)
    note = widgets.Text(description=label("review_note", lang), style=wide)
    buttons = {word: widgets.Button(description=label(f"review_{word}", lang))
               for word in WORDS}
    status = widgets.Label()

    def table_of(key: str) -> str:
        return next((n for n in schema.REVIEW_FIELDS if n in annotations
                     and (annotations[n]["key"] == key).any()), "")

    def on_article(_change=None):
        under.options = _choices(annotations, picker.value, lang) if picker.value else []

    def on_row(_change=None):
        name = table_of(under.value or "")
        field.options = list(schema.REVIEW_FIELDS.get(name, ()))
        on_field()
        refresh()

    def on_field(_change=None):
        name = table_of(under.value or "")
        if name and field.value:
            row = annotations[name][annotations[name]["key"] == under.value].iloc[0]
            value.value = format_value(field.value, row[field.value])

    def decide(word):
        def click(_button):
            try:
                status.value = decide_row(articles, annotations, under.value or "", word,
                                          target.value, reviewer.value, note.value,
                                          field.value or "", value.value, lang) + \
                    f" → {target.value}"
            except (ValueError, OSError) as error:
                status.value = f"⚠ {error}"
                return
            chosen = under.value
            on_article()
            under.value = chosen
            refresh()
        return click

    for word, button in buttons.items():
        button.on_click(decide(word))
    picker.observe(on_article, "value")
    under.observe(on_row, "value")
    field.observe(on_field, "value")
    on_article()
    widget = widgets.VBox([
        widgets.HTML(f"<b>{label('review_panel', lang)}</b>"), target, under,
        widgets.HBox([reviewer, note]), widgets.HBox([field, value]),
        widgets.HBox(list(buttons.values())), status])
    return Panel(widget, lambda: under.value or "")


def review_summary(info: dict, lang: str = "en") -> str:
    """One line for the load summary, in ``lang``: the review applied to a build and its
    problems ("" without a review).

    >>> review_summary({"review": {"path": "/x/review.csv", "applied": {"claims": {
    ...     "confirmed": 3, "rejected": 1}}, "problems": {"bad_value": 1}}})
    'analyst review /x/review.csv: claims 3 confirmed, 1 rejected; 1 review problem (bad_value: 1)'
    """
    record = info.get("review") if isinstance(info, dict) else None
    if not isinstance(record, dict):
        return ""
    applied = "; ".join(
        f"{label('review_table_' + name, lang)} " + ", ".join(
            f"{n} {label('review_state_' + state, lang)}" for state, n in states.items())
        for name, states in (record.get("applied") or {}).items() if states)
    problems = record.get("problems") or {}
    line = text("review_summary", lang, file=record.get("path", ""),
                applied=applied or label("review_nothing_applied", lang))
    total = sum(problems.values())
    if total:
        reasons = ", ".join(f"{reason}: {n}" for reason, n in problems.items())
        line += f"; {count(total, 'review_problem', lang)} ({reasons})"
    return line
