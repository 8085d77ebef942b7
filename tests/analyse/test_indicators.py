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


def test_indicators_read_only_the_hits_columns_they_need_in_any_row_order():
    # notebook 03 passes the hits with their cue, outlet and offsets: the same table, and
    # the hits' order does not matter (counts per article, sentences told by offset)
    wide = HITS.assign(cue=["perang", "tempur", "serbu", "konflik", "mungkin", "gempur"],
                       outlet="ignored", start=[3, 9, 44, 2, 15, 1])
    plain = framing_indicators(ARTICLES, HITS, headlines=HEADLINES)
    assert framing_indicators(ARTICLES, wide, headlines=HEADLINES).equals(plain)
    assert framing_indicators(ARTICLES, wide.iloc[::-1], headlines=HEADLINES).equals(plain)
    words = framing_indicators(ARTICLES, wide, normalize="words", headlines=HEADLINES)
    hedges = words[(words["indicator"] == "hedges") & (words["level"] == "article")]
    assert hedges["value"].tolist() == [1000 / 80, 0.0, 0.0]


def test_keep_frames_drops_only_other_frames_rows():
    table = framing_indicators(ARTICLES, HITS, headlines=HEADLINES)
    kept = keep_frames(table, ["conflict"])
    frames = kept[kept["group"].isin(["frame", "frame_presence"])]["indicator"].unique().tolist()
    assert frames == ["frame: conflict", "present: conflict"]
    assert (kept["group"] == "headline").sum() == (table["group"] == "headline").sum()


def test_source_balance_counts_each_articles_sources_from_whole_columns():
    # s1: "Menteri Sari" speaks twice (first named, then unnamed: her first row decides),
    # an unnamed official once; types tie 2:2 after the denial rows -> order of first
    # appearance; a denial by the accused type, one by an accused name, one by nobody accused
    # s2: one relayed statement (two hops); s3: no statement at all
    from newsframe.analyse.indicators import source_balance

    articles = pd.DataFrame({"article_id": ["s1", "s2", "s3"],
                             "outlet": ["Harian Laut", "Kabar Gunung", ""]})
    attributions = pd.DataFrame({
        "article_id": ["s1", "s2", "s1", "s1", "s1", "s1"],
        "source": ["Menteri Sari", "Pak Dion", "Menteri Sari", "seorang pejabat",
                   "Jenderal Oskar Pratama", "juru bicara pabrik"],
        "source_type": ["gov", "analyst", "gov", "kp_government", "kp_government", "company"],
        "anonymous": [False, False, True, True, False, True],
        "verb_class": ["neutral", "neutral", "denial", "denial", "denial", "denial"],
        "relayed_by": ["", "Radio Pesisir > Kantor Berita", "", "", "", ""],
        "sentence": ["Sari berkata.", "Dion menulis.", "Sari membantah.",
                     "Pejabat itu membantah.", "Oskar membantah keras.", "Pabrik membantah."]})
    balance = source_balance(articles, attributions,
                             (["kp_government"], ["Oskar Pratama"]))
    assert balance.drop(columns=["denial_sentence"]).values.tolist() == [
        ["s1", "Harian Laut", 5, 4, 2, 2, 0.5, "gov:0.4; kp_government:0.4; company:0.2",
         True, True, True, "seorang pejabat; Jenderal Oskar Pratama", 1],
        ["s2", "Kabar Gunung", 1, 1, 1, 0, 1.0, "analyst:1", False, False, False, "", 3],
        ["s3", "", 0, 0, 0, 0, 0.0, "", False, False, False, "", 0]]
    assert balance["denial_sentence"].tolist() == ["Pejabat itu membantah.", "", ""]
    assert str(balance["n_sources"].dtype) == "int64"
    assert str(balance["accused_heard"].dtype) == "boolean"
    # no accused side named: the accused side's questions are not asked (missing, never
    # "no"), and the denials counted are every speaker's
    for accused in (None, ([], [])):
        nobody = source_balance(articles, attributions, accused)
        assert nobody["accused_heard"].isna().all() and nobody["accused_denial"].isna().all()
        assert nobody["any_denial"].tolist() == [True, False, False]
        assert nobody["denial_sources"].tolist() == [
            "Menteri Sari; seorang pejabat; Jenderal Oskar Pratama; juru bicara pabrik", "", ""]
        assert nobody["denial_sentence"].tolist() == ["Sari membantah.", "", ""]


def test_without_an_accused_side_the_denial_question_is_any_speakers():
    # a corpus of no story pack: a mill's owner denies a union's count. Nobody is named
    # accused, so "the accused side's denial" is not asked (missing, never "no"), and the
    # answer the pages give is the denial by any speaker, with who denies and the sentence
    from newsframe.analyse.indicators import denial_answers, source_balance
    from newsframe.annotate.sources import extract_attributions

    articles = pd.DataFrame({
        "article_id": ["mill", "calm"], "outlet": ["Warta Lembah", "Warta Lembah"],
        "title": ["Serikat Sebut 900 Buruh Dirumahkan", "Harga Kapas Naik"],
        "body": ["Serikat pekerja menyebut 900 buruh dirumahkan. Pemilik PT Tenun Sejahtera, "
                 "Yohanes Pardede, membantah angka itu.",
                 "Ketua asosiasi, Nadia Rahim, mengatakan harga kapas naik 6 persen."]})
    attributions = extract_attributions(articles)
    balance = source_balance(articles, attributions).set_index("article_id")
    assert balance["accused_denial"].isna().all() and balance["accused_heard"].isna().all()
    assert balance["any_denial"].to_dict() == {"mill": True, "calm": False}
    assert balance.at["mill", "denial_sources"] == "Yohanes Pardede"
    assert balance.at["mill", "denial_sentence"].endswith("membantah angka itu.")
    answers = denial_answers(articles, attributions).set_index("article_id")
    assert answers["denial_included"].to_dict() == {"mill": True, "calm": False}
