"""The header, body and boilerplate of an article and its publication date (read/header.py):
seed facts checked by reading each seed, and sentences of each kind written for the tests."""

import pytest

import newsframe as nf
from newsframe.read import header

from ..conftest import SEED_IDS


def _row(articles, key):
    return articles.set_index("article_id").loc[SEED_IDS[key]]


@pytest.mark.parametrize("given, day", [
    ("2023-10-14T23:10:00+07:00", "2023-10-14"),  # an ISO time keeps its local day
    ("05/03/2024", "2024-03-05"),  # day first, the Indonesian order
    ("Kamis, 29 Februari 2024", "2024-02-29"),
    ("2024-03", "2024-03"),
    ("31/02/2024", ""),  # no such day
    ("kemarin", ""),
])
def test_a_given_publication_date_reads_day_first_or_not_at_all(given, day):
    assert header.published_value(given) == day
    assert header.precision_of(day) == {10: "day", 7: "month", 0: ""}[len(day)]


def test_indonesiasatu_title_drops_section_and_date_stamp(seed_articles):
    row = _row(seed_articles, "indonesiasatu")
    assert row["title"] == "Pemimpin Korea Utara Kim Jong Un Tiba di Rusia"
    assert row["section"] == "INTERNASIONAL"
    assert row["published_evidence"] == "date line: 12 Sep 2023 10:58"
    assert row["author"] == "Simon Leya"


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
    assert header.guess_language(english, header.stopwords()) == "en"
    assert header.guess_language("dan yang", header.stopwords()) == "und"


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


def test_kompastv_weekday_mismatch_is_flagged_not_corrected(seed_articles):
    row = _row(seed_articles, "kompastv")
    assert row["weekday_stated"] == "Rabu"  # 3 Nov 2022 was a Thursday
    assert "weekday_mismatch" in row["warnings"].split(";")
    assert "no_title" in row["warnings"].split(";")
    assert row["published_evidence"] == "lead: Rabu (3/11/2022)"


def test_tribunnews_byline_and_missing_date(seed_articles):
    row = _row(seed_articles, "tribunnews")
    assert row["author"] == "Namira Yunia Lestanti"
    assert row["editor"] == "Seno Tri Sulistiyono"
    assert row["warnings"] == "no_publication_date"
    assert row["published_precision"] == ""
    assert row["dek"].startswith("Pengiriman senjata tersebut merupakan upaya")


# --- round 8a: English pages' publication dates ------------------------------------------

_ENGLISH_LEAD = ("The council said on Tuesday that the new bridge would open to traffic "
                 "before the end of the year, and that the old one would be closed.")


@pytest.mark.parametrize(
    "header, published, evidence",
    [
        ("Published March 18, 2025", "2025-03-18", "date line: Published March 18, 2025"),
        ("Updated: Nov 3, 2024, 7:40 PM ET", "2024-11-03",
         "date line: Updated: Nov 3, 2024, 7:40 PM ET"),
        ("Published : Jul 9, 2023 - 08:12        Updated : Jul 10, 2023 - 11:05", "2023-07-09",
         "date line: Published : Jul 9, 2023 - 08:12        Updated : Jul 10, 2023 - 11:05"),
        ("By Dana Whitlock on August 21, 2022 at 6:05 pm", "2022-08-21",
         "date line: By Dana Whitlock on August 21, 2022 at 6:05 pm"),
        ("12 Feb 2021, 14:30", "2021-02-12", "date line: 12 Feb 2021, 14:30"),
        ("2020-05-04T09:30:00+00:00", "2020-05-04", "date line: 2020-05-04T09:30:00+00:00"),
    ],
)
def test_english_date_lines(tmp_path, header, published, evidence):
    (tmp_path / "a.txt").write_text(f"Bridge To Open By Winter\n{header}\n{_ENGLISH_LEAD}\n")
    row = nf.load_corpus(tmp_path).iloc[0]
    assert (row["published"], row["published_evidence"]) == (published, evidence)
    assert row["title"] == "Bridge To Open By Winter"


def test_an_english_weekday_that_its_date_does_not_fall_on_is_flagged(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Bridge To Open By Winter\nPublished May 6, 2025\n"
        "The council met on Thursday, May 1, 2025, and again on Monday, May 5, 2025, "
        "to settle the cost of the bridge.\n")  # May 1, 2025 was a Thursday; May 5 a Monday
    assert "weekday_mismatch" not in nf.load_corpus(tmp_path).iloc[0]["warnings"]
    (tmp_path / "a.txt").write_text(
        "Bridge To Open By Winter\nPublished May 6, 2025\n"
        "The council met on Friday, May 1, 2025, to settle the cost of the bridge, and "
        "the mayor said the work would start soon.\n")
    assert "weekday_mismatch" in nf.load_corpus(tmp_path).iloc[0]["warnings"].split(";")


def test_an_undated_english_article_takes_the_latest_full_date_it_stamps(tmp_path):
    # (round 20c: a date in running text with neither weekday nor clock infers nothing; a
    # stamp's date with its clock does)
    (tmp_path / "a.txt").write_text(
        "Ferry Service Resumes\n\nThe operator said the boats would sail again soon.\n\n"
        "The line was halted on March 2, 2024 and the boats return on 9 March 2024, when "
        "the repairs are done. The notice, posted at 16:05 on March 11, 2024, said so.\n")
    row = nf.load_corpus(tmp_path).iloc[0]
    assert (row["published"], row["published_precision"]) == ("2024-03-11",
                                                              "inferred_not_before")


@pytest.mark.parametrize("text", [
    # round 20c: the latest full date written with neither its weekday nor a clock beside it,
    # and no bare weekday the text reports on: an earlier event's date, no publication date
    "Ferry Service Resumes\n\nThe operator said the boats would sail again soon.\n\n"
    "The line was halted on March 2, 2024 and the boats return on 9 March 2024.\n",
    "Pendaki Hilang\n\nPencarian dua pendaki dimulai pada Rabu (26/2) pagi.\n\nKeduanya "
    "dilaporkan hilang saat mendaki bersama lima rekannya pada 2 Maret 2025.",
    "Harga Cabai Naik\n\nHarga cabai rawit di pasar kota naik tajam.\n\nKenaikan ini yang "
    "tertinggi sejak banjir besar pada 14 Januari 2021, kata seorang pedagang.",
])
def test_an_earlier_events_date_dates_no_page(tmp_path, text):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert nf.load_corpus(tmp_path).iloc[0]["published"] == ""


def test_a_full_date_with_its_weekday_still_dates_the_page(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Harga Cabai Naik\n\nHarga cabai rawit di pasar kota naik tajam.\n\nKenaikan itu "
        "dicatat petugas dinas pada Kamis (18/7/2024) di tiga pasar.", encoding="utf-8")
    row = nf.load_corpus(tmp_path).iloc[0]
    assert (row["published"], row["published_precision"]) == ("2024-07-18",
                                                              "inferred_not_before")


def test_a_tie_of_languages_goes_to_the_one_seen_first():
    # three Indonesian and three English stopwords: the first seen decides
    assert header.guess_language("yang dan the of di and", header.stopwords()) == "id"
    assert header.guess_language("the of yang dan di and", header.stopwords()) == "en"


def test_english_link_lines_are_page_furniture_not_text(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Harbour strike leaves 2,730 trawlers idle\n\n"
        "TEGAL - Trawlers along the north coast stayed in port, port officials said on Tuesday."
        "\n\nAlso Read | Storm Season Hits Java Ports in May 2023.\n\nALSO READ:\n"
        "Fuel Subsidy Cut Announced on 4 March 2024\n\nRead more on : Java Trawlers Harbour\n"
        "Related news: Agency sends aid to coastal villages on June 3\n"
        "The strike ended on Friday after talks with the regency, the union said.\n",
        encoding="utf-8")
    row = nf.load_corpus(tmp_path).iloc[0]
    for link in ("Storm Season", "Fuel Subsidy", "Java Trawlers", "coastal villages"):
        assert link not in row["body"]
        assert link in row["boilerplate"]
    assert row["body"].endswith("the union said.")


_LEAD_12C = ("Sukawangi – Air waduk di Sukawangi meluap dan merendam dua puluh rumah warga, "
             "Senin (3/2/2020), kata kepala desa.")


@pytest.mark.parametrize("lines, published, evidence", [
    # round 12c: an Indonesian page whose theme prints English month names
    ("- 12 March 2021", "2021-03-12", "date line: - 12 March 2021"),
    ("Friday, 12 March 2021 - 07:45 WIB", "2021-03-12",
     "date line: Friday, 12 March 2021 - 07:45 WIB"),
    # day, month and year between dashes
    ("05 - Jun - 2021, 07:45", "2021-06-05", "date line: 05 - Jun - 2021, 07:45"),
    # the site's calendar above the headline gives way to the article's stamped date line
    ("• Senin, 9 Desember 2024\nWaduk Meluap\nRabu, 5 Februari 2020 - 09.15 WIB", "2020-02-05",
     "date line: Rabu, 5 Februari 2020 - 09.15 WIB"),
    # round 12c, batch b's kinds (read after its score): the site's name and calendar below
    # the headline, the page's posting stamp after it; a month name between slashes
    ("Lensa Pos, Jumat 9 Oktober 2020\nDiposting : 25 September 2020 01:29", "2020-09-25",
     "date line: Diposting : 25 September 2020 01:29"),
    ("Dunia Rabu 5/Februari/2020 09:15", "2020-02-05",
     "date line: Dunia Rabu 5/Februari/2020 09:15"),
    # ... and so does a date line below the headline without a clock time, when its day is
    # over a month before the calendar's (round 26g: the calendar is the day the page was read)
    ("• Senin, 9 Desember 2024\nWaduk Meluap\nRabu, 5 Februari 2020", "2020-02-05",
     "date line: Rabu, 5 Februari 2020"),
    # the forms an own date line takes
    ("Dipublikasikan: Rabu, 05/02/2020 09:15", "2020-02-05",
     "date line: Dipublikasikan: Rabu, 05/02/2020 09:15"),
    ("Diterbitkan 5 Feb 2020, 09:15 WIB", "2020-02-05",
     "date line: Diterbitkan 5 Feb 2020, 09:15 WIB"),
    ("Rabu, 05 Februari 2020 | 09:15 WIB", "2020-02-05",
     "date line: Rabu, 05 Februari 2020 | 09:15 WIB"),
])
def test_a_pages_own_date_line_in_other_forms(tmp_path, lines, published, evidence):
    title = "" if "Waduk" in lines else "Waduk Meluap\n"
    (tmp_path / "a.txt").write_text(f"{title}{lines}\n{_LEAD_12C}\n", encoding="utf-8")
    row = nf.load_corpus(tmp_path).iloc[0]
    assert (row["published"], row["published_evidence"]) == (published, evidence)


def test_a_sentence_with_a_date_in_the_dek_is_no_date_line(tmp_path):
    # round 12c: an English month word is needed before a line is read in English
    (tmp_path / "a.txt").write_text(
        "Air Waduk Sukawangi Meluap, Warga Mengungsi\nHingga Jumat (7/2/2020) air belum surut\n"
        "JAKARTA, KOMPAS.com – Air waduk meluap, kata kepala desa.\n", encoding="utf-8")
    row = nf.load_corpus(tmp_path).iloc[0]
    assert row["dek"] == "Hingga Jumat (7/2/2020) air belum surut"


_TWO_PARAGRAPHS = (
    "Air Waduk Sukawangi Meluap, Warga Mengungsi\n"
    "SUKAWANGI – Air waduk di Sukawangi meluap dan merendam dua puluh rumah warga pada Senin "
    "(3/2/2020) malam, kata kepala desa kepada para wartawan di balai desa.\n"
    "Warga yang rumahnya terendam sudah mengungsi ke balai desa dan ke rumah kerabat mereka "
    "sambil menunggu air surut, sementara dapur umum dibuka di halaman sekolah dasar.\n")


@pytest.mark.parametrize("after", [
    # round 12c: a comment's date and a related article's date below the text's paragraphs
    "2 Komentar\nBudi Santoso\n12 Maret 2025 pukul 10.15\nSemoga cepat surut.",
    "Berita Terkait\nJembatan Desa Putus\nRabu, 12 Maret 2025 | 10:15 WIB",
    # a popular list under other names (batch b's kind): its dates are not the text's
    "Artikel Populer\n-\nJembatan Desa Putus\n12 Jan 2025 -\nHarga Cabai Naik\n13 Jan 2025",
    "Postingan Terkait\nJembatan Desa Putus\n12 Jan 2025",
])
def test_a_date_below_the_texts_paragraphs_is_not_the_pages(tmp_path, after):
    (tmp_path / "a.txt").write_text(_TWO_PARAGRAPHS + after, encoding="utf-8")
    row = nf.load_corpus(tmp_path).iloc[0]
    assert (row["published"], row["published_evidence"]) == ("2020-02-03",
                                                             "lead: Senin (3/2/2020)")


@pytest.mark.parametrize("lead, published, evidence", [
    # round 13c: the lead's bare weekday after the latest full date is the news day, the
    # first such weekday on or after that date (a Sunday 2 March 2025, then a Wednesday)
    ("Pencarian dua pendaki belum membuahkan hasil, kata Kepala Posko Sari Dewi di Lembang, "
     "Rabu malam.", "2025-03-05",
     "inferred: the first Rabu on or after the latest full date in the text, 2 Maret 2025"),
    # the same weekday as the date: that day
    ("Pencarian dua pendaki belum membuahkan hasil, kata Sari Dewi, Minggu.", "2025-03-02",
     "inferred: the first Minggu on or after the latest full date in the text, 2 Maret 2025"),
])
def test_a_bare_weekday_in_the_lead_moves_an_inferred_date_to_that_day(tmp_path, lead,
                                                                        published, evidence):
    (tmp_path / "a.txt").write_text(
        f"Pendaki Hilang\n\n{lead}\n\nKeduanya dilaporkan hilang saat mendaki bersama lima "
        "rekannya pada 2 Maret 2025 dan belum kembali ke pos pendakian sampai petang.",
        encoding="utf-8")
    row = nf.load_corpus(tmp_path).iloc[0]
    assert (row["published"], row["published_evidence"]) == (published, evidence)
    assert row["published_precision"] == "inferred_not_before"


def test_a_byline_carrying_the_date_and_the_editor_dates_the_page(tmp_path):
    # round 13c: "Oleh NAME, date | time - Redaktur: NAME - counter", longer than a date line
    (tmp_path / "a.txt").write_text(
        "Harga Gabah Turun\n\nOleh Wulan, Kamis, 14 Maret 2019 | 09:05 WIB - Redaktur: Bima "
        "Santoso - 512\n\nSukamaju, Lensadesa - Harga gabah kering panen di tingkat petani "
        "turun sejak awal pekan, kata Kepala Dinas Pertanian Sukamaju, Rabu (13/3/2019).",
        encoding="utf-8")
    row = nf.load_corpus(tmp_path).iloc[0]
    assert (row["published"], row["published_precision"]) == ("2019-03-14", "day")
    assert row["published_evidence"].startswith("date line: Oleh Wulan, Kamis, 14 Maret 2019")


@pytest.mark.parametrize("credit", ["©Lembaga Survei Nusantara", "© Dok. Pusat Kajian Tirta",
                                    "©Humas Pemkot Bandar Lampung"])
def test_a_credit_under_the_headline_ends_nothing(tmp_path, credit):
    """A line that reads as a copyright line but stands under the headline, above every
    paragraph (a picture's credit), is no article end: the article below it is kept whole."""
    (tmp_path / "a.txt").write_text(
        "Survei: Kepuasan Publik pada Layanan Air Bersih Naik\n\n"
        f"Survei: Kepuasan Publik pada Layanan Air Bersih Naik\n{credit}\n\n"
        "Bandar Lampung – Sebanyak 64,2 persen warga puas dengan layanan air bersih kota "
        "tahun ini.\n\n"
        "Angka itu naik dari 58,9 persen pada tahun lalu, kata peneliti lembaga itu, "
        "Sari Wulandari.\n")
    row = nf.load_corpus(tmp_path).iloc[0]
    assert "64,2 persen" in row["body"] and "58,9 persen" in row["body"]
    assert row["boilerplate"] == f"photo_caption: {credit}"
    assert row["outlet"] == ""  # a picture's holder is not the site


def test_a_copyright_line_after_the_article_still_ends_it(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Harga Cabai Rawit di Pasar Induk Turun Tajam Pekan Ini\n\n"
        "Harga cabai rawit turun menjadi Rp 42.000 per kilogram di pasar induk pada Senin pagi.\n\n"
        "© 2025 Kabar Lintas Nusa\nTentang Kami\n"
        "Semua isi situs ini dilindungi undang-undang dan tidak boleh disalin tanpa izin.\n")
    row = nf.load_corpus(tmp_path).iloc[0]
    assert "Rp 42.000" in row["body"] and "dilindungi" not in row["body"]
    assert row["boilerplate"].startswith("copyright: © 2025 Kabar Lintas Nusa")
