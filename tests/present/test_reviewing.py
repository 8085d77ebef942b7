"""newsframe.present.reviewing: the explorer's review panel decides on one claim or attributed
statement of the seeds, applies the decision to the rows in memory with a build's rules, and
appends it to the review file, which a build then applies the same way."""

import pytest

import newsframe as nf
from newsframe import paths
from newsframe.present import render
from newsframe.present.reviewing import decide_row, review_target
from newsframe.store import review as rv
from newsframe.store import review_file as rf

OUTLETS_OWN = "002_070c2e44d61fb293:b982-"  # ratusan pabrik amunisi: the outlet's own words
NO_FIGURE = "001_8995e815094ec626:b2451-"  # dua wilayah separatis


@pytest.fixture
def seeds(seed_articles):
    tables = nf.annotate(seed_articles, ["claims", "attributions"])
    return seed_articles, {name: tables[name] for name in ("claims", "attributions")}


def key_of(annotations: dict, prefix: str) -> str:
    keys = annotations["claims"]["key"]
    hit = keys[keys.str.startswith(prefix)]
    assert len(hit) == 1, prefix
    return hit.iloc[0]


def test_correct_and_reject_change_the_rows_and_append_to_the_file(seeds, tmp_path):
    articles, annotations = seeds
    file = tmp_path / "review.csv"
    corrected, rejected = key_of(annotations, OUTLETS_OWN), key_of(annotations, NO_FIGURE)
    said = decide_row(articles, annotations, corrected, "correct", file, "Ana",
                      "Shin's briefing goes on", "claimant", "Shin Won-sik")
    assert said == "corrected by Ana: claimant Shin Won-sik"
    assert decide_row(articles, annotations, rejected, "reject", file, "Budi",
                      "no figure", lang="id") == "ditolak oleh Budi"
    claims = annotations["claims"].set_index("key")
    row = claims.loc[corrected]
    assert (row["claimant"], row["claimant_type"], row["machine_claimant"], row["review"]) == (
        "Shin Won-sik", "kr_government", "Tribunnews.com", "corrected")
    assert claims.at[rejected, "review"] == "rejected"  # kept in memory: drawn struck through
    decisions = rf.read_review(file).decisions
    assert [(d.key, d.decision, d.reviewer) for d in decisions] == [
        (corrected, "correct", "Ana"), (rejected, "reject", "Budi")]
    assert decisions[0].values["claimant"] == "Shin Won-sik"
    # the view marks both: the corrected claim with the machine's claimant in its tooltip
    html = render.render_article(articles, "002_070c2e44d61fb293", annotations, ["claims"],
                                 current=corrected).html
    assert "nf-corrected nf-current" in html
    assert "✓ corrected by Ana (machine: Claimant: Tribunnews.com; Claimant type: Media)" in html
    html = render.render_article(articles, "001_8995e815094ec626", annotations, ["claims"]).html
    assert "✗ rejected by Budi: no figure" in html and '<li class="nf-rejected">' in html


def test_the_file_written_by_the_panel_applies_in_a_build(seeds, tmp_path):
    articles, annotations = seeds
    file = tmp_path / "review.csv"
    machine = {name: table.copy() for name, table in annotations.items()}
    corrected = key_of(annotations, OUTLETS_OWN)
    decide_row(articles, annotations, corrected, "correct", file, "Ana", "", "value", "150")
    decide_row(articles, annotations, corrected, "confirm", file, "Ana")  # supersedes it
    review = rf.read_review(file)
    assert review.rows == 2 and [d.decision for d in review.decisions] == ["confirm"]
    reviewed, problems = rv.apply_review(articles, machine, review.decisions)
    assert problems == []
    row = reviewed["claims"].set_index("key").loc[corrected]
    assert (row["review"], row["value"], row["reviewer"]) == ("confirmed", 100.0, "Ana")


def test_a_decision_that_cannot_apply_writes_nothing(seeds, tmp_path):
    articles, annotations = seeds
    file = tmp_path / "review.csv"
    key = key_of(annotations, OUTLETS_OWN)
    with pytest.raises(ValueError, match="roughly"):
        decide_row(articles, annotations, key, "correct", file, field="qualifier",
                   value="roughly")
    with pytest.raises(ValueError, match="allowed values: value, value_high"):
        decide_row(articles, annotations, key, "correct", file, field="sentence", value="x")
    with pytest.raises(ValueError, match="no claim or statement"):
        decide_row(articles, annotations, "009_gone:b1-5:0123abcd", "confirm", file)
    assert not file.exists()
    assert annotations["claims"].set_index("key").at[key, "review"] == ""


def test_the_panel_appends_to_the_file_the_tables_were_built_with(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    assert review_target({"review": {"path": str(tmp_path / "mine.csv")}}, corpus) == \
        tmp_path / "mine.csv"
    assert review_target({}, corpus) == corpus / "review.csv"
    assert review_target({}, paths.SEEDS) == paths.ROOT / "review.csv"  # seeds stay as given



def test_the_explorer_panel_rejects_the_claim_picked(seeds, tmp_path):
    pytest.importorskip("ipywidgets")
    articles, annotations = seeds
    file = tmp_path / "review.csv"
    box = render.explorer(articles, annotations, "en", file)
    picker, panel, view = box.children[0], box.children[2], box.children[3]
    under = panel.children[2]
    reviewer, note = panel.children[3].children
    reject = panel.children[5].children[2]
    picker.value = "001_8995e815094ec626"
    key = key_of(annotations, NO_FIGURE)
    assert key in [value for _, value in under.options]
    under.value = key
    assert "nf-current" in view.value  # the claim under review is outlined
    reviewer.value, note.value = "Budi", "no figure"
    reject.click()
    assert panel.children[6].value == f"rejected by Budi → {file}"
    assert [(d.key, d.decision, d.note) for d in rf.read_review(file).decisions] == [
        (key, "reject", "no figure")]
    assert "✗ rejected by Budi: no figure" in view.value
    assert under.value == key and under.label.endswith(" ✗")
