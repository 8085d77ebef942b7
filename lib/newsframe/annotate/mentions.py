"""Mentions of people, organisations, media and groups, found by a small grammar of
Indonesian noun phrases — with or without the actors lexicon.

A sentence is cut into noun phrases: capitalised words (names), the title, organisation,
media, think-tank and document words of data/lexicons/mention_words.csv with their
modifiers, a leading determiner (*seorang*, *para*), a trailing definite marker (*itu*,
*tersebut*), an acronym in brackets (``Center for Advanced Defense Studies (C4ADS)``) and
appositives (``Kepala Staf Gabungan Korea Selatan (JCS), Kim Myung-soo,`` or
``John Kirby, juru bicara …,``). Each phrase is then read as one mention:

- a name the actors lexicon knows is normalised (``Kirby`` → John Kirby); the longest match
  wins, and a short alias inside a longer name is not that person (``Kim Yo Jong`` is not
  Kim Jong Un: it is kept as its own, unknown person);
- an unknown name is kept as it is written, its type inferred from its title or head word
  (``Wakil Menteri Luar Negeri Korea Utara …, Kim Jong Gyu`` is a North Korean official,
  ``lembaga think tank CSIS`` a think tank, ``surat kabar Inggris The Guardian`` a medium);
- a title without a name (``menteri pertahanan Korea Selatan``), a group (``para pejabat``),
  a pronoun (*dia*) or a definite description (*surat kabar tersebut*) is a mention that the
  attribution layer resolves against the article (:mod:`newsframe.annotate.sources`).

>>> [(m.name or m.text, m.kind, m.type) for m in find_mentions(
...     "Adik perempuan Kim Jong Un, Kim Yo Jong, membantah.")]
[('Kim Yo Jong', 'person', 'kp_government')]
>>> [(m.canonical, m.role) for m in find_mentions("kata Juru Bicara Kremlin Dmitry Peskov.")]
[('Dmitry Peskov', 'Juru Bicara Kremlin')]
"""

import bisect
import functools
import re
from typing import NamedTuple

from .. import lexicons
from ..read import urls
from . import actors

TITLE_HEADS = ("title", "relation", "person_noun")
_OFFICE_HEADS = TITLE_HEADS + ("org", "org_name")  # a title or an organisation word
HEADS = TITLE_HEADS + ("group_title", "org", "org_name", "media", "think_tank", "document",
                       "place", "law")
# capitalised words, hyphenated or with inner dots/apostrophes ("Won-sik", "Kompas.com"),
# numbers, and single punctuation marks
# A full stop typed without its space between a lower-case word end and a capitalised word
# ("Pulau Jeju.Militer Korea …", as lang/text.py cuts the sentence there) ends the word.
_INNER = r"(?:[\w'’]|(?:-|(?<![a-z]{2})\.|\.(?![A-Z][a-z]{2}))(?=[^\W_]))"
_TOKEN = re.compile(r"[^\W_]" + _INNER + r"*|[^\w\s]")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.-]{1,9}")
# an academic or professional degree written with full stops (M.Kes, Sp.Ort, S.H, M.Si, Ph.D)
_DEGREE = re.compile(r"(?:[A-Z][a-z]{0,3}\.)+[A-Z][a-z]{0,4}")


def _is_degree(text: str, degrees: frozenset | None = None) -> bool:
    """A degree after a name: with full stops (``M.Kes``, ``S.T.``) or, written without
    them, one of data/lexicons/degrees.csv (``SE``, ``MM``, ``SpPD``; case-sensitive).
    Asked of every word that may go on a name: ``_phrases`` passes ``_degrees()`` fetched
    once per sentence, and the pattern (which needs a full stop) runs only on a word that
    holds one (no cache look-up per word)."""
    return text in (degrees if degrees is not None else _degrees()) or (
        "." in text and _DEGREE.fullmatch(text) is not None)


@lexicons.cached()
def _degrees() -> frozenset:
    return frozenset(lexicons.load("degrees")["word"])
_SHORT_FORM = re.compile(r"[A-Z][a-z]{2,11}")  # "(Undip)", "(Kesbangpol)": a short form
MAX_PHRASE_WORDS = 14


class Mention(NamedTuple):
    """One mention: the phrase as written and what it names (built by keyword; every field
    after ``text`` defaults to empty)."""

    start: int  # the phrase, title and appositive included
    end: int
    text: str
    name: str = ""  # the name as written ("Kim Yo Jong"); "" when only a title or noun names it
    canonical: str = ""  # lexicon name, else the name, else the phrase
    type: str = ""  # lexicon type (us_government, wire, …), inferred, or "unknown"
    kind: str = ""  # person | organisation | state | group | document | pronoun
    country: str = ""
    role: str = ""  # the title as written ("Juru Bicara Kremlin"), else the lexicon role
    gender: str = ""  # female | male | ""
    known: bool = False  # normalised through the actors lexicon
    refer: str = ""  # what must be resolved: "" | pronoun | definite | surname | head
    head: str = ""  # the head noun of a title or description ("menteri", "surat kabar")
    acronym: str = ""  # "(C4ADS)" given after the name


class _Word(NamedTuple):
    start: int
    end: int
    text: str
    lower: str
    category: str  # lexicon category of a (multi-word) lexicon entry starting here, or ""
    span_end: int  # end of that entry
    gender: str


@lexicons.cached()
def _lexicon() -> tuple[dict, int, dict]:
    table = lexicons.load("mention_words")
    table = lexicons.in_language(table, "id")  # English words: annotate/descriptions.py
    entries: dict[str, tuple[str, str]] = {}
    longest = 1
    for row in table.to_dict("records"):
        key = " ".join(row["word"].lower().split())
        # a word may be in several categories (pemerintah: org head and modifier): heads win
        if key not in entries or row["category"] in HEADS:
            entries[key] = (row["category"], row["gender"])
        longest = max(longest, len(key.split()))
    # long head words with one letter dropped, for typing slips ("departermen")
    slips: dict[str, tuple[str, int]] = {}
    for key, (category, _) in entries.items():
        if category in HEADS and " " not in key and len(key) >= _SLIP_LENGTH:
            for index in range(len(key)):
                slips.setdefault(key[:index] + key[index + 1:], (key, index))
    return entries, longest, slips


_SLIP_LENGTH = 8


def _words() -> tuple[dict, int]:
    entries, longest, _ = _lexicon()
    return entries, longest


def through_document(mention: Mention) -> bool:
    """Does ``mention`` name who speaks through a document of theirs (``klaim Presiden X``,
    ``laporan Kementerian Y``: the role is a document word of mention_words.csv)?

    >>> [through_document(m) for m in find_mentions("sesuai laporan Kementerian Pertahanan")]
    [True]
    """
    return document_word(mention.role)


def modifier_word(word: str) -> bool:
    """Is ``word`` a modifier of a title in mention_words.csv (*mantan, eks, senior* …)?

    >>> modifier_word("mantan"), modifier_word("kata")
    (True, False)
    """
    entry = _words()[0].get(word.lower())
    return entry is not None and entry[0] == "modifier"


def document_word(word: str) -> bool:
    """Is ``word`` a document noun of mention_words.csv (*laporan, pernyataan, klaim* …)?

    >>> document_word("Pernyataan"), document_word("kantor")
    (True, False)
    """
    entry = _words()[0].get(word.lower())
    return entry is not None and entry[0] == "document"


@lexicons.cached(maxsize=65536)
def _slip(word: str) -> str | None:
    """The head word ``word`` is one typing slip away from (a letter added, dropped or
    changed), for words of eight letters or more.

    >>> _slip("departermen"), _slip("kementrian"), _slip("pemerintahannya")
    ('departemen', 'kementerian', None)
    """
    if len(word) < _SLIP_LENGTH - 1 or not word.isalpha():
        return None
    entries, _, slips = _lexicon()
    if word in slips:  # a letter dropped
        return slips[word][0]
    for index in range(len(word)):
        shorter = word[:index] + word[index + 1:]
        if shorter in entries and entries[shorter][0] in HEADS and len(shorter) >= \
                _SLIP_LENGTH:
            return shorter  # a letter added
        if shorter in slips and slips[shorter][1] == index:
            return slips[shorter][0]  # a letter changed
    return None


@lexicons.cached()
def _verb_forms() -> frozenset:
    """Every verb form a phrase must not swallow: attribution verbs and transfer verbs."""
    table = lexicons.load("attribution_verbs")
    verbs = set(lexicons.in_language(table, "id")["verb"].str.lower())
    cues = lexicons.load("claim_cues")
    verbs |= set(cues.loc[cues["role"].isin(["send_active", "receive_active", "transfer"]),
                          "cue"].str.lower())
    return frozenset(v for v in verbs if " " not in v)


@lexicons.cached()
def _calendar() -> frozenset:
    names = set(lexicons.in_language(lexicons.load("weekdays"), "id")["name"]) | set(
        lexicons.in_language(lexicons.load("months"), "id")["name"])
    return frozenset(n.lower() for n in names)


def _is_calendar(lower: str) -> bool:
    return lower in _calendar()


@lexicons.cached()
def _not_names() -> frozenset:
    """Capitalised words that are never part of a name: verbs, calendar words and the
    currency signs written before an amount (``di Pasar Sukamaju Rp 9.000``)."""
    return _verb_forms() | _calendar() | _currency_signs()


@lexicons.cached()
def _currency_signs() -> frozenset:
    units = lexicons.load("units")
    signs = units.loc[(units["kind"] == "currency") & (units["position"] == "before"), "cue"]
    return frozenset(s.lower() for s in signs if s.isalpha())


def _known_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in actors.find_actors(text, start, end)]


@lexicons.cached()
def _scanners() -> tuple["_Scanner", "_Scanner", frozenset]:
    """The lexicon entries a phrase is built from (on lower-cased text; function words
    aside) and capitalised words. Every other word only separates phrases, so it is never
    looked at on its own."""
    entries, _, _ = _lexicon()
    # function words are looked up per capitalised word, except those of several words
    # ("Idul Fitri"), which must be scanned as one token
    keys = [k for k, (category, _) in entries.items() if category != "function" or " " in k]
    first = "".join(sorted({re.escape(k[0]) for k in keys}))
    lexicon = re.compile(r"(?:^|(?<=[^\w'’-]))(?=[" + first + r"])(?:"
                         + lexicons.trie_regex(keys) + r")(?![\w'’-])")
    # a capitalised word after a separator, or after a full stop typed without its space
    # ("Pulau Jeju.Militer"); the second scanner consumes the separator or that full stop
    word = r"(?:[A-Z]|\d+[A-Z]|(?:al|el|ad|ash|as|an|ar|ul)-[A-Z])" + _INNER + "*"
    capitals = re.compile(r"(?:^|(?<=[^\w'’.-])|(?<=[a-z]{2}\.)(?=[A-Z][a-z]{2}))" + word)
    # the consumed character first, as a class (the engine skips to it), and only before a
    # character a word can open with (a capital, a digit, or the a/e/u of an article: "al-")
    consuming = re.compile(r"[^\w'’-](?=[\dA-Zaeu])(?:(?<=[^\w'’.-])|(?<=[a-z]{2}\.)"
                           r"(?=[A-Z][a-z]{2}))(" + word + ")")
    functions = frozenset(k for k, (category, _) in entries.items() if category == "function")
    return _Scanner(lexicon, _consuming(lexicon)), _Scanner(capitals, consuming), functions


class _Scanner(NamedTuple):
    """A pattern opening with ``(?:^|(?<=[class]))`` and, for :func:`_scan`, the same
    pattern opening with its class as a consumed character instead (the regex engine skips
    ahead to such a character rather than trying the look-behind at every position)."""

    pattern: re.Pattern
    consuming: re.Pattern


def _consuming(pattern: re.Pattern) -> re.Pattern:
    source = pattern.pattern
    opening = re.match(r"\(\?:\^\|\(\?<=(\[[^\]]+\])\)\)", source)
    return re.compile(opening.group(1) + "(" + source[opening.end():] + ")", pattern.flags)


def _scan(scanner: _Scanner, text: str) -> list[tuple[int, int]]:
    """The spans ``scanner.pattern.finditer(text)`` gives, for patterns whose matches
    neither open nor close with a character of the look-behind's class, so that one match
    ends where the next one's consumed character may stand (both scanners of
    :func:`_scanners`: their words open and close with word characters). A list (no
    generator step per word)."""
    first = scanner.pattern.match(text)
    if first is None:
        return [match.span(1) for match in scanner.consuming.finditer(text)]
    spans = [first.span()]
    spans += [match.span(1) for match in scanner.consuming.finditer(text, first.end())]
    return spans


_SLIP_WORD = re.compile(r"\s*([a-z]{7,})\s+$")
_CAPS_WORD = re.compile(r"[A-Z][A-Z0-9.]*[A-Z0-9]")


def _acronym(text: str, start: int, end: int) -> bool:
    """Is the pronoun at ``text[start:end]`` written in capitals inside running text (*DIA*,
    the US Defense Intelligence Agency, or South Korea's), not in a headline set in capitals?

    >>> _acronym("Menurut laporan itu, DIA menyatakan hal ini.", 21, 24)
    True
    >>> _acronym("KATA DIA KEMARIN", 5, 8)
    False
    """
    if end - start < 3 or not text[start:end].isupper():
        return False
    before = text[max(0, start - 40):start].split()
    after = text[end:end + 40].split()
    return not any(_CAPS_WORD.fullmatch(w.strip(",.:;!?\"'()-")) for w in before[-1:] + after[:1])
_SENTENCE_START = re.compile(r"(?:^|[.!?\n\"“”]\s*|^\s+)$")


def _tokens(text: str, start: int, end: int) -> list[_Word]:
    """The words of ``text[start:end]`` a phrase may hold — lexicon entries (one token each,
    however many words) and capitalised words — in text order."""
    words, starts = _text_tokens(text)
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end)
    return [w for w in words[first:last] if w.end <= end]


@lexicons.cached(maxsize=1024, per_text=True)
def _text_tokens(text: str) -> tuple[list[_Word], list[int]]:
    """Every token of a text (scanned once: each annotator asks for many sentences of the
    same article), with their starts for bisecting."""
    entries, _, _ = _lexicon()
    lexicon, capitals, functions = _scanners()
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ": lower-casing must keep offsets
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found = []
    for s, e in _scan(lexicon, lowered):
        key = lowered[s:e]
        if " " in key or "\n" in key or "\t" in key:
            key = " ".join(key.split())
        category, gender = entries[key]
        if category in ("name_org", "name_media") and not text[s].isupper():
            continue
        if category == "pronoun" and _acronym(text, s, e):
            continue  # "DIA menyatakan": an agency's initials, read as a capitalised name
        if category == "definite":  # "departermen tersebut": a slip of a head word
            slip = _SLIP_WORD.search(lowered, max(0, s - 40), s)
            head = _slip(slip.group(1)) if slip else None
            if head is not None:
                hs, he = slip.span(1)
                head_category, head_gender = entries[head]
                found.append(_Word(hs, he, text[hs:he], head, head_category, he, head_gender))
        found.append(_Word(s, e, text[s:e], key, category, e, gender))
    capitalised = []
    new_word = tuple.__new__  # _Word(…) without its __new__'s Python frame: a word per name
    for s, e in _scan(capitals, text):
        token = text[s:e]
        lower = token.lower()
        function = lower in functions or (
            # "Rinciannya, …", "Sebelumnya …": a sentence opened by a word with "-nya"
            len(lower) >= 7 and lower.endswith("nya") and lower.isalpha()
            and _SENTENCE_START.search(text, max(0, s - 3), s) is not None)
        # (the first of _abbreviated_body's tests asked here: most words fail it)
        category = "function" if function else "org_name" if len(token) >= 5 and \
            token[1:].islower() and _abbreviated_body(token) else ""
        capitalised.append(new_word(_Word, (s, e, token, lower, category, e, "")))
    words: list[_Word] = []
    last_end = 0
    # both lists are in text order; at one start the lexicon entry (often longer) wins
    for word in _merged(found, capitalised):
        if word.start < last_end:
            continue  # inside a longer token (a lexicon entry of several words)
        words.append(word)
        last_end = word.end
    for index in range(1, len(words)):
        word = words[index]
        if word.category != "function" and word.category not in _NAME_PARTS or \
                not word.text[0].isupper():
            continue  # only these kinds, capitalised, are read again below
        previous = words[index - 1]
        nxt = words[index + 1] if index + 1 < len(words) else None
        adjacent = not text[previous.end:word.start].strip()
        follows = nxt is not None and not text[word.end:nxt.start].strip() and \
            _capitalised(nxt) and nxt.category not in ("function", "pronoun")
        if word.category in _NAME_PARTS and word.text[0].isupper() and adjacent and \
                not previous.category and previous.text[0].isupper() and not follows:
            # "Darmawan Putra", "Siti Ratu": a title word ending a name is part of it
            # ("Korlantas Polri Brigjen Aan Suhanan": before a name it is a title)
            words[index] = word._replace(category="", gender="")
        elif word.category == "function" and word.text[0].isupper() and \
                not re.search(r"[.!?]\s*$", text[max(0, word.start - 3):word.start]) and \
                _known_alias(word.text):
            # "seperti dilansir Antara": inside a sentence, a known name is no function word
            words[index] = word._replace(category="")
        elif word.category == "function" and word.text[0].isupper() and adjacent and \
                follows and previous.text[0].isupper() and previous.category not in (
                    "function", "pronoun") and nxt.category != "function":
            # "Korps Lalu Lintas": a capitalised function word inside a name
            words[index] = word._replace(category="")
    return words, [w.start for w in words]


_NAME_PARTS = ("title", "relation", "person_noun")


def _merged(first: list[_Word], second: list[_Word]) -> list[_Word]:
    """``heapq.merge(first, second, key=lambda w: (w.start, -w.end))`` as a list: of two
    words under the same key the one of ``first`` comes first (a loop over two lists, without
    the heap and a key call per word).

    >>> a, b = _Word(0, 3, "", "", "", 3, ""), _Word(0, 5, "", "", "", 5, "")
    >>> [w.end for w in _merged([a], [b, a])]
    [5, 3, 3]
    """
    merged, i, j = [], 0, 0
    while i < len(first) and j < len(second):
        one, two = first[i], second[j]
        if two.start < one.start or two.start == one.start and two.end > one.end:
            merged.append(two)
            j += 1
        else:
            merged.append(one)
            i += 1
    return merged + first[i:] + second[j:]


@lexicons.cached()
def _org_prefixes() -> re.Pattern:
    table = lexicons.load("mention_words")
    prefixes = sorted(table.loc[table["category"] == "org_prefix", "word"].str.lower(),
                      key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(p) for p in prefixes) + ")[a-z]{2,}")


@lexicons.cached(maxsize=4096)  # asked of every capitalised word of every text
def _abbreviated_body(token: str) -> bool:
    """Is a capitalised word a body's short name by how it begins (``Kemenaker``,
    ``Bappeda``, ``Disnaker``: data/lexicons/mention_words.csv ``org_prefix``)? A *dis-*
    word needs a consonant after it (``Disdik``, not ``Dian``)."""
    if len(token) < 5 or not token[0].isupper() or not token[1:].islower():
        return False
    lower = token.lower()
    if not _org_prefixes().fullmatch(lower):
        return False
    return not lower.startswith("dis") or lower[3] not in "aeiou"


@lexicons.cached(maxsize=4096)
def _known_alias(word: str) -> bool:
    """Is ``word``, as written, a name of data/lexicons/actors.csv (``Antara``)?"""
    return any(m.text == word for m in actors.find_actors(word))


# an Arabic name's article joined to the name by a hyphen: "al-Julani", "el-Sisi"
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|ash|as|an|ar|ul)-[A-Z]")


def _capitalised(word: _Word) -> bool:
    return word.text[0].isupper() or (word.text[0].isdigit() and any(
        c.isupper() for c in word.text)) or bool(_ARTICLE_NAME.match(word.text))


def _name_word(word: _Word, title_case: bool, known: list | None = None,
               not_names: frozenset | None = None, degrees: frozenset | None = None) -> bool:
    """A word that may be part of a name: capitalised, not a function word, verb or date.
    In a headline (``title_case``) only lexicon words and words of known names (``known``
    spans) qualify: every word there is capitalised."""
    if not _capitalised(word) or word.category in ("function", "pronoun", "definite",
                                                   "determiner", "time_zone"):
        return False
    if word.lower in (not_names if not_names is not None else _not_names()):
        return False
    if _is_degree(word.text, degrees):
        return False  # "Maya Puspita, M.Kes", "Hadi, Sp.Ort": a degree after a name
    # in a headline an acronym is a name as anywhere ("BPH Migas Akui …")
    return not (title_case and not word.category and not any(
        s <= word.start and word.end <= e for s, e in known or ()) and not (
        len(word.text) >= 2 and word.text.isupper() and word.text.isalpha()))


# ---------------------------------------------------------------------------- phrases

class _Phrase(NamedTuple):
    words: list  # the _Words of the phrase (lexicon entries as their first word)
    start: int
    end: int
    acronym: str


_DIGIT = re.compile(r"\d")
# (a military unit's number and its seat: "Kodim 0617/Majalengka", "Koramil 05/Cibadak")
_ORG_NUMBER = re.compile(r"\s+(\d{1,4}(?:/[A-Z][a-z]+)?)(?=\s*(?:\(|[A-Z]|[,.;:]|$))")
# "(Menko PMK)", "(Dirgakkum)": an office's short form in brackets
_SHORT_OFFICE = re.compile(r"[A-Z][a-z]{1,10}\s+[A-Z][A-Z0-9]{1,8}")
_OFFICE_BRACKET = re.compile(r"(?:[A-Z][\w-]*\s+){0,5}\(")  # "… Kebudayaan (Menko PMK)"
_ACRONYM_GAP = re.compile(r"\s*\(\s*([^()\n]{1,30}?)\s*\)")
_ABBREVIATED = re.compile(r"\.\s+")
# "untuk" or "for" inside an office's or a body's name, with up to two lower-case words of what
# it is for ("untuk pengungsi Palestina")
_OFFICE_FOR = re.compile(r"(?:untuk|for)(?:\s+[a-z][a-z-]*){0,2}")
# the head word of a body of its own: after "dan" it opens a second body ("Serikat Petani dan
# Himpunan Nelayan", "Kementerian Luar Negeri dan Kementerian Pertahanan"), never a field of the
# first ("Badan Pengawas Obat dan Makanan")
_NEW_BODY = frozenset({
    "kementerian", "departemen", "badan", "dewan", "komite", "komisi", "lembaga", "institut",
    "kantor", "partai", "pemerintah", "dinas", "biro", "otoritas", "universitas", "yayasan",
    "organisasi", "asosiasi", "perusahaan", "serikat", "konfederasi", "federasi", "himpunan",
    "perhimpunan", "ikatan", "persatuan", "perkumpulan", "paguyuban", "kedutaan", "konsulat",
    "direktorat", "majelis", "kepolisian", "kejaksaan", "pengadilan"})
_INITIAL = re.compile(r"[A-Z]|Moh|Muh|Moch|Mohd|Mhd")  # an initial, or Muhammad shortened
# an office's fields listed with commas, the last after "dan"/"serta": "Kepala Pusat Data,
# Informasi, dan Komunikasi …", "Direktur Riset, Teknologi, dan Inovasi …"
# the types of data/lexicons/institution_types.csv whose names never list fields after a
# comma, as a government office's do ("Kepala Pusat Data, Informasi, dan Komunikasi"): a
# party, a university (round 26e)
_UNLISTED_BODIES = ("party", "academic")
_FIELD = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"
_OFFICE_FIELDS = re.compile(rf",\s*(?:{_FIELD}\s*,\s*){{0,5}}(?:(?:{_FIELD}\s*,?\s*)?"
                            rf"(?:dan|serta)\s+[A-Z]|{_FIELD}\s*\(\s*[A-Z][A-Za-z]*[A-Z0-9]"
                            rf"[A-Za-z0-9]*\s*\))")


def _phrases(text: str, start: int, end: int, title_case: bool = False,
             short_forms: frozenset = frozenset()) -> list[_Phrase]:
    """Noun phrases of ``text[start:end]`` left to right (see the module docstring)."""
    words = _tokens(text, start, end)
    known = _known_spans(text, start, end) if title_case else []
    if title_case and short_forms:  # "Kepala Bapanas Bantah …": a short form the body defines
        known += [(w.start, w.end) for w in words if w.text in short_forms]
    not_names, degrees = _not_names(), _degrees()
    # every match of _ACRONYM_GAP (from a word inside the sentence, up to its end) holds "(":
    # a sentence without one is not searched per word
    bracketed = "(" in text[start:end]
    numbered = _DIGIT.search(text, start, end) is not None  # and of _ORG_NUMBER a digit

    # _name_word with this sentence's arguments (a partial: no Python frame of its own)
    name_word = functools.partial(_name_word, title_case=title_case, known=known,
                                  not_names=not_names, degrees=degrees)

    def headline_name(index: int) -> bool:
        """In a headline, a word after an organisation word or a place-taking office and
        before a verb names them too ("Pemkab Sukamaju Pastikan …", "Bupati Sukamaju
        Pastikan …")."""
        if not title_case or index == 0 or index + 1 >= len(words):
            return False
        before, after = words[index - 1], words[index + 1]
        return (before.category in ("org", "org_name") or before.lower in _place_modifiers()) \
            and after.lower in not_names and \
            words[index].text[:1].isupper() and not words[index].category

    phrases, current = [], []
    acronym = ""

    def close():
        nonlocal current, acronym
        if current:
            phrases.append(_Phrase(current, current[0].start, current[-1].end, acronym))
        current, acronym = [], ""

    def joins(word) -> bool:
        """Does ``word`` continue the current phrase? Only spaces may stand between them,
        or an acronym in brackets, "di"/"dan" inside a title or name, or the full stop of
        an abbreviated title ("Brigjen. Jenderal …")."""
        nonlocal acronym
        if not current:
            return True
        last = current[-1]
        gap = text[last.end:word.start]
        if not gap.strip():
            # a bare title closing a paragraph ("… lanjut Kapolresta") and the next
            # paragraph's first word are no one name (round 24c); a name a hard-wrapped page
            # breaks over two lines ("Kapolres Aceh / Timur", "Direktur Utama PT / KCJ …")
            # goes on
            return "\n" not in gap or len(current) > 1 or \
                last.category not in TITLE_HEADS or _org_word(word)
        if gap.strip() == "." and last.category in TITLE_HEADS and _ABBREVIATED.fullmatch(gap):
            return True
        if gap.strip() == "." and _INITIAL.fullmatch(last.text) and _ABBREVIATED.fullmatch(
                gap) and _capitalised(word) and not word.category:
            return True  # an initial inside a name: "Ratna W. Lestari", "A. B. Santoso",
            # "Moh. Rifai"
        connector = gap.strip().lower()
        if connector == "di" and any(w.category in TITLE_HEADS + (
                "group_title", "org", "media", "think_tank") for w in current) and \
                name_word(word) and not _named_so_far(current) and not (
                    word.lower == "pasar" and not any(w.category in TITLE_HEADS + (
                        "org", "media", "think_tank") for w in current)):
            # "Kepala Dinas di Kota X" is one office; "Pedagang di Pasar X" a trader and
            # the market he stands at
            current.append(_Word(last.end, word.start, gap, "di", "connector", word.start, ""))
            return True
        if connector == "pada" and not title_case and (
                _capitalised(last) or last.category == "paren") and any(
                w.category in TITLE_HEADS for w in current) and not _named_so_far(current) \
                and (word.category in ("org", "org_name") or _org_word(word) or
                     word.lower in _regional_bodies()):
            # "Kepala Bidang P2P pada Dinkes X": the unit "pada" its body, one office
            current.append(_Word(last.end, word.start, gap, "pada", "connector", word.start,
                                 ""))
            return True
        if connector == "dan" and _capitalised(last) and name_word(word) and \
                word.lower not in _NEW_BODY and word.category not in TITLE_HEADS and \
                not title_case and (_org_name_so_far(current) or _title_so_far(
                    current, word)) and not any(a.kind != "group" for a in actors.find_actors(
                        word.text)) and \
                " ".join(w.lower for w in current) not in _countries():
            # "Badan Kesatuan Bangsa dan Politik": "dan" inside an organisation's name (a
            # generic word, "Sumber", may go on it), but "Amerika Serikat dan …" are two
            current.append(_Word(last.end, word.start, gap, "dan", "connector", word.start, ""))
            return True
        # (a list of fields needs a comma or "dan"/"serta" here: else no look at the phrase)
        listed = (connector.startswith(",") or connector in ("dan", "serta")) and any(
            w.category == "connector" and w.lower.startswith(",") for w in current)
        if (connector.startswith(",") and connector.lstrip(", ") in ("", "dan", "serta")
                and _OFFICE_FIELDS.match(text, last.end) is not None
                or listed and connector in ("dan", "serta")) and not title_case and \
                _capitalised(word) and not word.text.isupper() and \
                word.category not in TITLE_HEADS + (
                    "org_name", "group_title") + (() if listed else ("org",)) and \
                _fields_so_far(current):  # "Kepala Dinas, Badan X, dan …": several bodies
            # "Kepala Pusat Data, Informasi, dan Komunikasi Badan X Rina": one office whose
            # fields are listed, not three phrases
            current.append(_Word(last.end, word.start, gap, connector, "connector", word.start,
                                 ""))
            return True
        office_for = _OFFICE_FOR.fullmatch(connector)
        if office_for and _capitalised(last) and not title_case and (
                name_word(word) or _lower_field(word)) and _office_so_far(current):
            # "Duta Besar Amerika Serikat untuk NATO", "Forum Indonesia untuk Transparansi
            # Anggaran", "Institute for the Study of War": an office's or a body's name; what
            # it is for may open with lower-case words ("Kepala badan PBB untuk pengungsi
            # Palestina", "Pelapor Khusus PBB untuk wilayah Palestina")
            current.append(_Word(last.end, word.start, gap, connector, "connector", word.start,
                                 ""))
            return True
        return False

    def _lower_field(word) -> bool:
        """A lower-case lexicon word right after "untuk" in an office, followed by a name
        word: "untuk wilayah Palestina"."""
        position = next((i for i, w in enumerate(words) if w is word), None)
        after = words[position + 1] if position is not None and position + 1 < len(words) \
            else None
        return not _capitalised(word) and word.category in ("place", "modifier") and \
            after is not None and not text[word.end:after.start].strip() and name_word(after)

    def _named_so_far(phrase) -> bool:
        """Does a person's name (two name words) already follow the phrase's last title
        or organisation word ("Kabid Logistik BPBD Sukamaju Rini Astuti" + "di …": the
        place where she spoke, not a part of her office)?"""
        if not any(w.category in TITLE_HEADS + ("group_title",) for w in phrase):
            # "CSIS di Washington": an organisation where it sits; but a trade noun heads
            # a person's phrase as a title does ("analis Bank X Budi Santoso" + "di
            # Jakarta": where he spoke; round 24b)
            return False
        heads = [i for i, w in enumerate(phrase) if w.category in TITLE_HEADS + (
            "group_title", "org", "org_name", "media", "think_tank")]
        after = phrase[heads[-1] + 1:] if heads else phrase
        names = [w for w in after if not w.category and not _org_word(w)]
        # a title in lower case before a name ("… Dinkes Papua Barat dr Nurmayanti"): a
        # degree or an honour, so one name word is a person named already
        honour = heads and phrase[heads[-1]].category == "title" and \
            phrase[heads[-1]].text[:1].islower() and heads[-1] > 0
        return len(names) >= (1 if honour else 2)

    def _office_so_far(phrase) -> bool:
        """Is the phrase an office or a body so far, with no person named yet: a capitalised
        title or organisation word, then only names of states, places and organisations
        ("Duta Besar Amerika Serikat", "Forum Indonesia")?"""
        heads = [i for i, w in enumerate(phrase) if _capitalised(w) and w.category in
                 TITLE_HEADS + ("org", "org_name", "name_org", "think_tank", "media")]
        if not heads:
            return False
        if phrase[heads[-1]].category not in TITLE_HEADS:
            return len(phrase) - heads[-1] <= 3  # a body's own name: "Forum Indonesia"
        spans = [(a.start, a.end) for a in actors.find_actors(text, phrase[0].start,
                                                               phrase[-1].end)
                 if a.kind != "person"]
        return all(w.category or _org_word(w) or any(s <= w.start and w.end <= e
                                                      for s, e in spans)
                   or w.lower in _countries() for w in phrase[heads[-1] + 1:])

    skip_until = start

    def _fields_so_far(phrase) -> bool:
        """Is the phrase an office or a body whose fields are being listed: a title, then a
        unit of an organisation (``Kepala Pusat Data``, ``Kepala Biro Hukum``), a body's head
        word and its first field (``Badan Meteorologi``), or a list already begun, and no
        person named yet?"""
        if any(w.category == "connector" and w.lower.startswith(",") for w in phrase):
            return True
        heads = [i for i, w in enumerate(phrase) if w.category == "org" and _capitalised(w)]
        if heads and institution_type(phrase[heads[0]].text) in _UNLISTED_BODIES:
            # "anggota parlemen dari Partai X, Lee Y, dan Kim Z dari Partai W", "peneliti
            # Universitas X, Budi Y, dan …": a party or a university lists no fields, the
            # capitalised words after its comma are people's names (round 26e)
            return False
        titled = any(w.category in TITLE_HEADS and _capitalised(w) for w in phrase)
        if heads and not titled and 2 <= len(phrase) - heads[0] <= 4 and all(
                _capitalised(w) and w.category not in TITLE_HEADS + ("org_name",)
                for w in phrase[heads[0] + 1:]):
            return True  # "Badan Meteorologi, Klimatologi, dan Geofisika": a body's fields
        if heads and not titled and _fields_joined(phrase[heads[0] + 1:]):
            return True  # "Dinas Pengendalian Penduduk dan Keluarga Berencana, …"
        if not titled:
            return False
        return _office_so_far(phrase) and any(
            w.category in ("org", "org_name") for w in phrase)

    def _fields_joined(rest) -> bool:
        """A body's first two fields joined by "dan" or "serta" (``Pengendalian Penduduk dan
        Keluarga Berencana``, ``Kebudayaan dan Pariwisata``): capitalised words on both sides,
        no organisation or title word among them (round 21g)."""
        joins = [i for i, w in enumerate(rest) if w.category == "connector"]
        fields = [w for w in rest if w.category != "connector"]
        return len(joins) == 1 and rest[joins[0]].lower in ("dan", "serta") and \
            0 < joins[0] < len(rest) - 1 and 2 <= len(fields) <= 5 and all(
                _capitalised(w) and w.category not in TITLE_HEADS + ("org", "org_name")
                for w in fields)

    def _title_so_far(phrase, nxt) -> bool:
        """Is the phrase a title whose office goes on after "dan" ("Menteri Energi dan
        Sumber Daya Mineral (ESDM) X", "Kepala Biro Komunikasi dan Pelayanan Publik X")?
        Not when another title follows ("Menteri Keuangan dan Menteri Sosial") or a name
        already stands before "dan"."""
        heads = [i for i, w in enumerate(phrase)
                 if w.category in TITLE_HEADS + ("org", "org_name")]
        if not heads or nxt.category in TITLE_HEADS + ("org", "org_name"):
            return False
        unknown = [w for w in phrase[heads[-1] + 1:] if not w.category]
        bracket = _OFFICE_BRACKET.match(text, nxt.start)
        return len(unknown) <= 1 or bracket is not None or _ends_in_body(nxt)

    def _ends_in_body(nxt) -> bool:
        """Do the capitalised words from ``nxt`` on run, unbroken, into an organisation
        ("… Tular Vektor dan Zoonosis Kemenkes"): the office's field goes on after "dan"
        to its body, where a person's name would not."""
        position = bisect.bisect_left([w.start for w in words], nxt.start)
        previous = None
        for word in words[position:position + 6]:
            if previous is not None and text[previous.end:word.start].strip():
                return False
            if not _capitalised(word) or word.category in TITLE_HEADS:
                return False
            if word.category in ("org", "org_name") and previous is not None:
                return True
            previous = word
        return False

    def _org_name_so_far(phrase) -> bool:
        """Is the phrase an organisation's name so far: a capitalised organisation word
        that no known name holds ("Badan Kesatuan Bangsa", not "Amerika Serikat")?"""
        heads = [w for w in phrase if w.category == "org" and _capitalised(w)]
        if not heads:
            return False
        spans = _known_spans(text, start, end)
        return not any(s <= heads[-1].start and heads[-1].end <= e for s, e in spans)

    for index, word in enumerate(words):
        if word.start < skip_until:
            continue  # inside an acronym's brackets
        if current and (word.text in degrees or "." in word.text and _DEGREE.fullmatch(
                word.text) is not None) and not title_case and \
                text[current[-1].end:word.start].strip() in ("", ",") and \
                any(_capitalised(w) and not w.category for w in current):
            # (_is_degree(word.text, degrees), inline: asked of every word after a phrase's)
            # "Maya Puspita, M.Kes": the degree closes the name, and is no part of it
            dot = word.end + 1 if text[word.end:word.end + 1] == "." else word.end
            current.append(_Word(word.start, dot, text[word.start:dot], word.lower, "degree",
                                 dot, ""))
            continue
        if current:
            gap = text[current[-1].end:word.start]
            # joins() says yes at once to a gap of spaces on one line (most words of a
            # phrase); any other gap, a line break among spaces too, is its to judge
            if (gap and not gap.isspace() or "\n" in gap) and not joins(word):
                close()
        if word.category and word.category != "function" and not (
                title_case and word.category in ("modifier", "connector") and not current):
            if word.category == "pronoun":
                close()
                phrases.append(_Phrase([word], word.start, word.end, ""))
                continue
            if word.category == "determiner":
                close()
                current = [word]
            elif word.category in ("definite", "anonymity"):
                if current and any(w.category in HEADS + ("group_title",) for w in current):
                    current.append(word)
                close()
            elif word.category == "connector":
                # "The Guardian", "Al Arabiya": a capitalised particle may open a name
                opens = not current and word.text[0].isupper()
                nxt = words[index + 1] if index + 1 < len(words) else None
                follows = nxt is not None and not text[word.end:nxt.start].strip() and (
                    name_word(nxt) or nxt.category == "connector" and index + 2 < len(words)
                    and not text[nxt.end:words[index + 2].start].strip()
                    and name_word(words[index + 2]))  # "Institute for the Study of War"
                if (current or opens) and follows:
                    current.append(word)
                else:
                    close()
            elif word.category == "modifier" and not current and not _capitalised(word):
                pass  # a lone lower-case modifier opens no phrase
            elif word.category == "modifier" and current and not _capitalised(word) and not any(
                    w.category in HEADS for w in current):
                close()  # "Rusia laut": a modifier follows only a head
            else:
                current.append(word)
        elif name_word(word) or current and headline_name(index):
            current.append(word)
        else:
            if current:
                close()
            continue
        # a number in an organisation's or an office's name: "Kelompok 77 (G77)", "Komisi 3
        # DPR", "General Manager Pelabuhan Regional 2 …"
        # (a sentence without a digit has none: the tests are skipped there)
        # (after a title alone only a unit's number and seat: "Danramil 05/Cibadak"; 26d)
        if numbered and current and _capitalised(current[-1]) and (
                current[-1].category in ("org", "org_name", "title") or any(
                    w.category in _OFFICE_HEADS for w in current[:-1])):
            number = _ORG_NUMBER.match(text, current[-1].end, end)
            if number and current[-1].category == "title" and "/" not in number.group(1) \
                    and not any(w.category in _OFFICE_HEADS for w in current[:-1]):
                number = None
            if number:
                current.append(_Word(number.start(1), number.end(1), number.group(1),
                                     number.group(1), "", number.end(1), ""))
        # an acronym or short form in brackets right after a name: "… Studies (C4ADS)"
        bracket = _ACRONYM_GAP.match(text, current[-1].end, end) if current and bracketed \
            else None
        if bracket and current[-1].category != "paren":
            inner = bracket.group(1)
            if _ACRONYM.fullmatch(inner) or _SHORT_FORM.fullmatch(inner) or \
                    _SHORT_OFFICE.fullmatch(inner) or actors.find_actors(inner) or \
                    _short_title_in_brackets(inner, current):
                acronym = inner
                current.append(_Word(bracket.start(), bracket.end(), bracket.group(0), "",
                                     "paren", bracket.end(), ""))
                skip_until = bracket.end()
    close()
    # (_phrase_length is never more than the count of words: a phrase that short is kept)
    return [p for p in phrases if len(p.words) <= MAX_PHRASE_WORDS or
            _phrase_length(p) <= MAX_PHRASE_WORDS]


# "(Kasi Penkum)", "(Kasat Reskrim)": a one-word title and its unit's mixed-case short form
_SHORT_TITLE = re.compile(r"([A-Z][a-z]{2,10})\s+[A-Z][a-z]{2,10}")


def _short_title_in_brackets(inner: str, current: list) -> bool:
    """A bracket after an office's spelled-out name holding its short form in mixed case
    (``Kepala Seksi Intelijen (Kasi Intel)``, ``Kepala Satuan Reserse Kriminal (Kasat
    Reskrim)``; round 24c2): the bracket's first word is a title of mention_words.csv and the
    phrase before it holds a title word, so the bracket belongs to the office (a person's
    name in brackets, ``Juru bicara (Rina Wulandari)``, opens with no title)."""
    match = _SHORT_TITLE.fullmatch(inner)
    if not match or _words()[0].get(match.group(1).lower(), ("",))[0] != "title":
        return False
    return any(w.category in TITLE_HEADS for w in current)


def _phrase_length(phrase: "_Phrase") -> int:
    """How many words of a phrase count against :data:`MAX_PHRASE_WORDS`: its words, but of
    an office whose name ends in a short form in brackets only the title and what follows
    the bracket (``Kepala Dinas Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan
    Anak (DKBP3A) Kabupaten X Nama``: the office's fields are bounded by its short form)."""
    parens = [i for i, w in enumerate(phrase.words) if w.category == "paren"]
    if parens and any(w.category in TITLE_HEADS for w in phrase.words[:parens[-1]]):
        return 2 + sum(1 for w in phrase.words[parens[-1] + 1:] if w.category != "connector")
    return len(phrase.words)


_RELATIVE_GAP = re.compile(r"\s+yang\s[^,.;\"“”]{0,80}?,\s*")
_COMMA_GAP = re.compile(r"\s*,\s*")
_CLOSES = re.compile(r"\s*(?:,|$)|\s+yang\s[^,.;\"“”]{0,80}?,")


def _merge_appositives(text: str, found: list) -> list:
    """``TITLE, NAME`` and ``NAME, TITLE,`` are one mention: the name with its title (a
    relative clause ``yang …,`` may stand between a title and the name)."""
    merged = []
    index = 0
    while index < len(found):
        first = found[index]
        traded = _trade_before_name(text, first, found[index + 1:index + 2])
        if traded is not None:
            merged.append(traded)
            index += 2
            continue
        named = _name_before_trade(text, first)
        if named is not None and (index + 1 >= len(found) or found[index + 1].start >= named.end):
            merged.append(named)
            index += 1
            continue
        title_only = first.kind in ("person", "group") and not first.name and first.refer in (
            "", "title")
        office = first.kind == "organisation" and first.type.endswith("_government")
        if _place_read_as_name(text, first, found[index + 1:index + 2]) or \
                _unit_before_rank(text, first, found[index + 1:index + 2]) or \
                _short_form_read_as_name(text, first, found[index + 1:index + 2]):
            # "Kepala UPT Damkar Sumedang, Asep Kurniawan": the word after the body is its
            # place, the person the name after the comma
            first = first._replace(name="", canonical=first.text, refer="title",
                                   role=first.text)
            title_only = True
        located = _located_trade(text, first, found[index + 1:index + 3])
        if located is not None:
            # "Pedagang Beras di Pasar Mandiri, Akhmad": a trade and the market it stands
            # at, then the trader's name
            merged.append(_with_title(text, located, first._replace(
                text=text[first.start:found[index + 1].end]), first.start, located.end))
            index += 3
            continue
        if _names_the_medium(text, first, found[index + 1:index + 2]):
            # "kantor berita Iran, IRNA,": the name after the comma is the medium described
            second = found[index + 1]
            merged.append(second._replace(
                start=first.start, text=text[first.start:second.end], kind="organisation",
                type=second.type if second.type not in ("", "unknown") else first.type,
                country=second.country or first.country, role=second.role or first.text,
                refer=""))
            index += 2
            continue
        if title_only or office:
            gap = _RELATIVE_GAP.match(text, first.end)
            after = gap.end() if gap else None
            if after is None:
                comma = _COMMA_GAP.match(text, first.end)
                after = comma.end() if comma else None
            target = next((j for j in range(index + 1, len(found))
                           if found[j].start == after), None) if after is not None else None
            closed = target is not None and re.match(r"\s*,", text[found[target].end:
                                                                     found[target].end + 3])
            if target is not None and title_only and _alias_as_name(text, found[target]):
                # "Salah seorang pembeli, Wina membenarkan": a one-word place alias in a
                # name's place after a person's title is that person's name (round 21b)
                found[target] = _as_name(found[target])
            if target is not None and found[target].name and found[target].kind in (
                    "person", "unknown") and (title_only or closed):
                merged.append(_with_title(text, found[target], first, first.start,
                                          found[target].end))
                index = target + 1
                continue
        if index + 1 < len(found) and _alias_as_name(text, first, found[index + 1]):
            first = _as_name(first)  # "Wina, pedagang sayur, mengatakan" (round 21b)
        if index + 1 < len(found) and first.name and first.kind in ("person", "unknown",
                                                                     "organisation"):
            second = found[index + 1]
            describes = not second.name and second.refer in ("", "title") and second.kind in (
                "person", "group", "organisation")
            closes = _CLOSES.match(text, second.end) or _speaks_after(
                text, first.start, second.end)  # no copy of the rest of the text
            # "Menteri Agama, Menteri Perhubungan, …": a title already before the name makes
            # a list of officials, not a name and its title
            titled = first.kind == "person" and first.name and \
                not first.text.startswith(first.name) and second.kind == "person" and \
                not _rank_only(first.role)
            if describes and _COMMA_GAP.fullmatch(text, first.end, second.start) and closes \
                    and not titled:
                merged.append(_with_title(text, first, second, first.start, second.end))
                index += 2
                continue
            tail = _role_tail_before_verb(text, first.start, second.end) if describes and \
                not titled and first.kind in ("person", "unknown") and \
                _COMMA_GAP.fullmatch(text, first.end, second.start) else None
            if tail is not None and (index + 2 >= len(found) or found[index + 2].start >= tail):
                # "Yusuf, pedagang beras lainnya menuturkan": the title with its own words
                merged.append(_with_title(text, first, second._replace(
                    end=tail, text=text[second.start:tail]), first.start, tail))
                index += 2
                continue
        merged.append(first)
        index += 1
    return merged


def _inside_a_state(word, found: list) -> bool:
    """Is ``word`` part of a state's name the actors lexicon found (*Serikat* of *Amerika
    Serikat*, an organisation word of its own)?"""
    return any(m.kind == "state" and m.start <= word.start and word.end <= m.end
               for m in found)


def _names_the_medium(text: str, first: Mention, after: list) -> bool:
    """A medium described by its kind and country (``kantor berita Rusia``, ``media
    pemerintah Iran``: no name of its own) followed by a comma and a capitalised name that
    is no person or place (``, TASS``): the name is the medium's."""
    if not after or first.type not in ("media", "wire", "think_tank", "ngo") or \
            first.kind != "organisation":
        return False
    if first.name and not first.canonical.endswith("(unnamed)") and \
            first.name.lower() not in _places()[0]:
        return False  # "media pemerintah Suriah": a place is no medium's name
    second = after[0]
    if not _COMMA_GAP.fullmatch(text, first.end, second.start) or not second.name[:1].isupper():
        return False
    if second.kind == "organisation" and second.type in ("media", "wire"):
        return True
    # an untitled name nobody lists as a person (", Asahi Shimbun,", ", Press TV,")
    return second.kind in ("organisation", "unknown", "person") and not second.role and \
        not (second.known and second.kind == "person")


_AT_PLACE = re.compile(r"\s+di\s+")


def _located_trade(text: str, first: Mention, after: list) -> Mention | None:
    """``TRADE di PLACE, NAME`` (*Pedagang Beras di Pasar Mandiri, Akhmad*): the name after
    the place, when ``first`` is a trade or crowd noun of mention_words.csv (``group_title``)
    with what it deals in, and the place a place mention: else None."""
    if len(after) < 2 or first.kind not in ("person", "group") or first.known:
        return None
    head = (first.role or first.text).split()[0].lower()
    if _words()[0].get(head, ("",))[0] != "group_title":
        return None
    place, named = after
    if place.kind != "place" or not _AT_PLACE.fullmatch(text, first.end, place.start) or \
            not _COMMA_GAP.fullmatch(text, place.end, named.start) or \
            named.kind not in ("person", "unknown") or not named.name or \
            named.name.lower() in _places()[0]:  # "…di Pasar Jatingaleh, Semarang": a city
        return None
    return named


_LOCATED_ROLE = re.compile(r"\sdi(?:\s+[A-Z][\w.-]*){1,3}$")


def _place_read_as_name(text: str, first: Mention, after: list) -> bool:
    """A titled person whose name follows an organisation word (``Kepala UPT Damkar
    Sumedang``, ``Kasi Pencegahan BPBD Lembah Hijau``) or a place the title is located at
    (``Pedagang Beras di Pasar Mandiri``) and who is followed by a comma and a person: the
    words are the body's or the title's place, not a name. After a body the person after the
    comma has two name words or more and no title; after a located title any name will do."""
    if first.kind != "person" or not first.role or not after or first.known or \
            first.refer not in ("surname", "") or len(first.name.split()) > 2:
        return False
    second = after[0]
    if not _COMMA_GAP.fullmatch(text, first.end, second.start):
        return False
    if _LOCATED_ROLE.search(first.role):
        # "Pedagang Beras di Pasar Mandiri, Akhmad": the words read as a name close the
        # place the title is located at; the name is the one after the comma
        return second.kind in ("person", "unknown") and bool(second.name)
    last = first.role.split()[-1]
    body_word = (len(last) >= 2 and last.isupper() and last.isalpha()) or \
        _PORTFOLIO.fullmatch(last.lower()) is not None or \
        _words()[0].get(last.lower(), ("",))[0] in ("name_org", "org_name") or \
        _NUMBERED_BODY.search(first.role) is not None
    if body_word and second.kind in ("person", "unknown") and second.name and \
            second.name == second.text and _APPOSITION_CLOSED.match(text, second.end):
        return True  # "Wakil Kepala Kesiswaan SMAN 2 Sukamaju, Mustain, kepada wartawan": a
        # one-word name closed by a comma and the clause going on (round 20b)
    return body_word and second.kind == "person" and len(second.name.split()) >= 2 and \
        second.name == second.text


# a body numbered after its name (SMAN 2, Puskesmas 3): the number is part of its name
_NUMBERED_BODY = re.compile(r"(?<![\w-])[A-Z][A-Za-z]+[^\S\n]+\d{1,3}$")
# a one-word name in apposition: a comma, then the clause goes on in lower case (not a list)
_APPOSITION_CLOSED = re.compile(r",[^\S\n]+(?!(?:dan|serta|atau)\b)[a-z]")


# a short form in brackets after an office's or a unit's name: "Kepala Bidang Tata Ruang (Tarung)"
_DEFINED_SHORT_FORM = re.compile(r"((?:[A-Z][\w-]*[^\S\n]+){1,6})\(\s*([A-Z][a-z]{2,11})\s*\)")


@lexicons.cached(maxsize=256, per_text=True)
def _office_short_forms(text: str) -> frozenset:
    """The mixed-case short forms ``text`` defines in brackets after the name of an office, a
    unit or a body (``Kepala Bidang Tata Ruang (Tarung)``, ``Seksi Pelayanan Umum
    (Yanum)``): one of the up to six capitalised words before the bracket is an organisation
    word of mention_words.csv (``bidang``, ``seksi``, ``dinas``). A nickname after a person's
    name (``Suhendra (Hendra)``) has none."""
    entries = _words()[0]
    return frozenset(m.group(2) for m in _DEFINED_SHORT_FORM.finditer(text) if any(
        entries.get(w.lower(), ("",))[0] == "org" for w in m.group(1).split()))


def _short_form_read_as_name(text: str, first: Mention, after: list) -> bool:
    """A title whose "name" is a short form the text defines for an office's unit, followed
    by a comma and a person (``Kabid Tarung, Wahyuni, menjelaskan`` after ``Kepala Bidang
    Tata Ruang (Tarung) Wahyuni``): the short form is the title's unit; the person is the
    name after the comma (all-capital short forms, ``Kabid KSDA, X``, read so already)."""
    if first.kind != "person" or not first.role or not first.name or not after or \
            first.known or " " in first.name or \
            first.name not in _office_short_forms(text):
        return False
    second = after[0]
    return bool(_COMMA_GAP.fullmatch(text, first.end, second.start)) and \
        second.kind in ("person", "unknown") and bool(second.name) and \
        second.name == second.text


@lexicons.cached()
def _ranks() -> frozenset:
    """Police and military ranks (data/lexicons/ranks.csv), lower case."""
    return frozenset(lexicons.load("ranks")["word"].str.lower())


def _rank_only(role: str) -> bool:
    """Is a name's title before it only a police or military rank (``AKP``, ``Kombes Pol``)?
    A rank is no office: ``AKP Hendra, Kasat Reskrim Polres X, menjelaskan`` is one person
    with their office after the comma, not a list of officials (round 24c2)."""
    words = [w.strip(".").lower() for w in role.split()]
    return bool(words) and words[0] in _ranks() and all(
        w in _ranks() or w == "pol" for w in words)


def _unit_before_rank(text: str, first: Mention, after: list) -> bool:
    """A titled person whose one or two name words are followed by a comma and a person whose
    mention opens with a rank (``Kasat Narkoba, AKP Wawan``, ``Kapolres Pelabuhan Kalianget,
    AKBP Rudi``): the words read as a name are the office's unit or place; the person is the
    one after the rank."""
    if first.kind != "person" or not first.role or not first.name or not after or \
            first.known or len(first.name.split()) > 2:
        return False
    second = after[0]
    if not _COMMA_GAP.fullmatch(text, first.end, second.start) or \
            second.kind not in ("person", "unknown") or not second.name:
        return False
    opening = second.text.split()[0].rstrip(".").lower() if second.text.split() else ""
    return opening in _ranks() and second.text != second.name


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# what may stand before a name opening its sentence: nothing, or a linking phrase and a comma
# (or "Sementara" with no comma: "Sementara AKP X, Kasat Reskrim … mengatakan", round 24c2)
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?\n\"”–—-])\s*(?:(?i:sementara\s+itu|selain\s+itu|"
                             r"adapun|terpisah|di\s+sisi\s+lain|(?:hal\s+)?senada)\s*,\s*|"
                             r"(?i:sementara(?:\s+itu)?)\s+)?$")


def _speaks_after(text: str, start: int, end: int) -> bool:
    """``NAME, TITLE mengatakan``: the title is followed at once by a reporting verb, and
    the name opens its sentence (``Menurut Budi, Kepala Dinas mengatakan``, ``Mengutip
    Yonhap, sejumlah anggota meminta``, ``… yang disiarkan KCNA, juru bicara … menyatakan``
    name someone else)."""
    verb = _NEXT_WORD.match(text, end)
    return bool(verb) and verb.group(1) in _verb_forms() and \
        bool(_OPENS_SENTENCE.search(text[max(0, start - 40):start]))


_ROLE_WORD = re.compile(r"\s+([a-z][a-z-]*)\b")


def _role_tail_before_verb(text: str, start: int, end: int) -> int | None:
    """``NAME, TITLE <its own words> mengatakan`` (round 21b): the title's lower-case words
    (``pedagang sembako lainnya``, ``petani jagung di desa itu`` stops at the place) run
    straight into a reporting verb, and the name opens its sentence; the end of those
    words, or None."""
    if not _OPENS_SENTENCE.search(text[max(0, start - 40):start]):
        return None
    cursor = end
    for _ in range(5):
        word = _ROLE_WORD.match(text, cursor)
        if not word or word.group(1) in _NOT_ROLE_TAIL:
            return None
        if word.group(1) in _verb_forms():
            return cursor if cursor > end else None
        if re.match(r"[^\s]", text[word.end():word.end() + 1]):
            return None  # a comma or a stop after the title's words: no verb follows
        cursor = word.end()
    return None


_NAME_THEN_TRADE = re.compile(r"((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\s+([a-z]+)(?:\s+[a-z]+){0,2}")


def _name_before_trade(text: str, first: "Mention") -> "Mention | None":
    """``Subandi pedagang ikan keliling mengatakan`` (round 21b): a name and, with no comma,
    a trade or crowd noun of mention_words.csv (``group_title``) read as one group; when a
    reporting verb follows (the trade's own words between), the name is a person with that
    title. Names of the lexicons (places, countries, lexicon words) stay as they are. A
    person already typed with its trade (round 21g's ``_trade_after_name``) only takes the
    trade's own words up to the verb."""
    if first.kind == "person" and first.role and \
            _words()[0].get(first.role.split()[0], ("",))[0] == "group_title":
        tail = _role_tail_before_verb(text, first.start, first.end)
        return None if tail is None else first._replace(
            end=tail, text=text[first.start:tail], role=first.role + text[first.end:tail])
    if first.kind != "group" or first.name:
        return None
    match = _NAME_THEN_TRADE.fullmatch(first.text)
    if not match or _words()[0].get(match.group(2), ("",))[0] != "group_title":
        return None
    name = match.group(1)
    lowered = name.lower()
    if lowered in _places()[0] or lowered in _countries() or any(
            w in _words()[0] or w in _places()[0] for w in lowered.split()) or any(
            w in _NOT_ROLE_TAIL for w in first.text[match.end(2):].split()):
        return None  # "Seketika warga tersebut berteriak": a definite crowd, no name
    tail = _role_tail_before_verb(text, first.start, first.end)
    if tail is None and _speaks_after(text, first.start, first.end):
        tail = first.end
    verb = re.search(r"\b([a-z]+)[ \t]+$", text[max(0, first.start - 20):first.start])
    if tail is None and verb and verb.group(1) in _verb_forms():
        tail = first.end  # '…," kata Suminah pembeli beras.': the quote closed by the name
    if tail is None:
        return None
    return first._replace(end=tail, text=text[first.start:tail], name=name, canonical=name,
                          kind="person", role=text[first.start + match.start(2):tail],
                          refer="")


def _trade_before_name(text: str, first: "Mention", after: list) -> "Mention | None":
    """``ujar pedagang sayuran Ratna``, ``Petani kentang Darmo mengatakan`` (round 21b): a
    trade or crowd noun of mention_words.csv (``group_title``), one or two words of its own
    (the goods, no lexicon or place word) and a name: the named person with that title,
    where the title follows a reporting verb (a passive one with ``oleh``) or opens a
    sentence that a reporting verb goes on. Up to three words and a comma before the name
    too (``Hal senada disampaikan oleh pedagang lain, Ratna``: round 21b, second part)."""
    if first.kind != "group" or first.name or not after or not first.text.split():
        return None
    second = after[0]
    if second.kind not in ("unknown", "person") or not second.name or second.known:
        return None
    if _words()[0].get(first.text.split()[-1].lower(), ("",))[0] != "group_title":
        return None
    gap = text[first.end:second.start]
    # the trade's own words run into the name, or end at a comma before it (``diungkapkan
    # oleh pedagang lain, Rumi``, round 21b second part)
    if not re.fullmatch(r"(?:[ \t]+[a-z]+){1,2}[ \t]+|(?:[ \t]+[a-z]+){1,3}[ \t]*,[ \t]*",
                        gap) or any(
            w in _words()[0] or w in _toponym_heads() or w in _places()[0]
            or w in _place_modifiers() for w in gap.replace(",", " ").split()):
        return None
    # after a reporting verb, a passive one with its agent's ``oleh`` included
    verb = re.search(r"\b([a-z]+)(?:[ \t]+oleh)?[ \t]+$",
                     text[max(0, first.start - 26):first.start])
    if not (verb and verb.group(1) in _verb_forms()) and not (
            _OPENS_SENTENCE.search(text[max(0, first.start - 40):first.start])
            and _speaks_after(text, first.start, second.end)):
        return None
    title = first._replace(end=second.start, text=text[first.start:second.start].strip())
    return _with_title(text, second, title, first.start, second.end)


def _alias_as_name(text: str, named: "Mention", title: "Mention | None" = None) -> bool:
    """Does a one-word place or state alias (``Wina``, Vienna: Austria) stand where a
    person's name stands (round 21b)? After a person's title and a comma, a reporting
    verb right after it (``Salah seorang pembeli, Wina membenarkan``); or before a comma and
    a trade or crowd noun of mention_words.csv (``Wina, pedagang sayur, mengatakan``,
    ``title``). The alias itself stays in data/: only this position reads it as a name."""
    if named.kind not in ("state", "place") or not named.name or " " in named.text.strip() \
            or not named.text[:1].isupper():
        return False
    if title is None:
        verb = _NEXT_WORD.match(text, named.end)
        return bool(verb) and verb.group(1) in _verb_forms()
    return title.kind == "group" and not title.name and bool(
        _COMMA_GAP.fullmatch(text, named.end, title.start)) and \
        _words()[0].get(title.text.split()[-1].lower(), ("",))[0] == "group_title" and \
        bool(_OPENS_SENTENCE.search(text[max(0, named.start - 40):named.start]))


def _as_name(named: "Mention") -> "Mention":
    """``named`` read as an unknown person's name (its place or state reading dropped)."""
    return named._replace(kind="unknown", known=False, type="unknown", country="",
                          name=named.text.strip(), canonical=named.text.strip(),
                          refer="surname")


# words that end a title's own words: a clause, a place, a time or an object begins
_NOT_ROLE_TAIL = frozenset("yang di ke dari pada saat ketika bahwa itu tersebut ini juga "
                           "pun tidak belum sudah telah akan masih".split())


def _with_title(text: str, named: "Mention", title: "Mention", start: int, end: int
                ) -> "Mention":
    """``named`` with ``title`` as its role (and its type when the name is unknown)."""
    kind = named.kind
    kind_type = named.type
    if not named.known:
        if title.kind == "organisation" and title.type in ("think_tank", "media"):
            kind, kind_type = "organisation", title.type  # "RUSI, sebuah lembaga think tank"
        else:
            kind = "person"
            kind_type = title.type if title.type not in ("", "unknown") else named.type
    role = re.sub(r"^(?:seorang|sebuah|salah satu)\s+", "", title.text, flags=re.I)
    return named._replace(start=start, end=end, text=text[start:end], kind=kind,
                          type=kind_type, role=role, country=named.country or title.country,
                          gender=named.gender or title.gender,
                          refer="" if named.kind == "unknown" else named.refer)


# ---------------------------------------------------------------------------- reading

@lexicons.cached()
def _ambiguous() -> frozenset:
    return frozenset(lexicons.load("ambiguous_names")["name"])


def _is_ambiguous(alias: str) -> bool:
    return alias in _ambiguous()


_GROUP_DETERMINERS = ("para", "sejumlah", "beberapa", "banyak", "semua", "seluruh")


def _unnamed_media(core: list, head_word, name: str, states: list, definite: bool) -> bool:
    """Is a media phrase the press with no name (round 25e): the word *media* first, with
    only lower-case words after it (*media lokal*, *media asing*, *media pemerintah*, a bare
    *media*), no country (*media Jepang* is read before), no *itu* / *tersebut* pointing back
    and no outlet of that name (*Media Indonesia*)? A name after it (*media lokal Kompas*)
    is that medium."""
    return not name and not states and not definite and head_word is core[0] and \
        head_word.lower.split()[0] == "media" and not any(_capitalised(w) for w in core[1:]) and \
        urls.outlet_named(" ".join(w.text for w in core)) is None


def _read(text: str, phrase: _Phrase, sentence_actors: list | None = None) -> Mention | None:
    """The mention a phrase makes (see the module docstring)."""
    words = [w for w in phrase.words if w.category not in ("paren", "degree")]
    if not words:
        return None
    start, end = phrase.start, phrase.end
    whole = text[start:end]
    if words[0].category == "pronoun":
        return Mention(start=start, end=end, text=whole, kind="pronoun", refer="pronoun",
                       head=words[0].lower)
    anonymous = words[-1].category == "anonymity"  # "pejabat yang tidak disebutkan namanya"
    definite = words[-1].category == "definite"
    core = words[:-1] if definite or anonymous else words
    if definite and len(core) >= 2 and core[-1].lower in ("negara", "negeri") and \
            core[0].category == "org" and _capitalised(core[0]):
        # "Kementerian Pertahanan negara tersebut": the body of the country just named is
        # named by its own words
        core, definite = core[:-1], False
    determiner = core[0].lower if core and core[0].category == "determiner" else ""
    core = core[1:] if determiner else core
    if not core:
        return None
    core_start, core_end = core[0].start, core[-1].end
    core_text = " ".join(text[core_start:core_end].split())
    found = ([m for m in sentence_actors if core_start <= m.start and m.end <= core_end]
             if sentence_actors is not None else actors.find_actors(text, core_start, core_end))
    located = {w.start for i, w in enumerate(core) if i and core[i - 1].lower == "di"}
    places = [m for m in found if m.start in located]  # "CSIS di Washington": a place
    found = [m for m in found if m.start not in located]
    # a person's short alias with more name words beside it is not that person ("Kim" in
    # "Kim Yo Jong"): its words are name words like any other
    found = [m for m in found if not (m.kind == "person" and _extends(core, m, found))]

    def covered(word) -> bool:
        return any(m.start <= word.start and word.end <= m.end for m in found + places)

    head_word = next((w for w in core if w.category in HEADS and not covered(w)), None)
    # "Polri", "Kemenkes": an organisation's own short name reads as an organisation word
    head = head_word.category if head_word else ""
    head = "org" if head == "org_name" else head
    gender = next((w.gender for w in core if w.gender), "")
    acronym = phrase.acronym
    exact = [m for m in found if m.start == core_start and m.end == core_end]
    if exact:
        m = exact[0]
        return Mention(start=start, end=end, text=whole, name=m.text, canonical=m.canonical,
                       type=m.type, kind=m.kind, country=m.country, role=m.role, gender=gender,
                       known=True, refer="surname" if _is_ambiguous(m.text) else "",
                       acronym=acronym)
    if not exact and len(core) >= 2 and all(_capitalised(w) for w in core) and \
            urls.outlet_named(core_text) is not None:
        # "KBS World", "Korea Herald": a name of an outlet data/outlets.csv knows, whole
        return Mention(start=start, end=end, text=whole, name=core_text, canonical=core_text,
                       type="media", kind="organisation", known=True, acronym=acronym)
    persons = [m for m in found if m.kind == "person"]
    if persons and head == "relation" and head_word.start < persons[-1].start:
        # "Adik perempuan Kim Jong Un": his sister, not Kim Jong Un
        related = persons[-1]
        return Mention(start=start, end=end, text=whole, canonical=core_text, type=related.type,
                       kind="person", country=related.country, role=core_text, gender=gender,
                       refer="title", head=head_word.lower, acronym=acronym)
    if persons and not (head == "document" and core[0].category == "document"):
        person = persons[-1]
        role = text[core_start:person.start].strip(" ,")
        if _ADMINISTRATION.search(role) and any(w.category in TITLE_HEADS for w in core):
            # "pejabat senior pemerintahan Biden": an official of the leader's
            # administration, nobody named
            return Mention(start=start, end=end, text=whole, canonical="unnamed official",
                           type=person.type, kind="group", country=person.country,
                           role=core_text, known=True)
        return Mention(start=start, end=end, text=whole, name=person.text,
                       canonical=person.canonical, type=person.type, kind="person",
                       country=person.country, role=role or person.role, gender=gender, known=True,
                       refer="surname" if _is_ambiguous(person.text) else "", acronym=acronym)
    person_after = _person_after_body(text, core, found)
    if person_after is not None:
        # "Kepala Staf Gabungan Korea Selatan Kang Dae-shik", "Kementerian Kesehatan Gaza
        # Ashraf Qudra": a body (and its state or place), then a person nobody lists
        tail, body = person_after
        name = " ".join(text[tail[0].start:tail[-1].end].split())
        return Mention(start=start, end=end, text=whole, name=name, canonical=name,
                       type=body.type if body is not None else _government(found) if found
                       else institution_type(core_text),
                       kind="person", country=body.country if body is not None else "",
                       role=text[core_start:tail[0].start].strip(" ,"), gender=gender,
                       acronym=acronym)
    # the last run of name words that no known actor covers: an unknown name
    runs, run = [], []
    for word in core:
        name_like = (not word.category or word.category in ("name_org", "name_media")
                     or word.category == "connector" and (run or word.text[0].isupper())
                     ) and not covered(word)
        if name_like and word.text[0].isalnum():
            run.append(word)
        else:
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    runs = [r[:-1] if r[-1].category == "connector" else r for r in runs]
    runs = [r for r in runs if r]
    # an organisation's name may hold lexicon words: "Stasiun Pemantau Laut Baltik (SPLB)"
    # (every word capitalised, an acronym after it), "lembaga think tank Pusat Kajian Asia"
    # (capitalised after a lower-case head)
    capital_tail, named_org = [], False
    for word in reversed(core):
        if not (_capitalised(word) or word.category == "connector") or covered(word):
            break
        capital_tail.insert(0, word)
    lower_head = next((w for w in core if w.category in ("org", "media", "think_tank")
                       and not _capitalised(w)), None)
    if capital_tail and (acronym and capital_tail[0] is core[0] and len(capital_tail) >= 2 or
                         lower_head is not None and capital_tail[0].start > lower_head.start
                         and any(not w.category for w in capital_tail)):
        while capital_tail and capital_tail[0].category == "connector":
            capital_tail = capital_tail[1:]
        titled = any(w.category in TITLE_HEADS + ("group_title",) for w in capital_tail)
        if capital_tail and not titled or acronym and not any(
                w.category in TITLE_HEADS for w in capital_tail):
            runs = [capital_tail] if capital_tail else runs
            named_org = bool(acronym) and capital_tail[:1] == core[:1]
    last_run = runs[-1] if runs and runs[-1][-1].end == core_end else []
    if core_text == "Barat":  # "Barat menuduh …": the West, a bloc of states (data/lexicons/
        # actors.csv lists "negara-negara Barat"; "Barat" alone ends many place names)
        return Mention(start=start, end=end, text=whole, canonical="Western states",
                       type="foreign_government", kind="group", role=core_text, known=True)
    if head_word is not None and head_word.category == "place" and (
            head_word is core[0] or not any(w.category in TITLE_HEADS + ("org",) for w in core)):
        # "Jalur Gaza", "Kecamatan Semanu": a place, never a speaker
        return Mention(start=start, end=end, text=whole, name=core_text, canonical=core_text,
                       type="place", kind="place", country=next(
                           (m.country for m in found if m.country), ""))
    if head_word is not None and head_word.category == "law" and head_word is core[0]:
        # "Undang-Undang Keamanan Laut", "Resolusi Dewan Keamanan": a law or a resolution,
        # never a speaker (nor a name a later "katanya" could mean)
        return Mention(start=start, end=end, text=whole, name=core_text, canonical=core_text,
                       type="law", kind="law")
    first_run = runs[0] if runs and runs[0][0] is core[0] else []
    name_first = False
    if len(first_run) >= 2 and head_word is not None and (
            head_word.category in TITLE_HEADS or _trade_after_name(first_run, head_word)) \
            and head_word.start > first_run[-1].start and not found:
        # "Rina Hartono Peneliti Senior dari …": the name, then its title
        last_run = first_run
        name_first = True
    org_run = False
    if last_run:
        tail = _person_tail(core, last_run, frozenset(
            _last_word_end(phrase.words, w) for w in phrase.words if w.category == "paren"),
            acronym.lower())
        if named_org and acronym.lower() in _regional_bodies():
            tail = []  # "Badan … Daerah (BPBD) Lembah Hijau": the body of that place
        org_run = not tail and len(tail) != len(last_run)
        last_run = tail or last_run
    name = " ".join(text[last_run[0].start:last_run[-1].end].split()) if last_run else ""
    role = text[core_start:last_run[0].start].strip(" ,") if last_run else core_text
    if name_first:
        role = text[last_run[-1].end:core_end].strip(" ,")
    country = next((m.country for m in reversed(found + places) if m.country), "")
    related = next((m for m in reversed(found) if m.kind == "person"), None)
    refer = "definite" if definite else ""
    head_lower = head_word.lower if head_word else ""
    parens = [w for w in phrase.words if w.category == "paren"]
    if named_org and name and parens and last_run[0].start > parens[-1].start and \
            len(last_run) <= 3 and not any(w.category for w in last_run) and \
            institution_type(text[core_start:parens[-1].start]) in (
                "academic", "think_tank", "ngo", "union", "party", "company"):
        # "Universitas Sukamaju (Unsuka) Rina Kartika": the body and its short form, then a
        # person of it ("Pengamat dari Universitas … (…) Rina" names Rina, not analysts)
        return Mention(start=last_run[0].start, end=end, text=text[last_run[0].start:end],
                       name=name, canonical=name, type=_government(found) if found else
                       "unknown", kind="person", country=country,
                       role=text[core_start:last_run[0].start].strip(" ,"), gender=gender,
                       refer="surname" if len(last_run) == 1 else "")
    if named_org and name and parens and last_run[0].start > parens[-1].start and any(
            w.category == "org" for w in core if parens[-1].start < w.start < last_run[0].start):
        # "Pusat Data (Pusdatin) Kementerian Sosial", "Sistem Informasi X (SIX) Komisi Y":
        # the unit, its short form and the body it belongs to are one name, not the last
        # word of the body's (round 22a)
        name = core_text
    if named_org and name:  # "Stasiun Pemantau Laut Baltik (SPLB)": a named organisation
        kind_type = "think_tank" if head == "think_tank" else "media" if head == "media" \
            else _government(found) if found else "unknown"
        return Mention(start=start, end=end, text=whole, name=name, canonical=name, type=kind_type,
                       kind="organisation", country=country, acronym=acronym)
    if head in TITLE_HEADS + ("group_title",):
        inferred = (related.type if head == "relation" and related is not None
                    else _government(found))
        # round 20d: a person noun with no name and no "itu" (seorang wanita, pria,
        # tersangka) is someone the article does not name, as "seorang pejabat yang tidak
        # disebutkan namanya"
        group = (anonymous or determiner in _GROUP_DETERMINERS or head == "group_title"
                 or head_word is not None and _reduplicated(head_word.lower)
                 or head == "person_noun" and not definite)
        # "dosen … Universitas Diponegoro": a name right after an organisation word names
        # the organisation ("Laksamana Angkatan Laut Kim Myong Sik" names a person)
        before_run = [w for w in core if w.end <= last_run[0].start] if last_run else []
        inside_org = bool(before_run) and before_run[-1].category in (
            "org", "think_tank", "media") and before_run[-1].start > head_word.start and \
            not _inside_a_state(before_run[-1], found)  # not "Amerika Serikat" (a union's word)
        portfolio = bool(before_run) and _PORTFOLIO.fullmatch(before_run[-1].lower) and any(
            w.category in ("org", "org_name") for w in before_run)  # "Dinas Pendidikan X Y Z"
        if (inside_org or portfolio) and len(last_run) >= 3 and not name_first:
            # "Kementerian Perhubungan Robby Kurniawan": the office's name, then a person
            keep = 2
            while keep < len(last_run) and _INITIAL.fullmatch(last_run[-keep - 1].text) or (
                    keep < len(last_run) and _INITIAL.fullmatch(last_run[-keep].text)):
                keep += 1  # "… Lembaga Kajian A. B. Santoso": the initials are the name's
            last_run = last_run[-keep:]
            name = " ".join(text[last_run[0].start:last_run[-1].end].split())
            role = text[core_start:last_run[0].start].strip(" ,")
            inside_org = False
        if before_run and before_run[-1].category == "connector" and \
                before_run[-1].lower in ("dan", "serta") and len(last_run) != 2:
            # the word right after "dan" in an office is its second field, not a name:
            # "Kepala Bidang Distribusi dan Cadangan" cut off before its body (a page's line
            # break) names nobody; "… dan Cadangan Rina Wati" is Rina Wati
            last_run = last_run[1:]
            name = " ".join(text[last_run[0].start:last_run[-1].end].split()) \
                if last_run else ""
            role = text[core_start:last_run[0].start].strip(" ,") if last_run else core_text
        if name and not (len(last_run) == 1 and _ACRONYM.fullmatch(name)) and not inside_org \
                and not org_run:
            return Mention(start=start, end=end, text=whole, name=name, canonical=name,
                           type=inferred, kind="person", country=country, role=role, gender=gender,
                           refer="surname" if len(last_run) == 1 else "", acronym=acronym)
        if name:  # "juru bicara HUR", "dosen … Universitas X": an organisation, not a name
            role = core_text
        return Mention(start=start, end=end, text=whole, canonical=core_text, type=inferred,
                       kind="group" if group else "person", country=country, role=role,
                       gender=gender, refer=refer or ("" if group else "title"), head=head_lower,
                       acronym=acronym)
    if head in ("media", "think_tank"):
        media = [m for m in found if m.kind == "organisation"]  # states only qualify it
        if media:
            best = media[-1]
            return Mention(start=start, end=end, text=whole, name=best.text,
                           canonical=best.canonical, type=best.type, kind=best.kind,
                           country=best.country, role=best.role, known=True, acronym=acronym)
        kind_type = "think_tank" if head == "think_tank" else "media"
        states = [m for m in found if m.kind == "state"]
        if head_word is core[0] and head_word.lower == "media" and states and not any(
                w.category for w in core[1:]) and all(
                any(m.start <= w.start and w.end <= m.end for m in states)
                for w in core[1:]) and urls.outlet_named(core_text) is None:
            # "Media Rusia", "media Jepang": a country's press, nobody in particular (not
            # the newspaper "Media Indonesia", which data/outlets.csv knows; "media pemerintah
            # Rusia", a state's own media, is one)
            return Mention(start=start, end=end, text=whole, canonical=core_text,
                           type="media", kind="group", country=states[-1].country,
                           role=core_text, head=head_lower, acronym=acronym)
        if _unnamed_media(core, head_word, name, states, definite):
            # "media lokal", "Menurut media pemerintah, …", a bare "media": the press with
            # no name and no country is nobody in particular either (round 25e)
            return Mention(start=start, end=end, text=whole, canonical=core_text,
                           type="media", kind="group", country=country, role=core_text,
                           head=head_lower, acronym=acronym)
        if name and head_word is core[0] and all(_capitalised(w) or w.category == "connector"
                                                 for w in core):
            name = core_text  # "Pusat Studi Maritim Asia": the head word is in the name
        return Mention(start=start, end=end, text=whole, name=name, canonical=name or core_text,
                       type=kind_type, kind="organisation", country=country,
                       role=role if name else "", refer="" if name else refer,
                       head="" if name else head_lower, acronym=acronym)
    if head == "org" and determiner == "seorang" and head_word is core[0] and \
            not _capitalised(head_word):
        # "seorang tentara Rusia", "seorang polisi Filipina": one member of the force, whom
        # the article does not name (as "seorang pejabat Rusia"), not the force (round 26e)
        return Mention(start=start, end=end, text=whole, canonical=core_text,
                       type=_government(found), kind="group", country=country,
                       role=core_text, head=head_lower, acronym=acronym)
    if head == "org":
        # "Korlantas Polri", "Kementerian Kesehatan (Kemenkes)": a capitalised name of two
        # words or more (or with its acronym) names an organisation; "kementerian itu",
        # a bare "Kementerian" describe one to resolve
        # ("Polri", "Kemendag" alone name one; "Pemkab", "Dinkes" alone need their place)
        proper = all(_capitalised(w) or w.category == "connector" for w in core) and (
            len(core) >= 2 or bool(acronym) or core[0].category == "org_name"
            and core[0].lower not in _place_modifiers())
        return Mention(start=start, end=end, text=whole, name=core_text if not refer else "",
                       canonical=core_text, type=_government(found), kind="organisation",
                       country=country, refer=refer or (
                           "head" if not found and not name and not proper else ""),
                       head=head_lower, acronym=acronym)
    if head == "document":
        # "laporan lembaga think tank CSIS", "Pernyataan Kim Yo Jong": the rest of the phrase
        # names who speaks through the document
        rest = [w for w in core if w.start > head_word.start]
        author = _read(text, _Phrase(rest, rest[0].start, rest[-1].end, acronym),
                       sentence_actors) if rest else None
        if author is not None and author.kind != "document" and not author.refer:
            return author._replace(start=start, end=end, text=whole, role=head_lower,
                                   head=head_lower)
        return Mention(start=start, end=end, text=whole, canonical=core_text, kind="document",
                       country=country, refer="definite" if definite else "head", head=head_lower,
                       acronym=acronym)
    if name and found and not head:
        before = [m for m in found if m.end <= last_run[0].start
                  and not text[m.end:last_run[0].start].strip()]
        if before and before[-1].kind == "organisation" and all(
                w.category == "name_media" for w in last_run):
            m = before[-1]  # "AP News", "Yonhap News Agency": the known organisation
            return Mention(start=start, end=end, text=whole, name=m.text, canonical=m.canonical,
                           type=m.type, kind=m.kind, country=m.country, role=m.role, known=True,
                           acronym=acronym)
        if before and before[-1].kind in ("state", "organisation"):
            # "Kyiv Independent", "KCNA Watch": a name of its own
            name = " ".join(text[before[-1].start:last_run[-1].end].split())
            return _unknown_name(text, start, end, name, [None] * (len(last_run) + 1),
                                 acronym, words=text[before[-1].start:last_run[-1].end])
    body_name = name and core[0].category == "name_org" and _capitalised(core[0]) and \
        last_run[0] is not core[0] and all(_capitalised(w) or w.category == "connector"
                                            for w in core)
    if body_name and len(last_run) <= 2:  # "Forum Indonesia untuk Transparansi Anggaran"
        return _unknown_name(text, start, end, core_text, core, acronym)
    if body_name and not any(_org_word(w) for w in last_run[-2:]):
        # "Forum Indonesia untuk Transparansi Anggaran Badiul Hadi": the body's name, then
        # the person (two words, and the initials before them)
        keep = 2
        while keep < len(last_run) - 1 and _INITIAL.fullmatch(last_run[-keep - 1].text):
            keep += 1
        person = last_run[-keep:]
        name = " ".join(text[person[0].start:person[-1].end].split())
        return Mention(start=start, end=end, text=whole, name=name, canonical=name,
                       type=institution_type(core_text), kind="person", country=country,
                       role=text[core_start:person[0].start].strip(" ,"), gender=gender,
                       acronym=acronym)
    if name and org_run and not head and len(core) >= 2 and all(
            _capitalised(w) or w.category in ("modifier", "connector") for w in core):
        # "BPBD Kota Sukamaju": an office's name and its place, no person in it
        return Mention(start=start, end=end, text=whole, name=core_text, canonical=core_text,
                       type=institution_type(core_text), kind="organisation",
                       country=country, acronym=acronym)
    if name:
        return _unknown_name(text, start, end, name, last_run, acronym)
    if _body_of_a_state(core, found):
        # "the Bank of Thailand", "Bank of Korea": a body named by its country is that body,
        # not the country's government (round 22e, second part)
        body = " ".join(w.text for w in core if w.lower != "the" or w is not core[0])
        return Mention(start=start, end=end, text=whole, name=body, canonical=body,
                       type=institution_type(core_text) or "unknown", kind="organisation",
                       country=found[-1].country, acronym=acronym)
    if found:
        # "kantor berita Rusia RIA": a name the description is followed by is the one meant
        known = max(found, key=lambda m: (m.text[:1].isupper(), m.end - m.start, m.start))
        return Mention(start=start, end=end, text=whole, name=known.text,
                       canonical=known.canonical, type=known.type, kind=known.kind,
                       country=known.country, role=known.role, gender=gender, known=True,
                       acronym=acronym)
    return None


def _body_of_a_state(core: list, found: list) -> bool:
    """Whether a phrase is an English body's name ending in the state it belongs to: a
    capitalised body word of data/lexicons/mention_words.csv (``name_org``: *Bank*,
    *Office*), then *of* (*the*), then only a known state (*Bank of Thailand*, *Bank of
    Korea*; not *Bank Mandiri*, nor a body with more words of its own after *of*).

    >>> words = _tokens("Bank of Thailand", 0, 16)
    >>> _body_of_a_state(words, [Mention(8, 16, "Thailand", kind="state")])
    True
    >>> _body_of_a_state(words, [])
    False
    >>> _body_of_a_state(_tokens("the Bank of Thailand", 0, 20),
    ...                  [Mention(12, 20, "Thailand", kind="state")])
    True
    """
    core = core[1:] if core and core[0].lower == "the" else core
    if len(core) < 3 or not found or any(m.kind != "state" for m in found):
        return False
    if core[0].category != "name_org" or not _capitalised(core[0]) or core[1].lower != "of":
        return False
    rest = [w for w in core[2:] if w.lower != "the"]
    return bool(rest) and all(any(m.start <= w.start and w.end <= m.end for m in found)
                              for w in rest)


@lexicons.cached()
def _places() -> tuple[frozenset, frozenset]:
    """(place names and short forms of data/lexicons/places.csv, lower case; the first
    words of the names of several words)."""
    table = lexicons.load("places")
    names = {n.lower() for n in table["name"]} | {n.lower() for n in table["short"] if n}
    return frozenset(names), frozenset(n.split()[0] for n in names if " " in n)


def _person_after_body(text: str, core: list, found: list):
    """(the words of a person's name, the known body before them or None) when a phrase is
    a body — a known organisation, or an organisation word then a state or a place of
    data/lexicons/places.csv — followed by two or three capitalised words nobody lists."""
    bodies = [m for m in found if m.kind in ("organisation", "state")]
    anchor, body = -1, None
    if bodies and (bodies[-1].kind == "organisation" or core[0].category == "org"):
        anchor, body = bodies[-1].end, bodies[-1] if bodies[-1].kind == "organisation" else None
    elif core[0].category == "org" and _capitalised(core[0]):
        # its place ("Kementerian Kesehatan Gaza"), else its portfolio ("Kementerian
        # Perhubungan", a pe-/per-/ke-…-an word: never a name)
        places = [w for w in core[1:] if w.lower in _places()[0]]
        portfolio = [w for w in core[1:3] if _PORTFOLIO.fullmatch(w.lower)]
        anchor = places[-1].end if places else portfolio[-1].end if portfolio and \
            len(core) - core.index(portfolio[-1]) - 1 in (2, 3) else -1
    if anchor < 0:
        return None
    tail = [w for w in core if w.start >= anchor]
    if not 2 <= len(tail) <= 3 or len(tail) == len(core):
        return None
    if not all(_capitalised(w) and not w.category and not _org_word(w) and w.lower not in
               _places()[0] | _places()[1] | _compass_words() for w in tail):
        return None  # "… Kabupaten Maluku Barat Daya": the place's direction, no person
    if any(m.start < tail[-1].end and m.end > tail[0].start for m in found):
        return None
    return tail, body


@lexicons.cached()
def _countries() -> frozenset:
    """The world's countries and territories as Indonesian writes them (Babel's ``id``
    locale: *Suriah, Myanmar, Afrika Selatan*), lower case, without bracketed variants."""
    from babel import Locale

    names = Locale("id").territories.values()
    return frozenset(re.sub(r"\s*\(.*?\)", "", n).strip().lower() for n in names)


@lexicons.cached()
def _place_modifiers() -> frozenset:
    """Words after which one capitalised word names a place (data/lexicons/place_words.csv):
    divisions (``Kota Bogor``), offices (``Bupati Sukamaju``) and regional bodies
    (``Polda Jateng``, ``Dinkes Jepara``, ``BPBD Baubau``)."""
    return frozenset(" ".join(w.lower().split()) for w in lexicons.load("place_words")["word"])


@lexicons.cached()
def _regional_bodies() -> frozenset:
    table = lexicons.load("place_words")
    return frozenset(w.lower() for w in table.loc[table["category"] == "regional_body", "word"])


# a field of government named by a pe-/per-/ke- ... -an noun (Pertanian, Perhubungan,
# Pendidikan, Kelautan): an office's portfolio, never a person's name
_PORTFOLIO = re.compile(r"(?:pe[rmn]?|ke)[a-z]{4,}an")


def _org_word(word: "_Word") -> bool:
    """A word of an organisation's or a place's name that no person's name holds: an acronym
    (``BPBD``, ``DKI``), an organisation word (``Polri``, ``Migas``), a portfolio
    (``Pertanian``), a place (``Jateng``, ``Jakarta``), a body institution_types.csv names
    in one word no other lexicon holds (``Basarnas``, ``Bulog``)."""
    return (len(word.text) >= 2 and word.text.isupper() and word.text.isalpha()) or \
        word.text.isdigit() or _PORTFOLIO.fullmatch(word.lower) is not None or \
        word.category in ("name_org", "org_name") or word.lower in _places()[0] or \
        not word.category and word.lower in _institution_words()[1]


def _person_tail(core: list, run: list, brackets: frozenset = frozenset(),
                 acronym: str = "") -> list:
    """The words of a name run after the organisation and place it names first
    (``Dinkes DKI Jakarta Ani Ruspitawati`` → ``Ani Ruspitawati``; ``Kota Bogor Retno
    Wulandari`` → ``Retno Wulandari``): [] when every word belongs to them."""
    names, firsts = _places()
    position = {id(w): i for i, w in enumerate(core)}
    last = _known_organisation(run) - 1  # "Corporate Secretary Bank Dunia Maria Ulfa"
    titled = any(w.category in TITLE_HEADS for w in core)
    office_before = any(w.category in TITLE_HEADS + ("org", "org_name") for w in core
                        if w.end <= run[0].start)
    for index, word in enumerate(run):
        before = core[position[id(word)] - 1] if position[id(word)] else None
        if before is not None and before.lower in _place_modifiers():
            size = _place_length(before.lower, len(run) - index, word.lower, titled)
            if len(run) - index == 2 and _village_head(core, position[id(before)]):
                size = 1  # "Kepala Desa Karangsari Wagiman": the village, a one-word name
            elif len(run) - index == 3 and word.lower in _toponym_heads() and \
                    _village_head(core, position[id(before)]):
                size = 2  # "Kades Tanjung Sari Wagiman": a toponym's two words, one name
            while 0 < size and index + size < len(run) and \
                    run[index + size].lower in _toponym_tails():
                size += 1  # "Kepala Desa Sukamaju Kidul Darto": a quarter's word ends the place
            last = max(last, index + size - 1)
        if (_org_word(word) and not _initials_in_name(run, index)) or \
                word.end in brackets:  # "… (ESDM) Arifin Tasrif"
            last = max(last, index)
        if before is not None and before.end in brackets and acronym in _regional_bodies():
            # "Kepala Badan … Daerah (BPBD) Lembah Hijau Darmawan Saputra": its place
            size = _place_length(acronym, len(run) - index, word.lower, titled)
            last = max(last, index + size - 1)
        if word.lower in firsts:  # "Jawa Tengah", "Nusa Tenggara Barat": the whole place
            for size in (3, 2):
                words = run[index:index + size]
                if len(words) == size and " ".join(w.lower for w in words) in names:
                    last = max(last, index + size - 1)
                    break
        for size in (3, 2, 1):  # "… untuk wilayah Myanmar Amina Diallo": a country, then
            # a name of two words or more
            words = run[index:index + size]
            if len(words) == size and office_before and \
                    len(run) - index - size in (0, 2, 3, 4) and \
                    " ".join(w.lower for w in words) in _countries():
                last = max(last, index + size - 1)
                break
    while 0 <= last < len(run) - 1 and run[last + 1].lower in _compass_words():
        last += 1  # "Kabupaten Maluku Barat Daya", "Jakarta Selatan": the place goes on
    tail = run[last + 1:]
    if tail and tail[-1].lower in _compass_words():
        return []  # "(BPBD) Kabupaten Lembah Hijau Selatan": no person's name ends so
    if tail and tail[0].category == "connector":
        return []  # "Kiel Institute for the World Economy": the organisation's name goes on
    return tail


def _mixed_case_name(word: "_Word") -> bool:
    """A capitalised word in mixed case that no lexicon files: a person's name word."""
    return len(word.text) >= 2 and word.text[0].isupper() and word.text[1:].islower() and \
        word.text.isalpha() and not word.category and not _org_word(word)


def _initials_in_name(run: list, index: int) -> bool:
    """Is the capitals word ``run[index]`` initials inside a person's name rather than a
    body's acronym? Two name words before it and one after it, none of them filed in a
    lexicon (``AKBP Yudha Pranata SHP Nainggolan``: *SHP* is the man's initials, so
    *Yudha Pranata SHP Nainggolan* is his name, not *Nainggolan* after a body *SHP*).

    >>> words = [_Word(0, 0, t, t.lower(), "", 0, "")
    ...          for t in ("Yudha", "Pranata", "SHP", "Lubis")]
    >>> _initials_in_name(words, 2)
    True
    >>> _initials_in_name(words[1:], 1)
    False
    """
    word = run[index]
    return 2 <= len(word.text) <= 4 and word.text.isupper() and word.text.isalpha() and \
        not word.category and word.lower not in _institution_words()[1] and \
        index >= 2 and index + 1 < len(run) and \
        all(_mixed_case_name(w) for w in (run[index - 2], run[index - 1], run[index + 1]))


def _known_organisation(run: list) -> int:
    """How many first words of a name run name an organisation the actors lexicon knows,
    with at least one capitalised word left after them (0 when none does)."""
    _, by_alias = actors._lookup()
    for size in range(len(run) - 1, 0, -1):
        row = actors._row_for(" ".join(w.text for w in run[:size]), by_alias)
        if row is not None and row.get("kind") in ("organisation", "state", "group"):
            return size
    return 0


def _place_length(modifier: str, remaining: int, first: str, titled: bool = True) -> int:
    """How many of the ``remaining`` capitalised words after a place word name the place
    (no lexicon need know it): after a division one or two words are all place
    (``Kabupaten Lembah Hijau``); of three, one (a person's name is two words: ``Kota Bogor
    Retno Wulandari``); of four or more, two when the first is a toponym's head word of
    data/lexicons/toponym_heads.csv (``Kecamatan Batu Merah Joko Susilo``, ``BPBD Tanjung
    Seruni Asnawi Putra``), else one (``Bupati Klaten Sri Mulyani Hastuti``); after an
    office or a regional body two words alone are a person (``Kepala BPBD Rudi Hartono``),
    but a regional body with no title before it speaks as itself, its words after it its
    place (``BPBD Tanjung Seruni mencatat …``)."""
    if not titled and modifier in _regional_bodies():
        return min(remaining, 3)
    if remaining <= 2:
        return remaining if modifier in _divisions() or remaining == 1 else 0
    return 2 if remaining >= 4 and first in _toponym_heads() else 1


@lexicons.cached()
def _village_offices() -> frozenset:
    """A village's, a hamlet's or a district's head (data/lexicons/place_words.csv
    ``village_office``: *kepala desa, kades, lurah, camat*): its title names the place
    before the person."""
    table = lexicons.load("place_words")
    return frozenset(" ".join(w.lower().split())
                     for w in table.loc[table["category"] == "village_office", "word"])


def _village_head(core: list, at: int) -> bool:
    """Does ``core[at]`` end a village head's title (``Kades``, ``Kepala Desa``)? Then of
    two capitalised words after it the first is the village and the second the head's
    name: villages are seldom left out after such a title, and their heads often go by one
    name (``Kades Sidomulyo Parjo``)."""
    pair = " ".join(w.lower for w in core[max(0, at - 1):at + 1])
    return core[at].lower in _village_offices() or pair in _village_offices()


@lexicons.cached()
def _toponym_tails() -> frozenset:
    """Words that close a place's name (data/lexicons/toponym_tails.csv: *Kidul, Wetan,
    Utara, Hilir, Baru*): after a place word they belong to the place, not to the person
    named next."""
    return frozenset(lexicons.load("toponym_tails")["word"].str.lower())


@lexicons.cached()
def _toponym_heads() -> frozenset:
    return frozenset(lexicons.load("toponym_heads")["word"].str.lower())


@lexicons.cached()
def _compass_words() -> frozenset:
    """Words of a direction that end a place's name (data/lexicons/toponym_tails.csv
    ``direction``: *Jakarta Selatan*, *Maluku Barat Daya*, *Sukamaju Kidul*), never a
    person's name."""
    table = lexicons.load("toponym_tails")
    return frozenset(w.lower() for w in table.loc[table["direction"] == "yes", "word"])


@lexicons.cached()
def _divisions() -> frozenset:
    table = lexicons.load("place_words")
    return frozenset(w.lower() for w in table.loc[table["category"] == "division", "word"])


def _last_word_end(words: list, paren: "_Word") -> int:
    """The end of the word a bracket follows."""
    before = [w for w in words if w.end <= paren.start and w.category != "paren"]
    return before[-1].end if before else -1


def _extends(core: list, person, found) -> bool:
    """Do name words that no other actor covers stand right next to a known person's alias?
    (``Kim`` + ``Yo Jong``: then the name is not that person.)"""
    before = [w for w in core if w.end <= person.start]
    after = [w for w in core if w.start >= person.end]
    neighbours = before[-1:] + after[:1]
    return any(not w.category and w.text[0].isalnum() and _capitalised(w)
               and not any(m is not person and m.start <= w.start and w.end <= m.end
                           for m in found)
               for w in neighbours)


def _reduplicated(word: str) -> bool:
    """``pejabat-pejabat``: an Indonesian plural."""
    parts = word.split("-")
    return len(parts) == 2 and parts[0] == parts[1]


def _trade_after_name(run: list, head_word: "_Word") -> bool:
    """A lower-case trade or crowd noun of mention_words.csv (``group_title``) right after a
    name of plain name words says who the person is (*kata Rina Kartika pedagang cabai*):
    one person, not a crowd."""
    return head_word.category == "group_title" and not _capitalised(head_word) and all(
        not w.category for w in run)


def _unknown_name(text: str, start: int, end: int, name: str, run: list, acronym: str,
                  words: str = "") -> Mention:
    """An unknown capitalised name: organisation or medium by its words, else a person
    (two or more name words) or an unknown single word."""
    lowered = (words.lower().split() if words else [w.lower for w in run])
    if re.search(r"\.(?:com|co|id|tv|net|org|news)\b", name, re.I):  # "KOMPAS.com": an outlet
        return Mention(start=start, end=end, text=text[start:end], name=name, canonical=name,
                       type="media", kind="organisation", acronym=acronym)
    entries, _ = _words()
    categories = {entries.get(w, ("", ""))[0] for w in lowered}
    if "name_media" in categories:
        return Mention(start=start, end=end, text=text[start:end], name=name,
                       canonical=_canonical_name(name), type="media", kind="organisation",
                       acronym=acronym)
    if "name_org" in categories or _ACRONYM.fullmatch(name) or acronym and len(run) >= 3:
        return Mention(start=start, end=end, text=text[start:end], name=name,
                       canonical=_canonical_name(name), type="unknown", kind="organisation",
                       acronym=acronym)
    if len(run) >= 2:
        return Mention(start=start, end=end, text=text[start:end], name=name,
                       canonical=_canonical_name(name), type="unknown", kind="person",
                       acronym=acronym)
    return Mention(start=start, end=end, text=text[start:end], name=name, canonical=name,
                   type="unknown", kind="unknown", refer="surname", acronym=acronym)


def _canonical_name(name: str) -> str:
    return " ".join(name.split())


def _government(context) -> str:
    """``<country>_government`` of the first state or government actor in a title or head
    phrase (``Menteri Pertahanan Korea Selatan`` → kr_government), else unknown."""
    for match in context:
        if match.type.endswith("_government") or match.type == "international_org":
            return match.type
    return "unknown"


def _read_phrase(text: str, phrase: _Phrase) -> Mention | None:
    """``_read`` of a phrase, remembered by its words: a phrase means the same wherever it
    stands ("Gedung Putih", "juru bicara Kremlin Dmitry Peskov" recur across a corpus)."""
    start = phrase.start
    key = (text[start:phrase.end], tuple((w.start - start, w.end - start, w.category)
                                         for w in phrase.words), phrase.acronym)
    read = _read_words(key)
    if read is None:
        return None
    # (built directly: ``_replace`` costs twice as much, and this runs for every phrase)
    return Mention(read.start + start, read.end + start, *read[2:])


@lexicons.cached()
def _institution_words() -> tuple[re.Pattern, dict[str, str]]:
    """The words of an institution's name that give its type
    (data/lexicons/institution_types.csv), the first listed winning."""
    table = lexicons.load("institution_types")
    order = {" ".join(w.lower().split()): t for w, t in zip(table["word"], table["type"],
                                                         strict=True)}
    return lexicons.cue_pattern(order), order


def institution_type(words: str) -> str:
    """The type an institution's name gives it (``government``, ``company``, ``academic``,
    ``think_tank``, ``media``, ``ngo``, ``union``, ``party``, ``military``, ``health``), else
    ``unknown``: from its words, whatever the country.

    >>> institution_type("Kepala Dinas Kesehatan Kota Bogor"), institution_type("Rina")
    ('government', 'unknown')
    """
    pattern, order = _institution_words()
    found = {" ".join(m.group(0).lower().split()) for m in pattern.finditer(words)}
    return next((t for w, t in order.items() if w in found), "unknown")


def _directed_place(mention: Mention) -> bool:
    """Is the mention a place of data/lexicons/places.csv followed by directions only
    (``Bekasi Utara``, ``Jakarta Selatan``), a name no list holds whole?"""
    words = mention.text.split()
    at = len(words)
    while at > 1 and words[at - 1].lower() in _compass_words():
        at -= 1
    names = _places()[0]
    return at < len(words) and " ".join(words[:at]).lower() in names and \
        mention.text.lower() not in names


@lexicons.cached()
def _topic_words() -> frozenset:
    """Words a capitalised phrase naming a period, a topic or an operation opens with
    (data/lexicons/topic_words.csv: *Periode*, *Inflasi*, *Barang*, *Operasi*)."""
    return frozenset(lexicons.load("topic_words")["word"].str.lower())


def _names_a_topic(mention: Mention) -> bool:
    """Is the unknown name of ``mention`` a period, a topic or an operation written with
    capitals (*Periode Tahun 2023*, *Inflasi*, *Barang Pokok*, *Operasi Zebra*)? A body whose
    name holds such a word later (*Tim Pengendalian Inflasi Daerah*) is a name."""
    if mention.known or not mention.name or mention.kind not in (
            "organisation", "person", "unknown"):
        return False
    first = re.match(r"[\w-]+", mention.name.lower())
    return first is not None and first.group() in _topic_words()


def _without_topic_name(mention: Mention) -> Mention | None:
    """A mention whose name is a topic (``_names_a_topic``): the group its role names
    (*Pedagang Barang Pokok*: traders), else none."""
    role = mention.role.lower().split()
    if role and _lexicon()[0].get(role[0], ("", ""))[0] == "group_title":
        return mention._replace(name="", canonical="", kind="group", type="unknown",
                                head=role[0], refer="", known=False)
    return None


def _typed(mention: Mention | None) -> Mention | None:
    """``mention`` with the type its words give where the lexicon gave none; a known place
    and a direction after it (``Bekasi Utara``) is a place, never a speaker; a period, a
    topic or an operation written with capitals (``_names_a_topic``) names nobody."""
    if mention is not None and _names_a_topic(mention):
        return _without_topic_name(mention)
    if mention is not None and mention.kind in ("organisation", "person", "unknown") and \
            not mention.role and _directed_place(mention):
        return mention._replace(type="place", kind="place", refer="")
    if mention is None or mention.type not in ("", "unknown") or mention.kind not in (
            "organisation", "person", "group"):
        return mention
    typed = institution_type(mention.text)
    return mention if typed == "unknown" else mention._replace(type=typed)


@lexicons.cached(maxsize=65536)
def _read_words(key: tuple) -> Mention | None:
    phrase_text, words, acronym = key
    entries, _, _ = _lexicon()
    local = []
    for s, e, category in words:
        lower = " ".join(phrase_text[s:e].lower().split())
        gender = entries.get(lower, ("", ""))[1] if category else ""
        if category and lower not in entries:  # a slip: the head word it stands for
            lower = _slip(lower) or lower
            gender = entries.get(lower, ("", ""))[1]
        local.append(_Word(s, e, phrase_text[s:e], lower, category, e, gender))
    return _typed(_read(phrase_text, _Phrase(local, 0, len(phrase_text), acronym)))


@lexicons.cached(maxsize=2048, per_text=True)
def _sentence_mentions(text: str, start: int, end: int, title_case: bool,
                       short_forms: frozenset = frozenset()) -> tuple:
    phrases = _phrases(text, start, end, title_case, short_forms)
    if not phrases:
        return tuple(_cited_addresses(text, start, end, []))
    phrases = [part for p in phrases for part in _split_aged_person(text, p)]
    found = [m for m in (_read_phrase(text, p) for p in phrases) if m is not None]
    found = _graded_offices(text, start, end, found)
    found = _epithets(text, _merge_nicknames(text, _merge_appositives(text, found)))
    found = [_western(_known_short_form(_named_in_brackets(m))) for m in found]
    found = _slashed_names(text, found)
    found = _media_by_address(text, start, end, found)
    return tuple(sorted(found + _cited_addresses(text, start, end, found),
                        key=lambda m: m.start))


def _slashed_names(text: str, found: list) -> list:
    """A name the actors lexicon holds with a slash in it (*RFE/RL*, *Radio Free
    Europe/Radio Liberty*), which the words of a phrase split in two: one mention of the
    known actor (round 26e).

    >>> [m.canonical for m in find_mentions("Hal itu dilaporkan RFE/RL, Senin.")]
    ['Radio Free Europe/Radio Liberty']
    """
    if len(found) < 2:
        return found
    out = [found[0]]
    for mention in found[1:]:
        before = out[-1]
        if text[before.end:mention.start] == "/":
            known = next((a for a in actors.find_actors(text, before.start, mention.end)
                          if a.start == before.start and a.end == mention.end), None)
            if known is not None:
                out[-1] = Mention(start=before.start, end=mention.end,
                                  text=text[before.start:mention.end], name=known.text,
                                  canonical=known.canonical, type=known.type, kind=known.kind,
                                  country=known.country, role=known.role, known=True)
                continue
        out.append(mention)
    return out


# a medium's kind (and its country) then its address in lower case: "media Ukraina rbc.ua",
# "situs berita Jepang nikkei.com" (the address names the medium; not "laman bps.go.id",
# a body's own site)
_MEDIUM_ADDRESS = re.compile(
    r"(?i:\b(?:media|situs\s+berita|portal\s+berita|kantor\s+berita|surat\s+kabar|"
    r"harian)\s+)(?:[A-Z][\w-]*\s+){0,3}"
    r"([a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)+)(?=[\s,;:)]|$)")


def _media_by_address(text: str, start: int, end: int, found: list) -> list:
    """A medium described by its kind and country and named by its web address in lower
    case (``media Ukraina rbc.ua``): one mention, the medium named by its address (or by
    the outlet data/outlets.csv knows at that address), in place of the country's press.

    >>> [(m.text, m.canonical) for m in find_mentions("menurut media Ukraina rbc.ua, pejabat")]
    [('media Ukraina rbc.ua', 'rbc.ua'), ('pejabat', 'pejabat')]
    """
    if _DOT_LOWER.search(text, start, end) is None:
        return found
    for match in _MEDIUM_ADDRESS.finditer(text, start, end):
        if any(m.start < match.end() and match.start(1) < m.end for m in found):
            continue  # the address is part of a name already read
        address = match.group(1)
        inside = [m for m in found if match.start() <= m.start and m.end <= match.start(1)]
        if any(m.kind not in ("group", "organisation", "state") for m in inside):
            continue
        found = [m for m in found if m not in inside] + [Mention(
            start=match.start(), end=match.end(1), text=text[match.start():match.end(1)],
            name=address, canonical=urls.outlet_named(address) or address, type="media",
            kind="organisation")]
    return found


# "pemerintahan Biden", "rezim Assad", "kabinet Kishida": a leader's administration
_ADMINISTRATION = re.compile(r"(?i)\b(?:pemerintahan|rezim|kabinet|administrasi)$")
# two to four capitalised words, none in capitals only: a person's name, not a short form
_BRACKETED_NAME = re.compile(r"[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+)){1,3}")


def _western(mention: Mention) -> Mention:
    """``seorang diplomat Barat``, ``pejabat Barat``: officials of Western states, nobody
    named (*Barat* after a title says whose, it is no name)."""
    words = mention.role.split()
    titled = mention.kind == "group" and not mention.name and len(words) >= 2 and \
        words[-1] == "Barat" and words[-2].islower()  # "Barat" read as a title's place
    if not titled and (mention.kind != "person" or mention.name != "Barat"):
        return mention
    return mention._replace(name="", canonical="Western officials", type="foreign_government",
                            kind="group", known=True, refer="")


def _known_short_form(mention: Mention) -> Mention:
    """A body described by its kind (``Kantor berita negara Korea Utara (KCNA)``) whose
    short form in brackets is a known actor is that actor."""
    if mention.name or mention.kind != "organisation" or not mention.acronym:
        return mention
    known = actors.normalise_actor(mention.acronym)
    if not known or known["kind"] != "organisation":
        return mention
    return mention._replace(name=mention.acronym, canonical=known["canonical"],
                            type=known["type"], country=known["country"] or mention.country,
                            known=True, refer="")


def _named_in_brackets(mention: Mention) -> Mention:
    """A title followed by a person's name in brackets (``Juru bicara Kementerian X (Rina
    Wulandari) mengatakan``) is that person; a short form in brackets stays one.

    >>> _named_in_brackets(Mention(0, 30, "Juru bicara (Rina Wulandari)", canonical="Juru "
    ...     "bicara", kind="person", refer="title", acronym="Rina Wulandari")).name
    'Rina Wulandari'
    """
    if mention.kind != "person" or mention.name or mention.refer != "title" or \
            not _BRACKETED_NAME.fullmatch(mention.acronym) or any(
                word.lower() in _lexicon()[0] for word in mention.acronym.split()):
        return mention  # "(Kepala Staf)": a title's short form
    return mention._replace(name=mention.acronym, canonical=mention.acronym, refer="",
                            role=mention.role or mention.canonical, acronym="")


# "berdasarkan siskaperbapo.jatimprov,", "menurut laman bps.go.id": a web address or a
# system's address in lower case named as where a figure comes from
_CITED_ADDRESS = re.compile(r"(?i:\b(?:berdasarkan|menurut|mengutip|merujuk|mengacu)\s+"
                            r"(?:(?:data|laman|situs|website|aplikasi)\s+)?)"
                            r"([a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)+)(?=[\s,;:)]|$)")


_DOT_LOWER = re.compile(r"\.[a-z]")  # what every address _CITED_ADDRESS reads holds


def _cited_addresses(text: str, start: int, end: int, found: list) -> list:
    """Web addresses in lower case cited as a figure's source (``berdasarkan
    panelharga.badanpangan.go.id, …``): an organisation named by its address."""
    cited = []
    if _DOT_LOWER.search(text, start, end) is None:
        return cited  # most sentences: an address holds a full stop before a small letter
    for match in _CITED_ADDRESS.finditer(text, start, end):
        if any(m.start < match.end(1) and match.start(1) < m.end for m in found):
            continue
        address = match.group(1)
        cited.append(Mention(start=match.start(1), end=match.end(1), text=address,
                             name=address, canonical=address, type="unknown",
                             kind="organisation"))
    return cited


# "(59)", "(59 tahun)": a person's age in brackets right after a name
_AGE = re.compile(r"\s*\((?:usia\s+)?\d{1,3}(?:\s*(?:tahun|th|thn))?\)")


def _split_aged_person(text: str, phrase: _Phrase) -> list:
    """A place named by a place word with a person's name and age after it is two phrases
    (``di Pasar Sukamaju Wati Lestari (59)`` → ``Pasar Sukamaju``, ``Wati Lestari``): the
    age says the last words are a person; of two name words the last is the person, of more
    the last two (a person's name is mostly two words)."""
    words = phrase.words
    if len(words) < 3 or words[0].category != "place" or not _AGE.match(text, phrase.end) \
            or any(w.category for w in words[1:]):
        return [phrase]
    size = 1 if len(words) == 3 else 2
    place, person = words[:-size], words[-size:]
    return [phrase._replace(words=place, end=place[-1].end),
            phrase._replace(words=person, start=person[0].start, acronym="")]


# "Budi Santoso atau akrab disapa Budi", "…, yang biasa dipanggil Pak Ito,": the name a
# person goes by is an alias of that person, not a second one
_NICKNAME = re.compile(r"\s*,?\s*(?:atau|yang)\s+(?:(?:akrab|biasa|kerap|karib)\s+)?"
                       r"(?:disapa|dipanggil|dikenal\s+dengan\s+sapaan)\s+")
_HONORIFICS = ("Pak", "Bu", "Bang", "Mas", "Mbak", "Kak", "Cak", "Bung")


# round 21a: a person noun with the name its bearer goes by after it ("ujar pria yang akrab
# disapa Kecuk itu", "kata perempuan yang biasa dipanggil Bu Rina") is a person the article
# has named, as "pria itu" is: the nickname says it is someone known, not an unnamed person
_EPITHET = re.compile(r"\s+yang\s+(?:(?:akrab|biasa|kerap|karib|sering)\s+)?(?:disapa|dipanggil|"
                      r"dikenal\s+dengan\s+sapaan)\s+")


def _epithets(text: str, found: list) -> list:
    """A person noun and the nickname after it (``pria yang akrab disapa Kecuk``): one
    mention, a definite reference to a person named before (the nickname kept as its short
    form), not an unnamed man and a second person called Kecuk.

    >>> [(m.text, m.kind, m.refer) for m in find_mentions(
    ...     'lalu kata pria yang akrab disapa Ruhar itu.')]
    [('pria yang akrab disapa Ruhar', 'person', 'definite')]
    """
    merged = []
    index = 0
    while index < len(found):
        first = found[index]
        nxt = found[index + 1] if index + 1 < len(found) else None
        match = _EPITHET.match(text, first.end) if nxt is not None and first.kind == "group" \
            and not first.name and first.gender and first.head in _PERSON_NOUNS else None
        words = nxt.name.split() if match and match.end() == nxt.start else []
        if 1 <= len(words) <= 2:  # "Kecuk", "Dek Made": a nickname, with a kin word or not
            merged.append(first._replace(end=nxt.end, text=text[first.start:nxt.end],
                                         kind="person", refer="definite", acronym=words[-1]))
            index += 2
            continue
        merged.append(first)
        index += 1
    return merged


_PERSON_NOUNS = frozenset({"pria", "wanita", "perempuan", "laki-laki", "lelaki"})


@lexicons.cached()
def _graded_office() -> re.Pattern:
    """A government office named by its short name or head, its grade and its place
    (data/lexicons/office_grades.csv): ``KPP Pratama Kosambi`` (a grade after a short name in
    capitals), ``Lapas Kelas IIA Cipinang``, ``PA Kelas 1A Cilacap`` (a class and its
    numeral after any head)."""
    table = lexicons.load("office_grades")
    grades = "|".join(sorted(table.loc[table["kind"] == "grade", "word"].str.capitalize()))
    classes = "|".join(sorted(table.loc[table["kind"] == "class", "word"].str.capitalize()))
    return re.compile(rf"\b(?:[A-Z]{{2,5}}\s+(?:{grades})|[A-Z][\w-]*\s+(?:{classes})\s+"
                      rf"(?:[IV]{{1,3}}|[1-3])(?:\s?[ABC])?\b(?:\s+(?:Khusus|Utama))?)"
                      rf"(?:\s+[A-Z][a-z][\w-]*){{1,3}}")


_NAME_AFTER_COMMA = re.compile(r"\s*,\s*[A-Z]")


@lexicons.cached()
def _title_words() -> frozenset:
    """The one-word titles and ranks of data/lexicons/mention_words.csv (*AKP, Kompol*)."""
    table = lexicons.load("mention_words")
    return frozenset(table.loc[table["category"] == "title", "word"].str.lower())


def _graded_offices(text: str, start: int, end: int, found: list) -> list:
    """An office named with its grade and place (``KPP Pratama Kosambi``, ``PA Kelas IA
    Cilacap``) is one organisation, not a person called *Pratama Kosambi* nor *Kelas* (round
    21a): the phrases read inside it (and a title before it, *Humas PA Kelas …*) give way.

    >>> [(m.text, m.name) for m in find_mentions("Menurut Humas PA Kelas IA Cilacap, Maftukhin,")]
    [('Humas PA Kelas IA Cilacap, Maftukhin', 'Maftukhin')]
    >>> [(m.text, m.kind) for m in find_mentions("lalu KPP Pratama Kosambi mencatat")]
    [('KPP Pratama Kosambi', 'organisation')]
    >>> [(m.text, m.kind) for m in find_mentions("kata AKP Pratama Wijaya")]
    [('AKP Pratama Wijaya', 'person')]
    """
    if all(text.find(word, start, end) == -1 for word in ("Kelas", "Pratama", "Madya")):
        return found
    for match in _graded_office().finditer(text, start, end):
        if match.group(0).split()[0].lower() in _title_words():
            continue  # "AKP Pratama Wijaya": a rank, then a person's name
        inside = [m for m in found if m.start < match.end() and match.start() < m.end]
        if not inside or not any(m.kind in ("person", "unknown", "pronoun") for m in inside) \
                or any(m.end > match.end() for m in inside):
            continue  # read as an organisation already, or a longer name holds it
        office = " ".join(match.group(0).split())
        mention = _typed(Mention(start=match.start(), end=match.end(), text=office, name=office,
                                 canonical=office, type="unknown", kind="organisation"))
        first = min(m.start for m in inside)
        if first < match.start() and _NAME_AFTER_COMMA.match(text, match.end()):
            # "Panitera PN Kelas 1B Kudus, Sri Wahyuni,": a title of the office, whose holder
            # the name after the comma is
            titled = " ".join(text[first:match.end()].split())
            mention = Mention(start=first, end=match.end(), text=titled, canonical=titled,
                              type=mention.type, kind="person", role=titled, refer="title",
                              head=titled.split()[0].lower())
        found = sorted([m for m in found if m not in inside] + [mention], key=lambda m: m.start)
    return found


def _merge_nicknames(text: str, found: list) -> list:
    """A person's name followed by the name they go by: one mention, the nickname kept as
    its short form (``acronym``), so a later bare nickname means that person."""
    merged = []
    index = 0
    while index < len(found):
        first = found[index]
        nxt = found[index + 1] if index + 1 < len(found) else None
        match = _NICKNAME.match(text, first.end) if nxt is not None and first.kind == \
            "person" and first.name else None
        words = nxt.name.split() if match and match.end() == nxt.start else []
        if len(words) == 1 or len(words) == 2 and words[0] in _HONORIFICS:
            merged.append(first._replace(end=nxt.end, text=text[first.start:nxt.end],
                                         acronym=words[-1]))
            index += 2
            continue
        merged.append(first)
        index += 1
    return merged


def find_mentions(text: str, start: int = 0, end: int | None = None,
                  title_case: bool = False, short_forms: frozenset = frozenset()
                  ) -> list[Mention]:
    """Mentions in ``text[start:end]`` (one sentence or a title), left to right.

    ``title_case``: the text is a headline, where every word is capitalised, so only known
    names and lexicon words make phrases, and the ``short_forms`` the article defines in
    brackets (``Badan Pangan Nasional (Bapanas)``).

    >>> [m.canonical for m in find_mentions("Menurut The Washington Post, RUSI menemukan.")]
    ['The Washington Post', 'Royal United Services Institute']
    """
    stop = len(text) if end is None else end
    kept: list[Mention] = []
    for m in _office_body_name(text, list(_sentence_mentions(
            text, start, stop, title_case, frozenset(short_forms)))):
        if not carried_on_platform(text, m):
            kept.append(m)
        elif kept and _platforms()[1].fullmatch(
                " " + text[kept[-1].end:m.start].strip() + " "):
            # "sumber di media sosial", "unggahan di Instagram": the platform joins the
            # mention of what it carried (no speaker of its own)
            kept[-1] = kept[-1]._replace(end=m.end, text=text[kept[-1].start:m.end])
    return _account_handles(text, kept)


_HANDLE = re.compile(r"[^\S\n]+(@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])")


def _account_handles(text: str, found: list) -> list:
    """*akun Instagram @kabarkota*, *akun X @warga_bicara*: an account (mention_words.csv
    *akun …*) followed by its handle is named by the handle (the post's author), which joins
    the mention; a mention read inside the handle goes.

    >>> [m.name for m in find_mentions("Akun TikTok @warta_desa menyebut 9 rumah rusak.")]
    ['@warta_desa']
    """
    out, covered = [], -1
    for m in found:
        if m.start < covered:
            continue
        handle = _HANDLE.match(text, m.end) if not m.name and \
            "akun" in m.text.lower().split() else None
        if handle:
            covered = handle.end(1)
            m = m._replace(end=covered, text=text[m.start:covered], name=handle.group(1),
                           canonical=handle.group(1), refer="")
        out.append(m)
    return out


@lexicons.cached()
def _platforms() -> tuple[re.Pattern, re.Pattern]:
    """Patterns over data/lexicons/platforms.csv: a platform's whole phrase (*WhatsApp*,
    *media sosial Facebook*, *aplikasi Telegram*) and a carrier word with the platform's frame
    words that ends right before one (*di*, *melalui aplikasi*, *on*)."""
    table = lexicons.load("platforms")

    def alternatives(*kinds: str) -> str:
        cues = sorted(table.loc[table["kind"].isin(kinds), "cue"], key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in cues)

    frames = alternatives("frame", "generic", "name")
    phrase = re.compile(r"(?i)(?:(?:" + alternatives("frame", "generic") + r")\s+){0,2}(?:" +
                        alternatives("name", "generic") + ")")
    carrier = re.compile(r"(?i)(?:^|[\s,(])(?:" + alternatives("carrier") + r")\s+(?:(?:" +
                         frames + r")\s+){0,2}$")
    return phrase, carrier


def carried_on_platform(text: str, mention: Mention) -> bool:
    """``mention`` is a platform or an app (data/lexicons/platforms.csv) named as the place a
    post or a message went round (*beredar di media sosial*, *pesan berantai di aplikasi
    WhatsApp*, *diunggah di Instagram*, *shared on Facebook*): a carrier, no speaker and no
    source. A platform that speaks as a company stays (*Facebook mengatakan …*).

    >>> [m.text for m in find_mentions("Sebuah unggahan di media sosial Facebook menyebut.")]
    ['Sebuah unggahan di media sosial Facebook']
    >>> [m.text for m in find_mentions("Facebook mengatakan 300 akun palsu dihapus.")][:1]
    ['Facebook']
    """
    if not _platform_phrase(mention.text):
        return False
    return bool(_platforms()[1].search(text[max(0, mention.start - 60):mention.start]))


@lexicons.cached(maxsize=4096)  # asked of every mention of every sentence
def _platform_phrase(words: str) -> bool:
    """Is ``words`` (a mention's text) a platform's whole phrase (``_platforms``)?"""
    return bool(_platforms()[0].fullmatch(" ".join(words.split())))


# a comma between an office, its bodies and the name (on one line)
_OFFICE_COMMA = re.compile(r",[ \t]*")
# "Kepala Dinas, BPBD, Basarnas, dan TNI": a list of bodies goes on after the last name
_LIST_GOES_ON = re.compile(r"[ \t]*,?[ \t]*(?:dan|serta|atau)\b")


def _office_body_name(text: str, found: list[Mention]) -> list[Mention]:
    """``Deputi Bidang Statistik, Distribusi dan Jasa, BPS, Setianto``: an office whose body
    (and the rest of the office's own list) stands between commas before the person holding
    it is one mention of that person, as ``Deputi Bidang … BPS, Setianto`` is (round 22c).

    >>> [m.text for m in find_mentions("kata Kepala Bagian Umum, BPKP, Sari Dewi Lestari.")]
    ['Kepala Bagian Umum, BPKP, Sari Dewi Lestari']
    """
    index, joined = 0, []
    while index < len(found):
        office = found[index]
        if office.kind == "person" and not office.name and office.refer == "title":
            last = index + 1  # the bodies between commas: at most three
            while last < len(found) and last - index <= 3 and found[last].kind == \
                    "organisation" and found[last].name and _OFFICE_COMMA.fullmatch(
                        text, found[last - 1].end, found[last].start):
                last += 1
            person = found[last] if index + 1 < last < len(found) else None
            # (a one-word name the lexicons do not know is read as a person there too)
            if person is not None and person.kind in ("person", "unknown") and \
                    person.name and not person.role and \
                    _OFFICE_COMMA.fullmatch(text, found[last - 1].end, person.start) and \
                    not _LIST_GOES_ON.match(text, person.end):
                body = found[last - 1]
                joined.append(person._replace(
                    start=office.start, kind="person", text=text[office.start:person.end],
                    role=text[office.start:body.end],
                    type=body.type if person.type in ("", "unknown") else person.type))
                index = last + 1
                continue
        joined.append(office)
        index += 1
    return joined
