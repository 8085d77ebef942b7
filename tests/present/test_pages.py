"""Report pages: the title, lab-only cells and widgets left out, and
the real seed build checked in headless Chromium at 1280 px and on A4 (tables fit, no NaN or
``.0`` in a cell, Indonesian headings in the ``id`` build, nothing fetched from the network,
a PDF handout linked from the index) and its briefing deck walked slide by slide at 1440×900
(the ``id`` build made by ``newsframe report -p lang id --pdf --slides``)."""

import re
import subprocess
import sys

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from newsframe import paths
from newsframe.present import pages
from newsframe.publish import reports

from .chromium_pages import A4_PRINT_WIDTH, Chromium
from .english_words import english_leftovers, kept_names, kept_words, visible_text

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
    """The seed reports in Indonesian (by the command line, with the PDF handout and the
    slides) and in English (with the slides)."""
    out = tmp_path_factory.mktemp("pages")
    tables = out / "tables"
    from newsframe.store.engines import write_tables

    write_tables([paths.SEEDS], tables)
    command = subprocess.run(
        [sys.executable, "-m", "newsframe.publish.cli", "report", "--tables", str(tables),
         "--out", str(out / "id"), "-p", "lang", "id", "--pdf", "--slides"],
        capture_output=True, text=True, timeout=600)
    assert command.returncode == 0, command.stderr[-2000:]
    reports.build_reports(paths.SEEDS, out / "en", {"lang": "en"}, tables_dir=tables,
                          slides=True)
    return out


@pytest.fixture(scope="module")
def browser():
    chromium = Chromium()
    yield chromium
    chromium.close()


def _pages(folder):
    """The briefing and full pages and the index (not the slides: see below)."""
    return sorted(p for p in folder.glob("*.html") if not p.name.endswith(".slides.html"))


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


# every word of a table header, on how many lines it is drawn
SPLIT_WORDS = """(() => {
  const split = [];
  for (const th of document.querySelectorAll('table.nf-table SELECTOR')) {
    const node = [...th.childNodes].find(n => n.nodeType === 3 && n.textContent.trim());
    if (!node) continue;
    for (const m of node.textContent.matchAll(/WORD/g)) {
      const range = document.createRange();
      range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
      const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
      if (lines.size > 1 && m[0].length <= LONGEST) split.push(m[0]);
    }
  }
  return JSON.stringify(split);
})()"""
SPLIT_HEADER_WORDS = SPLIT_WORDS.replace("SELECTOR", "th").replace("WORD", r"\S+").replace(
    "LONGEST", "Infinity")
# the short text cells: an outlet, a unit, a claimant ("conta iners", "Kompas .com"); a word
# of up to 16 letters between spaces or hyphens (Sang-bum may break after its hyphen)
SPLIT_CELL_WORDS = SPLIT_WORDS.replace("SELECTOR", "td.nf-text").replace(
    "WORD", r"[^\s-]+").replace("LONGEST", "16")


@pytest.mark.parametrize("lang", ["en", "id"])
def test_table_headers_keep_their_words_whole_on_a_screen(built, browser, lang):
    # the timeline's table of the same event across outlets showed "Gro up", "Outl ets"; the
    # claims table's cells "conta iners", "Tribunne ws.com"
    import json

    for page in _pages(built / lang):
        browser.measure(page, 1280, "screen")
        for script in (SPLIT_HEADER_WORDS, SPLIT_CELL_WORDS):
            split = json.loads(browser.call("Runtime.evaluate", expression=script,
                                            returnByValue=True)["result"]["value"])
            assert split == [], (page.name, lang, script is SPLIT_CELL_WORDS)


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


@pytest.fixture(scope="module")
def decks(built, browser):
    """The briefing deck of each language walked slide by slide at 1440×900."""
    return {lang: browser.slides(built / lang / "04_briefing.slides.html")
            for lang in ("id", "en")}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_slides_show_every_slide_in_the_report_language(built, decks, lang):
    """One section per slide of 04_briefing, each with its content on screen, in the
    report's language, nothing fetched; the deck is linked from the index."""
    found = decks[lang]
    executed = nbformat.read(built / lang / "04_briefing.ipynb", as_version=4)
    starts = [c for c in executed.cells
              if c.metadata.get("slideshow", {}).get("slide_type") in ("slide", "subslide")]
    assert found["lang"] == lang
    assert found["sections"] == len(found["slides"]) == len(starts) == 8
    for slide, cell in zip(found["slides"], starts, strict=True):
        left, top, width, height = slide["box"]
        assert 0 <= left and 0 <= top and width > 1000 and height > 200, (lang, slide)
        assert slide["ink"] > 0.02, (lang, slide["heading"], slide["ink"])  # not blank
        first_line = cell.source.splitlines()[0].lstrip("# ")
        shown = re.sub(r"^\d+\. ", "", slide["text"])  # sections are numbered at export
        assert shown.lower().startswith(first_line.lower()[:20]), (lang, slide)
    assert found["slides"][-1]["heading"].lower() == {"id": "6. batasan", "en": "6. limits"}[lang]
    figure = {"id": "1.000 kontainer", "en": "1,000 containers"}[lang]
    assert figure in found["slides"][1]["text"]  # the key figures table
    deck = built / lang / "04_briefing.slides.html"
    assert found["requests"] == [deck.as_uri()] and found["blocked"] == {}
    assert 'href="04_briefing.slides.html"' in (built / lang / "index.html").read_text()


def test_slides_of_both_languages_share_no_heading(decks):
    headings = {lang: {s["heading"] for s in found["slides"]} - {""}
                for lang, found in decks.items()}
    assert len(headings["id"]) == 7 and not headings["id"] & headings["en"]


def test_leftover_check_finds_english_words_of_newsframe_or_a_pack():
    corpus = pd.DataFrame({"body": ["Shin Won-sik mengatakan, diduga 6.700 kontainer"]})
    words = kept_words("id", corpus)
    shown = ("Jenis pelaku: state · Shin Won-sik (South Korea Minister of National Defense) · "
             "Voice of America · 7 Sep 2023 (hari) · pelunak · epistemik: diduga")
    english = ("Agent kind: state · Shin Won-sik (South Korea Minister of National Defense) · "
               "Voice of America · 7 Sep 2023 (day) · hedge · epistemic: diduga = allegedly")
    found = english_leftovers(shown, english, words, kept_names("id"))
    assert [leftover.split(":")[0] for leftover in found] == [
        "state", "South", "Minister", "of", "National", "Defense"]


@pytest.mark.parametrize("name", [p.stem for p in reports.discover_notebooks()])
def test_indonesian_report_shows_no_english_word(built, name):
    """Every word an ``id`` page shows — prose, tables, printed lines, tooltips — is
    Indonesian, a name, or the corpus's own (english_words.py says what is kept as is)."""
    articles = pd.read_parquet(built / "tables" / "articles")
    slugs = [p.name for p in paths.STORIES.iterdir() if p.is_dir()]
    shown = visible_text(nbformat.read(built / "id" / f"{name}.ipynb", as_version=4))
    english = visible_text(nbformat.read(built / "en" / f"{name}.ipynb", as_version=4))
    assert english_leftovers(shown, english, kept_words("id", articles),
                             kept_names("id", slugs)) == []


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
