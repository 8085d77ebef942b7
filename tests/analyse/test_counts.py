"""How each count moved, for any story: kinds of figures, claimants over time, disagreements."""

import pandas as pd
import pytest

import newsframe as nf
from newsframe import paths, stories
from newsframe.analyse import counts, reference

FLOOD = paths.ROOT / "tests" / "fixtures" / "stories" / "flood"


@pytest.mark.parametrize(("unit", "item", "context", "family"), [
    ("person", "orang", "meninggal dunia akibat banjir", "dead"),
    ("person", "korban tewas", "", "dead"),
    ("person", "warga", "dilaporkan hilang", "missing"),
    ("person", "jiwa", "mengungsi ke balai desa", "displaced"),
    ("case", "kasus demam berdarah", "", "cases"),
    ("ton", "beras impor", "", "imported"),
    ("rupiah", "", "dialokasikan untuk subsidi", "allocated"),
    ("person", "people killed", "", "dead"),  # a statement's item, in English
    ("container", "kontainer", "berisi amunisi", ""),  # nothing but the unit
    ("hectare", "hutan", "hilang dalam lima tahun", ""),  # people's families count people
])
def test_what_a_figure_counts(unit, item, context, family):
    assert counts.figure_family(unit, item, context) == family


@pytest.fixture(scope="module")
def flood_history():
    articles = nf.load_corpus(FLOOD)
    statements = reference.load_statements(stories.load_story(FLOOD))
    return counts.count_history(nf.extract_claims(articles), statements)


def test_the_flood_death_toll_moves_by_claimant(flood_history):
    dead = flood_history[flood_history["kind"] == "person: dead"]
    official = dead[dead["source"] == "statement"]
    # the invented flood's statements: 7 (12 March), 12 (13 March), 19 (15 March), 26 (21 March)
    assert official["value"].tolist() == [7.0, 12.0, 19.0, 26.0]
    assert official["date"].tolist() == ["2025-03-12", "2025-03-13", "2025-03-15", "2025-03-21"]
    # WALHI's director gives at least 35 dead on 18 March, above every official figure
    walhi = dead[(dead["claimant"] == "Nurlela Ladjoni") & (dead["value"] == 35)].iloc[0]
    assert (walhi["qualifier"], walhi["date"]) == ("at_least", "2025-03-18")
    displaced = flood_history[flood_history["kind"] == "person: displaced"]
    assert 3450.0 in set(displaced["value"])  # BNPB's 3,450 displaced (13 March)
    assert not (flood_history["kind"] == "person").sum() == len(flood_history)


def test_the_highest_figure_so_far_and_disagreements_are_per_claimant():
    claims = pd.DataFrame({
        "published": ["2024-01-02", "2024-01-03", "2024-01-03", "2024-01-05"],
        "value": [40.0, 38.0, 52.0, 45.0], "value_high": [None] * 4, "unit": ["case"] * 4,
        "item": ["kasus"] * 4, "qualifier": ["exact"] * 4,
        "claimant": ["Dinkes", "Dinkes", "RSUD", "Dinkes"], "outlet": ["A", "B", "C", "A"]})
    history = counts.count_history(claims)
    # by date: Dinkes 40, Dinkes 38 (its highest so far stays 40), RSUD 52, Dinkes 45
    assert history["claimant"].tolist() == ["Dinkes", "Dinkes", "RSUD", "Dinkes"]
    assert history["claimant_high"].tolist() == [40.0, 40.0, 52.0, 45.0]
    assert history["disagreement"].tolist() == [False, True, True, False]  # 3 January
    moves = counts.count_moves(history).set_index("claimant")
    assert moves.loc["Dinkes", ["n_figures", "first_value", "highest_value",
                                "latest_value"]].tolist() == [3, 40.0, 45.0, 45.0]
    summary = counts.count_summary(history).iloc[0]
    assert (summary["kind"], summary["latest_value"], summary["latest_claimant"],
            summary["highest_value"], summary["highest_claimant"],
            summary["disagreement_days"]) == ("case: cases", 45.0, "Dinkes", 52.0, "RSUD", 1)


def test_undated_figures_are_left_out_and_empty_input_is_typed():
    claims = pd.DataFrame({"published": [""], "value": [3.0], "value_high": [None],
                           "unit": ["person"], "item": ["orang"], "qualifier": ["exact"],
                           "claimant": [""]})
    assert counts.count_history(claims).empty
    assert list(counts.count_summary(counts.count_history(claims)).columns) == \
        counts.SUMMARY_COLUMNS


@pytest.mark.parametrize(("unit", "item", "sentence", "thing"), [
    ("ton", "beras", "", "beras"),
    ("ton", "impor gula pasir", "", "gula"),  # two cues of one thing
    ("kiloliter", "kuota BBM jenis Pertamax", "", "Pertamax"),
    ("kiloliter", "kuota Avgas Nusa", "", "Avgas Nusa"),  # a product no lexicon knows
    ("kiloliter", "realisasinya", "Penyaluran minyak tanah sudah 40 ribu KL.", "minyak tanah"),
    ("kiloliter", "", "Jatah solar 9 juta KL dan Pertamax 2 juta KL.", ""),  # two: unknown
    ("rupiah", "subsidi pupuk", "", "pupuk"),
    ("rupiah", "pinjaman Bank Dunia", "", ""),  # an institution is who, not what
    ("kiloliter", "kuota Maret", "", ""),  # a month is when
    ("person", "warga", "Warga antre beras.", ""),  # counts of people measure nothing
])
def test_what_a_measure_measures(unit, item, sentence, thing):
    assert counts.figure_thing(unit, item, sentence) == thing


def test_measures_of_different_things_are_different_counts():
    claims = pd.DataFrame({
        "published": ["2025-05-02"] * 4, "value": [2.1e6, 1.6e6, 8e5, 3e5],
        "value_high": [None] * 4, "unit": ["ton"] * 4, "qualifier": ["exact"] * 4,
        "item": ["impor beras", "beras impor", "impor gula", "gula"],
        "claimant": ["Bulog", "Kemendag", "Kemendag", "Bulog"],
        "sentence": ["Impor beras tahun ini 2,1 juta ton.", "Beras impor 1,6 juta ton.",
                     "Impor gula 800 ribu ton.", "Gula yang masuk 300 ribu ton."]})
    history = counts.count_history(claims).set_index("value")
    assert history.loc[2.1e6, "kind"] == "ton: imported — beras"
    assert history.loc[8e5, "kind"] == "ton: imported — gula"
    assert history.loc[3e5, "kind"] == "ton — gula"
    # Bulog and Kemendag disagree on rice, not on rice against sugar
    assert history["disagreement"].to_dict() == {2.1e6: True, 1.6e6: True, 8e5: False,
                                                 3e5: False}


def test_count_history_keeps_stored_text_columns_as_text():
    # stored tables give Arrow-backed str columns: read as they are (no object round trip),
    # the same rows and dtypes as object columns give
    claims = pd.DataFrame({
        "claim_id": ["w:1", "w:2", "x:1"], "article_id": ["w", "w", "x"],
        "published": ["2025-08-02T07:00", "2025-08-02", ""], "outlet": ["Kabar Delta", "", "Pos"],
        "value": [14.0, 21.0, 30.0], "value_high": [None, None, None], "unit": ["person"] * 3,
        "item": ["orang hilang"] * 3, "qualifier": ["exact", "about", "exact"],
        "claimant": ["Basarnas", "BPBD", "Basarnas"],
        "sentence": ["Sebanyak 14 orang hilang.", "Sekitar 21 orang hilang.", "30 orang hilang."]})
    stored = claims.astype({c: "str" for c in claims.columns if claims[c].dtype == object
                            and c != "value_high"})
    history = counts.count_history(stored)
    assert history[["date", "claimant", "value", "outlet", "disagreement"]].values.tolist() == [
        ["2025-08-02", "BPBD", 21.0, "", True],
        ["2025-08-02", "Basarnas", 14.0, "Kabar Delta", True]]
    assert history.equals(counts.count_history(claims.astype({"value_high": "float64"})))
    assert str(history["claimant"].dtype) == "str" and str(history["sentence"].dtype) == "str"


def test_bare_measures_of_unrelated_things_never_disagree():
    """Two speakers giving a per cent on one day, with nothing read of what either measures
    (a share of travellers, a rise in accidents): the unit alone makes them one kind, so
    they must not be flagged as disagreeing; two tolls of the dead that day still are."""
    claims = pd.DataFrame({
        "published": ["2024-04-08"] * 4, "value": [4.6, 72.0, 31.0, 27.0],
        "value_high": [None] * 4, "unit": ["percent", "percent", "person", "person"],
        "qualifier": ["exact"] * 4, "item": ["", "", "korban meninggal", "orang tewas"],
        "claimant": ["Kemenhub", "Menko PMK", "Korlantas", "Jasa Raharja"],
        "sentence": [""] * 4})
    history = counts.count_history(claims).set_index("value")
    assert history.loc[[4.6, 72.0], "kind"].tolist() == ["percent", "percent"]
    assert history["disagreement"].to_dict() == {4.6: False, 72.0: False, 27.0: True,
                                                 31.0: True}
    assert counts.count_summary(counts.count_history(claims)).set_index("kind").loc[
        "percent", "disagreement_days"] == 0
