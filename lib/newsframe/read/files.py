"""The files of a corpus, found and read without leaving it.

A corpus root is a folder (searched recursively) or a file. Inside a folder:

- a symbolic link is followed only when its target lies inside the root (and a link to a
  folder is never followed, so there are no loops); one pointing outside becomes a row with
  warning ``outside_corpus`` and is never opened;
- FIFOs, sockets and devices become rows with ``not_regular_file``, never opened (so a FIFO
  cannot hang the load); a folder that cannot be listed becomes a row ``unreadable_folder``;
- a file larger than :data:`MAX_FILE_BYTES` becomes a row ``too_large``, never read; every
  read stops at that many bytes, whatever the file system says;
- files that are no articles (``notes.md``) are listed as skipped, with the reason.

File names may hold any bytes: :func:`safe_text` writes a name as text that Parquet, HTML
and a terminal take (undecodable bytes, control characters and ``%`` as ``%XX``), and
:func:`raw_name` gives the bytes back.

>>> safe_text(b"berita\\xff 100%.txt")
'berita%FF 100%25.txt'
>>> raw_name('berita%FF 100%25.txt')
b'berita\\xff 100%.txt'
"""

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

from ..params import ParameterError

# The largest file read (bytes): a data-independent bound on memory per file. An article of
# 50 MB still loads; an export above this size must be split.
MAX_FILE_BYTES = 256 * 1024 * 1024
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
EXPORT_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".json")
NOT_ARTICLES = (b"manifest.csv", b"SHA256SUMS",  # read by the loader in another way
                b"review.csv")  # an analyst's review file (newsframe.store.review)

_SPECIAL = {stat.S_IFIFO: "a FIFO (named pipe)", stat.S_IFSOCK: "a socket",
            stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device"}


class CorpusError(ParameterError):
    """A corpus input that cannot be used at all (a manifest that is a folder or lacks its
    key column, a bad column mapping): one line naming it and what is allowed."""


class BlockedFile(Exception):
    """A file that is not read: ``code`` is its warning code, the message says why."""

    def __init__(self, code: str, detail: str):
        super().__init__(detail)
        self.code = code


@dataclass
class Entry:
    """One thing found under a root: ``kind`` ``article``, ``export``, ``blocked`` (a row
    that says why it is not read) or ``skipped`` (not an article file)."""

    kind: str
    path: str  # the path as safe text (for the tables)
    fs_path: bytes  # what to open: the real path, inside the root
    relative: bytes  # the path below the root (the id comes from it)
    code: str = ""
    reason: str = ""


def safe_text(raw: bytes) -> str:
    """``raw`` (a file name's bytes) as text safe anywhere: valid UTF-8 kept, every other
    byte, every character that does not print (controls, line separators, unassigned) and
    ``%`` written ``%XX``; reversible
    with :func:`raw_name`.

    >>> safe_text("Berita\\nbaru é.txt".encode())
    'Berita%0Abaru é.txt'
    """
    text = raw.decode("utf-8", "surrogateescape")
    if text.isascii() and text.isprintable() and "%" not in text:
        return text
    out = []
    for char in text:
        if "\udc80" <= char <= "\udcff":  # an undecodable byte
            out.append(f"%{ord(char) - 0xDC00:02X}")
        elif char == "%" or not char.isprintable():  # controls, separators, unassigned
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8"))
        else:
            out.append(char)
    return "".join(out)


def raw_name(text: str) -> bytes:
    """The bytes :func:`safe_text` wrote as ``text``."""
    return unquote_to_bytes(text)


def _inside(target: bytes, root: bytes) -> bool:
    return target == root or target.startswith(root.rstrip(b"/") + b"/")


def classify_name(name: bytes) -> str:
    """What a file of this name is, by the name alone: ``article``, ``export``,
    ``skipped`` or ``""`` (read another way).

    >>> classify_name(b"berita.HTML"), classify_name(b"manifest.csv"), classify_name(b"x.md")
    ('article', '', 'skipped')
    """
    return _classify(name)[0]


def _classify(name: bytes) -> tuple[str, str]:
    lower = name.lower()
    if name in NOT_ARTICLES:
        return "", ""
    if lower.endswith(tuple(s.encode() for s in ARTICLE_SUFFIXES)):
        return "article", ""
    if lower.endswith(tuple(s.encode() for s in EXPORT_SUFFIXES)):
        return "export", ""
    suffix = os.path.splitext(name)[1]
    return "skipped", (f"not an article file ({safe_text(suffix)})" if suffix
                       else "not an article file (no suffix)")


def find_files(root) -> list[Entry]:
    """Every file of the corpus ``root`` (a folder or a file), in name order.

    >>> from newsframe import paths
    >>> [e.kind for e in find_files(paths.SEEDS)][:2]
    ['article', 'article']
    """
    return list(walk_files(root))


def walk_files(root, on_folder=None) -> Iterator[Entry]:
    """The files of :func:`find_files`, found as they are asked for: a folder is listed
    (names only, sorted) when the walk reaches it, so a walk holds the names of the folders
    it is in, never the corpus's list. ``on_folder(folder, relative, names)`` is called with
    each folder's sorted names before its entries come.

    >>> from newsframe import paths
    >>> next(walk_files(paths.SEEDS)).relative
    b'000_aa34f2be23785672.txt'
    """
    root_bytes = os.fsencode(root)
    real_root = os.path.realpath(root_bytes)
    if not os.path.isdir(real_root):  # a file named on its own is its own corpus
        name = os.path.basename(root_bytes.rstrip(b"/")) or root_bytes
        kind = "export" if _classify(name)[0] == "export" else "article"
        entry = Entry(kind, safe_text(root_bytes), real_root, name)
        yield _check(entry, os.stat(real_root))
        return
    yield from _walk(root_bytes, b"", real_root, on_folder)


FOLDER = "folder"  # what entry_of says of a folder to walk into


def _walk(folder: bytes, relative: bytes, real_root: bytes, on_folder) -> Iterator[Entry]:
    try:
        with os.scandir(folder) as listing:
            names = sorted(child.name for child in listing)
    except OSError as error:
        yield Entry("blocked", safe_text(folder), folder, relative or b".",
                    "unreadable_folder", f"folder cannot be listed: {error.strerror}")
        return
    if on_folder is not None:
        on_folder(folder, relative, names)
    for name in names:
        path = os.path.join(folder, name)
        rel = relative + b"/" + name if relative else name
        found = entry_of(path, rel, real_root)
        if found == FOLDER:
            yield from _walk(path, rel, real_root, on_folder)
        elif found is not None:
            yield found


def entry_of(path: bytes, relative: bytes, real_root: bytes) -> Entry | str | None:
    """What the walk makes of ``path`` (``relative`` below the root): an :class:`Entry`,
    :data:`FOLDER` (a folder to walk into) or None (a file the loader reads another way,
    :data:`NOT_ARTICLES`)."""
    safe = safe_text(path)
    try:
        info = os.lstat(path)
    except OSError as error:
        return Entry("blocked", safe, path, relative, "unreadable", error.strerror or str(error))
    target = path
    if stat.S_ISLNK(info.st_mode):
        target = os.path.realpath(path)
        if not _inside(target, real_root):
            return Entry("blocked", safe, b"", relative, "outside_corpus",
                         "symbolic link to a file outside the corpus folder (not read)")
        try:
            info = os.stat(target)
        except OSError as error:
            return Entry("blocked", safe, b"", relative, "unreadable",
                         f"broken symbolic link: {error.strerror}")
        if stat.S_ISDIR(info.st_mode):
            return Entry("skipped", safe, b"", relative, "",
                         "symbolic link to a folder (not followed)")
    elif stat.S_ISDIR(info.st_mode):
        return FOLDER
    kind, reason = _classify(os.path.basename(path))
    return _check(Entry(kind, safe, target, relative, "", reason), info) if kind else None


def _check(entry: Entry, info: os.stat_result) -> Entry:
    """A special file or a too large one becomes a blocked entry (never opened)."""
    kind = stat.S_IFMT(info.st_mode)
    if kind in _SPECIAL:
        entry.kind, entry.code = "blocked", "not_regular_file"
        entry.reason, entry.fs_path = f"{_SPECIAL[kind]}, not a file (not read)", b""
    elif entry.kind != "skipped" and info.st_size > MAX_FILE_BYTES:
        entry.kind, entry.code, entry.fs_path = "blocked", "too_large", b""
        entry.reason = (f"{info.st_size:,} bytes, more than the {MAX_FILE_BYTES:,} read "
                        "from one file (not read)")
    return entry


def read_file(fs_path: bytes, limit: int | None = None) -> bytes:
    """The bytes of a regular file, at most ``limit`` (:data:`MAX_FILE_BYTES`); the file is
    opened without following a link and without blocking, and checked again once open (it
    may have been replaced since it was found). Raises :class:`BlockedFile`."""
    limit = MAX_FILE_BYTES if limit is None else limit
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | \
        getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(fs_path, flags)
    except OSError as error:
        raise BlockedFile("unreadable", error.strerror or str(error)) from None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise BlockedFile("not_regular_file", "not a regular file (not read)")
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(descriptor, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise BlockedFile("too_large", f"more than the {limit:,} bytes read "
                                           "from one file (not read)")
        return b"".join(chunks)
    except OSError as error:
        raise BlockedFile("unreadable", error.strerror or str(error)) from None
    finally:
        os.close(descriptor)


def decode(raw: bytes) -> tuple[str, list[str]]:
    """Text of ``raw`` and the warning codes of its decoding: a UTF-8 byte-order mark is
    removed, text that is not UTF-8 is read as cp1252 (else latin-1).

    >>> decode("“x”".encode("cp1252"))
    ('“x”', ['decoded_cp1252'])
    """
    warnings = []
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
        warnings.append("utf8_bom")
    try:
        return raw.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), [*warnings, "decoded_cp1252"]
    except UnicodeDecodeError:
        return raw.decode("latin-1"), [*warnings, "decoded_latin1"]
