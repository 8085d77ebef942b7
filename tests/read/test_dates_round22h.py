"""Round 22h (issue 23, kind 5): publication dates and the weekdays of every dated
expression — sentences written for the tests, in words of no probe page."""

import pytest

import newsframe as nf


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
