"""Dated events: every date expression in an article body, with the event it dates.

``extract_events(articles)`` gives one row per date expression (see docs/tables/events.md).
The helpers below turn that table into what the timeline notebook shows: a filter
(``filter_events``), report lag per article (``report_lag``), the same event reported by several
outlets (``group_same_events`` / ``summarise_groups``), a combined chronology
(``build_chronology``) and the timeline chart (``plot_timeline``).

>>> import pandas as pd
>>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "published": ["2023-10-13"],
...     "status": ["ok"], "body": ["Gedung Putih pada Jumat (13/10/2023) mengatakan hal itu."]})
>>> extract_events(arts)[["expression", "date_start", "event_type", "actors"]].values.tolist()
[['Jumat (13/10/2023)', '2023-10-13', 'statement', 'White House']]
"""

from __future__ import annotations

import bisect
import re
from datetime import date

import pandas as pd

from .. import lexicons
from ..lang.dates import PRECISIONS, find_date_expressions
from ..lang.language import article_language
from ..lang.text import enclosing_span, lower_keeping_offsets, records, split_sentences
from .actors import find_actors

EVENT_COLUMNS = ["article_id", "event_id", "expression", "date_start", "date_end", "precision",
                 "relative", "anchor", "anchor_basis", "event_type", "description", "actors",
                 "sentence", "start", "end", "outlet", "published", "kind"]
_INT_COLUMNS = ("start", "end")
DESCRIPTION_WORDS = (6, 10)  # words kept before and after the event's cue (or date)


def event_types() -> tuple[str, ...]:
    """The event types of data/lexicons/event_types.csv in the order they are listed, then
    ``other`` (a dated sentence with none of the cues).

    >>> event_types()[:2], event_types()[-1]
    (('statement', 'shipment'), 'other')
    """
    return tuple(dict.fromkeys(lexicons.load("event_types")["event_type"])) + ("other",)



def _empty(columns, ints=(), bools=()) -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series([], dtype="str") for c in columns})
    return frame.astype({**{c: "int64" for c in ints}, **{c: "bool" for c in bools}})


def _iso(value) -> str:
    return value.isoformat() if value else ""


def _anchor_of(published: str, precision: str = "day") -> date | None:
    """The day relative dates resolve against: the publication date, or the date an
    undated article was inferred to be published on or after (``inferred_not_before``)."""
    if not published or precision not in ("", "day", "inferred_not_before"):
        return None
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


@lexicons.cached()
def _cues(language: str = "id") -> tuple[re.Pattern, dict[str, str], dict[str, str], re.Pattern]:
    """A prefix-tree regex over every cue stem of one language (matched on lowercased text
    after a non-word character, so the engine skips quickly to word starts), the event type of
    each exact cue and of each ``*`` stem, plus the statement cues alone."""
    table = lexicons.in_language(lexicons.load("event_types"), language)
    exact, stems = {}, {}
    for cue, event_type in zip(table["cue"], table["event_type"], strict=True):
        stem = " ".join(cue.rstrip("*").lower().split())
        (stems if cue.endswith("*") else exact).setdefault(stem, event_type)
    pattern = re.compile(r"\W(?P<stem>(?:" + lexicons.trie_regex(set(exact) | set(stems))
                         + r"))(?P<tail>\w*)")
    statements = lexicons.cue_pattern(table.loc[table["event_type"] == "statement", "cue"])
    return pattern, exact, stems, statements


def _find_cues(text: str, cues) -> list[tuple[int, int, str]]:
    pattern, exact, stems, _ = cues
    lowered = " " + lower_keeping_offsets(text)
    found = []
    for match in pattern.finditer(lowered):
        stem = " ".join(match.group("stem").split())  # "kirim  senjata" as listed
        event_type = stems.get(stem) if match.group("tail") else exact.get(stem, stems.get(stem))
        if event_type:
            found.append((match.start("stem") - 1, match.end() - 1, event_type))
    return found


def _classify(text, found_cues, cues, start, end, expr_start, expr_end
              ) -> tuple[str, tuple[int, int] | None]:
    """(event type, the span of the cue that gave it, None when none did)."""
    # "..., kata Kirby, Sabtu (14/10)." / "Gedung Putih menuding ..., Rabu (3/11/2022).": a date
    # tacked on at the end of a sentence after a comma dates the report itself.
    trailing = text[expr_end:end].strip(" .\"'”’)") == "" and \
        text[max(start, expr_start - 2):expr_start].strip() == ","
    if trailing:
        verb = cues[3].search(text, start, expr_start)
        if verb:
            return "statement", verb.span()
    best, best_distance, best_span = "other", None, None
    for cue_start, cue_end, event_type in found_cues:
        if cue_start < start or cue_end > end:
            continue
        if cue_start < expr_end and cue_end > expr_start:
            continue  # a cue inside the date expression itself
        distance = expr_start - cue_end if cue_end <= expr_start else cue_start - expr_end
        if best_distance is None or distance < best_distance:
            best, best_distance, best_span = event_type, distance, (cue_start, cue_end)
    return best, best_span


# a dateline or section label that opens a sentence: "Liputan6.com, Washington - ",
# "WASHINGTON, KOMPAS.TV - ", "SEOUL, IndonesiaSatu.co — "
_DATELINE = re.compile(r"^(?:[A-Z][\w.]*,?\s+){1,4}(?:\([\w. ]{2,30}\)\s+)?[-–—]\s")
_WORD = re.compile(r"\S+")
# the words that lead into a date and mean nothing without it: "pada (tanggal)", "sejak",
# "per", "on", "in", "since" … ("said on Friday in a statement" → "said in a statement")
_DATE_LEAD_WORDS = frozenset("pada sejak hingga sampai dalam selama di per mulai tanggal hari "
                             "antara sekitar on in at since until till by during from through "
                             "throughout between around".split())


_JOINTS = frozenset("dan atau yang untuk dengan di ke dari karena sementara bahwa pada oleh serta "
                    "juga dalam atas akan telah sudah ini itu tersebut namun tetapi ketika saat "
                    "sebagai agar".split())


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1] in "\"“(" and word[1:2].isupper()


def describe_event(sentence: str, expression: tuple[int, int],
                   cue: tuple[int, int] | None = None) -> str:
    """A short description of what a dated sentence says happened: the words around the
    cue that typed the event (who, the verb, what) — else around the date —, with the date
    expression itself, a dateline and the sentence's own punctuation at the ends left out.
    Offsets are into ``sentence``.

    >>> s = "Gedung Putih pada Jumat (13/10/2023) mengatakan, Korea Utara mengirim kontainer."
    >>> describe_event(s, (18, 36), (37, 47))
    'Gedung Putih mengatakan, Korea Utara mengirim kontainer'
    >>> s = "BNPB mencatat korban meninggal bertambah menjadi 48 orang hingga Senin malam ini."
    >>> describe_event(s, (65, 76), (41, 48))
    'BNPB mencatat korban meninggal bertambah menjadi 48 orang'
    """
    before_words, after_words = DESCRIPTION_WORDS
    lead = _DATELINE.match(sentence)
    begin = lead.end() if lead and lead.end() <= min(expression[0], (cue or expression)[0]) \
        else 0
    centre = cue or expression
    words = [m for m in _WORD.finditer(sentence) if m.start() >= begin]
    if not words:
        return ""
    at = next((i for i, m in enumerate(words) if m.end() > centre[0]), len(words) - 1)
    first, last = max(0, at - before_words), min(len(words), at + after_words)
    while first > 0 and first > at - before_words - 4 and _capitalised(words[first].group(0)) \
            and _capitalised(words[first - 1].group(0)):
        first -= 1  # a name is not cut in two: "… Center for Strategic Studies"
    runs, run = [], []  # the words of the window, split where the date expression stood
    for match in words[first:last]:
        if match.start() < expression[1] and match.end() > expression[0]:
            while run and run[-1].lower() in _DATE_LEAD_WORDS:
                run.pop()  # "pada (tanggal)", "sejak", "on" … belong to the date
            if len(run) > 1 and run[-1].lower() == "of" and run[-2].lower() == "as":
                del run[-2:]  # "as of"
            runs, run = runs + [run], []
            continue
        run.append(match.group(0))
    runs.append(run)
    if len(runs) > 1 and len(runs[-1]) <= 2 and (cue is None or cue[0] < expression[0]):
        runs.pop()  # a stub of one or two words left after the date ("… ini") says nothing
    for run in runs:  # a clause's joints at either end of a run ("… dan", "yang …")
        while run and run[-1].lower().strip(",;:") in _JOINTS:
            run.pop()
        while run and run[0].lower() in _JOINTS:
            run.pop(0)
    kept = [r for r in runs if r]
    text = " ".join(" ".join(r) for r in kept).strip(" ,;:-–—\"'“”‘’()")
    return text.rstrip(".!?").strip()


def classify_event(text: str, start: int, end: int, expr_start: int, expr_end: int) -> str:
    """Event type of a date expression from the cue (verb/noun) nearest to it in its sentence
    ``text[start:end]``; "other" when the sentence has none. Cues come from
    data/lexicons/event_types.csv. A date tacked on after a comma at the end of a sentence
    with a reporting verb dates the statement.

    >>> s = "Gedung Putih pada Jumat (13/10/2023) mengatakan Korea Utara mengirimkan amunisi."
    >>> classify_event(s, 0, len(s), 18, 36)
    'statement'
    """
    cues = _cues()
    return _classify(text, _find_cues(text[:end], cues), cues, start, end, expr_start,
                     expr_end)[0]


def _actor_names(matches, start: int, end: int) -> str:
    names = []
    for match in matches:
        if match.start >= start and match.end <= end and match.canonical not in names:
            names.append(match.canonical)
    return ";".join(names)


def extract_events(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per date expression in each article body (columns: EVENT_COLUMNS).

    Relative expressions resolve against the article's publication date (``published`` at day
    precision); without one they stay unresolved (empty dates, ``relative`` True). Rows with an
    empty body or status ``error`` give no events.

    Args:
        articles: the articles table (article_id, body; outlet, published, status optional).

    Returns:
        DataFrame with EVENT_COLUMNS; dates as ISO strings ("" when unresolved).

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["t"], "body": ["Kirby pekan lalu berkata."],
    ...                      "published": [""]})
    >>> extract_events(arts)[["expression", "date_start", "relative"]].values.tolist()
    [['pekan lalu', '', True]]
    """
    rows = []
    for record in records(articles, ["article_id", "outlet", "body", "published",
                                     "published_precision", "status"]):
        body = record.get("body") or ""
        if not isinstance(body, str) or not body or record.get("status") == "error":
            continue
        published = record.get("published") or ""
        published = published if isinstance(published, str) else ""
        anchor = _anchor_of(published, record.get("published_precision") or "")
        language = article_language(body)  # English articles: English dates and cues
        found_dates = find_date_expressions(body, anchor, language)
        if not found_dates:
            continue
        sentences = split_sentences(body)
        cues = _cues(language)
        # cues found once per article, then picked per sentence; actors per dated sentence
        found_cues, actors_in = _find_cues(body, cues), {}
        # cues do not overlap: their starts and ends both ascend
        cue_starts, cue_ends = [c[0] for c in found_cues], [c[1] for c in found_cues]
        for number, found in enumerate(found_dates, start=1):
            s_start, s_end = enclosing_span(sentences, found.start) or (found.start, found.end)
            s_end = max(s_end, found.end)
            if (s_start, s_end) not in actors_in:
                actors_in[(s_start, s_end)] = _actor_names(find_actors(body, s_start, s_end),
                                                           s_start, s_end)
            event_type, cue = _classify(body, found_cues[
                bisect.bisect_left(cue_starts, s_start):bisect.bisect_right(cue_ends, s_end)],
                cues, s_start, s_end, found.start, found.end)
            sentence = body[s_start:s_end]
            rows.append({
                "article_id": record["article_id"],
                "event_id": f"{record['article_id']}:E{number:03d}",
                "expression": found.expression,
                "date_start": _iso(found.date_start),
                "date_end": _iso(found.date_end),
                "precision": found.precision,
                "relative": found.relative,
                "anchor": _iso(found.anchor),
                "anchor_basis": ("" if found.anchor is None else "inferred publication"
                                 if record.get("published_precision") == "inferred_not_before"
                                 else "publication"),
                "event_type": event_type,
                "description": describe_event(
                    sentence, (found.start - s_start, found.end - s_start),
                    (cue[0] - s_start, cue[1] - s_start) if cue else None),
                "actors": actors_in[(s_start, s_end)],
                "sentence": sentence,
                "start": found.start,
                "end": found.end,
                "outlet": record.get("outlet") or "",
                "published": published,
                "kind": found.kind,
            })
    if not rows:
        return _empty(EVENT_COLUMNS, _INT_COLUMNS, ("relative",))
    frame = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    return frame.astype({"start": "int64", "end": "int64", "relative": "bool"})


__all__ = ["EVENT_COLUMNS", "PRECISIONS", "classify_event", "describe_event",
           "event_types", "extract_events"]
