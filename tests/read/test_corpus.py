"""load_corpus: seed facts checked by reading each seed, and every bad-input case."""

import json

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsframe as nf
from newsframe import paths
from newsframe.read import corpus

from ..conftest import SEED_IDS


def _row(articles, key):
    return articles.set_index("article_id").loc[SEED_IDS[key]]


def test_one_row_per_seed_with_the_documented_columns(seed_articles):
    assert list(seed_articles.columns) == corpus.COLUMNS
    assert sorted(seed_articles["article_id"]) == sorted(SEED_IDS.values())
    assert set(seed_articles["status"]) <= {"ok", "warning"}
    assert seed_articles["sha256"].str.len().eq(64).all()


@pytest.mark.parametrize(
    "key, outlet, place, published, title_start",
    [
        ("liputan6", "Liputan6.com", "Washington", "2023-10-13", "AS: Korea Utara Kirim 1.000"),
        ("kompastv", "KompasTV", "Washington", "2022-11-03", ""),
        ("tribunnews", "Tribunnews.com", "Pyongyang", "", "Kim Jong Un Turun Gunung"),
        ("indonesiasatu", "IndonesiaSatu.co", "Seoul", "2023-09-12",
         "Pemimpin Korea Utara Kim Jong Un Tiba di Rusia"),
        ("newslive", "NEWSLIVE", "", "2023-11-01", "Dugaan Pengiriman Senjata Korea Utara"),
    ],
)
def test_seed_metadata(seed_articles, key, outlet, place, published, title_start):
    row = _row(seed_articles, key)
    assert row["outlet"] == outlet
    assert row["outlet_evidence"].startswith("dateline: ")
    assert row["dateline_place"] == place
    assert row["published"] == published
    assert row["title"].startswith(title_start)
    assert row["language"] == "id"


def test_indonesiasatu_title_drops_section_and_date_stamp(seed_articles):
    row = _row(seed_articles, "indonesiasatu")
    assert row["title"] == "Pemimpin Korea Utara Kim Jong Un Tiba di Rusia"
    assert row["section"] == "INTERNASIONAL"
    assert row["published_evidence"] == "date line: 12 Sep 2023 10:58"
    assert row["author"] == "Simon Leya"


def test_tribunnews_byline_and_missing_date(seed_articles):
    row = _row(seed_articles, "tribunnews")
    assert row["author"] == "Namira Yunia Lestanti"
    assert row["editor"] == "Seno Tri Sulistiyono"
    assert row["warnings"] == "no_publication_date"
    assert row["published_precision"] == ""
    assert row["dek"].startswith("Pengiriman senjata tersebut merupakan upaya")


def test_kompastv_weekday_mismatch_is_flagged_not_corrected(seed_articles):
    row = _row(seed_articles, "kompastv")
    assert row["weekday_stated"] == "Rabu"  # 3 Nov 2022 was a Thursday
    assert "weekday_mismatch" in row["warnings"].split(";")
    assert "no_title" in row["warnings"].split(";")
    assert row["published_evidence"] == "lead: Rabu (3/11/2022)"


def test_liputan6_lead_date_and_standfirst(seed_articles):
    row = _row(seed_articles, "liputan6")
    assert row["published_evidence"] == "lead: Jumat (13/10/2023)"
    # "seperti dilansir AP, Sabtu (14/10)": the lead's Friday is the news day, flagged
    assert row["warnings"] == "later_date_in_text"
    assert row["weekday_stated"] == "Jumat"
    assert row["dek"].startswith("Spekulasi mengenai kemungkinan Korea Utara")
    assert row["body"].startswith("Liputan6.com, Washington - Gedung Putih pada Jumat")


@pytest.mark.parametrize(
    "key, removed",
    [
        ("liputan6", ["ui_label: Sukses", "pagination: 2 dari 4 halaman", "video_prompt: Video"]),
        ("kompastv", ["read_also: Baca Juga: Armada Laut Hitam", "source_line: Sumber : The "
                      "Associated Press", "channel_prompt: Gabung ke Channel WhatsApp"]),
        ("tribunnews", ["byline: Penulis: Namira", "read_also: Baca juga: Presiden Ukraina",
                        "comment_prompt: Kirim Komentar"]),
        ("indonesiasatu", ["ui_label: Breaking News", "photo_caption: Article image",
                           "photo_caption: Pemimpin Korea Utara", "tags: Rusia Ukraina"]),
    ],
)
def test_boilerplate_is_separated_not_lost(seed_articles, key, removed):
    row = _row(seed_articles, key)
    for entry in removed:
        assert entry in row["boilerplate"], entry
        line = entry.split(": ", 1)[1]
        assert line not in row["body"], entry


def test_no_boilerplate_left_in_any_body(seed_articles):
    for body in seed_articles["body"]:
        for marker in ("halaman\n", "Baca Juga", "Baca juga", "Sumber :", "Komentar", "Tags:"):
            assert marker not in body


def test_seed_counts(seed_articles):
    counts = seed_articles.set_index("article_id")[["n_paragraphs"]]
    assert counts.loc[SEED_IDS["newslive"], "n_paragraphs"] == 9
    assert counts.loc[SEED_IDS["kompastv"], "n_paragraphs"] == 12


# ---------------------------------------------------------------- bad input


@pytest.fixture()
def hostile_dir(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("   \n\t\n")
    (tmp_path / "bom.txt").write_bytes("\ufeffJudul\nJAKARTA, KOMPAS.TV - Isi berita yang "
                                       "cukup panjang dan di sini ada.".encode())
    (tmp_path / "crlf.txt").write_bytes(b"Judul berita\r\nSEOUL (ANTARA) - Ada yang dikirim "
                                        b"ke Rusia pada Senin (2/1/2023).\r\n")
    (tmp_path / "cp1252.txt").write_bytes("Judul “kutipan”\nIsi – berita café yang ada di "
                                          "sini dan itu.".encode("cp1252"))
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "page.txt").write_text("<html><body><h1>Judul &amp; lain</h1><script>alert(1)"
                                       "</script><p>Jakarta, CNN Indonesia -- Isi yang ada di "
                                       "sini dan itu.</p></body></html>")
    (tmp_path / "copy_a.txt").write_text("Judul sama\nIsi yang sama dan ada di sini.")
    (tmp_path / "copy_b.txt").write_text("Judul sama\nIsi yang sama dan ada di sini.\n")
    (tmp_path / "notes.md").write_text("not an article")
    nested = tmp_path / "nested"
    nested.mkdir()
    (nested / "inner.txt").write_text("Judul\nLiputan6.com, Jakarta - Isi yang ada di sini.")
    return tmp_path


def test_hostile_folder_gives_one_row_per_file(hostile_dir):
    articles = nf.load_corpus(hostile_dir).set_index("article_id")
    assert len(articles) == 10
    assert articles.attrs["skipped_files"][0].endswith("notes.md: not an article file (.md)")
    expect = {
        "empty": ("error", "empty"), "blank": ("error", "empty"), "binary": ("error", "binary"),
        "bom": ("warning", "utf8_bom"), "crlf": ("warning", "crlf"),
        "cp1252": ("warning", "decoded_cp1252"), "page": ("warning", "html_extracted"),
        "copy_b": ("warning", "duplicate"),
    }
    for article_id, (status, code) in expect.items():
        assert articles.loc[article_id, "status"] == status, article_id
        assert code in articles.loc[article_id, "warnings"].split(";"), article_id
    assert articles.loc["copy_b", "duplicate_of"] == "copy_a"
    assert articles.loc["nested/inner", "outlet"] == "Liputan6.com"
    assert articles.loc["crlf", "outlet"] == "ANTARA"
    assert articles.loc["crlf", "dateline_place"] == "Seoul"
    assert articles.loc["crlf", "published"] == "2023-01-02"
    assert "\r" not in articles.loc["crlf", "body"]
    assert "“kutipan”" in articles.loc["cp1252", "title"]
    assert articles.loc["page", "outlet"] == "CNN Indonesia"
    assert "alert" not in articles.loc["page", "body"] + articles.loc["page", "title"]
    assert articles.loc["page", "title"] == "Judul & lain"
    assert articles.loc["bom", "title"] == "Judul"


def test_huge_file_with_megabyte_line_loads_in_linear_time(tmp_path):
    line = ("Korea Utara mengirim 1.000 kontainer ke Rusia. " * 60_000)  # ~2.8 MB, one line
    (tmp_path / "huge.txt").write_text("Judul\n" + line)
    row = nf.load_corpus(tmp_path).iloc[0]
    assert row["status"] == "warning"
    assert "long_line" in row["warnings"]
    assert row["n_words"] == 7 * 60_000


def test_csv_and_jsonl_records(tmp_path):
    pd.DataFrame({"id": ["a", "b"], "text": ["Judul A\nIsi yang ada di sini.", ""],
                  "outlet": ["Tempo", ""], "published": ["2024-02-27", ""]}
                 ).to_csv(tmp_path / "export.csv", index=False)
    articles = nf.load_corpus(tmp_path / "export.csv").set_index("article_id")
    assert articles.loc["a", "outlet"] == "Tempo"
    assert articles.loc["a", "outlet_evidence"] == "record: Tempo"
    assert articles.loc["a", "published"] == "2024-02-27"
    assert articles.loc["b", "status"] == "error"
    lines = [json.dumps({"text": "Judul\nIsi yang ada di sini."}), "{not json", "[1, 2]"]
    (tmp_path / "export.jsonl").write_text("\n".join(lines))
    records = nf.load_corpus(tmp_path / "export.jsonl")
    assert list(records["status"]) == ["warning", "error", "error"]
    assert list(records["article_id"]) == ["export/1", "export/2", "export/3"]


def test_manifest_overrides_with_evidence(tmp_path):
    (tmp_path / "x.txt").write_text("Judul\nIsi berita yang ada di sini tanpa tanggal.")
    pd.DataFrame({"article_id": ["x"], "url": ["https://example.org/x"],
                  "published": ["2024-02-27"]}).to_csv(tmp_path / "manifest.csv", index=False)
    row = nf.load_corpus(tmp_path).iloc[0]
    assert row["published"] == "2024-02-27"
    assert row["published_evidence"] == "manifest: 2024-02-27"
    assert row["url"] == "https://example.org/x"
    assert "no_publication_date" not in row["warnings"]


def test_list_of_files_and_missing_path(tmp_path):
    files = sorted(paths.SEEDS.glob("00[12]*.txt"))
    assert list(nf.load_corpus(files)["outlet"]) == ["KompasTV", "Tribunnews.com"]
    with pytest.raises(FileNotFoundError, match="does not exist"):
        nf.load_corpus(tmp_path / "nope")


def test_empty_folder_gives_empty_frame_with_columns(tmp_path):
    articles = nf.load_corpus(tmp_path)
    assert articles.empty and list(articles.columns) == corpus.COLUMNS


def test_select_articles_excludes_errors_and_duplicates(hostile_dir, seed_articles):
    selected = corpus.select_articles(nf.load_corpus(hostile_dir))
    assert set(selected["status"]) == {"warning"}
    assert "copy_b" not in set(selected["article_id"])
    dated = corpus.select_articles(seed_articles, start="2023-01-01", end="2023-12-31")
    assert sorted(dated["outlet"]) == ["IndonesiaSatu.co", "Liputan6.com", "NEWSLIVE"]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash(tmp_path, data):
    (tmp_path / "fuzz.txt").write_bytes(data)
    row = nf.load_corpus(tmp_path).iloc[0]
    assert row["status"] in {"ok", "warning", "error"}
    assert (row["status"] == "error") == (row["body"] == "" and row["title"] == "") or \
        row["status"] != "error"


@pytest.mark.parametrize(
    "header, published, evidence, outlet, warning",
    [
        ("Rabu, 28 Agu 2024 11:20 WIB", "2024-08-28", "date line: Rabu, 28 Agu 2024 11:20 WIB",
         "Tempo", ""),
        ("Kompas.com - 29/12/2023, 14:12 WIB", "2023-12-29",
         "date line: Kompas.com - 29/12/2023, 14:12 WIB", "Kompas.com", ""),
        ("Senin, 28 Agu 2024", "2024-08-28", "date line: Senin, 28 Agu 2024", "Tempo",
         "weekday_mismatch"),
    ],
)
def test_standalone_date_lines(tmp_path, header, published, evidence, outlet, warning):
    lead = "Isi berita tentang pengiriman yang ada di sini dan itu." if outlet != "Tempo" else \
        "Jakarta, Tempo.co - Isi berita tentang pengiriman yang ada di sini dan itu."
    (tmp_path / "a.txt").write_text(f"Judul Berita Ini\n{header}\n{lead}\n")
    row = nf.load_corpus(tmp_path).iloc[0]
    assert (row["published"], row["published_evidence"], row["outlet"]) == (
        published, evidence, outlet)
    assert row["title"] == "Judul Berita Ini" and row["dek"] == ""
    assert f"date_line: {header}" in row["boilerplate"]
    assert (warning in row["warnings"].split(";")) if warning else "weekday" not in row["warnings"]



def test_language_guess_on_english_and_short_texts():
    english = "The ship and the trains of the army is in the port, and it is to leave."
    assert corpus._language(english, corpus._stopwords()) == "en"
    assert corpus._language("dan yang", corpus._stopwords()) == "und"


def test_load_runs_with_the_garbage_collector_paused_and_restores_it(monkeypatch):
    import gc

    states = []
    load_one = corpus._load_one

    def spy(*args):
        states.append(gc.isenabled())
        return load_one(*args)

    monkeypatch.setattr(corpus, "_load_one", spy)
    assert gc.isenabled()
    corpus.load_corpus(paths.SEEDS)
    assert states == [False] * 5 and gc.isenabled()

    def broken(*args):
        raise RuntimeError("boom")

    monkeypatch.setattr(corpus, "_load_one", broken)
    with pytest.raises(RuntimeError):
        corpus.load_corpus(paths.SEEDS)
    assert gc.isenabled()
    gc.disable()  # a caller that paused collection itself keeps it paused
    try:
        with corpus.paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


# ---------------------------------------------------------------------------- mastheads, dates

@pytest.mark.parametrize(("lead", "outlet", "evidence"), [
    # listed outlets, by their spelling or their domain
    ("JAKARTA, KOMPAS.com - Isi berita ini.", "Kompas.com", "dateline: JAKARTA, KOMPAS.com -"),
    ("TRIBUNJATENG.COM, SEMARANG - Isi berita ini.", "Tribun Jateng",
     "dateline: TRIBUNJATENG.COM, SEMARANG -"),
    ("BANDUNG, PIKIRAN-RAKYAT.COM - Isi berita ini.", "Pikiran Rakyat",
     "dateline: BANDUNG, PIKIRAN-RAKYAT.COM -"),
    # not listed: the masthead names itself (a domain, or a name with its domain)
    ("KABARLOKAL.ID, JAMBI - Isi berita ini.", "KABARLOKAL.ID",
     "dateline: KABARLOKAL.ID, JAMBI - (not in data/outlets.csv)"),
    ("WARTA PESISIR (wartapesisir.com) – Isi berita ini.", "Warta Pesisir",
     "dateline: WARTA PESISIR (wartapesisir.com) – (not in data/outlets.csv)"),
    # a place alone names no outlet
    ("JAKARTA - Isi berita ini.", "", ""),
    # mastheads data/outlets.csv does not know: capitals or run together, with a medium's
    # word or beside a known place (issue 23)
    ("HARIAN PESISIR – Isi berita ini.", "HARIAN PESISIR",
     "dateline: HARIAN PESISIR – (not in data/outlets.csv)"),
    ("WARTABARU - Isi berita ini.", "WARTABARU",
     "dateline: WARTABARU - (not in data/outlets.csv)"),
    ("Medan, KLIKSUMUT – Isi berita ini.", "KLIKSUMUT",
     "dateline: Medan, KLIKSUMUT – (not in data/outlets.csv)"),
    ("Tokonews, Kudus – Isi berita ini.", "Tokonews",
     "dateline: Tokonews, Kudus – (not in data/outlets.csv)"),
    ("Kabarlaut.com: Isi berita ini.", "Kabarlaut.com",
     "dateline: Kabarlaut.com: (not in data/outlets.csv)"),
    # round 2: a dash glued to the dateline and to the lead's first word, when the dateline
    # names its outlet; a mixed-case name of two or three words beside a known city
    ("SORONG, KABARTIMUR.ID-Warga desa itu.", "KABARTIMUR.ID",
     "dateline: SORONG, KABARTIMUR.ID- (not in data/outlets.csv)"),
    ("Warta-sultra.com, Kendari-Menurut data dinas itu.", "Warta-sultra.com",
     "dateline: Warta-sultra.com, Kendari- (not in data/outlets.csv)"),
    ("Jakarta,KOMPAS.com-Isi berita ini.", "Kompas.com", "dateline: Jakarta,KOMPAS.com-"),
    ("Rusia-Ukraina kembali memanas.", "", ""),
    ("Warta Pesisir Raya, Kupang - Isi berita ini.", "Warta Pesisir Raya",
     "dateline: Warta Pesisir Raya, Kupang - (not in data/outlets.csv)"),
    # a regency beside its province, an office beside a city: no outlet
    ("Banyumas, Jawa Tengah - Isi berita ini.", "", ""),
    ("Wali Kota Sukamaju, Kupang - Isi berita ini.", "", ""),
    # a place, a day, or a place of two words is no masthead
    ("Bandung, SELASA - Isi berita ini.", "", ""),
    ("JAKARTA SELATAN – Isi berita ini.", "", ""),
    ("Makassar: Isi berita ini.", "", ""),
    # a domain in brackets after a known city, then a colon; a domain, then a bar
    ("Kupang (warta-ntt.com): Isi berita ini.", "warta-ntt.com",
     "dateline: Kupang (warta-ntt.com): (not in data/outlets.csv)"),
    ("Kabarpesisir.net| Isi berita ini.", "Kabarpesisir.net",
     "dateline: Kabarpesisir.net| (not in data/outlets.csv)"),
    ("Harga naik | Isi berita ini.", "", ""),
])
def test_mastheads_name_the_outlet(tmp_path, lead, outlet, evidence):
    (tmp_path / "a.txt").write_text(f"Judul Berita Ini\n\n{lead}\n\nParagraf kedua di sini.",
                                    encoding="utf-8")
    row = nf.load_corpus(tmp_path).iloc[0]
    assert (row["outlet"], row["outlet_evidence"]) == (outlet, evidence)


def test_a_source_line_alone_takes_its_credit_from_the_next_line(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Sumber :\n- antara\nHarga Cabai Turun Tajam di Pasar Induk\n"
        "Jakarta, KOMPAS.com - Harga cabai turun, kata pedagang.", encoding="utf-8")
    row = nf.load_corpus(tmp_path).iloc[0]
    assert row["title"] == "Harga Cabai Turun Tajam di Pasar Induk"
    assert "source_line: - antara" in row["boilerplate"] or "- antara" in row["boilerplate"]


def test_a_logo_line_names_the_site(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Logo Warta Pesisir\n\nHarga Ikan Naik Lagi\n\nHarga ikan di pasar itu naik, kata "
        "pedagang.", encoding="utf-8")
    row = nf.load_corpus(tmp_path).iloc[0]
    assert row["outlet"] == "Warta Pesisir"


def test_a_repeated_page_title_names_the_site(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Korea Utara Kirim Rudal\n\nKorea Utara Kirim Rudal - BeritaKota.co\n\n"
        "Korea Utara mengirim rudal ke Rusia, kata pejabat.", encoding="utf-8")
    row = nf.load_corpus(tmp_path).iloc[0]
    assert row["outlet"] == "BeritaKota.co"
    assert row["outlet_evidence"] == ("page title: … - BeritaKota.co (not in "
                                      "data/outlets.csv)")
    assert "title_repeat: Korea Utara Kirim Rudal - BeritaKota.co" in row["boilerplate"]


def test_a_copyright_line_ends_the_article_and_names_the_outlet(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Judul Berita\n\nKorea Utara membantah laporan itu.\n\nCOPYRIGHT © ANTARA 2024\n\n"
        "Korea Utara membantah laporan itu.\n\nBaca berita lain di situs kami.",
        encoding="utf-8")
    row = nf.load_corpus(tmp_path).iloc[0]
    assert row["body"] == "Korea Utara membantah laporan itu."
    assert (row["outlet"], row["outlet_evidence"]) == ("ANTARA",
                                                       "copyright line: COPYRIGHT © ANTARA 2024")


def test_a_popular_list_is_page_furniture_with_its_dates(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Judul Berita\n\nJAKARTA, KOMPAS.com - Korea Utara membantah laporan itu.\n\n"
        "Terpopuler\n\nHarga Cabai Naik Lagi di Pasar Senen\n\nSelasa, 09 Desember 2025 | 14:21"
        "\n\nPaling akhir, inilah kalimat panjang yang kembali menjadi bagian dari artikel ini "
        "karena ia berakhir dengan titik dan panjangnya melebihi dua puluh kata sehingga bukan "
        "judul berita lain.", encoding="utf-8")
    row = nf.load_corpus(tmp_path).iloc[0]
    assert "Cabai" not in row["body"] and "2025" not in row["body"]
    assert "sidebar: Selasa, 09 Desember 2025 | 14:21" in row["boilerplate"]
    assert row["body"].endswith("bukan judul berita lain.")


def test_an_undated_article_takes_the_latest_full_date_it_names(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Judul Berita\n\nKorea Utara membantah laporan itu.\n\nHal itu disampaikan pada Jumat "
        "(17/5/2024). Sanksi diumumkan pada Kamis (16/5/2024). Rudal jatuh pada 2 Januari.",
        encoding="utf-8")
    row = nf.load_corpus(tmp_path).iloc[0]
    assert (row["published"], row["published_precision"]) == ("2024-05-17",
                                                              "inferred_not_before")
    assert row["published_evidence"] == ("inferred: the latest full date in the text, "
                                         "Jumat (17/5/2024)")
    assert "published_inferred" in row["warnings"].split(";")
    events = nf.extract_events(nf.load_corpus(tmp_path)).set_index("expression")
    # a yearless date resolves against it, and says so
    assert events.at["2 Januari", "date_start"] == "2024-01-02"
    assert events.at["2 Januari", "anchor_basis"] == "inferred publication"


@pytest.mark.parametrize(("text", "title", "outlet"), [
    # a site's section above the headline
    ("Ekonomi\n\nHarga Beras Naik Lagi di Pasar Induk\n\nHarga beras naik, kata pedagang.",
     "Harga Beras Naik Lagi di Pasar Induk", ""),
    # app and subscription banners, page controls
    ("Download aplikasi kami sekarang\n\nTUTUP\n\nHarga Beras Naik Lagi di Pasar Induk\n\n"
     "Harga beras naik, kata pedagang.", "Harga Beras Naik Lagi di Pasar Induk", ""),
    # an outlet run together with its section (kumparanBISNIS), and one named in a short
    # line of the page far below the header, not in a photo credit
    ("kumparanBISNIS\n\nHarga Beras Naik Lagi di Pasar Induk\n\n"
     "Harga beras naik, kata pedagang.", "Harga Beras Naik Lagi di Pasar Induk", "Kumparan"),
    ("Harga Beras Naik\n\nPedagang di pasar. Medcom.id\n\n" + "Harga beras naik.\n\n" * 12
     + "Ikuti berita terbaru dari Okezone", "Harga Beras Naik", "Okezone"),
])
def test_banners_sections_and_self_references(tmp_path, text, title, outlet):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    row = nf.load_corpus(tmp_path).iloc[0]
    assert (row["title"], row["outlet"]) == (title, outlet)


@pytest.mark.parametrize(("body", "flagged"), [
    ("Gubernur meresmikan jembatan, Kamis (3/8/2023). Acara lanjut Senin, 7 Agustus 2023.",
     False),
    ("Gubernur meresmikan jembatan, Kamis (3/8/2023). Acara lanjut Rabu, 8 Agustus 2023.",
     True),  # 8 August 2023 was a Tuesday
    # no year: read near the publication day (14 June 2024), or up to three years before
    ("Rapat digelar Jumat (14/6). Foto diambil pada Senin (6/6).", False),  # 6/6/2022
    ("Rapat digelar Jumat (14/6). Banjir datang pada Sabtu (6/6).", True),  # no such year
])
def test_a_weekday_stated_anywhere_in_the_body_is_checked(tmp_path, body, flagged):
    (tmp_path / "a.txt").write_text(
        f"Judul Berita\n\nJAKARTA, KOMPAS.com - Jumat (14/6/2024). {body}", encoding="utf-8")
    row = nf.load_corpus(tmp_path).iloc[0]
    assert row["published"] == "2024-06-14"
    assert ("weekday_mismatch" in row["warnings"].split(";")) is flagged
