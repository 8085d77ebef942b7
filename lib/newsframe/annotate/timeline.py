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
from ..lang.text import enclosing_span, lower_keeping_offsets, records, split_sentences
from .actors import find_actors

EVENT_COLUMNS = ["article_id", "event_id", "expression", "date_start", "date_end", "precision",
                 "relative", "anchor", "anchor_basis", "event_type", "actors", "sentence",
                 "start", "end", "outlet", "published", "kind"]
EVENT_TYPES = ("statement", "shipment", "visit_or_meeting", "satellite_imagery", "sanctions",
               "launch_or_test", "military_action", "diplomatic_agreement", "other")
_INT_COLUMNS = ("start", "end")


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
def _cues() -> tuple[re.Pattern, dict[str, str], dict[str, str], re.Pattern]:
    """A prefix-tree regex over every cue stem (matched on lowercased text after a non-word
    character, so the engine skips quickly to word starts), the event type of each exact cue
    and of each ``*`` stem, plus the statement cues alone."""
    table = lexicons.load("event_types")
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


def _classify(text, found_cues, cues, start, end, expr_start, expr_end) -> str:
    # "..., kata Kirby, Sabtu (14/10)." / "Gedung Putih menuding ..., Rabu (3/11/2022).": a date
    # tacked on at the end of a sentence after a comma dates the report itself.
    trailing = text[expr_end:end].strip(" .\"'”’)") == "" and \
        text[max(start, expr_start - 2):expr_start].strip() == ","
    if trailing and cues[3].search(text, start, expr_start):
        return "statement"
    best, best_distance = "other", None
    for cue_start, cue_end, event_type in found_cues:
        if cue_start < start or cue_end > end:
            continue
        if cue_start < expr_end and cue_end > expr_start:
            continue  # a cue inside the date expression itself
        distance = expr_start - cue_end if cue_end <= expr_start else cue_start - expr_end
        if best_distance is None or distance < best_distance:
            best, best_distance = event_type, distance
    return best


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
    return _classify(text, _find_cues(text[:end], cues), cues, start, end, expr_start, expr_end)


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
    cues = _cues()
    for record in records(articles, ["article_id", "outlet", "body", "published",
                                     "published_precision", "status"]):
        body = record.get("body") or ""
        if not isinstance(body, str) or not body or record.get("status") == "error":
            continue
        published = record.get("published") or ""
        published = published if isinstance(published, str) else ""
        anchor = _anchor_of(published, record.get("published_precision") or "")
        sentences = split_sentences(body)
        found_dates = find_date_expressions(body, anchor)
        if not found_dates:
            continue
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
                "event_type": _classify(body, found_cues[
                    bisect.bisect_left(cue_starts, s_start):bisect.bisect_right(cue_ends, s_end)],
                    cues, s_start, s_end, found.start, found.end),
                "actors": actors_in[(s_start, s_end)],
                "sentence": body[s_start:s_end],
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


__all__ = ["EVENT_COLUMNS", "EVENT_TYPES", "PRECISIONS", "classify_event", "extract_events"]
