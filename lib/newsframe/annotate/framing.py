"""Frames, hedges, normative language and headline features, by counting lexicon cues.

``score_frames`` finds every cue of data/lexicons/frames.csv (kind ``frame``), hedges.csv
(``hedge``), normative.csv (``normative``, only in the outlet's own voice) and
headline_cues.csv (``headline``, titles only) in each article's title and body.
``framing_indicators`` turns the hits into per-article and per-outlet indicators; frame scores
follow Semetko & Valkenburg (2000): the share of sentences with at least one cue of a frame,
and whether the frame is present at all. ``headline_features`` describes each title.

>>> import pandas as pd
>>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["X"],
...                      "title": ["Rusia Diduga Kirim Rudal"],
...                      "body": ["Perang berlanjut. Dunia harus bertindak."]})
>>> score_frames(arts)[["kind", "label", "cue", "in_title"]].values.tolist()
[['hedge', 'epistemic', 'diduga', True], ['frame', 'security threat', 'rudal', True], \
['frame', 'conflict', 'perang', False], ['normative', 'obligation', 'harus', False]]
"""

import bisect
import re

import pandas as pd

from .. import lexicons
from ..lang import text
from ..lang.language import article_language
from . import actors, sources

COLUMNS = ["article_id", "outlet", "kind", "label", "cue", "in_title", "sentence",
           "sentence_start", "start", "end"]
HEADLINE_COLUMNS = ["article_id", "outlet", "title", "has_number", "number_text",
                    "attribution", "attribution_source", "verb_stance", "hedge_cues", "agent",
                    "agent_kind", "leader_as_agent", "sensational", "sensational_cues",
                    "question"]
KINDS = ("frame", "hedge", "normative", "headline")
FRAMES = ("conflict", "responsibility", "economic consequences", "human interest", "morality",
          "security threat", "legality/sanctions", "diplomacy/peace", "alliance/partnership")
HEDGE_LABELS = ("epistemic", "evidential", "speculation", "capacity", "equivalence", "exclude")
NORMATIVE_LABELS = ("obligation", "necessity", "recommendation", "evaluation", "condemnation")
NORMATIVE_CUE_TYPES = ("modal", "speech_act", "evaluative")
HEADLINE_LABELS = ("sensational", "number_word", "question")
NORMALIZE = ("sentences", "words")

# lexicon name, hit kind, label column
_LEXICONS = (("frames", "frame", "frame"), ("hedges", "hedge", "label"),
             ("normative", "normative", "label"))
_DATE_OR_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}\b|"
                           r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b(?:19|20)\d{2}\b")
_NUMBER = re.compile(r"(?<![\w/])\d+(?:[.,]\d+)*(?![\w/])")


def _find_cues(lowered: str, cues: tuple) -> list[tuple[int, int, str, str]]:
    """(start, end, cue, label) of every cue in ``lowered`` (a text passed through
    ``text.lower_keeping_offsets``, once for all lexicons); where cues overlap the longest
    wins (one alternation, longest cue first). Hits labelled ``exclude`` are dropped: they are
    longer phrases that block a cue (``tidak disebutkan namanya`` is not the hedge
    ``disebutkan``).
    """
    pattern, exact, starred = cues
    found = []
    for start, end in lexicons.find_words(pattern, lowered):
        key = " ".join(lowered[start:end].split())
        hit = exact.get(key) or next(
            (value for stem, value in starred if key.startswith(stem)), None)
        if hit is not None and hit[1] != "exclude":
            found.append((start, end, *hit))
    return found


@lexicons.cached()
def _cues(name: str, label_column: str, language: str = "id") -> tuple:
    """(one regex of the lower-cased cues, matched against lower-cased text — faster than an
    IGNORECASE scan —, {cue text: (cue, label)}, [(stem, (cue, label))] for cue*). A lexicon
    with a ``language`` column gives the rows of ``language`` only."""
    table = lexicons.load(name)
    if "language" in table.columns:
        table = lexicons.in_language(table, language)
    pairs = list(zip(table["cue"], table[label_column], strict=True))
    exact = {" ".join(cue.lower().split()): (cue, label) for cue, label in pairs
             if not cue.endswith("*")}
    starred = sorted(((" ".join(cue[:-1].lower().split()), (cue, label)) for cue, label in pairs
                      if cue.endswith("*")), key=lambda item: -len(item[0]))
    pattern = lexicons.word_pattern([cue.lower() for cue in table["cue"]], ignore_case=False)
    return pattern, exact, starred


def _own_voice(body: str, start: int, cue_type: str, sentence: tuple[int, int], quotes,
               attributed: list[int]) -> bool:
    """Normative cue in the outlet's voice: outside quotes and attributed sentences, and for
    speech acts (``mengecam``) with no actor as their subject. ``quotes`` are the body's
    quote spans (``sources.SortedSpans``), ``attributed`` the sorted starts of its attributions."""
    if quotes.inside(start):
        return False
    if bisect.bisect_left(attributed, sentence[0]) < bisect.bisect_left(attributed, sentence[1]):
        return False
    if cue_type == "speech_act" and actors.find_actors(body, sentence[0], start):
        return False
    return True


def score_frames(articles: pd.DataFrame, attributions: pd.DataFrame | None = None
                 ) -> pd.DataFrame:
    """One row per lexicon hit in titles and bodies (offsets into ``title`` when ``in_title``).

    ``attributions`` (from ``extract_attributions`` of the same articles) is computed when not
    given; it tells which sentences report someone else's words.

    Normative cues are kept only in the outlet's own voice: not inside a quote, not in a
    sentence with an attribution (see ``newsframe.annotate.sources``), and for speech-act cues
    such as ``mengecam`` not after a named actor in the same sentence.

    >>> arts = pd.DataFrame({"article_id": ["a"], "title": [""],
    ...                      "body": ["AS mengatakan Korut harus berhenti. Dunia perlu waspada."]})
    >>> score_frames(arts).query("kind == 'normative'")["cue"].tolist()
    ['perlu']
    """
    by_language = {language: (_cues("frames", "frame", language),
                              _cues("hedges", "label", language),
                              _cues("normative", "label", language),
                              _cues("headline_cues", "label", language))
                   for language in ("id", "en")}
    normative_table = lexicons.load("normative")
    cue_types = dict(zip(normative_table["cue"], normative_table["cue_type"], strict=True))
    if attributions is None:
        attributions = sources.extract_attributions(articles)
    attributed_spans: dict[str, list[tuple[int, int]]] = {}
    for article_id, start, end in zip(attributions["article_id"], attributions["start"],
                                      attributions["end"], strict=True):
        attributed_spans.setdefault(article_id, []).append((start, end))
    rows = []
    for record in text.records(articles, ["article_id", "outlet", "title", "body"]):
        article_id = str(record["article_id"])
        outlet = str(record.get("outlet") or "")
        title = record.get("title") or ""
        body = record.get("body") or ""
        title = title if isinstance(title, str) else ""
        body = body if isinstance(body, str) else ""
        # an English article's frames, hedges, normative and headline cues in English words
        # (its title too)
        frames, hedges, normative, headline_cues = by_language[_language_of(body)]
        if title.strip() and body.strip():
            lowered = text.lower_keeping_offsets(title)
            for kind, cues in (("frame", frames), ("hedge", hedges), ("headline", headline_cues)):
                for start, end, cue, label in _find_cues(lowered, cues):
                    rows.append((article_id, outlet, kind, label, cue, True, title, 0, start, end))
        if not body.strip():
            continue
        quotes = sources.SortedSpans(sources.quote_spans(body))
        attributed = sorted(start for start, _ in attributed_spans.get(article_id, []))
        sentences = text.split_sentences(body)
        lowered = text.lower_keeping_offsets(body)
        for kind, cues in (("frame", frames), ("hedge", hedges), ("normative", normative)):
            for start, end, cue, label in _find_cues(lowered, cues):
                sentence = text.enclosing_span(sentences, start)
                if sentence is None or end > sentence[1]:
                    continue  # a cue across a sentence break is no cue
                if kind == "normative" and not _own_voice(
                        body, start, cue_types[cue], sentence, quotes, attributed):
                    continue
                rows.append((article_id, outlet, kind, label, cue, False,
                             body[sentence[0]:sentence[1]], sentence[0], start, end))
    table = pd.DataFrame(rows, columns=COLUMNS)
    types = {c: "str" for c in COLUMNS} | {"in_title": "bool", "sentence_start": "int64",
                                           "start": "int64", "end": "int64"}
    return order_hits(table.astype(types))  # typed also when empty (no hits in a chunk)


def order_hits(table: pd.DataFrame) -> pd.DataFrame:
    """Hits by article, title first, then by offset (stable: the order of ``score_frames``,
    also for hits of several article chunks put together)."""
    return table.sort_values(["article_id", "in_title", "start"], ascending=[True, False, True],
                             kind="stable").reset_index(drop=True)


@lexicons.cached()
def _verb_pattern(language: str = "id") -> re.Pattern:
    """The attribution verbs of ``language``: every Indonesian one; the English ones a headline
    uses (``headline`` = 1: *says, denies, warns …*)."""
    table = lexicons.in_language(lexicons.load("attribution_verbs"), language)
    if language != "id":
        table = table[table["headline"].astype(str) == "1"]
    return lexicons.cue_pattern(table["verb"])


def _attribution_in_title(title: str, language: str = "id") -> tuple[bool, str, int]:
    """(has attribution, source, offset where the reported clause starts); the verbs of the
    article's ``language``."""
    prefix = re.match(r"\s*([^:]{1,60}?)\s*:\s+", title)
    if prefix and (actors.find_actors(prefix.group(1)) or prefix.group(1)[:1].isupper()):
        row = actors.normalise_actor(prefix.group(1))
        return True, row["canonical"] if row else prefix.group(1), prefix.end()
    match = _verb_pattern(language).search(title)
    if match:
        speakers = actors.find_actors(title, 0, match.start())
        return True, speakers[-1].canonical if speakers else "", 0
    return False, "", 0


def _agent(title: str, offset: int):
    """The actor(s) opening the clause at ``offset`` (at most two words before them)."""
    found = [m for m in actors.find_actors(title, offset) if m.start >= offset]
    if not found or len(title[offset:found[0].start].split()) > 2:
        return None
    group = [found[0]]
    for match in found[1:]:
        if title[group[-1].end:match.start].strip():
            break
        group.append(match)
    return max(group, key=lambda m: (m.kind == "person", m.end - m.start))


def headline_features(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per article describing its title (all False / "" when there is no title).

    ``verb_stance`` is ``hedged`` when the title carries a hedge cue (``Dugaan``, ``diduga``),
    ``certain`` when an actor opens a clause with no hedge, else ``none``. ``leader_as_agent``:
    the clause's subject is a person (actors.csv kind ``person``) rather than a state.

    >>> arts = pd.DataFrame({"article_id": ["a"],
    ...                      "title": ["Kim Jong Un Turun Gunung, Kirim 6.700 Kontainer"]})
    >>> columns = ["has_number", "agent", "leader_as_agent", "sensational_cues"]
    >>> headline_features(arts)[columns].values.tolist()
    [[True, 'Kim Jong Un', True, 'turun gunung']]
    """
    rows = [{"article_id": str(record["article_id"]),
             "outlet": str(record.get("outlet") or ""),
             **_headline(record.get("title"), _language_of(record.get("body")))}
            for record in text.records(articles, ["article_id", "outlet", "title", "body"])]
    table = pd.DataFrame(rows, columns=HEADLINE_COLUMNS)
    return table.astype({c: "bool" for c in ("has_number", "attribution", "leader_as_agent",
                                             "sensational", "question")})


def _language_of(body) -> str:
    """The language of an article's body (its title's hedges are read in it); ``id`` when
    there is no body."""
    return article_language(body) if isinstance(body, str) and body.strip() else "id"


@lexicons.cached(maxsize=8192)
def _headline(title, language: str = "id") -> dict:
    """The features of one title (remembered: wire copy repeats headlines)."""
    hedges, cues = _cues("hedges", "label", language), _cues("headline_cues", "label", language)
    title = title if isinstance(title, str) else ""
    lowered = text.lower_keeping_offsets(title)
    hits = _find_cues(lowered, cues)
    dates = [m.span() for m in _DATE_OR_TIME.finditer(title)]
    numbers = [m.group(0) for m in _NUMBER.finditer(title)
               if not any(s <= m.start() < e for s, e in dates)]
    numbers += [cue for _, _, cue, label in hits if label == "number_word"]
    attribution, attribution_source, offset = _attribution_in_title(title, language)
    hedge_cues = [cue for _, _, cue, _ in _find_cues(lowered, hedges)]
    agent = _agent(title, offset) if title.strip() else None
    stance = "hedged" if hedge_cues else "certain" if agent is not None else "none"
    sensational = [cue for _, _, cue, label in hits if label == "sensational"]
    return {
        "title": title, "has_number": bool(numbers), "number_text": "; ".join(numbers),
        "attribution": attribution, "attribution_source": attribution_source,
        "verb_stance": stance, "hedge_cues": "; ".join(hedge_cues),
        "agent": agent.canonical if agent else "", "agent_kind": agent.kind if agent else "",
        "leader_as_agent": bool(agent and agent.kind == "person"),
        "sensational": bool(sensational), "sensational_cues": "; ".join(sensational),
        "question": "?" in title or any(label == "question" for *_, label in hits),
    }


def matched_text(articles: pd.DataFrame, table: pd.DataFrame) -> pd.Series:
    """The text each annotation row points at (``title`` when ``in_title``, else ``body``).

    Works for any table with ``article_id, start, end`` (hits, attributions), so notebooks
    can assert that every offset points at its evidence.

    >>> arts = pd.DataFrame({"article_id": ["a"], "title": ["Dugaan"], "body": ["Perang."]})
    >>> matched_text(arts, score_frames(arts)).tolist()
    ['Dugaan', 'Perang']
    """
    ids = articles["article_id"].tolist()
    texts = {False: dict(zip(ids, map(str, articles["body"].tolist()), strict=True)),
             True: dict(zip(ids, map(str, articles["title"].tolist()), strict=True))}
    in_title = table["in_title"] if "in_title" in table else pd.Series(False, index=table.index)
    return pd.Series([
        texts[bool(title)][article_id][start:end]
        for article_id, title, start, end in zip(table["article_id"].tolist(), in_title.tolist(),
                                                 table["start"].tolist(), table["end"].tolist(),
                                                 strict=True)
    ], index=table.index, dtype="str")

