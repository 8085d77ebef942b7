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


# --- a respective list: masing-masing, entry by entry ----------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Sementara itu, produksi jagung manis, ubi kayu, dan kacang tanah masing-masing "
     "sebesar 8.150 ton, 21.300 ton, dan 1.045 ton, kata Kepala Dinas Pangan Rudi Hartono.",
     {8150: "jagung manis", 21300: "ubi kayu", 1045: "kacang tanah"}),
    ("Nilai impor Vietnam, Thailand dan Brasil masing-masing naik sebesar US$ 210 juta, "
     "US$ 96,4 juta, dan US$ 35 juta, ujar Deputi BPS Rina Kusuma.",
     {210000000: "Vietnam", 96400000: "Thailand", 35000000: "Brasil"}),
    ("Lonjakan penumpang terjadi di Terminal Purabaya, Sidoarjo dan Terminal Arjosari, "
     "Malang dengan persentase masing-masing sebesar 18,2% dan 7,05%, kata Rudi.",
     {18.2: "Purabaya", 7.05: "Arjosari"}),
])
def test_a_respective_list_counts_each_entry(sentence, expected):
    figures = _figures(sentence)
    for value, entry in expected.items():
        item = figures.get(value, ("", ""))[1]
        assert entry in item and "masing-masing" not in item, figures
    assert len({figures[value][1] for value in expected}) == len(expected), figures


def test_a_respective_list_keeps_its_head_and_change():
    figures = _figures("Nilai impor Vietnam, Thailand dan Brasil masing-masing naik sebesar "
                       "US$ 210 juta, US$ 96,4 juta, dan US$ 35 juta, ujar Rina Kusuma.")
    assert figures[96400000][1] == "Nilai impor Thailand naik", figures


@pytest.mark.parametrize("sentence", [
    # one figure each, no list of figures: nothing to share out
    "Ketiga korban masing-masing menerima santunan Rp 15 juta dari Jasa Raharja, kata Rudi.",
    # more figures than entries: the list does not fit
    "Kabupaten Bantul dan Sleman masing-masing sebesar 120 ton, 95 ton, dan 40 ton, kata Rudi.",
])
def test_masing_masing_without_a_fitting_list_is_left_alone(sentence):
    figures = _figures(sentence)
    assert not any("Bantul (" in item or item.endswith(" Sleman") for _u, item in
                   figures.values()), figures
