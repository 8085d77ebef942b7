"""Quotes: the spans of quoted text in a paragraph, and sorted spans looked up by bisection.

>>> quote_spans('Ia berkata "ya" lalu “tidak”.')
[(11, 15), (21, 28)]
"""

import bisect
import re

from .. import lexicons
from ..lang import text

_OPEN_QUOTES = "“«"
_CLOSE_QUOTES = "”»"
_QUOTE_CHAR = re.compile("[\"" + _OPEN_QUOTES + _CLOSE_QUOTES + "]")
_CLOSING_MARK = re.compile(r"[,.!?…]\"")  # a straight mark after punctuation closes


def quote_spans(body: str) -> list[tuple[int, int]]:
    """Spans of quoted text (quote marks included), paired within each paragraph.

    Straight ``"`` toggles, curly ``“`` opens and ``”`` closes; an unclosed quote runs to the
    end of its paragraph, or on to the next paragraph's first mark when that one closes (a
    ``”``, or a ``"`` right after punctuation: the next paragraph opened no mark of its own).

    >>> quote_spans('A "satu" b “dua” c "tiga”.')
    [(2, 8), (11, 16), (19, 25)]
    """
    return list(_quote_spans(body))


@lexicons.cached(maxsize=1024, per_text=True)
def _quote_spans(body: str) -> tuple[tuple[int, int], ...]:
    """:func:`quote_spans`, read once per text (the statement reader, the sources of body
    and title, the frames and the continued quotes each ask for the same body)."""
    spans = []
    carried = None  # an unclosed quote of the paragraph before
    for para_start, para_end in text.split_paragraphs(body):
        opened = None
        for match in _QUOTE_CHAR.finditer(body, para_start, para_end):
            char, index = match.group(0), match.start()
            if carried is not None:
                if char in _CLOSE_QUOTES or char == '"' and _CLOSING_MARK.match(
                        body, max(para_start, index - 1), index + 1):
                    # a quote of several paragraphs whose next paragraph opens no mark: it
                    # goes on to this closing mark ("… dua bulan.\nKalau …," kata X)
                    spans[-1] = (spans[-1][0], index + 1)
                    carried = None
                    continue
                carried = None
            if opened is None and (char in _OPEN_QUOTES or char == '"'):
                opened = index
            elif opened is not None and (char in _CLOSE_QUOTES or char == '"'):
                spans.append((opened, index + 1))
                opened = None
        carried = None
        if opened is not None:
            spans.append((opened, para_end))
            carried = opened
    return tuple(spans)


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
