"""English speakers as English news names them: descriptions, titles beside names, pronouns.

The mention grammar of :mod:`newsframe.annotate.mentions` reads Indonesian noun phrases
(head first: *kementerian pertahanan*). English puts the head last and its title before or
after the name, so in an English article (:func:`newsframe.lang.language.article_language`)
the mentions of each sentence are completed here, from the English words of
data/lexicons/mention_words.csv (``language`` ``en``):

- a description with an English head word is a speaker: *the defense ministry*, *a US
  official*, *South Korea's spy agency*, *intelligence authorities*, *an official at the
  ministry* (an organisation, a person or a group; *the agency*, *the minister* alone mean
  the one the article named before);
- a title before a name is that person's role: *White House spokesman John Kirby*,
  *lawmaker Yoo Sang-bum*, *South Korean Defense Minister Shin Won-sik* (the capitalised run
  is split after its last title or office word);
- *he, she, they, it* are pronouns the attribution layer resolves;
- sentence openers, weekdays and months written with a capital (*According*, *Monday*) are
  no names.

>>> from newsframe.annotate.mentions import find_mentions
>>> text = "White House spokesman Tom Reyes said the defense ministry agreed."
>>> [(m.canonical, m.kind, m.role) for m in english_mentions(text, 0, len(text),
...                                                          find_mentions(text))]
[('Tom Reyes', 'person', 'White House spokesman'), ('defense ministry', 'organisation', '')]
"""

import re

from .. import lexicons
from ..lang import language
from .actors import find_actors, normalise_actor
from .mentions import Mention, find_mentions, institution_type

_DETERMINERS = frozenset({"the", "a", "an", "one", "two", "three", "several", "some", "its",
                          "their", "his", "her", "another", "other", "many"})
_PRONOUNS = {"he": "he", "she": "she", "they": "they", "it": "it"}
_NOT_NAMES = frozenset({"according", "however", "meanwhile", "photo", "read", "related",
                        "earlier", "later", "but", "also", "while", "after", "before", "since",
                        "as", "if", "when", "still", "yet", "so", "there", "here", "rep"})
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split())
# words; an abbreviation keeps its full stops (U.S.), a glued sentence end does not (shells.An)
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][\w'’-]*")
# "South Korean claims", "North Korean artillery": a demonym before a noun is a modifier
# a lower-case word of a body's or a place's name after a title ("officials in the province",
# "the ministry of health"): no function word, no verb of speech
_TAIL_WORD = (r"(?!(?:on|in|at|the|a|an|and|or|of|to|for|with|by|said|says|told|added|was|were|"
              r"is|are|has|have|had|who|which|that|this)(?![\w-]))[a-z][\w-]*")
_DEMONYM = re.compile(r"(?:ean|ian|ese|ish|ican|i)$")
# words that open a clause, never a modifier of the description after them: "… dozens of
# aftershocks as authorities warned", "Nine dead in floods as officials say …" (round 21c)
_CLAUSE_OPENERS = frozenset({"as", "while", "when", "whereas", "after", "before", "since",
                             "because", "although", "though", "until", "unless", "if", "but",
                             "yet", "so", "where"})
_ADJECTIVES_IN_ED = frozenset({"unnamed", "retired", "armed", "united", "elected",
                               "authorised", "authorized", "detained", "affected"})
_DEGREE_AFTER = re.compile(r",?\s+(?:[A-Z][a-z]{0,3}\.)+[A-Z][a-z]{0,4}\.?$")
_POSSESSIVE = re.compile(r"['’]s?$")
# plural nouns of a count's record: a one-word capital before one is its adjective, no name
# ("Current estimates put the toll at …", "Preliminary figures show …"; "Oxfam estimates that
# …", "Oxfam estimates 400 …": a verb)
_RECORD_NOUN = re.compile(r"\s+(?:estimates|figures|data|counts|tallies|numbers|reports|"
                          r"results|statistics)\s+(?!that\b|\d)[a-z]")
_SCALES = frozenset({"hundred", "hundreds", "thousand", "thousands", "million", "millions",
                     "billion", "billions", "trillion"})


@lexicons.cached()
def _english_words() -> dict[str, str]:
    """English head words of mention_words.csv: word -> category (its function words, which
    only keep a sentence's first word out of a name, aside)."""
    table = lexicons.in_language(lexicons.load("mention_words"), "en")
    table = table[table["category"] != "function"]
    return {" ".join(w.lower().split()): c for w, c in zip(table["word"], table["category"],
                                                           strict=True)}


def _head_at(words: list[re.Match], index: int) -> tuple[str, int]:
    """(category, number of words) of the longest English head word starting at ``index``."""
    lexicon = _english_words()
    for size in (3, 2, 1):
        if index + size > len(words):
            continue
        key = " ".join(w.group(0).lower() for w in words[index:index + size])
        if key in lexicon:
            return lexicon[key], size
    return "", 0


def _kind(category: str) -> str:
    return {"title": "person", "group": "group", "org": "organisation",
            "media": "organisation"}.get(category, "")


def _is_modifier(word: str) -> bool:
    """A word that may stand before a head word in a description: no function word, verb
    (*said*, *briefed*) or adverb (*privately*)."""
    lower = word.lower()
    if lower in _CLAUSE_OPENERS:
        return False
    if word[:1].islower() and (lower.endswith("ly") or lower.endswith("ed") and
                               lower not in _ADJECTIVES_IN_ED):
        return False
    return not (lower in language.english_words() or lower in _DETERMINERS or lower in
                _PRONOUNS or lower in _english_verbs())


@lexicons.cached()
def _english_verbs() -> frozenset:
    table = lexicons.in_language(lexicons.load("attribution_verbs"), "en")
    return frozenset(v.lower() for v in table["verb"] if " " not in v)


def _titled_person_at(mentions: list[Mention], position: int) -> bool:
    """Is a mention at ``position`` a person whose title was split off her name — *Police
    Colonel Rosa Dela Cruz*, *Police Commander Pieter Vos* opening a sentence — so that the
    body's word her title opens with (*Police*) is no description of its own (round 26b)?

    >>> from newsframe.annotate.mentions import Mention
    >>> _titled_person_at([Mention(start=0, end=27, text="Police Commander Jan Vos",
    ...     name="Jan Vos", role="Police Commander", kind="person")], 0)
    True
    >>> _titled_person_at([Mention(start=0, end=6, text="Police", name="Police")], 0)
    False
    """
    return any(m.start == position and m.kind == "person" and m.role and m.name
               for m in mentions)


def english_mentions(text: str, start: int, end: int, mentions: list[Mention]
                     ) -> list[Mention]:
    """The mentions of one English sentence ``text[start:end]``: ``mentions`` (the name
    grammar's) less the capitalised words that are no names, with titles before names
    split off as roles, plus English descriptions and pronouns (module docstring)."""
    mentions = _ranked(text, _serial_bodies(text, start, end, _joined_names(text, mentions)))
    kept = [_as_place(_locative(_titled(text, _split_title(text, m))))
            for m in _without_dates(text, mentions) if not _no_name(text, m, end)]
    # "as the Defense Minister added": a capitalised title with no name is read as the
    # lower-case description would be (its words are let through below)
    titles_only = [m for m in kept if _capitalised_title(text, m)]
    kept = [m for m in kept if m not in titles_only]
    capitalised = {w.start() for m in titles_only for w in _WORD.finditer(text, m.start, m.end)}
    # "The Ministry predicts …" after "The Ministry of Health": a body's word alone with a
    # capital is the description "the ministry" (round 20d), the body named before
    capital_heads = {}
    for m in kept:
        head = _capital_head(text, m)
        if head is not None:
            capital_heads[head] = m
    kept = [m for m in kept if m not in capital_heads.values()]
    capitalised.update(capital_heads)
    words = list(_WORD.finditer(text, start, end))
    taken = [(m.start, m.end) for m in kept]
    added = []
    made = []  # the spans made here: a name inside one is a modifier of it
    index = 0
    while index < len(words):
        word = words[index]
        lower = word.group(0).lower()
        if lower in _PRONOUNS and not _inside(taken, word.start()):
            added.append(Mention(start=word.start(), end=word.end(), text=word.group(0),
                                 kind="pronoun", refer="pronoun", head=_PRONOUNS[lower]))
            index += 1
            continue
        category, size = _head_at(words, index)
        opening = index == 0 and category in ("group", "org")  # "Officials said", "Police …"
        if opening and not _titled_person_at(kept, word.start()):
            kept = [m for m in kept if m.start != word.start()]
            taken = [t for t in taken if t[0] != word.start()]
        elif opening:
            opening = False  # "Police Colonel Rosa Dela Cruz said": a person, her title split off
        if not category or _inside(taken, word.start()) or not (
                word.group(0)[0].islower() or opening or word.start() in capitalised):
            index += 1
            continue
        following = index + size
        if following < len(words) and _head_at(words, following)[0] and re.fullmatch(
                r"\s+", text[words[following - 1].end():words[following].start()]):
            index += size  # "police official", "ministry spokesman": the last head is it
            continue
        first = index
        while first > 0 and index - first < 6 and _is_modifier(words[first - 1].group(0)) \
                and re.fullmatch(r"[\s-]*", text[words[first - 1].end():words[first].start()]):
            first -= 1
            if _joined_proper_adjectives(text, words, first, index):
                first -= 1  # "South Korean and Western intelligence": one body's words
        # "the Press Trust of India news agency reported": a wire or medium the lexicon knows
        # right before the description's words is what it describes (round 21l)
        owner = next((m for m in kept if m.known and m.type in ("wire", "media") and
                      m.start <= words[first].start() < m.end), None) \
            if category == "media" else None
        if owner is not None:
            kept[kept.index(owner)] = owner._replace(
                end=words[index + size - 1].end(),
                text=text[owner.start:words[index + size - 1].end()])
            taken.append((owner.start, words[index + size - 1].end()))
            index += size
            continue
        determiner = first > 0 and words[first - 1].group(0).lower() in _DETERMINERS and \
            re.fullmatch(r"\s+", text[words[first - 1].end():words[first].start()])
        phrase_start = words[first - 1].start() if determiner else words[first].start()
        phrase_end = words[index + size - 1].end()
        # "an official at the ministry", "the spokesman of the agency": a body after it
        # ("the spokesperson for the Foreign Ministry of the DPRK": a capitalised body's name
        # goes on over "of (the)" and another capitalised name)
        tail = re.match(r"\s+(?:of|at|for|from|in)\s+(?:the\s+)?(?:(?:[A-Z][\w'’.-]*\s*){1,8}"
                        r"(?:of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*){1,4}){0,2}"
                        r"|" + _TAIL_WORD + r"(?:\s+" + _TAIL_WORD + r"){0,3})(?![\w-])",
                        text[phrase_end:end])
        if tail and category == "org" and not re.match(r"\s+of\s", tail.group(0)) and \
                not _placed_body(tail.group(0)):
            tail = None  # "the ministry of health", not "the agency in the city"
        tail_end = _tail_end(tail.group(0)) if tail else 0
        if tail_end:
            phrase_end += tail_end
        core_words = [w.group(0) for w in words[first:index + size]]
        core = " ".join(core_words)
        bare = first == index and not tail_end
        definite = determiner and words[first - 1].group(0).lower() == "the"
        kind = _kind(category)
        if kind == "organisation" and _unnamed_body(category, words, first, determiner, bare,
                                                    index + size):
            kind = "group"  # "a rights group said", "Police said": no body in particular
        mention = Mention(
            start=phrase_start, end=phrase_end, text=text[phrase_start:phrase_end],
            canonical=core if not tail_end else " ".join(text[words[first].start():phrase_end]
                                                     .split()),
            kind=kind, type="media" if category == "media" else (
                institution_type(core) or "unknown"),
            refer="head" if bare and definite and kind != "group" else "body" if
            _described_body(category, definite, tail_end, words, index, size) else "",
            head=" ".join(w.lower() for w in core_words[-size:]),
            name="" if bare else core)
        # "White House spokesman John Kirby", "the agency's spokesman, Agus Wibowo,": a title
        # right before a name is that person's role
        named = next((m for m in kept if m.kind == "person" and m.name and m.start >= phrase_end
                      and re.fullmatch(
            r"\s*,?\s*", text[phrase_end:m.start])), None)
        # "Dana Reyes, a lawmaker from the coast,": an apposition after the name is its role
        before = next((m for m in kept if m.kind == "person" and m.name and not m.known
                       and re.fullmatch(r"\s*,\s*", text[m.end:phrase_start])), None)
        # "South Korean news agency Yonhap", "the broadcaster KBS": a description of an
        # outlet or a body right before its name is that name's role
        called = next((m for m in kept if (m.kind in ("organisation", "unknown") or
                                           _medium_read_as_person(m, category)) and m.name
                       and m.start >= phrase_end and re.fullmatch(
                           r"\s+", text[phrase_end:m.start])), None) \
            if category in ("media", "org") and not tail_end else None
        if called is not None:
            kept[kept.index(called)] = called._replace(
                start=phrase_start, text=text[phrase_start:called.end], kind="organisation",
                role=called.role or core, type=mention.type if called.type == "unknown"
                else called.type)
            made.append((phrase_start, called.end))
            taken.append(made[-1])
            index += size
            continue
        if before is not None and category == "title" and named is None:
            role = " ".join(text[words[first].start():phrase_end].split())
            kept[kept.index(before)] = before._replace(
                role=f"{before.role}, {role}" if before.role else role)
            index += size
            continue
        if named is not None and category == "title":
            kept[kept.index(named)] = named._replace(
                start=phrase_start, text=text[phrase_start:named.end],
                role=named.role or text[words[first].start():phrase_end])
            made.append((phrase_start, named.end))
        else:
            added.append(mention)
            made.append((phrase_start, phrase_end))
        taken.append(made[-1])
        index += size
    kept = [_press_at_large(_as_medium(text, m, end)) for m in kept if not any(
        s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in made)]
    return sorted(kept + added, key=lambda m: (m.start, -m.end))


def _described_body(category: str, definite: bool, tail_end: int, words: list[re.Match],
                    index: int, size: int) -> bool:
    """Is a description *the* + words + a lower-case body word (*the fire bureau*, *the
    health ministry*, *the Emergency agency*) one that may mean a body named before, in whose
    name its words stand (round 25b, second part; coreference reads which)?"""
    return category == "org" and definite and not tail_end and \
        words[index].group(0)[:1].islower()


def _press_at_large(mention: Mention) -> Mention:
    """A phrase the name grammar read as a body that ends in the lower-case plural *media*
    (*South Korean media*, *State media*, *Russian state media*) is the press with no name:
    nobody in particular, as *a local newspaper* is (round 25e); an outlet named *… Media*
    keeps its capital.

    >>> _press_at_large(Mention(start=0, end=18, text="South Korean media",
    ...                         canonical="South Korean media", kind="organisation")).kind
    'group'
    """
    if mention.known or mention.kind != "organisation" or \
            mention.text.rsplit(None, 1)[-1] != "media":
        return mention
    return mention._replace(kind="group", type="media")


# "Reuters and the Associated Press", "Dana Reyes and Omar Haddad": two names the grammar
# read as one phrase across "and" (round 22e, second part)
_JOINED = re.compile(r"(.+?)\s+and\s+(?:the\s+)?(?=\S)")
# the subject's verb right after the names (*said*, *jointly reported*): names joined
# elsewhere (*as reported by lawmakers X and Y*) are left as the grammar read them
_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\b")


def _joined_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of two names joined by *and* split into one mention per name, as Indonesian
    *dan* already gives: each side alone is one known body (*Reuters*, *the Associated
    Press*) or a person's name of two words or more (*Marzuki Ali*), and a verb of saying
    follows them (the subject of *said*, *reported*); a body's own name with
    *and* (*Ministry of Trade and Industry*, *Risk Reduction and Management Council*) stays
    one, its second side no name of its own.

    >>> text = "Reuters and the Associated Press reported it."
    >>> [m.canonical for m in _joined_names(text, find_mentions(text))]
    ['Reuters', 'Associated Press']
    >>> text = "The Ministry of Trade and Industry said it."
    >>> [m.canonical for m in _joined_names(text, find_mentions(text))]
    ['The Ministry of Trade and Industry']
    """
    out = []
    for mention in mentions:
        joined = _JOINED.match(mention.text) if " and " in mention.text and \
            mention.kind in ("person", "organisation", "unknown") and "," not in mention.text \
            else None
        parts = None
        verb = _VERB_AFTER.match(text, mention.end)
        if joined and mention.text.count(" and ") == 1 and verb and \
                verb.group(1) in _english_verbs():
            left_end = mention.start + len(joined.group(1))
            right_start = mention.start + joined.end()
            left = find_mentions(text, mention.start, left_end)
            right = find_mentions(text, right_start, mention.end)
            if len(left) == 1 and len(right) == 1 and all(
                    _one_name(m, text, s, e) for m, s, e in (
                        (left[0], mention.start, left_end), (right[0], right_start,
                                                             mention.end))):
                parts = [left[0], right[0]]
        out.extend(parts or [mention])
    return out


def _one_name(mention: Mention, text: str, start: int, end: int) -> bool:
    """Whether a mention is the whole of ``text[start:end]`` (a leading *the* aside) and a
    name of its own: a body the lexicons know, or a person's name of two words or more."""
    rest = re.sub(r"^(?:the|The)\s+", "", text[start:end].strip())
    if mention.text.strip() not in (rest, text[start:end].strip()):
        return False
    if mention.kind == "organisation":
        return mention.known
    words = mention.text.split()
    # a body's words read as a name (*Central Disaster*, *Safety Countermeasure
    # Headquarters*): a place word or an English head word in it is no person's name
    return mention.kind == "person" and len(words) >= 2 and \
        all(w[:1].isupper() for w in words) and _as_place(mention).kind == "person" and \
        not any(w.lower() in _english_words() or w.lower() in _place_words() for w in words)


@lexicons.cached()
def _place_words() -> frozenset:
    """The English place words of data/lexicons/english_places.csv (*central, north,
    regency, island* …), lower case."""
    return frozenset(w.lower() for w in lexicons.load("english_places")["word"])


# a proper adjective's ending (*Korean, Peruvian, Japanese, British, American, Western*):
# a person's or a place's name before "and" ends otherwise (*Paredes, Lima*)
_PROPER_ADJECTIVE = re.compile(r"(?:ean|ian|ese|ish|ican|ern)$")


def _joined_proper_adjectives(text: str, words: list[re.Match], first: int, head: int
                              ) -> bool:
    """Is ``words[first]`` a capitalised modifier of the head word ``words[head]`` joined by
    *and* to a capitalised modifier before it (*South Korean and Western intelligence*,
    *Peruvian and Chilean officials*: one description of both, round 22d), so the walk
    back over the modifiers goes on past *and*? The name grammar read the capitalised run
    with its *and* as a person (*South Korean and Western*). The word before *and* must
    end as a proper adjective does (*Ana Paredes and Chilean officials*: two speakers)."""
    if first < 2 or head - first > 4 or not words[first].group(0)[:1].isupper():
        return False
    joiner, before = words[first - 1], words[first - 2]
    return joiner.group(0) == "and" and before.group(0)[:1].isupper() and \
        _PROPER_ADJECTIVE.search(before.group(0)) is not None and re.fullmatch(
            r"\s+", text[joiner.end():words[first].start()]) is not None and re.fullmatch(
            r"\s+", text[before.end():joiner.start()]) is not None


def _medium_read_as_person(mention: Mention, category: str) -> bool:
    """A newspaper's name of two or three capitalised words the name grammar read as a
    person's (*South Korean newspaper Hankook Daily*, *the Japanese daily Asahi Shimbun*:
    the words are in no lexicon) right after a medium's description: the medium's name,
    as one of one word or one the lexicons know is (round 22d). A person the lexicons
    list, or one with a title of their own, stays a person.

    >>> paper = Mention(0, 13, "Hankook Daily", name="Hankook Daily", kind="person")
    >>> _medium_read_as_person(paper, "media"), _medium_read_as_person(paper, "org")
    (True, False)
    """
    return category == "media" and mention.kind == "person" and not mention.known and \
        not mention.role and 2 <= len(mention.name.split()) <= 3


# a capitalised field of a body's name: one to three capitalised words
_FIELD = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
# "Forestry, Land and Water Agency", "Ministry of Energy, Mines and Water": fields listed
# with commas, then "and" and the last field
_SERIES = re.compile(_FIELD + r"(?:,\s+" + _FIELD + r"){1,4},?\s+and\s+" + _FIELD)
_CAPITAL_WORDS = re.compile(r"(?:The\s+)?([A-Z][a-z]+)(?:\s+([A-Z][a-z]+))?")


def _capital_head(text: str, mention: Mention) -> int | None:
    """Where the head word stands of a name that is a description with capitals after
    *the* (round 20d): *The Ministry*, *the Defense Minister* — one or two capitalised
    words, the last an English title or body word, no known name; else None."""
    match = _CAPITAL_WORDS.fullmatch(mention.text)
    if match is None or mention.known or not (
            mention.text.startswith("The ") or text[:mention.start].endswith(("the ", "The "))):
        return None
    last = match.lastindex
    category = _english_words().get(match.group(last).lower())
    if category not in ("title", "org"):
        return None
    if last == 2 and (category == "org" or match.group(1).lower() in _english_words()):
        return None  # a name ("the Sukamaju Police"), two heads ("the Police Commission");
        # a title's field ("the Defense Minister") is matched to its holder's role
    return mention.start + match.start(last)


_LEADING = re.compile(r"(?:(?:The|An?)\s+|[A-Z][\w-]*['’]s?\s+)+")
_BRACKETED = re.compile(r"\s*\(([A-Z][A-Za-z]{1,9})\)")


@lexicons.cached()
def _body_words() -> frozenset:
    """The English words of a body (data/lexicons/mention_words.csv ``org``, one word):
    *agency*, *ministry*, *department* …"""
    return frozenset(w for w, c in _english_words().items() if c == "org" and " " not in w)


def _serial_bodies(text: str, start: int, end: int, mentions: list[Mention]
                   ) -> list[Mention]:
    """``mentions`` with each English body named by fields listed with commas made one
    organisation (round 20d): the list's last word is a body's word (*Forestry, Land and
    Water Agency*), or its first word is one followed by *of* (*Ministry of Energy, Mines
    and Water*); a short form in brackets after it is its acronym. A list of other names
    (*Thailand, Malaysia and Indonesia*) is left as it is."""
    if "," not in text[start:end]:
        return mentions
    merged = []
    for match in _SERIES.finditer(text, start, end):
        m_start, m_end = match.start(), match.end()
        lead = _LEADING.match(text, m_start, m_end)  # "The …", "Indonesia's …": not the name's
        m_start = lead.end() if lead else m_start
        words = text[m_start:m_end].split()
        last = words[-1].lower()
        opening = re.match(r"(?:the\s+)?([A-Z][a-z]+)\s+of\s+$", text[max(start, m_start - 30):
                                                                   m_start], re.I)
        if opening and opening.group(1).lower() in _body_words():
            m_start = m_start - len(opening.group(0)) + opening.start(1)
        elif last not in _body_words():
            continue
        name = " ".join(text[m_start:m_end].split())
        acronym = _BRACKETED.match(text, m_end, end)
        merged.append(Mention(start=m_start, end=acronym.end() if acronym else m_end,
                              text=text[m_start:acronym.end() if acronym else m_end],
                              name=name, canonical=name, kind="organisation",
                              type=institution_type(name), acronym=acronym.group(1)
                              if acronym else ""))
    if not merged:
        return mentions
    outside = [m for m in mentions if not any(
        m.start < n.end and n.start < m.end for n in merged)]
    return sorted(outside + merged, key=lambda m: (m.start, -m.end))


# articles that introduce a body nobody names ("a rights group", "an advocacy group")
_INDEFINITE = frozenset({"a", "an", "one", "some", "several", "another", "many", "two",
                         "three"})


def _unnamed_body(category: str, words: list[re.Match], first: int, determiner, bare: bool,
                  after: int) -> bool:
    """Is a description of a body (round 20d) no name: one after an indefinite article
    (*a rights group*, *an advocacy group*, *a local newspaper*), or a lower-case or
    sentence-opening body word alone, with no article (*Police said …*, *…, police
    said*)? *The fisheries ministry*, *the police* keep their body (or the one named
    before); a noun after the head takes the article (*a fresh intelligence assessment
    indicates …*: a document). The plural *media* is never one outlet, with an article or
    without (*South Korean media*, *State media*, *the media*; round 25e)."""
    if category not in ("org", "media"):
        return False
    if after < len(words) and _is_modifier(words[after].group(0)) and \
            words[after].group(0)[:1].islower():
        return False
    if category == "media" and words[after - 1].group(0).lower() == "media":
        return True  # "South Korean media reported", "State media said": no outlet (25e)
    if determiner:
        return words[first - 1].group(0).lower() in _INDEFINITE
    return bare and category == "org"


_REPORTS = re.compile(r",?\s+(?:(?:first|earlier|also|has|had)\s+)?(?:reported|reports|wrote|"
                      r"writes)(?![\w-])")


def _as_medium(text: str, mention: Mention, end: int) -> Mention:
    """A name the lexicons do not know, with no English head word (*agency*, *institute*),
    that *reported* or *wrote* is a medium (*The Times reported*, *the Daily Record
    writes*), so that *the newspaper* after it means it."""
    if mention.known or mention.type != "unknown" or mention.kind not in (
            "organisation", "unknown") or any(
            w.lower() in _english_words() for w in mention.canonical.split()) or \
            not _REPORTS.match(text, mention.end, end):
        return mention
    return mention._replace(type="media", kind="organisation")


@lexicons.cached()
def _english_territories() -> dict[str, str]:
    """The world's countries and territories as English writes them (Babel's ``en``
    locale: *North Korea, United States, Myanmar*), lower case, each with its Indonesian
    name (Babel's ``id`` locale), under which the actors lexicon may know it."""
    from babel import Locale

    english, indonesian = Locale("en").territories, Locale("id").territories
    return {re.sub(r"\s*\(.*?\)", "", name).strip().lower():
            re.sub(r"\s*\(.*?\)", "", indonesian.get(code, name)).strip()
            for code, name in english.items() if code.isalpha()}


@lexicons.cached()
def _place_heads() -> dict[str, frozenset]:
    """English geographic words by where they stand in a place's name
    (data/lexicons/english_places.csv): ``before`` (*Mount Semeru*), ``after`` (*Garut
    Regency*), ``compass`` (*West Java*)."""
    table = lexicons.load("english_places")
    return {position: frozenset(group["word"].str.lower())
            for position, group in table.groupby("position")}


# prepositions of place that open a sentence with a capital ("In Kansas, which …")
_LOCATIVES = frozenset({"in", "at", "on", "from", "across", "near", "inside", "outside",
                        "throughout", "around"})


def _locative(mention: Mention) -> Mention:
    """A capitalised run opened by a preposition of place (*In Kansas*, *Across Bavaria*)
    the grammar took for a person or an unknown body: the place after the preposition,
    never a speaker (round 20o); a run with a title or a known name stays.

    >>> _locative(Mention(0, 9, "In Kansas", name="In Kansas", kind="person"))[2:7]
    ('Kansas', 'Kansas', 'Kansas', 'place', 'place')
    """
    if mention.known or mention.role or mention.kind not in ("person", "unknown") and not (
            mention.kind == "organisation" and mention.type == "unknown"):
        return mention
    first, _, rest = mention.text.partition(" ")
    if first.lower() not in _LOCATIVES or not first[0].isupper() or not rest.strip() or \
            not rest.strip()[0].isupper():
        return mention
    offset = mention.text.index(rest)
    return mention._replace(start=mention.start + offset, text=rest, name=rest.strip(),
                            canonical=rest.strip(), kind="place", type="place")


def _as_place(mention: Mention) -> Mention:
    """A name the grammar took for a person or an unknown body that names a place: a
    country or territory is a state, as the actors lexicon's Indonesian names are (*North
    Korea*: the North Korean government; a country it does not list keeps its English
    name); a name with a geographic word before or after it (*Mount Semeru*, *Lumajang
    Regency*) or a compass word before it (*West Java*) is a place, never a speaker; a list
    of them (*West Java and Banten*) is places too, or states (a group) when all are."""
    if mention.known or mention.role or mention.kind not in ("person", "organisation",
                                                             "unknown") or \
            mention.kind == "organisation" and mention.type != "unknown":
        return mention
    name = re.sub(r"^(?:the|The)\s+|['’]s?$", "", mention.text.strip())
    parts = [p for p in re.split(r"\s*,\s*|\s+and\s+", name) if p]
    kinds = [_place_kind(p) for p in parts]
    if not kinds or any(k is None for k in kinds):
        return mention
    if len(kinds) == 1 and kinds[0][0] == "state":
        row = kinds[0][1]
        if row is not None:
            return mention._replace(name=name, canonical=row["canonical"], type=row["type"],
                                    kind="state", country=row.get("country", ""), known=True)
        return mention._replace(name=name, canonical=name, type="foreign_government",
                                kind="state")
    if all(k[0] == "state" for k in kinds):  # "Malaysia and Japan": states together
        return mention._replace(name=name, canonical=name, type="foreign_government",
                                kind="group")
    return mention._replace(name=name, canonical=name, type="place", kind="place")


def _place_kind(name: str) -> tuple[str, dict | None] | None:
    """("state", its actors row or None) for a country or territory, ("place", None) for a
    name with an English geographic word (see :func:`_as_place`), else None."""
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    indonesian = _english_territories().get(name.lower())
    if indonesian is not None:
        row = normalise_actor(indonesian)
        return "state", row if row is not None and row["kind"] == "state" else None
    lower = [w.lower() for w in words]
    heads = _place_heads()
    if len(words) < 2 or any(w in _english_words() for w in lower):
        return None  # "Port Authority", "Central Java Police": a body
    if lower[0] in heads.get("before", ()) or lower[-1] in heads.get("after", ()) or \
            lower[0] in heads.get("compass", ()) and len(words) <= 3:
        return "place", None
    return None


def _inside(spans: list, position: int) -> bool:
    return any(s <= position < e for s, e in spans)


@lexicons.cached()
def _english_ranks() -> frozenset:
    """English titles shortened with a full stop before a name (title_abbreviations.csv,
    language ``en``: *Col.*, *Lt.*, *Gov.*)."""
    table = lexicons.load("title_abbreviations")
    return frozenset(table.loc[table["language"] == "en", "abbreviation"].str.lower())


def _ranked(text: str, mentions: list[Mention]) -> list[Mention]:
    """*said Col. Rina Marpaung*, *Lt. Gen. Ari Wibowo said*: a shortened English title
    with its full stop (read as a word of its own) and the name right after it are one
    person's mention, the title its role (round 22e).

    >>> from newsframe.annotate.mentions import find_mentions
    >>> text = "said Lt. Col. Rina Marpaung, the commander."
    >>> [(m.text, m.name, m.role, m.kind) for m in _ranked(text, find_mentions(text))][:1]
    [('Lt. Col. Rina Marpaung', 'Rina Marpaung', 'Lt. Col.', 'person')]
    """
    ranks = _english_ranks()
    out: list[Mention] = []
    pending: list[Mention] = []
    for mention in mentions:
        if pending and not re.fullmatch(r"\.[^\S\n]+", text[pending[-1].end:mention.start]):
            out += pending
            pending = []
        if mention.text.lower() in ranks and not mention.known and \
                text[mention.end:mention.end + 1] == ".":
            pending.append(mention)
            continue
        if pending and mention.kind in ("person", "unknown") and mention.name and \
                mention.text[:1].isupper():
            role = text[pending[0].start:pending[-1].end + 1]
            mention = mention._replace(start=pending[0].start, text=text[pending[0].start:
                                                                         mention.end],
                                       role=mention.role or role, kind="person")
            pending = []
        out += pending
        pending = []
        out.append(mention)
    return out + pending


def _no_name(text: str, mention: Mention, end: int) -> bool:
    """A capitalised English word that names nobody (*According*, *Monday*, *The*, *He*:
    a pronoun; *Current* or *Early* before *estimates, figures, reports …*), or a demonym
    before a noun (*South Korean claims*)."""
    if mention.text.split()[0].lower() in _SCALES:  # "Over 1 Million Rounds of …" in a title
        return True
    after = re.match(r"\s+([a-z][\w-]*)", text[mention.end:end])
    # "South Korean claims": a present-tense form after a demonym is a noun; "Korean said" a verb
    if mention.kind != "state" and _DEMONYM.search(mention.text) and after and \
            after.group(1) not in language.english_words() and not (
                after.group(1) in _english_verbs() and not after.group(1).endswith("s")):
        return True
    if mention.known or len(mention.text.split()) != 1:
        return False
    if _RECORD_NOUN.match(text, mention.end, end) and not _POSSESSIVE.search(mention.text):
        return True  # "Current estimates put …", "Early reports said …": an adjective
    lower = _POSSESSIVE.sub("", mention.text.lower().rstrip("."))
    return lower in _NOT_NAMES or lower in _CALENDAR or lower in language.english_words() \
        or lower in _PRONOUNS


def _capitalised_title(text: str, mention: Mention) -> bool:
    """A capitalised run after *the* that is nothing but an English title and the words
    before its head (*the Defense Minister*, *the Prime Minister*): a description, no name.

    >>> from newsframe.annotate.mentions import Mention
    >>> text = "as the Defense Minister added"
    >>> _capitalised_title(text, Mention(7, 23, "Defense Minister", name="Defense Minister",
    ...                                  kind="person"))
    True
    >>> _capitalised_title("The Prime Minister said", Mention(0, 18, "The Prime Minister",
    ...                                                        kind="person"))
    True
    >>> text = "as Defense Minister Lars Berg added"
    >>> _capitalised_title(text, Mention(3, 30, "Defense Minister Lars Berg", kind="person"))
    False
    """
    if mention.kind not in ("person", "unknown", "organisation") or mention.known or \
            mention.role:
        return False
    words = list(_WORD.finditer(text, mention.start, mention.end))
    if words and words[0].group(0) == "The":  # a sentence's first word, taken into the run
        words = words[1:]
    elif not re.search(r"(?<![\w-])the\s+$", text[max(0, mention.start - 8):mention.start]):
        return False
    if not words or not all(w.group(0)[0].isupper() for w in words):
        return False
    for size in (3, 2, 1):  # the run ends with a title head word …
        if len(words) >= size and _head_at(words, len(words) - size) == ("title", size):
            # … and every word before it is one that may stand before a head
            return all(_is_modifier(w.group(0)) for w in words[:len(words) - size])
    return False


def _split_title(text: str, mention: Mention) -> Mention:
    """``South Korean Defense Minister Shin Won-sik``: the name after the run's last
    English title or office word, the words before it the role."""
    if mention.kind not in ("person", "unknown", "organisation") or mention.known:
        return mention
    words = list(_WORD.finditer(text, mention.start, mention.end))
    last = -1
    for index in range(len(words)):
        category, size = _head_at(words, index)
        if category in ("title", "org"):
            last = index + size - 1
    has_title = any(_head_at(words, i)[0] == "title" for i in range(len(words)))
    # a degree after the name is no part of it ("… Abdul Muhari Ph.D")
    degree = _DEGREE_AFTER.search(text, mention.start, mention.end)
    name_end = degree.start() if degree else mention.end
    rest = [w for w in words[last + 1:] if w.end() <= name_end]
    if has_title and rest and not all(w.group(0)[0].isupper() for w in rest):
        # "Head of the Data Center (Pusdatinkom) of BNPB Abdul Muhari": the office's body
        # ends at its last lower-case word, bracket or acronym; two or three capitalised
        # words after it are the name
        tail = []
        for word in reversed(rest):
            if not word.group(0)[0].isupper() or word.group(0).isupper() or \
                    _head_at([word], 0)[0] or text[word.end():word.end() + 1] == ")":
                break
            tail.insert(0, word)
        rest = tail if 2 <= len(tail) <= 3 and tail[0] is not rest[0] else rest
        last = words.index(rest[0]) - 1 if rest else last
    if last < 0 or not has_title or not rest or not all(w.group(0)[0].isupper() for w in rest):
        return mention
    name_start = rest[0].start()
    inner = [m for m in find_mentions(text, name_start, name_end) if m.kind == "person"]
    base = inner[0] if inner else Mention(
        start=name_start, end=name_end, text=text[name_start:name_end],
        name=text[name_start:name_end], canonical=text[name_start:name_end],
        type="unknown", kind="person")
    role = " ".join(text[mention.start:words[last].end()].split())
    return base._replace(start=mention.start, end=mention.end, text=mention.text,
                         role=base.role if base.known and base.role else role)


# English words for any body (round 13c): "the organisation said" after "the Office of
# Farm Statistics" means that office, whichever word its name uses (coreference resolves it
# to the body last quoted, as "lembaga itu")
GENERIC_BODIES = frozenset({"organisation", "organization", "body", "agency", "bureau"})


def name_descriptions(per_sentence: list[list[Mention]]) -> list[list[Mention]]:
    """A person described by a title alone (*a lawmaker*, *South Korea's defense minister*)
    is the one person the article names with that title (*Rep. Kang Dae-sik*, *Defense
    Minister Shin Won-sik*), before or after; with none or several it stays a description.
    The title is matched by its head word and the word before it (*defense minister*),
    else by its head word alone."""
    people = {}
    for mentions in per_sentence:
        for mention in mentions:
            if mention.kind == "person" and mention.name and mention.role:
                people.setdefault(mention.canonical, mention)

    def holder(mention: Mention) -> Mention | None:
        words = mention.canonical.lower().split()
        for key in (" ".join(words[-2:]), words[-1]) if len(words) > 1 else (words[-1],):
            found = [p for p in people.values() if re.search(
                r"(?<![\w-])" + re.escape(key) + r"(?![\w-])", p.role.lower())]
            if len(found) == 1:
                return found[0]
        return None

    named = []
    seen = ""  # the words of every mention so far: "the union" alone, named before or not
    medium_seen = False  # "The Times reported … According to the newspaper": that medium
    body_named = False  # an organisation named before ("the organisation" means it)
    for mentions in per_sentence:
        row = []
        for mention in mentions:
            alone = mention.refer in ("head", "title") and mention.kind in (
                "organisation", "person") and mention.head in _english_words()
            generic = body_named and mention.head in GENERIC_BODIES
            if alone and not generic and not re.search(
                    r"(?<![\w-])" + re.escape(mention.head) + r"(?![\w-])", seen) and not (
                    mention.type == "media" and medium_seen):
                # "The union said …", "the mayor said" with none named before: itself
                mention = mention._replace(refer="", name=mention.canonical)
            seen += " " + f"{mention.text} {mention.canonical}".lower()
            medium_seen = medium_seen or mention.type in ("media", "wire") and bool(
                mention.name) and not mention.refer
            body_named = body_named or mention.kind == "organisation" and bool(mention.name)
            described = mention.kind == "person" and not mention.role and \
                mention.head in _english_words()
            person = holder(mention) if described else None
            if described and person is None and mention.text.split()[0].lower() in \
                    _INDEFINITE and not any(a.kind != "person" for a in find_actors(
                        mention.canonical)):
                # "a lawmaker said", "a navy spokesman said" with no one of that title
                # named: someone the article does not name, as "an official" (rounds 20a, 20d;
                # "a Pentagon spokesman" speaks for a body the lexicon knows: kept)
                mention = mention._replace(kind="group", name="")
            if person is None and _definite_one(mention, described):
                # "the emergency services chief said", "the senior official said" after a
                # person named under another title: the person last quoted, as "pejabat
                # itu" and a title no named person bore are in Indonesian (round 25b)
                mention = mention._replace(refer="definite", role=mention.canonical)
            row.append(mention if person is None else person._replace(
                start=mention.start, end=mention.end, text=mention.text, refer=""))
        named.append(row)
    return [[_named_next(mention, named[index + 1] if index + 1 < len(named) else [])
             for mention in row] for index, row in enumerate(named)]


@lexicons.cached()
def _common_bodies() -> frozenset:
    """English head words of a body many places and trades have (data/lexicons/
    common_bodies.csv: *company, police, agency, think tank*)."""
    return frozenset(" ".join(w.lower().split()) for w in lexicons.load("common_bodies")["word"])


def described_body(field_text: str, speaker: Mention) -> bool:
    """Is a speaker a body described by a common head word and lower-case words only (*the
    company*, *the disaster agency*, *the country's weather agency*, *the NGO*), with no
    body of that word named before it (*… Fire and Rescue Agency …, the fire agency said*)?
    It names no body: no named source (round 25d, second part). *The defense ministry* (a
    word data/lexicons/common_bodies.csv has not), *the national disaster agency* (a
    state's one body), *the Jakarta police* (a capitalised word) and *the ministry of
    health* (a tail) keep their name; the speaker stays the claimant of its figures.

    >>> m = Mention(start=4, end=11, text="company", canonical="company",
    ...             kind="organisation", head="company")
    >>> text = "But company said so."
    >>> described_body(text, m), described_body("Acme Company: " + text, m._replace(
    ...     start=18, end=25))
    (True, False)
    """
    if speaker is None or speaker.kind != "organisation" or speaker.refer or \
            speaker.type in ("media", "wire") or not speaker.canonical:
        return False
    head = speaker.head
    words = speaker.canonical.split()
    if words[:1] == ["The"]:
        words = words[1:]  # "The NGO" opening a sentence
    if not head and len(words) == 1 and speaker.text.split()[:1] in (["the"], ["The"]):
        head = words[0].lower()  # "the NGO": an acronym of a common body, no head word
    size = len(head.split())
    if not words or head not in _common_bodies() or \
            " ".join(words[-size:]).lower() != head or \
            _INTELLIGENCE_DESCRIBED.search(speaker.canonical.lower()) or \
            {w.lower() for w in words} & {"national", "federal"}:
        return False
    if not all(w == w.lower() for w in words[:-size]) or not (
            " ".join(words[-size:]) == head or speaker.text.split()[:1] in (["the"], ["The"])):
        return False
    # a body of that word named before (capitalised: "Fire and Rescue Agency"): it may be
    # the one the description means
    named = re.compile(r"(?<![\w-])" + r"\s+".join(w.capitalize() for w in head.split())
                       + r"(?![\w-])")
    return not named.search(field_text, 0, max(0, speaker.start))


def _definite_one(mention: Mention, described: bool) -> bool:
    """Is a mention one person described after *the* with words before the title's head
    (*the emergency services chief*, not *the mayor* alone, which means itself where nobody
    holds that title), or *the (senior) official*?"""
    words = mention.text.split()
    if len(words) < 2 or words[0].lower() != "the" or mention.refer:
        return False
    if mention.kind == "group":
        return mention.head == "official"
    return described and len(mention.canonical.split()) >= 2


# a state's intelligence service described, not named: "South Korea's spy agency", "Seoul's
# intelligence agency", "South Korean intelligence", "the country's intelligence service"
_INTELLIGENCE_DESCRIBED = re.compile(
    r"(?:^|\s)(?:spy|intelligence)\s+(?:agency|service|services)$|(?:^|\s)intelligence$")


def _intelligence_key(mention: Mention) -> str:
    """The name of an intelligence body the article names (*South Korea's National
    Intelligence Service* → ``national intelligence service``), else ""."""
    words = mention.name.replace("’", "'").split()
    if mention.kind != "organisation" or "Intelligence" not in words[1:]:
        return ""
    at = words.index("Intelligence")
    return " ".join(words[at - 1:]).lower()


def name_intelligence_bodies(per_sentence: list[list[Mention]]) -> list[list[Mention]]:
    """A state's intelligence service described rather than named (*South Korea's spy
    agency told lawmakers*) is the one intelligence body the article names (*National
    Intelligence Service*, *Defense Intelligence Agency*), before or after; with none or
    several it stays as written.

    >>> from newsframe.annotate.mentions import Mention
    >>> nis = Mention(0, 30, "the National Intelligence Service", kind="organisation",
    ...               name="National Intelligence Service",
    ...               canonical="National Intelligence Service")
    >>> spy = Mention(40, 60, "Norway's spy agency", kind="organisation",
    ...               name="Norway's spy agency", canonical="Norway's spy agency", head="agency")
    >>> [m.canonical for m in name_intelligence_bodies([[spy], [nis]])[0]]
    ['National Intelligence Service']
    """
    bodies = {}
    for mentions in per_sentence:
        for mention in mentions:
            key = _intelligence_key(mention)
            if key:
                bodies.setdefault(key, mention)
    if len(bodies) != 1:
        return per_sentence
    body = next(iter(bodies.values()))

    def described(mention: Mention) -> bool:
        return mention.kind == "organisation" and not mention.known and \
            not _intelligence_key(mention) and bool(_INTELLIGENCE_DESCRIBED.search(
                " ".join(mention.canonical.split())))
    return [[body._replace(start=m.start, end=m.end, text=m.text, refer="")
             if described(m) else m for m in mentions] for mentions in per_sentence]


_ONE_OFFICIAL = re.compile(r"(?i)an?\s+(?:[\w-]+\s+){0,3}official$")


def _named_next(mention: Mention, following: list[Mention]) -> Mention:
    """*…, an official said.* followed by *Name, a spokesman for the agency, said …*: the one
    official the next sentence names with a role is the official (two or none: unnamed)."""
    if mention.kind != "group" or mention.head != "official" or not _ONE_OFFICIAL.fullmatch(
            mention.text):
        return mention
    people = {m.canonical: m for m in following if m.kind == "person" and m.role and
              len(m.name.split()) >= 2}
    if len(people) != 1:
        return mention
    person = next(iter(people.values()))
    return person._replace(start=mention.start, end=mention.end, text=mention.text, refer="")


def is_description(phrase: str) -> bool:
    """Does a phrase describe someone by an English title or office word (*South Korea's
    defense minister*, *the NSC coordinator for strategic communications*)?

    >>> is_description("South Korea's defense minister"), is_description("Seoul")
    (True, False)
    """
    words = list(_WORD.finditer(phrase))
    return any(_head_at(words, i)[0] in ("title", "org", "group") and words[i].group(0)[0]
               .islower() for i in range(len(words)))


def names_a_title(phrase: str) -> bool:
    """Does a phrase describe someone by an English title or office word (not only by a
    body: *the agency spokeswoman*, *director of the Harbour Trust*, not *the ministry*)?

    >>> names_a_title("the agency spokeswoman"), names_a_title("the ministry")
    (True, False)
    """
    words = list(_WORD.finditer(phrase))
    return any(_head_at(words, i)[0] == "title" and words[i].group(0)[0].islower()
               for i in range(len(words)))


def _titled(text: str, mention: Mention) -> Mention:
    """``Rep. Dana Reyes``, ``Deputy Lee``: a capitalised title word right before a name
    the name grammar left out is the person's role."""
    if mention.kind != "person" or mention.role or not mention.name:
        return mention
    before = re.search(r"([A-Z][a-z]+)\.?\s+$", text[max(0, mention.start - 20):mention.start])
    if before is None or _english_words().get(before.group(1).lower()) != "title":
        return mention
    start = mention.start - len(before.group(0))
    return mention._replace(start=start, text=text[start:mention.end], role=before.group(1))


_DATED = re.compile(r"\s+(?:on|in|at|last|this|since|until)\s+(?:" + "|".join(
    w.capitalize() for w in sorted(_CALENDAR)) + r")\b")


def _without_dates(text: str, mentions: list[Mention]) -> list[Mention]:
    """``The Washington Post on Saturday`` read as one phrase: the name before the date."""
    kept = []
    for mention in mentions:
        dated = _DATED.search(text, mention.start, mention.end)
        if dated is None:
            kept.append(mention)
            continue
        kept += [m for m in find_mentions(text, mention.start, dated.start())
                 if m.end <= dated.start()]
    return kept


def _placed_body(tail: str) -> bool:
    """A place's name after a body's word, *in* and a capital ("Police in Pokhara said …",
    "the police in the Philippines"): the place says which body it is, so it is part of the
    description, never a speaker of its own (round 21p); a month or weekday is no place.

    >>> _placed_body(" in Pokhara"), _placed_body(" in the city"), _placed_body(" in March")
    (True, False, False)
    """
    place = re.match(r"\s+in\s+(?:the\s+)?([A-Z][\w'’-]*)", tail)
    return bool(place) and place.group(1).lower() not in _CALENDAR


def _tail_end(tail: str) -> int:
    """Where a body or place after a title ends (``at the ministry confirmed`` → after
    *ministry*: a verb is no part of it); 0 when nothing but the preposition is left."""
    words = list(re.finditer(r"[\w'’.-]+", tail))
    while len(words) > 1 and words[-1].group(0)[:1].islower() and (
            words[-1].group(0) in _english_verbs() or words[-1].group(0).endswith("ed")):
        words.pop()
    if len(words) < 2 or words[-1].group(0).lower() == "the":
        return 0
    return words[-1].end()
