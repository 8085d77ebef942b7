"""Annotate a corpus once into Parquet datasets, on pandas (one process) or Dask.

``write_tables(paths, out)`` plans the corpus (one row per article file or record, nothing
read yet), cuts it into partitions and runs two steps on each. The first reads the articles,
writes their part of ``out/articles/`` and counts the story cues they carry; the story pack
is then decided once for the whole corpus (:mod:`newsframe.stories`: ``--story``, the corpus
folder's own ``story.yaml``, or the cues of every article) and handed to every partition.
The second reads the articles part back, annotates it with that pack
(:func:`newsframe.annotate.tables.annotate`) and writes every table's part file,
``out/<table>/part-00012.parquet``, with the Arrow schema of :mod:`newsframe.schema`. So an
article's tables never depend on which partition it falls in. The engine only decides where
partitions run: one after another in this process (``pandas``) or as tasks on a Dask cluster
of processes (``dask``: a ``distributed.LocalCluster`` of ``workers`` processes, or an
existing scheduler). Memory per process stays that of one partition, whatever the size of
the corpus.

Nothing the coordinating process holds grows with the number of articles. The plan is
walked as partitions are sent (:func:`newsframe.read.collect.plan_parts`), a few partitions
in flight. Corpus-wide steps are reductions folded as partitions finish: the story cue
counts, the corpus fingerprint, the row counts and one row per outlet (``out/outlets/``).
Which articles repeat an earlier article's text (``duplicate_of``, in corpus order) is a
step of its own between the two: the read step writes each article's text digest into one
of :data:`BUCKETS` buckets beside the build (by the digest's first hex digit), one task per
bucket finds the repeats (:func:`find_repeats`) and writes them per partition, and each
annotate step reads its own. Both engines run the same partition functions and the same
reductions, so they write the same tables.

The datasets are written into a staging folder next to ``out`` and moved into place when
complete, under a lock on ``out`` (:mod:`newsframe.store.builds`): ``out`` always holds
one whole build. ``out/tables.json`` records the schema
version, a fingerprint of the corpus, the lexicons and library version, the row counts, the
engine and the time taken.

>>> import tempfile, pandas as pd
>>> out = Path(tempfile.mkdtemp()) / "tables"
>>> info = write_tables([paths.SEEDS], out, progress=False)
>>> info["rows"]["articles"], len(pd.read_parquet(out / "claims")) == info["rows"]["claims"]
(5, True)
"""

import hashlib
import itertools
import json
import os
import pickle
import shutil
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from .. import __version__, lexicons, paths, schema, stories
from ..annotate.tables import annotate, guard_evidence
from ..lang import dates
from ..read.collect import plan_corpus, plan_parts
from ..read.corpus import flag_duplicates, repeated_texts
from ..read.corpus import load_rows as read_rows
from . import builds
from . import review as review_module

ENGINES = ("pandas", "dask")
DATASETS = schema.STORED_TABLES
PARTITION_SIZE = 500  # articles per partition: a few seconds of work, a few MB of memory
FORMATS = ("parquet", "csv", "raw_csv")  # raw_csv: CSV without the formula guard


class EngineError(RuntimeError):
    """A partition failed: which file and which step (picklable, so a worker can send it)."""

    def __init__(self, path: str, step: str, detail: str):
        super().__init__(path, step, detail)
        self.path, self.step, self.detail = path, step, detail

    def __str__(self):
        return f"{self.step} failed on {self.path}: {self.detail}"


@dataclass
class _Partition:
    index: int
    rows: list
    overrides: dict


def _part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def _write(table: pd.DataFrame, name: str, folder: Path, index: int) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    target = folder / name
    # not parents=True: once a failed build's staging folder is gone, a task still running
    # elsewhere must not make it again
    target.mkdir(exist_ok=True)
    frame = schema.conform(name, table)
    arrow = pa.Table.from_pandas(frame, schema=schema.arrow_schema(name), preserve_index=False)
    pq.write_table(arrow, target / _part_name(index))


def _named(part: _Partition, step: str, error: Exception, articles=None) -> EngineError:
    """The error of a partition, naming the first file that fails alone."""
    if isinstance(error, EngineError):
        return error
    failing = _failing_row(part, step, articles)
    where = part.rows[0].path if part.rows else "(empty partition)"
    return EngineError(failing or where, step, f"{type(error).__name__}: {error}")


def read_partition(part: _Partition, folder: str, packs=(), work: str = "",
                   review_ids=frozenset()) -> dict:
    """The first step of a partition: read its files, write its part of the articles table
    and its text digests (``work``: :func:`_write_digests`, for :func:`find_repeats`);
    return the row count, the partition's share of the corpus fingerprint, the cue counts
    of the candidate story ``packs`` (:func:`newsframe.stories.count_cues`) and which of
    ``review_ids`` (the articles an analyst's review names) it holds."""
    folder = Path(folder)
    step = "read"
    try:
        articles = read_rows(part.rows, part.overrides)
        scans = dates.handed_scans(articles["body"]) if work else []
        dates.forget_handed()
        lexicons.forget_texts()  # the bodies' date scans: annotated in another step
        step = "write"
        _write(articles, "articles", folder, part.index)
        if work:
            _write_digests(articles, Path(work), part.index)
            _write_scans(scans, Path(work), part.index)
    except Exception as error:  # noqa: BLE001 - named for the user: which file, which step
        raise _named(part, step, error) from None
    usable = articles[articles["status"] != "error"]
    return {
        "index": part.index, "pid": os.getpid(), "peak_rss_mb": _peak_rss_mb(),
        "articles": len(articles),
        "fingerprint": _fingerprint_part(zip(articles["article_id"], articles["text_sha256"],
                                             strict=True)),
        "cues": stories.count_cues(list(packs), usable) if packs else {},
        "review_ids": [a for a in articles["article_id"] if a in review_ids],
    }


def _write_scans(scans: list, work: Path, index: int) -> None:
    """The date scans of the partition's bodies (:func:`newsframe.lang.dates.handed_scans`)
    into ``work/dates/``: the annotate step, perhaps in another process, takes them instead
    of scanning the bodies again."""
    target = work / "dates"
    target.mkdir(exist_ok=True)
    (target / f"part-{index:05d}.pickle").write_bytes(pickle.dumps(scans, protocol=5))


def _read_scans(work: str, index: int) -> list:
    """What :func:`_write_scans` wrote for partition ``index`` ([] if nothing)."""
    source = Path(work) / "dates" / f"part-{index:05d}.pickle"
    return pickle.loads(source.read_bytes()) if source.exists() else []


BUCKETS = 16  # digest buckets of the duplicates step: one task each


def _write_digests(articles: pd.DataFrame, work: Path, index: int) -> None:
    """The partition's ``(digest, row, article_id)`` into ``work/digests/<bucket>/``, one
    file per bucket (the digest's first hex digit); an empty digest repeats nothing."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    frame = pd.DataFrame({"digest": articles["text_sha256"].astype(str),
                          "row": range(len(articles)),
                          "article_id": articles["article_id"].astype(str)})
    frame = frame[frame["digest"] != ""]
    for bucket, rows in frame.groupby(frame["digest"].str[0].map(_bucket_of), sort=True):
        target = work / "digests" / f"{bucket:02d}"
        target.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pandas(rows, preserve_index=False),
                       target / _part_name(index))


def _bucket_of(first_digit: str) -> int:
    return int(first_digit, 16) % BUCKETS


def find_repeats(part: _Partition, work: str) -> dict:
    """The duplicates step of digest bucket ``part.index``: every article of the bucket
    whose text an earlier one (in corpus order) has, written per partition to
    ``work/repeats/<partition>/`` for its annotate step; return the count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    work = Path(work)
    found = sorted((work / "digests" / f"{part.index:02d}").glob("part-*.parquet"))
    digests = pd.concat([pq.read_table(f).to_pandas().assign(partition=int(f.stem[5:]))
                         for f in found], ignore_index=True) if found else None
    repeats = repeated_texts(digests) if digests is not None else pd.DataFrame()
    for partition, rows in (repeats.groupby("partition") if len(repeats) else ()):
        target = work / "repeats" / f"{partition:05d}"
        target.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pandas(rows[["article_id", "duplicate_of"]],
                                            preserve_index=False),
                       target / f"bucket-{part.index:02d}.parquet")
    return {"index": part.index, "pid": os.getpid(), "peak_rss_mb": _peak_rss_mb(),
            "articles": 0 if digests is None else len(digests), "repeats": len(repeats)}


def _read_repeats(work: str, index: int) -> dict[str, str]:
    """article id -> the earlier article with its text, for partition ``index``."""
    import pyarrow.parquet as pq

    repeats = {}
    for found in sorted((Path(work) / "repeats" / f"{index:05d}").glob("bucket-*.parquet")):
        table = pq.read_table(found).to_pydict()
        repeats.update(zip(table["article_id"], table["duplicate_of"], strict=True))
    return repeats


def annotate_partition(part: _Partition, folder: str, story=None, repeats=None,
                       progress=None, review=None, work: str = "") -> dict:
    """The second step: read the partition's articles back, annotate them with the story
    pack decided for the corpus, apply an analyst's decisions on them (``review``,
    :func:`newsframe.store.review.apply_review`) and write every table's part; flag the
    articles that repeat an earlier one's text (``repeats``: article id → the earlier id,
    or those :func:`find_repeats` wrote into ``work``).
    Return the row counts, partial outlet aggregates and the review's counts and problems.
    ``progress``: a stream for a line per step of a long article (see ``annotate``)."""
    import pyarrow.parquet as pq

    folder = Path(folder)
    step, articles = "annotate", None
    try:
        source = folder / "articles" / _part_name(part.index)
        articles = schema.conform("articles", pq.read_table(source).to_pandas())
        repeats = _read_repeats(work, part.index) if work else repeats
        flagged = flag_duplicates(articles, repeats) if repeats else articles
        if work:  # the read step's date scans of these bodies
            dates.receive_handed(articles["body"].tolist(), _read_scans(work, part.index))
        failed: dict = {}  # an article whose annotation raises costs only itself
        tables, flagged = guard_evidence(flagged, annotate(articles, progress=progress,
                                                           story=story, failed=failed), failed)
        tables, problems = review_module.apply_review(flagged, tables, review or [])
        if flagged is not articles:  # a repeat, or a row left out for its evidence
            _write(flagged, "articles", folder, part.index)
        articles = flagged
        step = "write"
        for name, table in tables.items():
            _write(table, name, folder, part.index)
    except Exception as error:  # noqa: BLE001 - named for the user: which file, which step
        raise _named(part, step, error, articles) from None
    return {
        "index": part.index, "pid": os.getpid(), "peak_rss_mb": _peak_rss_mb(),
        "articles": len(articles),
        "rows": {"articles": len(articles), **{n: len(t) for n, t in tables.items()}},
        "outlets": _outlet_partials(articles, review_module.analysed(tables)),
        "reviewed": review_module.review_counts(tables), "review_problems": problems,
    }


def _peak_rss_mb() -> float:
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux


def _failing_row(part: _Partition, step: str, articles=None) -> str:
    """The first file of a failed partition that fails alone (a partition's error names a
    file, not a partition)."""
    if step == "read":
        for row in part.rows:
            try:
                read_rows([row], part.overrides)
            except Exception:  # noqa: BLE001 - looking for the culprit
                return row.path
    elif step == "annotate" and articles is not None:
        for number in range(len(articles)):
            try:
                annotate(articles.iloc[number:number + 1])
            except Exception:  # noqa: BLE001 - looking for the culprit
                return str(articles["path"].iloc[number])
    return ""


def _outlet_partials(articles: pd.DataFrame, tables: dict) -> pd.DataFrame:
    usable = articles[articles["status"] != "error"]
    dated = usable["published"].where(usable["published"].str.len() >= 4, None)
    frame = pd.DataFrame({"outlet": usable["outlet"], "published": dated})
    partial = frame.groupby("outlet", dropna=False).agg(
        n_articles=("outlet", "size"), first_published=("published", "min"),
        last_published=("published", "max")).reset_index()
    outlet_of = dict(zip(articles["article_id"], articles["outlet"], strict=True))
    for name, table in tables.items():
        counts = table["article_id"].map(outlet_of).value_counts()
        partial[f"n_{name}"] = partial["outlet"].map(counts).fillna(0).astype("int64")
    return partial


def outlet_table(articles: pd.DataFrame, tables: dict) -> pd.DataFrame:
    """One row per outlet of a corpus held in memory (as the engines reduce it)."""
    return _reduce_outlets([_outlet_partials(articles, tables)])


def _fold_outlets(running: pd.DataFrame | None, partial: pd.DataFrame) -> pd.DataFrame:
    """Outlet partials folded as partitions finish: counts added, first and last
    publication dates kept (undated stays missing, as in each partial), one row per
    outlet; :func:`_reduce_outlets` of the result is that of every partial at once."""
    if running is None:
        return partial
    whole = pd.concat([running, partial], ignore_index=True)
    counts = [c for c in whole.columns if c.startswith("n_")]
    return whole.groupby("outlet", dropna=False, sort=False).agg(
        {**{c: "sum" for c in counts}, "first_published": "min",
         "last_published": "max"}).reset_index()


def _reduce_outlets(partials: list[pd.DataFrame]) -> pd.DataFrame:
    if not partials:
        return schema.empty("outlets")
    whole = pd.concat(partials, ignore_index=True)
    counts = [c for c in whole.columns if c.startswith("n_")]
    table = whole.groupby("outlet", dropna=False).agg(
        {**{c: "sum" for c in counts}, "first_published": "min", "last_published": "max"})
    table = table.reset_index().fillna({"first_published": "", "last_published": ""})
    return schema.conform("outlets", table.sort_values("outlet", kind="stable"))


def _plan(sources: list, manifest=None, columns=None) -> tuple[list, dict, list]:
    """Rows, manifest overrides and skipped files of one or more corpus paths (ids made
    unique across paths by :func:`newsframe.read.collect.plan_corpus`)."""
    roots = [source if isinstance(source, list) else paths.resolve_path(source)
             for source in sources]
    flat = [item for root in roots for item in (root if isinstance(root, list) else [root])]
    plan = plan_corpus(flat, manifest, columns)
    return plan.rows, plan.overrides, plan.skipped


def _plan_parts(sources: list, manifest=None, columns=None, size: int = PARTITION_SIZE):
    """:func:`_plan` in parts of ``size`` rows, one folder walked as they are asked for
    (:func:`newsframe.read.collect.plan_parts`)."""
    roots = [source if isinstance(source, list) else paths.resolve_path(source)
             for source in sources]
    flat = [item for root in roots for item in (root if isinstance(root, list) else [root])]
    return plan_parts(flat, manifest, columns, size)


def _fingerprint_part(pairs) -> bytes:
    """A partition's share of the corpus fingerprint: its ``(article_id, text_sha256)``
    pairs as the coordinator hashes them, in order (partition after partition)."""
    return b"".join(f"{article_id}\x1f{text}\x1e".encode("utf-8", "surrogatepass")
                    for article_id, text in pairs)


def lexicon_version() -> str:
    """A hash of every file under data/ (lexicons, outlets, reference statements)."""
    digest = hashlib.sha256()
    for file in sorted(paths.DATA.rglob("*.csv")) + sorted(paths.DATA.rglob("*.yaml")):
        digest.update(str(file.relative_to(paths.DATA)).encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def _progress(step: str, done: int, total: int, articles: int, started: float,
              stream) -> None:
    """One bar per step redrawn in place on a terminal; in a log, a line per tenth of it."""
    tty = getattr(stream, "isatty", lambda: False)()
    if not tty and done != total and (10 * done) // total == (10 * (done - 1)) // total:
        return
    width = 30
    filled = int(width * done / max(total, 1))
    rate = articles / max(time.perf_counter() - started, 1e-9)
    stream.write(f"{chr(13) if tty else ''}newsframe annotate: {step} [{'#' * filled}"
                 f"{'.' * (width - filled)}] {done}/{total} partitions, {articles:,} articles "
                 f"({rate:,.0f}/s){'' if tty and done != total else chr(10)}")
    stream.flush()


class _Bar:
    """The progress of one step whose partitions are counted while they come: ``expected``
    until the last is sent, then how many there are."""

    def __init__(self, step: str, stream, expected: int):
        self.step, self.stream, self.expected = step, stream, max(1, expected)
        self.done, self.articles, self.total = 0, 0, None
        self.started, self.shown = time.perf_counter(), None

    def count(self, summary: dict) -> None:
        self.done += 1
        self.articles += summary["articles"]
        self.show()

    def show(self) -> None:
        if self.stream is None or not self.done:
            return
        total = self.total if self.total is not None else max(self.expected, self.done + 1)
        if (self.done, total) != self.shown:
            self.shown = (self.done, total)
            _progress(self.step, self.done, total, self.articles, self.started, self.stream)


def _unpacked(function, index: int, packed: str) -> dict:
    """Run a step on a partition whose rows and arguments wait in the file ``packed``
    (see ``_OnDask.run``)."""
    rows, overrides, arguments = pickle.loads(Path(packed).read_bytes())
    return function(_Partition(index, rows, overrides), **arguments)


def _warm() -> None:
    """Import the reader and the annotators in a worker before its first partition."""
    from ..annotate import tables  # noqa: F401


def _killed(error: Exception, heads: dict) -> EngineError:
    """A worker process died (a crash, the memory limit): name the files of its partition.
    Dask names a task that was on the dying worker, not surely the one that killed it."""
    index = next((int(word.strip("'\",.").rsplit("-", 1)[-1]) for word in str(error).split()
                  if word.strip("'\",.").startswith(("annotate-", "read-"))), None)
    first, last = heads.get(index, (None, ""))
    where = f"{first.path} … {last}" if first is not None else "one partition"
    return EngineError(where, "annotate", "a worker process died (crash or memory limit) while "
                       "annotating these files; run them with --engine pandas to see the error")


class _InProcess:
    """Runs a step's partitions one after another in this process (``--engine pandas``)."""

    def run(self, function, partitions, arguments, fold, step: str, bar=None) -> int:
        """Run ``function`` on each of ``partitions`` (an iterable, taken as it comes) and
        hand each summary to ``fold``, in partition order; the number of partitions."""
        todo, count = iter(partitions), 0
        part = next(todo, None)
        while part is not None:
            summary = function(part, **arguments(part))
            part, count = next(todo, None), count + 1
            if bar is not None:
                bar.total = count if part is None else None
                bar.count(summary)
            fold(summary)
        return count


class _OnDask:
    """Runs a step's partitions as tasks on a Dask cluster: partitions are taken from their
    iterable as tasks are sent, a few per worker in flight and the next sent as one
    finishes, and never more than a window ahead of the first unfinished one, so the
    coordinator holds a few partitions' rows and summaries, however many the corpus has."""

    def __init__(self, client, heads: dict, spool: Path):
        self.client, self.heads, self.spool = client, heads, spool

    def run(self, function, partitions, arguments, fold, step: str, bar=None) -> int:
        """As :meth:`_InProcess.run`, the tasks keyed ``<step>-<partition>``."""
        from distributed import as_completed
        from distributed.scheduler import KilledWorker

        client = self.client
        todo = iter(partitions)
        in_flight = max(2, 2 * len(client.scheduler_info().get("workers", {})))
        window = 4 * in_flight  # summaries held while an earlier partition runs
        early: dict[int, dict] = {}
        state = {"sent": 0, "folded": 0, "more": True}
        running = as_completed()

        def submit(partition):
            # the rows and arguments wait in a file, the task names it: the scheduler (in
            # this process for a local cluster) and the client keep every task's arguments
            # as long as the build runs, a partition's rows included (0.4 KB per article)
            packed = self.spool / f"{step}-{partition.index:05d}.pickle"
            packed.write_bytes(pickle.dumps(
                (partition.rows, partition.overrides, arguments(partition)),
                protocol=pickle.HIGHEST_PROTOCOL))
            return client.submit(_unpacked, function, partition.index, str(packed),
                                 key=f"{step}-{partition.index:05d}")

        def top_up():
            while state["more"] and running.count() < in_flight and \
                    state["sent"] < state["folded"] + window:
                partition = next(todo, None)
                if partition is None:
                    state["more"] = False
                    if bar is not None:
                        bar.total = state["sent"]
                    return
                running.add(submit(partition))
                state["sent"] += 1

        top_up()
        for future in running:
            if future.status == "error":
                error = future.exception()  # before cancelling, which would drop it
                client.cancel(list(running.futures))
                if isinstance(error, KilledWorker):
                    raise _killed(error, self.heads) from None
                raise error
            summary = future.result()
            future.release()
            (self.spool / f"{step}-{summary['index']:05d}.pickle").unlink(missing_ok=True)
            early[summary["index"]] = summary
            if bar is not None:
                bar.count(summary)
            while state["folded"] in early:
                fold(early.pop(state["folded"]))
                state["folded"] += 1
            top_up()
        if bar is not None:
            bar.show()
        return state["sent"]


@contextmanager
def _runner(engine: str, folder: Path, workers: int, scheduler: str | None, heads: dict,
            spool: Path | None = None):
    """The engine's way of running a step's partitions, open for every step of a build."""
    if engine != "dask":
        yield _InProcess()
        return
    import logging

    import dask
    from distributed import Client, LocalCluster

    logging.getLogger("distributed").setLevel(logging.CRITICAL)
    scratch = folder.parent / f"{folder.name}.dask"
    cluster = None
    # the worker profiler keeps a history that grows with the run: memory must stay flat
    with dask.config.set({"distributed.worker.profile.enabled": False,
                          "distributed.scheduler.allowed-failures": 1}):
        if scheduler:
            client = Client(scheduler, timeout="10s")
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=":0", silence_logs=logging.CRITICAL,
                                   local_directory=str(scratch))
            client = Client(cluster)
        try:
            client.run(_warm)
            spool.mkdir(exist_ok=True)
            yield _OnDask(client, heads, spool)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
            shutil.rmtree(scratch, ignore_errors=True)


def write_tables(sources, out, engine: str = "pandas", workers: int = 2,
                 scheduler: str | None = None, formats=("parquet",), manifest=None,
                 partition_size: int = PARTITION_SIZE, progress=sys.stderr,
                 columns=None, wait: bool = False, story: str = "auto", review=None) -> dict:
    """Annotate the corpus ``sources`` (folders, files or exports) into datasets in ``out``
    and return the contents of ``out/tables.json``.

    Args:
        sources: one path or a list of paths (as :func:`newsframe.load_corpus` takes them).
        out: the folder to write (replaced whole when the build is complete).
        engine: ``pandas`` (this process) or ``dask``.
        workers: processes of the local Dask cluster.
        scheduler: address of an existing Dask scheduler (``tcp://host:8786``); its workers
            must see ``out``'s file system.
        formats: ``parquet`` always; ``csv`` adds ``out/<table>.csv`` for spreadsheets, its
            text cells that a spreadsheet would run as a formula neutralised
            (:func:`newsframe.escape.neutralise_csv`); ``raw_csv`` the same files as written.
        progress: a stream for the progress bar (None for silence).
        columns: column mapping for exports (``"text=isi,published=tanggal"``).
        wait: when another run is writing ``out``, wait for it (else OutputError naming
            it; see :mod:`newsframe.store.builds`).
        story: the story pack: ``auto`` (the corpus folder's own ``story.yaml``, else the
            pack whose cues the whole corpus matches), ``none``, a slug of data/stories/ or
            a folder holding a ``story.yaml`` (:func:`newsframe.stories.decide_story`).
        review: an analyst's review file to apply (default: the ``review.csv`` a corpus
            folder carries; :mod:`newsframe.store.review`).
    """
    from ..params import check_choice, check_int

    check_choice("engine", engine, ENGINES)
    check_int("workers", workers, 1, 256)
    stories.check_story(story)
    review = review_module.find_review(sources if isinstance(sources, (list, tuple))
                                       else [sources], review)
    for fmt in formats:
        check_choice("format", fmt, FORMATS)
    sources = sources if isinstance(sources, (list, tuple)) else [sources]
    out = Path(out).absolute()
    builds.check_apart(out, {f"the corpus {s}": paths.resolve_path(s) for s in sources
                             if not isinstance(s, list)})
    with builds.locked(out, wait=wait), builds.staged(out) as folder:
        return _build_tables(list(sources), folder, engine, workers, scheduler, formats,
                             manifest, columns, partition_size, progress, story, review)


def _build_tables(sources: list, folder: Path, engine, workers, scheduler, formats, manifest,
                  columns, partition_size, progress, story, review=None) -> dict:
    """Annotate ``sources`` into the staging folder ``folder``; the contents of tables.json.

    Nothing held here grows with the corpus: the plan comes partition by partition
    (:func:`newsframe.read.collect.plan_parts`), and what the steps return is folded as it
    arrives (row counts, cue counts, the fingerprint, outlets, worker peaks). Duplicates are
    found by a step of their own: the read step writes each article's digest into one of
    :data:`BUCKETS` buckets beside the build, one task per bucket finds the repeats
    (:func:`find_repeats`), and each annotate step reads its own."""
    started = time.perf_counter()
    work = Path(f"{folder}.work")  # beside the build, removed with it (builds._remove)
    work.mkdir()
    try:
        return _build_into(sources, folder, work, engine, workers, scheduler, formats,
                           manifest, columns, partition_size, progress, story, review, started)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _build_into(sources, folder, work, engine, workers, scheduler, formats, manifest, columns,
                partition_size, progress, story, review, started) -> dict:
    corpus_dirs = [s for s in sources if not isinstance(s, list)]
    decided, packs = stories.story_candidates(story, corpus_dirs)
    loaded = review_module.read_review(review) if review else None
    review_ids = frozenset(d.parsed.article_id for d in loaded.decisions) if loaded else \
        frozenset()
    heads: dict[int, tuple] = {}  # partition -> its first row and last path (error messages)
    skipped: list[str] = []
    expected = [1]

    def partitions():
        for index, part in enumerate(_plan_parts(sources, manifest, columns, partition_size)):
            skipped.extend(part.skipped)
            expected[0] = part.expected
            heads[index] = (part.rows[0], part.rows[-1].path) if part.rows else (None, "")
            yield _Partition(index, part.rows, part.overrides)

    fingerprint, peaks = hashlib.sha256(), {}
    read = {"cues": {}, "review_ids": {}}

    def fold_read(summary: dict) -> None:
        fingerprint.update(summary["fingerprint"])
        read["cues"] = stories.add_cue_counts([read["cues"], summary["cues"]])
        if summary["review_ids"]:
            read["review_ids"][summary["index"]] = summary["review_ids"]
        _note_peak(peaks, summary)

    with _runner(engine, folder, workers, scheduler, heads, work / "sent") as runner:
        bar = _Bar("read", progress, 1)
        stream = partitions()
        first = next(stream)  # the survey of the corpus is done: how many to expect
        bar.expected = expected[0]
        count = runner.run(read_partition, itertools.chain([first], stream),
                           lambda part: {"folder": str(folder), "packs": packs,
                                         "work": str(work), "review_ids": review_ids},
                           fold_read, "read", bar if progress else None)
        if decided is None:  # auto: the cues of the whole corpus decide
            own = stories.corpus_pack(corpus_dirs) is not None
            decided = stories.pick_story(packs, read["cues"], own=own)
        runner.run(find_repeats, (_Partition(b, [], {}) for b in range(BUCKETS)),
                   lambda part: {"work": str(work)}, lambda summary: _note_peak(peaks, summary),
                   "duplicates")
        corpus_review = [review_module.find_review(corpus_dirs)]
        per_part, problems = review_module.split_review(loaded, read["review_ids"])
        built = {"rows": {}, "outlets": None, "reviewed": {}, "problems": []}

        def fold_annotated(summary: dict) -> None:
            for name, n in summary["rows"].items():
                built["rows"][name] = built["rows"].get(name, 0) + n
            built["outlets"] = _fold_outlets(built["outlets"], summary["outlets"])
            built["reviewed"] = review_module.add_counts([built["reviewed"],
                                                          summary["reviewed"]])
            built["problems"] += summary["review_problems"]
            _note_peak(peaks, summary)

        # the annotate step reads its articles back from their Parquet part: of its rows it
        # needs only the first, to name the partition if it fails
        thin = (_Partition(index, [heads[index][0]] if heads[index][0] else [], {})
                for index in range(count))
        runner.run(annotate_partition, thin,
                   lambda part: {"folder": str(folder), "story": decided.story,
                                 "work": str(work),
                                 "progress": progress if engine != "dask" else None,
                                 "review": per_part.get(part.index)},
                   fold_annotated, "annotate", _Bar("annotate", progress, count)
                   if progress else None)
    stories.keep_story(decided, folder)
    _write(_reduce_outlets([built["outlets"]] if built["outlets"] is not None else []),
           "outlets", folder, 0)
    problems = review_module.problems_table(
        (loaded.problems if loaded else []) + problems + built["problems"])
    _write(problems, "review_problems", folder, 0)
    counts = {name: built["rows"].get(name, 0) for name in DATASETS}
    counts["outlets"] = len(pd.read_parquet(folder / "outlets"))
    counts["review_problems"] = len(problems)
    if "csv" in formats or "raw_csv" in formats:
        _write_csv(folder, raw="raw_csv" in formats)
    info = {
        "schema_version": schema.VERSION, "newsframe_version": __version__,
        "lexicon_version": lexicon_version(),
        "corpus_fingerprint": fingerprint.hexdigest()[:24],
        "story": decided.record(),
        # the analyst's review applied (newsframe.store.review), or None
        "review": review_module.review_record(
            loaded, built["reviewed"], problems,
            "corpus folder" if review in corpus_review else "--review"),
        "sources": [str(Path(s).resolve()) for s in sources], "engine": engine,
        "workers": workers if engine == "dask" else 1, "scheduler": scheduler or "",
        "partitions": count, "rows": counts, "skipped_files": skipped,
        "formats": list(dict.fromkeys(["parquet", *formats])),
        # every part file's size: a truncated or replaced file is found before it is read
        "files": {str(p.relative_to(folder)): p.stat().st_size
                  for p in sorted(folder.glob("*/part-*.parquet"))},
        "seconds": round(time.perf_counter() - started, 2),
        # the largest resident memory of each process: flat as the corpus grows
        "peak_rss_mb": {"coordinator": _peak_rss_mb(),
                        "workers": sorted(peaks.values()) if engine == "dask" else []},
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    (folder / "tables.json").write_text(json.dumps(info, indent=1, ensure_ascii=False),
                                        encoding="utf-8")
    return info


def _note_peak(peaks: dict, summary: dict) -> None:
    """The largest resident memory seen of each worker process (pid -> MB)."""
    peaks[summary["pid"]] = max(peaks.get(summary["pid"], 0.0), summary["peak_rss_mb"])


def _write_csv(folder: Path, raw: bool = False) -> None:
    import pyarrow.parquet as pq

    from ..escape import neutralise_csv

    for name in DATASETS:
        target = folder / f"{name}.csv"
        parts = sorted((folder / name).glob("part-*.parquet"))
        with target.open("w", encoding="utf-8", newline="") as handle:
            for number, part in enumerate(parts):
                table = pq.read_table(part).to_pandas()
                (table if raw else neutralise_csv(table)).to_csv(handle, index=False,
                                                                 header=number == 0)
