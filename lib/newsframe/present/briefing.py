"""A short briefing (a few printed pages): the key figures with claimant and date, the
official escalation, a compact timeline and framing highlights per outlet — aggregates of
the library's tables that stay short whatever the size of the corpus.

Every function takes the tables other modules produce (claims, lineage from
:func:`newsframe.analyse.reference.match_statements`, statements, chronology from
:func:`newsframe.analyse.chronology.build_chronology`, framing indicators, source balance) and
returns a small display table; nothing here parses text.

>>> format_figure(13000.0, float("nan"), "more_than", "container")
'more than 13,000 containers'
>>> format_figure(13000.0, float("nan"), "more_than", "container", lang="id")
'lebih dari 13.000 kontainer'
"""

import numpy as np
import pandas as pd

from .. import lexicons, schema
from ..analyse.counts import bare_measure
from ..stories import Story
from .display import format_date
from .format import format_number
from .labels import label, reword, text, unit_name

KEY_FIGURE_COLUMNS = [
    "figure", "unit", "family", "value", "value_high", "qualifier", "claimant", "claimant_type",
    "direction", "n_articles", "outlets", "first_published", "statement_date",
    "statement_claimant", "sentence", "article_id", "claim_id",
    # how the claimant was found (the strongest basis among the figure's claims) and an
    # analyst's review: ``confirmed`` or ``corrected`` when one of its claims was checked
    "attribution_basis", "review", "n_checked", "corrected",
    *(f"machine_{field}" for field in schema.REVIEW_FIELDS["claims"]),
]
_BASIS_RANK = {basis: n for n, basis in enumerate(schema.ATTRIBUTION_BASES)}
ESCALATION_COLUMNS = ["statement_date", "claimant", "figures", "new_high", "relayed_by",
                      "source_url"]
TIMELINE_COLUMNS = ["when", "event_type", "description", "actors", "reported_by", "n_reports",
                    "sentence", "article_id"]
HIGHLIGHT_COLUMNS = ["outlet", "n_articles", "top_frames", "hedges_per_100", "own_voice_per_100",
                     "headline_number_share", "top_source_type", "accused_heard_share",
                     "accused_denial_share", "denial_share"]
_GROUP_KEYS = ["unit", "family", "thing", "value", "value_high", "qualifier", "claimant",
               "direction"]
# the lineage columns key_figures reads (its other columns are never taken row by row)
_KEY_FIGURE_INPUTS = {*_GROUP_KEYS, "item", "sentence", "in_title", "article_id", "claim_id",
                      "published", "outlet", "claimant_type", "caliber_mm", "unmatched",
                      "value_changed", "statement_date", "statement_claimant",
                      "attribution_basis", "review", "corrected",
                      *(f"machine_{field}" for field in schema.REVIEW_FIELDS["claims"])}
# vague amounts: lower bound -> word (ratusan = hundreds of, jutaan = millions of, ...)
_VAGUE_WORDS = {
    1e2: ("hundreds of", "ratusan"), 1e3: ("thousands of", "ribuan"),
    1e4: ("tens of thousands of", "puluhan ribu"),
    1e5: ("hundreds of thousands of", "ratusan ribu"),
    1e6: ("millions of", "jutaan"), 1e7: ("tens of millions of", "puluhan juta"),
    1e8: ("hundreds of millions of", "ratusan juta"),
}


def format_figure(value: float, value_high: float, qualifier: str, unit: str,
                  lang: str = "en", caliber_mm=None, family: str = "", thing: str = "") -> str:
    """One figure in words: qualifier, number (or the vague order of magnitude), unit, the
    thing a measure measures (``thing``, :func:`newsframe.analyse.counts.figure_thing`) and
    what it counts (``family``, :func:`newsframe.analyse.counts.figure_family`).

    >>> format_figure(1e6, 1e7, "vague", "rocket")
    'millions of rockets'
    >>> format_figure(3e6, float("nan"), "up_to", "shell", caliber_mm=152)
    'up to 3 million shells (152 mm)'
    >>> format_figure(6700.0, float("nan"), "exact", "container")
    '6,700 containers'
    >>> format_figure(48.0, float("nan"), "exact", "person", "id", family="dead")
    '48 orang meninggal'
    >>> format_figure(1.5e6, float("nan"), "exact", "ton", family="imported", thing="beras")
    '1.5 million tonnes (beras) imported'
    >>> format_figure(49000.0, float("nan"), "about", "case", family="cases")  # said once
    'about 49,000 cases'
    """
    unit_text = unit_name(unit, lang).lower()
    counted = label(f"family_{family}", lang) if family else ""
    counted = "" if counted.lower() == unit_text else counted
    thing = "" if str(thing).lower() == unit_text else thing
    text = _format_figure(value, value_high, qualifier, unit, lang, caliber_mm)
    text = f"{text} ({thing})" if thing else text
    return f"{text} {counted}" if counted else text


def _format_figure(value: float, value_high: float, qualifier: str, unit: str,
                   lang: str = "en", caliber_mm=None) -> str:
    unit_text = unit_name(unit, lang)
    calibre = f" ({int(caliber_mm)} mm)" if caliber_mm is not None and not pd.isna(caliber_mm) \
        else ""
    if value is None or pd.isna(value):
        return f"{unit_text}{calibre} ({'no count given' if lang == 'en' else 'tanpa jumlah'})"
    high = value_high if value_high is not None and not pd.isna(value_high) else None
    if qualifier == "vague":
        words = _VAGUE_WORDS.get(float(value)) if high in (None, 10 * value) else None
        if words:
            return f"{words[0 if lang == 'en' else 1]} {unit_text}{calibre}"
        hedge = "at least" if lang == "en" else "setidaknya"
        return f"{hedge} {format_number(value, lang, words=True)} {unit_text}{calibre} (vague)"
    number = format_number(value, lang, words=True)
    if high is not None:
        number += f"–{format_number(high, lang, words=True)}"
    hedge = "" if qualifier in ("exact", "range", "") else label(f"qualifier_{qualifier}", lang)
    return " ".join(part for part in (hedge, number, unit_text) if part) + calibre


def direction_text(direction: str, story=None, lang: str = "en") -> str:
    """Text for a direction code from the story pack (empty for ``unknown`` or without a
    pack).

    >>> from newsframe.stories import load_story
    >>> from newsframe import paths
    >>> direction_text("KP->RU", load_story(paths.STORIES / "korea-russia-arms"))
    'North Korea → Russia'
    >>> direction_text("KP->RU")
    ''
    """
    if story is None or direction == "unknown":
        return ""
    return story.direction_label(direction, lang)


def _headline_repeats(claims: pd.DataFrame) -> pd.Series:
    """True for a title claim that repeats a body figure (same value and unit) of its article.
    A missing article, unit or value repeats nothing (it equals nothing).

    >>> _headline_repeats(pd.DataFrame({"article_id": ["a", "a", "b", "a"],
    ...     "unit": ["shell"] * 4, "value": [5.0, 5.0, 5.0, None],
    ...     "in_title": [False, True, True, True]})).tolist()
    [False, True, False, False]
    """
    keys = ["article_id", "unit", "value"]
    comparable = claims[keys].notna().all(axis=1)
    title = claims["in_title"].astype(bool)
    body = pd.MultiIndex.from_frame(claims.loc[~claims["in_title"] & comparable, keys])
    repeat = pd.Series(False, index=claims.index, dtype=bool)
    asked = title & comparable
    if asked.any() and len(body):
        repeat[asked] = pd.MultiIndex.from_frame(claims.loc[asked, keys]).isin(body)
    return repeat


def key_figures(lineage: pd.DataFrame, top_n: int = 10, lang: str = "en") -> pd.DataFrame:
    """The ``top_n`` figures most worth a reader's attention, one row per distinct figure
    (unit, value, qualifier, claimant, direction) however many articles printed it.

    Input is the lineage table (claims with their matched official statement). Title figures
    repeating a body figure of the same article are dropped. Ranking: printed by more
    articles; echoing an official statement with the same value; attributed to someone; not
    vague; most recently published. The result is sorted by unit and value for reading.
    ``first_published`` is the earliest publication date ("" when undated);
    ``statement_date`` is the official statement the figure echoes ("" when none).

    >>> import newsframe as nf
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "title": ["", ""],
    ...     "published": ["2023-10-13", "2023-10-14"], "outlet": ["X", "Y"], "status": ["ok"] * 2,
    ...     "body": ["Gedung Putih mengatakan Korea Utara mengirim lebih dari 1.000 kontainer "
    ...              "ke Rusia."] * 2})
    >>> statements = nf.load_statements(nf.paths.STORIES / "korea-russia-arms")
    >>> lineage = nf.match_statements(nf.extract_claims(arts), statements)
    >>> key_figures(lineage)[["figure", "claimant", "n_articles", "statement_date"]].values.tolist()
    [['more than 1,000 containers', 'White House', 2, '2023-10-13']]
    """
    if lineage.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("n_articles", "n_checked")
                                          else "str") for c in KEY_FIGURE_COLUMNS})
    # only the columns read below, and the rows taken once (title repeats left out, sorted
    # by date): the lineage is wide, and each take of its text columns cost seconds at 200k
    claims = lineage[[c for c in lineage.columns if c in _KEY_FIGURE_INPUTS]]
    kept = np.flatnonzero(~_headline_repeats(claims).to_numpy())
    dates = claims[["published", "claim_id"]].iloc[kept].set_axis(kept)
    claims = claims.iloc[dates.assign(_dated=dates["published"].replace("", "9999"))
                         .sort_values(["_dated", "claim_id"]).index]
    claims = claims.assign(family=_families(claims), thing=_things(claims))
    claims = claims.assign(thing=_people_described(claims))
    claims = claims.assign(
        value_high=claims["value_high"].fillna(-1.0),  # NaN keys would vanish in groupby
        _official=~claims["unmatched"].astype(bool) & ~claims["value_changed"].fillna(False)
        .astype(bool),
    )
    # one code per distinct figure, in order of first appearance; then whole-column groupbys
    claims = claims.assign(_figure=claims.groupby(_GROUP_KEYS, sort=False, dropna=False)
                           .ngroup())
    first = claims.drop_duplicates("_figure").set_index("_figure")
    by_figure = claims.groupby("_figure")
    published = claims[claims["published"] != ""].groupby("_figure")["published"]
    official = claims[claims["_official"]].drop_duplicates("_figure").set_index("_figure")
    outlets = claims.drop_duplicates(["_figure", "outlet"]).groupby("_figure")["outlet"] \
        .agg(lambda names: _shorten(list(names)))
    table = first[[*_GROUP_KEYS, "claimant_type", "sentence", "article_id", "claim_id",
                   "caliber_mm"]].assign(
        n_articles=by_figure["article_id"].nunique(), outlets=outlets,
        first_published=published.min(), last_published=published.max(),
        statement_date=official["statement_date"], statement_claimant=official[
            "statement_claimant"]).fillna({"first_published": "", "last_published": "",
                                           "statement_date": "", "statement_claimant": ""})
    table = _with_review(table, claims).reset_index(drop=True)
    table["value_high"] = table["value_high"].where(table["value_high"] >= 0)
    ranked = table.assign(
        _official=table["statement_date"] != "", _named=table["claimant"] != "",
        _precise=table["qualifier"] != "vague",
    ).sort_values(["n_articles", "_official", "_named", "_precise", "last_published"],
                  ascending=False, kind="stable").head(top_n)
    ranked["figure"] = [format_figure(r.value, r.value_high, r.qualifier, r.unit, lang,
                                      r.caliber_mm, r.family, r.thing)
                       for r in ranked.itertuples()]
    ranked = ranked.sort_values(["unit", "value"], kind="stable").reset_index(drop=True)
    return ranked[KEY_FIGURE_COLUMNS].astype({"n_articles": "int64", "n_checked": "int64"})


def _with_review(table: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """``table`` (one row per figure, indexed by ``_figure``) with the strongest basis among
    its claims and the analyst's review: how many of its claims were checked, and the
    corrected fields and machine values of one corrected claim."""
    basis = claims["attribution_basis"] if "attribution_basis" in claims else pd.Series(
        "", index=claims.index, dtype="str")
    strongest = pd.DataFrame({"_figure": claims["_figure"], "_basis": basis,
                              "_rank": basis.map(_BASIS_RANK).fillna(99)}) \
        .sort_values("_rank", kind="stable").drop_duplicates("_figure").set_index("_figure")
    review = claims["review"] if "review" in claims else pd.Series("", index=claims.index)
    checked = claims[review.isin(["confirmed", "corrected"])]
    corrected = checked[review[checked.index] == "corrected"].drop_duplicates(
        "_figure").set_index("_figure")
    n_checked = checked.groupby("_figure").size().reindex(table.index).fillna(0)
    state = pd.Series("", index=table.index, dtype="str")
    state[n_checked > 0] = "confirmed"
    state[state.index.isin(corrected.index)] = "corrected"
    kinds = schema.dtypes("claims")
    machine = {}
    for field in schema.REVIEW_FIELDS["claims"]:
        column = f"machine_{field}"
        kind = kinds[field]
        values = corrected[column].reindex(table.index) if column in corrected else \
            pd.Series({"float64": float("nan"), "Int64": pd.NA}.get(kind, ""),
                      index=table.index, dtype=kind)
        machine[column] = values.astype(kind) if kind != "str" else \
            values.fillna("").astype("str")
    return table.assign(attribution_basis=strongest["_basis"].reindex(table.index).fillna(""),
                        review=state, n_checked=n_checked, corrected=(
                            corrected["corrected"].reindex(table.index).fillna("")
                            if "corrected" in corrected else ""), **machine)


def _things(claims: pd.DataFrame) -> list[str]:
    """What each measure measures (Pertalite, rice …; "" for counts)."""
    from ..analyse.counts import claim_things

    return claim_things(claims) if len(claims) else []


def _people_described(claims: pd.DataFrame) -> pd.Series:
    """``thing``, and for a count of people that no family names (not dead, displaced …)
    the words the article counts them by, so "2 people" reads "2 people (korban tercatat
    ganda)"; a bare counter (*orang*, *jiwa*: claim_cues.csv ``counter``) says nothing more.

    >>> _people_described(pd.DataFrame({"unit": ["person", "person", "person"],
    ...     "item": ["warga mengungsi", "orang", "korban"], "family": ["", "", "dead"],
    ...     "thing": ["", "", ""]})).tolist()
    ['warga mengungsi', '', '']
    >>> _people_described(pd.DataFrame({"unit": ["person"], "item": ["korban"],
    ...     "family": [""], "thing": [""]})).tolist()
    ['korban']
    """
    counters = set(lexicons.load("claim_cues").query("role == 'counter'")["cue"].str.lower())
    items = claims["item"].fillna("").astype("str").str.strip() if "item" in claims else \
        pd.Series("", index=claims.index)
    bare = items.str.lower().isin(counters) | (items == "")
    described = (claims["unit"] == "person") & (claims["family"] == "") & \
        (claims["thing"] == "") & ~bare
    return claims["thing"].where(~described, items)


def _families(claims: pd.DataFrame) -> list[str]:
    """What each claim counts beyond its unit (dead, displaced, imported …)."""
    from ..analyse.counts import claim_families

    return claim_families(claims)


COUNT_COLUMNS = ["kind", "latest", "highest", "n_claimants", "n_figures", "first_date",
                 "disagreement_days"]


def count_table(summary: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """How each count moved (:func:`newsframe.analyse.counts.count_summary`) for the page: the
    kind of figure in words, the latest and the highest figure each with who gave it (and
    when), how many claimants and figures, since when, and on how many days claimants
    disagreed.

    >>> from newsframe.analyse.counts import count_history, count_summary
    >>> history = count_history(pd.DataFrame({"published": ["2025-03-12", "2025-03-15"],
    ...     "value": [7.0, 19.0], "value_high": [None, None], "unit": ["person"] * 2,
    ...     "item": ["orang meninggal"] * 2, "qualifier": ["exact"] * 2,
    ...     "claimant": ["BPBD", "Basarnas"]}))
    >>> row = count_table(count_summary(history)).iloc[0]
    >>> row["kind"], row["latest"], row["highest"]
    ('People: dead', '19 people (Basarnas, 15 Mar 2025)', '19 people (Basarnas)')
    """
    from .charts import kind_label
    from .display import actor_names, format_date

    def said(value, unit, claimant, date=""):
        who = ", ".join(part for part in (actor_names(claimant, lang) if claimant else
                                          label("claimant_unnamed", lang),
                                          format_date(date, lang) if date else "") if part)
        return f"{_format_figure(value, float('nan'), 'exact', unit, lang)} ({who})"

    rows = []
    for row in summary.itertuples():
        unit = row.kind.partition(" — ")[0].partition(": ")[0]  # "kiloliter: quota — solar"
        rows.append({"kind": kind_label(row.kind, lang),
                     "latest": said(row.latest_value, unit, row.latest_claimant,
                                    row.latest_date),
                     "highest": said(row.highest_value, unit, row.highest_claimant),
                     "n_claimants": row.n_claimants, "n_figures": row.n_figures,
                     "first_date": row.first_date,
                     "disagreement_days": row.disagreement_days})
    return pd.DataFrame(rows, columns=COUNT_COLUMNS).astype(
        {"n_claimants": "int64", "n_figures": "int64", "disagreement_days": "int64"})


def chart_kinds(history: pd.DataFrame, top: int = 2) -> list[str]:
    """The ``top`` most printed kinds of figure with at least two dated figures (one point
    says nothing of how a count moved).

    >>> chart_kinds(pd.DataFrame({"kind": ["a", "a", "b"], "date": ["1", "2", "1"]}))
    ['a']

    Kinds printed on two dates or more come first: figures of one day draw no movement.

    >>> chart_kinds(pd.DataFrame({"kind": ["a", "a", "a", "b", "b"],
    ...                           "date": ["1", "1", "1", "1", "2"]}), top=1)
    ['b']

    A bare measure (a per cent or a sum with nothing read of what it measures,
    :func:`newsframe.analyse.counts.bare_measure`) comes last: its points are unrelated
    figures that share a unit, not one count moving.

    >>> chart_kinds(pd.DataFrame({"kind": ["percent"] * 3 + ["case"] * 2,
    ...     "date": ["1", "2", "3", "1", "2"], "unit": ["percent"] * 3 + ["case"] * 2,
    ...     "family": [""] * 5, "thing": [""] * 5}), top=1)
    ['case']
    """
    dated = history.groupby("kind")["date"].size().sort_values(ascending=False, kind="stable")
    days = history.groupby("kind")["date"].nunique()
    bare = set(history.loc[bare_measure(history), "kind"]) if {"unit", "family", "thing"} <= \
        set(history.columns) else set()
    kinds = [kind for kind, n in dated.items() if n >= 2]
    return sorted([k for k in kinds if days[k] >= 2] + [k for k in kinds if days[k] < 2],
                  key=lambda k: k in bare)[:top]


def _shorten(items: list, keep: int = 3) -> str:
    """``a; b; c (+2 more)``.

    >>> _shorten(["a", "b", "c", "d", "e"])
    'a; b; c (+2 more)'
    """
    items = [i for i in items if i]
    more = f" (+{len(items) - keep} more)" if len(items) > keep else ""
    return "; ".join(items[:keep]) + more


def official_escalation(statements: pd.DataFrame, direction: str | None = None, end=None,
                        lang: str = "en") -> pd.DataFrame:
    """One row per official statement day and claimant, in date order: the figures given
    (either/or alternatives joined by "or"), and the units whose official count reached a new
    high that day. Statements after ``end`` (a date or ISO string) are left out: the
    escalation as it stood by then. ``direction``: only statements of that direction (the
    story pack's main one); None: all.

    >>> from newsframe import paths
    >>> from newsframe.analyse.reference import load_statements
    >>> statements = load_statements(paths.STORIES / "korea-russia-arms")
    >>> table = official_escalation(statements, "KP->RU")
    >>> table.iloc[-1][["statement_date", "new_high"]].tolist()
    ['2024-08-27', 'containers; shells']
    >>> table.iloc[-1]["figures"]
    'more than 13,000 containers; more than 6 million shells (152 mm)'
    """
    chosen = statements if direction is None else \
        statements[statements["direction"] == direction]
    if end is not None:
        chosen = chosen[chosen["statement_date"] <= str(end)]
    if chosen.empty:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in ESCALATION_COLUMNS})
    chosen = chosen.sort_values(["statement_date", "statement_id"])
    highest: dict[str, float] = {}
    rows = []
    for (date, claimant), group in chosen.groupby(["statement_date", "claimant"], sort=True):
        parts, new_high = [], []
        for _, same in group.groupby(group["alternative_set"].where(
                group["alternative_set"] != "", group["statement_id"]), sort=False):
            texts = [format_figure(r.value, r.value_high, r.qualifier, r.unit, lang, r.caliber_mm)
                     for r in same.itertuples()]
            parts.append(" or ".join(texts) if lang == "en" else " atau ".join(texts))
        for unit, value in group.groupby("unit", sort=False)["value"].max().items():
            if not pd.isna(value) and value > highest.get(unit, 0):
                highest[unit] = value
                new_high.append(unit_name(unit, lang))
        rows.append({"statement_date": date, "claimant": claimant, "figures": "; ".join(parts),
                     "new_high": "; ".join(new_high),
                     "relayed_by": "; ".join(dict.fromkeys(r for r in group["relayed_by"] if r)),
                     "source_url": group["source_url"].iloc[0]})
    return pd.DataFrame(rows, columns=ESCALATION_COLUMNS).astype("str")


def latest_official_figure(statements: pd.DataFrame, direction: str | None = None, end=None,
                           lang: str = "en") -> tuple[str, str]:
    """(figure, date) of the latest counted official statement of the unit officials counted
    most often (("", "") when there is none: no story pack, or a pack without statements).

    >>> from newsframe import paths
    >>> from newsframe.analyse.reference import load_statements
    >>> latest_official_figure(load_statements(paths.STORIES / "korea-russia-arms"), "KP->RU")
    ('more than 13,000 containers', '2024-08-27')
    >>> latest_official_figure(load_statements(None))
    ('', '')
    """
    counted = statements[statements["value"].notna()]
    if direction is not None:
        counted = counted[counted["direction"] == direction]
    if end is not None:
        counted = counted[counted["statement_date"] <= str(end)]
    if counted.empty:
        return "", ""
    unit = counted["unit"].value_counts().index[0]
    last = counted[counted["unit"] == unit].sort_values(["statement_date", "value"]).iloc[-1]
    return (format_figure(last["value"], last["value_high"], last["qualifier"], unit, lang,
                          last["caliber_mm"]), last["statement_date"])


def _when(start: str, end: str, precision: str) -> str:
    """``2023-10-13``, ``2023-10`` (a month), or ``2023-09-07 – 2023-10-01``.

    >>> _when("2023-09-01", "2023-09-30", "month"), _when("2023-09-07", "2023-10-01", "day")
    ('2023-09', '2023-09-07 – 2023-10-01')
    """
    if precision == "month" and start[:7] == end[:7]:
        return start[:7]
    if precision == "year" and start[:4] == end[:4]:
        return start[:4]
    return start if start == end else f"{start} – {end}"


def compact_timeline(chronology: pd.DataFrame, max_rows: int = 12,
                     lang: str = "en") -> pd.DataFrame:
    """At most ``max_rows`` events of a chronology, the most reported first (then the most
    precise, then the earliest), shown in date order with short actor and outlet lists.

    >>> chron = pd.DataFrame({"date_start": ["2023-10-13", "2023-09-01"],
    ...     "date_end": ["2023-10-13", "2023-09-30"], "precision": ["day", "month"],
    ...     "event_type": ["statement", "shipment"], "actors": ["White House", ""],
    ...     "reported_by": ["A;B", "C"], "n_reports": [2, 1], "sentence": ["s1", "s2"],
    ...     "article_id": ["a", "c"]})
    >>> compact_timeline(chron, max_rows=1)[["when", "reported_by"]].values.tolist()
    [['2023-10-13', 'A; B']]
    """
    from ..lang.dates import precision_rank

    if chronology.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == "n_reports" else "str")
                             for c in TIMELINE_COLUMNS})
    ranked = chronology.assign(_rank=chronology["precision"].map(precision_rank)).sort_values(
        ["n_reports", "_rank", "date_start"], ascending=[False, True, True], kind="stable")
    chosen = ranked.head(max_rows).sort_values(["date_start", "date_end"], kind="stable")
    return pd.DataFrame({
        "when": [_when(s, e, p) for s, e, p in
                 zip(chosen["date_start"], chosen["date_end"], chosen["precision"], strict=True)],
        "event_type": [label(t, lang) for t in chosen["event_type"]],
        "description": chosen["description"] if "description" in chosen else "",
        "actors": [_shorten(a.split(";")) for a in chosen["actors"]],
        "reported_by": [_shorten(r.split(";")) for r in chosen["reported_by"]],
        "n_reports": chosen["n_reports"].astype("int64"),
        "sentence": chosen["sentence"], "article_id": chosen["article_id"],
    }).reset_index(drop=True)


def framing_highlights(articles: pd.DataFrame, indicators: pd.DataFrame,
                       balance: pd.DataFrame, attributions: pd.DataFrame,
                       max_outlets: int = 15, lang: str = "en") -> pd.DataFrame:
    """One row per outlet (the ``max_outlets`` with most articles): its two dominant frames
    (share of body sentences with a cue), hedges and own-voice normative statements per 100
    sentences, share of headlines with a number, most quoted source type, and the share of
    its articles in which the accused side is heard and its denial included (missing where
    no accused side is named), and the share with a denial by any speaker.

    >>> import newsframe as nf
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "title": ["AS: Korut kirim"],
    ...     "status": ["ok"], "body": ["AS menuding Korea Utara. Korea Utara membantah."]})
    >>> hits, attributions = nf.score_frames(arts), nf.extract_attributions(arts)
    >>> row = framing_highlights(arts, nf.framing_indicators(arts, hits),
    ...     nf.source_balance(arts, attributions, (["kp_government"], [])), attributions).iloc[0]
    >>> row["outlet"], float(row["accused_denial_share"])
    ('X', 1.0)
    """
    counts = articles.groupby("outlet").size().sort_values(ascending=False, kind="stable")
    counts = counts[counts.index != ""].head(max_outlets)
    if counts.empty:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in HIGHLIGHT_COLUMNS})
    outlet_rows = indicators[indicators["level"] == "outlet"]
    value = outlet_rows.pivot_table(index="outlet", columns="indicator", values="value",
                                    aggfunc="first")
    frames = value[[c for c in value.columns if c.startswith("frame: ")]]
    types = attributions.groupby("outlet")["source_type"].agg(
        lambda s: s.value_counts().index[0] if len(s) else "")
    shares = balance.groupby("outlet")[["accused_heard", "accused_denial", "any_denial"]].mean()
    rows = []
    for outlet, n in counts.items():
        top = (frames.loc[outlet].sort_values(ascending=False, kind="stable").head(2)
               if outlet in frames.index else pd.Series(dtype="float64"))
        rows.append({
            "outlet": outlet, "n_articles": int(n),
            "top_frames": ", ".join(f"{frame_name(k.removeprefix('frame: '), lang)} "
                                    f"{format_number(round(v * 100), lang)}%"
                                    for k, v in top.items()
                                    if v > 0),
            "hedges_per_100": _get(value, outlet, "hedges"),
            "own_voice_per_100": _get(value, outlet, "normative (own voice)"),
            "headline_number_share": _get(value, outlet, "headline: has_number"),
            "top_source_type": types.get(outlet, ""),
            "accused_heard_share": _get(shares, outlet, "accused_heard"),
            "accused_denial_share": _get(shares, outlet, "accused_denial"),
            "denial_share": _get(shares, outlet, "any_denial"),
        })
    return pd.DataFrame(rows, columns=HIGHLIGHT_COLUMNS)


def highlight_columns(accused_named: bool) -> list[str]:
    """The framing highlights' columns a page shows: the accused side's shares where the
    story pack names an accused side, else the share of articles with a denial by any
    speaker (a corpus with no accused side is never told "no accused denial").

    >>> highlight_columns(False)[-2:], highlight_columns(True)[-2:]
    (['top_source_type', 'denial_share'], ['accused_heard_share', 'accused_denial_share'])
    """
    hidden = "denial_share" if accused_named else "accused_"
    return [c for c in HIGHLIGHT_COLUMNS if not c.startswith(hidden)]


def frame_name(frame: str, lang: str = "en") -> str:
    """A frame's name in ``lang`` (label ``frame_<name>``).

    >>> frame_name("security threat", "id")
    'ancaman keamanan'
    """
    text = label(f"frame_{frame}", lang)
    return frame if text == f"frame_{frame}" else text


def indicator_name(indicator: str, lang: str = "en") -> str:
    """A framing indicator (``frame: conflict``, ``headline: has_number``, ``hedges``) in
    ``lang``: its group and its frame, feature or name through its labels.

    >>> indicator_name("frame: security threat", "id"), indicator_name("headline: question", "id")
    ('bingkai: ancaman keamanan', 'judul: Pertanyaan')
    """
    from .display import column_label

    whole = label(f"indicator_{indicator}", lang)
    if whole != f"indicator_{indicator}":
        return whole
    group, _, name = indicator.partition(": ")
    if not name:
        return indicator
    group_text = label(f"indicator_{group}", lang)
    group_text = group if group_text == f"indicator_{group}" else group_text
    name_text = frame_name(name, lang) if group in ("frame", "present") else column_label(
        name, lang) if group == "headline" else name
    return f"{group_text}: {name_text}"


def _get(table: pd.DataFrame, row, column) -> float:
    if row in table.index and column in table.columns and not pd.isna(table.at[row, column]):
        return round(float(table.at[row, column]), 2)
    return float("nan")


def display_table(table: pd.DataFrame, columns: list, lang: str = "en", caption: str = ""):
    """A briefing table through the one display helper (:func:`newsframe.present.display.show`):
    labels ``brief_<column>``, empty cells for missing values, no index.

    >>> display_table(pd.DataFrame({"figure": ["x"]}), ["figure"]).data.columns.tolist()
    ['Figure']
    """
    from .display import show

    return show(table, lang, columns, caption, max_rows=None)


def summary_line(n_figures: int, n_articles: int, latest: tuple[str, str],
                 lang: str = "en", figures: pd.DataFrame | None = None) -> str:
    """The one line the report index shows, in ``lang``; with the key ``figures``
    (:func:`key_figures`), how many of them an analyst checked.

    >>> summary_line(20, 5, ("more than 13,000 containers", "2024-08-27"))
    '20 figures from 5 articles; latest official figure: more than 13,000 containers (27 Aug 2024)'
    >>> summary_line(1, 1, ("", ""), "id")
    '1 angka dari 1 artikel'
    >>> summary_line(3, 3, ("", ""), figures=pd.DataFrame({"review": ["confirmed", ""]}))
    '3 figures from 3 articles; 1 of 2 key figures checked by an analyst'
    """
    from .display import format_date
    from .labels import count, text

    line = text("summary_briefing", lang, figures=count(n_figures, "figure", lang),
                articles=count(n_articles, "article", lang))
    if latest[0]:
        line += "; " + text("summary_latest", lang, figure=latest[0],
                            date=format_date(latest[1], lang))
    if figures is not None and len(figures):
        line += "; " + checked_line(figures, lang)
    return line


def checked_line(figures: pd.DataFrame, lang: str = "en") -> str:
    """"N of M key figures checked by an analyst" (confirmed or corrected).

    >>> checked_line(pd.DataFrame({"review": ["corrected", "", "confirmed"]}), "id")
    '2 dari 3 angka kunci diperiksa analis'
    """
    checked = int(figures["review"].isin(["confirmed", "corrected"]).sum()) \
        if "review" in figures else 0
    return text("key_figures_checked", lang, checked=checked, total=len(figures))


def basis_line(figures: pd.DataFrame, lang: str = "en") -> str:
    """How the key ``figures`` were attributed — how many rest on each basis, the strongest
    first (a claimant an analyst corrected rests on the analyst) — and how many an analyst
    checked: the line under the briefing's key figures.

    >>> line = basis_line(pd.DataFrame({"attribution_basis": ["in_sentence", "none", "none"],
    ...     "review": ["confirmed", "corrected", ""], "corrected": ["", "claimant", ""]}))
    >>> for part in line.split("; "):
    ...     print(part)
    How the 3 key figures were attributed: ✓ named by an analyst 1
    named in the figure's own sentence 1
    ∅ nobody named 1. 2 of 3 key figures checked by an analyst.
    """
    if figures.empty:
        return ""
    named = figures["corrected"].fillna("").str.contains("claimant") if "corrected" in \
        figures else pd.Series(False, index=figures.index)
    bases = figures["attribution_basis"].where(~named, "analyst")
    counts = bases.value_counts()
    order = ["analyst", *schema.ATTRIBUTION_BASES]
    parts = "; ".join(f"{label('basis_' + basis, lang)} {counts[basis]}" for basis in order
                      if basis in counts)
    return (text("key_figures_bases", lang, n=len(figures), parts=parts) + " "
            + checked_line(figures, lang) + ".")


def story_heading(story, reason: str, articles: pd.DataFrame, lang: str = "en") -> str:
    """The Markdown a report shows under its heading: the story's title in bold (or, without
    a story pack, one drawn from the corpus), the story's question, which pack and why, and
    without reference statements how to add them. Every text from the pack or the corpus goes
    through :func:`newsframe.escape.markdown_text`: it shows as written, never as a link,
    an image or markup.

    >>> print(story_heading(None, "auto: no story pack matches", pd.DataFrame(
    ...     {"outlet": ["Kontan"], "published": ["2024-10-24"]})).splitlines()[0])
    **1 article from Kontan &#40;24 Oct 2024&#41;**
    """
    from ..escape import markdown_text as esc

    lines = [f"**{esc(story_title(story, articles, lang))}**", ""]
    if story is not None:
        question = story.text("question", lang)
        if question:
            lines += [esc(question), ""]
    else:
        lines += [label("story_none_question", lang), ""]
    why = esc(reword(reason, lang, "story_reason_"))  # without a pack it says there is none
    lines.append(f"*{label('story_pack', lang)}: {esc(story.slug)} — {why}*" if story else
                 f"*{why}*")
    if story is None or story.statements_path is None:
        lines += ["", esc(label("story_add_statements", lang))]  # data/stories/<slug>/ shown
    return "\n".join(lines)


def corpus_title(articles: pd.DataFrame, lang: str = "en") -> str:
    """A title drawn from the corpus: how many articles, from which outlets, when.

    >>> import pandas as pd
    >>> corpus_title(pd.DataFrame({"outlet": ["Kontan", "CNBC", "Kontan"],
    ...     "published": ["2024-10-24", "2024-11-04", ""]}))
    '3 articles from Kontan, CNBC (24 Oct 2024 – 4 Nov 2024)'
    """
    outlets = [o for o in articles["outlet"].value_counts().index if o]
    shown = ", ".join(outlets[:3]) + (f" (+{len(outlets) - 3})" if len(outlets) > 3 else "")
    dated = [format_date(d, lang) for d in sorted(d for d in articles["published"] if d)]
    n = len(articles)
    words = {"en": ("article", "articles", "from"), "id": ("artikel", "artikel", "dari")}
    one, many, source = words.get(lang, words["en"])
    title = f"{n} {one if n == 1 else many}" + (f" {source} {shown}" if shown else "")
    if dated:
        title += f" ({dated[0]} – {dated[-1]})" if dated[0] != dated[-1] else f" ({dated[0]})"
    return title


def story_title(story: Story | None, articles: pd.DataFrame, lang: str = "en") -> str:
    """The pack's title, or without a pack :func:`corpus_title`."""
    return story.text("title", lang) if story is not None else corpus_title(articles, lang)
