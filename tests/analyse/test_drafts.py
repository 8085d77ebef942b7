"""A story pack drafted from a corpus: cues, units, sources, and `story: auto` picking it."""

import shutil

import pandas as pd

import newsframe as nf
from newsframe import paths, stories
from newsframe.analyse.drafts import draft_cues, draft_story
from newsframe.publish import cli

NOMATCH = paths.ROOT / "tests" / "fixtures" / "stories" / "nomatch"


def test_cues_are_the_words_most_articles_share_never_common_ones():
    # invented reports of a dengue outbreak
    articles = pd.DataFrame({"title": ["Kasus DBD di Kota Bekasi Naik", "DBD Merebak, Dinkes "
                                       "Bekasi Siaga", "Warga Bekasi Diminta Waspada DBD"],
                             "body": ["Dinas Kesehatan mencatat 120 kasus demam berdarah.",
                                      "Kasus demam berdarah meningkat, kata dinas kesehatan.",
                                      "Fogging dilakukan di tiga kelurahan untuk menekan kasus."]})
    cues = draft_cues(articles, 4)
    assert set(cues[:2]) == {"DBD", "Bekasi"}  # the names in every article first
    assert "kasus" in cues and not {"dan", "di", "kata", "untuk"} & set(cues)


def test_a_draft_of_the_rice_import_corpus_reads_back_as_a_pack(tmp_path):
    articles = nf.load_corpus(NOMATCH)
    draft = draft_story(articles, nf.annotate(articles), "rice-imports")
    assert [u["unit"] for u in draft["units"]][:2] == ["ton", "container"]
    assert {"beras", "gula"} <= set(draft["units"][0]["items"])
    assert {"impor", "kontainer"} <= set(draft["cues"])
    assert draft["title"]["en"].startswith("EDIT: ")
    (tmp_path / "story.yaml").write_text(stories.story_yaml(draft), encoding="utf-8")
    pack = stories.load_story(tmp_path)
    assert pack.slug == "rice-imports" and pack.units[:2] == ("ton", "container")
    assert list(pack.cues) == draft["cues"]


def test_story_init_then_auto_picks_the_draft(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "corpus"
    shutil.copytree(NOMATCH, corpus, ignore=shutil.ignore_patterns("gold"))
    packs = tmp_path / "stories"
    shutil.copytree(paths.STORIES / "korea-russia-arms", packs / "korea-russia-arms")
    assert cli.main(["story", "init", str(corpus), "--slug", "rice-imports",
                     "--out", str(packs / "rice-imports")]) == 0
    said = capsys.readouterr().err
    assert "3 of 3 articles match it" in said and "official_statements.csv" in said
    assert sorted(p.name for p in (packs / "rice-imports").iterdir()) == [
        "README.md", "official_statements.csv", "story.yaml"]
    monkeypatch.setattr(paths, "STORIES", packs)
    articles = nf.load_corpus(corpus)
    assert stories.decide_story("auto", articles).slug == "rice-imports"
    assert stories.decide_story("auto", nf.load_corpus(paths.SEEDS)).slug == "korea-russia-arms"
    assert nf.analyse.reference.load_statements(stories.load_story(packs / "rice-imports")).empty
    # a second draft never overwrites the first; a bad slug is one line
    assert cli.main(["story", "init", str(corpus), "--slug", "rice-imports",
                     "--out", str(packs / "rice-imports")]) == 2
    assert "already holds a story.yaml" in capsys.readouterr().err
    assert cli.main(["story", "init", str(corpus), "--slug", "Rice Imports"]) == 2
    assert "parameter 'slug' = 'Rice Imports' is not allowed" in capsys.readouterr().err
