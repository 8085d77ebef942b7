"""Round 22c (issue 23, kinds 3 and 6): named sources missed on Indonesian pages — a body
whose data or price panel a sentence cites anywhere in it (not only opening it), and a
person named after a long office whose body (and the rest of the office's own list) stands
between commas, or after an acting title shortened with a full stop (*Plt.*). Sentences
written for the tests."""
import pytest

from newsframe.annotate import mentions
from newsframe.lang import text
from tests.annotate.test_sources_forms import extract_attributions_of


def _sources(body: str) -> list:
    table = extract_attributions_of(body)
    return [s for s, anonymous in zip(table["source"], table["anonymous"], strict=True)
            if not anonymous]


@pytest.mark.parametrize(("body", "source"), [
    # the data cited after the figure, no comma
    ("Jumlah penduduk Kalimantan Timur mencapai 3,9 juta jiwa berdasarkan data Badan Pusat "
     "Statistik (BPS) tahun lalu.", "Badan Pusat Statistik"),
    # "merujuk kepada data X, Y, …" opening the sentence
    ("Merujuk kepada data Direktorat Jenderal Perkebunan, Kementerian Pertanian, produksi "
     "kakao tahun ini mencapai 700 ribu ton.", "Direktorat Jenderal Perkebunan"),
    # "data dari X" opening a clause after the speaker's words
    ("Sementara itu, lanjut Hendro, data dari BPBD Provinsi Sulawesi Barat jumlah korban "
     "luka kini 41 orang.", "BPBD Provinsi Sulawesi Barat"),
    # data received from a body, after the speaker
    ("Korban tewas bertambah menjadi 12 orang, kata Budi, berdasarkan data yang diterima dari "
     "BPBD Kabupaten Garut.", "BPBD Kabupaten Garut"),
    # a body's price panel
    ("Dari pantauan di Panel Harga Badan Pangan Nasional (Bapanas), harga bawang putih naik "
     "menjadi Rp 38.000 per kg.", "Badan Pangan Nasional"),
    ("Pada panel harga pangan Badan Pangan Nasional, Senin (2/9/2024), harga gula naik "
     "menjadi Rp18.000 per kilogram.", "Badan Pangan Nasional"),
])
def test_a_body_whose_data_the_sentence_cites_is_a_source(body, source):
    assert any(source in s for s in _sources(body)), _sources(body)


@pytest.mark.parametrize("body", [
    # having no data from a body is citing nothing
    "Kepala Dinas Sosial mengaku tidak punya data dari Dinas Kesehatan soal itu.",
    # data from a body inside the speaker's quote is the speaker's word
    '"Kami menunggu data dari Dinas Kesehatan," kata Budi Santoso.',
])
def test_data_not_cited_names_no_body(body):
    assert not any("Dinas Kesehatan" in s for s in _sources(body)), _sources(body)


@pytest.mark.parametrize(("body", "person"), [
    # office, the rest of its list, its body between commas, then the name
    ('"Harga beras masih naik," kata Deputi Bidang Neraca, Analisis dan Jasa, BPS, Hartono '
     'dalam jumpa pers, Jakarta, Kamis (1/12).', "Hartono"),
    ('"Stok gula aman," ujar Direktur Pengadaan, Distribusi dan Logistik, Perum Bulog, '
     'Maria Ulfa Hasibuan kepada wartawan.', "Maria Ulfa Hasibuan"),
    # the person speaking first
    ("Kepala Bagian Umum, BPKP, Sari Dewi Lestari mengatakan anggaran turun 5 persen.",
     "Sari Dewi Lestari"),
    # an acting office shortened with a full stop
    ("Hujan deras membuat sungai meluap, ungkap Plt. Kepala Pusat Data, Informasi dan Humas "
     "BMKG, Rina Kartika dalam keterangan tertulis, Senin.", "Rina Kartika"),
])
def test_a_person_named_after_a_long_office_and_its_body_speaks(body, person):
    assert person in _sources(body), _sources(body)


def test_a_list_of_bodies_names_no_person():
    found = mentions.find_mentions("Rapat itu dihadiri Kepala Dinas, BPBD, Basarnas, dan TNI.")
    assert not any(m.kind == "person" and m.name for m in found), found


@pytest.mark.parametrize("title", ["Plt.", "Plh.", "Pj."])
def test_an_acting_title_ends_no_sentence(title):
    body = f"Banjir itu dilaporkan {title} Kepala Dinas Sosial kepada bupati."
    assert len(text.split_sentences(body)) == 1


@pytest.mark.parametrize(("body", "person"), [
    # a vox-pop speaker named between commas after an unnamed role phrase
    ("Menurut salah satu pedagang sayur di Pasar Baru, Joko, harga tomat mulai naik sejak "
     "awal bulan.", "Joko"),
    ('"Kenaikannya mencapai Rp 2.000 per kg," kata salah satu pedagang beras di Pasar '
     'Minggu, Yanto.', "Yanto"),
    ('"Harga naik," kata seorang pedagang, Budi Santoso, dan seorang pembeli.',
     "Budi Santoso"),
    # a complaint after the quote (data/lexicons/attribution_verbs.csv)
    ('"Sekarang satu karung saja susah didapat," keluh Darto, pedagang beras eceran.',
     "Darto"),
])
def test_a_person_named_after_a_role_phrase_speaks(body, person):
    assert person in _sources(body), _sources(body)


@pytest.mark.parametrize(("body", "word"), [
    # a weekday, a place of the lexicon and an address are no name after the role
    ('"Stok aman," kata salah satu warga, Kamis (3/1).', "Kamis"),
    ('"Stok aman," kata seorang petugas di lokasi, Jakarta.', "Jakarta"),
    ('"Naik," kata Kapolda saat memberi keterangan di Stadion Gelora, Kepanjen, Kabupaten '
     'Malang, Minggu (2/10/2022).', "Kepanjen"),
])
def test_no_name_after_a_role_phrase(body, word):
    assert word not in _sources(body), _sources(body)


@pytest.mark.parametrize("body", [
    "Ekspor Kalimantan terbesar berasal dari batu bara dengan nilai US$ 12 miliar atau 40 "
    "persen.",
    "Impor Sumatera pada bulan Mei naik dengan total nilai Rp 3 triliun.",
])
def test_a_value_noun_is_no_headline_verb(body):
    assert _sources(body) == [], _sources(body)


def test_a_headline_base_form_still_speaks_in_a_body():
    assert "Budi Santoso" in _sources("Pengamat ekonomi Budi Santoso nilai kebijakan itu keliru.")
