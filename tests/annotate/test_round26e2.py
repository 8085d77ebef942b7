"""Round 26e, second part (issue 23): the seed story's named sources on Indonesian pages —
a medium that took its text from another one (*dikutip Kabarindo.com dari Kyodo News*,
*menurut laporan yang dilansir Harian Kita dari The Guardian*): the medium after *dari* is
the relay, not the page that relays it. Sentences, names, places and numbers written for
these tests (other names, media, numbers and word order than the pages the kind was seen
on)."""
import pytest

from tests.annotate.test_round25e import _named, _sources


# kind 1: "dikutip/dilansir <medium> dari <medium>": the second medium is the one the words
# came from; the first (most often the page's own outlet) is no source
@pytest.mark.parametrize(("body", "relay", "page"), [
    ("“Sekitar dua juta peluru telah dikirim,” ungkap Lee Min-ho, seperti dikutip "
     "Kabarindo.com dari Kyodo News.", "Kyodo", "Kabarindo.com"),
    ("“Data korban 40 orang,” kata Budi dikutip SuaraJatim.com dari ANTARA, Rabu (4/9/2022).",
     "ANTARA", "SuaraJatim.com"),
    ("“Kapal itu tiba Senin,” ujar Rina Wati, dilansir Detik.com dari Reuters.",
     "Reuters", "Detik.com"),
])
def test_26e2_the_medium_after_dari_relays(body, relay, page):
    named = _named(body)
    assert relay in named
    assert page not in named


@pytest.mark.parametrize(("body", "medium", "page"), [
    ("Menurut laporan yang dilansir Detik.com dari The Guardian, 300 tentara tiba di Minsk.",
     "The Guardian", "Detik.com"),
    ("Dalam laporan yang dikutip Kabarindo.com dari The Washington Post, 40 truk tiba di "
     "Rostov.", "The Washington Post", "Kabarindo.com"),
    # a medium whose name ends in a body's word ("Warta Militer") is still the one relaying
    ("Menurut laporan yang dilansir Warta Militer dari Kyiv Post, 12 jenderal terluka di "
     "Donetsk.", "Kyiv Post", "Warta Militer"),
])
def test_26e2_a_report_relayed_from_another_medium(body, medium, page):
    named = _named(body)
    assert medium in named
    assert page not in named


def test_26e2_a_place_after_dari_keeps_the_medium():
    # "dari Jakarta" names no medium: the medium before it relays as before
    table = _sources("“Data korban 40 orang,” kata Budi, dilansir Kabarindo.com dari Jakarta.")
    assert "Kabarindo.com" in set(table["relayed_by"])


def test_26e2_one_medium_relays_as_before():
    assert "Reuters" in _named("“Kapal itu tiba Senin,” ujar Rina Wati, dilansir Reuters.")


# kind 2: "Sumber :" with its medium on the next line after a bullet, above the text (the
# lead picture's credit in one site's layout) credits the picture, not the text
def _page(body: str):
    import pandas as pd

    import newsframe as nf
    arts = pd.DataFrame({"article_id": ["x"], "title": [""], "body": [body], "published": [""],
                         "outlet": [""], "status": ["ok"]})
    return nf.annotate.sources.extract_attributions(arts)


_TOP = ("Kapal Kargo Tiba di Vladivostok\n\nFoto kapal kargo di pelabuhan\nSumber :\n  • {medium}"
        "\n\nMoskow, Kabarku – Korea Utara telah mengirim 300 kontainer ke Rusia, kata Menteri "
        "Pertahanan Budi Santoso.\n\nKepala staf Andi Malik mengatakan 40 kapal telah tiba.\n")


@pytest.mark.parametrize("medium", ["DW", "Reuters", "The Guardian"])
def test_26e2_a_bulleted_credit_above_the_text_is_the_pictures(medium):
    table = _page(_TOP.format(medium=medium))
    assert {"Budi Santoso", "Andi Malik"} <= set(table["source"])
    assert not any(str(r).strip() for r in table["relayed_by"])
    assert medium not in set(table["source"])


def test_26e2_a_credit_closing_the_page_still_relays():
    body = ("Kapal Kargo Tiba di Vladivostok\n\nMoskow, Kabarku – Korea Utara telah mengirim 300 "
            "kontainer ke Rusia, kata Menteri Pertahanan Budi Santoso.\n\nKepala staf Andi "
            "Malik mengatakan 40 kapal telah tiba.\n\nSumber :\n  • Reuters\n")
    table = _page(body)
    assert set(table["relayed_by"]) == {"Reuters"}


def test_26e2_a_credit_on_its_own_line_above_the_text_still_relays():
    # "Sumber: Reuters" on one line (no bullet) is the text's source, as before
    body = _TOP.format(medium="").replace("Sumber :\n  • ", "Sumber: Reuters")
    table = _page(body)
    people = table[table["source"].isin(["Budi Santoso", "Andi Malik"])]
    assert len(people) == 2 and set(people["relayed_by"]) == {"Reuters"}


def test_26e2_a_bulleted_credit_the_reader_took_off_the_text_is_the_pictures():
    # the reader moves the header's "Sumber :" / "• X" lines to the boilerplate column
    import pandas as pd

    import newsframe as nf
    body = ("Moskow, Kabarku – Korea Utara telah mengirim 300 kontainer ke Rusia, kata Menteri "
            "Pertahanan Budi Santoso.\n\nKepala staf Andi Malik mengatakan 40 kapal telah tiba.")
    arts = pd.DataFrame({"article_id": ["x"], "title": [""], "body": [body], "published": [""],
                         "outlet": [""], "status": ["ok"],
                         "boilerplate": ["source_line: Sumber :\ntags: • Kabar/Andi Wijaya"]})
    table = nf.annotate.sources.extract_attributions(arts)
    assert {"Budi Santoso", "Andi Malik"} <= set(table["source"])
    assert not any(str(r).strip() for r in table["relayed_by"])
    arts["boilerplate"] = ["source_line: Sumber : Reuters"]  # a credit on its line: as before
    table = nf.annotate.sources.extract_attributions(arts)
    assert "Reuters" in set(table["relayed_by"])
