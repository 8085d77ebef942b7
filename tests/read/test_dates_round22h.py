"""Round 22h (issue 23, kind 5): publication dates and the weekdays of every dated
expression — sentences written for the tests, in words of no probe page."""

import pytest

import newsframe as nf
from newsframe.read.header import stated_weekday_wrong


def _page(tmp_path, text):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return nf.load_corpus(tmp_path).iloc[0]


@pytest.mark.parametrize(("text", "published"), [
    # a crawler's day glued before the writer's name, an English lead or a dateline
    (" date 2019-03-14 Rina Wati\n\nFloods swept the valley town on Tuesday, the regional "
     "disaster agency said in a statement.", "2019-03-14"),
    ("date 2017-11-02 MEDAN, Nov 2 — Harbour workers stayed home on Thursday, union leaders "
     "said.", "2017-11-02"),
    # ... read as the page's date line: before a date the lead gives for its news
    ("date 2021-07-08 PADANG - Harga cabai naik tajam, kata Budi Santoso, pedagang di pasar "
     "raya, Rabu (7/7/2021).", "2021-07-08"),
    # a month alone dates no day: the lead's date stands
    ("date 2021-07 PADANG - Harga cabai naik tajam, kata Budi Santoso, pedagang di pasar "
     "raya, Rabu (7/7/2021).", "2021-07-07"),
])
def test_a_crawlers_day_before_the_text_dates_the_page(tmp_path, text, published):
    row = _page(tmp_path, text)
    assert row["published"] == published
    assert not row["body"].startswith("date")


@pytest.mark.parametrize(("said", "published", "inferred"), [
    ("Senin (14/8/2023)", "2023-08-14", True),  # a Monday: the page dates from that day on
    # a Thursday stated for a Monday: the day or the weekday is wrong, and the text does not
    # say which — flagged, and no publication date inferred from it
    ("Kamis (14/8/2023)", "", False),
])
def test_an_inferred_date_is_never_one_its_weekday_contradicts(tmp_path, said, published,
                                                               inferred):
    row = _page(tmp_path, "Lomba Perahu Hias Digelar\n\nLomba perahu hias kembali digelar di "
                          "tepi danau tahun ini.\n\nPanitia menyiapkan 40 perahu hias, kata "
                          f"ketua panitia Sri Lestari di balai desa, {said} sore.")
    warnings = row["warnings"].split(";")
    assert (row["published"], "published_inferred" in warnings) == (published, inferred)
    assert ("weekday_mismatch" in warnings) is not inferred


@pytest.mark.parametrize(("said", "flagged"), [
    ("Kamis (13/6)", False),  # 13 June 2024 was a Thursday
    # a Tuesday the day before publication: 13 June 2023 was one, but a page of 14 June 2024
    # tells of this week — flagged
    ("Selasa (13/6)", True),
    # eight days before: possibly an earlier year's (6 June 2022 was a Monday)
    ("Senin (6/6)", False),
])
def test_a_year_less_weekday_beside_the_publication_day_is_that_years(tmp_path, said,
                                                                      flagged):
    row = _page(tmp_path, "Pasar Murah Dibuka\n\nMAKASSAR, KABARSULSEL.ID - Jumat (14/6/2024). "
                          f"Pemerintah kota membuka pasar murah di lapangan kota, {said} pagi.")
    assert row["published"] == "2024-06-14"
    assert ("weekday_mismatch" in row["warnings"].split(";")) is flagged


@pytest.mark.parametrize(("body", "wrong"), [
    # no publication date: the body's latest year, or the next (a page comparing with last
    # year): 22 October 2020 was a Thursday, and no 22 October from 2016 to 2020 a Wednesday
    ("Produksi jagung naik dibanding 2019, kata kepala dinas dalam rapat Kamis (22/10).", False),
    ("Produksi jagung naik dibanding 2019, kata kepala dinas dalam rapat Rabu (22/10).", True),
])
def test_a_page_without_a_date_reads_its_weekdays_in_its_latest_year_or_the_next(body, wrong):
    assert stated_weekday_wrong(body, "") is wrong


@pytest.mark.parametrize(("credit", "published"), [
    # a writer's byline that carries the date, taken out as a byline
    ("Penulis: Dewi Lestari | Kamis, 22 Mei 2025 | 09:40 WIB", "2025-05-22"),
    ("Editor: Agus Salim | Kamis 22 Mei 2025, 09.40", "2025-05-22"),
    # a date line that goes on with the credits
    ("Kamis, 22 Mei 2025 Reporter: Dewi Lestari Kusuma Editor: Agus Salim Rahman 1520",
     "2025-05-22"),
    # a byline without a date: the lead's date stands
    ("Penulis: Dewi Lestari", "2025-05-21"),
])
def test_a_date_in_the_byline_dates_the_page(tmp_path, credit, published):
    row = _page(tmp_path, f"Harga Garam Anjlok\n{credit}\n\nSUMENEP - Petani garam mengeluhkan "
                          "harga yang turun, kata ketua kelompok tani Ahmad Yani, Rabu "
                          "(21/5/2025).\n\nIa berharap pemerintah turun tangan.")
    assert row["published"] == published


def test_a_page_that_opens_with_its_date_and_credits_is_dated(tmp_path):
    row = _page(tmp_path, "Selasa, 9 Juni 2020 Reporter: Dewi Lestari Kusuma Editor: Agus Salim "
                          "Rahman 940\n(Foto: Dewi Lestari)\nPetugas pemadam kebakaran memadamkan "
                          "api yang membakar sebuah gudang di kawasan pelabuhan, Selasa (9/6) "
                          "dini hari, kata kepala seksi operasi Bambang Wijaya.")
    assert row["published"] == "2020-06-09"
