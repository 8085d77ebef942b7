"""Are the tables of this working tree identical to those of an earlier revision? Row by row.

    .venv/bin/python benchmarks/compare_tables.py --base f4b9166                # the seeds
    .venv/bin/python benchmarks/compare_tables.py --base f4b9166 seeds ../shared/realworld-dev \\
        synthetic:2000 synthetic:300:7 huge:0.5
    .venv/bin/python benchmarks/compare_tables.py --base f4b9166 --engine dask --partition-size 50

Each corpus is annotated twice with the real command, ``newsframe annotate CORPUS --out DIR``:
once by the code of revision ``--base`` (``git archive`` of it, with its own data/, run with
``PYTHONPATH`` pointing at its lib/) and once by this working tree. Then every Parquet table
(articles, claims, events, attributions, frames, headlines, chains, outlets) of the two
builds is compared: the same columns, dtypes and rows in the same order, every cell equal
(``pandas.testing.assert_frame_equal``, exact). With ``--claims`` the CSV that
``newsframe claims CORPUS`` prints is compared too, byte for byte (it runs the claims
extraction on its own, outside the table pipeline). The first differing rows are printed.
Exit 1 on any difference.

Corpora: a folder or file (read in place, never copied: ``../shared/realworld-dev`` stays where
it is), ``synthetic:N[:SEED]`` (``benchmarks/synthetic.py``, written to benchmarks/out/) or
``huge:MB`` (one article of that many MB: the seed bodies repeated, as bench_huge.py makes
it). The base revision's builds are kept in benchmarks/out/compare/ and reused.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = generate.OUT / "compare"
NEWSFRAME = Path(sys.executable).with_name("newsframe")
TABLES = ("articles", "claims", "events", "attributions", "frames", "headlines", "chains",
          "outlets")


def base_tree(revision: str) -> Path:
    """The files of ``revision`` (lib/, data/, seeds/), unpacked once."""
    full = subprocess.run(["git", "-C", str(ROOT), "rev-parse", revision], check=True,
                          capture_output=True, text=True).stdout.strip()
    target = OUT / f"base-{full[:12]}"
    if (target / ".complete").exists():
        return target
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", full, "lib", "data", "seeds"],
                             check=True, capture_output=True).stdout
    with tempfile.TemporaryFile() as handle:
        handle.write(archive)
        handle.seek(0)
        with tarfile.open(fileobj=handle) as tar:
            tar.extractall(target, filter="data")
    (target / ".complete").write_text(full)
    return target


def corpus_path(spec: str) -> Path:
    """The folder of a corpus spec (see the module docstring)."""
    if spec.startswith("synthetic:"):
        parts = spec.split(":")
        return generate.ensure_corpus(int(parts[1]), int(parts[2]) if len(parts) > 2 else 0)
    if spec.startswith("huge:"):
        megabytes = float(spec.split(":")[1])
        folder = OUT / f"huge_{megabytes:g}"
        if not (folder / ".complete").exists():
            from newsframe import load_corpus, paths

            folder.mkdir(parents=True, exist_ok=True)
            bodies = "\n\n".join(load_corpus(paths.SEEDS)["body"])
            first = sorted(paths.SEEDS.glob("*.txt"))[0].read_text("utf-8")
            text = first
            while len(text.encode()) < megabytes * 1e6:
                text += "\n\n" + bodies
            (folder / "huge.txt").write_text(text, encoding="utf-8")
            (folder / ".complete").write_text("done")
        return folder
    path = Path(spec)
    return path if path.is_absolute() else (Path.cwd() / path).resolve()


def annotate(corpus: Path, out: Path, lib: Path | None, options: list[str]) -> float:
    """Run ``newsframe annotate`` (with ``lib`` first on the path, if given); CPU seconds."""
    shutil.rmtree(out, ignore_errors=True)
    environment = dict(os.environ)
    if lib is not None:
        environment["PYTHONPATH"] = str(lib)
    command = [str(NEWSFRAME), "annotate", str(corpus), "--out", str(out), *options]
    before = os.times()
    done = subprocess.run(command, capture_output=True, text=True, env=environment,
                          cwd=tempfile.gettempdir())
    after = os.times()
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{done.stderr[-3000:]}")
    return (after.children_user - before.children_user) + (
        after.children_system - before.children_system)


def claims_csv(corpus: Path, out: Path, lib: Path | None) -> None:
    """Write what ``newsframe claims CORPUS`` prints (CSV) to ``out``."""
    environment = dict(os.environ)
    if lib is not None:
        environment["PYTHONPATH"] = str(lib)
    command = [str(NEWSFRAME), "claims", str(corpus), "--format", "csv", "-o", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, env=environment,
                          cwd=tempfile.gettempdir())
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{done.stderr[-3000:]}")


def compare_lines(old: Path, new: Path, show: int = 5) -> list[str]:
    """Differences between two text files, line by line."""
    before = old.read_text("utf-8").splitlines()
    after = new.read_text("utf-8").splitlines()
    problems = [] if len(before) == len(after) else [
        f"{new.name}: {len(before)} lines before, {len(after)} now"]
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b]
    for index in changed[:show]:
        problems.append(f"  line {index + 1}: {before[index][:300]!r} → {after[index][:300]!r}")
    if changed:
        problems.insert(0, f"{new.name}: {len(changed)} line(s) differ")
    return problems


def compare(old: Path, new: Path, show: int = 5) -> list[str]:
    """Differences between two tables folders (one line per finding)."""
    import pandas as pd

    problems = []
    for name in TABLES:
        parts_old = sorted((old / name).glob("part-*.parquet"))
        parts_new = sorted((new / name).glob("part-*.parquet"))
        if len(parts_old) != len(parts_new):
            problems.append(f"{name}: {len(parts_old)} parts before, {len(parts_new)} now")
        before = pd.read_parquet(old / name)
        after = pd.read_parquet(new / name)
        if list(before.columns) != list(after.columns):
            problems.append(f"{name}: columns {list(before.columns)} → {list(after.columns)}")
            continue
        try:
            pd.testing.assert_frame_equal(before, after, check_exact=True)
        except AssertionError as difference:
            lines = str(difference).splitlines()
            problems.append(f"{name}: {len(before)} rows before, {len(after)} now; "
                            + " ".join(lines[:6]))
            if len(before) == len(after):
                unequal = ~((before == after) | (before.isna() & after.isna())).all(axis=1)
                for index in list(unequal[unequal].index)[:show]:
                    changed = [c for c in before.columns
                               if not _same(before.at[index, c], after.at[index, c])]
                    for column in changed:
                        problems.append(f"  row {index} {column}: {before.at[index, column]!r}"
                                        f" → {after.at[index, column]!r}")
    info_old = json.loads((old / "tables.json").read_text())
    info_new = json.loads((new / "tables.json").read_text())
    for key in ("rows", "skipped_files", "story", "corpus_fingerprint"):
        if info_old.get(key) != info_new.get(key):
            problems.append(f"tables.json {key}: {info_old.get(key)} → {info_new.get(key)}")
    return problems


def _same(old, new) -> bool:
    """One cell unchanged: equal, or missing on both sides (a missing value on one side only
    is a change, not an error)."""
    import numpy as np
    import pandas as pd

    missing = [bool(pd.api.types.is_scalar(cell) and pd.isna(cell)) for cell in (old, new)]
    if any(missing):
        return all(missing)
    return bool(np.all(old == new))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpora", nargs="*", default=["seeds"])
    parser.add_argument("--base", required=True, help="the revision to compare with")
    parser.add_argument("--engine", default="pandas")
    parser.add_argument("--partition-size", type=int, default=500)
    parser.add_argument("--base-engine", help="the base revision's engine (default: --engine)")
    parser.add_argument("--fresh", action="store_true", help="annotate with the base again")
    parser.add_argument("--claims", action="store_true",
                        help="compare what `newsframe claims` prints as well")
    args = parser.parse_args(argv)
    tree = base_tree(args.base)
    failed = False
    for spec in args.corpora:
        corpus = corpus_path(spec)
        label = spec.replace("/", "_").replace(":", "_").strip("._")
        base_options = ["--engine", args.base_engine or args.engine,
                        "--partition-size", str(args.partition_size)]
        options = ["--engine", args.engine, "--partition-size", str(args.partition_size)]
        old = OUT / f"{tree.name}-{label}-{'-'.join(base_options[1::2])}"
        if args.fresh or not (old / "tables.json").exists():
            annotate(corpus, old, tree / "lib", base_options)
        new = OUT / f"now-{label}"
        started = time.perf_counter()
        seconds = annotate(corpus, new, None, options)
        problems = compare(old, new)
        if args.claims:
            if args.fresh or not (old / "claims.csv").exists():
                claims_csv(corpus, old / "claims.csv", tree / "lib")
            claims_csv(corpus, new / "claims.csv", None)
            problems += compare_lines(old / "claims.csv", new / "claims.csv")
        rows = json.loads((new / "tables.json").read_text())["rows"]
        verdict = "identical" if not problems else f"{len(problems)} difference(s)"
        print(f"{spec}: {verdict} ({sum(rows.values()):,} rows in {len(TABLES)} tables; "
              f"{seconds:.1f} CPU s, {time.perf_counter() - started:.1f} s)")
        for problem in problems[:40]:
            print("  " + problem)
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
