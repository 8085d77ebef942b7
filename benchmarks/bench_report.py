"""Report build time: ``newsframe report`` against the floor, and on 5,000 articles.

    .venv/bin/python benchmarks/bench_report.py                 # seeds vs floor, then 5,000
    .venv/bin/python benchmarks/bench_report.py --repeat 3      # more runs (minimum kept)
    .venv/bin/python benchmarks/bench_report.py --skip-large    # seeds vs floor only
    .venv/bin/python benchmarks/bench_report.py --write-docs    # update PERFORMANCE.md
    .venv/bin/python benchmarks/bench_report.py --skip-large --base /tmp/base  # + a revision
    .venv/bin/python benchmarks/bench_report.py --skip-large --tables DIR  # + report on DIR

The floor is what running N notebooks costs with the stock tools: N trivial notebooks
(title, a ``parameters`` cell, one ``print``) run in one Python process, two at a time, with
plain ``papermill.execute_notebook`` and nbconvert's ``HTMLExporter`` (full and briefing
page) — kernel start-up, papermill and nbconvert, with no analysis and none of newsframe's
own runner. Both the real command and the
floor run as fresh processes (interpreter start-up included) and are timed wall-clock,
alternately, ``--repeat`` times; the minimum of each is kept because the machine is shared
(the 1-minute load average is printed), and each round's ratio to its own floor is printed
too. The report is timed as it runs by default (kernels forked from the kernel server on
Linux) and with ``--fresh-kernels``; ``--base DIR`` (an unpacked other revision, e.g. ``git
archive REV | tar -x -C DIR``) adds that revision's report, by its default and with
``--warm-kernels``, to every round. Target: report ≤ 1.0× floor. The large run builds
the report on 5,000 synthetic articles (benchmarks/generate.py); target < 60 s; ``--tables
DIR`` times ``newsframe report --tables DIR`` once (200,000 articles: target < 120 s).
"""

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402
import perfdoc  # noqa: E402

from newsframe import paths  # noqa: E402
from newsframe.publish.reports import discover_notebooks  # noqa: E402

FLOOR_RATIO = 1.0
LARGE_SIZE = 5_000
LARGE_SECONDS = 60
SECTION = "Report build time"
FAILURES: list[str] = []  # report runs that failed (timed anyway; named in the output)
# The floor is stock papermill and nbconvert, written the plain way and independent of
# newsframe's own runner: a floor measured through our code would get faster (and the ratio
# worse) whenever our runner improved. Exporters are made once per thread and variant.
_FLOOR_SCRIPT = r"""
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
import papermill
from nbconvert import HTMLExporter
out = Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
local = threading.local()
def run(notebook):
    executed = out / notebook.name
    papermill.execute_notebook(str(notebook), str(executed), parameters={"corpus_dir": "seeds"},
                               kernel_name="python3", progress_bar=False)
    if not hasattr(local, "exporters"):
        local.exporters = {exclude: HTMLExporter(template_name="lab", exclude_input=exclude)
                           for exclude in (False, True)}
    for exclude, exporter in local.exporters.items():
        page, _ = exporter.from_filename(str(executed))
        (out / (notebook.stem + (".briefing" if exclude else "") + ".html")).write_text(page)
with ThreadPoolExecutor(max_workers=2) as pool:
    list(pool.map(run, sorted(Path(sys.argv[1]).glob("*.ipynb"))))
"""


# what every report notebook imports before it does anything (the "import floor")
STACK_IMPORTS = "import matplotlib.pyplot as plt\nimport pandas as pd\n\nimport newsframe as nf\n"


def write_trivial_notebooks(folder: Path, count: int, imports: str = "") -> list[Path]:
    """``count`` notebooks shaped like ours (title, parameters cell, one output), no analysis
    (with ``imports``: the same, importing those modules first)."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for index in range(count):
        notebook = new_notebook(cells=[
            new_markdown_cell(f"# Trivial notebook {index}\n\nThe floor of a report build."),
            new_code_cell('corpus_dir: str = "seeds"  # folder of articles',
                          metadata={"tags": ["parameters"]}),
            new_code_cell(imports + "print(corpus_dir)"),
        ])
        notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                           "language": "python"}
        target = folder / f"{index:02d}_trivial.ipynb"
        nbformat.write(notebook, target)
        made.append(target)
    return made


CPU: dict[str, list[float]] = {}  # label -> CPU seconds of each run (command and its kernels)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(command: list[str], allow_failure: bool = False, label: str = "",
         root: Path = paths.ROOT) -> tuple[float, str]:
    started, cpu = time.perf_counter(), _children_cpu()
    env = {**os.environ, "PYTHONPATH": str(root / "lib")} if root != paths.ROOT else None
    done = subprocess.run(command, capture_output=True, text=True, cwd=root, check=False,
                          env=env)
    seconds = time.perf_counter() - started
    CPU.setdefault(label, []).append(_children_cpu() - cpu)
    if done.returncode != 0:
        if not allow_failure:
            raise SystemExit(f"failed: {' '.join(command)}\n{done.stderr[-3000:]}")
        failure = re.search(r"^newsframe report failed: (.*)$", done.stderr, re.M)
        print(f"WARNING: {failure[1] if failure else done.stderr[-500:]}", file=sys.stderr)
        FAILURES.append(failure[1] if failure else "exit code " + str(done.returncode))
    return seconds, done.stderr


def time_report(corpus: Path, out: Path, *options: str, root: Path = paths.ROOT,
                label: str = "") -> tuple[float, dict[str, float]]:
    """Wall time of ``newsframe report`` (of the revision unpacked in ``root``) and the
    per-notebook seconds it printed."""
    seconds, log = _run([sys.executable, "-m", "newsframe.publish.cli", "report", "--corpus",
                         str(corpus), "--out", str(out), *options], allow_failure=True,
                        label=label or " ".join(["report", corpus.name, *options]), root=root)
    return seconds, executed_durations(out)


def executed_durations(out: Path) -> dict[str, tuple[float, str]]:
    """Per executed notebook: papermill's execution time and its slowest cell."""
    import json

    durations = {}
    for executed in sorted(out.glob("*.ipynb")):
        notebook = json.loads(executed.read_text("utf-8"))
        total = notebook["metadata"].get("papermill", {}).get("duration") or float("nan")
        cells = [(cell["metadata"].get("papermill", {}).get("duration") or 0.0,
                  f"cell {index}: " + "".join(cell["source"]).strip()[:50].split("\n")[0])
                 for index, cell in enumerate(notebook["cells"]) if cell["cell_type"] == "code"]
        slowest = max(cells, default=(0.0, ""))
        durations[executed.name] = (total, f"{slowest[0]:.1f} s `{slowest[1]}`")
    return durations


def time_floor(folder: Path, out: Path) -> float:
    """Wall time of the stock script. Its two threads start kernels at once, and
    jupyter_client may give both the same free port; a run whose kernel died before
    replying is run once more (its time and CPU are not counted)."""
    command = [sys.executable, "-c", _FLOOR_SCRIPT, str(folder), str(out)]
    try:
        seconds, _ = _run(command, label=folder.name)
    except SystemExit as failed:
        if "Kernel died before replying to kernel_info" not in str(failed):
            raise
        CPU[folder.name].pop()
        print("WARNING: a stock kernel died at start; the floor is run again", file=sys.stderr)
        seconds, _ = _run(command, label=folder.name)
    return seconds


def count_charts(out: Path) -> dict[str, int]:
    """Embedded images per briefing page (charts render offline as PNG)."""
    return {page.name: page.read_text("utf-8").count("<img")
            for page in sorted(out.glob("*.briefing.html"))}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--skip-large", action="store_true")
    parser.add_argument("--large-size", type=int, default=LARGE_SIZE)
    parser.add_argument("--base", type=Path, help="an unpacked revision to time beside this one")
    parser.add_argument("--tables", type=Path, help="time the report on these tables once")
    parser.add_argument("--write-docs", action="store_true")
    parser.add_argument("--notes", default="", help="extra Markdown for the docs section")
    args = parser.parse_args(argv)

    notebooks = discover_notebooks()
    work = Path(tempfile.mkdtemp(prefix="newsframe-bench-"))
    trivial, importing = work / "trivial", work / "imports"
    write_trivial_notebooks(trivial, len(notebooks))
    write_trivial_notebooks(importing, len(notebooks), STACK_IMPORTS)
    reports, floors, import_floors, per_notebook, loads, charts = [], [], [], {}, [], {}
    fresh, base, base_warm = [], [], []
    for run in range(args.repeat):
        floors.append(time_floor(trivial, work / f"floor_{run}"))
        import_floors.append(time_floor(importing, work / f"imports_{run}"))
        seconds, per_notebook_run = time_report(paths.SEEDS, work / f"seeds_{run}")
        reports.append(seconds)
        fresh.append(time_report(paths.SEEDS, work / f"fresh_{run}", "--fresh-kernels")[0])
        if args.base:
            base.append(time_report(args.base / "seeds", work / f"base_{run}", root=args.base,
                                    label="base")[0])
            base_warm.append(time_report(args.base / "seeds", work / f"base_warm_{run}",
                                         "--warm-kernels", root=args.base,
                                         label="base --warm-kernels")[0])
        loads.append(os.getloadavg()[0])
        if seconds == min(reports):
            per_notebook = per_notebook_run
            charts = count_charts(work / f"seeds_{run}")
        based = (f", base {base[-1]:.1f} s ({base[-1] / floors[-1]:.2f}×), base warm "
                 f"{base_warm[-1]:.1f} s ({base_warm[-1] / floors[-1]:.2f}×)" if base else "")
        print(f"run {run + 1}: floor {floors[-1]:.1f} s, import floor {import_floors[-1]:.1f} s,"
              f" report {seconds:.1f} s ({seconds / floors[-1]:.2f}×), fresh kernels "
              f"{fresh[-1]:.1f} s ({fresh[-1] / floors[-1]:.2f}×){based} (load "
              f"{loads[-1]:.1f})", file=sys.stderr)
    floor, import_floor, report = min(floors), min(import_floors), min(reports)
    ratio = report / floor
    rows = [["seeds (5 articles)", len(notebooks), f"{floor:.1f}", f"{report:.1f}",
             f"{ratio:.2f}×", f"≤ {FLOOR_RATIO}×", "met" if ratio <= FLOOR_RATIO else "NOT met"]]
    cpu_of = {label: min(values) for label, values in CPU.items()}
    anatomy_rows = [
        ["floor: trivial notebooks", f"{floor:.1f}", "1.00×", f"{cpu_of['trivial']:.1f}"],
        ["import floor: trivial notebooks that import pandas, matplotlib.pyplot, newsframe",
         f"{import_floor:.1f}", f"{import_floor / floor:.2f}×", f"{cpu_of['imports']:.1f}"],
        ["`newsframe report` on the seeds (kernels forked from the kernel server: the "
         "default on Linux)", f"{report:.1f}", f"{ratio:.2f}×",
         f"{cpu_of[f'report {paths.SEEDS.name}']:.1f}"],
        ["`newsframe report --fresh-kernels` on the seeds (kernels started by jupyter_client)",
         f"{min(fresh):.1f}", f"{min(fresh) / floor:.2f}×",
         f"{cpu_of[f'report {paths.SEEDS.name} --fresh-kernels']:.1f}"]]
    if base:
        anatomy_rows += [
            ["base revision, its default (stock kernels)", f"{min(base):.1f}",
             f"{min(base) / floor:.2f}×", f"{cpu_of['base']:.1f}"],
            ["base revision `--warm-kernels`", f"{min(base_warm):.1f}",
             f"{min(base_warm) / floor:.2f}×", f"{cpu_of['base --warm-kernels']:.1f}"]]
    anatomy = perfdoc.markdown_table(
        ["run (6 notebooks, two at a time, HTML export)", "wall s (best)", "× floor",
         "CPU s (all processes)"], anatomy_rows)
    if args.tables:
        seconds, _ = _run([sys.executable, "-m", "newsframe.publish.cli", "report", "--tables",
                           str(args.tables), "--out", str(work / "tables_report")],
                          allow_failure=True, label="tables")
        print(f"report on {args.tables}: {seconds:.1f} s wall, {CPU['tables'][-1]:.1f} CPU s "
              f"(load {os.getloadavg()[0]:.1f})", file=sys.stderr)
    large_line, large_notebooks = "", {}
    if not args.skip_large:
        corpus = generate.ensure_corpus(args.large_size)
        large, large_notebooks = time_report(corpus, work / "large")
        charts = count_charts(work / "large")
        rows.append([f"synthetic ({args.large_size:,} articles)", len(notebooks), "",
                     f"{large:.1f}", "", f"< {LARGE_SECONDS} s",
                     "met" if large < LARGE_SECONDS else "NOT met"])
        large_line = f"{args.large_size:,} articles: {large:.1f} s"
    table = perfdoc.markdown_table(
        ["corpus", "notebooks", "floor s", "report s", "ratio", "target", "verdict"], rows)
    names = sorted(set(per_notebook) | set(large_notebooks))
    missing = (float("nan"), "")
    large_headers = ([f"{args.large_size:,} articles s", f"slowest cell ({args.large_size:,})"]
                     if large_notebooks else [])
    breakdown = perfdoc.markdown_table(
        ["notebook", "seeds s", "slowest cell (seeds)", *large_headers, "charts"],
        [[name, f"{per_notebook.get(name, missing)[0]:.1f}", per_notebook.get(name, missing)[1],
          *([f"{large_notebooks.get(name, missing)[0]:.1f}",
             large_notebooks.get(name, missing)[1]] if large_notebooks else []),
          charts.get(name.replace(".ipynb", ".briefing.html"), "")] for name in names])
    failures = ("**Some report runs failed** (timed anyway): " + "; ".join(
        dict.fromkeys(FAILURES))) if FAILURES else ""
    print(table + "\n\n" + anatomy + "\n\n" + failures + "\n\nPer notebook (papermill "
          "execution time, two at a time; slowest cell):\n\n" + breakdown)
    if large_line:
        print("\n" + large_line)
    large_method = ("" if args.skip_large else f" Then the report on {args.large_size:,} "
                    "synthetic articles (`benchmarks/generate.py`, seed 0).")
    if args.write_docs:
        content = f"""
Machine: {perfdoc.machine_description()}.
Code: git {perfdoc.git_revision()}. Load average during the runs:
{", ".join(f"{load:.1f}" for load in loads)} (the machine was shared with other jobs).

Method: `benchmarks/bench_report.py` times `newsframe report --corpus seeds` (a fresh
process: {len(notebooks)} notebooks, two at a time, each executed with papermill and
exported to full and briefing HTML, plus index.html) against the **floor**: the
same number of trivial notebooks (title, parameters cell, one `print`) run in one fresh
process two at a time with stock `papermill.execute_notebook` and nbconvert `HTMLExporter`
(full and briefing page). The floor does not use newsframe's runner, so it does not move when
the runner changes. Wall clock; floor, import floor, report and report with
`--fresh-kernels` alternated, {args.repeat} runs each, minimum kept.{large_method} The
**import floor** is the same trivial notebooks with one more thing every report notebook
must do: import pandas, matplotlib.pyplot and newsframe in its kernel. CPU is the user +
system time of the command and all its processes (minimum over the runs).

{table}

{anatomy}

Per notebook (papermill's execution time of each notebook inside the command — HTML export
not included — two at a time, and its slowest cell; charts = embedded images in the briefing
page of the largest corpus run):

{breakdown}

{failures}

{args.notes}
"""
        perfdoc.replace_section(SECTION, content)
    return 0


if __name__ == "__main__":
    sys.exit(main())
