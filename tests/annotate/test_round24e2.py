"""Round 24e, second part (issue 23): a range whose scale word is written after its high end
only — in number words (*tiga sampai empat juta orang*), after two amounts (*Rp 18 hingga 20
ribu*) and glued to the currency sign (*Rp120-125 ribu*). Sentences written for these tests
(other names, numbers and word order than the pages the kind was seen on)."""
import pytest

from tests.annotate.test_claims import _claimants


def _ranges(body: str) -> list:
    return _claimants(body, columns=("value", "value_high", "unit", "qualifier"))


@pytest.mark.parametrize(("body", "low", "high", "unit"), [
    # number words: the low end takes the high end's scale
    ("Menurut Yanti, pengunjung pameran diperkirakan berkisar tiga sampai empat juta orang.",
     3_000_000, 4_000_000, "person"),
    ("Panitia memperkirakan dua hingga lima ribu warga datang ke alun-alun.",
     2_000, 5_000, "person"),
    ("Sekitar tiga ratus sampai empat ratus ribu ekor ayam mati akibat wabah itu.",
     300_000, 400_000, "animal"),
    # two amounts, the scale word after the second only (its sign written once or twice)
    ("Di Pasar Wonokromo, harga jeruk sebelumnya Rp 18 hingga 20 ribu per kilogram.",
     18_000, 20_000, "rupiah"),
    ("Harga tomat di Pasar Cepu mencapai Rp 9 sampai Rp 12 ribu per kilogram.",
     9_000, 12_000, "rupiah"),
    # glued to the currency sign: the scale word after it scales both ends
    ("Daging kambing dijual Rp140-150 ribu per kilogram, kata Sumarni.",
     140_000, 150_000, "rupiah"),
    ("Sapi lokal ditawarkan Rp17-21 juta per ekor di pasar hewan Ngawi.",
     17_000_000, 21_000_000, "rupiah"),
])
def test_a_range_shares_the_scale_word_of_its_high_end(body, low, high, unit):
    rows = _ranges(body)
    assert [low, high, unit, "range"] in [row[:4] for row in rows], rows


@pytest.mark.parametrize(("body", "low"), [
    # each end has its own scale word: nothing is lent
    ("Sebanyak seribu sampai dua ribu orang mengikuti kirab budaya.", 1_000),
    ("Harga sapi Rp 12 juta sampai 15 juta per ekor.", 12_000_000),
    # a low end larger than the high numeral is a smaller unit of its own
    ("Harga tiket masuk berkisar Rp 500 hingga Rp 2 juta.", 500),
    # no scale word after it: two small numbers, as written
    ("Sebanyak dua puluh sampai tiga puluh orang hadir di balai desa.", 20),
])
def test_a_range_with_no_scale_to_lend_keeps_its_low_end(body, low):
    rows = _ranges(body)
    assert any(row[0] == low and row[3] == "range" for row in rows), rows


def test_a_glued_range_leaves_no_stray_scale_figure():
    # the scale word of "Rp140-150 ribu" is the range's, no thousand of anything on its own
    rows = _ranges("Harga daging domba Rp140-150 ribu per kilogram di Pasar Kliwon.")
    assert not any(row[0] == 1000 for row in rows), rows
