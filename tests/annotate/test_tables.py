"""annotate.tables.annotate: all tables in one call, chunk by chunk, typed."""

import importlib
import io
import sys

import pandas as pd
import pytest

import newsframe as nf
from newsframe import paths
from newsframe.annotate import tables as pipeline
from newsframe.lang import text


def test_tables_equal_the_extractors_run_one_by_one(seed_articles):
    tables = pipeline.annotate(seed_articles)
    claims = nf.extract_claims(seed_articles)
    # the extractor's columns, then a stable review key per row and no review yet
    pd.testing.assert_frame_equal(tables["claims"][list(claims.columns)], claims)
    assert tables["claims"]["key"].str.fullmatch(r"[\w./~-]+:[bt]\d+-\d+:[0-9a-f]{8}(~\d+)?").all()
    assert tables["claims"]["key"].is_unique and tables["claims"]["review"].eq("").all()
    pd.testing.assert_frame_equal(tables["frames"], nf.score_frames(seed_articles))
    assert len(tables["claims"]) == 22 and len(tables["events"]) == 42


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

    def spy(articles, story=None):
        states.append(gc.isenabled())
        return extract(articles, story=story)

    monkeypatch.setattr(pipeline, "extract_claims", spy)
    pipeline.annotate(nf.load_corpus(paths.SEEDS), tables=("claims",))
    assert states == [False] and gc.isenabled()


def test_a_long_article_reports_each_step(seed_articles, monkeypatch):
    quiet = io.StringIO()
    plain = pipeline.annotate(seed_articles, progress=quiet)
    assert quiet.getvalue() == ""  # no seed is a long text
    monkeypatch.setattr(pipeline, "LONG_TEXT", 6000)  # 003 (a 6,714-character body) is one
    stream = io.StringIO()
    reported = pipeline.annotate(seed_articles, ["claims", "frames"], progress=stream)
    lines = stream.getvalue().splitlines()
    assert [line.split(": ")[2].split(" …")[0] for line in lines] == [
        "claims", "attributions", "frames"]  # frames need the attributions first
    assert all(line.startswith("newsframe annotate: 0.0 MB article 003_393e8c43df52946a: ")
               and line.endswith(" s") for line in lines)
    for name in ("claims", "frames"):
        pd.testing.assert_frame_equal(reported[name], plain[name])


def test_every_annotator_reads_one_copy_of_a_body(seed_articles):
    # the per-text caches then find a body by identity, not by comparing megabytes
    first = text.records(seed_articles, ["body"])[3]["body"]
    again = text.records(seed_articles.copy(), ["article_id", "body"])[3]["body"]
    assert first is again and first == seed_articles["body"].iloc[3]


def test_huge_article_benchmark_builds_and_times_one_article():
    folder = str(paths.ROOT / "benchmarks")
    sys.path.insert(0, folder)
    try:
        bench = importlib.import_module("bench_huge")
    finally:
        sys.path.remove(folder)
    article = bench.huge_article(0.05)
    body = article["body"].iloc[0]
    assert len(article) == 1 and 0.04 < len(body.encode()) / 2**20 <= 0.05
    assert body.startswith(nf.load_corpus(paths.SEEDS)["body"].iloc[0][:200])
    run = bench.measure(0.05)
    assert set(run["tables"]) == set(pipeline.TABLES) and run["rows"]["claims"] > 20
    assert "| 0.0 |" in bench.report([run])


def test_a_text_without_sentence_ends_is_read_in_bounded_sentences(seed_articles):
    # a page pasted without punctuation or line breaks: one "sentence" of 20,000 characters
    # would cost each annotator time that grows with its square
    flat = " ".join(seed_articles["body"]).replace("\n", " ").replace(".", ",")
    article = seed_articles.iloc[[0]].assign(body=flat)
    tables = pipeline.annotate(article)
    spans = text.split_sentences(flat)
    assert len(spans) > len(flat) // text.MAX_SENTENCE
    assert max(end - start for start, end in spans) <= text.MAX_SENTENCE
    assert "".join(flat[s:e] for s, e in spans).replace(" ", "") == flat.replace(" ", "")
    for name in ("claims", "events", "attributions"):
        rows = tables[name]
        assert len(rows) and rows["sentence"].str.len().max() <= text.MAX_SENTENCE
        body_rows = rows[~rows["in_title"]] if "in_title" in rows else rows
        assert all(flat[row.start:row.end] in row.sentence for row in body_rows.itertuples())
    assert (~tables["claims"]["in_title"]).sum() == 20 and len(tables["events"]) == 42
