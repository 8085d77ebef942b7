"""Round 21d (issue 23, kinds 1 and 6): the seed story, fourth pass — sources and
claimants on North Korea's munitions. Sentences written for these tests (other names,
places, numbers and word order than the pages the kinds were seen on)."""
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


@pytest.mark.parametrize(("title", "body", "speaker"), [
    # round 21d: a headline's speaker that is only a kind of speaker in title case ("Mining
    # chief says …", "Customs Officials Say …"), where the body gives the same figure to one
    # speaker it names: the headline summarises that account (claims.py _generic_in_title,
    # used by _name_the_generic)
    ("Mining chief says Chile supplied 4,000 tonnes of copper to Peru",
     "Chile has shipped around 4,000 tonnes of copper to Peru since last year, Chilean "
     "Mining Minister Ana Paredes said on Tuesday.", "Ana Paredes"),
])
def test_21d_a_headlines_generic_speaker_takes_the_bodys_named_one(title, body, speaker):
    rows = _claimants(body, title=title, columns=("value", "claimant", "in_title"))
    assert {tuple(r) for r in rows if r[2]} == {(rows[0][0], speaker, True)}


@pytest.mark.parametrize(("title", "body"), [
    # guards: a state in a headline keeps its figure (it stands for its government, as the
    # seeds read "AS: …"), with or without a named account of the figure in the body
    ("Peru Sebut Chili Kirim 4.000 Ton Tembaga ke Bolivia",
     "Chili mengirim kapal berisi tembaga ke Bolivia, kata pejabat."),
    ("Peru Sebut Chili Kirim 4.000 Ton Tembaga ke Bolivia",
     "Menteri Pertambangan Peru Luis Romero mengatakan 4.000 ton sudah dikirim."),
])
def test_21d_a_headlines_state_kept(title, body):
    rows = _claimants(body, title=title, columns=("value", "claimant", "in_title"))
    assert [r[1] for r in rows if r[2]] == ["Peru government"]


@pytest.mark.parametrize(("body", "speaker"), [
    # round 21d: "wilayah" after a title names the region of the office (place_words.csv
    # division, as "provinsi"): the capitalised word after it is the place, no person's name
    # ("Jaksa wilayah Arequipa" was read as a person named "Arequipa")
    ("Jaksa wilayah Arequipa mengatakan mereka menyelidiki 5 truk bermuatan kayu.",
     "Jaksa wilayah Arequipa"),
    ("Gubernur wilayah Cusco menyebut 12 rumah rusak akibat serangan itu.",
     "Gubernur wilayah Cusco"),
    # a name after the region is the person's
    ("Kepala polisi wilayah Arequipa Luis Romero mengatakan 5 truk disita.", "Luis Romero"),
])
def test_21d_a_titles_region(body, speaker):
    assert _sources(body) == [speaker]


def test_21d_a_region_alone_is_a_place():
    body = "Di wilayah Arequipa, Luis Romero mengatakan 5 truk disita."
    assert _sources(body) == ["Luis Romero"]
