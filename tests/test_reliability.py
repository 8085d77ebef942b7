"""Every notebook runs to the end on awkward corpora, and twice gives identical tables
(once in warm kernels, once in kernels started from scratch).

These are real papermill runs of all notebooks (two at a time, as `newsframe report` does).
"""

import json
import shutil

import pytest

from benchmarks import synthetic
from newsframe import paths
from newsframe.publish import kernels, reports


def _tracebacks(out_dir):
    found = []
    for executed in sorted(out_dir.glob("*.ipynb")):
        for cell in json.loads(executed.read_text())["cells"]:
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    found.append(f"{executed.name}: {output.get('ename')}")
    return found


def _build(corpus, out, **options):
    results = reports.build_reports(corpus, out, **options)
    assert not _tracebacks(out)
    assert (out / "index.html").exists()
    return results


def _images(executed) -> list[int]:
    """Per cell, how many images it displayed."""
    return [sum("image/png" in output.get("data", {}) for output in cell.get("outputs", []))
            for cell in json.loads(executed.read_text())["cells"]]


def test_two_runs_warm_and_fresh_kernels_give_identical_tables(tmp_path):
    """Reproducibility, and warm kernels (forked from the kernel server) against kernels
    started from scratch, as a standalone papermill run has them."""
    first, second = tmp_path / "first", tmp_path / "second"
    with kernels.kernel_server() as server:
        _build(paths.SEEDS, first, warm_kernels=True)
    with kernels.kernel_server() as unused:
        _build(paths.SEEDS, second, warm_kernels=False)
    assert (server.forked, unused.forked) == (len(reports.discover_notebooks()), 0)
    for notebook in reports.discover_notebooks():
        one = reports.table_outputs(first / notebook.name)
        two = reports.table_outputs(second / notebook.name)
        differing = [(a[:300], b[:300]) for a, b in zip(one, two, strict=False) if a != b]
        assert one == two, (notebook.name, len(one), len(two), differing[:2])
        assert _images(first / notebook.name) == _images(second / notebook.name), notebook.name
    assert sum(sum(_images(p)) for p in first.glob("*.ipynb")) >= 8  # the charts are there


def test_single_article(tmp_path):
    corpus = tmp_path / "one"
    corpus.mkdir()
    shutil.copy(next(paths.SEEDS.glob("001_*.txt")), corpus)
    results = _build(corpus, tmp_path / "out")
    assert all(r.summary for r in results)


def test_empty_folder_says_there_is_nothing_to_show(tmp_path):
    corpus = tmp_path / "empty"
    corpus.mkdir()
    _build(corpus, tmp_path / "out")
    shown = " ".join(" ".join(reports.table_outputs(p)) for p in (tmp_path / "out").glob(
        "*.ipynb"))
    assert "Nothing to show" in shown


@pytest.mark.parametrize("size", [500])
def test_synthetic_corpus(tmp_path, size):
    corpus = tmp_path / "synthetic"
    synthetic.write_corpus(corpus, size, seed=1)
    results = _build(corpus, tmp_path / "out")
    assert results[0].summary.startswith(f"{size} articles")
