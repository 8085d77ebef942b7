"""What the Dask coordinator holds per article, item by item (Python allocations, tracemalloc).

    .venv/bin/python benchmarks/bench_coordinator.py                  # 5k and 20k
    .venv/bin/python benchmarks/bench_coordinator.py --sizes 20000 200000

``newsframe annotate --engine dask`` keeps, in the coordinating process, the things
:func:`newsframe.store.engines._build_tables` builds from the whole corpus: the planned rows
(one ``_Row`` per article file: id, path as text and as bytes, the file's name, empty
metadata), the partitions cut from them (lists of the same rows), the read step's rows as the
Dask engine sends them (one pickled bytes object per partition: the scheduler unpickles what it
is sent and may keep it; it kept every row's objects, twice, until they were sent as bytes),
every article's
``(article_id, text_sha256)`` pair as the read step returns it (unpickled, as a worker's
result arrives) and the dictionaries of the duplicates reduction. Each size runs in a fresh
process that builds those objects the way the engine does (the plan with the engine's own
``_plan``; the digests from the files' bytes, the same 64-character hex strings as
``text_sha256``) and prints the bytes per article of each, measured by ``tracemalloc``.
The transient peaks of planning and of the duplicates reduction are printed too.
``tables.json``'s ``peak_rss_mb`` (bench_engines.py) is the whole process; this is where
the per-article part of it comes from.
"""

import argparse
import hashlib
import json
import pickle
import subprocess
import sys
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402


def measure(folder: Path, partition_size: int) -> dict:
    """Bytes held per article by each of the coordinator's corpus-wide items."""
    from newsframe.read.corpus import find_duplicates
    from newsframe.store import engines

    tracemalloc.start()

    def held() -> int:
        return tracemalloc.get_traced_memory()[0]

    items, start = {}, held()
    tracemalloc.reset_peak()
    rows, _overrides, _skipped = engines._plan([str(folder)])
    items["planned rows"] = held() - start
    planning_peak = tracemalloc.get_traced_memory()[1] - start
    start = held()
    partitions = [engines._Partition(i, rows[first:first + partition_size], {})
                  for i, first in enumerate(range(0, len(rows), partition_size))]
    items["partitions (lists of the rows)"] = held() - start
    start = held()
    packed = [pickle.dumps((part.rows, part.overrides), protocol=pickle.HIGHEST_PROTOCOL)
              for part in partitions]
    items["read step's rows as sent to Dask (bytes)"] = held() - start
    tracemalloc.stop()
    sent = [pickle.dumps([(row.article_id, hashlib.sha256(Path(row.path).read_bytes())
                           .hexdigest()) for row in part.rows]) for part in partitions]
    tracemalloc.start()
    start = held()
    received = [{"digests": pickle.loads(blob)} for blob in sent]
    items["digests as received"] = held() - start
    start = held()
    tracemalloc.reset_peak()
    digests = [pair for summary in received for pair in summary["digests"]]
    repeats = find_duplicates(digests)
    held_by = {index: {a: repeats[a] for a, _ in summary["digests"] if a in repeats}
               for index, summary in enumerate(received)}
    items["flat digest list + duplicates dicts"] = held() - start
    duplicates_peak = tracemalloc.get_traced_memory()[1] - start
    tracemalloc.stop()
    del held_by, packed
    n = len(rows)
    return {"size": n, "bytes_per_article": {k: round(v / n) for k, v in items.items()},
            "total_per_article": round(sum(items.values()) / n),
            "peak_while_planning": round(planning_peak / n),
            "peak_while_finding_duplicates": round(duplicates_peak / n)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5_000, 20_000])
    parser.add_argument("--partition-size", type=int, default=1000)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.partition_size)))
        return
    for size in args.sizes:
        folder = generate.ensure_corpus(size)
        done = subprocess.run([sys.executable, __file__, "--child", str(folder),
                               "--partition-size", str(args.partition_size)],
                              capture_output=True, text=True, check=True)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{result['size']:,} articles: {result['total_per_article']:,} B/article held — "
              + "; ".join(f"{k} {v:,}" for k, v in result["bytes_per_article"].items())
              + f" (peaks beyond what is held before: planning {result['peak_while_planning']:,},"
              f" duplicates {result['peak_while_finding_duplicates']:,})")


if __name__ == "__main__":
    main()
