"""Round 21m (issue 23, kind 2): an abbreviation of the grade a harvest is weighed in, right
after the unit (*N juta ton GKG*, *N ton GKP*, *N ton PK*), is no item: it says how the grain
or maize was weighed, not what the figure counts. The item is what the sentence names before
(*produksi padi*), and the abbreviation stays when the sentence names nothing else.
Sentences written for these tests (other places, numbers and word order than the pages the
kind was seen on); the grades are rows of data/lexicons/claim_cues.csv (role
``measure_grade``)."""
from tests.annotate.test_claims import _claimants


def _found(body: str) -> list:
    return _claimants(body, columns=("value", "unit", "item"))


def test_the_thing_named_before_the_grade_is_the_item():
    body = "Panen jagung di Kabupaten Blora tahun lalu mencapai 1,2 juta ton PK."
    assert _found(body) == [[1.2e6, "ton", "Panen jagung"]]


def test_a_change_after_a_graded_figure_keeps_that_item():
    body = "Dinas mencatat hasil panen padi 310.000 ton GKG atau naik 4,5 persen."
    assert _found(body) == [[310000, "ton", "hasil panen padi"],
                            [4.5, "percent", "hasil panen padi naik"]]


def test_the_grade_stays_when_the_sentence_names_nothing_else():
    assert _found("Hingga Juni tercatat 2,1 juta ton GKG.") == [[2.1e6, "ton", "GKG"]]
    body = "Kenaikan terjadi pada dua musim, yaitu masing-masing 12.500 ton GKP dan 9.800 ton GKP."
    assert [row[2] for row in _found(body) if row[1] == "ton"] == ["GKP", "GKP"]


def test_the_spelled_out_grade_is_no_item_of_a_later_graded_figure():
    body = ("Produksi beras naik menjadi 3,1 juta ton gabah kering panen (GKP), dibandingkan "
            "2022 yang sebesar 2,9 juta ton GKP.")
    assert [row[2] for row in _found(body)][1] == "GKP"


def test_an_abbreviation_that_names_the_thing_itself_stays_the_item():
    assert _found("Gudang itu menampung 500 ton TNT.") == [[500, "ton", "TNT"]]
