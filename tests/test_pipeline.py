"""pipeline.annotate: all tables in one call, the disk cache, and the selection helper."""

import pandas as pd
import pytest

import newsframe as nf
from newsframe import paths, pipeline

from .conftest import SEED_IDS


def test_tables_equal_the_extractors_run_one_by_one(seed_articles):
    tables = pipeline.annotate(seed_articles)
    pd.testing.assert_frame_equal(tables["claims"], nf.extract_claims(seed_articles))
    pd.testing.assert_frame_equal(tables["frames"], nf.score_frames(seed_articles))
    assert len(tables["claims"]) == 20 and len(tables["events"]) == 42


def test_chunks_give_the_tables_of_one_pass(seed_articles, monkeypatch):
    whole = pipeline.annotate(seed_articles)
    monkeypatch.setattr(pipeline, "CHUNK", 2)  # the five seeds in three chunks
    timings = {}
    chunked = pipeline.annotate(seed_articles.iloc[::-1], timings=timings)
    for name in pipeline.TABLES:
        # frames come ordered by article; the other tables in article order
        expected = whole[name] if name == "frames" else pd.concat(
            [whole[name][whole[name]["article_id"] == a] for a in
             seed_articles["article_id"][::-1]], ignore_index=True)
        pd.testing.assert_frame_equal(chunked[name], expected)
    assert set(timings) == set(pipeline.TABLES) and all(t > 0 for t in timings.values())


def test_a_chunk_without_hits_keeps_the_column_types(seed_articles, monkeypatch):
    quiet = seed_articles.iloc[[0]].assign(article_id="zz_quiet", title="Halo", body="Halo.")
    articles = pd.concat([quiet, seed_articles], ignore_index=True)
    whole = pipeline.annotate(articles)
    monkeypatch.setattr(pipeline, "CHUNK", 1)  # the first chunk finds nothing at all
    chunked = pipeline.annotate(articles)
    for name in pipeline.TABLES:
        pd.testing.assert_frame_equal(chunked[name], whole[name])
    assert str(chunked["frames"]["article_id"].dtype) == "str"


def test_cache_round_trip_is_exact_and_keyed_by_content(seed_articles, tmp_path):
    first = pipeline.annotate(seed_articles, cache_dir=tmp_path)
    entries = list(tmp_path.iterdir())
    assert len(entries) == 1 and len(list(entries[0].glob("*.parquet"))) == 4
    second = pipeline.annotate(seed_articles, cache_dir=tmp_path)
    for name in pipeline.TABLES:
        pd.testing.assert_frame_equal(first[name], second[name])
    changed = seed_articles.assign(body=seed_articles["body"].str.replace("1.000", "2.000"))
    assert pipeline.cache_key(changed) != pipeline.cache_key(seed_articles)
    values = pipeline.annotate(changed, ["claims"], cache_dir=tmp_path)["claims"]["value"]
    assert (values == 2000).sum() == 2  # Liputan6 and NEWSLIVE bodies; titles unchanged
    assert len(list(tmp_path.iterdir())) == 2


def test_unknown_table_is_named():
    with pytest.raises(ValueError, match=r"unknown table\(s\) \['quotes'\]; allowed values"):
        pipeline.annotate(pd.DataFrame(), ["quotes"])


def test_selection_filters_every_table(seed_articles):
    chosen, tables = pipeline.annotate_selection(seed_articles, outlets=["KompasTV"])
    assert list(chosen["article_id"]) == [SEED_IDS["kompastv"]]
    assert all(set(t["article_id"]) <= {SEED_IDS["kompastv"]} for t in tables.values())
    assert tables["attributions"].iloc[0]["verb"] == "menuding"


def test_annotation_runs_with_the_garbage_collector_paused(monkeypatch):
    import gc

    from newsframe import claims

    states = []
    extract = claims.extract_claims

    def spy(articles):
        states.append(gc.isenabled())
        return extract(articles)

    monkeypatch.setattr(claims, "extract_claims", spy)
    pipeline.annotate(nf.load_corpus(paths.SEEDS), tables=("claims",))
    assert states == [False] and gc.isenabled()
