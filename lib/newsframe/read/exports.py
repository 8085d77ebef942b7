"""Records of exports: CSV, JSON Lines and JSON, read record by record.

Media Cloud story CSVs (``id, indexed_date, language, media_name, media_url, publish_date,
title, url`` with or without ``text``) and news-please JSON (``maintext``, ``date_publish``,
``source_domain``, ``authors``…; one article per file or one per line) are understood through
data/lexicons/export_columns.csv, which lists, per field, the columns that may hold it (the
first one with a value wins). Any other export goes through a column mapping:
``{"text": "isi", "published": "tanggal"}`` (``--columns text=isi,published=tanggal``).

A record that cannot be parsed (a CSV line with too many fields, a JSON line cut off, a JSON
record nested deeper than :data:`newsframe.bounded.MAX_JSON_DEPTH` levels) is a record with
``error`` set to the parser's message; the records around it are kept. JSON
Lines are split on ``\\n`` only: a U+2028 or U+0085 inside a record is text.

>>> records, warnings = read_records("x.jsonl", b'{"maintext": "Isi."}\\n{bad\\n')
>>> [(r.number, r.fields.get("text"), bool(r.error)) for r in records]
[(1, 'Isi.', False), (2, None, True)]
"""

import csv
import io
import json
import re
from dataclasses import dataclass, field

from .. import lexicons
from ..bounded import MAX_JSON_DEPTH, json_depth
from .files import MAX_FILE_BYTES, CorpusError, decode

FIELDS = ("id", "text", "title", "outlet", "url", "published", "author")
_MISSING = {"", "none", "null", "nan", "nat", "n/a"}  # news-please writes str(None)
csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))


class NotArticles(Exception):
    """A CSV or JSON file that holds no articles (no text column, nor a title and a url:
    gold tables, reference lists); it is listed as skipped."""


class ColumnsError(CorpusError):
    """A column mapping that names an unknown field or is not ``field=column``."""


@dataclass
class Record:
    """One record: its number (the CSV record or the JSON line), the fields found, where
    each came from (``column``), and the parser's message if it could not be read."""

    number: int
    fields: dict = field(default_factory=dict)
    columns: dict = field(default_factory=dict)
    error: str = ""


def parse_columns(spec) -> dict[str, str]:
    """A column mapping from ``"text=maintext,published=date_publish"`` (or a dict, or a
    list of such strings); an unknown field raises :class:`ColumnsError` naming the allowed
    ones.

    >>> parse_columns("text=isi, published=tanggal")
    {'text': 'isi', 'published': 'tanggal'}
    """
    if not spec:
        return {}
    if isinstance(spec, dict):
        pairs = list(spec.items())
    else:
        parts = [spec] if isinstance(spec, str) else list(spec)
        pairs = []
        for item in ",".join(parts).split(","):
            if not item.strip():
                continue
            if "=" not in item:
                raise ColumnsError(f"column mapping {item.strip()!r} is not FIELD=COLUMN; "
                                   f"allowed fields: {', '.join(FIELDS)}")
            name, column = item.split("=", 1)
            pairs.append((name.strip(), column.strip()))
    for name, column in pairs:
        if name not in FIELDS or not column:
            raise ColumnsError(f"column mapping {name!r}={column!r}: unknown field or empty "
                               f"column; allowed fields: {', '.join(FIELDS)}")
    return dict(pairs)


@lexicons.cached()
def _aliases() -> dict[str, list[str]]:
    table = lexicons.load("export_columns")
    out: dict[str, list[str]] = {name: [] for name in FIELDS}
    for name, column in zip(table["field"], table["column"], strict=True):
        out[name].append(column)
    return out


def _value(value) -> str | None:
    if isinstance(value, list):
        items = [_value(item) for item in value]
        value = ", ".join(item for item in items if item)
    elif isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    return None if text.lower() in _MISSING else text


def fields_of(record: dict, columns: dict[str, str]) -> tuple[dict, dict]:
    """(field -> value, field -> column it came from) of one parsed record: the mapped
    column first, then the columns of data/lexicons/export_columns.csv (so one mapping
    serves a folder of exports of several kinds)."""
    values, sources = {}, {}
    aliases = _aliases()
    for name in FIELDS:
        candidates = [columns[name], *aliases[name]] if name in columns else aliases[name]
        for column in candidates:
            found = _value(record.get(column))
            if found:
                values[name], sources[name] = found, column
                break
    return values, sources


def holds_articles(keys, columns: dict) -> bool:
    """Do records with these column names hold articles: a text column, or a title and a
    url (a Media Cloud export without text)?

    >>> holds_articles(["id", "title", "url"], {}), holds_articles(["article_id", "value"], {})
    (True, False)
    """
    keys, aliases = set(keys), _aliases()

    def has(name):
        return bool(keys & {*aliases[name], *([columns[name]] if name in columns else [])})

    return has("text") or has("title") and has("url")


def read_records(name: str, raw: bytes, columns: dict | None = None
                 ) -> tuple[list[Record], list[str]]:
    """The records of the export ``name`` (its suffix says the format) held in ``raw``, and
    the warning codes of the file as a whole (its decoding). Raises :class:`NotArticles`
    for a file whose columns hold no articles."""
    columns = columns or {}
    lower = name.lower()
    if lower.endswith(".csv"):
        text, warnings = decode(raw)
        return _csv_records(text, columns), warnings
    if lower.endswith(".json"):
        text, warnings = decode(raw)
        try:
            value = json.loads(text)
        except json.JSONDecodeError as error:
            if error.msg != "Extra data":
                return [Record(1, error=f"not JSON: {error}")], warnings
            return _jsonl_records(raw, columns)  # one object per line, named .json
        except RecursionError:  # a record too deep for the decoder: read them one by one
            value = list(_array_items(text))
        items = value if isinstance(value, list) else [value]
        _check_keys([key for item in items[:100] if isinstance(item, dict) for key in item],
                    columns)
        return [_record(number, item, columns)
                for number, item in enumerate(items, start=1)], warnings
    return _jsonl_records(raw, columns)


def _check_keys(keys, columns: dict) -> None:
    if keys and not holds_articles(keys, columns):
        raise NotArticles("no text column, nor a title and a url: not an export of articles")


def _array_items(text: str):
    """The records of a JSON array one by one, each decoded on its own (a record nested too
    deeply becomes a :class:`TooDeep` in its place); the whole text as one item when it is
    not an array."""
    start = len(text) - len(text.lstrip())
    if not text.startswith("[", start):
        yield TooDeep()
        return
    depth, begin = 0, None
    for token in _TOKENS.finditer(text, start):
        mark = token.group()
        if mark[0] == '"':
            continue
        if mark in "[{":
            depth += 1
            if depth == 2 and begin is None:
                begin = token.start()
        elif mark in "]}":
            depth -= 1
            if depth == 1 and begin is not None:
                yield _decode_item(text[begin:token.end()])
                begin = None
        elif depth == 1 and begin is None and mark.strip(", \t\r\n"):
            yield _decode_item(mark.strip(", \t\r\n"))  # a scalar record
        if depth == 0:
            return


_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]|[^"\[\]{}]+')


class TooDeep:
    """A JSON record nested deeper than :data:`newsframe.bounded.MAX_JSON_DEPTH`."""


def _decode_item(text: str):
    try:
        return json.loads(text)
    except (RecursionError, json.JSONDecodeError):
        return TooDeep()


def _record(number: int, item, columns: dict) -> Record:
    if isinstance(item, TooDeep) or json_depth(item) > MAX_JSON_DEPTH:
        return Record(number, error=f"record {number}: nested deeper than {MAX_JSON_DEPTH} "
                                    "levels (not read)")
    if not isinstance(item, dict):
        return Record(number, error=f"record {number}: a JSON {type(item).__name__}, not an "
                                    "object")
    values, sources = fields_of(item, columns)
    return Record(number, values, sources)


def _jsonl_records(raw: bytes, columns: dict) -> tuple[list[Record], list[str]]:
    records, warnings, keys = [], [], set()
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        text, codes = decode(line.rstrip(b"\r"))
        warnings += [code for code in codes if code not in warnings]
        try:
            item = json.loads(text)
        except json.JSONDecodeError as error:
            records.append(Record(number, error=f"line {number}: not JSON: {error}"))
            continue
        except RecursionError:
            item = TooDeep()
        records.append(_record(number, item, columns))
        if len(records) <= 100 and isinstance(item, dict):
            keys.update(item)
    _check_keys(keys, columns)
    return records, warnings


def _csv_records(text: str, columns: dict) -> list[Record]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [column.strip() for column in next(reader)]
    except StopIteration:
        return []
    except csv.Error as error:
        return [Record(1, error=f"header: {error}")]
    _check_keys(header, columns)
    records, number = [], 0
    while True:
        start = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            number += 1
            records.append(Record(number, error=f"line {start}: {error}"))
            continue
        if not values or not any(v.strip() for v in values):
            continue
        number += 1
        if len(values) != len(header):
            records.append(Record(number, error=f"line {start}: {len(values)} fields, the "
                                                f"header has {len(header)}"))
            continue
        found, sources = fields_of(dict(zip(header, values, strict=True)), columns)
        records.append(Record(number, found, sources))
    return records
