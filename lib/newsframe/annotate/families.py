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


# the unit kinds that measure a thing rather than count it (data/lexicons/units.csv ``kind``)
MEASURE_KINDS = frozenset({"measure", "currency", "ratio"})
_NAME = re.compile(r"(?<![\w-])[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}")


@lexicons.cached()
def _things() -> tuple[re.Pattern, dict[str, str]]:
    table = lexicons.load("item_things")
    return (lexicons.cue_pattern(table["cue"]),
            {" ".join(c.lower().split()): t for c, t in zip(table["cue"], table["thing"],
                                                             strict=True)})


@lexicons.cached()
def _unit_kinds() -> dict[str, str]:
    table = lexicons.load("units")
    return {u: k for u, k in zip(table["unit"], table["kind"], strict=True) if u}


@lexicons.cached()
def _not_things() -> frozenset:
    """Words that never name what a measure measures: function and common words, months,
    weekdays, family cues (``kuota``, ``subsidi``: what is said of the thing)."""
    words = set(lexicons.load("common_words")["word"]) | set(lexicons.load("stopwords")["word"])
    words |= set(lexicons.in_language(lexicons.load("months"), "id")["name"])
    words |= set(lexicons.in_language(lexicons.load("weekdays"), "id")["name"])
    words |= {c.rstrip("*") for c in lexicons.load("item_families")["cue"]}
    return frozenset(w.lower() for w in words)


def _named_thing(item: str) -> str:
    """A capitalised name in the item that is no actor, place, month or common word
    (``kuota Pertamax Green``: a product the lexicon does not know)."""
    from .actors import find_actors

    places = {p.lower() for p in lexicons.load("places").iloc[:, 0]}
    for found in _NAME.finditer(item):
        words = [w for w in found.group(0).split() if w.lower() not in _not_things()]
        name = " ".join(words)
        if not words or name.lower() in places or find_actors(name) or name.isupper():
            continue
        return name
    return ""


def figure_thing(unit: str, item: str, sentence: str = "") -> str:
    """What a measure measures (``kiloliter`` of Pertalite or of solar, ``ton`` of rice): a
    thing of data/lexicons/item_things.csv in the figure's item, else a capitalised name in
    it that is no actor, place or month, else the one thing its sentence names (none when it
    names two). Counts of people or objects (``orang``, ``kontainer``) have none: their unit
    is the thing.

    >>> figure_thing("kiloliter", "kuota BBM jenis Pertalite"), figure_thing("ton", "beras")
    ('Pertalite', 'beras')
    >>> figure_thing("kiloliter", "realisasinya", "Penyaluran solar mencapai 9 juta KL.")
    'solar'
    >>> figure_thing("kiloliter", "", "Kuota solar 17 juta KL dan Pertalite 29 juta KL.")
    ''
    >>> figure_thing("kiloliter", "kuota Bioavtur Nusa"), figure_thing("person", "beras")
    ('Bioavtur Nusa', '')
    """
    if _unit_kinds().get(str(unit or "")) not in MEASURE_KINDS:
        return ""
    pattern, thing_of = _things()
    item = str(item or "")
    found = pattern.search(item)
    if found:
        return thing_of[" ".join(found.group(0).lower().split())]
    named = _named_thing(item)
    if named:
        return named
    things = {thing_of[" ".join(m.group(0).lower().split())]
              for m in pattern.finditer(str(sentence or ""))}
    return things.pop() if len(things) == 1 else ""
