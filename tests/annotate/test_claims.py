"""Quantity claims: the complete expected set per seed (from reading the articles), the
not-a-claim traps, and offsets that point at their text."""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsframe import schema
from newsframe.annotate.claims import (
    COLUMNS,
    QUALIFIERS,
    extract_claims,
    units_vocabulary,
)
from tests.conftest import SEED_IDS

# (in_title, value, unit, qualifier, claimant, direction) — every counted noun in each seed:
# containers, shells, rockets, railcars, shipments, drones and factories, and the two other
# counts the seeds hold (two separatist regions, two senior officers), and nothing else.
EXPECTED = {
    "liputan6": {
        # title "AS: Korea Utara Kirim 1.000 Kontainer …" drops the body's "lebih dari"
        (True, 1000, "container", "exact", "US government", "KP->RU"),
        (False, 1000, "container", "more_than", "White House", "KP->RU"),
        # "Laporan tersebut" = the CSIS report named in the previous paragraph
        (False, 73, "railcar", "about", "CSIS", "unknown"),
        (False, 20, "railcar", "at_most", "CSIS", "unknown"),
    },
    "kompastv": {
        # "dalam jumlah besar" (line 1) has no numeral: not a claim
        # "dua wilayah separatis": a noun the unit lexicon does not know is its own unit;
        # nobody is quoted giving it: the outlet states it in its own words
        (False, 2, "wilayah", "exact", "KompasTV", "unknown"),
        (False, 1_000_000, "rocket", "vague", "White House", "KP->RU"),
        (False, 100, "drone", "vague", "US government", "unknown"),  # Iranian drones
    },
    "tribunnews": {
        # the headline names nobody: the same figure is Shin's in the body
        (True, 6700, "container", "exact", "Shin Won-sik", "KP->RU"),
        # lead paragraph; "Informasi tersebut" in the next paragraph names Shin as source
        (False, 6700, "container", "exact", "Shin Won-sik", "KP->RU"),
        (False, 1_000_000, "shell", "vague", "Shin Won-sik", "KP->RU"),  # jutaan amunisi
        (False, 3_000_000, "shell", "exact", "Shin Won-sik", "KP->RU"),
        (False, 500_000, "shell", "exact", "Shin Won-sik", "KP->RU"),
        (False, 2_000_000, "shell", "vague", "Shin Won-sik", "unknown"),  # beberapa juta
        # "ratusan pabrik amunisi": no speaker, and Shin's figures before count shells: the
        # outlet's own words
        (False, 100, "factory", "vague", "Tribunnews.com", "unknown"),
        (False, 10_000, "container", "more_than", "US Department of State", "KP->RU"),
        # food containers sent back ("Sebagai imbalannya, …"): the paragraph right after the
        # fact sheet's containers goes on counting containers with no speaker of its own
        (False, 9000, "container", "exact", "US Department of State", "RU->KP"),
    },
    "indonesiasatu": {
        # a stockpile, not a transfer: no direction
        (False, 10_000_000, "shell", "vague", "analysts", "unknown"),
        # "dua pejabat tinggi militernya": background the paragraph states on its own (no
        # cue says the South Korean military's statement before it goes on, which gave no
        # figure): the outlet's own words
        (False, 2, "person", "exact", "IndonesiaSatu.co", "unknown"),
    },
    "newslive": {
        (False, 1_000_000, "shell", "more_than", "Yoo Sang-bum", "KP->RU"),
        (False, 10, "shipment", "at_least", "South Korea National Intelligence Service",
         "KP->RU"),
        (False, 1_000_000, "shell", "more_than", "South Korea National Intelligence Service",
         "KP->RU"),
        (False, 1000, "container", "exact", "US government", "KP->RU"),
    },
}


@pytest.fixture(scope="module")
def claims(seed_articles, seed_story):
    return extract_claims(seed_articles, story=seed_story)


def _seed(claims, name):
    return claims[claims["article_id"] == SEED_IDS[name]]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_complete_expected_set_per_seed(claims, name):
    rows = _seed(claims, name)
    found = [(r.in_title, int(r.value), r.unit, r.qualifier, r.claimant, r.direction)
             for r in rows.itertuples()]
    assert len(found) == len(set(found)) or name == "newslive"
    assert set(found) == EXPECTED[name]
    assert len(found) == len(EXPECTED[name])


def test_columns_and_vocabularies(claims):
    assert list(claims.columns) == COLUMNS
    assert set(claims["qualifier"]) <= set(QUALIFIERS)
    assert set(claims["direction"]) <= set(schema.directions())
    # a known unit (the English word of data/lexicons/units.csv) or a noun's lemma
    assert set(claims["unit"]) - set(units_vocabulary()) == {"wilayah"}
    assert claims["unit"].str.fullmatch(r"[a-z_]+").all()
    assert claims["claim_id"].is_unique


def test_offsets_point_at_the_expression(claims, seed_articles):
    articles = seed_articles.set_index("article_id")
    for row in claims.itertuples():
        source = articles.at[row.article_id, "title" if row.in_title else "body"]
        expression = source[row.start:row.end]
        assert expression and expression in row.sentence
        assert row.sentence in source
    expressions = [articles.at[r.article_id, "title" if r.in_title else "body"][r.start:r.end]
                   for r in _seed(claims, "tribunnews").itertuples()]
    assert "3 juta peluru artileri 152 mm" in expressions
    assert "setidaknya beberapa juta peluru" in expressions


def test_alternatives_share_a_group_and_calibres(claims):
    rows = _seed(claims, "tribunnews").set_index("value")
    assert rows.at[3_000_000, "alternative_group"] == rows.at[500_000, "alternative_group"] != ""
    assert rows.at[3_000_000, "caliber_mm"] == 152
    assert rows.at[500_000, "caliber_mm"] == 122
    others = rows.drop(index=[3_000_000, 500_000])
    assert (others["alternative_group"] == "").all()  # "10.000 kontainer amunisi atau bahan"


def test_vague_amounts_have_upper_bounds(claims):
    vague = claims[claims["qualifier"] == "vague"]
    assert sorted(zip(vague["value"], vague["value_high"], strict=True)) == [
        (100, 1000), (100, 1000), (1e6, 1e7), (1e6, 1e7), (2e6, 1e7), (1e7, 1e8)]
    assert claims.loc[claims["qualifier"] != "vague", "value_high"].isna().all()


def test_relays_and_evidence(claims):
    newslive = _seed(claims, "newslive")
    assert newslive["relayed_by"].tolist() == ["", "Kompas.com", "Kompas.com", ""]
    tribun = _seed(claims, "tribunnews").set_index("value")
    assert tribun.at[2_000_000, "relayed_by"] == "Yonhap"
    assert tribun.at[2_000_000, "claimant_evidence"] == "direct"
    assert tribun.at[2_000_000, "claimant_text"] == "ucap Shin"
    # the lead's 6.700: "Informasi tersebut mencuat setelah … Shin Won Sik mengungkap"
    assert tribun.at[6700, "claimant_evidence"].tolist() == ["", "paragraph"] or \
        "next_sentence" in set(tribun.at[6700, "claimant_evidence"])
    liputan = _seed(claims, "liputan6")
    assert liputan["claimant_text"].tolist()[1].startswith("Gedung Putih")
    assert liputan["claimant_evidence"].tolist()[:2] == ["title", "direct"]
    assert (claims.loc[claims["claimant"] == "", "claimant_evidence"] == "").all()


def test_items_keep_the_coordinated_nouns(claims):
    kompas = _seed(claims, "kompastv").set_index("unit")
    assert kompas.at["rocket", "item"] == "roket dan peluru artileri"
    indonesiasatu = _seed(claims, "indonesiasatu")
    assert indonesiasatu.loc[indonesiasatu["unit"] == "shell", "item"].tolist() == [
        "peluru artileri dan roket"]


def test_periods_resolved_against_publication(claims):
    newslive = _seed(claims, "newslive").set_index("unit")
    assert newslive.at["shipment", "period_start"] == "2023-08-01"  # sejak bulan Agustus 2023
    assert newslive.at["shipment", "period_end"] == "2023-11-01"
    # Tribunnews has no publication date: "sejak Juli tahun lalu" stays unresolved
    assert (_seed(claims, "tribunnews")["period_start"] == "").all()


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Korea Utara mengirim 2 dari 4 halaman ke Rusia.", []),
    ("Pertemuan pertama pada tahun 2019 di kota berjarak 425 mil (680 kilometer).", []),
    ("Selama perjalanan enam hari Kim ke Rusia.", []),
    ("Mereka mengirim senjata dalam 17 bulan terakhir.", []),
    ("Peluru 152 mm dan 122 mm dipakai Rusia.", []),
    ("Resolusi 1718 melarang pengiriman senjata.", []),
    ("Korea Utara mengirim peluru artileri dalam jumlah besar ke Rusia.", []),
    ("Pada 2023 pengiriman senjata meningkat.", []),
    ("Salah satu kontainer dibuka.", []),
    # idioms of "satu": each other, one by one
    ("Kedua menteri itu saling memuji satu sama lain di Vladivostok.", []),
    ("Gudang amunisi itu meledak satu demi satu sepanjang malam.", []),
    ("Pejabat berusia 60 tahun itu tiba pukul 10.00.", []),
    ("Korea Utara mengirim hampir 5.000 kontainer ke Rusia.", [(5000, "container", "about")]),
    ("Rusia membeli ribuan roket dari Korut.", [(1000, "rocket", "vague")]),
    ("Pyongyang memasok hingga 4,8 juta peluru.", [(4_800_000, "shell", "up_to")]),
    ("Sedikitnya 13 ribu kontainer dikirim ke Rusia.", [(13000, "container", "at_least")]),
    ("Korut mengirim dua puluh gerbong.", [(20, "railcar", "exact")]),
    ("Ada 500.000 butir peluru.", [(500_000, "shell", "exact")]),
    ("Korut mengirim puluhan rudal balistik.", [(10, "missile", "vague")]),
])
def test_not_claims_and_small_cases(sentence, expected):
    articles = pd.DataFrame({"article_id": ["x"], "title": [""], "body": [sentence],
                             "published": ["2024-01-01"], "outlet": ["X"], "status": ["ok"]})
    found = extract_claims(articles)
    assert [(int(r.value), r.unit, r.qualifier) for r in found.itertuples()] == expected


def test_direction_and_claimants_in_small_cases(seed_story):
    body = ("Korea Utara mengirim 1.000 kontainer ke Rusia, kata Kirby, seperti dilansir AP.\n"
            "Menurut Yoo, Rusia mengirim 9.000 kontainer untuk Korut.\n"
            "Rusia menerima 300 gerbong dari Korut.\n"
            "Sebanyak 7.000 kontainer tiba.")
    articles = pd.DataFrame({"article_id": ["x"], "title": [""], "body": [body],
                             "published": ["2024-03-20"], "outlet": ["X"], "status": ["ok"]})
    found = extract_claims(articles, story=seed_story)
    assert found[["claimant", "relayed_by", "direction"]].values.tolist() == [
        ["John Kirby", "Associated Press", "KP->RU"],
        ["Yoo Sang-bum", "", "RU->KP"],
        # railcars after Yoo's containers: no speaker, another count — the outlet's; and a
        # paragraph whose figures nobody gave ends Yoo's run
        ["X", "", "KP->RU"],
        ["X", "", "unknown"],
    ]


@pytest.mark.parametrize("articles", [
    pd.DataFrame({"article_id": ["e"], "title": ["6.700 kontainer"], "body": [""],
                  "published": [""], "outlet": [""], "status": ["error"]}),
    pd.DataFrame({"article_id": ["e"], "title": ["x"], "body": ["9.000 kontainer"],
                  "published": [""], "outlet": [""], "status": ["error"]}),
    pd.DataFrame(columns=["article_id", "title", "body", "published", "outlet", "status"]),
])
def test_empty_and_error_rows_give_a_typed_empty_table(articles):
    found = extract_claims(articles)
    assert found.empty and list(found.columns) == COLUMNS
    assert str(found["value"].dtype) == "float64"


def test_input_not_mutated(seed_articles):
    before = seed_articles.copy()
    extract_claims(seed_articles)
    pd.testing.assert_frame_equal(seed_articles, before)


@pytest.mark.parametrize(("kwargs", "expected"), [
    ({}, 22),
    ({"units": ["container"]}, 7),
    ({"units": ["container", "shell"], "include_vague": False}, 11),
    ({"outlets": ["NEWSLIVE"]}, 4),
    ({"start": pd.Timestamp("2023-10-01").date()}, 8),  # Liputan6 + NEWSLIVE; undated dropped
    ({"start": pd.Timestamp("2022-01-01").date(), "end": pd.Timestamp("2022-12-31").date()}, 3),
])
def test_select_claims(claims, kwargs, expected):
    from newsframe.annotate.claims import select_claims

    assert len(select_claims(claims, **kwargs)) == expected


def test_a_sentence_gets_the_dates_inside_it_in_text_order():
    from types import SimpleNamespace

    from newsframe.annotate.claims import _DatesByStart

    found = [SimpleNamespace(start=s, end=e) for s, e in
             [(3, 9), (12, 20), (12, 14), (25, 31), (0, 2), (30, 40)]]
    dates = _DatesByStart(found)
    for start, end in [(0, 50), (3, 20), (10, 31), (12, 14), (4, 30), (40, 40)]:
        assert dates.within(start, end) == [d for d in found
                                            if start <= d.start and d.end <= end]


def test_a_figure_never_reaches_across_a_line_break():
    # invented: a headline repeated above the dateline, a figure broken by a line
    body = ("Pemerintah Datangkan Gula 12 Ribu Ton\nSURABAYA - Gula impor tiba.\n\n"
            "Sebanyak 480\nkontainer dibongkar di Tanjung Perak.")
    articles = pd.DataFrame({"article_id": ["x"], "title": [""], "body": [body],
                             "published": ["2024-10-24"], "outlet": ["X"], "status": ["ok"]})
    found = extract_claims(articles)
    tonnes = found[found["unit"] == "ton"].iloc[0]
    assert tonnes["value"] == 12000.0 and "SURABAYA" not in tonnes["item"]
    assert "\n" not in body[tonnes["start"]:tonnes["end"]]
    assert "container" not in set(found["unit"])  # "480\nkontainer" is no figure


# ---------------------------------------------------------------- a statement's extent (issue 23)

def _claimants(body: str, title: str = "", outlet: str = "X",
               columns=("value", "claimant", "claimant_evidence")) -> list:
    articles = pd.DataFrame({"article_id": ["s"], "title": [title], "body": [body],
                             "published": ["2024-05-01"], "outlet": [outlet], "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    return found[list(columns)].values.tolist()


@pytest.mark.parametrize(("body", "expected"), [
    # a later paragraph that goes on ("Selain itu", "Adapun", "Angka tersebut", a list item,
    # an agentless "tercatat") keeps the speaker of the statement before it
    ("Dinas Pertanian mencatat 1.200 hektare sawah puso.\n\nSelain itu, 40 hektare jagung "
     "rusak.", [[1200, "Dinas Pertanian", "direct"], [40, "Dinas Pertanian", "statement"]]),
    ('"Stok cukup," kata Lina Marpaung.\n\nAdapun cadangan di gudang ada 800 ton.',
     [[800, "Lina Marpaung", "statement"]]),
    ("Kepala BPBD Kota Padang Dedi Rahman melaporkan 312 rumah terendam.\n\nBaca juga: "
     "Banjir Lagi\n\n- Kecamatan Timur tercatat 95 rumah.",
     [[312, "Dedi Rahman", "direct"], [95, "Dedi Rahman", "statement"]]),
    # a paragraph that says something of its own, after a speaker who gave no figure: the
    # outlet's own words
    ('"Stok cukup," kata Lina Marpaung.\n\nKapal itu membawa 800 ton beras.',
     [[800, "X", "outlet"]]),
    # a paragraph of figures with no speaker of its own, right after a speaker's figures of
    # the same count, goes on with that speaker — however many paragraphs the run lasts
    ("Dinas Perikanan Kabupaten Lembah Hijau mencatat 2.300 ton ikan dijual tahun lalu.\n\n"
     "Untuk pasar lokal, 1.450 ton dijual di Pasar Induk.\n\nPasar ekspor menyerap 850 ton.",
     [[2300, "Dinas Perikanan Kabupaten Lembah Hijau", "direct"],
      [1450, "Dinas Perikanan Kabupaten Lembah Hijau", "run_on"],
      [850, "Dinas Perikanan Kabupaten Lembah Hijau", "run_on"]]),
    # … but not into a paragraph that counts something else
    ("Dinas Perikanan mencatat 2.300 ton ikan dijual tahun lalu.\n\n"
     "Di pelabuhan itu bersandar 45 kapal.",
     [[2300, "Dinas Perikanan", "direct"], [45, "X", "outlet"]]),
    # a figure repeated where nobody is named keeps the source it has elsewhere
    ("Sebanyak 75 sekolah rusak akibat gempa.\n\nMenurut Kepala BPBD Rudi Hartono, 75 "
     "sekolah itu tersebar di pesisir selatan.",
     [[75, "Rudi Hartono", "figure"], [75, "Rudi Hartono", "direct"]]),
    # a reporting passive whose agent comes later in the clause
    ("Produksi padi diperkirakan turun 4,5 persen tahun ini oleh Badan Pangan Nasional.",
     [[4.5, "Badan Pangan Nasional", "direct"]]),
    # a document cue followed by what it says, no comma between
    ("Mengacu data Lembaga Survei Nusantara tercatat 62 persen responden setuju.",
     [[62, "Lembaga Survei Nusantara", "document"]]),
    # a clause opened by "ketika"/"saat": the name after it is the subject
    ("Angka itu naik, ketika Kapolres Sukamaju AKBP Hendra Wijaya mengatakan 14 orang "
     "ditahan.", [[14, "Hendra Wijaya", "direct"]]),
    # a regional body takes one place word; a person after it; "di X" after a name is where
    # the person spoke
    ("Sebanyak 52 jiwa mengungsi, ujar Kabid Logistik BPBD Kabupaten Lembah Rini Astuti di "
     "Lembah, Senin.", [[52, "Rini Astuti", "direct"]]),
    ("Kepala Bidang Darurat BPBD Lembah Hamdan Saleh mengatakan 30 rumah terendam.",
     [[30, "Hamdan Saleh", "direct"]]),
    # "menurut data dari X": the data's source
    ("Menurut data dari BPBD Kota Lembah yang diterima Rabu (8/1), pengungsi mencapai 400 "
     "jiwa.", [[400, "BPBD Kota Lembah", "direct"]]),
    # a sentence opened by a "-nya" word is no name's
    ("Dinas Sosial mencatat 90 keluarga mengungsi.\n\nRinciannya, sebut dia, 40 keluarga di "
     "balai desa.", [[90, "Dinas Sosial", "direct"], [40, "Dinas Sosial", "statement"]]),
    # a lead whose dateline is glued to its first word
    ("LEMBAH, WARTALEMBAH.COM-Berdasarkan data Dinas Kesehatan, ada 12 kasus baru.",
     [[12, "Dinas Kesehatan", "document"]]),
    # a subject speaking through an organ of it
    ("Jepang melalui Kementerian Luar Negerinya menyebut 300 pekerja dievakuasi.",
     [[300, "Japan government", "direct"]]),
    # the paragraph's statement before the figure, over one after it
    ("Yayasan Peduli Anak mengumumkan 64 relawan dikirim. Sebanyak 12 relawan lain menyusul "
     "pekan depan, ujar Sari.",
     [[64, "Yayasan Peduli Anak", "direct"], [12, "Sari", "direct"]]),
    # a document named at the head of a sentence, after an opener
    ("Gudang itu penuh. Sementara itu, berdasarkan catatan Perum Bulog, stok beras mencapai "
     "1,4 juta ton.", [[1.4e6, "Perum Bulog", "document"]]),
    # the subject of a relative clause is not the speaker
    ("Kementerian Kesehatan yang dipimpin Budi Santoso menyebut 48 kasus baru.",
     [[48, "Kementerian Kesehatan", "direct"]]),
])
def test_a_figure_takes_the_speaker_of_the_statement_it_stands_in(body, expected):
    assert _claimants(body) == expected


# -------------------------------------------------------- round 3: a lead before the speaker

@pytest.mark.parametrize(("body", "expected"), [
    # the lead gives a figure before anybody speaks; the first speaker's first figure counts
    # the same thing: the lead summarises that speaker
    ("Pengungsi banjir di Sleman terus bertambah.\n\nSebelumnya, pada awal pekan, jumlahnya "
     "baru 800 orang.\n\nKepala BPBD Sleman Rina Wulandari mengatakan pengungsi kini "
     "mencapai 1.240 orang.",
     [[800, "Rina Wulandari", "lead"], [1240, "Rina Wulandari", "direct"]]),
    # the lead counts something else than the speaker: the outlet's own words
    ("Hujan deras mengguyur sejak Senin.\n\nSedikitnya 30 rumah rusak.\n\nKepala BPBD "
     "Sleman Rina Wulandari mengatakan pengungsi kini mencapai 1.240 orang.",
     [[30, "X", "outlet"], [1240, "Rina Wulandari", "direct"]]),
])
def test_a_lead_before_the_first_speaker_is_that_speakers(body, expected):
    assert _claimants(body) == expected


# ------------------------------------------- round 5: whose data (other real reporting)

@pytest.mark.parametrize(("body", "expected"), [
    # the period a count runs to stands between the data's owner and its verb
    ('"Angka resmi itu tidak jujur," kata Ketua SPN Rudi Hartono, Rabu.\n\nData Kementerian '
     "Pertanian hingga akhir Juni 2024 menunjukkan luas sawah puso mencapai 12.400 hektare.",
     [[12400, "Kementerian Pertanian", "direct"]]),
    ("Dinas Kesehatan Kota Bogor sejak Januari mencatat 640 kasus demam berdarah.",
     [[640, "Dinas Kesehatan Kota Bogor", "direct"]]),
    # another body's data in a relative clause, with or without a period before its verb
    ("Kementan mencatat luas sawah puso 9.000 hektare. Angka ini lebih rendah dari data HKTI "
     "yang hingga akhir Mei mencatat 21.500 hektare.",
     [[9000, "Kementan", "direct"], [21500, "HKTI", "direct"]]),
    # a sentence opening with a document and its author: the author's statement runs on
    ('"Angka resmi itu tidak jujur," kata Menteri Rina Wati. Kemensos mencatat 4.000 '
     "penerima.\n\nData yang dihimpun Lembaga Bantuan Hukum Surabaya belum lengkap. Namun "
     "warga yang belum menerima bantuan mencapai 9.300 orang.",
     [[4000, "Kemensos", "direct"], [9300, "Lembaga Bantuan Hukum Surabaya", "document"]]),
    ("Laporan terbaru yang dirilis oleh Indonesia Corruption Watch mencatat 579 kasus korupsi "
     "sepanjang 2023.", [[579, "Indonesia Corruption Watch", "document"]]),
    # the subject of a relative clause speaks, a setting before its verb or not
    ("Polisi menangkap warga yang pada Senin mengatakan 300 orang hilang.",
     [[300, "warga", "direct"]]),
])
def test_whose_data_a_figure_is(body, expected):
    assert _claimants(body) == expected


def test_a_speaker_known_by_a_nickname_keeps_the_later_pronoun():
    body = ('"Pasokan gula aman," kata Kepala Badan Pangan Rina Wati, Senin.\n\nSebelumnya, '
            "Direktur Utama PT Gula Nusantara, Hendra Saputra yang akrab disapa Endus, "
            'mengimbau agar warga tidak memborong gula.\n\n"Jangan panik, gudang kami berisi '
            '800 ribu ton," kata dia.')
    assert _claimants(body) == [[800000, "Hendra Saputra", "coreference"]]


@pytest.mark.parametrize(("body", "expected"), [
    # "pihak X" (the side of X) is X: after menurut, a passive's agent, a document's source
    ("Menurut pihak Dinas Perhubungan, tercatat ada 1.200 kendaraan melintas.",
     [[1200, "Dinas Perhubungan", "direct"]]),
    ("Kabar 30 korban itu dibantah pihak Rumah Sakit Umum Daerah Cibinong.",
     [[30, "Rumah Sakit Umum Daerah Cibinong", "direct"]]),
    # a document opening the sentence speaks for its source, and runs on
    ("Rina Wati menyebut 40 rumah rusak. Berdasarkan laporan dari pihak Polres Bogor, "
     "tercatat ada 1.200 kendaraan melintas. Jumlah tersebut lebih rendah 12 persen "
     "dibandingkan tahun lalu.",
     [[40, "Rina Wati", "direct"], [1200, "Polres Bogor", "document"],
      [12, "Polres Bogor", "document"]]),
    ("Rina Wati menyebut 40 rumah rusak. Berdasarkan data dari Dinas Sosial, ada 1.200 "
     "keluarga terdampak.", [[40, "Rina Wati", "direct"], [1200, "Dinas Sosial", "document"]]),
])
def test_the_side_of_a_body_and_a_documents_source(body, expected):
    assert _claimants(body) == expected


# ------------------------------------------------------------------ the speed gates lose nothing

# the scans as they were written before they were made to open with a digit (the reference)
_OLD_SCANS = {
    "_GLUED_DIGIT": r"(?<=[^\W\d_])\d",
    "_PER_UNIT": r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
                 r"(?=(?:,-)?\s?/\s?[^\W\d_])",
    "_RANGE": r"(?<![\w/.,-])(\d{1,3}(?:,\d+)?)\s?[-–]\s?(\d{1,3}(?:,\d+)?)(?![\w/.,-]|"
              r"\s*(?:Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des))",
}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "3", "12", "1.250", "4,5", "-", "–", " ", "/", "kapal", "Rp", "US$", "x", ".", ",", ",-",
    "٣", "Okt", "per", "dua", "pertiga", "se", "Separuh", "tiga", "perempat", "(", "_"]),
    max_size=12).map("".join))
def test_digit_first_scans_find_what_the_look_behind_scans_found(text):
    import re

    from newsframe.annotate import claims

    for name, old in _OLD_SCANS.items():
        new = getattr(claims, name)
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == [
            (m.span(), m.groups()) for m in re.compile(old).finditer(text)], name
    fractions, values = claims._fraction_pattern()
    words = "|".join(sorted(map(re.escape, values), key=len, reverse=True))
    old = re.compile(rf"(?<![\w-])(?:(se|{words})\s?per({words}|se\w+)|separuh)(?![\w-])",
                     re.IGNORECASE)
    assert [m.span() for m in fractions.finditer(text)] == [
        m.span() for m in old.finditer(text)]


# an article of my own with the places a gate could skip wrongly: a figure whose speaker is
# two sentences back, quotes closed after the figure, number words with no digit, English
_GATED = (
    "SUMBAWA - Kepala Dinas Perikanan Kabupaten Sumbawa, Ratna Wulandari, memaparkan hasil "
    "pendataan nelayan pada Selasa (3/6/2025). Pendataan itu berlangsung sejak awal tahun. "
    "Hasilnya, sebanyak 1.250 kapal kecil belum memiliki izin berlayar.\n\n"
    "\"Kami mencatat tiga ratus nelayan kehilangan alat tangkap akibat badai. Angkanya bisa "
    "bertambah,\" ujar Ratna.\n\n"
    "\"Sekitar 70 perahu rusak berat. Sisanya masih bisa diperbaiki,\" kata Ketua Himpunan "
    "Nelayan Sumbawa, Joko Prasetyo.\n\n"
    "Menurut Joko, bantuan baru menjangkau dua pertiga nelayan.\n\n"
    "\"The ministry has pledged 40 new boats by July,\" said Governor Peter Hall.\n\n"
    "Cuaca di perairan itu masih buruk hingga akhir pekan."
)


def _gated_tables():
    from newsframe import lexicons
    from newsframe.annotate.sources import extract_attributions

    lexicons.forget_texts()  # the analyses are remembered per text
    articles = pd.DataFrame([{
        "article_id": "g1", "title": "Ratusan nelayan Sumbawa kehilangan alat tangkap",
        "body": _GATED, "outlet": "Warta Contoh", "published": "2025-06-04",
        "status": "ok", "boilerplate": ""}])
    return extract_claims(articles), extract_attributions(articles)


def test_the_speed_gates_change_no_claim_and_no_attribution(monkeypatch):
    import re

    from newsframe.annotate import claims, statements

    gated_claims, gated_sources = _gated_tables()
    assert [(row.value, row.unit, row.claimant, row.claimant_evidence)
            for row in gated_claims.itertuples()] == [
        (100, "person", "Warta Contoh", "outlet"),  # "Ratusan" in the title
        (1250, "vessel", "Ratna Wulandari", "paragraph"),  # two sentences after her verb
        (300, "person", "Ratna Wulandari", "quote"),  # "tiga ratus", the quote closed later
        (70, "vessel", "Joko Prasetyo", "quote"),
        (66.7, "percent", "Joko Prasetyo", "direct"),  # "dua pertiga": a share, in percent
        # "said" in an Indonesian article: no attribution verb; an English paragraph's plural
        # is its singular unit
        (40, "boat", "Warta Contoh", "outlet"),
    ]
    assert list(gated_sources["source"]) == ["Ratna Wulandari", "Ratna Wulandari",
                                             "Joko Prasetyo", "Joko Prasetyo"]
    # the same article with every gate open and the scans written as before
    monkeypatch.setattr(statements.Reader, "_may_state", lambda self, sentence: True)
    monkeypatch.setattr(statements, "_adverbial_scan", statements._adverbial)
    for name, old in _OLD_SCANS.items():
        monkeypatch.setattr(claims, name, re.compile(old))
    open_claims, open_sources = _gated_tables()
    pd.testing.assert_frame_equal(gated_claims, open_claims)
    pd.testing.assert_frame_equal(gated_sources, open_sources)


def test_an_unclaimed_figure_takes_the_nearest_claimant_of_the_same_figure():
    from newsframe.annotate.claims import _claim_the_unclaimed

    def row(start, value, unit, claimant="", evidence="", in_title=False):
        return {"start": start, "value": value, "unit": unit, "claimant": claimant,
                "claimant_type": "person" if claimant else "", "claimant_evidence": evidence,
                "claimant_text": claimant, "relayed_by": "", "in_title": in_title,
                "speaker_start": start - 20 if claimant else None,
                "speaker_end": start - 10 if claimant else None}

    rows = [row(100, 70.0, "vessel", "Joko Prasetyo", "quote"),
            row(300, 70.0, "vessel", "Ratna Wulandari", "direct"),
            row(400, 70.0, "person", "Ratna Wulandari", "direct"),
            row(900, 70.0, "vessel", "Dewi Lestari", "figure"),  # taken over: never a source
            row(250, 70.0, "vessel"), row(200, 70.0, "vessel"), row(500, float("nan"), "vessel"),
            row(0, 70.0, "vessel", in_title=True)]
    _claim_the_unclaimed(rows, "Warta Contoh")
    assert [(r["claimant"], r["claimant_evidence"], r["speaker_start"]) for r in rows[4:]] == [
        ("Ratna Wulandari", "figure", 280),  # 50 before Ratna's, 150 after Joko's
        ("Joko Prasetyo", "figure", 80),  # 100 from each: the first in the article
        ("Warta Contoh", "outlet", None),  # no value: the outlet's own
        ("Joko Prasetyo", "figure", None)]  # the title's; its speaker's words are in the body
@pytest.mark.parametrize(("body", "expected"), [
    # round 7b: a page's line breaks cut a speaker's title twice; the name two lines on
    ('"Stok kami tinggal 40 ton," ujar Kepala Bidang Distribusi dan Cadangan\nDinas Pangan '
     "Sukamaju\n, Lestari Wahyuni, kepada wartawan.", [[40, "Lestari Wahyuni", "direct"]]),
    # the people and bodies a place stands for; a market and an age; a cited address
    ("Ratna, salah satu pedagang di Pasar lama Sukamaju mengatakan harga beras Rp 12.000 "
     "per kilogram.", [[12000, "Ratna", "direct"]]),
    ("Dinas Pertanian Kabupaten Sampang, Madura, Jawa Timur, mencatat 1.200 hektare sawah "
     "gagal panen.", [[1200, "Dinas Pertanian Kabupaten Sampang", "direct"]]),
    ("Pedagang di Pasar Kranggan Wati Lestari (59) menuturkan harga cabai Rp 60.000 per kg.",
     [[60000, "Wati Lestari", "direct"]]),
    ("Menurut sipangan.sukamaju, harga gula Rp 17.000 per kg.",
     [[17000, "sipangan.sukamaju", "direct"]]),
])
def test_speakers_on_unseen_pages(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 7b: an office "dari" a university with its short form, then the person
    ("Pengamat sosial dari Universitas Lembah Hijau (ULH) Rina Kartika menilai data itu "
     "belum akurat. Ia menyebut angka kemiskinan 12 persen.",
     [[12, "Rina Kartika", "coreference"]]),
    # a province after the body, before the verb, is the body's address
    ("Dinas Perdagangan Kota Sukamaju, Provinsi Kepulauan Riau mencatat harga cabai Rp "
     "50.000 per kg.", [[50000, "Dinas Perdagangan Kota Sukamaju", "direct"]]),
])
def test_an_analyst_of_a_university_and_a_body_with_its_province(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 8b: a body the sentence names as the subject of a verb that produces what the
    # figure counts is its claimant where no statement covers it (after a dateline too)
    ("SEMARANG - Badan Karantina Jawa Tengah telah menyita 48 ekor burung langka di "
     "pelabuhan.", [[48, "Badan Karantina Jawa Tengah", "actor"]]),
    ("Dari operasi kedua di Cilacap, Bea Cukai berhasil mengamankan 9,5 ton pupuk ilegal.",
     [[9.5, "Bea Cukai", "actor"]]),
    ("Dinas Sosial Kota Sukamaju menerima laporan 75 keluarga terdampak angin puting beliung.",
     [[75, "Dinas Sosial Kota Sukamaju", "actor"]]),
    # a verb of harm or transfer is no source: the outlet states the figure
    ("Kebakaran gudang menghanguskan 12 unit truk milik warga.", [[12, "X", "outlet"]]),
    # "Ada pula", "Di antaranya" go on with the statement before
    ("Juru bicara Dinas Kesehatan, Hana Putri, mengatakan ada 14 kasus campak.\n\n"
     "Ada pula 6 sekolah yang diliburkan sementara.",
     [[14, "Hana Putri", "direct"], [6, "Hana Putri", "statement"]]),
    # a statement covering the figure outranks the actor of its sentence
    ("Juru bicara Bea Cukai, Marlina Sari, mengatakan petugas menyita 300 botol miras.\n\n"
     "Selain itu, Bea Cukai juga menyita 20 karton rokok.",
     [[300, "Marlina Sari", "direct"], [20, "Marlina Sari", "statement"]]),
])
def test_the_body_that_did_what_a_figure_counts(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 8b: a paragraph naming nobody between two parts of one speaker's account is hers
    ("Kepala Dinas Perikanan Yuliana Putri menambahkan bahwa tangkapan nelayan turun.\n\n"
     "Pada musim lalu tangkapan mencapai 420 ton, kini tinggal 180 ton.\n\n"
     '"Cuaca buruk membuat kapal tidak melaut," imbuhnya.',
     [[420, "Yuliana Putri", "between"], [180, "Yuliana Putri", "between"]]),
    # a page's list lines between two quotes of one official
    ('"Air naik sejak subuh," ujar Kepala Pelaksana BPBD Sukamaju, Gilang Pratama.\n'
     "Desa Cempaka:\nTinggi air 2 meter\nWarga mengungsi: 310 jiwa\n"
     '"Kami kirim perahu karet," kata Gilang.',
     [[310, "Gilang Pratama", "between"]]),
    # two different speakers around it: nobody's account holds it, the outlet states it
    ("Kepala Dinas Perikanan Yuliana Putri menyebut tangkapan turun.\n\n"
     "Pada musim lalu tangkapan mencapai 420 ton.\n\n"
     '"Harga ikan naik," kata pedagang Rudi Santoso.', [[420, "X", "outlet"]]),
    # the same figure given elsewhere in a statement of its own outranks the account
    ("Bupati Sukamaju Hendra Wijaya meragukan data itu.\n\n"
     '"Kalau menurut survei itu 24 persen, data kami jauh lebih rendah."\n\n'
     '"Data kami lengkap," katanya.\n\nKementerian Kesehatan mencatat stunting 24 persen.',
     [[24, "Kementerian Kesehatan", "figure"], [24, "Kementerian Kesehatan", "direct"]]),
])
def test_a_paragraph_between_two_parts_of_one_account(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 8b: a quote's speaker named after a lower-case role no lexicon holds
    ('"Di Jambi ada 57 titik panas," kata prakirawan BMKG Jambi Sulastri, Senin.',
     [[57, "Sulastri", "direct"]]),
    # a titled description no named person bore means the person last quoted
    ("Direktur Lalu Lintas Polda Sukamaju Kombes Pol Bayu Aji mengatakan kecelakaan turun."
     '\n\n"Di jalur tengah ada 31 kecelakaan," tutur perwira menengah polisi tersebut.',
     [[31, "Bayu Aji", "coreference"]]),
    # "politisi Partai X ini" is the person named before, not the party
    ('"Data kami lebih baik," kata Bupati Sukamaju Hendra Wijaya.\n\nPadahal, kata politisi '
     "Partai Karya Rakyat (PKR) ini, angka stunting hanya 8 persen.",
     [[8, "Hendra Wijaya", "coreference"]]),
])
def test_speakers_named_by_a_role_or_a_description(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 8b: a figure a speaker repeats from another's claim, calling it a claim or citing
    # its source, stays the claim's
    ("Ketua Partai Maju Sentosa Agus Salim mengklaim harga beras naik 40 persen.\n\n"
     'Ekonom Rina Dewi membantahnya. "Klaim harga naik 40 persen itu keliru. Data kami '
     'lain," ujarnya.', [[40, "Agus Salim", "direct"], [40, "Agus Salim", "figure"]]),
    ("Badan Gizi Nasional mencatat stunting 21 persen.\n\n"
     '"Kalau menurut Badan Gizi Nasional naik 21 persen, data kami justru turun. Kami '
     'punya data lengkap," kata Bupati Sukamaju Hendra Wijaya.',
     [[21, "Badan Gizi Nasional", "direct"], [21, "Badan Gizi Nasional", "figure"]]),
    # a statement in the repeating sentence itself keeps the figure its speaker's
    ("Badan Gizi Nasional mencatat stunting 21 persen.\n\n"
     "Menurut Badan Gizi Nasional, Bupati Hendra Wijaya mengatakan stunting 21 persen.",
     [[21, "Badan Gizi Nasional", "direct"], [21, "Hendra Wijaya", "direct"]]),
])
def test_a_repeated_claim_stays_its_claimants(body, expected):
    assert _claimants(body) == expected


def _pantura_claims(body: str) -> pd.DataFrame:
    """The claims of one English article of a made-up outlet, Kabar Pantura."""
    arts = pd.DataFrame([{"article_id": "t", "outlet": "Kabar Pantura", "title": "",
                          "body": body, "boilerplate": "", "published": "2024-07-02",
                          "status": "ok"}])
    return extract_claims(arts, directions=[])


@pytest.mark.parametrize("sentence, claimant", [
    ("Figures released by the Harbour Authority recorded 2,730 idle trawlers in June.",
     "Harbour Authority"),
    ("Data from the Harbour Authority show that 2,730 trawlers stayed idle in June.",
     "Harbour Authority"),
    ("The Harbour Authority's data showed 2,730 trawlers stayed idle in June.",
     "The Harbour Authority"),
    ("Based on data from the Harbour Authority, 2,730 trawlers stayed idle in June.",
     "Harbour Authority"),
])
def test_an_english_document_cue_gives_the_figure_to_the_documents_author(sentence, claimant):
    body = ("TEGAL (Kabar Pantura) - Trawlers along the north coast stayed in port this summer. "
            + sentence + " Storms were frequent.")
    row = _pantura_claims(body).iloc[0]
    assert (row["value"], row["claimant_text"], row["attribution_basis"]) == (
        2730.0, claimant, "document")


@pytest.mark.parametrize(("sentence", "claimant"), [
    # round 17a: intelligence that indicates or suggests (present tense) speaks for itself
    ("A fresh intelligence assessment indicates that Minsk sent 2,730 drones to the front in "
     "June.", "A fresh intelligence"),
    ("The latest intelligence estimate suggests that Minsk sent 2,730 drones to the front in "
     "June.", "The latest intelligence"),
])
def test_english_intelligence_that_indicates_is_the_figures_claimant(sentence, claimant):
    body = "KYIV (Kabar Pantura) - Drones kept coming this summer. " + sentence + " It rained."
    row = _pantura_claims(body).iloc[0]
    assert (row["value"], row["claimant_text"], row["attribution_basis"]) == (
        2730.0, claimant, "document")


def test_an_english_sentence_opening_with_data_from_a_count_has_no_documents_author():
    body = ("TEGAL (Kabar Pantura) - Trawlers stayed in port. Data from 14 harbours, 2,730 "
            "trawlers in all, was lost. Storms were frequent.")
    assert set(_pantura_claims(body)["attribution_basis"]) == {"outlet"}


# ------------------------------ round 10: the claimant chosen among the article's speakers

@pytest.mark.parametrize(("body", "expected"), [
    # a paragraph of figures with no cue after a paragraph in which one speaker spoke three
    # times but gave no figure: the outlet's own voice, or that speaker's? Close: the outlet,
    # marked unsure (one statement just before is not enough to doubt the outlet)
    ("Menurut pihak Basarnas, pencarian korban kapal yang karam di perairan Seram masih "
     "berlangsung sampai malam. Basarnas mengatakan ombak tinggi menghambat tim penyelam. "
     "Basarnas juga menyebutkan pencarian dilanjutkan besok pagi.\n\nSebanyak 41 penumpang "
     "sudah ditemukan selamat, sementara 12 penumpang masih dicari.",
     [[41, "X", "unsure"], [12, "X", "unsure"]]),
    # a lead figure of the cases a speaker counts in the paragraphs after it, whose first
    # figure counts something else (so the lead rule does not reach it)
    ("Sepanjang tahun ini 420 kasus demam berdarah tercatat di Sambas, naik tajam.\n\n"
     "Kepala Dinas Kesehatan Sambas, Hendra Wijaya membenarkan kenaikan itu.\n\n"
     "Menurut Hendra, baru 2 kecamatan yang bebas dari penyakit itu.\n\n"
     "Pada tahun lalu, kata Hendra, ada 250 kasus di seluruh kecamatan.",
     [[420, "Hendra Wijaya", "unsure"], [2, "Hendra Wijaya", "direct"],
      [250, "Hendra Wijaya", "direct"]]),
    # a speaker in the figure's own sentence is never overridden, however often another
    # speaks around it
    ("Kata Dewi, warga mengungsi sejak pagi.\n\nMenurut Dewi, air naik cepat.\n\n"
     "BPBD mencatat 90 rumah terendam.\n\nDewi menambahkan tanggul jebol.",
     [[90, "BPBD", "direct"]]),
])
def test_a_weak_claimant_is_chosen_among_the_articles_speakers(body, expected):
    assert _claimants(body) == expected


# --------------------------------------------- round 11b: the extent of a statement (kind 1)

@pytest.mark.parametrize(("body", "expected"), [
    # a manner between the speaker and the verb ("dengan rinci", "secara singkat") does not
    # hide the speaker
    ("Kepala Dinas Sosial Maya Sari dengan rinci memaparkan bahwa 320 keluarga menerima "
     "bantuan.", [[320, "Maya Sari", "direct"]]),
    ("Kapolres, Teguh Prasetyo dengan bangga menyebut kalau pihaknya menahan 57 orang.",
     [[57, "Teguh Prasetyo", "direct"]]),
    ("Ketua DPRD Sambas Rudi Halim secara singkat menyampaikan 14 desa masih terisolasi.",
     [[14, "Rudi Halim", "direct"]]),
    # whom the speaker told stands between speaker and verb ("kepada wartawan", an outlet
    # by its address)
    ("Kepala BPBD Garut Yudi Pratama kepada wartawan menyebut 27 orang masih hilang.",
     [[27, "Yudi Pratama", "direct"]]),
    ("Camat Leuwiliang Sari Dewi kepada Harian.co menuturkan 61 rumah rusak.",
     [[61, "Sari Dewi", "direct"]]),
    # the office a speaker holds, after "selaku", between speaker and verb
    ("Dimas Pratama selaku Kasat Reskrim menuturkan 14 orang diperiksa.",
     [[14, "Dimas Pratama", "direct"]]),
    ("Sri Wahyuni selaku Kepala Dinas Sosial Kabupaten Bogor mengatakan 320 keluarga "
     "menerima bantuan.", [[320, "Sri Wahyuni", "direct"]]),
    # a paragraph opening on a further topic of the account ("Menyangkut …", "Terkait …")
    # goes on with the statement before it
    ("Menurut pihak Dinas Perhubungan, tercatat ada 640 kendaraan melintas.\n\nMenyangkut "
     "jumlah penumpang, totalnya mencapai 9.120 orang.",
     [[640, "Dinas Perhubungan", "direct"], [9120, "Dinas Perhubungan", "statement"]]),
    ('"Pencarian kami lanjutkan besok," ujar Kepala BPBD Garut Yudi Pratama.\n\nTerkait '
     "korban, hingga sore 27 orang masih hilang.",
     [[27, "Yudi Pratama", "statement"]]),
    # "Demikian disampaikan X" closes an account: it covers the paragraphs before it that
    # name no speaker
    ("Sepanjang pekan lalu ada 410 kasus baru.\n\nSebanyak 12 pasien meninggal dunia.\n\n"
     "Demikian disampaikan Kepala Dinas Kesehatan Lina Hartati, Senin.",
     [[410, "Lina Hartati", "next_paragraph"], [12, "Lina Hartati", "next_sentence"]]),
    # ... but not over another speaker's paragraph, nor the one before it
    ("Menurut Rina Wati, gudang menampung 800 ton.\n\nSepanjang pekan lalu ada 410 kasus "
     "baru.\n\nDemikian disampaikan Kepala Dinas Kesehatan Lina Hartati, Senin.",
     [[800, "Rina Wati", "direct"], [410, "Lina Hartati", "next_sentence"]]),
])
def test_the_extent_of_a_statement(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # the outlet's own aside ("Sebagai informasi", "Untuk diketahui") keeps its figures,
    # whatever cue or speaker stands before it
    ("Kepala Dinas Kesehatan Lina Hartati mengatakan ada 410 kasus baru.\n\nSebagai "
     "informasi, tahun lalu tercatat 2.300 kasus.",
     [[410, "Lina Hartati", "direct"], [2300, "X", "outlet"]]),
    ('"Stok cukup," kata Lina Marpaung.\n\nUntuk diketahui, cadangan di gudang selama ini '
     "ada 800 ton.", [[800, "X", "outlet"]]),
    # no lead either: the aside before the first speaker is not the speaker's summary
    ("Sebagai informasi, pada awal pekan pengungsi baru 800 orang.\n\nKepala BPBD Sleman "
     "Rina Wulandari mengatakan pengungsi kini mencapai 1.240 orang.",
     [[800, "X", "outlet"], [1240, "Rina Wulandari", "direct"]]),
    # nor does a closing "Demikian" reach over it
    ("Sebagai informasi, tahun lalu ada 95 kasus.\n\nSepekan ini tercatat 410 kasus baru."
     "\n\nDemikian disampaikan Kepala Dinas Kesehatan Lina Hartati, Senin.",
     [[95, "X", "outlet"], [410, "Lina Hartati", "next_sentence"]]),
    # a speaker in the aside's own sentence still speaks
    ("Kepala Dinas Kesehatan Lina Hartati mengatakan ada 410 kasus baru.\n\nSebagai "
     "informasi, BPS mencatat 70 desa rawan.",
     [[410, "Lina Hartati", "direct"], [70, "BPS", "direct"]]),
])
def test_the_outlets_aside_stays_the_outlets(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a speaker at a briefing reads out figures paragraph after paragraph with no cue: the
    # paragraphs after it that name nobody else go on with it
    ("Kapolres Sleman Andi Kusuma dalam jumpa pers, Senin, mengatakan pihaknya menggelar "
     "razia sepekan.\n\nPetugas menyita 12 kilogram ganja.\n\nDari razia itu, 31 orang "
     "ditangkap.",
     [[12, "Andi Kusuma", "statement"], [31, "Andi Kusuma", "statement"]]),
    ("Dalam paparannya, Kepala Dinas Kesehatan Lina Hartati menjelaskan situasi wabah.\n\n"
     "Sepanjang Mei ada 410 kasus baru.\n\nSebagai informasi, tahun lalu ada 95 kasus.",
     [[410, "Lina Hartati", "statement"], [95, "X", "outlet"]]),
    # no briefing named: the outlet's own account
    ("Kapolres Sleman Andi Kusuma mengatakan pihaknya menggelar razia sepekan.\n\nPetugas "
     "menyita 12 kilogram ganja.", [[12, "X", "outlet"]]),
    # another speaker spoke since the briefing's: not the briefing's account any more
    ("Dalam konferensi pers, Kepala Dinas Kesehatan Lina Hartati menjelaskan situasi wabah."
     '\n\n"Kami siaga," kata Direktur RSUD Budi Hartono.\n\nSepanjang Mei ada 410 kasus '
     "baru.", [[410, "X", "outlet"]]),
])
def test_a_briefing_account_runs_on(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # an office with "dan" in it after a quote, then a comma and the person's name
    ('"Empat warga masih dicari," ujar Kepala Seksi Logistik dan Darurat BPBD Kabupaten '
     "Garut, Wahyu Permana pada Senin.", [[4, "Wahyu Permana", "direct"]]),
    # "Kasi" (kepala seksi) is a title; a body's place of two words is no name
    ('"Empat warga masih dicari," kata Kasi Pencegahan BPBD Lembah Hijau, Rina Oktaviani.',
     [[4, "Rina Oktaviani", "direct"]]),
    # a title located at a market, a comma, a one-word name; the pronoun after means her
    ("Penjual Ikan di Pasar Kebon Raya, Sutarmi membenarkan kabar itu. Ia menyebut harga "
     "bandeng kini Rp 38 ribu per kilogram.", [[38000, "Sutarmi", "coreference"]]),
    # where the speaker spoke and when, between the name and the verb
    ("Kepala Bidang Pasar Dinas Koperasi, UKM, dan Perdagangan Kota Kendari, Darmawi di "
     "Kendari, Kamis, mengatakan harga gula naik Rp 900 per kilogram.",
     [[900, "Darmawi", "direct"]]),
    ("Lurah Cempaka Hendra Wijaya kepada wartawan di kantornya, Rabu, mengatakan 140 rumah "
     "terendam.", [[140, "Hendra Wijaya", "direct"]]),
    # a body named in one word between the title and the name is no part of the name
    ("Kepala Basarnas Rudi Santoso menyebut 12 nelayan belum ditemukan.",
     [[12, "Rudi Santoso", "direct"]]),
    # "menurut" with a speech noun, and with its pronoun
    ("Menurut pengakuan Joko Prasetyo, ia menjual 30 ekor sapi bulan lalu.",
     [[30, "Joko Prasetyo", "direct"]]),
    ("Kapolsek Tegalrejo Andri Nugraha tiba di lokasi pada pagi hari. Menurut "
     "keterangannya, 14 rumah rusak.", [[14, "Andri Nugraha", "coreference"]]),
    # the medium of the statement, whom it was told to, the occasion: never the speaker
    ("Kabid Humas Polda Jambi Andika Putra melalui keterangan tertulis menyampaikan 25 "
     "kendaraan ditilang.", [[25, "Andika Putra", "direct"]]),
    ("Kapolsek Banyuasin Rizal Efendi kepada Sumsel Pos, Jumat, mengatakan 18 rumah "
     "terbakar.", [[18, "Rizal Efendi", "direct"]]),
    ("Wali Kota Lembah Hijau Arif Budiman di sela kunjungan kerja, Senin, mengatakan 60 "
     "sekolah rusak.", [[60, "Arif Budiman", "direct"]]),
    # a trader's market and its city after the name: the name stays the speaker
    ("Sulastri, pedagang di Pasar Johar, Semarang, menyebut harga naik Rp 2.000 per "
     "kilogram.", [[2000, "Sulastri", "direct"]]),
    # English: the body a person belongs to, between the name and the verb
    ("At least 45 people were killed in the landslide, Dewi Kartika of the provincial "
     "disaster agency told AFP. Rescuers were still searching the area near the river.",
     [[45, "Dewi Kartika", "direct"]]),
    ("The Ministry of Health said on Monday that 40 people had been infected in the "
     "outbreak, the highest number this year.", [[40, "The Ministry of Health", "direct"]]),
    # "yang juga" and an office, the hall where he spoke, the occasion as a passive verb
    ("Mulyadi yang juga Ketua Gabungan Kelompok Tani Sumber Rejeki mengatakan 300 ton "
     "gabah terserap.", [[300, "Mulyadi", "direct"]]),
    ("Kepala Desa Sukamaju Tarmuji Hadi di Balai Desa Sukamaju menyebut 85 rumah terendam.",
     [[85, "Tarmuji Hadi", "direct"]]),
    ("Camat Sidoharjo Yuli Astuti ditemui di kantornya menyebut 85 rumah terendam.",
     [[85, "Yuli Astuti", "direct"]]),
    # still one speaker: a consulate located abroad, a person located in a city
    ("Konsulat Jenderal RI di Hong Kong mengatakan 200 pekerja dipulangkan.",
     [[200, "Konsulat Jenderal RI di Hong Kong", "direct"]]),
    ("Budi Santoso di Jakarta mengatakan 200 pekerja dipulangkan.",
     [[200, "Budi Santoso", "direct"]]),
])
def test_speakers_the_rules_did_not_read(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a service named by its nationality and a lower-case head word
    ("The port grew busier over the winter months. Danish intelligence reported that about "
     "3,100 containers left the harbour in May, and the trade is still growing.",
     [[3100, "Danish intelligence", "direct"]]),
    ("Trade over the border grew fast this year. Finland's military intelligence estimates "
     "that 7,500 lorries crossed the border in April, most of them at night.",
     [[7500, "Finland's military intelligence", "direct"]]),
    # a monitor's count: "observed"
    ("Analysts at the Orchard Policy Institute studied commercial photos taken on March 9 "
     "and observed roughly 52 tankers at the terminal.",
     [[52, "Analysts at the Orchard Policy Institute", "direct"]]),
    # a document and its author: a study, an analysis, imagery a body analysed
    ("A recent study by the Maple Trade Foundation has revealed that the region sold 4 "
     "million tonnes of wheat abroad. The study was published on Friday.",
     [[4_000_000, "Maple Trade Foundation", "document"]]),
    ("Nearly 90 barges were moored at the wharf last week, according to an analysis by the "
     "Harbour Watch Centre. The barges had not moved for days.",
     [[90, "Harbour Watch Centre", "direct"]]),
    ("Satellite imagery analysed by the Coastal Research Group shows 17 dredgers near the "
     "island. The dredgers arrived in June.",
     [[17, "Coastal Research Group", "document"]]),
    # "the newspaper" after a newspaper the lexicons do not know reported: that newspaper
    ("The Lakeside Courier reported on Sunday that the fleet was growing. According to the "
     "newspaper, about 16 ferries were bought last year.",
     [[16, "The Lakeside Courier", "coreference"]]),
    # a body's name going on over "of the": the spokesman speaks, the agency that carried
    # the remarks relays them
    ("Border crossings were shut on Friday. A spokesman for the Interior Ministry of Serbia "
     "said in remarks carried by Tanjug that 6 border posts were closed to all traffic.",
     [[6, "spokesman for the Interior Ministry of Serbia", "direct"]]),
    # "…, an official said" in the lead, the one official named with a role next
    ("At least 19 people drowned when the ferry sank off the coast, an official said on "
     "Friday.\n\nKarin Holm, a spokeswoman for the coast guard, said divers were still "
     "searching the wreck for the missing.", [[19, "Karin Holm", "direct"]]),
    ("At least 19 people drowned when the ferry sank off the coast, an official said on "
     "Friday.\n\nDivers were still searching the wreck for the missing, and the port was "
     "closed.", [[19, "official", "direct"]]),
    # "the agency" after a news agency a person only told: the person's agency
    ("The storm hit the islands hardest on Friday. Leo Brandt of the weather agency told "
     "Reuters that 31 homes were damaged. The agency said 5 piers were destroyed as well.",
     [[31, "Leo Brandt", "direct"], [5, "weather agency", "coreference"]]),
    # a body's named document, words of no clause break, then its verb: the body speaks,
    # not the one the document was given to
    ("The navy has grown fast over the past decade. A Naval Intelligence Office (NIO) "
     "briefing provided to a senior senator revealed that the fleet now counts an estimated "
     "340 warships in all.", [[340, "Naval Intelligence Office", "document"]]),
    ("The navy has grown fast over the past decade. The Pentagon's assessment released on "
     "Friday found that 120 new ships were built after 2015.",
     [[120, "The Pentagon", "document"]]),
    # images or a study with no author named: the author the article named last
    ("Barge traffic has grown at the river port this autumn.\nHarbour Watch writes about "
     "it.\nSatellite images taken on May 2 show that there are about 48 barges at the pier.",
     [[48, "Harbour Watch", "coreference"]]),
    ("Barge traffic has grown at the river port this autumn, and nobody knows why.\n\n"
     "Satellite images taken on May 2 show that there are about 48 barges at the pier.",
     [[48, "X", "outlet"]]),
])
def test_english_claimants_round_13b(body, expected):
    assert _claimants(body) == expected


# ------------------------- round 13c: when a figure is the outlet's own (issue 23, kind 1)

@pytest.mark.parametrize(("body", "expected"), [
    # numbered items after a colon line: the sentence splitter cuts the number off ("1."
    # alone), the item still goes on with the statement before the list
    ("Dinas Sosial Kota Lembah mencatat 4 desa terdampak longsor.\n\nRinciannya:\n\n"
     "1. Desa Karangsari, dengan 35 rumah rusak.\n\n2. Desa Wanajaya, dengan 18 rumah rusak.",
     [[4, "Dinas Sosial Kota Lembah", "direct"], [35, "Dinas Sosial Kota Lembah", "statement"],
      [18, "Dinas Sosial Kota Lembah", "statement"]]),
    ("Dinas Pemadam Kebakaran Kota Tirta melaporkan kebakaran di pasar dan gudang pekan "
     "ini:\n\n  1. Pasar Lama, 12 kios hangus.\n\n  2. Gudang Beras, 2 kios hangus.",
     [[12, "Dinas Pemadam Kebakaran Kota Tirta", "statement"],
      [2, "Dinas Pemadam Kebakaran Kota Tirta", "statement"]]),
    # a paragraph of figures that names the body whose record came just before (its whole
    # name, its short form with the place): the body's, not the outlet's
    ("Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Lembah mencatat 640 KK terdampak "
     "banjir.\n\nSebanyak 275 unit rumah terendam setinggi 80 cm. BPBD Kabupaten Lembah "
     "menyiagakan perahu karet.",
     [[640, "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Lembah", "direct"],
      [275, "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Lembah", "account"]]),
    # … but a paragraph naming nobody, after a body's record, stays the outlet's own
    ("Dinas Perumahan Kota Tirta mencatat 120 rumah rusak.\n\nKapal itu membawa 800 ton "
     "semen.", [[120, "Dinas Perumahan Kota Tirta", "direct"], [800, "X", "outlet"]]),
])
def test_figures_a_named_body_gives_are_not_the_outlets_own(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # an office listing fields with commas and a short form with digits, then the regency
    # and the name, no comma
    ("Kepala Dinas Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak "
     "(DKBP3A) Kabupaten Wonosari Sri Wahyuni mengatakan 412 balita mengalami gizi buruk.",
     [[412, "Sri Wahyuni", "direct"]]),
    # "pada" its body, a lower-case degree, a one-word name, where and when before the verb
    ("Kepala Bidang P2P pada Dinkes Sulawesi Barat dr Ratnawati di Mamuju, Selasa "
     "(14/6/2023) mengatakan cakupan imunisasi baru 61,5 persen.",
     [[61.5, "Ratnawati", "direct"]]),
    # a village head: the village, then a one-word name
    ("Kepala Desa Karanganyar Sumadi menyebut 64 rumah rusak.", [[64, "Sumadi", "direct"]]),
    # joint speakers before one verb: the first named leads the statement
    ("Bupati Wonosari Arif Budiman dan Wakil Bupati Sri Rahayu menyebut 40 sekolah rusak.",
     [[40, "Arif Budiman", "direct"]]),
    ("Camat Sukaraja Eko Prasetyo dan Kepala Desa Sukaraja Dedi Kurnia mengatakan 150 rumah "
     "terendam.", [[150, "Eko Prasetyo", "direct"]]),
    # an office, its short form, a comma and the name: one speaker, the person
    ("Kepala Badan Pusat Statistik Provinsi Lembah Hijau (BPS Lembah Hijau), Rinto Sukoco "
     "mengatakan 250 ribu orang tergolong miskin.", [[250000, "Rinto Sukoco", "direct"]]),
    # two statements, two verbs: each figure its own speaker
    ("Camat Sukaraja Eko Prasetyo mengatakan 150 rumah terendam, dan Kepala Desa Sukaraja "
     "Dedi Kurnia menyebut 30 keluarga mengungsi.",
     [[150, "Eko Prasetyo", "direct"], [30, "Dedi Kurnia", "direct"]]),
])
def test_speakers_in_long_offices_and_joint_speakers(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 13c, batch b after its score: a body's data told by "mendata" ("mencatatkan" is
    # left out: "Kabupaten X mencatatkan 150 kasus" is a place that had the cases)
    ("SUKAMAJU - Dinas Kependudukan Kota Sukamaju mendata jumlah warga pindah pada 2023 "
     "mencapai 4.200 orang. Angka ini naik sebanyak 310 orang dibandingkan tahun sebelumnya.",
     [[4200, "Dinas Kependudukan Kota Sukamaju", "direct"],
      [310, "Dinas Kependudukan Kota Sukamaju", "paragraph"]]),
])
def test_a_bodys_data_told_by_verbs_of_recording(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 13c: "the organisation", "the bureau", "the agency" after a body named in other
    # words mean that body (the one last quoted), as "lembaga itu" does
    ("Farm jobs fell in the spring, the Office for Rural Statistics has said.\n\nIn its "
     "latest release the organisation said wages rose by 4 percent.\n\nThe bureau said 30 "
     "percent of farms were hit.",
     [[4, "Office for Rural Statistics", "coreference"],
      [30, "Office for Rural Statistics", "coreference"]]),
    # … and the body a report is by, quoted or not ("a survey by the X Council")
    ("Rice harvests shrank this year, according to a survey by the Highland Farmers Council."
     "\n\nWorldwide, yields fell 6 percent, the agency said.",
     [[6, "Highland Farmers Council", "coreference"]]),
    # … a word naming a kind of body stays itself: "the ministry" is no office of statistics
    ("Farm jobs fell in the spring, the Office for Rural Statistics has said.\n\nThe ministry "
     "said 5 percent more were hired.", [[5, "ministry", "direct"]]),
])
def test_a_word_for_any_body_means_the_body_named_before(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 14b: a country or a place tallying cases had them; it counted nothing
    ("Vietnam mencatat 512 kasus baru pada Kamis, sehingga totalnya 7.300 kasus.",
     [[512, "X", "outlet"], [7300, "X", "outlet"]]),
    ("Dinas Kesehatan Provinsi Lembah mencatat 900 kasus di enam kota. Urutan teratas "
     "ditempati Kota Sari dengan 310 kasus. Berikutnya Kabupaten Jati yang melaporkan ada "
     "2.140 kasus.\n\nKota Rawa menyusul dengan 85 kasus.",
     [[900, "Dinas Kesehatan Provinsi Lembah", "direct"],
      [6, "Dinas Kesehatan Provinsi Lembah", "direct"],
      [310, "Dinas Kesehatan Provinsi Lembah", "paragraph"],
      [2140, "Dinas Kesehatan Provinsi Lembah", "paragraph"],
      [85, "Dinas Kesehatan Provinsi Lembah", "run_on"]]),
    # (a guard: English already left this one to the page)
    ("On Friday Indonesia recorded 4,120 new infections.", [[4120, "X", "outlet"]]),
    # a country counting what is no case of its own still speaks for its government
    ("Rusia mencatat 40 drone ditembak jatuh.", [[40, "Russia government", "direct"]]),
])
def test_a_country_or_a_place_tallying_cases_is_no_speaker(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 14b: official data nobody is named for are not the last speaker's
    ("Menteri Rudi Sutanto mengatakan pasar tenang. Data resmi menunjukkan 640 toko tutup "
     "sepanjang tahun.", [[640, "Data resmi", "coreference"]]),
    # "data itu" still means the data the speaker gave
    ("Menteri Rudi Sutanto mengatakan pasar tenang. Data itu menunjukkan 640 toko tutup.",
     [[640, "Rudi Sutanto", "coreference"]]),
    # official data of a body the page named before are that body's
    ("BPS merilis data ekspor pekan lalu.\n\nData resmi menunjukkan 640 toko tutup.",
     [[640, "BPS", "coreference"]]),
    ("Menteri Rudi Sutanto mengatakan pasar tenang.\n\nData resmi menunjukkan 640 toko tutup.",
     [[640, "Data resmi", "coreference"]]),
])
def test_official_data_nobody_is_named_for_are_not_the_last_speakers(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 14b: the one who accompanies the speaker does not speak
    ("Kepala Dinas Sosial Kota Teluk Andi Prasetyo dengan didampingi Sekretaris Rudi Hartono "
     "mengatakan 45 rumah terendam.", [[45, "Andi Prasetyo", "direct"]]),
    ("Camat Lembah Raya Joko Susilo didampingi Kapolsek Budi Utomo mengatakan 60 warga "
     "mengungsi.",
     [[60, "Joko Susilo", "direct"]]),
])
def test_a_companion_of_the_speaker_is_no_speaker(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 14b: a state code or a country ending an address before the verb is no speaker
    ("A report published by the website Harbor Watch, run by a think tank in Washington, "
     "DC, claims 200 drones were sent.", [[200, "X", "outlet"]]),
    ("A survey by a group based in Busan, South Korea, said 300 ships were idle.",
     [[300, "X", "outlet"]]),
])
def test_the_end_of_an_address_is_no_speaker(body, expected):
    assert _claimants(body) == expected


_FRONT = ("North Korea has sent more soldiers to the front, officials in Seoul believe. {} The "
          "soldiers are said to be training in the east of the country.")


@pytest.mark.parametrize(("body", "expected"), [
    # round 14b: a clause after "while" with its own subject and figure is that subject's
    (_FRONT.format("The spy agency of South Korea said about 10,000 troops were sent, while "
                   "Ukraine puts the number at 12,000 troops."),
     [[10000, "spy agency of South Korea", "direct"], [12000, "Ukraine government", "direct"]]),
    (_FRONT.format("Western intelligence estimates suggest up to 10,000 troops, while Ukraine "
                   "places the figure closer to 12,000 troops."),
     [[10000, "Western intelligence", "document"], [12000, "Ukraine government", "direct"]]),
    # "puts" or "places" with no figure as its object states nothing
    (_FRONT.format("Russia places 5,000 troops on alert near the border, the agency said."),
     [[5000, "agency", "direct"]]),
])
def test_a_clause_after_while_with_its_own_subject_is_that_subjects(body, expected):
    assert _claimants(body) == expected


_OUTBREAK = ("Officials say the outbreak is slowing in most districts, and schools will reopen "
             "next week. {} The ministry urged people to keep wearing masks in crowded places.")


@pytest.mark.parametrize(("body", "expected"), [
    # round 15b: a document's owner after "milik" (past its period word) is its author, not
    # the disease the document is about
    ("Merujuk rekap mingguan DBD milik Dinas Kesehatan Provinsi Lembah, seluruh 12 kabupaten "
     "sama-sama mengirim laporan. Untuk Kabupaten Jati, kasus yang tercatat berjumlah 640 "
     "orang.", [[12, "Dinas Kesehatan Provinsi Lembah", "document"],
                [640, "Dinas Kesehatan Provinsi Lembah", "document"]]),
    ("Berdasarkan laporan mingguan Demam Berdarah milik Dinas Kesehatan Provinsi Lembah, "
     "jumlah pasien di Kabupaten Jati mencapai 640 orang.",
     [[640, "Dinas Kesehatan Provinsi Lembah", "document"]]),
    ("Menurut catatan bulanan Inflasi milik Bank Sentral, harga naik 3 persen.",
     [[3, "Bank Sentral", "direct"]]),
    # (a guard: a document named by no owner stays the page's)
    ("Berdasarkan data itu, harga naik 3 persen.", [[3, "X", "outlet"]]),
])
def test_a_documents_owner_after_milik_is_its_author(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 15b: a Malaysian honorific after an English title is part of the name, and a
    # hyphenated "director-general" is a title
    (_OUTBREAK.format("Brunei recorded 18 new infections today, said Health Director-General "
                      "Datuk Dr Aziz Rahman."), [[18, "Aziz Rahman", "direct"]]),
    (_OUTBREAK.format("Brunei recorded 18 new infections today, said Health Director-General "
                      "Tan Sri Dr Aziz Rahman."), [[18, "Aziz Rahman", "direct"]]),
    (_OUTBREAK.format("Brunei recorded 18 new infections today, said Health Minister Dato' Sri "
                      "Aziz Rahman."), [[18, "Aziz Rahman", "direct"]]),
])
def test_an_honorific_after_an_english_title_is_part_of_the_name(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 15b: an announcer named after the figures ("X made the announcement", "X
    # announced the figures") speaks for the sentence or the paragraphs before
    (_OUTBREAK.format("\n\nThailand counted 412 new dengue infections on Monday, lifting the "
                      "year's tally to 9,310.\n\nThere was one more death, taking the toll to "
                      "52.\n\nThe deputy health minister, Somchai Rattana, made the announcement "
                      "at a briefing in Bangkok."),
     [[412, "Somchai Rattana", "next_paragraph"], [9310, "Somchai Rattana", "next_paragraph"],
      [52, "Somchai Rattana", "next_sentence"]]),
    (_OUTBREAK.format("Thailand counted 412 new dengue infections on Monday, lifting the "
                      "year's tally to 9,310. Deputy Health Minister Somchai Rattana announced "
                      "the figures at a briefing in Bangkok."),
     [[412, "Somchai Rattana", "next_sentence"], [9310, "Somchai Rattana", "next_sentence"]]),
    # (guards: "said this week" points nowhere back; "made" is no verb of speech with any
    # other object)
    (_OUTBREAK.format("Thailand counted 412 new dengue infections on Monday. The health "
                      "minister, Somchai Rattana, said this week that schools stay shut."),
     [[412, "Officials", "paragraph"]]),
    (_OUTBREAK.format("The factory made 400 drones last year, its owner Somchai Rattana said."),
     [[400, "Somchai Rattana", "direct"]]),
])
def test_an_announcer_named_after_the_figures_speaks_for_them(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 15b: an English task force is a body ("according to its dengue task force")
    (_OUTBREAK.format("Vietnam reported 640 new infections on Tuesday, according to its "
                      "dengue task force."), [[640, "dengue task force", "direct"]]),
    (_OUTBREAK.format("The dengue task force said 640 people were in hospital."),
     [[640, "dengue task force", "direct"]]),
])
def test_an_english_task_force_is_a_body(body, expected):
    assert _claimants(body) == expected


# ------------- round 16b: empty and generic claimants, mostly English (issue 23, kinds 1, 6)

_STORM = ("Heavy rain hit the coastal towns of the province on Sunday, and rescue teams were "
          "sent from the capital to help villagers who had lost their homes.\n\n{}")


@pytest.mark.parametrize(("body", "expected"), [
    # a one-word capital before "estimates / figures / reports …" is an adjective, no speaker
    (_STORM.format("Current estimates put the number of dead at 320, with 95 people still "
                   "missing."), [[320, "", ""], [95, "", ""]]),
    (_STORM.format("Early estimates suggest that 4,200 homes were flattened by the storm."),
     [[4200, "", ""]]),
    (_STORM.format("Preliminary reports said 58 people drowned in the river."),
     [[58, "", ""]]),
    # (guards: a name before a verb of estimating still speaks; a known body's figures too)
    (_STORM.format("Oxfam estimates that 4,200 homes were flattened by the storm."),
     [[4200, "Oxfam", "direct"]]),
])
def test_a_capitalised_adjective_before_estimates_is_no_speaker(body, expected):
    assert _claimants(body, outlet="") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a figure a kind of speaker gives (a lead's "authorities warned", "officials said") that
    # one named speaker gives too is the named one's
    (_STORM.format("At least 48 people have died in the mudslides, as the region's "
                   "authorities warned of more rain on Tuesday.\n\nThousands of villagers "
                   "sheltered in schools and mosques.\n\n\"As of this morning, 48 people have "
                   "died,\" Marta Oliveira, a spokeswoman for the Civil Protection Service, "
                   "told reporters."),
     [[48, "Marta Oliveira", "figure"], [1000, "region's authorities", "run_on"],
      [48, "Marta Oliveira", "direct"]]),
    (_STORM.format("At least 48 people have died in the mudslides, officials said.\n\n"
                   "The civil protection service counted 48 dead, director Paulo Reis said."),
     [[48, "Paulo Reis", "figure"], [48, "Paulo Reis", "direct"]]),
    (_STORM.format("A hospital official said 23 people died overnight.\n\nRoads to the valley "
                   "stayed closed.\n\nThe regional health chief, Ines Duarte, said 23 people "
                   "had died in the night."),
     [[23, "Ines Duarte", "figure"], [23, "Ines Duarte", "direct"]]),
    # (guards: a figure the kind of speaker alone gives stays theirs; two named speakers of
    # the same figure leave it to the rules)
    (_STORM.format("A hospital official said 23 people died overnight.\n\nRoads to the valley "
                   "stayed closed.\n\nThe regional health chief, Ines Duarte, said 40 people "
                   "were injured."),
     [[23, "hospital official", "direct"], [40, "Ines Duarte", "direct"]]),
    (_STORM.format("Officials said 23 people died overnight.\n\nThe regional health chief, Ines "
                   "Duarte, said 23 people had died. Mayor Rui Lopes also said 23 people had "
                   "died."),
     [[23, "Officials", "direct"], [23, "Ines Duarte", "direct"], [23, "Rui Lopes", "direct"]]),
])
def test_a_kind_of_speaker_yields_to_the_one_named_for_the_same_figure(body, expected):
    assert _claimants(body, outlet="") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 16b: the -kan forms of the verbs of recording and detailing speak for a body
    ("Dinas Kesehatan Kabupaten Lembah Hijau mencatatkan 412 kasus demam berdarah sepanjang "
     "Januari.", [[412, "Dinas Kesehatan Kabupaten Lembah Hijau", "direct"]]),
    ("Dinas Kesehatan Kabupaten Lembah Hijau merincikan kasus di Kecamatan Utara 120 kasus dan "
     "Kecamatan Selatan 95 kasus.",
     [[120, "Dinas Kesehatan Kabupaten Lembah Hijau", "direct"],
      [95, "Dinas Kesehatan Kabupaten Lembah Hijau", "direct"]]),
    # … but a country that posts a surplus tells nothing: who counted it is named elsewhere
    ("Neraca perdagangan Malaysia mencatatkan surplus USD1,7 miliar pada Juni.",
     [[1.7e9, "", ""]]),
    ("Neraca perdagangan Indonesia mencatat surplus USD1,7 miliar pada Juni.", [[1.7e9, "", ""]]),
])
def test_verbs_of_recording_and_a_country_posting_a_balance(body, expected):
    assert _claimants(body, outlet="") == expected


def _claimant_texts(body: str) -> list:
    articles = pd.DataFrame({"article_id": ["s"], "title": [""], "body": [body],
                             "published": ["2024-05-01"], "outlet": [""], "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    return found[["value", "claimant", "claimant_text"]].values.tolist()


@pytest.mark.parametrize(("body", "expected"), [
    # round 16b: "according to government figures": the words read keep the record noun, so a
    # reader sees a kind of record, not a speaker named "government"
    (_STORM.format("The mudslide buried 31 houses and killed nine people, according to "
                   "government figures."),
     [[31, "government", "according to government figures"],
      [9, "government", "according to government figures"]]),
    (_STORM.format("The mudslide buried 31 houses, according to the Red Cross."),
     [[31, "Red Cross", "according to the Red Cross"]]),
])
def test_according_to_a_record_keeps_the_record_noun(body, expected):
    assert _claimant_texts(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 16b: an English sheriff speaks (was: the officials of the sentence before)
    (_STORM.format("Officials said on Monday that 80 people had died across the state. The "
                   "Lamar county sheriff said 31 adults and 12 children have died there."),
     [[80, "Officials", "direct"], [31, "Lamar county sheriff", "direct"],
      [12, "Lamar county sheriff", "direct"]]),
])
def test_a_sheriff_speaks(body, expected):
    assert _claimants(body, outlet="") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 16b: a television station is a medium that speaks (was: the officials of the next
    # sentence, or nobody)
    (_STORM.format("Bangladesh's private Ekattor television reported a death toll of more than "
                   "3,000 in the south. It did not cite a source. Officials had said the toll "
                   "would rise."),
     [[3000, "Bangladesh's private Ekattor television", "direct"]]),
    (_STORM.format("State-run television said 1.2 million homes had been damaged."),
     [[1.2e6, "State-run television", "direct"]]),
])
def test_a_television_station_speaks(body, expected):
    assert _claimants(body, outlet="") == expected


def test_a_vague_amount_said_twice_is_no_one_figure():
    # round 16b: "thousands" from witnesses and "thousands" from a ministry are two amounts
    body = _STORM.format("Witnesses said thousands of people gathered at the port.\n\nThe "
                         "Interior Ministry spokesman, Karel Dvorak, said thousands of people "
                         "had been evacuated.")
    assert _claimants(body, outlet="") == [[1000, "Witnesses", "direct"],
                                           [1000, "Karel Dvorak", "direct"]]
@pytest.mark.parametrize(("title", "body", "expected"), [
    # round 16d: the topic a sentence-case headline names before its colon (a disease, a
    # storm) is what the page is about, not a speaker; the body's speakers keep the figures
    ("Mpox: 52 new infections recorded in Penang",
     _OUTBREAK.format("Penang logged 52 new infections this week, state health director Lim "
                      "Wei Ming said."),
     [[52, "X", "outlet"], [52, "Lim Wei Ming", "direct"]]),
    ("Typhoon Haikui: 12 villages cut off in Taitung",
     _OUTBREAK.format("Twelve villages were cut off, county chief Chen Yu-lin told reporters "
                      "on Monday."),
     [[12, "X", "outlet"], [12, "Chen Yu-lin", "direct"]]),
    # (guard: a body before the colon speaks, a topic word inside its name included)
    ("Kemenkes: 45 Pasien Sembuh Hari Ini", "Sebanyak 45 pasien dinyatakan sembuh pada Kamis.",
     [[45, "Kemenkes", "title"], [45, "X", "outlet"]]),
])
def test_a_topic_before_a_headline_colon_is_no_speaker(title, body, expected):
    assert _claimants(body, title) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 16d: "X melalui data …" between a speaker and its verb: the means X speaks
    # through, however its words are written (lower case, a misspelt ministry)
    ("PEMERINTAH Kabupaten Sumbawa melalui data dinas pertanian mencatat 3.150 hektare sawah "
     "terendam.", [[3150, "PEMERINTAH Kabupaten Sumbawa", "direct"]]),
    ("Pemerintah Kota Ambon lewat laporan kementrian sosial menyebut 870 keluarga menerima "
     "bantuan.", [[870, "Pemerintah Kota Ambon", "direct"]]),
])
def test_the_means_a_speaker_speaks_through_stands_between_it_and_its_verb(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("foot", "relay"), [
    # round 16d: a wire credited in brackets at the page's foot relays the article's words:
    # the last wire of the credit, before the initials of the desk that carried it
    ("(ant/Reuters)", "Reuters"),
    ("(Antara/AFP)", "AFP"),
    ("(Xinhua/nov)", "Xinhua"),
    # (guards: a desk's initials alone, no brackets)
    ("(rzk/ant)", ""),
    ("Reuters/Antara", ""),
])
def test_a_wire_credited_at_the_foot_relays_the_figures(foot, relay):
    body = ("Sedikitnya 65 orang tewas dalam banjir di provinsi utara negeri itu, kata "
            "pejabat setempat.\n\nRegu penolong masih mencari 14 orang.\n\n" + foot)
    articles = pd.DataFrame({"article_id": ["w"], "title": ["Banjir di Utara"], "body": [body],
                             "published": ["2024-05-01"], "outlet": ["X"], "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    assert found[["value", "claimant", "relayed_by"]].values.tolist() == [
        [65, "pejabat", relay], [14, "pejabat", relay]]
# ------------- round 16a: the outlet, a country or a piece of a place name as the claimant
# (issue 23, kinds 1 and 6)

@pytest.mark.parametrize(("body", "expected"), [
    # a direction ending a place's name is never a person's name: the body of the place
    # speaks
    ("BPBD Kabupaten Lembah Hijau Selatan mencatat 57 rumah terendam.",
     [[57, "BPBD Kabupaten Lembah Hijau Selatan", "direct"]]),
    # … and a person's name after it starts after the direction
    ("Kepala BPBD Kabupaten Sumba Barat Daya Yohanes Bili mengatakan 212 warga mengungsi.",
     [[212, "Yohanes Bili", "direct"]]),
    # a known place and a direction after it is a place, never "Utara" (the trader before
    # the place is not reached yet: the figure is the outlet's)
    ("Pedagang di Pasar Kranji, Bekasi Utara, memastikan 40 karung gula masih tersedia.",
     [[40, "X", "outlet"]]),
])
def test_a_direction_ending_a_place_name_is_no_speaker(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a paragraph of figures whose first figure goes on with the account before it: its
    # other figures, counting other things, go on with it too (not the outlet's)
    ('"Sembilan kabupaten mengalami lonjakan," kata juru bicara Dinas Kesehatan Lembah, '
     'Wulan Sari.\n\nSebanyak sembilan kabupaten itu di antaranya Kabupaten Jati dengan '
     'kenaikan 48,2 persen dan 315 kasus.',
     [[9, "Wulan Sari", "direct"], [9, "Wulan Sari", "run_on"],
      [48.2, "Wulan Sari", "run_on"], [315, "Wulan Sari", "run_on"]]),
])
def test_figures_of_a_run_on_paragraph_share_its_speaker(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "BPBD setempat" in the figures' paragraph names the body whose record came before
    ("BPBD Kabupaten Sari Barat mencatat tiga kampung terdampak.\n\nAkibatnya, sebanyak 61 "
     "KK mengungsi. BPBD setempat masih mendata kerugian.",
     [[3, "BPBD Kabupaten Sari Barat", "direct"], [61, "BPBD Kabupaten Sari Barat",
                                                   "account"]]),
    # … and so does a paragraph naming nobody that tallies right after the body's record:
    # its account (round 17b; was the outlet's)
    ("BPBD Kabupaten Sari Barat mencatat tiga kampung terdampak.\n\nAkibatnya, sebanyak 61 "
     "KK mengungsi ke balai desa.",
     [[3, "BPBD Kabupaten Sari Barat", "direct"], [61, "BPBD Kabupaten Sari Barat", "account"]]),
])
def test_a_body_named_as_the_local_one_keeps_its_figures(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a bare country name no lexicon knows as a state, where the article names the body of
    # that country that gave figures: the body's
    ("Indonesia mengumumkan 512 kasus baru pada Kamis.\n\nKementerian Kesehatan mencatat 37 "
     "kasus di antaranya terjadi di Bali.",
     [[512, "Kementerian Kesehatan", "coreference"], [37, "Kementerian Kesehatan", "direct"]]),
    # … with no such body named, the country keeps them
    ("Indonesia mengumumkan 512 kasus baru pada Kamis.", [[512, "Indonesia", "direct"]]),
])
def test_a_country_gives_way_to_its_body_that_counted(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a sentence going on with a body's account in the middle of a paragraph ("Sedangkan,
    # …"): the paragraph's sentences before it are of that account too, not the outlet's
    ("Dinas Ketenagakerjaan Kota Sari mencatat 5.400 pencari kerja baru tahun ini.\n\n"
     "Pendaftaran dibuka secara daring sejak awal tahun.\n\nPameran kerja akan digelar di "
     "alun-alun kota.\n\nSelama semester pertama, jumlah pencari kerja lulusan SMA naik 320 "
     "orang. Sedangkan, lulusan sarjana naik 150 orang.",
     [[5400, "Dinas Ketenagakerjaan Kota Sari", "direct"],
      [320, "Dinas Ketenagakerjaan Kota Sari", "account"],
      [150, "Dinas Ketenagakerjaan Kota Sari", "statement"]]),
    # … and a paragraph with no such sentence stays the outlet's own
    ("Dinas Ketenagakerjaan Kota Sari mencatat 5.400 pencari kerja baru tahun ini.\n\n"
     "Gedung itu menampung 320 orang. Pameran dibuka pekan depan.",
     [[5400, "Dinas Ketenagakerjaan Kota Sari", "direct"], [320, "X", "outlet"]]),
])
def test_a_sentence_going_on_with_an_account_takes_the_paragraph_before_it(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "vague_value"), [
    # round 17a: a vague count ("thousands", "ribuan") and an exact count of the same value
    # a speaker gives later are no one figure said twice: the vague one keeps its own reading
    ("Minsk has quietly moved thousands of troops to the border.\n\nGeneral Ivo Marek, the "
     "chief of staff, announced that 4,000 personnel, including 1,000 engineers, would follow.",
     1000),
    ("Pyongyang disebut telah memberangkatkan ribuan tentara ke Donbas.\n\nJenderal Ivo Marek "
     "menyatakan 4.000 personel akan menyusul, termasuk 1.000 insinyur.", 1000),
])
def test_a_vague_count_takes_no_speaker_from_an_exact_count_of_its_value(body, vague_value):
    rows = [r for r in _claimants(body, outlet="Kabar Timur") if r[0] == vague_value]
    assert [r[2] for r in rows].count("figure") == 0, rows
@pytest.mark.parametrize(("body", "expected"), [
    # a body's account runs over the paragraphs after its statement that name nobody and
    # tally (round 17b): the ministry's, not the outlet's
    ("Kementerian Pertanian melaporkan 2.150 hektare sawah gagal panen pekan ini.\n\n"
     "Jumlah petani yang merugi mencapai 930 orang.\n\nKerusakan terluas ada di Kabupaten "
     "Wera, sebanyak 410 hektare.",
     [[2150, "Kementerian Pertanian", "direct"], [930, "Kementerian Pertanian", "account"],
      [410, "Kementerian Pertanian", "account"]]),
    # … in English too: the bureau's estimates after it spoke
    ("Ruritania's statistics bureau said on Friday that output rose by 2.4 per cent.\n\n"
     "An estimated 87,000 workers left the mines in the year.\n\nThere were 3,100 deaths in "
     "the mines, an increase on the year before.",
     [[2.4, "Ruritania's statistics bureau", "direct"],
      [87000, "Ruritania's statistics bureau", "account"],
      [3100, "Ruritania's statistics bureau", "account"]]),
    # … not a person's statement: a quoted official's account ends with the quote
    ("Kepala Desa Joko Waluyo mengatakan 75 rumah terendam.\n\nSebanyak 12 sekolah "
     "diliburkan.", [[75, "Waluyo", "direct"], [12, "X", "outlet"]]),
    # … another speaker between ends it
    ("Dinas Sosial Kota Wera mencatat 600 warga mengungsi.\n\nKetua RT Bambang Susilo "
     "mengatakan banjir datang malam hari.\n\nSebanyak 40 tenda didirikan di lapangan.",
     [[600, "Dinas Sosial Kota Wera", "direct"], [40, "X", "outlet"]]),
    # … a sub-heading between ends it (a new topic)
    ("The Wera Port Authority said on Monday that 14 ships were delayed by the storm.\n\n"
     "An estimated 900 traders work at the harbour.",
     [[14, "The Wera Port Authority", "direct"], [900, "The Wera Port Authority", "account"]]),
    ("The Wera Port Authority said on Monday that 14 ships were delayed by the storm.\n\n"
     "Life on the quays\n\nAn estimated 900 traders work at the harbour.",
     [[14, "The Wera Port Authority", "direct"], [900, "X", "outlet"]]),
    # … a round-up's next place: a regional body's account ends where another regency or
    # city is named (a national body's lists them: the ministry above)
    ("BPBD Kota Wera mencatat 300 warga mengungsi.\n\nSebanyak 150 rumah di Kabupaten Sari "
     "juga terendam banjir.\n\nTerdapat 3 kecamatan terdampak.",
     [[300, "BPBD Kota Wera", "direct"], [150, "X", "outlet"], [3, "X", "outlet"]]),
    ("BPBD Kota Wera mencatat 300 warga mengungsi.\n\nSebanyak 150 rumah di Kota Wera bagian "
     "utara rusak ringan.",
     [[300, "BPBD Kota Wera", "direct"], [150, "BPBD Kota Wera", "account"]]),
    # … a quote ends it, even one whose speaker is not named
    ("Dinas Sosial Kota Wera mencatat 600 warga mengungsi.\n\n“Jumlah tenda mencapai 40 "
     "unit,” ujarnya.",
     [[600, "Dinas Sosial Kota Wera", "direct"], [40, "X", "outlet"]]),
    # … a sentence that tallies nothing is the outlet's scene
    ("Dinas Perikanan Kota Wera mencatat 3.200 ton ikan tahun lalu.\n\nDi dermaga itu "
     "bersandar 52 perahu.",
     [[3200, "Dinas Perikanan Kota Wera", "direct"], [52, "X", "outlet"]]),
])
def test_a_bodys_account_runs_over_the_paragraphs_after_its_statement(body, expected):
    assert _claimants(body) == expected


def test_statement_lookups_of_a_long_text_answer_as_a_pass_over_every_statement(
        seed_articles):
    """The account and briefing readers find the statement before a figure by bisection
    and a speaker's first briefing once per text (a 4 MB article had made the claims stage
    quadratic): on every sentence of every seed they give what the plain pass over all the
    text's statements gives."""
    from newsframe.annotate import claims, scopes

    checked = briefings = 0
    invented = ("Dalam konferensi pers di Jakarta, Kepala Badan Pusat Statistik Ani Wulandari "
                "mengatakan ekspor naik. \"Nilainya 12 miliar dolar,\" ujarnya.\n\n"
                "Ani menambahkan impor turun 3 persen. Menteri Keuangan Budi Hartono "
                "menyebut defisit 2 persen.\n\nDalam paparannya, Budi menyebut utang naik.")
    for body in [*seed_articles["body"], invented]:
        analysis, _ = scopes.analyse(body)
        statements = [s for s in analysis.statements if s.form != "verdict"]
        accounts = [s for s in statements if not s.estimate]
        for start, _end in analysis.sentences:
            before = [s for s in accounts if s.sentence[0] < start]
            want = max(before, key=lambda s: (s.sentence[0], s.start)) if before else None
            assert claims._last_statement_before(analysis, start) is want
            checked += want is not None
        pattern = claims._briefings(analysis.language)
        for speaker in {s.speaker.canonical for s in statements}:
            own = [s.start for s in statements if s.speaker.canonical == speaker
                   and pattern.search(body, *s.sentence)]
            assert claims._first_briefing(analysis, body, pattern, speaker) == \
                min(own, default=float("inf"))
            briefings += bool(own)
    assert checked > 90 and briefings >= 2  # many statements, two briefing speakers

# ------------------------------ round 18c: English estimates and briefings (issue 23, kind 1)

@pytest.mark.parametrize(("body", "expected"), [
    # a third party's estimate set beside the figures is the estimator's (named after the
    # words describing it), and the account around it runs on past it
    ("Rice prices in Manila rose 6.2 percent in May, the Philippine Statistics Authority "
     "said.\n\nThe rise was steeper than the forecast by Dutch lender ING of 5.8 percent but "
     "below estimates made by research house Capital Economics of 6.5 percent.\n\nIn April, "
     "rice prices rose 5.1 percent from a year earlier.",
     [[6.2, "Philippine Statistics Authority", "direct"], [5.8, "ING", "direct"],
      [6.5, "Capital Economics", "direct"], [5.1, "Philippine Statistics Authority", "run_on"]]),
    # an estimate leads nothing: the figures before it are not the estimator's
    ("Wheat output fell to 3.1 million tonnes, well under the projection by farm lobby "
     "Grain Growers of 3.4 million tonnes.\n\nExports fell to 1.2 million tonnes.",
     [[3100000, "", ""], [3400000, "Grain Growers", "direct"], [1200000, "", ""]]),
])
def test_a_third_partys_estimate_is_its_figure_only(body, expected):
    assert _claimants(body, outlet="") == expected


@pytest.mark.parametrize("body", [
    "In a news conference held by the Bureau of Statistics of Ruritania on Tuesday, the "
    "latest figures showed that unemployment fell to 4.3 percent.",
    "At a press briefing hosted by the Bureau of Statistics of Ruritania, unemployment was "
    "put at 4.3 percent.",
])
def test_the_body_holding_a_press_conference_gives_its_figures(body):
    (value, claimant, _), = _claimants(body, outlet="")
    assert (value, claimant) == (4.3, "Bureau of Statistics of Ruritania")


_FILLER_EN = (" The report was published on the website of the agency and was widely shared by "
              "the newspapers of the region this week.")


@pytest.mark.parametrize(("sentence", "claimant"), [
    # "according to the official tally of X": the record's keeper, not the record's adjective
    ("Exports from Ruritania rose 4.1 percent in March, according to the official tally of "
     "the Trade Ministry.", "Trade Ministry"),
    # a record of something that is no name has no keeper here
    ("The ruling party won 41 percent of the vote, according to the preliminary count of the "
     "ballots cast on Sunday.", ""),
    # "formally" between a body and its verb, as "officially" is
    ("The Ruritanian Election Board on Thursday formally announced that the ruling party won "
     "41 percent of the seats.", "The Ruritanian Election Board"),
])
def test_whose_tally_an_english_figure_is(sentence, claimant):
    (_, found, _), = _claimants(sentence + _FILLER_EN, outlet="")
    assert found == claimant


@pytest.mark.parametrize(("sentence", "claimant"), [
    # round 18c: a kind of speaker, not a name, warning in the plural
    ("Economists warn that as many as 7,500 jobs could go at the shipyard.", "Economists"),
    # the body named after the figures, its document closing the sentence
    ("Ferry traffic fell 8.5 percent in May, figures issued by the Harbour Authority showed.",
     "Harbour Authority"),
    ("Ferry traffic fell 8.5 percent in May, data from the Harbour Authority showed on Monday.",
     "Harbour Authority"),
    # "according to X's estimates": X, without the possessive
    ("Growth slowed to 3.9 percent, according to the Reserve Bank of Ruritania's estimates.",
     "Reserve Bank of Ruritania"),
])
def test_english_kinds_of_speakers_and_documents_after_the_figures(sentence, claimant):
    (_, found, _), = _claimants(sentence + _FILLER_EN, outlet="")
    assert found == claimant


def test_a_third_partys_estimate_counts_the_estimate():
    # round 18c: the figure of "a forecast by Dutch lender X of 5.8 percent" is the forecast,
    # not the lender
    body = ("Rice prices in Manila rose 6.2 percent in May, the Philippine Statistics Authority "
            "said.\n\nThe rise was steeper than the forecast by Dutch lender ING of 5.8 percent "
            "but below estimates made by research house Capital Economics of 6.5 percent.")
    articles = pd.DataFrame({"article_id": ["s"], "title": [""], "body": [body],
                             "published": ["2024-05-01"], "outlet": [""], "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    assert dict(zip(found["value"], found["item"], strict=True)) == {
        6.2: "Rice prices", 5.8: "forecast", 6.5: "estimates"}

@pytest.mark.parametrize(("body", "expected"), [
    # round 18b: a body's relative clause whose verb is active stands between the body and its
    # verb ("Badan X yang mengawasi … turut mengungkap"): the body speaks, and its account
    # goes on in the next paragraph
    ("Kementerian Perdagangan yang mengawasi pasokan beras turut mengungkap bahwa harga beras "
     "medium naik menjadi Rp12.400 per kilogram.\n\nHarga bawang merah naik 2,1% menjadi "
     "Rp31.500 per kilogram.",
     [[12400, "Kementerian Perdagangan", "direct"], [2.1, "Kementerian Perdagangan", "account"],
      [31500, "Kementerian Perdagangan", "run_on"]]),
    ("Perum Bulog yang bertugas menjaga stok pangan nasional menyebut cadangan beras pemerintah "
     "mencapai 1,2 juta ton.",
     [[1_200_000, "Perum Bulog", "direct"]]),
    # … not a person's object nor a clause the body undergoes
    ("Para pedagang mendatangi Dinas Perdagangan Kota Sari yang mengelola pasar itu "
     "mengeluhkan harga cabai yang mencapai Rp80.000 per kilogram.",
     [[80000, "X", "outlet"]]),
])
def test_a_bodys_relative_clause_stands_between_it_and_its_verb(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 18b: "Seperti diketahui" / "Sebagaimana diketahui" open the outlet's own background
    # (a ceiling price, a rule): a trader quoted before does not give it, nor the sentence
    # after it in its paragraph
    ("Pedagang beras, Rudi Hartono, mengatakan harga beras medium yang dijualnya Rp 12.000 per "
     "kg.\n\n\"Sekarang sudah stabil,\" ujarnya.\n\nSeperti diketahui, HET beras medium adalah "
     "sebesar Rp 10.900 per kg. Sedangkan untuk beras premium Rp 13.900 per kg.",
     [[12000, "Rudi Hartono", "direct"], [10900, "X", "outlet"], [13900, "X", "outlet"]]),
    ("Ketua koperasi pasar, Wati Susanti, menyebut stok gula di gudang tinggal 40 ton.\n\n"
     "Sebagaimana diketahui, harga acuan gula konsumsi ditetapkan Rp 17.500 per kg.",
     [[40, "Wati Susanti", "direct"], [17500, "X", "outlet"]]),
])
def test_as_is_known_opens_the_outlets_own_background(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 18b: what a police force seized or found is its count. A statement later in the
    # paragraph (a suspect's confession) does not take it from the sentence's own subject …
    ("Dari penggeledahan itu, Polres Bukit Hijau menyita 14 paket sabu. Tersangka mengaku sabu "
     "itu dibeli dari seorang pria.", [[14, "Polres Bukit Hijau", "actor"]]),
    # … a generic "polisi" is the force the page named before (data/lexicons/head_kin.csv) …
    ("Polres Bukit Hijau kembali menggelar razia narkoba.\n\nDari lokasi kejadian, polisi "
     "menyita 2,4 kilogram sabu. Tersangka mengaku barang itu milik temannya.",
     [[2.4, "Polres Bukit Hijau", "actor"]]),
    # … "sukses" stands between a unit and its verb as "berhasil" does
    ("Polres Bukit Hijau kembali menggelar razia.\n\nSenin (8/9), tim Satresnarkoba sukses "
     "mengungkap dua kasus peredaran sabu.", [[2, "tim Satresnarkoba", "actor"]]),
    # … with no force named, "polisi" is nobody in particular; a statement before the figure
    # in its paragraph keeps it
    ("Kapolres Bukit Hijau AKBP Joko Santoso mengatakan kasus itu masih diselidiki.\n\nDari "
     "lokasi kejadian, polisi menyita 2,4 kilogram sabu.", [[2.4, "X", "outlet"]]),
    ("Kasat Resnarkoba AKP Rudi Hartono mengatakan timnya bergerak cepat. Polres Bukit Hijau "
     "menyita 14 paket sabu.", [[14, "Rudi Hartono", "paragraph"]]),
])
def test_what_a_police_force_seized_is_its_count(body, expected):
    assert _claimants(body) == expected


# ---------------------------------------------------------------- round 21a: lists and tables

@pytest.mark.parametrize(("body", "expected"), [
    # a person noun with the nickname its bearer goes by ("pria yang akrab disapa X") is
    # the person named before, as "pria itu" is, and so is the paragraph that goes on
    ("Kepala Dinas Kelautan Made Arsana memaparkan hasil tangkapan.\n\n"
     '"Untuk tuna, tangkapan turun 350 ton," kata pria yang karib disapa Dek Made itu.\n\n'
     "Pada Juli, tangkapan tuna tercatat 1.900 ton.",
     [[350, "Made Arsana"], [1900, "Made Arsana"]]),
    ("Wakil Direktur Yayasan Sehat Bersama, Ratna Kusuma, menyebut 64 klinik sudah dibuka.\n\n"
     '"Target kami 90 klinik," tutur perempuan yang biasa dipanggil Bu Ratna tersebut.',
     [[64, "Ratna Kusuma"], [90, "Ratna Kusuma"]]),
])
def test_a_person_noun_with_a_nickname_is_someone_named_before(body, expected):
    assert [[v, c] for v, c, _ in _claimants(body)] == expected


def test_a_person_noun_with_no_nickname_is_still_nobody_named():
    body = ('Kepala Dinas Kelautan Made Arsana hadir.\n\n"Saya rugi 12 ton," kata seorang pria.')
    assert [c for _, c, _ in _claimants(body)] == ["pria"]


@pytest.mark.parametrize(("body", "expected"), [
    # an office named with its grade or class and its place is one body, not a person called
    # by the grade and the place, nor a speaker "Kelas"; a title of it before a comma and a
    # name is that person's
    ("Kanwil DJP Jawa Timur I mencatat penerimaan Rp21 triliun. KPP Pratama Gresik "
     "mencatat penerimaan Rp1,9 triliun.",
     [[21e12, "Kanwil DJP Jawa Timur I"], [1.9e12, "KPP Pratama Gresik"]]),
    ("Menurut Panitera PN Kelas 1B Kudus, Sri Wahyuni, sepanjang 2023 ada 312 perkara pidana.",
     [[312, "Sri Wahyuni"]]),
])
def test_an_office_with_its_grade_and_place_is_one_body(body, expected):
    assert [[v, c] for v, c, _ in _claimants(body)] == expected


def test_a_rank_before_a_grade_word_keeps_the_persons_name():
    body = "Kasat Lantas AKP Pratama Wijaya menyebut 23 kecelakaan terjadi pekan lalu."
    assert [c for _, c, _ in _claimants(body)] == ["Pratama Wijaya"]


@pytest.mark.parametrize(("body", "expected"), [
    # a sentence that reports nobody, headed by the subject's pronoun ("Ia didampingi …"),
    # hands the subject on to the quote after it, not to whoever accompanied the subject
    ("Kapolres Pesisir, AKBP Hendra Wirawan, memimpin jumpa pers akhir tahun. Ia didampingi "
     "Wakapolres Pesisir, Kompol Sandi Mahesa.\n\n"
     '"Selama Periode Tahun 2022, laporan yang masuk sebanyak 731 kasus," katanya.',
     [[731, "Hendra Wirawan"]]),
    ("Bupati Sukamaju, Lestari Handayani, meninjau gudang logistik. Dia didampingi Kepala "
     "Dinas Sosial, Rini Astuti.\n\n"
     '"Bantuan sudah kami salurkan kepada 2.300 keluarga," ujarnya.',
     [[2300, "Lestari Handayani"]]),
    # the same after the page's dateline
    ("SOLOK, KABARMINANG.com - Kapolres Solok, AKBP Fajar Hidayat, memimpin jumpa pers akhir "
     "tahun di Mapolres. Ia didampingi Kasat Reskrim Polres Solok, AKP Bima Saputra, dan Kasat "
     "Narkoba, AKP Doni Kurnia.\n"
     "“Sepanjang 2023, laporan yang kami terima sebanyak 512 kasus,” ujarnya.",
     [[512, "Fajar Hidayat"]]),
])
def test_a_sentence_headed_by_the_subjects_pronoun_hands_the_subject_on(body, expected):
    assert [[v, c] for v, c, _ in _claimants(body)] == expected


def test_a_count_of_legal_cases_is_a_count_of_cases():
    body = ("Pengadilan Negeri Lembah Hijau menerima 1.045 perkara perdata sepanjang 2023, "
            "naik dari 980 perkara setahun sebelumnya.")
    articles = pd.DataFrame({"article_id": ["p"], "title": [""], "body": [body],
                             "published": ["2024-01-05"], "outlet": ["X"], "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    assert found[["value", "unit"]].values.tolist() == [[1045, "case"], [980, "case"]]


@pytest.mark.parametrize(("body", "expected"), [
    # a figure of the lead left to the outlet shares its sentence with a figure the article
    # gives a named speaker again: the sentence tells that speaker's account (round 21j)
    ("Tim gabungan mengamankan 4 orang tersangka dengan barang bukti 2,4 kilogram sabu di "
     "Terminal Kota Hulu.\n\nKapolres Kota Hulu, AKBP Darmawan Putra, mengatakan 4 orang itu "
     "ditangkap saat turun dari bus.",
     [[4.0, "Darmawan Putra", "figure"], [2.4, "Darmawan Putra", "figure"],
      [4.0, "Darmawan Putra", "direct"]]),
    ("Longsor menimbun 9 rumah dan memutus 2 jembatan di Desa Talang.\n\nKepala Desa Talang, "
     "Markus Sinaga, mengatakan warga sudah mengungsi. Menurut dia, 9 rumah itu berada di "
     "lereng bukit.",
     [[9.0, "Markus Sinaga", "figure"], [2.0, "Markus Sinaga", "figure"],
      [9.0, "Markus Sinaga", "coreference"]]),
    ("Sebanyak 41 kepala keluarga mengungsi dan 37 rumah terendam di Desa Sukamaju.\n\nBadan "
     "Penanggulangan Bencana Daerah (BPBD) Kabupaten Lembah mencatat 41 kepala keluarga itu "
     "kini tinggal di balai desa.",
     [[41.0, "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Lembah", "figure"],
      [37.0, "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Lembah", "figure"],
      [41.0, "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Lembah", "direct"]]),
    # guards: a sentence whose figures nobody restates stays the outlet's; a sentence whose
    # figures two speakers give again keeps each reading
    ("Harga cabai naik menjadi Rp 60.000 dari Rp 45.000 per kilogram di Pasar Baru.\n\n"
     "\"Pasokan dari Brebes berkurang,\" kata Sulastri, pedagang.",
     [[60000.0, "X", "outlet"], [45000.0, "X", "outlet"]]),
    ("Banjir merendam 230 rumah dan 12 sekolah di Kecamatan Barat.\n\nCamat Barat, Rudi "
     "Hartono, mengatakan air mulai surut. Menurut Kepala Dinas Pendidikan, Siti Aminah, 12 "
     "sekolah diliburkan. Bupati Yusuf Hamid menyebut 230 rumah terendam.",
     [[230.0, "Yusuf Hamid", "figure"], [12.0, "Siti Aminah", "figure"],
      [12.0, "Siti Aminah", "direct"], [230.0, "Yusuf Hamid", "direct"]]),
])
def test_a_lead_sentences_figures_follow_the_speaker_who_gives_one_again(body, expected):
    assert _claimants(body) == expected

# ------------------------------ round 21n: a round-up opened by the body that gathered it

_FILLER = ("Petugas gabungan membersihkan lumpur dan puing di jalan desa sejak pagi, sementara "
           "warga mengangkut perabot ke tempat yang lebih tinggi dan menunggu air surut. ")


@pytest.mark.parametrize(("body", "expected"), [
    # a body that gathers the reports (*menghimpun*, *merangkum*) opens the round-up: the
    # lines after it that name nobody are its account, not the outlet's
    ("Kementerian Sosial melalui Pusat Data Bencana (Pusdabe) menghimpun laporan dari daerah "
     "hingga Selasa (4/3) pukul 10.00 WIB.\n\nDi Provinsi Ardani, sebanyak 412 rumah terendam "
     "di empat kecamatan.\n\nSebanyak 96 keluarga mengungsi ke gedung sekolah.",
     [[412, "Kementerian Sosial", "account"], [4, "Kementerian Sosial", "account"],
      [96, "Kementerian Sosial", "account"]]),
    ("Badan Meteorologi Wera merangkum dampak cuaca ekstrem sepekan terakhir.\n\nSebanyak "
     "57 rumah rusak diterjang angin kencang di pesisir utara.",
     [[57, "Badan Meteorologi Wera", "account"]]),
    # … and reaches over a long list (past the ordinary account's 1,200 characters)
    ("Kementerian Sosial menghimpun laporan kejadian bencana hingga Rabu pagi.\n\n"
     + _FILLER * 9 + "\n\nSebanyak 230 rumah terendam di pesisir timur.",
     [[230, "Kementerian Sosial", "account"]]),
    # … as a body's record whose sentence ends in a colon does (*… mencatat dampak berikut:*)
    ("Dinas Sosial Wera mencatat dampak banjir pekan ini sebagai berikut:\n\n"
     + _FILLER * 9 + "\n\nSebanyak 230 rumah terendam di pesisir timur.",
     [[230, "Dinas Sosial Wera", "account"]]),
    # guards: an ordinary record does not reach that far
    ("Dinas Sosial Wera mencatat dampak banjir pekan ini.\n\n"
     + _FILLER * 9 + "\n\nSebanyak 230 rumah terendam di pesisir timur.",
     [[230, "X", "outlet"]]),
    # … a quote of another speaker ends the gatherer's account
    ("Kementerian Sosial menghimpun laporan kejadian bencana hingga Rabu pagi.\n\n\"Air naik "
     "cepat sekali,\" kata Lurah Hendra Wijaya.\n\nSebanyak 230 rumah terendam di pesisir "
     "timur.", [[230, "X", "outlet"]]),
    # … and a sub-heading ends it (a new topic)
    ("Kementerian Sosial menghimpun laporan kejadian bencana hingga Rabu pagi.\n\n"
     "Harga beras di pasar\n\nSebanyak 230 ton beras masuk ke gudang.",
     [[230, "X", "outlet"]]),
])
def test_a_round_ups_gatherer_stands_behind_the_lines_after_it(body, expected):
    assert _claimants(body) == expected


_SOURCE = "Berdasarkan data Dinas Perikanan Wera, ada lima kecamatan penghasil ikan terbesar.\n\n"


@pytest.mark.parametrize(("body", "expected"), [
    # a data source's sentence, then a line announcing the list (*… adalah:*): every line of
    # the list is the source's data, though it tallies nothing and its labels are short lines
    (_SOURCE + "Kelima kecamatan itu adalah:\n\nKecamatan Sari. Nelayannya mendaratkan 4.200 ton "
     "ikan.\n\nPosisi kedua ditempati Kecamatan Lubuk dengan 2.870 ton ikan.",
     [[5, "Dinas Perikanan Wera", "document"], [4200, "Dinas Perikanan Wera", "account"],
      [2870, "Dinas Perikanan Wera", "account"]]),
    # … a sentence between the source and the announcement; item labels as their own lines
    ("Menurut data Badan Pusat Statistik yang dikutip, Selasa (3/2/2024), ada tiga kota dengan "
     "pengangguran tertinggi.\n\nHal ini dipicu oleh banyak faktor.\n\nBerikut daftar tiga kota "
     "tersebut:\n\nKota Alpa\n\nJumlah penganggurannya 8,12 persen atau 41,2 ribu orang.\n\n"
     "2. Kota Beta\n\nKota Beta di posisi kedua dengan 7,45 persen.",
     [[3, "Badan Pusat Statistik", "direct"], [3, "Badan Pusat Statistik", "run_on"],
      [8.12, "Badan Pusat Statistik", "account"],
      [41200, "Badan Pusat Statistik", "account"], [7.45, "Badan Pusat Statistik", "account"]]),
    # … an official's calculation (*perhitungan*, a document word) announces it too
    ("Berdasarkan perhitungan dari Direktur Jenderal Perikanan Budidaya Kementerian Kelautan, ada "
     "4 kabupaten dengan tambak terluas.\n\nKeempat kabupaten itu yaitu:\n\nKabupaten Sari. Luas "
     "tambaknya 2.100 hektare.",
     [[4, "Direktur Jenderal Perikanan Budidaya Kementerian Kelautan", "document"],
      [2100, "Direktur Jenderal Perikanan Budidaya Kementerian Kelautan", "account"]]),
    # guards: no announcing colon line, the outlet's own line as before
    (_SOURCE + "Kecamatan Sari. Luas tambaknya 2.100 hektare.",
     [[5, "Dinas Perikanan Wera", "document"], [2100, "X", "outlet"]]),
    # … a quote of another speaker ends the list's reach
    (_SOURCE + "Kelima kecamatan itu adalah:\n\n\"Kami kewalahan,\" kata nelayan Rudi "
     "Hartono.\n\nKecamatan Sari. Luas tambaknya 2.100 hektare.",
     [[5, "Dinas Perikanan Wera", "document"], [2100, "X", "outlet"]]),
    # … a sub-heading (no list label) ends it
    (_SOURCE + "Kelima kecamatan itu adalah:\n\nharga ikan di pasar turun\n\nKecamatan Sari. "
     "Luas tambaknya 2.100 hektare.",
     [[5, "Dinas Perikanan Wera", "document"], [2100, "X", "outlet"]]),
    # … and another source takes the lines after it
    (_SOURCE + "Kelima kecamatan itu adalah:\n\nMenurut catatan Badan Pusat Statistik, Kecamatan "
     "Sari punya tambak 2.100 hektare.",
     [[5, "Dinas Perikanan Wera", "document"], [2100, "Badan Pusat Statistik", "direct"]]),
])
def test_a_data_sources_announced_list_is_its_account(body, expected):
    assert _claimants(body) == expected


# ------------------------------ round 21q: a speaker's run ends at the writer's own prose

_OWN_PROSE = ("Namun pasokan di kawasan timur tidak merata. Banyak pedagang kecil kesulitan "
              "mendapatkan barang dari distributor.")


@pytest.mark.parametrize(("body", "expected"), [
    # a paragraph of the writer's own argument (two sentences or more, no figure, no speaker)
    # ends the speaker's statement: the figures after it are the page's own
    ("Menteri Perdagangan Rina Hapsari mengatakan, stok gula nasional mencapai 900 ribu ton."
     "\n\n" + _OWN_PROSE + "\n\nKebutuhan gula nasional tercatat 3,2 juta ton per tahun.",
     [[900000, "Rina Hapsari", "direct"], [3200000, "X", "outlet"]]),
    ('"Panen kami bagus tahun ini," kata Kepala Dinas Pertanian Bayu Setiadi.\n\nPetani di '
     "lereng gunung memakai pompa sendiri. Sawah mereka bukan sawah irigasi teknis.\n\nLuas "
     "panen bulan lalu tercatat 4.150 hektare.",
     [[4150, "X", "outlet"]]),
    # guards: with no such paragraph between, the statement runs on as before
    ("Menteri Perdagangan Rina Hapsari mengatakan, stok gula nasional mencapai 900 ribu ton."
     "\n\nKebutuhan gula nasional tercatat 3,2 juta ton per tahun.",
     [[900000, "Rina Hapsari", "direct"], [3200000, "Rina Hapsari", "statement"]]),
    # … and a one-line paragraph (Baca juga, a heading) does not end it
    ("Menteri Perdagangan Rina Hapsari mengatakan, stok gula nasional mencapai 900 ribu ton."
     "\n\nBaca juga: Harga Gula Naik Jelang Lebaran\n\nKebutuhan gula nasional tercatat 3,2 "
     "juta ton per tahun.",
     [[900000, "Rina Hapsari", "direct"], [3200000, "Rina Hapsari", "statement"]]),
    # … nor does a paragraph that goes on itself (*Selain itu, …*: the account's places)
    ("Menteri Perdagangan Rina Hapsari mengatakan, stok gula nasional mencapai 900 ribu ton."
     "\n\nSelain itu, pasokan di kawasan timur tidak merata. Banyak pedagang kecil kesulitan "
     "mendapatkan barang.\n\nKebutuhan gula nasional tercatat 3,2 juta ton per tahun.",
     [[900000, "Rina Hapsari", "direct"], [3200000, "Rina Hapsari", "statement"]]),
])
def test_a_speakers_run_ends_at_the_writers_own_prose(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 22i: "Hal itu tertuang dalam laporan X", "Angka tersebut tercantum dalam survei X"
    # open the sentence after a figure: the document's author gives the figure before
    ("Sebanyak 3.400 anak putus sekolah di Kabupaten Sukamaju sepanjang 2024.\n\nHal itu "
     "tertuang dalam laporan tahunan Komisi Perlindungan Anak Indonesia yang dirilis Selasa.",
     [[3400, "Komisi Perlindungan Anak Indonesia", "next_sentence"]]),
    ("Tingkat kepercayaan publik kepada DPR turun menjadi 41,5 persen. Angka tersebut "
     "tercantum dalam survei Lembaga Survei Indonesia (LSI) bulan ini.",
     [[41.5, "Lembaga Survei Indonesia", "next_sentence"]]),
    ("Sebanyak 920 kilometer jalan provinsi rusak berat. Data itu juga terungkap dalam hasil "
     "audit Badan Pemeriksa Keuangan.", [[920, "Badan Pemeriksa Keuangan", "next_sentence"]]),
    # … a document with no author named keeps the outlet's figure
    ("Sebanyak 920 kilometer jalan provinsi rusak berat. Hal itu tertuang dalam laporan "
     "tahunan.", [[920, "X", "outlet"]]),
])
def test_a_document_named_after_the_figure_gives_it(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 22i: "Survei Indikator …" names the pollster Indikator Politik Indonesia, whose
    # short name is a common word; its figures in the sentences after stay its own
    ("Survei Indikator menemukan kepercayaan kepada polisi menurun. Di kalangan mahasiswa, "
     "47,3 persen tidak percaya.", [[47.3, "Indikator Politik Indonesia", "paragraph"]]),
    # … "Indikator" alone, where the article never names the pollster, is the common word
    ("Indikator ekonomi menunjukkan pertumbuhan 5,1 persen pada kuartal ketiga.",
     [[5.1, "X", "outlet"]]),
])
def test_a_pollster_named_by_a_common_word(body, expected):
    assert _claimants(body) == expected


@pytest.mark.parametrize(("second", "claimant"), [
    # round 22i: "This is stated in a report by X" after a figure: the report's author gives it
    ("This is stated in a report by the Harbour Authority released on Tuesday.",
     "Harbour Authority"),
    ("The figures were published in an annual survey by the Fisheries Institute.",
     "Fisheries Institute"),
    # … a report with no author keeps the outlet's figure
    ("This is stated in a report released on Tuesday.", "Kabar Pantura"),
])
def test_an_english_report_named_after_the_figure_gives_it(second, claimant):
    body = ("TEGAL (Kabar Pantura) - Some 2,730 trawlers stayed idle along the north coast in "
            "June.\n\n" + second)
    row = _pantura_claims(body).iloc[0]
    assert (row["value"], row["claimant"]) == (2730.0, claimant)


@pytest.mark.parametrize(("body", "expected"), [
    # round 22i: "Survei X yang dirilis Senin menunjukkan …": the document's passive relative
    # clause between its author and the verb; the figures after stay the author's
    ("Survei Lembaga Kajian Publik Nusantara yang dirilis Senin menunjukkan kepuasan publik "
     "turun. Sebanyak 58,4 persen responden menyatakan puas.",
     [[58.4, "Lembaga Kajian Publik Nusantara", "paragraph"]]),
    ("Laporan Badan Pemeriksa Keuangan yang diserahkan kepada DPR mencatat 4.210 temuan.",
     [[4210, "Badan Pemeriksa Keuangan", "direct"]]),
    # … a document with no author named speaks for nobody
    ("Survei terbaru yang dirilis Senin menunjukkan 58,4 persen responden puas.",
     [[58.4, "X", "outlet"]]),
])
def test_a_report_released_on_a_day_keeps_its_author(body, expected):
    assert _claimants(body) == expected
