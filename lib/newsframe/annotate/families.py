"""What a figure counts beyond its unit: its *family* (people dead, missing, displaced;
tonnes imported; rupiah allocated …), from data/lexicons/item_families.csv — a word of the
figure's item, else the nearest family word in the figure's own clause (``Korban meninggal
37 orang, hilang 8 orang``: 37 dead, 8 missing). Families tell apart what one unit counts,
so that nothing different is ever added up (:mod:`newsframe.analyse.counts`).

>>> s = "Korban meninggal 37 orang, hilang 8 orang, luka-luka 112 orang."
>>> [clause_family(s, s.index(n), s.index(n) + len(n)) for n in ("37 orang", "8 orang",
...                                                                "112 orang")]
['dead', 'missing', 'injured']
"""

import re

from .. import lexicons

# clause joints: a figure's family is never read across them
_JOINT = re.compile(r"[,;:()\"“”]|\s[-–—]\s|\b(?:dan|serta|sedangkan|sementara)\b")


@lexicons.cached()
def _families() -> tuple[re.Pattern, dict[str, str]]:
    table = lexicons.load("item_families")
    family_of = {" ".join(c.rstrip("*").lower().split()): f
                 for c, f in zip(table["cue"], table["family"], strict=True)}
    return lexicons.cue_pattern(table["cue"]), family_of


@lexicons.cached()
def _units_of() -> dict[str, frozenset]:
    """The units a family counts (``dead``: person, family), empty: any unit."""
    table = lexicons.load("item_families")
    return {f: frozenset(u for u in units.split("|") if u)
            for f, units in zip(table["family"], table["units"], strict=True)}


def _fits(family: str, unit: str) -> bool:
    allowed = _units_of().get(family, frozenset())
    return not unit or not allowed or unit in allowed


def figure_family(unit: str, item: str, context: str = "") -> str:
    """What a figure counts, beyond its unit (see the module docstring); ``context``: the
    words after the item in its sentence, read when the item itself names no family.

    >>> figure_family("person", "orang meninggal dunia"), figure_family("person", "jiwa")
    ('dead', '')
    >>> figure_family("person", "warga", "masih hilang di sungai")
    'missing'
    >>> figure_family("hectare", "hutan", "hilang dalam lima tahun")  # not people
    ''
    >>> figure_family("ton", "beras impor"), figure_family("ton", "gula kristal")
    ('imported', '')
    """
    pattern, _ = _families()
    for text in (str(item or "").lower(), str(context or "").lower()):
        for found in pattern.finditer(text):
            family = _family_of(found.group(0))
            if family and _fits(family, unit):
                return family
    return ""


def _family_of(words: str) -> str:
    _, family_of = _families()
    words = " ".join(words.lower().split())
    return family_of.get(words) or next(
        (f for cue, f in family_of.items() if words.startswith(cue)), "")


def clause_family(text: str, start: int, end: int, item: str = "", unit: str = "") -> str:
    """The family of the figure at ``text[start:end]``: from its ``item`` words, else the
    family word nearest to it inside its clause (between the joints around it); a family
    that counts people never names a figure of hectares (item_families.csv ``units``).

    >>> clause_family("BNPB mencatat 3.450 jiwa mengungsi ke tenda.", 14, 24, unit="person")
    'displaced'
    >>> clause_family("Sekitar 2.300 hektare hutan hilang.", 8, 21, unit="hectare")
    ''
    """
    found = figure_family(unit, item)
    if found:
        return found
    left = max((m.end() for m in _JOINT.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _JOINT.finditer(text, end)), len(text))
    pattern, family_of = _families()
    best, distance = "", None
    for match in pattern.finditer(text, left, right):
        if match.start() < end and match.end() > start:
            continue
        gap = start - match.end() if match.end() <= start else match.start() - end
        if distance is None or gap < distance:
            family = _family_of(match.group(0))
            if family and _fits(family, unit):
                best, distance = family, gap
    return best
