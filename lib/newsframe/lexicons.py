"""The one loader of data/lexicons/*.csv (and data/outlets.csv).

Lexicons are reviewable data: every file is UTF-8 CSV with a header row; values are read as
strings (empty cells become ""), so an analyst can extend them without touching Python.

>>> actors = load("actors")
>>> {"canonical", "aliases", "type"} <= set(actors.columns)
True
"""

import functools
import re
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from . import paths


def lexicon_path(name: str) -> Path:
    """Path of a lexicon by name: ``data/lexicons/<name>.csv`` (or ``data/<name>.csv``)."""
    for folder in (paths.LEXICONS, paths.DATA):
        candidate = folder / f"{name}.csv"
        if candidate.exists():
            return candidate
    available = sorted(p.stem for p in paths.LEXICONS.glob("*.csv"))
    raise FileNotFoundError(f"unknown lexicon {name!r}; available: {', '.join(available)}")


_MTIME_TTL = 2.0  # seconds between checks of a lexicon file for edits
_mtimes: dict[str, tuple[float, Path, float]] = {}


def mtime(name: str) -> float:
    """Modification time of a lexicon, re-checked at most every two seconds.

    Compiled matchers are cached by (name, mtime), so an analyst who edits a CSV in a running
    JupyterLab kernel sees the change without a restart, while hot loops pay no file system
    call per sentence.
    """
    now = time.monotonic()
    cached = _mtimes.get(name)
    if cached is None or now - cached[0] > _MTIME_TTL:
        path = cached[1] if cached else lexicon_path(name)
        cached = (now, path, path.stat().st_mtime)
        _mtimes[name] = cached
    return cached[2]


@functools.cache
def _read(path: str, mtime: float) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, comment=None, encoding="utf-8")
    return frame.apply(lambda column: column.str.strip())


def load(name: str) -> pd.DataFrame:
    """Load a lexicon as a DataFrame of strings (a fresh copy; callers may modify it).

    >>> "gloss" in load("actors").columns
    True
    """
    modified = mtime(name)
    return _read(str(_mtimes[name][1]), modified).copy()


def split_aliases(value: str) -> list[str]:
    """Split a ``|``-separated alias cell into its non-empty parts.

    >>> split_aliases("Kirby | John Kirby|")
    ['Kirby', 'John Kirby']
    """
    return [part.strip() for part in value.split("|") if part.strip()]


def trie_regex(cues: Iterable[str]) -> str:
    """Cues as one regex factored by common prefixes (fast for hundreds of cues): a space
    matches any run of whitespace, a trailing ``*`` any word continuation. At each position
    longer continuations are tried first, so the longest cue wins.
    """
    tree: dict = {}
    for cue in cues:
        node = tree
        stem, star = (cue[:-1], True) if cue.endswith("*") else (cue, False)
        for char in " ".join(stem.split()):
            node = node.setdefault(char, {})
        node["*" if star else ""] = {}

    def render(node: dict) -> str:
        branches = [(r"\s+" if char == " " else re.escape(char)) + render(child)
                    for char, child in sorted(node.items()) if char not in ("", "*")]
        if "*" in node:
            branches.append(r"\w*")
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node and "*" not in node else body

    return render(tree)


def cue_pattern(cues: Iterable[str], ignore_case: bool = True) -> re.Pattern:
    """One regex matching any cue as whole words, longest cue first, spaces flexible.

    A cue ending in ``*`` matches any word continuation (``ancam*`` matches ``ancaman``,
    ``ancamannya``). The cues are factored into a prefix tree, so the regex stays fast with
    hundreds of cues.

    >>> bool(cue_pattern(["peluru artileri", "peluru"]).search("3 juta Peluru  artileri"))
    True
    >>> cue_pattern(["peluru artileri", "peluru"]).search("peluru artileri").group(0)
    'peluru artileri'
    >>> [m.group(0) for m in cue_pattern(["ancam*", "an"]).finditer("an ancaman anak")]
    ['an', 'ancaman']
    """
    unique = _unique_cues(cues)
    if not unique:
        return re.compile(r"(?!x)x")
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(r"(?<!\w)" + trie_regex(unique) + r"(?!\w)", flags)


def _unique_cues(cues: Iterable[str]) -> set[str]:
    return {c.strip() for c in cues if c and c.strip() and c.strip() != "*"}


class WordPattern(NamedTuple):
    """Cues as whole words, for fast scans (see :func:`word_pattern`)."""

    inner: re.Pattern  # a non-word character, then a cue (group 1)
    at_start: re.Pattern  # a cue at the very start of the text


def word_pattern(cues: Iterable[str], ignore_case: bool = True) -> WordPattern:
    r"""What :func:`cue_pattern` matches, built for :func:`find_words`.

    ``cue_pattern``'s leading ``(?<!\w)`` makes the regex engine try every position of a
    text; opening with the non-word character instead lets it skip ahead to the next space or
    punctuation mark, which makes a scan about a quarter faster.
    """
    unique = _unique_cues(cues)
    body = trie_regex(unique) if unique else r"(?!x)x"
    flags = re.IGNORECASE if ignore_case else 0
    # the cues' first letters, looked up before the prefix tree is tried (a third faster
    # for names in a text of mostly lower-case words)
    first = "".join(sorted({re.escape(c[0]) for c in unique})) or "x"
    return WordPattern(re.compile(r"\W(?=[" + first + r"])(" + body + r")(?!\w)", flags),
                       re.compile(r"(?:" + body + r")(?!\w)", flags))


def find_words(pattern: WordPattern, text: str, start: int = 0,
               end: int | None = None) -> Iterator[tuple[int, int]]:
    """Spans ``(start, end)`` of the cues in ``text[start:end]``, left to right and not
    overlapping: the spans ``cue_pattern(cues).finditer(text, start, end)`` gives.

    >>> words = word_pattern(["peluru artileri", "peluru", "AS"], ignore_case=False)
    >>> list(find_words(words, "peluru artileri AS, ASEAN"))
    [(0, 15), (16, 18)]
    >>> list(find_words(words, "peluru artileri AS, ASEAN", 1))
    [(16, 18)]
    """
    end = len(text) if end is None else end
    position = start - 1  # the character before the window is the one before a cue
    if start == 0:
        first = pattern.at_start.match(text, 0, end)
        position = 0
        if first is not None and first.end() > 0:
            yield first.span()
            position = first.end()
    for match in pattern.inner.finditer(text, position, end):
        yield match.span(1)
