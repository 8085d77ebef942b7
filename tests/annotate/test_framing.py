"""Frame, hedge, normative and headline scoring, checked against a reading of the seeds."""

import pandas as pd
import pytest

import newsframe as nf
from newsframe import params
from newsframe.analyse import indicators
from newsframe.annotate import framing
from newsframe.annotate.tables import evidence_failures

from ..conftest import SEED_IDS


@pytest.fixture(scope="module")
def hits(seed_articles):
    return nf.score_frames(seed_articles)


@pytest.fixture(scope="module")
def headlines(seed_articles):
    return framing.headline_features(seed_articles).set_index("article_id")


def test_columns_and_vocabularies(hits):
    assert list(hits.columns) == framing.COLUMNS
    assert set(hits["kind"]) == set(framing.KINDS)
    assert set(hits.loc[hits["kind"] == "frame", "label"]) <= set(framing.FRAMES)
    assert set(hits.loc[hits["kind"] == "hedge", "label"]) <= set(framing.HEDGE_LABELS)


def test_offsets_point_at_the_cue(seed_articles, hits):
    by_id = seed_articles.set_index("article_id")
    for row in hits.itertuples():
        field = "title" if row.in_title else "body"
        matched = by_id.at[row.article_id, field][row.start:row.end]
        assert matched.lower().split() == row.cue.rstrip("*").lower().split() or (
            row.cue.endswith("*") and matched.lower().startswith(row.cue[:-1].lower())), row
        assert matched in row.sentence


# (seed, has_number, attribution, attribution_source, verb_stance, agent, leader, sensational)
HEADLINES = [
    ("liputan6", True, True, "US government", "certain", "North Korea government", False, ""),
    ("kompastv", False, False, "", "none", "", False, ""),  # the page has no title
    ("tribunnews", True, False, "", "certain", "Kim Jong Un", True,
     "turun gunung; demi kemenangan"),
    ("indonesiasatu", False, False, "", "certain", "Kim Jong Un", True, ""),
    ("newslive", False, False, "", "hedged", "", False, ""),
]


@pytest.mark.parametrize(("seed", "has_number", "attribution", "attribution_source",
                          "verb_stance", "agent", "leader", "sensational"), HEADLINES)
def test_seed_headlines(headlines, seed, has_number, attribution, attribution_source,
                        verb_stance, agent, leader, sensational):
    row = headlines.loc[SEED_IDS[seed]]
    assert bool(row.has_number) is has_number
    assert bool(row.attribution) is attribution
    assert row.attribution_source == attribution_source
    assert row.verb_stance == verb_stance
    assert row.agent == agent
    assert bool(row.leader_as_agent) is leader
    assert row.sensational_cues == sensational
    assert not row.question


def test_headline_numbers_and_hedge_cue(headlines):
    assert headlines.loc[SEED_IDS["liputan6"], "number_text"] == "1.000"
    assert headlines.loc[SEED_IDS["tribunnews"], "number_text"] == "6.700"
    assert headlines.loc[SEED_IDS["newslive"], "hedge_cues"] == "dugaan"


@pytest.mark.parametrize(("title", "expected"), [
    ("Apakah Rusia Menerima Ribuan Peluru?", {"question": True, "has_number": True}),
    ("Putin Tiba di Pyongyang 19 Juni 2024 10:30", {"has_number": False,
                                                    "leader_as_agent": True}),
    ("Gedung Putih Tuding Korut Kirim Rudal", {"attribution": True, "leader_as_agent": False}),
])
def test_headline_rules(title, expected):
    row = framing.headline_features(pd.DataFrame({"article_id": ["a"], "title": [title]})).iloc[0]
    for column, value in expected.items():
        assert bool(row[column]) is value, column


@pytest.mark.parametrize(("sentence", "cues"), [
    # Liputan6 paragraph 2: speculation and possibility
    ("Spekulasi mengenai kemungkinan Korea Utara mengisi ulang gudang amunisi Rusia.",
     ["spekulasi", "kemungkinan"]),
    # IndonesiaSatu: the longer cue wins, counted once
    ("Delegasi Kim kemungkinan besar mencakup menteri luar negerinya.", ["kemungkinan besar"]),
    # "tidak disebutkan namanya" is anonymity, not a reportative hedge
    ("Militer yang tidak disebutkan namanya ikut.", []),
    ("Korut bahkan bisa saja meluncurkan satelit, yang dapat setara dengan dua kali lipat.",
     ["bisa saja", "dapat", "setara dengan"]),
    ("Jumlah senjata diyakini cukup, dan tampaknya terjadi kesepakatan.",
     ["diyakini", "tampaknya"]),
])
def test_hedges_counted(sentence, cues):
    articles = pd.DataFrame({"article_id": ["a"], "title": [""], "body": [sentence]})
    hits = framing.score_frames(articles)
    assert hits.loc[hits["kind"] == "hedge", "cue"].tolist() == cues


def test_seed_hedge_counts(hits):
    hedges = hits[(hits["kind"] == "hedge") & ~hits["in_title"]]
    counts = hedges.groupby("article_id").size()
    assert counts[SEED_IDS["kompastv"]] == 1  # "seolah-olah"
    assert counts[SEED_IDS["newslive"]] == 5  # tampaknya x2, diyakini, mungkin, dapat
    assert hits[(hits["article_id"] == SEED_IDS["newslive"]) & hits["in_title"]
                & (hits["kind"] == "hedge")]["cue"].tolist() == ["dugaan"]


def test_newslive_normative_voice_is_in_the_closing_paragraphs(seed_articles, hits):
    body = seed_articles.set_index("article_id").at[SEED_IDS["newslive"], "body"]
    normative = hits[(hits["article_id"] == SEED_IDS["newslive"]) & (hits["kind"] == "normative")]
    assert normative["cue"].tolist() == ["harus", "perlu", "menjadi kunci"]
    closing = body.index("Dalam konteks ini, dunia internasional harus")
    assert (normative["start"] >= closing).all()
    # "... yang bersama-sama mengeluarkan pernyataan mengecam ..." is the three states' voice
    assert "mengecam" not in set(normative["cue"])


def test_no_own_voice_normative_in_other_seeds(hits):
    normative = hits[hits["kind"] == "normative"]
    assert set(normative["article_id"]) == {SEED_IDS["newslive"]}


def test_normative_inside_quote_or_attribution_is_not_own_voice():
    body = ('"Dunia harus bertindak," kata Kirby. AS mengatakan Korut perlu berhenti. '
            "Kita perlu damai.")
    hits = framing.score_frames(pd.DataFrame({"article_id": ["a"], "title": [""], "body": [body]}))
    normative = hits[hits["kind"] == "normative"]
    assert normative["cue"].tolist() == ["perlu"]
    assert body[normative["start"].item():].startswith("perlu damai")


def test_seed_frames(hits):
    tribun = hits[(hits["article_id"] == SEED_IDS["tribunnews"]) & (hits["kind"] == "frame")]
    assert {"mesra", "sanksi", "persahabatan"} <= set(tribun["cue"])
    liputan = hits[(hits["article_id"] == SEED_IDS["liputan6"]) & (hits["kind"] == "frame")]
    assert "warga sipil" in set(liputan["cue"])  # Kirby: "membunuh warga sipil Ukraina"


@pytest.fixture(scope="module")
def indicator_table(seed_articles, hits):
    return nf.framing_indicators(seed_articles, hits)


def test_indicator_values_are_recomputable(indicator_table):
    assert list(indicator_table.columns) == indicators.INDICATOR_COLUMNS
    rates = indicator_table[indicator_table["group"].isin(["hedge", "normative"])]
    expected = 100 * rates["count"] / rates["denominator"]
    assert (rates["value"] - expected).abs().max() < 1e-9
    assert set(indicator_table["level"]) == {"article", "outlet"}


def test_seed_indicators(indicator_table):
    outlet = indicator_table[indicator_table["level"] == "outlet"].set_index(
        ["outlet", "indicator"])
    assert outlet.loc[("NEWSLIVE", "headline: hedged"), "value"] == 1.0
    assert outlet.loc[("Tribunnews.com", "headline: sensational"), "value"] == 1.0
    assert outlet.loc[("NEWSLIVE", "normative (own voice)"), "count"] == 3
    assert outlet.loc[("KompasTV", "hedges"), "count"] == 1
    kompas_sentences = outlet.loc[("KompasTV", "frame: conflict"), "denominator"]
    assert outlet.loc[("KompasTV", "hedges"), "value"] == pytest.approx(100 / kompas_sentences)


def test_normalize_by_words(seed_articles, hits):
    table = indicators.framing_indicators(seed_articles, hits, normalize="words")
    hedges = table[(table["indicator"] == "hedges") & (table["level"] == "article")]
    assert set(hedges["unit"]) == {"per 1,000 words"}
    with pytest.raises(params.ParameterError, match="normalize"):
        indicators.framing_indicators(seed_articles, hits, normalize="paragraphs")


def test_empty_and_error_rows():
    articles = pd.DataFrame({"article_id": ["x"], "outlet": ["A"], "title": ["Judul"],
                             "body": [""], "status": ["error"]})
    hits = framing.score_frames(articles)
    assert hits.empty and list(hits.columns) == framing.COLUMNS
    table = indicators.framing_indicators(articles, hits)
    assert table.empty and list(table.columns) == indicators.INDICATOR_COLUMNS
    assert framing.headline_features(articles.iloc[0:0]).empty


def test_english_hedges_and_frames():
    """Round 8a: an English article's hedges and frames come from the lexicons' English rows
    (general English words, the meanings of the Indonesian rows)."""
    arts = pd.DataFrame({
        "article_id": ["en"], "outlet": ["Valley Post"], "title": [""],
        "body": ["Rebels reportedly shelled the depot, killing civilians. The figure could not "
                 "be independently verified. An estimated 400 families allegedly lost their "
                 "homes. The attack drew sanctions and calls for peace talks."]})
    hits = framing.score_frames(arts)
    hedges = hits.query("kind == 'hedge'")[["cue", "label"]].values.tolist()
    assert hedges == [["reportedly", "evidential"],
                      ["could not be independently verified", "epistemic"],
                      ["an estimated", "epistemic"], ["allegedly", "epistemic"]]
    frames = set(map(tuple, hits.query("kind == 'frame'")[["cue", "label"]].values.tolist()))
    assert {("civilians", "human interest"), ("families", "human interest"),
            ("attack*", "conflict"), ("sanction*", "legality/sanctions"),
            ("peace", "diplomacy/peace"), ("talks", "diplomacy/peace")} <= frames
    # a starred cue's hit carries its evidence (the words it begins), so the tables keep it
    assert not evidence_failures(arts, "frames", hits).any()


def test_an_indonesian_article_reads_no_english_cues():
    arts = pd.DataFrame({"article_id": ["id"], "title": [""],
                         "body": ["Pejabat itu menyebut angka tersebut unconfirmed dan "
                                  "allegedly keliru, lalu pergi."]})
    assert framing.score_frames(arts).query("kind == 'hedge'").empty


def test_an_english_headline_is_hedged_in_english_words():
    arts = pd.DataFrame({"article_id": ["en"], "outlet": ["X"],
                         "title": ["Dozens Reportedly Trapped As Mine Floods"],
                         "body": ["Rescuers said on Sunday that the water in the shaft was "
                                  "rising and that the pumps had failed."]})
    row = framing.headline_features(arts).iloc[0]
    assert (row["hedge_cues"], row["verb_stance"]) == ("reportedly", "hedged")


def test_english_normative_cues_in_the_outlets_own_voice():
    """Round 8c: an English article's normative cues are the English rows of normative.csv,
    kept in the outlet's own voice only (not in a quote, not in an attributed sentence)."""
    arts = pd.DataFrame({
        "article_id": ["en"], "outlet": ["Harbour Times"], "title": [""],
        "body": ["The council must repair the seawall before winter. The port authority said "
                 "the fund should grow. \"We need to act now,\" a fisherman said. Cleaner "
                 "water is the key to the bay's future, and the province ought to pay."]})
    hits = framing.score_frames(arts).query("kind == 'normative'")
    assert hits[["cue", "label"]].values.tolist() == [
        ["must", "obligation"], ["is the key", "evaluation"], ["ought to", "obligation"]]


def test_english_headline_cues_and_attribution_verbs():
    """Round 8c: number words, question words and attribution verbs of an English title are
    read in English words (headline_cues.csv and attribution_verbs.csv, language ``en``); an
    Indonesian title reads exactly its Indonesian rows."""
    body = "Officials said on Monday that the river had burst its banks near the mill."
    arts = pd.DataFrame({
        "article_id": ["en", "en2", "id"], "outlet": ["X", "X", "Y"],
        "title": ["Why Thousands Fled As Mayor Warns Of More Rain",
                  "WHO Counts Hundreds Of New Cases",
                  "Why Thousands Fled"],
        "body": [body, body, "Warga mengungsi karena sungai meluap pada Senin malam."]})
    rows = framing.headline_features(arts).set_index("article_id")
    assert rows.loc["en", "number_text"] == "thousands"
    assert rows.loc["en", "question"] and rows.loc["en", "attribution"]
    # a lower-cased WHO is no question word
    assert not rows.loc["en2", "question"] and rows.loc["en2", "number_text"] == "hundreds"
    assert not rows.loc["id", "has_number"] and not rows.loc["id", "question"]
    assert not rows.loc["id", "attribution"]
    cues = framing.score_frames(arts).query("kind == 'headline'")
    assert cues.groupby("article_id")["cue"].apply(list).to_dict() == {
        "en": ["why", "thousands"], "en2": ["hundreds"]}
