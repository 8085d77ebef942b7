"""Who is quoted, cited, relayed or denies, with which verb — and who said each sentence.

``extract_attributions`` reads the title and every body sentence for the attribution forms
Indonesian news uses (verbs and their classes are in data/lexicons/attribution_verbs.csv):

* a speaker before a reporting verb: ``Gedung Putih pada Jumat (13/10/2023) mengatakan``,
  ``Kim Yo Jong, sekali lagi membantah``, ``Baik Kremlin mau pun Korea Utara, yang …,
  membantah`` (one row per speaker), and a second predicate of the same subject
  (``Putin berterima kasih …, dan mengatakan``, ``…, dengan mengatakan``);
* a speaker after the verb: ``"…," kata Kirby``, ``…, tulis NK News``, ``ungkap
  departemen tersebut``, ``katanya`` (-nya: the last speaker);
* ``menurut X`` (a medium named so beside another speaker is that speaker's relay);
* a speaker and a colon before a statement (``Kirby: "…"``, a headline ``AS: …``);
* passives with an agent: ``diungkapkan oleh X``, ``dibantah oleh X``; ``Dikatakan, …``
  at the start of a sentence continues the last speaker;
* relays: ``seperti dilansir AP``, ``dikutip dari Euronews``, ``mengutip Yonhap``, ``X yang
  mengutip Y``, ``laporan yang dilihat oleh Reuters``, ``dalam wawancara dengan X``, a
  medium's ``…, VOA melaporkan.`` after another speaker, a ``Sumber: X`` line;
* denials in every form (``membantah``, ``menyangkal``, ``menepis``, ``menampik``,
  ``menolak (keras) tuduhan …``, ``dibantah oleh``, headline ``Bantah``); a negated verb
  (``tidak membantah``, ``menolak untuk membantah``) is no statement.

Speakers are mentions (:mod:`newsframe.annotate.mentions`): known names are normalised through
data/lexicons/actors.csv, unknown ones are kept as written with a type inferred from their
title. Pronouns (*ia, dia, beliau*, *-nya*), definite descriptions (*pejabat itu, surat kabar
tersebut, wanita itu*), documents (*laporan tersebut*, *menurut gambar …*) and bare surnames
(*Kim*) are resolved against the article — the last compatible speaker, else the last
compatible mention in the body's sentences, never in captions or page furniture — and
``resolved_by`` says how.

Each statement also covers the text it attributes (``speaker_map``): its sentence, a quote
running over several sentences, the previous sentence for ``Hal itu dikatakan oleh X``;
claims take their claimant from it (:mod:`newsframe.annotate.claims`).

>>> import pandas as pd
>>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "body": [
...     '"Kami mengutuk," kata Kirby, seperti dilansir AP. Korea Utara membantah.']})
>>> columns = ["source", "verb_class", "quote_type", "relayed_by"]
>>> extract_attributions(arts)[columns].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
[['John Kirby', 'neutral', 'direct', 'Associated Press'],
 ['North Korea government', 'denial', 'indirect', '']]
"""

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, field

import pandas as pd

from .. import lexicons
from ..lang import text
from . import actors
from .mentions import Mention, find_mentions

COLUMNS = ["article_id", "outlet", "source", "source_type", "source_kind", "source_text",
           "country", "role", "verb", "verb_class", "form", "resolved_by", "quote_type",
           "anonymous", "relayed_by", "in_title", "sentence", "start", "end"]
VERB_CLASSES = ("neutral", "booster", "distancing", "denial")
QUOTE_TYPES = ("direct", "indirect", "mixed")
FORMS = ("pre_verb", "post_verb", "menurut", "colon", "passive", "predicate", "impersonal",
         "document", "relayed", "relay_only", "continued_quote")

_OPEN_QUOTES = "“«"
_CLOSE_QUOTES = "”»"
_QUOTE_CHAR = re.compile("[\"" + _OPEN_QUOTES + _CLOSE_QUOTES + "]")
_NEGATION = re.compile(r"(?:\b(?:tidak|tak|belum|enggan|bukan|tanpa)\s+(?:pernah\s+|mau\s+|"
                       r"ingin\s+)?|\bmenolak\s+untuk\s+|\benggan\s+untuk\s+)$", re.I)
_WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_SPEAKER_KINDS = ("person", "organisation", "state", "group", "unknown", "document")
_FORWARD_ANAPHOR = re.compile(
    r"\s*(?:Hal|Informasi|Kabar|Pernyataan|Data|Temuan|Keterangan|Laporan|Penilaian|Angka|"
    r"Jumlah|Perkiraan|Estimasi|Tuduhan|Klaim)\s+"
    r"(?:itu|tersebut|ini)\b|\s*Demikian\b", re.I)
_IMPERSONAL = re.compile(r"\s*(Dikatakan|Disebutkan|Ditambahkan|Dijelaskan|Diungkapkan|"
                         r"Dilaporkan)\s*(?:,|\s+bahwa\b)")
_CONJUNCTION = re.compile(r"(?:,|\s)\s*(?:dan|maupun|mau\s+pun|serta)\s*$|,\s*$", re.I)
_PREDICATE_LINK = re.compile(r"(?:,\s*|\s)(?:dan|serta|lalu|kemudian|sambil|seraya|dengan|"
                             r"sekaligus|seraya)\s*$|,\s*$", re.I)
_RELATIVE_BEFORE_VERB = re.compile(
    r",\s*(?:yang|dalam|saat|ketika|seusai|usai|setelah|di\s+sela|kepada|melalui|lewat)\s"
    r"[^,\"“”]{1,120},\s*$")
_AFTER_VERB = re.compile(r"(?:^|\s)(?:(?:me\w+|ber\w+|ke|dari|di|untuk|kepada|dengan|atas|"
                         r"terhadap|oleh|bagi|pada|antara|soal)|(?:di|dari|ke|untuk|kepada|"
                         r"dengan|terhadap|bagi|antara)\s+[a-z]\w+)\s+$", re.I)
_RELAY_CUE = re.compile(r"(?i)(?<![\w-])(?:(?:seperti|sebagaimana)\s+)?"
                        r"(dilansir|melansir|dikutip|mengutip)(?:\s+(?:dari|oleh))?\s+")
_DOCUMENT_CUE = re.compile(r"\s*(dalam|berdasarkan|merujuk\s+pada|mengacu\s+pada)\s+"
                           r"(?:sebuah\s+)?")
_INTERVIEW = re.compile(r"(?i)\bdalam\s+(?:sebuah\s+)?wawancara\s+(?:dengan|bersama)\s+")
_YANG_MENGUTIP = re.compile(r"\s*,?\s*yang\s+mengutip\s+")
_SOURCE_LINE = re.compile(r"(?im)^[ \t]*(?:\w+:[ \t]*)?Sumber[ \t]*:?[ \t]*(.*?)[ \t]*$")
_BULLET = re.compile(r"^[\s•·*-]+")


# ---------------------------------------------------------------------------- lexicons

@lexicons.cached()
def _verb_lexicon() -> tuple[dict, dict]:
    table = lexicons.load("attribution_verbs")
    verbs = {}
    headline = {}
    for row in table.to_dict("records"):
        verb = row["verb"].lower()
        verbs[verb] = (row["verb_class"], row["position"], row["subject"])
        headline[verb] = row["headline"] == "1"
    return verbs, headline


@lexicons.cached()
def _patterns() -> dict[str, re.Pattern]:
    verbs, headline = _verb_lexicon()
    by_position: dict[str, list[str]] = {}
    for verb, (_, position, _) in verbs.items():
        by_position.setdefault(position, []).append(verb)
    return {
        "pre": re.compile(r"(?<![\w-])(" + lexicons.trie_regex(
            by_position["pre"] + by_position["object"]) + r")(?![\w-])"),
        # in a headline the base forms stand before the object too: "Shin Ungkap …"
        "headline": re.compile(r"(?<![\w-])(" + lexicons.trie_regex(
            by_position["pre"] + by_position["object"]
            + [v for v in by_position["post"] if headline[v]]) + r")(?![\w-])"),
        # after a quote or clause: ", kata X", "”, ujarnya"
        "post": re.compile(r"(?:[,\"'”’]|\s-)\s*(?:(?:demikian|begitu)\s+)?("
                           + lexicons.trie_regex(by_position["post"]) + r")(nya)?(?![\w-])"),
        "menurut": re.compile(r"(?<![\w-])(menurut)(nya)?(?![\w-])"),
        # "dikatakan oleh X", and the agent without "oleh": "disampaikan Kim dalam …"
        "passive": re.compile(r"(?<![\w-])(" + lexicons.trie_regex(by_position["passive"])
                              + r")\s+(?:oleh\s+)?(?=[A-Z]|(?:para|seorang|sejumlah)\s)", re.I),
        "relay_passive": re.compile(r"(?<![\w-])(" + lexicons.trie_regex(
            [v for v in by_position["relay"] if v.startswith("di") and v not in (
                "dilansir", "dikutip")]) + r")\s+(?:oleh\s+)?(?=[A-Z]|(?:para|seorang)\s)",
            re.I),
    }


@lexicons.cached()
def _cue_set(name: str) -> frozenset:
    return frozenset(" ".join(c.lower().split()) for c in lexicons.load(name)["cue"])


def _denial_objects() -> frozenset:
    return _cue_set("denial_objects")


@lexicons.cached()
def _adverbial() -> re.Pattern:
    adverbs = sorted(_cue_set("adverbs"), key=len, reverse=True)
    return re.compile(
        r"(?:\s+(?:" + "|".join(a.replace(" ", r"\s+") for a in adverbs) + ")"
        r"|\s*,?\s*(?:pada\s+)?(?:hari\s+)?(?:" + "|".join(_WEEKDAYS) + ")"
        r"(?:\s+(?:pagi|siang|sore|malam|dini\s+hari))?(?:\s*\([\d/]+\))?\s*,?"
        r"|\s*,?\s*pada\s+(?:bulan\s+|tanggal\s+)?\w+(?:\s+\w+)?(?:\s+\d{4})?\s*,?"
        r"|\s*,?\s*(?:pekan|bulan|tahun|minggu)\s+(?:lalu|ini|depan)\s*,?"
        r"|\s*\([\d/]+\)\s*,?)$", re.IGNORECASE)


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


# ---------------------------------------------------------------------------- quotes

def quote_spans(body: str) -> list[tuple[int, int]]:
    """Spans of quoted text (quote marks included), paired within each paragraph.

    Straight ``"`` toggles, curly ``“`` opens and ``”`` closes; an unclosed quote runs to the
    end of its paragraph.

    >>> quote_spans('A "satu" b “dua” c "tiga”.')
    [(2, 8), (11, 16), (19, 25)]
    """
    spans = []
    for para_start, para_end in text.split_paragraphs(body):
        opened = None
        for match in _QUOTE_CHAR.finditer(body, para_start, para_end):
            char, index = match.group(0), match.start()
            if opened is None and (char in _OPEN_QUOTES or char == '"'):
                opened = index
            elif opened is not None and (char in _CLOSE_QUOTES or char == '"'):
                spans.append((opened, index + 1))
                opened = None
        if opened is not None:
            spans.append((opened, para_end))
    return spans


class SortedSpans:
    """Sorted, non-overlapping spans (quotes, sentences) looked up by bisection, so a text
    with thousands of them costs no scan of all of them per question."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]

    def inside(self, offset: int) -> bool:
        """Some span has ``start < offset < end``."""
        index = bisect.bisect_left(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]

    def overlapping(self, start: int, end: int) -> range:
        """Indices of the spans with ``span_start < end`` and ``span_end > start``."""
        return range(bisect.bisect_right(self.ends, start), bisect.bisect_left(self.starts, end))

    def last_end_at_most(self, offset: int) -> int | None:
        """The largest span end ``<= offset``, else None."""
        index = bisect.bisect_right(self.ends, offset) - 1
        return self.ends[index] if index >= 0 else None


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


@dataclass
class Analysis:
    """The statements of one text and, per sentence, the statements covering it."""

    statements: list
    sentences: list
    covering: dict  # sentence index -> statements that cover it
    relays: dict = field(default_factory=dict)  # sentence index -> relay media named there


@dataclass
class _Context:
    """What the article has said so far, for resolving pronouns and descriptions."""

    speakers: list = field(default_factory=list)  # resolved speaker Mentions, in order
    mentioned: list = field(default_factory=list)  # resolved Mentions of body sentences
    names: list = field(default_factory=list)  # full names (two or more words) in the text
    documents: dict = field(default_factory=dict)  # document head -> its author Mention
    acronyms: dict = field(default_factory=dict)  # "RUSI" -> the mention it abbreviates
    last_author: Mention | None = None  # who last published a document
    # name word -> the full names holding it, in text order (bare surnames look them up)
    by_word: dict = field(default_factory=dict)
    # the people of ``names`` and of ``mentioned``, one per reading (all fields but the
    # offsets and the words), in the order of their last mention (titles look them up)
    named_people: dict = field(default_factory=dict)
    mentioned_people: dict = field(default_factory=dict)
    # name word -> indices in ``speakers`` of the people speaking under a name holding it
    speaker_words: dict = field(default_factory=dict)

    def add_names(self, names: list) -> None:
        self.names += names
        for name in names:
            for word in dict.fromkeys(name.name.lower().replace("-", " ").split()):
                self.by_word.setdefault(word, _InOrder()).append(name)
            _remember_person(self.named_people, name)


class _InOrder:
    """Mentions in text order with their starts, for "the last one before an offset"."""

    def __init__(self):
        self.mentions: list = []
        self.starts: list = []
        self.ascending = True  # starts never decrease (else lookups scan)

    def append(self, mention: Mention) -> None:
        if self.starts and mention.start < self.starts[-1]:
            self.ascending = False
        self.mentions.append(mention)
        self.starts.append(mention.start)

    def last_before(self, position: int) -> Mention | None:
        """The last mention (in list order) that starts before ``position``."""
        if self.ascending:
            index = bisect.bisect_left(self.starts, position)
            return self.mentions[index - 1] if index else None
        return next((m for m in reversed(self.mentions) if m.start < position), None)


def _remember_person(people: dict, mention: Mention) -> None:
    if mention.kind == "person" and mention.name:
        reading = mention[3:]  # all but start, end and text
        people.pop(reading, None)
        people[reading] = mention


def _similar(a: str, b: str) -> bool:
    """Equal, or one typing slip apart for words of eight letters or more
    (``departermen`` / ``departemen``)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 8 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    index = 0
    while index < len(a) and a[index] == b[index]:
        index += 1
    return a[index + (len(a) == len(b)):] == b[index + 1:]


@functools.lru_cache(maxsize=65536)
def _contains_word(phrase: str, word: str) -> bool:
    parts = _word_set(phrase)
    return word in parts or len(word) >= 8 and any(_similar(part, word) for part in parts)


@functools.lru_cache(maxsize=8192)
def _word_set(phrase: str) -> frozenset:
    return frozenset(re.findall(r"[\w-]+", phrase.lower()))


def _head_words(mention: Mention) -> str:
    return f"{mention.text} {mention.role} {mention.canonical}".lower()


def _resolve(mention: Mention, position: int, context: _Context) -> tuple[Mention | None, str]:
    """The antecedent of a pronoun, description, document or surname (``mention`` itself
    when nothing needs resolving), its type inferred from its title where unknown."""
    found, how = _antecedent(mention, position, context)
    if found is not None and found.kind in ("person", "group") and found.type in (
            "", "unknown") and found.role:
        # "seorang juru bicara kementerian", "juru bicara HUR": the organisation named in
        # the article gives the type
        for word in re.findall(r"[\w-]+", found.role):
            if word.lower() in ("juru", "bicara", "kepala", "peneliti", "utama", "senior"):
                continue
            org = _last(context.mentioned, lambda m, word=word: m.kind == "organisation"
                        and m.type not in ("", "unknown") and (
                            _contains_word(m.text, word.lower()) or m.acronym == word))
            if org is not None:
                found = found._replace(type=org.type, country=found.country or org.country)
                break
    return found, how


def _antecedent(mention: Mention, position: int, context: _Context
                ) -> tuple[Mention | None, str]:
    refer = mention.refer
    if not refer:
        return mention, ""
    how = f"{refer}: {mention.text}"
    if refer == "title":
        named = _named_by_title(mention, context)
        return (named._replace(start=mention.start, end=mention.end, text=mention.text), how
                ) if named is not None else (mention._replace(refer=""), "")
    if refer == "pronoun" and mention.head == "impersonal":
        return _last(context.speakers, lambda m: True), how
    if refer == "pronoun":
        if mention.head == "mereka":
            found = _last(context.speakers, lambda m: m.kind in ("group", "state",
                                                                 "organisation"))
        else:
            found = _last(context.speakers, lambda m: m.kind == "person") or _last(
                context.mentioned[-6:], lambda m: m.kind == "person")
        return found, how
    if refer == "surname":
        token = mention.name.lower()

        def holds(m):
            return m.kind == "person" and m.name.lower() != token and \
                token in m.name.lower().replace("-", " ").split()
        # the speaker last quoted under that name, else the last full name before, else after
        chosen = _last_speaker_named(context, token, holds)
        if chosen is None and token in context.by_word:
            # the full names holding the word (each of two words or more, so all hold it)
            full = context.by_word[token]
            chosen = full.last_before(position) or full.mentions[0]
        acronym = context.acronyms.get(mention.name)
        if chosen is None and acronym is not None:  # "RUSI" after "… Institute (RUSI)"
            chosen = acronym
        if chosen is not None:
            return chosen._replace(start=mention.start, end=mention.end, text=mention.text), how
        if mention.known and not _ambiguous_alias(mention.name):
            return mention._replace(refer=""), ""
        # a bare "Kim" the article never names in full: nobody in particular
        return mention._replace(refer="", canonical=mention.name, type="unknown",
                                country="", role="", known=False), ""
    head = mention.head
    head_word = (head.split() or [""])[0]
    if mention.kind == "document":
        author = context.documents.get(head) or context.last_author
        if author is None:
            author = _last(context.speakers, lambda m: True)
        return author, how
    if mention.kind in ("person", "group"):
        gendered = {"wanita": "female", "perempuan": "female", "nyonya": "female",
                    "pria": "male", "laki-laki": "male", "tuan": "male", "bapak": "male"}
        wanted = gendered.get(head)

        def fits(m, strict=True):
            if m.kind not in ("person", "group"):
                return False
            if wanted:  # a woman named as one first, else a person not named as a man
                return m.kind == "person" and (m.gender == wanted if strict else
                                               m.gender in ("", wanted))
            return _contains_word(_head_words(m), head_word)
        found = _last(context.speakers, fits) or _last(context.mentioned, fits)
        if found is None and wanted:
            found = _last(context.speakers, lambda m: fits(m, strict=False))
        if found is None and head in _GENERIC_PERSONS:
            # "pejabat itu", "wanita itu": the person last quoted
            found = _last(context.speakers, lambda m: m.kind == "person" and m.name)
        return found, how
    if mention.type == "media" or head in ("surat kabar", "media", "situs", "kantor berita",
                                           "harian", "koran", "majalah", "televisi"):
        def medium(m):
            return m.type in ("media", "wire") or m.kind == "organisation" and \
                _contains_word(_head_words(m), head_word)
        found = _last(context.mentioned, medium) or _last(context.speakers, medium)
        found = _last(context.mentioned, lambda m: m.type in ("media", "wire")) or found
        return found, how
    found = _last(context.speakers, lambda m: m.kind == "organisation" and _contains_word(
        _head_words(m), head_word)) or _last(
        context.mentioned, lambda m: m.kind in ("organisation", "state")
        and _contains_word(_head_words(m), head_word))
    if found is None and head in _GENERIC_ORGS:
        # "lembaga itu", "badan tersebut": the organisation last quoted
        found = _last(context.speakers, lambda m: m.kind == "organisation")
    return found, how


_GENERIC_PERSONS = frozenset({"pejabat", "pejabat senior", "pejabat tinggi", "wanita",
                              "perempuan", "pria", "laki-laki", "tokoh", "sumber", "diplomat"})
_GENERIC_ORGS = frozenset({"lembaga", "badan", "organisasi", "institusi", "pihak", "kelompok",
                           "tim", "kantor", "layanan"})


@lexicons.cached(maxsize=4096)
def _title_key(role: str) -> str:
    """The title words of a role, without the actors it names and without determiners:
    ``menteri pertahanan Korea Selatan`` → ``menteri pertahanan``."""
    stripped = role
    for match in sorted(actors.find_actors(role), key=lambda m: -m.start):
        stripped = stripped[:match.start] + " " + stripped[match.end:]
    words = [w for w in re.findall(r"[\w-]+", stripped.lower())
             if w not in ("seorang", "sebuah", "salah", "satu", "para", "di", "dari")]
    return " ".join(words)


def _named_by_title(mention: Mention, context: _Context) -> Mention | None:
    """The one person the article names who holds the title of a title-only mention
    (``kata menteri pertahanan Korea Selatan`` and ``Shin Won-sik`` in the same article),
    by the title written beside the name or the lexicon's titles of that person."""
    key = _title_key(mention.role or mention.text)
    if not key:
        return None
    candidates = {}
    longer = key + " "
    for person in itertools.chain(context.named_people.values(),
                                  context.mentioned_people.values()):
        if mention.country and person.country and mention.country != person.country:
            continue
        if any(h == key or h.startswith(longer) or key.startswith(h + " ")
               for h in _held_titles(person.role, person.known, person.canonical)):
            candidates[person.canonical] = person
    return next(iter(candidates.values())) if len(candidates) == 1 else None


def _last_speaker_named(context: _Context, word: str, test) -> Mention | None:
    """``_last(context.speakers, test)`` for a ``test`` that holds only for people whose
    name holds ``word``: only those speakers are looked at."""
    speakers = context.speakers
    for index in reversed(context.speaker_words.get(word, ())):
        if index < len(speakers) - _LOOKBACK:
            break
        if test(speakers[index]):
            return speakers[index]
    return None


@lexicons.cached(maxsize=4096)
def _held_titles(role: str, known: bool, canonical: str) -> tuple[str, ...]:
    """The title keys a person holds: the title written beside the name, and the actors
    lexicon's titles of a known person."""
    held = [_title_key(role)] if role and not known else []
    held += list(actors.titles_of(canonical)) if known else []
    held += [_title_key(role)] if known and role else []
    return tuple(h for h in held if h)


def _ambiguous_alias(name: str) -> bool:
    from .mentions import _is_ambiguous

    return _is_ambiguous(name)


_LOOKBACK = 300  # mentions: how far back an antecedent is looked for. No seed article
# holds half as many, so this bounds only the work on a huge text (one failing search per
# pronoun or description would otherwise read the whole text before it)


def _last(items, test):
    for item in itertools.islice(reversed(items), _LOOKBACK):
        if item is not None and test(item):
            return item
    return None



# ---------------------------------------------------------------------------- reading

_ADVERBIAL_REACH = 80  # characters: the longest adverbial ("pada Kamis (4/1/2024)") and more


def _strip_adverbials(body: str, floor: int, cursor: int) -> int:
    """Move ``cursor`` left over adverbials, dates and a relative clause between a speaker
    and its verb (``Kremlin langsung``, ``Gedung Putih pada Kamis (4/1/2024)``,
    ``Korea Utara, yang mempererat hubungan …,``)."""
    pattern = _adverbial()
    for _ in range(8):
        head = body[floor:cursor]
        stripped = head.rstrip()
        # adverbials and clauses end right before the verb: look only at the last words
        match = pattern.search(stripped, max(0, len(stripped) - _ADVERBIAL_REACH))
        if match and match.start() > 0:
            stripped = stripped[:match.start()]
        relative = _RELATIVE_BEFORE_VERB.search(stripped, max(0, len(stripped) - 160))
        if relative:
            stripped = stripped[:relative.start()]
        stripped = stripped.rstrip()
        if stripped.endswith(","):
            stripped = stripped[:-1].rstrip()
        if len(stripped) == len(head):
            break
        cursor = floor + len(stripped)
    return cursor


def _ending_at(mentions: list[Mention], cursor: int, body: str) -> Mention | None:
    for mention in mentions:
        if mention.end == cursor or (mention.end < cursor and
                                     not body[mention.end:cursor].strip(" ),")):
            return mention
    return None


def _subjects(body: str, mentions: list[Mention], floor: int, verb_start: int
              ) -> list[Mention]:
    """The speakers whose phrase ends right before a verb, coordinated ones included
    (``Korea Selatan dan Amerika Serikat``, ``Baik X maupun Y``)."""
    cursor = _strip_adverbials(body, floor, verb_start)
    candidates = [m for m in mentions if floor <= m.start and m.end <= cursor]
    first = _ending_at(candidates[::-1], cursor, body)
    if first is None or first.kind not in _SPEAKER_KINDS + ("pronoun",):
        return []
    if first.kind == "pronoun":
        return [first]
    relative = re.search(r"\byang\s+(?:\w+\s+){0,2}$", body[first.end:verb_start])
    if not relative and _AFTER_VERB.search(body[max(floor, first.start - 30):first.start]):
        return []  # "mengunjungi Rusia": an object, not a subject ("laporan X yang
        # menyatakan" is a subject)
    found = [first]
    while True:
        link = _CONJUNCTION.search(body, floor, found[-1].start)
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
    return found[::-1]


def _clause_subject(body: str, mentions: list[Mention], floor: int, verb_start: int
                    ) -> Mention | None:
    """The subject of the sentence's first clause, for a second predicate of it
    (``Putin berterima kasih …, dan mengatakan``; ``…, dengan mengatakan``)."""
    if not _PREDICATE_LINK.search(body, floor, _strip_adverbials(body, floor, verb_start)):
        return None
    for mention in mentions:
        if mention.start < floor or mention.end > verb_start or mention.kind not in \
                _SPEAKER_KINDS or mention.kind == "document":
            continue
        after = re.match(r"[\s,]*(?:\(\w+\)\s*)?([\w-]+)", body[mention.end:verb_start])
        word = after.group(1).lower() if after else ""
        if re.match(r"(?:me|mem|men|meng|meny|ber|ter)\w{3,}", word) or word in (
                _verb_lexicon()[0]):
            if not _AFTER_VERB.search(body[max(floor, mention.start - 30):mention.start]):
                return mention
    return None


def _starting_at(mentions: list[Mention], position: int, body: str, limit: int
                 ) -> Mention | None:
    """The mention right after a verb or cue (spaces and ``dari`` between are allowed)."""
    for mention in mentions:
        if position <= mention.start < limit and not body[position:mention.start].strip():
            return mention
    return None


def _comma_before(body: str, end: int) -> bool:
    """``body[:end].rstrip().endswith(",")`` without copying the text before ``end``."""
    index = end - 1
    while index >= 0 and body[index].isspace():
        index -= 1
    return index >= 0 and body[index] == ","


def _speaker_kind(mention: Mention | None) -> bool:
    return mention is not None and mention.kind in _SPEAKER_KINDS


class _Reader:
    """Reads the statements of one text, sentence by sentence (see the module docstring)."""

    def __init__(self, body: str, title_case: bool, context: _Context | None = None,
                 own: frozenset = frozenset()):
        self.body = body
        self.own = own  # the outlet's own names: an interview "dengan Tribunjateng.com" is
        # the outlet itself, not a relay
        self.title_case = title_case
        self.lowered = text.lower_keeping_offsets(body)
        self.quotes = quote_spans(body)
        self.quoted = SortedSpans(self.quotes)
        self.context = context if context is not None else _Context()
        self.verbs, self.headline = _verb_lexicon()
        self.last_relays: list = []
        self._found: dict = {}  # pattern name -> (its matches in the whole text, starts, ends)
        self.salient: list = []  # subjects of negated verbs ("Peskov menolak untuk …")
        self.next_end = 0  # where the next sentence ends

    def matches(self, name: str, pattern: re.Pattern, start: int, end: int,
                lowered: bool = True) -> list:
        """``pattern``'s matches inside ``[start, end)``: the whole text is scanned once per
        pattern (an article has dozens of sentences)."""
        found = self._found.get(name)
        if found is None:
            matches = list(pattern.finditer(self.lowered if lowered else self.body))
            # matches do not overlap: starts and ends both ascend
            found = (matches, [m.start() for m in matches], [m.end() for m in matches])
            self._found[name] = found
        matches, starts, ends = found
        return matches[bisect.bisect_left(starts, start):bisect.bisect_right(ends, end)]

    def statements(self, sentence: tuple[int, int], mentions: list[Mention]) -> list:
        body, lowered = self.body, self.lowered
        s_start, s_end = sentence
        patterns = _patterns()
        found: list[Statement] = []
        used_verbs: set[int] = set()

        def add(speaker, verb, start, end, form, post=False, verb_class=None):
            if not _speaker_kind(speaker) and speaker.kind != "pronoun":
                return None
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
            used_verbs.add(match.start(1))
            if match.group(2):  # katanya
                pronoun = Mention(match.start(1), match.end(2), body[match.start(1):match.end(2)],
                                  "", "", "", "pronoun", "", "", "", False, "pronoun", "nya",
                                  "")
                add(pronoun, verb, match.start(1), match.end(2), "post_verb", post=True)
                continue
            speaker = _starting_at(mentions, match.end(1), body, s_end)
            if (speaker is None or not speaker.name) and self.next_end > s_end and \
                    body[s_end - 1] not in ".!?\"”":
                # "kata juru bicara Dewan Keamanan Nasional\n\nGedung Putih Adrienne Watson,":
                # a line cut inside the speaker's title
                joined = find_mentions(body, match.end(1), self.next_end)
                speaker = _starting_at(joined, match.end(1), body, self.next_end) or speaker
            if speaker is not None and not self.quoted.inside(speaker.start):
                add(speaker, verb, match.start(1), speaker.end, "post_verb", post=True)
        # menurut X, menurutnya
        for match in self.matches("menurut", patterns["menurut"], s_start, s_end):
            if self.quoted.inside(match.start()):
                continue
            if match.group(2):
                pronoun = Mention(match.start(1), match.end(2), body[match.start(1):match.end(2)],
                                  "", "", "", "pronoun", "", "", "", False, "pronoun", "nya",
                                  "")
                add(pronoun, "menurut", match.start(1), match.end(2), "menurut")
                continue
            speaker = _starting_at(mentions, match.end(1), body, s_end)
            if speaker is not None:
                add(speaker, "menurut", match.start(1), speaker.end, "menurut")
        # "Dalam lembar fakta Departemen Luar Negeri AS …", "berdasarkan laporan X": the
        # document's author speaks
        # (at the start of the sentence, the document closing with a comma)
        match = _DOCUMENT_CUE.match(lowered, s_start, s_end)
        if match:
            speaker = _starting_at(mentions, match.end(), body, s_end)
            if speaker is not None and speaker.head and speaker.kind != "document" and \
                    re.match(r"\s*(?:,|yang\s[^,]{0,80},)", body[speaker.end:s_end]):
                add(speaker, speaker.head, match.start(1), speaker.end, "document")
        # passive with an agent: "dikatakan oleh X", "dibantah oleh X"
        for match in self.matches("passive", patterns["passive"], s_start, s_end, False):
            if self.quoted.inside(match.start()):
                continue
            speaker = _starting_at(mentions, match.end(), body, s_end)
            if speaker is not None:
                used_verbs.add(match.start(1))
                add(speaker, match.group(1).lower(), match.start(1), speaker.end, "passive")
        # speaker before the verb
        name = "headline" if self.title_case else "pre"
        for match in self.matches(name, patterns[name], s_start, s_end):
            verb = match.group(1)
            if match.start(1) in used_verbs or self.quoted.inside(match.start()):
                continue
            klass, position, subject_kind = self.verbs[verb]
            if position == "object":
                if not self._rejects_a_claim(match.end(), s_end):
                    continue
            if _NEGATION.search(lowered, max(s_start, match.start() - 30), match.start()):
                # no statement, but the subject stays the one a later "ia" means
                subject = _subjects(body, mentions, s_start, _NEGATION.search(
                    lowered, max(s_start, match.start() - 30), match.start()).start())
                self.salient += subject
                continue
            floor = s_start  # never read a speaker out of a quote
            q_end = self.quoted.last_end_at_most(match.start())
            if q_end is not None and q_end > floor:
                floor = q_end
            bound = list(re.finditer(r"\b(?:bahwa|karena|sehingga)\b|;",
                                     lowered[floor:match.start()]))
            if bound:
                floor += bound[-1].end()
            speakers = _subjects(body, mentions, floor, match.start())
            if subject_kind == "document":  # "laporan itu menunjukkan": a document shows
                speakers = [m for m in speakers if m.head and m.kind != "pronoun"]
                if not speakers:
                    continue
            if speakers:
                for speaker in speakers:
                    add(speaker, verb, speaker.start, match.end(1), "pre_verb")
                continue
            subject = _clause_subject(body, mentions, floor, match.start())
            if subject is not None:
                add(subject, verb, match.start(1), match.end(1), "predicate")
        # a speaker and a colon before a statement: Kirby: "…"; headline "AS: …"
        colon = body.find(":", s_start, s_end)
        while colon != -1:
            follows_quote = re.match(r"\s*[\"“]", body[colon + 1:colon + 4])
            if (follows_quote or self.title_case) and not self.quoted.inside(colon):
                speaker = _ending_at([m for m in mentions if m.end <= colon][::-1], colon,
                                     body)
                opens = speaker is not None and (not body[s_start:speaker.start].strip(" -–—")
                                                 or _comma_before(body, speaker.start))
                if opens or (speaker is not None and follows_quote):
                    if not any(s.start <= speaker.start < s.end for s in found):
                        add(speaker, "", speaker.start, colon, "colon")
            colon = body.find(":", colon + 1, s_end)
        # "Dikatakan, …" at the start of a sentence: the last speaker goes on
        impersonal = _IMPERSONAL.match(body, s_start, s_end)
        if impersonal and not found:
            pronoun = Mention(impersonal.start(1), impersonal.end(1), impersonal.group(1), "",
                              "", "", "pronoun", "", "", "", False, "pronoun", "impersonal", "")
            add(pronoun, impersonal.group(1).lower(), impersonal.start(1), impersonal.end(1),
                "impersonal")
        relays = self._relays(sentence, mentions, found)
        self.last_relays = [medium for _, medium, _ in relays]
        return self._finish(found, relays, sentence)

    def _rejects_a_claim(self, verb_end: int, limit: int) -> bool:
        """``menolak (keras) tuduhan …``: a rejection with a claim as its object."""
        words = re.findall(r"[\w-]+", self.lowered[verb_end:min(limit, verb_end + 40)])[:3]
        objects = _denial_objects()
        return any(w in objects for w in words[:2]) or (
            len(words) > 2 and words[0] in ("keras", "mentah-mentah", "tegas")
            and words[1] in objects)

    def _relays(self, sentence, mentions, found) -> list[tuple[int, Mention, str]]:
        """(position, medium, cue) of every relay cue in the sentence."""
        body = self.body
        s_start, s_end = sentence
        relays = []
        for match in self.matches("relay", _RELAY_CUE, s_start, s_end, False):
            if self.quoted.inside(match.start()):
                continue
            verb = match.group(1).lower()
            target = _starting_at(mentions, match.end(), body, s_end)
            if target is None:
                continue
            if target.kind == "document" and not target.known:
                target = self._document_source(target, mentions, s_end) or target
            if verb == "mengutip":
                subject = _subjects(body, mentions, s_start, match.start())
                if not subject:
                    post = [s for s in found if s.post and s.end <= match.start() + 1 and
                            _YANG_MENGUTIP.match(body, s.end)]
                    subject = [post[-1].speaker] if post else []
                if subject and target.kind != "document" or subject and target.known:
                    # "X mengutip Y": Y speaks, X relays
                    for statement in found:
                        if statement.speaker in subject:
                            statement.relays.append(statement.speaker)
                            statement.speaker = target
                            statement.form = "relayed"
                        elif statement.speaker.start == target.start:  # "Y yang mengatakan"
                            statement.relays += subject
                    if not any(s.speaker.start == target.start for s in found):
                        item = Statement(target, "mengutip", "neutral", "relayed",
                                         subject[0].start, target.end, sentence)
                        item.relays.append(subject[0])
                        found.append(item)
                    continue
            relays.append((match.start(), target, verb))
        for match in self.matches("interview", _INTERVIEW, s_start, s_end, False):
            target = _starting_at(mentions, match.end(), body, s_end)
            if target is not None:
                relays.append((match.start(), target, "wawancara"))
        for match in self.matches("relay_passive", _patterns()["relay_passive"], s_start, s_end,
                                  False):
            target = _starting_at(mentions, match.end(), body, s_end)
            if target is not None and not self.quoted.inside(match.start()):
                relays.append((match.start(), target, match.group(1).lower()))
        return relays

    def _document_source(self, document, mentions, limit):
        """``data yang diperoleh oleh C4ADS``: who the document is from."""
        match = re.match(r"\s+(?:yang\s+)?(?:di\w+\s+)?(?:oleh|dari)\s+", self.body[
            document.end:limit])
        if match:
            return _starting_at(mentions, document.end + match.end(), self.body, limit)
        return None

    def _finish(self, found, relays, sentence) -> list[Statement]:
        # a medium's "…, VOA melaporkan." or "menurut Yonhap" beside another speaker relays
        others = [s for s in found if not (s.speaker.type in ("media", "wire") and (
            s.form == "menurut" or s.form == "pre_verb" and s.verb in _REPORT_VERBS))]
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
        relays = [r for r in relays if _squeeze(r[1].canonical) not in self.own]
        found = [s for s in found if not (s.form == "relay_only" and _squeeze(
            s.speaker.canonical) in self.own)]
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


_REPORT_VERBS = frozenset({"melaporkan", "memberitakan", "mewartakan", "mengabarkan",
                           "menulis", "tulis"})


# ---------------------------------------------------------------------------- article

def _furniture(body: str, start: int, end: int) -> bool:
    """A paragraph that is page furniture, not text: a caption, a teaser headline, a credit
    (short, no closing punctuation)."""
    line = body[start:end].strip()
    if not line:
        return True
    if line[-1] in ".!?\"”’…)" and not line.endswith(("))", ". )")):
        return False
    return len(line.split()) <= 25


def _article_relay(boilerplate: str, body: str) -> Mention | None:
    """The medium of a ``Sumber: X`` line (in the body or the boilerplate column)."""
    for chunk in (boilerplate, body):
        lines = (chunk or "").split("\n")
        for index, line in enumerate(lines):
            match = _SOURCE_LINE.match(line)
            if not match or len(line) > 80:
                continue
            value = _BULLET.sub("", match.group(1)).strip()
            if not value and index + 1 < len(lines):
                value = _BULLET.sub("", re.sub(r"^\w+:\s*", "", lines[index + 1])).strip()
            if not value or re.match(r"(?i)(foto|photo)\b", value):
                continue
            found = find_mentions(value)
            if found:
                return found[0]
            return Mention(0, len(value), value, value, value, "unknown", "organisation", "",
                           "", "", False, "", "", "")
    return None


def _register(context: _Context, mention: Mention | None, speaker: bool = False) -> None:
    if mention is None:
        return
    if mention.acronym and mention.name:
        context.acronyms.setdefault(mention.acronym, mention)
    if speaker:
        if mention.kind == "person":
            for word in dict.fromkeys(mention.name.lower().replace("-", " ").split()):
                context.speaker_words.setdefault(word, []).append(len(context.speakers))
        context.speakers.append(mention)
    if mention.kind not in ("pronoun",) and not mention.refer:
        context.mentioned.append(mention)
        _remember_person(context.mentioned_people, mention)


def _squeeze(name: str) -> str:
    """A name in lower-case letters and digits only (``TRIBUNJATENG.COM`` →
    ``tribunjatengcom``), for comparing an outlet's spellings."""
    return re.sub(r"[^\w]|_", "", name.lower())


def _own_names(outlet: str, body: str) -> frozenset:
    """The outlet's own names: its name and the words of the dateline that opens the body
    (``TRIBUNJATENG.COM, SEMARANG -``), with and without a domain ending."""
    names = {outlet} if outlet else set()
    dateline = re.match(r"\s*([^\n]{2,80}?)\s(?:-{1,2}|–|—)\s", body)
    if dateline:
        names |= {part for part in re.split(r"[,(]\s*", dateline.group(1)) if part.strip()}
    squeezed = {_squeeze(n) for n in names if _squeeze(n)}
    return frozenset(squeezed | {re.sub(r"(?:com|coid|co|id|tv)$", "", n) for n in squeezed})


@lexicons.cached(maxsize=1024)
def analyse(body: str, title: str = "", boilerplate: str = "", outlet: str = ""
            ) -> tuple[Analysis, Analysis]:
    """The statements of an article's body and title (remembered: claims and attributions
    both ask). Returns ``(body analysis, title analysis)``."""
    context = _Context()
    own = _own_names(outlet, body)
    sentences = text.split_sentences(body)
    paragraphs = text.split_paragraphs(body)
    furniture = {p for p in paragraphs if _furniture(body, *p)}
    in_furniture = []
    for s, _e in sentences:
        paragraph = text.enclosing_span(paragraphs, s)
        in_furniture.append(paragraph in furniture)
    reader = _Reader(body, False, context, own)
    per_sentence = [find_mentions(body, s, e) for s, e in sentences]
    for mentions, skip in zip(per_sentence, in_furniture, strict=True):
        if not skip:
            context.add_names([m for m in mentions if m.kind == "person" and len(
                m.name.split()) >= 2])
    statements = []
    covering: dict[int, list] = {}
    sentence_relays: dict[int, list] = {}
    for index, ((s_start, s_end), mentions) in enumerate(zip(sentences, per_sentence,
                                                              strict=True)):
        reader.salient = []
        reader.next_end = sentences[index + 1][1] if index + 1 < len(sentences) else s_end
        found = reader.statements((s_start, s_end), mentions)
        for subject in reader.salient:
            _register(context, _resolve(subject, subject.start, context)[0], speaker=True)
        if reader.last_relays:
            sentence_relays[index] = [r for r in (_resolve(m, s_start, context)[0]
                                                  for m in reader.last_relays) if r]
        published = _note_documents(body, mentions, found, context)
        for statement in found:
            if statement.speaker.kind == "document" and statement.speaker.head in published:
                continue  # "… mengeluarkan pernyataan mengecam": the statement just published
            resolved, how = _resolve(statement.speaker, statement.start, context)
            if resolved is None:
                continue
            statement.speaker, statement.resolved_by = resolved, how
            statement.relays = [r for r in (_resolve(m, statement.start, context)[0]
                                            for m in statement.relays) if r is not None]
            statement.scope = [index]
            statements.append(statement)
            covering.setdefault(index, []).append(statement)
            _register(context, resolved, speaker=True)
        if not in_furniture[index]:
            for mention in mentions:
                resolved = _resolve(mention, mention.start, context)[0] if mention.refer \
                    else mention
                if mention.kind == "document" and resolved is not None and \
                        not mention.refer and mention.known:
                    context.documents[mention.head] = resolved
                _register(context, resolved)
    _extend_scopes(body, sentences, statements, covering, reader.quoted)
    article = _article_relay(boilerplate, body)
    if article is not None:
        for statement in statements:
            if statement.speaker.canonical != article.canonical and all(
                    r.canonical != article.canonical for r in statement.relays):
                statement.relays.insert(0, article)
    body_analysis = Analysis(statements, list(sentences), covering, sentence_relays)
    title_analysis = Analysis([], [], {})
    if title.strip():
        title_context = _Context(speakers=[], mentioned=list(context.mentioned),
                                 names=list(context.names), documents=dict(context.documents),
                                 by_word=context.by_word, named_people=context.named_people,
                                 mentioned_people=dict(context.mentioned_people))
        title_reader = _Reader(title, True, title_context, own)
        span = (0, len(title))
        found = title_reader.statements(span, find_mentions(title, 0, len(title),
                                                            title_case=True))
        kept = []
        for statement in found:
            resolved, how = _resolve(statement.speaker, statement.start, title_context)
            if resolved is None:
                continue
            statement.speaker, statement.resolved_by, statement.scope = resolved, how, [0]
            kept.append(statement)
        title_analysis = Analysis(kept, [span], {0: kept} if kept else {})
    return body_analysis, title_analysis


def _note_documents(body: str, mentions: list[Mention], found: list, context: _Context
                    ) -> set:
    """``AS menerbitkan gambar …``: the speaker is the author of that kind of document.
    Returns the document heads published in this sentence."""
    published = set()
    for statement in found:
        if statement.verb not in ("menerbitkan", "merilis", "mempublikasikan",
                                  "mengeluarkan", "melaporkan", "mengumumkan"):
            continue
        after = [m for m in mentions if m.start >= statement.end and m.kind == "document"]
        if statement.speaker is not None and not statement.speaker.refer:
            if after:
                context.documents[after[0].head] = statement.speaker
                published.add(after[0].head)
            context.last_author = statement.speaker
    return published


def _extend_scopes(body: str, sentences, statements, covering, quoted: SortedSpans) -> None:
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
        if index > 0 and _FORWARD_ANAPHOR.match(body, s_start) and \
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
            for other in before:
                if other not in statement.scope:
                    statement.scope.append(other)
                    statement.covers[other] = "next_sentence" if other == index - 1 else \
                        "next_paragraph"
                    covering.setdefault(other, []).append(statement)


# ---------------------------------------------------------------------------- tables

def _quote_type(body: str, quoted: SortedSpans, sent: tuple[int, int], statement: Statement
                ) -> str:
    in_sentence = [quoted.spans[i] for i in quoted.overlapping(*sent)]
    if not in_sentence:
        return "indirect"
    if statement.post:
        return "direct"
    if any(0 <= s - statement.end <= 3 for s, _ in in_sentence):
        return "direct"  # Kirby: "…"
    return "mixed"


def _rows(article_id: str, outlet: str, field_text: str, analysis: Analysis,
          in_title: bool) -> list[dict]:
    quoted = SortedSpans(quote_spans(field_text))
    rows = []
    for statement in analysis.statements:
        speaker = statement.speaker
        s_start, s_end = statement.sentence
        rows.append({
            "article_id": article_id, "outlet": outlet, "source": speaker.canonical,
            "source_type": speaker.type or "unknown", "source_kind": speaker.kind,
            "source_text": " ".join(field_text[statement.start:statement.end].split()),
            "country": speaker.country, "role": speaker.role, "verb": statement.verb,
            "verb_class": statement.verb_class, "form": statement.form,
            "resolved_by": statement.resolved_by,
            "quote_type": _quote_type(field_text, quoted, statement.sentence, statement),
            "anonymous": speaker.kind == "group",
            "relayed_by": " > ".join(dict.fromkeys(r.canonical for r in statement.relays)),
            "in_title": in_title, "sentence": field_text[s_start:s_end],
            "start": statement.start, "end": statement.end,
        })
    return rows


def _continued_quotes(rows: list[dict], body: str) -> list[dict]:
    """A paragraph that is only a quote, right after a direct quote, continues its speaker."""
    quote_at = {}
    for quote in quote_spans(body):
        quote_at.setdefault(quote[0], quote)
    sentences = text.split_sentences(body)
    paragraphs = text.split_paragraphs(body)
    attributed = {text.enclosing_span(paragraphs, r["start"]) for r in rows}
    # rows come in text order; if not, every row is looked at (same result, slower)
    starts = [r["start"] for r in rows]
    ordered = all(a <= b for a, b in zip(starts, starts[1:], strict=False))
    extra, extra_starts = [], []
    for index, (p_start, p_end) in enumerate(paragraphs):
        if index == 0 or body[p_start] not in "\"“" or (p_start, p_end) in attributed:
            continue
        quote = quote_at.get(p_start)
        if quote is None or body[quote[1]:p_end].strip(" .,"):
            continue
        window, previous_start = paragraphs[max(0, index - 2)][0], paragraphs[index - 1][0]
        # the rows starting in [window, p_start), the extra rows after the others
        near = (rows[bisect.bisect_left(starts, window):bisect.bisect_left(starts, p_start)]
                if ordered else rows) + extra[bisect.bisect_left(extra_starts, window):]
        previous = [r for r in near if window <= r["start"] < p_start
                    and r["quote_type"] == "direct" and (
                        r["start"] >= previous_start or index >= 2 and r["end"] > previous_start)]
        if not previous:
            continue
        base = previous[-1]
        sent = text.enclosing_span(sentences, p_start) or (p_start, p_end)
        extra.append({**base, "quote_type": "direct", "form": "continued_quote",
                      "source_text": " ".join(body[quote[0]:quote[1]].split()),
                      "sentence": body[sent[0]:sent[1]], "start": quote[0], "end": quote[1]})
        extra_starts.append(quote[0])
    return sorted(rows + extra, key=lambda r: (r["in_title"] is False, r["start"], r["end"]))


_DTYPES = {"start": "int64", "end": "int64", "anonymous": "bool", "in_title": "bool"}


def _empty(columns) -> pd.DataFrame:
    dtypes = {**_DTYPES, "depth": "int64", "n_statements": "int64"}
    return pd.DataFrame({c: pd.Series(dtype=dtypes.get(c, "str")) for c in columns})


def extract_attributions(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per attributed statement in the articles' titles and bodies.

    Columns: see docs/tables/attributions.md. ``start``/``end`` are offsets into ``body``
    (into ``title`` where ``in_title``) of the attribution expression (speaker and verb, or
    the quote of a continued quote paragraph).

    >>> arts = pd.DataFrame({"article_id": ["a"], "body": ["Menurut para analis, AS mengklaim."]})
    >>> extract_attributions(arts)[["source", "verb", "anonymous"]].values.tolist()
    [['analysts', 'menurut', True], ['US government', 'mengklaim', False]]
    """
    rows = []
    columns = ["article_id", "outlet", "title", "body", "boilerplate", "status"]
    for record in text.records(articles, columns):
        body = record.get("body") or ""
        if not isinstance(body, str) or not body.strip() or record.get("status") == "error":
            continue
        title = record.get("title") if isinstance(record.get("title"), str) else ""
        article_id, outlet = str(record["article_id"]), str(record.get("outlet") or "")
        body_analysis, title_analysis = analyse(body, title or "",
                                                str(record.get("boilerplate") or ""), outlet)
        found = _rows(article_id, outlet, title, title_analysis, True) if title else []
        body_rows = _rows(article_id, outlet, body, body_analysis, False)
        rows += found + [r for r in _continued_quotes(body_rows, body)]
    if not rows:
        return _empty(COLUMNS)
    return pd.DataFrame(rows, columns=COLUMNS).astype(_DTYPES)


def speaker_map(body: str, title: str = "", boilerplate: str = "", outlet: str = ""
                ) -> tuple[Analysis, Analysis]:
    """The statements covering each sentence of the body and of the title (claims use it)."""
    return analyse(body, title, boilerplate, outlet)


# ---------------------------------------------------------------------------- per article


