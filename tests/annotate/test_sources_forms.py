"""Attribution forms, coreference and denials on sentences written for these tests: one
test per kind of construction (the real-world development set measures the same kinds in
benchmarks/accuracy.py)."""

import pandas as pd
import pytest

from newsframe import paths
from newsframe import stories as story
from newsframe.analyse import indicators
from newsframe.annotate import claims as nf_claims
from newsframe.annotate import sources


def rows(body: str, title: str = "", outlet: str = "X") -> list[dict]:
    table = sources.extract_attributions(pd.DataFrame(
        {"article_id": ["a"], "outlet": [outlet], "title": [title], "body": [body]}))
    return table.to_dict("records")


def said(body: str, title: str = "", outlet: str = "X") -> list[tuple]:
    return [(r["source"], r["verb"], r["relayed_by"]) for r in rows(body, title, outlet)]


@pytest.mark.parametrize(("body", "expected"), [
    # speaker after the verb, -nya, "tulis X", "ungkap X"
    ('"Kami siap," kata Laksmi Dewi.', [("Laksmi Dewi", "kata", "")]),
    ('Laksmi Dewi tiba di Seoul. "Kami siap," ujarnya.',
     [("Laksmi Dewi", "ujar", "")]),
    ('Kapal itu berlayar ke Vladivostok, tulis Nikkei Asia.', [("Nikkei Asia", "tulis", "")]),
    ('"Data itu lengkap," ungkap lembaga tersebut.', []),  # nobody to refer back to
    # trailing "…, X melaporkan." after another speaker: X relays
    ("Ahmad Fauzi membantah tuduhan itu, Reuters melaporkan.",
     [("Ahmad Fauzi", "membantah", "Reuters")]),
    # "…, menurut para pejabat."
    ("Kapal itu membawa 500 kontainer, menurut para pejabat.", [("pejabat", "menurut", "")]),
    # "menurut" a medium beside another speaker: the medium relays
    ("Menurut kantor berita Kyodo, Kementerian Pertahanan Jepang menyatakan hal itu.",
     [("Kementerian Pertahanan Jepang", "menyatakan", "Kyodo")]),
])
def test_speaker_after_the_verb_and_trailing_attribution(body, expected):
    assert said(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Hal itu diungkap oleh Sri Wahyuni dalam sidang.", [("Sri Wahyuni", "diungkap", "")]),
    ("Tuduhan tersebut dibantah oleh Kementerian Luar Negeri Rusia.",
     [("Kementerian Luar Negeri Rusia", "dibantah", "")]),
    # the agent without "oleh"
    ("Pandangan itu disampaikan Hendra Wijaya saat seminar.",
     [("Hendra Wijaya", "disampaikan", "")]),
    ("Laporan itu diterbitkan oleh Pusat Studi Maritim Asia pekan lalu.",
     [("Pusat Studi Maritim Asia", "diterbitkan", "")]),
    # "laporan yang dilihat oleh X": X relays the report
    ("Rudal itu buatan Korea Utara, kata tim ahli PBB dalam laporan yang dilihat oleh Kyodo.",
     [("tim ahli PBB", "kata", "Kyodo")]),
])
def test_passives(body, expected):
    assert said(body) == expected


def test_an_interview_names_a_relay_but_not_the_outlet_itself():
    body = "Rina Sari mengatakan, dalam wawancara dengan NHK, bahwa kapal itu berangkat."
    assert said(body) == [("Rina Sari", "mengatakan", "NHK")]
    own = ("BERITAKITA.ID, MEDAN - Hal itu disampaikan Rina Sari dalam wawancara dengan "
           "BeritaKita.id di Medan.")
    assert said(own, outlet="") == [("Rina Sari", "disampaikan", "")]


@pytest.mark.parametrize(("body", "expected"), [
    ('Tono Sugiarto: "Kami menolak."', [("Tono Sugiarto", "", "")]),
    ("Dalam lembar fakta Departemen Luar Negeri AS, Korea Utara disebut mengirim senjata.",
     [("US Department of State", "lembar fakta", "")]),
    ("Putin berterima kasih kepada Kim, dan mengatakan kedua negara bersahabat.",
     [("Vladimir Putin", "mengatakan", "")]),
    ("Jepang menolak untuk membantah laporan itu, dengan mengatakan hal itu rahasia.",
     [("Japan government", "mengatakan", "")]),
])
def test_colon_document_and_second_predicate(body, expected):
    assert said(body) == expected


def test_a_headline_colon_after_a_comma_names_the_speaker():
    found = rows("Isi.", title="Jepang Jatuhkan Sanksi, Kim Yo Jong: Itu Omong Kosong")
    assert [(r["source"], r["in_title"]) for r in found] == [("Kim Yo Jong", True)]


@pytest.mark.parametrize(("body", "expected"), [
    ("Jepang dan Korea Selatan membantah laporan itu.",
     [("Japan government", "membantah", ""), ("South Korea government", "membantah", "")]),
    ("Baik Moskow maupun Pyongyang membantah laporan itu.",
     [("Russia government", "membantah", ""), ("North Korea government", "membantah", "")]),
    # one group of officials of both countries
    ("Pejabat senior Tokyo dan Seoul mengatakan kapal itu kosong.",
     [("Pejabat senior Tokyo dan Seoul", "mengatakan", "")]),
])
def test_compound_subjects_give_one_row_per_speaker(body, expected):
    assert said(body) == expected


def test_a_quote_over_several_sentences_covers_each_of_them():
    body = ('"Kami melihat 40 kapal. Jumlahnya 900 kontainer. Itu banyak," kata Arief Nugroho.')
    claims = nf_claims.extract_claims(pd.DataFrame({
        "article_id": ["a"], "title": [""], "body": [body], "published": ["2024-05-01"],
        "outlet": ["X"], "status": ["ok"]}))
    assert claims[["value", "claimant", "claimant_evidence"]].values.tolist() == [
        [40.0, "Arief Nugroho", "quote"], [900.0, "Arief Nugroho", "quote"]]  # vessels, containers


@pytest.mark.parametrize(("body", "speaker", "resolved"), [
    # a pronoun is the last person quoted, not a person named in a caption between
    ('Wulan Sari mengatakan kapal itu kosong.\n\nPresiden Vladimir Putin di Moskow (Foto: AP)'
     '\n\nDia mengatakan pemeriksaan berlanjut.', "Wulan Sari", "pronoun: Dia"),
    # "wanita itu": the last woman quoted (the gender comes with her title)
    ("Istri Presiden Rusia, Olga Petrova, berbicara di Moskow. Gubernur Ivan Sokolov mengatakan"
     " cuaca baik. Wanita itu menambahkan bahwa bantuan tiba.", "Olga Petrova",
     "definite: Wanita itu"),
    # "kementerian tersebut": the ministry named before
    ("Kementerian Luar Negeri Jepang menerbitkan catatan. Kementerian tersebut menegaskan "
     "sikapnya.", "Kementerian Luar Negeri Jepang", "definite: Kementerian tersebut"),
    # "laporan tersebut": who published the report
    ("Pusat Studi Maritim Asia menerbitkan laporan baru. Laporan tersebut menyebut 30 kapal.",
     "Pusat Studi Maritim Asia", "definite: Laporan tersebut"),
    # a surname is the speaker of that name, not another person named in between
    ("Kepala Staf Korea Selatan, Kim Ye-jin, mengatakan kapal berangkat. Ia bertemu Kim Jong Un"
     " pekan lalu. Kim menambahkan bahwa jumlahnya besar.", "Kim Ye-jin", "surname: Kim"),
    # the subject of a negated verb is still who "ia" means next
    ("Hendra Wijaya mengatakan hal itu. Dmitry Peskov menolak untuk membantah laporan itu. "
     "Ia hanya mengatakan bahwa Rusia tidak berkomentar.", "Dmitry Peskov", "pronoun: Ia"),
])
def test_coreference(body, speaker, resolved):
    last = rows(body)[-1]
    assert (last["source"], last["resolved_by"]) == (speaker, resolved)


def test_a_bare_ambiguous_surname_names_nobody_in_particular():
    assert said("Kim mengatakan kapal itu berangkat.") == [("Kim", "mengatakan", "")]


def test_a_title_without_a_name_is_the_one_person_the_article_names_with_it():
    body = ("Lloyd Austin tiba di Seoul.\n\nKorea Utara mengirim 200 kontainer, kata menteri "
            "pertahanan AS, Senin.")
    assert rows(body)[-1]["source"] == "Lloyd Austin"


def test_a_monitoring_group_is_not_the_government_it_monitors():
    body = ("Melansir KCNA Watch, layanan pemantau media pemerintah Korea Utara, Kementerian Luar"
            " Negeri Korea Utara menolak tuduhan tersebut.")
    found = rows(body)
    assert [(r["source"], r["verb_class"], r["relayed_by"]) for r in found] == [
        ("Kementerian Luar Negeri Korea Utara", "denial", "KCNA Watch")]


def test_x_mengutip_y_makes_x_the_relay():
    body = ("Kantor berita Xinhua mengutip juru bicara Kremlin Dmitry Peskov yang mengatakan "
            "hal itu.")
    assert said(body) == [("Dmitry Peskov", "mengatakan", "Xinhua")]


@pytest.mark.parametrize(("body", "title", "denial"), [
    ("Korea Utara membantah tuduhan itu.", "", True),
    ("Rusia menyangkal laporan itu.", "", True),
    ("Pyongyang menepis kabar tersebut.", "", True),
    ("Moskow menampik klaim itu.", "", True),
    ("Korea Utara menolak keras tuduhan Amerika Serikat.", "", True),
    ("Tuduhan itu dibantah oleh Kremlin.", "", True),
    ("Isi berita tanpa bantahan.", "Korea Utara Bantah Kirim Senjata ke Rusia", True),
    # not denials
    ("Kremlin menolak untuk membantah laporan itu.", "", False),
    ("Rusia tidak membantah laporan itu.", "", False),
    ("Korea Utara menolak bantuan itu.", "", False),
    ("Jepang membantah laporan itu.", "", False),  # a denial, not by the accused side
])
def test_denials(body, title, denial):
    articles = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "title": [title],
                             "body": [body]})
    seed_story = story.load_story(paths.STORIES / "korea-russia-arms")  # who is accused
    answer = indicators.denial_answers(articles, sources.extract_attributions(articles),
                                       seed_story)
    assert answer["denial_included"].tolist() == [denial]


def test_claims_say_how_their_claimant_was_found():
    body = ("Gedung Putih mengatakan Korea Utara mengirim 1.000 kontainer.\n\n"
            "Kapal itu juga membawa 300 kontainer. Rudal tiba kemarin.\n\n"
            "Maria Lestari tiba. Ia mengatakan ada 50 gerbong.\n\n"
            "Sekitar 20 rudal dikirim ke Rusia.\n\nHal itu dikatakan oleh Susi Rahayu.")
    claims = nf_claims.extract_claims(pd.DataFrame({
        "article_id": ["a"], "title": ["AS: Korea Utara Kirim 1.000 Kontainer"], "body": [body],
        "published": ["2024-05-01"], "outlet": ["X"], "status": ["ok"]}))
    assert claims[["value", "claimant", "claimant_evidence"]].values.tolist() == [
        [1000.0, "US government", "title"],
        [1000.0, "White House", "direct"],
        [300.0, "White House", "run_on"],  # more containers, no speaker of their own
        [50.0, "Maria Lestari", "coreference"],
        [20.0, "Susi Rahayu", "next_sentence"],
    ]


# ---------------------------------------------------------------- denials of any story (issue 23)

def _denials(body: str, title: str = "") -> list:
    table = extract_attributions_of(body, title)
    rows = table[table["verb_class"] == "denial"]
    return rows[["source", "verb", "form", "relayed_by"]].values.tolist()


def extract_attributions_of(body: str, title: str = "") -> pd.DataFrame:
    return sources.extract_attributions(pd.DataFrame(
        {"article_id": ["d"], "outlet": ["X"], "title": [title], "body": [body]}))


@pytest.mark.parametrize(("body", "title", "expected"), [
    # a verdict on a claim or a figure, whatever the verb
    ("Juru bicara dinas, Andi Wijaya, menilai kabar tersebut tidak benar.", "",
     [["Andi Wijaya", "tidak benar", "verdict", ""]]),
    ('"Kalau ada yang bilang jumlahnya 500, itu hoaks," kata Rina Mulyani.', "",
     [["Rina Mulyani", "hoaks", "verdict", ""]]),
    ("Yayasan Bumi Hijau menuding perusahaan itu melebih-lebihkan angka panen.", "",
     [["Yayasan Bumi Hijau", "melebih-lebihkan", "verdict", ""]]),
    # a corrected figure in a headline
    ("Isi berita.", "Bupati Sukamaju Pastikan Hanya 2 Warga Sakit, Bukan 5",
     [["Bupati Sukamaju", "bukan 5", "verdict", ""]]),
    # a disagreement, an object pronoun on the verb, a passive with a relay
    ("Ekonom Sari Lestari punya pandangan berbeda soal penurunan itu.", "",
     [["Sari Lestari", "punya pandangan berbeda", "pre_verb", ""]]),
    ("Pemerintah Kota Sukamaju membantahnya.", "",
     [["Pemerintah Kota Sukamaju", "membantah", "pre_verb", ""]]),
    ("Tuduhan itu dibantah oleh Kementerian Luar Negeri Malaysia, seperti dilansir Reuters.",
     "", [["Kementerian Luar Negeri Malaysia", "dibantah", "passive", "Reuters"]]),
    # one row per speaker
    ("Baik Kemendag maupun Kemenkeu menepis angka tersebut.", "",
     [["Kemendag", "menepis", "pre_verb", ""], ["Kemenkeu", "menepis", "pre_verb", ""]]),
    # rejecting a proposal, a rise, a plan or a figure disputes it
    ("Himpunan Nelayan Sukamaju menolak usulan kenaikan retribusi dermaga.", "",
     [["Himpunan Nelayan Sukamaju", "menolak", "pre_verb", ""]]),
    ("Ikatan Pedagang Pasar Sukamaju menolak kenaikan sewa kios sebesar 15 persen.", "",
     [["Ikatan Pedagang Pasar Sukamaju", "menolak", "pre_verb", ""]]),
    # round 3: more verdicts in other words
    ("Federasi Guru Sukamaju menilai angka itu tidak sesuai dengan kenyataan.", "",
     [["Federasi Guru Sukamaju", "tidak sesuai dengan kenyataan", "verdict", ""]]),
    ("Menurut Dinas Sosial Sukamaju, data kemiskinan itu tidak dapat dipercaya.", "",
     [["Dinas Sosial Sukamaju", "tidak dapat dipercaya", "verdict", ""]]),
    ("Ekonom Tono Hadi menyebut jumlah korban itu dilebih-lebihkan.", "",
     [["Tono Hadi", "dilebih-lebihkan", "verdict", ""]]),
    # round 4: a colloquial no to a figure, opening the statement or its quote
    ('"Kami sudah tetapkan batasnya. Nggak (sampai 8 juta ton)," kata Kepala Dinas Pangan '
     'Andi Wijaya.', "", [["Andi Wijaya", "nggak", "verdict", ""]]),
    ('"Enggak, cuma 40 orang yang dirawat," ujar Direktur RSUD Sukamaju, Budi Santoso.', "",
     [["Budi Santoso", "enggak", "verdict", ""]]),
    ('Rudi Hartono mengatakan: "Gak sampai seribu pemudik."', "",
     [["Rudi Hartono", "gak", "verdict", ""]]),
    ('"Tidak, cuma 3 kapal yang datang," kata Kapten Budi Santoso.', "",
     [["Budi Santoso", "tidak", "verdict", ""]]),
    # ... a no inside a clause states a figure; a no to no figure denies nothing
    ("Ketua RT Joko Susilo mengatakan jumlah pengunjung tidak sampai 300 orang.", "", []),
    ('"Enggak ekstrem, yang penting stok cukup," kata Budi Santoso.', "", []),
    ('"Tidak ada 5 kapal di sana," kata Budi Santoso.', "", []),
    # rejecting a rise or a proposal, in the passive too; disagreeing with a proposal
    ("Kenaikan upah itu ditolak oleh Konfederasi Serikat Pekerja Nusantara.", "",
     [["Konfederasi Serikat Pekerja Nusantara", "ditolak", "passive", ""]]),
    ("Usulan tersebut ditolak Asosiasi Pengusaha Sukamaju.", "",
     [["Asosiasi Pengusaha Sukamaju", "ditolak", "passive", ""]]),
    ("Permohonan izin itu ditolak oleh Dinas Perizinan Sukamaju.", "", []),
    ("Usulan tarif 12 persen dari pengusaha ditolak mentah-mentah oleh Serikat Sopir Angkot.",
     "", [["Serikat Sopir Angkot", "ditolak", "passive", ""]]),
    # a rejection in the speaker's own words, in the first person
    ('"Kami menolak kenaikan iuran yang hanya 2 persen," kata Ketua Paguyuban Ojek Rudi '
     'Hartono.', "", [["Rudi Hartono", "menolak", "verdict", ""]]),
    ("Rudi Hartono menegaskan pihaknya menolak usulan tarif baru itu.", "",
     [["Rudi Hartono", "menolak", "verdict", ""]]),
    ('"Kami menolak untuk hadir," kata Rudi Hartono.', "", []),
    ('"Kami tidak membantah data itu," ujar Rudi Hartono.', "", []),
    ("Klaim tersebut disanggah Kementerian Keuangan.", "",
     [["Kementerian Keuangan", "disanggah", "passive", ""]]),
    ("Ketua Serikat Buruh Maju, Tono Hadi, tidak setuju dengan usulan kenaikan 5 persen itu.",
     "", [["Tono Hadi", "tidak setuju", "pre_verb", ""]]),
    ("Asosiasi Pengusaha Sukamaju menilai usulan itu tidak bisa menjawab kebutuhan pekerja.",
     "", [["Asosiasi Pengusaha Sukamaju", "tidak bisa menjawab kebutuhan", "verdict", ""]]),
    ("Partai Buruh menyatakan keberatan atas rencana kenaikan tarif itu.", "",
     [["Partai Buruh", "menyatakan keberatan", "pre_verb", ""]]),
    ("Partai Buruh menentang keras kebijakan itu.", "",
     [["Partai Buruh", "menentang", "pre_verb", ""]]),
    ("Ribuan warga menentang pembangunan pabrik itu.", "", []),
    # one row per speaker: two bodies, two officials joined by "dan"
    ("Serikat Petani Sukamaju dan Himpunan Nelayan Sukamaju sama-sama menolak usulan itu.", "",
     [["Serikat Petani Sukamaju", "menolak", "pre_verb", ""],
      ["Himpunan Nelayan Sukamaju", "menolak", "pre_verb", ""]]),
    ("Ketua Serikat Petani Budi Santoso dan Ketua Himpunan Nelayan Andi Wijaya menolak usulan "
     "itu.", "", [["Budi Santoso", "menolak", "pre_verb", ""],
                  ["Andi Wijaya", "menolak", "pre_verb", ""]]),
    ("Badan Pengawas Obat dan Makanan membantah laporan itu.", "",
     [["Badan Pengawas Obat dan Makanan", "membantah", "pre_verb", ""]]),
    # data called manipulated, a survey's sample judged unfit (round 5)
    ("Serikat Petani Nusantara menuduh Kementerian Pertanian memanipulasi data gagal panen.",
     "", [["Serikat Petani Nusantara", "memanipulasi", "verdict", ""]]),
    ('"Data pemerintah jelas manipulatif," kata Ketua Serikat Petani Rudi Hartono.', "",
     [["Rudi Hartono", "manipulatif", "verdict", ""]]),
    ("Bupati Garut Rina Wati menegaskan bahwa pengambilan sampel survei itu tidak "
     "proporsional.", "", [["Rina Wati", "tidak proporsional", "verdict", ""]]),
    ("Menurut Ketua Serikat Petani Rudi Hartono, sampel survei Kementan tidak representatif.",
     "", [["Rudi Hartono", "tidak representatif", "verdict", ""]]),
    ("Polisi menangkap dua pelaku yang memanipulasi timbangan pasar.", "", []),
    ("Wali kota mengatakan hasil panen tahun ini tidak proporsional dengan luas lahan.", "",
     []),
    # a headline office with a short form only the body defines in brackets (round 5)
    ("Jakarta - Kepala Badan Keamanan Laut (Bakamla) Laksdya Budi Santoso menegaskan tidak "
     "ada kapal asing.", "Kepala Bakamla Bantah Kapal Asing Masuk",
     [["Budi Santoso", "bantah", "pre_verb", ""]]),
    ("Jakarta - Kepala Badan Pangan Nasional (Bapenas), Rina Wati menegaskan stok cukup.",
     "Kepala Bapenas Bantah Stok Beras Menipis", [["Rina Wati", "bantah", "pre_verb", ""]]),
    # no claim judged, no denial
    ("Wali kota mengatakan jalan itu tidak benar-benar rusak.", "", []),
    ("Menurut Tono Hadi, kenaikan harga cabai berlebihan karena cuaca.", "", []),
    ("Warga menolak untuk pindah dari bantaran sungai.", "", []),
])
def test_denials_of_any_story(body, title, expected):
    assert _denials(body, title) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a time zone after a clock time is no name (round 4)
    ("Hingga pukul 18.00 WITA menyebut jalan itu ditutup.", []),
    ("Laporan itu dirilis pukul 09.00 WIB oleh Badan Geologi.",
     [("Badan Geologi", "organisation", False)]),
    # a country's press and the West are nobody in particular; a newspaper's name and a
    # state's own media are somebody
    ("Media Jepang menyebut kapal itu tenggelam.", [("Media Jepang", "group", True)]),
    ("Media Indonesia melaporkan kapal itu tenggelam.",
     [("Media Indonesia", "organisation", False)]),
    ("Menurut media pemerintah Iran, kapal itu tenggelam.",
     [("media pemerintah Iran", "organisation", False)]),
    ("Barat menuding Iran memasok drone.", [("Western states", "group", True)]),
    ("Gubernur Jawa Barat Rina Kartika mengatakan jalan itu rusak.",
     [("Rina Kartika", "person", False)]),
    # a regional body's short name alone speaks for itself
    ("Dinsos mencatat 800 keluarga menerima bantuan.", [("Dinsos", "organisation", False)]),
    # an unnamed member of a body: the body speaks; "peneliti ... itu" means somebody named
    ("Peneliti dari Center for The Study of Trade menyebut angka itu naik.",
     [("Center for The Study of Trade", "organisation", False)]),
    ("Ani Lestari tiba. Peneliti dari Lembaga Kajian Pesisir itu menyebut angka itu naik.", []),
    # a body (a known one, or an organisation word with its portfolio), then a person
    # nobody lists: the person speaks, the body is the role
    ("Kementerian Pertahanan Rusia Pavel Orlov mengatakan serangan gagal.",
     [("Pavel Orlov", "person", False)]),
    ("Kepala Staf Gabungan Korea Selatan Park Min-jae mengatakan rudal diluncurkan.",
     [("Park Min-jae", "person", False)]),
    ("Kementerian Pertanian Suharyo Wibowo mengatakan panen naik.",
     [("Suharyo Wibowo", "person", False)]),
    ("Kementerian Perdagangan Luar Negeri mengatakan ekspor naik.",
     [("Kementerian Perdagangan Luar Negeri", "organisation", False)]),
    ("Kementerian Luar Negeri Korea Utara mengatakan laporan itu palsu.",
     [("Kementerian Luar Negeri Korea Utara", "organisation", False)]),
    # an office for something named in lower-case words, then the person
    ("Pelapor Khusus PBB untuk wilayah Myanmar Amina Diallo mengatakan situasi memburuk.",
     [("Amina Diallo", "person", False)]),
    # any country (Babel's Indonesian names) may stand in an office before the name
    ("Duta Besar Indonesia untuk Afrika Selatan Budi Santoso mengatakan bantuan tiba.",
     [("Budi Santoso", "person", False)]),
    ("Georgia Santoso Putra mengatakan timnya siap.", [("Georgia Santoso Putra", "person",
                                                         False)]),
    ("Kepala badan PBB untuk pengungsi Suriah Lars Eriksen mengatakan bantuan tiba.",
     [("Lars Eriksen", "person", False)]),
    # a regional secretary's place, then the person
    ("Sekretaris Daerah Pandeglang Rina Marlina mengatakan jalan rusak.",
     [("Rina Marlina", "person", False)]),
])
def test_names_that_are_no_one_in_particular_and_bodies_alone(body, expected):
    assert [(r["source"], r["source_kind"], r["anonymous"]) for r in rows(body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # titles in their common misspellings are titles (round 5): a bare one means the person
    # last named with it, and one before a name splits from it
    ('Kapolda Irjen Budi Santoso membantah ada korban. "Tidak ada yang tewas," kata Jendral '
     "bintang dua itu.", [("Budi Santoso", "membantah", ""), ("Budi Santoso", "kata", "")]),
    ('"Stok cukup," kata Mentri Pertanian Rudi Hartono.', [("Rudi Hartono", "kata", "")]),
    ("Sekertaris Desa Sukamaju Rina Wati mengatakan 40 rumah rusak.",
     [("Rina Wati", "mengatakan", "")]),
])
def test_titles_in_their_common_misspellings(body, expected):
    assert said(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "dilansir sejumlah media": no medium in particular relays it (round 5)
    ("Direktur Utama PT Asuransi Sejahtera, Rivan Purwanto dalam keterangannya seperti "
     "dilansir sejumlah media melaporkan 316 korban tewas.",
     [("Rivan Purwanto", "melaporkan", "")]),
    ("Rivan Purwanto melaporkan 316 korban tewas, seperti dilansir Antara.",
     [("Rivan Purwanto", "melaporkan", "ANTARA")]),
])
def test_some_media_relay_nothing_in_particular(body, expected):
    assert said(body) == expected


# ---------------------------------------------------------------- English attribution (round 6a)

@pytest.mark.parametrize(("body", "expected"), [
    # the speaker before the verb, after it, "according to"
    ("Pyongyang has shipped about 4,200 crates of rockets to the front, Defence Minister "
     "Lee Ha-jin told reporters on Thursday.", [("Lee Ha-jin", "told", "")]),
    ("Pyongyang has shipped about 4,200 crates of rockets to the front, said Defence Minister "
     "Lee Ha-jin.", [("Lee Ha-jin", "said", "")]),
    ("Pyongyang has shipped about 4,200 crates of rockets to the front, according to the Kyodo "
     "news agency.", [("Kyodo", "according to", "")]),  # (21l: the wire)
    # an apposition between the name and the verb; a title before the name
    ("Maria Lopez, a spokeswoman for the regional health office, said on Tuesday that 57 "
     "patients had died in the outbreak.", [("Maria Lopez", "said", "")]),
    ("Health office spokeswoman Maria Lopez said on Tuesday that 57 patients had died in the "
     "outbreak.", [("Maria Lopez", "said", "")]),
    # descriptions as speakers
    ("The fisheries ministry said in a statement that 310 boats had been lost in the storm.",
     [("fisheries ministry", "said", "")]),
    ("A senior police official said that 18 protesters were killed in the clashes at the port.",
     [("senior police official", "said", "")]),
    # a body's field after it, a place after a group
    ("The ministry of health said 40 people died in the floods, and the count was still "
     "rising.", [("ministry of health", "said", "")]),
    ("Officials in the province said on Friday that 40 people died in the floods and 12 were "
     "missing.", [("Officials in the province", "said", "")]),
    # pronouns continue the speaker; "it" and "they" mean a body
    ('The rescue agency said 42 people were missing. "We are still searching the river banks," '
     "it added.", [("rescue agency", "said", ""), ("rescue agency", "added", "")]),
    ('Lawmaker Park Eun-ji said the estimate was too low. "The real number is closer to 9,000," '
     "she added.", [("Park Eun-ji", "said", ""), ("Park Eun-ji", "added", "")]),
    # "This was reported by X": the agent speaks
    ("The flood killed 63 people in the valley. This was reported by the head of the district "
     "disaster agency, Rudi Hartono.", [("Rudi Hartono", "reported", "")]),
    # a clause after a post verb is no speaker; a passive "is reported" names none
    ("The mayor, citing a city survey, said North Korea has been selling coal to the port.",
     [("mayor", "said", "")]),
    ("The freighter is reported to have carried 800 tonnes of grain to the port of Busan.", []),
])
def test_english_speech_verbs_and_speakers(body, expected):
    assert said(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The union said 2,300 workers were laid off in March. The labour ministry denied the "
     "figure, saying only 800 had lost their jobs.", [["labour ministry", "denied"]]),
    ("The union said 2,300 workers were laid off in March. The company rejected the claim and "
     "said it was exaggerated.", [["company", "rejected"]]),
    ("Rights group Amnesty said 95 marchers were killed in the city. The deputy governor, Omar "
     "Haddad, disputed such figures on Sunday.", [["Omar Haddad", "disputed"]]),
    # round 10a: a verdict inside a quote, a participle after the speech verb
    ('A farmers\' union said 4,000 hectares of rice had failed. "That number is inaccurate, '
     'our survey shows far less," the agriculture minister, Rudi Hartono, told reporters.',
     [["Rudi Hartono", "inaccurate"]]),
    ("The mayor said on Monday that only 9 houses were damaged, dismissing a report by a local "
     "radio station that 60 homes had collapsed.", [["mayor", "dismissing"]]),
    ("The mayor said on Monday that 9 houses were damaged and that 60 families were moved.",
     []),
    # a verdict pointing back to the claim of the sentence before; verdicts as predicates;
    # pushing back on a claim
    ("A fishing cooperative said 640 boats were idle. The port authority said that was "
     "untrue.", [["port authority", "untrue"]]),
    ("A fishing cooperative said 640 boats were idle.\nThe port authority said that was "
     "untrue.", []),
    ("A fishing cooperative said 640 boats were idle. Harbour master Ana Costa said the "
     "number was wrong.", [["Ana Costa", "was wrong"]]),
    ("A fishing cooperative said 640 boats were idle. The port authority said the claims were "
     "lies.", [["port authority", "were lies"]]),
    ("A fishing cooperative said 640 boats were idle. The port authority pushed back on the "
     "figure.", [["port authority", "pushed back on"]]),
    ("The port authority said the old crane was wrong for the new ships.", []),
])
def test_english_denials_and_disputes(body, expected):
    assert [row[:2] for row in _denials(body)] == expected


def test_english_figures_take_their_speaker():
    body = ("The rescue agency said 42 people were missing in the flood. \"We are still "
            "searching the river banks for 7 children,\" its chief, Rudi Hartono, told "
            "reporters. Meanwhile the army said that 1,200 soldiers had joined the search.")
    claims = nf_claims.extract_claims(pd.DataFrame({
        "article_id": ["e"], "title": [""], "body": [body], "published": ["2024-05-01"],
        "outlet": ["X"], "status": ["ok"]}))
    assert claims[["value", "claimant"]].values.tolist() == [
        [42.0, "rescue agency"], [7.0, "Rudi Hartono"], [1200.0, "army"]]


def test_english_words_change_nothing_in_an_indonesian_article():
    # "Said" is a name here, "official" a borrowed word: the Indonesian reading stands
    body = ("Presiden KSPI Said Iqbal mengatakan 7.000 buruh terkena PHK. Akun official "
            "Kemnaker menyebut angka itu tidak benar.")
    assert said(body) == [("Said Iqbal", "mengatakan", ""), ("Kemnaker", "menyebut", ""),
                          ("Kemnaker", "tidak benar", "")]


@pytest.mark.parametrize(("body", "expected"), [
    # a verdict on a claim or a figure in English words, in a second predicate
    ("Rights groups said 95 marchers were killed in the city last week. A senior interior "
     "ministry official called the figures a rumour and said the toll was lower.",
     [["senior interior ministry official", "a rumour"]]),
    ("The union said 2,300 workers were laid off in the province. The ministry said the "
     "union's estimate was exaggerated and not credible.", [["ministry", "exaggerated"]]),
    # an English verdict word with no claim judged is none
    ("The union said 2,300 workers were laid off in the province. The ministry said the "
     "storm was absurdly strong at the coast.", []),
])
def test_english_verdicts(body, expected):
    assert [row[:2] for row in _denials(body)] == expected


@pytest.mark.parametrize("title", ["Quake Toll Climbs to 210, Says KNDR",
                                   "Quake toll climbs to 210, KNDR says"])
def test_an_english_headline_names_its_speaker_before_or_after_the_verb(title):
    body = ("The quake killed 210 people in the hills, officials said on Monday, and the "
            "agency was still searching the villages.")
    assert ("KNDR", "says", "") in said(body, title=title)


def test_an_english_statement_runs_on_over_a_continuation():
    body = ("The harbour board said 85 ships were stuck outside the port on Sunday. In "
            "addition, 12 tankers were waiting at the northern anchorage.\n\nThe figure of "
            "the navy was 90 ships.")
    claims = nf_claims.extract_claims(pd.DataFrame({
        "article_id": ["e"], "title": [""], "body": [body], "published": ["2024-05-01"],
        "outlet": ["X"], "status": ["ok"]}))
    assert claims[["value", "claimant"]].values.tolist()[:2] == [
        [85.0, "harbour board"], [12.0, "harbour board"]]


def test_an_english_speaker_who_told_an_agency_and_a_quote_over_two_sentences():
    body = ("The harbour chief, Joana Silva, told Reuters that 85 ships were stuck at the port. "
            '"We have never seen this. The queue holds 40 trucks," Silva said on the '
            "phone.")
    found = rows(body)
    assert [(r["source"], r["verb"], r["relayed_by"]) for r in found] == [
        ("Joana Silva", "told", "Reuters"), ("Joana Silva", "said", "")]
    claims = nf_claims.extract_claims(pd.DataFrame({
        "article_id": ["e"], "title": [""], "body": [body], "published": ["2024-05-01"],
        "outlet": ["X"], "status": ["ok"]}))
    assert claims[["value", "claimant"]].values.tolist() == [
        [85.0, "Joana Silva"], [40.0, "Joana Silva"]]


# ------------------------------------------ English relays and long offices (round 7a)

@pytest.mark.parametrize(("body", "expected"), [
    # a relay after the medium's modifiers: the speaker speaks, the medium relays
    ('"The border is calm," a senior army officer said in remarks carried by the official '
     "Tanjug News Agency.", [("senior army officer", "said", "Tanjug News Agency")]),
    ('"The border is calm," a senior army officer said in remarks carried by the state-run '
     "Tanjug.", [("senior army officer", "said", "Tanjug")]),
    # "quoted as saying by X" names X (the pronoun's speaker is not credited yet)
    ('Deputy Mayor Omar Haddad spoke on Monday. "Nobody died in the camp," he was quoted as '
     "saying by state broadcaster Nile TV.", [("Nile TV", "quoted as saying by", "")]),
])
def test_english_relays_after_modifiers(body, expected):
    assert said(body) == expected


def test_a_long_english_office_with_a_degree_names_its_holder():
    body = ("The figures were announced by the Deputy Head of the Centre for Disaster Data "
            "(Pusdakom) of BPBD Rina Kartika M.Si at a briefing in Palu on Monday.")
    assert [r[0] for r in said(body)] == ["Rina Kartika"]


# ---------------------------------------------------------------- foreign-affairs pages (round 8d)

@pytest.mark.parametrize(("body", "expected"), [
    # a medium described by its kind and country, then named after a comma
    ("Menurut kantor berita Rusia, RIA Novosti, konvoi itu mundur ke timur.",
     [("RIA Novosti", "menurut", "")]),
    ('"Kapal kami tidak rusak," kata Hamid Rezaei, dikutip dari kantor berita Iran, IRNA, '
     "pada Kamis.", [("Hamid Rezaei", "kata", "IRNA")]),
    ("Menurut surat kabar Jepang, Asahi Shimbun, tiga kapal berlabuh di Nakhodka.",
     [("Asahi Shimbun", "menurut", "")]),
    # a body located by its country between it and the verb
    ("Kantor berita Anadolu dari Turki memberitakan bahwa dua kapal tenggelam di Laut Hitam.",
     [("Anadolu", "memberitakan", "")]),
    # a medium named by its kind alone relays nothing in particular
    ("Hal itu disampaikannya dalam pengarahan yang disiarkan televisi pemerintah.", []),
    # a words' speaker the page never names, relayed by a named medium
    ('"Kami tidak akan mundur dari perbatasan," katanya, dilansir dari Al Jazeera.',
     [("Al Jazeera", "kata", "")]),
    # the coast guard, and a ministry "of that country"
    ("Penjaga Pantai Filipina mengatakan dua kapal patroli dihalangi di dekat atol itu.",
     [("Penjaga Pantai Filipina", "mengatakan", "")]),
    ("Penjaga Pantai Filipina mengutip informasi dari Kementerian Pertahanan negara tersebut "
     "yang menyatakan bahwa sebuah pesawat tak dikenal melintas.",
     [("Kementerian Pertahanan", "menyatakan", "Penjaga Pantai Filipina")]),
    # a title with the country or the armed group it serves before the name
    ("Presiden Brasil Luiz Carlos Mendes mengatakan negaranya tidak akan mengirim senjata.",
     [("Luiz Carlos Mendes", "mengatakan", "")]),
    ("Pemimpin Hizbullah Karim Haddad mengatakan kelompoknya siap berunding.",
     [("Karim Haddad", "mengatakan", "")]),
    # the name in brackets after the office
    ("Juru bicara Kementerian Luar Negeri Kanada (Emily Carter) mengatakan sanksi itu sah.",
     [("Emily Carter", "mengatakan", "")]),
    # a law named in a quote is nobody a later "katanya" can mean
    ('"Kerja sama kami diatur oleh Undang-Undang Hubungan Pasifik. Kami mematuhi undang-undang '
     'itu," katanya.', []),
    # a name, its office in lower case between commas, then the verb
    ("Rapat itu ditunda. Park Jin Woo, juru bicara Kementerian Luar Negeri Korea Selatan, "
     "mengatakan pertemuan akan dijadwalkan ulang.", [("Park Jin Woo", "mengatakan", "")]),
    # a monitor described, then named between commas; a body known by its bracketed short form
    ("Lembaga pemantau yang berbasis di London, Observatorium Hak Sipil Yaman, mengatakan "
     "12 warga tewas.", [("Observatorium Hak Sipil Yaman", "mengatakan", "")]),
    ("Kantor berita negara Korea Utara (KCNA) melaporkan bahwa uji coba itu berhasil.",
     [("KCNA", "melaporkan", "")]),
    # particles inside foreign names; a crown prince
    ("Wakil Presiden Komisi Eropa Marieke van der Berg mengatakan paket sanksi diperluas.",
     [("Marieke van der Berg", "mengatakan", "")]),
    ("Komandan milisi itu, Yusuf Karim al-Hamdani, mengatakan pasukannya mundur.",
     [("Yusuf Karim al-Hamdani", "mengatakan", "")]),
    ("Putra Mahkota Faisal bin Nasser mengatakan negaranya akan menjadi penengah.",
     [("Faisal bin Nasser", "mengatakan", "")]),
    # told a wire: the wire relays; an unnamed source with a relative clause and no commas
    ("Menteri Luar Negeri Chile Ana Ruiz mengatakan kepada kantor berita Anadolu bahwa "
     "perundingan berlanjut.", [("Ana Ruiz", "mengatakan", "Anadolu")]),
    ("Sumber yang mengetahui perundingan itu mengatakan kepada Reuters bahwa draf sudah "
     "disepakati.", [("unnamed official", "mengatakan", "Reuters")]),
    # Western officials, unnamed sources with their field: nobody named
    ("Seorang diplomat Barat mengatakan pertemuan di Jenewa itu buntu.",
     [("Western officials", "mengatakan", "")]),
    ("Dua sumber diplomatik Yordania menyebutkan bahwa gencatan senjata akan diperpanjang.",
     [("Dua sumber diplomatik Yordania", "menyebutkan", "")]),
    # a full stop typed without its space ends the name before it
    ("Kapal itu terlihat di dekat Pulau Jeju.Militer Korea Selatan mengatakan patroli "
     "ditambah.", [("South Korean military", "mengatakan", "")]),
])
def test_named_sources_on_foreign_affairs_pages(body, expected):
    assert said(body) == expected


# ------------------------- round 10b: statements named through a document, outlets by name


@pytest.mark.parametrize(("body", "expected"), [
    # the speaker of a document noun after a preposition speaks ("sejalan dengan klaim X,
    # yang menyebutkan"; "pernyataan dari X menyebutkan")
    ("Angka itu sejalan dengan klaim Presiden Lituania Gitanas Nauseda pada 3 Maret, yang "
     "menyebutkan bahwa pasukan itu telah kehilangan 5.000 tentara.",
     [("Gitanas Nauseda", "menyebutkan", "")]),
    ("Pernyataan dari Gedung Putih menyebutkan bahwa 40 rudal itu buatan Korea Utara.",
     [("White House", "menyebutkan", "")]),
    # "awal tahun ini" between the speaker and the verb is a setting
    ("Pernyataan Menteri Luar Negeri Prancis, Jean-Noel Barrot, awal tahun ini yang "
     "menyebutkan pengiriman pasukan ke Kursk kini terbukti.",
     [("Jean-Noel Barrot", "menyebutkan", "")]),
    # an outlet data/outlets.csv knows, named whole ("KBS World", not "World")
    ("Dilansir dari KBS World, Senin (25/11/2024), laporan itu menyebut 500 tentara tewas.",
     [("KBS World", "menyebut", "")]),
    # an English description right before a name is its role: the name speaks or relays
    ("The minister said the North had sent around 4,100 containers, according to Japanese "
     "news agency Kyodo.", [("minister", "said", "Kyodo")]),
    ("The figure came from the army, according to the national broadcaster NHK.",
     [("NHK", "according to", "")]),
])
def test_speakers_through_documents_and_outlets_by_name(body, expected):
    assert said(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "mantan" before the title after the verb, and a role no lexicon holds ("komandan
    # tank") at a body with the person named after a comma: the person speaks
    ("“Mereka kurang terlatih,” kata mantan juru bicara Angkatan Laut Kanada, Pierre "
     "Villiers.", [("Pierre Villiers", "kata", "")]),
    ("“Mereka kurang terlatih,” kata mantan komandan tank Angkatan Darat Kanada, Kolonel "
     "Pierre de Villiers.", [("Pierre de Villiers", "kata", "")]),
    # a body alone after the verb still speaks
    ("“Mereka kurang terlatih,” kata Angkatan Darat Kanada, Rabu.",
     [("Angkatan Darat Kanada", "kata", "")]),
])
def test_a_person_named_after_the_role_speaks(body, expected):
    assert said(body) == expected


def test_english_prosecutors_and_investigators_speak():
    body = ("Both Oslo and Bern have previously said that the rockets came from abroad. In May, "
            "Latvian prosecutors reported that the army had fired around 70 such missiles. "
            "Later, investigators said that the launchers were moved by rail.")
    assert [(s, v) for s, v, _ in said(body)][-2:] == [
        ("Latvian prosecutors", "reported"), ("investigators", "said")]


def test_english_titles_with_a_full_stop_and_here_before_the_verb():
    body = ("Around 9,000 troops had been moved by late May, Rep. Dana Whitlock told reporters. "
            "The navy sent 40 ships to the strait, the defense ministry here claimed on Friday. "
            "The chief, Adm. Lena Ortiz, said the fleet was ready.")
    assert [(s, v) for s, v, _ in said(body)] == [
        ("Dana Whitlock", "told"), ("defense ministry", "claimed"), ("Lena Ortiz", "said")]


_ENGLISH_LEAD = ("The talks in Geneva ended without a deal on Monday, and the delegations "
                 "went home. ")


@pytest.mark.parametrize(("body", "expected"), [
    # round 13d: a relay cue a line break cut from its medium
    ('"Kapal itu sudah berangkat," ujar Laksamana Budi Hartono dalam jumpa pers, seperti '
     'dimuat\nAP.\nKapal itu berangkat.', [("Budi Hartono", "ujar", "Associated Press")]),
    ('"Kapal itu sudah berangkat," ujar Budi Hartono, seperti dilansir\nKantor Berita Yonhap.',
     [("Budi Hartono", "ujar", "Yonhap")]),
    # whom a speaker told: the medium told relays the words
    ("Dinas intelijen Jepang memberitahu Kyodo bahwa kapal itu membawa 300 kontainer.",
     [("Dinas intelijen Jepang", "memberitahu", "Kyodo")]),
    ("Markus Lindqvist memberi tahu NHK bahwa latihan itu dibatalkan.",
     [("Markus Lindqvist", "memberi tahu", "NHK")]),
    ("Markus Lindqvist memberitahu wartawan bahwa latihan itu dibatalkan.",
     [("Markus Lindqvist", "memberitahu", "")]),
    # a medium's report carried the words
    ('"Gudang itu kosong," kata Mayor Irina Petrenko dalam laporan dari Ukrinform.',
     [("Irina Petrenko", "kata", "Ukrinform")]),
    ("NIS menyampaikan hal itu dalam laporan kepada parlemen.",
     [("South Korea National Intelligence Service", "menyampaikan", "")]),
    # a second predicate after a setting of the first ("dalam …") and "dan"
    ("Pekan lalu, Presiden Ukraina Andriy Melnyk menandai laporan itu untuk mendukung tentara "
     "dalam perangnya melawan Kyiv dan mengatakan Moskow butuh bantuan.",
     [("Andriy Melnyk", "mengatakan", "")]),
    # English: "has urged"; intelligence "shared with" a newspaper the lexicon does not know
    (_ENGLISH_LEAD + "Defence Secretary Alan Whitmore has urged Beijing to restrain its ally.",
     [("Alan Whitmore", "urged", "")]),
    # (since round 13b "intelligence" is an English organisation head word: the service
    # speaks, the newspaper it shared the intelligence with relays it)
    (_ENGLISH_LEAD + "According to Ukrainian intelligence shared with The Harbour Times, "
     "around 2,000 troops are stationed there.",
     [("Ukrainian intelligence", "according to", "The Harbour Times")]),
])
def test_named_sources_relayed_told_and_cut_by_a_line(body, expected):
    assert said(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 13d: a page's closing line names the medium its text came from
    (_ENGLISH_LEAD + "The ships left the port, officials said.\nSource: Harbour Gazette",
     [("officials", "said", ""), ("Harbour Gazette", "source", "")]),
    ("Kapal itu meninggalkan pelabuhan pada Senin malam.\nSumber: Kyodo",
     [("Kyodo", "sumber", "")]),
    # a photo's credit names no source of the words
    ("Kapal itu meninggalkan pelabuhan pada Senin malam.\nSumber foto: Kyodo", []),
    ("Kapal itu meninggalkan pelabuhan pada Senin malam.\nSumber : KYODO FOTO/Pool", []),
])
def test_a_closing_source_line_names_the_medium(body, expected):
    assert said(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 13d: a shortened title means the person named with the full one, and a one-word
    # name keeps the title it was given
    ('Menteri Luar Negeri Sari Pratiwi mengungkapkan bahwa Indonesia mendorong dialog. '
     '"Kami sepakat," ucap Menlu RI.', ["Sari Pratiwi", "Sari Pratiwi"]),
    ('Menlu RI Sukarjo mengungkapkan bahwa Indonesia mendorong dialog. "Ini penting," ucap '
     'Menlu RI.', ["Sukarjo", "Sukarjo"]),
    ('Duta Besar Jepang Kenji Watanabe dipanggil ke kementerian. "Kami kecewa," kata Dubes '
     'Jepang.', ["Kenji Watanabe"]),
])
def test_a_shortened_title_means_the_person_named_with_it(body, expected):
    assert [r["source"] for r in rows(body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # English: the person named before a title that no comma closes speaks (not the body
    # inside the title)
    ('"We have moved 300 tents to the camps," Marta Oyelaran, the agency spokeswoman said.',
     [("Marta Oyelaran", "said", "")]),
    ("And, Helen Marsh, director of the Harbour Trust said the numbers had to fall.",
     [("Helen Marsh", "said", "")]),
    # … but a name after a preposition is an object, and a body is no title
    ("The ship was seized by Omar Castel, the ministry said.", [("ministry", "said", "")]),
    # "X, a spokesman for Y, told Reuters": X speaks, the medium X told relays
    ('"The roads are closed," Tomas Berglund, a spokesman for the Red Cross, told Reuters.',
     [("Tomas Berglund", "told", "Reuters")]),
    # Indonesian: whom the speaker after the verb told, a medium, relays
    ("Pabrik itu menambah 200 pekerja, kata Rina Sulastri kepada Bloomberg, Senin.",
     [("Rina Sulastri", "kata", "Bloomberg")]),
    ('"Kami menambah 200 pekerja," ujar Rina Sulastri, direktur di perusahaan konsultan '
     'Adhikara, kepada Bloomberg.', [("Rina Sulastri", "ujar", "Bloomberg")]),
    ('"Kami menambah 200 pekerja," ujar Rina Sulastri kepada wartawan.',
     [("Rina Sulastri", "ujar", "")]),
    # … not an unnamed medium, nor a medium cut from the words before it
    ('"Kami menambah 200 pekerja," ujar Rina Sulastri kepada media.',
     [("Rina Sulastri", "ujar", "")]),
])
def test_titles_after_names_and_whom_a_later_speaker_told(body, expected):
    assert said(body) == expected


def test_whom_a_later_speaker_told_is_not_the_page_itself():
    body = '"Jalan ditutup," ujar Rina Sulastri kepada Warta Pos, Senin.'
    assert said(body, outlet="Warta Pos") == [("Rina Sulastri", "ujar", "")]
    assert said(body, outlet="Kabar Bogor") == [("Rina Sulastri", "ujar", "Warta Pos")]


@pytest.mark.parametrize(("body", "expected"), [
    # a news agency the lexicon does not list, on a closing credit line
    ("The mill closed 40 lines last week.\n\nSource: Baltic News Agency",
     [("Baltic News Agency", "sumber", "")]),
    # a medium in brackets closing a paragraph
    ("Both sides traded 12 prisoners on Friday. (Kyodo)", [("Kyodo", "sumber", "")]),
    ("Harga gula tetap.\n\nHarga beras naik 5 persen bulan ini. (Antara)\n",
     [("ANTARA", "sumber", "")]),
    # not a bracket inside a sentence, nor one closing a picture's caption above the text
    ("Menurut data (Antara) harga beras naik.", []),
    ("Petugas memeriksa gudang beras di Cirebon. (Antara)\n\nHarga beras naik 5 persen.",
     []),
])
def test_closing_credits_in_brackets_and_news_agencies(body, expected):
    assert said(body) == expected


def test_a_pictures_credit_under_sumber_relays_nothing():
    # a "Sumber :" line whose next line credits a picture (a path to the outlet's archive,
    # a photo agency) is the picture's, not the text's
    body = ("Sumber :\n• Tempo.co/dok humas\n\n"
            "Harga beras naik 5 persen, kata Budi Santoso.")
    assert said(body) == [("Budi Santoso", "kata", "")]
    # round 26e2: a bulleted credit above the text is the lead picture's even with no path
    # (VIVA's layout: "Sumber :" / "• DW" under the picture); on its own line it relays
    assert said(body.replace("/dok humas", "")) == [("Budi Santoso", "kata", "")]
    assert ("Budi Santoso", "kata", "Tempo.co") in said(
        body.replace("/dok humas", "").replace(":\n• ", ": "))


@pytest.mark.parametrize(("body", "expected"), [
    # a relay through a medium's video channel or account: the medium named after it
    ('"Stok kami cukup," ujar Hana Lestari, dikutip dari kanal YouTube Warta Siang, Rabu.',
     [("Hana Lestari", "ujar", "Warta Siang")]),
    # "ia sampaikan": the pronoun before a passive's stem speaks; an interview with an
    # adjective, then the medium that quoted it: two hops
    ("Menteri Arif Rahman menyebut 200 truk telah dikirim. Hal itu ia sampaikan dalam "
     "wawancara khusus dengan Nikkei Asia, seperti dikutip dari Kyodo.",
     [("Arif Rahman", "menyebut", ""), ("Arif Rahman", "disampaikan", "Nikkei Asia > Kyodo")]),
    # a statement's noun that "comes from" a body (a line cut inside the body's name)
    ("Kecaman keras juga datang dari Partai Buruh Norwegia.",
     [("Partai Buruh Norwegia", "kecaman", "")]),
    ("Tuduhan serupa muncul pula dari Kementerian Pertahanan\nBelanda. Mereka menyebut 40 "
     "kapal terlibat.", [("Kementerian Pertahanan Belanda", "tuduhan", ""),
                         ("Kementerian Pertahanan Belanda", "menyebut", "")]),
    ("Bantuan juga datang dari Jepang. Hujan deras datang dari arah barat.", []),
    # "… ditutup sementara. detik/rzl": the outlet the page credits, then its editor's
    # initials, on the last line (page furniture without a sentence may follow)
    ("Kapal itu tiba di Busan, kata Lee Min-ho.\nPelabuhan ditutup sementara. detik/rzl",
     [("Lee Min-ho", "kata", ""), ("detik.com", "sumber", "")]),
    ("Kapal itu tiba di Busan, kata Lee Min-ho.\nPelabuhan ditutup sementara. kompas/rzl\n"
     "Baca juga: Harga cabai naik", [("Lee Min-ho", "kata", ""), ("Kompas.com", "sumber", "")]),
    ("Menurut Lee Min-ho, lihat data/abc\nKapal itu tiba di Busan.",
     [("Lee Min-ho", "menurut", "")]),
])
def test_relays_through_channels_interviews_and_closing_initials(body, expected):
    assert said(body) == expected


def test_a_closing_credit_of_the_page_itself_relays_nothing():
    body = "Kapal itu tiba di Busan, kata Lee Min-ho.\nPelabuhan ditutup sementara. detik/rzl"
    assert said(body, outlet="detik.com") == [("Lee Min-ho", "kata", "")]


@pytest.mark.parametrize(("body", "expected"), [
    # a sentence stating nothing whose subject is a titled person: "katanya" right after
    # means that person, not the one who spoke before
    ("Menteri Dalam Negeri Rina Susanti mengatakan 120 bus disiapkan.\n\nPerdana Menteri "
     "Jepang Taro Sato juga telah mengunjungi pelabuhan itu. “Kami siap membantu,” katanya "
     "kepada wartawan.",
     [("Rina Susanti", "mengatakan", ""), ("Taro Sato", "kata", "")]),
    # a place read as a name has no title: the speaker before stays
    ("Menteri Dalam Negeri Rina Susanti mengatakan 120 bus disiapkan.\n\nBandara Kertajati "
     "dibangun pada 2018. “Kami siap membantu,” katanya.",
     [("Rina Susanti", "mengatakan", ""), ("Rina Susanti", "kata", "")]),
])
def test_katanya_after_a_sentence_about_a_titled_person(body, expected):
    assert said(body) == expected


def test_the_same_interview_is_the_person_last_quoted():
    # an interview is a person's: not the state that acted in between
    body = ("Menteri Rina Susanti menyebut 40 kapal terlibat. Sebelumnya, Jepang juga merilis "
            "video itu.\n\nDalam wawancara yang sama, Rina turut menyinggung posisi Presiden "
            "Taro Sato.")
    assert said(body) == [("Rina Susanti", "menyebut", ""), ("Japan government", "merilis", ""),
                          ("Rina Susanti", "wawancara", ""),
                          ("Rina Susanti", "menyinggung", "")]

_FILLER_EN = (" The report was published on the website of the agency and was widely shared by "
              "the newspapers of the region this week.")


@pytest.mark.parametrize(("body", "expected"), [
    # round 18c: a named person, then a description no second comma closes, then the verb
    ("Tomas Reyes, the port authority's deputy head said 2,000 boats stayed in port.",
     ["Tomas Reyes"]),
    ("Ana Ruiz, Petrobras's chief financial officer said output rose 3 percent.",
     ["Ana Ruiz"]),
    # "according to" a title, then the person named after it between commas
    ("According to the Director of Harbour Statistics, Tomas Reyes, 2,000 boats stayed in "
     "port.", ["Tomas Reyes"]),
    ("According to the head of the Fisheries Office, Tomas Reyes, explained that 2,000 boats "
     "stayed in port.", ["Tomas Reyes"]),
])
def test_an_english_person_named_beside_a_title(body, expected):
    assert sorted({r["source"] for r in rows(body + _FILLER_EN)}) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 18c: "…, says a report by X": the document's author after the verb, past the
    # words describing it, and the person named between commas after a body's description
    ("Since 2021, the port has shipped over 4,000 containers, says a report by the Centre for "
     "Maritime Studies.", ["Centre for Maritime Studies"]),
    ("Since 2021, the port has shipped over 4,000 containers, says a customs report by "
     "opposition senator Lena Varga, citing the tax office.", ["Lena Varga"]),
    ("Since 2021, the port has shipped over 4,000 containers, says an audit report by "
     "Ruritania’s ruling Green Party spokesman, Lena Varga, according to Reuters.",
     ["Lena Varga"]),
])
def test_an_english_documents_author_after_says(body, expected):
    assert sorted({r["source"] for r in rows(body + _FILLER_EN)} - {"Reuters", "tax office"}) \
        == expected


@pytest.mark.parametrize(("title", "body", "speaker"), [
    # a headline's every word is capitalised: the speaker before its colon runs past the
    # title to the colon (an office and its place; a title and a name), and the office is
    # the person the body names holding it
    # (a place of two words, *Kapolres Lembah Hijau:*, is still read as a name: left)
    ("Kapolres Bukitsari: Kabar 40 Kios Terbakar Hoaks",
     "Bukitsari - Kapolres Bukitsari AKBP Rina Marlina memastikan kabar itu hoaks.",
     "Rina Marlina"),
    ("Menteri Perdagangan Arif Budiman: Stok Gula Aman",
     "Jakarta - Menteri Perdagangan Arif Budiman menyebut stok gula cukup sampai Lebaran.",
     "Arif Budiman"),
    # a topic, a crowd or a bare title before the colon is still nobody new
    ("Banjir Bandang Garut: 12 Rumah Hanyut", "Garut - Hujan deras merendam tiga desa.", None),
    ("Warga Desa Sukamaju: Air Datang Tiba-tiba", "Garut - Hujan deras merendam desa.", None),
])
def test_a_headline_speaker_in_title_case_runs_to_the_colon(title, body, speaker):
    from newsframe.annotate import scopes

    _, headline = scopes.analyse(body, title)
    found = [s.speaker.canonical for s in headline.statements if s.form == "colon"]
    assert found == ([speaker] if speaker else [])


@pytest.mark.parametrize(("body", "expected"), [
    # "…, lapor X" after another speaker's clause: the medium relays it
    ("Berbicara di sebuah forum di Odesa pada hari Senin, Andriy Sybiha menyatakan bahwa "
     "pasokan itu berbahaya bagi Eropa, lapor Kyodo.",
     [("Andriy Sybiha", "menyatakan", "Kyodo")]),
    ("Lee Jae-myung menyatakan, Seoul siap berdialog dengan Pyongyang, lapor media berita "
     "Politico yang berbasis di Washington.", [("Lee Jae-myung", "menyatakan", "Politico")]),
    # with nobody else speaking, the medium is the source
    ("Kapal itu membawa 400 kontainer ke pelabuhan Nakhodka pada akhir bulan lalu, "
     "lapor Nikkei Asia.", [("Nikkei Asia", "lapor", "")]),
    # "demikian (pernyataan) X" after a quote or a clause
    ('"Lalu lintas kereta meningkat tajam," demikian pernyataan Stimson Center, lembaga '
     'kajian yang berbasis di Washington.', [("Stimson Center", "demikian", "")]),
    ("Kapal itu tiba di Rajin pekan lalu, demikian Kyodo.", [("Kyodo", "demikian", "")]),
    # never: "demikian pula", no speaker after it
    ("Harga beras naik, demikian pula harga gula di Jepang.", []),
])
def test_a_medium_after_the_clause_and_demikian(body, expected):
    assert said(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a medium described by its kind and country, named by its address in lower case
    ("Pada saat yang sama, menurut media Jepang nikkei.com, pejabat pertahanan memperkirakan "
     "ada 4.000 tentara di sana.", [("pejabat pertahanan", "memperkirakan", "nikkei.com")]),
    ("Menurut situs berita Korea Selatan chosun.com, kapal itu berlabuh di Rajin.",
     [("chosun.com", "menurut", "")]),
])
def test_a_medium_named_by_its_address(body, expected):
    assert said(body) == expected


def test_a_bodys_own_site_is_no_medium():
    from newsframe.annotate.mentions import find_mentions
    text = "Menurut laman bnpb.go.id, banjir melanda tiga desa."
    assert "media" not in {m.type for m in find_mentions(text) if "bnpb" in m.text}


@pytest.mark.parametrize(("body", "expected"), [
    # a named medium that could not verify what it carried: the page's copy came from it
    ("Budanov mengatakan 2.500 tentara tewas. Kantor berita Kyodo tidak dapat secara "
     "independen memverifikasi klaim tersebut.",
     [("Budanov", "mengatakan", ""), ("Kyodo", "memverifikasi", "")]),
    # never: a body that could not confirm, or the page's own agency
    ("Budanov mengatakan 2.500 tentara tewas. Kementerian Pertahanan Jepang tidak dapat "
     "mengonfirmasi laporan itu.", [("Budanov", "mengatakan", "")]),
])
def test_a_medium_that_could_not_verify_carried_the_copy(body, expected):
    assert said(body) == expected


def test_the_page_itself_could_not_verify():
    body = "Budanov mengatakan 2.500 tentara tewas. Kyodo tidak dapat memverifikasi klaim itu."
    assert [s for s, _, _ in said(body, outlet="Kyodo")] == ["Budanov"]


@pytest.mark.parametrize(("title", "body", "speaker"), [
    # a headline's shortened title before its colon: the one person whose longer title
    # holds its words, the same head first
    ("Kepala Intelijen Jepang: Kapal Itu Membawa Rudal",
     "Tokyo - Kepala badan intelijen pertahanan Jepang, Hiroshi Tanaka, mengatakan kapal "
     "itu membawa rudal.", "Hiroshi Tanaka"),
    # never: another head (a deputy holds no "kepala … intelijen" title of his own)
    ("Kepala Intelijen Ukraina: Rusia Siapkan Serangan Baru",
     "Kyiv - Wakil kepala intelijen Ukraina Vadym Skibitskyi mengatakan Rusia menyiapkan "
     "serangan baru.", "Kepala Intelijen Ukraina"),
])
def test_a_headlines_shortened_title_is_the_body_person_with_the_longer_one(title, body,
                                                                            speaker):
    assert [r["source"] for r in rows(body, title) if not r["verb"]] == [speaker]


@pytest.mark.parametrize(("body", "expected"), [
    # a relative clause ending in an adverbial of its own between the name and the verb
    ("Dikutip dari Nikkei Asia, laporan itu muncul ketika Presiden Prancis Emmanuel Macron, "
     "yang sedang melakukan lawatan ke Asia pekan lalu, mengatakan, ia ingin bertemu Kim.",
     [("Emmanuel Macron", "mengatakan", "Nikkei Asia")]),
    # a name of three words after a title and "Amerika Serikat" (Serikat is no body's word
    # here: the whole name is the person's)
    ("Menteri Luar Negeri Amerika Serikat Mary Anne Lowell, yang sedang berada di Seoul "
     "pekan ini, menyatakan sanksi baru akan dijatuhkan.",
     [("Mary Anne Lowell", "menyatakan", "")]),
])
def test_a_relative_clause_with_its_own_adverbial_before_the_verb(body, expected):
    assert said(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # English "Both X and Y" opens a list of two, no name of one
    ("Both Japan and Canada rejected the claims as false.",
     [("Japan government", "rejected", ""), ("Canada government", "rejected", "")]),
])
def test_both_names_two_speakers(body, expected):
    assert said(body + _FILLER_EN) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 19c: an English body named after "the" that follows the verb after the words
    ("Malaria cases in the province tripled in June from a year earlier, said the Health "
     "Ministry.", ["Health Ministry"]),
    ('"Stocks are ample for the fasting month," said the Trade Ministry on Tuesday.',
     ["Trade Ministry"]),
    ('"To prepare for a long war, Moscow has made Pyongyang its arsenal," assessed the '
     "Japanese Defense Intelligence Agency.", ["Japanese Defense Intelligence Agency"]),
    # not a thing assessed or a clause after the verb
    ("The engineers assessed the damage to the bridge on Monday.", []),
    ("Rice prices will rise, the importers said the Trade Ministry stocks were low.",
     []),
])
def test_an_english_body_after_the_verb_after_the_words(body, expected):
    found = sorted({r["source"] for r in rows(body + _FILLER_EN)
                    if r["source"] not in ("engineers", "Reuters", "tax office")})
    assert found == expected


def test_a_bylines_social_media_handle_is_no_source():
    # round 19c: "Writer (@Handle) Published <date>": the writer's handle did not publish
    # what the article says
    body = ("Bilal Qureshi (@BilalQureshi) Published July 8, 2024 | 11:20 AM\n"
            "Quetta, (APP - 8th Jul, 2024) Floods killed nine people in Balochistan, the "
            "provincial disaster agency said.\n"
            '"In total, nine people died," the agency\'s spokesman, Ali Raza, said in a '
            "statement on Monday.")
    found = {r["source"] for r in rows(body)}
    assert "BilalQureshi" not in found and "Ali Raza" in found


@pytest.mark.parametrize("body", [
    # round 19c: a relative clause with commas of its own between the named person and the
    # verb: the person speaks, not the clause's last piece
    "Maria Lopez, who heads the Civil Defense Office's Data, Mapping and Outreach Division, "
    "confirmed that 40 people were still missing in the valley.",
    "Jonas Berg, who leads the National Statistics Bureau's Prices, Wages and Trade "
    "Department, said inflation eased to 3.1 percent in May.",
])
def test_an_english_person_before_a_relative_clause_speaks(body):
    found = [r["source"] for r in rows(body + _FILLER_EN) if r["verb"] in ("confirmed", "said")]
    assert found == [body.split(",")[0]]


@pytest.mark.parametrize(("body", "speaker"), [
    # round 19c: mention_words.csv English rows for a state's forces (special forces, armed
    # forces, air force) make them a body that reports
    ("Lithuania's special forces reported that at least 30 soldiers had been killed.",
     "Lithuania's special forces"),
    ("Lithuania's armed forces said at least 30 soldiers had been killed.",
     "Lithuania's armed forces"),
    ("Lithuania's air force said at least 30 drones had been downed.",
     "Lithuania's air force"),
])
def test_an_english_states_forces_report(body, speaker):
    assert speaker in {r["source"] for r in rows(body + _FILLER_EN)}
