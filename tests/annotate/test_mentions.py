"""The mention grammar: names, titles, appositives, organisations, media and groups, with
and without the actors lexicon (test sentences written for these tests)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsframe.annotate import mentions
from newsframe.annotate.mentions import find_mentions


def _one(sentence: str, **kwargs):
    found = find_mentions(sentence, **kwargs)
    assert found, sentence
    return found[0]


@pytest.mark.parametrize(("sentence", "name", "kind", "type_"), [
    # an unknown Korean name that starts with a famous surname is not that person
    ("Kim Ye-jin mengatakan rudal itu baru.", "Kim Ye-jin", "person", "unknown"),
    ("Kim Song Ho mengatakan rudal itu baru.", "Kim Song Ho", "person", "unknown"),
    # multi-word Indonesian names
    ("Rahmat Budi Santoso mengatakan hal itu.", "Rahmat Budi Santoso", "person", "unknown"),
    # a known full name is normalised, its short alias too
    ("Kim Jong-un meninjau pabrik.", "Kim Jong-un", "person", "kp_government"),
])
def test_names(sentence, name, kind, type_):
    mention = _one(sentence)
    assert (mention.name, mention.kind, mention.type) == (name, kind, type_)


def test_title_before_the_name_is_its_role_and_gives_its_type():
    mention = _one("Wakil Menteri Pertahanan Korea Utara Ri Chang Ho mengatakan.")
    assert (mention.name, mention.role, mention.type) == (
        "Ri Chang Ho", "Wakil Menteri Pertahanan Korea Utara", "kp_government")


@pytest.mark.parametrize(("sentence", "name", "role"), [
    # TITLE, NAME,
    ("Kepala Staf Angkatan Darat Korea Selatan (KSAD), Park Jae-won, menyatakan.",
     "Park Jae-won", "Kepala Staf Angkatan Darat Korea Selatan (KSAD)"),
    # NAME, TITLE,
    ("Budi Hartono, juru bicara Kementerian Pertahanan Korea Selatan, mengatakan.",
     "Budi Hartono", "juru bicara Kementerian Pertahanan Korea Selatan"),
    # NAME, TITLE and the verb at once (round 6c), with a degree after the name
    ("Rina Wulandari, Kepala Pusat Data Dinas Pangan Sukamaju mengatakan.",
     "Rina Wulandari", "Kepala Pusat Data Dinas Pangan Sukamaju"),
    ("Rina Wulandari MSc, Kepala Pusat Data Dinas Pangan Sukamaju mengatakan.",
     "Rina Wulandari", "Kepala Pusat Data Dinas Pangan Sukamaju"),
    # a fire service's short name is a body, not a name (round 6c)
    ("Kabid Damkar, Rina Wulandari, menyatakan.", "Rina Wulandari", "Kabid Damkar"),
    # TITLE with a relative clause, NAME,
    ("Duta Besar Korea Utara yang bertugas di Jakarta, An Kwang Il, membantah.",
     "An Kwang Il", "Duta Besar Korea Utara"),
    # a relation: the sister, not the brother
    ("Adik perempuan Presiden Rusia, Lyudmila Orlova, berbicara.", "Lyudmila Orlova",
     "Adik perempuan Presiden Rusia"),
])
def test_appositives(sentence, name, role):
    mention = _one(sentence)
    assert (mention.name, mention.kind, mention.role) == (name, "person", role)


@pytest.mark.parametrize("sentence", [
    # round 6c: a name that does not open its sentence keeps apart from the title after it
    "Menurut Rina Wulandari, Kepala Dinas Pangan Sukamaju menolak usulan itu.",
    "Mengutip Lensa, sejumlah anggota dewan meminta data itu dibuka.",
    "Dalam siaran yang dimuat Lensa, juru bicara Dinas Pangan Sukamaju menyatakan stok cukup.",
])
def test_a_name_that_opens_no_sentence_is_not_the_title_after_it(sentence):
    assert len(find_mentions(sentence)) >= 2


def test_a_relation_with_a_known_person_is_not_that_person():
    mention = _one("Istri Vladimir Putin tidak hadir.")
    assert mention.canonical != "Vladimir Putin" and mention.type == "ru_government"


@pytest.mark.parametrize(("sentence", "canonical", "type_"), [
    ("Kementerian Luar Negeri Korea Utara menyebut laporan itu palsu.",
     "Kementerian Luar Negeri Korea Utara", "kp_government"),
    ("Badan Siber dan Sandi Negara Korea Selatan mencatat serangan.",
     "Badan Siber dan Sandi Negara Korea Selatan", "kr_government"),
    ("lembaga think tank Pusat Kajian Asia Timur menerbitkan laporan.",
     "Pusat Kajian Asia Timur", "think_tank"),
    ("surat kabar Jepang Asahi Shimbun melaporkan hal itu.", "Asahi Shimbun", "media"),
    ("situs Daily Monitor menulis bahwa kapal itu berlayar.", "Daily Monitor", "media"),
    ("Stasiun Pemantau Laut Baltik (SPLB) menemukan kapal itu.",
     "Stasiun Pemantau Laut Baltik", "unknown"),
])
def test_organisations_and_media(sentence, canonical, type_):
    mention = _one(sentence)
    assert (mention.canonical, mention.type) == (canonical, type_)
    assert mention.kind == "organisation"


def test_an_acronym_after_a_title_is_an_organisation_not_a_name():
    mention = _one("kata juru bicara BKSN, Darmawan Putra, kepada wartawan.")
    assert (mention.name, mention.role) == ("Darmawan Putra", "juru bicara BKSN")


def test_a_name_right_after_an_organisation_word_names_the_organisation():
    mention = _one("Hal itu disampaikan dosen Universitas Nusantara Raya, Siti Aminah, kemarin.")
    assert (mention.name, mention.role) == ("Siti Aminah", "dosen Universitas Nusantara Raya")


@pytest.mark.parametrize(("sentence", "kind", "refer", "head"), [
    ("Dia mengatakan itu.", "pronoun", "pronoun", "dia"),
    ("Pejabat itu menolak berkomentar.", "group", "definite", "pejabat"),
    ("Surat kabar tersebut menambahkan.", "organisation", "definite", "surat kabar"),
    ("Kementerian tersebut membantah.", "organisation", "definite", "kementerian"),
    ("Laporan tersebut menemukan bukti.", "document", "definite", "laporan"),
    # one typing slip in a long head word is still that word
    ("departermen tersebut menyebut hal itu.", "organisation", "definite", "departemen"),
])
def test_descriptions_to_resolve(sentence, kind, refer, head):
    mention = _one(sentence)
    assert (mention.kind, mention.refer, mention.head) == (kind, refer, head)


def test_unnamed_sources_are_anonymous_groups():
    mention = _one("Seorang pejabat militer yang tidak disebutkan namanya mengatakan.")
    assert mention.kind == "group" and not mention.name
    assert _one("para pejabat senior Jepang mengatakan").kind == "group"


@pytest.mark.parametrize(("sentence", "canonical"), [
    # the ways of saying "who was not named", and a continent or a region is no person
    ("Seorang pejabat Amerika yang tak mau disebut namanya menuturkan.", "US officials"),
    ("Seorang diplomat Eropa yang enggan namanya disebutkan bercerita.", "diplomat Eropa"),
    ("Seorang pejabat yang meminta identitasnya tidak disebutkan mengaku.", "pejabat"),
    ("Seorang pejabat Timur Tengah yang berbicara secara anonim mengatakan.",
     "pejabat Timur Tengah"),
])
def test_every_way_of_staying_unnamed(sentence, canonical):
    mention = _one(sentence)
    assert (mention.canonical, mention.kind) == (canonical, "group"), mention
    assert mention.text.startswith("Seorang") and sentence[mention.end:].split()[0] in (
        "menuturkan.", "bercerita.", "mengaku.", "mengatakan.")


def test_headlines_take_only_known_names_and_lexicon_words():
    found = find_mentions("Menlu Jepang Kecam Uji Rudal Korut", title_case=True)
    # "Menlu" (the foreign minister) is a title: the Japanese foreign minister speaks
    assert [(m.canonical, m.type) for m in found] == [
        ("Menlu Jepang", "jp_government"), ("North Korea government", "kp_government")]


def test_a_document_speaks_for_its_author():
    mention = _one("Pernyataan Kementerian Pertahanan Rusia menyebut serangan itu.")
    assert (mention.canonical, mention.role) == ("Russian Ministry of Defence", "pernyataan")


def test_a_domain_is_an_outlet():
    mention = next(m for m in find_mentions("dalam wawancara dengan KabarTimur.id di Ambon")
                   if m.kind == "organisation")
    assert mention.canonical == "KabarTimur.id" and mention.type == "media"


# ---------------------------------------------------------------- issue 23: names of any kind

@pytest.mark.parametrize(("sentence", "canonical", "kind", "type_", "role"), [
    # ranks and offices before a name: the person is the name
    ("Kapolres Sleman AKBP Yuda Prasetya mengatakan.", "Yuda Prasetya", "person",
     "government", "Kapolres Sleman AKBP"),
    ("Direktur Lalu Lintas Polda Jabar Kombes Pol Rudi Hartono menjelaskan.", "Rudi Hartono",
     "person", "government", "Direktur Lalu Lintas Polda Jabar Kombes Pol"),
    # an office holding "dan" and its short form in brackets
    ("Menteri Pertanian dan Ketahanan Pangan (Mentan) Dewi Anggraini menyebut.",
     "Dewi Anggraini", "person", "government",
     "Menteri Pertanian dan Ketahanan Pangan (Mentan)"),
    # the organisation and the place an office names come before the person
    ("Kepala Dinkes Kabupaten Sukamaju Lestari Handayani mengatakan.", "Lestari Handayani",
     "person", "government", "Kepala Dinkes Kabupaten Sukamaju"),
    ("Kepala Dishub Jateng Arif Setiawan mengatakan.", "Arif Setiawan", "person", "government",
     "Kepala Dishub Jateng"),
    # the name first, then its title
    ("Sari Wulandari Peneliti Utama dari Pusat Kajian Energi menilai.", "Sari Wulandari",
     "person", "unknown", "Peneliti Utama"),
    # names with digits and companies
    ("Kelompok 77 (G77) menyatakan sikapnya.", "Kelompok 77", "organisation", "unknown", ""),
    ("PT Sumber Tani (Persero) Tbk. mencatat laba.", "PT Sumber Tani (Persero) Tbk",
     "organisation", "company", ""),
    # an institution of any country takes its type from its words
    ("Universitas Hasanuddin menerbitkan kajian.", "Universitas Hasanuddin", "organisation",
     "academic", ""),
    ("Serikat Pekerja Nasional menolak keputusan itu.", "Serikat Pekerja Nasional",
     "organisation", "union", ""),
    ("Korps Lalu Lintas Polri mencatat kenaikan.", "Korps Lalu Lintas Polri", "organisation",
     "government", ""),
    # round 2: initials inside a name, after an office and inside a body's name
    ("Kepala Dinas Sosial Kota Sukamaju, Ratna W. Lestari mengatakan.", "Ratna W. Lestari",
     "person", "government", "Kepala Dinas Sosial Kota Sukamaju"),
    ("Direktur Eksekutif Lembaga Kajian A. B. Santoso menilai.", "A. B. Santoso", "person",
     "think_tank", "Direktur Eksekutif Lembaga Kajian"),
    # an office or a body whose name holds "untuk" / "for" / "for the"
    ("Duta Besar Jepang untuk ASEAN, Kenji Morita, mengatakan.", "Kenji Morita", "person",
     "jp_government", "Duta Besar Jepang untuk ASEAN"),
    ("Aliansi Warga untuk Air Bersih menggugat.", "Aliansi Warga untuk Air Bersih",
     "organisation", "unknown", ""),
    ("Institute for the Study of Coastal Cities menulis.",
     "Institute for the Study of Coastal Cities", "organisation", "think_tank", ""),
    ("Lembaga Riset Hamburg for The Baltic Economy mencatat.",
     "Lembaga Riset Hamburg for The Baltic Economy", "organisation", "think_tank",
     "Lembaga Riset"),
    # a body's name and then the person who speaks for it
    ("Forum Nusantara untuk Energi Bersih Dimas Pratama menilai.", "Dimas Pratama", "person",
     "unknown", "Forum Nusantara untuk Energi Bersih"),
    # an office, then a place of two or three words, then the person's whole name
    ("Gubernur Sulawesi Tengah Hendra Saputra menyampaikan.", "Hendra Saputra", "person",
     "government", "Gubernur Sulawesi Tengah"),
    ("Wakil Gubernur Nusa Tenggara Barat Made Suarta Wijaya menuturkan.",
     "Made Suarta Wijaya", "person", "government", "Wakil Gubernur Nusa Tenggara Barat"),
    ("Bupati Klaten Sri Mulyani Hastuti menjelaskan.", "Sri Mulyani Hastuti", "person",
     "government", "Bupati Klaten"),
    # an office whose fields are listed with commas is one office, and one speaker
    ("Kepala Pusat Riset, Edukasi, dan Layanan Badan Meteorologi Setyo Nugroho menjelaskan.",
     "Setyo Nugroho", "person", "government",
     "Kepala Pusat Riset, Edukasi, dan Layanan Badan Meteorologi"),
    # a minister's or an office's portfolio (a pe-/per-/ke- ... -an noun) is no name
    ("Menteri Perindustrian Wahyu Hidayat menyebut.", "Wahyu Hidayat", "person",
     "government", "Menteri Perindustrian"),
    ("Wakil Menteri Kehutanan Sari Dewanti menyebut.", "Sari Dewanti", "person",
     "government", "Wakil Menteri Kehutanan"),
    ("Kepala Dinas Peternakan Sukamulya Joko Susilo menyebut.", "Joko Susilo", "person",
     "government", "Kepala Dinas Peternakan Sukamulya"),
    ("Kepala Dinas Peternakan Joko Susilo menyebut.", "Joko Susilo", "person",
     "government", "Kepala Dinas Peternakan"),
    # a rank's corps is the rank's; a village head takes the village before the name
    ("Komandan Kodim 0999 Mayor Kav Dimas Aryo menuturkan.", "Dimas Aryo", "person",
     "unknown", "Komandan Kodim 0999 Mayor Kav"),
    ("Kepala Desa Sukamulya Hasan bin Umar menyampaikan.", "Hasan bin Umar", "person",
     "government", "Kepala Desa Sukamulya"),
    # degrees after a name close it and are no part of it
    ("Kepala Puskesmas Sukamaju dr. Ratih Anggraeni, M.Kes menjelaskan.", "Ratih Anggraeni",
     "person", "health", "Kepala Puskesmas Sukamaju dr."),
    ("Dosen Universitas Sukamaju Bayu Saputra, S.T., M.Sc. menilai.", "Bayu Saputra",
     "person", "academic", "Dosen Universitas Sukamaju"),
    # round 3: a body's short name known by how it begins (kemen-, bapp-, dis- + consonant)
    ("Kepala Bappeda Sukamaju Hendra Wijaya menuturkan.", "Hendra Wijaya", "person",
     "government", "Kepala Bappeda Sukamaju"),
    ("Kepala Disperindag Kota Sukamaju Ika Pertiwi menjelaskan.", "Ika Pertiwi", "person",
     "government", "Kepala Disperindag Kota Sukamaju"),
    # a given name that begins like one is still a name
    ("Menurut Dinda Lestari, harga naik.", "Dinda Lestari", "person", "unknown", ""),
    # round 3: degrees written without full stops
    ("Kepala Dinas Sosial Kota Sukamaju, Lestari Handayani SE, MM menjelaskan.",
     "Lestari Handayani", "person", "government", "Kepala Dinas Sosial Kota Sukamaju"),
    ("Kepala RSUD Sukamaju, Andi Pratama SpPD menuturkan.", "Andi Pratama", "person",
     "health", "Kepala RSUD Sukamaju"),
    ("Menurut Kementerian Kelautan, Perikanan, dan Pesisir, stok ikan turun.",
     "Kementerian Kelautan, Perikanan, dan Pesisir", "organisation", "government", ""),
    ("Kepala Bidang Perizinan, Pengawasan serta Penindakan Dinas Perdagangan Kota Sukamaju "
     "Yuliana Tampubolon menyebut.", "Yuliana Tampubolon", "person", "government",
     "Kepala Bidang Perizinan, Pengawasan serta Penindakan Dinas Perdagangan Kota Sukamaju"),
])
def test_names_of_offices_organisations_and_people(sentence, canonical, kind, type_, role):
    mention = _one(sentence)
    assert (mention.canonical, mention.kind, mention.type, mention.role) == (
        canonical, kind, type_, role)


@pytest.mark.parametrize("sentence", [
    "Jalur Pantai Selatan ditutup.",       # a place
    "Gerbang Tol Cikopo ramai.",          # a place
    "Idul Fitri tahun ini jatuh pada Senin.",  # a holiday is no name
])
def test_places_and_holidays_are_no_speakers(sentence):
    assert all(m.kind in ("place",) for m in find_mentions(sentence)), find_mentions(sentence)


def test_a_trader_at_a_market_then_a_city_is_no_person():
    found = [(m.text, m.kind) for m in find_mentions(
        "Kata Sulastri, pedagang di Pasar Johar, Semarang, Senin (3/6/2024).")]
    assert ("Sulastri", "unknown") in found and not any(
        kind == "person" and "Semarang" in text for text, kind in found)


def test_joint_speakers_two_countries_stay_two():
    # "Serikat" may go on with "dan" inside a union's name, never after a country's
    found = [m.canonical for m in find_mentions(
        "Amerika Serikat dan Korea Selatan menyebut latihan itu defensif.")]
    assert found == ["US government", "South Korea government"]


def test_a_list_of_officials_stays_a_list():
    # offices listed with commas are several speakers, not one office with fields
    found = [m.text for m in find_mentions(
        "Menteri Agama, Menteri Perhubungan, dan Kepala Korlantas meninjau jalur itu.")]
    assert "Menteri Agama" in found and "Menteri Perhubungan" in found
    assert [m.text for m in find_mentions(
        "Kementerian Agama, Kementerian Sosial, dan BNPB meninjau lokasi.")][:3] == [
        "Kementerian Agama", "Kementerian Sosial", "BNPB"]
    assert "Kepala Dinas" in [m.text for m in find_mentions(
        "Kepala Dinas, Badan Pangan, dan Kepolisian meninjau pasar.")]
    names = [m.canonical for m in find_mentions(
        "Kepala Biro Umum Dewi Lestari, Kepala Biro Hukum Anton Suryadi, dan Rudi menolak.")
        if m.kind == "person"]
    assert "Dewi Lestari" in names and "Anton Suryadi" in names


def test_institution_types_come_from_the_words_of_the_name():
    from newsframe.annotate.mentions import institution_type

    assert [institution_type(n) for n in (
        "Kementerian Kesehatan Ghana", "Badan Pusat Statistik", "Harvard University",
        "Yayasan Anak Bangsa", "Partai Hijau", "Rumah Sakit Umum Daerah", "Budi")] == [
        "government", "government", "academic", "ngo", "party", "health", "unknown"]
    # bodies whose names hold no type word are known by name (data/lexicons/institution_types)
    assert [institution_type(n) for n in ("Walhi Kalimantan Timur", "KSPI", "The Lancet")] == [
        "ngo", "union", "academic"]


def test_a_known_name_that_is_also_a_function_word():
    # "antara" (between) is a function word; inside a sentence "Antara" is the wire
    assert [m.canonical for m in find_mentions("Hal itu seperti dilansir Antara.")] == ["ANTARA"]
    assert "ANTARA" not in [m.canonical for m in find_mentions("Antara Rusia dan Korut.")]


@pytest.mark.parametrize(("sentence", "name", "role"), [
    # a place no lexicon knows after a division word is part of the office, never the person
    ("Kepala BPBD Kabupaten Lembah Hijau Darmawan Saputra mengatakan 12 orang meninggal.",
     "Darmawan Saputra", "Kepala BPBD Kabupaten Lembah Hijau"),
    ("Camat Kecamatan Batu Merah Joko Susilo menyebut empat rumah rusak.", "Joko Susilo",
     "Camat Kecamatan Batu Merah"),
    ("Kepala Pelaksana BPBD Tanjung Seruni Wahyu Pratama menambahkan.", "Wahyu Pratama",
     "Kepala Pelaksana BPBD Tanjung Seruni"),
    ("Kepala Dinsos Kota Kuala Jernih Siti Aminah menyebut.", "Siti Aminah",
     "Kepala Dinsos Kota Kuala Jernih"),
    ("Bupati Klaten Sri Mulyani Hastuti menjelaskan.", "Sri Mulyani Hastuti", "Bupati Klaten"),
    ("Kepala Badan Penanggulangan Bencana Daerah (BPBD) Lembah Hijau Darmawan Saputra "
     "mengatakan.", "Darmawan Saputra",
     "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Lembah Hijau"),
    # an organisation written right before a person's name, with no comma
    ("Sekretaris Perusahaan Mitra Sentosa Niaga Dewi Lestari mengatakan stok aman.",
     "Dewi Lestari", "Sekretaris Perusahaan Mitra Sentosa Niaga"),
    ("Presiden Direktur Sumber Alam Tbk Yohanes Purba menyebut.", "Yohanes Purba",
     "Presiden Direktur Sumber Alam Tbk"),
    ("Ekonom Bank Dunia Maria Ulfa memperkirakan.", "Maria Ulfa", "Ekonom Bank Dunia"),
])
def test_an_office_keeps_its_place_and_its_organisation(sentence, name, role):
    mention = next(m for m in find_mentions(sentence) if m.kind == "person")
    assert (mention.canonical, mention.role) == (name, role)


def test_a_place_after_a_division_is_never_a_person():
    mention = find_mentions("Kepala BPBD Kabupaten Lembah Hijau mengatakan 12 orang tewas.")[0]
    assert mention.canonical not in ("Hijau", "Lembah Hijau")
    assert mention.role == "Kepala BPBD Kabupaten Lembah Hijau"


@pytest.mark.parametrize(("sentence", "name"), [
    ("Menurut BPBD Tanjung Seruni, 12 orang meninggal.", "BPBD Tanjung Seruni"),
    ("Badan Penanggulangan Bencana Daerah (BPBD) Lembah Hijau mencatat 14 orang meninggal.",
     "Badan Penanggulangan Bencana Daerah (BPBD) Lembah Hijau"),
])
def test_a_regional_body_speaks_with_its_place_not_as_it(sentence, name):
    mention = find_mentions(sentence)[0]
    assert (mention.canonical, mention.kind) == (name, "organisation")


@pytest.mark.parametrize(("text", "expected"), [
    # the name a person goes by is that person, kept as a short form (round 5)
    ("Direktur PT Gula Nusantara, Hendra Saputra atau akrab disapa Endus mengimbau warga.",
     [("Hendra Saputra", "Endus")]),
    ("Lurah Sukamaju Siti Aminah yang biasa dipanggil Bu Ami, menyebut 40 rumah rusak.",
     [("Siti Aminah", "Ami")]),
])
def test_a_nickname_is_the_same_person(text, expected):
    found = [(m.name, m.acronym) for m in find_mentions(text) if m.kind == "person"]
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an office whose fields are joined by "dan" more than once and run on to its body is
    # one office (round 5); names and second titles after "dan" stay apart
    ("Menurut laporan Direktur Pencegahan dan Pengendalian Penyakit Tular "
     "Vektor dan Zoonosis Kemenkes, kasus naik.",
     ["laporan Direktur Pencegahan dan Pengendalian Penyakit Tular Vektor dan Zoonosis "
      "Kemenkes"]),
    ("Hadir Menteri Keuangan Rina Wati dan Menteri Sosial Budi Santoso.",
     ["Hadir Menteri Keuangan Rina Wati", "Menteri Sosial Budi Santoso"]),
])
def test_an_office_with_fields_joined_by_dan(text, expected):
    assert [m.text for m in find_mentions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a market is a place, and an age in brackets marks the person after it (round 7b)
    ("Penjual ikan di Pasar Kranggan Paiman (63) mengaku sepi.",
     [("Pasar Kranggan", "place"), ("Paiman", "unknown")]),
    ("Pedagang di Pasar Besar Lumajang Siti Aminah (47 tahun) menuturkan stok menipis.",
     [("Pasar Besar Lumajang", "place"), ("Siti Aminah", "person")]),
    # the rupiah sign before an amount never ends a name
    ("Harga cabai di Pasar Wonokromo Rp 60.000 per kilogram, kata Joko Santoso.",
     [("Pasar Wonokromo", "place"), ("Joko Santoso", "person")]),
    # without an age the run stays one place
    ("Sepi sekali di Pasar Anyar Bogor pagi itu.", [("Pasar Anyar Bogor", "place")]),
])
def test_markets_and_people_with_their_age(text, expected):
    found = [(m.text, m.kind) for m in find_mentions(text) if m.kind in (
        "place", "person", "unknown") and m.text not in ("Penjual", "Pedagang", "Harga", "Sepi")]
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Muhammad shortened with a full stop is part of the name (round 7b)
    ('"Stok aman," terang Kepala Seksi Pengawasan Disperindag Jawa Tengah Moh. Rifai.',
     ["Moh. Rifai"]),
    ("Menurut Muh. Amin, harga naik.", ["Muh. Amin"]),
    # an office cut before its body after "dan" names nobody; a name after the field does
    ('"Stok kami tinggal 40 ton," ujar Kepala Bidang Distribusi dan Cadangan', [""]),
    ("Kepala Bidang Distribusi dan Cadangan Rina Wati mengatakan stok aman.", ["Rina Wati"]),
    ("Kepala Seksi Data dan Informasi Budi Santoso mengatakan.", ["Budi Santoso"]),
])
def test_shortened_first_names_and_offices_cut_after_dan(text, expected):
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 7b: a regency after a body's word is its place when a person follows the comma
    ("Menurut Kepala UPT Damkar Sumedang, Asep Kurniawan rumah itu senilai Rp 120 juta.",
     [("Asep Kurniawan", "Kepala UPT Damkar Sumedang")]),
    # a one-word name after a title with no body word stays that person
    ("Menteri Pertanian Amran, Wakil Menteri Sudaryono hadir.",
     [("Amran", "Menteri Pertanian"), ("Sudaryono", "Wakil Menteri")]),
])
def test_a_regency_after_a_body_is_no_name(text, expected):
    assert [(m.name, m.role) for m in find_mentions(text) if m.kind == "person"] == expected


@given(st.lists(st.sampled_from(["Menteri", "menteri", "Kepala", "di", "tersebut", "Dinas",
                                 "Sukamaju", "Rina", "A.", "x", " ", "-", "'", "’", ".", ",",
                                 "\n", "7", "7B", "İ", "dr", "ju.", "Mil", "al-", "Qa"]),
                max_size=25))
@settings(deadline=None)  # the first example loads the lexicons
def test_token_scans_find_what_their_patterns_find(words):
    text = "".join(words)
    lexicon, capitals, _ = mentions._scanners()
    for scanner, scanned in ((lexicon, text.lower()), (capitals, text)):
        assert list(mentions._scan(scanner, scanned)) == \
            [m.span() for m in scanner.pattern.finditer(scanned)]


_SPANS = st.lists(st.tuples(st.integers(0, 12), st.integers(1, 4), st.integers(0, 3)),
                  max_size=8)


@given(_SPANS, _SPANS)
def test_merged_words_come_in_the_order_of_a_heap_merge(first, second):
    import heapq

    def words(spans, side):
        return [mentions._Word(s, s + n, f"{side}{k}", "", "", s + n, "") for s, n, k in spans]

    one, two = words(first, "a"), words(second, "b")
    assert mentions._merged(one, two) == list(
        heapq.merge(one, two, key=lambda w: (w.start, -w.end)))


@given(st.lists(st.sampled_from(["menurut", "Berdasarkan", "laman", "data", "harga", "pasar",
                                 "kota", ".", "go", "id", "x9", "-", " ", ",", ")", "A"]),
                max_size=25))
def test_an_address_is_looked_for_only_where_one_may_stand(words):
    sentence = "".join(words)
    assert [(m.start, m.end) for m in mentions._cited_addresses(sentence, 0, len(sentence), [])
            ] == [m.span(1) for m in mentions._CITED_ADDRESS.finditer(sentence)]


@pytest.mark.parametrize(("sentence", "person"), [
    # an office whose fields are listed with commas, a short form with digits in brackets,
    # the regency, then the name with no comma
    ("Kepala Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan "
     "Perlindungan Anak (DP2KBP3A) Kabupaten Wonosari Sri Wahyuni membuka acara itu.",
     "Sri Wahyuni"),
    # the same with no "dan": the fields end in the short form
    ("Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak (DP3A) Kota Tanjung Sari "
     "Endang Lestari hadir di sana.", "Endang Lestari"),
    # the unit "pada" its body, a lower-case degree and a one-word name, then where
    ("Kepala Bidang Pencegahan dan Pengendalian Penyakit (P2P) pada Dinkes Sulawesi Barat "
     "dr Ratnawati di Mamuju hadir.", "Ratnawati"),
    # a village head's title, the village, a one-word name
    ("Kepala Desa Karanganyar Sumadi menyambut rombongan.", "Sumadi"),
    ("Kades Tegalsari Wagino menyambut rombongan.", "Wagino"),
    ("Camat Pandanwangi Rustam menyambut rombongan.", "Rustam"),
    # round 16d: a village of two words (a quarter's word ends it, or a toponym's head
    # opens it) before a one-word name
    ("Kepala Desa Mekarsari Kulon Tarjo menyambut rombongan.", "Tarjo"),
    ("Lurah Bukit Harapan Syamsul menyambut rombongan.", "Syamsul"),
    ("Kades Sidorejo Lor Wiyono Saputro menyambut rombongan.", "Wiyono Saputro"),
    ("Bupati Lembah Hijau Timur Ahmad Fauzi menyambut rombongan.", "Ahmad Fauzi"),
    # a dentist's degree in lower case is no name
    ("Kepala Puskesmas Cempaka drg Maya Anggraini menyambut rombongan.", "Maya Anggraini"),
])
def test_long_offices_degrees_and_villages_before_a_name(sentence, person):
    found = [m.canonical for m in find_mentions(sentence) if m.kind == "person"]
    assert found == [person], [(m.text, m.kind) for m in find_mentions(sentence)]


def test_an_age_in_brackets_ends_no_office():
    # a name and an age after an office and a comma: the office does not take the name
    found = [m.canonical for m in find_mentions(
        "Kepala Dinas Sosial, Budi Hartawan (45), menyambut rombongan.")]
    assert "Budi Hartawan" in found


def test_a_place_ending_in_a_compass_word_is_all_place():
    # round 16d: "Barat Daya" closes the place; no person is named
    found = find_mentions("BPBD Kabupaten Lembah Barat Daya mencatat dua desa terdampak.")
    assert [(m.canonical, m.kind) for m in found if m.kind != "place"] == [
        ("BPBD Kabupaten Lembah Barat Daya", "organisation")]
@pytest.mark.parametrize(("sentence", "text", "name", "kind"), [
    # round 16a: a direction ends a place's name, never stands for a person's
    ("BPBD Kabupaten Lembah Hijau Selatan mencatat 57 rumah terendam.",
     "BPBD Kabupaten Lembah Hijau Selatan", "BPBD Kabupaten Lembah Hijau Selatan",
     "organisation"),
    ("Kepala BPBD Kabupaten Sumba Barat Daya Yohanes Bili mengatakan itu.",
     "Kepala BPBD Kabupaten Sumba Barat Daya Yohanes Bili", "Yohanes Bili", "person"),
    ("Pedagang di Pasar Kranji, Bekasi Utara, memastikan stok aman.", "Bekasi Utara",
     "Bekasi Utara", "place"),
    # … while "Barat" after a title still says whose officials they are
    ("Seorang diplomat Barat mengatakan itu.", "Seorang diplomat Barat", "", "group"),
])
def test_a_direction_ends_a_place_and_is_no_persons_name(sentence, text, name, kind):
    found = {m.text: m for m in find_mentions(sentence)}
    assert (found[text].name, found[text].kind) == (name, kind)


@pytest.mark.parametrize(("sentence", "name"), [
    # round 17a: an agency's initials that spell a pronoun ("DIA", the Defense Intelligence
    # Agency) are a name inside running text, the pronoun stays a pronoun in lower case
    ("Dalam berkas yang dibagikan kepada wartawan, DIA menyebut pengiriman itu berlanjut.",
     "DIA"),
    ("DIA memperkirakan sekitar 9.000 kontainer telah berangkat dari Rajin.", "DIA"),
])
def test_initials_that_spell_a_pronoun_are_a_name(sentence, name):
    found = [m for m in find_mentions(sentence) if m.kind != "pronoun"]
    assert any(m.text == name for m in found), [(m.text, m.kind) for m in find_mentions(sentence)]


@pytest.mark.parametrize("sentence", [
    "Dia memperkirakan sekitar 9.000 kontainer telah berangkat dari Rajin.",
    "Menurut dia, pengiriman itu berlanjut.",
    "KATA DIA KEMARIN DI JAKARTA",
])
def test_a_pronoun_in_lower_case_or_in_a_capitalised_headline_stays_a_pronoun(sentence):
    assert [m.kind for m in find_mentions(sentence) if m.text.lower() == "dia"] in (
        ["pronoun"], [])
    assert not [m for m in find_mentions(sentence) if m.text == "DIA" and m.kind != "pronoun"]


@pytest.mark.parametrize(("text", "expected"), [
    # round 22a, second part: a unit's short form the text defines in brackets, after a short
    # title and before a comma and the name, is the unit, not the person
    ("Rapat dihadiri Kepala Bidang Tata Ruang (Tarung) Wahyuni, Selasa (5/3). Dikatakan "
     "Kabid Tarung, Wahyuni, bahwa sebanyak 340 bangunan melanggar izin.",
     [("Wahyuni", "Kabid Tarung")]),
    ("Hadir pula Kepala Seksi Pelayanan Umum (Yanum) Bonifasius Lado. Menurut Kasi Yanum, "
     "Bonifasius Lado, antrean mencapai 75 orang.",
     [("Bonifasius Lado", "Kasi Yanum")]),
])
def test_a_short_form_the_text_defines_for_a_unit_is_no_name(text, expected):
    start = text.index(". ") + 2
    assert [(m.name, m.role) for m in find_mentions(text, start) if m.kind == "person"] == \
        expected


@pytest.mark.parametrize(("text", "expected"), [
    # a nickname in brackets after a person's name is no unit's short form: the title keeps it
    ("Warga bernama Suhendra (Hendra) datang. Menurut Ketua Hendra, Joko Susilo ikut.",
     [("Hendra", "Ketua"), ("Joko Susilo", "")]),
    # a short form nobody defines in the text reads as before
    ("Rapat dihadiri pegawai. Dikatakan Kabid Tarung, Wahyuni, bahwa 340 bangunan melanggar.",
     [("Tarung", "Kabid")]),
])
def test_a_bracketed_word_that_names_no_unit_reads_as_before(text, expected):
    start = text.index(". ") + 2
    assert [(m.name, m.role) for m in find_mentions(text, start) if m.kind == "person"] == \
        expected
