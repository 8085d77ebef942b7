"""annotate.tables.annotate: all tables in one call, chunk by chunk, typed."""

import pandas as pd
import pytest

import newsframe as nf
from newsframe import paths
from newsframe.annotate import tables as pipeline


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


def test_unknown_table_is_named():
    with pytest.raises(ValueError, match=r"unknown table\(s\) \['quotes'\]; allowed values"):
        pipeline.annotate(pd.DataFrame(), ["quotes"])


def test_annotation_runs_with_the_garbage_collector_paused(monkeypatch):
    import gc

    states = []
    extract = pipeline.extract_claims

    def spy(articles):
        states.append(gc.isenabled())
        return extract(articles)

    monkeypatch.setattr(pipeline, "extract_claims", spy)
    pipeline.annotate(nf.load_corpus(paths.SEEDS), tables=("claims",))
    assert states == [False] and gc.isenabled()
