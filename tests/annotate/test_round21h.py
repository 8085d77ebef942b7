"""Round 21h (issue 23, kind 2): amounts written the ways the reader still missed — a range
whose currency sign stands before its low end only, a scale glued to an amount whose sign is
glued too. Sentences written for the tests."""
import pytest

from newsframe.lang.text import split_sentences
from tests.annotate.test_units import _figures


@pytest.mark.parametrize(("body", "expected"), [
    # round 21h: "Rp A-B", "Rp A sampai B", "Rp A s.d. B", "Rp A ribu hingga B ribu": the
    # sign before the low end serves both ends; the low end is the range, the high end keeps
    # its own row (as with two signs, round 20n)
    ("Di Pasar Legi gula pasir dijual Rp 15.200-16.400 per kilogram.",
     [(15_200, 16_400, "rupiah", "range"), (16_400, None, "rupiah", "exact")]),
    ("Ongkos angkut gabah Rp 1.750 sampai 2.100 per karung.",
     [(1_750, 2_100, "rupiah", "range"), (2_100, None, "rupiah", "up_to")]),
    ("Pagu harga telur ditetapkan Rp27.500 s.d. 29.000 per kg.",
     [(27_500, 29_000, "rupiah", "range"), (29_000, None, "rupiah", "exact")]),
    ("Sewa lapak di terminal itu Rp 350 ribu hingga 500 ribu per bulan.",
     [(350_000, 500_000, "rupiah", "range"), (500_000, None, "rupiah", "up_to")]),
])
def test_an_amount_range_with_one_sign_reads_its_low_end_as_a_range(body, expected):
    assert _figures(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # ... but a change from one amount to another stays two amounts, and a dotted range
    # with no sign at all stays the one range of its noun
    ("Tarif ojek naik dari Rp 8.000 hingga 12.000 per trip.",
     [(8_000, None, "rupiah", "exact"), (12_000, None, "rupiah", "up_to")]),
    ("Sebanyak 1.500-2.000 ton jagung diserap Bulog.",
     [(1_500, 2_000, "ton", "range")]),
])
def test_one_sign_ranges_leave_other_forms_alone(body, expected):
    assert _figures(body) == expected


def test_sampai_dengan_shortened_ends_no_sentence():
    text = "Harga cabai Rp 40.000 s.d. 52.000 per kg. Pedagang mengeluh."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Harga cabai Rp 40.000 s.d. 52.000 per kg.", "Pedagang mengeluh."]


@pytest.mark.parametrize(("body", "expected"), [
    # round 21h: the sign glued to the digits and the scale glued after them
    ("Pemprov menyiapkan Rp3,75miliar untuk jembatan.", [(3.75e9, None, "rupiah", "exact")]),
    ("Belanja daerah tahun depan Rp 2,4T.", [(2.4e12, None, "rupiah", "exact")]),
    ("Nilai kontrak itu Rp850M.", [(8.5e11, None, "rupiah", "exact")]),
    ("Donor menjanjikan US$12juta.", [(1.2e7, None, "usd", "exact")]),
    # ... but an M or T with no sign before it is no scale
    ("Kapal itu panjangnya 45M.", []),
])
def test_a_scale_glued_to_a_signed_amount(body, expected):
    assert _figures(body) == expected
