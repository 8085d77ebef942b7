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
    # ... but a money range with one sign keeps its own reading, and a telephone-like
    # run is no figure
    ("HET gula Rp 12.100-13.300 per kg.",
     [(12_100, None, "rupiah", "exact"), (13_300, None, "rupiah", "exact")]),
    ("Hubungi nomor 021-1.234 untuk informasi.", []),
])
def test_dotted_ranges_leave_other_forms_alone(body, expected):
    assert _figures(body) == expected
