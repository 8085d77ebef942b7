"""The benchmark scripts still run (on the seeds; their numbers live in docs/PERFORMANCE.md)."""

import gc
import importlib.util
import sys

from newsframe import paths


def _script(name: str):
    folder = paths.ROOT / "benchmarks"
    sys.path.insert(0, str(folder))
    try:
        spec = importlib.util.spec_from_file_location(f"bench_{name}", folder / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(folder))


def test_annotation_benchmark_measures_every_stage_on_the_seeds():
    bench = _script("bench_annotate")
    try:
        result = bench.measure(paths.SEEDS, repeat=2)
    finally:
        gc.unfreeze()
    assert result["size"] == 5 and result["repeat"] == 2 and not result["missing"]
    assert result["rows"] == {"load": 5, "claims": 20, "events": 42, "attributions": 59,
                              "frames": 243}
    assert set(result["seconds"]) == {"load", "claims", "events", "attributions", "frames"}
    assert "| 5 |" in bench.render([result])


def test_report_benchmark_floor_notebooks(tmp_path):
    bench = _script("bench_report")
    plain = bench.write_trivial_notebooks(tmp_path / "plain", 2)
    importing = bench.write_trivial_notebooks(tmp_path / "imports", 2, bench.STACK_IMPORTS)
    assert [p.name for p in plain] == ["00_trivial.ipynb", "01_trivial.ipynb"]
    assert "import pandas" not in plain[0].read_text("utf-8")
    assert "import matplotlib.pyplot" in importing[1].read_text("utf-8")


def test_report_benchmark_floor_is_stock_papermill_and_nbconvert(tmp_path):
    bench = _script("bench_report")
    assert "newsframe" not in bench._FLOOR_SCRIPT  # the floor does not move with our runner
    bench.write_trivial_notebooks(tmp_path / "plain", 2)
    assert bench.time_floor(tmp_path / "plain", tmp_path / "out") > 0
    assert sorted(p.name for p in (tmp_path / "out").glob("*.html")) == [
        "00_trivial.briefing.html", "00_trivial.html", "01_trivial.briefing.html",
        "01_trivial.html"]
    briefing = (tmp_path / "out" / "01_trivial.briefing.html").read_text("utf-8")
    assert "seeds" in briefing and "print(corpus_dir)" not in briefing  # output, no code
