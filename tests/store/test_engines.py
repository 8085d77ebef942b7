"""newsframe annotate: Parquet datasets written by the pandas engine and by Dask on a real
LocalCluster of processes are the same tables; errors name the file and the step."""

import json
import logging
import pickle
import shutil
import subprocess
import sys

import pandas as pd
import pyarrow.parquet as pq
import pytest

import newsframe as nf
from benchmarks import synthetic
from newsframe import paths, schema
from newsframe.store import engines
from newsframe.store.engines import write_tables

from ..conftest import SEED_IDS

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """One real cluster of two worker processes for the module (a start costs ~2 s)."""
    with distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
            silence_logs=logging.ERROR,
            local_directory=str(tmp_path_factory.mktemp("dask-scratch"))) as running:
        yield running


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """120 synthetic articles, two of them the same text, and one file that is no article."""
    folder = synthetic.write_corpus(tmp_path_factory.mktemp("synthetic"), 120, seed=5)
    shutil.copy(folder / "synthetic_000007.txt", folder / "zz_repeat.txt")
    (folder / "zz_empty.txt").write_text("", encoding="utf-8")
    return folder


def _same_tables(left, right):
    for name in engines.DATASETS:
        a, b = pd.read_parquet(left / name), pd.read_parquet(right / name)
        pd.testing.assert_frame_equal(a, b, check_exact=True)
        assert a.dtypes.astype(str).to_dict() == schema.empty(name).dtypes.astype(str).to_dict()
        expected = schema.arrow_schema(name)
        for part in sorted((left / name).glob("part-*.parquet")) + sorted(
                (right / name).glob("part-*.parquet")):
            assert pq.read_schema(part).equals(expected, check_metadata=False), part


def test_seeds_dask_equals_pandas_equals_in_memory(cluster, tmp_path):
    pandas_info = write_tables([paths.SEEDS], tmp_path / "p", progress=None)
    dask_info = write_tables([paths.SEEDS], tmp_path / "d", engine="dask", partition_size=2,
                             scheduler=cluster.scheduler_address, progress=None)
    _same_tables(tmp_path / "p", tmp_path / "d")
    assert dask_info["partitions"] == 3 and pandas_info["partitions"] == 1
    assert dask_info["corpus_fingerprint"] == pandas_info["corpus_fingerprint"]
    assert pandas_info["rows"] == dask_info["rows"]
    assert pandas_info["rows"]["claims"] == 22 and pandas_info["rows"]["events"] == 42
    seeds = nf.load_corpus(paths.SEEDS)
    memory = nf.annotate(seeds, story=nf.stories.decide_story("auto", seeds).story)
    for name, table in memory.items():
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "d" / name), table)


def test_synthetic_corpus_dask_equals_pandas(cluster, corpus, tmp_path):
    write_tables([corpus], tmp_path / "p", partition_size=16, progress=None)
    info = write_tables([corpus], tmp_path / "d", engine="dask", partition_size=16,
                        scheduler=cluster.scheduler_address, progress=None)
    _same_tables(tmp_path / "p", tmp_path / "d")
    assert info["partitions"] == 8 and info["rows"]["articles"] == 122
    articles = pd.read_parquet(tmp_path / "d" / "articles").set_index("article_id")
    # the repeat sits in the last partition, its original in the first: a corpus-wide step
    repeat = articles.index[articles["path"].str.endswith("zz_repeat.txt")][0]
    original = articles.index[articles["path"].str.endswith("synthetic_000007.txt")][0]
    assert articles.at[repeat, "duplicate_of"] == original
    assert (articles["duplicate_of"] != "").sum() == 1
    assert articles.loc[articles["path"].str.endswith("zz_empty.txt"), "status"].item() == \
        "error"
    outlets = pd.read_parquet(tmp_path / "d" / "outlets").set_index("outlet")
    claims = pd.read_parquet(tmp_path / "d" / "claims")
    assert outlets["n_claims"].sum() == len(claims)
    assert outlets["n_articles"].sum() == (articles["status"] != "error").sum()


def test_default_local_cluster_from_the_command_line(tmp_path):
    """No --scheduler: the command starts its own LocalCluster of two processes and stops
    it; the bar ends with every partition done; tables.json says how the build was made."""
    out = tmp_path / "tables"
    result = subprocess.run(
        [sys.executable, "-m", "newsframe.publish.cli", "annotate", str(paths.SEEDS), "--out",
         str(out), "--engine", "dask", "--workers", "2", "--partition-size", "2"],
        capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "[##############################] 3/3 partitions, 5 articles" in result.stderr
    info = json.loads((out / "tables.json").read_text())
    assert (info["engine"], info["workers"], info["partitions"]) == ("dask", 2, 3)
    assert info["schema_version"] == schema.VERSION and info["rows"]["attributions"] == 60
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tables"]  # no scratch left
    assert sorted(p.name for p in out.iterdir()) == [
        ".newsframe-build.json", "articles", "attributions", "chains", "claims",
        "events", "frames", "headlines", "outlets", "review_problems", "story", "tables.json"]
    assert info["story"]["slug"] == "korea-russia-arms" and info["story"]["source"] == "auto"


def _break_claims_on(marker: str) -> None:
    """Make the claims step raise on an article whose body holds ``marker`` (run in each
    worker and in this process: a real failure deep in a partition)."""
    from newsframe.annotate import tables

    extract = getattr(tables, "_original_extract_claims", tables.extract_claims)
    tables._original_extract_claims = extract

    def failing(articles, story=None):
        if articles["body"].str.contains(marker, regex=False).any():
            raise ValueError(f"cannot read {marker}")
        return extract(articles, story=story)

    tables.extract_claims = failing


def _mend_claims() -> None:
    from newsframe.annotate import tables

    tables.extract_claims = getattr(tables, "_original_extract_claims", tables.extract_claims)


def test_an_article_whose_annotation_fails_costs_only_itself_on_both_engines(
        cluster, tmp_path, monkeypatch):
    # DESIGN: a bad input file becomes a row with a warning code, never a crash of the whole
    # corpus — an annotator raising on one article's words leaves that article out (status
    # error, warning annotation_failed, the error in error_detail), the others annotated
    corpus = tmp_path / "corpus"
    shutil.copytree(paths.SEEDS, corpus)
    bad = corpus / "x_bad.txt"
    bad.write_text(
        "Judul\n\nJakarta - Ini artikel dengan KATA_GANJIL di dalamnya. 5 kontainer.\n",
        encoding="utf-8")
    client = distributed.Client(cluster.scheduler_address)
    try:
        client.run(_break_claims_on, "KATA_GANJIL")
        write_tables([corpus], tmp_path / "d", engine="dask", partition_size=2,
                     scheduler=cluster.scheduler_address, progress=None)
    finally:
        client.run(_mend_claims)
        client.close()
    _break_claims_on("KATA_GANJIL")
    try:
        write_tables([corpus], tmp_path / "p", progress=None)
    finally:
        _mend_claims()
    for out in ("d", "p"):
        articles = pd.read_parquet(tmp_path / out / "articles").set_index("article_id")
        row = articles.loc["x_bad"]
        assert row["status"] == "error" and row["warnings"].split(";")[-1] == "annotation_failed"
        assert row["error_detail"] == "ValueError: cannot read KATA_GANJIL"
        claims = pd.read_parquet(tmp_path / out / "claims")
        assert "x_bad" not in set(claims["article_id"])
        assert claims["article_id"].nunique() == 5  # the five seeds, annotated as usual


def test_a_partition_travels_to_dask_as_a_file_name(tmp_path):
    # the scheduler and the client keep every task's arguments: rows and arguments go in a
    # file, the task names it
    rows = engines._plan([paths.SEEDS])[0]
    packed = tmp_path / "read-00007.pickle"
    packed.write_bytes(pickle.dumps((rows[:2], {"x": {"title": "T"}}, {"folder": "f"})))

    def ids(part, **arguments):
        return part.index, [row.article_id for row in part.rows], part.overrides, arguments

    assert engines._unpacked(ids, 7, str(packed)) == (
        7, [rows[0].article_id, rows[1].article_id], {"x": {"title": "T"}}, {"folder": "f"})


def test_a_rebuild_replaces_the_tables_whole(tmp_path):
    out = tmp_path / "tables"
    write_tables([paths.SEEDS], out, progress=None)
    (out / "claims" / "stale.parquet").write_bytes(b"old")
    one = tmp_path / "one"
    one.mkdir()
    shutil.copy(paths.SEEDS / next(p.name for p in paths.SEEDS.iterdir()
                                   if p.name.startswith("004")), one)
    info = write_tables([one], out, progress=None)
    assert info["rows"]["articles"] == 1
    assert not (out / "claims" / "stale.parquet").exists()
    assert set(pd.read_parquet(out / "articles")["article_id"]) == {SEED_IDS["newslive"]}


def test_csv_copies_and_tables_json(tmp_path):
    info = write_tables([paths.SEEDS], tmp_path / "t", formats=("csv",), progress=None)
    claims = pd.read_csv(tmp_path / "t" / "claims.csv", dtype=str, keep_default_na=False)
    assert len(claims) == info["rows"]["claims"] == 22
    assert list(claims.columns) == schema.columns("claims")
    written = json.loads((tmp_path / "t" / "tables.json").read_text())
    assert written == info
    assert set(written) >= {"schema_version", "corpus_fingerprint", "lexicon_version",
                            "newsframe_version", "rows", "engine", "seconds", "sources"}
    assert written["sources"] == [str(paths.SEEDS.resolve())]


def test_progress_on_a_log_is_a_line_per_tenth(tmp_path):
    import io

    log = io.StringIO()
    folder = synthetic.write_corpus(tmp_path / "c", 40, seed=2)
    write_tables([folder], tmp_path / "t", partition_size=2, progress=log)
    lines = log.getvalue().splitlines()
    # a line per tenth of each step: reading, then annotating with the story decided
    assert [line.split(" [")[0] for line in lines] == ["newsframe annotate: read"] * 10 + [
        "newsframe annotate: annotate"] * 10
    assert lines[-1].startswith(
        "newsframe annotate: annotate [##############################] 20/20 partitions, "
        "40 articles")
    assert "\r" not in log.getvalue()


def test_an_articles_claims_do_not_depend_on_its_partition(tmp_path):
    """The story is decided once for the corpus (here: the seed pack, matched by 5 of 8
    articles) and handed to every partition, so an article's claim directions are the same
    whether its partition holds seed articles or flood reports."""
    corpus = tmp_path / "corpus"
    shutil.copytree(paths.SEEDS, corpus)
    flood = paths.ROOT / "tests" / "fixtures" / "stories" / "flood"
    for article in sorted(flood.glob("f0[1-3]_*.txt")):
        shutil.copy(article, corpus / f"000_{article.name}")  # sorts among the seeds
    tables = {}
    for size in (1, 3, 100):
        info = write_tables([corpus], tmp_path / f"t{size}", partition_size=size, progress=None)
        assert info["story"]["slug"] == "korea-russia-arms"
        assert info["story"]["reason"].startswith("auto: matched 5 of 8 articles")
        tables[size] = pd.read_parquet(tmp_path / f"t{size}" / "claims")
    for size in (1, 3):  # 3: the Liputan6 seed shares a partition with two flood reports
        pd.testing.assert_frame_equal(tables[size], tables[100])
    liputan6 = tables[1][tables[1]["article_id"] == "000_aa34f2be23785672"]
    assert liputan6["direction"].tolist() == ["KP->RU", "KP->RU", "unknown", "unknown"]  # seeds


def test_the_story_parameter_is_decided_once_and_recorded(tmp_path):
    info = write_tables([paths.SEEDS], tmp_path / "none", story="none", progress=None)
    assert info["story"] == {"slug": "", "source": "none",
                             "reason": "story = none: no story pack", "fingerprint": ""}
    assert not (tmp_path / "none" / "story").exists()
    claims = pd.read_parquet(tmp_path / "none" / "claims")
    # without a pack a transfer needs both ends named: fewer directions than with the pack
    assert (claims["direction"] == "KP->RU").sum() < 13
    info = write_tables([paths.SEEDS], tmp_path / "slug", story="korea-russia-arms",
                        progress=None)
    assert (info["story"]["source"], info["story"]["slug"]) == ("parameter",
                                                                 "korea-russia-arms")
    kept = tmp_path / "slug" / "story"
    assert sorted(p.name for p in kept.iterdir()) == ["official_statements.csv", "story.yaml"]
    assert info["story"]["fingerprint"] == nf.stories.pack_fingerprint(
        nf.stories.load_story(paths.STORIES / "korea-russia-arms"))
    with pytest.raises(nf.params.ParameterError, match="parameter 'story' = 'floods'"):
        write_tables([paths.SEEDS], tmp_path / "bad", story="floods", progress=None)


def test_a_folder_walked_as_partitions_are_sent_gives_the_tables_of_pandas(cluster, tmp_path):
    """Dask with partitions of 3, the plan walked as they are sent and duplicates found by
    digest bucket, writes the tables pandas writes in one partition: the same ids for files
    sharing a stem, the same skipped file, a text repeated across two partitions flagged
    as the in-memory loader flags it."""
    corpus = tmp_path / "corpus"
    synthetic.write_corpus(corpus / "b", 7, seed=9)
    shutil.copy(corpus / "b" / "synthetic_000004.txt", corpus / "a_copy.txt")
    shutil.copy(corpus / "b" / "synthetic_000002.txt", corpus / "berita.txt")
    (corpus / "berita.html").write_text("<html><body><p>Judul</p><p>JAKARTA - Isi berita "
                                        "yang lain sama sekali.</p></body></html>")
    (corpus / "catatan.md").write_text("bukan berita")
    pandas_info = write_tables([corpus], tmp_path / "p", partition_size=100, progress=None)
    info = write_tables([corpus], tmp_path / "d", engine="dask", partition_size=3,
                        scheduler=cluster.scheduler_address, progress=None)
    _same_tables(tmp_path / "p", tmp_path / "d")
    assert (info["partitions"], pandas_info["partitions"]) == (4, 1)
    for key in ("rows", "skipped_files", "corpus_fingerprint", "story"):
        assert info[key] == pandas_info[key], key
    assert [line.rsplit("/", 1)[-1] for line in info["skipped_files"]] == [
        "catatan.md: not an article file (.md)"]
    stored = pd.read_parquet(tmp_path / "d" / "articles")
    memory = nf.load_corpus(corpus)
    assert stored["article_id"].tolist() == memory["article_id"].tolist() == [
        "a_copy", "b/synthetic_000000", "b/synthetic_000001", "b/synthetic_000002",
        "b/synthetic_000003", "b/synthetic_000004", "b/synthetic_000005",
        "b/synthetic_000006", "berita", "berita~2"]
    repeats = stored.set_index("article_id")["duplicate_of"]
    # partitions: [a_copy, b/0, b/1], [b/2, b/3, b/4], [b/5, b/6, berita], [berita~2]
    assert repeats[repeats != ""].to_dict() == {"b/synthetic_000004": "a_copy",
                                                "berita~2": "b/synthetic_000002"}
    assert repeats.tolist() == memory["duplicate_of"].tolist()
    assert not list(tmp_path.glob("*.work")) and not list(tmp_path.glob(".d.*"))


def _echo(part):
    return {"index": part.index, "articles": 1, "pid": 0, "peak_rss_mb": 0.0}


def test_partitions_are_taken_as_they_are_sent_and_folded_in_order(cluster, tmp_path):
    taken, folded = [], []

    def partitions():
        for index in range(40):
            taken.append(index)
            yield engines._Partition(index, [], {})

    def fold(limit):
        def check(summary):
            folded.append(summary["index"])
            assert len(taken) <= len(folded) + limit  # a window ahead, not the whole list
        return check

    client = distributed.Client(cluster.scheduler_address)
    try:
        count = engines._OnDask(client, {}, tmp_path).run(_echo, partitions(),
                                                          lambda part: {}, fold(16), "echo")
    finally:
        client.close()
    assert count == 40 and folded == list(range(40))
    assert not list(tmp_path.iterdir())  # each file removed once its task is done
    taken.clear(), folded.clear()
    assert engines._InProcess().run(_echo, partitions(), lambda part: {}, fold(1), "e") == 40
    assert folded == list(range(40))


def test_the_read_step_hands_its_date_scans_to_the_annotate_step(tmp_path, monkeypatch):
    from newsframe.lang import dates

    part = next(engines._plan_parts([paths.SEEDS], size=3))
    partition = engines._Partition(0, part.rows, part.overrides)
    (tmp_path / "out").mkdir()
    (tmp_path / "work").mkdir()
    engines.read_partition(partition, str(tmp_path / "out"), work=str(tmp_path / "work"))
    articles = pd.read_parquet(tmp_path / "out" / "articles")
    scans = engines._read_scans(str(tmp_path / "work"), 0)
    # each body's scan, with the anchor the annotators resolve its dates against
    assert sorted(position for position, *_ in scans) == [0, 1, 2]
    for position, anchor, language, found in scans:
        assert (str(anchor) if anchor else "") == articles["published"][position][:10]
        assert language == "id" and len(found) >= 2
    assert dates._HANDED == {}  # nothing held past the step
    scanned = []
    monkeypatch.setattr(dates, "_expressions", lambda *a: scanned.append(a) or ())
    engines.annotate_partition(engines._Partition(0, part.rows[:1], {}), str(tmp_path / "out"),
                               work=str(tmp_path / "work"))
    # only the two titles with a figure are scanned: the bodies' scans were handed on
    assert len(scanned) == 2 and {text for text, *_ in scanned} <= set(articles["title"])
