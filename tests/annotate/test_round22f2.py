"""Round 22f, second part (issue 23, kind 2): figures missed or false of counts written as
English words (*Forty-one people*, *two dozen trucks*), spoken decimals (*11-point-four
percent*) and Indonesian breakdowns whose counted noun stands in the sentence before or
whose state is written before the count (*rusak ringan 412*, *luka-luka 57*). Sentences
written for these tests (other names, numbers and word order than the pages the kinds were
seen on)."""
import pytest

from tests.annotate.test_claims import _claimants


def _units(body: str) -> list:
    return _claimants(body, columns=("value", "unit"))


# --- English numbers in words -----------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Forty-one people drowned when the ferry sank, the coast guard said.", [[41, "person"]]),
    ("Rescuers pulled thirty-eight survivors from the rubble on Monday.",
     [[38, "person"]]),
    ("The regency said two dozen houses were swept away by the flood.", [[24, "house"]]),
    ("Officials said exports rose 11-point-four percent in March.", [[11.4, "percent"]]),
])
def test_english_counts_in_words(body, expected):
    assert _units(body) == expected


@pytest.mark.parametrize("body", [
    "The governor spoke of the twenty-first century as an age of cities.",
    "A fifty-two-year-old trader was questioned by police on Tuesday.",
    "The minister made a one-day visit to the island.",
])
def test_ordinals_ages_and_one_day_are_no_figures(body):
    assert _units(body) == []


# --- breakdowns: the state before the count, the counted noun in the sentence before --------

def test_a_breakdown_of_the_count_the_sentence_before_names():
    body = ("Menurut BPBD Cianjur, sebanyak 640 rumah rusak. Rinciannya 52 rusak berat, 118 "
            "rusak sedang dan 470 rusak ringan.")
    assert _units(body) == [[640, "house"], [52, "house"], [118, "house"], [470, "house"]]


def test_a_breakdown_opened_by_terdiri_dari():
    body = ("Petugas mendata 215 rumah terdampak angin kencang. Terdiri dari 37 rusak berat "
            "dan 178 rusak ringan.")
    assert _units(body) == [[215, "house"], [37, "house"], [178, "house"]]


def test_states_written_before_their_counts():
    body = ("Ia mencatat rumah rusak dengan kategori rusak berat 410 unit, rusak sedang 233 "
            "dan rusak ringan 1.205.")
    assert _units(body) == [[410, "house"], [233, "house"], [1205, "house"]]


def test_fates_of_people_written_before_their_counts():
    body = ("Kepala BPBD Sinjai mengatakan korban meninggal 12 orang, sedangkan luka-luka 87 "
            "dan yang masih mengungsi 2.340.")
    assert _units(body) == [[12, "person"], [87, "person"], [2340, "person"]]


@pytest.mark.parametrize("body", [
    "Warga yang mengungsi sejak 2021 kini kembali ke kampungnya.",
    "Jembatan yang rusak berat pada 12/3 belum diperbaiki.",
    "Korban yang terluka pukul 14.30 dibawa ke puskesmas.",
])
def test_a_year_a_date_or_a_time_after_a_state_is_no_count(body):
    assert _units(body) == []


# --- a count split by sex ---------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Dari 310 pengungsi di balai desa, terdapat 171 laki-laki dan 139 perempuan.",
     [[310, "person"], [171, "person"], [139, "person"]]),
    ("Korban terdiri atas 14 pria dan 9 wanita, kata polisi.", [[14, "person"], [9, "person"]]),
])
def test_men_and_women_are_people(body, expected):
    assert _units(body) == expected


@pytest.mark.parametrize("body", [
    "Kementerian Pemberdayaan Perempuan mencatat 45 kasus sepanjang Januari.",
    "Komnas Perempuan menerima 80 kasus pada tahun lalu.",
])
def test_a_name_ending_in_a_counted_noun_refines_no_classifier(body):
    assert _units(body) == [[int(body.split(" kasus")[0].split()[-1]), "case"]]


def test_women_named_before_a_bare_figure_are_not_what_it_counts():
    body = "Tahun lalu jumlah kekerasan terhadap perempuan di kota itu mencapai 640."
    assert [260, "person"] not in _units(body) and [640, "person"] not in _units(body)
