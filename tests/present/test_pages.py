"""Report pages: the title, lab-only cells and widgets left out, and
the real seed build checked in headless Chromium at 1280 px and on A4 (tables fit, no NaN or
``.0`` in a cell, Indonesian headings in the ``id`` build, nothing fetched from the network,
a PDF handout linked from the index)."""

import re

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from newsframe import paths
from newsframe.present import pages
from newsframe.publish import reports

from .chromium_pages import A4_PRINT_WIDTH, Chromium

NOT_SHOWN = re.compile(r"\b(nan|NaN|NaT|None)\b|<NA>")
# 1000.0, 32.0, 1,000.0 or 32,0 (not 1.000, a thousand in Indonesian, nor a version 2.7.0)
FLOAT_INTEGER = re.compile(r"-?(\d+|\d{1,3}(,\d{3})+)\.0|-?(\d+|\d{1,3}(\.\d{3})+),0")


def executed_notebook():
    widget = new_output("display_data", data={
        pages.WIDGET_MIME: {"model_id": "x"}, "text/plain": "VBox()"})
    return new_notebook(
        cells=[new_markdown_cell("# Korpus\n\nApa yang dimuat."),
               new_code_cell("explorer()", metadata={"tags": ["lab-only"]}, outputs=[widget]),
               new_code_cell("display(w)", outputs=[widget])],
        metadata={"widgets": {"state": {}}, "papermill": {"parameters": {"lang": "id"}}})


def test_page_leaves_lab_only_cells_and_widgets_out():
    notebook = executed_notebook()
    page = pages.for_language(notebook)
    assert page.metadata.title == "Korpus" and "widgets" not in page.metadata
    assert [c.source for c in page.cells if c.cell_type == "code"] == ["display(w)"]
    assert page.cells[-1].outputs == []
    assert pages.notebook_lang(notebook) == "id"
    assert len(notebook.cells) == 3  # the executed notebook itself is not changed


# ------------------------------------------------------------- real builds in Chromium


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The seed reports in Indonesian (with the PDF handout) and in English."""
    out = tmp_path_factory.mktemp("pages")
    tables = out / "tables"
    from newsframe.store.engines import write_tables

    write_tables([paths.SEEDS], tables)
    reports.build_reports(paths.SEEDS, out / "id", {"lang": "id"}, tables_dir=tables, pdf=True)
    reports.build_reports(paths.SEEDS, out / "en", {"lang": "en"}, tables_dir=tables)
    return out


@pytest.fixture(scope="module")
def browser():
    chromium = Chromium()
    yield chromium
    chromium.close()


def _pages(folder):
    """The briefing and full pages and the index."""
    return sorted(folder.glob("*.html"))


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("width", "media"), [(1280, "screen"), (A4_PRINT_WIDTH, "print")])
def test_pages_fit_show_no_raw_values_and_fetch_nothing(built, browser, lang, width, media):
    for page in _pages(built / lang):
        found = browser.measure(page, width, media)
        name = f"{page.name} {lang} {width}px {media}"
        remote = [url for url in found["requests"] if not url.startswith("file:")]
        assert remote == [], name
        assert found["scrollWidth"] <= found["width"], name  # nothing sticks out sideways
        for table in found["tables"]:
            assert table["right"] <= found["width"], (name, table)
        assert all(right <= found["width"] for right in found["images"]), name
        for cell in found["cells"]:
            assert not NOT_SHOWN.search(cell), (name, cell)
            assert not FLOAT_INTEGER.fullmatch(cell), (name, cell)
        assert found["lang"] == lang, name
        if page.name != "index.html":
            assert found["title"] == found["headings"][0] != "Notebook", name


def test_indonesian_build_has_indonesian_headings_and_index(built, browser):
    for page in _pages(built / "id"):
        indonesian = browser.measure(page)
        english = browser.measure(built / "en" / page.name)
        shared = set(indonesian["headings"]) & set(english["headings"])
        assert not shared, (page.name, shared)
    headings = browser.measure(built / "id" / "00_corpus.briefing.html")["headings"]
    assert headings[:2] == ["Isi korpus", "1. Artikel"]  # sections numbered as shown
    last = browser.measure(built / "id" / "04_briefing.briefing.html")["headings"]
    assert last[-1] == f"{len(last) - 1}. Batasan"
    index = (built / "id" / "index.html").read_text("utf-8")
    assert "<h1>Laporan newsframe</h1>" in index and "5 artikel:" in index


def test_pdf_handout_printed_and_linked(built):
    index = (built / "id" / "index.html").read_text("utf-8")
    for page in sorted((built / "id").glob("*.briefing.html")):
        pdf = page.with_suffix(".pdf")
        assert pdf.read_bytes()[:5] == b"%PDF-", pdf.name
        assert f'href="{pdf.name}"' in index
    assert "handout PDF" in index
    assert not list((built / "en").glob("*.pdf"))  # only with pdf=True


def test_read_articles_takes_the_shared_selection(built, tmp_path):
    """Notebook 05 selects articles with the shared outlets/start/end, like the others."""
    import papermill

    executed = tmp_path / "05.ipynb"
    papermill.execute_notebook(
        str(paths.NOTEBOOKS / "05_read_articles.ipynb"), str(executed), kernel_name="python3",
        parameters={"tables_dir": str(built / "tables"), "outlets": ["KompasTV", "NEWSLIVE"],
                    "start": "2022-11-01", "end": "2022-12-31", "lang": "id"},
        progress_bar=False, cwd=str(paths.NOTEBOOKS))
    summary = next(c for c in nbformat.read(executed, as_version=4).cells
                   if "summary" in c.metadata.get("tags", []))
    assert summary.outputs[0]["text"].startswith("1 artikel ditampilkan dengan ")  # KompasTV
