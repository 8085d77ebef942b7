"""How each count moved, for any story: the figures printed over time for each kind of figure
(a unit and what it counts: people dead, people displaced, tonnes of rice imported …), by
claimant, with the highest figure each claimant had given by each date and the days on which
two claimants disagreed. With a story pack, its official statements join the same table.

A figure's *kind* is its unit and its *family*: a word of its ``item`` (or of the words
after the item in its sentence) found in data/lexicons/item_families.csv (``meninggal`` →
dead, ``mengungsi`` → displaced, ``kasus`` → cases, ``impor`` → imported …), else the unit
alone. Families are never summed: 12 dead and 3,450 displaced are two counts. A measure
(kilolitres, tonnes, rupiah, per cent) is also told apart by the *thing* it measures
(:func:`newsframe.annotate.families.figure_thing`: a Pertalite quota and a solar quota in
kilolitres are two counts, ``kiloliter: quota — Pertalite`` and ``kiloliter: quota — solar``).

>>> claims = pd.DataFrame({"claim_id": ["a:b01", "b:b01", "c:b01"], "article_id": ["a", "b", "c"],
...     "published": ["2025-03-12", "2025-03-13", "2025-03-13"], "outlet": ["K", "D", "A"],
...     "value": [7.0, 12.0, 15.0], "value_high": [float("nan")] * 3, "unit": ["person"] * 3,
...     "item": ["orang meninggal", "korban meninggal", "orang tewas"],
...     "qualifier": ["exact"] * 3, "claimant": ["", "BNPB", "Basarnas"], "sentence": [""] * 3})
>>> history = count_history(claims)
>>> for row in history[["date", "claimant", "value", "claimant_high", "disagreement"]
...                    ].values.tolist():
...     print(row)
['2025-03-12', '', 7.0, 7.0, False]
['2025-03-13', 'BNPB', 12.0, 12.0, True]
['2025-03-13', 'Basarnas', 15.0, 15.0, True]
>>> history["kind"].unique().tolist()
['person: dead']
"""


import pandas as pd

from ..annotate.families import MEASURE_KINDS, _unit_kinds, figure_family, figure_thing
from ..schema import typed_empty

HISTORY_COLUMNS = ["kind", "unit", "family", "thing", "date", "claimant", "value", "value_high",
                   "qualifier", "claimant_high", "disagreement", "source", "outlet",
                   "article_id", "claim_id", "sentence"]
MOVES_COLUMNS = ["kind", "claimant", "n_figures", "first_date", "last_date", "first_value",
                 "highest_value", "latest_value", "outlets"]
SUMMARY_COLUMNS = ["kind", "n_figures", "n_claimants", "first_date", "last_date",
                   "latest_value", "latest_claimant", "latest_date", "highest_value",
                   "highest_claimant", "disagreement_days"]


def claim_families(claims: pd.DataFrame) -> list[str]:
    """:func:`figure_family` of every claim (its ``family`` column when the claims carry one).

    >>> claim_families(pd.DataFrame({"unit": ["person"], "item": ["orang"],
    ...                              "sentence": ["Sebanyak 12 orang hilang di sungai."]}))
    ['missing']
    """
    if "family" in claims.columns:  # read by the annotator from the figure's own clause
        return claims["family"].fillna("").astype(str).tolist()
    items = claims["item"] if "item" in claims.columns else pd.Series("", index=claims.index)
    sentences = claims["sentence"] if "sentence" in claims.columns else \
        pd.Series("", index=claims.index)
    return [figure_family(unit, item, _context(item, sentence))
            for unit, item, sentence in zip(claims["unit"], items, sentences, strict=True)]


def _context(item: str, sentence: str, words: int = 4) -> str:
    """The few words after the item where the sentence names it (claims without a
    ``family`` column: ``12 orang meninggal``)."""
    item, sentence = str(item or ""), str(sentence or "")
    at = sentence.lower().find(item.lower()) if item else -1
    if at < 0:
        return ""
    return " ".join(sentence[at + len(item):].split()[:words])


def claim_things(claims: pd.DataFrame) -> list[str]:
    """:func:`figure_thing` of every claim: what a measure measures (``""`` for counts).
    Each distinct unit, item and sentence is read once (a corpus repeats them).

    >>> claim_things(pd.DataFrame({"unit": ["ton", "person"], "item": ["beras impor", "orang"],
    ...                            "sentence": ["", ""]}))
    ['beras', '']
    """
    items = claims["item"] if "item" in claims.columns else pd.Series("", index=claims.index)
    sentences = claims["sentence"] if "sentence" in claims.columns else \
        pd.Series("", index=claims.index)
    keys = pd.DataFrame({"unit": claims["unit"].to_numpy(dtype=object),
                         "item": items.fillna("").to_numpy(dtype=object),
                         "sentence": sentences.fillna("").to_numpy(dtype=object)})
    kinds = _unit_kinds()
    measures = [u for u in keys["unit"].unique() if kinds.get(str(u or "")) in MEASURE_KINDS]
    measured = keys["unit"].isin(measures).to_numpy()
    things = pd.Series("", index=keys.index, dtype=object)
    if measured.any():  # counts of people or objects have no thing: only measures are read
        codes, uniques = pd.factorize(pd.MultiIndex.from_frame(keys[measured]))
        found = pd.Series([figure_thing(*key) for key in uniques], dtype=object)
        things[measured] = found.to_numpy()[codes]
    return things.tolist()


THING_MARK = " — "  # between a kind's unit and family and the thing it measures


def _kind(unit: str, family: str, thing: str = "") -> str:
    kind = f"{unit}: {family}" if family else unit
    return f"{kind}{THING_MARK}{thing}" if thing else kind


def _text(claims: pd.DataFrame, column: str) -> pd.Series:
    """``str(value or "")`` of every row of ``column`` (``""`` when the claims lack it), each
    distinct value converted once."""
    if column not in claims.columns:
        return pd.Series("", index=claims.index, dtype=object)
    values = claims[column]
    if isinstance(values.dtype, pd.StringDtype) and values.dtype.na_value is not pd.NA:
        # already text: kept as it is stored (a missing value reads "nan", as str() says)
        return values.fillna("nan")
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    texts = [str(value or "") for value in uniques]
    return pd.Series(pd.Series(texts, dtype=object).to_numpy()[codes], index=claims.index)


def _article_rows(claims: pd.DataFrame) -> pd.DataFrame:
    """The dated figures of the articles' claims, one row each, in the claims' order (the
    rows of :func:`count_history` before its sorting; undated figures left out)."""
    dates = _text(claims, "published").str[:10]
    values = claims["value"]
    kept = (dates.str.len() >= 10).to_numpy() & values.notna().to_numpy()
    units = claims["unit"].to_numpy(dtype=object)[kept]
    families = pd.Series(claim_families(claims), dtype=object).to_numpy()[kept]
    things = pd.Series(claim_things(claims), dtype=object).to_numpy()[kept]
    keys = pd.DataFrame({"unit": units, "family": families, "thing": things})
    codes, uniques = pd.factorize(pd.MultiIndex.from_frame(keys)) if len(keys) else ([], [])
    kinds = pd.Series([_kind(*key) for key in uniques], dtype=object).to_numpy()[codes]
    high = claims["value_high"].to_numpy(dtype=object)[kept] if "value_high" in claims.columns \
        else [None] * int(kept.sum())
    def texts(column: str):  # the kept rows, text columns staying text (no object round trip)
        return _text(claims, column)[kept].reset_index(drop=True)

    return pd.DataFrame({
        "kind": kinds, "unit": units, "family": families, "thing": things,
        "date": dates[kept].reset_index(drop=True),
        "claimant": texts("claimant"),
        "value": values.to_numpy(dtype="float64")[kept], "value_high": high,
        "qualifier": texts("qualifier"), "source": "article",
        "outlet": texts("outlet"), "article_id": texts("article_id"),
        "claim_id": texts("claim_id"), "sentence": texts("sentence")})


def count_history(claims: pd.DataFrame, statements: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per dated figure, by kind and date (publication date of the article, or the
    statement's date), with ``claimant_high`` (the highest figure the claimant had given for
    that kind up to that date; an unnamed claimant is ``""``), ``disagreement`` (another
    claimant gave a different figure of the same kind that day) and ``source`` (``article`` or
    ``statement``). Undated figures are left out."""
    rows = [_article_rows(claims)] if len(claims) else []
    statement_rows = []
    for row in (statements.to_dict("records") if statements is not None else []):
        date = str(row.get("statement_date") or "")[:10]
        if len(date) < 10 or pd.isna(row.get("value")):
            continue
        family = figure_family(row.get("unit", ""), row.get("item", ""))
        thing = figure_thing(row.get("unit", ""), row.get("item", ""))
        statement_rows.append({
            "kind": _kind(row["unit"], family, thing), "unit": row["unit"], "family": family,
            "thing": thing, "date": date, "claimant": str(row.get("claimant") or ""),
            "value": float(row["value"]), "value_high": row.get("value_high"),
            "qualifier": str(row.get("qualifier") or ""), "source": "statement",
            "outlet": str(row.get("relayed_by") or ""), "article_id": "",
            "claim_id": str(row.get("statement_id") or ""),
            "sentence": str(row.get("note") or "")})
    if statement_rows:
        rows.append(pd.DataFrame(statement_rows))
    rows = [frame for frame in rows if len(frame)]
    if not rows:
        return typed_empty(HISTORY_COLUMNS, bools=("disagreement",),
                           floats=("value", "value_high", "claimant_high"))
    table = pd.concat(rows, ignore_index=True).sort_values(
        ["kind", "date", "claimant", "value"], kind="stable").reset_index(drop=True)
    table["claimant_high"] = table.groupby(["kind", "claimant"])["value"].cummax()
    # an official statement disagrees as well; a bare measure (a per cent, a sum of rupiah
    # with nothing read of what it measures) is no count: two of them differ, not disagree
    named = table[(table["claimant"] != "") & ~bare_measure(table)]
    values = named.groupby(["kind", "date"]).agg(claimants=("claimant", "nunique"),
                                                 values=("value", "nunique"))
    split = values[(values["claimants"] > 1) & (values["values"] > 1)].index
    table["disagreement"] = pd.MultiIndex.from_frame(table[["kind", "date"]]).isin(split) & \
        (table["claimant"] != "")
    table["value_high"] = pd.to_numeric(table["value_high"], errors="coerce")
    return table[HISTORY_COLUMNS].astype({"value": "float64", "value_high": "float64",
                                          "claimant_high": "float64", "disagreement": "bool"})


def bare_measure(history: pd.DataFrame) -> pd.Series:
    """Rows of a measure (per cent, rupiah, tonnes …) of which neither what it counts (its
    family) nor what it measures (its thing) was read: ``4.6 percent`` and ``72 percent`` of
    two unrelated things are one kind by their unit alone, so they are never said to disagree
    nor drawn as one count moving.

    >>> bare_measure(pd.DataFrame({"unit": ["percent", "percent", "person"],
    ...                            "family": ["", "dead", ""], "thing": ["", "", ""]})).tolist()
    [True, False, False]
    """
    kinds = _unit_kinds()
    measure = history["unit"].map(lambda unit: kinds.get(str(unit or "")) in MEASURE_KINDS)
    return measure.astype(bool) & (history["family"] == "") & (history["thing"] == "")


def count_moves(history: pd.DataFrame) -> pd.DataFrame:
    """Per kind and claimant: how many figures, the first and last date, the first, highest
    and latest figure and the outlets that printed them, the most counted kinds first.

    >>> history = count_history(pd.DataFrame({"claim_id": ["a", "b"], "article_id": ["a", "b"],
    ...     "published": ["2025-03-12", "2025-03-15"], "outlet": ["K", "A"],
    ...     "value": [7.0, 19.0], "value_high": [None, None], "unit": ["person"] * 2,
    ...     "item": ["orang meninggal"] * 2, "qualifier": ["exact"] * 2,
    ...     "claimant": ["BNPB", "BNPB"], "sentence": ["", ""]}))
    >>> count_moves(history)[["claimant", "first_value", "latest_value"]].values.tolist()
    [['BNPB', 7.0, 19.0]]
    """
    if history.empty:
        return typed_empty(MOVES_COLUMNS, ints=("n_figures",),
                           floats=("first_value", "highest_value", "latest_value"))
    ordered = history.sort_values(["kind", "claimant", "date"], kind="stable")
    by = ordered.groupby(["kind", "claimant"], sort=False)
    table = pd.DataFrame({
        "n_figures": by.size(), "first_date": by["date"].first(), "last_date": by["date"].last(),
        "first_value": by["value"].first(), "highest_value": by["value"].max(),
        "latest_value": by["value"].last(),
        "outlets": by["outlet"].agg(lambda o: "; ".join(dict.fromkeys(x for x in o if x))),
    }).reset_index()
    size = history["kind"].value_counts()
    table["_size"] = table["kind"].map(size)
    table = table.sort_values(["_size", "kind", "n_figures"], ascending=[False, True, False],
                              kind="stable")
    return table[MOVES_COLUMNS].reset_index(drop=True).astype({"n_figures": "int64"})


def count_summary(history: pd.DataFrame, top: int = 6) -> pd.DataFrame:
    """One row per kind of figure (the ``top`` most printed): how many figures and named
    claimants, the dates, the latest figure and who gave it, the highest and who gave it,
    and on how many days claimants disagreed. The latest and highest are those of named
    claimants when any is named.

    >>> history = count_history(pd.DataFrame({"published": ["2025-03-12", "2025-03-15"],
    ...     "value": [7.0, 19.0], "value_high": [None, None], "unit": ["person"] * 2,
    ...     "item": ["orang meninggal"] * 2, "qualifier": ["exact"] * 2,
    ...     "claimant": ["BPBD", "Basarnas"]}))
    >>> count_summary(history)[["kind", "latest_value", "latest_claimant"]].values.tolist()
    [['person: dead', 19.0, 'Basarnas']]
    """
    if history.empty:
        return typed_empty(SUMMARY_COLUMNS, ints=("n_figures", "n_claimants",
                                                  "disagreement_days"),
                           floats=("latest_value", "highest_value"))
    rows = []
    for kind in history["kind"].value_counts().index[:top]:
        rows_of = history[history["kind"] == kind]
        named = rows_of[rows_of["claimant"] != ""]
        basis = named if len(named) else rows_of
        latest = basis.sort_values(["date", "value"], kind="stable").iloc[-1]
        highest = basis.sort_values(["value", "date"], kind="stable").iloc[-1]
        rows.append({"kind": kind, "n_figures": len(rows_of),
                     "n_claimants": named["claimant"].nunique(),
                     "first_date": rows_of["date"].min(), "last_date": rows_of["date"].max(),
                     "latest_value": latest["value"], "latest_claimant": latest["claimant"],
                     "latest_date": latest["date"], "highest_value": highest["value"],
                     "highest_claimant": highest["claimant"],
                     "disagreement_days": rows_of.loc[rows_of["disagreement"], "date"].nunique()})
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS).astype(
        {"n_figures": "int64", "n_claimants": "int64", "disagreement_days": "int64",
         "latest_value": "float64", "highest_value": "float64"})
