"""An analyst's review applied to the tables, once per build, partition by partition.

The review file (:mod:`newsframe.store.review_file`) says of some claims and attributed
statements, by their stable key, that an analyst confirmed, corrected or rejected them.
:func:`apply_review` applies the decisions on one partition's articles to its freshly
annotated tables (the engines call it for every partition, so a big corpus stays flat):

- ``confirm``: the row keeps the machine's values, ``review`` = ``confirmed``;
- ``correct``: the values the reviewer changed replace the machine's; every reviewable
  field's machine value stays beside it in ``machine_<field>``, ``corrected`` names the
  fields changed, ``review`` = ``corrected`` (a claimant or source corrected to a name of
  data/lexicons/actors.csv takes that actor's type, unless the reviewer set one);
- ``reject``: the row stays in its dataset with ``review`` = ``rejected`` and leaves every
  analysis: :class:`newsframe.store.tables.Tables` never returns it (its ``rejected``
  argument asks for it), the outlets' counts leave it out, and a rejected statement leaves
  the relay chains and the own-voice test of the frames. :func:`review_audit` lists every
  decided row, rejected ones too.

Every row carries ``reviewer`` and ``review_note``. A decision that cannot be applied — its
article is not in the corpus, the words at its offsets changed, the annotators no longer
find a row on exactly those words, or the machine's values changed since the file was
written — becomes a row of ``review_problems`` with the reason; the build goes on.

:func:`review_tables` writes a reviewed copy of tables built before (``newsframe report
--tables DIR --review FILE``): the part files of each partition are read, set back to the
machine's values, reviewed and written, one partition at a time.

>>> import newsframe as nf
>>> from newsframe.store.review_file import Decision
>>> from newsframe.annotate.keys import parse_key
>>> arts = nf.load_corpus(nf.paths.SEEDS)
>>> tables = nf.annotate(arts, ["claims"])
>>> key = tables["claims"]["key"].iloc[1]
>>> reviewed, problems = apply_review(arts, tables, [Decision(
...     2, "claims", key, parse_key(key), "correct", "ana", values={"claimant": "Joe Biden"})])
>>> row = reviewed["claims"].iloc[1]
>>> row["claimant"], row["claimant_type"], row["machine_claimant"], row["review"], problems
('Joe Biden', 'us_government', 'White House', 'corrected', [])
"""

import json
import os
import shutil
from pathlib import Path

import pandas as pd

from .. import lexicons, paths, schema
from ..annotate.keys import fingerprint
from .review_file import (
    REVIEW_FILE,
    Decision,
    ReviewFile,
    format_value,
    machine_texts,
    problems_table,
    read_review,
    values_hash,
)

STATES = schema.REVIEW_STATES
_NOUN = {"claims": "claim", "attributions": "attributed statement"}
_TYPE_OF = {"claimant": "claimant_type", "source": "source_type"}


def find_review(corpus_dirs, review=None) -> Path | None:
    """The review file of a build: ``review`` when given (a ParameterError when it is not a
    file), else the ``review.csv`` the corpus folder carries (the first of ``corpus_dirs``
    that does), else None.

    >>> find_review([paths.SEEDS]) is None
    True
    """
    from ..params import ParameterError

    if review:
        path = paths.resolve_path(review)
        if not path.is_file():
            raise ParameterError(f"review file {str(review)!r} does not exist or is not a file; "
                                 "allowed values: a CSV written by `newsframe review init`")
        return path
    for corpus in corpus_dirs or ():
        if isinstance(corpus, (str, os.PathLike)):
            folder = paths.resolve_path(corpus)
            if folder.is_dir() and (folder / REVIEW_FILE).is_file():
                return folder / REVIEW_FILE
    return None


def split_review(review: ReviewFile | None, parts: dict) -> tuple[dict, list[dict]]:
    """The decisions of ``review`` per partition (``parts``: partition -> its article ids),
    and a ``unknown_article`` problem for each decision on an article of none of them.

    >>> from newsframe.annotate.keys import parse_key
    >>> review = ReviewFile("r.csv", decisions=[Decision(2, "claims", "a:b0-1:0123abcd",
    ...     parse_key("a:b0-1:0123abcd"), "reject")])
    >>> split_review(review, {0: ["a"]})[0][0][0].line
    2
    >>> split_review(review, {0: []})[1][0]["reason"]
    'unknown_article'
    """
    if review is None:
        return {}, []
    where = {article_id: index for index, ids in parts.items() for article_id in ids}
    per_part: dict = {}
    problems = []
    for decision in review.decisions:
        index = where.get(decision.parsed.article_id)
        if index is None:
            problems.append(decision.problem(
                "unknown_article", f"no article {decision.parsed.article_id!r} in the corpus"))
        else:
            per_part.setdefault(index, []).append(decision)
    return per_part, problems


def _actor_types() -> dict:
    actors = lexicons.load("actors")
    types = {}
    for canonical, aliases, kind in zip(actors["canonical"], actors["aliases"],
                                        actors["type"], strict=True):
        for name in [canonical, *lexicons.split_aliases(aliases or "")]:
            types.setdefault(name.casefold(), kind or "")
    return types


def without_review(name: str, table: pd.DataFrame) -> pd.DataFrame:
    """Table ``name`` as the machine made it: corrected values set back from their
    ``machine_*`` columns, every review column empty (what a new review starts from).

    >>> import newsframe as nf
    >>> claims = nf.annotate(nf.load_corpus(nf.paths.SEEDS), ["claims"])["claims"]
    >>> without_review("claims", claims.assign(review="rejected"))["review"].unique().tolist()
    ['']
    """
    if name not in schema.REVIEW_FIELDS or table.empty:
        return table
    table = table.copy()
    corrected = table["review"] == "corrected"
    for field in schema.REVIEW_FIELDS[name]:
        machine = f"machine_{field}"
        if corrected.any():
            table.loc[corrected, field] = table.loc[corrected, machine]
        table[machine] = pd.Series(float("nan") if table[machine].dtype == "float64" else
                                   pd.NA if table[machine].dtype == "Int64" else "",
                                   index=table.index, dtype=table[machine].dtype)
    for column in ("review", "reviewer", "review_note", "corrected"):
        table[column] = ""
    return table


def analysed(tables: dict) -> dict:
    """``tables`` without the rows an analyst rejected (what every analysis reads)."""
    return {name: table[table["review"] != "rejected"].reset_index(drop=True)
            if name in schema.REVIEW_FIELDS and "review" in table else table
            for name, table in tables.items()}


def apply_review(articles: pd.DataFrame, tables: dict, decisions: list[Decision]
                 ) -> tuple[dict, list[dict]]:
    """``tables`` (one partition's, fresh from the annotators) with the ``decisions`` on its
    ``articles`` applied, and the problems of the decisions that could not be (see the
    module docstring). Relay chains and frames of articles whose statements changed are
    computed again."""
    problems: list[dict] = []
    if not decisions:
        return tables, problems
    texts = {str(a): (str(t or ""), str(b or "")) for a, t, b in zip(
        articles["article_id"], articles["title"], articles["body"], strict=True)}
    tables = dict(tables)
    touched: set = set()
    for name in schema.REVIEW_FIELDS:
        mine = [d for d in decisions if d.table == name]
        if mine and name in tables:
            tables[name], changed = _apply_to(name, tables[name], mine, texts, problems)
            if name == "attributions":
                touched |= changed
    if touched:
        tables = _recount_statements(articles, tables, touched)
    return tables, problems


def _apply_to(name: str, table: pd.DataFrame, decisions: list, texts: dict,
              problems: list) -> tuple[pd.DataFrame, set]:
    table = table.copy()
    position = {key: n for n, key in enumerate(table["key"])}
    columns = {column: n for n, column in enumerate(table.columns)}
    types = _actor_types()
    changed: set = set()
    for decision in decisions:
        row_number = _locate(name, table, decision, texts, position, problems)
        if row_number is None:
            continue
        row = table.iloc[row_number]
        machine = machine_texts(name, row)
        given = {f: format_value(f, v) for f, v in decision.values.items()}
        differ = [f for f in schema.REVIEW_FIELDS[name] if f in given and given[f] != machine[f]]
        if decision.machine_hash and values_hash(name, machine) != decision.machine_hash:
            now = "; ".join(f"{f} {machine[f]!r}" for f in differ[:3])
            problems.append(decision.problem(
                "machine_changed", "the machine's values changed since the review file was "
                f"written{f' (now: {now})' if now else ''}; run `newsframe review init` "
                "again to carry the decision over and check it"))
            continue
        if decision.decision == "confirm" and differ:
            problems.append(decision.problem(
                "confirm_with_changes", f"confirm, but {', '.join(differ)} differ from the "
                "machine's: write correct to correct them"))
            continue
        if decision.decision == "correct" and not differ:
            problems.append(decision.problem(
                "no_change", "correct, but every value is the machine's: overwrite the wrong "
                "value"))
            continue
        state = {"confirm": "confirmed", "correct": "corrected", "reject": "rejected"}[
            decision.decision]
        updates = {"review": state, "reviewer": decision.reviewer,
                   "review_note": decision.note}
        if state == "corrected":
            updates.update({f"machine_{f}": row[f] for f in schema.REVIEW_FIELDS[name]})
            for field in differ:
                updates[field] = decision.values[field]
            for who, kind in _TYPE_OF.items():
                if who in differ and kind in schema.REVIEW_FIELDS[name] and kind not in differ:
                    updates[kind] = types.get(str(updates[who]).casefold(), "")
                    if updates[kind] != row[kind]:
                        differ.append(kind)
            updates["corrected"] = ";".join(differ)
        if state != "confirmed":
            changed.add(str(row["article_id"]))
        for column, value in updates.items():
            table.iat[row_number, columns[column]] = value
    return schema.conform(name, table), changed


def _locate(name: str, table: pd.DataFrame, decision: Decision, texts: dict, position: dict,
            problems: list) -> int | None:
    """The row number a decision names, or None with its problem recorded."""
    key = decision.parsed
    title_body = texts.get(key.article_id)
    if title_body is None:
        problems.append(decision.problem("unknown_article",
                                         f"no article {key.article_id!r} in the corpus"))
        return None
    text = title_body[0 if key.in_title else 1]
    where = "title" if key.in_title else "body"
    words = text[key.start:key.end] if key.end <= len(text) else None
    if words is None or fingerprint(words) != key.fingerprint:
        now = f"now {_quote(words)}" if words is not None else \
            f"beyond the end of the {where} ({len(text):,} characters)"
        problems.append(decision.problem(
            "text_changed", f"the article changed: the words at {where} "
                            f"{key.start}–{key.end} are {now}"))
        return None
    found = position.get(decision.key)
    if found is None:
        near = table[(table["article_id"] == key.article_id)
                     & (table["in_title"] == key.in_title) & (table["start"] < key.end)
                     & (table["end"] > key.start)]
        hint = "; ".join(f"{s}–{e} {_quote(text[s:e])}" for s, e in
                         zip(near["start"], near["end"], strict=True))
        problems.append(decision.problem(
            "no_row", f"the words {_quote(words)} are unchanged, but newsframe no longer "
                      f"finds a {_NOUN[name]} on exactly them"
                      + (f" (now: {hint})" if hint else "")))
        return None
    return found


def _quote(words: str, limit: int = 80) -> str:
    words = " ".join(words.split())
    return repr(words if len(words) <= limit else words[:limit - 1] + "…")


def _recount_statements(articles: pd.DataFrame, tables: dict, touched: set) -> dict:
    """Relay chains and frames of the articles ``touched`` (their statements were corrected
    or rejected) computed again from the statements an analysis reads."""
    from ..annotate.chains import relay_chains
    from ..annotate.framing import order_hits, score_frames

    usable = articles[(articles["status"] != "error") & articles["article_id"].isin(touched)]
    statements = analysed({"attributions": tables["attributions"]})["attributions"]
    statements = statements[statements["article_id"].isin(touched)]
    tables = dict(tables)
    for name, made in (("chains", lambda: relay_chains(usable, statements)),
                       ("frames", lambda: score_frames(usable, statements))):
        if name in tables:
            kept = tables[name][~tables[name]["article_id"].isin(touched)]
            whole = pd.concat([kept, schema.conform(name, made())], ignore_index=True)
            order = {a: n for n, a in enumerate(articles["article_id"])}
            whole = whole.sort_values("article_id", key=lambda s: s.map(order), kind="stable")
            whole = order_hits(whole) if name == "frames" else whole
            tables[name] = schema.conform(name, whole.reset_index(drop=True))
    return tables


def review_counts(tables: dict) -> dict:
    """How many rows of each reviewed table each review state holds.

    >>> review_counts({"claims": pd.DataFrame({"review": ["", "confirmed", "rejected"]})})
    {'claims': {'confirmed': 1, 'rejected': 1}}
    """
    return {name: {state: int(n) for state, n in table["review"].value_counts().items()
                   if state in STATES}
            for name, table in tables.items() if name in schema.REVIEW_FIELDS}


def add_counts(parts) -> dict:
    """:func:`review_counts` of several partitions added up."""
    total: dict = {}
    for counts in parts:
        for name, states in counts.items():
            for state, n in states.items():
                total.setdefault(name, {}).setdefault(state, 0)
                total[name][state] += n
    return total


def review_record(review: ReviewFile | None, counts: dict, problems: pd.DataFrame,
                  source: str = "") -> dict | None:
    """What ``tables.json`` says of the review applied (None: none): the file, its SHA-256,
    where it came from (``--review`` or the corpus folder), the rows decided per table and
    state, and the problems per reason."""
    if review is None:
        return None
    return {**review.record(), "source": source, "applied": counts,
            "problems": {str(k): int(v) for k, v in
                         problems["reason"].value_counts().sort_index().items()}}


AUDIT_COLUMNS = ["table", "review", "reviewer", "review_note", "article_id", "outlet", "words",
                 "corrected", "machine", "reviewed", "sentence", "key"]


def review_audit(tables, texts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every row an analyst decided on (confirmed, corrected, rejected) of the reviewed
    tables of ``tables`` (a mapping or :class:`newsframe.store.tables.Tables`: rejected rows
    read too): its decision, reviewer and note, the machine's values and the reviewed ones of
    the fields corrected (``field: value`` pairs), with its words (from ``texts``: article
    id, title and body; from :class:`Tables` the decided rows' articles are read) and
    sentence.

    >>> review_audit({"claims": schema.empty("claims")}).columns.tolist()[:3]
    ['table', 'review', 'reviewer']
    """
    decided = {name: _with_rejected(tables, name) for name in schema.REVIEW_FIELDS}
    decided = {name: table[table["review"] != ""] for name, table in decided.items()}
    if texts is None and hasattr(tables, "texts"):  # only the decided rows' articles
        texts = tables.texts(sorted({a for t in decided.values() for a in t["article_id"]}))
    by_id = texts.set_index("article_id") if texts is not None else None
    rows = []
    for name, table in decided.items():
        for row in table.to_dict("records"):
            fields = [f for f in str(row["corrected"]).split(";") if f]
            words = ""
            if by_id is not None and row["article_id"] in by_id.index:
                text = by_id.at[row["article_id"], "title" if row["in_title"] else "body"]
                words = " ".join(str(text)[row["start"]:row["end"]].split())
            rows.append({
                "table": name, "review": row["review"], "reviewer": row["reviewer"],
                "review_note": row["review_note"], "article_id": row["article_id"],
                "outlet": row.get("outlet", ""), "words": words, "corrected": ", ".join(fields),
                "machine": "; ".join(f"{f}: {format_value(f, row[f'machine_{f}']) or '—'}"
                                     for f in fields),  # — : the machine had none
                "reviewed": "; ".join(f"{f}: {format_value(f, row[f])}" for f in fields),
                "sentence": row["sentence"], "key": row["key"]})
    order = {state: n for n, state in enumerate(("rejected", "corrected", "confirmed"))}
    audit = pd.DataFrame(rows, columns=AUDIT_COLUMNS).astype("str")
    return audit.sort_values(["review", "table"], key=lambda s: s.map(order).fillna(9)
                             if s.name == "review" else s, kind="stable").reset_index(drop=True)


def _with_rejected(tables, name: str) -> pd.DataFrame:
    if hasattr(tables, "read") and hasattr(tables, "ids"):
        # only the articles with a decided row are read whole: a big table's other rows
        # (and their sentences) are not read at all
        decided = tables.read(name, ["article_id", "review"], rejected=True)
        decided = decided.loc[decided["review"] != "", "article_id"].unique()
        return tables.select(decided).read(name, rejected=True)
    return tables.get(name, schema.empty(name)) if hasattr(tables, "get") else tables[name]


def review_tables(source, out, review_path, progress=None) -> dict:
    """Write into ``out`` (made whole or not at all, :mod:`newsframe.store.builds`) a copy of
    the tables ``source`` with the review file ``review_path`` applied instead of any review
    they carry, one partition at a time; return the new ``tables.json``. Part files the
    review does not touch are linked (or copied where links cannot be made)."""
    from . import builds

    source, out = Path(source).absolute(), Path(out).absolute()
    with builds.locked(out), builds.staged(out) as folder:
        return write_reviewed(source, folder, review_path, progress)


def write_reviewed(source: Path, folder: Path, review_path, progress=None,
                   origin: str = "--review") -> dict:
    """:func:`review_tables` into the (empty, staging) folder ``folder``."""
    import pyarrow.parquet as pq

    from .engines import _outlet_partials, _reduce_outlets, _write
    from .tables import read_tables_info

    info = read_tables_info(source / "tables.json")
    review = read_review(review_path)
    parts = sorted(int(p.stem.split("-")[1]) for p in (source / "articles").glob("part-*.parquet"))
    ids = {index: pq.read_table(source / "articles" / f"part-{index:05d}.parquet",
                                columns=["article_id"]).column(0).to_pylist()
           for index in parts}
    per_part, problems = split_review(review, ids)
    rewritten = {*schema.REVIEW_FIELDS, "chains", "frames"}
    for name in schema.STORED_TABLES:
        if name not in rewritten and name not in schema.CORPUS_TABLES:
            (folder / name).mkdir()
            for part in sorted((source / name).glob("part-*.parquet")):
                _link_or_copy(part, folder / name / part.name)
    if (source / "story").is_dir():
        shutil.copytree(source / "story", folder / "story")
    counts, partials, rows = [], [], {}
    for index in parts:
        name_of = f"part-{index:05d}.parquet"
        articles = pq.read_table(source / "articles" / name_of).to_pandas()
        tables = {name: without_review(name, pq.read_table(source / name / name_of).to_pandas())
                  for name in rewritten}
        tables, found = apply_review(articles, tables, per_part.get(index, []))
        problems += found
        for name in rewritten:
            _write(tables[name], name, folder, index)
        counts.append(review_counts(tables))
        partials.append(_outlet_partials(articles, analysed(
            {n: tables[n] for n in schema.ANNOTATION_TABLES if n in tables}
            | {n: pq.read_table(source / n / name_of, columns=["article_id"]).to_pandas()
               for n in schema.ANNOTATION_TABLES if n not in tables})))
        if progress:
            progress.write(f"newsframe review: partition {index + 1} of {len(parts)}\n")
    _write(_reduce_outlets(partials), "outlets", folder, 0)
    table = problems_table(review.problems + problems)
    _write(table, "review_problems", folder, 0)
    for name in schema.STORED_TABLES:
        rows[name] = sum(pq.read_metadata(p).num_rows for p in (folder / name).glob("*.parquet"))
    info = {**info, "rows": rows, "review": review_record(
        review, add_counts(counts), table, origin),
        "files": {str(p.relative_to(folder)): p.stat().st_size
                  for p in sorted(folder.glob("*/part-*.parquet"))}}
    (folder / "tables.json").write_text(json.dumps(info, indent=1, ensure_ascii=False),
                                        encoding="utf-8")
    return info


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def review_in_memory(articles: pd.DataFrame, tables: dict, corpus_dirs=(), review=None
                     ) -> tuple[dict, dict | None]:
    """The tables of a corpus annotated in this process (a notebook's ``corpus_dir``) with
    its review applied — ``review`` or the corpus folder's ``review.csv`` — and a
    ``review_problems`` table; and the record :func:`review_record` makes (None: none)."""
    path = find_review(corpus_dirs, review)
    if path is None:
        return {**tables, "review_problems": schema.empty("review_problems")}, None
    loaded = read_review(path)
    per_part, problems = split_review(loaded, {0: list(articles["article_id"])})
    tables, found = apply_review(articles, tables, per_part.get(0, []))
    table = problems_table(loaded.problems + problems + found)
    record = review_record(loaded, review_counts(tables), table,
                           "--review" if review else "corpus folder")
    return {**tables, "review_problems": table}, record


def write_review_file(tables_dir, out, progress=None) -> dict:
    """Write the review file ``out`` of the tables ``tables_dir`` (``newsframe review init``):
    one row per claim, then one per attributed statement, in article order, read part file
    by part file; rows an applied review decided keep their decision. An ``out`` that exists
    keeps its decisions (:func:`newsframe.store.review_file.write_review`); one that is no
    review file is not overwritten (ParameterError). Returns the counts written."""
    import pyarrow.parquet as pq

    from .review_file import review_rows, write_review
    from .tables import check_tables

    folder, out = Path(tables_dir), Path(out)
    check_tables(folder, "--tables ")
    earlier = out if check_review_out(out) else None
    parts = sorted((folder / "articles").glob("part-*.parquet"))
    written = {name: 0 for name in schema.REVIEW_FIELDS}

    def frames():
        for name in schema.REVIEW_FIELDS:
            for part in parts:
                rows = pq.read_table(folder / name / part.name).to_pandas()
                if rows.empty:
                    continue
                texts = pq.read_table(part, columns=["article_id", "title", "body"]).to_pandas()
                written[name] += len(rows)
                yield review_rows(name, rows, texts)

    counts = write_review(frames(), out, earlier)
    return {**written, **counts}


def check_review_out(out) -> bool:
    """Whether ``out`` is a review file to keep the decisions of (False: a new file); a
    ParameterError when it exists and is no review file (it is never overwritten)."""
    from ..params import ParameterError
    from .review_file import _decided_rows

    out = Path(out)
    if out.is_dir() or not out.parent.is_dir():
        raise ParameterError(f"--out {str(out)!r} is not a file in an existing folder; "
                             "allowed values: a file name such as review.csv")
    if not out.exists():
        return False
    try:
        _decided_rows(out)
    except (OSError, ValueError, UnicodeDecodeError) as error:
        raise ParameterError(f"--out {str(out)!r} exists and cannot be read as a review file "
                             f"({error}); allowed values: a new file or a review file to "
                             "keep the decisions of") from None
    return True
