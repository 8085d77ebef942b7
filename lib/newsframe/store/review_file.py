"""The review file: an analyst's decisions on the machine's claims and attributed statements,
as a CSV that opens in a spreadsheet and in pandas.

One row per claim (``table`` = ``claims``) and per attributed statement (``attributions``):
the row's stable ``key`` (:mod:`newsframe.annotate.keys`), the words it stands on, the
machine's values under the table's own column names (:data:`newsframe.schema.REVIEW_FIELDS`),
how the speaker was found (``attribution_basis``), the empty decision columns ``decision``
(``confirm`` | ``correct`` | ``reject``), ``reviewer`` and ``note``, the sentence for context
and ``machine_hash`` (a fingerprint of the machine's values when the file was written: do not
edit it). To correct a row, overwrite the value in its column and write ``correct``.

**Format.** UTF-8 with a byte-order mark (so Excel reads the accents of *Shin Won-sik* or
*Kémi* right; LibreOffice and pandas read it too), comma-separated, a header line, quoted
where needed. Numbers are written with a dot as the decimal mark and no thousands
separators (``13000``, ``1.5``). A text cell a spreadsheet would run as a formula (``=``,
``+``, ``-``, ``@``, a tab or a carriage return first) is written with a leading ``'``
(:func:`newsframe.escape.spreadsheet_cell`) and read back without it. Reading accepts a file
saved again with ``;`` or tabs between cells (what a spreadsheet in an Indonesian or
European locale writes). Only the rows with a decision are kept in memory, so a file of
millions of rows is read in the memory of its decisions.

**What is checked** (each failure is a row of the ``review_problems`` table, never a stopped
build): the file (readable, UTF-8, at most :data:`newsframe.bounded.MAX_REVIEW_BYTES`, a
``table``, ``key`` and ``decision`` column), each decided row's table, key, decision and
values (a number that is not one — ``13.000`` is refused as ambiguous —, a value outside a
vocabulary, a column that is not a field of the row's table), and against ``machine_hash``:
a ``correct`` that changed nothing, a ``confirm`` with changed values, values changed with no
decision. A key decided twice: the later row wins (the earlier is listed as ``superseded``).

The file is written only by ``newsframe review`` and the reading view's explorer, and always
whole and atomically (a temporary file beside it, then ``os.replace``): a reader never sees
half a file.

>>> format_value("value", 13000.0), format_value("value", 1.5), format_value("value", None)
('13000', '1.5', '')
>>> parse_value("claims", "qualifier", "more_than")
'more_than'
>>> parse_value("claims", "value", "13.000")
Traceback (most recent call last):
...
ValueError: '13.000' is ambiguous (thirteen thousand or thirteen?): write 13000 or 13
"""

import csv
import hashlib
import io
import math
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .. import schema
from ..annotate.keys import ReviewKey, parse_key
from ..bounded import MAX_REVIEW_BYTES
from ..escape import FORMULA_STARTS, spreadsheet_cell

REVIEW_FILE = "review.csv"  # the name a corpus folder's own review file has
MAX_DECISIONS = 1_000_000  # decided rows kept in memory
MAX_TEXT = 500  # characters of a corrected text value (a claimant, an item)
CONTEXT_CHARS = 1000  # characters of the sentence written for context
ENCODING = "utf-8-sig"
DECISION_COLUMNS = ("decision", "reviewer", "note")
# every field of every reviewed table, once, in the order of the tables
FIELDS = tuple(dict.fromkeys(f for fields in schema.REVIEW_FIELDS.values() for f in fields))
COLUMNS = ("table", "key", "outlet", "published", "words", *FIELDS, "attribution_basis",
           *DECISION_COLUMNS, "sentence", "machine_hash")
CONTEXT = ("outlet", "published", "words", "attribution_basis", "sentence")
DECISIONS = {"confirm": "confirmed", "correct": "corrected", "reject": "rejected"}
_TYPED = re.compile(r"[a-z][a-z_]*")  # claimant_type, source_type: actors.csv types
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class ReviewFileError(ValueError):
    """A review file that cannot be written (the reason names the file)."""


@dataclass
class Decision:
    """One decided row of a review file."""

    line: int
    table: str
    key: str
    parsed: ReviewKey
    decision: str  # confirm | correct | reject
    reviewer: str = ""
    note: str = ""
    values: dict = field(default_factory=dict)  # field -> value, the fields the file holds
    machine_hash: str = ""

    def problem(self, reason: str, detail: str, field_name: str = "", value="") -> dict:
        """A row of the ``review_problems`` table about this decision."""
        return problem_row(self.line, self.table, self.key, reason, detail,
                           article_id=self.parsed.article_id, decision=self.decision,
                           reviewer=self.reviewer, field=field_name, value=value)


@dataclass
class ReviewFile:
    """A review file as read: its ``decisions`` (one per table and key, the last row's),
    the ``problems`` of its rows, its ``sha256`` and number of ``rows``."""

    path: str
    sha256: str = ""
    rows: int = 0
    decisions: list = field(default_factory=list)
    problems: list = field(default_factory=list)

    def record(self) -> dict:
        """What ``tables.json`` says of it."""
        return {"path": self.path, "sha256": self.sha256, "rows": self.rows,
                "decisions": len(self.decisions)}


def problem_row(line: int, table: str, key: str, reason: str, detail: str, **values) -> dict:
    """One row of the ``review_problems`` table (the columns of :mod:`newsframe.schema`)."""
    row = {column: "" for column in schema.columns("review_problems")}
    row.update(line=int(line), table=str(table)[:80], key=str(key)[:300], reason=reason,
               detail=detail)
    row.update({name: str(value)[:300] for name, value in values.items()})
    return row


def problems_table(rows: list[dict]) -> pd.DataFrame:
    """The ``review_problems`` table of ``rows`` (:func:`problem_row`), in file order."""
    if not rows:
        return schema.empty("review_problems")
    table = pd.DataFrame(rows, columns=schema.columns("review_problems"))
    return schema.conform("review_problems", table.sort_values("line", kind="stable"))


def _kind(field_name: str) -> str:
    for table in schema.REVIEW_FIELDS:
        kinds = schema.dtypes(table)
        if field_name in kinds:
            return kinds[field_name]
    return "str"


def format_value(field_name: str, value) -> str:
    """A field's value as the review file writes it (and as ``machine_hash`` hashes it):
    numbers without a thousands separator or a needless ``.0``, missing values empty, text
    with its whitespace collapsed."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    kind = _kind(field_name)
    if kind == "float64":
        number = float(value)
        return str(int(number)) if number.is_integer() and abs(number) < 1e18 else repr(number)
    if kind == "Int64":
        return str(int(value))
    return " ".join(str(value).split())


_PLAIN = re.compile(r"\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _vocabulary(table: str, field_name: str):
    column = next(c for c in schema.TABLES[table] if c.name == field_name)
    vocabulary = column.vocabulary() if callable(column.vocabulary) else column.vocabulary
    return vocabulary, column.pattern


def parse_value(table: str, field_name: str, text: str):
    """The value of ``field_name`` of ``table`` written as ``text`` in a review file; a
    ValueError says what is wrong with it.

    >>> parse_value("claims", "value", "1e6"), parse_value("claims", "caliber_mm", "")
    (1000000.0, <NA>)
    >>> parse_value("attributions", "verb_class", "sure")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: 'sure' is not one of neutral, booster, distancing, denial
    """
    kind = _kind(field_name)
    text = " ".join(str(text).split())
    if kind == "float64":
        if text == "":
            return float("nan")
        if _GROUPED.fullmatch(text):
            whole, _, rest = text.partition(".")
            raise ValueError(f"{text!r} is ambiguous (thirteen thousand or thirteen?): write "
                             f"{text.replace('.', '')} or {whole}" if rest.count(".") == 0
                             else f"{text!r} is ambiguous: write {text.replace('.', '')}")
        if not _PLAIN.fullmatch(text) or not math.isfinite(float(text)):
            raise ValueError(f"{text!r} is not a number (digits, a dot as the decimal mark, no "
                             "thousands separator: 13000 or 1.5)")
        return float(text)
    if kind == "Int64":
        if text == "":
            return pd.NA
        if not re.fullmatch(r"\d{1,6}", text):
            raise ValueError(f"{text!r} is not a whole number")
        return int(text)
    if len(text) > MAX_TEXT or _CONTROL.search(text):
        raise ValueError(f"{text[:40]!r}… is longer than {MAX_TEXT} characters" if
                         len(text) > MAX_TEXT else f"{text!r} holds control characters")
    vocabulary, pattern = _vocabulary(table, field_name)
    if vocabulary is not None:
        if text not in vocabulary:
            allowed = ", ".join(vocabulary) if len(vocabulary) < 20 else \
                f"{', '.join(vocabulary[:8])} … ({len(vocabulary)} values, docs/tables/)"
            raise ValueError(f"{text!r} is not one of {allowed}")
    elif pattern is not None and not re.fullmatch(pattern, text):
        raise ValueError(f"{text!r} is not a lower-case word ({pattern})")
    elif field_name.endswith("_type") and text and not _TYPED.fullmatch(text):
        raise ValueError(f"{text!r} is not an actor type of data/lexicons/actors.csv "
                         "(lower case, underscores: us_government)")
    return text


def values_hash(table: str, texts: dict) -> str:
    """The fingerprint of a row's values (``field`` -> text as :func:`format_value` writes
    it; a field missing counts as empty).

    >>> values_hash("claims", {"value": "1000"}) == values_hash("claims", {"value": "1000",
    ...                                                                    "unit": ""})
    True
    """
    joined = "\x1f".join(f"{f}={texts.get(f, '')}" for f in schema.REVIEW_FIELDS[table])
    return hashlib.sha1(joined.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def machine_texts(table: str, row) -> dict:
    """The machine's values of a table row (a corrected row: its ``machine_*`` values) as
    the review file writes them."""
    corrected = str(row.get("review", "") or "") == "corrected"
    return {f: format_value(f, row.get(f"machine_{f}") if corrected else row.get(f))
            for f in schema.REVIEW_FIELDS[table]}


def _cell(text: str) -> str:
    """A cell as the reviewer meant it: the ``'`` a spreadsheet guard wrote is dropped."""
    text = text.strip()
    if text.startswith("'") and text[1:2] and text[1:2] in FORMULA_STARTS:
        return text[1:]
    return text


# --- reading --------------------------------------------------------------------------------

def _delimiter(header_line: str) -> str:
    known = set(COLUMNS)
    best = max(",;\t", key=lambda d: sum(_cell(c).strip('"') in known
                                          for c in header_line.split(d)))
    return best


def _open_lines(path: Path):
    """The file's text lines, checked: a regular file within the size bound, UTF-8."""
    size = path.stat().st_size  # FileNotFoundError when there is none
    if not path.is_file():
        raise ValueError("not a regular file")
    if size > MAX_REVIEW_BYTES:
        raise ValueError(f"{size:,} bytes; a review file holds at most {MAX_REVIEW_BYTES:,}")
    return path.open(encoding=ENCODING, newline="")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_review(path) -> ReviewFile:
    """The decisions of the review file ``path`` and the problems of its rows (see the module
    docstring); a file that cannot be read at all is one ``unreadable`` problem.

    >>> import tempfile
    >>> file = Path(tempfile.mkdtemp()) / "review.csv"
    >>> _ = file.write_text("table,key,decision,claimant\\n"
    ...     "claims,a:b0-5:0123abcd,correct,Kirby\\nclaims,a:b9-12:0123abcd,maybe,\\n",
    ...     encoding="utf-8-sig")
    >>> review = read_review(file)
    >>> [(d.line, d.decision, d.values) for d in review.decisions]
    [(2, 'correct', {'claimant': 'Kirby'})]
    >>> [(p["line"], p["reason"], p["field"]) for p in review.problems]
    [(3, 'bad_value', 'decision')]
    """
    path = Path(path)
    review = ReviewFile(str(path.resolve()))
    try:
        with _open_lines(path) as handle:
            review.sha256 = file_sha256(path)
            first = handle.readline()
            reader = csv.reader(io.StringIO(first), delimiter=_delimiter(first))
            header = [_cell(c) for c in next(reader, [])]
            missing = [c for c in ("table", "key", "decision") if c not in header]
            if missing:
                raise ValueError(f"no column {', '.join(missing)} in the header line (a file "
                                 "written by `newsframe review init` has them)")
            rows = csv.reader(handle, delimiter=_delimiter(first))
            _read_rows(review, header, rows)
    except (OSError, ValueError, csv.Error, UnicodeDecodeError) as error:
        detail = (f"not UTF-8 text ({error.reason}); save it as CSV UTF-8"
                  if isinstance(error, UnicodeDecodeError) else
                  error.strerror if isinstance(error, OSError) and error.strerror else
                  str(error))
        review.problems.append(problem_row(0, "", "", "unreadable", f"{path}: {detail}"))
    return review


def _read_rows(review: ReviewFile, header: list[str], rows) -> None:
    unknown = {name for name in header if name not in COLUMNS}
    latest: dict[tuple, Decision] = {}
    for line, cells in enumerate(rows, start=2):
        review.rows += 1
        if not any(c.strip() for c in cells):
            continue
        row = dict(zip(header, (_cell(c) for c in cells), strict=False))
        decision = _read_row(review, row, line, unknown)
        if decision is None:
            continue
        earlier = latest.get((decision.table, decision.key))
        if earlier is not None:
            review.problems.append(earlier.problem(
                "superseded", f"line {line} decides the same key again; that later "
                              "decision is applied"))
        latest[(decision.table, decision.key)] = decision
        if len(latest) > MAX_DECISIONS:
            raise ValueError(f"more than {MAX_DECISIONS:,} decisions (line {line}); the "
                             "rest of the file is not read")
    review.decisions = sorted(latest.values(), key=lambda d: d.line)


def _read_row(review: ReviewFile, row: dict, line: int, unknown: set) -> Decision | None:
    """The decision of one row, or None (undecided, or a problem recorded)."""
    table, key = row.get("table", ""), row.get("key", "")
    word = row.get("decision", "").lower()
    word = {state: decision for decision, state in DECISIONS.items()}.get(word, word)
    reviewer, note = row.get("reviewer", "")[:200], row.get("note", "")[:1000]
    report = review.problems.append
    if table not in schema.REVIEW_FIELDS:
        if word:
            report(problem_row(line, table, key, "unknown_table",
                               f"table {table!r}; allowed values: "
                               f"{', '.join(schema.REVIEW_FIELDS)}", decision=word))
        return None
    parsed = parse_key(key)
    if parsed is None:
        if word:
            report(problem_row(line, table, key, "bad_key",
                               "not a key written by `newsframe review init` (article id:"
                               "b|t start-end:fingerprint)", decision=word))
        return None
    decision = Decision(line, table, key, parsed, word, reviewer, note,
                        machine_hash=row.get("machine_hash", ""))
    if word and word not in DECISIONS:
        report(decision.problem("bad_value", f"{word!r} is not a decision; allowed values: "
                                             f"{', '.join(DECISIONS)}", "decision", word))
        return None
    fields = schema.REVIEW_FIELDS[table]
    values, texts, bad = {}, {}, []
    for name, text in row.items():
        if name in fields:
            try:
                values[name] = parse_value(table, name, text)
                texts[name] = format_value(name, values[name])
            except ValueError as error:
                bad.append((name, text, str(error)))
        elif text and (name in unknown or name in FIELDS):
            where = "a column newsframe does not know" if name in unknown else \
                f"not a field of {table}"
            bad.append((name, text, f"{name!r} is {where}"))
    if not word:  # undecided: a problem only when values were visibly edited
        if not bad and decision.machine_hash and values_hash(table, texts) != \
                decision.machine_hash and set(texts) >= set(fields):
            report(decision.problem("no_decision", "values differ from the machine's but "
                                                   "the row has no decision (write correct)"))
        return None
    if word != "reject":
        for name, text, detail in bad:
            reason = "bad_value" if name in fields else "unknown_field"
            report(decision.problem(reason, detail, name, text))
        if bad:
            return None
        decision.values = values
        if decision.machine_hash and set(texts) >= set(fields):
            edited = values_hash(table, texts) != decision.machine_hash
            if word == "correct" and not edited:
                report(decision.problem("no_change", "correct, but every value is the "
                                                     "machine's: overwrite the wrong value"))
                return None
            if word == "confirm" and edited:
                report(decision.problem("confirm_with_changes", "confirm, but values were "
                                        "changed: write correct to correct them"))
                return None
    return decision


# --- writing --------------------------------------------------------------------------------

def review_rows(table: str, rows: pd.DataFrame, texts: pd.DataFrame | None = None
                ) -> pd.DataFrame:
    """The review-file rows of some rows of a reviewed ``table`` (claims or attributions as
    stored): the machine's values, or — for a row an applied review decided — the reviewed
    values with the decision, so a file written from reviewed tables gives the same review.
    ``texts`` (``article_id, title, body``) gives the words; without it they are left out.
    """
    fields = schema.REVIEW_FIELDS[table]
    out = pd.DataFrame({"table": table, "key": rows["key"]}, index=rows.index)
    out["outlet"] = rows.get("outlet", "")
    out["published"] = rows.get("published", "")
    out["words"] = _words(rows, texts) if texts is not None else ""
    records = rows.to_dict("records")
    for name in fields:
        out[name] = [format_value(name, value) for value in rows[name]]
    out["attribution_basis"] = rows["attribution_basis"]
    states = {state: decision for decision, state in DECISIONS.items()}
    out["decision"] = [states.get(r.get("review") or "", "") for r in records]
    out["reviewer"] = rows.get("reviewer", "")
    out["note"] = rows.get("review_note", "")
    out["sentence"] = [_short(s) for s in rows["sentence"]]
    out["machine_hash"] = [values_hash(table, machine_texts(table, r)) for r in records]
    return out.reindex(columns=list(COLUMNS), fill_value="").fillna("")


def _short(text, limit: int = CONTEXT_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _words(rows: pd.DataFrame, texts: pd.DataFrame) -> list[str]:
    by_id = texts.set_index("article_id")
    out = []
    for article_id, in_title, start, end in zip(rows["article_id"], rows["in_title"],
                                                rows["start"], rows["end"], strict=True):
        text = by_id.at[article_id, "title" if in_title else "body"] \
            if article_id in by_id.index else ""
        out.append(_short(str(text)[int(start):int(end)], 300))
    return out


def _csv_lines(frames: Iterable[pd.DataFrame], header=COLUMNS) -> Iterable[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    yield buffer.getvalue()
    for frame in frames:
        for values in frame.reindex(columns=list(header), fill_value="").itertuples(
                index=False):
            buffer.seek(0), buffer.truncate()
            writer.writerow([spreadsheet_cell("" if v is None else str(v)) for v in values])
            yield buffer.getvalue()


def write_atomically(path, chunks: Iterable[str]) -> Path:
    """Write the text ``chunks`` to ``path`` whole or not at all: into a temporary file in
    the same folder, flushed to disk, then moved over ``path`` (``os.replace``)."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("w", encoding=ENCODING, newline="") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path


def write_review(frames: Iterable[pd.DataFrame], out, earlier: Path | None = None) -> dict:
    """Write the review rows ``frames`` (:func:`review_rows`) to ``out`` atomically; with
    ``earlier`` (the file ``out`` was, when it held decisions) keep every decision: a
    decided row whose key and machine values are still those of a new row keeps its
    decision and values; a decided row whose machine values changed is kept right after the
    new row (applying it reports ``machine_changed`` until one of the two is removed); a
    decided row whose key is gone is kept at the end. Returns counts of what was done."""
    kept_rows = _decided_rows(earlier) if earlier is not None else {}
    counts = {"rows": 0, "kept": 0, "changed": 0, "gone": 0}
    used: set = set()

    def merged():
        for frame in frames:
            rows = []
            for row in frame.to_dict("records"):
                counts["rows"] += 1
                old = kept_rows.get((row["table"], row["key"]))
                if old is None:
                    rows.append(row)
                    continue
                used.add((row["table"], row["key"]))
                if old.get("machine_hash") == row["machine_hash"]:
                    counts["kept"] += 1
                    rows.append({**row, **{c: old.get(c, "") for c in (
                        *schema.REVIEW_FIELDS[row["table"]], *DECISION_COLUMNS)}})
                else:
                    counts["changed"] += 1
                    rows += [row, {**old, "table": row["table"]}]
            yield pd.DataFrame(rows, columns=list(COLUMNS))
        gone = [row for key, row in kept_rows.items() if key not in used]
        counts["gone"] = len(gone)
        yield pd.DataFrame(gone, columns=list(COLUMNS))

    write_atomically(out, _csv_lines(merged()))
    return counts


def _decided_rows(path: Path) -> dict:
    """The decided rows of an existing review file as written, by (table, key)."""
    rows = {}
    with _open_lines(path) as handle:
        first = handle.readline()
        delimiter = _delimiter(first)
        header = [_cell(c) for c in next(csv.reader(io.StringIO(first), delimiter=delimiter),
                                         [])]
        for cells in csv.reader(handle, delimiter=delimiter):
            row = dict(zip(header, (_cell(c) for c in cells), strict=False))
            if row.get("decision"):
                rows[(row.get("table", ""), row.get("key", ""))] = row
    return rows


def append_decision(path, row: dict) -> Path:
    """Append one decided row (review-file columns -> text) to the review file ``path``,
    atomically: the file is written again whole with the row at its end (or made, with its
    header, if missing), so a later decision on the same key supersedes an earlier one.

    >>> import tempfile
    >>> file = Path(tempfile.mkdtemp()) / "review.csv"
    >>> _ = append_decision(file, {"table": "claims", "key": "a:b0-5:0123abcd",
    ...                            "decision": "reject", "reviewer": "=ana"})
    >>> [d.reviewer for d in read_review(file).decisions]
    ['=ana']
    """
    path = Path(path)
    header, body = list(COLUMNS), ""
    if path.exists():
        with _open_lines(path) as handle:
            first = handle.readline()
            body = first + handle.read()
        delimiter = _delimiter(first)
        header = [_cell(c) for c in next(csv.reader(io.StringIO(first), delimiter=delimiter))]
        body = body if body.endswith(("\n", "\r")) else body + "\r\n"
        lacking = [name for name, value in row.items() if value and name not in header]
        if lacking:
            raise ReviewFileError(f"{path} has no column {', '.join(lacking)}; add it or "
                                  "write the decision by hand")
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerow(
            [spreadsheet_cell(str(row.get(name, "") or "")) for name in header])
        return write_atomically(path, [body, buffer.getvalue()])
    return write_atomically(path, _csv_lines([pd.DataFrame([row])]))
