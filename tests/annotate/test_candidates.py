"""The claimant chosen among candidate speakers: scores from the weights of
data/lexicons/claimant_weights.csv (here given explicitly, so the tests need no tuning)."""

from newsframe.annotate.candidates import WEAK_EVIDENCE, is_unsure, rank_speakers, weights

TABLE = {"place_same": 3, "place_before_1": 3, "place_after_1": 1.5, "place_before_2_4": 1,
         "nobody": 3, "place_after_2_4": 0.5, "per_statement": 0.25, "max_statements": 4,
         "unit_match": 1,
         "current_run_on": 3, "outlet": 3, "unsure_margin": 1}


def test_the_nearest_speaker_before_the_figure_outranks_one_after_it():
    ranked = rank_speakers(5, "person", [("Dinas Sosial", 4), ("Lurah Budi", 6)], {}, "", "",
                           outlet="Warta", table=TABLE)
    assert ranked == [(3.25, "Dinas Sosial"), (3.0, "Warta"), (1.75, "Lurah Budi")]


def test_statements_count_up_to_a_limit_and_a_matching_unit_counts():
    statements = [("Ani", 8)] * 7 + [("Badan Pangan", 2)]
    ranked = rank_speakers(3, "ton", statements, {"Badan Pangan": {"ton"}}, "", "",
                           outlet="Warta", table=TABLE)
    # Ani: five paragraphs after (0) + 4 statements counted (1.0); Badan Pangan: the
    # paragraph before (3) + 1 statement (0.25) + the unit it gave before (1)
    assert ranked == [(4.25, "Badan Pangan"), (3.0, "Warta"), (1.0, "Ani")]


def test_the_outlet_and_the_rules_choice_are_candidates():
    ranked = rank_speakers(2, "case", [("Rudi", 1)], {}, "Rudi", "run_on", outlet="Warta",
                           table=TABLE)
    assert ranked == [(6.25, "Rudi"), (3.0, "Warta")]
    assert not is_unsure(ranked, TABLE)
    alone = rank_speakers(2, "case", [("Rudi", 1)], {}, "Warta", "outlet", outlet="Warta",
                          table=TABLE)
    assert alone == [(3.25, "Rudi"), (3.0, "Warta")]
    assert is_unsure(alone, TABLE)


def test_with_no_outlet_known_nobody_is_the_articles_own_voice():
    # one statement of a speaker just before is not enough to take a figure nobody is named
    # for (the outlet unknown): nobody ("") stays first
    table = {**TABLE, "place_before_1": 2}
    assert rank_speakers(4, "person", [("Rina", 3)], {}, "", "", table=table) == [
        (3.0, ""), (2.25, "Rina")]
    assert rank_speakers(0, "ton", [], {}, "", "", table=TABLE) == [(3.0, "")]
    assert not is_unsure([(1.0, "A")], TABLE)
    # without a "nobody" weight any speaker takes such a figure
    without = {k: v for k, v in table.items() if k != "nobody"}
    assert rank_speakers(4, "person", [("Rina", 3)], {}, "", "", table=without) == [
        (2.25, "Rina")]


def test_the_weights_file_holds_every_feature_and_strong_evidence_is_never_weak():
    table = weights()
    assert set(TABLE) <= set(table)
    assert {"direct", "quote", "document", "actor", "figure"}.isdisjoint(WEAK_EVIDENCE)


def test_a_speaker_the_figures_paragraph_names_outranks_the_outlet():
    # round 13c: a body's record in the paragraph before and its name in the figure's own
    # paragraph beat the article's own voice; without the name the outlet keeps the figure
    table = {**TABLE, "place_before_1": 2, "named_same": 1.5, "unsure_margin": 0.5}
    named = rank_speakers(3, "house", [("BPBD", 2)], {}, "Warta", "outlet", outlet="Warta",
                          table=table, named={"BPBD"})
    assert named == [(3.75, "BPBD"), (3.0, "Warta")]
    assert not is_unsure(named, table)
    assert rank_speakers(3, "house", [("BPBD", 2)], {}, "Warta", "outlet", outlet="Warta",
                         table=table)[0] == (3.0, "Warta")
    # with no outlet known the name does not count: nobody keeps the figure
    assert rank_speakers(3, "house", [("BPBD", 2)], {}, "", "", table=table,
                         named={"BPBD"})[0] == (3.0, "")
