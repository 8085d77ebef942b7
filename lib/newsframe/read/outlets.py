"""Which outlet an article's own words name: its dateline (``JAKARTA, KOMPAS.TV -``), a
masthead, a domain, or a page title's site name — an outlet of data/outlets.csv, else a
masthead that names itself (a domain, capitals or a news word beside a known place).

>>> read_dateline("WASHINGTON, KOMPAS.TV - Pemerintah AS", outlet_rules())
('KompasTV', 'Washington', 'WASHINGTON, KOMPAS.TV -')
>>> find_outlet("Foto: KCNA/via REUTERS", outlet_rules(), skip_credits=True) is None
True
"""

import re

from .. import lexicons
from . import urls

# a part of a dateline: no comma, bracket or dash, but a hyphen inside a word
# ("PIKIRAN-RAKYAT.COM")
_PART = r"(?:[^,\n(–—\s-]|-(?=\w)|\s(?![–—-]))"


_DATELINE = re.compile(
    r"^\s*(?:(?P<a>" + _PART + r"{2,40}?),\s*(?P<b>" + _PART + r"{2,40}?)"
    r"|(?P<c>" + _PART + r"{2,40}?)\s*\((?P<d>[^)\n]{2,30})\)"
    # an all-caps masthead of several words: "PORTAL BERITA TIMUR –"
    r"|(?P<f>[A-Z][A-Z0-9.&'’]*(?:\s+[A-Z0-9][A-Z0-9.&'’]*){1,4}(?=\s*[–—-]))"
    r"|(?P<e>(?:[^\s,(–—:-]|-(?=\w)){2,30}))"
    # the dash after a dateline: an en or em dash, or a hyphen with a space beside it; a
    # colon after one word ("Jakarta: …", "Kabarkota.com: …")
    r"(?:\s*[–—]\s*|\s+-{1,2}\s*|-{1,2}\s+|(?<=[\w.])(?<![A-Z]):\s+(?=[A-Z]))"
)


def outlet_rules() -> list[tuple[str, re.Pattern]]:
    """(name, pattern) per outlet of data/outlets.csv. A spelling ending in a lower-case
    letter also matches run together with a section name after it (``kumparanBISNIS``,
    ``detikNews``, a menu's ``di kumparanInformasi``)."""
    table = lexicons.load("outlets")
    rules = []
    for record in table.to_dict("records"):
        spellings = lexicons.split_aliases(record["patterns"])
        camel = [re.escape(a) for a in spellings if a[-1:].islower()]
        pattern = lexicons.cue_pattern(spellings, ignore_case=False).pattern
        if camel:
            pattern += r"|(?<!\w)(?:" + "|".join(camel) + r")(?=[A-Z][A-Za-z])"
        rules.append((record["name"], re.compile(pattern)))
    return rules


_CREDIT = re.compile(r"(?:\.\s+|/|(?:foto|photo|sumber)\s*:\s*)$", re.IGNORECASE)


def find_outlet(snippet: str, outlets, skip_credits: bool = False) -> str | None:
    """The outlet named first in ``snippet``; with ``skip_credits``, not one a photo
    caption credits (``Ilustrasi … . Medcom.id``, ``Foto: KCNA/via REUTERS``)."""
    best = None
    for name, pattern in outlets:
        for match in pattern.finditer(snippet):
            line_start = snippet.rfind("\n", 0, match.start()) + 1
            if skip_credits and _CREDIT.search(snippet, line_start, match.start()):
                continue
            if best is None or match.start() < best[1]:
                best = (name, match.start())
            break
    return best[0] if best else None


_DOMAIN = re.compile(r"(?i)\b[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:co\.id|com|co|id|net|org|tv|"
                     r"news|info|asia|my|sg)\b")


def outlet_by_domain(text: str) -> str | None:
    """The outlet of data/outlets.csv whose domain the first domain ``text`` names is
    (subdomains included: the longest matching domain wins)."""
    found = _DOMAIN.search(text)
    by_domain = urls.outlet_of(found.group(0)) if found else None
    return by_domain[0] if by_domain else None


def self_name(part: str, domain_hint: str = "") -> str | None:
    """A masthead that names itself although data/outlets.csv does not list it: a domain
    (``GenPI.co``, ``MEDCOM.ID``, ``PIKIRAN-RAKYAT.COM``) or a name with its domain in
    brackets (``AIRSPACE REVIEW (airspace-review.com)``)."""
    part = part.strip()
    if not part or len(part) > 40 or len(part.split()) > 4:
        return None
    if _DOMAIN.fullmatch(part):
        return part
    if domain_hint and _DOMAIN.fullmatch(domain_hint.strip()) and re.fullmatch(
            r"[A-Z0-9][\w .&'-]{1,38}", part):
        return part.title() if part.isupper() else part
    return None


def read_dateline(lead: str, outlets) -> tuple[str, str, str] | None:
    """(outlet, place, evidence) from a dateline like ``WASHINGTON, KOMPAS.TV -``: an
    outlet of data/outlets.csv (by name or domain), else a masthead that names itself."""
    match = _DATELINE.match(lead[:200])
    if not match:
        return None
    parts = [p.strip() for p in match.group("a", "b", "c", "d", "f", "e") if p]
    evidence = match.group(0).strip()

    def place_besides(index):
        place = next((p for i, p in enumerate(parts) if i != index), "")
        if place and not re.fullmatch(r"[A-Za-z .'-]{2,40}", place) or _DOMAIN.search(place):
            place = ""
        return place.title() if place.isupper() else place

    for index, part in enumerate(parts):
        outlet = find_outlet(part, outlets) or outlet_by_domain(part)
        if outlet:
            return outlet, place_besides(index), evidence
    for index, part in enumerate(parts):
        hint = match.group("d") or "" if part == (match.group("c") or "").strip() else ""
        named = self_name(part, hint)
        if named:
            return named, place_besides(index) if not hint else "", \
                f"{evidence} (not in data/outlets.csv)"
    for index, part in enumerate(parts):
        others = [p for i, p in enumerate(parts) if i != index]
        if _masthead(part, others):
            return part, place_besides(index), f"{evidence} (not in data/outlets.csv)"
    return None


def _masthead(part: str, others: list[str]) -> bool:
    """Is a dateline's part an outlet's masthead although data/outlets.csv does not know it:
    written in capitals or run together (``HARIAN KOTA``, ``BERITAKOTA``, ``KabarKota``)
    and holding a word of a news medium (data/lexicons/media_words.csv), or standing beside
    a known place (``SURABAYA, KABARKOTA –``)? A place is never one."""
    words = part.split()
    if not part or len(words) > 5 or _is_place(part) or not part[:1].isalpha() or \
            part.lower() in _calendar_words():
        return False
    capitals = part.isupper() or any(re.search(r"[a-z][A-Z]", w) for w in words)
    squeezed = re.sub(r"[^a-z]", "", part.lower())
    lowered = [w.lower() for w in words]
    medium = any(squeezed.startswith(w) or squeezed.endswith(w) or w in lowered
                 for w in _media_words())
    beside_place = bool(others) and all(_is_place(o) for o in others)
    return medium or (capitals and beside_place)


@lexicons.cached()
def _calendar_words() -> frozenset:
    """Weekday and month names (``Jakarta, SENIN –`` names a day, not an outlet)."""
    return frozenset(n.lower() for name in ("weekdays", "months")
                     for n in lexicons.load(name)["name"])


@lexicons.cached()
def _media_words() -> tuple[str, ...]:
    return tuple(lexicons.load("media_words")["word"].str.lower())


@lexicons.cached()
def _place_names() -> frozenset:
    table = lexicons.load("places")
    return frozenset({n.lower() for n in table["name"]} | {n.lower() for n in table["short"]
                                                            if n})


def _is_place(part: str) -> bool:
    """A place of data/lexicons/places.csv (``SEMARANG``, ``Jawa Tengah``)."""
    return " ".join(part.lower().split()) in _place_names()
