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


# --- a place named again by "provinsi ini" ---------------------------------------------------

def _items(body: str) -> dict:
    return {value: item for value, item in _claimants(body, columns=("value", "item"))}


@pytest.mark.parametrize(("body", "value", "place"), [
    ("Di posisi kedua ada Sumatera Utara. Pada 2022, populasi kerbau di provinsi ini "
     "mencapai 120.400 ekor.", 120400, "Sumatera Utara"),
    # a small site writes the second word in lower case
    ("Jawa barat ada di urutan ketiga. Produksi jagung di provinsi ini tercatat 1.200 ton.",
     1200, "jawa barat"),
    ("Lahan terluas ada di Kabupaten Grobogan, dan luas tanam di wilayah tersebut tercatat "
     "4.500 hektare.", 4500, "Kabupaten Grobogan"),
])
def test_a_place_named_again_takes_the_place_named_before(body, value, place):
    assert _items(body)[value].lower() == place.lower(), _items(body)


def test_a_place_named_again_with_no_place_before_keeps_its_item():
    # no province, city or "Kabupaten X" earlier in the paragraph: nothing to lend
    items = _items("Menurut petugas, panen di daerah ini mencapai 800 ton.")
    assert "Kabupaten" not in items[800] and items[800], items


def test_a_regency_named_again_never_takes_a_province():
    # "kabupaten ini" names a regency: the province named before is no such place
    items = _items("Luas panen tertinggi ada di Jawa Tengah. Luas panen di kabupaten ini "
                   "mencapai 98.700 hektare.")
    assert items[98700] != "Jawa Tengah", items
