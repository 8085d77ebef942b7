"""Find and normalise actors (people, states, agencies, media) via data/lexicons/actors.csv.

Aliases written with capitals match case-sensitively (``AS`` is the United States, ``as`` is
not); all-lowercase aliases (``para analis``) match in any case. Longer aliases win, so
``Departemen Luar Negeri AS`` is one actor, not two.

>>> [m.canonical for m in find_actors("Kirby mengatakan Gedung Putih yakin.")]
['John Kirby', 'White House']
"""

import bisect
import itertools
import re
from typing import NamedTuple

from .. import lexicons


class ActorMatch(NamedTuple):  # a tuple: every article has dozens, made fast
    start: int
    end: int
    text: str
    canonical: str
    type: str
    kind: str
    country: str
    role: str
    gloss: str


@lexicons.cached()
def _lookup() -> tuple[list[lexicons.WordPattern], dict[str, dict]]:
    table = lexicons.load("actors")
    by_alias: dict[str, dict] = {}
    for row in table.to_dict("records"):
        for alias in lexicons.split_aliases(row["aliases"]) + [row["canonical"]]:
            key = alias if not alias.islower() else alias.lower()
            by_alias.setdefault(key, row)
    # proper names match case-sensitively, lower-case descriptions in any case
    named = lexicons.word_pattern([a for a in by_alias if not a.islower()], ignore_case=False)
    described = lexicons.word_pattern([a for a in by_alias if a.islower()], ignore_case=True)
    return [named, described], by_alias


def _row_for(alias_text: str, by_alias: dict[str, dict]) -> dict | None:
    collapsed = " ".join(alias_text.split())
    return by_alias.get(collapsed) or by_alias.get(collapsed.lower())


def find_actors(text: str, start: int = 0, end: int | None = None) -> list[ActorMatch]:
    """All actor mentions in ``text[start:end]``, offsets into ``text``; where two mentions
    overlap the longer one is kept.

    The whole text is scanned once and remembered (every annotator asks for actors in many
    windows of the same article); a window is answered from that scan unless a mention
    crosses its edges or it ends inside a word, where the window is scanned on its own, so
    the answer is always that of scanning ``text[start:end]``.

    >>> [(m.text, m.type) for m in find_actors("Menurut para analis, AS dan Korut ...")]
    [('para analis', 'analyst'), ('AS', 'us_government'), ('Korut', 'kp_government')]
    >>> [m.canonical for m in find_actors("Kirby berkata Gedung Putih yakin.", 6)]
    ['White House']
    """
    stop = len(text) if end is None else min(end, len(text))
    if start <= 0 and stop == len(text):  # a name or a title: one scan, nothing to share
        return _window(text, 0, stop)
    found, starts, span_starts, reach = _scan(text)
    first = bisect.bisect_left(span_starts, start)
    last = bisect.bisect_left(span_starts, stop)
    crosses = (first > 0 and reach[first - 1] > start) or (last > 0 and reach[last - 1] > stop)
    mid_word = 0 < stop < len(text) and _WORD.match(text, stop - 1) and _WORD.match(text, stop)
    if crosses or mid_word:
        return _window(text, start, stop)
    return list(found[bisect.bisect_left(starts, start):bisect.bisect_left(starts, stop)])


_WORD = re.compile(r"\w")


@lexicons.cached(maxsize=1024, per_text=True)
def _scan(text: str) -> tuple:
    """(mentions, their starts, every candidate's start, running max of candidate ends)."""
    found, keyed = _window(text, 0, len(text), with_spans=True)
    reach = list(itertools.accumulate((-negative_end for _, negative_end in keyed), max))
    return tuple(found), [m.start for m in found], [s for s, _ in keyed], reach


def _window(text: str, start: int, stop: int, with_spans=False):
    """Mentions in ``text[start:stop]`` (and, ``with_spans``, every candidate as
    ``(start, -end)`` in sorted order)."""
    patterns, by_alias = _lookup()
    # sorted (start, -end): of the candidates starting at one place the longest comes first
    keyed = sorted((span_start, -span_end) for pattern in patterns
                   for span_start, span_end in lexicons.find_words(pattern, text, start, stop))
    found, last_end = [], -1
    for span_start, negative_end in keyed:
        span_end = -negative_end
        if span_start < last_end:
            continue
        row = _row_for(text[span_start:span_end], by_alias)
        if row is not None and not _is_initials(text, span_start, span_end):
            found.append(ActorMatch(
                span_start, span_end, text[span_start:span_end], row["canonical"], row["type"],
                row["kind"], row["country"], row["role"], row["gloss"]))
            last_end = span_end
    return (found, keyed) if with_spans else found


_SHORT_CAPS = re.compile(r"[A-Z]{2,4}")
_AGE_AFTER = re.compile(r"\s*\(\s*\d{1,3}\s*(?:tahun|thn|th)?\s*\)")
_CLOSE_AFTER = re.compile(r"\s*[,)]")


@lexicons.cached()
def _initials_context() -> tuple[re.Pattern, re.Pattern]:
    """(initials after a cue word: "berinisial AB dan ", an opening bracket after a person
    noun or an age: "seorang pria (", "berusia 35 tahun (") from data/lexicons/initials_cues.csv."""
    table = lexicons.load("initials_cues")
    words = {c: "|".join(re.escape(w) for w in sorted(table.loc[table["category"] == c, "word"],
                                                      key=len, reverse=True))
             for c in ("before", "person")}
    cued = re.compile(rf"(?i:\b(?:{words['before']}))\s*:?\s*"
                      r"(?:[A-Z]{1,4}\s*(?:,|(?i:dan|and|&))?\s*)*$")
    bracket = re.compile(rf"(?:(?i:\b(?:{words['person']}))\b[^()\n]{{0,40}}?|\d{{1,3}}\s*"
                         r"(?i:tahun|years?(?:[- ]old)?)?\s*)\(\s*$")
    return cued, bracket


def _is_initials(text: str, start: int, end: int) -> bool:
    """An all-caps short form that is a person's initials (*tersangka berinisial AS*, *AS (35)*,
    *seorang pria (AS)*), not the actor its alias names (data/lexicons/initials_cues.csv)."""
    if not _SHORT_CAPS.fullmatch(text, start, end):
        return False
    if _AGE_AFTER.match(text, end):
        return True
    cued, bracket = _initials_context()
    before = text[max(0, start - 80):start]
    return bool(cued.search(before)
                or (bracket.search(before) and _CLOSE_AFTER.match(text, end)))


def given_as_initials(text: str, short: str) -> bool:
    """Does ``text`` give the all-caps ``short`` form as a person's initials somewhere
    (*berinisial AT (38) dan MT (42)*, *tersangka SL (40 tahun)*)? Then *AT mengakui …* later
    on is that person speaking, known by initials only: no named source (round 24c).

    >>> given_as_initials("Polisi menangkap pria berinisial AT (38). AT mengakui.", "AT")
    True
    >>> given_as_initials("Menurut KPK, kerugian naik.", "KPK")
    False
    """
    if not _SHORT_CAPS.fullmatch(short):
        return False
    return any(_is_initials(text, m.start(), m.end())
               for m in re.finditer(rf"(?<![\w-]){short}(?![\w-])", text))


def normalise_actor(name: str) -> dict | None:
    """The lexicon row for a name or alias (exact alias, then the longest alias inside it).

    >>> normalise_actor("Juru bicara Dewan Keamanan Nasional John Kirby")["canonical"]
    'John Kirby'
    >>> normalise_actor("Seseorang") is None
    True
    """
    _, by_alias = _lookup()
    row = _row_for(name, by_alias)
    if row is not None:
        return dict(row)
    matches = find_actors(name)
    if not matches:
        return None
    # a person is the most specific speaker in "Juru bicara <organisation> <person>"
    best = max(matches, key=lambda m: (m.kind == "person", m.end - m.start))
    return dict(_row_for(best.text, by_alias))


@lexicons.cached()
def _titles() -> dict[str, tuple[str, ...]]:
    table = lexicons.load("actors")
    return {row["canonical"]: tuple(" ".join(t.lower().split())
                                    for t in lexicons.split_aliases(row["titles"]))
            for row in table.to_dict("records") if row["titles"]}


def titles_of(canonical: str) -> tuple[str, ...]:
    """The Indonesian titles the actors lexicon gives a person (``menteri pertahanan``):
    how an article may name them without their name.

    >>> titles_of("Shin Won-sik")[0]
    'menteri pertahanan'
    """
    return _titles().get(canonical, ())
