"""Paragraphs and sentences with character offsets into an article's text.

Every annotator works on these spans, so offsets are always into the same string
(``body`` or ``title``) and ``text[start:end]`` is the evidence sentence.

>>> split_sentences("Kirby berkata. Korea Utara membantah.")
[(0, 14), (15, 37)]
"""

import bisect
import functools
import re

import pandas as pd

# Words that end with a full stop but do not end a sentence.
_ABBREVIATIONS = {
    "dr", "prof", "no", "jl", "st", "tn", "ny", "sdr", "hlm", "mr", "mrs", "ms", "gen",
    "kol", "let", "jend", "brigjen", "mayjen", "letjen", "h", "hj", "ir", "drs", "vs",
    "moh", "muh", "moch", "mohd", "mhd",  # Muhammad shortened: "Moh. Rifai"
    # English titles before a name: "Rep. Park Sun-won", "Adm. Samuel Paparo"
    "rep", "adm", "col", "lt", "capt", "maj", "sgt", "gov", "cmdr", "brig",
    # an acting office before its title: "Plt. Kepala Pusat Data X", "Plh. Bupati", "Pj. Wali
    # Kota" (round 22c)
    "plt", "plh", "pj",
}
# English months shortened before a day ("the Oct. 3 attack", "on Nov. 14"): no sentence end
_SHORT_MONTHS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                 "dec"}
# A sentence ends at . ! ? (plus closing quotes/brackets) followed by space and a likely start,
# or at a full stop typed without its space between a lower-case word end and a capitalised
# word ("tahun ini.Mengutip data …"; "Kompas.com", "KOMPAS.TV", "U.S." are not cut).
# (the look-behind stands after the full stop it checks: every alternative then opens with
# a punctuation mark, and the regex engine skips from one to the next, 2-3× faster)
_BOUNDARY = re.compile(r"[.!?]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9])"
                       r"|\.(?<=[a-z]{2}\.)(?=[A-Z][a-z]{2})")
_PARAGRAPH = re.compile(r"[^\n]+")
# A run of text without a sentence end longer than this (a list, a page pasted without
# punctuation) is cut at a space into sentences of at most this many characters: the
# annotators' work per sentence grows faster than its length. The longest sentence of the
# seeds has 342 characters.
MAX_SENTENCE = 2_000


# The annotators (claims, events, attributions, frames) all split the same texts; the last
# 1,024 splits are remembered so that each text is split once per pipeline chunk
# (newsframe.annotate.tables annotates 256 articles, title and body, at a time).
_MEMO_SIZE = 1024


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of non-blank lines (each line is a paragraph in web-copied articles).

    >>> split_paragraphs("a\\n\\n b \\nc")
    [(0, 1), (4, 5), (7, 8)]
    """
    return list(_paragraphs(text))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans, never crossing a paragraph break; whitespace trimmed.

    >>> text = "Gedung Putih pada Jumat (13/10/2023) mengatakan 1.000 kontainer. Dr. Lee tiba."
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Gedung Putih pada Jumat (13/10/2023) mengatakan 1.000 kontainer.', 'Dr. Lee tiba.']
    """
    return list(_sentences(text))


@functools.lru_cache(maxsize=_MEMO_SIZE)
def _paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    spans = []
    for match in _PARAGRAPH.finditer(text):
        start, end = match.span()
        line = match.group(0)
        stripped_left = len(line) - len(line.lstrip())
        stripped_right = len(line) - len(line.rstrip())
        if start + stripped_left < end - stripped_right:
            spans.append((start + stripped_left, end - stripped_right))
    return tuple(spans)


def _last_word(text: str, start: int, end: int) -> str:
    """The run of word characters (regex ``\\w``) ending at ``end``, not before ``start``.

    >>> _last_word("kata Dr.", 0, 7)
    'Dr'
    """
    first = end
    while first > start and (text[first - 1].isalnum() or text[first - 1] == "_"):
        first -= 1
    return text[first:end]


@functools.lru_cache(maxsize=_MEMO_SIZE)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans = []
    for para_start, para_end in _paragraphs(text):
        start = para_start
        for match in _BOUNDARY.finditer(text, para_start, para_end):
            word = _last_word(text, start, match.start())
            if word and (word.lower() in _ABBREVIATIONS or len(word) == 1 and word.isupper()):
                continue
            if word == "d" and text[match.start() - 3:match.start()] == "s.d" and (
                    match.start() < 4 or not text[match.start() - 4].isalnum()):
                continue  # "Rp 10.900 s.d. 11.800": sampai dengan, no sentence end (round 21h)
            if word.lower() in _SHORT_MONTHS and word[:1].isupper() and \
                    text[match.end():match.end() + 2].strip()[:1].isdigit():
                continue  # "the Oct. 3 attack"
            if match.end() - start < 2:
                continue
            _append_bounded(spans, text, start, match.end())
            start = match.end()
            while start < para_end and text[start].isspace():
                start += 1
        if start < para_end:
            _append_bounded(spans, text, start, para_end)
    return tuple(spans)


def _append_bounded(spans: list, text: str, start: int, end: int) -> None:
    """Append ``(start, end)``, cut into pieces of at most MAX_SENTENCE characters at the
    last space of each piece's second half (mid-word only where there is none).

    >>> spans = []
    >>> _append_bounded(spans, "ab " * 1000, 0, 2999)
    >>> [(s, e) for s, e in spans]
    [(0, 2000), (2001, 2999)]
    """
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE + 1)
        cut = cut if cut > start else start + MAX_SENTENCE
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        spans.append((start, piece_end))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        spans.append((start, end))


def sentence_table(articles: pd.DataFrame, field: str = "body") -> pd.DataFrame:
    """One row per sentence: ``article_id, paragraph, sentence_no, start, end, sentence``.

    >>> arts = pd.DataFrame({"article_id": ["a"], "body": ["Satu. Dua.\\nTiga."]})
    >>> sentence_table(arts)[["paragraph", "sentence"]].values.tolist()
    [[0, 'Satu.'], [0, 'Dua.'], [1, 'Tiga.']]
    """
    rows = []
    for article_id, text in zip(articles["article_id"], articles[field].fillna(""), strict=True):
        paragraphs = split_paragraphs(text)
        para_starts = [s for s, _ in paragraphs]
        for number, (start, end) in enumerate(split_sentences(text)):
            paragraph = bisect.bisect_right(para_starts, start) - 1
            rows.append((article_id, paragraph, number, start, end, text[start:end]))
    columns = ["article_id", "paragraph", "sentence_no", "start", "end", "sentence"]
    return pd.DataFrame(rows, columns=columns).astype(
        {"paragraph": "int64", "sentence_no": "int64", "start": "int64", "end": "int64"}
    )


def lower_keeping_offsets(text: str) -> str:
    """``text.lower()``, except letters whose lower case is longer (``İ``) stay as they are,
    so offsets into the result are offsets into ``text`` (case-sensitive scans of lower-cased
    text are faster than IGNORECASE scans).

    >>> lower_keeping_offsets("İstanbul DAN Korut")
    'İstanbul dan korut'
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def enclosing_span(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The span containing ``offset`` (spans sorted, non-overlapping), else None.

    >>> enclosing_span([(0, 5), (6, 9)], 7)
    (6, 9)
    """
    index = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    if index >= 0 and spans[index][0] <= offset < spans[index][1]:
        return spans[index]
    return None


def records(articles: pd.DataFrame, columns: list[str]) -> list[dict]:
    """The articles as plain dicts holding only ``columns`` (those present): converting the
    few columns an annotator reads costs a third of converting all of them.

    >>> records(pd.DataFrame({"article_id": ["a"], "body": ["x"], "path": ["p"]}),
    ...         ["article_id", "body", "title"])
    [{'article_id': 'a', 'body': 'x'}]
    """
    present = [c for c in columns if c in articles.columns]
    if not present:
        return [{} for _ in range(len(articles))]
    # column by column (tolist) is three times faster than DataFrame.to_dict("records")
    values = [articles[c].tolist() for c in present]
    if "body" in present:  # every annotator gets the same str object for the same body
        values[present.index("body")] = [_one_copy(v) if isinstance(v, str) else v
                                         for v in values[present.index("body")]]
    return [dict(zip(present, row, strict=True)) for row in zip(*values, strict=True)]


@functools.lru_cache(maxsize=_MEMO_SIZE)
def _one_copy(body: str) -> str:
    """The first copy of ``body`` seen: ``tolist`` makes a new str per call, and the
    per-text caches (scans, splits, analyses) then compare a whole body with a whole body
    on every lookup, which for a long article costs more than the lookup saves."""
    return body
