"""Round 23e (issue 23): the seed story, sixth pass — an estimate's hedge before the first
of two figures joined by *dan / atau / and / or* (*sekitar 250 … dan 1.400 lainnya*, *up to
2 million tonnes … or 300,000 tonnes*) covers the second as well; the headline repeated as
a line of the body keeps the headline's speaker. Sentences, names, places
and numbers written for these tests (other names, numbers and word order than the pages the
kind was seen on)."""
import pandas as pd
import pytest

import newsframe as nf


def _claims(body: str, title: str = "") -> pd.DataFrame:
    arts = pd.DataFrame({"article_id": ["x"], "title": [title], "body": [body],
                         "published": [""], "outlet": [""], "status": ["ok"]})
    return nf.annotate.claims.extract_claims(arts)


def _qualifiers(body: str) -> dict:
    claims = _claims(body)
    return dict(zip(claims["value"], claims["qualifier"], strict=True))


@pytest.mark.parametrize(("body", "value", "qualifier"), [
    # round 23e: the second figure after "dan ... lainnya" shares the first one's hedge
    ("LIMA - Sekitar 250 penambang tewas dan 1.400 lainnya terluka dalam ledakan di Chile, "
     "menurut Kementerian Energi Chile.", 1400, "about"),
    # "atau": two readings of one amount (the same unit)
    ("Menteri Perdagangan Bolivia Ana Paredes memperkirakan gudang itu dapat menampung "
     "sekitar 2 juta ton tembaga atau 300.000 ton seng.", 300000, "about"),
    # English: "and ... others", "or"
    ("Peru's navy said about 120 sailors were killed and 3,400 others were wounded in the "
     "storm.", 3400, "about"),
    ("The ministry said the ships could carry up to 2 million tonnes of copper or 300,000 "
     "tonnes of zinc.", 300000, "up_to"),
])
def test_23e_a_hedge_covers_the_figure_joined_to_its_own(body, value, qualifier):
    assert _qualifiers(body)[value] == qualifier


@pytest.mark.parametrize(("body", "value"), [
    # guards: a figure with a hedge or a cue of its own keeps it
    ("Sekitar 250 penambang tewas dan sebanyak 1.400 orang terluka di Chile, kata menteri.",
     1400),
    # another unit after "dan": a different count, not the same one in two parts
    ("Sekitar 250 penambang tewas dan 14 tambang ditutup di Chile, kata menteri itu.", 14),
    # a clause of its own between the two figures (a comma and another subject)
    ("Sekitar 250 penambang tewas di Chile, sementara di Peru 1.400 orang terluka, kata "
     "menteri itu.", 1400),
    # a bound is the first figure's alone (as the pages' labels read it)
    ("JAKARTA - Sedikitnya 40 nelayan Peru hilang dan 900 lainnya dievakuasi setelah badai "
     "di pesisir Lima, kata Badan SAR Peru.", 900),
    ("At least 40 fishermen were killed and 90 injured off Lima, the navy said.", 90),
    # shares of a whole are each their own figure
    ("Sekitar 60 persen tembaga berasal dari Chile dan 40 persen dari Peru, kata menteri.", 40),
    # the first figure exact: nothing to share
    ("Sebanyak 250 penambang tewas dan 1.400 lainnya terluka di Chile, kata menteri itu.",
     1400),
])
def test_23e_a_figure_with_its_own_reading_keeps_it(body, value):
    assert _qualifiers(body)[value] == "exact"


def test_23e_the_first_figure_keeps_its_hedge():
    body = "Sedikitnya 40 nelayan Peru hilang dan 900 lainnya dievakuasi, kata Badan SAR Peru."
    assert _qualifiers(body)[40] == "at_least"


def test_23e_a_bound_of_one_reading_is_not_shared_by_the_other():
    # guard: "lebih dari A atau B" bounds the first reading of the amount only
    body = ("Menteri Perdagangan Bolivia Ana Paredes mengatakan gudang itu dapat menampung "
            "lebih dari 2 juta ton tembaga atau 300.000 ton seng.")
    assert _qualifiers(body)[300000] == "exact"


@pytest.mark.parametrize(("title", "body"), [
    # round 23e: the headline repeated as a line of the body keeps the headline's speaker,
    # not the account carried on from the line above it (a standfirst's subject)
    ("Reuters: Peru akan Membeli 8.000 Ton Tembaga dari Chile",
     "Chile mengumumkan rencana Peru untuk membeli tembaga dalam jumlah besar.\n\n"
     "Reuters: Peru akan Membeli 8.000 Ton Tembaga dari Chile\n\n"
     "Peru telah mulai membeli tembaga dari Chile untuk membangun jaringan listrik."),
    # (guard: a speaker the repeated line names itself was read right before)
    ("Peru Beli 8.000 Ton Tembaga dari Chile, Kata Menteri Energi Ana Paredes",
     "Kementerian Perdagangan Chile mengumumkan rencana itu pada Senin.\n\n"
     "Peru Beli 8.000 Ton Tembaga dari Chile, Kata Menteri Energi Ana Paredes\n\n"
     "Tembaga itu akan dikirim lewat pelabuhan Callao."),
])
def test_23e_the_headline_repeated_in_the_body_keeps_its_speaker(title, body):
    claims = _claims(body, title)
    ours = claims[claims["value"] == 8000]
    assert len(ours) == 2 and ours["claimant"].nunique() == 1, \
        ours[["in_title", "claimant", "claimant_evidence"]].values.tolist()


def test_23e_a_body_line_that_is_not_the_headline_keeps_its_reading():
    # guard: a body sentence with the same figure but other words is read on its own
    title = "Reuters: Peru akan Membeli 8.000 Ton Tembaga dari Chile"
    body = ("Chile mengumumkan rencana Peru untuk membeli tembaga dalam jumlah besar, dan "
            "Peru akan membeli 8.000 ton tembaga itu tahun ini.")
    claims = _claims(body, title)
    ours = claims[(claims["value"] == 8000) & ~claims["in_title"]]
    assert list(ours["claimant"]) != ["Reuters"]


@pytest.mark.parametrize(("body", "value", "qualifier"), [
    # round 23e: a bound's hedge before "ada / terdapat" or "sudah / telah (+ a verb)" and
    # then the numeral still bounds it
    ("Badan SAR Peru mencatat setidaknya ada 75 nelayan yang hilang di pesisir Lima.", 75,
     "at_least"),
    ("Menurut Kementerian Energi Chile, sedikitnya terdapat 1.200 rumah yang rusak.", 1200,
     "at_least"),
    ("Chile setidaknya sudah melakukan delapan pengiriman tembaga ke Peru sejak Mei, kata "
     "menteri itu.", 8, "at_least"),
    ("Kapal-kapal Chile sekitar telah mengangkut 400 kontainer tembaga ke Peru.", 400, "about"),
])
def test_23e_a_hedge_before_ada_or_sudah_bounds_the_figure(body, value, qualifier):
    assert _qualifiers(body)[value] == qualifier


@pytest.mark.parametrize(("body", "value"), [
    # guards: "ada" or "sudah" without a hedge before them leaves the figure exact
    ("Badan SAR Peru mencatat ada 75 nelayan yang hilang di pesisir Lima.", 75),
    ("Chile sudah melakukan delapan pengiriman tembaga ke Peru sejak Mei.", 8),
])
def test_23e_ada_or_sudah_alone_is_no_hedge(body, value):
    assert _qualifiers(body)[value] == "exact"
