"""Round 20b (issue 23, kinds 1-2): figures and items on Indonesian pages of new stories
(tax revenue, tourist arrivals, earthquake damage, school admissions). Sentences written for
the tests."""
import pandas as pd
import pytest

from newsframe.annotate.sources import extract_attributions
from tests.annotate.test_claims import _claimants


def _claims(body: str, columns=("value", "unit", "item")) -> list:
    return _claimants(body, columns=columns)


@pytest.mark.parametrize(("body", "expected"), [
    # round 20b: tourist arrivals are counted in visits, a school's places in seats, a change
    # of a rate in points (data/lexicons/units.csv: kunjungan, kursi, poin)
    ("Sepanjang Maret, wisatawan asing yang datang ke Lombok tercatat 61,7 ribu kunjungan.",
     [[61_700, "visit"]]),
    ("SMPN 4 Sukamaju membuka 224 kursi untuk jalur domisili dan 28 kursi jalur afirmasi.",
     [[224, "seat"], [28, "seat"]]),
    ("Tingkat penghunian kamar hotel di Manado turun 2,15 poin menjadi 44,8 persen.",
     [[2.15, "percentage_point"], [44.8, "percent"]]),
    # … an index's points are no rate's
    ("IHSG ditutup menguat 38,6 poin pada perdagangan Kamis.", [[38.6, "point"]]),
])
def test_visits_seats_and_points_are_units(body, expected):
    assert _claims(body, ("value", "unit")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 20b: a state that goes on a list of damaged things ("dan 127 rusak ringan") counts
    # the noun of the list's first count, not a person named between; the state is its item
    ("Petugas mencatat 41 rumah penduduk rusak berat dan 127 rusak ringan.",
     [[41, "house", "rumah penduduk rusak berat"], [127, "house", "rumah rusak ringan"]]),
    ("Data sementara menyebut 320 rumah rusak berat, 1.045 rusak sedang, dan 2.310 rusak "
     "ringan.", [[320, "house", "rumah rusak berat"], [1045, "house", "rumah rusak sedang"],
                 [2310, "house", "rumah rusak ringan"]]),
    ("Sebanyak 45 sekolah terendam dan 12 rusak berat.",
     [[45, "school", "sekolah terendam"], [12, "school", "sekolah rusak berat"]]),
])
def test_a_state_in_a_list_counts_the_lists_noun(body, expected):
    assert _claims(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 20b: "N kunjungan, atau naik P persen": the change is of what the count counts
    ("BPS mencatat wisman ke Bali pada Mei mencapai 512,4 ribu kunjungan, atau naik 3,71 "
     "persen dibanding Mei tahun lalu.",
     [[512_400, "visit", "kunjungan"], [3.71, "percent", "kunjungan naik"]]),
    # … and "X naik A persen dibanding … N kendaraan, atau naik B persen": the second change
    # is of what the sentence's first change is of
    ("Volume kendaraan yang keluar Bandung naik 6,1 persen dibandingkan libur Natal lalu "
     "yang mencatatkan 84.210 kendaraan, atau naik 9,3 persen dibandingkan lalu lintas "
     "normal.", [[6.1, "percent", "Volume kendaraan yang keluar Bandung naik"],
                 [84_210, "vehicle", "kendaraan"],
                 [9.3, "percent", "Volume kendaraan yang keluar Bandung naik"]]),
    # round 20b: an item's head with the possessive -nya is the noun; an auxiliary (mampu)
    # or an adverb (malah, sebenarnya) before the figure names nothing
    ("Ke depan, pertumbuhannya mampu mencapai 11 persen.", [[11, "percent", "pertumbuhan"]]),
    ("Realisasinya sudah mencapai 97,3 persen.", [[97.3, "percent", "Realisasi"]]),
    ("Harganya Rp 45.000 per kilogram.", [[45_000, "rupiah", "Harga"]]),
    ("Dibanding tahun lalu, sebenarnya terjadi peningkatan 2,2 poin.",
     [[2.2, "percentage_point", "peningkatan"]]),
    # … an adverb in -nya keeps its letters (it is no possessive noun)
    ("Sebelumnya, harga cabai Rp 60.000 per kilogram.", [[60_000, "rupiah", "harga cabai"]]),
])
def test_items_of_changes_and_possessed_nouns(body, expected):
    assert _claims(body) == expected


def test_a_hedge_in_nya_keeps_its_letters():
    # round 20b: "sedikitnya" (at least) is a hedge, no possessive noun: never "Sedikit"
    items = [item for _, item in _claims(
        "Sedikitnya 14 kepala keluarga terdiri dari 51 jiwa di Desa Sukamaju, Kecamatan "
        "Cibeber, memilih mengungsi.", ("value", "item"))]
    assert len(items) == 2 and not any(item.startswith("Sedikit ") for item in items)


@pytest.mark.parametrize(("body", "expected"), [
    # round 20b: a numbered school (SMAN 2, SMPN 7, SMA Negeri 3) is a name, no count
    ("Empat sekolah, yakni SMAN 1, SMAN 3, SMPN 7 dan SMA Negeri 2 Cimahi, menambah 40 kursi.",
     [[4, "school"], [40, "seat"]]),
    ("Di SMKN 4 Kota Serang tersedia 180 kursi.", [[180, "seat"]]),
])
def test_a_numbered_school_is_no_count(body, expected):
    assert _claims(body, ("value", "unit")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 20b: a title, a numbered body and a place the lexicon does not know, then a
    # one-word name between commas: the name is the speaker, not the place
    ('"Sisa kuota dipindah ke jalur daring," ujar Wakil Kepala Kesiswaan SMAN 2 Sukamaju, '
     "Suharti, kepada wartawan di Sukamaju, Rabu.\nPagu awal jalur daring di sekolah itu "
     "adalah 210 kursi, kata dia.", [[210, "Suharti"]]),
    ('"Stok aman," kata Kepala UPT Puskesmas 3 Cibeber, Warsini, saat ditemui.\nStok obat '
     "di gudang ada 400 kotak, kata dia.", [[400, "Warsini"]]),
])
def test_a_one_word_name_after_a_numbered_body_and_its_place(body, expected):
    assert _claims(body, ("value", "claimant")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 20b: a list of places after the sentence naming what is counted ("Disusul Bogor
    # 241 orang, Depok 239 orang"): each count says which place it is of
    ("Calon siswa yang mendaftar paling banyak dari Bekasi. Angkanya 260 orang. Disusul Bogor "
     "241 orang, Depok 239 orang, dan Karawang 81 orang.",
     [[260, "orang"], [241, "orang (Bogor)"], [239, "orang (Depok)"],
      [81, "orang (Karawang)"]]),
    # … a hedge or a sign opening the sentence is no place
    ("Sebanyak 40 orang mengungsi.", [[40, "orang mengungsi"]]),
    # round 20b: where the counted come from (dari and a name) belongs to the item
    ("Peserta dari Cimahi mencapai 1.204 orang.", [[1204, "Peserta dari Cimahi"]]),
    ("Jumlah korban dari Garut mencapai 12 orang.", [[12, "Jumlah korban dari Garut"]]),
    # round 20b: the possessive -nya of an item's head read from the words before it
    ("Bahkan pertumbuhannya diprediksi mampu mencapai 14 persen.", [[14, "pertumbuhan"]]),
])
def test_a_list_of_places_names_each_count(body, expected):
    assert _claims(body, ("value", "item")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 20b: a price's degree alone before a money figure is a price
    ("Beras premium dijual Rp 14.000 per kg. Paling murah Rp 11.500 per kg.",
     [[14_000, "Beras premium"], [11_500, "harga paling murah"]]),
    ("Termahal Rp 16.000 per kg.", [[16_000, "harga termahal"]]),
    ("Harga paling mahal Rp 16.000 per kg.", [[16_000, "Harga paling mahal"]]),
])
def test_a_price_degree_alone_is_a_price(body, expected):
    assert _claims(body, ("value", "item")) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 20b: a suspect, an officer or a perpetrator opening a sentence is no named source
    # (data/lexicons/mention_words.csv group_title) …
    ("Polisi menemukan 9 paket sabu di rumah itu. Tersangka mengaku sabu tersebut dibeli dari "
     "seorang pria di Binjai.", [["Tersangka", True]]),
    ("Petugas mengatakan api berasal dari dapur.", [["Petugas", True]]),
    # … the name after the title is
    ("Tersangka Joni Hasibuan mengaku menyesal.", [["Joni Hasibuan", False]]),
])
def test_a_suspect_or_an_officer_without_a_name_is_anonymous(body, expected):
    articles = pd.DataFrame({"article_id": ["s"], "title": [""], "body": [body],
                             "published": ["2024-05-01"], "outlet": ["X"], "status": ["ok"]})
    found = extract_attributions(articles)
    assert found[["source", "anonymous"]].values.tolist() == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 20b: a time counted in order ("bulan kedua", "pekan ke-3") says when, not what is
    # counted; "hotel berbintang" (starred) is no verb (data/lexicons/noun_lookalikes.csv)
    ("Tingkat hunian hotel periode bulan kedua tahun ini hanya 47,1 persen.",
     [[47.1, "Tingkat hunian hotel"]]),
    ("Okupansi hotel pada pekan ke-3 mencapai 61 persen.", [[61, "Okupansi hotel"]]),
    ("TPK hotel berbintang di Manado pada Mei hanya 38,2 persen.",
     [[38.2, "TPK hotel berbintang"]]),
])
def test_a_time_counted_in_order_is_no_item(body, expected):
    assert _claims(body, ("value", "item")) == expected
