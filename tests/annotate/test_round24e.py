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


# --- a price of another time names no goods --------------------------------------------------

def test_a_price_of_another_time_takes_the_goods_of_the_price_before():
    body = ("Di Pasar Cikurubuk, harga bawang putih mencapai Rp 42 ribu per kilogram. "
            "Padahal sebelumnya hanya Rp 31 ribu.")
    items = {value: item for value, _unit, item in _items(body)}
    assert items[31000] == "harga bawang putih (sebelumnya)", items


def test_a_price_of_another_time_after_a_comma():
    body = ("Kini Sutini menjual daging ayam seharga Rp 38 ribu per kilogram, sedangkan "
            "pekan lalu masih Rp 33 ribu per kilogram.")
    items = {value: item for value, _unit, item in _items(body)}
    assert "daging ayam" in items[33000] and "lalu" in items[33000], items


def test_a_price_whose_clause_names_its_own_goods_keeps_them():
    # "harga jeruk yang semula Rp 18.000": the clause names its goods; nothing is lent
    body = ("Harga apel naik menjadi Rp 45.000 per kg. Sementara harga jeruk yang semula "
            "Rp 18.000 naik menjadi Rp 22.000 per kg.")
    items = [item for value, _unit, item in _items(body) if value in (18000, 22000)]
    assert items and not any("apel" in item for item in items), items


# --- tickets, seats and trips counted ----------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Garuda Indonesia menjual 412.300 tiket selama masa libur sekolah.", [412300, "ticket"]),
    ("PT KAI Daop 6 menyediakan 96.480 tempat duduk untuk angkutan Natal.", [96480, "seat"]),
    ("Selama sepekan, KAI Daop 2 menjalankan 1.236 perjalanan kereta api jarak jauh.",
     [1236, "trip"]),
])
def test_tickets_seats_and_trips_are_counted(body, expected):
    assert expected in [[v, u] for v, u, _item in _items(body)]


def test_a_ticket_price_stays_money():
    assert [[v, u] for v, u, _item in _items("Harga tiket kereta Rp 250 ribu.")] == [
        [250000, "rupiah"]]


# --- a range written twice ---------------------------------------------------------------------

def _ranges(body: str) -> list:
    return _claimants(body, columns=("value", "value_high", "unit", "qualifier"))


@pytest.mark.parametrize(("body", "low", "high", "unit"), [
    ("Pedagang menjual ikan tongkol Rp 34.000 per kg hingga Rp 38.000 per kg.", 34000, 38000,
     "rupiah"),
    ("Biasanya harga jahe merah berkisar 22 ribu rupiah sampai 26 ribu rupiah sekilo.", 22000,
     26000, "rupiah"),
    ("Harga sewa lapak Rp 150.000 sampai dengan Rp 200.000 sebulan.", 150000, 200000, "rupiah"),
    ("Apindo meminta kenaikan upah 3,2 persen hingga 5,1 persen saja.", 3.2, 5.1, "percent"),
    ("Bank sentral memperkirakan pertumbuhan 4,7% sampai 5,5% tahun depan.", 4.7, 5.5,
     "percent"),
])
def test_a_range_written_twice_is_one_range(body, low, high, unit):
    assert [low, high, unit, "range"] in _ranges(body), _ranges(body)


def test_a_change_from_one_amount_to_another_is_no_range():
    rows = _ranges("Tarif parkir naik dari Rp 3.000 hingga Rp 5.000 per jam.")
    assert not any(row[3] == "range" for row in rows), rows


def test_an_anaphor_after_a_placed_counter_goes_on_with_the_item_before():
    # "ekor (Indonesia)" is still a bare counter for "Angka tersebut" after it
    body = ("Impor kambing tahun lalu sebesar 4.100 ton kambing hidup. Secara nasional, total "
            "populasi kambing di Indonesia pada tahun 2022 saja adalah sebesar 19 juta ekor. "
            "Angka tersebut naik dari tahun sebelumnya yang mencapai 18,6 juta ekor.")
    items = {value: item for value, _unit, item in _items(body)}
    assert items[18.6e6] == "kambing naik", items
