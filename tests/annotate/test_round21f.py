"""Round 21f (issue 23, kind 1): the item of an Indonesian count of people is what befell
them — said right after the counted noun (*400 siswa yang berhenti di kelas 8*) or in a
relative clause of the subject before the count (*Pasien yang dirawat … mencapai 45
orang*). Sentences written for these tests (other names, numbers and word order than the
pages the kind was seen on)."""
import pytest

from tests.annotate.test_claims import _claimants


def _items(body: str) -> list:
    return _claimants(body, columns=("value", "item"))


# --- what befell them, right after the counted noun -------------------------------------------

@pytest.mark.parametrize(("body", "value", "want"), [
    ("Di Jawa Tengah dari 1.100 siswa yang keluar sekolah, terdapat 400 siswa yang berhenti "
     "di kelas 8, kemudian 300 siswa yang berhenti di kelas 9.", 400, "siswa berhenti"),
    ("Dari 500 korban itu, sebanyak 310 orang di antaranya mengalami luka ringan dan 20 "
     "orang luka berat.", 310, "orang mengalami luka ringan"),
    ("Sementara yang luka-luka bertambah menjadi 650 korban yang sedang dalam perawatan.",
     650, "korban sedang dalam perawatan"),
    ("Hingga Senin, 56 pasien masih menjalani perawatan di rumah sakit daerah.", 56,
     "pasien masih menjalani perawatan"),
])
def test_what_befell_them_after_the_count(body, value, want):
    assert dict(_items(body))[value] == want


def test_several_counts_each_take_their_own_fate():
    body = ("Dari 500 korban itu, sebanyak 310 orang di antaranya mengalami luka ringan, 20 "
            "orang luka berat, dan 170 orang meninggal dunia.")
    assert _items(body) == [[500, "korban"], [310, "orang mengalami luka ringan"],
                            [20, "orang luka berat"], [170, "orang meninggal dunia"]]


# --- what befell them, in a relative clause of the subject before the count -------------------

@pytest.mark.parametrize(("body", "value", "want"), [
    ("Para pemudik yang mengalami kecelakaan di jalan tol jumlahnya mencapai 88 orang.", 88,
     "pemudik yang mengalami kecelakaan"),
    ("Pasien yang dirawat di rumah sakit mencapai 45 orang, sementara yang sudah pulang 30 "
     "orang.", 45, "Pasien yang dirawat"),
    ("Di hari ke-20 operasional haji, total jamaah asal Jawa Barat yang wafat telah mencapai "
     "61 orang.", 61, "jamaah asal Jawa Barat yang wafat"),
    ("Hingga Selasa jemaah lansia yang sakit dan masih dirawat jumlahnya mencapai 137 orang.",
     137, "jemaah lansia yang sakit"),
])
def test_what_befell_them_before_the_count(body, value, want):
    assert dict(_items(body))[value] == want


def test_a_clause_that_goes_on_to_the_count_is_left_alone():
    # no linking word between the clause and the figure: the clause is no subject of it
    body = "Warga yang mengungsi membawa 30 orang anak ke balai desa."
    assert "mengungsi" not in dict(_items(body)).get(30, "")


def test_the_spelling_jamaah_counts_people():
    body = ("Kuota kabupaten itu 610 orang. Dari jumlah itu, sebanyak 92 jamaah masuk kloter "
            "21 dan 512 jamaah masuk kloter 22.")
    found = dict(_claimants(body, columns=("value", "unit")))
    assert found[92] == "person" and found[512] == "person"


# --- kind 2: a share whose own words name nothing takes the rate its clause names -------------

def test_a_rate_before_a_month_is_the_item():
    body = ("BPS mencatat tingkat pengangguran terbuka Provinsi Riau pada Februari 2024 "
            "sebesar 4,20 persen.")
    assert dict(_items(body))[4.2] == "tingkat pengangguran terbuka"


def test_a_rate_before_an_adverb_is_the_item():
    body = ("Laju inflasi tahunan Kota Bukit Tinggi pada Mei menempati urutan kedua secara "
            "regional yang sebesar 3,9 persen.")
    assert dict(_items(body))[3.9] == "Laju inflasi tahunan"


def test_a_bare_percentage_takes_the_rate_of_the_sentence_before():
    body = ("BPS mencatat tingkat pengangguran terbuka Provinsi Riau pada Februari 2024 "
            "sebesar 4,20 persen. Riau berada di bawah Jambi yang menempati urutan pertama "
            "dengan persentase 5,12 persen. Kemudian urutan kedua ditempati Provinsi Lampung "
            "dengan persentasi 4,91 persen.")
    found = dict(_items(body))
    assert found[5.12] == found[4.91] == "tingkat pengangguran terbuka"


def test_a_bare_angka_takes_the_rate_of_its_sentence():
    body = ("Prevalensi balita kurus di Kabupaten Lembah turun menjadi 6,2 persen, sedangkan "
            "tertinggi di Kabupaten Bukit dengan angka 11,4 persen.")
    assert dict(_items(body))[11.4] == "Prevalensi balita kurus"


def test_a_share_that_names_its_thing_keeps_it():
    body = "Sebanyak 64 persen responden memilih kereta, dengan persentase 20 persen bus."
    assert "responden" in dict(_items(body))[64]
