"""Coreference: what an article has said so far, and the antecedent of a pronoun
(*ia, dia, beliau, mereka*, *-nya*), a definite description (*pejabat itu, surat kabar
tersebut, wanita itu*), a document (*laporan tersebut*), a title without a name (*menteri
pertahanan Korea Selatan*) or a bare surname (*Kim*, *Yoon*).

The antecedent is the last compatible speaker, else the last compatible mention in the
body's sentences (never in captions or page furniture); ``resolve`` says how.

>>> from newsframe.annotate.mentions import find_mentions
>>> context = Context()
>>> for mention in find_mentions("Juru bicara Kremlin Dmitry Peskov mengatakan."):
...     register(context, mention, speaker=True)
>>> pronoun = find_mentions("Dia menambahkan.")[0]
>>> resolved, how = resolve(pronoun, 100, context)
>>> resolved.canonical, how
('Dmitry Peskov', 'pronoun: Dia')
"""

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, field

from .. import lexicons
from . import actors, descriptions
from .mentions import Mention

# a document of an authority nobody names ("data resmi", "official figures")
_OFFICIAL = re.compile(r"\b(?:resmi|official)\b", re.I)


@dataclass
class Context:
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
    # the person heading the last sentence that reported nobody (``Bupati X meninjau …``)
    # and the offsets of the next sentence, where "ia", "dia", "-nya" mean that person
    subject: tuple | None = None

    def add_names(self, names: list) -> None:
        self.names += names
        for name in names:
            for word in dict.fromkeys(name.name.lower().replace("-", " ").split()):
                self.by_word.setdefault(word, _InOrder()).append(name)
            remember_person(self.named_people, name)


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


def remember_person(people: dict, mention: Mention) -> None:
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


def resolve(mention: Mention, position: int, context: Context) -> tuple[Mention | None, str]:
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
            org = last(context.mentioned, lambda m, word=word: m.kind == "organisation"
                        and m.type not in ("", "unknown") and (
                            _contains_word(m.text, word.lower()) or m.acronym == word))
            if org is not None:
                found = found._replace(type=org.type, country=found.country or org.country)
                break
    return found, how


def _antecedent(mention: Mention, position: int, context: Context
                ) -> tuple[Mention | None, str]:
    refer = mention.refer
    if not refer:
        return mention, ""
    how = f"{refer}: {mention.text}"
    if refer == "title":
        named = _named_by_title(mention, context)
        if named is None and _bare_title(mention):
            # "Presiden menyampaikan" with no president named: a bare title is no source; as
            # a pronoun, it means the person who spoke last
            named = last(context.speakers, lambda m: m.kind == "person" and m.name)
            return (named._replace(start=mention.start, end=mention.end, text=mention.text)
                    if named is not None else None), how
        return (named._replace(start=mention.start, end=mention.end, text=mention.text), how
                ) if named is not None else (mention._replace(refer=""), "")
    if refer == "body":
        return _described_body(mention, context)
    if refer == "pronoun" and mention.head == "impersonal":
        return last(context.speakers, lambda m: True), how
    if refer == "pronoun" and mention.head in PAIRS:
        return None, how  # two at once: the caller reads the pair (scopes.coordinated_pair)
    if refer == "pronoun":
        if mention.head in ("mereka", "they", "it"):  # Indonesian and English
            # they: a group, a state, an organisation, or a name of one word the article
            # never gives in full ("Lancet")
            found = last(context.speakers, lambda m: m.kind in ("group", "state",
                                                                "organisation", "unknown"))
        else:
            found = _subject_before(position, context) or last(
                context.speakers, lambda m: m.kind == "person" or _bare_name(m)) or last(
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
        if chosen is None and mention.role:
            # "Kepala Bapanas" after "Kepala Badan Pangan Nasional (Bapanas), X Y": the
            # person whose office, in that title, the article shortens so
            chosen = last_of((context.speakers, context.mentioned), lambda m: m.kind ==
                             "person" and bool(m.name) and f"({mention.name})" in m.text
                             and m.text.lower().startswith(mention.role.lower() + " "))
        if chosen is not None:
            return chosen._replace(start=mention.start, end=mention.end, text=mention.text), how
        if mention.known and not _ambiguous_alias(mention.name):
            return mention._replace(refer=""), ""
        # a bare "Kim" the article never names in full: nobody in particular; a one-word
        # name with its title ("Menlu RI Sukarjo") keeps the title, so a later "Menlu RI"
        # means that person
        return mention._replace(refer="", canonical=mention.name, type="unknown",
                                country="", role=mention.role if mention.start < mention.end - len(
                                    mention.name) else "", known=False), ""
    head = mention.head
    head_word = (head.split() or [""])[0]
    if mention.kind == "document":
        author = context.documents.get(head)
        if author is None and _OFFICIAL.search(mention.text):
            # "Data resmi menunjukkan …", "official data show …" with no body named: an
            # unnamed authority's, not the last speaker's (who is quoted on something else):
            # the document itself is all the page names
            return mention._replace(refer=""), how
        if author is None and head in _INTERVIEWS:
            # "Dalam wawancara yang sama, …": an interview is a person's, the one last quoted
            author = last(context.speakers, lambda m: m.kind == "person" and bool(m.name))
        author = author or context.last_author
        if author is None:
            author = last(context.speakers, lambda m: True)
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
        found = last(context.speakers, fits) or last(context.mentioned, fits)
        if found is None and wanted:
            found = last(context.speakers, lambda m: fits(m, strict=False))
        if found is None and (head in _GENERIC_PERSONS or mention.refer == "definite"
                              and mention.kind == "person" and mention.role):
            # "pejabat itu", "wanita itu", and a title no named person bore ("jenderal
            # tersebut", "kakorlantas Polri tersebut" after "Kepala Korlantas Polri …"):
            # the person last quoted
            found = last(context.speakers, lambda m: m.kind == "person" and m.name)
        if found is None and mention.text[:4].lower() == "the ":
            # "the senior official said" with nobody quoted before: itself (round 25b)
            return mention._replace(refer="", role=""), ""
        return found, how
    if mention.type == "media" or head in ("surat kabar", "media", "situs", "kantor berita",
                                           "harian", "koran", "majalah", "televisi"):
        def medium(m):
            return m.type in ("media", "wire") or m.kind == "organisation" and \
                _contains_word(_head_words(m), head_word)
        found = last(context.mentioned, medium) or last(context.speakers, medium)
        found = last(context.mentioned, lambda m: m.type in ("media", "wire")) or found
        return found, how
    found = last(context.speakers, lambda m: m.kind == "organisation" and _contains_word(
        _head_words(m), head_word)) or _quoted_kin(head_word, context) or last(
        context.mentioned, lambda m: m.kind in ("organisation", "state")
        and _contains_word(_head_words(m), head_word) and m.type not in ("media", "wire"))
    # ("… told Xinhua. The agency said …": a news agency only named, never quoted, is whom
    # the speaker told, not "the agency"; a medium that spoke is among the speakers)
    if found is None and head_word in _head_kin():
        # "polisi menemukan …" after "Polres Sari …": the force named before, by the words
        # data/lexicons/head_kin.csv gives its head (round 18b)
        kin = _head_kin()[head_word]
        found = last_of((context.speakers, context.mentioned), lambda m: m.kind ==
                        "organisation" and bool(m.name) and any(w in kin for w in re.findall(
                            r"[\w-]+", m.text.lower())))
    if found is None and head in _GENERIC_ORGS:
        # "lembaga itu", "badan tersebut": the organisation last quoted
        found = last(context.speakers, lambda m: m.kind == "organisation")
        if found is None and head in descriptions.GENERIC_BODIES:
            # "the agency said" after "a report by the U.N. High Commission for Refugees":
            # the body last named, quoted or not
            found = last(context.mentioned, lambda m: m.kind == "organisation" and bool(m.name))
    if found is None and head in _regional_bodies() and mention.text[:1].isupper():
        # "Disnaker mencatat …" in an article that never names its place: the body itself
        return mention._replace(refer="", name=mention.text, canonical=mention.text), ""
    return found, how


def _described_body(mention: Mention, context: Context) -> tuple[Mention | None, str]:
    """*The fire bureau said* after *the Manila Fire and Rescue Bureau*, *the health ministry*
    after *the Ministry of Health*, *the wildlife agency* after *the Kenya Wildlife Service*:
    the body named last whose name holds every word of the description before its head, and
    its head too unless that is a word for any body (*agency*, *body*); with none, the
    description itself (*the weather agency* after a disaster agency is another body), as
    *badan tersebut* is resolved by its words in Indonesian (round 25b, second part).

    >>> from newsframe.annotate.mentions import Mention
    >>> named = Mention(0, 30, "Manila Fire and Rescue Bureau", kind="organisation",
    ...                 name="Manila Fire and Rescue Bureau",
    ...                 canonical="Manila Fire and Rescue Bureau")
    >>> context = Context(mentioned=[named])
    >>> fire = Mention(40, 55, "The fire bureau", kind="organisation", name="fire bureau",
    ...                canonical="fire bureau", refer="body", head="bureau")
    >>> _described_body(fire, context)[0].canonical
    'Manila Fire and Rescue Bureau'
    >>> weather = fire._replace(name="weather bureau", canonical="weather bureau")
    >>> _described_body(weather, context)[0].canonical, _described_body(weather, context)[1]
    ('weather bureau', '')
    """
    words = mention.canonical.lower().split()
    head = mention.head.lower().split()
    modifiers = words[:len(words) - len(head)]
    generic = " ".join(head) in descriptions.GENERIC_BODIES

    def holds(m):
        if m.kind != "organisation" or not m.name or m.refer or m.start == mention.start or \
                m.type in ("media", "wire"):
            return False
        name = m.name.lower()
        return bool(modifiers) and all(_contains_word(name, w) for w in modifiers) and (
            generic or all(_contains_word(name, w) for w in head))
    found = last_of((context.speakers, context.mentioned), holds)
    if found is None:
        return mention._replace(refer=""), ""
    return found._replace(start=mention.start, end=mention.end, text=mention.text), \
        f"body: {mention.text}"


@lexicons.cached()
def _regional_bodies() -> frozenset:
    """Short names of regional bodies (data/lexicons/place_words.csv ``regional_body``:
    *Dinkes, Disnaker, Pemkab*), which name their place when they can."""
    table = lexicons.load("place_words")
    return frozenset(w.lower() for w in table.loc[table["category"] == "regional_body", "word"])


_GENERIC_PERSONS = frozenset({"pejabat", "pejabat senior", "pejabat tinggi", "official",
                              "wanita", "perempuan", "pria", "laki-laki", "tokoh", "sumber",
                              "diplomat"})
@lexicons.cached()
def _head_kin() -> dict[str, frozenset]:
    """The generic head of a description (*polisi*) and the first words of the named bodies
    it may mean (*polres, polda, satresnarkoba*): data/lexicons/head_kin.csv."""
    table = lexicons.load("head_kin")
    return {head: frozenset(group["kin"].str.lower()) for head, group in table.groupby("head")}


def _quoted_kin(head_word: str, context: Context) -> Mention | None:
    """The body last quoted whose name holds a word data/lexicons/head_kin.csv gives the
    description's head (round 22m): *the central bank projects …* after *the Bank of
    Thailand (BOT) said …* is that bank, not an earlier *Thailand's central bank* only
    mentioned."""
    kin = _head_kin().get(head_word)
    if not kin:
        return None

    def named(m):  # the name, the canonical name and what an acronym stands for
        full = context.acronyms.get(m.name)
        return f"{m.text} {m.name} {m.canonical} {full.text if full else ''}".lower()
    return last(context.speakers, lambda m: m.kind == "organisation" and bool(m.name) and any(
        w in kin for w in re.findall(r"[\w-]+", named(m))))


_GENERIC_ORGS = frozenset({"lembaga", "badan", "organisasi", "institusi", "pihak", "kelompok",
                           "tim", "kantor", "layanan"}) | descriptions.GENERIC_BODIES


@lexicons.cached(maxsize=4096)
def _title_key(role: str) -> str:
    """The title words of a role, without the actors it names and without determiners:
    ``menteri pertahanan Korea Selatan`` → ``menteri pertahanan``."""
    stripped = role
    for match in sorted(actors.find_actors(role), key=lambda m: -m.start):
        stripped = stripped[:match.start] + " " + stripped[match.end:]
    words = [w for w in re.findall(r"[\w-]+", stripped.lower())
             if w not in ("seorang", "sebuah", "salah", "satu", "para", "di", "dari")]
    # a title shortened (*Menlu*, *Dubes*) is the same title as written out in full
    full = _title_abbreviations()
    return " ".join(full.get(w, w) for w in words)


@lexicons.cached()
def _title_abbreviations() -> dict[str, str]:
    """Shortened titles and the titles they stand for (data/lexicons/title_abbreviations.csv:
    ``menlu`` → ``menteri luar negeri``)."""
    table = lexicons.load("title_abbreviations")
    return dict(zip(table["abbreviation"].str.lower(), table["title"].str.lower(), strict=True))


def _named_by_title(mention: Mention, context: Context) -> Mention | None:
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
    if not candidates:
        candidates = _holding_a_longer_title(key, mention, context)
    if len(candidates) > 1 and _bare_title(mention):
        # "Presiden" after two presidents are named: the one named last
        recent = [p for p in context.mentioned_people.values() if p.canonical in candidates]
        return recent[-1] if recent else None
    return next(iter(candidates.values())) if len(candidates) == 1 else None


def _holding_a_longer_title(key: str, mention: Mention, context: Context) -> dict:
    """The people whose title holds every word of a shortened title of two words or more,
    the same head word first (a headline's *Kepala Intelijen Ukraina* and the body's
    *kepala badan intelijen militer Ukraina, Kyrylo Budanov*): asked only when no title
    is the same or a part of it from its start.

    >>> from newsframe.annotate.mentions import Mention
    >>> context = Context()
    >>> budanov = Mention(0, 5, "Budanov", name="Kyrylo Budanov", canonical="Kyrylo Budanov",
    ...                   kind="person", role="kepala badan intelijen militer Ukraina")
    >>> context.named_people["kyrylo budanov"] = budanov
    >>> list(_holding_a_longer_title("kepala intelijen", budanov, context))
    ['Kyrylo Budanov']
    >>> list(_holding_a_longer_title("wakil intelijen", budanov, context))
    []
    """
    words = key.split()
    if len(words) < 2:
        return {}
    found = {}
    for person in itertools.chain(context.named_people.values(),
                                  context.mentioned_people.values()):
        if mention.country and person.country and mention.country != person.country:
            continue
        for held in _held_titles(person.role, person.known, person.canonical):
            title = held.split()
            if title[0] == words[0] and set(words) <= set(title):
                found[person.canonical] = person
    return found


def _bare_title(mention: Mention) -> bool:
    """A title of one word with nothing that says whose (``Presiden``, ``Kepala``, ``Plt``)."""
    return len(mention.text.split()) == 1 and not mention.country


def _last_speaker_named(context: Context, word: str, test) -> Mention | None:
    """``last(context.speakers, test)`` for a ``test`` that holds only for people whose
    name holds ``word``: only those speakers are looked at."""
    speakers = context.speakers
    for index in reversed(context.speaker_words.get(word, ())):
        if index < len(speakers) - LOOKBACK:
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


LOOKBACK = 300  # mentions: how far back an antecedent is looked for. No seed article
# holds half as many, so this bounds only the work on a huge text (one failing search per
# pronoun or description would otherwise read the whole text before it)


_INTERVIEWS = frozenset({"wawancara", "interview"})  # a person's, never a body's
PAIRS = ("kedua negara", "kedua pemerintah")  # pronouns meaning the two states named last


def _subject_before(position: int, context: Context) -> Mention | None:
    """The person heading the sentence just before ``position``'s when that sentence
    reported nobody (``Bupati Sri meninjau posko. Ia mengatakan …``): else None."""
    if context.subject is None:
        return None
    mention, start, end = context.subject
    return mention if start <= position < end else None


def last(items, test):
    for item in itertools.islice(reversed(items), LOOKBACK):
        if item is not None and test(item):
            return item
    return None


def last_of(lists, test):
    """``last(lists[0] + lists[1] + …, test)`` without joining the lists: a huge text's
    mentions run to tens of thousands, and a copy of them all for each description or title
    looked up this way would make its reading grow with the square of its length (issue 27).

    >>> last_of(([1, 2], [3, 4]), lambda n: n < 3), last_of(([1], []), lambda n: n > 1)
    (2, None)
    """
    budget = LOOKBACK
    for items in reversed(lists):
        for item in itertools.islice(reversed(items), budget):
            if item is not None and test(item):
                return item
        budget -= min(budget, len(items))
        if not budget:
            break
    return None


def _bare_name(mention: Mention) -> bool:
    """A speaker named by one word alone that no lexicon knows, in mixed case (*Ketua RT
    setempat, Darto, menyebut …*): a person, whom a later *ia* or *dia* means; an
    acronym's capitals (*BMKG*) or a known body's name are no person's.

    >>> from newsframe.annotate.mentions import find_mentions
    >>> [_bare_name(m) for m in find_mentions("Ketua RW setempat, Darto, menyebut.")]
    [False, True]
    """
    name = mention.name or ""
    return mention.kind == "unknown" and not mention.known and len(name.split()) == 1 and \
        len(name) >= 3 and name[0].isupper() and name[1:].islower() and name.isalpha()


def register(context: Context, mention: Mention | None, speaker: bool = False) -> None:
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
        remember_person(context.mentioned_people, mention)
