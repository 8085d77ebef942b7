"""Write synthetic corpora (1k, 10k, 100k articles) to benchmarks/out/ for the benchmarks.

    .venv/bin/python benchmarks/generate.py                # 1k, 10k and 100k
    .venv/bin/python benchmarks/generate.py --sizes 1000   # just 1k
    .venv/bin/python benchmarks/generate.py --force        # regenerate existing folders

Each corpus goes to ``benchmarks/out/synthetic_<size>/`` (gitignored). A folder that already
holds the expected number of files for the same seed is left alone.
"""

import argparse
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402 - the generator lives beside the benchmarks

OUT = Path(__file__).resolve().parent / "out"
SIZES = (1_000, 10_000, 100_000)


def corpus_folder(size: int, seed: int = 0, out: Path = OUT) -> Path:
    """Where the corpus of ``size`` articles lives (seed 0 is the default name)."""
    suffix = "" if seed == 0 else f"_seed{seed}"
    return out / f"synthetic_{size}{suffix}"


def ensure_corpus(size: int, seed: int = 0, out: Path = OUT, force: bool = False) -> Path:
    """Write the corpus unless a complete one is already there; return its folder."""
    folder = corpus_folder(size, seed, out)
    stamp = folder / ".complete"
    if stamp.exists() and not force:
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    started = time.perf_counter()
    synthetic.write_corpus(folder, size, seed=seed)
    stamp.write_text(f"{size} articles, seed {seed}\n")
    megabytes = sum(p.stat().st_size for p in folder.glob("*.txt")) / 1e6
    print(f"wrote {size:,} articles ({megabytes:.1f} MB) to {folder} in "
          f"{time.perf_counter() - started:.1f} s", file=sys.stderr)
    return folder


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--force", action="store_true", help="regenerate existing corpora")
    args = parser.parse_args(argv)
    for size in args.sizes:
        print(ensure_corpus(size, args.seed, args.out, args.force))
    return 0


if __name__ == "__main__":
    sys.exit(main())
