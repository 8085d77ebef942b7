"""Round 22j (issue 23, kind 2): what a money figure counts on Indonesian pages.

Kind 1: a sum of money followed by the purpose it goes to (*Rp 120 miliar dialokasikan untuk
perbaikan drainase*, *Rp5,2 triliun untuk irigasi, Rp3,1 triliun untuk bendungan baru*)
counts that purpose when its own words name nothing (or only *dana*, *anggaran*): the words
after *untuk*/*bagi*/*guna* (the verbs that may stand between are rows ``purpose_verb`` of
data/lexicons/claim_cues.csv; the money heads rows ``money_head``). A list entry's purpose is
no item of the next entry.

Kind 2: a price range whose goods are named after *harga* with a measure and *berkisar
antara* between (*harga kambing per ekor berkisar antara Rp 2,5 juta – Rp 4 juta*) counts
that price: *per* and the measure after it, and *antara*, may stand between.

Sentences written for these tests (other places, numbers and word order than the pages the
kinds were seen on)."""
from tests.annotate.test_claims import _claimants


def _items(body: str) -> list:
    return [row[:3] for row in _claimants(body, columns=("value", "unit", "item"))]


def test_a_sum_opening_its_sentence_counts_what_it_is_allocated_for():
    body = "Sebesar Rp 2 triliun dialokasikan untuk bantuan biaya sekolah siswa SMA."
    assert _items(body) == [[2e12, "rupiah", "bantuan biaya sekolah siswa SMA"]]


def test_every_entry_of_a_budget_list_counts_its_own_purpose():
    body = ("Rinciannya, Rp5,2 triliun untuk irigasi, Rp3,1 triliun untuk bendungan baru, "
            "serta Rp900 miliar untuk pengadaan lahan waduk.")
    assert [row[2] for row in _items(body)] == ["irigasi", "bendungan baru",
                                                "pengadaan lahan waduk"]


def test_a_second_sum_after_and_counts_its_purpose():
    body = ("Sebanyak Rp 120 miliar disiapkan untuk perbaikan drainase dan Rp 80 miliar "
            "untuk pembangunan pasar tradisional.")
    assert [row[2] for row in _items(body)] == ["perbaikan drainase",
                                                "pembangunan pasar tradisional"]


def test_a_bare_money_head_takes_the_purpose_after_it():
    body = "Dana sebesar Rp 70 miliar digunakan untuk renovasi gedung sekolah dasar."
    assert _items(body) == [[7e10, "rupiah", "Dana renovasi gedung sekolah dasar"]]


def test_a_count_after_untuk_is_passed_over():
    body = "Kementerian menyiapkan Rp2,7 triliun untuk 520 km pelebaran jalan provinsi."
    assert [row[2] for row in _items(body) if row[1] == "rupiah"] == [
        "pelebaran jalan provinsi"]


def test_a_sum_its_own_words_name_keeps_that_item():
    body = "Anggaran pendidikan sebesar Rp 40 miliar untuk beasiswa mahasiswa."
    assert _items(body) == [[4e10, "rupiah", "Anggaran pendidikan"]]


def test_a_sum_for_each_recipient_or_a_year_takes_no_purpose():
    for body in ("Setiap keluarga menerima Rp 600.000 untuk setiap bulan.",
                 "Pemda menetapkan Rp 3 miliar untuk tahun 2025."):
        assert all(row[2] not in ("setiap bulan", "tahun") for row in _items(body))


def test_a_price_range_after_harga_per_measure_berkisar_antara():
    body = "Harga kambing per ekor berkisar antara Rp 2,5 juta – Rp 4 juta di pasar hewan itu."
    assert [row[2] for row in _items(body)][0] == "harga kambing"


def test_a_price_range_after_berkisar_antara_counts_the_goods():
    body = "Di Pasar Cibinong, harga cabai rawit berkisar antara Rp 52.000 hingga Rp 58.000."
    assert [row[2] for row in _items(body)][0] == "harga cabai rawit"


def test_a_price_per_measure_berkisar_counts_the_goods():
    body = "Menurut peternak, harga domba per ekor berkisar Rp 3 juta hingga Rp 5 juta."
    assert [row[2] for row in _items(body)][0] == "harga domba"


def test_a_purpose_of_two_nouns_joined_by_dan_is_kept_whole():
    body = "Pemprov menggelontorkan Rp 45 miliar untuk penataan dan perawatan taman kota tahun ini."
    assert _items(body) == [[4.5e10, "rupiah", "penataan dan perawatan taman kota"]]
