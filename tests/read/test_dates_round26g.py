"""Round 26g (issue 23, kind 3): a site's calendar above the headline. A date line with no
clock time standing above the headline (only short furniture before it: a temperature, a
city, *Search*) may be the day the page was read, not written: when the text's own full dates
all fall more than a month before it, it is not the page's date — the lead and the text date
the page as they date one without a date line; when another date line above the text gives a
day over a month earlier (under a byline), that one is the page's. A date line with a clock
time, one below the headline, and a calendar line whose text dates nothing earlier stay the
page's. Sentences,
places and names written for the tests."""
import pytest

from .test_outlets_round25f import _page

_HEADLINE = "Banjir Rendam 140 Rumah di Tepi Sungai Lembah"
_LEAD = ("Sebanyak 140 rumah di Desa Sukamaju, Kecamatan Lembah, terendam banjir, kata Kepala "
         "BPBD Lembah, Sri Wahyuni, Senin (6/3/2023).")


@pytest.mark.parametrize("furniture", ["", "27.4 C\nSemarang\n", "Search\n"])
def test_a_calendar_above_the_headline_is_not_the_pages_date(tmp_path, furniture):
    row = _page(tmp_path, "a.txt", f"{furniture}Jumat, 18 Oktober 2024\n\n{_HEADLINE}\n\n"
                f"{_LEAD}\n\nAir mulai surut pada Selasa pagi.")
    assert row["published"] == "2023-03-06"
    assert not row["published_evidence"].startswith("date line")


def test_an_english_calendar_gives_way_to_the_date_under_the_byline(tmp_path):
    row = _page(tmp_path, "a.txt", "close\nThursday October 17, 2024\n\n"
                "Ferry service resumes after storm\n\nBy Staff reporter\nFebruary 9, 2021\n\n"
                "HARBOURTON: The ferry between Harbourton and Gull Island resumed on Tuesday "
                "after a storm kept 14 boats in port for three days, the port office said.")
    assert row["published"] == "2021-02-09"


@pytest.mark.parametrize("text", [
    # a clock time: the page's own stamp
    f"Jumat, 18 Oktober 2024 09:15 WIB\n\n{_HEADLINE}\n\n{_LEAD}",
    # below the headline: the page's date line
    f"{_HEADLINE}\n\nJumat, 18 Oktober 2024\n\n{_LEAD}",
    # the text's dates are near it
    f"Rabu, 8 Maret 2023\n\n{_HEADLINE}\n\n{_LEAD}",
    # a short headline above it
    f"Waduk Jebol\n\nJumat, 18 Oktober 2024\n\n{_LEAD}",
    # the text writes no full date
    f"Jumat, 18 Oktober 2024\n\n{_HEADLINE}\n\nBanjir merendam 140 rumah di Desa Sukamaju "
    "pada Selasa malam, kata Kepala BPBD Lembah, Sri Wahyuni.",
])
def test_a_date_line_that_is_no_calendar_stays(tmp_path, text):
    row = _page(tmp_path, "a.txt", text)
    assert row["published_evidence"].startswith("date line")
