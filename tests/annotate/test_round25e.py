"""Round 25e (issue 23): the seed story's named sources, eighth pass — the press with no
name (*media lokal*, *media pemerintah*, English *South Korean media*, *State media*) and a
lawmaker with no name (*anggota parlemen*, *seorang anggota parlemen Jepang*) are nobody in
particular, never a named source, nor a relay; media the lexicon did not know (*ABC News*,
*The Economist*, *The War Zone*) relay what they carry, English *X told the War Zone*
relays through the medium after *the*, and *Reports from X indicate …* speak for X.
Sentences, names, places and numbers written for these tests (other names, numbers and
word order than the pages the kinds were seen on)."""
import pandas as pd
import pytest

import newsframe as nf


def _sources(body: str) -> pd.DataFrame:
    arts = pd.DataFrame({"article_id": ["x"], "title": [""], "body": [body],
                         "published": [""], "outlet": [""], "status": ["ok"]})
    return nf.annotate.sources.extract_attributions(arts)


def _named(body: str) -> set[str]:
    """The named sources and relays, as the accuracy harness counts them."""
    table = _sources(body)
    named = set(table.loc[~table["anonymous"], "source"])
    for relays in table["relayed_by"]:
        named |= {r.strip() for r in str(relays or "").split(" > ") if r.strip()}
    return named


@pytest.mark.parametrize("body", [
    "Media lokal melaporkan banjir di Lima menewaskan 14 orang.",
    "Menurut media pemerintah, presiden Peru meninjau 40 pos perbatasan pada Senin.",
    "Kementerian itu mengirim 300 tentara ke Tacna, kata media asing.",
])
def test_25e_unnamed_press_is_no_named_source_id(body):
    table = _sources(body)
    assert len(table) >= 1
    assert not (table["source"].str.lower().str.startswith("media") & ~table["anonymous"]).any()


_EN_PRESS = ("Chilean media reported on Friday that Peru has moved 2,000 troops to the northern "
             "border. State media said the army had received 40 new tanks from its allies. "
             "The government did not comment on the reports, and the army declined to say how "
             "many soldiers were sent.")


def test_25e_unnamed_press_is_no_named_source_en():
    table = _sources(_EN_PRESS)
    press = table[table["source"].isin(["Chilean media", "State media"])]
    assert len(press) == 2
    assert press["anonymous"].all()


@pytest.mark.parametrize("body", [
    "Hal itu diungkapkan anggota parlemen Jepang kepada wartawan di Tokyo pada Senin.",
    "Anggota parlemen Peru mengatakan sekitar 500 tentara telah dikirim ke perbatasan.",
])
def test_25e_a_lawmaker_with_no_name_is_no_named_source(body):
    table = _sources(body)
    assert len(table) >= 1
    assert "anggota parlemen" not in " ".join(_named(body)).lower()


def test_25e_a_named_lawmaker_still_speaks():
    # guard: a lawmaker's title before a name is that person's role
    body = ("Anggota parlemen Peru, Rosa Quispe, mengatakan sekitar 500 tentara telah dikirim "
            "ke perbatasan.")
    assert "Rosa Quispe" in _named(body)


@pytest.mark.parametrize(("body", "medium"), [
    ("Peru mengatakan menteri luar negerinya tiba di Santiago, menurut laporan CBS News.",
     "CBS News"),
    ("Menurut laporan NBC News, sekitar 600 tentara Peru tiba di perbatasan.", "NBC News"),
])
def test_25e_a_short_form_before_news_is_one_medium(body, medium):
    named = _named(body)
    assert medium in named
    assert "News" not in named


_EN_MEDIA = ("Chile's army chief Ana Ruiz told the War Zone on Friday that about 700 Peruvian "
             "soldiers had crossed the border. The general also said Peru had moved 30 tanks, "
             "as detailed in a report by The Economist. The ministry said it was watching the "
             "border closely and would respond to any attack.")


def test_25e_english_media_relayed_by_name():
    named = _named(_EN_MEDIA)
    assert {"The War Zone", "The Economist", "Ana Ruiz"} <= named


def test_25e_a_newspaper_named_for_its_place_is_kept():
    # guard: a medium named with a capital after the plural (*Media Indonesia*) stays a medium
    named = _named("Media Indonesia melaporkan 20 orang tewas dalam banjir di Bekasi.")
    assert "Media Indonesia" in named


_EN_REPORTS = ("Reports from Chile's National Intelligence Agency (ANI) indicate that about 900 "
               "Peruvian soldiers crossed the border last week. The ministry did not comment on "
               "the figures, and the army declined to say how many troops were sent.")


def test_25e_reports_from_a_body_speak_for_it():
    # a plural document opening the sentence (*Reports from X indicate …*) is X's, as
    # *A report from X shows …* already was
    table = _sources(_EN_REPORTS)
    assert "Chile's National Intelligence Agency" in set(table["source"]) or any(
        "National Intelligence Agency" in s for s in table["source"])


@pytest.mark.parametrize("body", [
    "Para anggota parlemen yang mengutip data kepolisian Chile mengatakan 300 orang ditahan.",
    ("Peru denied the claims, State media reported on Friday, adding that 40 soldiers had "
     "returned. The ministry did not say more about the soldiers or the border."),
])
def test_25e_an_unnamed_group_relays_nothing(body):
    table = _sources(body)
    relays = {r.strip() for v in table["relayed_by"] for r in str(v or "").split(" > ")
              if r.strip()}
    assert not any("parlemen" in r or "media" in r for r in relays)


def test_25e_the_media_is_no_outlet():
    table = _sources("Peru moved 300 troops to the border, the media reported on Friday, citing "
                     "officials. The ministry did not comment on the report or on the troops.")
    media = table[table["source"] == "media"]
    assert len(media) == 1 and media["anonymous"].all()
