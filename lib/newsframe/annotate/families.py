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


def figure_family(unit: str, item: str, context: str = "") -> str:
    """What a figure counts, beyond its unit (see the module docstring); ``context``: the
    words after the item in its sentence, read when the item itself names no family.

    >>> figure_family("person", "orang meninggal dunia"), figure_family("person", "jiwa")
    ('dead', '')
    >>> figure_family("person", "warga", "masih hilang di sungai")
    'missing'
    >>> figure_family("ton", "beras impor"), figure_family("ton", "gula kristal")
    ('imported', '')
    """
    text = str(item or "").lower()
    pattern, family_of = _families()
    found = pattern.search(text) or pattern.search(str(context or "").lower())
    if not found:
        return ""
    words = " ".join(found.group(0).lower().split())
    return family_of.get(words) or next(
        (f for cue, f in family_of.items() if words.startswith(cue)), "")


def clause_family(text: str, start: int, end: int, item: str = "") -> str:
    """The family of the figure at ``text[start:end]``: from its ``item`` words, else the
    family word nearest to it inside its clause (between the joints around it).

    >>> clause_family("BNPB mencatat 3.450 jiwa mengungsi ke tenda.", 14, 24)
    'displaced'
    """
    found = figure_family("", item)
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
            words = " ".join(match.group(0).lower().split())
            family = family_of.get(words) or next(
                (f for cue, f in family_of.items() if words.startswith(cue)), "")
            if family:
                best, distance = family, gap
    return best
