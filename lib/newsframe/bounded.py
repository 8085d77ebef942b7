"""Inputs read within bounds: no file, record or table can make newsframe run out of memory
or stack, and what is refused is named with its file (and field).

- **YAML** (a story pack's ``story.yaml``): at most :data:`MAX_YAML_BYTES`; read as YAML 1.2
  core (``true``/``false`` the only booleans, dates stay text) after a scan that refuses
  anchors, aliases and tags (a few hundred bytes of nested aliases would otherwise grow
  into gigabytes) and nesting deeper than :data:`MAX_NESTING`.
- **JSON**: nesting deeper than :data:`MAX_JSON_DEPTH` is refused (:func:`json_depth`,
  without recursion), and a document too deep for Python's decoder is one error, not a
  ``RecursionError`` of the whole load.
- **Parquet parts** (:func:`check_parquet_part`): rows and decompressed size from the footer,
  then the decoded size of every text column measured on its dictionary-encoded form (a
  part of a few kilobytes can repeat one long text millions of times), before any table
  is read whole.

>>> load_yaml("a: &x [1, 2]\\nb: *x\\n", "story.yaml")
Traceback (most recent call last):
...
newsframe.bounded.BoundError: story.yaml: an anchor or alias (&x / *x) is not allowed (line 1)
>>> json_depth({"a": [1, {"b": []}]})
4
"""

import json
import os
from contextlib import contextmanager
from pathlib import Path

MAX_YAML_BYTES = 1 << 20  # a story.yaml: the seed story's is 5 KB
MAX_TABLE_BYTES = 64 << 20  # a story pack's statements CSV, a tables.json
MAX_REVIEW_BYTES = 256 << 20  # an analyst's review file (read as a stream: its decisions only)
MAX_NESTING = 20  # YAML levels (a story pack uses 4)
MAX_JSON_DEPTH = 64  # JSON levels in one record (exports and JSON-LD use 2-5)
MAX_PART_ROWS = 5_000_000  # rows in one Parquet part (one partition of 500 articles)
MAX_PART_BYTES = 1 << 30  # decompressed bytes in one Parquet part
MAX_PART_DECODED = 512 << 20  # bytes of text one Parquet part holds once decoded


CHECKED_ENV = "NEWSFRAME_CHECKED_TABLES"  # tables a report build checked, for its notebooks
EVIDENCE_ENV = "NEWSFRAME_EVIDENCE_GUARDED"  # tables a report build wrote, evidence guarded


class BoundError(ValueError):
    """An input outside its bounds; the message names it and the bound."""


def read_inside(path, root, limit: int) -> bytes:
    """The bytes of the regular file ``path``, which must lie inside the folder ``root``
    once links are resolved (as a corpus's files must: :mod:`newsframe.read.files`), and
    hold at most ``limit`` bytes. Raises :class:`BoundError` naming the file otherwise.

    >>> from newsframe import paths
    >>> len(read_inside(paths.SEEDS / "SHA256SUMS", paths.SEEDS, 4096)) > 0
    True
    >>> read_inside("/etc/hostname", paths.SEEDS, 4096)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsframe.bounded.BoundError: /etc/hostname: outside the folder ...
    """
    from .read.files import BlockedFile, read_file

    real = Path(os.path.realpath(path))
    if not real.is_relative_to(os.path.realpath(root)):
        raise BoundError(f"{path}: outside the folder {root} (a link pointing out of it is "
                         "not followed)")
    try:
        raw = read_file(os.fsencode(real), limit)
    except BlockedFile as blocked:
        raise BoundError(f"{path}: {blocked}") from None
    return raw


def load_yaml(text: str, source: str):
    """The YAML document ``text`` (from the file ``source``), within the bounds of the module
    docstring; raises :class:`BoundError` naming ``source`` and the line.

    >>> load_yaml("title: Banjir\\nwhen: 2024-01-02\\nok: yes\\n", "story.yaml")
    {'title': 'Banjir', 'when': '2024-01-02', 'ok': 'yes'}
    """
    import yaml

    from .params import _plain_yaml_loader

    if len(text.encode("utf-8", "surrogatepass")) > MAX_YAML_BYTES:
        raise BoundError(f"{source}: larger than {MAX_YAML_BYTES:,} bytes")
    depth = 0
    opening = (yaml.BlockMappingStartToken, yaml.BlockSequenceStartToken,
               yaml.FlowMappingStartToken, yaml.FlowSequenceStartToken)
    closing = (yaml.BlockEndToken, yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):  # a scanner: no recursion
            line = token.start_mark.line + 1
            if isinstance(token, yaml.AnchorToken | yaml.AliasToken):
                raise BoundError(f"{source}: an anchor or alias (&x / *x) is not allowed "
                                 f"(line {line})")
            if isinstance(token, yaml.TagToken):
                raise BoundError(f"{source}: a tag (!!x) is not allowed (line {line})")
            depth += isinstance(token, opening) - isinstance(token, closing)
            if depth > MAX_NESTING:
                raise BoundError(f"{source}: nested deeper than {MAX_NESTING} levels "
                                 f"(line {line})")
        loader_class, _ = _plain_yaml_loader()
        return yaml.load(text, Loader=loader_class)  # noqa: S506 - the plain, safe loader
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        at = f" (line {where.line + 1}, column {where.column + 1})" if where else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise BoundError(f"{source}: not valid YAML{at}: {problem}") from None
    except (ValueError, OverflowError, RecursionError) as error:
        if isinstance(error, BoundError):
            raise
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise BoundError(f"{source}: a value cannot be read ({detail[:120]})") from None


def json_depth(value) -> int:
    """How deeply ``value`` (decoded JSON) nests lists and objects, counted without recursion.

    >>> json_depth("x"), json_depth([]), json_depth([[[]]])
    (0, 1, 3)
    """
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        if level > MAX_JSON_DEPTH:  # deep enough to refuse: no need to walk further
            return deepest
        stack.extend((child, level + 1) for child in children)
    return deepest


def load_json(text: str, source: str, max_depth: int = MAX_JSON_DEPTH):
    """``text`` decoded as JSON, at most ``max_depth`` levels deep; else :class:`BoundError`
    naming ``source`` (a ``json.JSONDecodeError`` for text that is no JSON).

    >>> load_json("[" * 100 + "]" * 100, "x.json")
    Traceback (most recent call last):
    ...
    newsframe.bounded.BoundError: x.json: nested deeper than 64 levels
    """
    try:
        value = json.loads(text)
    except RecursionError:
        raise BoundError(f"{source}: nested deeper than {max_depth} levels") from None
    if json_depth(value) > max_depth:
        raise BoundError(f"{source}: nested deeper than {max_depth} levels")
    return value


def check_parquet_part(path) -> int:
    """The rows of the Parquet file ``path`` once it is found within bounds: at most
    :data:`MAX_PART_ROWS` rows and :data:`MAX_PART_BYTES` decompressed (from its footer),
    and at most :data:`MAX_PART_DECODED` bytes of text once decoded (measured column by
    column on the dictionary-encoded form, which stays as small as the file). Raises
    :class:`BoundError` (a ``ValueError``, as pyarrow's errors for a damaged file are)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    metadata = pq.read_metadata(path)
    if metadata.num_rows > MAX_PART_ROWS:
        raise BoundError(f"{metadata.num_rows:,} rows, more than the {MAX_PART_ROWS:,} one "
                         "part may hold")
    stored = sum(metadata.row_group(g).column(c).total_uncompressed_size
                 for g in range(metadata.num_row_groups) for c in range(metadata.num_columns))
    if stored > MAX_PART_BYTES:
        raise BoundError(f"{stored:,} bytes decompressed, more than the {MAX_PART_BYTES:,} "
                         "one part may hold")
    schema = metadata.schema.to_arrow_schema()
    texts = [f.name for f in schema if pa.types.is_string(f.type) or
             pa.types.is_large_string(f.type) or pa.types.is_binary(f.type) or
             pa.types.is_large_binary(f.type)]
    if not texts:
        return metadata.num_rows
    decoded = 0
    part = pq.ParquetFile(path, read_dictionary=texts)
    for group in range(metadata.num_row_groups):
        for name in texts:  # one column of one row group at a time
            column = part.read_row_group(group, columns=[name]).column(0)
            for chunk in column.chunks:
                if pa.types.is_dictionary(chunk.type):
                    lengths = pc.binary_length(chunk.dictionary)
                    decoded += pc.sum(pc.take(lengths, chunk.indices)).as_py() or 0
                else:
                    decoded += chunk.nbytes
            if decoded > MAX_PART_DECODED:
                raise BoundError(f"its text decodes to more than {MAX_PART_DECODED:,} bytes "
                                 f"(column {name!r})")
    return metadata.num_rows


def folder_fingerprint(folder) -> str:
    """What a tables folder holds, cheaply: its ``tables.json`` and every file's name, size,
    modification time and inode (a file changed since is another fingerprint)."""
    import hashlib

    folder = Path(folder).resolve()
    digest = hashlib.sha256()
    info = folder / "tables.json"
    if info.is_file():
        digest.update(info.read_bytes()[:MAX_TABLE_BYTES])
    for path in sorted(folder.rglob("*.parquet")):
        found = path.stat()
        digest.update(f"{path.relative_to(folder)}|{found.st_size}|{found.st_mtime_ns}|"
                      f"{found.st_ino}\n".encode("utf-8", "surrogateescape"))
    return f"{folder}|{digest.hexdigest()}"


@contextmanager
def marked_checked(folder, evidence: bool = False):
    """While in this block, this process's environment (which the notebooks' kernels
    inherit) says that the tables in ``folder`` were checked whole as they are now — the
    notebooks of a report build then check their footers only — and, with ``evidence``,
    that every row carries its evidence (the build wrote them, leaving out the rows that
    did not: :func:`newsframe.annotate.tables.guard_evidence`), so the notebooks need not
    read the texts to check them again (:func:`evidence_guarded`)."""
    names = (CHECKED_ENV, EVIDENCE_ENV)
    before = {name: os.environ.get(name) for name in names}
    fingerprint = folder_fingerprint(folder)
    os.environ[CHECKED_ENV] = fingerprint
    if evidence:
        os.environ[EVIDENCE_ENV] = fingerprint
    else:
        os.environ.pop(EVIDENCE_ENV, None)
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def already_checked(folder) -> bool:
    """Were the tables in ``folder`` checked whole by the report build this process belongs
    to, and are they unchanged since (:func:`marked_checked`)?"""
    return os.environ.get(CHECKED_ENV) == folder_fingerprint(folder)


def evidence_guarded(folder) -> bool:
    """Were the tables in ``folder`` written by the report build this process belongs to,
    with every row's evidence checked, and are they unchanged since
    (:func:`marked_checked` with ``evidence``)?"""
    return os.environ.get(EVIDENCE_ENV) == folder_fingerprint(folder)
