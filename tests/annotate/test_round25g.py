"""Round 25g (issue 23, kind 4: denials and disputes on any story). Sentences written for
these tests (other names, numbers and word order than the pages the kinds were seen on).

A plan or a proposal rejected (*menolak rencana …*, *usulan itu ditolak …*) is a dispute only
about a figure: residents refusing a relocation, traders refusing a market's move or a survey's
public rejecting a proposal dispute no claim and no figure; a union rejecting a planned wage
rise, a council rejecting a planned tariff of 15 percent, or a plan whose figure the sentence
before gives (*rencana tersebut*) still do. A decision or a policy rejected stays a dispute."""
import pytest

from tests.annotate.test_sources_forms import _denials, extract_attributions_of

_ID = ("Pemerintah daerah menggelar rapat koordinasi di kantor bupati pada Senin pagi untuk "
       "membahas anggaran. ")


@pytest.mark.parametrize("body", [
    "Sebagian besar warga Desa Sukamaju menolak rencana pembangunan pabrik semen di lereng "
    "bukit.",
    "Namun, usulan pemindahan pasar itu ditolak oleh para pedagang.",
    "Ketua DPRD Kota Bogor, Atang Trisnanto, menolak keras rencana penggusuran pedagang.",
    "Menurut Rina Astuti, mayoritas warga menolak usulan perpanjangan masa jabatan kepala "
    "desa.",
])
def test_a_plan_about_no_figure_is_refused_not_disputed(body):
    assert _denials(_ID + body) == []


@pytest.mark.parametrize(("body", "speaker"), [
    ("Serikat Pekerja Nasional menolak usulan kenaikan upah sebesar 2 persen.",
     "Serikat Pekerja Nasional"),
    ("Rencana kenaikan tarif air sebesar 15 persen itu ditolak oleh Ketua DPRD Kota Bogor, "
     "Atang Trisnanto.", "Atang Trisnanto"),
    ("Apindo menolak rencana pemerintah menaikkan UMP 2026.", "Apindo"),
    ("Forum Guru Honorer menolak rencana pemotongan tunjangan sebesar Rp 500.000 per bulan.",
     "Forum Guru Honorer"),
    # the figure in the sentence before, the plan pointing back at it
    ("Pemkot mengusulkan kenaikan retribusi 20 persen. Namun, rencana tersebut ditolak oleh "
     "Asosiasi Pedagang Pasar.", "Asosiasi Pedagang Pasar"),
    # a decision rejected stays a dispute
    ("KSPI menolak keras keputusan itu.", "KSPI"),
])
def test_a_plan_about_a_figure_and_a_decision_are_disputed(body, speaker):
    assert [row[0] for row in _denials(_ID + body)] == [speaker]


# The page's own verdict (a fact check): a sentence nobody speaks that judges a claim named in
# it false is the outlet's denial, an anonymous row kept only where nobody named denies.

_LEAD = "Beredar pesan berantai di WhatsApp yang menyebut 12 sekolah di Depok diliburkan. "


@pytest.mark.parametrize("body", [
    _LEAD + "Berdasarkan penelusuran, informasi tersebut tidak benar.",
    _LEAD + "Klaim bahwa 12 sekolah di Depok diliburkan itu dipastikan hoaks.",
    "Penyebar hoaks kembali membagikan kabar palsu soal kenaikan tarif tol sebesar 30 persen.",
    # with no agent after "oleh" (round 22g read no speaker, and no row, here)
    "Informasi itu dipastikan hoaks.",
])
def test_the_pages_own_verdict_on_a_claim_is_a_denial(body):
    rows = extract_attributions_of(body)
    rows = rows[rows["verb_class"] == "denial"]
    assert rows[["source", "form", "anonymous"]].values.tolist() == [["X", "verdict", True]]


@pytest.mark.parametrize("body", [
    # a claim judged by a named speaker: their row only
    _LEAD + "Kepala Dinas Pendidikan Depok, Siti Aminah, menegaskan informasi tersebut hoaks.",
    # no claim named: a policy judged, a figure off target
    "Kebijakan yang keliru memperbesar risiko krisis pangan tahun depan.",
    "Sebanyak 14 persen responden menilai bantuan itu belum sepenuhnya tepat sasaran.",
    # a headline repeated in the body, in Title Case
    "Pengacara Sebut Klaim Kerugian Rp 90 Miliar Terhadap Petani Tidak Berdasar",
    # page furniture
    "Isi berita pertama.\n\nBaca juga: Informasi Banjir di Kota Bekasi Dipastikan Hoaks",
])
def test_no_page_verdict_beside_a_speaker_without_a_claim_or_in_furniture(body):
    rows = extract_attributions_of(body)
    rows = rows[rows["verb_class"] == "denial"]
    assert not (rows["source"] == "X").any()


# Speaking up, then a comma and the verb of denial (*X juga angkat bicara, membantah …*): the
# words of speaking up are no subject, as they are before "dan".

@pytest.mark.parametrize(("body", "speaker", "verb"), [
    ("Pemerintah Thailand juga angkat bicara, membantah laporan Reuters soal 200 pengungsi.",
     "Pemerintah Thailand", "membantah"),
    ("Kementerian Kesehatan akhirnya buka suara, menepis kabar 30 pasien meninggal.",
     "Kementerian Kesehatan", "menepis"),
])
def test_speaking_up_then_a_comma_and_a_denial(body, speaker, verb):
    assert [row[:2] for row in _denials(_ID + body)] == [[speaker, verb]]
