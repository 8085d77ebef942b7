"""The one loader of data/lexicons/*.csv (and data/outlets.csv), and of the translation
catalogs of data/locale/ (gettext ``.po`` files, read with Babel: :func:`catalog`).

Lexicons are reviewable data: every file is UTF-8 CSV with a header row; values are read as
strings (empty cells become ""), so an analyst can extend them without touching Python.

>>> actors = load("actors")
>>> {"canonical", "aliases", "type"} <= set(actors.columns)
True
"""

import contextlib
import functools
import inspect
import re
import threading
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


_MTIME_TTL = 2.0  # seconds between checks of the lexicon files for edits
_files: dict[str, tuple[Path, float]] = {}  # lexicon -> (file, modification time when read)
_checked = 0.0  # when the files were last checked
_version = 0  # counts edits seen: the key of every cached result


def version() -> int:
    """A number that changes when any lexicon read so far is edited (files are checked at
    most every two seconds, so hot loops pay no file system call)."""
    global _checked, _version
    if _held is not None:
        return _held
    now = time.monotonic()
    if now - _checked > _MTIME_TTL:
        _checked = now
        for name, (path, seen) in list(_files.items()):
            try:
                current = path.stat().st_mtime
            except OSError:  # removed: the next load says so
                current = -1.0
            if current != seen:
                _files[name] = (path, current)
                _version += 1
    return _version


_held: int | None = None  # the version batches hold (held_version), else None
_holders = 0
_holding = threading.Lock()


@contextlib.contextmanager
def held_version():
    """Within it, every value derived from lexicons comes from one version of them, checked
    once on entry: a batch of articles is annotated with one set of lexicons even if a file
    is edited meanwhile, and its hot loops do not read the clock (:func:`version`) on every
    lookup. An edit is seen by the next batch.

    >>> with held_version():
    ...     inside = version()
    >>> inside == version()
    True
    """
    global _held, _holders
    with _holding:
        if _holders == 0:
            _held = version()
        _holders += 1
    try:
        yield
    finally:
        with _holding:
            _holders -= 1
            if _holders == 0:
                _held = None


_PER_TEXT: list = []  # the caches of per-text scans, emptied by forget_texts()


def cached(maxsize: int | None = 16, per_text: bool = False):
    """Remember what a function builds from lexicons until a lexicon is edited.

    The one cache of the package for everything derived from data/: compiled matchers,
    lookup tables, and per-text scans that depend on a lexicon. Results are kept per
    arguments (``maxsize`` of them, None for no limit) and per :func:`version`, so an analyst
    who edits a CSV in a running JupyterLab kernel sees the change without a restart.
    ``per_text``: the cache holds scans of whole texts, shared by the annotators of one batch
    of articles and of no use after it (:func:`forget_texts`).

    >>> @cached()
    ... def n_actors():
    ...     return len(load("actors"))
    >>> n_actors() == n_actors() > 10
    True
    """
    def wrap(build):
        @functools.lru_cache(maxsize=maxsize)
        def remembered(lexicon_version, *args):
            return build(*args)

        if not per_text and not inspect.signature(build).parameters:
            return _remembered_table(build, remembered)

        @functools.wraps(build)
        def get(*args):
            held = _held
            return remembered(version() if held is None else held, *args)

        get.cache_clear = remembered.cache_clear
        if per_text:
            _PER_TEXT.append(remembered)
        return get
    return wrap


def _remembered_table(build, remembered):
    """:func:`cached`'s wrapper of a function without arguments (a table or pattern built
    from lexicons, fetched once per sentence or per word by the annotators: about half of
    the look-ups): inside :func:`held_version` the value built for the held version is kept
    beside the cache and returned without its look-up (one comparison); outside it, and for
    another version, the cache answers as for any other function. The pair (version, value)
    is replaced as one object, so a thread never sees a value with another's version."""
    last = [(None, None)]  # (the held version, the value remembered for it)

    @functools.wraps(build)
    def get():
        held = _held
        if held is None:
            return remembered(version())
        seen, value = last[0]
        if seen == held:
            return value
        value = remembered(held)
        last[0] = (held, value)
        return value

    def cache_clear():
        last[0] = (None, None)
        remembered.cache_clear()

    get.cache_clear = cache_clear
    return get


def forget_texts() -> None:
    """Empty the caches of per-text scans (``cached(per_text=True)``). A batch annotator
    calls it when its articles are done: their analyses are of no use to the next batch,
    and the garbage collector would otherwise walk them again and again (10-15 % of the
    time of ``newsframe annotate``; benchmarks/). Results never depend on it.

    >>> forget_texts()
    """
    for remembered in _PER_TEXT:
        remembered.cache_clear()


@cached(maxsize=None)
def _read(name: str) -> pd.DataFrame:
    frame = pd.read_csv(_files[name][0], dtype=str, keep_default_na=False, comment=None,
                        encoding="utf-8")
    return frame.apply(lambda column: column.str.strip())


def load(name: str) -> pd.DataFrame:
    """Load a lexicon as a DataFrame of strings (a fresh copy; callers may modify it).

    >>> "gloss" in load("actors").columns
    True
    """
    if name not in _files:  # watched from now on
        path = lexicon_path(name)
        _files[name] = (path, path.stat().st_mtime)
    return _read(name).copy()


def languages(folder: Path | None = None) -> tuple[str, ...]:
    """The languages with a catalog of labels (``<folder>/<lang>/LC_MESSAGES/labels.po``),
    English first: adding a language is adding its folder of ``.po`` files.

    >>> languages()[:2]
    ('en', 'id')
    """
    folder = Path(folder or paths.LOCALE)
    found = sorted(p.parents[1].name for p in folder.glob("*/LC_MESSAGES/labels.po"))
    return tuple(sorted(found, key=lambda lang: lang != "en"))


@cached(maxsize=None)
def _read_catalog(name: str) -> dict[str, str]:
    from babel.messages.pofile import read_po

    with open(_files[name][0], "rb") as po:
        messages = read_po(po)
    return {m.id: m.string for m in messages
            if m.id and isinstance(m.id, str) and m.string and not m.fuzzy}


def catalog(domain: str, lang: str, folder: Path | None = None) -> dict[str, str]:
    """The translations of a gettext catalog, ``data/locale/<lang>/LC_MESSAGES/<domain>.po``:
    message id -> translation (untranslated and fuzzy entries left out; an edited file is read
    again, as lexicons are). A language without the file has no translations.

    >>> catalog("labels", "id")["date"]
    'Tanggal'
    """
    path = Path(folder or paths.LOCALE) / lang / "LC_MESSAGES" / f"{domain}.po"
    name = f"locale:{path}"
    if name not in _files:
        if not path.is_file():
            return {}
        _files[name] = (path, path.stat().st_mtime)
    return _read_catalog(name)


def split_aliases(value: str) -> list[str]:
    """Split a ``|``-separated alias cell into its non-empty parts.

    >>> split_aliases("Kirby | John Kirby|")
    ['Kirby', 'John Kirby']
    """
    return [part.strip() for part in value.split("|") if part.strip()]


def in_language(table: pd.DataFrame, language: str) -> pd.DataFrame:
    """The rows of a lexicon with a ``language`` column (codes separated by ``|``: ``id``,
    ``en``, ``id|en`` for a word both languages use) that hold ``language``.

    >>> table = pd.DataFrame({"word": ["kata", "said", "senator"],
    ...                       "language": ["id", "en", "id|en"]})
    >>> list(in_language(table, "en")["word"])
    ['said', 'senator']
    """
    return table[table["language"].map(lambda value: language in split_aliases(value))]


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


_ZERO_WIDTH_OPENINGS = (r"(?<![\w-])", r"(?<!\w)", r"\b")


def finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    r"""``pattern.finditer(text)``, the same matches found faster for a pattern that opens
    with a look-behind or ``\b`` (which makes the regex engine try every position of the
    text): the rest of the pattern, which has a literal prefix the engine skips to, finds
    where a match may start, and ``pattern`` is tried there only.

    >>> menurut = re.compile(r"(?<![\w-])(menurut)(nya)?(?![\w-])")
    >>> [m.span() for m in finditer(menurut, "menurutnya, kata menurut dia; xmenurut")]
    [(0, 10), (17, 24)]
    """
    anchor = _anchor(pattern)
    if anchor is None:
        yield from pattern.finditer(text)
        return
    search, match, position = anchor.search, pattern.match, 0
    while True:
        hit = search(text, position)
        if hit is None:
            return
        found = match(text, hit.start())
        if found is None:
            position = hit.start() + 1
        else:  # no pattern given here matches the empty string
            yield found
            position = max(found.end(), hit.start() + 1)


@functools.lru_cache(maxsize=256)
def _anchor(pattern: re.Pattern) -> re.Pattern | None:
    """``pattern`` without its opening look-behind: it matches wherever ``pattern`` does
    (and elsewhere)."""
    source = pattern.pattern
    flags = ""
    if source.startswith("(?i)"):
        flags, source = "(?i)", source[4:]
    opening = next((o for o in _ZERO_WIDTH_OPENINGS if source.startswith(o)), None)
    if opening is None:
        return None
    return re.compile(flags + source[len(opening):], pattern.flags)


# a negative look-behind of one character, and the characters it lets stand before a match
_CONSUMED_OPENINGS = {r"(?<![\w-])": r"[^\w-]", r"(?<!\w)": r"\W",
                      r"(?<![^\W\d_])": r"[\W\d_]"}


@functools.lru_cache(maxsize=256)
def _consuming(pattern: re.Pattern) -> re.Pattern | None:
    """``pattern`` opening with the character its look-behind lets stand before a match,
    consumed (the regex engine skips ahead to such a character instead of trying the
    look-behind at every position of the text)."""
    source, flags = pattern.pattern, ""
    if source.startswith("(?i)"):
        flags, source = "(?i)", source[4:]
    opening = next((o for o in _CONSUMED_OPENINGS if source.startswith(o)), None)
    if opening is None or _top_level_bar(source[len(opening):]):
        return None  # "(?<!\w)a|b": the look-behind is the first alternative's only
    return re.compile(flags + _CONSUMED_OPENINGS[opening] + "(?:" + source[len(opening):] + ")",
                      pattern.flags)


def _top_level_bar(source: str) -> bool:
    """Does the regex ``source`` hold a ``|`` outside every group and character class?

    >>> _top_level_bar(r"(a|b)[|]\\|c[]|]"), _top_level_bar(r"a|b"), _top_level_bar(r"[^]]|b")
    (False, True, True)
    """
    depth, index = 0, 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":  # to the class's end: a "]" right after "[" or "[^" is a member
            index += 2 if source[index + 1:index + 2] == "^" else 1
            index += 1 if source[index:index + 1] == "]" else 0
            while index < len(source) and source[index] != "]":
                index += 2 if source[index] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
        index += 1
    return False


def finditer_after(pattern: re.Pattern, text: str, pos: int = 0,
                   endpos: int | None = None) -> Iterator[re.Match]:
    r"""``pattern.finditer(text)`` for a pattern opening with ``(?<![\w-])``, ``(?<!\w)`` or
    ``(?<![^\W\d_])`` (no letter before) and no literal words to skip to (a prefix tree of
    verbs): a match at position ``p > 0`` is a match of the pattern opening with the
    character the look-behind lets stand before it at ``p - 1`` instead (and the other way
    round), and the regex engine finds those about a third faster than it tries the
    look-behind at every position. After a match ending at ``e`` the next one is the first of
    those from ``e - 1``; the match objects are ``pattern``'s own (its groups as the caller
    knows them). Other patterns: ``pattern.finditer``. (Where the pattern opens with a literal
    word, :func:`finditer` is faster.) ``pos`` and ``endpos`` as for ``pattern.finditer``.

    >>> kata = re.compile(r"(?<![\w-])(kata|ujar)(nya)?(?![\w-])")
    >>> [m.span() for m in finditer_after(kata, "katanya, ujar-ujar kata")]
    [(0, 7), (19, 23)]
    """
    endpos = len(text) if endpos is None else endpos
    consuming = _consuming(pattern)
    if consuming is None:
        yield from pattern.finditer(text, pos, endpos)
        return
    match = pattern.match
    found = match(text, 0, endpos) if pos <= 0 else None
    if found is not None:
        yield found
    # (max: an empty match, which no pattern given here has, must not be found again)
    position = max(found.end() - 1, 0) if found is not None else max(pos - 1, 0)
    search = consuming.search
    while True:
        hit = search(text, position, endpos)
        if hit is None:
            return
        found = match(text, hit.start() + 1, endpos)
        if found is None:  # cannot be: the same expression at the same place
            position = hit.start() + 1
            continue
        yield found
        position = max(found.end() - 1, found.start())


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
