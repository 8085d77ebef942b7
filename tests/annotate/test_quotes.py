"""Quote spans and sorted-span lookups."""

from hypothesis import given
from hypothesis import strategies as st

from newsframe.annotate import quotes


def test_quotes_pair_within_a_paragraph_and_an_open_one_runs_to_its_end():
    body = 'Ia bilang "satu" dan “dua”.\n\n"Tiga tanpa penutup\n\nLain.'
    spans = quotes.quote_spans(body)
    assert [body[s:e] for s, e in spans] == ['"satu"', "“dua”", '"Tiga tanpa penutup']


_SPANS = st.lists(st.integers(0, 6), max_size=12).map(
    lambda gaps: [(sum(gaps[:i]) + i, sum(gaps[:i + 1]) + i) for i in range(len(gaps))
                  if gaps[i]])


@given(_SPANS, st.integers(-1, 80), st.integers(-1, 80))
def test_sorted_spans_answer_as_a_scan_of_all_spans(spans, start, end):
    index = quotes.SortedSpans(spans)
    assert index.inside(start) == any(s < start < e for s, e in spans)
    assert [spans[i] for i in index.overlapping(start, end)] == [
        (s, e) for s, e in spans if s < end and e > start]
    ends = [e for _, e in spans if e <= start]
    assert index.last_end_at_most(start) == (max(ends) if ends else None)


def test_a_quote_of_two_paragraphs_whose_second_opens_no_mark():
    # the closing mark after punctuation in the next paragraph ends the quote begun before
    body = '"Gudang kami penuh. Cukup sebulan.\nJika kapal telat, kami beli lokal," ujar Rudi.'
    assert [body[s:e] for s, e in quotes.quote_spans(body)] == [body[:body.index(" ujar")]]
    # each paragraph opening its own mark: two quotes, as before
    body = '"Gudang kami penuh.\n"Jika kapal telat, kami beli lokal," ujar Rudi.'
    assert [body[s:e] for s, e in quotes.quote_spans(body)] == [
        '"Gudang kami penuh.', '"Jika kapal telat, kami beli lokal,"']
