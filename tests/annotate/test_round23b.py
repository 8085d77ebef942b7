"""Round 23b (issue 23, kind 2): what a figure counts on price, rate and tourism pages.

Kind 1: an English share whose own words name nothing (a pronoun, a verb, *approximate*)
counts the change noun right after it (*It recorded a 2.3 percent increase*, *recording a 0.7
percent month-on-month decline*, *led by a 5.4% drop in corn prices*: claim_cues.csv rows
``change_noun_en`` and ``change_modifier_en``); *was recorded at N* / *registered at N* counts
the subject (``rise_en`` rows *recorded*, *registered*), also inside a quote; *it was N* counts
what the share before it counts.

Kind 2: a second Indonesian figure with no item, joined to the figure before it of the same
unit by *dan*, *atau*, *serta*, *menjadi*, *hingga*, *sampai* or a comma, a measure (*per kg*)
and a currency sign allowed between (*deflasi 0,12 persen dan 3,05 persen secara tahunan*,
*gula pasir Rp15.000 perkilogram menjadi Rp16.500*), counts what that figure counts.

Kind 3: the adverb *rata-rata* right before a figure (*mencapai rata-rata 61,3 persen*) is
passed over: the item is what the clause names before it; a spoken particle (*kan*, *kok*,
*deh*), *tadinya* (at first) and *drastis* (drastically) name nothing (claim_cues.csv
``empty_item`` rows).

Sentences written for these tests (other places, numbers and word order than the pages the
kinds were seen on)."""
from tests.annotate.test_claims import _claimants


def _items(body: str) -> list:
    return [row[2] for row in _claimants(body, columns=("value", "unit", "item"))]


def test_an_english_share_with_no_words_of_its_own_counts_the_change_after_it():
    assert _items("The bureau said it recorded a 2.3 percent increase from the previous "
                  "quarter.") == ["increase"]
    assert _items("Cooking oil registered an approximate 3.6 percent month-on-month "
                  "rise.") == ["month-on-month rise"]
    assert _items("Wheat flour prices posted a 4.1 percent gain in June, recording a 0.7 "
                  "percent month-on-month decline.")[1] == "month-on-month decline"


def test_an_english_change_in_something_names_that_thing():
    assert _items("The grains index fell 1.2%, led by a 5.4% drop in corn prices.") == [
        "grains index", "drop in corn prices"]
    assert _items("It registered a 12.5 percent annual gain in the price of palm oil.") == [
        "annual gain in price of palm oil"]


def test_an_english_share_with_a_subject_keeps_it():
    assert _items("The grains index fell 1.2% in March.")[0].startswith("grains index")
    assert _items("The candidate won 41 percent of the vote.") == ["vote"]


def test_an_english_figure_recorded_at_counts_its_subject():
    assert _items("Shipping costs were recorded at 8.4 percent in May, the agency "
                  "said.") == ["Shipping costs"]
    assert _items("Sugar prices climbed 7 percent last month, while flour was recorded at "
                  "2.2 percent.") == ["Sugar prices", "flour"]
    assert _items('"Our sugar inflation in March was recorded at 11.2 percent," he '
                  'said.') == ["Our sugar inflation"]


def test_an_english_share_after_it_was_counts_what_the_share_before_counts():
    assert _items("Food inflation was recorded at 4.2 percent, last month it was 3.9 "
                  "percent.") == ["Food inflation", "Food inflation"]


def test_a_second_indonesian_figure_after_dan_counts_what_the_first_counts():
    assert _items("BPS mencatat pada Maret terjadi deflasi 0,12 persen dan 3,05 persen "
                  "secara tahunan.") == ["deflasi", "deflasi"]
    assert _items("Ekspor kopi naik 4,5 persen dan 9,1 persen secara tahunan.")[1] != ""


def test_a_price_after_menjadi_counts_what_the_price_before_counts():
    assert _items("Kenaikan terjadi pada gula pasir Rp15.000 perkilogram menjadi Rp16.500 "
                  "perkilogram.") == ["gula pasir", "gula pasir"]
    assert _items("Sementara daging sapi Rp 120.000 dan Rp 125.000 di pasar lain.") == [
        "daging sapi", "daging sapi"]


def test_a_second_figure_with_its_own_item_keeps_it():
    assert [i.lower() for i in _items("Harga cabai Rp 40.000 dan harga bawang Rp 35.000 per "
                                      "kilogram.")] == ["harga cabai", "harga bawang"]


def test_the_average_adverb_before_a_figure_is_passed_over():
    assert _items("Tingkat hunian hotel di Lombok pada Mei 2024 mencapai rata-rata 61,3 "
                  "persen.") == ["Tingkat hunian hotel"]
    assert _items("Angka pengangguran mencapai rata-rata 6,2 persen pada kuartal "
                  "kedua.") == ["Angka pengangguran"]


def test_an_average_opening_its_clause_keeps_its_words():
    assert _items("Rata-rata kenaikan berkisar Rp4.000 hingga Rp5.000 per kilogram.")[0] \
        .startswith("Rata-rata")


def test_a_spoken_particle_names_nothing():
    assert _items('"Kalau bawang putih, kan, minggu lalu sempat Rp 38 ribu per kilogram," '
                  'kata Joko.') == ["bawang putih"]


def test_a_time_or_manner_adverb_before_a_price_names_nothing():
    assert _items("Harga gula pasir sempat Rp 14 ribu. Tadinya Rp 13 ribu per "
                  "kilogram.") == ["harga gula pasir", "harga gula pasir"]
    assert _items("Harga jeruk naik drastis Rp 30.000 per kilogram.") == ["harga jeruk naik"]


def test_an_english_expansion_after_a_share_is_its_item():
    assert _items("Output grew 6.2 percent, extending the 4.1 percent expansion in the third "
                  "quarter of last year.") == ["Output", "expansion in third quarter"]
