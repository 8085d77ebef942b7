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
  (``tidak membantah``, ``menolak untuk membantah``) is no statement; disputes in other
  words (:mod:`newsframe.annotate.disputes`), with whose claim they dispute where the
  sentence names it (``disputed``).

The statements are read by :mod:`newsframe.annotate.statements` (one sentence at a time),
their speakers resolved by :mod:`newsframe.annotate.coreference` (pronouns, descriptions,
documents, surnames; ``resolved_by`` says how) and their scopes — the text each statement
covers, which claims take their claimant from — drawn by :mod:`newsframe.annotate.scopes`
(``speaker_map``). This module makes the table: one row per statement, and a row per
paragraph that only continues a direct quote.

>>> import pandas as pd
>>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "body": [
...     '"Kami mengutuk," kata Kirby, seperti dilansir AP. Korea Utara membantah.']})
>>> columns = ["source", "verb_class", "quote_type", "relayed_by"]
>>> extract_attributions(arts)[columns].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
[['John Kirby', 'neutral', 'direct', 'Associated Press'],
 ['North Korea government', 'denial', 'indirect', '']]
"""

import bisect
import re

import pandas as pd

from ..lang import text
from .actors import given_as_initials
from .descriptions import described_body
from .disputes import find_owner
from .quotes import SortedSpans, quote_spans
from .scopes import Analysis, analyse, speaker_map
from .statements import Statement, _unnamed_medium

__all__ = ["COLUMNS", "FORMS", "QUOTE_TYPES", "VERB_CLASSES", "extract_attributions",
           "quote_spans", "speaker_map"]
COLUMNS = ["article_id", "outlet", "source", "source_type", "source_kind", "source_text",
           "country", "role", "verb", "verb_class", "form", "resolved_by", "quote_type",
           "anonymous", "relayed_by", "in_title", "sentence", "start", "end",
           "attribution_basis", "speaker_start", "speaker_end", "disputed"]
VERB_CLASSES = ("neutral", "booster", "distancing", "denial")
QUOTE_TYPES = ("direct", "indirect", "mixed")
FORMS = ("pre_verb", "post_verb", "menurut", "colon", "passive", "predicate", "impersonal",
         "document", "relayed", "relay_only", "continued_quote", "verdict", "actor")


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
    initials: dict[str, bool] = {}
    for statement in _with_actors(analysis, in_title):
        speaker = statement.speaker
        if not speaker.known and speaker.kind != "group" and not in_title and \
                speaker.canonical not in initials:
            initials[speaker.canonical] = given_as_initials(field_text, speaker.canonical)
        s_start, s_end = statement.sentence
        rows.append({
            "article_id": article_id, "outlet": outlet, "source": speaker.canonical,
            "source_type": speaker.type or "unknown",
            "source_kind": "person" if initials.get(speaker.canonical) else speaker.kind,
            "source_text": " ".join(field_text[statement.start:_naming_end(
                field_text, statement)].split()),
            "country": speaker.country, "role": speaker.role, "verb": statement.verb,
            "verb_class": statement.verb_class, "form": statement.form,
            "resolved_by": statement.resolved_by,
            "quote_type": _quote_type(field_text, quoted, statement.sentence, statement),
            # a suspect or witness known by initials only (*AT mengakui …*) is no named
            # source (round 24c), nor media named by their kind alone (round 25d), nor a body
            # described by a common word (the company, the disaster agency; 25d, 2nd part),
            # nor a regulation the page reads its figures from (round 26a)
            "anonymous": speaker.kind == "group" or initials.get(speaker.canonical, False)
            or _unnamed_medium(speaker) or described_body(field_text, speaker)
            or speaker.type == "law",
            "relayed_by": " > ".join(dict.fromkeys(r.canonical for r in statement.relays
                                                   if not _unnamed_medium(r))),
            "in_title": in_title, "sentence": field_text[s_start:s_end],
            "start": statement.start, "end": statement.end,
            "attribution_basis": statement_basis(statement, in_title),
            **dict(zip(("speaker_start", "speaker_end"), speaker_span(field_text, speaker),
                       strict=True)),
            "disputed": _disputed(field_text, statement, in_title),
        })
    return rows


# ", spokesman for the X" right after an English speaker named after the verb: the title the
# speaker's role holds (an article before it; its last full stop is the sentence's)
_ROLE_AFTER = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+)?")


def _naming_end(field_text: str, statement: Statement) -> int:
    """Where the words that name a statement's speaker end: the attribution expression's end,
    or past the title an English speaker named after the verb holds in an appositive (*said
    Ana Ruiz, spokeswoman for the National Disaster Agency*; round 26d) — the words
    Indonesian already covers (*kata Budi, Kepala Dinas Sosial Kabupaten Bantul*).

    >>> from newsframe.annotate.mentions import Mention
    >>> body = "Ten died, said Ana Ruiz, chief of the Civil Defense Office."
    >>> speaker = Mention(start=15, end=23, text="Ana Ruiz", kind="person",
    ...                   role="chief of the Civil Defense Office.")
    >>> said = Statement(speaker, "said", "neutral", "post_verb", 10, 23, (0, 59))
    >>> body[said.start:_naming_end(body, said)]
    'said Ana Ruiz, chief of the Civil Defense Office'
    """
    role = statement.speaker.role.rstrip(" .") if statement.speaker is not None else ""
    if not role or statement.end != statement.speaker.end:
        return statement.end
    lead = _ROLE_AFTER.match(field_text, statement.end)
    if lead is not None and field_text.startswith(role, lead.end()):
        return lead.end() + len(role)
    return statement.end


def _with_actors(analysis: Analysis, in_title: bool) -> list[Statement]:
    """The analysis' statements and, in text order among them, the named bodies and people
    a body sentence names doing what its figures count (``Polres X menangkap 16 orang``,
    ``Polda Y melalui tim patroli mengamankan …``: form ``actor``, round 23a) — cited through
    their act, with no verb of saying; a headline has none."""
    actors = [] if in_title else [a for a in analysis.actors.values()
                                  if a.speaker is not None and a.speaker.kind != "group"]
    if not in_title:  # the agents of passive clauses (round 23a, second part)
        actors += [a for found in analysis.agents.values() for a in found]
    if not actors:
        return analysis.statements
    return sorted(analysis.statements + actors, key=lambda st: (st.start, st.end))


def _disputed(field_text: str, statement: Statement, in_title: bool) -> str:
    """Whose claim a denial row disputes (:func:`newsframe.annotate.disputes.find_owner`),
    read where the claim stands: before a verdict's words or a passive verb (*Data X itu
    keliru*, *Klaim X dibantah …*), after any other denial verb (*membantah laporan X*); ""
    for other rows and in a headline (whose capitalised words make no names)."""
    if statement.verb_class != "denial" or in_title:
        return ""
    s_start, s_end = statement.sentence
    lo, hi = ((s_start, statement.start) if statement.form in ("verdict", "passive")
              else (statement.end, s_end))
    return find_owner(field_text, lo, hi, statement.speaker.canonical,
                      frozenset(r.canonical for r in statement.relays))


def speaker_span(field_text: str, speaker) -> tuple[int | None, int | None]:
    """(start, end) of the words that name a speaker in ``field_text`` — the name in the
    statement, or the earlier words a pronoun or description was resolved to — or
    (None, None) where they stand in another text (a headline's speaker named in the body).

    >>> from newsframe.annotate.mentions import Mention
    >>> speaker_span("kata Kirby.", Mention(start=5, end=10, text="Kirby"))
    (5, 10)
    """
    if speaker is None or not 0 <= speaker.start < speaker.end <= len(field_text) or \
            field_text[speaker.start:speaker.end] != speaker.text:
        return None, None
    return speaker.start, speaker.end


def statement_basis(statement: Statement, in_title: bool = False) -> str:
    """How a statement's speaker is known (newsframe.schema.ATTRIBUTION_BASES): ``headline``,
    ``coreference`` (a pronoun, description, title or document resolved), ``document``
    (``berdasarkan catatan X``), ``quote`` (a paragraph that only goes on with a quote),
    a verdict's own basis, else ``in_sentence``.

    >>> from newsframe.annotate.mentions import Mention
    >>> speaker = Mention(start=0, end=2, text="Ia", kind="pronoun")
    >>> statement_basis(Statement(speaker, "kata", "neutral", "post_verb", 0, 7, (0, 9),
    ...                           resolved_by="pronoun: Ia"))
    'coreference'
    """
    if in_title:
        return "headline"
    if statement.basis:
        return statement.basis
    if statement.form == "continued_quote":
        return "quote"
    if statement.resolved_by and not statement.resolved_by.startswith("surname"):
        return "coreference"
    if statement.form == "document":
        return "document"
    return "in_sentence"


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
                      "attribution_basis": "quote",
                      "source_text": " ".join(body[quote[0]:quote[1]].split()),
                      "sentence": body[sent[0]:sent[1]], "start": quote[0], "end": quote[1]})
        extra_starts.append(quote[0])
    return sorted(rows + extra, key=lambda r: (r["in_title"] is False, r["start"], r["end"]))


_DTYPES = {"start": "int64", "end": "int64", "anonymous": "bool", "in_title": "bool",
           "speaker_start": "Int64", "speaker_end": "Int64"}


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
