"""Speaker scopes: the statements of an article and the text each one covers.

``analyse`` reads an article's body and title sentence by sentence
(:class:`newsframe.annotate.statements.Reader`), resolves each speaker against what the
article has said so far (:mod:`newsframe.annotate.coreference`) and gives each statement its
scope: its sentence, a quote running over several sentences, the previous sentence (or
paragraph) for ``Hal itu dikatakan oleh X``. Claims take their claimant from it
(:mod:`newsframe.annotate.claims`), attributions their rows
(:mod:`newsframe.annotate.sources`).

>>> body_analysis, _ = analyse('"Kami siap," kata Kirby. "Semua aman."')
>>> [(s.speaker.canonical, s.scope) for s in body_analysis.statements]
[('John Kirby', [0])]
"""

import bisect
import dataclasses
import re
from dataclasses import dataclass, field

from .. import lexicons
from ..lang import language, text
from ..read.outlets import dateline_end
from .coreference import PAIRS, Context, register, resolve
from .descriptions import english_mentions, name_descriptions, name_intelligence_bodies
from .disputes import find_dispute, page_verdict
from .mentions import Mention, find_mentions, institution_type
from .quotes import SortedSpans
from .statements import Reader, Statement, _medium_named, squeeze

_FORWARD_ANAPHOR = re.compile(
    r"\s*(?:Hal|Informasi|Kabar|Pernyataan|Data|Temuan|Keterangan|Laporan|Penilaian|Angka|"
    r"Jumlah|Perkiraan|Estimasi|Tuduhan|Klaim)\s+"
    r"(?:itu|tersebut|ini)\b|\s*Demikian\b", re.I)
# "This was reported by X", "The information was conveyed by X": the sentence before
_FORWARD_ANAPHOR_EN = re.compile(
    r"\s*(?:This|That|It|These|The\s+(?:information|figure|figures|statement|report|data|"
    r"estimate|claim|assessment|announcement))\s+(?:was|were|is|are|has\s+been|have\s+been)"
    r"\s+(?:\w+ly\s+)?\w+\s+by\b"
    # "This is stated in a report by X" (round 22i)
    r"|\s*(?:This|That|These|The\s+(?:figures?|data|numbers?|information|estimates?))\s+"
    r"(?:was|were|is|are|has\s+been|have\s+been)\s+(?:also\s+)?\w+\s+in\s+"
    r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:report|survey|study|audit|analysis|"
    r"assessment|review|paper|index)\s+(?:\w+\s+)?(?:by|from|of)\b")
# "X made the announcement", "X announced the figures at a briefing": an announcer named
# after the figures announced (the sentence, or the paragraphs, before)
# ("said this week" is no such object: *this* only alone or with a word for what was told)
_ANNOUNCED_BEFORE = re.compile(
    r"(?:\s+(?:the\s+(?:figures?|numbers?|tally|update|data)|these\s+figures|"
    r"this(?:\s+(?:information|figure|number|data|update|tally))?(?=\s*[,.;]|\s+(?:at|in|on|"
    r"during|to|after|before|via|through|from|when|while)\b))|"
    r"(?<=made)\s+the\s+announcement)\b")
_SOURCE_LINE = re.compile(r"(?im)^[ \t]*(?:\w+:[ \t]*)?Sumber[ \t]*:?[ \t]*(.*?)[ \t]*$")
_BULLET = re.compile(r"^[\s•·*-]+")


@dataclass
class Analysis:
    """The statements of one text and, per sentence, the statements covering it."""

    statements: list
    sentences: list
    covering: dict  # sentence index -> statements that cover it
    relays: dict = field(default_factory=dict)  # sentence index -> relay media named there
    language: str = "id"  # the article's: "en" reads English cues too
    # sentence index -> the body its sentence names as the subject of a verb that produces
    # what a figure counts (no statement: a claimant only where no statement covers a figure)
    actors: dict = field(default_factory=dict)
    # sentence index -> the named bodies a passive or nominal clause names as the agent of
    # such an act (``penangkapan dilakukan oleh jajaran Polres X dan Polda Y``): source rows
    # of form actor only, never a figure's claimant (round 23a, second part)
    agents: dict = field(default_factory=dict)


# ---------------------------------------------------------------------------- article

# a short form the article defines in brackets: "Badan Pangan Nasional (Bapanas)"
_SHORT_FORM = re.compile(r"\(([A-Z][a-z]*[A-Z]?[a-z]+)\)")


@lexicons.cached()
def _actor_verb() -> re.Pattern:
    """The subject's link to its verb (a bracketed short form, *RI*, the unit it acts
    through — *melalui tim patroli Samapta*, round 23a —, adverbs such as *telah*,
    *berhasil*, *siap*) and a verb of data/lexicons/actor_verbs.csv."""
    verbs = lexicons.in_language(lexicons.load("actor_verbs"), "id")["verb"]
    return re.compile(r"(?:\s*\([^()\n]{1,40}\))?(?:\s+RI)?"
                      r"(?:\s+melalui\s+([^\W\d_][^,.;:!?()\"“”\n]{0,48}?))?"
                      r"(?:\s+(?:telah|sudah|juga|pun|siap|"
                      r"berhasil|sukses|kembali|masih|baru|akan|turut|sempat|kini|terus|pernah))*\s+(?P<verb>"
                      + lexicons.trie_regex(list(verbs)) + r")(?![\w-])")


@lexicons.cached()
def _actor_verb_en() -> re.Pattern:
    """The same in English (round 23d): a bracketed short form, a place the body works in
    (*Police in Cebu*), auxiliaries and adverbs (*have also*, *on Monday*), then a verb of
    data/lexicons/actor_verbs.csv in English."""
    verbs = lexicons.in_language(lexicons.load("actor_verbs"), "en")["verb"]
    return re.compile(r"(?:\s*\([^()\n]{1,40}\))?(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
                      r"(?:\s+(?:have|has|had|also|recently|successfully|reportedly|again|"
                      r"today|yesterday|on\s+[A-Z][a-z]+day|last\s+week)){0,3}\s+(?P<verb>"
                      + lexicons.trie_regex(list(verbs)) + r")(?![\w-])")


def _named_en(mention, gap: str) -> bool:
    """Is an English subject a body's name (*The East Java Police*, *Police in Davao*), not a
    common noun capitalised only where it opens its sentence (*The police*, *Authorities*)?
    An unnamed body claims nothing, as an unresolved *Polisi* does not in Indonesian."""
    words = mention.text.split()
    if not gap.strip():  # the sentence's first word is capitalised whatever it is
        words = words[1:]
    return mention.known or any(w[:1].isupper() for w in words)


# "The police seized …", "On Saturday, police arrested …": the bare police as a sentence's
# subject (round 23i)
_BARE_POLICE = re.compile(r"(?:[^.!?\"“”\n]{1,80},\s*)?(?:[Tt]he\s+)?(?:police|Police|POLICE)"
                          r"(?=\s)")
# a speaker that is a police officer or a police body (*Superintendent of Police X*, *Detroit
# Police Chief X*, *Udupi Police*)
_POLICE_SPEAKER = re.compile(r"(?i)\bpolice\b")


def police_account(body: str, start: int, end: int, speaker) -> Statement | None:
    """The police officer or body that spoke before as the actor of a sentence whose subject
    is the bare *police* with a verb by which it produces what a figure counts (round 23i):
    on an English police page the later counts of *the police* are the account of the
    officer quoted before them; None when the sentence has no such subject.

    >>> body = "The police seized 40 tablets."
    >>> police_account(body, 0, len(body), None) is None
    True
    """
    if speaker is None:
        return None
    lead = len(body[start:end]) - len(body[start:end].lstrip())
    subject = _BARE_POLICE.match(body, start + lead, end)
    if subject is None:
        return None
    verb = _actor_verb_en().match(body, subject.end(), end)
    if verb is None:
        return None
    return Statement(speaker, verb.group("verb"), "neutral", "actor", subject.start(),
                     verb.end("verb"), (start, end))


# what may stand before a sentence's subject: an opening adverbial ending in a comma
# ("Dari kasus ketiga di Medan, BNN …")
_OPENING_ADVERBIAL = re.compile(r"[^.!?\"“”\n]{1,80},\s*")


def sentence_actor(body: str, start: int, end: int, mentions: list, english: bool = False
                   ) -> Statement | None:
    """The named body or person that is the subject of the sentence ``body[start:end]``
    with a verb by which it produces what a figure counts (``BNN berhasil mengamankan 17
    kilogram sabu``, ``Kementerian Kesehatan (Kemenkes) telah menerima laporan …``), as a
    statement of form ``actor``; None when the sentence has no such subject.

    >>> body = "Dari kasus ketiga, Badan Narkotika Nasional menyita 17 kilogram sabu."
    >>> sentence_actor(body, 0, len(body), find_mentions(body, 0, len(body))).speaker.text
    'Badan Narkotika Nasional'
    """
    subject = None
    for mention in mentions:
        if mention.start < start or mention.kind not in ("organisation", "person") or \
                not mention.name:
            continue
        if subject is not None:
            # "Direktorat X (Ditx) Kepolisian Daerah Y (Polda Y) melalui tim … mengamankan":
            # a unit then the body it belongs to, each with its short form, is one subject
            # (round 23a)
            if mention.kind != "organisation" or subject.kind != "organisation" or \
                    not _PARENT_BODY_GAP.fullmatch(body, subject.end, mention.start):
                return None
        else:
            gap = body[start:mention.start]
            if english:  # "On Monday, the Davao police …": the article before the name
                gap = re.sub(r"(?i)(?:^|(?<=\s))the\s+$", "", gap)
            if gap.strip() and not _OPENING_ADVERBIAL.fullmatch(gap):
                return None  # the subject is the first name of its clause
            if english and not _named_en(mention, gap):
                return None
            subject = mention
        verb = (_actor_verb_en() if english else _actor_verb()).match(body, mention.end, end)
        if verb is None and not english:
            # "Pengadilan Negeri Lumajang, Jawa Timur, memvonis …": the body's province or
            # city between commas (round 24c)
            verb = _actor_verb().match(body, _after_place(body, mention.end, end), end)
        if verb is None:
            if english:
                return None
            continue
        if not english and subject.refer == "head" and subject.kind == "organisation" and \
                verb.group(1):
            # "Pemerintah pusat melalui Kementerian Sosial menyalurkan …": the named organ
            # the unnamed government acts through is the actor (round 23a)
            organ = next((m for m in mentions if m.start == verb.start(1)), None)
            if organ is not None and organ.kind == "organisation" and organ.name and \
                    not organ.refer:
                subject = organ
        return Statement(subject, verb.group("verb"), "neutral", "actor", subject.start,
                         verb.end("verb"), (start, end))
    return None


@lexicons.cached()
def _agent_cue() -> re.Pattern:
    """What stands right before the agent of a passive or nominal clause: a verb of
    data/lexicons/agent_verbs.csv (*dilakukan*, *diamankan*, *disalurkan*), *oleh* and the
    words for a body's people (*jajaran*, *petugas*, *pihak*, *gabungan*), ending where the
    agent's name begins."""
    verbs = lexicons.in_language(lexicons.load("agent_verbs"), "id")["verb"]
    return re.compile(r"(?<![\w-])(?:" + lexicons.trie_regex(list(verbs)) + r")\s+(?:oleh\s+)?"
                      + _AGENT_PEOPLE + r"$", re.IGNORECASE)


# the people of a body between a passive verb (or "dan") and the body's name
_AGENT_PEOPLE = (r"(?:(?:jajaran|petugas|personel|personil|tim|anggota|aparat|pihak|"
                 r"gabungan|penyidik)\s+){0,2}")
# a medium that compiled the data (often the page's own outlet) and a company that laid off or
# built are not cited through their act
_NO_AGENT_TYPES = frozenset({"media", "wire", "company"})
# a second agent joined to the first: "jajaran Polres X dan Polda Y"
_AGENT_AND = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?,?\s*(?:dan|serta|bersama)\s+"
                        + _AGENT_PEOPLE)


def sentence_agents(body: str, start: int, end: int, mentions: list) -> list[Statement]:
    """The named bodies the sentence ``body[start:end]`` names as the agent of a passive or
    nominal clause with a verb of data/lexicons/agent_verbs.csv (``Penangkapan dilakukan oleh
    jajaran Polres X dan Polda Y``, ``beras yang disalurkan oleh pihak Dinas Sosial Z``), as
    statements of form ``actor`` (round 23a, second part); a person, a group, a medium or a
    company is no agent; a body named by its common noun alone (*dilakukan Inspektorat*)
    stands for the body of that kind named before (the caller resolves it).

    >>> body = "Penangkapan dilakukan oleh jajaran Polres Sleman dan Polda DIY."
    >>> [a.speaker.text for a in sentence_agents(body, 0, len(body),
    ...                                          find_mentions(body, 0, len(body)))]
    ['Polres Sleman', 'Polda DIY']
    """
    agents: list[Statement] = []
    for mention in mentions:
        if mention.start < start or mention.end > end:
            continue
        if mention.kind != "organisation" or not mention.name or \
                mention.refer not in ("", "head") or mention.type in _NO_AGENT_TYPES:
            continue
        cue = _agent_cue().search(body, max(start, mention.start - 80), mention.start)
        joined = agents and _AGENT_AND.fullmatch(body, agents[-1].speaker.end, mention.start)
        if cue is None and not joined:
            continue
        verb = agents[-1].verb if joined else cue.group(0).split()[0]
        agents.append(Statement(mention, verb, "neutral", "actor", mention.start, mention.end,
                                (start, end)))
    return agents


# a place between commas after a body's name: "Pengadilan Negeri X, Jawa Timur, …"
_PLACE_APPOSITIVE = re.compile(r"\s*,\s*([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s*,")


@lexicons.cached()
def _place_names() -> frozenset:
    """Place names and short forms of data/lexicons/places.csv, lower case."""
    table = lexicons.load("places")
    return frozenset({n.lower() for n in table["name"]} |
                     {n.lower() for n in table["short"] if n})


def _after_place(body: str, start: int, end: int) -> int:
    """Where the text after a body's name goes on past a province or city of
    data/lexicons/places.csv set off by commas (``, Jawa Timur,``); ``start`` when none.

    >>> body = "Pengadilan Negeri Lumajang, Jawa Timur, memvonis"
    >>> body[_after_place(body, 26, len(body)):]
    ' memvonis'
    >>> _after_place("Polres Bantul, AKBP Andi Santoso, menangkap", 13, 43)
    13
    """
    place = _PLACE_APPOSITIVE.match(body, start, end)
    if place is None or place.group(1).lower() not in _place_names():
        return start
    return place.end()


# between a unit's name and the name of the body it belongs to: the unit's short form
_PARENT_BODY_GAP = re.compile(r"\s*\([^()\n]{1,40}\)\s*")


# after a sentence's first person: an apposition's comma, adverbs, then an active verb
_SUBJECT_VERB = re.compile(r"\s*,?\s*(?:(?:juga|pun|lalu|kemudian|telah|sudah|sempat|turut|"
                           r"langsung)\s+)*(?:me|ber)[a-z]{3,}\b")


def _note_subject(body: str, sentences: list, index: int, mentions: list,
                  context: Context) -> None:
    """Remember the named person heading sentence ``index`` (which reported nobody) with an
    active verb of its own (``Kapolres X, AKBP Heru, meninjau …``, ``Bupati Sri
    mengunjungi …``) for the pronouns of the next sentence (round 20g)."""
    start, end = sentences[index]
    if context.subject is not None and context.subject[1] <= start < context.subject[2]:
        if context.subject[2] <= end and index + 1 < len(sentences) and \
                _headed_by_pronoun(body, start, mentions):
            # "Ia didampingi Kasat Reskrim, AKP X.": a sentence that reported nobody, headed
            # by the subject's pronoun, hands the subject on to the next (round 21a)
            context.subject = (context.subject[0], sentences[index + 1][0],
                               _quote_end(body, sentences, index + 1))
        return  # inside the quotation the subject before opened
    context.subject = None
    if index + 1 >= len(sentences):
        return
    dateline = _LEAD_DATELINE.match(body, start, end)
    if dateline is not None:
        start = dateline.end()  # "KEDIRI, BANGSAONLINE.com - Kapolres …" (round 21a)
    for mention in mentions:
        if mention.start < start or mention.refer:
            continue
        gap = body[start:mention.start]
        if gap.strip() and not _OPENING_ADVERBIAL.fullmatch(gap):
            return
        if mention.kind == "person" and mention.name and \
                _SUBJECT_VERB.match(body, mention.end, end):
            context.subject = (mention, sentences[index + 1][0],
                               _quote_end(body, sentences, index + 1))
        return


# a dateline opening a page's first sentence: the place, the outlet, then a dash
_LEAD_DATELINE = re.compile(r"(?:[A-Z][\w.]*,?[ \t]+){1,4}(?:\([\w. ]{2,30}\)[ \t]+)?[-–—][ \t]")


def _headed_by_pronoun(body: str, start: int, mentions: list) -> bool:
    """Does the sentence from ``start`` open with a person's pronoun (*Ia, Dia, Beliau*)?"""
    first = next((m for m in mentions if m.start >= start), None)
    return first is not None and first.kind == "pronoun" and \
        first.head in ("ia", "dia", "beliau") and not body[start:first.start].strip()


def _quote_end(body: str, sentences: list, index: int) -> int:
    """The end of sentence ``index``, or, when it opens a quotation it does not close, of
    the sentence (up to three more) that closes it (``“Kami berduka. Polres akan …,”
    tegasnya``)."""
    start, end = sentences[index]
    opening = body[start:end].lstrip()[:1]
    if opening not in ("“", '"'):
        return end
    closing = "”" if opening == "“" else '"'
    if body[start:end].lstrip()[1:].count(closing):
        return end
    for later in sentences[index + 1:index + 4]:
        if closing in body[later[0]:later[1]]:
            return later[1]
    return end


def _furniture(body: str, start: int, end: int) -> bool:
    """A paragraph that is page furniture, not text: a caption, a teaser headline, a credit
    (short, no closing punctuation)."""
    line = body[start:end].strip()
    if not line:
        return True
    if line[-1] in ".!?\"”’…)" and not line.endswith(("))", ". )")):
        return False
    return len(line.split()) <= 25


# a credit's value on the next line after a bullet ("Sumber :" / "  • DW")
_PICTURE_BULLET = re.compile(r"[ \t]*•")


def _above_text(lines: list[str]) -> bool:
    """No line of ``lines`` is a sentence of the text yet (a title, a caption, a date: none
    ends a sentence of more than twelve words), so a line after them stands above the text.

    >>> _above_text(["Kapal Tiba di Vladivostok", "", "Foto kapal kargo"])
    True
    >>> _above_text(["Kapal Tiba", "Korea Utara telah mengirim 300 kontainer ke Rusia sejak "
    ...              "Agustus lalu menurut para pejabat di Seoul."])
    False
    """
    return not any(len(line.split()) > 12 and line.rstrip().endswith((".", '"', "”", "!", "?"))
                   for line in lines)


def _article_relay(boilerplate: str, body: str, own: frozenset = frozenset()
                   ) -> Mention | None:
    """The medium of a ``Sumber: X`` line (in the body or the boilerplate column), else a
    wire credited at the page's foot or on a credit line (not the page itself: ``own``)."""
    for chunk in (boilerplate, body):
        if "sumber" not in (chunk or "").lower() and "\u017f" not in (chunk or ""):
            continue  # no line can match (IGNORECASE takes only ſ for a letter of it)
        lines = (chunk or "").split("\n")
        for index, line in enumerate(lines):
            match = _SOURCE_LINE.match(line)
            if not match or len(line) > 80:
                continue
            value = _BULLET.sub("", match.group(1)).strip()
            if not value and index + 1 < len(lines) and _PICTURE_BULLET.match(
                    re.sub(r"^\w+:\s*", "", lines[index + 1])) and (
                    chunk is not body or _above_text(lines[:index])):
                continue  # "Sumber :" then "• X" above the text (or taken off it to the
                # boilerplate column, as the reader does with the page's header): the lead
                # picture's credit (VIVA's layout; round 26e2), no medium the text came from
            if not value and index + 1 < len(lines):
                value = _BULLET.sub("", re.sub(r"^\w+:\s*", "", lines[index + 1])).strip()
                if len(value) > 60 or _DATED.search(value):
                    continue  # the page's next field or line ("Tanggal publish: 29/04/2025",
                    # "Gabung ke Channel …"), no name (round 26d, 2nd part)
            if not value or re.match(r"(?i)(foto|photo)\b", value) or re.search(
                    r"(?i)\b(?:foto|photo)\b|/\s*(?:doc|dok|dokumen|ist|istimewa)\b", value) \
                    or _photographer(value):
                continue  # a picture's credit ("Kantor.id/dok humas", "X FOTO/Y", "VIVA/Name")
            found = find_mentions(value)
            if found:
                return found[0]
            return Mention(start=0, end=len(value), text=value, name=value, canonical=value,
                           type="unknown", kind="organisation")
    return _foot_wire(boilerplate, body) or _credit_line_wire(body, own) or _credit_line_wire(
        "\n".join(line.split(":", 1)[1] for line in (boilerplate or "").split("\n")
                  if line.startswith("date_line:")), own)  # "Reuters Published 4 Mar, …"


_DATED = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")
# "VIVA/Muhamad Solihin", "Antara/ Andika Wahyu": a medium, a slash and a person's name
_MEDIUM_SLASH_NAME = re.compile(r"(?P<medium>[^/\n]{2,30}?)\s*/\s*(?P<name>[A-Z][\w.'’-]*"
                                r"(?:\s+[A-Z][\w.'’-]*){0,3})")


def _photographer(value: str) -> bool:
    """Is a ``Sumber:`` line's value a picture's credit: a medium, a slash and a name that is
    no medium (``VIVA/Muhamad Solihin``, ``Antara/ Andika Wahyu``; round 26d, 2nd part)?

    >>> _photographer("VIVA/Muhamad Solihin"), _photographer("Antara/Reuters")
    (True, False)
    >>> _photographer("BPBD Kabupaten Garut")
    False
    """
    credit = _MEDIUM_SLASH_NAME.fullmatch(value.strip())
    return credit is not None and _medium_named(credit.group("medium")) is not None and \
        _medium_named(credit.group("name")) is None


def _own_relay(relay: Mention, own: frozenset) -> bool:
    """Is a relay the page itself: its outlet or the name its dateline opens with (*he told
    The Jakarta Post* on the Jakarta Post's page, *dikutip JabarNews.com* on JabarNews';
    round 26d, 2nd part) — the outlet that interviewed the speaker, no relay of the words."""
    if relay.type not in ("media", "wire", "unknown"):
        return False
    names = [n for n in (relay.canonical, relay.text) if len(squeeze(n or "")) >= 3]
    # a wire's short name opens the outlet's (ANTARA, antaranews); an address is the outlet's
    # name whole (JabarNews.com, Jabarnews; Suara.com is not Suara Surabaya)
    return _is_own(own, *names) or any(squeeze(re.sub(
        r"(?i)\.(?:co\.id|com|co|id|tv|net)$", "", n.strip())) in own for n in names)


_SUMBER = re.compile(r"(?i)\b(?:sumber|source)\s*:\s*([^\n()]{2,40})")


def _credited_to(body: str, own: frozenset) -> bool:
    """Does the page credit its text to the outlet it was taken for (*(sumber:
    cnnindonesia.com)* on a page the reader named CNN Indonesia)? Then that outlet is the
    copy's source, no interviewer of the page's own (round 26d, 2nd part)."""
    return any(_own_relay(Mention(start=0, end=0, text=m.group(1).strip(" ."),
                                  name="", canonical="", type="media"), own)
               for m in _SUMBER.finditer(body))


# a credit line of the page's furniture: the wire alone in brackets ("(AP)"), after a dash
# ("— Antara"), after "By" ("By Yonhap", "By Lena Hart, Associated Press"), before the
# page's time stamp ("Reuters Published 4 Mar, 2021 07:10pm", round 21c) or alone
_CREDIT_LINE = re.compile(r"\(\s*(?P<bracket>[^()\n]{2,40}?)\s*\)"
                          r"|[-–—]+\s*(?P<dash>[^\n]{2,40})"
                          r"|[Bb]y\s+(?:[^,\n]{2,60},\s*)?(?P<by>[^,\n]{2,40})"
                          r"|(?P<stamped>[A-Za-z][\w .]{1,30}?)\s*[|,·-]?\s+(?:Published|Posted|"
                          r"Updated)\b[^\n]{0,60}"
                          r"|(?P<bare>[^\n]{2,40})")


def _credit_line_wire(body: str, own: frozenset = frozenset()) -> Mention | None:
    r"""The wire a credit line of the page's furniture names (round 20o): one of the first
    four lines or the last line, nothing on it but the wire (the lexicon's ``wire`` type)
    in brackets, after a dash, after "By" (and an author's name) or alone; None when no
    such line is there, or when the wire is the page itself (a name of ``own`` begins
    with the wire's: ``antaranews``, ``reuterscom``).

    >>> _credit_line_wire("(AP)\nUpdated: 2019-03-02\n\nThe dam held, Lee said.").canonical
    'Associated Press'
    >>> _credit_line_wire("The dam held, Lee said.\n\n— AFP").canonical
    'AFP'
    >>> _credit_line_wire("Sungai surut, kata Lee.\n\n—Antara").canonical
    'ANTARA'
    >>> _credit_line_wire("By Lena Hart, Associated Press\n\nThe dam held.").canonical
    'Associated Press'
    >>> _credit_line_wire("Reuters reported the dam held.\n\nLee said so.") is None
    True
    >>> _credit_line_wire("(Reuters)\n\nThe dam held, Lee said.", frozenset({"reuters"}))
    >>> _credit_line_wire("Sungai surut, kata Lee.\n\n—Antara", frozenset({"antaranews"}))
    """
    for line in _edge_lines((body or "").strip()):
        credit = _CREDIT_LINE.fullmatch(line)
        if credit is None:
            continue
        words = next(g for g in credit.groups() if g is not None).strip(" .")
        named = _medium_named(words)  # any case: "Antara" opening a line, "REUTERS"
        if named is not None and named[1] == "wire" and not any(
                name.startswith(squeeze(w)) for name in own for w in (words, named[0])):
            return Mention(start=0, end=len(words), text=words, name=named[0],
                           canonical=named[0], type="wire", kind="organisation", known=True)
    return None


# an English wire dateline: a place in capitals (and a region or a date) and the wire in
# brackets before the dash ("MANAUS, Brazil (AP) —", "LIMA, March 4 (Reuters) -")
_WIRE_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{1,30}(?:,[^()\n]{1,40})?\s*\(\s*(?P<wire>[A-Za-z]"
                            r"[A-Za-z .]{1,30}?)\s*\)\s*(?:[-–—]|$)")


def credited_wire(body: str, boilerplate: str = "", outlet: str = "") -> Mention | None:
    r"""The wire whose copy an English page carries (round 21c): a wire credited on a line of
    the page's furniture or at its foot (``_article_relay``, the page's own name included),
    else the wire in brackets of the dateline opening one of its first lines, else the
    outlet when the outlet is itself a wire (read from such a credit); None otherwise.

    >>> credited_wire("MANAUS, Brazil (AP) — A mudslide buried 9 homes.").canonical
    'Associated Press'
    >>> credited_wire("Mudslide\nReuters Published 4 Mar, 2021 07:10pm\nLIMA: Rain fell.").canonical
    'Reuters'
    >>> credited_wire("MANAUS, Brazil — A mudslide buried 9 homes.", outlet="Rio Times") is None
    True
    """
    relay = _article_relay(boilerplate, body)
    if relay is not None and relay.type == "wire":
        return relay
    relay = _dateline_wire(body) or _copyright_wire(boilerplate)
    if relay is not None:
        return relay
    named = _medium_named(outlet) if outlet else None
    if named and named[1] == "wire":
        return Mention(start=0, end=0, text=outlet, name=named[0], canonical=named[0],
                       type="wire", kind="organisation", known=True)
    return None


def _dateline_wire(body: str, own: frozenset = frozenset()) -> Mention | None:
    r"""The wire in brackets of an English dateline opening one of the first six lines of
    ``body`` (``MANAUS, Brazil (AP) —``: the lexicon's ``wire`` type), unless it is the page
    itself (a name of ``own`` begins with the wire's); None otherwise.

    >>> _dateline_wire("Flood\n\nOSORNO, Chile (AP) — Rivers rose.").canonical
    'Associated Press'
    >>> _dateline_wire("OSORNO, Chile (AP) — Rivers rose.", frozenset({"ap"})) is None
    True
    """
    lines = [line.strip() for line in (body or "").strip().split("\n")[:12] if line.strip()]
    for line in lines[:6]:
        dateline = _WIRE_DATELINE.match(line)
        named = dateline and _medium_named(dateline.group("wire"))
        if named and named[1] == "wire" and not _is_own(own, dateline.group("wire"), named[0]):
            return Mention(start=0, end=0, text=dateline.group("wire"), name=named[0],
                           canonical=named[0], type="wire", kind="organisation", known=True)
    return None


def _is_own(own: frozenset, *names: str) -> bool:
    """Does a name of ``own`` begin with one of ``names`` (squeezed)?"""
    return any(name.startswith(squeeze(n)) for name in own for n in names if squeeze(n))


# the holder of a copyright line the reader took off the page: "Copyright 2012 The
# Associated Press. All rights reserved.", "© 2019 Reuters"
_COPYRIGHT_HOLDER = re.compile(r"(?i)(?:copyright|\(c\)|©)(?:\s*(?:©|\(c\)))?\s*"
                               r"(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?"
                               r"(?P<holder>[A-Za-z][\w .&'-]{1,40}?)\s*(?:[.,;]|$)")


def _copyright_wire(boilerplate: str, own: frozenset = frozenset()) -> Mention | None:
    """The wire holding the copyright of a ``copyright:`` line of the boilerplate column
    (a carried wire copy's foot: ``Copyright 2012 The Associated Press. All rights
    reserved.``), unless it is the page itself; None otherwise.

    >>> _copyright_wire("copyright: Copyright 2009 The Associated Press. All rights reserved.").name
    'Associated Press'
    >>> _copyright_wire("copyright: © 2024 Harbour Times. All rights reserved.") is None
    True
    """
    for line in (boilerplate or "").split("\n"):
        if not line.startswith("copyright:"):
            continue
        holder = _COPYRIGHT_HOLDER.search(line.removeprefix("copyright:"))
        words = holder and re.sub(r"^[Tt]he\s+", "", holder.group("holder").strip())
        named = _medium_named(words) if words else None
        if named and named[1] == "wire" and not _is_own(own, words, named[0]):
            return Mention(start=0, end=0, text=words, name=named[0], canonical=named[0],
                           type="wire", kind="organisation", known=True)
    return None


def _edge_lines(text: str) -> list[str]:
    r"""The first four lines of ``text`` (stripped) that are not blank, then its last: what
    ``[l.strip() for l in text.split("\n") if l.strip()]`` gives as ``[:4] + [-1:]``, without
    splitting the whole text (``text`` is stripped: its last line is not blank).

    >>> _edge_lines("a\n\n b\nc\nd\ne\nf"), _edge_lines("a"), _edge_lines("")
    (['a', 'b', 'c', 'd', 'f'], ['a', 'a'], [])
    """
    lines: list[str] = []
    start = 0
    while len(lines) < 4 and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        line = text[start:end].strip()
        if line:
            lines.append(line)
        start = end + 1
    return lines + [text[text.rfind("\n") + 1:].strip()] if text else lines


# a credit in brackets at the page's foot, parts split by slashes: "(ant/Reuters)", "(AFP/rzk)"
_FOOT_CREDIT = re.compile(r"\(\s*([\w.-]+(?:\s*/\s*[\w.-]+)+)\s*\)")


def _foot_wire(boilerplate: str, body: str) -> Mention | None:
    r"""The wire credited in brackets at the page's foot (``(ant/Reuters)``, ``(AFP/rzk)``,
    ``(Antara/AFP)``: the last wire of the credit, before the initials of the desk that
    relayed it), as the relay of the article's words; None when no part is a wire.

    >>> _foot_wire("", "Banjir merendam 40 rumah.\n\n(ant/Reuters)").canonical
    'Reuters'
    >>> _foot_wire("signature: (rzk/ant)", "Banjir merendam 40 rumah.") is None
    True
    """
    lines = [line.strip() for line in (body or "").strip().rsplit("\n", 2)[-2:]]
    lines += [line.split(":", 1)[1].strip() for line in (boilerplate or "").split("\n")
              if line.startswith("signature:")]
    for line in lines:
        credit = _FOOT_CREDIT.fullmatch(line) or _FOOT_CREDIT.search(line[-40:])
        if credit is None:
            continue
        wires = [m for part in credit.group(1).split("/") for m in find_mentions(part.strip())
                 if m.type == "wire"]
        if wires:
            return wires[-1]
    return None


def _own_names(outlet: str, body: str) -> frozenset:
    """The outlet's own names: its name and the words of the dateline that opens the body
    (``TRIBUNJATENG.COM, SEMARANG -``), with and without a domain ending."""
    names = {outlet} if outlet else set()
    dateline = re.match(r"\s*([^\n]{2,80}?)\s(?:-{1,2}|–|—)\s", body)
    if dateline:
        names |= {part for part in re.split(r"[,(]\s*", dateline.group(1)) if part.strip()}
        if language.article_language(body) == "en":
            # a wire in an English dateline's brackets ("LIMA (AP) —") is the copy's relay,
            # not the page, unless the outlet is that wire (round 21l)
            names = {part for part in names if part == outlet or not _a_wire(part)}
    squeezed = {squeeze(n) for n in names if squeeze(n)}
    return frozenset(squeezed | {re.sub(r"(?:com|coid|co|id|tv)$", "", n) for n in squeezed})


def _a_wire(part: str) -> bool:
    """Is a dateline's part the lexicon's wire in brackets (``AP)``, ``Reuters )``)?"""
    words = part.strip()
    if not words.endswith(")"):
        return False
    named = _medium_named(words.rstrip(") ").strip())
    return named is not None and named[1] == "wire"


def _next_end(body: str, sentences: list, index: int) -> int:
    """Where the sentence after ``index`` ends, for a speaker's title a page's line breaks
    cut: a short line with no sentence end after it runs on to the line after it
    (``… dan Logistik`` / ``BPBD X`` / ``, Rina Wati, kepada …``)."""
    if index + 1 >= len(sentences):
        return sentences[index][1]
    start, end = sentences[index + 1]
    if index + 2 < len(sentences) and end - start <= 40 and body[end - 1] not in ".!?\"”":
        return sentences[index + 2][1]
    return end


def _relaying_medium(statement, context):
    """The last named medium (``media``/``wire``) relaying a statement whose speaker names
    nobody, else None."""
    media = [r for r in (resolve(m, statement.start, context)[0] for m in statement.relays)
             if r is not None and r.type in ("media", "wire") and (r.name or r.known)]
    return media[-1] if media else None


@lexicons.cached(maxsize=1024, per_text=True)
def _sentence_case(title: str) -> bool:
    """An English headline written as a sentence: most of its words after the first begin
    in lower case (``Manpower Ministry reveals 3,000 workers lost jobs``), so a capital
    marks a name there, as in the body; a Title Case headline capitalises nearly all."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", title)[1:]]
    lower = sum(w[0].islower() for w in words)
    return lower > len(words) - lower


@lexicons.cached(maxsize=1024, per_text=True)
def analyse(body: str, title: str = "", boilerplate: str = "", outlet: str = ""
            ) -> tuple[Analysis, Analysis]:
    """The statements of an article's body and title (remembered: claims and attributions
    both ask). Returns ``(body analysis, title analysis)``."""
    context = Context()
    own = _own_names(outlet, body)
    lead = len(body) - len(body.lstrip())
    lead += dateline_end(body[lead:lead + 200])
    if lead and body[lead - 1] == "-" and not body[lead - 2].isspace():
        # "KUPANG,KABARTIMUR.ID-Pemerintah Kota …": the glued dash is a space to the grammar
        # of names (offsets stay)
        body = body[:lead - 1] + " " + body[lead:]
    sentences = text.split_sentences(body)
    paragraphs = text.split_paragraphs(body)
    furniture = {p for p in paragraphs if _furniture(body, *p)}
    in_furniture = []
    for s, _e in sentences:
        paragraph = text.enclosing_span(paragraphs, s)
        in_furniture.append(paragraph in furniture)
    # an English article is read with English forms too (one decision per article: an
    # Indonesian article quoting an English phrase stays Indonesian)
    english = language.article_language(body) == "en"
    reader = Reader(body, False, context, own, "en" if english else "id")
    reader.lead = lead
    # the lead's dateline names the outlet and its place, no speaker ("Kupang-Berdasarkan
    # data X …": the mentions start after it)
    per_sentence = [find_mentions(body, max(s, lead) if i == 0 else s, e)
                    for i, (s, e) in enumerate(sentences)]
    if english:
        per_sentence = [english_mentions(body, max(s, lead) if i == 0 else s, e, found)
                        for i, ((s, e), found) in enumerate(zip(sentences, per_sentence,
                                                                 strict=True))]
        per_sentence = name_intelligence_bodies(name_descriptions(per_sentence))
    for mentions, skip in zip(per_sentence, in_furniture, strict=True):
        if not skip:
            context.add_names([m for m in mentions if m.kind == "person" and len(
                m.name.split()) >= 2])
    statements = []
    unnamed: list = []  # denials whose only speaker is a body nobody named (anonymous rows)
    pending: list = []  # other statements of such a speaker: their sentence's verdict only
    covering: dict[int, list] = {}
    sentence_relays: dict[int, list] = {}
    actors: dict[int, Statement] = {}
    agents: dict[int, list] = {}
    police_speaker = None  # the last police officer or body that spoke (English; round 23i)
    spoken: set = set()  # the sentences a speaker's verb stands in, resolved or not
    for index, ((s_start, s_end), mentions) in enumerate(zip(sentences, per_sentence,
                                                              strict=True)):
        reader.salient = []
        reader.next_end = _next_end(body, sentences, index)
        found = reader.statements((s_start, s_end), mentions)
        if found:
            spoken.add(index)
        for subject in reader.salient:
            register(context, resolve(subject, subject.start, context)[0], speaker=True)
        if reader.last_relays:
            sentence_relays[index] = [r for r in (resolve(m, s_start, context)[0]
                                                  for m in reader.last_relays) if r]
        published = _note_documents(body, mentions, found, context)
        for statement in found:
            if statement.speaker.kind == "document" and statement.speaker.head in published:
                continue  # "… mengeluarkan pernyataan mengecam": the statement just published
            pair = []
            if statement.speaker.head in PAIRS and statement.speaker.refer == "pronoun":
                pair = _coordinated_pair(body, per_sentence[index - 1] if index else [],
                                         mentions, statement.speaker.start)
                if not pair:
                    continue
            resolved, how = _in_sentence(statement, mentions) or resolve(
                statement.speaker, statement.start, context)
            if resolved is None and english:
                resolved, how = _unresolved_description_en(statement, mentions) or (None, how)
            if pair:
                resolved, how = pair[0], f"pronoun: {statement.speaker.text}"
            members = _coordinated_deniers(body, statement, resolved, english)
            if members:  # "Russia and North Korea have denied …": each state denies
                resolved, pair = members[0], members
            if resolved is None:
                resolved = _relaying_medium(statement, context)
                if resolved is None:
                    unnamed_body = _unnamed_speaker(statement)
                    if unnamed_body is not None and not english:
                        statement.speaker, statement.resolved_by = unnamed_body, "unnamed body"
                        statement.scope = [index]
                        # a denial stands; another statement only carries its verdict
                        (unnamed if statement.verb_class == "denial" else pending).append(
                            statement)
                    continue
                # '"…," katanya, dilansir dari CNN' with nobody named before (a page that
                # starts mid-story): the medium that relays the words is all that is known
                how, statement.relays, statement.form = "", [], "relay_only"
            statement.speaker, statement.resolved_by = resolved, how
            statement.relays = [r for r in (resolve(m, statement.start, context)[0]
                                            for m in statement.relays) if r is not None]
            statement.scope = [index]
            statements.append(statement)
            covering.setdefault(index, []).append(statement)
            register(context, resolved, speaker=True)
            if english and resolved.kind in ("person", "organisation") and \
                    _POLICE_SPEAKER.search(resolved.text):
                police_speaker = resolved
            for member in pair[1:]:  # "Kedua negara membantah": the other state speaks too
                other = dataclasses.replace(statement, speaker=member, relays=list(
                    statement.relays), scope=[index], covers=dict(statement.covers))
                statements.append(other)
                covering[index].append(other)
        if not found and not in_furniture[index]:
            if not english:
                _note_subject(body, sentences, index, mentions, context)
            # an English body that seizes, arrests, evacuates claims what it counts as an
            # Indonesian one does (round 23d)
            actor = sentence_actor(body, max(s_start, lead) if index == 0 else s_start,
                                   s_end, mentions, english)
            resolved = actor and resolve(actor.speaker, actor.start, context)[0]
            if resolved is None and english:
                # "The police seized …" after a police officer spoke: his account (23i)
                actor = police_account(body, max(s_start, lead) if index == 0 else s_start,
                                       s_end, police_speaker)
                resolved = actor and actor.speaker
            if resolved is not None:
                actor.speaker, actor.scope = resolved, [index]
                actors[index] = actor
        if not in_furniture[index] and not english:
            # the bodies a passive or nominal clause names as the agent (round 23a, 2nd part)
            for agent in sentence_agents(body, max(s_start, lead) if index == 0 else s_start,
                                         s_end, mentions):
                resolved = resolve(agent.speaker, agent.start, context)[0]
                if resolved is None and agent.speaker.text[:1].isupper():
                    # "audit yang dilakukan Inspektorat": a capitalised body of the region
                    # no fuller name was given for stands as it is
                    resolved = agent.speaker._replace(refer="")
                if resolved is not None and resolved.kind == "organisation" and \
                        resolved.type not in _NO_AGENT_TYPES:
                    agent.speaker, agent.scope = resolved, [index]
                    agents.setdefault(index, []).append(agent)
        if not in_furniture[index]:
            for mention in mentions:
                resolved = resolve(mention, mention.start, context)[0] if mention.refer \
                    else mention
                if mention.kind == "document" and resolved is not None and \
                        not mention.refer and mention.known:
                    context.documents[mention.head] = resolved
                register(context, resolved)
    _extend_scopes(body, sentences, statements, covering, reader.quoted, english)
    _add_verdicts(body, sentences, statements, covering, english)
    for statement in pending:
        verdict = _unnamed_verdict(body, sentences, statement, covering, statements + unnamed)
        if verdict is not None:  # "Polisi memastikan kabar … hoaks"
            unnamed.append(verdict)
    if not english:  # "Klaim bahwa … dikategorikan sebagai hoaks": the page's own verdict
        unnamed += _page_verdicts(body, sentences, covering, spoken, in_furniture,
                                  statements + unnamed, reader.quoted, outlet)
    if unnamed:  # after the scopes and verdicts: an unnamed body covers no other sentence
        statements.extend(unnamed)
        statements.sort(key=lambda st: st.start)
    article = _article_relay(boilerplate, body, own)
    if article is None and english:  # a carried wire copy's dateline or copyright (21l)
        article = _dateline_wire(body, own) or _copyright_wire(boilerplate, own)
    if article is not None:
        for statement in statements:
            if statement.speaker.canonical != article.canonical and all(
                    r.canonical != article.canonical for r in statement.relays):
                statement.relays.insert(0, article)
    if (article is None or not _own_relay(article, own)) and not _credited_to(body, own):
        # the page itself heads no chain of relays (*told The Jakarta Post* on its page); a
        # page crediting its copy to that outlet (*sumber: X*) is not X's, and a medium a
        # wire quotes (*Reuters > Metro TV*) is the wire's (round 26d, 2nd part)
        for statement in statements:
            while statement.relays and _own_relay(statement.relays[0], own):
                statement.relays = statement.relays[1:]
    body_analysis = Analysis(statements, list(sentences), covering, sentence_relays,
                             "en" if english else "id", actors, agents)
    title_analysis = Analysis([], [], {})
    if title.strip():
        title_context = Context(speakers=[], mentioned=list(context.mentioned),
                                 names=list(context.names), documents=dict(context.documents),
                                 by_word=context.by_word, named_people=context.named_people,
                                 mentioned_people=dict(context.mentioned_people))
        # a headline's forms (``X: …``) stay; its names are read as the body's when it is
        # an English headline written in sentence case
        headline_case = not (english and _sentence_case(title))
        title_reader = Reader(title, True, title_context, own, "en" if english else "id")
        span = (0, len(title))
        short_forms = frozenset(_SHORT_FORM.findall(body))
        title_mentions = find_mentions(title, 0, len(title), title_case=headline_case,
                                       short_forms=short_forms)
        if english:
            title_mentions = english_mentions(title, 0, len(title), title_mentions)
        found = title_reader.statements(span, title_mentions)
        kept, title_unnamed, title_pending = [], [], []
        for statement in found:
            resolved, how = resolve(statement.speaker, statement.start, title_context)
            if resolved is None:
                unnamed_body = _unnamed_speaker(statement)
                if unnamed_body is not None and not english:
                    # "Perusahaan Bantah PHK …", "Kapolres X: Kabar … Tidak Benar"
                    statement.speaker, statement.resolved_by = unnamed_body, "unnamed body"
                    statement.scope = [0]
                    (title_unnamed if statement.verb_class == "denial" else
                     title_pending).append(statement)
                continue
            statement.speaker, statement.resolved_by, statement.scope = resolved, how, [0]
            kept.append(statement)
        title_covering = {0: list(kept)} if kept else {}
        _add_verdicts(title, [span], kept, title_covering, english)
        for statement in title_pending[:1]:
            verdict = _unnamed_verdict(title, [span], statement, title_covering,
                                       kept + title_unnamed)
            if verdict is not None:
                title_unnamed.append(verdict)
        kept.extend(title_unnamed)
        title_analysis = Analysis(kept, [span], title_covering)
    _drop_unnamed_beside_named(body_analysis.statements, title_analysis.statements)
    return body_analysis, title_analysis


_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+|dan\s+)?|\s(?:and|dan|serta|maupun)\s)\s*",
                           re.I)


def _coordinated_deniers(body: str, statement: Statement, resolved: Mention | None,
                         english: bool) -> list[Mention]:
    """The states, bodies or people a denial's group subject joins (*Russia and North Korea
    have denied …*, read as one group): each a speaker of its own, as *Korea Utara dan Rusia
    membantah* gives one row per state; [] for any other statement or when fewer than two
    known members stand in the group's words."""
    if statement.verb_class != "denial" or resolved is None or resolved.kind != "group" or \
            not 0 <= resolved.start < resolved.end <= len(body):
        return []
    members = []
    at = resolved.start
    for part in _COORDINATION.split(body[resolved.start:resolved.end]) + [""]:
        if not part:
            continue
        p_start = body.index(part, at)
        at = p_start + len(part)
        found = find_mentions(body, p_start, at)
        if english:
            found = english_mentions(body, p_start, at, found)
        whole = [m for m in found if m.start == p_start and m.end == at
                 and m.refer in ("", "surname") and m.kind in ("state", "organisation", "person")
                 and m.type not in ("", "unknown")]
        if not whole:
            return []
        members.append(whole[0])
    return members if len(members) >= 2 else []


def _drop_unnamed_beside_named(*fields: list) -> None:
    """An anonymous denial of a body nobody named (:func:`_unnamed_speaker`) only carries a
    denial that no named speaker of the article carries: beside a named denier (*Perusahaan
    Membantah* in the headline, *Manajemen PT X membantah* in the body) it goes, as the
    same side said twice. The lists are changed in place."""
    rows = [st for field_rows in fields for st in field_rows]
    if not any(st.verb_class == "denial" and st.resolved_by not in _UNNAMED for st in rows):
        return
    for field_rows in fields:
        field_rows[:] = [st for st in field_rows if st.resolved_by not in _UNNAMED]


# the anonymous denials only an article without a named denier keeps: a body nobody named,
# the page's own verdict (:func:`_page_verdicts`)
_UNNAMED = ("unnamed body", "page verdict")


def _page_verdicts(field_text: str, sentences, covering: dict, spoken: set, in_furniture,
                   taken: list, quoted, outlet: str) -> list[Statement]:
    """The page's own verdict on what circulates (a fact check: *Klaim bahwa … tidak memiliki
    dasar dan dikategorikan sebagai hoaks*, *produsen hoaks menyebar informasi palsu …*): a
    sentence no speaker's verb stands in and no statement covers, outside quotes and page
    furniture and not a headline repeated in Title Case, whose verdict or negated predicate
    (:func:`disputes.find_dispute`) judges a claim of denial_objects.csv named there (*klaim,
    kabar, informasi, unggahan, narasi*), is the outlet's denial: an anonymous row (no named
    source), kept only where no named speaker of the article denies
    (:func:`_drop_unnamed_beside_named`); one row per article (round 25g).

    >>> body = "Klaim bahwa harga gula naik 40 persen dipastikan hoaks."
    >>> [(st.speaker.canonical, st.verb, st.form) for st in _page_verdicts(
    ...     body, [(0, len(body))], {}, set(), [False], [], None, "Warta Kota")]
    [('Warta Kota', 'hoaks', 'verdict')]
    >>> body = "Harga gula naik 40 persen pekan ini."
    >>> _page_verdicts(body, [(0, len(body))], {}, set(), [False], [], None, "Warta Kota")
    []
    """
    if any(st.verb_class == "denial" for st in taken):
        return []
    for index, (s_start, s_end) in enumerate(sentences):
        if covering.get(index) or index in spoken or in_furniture[index] or \
                _title_case(field_text[s_start:s_end]):
            continue
        cue = page_verdict(field_text, s_start, s_end)
        if cue is None or quoted is not None and quoted.inside(cue.start()):
            continue
        name = outlet.strip() or "redaksi"
        speaker = Mention(cue.start(), cue.end(), name, canonical=name, type="media",
                          kind="group", role="redaksi")
        return [Statement(speaker, " ".join(cue.group(0).strip(" ,").split()).lower(),
                          "denial", "verdict", cue.start(), cue.end(), (s_start, s_end),
                          resolved_by="page verdict", scope=[index], basis="in_sentence")]
    return []


def _title_case(sentence: str) -> bool:
    """A headline repeated in the body (*Sidang Gugatan X, Ahli Sebut Klaim Rp140 Miliar
    Tidak Berdasar*): most of its four or more words capitalised.

    >>> _title_case("Ahli Sebut Klaim Rp140 Miliar Terhadap Warga Tidak Berdasar")
    True
    >>> _title_case("Klaim itu dipastikan hoaks oleh Kominfo.")
    False
    """
    words = [w for w in re.findall(r"[^\W\d_][\w-]*", sentence)]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _unnamed_speaker(statement: Statement) -> Mention | None:
    """The speaker of a statement whose subject or agent is only a body's common noun or a
    bare title that no earlier name resolves (*Kepolisian membantah kabar itu*, *Kabar itu
    dibantah pihak perusahaan*, *Perusahaan Bantah PHK …*, *Kapolres X: Kabar … Tidak
    Benar*) as an anonymous speaker (kind ``group``, as *seorang pejabat*): the caller keeps
    it for a denial only, so the article carries its denial while no named source is made of a
    common noun and the row covers no other sentence. None for any other speaker.

    >>> from newsframe.annotate.mentions import Mention
    >>> body = Mention(0, 10, "Kepolisian", canonical="Kepolisian", kind="organisation",
    ...                refer="head", head="kepolisian")
    >>> found = _unnamed_speaker(Statement(body, "membantah", "denial", "pre_verb", 0, 20,
    ...                                    (0, 36)))
    >>> found.canonical, found.kind, found.refer
    ('kepolisian', 'group', '')
    >>> named = Mention(0, 4, "Rina", canonical="Rina", kind="person")
    >>> _unnamed_speaker(Statement(named, "membantah", "denial", "pre_verb", 0, 14, (0, 30)))
    """
    speaker = statement.speaker
    if not (speaker.kind == "organisation" and speaker.refer == "head" or
            speaker.kind == "person" and speaker.refer == "title"):
        return None
    words = " ".join(speaker.text.lower().split())
    return speaker._replace(canonical=words, name="", kind="group", refer="",
                            type=speaker.type if speaker.type not in ("", "unknown")
                            else institution_type(words), role=words)


def _unnamed_verdict(field_text: str, sentences, statement: Statement, covering: dict,
                     taken: list) -> Statement | None:
    """The verdict (*hoaks, tidak benar* … of :func:`disputes.find_dispute`) of the sentence
    of a statement whose speaker nobody named (:func:`_unnamed_speaker`: *Polisi memastikan
    kabar … hoaks*), as that anonymous speaker's denial; None when a named speaker covers the
    sentence (its verdicts are read as before), a denial row already stands there, or the
    sentence judges no claim."""
    index = statement.scope[0]
    if covering.get(index) or any(st.verb_class == "denial" and index in st.scope
                                  for st in taken):
        return None
    s_start, s_end = sentences[index]
    before = sentences[index - 1] if index else None
    if before is not None and "\n" in field_text[before[1]:s_start]:
        before = None
    cue = find_dispute(field_text, s_start, s_end, before, True)
    if cue is None:
        return None
    return Statement(statement.speaker, " ".join(cue.group(0).strip(" ,").split()).lower(),
                     "denial", "verdict", cue.start(), cue.end(), (s_start, s_end),
                     resolved_by=statement.resolved_by, scope=[index], basis="in_sentence")


@lexicons.cached()
def _english_verdicts() -> tuple[re.Pattern, re.Pattern]:
    """(English words that judge a claim false or inflated — the ``en`` rows of
    data/lexicons/denial_cues.csv —, the English claims they may judge: denial_objects.csv).
    Indonesian disputes are read by :func:`disputes.find_dispute`."""
    table = lexicons.in_language(lexicons.load("denial_cues"), "en")
    cues = lexicons.cue_pattern(table.loc[table["kind"] != "no_to_figure", "cue"])
    objects = list(lexicons.in_language(lexicons.load("denial_objects"), "en")["cue"])
    return cues, lexicons.cue_pattern(objects)


@lexicons.cached()
def _claim_only_verdicts() -> frozenset:
    """English verdicts that judge a claim word of their own sentence only, never a bare
    figure (kind ``verdict_claim`` of data/lexicons/denial_cues.csv: *there is no evidence to
    support the union's claims*, *the allegations were not based on evidence*; *no evidence to
    support giving the drug to children under 5* disputes no claim) (round 26g).

    >>> "not based on evidence" in _claim_only_verdicts()
    True
    """
    table = lexicons.in_language(lexicons.load("denial_cues"), "en")
    return frozenset(" ".join(c.lower().split())
                     for c in table.loc[table["kind"] == "verdict_claim", "cue"])


_CORRECTION = re.compile(r"(?:,\s*|\s)bukan\s+(?:\d[\d.,]*|satu|dua|tiga|empat|lima|enam|tujuh|"
                         r"delapan|sembilan|sepuluh|ratusan|ribuan|puluhan)\b", re.IGNORECASE)


@lexicons.cached()
def _no_to_figure() -> re.Pattern:
    """A colloquial "no" opening a statement, then a figure (``Enggak (sampai 13 juta)``,
    ``Nggak, cuma 40 orang``); *tidak*/*tak* only with a comma or a bracket after them
    (data/lexicons/denial_cues.csv, kind ``no_to_figure``)."""
    table = lexicons.in_language(lexicons.load("denial_cues"), "id")
    words = [w for w in table.loc[table["kind"] == "no_to_figure", "cue"]
             if w not in ("tidak", "tak")]
    figure = (r"(?:(?:sampai|segitu|sebanyak|mencapai|cuma|hanya|lebih\s+dari|kurang\s+dari)"
              r"\s+)?(?:\d|(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|"
              r"seratus|seribu|sejuta|ratusan|ribuan|jutaan)\b)")
    return re.compile(r"(?i)(?:" + "|".join(map(re.escape, words)) + r")\b(?=\s*[,(]?\s*"
                      + figure + r")|(?:tidak|tak)(?=\s*[,(]\s*" + figure + r")")


_OPENING_MARKS = " \"“”'‘’("  # what may stand before the no that opens a sentence


def _no_to_figure_in(field_text: str, s_start: int, s_end: int):
    """The colloquial no of :func:`_no_to_figure` opening the sentence (after its quote
    mark), else None: inside a clause (*jumlahnya tidak sampai 300*) it states a figure."""
    if field_text.find(":", s_start, s_end) == -1:  # no quote opened after a colon: only the
        # sentence's first word may be the no, and the first match the scan would find
        opening = s_start
        while opening < s_end and field_text[opening] in _OPENING_MARKS:
            opening += 1
        return _no_to_figure().match(field_text, opening, s_end)
    for found in _no_to_figure().finditer(field_text, s_start, s_end):
        before = field_text[s_start:found.start()]
        if not before.strip(_OPENING_MARKS) or re.search(r":\s*[\"“]\s*$", before):
            return found
    return None


@lexicons.cached()
def _own_denial() -> re.Pattern:
    """A speaker's own denial or rejection in the first person, inside the words their
    statement covers (``"Kami menolak kenaikan …," kata X``, ``X menegaskan pihaknya menolak
    usulan …``): the denial verbs of data/lexicons/attribution_verbs.csv (a verb that counts
    only with a claim as its object takes one of denial_objects.csv)."""
    table = lexicons.in_language(lexicons.load("attribution_verbs"), "id")
    chosen = table[(table["verb_class"] == "denial") & table["position"].isin(["pre", "object"])
                   & (table["headline"] != "1")]
    free = [v for v, p in zip(chosen["verb"], chosen["position"], strict=True) if p == "pre"]
    bound = [v for v, p in zip(chosen["verb"], chosen["position"], strict=True)
             if p == "object"]
    objects = lexicons.in_language(lexicons.load("denial_objects"), "id")["cue"]
    return re.compile(
        r"(?i)\b(?:kami|kita|saya|aku|pihaknya|pihak\s+kami)\s+(?:(?:dengan\s+)?tegas\s+|"
        r"juga\s+|tetap\s+|sudah\s+|telah\s+|secara\s+tegas\s+)?"
        r"(?:(" + lexicons.trie_regex(free) + r")(?:nya)?\b|(" + lexicons.trie_regex(bound)
        + r")\s+(?:(?:keras|tegas|mentah-mentah)\s+)?(?:" + lexicons.trie_regex(list(objects))
        + r")\b)")


@lexicons.cached()
def _joining() -> tuple[re.Pattern, re.Pattern]:
    """(A sentence joining an earlier speaker's stance: *Senada, …*, *… juga …*; a fact
    denied: *tidak ada, tak pernah*) — data/lexicons/denial_cues.csv, kinds ``joining`` and
    ``denied_fact``."""
    table = lexicons.in_language(lexicons.load("denial_cues"), "id")
    joining = list(table.loc[table["kind"] == "joining", "cue"])
    denied = list(table.loc[table["kind"] == "denied_fact", "cue"])
    return (re.compile(r"(?i)(?<!\w)(?:" + lexicons.trie_regex(joining) + r")(?!\w)"),
            re.compile(r"(?i)(?<!\w)(?:" + lexicons.trie_regex(denied) + r")(?!\w)"))


_PAIR_LINK = re.compile(r"\s*(?:dan|serta|maupun)\s+$", re.IGNORECASE)


def _coordinated_pair(body: str, previous: list[Mention], mentions: list[Mention],
                      before: int) -> list[Mention]:
    """The two states that *kedua negara* (both countries) means: the last pair of states
    joined by *dan, serta, maupun* (*Amerika Serikat dan Korea Selatan*, *baik Moskow maupun
    Pyongyang*; not two of a longer list, *AS, Korsel, dan Ukraina*) before ``before`` in its
    sentence, else in the sentence before; nearest first; [] when there is none (states
    merely named near each other are no pair: the text may mean any two of them)."""
    for window in ([m for m in mentions if m.end <= before], previous):
        states = [m for m in window if m.kind == "state"]
        for first, second in reversed(list(zip(states, states[1:], strict=False))):
            if first.canonical == second.canonical or \
                    not _PAIR_LINK.fullmatch(body[first.end:second.start]):
                continue
            if re.search(r",\s*$", body[max(0, first.start - 3):first.start]):
                continue  # the last two of a list
            return [second, first]
    return []


def _judges_a_claim_en(field_text: str, sentences, index: int) -> bool:
    """An English verdict judges a claim when its sentence names one (an English claim word
    of denial_objects.csv, or a figure), or points back (*that, this, it*) to a sentence
    before it in the same paragraph that does (*… 700 jobs were lost. The ministry said that
    was untrue.*)."""
    _, objects = _english_verdicts()

    def names_one(start: int, end: int) -> bool:
        return objects.search(field_text, start, end) is not None or \
            re.search(r"\d", field_text[start:end]) is not None

    s_start, s_end = sentences[index]
    if names_one(s_start, s_end):
        return True
    if not index or "\n" in field_text[sentences[index - 1][1]:s_start] or \
            not re.search(r"(?i)\b(?:that|this|it|these|those)\b", field_text[s_start:s_end]):
        return False
    return names_one(*sentences[index - 1])


def _joined_denial(field_text: str, s_start: int, s_end: int, source, statements: list):
    """A second speaker joining a denial made before (*Senada, Kepala Dinas X juga
    memastikan tidak ada PHK*): a fact denied (*tidak ada, tak pernah*) after a joining word,
    in a sentence the speaker's statement covers, once another speaker has denied something
    earlier in the same text; the words denying the fact, else None."""
    joining, denied = _joining()
    if not any(st.verb_class == "denial" and st.end <= s_start
               and st.speaker.canonical != source.speaker.canonical for st in statements):
        return None
    joined = joining.search(field_text, s_start, s_end)
    return None if joined is None else denied.search(field_text, joined.end(), s_end)


_QUOTE_OPENS = re.compile(r"\s*[\"\u201c]")


def _quote_paragraph_speaker(field_text: str, sentences, paragraphs, index: int,
                             covering: dict, starts: list | None = None) -> list:
    """The statement a sentence no statement covers speaks in, when it stands in a paragraph
    that is a quote of its own (opening with a quote mark): the quote run's speaker named
    where the run closes (each paragraph of a long quote opens a mark, only the last closes
    it: ``"… false.`` / ``"…," she said.``), else the last speaker of the paragraph right
    before the run (``X said on Monday.`` / ``"The figure is false."``); [] otherwise. Read
    for verdicts only: a figure in such a quote keeps the claimant the claims module gives."""
    s_start = sentences[index][0]
    at = bisect.bisect_right(paragraphs, (s_start, float("inf"))) - 1
    if at < 0 or not paragraphs[at][0] <= s_start < paragraphs[at][1] or \
            not _QUOTE_OPENS.match(field_text, paragraphs[at][0]):
        return []
    starts = [a for a, _b in sentences] if starts is None else starts

    def statements_in(span) -> list:
        # the sentences starting inside the span (sentences in order: two bisections, so a
        # long text costs no pass over all its sentences per paragraph)
        return [st for i in range(bisect.bisect_left(starts, span[0]),
                                  bisect.bisect_left(starts, span[1]))
                for st in covering.get(i, []) if st.form != "verdict"]

    def closes(span) -> bool:
        words = field_text[span[0]:span[1]]
        return "\u201d" in words or words.count('"') % 2 == 0

    # forward: the paragraphs of the same run, up to the one that closes the quote
    run = at
    while not closes(paragraphs[run]) and run + 1 < len(paragraphs) and \
            _QUOTE_OPENS.match(field_text, paragraphs[run + 1][0]) and run - at < 4:
        run += 1
        found = [st for st in statements_in(paragraphs[run]) if st.post]
        if found:
            return found[-1:]
    # backward: over quote paragraphs nobody speaks in, to the paragraph that names a speaker
    back = at - 1
    while back >= 0 and at - back <= 3:
        found = statements_in(paragraphs[back])
        if found:
            return found[-1:]
        if not _QUOTE_OPENS.match(field_text, paragraphs[back][0]):
            return []
        back -= 1
    return []


def _add_verdicts(field_text: str, sentences, statements: list, covering: dict,
                  english: bool = False) -> None:
    """A speaker who judges a claim or a figure false denies it, whatever the verb: a row
    of class ``denial`` and form ``verdict`` for the statement covering a sentence that
    says a claim is ``tidak benar`` / ``tidak masuk akal`` / ``hoaks``, that someone
    ``membesar-besarkan`` a figure, that corrects a figure (``hanya 1, bukan 3``), or that
    opens with a colloquial no to a figure (``Enggak (sampai 13 juta)``)."""
    paragraphs = starts = None
    for index, (s_start, s_end) in enumerate(sentences):
        speakers = [st for st in covering.get(index, []) if st.form != "verdict"]
        in_quote = not speakers
        if not speakers:
            if paragraphs is None:
                paragraphs = text.split_paragraphs(field_text)
                starts = [a for a, _b in sentences]
            speakers = _quote_paragraph_speaker(field_text, sentences, paragraphs, index,
                                                covering, starts)
        if not speakers:
            continue
        # the owner of the words judged (*apa yang dikatakan Y … tidak benar*, *what Y said
        # was false*) judges nothing when another speaker covers the sentence
        speakers = [st for st in speakers if not _says_what_is_judged(field_text, st)] or \
            speakers
        # a medium relaying the statement (*…, as reported by Reuters*, *in a statement
        # published by KCNA*) speaks only when nobody else does
        source = max(speakers, key=lambda st: (st.speaker.type not in ("media", "wire"),
                                               st.scope[0] == index, st.start))
        if any(st.verb_class == "denial" and (st.scope[0] == index or st.speaker.canonical
                                               == source.speaker.canonical)
               for st in speakers):
            continue  # the sentence's own denial verb, or its speaker's: no second row
        if english:
            cues, objects = _english_verdicts()
            cue = cues.search(field_text, s_start, s_end)
            if cue is not None and not _judges_a_claim_en(field_text, sentences, index):
                cue = None  # "the road was not really damaged": no claim judged
            elif cue is not None and " ".join(cue.group(0).lower().split()) in \
                    _claim_only_verdicts() and objects.search(field_text, s_start, s_end) is None:
                cue = None  # "no evidence to support giving it to children under 5": no claim
            own = None
        else:
            before = sentences[index - 1] if index else None
            if before is not None and "\n" in field_text[before[1]:s_start]:
                before = None  # the sentence before in the same paragraph only
            own_words = in_quote or source.scope[0] == index or \
                source.covers.get(index) == "quote"
            cue = find_dispute(field_text, s_start, s_end, before, own_words) or \
                _CORRECTION.search(field_text, s_start, s_end) or \
                _no_to_figure_in(field_text, s_start, s_end)
            after = _rest_of_quote(field_text, sentences, index)
            if cue is None and after is not None:
                # '"Itu hoaks. Tidak ada 70 rumah yang hanyut," kata X': a verdict opening a
                # quote points at what the quote goes on to say
                cue = find_dispute(field_text, s_start, s_end, after, own_words)
            if getattr(cue, "kind", "") == "comparison" and any(
                    cue.start() <= st.start < cue.reach for st in speakers):
                cue = None  # "... lebih tinggi daripada angka yang dipaparkan X": X's own figure
            own = None if cue is not None else _own_denial().search(field_text, s_start, s_end)
            if cue is None and own is None:
                cue = _joined_denial(field_text, s_start, s_end, source, statements)
        cue = cue or own
        if cue is None:
            continue
        words = cue.group(cue.lastindex) if cue is own else cue.group(0)
        verdict = Statement(source.speaker, " ".join(words.strip(" ,").split()).lower(),
                            "denial", "verdict", cue.start(), cue.end(), (s_start, s_end),
                            resolved_by=source.resolved_by, relays=list(source.relays),
                            scope=[index], post=source.post,
                            basis="quote" if in_quote else
                            "in_sentence" if source.scope[0] == index else
                            "quote" if source.covers.get(index) == "quote" else "statement")
        statements.append(verdict)
        if not in_quote:  # a quote paragraph's verdict gives its figures no claimant
            covering.setdefault(index, []).append(verdict)
    statements.sort(key=lambda st: st.start)


_QUOTE_MARKS = "\"“”'‘’"


def _rest_of_quote(field_text: str, sentences, index: int) -> tuple[int, int] | None:
    """The next sentence of the same paragraph when sentence ``index`` opens a quote that
    goes on past it (*"Itu hoaks. Tidak ada 70 rumah …," kata X*): the object a verdict
    pointing back at the quote's topic takes; else None.

    >>> body = '"Itu hoaks. Tidak ada 70 rumah yang hanyut," kata Rina.'
    >>> _rest_of_quote(body, [(0, 11), (12, 55)], 0)
    (12, 55)
    >>> _rest_of_quote('Itu hoaks. Tidak ada 70 rumah.', [(0, 10), (11, 30)], 0)
    """
    if index + 1 >= len(sentences):
        return None
    s_start, s_end = sentences[index]
    opening = field_text[s_start:s_end].lstrip()
    if not opening or opening[0] not in _QUOTE_MARKS or any(
            mark in opening[1:] for mark in _QUOTE_MARKS):
        return None  # not a quote's opening, or a quote closed in the sentence
    after = sentences[index + 1]
    return None if "\n" in field_text[s_end:after[0]] else after


# "apa yang dikatakan Y", "hal yang disampaikan Y", "what Y said": the words said are the
# object of another's statement, a free relative before its speaker or its verb (a bare
# "yang": "…, yang diterbitkan oleh KCNA" names who published the words, not their owner)
_WHAT_IS_SAID = re.compile(r"\b(?:apa|hal)\s+yang\s+$|\bwhat\s+$", re.I)


def _says_what_is_judged(field_text: str, statement: Statement) -> bool:
    """Does ``statement`` stand in a relative clause naming what was said (*apa yang
    disampaikan Budi*, *what Mr. Sen said*): its speaker owns the words another judges.

    >>> from newsframe.annotate.mentions import Mention
    >>> body = "Rina menegaskan apa yang dikatakan Budi tidak benar."
    >>> budi = Mention(35, 39, "Budi", canonical="Budi", kind="person")
    >>> _says_what_is_judged(body, Statement(budi, "dikatakan", "neutral", "passive", 25, 39,
    ...                                      (0, 52)))
    True
    >>> rina = Mention(0, 4, "Rina", canonical="Rina", kind="person")
    >>> _says_what_is_judged(body, Statement(rina, "menegaskan", "booster", "pre_verb", 0, 15,
    ...                                      (0, 52)))
    False
    """
    if statement.form not in ("passive", "pre_verb") or statement.verb_class == "denial":
        return False
    first = min(statement.start, statement.speaker.start) \
        if 0 <= statement.speaker.start else statement.start
    return _WHAT_IS_SAID.search(field_text[max(0, first - 12):first]) is not None


def _in_sentence(statement, mentions: list[Mention]) -> tuple[Mention, str] | None:
    """``warga bernama X … yang menurutnya …``: a "menurutnya" whose sentence names a
    person before it means that person (resolved by the caller otherwise)."""
    speaker = statement.speaker
    if speaker.refer != "pronoun" or statement.verb != "menurut":
        return None
    named = [m for m in mentions if m.kind == "person" and m.name and len(m.name.split()) >= 2
             and m.end <= speaker.start]
    if not named:
        return None
    return named[-1]._replace(start=speaker.start, end=speaker.end, text=speaker.text), \
        f"pronoun: {speaker.text}"


def _unresolved_description_en(statement, mentions: list[Mention]
                               ) -> tuple[Mention, str] | None:
    """*…, the government said* in a sentence that names a country (*killed in floods in
    Chile*) that coreference does not yet know (round 26b, second part): the state or body of
    that sentence, before the description, whose words hold its head word (the country's
    government), else None (the statement is dropped as before: *the ministry said* after a
    ministry's spokeswoman leaves her account to go on; the description itself as a
    fallback listed bare *police* as sources on two pool pages, so it is not taken).

    >>> from types import SimpleNamespace as said_by
    >>> chile = Mention(40, 45, "Chile", name="Chile", canonical="Chile government",
    ...                 kind="state", type="foreign_government")
    >>> said = Mention(60, 74, "the government", canonical="government",
    ...                kind="organisation", refer="head", head="government")
    >>> found = _unresolved_description_en(said_by(speaker=said), [chile, said])
    >>> found[0].canonical, found[0].text, found[1]
    ('Chile government', 'the government', 'head: the government')
    >>> said = said._replace(text="the ministry", canonical="ministry", head="ministry")
    >>> _unresolved_description_en(said_by(speaker=said), [chile, said]) is None
    True
    """
    speaker = statement.speaker
    if speaker is None or speaker.refer != "head" or speaker.kind != "organisation":
        return None
    head_word = (speaker.head.split() or [""])[0]
    before = [m for m in mentions if m.kind in ("state", "organisation") and m.name
              and not m.refer and m.end <= speaker.start and m.type not in ("media", "wire")
              and head_word in re.findall(r"[\w-]+", f"{m.text} {m.canonical}".lower())]
    if not before:
        return None
    return before[-1]._replace(start=speaker.start, end=speaker.end, text=speaker.text), \
        f"head: {speaker.text}"


def _note_documents(body: str, mentions: list[Mention], found: list, context: Context
                    ) -> set:
    """``AS menerbitkan gambar …``: the speaker is the author of that kind of document.
    Returns the document heads published in this sentence."""
    published = set()
    for statement in found:
        if statement.verb not in ("menerbitkan", "merilis", "mempublikasikan",
                                  "mengeluarkan", "melaporkan", "mengumumkan", "published",
                                  "released", "reported", "reports", "wrote", "writes"):
            continue
        after = [m for m in mentions if m.start >= statement.end and m.kind == "document"]
        if statement.speaker is not None and not statement.speaker.refer:
            if after:
                context.documents[after[0].head] = statement.speaker
                published.add(after[0].head)
            context.last_author = statement.speaker
    return published


def _extend_scopes(body: str, sentences, statements, covering, quoted: SortedSpans,
                   english: bool = False) -> None:
    """A statement also covers the sentences of its quote, and the sentence before a
    ``Hal itu dikatakan oleh X`` (a forward anaphor opening its sentence)."""
    paragraphs = text.split_paragraphs(body)
    in_order = SortedSpans(sentences)
    for statement in statements:
        index = statement.scope[0]
        s_start, s_end = sentences[index]
        # only quotes ending at or after the sentence (or the statement) and opening before
        # its end can end at the statement or open right after it
        first = bisect.bisect_left(quoted.ends, min(s_start, statement.end))
        last = bisect.bisect_left(quoted.starts, max(s_end, statement.start + 1))
        for q_start, q_end in quoted.spans[first:last]:
            ends_here = statement.post and s_start <= q_end <= statement.start + 1
            opens_after = statement.form in ("colon", "pre_verb") and \
                statement.end <= q_start < s_end and re.match(r"\s*[:,]?\s*$",
                                                              body[statement.end:q_start])
            if not (ends_here or opens_after):
                continue
            for other in in_order.overlapping(q_start, q_end):
                if other != index and other not in statement.scope:
                    statement.scope.append(other)
                    statement.covers[other] = "quote"
                    covering.setdefault(other, []).append(statement)
        if statement.form == "source_line":
            _cover_list_before(body, sentences, statement, covering)
            continue
        anaphor = _FORWARD_ANAPHOR_EN if english else _FORWARD_ANAPHOR
        announced = english and statement.form == "pre_verb" and _ANNOUNCED_BEFORE.match(
            body, statement.end, s_end) is not None
        if index > 0 and (anaphor.match(body, s_start) or announced) and \
                statement.start - s_start < 80:
            # "Hal itu dikatakan oleh X": the previous sentence, or the previous paragraph
            # when the anaphor opens a paragraph ("Informasi tersebut mencuat setelah X …")
            before = [index - 1]
            paragraph = text.enclosing_span(paragraphs, s_start)
            if paragraph is not None and paragraph[0] == s_start:
                previous = text.enclosing_span(paragraphs, sentences[index - 1][0])
                before = [] if previous is None else list(range(
                    bisect.bisect_left(in_order.starts, previous[0]),
                    bisect.bisect_left(in_order.starts, previous[1])))
                if before and (_CLOSING.match(body, s_start) or announced):
                    before = _closed_account(body, sentences, paragraphs, in_order, covering,
                                             before, english) + before
            for other in before:
                if other not in statement.scope:
                    statement.scope.append(other)
                    statement.covers[other] = "next_sentence" if other == index - 1 else \
                        "next_paragraph"
                    covering.setdefault(other, []).append(statement)


_LIST_LINE = re.compile(r"[ \t]*(?:[-•*–·]|\d{1,2}[.)]|[a-z][.)])[ \t]+\S")
_LIST_LINES = 40  # lines back a closing "Sumber: X" covers at most


def _cover_list_before(body: str, sentences, statement, covering) -> None:
    """``Sumber: Dinas X`` closing a list: the list's lines right before it (bulleted or
    numbered, no other speaker's), up to the line that announces the list (ending in a
    colon) — X's figures (round 20h)."""
    index = statement.scope[0]
    taken: list[int] = []
    cursor = body.rfind("\n", 0, sentences[index][0])  # the end of the line before
    other = index - 1
    for _ in range(_LIST_LINES):
        if cursor <= 0:
            break
        line_start = body.rfind("\n", 0, cursor) + 1
        line = body[line_start:cursor].strip()
        if not line:
            cursor = line_start - 1
            continue
        on_line = []
        while other >= 0 and sentences[other][1] > line_start:
            if sentences[other][0] < line_start:
                return  # a sentence running over lines: no list
            on_line.append(other)
            other -= 1
        if any(i in covering for i in on_line):
            return  # the list (or the line announcing it) is another speaker's
        intro = line.endswith(":")
        if not (intro or _LIST_LINE.match(body, line_start)):
            break
        taken += on_line
        if intro:
            break
        cursor = line_start - 1
    for other in taken:
        statement.scope.append(other)
        statement.covers[other] = "list"
        covering.setdefault(other, []).append(statement)


# "Demikian disampaikan X": the closing words of an account cover the paragraphs before it
_CLOSING = re.compile(r"\s*Demikian\b")
_CLOSED_BLOCKS = 3  # paragraphs back, beyond the one right before, a closing formula covers


def _closed_account(body: str, sentences, paragraphs, in_order, covering, nearest: list,
                    english: bool = False) -> list:
    """The sentences of the paragraphs before ``nearest`` (the paragraph right before a
    ``Demikian disampaikan X``) that the closing formula covers too: back over paragraphs
    that no statement covers (up to :data:`_CLOSED_BLOCKS`), stopping at one that names a
    speaker or opens the outlet's aside (``Sebagai informasi``). Nothing when the paragraph
    right before is itself a statement's or an aside."""
    if any(i in covering for i in nearest) or opens_aside(body, *sentences[nearest[0]],
                                                          "en" if english else "id"):
        return []
    found: list = []
    first = nearest[0]
    for _ in range(_CLOSED_BLOCKS):
        if first == 0:
            break
        paragraph = text.enclosing_span(paragraphs, sentences[first - 1][0])
        if paragraph is None:
            break
        block = list(range(bisect.bisect_left(in_order.starts, paragraph[0]),
                           bisect.bisect_left(in_order.starts, paragraph[1])))
        if not block or any(i in covering for i in block) or \
                opens_aside(body, *sentences[block[0]], "en" if english else "id"):
            break
        found = block + found
        first = block[0]
    return found


@lexicons.cached()
def _asides(language: str = "id") -> re.Pattern:
    """Cues that open the outlet's own aside (``Sebagai informasi``, ``Untuk diketahui``;
    kind ``background`` of data/lexicons/continuation_cues.csv)."""
    table = lexicons.in_language(lexicons.load("continuation_cues"), language)
    cues = table.loc[table["kind"] == "background", "cue"]
    if cues.empty:
        return re.compile(r"(?!)")
    return re.compile(r"\s*(?:" + "|".join(r"\s+".join(map(re.escape, c.split()))
                                         for c in cues) + r")(?![\w-])", re.IGNORECASE)


def opens_aside(field_text: str, start: int, end: int, language: str = "id") -> bool:
    """Does the sentence ``field_text[start:end]`` open the outlet's own aside
    (``Sebagai informasi, …``)?

    >>> opens_aside("Sebagai informasi, tahun lalu ada 90 kasus.", 0, 44)
    True
    """
    return _asides(language).match(field_text, start, end) is not None


def speaker_map(body: str, title: str = "", boilerplate: str = "", outlet: str = ""
                ) -> tuple[Analysis, Analysis]:
    """The statements covering each sentence of the body and of the title (claims use it)."""
    return analyse(body, title, boilerplate, outlet)
