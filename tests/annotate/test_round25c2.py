"""Round 25c, second part (issue 23, kind 2): what a figure counts (its item). Sentences
written for these tests (other names, numbers and word order than the pages the kinds were
seen on)."""
import pytest

from tests.annotate.test_claims import _claimants


def _figures(body: str) -> dict:
    return {value: (unit, item) for value, unit, item in
            _claimants(body, columns=("value", "unit", "item"))}


# --- trains counted by the abbreviation KA, and English trains --------------------------------

@pytest.mark.parametrize(("sentence", "value", "item"), [
    ("PT KAI Daop 4 Semarang menyiapkan sebanyak 46 KA jarak jauh selama masa angkutan "
     "Lebaran, kata Manajer Humas Daop 4 Luqman Arif.", 46, "KA jarak jauh"),
    ("Menurut Luqman, dari Stasiun Tawang berangkat 19 KA reguler dan enam KA tambahan "
     "setiap hari.", 19, "KA reguler"),
    ("Menurut Luqman, dari Stasiun Tawang berangkat 19 KA reguler dan enam KA tambahan "
     "setiap hari.", 6, "KA tambahan"),
    ("Indian Railways will run 215 special trains for the festival season, a spokesman "
     "said on Friday.", 215, "trains"),
    ("Some 38 freight trains were halted after the derailment, officials said.", 38,
     "freight trains"),
])
def test_trains_are_counted_by_ka_and_trains(sentence, value, item):
    figures = _figures(sentence)
    assert figures.get(value, ("", ""))[0] == "train", figures
    assert item in figures[value][1], figures


def test_a_bare_ka_takes_the_phrase_linked_before_it():
    figures = _figures("Kereta api jarak jauh yang dioperasikan hari ini sebanyak 71 KA, "
                       "ujar Vice President Public Relations KAI Anne Purba.")
    assert figures[71][0] == "train" and "jarak jauh" in figures[71][1], figures


def test_ka_as_a_train_name_is_no_count():
    figures = _figures("Tiket KA Argo Semeru terjual 2.300 lembar, kata Luqman.")
    assert all(unit != "train" for unit, _item in figures.values()), figures
