"""Story packs: the seed pack, a second pack (the invented flood of tests/fixtures/stories,
carried by its corpus folder), a corpus that matches no pack, and what each changes."""

import shutil

import pandas as pd
import pytest

import newsframe as nf
from newsframe import paths
from newsframe import stories as story
from newsframe.analyse import reference
from newsframe.params import ParameterError

STORIES = paths.ROOT / "tests" / "fixtures" / "stories"
FLOOD, NOMATCH = STORIES / "flood", STORIES / "nomatch"
SEED_PACK = paths.STORIES / "korea-russia-arms"


@pytest.fixture(scope="module")
def flood_articles():
    return nf.load_corpus(FLOOD)


@pytest.fixture(scope="module")
def nomatch_articles():
    return nf.load_corpus(NOMATCH)


def test_the_seed_story_is_the_first_pack():
    assert story.available_stories()[0] == "korea-russia-arms"
    pack = story.load_story(SEED_PACK)
    assert pack.text("title") == "North Korean arms shipments to Russia"
    assert pack.text("question", "id").startswith("Siapa menyebut berapa kontainer")
    assert pack.units == ("container", "shell")
    assert [d["code"] for d in pack.directions] == ["KP->RU", "RU->KP"]
    assert pack.direction_label("RU->KP", "id") == "Rusia → Korea Utara"
    assert pack.side_of("accused")[0] == {"kp_government", "ru_government"}
    assert pack.side_label("accusing") == "the US, South Korea and Japan"
    statements = reference.load_statements(pack)  # the reference table moved here
    assert len(statements) == 17 and statements["source_url"].str.startswith("http").all()


def test_auto_picks_the_seed_pack_for_the_seeds_and_says_why(seed_articles):
    choice = story.decide_story("auto", seed_articles)
    assert (choice.slug, choice.source) == ("korea-russia-arms", "auto")
    assert choice.reason.startswith("auto: matched 5 of 5 articles (cues: ")


def test_a_corpus_folder_carries_its_own_pack(flood_articles):
    choice = story.decide_story("auto", flood_articles, [FLOOD])
    chosen = choice.story
    assert chosen.slug == "flood" and chosen.folder == FLOOD and choice.source == "corpus"
    assert choice.reason == ("auto: the corpus folder carries its own story.yaml, matched 5 of "
                             "5 articles")
    # the draft's richer unit entries (unit, items, cues) read as the units it charts
    assert chosen.units == ("person", "family", "house", "rupiah", "ton")
    assert chosen.main_direction is None and chosen.conversions == ()


def test_the_flood_pack_as_a_second_pack_of_a_data_dir(tmp_path, flood_articles, monkeypatch):
    stories = tmp_path / "stories"
    shutil.copytree(SEED_PACK, stories / "korea-russia-arms")
    shutil.copytree(FLOOD, stories / "flood", ignore=shutil.ignore_patterns("*.txt", "gold"))
    monkeypatch.setattr(paths, "STORIES", stories)
    assert story.available_stories() == ["flood", "korea-russia-arms"]
    choice = story.decide_story("auto", flood_articles)  # no folder: cues decide
    assert choice.slug == "flood" and choice.reason.startswith("auto: matched 5 of 5 articles")
    assert story.decide_story("flood").slug == "flood"
    packs = [story.load_story(stories / s) for s in story.available_stories()]
    matches = story.story_matches(packs, flood_articles).set_index("slug")["n_matched"]
    assert matches.to_dict() == {"flood": 5, "korea-russia-arms": 0}


def test_a_corpus_that_matches_no_pack_gets_none(nomatch_articles):
    choice = story.decide_story("auto", nomatch_articles, [NOMATCH])
    assert choice.story is None
    # names no other story
    assert "no story pack matches" in choice.reason and "korea" not in choice.reason
    assert story.decide_story("none", nomatch_articles) == story.StoryChoice(
        None, "none", "story = none: no story pack")


def test_slug_and_folder_choose_a_pack_and_bad_values_name_the_allowed_ones():
    assert story.decide_story("korea-russia-arms").slug == "korea-russia-arms"
    assert story.decide_story(str(FLOOD)).source == "parameter"
    assert story.decide_story(str(FLOOD)).slug == "flood"
    with pytest.raises(ParameterError, match=r"parameter 'story' = 'floods' is not allowed; "
                                             r"allowed values: auto, none, korea-russia-arms"):
        story.check_story("floods")
    with pytest.raises(ParameterError, match="parameter 'story'"):
        story.check_story(["auto"])


@pytest.mark.parametrize(("text", "message"), [
    ("slug: x\ntitle: [a, b]\ncues: [x]\n", "'title' must be a text or a mapping"),
    ("slug: x\ntitle: X\ncues: []\n", "'cues' must list the words"),
    ("slug: x\ntitle: X\ncues: [x]\nsides: [{role: guilty}]\n", "allowed values: accused"),
    ("title: [unclosed\n", "cannot be read"),
    ("- a list\n", "must be a YAML mapping"),
    ("slug: x\ntitle: X\ncues: [x]\nstatements: ../../etc/passwd\n", "nothing is read from"),
    ("slug: x\ntitle: !!python/object:os.system x\ncues: [x]\n", "cannot be read"),
])
def test_a_bad_pack_is_one_line_naming_file_and_field(tmp_path, text, message):
    (tmp_path / "story.yaml").write_text(text)
    with pytest.raises(story.StoryError, match=message) as error:
        story.load_story(tmp_path)
    assert str(tmp_path / "story.yaml") in str(error.value)


def test_a_malformed_statement_row_costs_only_itself():
    statements = reference.load_statements(FLOOD)
    # the fixture's 50-tonne row has an unquoted comma in its note: 16 fields, left out
    assert len(statements) == 7 and 50 not in set(statements["value"])
    assert statements.attrs["skipped"] == [
        "a row of 16 fields, more than the header's (2025-03-15,Haryanto Wibisono (Minister "
        "of Social Affairs),id…)"]
    assert reference.load_statements(None).empty


def test_flood_claims_trace_to_the_flood_statements(flood_articles):
    pack = story.load_story(FLOOD)
    lineage = reference.match_statements(nf.extract_claims(flood_articles),
                                         reference.load_statements(pack))
    row = lineage[(lineage["article_id"] == "f02_detik") & (lineage["value"] == 3450)].iloc[0]
    assert (row["statement_date"], row["statement_claimant"]) == (
        "2025-03-13", "Rahmat Hidayatullah (BNPB)")
    final = lineage[(lineage["article_id"] == "f05_tempo") & (lineage["value"] == 26)].iloc[0]
    assert final["statement_date"] == "2025-03-21" and not final["value_changed"]
    # with the seed pack's statements nothing of the flood is traced
    seed = reference.match_statements(nf.extract_claims(flood_articles),
                                      reference.load_statements(story.load_story(SEED_PACK)))
    assert seed["unmatched"].all()


def test_the_accused_side_comes_from_the_pack(flood_articles, seed_articles):
    attributions = nf.extract_attributions(flood_articles)
    balance = nf.source_balance(flood_articles, attributions, story.load_story(FLOOD))
    denials = balance.set_index("article_id")["accused_denial"]
    assert denials.to_dict() == {"f01_kompas": False, "f02_detik": False, "f03_antara": False,
                                 "f04_tribunnews": True, "f05_tempo": False}  # gold/denials
    assert not nf.source_balance(flood_articles, attributions, None)["accused_heard"].any()
    seeds = nf.source_balance(seed_articles, nf.extract_attributions(seed_articles),
                              story.load_story(SEED_PACK))
    assert set(seeds.loc[seeds["accused_denial"], "outlet"]) == {"Liputan6.com",
                                                                 "IndonesiaSatu.co"}
    assert not nf.source_balance(seed_articles, nf.extract_attributions(seed_articles))[
        "accused_heard"].any()  # no pack given: nobody is accused (no pack is chosen here)


def test_conversions_are_the_packs():
    pack = story.load_story(SEED_PACK)
    conversion = pack.conversions[0]
    ratios = reference.implied_ratios(reference.load_statements(pack), conversion["from"],
                                      conversion["to"], conversion["direction"])
    assert round(ratios["ratio"].min(), 1) == 74.6 and round(ratios["ratio"].max()) == 480
    assert reference.implied_ratios(reference.load_statements(None), "x", "y").empty


def test_sections_a_pack_cannot_fill():
    assert story.missing_sections(story.load_story(FLOOD)) == {"needs_conversions"}
    assert "needs_statements" in story.missing_sections(None)


def test_titles_without_a_pack_come_from_the_corpus(nomatch_articles):
    from newsframe.present import briefing

    assert briefing.story_title(None, nomatch_articles) == (
        "3 articles from Bisnis.com, Kontan, CNBC Indonesia (16 Oct 2024 – 4 Nov 2024)")
    assert briefing.story_title(None, nomatch_articles, "id") == (
        "3 artikel dari Bisnis.com, Kontan, CNBC Indonesia (16 Okt 2024 – 4 Nov 2024)")
    assert briefing.corpus_title(pd.DataFrame({"outlet": [""], "published": [""]})) == "1 article"


def test_cue_counts_of_parts_add_up_to_the_whole(seed_articles, flood_articles):
    packs = [story.load_story(SEED_PACK), story.load_story(FLOOD)]
    both = pd.concat([seed_articles, flood_articles], ignore_index=True)
    parts = [story.count_cues(packs, both.iloc[i:i + 3]) for i in range(0, len(both), 3)]
    assert story.add_cue_counts(parts) == story.count_cues(packs, both)
    counts = story.count_cues(packs, both)
    assert (counts["korea-russia-arms"]["n_matched"], counts["flood"]["n_matched"]) == (5, 5)
    # 5 of 10 each, both at their min_share (0.5): the tie goes to the first slug by name
    assert story.pick_story(packs, counts).slug == "flood"


def test_tables_keep_their_story_and_a_different_parameter_says_so(tmp_path):
    from newsframe.store.engines import write_tables

    info = write_tables([paths.SEEDS], tmp_path / "t", progress=None)
    decided = story.recorded_story(info, tmp_path / "t")
    assert (decided.slug, decided.source) == ("korea-russia-arms", "auto")
    assert decided.story.units == ("container", "shell")  # read from the copy in t/story/
    assert story.story_for(decided) is decided
    assert story.story_for(decided, "korea-russia-arms") is decided
    none = story.story_for(decided, "none")
    assert none.story is None and none.reason == (
        "story = none: no story pack (the tables were annotated with korea-russia-arms: "
        "claims' directions follow that decision)")
    _, tables = nf.open_tables(tables_dir=tmp_path / "t", story="none")
    assert tables.story.story is None and "annotated with korea-russia-arms" in \
        tables.story.reason
    with pytest.raises(story.StoryError, match="records no decision"):
        story.recorded_story({}, tmp_path / "t")


def test_a_pack_file_linked_from_outside_its_folder_is_not_read(tmp_path):
    (tmp_path / "elsewhere.yaml").write_text("slug: x\ntitle: Rahasia\ncues: [x]\n")
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "story.yaml").symlink_to(tmp_path / "elsewhere.yaml")
    with pytest.raises(story.StoryError, match=r"story.yaml: cannot be read \(.*outside the "
                                               r"folder"):
        story.load_story(pack)


@pytest.mark.parametrize(("text", "message"), [
    ("slug: x\ntitle: X\ncues: [x]\nmatch: {min_cues: .inf}\n", "'match' takes min_cues"),
    ("slug: x\ntitle: X\ncues: [x]\nmatch: {min_share: 7}\n", "'match' takes min_cues"),
    ("slug: x\ntitle: X\ncues: [x]\nsides: [{role: accused, source_types: 5}]\n",
     r"'sides' cannot be read \('int' object is not iterable\)"),
    ("slug: x\ntitle: [a, b]\ncues: [x]\n", "'title' must be a text or a mapping"),
    ("slug: x\ntitle: X\ncues: 5\n", "'cues' must be a list"),
    ("a: &a [x, x]\nb: [*a, *a]\ntitle: X\ncues: [x]\n", "an anchor or alias"),
])
def test_a_pack_field_of_the_wrong_shape_is_one_line_naming_it(tmp_path, text, message):
    (tmp_path / "story.yaml").write_text(text)
    with pytest.raises(story.StoryError, match=message) as error:
        story.load_story(tmp_path)
    assert str(error.value).startswith(f"story pack {tmp_path / 'story.yaml'}: ")


def test_annotate_keeps_the_corpus_pack_inside_the_tables(tmp_path):
    from newsframe.store.engines import write_tables

    corpus = tmp_path / "corpus"
    shutil.copytree(FLOOD, corpus, ignore=shutil.ignore_patterns("gold"))
    write_tables([corpus], tmp_path / "tables", progress=None)
    kept = tmp_path / "tables" / "story"
    assert sorted(p.name for p in kept.iterdir()) == ["official_statements.csv", "story.yaml"]
    assert story.load_story(kept).slug == "flood"
    outside = tmp_path / "linked"
    shutil.copytree(FLOOD, outside, ignore=shutil.ignore_patterns("gold", "story.yaml"))
    (outside / "story.yaml").symlink_to(FLOOD / "story.yaml")  # a link out of the corpus
    with pytest.raises(story.StoryError, match="outside the folder"):
        write_tables([outside], tmp_path / "none", progress=None)
