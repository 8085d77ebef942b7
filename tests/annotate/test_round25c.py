"""Round 25c (issue 23, kind 2): what a figure counts (its item) on statistics releases,
harvest reports and transport tallies. Sentences written for these tests (other names,
numbers and word order than the pages the kinds were seen on)."""
import pytest

from tests.annotate.test_claims import _claimants


def _items(body: str) -> dict:
    return {value: item for value, _unit, item in
            _claimants(body, columns=("value", "unit", "item"))}


# --- the subject of an English change told in the future -------------------------------------

_OPENING_EN = "The farm ministry released its second advance estimates on Tuesday. "


@pytest.mark.parametrize(("sentence", "value", "subject"), [
    ("Maize output is projected to rise 6.1% to 38.2 million tonnes this season.", 6.1,
     "Maize output"),
    ("Maize output is projected to rise 6.1% to 38.2 million tonnes this season.", 38200000,
     "Maize output"),
    ("Sugar cane, the main cash crop, is expected to go down 2 percent to 410 million "
     "tonnes.", 410000000, "Sugar cane"),
    ("Barley exports will likely decline sharply to 1.6 million tonnes from 2.3 million "
     "tonnes.", 2300000, "Barley exports"),
    ("Officials said cotton production could climb 9 percent this year.", 9,
     "cotton production"),
    # the head before its phrase, what a number is of
    ("Officials expect that the number of migrant workers abroad will climb to 41,000.",
     41000, "migrant workers"),
])
def test_a_change_told_with_a_modal_counts_its_subject(sentence, value, subject):
    items = _items(_OPENING_EN + sentence)
    assert subject in items.get(value, ""), items
    assert not set(items[value].lower().split()) & {"rise", "go", "decline", "climb",
                                                     "shrink"}, items


def test_a_change_in_the_past_keeps_its_own_reading():
    # "rose": the reading of the past tense (round 22e) is left as it was
    items = _items(_OPENING_EN + "Maize output rose 6.1% to 38.2 million tonnes this season.")
    assert items[6.1].startswith("Maize output"), items


# --- a manner adverb before a figure names nothing it counts ---------------------------------

@pytest.mark.parametrize(("body", "value", "words"), [
    ("Penjualan sepeda motor secara tahunan turun 7,2 persen.", 7.2,
     {"Penjualan", "motor"}),
    ("Realisasi investasi asing secara kumulatif sebesar 41,3 persen dari target.", 41.3,
     {"Realisasi", "investasi"}),
    ("Menurut BPS, ekspor rumput laut secara bulanan (mtm) naik 3,8 persen.", 3.8,
     {"ekspor", "rumput"}),
])
def test_a_manner_adverb_gives_way_to_the_subject_before_it(body, value, words):
    item = _items(body)[value]
    assert words <= set(item.split()) and "secara" not in item, item


# --- a change told again over another span ---------------------------------------------------

@pytest.mark.parametrize(("body", "value", "words"), [
    ("Penjualan mobil listrik naik 14,2 persen secara bulanan dan turun 2,7 persen secara "
     "tahunan.", 2.7, {"Penjualan", "listrik", "turun"}),
    ("Produksi garam rakyat tumbuh 6 persen dibandingkan Maret 2024 atau 11 persen "
     "dibanding tahun lalu.", 11, {"Produksi", "garam"}),
    ("Nilai tukar petani (NTP) meningkat sebesar 1,9 persen secara bulanan (mtm) dan naik "
     "4,4 persen secara tahunan.", 4.4, {"Nilai", "petani"}),
])
def test_a_change_told_again_over_another_span_counts_the_same(body, value, words):
    item = _items(body)[value]
    assert words <= set(item.split()), item


def test_a_second_figure_with_a_subject_of_its_own_keeps_it():
    items = _items("Ekspor kopi naik 5 persen secara bulanan dan impor teh naik 2 persen.")
    assert "teh" in items[2], items


# --- what happened at a place ----------------------------------------------------------------

@pytest.mark.parametrize(("body", "value", "words"), [
    ("Menurut BPS, lonjakan tertinggi terjadi di Pelabuhan Benoa, Provinsi Bali yaitu "
     "sebesar 48,2 persen.", 48.2, {"lonjakan", "Benoa"}),
    ("Sementara itu, penurunan justru terjadi di Kabupaten Sikka, NTT sebesar 3,7 persen.",
     3.7, {"penurunan", "Sikka"}),
    ("Adapun, pertumbuhan paling lambat tercatat terjadi di Kota Ternate dengan 0,4 persen.",
     0.4, {"pertumbuhan", "Ternate"}),
])
def test_a_figure_counts_what_happened_at_its_place(body, value, words):
    item = _items(body)[value]
    assert words <= set(item.replace("(", " ").replace(")", " ").split()), item


def test_a_figure_with_an_item_of_its_own_keeps_it_after_terjadi():
    items = _items("Kebakaran terjadi di Desa Suka Maju, sebanyak 12 rumah hangus.")
    assert "rumah" in items[12], items


def test_a_figure_a_modal_says_the_subject_will_be_counts_the_subject():
    items = _items(_OPENING_EN + "Total oilseed output is projected to be 37.1 million tonnes "
                   "in 2023-24.")
    assert "oilseed output" in items[37100000], items


def test_a_figure_set_against_the_one_before_counts_the_same():
    items = _items(_OPENING_EN + "Tea exports climbed 3% to 231 million kg in the year, as "
                   "against 224 million kg a year earlier.")
    assert "Tea exports" in items[224000000], items
