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
from collections.abc import Iterable
from pathlib import Path

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


def cue_pattern(cues: Iterable[str], ignore_case: bool = True) -> re.Pattern:
    """One regex matching any cue as whole words, longest cue first, spaces flexible.

    A cue ending in ``*`` matches any word continuation (``ancam*`` matches ``mengancam``'s
    stem forms ``ancaman``, ``ancamannya``).

    >>> bool(cue_pattern(["peluru artileri", "peluru"]).search("3 juta Peluru  artileri"))
    True
    >>> cue_pattern(["peluru artileri", "peluru"]).search("peluru artileri").group(0)
    'peluru artileri'
    """
    parts = []
    for cue in sorted({c for c in cues if c}, key=len, reverse=True):
        stem = cue.rstrip("*")
        body = r"\s+".join(re.escape(word) for word in stem.split())
        tail = r"\w*" if cue.endswith("*") else ""
        parts.append(body + tail)
    if not parts:
        return re.compile(r"(?!x)x")
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", flags)
