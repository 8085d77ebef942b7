"""Report runner: real papermill + nbconvert runs, index, offline and safe HTML in Chromium."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import papermill
import pytest

from newsframe import paths
from newsframe.publish import reports


def test_declared_types_follow_the_annotations():
    types = reports.declared_types(reports.discover_notebooks())
    assert types["lang"] == "str" and types["outlets"] == "Optional[list]"
    assert types["top_n"] == "int" and types["include_vague"] == "bool"


def test_shared_parameters_have_one_annotation_in_every_notebook():
    seen: dict[str, set] = {}
    for notebook in reports.discover_notebooks():
        for name, info in reports.declared_parameters(notebook).items():
            seen.setdefault(name, set()).add(info["inferred_type_name"])
    assert {name: kinds for name, kinds in seen.items() if len(kinds) > 1} == {}


def test_every_parameter_line_is_seen_by_papermill():
    for notebook in reports.discover_notebooks():
        source = next(c.source for c in nbformat.read(notebook, as_version=4).cells
                      if "parameters" in c.metadata.get("tags", []))
        names = [line.split(":", 1)[0] for line in source.splitlines() if line.strip()]
        assert list(papermill.inspect_notebook(str(notebook))) == names, notebook.name


def test_unknown_parameter_names_the_valid_ones():
    notebooks = reports.discover_notebooks()
    with pytest.raises(reports.ReportError, match=r"unknown parameter\(s\) colour; valid "
                       r"parameters: .*corpus_dir.*lang"):
        reports.check_parameters(notebooks, {"colour": "red"})
    subsets = reports.check_parameters(notebooks, {"lang": "id", "corpus_dir": "x"})
    assert all(subset["lang"] == "id" for subset in subsets.values())


def test_failing_notebook_is_named_with_its_cell(tmp_path):
    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell('corpus_dir: str = "seeds"  # corpus', metadata={
            "tags": ["parameters"]}),
        nbformat.v4.new_code_cell("x = 1"),
        nbformat.v4.new_code_cell("raise ValueError('bad parameter value')"),
    ])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                       "language": "python"}
    source = tmp_path / "nb" / "09_broken.ipynb"
    source.parent.mkdir()
    nbformat.write(notebook, source)
    with pytest.raises(reports.ReportError, match=r"09_broken.ipynb: cell \d+ \(\"raise "
                       r"ValueError\('bad parameter value'\)\"\) raised ValueError: bad "
                       r"parameter value"):
        reports.build_reports(paths.SEEDS, tmp_path / "out", notebooks=[source])
    index = (tmp_path / "out" / "index.html").read_text()
    assert "failed: 09_broken.ipynb" in index
    assert (tmp_path / "out" / "09_broken.html").exists()


def _one_cell_notebook(tmp_path, name: str, code: str) -> Path:
    """A python3 notebook of one code cell in ``tmp_path/nb`` (and an empty ``tmp_path/out``)."""
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code)])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                       "language": "python"}
    source = tmp_path / "nb" / name
    source.parent.mkdir()
    nbformat.write(notebook, source)
    (tmp_path / "out").mkdir()
    return source


def test_the_kernel_keeps_its_tornado_log_quiet_and_binds_no_name(tmp_path):
    # ipykernel gives tornado a handler on the standard error; a shutdown race on the control
    # stream once logged an ERROR traceback there, in the middle of the build's own lines
    source = _one_cell_notebook(tmp_path, "quiet.ipynb", (
        "import logging\n"
        "print(logging.getLogger('tornado.application').getEffectiveLevel(), len(dir()) > 0, "
        "'__import__' in In[0])"))
    executed, error, _ = reports.execute_notebook(source, tmp_path / "out", {})
    cell = nbformat.read(executed, as_version=4).cells[0]
    assert error == "" and cell.execution_count == 1
    assert cell.outputs[0]["text"] == "50 True False\n"


@pytest.mark.parametrize("warm", [False, True])
def test_what_a_kernel_process_writes_itself_stays_out_of_the_build_output(tmp_path, capfd, warm):
    # libzmq can print "Assertion failed: ..." as a kernel exits, after ipykernel gave the
    # process its standard error back: it once came between a build's own lines
    from newsframe.publish import kernels

    source = _one_cell_notebook(tmp_path, "exits.ipynb", (
        "import atexit, os\n"
        "atexit.register(os.write, 2, b'Assertion failed: ok (src/mailbox.cpp:99)\\n')\n"
        "print('ran')"))
    with kernels.kernel_server(enabled=warm, preload=("ipykernel.kernelapp",),
                               folder=source.parent):
        executed, error, _ = reports.execute_notebook(source, tmp_path / "out", {}, warm=warm)
    assert error == ""
    assert nbformat.read(executed, as_version=4).cells[0].outputs[0]["text"] == "ran\n"
    assert "Assertion failed" not in "".join(capfd.readouterr())


def test_a_failed_notebook_says_what_its_kernel_said_last(tmp_path, monkeypatch):
    logs = []

    def execute(source, output, config, **kwargs):  # the kernel writes its log, then dies
        log = Path(config.ReportKernelManager.stderr_log)
        logs.append(log)
        log.write_text("[IPKernelApp] WARNING | plain TCP\nAssertion failed: ok (mailbox.cpp:99)\n")
        raise RuntimeError("Kernel died")

    monkeypatch.setattr(papermill, "execute_notebook", execute)
    _, error, _ = reports.execute_notebook(paths.NOTEBOOKS / "00_corpus.ipynb", tmp_path, {})
    assert error == ("00_corpus.ipynb: RuntimeError: Kernel died (the kernel's last words: "
                     "Assertion failed: ok (mailbox.cpp:99))")
    assert len(logs) == 1 and not logs[0].exists()  # read, then removed


def test_table_outputs_join_stream_pieces_and_mask_volatile_parts(tmp_path):
    from nbformat.v4 import new_code_cell, new_notebook, new_output

    def notebook(*pieces):
        cell = new_code_cell("print(...)", outputs=[
            new_output("stream", name="stdout", text=piece) for piece in pieces] + [
            new_output("execute_result", data={"text/plain": "<x at 0x7f3a9c2b10d0>"},
                       execution_count=1)])
        path = tmp_path / f"{len(pieces)}.ipynb"
        nbformat.write(new_notebook(cells=[cell]), path)
        return path

    # the kernel may cut one printed text into stream messages anywhere
    one, two = notebook("a took 1.5 s\nb\n"), notebook("a took 1.", "5 s\n", "b\n")
    assert reports.table_outputs(one) == reports.table_outputs(two) == [
        "0: a took <masked>\nb\n", "0: <x at <masked>>"]


# ------------------------------------------------------------- full builds (real runs)


@pytest.fixture(scope="module")
def seed_reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed_reports")
    results = reports.build_reports(paths.SEEDS, out)
    return out, results


HOSTILE = "<svg/onload=\"document.body.setAttribute('data-pwned','1')\">"


@pytest.fixture(scope="module")
def hostile_reports(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("hostile_corpus")
    (corpus / "a.txt").write_text(
        f"Judul {HOSTILE} 1.000 kontainer\nJAKARTA, KOMPAS.TV - Gedung Putih pada Jumat "
        f"(13/10/2023) mengatakan Korea Utara mengirim lebih dari 1.000 kontainer {HOSTILE} "
        "ke Rusia, kata Kirby.\n&lt;script&gt;document.title='PWNED'&lt;/script&gt;\n")
    (corpus / "b.txt").write_bytes(b"\x00\x01binary")
    (corpus / "c.txt").write_text("")
    (corpus / "d.txt").write_bytes("Judul “café”\nIsi – berita yang ada di sini.".encode("cp1252"))
    (corpus / "e.txt").write_text("<html><body><h1>Judul</h1><p>Seoul (ANTARA) - Ada 73 gerbong "
                                  "pada Sabtu (14/10/2023).</p><script>document.title='PWNED'"
                                  "</script></body></html>")
    (corpus / "f.txt").write_text((corpus / "a.txt").read_text())
    (corpus / "g.txt").write_text("Judul\n" + "Korea Utara mengirim 1.000 kontainer. " * 8_000)
    pd.DataFrame({
        "article_id": ["a"], "url": ["javascript:document.title='PWNED'"],
        "title": ["<script>document.title='PWNED'</script><img src=x "
                  "onerror=\"document.title='PWNED'\">"],
    }).to_csv(corpus / "manifest.csv", index=False)
    out = tmp_path_factory.mktemp("hostile_reports")
    reports.build_reports(corpus, out)
    return out


def test_seed_build_writes_every_report_and_index(seed_reports):
    out, results = seed_reports
    names = [p.stem for p in reports.discover_notebooks()]
    assert [r.notebook for r in results] == [f"{n}.ipynb" for n in names]
    for name in names:
        for suffix in (".ipynb", ".html", ".briefing.html"):
            assert (out / f"{name}{suffix}").exists(), name + suffix
        briefing = (out / f"{name}.briefing.html").read_text()
        assert "hl-ipython3" not in briefing, name  # no code in the briefing variant
        assert "hl-ipython3" in (out / f"{name}.html").read_text(), name
    index = (out / "index.html").read_text()
    assert "5 articles: 2 readable without warnings, 3 with warnings, 0 unreadable" in index
    assert all(r.summary for r in results)
    assert "pandas" in index and str(paths.SEEDS) in index


def test_pages_name_the_tables_where_the_build_put_them(seed_reports):
    """The build ran in a staging folder; its pages name the tables in the final one."""
    import nbformat
    from papermill.translators import PythonTranslator

    out, _ = seed_reports
    assert (out / "tables" / "tables.json").is_file()
    assert not list(out.parent.glob(f".{out.name}.*"))  # no staging folder or lock left
    for executed in sorted(out.glob("*.ipynb")):
        notebook = nbformat.read(executed, as_version=4)
        injected = next(c.source for c in notebook.cells
                        if "injected-parameters" in c.metadata.get("tags", []))
        assert f"tables_dir = {PythonTranslator.translate(str(out / 'tables'))}" in injected
        assert ".building-" not in (out / f"{executed.stem}.html").read_text(), executed.name
        assert notebook.metadata.papermill.parameters["tables_dir"] == str(out / "tables")


def test_reports_need_no_network(seed_reports):
    out, _ = seed_reports
    for page in out.glob("*.html"):
        text = page.read_text()
        assert not re.search(r"<script[^>]+src=[\"']https?:", text), page.name
        assert not re.search(r"<link[^>]+href=[\"']https?:[^>]+stylesheet", text), page.name


def _chromium_dom(page: Path, tmp_path: Path) -> str:
    chromium = shutil.which("chromium")
    assert chromium, "Debian chromium is not installed: run `make browser`"
    result = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / 'chromium-profile'}",
         "--virtual-time-budget=3000", "--dump-dom", page.resolve().as_uri()],
        capture_output=True, text=True, timeout=90, check=True)
    return result.stdout


def test_seed_reports_render_with_charts_in_chromium(seed_reports, tmp_path):
    out, _ = seed_reports
    for page in sorted(out.glob("*.html")):
        dom = _chromium_dom(page, tmp_path)
        assert "<body" in dom and "Traceback" not in dom, page.name
        if page.name != "index.html" and not page.name.startswith("05_"):
            assert re.search(r'<img[^>]+src="data:image/png;base64,', dom), page.name


def test_hostile_article_runs_no_script_in_chromium(hostile_reports, tmp_path):
    pages = sorted(hostile_reports.glob("*.html"))
    assert len(pages) >= 3
    for page in pages:
        dom = _chromium_dom(page, tmp_path)
        assert 'data-pwned="1"' not in dom, page.name
        assert "<title>PWNED</title>" not in dom, page.name
        assert not re.search(r"<svg[^>]*onload", dom, re.I), page.name
        assert not re.search(r"<img[^>]*onerror", dom, re.I), page.name
        assert not re.search(r"href=\"javascript:", dom, re.I), page.name


def test_hostile_corpus_reports_say_what_is_missing(hostile_reports):
    index = (hostile_reports / "index.html").read_text()
    assert "7 articles: 1 readable without warnings, 4 with warnings, 2 unreadable" in index
    executed = json.loads((hostile_reports / "00_corpus.ipynb").read_text())
    outputs = json.dumps(executed["cells"])
    assert "Traceback" not in outputs


def test_a_notebook_runs_alone_with_plain_papermill(tmp_path):
    papermill_cli = Path(sys.executable).with_name("papermill")
    result = subprocess.run(
        [str(papermill_cli), "notebooks/02_timeline.ipynb", str(tmp_path / "out.ipynb"),
         "-p", "corpus_dir", "seeds", "-p", "outlets", '["Liputan6.com"]', "-p", "lang", "id"],
        cwd=paths.ROOT, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    executed = json.loads((tmp_path / "out.ipynb").read_text())
    assert "Liputan6.com" in json.dumps(executed["cells"])


def test_a_row_that_fails_its_evidence_costs_that_row_not_the_page(tmp_path):
    """Tables in which one event's offsets miss its words: the timeline page is built, the
    row is left out with a line saying so, and the index lists the warning (exit 0)."""
    from newsframe import schema
    from newsframe.store.engines import write_tables

    tables = tmp_path / "tables"
    write_tables([paths.SEEDS], tables, progress=None)
    part = next((tables / "events").glob("part-*.parquet"))
    events = pd.read_parquet(part)
    events.loc[3, "start"] += 1
    events.to_parquet(part, schema=schema.arrow_schema("events"), index=False)
    info = json.loads((tables / "tables.json").read_text())
    info["files"] = {**info["files"], f"events/{part.name}": part.stat().st_size}
    (tables / "tables.json").write_text(json.dumps(info))
    results = reports.build_reports(tables_dir=tables, out_dir=tmp_path / "out",
                                    notebooks=[paths.NOTEBOOKS / "02_timeline.ipynb"])
    assert not results[0].error
    assert len(results[0].warnings) == 1 and "a row of events was left out" in \
        results[0].warnings[0]
    page = (tmp_path / "out" / "02_timeline.briefing.html").read_text("utf-8")
    assert "a row of events was left out" in page
    assert "a row of events was left out" in (tmp_path / "out" / "index.html").read_text()


def test_the_indonesian_index_says_warnings_in_indonesian(tmp_path):
    # the corpus line of an Indonesian index read "...; warnings: no_outlet=2, ..."
    from newsframe.publish.reports import write_index
    from newsframe.read.corpus import load_corpus

    page = write_index([], tmp_path, paths.SEEDS, {"lang": "id"}, load_corpus(paths.SEEDS))
    text = page.read_text("utf-8")
    assert ("5 artikel: 2 terbaca tanpa peringatan, 3 dengan peringatan, 0 tak terbaca; "
            "peringatan: ada tanggal lebih akhir dalam teks (1); tanpa tanggal terbit (1); "
            "tanpa judul (1); hari tidak cocok dengan tanggal (1)") in text
    assert "warnings:" not in text and "no_title" not in text


def test_the_english_index_names_warnings_in_words(tmp_path):
    from newsframe.publish.reports import write_index
    from newsframe.read.corpus import load_corpus

    page = write_index([], tmp_path, paths.SEEDS, {}, load_corpus(paths.SEEDS))
    text = page.read_text("utf-8")
    assert ("warnings: a later date in the text (1); no publication date (1); no headline (1); "
            "weekday does not match the date (1)") in text
    assert "no_title" not in text and "weekday_mismatch" not in text


def test_a_kernel_that_died_before_starting_is_started_again(tmp_path, monkeypatch):
    # jupyter_client picks free ports and the kernel binds them a moment later: another
    # process's kernel may take one in between, and the kernel dies before kernel_info (a
    # build beside another build failed so); nothing ran, so the notebook is started again
    calls = []

    def execute(source, output, **kwargs):
        calls.append(output)
        if len(calls) == 1:
            raise RuntimeError("Kernel died before replying to kernel_info")
        shutil.copy(source, output)

    monkeypatch.setattr(papermill, "execute_notebook", execute)
    notebook = paths.NOTEBOOKS / "00_corpus.ipynb"
    executed, error, _ = reports.execute_notebook(notebook, tmp_path, {})
    assert (error, len(calls), executed.exists()) == ("", 2, True)
    # a kernel that keeps dying, or dies later, is reported as before
    calls.clear()
    monkeypatch.setattr(papermill, "execute_notebook", lambda *a, **k: (calls.append(1), (
        _ for _ in ()).throw(RuntimeError("Kernel died before replying to kernel_info"))))
    _, error, _ = reports.execute_notebook(notebook, tmp_path, {})
    assert (len(calls), error) == (
        reports.KERNEL_STARTS,
        "00_corpus.ipynb: RuntimeError: Kernel died before replying to kernel_info")
    calls.clear()
    monkeypatch.setattr(papermill, "execute_notebook", lambda *a, **k: (calls.append(1), (
        _ for _ in ()).throw(RuntimeError("Kernel died"))))
    _, error, _ = reports.execute_notebook(notebook, tmp_path, {})
    assert (len(calls), error) == (1, "00_corpus.ipynb: RuntimeError: Kernel died")
