"""Reference statements (a story pack's official_statements.csv, see
:mod:`newsframe.stories`) and the lineage of article claims to them.

Matching rules (plain, in this order) — a claim is linked to the statement it most plausibly
reproduces:

1. **Candidates**: same direction (a claim with direction ``unknown`` may match any), dated on
   or before the article's publication date (any date when the article has none), same
   calibre when both state one. Units: the same unit; only when no same-unit statement fits,
   the other member of a unit family (data/lexicons/units.csv ``family``: ``shell`` <->
   ``rocket`` <-> ``missile``) — ``unit_changed``.
2. **Compatible value**: equal within 0.5 %; or the claim is vague and the statement's value
   lies in ``[value, value_high)``; or the statement is vague and the claim lies in its
   order of magnitude; or a statement without a count is vague and said by a claimant of the
   claim's type; or the claim equals the *sum* of a set of alternative statements
   (``alternatives_merged``); or, failing those, within a factor of 2 (``value_changed``).
3. **Best candidate**: the first of: exact or range value match over factor-2; same
   qualifier; same claimant type; same claimant; then the most recent statement on or before
   publication (the earliest one when the article is undated).

Fidelity flags: ``value_changed`` (the article's figure is not the statement's),
``qualifier_dropped`` (a hedged statement — about, more than, at least, up to, at most, vague
— reported as exact), ``unit_changed``, ``alternatives_merged``, ``stale`` (a newer statement
with the same unit and direction existed by publication; NA for undated articles),
``unmatched`` (no candidate: the statement columns are empty).

>>> from newsframe import paths
>>> statements = load_statements(paths.STORIES / "korea-russia-arms")
>>> {"statement_id", "statement_date", "value", "unit", "source_url"} <= set(statements.columns)
True
"""

import math
from pathlib import Path

import pandas as pd

from .. import lexicons
from ..lang.text import records

STATEMENT_COLUMNS = [
    "statement_id", "statement_date", "claimant", "claimant_type", "relayed_by", "value",
    "value_high", "unit", "item", "caliber_mm", "qualifier", "period_start", "period_end",
    "direction", "note", "source_url", "alternative_set",
]
CLAIM_KEEP = [
    "article_id", "claim_id", "outlet", "published", "in_title", "value", "value_high", "unit",
    "item", "family", "caliber_mm", "qualifier", "alternative_group", "claimant",
    "claimant_type", "direction", "sentence", "start", "end",
]
STATEMENT_KEEP = [
    "statement_id", "statement_date", "claimant", "claimant_type", "relayed_by", "value",
    "value_high", "unit", "caliber_mm", "qualifier", "note", "source_url",
]
FLAGS = ["value_changed", "qualifier_dropped", "unit_changed", "alternatives_merged", "stale",
         "unmatched"]
LINEAGE_COLUMNS = (CLAIM_KEEP + [f"statement_{c}" if not c.startswith("statement_") else c
                                 for c in STATEMENT_KEEP] + ["lag_days"] + FLAGS + ["match_rule"])


@lexicons.cached()
def unit_families() -> dict[str, str]:
    """Units a lineage may swap for one another (``family`` of data/lexicons/units.csv).

    >>> unit_families()["rocket"] == unit_families()["shell"]
    True
    """
    table = lexicons.load("units")
    table = table[table["kind"] != "classifier"]  # a classifier's family is what it counts
    return {unit: family for unit, family in zip(table["unit"], table["family"], strict=True)
            if family}
HEDGED = {"about", "more_than", "at_least", "up_to", "at_most", "vague"}


def load_statements(source=None) -> pd.DataFrame:
    """Reference statements with provenance (``source_url``, ``note``) and a ``statement_id``.

    ``source`` is a story pack (:class:`newsframe.stories.Story`), its folder, or a
    statements CSV; None (no pack, or a pack without statements) gives an empty table with
    the columns. A row that cannot be used — more or fewer fields than the header, a missing
    or impossible date, a value that is not a finite number, a calibre that is not a whole
    number (:func:`statement_problem`) — is left out and named in ``attrs["skipped"]``; a
    file that cannot be read at all (not UTF-8, larger than 64 MB, a link out of the pack's
    folder) is named there too and gives no statements. ``alternative_set`` names statements
    made together as either/or figures (same date, claimant and unit, different calibres),
    which must never be summed.

    >>> from newsframe import paths
    >>> s = load_statements(paths.STORIES / "korea-russia-arms")
    >>> s.loc[s["statement_date"] == "2024-02-26", ["value", "unit"]].values.tolist()[0]
    [6700.0, 'container']
    >>> load_statements(None).empty
    True
    """
    root = source.folder if hasattr(source, "statements_path") else None
    if hasattr(source, "statements_path"):
        source = source.statements_path
    path = Path(source) if source else None
    if path is not None and path.is_dir():
        from ..stories import STATEMENTS_FILE

        path = path / STATEMENTS_FILE
    skipped: list[str] = []  # a malformed row costs only itself: it is left out and named
    if path is None or not path.is_file():
        raw = pd.DataFrame({c: pd.Series(dtype="str") for c in STATEMENT_COLUMNS
                            if c not in ("statement_id", "alternative_set")})
    else:
        raw = _read_statements(path, root or path.parent, skipped)
    frame = raw.copy()
    frame.insert(0, "statement_id", pd.Series([f"S{i + 1:02d}" for i in range(len(frame))],
                                              index=frame.index, dtype="str"))
    for column in ("value", "value_high"):
        frame[column] = pd.to_numeric(frame[column].replace("", None), errors="coerce").astype(
            "float64")
    frame["caliber_mm"] = pd.to_numeric(frame["caliber_mm"].replace("", None),
                                        errors="coerce").astype("Int64")
    keys = frame[["statement_date", "claimant", "unit"]].astype(str).agg("|".join, axis=1) \
        if len(frame) else pd.Series(dtype="str")
    calibres = frame.groupby(keys)["caliber_mm"].transform("nunique") if len(frame) else keys
    frame["alternative_set"] = [f"{k}" if n > 1 else "" for k, n in zip(keys, calibres,
                                                                          strict=True)]
    frame = frame[STATEMENT_COLUMNS].astype({"alternative_set": "str"})
    frame.attrs["skipped"] = skipped
    return frame


def _read_statements(path: Path, root: Path, skipped: list[str]) -> pd.DataFrame:
    """The rows of a statements CSV (read like a corpus file: a regular file inside the
    pack's folder, at most 64 MB) that are usable; the others are named in ``skipped``."""
    import io

    from ..bounded import MAX_TABLE_BYTES, BoundError, read_inside

    columns = STATEMENT_COLUMNS[1:-1]

    def too_long(fields: list[str]) -> None:
        skipped.append(f"a row of {len(fields)} fields, more than the header's "
                       f"({','.join(fields)[:60]}…)")

    try:
        text = read_inside(path, root, MAX_TABLE_BYTES).decode("utf-8")
        raw = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False,
                          engine="python", on_bad_lines=too_long)
    except (BoundError, UnicodeDecodeError, pd.errors.ParserError,
            pd.errors.EmptyDataError) as error:
        detail = str(error).splitlines()[0] if isinstance(error, BoundError) else \
            type(error).__name__
        skipped.append(f"the whole file {path.name} ({detail})")
        return pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
    missing = [c for c in columns if c not in raw.columns]
    raw = raw.assign(**{c: "" for c in missing})
    keep = []
    for number, row in enumerate(raw.to_dict("records"), start=2):
        problem = statement_problem(row, [c for c in raw.columns if c not in missing])
        keep.append(problem is None)
        if problem:
            skipped.append(f"line {number} ({str(row.get('statement_date') or '')[:10]} "
                           f"{str(row.get('claimant') or '')[:40]}): {problem}")
    # a boolean mask (a plain empty list would select no columns of a header-only file)
    return raw[pd.Series(keep, index=raw.index, dtype="bool")].reset_index(drop=True)


def statement_problem(row: dict, columns: list[str]) -> str | None:
    """Why one row of a statements file cannot be used (None if it can): fewer fields than
    the header, a date that is missing or not a real ``YYYY-MM-DD`` day, a value that is not
    a finite number, a calibre that is not a whole number of millimetres.

    >>> statement_problem({"statement_date": "2023-02-30", "value": "1"}, ["statement_date"])
    "statement_date '2023-02-30' is not a date (YYYY-MM-DD)"
    >>> statement_problem({"statement_date": "2023-10-13", "caliber_mm": "7.62"}, [])
    "caliber_mm '7.62' is not a whole number of millimetres"
    """
    if any(not isinstance(row.get(c), str) for c in columns):
        return "fewer fields than the header"
    date = row.get("statement_date", "")
    try:
        if not date or pd.isna(pd.to_datetime(date, format="%Y-%m-%d")):
            raise ValueError(date)
    except (ValueError, TypeError):
        return f"statement_date {date!r} is not a date (YYYY-MM-DD)"
    for column in ("value", "value_high"):
        text = row.get(column, "")
        if text:
            try:
                number = float(text)
            except ValueError:
                number = float("nan")
            if not math.isfinite(number) or number < 0:
                return f"{column} {text[:20]!r} is not a number"
    calibre = row.get("caliber_mm", "")
    if calibre and not (calibre.isdigit() and 0 < int(calibre[:6]) < 10_000):
        return f"caliber_mm {calibre[:20]!r} is not a whole number of millimetres"
    return None


RATIO_COLUMNS = ["statement_date", "claimant", "from_unit", "to_unit", "from_value",
                 "to_value", "caliber_mm", "to_qualifier", "statement_ids", "ratio"]


def implied_ratios(statements: pd.DataFrame, from_unit: str, to_unit: str,
                   direction: str | None = None) -> pd.DataFrame:
    """How many ``to_unit`` one ``from_unit`` holds, as implied by statements that give both
    figures on the same day by the same claimant (e.g. 6,700 containers <-> 3 million 152 mm
    rounds): the conversions a story pack declares. ``direction`` None: any.

    >>> from newsframe import paths
    >>> s = load_statements(paths.STORIES / "korea-russia-arms")
    >>> ratios = implied_ratios(s, "container", "shell", "KP->RU")
    >>> round(ratios.loc[ratios["caliber_mm"] == 152, "ratio"].min())
    448
    """
    chosen = statements if direction is None else \
        statements[statements["direction"] == direction]
    froms = chosen[(chosen["unit"] == from_unit) & chosen["value"].notna()]
    tos = chosen[(chosen["unit"] == to_unit) & chosen["value"].notna()]
    pairs = froms.merge(tos, on=["statement_date", "claimant"], suffixes=("_from", "_to"))
    out = pd.DataFrame({
        "statement_date": pairs["statement_date"].astype("str"),
        "claimant": pairs["claimant"].astype("str"),
        "from_unit": from_unit, "to_unit": to_unit,
        "from_value": pairs["value_from"].astype("float64"),
        "to_value": pairs["value_to"].astype("float64"),
        "caliber_mm": pairs["caliber_mm_to"].astype("Int64"),
        "to_qualifier": pairs["qualifier_to"].astype("str"),
        "statement_ids": (pairs["statement_id_from"] + "+" + pairs["statement_id_to"]).astype(
            "str"),
    }, columns=RATIO_COLUMNS[:-1])
    out["ratio"] = (out["to_value"] / out["from_value"]).astype("float64")
    return out.reset_index(drop=True)


def _close(a: float, b: float, tolerance: float = 0.005) -> bool:
    return not (math.isnan(a) or math.isnan(b)) and abs(a - b) <= tolerance * max(abs(b), 1)


def _value_fit(claim: dict, statement: dict, by_set: dict) -> str | None:
    """How the claim's value fits the statement: exact, range, sum, loose, or None."""
    value, high = claim["value"], claim["value_high"]
    s_value = statement["value"]
    if math.isnan(s_value):
        if statement["qualifier"] == "vague" and claim["qualifier"] == "vague" and \
                claim["claimant_type"] == statement["claimant_type"]:
            return "uncounted"
        return None
    if _close(value, s_value):
        return "exact"
    if not math.isnan(high) and value <= s_value < high:
        return "range"
    if statement["qualifier"] == "vague" and s_value <= value < s_value * 10:
        return "range"
    members = by_set.get(statement["alternative_set"]) if statement["alternative_set"] else None
    if members is not None and _close(value, sum(members)):
        return "sum"
    if math.isnan(high) and 0.5 <= value / s_value <= 2:
        return "loose"
    return None


def _as_date(value) -> pd.Timestamp | None:
    stamp = pd.to_datetime(value, errors="coerce") if value else None
    return None if stamp is None or pd.isna(stamp) else stamp


def _unit_ok(statement: dict, claim: dict, same_unit: bool) -> bool:
    if same_unit:
        return statement["unit"] == claim["unit"]
    return (statement["unit"] != claim["unit"]
            and unit_families().get(statement["unit"]) is not None
            and unit_families().get(statement["unit"]) == unit_families().get(claim["unit"]))


def _candidates(claim: dict, statements: list[dict], published, by_set, same_unit: bool):
    """Statements that fit the claim, as (fit, statement). ``statements`` carry a parsed
    ``_date`` (set once per call by ``match_statements``); only the claim's unit block (or
    its family block) is passed in, so the unit test here is a cheap re-check."""
    found = []
    for statement in statements:
        if not _unit_ok(statement, claim, same_unit):
            continue
        if claim["direction"] != "unknown" and statement["direction"] != claim["direction"]:
            continue
        if published is not None and statement["_date"] > published:
            continue
        if not (pd.isna(claim["caliber_mm"]) or pd.isna(statement["caliber_mm"])) and \
                int(claim["caliber_mm"]) != int(statement["caliber_mm"]):
            continue
        fit = _value_fit(claim, statement, by_set)
        if fit is not None:
            found.append((fit, statement))
    return found


def _rank(fit: str, statement: dict, claim: dict, published) -> tuple:
    date = statement["_date"]
    recency = -date.value if published is not None else date.value
    return (fit == "loose", statement["qualifier"] != claim["qualifier"],
            statement["claimant_type"] != claim["claimant_type"],
            claim["claimant"] == "" or claim["claimant"] not in statement["claimant"], recency)


# what a match depends on: two claims equal in these get the same statement
_MATCH_KEY = ("value", "value_high", "unit", "caliber_mm", "qualifier", "direction",
              "claimant_type", "claimant", "published")
_UNMATCHED = {**{f"statement_{c}" if not c.startswith("statement_") else c: None
                 for c in STATEMENT_KEEP},
              "lag_days": None, "value_changed": None, "qualifier_dropped": None,
              "unit_changed": None, "alternatives_merged": None, "stale": None,
              "unmatched": True,
              "match_rule": "no statement with the same unit, direction and a compatible value "
                            "on or before publication"}


def _match(claim: dict, published, by_unit: dict, by_family: dict, by_set: dict,
           newer_pool: dict, stale_cache: dict) -> dict:
    """The statement columns and flags of one claim's lineage row."""
    found = _candidates(claim, by_unit.get(claim["unit"], []), published, by_set,
                        same_unit=True)
    unit_changed = False
    if not found:
        family = by_family.get(unit_families().get(claim["unit"]), [])
        found = _candidates(claim, family, published, by_set, same_unit=False)
        unit_changed = bool(found)
    if not found:
        return dict(_UNMATCHED)
    fit, best = min(found, key=lambda pair: _rank(pair[0], pair[1], claim, published))
    row = {f"statement_{c}" if not c.startswith("statement_") else c: best[c]
           for c in STATEMENT_KEEP}
    stated = best["_date"]
    key = (best["statement_id"], published)
    if key not in stale_cache:
        stale_cache[key] = any(stated < s["_date"] <= (published or stated)
                               for s in newer_pool[(best["unit"], best["direction"])])
    row.update(
        lag_days=(published - stated).days if published is not None else None,
        value_changed=fit in ("loose", "uncounted"),
        qualifier_dropped=claim["qualifier"] == "exact" and best["qualifier"] in HEDGED,
        unit_changed=unit_changed,
        alternatives_merged=fit == "sum",
        stale=(stale_cache[key] if published is not None else None),
        unmatched=False,
        match_rule=f"value {fit}; " + ("unit family" if unit_changed else "same unit"),
    )
    return row


def match_statements(claims: pd.DataFrame, statements: pd.DataFrame) -> pd.DataFrame:
    """Link each claim to the official statement it most plausibly reproduces (lineage table).

    One row per claim; statement columns are prefixed ``statement_``; see the module
    docstring for the rules and docs/tables/lineage.md for the columns. Cost is linear in
    the number of claims: statements are parsed once and blocked by unit, publication
    dates are parsed once per distinct date, and claims alike in everything a match reads
    (``_MATCH_KEY``) are matched once.

    >>> import newsframe as nf, pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a"], "title": [""], "published": ["2023-10-20"],
    ...     "outlet": ["X"], "status": ["ok"],
    ...     "body": ["Korea Utara mengirim 1.000 kontainer ke Rusia, kata Kirby."]})
    >>> pack = nf.paths.STORIES / "korea-russia-arms"
    >>> lineage = match_statements(nf.extract_claims(arts), load_statements(pack))
    >>> lineage[["statement_date", "lag_days", "qualifier_dropped"]].values.tolist()
    [['2023-10-13', 7, True]]
    """
    statement_rows = [{**s, "_date": _as_date(s["statement_date"])}
                      for s in statements.to_dict("records")]
    by_set: dict[str, list[float]] = {}
    by_unit: dict[str, list[dict]] = {}
    by_family: dict[str, list[dict]] = {}
    newer_pool: dict[tuple, list[dict]] = {}
    for statement in statement_rows:
        if statement["alternative_set"]:
            by_set.setdefault(statement["alternative_set"], []).append(statement["value"])
        by_unit.setdefault(statement["unit"], []).append(statement)
        family = unit_families().get(statement["unit"])
        if family is not None:
            by_family.setdefault(family, []).append(statement)
        newer_pool.setdefault((statement["unit"], statement["direction"]), []).append(statement)
    dates: dict = {}
    stale_cache: dict = {}
    # claims alike in everything a match reads are matched once (corpora repeat figures)
    keys = claims[list(_MATCH_KEY)].drop_duplicates()
    matched = []
    for claim in records(keys, list(_MATCH_KEY)):
        claim["value_high"] = float("nan") if pd.isna(claim["value_high"]) else \
            claim["value_high"]
        raw_published = claim.get("published")
        if raw_published not in dates:
            dates[raw_published] = _as_date(raw_published)
        matched.append(_match(claim, dates[raw_published], by_unit, by_family, by_set,
                              newer_pool, stale_cache))
    found = pd.concat([keys.reset_index(drop=True),
                       pd.DataFrame(matched, columns=LINEAGE_COLUMNS[len(CLAIM_KEEP):])],
                      axis=1)
    lacking = {c: "" for c in ("item", "family") if c not in claims.columns}  # older tables
    frame = claims.assign(**lacking)[CLAIM_KEEP].merge(found, on=list(_MATCH_KEY), how="left",
                                     suffixes=("", "_key"))[LINEAGE_COLUMNS]
    dtypes = {"lag_days": "Int64", "value": "float64", "value_high": "float64",
              "statement_value": "float64", "statement_value_high": "float64",
              "caliber_mm": "Int64", "statement_caliber_mm": "Int64", "in_title": "bool",
              "start": "int64", "end": "int64", "unmatched": "bool"}
    dtypes.update({flag: "boolean" for flag in FLAGS if flag != "unmatched"})
    text_columns = [c for c in LINEAGE_COLUMNS if c not in dtypes]
    frame[text_columns] = frame[text_columns].fillna("")
    frame = frame.astype({**dtypes, **{c: "str" for c in text_columns}})
    # how the claimant was found and an analyst's review, when the claims carry them (the
    # stored tables do): the pages mark each row by them
    passed = [c for c in claims.columns if c in REVIEW_PASSED or c.startswith("machine_")]
    if passed:
        frame = pd.concat([frame, claims[passed].reset_index(drop=True)], axis=1)
    return frame


REVIEW_PASSED = ("attribution_basis", "key", "review", "reviewer", "review_note", "corrected")


