"""Output folders hold one whole build: the lock, staging and moving into place, leftovers of
killed runs, and SIGTERM (the last two with real `newsframe` processes)."""

import json
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from newsframe import paths
from newsframe.publish import kernels
from newsframe.store import builds
from newsframe.store.engines import write_tables

NEWSFRAME = str(Path(sys.executable).with_name("newsframe"))  # the installed console script


def _wait_for(condition, seconds=240, process=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        if process is not None and process.poll() is not None:
            raise AssertionError(f"exited {process.returncode}: {process.stderr.read()[-2000:]}")
        time.sleep(0.05)
    raise AssertionError("timed out")


def _holder(out: Path, seconds: float | None):
    """Another process holding ``out``'s lock for ``seconds`` (None: until its stdin
    closes)."""
    code = textwrap.dedent(f"""
        import sys, time
        from newsframe.store import builds
        with builds.locked({str(out)!r}, "newsframe report --out {out.name} -p lang id"):
            print("locked", flush=True)
            time.sleep({seconds}) if {seconds is not None} else sys.stdin.read()
    """)
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                               stdin=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "locked"
    return process


def test_a_second_run_is_refused_naming_the_first_or_waits_for_it(tmp_path):
    out = tmp_path / "reports"
    first = _holder(out, 2)
    with pytest.raises(builds.OutputError) as refused, builds.locked(out):
        pass
    message = str(refused.value)
    assert message.startswith(f"--out {out} is being written by another run (pid {first.pid}, "
                              "started 20")
    assert message.endswith(": newsframe report --out reports -p lang id); wait for it to "
                            "finish or pass --wait")
    started = time.monotonic()
    with builds.locked(out, wait=True):
        waited = time.monotonic() - started
        assert json.loads(builds.lock_path(out).read_text())["pid"] == os.getpid()
    assert waited > 0.5 and first.wait(timeout=30) == 0
    assert list(tmp_path.iterdir()) == []  # the lock file goes with the run


def test_leftovers_of_killed_runs_are_cleaned_and_a_half_swapped_build_put_back(tmp_path):
    dead = 0x3FFFFFF0
    assert not builds.pid_alive(dead)
    out = tmp_path / "tables"
    (tmp_path / f".tables.building-{dead}-aaaa1111" / "claims").mkdir(parents=True)
    (tmp_path / f".tables.building-{dead}-aaaa1111.dask").mkdir()
    old = tmp_path / f".tables.old-{dead}-bbbb2222"
    old.mkdir()
    (old / "tables.json").write_text("the previous build")
    (tmp_path / ".tables.lock").write_text(json.dumps({"pid": dead, "started": "x",
                                                        "command": "killed"}))
    alive = tmp_path / f".tables.building-{os.getpid()}-cccc3333"  # a live run's: kept
    alive.mkdir()
    scratch = Path(tempfile.gettempdir()) / f"{kernels.SCRATCH_PREFIX}{dead}-zz"
    scratch.mkdir(exist_ok=True)
    with builds.locked(out):  # a stale lock file is no lock: it is taken
        # killed between the two renames: the old build is the folder again
        assert (out / "tables.json").read_text() == "the previous build"
        assert sorted(p.name for p in tmp_path.iterdir()) == [
            alive.name, ".tables.lock", "tables"]
    assert f"{kernels.SCRATCH_PREFIX}{dead}-zz" in kernels.clean_stale_scratch()
    assert not scratch.exists()


def test_entries_a_killed_commit_was_carrying_go_back(tmp_path):
    dead = 0x3FFFFFF0
    out = tmp_path / "reports"
    out.mkdir()
    staging = tmp_path / f".reports.building-{dead}-aaaa1111"
    (staging / "tables").mkdir(parents=True)
    (staging / "notes.txt").write_text("mine")
    (staging / ".carried").write_text("tables\nnotes.txt")
    assert builds.clean_stale(out) == [staging.name]
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt", "tables"]


def test_a_build_replaces_the_last_one_whole_and_keeps_what_no_build_wrote(tmp_path):
    out = tmp_path / "reports"
    out.mkdir()
    (out / "notes.txt").write_text("a user's file, there before any build")
    with builds.locked(out), builds.staged(out) as staging:
        for name in ("index.html", "00_a.html", "tables"):
            (staging / name).write_text("first")
    (out / "later.txt").write_text("added after the first build")
    with pytest.raises(RuntimeError), builds.locked(out), builds.staged(out) as staging:
        (staging / "index.html").write_text("broken")
        raise RuntimeError("the build failed")
    assert (out / "index.html").read_text() == "first"  # a failed build changes nothing
    with builds.locked(out), builds.staged(out, keep=["tables"]) as staging:
        for name in ("index.html", "01_b.html"):
            (staging / name).write_text("second")
    # 00_a.html was the first build's: gone; tables kept as asked; the users' files carried
    assert sorted(p.name for p in out.iterdir()) == [
        ".newsframe-build.json", "01_b.html", "index.html", "later.txt", "notes.txt", "tables"]
    assert {(out / n).read_text() for n in ("index.html", "01_b.html")} == {"second"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]


def test_annotate_refuses_an_output_another_annotate_is_writing(tmp_path):
    out = tmp_path / "tables"
    holder = _holder(out, 30)
    try:
        started = time.monotonic()
        result = subprocess.run([NEWSFRAME, "annotate", str(paths.SEEDS), "--out", str(out)],
                                capture_output=True, text=True, timeout=120)
        assert time.monotonic() - started < 20
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"newsframe annotate: --out {out} is being written by another run (pid {holder.pid}, "
        f"started {json.loads((tmp_path / '.tables.lock').read_text())['started']}: "
        "newsframe report --out tables -p lang id); wait for it to finish or pass --wait")


def _report(*arguments):
    return subprocess.Popen([NEWSFRAME, "report", *map(str, arguments)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_reports_into_one_folder_the_second_refused_and_the_first_whole(tmp_path):
    """`make report`'s layout: tables annotated into reports/tables, reports built from them
    into reports/ (the tables folder is kept when the build moves into place)."""
    out = tmp_path / "reports"
    write_tables([paths.SEEDS], out / "tables", progress=None)
    (out / "notes.txt").write_text("mine")
    first = _report("--tables", out / "tables", "--out", out)
    _wait_for(lambda: list(tmp_path.glob(f".reports.building-{first.pid}-*")), process=first)
    second = subprocess.run([NEWSFRAME, "report", "--out", str(out), "-p", "lang", "id"],
                            capture_output=True, text=True, timeout=120)
    assert second.returncode == 2
    lines = second.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in second.stderr
    assert lines[0].startswith(f"newsframe report: --out {out} is being written by another "
                               f"run (pid {first.pid}, started ")
    assert f"newsframe report --tables {out / 'tables'} --out {out})" in lines[0]
    _, stderr = first.communicate(timeout=600)
    assert first.returncode == 0, stderr[-3000:]
    names = [p.stem for p in reports_notebooks()]
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [".newsframe-build.json", "index.html", "notes.txt", "tables"]
        + [f"{n}{suffix}" for n in names for suffix in (".ipynb", ".html", ".briefing.html")])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]
    assert (out / "tables" / "tables.json").is_file()


def reports_notebooks():
    from newsframe.publish.reports import discover_notebooks

    return discover_notebooks()


def _runtime_files() -> set:
    from jupyter_core.paths import jupyter_runtime_dir

    return set(Path(jupyter_runtime_dir()).glob("kernel-*.json"))


def test_sigterm_leaves_the_previous_build_and_nothing_else(tmp_path):
    out = tmp_path / "reports"
    out.mkdir()
    (out / "index.html").write_text("the previous build")
    (out / ".newsframe-build.json").write_text(json.dumps({"entries": ["index.html"]}))
    runtime_before = _runtime_files()
    run = _report("--corpus", paths.SEEDS, "--out", out, "--warm-kernels")  # server too
    staged = _wait_for(lambda: [p for p in tmp_path.glob(f".reports.building-{run.pid}-*")
                                if (p / "00_corpus.ipynb").exists()], process=run)
    scratch = list(Path(tempfile.gettempdir()).glob(f"{kernels.SCRATCH_PREFIX}{run.pid}-*"))
    assert scratch and staged  # the kernel server runs and notebooks are being executed
    started = builds._descendants(run.pid)
    assert len(started) >= 2  # the kernel server and a kernel at least
    os.kill(run.pid, signal.SIGTERM)
    _, stderr = run.communicate(timeout=60)
    assert run.returncode == 143, stderr[-2000:]
    assert stderr.strip().splitlines()[-1] == ("newsframe: stopped by signal SIGTERM; "
                                               "temporary files removed")
    assert "Traceback" not in stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]
    assert sorted(p.name for p in out.iterdir()) == [".newsframe-build.json", "index.html"]
    assert (out / "index.html").read_text() == "the previous build"
    assert not [p for p in scratch if p.exists()]
    time.sleep(0.5)
    assert not [pid for pid in started if builds.pid_alive(pid)]
    assert _runtime_files() <= runtime_before


def test_annotate_with_wait_waits_for_the_other_run_then_writes(tmp_path):
    out = tmp_path / "tables"
    holder = _holder(out, None)
    run = subprocess.Popen([NEWSFRAME, "annotate", str(paths.SEEDS), "--out", str(out),
                            "--wait"], stderr=subprocess.PIPE, text=True)
    assert run.stderr.readline().startswith(f"newsframe: waiting for the run writing {out} "
                                            f"(pid {holder.pid}, started ")
    assert not (out / "tables.json").exists()
    holder.stdin.close()
    assert holder.wait(timeout=30) == 0
    _, stderr = run.communicate(timeout=240)
    assert run.returncode == 0, stderr[-2000:]
    assert json.loads((out / "tables.json").read_text())["rows"]["articles"] == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tables"]


def test_sigterm_stops_a_dask_annotation_leaving_the_previous_tables(tmp_path):
    from benchmarks import synthetic

    corpus = synthetic.write_corpus(tmp_path / "corpus", 400, seed=3)
    out = tmp_path / "tables"
    write_tables([paths.SEEDS], out, progress=None)
    before = (out / "tables.json").read_text()
    run = subprocess.Popen([NEWSFRAME, "annotate", str(corpus), "--out", str(out), "--engine",
                            "dask", "--workers", "2", "--partition-size", "20"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    staged = _wait_for(lambda: [p for p in tmp_path.glob(f".tables.building-{run.pid}-*")
                                if list(p.glob("claims/part-*.parquet"))], process=run)
    assert staged and list(tmp_path.glob(f".tables.building-{run.pid}-*.dask"))
    workers = builds._descendants(run.pid)
    assert len(workers) >= 2  # the cluster's processes
    os.kill(run.pid, signal.SIGTERM)
    _, stderr = run.communicate(timeout=60)
    assert run.returncode == 143, stderr[-2000:]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "tables"]
    assert (out / "tables.json").read_text() == before
    time.sleep(0.5)
    assert not [pid for pid in workers if builds.pid_alive(pid)]


def test_a_symlinked_output_folder_keeps_its_link(tmp_path):
    target = tmp_path / "disk" / "reports"
    target.mkdir(parents=True)
    (tmp_path / "reports").symlink_to(target)
    for build in ("first", "second"):
        with builds.locked(tmp_path / "reports"), builds.staged(tmp_path / "reports") as staged:
            (staged / "index.html").write_text(build)
    assert (tmp_path / "reports").is_symlink()
    assert (target / "index.html").read_text() == "second"
    assert sorted(p.name for p in (tmp_path / "disk").iterdir()) == ["reports"]
