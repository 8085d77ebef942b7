"""Disputes of a claim or a figure in words no single lexicon row holds (round 6b).

Every sentence here is written for these tests (other names, bodies, numbers and word order
than any article read); each kind has sentences it must find and near misses it must not.
"""

import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsframe.annotate import sources
from newsframe.annotate.disputes import find_dispute


def _kind(sentence: str, before: str = "") -> tuple[str, str] | None:
    text = (before + " " if before else "") + sentence
    start = len(before) + 1 if before else 0
    cue = find_dispute(text, start, len(text), (0, len(before)) if before else None)
    return None if cue is None else (cue.kind, " ".join(cue.words.split()).lower())


def _denials(body: str) -> list:
    table = sources.extract_attributions(pd.DataFrame(
        {"article_id": ["d"], "outlet": ["X"], "title": [""], "body": [body]}))
    rows = table[table["verb_class"] == "denial"]
    return rows[["source", "verb", "form"]].values.tolist()


@pytest.mark.parametrize(("sentence", "expected"), [
    # a negated predicate in any register: the negators and the predicates are listed once
    ("Menurut dia, data kunjungan wisata itu ndak benar.", ("negated", "ndak benar")),
    ("Angka produksi garam itu tak sesuai realita petambak.",
     ("negated", "tak sesuai realita")),
    ("Saya belum yakin dengan angka penurunan pengangguran itu.",
     ("negated", "belum yakin dengan")),
    ("Jumlah penerima bantuan 12.000 keluarga kurang akurat.", ("negated", "kurang akurat")),
    ("Hasil panen jagung tidak seperti yang selama ini diklaim dinas.",
     ("negated", "tidak seperti yang")),
    ("Angka pengangguran versi dinas tidak mencerminkan kondisi riil di desa.",
     ("negated", "tidak mencerminkan")),
    ("Menurut ketua koperasi, data stok pupuk itu ngawur.", ("verdict", "ngawur")),
    ("Polisi menyita 300 lembar uang palsu.", None),
    ("Target ekspor 9 persen yang diklaim dinas terlalu optimistis.",
     ("judgement", "terlalu optimistis")),
    # ... a double negation grants the claim; "tidak benar-benar" judges no claim
    ("Bukan hal yang tidak masuk akal bila jumlahnya mencapai 9.000 orang.", None),
    ("Jembatan itu tidak benar-benar ambruk, kata data dinas.", None),
    # a verdict word judges a claim or a figure
    ("Angka itu hasil salah hitung petugas kecamatan.", ("verdict", "salah hitung")),
    ("Ada kesalahan pencatatan sehingga muncul 310 korban.",
     ("verdict", "kesalahan pencatatan")),
    ("Jumlah pengungsi itu dibesar-besarkan oleh relawan.", ("verdict", "dibesar-besarkan")),
    # an evaluative word disputes only a claim, not a rise or a price
    ("Kalau diklaim sampai dua juta pengunjung, itu berlebihanlah.",
     ("judgement", "berlebihanlah")),
    ("Menurut saya angka pengangguran versi pemerintah janggal.", ("judgement", "janggal")),
    ("Kenaikan ongkos angkut tahun ini berlebihan.", None),
    # a correction opening its clause, with a figure or a claim
    ("Namun, faktanya pemudik yang lewat tol hanya 40 ribu kendaraan.",
     ("correction", "faktanya")),
    ("Menurut dia, yang benar biaya renovasi gedung itu Rp 300 juta.",
     ("correction", "yang benar")),
    ("Dinas meminta waktu untuk mencari data yang benar.", None),
    ("Korban yang dirawat sebenarnya hanya 12 orang.", ("corrected", "sebenarnya hanya")),
    ("Kami ingin meluruskan kabar soal biaya pelatihan itu.",
     ("clarification", "meluruskan")),
    ("Polisi mengklarifikasi tiga saksi kemarin.", None),
    # a figure set against another's: an owned claim, an estimate, the facts on the ground
    ("Angka itu jauh lebih rendah dari data yang dirilis Lembaga Kajian Pesisir.",
     ("comparison", "jauh lebih rendah")),
    ("Jumlah penonton diperkirakan jauh di bawah klaim penyelenggara.",
     ("comparison", "jauh di bawah")),
    ("Data kementerian berbeda dengan kenyataan di lapangan.", ("comparison", "berbeda")),
    ("Jumlah wisatawan tahun ini lebih tinggi dari data tahun lalu.", None),
    ("Harga beras lebih tinggi dari harga eceran tertinggi.", None),
    # a verdict pointing back takes the object of the sentence before
    ("Nggak benar itu.", None),
    # round 10a: a negator with an enclitic; a modal between the negator and the predicate;
    # predicates that judge only a claim or a demand (not a bare figure)
    ("Kabar soal penutupan gudang beras di pelabuhan itu tidaklah benar.",
     ("negated", "tidaklah benar")),
    ("Permintaan tambahan kuota 40 persen itu bukanlah hal baru.", None),
    ("Tuntutan serikat agar gaji naik 20 persen sangat tidak bisa dipertanggungjawabkan.",
     ("negated", "tidak bisa dipertanggungjawabkan")),
    ("Usulan tarif baru dari asosiasi itu tak dapat diterima.",
     ("negated", "tak dapat diterima")),
    ("Dana hibah Rp 3 miliar itu tidak dapat dipertanggungjawabkan bendahara.", None),
    ("Paket kiriman itu tidak dapat diterima karena alamatnya salah tulis.", None),
    # a verdict as a noun
    ("Ketidakakuratan data penerima beasiswa mencapai 30 persen.",
     ("verdict", "ketidakakuratan")),
    # a negator or a waiver before a verdict or a judgement grants the claim or only asks
    ("Bupati meminta selisih angka korban itu tidak usah dibesar-besarkan.", None),
    ("Jangan dilebih-lebihkan, jumlah tamu hanya 300 orang.", None),
    ("Data sensus penduduk itu tidak diragukan lagi.", None),
    ("Klaim 2.000 peserta itu tidak berlebihan.", None),
    ("Data sensus penduduk dari dinas itu diragukan banyak pihak.",
     ("judgement", "diragukan")),
    ("Angka korban itu dibesar-besarkan.", ("verdict", "dibesar-besarkan")),
    ("Laporan soal 40 kapal hilang itu tidak sepenuhnya benar.",
     ("negated", "tidak sepenuhnya benar")),
    ("Menurut dia, data penerima bantuan dari kelurahan itu asal-asalan.",
     ("judgement", "asal-asalan")),
    ("Pekerjaan tukang itu asal-asalan.", None),
])
def test_each_kind_of_dispute(sentence, expected):
    assert _kind(sentence) == expected


def test_a_verdict_pointing_back_takes_the_object_before_it():
    before = "Katanya stok gula di gudang tinggal 800 ton."
    assert _kind("Enggak benar itu.", before) == ("negated", "enggak benar")
    assert _kind("Enggak benar itu.", "Kami sudah rapat sejak pagi.") is None


@pytest.mark.parametrize(("body", "expected"), [
    # in a statement's own words: the speaker disputes
    ('Ada kabar stok gula tinggal 800 ton. "Enggak benar itu," kata Rina Wati.',
     [["Rina Wati", "enggak benar", "verdict"]]),
    ("Ketua Panitia Rudi Hartono menyebut pesertanya lima juta orang.\n"
     "Namun, Polres Sukamaju memperkirakan jumlah peserta jauh di bawah klaim panitia.",
     [["Polres Sukamaju", "jauh di bawah", "verdict"]]),
    ('"Jumlah pengangguran dari BPS, kata dia, jauh lebih kecil dari data yang dikeluarkan '
     'Organisasi Buruh Dunia," ujar ekonom Tono Hadi.',
     [["Tono Hadi", "jauh lebih kecil", "verdict"]]),
    # a comparison merely continuing a statement, or with the speaker's own figure, is none
    ("Dinas Perikanan Sukamaju mencatat tangkapan 4.000 ton.\n"
     "Data ini lebih kecil dari data Himpunan Nelayan yang mencatat 6.500 ton.", []),
    ("Badan Riset Sukamaju menyebut 9.000 kapal.\n"
     "Angka itu lebih tinggi daripada angka yang dipaparkan Dinas Perhubungan Sukamaju.", []),
    # doubting and questioning in the passive, with a claim as subject; doubting as a verb
    ("Data kemiskinan itu dipertanyakan oleh Serikat Petani Sukamaju.",
     [["Serikat Petani Sukamaju", "dipertanyakan", "passive"]]),
    ("Angka penerima bantuan 9.000 keluarga diragukan Lembaga Kajian Desa.",
     [["Lembaga Kajian Desa", "diragukan", "passive"]]),
    ("Permohonan izin itu dipertanyakan oleh Camat Sukamaju Rudi Hartono.", []),
    ("Tono Hadi menyangsikan capaian 5 persen itu.", [["Tono Hadi", "menyangsikan", "pre_verb"]]),
    # disbelief and doubt as the speaker's own predicate, with a claim as object
    ("Wakil Ketua DPRD Sukamaju Rudi Hartono juga tidak percaya dengan data kemiskinan dari "
     "dinas.", [["Rudi Hartono", "tidak percaya", "pre_verb"]]),
    ("Ketua Serikat Nelayan Budi Santoso ragu dengan angka tangkapan versi dinas.",
     [["Budi Santoso", "ragu", "pre_verb"]]),
    ("Asosiasi Petani Sukamaju mempersoalkan data luas panen dari kementerian.",
     [["Asosiasi Petani Sukamaju", "mempersoalkan", "pre_verb"]]),
    ("Warga bernama Ani Lestari tidak percaya anaknya hilang.", []),
    ("Asosiasi Petani Sukamaju menggugat perusahaan itu ke pengadilan.", []),
    # a passive's agent: a bare title joined to a named person's title
    ("Klaim itu dibantah pengamat cum dosen Universitas Sukamaju, Dr Andi Wijaya.",
     [["Andi Wijaya", "dibantah", "passive"]]),
    ("Klaim itu dibantah peneliti cum dosen Universitas Sukamaju (Unsuk), Cirebon, Dr Budiman.",
     [["Budiman", "dibantah", "passive"]]),
    # round 10a: criticising or sneering at a claim (not at a policy) disputes it
    ("Anggota DPRD Rina Wati mengkritik data kemiskinan yang dirilis dinas.",
     [["Rina Wati", "mengkritik", "pre_verb"]]),
    ("Sebelumnya, mantan Kepala Dinas Pertanian Andi Wijaya mencibir angka luas panen itu.",
     [["Andi Wijaya", "mencibir", "pre_verb"]]),
    ("Anggota DPRD Rina Wati mengkritik kebijakan parkir di pasar.", []),
    # a denial the reporter relays as hearsay (disebut, dikabarkan, dilaporkan) is the
    # speaker's
    ("Rina Wati disebut telah membantah angka 9.000 pengungsi itu.",
     [["Rina Wati", "membantah", "pre_verb"]]),
    ("Koperasi Nelayan Sukamaju dikabarkan menepis laporan soal 40 kapal yang hilang.",
     [["Koperasi Nelayan Sukamaju", "menepis", "pre_verb"]]),
    # a union's or an employers' body's verdict on a demand
    ('"Tuntutan kenaikan upah 15 persen itu tidak dapat diterima," kata Ketua Himpunan '
     "Pengusaha Sukamaju Dewi Lestari.", [["Dewi Lestari", "tidak dapat diterima", "verdict"]]),
    ("Direktur PT Sinar Laut Tono Hadi menyatakan kabar penutupan pabrik di Sukamaju tidaklah "
     "benar.", [["Tono Hadi", "tidaklah benar", "verdict"]]),
    ("Bupati Sukamaju Tono Hadi meminta selisih data korban itu tidak usah dibesar-besarkan.",
     []),
    # a second speaker joining an earlier denial denies too; without an earlier denial by
    # somebody else, a fact denied is only a statement
    ("Dinas Sosial Sukamaju membantah kabar 300 warga mengungsi. Senada, Camat Sukamaju Tono "
     "Hadi juga memastikan tidak ada warga yang mengungsi.",
     [["Dinas Sosial Sukamaju", "membantah", "pre_verb"], ["Tono Hadi", "tidak ada", "verdict"]]),
    ("Camat Sukamaju Tono Hadi juga memastikan tidak ada warga yang mengungsi.", []),
    # "kedua negara" (both countries) means the pair of states just joined by "dan": both
    # deny; states merely named near each other, or the last two of a list, are no pair
    ("Jepang menuduh Iran dan Venezuela memperdagangkan 300 drone. Kedua negara membantah "
     "tuduhan itu.", [["Venezuela government", "membantah", "pre_verb"],
                      ["Iran government", "membantah", "pre_verb"]]),
    ("Jepang menuduh Iran dan Venezuela memperdagangkan 300 drone. Tuduhan itu dibantah oleh "
     "kedua negara.", [["Venezuela government", "dibantah", "passive"],
                       ["Iran government", "dibantah", "passive"]]),
    ("Jepang menuduh Iran menjual 300 drone ke Venezuela. Kedua negara membantah tuduhan itu.",
     []),
    ("Pejabat Jepang, Kanada, dan Australia menuduh Iran menjual 300 drone. Kedua negara "
     "membantah tuduhan itu.", []),
    ("Tudingan soal 40 kapal hilang itu ditampik oleh Koperasi Nelayan Sukamaju.",
     [["Koperasi Nelayan Sukamaju", "ditampik", "passive"]]),
    ("Rina Wati membantah kabar itu. Ia juga memastikan tidak ada PHK.",
     [["Rina Wati", "membantah", "pre_verb"]]),
])
def test_disputes_in_the_attribution_table(body, expected):
    assert [r for r in _denials(body) if r[2] != "pre_verb" or r[1] != "mencatat"] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # whose claim is disputed, where the sentence names it after a claim word
    ("Dinas Kesehatan Sukamaju mengoreksi data yang disampaikan Bupati Sukamaju.",
     [["Dinas Kesehatan Sukamaju", "Bupati Sukamaju"]]),
    ('"Data Dinas Pertanian itu keliru," kata Ketua Kelompok Tani Andi Wijaya.',
     [["Andi Wijaya", "Dinas Pertanian"]]),
    ("Organisasi Nelayan Pesisir menepis laporan dari pihak Basarnas soal 40 korban.",
     [["Organisasi Nelayan Pesisir", "Basarnas"]]),
    # pemalsuan data oleh X names an actor; a medium relaying the statement owns nothing
    ("Rina Wati menilai klaim pemalsuan data oleh Dinas Sosial tidak berdasar.",
     [["Rina Wati", ""]]),
    ('"Angka itu tidak akurat," kata Rudi Hartono dalam wawancara dengan kantor berita '
     "Antara.", [["Rudi Hartono", ""]]),
    # no owner named, or the speaker's own data: none
    ("Rina Wati membantah kabar tersebut.", [["Rina Wati", ""]]),
    ('"Data Dinas Pertanian tidak salah hitung," kata Kepala Dinas Pertanian.', []),
])
def test_whose_claim_a_dispute_disputes(body, expected):
    table = sources.extract_attributions(pd.DataFrame(
        {"article_id": ["d"], "outlet": ["X"], "title": [""], "body": [body]}))
    denials = table[table["verb_class"] == "denial"]
    assert denials[["source", "disputed"]].values.tolist() == expected
    assert (table.loc[table["verb_class"] != "denial", "disputed"] == "").all()


_DISPUTE_WORDS = ["Data", "itu", "keliru", "hoaks", "tidak", "benar", "berlebihan", "faktanya",
                  "sebenarnya hanya", "meluruskan", "klaim", "jauh", "lebih tinggi", "dari",
                  "data", "Pemda", "angka", "1.200", "enggak", ",", " ", "(", "-", "lah",
                  "jumlah", "yang bilang", "Sukamaju", "tidaklah", "usah", "bisa",
                  "dipertanggungjawabkan", "tuntutan", "diragukan", "dapat diterima"]


@given(st.lists(st.sampled_from(_DISPUTE_WORDS), max_size=20), st.booleans())
@settings(max_examples=300, deadline=None)
def test_the_gate_of_opening_words_gives_up_only_sentences_without_a_dispute(words, own):
    from newsframe.annotate import disputes

    sentence = " ".join(words)
    gated = find_dispute(sentence, 0, len(sentence), own_words=own)
    patterns = disputes._patterns()
    gate = patterns["any_cue"]
    patterns["any_cue"] = re.compile("")  # every sentence searched kind by kind
    try:
        plain = find_dispute(sentence, 0, len(sentence), own_words=own)
    finally:
        patterns["any_cue"] = gate
    assert gated == plain


# round 12d: kinds read on new real pages (denials of rumours, hoaxes, corrected figures)
@pytest.mark.parametrize(("sentence", "before", "expected"), [
    # "does not mean" before a verdict denies the verdict: no dispute
    ("Selisih dua data itu bukan berarti angka dinas keliru.", "", None),
    ("Beda hasil survei itu tidak berarti lembaganya tidak kredibel.", "", None),
    # a corrected figure right after "yang benar / yang sebenarnya", inside a clause
    ("Jumlah penumpang yang benar 86 orang.", "", ("correction", "yang benar")),
    ("Korban luka yang sebenarnya hanya 14 orang.", "", ("correction", "yang sebenarnya")),
    ("Kami selalu memakai data yang benar.", "", None),
    # "not that many": a negated equative against a figure said before, or a report
    ("Dari pengecekan kami, ternyata tidak sebanyak itu.",
     "Ada data yang menyebut 900 keluarga terdampak.", ("negated", "tidak sebanyak itu")),
    ("Jumlah pengungsi di balai desa tidak sebanyak yang diberitakan.", "",
     ("negated", "tidak sebanyak yang diberitakan")),
    ("Panen cengkih tahun ini tidak sebanyak tahun lalu.", "", None),
    ("Kami rapat sampai sore, ternyata tidak sebanyak itu.", "Hujan turun sejak pagi.", None),
    # a fabrication; "rekayasa lalu lintas" (traffic engineering) judges nothing
    ("Menurut kementerian, laporan 70 kapal itu hasil rekayasa.", "",
     ("verdict", "hasil rekayasa")),
    ("Polisi memberlakukan rekayasa lalu lintas bagi 2.000 kendaraan.", "", None),
    # "not proven" judges a claim, never a bare figure
    ("Tuduhan penimbunan 50 ton gula itu tidak terbukti.", "", ("negated", "tidak terbukti")),
    ("Dua pasien di Sukamaju tidak terbukti positif.", "", None),
    # a fact denied beside a rumour denies the rumour; "tidak ada kabar dari …" is news missing
    ("Perusahaan menegaskan tidak ada pemangkasan upah bagi 800 buruhnya, seperti yang ramai "
     "diberitakan.", "", ("denied_rumour", "tidak ada")),
    ("Hingga kini tidak ada kabar dari dua nelayan itu.", "", None),
    ("Ia memastikan tidak ada korban jiwa dalam banjir itu.", "", None),
])
def test_round_12d_kinds_of_dispute(sentence, before, expected):
    assert _kind(sentence, before) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # setting a report straight is a denial when what is set straight is a claim
    ("Polres Sukamaju mengklarifikasi kabar soal 9 tahanan yang kabur.",
     [["Polres Sukamaju", "mengklarifikasi", "pre_verb"]]),
    ("Dinas Pendidikan Sukamaju meluruskan informasi tentang 30 sekolah yang ditutup.",
     [["Dinas Pendidikan Sukamaju", "meluruskan", "pre_verb"]]),
    ("Penyidik Polres Sukamaju mengklarifikasi tiga saksi pada Senin.", []),
    # a verdict in a sentence that a later speaker's denial also covers is still its own
    # speaker's
    ("Kepala Humas Dinas Sosial Sukamaju, Rina Wati, mengatakan kabar itu dipastikan hoaks. "
     "Hal itu juga dibantah oleh Ketua Paguyuban Pedagang Pasar, Tono Hadi.",
     [["Rina Wati", "hoaks", "verdict"], ["Tono Hadi", "dibantah", "passive"]]),
    # a ticket of two names inside an office: the person after the comma holds it
    ("Isu itu dibantah oleh Sekretaris Tim Kampanye Nasional Prabowo-Gibran, Bambang Wicaksono.",
     [["Bambang Wicaksono", "dibantah", "passive"]]),
    # a concessive opening (biarpun, walau, kendatipun) names nobody
    ("Biarpun berbeda pandangan, Kepala BPS Sukamaju Tono Hadi tidak mempersoalkan data "
     "pemkab.", []),
    # a company's statement denying a rumoured fact
    ("PT Cahaya Samudra dalam siaran persnya menegaskan tidak ada pemangkasan upah bagi 800 "
     "buruhnya, seperti yang ramai diberitakan.",
     [["PT Cahaya Samudra", "tidak ada", "verdict"]]),
    # English: calling a claim false; a medium relaying the words does not speak them
    ("Officials in Lowetown called the claims of 3,000 evictions groundless, according to the "
     "state broadcaster, as reported by AFP. Evictions began in May.",
     [["Officials in Lowetown", "groundless", "verdict"]]),
    ("The mayor of Lowetown called the report useful on Monday. She promised 40 new buses.",
     []),
    # a quote paragraph of its own: the speaker where its run closes, or the one just before
    ("The denial came in a statement signed by the council's spokeswoman, Mary Osei.\n\n"
     '"The number of 500 displaced families being circulated is false.\n\n'
     '"Residents should ignore these reports," she said.',
     [["Mary Osei", "is false", "verdict"]]),
    ("Kepala Polres Sukamaju, Budi Santosa, mengatakan pencarian masih berlanjut pada Kamis."
     "\n\n\u201cAngka 80 korban yang beredar di media sosial itu tidak benar.\u201d",
     [["Budi Santosa", "tidak benar", "verdict"]]),
    ("Kepala Polres Sukamaju, Budi Santosa, mengatakan pencarian masih berlanjut pada Kamis."
     "\n\n\u201cKami mengerahkan 80 personel ke lokasi.\u201d", []),
    # negations that deny no claim stay unflagged
    ("Kepala BPBD Sukamaju Rina Wati memastikan tidak ada korban jiwa dalam banjir itu.", []),
    ("Menurut Rina Wati, belum ada laporan warga yang hilang hingga Senin.", []),
])
def test_round_12d_denials_in_the_attribution_table(body, expected):
    assert _denials(body) == expected


def test_an_english_statement_issued_by_a_speaker_gives_its_quotes_a_speaker():
    body = ("The denial is contained in a statement released in Lowetown on Friday by the "
            "Lowetown Harbour Authority.\n\n\u201cThe number of 70 sunken boats being shared "
            "online is misleading.\u201d")
    assert _denials(body) == [["Lowetown Harbour Authority", "misleading", "verdict"]]


def _denial_rows(body: str, title: str = "") -> list:
    """[source, verb, anonymous] of every denial row of one article."""
    table = sources.extract_attributions(pd.DataFrame(
        {"article_id": ["d"], "outlet": ["X"], "title": [title], "body": [body]}))
    rows = table[table["verb_class"] == "denial"]
    return rows[["source", "verb", "anonymous"]].values.tolist()


@pytest.mark.parametrize(("body", "title", "expected"), [
    # round 18d: a denial whose only speaker is a body's common noun, nobody named before
    ("Kabar pemangkasan 250 pekerja di pabrik sepatu itu beredar sejak pekan lalu. Kabar itu "
     "dibantah pihak perusahaan.", "", [["perusahaan", "dibantah", True]]),
    ("Warga Lembah Hijau dihebohkan pesan tentang 14 korban tewas di jembatan gantung. "
     "Kepolisian membantah kabar tersebut.", "", [["kepolisian", "membantah", True]]),
    ("Sebanyak 30 pekerja kontrak tidak diperpanjang kontraknya tahun ini.", "Perusahaan Bantah "
     "Pangkas 250 Pekerja", [["perusahaan", "bantah", True]]),
    # ... a named body is read as before; a bare noun that does not deny makes no row
    ("Polres Lembah Hijau membantah kabar 14 korban tewas di jembatan gantung itu.", "",
     [["Polres Lembah Hijau", "membantah", False]]),
    ("Kepolisian mencatat 14 orang terluka dalam kecelakaan itu.", "", []),
    ("Kepolisian tidak membantah kabar 14 korban tewas di jembatan itu.", "", []),
])
def test_round_18d_a_body_nobody_named_denies(body, title, expected):
    assert _denial_rows(body, title) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 18d: what a post, a message or "info" claims (denial_objects.csv) may be judged
    # false, also in the first sentence of a quote whose speaker is named after it ends
    ("Kapolsek Sukamaju Iptu Bayu Pratama memastikan pihaknya sudah menyisir lokasi.\n"
     "\"Info dalam pesan suara itu tidak benar. Kami sudah cek ke tiga desa,\" kata Kapolsek, "
     "Senin (4/3).", [["Bayu Pratama", "tidak benar", "verdict"]]),
    ("Menurut Kepala Dinas Sosial Rahmi Anggraini, narasi dalam unggahan akun itu hoaks.",
     [["Rahmi Anggraini", "hoaks", "verdict"]]),
    ("Menurut Kepala Dinas Sosial Rahmi Anggraini, tidak ada info tambahan dari 12 keluarga "
     "itu.", []),
    # a union rejecting a minimum wage: the wage set by a decree is a proposal it disputes
    ("Serikat Buruh Lembah Hijau menolak UMK 2025 yang hanya naik 2,5 persen.",
     [["Serikat Buruh Lembah Hijau", "menolak", "pre_verb"]]),
    ("Gubernur Lembah Hijau menetapkan UMP 2025 naik 6,5 persen.", []),
    ("Ratusan buruh menolak untuk bekerja lembur pada hari libur.", []),
])
def test_round_18d_kinds_of_claim_denied(body, expected):
    assert _denials(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 18d: English verbs that call a claim false like "called" (attribution_verbs.csv)
    ("Opposition leaders in Lowetown had claimed that 2,000 people died in the floods. The "
     "provincial governor Mary Osei labelled the reports baseless on Monday.",
     [["Mary Osei", "baseless", "verdict"]]),
    ("Opposition leaders in Lowetown had claimed that 2,000 people died in the floods. The "
     "provincial governor Mary Osei termed their claim as false and misleading.",
     [["Mary Osei", "misleading", "verdict"]]),
    ("Volunteers in Lowetown packed 2,000 boxes of food for the flood victims. The governor "
     "Mary Osei labelled the boxes with the names of 40 villages.", []),
])
def test_round_18d_english_verbs_that_call_a_claim_false(body, expected):
    assert _denials(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 18d: the owner of the words judged (a relative clause: "apa yang dikatakan Y",
    # "what Y said") is not the one who judges them false when another speaks in the sentence
    ("Kepala Dinas Kesehatan Rina Wulandari menegaskan apa yang dikatakan Budi Santoso soal "
     "300 kasus tidak benar.", [["Rina Wulandari", "tidak benar", "verdict"]]),
    ("Menurut Kepala Dinas Kesehatan Rina Wulandari, apa yang disampaikan Budi Santoso soal "
     "300 kasus itu tidak benar.", [["Rina Wulandari", "tidak benar", "verdict"]]),
    ("The opposition leader had claimed 4,000 deaths in the province last week. Health "
     "Minister Ravi Kumar asserted that what Mr. Sen said was false and misleading, and asked "
     "him for evidence.", [["Ravi Kumar", "was false", "verdict"]]),
    # ... nobody else in the sentence: the row stays where it was
    ("Apa yang disampaikan Budi Santoso soal 300 kasus itu tidak benar.",
     [["Budi Santoso", "tidak benar", "verdict"]]),
])
def test_round_18d_a_verdict_on_what_another_said(body, expected):
    assert _denials(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 18d: a denial named as what is said (denial_cues.csv kind denial_noun)
    ("Beredar kabar 300 warga keracunan nasi kotak di Sukamaju. Bantahan itu disampaikan "
     "Kepala Dinas Kesehatan Sukamaju Rahmat Hidayat, Senin (4/3/2024).",
     [["Rahmat Hidayat", "disampaikan", "passive"]]),
    ("Kepala Dinas Kesehatan Sukamaju Rahmat Hidayat menyampaikan sanggahan atas kabar 300 "
     "warga keracunan itu.", [["Rahmat Hidayat", "menyampaikan", "pre_verb"]]),
    # ... not another statement, nor a denial judged by someone else
    ("Pernyataan itu disampaikan Kepala Dinas Kesehatan Sukamaju Rahmat Hidayat di kantornya.",
     []),
    ("Kepala Dinas Kesehatan Sukamaju Rahmat Hidayat menyampaikan bahwa bantahan itu keliru.",
     []),
])
def test_round_18d_a_denial_named_as_what_is_said(body, expected):
    assert _denials(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 18d: "keberatan" disputes a claim as its object (attribution_verbs.csv)
    ("Serikat Pekerja Lembah Hijau keberatan dengan angka kenaikan UMK 1,5 persen yang "
     "ditetapkan gubernur.", [["Serikat Pekerja Lembah Hijau", "keberatan", "pre_verb"]]),
    ("Sebagian warga keberatan jika direlokasi, ujar Camat Lembah Hijau Rina Marlina.", []),
    ("Ketua RT 05 Budi Hartono keberatan dengan rencana relokasi 40 keluarga ke rusunawa.", []),
    # round 18d: a verdict opening a quote points at what the quote goes on to say
    ('"Itu hoaks. Tidak ada 70 rumah yang hanyut," tegas Kepala BPBD Lembah Hijau Ade Rukmana.',
     [["Ade Rukmana", "hoaks", "verdict"]]),
    ("Kepala BPBD Lembah Hijau Ade Rukmana meninjau lokasi banjir.\n"
     '"Itu tidak benar. Kami akan melapor ke polisi," kata Ade.', []),
])
def test_round_18d_objections_and_a_quote_opening_verdict(body, expected):
    assert _denials(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 18d: one denial row per agent of a passive (*dibantah oleh A dan B*)
    ("Tudingan pengiriman 8.000 kontainer itu telah dibantah oleh Pyongyang dan Moskow.",
     [["North Korea government", "dibantah", "passive"], ["Russia government", "dibantah",
                                                         "passive"]]),
    ("Kabar itu dibantah oleh Polres Sukamaju maupun Dinas Kesehatan Sukamaju.",
     [["Polres Sukamaju", "dibantah", "passive"],
      ["Dinas Kesehatan Sukamaju", "dibantah", "passive"]]),
    ("Kabar itu disampaikan oleh Rina Wati dan Budi Santoso.", []),
    # round 18d: a denial relayed as the clause a reporting verb introduces
    ("Juru bicara Kemlu Rina Hartati menyebut Korea Utara telah membantah laporan pengiriman "
     "2.000 kontainer itu.", [["North Korea government", "membantah", "pre_verb"]]),
    ("Kepala Dinas Kesehatan Agus Salim mengatakan Kemenkes membantah angka 900 kasus itu.",
     [["Kemenkes", "membantah", "pre_verb"]]),
    ("Kepala Dinas Kesehatan Agus Salim mengatakan Kemenkes mencatat 900 kasus tahun ini.", []),
])
def test_round_18d_joined_agents_and_relayed_denials(body, expected):
    assert _denials(body) == expected


@pytest.mark.parametrize(("body", "title", "expected"), [
    # round 18d: the verdict of a sentence whose speaker is a body word or a bare title nobody
    # named is that anonymous speaker's denial
    ("Beredar pesan berantai soal penculikan 5 anak di Sukamaju. Polisi memastikan kabar itu "
     "hoaks.", "", [["polisi", "hoaks", True]]),
    ("Warga Sukamaju ramai membicarakan kabar itu sejak Senin.", "Polisi Pastikan Kabar "
     "Penculikan 5 Anak di Sukamaju Hoaks", [["polisi", "hoaks", True]]),
    ("Warga Sukamaju ramai membicarakan data itu sejak Senin.", "Kemenkes Luruskan Data 900 "
     "Kasus DBD", [["Kemenkes", "luruskan", False]]),
    # ... no verdict, no row; a named speaker keeps the verdict
    ("Beredar pesan berantai soal penculikan 5 anak di Sukamaju. Polisi memastikan 5 anak itu "
     "sudah kembali ke rumah.", "", []),
    ("Kapolres Sukamaju AKBP Budi Hartono memastikan kabar penculikan 5 anak itu hoaks.", "",
     [["Budi Hartono", "hoaks", False]]),
])
def test_round_18d_the_verdict_of_a_speaker_nobody_named(body, title, expected):
    assert _denial_rows(body, title) == expected


def test_round_18d_judging_another_s_denial_is_no_denial():
    body = ("Pengamat dari Universitas Sukamaju, Rina Hartati, menilai bantahan kedua negara itu "
            "tidak banyak mengubah sikap 40 negara anggota.")
    assert _denials(body) == []


def test_round_18d_each_state_of_an_english_group_subject_denies():
    # round 18d: "A and B have denied …", read as one group, gives each known member a row
    body = ("Satellite images published on Tuesday showed about 40 freight trains crossing the "
            "border bridge over the past two months, according to a research group. Russia and "
            "North Korea have denied the reports of weapons on board.")
    assert _denials(body) == [["Russia government", "denied", "pre_verb"],
                              ["North Korea government", "denied", "pre_verb"]]


@pytest.mark.parametrize(("body", "expected"), [
    # round 18d: a denial passive's agent named after the management of a body
    ("Kabar 600 karyawan dirumahkan ditepis manajemen PT Kencana Abadi pada Selasa.",
     [["PT Kencana Abadi", "ditepis", "passive"]]),
    ("Kabar itu disampaikan oleh manajemen PT Kencana Abadi pada Selasa.", []),
])
def test_round_18d_a_denial_by_the_management_of_a_body(body, expected):
    assert _denials(body) == expected
