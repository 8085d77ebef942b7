"""Round 21g (issue 23, kind 6): Indonesian words that are no named source — a period, a
topic or an operation written with capitals (*Periode Tahun*, *Inflasi*, *Barang Pokok*,
*Operasi Zebra*), a reflexive pronoun (*Dirinya*) and a housewife (*ibu rumah tangga*): the
speaker is the person they stand beside, or nobody named. Sentences written for the tests."""
import pytest

from newsframe.annotate import mentions
from tests.annotate.test_sources_forms import extract_attributions_of


def _sources(body: str) -> list:
    table = extract_attributions_of(body)
    return [s for s, anonymous in zip(table["source"], table["anonymous"], strict=True)
            if not anonymous]


@pytest.mark.parametrize(("body", "word"), [
    # a period written with capitals inside the quote, then "ujarnya"
    ('Kapolresta Sukamaju AKBP Hendra Wijaya membeberkan capaian jajarannya.\n'
     '"Sepanjang Periode Tahun 2023, ada 312 perkara yang kami tangani," ujarnya.',
     "Periode"),
    # an operation's name before the speaker's next sentence
    ('Kapolres Sukamaju AKBP Rudi Hartono memimpin operasi itu.\n'
     'Operasi Zebra Candi yang digelar 14 hari itu menjaring 820 pelanggar.\n'
     '"Sebagian besar tidak memakai helm," ujarnya.', "Operasi"),
    # a topic written with capitals after "menurut"
    ("Harga pangan naik 0,4 persen, sedangkan menurut Deflasi tahunan tercatat 1,2 persen.",
     "Deflasi"),
    # a trader of staples: the trade's goods are no name
    ("Pedagang Bahan Pokok di Pasar Sukamaju menyebut harga gula naik Rp 2.000.",
     "Bahan Pokok"),
])
def test_a_topic_or_period_word_is_no_source(body, word):
    assert not any(word in s for s in _sources(body)), _sources(body)


@pytest.mark.parametrize("text", [
    "Periode Tahun 2022", "Inflasi", "Operasi Ketupat Progo", "Barang Pokok"])
def test_a_topic_phrase_is_no_name_mention(text):
    found = mentions.find_mentions(f"Menurut {text} yang berjalan, harga naik.")
    assert not any(m.kind in ("person", "organisation", "unknown") and m.name
                   and text.split()[0] in m.name for m in found), found


@pytest.mark.parametrize(("body", "person"), [
    # a body whose name holds a topic word later still speaks
    ("Tim Pengendalian Inflasi Daerah (TPID) Kota Sukamaju menyebut harga beras stabil.",
     "Tim Pengendalian Inflasi Daerah"),
    ('"Stok aman sampai Lebaran," kata Kepala Bidang Harga Pangan Dinas Perdagangan, '
     'Sri Lestari.', "Sri Lestari"),
])
def test_a_name_holding_a_topic_word_later_stays(body, person):
    assert any(person in s for s in _sources(body)), _sources(body)


@pytest.mark.parametrize(("body", "person", "not_person"), [
    # "Dirinya": the person just named, never a name of its own
    ("Penjual sayur, Dewi Anggraini, mengaku omzetnya turun.\n"
     "Dirinya menyebut hanya laku 20 ikat per hari.", "Dewi Anggraini", "Dirinya"),
    # "ibu rumah tangga" is who the person is, not a name
    ('Salah seorang ibu rumah tangga, Sulastri, mengeluhkan harga beras. "Naiknya '
     'Rp 1.000 sekilo," ujarnya.', "Sulastri", "Rumah Tangga"),
])
def test_a_pronoun_or_a_housewife_is_the_person(body, person, not_person):
    found = _sources(body)
    assert not any(not_person in s for s in found), found
    assert any(person in s for s in found), found


def test_dirinya_mid_sentence_is_no_name():
    body = ("Pemilik warung, Sari Rahayu, mengeluhkan harga gas.\n"
            "Untuk kebutuhan warungnya Dirinya mengaku membeli 6 tabung per pekan.")
    found = _sources(body)
    assert "Dirinya" not in found, found


@pytest.mark.parametrize(("body", "person"), [
    # a name, then a lower-case trade or crowd noun with no comma: one person, named
    ('"Cabai rawit naik jadi Rp 60 ribu," kata Sumiati Handayani pedagang sayur Pasar '
     'Baru, Kamis.', "Sumiati Handayani"),
    ('"Air sudah setinggi lutut," ujar Andreas Lumban warga Kelurahan Sukamaju.',
     "Andreas Lumban"),
])
def test_a_name_then_its_trade_is_the_person(body, person):
    table = extract_attributions_of(body)
    rows = table[["source", "anonymous"]].values.tolist()
    assert [person, False] in rows, rows


@pytest.mark.parametrize(("body", "speaker", "medium"), [
    # "menukil X": the medium the outlet took the words from (as "dilansir X")
    ('"Pasokan beras aman hingga akhir tahun," ucap Hendra Wijaya, menukil Harian Jogja.',
     "Hendra Wijaya", "Harian Jogja"),
    ('Menurut Kepala Dinas Pangan, Ratna Sari, stok cukup untuk tiga bulan, '
     'seperti dinukil dari Tempo.', "Ratna Sari", "Tempo"),
])
def test_menukil_names_the_medium_that_carried_the_words(body, speaker, medium):
    table = extract_attributions_of(body)
    rows = table[["source", "relayed_by"]].values.tolist()
    assert any(s == speaker and medium in r for s, r in rows), rows


@pytest.mark.parametrize(("body", "body_name"), [
    # "Mengutip dari X, …" opening the sentence: the body's data (as "Dikutip dari X, …")
    ("Mengutip dari Kementerian Pertanian, produksi jagung naik 4 persen.",
     "Kementerian Pertanian"),
    ("Mengutip dari Badan Pangan Nasional (Bapanas), harga bawang putih Rp 38.000 per kg.",
     "Badan Pangan Nasional"),
])
def test_mengutip_dari_a_body_is_its_data(body, body_name):
    assert any(body_name in s for s in _sources(body)), extract_attributions_of(body)


@pytest.mark.parametrize(("text", "name"), [
    # a body's fields joined by "dan", then more after a comma: one body, not three phrases
    ("Dinas Pengendalian Penduduk dan Keluarga Berencana, Pemberdayaan Perempuan dan "
     "Perlindungan Anak (DPPKBP3A) Sukamaju mencatat 40 kasus.",
     "Dinas Pengendalian Penduduk dan Keluarga Berencana, Pemberdayaan Perempuan dan "
     "Perlindungan Anak"),
    ("Menurut Dinas Kebudayaan dan Pariwisata, Pemuda dan Olahraga (Disbudparpora) Sukamaju, "
     "kunjungan naik 12 persen.", "Dinas Kebudayaan dan Pariwisata, Pemuda dan Olahraga"),
])
def test_a_body_with_fields_joined_by_dan_and_commas_is_one(text, name):
    found = [m for m in mentions.find_mentions(text) if m.kind == "organisation"]
    assert any(name in m.text for m in found), found
    assert not any(m.text.startswith(("Pemberdayaan", "Pemuda")) for m in found), found


def test_two_bodies_joined_by_dan_stay_two():
    found = mentions.find_mentions(
        "Kementerian Luar Negeri dan Kementerian Pertahanan, Kepolisian dan TNI menggelar rapat.")
    assert not any("Luar Negeri dan Kementerian Pertahanan, Kepolisian" in m.text
                   for m in found), found


@pytest.mark.parametrize("body", [
    # a police officer's degree written without dots (SIK: Sarjana Ilmu Kepolisian)
    'Kapolres Sukamaju AKBP Budi Santoso SIK MH memimpin rilis, Senin.\n'
    '"Ada lima tersangka," katanya.\n'
    'Kapolres Sukamaju menambahkan, petugas menyita 2 kilogram sabu.',
    '"Lima orang kami tahan," ujar Kapolres Sukamaju, AKBP Budi Santoso, SIK, MM.',
])
def test_a_police_degree_after_the_name_is_no_part_of_it(body):
    found = _sources(body)
    assert found and all(s == "Budi Santoso" for s in found), found
