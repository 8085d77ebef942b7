"""What the Dask coordinator holds per article, item by item (Python allocations, tracemalloc).

    .venv/bin/python benchmarks/bench_coordinator.py                  # 5k and 20k
    .venv/bin/python benchmarks/bench_coordinator.py --sizes 20000 200000 --corpora /tmp/c

``newsframe annotate --engine dask`` keeps, in the coordinating process, what
:func:`newsframe.store.engines._build_tables` builds while it runs: the plan, walked as
partitions are sent (:func:`newsframe.read.collect.plan_parts`: one partition's rows, the
names of the folders the walk is in), each partition's rows pickled as the Dask engine sends
them, the first row and last path of every partition (for error messages), and the
reductions folded as partitions finish (the corpus fingerprint, a few hundred bytes per
partition). Each size runs in a fresh process that walks the plan the way the engine does
and prints, per article, what is still held after the walk and the walk's peak beyond it,
measured by ``tracemalloc``. (Until the plan was streamed, this benchmark itemised the whole
planned list, 709 B per article, and the digests gathered for duplicates, 239 B:
docs/PERFORMANCE.md, "National archive".) ``tables.json``'s ``peak_rss_mb``
(bench_engines.py) is the whole process.
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
    """Bytes held per article by the coordinator's plan and reductions, and the walk's peak."""
    from newsframe.store import engines

    tracemalloc.start()
    start = tracemalloc.get_traced_memory()[0]
    heads, fingerprint, count, sent = {}, hashlib.sha256(), 0, 0
    for index, part in enumerate(engines._plan_parts([str(folder)], size=partition_size)):
        packed = pickle.dumps((part.rows, part.overrides), protocol=pickle.HIGHEST_PROTOCOL)
        sent = max(sent, len(packed))
        heads[index] = (part.rows[0], part.rows[-1].path) if part.rows else (None, "")
        fingerprint.update(b"".join(f"{row.article_id}\x1f{'0' * 64}\x1e".encode()
                                    for row in part.rows))
        count += len(part.rows)
        del packed, part
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"size": count, "partitions": len(heads),
            "held_per_article": round((held - start) / count, 1),
            "peak_per_article": round((peak - start) / count, 1),
            "peak_mb": round((peak - start) / 1e6, 1), "largest_partition_sent_kb":
            round(sent / 1024)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5_000, 20_000])
    parser.add_argument("--partition-size", type=int, default=1000)
    parser.add_argument("--corpora", type=Path, default=generate.OUT,
                        help="where the synthetic corpora are (made if missing)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.partition_size)))
        return
    for size in args.sizes:
        folder = generate.ensure_corpus(size, out=args.corpora)
        done = subprocess.run([sys.executable, __file__, "--child", str(folder),
                               "--partition-size", str(args.partition_size)],
                              capture_output=True, text=True, check=True)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{result['size']:,} articles, {result['partitions']:,} partitions: held after "
              f"the walk {result['held_per_article']} B/article (every partition's first row "
              f"and last path); the walk's peak {result['peak_mb']} MB = "
              f"{result['peak_per_article']} B/article (one partition's rows, one folder's "
              f"names); a partition as sent {result['largest_partition_sent_kb']} KB")


if __name__ == "__main__":
    main()
