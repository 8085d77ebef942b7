"""Round 21d (issue 23, kinds 1 and 6): the seed story's named sources and claimants, fifth
pass. Sentences written for these tests (other names, places, numbers and word order than
the pages the kinds were seen on)."""
import pytest

from tests.annotate.test_claims import _claimants
from tests.annotate.test_sources_forms import extract_attributions_of


def _sources(body: str, title: str = "") -> list[str]:
    return list(extract_attributions_of(body, title)["source"])


@pytest.mark.parametrize(("body", "speaker"), [
    # round 21d: a prosecutor's title of two words, the second in lower case (mention_words
    # rows "jaksa penuntut", "jaksa agung", "penuntut umum" …): "penuntut" or "agung" broke
    # the title, so the state after it was read as the speaker ("Peru government")
    ("Jaksa penuntut negara Peru mengatakan mereka telah menyita 32 truk kayu ilegal.",
     "Jaksa penuntut negara Peru"),
    ("Jaksa agung Peru menyebut 14 pejabat bea cukai sudah diperiksa.",
     "Jaksa agung Peru"),
    ("Jaksa penuntut umum Bolivia mengungkapkan 9 kapal disita di pelabuhan.",
     "Jaksa penuntut umum Bolivia"),
])
def test_21d_a_prosecutors_two_word_title(body, speaker):
    assert _sources(body) == [speaker]


def test_21d_a_prosecutors_figure_is_the_prosecutors():
    body = "Jaksa penuntut negara Peru mengatakan mereka telah menyita 32 truk kayu ilegal."
    assert _claimants(body, columns=("value", "claimant")) == [
        [32, "Jaksa penuntut negara Peru"]]


def test_21d_a_named_attorney_general_keeps_the_name():
    body = "Jaksa Agung Luis Romero mengatakan 5 truk disita di perbatasan."
    assert _sources(body) == ["Luis Romero"]


_ENGLISH_LEAD = ("Chile has sent its copper to Peru by sea, and the shipments are expected to "
                 "continue for the rest of the year. ")


@pytest.mark.parametrize("sentence", [
    # round 21d: "declared" (attribution_verbs.csv, pre_post) as a reporting verb — after a
    # quote ('…," Paredes declared') and before a clause ("Paredes declared that …")
    '"If you count the ships, that is more than 900 tonnes," Ana Paredes declared, further '
    'stating that the ministry was watching the port.',
    "Ana Paredes declared that 900 tonnes had been shipped since March.",
])
def test_21d_declared_reports_a_speaker(sentence):
    body = _ENGLISH_LEAD + sentence
    assert _sources(body) == ["Ana Paredes"]
    assert _claimants(body, columns=("value", "claimant")) == [[900, "Ana Paredes"]]
