"""Round 22e, second part (issue 23, kinds 1 and 6): English subjects of Asian outlets'
pages — a place that *recorded* its own growth is where the figure was, not who gives it; a
bank named by its country (*the Bank of Thailand*) is that bank, not the state; the
*central bank* is a body; *rescuers, doctors, medics, firefighters* are unnamed kinds of
speaker, never a named source. Sentences written for these tests (other names, places and
numbers than the pages the kinds were seen on)."""
import pandas as pd
import pytest

from newsframe.annotate.claims import extract_claims
from newsframe.annotate.sources import extract_attributions

_LEAD = "The figures were released on Thursday morning in the capital. "


def _articles(body: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["s"], "title": [""], "body": [_LEAD + body],
                         "boilerplate": [""], "published": ["2024-05-01"],
                         "outlet": ["Harbour Daily"], "status": ["ok"]})


def _claimants(body: str) -> list:
    found = extract_claims(_articles(body), directions=[])
    return found[["value", "claimant"]].values.tolist()


def _sources(body: str) -> list:
    found = extract_attributions(_articles(body))
    return found[["source", "source_kind"]].values.tolist()


@pytest.mark.parametrize("body", [
    # the place after the speaker's clause keeps the speaker's figures
    "Statistics chief Rudi Hartono said the southern regions grew faster, with Ca Mau at "
    "5.1 percent. Thailand also recorded a 4.2 percent growth with a 9.3 percent share of "
    "output.",
    "Planning minister Dewi Lestari said exports led the year. Sumatra recorded a 4.2 "
    "percent increase, and 9.3 percent of the total came from it.",
])
def test_e2_a_place_recording_its_growth_is_no_speaker(body):
    found = _claimants(body)
    assert [c for v, c in found if v in (4.2, 9.3)] and \
        not any(place in c for _, c in found for place in ("Thailand", "Sumatra"))


def test_e2_a_place_recording_cases_and_a_body_recording_stay():
    # (guards) a body that records is its speaker, as before
    found = _claimants("The health office recorded 310 new cases on Monday.")
    assert found[-1][1] == "health office"


@pytest.mark.parametrize(("body", "bank"), [
    ("The Bank of Thailand said inflation would reach 2.5 percent this year.",
     "Bank of Thailand"),
    ("Bank of Malaysia said loan growth slowed to 4.1 percent in June.", "Bank of Malaysia"),
])
def test_e2_a_bank_named_by_its_country_is_that_bank(body, bank):
    assert _claimants(body)[-1][1] == bank
    assert [bank, "organisation"] in _sources(body)


def test_e2_the_central_bank_is_a_body():
    assert _claimants("The central bank said inflation would reach 2.5 percent this year."
                      )[-1][1] == "central bank"


@pytest.mark.parametrize(("body", "group"), [
    ("Rescuers said 14 people died in the fire.", "Rescuers"),
    ("Firefighters said 14 people died in the fire.", "Firefighters"),
    ("Doctors said 14 people were injured in the blast.", "Doctors"),
    ("Medics said 14 people were injured in the blast.", "Medics"),
])
def test_e2_group_words_are_unnamed_speakers(body, group):
    assert [group, "group"] in _sources(body)


@pytest.mark.parametrize(("body", "names"), [
    ("Reuters and the Associated Press reported that 40 people died in the storm.",
     ["Reuters", "Associated Press"]),
    ("Marzuki Ali and Hendra Wijaya said 14 people died in the fire.",
     ["Marzuki Ali", "Hendra Wijaya"]),
])
def test_e2_joined_english_speakers_are_one_source_each(body, names):
    found = [name for name, _ in _sources(body)]
    assert all(name in found for name in names)
    assert _claimants(body)[-1][1] in names


@pytest.mark.parametrize("body", [
    # (guards) a body's own name with "and" stays one
    "The Ministry of Trade and Industry said growth reached 3 percent.",
    "The toll of 14 was confirmed by the Central Flood and Drought Relief Headquarters.",
])
def test_e2_a_bodys_name_with_and_stays_one(body):
    found = [source for source, _ in _sources(body)]
    assert not any(source in ("Central Flood", "Drought Relief Headquarters", "Industry",
                              "The Ministry of Trade") for source in found)
