"""Round 19b (issue 23, kinds 1-2): claimants and items on Indonesian pages of new stories
(traffic accidents, fires, hajj quotas, landslides). Sentences written for the tests."""
import pytest

from tests.annotate.test_claims import _claimants


def _claims(body: str, columns=("value", "claimant", "claimant_evidence")) -> list:
    return _claimants(body, columns=columns)


@pytest.mark.parametrize(("body", "expected"), [
    # round 19b: "Data itu didapat dari X", "Angka tersebut bersumber dari X" name where the
    # figures of the sentence (or paragraph) before come from: X gives them
    ("Sepanjang pekan lalu, 212 kebakaran lahan terjadi di Kalimantan Tengah.\n\nData itu "
     "didapat dari Badan Restorasi Gambut yang dirilis pada Jumat.",
     [[212, "Badan Restorasi Gambut", "next_sentence"]]),
    ("Sebanyak 48 warga dirawat karena keracunan makanan. Angka tersebut bersumber dari "
     "Dinas Kesehatan Kota Sukamaju.", [[48, "Dinas Kesehatan Kota Sukamaju", "next_sentence"]]),
    # … a sentence of its own that only names "data" keeps the outlet's figure
    ("Sebanyak 48 warga dirawat karena keracunan makanan. Data tersebut masih diperbarui.",
     [[48, "X", "outlet"]]),
])
def test_data_obtained_from_a_body_names_who_gave_the_figures_before(body, expected):
    assert _claims(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 19b: a day counted from Lebaran (H-5, H+2, H) says when, not what is counted: the
    # figure keeps its own counter
    ("Pada arus balik, kecelakaan terbanyak tercatat pada 14 April atau H+2 yaitu 318 "
     "kejadian.", [[318, "kejadian"]]),
    ("Penumpang kapal paling ramai pada H-5 yaitu 9.400 orang.", [[9400, "Penumpang kapal"]]),
])
def test_a_day_counted_from_a_holiday_is_no_item(body, expected):
    assert _claims(body, ("value", "item")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 19b: numbers that count nothing: a Hijri year, a street's section and a house
    # number in an address, a storey, the scale word of money glued to its sign
    ("Kuota itu bagi jemaah yang telah melunasi Biaya Perjalanan Ibadah Haji 1444 H/2023 M "
     "dan berusia di bawah 65 tahun.", []),
    ("Musim haji 1446 Hijriah diikuti 2.100 jemaah asal Jambi.", [[2100, "person"]]),
    ("Api melalap bengkel dan rumah di Jalan Kenanga Raya 15 No 3 RT 02/04, Cibeber.", []),
    ("Api membakar toko di Jalan Kenanga Raya 15 No 3 RT 02/04, Cibeber, dan 4 rumah "
     "di sebelahnya.", [[4, "house"]]),
    ("Api berasal dari lantai dua rumah Yanto.", []),
    ("Kebakaran tiga rumah di Cibeber menimbulkan kerugian Rp740 juta.",
     [[3, "house"], [740_000_000, "rupiah"]]),
])
def test_numbers_that_count_nothing(body, expected):
    assert _claims(body, ("value", "unit")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 19b: a count of people right after a verb of what befell them (past a hedge) counts
    # the dead or the injured (data/lexicons/item_families.csv: menewaskan, melukai)
    ("Kebakaran gudang kembang api itu menewaskan sedikitnya 17 orang.",
     [[17, "orang tewas"]]),
    ("Bus yang terguling melukai 23 orang dan menewaskan 4 warga.",
     [[23, "orang terluka"], [4, "warga tewas"]]),
    # … not a verb of another kind, nor a count that names its own noun
    ("Tim SAR mengevakuasi 30 orang.", [[30, "orang"]]),
    ("Ledakan itu menewaskan 3 petugas pemadam.", [[3, "petugas pemadam"]]),
])
def test_a_verb_of_what_befell_people_names_what_their_count_counts(body, expected):
    assert _claims(body, ("value", "item")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 19b: places of a hajj quota count people (data/lexicons/units.csv: kuota haji,
    # kuota jemaah, kuota petugas, kuota pembimbing); a quota of fuel stays a measure
    ("Kuota itu dibagi menjadi 201.000 kuota haji reguler dan 20.000 kuota haji khusus.",
     [[201000, "person", "kuota haji reguler"], [20000, "person", "kuota haji khusus"]]),
    ("Jatah itu meliputi 120 kuota pembimbing dan 470 kuota petugas haji daerah.",
     [[120, "person", "kuota pembimbing"], [470, "person", "kuota petugas haji daerah"]]),
    ("Kuota Pertalite tahun ini 31,2 juta KL.", [[31_200_000, "kiloliter", "Kuota Pertalite"]]),
])
def test_places_of_a_hajj_quota_count_people(body, expected):
    assert _claims(body, ("value", "unit", "item")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 19b: the comma that opens "yaitu …" / "yakni …" hands the counted noun on to a
    # classifier (kejadian) after it
    ("Satlantas mencatat jumlah kecelakaan terbanyak pada malam takbiran, yaitu 73 kejadian.",
     [[73, "accident"]]),
    ("Jumlah kecelakaan tertinggi terjadi di jalur selatan, yakni 19 kejadian.",
     [[19, "accident"]]),
])
def test_a_comma_before_yaitu_hands_the_noun_to_a_classifier(body, expected):
    assert _claims(body, ("value", "unit")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 19b: "perayaan Idul Fitri" dates a figure; the classifier keeps its own word
    ("Satlantas mencatat jumlah kecelakaan terbanyak pada hari pertama perayaan Idul Adha, "
     "yaitu 58 kejadian.", [[58, "kejadian"]]),
])
def test_a_feast_written_in_two_words_is_no_item(body, expected):
    assert _claims(body, ("value", "item")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 19b: a count of people whose sentence names only a time and a counter counts the
    # victims the sentence before names ("korban luka berat"); a weekday is no item
    ("Ia menyebut korban luka berat turun 30 persen. Tahun ini tercatat 52 orang.",
     [[30, "korban luka berat turun"], [52, "orang (korban luka berat)"]]),
    ("Korban meninggal akibat banjir bandang bertambah. Hingga Kamis tercatat 21 orang.",
     [[21, "orang (korban meninggal)"]]),
    # … not when its sentence names who was counted
    ("Korban meninggal bertambah. Tim SAR mengevakuasi 30 orang.", [[30, "orang"]]),
])
def test_a_bare_count_of_people_takes_the_victims_named_a_sentence_back(body, expected):
    assert _claims(body, ("value", "item")) == expected
