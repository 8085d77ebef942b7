"""One huge article: time per table as one article grows, to show the time is linear in its
length (issue 14: a 50 MB article in under a minute).

    .venv/bin/python benchmarks/bench_huge.py                      # 1, 2, 4, 8 MB
    .venv/bin/python benchmarks/bench_huge.py --sizes 1 4 16 50    # any sizes in MB
    .venv/bin/python benchmarks/bench_huge.py --profile 2          # cProfile of one 2 MB run
    .venv/bin/python benchmarks/bench_huge.py --check              # exit 1 if not linear
    .venv/bin/python benchmarks/bench_huge.py --sizes 2 --reference  # vs many small articles

The article is the first seed with its body replaced by the five seed bodies repeated until
the body holds the wanted number of bytes (cut at a paragraph end), so it has the seeds'
density of figures, dates, quotes and cues. Each size runs in a fresh child process (its
own peak memory, no cache warmed by a smaller size) and reports the CPU seconds of each
table from :func:`newsframe.annotate.tables.annotate`. **Linear** means the seconds per MB
of the largest size are at most ``--ratio`` (default 1.5) times those of the smallest: a
quadratic step doubles them with every doubling of the size. ``--reference`` also times
synthetic articles of ordinary length (benchmarks/synthetic.py) holding as many MB as the
smallest size, in the same way, so the seconds per MB of one huge article can be compared
with those of a normal corpus on the same (shared, noisy) machine in the same minute.
"""

import argparse
import cProfile
import json
import pstats
import resource
import subprocess
import sys
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def huge_article(megabytes: float):
    """The articles table of one article of about ``megabytes`` MB (UTF-8) of seed text."""
    from newsframe import load_corpus

    seeds = load_corpus(SEEDS)
    paragraphs = "\n\n".join(seeds["body"])
    wanted = int(megabytes * 2**20)
    repeats = wanted // len(paragraphs.encode()) + 1
    body = "\n\n".join([paragraphs] * repeats)
    cut = body.rfind("\n\n", 0, wanted)
    article = seeds.iloc[:1].copy()
    article["body"] = body[:cut if cut > 0 else wanted]
    return article


def ordinary_articles(megabytes: float):
    """Synthetic articles of ordinary length holding about ``megabytes`` MB of body text."""
    import tempfile

    from newsframe import load_corpus

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import synthetic

    folder = Path(tempfile.mkdtemp(prefix="bench-huge-"))
    sample = load_corpus(synthetic.write_corpus(folder / "sample", 50, seed=1))
    per_article = sum(len(b.encode()) for b in sample["body"]) / len(sample) / 2**20
    return load_corpus(synthetic.write_corpus(folder / "corpus",
                                              max(1, round(megabytes / per_article)), seed=1))


def measure(megabytes: float, reference: bool = False) -> dict:
    """CPU seconds per table for one article of ``megabytes`` MB (run in the child), or
    with ``reference`` for ordinary articles holding as many MB."""
    from newsframe.annotate import tables as pipeline

    pipeline.annotate(huge_article(0.01))  # imports, lexicons, compiled patterns
    article = ordinary_articles(megabytes) if reference else huge_article(megabytes)
    timings: dict = {}
    wall, cpu = time.perf_counter(), time.process_time()
    result = pipeline.annotate(article, timings=timings)
    return {
        "articles": len(article),
        "megabytes": sum(len(body.encode()) for body in article["body"]) / 2**20,
        "cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall,
        "tables": timings, "rows": {name: len(table) for name, table in result.items()},
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _child(megabytes: float, reference: bool = False) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", str(megabytes)]
                         + (["--reference"] if reference else []),
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def profile(megabytes: float, top: int = 30) -> None:
    from newsframe.annotate import tables as pipeline

    pipeline.annotate(huge_article(0.01))
    article = huge_article(megabytes)
    profiler = cProfile.Profile()
    profiler.enable()
    pipeline.annotate(article)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)


def report(runs: list[dict]) -> str:
    names = list(runs[0]["tables"])
    lines = ["| MB | articles | " + " | ".join(f"{name} s" for name in names)
             + " | total CPU s | s/MB | wall s | peak MB |",
             "|---:|---:|" + "---:|" * (len(names) + 4)]
    for run in runs:
        lines.append(f"| {run['megabytes']:.1f} | {run['articles']:,} | "
                     + " | ".join(f"{run['tables'][name]:.1f}" for name in names)
                     + f" | {run['cpu']:.1f} | {run['cpu'] / run['megabytes']:.2f}"
                     f" | {run['wall']:.1f} | {run['peak_mb']:,.0f} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--ratio", type=float, default=1.5,
                        help="largest allowed s/MB of the largest size over the smallest")
    parser.add_argument("--check", action="store_true", help="exit 1 if not linear")
    parser.add_argument("--profile", type=float, metavar="MB")
    parser.add_argument("--reference", action="store_true",
                        help="also time ordinary articles holding the smallest size's MB")
    parser.add_argument("--child", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        print(json.dumps(measure(args.child, args.reference)))
        return 0
    if args.profile is not None:
        profile(args.profile)
        return 0
    runs = []
    for megabytes in sorted(args.sizes):
        runs.append(_child(megabytes))
        print(f"{runs[-1]['megabytes']:.1f} MB: {runs[-1]['cpu']:.1f} CPU s "
              f"({runs[-1]['cpu'] / runs[-1]['megabytes']:.2f} s/MB)", flush=True)
    if args.reference:
        ordinary = _child(min(args.sizes), reference=True)
        print(f"ordinary articles: {ordinary['articles']:,} holding "
              f"{ordinary['megabytes']:.1f} MB: {ordinary['cpu']:.1f} CPU s "
              f"({ordinary['cpu'] / ordinary['megabytes']:.2f} s/MB)")
        runs = [ordinary, *runs]
    print(report(runs))
    huge = [run for run in runs if run["articles"] == 1]
    first, last = (run["cpu"] / run["megabytes"] for run in (huge[0], huge[-1]))
    linear = last <= args.ratio * first
    print(f"s/MB {first:.2f} at {huge[0]['megabytes']:.1f} MB, {last:.2f} at "
          f"{huge[-1]['megabytes']:.1f} MB: ratio {last / first:.2f} "
          f"({'linear' if linear else 'NOT linear'}; limit {args.ratio})")
    return 1 if args.check and not linear else 0


if __name__ == "__main__":
    sys.exit(main())
