"""newsframe.store.review: an analyst's review applied once per build, partition by
partition: corrected values replace the machine's (kept beside them), rejected rows leave
every analysis, and a row that cannot be applied is a review problem while the build goes
on. The seed review here is the one of issue 26's "done when": it corrects one claimant,
confirms three figures, rejects one, and holds a row with an unknown key and one with a bad
value."""

import json
import shutil

import pandas as pd
import pytest

import newsframe as nf
from newsframe import paths
from newsframe.store import review as rv
from newsframe.store import review_file as rf
from newsframe.store.engines import write_tables

CORRECTED = "002_070c2e44d61fb293:b982-"  # ratusan pabrik amunisi: the outlet's own words
CONFIRMED = ("000_aa34f2be23785672:b106-", "002_070c2e44d61fb293:b178-",
             "004_dff8b1113d9c9566:b126-")
REJECTED = "001_8995e815094ec626:b2451-"  # dua wilayah separatis: no figure of the story


def seed_review(rows: pd.DataFrame) -> pd.DataFrame:
    """The review file of the seeds as an analyst would edit it."""
    rows = rows.copy()

    def at(prefix):
        hit = rows["key"].str.startswith(prefix)
        assert hit.sum() == 1, prefix
        return hit

    rows.loc[at(CORRECTED), ["claimant", "decision", "reviewer", "note"]] = [
        "Shin Won-sik", "correct", "Ana", "Shin's briefing goes on"]
    for prefix in CONFIRMED:
        rows.loc[at(prefix), ["decision", "reviewer"]] = ["confirm", "Ana"]
    rows.loc[at(REJECTED), ["decision", "reviewer", "note"]] = ["reject", "Budi", "no figure"]
    extra = rows[at(CONFIRMED[0])].copy()
    unknown = extra.assign(key="009_gone:b1-5:0123abcd", decision="confirm")
    bad = extra.assign(qualifier="roughly", decision="correct")
    return pd.concat([rows, unknown, bad], ignore_index=True)


@pytest.fixture(scope="module")
def review_path(tmp_path_factory):
    folder = tmp_path_factory.mktemp("review")
    tables = folder / "plain"
    write_tables([paths.SEEDS], tables, progress=None)
    rv.write_review_file(tables, folder / "machine.csv")
    rows = pd.read_csv(folder / "machine.csv", dtype=str, keep_default_na=False,
                       encoding="utf-8-sig")
    rf.write_review([seed_review(rows)], folder / "review.csv")
    return folder / "review.csv"


@pytest.fixture(scope="module")
def reviewed(review_path):
    out = review_path.parent / "reviewed"
    info = write_tables([paths.SEEDS], out, progress=None, review=review_path)
    return out, info


def test_the_review_changes_the_claims_and_keeps_the_machine_values(reviewed):
    out, info = reviewed
    claims = pd.read_parquet(out / "claims")
    assert len(claims) == 22  # the rejected row stays in the dataset, flagged
    states = claims.set_index("claim_id")["review"]
    assert states[states != ""].sort_index().to_dict() == {
        "000_aa34f2be23785672:b01": "confirmed", "001_8995e815094ec626:b03": "rejected",
        "002_070c2e44d61fb293:b01": "confirmed", "002_070c2e44d61fb293:b06": "corrected",
        "004_dff8b1113d9c9566:b01": "confirmed"}
    row = claims.set_index("claim_id").loc["002_070c2e44d61fb293:b06"]
    assert (row["claimant"], row["claimant_type"], row["corrected"]) == (
        "Shin Won-sik", "kr_government", "claimant;claimant_type")
    assert (row["machine_claimant"], row["machine_value"], row["machine_unit"]) == (
        "Tribunnews.com", 100.0, "factory")  # the machine: the outlet's own figure
    assert (row["reviewer"], row["review_note"]) == ("Ana", "Shin's briefing goes on")
    assert row["attribution_basis"] == "outlet"  # how the machine found its speaker
    assert nf.schema.validate("claims", claims) == []
    record = info["review"]
    assert record["sha256"] == rf.file_sha256(rv.find_review([], record["path"]))
    assert record["applied"] == {"claims": {"confirmed": 3, "corrected": 1, "rejected": 1}}
    assert record["problems"] == {"bad_value": 1, "unknown_article": 1}
    assert json.loads((out / "tables.json").read_text())["review"] == record


def test_rows_that_cannot_be_applied_are_problems_and_the_build_goes_on(reviewed):
    out, info = reviewed
    problems = pd.read_parquet(out / "review_problems")
    assert problems[["reason", "field", "value"]].values.tolist() == [
        ["unknown_article", "", ""], ["bad_value", "qualifier", "roughly"]]
    assert problems["line"].tolist() == [84, 85] and info["rows"]["review_problems"] == 2
    assert nf.schema.validate("review_problems", problems) == []
    assert "outside" not in problems["detail"].iloc[0]


def test_rejected_rows_leave_every_analysis(reviewed):
    out, _ = reviewed
    articles, tables = nf.open_tables(tables_dir=out)
    claims = tables["claims"]
    assert len(claims) == 21 and not claims["key"].str.startswith(REJECTED).any()
    assert len(tables.read("claims", ["key"], rejected=True)) == 22
    outlets = tables["outlets"].set_index("outlet")
    assert outlets.at["KompasTV", "n_claims"] == 2  # of 3 rows, one rejected
    audit = rv.review_audit(tables)
    assert audit["review"].tolist()[:2] == ["rejected", "corrected"]
    # only the decided rows' articles are read from the folder: the same audit as from
    # every row of the tables in memory
    every = {name: tables.read(name, rejected=True) for name in nf.schema.REVIEW_FIELDS}
    assert audit.equals(rv.review_audit(every, texts=tables.texts()))
    assert audit.iloc[0]["words"] == "dua wilayah separatis"
    assert audit.iloc[1][["machine", "reviewed"]].tolist() == [
        "claimant: Tribunnews.com; claimant_type: media",
        "claimant: Shin Won-sik; claimant_type: kr_government"]


def test_a_rejected_statement_leaves_the_relay_chains(seed_articles):
    tables = nf.annotate(seed_articles)
    kompastv = tables["attributions"][tables["attributions"]["relayed_by"] != ""].iloc[0]
    decision = rf.Decision(2, "attributions", kompastv["key"],
                           nf.annotate.keys.parse_key(kompastv["key"]), "reject")
    reviewed, problems = rv.apply_review(seed_articles, tables, [decision])
    assert problems == []
    chains = reviewed["chains"]
    before = tables["chains"][tables["chains"]["article_id"] == kompastv["article_id"]]
    after = chains[chains["article_id"] == kompastv["article_id"]]
    assert after["n_statements"].sum() == before["n_statements"].sum() - 1
    assert len(chains[chains["article_id"] != kompastv["article_id"]]) == len(
        tables["chains"][tables["chains"]["article_id"] != kompastv["article_id"]])


def _decision(tables, prefix, word="confirm", **values):
    row = tables["claims"][tables["claims"]["key"].str.startswith(prefix)].iloc[0]
    texts = rf.machine_texts("claims", row)
    return rf.Decision(7, "claims", row["key"], nf.annotate.keys.parse_key(row["key"]), word,
                       "ana", values=values, machine_hash=rf.values_hash("claims", texts))


def test_a_changed_article_or_annotator_makes_a_problem_not_a_wrong_value(seed_articles):
    tables = nf.annotate(seed_articles, ["claims"])
    confirm = _decision(tables, CONFIRMED[0])
    changed = seed_articles.assign(body=seed_articles["body"].str.replace(
        "lebih dari 1.000 kontainer", "lebih dari 2.000 kontainer"))
    _, [problem] = rv.apply_review(changed, nf.annotate(changed, ["claims"]), [confirm])
    assert problem["reason"] == "text_changed" and "'lebih dari 2.000 kontainer" in \
        problem["detail"]
    fewer = {"claims": tables["claims"][~tables["claims"]["key"].str.startswith(CONFIRMED[0])]}
    _, [problem] = rv.apply_review(seed_articles, fewer, [confirm])
    assert problem["reason"] == "no_row" and "no longer finds a claim" in problem["detail"]
    moved = {"claims": tables["claims"].assign(claimant="Joe Biden")}
    _, [problem] = rv.apply_review(seed_articles, moved, [confirm])
    assert problem["reason"] == "machine_changed" and "review init" in problem["detail"]
    same = _decision(tables, CONFIRMED[0], "correct", claimant="White House")
    _, [problem] = rv.apply_review(seed_articles, tables, [same])
    assert problem["reason"] == "no_change"


def test_a_reviewed_copy_of_tables_built_before(reviewed, review_path, tmp_path):
    out, info = reviewed
    source = tmp_path / "source"
    shutil.copytree(out, source)  # tables that carry a review already: it is replaced
    before = {p.name: p.read_bytes() for p in source.rglob("*") if p.is_file()}
    other = tmp_path / "other.csv"
    rows = pd.read_csv(review_path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    rows.loc[rows["decision"] == "confirm", "decision"] = ""
    rf.write_review([rows], other)
    copy = rv.review_tables(source, tmp_path / "copy", other)
    assert copy["review"]["applied"] == {"claims": {"corrected": 1, "rejected": 1}}
    claims = pd.read_parquet(tmp_path / "copy" / "claims")
    assert (claims["review"] == "confirmed").sum() == 0
    again = rv.review_tables(source, tmp_path / "again", review_path)
    assert again["review"]["applied"] == info["review"]["applied"]
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "again" / "claims"),
                                  pd.read_parquet(out / "claims"))
    assert {p.name: p.read_bytes() for p in source.rglob("*") if p.is_file()} == before
    nf.store.tables.check_tables(tmp_path / "again")


def test_a_corpus_folder_review_csv_is_applied_and_never_read_as_articles(review_path,
                                                                         tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(paths.SEEDS, corpus)
    shutil.copy(review_path, corpus / "review.csv")
    articles, tables = nf.open_tables(corpus_dir=corpus)  # a notebook's own annotation
    assert len(articles) == 5 and tables.info["review"]["source"] == "corpus folder"
    assert (tables["claims"]["review"] != "").sum() == 4  # the rejected one is not read
    assert len(tables["review_problems"]) == 2


def test_the_dask_engine_applies_the_same_review(reviewed, review_path, tmp_path):
    out, _ = reviewed
    info = write_tables([paths.SEEDS], tmp_path / "dask", engine="dask", workers=1,
                        partition_size=2, progress=None, review=review_path)
    assert info["review"]["applied"] == {"claims": {"confirmed": 3, "corrected": 1,
                                                    "rejected": 1}}
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "dask" / "claims"),
                                  pd.read_parquet(out / "claims"))
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "dask" / "review_problems"),
                                  pd.read_parquet(out / "review_problems"))
