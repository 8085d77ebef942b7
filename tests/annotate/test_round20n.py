"""Round 20n (issue 23, kind 2): numbers written the ways the reader missed — a range of
dotted thousands with no currency, an amount range whose two ends both carry the currency
sign. Sentences written for the tests."""
import pytest

from tests.annotate.test_units import _figures


@pytest.mark.parametrize(("body", "expected"), [
    # round 20n: two numerals with thousands dots joined by a dash are one range of the noun
    # after them (with or without spaces; a scale word after scales both ends) ...
    ("Pasukan yang dikirim diperkirakan 3.000-4.000 tentara.",
     [(3_000, 4_000, "person", "range")]),
    ("Pengunjung pameran mencapai 10.000-12.000 orang per hari.",
     [(10_000, 12_000, "person", "range")]),
    ("Sekitar 1.200 – 1.500 rumah rusak diterjang angin.",
     [(1_200, 1_500, "house", "range")]),
    ("Sebanyak 2.500-3.000 ton beras didatangkan dari Vietnam.",
     [(2_500, 3_000, "ton", "range")]),
])
def test_a_range_of_dotted_thousands_is_one_range(body, expected):
    assert _figures(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # ... but a money range with one sign keeps its own reading (round 21h: its low end the
    # range, tests/annotate/test_round21h.py), and a telephone-like run is no figure
    ("HET gula Rp 12.100-13.300 per kg.",
     [(12_100, 13_300, "rupiah", "range"), (13_300, None, "rupiah", "exact")]),
    ("Hubungi nomor 021-1.234 untuk informasi.", []),
])
def test_dotted_ranges_leave_other_forms_alone(body, expected):
    assert _figures(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 20n: "Rp A - Rp B", "Rp A ribu hingga Rp B ribu", "US$ A juta - US$ B juta": the
    # low end is the range (no exact price); the high end keeps its own row as before
    ("Di kios itu beras dijual Rp12.500 - Rp13.800 per kilogram.",
     [(12_500, 13_800, "rupiah", "range"), (13_800, None, "rupiah", "exact")]),
    ("Harga patokan gula ditetapkan Rp 14 ribu hingga Rp 16 ribu per kg.",
     [(14_000, 16_000, "rupiah", "range"), (16_000, None, "rupiah", "up_to")]),
    ("Tarif parkir motor kini Rp3.000 sampai Rp5.000 per jam.",
     [(3_000, 5_000, "rupiah", "range"), (5_000, None, "rupiah", "up_to")]),
    ("Dana hibah US$ 2 juta - US$ 3 juta disiapkan donor.",
     [(2e6, 3e6, "usd", "range"), (3e6, None, "usd", "exact")]),
])
def test_an_amount_range_with_two_signs_reads_its_low_end_as_a_range(body, expected):
    assert _figures(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # ... but a change from one amount to another, or two amounts in a list, stay two
    # amounts of their own
    ("Ongkos naik dari Rp3.000 hingga Rp5.000 per jam.",
     [(3_000, None, "rupiah", "exact"), (5_000, None, "rupiah", "up_to")]),
    ("Harga naik dari Rp 3.000 menjadi Rp 5.000 per liter.",
     [(3_000, None, "rupiah", "exact"), (5_000, None, "rupiah", "exact")]),
    ("Bantuan tunai Rp 2 juta dan Rp 5 juta disalurkan.",
     [(2e6, None, "rupiah", "exact"), (5e6, None, "rupiah", "exact")]),
])
def test_two_amounts_that_are_no_range_stay_two(body, expected):
    assert _figures(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 20n: a scale word written out and glued to the digits ...
    ("Penduduk miskin di kota itu tinggal 1,63juta orang.",
     [(1_630_000, None, "person", "exact")]),
    ("Jumlah penonton konser itu 12ribu orang.", [(12_000, None, "person", "exact")]),
    ("Dana yang terkumpul 2,5miliar rupiah.", [(2.5e9, None, "rupiah", "exact")]),
    # ... and a numeral glued to the word before it: the whole numeral with its scale, not
    # the scale word alone as a thousand
    ("Produksi gula tahun ini menghasilkan777,2 ribu ton.",
     [(777_200, None, "ton", "exact")]),
    ("Mereka menyalurkan bantuan kepada12 ribu keluarga.",
     [(12_000, None, "family", "exact")]),
])
def test_numerals_and_scale_words_glued_to_words(body, expected):
    assert _figures(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 20n: a share written with a decimal point on an Indonesian page is a decimal
    # (one or two digits after the point are no thousands group) ...
    ("Tingkat partisipasi pemilih di kabupaten itu mencapai 71.4 persen.",
     [(71.4, None, "percent", "exact")]),
    ("Inflasi tahunan provinsi tercatat 2.75% pada Mei.", [(2.75, None, "percent", "exact")]),
    # ... while three digits after the point stay thousands
    ("Harga bawang melonjak 1.250 persen dalam setahun.",
     [(1_250, None, "percent", "exact")]),
])
def test_a_share_with_a_decimal_point_on_an_indonesian_page(body, expected):
    assert _figures(body) == expected
