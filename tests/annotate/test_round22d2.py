"""Round 22d, second part (issue 23): the seed story's kinds left — the two states or
parties a sentence points back to (*the two countries*, *dua negara itu*) are no count.
Sentences, names, places and outlets written for these tests (other names, numbers and
word order than the pages the kinds were seen on)."""
import pytest

from tests.annotate.test_claims import _claimants


def _figures(body: str) -> list[tuple[float, str]]:
    return [(row[0], row[1]) for row in _claimants(body, columns=("value", "unit"))]


@pytest.mark.parametrize("body", [
    # round 22d2: "the two countries" points back to the two states named before it (as
    # "kedua negara" does): it counts nothing, so no figure of 2 countries
    "Peru sent 3,000 tonnes of copper to Chile, and officials in Lima said the trade "
    "deepened the ties between the two countries.",
    "Bolivia shipped 400 containers of tin to Peru last month; the two nations signed the "
    "deal in La Paz, the ministry said.",
    "Chile mengirim 3.000 ton tembaga ke Peru, dan hubungan dagang antara dua negara "
    "tersebut makin erat, kata pejabat di Lima.",
])
def test_22d2_the_two_countries_pointed_back_to_are_no_count(body):
    figures = _figures(body)
    assert not [figure for figure in figures if figure[0] == 2.0]
    assert [figure for figure in figures if figure[0] > 100]


@pytest.mark.parametrize(("body", "count"), [
    # (guards: a number of countries that is a count stays one)
    ("Sanctions on Peru were joined by two countries last week, officials in Lima said.",
     2.0),
    ("Eleven countries joined the copper agreement, the ministry in Lima said.", 11.0),
    ("Dua negara menolak kesepakatan tembaga itu, kata pejabat di Lima.", 2.0),
])
def test_22d2_a_count_of_countries_stays_a_figure(body, count):
    assert (count, "country") in _figures(body)
