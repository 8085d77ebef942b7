"""Framing indicators built as one articles × indicators matrix: the rows' order, the outlet
sums and the frames kept, on articles and hits written for the test."""

import pandas as pd

from newsframe.analyse.indicators import HEADLINE_INDICATORS, framing_indicators, keep_frames

ARTICLES = pd.DataFrame({"article_id": ["p1", "p2", "p3", "p4"],
                         "outlet": ["Warta", "Kabar", "Warta", "Warta"],
                         "n_sentences": [4, 2, 5, 0], "n_words": [80, 30, 100, 0]})
HITS = pd.DataFrame({
    "article_id": ["p1", "p1", "p1", "p3", "p1", "p2"],
    "kind": ["frame", "frame", "frame", "frame", "hedge", "frame"],
    "label": ["conflict", "conflict", "conflict", "conflict", "mungkin", "conflict"],
    "in_title": [False, False, False, False, False, True],
    "sentence_start": [0, 0, 40, 0, 12, 0]})
HEADLINES = pd.DataFrame({"article_id": ["p1", "p2", "p3"], "verb_stance": ["", "hedged", ""],
                          **{f: [False, f == "question", False] for f in HEADLINE_INDICATORS
                             if f != "hedged"}})


def test_rows_go_article_by_article_then_outlets_in_order_of_first_article():
    table = framing_indicators(ARTICLES, HITS, headlines=HEADLINES)
    per_article = 9 * 2 + 2 + len(HEADLINE_INDICATORS)  # frame and presence, hedges, headline
    assert len(table) == 3 * per_article + 2 * per_article  # p4 has no sentences: no rows
    assert table["article_id"].tolist()[:2 * per_article] == \
        ["p1"] * per_article + ["p2"] * per_article
    first = table.iloc[0]
    assert (first["indicator"], first["count"], first["denominator"], first["value"]) == \
        ("frame: conflict", 2, 4, 0.5)  # two cues in one sentence count once
    assert table.iloc[1]["indicator"] == "present: conflict"
    outlets = table[table["level"] == "outlet"]
    assert outlets["outlet"].drop_duplicates().tolist() == ["Warta", "Kabar"]
    warta = outlets[(outlets["outlet"] == "Warta")].set_index("indicator")
    conflict = warta.loc["frame: conflict"]
    assert (conflict["count"], conflict["denominator"]) == (3, 9)
    assert warta.at["hedges", "value"] == 100 * 1 / 9
    kabar = outlets[(outlets["outlet"] == "Kabar")].set_index("indicator")
    assert kabar.at["frame: conflict", "count"] == 0  # a title's cue is not a body sentence
    assert kabar.loc[["headline: question", "headline: hedged"], "value"].tolist() == [1.0, 1.0]
    assert table.dtypes.astype(str).tolist() == ["str", "str", "str", "str", "str", "float64",
                                                 "int64", "int64", "str"]


def test_keep_frames_drops_only_other_frames_rows():
    table = framing_indicators(ARTICLES, HITS, headlines=HEADLINES)
    kept = keep_frames(table, ["conflict"])
    frames = kept[kept["group"].isin(["frame", "frame_presence"])]["indicator"].unique().tolist()
    assert frames == ["frame: conflict", "present: conflict"]
    assert (kept["group"] == "headline").sum() == (table["group"] == "headline").sum()
