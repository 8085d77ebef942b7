"""Round 23g (issue 23, kind 4): denials and disputes without a denial verb — a claim called
unfounded (*tidak memiliki / punya dasar*, *tidak mendasar*, *tidak beralasan*, *tanpa dasar*,
*jauh panggang dari api*; English *far from reality*, *far from the truth*, *cannot be
true*, *do not reflect reality*, rumours judged *baseless*), a denier who first speaks up
(*X angkat bicara dan membantah …*, *Y akhirnya buka suara dan memastikan … hoaks*), and a
faction or a union rejecting a target, an assumption or an amount (*menolak target / asumsi /
besaran …*), and English verbs that reject a claim only with a claim as their object
(*faulted the claim that …*, *rebuffed a group's claim*, *hit back at reports*, *cast doubt
on the figure*, *questioned the figure*; *questioned the suspect* is none). Sentences
written for these tests (other names, numbers and word order than the pages the kinds were
seen on)."""
import pytest

from tests.annotate.test_sources_forms import _denials, extract_attributions_of

# a lead sentence with no statement, so that each body is read in its language
_ID = ("Pemerintah daerah menggelar rapat koordinasi di kantor bupati pada Senin pagi untuk "
       "membahas anggaran. ")
_EN = ("The harvest report for the coming season was presented to parliament on Monday "
       "after a long debate over the figures. ")


@pytest.mark.parametrize(("body", "expected"), [
    ("Menurut Kepala Dinas Perikanan, Yusuf Hamdani, angka 900 kapal yang beredar tidak "
     "memiliki dasar.", [["Yusuf Hamdani", "tidak memiliki dasar"]]),
    ('"Tudingan itu tidak punya dasar," kata Direktur PDAM Tirta Sari, Hendra Wijaya.',
     [["Hendra Wijaya", "tidak punya dasar"]]),
    ("Camat Ngaliyan, Siti Aminah, menilai tuduhan penggelembungan 40 penerima bantuan tidak "
     "mendasar.", [["Siti Aminah", "tidak mendasar"]]),
    ("Ketua Bawaslu Kota Pekalongan, Agus Riyanto, menyebut klaim kecurangan di 12 TPS tanpa "
     "dasar.", [["Agus Riyanto", "tanpa dasar"]]),
    ("Juru bicara Pelindo, Dewi Lestari, mengatakan tuduhan pungutan Rp 2 juta per kontainer "
     "tidak beralasan.", [["Dewi Lestari", "tidak beralasan"]]),
    ("Menurut Sekda Ahmad Yani, klaim 5.000 lapangan kerja itu jauh panggang dari api.",
     [["Ahmad Yani", "jauh panggang dari api"]]),
    # colloquial "not true", a wide difference from another body's data
    ("Kepala Dinas Pertanian Hadi Susilo mengatakan angka 4.000 hektare sawah puso itu tidak "
     "betul.", [["Hadi Susilo", "tidak betul"]]),
    ("Menurut Ketua Apindo Jatim Wahyu Prasetyo, angka itu berbeda jauh dengan data BPS.",
     [["Wahyu Prasetyo", "berbeda jauh"]]),
])
def test_indonesian_claims_called_unfounded(body, expected):
    assert [row[:2] for row in _denials(_ID + body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Port Authority chief Ravi Menon said the figure of 3,000 stranded containers was far "
     "from reality.", [["Ravi Menon", "far from reality"]]),
    ('"That estimate is far from the truth," said Transport Minister Alan Pereira.',
     [["Alan Pereira", "far from the truth"]]),
    ('"It cannot be true," army spokesman Samuel Okafor said of the reported toll of 600.',
     [["Samuel Okafor", "cannot be true"]]),
    ("Union leader Maria Santos said the jobless figures do not reflect reality.",
     [["Maria Santos", "not reflect reality"]]),
    ('"Siemens does not comment on rumours, even absurd or baseless ones," Siemens said in a '
     "statement.", [["Siemens", "absurd"]]),
])
def test_english_claims_called_unfounded(body, expected):
    assert [row[:2] for row in _denials(_EN + body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Kepala Bandara Juanda, Rudy Hartawan, angkat bicara dan membantah kabar 30 penerbangan "
     "dibatalkan.", [["Rudy Hartawan", "membantah"]]),
    ("Kapolsek Tembalang AKP Dedi Kurnia akhirnya buka suara dan memastikan kabar penculikan "
     "tiga siswa itu hoaks.", [["Dedi Kurnia", "hoaks"]]),
    ("Dinas Kominfo Sragen angkat bicara dan menegaskan bahwa klaim tersebut adalah hoaks.",
     [["Dinas Kominfo Sragen", "hoaks"]]),
])
def test_a_denier_who_first_speaks_up(body, expected):
    assert [row[:2] for row in _denials(_ID + body)] == expected


def test_speaking_up_then_saying_credits_the_speaker():
    table = extract_attributions_of(_ID + "Direktur RSUD Kartini, Nila Sari, angkat bicara "
                                    "dan mengatakan 25 pasien sudah pulang.")
    assert "Nila Sari" in set(table["source"])


@pytest.mark.parametrize(("body", "expected"), [
    ("Fraksi Demokrat DPRD Jawa Timur menolak target pajak daerah Rp 20 triliun.",
     [["Fraksi Demokrat DPRD Jawa Timur", "menolak"]]),
    ("Fraksi NasDem menolak asumsi inflasi 2,5 persen dalam rancangan APBN.",
     [["Fraksi NasDem", "menolak"]]),
    ("Persatuan Guru Honorer Garut menolak besaran insentif Rp 300.000 per bulan itu.",
     [["Persatuan Guru Honorer Garut", "menolak"]]),
])
def test_a_target_an_assumption_or_an_amount_rejected(body, expected):
    assert [row[:2] for row in _denials(_ID + body)] == expected


@pytest.mark.parametrize("body", [
    # nothing claimed is called unfounded
    "Ketua RT Slamet mengatakan warga tidak punya dasar untuk khawatir.",
    # a target beside a verdict judges nothing (target counts only after a rejection verb)
    "Menurut Bupati Hasan, penyaluran pupuk tidak tepat waktu sehingga target panen belum "
    "tercapai.",
    "Manajer Koperasi Sinar, Budi Hartono, menyebut target penjualan tahun ini tidak tercapai.",
    # "betul-betul" (really) is no verdict; a difference from last year is no dispute
    "Kepala Sekolah Rina Wati mengatakan 20 siswa itu betul-betul siap ujian.",
    "Menurut Camat Sugeng, hasil panen tahun ini berbeda jauh dengan tahun lalu.",
    # speaking up with no dispute
    "Kepala Sekolah Rina Wati angkat bicara dan mengatakan ujian tetap digelar Senin.",
])
def test_no_denial_without_a_disputed_claim(body):
    assert _denials(_ID + body) == []


@pytest.mark.parametrize("body", [
    "The stadium is far from the city centre, Mayor Helen Cho said.",
    "Mayor Helen Cho said the report of the harbour works was far from complete.",
])
def test_no_english_denial_without_a_verdict(body):
    assert _denials(_EN + body) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Navy officials faulted the claim that 90 sailors were missing.",
     [["Navy officials", "faulted"]]),
    ("Kenya on Tuesday rebuffed a militia's claim that it had downed four helicopters.",
     [["Kenya government", "rebuffed"]]),
    ("Unilever hit back at reports that 3,000 staff would be laid off.",
     [["Unilever", "hit back at"]]),
    ("Governor Lisa Moreau questioned the figure of 70 evictions.",
     [["Lisa Moreau", "questioned"]]),
    ("Health Minister Omar Haddad cast doubt on the estimate of 12,000 cases.",
     [["Omar Haddad", "cast doubt on"]]),
    ("Mark Kowalski, a police spokesman, poured cold water on reports that 60 people were "
     "arrested.",
     [["Mark Kowalski", "poured cold water on"]]),
    ('Minister Kofi Mensah said the report of 300 deaths was "totally false".',
     [["Kofi Mensah", "totally false"]]),
])
def test_english_verbs_that_reject_a_claim(body, expected):
    assert [row[:2] for row in _denials(_EN + body)] == expected


@pytest.mark.parametrize("body", [
    "Inspector Mark Kowalski questioned the suspect for three hours about the 40 stolen cars.",
    "Detective Mark Kowalski questioned 25 people about the figures.",
    "Lawyer Lisa Moreau challenged the ruling on 40 counts.",
    "Coach Omar Haddad downplayed the injury to his 25-year-old striker.",
])
def test_english_verbs_without_a_claim_deny_nothing(body):
    assert _denials(_EN + body) == []
