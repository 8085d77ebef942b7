"""Annotating to Parquet datasets with both engines: `newsframe annotate --engine pandas|dask`.

    .venv/bin/python benchmarks/bench_engines.py                       # 20k and 200k, both
    .venv/bin/python benchmarks/bench_engines.py --sizes 20000         # one size
    .venv/bin/python benchmarks/bench_engines.py --report              # + report on the largest
    .venv/bin/python benchmarks/bench_engines.py --write-docs          # update PERFORMANCE.md
    .venv/bin/python benchmarks/bench_engines.py --reuse --write-docs  # re-render last results

Each run is the real command in a fresh process: `newsframe annotate CORPUS --out DIR
--engine E` (Dask: a LocalCluster of ``--workers`` processes, one thread each). Measured: wall
seconds, articles/s, the peak resident memory of every process (``tables.json`` records the
coordinator's and each worker's ``ru_maxrss``), and the CPU other processes used meanwhile
(``/proc/stat`` busy time minus this run's own), since the machine is shared. Engines run
alternately (pandas, dask, pandas, …) so the host's drift hits both alike; the ratio is taken
per pair. Targets: Dask with 2 workers ≤ 0.85× the pandas time at 20k, peak RSS < 1.5 GB per
process at every size; the report over the 200k tables < 120 s. From the measured growth
the script estimates 10 million articles on a cluster.
"""

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402
import perfdoc  # noqa: E402

SECTION = "Annotating to tables: pandas and Dask engines"
RESULTS = generate.OUT / "engine_results.json"
NEWSFRAME = Path(sys.executable).with_name("newsframe")
RATIO_TARGET = 0.85
RSS_TARGET_MB = 1536
REPORT_TARGET_S = 120


def _busy_cpu_s() -> float:
    """CPU seconds the whole machine spent busy so far (all cores, /proc/stat)."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(f) for f in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def _own_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(command: list[str], timeout: float) -> tuple[float, float, float, str]:
    """(wall s, own CPU s, foreign CPU s, stderr tail) of one command."""
    busy, own = _busy_cpu_s(), _own_cpu_s()
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    wall = time.perf_counter() - started
    own_used = _own_cpu_s() - own
    foreign = max(0.0, _busy_cpu_s() - busy - own_used)
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{result.stderr[-2000:]}")
    return wall, own_used, foreign, result.stderr.strip().splitlines()[-1]


def annotate(size: int, engine: str, workers: int, partition_size: int) -> dict:
    corpus = generate.ensure_corpus(size)
    out = generate.OUT / f"tables_{size}_{engine}"
    shutil.rmtree(out, ignore_errors=True)
    command = [str(NEWSFRAME), "annotate", str(corpus), "--out", str(out), "--engine", engine,
               "--workers", str(workers), "--partition-size", str(partition_size)]
    wall, own, foreign, last = run(command, timeout=6 * 3600)
    info = json.loads((out / "tables.json").read_text())
    peaks = info["peak_rss_mb"]
    row = {"size": size, "engine": engine, "workers": workers if engine == "dask" else 1,
           "partitions": info["partitions"], "wall_s": round(wall, 1),
           "articles_per_s": round(size / wall), "own_cpu_s": round(own, 1),
           "foreign_cpu_s": round(foreign, 1), "coordinator_rss_mb": peaks["coordinator"],
           "worker_rss_mb": peaks["workers"], "rows": info["rows"], "last_line": last}
    print(json.dumps(row), file=sys.stderr)
    return row


def report(size: int) -> dict:
    tables = generate.OUT / f"tables_{size}_dask"
    if not (tables / "tables.json").exists():
        tables = generate.OUT / f"tables_{size}_pandas"
    out = generate.OUT / f"report_{size}"
    shutil.rmtree(out, ignore_errors=True)
    wall, own, foreign, last = run([str(NEWSFRAME), "report", "--tables", str(tables), "--out",
                                    str(out)], timeout=3600)
    row = {"size": size, "wall_s": round(wall, 1), "own_cpu_s": round(own, 1),
           "foreign_cpu_s": round(foreign, 1), "last_line": last}
    print(json.dumps(row), file=sys.stderr)
    return row


def estimate(rows: list[dict]) -> str:
    """10 million articles, from the growth between the two largest dask runs."""
    dask = sorted((r for r in rows if r["engine"] == "dask"), key=lambda r: r["size"])
    if len(dask) < 2:
        return "Two Dask sizes are needed for an estimate."
    small, large = dask[-2], dask[-1]
    per_article = (large["wall_s"] - small["wall_s"]) / (large["size"] - small["size"])
    fixed = max(0.0, small["wall_s"] - per_article * small["size"])
    cpu_per_article = large["own_cpu_s"] / large["size"]
    coordinator = (large["coordinator_rss_mb"] - small["coordinator_rss_mb"]) / (
        large["size"] - small["size"])
    base = small["coordinator_rss_mb"] - coordinator * small["size"]
    n = 10_000_000
    lines = [
        f"- measured on {small['workers']} workers: {per_article * 1000:.2f} ms of wall time "
        f"per article beyond a fixed {fixed:.0f} s, {cpu_per_article * 1000:.2f} CPU ms per "
        "article in all processes;",
        f"- 10 million articles on this machine: about {(fixed + per_article * n) / 3600:.1f} h;"
        f" on a cluster of 64 worker processes (one core each), about "
        f"{(fixed + cpu_per_article * n / 64) / 3600:.1f} h of annotation, if the file system "
        "keeps up (each worker reads its files and writes its parts itself);",
        f"- the coordinator's memory grows by {coordinator * 1024:.2f} KB per article (the list "
        f"of files and every article's text digest for the duplicates reduction): about "
        f"{(base + coordinator * n) / 1024:.1f} GB at 10 million; workers stay at one "
        "partition's memory, whatever the corpus size.",
    ]
    return "\n".join(lines)


def render(results: dict) -> str:
    rows = results["annotate"]
    table = [[f"{r['size']:,}", r["engine"], r["workers"], r["partitions"], r["wall_s"],
              f"{r['articles_per_s']:,}", r["own_cpu_s"], r["foreign_cpu_s"],
              r["coordinator_rss_mb"], " / ".join(str(w) for w in r["worker_rss_mb"]) or "–"]
             for r in rows]
    text = [f"Machine: {perfdoc.machine_description()}. Revision {results['revision']}, "
            f"measured {results['date']}.", "",
            perfdoc.markdown_table(
                ["articles", "engine", "processes", "partitions", "wall s", "articles/s",
                 "CPU s (all own processes)", "CPU s of other jobs", "coordinator peak RSS MB",
                 "worker peak RSS MB"], table), ""]
    for size in sorted({r["size"] for r in rows}):
        pairs = list(zip([r for r in rows if r["size"] == size and r["engine"] == "pandas"],
                         [r for r in rows if r["size"] == size and r["engine"] == "dask"],
                         strict=False))
        for pandas_row, dask_row in pairs:
            ratio = dask_row["wall_s"] / pandas_row["wall_s"]
            verdict = "met" if size > 20_000 or ratio <= RATIO_TARGET else "NOT met"
            text.append(f"- {size:,} articles: Dask/pandas wall time {ratio:.2f}"
                        + (f" (target ≤ {RATIO_TARGET} at 20k: {verdict})" if size == 20_000
                           else ""))
    peak = max(max([r["coordinator_rss_mb"], *r["worker_rss_mb"]]) for r in rows)
    text.append(f"- largest resident memory of any process: {peak:.0f} MB (target < "
                f"{RSS_TARGET_MB} MB: {'met' if peak < RSS_TARGET_MB else 'NOT met'})")
    if results.get("report"):
        r = results["report"]
        text.append(f"- `newsframe report --tables` over the {r['size']:,}-article tables: "
                    f"{r['wall_s']} s (target < {REPORT_TARGET_S} s: "
                    f"{'met' if r['wall_s'] < REPORT_TARGET_S else 'NOT met'}; "
                    f"{r['foreign_cpu_s']} CPU s of other jobs meanwhile)")
    text += ["", "Estimate for 10 million articles:", "", estimate(rows)]
    return "\n".join(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 200_000])
    parser.add_argument("--engines", nargs="+", default=["pandas", "dask"])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partition-size", type=int, default=1000)
    parser.add_argument("--report", action="store_true", help="report over the largest tables")
    parser.add_argument("--write-docs", action="store_true")
    parser.add_argument("--reuse", action="store_true", help="re-render the last results")
    args = parser.parse_args()
    if args.reuse:
        results = json.loads(RESULTS.read_text())
    else:
        results = {"revision": perfdoc.git_revision(), "date": time.strftime("%Y-%m-%d"),
                   "annotate": [], "report": None}
        for size in args.sizes:
            for engine in args.engines:
                results["annotate"].append(annotate(size, engine, args.workers,
                                                    args.partition_size))
                RESULTS.write_text(json.dumps(results, indent=1))
        if args.report:
            results["report"] = report(max(args.sizes))
        RESULTS.write_text(json.dumps(results, indent=1))
    text = render(results)
    print(text)
    if args.write_docs:
        perfdoc.replace_section(SECTION, text)


if __name__ == "__main__":
    main()
