"""What a corpus holds before anything is read: one planned row per article file or export
record, with the manifest's overrides and the files that are no articles.

A corpus root is a folder (searched recursively, :mod:`.files`: never leaving the root), an
article file or an export (:mod:`.exports`); a ``manifest.csv`` supplies or overrides ``url``,
``outlet``, ``published``, ``title`` and ``author`` per article; a text-less export record
whose URL is a saved page's lends that page its fields. Repeated ids get ``~2``, ``~3`` ….

>>> plan = plan_corpus(paths.SEEDS)
>>> len(plan.rows), plan.skipped
(5, [])
"""

import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .. import paths
from . import exports, files, urls


@dataclass
class Row:
    article_id: str
    path: str
    fs_path: bytes = b""  # the file to read (b"" for records and rows not read)
    source_file: str = ""  # the file's name below its corpus root (files.safe_text)
    raw: bytes = b""
    text: str | None = None  # for records (CSV/JSONL) the text is given
    meta: dict = field(default_factory=dict)  # field -> value given by a record
    meta_from: dict = field(default_factory=dict)  # field -> evidence of that value
    warnings: list[str] = field(default_factory=list)
    error: bool = False
    error_detail: str = ""


CorpusError = files.CorpusError


def _blocked(article_id: str, path: str, source_file: str, code: str, detail: str) -> Row:
    return Row(article_id, path, source_file=source_file, text="", warnings=[code],
                error=True, error_detail=detail)


def _strip_suffix(relative: bytes) -> bytes:
    head, tail = os.path.split(relative)
    stem, suffix = os.path.splitext(tail)
    known = (*files.ARTICLE_SUFFIXES, *files.EXPORT_SUFFIXES)
    return os.path.join(head, stem) if stem and suffix.decode("latin-1").lower() in known \
        else relative


def _collect(root, skipped: list[str], columns: dict) -> list[Row]:
    """The rows of one corpus root (a folder, an article file or an export)."""
    return [row for entry in files.find_files(root)
            for row in _rows_of(entry, skipped, columns)]


def _rows_of(entry: files.Entry, skipped: list[str], columns: dict) -> list[Row]:
    """The rows of one file found (none for a file that is no article: ``skipped``)."""
    source_file = files.safe_text(entry.relative)
    article_id = files.safe_text(_strip_suffix(entry.relative))
    if entry.kind == "skipped":
        skipped.append(f"{entry.path}: {entry.reason}")
        return []
    if entry.kind == "blocked":
        return [_blocked(article_id, entry.path, source_file, entry.code, entry.reason)]
    if entry.kind == "export":
        try:
            return _records(entry, article_id, source_file, columns)
        except exports.NotArticles as reason:
            skipped.append(f"{entry.path}: {reason}")
            return []
    return [Row(article_id, entry.path, entry.fs_path, source_file)]


def _records(entry, stem: str, source_file: str, columns: dict) -> list[Row]:
    """Rows from a CSV, JSON or JSONL export; a bad record is its own error row."""
    try:
        raw = files.read_file(entry.fs_path)
    except files.BlockedFile as blocked:
        return [_blocked(stem, entry.path, source_file, blocked.code, str(blocked))]
    found, file_warnings = exports.read_records(source_file, raw, columns)
    rows = []
    for record in found:
        record_id = record.fields.get("id") or f"{stem}/{record.number}"
        row = Row(files.safe_text(record_id.encode("utf-8", "surrogateescape")),
                   f"{entry.path}#{record.number}", source_file=source_file,
                   warnings=list(file_warnings))
        if record.error:
            row.error, row.text, row.error_detail = True, "", record.error
            row.warnings.append("bad_record")
        else:
            text_value = record.fields.get("text")
            row.text = text_value or ""
            if not text_value:
                row.error = True
                row.warnings.append("missing_text")
            for key, value in record.fields.items():
                if key in ("title", "outlet", "url", "published", "author"):
                    column = record.columns[key]
                    row.meta[key] = value
                    row.meta_from[key] = (f"record: {value}" if column == key
                                          else f"record {column}: {value}")
        rows.append(row)
    return rows


def _read_manifest(manifest, source) -> dict[str, dict]:
    if manifest is None and not isinstance(source, (list, tuple)) and Path(source).is_dir():
        candidate = Path(source) / "manifest.csv"
        manifest = candidate if candidate.is_file() else None
    if manifest is None:
        return {}
    if Path(manifest).is_dir():
        raise CorpusError(f"manifest {str(manifest)!r} is a folder; allowed values: a CSV file "
                          "with an 'article_id' or 'path' column")
    try:
        text, _ = files.decode(files.read_file(os.fsencode(manifest)))
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (files.BlockedFile, pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise CorpusError(f"manifest {str(manifest)!r} cannot be read: "
                          f"{' '.join(str(error).split())}; allowed values: a CSV file with "
                          "an 'article_id' or 'path' column") from None
    key = "article_id" if "article_id" in frame.columns else "path"
    if key not in frame.columns:
        raise CorpusError(f"manifest {str(manifest)!r} has columns "
                          f"{', '.join(map(str, frame.columns)) or 'none'}; it needs an "
                          "'article_id' or 'path' column (plus url, outlet, published, title)")
    out = {}
    for record in frame.to_dict("records"):
        article_id = (Path(record[key]).with_suffix("").as_posix() if key == "path"
                      else record[key])
        out[article_id] = {k: v.strip() for k, v in record.items()
                           if k in ("url", "outlet", "published", "title", "author")
                           and isinstance(v, str) and v.strip()}
    return out


@dataclass
class CorpusPlan:
    """What a corpus holds before anything is read: one row per article file or record
    (records of an export already carry their text), the manifest's overrides (and those
    of text-less export records joined to saved pages by URL), and the files that are not
    articles (``"path: why"``)."""

    rows: list
    overrides: dict
    skipped: list
    expected: int = 1  # parts to expect (plan_parts)


def plan_corpus(source=None, manifest=None, columns=None) -> CorpusPlan:
    """The articles of ``source`` (as :func:`load_corpus` takes it), not yet read: engines
    split ``rows`` into partitions and :func:`load_rows` each.

    >>> len(plan_corpus(paths.SEEDS).rows)
    5
    """
    source = paths.SEEDS if source is None else source
    roots = list(source) if isinstance(source, (list, tuple)) else [source]
    mapping = exports.parse_columns(columns) if not isinstance(columns, dict) or columns \
        else {}
    missing = [str(root) for root in roots if not os.path.exists(os.fsencode(root))]
    if missing:
        raise FileNotFoundError(f"corpus path {missing[0]!r} does not exist")
    skipped: list[str] = []
    per_root = [(root, _collect(root, skipped, mapping)) for root in roots]
    seen: dict[str, int] = {}
    for _, rows in per_root:
        for article_id in {row.article_id for row in rows}:
            seen[article_id] = seen.get(article_id, 0) + 1
    rows, overrides = [], {}
    for root, root_rows in per_root:
        found = _read_manifest(manifest, root) if manifest is None or root is roots[0] else {}
        prefix = files.safe_text(os.fsencode(os.path.basename(os.path.normpath(root))))
        for row in root_rows:
            if len(per_root) > 1 and seen[row.article_id] > 1 and os.path.isdir(root):
                if row.article_id in found:
                    found[f"{prefix}/{row.article_id}"] = found.pop(row.article_id)
                row.article_id = f"{prefix}/{row.article_id}"
            rows.append(row)
        overrides.update({key: {**value, "_origin": "manifest"}
                          for key, value in found.items()})
    _make_ids_unique(rows)
    rows = _join_by_url(rows, overrides)
    return CorpusPlan(rows, overrides, skipped)


def _make_ids_unique(rows: list) -> None:
    """A repeated id (two files sharing a stem, a repeated export id) gets ``~2``, ``~3``…
    and the warning ``duplicate_id``; the first keeps it."""
    taken = {row.article_id for row in rows}
    used: set[str] = set()
    for row in rows:
        if row.article_id not in used:
            used.add(row.article_id)
            continue
        number = 2
        while f"{row.article_id}~{number}" in taken:
            number += 1
        row.article_id = f"{row.article_id}~{number}"
        taken.add(row.article_id)
        used.add(row.article_id)
        row.warnings.append("duplicate_id")


def plan_parts(source=None, manifest=None, columns=None, size: int = 500
               ) -> Iterator[CorpusPlan]:
    """The plan of :func:`plan_corpus` in parts of ``size`` rows, the same rows in the same
    order with the same ids, overrides and skipped files (each part carries those found
    since the part before; the last part may be short, and an empty corpus is one empty
    part). One folder without exports, an archive's usual shape, is walked as the parts are
    asked for (:func:`newsframe.read.files.walk_files`): what is held is one part's rows and
    the names of the folders the walk is in, never the corpus's list. Other corpora (several
    roots, a file, exports: their records carry their texts and their ids are anyone's) are
    planned whole, then cut. ``part.expected``: how many parts to expect (counted from the
    names before the walk; exact when planned whole).

    >>> [(len(part.rows), part.expected) for part in plan_parts(paths.SEEDS, size=2)]
    [(2, 3), (2, 3), (1, 3)]
    """
    source = paths.SEEDS if source is None else source
    roots = list(source) if isinstance(source, (list, tuple)) else [source]
    size = max(1, int(size))
    survey = _survey(roots[0]) if len(roots) == 1 else None
    if survey is None or survey["exports"]:
        plan = plan_corpus(source, manifest, columns)
        cut = [plan.rows[first:first + size] for first in range(0, len(plan.rows), size)]
        for number, rows in enumerate(cut or [[]]):
            yield CorpusPlan(rows, {row.article_id: plan.overrides[row.article_id]
                                    for row in rows if row.article_id in plan.overrides},
                             plan.skipped if number == 0 else [], max(1, len(cut)))
        return
    if not isinstance(columns, dict) or columns:
        exports.parse_columns(columns)  # a bad mapping is an error, exports or not
    overrides = {key: {**value, "_origin": "manifest"}
                 for key, value in _read_manifest(manifest, roots[0]).items()}
    expected = max(1, -(-survey["articles"] // size))
    skipped: list[str] = []

    def part(rows: list) -> CorpusPlan:
        found, skipped[:] = list(skipped), []
        return CorpusPlan(rows, {row.article_id: overrides[row.article_id] for row in rows
                                 if row.article_id in overrides}, found, expected)

    rows: list = []
    for row in _walk_rows(roots[0], skipped):
        if len(rows) == size:  # a full part goes once a row follows it: the last keeps
            yield part(rows)  # the skipped files found after every row
            rows = []
        rows.append(row)
    yield part(rows)


def _survey(root) -> dict | None:
    """Of a corpus folder, without holding its list: does it hold exports, how many article
    files are there (by their names)? None for a root that is not a folder."""
    folder = os.fsencode(root)
    if not os.path.isdir(folder):
        return None
    found = {"exports": False, "articles": 0}
    pending = [folder]
    while pending:
        try:
            with os.scandir(pending.pop()) as listing:
                for child in listing:
                    if child.is_dir(follow_symlinks=False):
                        pending.append(child.path)
                        continue
                    kind = files.classify_name(child.name)
                    found["exports"] |= kind == "export"
                    found["articles"] += kind == "article"
        except OSError:
            continue  # the walk makes it a row that says why
    return found


def _walk_rows(root, skipped: list) -> Iterator[Row]:
    """The rows of a corpus folder without exports, as :func:`plan_corpus` makes them, found
    one at a time. A repeated id can only come from one folder (an id is the file's path
    without its suffix), so ids are made unique folder by folder, from its names."""
    real_root = os.path.realpath(os.fsencode(root))
    repeating: dict[bytes, dict] = {}

    def listed(folder: bytes, relative: bytes, names: list) -> None:
        found = _repeating_ids(folder, relative, names, real_root)
        if found:
            repeating[relative] = found

    for entry in files.walk_files(root, on_folder=listed):
        for row in _rows_of(entry, skipped, {}):
            state = repeating.get(os.path.dirname(entry.relative))
            if state is not None:
                _make_id_unique(row, state)
            yield row


def _repeating_ids(folder: bytes, relative: bytes, names: list, real_root: bytes
                   ) -> dict | None:
    """Of one folder's names: the ids (below the folder) that more than one of them could
    have (``berita.txt``, ``berita.html``) and the ids of rows among those and their
    ``~N`` forms, which a repeat may not take (what :func:`_make_ids_unique` knows from the
    whole plan); None when no id can repeat, the usual case."""
    import numpy as np

    # 8 bytes per name to find the few stems that may repeat (a folder may hold millions)
    hashes = np.sort(np.fromiter((hash(_strip_suffix(name)) for name in names), np.int64,
                                 count=len(names)))
    twice = set(hashes[1:][hashes[1:] == hashes[:-1]].tolist())
    if not twice:
        return None
    seen: set[bytes] = set()
    repeated = {files.safe_text(stem) for stem in (_strip_suffix(name) for name in names)
                if hash(stem) in twice and (stem in seen or seen.add(stem))}
    if not repeated:
        return None
    taken = set()
    for name in names:
        stem = files.safe_text(_strip_suffix(name))
        head, _, number = stem.rpartition("~")
        if stem in repeated or (head in repeated and number.isdigit()):
            rel = relative + b"/" + name if relative else name
            found = files.entry_of(os.path.join(folder, name), rel, real_root)
            if found == files.FOLDER:
                try:
                    os.scandir(os.path.join(folder, name)).close()
                    continue
                except OSError:
                    pass  # an unreadable folder is a row of its own
            elif found is None or found.kind == "skipped":
                continue
            taken.add(stem)
    return {"repeated": repeated, "taken": taken, "used": set()}


def _make_id_unique(row: Row, state: dict) -> None:
    """:func:`_make_ids_unique` for one row of a folder whose ids may repeat."""
    own = row.article_id.rsplit("/", 1)[-1]
    if own not in state["repeated"]:
        return
    if own not in state["used"]:
        state["used"].add(own)
        return
    number = 2
    while f"{own}~{number}" in state["taken"]:
        number += 1
    row.article_id = f"{row.article_id}~{number}"
    state["taken"].add(f"{own}~{number}")
    state["used"].add(f"{own}~{number}")
    row.warnings.append("duplicate_id")


_PAGE_URL = re.compile(rb"<link[^>]+rel=[\"']canonical[\"'][^>]*>|<meta[^>]+og:url[^>]*>", re.I)


_HREF = re.compile(rb"(?:href|content)=[\"']([^\"']+)[\"']", re.I)


def _page_url(row: Row) -> str:
    """The canonical address a saved page names in its head (read only to join text-less
    export records to it)."""
    if not row.fs_path:
        return ""
    try:
        head = files.read_file(row.fs_path)[:262_144]
    except files.BlockedFile:
        return ""
    for tag in _PAGE_URL.findall(head):
        href = _HREF.search(tag)
        if href:
            return href.group(1).decode("utf-8", "replace")
    return ""


def _join_by_url(rows: list, overrides: dict) -> list:
    """An export record without text whose URL is a saved page's: its fields go to that
    page's row (as a manifest's would, evidence ``record …``), and it is no row of its own."""
    textless = {urls.normalise_url(row.meta["url"]): row for row in rows
                if "missing_text" in row.warnings and row.meta.get("url")}
    textless.pop("", None)
    if not textless:
        return rows
    joined = set()
    for row in rows:
        if row.text is not None or not row.source_file.lower().endswith(
                files.ARTICLE_SUFFIXES):
            continue
        record = textless.get(urls.normalise_url(_page_url(row)))
        if record is None or id(record) in joined:
            continue
        joined.add(id(record))
        given = {key: value for key, value in record.meta.items()}
        overrides[row.article_id] = {**given, **overrides.get(row.article_id, {}),
                                     "_origin": f"record {record.path.rsplit('/', 1)[-1]}",
                                     "_from": dict(record.meta_from)}
    return [row for row in rows if id(row) not in joined]
