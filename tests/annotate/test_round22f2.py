"""Round 22f, second part (issue 23, kind 2): figures missed or false of counts written as
English words (*Forty-one people*, *two dozen trucks*), spoken decimals (*11-point-four
percent*) and Indonesian breakdowns whose counted noun stands in the sentence before or
whose state is written before the count (*rusak ringan 412*, *luka-luka 57*). Sentences
written for these tests (other names, numbers and word order than the pages the kinds were
seen on)."""
import pytest

from tests.annotate.test_claims import _claimants


def _units(body: str) -> list:
    return _claimants(body, columns=("value", "unit"))


# --- English numbers in words -----------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Forty-one people drowned when the ferry sank, the coast guard said.", [[41, "person"]]),
    ("Rescuers pulled thirty-eight survivors from the rubble on Monday.",
     [[38, "person"]]),
    ("The regency said two dozen houses were swept away by the flood.", [[24, "house"]]),
    ("Officials said exports rose 11-point-four percent in March.", [[11.4, "percent"]]),
])
def test_english_counts_in_words(body, expected):
    assert _units(body) == expected


@pytest.mark.parametrize("body", [
    "The governor spoke of the twenty-first century as an age of cities.",
    "A fifty-two-year-old trader was questioned by police on Tuesday.",
    "The minister made a one-day visit to the island.",
])
def test_ordinals_ages_and_one_day_are_no_figures(body):
    assert _units(body) == []

