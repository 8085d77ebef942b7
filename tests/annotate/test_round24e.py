"""Round 24e (issue 23, kind 2): figures and items missed on pages of markets, harvests,
livestock and transport counts. Sentences written for these tests (other names, numbers and
word order than the pages the kinds were seen on)."""
import pytest

from tests.annotate.test_claims import _claimants


def _items(body: str) -> list:
    return _claimants(body, columns=("value", "unit", "item"))


# --- the place of a bare counter's list entry ------------------------------------------------

@pytest.mark.parametrize(("body", "value", "place"), [
    ("Kabupaten Sumbawa dari 4.120 ekor pada 2020 turun menjadi 3.905 ekor pada 2022.",
     3905, "Kabupaten Sumbawa"),
    ("Kabupaten Sumbawa dari 4.120 ekor pada 2020 turun menjadi 3.905 ekor pada 2022.",
     4120, "Kabupaten Sumbawa"),
    ("Warga yang mengungsi tersebar di dua desa.\n- Desa Sukamulya: 14 KK\n- Desa Cibeber: 9 KK",
     9, "Desa Cibeber"),
    ("Rinciannya, di Kabupaten Konawe Selatan 88 orang dan di Kota Kendari 41 orang.",
     88, "Kabupaten Konawe Selatan"),
    ("Provinsi Maluku Utara dengan total 512 jiwa tercatat paling banyak.", 512,
     "Provinsi Maluku Utara"),
    ("Sebanyak 120 rumah rusak di Desa Tegalsari dan 9 unit di Desa Karangrejo.", 9,
     "Desa Karangrejo"),
])
def test_a_bare_counter_takes_the_place_of_its_list_entry(body, value, place):
    items = [item for v, _unit, item in _items(body) if v == value]
    assert items and all(place in item for item in items), items


def test_a_name_after_an_office_in_a_place_is_no_place():
    # "Kota Padang Yusuf Hamdani": the capitalised words run on into a person's name
    items = _items("Kepala Dinsos Kota Padang Yusuf Hamdani mencatat 40 orang.")
    assert items and not any("Hamdani" in item for _v, _u, item in items), items
