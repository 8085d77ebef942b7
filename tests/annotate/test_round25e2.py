"""Round 25e, second part (issue 23): the seed story's named sources — a speaker who speaks
after a briefing (*setelah mendapat penjelasan dari X*, *usai menerima pengarahan tertutup
dari X*, English *after a closed-door briefing by X*, *after being briefed by X*) passes on
what the briefing body told them: the body is named as the source the words came through
(a relay of the speaker's statement, as *…, mengutip X*), the speaker stays the claimant;
alone in its sentence the briefing body is the source. Sentences, names, places and numbers
written for these tests (other names, bodies, numbers and word order than the pages the
kind was seen on)."""
import pandas as pd
import pytest

import newsframe as nf
from tests.annotate.test_round25e import _named, _sources


@pytest.mark.parametrize(("body", "speaker", "body_named"), [
    ("Ketua Komisi I DPR Meutya Hafid mengungkapkan hal itu setelah mendapat penjelasan "
     "dari Badan Intelijen Negara (BIN) di Senayan.", "Meutya Hafid", "BIN"),
    ("Senator Filipina Risa Hontiveros mengatakan kepada wartawan usai menerima pengarahan "
     "tertutup dari CIA bahwa 40 kapal telah berlayar.", "Risa Hontiveros", "CIA"),
    ("About 300 drones have been shipped, Senator Mark Warner told reporters after a "
     "closed-door briefing by the CIA.", "Mark Warner", "CIA"),
    ("Senator Mark Warner said after being briefed by the CIA that 300 drones had "
     "been shipped.", "Mark Warner", "CIA"),
])
def test_25e2_a_briefing_body_is_named(body, speaker, body_named):
    table = _sources(body)
    assert speaker in set(table["source"])  # the speaker stays the one who speaks
    assert any(body_named in name for name in _named(body))


def test_25e2_an_unnamed_speaker_briefed_by_a_body_names_the_body():
    body = ("Informasi itu disampaikan seorang anggota parlemen Filipina setelah memperoleh "
            "informasi dari Badan Intelijen Negara (BIN).")
    assert any("BIN" in name or "Badan Intelijen Negara" in name for name in _named(body))


def test_25e2_a_briefing_body_alone_is_the_source():
    body = ("Lawmaker Mark Warner spoke to reporters after a briefing from the Central "
            "Intelligence Agency on Tuesday.")
    assert any("Central Intelligence Agency" in name or "CIA" in name for name in _named(body))


@pytest.mark.parametrize("body", [
    "Setelah mendapat informasi dari warga, polisi menggerebek rumah itu dan menyita 12 "
    "senjata.",
    "Petugas bergerak setelah menerima laporan dari masyarakat bahwa 30 ekor sapi hilang.",
    "Armada itu berlayar kata Presiden Ferdinand Marcos setelah menerima laporan dari "
    "laksamana angkatan lautnya.",
])
def test_25e2_information_from_nobody_in_particular_names_nobody(body):
    named = _named(body)
    assert not any(w in n.lower() for n in named for w in ("warga", "masyarakat", "laksamana"))


def test_25e2_the_briefed_speaker_stays_the_claimant():
    body = ("Senator Filipina Risa Hontiveros mengatakan setelah mendapat penjelasan dari "
            "Badan Intelijen Negara (BIN) bahwa sekitar 4.000 pekerja telah dikirim ke "
            "Kamboja.")
    arts = pd.DataFrame({"article_id": ["x"], "title": [""], "body": [body],
                         "published": [""], "outlet": [""], "status": ["ok"]})
    claims = nf.annotate.claims.extract_claims(arts)
    row = claims[claims["value"] == 4000].iloc[0]
    assert "Risa Hontiveros" in row["claimant"]


def test_25e2_a_title_then_its_name_briefs():
    body = ("Armada itu berlayar, kata Presiden Ferdinand Marcos setelah menerima laporan dari "
            "laksamana angkatan lautnya, Toribio Adaci.")
    assert "Toribio Adaci" in _named(body)


# Ukraine's military intelligence (HUR, GUR; the Main Intelligence Directorate) is a body the
# actors lexicon knows: its name is no person's, a deputy chief of it is no person named
# "Directorate", and its short forms speak for it (round 25e2, kind 2)
@pytest.mark.parametrize("body", [
    "The Main Intelligence Directorate said on Friday that 40 trains had crossed the border.",
    "Pasukan itu tiba pekan lalu, kata Direktorat Intelijen Militer Ukraina pada Sabtu.",
])
def test_25e2_ukraines_military_intelligence_is_a_body(body):
    table = _sources(body)
    assert len(table) == 1
    assert table["source_kind"].iloc[0] == "organisation"
    assert table["country"].iloc[0] == "UA"


def test_25e2_a_deputy_chief_of_the_directorate_is_no_person_named_directorate():
    body = ("Some 40 trains have crossed the border, Deputy Chief of the Main Intelligence "
            "Directorate Oleh Pavliuk said on Sunday.")
    sources = set(_sources(body)["source"])
    assert "Directorate" not in sources
    assert "Oleh Pavliuk" in sources


def test_25e2_the_short_form_speaks_for_the_directorate():
    body = ("Ukraine's Main Intelligence Directorate (HUR) counted 40 trains in March. HUR said "
            "on Monday that 200 tanks had been sent to the front with the trains.")
    table = _sources(body)
    assert (table["source_kind"] == "organisation").all() and len(table) >= 1
    assert (table["country"] == "UA").all()
