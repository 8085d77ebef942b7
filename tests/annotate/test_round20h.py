"""Round 20h (issue 23, kind 1): figures from a body's data — a sentence or an aside that
names the body whose data it gives (*Selain itu berdasarkan data X*, *Sesuai data X*,
*Mengutip data X*, *Dikutip Kabar.id dari X*, *Jumlah itu, berdasarkan data X, …*) gives
its figures, and the list after it, that body. Sentences written for the tests."""
import pytest

from tests.annotate.test_claims import _claimants


def _who(body: str) -> list:
    return _claimants(body, columns=("value", "claimant"))


@pytest.mark.parametrize(("body", "expected"), [
    # a connective with no comma before the document cue
    ("Angka putus sekolah naik tajam.\n\nSelain itu berdasarkan data Badan Pusat Statistik "
     "(BPS), angka putus sekolah di jenjang SMP mencapai 2,4% pada 2023. Angkanya naik 0,3% "
     "dibandingkan tahun 2022 yang sebesar 2,1%.",
     [[2.4, "Badan Pusat Statistik"], [0.3, "Badan Pusat Statistik"],
      [2.1, "Badan Pusat Statistik"]]),
    ("Harga beras stabil.\n\nSementara itu mengacu pada data Dinas Pertanian Kabupaten "
     "Lembah Hijau, produksi gabah mencapai 41.200 ton.",
     [[41_200, "Dinas Pertanian Kabupaten Lembah Hijau"]]),
    # "Sesuai data X, …" opens the sentence like "Berdasarkan data X, …"
    ("Harga cabai naik lagi.\nSesuai data Dinas Perdagangan Kota Medan, harga cabai merah "
     "mencapai Rp 80.000 per kilogram.", [[80_000, "Dinas Perdagangan Kota Medan"]]),
])
def test_a_body_s_data_opening_the_sentence_speaks(body, expected):
    assert _who(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "Dikutip <the outlet> dari <body>, …": the body quoted, not the outlet quoting it; the
    # list after it goes on with the body
    ("Jambi masuk urutan kelima angka perceraian.\n\nDikutip Jambiraya.com dari "
     "SatuData.go.id, terdapat urutan provinsi dengan perceraian terbanyak.\n\nAdapun posisi "
     "lima besar terdiri atas\n1. Provinsi Aceh dengan total 5.120 kasus\n2. Provinsi Riau "
     "dengan total 4.310 kasus", [[5120, "SatuData.go.id"], [4310, "SatuData.go.id"]]),
    # "Mengutip data X, …" with no subject before it: X's data
    ("Jambi masuk urutan kelima angka perceraian.\n\nMengutip data Kementerian Agama, "
     "terdapat urutan provinsi dengan perceraian terbanyak.\n\nAdapun posisi lima besar "
     "terdiri atas\n1. Provinsi Aceh dengan total 5.120 kasus\n2. Provinsi Riau dengan "
     "total 4.310 kasus", [[5120, "Kementerian Agama"], [4310, "Kementerian Agama"]]),
])
def test_a_list_after_a_quoted_body_is_the_body_s(body, expected):
    assert _who(body) == expected


def test_a_body_s_data_between_commas_speaks_for_its_sentence():
    body = ("Sebanyak 9 persen anak di Kabupaten Kulon Progo mengalami gizi buruk.\n"
            "Angka itu, berdasarkan data Dinas Kesehatan (Dinkes) Kulon Progo, naik sedikit "
            "dibandingkan tahun sebelumnya yang 8,2 persen.")
    assert [row[0] for row in _who(body) if "Dinkes" in str(row[1])] == [9, 8.2]


@pytest.mark.parametrize(("body", "expected"), [
    # a medium after "Mengutip" still relays: the medium's copy, not its data
    ("Mengutip Reuters, kapal itu membawa 300 ton beras.", [[300, "Reuters"]]),
    # an aside inside a quote belongs to the quote's speaker
    ('"Jumlah itu, berdasarkan data kami, naik 12 persen," kata Rina Oktavia.',
     [[12, "Rina Oktavia"]]),
])
def test_what_the_data_cues_leave_alone(body, expected):
    assert _who(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "Data yang dihimpun dari X, …", "Dihimpun dari data X, …": X's figures
    ("Harga gabah turun pekan ini.\n\nData yang dihimpun dari Dinas Pertanian Kabupaten "
     "Lembah Hijau, luas panen mencapai 12.400 hektare.",
     [[12_400, "Dinas Pertanian Kabupaten Lembah Hijau"]]),
    ("Harga gabah turun pekan ini.\n\nDihimpun dari data Dinas Koperasi Kota Tanjung, jumlah "
     "UMKM baru mencapai 3.150 unit.", [[3150, "Dinas Koperasi Kota Tanjung"]]),
    # an infographic is a document (data/lexicons/mention_words.csv)
    ("Harga gabah turun pekan ini.\n\nMerujuk infografis Dinas Pertanian Kabupaten Lembah "
     "Hijau, luas panen mencapai 12.400 hektare.",
     [[12_400, "Dinas Pertanian Kabupaten Lembah Hijau"]]),
    # … but "dihimpun dari berbagai sumber" names nobody: the outlet's
    ("Harga gabah turun pekan ini.\n\nDihimpun dari berbagai sumber, luas panen mencapai "
     "12.400 hektare.", [[12_400, "X"]]),
])
def test_gathered_data_and_infographics_are_the_body_s(body, expected):
    assert _who(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a "Sumber: X" line closing a list gives the list's figures to X (a body, not a medium)
    ("Harga gabah turun pekan ini.\n\nBerikut luas panen per kecamatan:\n- Kecamatan Utara: "
     "4.100 hektare\n- Kecamatan Selatan: 3.200 hektare\nSumber: Dinas Pertanian Kabupaten "
     "Lembah Hijau\n\nPetani berharap harga naik.",
     [[4100, "Dinas Pertanian Kabupaten Lembah Hijau"],
      [3200, "Dinas Pertanian Kabupaten Lembah Hijau"]]),
    ("Jumlah wisatawan naik.\n\nRinciannya:\n\n1. Pantai Indah 12.400 orang\n\n2. Bukit Hijau "
     "8.150 orang\n\n(Sumber: BPS)", [[12_400, "BPS"], [8150, "BPS"]]),
    # … not a list another speaker gave
    ("Luas panen naik, kata Ahmad Yani, ketua kelompok tani. Ia merinci:\n- Kecamatan Utara: "
     "4.100 hektare\n- Kecamatan Selatan: 3.200 hektare\n\nSumber: Kelompok Tani Makmur",
     [[4100, "Ahmad Yani"], [3200, "Ahmad Yani"]]),
])
def test_a_source_line_closing_a_list_names_whose_list_it_is(body, expected):
    assert _who(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "Data dari X, …" opening a paragraph: X's figures, and the list after yakni
    ("Harga gabah turun pekan ini.\n\nData dari DPKP, luas panen mencapai 12.400 hektare.",
     [[12_400, "DPKP"]]),
    ("Harga kedelai naik.\n\nCatatan dari Dinas Perdagangan Kota Bukit, stok kedelai tinggal "
     "640 ton, yakni Pasar Lama 410 ton dan Pasar Baru 230 ton.",
     [[640, "Dinas Perdagangan Kota Bukit"], [410, "Dinas Perdagangan Kota Bukit"],
      [230, "Dinas Perdagangan Kota Bukit"]]),
    # "Seperti tercatat dalam laporan X, …"
    ("Harga gabah turun pekan ini.\n\nSeperti tercatat dalam laporan Dinas Pertanian "
     "Kabupaten Lembah Hijau, luas panen mencapai 12.400 hektare.",
     [[12_400, "Dinas Pertanian Kabupaten Lembah Hijau"]]),
    # … "data dari lapangan" names nobody
    ("Harga gabah turun pekan ini.\n\nData dari lapangan, luas panen mencapai 12.400 hektare.",
     [[12_400, "X"]]),
])
def test_data_from_a_body_opening_a_paragraph_is_the_body_s(body, expected):
    assert _who(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a capitalised document word before the body's name is no part of the name
    ("Harga naik.\n\nSementara itu berdasarkan Laporan Dinas Perdagangan Kota Bukit, stok "
     "kedelai tinggal 640 ton.", [[640, "Dinas Perdagangan Kota Bukit"]]),
    ("Harga naik.\n\nMengacu pada Data Badan Pangan Nasional, stok beras mencapai 1,2 juta "
     "ton.", [[1_200_000, "Badan Pangan Nasional"]]),
])
def test_a_capitalised_document_word_is_not_the_body_s_name(body, expected):
    assert _who(body) == expected
