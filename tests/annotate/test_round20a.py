"""Round 20a (issue 23, kinds 1 and 6): named sources and claimants on the seed story's pages,
third pass. Sentences written for these tests (other names, numbers and word order than the
pages the kinds were seen on)."""
import pandas as pd
import pytest

from newsframe.annotate import sources
from tests.annotate.test_claims import _claimants
from tests.annotate.test_sources_forms import extract_attributions_of


def _sources(body: str, title: str = "") -> list[str]:
    return list(extract_attributions_of(body, title)["source"])


@pytest.mark.parametrize(("body", "speaker"), [
    # round 20a: "badan/agen mata-mata <negara>" is the state's spy agency (mention_words.csv:
    # "mata-mata" a modifier of an org head, "agen" an org head), not the state's government
    ("Menurut badan mata-mata Jepang, kapal itu membawa 400 kontainer ke Vladivostok.",
     "badan mata-mata Jepang"),
    ("Pekan lalu, badan mata-mata Korea Selatan menyebut 250 prajurit Korut terluka.",
     "badan mata-mata Korea Selatan"),
    ("Agen mata-mata Taiwan mengatakan 12 kapal perang berlayar di selat itu.",
     "Agen mata-mata Taiwan"),
    ("Agen intelijen Filipina memperkirakan 30 kapal nelayan masuk ke perairan itu.",
     "Agen intelijen Filipina"),
])
def test_a_states_spy_agency_is_the_agency(body, speaker):
    assert _sources(body) == [speaker]


def test_a_spy_agencys_figure_is_the_agencys():
    body = "Pada bulan Maret, badan mata-mata Korea Selatan mengklaim 250 prajurit Korut terluka."
    found = _claimants(body, columns=("value", "claimant"))
    assert found == [[250, "badan mata-mata Korea Selatan"]]


def test_a_travel_agent_is_no_speaker():
    # "agen" as an org head reports only when it speaks
    assert _sources("Ia membeli tiket di agen perjalanan kemarin sore.") == []


def test_a_title_after_two_spellings_of_one_known_name_is_that_person():
    # round 20a: "Volodymyr Zelenskyy" (the full name in another spelling) is the actors
    # lexicon's Volodymyr Zelensky, so a later "Presiden Ukraina" has one holder, not two
    body = ("Presiden Ukraina Volodymyr Zelenskyy mengatakan 300 drone ditembak jatuh. "
            "Zelensky juga bertemu para menteri. Sementara itu, Presiden Ukraina dilaporkan "
            "mengatakan 20 rudal mengenai Odesa.")
    assert _sources(body) == ["Volodymyr Zelensky", "Volodymyr Zelensky"]


_FILLER_EN = (" The figures were published on the ministry's website and were shared by the "
              "newspapers of the region this week.")


@pytest.mark.parametrize(("body", "speaker"), [
    # round 20a: "the Defense Minister" in capitals, with no name after it, is a description
    # (as in lower case), so it is the one person named with that title
    ("Chilean Defense Minister Rosa Medina said 12 frigates were in port. However, as the "
     "Defense Minister added, four of them needed repairs.", "Rosa Medina"),
    ("Prime Minister Tomas Lindqvist announced that 300 soldiers would leave in May. The "
     "Prime Minister told reporters the rest would follow.", "Tomas Lindqvist"),
])
def test_a_capitalised_title_alone_is_the_person_named_with_it(body, speaker):
    assert set(_sources(body + _FILLER_EN)) == {speaker}


@pytest.mark.parametrize(("body", "expected"), [
    # round 20a: "politisi/politikus" (mention_words.csv, group_title) is a speaker's title:
    # unnamed after "menurut", a title before a name
    ("Menurut politisi Jepang, total kerugian mencapai 4.700 orang.",
     [[4700, "politisi Jepang"]]),
    ("Politikus Partai Hijau Sandra Lim mengatakan 200 kapal berlayar ke utara.",
     [[200, "Sandra Lim"]]),
])
def test_a_politician_speaks(body, expected):
    assert _claimants(body, columns=("value", "claimant")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 20a: a state's intelligence service described ("Norway's spy agency", "Danish
    # intelligence") is the one intelligence body the article names, before or after
    ("About 900 sailors were detained, Norway's spy agency told lawmakers on Monday. In a "
     "briefing, the National Intelligence Service said 60 of them were released.",
     ["National Intelligence Service"] * 2),
    ("Danish intelligence believes that 30 ships sailed. The Defense Intelligence Agency said "
     "the ships carried fuel.", ["The Defense Intelligence Agency"] * 2),
    # two bodies named: which one is meant is not known, the description stays
    ("Danish intelligence believes that 30 ships sailed. The Defense Intelligence Agency said "
     "the ships carried fuel. The National Intelligence Service disagreed with that.",
     ["Danish intelligence", "The Defense Intelligence Agency"]),
])
def test_a_described_intelligence_service_is_the_one_named(body, expected):
    assert _sources(body + _FILLER_EN) == expected


def _named(body: str) -> list[str]:
    table = sources.extract_attributions(pd.DataFrame(
        {"article_id": ["a"], "outlet": ["X"], "title": [""], "body": [body + _FILLER_EN]}))
    return list(table.loc[~table["anonymous"], "source"])


@pytest.mark.parametrize(("body", "expected"), [
    # round 20a: "a Chilean lawmaker said" with no lawmaker named is one unnamed person
    # (anonymous, as "an official"), not a named source …
    ("A Chilean lawmaker said 100 sailors were detained at the port.", []),
    ("Separately, a Peruvian lawmaker told reporters that 40 boats had been seized.", []),
    # … the lawmaker the article names, when it names one …
    ("A Chilean lawmaker said 100 sailors were detained. Lawmaker Ana Rojas later repeated "
     "the figure.", ["Ana Rojas"]),
    # … and a description naming its body stays that body's ("a White House official")
    ("A White House spokesman said 100 sailors were detained at the port.",
     ["White House spokesman"]),
])
def test_an_unnamed_titled_person_is_anonymous(body, expected):
    assert _named(body) == expected
