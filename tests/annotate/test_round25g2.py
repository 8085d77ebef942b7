"""Round 25g, second part (issue 23, kind 4: denials and disputes on any story). Sentences
written for these tests (other names, numbers and word order than the pages the kinds were
seen on).

A market's *koreksi* (a fall of an index, a share, a currency) is a noun, not the headline base
form of *mengoreksi*: an analyst's *koreksi IHSG …* or *koreksi harga emas …* corrects nobody.
A court or a judge that dismisses or rejects a claim rules on it (a suspect's plea, a
plaintiff's claim): no denial, in English or Indonesian; anyone else rejecting a claim still
denies it."""
import pytest

from tests.annotate.test_sources_forms import _denials

_ID = ("Pemerintah daerah menggelar rapat koordinasi di kantor bupati pada Senin pagi untuk "
       "membahas anggaran. ")
_EN = "The city council met on Monday morning to discuss the budget for next year. "


@pytest.mark.parametrize("body", [
    "Kepala riset PT Sinar Sekuritas, Dimas Prakoso, koreksi IHSG dipicu aksi ambil untung "
    "investor asing.",
    "Menurut ekonom Bank Nusantara, Laras Wening, koreksi harga emas hari ini masih wajar.",
    "Analis Mandala Capital, Yogi Pratama, menilai koreksi rupiah terhadap dolar AS bersifat "
    "sementara.",
    "Sementara itu, Ketua Asosiasi Emiten, Bayu Setiadi, koreksi indeks saham sepekan ini "
    "tertahan sentimen global.",
])
def test_a_market_correction_is_no_denial(body):
    assert _denials(_ID + body) == []


@pytest.mark.parametrize(("body", "speaker"), [
    # the base form before a claim still corrects it
    ("BPBD koreksi data korban banjir yang beredar di media sosial.", "BPBD"),
    ("Kementerian Kesehatan mengoreksi angka kematian yang disebut oleh Dinas Kesehatan Kota "
     "Bekasi.", "Kementerian Kesehatan"),
])
def test_a_correction_of_a_claim_stays_a_denial(body, speaker):
    assert [row[0] for row in _denials(_ID + body)] == [speaker]


@pytest.mark.parametrize("body", [
    "The defendant argued that he had never seen the package, but the district court dismissed "
    "the claim.",
    "Judge Maria Santos rejected the claim that the contract had expired in 2019.",
    "The tribunal dismissed the figures submitted by the shipping company.",
    "Majelis hakim menolak klaim terdakwa bahwa uang Rp 2 miliar itu adalah pinjaman.",
])
def test_a_court_ruling_on_a_claim_is_no_denial(body):
    assert _denials((_ID if "hakim" in body else _EN) + body) == []


@pytest.mark.parametrize(("body", "speaker"), [
    ("The ministry of health dismissed the claim that 300 nurses had resigned.",
     "ministry of health"),
    ("Lawyer Daniel Okoro rejected the claim that his client owed 5 million dollars.",
     "Daniel Okoro"),
    ("Kuasa hukum terdakwa, Andi Saputra, menolak klaim jaksa soal kerugian Rp 2 miliar.",
     "Andi Saputra"),
])
def test_anyone_else_rejecting_a_claim_still_denies(body, speaker):
    rows = _denials((_ID if "terdakwa" in body else _EN) + body)
    assert len(rows) == 1 and speaker.lower() in rows[0][0].lower()


# Other stories' headlines listed under a page (*- X Bantah …*, a bullet, Title Case, no full
# stop, beside another such line) are no denial of this page; a fact check's bulleted summary
# (sentences ending in full stops), a single bullet line and the page's own title still are.
_LINE = ("Pemerintah daerah menggelar rapat koordinasi di kantor bupati pada Senin pagi untuk "
         "membahas anggaran.\n")


@pytest.mark.parametrize("body", [
    _LINE + "Editor : Redaksi\n- Harga Cabai Naik Jelang Lebaran di Pasar Induk\n"
    "- Wali Kota Bogor Bantah Isu Pungli di Pasar Induk\n- Dishub Siapkan 40 Bus Mudik Gratis\n",
    _LINE + "Baca Juga:\n- Kapolres Tepis Kabar Penculikan Anak di Sekolah\n"
    "- Banjir Rendam 300 Rumah di Kampung Melayu\n",
    # each headline a paragraph of its own
    _LINE + "\n- Gubernur Resmikan Jembatan Gantung di Lereng Merapi\n\n"
    "- Direktur Rumah Sakit Bantah Tudingan Pasien Ditelantarkan\n",
])
def test_a_denial_among_other_stories_headlines_is_none(body):
    assert _denials(body) == []


@pytest.mark.parametrize(("body", "title", "speaker"), [
    (_LINE + "- Klaim bahwa 12 sekolah diliburkan terbukti tidak benar.\n"
     "- Dinas Pendidikan memastikan kabar itu hoaks.\n", "", "Dinas Pendidikan"),
    (_LINE + "- Wali Kota Bogor Bantah Isu Pungli di Pasar Induk\n", "", "Wali Kota Bogor"),
    (_LINE + "Wali kota menyampaikan hal itu di balai kota.",
     "Wali Kota Bogor Bantah Isu Pungli di Pasar Induk", "Wali Kota Bogor"),
])
def test_the_pages_own_bullets_and_title_still_deny(body, title, speaker):
    assert [row[0] for row in _denials(body, title)] == [speaker]
