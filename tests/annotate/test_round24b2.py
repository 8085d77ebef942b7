"""Round 24b, second part (issue 23): an index's levels written as two bare numerals. An
analyst's support and resistance (*support di 7.180 hingga 7.095*, *resistance-nya di level
7.320 dan 7.410*) or the band an index is foreseen to move in (*bergerak di kisaran 7.050
hingga 7.290*) name the index once, often a sentence earlier; the second numeral has no link
word of its own. Both are the index's levels in points: a range's two ends are both of kind
``range``, *dan* gives two exact levels. The band words are data (claim_cues.csv
``index_band``). Sentences written for these tests (other names, numbers, outlets and word
order than the pages the kind was seen on)."""
import pandas as pd
import pytest

from newsframe.annotate.claims import extract_claims


def _figures(body: str) -> dict:
    articles = pd.DataFrame({"article_id": ["s"], "title": [""], "body": [body],
                             "published": ["2024-05-01"], "outlet": ["Warta Kita"],
                             "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    return {row["value"]: row for row in found.to_dict("records")}


_ANALYST = ("Analis Trimegah Sekuritas Indonesia Fadli Ramadhan memperkirakan IHSG pada "
            "Selasa berpeluang menguat terbatas. ")


@pytest.mark.parametrize(("text", "levels", "qualifier"), [
    ("Level support IHSG berada di 7.180 hingga 7.095.", [7180, 7095], "range"),
    ("Pekan ini IHSG diprediksi bergerak di kisaran 7.050 hingga 7.290.", [7050, 7290],
     "range"),
    ("Menurut dia, IHSG punya support di 7.140 sampai 7.060.", [7140, 7060], "range"),
    ("IHSG akan menguji resistance di level 7.320 dan 7.410.", [7320, 7410], "exact"),
])
def test_both_bare_levels_of_an_index_are_figures(text, levels, qualifier):
    found = _figures(_ANALYST + text)
    for value in levels:
        assert value in found, value
        assert found[value]["unit"] == "point"
        assert found[value]["qualifier"] == qualifier


def test_the_band_after_the_sentence_that_names_the_index():
    found = _figures(_ANALYST + "IHSG ditopang support di 7.120. Sementara resistance "
                     "berada di 7.260 hingga 7.345.")
    assert found[7260]["qualifier"] == found[7345]["qualifier"] == "range"
    assert found[7260]["claimant"] == found[7345]["claimant"]


@pytest.mark.parametrize("text", [
    "IHSG ditutup di 7.180, sementara 215 hingga 240 saham stagnan.",
    "Suhu di Jakarta berada di 31 hingga 34 derajat selama IHSG diperdagangkan.",
    "Sebanyak 12 hingga 15 emiten baru akan tercatat tahun ini.",
])
def test_no_index_level_without_an_index_band_or_link(text):
    found = _figures(text)
    assert not any(row["unit"] == "point" for value, row in found.items()
                   if value in (215, 240, 31, 34, 12, 15))
