"""Round 20i (issue 23, kind 2): counted nouns outside the lexicon on pages of other stories
(road and bridge building, hospital building). Sentences written for the tests."""
import pytest

from tests.annotate.test_claims import _claimants


def _claims(body: str, columns=("value", "unit")) -> list:
    return _claimants(body, columns=columns)


@pytest.mark.parametrize(("body", "expected"), [
    # round 20i: a length that is built, kept or widened is a figure: kilometres are km, metres
    # are metre (data/lexicons/units.csv: km, kilometer, meter, m and the English plurals)
    ("Pemprov Riau menargetkan pembangunan jalan baru sepanjang 214 kilometer tahun ini.",
     [[214, "km"]]),
    ("Dinas PU memperbaiki 18,5 km jalan kabupaten dan 740 meter jembatan.",
     [[18.5, "km"], [740, "metre"]]),
    ("Anggaran Rp1,2 triliun dipakai untuk pemeliharaan 3.105 km jalan provinsi.",
     [[1_200_000_000_000, "rupiah"], [3105, "km"]]),
    ("Tahun depan dibangun 1.240 m jembatan gantung di Sulawesi Tengah.", [[1240, "metre"]]),
    ("The agency will resurface 412 kilometres of highway and 3,600 metres of bridges.",
     [[412, "km"], [3600, "metre"]]),
])
def test_lengths_are_figures(body, expected):
    assert _claims(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 20i: hospitals counted by their abbreviation (RSUD, RS, RSU) are hospitals
    ("Kemenkes menargetkan 32 RSUD baru rampung sebelum akhir tahun.", [[32, "hospital"]]),
    ("Pemprov membangun 4 RS rujukan dan 11 puskesmas.", [[4, "hospital"], [11, "puskesmas"]]),
])
def test_hospitals_by_their_abbreviation(body, expected):
    assert _claims(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 20i: a distance travelled, a range, a height are no figures; an earthquake's
    # magnitude written "M 6,1" before the numeral is no length
    ("Rombongan itu berjalan kaki sejauh 12 km menuju posko pengungsian.", []),
    ("Lokasi longsor berjarak 3 kilometer dari pusat kecamatan.", []),
    ("Officials said the tower was 120 m high.", []),
    ("BMKG mencatat gempa M 6,1 mengguncang Garut dan 84 rumah rusak.", [[84, "house"]]),
])
def test_distances_and_magnitudes_are_no_lengths(body, expected):
    assert _claims(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 20i: "N-nya" after a count is N of them (as "N di antaranya")
    ("Pemkab merehabilitasi 30 sekolah tahun ini. Hingga Juni, 12-nya masih dikerjakan.",
     [[30, "school"], [12, "school"]]),
    ("Dari 40 RSUD yang direnovasi, 9-nya belum selesai.", [[40, "hospital"], [9, "hospital"]]),
])
def test_a_numeral_with_nya_counts_the_noun_before(body, expected):
    assert _claims(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 20i: an earthquake's magnitude after "M" or "magnitudo" counts nothing, even with
    # the victims named before it
    ("Data korban gempa M 6,2 Sumedang belum final, kata BPBD.", []),
    ("Jumlah korban gempa magnitudo 5,4 di Garut mencapai 31 orang.", [[31, "person"]]),
])
def test_a_magnitude_is_no_count(body, expected):
    assert _claims(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 20i: an abbreviation in capitals the unit lexicon does not know is its own unit
    ("Direktorat Jenderal Pajak kini mengelola 352 KPP di seluruh Indonesia.", [[352, "KPP"]]),
    ("Sebanyak 14.500 PMI asal NTB dipulangkan tahun ini.", [[14_500, "PMI"]]),
    # … never a time zone or the Richter scale
    ("Gempa 5,1 SR terjadi pukul 14.20 WIB dan merusak 12 rumah.", [[12, "house"]]),
])
def test_an_abbreviation_counts_what_it_names(body, expected):
    assert _claims(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 20i: a list's later item leaves the counted noun out ("… dan 95 di Kecamatan B")
    ("Banjir merendam 240 lumbung di Kecamatan Cibadak dan 95 di Kecamatan Sukaraja.",
     [[240, "lumbung"], [95, "lumbung"]]),
    ("Longsor merusak 31 rumah di Desa Cikole, 12 di Desa Sukajaya dan 4 di Desa Mekar.",
     [[31, "house"], [12, "house"], [4, "house"]]),
    # … and a change's result leaves it out ("… turun menjadi 4.870 dua tahun kemudian")
    ("Pada 2018 tercatat 5.210 gedung rusak, lalu berkurang menjadi 4.870 dua tahun kemudian.",
     [[5210, "building"], [4870, "building"]]),  # building: round 22f
    ("Pada 2014 tercatat 61.220 kelas rusak total, turun menjadi 58.100 setahun kemudian.",
     [[61_220, "kelas"], [58_100, "kelas"]]),
])
def test_a_count_left_out_of_a_later_item(body, expected):
    assert _claims(body) == expected
