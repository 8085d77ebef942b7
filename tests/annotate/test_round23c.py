"""Round 23c (issue 23, kind 2): figures missed on statistics and economy pages — the counts
a regulator or a licensing office gives (*45 perusahaan*, *1.200 izin*, *12 kegiatan*), a rate's
change in basis points (*50 basis poin*, *25 bps*), and an index's level written as a bare
numeral (*Indeks Keyakinan Konsumen sebesar 121,5*, *IHSG ke posisi 7.012,45*). Sentences
written for these tests (other names, numbers and word order than the pages the kinds were
seen on)."""
import pytest

from tests.annotate.test_claims import _claimants


def _units(body: str) -> list:
    return _claimants(body, columns=("value", "unit"))


# --- counts of companies, permits and activities ---------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Otoritas Jasa Keuangan telah mencabut izin usaha 14 perusahaan pembiayaan sepanjang "
     "tahun ini.", [14, "company"]),
    ("Satgas menghentikan 318 entitas investasi ilegal pada semester pertama.", [318, "company"]),
    ("The regulator said 27 companies had failed to meet the capital rule.", [27, "company"]),
    ("DPMPTSP Kota Medan menerbitkan 2.350 izin usaha melalui sistem OSS.", [2350, "permit"]),
    ("Kementerian Investasi mencabut 96 IUP mineral yang tidak aktif.", [96, "permit"]),
    ("The ministry revoked 41 permits held by plantation firms.", [41, "permit"]),
    ("Inspektorat menemukan 11 kegiatan fisik yang tidak sesuai kontrak.", [11, "activity"]),
])
def test_counts_a_regulator_gives(body, expected):
    assert expected in _units(body)


def test_companies_and_permits_in_one_sentence():
    body = "Dari 63 perusahaan tambang itu, pemerintah menarik 88 izin dan menunda 5 kegiatan."
    assert _units(body) == [[63, "company"], [88, "permit"], [5, "activity"]]


# --- basis points ----------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "value"), [
    ("Bank sentral memangkas suku bunga acuan 75 basis poin menjadi 4,5 persen.", 75),
    ("Suku bunga deposit facility juga naik 50 bps.", 50),
    ("The central bank cut its policy rate by 100 basis points on Thursday.", 100),
    ("Analysts expect a 25 bp cut next month.", 25),
])
def test_basis_points(body, value):
    assert [value, "basis_point"] in _units(body)


def test_basis_points_beside_the_new_rate():
    body = "Rapat Dewan Gubernur menaikkan suku bunga 75 basis poin menjadi 5,25 persen."
    assert _units(body) == [[75, "basis_point"], [5.25, "percent"]]


# --- an index's level ------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Indeks Keyakinan Konsumen pada Juli tercatat sebesar 123,7.", [[123.7, "point"]]),
    ("IKK Juli sebesar 123,7, lebih tinggi dari bulan sebelumnya 119,2.",
     [[123.7, "point"], [119.2, "point"]]),
    ("IHSG pada Jumat sore ditutup menguat 41,2 poin atau 0,6 persen ke posisi 7.312,08.",
     [[41.2, "point"], [0.6, "percent"], [7312.08, "point"]]),
    ("Nilai tukar nelayan (NTN) Agustus mencapai 104,21 atau naik 0,37 persen.",
     [[104.21, "point"], [0.37, "percent"]]),
    ("PMI manufaktur Indonesia naik ke level 52,4 pada Oktober.", [[52.4, "point"]]),
])
def test_an_index_level_is_in_points(body, expected):
    assert _units(body) == expected


def test_an_index_named_makes_its_points_the_index_points():
    assert _units("NTP Maret turun 1,8 poin dibanding Februari.") == [[1.8, "point"]]


def test_a_rate_keeps_its_percentage_points():
    # an occupancy rate is no index: its points stay percentage points
    assert _units("Tingkat hunian hotel naik 2,75 poin.") == [[2.75, "percentage_point"]]


@pytest.mark.parametrize("body", [
    "Indeks itu disusun dari jawaban 4.600 rumah tangga di 18 kota.",
    "Indeks harga dihitung sejak Oktober 1999 dan berada di atas 100.",
    "Sebanyak 12 kota dalam indeks itu naik, 4 lainnya turun.",
])
def test_no_index_level_without_decimals_or_a_link(body):
    assert all(unit != "point" for _, unit in _units(body))


# --- a scale word after an amount glued to an unknown currency ---------------------------------

def test_men_before_an_unknown_currency_are_no_million():
    # "RM8 million": the scale belongs to the glued amount; read alone it made a million men
    body = ("Customs officers detained two men and seized cigarettes worth RM8 million "
            "at the port.")
    assert [1000000, "person"] not in _units(body)
    assert [2, "person"] in _units(body)


@pytest.mark.parametrize(("body", "expected"), [
    ("Polisi menyita uang tunai Rp12 juta dari tersangka.", [12000000, "rupiah"]),
    ("The firm paid US$4 million in fines.", [4000000, "usd"]),
    ("Nearly a million people fled the floods.", [1000000, "person"]),
])
def test_known_currencies_and_a_million_alone_stay(body, expected):
    assert expected in _units(body)


# --- a measure or a rate's unit glued to its numeral ----------------------------------------

@pytest.mark.parametrize(("body", "expected"), [
    ("Bank sentral Filipina menaikkan suku bunga 75bps menjadi 5,5%.",
     [[75, "basis_point"], [5.5, "percent"]]),
    ("Petugas menyita 3,2kg ganja dari sebuah gudang.", [[3.2, "kg"]]),
    ("Customs seized 240kg of cocaine at the harbour.", [[240, "kg"]]),
    ("Api menghanguskan 18ha kebun karet.", [[18, "hectare"]]),
])
def test_a_unit_glued_to_its_numeral(body, expected):
    assert _units(body) == expected


@pytest.mark.parametrize("body", [
    "Rombongan berjalan 12km menuju pos pengungsian.",  # a distance travelled, no figure
    "Rapat dimulai pukul 4.15pm waktu setempat.",
    "Jaringan 5G sudah menjangkau kota itu.",
])
def test_no_figure_from_other_glued_letters(body):
    assert _units(body) == []


def test_an_index_named_in_the_sentence_before():
    body = ("BPS mencatat NTP Juni sebesar 112,64. Subsektor hortikultura turun 0,8% menjadi "
            "108,31, sedangkan bulan lalu yang sebesar 109,18.")
    assert _units(body) == [[112.64, "point"], [0.8, "percent"], [108.31, "point"],
                            [109.18, "point"]]


def test_an_index_in_another_paragraph_names_nothing_here():
    body = "IKK Juli tercatat sebesar 123,7.\nHarga cabai rawit sebesar 61,5 di pasar induk."
    assert _units(body) == [[123.7, "point"]]


# --- an amount of money with a comma for its last thousands mark -----------------------------

def test_mixed_separators_in_money_group_thousands():
    body = "Auditor menghitung kerugian negara Rp 2.475.310.120,000 dalam proyek itu."
    assert _units(body) == [[2475310120000, "rupiah"]]


@pytest.mark.parametrize(("body", "expected"), [
    ("Dana desa Rp 8.214.906.500,00 sudah cair.", [[8214906500, "rupiah"]]),  # sen: ,00
    ("Izin seluas 1.304.221,375 hektare dicabut.", [[1304221.375, "hectare"]]),  # a measure
])
def test_other_decimals_stay(body, expected):
    assert _units(body) == expected
