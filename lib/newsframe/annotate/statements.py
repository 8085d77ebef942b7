"""Statements: who says something in one sentence, with which verb and in which form.

:class:`Reader` reads the attribution forms Indonesian news uses (verbs and their classes are
in data/lexicons/attribution_verbs.csv) in one sentence of a title or body — a speaker before
a reporting verb, after it (``"…," kata X``, ``katanya``), ``menurut X``, a colon, a passive
with an agent, ``Dikatakan, …``, a document's author (``Dalam lembar fakta X, …``) — and the
media that relay them. The article-level pass (:mod:`newsframe.annotate.scopes`) resolves its
speakers and gives each statement the text it covers.

>>> from newsframe.annotate.mentions import find_mentions
>>> body = "Kremlin langsung membantah laporan itu."
>>> found = Reader(body, False).statements((0, len(body)), find_mentions(body))
>>> [(s.speaker.canonical, s.verb, s.verb_class, s.form) for s in found]
[('Russia government', 'membantah', 'denial', 'pre_verb')]
"""

import bisect
import re
from dataclasses import dataclass, field

from .. import lexicons
from ..lang import text
from ..read import urls
from ..read.outlets import dateline_end
from .coreference import Context
from .descriptions import english_mentions, is_description, names_a_title
from .mentions import (
    Mention,
    _countries,
    _is_calendar,
    _places,
    _scanners,
    _words,
    document_word,
    find_mentions,
    modifier_word,
    through_document,
)
from .quotes import SortedSpans, quote_spans

_NEGATION = re.compile(r"(?:\b(?:tidak|tak|belum|enggan|bukan|tanpa)\s+(?:pernah\s+|mau\s+|"
                       r"ingin\s+)?|\bmenolak\s+untuk\s+|\benggan\s+untuk\s+"
                       # purpose and manner: "untuk mendapatkan data", "bagaimana militer
                       # memperoleh informasi" say nothing
                       r"|\b(?:untuk|guna)\s+|\bbagaimana\s+\w+(?:\s+\w+)?\s+)$", re.I)
_WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_SPEAKER_KINDS = ("person", "organisation", "state", "group", "unknown", "document")
_IMPERSONAL = re.compile(r"\s*(Dikatakan|Disebutkan|Ditambahkan|Dijelaskan|Diungkapkan|"
                         r"Dilaporkan)\s*(?:,|\s+bahwa\b)")
_CONJUNCTION = re.compile(r"(?:,|\s)\s*(?:dan|maupun|mau\s+pun|serta)\s*$|,\s*$", re.I)
_PREDICATE_LINK = re.compile(r"(?:,\s*|\s)(?:dan|serta|lalu|kemudian|sambil|seraya|dengan|"
                             r"sekaligus|seraya)\s*$|,\s*$", re.I)
# "… yang dikuasai", "… yang berbasis di": a relative clause whose object ends right before
# the verb; the subject is the noun before "yang"
_RELATIVE_OBJECT = re.compile(
    r"\s*,?\s*\byang\s+(?:di|ber|ter|me)\w+(?:\s+(?:di|oleh|ke|dari))?\s+$")
_PLACE_APPOSITIVE = re.compile(r",\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s*,?\s*$")
# ("X melalui data dinas kesehatan mencatat": the means X speaks through, between the two)
_SETTING = re.compile(
    r"\s+(dalam|saat|ketika|seusai|usai|di\s+sela(?:-sela)?|melalui|lewat)\s+[a-z]"
    r"[^,\"“”.;]{2,70}$")
# "ketika X mengatakan", "saat itu X mengatakan": a clause's conjunction, its subject after it
_CLAUSE_SETTINGS = ("saat", "ketika")
# "AS melalui Departemen Luar Negerinya menuduh": the subject speaks through an organ of it
_THROUGH = re.compile(r"\b(?:melalui|lewat)\s+$", re.I)
# "… in Washington, DC, claims", "based in Busan, South Korea, said": the end of an address
_ADDRESS_TAIL_EN = re.compile(r"\b(?:in|at|from|near)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?,\s*$")
_STATE_CODE = re.compile(r"[A-Z]\.?[A-Z]\.?")
# "X didampingi Y", "X, dengan didampingi oleh Y,", "X, accompanied by Y,": Y is a companion
_COMPANION = re.compile(r"\s*,?\s*\b(?:dengan\s+)?(?:didampingi|ditemani|accompanied\s+by)"
                        r"(?:\s+oleh)?\s+$", re.I)
_AFFILIATION = re.compile(r"\s+(?:dari|di)\s+$")
_AFFILIATION_EN = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?$")  # "X of the agency told"
_OBJECT_OF = re.compile(r"\b(?:selain|seperti|termasuk|kecuali|bersama|dengan|antara)\s+$",
                        re.I)
_RELATIVE_BEFORE_VERB = re.compile(
    r",\s*(?:yang|dalam|saat|ketika|seusai|usai|setelah|di\s+sela|kepada|melalui|lewat)\s"
    r"[^,\"“”]{1,120},\s*$"
    # an appositive between commas: "Rina Hartono, perwakilan dari dinas itu, mengatakan"
    # (not "…, termasuk X dan Y, mengatakan": there X and Y speak)
    r"|,\s*(?!(?:termasuk|seperti|yakni|yaitu|dan|atau|serta|maupun|juga)\b|antara\s+lain\b)"
    r"[a-z][^,\"“”.;:]{2,90}"
    r",\s*$")
# where the speaker spoke, between speaker and verb: "X di kantornya", "X di Kota Serang"
_LOCATED = re.compile(r"\s+di\s+((?-i:[a-z]+)|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s*$")


# "Indonesia mencatat 420 kasus baru", "Kota X yang melaporkan 90 kasus", "Malaysia recorded
# 310 new cases": a country or a place tallying cases is where they were, not who counted them
_TALLY_VERBS = frozenset({"mencatat", "mencatatkan", "melaporkan", "recorded", "records",
                          "registered", "reported", "reports"})
# what a place has rather than tells: cases, and a balance it runs ("Indonesia mencatatkan
# surplus …": the country posts it, who counted it is named elsewhere)
_CASES_AFTER = re.compile(r"(?:[^.;:\"“”]|[.,](?=\d)){0,100}?"
                          r"\b(?:kasus|cases?|infeksi|infections?|surplus|defisit|deficit|"
                          r"inflasi|deflasi|inflation|deflation)\b", re.I)


@lexicons.cached()
def country_names() -> frozenset:
    """Countries as Indonesian and English write them (Babel's ``id`` and ``en`` locales),
    lower case.

    >>> "indonesia" in country_names() and "south korea" in country_names()
    True
    """
    from babel import Locale

    english = Locale("en").territories.values()
    return _countries() | frozenset(re.sub(r"\s*\(.*?\)", "", n).strip().lower()
                                    for n in english)


@lexicons.cached()
def country_short_forms() -> frozenset:
    """Countries' short forms in news text (data/lexicons/country_short_forms.csv: *RI* for
    Indonesia), lower case: alone as a speaker or claimant they stand for the country, as
    its names of :func:`country_names` do (round 23k).

    >>> "ri" in country_short_forms()
    True
    """
    return frozenset(" ".join(w.lower().split())
                     for w in lexicons.load("country_short_forms")["short"])


def _a_place_tallying(body: str, speaker: Mention, verb: str, verb_end: int) -> bool:
    """Whether a speaker is a country or a place that had the cases its verb tallies (the
    claimant is who counted them, named elsewhere or nobody).

    >>> body = "Kota Lembah melaporkan 90 kasus baru."
    >>> _a_place_tallying(body, Mention(0, 11, "Kota Lembah", kind="organisation"),
    ...                   "melaporkan", 22)
    True
    """
    if verb.lower() not in _TALLY_VERBS or speaker.kind not in ("unknown", "state",
                                                               "organisation", "place"):
        return False
    words = " ".join(speaker.text.lower().split())
    place = words in country_names() or words in country_short_forms() or \
        words in _places()[0] or (
        words.split()[0] in _DIVISION_WORDS and len(words.split()) > 1
        and speaker.type in ("unknown", "place", ""))
    return place and _CASES_AFTER.match(body, verb_end) is not None


# "Kalimantan also recorded a 3.45 percent growth", "the eastern provinces recorded faster
# growth": a place's own change or share, what the place had and nobody's statement
_RECORDING_VERBS_EN = frozenset({"recorded", "records", "registered", "registers"})
_CHANGE_AFTER_EN = re.compile(r"(?:[^.;:\"“”]|[.,](?=\d)){0,100}?"
                              r"(?:\b(?:growth|contraction|expansion|increase|decrease|rise|"
                              r"decline|share|percent|per\s+cent)\b|%)", re.I)


def _a_place_recording_en(body: str, speaker: Mention, verb: str, verb_end: int) -> bool:
    """Whether the subject of an English *recorded* is a country or a place whose own
    growth, change or share the verb gives (round 22e, second part): the place is where the
    figure was, who gives it is the speaker before, the body named elsewhere, or the page.

    >>> body = "Vietnam also recorded a 6.1 percent growth."
    >>> _a_place_recording_en(body, Mention(0, 7, "Vietnam", kind="state"), "recorded", 21)
    True
    >>> _a_place_recording_en(body, Mention(0, 7, "Vietnam", kind="state"), "said", 21)
    False
    """
    if verb.lower() not in _RECORDING_VERBS_EN or speaker.kind not in (
            "unknown", "state", "organisation", "place"):
        return False
    words = re.sub(r"^the\s+", "", " ".join(speaker.text.lower().split()))
    place = speaker.kind == "place" or speaker.type == "place" or \
        words in country_names() or words in _places()[0]
    return place and _CHANGE_AFTER_EN.match(body, verb_end) is not None


# round 24a: an unnamed group of people (*rescuers, villagers, divers*) that *found* a count
# found the things counted: an act, not a report's finding (*Abdul said rescuers found three
# more bodies*: Abdul speaks)
_FOUND_COUNT_EN = re.compile(r"\s+(?:another\s+|a\s+further\s+)?(?:\d|(?:one|two|three|four|five|"
                             r"six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|scores)"
                             r"(?![\w-]))", re.IGNORECASE)


def _a_group_finding_en(body: str, speaker: Mention, verb: str, verb_end: int) -> bool:
    """Whether the subject of an English *found* is an unnamed group of people and a count
    follows the verb (see :data:`_FOUND_COUNT_EN`).

    >>> body = "Divers found two more bodies."
    >>> _a_group_finding_en(body, Mention(0, 6, "Divers", kind="group"), "found", 12)
    True
    >>> body = "The survey found 40 percent of voters undecided."
    >>> _a_group_finding_en(body, Mention(0, 10, "The survey", kind="document"), "found", 16)
    False
    """
    return verb.lower() in ("found", "find", "finds") and speaker.kind == "group" and \
        _FOUND_COUNT_EN.match(body, verb_end) is not None


@lexicons.cached()
def _courts() -> dict:
    """{language: (a court's words, its ruling verbs)} of data/lexicons/courts.csv."""
    table = lexicons.load("courts")
    out = {}
    for language in ("id", "en"):
        rows = lexicons.in_language(table, language)
        words = [" ".join(c.lower().split()) for c in rows.loc[rows["kind"] == "court", "cue"]]
        out[language] = (re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words))
                                    + r")(?![\w-])"),
                         frozenset(c.lower() for c in rows.loc[rows["kind"] == "ruling", "cue"]))
    return out


# the title or role right before a judge's name: "Judge Maria Santos", "Hakim Ketua, X"
_COURT_TITLE = re.compile(r"(?:(?<![\w-])(?:the|a)\s+)?(?:[\w-]+\s+){0,2}?(\w+)(?:\s+(?:ketua|"
                          r"anggota))?\s*,?\s*$", re.IGNORECASE)


def _a_court_ruling(body: str, speaker: Mention, verb: str, floor: int,
                    english: bool) -> bool:
    """Whether a rejection verb's subject is a court or a judge (round 25g, second part):
    *the district court dismissed the claim*, *Judge X rejected the claim that …*, *majelis
    hakim menolak klaim terdakwa* rule on a claim; nobody denies it (data/lexicons/courts.csv).

    >>> body = "But the court dismissed the claim."
    >>> _a_court_ruling(body, Mention(4, 13, "the court", kind="organisation"), "dismissed", 0,
    ...                 True)
    True
    >>> _a_court_ruling(body, Mention(4, 13, "the court", kind="organisation"), "denied", 0,
    ...                 True)
    False
    """
    words, rulings = _courts()["en" if english else "id"]
    if verb.lower() not in rulings:
        return False
    if words.search(speaker.text.lower()) or words.search(body[speaker.start:speaker.end].lower()):
        return True
    title = _COURT_TITLE.search(body, max(floor, speaker.start - 40), speaker.start)
    return title is not None and words.fullmatch(title.group(1).lower()) is not None


_BULLET = re.compile(r"[ \t]*[-–—•·*][ \t]+(?=\S)")


def _in_a_headline_list(body: str, at: int) -> bool:
    """Whether the line holding ``at`` is one of a list of other stories' headlines (round
    25g, second part): it opens with a bullet (*- , • , * *), its words of four letters or
    more are mostly capitalised, it ends with no full stop, and the line before or after it
    (blank lines skipped) is such a line too (*- Arsari Group Bantah …* under a page's
    related headlines). A single bullet, or bullets ending in full stops (a fact check's
    summary: *- Klaim … terbukti tidak benar.*), are the page's own text.

    >>> body = "Teks.\\n- Harga Cabai Naik\\n- Bupati Bantah Isu Pungli\\n"
    >>> _in_a_headline_list(body, body.index("Bantah"))
    True
    >>> _in_a_headline_list("Teks.\\n- Bupati Bantah Isu Pungli\\n", 12)
    False
    """
    def headline_line(start: int, end: int) -> bool:
        line = body[start:end].rstrip()
        if not line or _BULLET.match(line) is None or line.endswith((".", "!", "?")):
            return False
        words = [w for w in re.findall(r"[^\W\d_]{4,}", line)]
        return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)

    start = body.rfind("\n", 0, at) + 1
    end = body.find("\n", at)
    end = len(body) if end == -1 else end
    if not headline_line(start, end):
        return False
    # the next line with words before and after it (blank lines between them: paragraphs)
    before = body[:start].rstrip()
    if before and headline_line(before.rfind("\n") + 1, len(before)):
        return True
    after = len(body) - len(body[end:].lstrip())
    if after < len(body):
        following = body.find("\n", after)
        return headline_line(after, len(body) if following == -1 else following)
    return False


def _where(words: str) -> bool:
    """Do ``words`` after *di* name where a statement was made: one lower-case word (*di
    kantornya*, *di lokasi*) or a known place, bare or after a division (*di Kota Serang*)."""
    if words.islower():
        return words not in _not_role_words()
    lower = " ".join(words.lower().split())
    return lower in _places()[0] or lower.split()[0] in _DIVISION_WORDS


_BARE_RELATIVE = re.compile(r"\s+yang\s+[^,.;:\"“”]{1,60}$")
_TELLS = frozenset({"memberitahu", "memberi tahu", "memberitahukan"})  # whom: their object
_TO_MEDIUM = re.compile(r"\s+(?:kepada|pada)\s+")  # "mengatakan kepada Reuters"
# ", kata X kepada Reuters", ", ujar X, analis di Y, kepada Reuters": after a speaker who follows
# the verb, whom the speaker told
_TOLD_AFTER = re.compile(r"(?:\s*,[^,\"“”.;:]{1,120},)?\s*kepada\s+")
_AFTER_VERB = re.compile(r"(?:^|\s)(?:(?:me\w+|ber\w+|ke|dari|di|untuk|kepada|dengan|atas|"
                         r"terhadap|oleh|bagi|pada|antara|soal)|(?:di|dari|ke|untuk|kepada|"
                         r"dengan|terhadap|bagi|antara)\s+[a-z]\w+)\s+$", re.I)
_RELAY_CUE = re.compile(r"(?i)(?<![\w-])(?:(?:seperti|sebagaimana)\s+)?"
                        r"(dilansir|melansir|dikutip|mengutip|menukil|dinukil)"
                        r"(?:\s+(?:dari|oleh))?\s+")
# "dalam laporan Kommersant", "dalam laporan situs X dari Y": a medium's report (the
# medium is checked: "dalam laporan kepada parlemen" names none)
_REPORT_OF = re.compile(r"(?i)(?<![\w-])dalam\s+(?:laporan|pemberitaan|siaran|tayangan|"
                        r"artikel)\s+(?:(?:[^\s,;:\"“”]+\s+){0,3}?(?:dari|oleh)\s+|)")
# "neither Anies nor Ganjar conceded": two candidates refusing a count (round 22g)
_NEITHER_CONCEDED_EN = re.compile(r"(?i)(?<![\w-])neither\s+([^,;:.]{1,60}?)\s+nor\s+"
                                  r"([^,;:.]{1,60}?)\s+(?:(?:has|have|had)\s+)?(?:yet\s+)?"
                                  r"(conceded|admitted\s+defeat)(?![\w-])")
# a speaker briefed by a body: "setelah mendapat penjelasan dari X", "usai menerima pengarahan
# tertutup dari X", English "after a closed-door briefing by X", "after being briefed by X",
# "lawmakers briefed by X": the body whose information the speaker passes on (round 25e2)
_BRIEFING = re.compile(r"(?<![\w-])(?:setelah|usai|seusai|sesudah|selepas)\s+(?:mendapat|"
                       r"mendapatkan|menerima|memperoleh|diberi)\s+(?:informasi|penjelasan|"
                       r"pengarahan|paparan|keterangan|laporan|briefing)(?:\s+(?:tertutup|"
                       r"rahasia|resmi|terbaru|langsung))?\s+(?:dari|oleh)\s+(?:pihak\s+)?")
# the word closing a title and the comma before its holder's name ("komandan militer utamanya, ")
_TITLE_THEN_NAME = re.compile(r"(?:\s+[\w-]+)?\s*,\s*")
_BRIEFING_EN = re.compile(r"(?<![\w-])(?:(?:after|following)\s+(?:a\s+|an\s+|the\s+)?(?:(?:"
                          r"closed-door|closed|private|classified|confidential|secret|"
                          r"parliamentary|intelligence)\s+)*briefings?\s+(?:by|from)|"
                          r"briefed\s+by)\s+(?:the\s+)?")
# English: "intelligence shared with The Financial Times", "a memo seen by Reuters"
_REPORT_OF_EN = re.compile(r"(?i)(?<![\w-])(?:shared\s+with|provided\s+to|seen\s+by|"
                           r"obtained\s+by|reviewed\s+by|in\s+an?\s+(?:report|article)\s+"
                           r"(?:by|from|in))\s+")
# a line naming where the page's text came from: "Source: X", "Sumber: X"
# (or a medium in brackets closing a paragraph: "… pekan lalu. (Kyodo)")
_CREDIT_LINE = re.compile(r"(?im)^[ \t]*(?:source|sumber)[ \t]*:[ \t]*"
                          r"|(?:^|(?<=[.!?\"”] )|(?<=[.!?\"”]))\((?=[A-Z][\w .&-]{1,40}\)[ \t]*$)"
                          r"|(?<=[.!?\"”])[ \t]?\((?-i:(?=[a-z][\w.-]{1,30}\)[ \t]*$))")
# a credit pair "(Yonhap via AFP)": the medium that carried the first one's words
_VIA = re.compile(r"[^\S\n]+via[^\S\n]+", re.I)
# a medium a site writes in lower case, run together ("detiknews", "cnnindonesia")
_LOWER_WORD = re.compile(r"[a-z][\w-]*(?:\.[a-z]{2,})*")
# "CGTN Europe", "TVP World": a medium's short form in capitals, then a word of its name
_CAPITALS_NAME = re.compile(r"[A-Z]{2,}\d*(?:\s+[A-Z][\w-]*){1,3}")
# "… selalu membantah. cnnindonesia/nor" closing the page: the outlet the text came from
# (data/outlets.csv, by a spelling or its domain's name), then the editor's initials
_CREDIT_INITIALS = re.compile(r"(?m)(?:^|(?<=[.!?\"”] ))[ \t]*([A-Za-z][\w.-]{1,30})/"
                              r"[a-z]{2,5}[ \t]*$")
# a relay cue ending a line with no sentence end: its medium opens the next line
_CUT_RELAY = re.compile(r"(?i)(?<![\w-])(?:(?:seperti|sebagaimana)\s+)?(dilansir|dikutip|dimuat|"
                        r"disiarkan|diberitakan)(?:\s+(?:dari|oleh))?\s*$")
_OPENER = re.compile(r"\s*(?:sementara\s+itu|selain\s+itu|namun|adapun|kemudian|lalu|"
                     r"di\s+sisi\s+lain|sedangkan|perlu\s+diketahui)(?:\s*,\s*|\s+(?=berdasarkan\s|"
                     r"mengacu\s|merujuk\s|sesuai\s|mengutip\s))")
# "Selain itu berdasarkan data X, …": a document opener after a connective with no comma
# (round 20h); "Sesuai data X, …", "Mengutip data X, …", "Dikutip Kabar.id dari laman X, …":
# a body's data opening the sentence (the outlet quoting it named between); "Mengutip dari
# Kementerian X, …" as "Mengutip Kementerian X" (round 21g)
_DOCUMENT_CUE = re.compile(r"\s*(?:di\s+)?(dalam|berdasarkan|merujuk(?:\s+(?:pada|ke))?|"
                           r"mengacu(?:\s+(?:pada|kepada))?|sesuai(?:\s+dengan)?|"
                           r"mengutip(?:\s+dari)?|"
                           r"dihimpun\s+dari|(?:data|catatan|rekapitulasi)\s+dari|"
                           r"(?:seperti|sebagaimana)\s+(?:tercatat|tertulis|tertuang|"
                           r"disebutkan)\s+dalam|"
                           r"(?:seperti\s+)?dikutip\s+[^\s,]+(?:\s+[^\s,]+)?\s+dari)\s+"
                           r"(?:sebuah\s+)?")
# "Kata Kepala Kantor SAR X, kapal itu membawa …", "Lanjut Kapolres, …": a verb of saying
# that stands after its words elsewhere (attribution_verbs.csv position ``post``) opening the
# sentence, its speaker and a comma next: the words after the comma are the speaker's
# (round 25a); the verbs that are also common words (*jelas*, *terang*, *tambah*) stay out
_VERB_FIRST = re.compile(r"[ \t\"“]*((?i:kata|ujar|ucap|imbuh|tutur|lanjut|sambung|ungkap))"
                         r"[ \t]+(?=[A-Z])")
# "Sumber: BPS", "(Sumber data: Dinkes X)": a line naming whose list closes there
_SOURCE_LINE = re.compile(r"[ \t]*\(?(?:[Ss]umber(?:[ \t]+data)?|SUMBER)[ \t]*:[ \t]*")
# "Jumlah itu, berdasarkan data X, turun …": a body's data between commas inside the sentence
_DOCUMENT_ASIDE = re.compile(r",\s*(berdasarkan|mengacu\s+pada|merujuk\s+pada|sesuai)\s+"
                             r"(?=(?:data|catatan|laporan|rilis|rekapitulasi)\s)")
# "Berdasarkan data BPS disebutkan bahwa …": what a document says, with no comma after it
_REPORTED = r"(?:tertulis|disebutkan|dijelaskan|tercatat|dinyatakan|diketahui|terungkap)\b"
# "laporan harian milik Kemenkes", "rekap mingguan Dinkes X": a document's owner after
# *milik/kepunyaan*, or right after a word of the document's period
_DOCUMENT_OWNER = re.compile(r"\s+(?:(?:harian|mingguan|bulanan|tahunan|terbaru|terkini)\s+)+"
                             r"(?:(milik|kepunyaan)\s+)?(?=[A-Z])|\s+(milik|kepunyaan)\s+(?=[A-Z])")
_TOPIC_RUN = re.compile(r"(?:[A-Z][\w-]*(?:\s+(?=[A-Z])|(?=\s)))*")
_AUTHORED_DOCUMENT = re.compile(
    r"\s*(?:(?:data|laporan|catatan|rilis|temuan|hasil\s+[a-z]+)\s+(?:[a-z]+\s+){0,2}?)"
    r"yang\s+(di(?:kemukakan|rilis|himpun|keluarkan|sampaikan|umumkan|publikasikan|terbitkan|"
    r"paparkan|kumpulkan|catat|susun))\s+(?:oleh\s+|dari\s+)?")
# "Data itu didapat dari X", "Angka tersebut bersumber dari X": a sentence naming where the
# figures of the sentence before come from (the forward anaphor hands it that sentence)
_SOURCED_DATA = re.compile(
    r"\s*(?:data|angka)\s+(?:itu|tersebut|ini)\s+(?:(?:juga|pun)\s+)?(didapat|didapatkan|"
    r"diperoleh|diambil|dihimpun|berasal|bersumber)\s+(?:langsung\s+)?dari\s+(?:(?:data|"
    r"laporan|catatan|sistem|aplikasi|situs|laman)\s+)?")
# "… dimana berdasarkan data Badan X (BX) populasi …", "Merujuk kepada data Direktorat X,
# …", "…, lanjut Agus, data dari BPBD X jumlah …", "Dari pantauan di Panel Harga Badan X, …":
# a body whose data (or price panel) the sentence cites anywhere in it, not only opening it
# (round 22c); "data dari X" only where a clause opens with it; "Berdasarkan (laporan) hasil
# audit BPKP, kerugian negara …": the body whose audit or calculation the sentence cites
# (round 22c, second part); "…, berdasarkan temuan BPK pada Mei, …", "berdasarkan catatan
# dari X", "berdasarkan hasil survei X": a body's findings, notes or survey cited anywhere
# in the sentence (round 25d, second part); "berdasarkan hasil rekapitulasi KPU X",
# "menurut hasil hitung cepat (quick count, real count) X": the body that tallied the
# election's votes (round 26h)
_DATA_CITED = re.compile(
    # "berdasarkan laporan hasil pemeriksaan (LHP) yang telah dilakukan Inspektorat X, …",
    # "Dari hasil LHP yang dilakukan Inspektorat, …", "… didapatkan dari hasil penghitungan
    # BPKP": the body that did the audit or the calculation (round 23a; tried first)
    r"(?<![\w-])(?:(?:(?:berdasarkan|dari)\s+)?(?:(?:laporan\s+)?hasil\s+(?:audit|pemeriksaan|"
    r"penghitungan|perhitungan)|(?:hasil\s+)?lhp)(?:\s+\([^()\n]{1,40}\))?(?:\s+kerugian"
    r"(?:\s+keuangan)?\s+negara)?\s+yang\s+(?:telah\s+|sudah\s+)?dilakukan(?:\s+oleh)?|"
    r"dari\s+hasil\s+(?:audit|penghitungan|perhitungan)|"
    r"(?:berdasarkan|menurut|merujuk(?:\s+(?:kepada|pada|ke))?|"
    r"mengacu(?:\s+(?:kepada|pada))?)\s+(?:data|temuan|catatan|hasil\s+(?:survei|kajian|"
    r"penelitian|riset|studi|rekapitulasi|hitung\s+cepat|quick\s+count|real\s+count)|"
    r"(?:laporan\s+)?hasil\s+(?:audit|"
    r"pemeriksaan|penghitungan|perhitungan)(?:\s+kerugian(?:\s+keuangan)?\s+negara)?)"
    r"(?:\s+(?:yang\s+)?(?:di[a-z]+\s+)?(?:dari|milik|oleh))?|(data)\s+(?:yang\s+(?:di[a-z]+\s+)?)?(?:dari|milik)|"
    r"panel\s+harga(?:\s+pangan)?)\s+")
# "Hal itu tertuang dalam laporan X", "Angka tersebut tercantum dalam survei X": a sentence
# naming the document (and its author) that holds the figures of the sentence before
# (round 22i; the forward anaphor hands it that sentence or paragraph)
_DOCUMENTED_DATA = re.compile(
    r"\s*(?:hal|data|angka|jumlah|temuan|informasi)\s+(?:itu|tersebut|ini)\s+"
    r"(?:(?:juga|pun)\s+)?(tertuang|tercantum|termuat|terungkap|terangkum|dimuat|"
    r"disebutkan|dipaparkan|diungkapkan)\s+(?:di\s+)?dalam\s+(?:sebuah\s+)?"
    r"(?:hasil\s+)?(?=(?:laporan|survei|kajian|studi|riset|audit|pemeriksaan|catatan|data|"
    r"dokumen|rilis|buku|indeks)\b)")
# "Survei nasional Lembaga X dilaksanakan pada …", "Survei X dilakukan terhadap 1.100
# responden": a sentence opening with a survey named with its pollster (one mention, its head
# *survei*) and then what was done with it — the survey's method, the pollster's account
# (round 23f; the survey with no pollster, "Survei dilakukan …", is continuation_cues.csv's)
_SURVEY_OPENS = re.compile(r"\s*(?i:survei)\s+(?:(?i:nasional|terbaru|terakhir|teranyar|terkini|"
                           r"daring|lapangan)\s+)*(?=[A-Z])")
_SURVEY_DONE = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:(?:ini|tersebut|itu|juga|telah|sudah|"
                          r"kembali)\s+){0,2}di(?:lakukan|laksanakan|gelar|selenggarakan|adakan)"
                          r"(?![\w-])")
# "This is stated in a report by X", "The figures were published in an annual survey by X":
# the same sentence in English (round 22i)
_DOCUMENTED_DATA_EN = re.compile(
    r"\s*(?:this|that|these|the\s+(?:figures?|data|numbers?|information|estimates?))\s+"
    r"(?:was|were|is|are|has\s+been|have\s+been)\s+(?:also\s+)?(stated|contained|published|"
    r"revealed|outlined|detailed|documented|recorded|noted|mentioned|included|disclosed)\s+"
    r"in\s+(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){0,3}?(?:report|survey|study|audit|"
    r"analysis|assessment|review|paper|index)\s+(?:(?:released|published|issued|compiled|"
    r"prepared)\s+)?(?:by|from|of)\s+(?:the\s+)?")
# the words of a document before its author: "audit ", "laporan tahunan yang dirilis oleh "
_DOCUMENT_WORDS = re.compile(
    r"\s*(?:(?:laporan|survei|kajian|studi|riset|audit|pemeriksaan|catatan|data|dokumen|"
    r"rilis|buku|indeks)\s+)?(?:(?:harian|mingguan|bulanan|tahunan|terbaru|terkini|resmi)\s+)*"
    r"(?:(?:yang\s+)?di[a-z]+\s+)?(?:(?:oleh|dari|milik)\s+)?")
# English: "Data from X recorded …", "Figures released by X show …", "X's data showed …",
# "Based on data from X, …": a sentence opening with X's document speaks for X
# (a study, an analysis, an estimate and satellite imagery a body analysed are its documents:
# "A recent study by X has revealed …", "according to an analysis by X")
_DOCUMENT_NOUN_EN = (r"(?:(?:latest|new|recent|official|preliminary|provisional|fresh|"
                     r"separate|early|partial|initial|final|unofficial)\s+)?(?:data|figures|statistics|records|reports?|survey|census|"
                     r"tally|(?:quick\s+|vote\s+)?count|(?:exit\s+)?poll|study|analysis|assessment|"
                     r"estimates?|research|findings|"
                     r"investigation|(?:satellite\s+)?(?:imagery|images|photos))")
# "figures released on Monday by X", "data published this month by X": the time of the
# release between its verb and the author, as "data yang dirilis pada Senin oleh X" (round 25b)
_RELEASED_WHEN_EN = (r"(?i:(?:(?:this|last|earlier\s+this)\s+(?:week|month|year|morning)|"
                     r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                     r"today|yesterday|earlier|recently)\s+)?")
_DOCUMENT_BY_EN = (r"\s+(?:(?:released|published|compiled|issued|collected|gathered|"
                   r"conducted|analy[sz]ed|obtained|reviewed|commissioned)\s+"
                   + _RELEASED_WHEN_EN + r")?(?:from|by)\s+(?:the\s+)?")
_DOCUMENT_FROM_EN = re.compile(
    r"\s*(?:(based\s+on|according\s+to)\s+)?(?:the\s+|an?\s+)?" + _DOCUMENT_NOUN_EN
    + _DOCUMENT_BY_EN)
# "…, according to an analysis by X": the words between the cue and the author
_CITED_DOCUMENT_EN = re.compile(r"\s*(?:the\s+|an?\s+)?" + _DOCUMENT_NOUN_EN + _DOCUMENT_BY_EN,
                                re.I)
_DOCUMENT_OF_EN = re.compile(r"['’]s\s+" + _DOCUMENT_NOUN_EN + r"\b")
# "according to a March statement from U.S. officials", "according to a joint statement by
# the ministries": the statement's authors speak (its time and kind skipped)
_CITED_STATEMENT_EN = re.compile(
    r"\s*(?:the\s+|an?\s+)?(?:(?:(?-i:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)|recent|earlier|latest|new|joint|official|written|separate|brief|short)\s+)*"
    r"(?:statement|announcement|press\s+release|communiqu[eé])\s+(?:from|by|of)\s+"
    r"(?:the\s+)?", re.I)
# what follows the document's author: its verb, or the comma closing "Based on data from X,"
_DOCUMENT_SAYS_EN = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\s+)?(?:,|(?:also\s+)?(?:(?:has|have|had)\s+)?"  # "by X on Monday showed"
    r"(show(?:s|ed)?|record(?:s|ed)?|indicate[sd]?|reveal(?:s|ed)?|found|finds|put(?:s)?|noted|note|notes|stated?|states|"
    r"said|says|suggest(?:s|ed)?|confirm(?:s|ed)?)\b)")
# "A preliminary count by the X was far slower and showed …", "X's official count was much
# slower and showed …": a short predicate of the document before the verb that tells what it
# says (round 20f)
_DOCUMENT_LATER_SAYS_EN = re.compile(
    r"\s+(?:was|were|is|has\s+been)\s+[^,.;:\"“”]{1,40}?\s+and\s+(?:also\s+)?"
    r"(show(?:s|ed)?|indicate[sd]?|reveal(?:s|ed)?|put(?:s)?|suggest(?:s|ed)?)\b")
# "Based on a survey by X (ABC) in the 2024 holiday season, …": the document's setting
# before the comma that closes the opener (round 20f)
_DOCUMENT_SETTING_EN = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:in|on|at|for|during|over)\s"
                                  r"[^,.;:\"“”]{1,50},()")  # (no verb: "according to")
# "… Agency (DIA) briefing provided to a lawmaker revealed …": a body's document noun, words
# of no clause break, and the verb that tells what the document says
_FINDING_EN = (r"[^,.;:\"“”]{0,80}?\s(?:has\s+|have\s+)?(show(?:s|ed)?|reveal(?:s|ed)?|found|"
               r"finds|indicate[sd]?|suggest(?:s|ed)?|estimate[sd]?|said|says|stated)\b")
_NAMED_DOCUMENT_EN = re.compile(
    r"(?:['’]s)?\s*(?:\([^()]{1,20}\)\s*)?(?i:" + _DOCUMENT_NOUN_EN + r"|briefing)\b"
    + _FINDING_EN)
_DOCUMENT_VERB_EN = re.compile(_FINDING_EN)
# "Satellite images taken on May 2 show …", "The study found …", "Photos reportedly show …":
# a document whose author the article named before (images and photos with or without "the";
# a study, report or analysis only with "the": "a report" is a new one)
# a record noun right after the speaker of "according to" ("according to government figures")
_RECORD_AFTER_EN = re.compile(r"\s+(?:figures|data|estimates|statistics|records|tally|count)\b")
# "…, figures issued by the Statistics Office showed.": a document closing its sentence, its
# author named after the figures (round 18c)
_TRAILING_DOCUMENT_EN = re.compile(r",[^\S\n]+(?:the[^\S\n]+)?(?:(?:latest|new|recent|official|"
                                   r"preliminary|provisional|final|fresh)[^\S\n]+)?"
                                   r"(?:figures|data|statistics|records)[^\S\n]+(?:(?:released|"
                                   r"issued|published|compiled|collected)[^\S\n]+)?"
                                   r"(?:from|by)[^\S\n]+(?:the[^\S\n]+)?")
# "…, customs data showed Monday.", "…, trade ministry figures showed on Tuesday.": a body's
# document closing its sentence, the body named right before the document noun (round 22e)
_DOCUMENT_ADJECTIVE_EN = re.compile(r"(?i)(?:(?:latest|new|recent|official|preliminary|"
                                    r"provisional|final|fresh|trade|monthly|weekly|quarterly|"
                                    r"annual|economic|government|state)\s*)+")
_TRAILING_OWN_DOCUMENT_EN = re.compile(
    r",[^\S\n]+(?:the[^\S\n]+)?(?:(?:latest|new|recent|official|preliminary|provisional|"
    r"final|fresh)[^\S\n]+)?(?P<owner>[A-Za-z][^,.;:\"“”()\n]{1,60}?)(?:['’]s)?[^\S\n]+"
    r"(?:(?:latest|new|recent|official|preliminary|provisional|final|fresh|trade|monthly|"
    r"weekly|quarterly|annual)[^\S\n]+)?(?:figures|data|statistics|records)[^\S\n]+"
    r"(?:(?:has|have)[^\S\n]+)?(?P<verb>show(?:s|ed)?)\b")
# "according to the official tally of the election commission": the record's keeper after
# "of" (a record noun only: "a survey of 1,000 voters" names no author) (round 18c)
_RECORD_OF_EN = re.compile(r"\s*(?:the\s+)?(?:(?:latest|new|recent|official|preliminary|"
                           r"provisional|final|fresh)\s+)?(?:tally|count|figures|estimates?|"
                           r"data|statistics|records|projections?|forecasts?|reports?)\s+"
                           r"(?:of|from)\s+"
                           r"(?=\S)", re.I)
# "higher than the estimates made by research firm X of 4.8 percent", "below a forecast by
# British bank X": a third party's estimate beside the figures; its author is the name after
# the words describing it (round 18c)
_ESTIMATE_BY_EN = re.compile(r"(?<![\w-])(?:estimates?|forecasts?|projections?|predictions?|"
                             r"expectations?)\s+(?:(made|issued|published|released|given)\s+)?"
                             r"by\s+(?:the\s+|an?\s+)?")
_ESTIMATOR_GAP_EN = re.compile(r"(?:[\w’'-]+\s+){0,4}")
# "Following a report from X stating that …", "after a report by X, which stated that …":
# a document inside the sentence, its author named after "from" or "by", what it says told by
# a participle or by a relative clause right after the author (round 26f, second part)
_DOCUMENT_CLAUSE_EN = re.compile(
    r"(?<![\w-])(?:[Aa]n?|[Tt]he)\s+(?:(?:new|recent|latest|separate|earlier|fresh|secret|"
    r"classified|confidential|official|intelligence|military|joint)\s+){0,2}(?:report|study|"
    r"analysis|assessment|statement|document|briefing|memo)\s+(?:(?:released|published|"
    r"issued)\s+)?(?:from|by)\s+(?P<article>the\s+)?(?=[A-Z])")
_DOCUMENT_CLAUSE_SAYS_EN = re.compile(
    r"(?:\s*,\s*which|\s+which|\s+that)\s+(?:also\s+|had\s+|has\s+)?(stated|said|claimed|"
    r"showed|found|estimated|states|says|claims|shows|finds|estimates)\s+(?:that\s+)?(?=\S)|"
    r"\s+(stating|saying|claiming|showing|indicating|estimating)\s+(?:that\s+)?(?=\S)")
_AUTHORLESS_DOCUMENT_EN = re.compile(
    r"\s*((?:(?:the|these|those)\s+)?(?:(?:new|recent|latest)\s+)?(?:satellite\s+)?"
    r"(?:images|imagery|photos|photographs)|(?:the|this)\s+(?:study|report|analysis|"
    r"assessment))\b[^,.;:\"“”]{0,60}?\s(?:reportedly\s+|also\s+|clearly\s+)?"
    r"(show(?:s|ed)?|reveal(?:s|ed)?|found|finds|indicate[sd]?|suggest(?:s|ed)?|states?|"
    r"said|says)\b", re.I)
# "Reuters tidak dapat memverifikasi secara independen …", "AP could not independently
# verify …": the medium whose copy the page carries (checked: a named medium ends right
# before the cue)
_UNVERIFIED = re.compile(r"(?<![\w-])(?:tidak|tak|belum)\s+(?:dapat|bisa|mampu)\s+"
                         r"(?:(?:segera|secara\s+independen|secara\s+terpisah)\s+)*"
                         r"(?:memverifikasi|mengonfirmasi|mengkonfirmasi)(?![\w-])")
_UNVERIFIED_EN = re.compile(r"(?<![\w-])(?:could\s+not|couldn['’]t|was\s+unable\s+to|"
                            r"were\s+unable\s+to)\s+(?:(?:immediately|independently)\s+)*"
                            r"(?:verify|confirm)(?![\w-])")
_SOME = re.compile(r"(?i)(?:sejumlah|beberapa|berbagai|banyak|para)\s")
_INTERVIEW = re.compile(r"(?i)\bdalam\s+(?:sebuah\s+)?wawancara\s+(?:(?:eksklusif|khusus|"
                        r"terpisah|singkat|langsung|tertulis)\s+)?(?:dengan|bersama)\s+")
# English: "said in an interview with Bloomberg", "in a statement to CNN", "in an interview
# with the British Financial Times", "in comments to the Spanish newspaper El Pais": the
# medium the speaker spoke to (its kind and country skipped: _INTERVIEW_MEDIUM_EN)
_INTERVIEW_EN = re.compile(r"(?i)(?<![\w-])in\s+(?:an?\s+)?(?:(?:exclusive|separate|recent|"
                           r"televised|telephone|phone|written|emailed|brief|joint)\s+)?"
                           r"(?:interview|statement|comments?|remarks)\s+(?:with|to)\s+"
                           r"(?:the\s+)?")
_INTERVIEW_MEDIUM_EN = re.compile(r"(?:(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+)?(?i:(?:daily\s+)?"
                                  r"(newspaper|daily|news\s+agency|broadcaster|television|"
                                  r"channel|magazine|network|outlet|weekly))\s*,?\s*[\"“]?")
_MEDIUM_KIND_ONLY_EN = re.compile(r"(?i)(?:the\s+)?(?:[\w-]+\s+)?(?:news\s+agency|agency|"
                                  r"newspaper|daily|broadcaster|television|channel|magazine|"
                                  r"network|outlet|weekly|paper|press)")
# a verb right after a sentence's subject (its adverbs first): "… juga telah mendukung"
_TOPIC_VERB = re.compile(r"\s+(?:(?:juga|telah|sudah|pun|sebelumnya|kemudian|lalu|pernah|"
                         r"akhirnya)\s+)*(?:me|ber|di)[a-z]{3,}\b")
# "Tuduhan serupa juga muncul dari X", "Kecaman datang pula dari X": a statement named by
# its noun, its speaker after "dari" (a denial's noun is left to the denial rules)
_COMES_FROM = re.compile(r"(?<![\w-])(tuduhan|kecaman|kritik|kritikan|tanggapan|klaim|"
                         r"peringatan|desakan|seruan|protes|pernyataan|respons|reaksi)\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:datang|muncul|dilontarkan|disuarakan)\s+"
                         r"(?:(?:pula|juga)\s+)?dari\s+")
# "… menguatkan pernyataan sebelumnya oleh Gedung Putih": a named speaker's earlier words a
# sentence bears out, named by a speech noun (a report, *laporan*, is a document: not read)
_ECHOED = re.compile(r"(?<![\w-])(?:menguatkan|memperkuat|mengonfirmasi|mengkonfirmasi|"
                     r"membenarkan|menggemakan|mengulang|mengulangi)\s+"
                     r"(pernyataan|klaim|keterangan|tuduhan)(?![\w-])"
                     r"(?:\s+(?:sebelumnya|terdahulu|serupa|resmi|terbaru))?"
                     r"(?:\s+(?:dari|oleh))?\s+")
_YANG_MENGUTIP = re.compile(r"\s*,?\s*yang\s+mengutip\s+")
# "…, said X, citing Y's estimate that …": the English post-verb speaker who cites (round 23e2)
_COMMA_CITING_EN = re.compile(r"\s*,\s*(?:citing|quoting)\s+")


# the scans that are faster from their literal words (lexicons.finditer); the others
# open with a prefix tree of verbs, which matches inside too many words to be an anchor
_ANCHORED = frozenset({"menurut", "passive", "late_passive", "relay_passive", "interview",
                       "agent_passive", "comes_from", "echoed", "unverified"})
# the same, for the Indonesian pattern only (English report cues open with no literal word)
_ANCHORED_ID = frozenset({"report_of"})
# patterns opening with a look-behind and a prefix tree of verbs: scanned by
# lexicons.finditer_after (the same matches, a third faster)
_AFTER = frozenset({"pre", "headline", "relay"})
# words every match of a pattern holds (lower case): a text holding none of them has no match,
# and is not scanned
_REQUIRED = {"late_passive": ("oleh",), "relay": ("dilansir", "melansir", "dikutip", "mengutip",
                                                  "menukil", "dinukil"),
             "comes_from": ("datang", "muncul", "dilontarkan", "disuarakan"),
             "echoed": ("menguatkan", "memperkuat", "mengonfirmasi", "mengkonfirmasi",
                        "membenarkan", "menggemakan", "mengulang"),
             "credit_initials": ("/",), "unverified": ("verifikasi", "konfirmasi"),
             "interview": ("wawancara",),
             "report_of": ("laporan", "pemberitaan", "siaran", "tayangan", "artikel"),
             "briefing": ("dari", "oleh")}
_REQUIRED_EN = {"unverified": ("verify", "confirm"), "briefing": ("briefing", "briefed"),
                "interview": ("interview", "statement", "comment", "remark"),
                "estimate": ("estimate", "forecast", "projection", "prediction", "expectation"),
                "document_clause": ("report", "study", "analysis", "assessment", "statement",
                                    "document", "briefing", "memo")}
# a pattern's match in the lower-cased text that every match of it implies, for either
# language: a closing credit needs "sumber:" or a bracket ending a line, an editor's initials
# a slash before a short word ending one
_GATES = {"credit": re.compile(r"(?m)(?:source|sumber)[ \t]*:|\)[ \t]*$"),
          "credit_initials": re.compile(r"(?m)/[a-z]{2,5}[ \t]*$")}
# letters an IGNORECASE pattern takes for i, s or k (İ, ı, ſ, the Kelvin sign): a text holding
# one is scanned whatever words it holds
_ODD_CASES = ("\u0130", "\u0131", "\u017f", "\u212a")


# ---------------------------------------------------------------------------- lexicons

@lexicons.cached()
def _verb_lexicon(language: str = "id") -> tuple[dict, dict]:
    table = lexicons.in_language(lexicons.load("attribution_verbs"), language)
    verbs = {}
    headline = {}
    for row in table.to_dict("records"):
        verb = row["verb"].lower()
        verbs[verb] = (row["verb_class"], row["position"], row["subject"])
        headline[verb] = row["headline"] == "1"
    return verbs, headline


@lexicons.cached()
def _denial_manners() -> list[str]:
    """The manner words that may stand between a denial passive and its agent (*dibantah
    keras Bupati X*, *ditolak mentah-mentah serikat buruh*): data/lexicons/denial_cues.csv kind
    ``manner`` (round 26g)."""
    table = lexicons.in_language(lexicons.load("denial_cues"), "id")
    return [c.lower() for c in table.loc[table["kind"] == "manner", "cue"]]


@lexicons.cached()
def _patterns(language: str = "id") -> dict[str, re.Pattern]:
    if language == "en":
        return _english_patterns()
    verbs, headline = _verb_lexicon()
    by_position: dict[str, list[str]] = {}
    for verb, (_, position, _) in verbs.items():
        by_position.setdefault(position, []).append(verb)
    return {
        # "Israel membantahnya": the verb with its object pronoun
        "pre": re.compile(r"(?<![\w-])(" + lexicons.trie_regex(
            by_position["pre"] + by_position["object"]) + r")(?:nya)?(?![\w-])"),
        # in a headline the base forms stand before the object too: "Shin Ungkap …"
        "headline": re.compile(r"(?<![\w-])(" + lexicons.trie_regex(
            by_position["pre"] + by_position["object"]
            + [v for v in by_position["post"] if headline[v]]) + r")(?![\w-])"),
        # after a quote or clause: ", kata X", "”, ujarnya"
        "post": re.compile(r"(?:[,\"'”’]|\s-)\s*(?:(?:demikian|begitu)\s+)?("
                           + lexicons.trie_regex(by_position["post"]) + r")(nya)?(?![\w-])"),
        # "menurut X", "menurutnya", and with a speech noun: "menurut pengakuan X",
        # "menurut keterangannya"
        "menurut": re.compile(r"(?<![\w-])(" + lexicons.trie_regex(by_position["menurut"])
                              + r")(nya)?(?![\w-])"),
        # "dikatakan oleh X", and the agent without "oleh": "disampaikan Kim dalam …"
        # (a denial's manner between them, "dibantah keras Bupati X", "ditolak mentah-mentah
        # serikat buruh": only a denial verb's, see _manner_of_another; round 26g)
        "passive": re.compile(r"(?<![\w-])(" + lexicons.trie_regex(by_position["passive"])
                              + r")\s+(?:(?P<manner>" + lexicons.trie_regex(_denial_manners())
                              + r")\s+)?(?:oleh\s+)?(?=[A-Z]|(?:para|seorang|sejumlah)\s)",
                              re.I),
        # "… diperkirakan mencapai 60 persen pada 2024 oleh Bank Dunia": the agent later in
        # the clause
        "late_passive": re.compile(
            r"(?<![\w-])(" + lexicons.trie_regex(by_position["passive"]
                                                 # position late_passive: a passive whose
                                                 # agent stands only after its verdict and
                                                 # "oleh" ("dipastikan hoaks oleh X"; a
                                                 # headline's "Dipastikan Tenggelam" names
                                                 # no agent; round 22g)
                                                 + by_position.get("late_passive", []))
            + r")\s(?:[^,;:.\"“”()]|(?<=\d)[.,](?=\d)){1,80}?\s+oleh\s+(?=[A-Z])", re.I),
        # "Pernyataan itu ia sampaikan dalam …", "Hal tersebut mereka ungkapkan": the
        # object-first passive, its agent a pronoun right before the di- passive's stem
        "agent_passive": re.compile(r"(?<![\w-])(ia|dia|mereka|beliau)\s+(" + lexicons.trie_regex(
            [v[2:] for v in by_position["passive"] if v.startswith("di") and len(v) > 6])
            + r")(?![\w-])"),
        "relay_passive": re.compile(r"(?<![\w-])(" + lexicons.trie_regex(
            [v for v in by_position["relay"] if v.startswith("di") and v not in (
                "dilansir", "dikutip")]) + r")\s+(?:oleh\s+)?(?=[A-Z]|(?:para|seorang)\s)",
            re.I),
    }


_NEVER = re.compile(r"(?!)")


def _english_patterns() -> dict[str, re.Pattern]:
    """The English forms: *X said*, *said X* / *"…," said X*, *according to X (him)*; an
    English verb of attribution_verbs.csv (``language`` = ``en``) with ``position``
    ``pre_post`` stands in both places. English has no agent-first passive of speech."""
    verbs, headline = _verb_lexicon("en")
    by_position: dict[str, list[str]] = {}
    for verb, (_, position, _) in verbs.items():
        for one in ("pre", "post") if position == "pre_post" else (position,):
            by_position.setdefault(one, []).append(verb)
    pre = by_position.get("pre", []) + by_position.get("object", [])
    return {
        "pre": re.compile(r"(?<![\w-])(" + lexicons.trie_regex(pre) + r")()(?![\w-])"),
        "headline": re.compile(r"(?<![\w-])(" + lexicons.trie_regex(
            pre + [v for v in by_position.get("post", []) if headline[v]]) + r")(?![\w-])"),
        "post": re.compile(r"(?:[,\"'”’]|\s-)\s*("
                           + lexicons.trie_regex(by_position.get("post", [])) + r")()(?![\w-])"),
        "menurut": re.compile(r"(?<![\w-])(according\s+to)(?:\s+(him|her|them))?(?![\w-])"),
        # "This was reported by X", "a report disclosed by X": the agent after "by"
        "passive": re.compile(r"(?<![\w-])(" + lexicons.trie_regex(pre) + r")\s+by\s+"
                              r"(?=[A-Z]|[a-z]+\s)"),
        # "in a statement issued in Kano on Monday by X": a statement's agent after the
        # adverbials of its time and place
        # "in a press conference held by X on Monday, the data showed …": the body that
        # held it gives the sentence's figures (round 18c)
        # (and "data published last week by X", "figures released on Monday by X": a
        # record's keeper after the time of its release, round 25b)
        "late_passive": re.compile(r"(?<![\w-])(?:statement|press\s+release|(?:press|news)\s+"
                                   r"(?:conference|briefing)|data|figures|statistics)\s+"
                                   r"(?:(?:was|had\s+been)\s+)?(issued|signed|released|sent|"
                                   r"held|hosted|given|convened|published|compiled)\s+"
                                   r"(?:[\w,]+\s+){0,6}?"
                                   r"by\s+(?:the\s+)?(?=[A-Z]|[a-z]+\s)"),
        "relay_passive": _NEVER,
        # "the claims were dismissed as exaggerated by X", "branded 'a hoax' by X": a denial
        # or a verdict verb, what the claim was judged between it and "by" (round 21k)
        "judged_passive": re.compile(r"(?<![\w-])(" + lexicons.trie_regex(
            [v for v, (klass, _, subject) in verbs.items()
             if klass == "denial" or subject == "verdict"]) + r")(\s+(?:as\s+)?[^.;!?]{1,60}?)"
            r"\s+by\s+(?=[A-Z]|[a-z]+\s)"),
    }


# English forms the Indonesian patterns have no word for: a negated or purposive verb
# ("declined to say", "did not confirm"), adverbials between a speaker and the verb ("Shin
# on Monday said", "Kirby also told"), an object before a name ("sent to Russia"), relay
# cues ("citing X", "as reported by X")
_NEGATION_EN = re.compile(r"\b(?:not|never|n't|"
                          # "continue to deny" goes on denying: a statement (round 21k)
                          r"(?<!continue\s)(?<!continues\s)(?<!continued\s)(?<!continuing\s)"
                          r"to|declined\s+to|refused\s+to|"
                          # "North Korea is reported to have sent": a passive, no speaker
                          r"is|are|was|were|be|been|being)\s+$", re.I)
# "is claiming", "are saying": be and a verb of the lexicon in -ing is no passive
_PROGRESSIVE_EN = re.compile(r"(?:is|are|was|were)\s+[a-z]+ing")
_MONTHS_EN = ("January|February|March|April|May|June|July|August|September|October|November|"
              r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.")
_DAYS_EN = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_ADVERBIAL_EN = re.compile(
    r"(?:\s+(?:also|earlier|later|previously|further|again|then|now|separately|reportedly|"
    r"recently|first|once|here|had|has|have|was|were|is|are|would|will|publicly|officially|formally|"
    r"yesterday|today|(?:" + _DAYS_EN + r")|"
    # adverbs of frequency and manner before a verb of denial ("have repeatedly denied",
    # "has long denied", "flatly rejected", "have both denied") (round 20e)
    r"repeatedly|consistently|always|long|both|flatly|strongly|firmly|categorically|"
    r"vehemently|swiftly|quickly|immediately|promptly|already|still|"
    # "continue to deny", "have continued to reject" (round 21k)
    r"continue\s+to|continues\s+to|continued\s+to)"
    r"|\s*,?\s*(?:on|last|this|late|early|earlier\s+on)\s+(?:" + _DAYS_EN + r"|week|month|year|"
    r"night|the\s+\d{1,2}(?:st|nd|rd|th)?)(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?:\s*\([^)]{1,20}\))?\s*,?"
    r"|\s*,?\s*(?:in|on)\s+(?:" + _MONTHS_EN + r")(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s*,?)$")
_AFTER_VERB_EN = re.compile(r"(?:^|\s)(?:to|with|by|from|at|against|about|for|into|via|"
                            r"between|than|like|including)\s+(?:the\s+|a\s+|an\s+)?$", re.I)
_CONJUNCTION_EN = re.compile(r"(?:,|\s)\s*(?:and|or)(?:\s+the)?\s*$", re.I)  # "X and the Y"
# ("quoted as saying by X"); the medium's modifiers are skipped ("carried by the official
# Korean Central News Agency", "by state news agency IRNA")
# "… quoted X as saying", "… cited X as telling reporters" (round 25d)
_AS_SAYING_EN = re.compile(r"(?i)\bas\s+(?:saying|telling|stating|adding|having\s+said)\b")
_RELAY_CUE_EN = re.compile(r"(?i)(?<![\w-])(?:as\s+)?(citing|quoting|reported\s+by|quoted\s+by|"
                           r"quoted\s+as\s+saying\s+by|cited\s+by|carried\s+by|"
                           r"quoted|cited)\s+(?:the\s+)?"
                           r"(?:(?:official|state|state-run|state-owned|semi-official|"
                           r"government-run|national|country['’]s)\s+)*"
                           r"(?:(?:(?-i:[A-Z][a-z]+)\s+){0,2}(?:news\s+agency|news\s+service|"
                           r"broadcaster|newspaper|daily|television|channel|outlet)"
                           r"(?:\s+|\s*,\s*[\"“]\s*)(?=[A-Z]))?")
# after an English post-verb speaker the clause ends: "…, said Shin.", "…, said Shin on
# Monday", "…, reported the Yonhap News TV portal on Wednesday"
_POST_SPEAKER_END_EN = re.compile(r"\s*(?:[.,;:!?\"”’)]|$|(?:on|in|at|last|this|earlier|during|"
                                  r"after|when|while|who|according|from|of)\b)")
_BOUND_EN = r"\b(?:that|because|while|although|though|but)\b|;"
# after an English verb's -s form that is a plural noun too (noun_lookalikes.csv: *states,
# reports, claims*), what makes it the noun ("Assam and Meghalaya states over the past week",
# "reports which …"): a word no reporting verb is followed by (a comma or a full stop may
# follow either: ", the AP reports.")
# "while Ukraine puts the number at 12,000", "places the figure closer to …": verbs that state
# a figure only with such an object
_ESTIMATE_VERBS_EN = frozenset({"puts", "places"})
_FIGURE_OBJECT_EN = re.compile(r"\s+(?:the|its|their|his|her)\s+(?:\w+\s+)?(?:figure|number|"
                               r"toll|count|total|tally|estimate)s?\b", re.I)
_PLURAL_NOUN_AFTER_EN = re.compile(
    r"\s*(?:[;)]|(?:over|across|along|near|since|during|where|which|whose|and|or|have|had|"
    r"were|are)\b)", re.I)


@lexicons.cached()
def _headline_topics() -> frozenset:
    """Words that name what a headline is about, not who speaks (data/lexicons/
    headline_topics.csv: disasters, diseases, prices, *update*)."""
    return frozenset(lexicons.load("headline_topics")["word"].str.lower())


def _names_a_topic(words: str) -> bool:
    """Whether a name read before a headline's colon opens with a topic word (*Banjir
    Bandang:*, *Covid-19:*, *Gempa Cianjur:*): the page's subject, not a speaker (*Satgas
    Covid-19:* is a body that speaks).

    >>> _names_a_topic("Gempa Cianjur"), _names_a_topic("Satgas Covid-19")
    (True, False)
    """
    first = re.match(r"[\w-]+", words.lower())
    return first is not None and first.group() in _headline_topics()


@lexicons.cached()
def _plural_nouns() -> frozenset:
    """The words of data/lexicons/noun_lookalikes.csv (nouns that look like verbs)."""
    return frozenset(lexicons.load("noun_lookalikes")["word"].str.lower())


_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_QUOTE_BEFORE = re.compile(r"[\"”’']\s*,?\s*$|,\s*[\"”’']\s*$")


@lexicons.cached()
def _cue_set(name: str) -> frozenset:
    table = lexicons.load(name)
    if "language" in table.columns:  # the Indonesian cues (English ones: scopes' verdicts)
        table = lexicons.in_language(table, "id")
    return frozenset(" ".join(c.lower().split()) for c in table["cue"])


def _denial_objects() -> frozenset:
    return _cue_set("denial_objects")


@lexicons.cached()
def _plan_objects() -> frozenset:
    """The plans of denial_objects.csv (kind ``plan``: *rencana, usulan*): rejected, they
    are disputed only about a figure (:func:`_plan_without_figure`)."""
    table = lexicons.in_language(lexicons.load("denial_objects"), "id")
    return frozenset(" ".join(c.lower().split()) for c in table.loc[table["kind"] == "plan",
                                                                     "cue"])


_FIGURE_WORD = re.compile(r"(?<!\w)(?:\d|(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|"
                          r"sembilan|sepuluh|seratus|seribu|sejuta|belasan|puluhan|ratusan|"
                          r"ribuan|jutaan|miliaran)(?!\w))")
_POINTS_BACK = re.compile(r"\s*(?:\w+\s+){0,3}?(?:itu|tersebut|ini)(?!\w)")


def _plan_without_figure(lowered: str, s_start: int, s_end: int, plan_end: int) -> bool:
    """A plan rejected (*menolak rencana …*, *usulan itu ditolak …*; denial_objects.csv
    ``plan``) that is about no figure: its sentence holds no number and no other object of
    denial_objects.csv (*kenaikan, upah, UMP, angka*), nor, when a demonstrative points back
    after the plan (*rencana itu*), does the sentence before it in the paragraph. Residents
    refusing a relocation or a survey's public rejecting a proposal dispute no claim or
    figure; a union rejecting a planned wage rise does (round 25g). A plan pointing back with
    no sentence before it in its paragraph is read as before: a dispute.

    >>> text = "Warga menolak rencana relokasi pasar."
    >>> _plan_without_figure(text, 0, len(text), 21)
    True
    >>> text = "Buruh menolak rencana kenaikan upah 2 persen."
    >>> _plan_without_figure(text, 0, len(text), 21)
    False
    """
    def about_a_figure(lo: int, hi: int) -> bool:
        if _FIGURE_WORD.search(lowered, lo, hi):
            return True
        plans = _plan_objects()
        return any(w in _denial_objects() and w not in plans
                   for w in re.findall(r"[\w-]+", lowered[lo:hi]))

    if about_a_figure(s_start, s_end):
        return False
    if _POINTS_BACK.match(lowered, plan_end):
        paragraph = lowered.rfind("\n", 0, s_start) + 1
        before = max(paragraph, s_start - 300)
        if not lowered[before:s_start].strip(" \"'\u201c\u201d") or \
                about_a_figure(before, s_start):
            return False  # (no sentence before it: what the plan is nothing tells)
    return True


@lexicons.cached()
def _claim_objects() -> frozenset:
    """The claims of denial_objects.csv (not the proposals)."""
    table = lexicons.in_language(lexicons.load("denial_objects"), "id")
    return frozenset(" ".join(c.lower().split()) for c in table.loc[table["kind"] == "claim",
                                                                     "cue"])


@lexicons.cached()
def _false_claims_en() -> tuple[frozenset, re.Pattern]:
    """(The English claims of denial_objects.csv, the English verdicts of denial_cues.csv)."""
    objects = lexicons.in_language(lexicons.load("denial_objects"), "en")
    cues = lexicons.in_language(lexicons.load("denial_cues"), "en")
    return (frozenset(c.lower() for c in objects.loc[objects["kind"] == "claim", "cue"]),
            lexicons.cue_pattern(cues.loc[cues["kind"] == "verdict", "cue"]))


def _calls_a_claim_false(lowered: str, verb_end: int, limit: int) -> bool:
    """``called the claims groundless``, ``branded the report a fabrication``: an English
    verb of attribution_verbs.csv ``subject`` = ``verdict`` denies when a claim is its object
    and an English verdict follows in the sentence (*called the report useful* is none)."""
    objects, verdicts = _false_claims_en()
    words = re.findall(r"[\w-]+", lowered[verb_end:min(limit, verb_end + 40)])[:3]
    return any(w in objects for w in words) and \
        verdicts.search(lowered, verb_end, limit) is not None


def _rejects_a_claim_en(lowered: str, verb_end: int, limit: int) -> bool:
    """``faulted the claim that …``, ``rebuffed a rebel group's claim``, ``cast doubt on the
    figure``: an English verb of attribution_verbs.csv ``position`` = ``object`` denies only
    with an English claim of denial_objects.csv among its first words (*questioned the
    suspect*, *challenged the ruling* deny nothing; round 23g)."""
    objects, _ = _false_claims_en()
    for word in re.findall(r"[\w-]+", lowered[verb_end:min(limit, verb_end + 50)])[:5]:
        if word in objects:
            return True
        if word in _NOT_BEFORE_OBJECT_EN or word[0].isdigit():
            return False  # "questioned 25 people about the figures": the people are asked
    return False


# words that end the object of an English verb before a claim word could follow
_NOT_BEFORE_OBJECT_EN = frozenset(("about", "over", "for", "with", "in", "on", "at", "to",
                                   "from", "into", "after", "before", "by", "and", "who",
                                   "that", "which"))


@lexicons.cached()
def _adverbial() -> re.Pattern:
    # the adverbs as a prefix tree: one branch tried per letter, not fifty per space
    return re.compile(
        r"(?:\s+(?:" + lexicons.trie_regex(_cue_set("adverbs")) + ")"
        # a manner: "dengan"/"secara" and one word in lower case ("X dengan bangga
        # menyebut", "X secara rinci memaparkan"), never a name ("dengan Menteri Y")
        r"|\s+(?:dengan|secara)\s+(?-i:[a-z]+(?:-[a-z]+)?)(?<!\bpara)(?<!\bpihak)"
        r"(?<!\bmereka)(?<!\bwarga)"
        # the office a speaker holds, after "selaku" ("X selaku Kasat Reskrim menuturkan")
        r"|\s+selaku\s+[^,.;:\"“”()\n]{2,60}"
        # … or after "yang juga", "yang merupakan", "yang menjabat sebagai" ("X yang juga
        # Ketua Y mengatakan")
        r"|\s+yang\s+(?:juga\s+)?(?:merupakan|menjabat(?:\s+sebagai)?|adalah|juga)\s+"
        r"(?-i:[A-Z])[^,.;:\"“”()\n]{1,60}"
        # whom the speaker told, an outlet by its address ("X kepada Kompas.com menyebut")
        r"|\s+kepada\s+[\w-]+\.(?:com|co\.id|co|id|net)"
        # … or by its name ("X kepada Tribun Riau, Selasa, mengatakan"): whom he told is
        # never the speaker
        r"|\s+kepada\s+(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
        r"|\s*,?\s*(?:pada\s+)?(?:hari\s+)?(?:" + "|".join(_WEEKDAYS) + ")"
        r"(?:\s+(?:pagi|siang|sore|malam|dini\s+hari))?(?:\s*\([\d/]+\))?"
        r"(?:\s*,?\s+\d{1,2}\s+[A-Za-z]+(?:\s+\d{4})?)?\s*,?"
        r"|\s*,?\s*pada\s+(?:bulan\s+|tanggal\s+)?\w+(?:\s+\w+)?(?:\s+\d{4})?\s*,?"
        r"|\s*,?\s*(?:(?:awal|akhir|pertengahan)\s+)?(?:pekan|bulan|tahun|minggu)\s+"
        r"(?:lalu|ini|depan)\s*,?"  # "X, awal tahun ini, menyebut"
        # "Data X hingga 23 April 2025 menunjukkan", "X per akhir Juni mencatat": the period
        # a count runs to, between its owner and the verb
        r"|\s*,?\s*(?:hingga|sampai|per|sejak)\s+(?:(?:akhir|awal|pertengahan)\s+)?"
        r"(?:\d{1,2}\s+[A-Za-z]+|[A-Za-z]+)(?:\s+\d{4})?\s*,?"
        r"|\s*\([\d/]+\)\s*,?)$", re.IGNORECASE)


# the words an alternative of _adverbial() may open with after its optional spaces and
# comma: a new alternative must open with one of them (or a space, a comma, a bracket)
_ADVERBIAL_OPENERS = ("pada", "hari", *(w.lower() for w in _WEEKDAYS), "pekan", "bulan",
                      "tahun", "minggu", "hingga", "sampai", "per", "sejak", "awal", "akhir",
                      "pertengahan")


@lexicons.cached()
def _adverbial_scan() -> re.Pattern:
    """:func:`_adverbial` behind a look-ahead that no match can fail (each alternative
    opens with a space, a comma, a bracket or one of ``_ADVERBIAL_OPENERS``): the same
    matches, but the positions inside ordinary words are given up at their first
    character (twice as fast over a clause's last 80 characters)."""
    pattern = _adverbial()
    return re.compile(r"(?=[\s,(]|" + lexicons.trie_regex(_ADVERBIAL_OPENERS) + ")"
                      + pattern.pattern, pattern.flags)


# the words one of _adverbial()'s alternatives other than the adverbs holds, and the optional
# words it may open with before them (lower case): a match starts at one of them or in the
# spaces and comma before it
_ADVERBIAL_WORDS = re.compile("|".join(map(re.escape, (
    "dengan", "secara", "selaku", "yang", "kepada", *(w.lower() for w in _WEEKDAYS), "pada",
    "hari", "pekan", "bulan", "tahun", "awal", "akhir", "pertengahan", "hingga", "sampai",
    "per", "sejak", "("))))
_ODD_CASE = re.compile("[" + "".join(_ODD_CASES) + "]")


@lexicons.cached()
def _adverb_ends() -> tuple[tuple[str, ...], int]:
    """(The last word of every adverb of data/lexicons/adverbs.csv, lower case; the most
    words an adverb has.)"""
    cues = [cue.split() for cue in _cue_set("adverbs") if cue.split()]
    return tuple(sorted({words[-1] for words in cues})), max(len(words) for words in cues)


def _adverbial_from(head: str, reach: int) -> int | None:
    """Where ``_adverbial_scan().search(head, reach)`` may find its match at the earliest,
    None where it finds none (the match is the same searched from there): it ends the text,
    so an adverb must end it (the match starts in the spaces before its first word), or one
    of ``_ADVERBIAL_WORDS`` stand after ``reach`` (the match starts in the spaces and commas
    before the first). Most clauses hold neither, or only near their end: the search does
    not try every space of the last 80 characters. A letter IGNORECASE reads as another
    (``_ODD_CASES``) gives ``reach``."""
    tail = head[reach:]
    lowered = tail.lower()
    if _ODD_CASE.search(tail) is not None or len(lowered) != len(tail):
        return reach
    core = lowered[:-1] if lowered.endswith("\n") else lowered  # ("$" before a last newline)
    earliest = None
    ends, most = _adverb_ends()
    if core.endswith(ends):  # (the last `most` words hold the adverb, spaces before them)
        parts = core.rsplit(None, most)
        earliest = len(parts[0]) if len(parts) > most else 0
    word = _ADVERBIAL_WORDS.search(lowered)
    if word is not None:
        start = word.start()
        while start > 0 and (lowered[start - 1].isspace() or lowered[start - 1] == ","):
            start -= 1
        earliest = start if earliest is None else min(earliest, start)
    return None if earliest is None else reach + earliest


# kept for the quick-check property test of the previous speaker reader
_ADVERBS = ("telah", "sudah", "juga", "pun", "sebelumnya", "kemudian", "pernah", "yang", "lalu",
            "kembali", "bahkan", "secara resmi", "bersama-sama")
_ADVERBIAL = re.compile(
    r"(?:\s+(?:" + "|".join(a.replace(" ", r"\s+") for a in _ADVERBS) + ")"
    r"|\s*,?\s*(?:pada\s+)?(?:hari\s+)?(?:" + "|".join(_WEEKDAYS) + ")"
    r"(?:\s*\([\d/]+\))?\s*,?"
    r"|\s*,?\s*pada\s+(?:bulan\s+)?\w+(?:\s+\d{4})?\s*,?"
    r"|\s*,?\s*(?:pekan|bulan|tahun)\s+lalu\s*,?)$"
)
_ADVERBIAL_ENDS = tuple(a.split()[-1] for a in _ADVERBS) + _WEEKDAYS + (")",)


def _may_end_in_adverbial(head: str) -> bool:
    """Quick check before _ADVERBIAL: False only where it cannot match ``head``."""
    core = head.rstrip()
    core = core[:-1].rstrip() if core.endswith(",") else core
    words = core.split()
    return bool(words) and (words[-1].endswith(_ADVERBIAL_ENDS)
                            or any(word.endswith("pada") for word in words[-4:]))


# ---------------------------------------------------------------------------- statements

@dataclass
class Statement:
    """One attributed statement: who (resolved), how, where, and what it covers."""

    speaker: Mention
    verb: str
    verb_class: str
    form: str
    start: int  # the attribution expression: speaker and verb
    end: int
    sentence: tuple[int, int]
    resolved_by: str = ""
    relays: list = field(default_factory=list)  # Mentions, nearest to the speaker last
    scope: list = field(default_factory=list)  # sentence spans the statement covers
    covers: dict = field(default_factory=dict)  # sentence index -> how: quote, next_sentence
    post: bool = False  # the speaker follows the verb (", kata X")
    basis: str = ""  # how the speaker is known where not read from the form (a verdict's)
    # a third party's estimate set beside the figures ("higher than estimates by X of 4.8
    # percent"): its figure is the estimator's, the account around it is not (round 18c)
    estimate: bool = False


# ---------------------------------------------------------------------------- reading

_ADVERBIAL_REACH = 80  # characters: the longest adverbial ("pada Kamis (4/1/2024)") and more


_AGENTS_CLAUSE = re.compile(
    r"\s+yang\s+(?:(?:turut|ikut|juga|selama\s+ini|telah|sudah)\s+)*(?:me|ber)[a-z]{3,}\b")


# "yang dirilis Senin", "yang diserahkan kepada DPR": what was done with a document
_DOCUMENT_RELATIVE = re.compile(r"\s+yang\s+(?:baru\s+|telah\s+|sudah\s+)?(?:dirilis|"
                                r"diterbitkan|dipublikasikan|diluncurkan|diumumkan|disusun|"
                                r"diserahkan|dipaparkan|disampaikan|dikeluarkan)\b")


def _an_agents_clause(clause: str) -> bool:
    """``yang turut mengawasi pasokan``, ``yang bertugas di pasar``: a relative clause whose
    verb is active (the body does something), not ``yang dikendalikan X`` (its object)."""
    return bool(_AGENTS_CLAUSE.match(clause))


# "X, seperti dikutip Antara, membantah …", "X sebagaimana dilansir Kompas.com menepis …": a
# relay set between a speaker and the verb is no subject (the relay is read as a relay;
# round 22g)
_RELAY_APPOSITIVE = re.compile(r"(?i),?\s*(?:seperti|sebagaimana)\s+(?:dilansir|dikutip)"
                               r"(?:\s+(?:dari|oleh))?\s+[^,;:.\"“”()]{1,40}?(?:\.\w+)?,?$")

# "X angkat bicara dan menegaskan …", "Pihak Y akhirnya buka suara dan membantah …": the speaker
# first speaks up, then the verb says what; the words of speaking up, joined to the verb by
# "dan", are no subject (round 23g), nor by a comma alone ("X juga angkat bicara, membantah
# …": round 25g)
_SPOKE_UP = re.compile(r"(?i)(?<=[\w,])\s+(?:(?:akhirnya|pun|langsung|segera|turut|ikut|juga)\s+)*"
                       r"(?:angkat\s+bicara|buka\s+suara|bersuara)(?:\s*,?\s+(?:dan|serta)|\s*,)$")


# the words every match of _RELAY_APPOSITIVE and of _SETTING holds (a literal test before each
# search: most clauses hold none)
_RELAY_WORDS = re.compile("dilansir|dikutip")
_SETTING_WORDS = re.compile("dalam|saat|ketika|usai|sela|melalui|lewat")
# and of _SPOKE_UP (angkat bicara, buka suara, bersuara)
_SPOKE_WORDS = re.compile("bicara|suara")


def _holds_any(text: str, start: int, words: re.Pattern) -> bool:
    """Does ``text[start:]`` hold one of ``words`` (lower case) in any case, as an IGNORECASE
    pattern reads it? A letter IGNORECASE reads as another (``_ODD_CASES``) always does."""
    tail = text[start:]
    return _ODD_CASE.search(tail) is not None or words.search(tail.lower()) is not None


def _strip_adverbials(body: str, floor: int, cursor: int, named_ends: frozenset = frozenset(),
                      english: bool = False) -> int:
    """Move ``cursor`` left over adverbials, dates and a relative clause between a speaker
    and its verb (``Kremlin langsung``, ``Gedung Putih pada Kamis (4/1/2024)``,
    ``Korea Utara, yang mempererat hubungan …,``). A clause opened by ``ketika``/``saat``
    that ends in a name (``named_ends``) is no setting: the name is its subject. In an
    English article the adverbials are English (``Shin on Monday said``)."""
    pattern = _ADVERBIAL_EN if english else _adverbial_scan()
    for _ in range(8):
        head = body[floor:cursor]
        stripped = head.rstrip()
        if english:  # "Kirby, coordinator for the U.S. NSC (NSC), who …, according to X,"
            stripped = _strip_english_appositive(stripped)
        # a relative clause closed by its comma right before the verb may end in an
        # adverbial of its own ("X, yang berkunjung ke Eropa pekan lalu, mengatakan"): the
        # whole clause goes first (stripping "pekan lalu," would leave it unclosed)
        # (each match of _RELATIVE_BEFORE_VERB ends in a comma and spaces)
        whole = _RELATIVE_BEFORE_VERB.search(stripped, max(0, len(stripped) - 160)) if \
            stripped.rstrip().endswith(",") else None
        if whole and whole.group(0)[1:].split()[0] == "yang" and whole.start() > 0:
            stripped = stripped[:whole.start()]
        reach = max(0, len(stripped) - _ADVERBIAL_REACH)
        relay = None if english or not _holds_any(stripped, reach, _RELAY_WORDS) else \
            _RELAY_APPOSITIVE.search(stripped, reach)
        if relay and relay.start() > 0:
            stripped = stripped[:relay.start()]
        spoke = None if english or not _holds_any(
            stripped, max(0, len(stripped) - 60), _SPOKE_WORDS) else \
            _SPOKE_UP.search(stripped, max(0, len(stripped) - 60))
        if spoke and spoke.start() > 0:
            stripped = stripped[:spoke.start()]
        # adverbials and clauses end right before the verb: look only at the last words
        reach = max(0, len(stripped) - _ADVERBIAL_REACH)
        if not english:
            reach = _adverbial_from(stripped, reach)
        match = pattern.search(stripped, reach) if reach is not None else None
        if match and match.start() > 0:
            stripped = stripped[:match.start()]
        relative = _RELATIVE_BEFORE_VERB.search(stripped, max(0, len(stripped) - 160)) if \
            stripped.rstrip().endswith(",") else None
        if relative:
            stripped = stripped[:relative.start()]
        place = _PLACE_APPOSITIVE.search(stripped, max(0, len(stripped) - 60)) if \
            stripped.find(",", max(0, len(stripped) - 60)) != -1 else None
        if place and " ".join(place.group(1).lower().split()) in _places()[0]:
            stripped = stripped[:place.start()]  # "Pemerintah Kabupaten X, Jawa Tengah,"
        located = _LOCATED.search(stripped, max(0, len(stripped) - 60)) if \
            stripped.find("di", max(0, len(stripped) - 60)) != -1 else None
        if located and located.start() > 0 and _where(located.group(1)):
            stripped = stripped[:located.start()]  # "X di kantornya, Senin, mengatakan"
        # "X dalam audit tertutup pada Rabu mengemukakan": where, between speaker and verb
        setting = _SETTING.search(stripped, max(0, len(stripped) - 90)) if \
            _SETTING_WORDS.search(stripped, max(0, len(stripped) - 90)) else None
        if setting and setting.start() > 0 and not (
                setting.group(1).lower() in _CLAUSE_SETTINGS
                and floor + len(stripped) in named_ends):
            stripped = stripped[:setting.start()]
        stripped = stripped.rstrip()
        if stripped.endswith(","):
            stripped = stripped[:-1].rstrip()
        if len(stripped) == len(head):
            break
        cursor = floor + len(stripped)
    return cursor


def _strip_english_appositive(head: str) -> str:
    """``Kirby, a spokesman for the U.S. National Security Council (NSC),`` →
    ``Kirby``: the last comma-enclosed segment before an English verb, when it is a
    relative clause, a setting, a relay (*who attended …*, *according to the AP*, *citing
    …*) or a description (it opens in lower case or holds a title word)."""
    while head.endswith(","):
        core = head[:-1].rstrip()
        comma = core.rfind(",")
        segment = core[comma + 1:].strip()
        if comma < 0 or len(segment) > 150 or not segment or re.search(r"[\"“”;]", segment) \
                or not (segment[0].islower() or is_description(segment)):
            break
        head = core[:comma + 1]  # the comma before the segment: another one may precede
    return head


_APPOSITIVE_OPEN_EN = re.compile(r"\s*,\s*([^,;:\"“”()]{3,100}?)\s*$")
_POSSESSOR_EN = re.compile(r"(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*['’]s\s+[a-z]")


def _named_before_appositive_en(body: str, mentions: list[Mention], floor: int,
                                verb_start: int) -> Mention | None:
    """*Ana Ruiz, the agency's deputy head said …*, *Ana Ruiz, Bulog's corporate secretary
    said*: a named person opening the clause, then a description that no second comma
    closes, then the verb — the person speaks, not the role (round 18c)."""
    first = next((m for m in mentions if m.start >= floor), None)
    if first is None or first.kind != "person" or not first.name or \
            body[floor:first.start].strip(" \t\n\"“”'’-—–") or first.end >= verb_start:
        return None
    segment = _APPOSITIVE_OPEN_EN.match(body, first.end, verb_start)
    if segment is None:
        return None
    words = segment.group(1)
    if words[0].islower() or _POSSESSOR_EN.match(words):  # (not "In May, Latvian prosecutors")
        return first
    return None


# ", who leads the agency's Data, Mapping and Outreach Division," before the verb (19c)
_RELATIVE_EN = re.compile(r"[^\S\n]*,[^\S\n]*(?:who|whose)[^\S\n]+[^\"“”\n]{1,160},[^\S\n]*$")


def _named_before_relative_en(body: str, mentions: list[Mention], floor: int,
                              verb_start: int) -> Mention | None:
    """*Maria Lopez, who heads the office's Data, Mapping and Outreach Division, confirmed*:
    a named person opening the clause, then a relative clause (*who …,*) that runs to the
    comma before the verb — the person speaks, not the last piece of the clause (round
    19c)."""
    first = next((m for m in mentions if m.start >= floor), None)
    if first is None or first.kind != "person" or not first.name or \
            body[floor:first.start].strip(" \t\n\"“”'’-—–") or first.end >= verb_start:
        return None
    return first if _RELATIVE_EN.match(body[:verb_start], first.end) else None


# "…, says a report by X", "shows an intelligence assessment by X": the document's author
# after the verb (round 18c)
_SAYS_A_DOCUMENT_EN = re.compile(r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:report|study|"
                                 r"analysis|assessment|survey|review|paper|estimate|briefing)"
                                 r"\s+(?:(?:released|published|compiled|issued|prepared)\s+)?"
                                 r"by\s+(?:the\s+)?", re.I)


def _author_after_en(body: str, mentions: list[Mention], position: int, limit: int
                     ) -> Mention | None:
    """The named author after up to four words describing it (*by financial research firm
    X*, *by opposition lawmaker X*); a person named between commas after such a description
    of a body (*by South Korea's ruling party representative, X,*) is that person
    (round 18c)."""
    gap = _ESTIMATOR_GAP_EN.match(body, position, limit)
    author = next((m for m in mentions if position - 4 <= m.start <= gap.end()
                   and m.end > position and m.kind in ("person", "organisation", "state")
                   and m.name[:1].isupper()
                   and re.fullmatch(r"[\w’'\s-]*", body[position:max(position, m.start)])),
                  None)  # (the mention may hold the description: "the party's spokesman, X")
    if author is None:
        return None
    named = next((m for m in mentions if author.end < m.start <= author.end + 80
                  and m.kind == "person" and m.name), None)
    if named is not None and re.fullmatch(r"[\w’'\s-]*,\s*", body[author.end:named.start]) \
            and re.match(r"\s*[,.;)]", body[named.end:limit]):
        return named
    return author


_CAPITAL_DOCUMENT = re.compile(r"(?:Data|Catatan|Laporan|Rilis|Rekapitulasi)\s+(?=[A-Z])")


def _without_document_word(body: str, speaker: Mention | None) -> Mention | None:
    """``Berdasarkan Data Badan Pusat Statistik, …``: the body, not a name that took the
    capitalised document word in (round 20h)."""
    match = _CAPITAL_DOCUMENT.match(speaker.text) if speaker is not None and \
        speaker.kind != "document" else None
    if match is None:
        return speaker
    inner = [m for m in find_mentions(body, speaker.start + match.end(), speaker.end)
             if m.start == speaker.start + match.end()]
    return inner[0] if inner and inner[0].name else speaker


# a regulation's number right after its name, or inside it: "Nomor 12 Tahun 2021", "No. 5/2019"
_REGULATION_NUMBER = re.compile(r"\s*(?:\([^()\n]{1,20}\)\s*)?(?:nomor|no\.?)\s*\d", re.I)
# the document cues that open a sentence read from a regulation (not "mengutip", "dikutip")
_REGULATION_CUES = frozenset({"dalam", "berdasarkan", "sesuai", "mengacu", "merujuk"})


def _numbered_regulation(body: str, law: Mention | None, cue: re.Match, limit: int
                         ) -> Mention | None:
    """``Sesuai Peraturan Bupati X Nomor 12 Tahun 2021, …``, ``Dalam Peraturan Menteri …
    Nomor 5 Tahun 2019 …``: a law or regulation named by its number right after a document
    cue opening the sentence (``law`` is the mention after the cue), as the document the
    sentence's figures are read from (round 26a), else None. A law named by no number
    (*Undang-Undang Cipta Kerja*) stays nobody: the page may only be naming its topic.

    >>> text = "Sesuai Peraturan Bupati Sari Nomor 3 Tahun 2020, tarifnya Rp 2.000."
    >>> cue = _DOCUMENT_CUE.match(text.lower())
    >>> law = Mention(start=7, end=48, text=text[7:48], kind="law", canonical=text[7:48])
    >>> _numbered_regulation(text, law, cue, len(text)).kind
    'document'
    >>> law = law._replace(text="Undang-Undang Cipta Kerja", end=32)
    >>> _numbered_regulation("Sesuai Undang-Undang Cipta Kerja, upah naik.", law, cue, 44)
    """
    if law is None or law.kind != "law" or cue.re is not _DOCUMENT_CUE or \
            cue.group(1).split()[0] not in _REGULATION_CUES:
        return None
    words = law.text.split()
    numbered = next((i for i, w in enumerate(words) if w.lower() in ("nomor", "no", "no.")),
                    None)
    if numbered is None and not _REGULATION_NUMBER.match(body, law.end, limit):
        return None
    return law._replace(kind="document", type="law", head=words[0].lower())


def reads_a_regulation(statement) -> bool:
    """Is ``statement`` the page reading a regulation it cites by number (round 26a)? Its
    figures are the regulation's; no run of figures goes on from it."""
    return statement.form == "document" and statement.speaker.type == "law"


def _data_of(body: str, speaker: Mention) -> Mention:
    """``Data Sistem Informasi X (SIX) Kementerian Y, Senin, menunjukkan``: a capitalised
    document word that a name with a bracketed short form took in (its mention then has no
    document head): the body or data system named after it shows the figures (round 22a).
    Any other speaker is returned as it is.

    >>> body = "Data Sistem Informasi Haji (Sihaj) Kementerian Z menunjukkan"
    >>> _data_of(body, Mention(0, 49, body[:49], name=body[:49], kind="organisation")).text
    'Sistem Informasi Haji (Sihaj) Kementerian Z'
    """
    if speaker.head or speaker.kind != "organisation" or "(" not in speaker.text:
        return speaker
    inner = _without_document_word(body, speaker)
    return inner if inner is not None and inner.kind == "organisation" else speaker


def _ending_at(mentions: list[Mention], cursor: int, body: str) -> Mention | None:
    for mention in mentions:
        # ")": a bracket after the name; ".": an abbreviation's ("PT X Tbk. mencatat": the
        # sentence goes on, or it would have ended there)
        if mention.end == cursor or (mention.end < cursor and
                                     not body[mention.end:cursor].strip(" ),.")):
            return mention
    return None


_CAPITALISED_WORDS = re.compile(r"(?:\s+[A-Z][\w.'-]*){1,4}")


def _titled_before_colon(body: str, mentions: list[Mention], start: int, colon: int
                         ) -> Mention | None:
    """In a headline every word is capitalised, so the name grammar stops a speaker at its
    title (*Menteri Keuangan* | *Sri Mulyani*:, *Kapolres* | *Sukamaju*:). A titled speaker
    opening the headline whose next one to four capitalised words reach the colon is read
    again as running text, the words up to the colon with it: *Menteri Keuangan Sri
    Mulyani*, *Kapolres Sukamaju* (an office and its place, no name: the body names who).

    >>> title = "Kapolres Sukamaju: Kabar 70 Rumah Dibakar Tidak Benar"
    >>> _titled_before_colon(title, find_mentions(title, 0, len(title), title_case=True),
    ...                      0, title.index(":")).text
    'Kapolres Sukamaju'
    """
    before = [m for m in mentions if m.end <= colon]
    if not before or before[0].start - start > 2 or before[-1] is not before[0] or \
            before[0].kind != "person" or before[0].refer != "title" or before[0].name or \
            not _CAPITALISED_WORDS.fullmatch(body, before[0].end, colon):
        return None
    again = [m for m in find_mentions(body, before[0].start, colon)
             if m.start == before[0].start and m.end == colon and m.kind == "person"]
    return again[0] if again else None


# ", salah satu pedagang di Pasar lama X", ", petani dari Desa X": a person's role and where
# they work or live, between the person's name and the verb
_LOCATED_ROLE = re.compile(r",\s+(?:(?:salah\s+)?(?:satu|seorang)\s+)?[a-z]+(?:\s+[a-z]+){0,3}"
                           r"\s+(?:di|dari)\s+[^,.;:\"“”()]*$")
_DIVISION_WORDS = ("provinsi", "kabupaten", "kota", "kecamatan")
# ", Jawa Timur," after a place: the rest of an address before the verb
_ADDRESS_REST = re.compile(r"\s*,\s*([A-Z][\w ]*?)\s*,?\s*$")


def _unnamed_medium(mention: Mention) -> bool:
    """A medium named by its kind alone (``televisi``, ``televisi pemerintah``, ``radio
    setempat``): no medium in particular relays the words (``televisi Iran``, with its
    country, is a medium the reader can place, as the labels of the development set say).

    >>> _unnamed_medium(Mention(0, 8, "televisi", type="media", kind="organisation"))
    True
    """
    return mention.type == "media" and not mention.name and not mention.known and \
        mention.refer == "" and not mention.country


@lexicons.cached()
def _media_by_alias() -> dict[str, dict]:
    """The media and wires of the actors lexicon by every alias, in lower case."""
    table = lexicons.load("actors")
    found = {}
    for row in table.to_dict("records"):
        if row["type"] in ("media", "wire"):
            for alias in [row["canonical"], *lexicons.split_aliases(row["aliases"])]:
                found.setdefault(" ".join(alias.lower().split()), row)
    return found


def _medium_named(words: str) -> tuple[str, str] | None:
    """(name, type) of the medium ``words`` name in any case (round 20d): a medium or wire
    of data/lexicons/actors.csv (``REUTERS``, ``afp``), else an outlet of data/outlets.csv
    by a spelling or its domain (``detiknews``, ``cnnindonesia``).

    >>> _medium_named("REUTERS"), _medium_named("detiknews"), _medium_named("warga")
    (('Reuters', 'wire'), ('detik.com', 'media'), None)
    """
    row = _media_by_alias().get(" ".join(words.lower().split()))
    if row is not None:
        return row["canonical"], row["type"]
    outlet = urls.outlet_named(words) or (
        urls.outlet_named(words + ".com") if "." not in words else None)
    return (outlet, "media") if outlet else None


def _lower_case_medium(body: str, position: int, limit: int) -> Mention | None:
    """A medium written in lower case right at ``position`` (``seperti dikutip
    detiknews``, ``….(afp)``), as a known medium's mention; None for any other word."""
    word = _LOWER_WORD.match(body, position, limit)
    if word is None or body[word.end():word.end() + 1].isalnum():
        return None
    named = _medium_named(word.group(0))
    if named is None:
        return None
    return Mention(start=word.start(), end=word.end(), text=word.group(0), name=named[0],
                   canonical=named[0], type=named[1], kind="organisation", known=True)


def _known_medium(mention: Mention | None) -> Mention | None:
    """A mention the name grammar left untyped that names a known medium in another case
    (``REUTERS``): that medium."""
    if mention is None or mention.type in ("media", "wire") or mention.known:
        return mention
    named = _medium_named(mention.text)
    if named is None:
        return mention
    return mention._replace(name=named[0], canonical=named[0], type=named[1],
                            kind="organisation", known=True)


def _credit_carrier(body: str, mentions: list[Mention], first: Mention | None, limit: int
                    ) -> Mention | None:
    """The medium after ``via`` in a credit pair (``(KCNA via Reuters)``), if it is one."""
    if first is None:
        return None
    via = _VIA.match(body, first.end, limit)
    if via is None:
        return None
    carrier = _known_medium(_starting_at(mentions, via.end(), body, limit)) or \
        _lower_case_medium(body, via.end(), limit)
    return carrier if carrier is not None and carrier.type in ("media", "wire") else None


# "dikutip Kabarindo.com dari Kyodo News": the medium after "dari" (round 26e2)
_FROM_MEDIUM = re.compile(r"\s+dari\s+")


def _relayed_from(body: str, mentions: list[Mention], target: Mention | None, limit: int
                  ) -> Mention | None:
    """``dikutip Kabarindo.com dari Kyodo News``, ``dilansir Harian Kita dari The
    Guardian``: a medium (most often the page's own) that took the text from another one
    the text names after *dari*; the medium it came from is the relay (the page's own
    outlet is no source). A medium after *dari* only: ``dilansir Kabarindo.com dari
    Jakarta`` keeps its medium.

    >>> text = "dikutip Kabarindo.com dari Kyodo News."
    >>> first = Mention(8, 21, "Kabarindo.com", type="media", kind="organisation")
    >>> other = Mention(27, 37, "Kyodo News", type="wire", kind="organisation", known=True)
    >>> _relayed_from(text, [first, other], first, len(text)).text
    'Kyodo News'
    """
    if target is None or target.kind != "organisation" and target.type not in ("media", "wire"):
        return target  # (a medium the name grammar typed by its last word, "X Militer",
        # is still the object of "dilansir": an organisation)
    cue = _FROM_MEDIUM.match(body, target.end, limit)
    if cue is None:
        return target
    other = _starting_at(mentions, cue.end(), body, limit) or _lower_case_medium(
        body, cue.end(), limit)
    other = _known_medium(_whole_medium_name(other))
    if other is None or other.type not in ("media", "wire") or _unnamed_medium(other):
        return target
    return other


def _whole_medium_name(mention: Mention | None) -> Mention | None:
    """A relayed medium the name grammar cut after its short form in capitals (``dikutip
    dari CGTN Europe`` read as a name after an office's acronym, ``Europe``): the whole
    name, a medium."""
    if mention is None or mention.known or mention.kind not in ("unknown", "person") or \
            mention.canonical == mention.text or not _CAPITALS_NAME.fullmatch(mention.text):
        return mention
    name = " ".join(mention.text.split())
    return mention._replace(name=name, canonical=name, type="media", kind="organisation")


def _named_before_place(body: str, candidates: list[Mention], floor: int, first: Mention,
                        verb_start: int) -> Mention:
    """The speaker a place before the verb stands for: the person whose role it locates
    (``Rina, salah satu pedagang di Pasar lama Sukamaju mengatakan`` → Rina), or the body
    whose address it is (``Dinas Sosial Kabupaten X, Madura, Jawa Timur, mencatat`` → the
    Dinas: an unknown word between the body and a known place is part of the address, as is
    a province or regency after the body: ``Dinas … Kota X, Provinsi Y mencatat``)."""
    role = _LOCATED_ROLE.search(body, max(floor, first.start - 90), first.start)
    if role and first.kind not in ("person", "pronoun"):
        head = _ending_at([m for m in candidates if m.end <= role.start()][::-1],
                          role.start(), body)
        if head is not None and head.kind in ("person", "unknown") and head.name:
            return head
    rest = _ADDRESS_REST.match(body, first.end, verb_start)
    division = first.text.split()[0].lower() in _DIVISION_WORDS and first.kind in (
        "organisation", "unknown", "place")  # "Dinas … Kota X, Provinsi Y mencatat"
    if first.kind == "unknown" and rest and rest.group(1).lower() in _places()[0] or division:
        before = [m for m in candidates if m.end <= first.start]
        if before and before[-1].kind == "organisation" and \
                body[before[-1].end:first.start].strip() == ",":
            return before[-1]
    return first


# "Kemlu Panggil Dubes X, Kecam …": words between a headline's subject and the object of its
# first verb that join two names rather than being that verb
_HEADLINE_JOINERS = frozenset({"dan", "serta", "bersama", "dengan", "di", "ke", "dari", "untuk",
                               "&", "vs", "versus", "atau"})


def _headline_subject(body: str, mentions: list[Mention], floor: int,
                      speakers: list[Mention], verb_start: int) -> list[Mention]:
    """In an Indonesian headline ``Kemlu Panggil Dubes X, Kecam …`` the name right before
    ``, Kecam`` is the object of the word before it (a first verb): the second verb's
    speaker is the name that opens the headline before that word, else nobody.

    >>> _headline_subject("Budi Kecam Ani", [], 0, [], 5)
    []
    """
    if not speakers or not re.fullmatch(r"\s*,\s*", body[speakers[0].end:verb_start]):
        return speakers
    first = speakers[0]
    gap_start = max([m.end for m in mentions if floor <= m.end <= first.start] + [floor])
    gap = body[gap_start:first.start].split()
    if not gap or len(gap) > 2 or any(w.lower() in _HEADLINE_JOINERS or not w.isalpha()
                                      or w.lower() in _words()[0] for w in gap):
        return speakers  # "Wakil Presiden X, Kecam": a title, no verb
    subject = next((m for m in mentions if floor <= m.start and m.end == gap_start), None)
    if subject is not None and subject.kind in _SPEAKER_KINDS and subject.kind != "document" \
            and not body[floor:subject.start].strip():
        return [subject]
    return []


# "sent by Dana Reyes, the agency spokeswoman said": a name after a preposition is its object
_PREPOSITION_BEFORE_EN = re.compile(r"\b(?:by|to|with|from|of|for|and|about|on|at)\s+$", re.I)


def _named_before_title_en(body: str, candidates: list[Mention], floor: int,
                           cursor: int) -> Mention | None:
    """The person named before an English title that no comma closes (*Dana Reyes, the
    agency spokeswoman said*; *Ian Cole, director of the Dock Trust said*): the person
    speaks, not the body in the title."""
    comma = body.rfind(",", floor, cursor)
    segment = body[comma + 1:cursor].strip() if comma >= 0 else ""
    if not segment or not segment[0].islower() or len(segment) > 90 or re.search(
            r"[\"“”;:()]", segment) or not names_a_title(segment):
        return None
    named = _ending_at([m for m in candidates if m.end <= comma][::-1], comma, body)
    if named is None or named.kind != "person" or not named.name or \
            _PREPOSITION_BEFORE_EN.search(body, max(floor, named.start - 12), named.start):
        return None
    return named


_ITS_PLACE = re.compile(r"\s+di\s+\S")


def _body_with_its_place(body: str, mentions: list[Mention], floor: int, cursor: int,
                         verb_start: int) -> Mention | None:
    """``Dinas Sosial di Kota Sukamaju mencatat``, ``BPBD Kabupaten X di Jawa Timur
    melaporkan``: the place stripped before the verb as where the speaker spoke is part of
    the body's own mention (its seat); the body, named, ends right before the verb, and
    the place opens with "di" where the stripped words end (round 22a, second part)."""
    return next((m for m in mentions if floor <= m.start < cursor < m.end <= verb_start
                 and m.name and m.kind == "organisation"
                 and _ITS_PLACE.match(body, cursor) is not None
                 and not body[m.end:verb_start].strip(" ,")), None)


_IN_BEFORE_EN = re.compile(r"\s+in\s+(?:the\s+)?$")


def _body_in_its_place_en(body: str, candidates: list[Mention], floor: int,
                          place: Mention) -> Mention:
    """``The Bureau of Fire Protection in Manila reported``, ``Police in Cebu said``: the
    place named with *in* right before an English verb is where the body or person named
    before it works or spoke; they speak, not the place or its country (round 23d; the
    Indonesian *di* is :func:`_subjects`' own)."""
    at = _IN_BEFORE_EN.search(body, max(floor, place.start - 12), place.start)
    head = _ending_at([m for m in candidates if m.end < place.start][::-1],
                      place.start - len(at.group()), body) if at else None
    if head is not None and head.kind in ("organisation", "person") and head.name:
        return head
    return place


# "…, with Japanese and U.S. officials confirming that …": an absolute clause after a comma
# (or opening the sentence), its subject after "with" and its verb a participle in -ing
_WITH_ABSOLUTE_EN = re.compile(r"(?:^|[,;(]\s*|\s[-\u2013\u2014]\s*)with\s+(?:the\s+)?$", re.I)
_PARTICIPLE_EN = re.compile(r"[a-z]+ing(?![\w-])")


def _with_absolute_en(body: str, floor: int, subject_start: int, verb_start: int) -> bool:
    """Is the subject at ``subject_start`` that of an English absolute clause — *with* right
    after a comma (or the sentence's start) before it and a verb in *-ing* at ``verb_start``
    (*…, with U.S. officials confirming that 8,000 …*; round 26f)? *He met with officials
    said …* or *sent with officials* are objects still.

    >>> text = "Tension rose, with U.S. officials confirming that 8,000 left."
    >>> _with_absolute_en(text, 0, 19, 34)
    True
    >>> _with_absolute_en("He met with Ana Ruiz said", 0, 12, 21)
    False
    """
    return _PARTICIPLE_EN.match(body, verb_start) is not None and \
        _WITH_ABSOLUTE_EN.search(body[max(floor, subject_start - 30):subject_start]) is not None


def _subjects(body: str, mentions: list[Mention], floor: int, verb_start: int,
              english: bool = False) -> list[Mention]:
    """The speakers whose phrase ends right before a verb, coordinated ones included
    (``Korea Selatan dan Amerika Serikat``, ``Baik X maupun Y``; in English ``Pyongyang and
    Moscow``)."""
    named_ends = frozenset(m.end for m in mentions if m.name and m.kind in _SPEAKER_KINDS
                           and floor <= m.start < verb_start)
    cursor = _strip_adverbials(body, floor, verb_start, named_ends, english)
    candidates = [m for m in mentions if floor <= m.start and m.end <= cursor]
    first = _ending_at(candidates[::-1], cursor, body)
    titled = _named_before_title_en(body, candidates, floor, cursor) if english else None
    if titled is not None and (first is None or first.start > titled.end):
        first = titled  # the body in the title ("of the Dock Trust") does not speak
    relative = None if first is not None else _BARE_RELATIVE.search(body, floor, cursor)
    if relative:
        # "Sumber yang mengetahui masalah itu mengatakan": a relative clause with no commas
        # after an unnamed source or a person
        head = _ending_at(candidates[::-1], relative.start(), body)
        if head is not None and head.kind in ("group", "person"):
            first = head
        elif head is not None and head.kind == "organisation" and head.name and \
                _an_agents_clause(body[relative.start():cursor]):
            # "Badan X yang mengawasi pasokan pangan turut mengungkap": a body's relative
            # clause, itself a verb phrase, between the body and its verb
            first = head
        elif head is not None and head.kind == "organisation" and head.name and \
                through_document(head) and _DOCUMENT_RELATIVE.match(body, relative.start()):
            # "Survei X yang dirilis Senin menunjukkan": the document's passive clause
            # (released, handed over) between its author and the verb (round 22i)
            first = head
    if first is None:
        # "Budi Santoso, juru bicara Kementerian X, mengatakan": the appositive stripped
        # above is part of the name's own mention (its title)
        first = next((m for m in mentions if floor <= m.start < cursor < m.end <= verb_start
                      and m.name and m.kind == "person"
                      and not body[m.end:verb_start].strip(" ,")), None)
    if first is None and not english:
        first = _body_with_its_place(body, mentions, floor, cursor, verb_start)
    if first is not None and not english:
        first = _named_before_place(body, candidates, floor, first, verb_start)
    if first is not None and first.kind == "place" and not english:
        # "X di Balai Desa Sukamaju menyebut": where X spoke, X speaks
        at = re.search(r"\s+di\s+$", body[max(floor, first.start - 6):first.start])
        head = _ending_at([m for m in candidates if m.end < first.start][::-1],
                          first.start - len(at.group()), body) if at else None
        if head is not None and head.kind in _SPEAKER_KINDS and head.kind != "document":
            first = head
    if first is not None and english and (first.kind in ("place", "state", "unknown") or
                                          first.kind == "organisation" and not first.known
                                          and len(first.text.split()) == 1):
        first = _body_in_its_place_en(body, candidates, floor, first)
    if first is None or first.kind not in _SPEAKER_KINDS + ("pronoun",):
        return []
    if first.kind == "pronoun":
        return [first]
    if english and _ADDRESS_TAIL_EN.search(body, max(floor, first.start - 40), first.start) \
            and (_STATE_CODE.fullmatch(first.text) or " ".join(first.text.lower().split()) in
                 country_names() | _places()[0]):
        return []  # "a think tank in Washington, DC, claims": DC ends an address
    companion = _COMPANION.search(body, max(floor, first.start - 40), first.start)
    if companion:  # "X, didampingi Y, mengatakan": X speaks, Y only stands beside X
        head = _ending_at([m for m in candidates if m.end <= companion.start()][::-1],
                          companion.start(), body)
        if head is not None and head.kind in ("person", "organisation", "group"):
            first = head
    through = _THROUGH.search(body, max(floor, first.start - 12), first.start)
    organ = False
    if through:  # "AS melalui Departemen Luar Negerinya menuduh": AS speaks
        head = _ending_at([m for m in candidates if m.end <= through.start()][::-1],
                          through.start(), body)
        # (but "Pemerintah melalui Kementerian Sosial mengatakan": the unnamed government
        # speaks through the named ministry, which is the source; round 23a)
        organ = head is not None and head.refer == "head" and head.kind == "organisation" \
            and bool(first.name) and first.kind == "organisation" and not first.refer and \
            (not body[floor:head.start].strip(" \"“”") or
             body[floor:head.start].rstrip().endswith(","))
        if head is not None and head.kind in _SPEAKER_KINDS and not organ:
            first = head
    clause = _RELATIVE_OBJECT.search(body, max(floor, first.start - 60), first.start)
    if clause:  # "Kementerian X yang dikendalikan Hamas mengatakan": the ministry speaks
        head = _ending_at([m for m in candidates if m.end <= clause.start()][::-1],
                          clause.start(), body)
        if head is not None and head.kind in _SPEAKER_KINDS:
            first = head
    affiliation = (_AFFILIATION_EN if english else _AFFILIATION).search(
        body, max(floor, first.start - 12), first.start)
    member_of = False
    if affiliation:  # "Rina Hartono, peneliti dari Lembaga X, menilai": Rina speaks
        head = _ending_at([m for m in candidates if m.end <= affiliation.start()][::-1],
                          affiliation.start(), body)
        # "Peneliti dari Lembaga X menyebut": a bare title names nobody, the body speaks
        member_of = head is not None and head.refer == "title" and not head.name and \
            first.kind == "organisation" and not body[floor:head.start].strip(" ,\"“”") and \
            not re.search(r"\b(?:itu|tersebut)\s*$", body[head.end:verb_start])
        if head is not None and head.kind in ("person", "group") and not member_of:
            first = head
        elif head is not None and head.kind == "organisation" and head.name and (
                first.kind == "state" or first.kind == "unknown" and " " not in first.text):
            # "kantor berita Kyodo dari Jepang memberitakan": the body speaks, its country
            # only locates it
            first = head
    # "data X yang mencatat", "data X yang hingga Mei lalu mencatat" (the rest an adverbial)
    relative = re.search(r"\byang\s+(?:\w+\s+){0,2}$", body[first.end:verb_start]) or \
        re.match(r"\s*yang\s", body[first.end:verb_start])
    document = re.search(r"([^\W\d_]+)\s+(?:dari|from|of)\s+$",
                         body[max(floor, first.start - 30):first.start])
    if not relative and not member_of and not organ and (
            _AFTER_VERB_EN if english else _AFTER_VERB).search(
            body[max(floor, first.start - 30):first.start]) and not (
            document and document_word(document.group(1))) and not (  # "pernyataan dari X"
            english and _with_absolute_en(body, floor, first.start, verb_start)):
        return []  # "mengunjungi Rusia": an object, not a subject ("laporan X yang
        # menyatakan" is a subject)
    found = [first]
    while True:
        link = (_CONJUNCTION_EN if english else _CONJUNCTION).search(body, floor,
                                                                     found[-1].start)
        if not link:
            break
        before = [m for m in candidates if m.end <= link.start()]
        nxt = _ending_at(before[::-1], link.start(), body)
        if nxt is None or nxt.kind not in _SPEAKER_KINDS or not body[nxt.end:found[-1].start
                                                                      ].strip(" ,"):
            break
        shares_head = re.search(r"\bdan\s*$", body[link.start():found[-1].start]) and \
            not re.search(r"(?i)\bbaik\s", body[floor:nxt.start + 1])
        if shares_head and nxt.kind in ("group", "person", "organisation") and \
                found[-1].kind == "state" and len(found) == 1 and nxt.country and \
                nxt.type not in ("media", "wire") and not (nxt.name and nxt.kind == "person"):
            # "pejabat senior Kiev dan Seoul": one group of officials of both
            merged = body[nxt.start:found[-1].end]
            found[-1] = nxt._replace(end=found[-1].end, text=merged, canonical=(
                nxt.canonical if nxt.known else " ".join(merged.split())))
            continue
        found.append(nxt)
    if relative and _OBJECT_OF.search(body, max(floor, found[-1].start - 20), found[-1].start) \
            and not through_document(found[-1]):  # ("sejalan dengan klaim X yang menyebutkan")
        return []  # "negara selain Rusia dan Suriah yang mengakui …": no subject
    return found[::-1]


def _through_the_cue_noun(mentions: list[Mention], match: re.Match) -> Mention | None:
    """The speaker of ``menurut <speech noun> X`` when the mention reads the noun as its own
    (``pernyataan Gedung Putih``, a document noun of mention_words.csv, round 20j): the
    mention starting at the cue's last word, speaking through that document.

    >>> from newsframe.annotate.mentions import find_mentions
    >>> found = find_mentions("Menurut pernyataan Rina Hartono, 3 kapal tenggelam.")
    >>> cue = re.match(r"(Menurut pernyataan)()", "Menurut pernyataan Rina Hartono")
    >>> _through_the_cue_noun(found, cue).text
    'pernyataan Rina Hartono'
    """
    words = match.group(1).split()
    if len(words) < 2 or not document_word(words[-1]):
        return None
    noun_start = match.end(1) - len(words[-1])
    return next((m for m in mentions if m.start == noun_start and through_document(m)
                 and m.kind in _SPEAKER_KINDS and m.kind != "document"), None)


def _after_a_document(body: str, mention: Mention, floor: int) -> bool:
    """Is ``mention`` the author after a document noun and *dari/oleh/from/of*
    (``sebuah pernyataan dari Gedung Putih menunjukkan``: the body a document verb's
    subject names, though its name has no head word; round 20j)?

    >>> _after_a_document("Pernyataan dari Gedung Putih", Mention(
    ...     start=16, end=28, text="Gedung Putih", kind="organisation"), 0)
    True
    """
    before = re.search(r"([^\W\d_]+)\s+(?:dari|oleh|from|of)\s+$",
                       body[max(floor, mention.start - 30):mention.start])
    return bool(before and document_word(before.group(1)))


def _clause_speakers(mentions: list[Mention], floor: int, verb_start: int):
    """The mentions between ``floor`` and the verb that may speak (no document)."""
    return (m for m in mentions if floor <= m.start and m.end <= verb_start
            and m.kind in _SPEAKER_KINDS and m.kind != "document")


def _clause_subject(body: str, mentions: list[Mention], floor: int, verb_start: int,
                    english: bool = False) -> Mention | None:
    """The subject of the sentence's first clause, for a second predicate of it
    (``Putin berterima kasih …, dan mengatakan``; ``…, dengan mengatakan``; English
    ``The official called the figures a rumour and said``)."""
    if english:
        return _english_clause_subject(body, mentions, floor, verb_start)
    # the link right before the verb, or before the adverbials there; a setting of the first
    # predicate may stand before the link too (``… dalam perangnya melawan Kyiv dan
    # mengatakan``), which the scan over adverbials would take with it
    if not (_PREDICATE_LINK.search(body, floor, _strip_adverbials(body, floor, verb_start))
            or re.search(r"(?:,\s*|\s)(?:dan|serta)\s+$", body[floor:verb_start])):
        return None
    for mention in _clause_speakers(mentions, floor, verb_start):
        after = re.match(r"[\s,]*(?:\(\w+\)\s*)?([\w-]+)", body[mention.end:verb_start])
        word = after.group(1).lower() if after else ""
        if re.match(r"(?:me|mem|men|meng|meny|ber|ter)\w{3,}", word) or word in (
                _verb_lexicon()[0]):
            if not _AFTER_VERB.search(body[max(floor, mention.start - 30):mention.start]):
                return mention
    return None


_PREDICATE_LINK_EN = re.compile(r"(?:,\s*|\s)(?:and|but|then|before|while)\s*$", re.I)


def _english_clause_subject(body: str, mentions: list[Mention], floor: int, verb_start: int
                            ) -> Mention | None:
    """The subject opening an English sentence, for the verb of its second predicate: the
    first speaker of the clause followed by a lower-case word (its first verb)."""
    if not _PREDICATE_LINK_EN.search(body, floor, verb_start):
        return None
    for mention in _clause_speakers(mentions, floor, verb_start):
        after = re.match(r"[\s,]*([a-z][\w-]*)", body[mention.end:verb_start])
        if after and not body[floor:mention.start].strip(" \"“'‘") and \
                after.group(1) not in ("and", "or", "of", "in", "at", "for", "to", "with"):
            return mention
        return None
    return None


def _starting_at(mentions: list[Mention], position: int, body: str, limit: int
                 ) -> Mention | None:
    """The mention right after a verb or cue (spaces between are allowed, ``pihak``, "the
    side of": ``menurut pihak Polri`` is Polri's word, and a modifier of the person's title
    that follows: ``kata mantan juru bicara X``)."""
    for mention in mentions:
        if position <= mention.start < limit:
            gap = body[position:mention.start].strip()
            if not gap or gap.lower() == "pihak" or " " not in gap and modifier_word(gap) \
                    and mention.kind == "person":
                return mention
    return None


# a writer's social-media handle in brackets after the byline: "(@AnaRuiz)"
_BYLINE_HANDLE = re.compile(r"\([^\S\n]*@$")
_THE_AFTER_EN = re.compile(r"[^\S\n]+the[^\S\n]+")


def _the_body_after_en(mentions: list[Mention], position: int, body: str, limit: int
                       ) -> Mention | None:
    """``…, said the Health Ministry.``, ``…, assessed the Defense Intelligence Agency.``:
    an English body named right after *the* that follows a verb after the words (round
    19c); a person's title or a pronoun there is left to the rules for them."""
    the = _THE_AFTER_EN.match(body, position, limit)
    if the is None:
        return None
    mention = _starting_at(mentions, the.end(), body, limit)
    if mention is None or mention.start != the.end() or mention.kind != "organisation":
        return None
    return mention


# a role the title lexicon does not hold, in lower case between a verb after a quote and the
# speaker's office or name ("kata prakirawan BMKG Pekanbaru Yudhistira", "ujar forecaster on
# duty Badan Meteorologi … Yudhistira")
_ROLE_WORDS = re.compile(r"\s*((?:[a-z]+\s+){1,3})")
_DEMONSTRATIVES = ("ini", "itu", "tersebut")
_DEMONSTRATIVE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,20}\)\s*)?(?:ini|itu|tersebut)(?![\w-])")
# words that make the words after a verb a clause, not a role
_NOT_ROLE = frozenset({"dia", "ia", "mereka", "kami", "kita", "beliau", "saya", "pun", "juga",
                       "kepada", "saat", "ketika", "dalam", "sebagai", "seperti", "soal",
                       "tentang", "mengenai", "lagi", "sudah", "masih"})


@lexicons.cached()
def _not_role_words() -> frozenset:
    return _NOT_ROLE | frozenset(lexicons.load("stopwords")["word"])


def _after_role(mentions: list[Mention], position: int, body: str, limit: int
                ) -> Mention | None:
    """The named person or body after a role of one to three lower-case words that no
    lexicon holds (``, kata prakirawan BMKG Pekanbaru Yudhistira``): the role is the
    speaker's, who is named after it. A role that ends in *ini/itu/tersebut*, after a body
    or not (``kata politisi Partai X ini``, ``tutur perwira polisi tersebut``), describes
    the person who spoke last: a pronoun."""
    role = _ROLE_WORDS.match(body, position, limit)
    if role is None or any(w in _not_role_words() for w in role.group(1).split()):
        return None
    described = _DEMONSTRATIVE_AFTER.match(body, role.end(), limit)
    if described:  # "tutur perwira menengah polisi tersebut": the person who spoke last
        return Mention(start=role.start(1), end=described.end(),
                       text=body[role.start(1):described.end()], kind="pronoun",
                       refer="pronoun", head="nya")
    mention = _starting_at(mentions, role.end(), body, limit)
    if not _speaker_kind(mention) or not mention.name:
        return None
    after = _DEMONSTRATIVE_AFTER.match(body, mention.end, limit)
    if mention.text.split()[-1].lower() in _DEMONSTRATIVES or after:
        # "kata politisi Partai X ini": this politician, the person who spoke last
        end = after.end() if after else mention.end
        return Mention(start=role.start(1), end=end, text=body[role.start(1):end],
                       kind="pronoun", refer="pronoun", head="nya")
    return mention


# "dengan nilai US$ …", "total nilai …": a headline's base-form verb read in a body after a
# word that makes it a noun (round 22c)
@lexicons.cached()
def _market_subject_after() -> re.Pattern:
    """A market subject of data/lexicons/market_reports.csv (*IHSG, harga emas, rupiah, indeks
    saham*) right after a word: a headline base form before it (*koreksi IHSG*) is a noun."""
    table = lexicons.in_language(lexicons.load("market_reports"), "id")
    words = [" ".join(c.lower().split()) for c in table.loc[table["kind"] == "subject", "cue"]]
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
                      + r")(?![\w-])")


_NOUN_BEFORE = re.compile(r"(?<![\w-])(?:dengan|total|dan|jumlah)\s+$")
# the rest of a role phrase up to the comma before the name of the person it describes
_ROLE_TAIL = re.compile(r"[^,.;:!?\"“”()\n]{0,60},[ \t]*")
# "… lainnya, ": a title of another holder than the one named before, whose name follows
_ANOTHER = re.compile(r"[ \t]+(?:lainnya|yang lain|lain)[ \t]*,", re.I)
_NAME_CLOSES = re.compile(r"[ \t]*(?:[,.;!?]|$)")


def _named_after_role_phrase(mentions: list[Mention], speaker: Mention, body: str,
                             limit: int) -> Mention | None:
    """``Menurut salah satu pedagang sayur di Pasar Baru, Joko, harga …``, ``…,” kata
    seorang sopir angkot di Terminal X, Yanto.``: the person named between commas right after
    an unnamed role phrase (a vox-pop speaker; round 22c) — a name, not a place, a country,
    a weekday or a month, closing its clause."""
    tail = _ROLE_TAIL.match(body, speaker.end, limit)
    if tail is None:
        return None
    named = next((m for m in mentions if m.start == tail.end()), None)
    if named is None or named.kind not in ("person", "unknown") or not named.name or \
            named.end > limit or not _NAME_CLOSES.match(body, named.end, limit):
        return None
    lower = named.name.lower()
    if lower in _places()[0] or lower in _countries() or _is_calendar(lower) or \
            named.role or named.refer not in ("", "surname"):
        return None
    after = body[named.end:limit].lstrip(" \t,").lower()
    if after.split(" ", 1)[0] in _DIVISION_WORDS:
        return None  # "di Stadion X, Kepanjen, Kabupaten Malang": an address goes on
    return named._replace(kind="person")


# "Erna pedagang cabai": a name (one to three capitalised words) glued to the trade noun
# that heads an unnamed group mention
_NAME_BEFORE_HEAD = re.compile(r"((?:[A-Z][a-z]+[ \t]+){1,3}?)(?=[a-z])")


def _name_before_trade(speaker: Mention, body: str) -> Mention | None:
    """``Menurut Erna pedagang cabai di Pasar X, …``: a vox-pop name written with no comma
    before its trade noun, read with the noun as one unnamed group (*Erna pedagang*): the
    person so named (round 22c, second part) — not a place, a country, a weekday, a month or
    a function word, and the group's head noun right after the name."""
    if speaker.kind != "group" or speaker.name or not speaker.head:
        return None
    match = _NAME_BEFORE_HEAD.match(body, speaker.start, speaker.end)
    if match is None or not body.startswith(speaker.head, match.end()):
        return None
    name = match.group(1).strip()
    lower = name.lower()
    if lower in _places()[0] or lower in _countries() or _is_calendar(lower) or any(
            modifier_word(word) or word in _scanners()[2] for word in lower.split()):
        return None
    return Mention(start=speaker.start, end=speaker.start + len(name), text=name, name=name,
                   canonical=name, type="unknown", kind="person")


_PERSON_AND = re.compile(r"[ \t]+(?:dan|serta)[ \t]+")
_PAIR_CLOSES = re.compile(r"[ \t]*(?:[,.;!?]|$|(?:kepada|saat|ketika|di|dalam)[ \t])")


def _joined_person(mentions: list[Mention], speaker: Mention, body: str, limit: int
                   ) -> Mention | None:
    """``Menurut Amir dan Ratna, …``, ``…,” kata Amir dan Ratna.``: the second of two named
    people joined by *dan / serta* after a cue, closing its clause (round 22c, second part):
    a speaker of its own — two names, no title, no group, no office."""
    if speaker.kind not in ("person", "unknown") or not speaker.name or speaker.role or \
            speaker.refer not in ("", "surname"):
        return None
    link = _PERSON_AND.match(body, speaker.end, limit)
    other = link and next((m for m in mentions if m.start == link.end()), None)
    if other is None or other.kind not in ("person", "unknown") or not other.name or \
            other.role or other.refer not in ("", "surname") or \
            not _PAIR_CLOSES.match(body, other.end, limit):
        return None
    lower = other.name.lower()
    if lower in _places()[0] or lower in _countries() or _is_calendar(lower):
        return None
    return other


# "…, ungkap Kapolres X, AKBP Y melalui Kasat Narkoba, AKP Z, Rabu (9/9/2020)": the officer
# the named speaker spoke through, named after his title (capitalised words and commas only)
_CONVEYED_THROUGH = re.compile(r"\s*,?\s+melalui\s+((?:[A-Z][\w.()-]*\s*,?\s+){0,7})")


def _conveyor(mentions: list[Mention], speaker: Mention, body: str, limit: int
              ) -> Mention | None:
    """``…, ungkap Kapolres X, AKBP Y melalui Kasat Narkoba, AKP Z, …``, ``disampaikan Kepala
    Dinas X, Y melalui Kabid Z``: the named person a named speaker conveyed the words through
    speaks too (round 23a) — after *melalui*, past a title of capitalised words, closing its
    clause; Indonesian only."""
    if speaker.kind != "person" or not speaker.name:
        return None
    link = _CONVEYED_THROUGH.match(body, speaker.end, limit)
    if link is None:
        return None
    # the last named person of the title's words that closes its clause ("melalui Kabid
    # Rehabilitasi, Joko Susilo": not the unit's word read as a name)
    return next((m for m in reversed(mentions) if link.start(1) <= m.start <= link.end(1)
                 and m.kind == "person" and m.name and m.end <= limit
                 and _PAIR_CLOSES.match(body, m.end, limit)), None)


# "BNPB melalui Kepala Pusat Data Budi Santoso menyebut", "Kapolres X, AKBP Y melalui Kasi
# Humas, Iptu Z, mengatakan": a named speaker and the named person it speaks through, before
# the verb; what may stand between a name and the next word (a degree: ", S.Sos")
_THROUGH_BEFORE_VERB = re.compile(r"\s*,?\s+melalui\s+")
_THROUGH_TITLE_BEFORE = re.compile(r"\s+melalui\s+(?:[\w.()/-]+,?\s+){0,12}$")
_NAME_TAIL = re.compile(r"(?:\s*,\s*[A-Z][\w.]*)*[\s,]*")


def _named_speaker(mention: Mention | None) -> bool:
    return mention is not None and mention.kind in ("person", "organisation") and \
        bool(mention.name)


def _through_partner(mentions: list[Mention], speaker: Mention, body: str, floor: int,
                     verb_start: int) -> Mention | None:
    """``X melalui <title> Y <verb>``: both the named speaker X (a person or a body) and the
    named person Y it conveyed the words through speak (round 26d), as after the verb
    (:func:`_conveyor`); given the one the subject reading chose, the other — Y the last
    named person between *melalui* and the verb with only a degree's words, commas or spaces
    left before the verb, X the named speaker ending right before *melalui* past the same;
    Indonesian only."""
    link = _THROUGH_BEFORE_VERB.match(body, speaker.end, verb_start)
    if link is not None and _named_speaker(speaker):
        channel = next((m for m in reversed(mentions) if link.end() <= m.start and
                        m.end <= verb_start and m.kind == "person" and m.name), None)
        if channel is None:
            return None
        tail = _NAME_TAIL.match(body, channel.end, verb_start)
        # ("…, Rini Astuti sempat mempertanyakan": one-word adverbs of adverbs.csv may follow)
        if all(word in _cue_set("adverbs") for word in body[tail.end():verb_start].split()):
            return channel
        return None
    if speaker.kind != "person" or not speaker.name:
        return None
    through = _THROUGH_TITLE_BEFORE.search(body, max(floor, speaker.start - 120),
                                           speaker.start)
    if through is None:
        return None
    return next((m for m in reversed(mentions) if floor <= m.start and
                 m.end <= through.start() and _named_speaker(m) and
                 _NAME_TAIL.fullmatch(body, m.end, through.start())), None)


_TICKET = re.compile(r"\s\S+\s[A-Z][\w']+-[A-Z][\w']+$")  # "… Tim Pemenangan Arif-Sulastri"


def _named_agent(mentions: list[Mention], agent: Mention, body: str, limit: int) -> Mention:
    """A passive's agent that is a bare title or an unnamed group word joined to a named
    person's title by a short word (``dibantah peneliti cum dosen Universitas X, Dr Y``,
    ``… pengamat sekaligus …``) is that person — the last named person of the chain of
    mentions joined so, or by commas — ; any other agent is itself."""
    if agent.kind == "person" and _TICKET.search(agent.text):
        # "Wakil Ketua Tim Pemenangan Arif-Sulastri, Bambang Wicaksono": a ticket of two
        # names in an office's name; the person after the comma holds the office
        for mention in mentions:
            if mention.start >= agent.end and mention.start < limit:
                if mention.kind == "person" and len(mention.name.split()) >= 2 and \
                        re.fullmatch(r"\s*,\s*", body[agent.end:mention.start]):
                    return mention
                break
        return agent
    if agent.refer != "title" and agent.kind != "group":
        return agent
    chosen, last, joined = agent, agent, False
    for mention in mentions:
        if mention.start < last.end or mention.start >= limit:
            continue
        gap = body[last.end:mention.start]
        if not re.fullmatch(r"\s+(?:[a-z]+\s+){1,2}" if not joined else
                            r"\s*,?\s*|\s+(?:[a-z]+\s+){1,2}", gap):
            break
        joined, last = True, mention
        if mention.kind == "person" and mention.name:
            chosen = mention
    return chosen


def _comma_before(body: str, end: int) -> bool:
    """``body[:end].rstrip().endswith(",")`` without copying the text before ``end``."""
    index = end - 1
    while index >= 0 and body[index].isspace():
        index -= 1
    return index >= 0 and body[index] == ","


def _speaker_kind(mention: Mention | None) -> bool:
    return mention is not None and mention.kind in _SPEAKER_KINDS



_POSTED_ON = re.compile(
    r"\s+(?:yang\s+di\w+\s+)?(?:(?:di|oleh|melalui|lewat|ke|dari)\s+)?")


def _posting_account(body: str, document, mentions, limit):
    """*video yang diunggah (di) akun TikTok @x*, *unggahan yang dibagikan oleh akun Facebook
    Y*, *unggahan di akun Instagram @z*: a post whose account follows it (after a passive of
    posting) — the account, the post's author (the platform only carries it)."""
    match = _POSTED_ON.match(body, document.end, limit)
    account = _starting_at(mentions, match.end(), body, limit) if match else None
    return account if account is not None and "akun" in account.text.lower().split() \
        else None


class Reader:
    """Reads the statements of one text, sentence by sentence (see the module docstring)."""

    def __init__(self, body: str, title_case: bool, context: Context | None = None,
                 own: frozenset = frozenset(), language: str = "id"):
        self.body = body
        self.english = language == "en"  # English forms only (newsframe.lang.language)
        self.language = "en" if self.english else "id"
        self.own = own  # the outlet's own names: an interview "dengan Tribunjateng.com" is
        # the outlet itself, not a relay
        self.title_case = title_case
        self.lowered = text.lower_keeping_offsets(body)
        self.quotes = quote_spans(body)
        lead = len(body) - len(body.lstrip())
        self.lead = lead + dateline_end(body[lead:lead + 200])  # where the lead's words start
        self.quoted = SortedSpans(self.quotes)
        self.context = context if context is not None else Context()
        self.verbs, self.headline = _verb_lexicon(self.language)
        self.last_relays: list = []
        self._found: dict = {}  # pattern name -> (its matches in the whole text, starts, ends)
        self._cues: tuple | None = None  # every match of them, for _may_state
        self._odd: bool | None = None  # does the text hold one of _ODD_CASES (_may_match)
        self.salient: list = []  # subjects of negated verbs ("Peskov menolak untuk …")
        self.next_end = 0  # where the next sentence ends
        self.topic = None  # the titled person a sentence stating nothing was about

    def matches(self, name: str, pattern: re.Pattern, start: int, end: int,
                lowered: bool = True) -> list:
        """``pattern``'s matches inside ``[start, end)``: the whole text is scanned once per
        pattern (an article has dozens of sentences)."""
        found = self._found.get(name)
        if found is None:
            text = self.lowered if lowered else self.body
            if pattern is _NEVER or not self._may_match(name):
                matches = []
            else:
                matches = list(lexicons.finditer(pattern, text) if name in _ANCHORED or (
                    name in _ANCHORED_ID and not self.english)
                               else lexicons.finditer_after(pattern, text) if name in _AFTER
                               else pattern.finditer(text))
            # matches do not overlap: starts and ends both ascend
            found = (matches, [m.start() for m in matches], [m.end() for m in matches])
            self._found[name] = found
        matches, starts, ends = found
        return matches[bisect.bisect_left(starts, start):bisect.bisect_right(ends, end)]

    def _may_match(self, name: str) -> bool:
        """False where the pattern :meth:`matches` scans as ``name`` cannot match the text:
        none of the words each of its matches holds (``_REQUIRED``, ``_REQUIRED_EN``), or no
        match of its gate (``_GATES``), in the lower-cased text. A text holding a letter an
        IGNORECASE pattern takes for another (``_ODD_CASES``) is always scanned."""
        required = (_REQUIRED_EN if self.english else _REQUIRED).get(name)
        gate = _GATES.get(name)
        if required is None and gate is None:
            return True
        if self._odd is None:
            self._odd = any(c in self.body for c in _ODD_CASES)
        return self._odd or (required is None or any(w in self.lowered for w in required)) and (
            gate is None or gate.search(self.lowered) is not None)

    def _cue_spans(self) -> tuple[list[int], list[int]]:
        """The starts and ends of every match of the patterns :meth:`statements` and
        :meth:`_relays` look up with :meth:`matches`, in order of their starts."""
        if self._cues is None:
            patterns = _patterns(self.language)
            name = "headline" if self.title_case else "pre"
            spans = []
            for key, pattern, lowered in (
                    ("post", patterns["post"], True), ("menurut", patterns["menurut"], True),
                    ("passive", patterns["passive"], False),
                    ("judged_passive", patterns.get("judged_passive", _NEVER), False),
                    ("late_passive", patterns["late_passive"], False),
                    ("agent_passive", patterns.get("agent_passive", _NEVER), True),
                    ("comes_from", _NEVER if self.english else _COMES_FROM, True),
                    ("echoed", _NEVER if self.english else _ECHOED, True),
                    (name, patterns[name], True),
                    ("relay", _RELAY_CUE_EN if self.english else _RELAY_CUE, False),
                    ("interview", _INTERVIEW_EN if self.english else _INTERVIEW, False),
                    ("unverified", _UNVERIFIED_EN if self.english else _UNVERIFIED, True),
                    ("report_of", _REPORT_OF_EN if self.english else _REPORT_OF, False),
                    ("briefing", _BRIEFING_EN if self.english else _BRIEFING, True),
                    ("credit", _CREDIT_LINE, False),
                    ("credit_initials", _CREDIT_INITIALS, False),

                    ("estimate", _ESTIMATE_BY_EN if self.english else _NEVER, True),
                    ("document_clause", _DOCUMENT_CLAUSE_EN if self.english else _NEVER,
                     False),
                    ("relay_passive", _patterns()["relay_passive"], False)):
                self.matches(key, pattern, 0, 0, lowered)  # scans the text once
                _, starts, ends = self._found[key]
                spans += zip(starts, ends, strict=True)
            spans.sort()
            self._cues = ([s for s, _ in spans], [e for _, e in spans])
        return self._cues

    def _named_topic(self, sentence: tuple[int, int], mentions: list[Mention]
                     ) -> Mention | None:
        """A sentence stating nothing that opens with a person named in full, with a title
        or known to the actors lexicon, doing something (*Pemimpin X Kim Jong Un juga telah
        mendukung …*): that person is the one a ``katanya`` right after means (a place
        read as a name, *Kosmodrom Vostochny dibangun …*, has neither)."""
        s_start, s_end = sentence
        head = s_start + len(self.body[s_start:s_end]) - len(self.body[s_start:s_end].lstrip())
        first = next((m for m in mentions if m.start == head), None)
        if first is None or first.kind != "person" or not first.name or first.refer or \
                len(first.name.split()) < 2 or not (first.role or first.known) or self.english or \
                not _TOPIC_VERB.match(self.lowered, first.end, s_end):
            return None
        return first

    def _may_state(self, sentence: tuple[int, int]) -> bool:
        """False only where :meth:`statements` finds nothing and relays nothing: no match
        of its patterns inside the sentence (what :meth:`matches` would give), no document
        opening it, no colon, no ``Dikatakan, …``. A sentence without any attribution cue
        (most of them) then costs two bisections instead of a dozen look-ups. A new way
        :meth:`statements` finds a statement must be checked here too (a pattern read with
        :meth:`matches` goes into :meth:`_cue_spans`; a test compares the two)."""
        s_start, s_end = sentence
        starts, ends = self._cue_spans()
        index = bisect.bisect_left(starts, s_start)
        while index < len(starts) and starts[index] <= s_end:
            if ends[index] <= s_end:
                return True
            index += 1
        if self.body.find(":", s_start, s_end) != -1:
            return True
        head = self.lead if s_start <= self.lead < s_end else s_start
        opener = _OPENER.match(self.lowered, head, s_end)
        return bool(_DOCUMENT_CUE.match(self.lowered, opener.end() if opener else head, s_end)
                    or self._document_aside(s_start, s_end)
                    or bool(self._data_cited(s_start, s_end))
                    or _AUTHORED_DOCUMENT.match(self.lowered, opener.end() if opener else head,
                                                s_end)
                    or not self.english and _SURVEY_OPENS.match(self.body, head, s_end)
                    or not self.english and _SOURCED_DATA.match(self.lowered, head, s_end)
                    or not self.english and _DOCUMENTED_DATA.match(self.lowered, head, s_end)
                    or self.english and _DOCUMENTED_DATA_EN.match(self.lowered, head, s_end)
                    or _IMPERSONAL.match(self.body, head, s_end)
                    or not self.english and _VERB_FIRST.match(self.body, head, s_end)
                    or self.english and bool(
                        _DOCUMENT_FROM_EN.match(self.lowered, head, s_end)
                        or _DOCUMENT_OF_EN.search(self.lowered, head, min(s_end, head + 120))
                        or _AUTHORLESS_DOCUMENT_EN.match(self.body, head, s_end)))

    def statements(self, sentence: tuple[int, int], mentions: list[Mention]) -> list:
        topic, self.topic = self.topic, None  # the sentence before's, if it had one
        if not self._may_state(sentence):
            self.last_relays = []
            self.topic = self._named_topic(sentence, mentions)
            return []
        body, lowered = self.body, self.lowered
        s_start, s_end = sentence
        patterns = _patterns(self.language)
        english = self.english
        found: list[Statement] = []
        used_verbs: set[int] = set()

        def add(speaker, verb, start, end, form, post=False, verb_class=None):
            if not english and not speaker.name and speaker.kind in ("group", "person") \
                    and (speaker.refer != "title" or _ANOTHER.match(body, speaker.end, s_end)):
                # (an office is resolved by the context; "menurut anggota komite intelijen
                # parlemen lainnya, Park X, …": another holder, named after it, round 26e)
                # "menurut salah satu pedagang di Pasar X, Joko, …": Joko (round 22c)
                named = _named_after_role_phrase(mentions, speaker, body, s_end)
                if named is not None:
                    speaker, end = named, max(end, named.end)
            if not _speaker_kind(speaker) and speaker.kind != "pronoun":
                return None
            if _BYLINE_HANDLE.search(body, max(0, speaker.start - 3), speaker.start):
                return None  # "Ana Ruiz (@AnaRuiz) Published May 2": a byline (round 19c)
            klass = verb_class or self.verbs.get(verb, ("neutral", ""))[0]
            item = Statement(speaker, verb, klass, form, min(start, speaker.start),
                             max(end, speaker.end), sentence, post=post)
            found.append(item)
            return item

        # speaker after the verb: ", kata Kirby", "”, ujarnya", ", tulis NK News"
        for match in self.matches("post", patterns["post"], s_start, s_end):
            verb = match.group(1)
            if self.quoted.inside(match.start(1)) or self.title_case and self.headline.get(
                    verb):
                continue  # in a headline ", Sebut …" is a second predicate
            if english and verb.lower() in ("told", "tells"):
                # "Ian Cole, a spokesman for X, told AFP": whom the speaker told follows the
                # verb; the speaker is named before it
                q_end = self.quoted.last_end_at_most(match.start())
                if _subjects(body, mentions, max(s_start, q_end or s_start), match.start(),
                             english):
                    continue
            if not english:  # English "…, Shin said" reads the same verb before its speaker
                used_verbs.add(match.start(1))
            if match.group(2):  # katanya
                pronoun = Mention(start=match.start(1), end=match.end(2),
                                  text=body[match.start(1):match.end(2)], kind="pronoun",
                                  refer="pronoun", head="nya")
                if topic is not None and not english:
                    # "Pemimpin X Kim Jong Un juga telah mendukung …. “…,” katanya": the
                    # person the sentence before was about (not the one quoted before it)
                    pronoun = topic._replace(start=match.start(1), end=match.end(2),
                                             text=body[match.start(1):match.end(2)])
                add(pronoun, verb, match.start(1), match.end(2), "post_verb", post=True)
                continue
            speaker = _starting_at(mentions, match.end(1), body, s_end)
            if speaker is None and english:  # "…, said the Health Ministry." (round 19c)
                speaker = _the_body_after_en(mentions, match.end(1), body, s_end)
            cited = _SAYS_A_DOCUMENT_EN.match(body, match.end(1), s_end) if english else None
            if cited and speaker is not None and speaker.name and speaker.end > cited.end():
                cited = None  # (a speaker, not the words before a document: "a military
                # intelligence report by X")
            if cited:  # "…, says a report by the ruling party's spokesman, X,": X (18c)
                speaker = _author_after_en(body, mentions, cited.end(), s_end) or speaker
            if (speaker is None or speaker.kind == "person" and not speaker.name) and \
                    not english:  # "kata mantan komandan tank …": a role no lexicon holds
                speaker = _after_role(mentions, match.end(1), body, s_end) or speaker
            if speaker is not None and speaker.kind == "organisation":
                # "kata komandan tank Angkatan Darat X, Kolonel Y": the person named after
                # the body of the role speaks
                named = next((m for m in mentions if m.start >= speaker.end and re.fullmatch(
                    r"\s*,\s*", body[speaker.end:m.start])), None)
                if named is not None and named.kind == "person" and named.name and \
                        re.match(r"\s*(?:[.,;:!?\"”]|$)", body[named.end:s_end]):
                    speaker = named
            if (speaker is None or not speaker.name) and self.next_end > s_end and \
                    body[s_end - 1] not in ".!?\"”":
                # "kata juru bicara Dewan Keamanan Nasional\n\nGedung Putih Adrienne Watson,":
                # a line cut inside the speaker's title
                joined = find_mentions(body, match.end(1), self.next_end)
                speaker = _starting_at(joined, match.end(1), body, self.next_end) or speaker
            if english and speaker is not None and not _POST_SPEAKER_END_EN.match(
                    body, speaker.end, s_end):
                speaker = None  # "…, said North Korea has been sending": a clause, no speaker
            if speaker is not None and not self.quoted.inside(speaker.start):
                used_verbs.add(match.start(1))
                item = add(speaker, verb, match.start(1), speaker.end, "post_verb", post=True)
                other = None if english else _joined_person(mentions, speaker, body, s_end)
                if other is not None:  # "…,” kata Amir dan Ratna.": each speaks
                    add(other, verb, match.start(1), other.end, "post_verb", post=True)
                other = None if english else _conveyor(mentions, speaker, body, s_end)
                if other is not None:  # "…, ungkap X melalui Kasat Y, Z": Z speaks too
                    add(other, verb, match.start(1), other.end, "post_verb", post=True)
                # ", ujar X, direktur …, kepada Newsweek": the medium X told relays the words
                told = None if english or item is None else _TOLD_AFTER.match(
                    body, speaker.end, s_end)
                medium = told and _starting_at(mentions, told.end(), body, s_end)
                # (a medium named whole, right after "kepada"; not "media", not the page's own)
                if medium is not None and medium.type in ("media", "wire") and \
                        medium.start == told.end() and not _unnamed_medium(medium) and \
                        not {squeeze(medium.canonical), squeeze(medium.text)} & self.own:
                    item.relays.append(medium)
        match = None if english else _VERB_FIRST.match(
            body, self.lead if s_start <= self.lead < s_end else s_start, s_end)
        if match and match.group(1).lower() in self.verbs and match.start(1) not in used_verbs \
                and not self.quoted.inside(match.start(1)):
            # "Kata X, …": the speaker right after the verb, a comma after the speaker
            speaker = _starting_at(mentions, match.end(), body, s_end)
            if speaker is not None and speaker.kind == "unknown":
                # a title after the capitalised verb reads as a name (*Lanjut Kapolres,*):
                # read the sentence again with the verb in lower case, as after a quote
                clause = body[s_start:match.start(1)] + match.group(1).lower() + \
                    body[match.end(1):s_end]
                speaker = next((m._replace(start=m.start + s_start, end=m.end + s_start)
                                for m in find_mentions(clause, 0, len(clause))
                                if m.start + s_start == speaker.start), speaker)
            if speaker is not None and speaker.kind in ("person", "organisation", "unknown") \
                    and re.match(r"\s*,", body[speaker.end:s_end]):
                used_verbs.add(match.start(1))
                add(speaker, match.group(1).lower(), match.start(1), speaker.end, "pre_verb")
        # menurut X, menurutnya
        for match in self.matches("menurut", patterns["menurut"], s_start, s_end):
            if self.quoted.inside(match.start()):
                continue
            verb = "according to" if english else "menurut"
            if match.group(2):
                pronoun = Mention(start=match.start(1), end=match.end(2),
                                  text=body[match.start(1):match.end(2)], kind="pronoun",
                                  refer="pronoun", head=_OBJECT_PRONOUNS.get(
                                      match.group(2).lower(), "nya") if english else "nya")
                add(pronoun, verb, match.start(1), match.end(2), "menurut")
                continue
            speaker = self._owned_document(_starting_at(mentions, match.end(1), body, s_end)
                                           or _through_the_cue_noun(mentions, match),
                                           mentions, s_end)
            speaker = speaker if english or speaker is None else \
                _name_before_trade(speaker, body) or speaker
            if speaker is not None and speaker.kind == "document" and not speaker.known:
                # "Menurut data dari BPBD Kota X": the document's source speaks
                source = self._document_source(speaker, mentions, s_end)
                speaker = source if source is not None and source.kind in (
                    "person", "organisation", "state", "group") else speaker
            if speaker is None and english:  # "according to the Yonhap news agency"
                speaker = self._after_article(mentions, match.end(1), s_end)
            cited = _CITED_DOCUMENT_EN.match(body, match.end(1), s_end) if english and (
                speaker is None) else None
            if cited:  # "according to an analysis by the X Center": the author
                speaker = _starting_at(mentions, cited.end(), body, s_end)
            stated = _CITED_STATEMENT_EN.match(body, match.end(1), s_end) if english and (
                speaker is None) else None
            if stated:  # "according to a March statement from U.S. officials": theirs
                speaker = _starting_at(mentions, stated.end(), body, s_end) or \
                    self._after_article(mentions, stated.end(), s_end)
            tally = _RECORD_OF_EN.match(body, match.end(1), s_end) if english else None
            if tally:  # "according to the official tally of X": X's, nobody's if X is no name
                speaker = _starting_at(mentions, tally.end(), body, s_end) or \
                    self._after_article(mentions, tally.end(), s_end)
            if speaker is not None and english and (speaker.kind != "person" or
                                                    not speaker.name or speaker.role):
                # "according to the Deputy for Services Statistics, Ana Ruiz, …": the person
                # named after the title (round 18c)
                named = next((m for m in mentions if m.start >= speaker.end), None)
                if named is not None and named.kind == "person" and named.name and \
                        re.fullmatch(r"\s*,\s*", body[speaker.end:named.start]) and \
                        re.match(r"\s*[,.;)]", body[named.end:s_end]):
                    speaker = named
            if speaker is not None and english and re.search(r"['’]s$", speaker.text) and \
                    _RECORD_AFTER_EN.match(body, speaker.end, s_end):
                # "according to Bank Negara Malaysia's estimates": the bank, not "…'s"
                speaker = speaker._replace(end=speaker.end - 2, **{
                    key: re.sub(r"['’]s$", "", getattr(speaker, key))
                    for key in ("text", "name", "canonical")})
            if speaker is not None:
                # "according to government figures": the words say whose record it is
                record = _RECORD_AFTER_EN.match(body, speaker.end, s_end) if english else None
                add(speaker, verb, match.start(1), record.end() if record else speaker.end,
                    "menurut")
                other = None if english else _joined_person(mentions, speaker, body, s_end)
                if other is not None:  # "Menurut Amir dan Ratna, …": each speaks
                    add(other, verb, match.start(1), other.end, "menurut")
        # "Dalam lembar fakta Departemen Luar Negeri AS …", "berdasarkan laporan X": the
        # document's author speaks
        # (at the start of the sentence, the document closing with a comma)
        # "Kupang-Berdasarkan data …": the lead's first sentence starts after its dateline
        head = self.lead if s_start <= self.lead < s_end else s_start
        opener = _OPENER.match(lowered, head, s_end)  # "Sementara itu, berdasarkan …"
        match = _DOCUMENT_CUE.match(lowered, opener.end() if opener else head, s_end) or \
            self._document_aside(s_start, s_end)
        if match:
            cue = match.group(1).split()[0]
            cue = "dikutip" if "dikutip" in match.group(1) else "berdasarkan" if cue in (
                "dihimpun", "data", "catatan", "rekapitulasi", "seperti", "sebagaimana") else cue
            speaker = self._owned_document(_starting_at(mentions, match.end(), body, s_end),
                                           mentions, s_end)
            speaker = _without_document_word(body, speaker)
            if speaker is not None and speaker.kind == "document" and not speaker.known:
                # "Berdasarkan laporan dari (pihak) Polres X, …": the document's source
                source = self._document_source(speaker, mentions, s_end)
                speaker = source if source is not None and source.kind in (
                    "person", "organisation", "state", "group") else speaker
            closes = speaker is not None and re.match(
                r"\s*(?:,|yang\s[^,]{0,80},|[^,.;\"“”]{0,60},|" + _REPORTED + r")",
                body[speaker.end:s_end])
            regulation = _numbered_regulation(body, speaker, match, s_end)
            if regulation is not None:
                # "Sesuai Peraturan Bupati X Nomor 12 Tahun 2021, tarif …": the regulation the
                # page reads from holds the sentence's figures (round 26a)
                add(regulation, "berdasarkan", match.start(1), speaker.end, "document")
            elif speaker is not None and speaker.head and speaker.kind != "document" and closes:
                add(speaker, speaker.head, match.start(1), speaker.end, "document")
            elif speaker is not None and speaker.kind == "organisation" and speaker.name and \
                    cue in ("berdasarkan", "sesuai", "mengutip", "dikutip") and \
                    re.match(r"\s*,", body[speaker.end:s_end]) and not (
                        cue == "mengutip" and speaker.type in ("media", "wire")):
                # "Berdasarkan BPS, …", "berdasarkan panelharga.go.id, …": the body speaks
                # (and "Dikutip Kabar.id dari SatuData.go.id, …": the body quoted, round 20h)
                add(speaker, cue, match.start(1), speaker.end, "document")
            elif speaker is not None and speaker.kind == "document" and (closes or re.match(
                    r"\s*" + _REPORTED, body[speaker.end:s_end])):
                # "Di dalam laporan tertulis, …": the author of the report named before
                add(speaker, speaker.head, match.start(1), speaker.end, "document")
        for match in self._data_cited(s_start, s_end):
            # "… berdasarkan data BPS populasi …": the body whose data is cited (round 22c)
            # (the body's mention may hold the cue's words: "data Badan X", "Panel Harga X")
            speaker = next((m for m in mentions if match.start() <= m.start <= match.end() < m.end
                            ), None) or _starting_at(mentions, match.end(), body, s_end)
            starts = {speaker.start} if speaker is not None else set()
            if speaker is not None and speaker.start < match.end():
                # the body named after the cue's words, not a name that took them in
                inner = [m for m in find_mentions(body, match.end(), speaker.end)
                         if m.start == match.end() and m.name and m.kind == "organisation"]
                speaker = inner[0] if inner else speaker
                starts.add(speaker.start)
            if speaker is not None and speaker.kind == "organisation" and speaker.name and \
                    speaker.type not in ("media", "wire") and not any(
                        f.speaker.start in starts for f in found):
                add(speaker, "berdasarkan", match.start(), speaker.end, "document")
        match = None if english else _SOURCE_LINE.match(body, s_start, s_end)
        if match:
            # "Sumber: Dinas X" closing a list: the body whose list it is (not a medium's
            # credit; round 20h)
            speaker = _starting_at(mentions, match.end(), body, s_end)
            if speaker is not None and speaker.kind in ("organisation", "state", "group") and \
                    speaker.name and speaker.type not in ("media", "wire") and \
                    re.fullmatch(r"[\s).]*", body[speaker.end:s_end]):
                add(speaker, "sumber", match.start(), speaker.end, "source_line")
        # "Survei nasional Lembaga X dilaksanakan pada … terhadap 1.220 responden": the survey
        # named with its pollster, then its method: the pollster's account (round 23f)
        # (the pollster read afresh after the survey's words: "Survei nasional Lembaga X"
        # is one mention whose name the modifier may cut short)
        match = None if english else _SURVEY_OPENS.match(body, head, s_end)
        speaker = next((m for m in find_mentions(body, match.end(), s_end)
                        if m.start == match.end()), None) if match else None
        if speaker is not None and speaker.name and \
                speaker.kind in ("organisation", "person", "group") and \
                _SURVEY_DONE.match(body, speaker.end, s_end) and \
                not self.quoted.inside(match.start()):
            add(speaker, "survei", match.start(), speaker.end, "document")
        # "Data yang dikemukakan X …", "Laporan terbaru yang dirilis oleh X …": a sentence
        # that opens with a document and its author speaks for that author
        match = _AUTHORED_DOCUMENT.match(lowered, opener.end() if opener else head, s_end)
        if match and not self.quoted.inside(match.start()):
            speaker = _starting_at(mentions, match.end(), body, s_end)
            if speaker is not None and speaker.kind in ("person", "organisation", "state",
                                                        "group") and speaker.name:
                add(speaker, match.group(1), match.start(1), speaker.end, "document")
        match = None if english else _SOURCED_DATA.match(lowered, head, s_end)
        if match and not self.quoted.inside(match.start()):
            speaker = _starting_at(mentions, match.end(), body, s_end)
            if speaker is not None and speaker.kind in ("person", "organisation", "state",
                                                        "group") and speaker.name:
                add(speaker, match.group(1), match.start(1), speaker.end, "document")
        match = (_DOCUMENTED_DATA_EN if english else _DOCUMENTED_DATA).match(lowered, head,
                                                                             s_end)
        if match and not self.quoted.inside(match.start()):
            speaker = _starting_at(mentions, match.end(), body, s_end)
            if not english and (speaker is None or speaker.kind == "document"):
                # "dalam hasil audit X", "dalam laporan tahunan X": past the document's words
                skip = _DOCUMENT_WORDS.match(lowered, speaker.end if speaker else match.end(),
                                             s_end)
                speaker = _starting_at(mentions, skip.end(), body, s_end) if skip else None
            speaker = _without_document_word(body, speaker)
            if speaker is not None and speaker.kind in ("person", "organisation", "state",
                                                        "group") and speaker.name:
                add(speaker, match.group(1), match.start(1), speaker.end, "document")
        if english:
            verb_at = self._english_document(opener.end() if opener else head, s_end,
                                             mentions, add)
            if verb_at is not None:  # the document's verb has no other subject
                used_verbs.add(verb_at)
            verb_at = self._trailing_document(s_start, s_end, mentions, add)
            if verb_at is None:
                verb_at = self._trailing_own_document(s_start, s_end, mentions, add)
            if verb_at is not None:
                used_verbs.add(verb_at)
        if english:  # "estimates made by X of 4.8 percent": the estimator's figure
            self._estimates(s_start, s_end, mentions, add, used_verbs)
            self._document_clauses(s_start, s_end, mentions, add, used_verbs)
        # passive with an agent: "dikatakan oleh X", "dibantah oleh X"
        for match in self.matches("passive", patterns["passive"], s_start, s_end, False):
            if self.quoted.inside(match.start()) or match.start(1) in used_verbs:
                continue
            if _manner_of_another(match, self.verbs):
                continue  # "disampaikan tegas …": a manner word after a denial verb only
            speaker = _starting_at(mentions, match.end(), body, s_end)
            if speaker is None and english:  # "reported by the Yonhap news agency"
                speaker = self._after_article(mentions, match.end(), s_end)
            side = None if speaker is not None or english or self.verbs.get(
                match.group(1).lower(), ("",))[0] != "denial" else \
                _SIDE_OF.match(body, match.end(), s_end)
            if side:  # "ditepis manajemen PT X": the body's management denies for it
                speaker = _starting_at(mentions, side.end(), body, s_end)
            if speaker is not None:
                speaker = _named_agent(mentions, speaker, body, s_end)
            if speaker is not None and self._passive_subject_ok(match.group(1), s_start,
                                                                match.start(), s_end):
                used_verbs.add(match.start(1))
                add(speaker, match.group(1).lower(), match.start(1), speaker.end, "passive")
                other = None if english else _conveyor(mentions, speaker, body, s_end)
                if other is not None:  # "disampaikan X melalui Kabid Y": Y speaks too
                    add(other, match.group(1).lower(), match.start(1), other.end, "passive")
                for other in self._joined_agents(mentions, speaker, match.group(1), s_end):
                    # "dibantah oleh Korea Utara dan Rusia": each agent denies
                    add(other, match.group(1).lower(), match.start(1), other.end, "passive")
        if english:
            self._judged_passive_en(s_start, s_end, mentions, add, used_verbs)
            self._neither_conceded_en(s_start, s_end, mentions, add)
        for match in self.matches("late_passive", patterns["late_passive"], s_start, s_end,
                                  False):
            if self.quoted.inside(match.start()) or match.start(1) in used_verbs:
                continue
            speaker = _starting_at(mentions, match.end(), body, s_end)
            if speaker is not None and english:
                speaker = _named_agent(mentions, speaker, body, s_end)
            if speaker is not None and speaker.kind in _SPEAKER_KINDS and \
                    self._passive_subject_ok(match.group(1), s_start, match.start(), s_end):
                used_verbs.add(match.start(1))
                add(speaker, match.group(1).lower(), match.start(1), speaker.end, "passive")
        for match in self.matches("agent_passive", patterns.get("agent_passive", _NEVER),
                                  s_start, s_end):
            # "Pernyataan tersebut ia sampaikan dalam wawancara …": the pronoun speaks
            speaker = _starting_at(mentions, match.start(1), body, s_end)
            if speaker is not None and speaker.kind == "pronoun" and \
                    not self.quoted.inside(match.start()):
                used_verbs.add(match.start(2))
                add(speaker, "di" + match.group(2), match.start(1), match.end(2), "passive")
        for match in self.matches("comes_from", _NEVER if english else _COMES_FROM, s_start,
                                  s_end):
            # "Kecaman juga datang dari Partai X": the body or person the words came from
            speaker = _starting_at(mentions, match.end(), body, s_end)
            if (speaker is None or re.fullmatch(r"(?:\s*[A-Z][\w.-]*)+\s*",
                                                body[speaker.start:s_end])) and \
                    self.next_end > s_end and body[s_end - 1] not in ".!?\"”":
                # "… muncul dari Kementerian Luar\nNegeri X.": a line cut inside the name
                speaker = _starting_at(find_mentions(body, match.end(), self.next_end),
                                       match.end(), body, self.next_end) or speaker
            if speaker is not None and speaker.kind in ("person", "organisation", "state") \
                    and (speaker.name and speaker.refer != "head" or speaker.kind == "state") \
                    and not self.quoted.inside(match.start()):
                add(speaker, match.group(1), match.start(1), speaker.end, "menurut",
                    verb_class="neutral")
        for match in self.matches("echoed", _NEVER if english else _ECHOED, s_start, s_end):
            # "… menguatkan pernyataan (sebelumnya oleh) Gedung Putih": whose words they were
            speaker = _starting_at(mentions, match.end(), body, s_end) or next(
                (m for m in mentions if m.start == match.start(1) and through_document(m)),
                None)
            if speaker is not None and speaker.kind in ("person", "organisation") and \
                    speaker.name and speaker.refer != "head" and \
                    not self.quoted.inside(match.start()):
                add(speaker, match.group(1), match.start(1), speaker.end, "menurut",
                    verb_class="neutral")
        # speaker before the verb
        name = "headline" if self.title_case else "pre"
        for match in self.matches(name, patterns[name], s_start, s_end):
            verb = match.group(1)
            if match.start(1) in used_verbs or self.quoted.inside(match.start()):
                continue
            klass, position, subject_kind = self.verbs[verb]
            if klass == "denial" and _in_a_headline_list(
                    body, match.start(1)):
                continue  # "- X Bantah …" among other stories' headlines (25g, two)
            if not english and not self.title_case and self.headline.get(verb) and \
                    _NOUN_BEFORE.search(lowered, max(s_start, match.start() - 12),
                                        match.start()):
                continue  # "… dari Jawa Barat dengan nilai US$ 19 miliar": a noun (22c)
            if not english and not self.title_case and self.headline.get(verb) and \
                    _market_subject_after().match(lowered, match.end(1)):
                continue  # "koreksi IHSG …", "koreksi harga emas": a market's fall (25g, two)
            if english and verb.lower() in _ESTIMATE_VERBS_EN and not _FIGURE_OBJECT_EN.match(
                    body, match.end(1)):
                continue  # "X puts troops on alert": no estimate; "X puts the number at …" is
            if english and verb.lower() == "made" and not re.match(
                    r"\s+the\s+announcement\b", body[match.end(1):s_end]):
                continue  # "X made the announcement" only: "X made 40 drones" states nothing
            if english and not self.title_case and verb.lower() in _plural_nouns() \
                    and _PLURAL_NOUN_AFTER_EN.match(body, match.end(1)):
                continue  # "Bihar states over …": a plural noun, no verb
            if position == "object":
                if subject_kind == "verdict":
                    if not _calls_a_claim_false(lowered, match.end(), s_end):
                        continue
                elif english:
                    if not _rejects_a_claim_en(lowered, match.end(), s_end):
                        continue
                elif not self._rejects_a_claim(match.end(), s_end, subject_kind == "claim",
                                               s_start):
                    continue
            negation = _NEGATION_EN if english else _NEGATION
            hit = negation.search(lowered, max(s_start, match.start() - 30), match.start())
            if hit and english and _PROGRESSIVE_EN.fullmatch(lowered, hit.start(), match.end(1)):
                hit = None  # "X is claiming …": a progressive, X speaks (round 21d, part two)
            if hit:
                # no statement, but the subject stays the one a later "ia" means
                subject = _subjects(body, mentions, s_start, negation.search(
                    lowered, max(s_start, match.start() - 30), match.start()).start(), english)
                self.salient += subject
                continue
            floor = s_start  # never read a speaker out of a quote
            q_end = self.quoted.last_end_at_most(match.start())
            if q_end is not None and q_end > floor:
                floor = q_end
            bound = list(re.finditer(_BOUND_EN if english else r"\b(?:bahwa|karena|sehingga)\b|;",
                                     lowered[floor:match.start()]))
            if bound:
                floor += bound[-1].end()
            speakers = _subjects(body, mentions, floor, match.start(), english)
            named = (_named_before_appositive_en(body, mentions, floor, match.start()) or
                     _named_before_relative_en(body, mentions, floor, match.start())) \
                if english else None
            if named is not None:  # "Ana Ruiz, the agency's deputy head said": Ana Ruiz
                speakers = [named]
            if not speakers and klass == "denial" and not english and not self.title_case:
                # "X mengatakan Kemenkes telah membantah …": a denial relayed as the clause
                # a reporting verb introduces, its subject right after that verb
                said = list(_reporting_verbs().finditer(lowered, floor, match.start()))
                if said:
                    speakers = _subjects(body, mentions, said[-1].end(), match.start(), english)
            if speakers and _a_place_tallying(body, speakers[0], verb, match.end(1)):
                continue
            if speakers and klass == "denial" and _a_court_ruling(body, speakers[0], verb,
                                                                  floor, english):
                continue  # "the court dismissed the claim": a ruling, no denial (25g, two)
            if speakers and english and _a_place_recording_en(body, speakers[0], verb,
                                                              match.end(1)):
                continue
            if speakers and english and _a_group_finding_en(body, speakers[0], verb,
                                                            match.end(1)):
                continue
            if speakers and self.title_case and not english:
                speakers = _headline_subject(body, mentions, floor, speakers, match.start(1))
            if english and self.title_case and not speakers:
                # "Flood Toll Rises to 67, Says Agency": an English headline's speaker last
                after = _starting_at(mentions, match.end(1), body, s_end)
                if after is not None and not body[after.end:s_end].strip(" .!?\"”'’"):
                    add(after, verb, match.start(1), after.end, "post_verb", post=True)
                    continue
            if subject_kind == "document":  # "laporan itu menunjukkan": a document shows
                speakers = [_data_of(body, m) for m in speakers if m.kind != "pronoun" and (
                    m.head or _after_a_document(body, m, floor) or _data_of(body, m) is not m)]
                if not speakers:
                    continue
            if speakers:
                # English puts the speaker before the verb after a quote too: '"…," Shin
                # said' covers the quote as '"…," kata Shin' does
                after_quote = english and _QUOTE_BEFORE.search(body, max(s_start, speakers[
                    0].start - 4), speakers[0].start) is not None
                # "X told Reuters": the agency the speaker told relays the words
                told = (_starting_at(mentions, match.end(1), body, s_end) or
                        # "X told the War Zone": a medium named after "the" (round 25e)
                        _the_body_after_en(mentions, match.end(1), body, s_end)) \
                    if english and verb in ("told", "tells") else None
                # "X mengatakan kepada Reuters": the same in Indonesian
                to_medium = None if english else _TO_MEDIUM.match(body, match.end(), s_end)
                if to_medium:
                    told = _starting_at(mentions, to_medium.end(), body, s_end)
                elif verb in _TELLS:  # "X memberitahu AFP bahwa …": whom X told
                    told = _starting_at(mentions, match.end(), body, s_end)
                partner = _through_partner(mentions, speakers[-1], body, floor,
                                           match.start()) \
                    if not english and not self.title_case and len(speakers) == 1 else None
                if partner is not None:  # "X melalui Kasi Humas Y mengatakan": both speak
                    speakers = sorted(speakers + [partner], key=lambda m: m.start)
                for speaker in speakers:
                    item = add(speaker, verb, speaker.start, match.end(1), "pre_verb",
                               post=after_quote)
                    if item is not None and told is not None and told.type in ("media", "wire"):
                        item.relays.append(told)
                continue
            subject = _clause_subject(body, mentions, floor, match.start(), english)
            if subject is not None:
                add(subject, verb, match.start(1), match.end(1), "predicate")
        # a speaker and a colon before a statement: Kirby: "…"; headline "AS: …"
        colon = body.find(":", s_start, s_end)
        while colon != -1:
            follows_quote = re.match(r"\s*[\"“]", body[colon + 1:colon + 4])
            if (follows_quote or self.title_case) and not self.quoted.inside(colon):
                speaker = _ending_at([m for m in mentions if m.end <= colon][::-1], colon,
                                     body)
                if speaker is None and self.title_case:
                    speaker = _titled_before_colon(body, mentions, s_start, colon)
                if speaker is not None and self.title_case and _names_a_topic(speaker.text):
                    speaker = None  # "Banjir Bandang: 40 Rumah Rusak": what the page is about
                opens = speaker is not None and (not body[s_start:speaker.start].strip(" -–—")
                                                 or _comma_before(body, speaker.start))
                if opens or (speaker is not None and follows_quote):
                    if not any(s.start <= speaker.start < s.end for s in found):
                        add(speaker, "", speaker.start, colon, "colon")
            colon = body.find(":", colon + 1, s_end)
        # "Dikatakan, …" at the start of a sentence: the last speaker goes on
        impersonal = _IMPERSONAL.match(body, head, s_end)
        if impersonal and not found:
            pronoun = Mention(start=impersonal.start(1), end=impersonal.end(1),
                              text=impersonal.group(1), kind="pronoun", refer="pronoun",
                              head="impersonal")
            add(pronoun, impersonal.group(1).lower(), impersonal.start(1), impersonal.end(1),
                "impersonal")
        relays = self._relays(sentence, mentions, found)
        self.last_relays = [medium for _, medium, _ in relays]
        return self._finish(found, relays, sentence)

    def _estimates(self, s_start: int, s_end: int, mentions: list[Mention], add,
                   used_verbs: set) -> None:
        """*higher than the estimates made by financial research firm X of 4.8 percent*,
        *a forecast by British bank Y*: the named author after up to four words describing it
        gives the estimate; a statement that covers that figure only (``estimate``), never the
        figures of the account around it."""
        for match in self.matches("estimate", _ESTIMATE_BY_EN, s_start, s_end):
            if self.quoted.inside(match.start()):
                continue
            gap = _ESTIMATOR_GAP_EN.match(self.body, match.end(), s_end)
            author = next((m for m in mentions if match.end() <= m.start <= gap.end()
                           and m.kind in ("person", "organisation", "state") and m.name
                           and m.text[:1].isupper()
                           and re.fullmatch(r"[\w’'\s-]*", self.body[match.end():m.start])),
                          None)
            if author is None:
                continue
            item = add(author, "estimated", match.start(), author.end, "passive")
            if item is not None:
                item.estimate = True
                if match.group(1):
                    used_verbs.add(match.start(1))

    def _document_clauses(self, s_start: int, s_end: int, mentions: list[Mention], add,
                          used_verbs: set) -> None:
        """*Following a report from X stating that …*, *after a report by X, which stated
        that …*: a document inside the sentence whose named author (right after *from* or
        *by*) is followed by a participle or a relative clause of saying: the author speaks
        from that verb on (round 26f, second part). *a report by X on the border* (no verb
        right after the author) names no speaker here."""
        body = self.body
        for match in self.matches("document_clause", _DOCUMENT_CLAUSE_EN, s_start, s_end,
                                  False):
            if self.quoted.inside(match.start()):
                continue
            author = _starting_at(mentions, match.end(), body, s_end)
            if author is None and match.group("article"):  # "the X agency": a description
                author = _starting_at(mentions, match.start("article"), body, s_end)  # (its
                # mention takes the article in)
            if author is None or author.kind not in ("person", "organisation", "state",
                                                     "group") or not (author.name or
                                                                      author.head):
                continue
            says = _DOCUMENT_CLAUSE_SAYS_EN.match(body, author.end, s_end)
            if says is None:
                continue
            verb = (says.group(1) or says.group(2)).lower()
            verb_at = says.start(1) if says.group(1) else says.start(2)
            if verb_at in used_verbs:
                continue
            if add(author, verb, match.start(), says.end(), "document") is not None:
                used_verbs.add(verb_at)

    def _after_article(self, mentions: list[Mention], position: int, limit: int
                       ) -> Mention | None:
        """The mention after an English article (*the Yonhap news agency*: the name after
        *the*)."""
        article = re.match(r"\s*(?:the|a|an)\s+", self.body[position:limit], re.I)
        return article and _starting_at(mentions, position + article.end(), self.body, limit)

    def _joined_agents(self, mentions: list[Mention], agent: Mention, verb: str, limit: int
                       ) -> list[Mention]:
        """The agents joined to a denial passive's first one (*dibantah oleh Korea Utara dan
        Rusia*, *ditepis Kremlin maupun Pyongyang*): each a named speaker of its own."""
        if self.verbs.get(verb.lower(), ("",))[0] != "denial":
            return []
        joined, last = [], agent
        while len(joined) < 3:
            link = _AGENT_LINK.match(self.body, last.end, limit)
            other = link and _starting_at(mentions, link.end(), self.body, limit)
            if other is None or other.kind not in ("person", "organisation", "state") or \
                    other.refer:
                break
            joined.append(other)
            last = other
        return joined

    def _judged_passive_en(self, s_start: int, s_end: int, mentions: list[Mention], add,
                           used_verbs: set) -> None:
        """An English passive that judges a claim, its judge after *by*, the judgement between
        the verb and *by*: *the figures were dismissed as exaggerated by X* (a denial verb, its
        words opening with *as*), *the claims were branded "a hoax" by X*, *described as
        inflated by X* (a verb of attribution_verbs.csv ``subject`` = ``verdict``, an English
        verdict of denial_cues.csv in those words). The subject must be a claim (an English
        claim word of denial_objects.csv among the clause's words before the verb): *the farmer
        was dismissed as a candidate by …*, *the mill was branded a success by …* are none.
        A verdict verb is no denial by itself: the sentence's verdict gives the denial row."""
        objects, verdicts = _false_claims_en()
        for match in self.matches("judged_passive", _patterns("en")["judged_passive"],
                                  s_start, s_end, False):
            verb = match.group(1).lower()
            if self.quoted.inside(match.start()) or match.start(1) in used_verbs or \
                    verb not in self.verbs:
                continue
            klass, _, subject_kind = self.verbs[verb]
            judged = self.lowered[match.start(2):match.end(2)]
            if klass == "denial" and subject_kind != "verdict":
                if not judged.lstrip().startswith("as "):
                    continue  # "denied entry by the police": no claim judged
            elif verdicts.search(judged) is None:
                continue
            clause = re.split(r"[,;:](?!\d)", self.lowered[max(s_start, match.start() - 80):
                                                     match.start()])[-1]
            if not any(w in objects for w in re.findall(r"[\w-]+", clause)[-8:]):
                continue
            speaker = _starting_at(mentions, match.end(), self.body, s_end) or \
                self._after_article(mentions, match.end(), s_end)
            if speaker is None:
                continue
            speaker = _named_agent(mentions, speaker, self.body, s_end)
            if speaker is None:
                continue
            used_verbs.add(match.start(1))
            add(speaker, verb, match.start(1), speaker.end, "passive")

    def _neither_conceded_en(self, s_start: int, s_end: int, mentions: list[Mention],
                             add) -> None:
        """*Neither X nor Y conceded* (*has conceded*, *admitted defeat*): each of the two
        refuses an announced count, a denial row each (round 22g); *X conceded* grants it."""
        for match in _NEITHER_CONCEDED_EN.finditer(self.body, s_start, s_end):
            if self.quoted.inside(match.start()):
                continue
            for group in (1, 2):
                speaker = _starting_at(mentions, match.start(group), self.body, s_end)
                if speaker is not None and speaker.end <= match.end(group):
                    add(speaker, match.group(3).lower(), match.start(3), match.end(3),
                        "pre_verb", verb_class="denial")

    def _passive_subject_ok(self, verb: str, s_start: int, verb_start: int,
                            s_end: int | None = None) -> bool:
        """A passive whose subject must be a claim (attribution_verbs.csv ``subject`` =
        ``claim``: *Usulan itu ditolak oleh X*, not *Permohonan visa ditolak oleh X*): a
        claim word of denial_objects.csv among the words just before the verb."""
        if self.verbs.get(verb.lower(), ("", "", ""))[2] != "claim":
            return True
        lo = max(s_start, verb_start - 60)
        clause = self.lowered[lo:verb_start].rsplit(",", 1)[-1]
        found = [w for w in re.findall(r"[\w-]+", clause)[-8:] if w in _denial_objects()]
        if found and all(w in _plan_objects() for w in found):
            # "Namun, rencana itu ditolak warga": a plan about no figure is refused, not
            # disputed (round 25g)
            plan = re.search(r"(?<!\w)(?:" + "|".join(map(re.escape, found)) + r")(?!\w)",
                             self.lowered[verb_start - len(clause):verb_start])
            end = len(self.lowered) if s_end is None else s_end
            return not _plan_without_figure(self.lowered, s_start, end,
                                            verb_start - len(clause) + plan.end())
        return bool(found)

    def _rejects_a_claim(self, verb_end: int, limit: int, claim_only: bool = False,
                         s_start: int | None = None) -> bool:
        """``menolak (keras) tuduhan …``: a rejection with a claim or a proposal as its
        object; ``claim_only`` (attribution_verbs.csv ``subject`` = ``claim``: *mengkritik
        data X*, not *mengkritik kebijakan*): a claim only."""
        words = re.findall(r"[\w-]+", self.lowered[verb_end:min(limit, verb_end + 40)])[:3]
        objects = _claim_objects() if claim_only else _denial_objects()
        # a two-word object too: *menolak hasil rekapitulasi …* (round 22g)
        rejects = any(w in objects for w in words[:2]) or " ".join(words[:2]) in objects or (
            len(words) > 2 and words[0] in ("keras", "mentah-mentah", "tegas")
            and (words[1] in objects or " ".join(words[1:3]) in objects))
        found = [w for w in words[:3] if w in objects]
        if rejects and found and found[0] in _plan_objects() and s_start is not None:
            # "Warga menolak rencana relokasi": a plan about no figure is refused, not
            # disputed (round 25g)
            plan = re.compile(r"(?<!\w)" + re.escape(found[0]) + r"(?!\w)").search(
                self.lowered, verb_end)
            return not _plan_without_figure(self.lowered, s_start, limit, plan.end())
        return rejects

    def _relays(self, sentence, mentions, found) -> list[tuple[int, Mention, str]]:
        """(position, medium, cue) of every relay cue in the sentence."""
        body = self.body
        s_start, s_end = sentence
        relays = []
        for match in self.matches("relay", _RELAY_CUE_EN if self.english else _RELAY_CUE,
                                  s_start, s_end, False):
            if self.quoted.inside(match.start()):
                continue
            verb = " ".join(match.group(1).lower().split())
            # the medium after its modifiers, or with them ("by state broadcaster X": one
            # mention when the description is read as the name's role)
            target = _starting_at(mentions, match.end(), body, s_end) or _starting_at(
                mentions, re.match(r"\s*(?:the\s+)?", body[match.end(1):]).end() + match.end(1),
                body, s_end) or _lower_case_medium(body, match.end(), s_end)
            target = _whole_medium_name(target)
            if not self.english:
                target = _relayed_from(body, mentions, target, s_end)
            if verb in ("quoted", "cited"):  # "Interfax quoted X as saying" (round 25d)
                self._quoted_by_medium(match, target, mentions, sentence, found, relays)
                continue
            if target is None or _SOME.match(target.text) and not target.name or \
                    _unnamed_medium(target):
                continue  # "dilansir sejumlah media", "disiarkan televisi": no medium in
                # particular
            if target.kind == "document" and not target.known:
                target = self._document_source(target, mentions, s_end) or target
            if verb in ("mengutip", "citing", "quoting"):
                subject = _subjects(body, mentions, s_start, match.start(), self.english)
                if not subject:
                    post = [s for s in found if s.post and s.end <= match.start() + 1 and
                            (_YANG_MENGUTIP.match(body, s.end) or self.english and
                             _COMMA_CITING_EN.match(body, s.end))]
                    subject = [post[-1].speaker] if post else []
                if subject and target.kind != "document" or subject and target.known:
                    # "X mengutip Y": Y speaks, X relays
                    for statement in found:
                        if statement.speaker in subject:
                            if statement.speaker.kind != "group":  # "Para anggota
                                # parlemen yang mengutip …": nobody named relays (25e)
                                statement.relays.append(statement.speaker)
                            statement.speaker = target
                            statement.form = "relayed"
                        elif statement.speaker.start == target.start:  # "Y yang mengatakan"
                            statement.relays += [m for m in subject if m.kind != "group"]
                    if not any(s.speaker.start == target.start for s in found):
                        item = Statement(target, "mengutip", "neutral", "relayed",
                                         subject[0].start, target.end, sentence)
                        if subject[0].kind != "group":
                            item.relays.append(subject[0])
                        found.append(item)
                    continue
            relays.append((match.start(), target, verb))
        for match in self.matches("report_of", _REPORT_OF_EN if self.english else _REPORT_OF,
                                  s_start, s_end, False):
            # "kata X dalam laporan (…) dari Ukrinform": the medium whose report carried it
            target = _starting_at(mentions, match.end(), body, s_end) or _starting_at(
                mentions, re.match(r"(?i)(?:the\s+)?", body[match.end():]).end() + match.end(),
                body, s_end)
            if target is not None and target.type in ("media", "wire") and \
                    not self.quoted.inside(match.start()):
                relays.append((match.start(), target, "report" if self.english else "laporan"))
        for match in self.matches("briefing", _BRIEFING_EN if self.english else _BRIEFING,
                                  s_start, s_end):
            # "X mengatakan setelah mendapat penjelasan dari NIS": the body that briefed the
            # speaker (one nobody names, "dari warga", "dari komandan militernya", is no source)
            target = _starting_at(mentions, match.end(), body, s_end)
            named = target is not None and target.kind == "person" and not target.name and \
                _TITLE_THEN_NAME.match(body, target.end, s_end)
            if named:  # "dari komandan militer utamanya, X Y": the title's holder
                target = _starting_at(mentions, named.end(), body, s_end)
            if target is not None and target.kind in ("organisation", "person", "state") and \
                    (target.kind != "person" or target.name) and \
                    not self.quoted.inside(match.start()) and not _unnamed_medium(target):
                relays.append((match.start(), target, "briefing" if self.english
                               else "pengarahan"))
        for match in self.matches("credit", _CREDIT_LINE, s_start, s_end, False):
            # a page's closing "Source: Thanh Nien" / "Sumber: Reuters": the medium the text
            # came from (a photo's credit names none)
            target = _starting_at(mentions, match.end(), body, s_end)
            lower = target is None and body.endswith("(", 0, match.end())
            if lower:  # "….(afp)": a medium in lower case, closing its paragraph
                target = _lower_case_medium(body, match.end(), s_end)
            target = _known_medium(target)
            line_end = body.find("\n", match.end())
            line = body[match.end():len(body) if line_end < 0 else line_end]
            # ("Sumber:\n• Kantor.id/dok humas": a picture's credit, a path after the medium)
            # a medium in brackets credits the page only on its last line (a picture's
            # caption above the text ends in one too; none ends in a medium in lower case)
            closing = not body.endswith("(", 0, match.end()) or line_end < 0 or \
                not body[line_end:].strip() or lower
            carrier = _credit_carrier(body, mentions, target, s_end)
            if target is not None and (target.type in ("media", "wire") or carrier and (
                    target.known and target.kind == "organisation")) and not re.search(
                    r"(?i)\b(?:foto|photo|gambar|image|video)\b", line) and closing:
                relays.append((match.start(), target, "source" if self.english else "sumber"))
                if carrier is not None:
                    relays.append((carrier.start, carrier, "via"))
        for match in self.matches("credit_initials", _CREDIT_INITIALS, s_start, s_end, False):
            outlet = urls.outlet_named(match.group(1)) or urls.outlet_named(
                match.group(1) + ".com")
            rest = body[match.end():].strip()  # (page furniture may follow: no sentence)
            if outlet and len(rest) < 80 and not re.search(r"[.!?]", rest) and \
                    squeeze(outlet) not in self.own:
                medium = Mention(start=match.start(1), end=match.end(1), text=match.group(1),
                                 name=outlet, canonical=outlet, type="media",
                                 kind="organisation", known=True)
                relays.append((match.start(1), medium, "sumber"))
        cut = None if self.english or self.next_end <= s_end else _CUT_RELAY.search(
            body, s_start, s_end)
        if cut is not None and not self.quoted.inside(cut.start()):
            # "…, seperti dimuat" / "Reuters.": a line break cut the cue from its medium
            joined = find_mentions(body, s_end, self.next_end)
            target = _starting_at(joined, s_end + len(body[s_end:self.next_end]) - len(
                body[s_end:self.next_end].lstrip()), body, self.next_end)
            if target is not None and target.type in ("media", "wire"):
                relays.append((cut.start(), target, cut.group(1).lower()))
        for match in self.matches("unverified", _UNVERIFIED_EN if self.english
                                  else _UNVERIFIED, s_start, s_end):
            # "Reuters tidak dapat memverifikasi …": the medium the page's copy came from
            target = _ending_at(mentions, match.start() - 1, body) if body[
                match.start() - 1:match.start()].isspace() else None
            if target is not None and target.type in ("media", "wire") and target.name and \
                    not _unnamed_medium(target) and not self.quoted.inside(match.start()):
                relays.append((target.start, target, "unverified" if self.english
                               else "memverifikasi"))
        for match in self.matches("interview", _INTERVIEW_EN if self.english else _INTERVIEW,
                                  s_start, s_end, False):
            if self.english:  # "in a statement to CNN": the medium spoken to (round 21d)
                medium = self._interview_medium(match.end(), mentions, s_end)
                if medium is not None and not self.quoted.inside(match.start()):
                    relays.append((match.start(), medium, "interview"))
                continue
            target = _starting_at(mentions, match.end(), body, s_end)
            if target is not None:
                relays.append((match.start(), target, "wawancara"))
        for match in self.matches("relay_passive", _patterns()["relay_passive"], s_start, s_end,
                                  False):
            target = _starting_at(mentions, match.end(), body, s_end)
            if target is not None and not self.quoted.inside(match.start()) and \
                    not _unnamed_medium(target):
                relays.append((match.start(), target, match.group(1).lower()))
        return relays

    def _quoted_by_medium(self, match, target: Mention | None, mentions, sentence, found,
                          relays) -> None:
        """``Interfax quoted Governor X as saying …``: the medium that quotes a named speaker
        relays the speaker's words; one it quotes unnamed (``State broadcaster Y cited a
        rescuer as saying …``, ``quoted local officials as saying``) is the words' source
        (a relay with no other speaker). Only a medium or wire quotes so: a person citing
        a body (``Lee cited the agency as saying``) relays nothing (round 25d)."""
        s_start, s_end = sentence
        subject = _subjects(self.body, mentions, s_start, match.start(), True)
        medium = _known_medium(subject[0]) if len(subject) == 1 else None
        if medium is None or medium.type not in ("media", "wire") or _unnamed_medium(medium) \
                or self.quoted.inside(match.start()):
            return
        verb = match.group(1).lower()
        saying = _AS_SAYING_EN.search(self.body, match.end(), s_end)
        if target is None and saying is not None:  # "quoted Governor X as saying": the
            # first name between the verb and "as saying", its title before it
            target = next((m for m in mentions if match.end() <= m.start and
                           m.end <= saying.start()), None)
        if target is not None and target.name[:1].isupper() and target.kind in (
                "person", "organisation", "unknown"):  # (not "village council members")
            for statement in found:
                if statement.speaker.start == target.start:
                    statement.relays.append(medium)
                    return
            item = Statement(target, verb, "neutral", "relayed", medium.start, target.end,
                             sentence)
            item.relays.append(medium)
            found.append(item)
            return
        relays.append((match.start(), medium, verb))

    def _interview_medium(self, position: int, mentions, s_end: int) -> Mention | None:
        """The medium after English *in an interview with* / *in a statement to*: a known
        medium or wire (*Bloomberg*, *CNN*, *the British Financial Times*), or any name
        after a medium's kind (*the Chilean daily "The Andes Post"*); a person or an
        institution spoken to (*an interview with Shin*, *a statement to parliament*) is
        none."""
        body = self.body
        kind = _INTERVIEW_MEDIUM_EN.match(body, position, s_end)
        start = kind.end() if kind else position
        target = _known_medium(_starting_at(mentions, start, body, s_end))
        if target is None and kind is None:  # "the British Financial Times": the country's
            # adjective read as part of the name, or as a word of its own before it
            country = re.match(r"(?-i:[A-Z][a-z]+)\s+", body[position:s_end])
            target = country and _known_medium(_starting_at(
                mentions, position + country.end(), body, s_end))
            if target is not None and target.type not in ("media", "wire"):
                target = None
        if target is None:
            for mention in mentions:  # a mention that takes the country (or its article) in
                if mention.start <= position and body[mention.start:position].strip(
                        ).lower() in ("", "the") and mention.type in ("media", "wire"):
                    target = mention
                    break
        if target is None or _unnamed_medium(target) or _MEDIUM_KIND_ONLY_EN.fullmatch(
                " ".join(target.text.split())):
            return None  # "in an interview with the news agency": none named
        if target.type in ("media", "wire"):
            return target
        if kind is not None and target.kind in ("organisation", "unknown"):
            name = " ".join(target.text.split())
            return target._replace(name=name, canonical=name, type="media",
                                   kind="organisation")
        return None

    def _english_document(self, head, s_end, mentions, add) -> int | None:
        """``Data from X recorded …``, ``X's figures show …``, ``Based on data from X, …``:
        the figures of a sentence opening with a document are its author's (where the
        verb of a body's named document starts, which then has no other subject)."""
        body = self.body
        match = _DOCUMENT_FROM_EN.match(self.lowered, head, s_end)
        speaker = _starting_at(mentions, match.end(), body, s_end) if match else None
        if speaker is None and match and re.search(r"\bthe\s+$", self.lowered[head:match.end()]):
            # "A preliminary count by the election commission": the description's mention
            # starts at its article (round 20f)
            article = re.search(r"\bthe\s+$", self.lowered[head:match.end()])
            speaker = _starting_at(mentions, head + article.start(), body, s_end)
            speaker = speaker if speaker is not None and speaker.kind == "organisation" else None
        if speaker is None:  # "A Defense Intelligence Agency briefing … revealed that …"
            named = self._named_document(head, s_end, mentions)
            if named is not None:
                add(*named[:-1])
                return named[-1]
        if speaker is None:  # "The Fisheries Agency's data showed …"
            possessive = _DOCUMENT_OF_EN.search(self.lowered, head, min(s_end, head + 120))
            if possessive is None:
                return self._authorless_document(head, s_end, add)
            # the name alone, as if its sentence ended there (offsets are the body's)
            inside = find_mentions(body[:possessive.start()] + ".", head, possessive.start() + 1)
            speaker = inside[-1] if inside and inside[-1].end == possessive.start() and \
                not body[head:inside[-1].start].strip(" \n\"“") else None
            if speaker is None:  # "The election commission's official count": an English
                # description of an institution, its article opening the sentence (round 20f)
                described = english_mentions(body[:possessive.start()] + ".", head,
                                             possessive.start() + 1, inside)
                speaker = described[-1] if described and described[-1].end == \
                    possessive.start() and described[-1].kind == "organisation" and \
                    not re.sub(r"(?i)^\s*the\s+", "", body[head:described[-1].start]).strip(
                        " \n\"“") else None
            after = possessive.end()
        else:
            after = speaker.end
        if speaker is None or speaker.kind not in ("person", "organisation", "state",
                                                   "group") or not speaker.name:
            return
        says = _DOCUMENT_SAYS_EN.match(body, after, s_end) or (
            _DOCUMENT_LATER_SAYS_EN.match(body, after, s_end) if match is None or
            match.group(1) is None else _DOCUMENT_SETTING_EN.match(body, after, s_end))
        if says is None or self.quoted.inside(speaker.start):
            return
        if says.group(1) is None and not (match and match.group(1)):
            return  # "Data from X, …" with no cue before it: a list, not a source
        add(speaker, (says.group(1) or "according to").lower(), speaker.start, speaker.end,
            "document")

    def _trailing_document(self, s_start: int, s_end: int, mentions: list[Mention], add
                           ) -> int | None:
        """*Unemployment rose to 4.4 percent, figures issued by the Statistics Office
        showed.*: the body named after the figures, its document closing the sentence, gives
        them (round 18c); the document verb's start, else None."""
        found = _TRAILING_DOCUMENT_EN.search(self.body, s_start, s_end)
        if found is None or self.quoted.inside(found.start()):
            return None
        author = _starting_at(mentions, found.end(), self.body, s_end)
        if author is None or author.kind not in ("person", "organisation", "state") or \
                not author.name:
            return None
        says = _DOCUMENT_SAYS_EN.match(self.body, author.end, s_end)
        if says is None or not says.group(1) or self.body[says.end():s_end].strip(
                " .!?\"”’") and not re.match(r"\s+(?:on|in|last|this|earlier)\b",
                                             self.body[says.end():s_end]):
            return None
        add(author, says.group(1).lower(), found.start() + 1, says.end(), "document")
        return says.start(1)

    def _trailing_own_document(self, s_start: int, s_end: int, mentions: list[Mention], add
                               ) -> int | None:
        """*Imports fell 4 percent in March, trade ministry data showed on Tuesday.*: the
        body named right before the document noun that closes the sentence (a name, an
        English description: *the ministry's figures showed*) gives its figures (round
        22e); the document verb's start, else None."""
        found = _TRAILING_OWN_DOCUMENT_EN.search(self.body, s_start, s_end)
        if found is None or self.quoted.inside(found.start()):
            return None
        rest = self.body[found.end():s_end].strip(" .!?\"”’")
        if rest and not re.match(r"\s+(?:on|in|last|this|earlier)\b|\s+(?-i:Monday|Tuesday|"
                                 r"Wednesday|Thursday|Friday|Saturday|Sunday)\W*$",
                                 self.body[found.end():s_end]):
            return None
        start, end = found.span("owner")
        if _DOCUMENT_ADJECTIVE_EN.fullmatch(found.group("owner")):
            return None  # "…, official data showed": no body named
        named = [m for m in mentions if m.start >= start and m.end <= end]
        # the owner's words alone, as if its sentence ended there (offsets are the body's)
        inside = find_mentions(self.body[:end] + ".", start, end + 1)
        described = english_mentions(self.body[:end] + ".", start, end + 1, inside)
        author = next((m for m in reversed(described) if m.end == end), None)
        before = re.sub(r"(?i)^\s*the\s+", "", self.body[start:author.start]) if author else ""
        if author is None or author.kind not in ("person", "organisation", "state", "group") \
                or not (author.name or author.head) or before.strip():
            return None  # "…, 2,000 more than the data showed": no body names the data
        author = next((m for m in named if (m.start, m.end) == (author.start, author.end)),
                      author)
        add(author, found.group("verb").lower(), found.start() + 1, found.end(), "document")
        return found.start("verb")

    def _authorless_document(self, head: int, s_end: int, add) -> int | None:
        """``Satellite images taken on May 2 show …``, ``The study found …`` with no author
        named: the document the article named its author for, or the last author (one that
        *reported*, *wrote*, *published*); with neither, nobody (:mod:`coreference`)."""
        match = _AUTHORLESS_DOCUMENT_EN.match(self.body, head, s_end)
        if match is None or self.quoted.inside(match.start(1)) or (
                self.context.last_author is None and not self.context.documents):
            return None
        noun = match.group(1)
        words = noun.lower().split()
        document = Mention(start=match.start(1), end=match.end(1), text=noun,
                           canonical=noun, kind="document", refer="head", head=words[-1])
        add(document, match.group(2).lower(), match.start(2), match.end(1), "document")
        return match.start(2)

    def _named_document(self, head: int, s_end: int, mentions: list[Mention]):
        """``A Defense Intelligence Agency (DIA) briefing provided to a lawmaker revealed
        …``, ``The Pentagon's assessment released on Friday found …``: a sentence opening
        with a body's name before a document noun and, within 80 characters of no clause
        break, a verb of finding speaks for the body ((speaker, verb, start, end, form,
        where the verb starts))."""
        article = re.match(r"\s*(?:the|an?)\s+", self.body[head:s_end], re.I)
        first = _starting_at(mentions, head, self.body, s_end)
        if first is None and article:
            first = _starting_at(mentions, head + article.end(), self.body, s_end)
        if first is None or self.quoted.inside(first.start):
            return None
        if first.kind == "document" and first.head:  # "A X Agency (XA) briefing": read whole
            opening = re.match(r"(?:the|an?)\s+", first.text, re.I)
            inside = [m for m in find_mentions(
                self.body, first.start + (opening.end() if opening else 0),
                first.end - len(first.head)) if m.kind in ("organisation", "state") and m.name]
            speaker = inside[0] if inside else None
            after = _DOCUMENT_VERB_EN.match(self.body, first.end, s_end)
        else:
            speaker = first
            after = _NAMED_DOCUMENT_EN.match(self.body, first.end, s_end)
        if speaker is None or after is None or speaker.kind not in (
                "organisation", "state") or not speaker.name:
            return None
        possessive = re.search(r"['’]s$", speaker.text)
        if possessive and not speaker.known:  # "The Pentagon's assessment": The Pentagon
            speaker = speaker._replace(
                end=speaker.end - 2, text=speaker.text[:-2], name=speaker.name.removesuffix(
                    speaker.text[-2:]), canonical=speaker.canonical.removesuffix(
                    speaker.text[-2:]))
        return (speaker, after.group(1).lower(), speaker.start, speaker.end, "document",
                after.start(1))

    def _document_aside(self, s_start: int, s_end: int) -> re.Match | None:
        """``Jumlah itu, berdasarkan data Dinkes X, turun …``: a body's data named between
        commas inside a sentence no speaker opens (round 20h; not inside a quote)."""
        if self.english:
            return None
        match = _DOCUMENT_ASIDE.search(self.lowered, s_start, s_end)
        if match is None or self.quoted.inside(match.start()):
            return None
        return match

    def _data_cited(self, s_start: int, s_end: int) -> list[re.Match]:
        """``… berdasarkan data BPS populasi …``, ``Merujuk kepada data Direktorat X, …``,
        ``…, data dari BPBD X jumlah …``, ``Panel Harga Badan X``: where a sentence cites a
        body's data (round 22c; Indonesian, not inside a quote; *data dari* opening the
        sentence or a clause after a comma)."""
        lowered = self.lowered
        if self.english or all(lowered.find(word, s_start, s_end) == -1 for word in (
                "data", "hasil", "panel", "temuan", "catatan")):
            return []  # (every match holds one of the five words: most sentences, none)
        found = []
        for match in _DATA_CITED.finditer(lowered, s_start, s_end):
            if self.quoted.inside(match.start()) or match.group(1) and \
                    self.lowered[s_start:match.start()].strip() and not \
                    self.lowered[s_start:match.start()].rstrip().endswith(","):
                continue
            found.append(match)
        return found

    def _document_source(self, document, mentions, limit):
        """``data yang diperoleh oleh C4ADS``, ``laporan harian milik Kemenkes``: who the
        document is from (its owner after *milik*, past a word of its period)."""
        match = re.match(r"\s+(?:yang\s+)?(?:di\w+\s+)?(?:oleh|dari)\s+", self.body[
            document.end:limit]) or _DOCUMENT_OWNER.match(self.body, document.end, limit)
        if not match:
            return _posting_account(self.body, document, mentions, limit)
        source = _starting_at(mentions, match.end() if match.re is _DOCUMENT_OWNER else
                              document.end + match.end(), self.body, limit)
        # "laporan mingguan Demam Berdarah milik Dinkes": the owner (past the document's
        # topic, read as a mention or, a word of topic_words.csv, as nobody)
        topic = source.end if source is not None else match.end() + len(_TOPIC_RUN.match(
            self.body, match.end(), limit).group()) if match.re is _DOCUMENT_OWNER else None
        owner = _DOCUMENT_OWNER.match(self.body, topic, limit) if topic else None
        if owner and owner.group(2):
            return _starting_at(mentions, owner.end(), self.body, limit) or source
        return source

    def _owned_document(self, speaker, mentions, limit):
        """``laporan harian Covid-19 milik Kemenkes``: a document phrase read as its own
        author ("Covid-19") whose owner follows after *milik*: the owner."""
        if speaker is None or speaker.kind == "document" or not document_word(speaker.head):
            return speaker
        match = _DOCUMENT_OWNER.match(self.body, speaker.end, limit)
        owner = _starting_at(mentions, match.end(), self.body, limit) if match and (
            match.group(1) or match.group(2)) else None
        return owner if owner is not None and owner.kind in (
            "person", "organisation", "state", "group") else speaker

    def _finish(self, found, relays, sentence) -> list[Statement]:
        # a medium's "…, VOA melaporkan." or "menurut Yonhap" beside another speaker relays
        # (and "…, lapor Reuters" after another speaker's clause)
        others = [s for s in found if not (s.speaker.type in ("media", "wire") and (
            s.form == "menurut" or s.form == "pre_verb" and s.verb in _REPORT_VERBS
            or s.form == "post_verb" and s.verb.lower() in _REPORT_AFTER))]
        if others and len(others) < len(found):
            for statement in found:
                if statement not in others:
                    relays.append((statement.start, statement.speaker, statement.verb))
            found = others
        # a relay with no other speaker in the sentence: the relayed medium is the source
        if not found and relays:
            for position, medium, verb in relays:
                if medium.kind in ("organisation", "unknown", "person") and (
                        verb != "mengutip" or medium.type in ("media", "wire")):
                    found.append(Statement(medium, verb, "neutral", "relay_only", position,
                                           medium.end, sentence))
            relays = []
        # the press with no name (*State media reported …*, *denied media reports*) and an
        # unnamed group relay nothing a reader can name (round 25e)
        relays = [r for r in relays if squeeze(r[1].canonical) not in self.own
                  and r[1].kind != "group"]
        found = [s for s in found if not (s.form == "relay_only" and squeeze(
            s.speaker.canonical) in self.own)]
        for statement in found:
            if statement.verb_class == "neutral" and _says_a_denial(self.lowered, statement):
                statement.verb_class = "denial"
        unique, seen = [], set()
        for statement in sorted(found, key=lambda s: s.start):
            key = (statement.speaker.start, statement.speaker.end, statement.verb)
            if key in seen:
                continue
            seen.add(key)
            unique.append(statement)
        for statement in unique:
            statement.relays += [medium for _, medium, _ in sorted(relays, key=lambda r: r[0])
                                 if medium.canonical != statement.speaker.canonical]
        return unique


@lexicons.cached()
def _denial_nouns() -> re.Pattern:
    """The nouns that name a denial as what is said (data/lexicons/denial_cues.csv kind
    ``denial_noun``: *bantahan, sanggahan*), with *-nya* and a demonstrative after them."""
    table = lexicons.in_language(lexicons.load("denial_cues"), "id")
    nouns = lexicons.trie_regex(table.loc[table["kind"] == "denial_noun", "cue"])
    if not nouns:
        return re.compile(r"(?!)")
    return re.compile(r"(?<![\w-])(?:" + nouns + r")(?:nya)?(?:\s+(?:itu|tersebut|ini))?")


def _says_a_denial(lowered: str, statement: Statement) -> bool:
    """Is what a neutral verb reports a denial: the subject of a passive (*Bantahan itu
    disampaikan X*, *Sanggahan tersebut diungkapkan oleh X*) or the object right after a
    verb before it (*X menyampaikan bantahan …*)?

    >>> from newsframe.annotate.mentions import Mention
    >>> x = Mention(25, 29, "Rina", canonical="Rina", kind="person")
    >>> text = "bantahan itu disampaikan rina."
    >>> _says_a_denial(text, Statement(x, "disampaikan", "neutral", "passive", 13, 29, (0, 30)))
    True
    >>> text = "pernyataan itu disampaikan rina."
    >>> _says_a_denial(text, Statement(x, "disampaikan", "neutral", "passive", 15, 31, (0, 32)))
    False
    """
    nouns = _denial_nouns()
    s_start, s_end = statement.sentence
    if statement.form == "passive":
        before = lowered[max(s_start, statement.start - 40):statement.start]
        before = re.split(r"[,;:\"“”]", before)[-1]
        found = list(nouns.finditer(before))
        return bool(found) and not before[found[-1].end():].strip()
    if statement.form == "pre_verb" and statement.verb.lower() in _CONVEYING:
        return lowered[statement.end:statement.end + 1].isspace() and \
            nouns.match(lowered, statement.end + 1, s_end) is not None
    return False


# verbs that convey what their object names ("menyampaikan bantahan"); "menilai bantahan
# itu", "menanggapi bantahan" judge or answer another's denial
_CONVEYING = frozenset({"menyampaikan", "melontarkan", "mengeluarkan", "memberikan",
                        "mengemukakan", "mengutarakan"})


@lexicons.cached()
def _reporting_verbs() -> re.Pattern:
    """The Indonesian reporting verbs that stand before their speaker's clause
    (attribution_verbs.csv ``neutral`` and ``booster``, position ``pre``: *mengatakan,
    menyebut, menegaskan*), with the space after them."""
    verbs = [v for v, (klass, position, _s) in _verb_lexicon()[0].items()
             if klass in ("neutral", "booster") and position == "pre" and " " not in v]
    return re.compile(r"(?<![\w-])(?:" + lexicons.trie_regex(verbs) + r")\s+")


# the management or ranks of a body, before its name after a denial passive
def _manner_of_another(match: re.Match, verbs: dict) -> bool:
    """A passive's match that holds a manner word (*keras, tegas, mentah-mentah*) after a verb
    that is no denial verb: read as no passive with an agent (round 26g)."""
    return bool(match.groupdict().get("manner")) and \
        verbs.get(match.group(1).lower(), ("",))[0] != "denial"


_SIDE_OF = re.compile(r"\s*(?:manajemen|jajaran|direksi|pengurus)\s+(?=[A-Z])")
_AGENT_LINK = re.compile(r"\s*,?\s*(?:dan|maupun|serta|and)\s+(?:(?:oleh|by)\s+)?", re.I)
_REPORT_VERBS = frozenset({"melaporkan", "memberitakan", "mewartakan", "mengabarkan",
                           "menulis", "tulis", "reported", "reports", "wrote"})


# a medium after the clause it reports, beside another speaker: "…, lapor Reuters" relays
_REPORT_AFTER = frozenset({"lapor"})


def squeeze(name: str) -> str:
    """A name in lower-case letters and digits only (``TRIBUNJATENG.COM`` →
    ``tribunjatengcom``), for comparing an outlet's spellings."""
    return re.sub(r"[^\w]|_", "", name.lower())
