"""Round 23c, second part (issue 23, kind 2): counted nouns of economy pages that no lexicon
knew, read as controlled units — projects, transactions, offers, bank accounts, contact
numbers, and *saham* decided by its neighbours (stocks that rose or fell; shares when a scale
word or a count no exchange lists comes before it, or *lembar saham*). Sentences written for
these tests (other names, numbers and word order than the pages the kinds were seen on)."""
import pytest

from tests.annotate.test_claims import _claimants


def _units(body: str) -> list:
    return _claimants(body, columns=("value", "unit"))


@pytest.mark.parametrize(("body", "expected"), [
    ("Kementerian PUPR mengatakan dana itu membiayai 3.120 proyek jalan desa.",
     [3120, "project"]),
    ("The agency approved 58 projects worth a combined 2 billion dollars.", [58, "project"]),
    ("PPATK menerima laporan 12.400 transaksi mencurigakan sepanjang semester pertama.",
     [12400, "transaction"]),
    ("Bursa Efek Indonesia mencatat 812.330 kali transaksi pada perdagangan Selasa.",
     [812330, "transaction"]),
    ("Satgas Waspada Investasi menutup 97 penawaran investasi bodong di media sosial.",
     [97, "offer"]),
    ("Polda Metro Jaya meminta bank memblokir 4.210 rekening milik jaringan judi daring.",
     [4210, "account"]),
    ("Komdigi memutus 1.530 nomor kontak penagih utang yang meneror nasabah.",
     [1530, "contact"]),
    ("Sebanyak 210 saham menguat, sedangkan 190 saham melemah.", [210, "stock"]),
])
def test_counted_nouns_of_economy_pages(body, expected):
    assert expected in _units(body)


@pytest.mark.parametrize(("body", "expected"), [
    ("Investor asing membeli bersih 2,1 miliar saham pada pekan lalu.", [2.1e9, "share"]),
    ("Perseroan akan melepas 150.000.000 saham baru kepada publik.", [150e6, "share"]),
    ("Volume perdagangan mencapai 9,2 miliar lembar saham.", [9.2e9, "share"]),
    ("On Monday 1.4 billion shares changed hands.", [1.4e9, "share"]),
])
def test_shares_traded_or_issued(body, expected):
    assert expected in _units(body)


def test_stocks_and_shares_in_one_market_report():
    body = ("Transaksi tercatat sebanyak 640.115 kali transaksi dengan 11,3 miliar lembar saham "
            "diperdagangkan. Sebanyak 248 saham naik, 301 saham turun dan 160 saham stagnan.")
    assert _units(body) == [[640115, "transaction"], [11.3e9, "share"], [248, "stock"],
                            [301, "stock"], [160, "stock"]]


def test_a_number_as_an_identifier_stays_no_count():
    # nomor alone names a thing (an identifier), as before; only nomor kontak/telepon count
    assert _units("Gugatan itu terdaftar dengan nomor 45 di pengadilan.") == []


# --- a change written with a minus sign, a range with the percent sign on both ends ----------

def _values(body: str) -> list:
    return _claimants(body, columns=("value", "value_high", "unit", "qualifier"))


@pytest.mark.parametrize(("body", "expected"), [
    ("Indeks Harga Konsumen dan indeks kondisi ekonomi masing-masing bergerak -0,6 poin dan "
     "-2,3 poin dibanding Mei.", [[0.6, "point", "exact"], [2.3, "point", "exact"]]),
    ("Penjualan eceran tumbuh -3,5 persen secara tahunan.", [[3.5, "percent", "exact"]]),
    ("Harga emas Antam melemah (-1,25%) pada pembukaan perdagangan.",
     [[1.25, "percent", "exact"]]),
])
def test_a_change_with_a_minus_sign(body, expected):
    assert _claimants(body, columns=("value", "unit", "qualifier")) == expected


def test_a_minus_after_a_numeral_is_no_sign():
    # "10 -20 persen": a range written with a stray space, never a change of 20 of its own
    assert [row[0] for row in _values("Harga cabai naik 10 -20 persen.")] == [10]


@pytest.mark.parametrize(("body", "low", "high"), [
    ("Kementerian Keuangan memperkirakan inflasi 2026 berada pada 2,6%--3,4%.", 2.6, 3.4),
    ("Ekonomi diproyeksikan tumbuh 4,9%-5,3% tahun depan.", 4.9, 5.3),
    ("The bank sees growth at 3% – 4% next year.", 3, 4),
])
def test_a_range_with_the_percent_sign_on_both_ends(body, low, high):
    assert _values(body) == [[low, high, "percent", "range"]]
