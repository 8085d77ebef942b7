"""Words that dispute a claim or a figure, by kind: the verdicts of a statement.

A speaker disputes a figure or a claim in many words besides a denial verb. Each kind is one
rule over data/lexicons/denial_cues.csv (the words) and denial_objects.csv (what may be
disputed: a ``claim`` — a report, data, a figure, what someone said — or a ``proposal``):

* ``verdict`` / ``inflate``: a word that judges a claim false or inflated (*hoaks, keliru,
  salah hitung, membesar-besarkan*), in a sentence that names a claim, a proposal or a figure,
  unless a negator stands right before it (*tidak salah hitung* grants the figure);
* ``negated``: a predicate that judges a claim when a ``negator`` (or a colloquial no of kind
  ``no_to_figure``) negates it, in any register
  (*tidak benar, nggak benar, tak sesuai realita, belum yakin dengan data, kurang akurat*),
  with the same object; a double negation (*bukan hal yang tidak masuk akal*) is none;
  a negator may carry an enclitic (*tidaklah benar*) and have a modal after it (*tidak bisa
  dipercaya*); ``negated_claim``: a negated predicate that judges only a claim or a demand,
  never a bare figure (*tuntutan itu tidak bisa dipertanggungjawabkan*, *usulan itu tak dapat
  diterima*; *dana Rp 3 miliar tidak dapat dipertanggungjawabkan* is none);
* ``judgement``: an evaluative word that disputes only a claim (*berlebihan, janggal,
  terlalu kecil, dipertanyakan*): *kenaikan harga itu berlebihan* judges a rise, not a claim;
* a negator or a ``waiver`` right before a verdict or a judgement grants the claim or only
  asks (*tidak diragukan lagi*, *tidak berlebihan*, *tidak usah dibesar-besarkan*, *jangan
  dilebih-lebihkan*): none;
* ``correction``: a corrected figure or claim opening its clause (*…, yang benar …*,
  *Namun, faktanya …*; *melihat data yang benar* is none) or ``corrected`` anywhere
  (*sebenarnya hanya …*), with a figure or a claim in the sentence;
  ``clarification`` (*meluruskan, mengklarifikasi*) with a claim;
* ``comparison``: a figure set against another's — *jauh lebih kecil dari data yang
  dikeluarkan ILO*, *di bawah estimasi panitia*, *berbeda dengan fakta di lapangan*: the
  thing compared with is a claim that has an owner (a name, or *yang dikeluarkan …*), an
  estimate or a claimed figure, or the facts on the ground (*data tahun lalu* is none); its
  owner is not the speaker (*… lebih tinggi daripada angka yang dipaparkan X* said of X's
  own figure is none: the caller checks the speaker against ``Cue.reach``);
* ``comparison`` and the corrections count only in the speaker's own words (the sentence
  that names the speaker, or their quote): a reporter setting two figures side by side in a
  sentence that merely continues a statement disputes nothing;
* a verdict with no object of its own that points back (*Nggak benar itu.*, *ternyata tidak
  sebanyak itu*) takes the object of the sentence before it in the same paragraph;
* a ``cancel`` (*bukan berarti, tidak berarti*) before a verdict, a negated predicate or a
  judgement in its clause denies the verdict: none (*bukan berarti data itu keliru*);
* ``denied_rumour``: a ``denied_fact`` (*tidak ada, tak pernah*) beside a ``rumour`` word of
  the same sentence (*…, seperti yang ramai diberitakan*; *tidak ada kabar dari korban*, a
  rumour word right after the fact, is news missing, and *tidak ada korban jiwa* is none);
* a correction also counts inside a clause when a figure follows it directly (*korban jiwa
  yang benar 129 orang*);
* ``provenance``: a speaker asking where a figure or a claim comes from (*angka itu dari
  mana?*, *5 persen itu hitungan dari mana*, *dari mana data tersebut?*) — a claim word or a
  figure right before the question, or a claim word right after it — in their own words; a
  question somebody is asked (*ditanya dari mana data itu*) and *dari mana saja* are none;
* ``identity``: a speaker saying what a thing is not — a demonstrative subject, then
  *bukan(lah)* and what it is not (*pemadaman itu bukanlah sabotase*, *lahan tersebut bukan
  milik perusahaan*) — in their own words; an ``identity_waiver`` right after it (*bukan
  hanya, bukan karena, bukan kali pertama, bukan berarti*) or a negator (*bukan tidak
  mungkin*) denies nothing.

>>> find_dispute("Menurut Rudi, angka itu nggak benar.", 0, 36).group(0)
'nggak benar'
>>> find_dispute("Harga cabai tahun ini berlebihan.", 0, 33) is None
True
"""

import re
from typing import NamedTuple

from .. import lexicons

__all__ = ["Cue", "find_dispute", "page_verdict"]

_ENCLITIC = r"(?:lah|kah|pun)?(?![\w-])"  # berlebihanlah; "tidak benar-benar" is no cue
_NUMBER = (r"(?:\d|(?<!\w)(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|"
           r"seratus|seribu|sejuta|belasan|puluhan|ratusan|ribuan|jutaan|miliaran)(?!\w))")


class Cue(NamedTuple):
    """A dispute found in a sentence: where its words are, what they are, of which kind
    (read like a regex match: ``start()``, ``end()``, ``group(0)``)."""

    at: int
    to: int
    words: str
    kind: str
    reach: int = -1  # a comparison: where the thing compared with ends

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to

    def group(self, _=0) -> str:
        return self.words


def _words(table, kind: str) -> list[str]:
    return list(table.loc[table["kind"] == kind, "cue"])


def _alternation(words) -> str:
    return lexicons.trie_regex(sorted({w.strip() for w in words if w.strip()}))


@lexicons.cached()
def _patterns() -> dict:
    """The compiled patterns of every kind (rebuilt when a lexicon is edited); Indonesian rows
    only (English verdicts are read in English articles by the scopes)."""
    cues = lexicons.in_language(lexicons.load("denial_cues"), "id")
    objects = lexicons.in_language(lexicons.load("denial_objects"), "id")
    claims = _words(objects, "claim") + ["jumlah", "yang bilang", "yang menyebut",
                                         "yang mengatakan"]
    owned = r"(?:data|angka|catatan|laporan|rilis|hitungan|pernyataan)"
    claimed = r"(?:klaim|estimasi|perkiraan|versi|target|yang\s+di(?:klaim|sebut\w*|kabarkan))"
    name = r"(?:[A-Z][\w.-]*|pemerintah|panitia|polisi|kepolisian|kementerian|dinas|pemda)"
    compared = (r"(?:(?i:" + owned + r")(?:\s+(?i:resmi))?\s+(?:(?i:yang)\s+(?:\w+\s+){0,2}?"
                r"(?i:di\w+)\s+(?:(?i:oleh)\s+)?)?" + name + r"|(?i:" + claimed + r")"
                r"|(?i:(?:kenyataan|fakta|realita|kondisi)(?:\s+di)?\s+lapangan))")
    # a negator (with an enclitic: *tidaklah benar*), then at most two of an adverb or a
    # modal (*tidak bisa dipertanggungjawabkan*, *tidak sepenuhnya benar*)
    negator = (r"(?i)(?<!\w)(?:" + _alternation(_words(cues, "negator")
                                             + _words(cues, "no_to_figure"))
               + r")(?:lah)?\s+(?:(?:sama\s+sekali|terlalu|begitu|lagi|pernah|bisa|dapat|"
               r"sepenuhnya|seluruhnya)"
               r"\s+){0,2}")
    return {
        "verdict": re.compile(r"(?i)(?<!\w)(?:" + _alternation(
            _words(cues, "verdict") + _words(cues, "inflate")) + r")" + _ENCLITIC),
        "negated": re.compile(negator + r"(?:" + _alternation(_words(cues, "negated"))
                              + r")" + _ENCLITIC),
        "negated_claim": re.compile(negator + r"(?:" + _alternation(
            _words(cues, "negated_claim")) + r")" + _ENCLITIC),
        "judgement": re.compile(r"(?i)(?<!\w)(?:" + _alternation(_words(cues, "judgement"))
                                + r")" + _ENCLITIC),
        "correction": re.compile(r"(?i)(?<!\w)(?:" + _alternation(_words(cues, "correction"))
                                 + r")" + _ENCLITIC),
        "corrected": re.compile(r"(?i)(?<!\w)(?:" + _alternation(_words(cues, "corrected"))
                                + r")" + _ENCLITIC),
        "clause_opening": re.compile(r"(?i)(?:^|[,;:(\-\u2013\u2014]|(?<!\w)(?:namun|tapi|tetapi|"
                                     r"padahal|bahwa|sedangkan|sementara|justru))"
                                     r"[\s\"\u201c\u201d'\u2018\u2019]*$"),
        "clarification": re.compile(r"(?i)(?<!\w)(?:" + _alternation(
            _words(cues, "clarification")) + r")" + _ENCLITIC),
        "comparison": re.compile(r"(?<!\w)(?P<head>(?i:(?:jauh\s+|relatif\s+|sangat\s+)?(?:"
                                 + _alternation(_words(cues, "comparison")) + r")))\s+"
                                 r"(?i:(?:dari|dengan|daripada|dibanding(?:kan)?(?:\s+dengan)?"
                                 r"|ketimbang)\s+)?" + compared),
        "claim": lexicons.cue_pattern(claims),
        "owned": lexicons.cue_pattern(_words(objects, "claim")),
        "any_object": lexicons.cue_pattern(claims + _words(objects, "proposal")
                                           + _words(objects, "plan")),
        "figure": re.compile(_NUMBER, re.IGNORECASE),
        "double_negation": re.compile(r"(?i)\bbukan\s+(?:\w+\s+){0,2}yang\s+$"),
        # a negator or a waiver right before a verdict grants the claim or only asks
        # (*tidak salah hitung*, *tidak diragukan lagi*, *tidak usah dibesar-besarkan*)
        "negated_before": re.compile(r"(?i)(?<!\w)(?:" + _alternation(
            _words(cues, "negator") + _words(cues, "no_to_figure") + _words(cues, "waiver"))
                                     + r")(?:lah)?\s+$"),
        "points_back": re.compile(r"(?i)(?<!\w)(?:itu|tersebut|ini)(?!\w)"),
        # "bukan berarti data itu keliru" (does not mean): the verdict after it is denied
        "cancel": re.compile(r"(?i)(?<!\w)(?:" + _alternation(_words(cues, "cancel"))
                             + r")(?!\w)[^.;]*$"),
        # a fact denied beside a rumour (*tidak ada pemotongan gaji, seperti yang ramai
        # diberitakan*); a rumour word right after the fact is what is missing (*tidak ada
        # kabar dari korban*)
        "denied_fact": re.compile(r"(?i)(?<!\w)(?:" + _alternation(_words(cues, "denied_fact"))
                                  + r")(?!\w)"),
        "rumour": re.compile(r"(?i)(?<!\w)(?:" + _alternation(_words(cues, "rumour"))
                             + r")(?!\w)"),
        # "angka itu dari mana", "dari mana data tersebut": where a figure comes from, asked
        "provenance": re.compile(r"(?i)(?<!\w)(?:" + _alternation(_words(cues, "provenance"))
                                 + r")(?!\w)(?!\s+(?:saja|pun)(?!\w))"),
        # "cuti itu bukanlah mogok kerja": what a thing is not, after a demonstrative subject
        "identity": re.compile(r"(?i)(?<!\w)(?:itu|tersebut|ini)\s+(?P<cue>(?:"
                               + _alternation(_words(cues, "identity")) + r")(?:lah)?)"
                               r"\s+(?!(?:" + _alternation(_words(cues, "identity_waiver")
                                                        + _words(cues, "no_to_figure"))
                               + r")(?!\w))\w"),
        "asked": re.compile(r"(?i)(?<!\w)(?:ditanya|ditanyakan|menanyakan|bertanya|tanya)"
                            r"(?:\s+\w+){0,2}\s+$"),
        "figure_after": re.compile(r"(?i)\s*(?:adalah\s+|ialah\s+|yakni\s+|yaitu\s+|:\s*)?"
                                   r"(?:hanya\s+|cuma\s+|sebanyak\s+)?" + _NUMBER),
        # the opening words of every kind find_dispute returns, in one prefix tree: a sentence
        # without any of them (most) disputes nothing, and is not searched kind by kind
        "any_cue": re.compile(r"(?i)(?<!\w)(?:jauh\s+|relatif\s+|sangat\s+)?(?:" + _alternation(
            [w for kind in ("verdict", "inflate", "negator", "no_to_figure", "judgement",
                            "correction", "corrected", "clarification", "comparison",
                            "denied_fact", "provenance", "identity")
             for w in _words(cues, kind)]) + r")"),
    }


def _first(pattern: re.Pattern, text: str, start: int, end: int):
    return pattern.search(text, start, end)


def find_dispute(text: str, start: int, end: int, before: tuple[int, int] | None = None,
                 own_words: bool = True) -> Cue | None:
    """The first words of ``text[start:end]`` (one sentence) that dispute a claim or a figure,
    by the kinds of the module docstring, else None. ``before``: the span of the sentence
    before it in the same paragraph, whose object a verdict pointing back may take;
    ``own_words``: the sentence names its speaker or is their quote (False: it only
    continues a statement, and comparisons and corrections count for nothing).

    >>> find_dispute("Data BPS jauh lebih kecil dari data yang dikeluarkan ILO.", 0, 57).kind
    'comparison'
    >>> find_dispute("Jumlahnya jauh lebih besar dari data tahun lalu.", 0, 48) is None
    True
    """
    p = _patterns()
    if p["any_cue"].search(text, start, end) is None:
        return None

    def has(kind: str, lo: int = start, hi: int = end) -> bool:
        return p[kind].search(text, lo, hi) is not None

    def with_object(found, objects: tuple[str, ...]) -> bool:
        if any(has(kind) for kind in objects):
            return True
        if before is None or not p["points_back"].search(text, start, end):
            return False
        return any(has(kind, *before) for kind in objects)

    def cancelled(found) -> bool:  # "bukan berarti data itu keliru"
        return p["cancel"].search(text, max(start, found.start() - 80), found.start()) \
            is not None

    for found in p["verdict"].finditer(text, start, end):
        if p["negated_before"].search(text[max(start, found.start() - 20):found.start()]):
            continue  # "tidak salah hitung" grants the figure
        if cancelled(found):
            break
        if with_object(found, ("any_object", "figure")):
            return Cue(found.start(), found.end(), found.group(0), "verdict")
        break
    for found in p["negated"].finditer(text, start, end):
        if p["double_negation"].search(text[max(start, found.start() - 40):found.start()]) \
                or cancelled(found):
            continue
        if with_object(found, ("any_object", "figure")):
            return Cue(found.start(), found.end(), found.group(0), "negated")
    for found in p["negated_claim"].finditer(text, start, end):
        if with_object(found, ("any_object",)):
            return Cue(found.start(), found.end(), found.group(0), "negated")
    for found in p["judgement"].finditer(text, start, end):
        if p["negated_before"].search(text[max(start, found.start() - 20):found.start()]):
            continue  # "tidak diragukan lagi", "tidak berlebihan": the claim is granted
        if cancelled(found):
            break
        if with_object(found, ("claim",)):
            return Cue(found.start(), found.end(), found.group(0), "judgement")
        break
    if own_words:
        for found in p["correction"].finditer(text, start, end):
            if (p["clause_opening"].search(text[start:found.start()])
                    or p["figure_after"].match(text, found.end(), end)) and \
                    with_object(found, ("claim", "figure")):
                return Cue(found.start(), found.end(), found.group(0), "correction")
        found = _first(p["corrected"], text, start, end)
        if found and with_object(found, ("claim", "figure")):
            return Cue(found.start(), found.end(), found.group(0), "corrected")
    found = _first(p["clarification"], text, start, end)
    if found and has("claim"):
        return Cue(found.start(), found.end(), found.group(0), "clarification")
    for found in p["denied_fact"].finditer(text, start, end):
        rumours = [r for r in p["rumour"].finditer(text, start, end)
                   if r.start() < found.start() or text[found.end():r.start()].strip()]
        if rumours:
            return Cue(found.start(), found.end(), found.group(0), "denied_rumour")
    for found in p["provenance"].finditer(text, start, end) if own_words else ():
        if p["asked"].search(text, max(start, found.start() - 40), found.start()):
            continue  # "ditanya dari mana data itu": the reporter asks
        lo, hi = max(start, found.start() - 50), min(end, found.end() + 30)
        if has("claim", lo, found.start()) or has("figure", lo, found.start()) or \
                has("claim", found.end(), hi):
            return Cue(found.start(), found.end(), found.group(0), "provenance")
    found = _first(p["identity"], text, start, end) if own_words else None
    if found:
        return Cue(found.start("cue"), found.end("cue"), found.group("cue"), "identity")
    found = _first(p["comparison"], text, start, end) if own_words else None
    if found:
        return Cue(found.start(), found.end("head"), found.group("head"), "comparison",
                   found.end())
    return None


def page_verdict(text: str, start: int, end: int) -> Cue | None:
    """A verdict or a negated predicate of ``text[start:end]`` (one sentence nobody speaks)
    that judges a claim named in it (denial_objects.csv ``claim``: *klaim, kabar, informasi,
    unggahan, narasi*), as a fact check gives the page's own verdict; else None. A figure
    judged with no claim named (*kebijakan yang keliru*, *belum tepat sasaran, 15,7 persen*)
    is none.

    >>> page_verdict("Narasi yang beredar itu hoaks.", 0, 30).group(0)
    'hoaks'
    >>> page_verdict("Kebijakan yang keliru memperbesar risiko krisis.", 0, 48) is None
    True
    """
    cue = find_dispute(text, start, end, None, own_words=False)
    if cue is None or cue.kind not in ("verdict", "negated") or \
            _patterns()["owned"].search(text, start, end) is None:
        return None
    return cue


# between a claim word and its owner: a passive relative clause (its agent after "oleh"),
# "dari", "versi", "milik", "pihak"; "pemalsuan data oleh X" names an actor, not an owner
_OWNER_GAP = re.compile(r"(?i)\s*(?:(?:yang\s+(?:\w+\s+){0,2}?di\w+(?:\s+oleh)?|dari|versi|"
                        r"milik|dari\s+pihak|pihak)\s+)*$")


def find_owner(text: str, start: int, end: int, speaker: str = "",
               media: frozenset = frozenset()) -> str:
    """Whose claim or figure ``text[start:end]`` (the part of a sentence where the disputed
    claim stands) names: the name right after a claim word (denial_objects.csv ``claim``),
    directly or after a relative clause, *dari*, *versi* or *pihak* (*klaim Panitia
    Festival*, *data yang dikeluarkan oleh ILO*, *laporan dari pihak Basarnas*), or a name
    holding the claim word (*Data Kemenaker*), that is neither the speaker nor one of the
    ``media`` that relay the statement (*dalam wawancara dengan kantor berita X*); "" when
    none.

    >>> find_owner("BNPB mengoreksi data yang disampaikan Gubernur Jawa Barat.", 0, 58, "BNPB")
    'Gubernur Jawa Barat'
    >>> find_owner("Data Dinas Sosial itu keliru.", 0, 29)
    'Dinas Sosial'
    >>> find_owner("Data itu salah catat.", 0, 21)
    ''
    """
    from .mentions import find_mentions  # mentions imports nothing of this module

    mentions = [m for m in find_mentions(text, start, end)
                if m.kind in ("person", "organisation", "state", "group", "unknown")
                and (m.name or m.refer == "title")]
    for claim in _patterns()["owned"].finditer(text, start, end):
        for mention in mentions:
            # "Data Kemenaker": one mention, the owner's name holding the claim word
            if mention.start <= claim.start() < claim.end() < mention.end and mention.name:
                if mention.canonical not in {speaker, *media}:
                    return mention.canonical
                break
            if mention.start < claim.end():
                continue
            gap = text[claim.end():mention.start]
            if len(gap) <= 60 and _OWNER_GAP.fullmatch(gap):
                if mention.canonical not in {speaker, *media}:
                    return mention.canonical
            break
    return ""
