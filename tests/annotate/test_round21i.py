"""Round 21i (issue 23, kind 2): figures the reader does not find — a count in brackets right
after a place, in a list of places with their counts (*Cirebon Regency (31), Garut Regency
(27)*) or where most of a count before it befell (*sebagian besar meninggal di Madinah
(512)*). Sentences written for these tests (other names, numbers and word order than the
pages the kind was seen on)."""
import pytest

from tests.annotate.test_claims import _claimants


def _found(body: str) -> list:
    return _claimants(body, columns=("value", "unit", "item"))


# --- a list of places, each with its count in brackets ----------------------------------------

def test_english_list_of_places_with_counts_in_brackets():
    body = ("The provincial health office said most measles deaths were in Cirebon Regency "
            "(31), Garut Regency (27) and Bogor City (9).")
    assert _found(body) == [[31, "person", "deaths in Cirebon Regency"],
                            [27, "person", "deaths in Garut Regency"],
                            [9, "person", "deaths in Bogor City"]]


def test_counted_noun_after_the_list():
    body = ("Sleman District (3,115), Bantul District (2,870) and Yogyakarta City (1,046) "
            "top the province in dengue cases this year.")
    assert [row[:2] for row in _found(body)] == [[3115, "case"], [2870, "case"],
                                                 [1046, "case"]]


def test_indonesian_list_of_divisions_with_counts_in_brackets():
    body = ("Kota Tasikmalaya (1.204), Kabupaten Ciamis (988) dan Kota Banjar (340) mencatat "
            "kasus DBD terbanyak.")
    assert [row[:2] for row in _found(body)] == [[1204, "case"], [988, "case"], [340, "case"]]


# --- where most of a count before it befell ---------------------------------------------------

def test_place_of_a_fate_after_di():
    body = "Dari 870 jemaah yang wafat hingga Senin, sebagian besar meninggal di Madinah (512)."
    assert _found(body) == [[870, "person", "jemaah wafat"],
                            [512, "person", "meninggal di Madinah"]]


# --- never an age ------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Korban adalah Budi (34) dan Sari (29), warga Kecamatan Lembang.",
    "Ahmad, warga Kabupaten Garut (45), dan Budi, warga Kota Bogor (50), tewas di lokasi.",
    "Jenazah Rudi Hartono (61) asal Kota Malang (kloter 12) dimakamkan di Madinah.",
    "Kantor Kecamatan Cibeber (lama) dan Kota Cilegon (baru) sama-sama menampung 40 pengungsi.",
])
def test_no_age_or_label_in_brackets(body):
    assert all(row[0] not in (34, 29, 45, 50, 61, 12) for row in _found(body))


def test_a_single_division_in_brackets_is_no_list():
    body = "Sebanyak 40 pengungsi ditampung di balai Desa Sukamaju (RT 05)."
    assert [row[0] for row in _found(body)] == [40]


# --- a piece classifier (unit, buah) never counts the people named before it --------------------

def test_unit_counts_the_houses_not_their_owners():
    body = ("Menurut kepala desa, rumah warga yang rusak ringan sebanyak 52 unit, rusak sedang "
            "19 unit dan rusak berat 6 rumah.")
    assert [row[:2] for row in _found(body)] == [[52, "house"], [19, "house"], [6, "house"]]


def test_unit_after_a_trade_noun_is_no_person():
    assert [row[:2] for row in _found("Kios pedagang yang terbakar mencapai 35 unit.")] == \
        [[35, "unit"]]


def test_people_and_vehicles_in_one_sentence_keep_their_units():
    body = "Sebanyak 12 orang penumpang dan 3 unit kendaraan terseret arus."
    assert [row[:2] for row in _found(body)] == [[12, "person"], [3, "vehicle"]]


# --- a number word in a place's name is no count ----------------------------------------------

@pytest.mark.parametrize(("body", "want"), [
    ("Kapal itu tenggelam di perairan Kepulauan Seribu dengan 58 penumpang.", [58]),
    ("Longsor menimbun jalan di Koto Tujuh; 14 rumah tertimbun.", [14]),
    ("Tiga orang hilang. Sembilan penumpang selamat di Pulau Tidung.", [3, 9]),
])
def test_number_word_in_a_place_name(body, want):
    assert [row[0] for row in _found(body)] == want
