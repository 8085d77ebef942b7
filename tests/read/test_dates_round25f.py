"""Round 25f (issue 23, kind 3): a masthead's founding date (*Est. June 2, 1901*, *Founded in
1911*, *Didirikan 17 Agustus 1950*) in a line of the header or opening the text is no
publication date. Sentences, places and names written for the tests."""
import pytest

from .test_outlets_round25f import _page

_EN_BODY = ("HARBOURTON – Floodwater closed 14 roads across the county on Tuesday, and 230 "
            "residents spent the night in two school gyms, the county's emergency office said.")


@pytest.mark.parametrize("line", [
    "Harbourton, Maine  Est. June 2, 1901",
    "The Harbour Ledger · Founded in 1911",
    "Didirikan 17 Agustus 1950",
])
def test_a_mastheads_founding_date_is_no_publication_date(tmp_path, line):
    row = _page(tmp_path, "a.txt", f"The Harbour Ledger\n{line}\n\nRoads Closed as River Rises\n\n"
                f"{_EN_BODY}")
    assert row["published"] == ""


def test_a_date_line_without_a_founding_word_stays_the_pages(tmp_path):
    row = _page(tmp_path, "a.txt", f"Roads Closed as River Rises\n\nJune 2, 2021\n\n{_EN_BODY}")
    assert row["published"] == "2021-06-02"
