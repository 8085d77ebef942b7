"""Every shell example of README.md runs as written (from the project root, outputs moved to
a temporary folder): the newsframe and papermill commands for real, make targets as a dry
run (they build or serve for minutes). A report command without ``--out`` gets one."""

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsframe import paths

BIN = Path(sys.executable).parent
# examples that name the reader's own things: what the test puts in their place
BIG_CORPUS = "big_corpus/"  # a copy of the seeds (a real folder, a real Dask LocalCluster)
PARAMS_FILE = "params.yaml"  # written below
NEEDS_A_CLUSTER = "--scheduler"  # an existing Dask cluster: not available in a test

pytestmark = pytest.mark.notebook


def readme_commands() -> list[str]:
    """The lines of README.md's plain fenced blocks (``` without a language)."""
    commands, fence = [], None  # fence: the language of the open block, None outside one
    for line in (paths.ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fence = line[3:].strip() if fence is None else None
        elif fence == "" and line.strip():
            commands.append(line.split("  #")[0].strip())
    return commands


def test_the_readme_has_the_examples_this_test_runs():
    commands = readme_commands()
    assert "make report" in commands and "make test" in commands and "make lab" in commands
    assert any("-p lang id -p outlets" in c for c in commands)
    assert any(c.startswith(".venv/bin/papermill") for c in commands)
    assert all(c.startswith((".venv/bin/newsframe", ".venv/bin/papermill", "make "))
               for c in commands), commands


def _runnable(command: str, tmp: Path) -> list[str]:
    words = shlex.split(command)
    words[0] = str(BIN / words[0].removeprefix(".venv/bin/"))
    moved = []
    for index, word in enumerate(words):
        before = words[index - 1] if index else ""
        if before == "--out" or word.endswith(".ipynb") and index > 1 and \
                words[index - 1].endswith(".ipynb"):
            word = str(tmp / word)  # outputs go to the temporary folder
        elif before in ("--tables", "--review"):
            word = str(tmp / word)  # tables or a review file an earlier example wrote there
        elif word == BIG_CORPUS:
            word = str(tmp / "big_corpus")
        elif word == PARAMS_FILE:
            word = str(tmp / PARAMS_FILE)
        moved.append(word)
    return moved


def test_every_readme_command_runs(tmp_path):
    shutil.copytree(paths.SEEDS, tmp_path / "big_corpus")
    (tmp_path / PARAMS_FILE).write_text("corpus_dir: seeds\nlang: id\noutlets: [NEWSLIVE]\n")
    ran = []
    for number, command in enumerate(readme_commands()):
        if NEEDS_A_CLUSTER in command:
            continue
        if command.startswith("make "):
            words = ["make", "-n", *command.split()[1:]]
        else:
            words = _runnable(command, tmp_path)
            if words[1] == "report" and "--out" not in words:  # the default, reports/
                words += ["--out", str(tmp_path / f"reports_{number}")]
        result = subprocess.run(words, cwd=paths.ROOT, capture_output=True, text=True,
                                timeout=900)
        assert result.returncode == 0, f"{command}\n{result.stderr[-3000:]}"
        ran.append(command)
        if words[1] == "report":  # a report build: every notebook ran, none failed
            out = Path(words[words.index("--out") + 1])
            assert "failed:" not in (out / "index.html").read_text(encoding="utf-8"), command
            for page in out.glob("*.briefing.html"):
                assert "Traceback" not in page.read_text(encoding="utf-8"), (command, page)
    assert len(ran) == len(readme_commands()) - 1  # all but the one needing a cluster
