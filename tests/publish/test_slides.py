"""The slides deck (publish/slides.py): one ``<section>`` per slide in the notebook's
language, reveal.js inlined and the only script (by hash), nothing from data as markup,
and in headless Chromium every slide shows something and nothing is fetched."""

import re

import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from newsframe.publish import slides

from ..present.chromium_pages import Chromium

HOSTILE = "<img src=x onerror=\"document.title='PWNED'\">"


def _slide(kind: str) -> dict:
    return {"slideshow": {"slide_type": kind}}


def executed_deck(lang: str = "id"):
    """An executed notebook as 04_briefing is: a title slide, set-up cells skipped, a
    table slide with a chart subslide, a slide of limits; outputs that are not text."""
    table = new_output("display_data", data={
        "text/html": '<table class="nf-table"><caption>Angka &lt;b&gt;</caption><tr><th>'
                     "Angka</th></tr><tr><td>1.000 kontainer</td></tr></table>",
        "text/plain": "table"})
    script = new_output("display_data", data={
        "application/javascript": "document.title = 'PWNED'", "text/plain": "js"})
    widget = new_output("display_data", data={
        "application/vnd.jupyter.widget-view+json": {"model_id": "m"}, "text/plain": "VBox()"})
    return new_notebook(cells=[
        new_markdown_cell("# Ringkasan <b>&</b> angka\n\nApa yang dimuat artikel.",
                          metadata=_slide("slide")),
        new_code_cell("lang: str = 'id'  # language", metadata={
            **_slide("skip"), "tags": ["parameters"]}),
        new_code_cell("print(summary)", metadata=_slide("-"), outputs=[
            new_output("stream", name="stdout", text=f"20 angka dari 5 artikel {HOSTILE}\n")]),
        new_markdown_cell("## 1. Angka kunci\n\nYang dimuat paling banyak artikel.",
                          metadata=_slide("slide")),
        new_code_cell("show(figures)", metadata=_slide("-"), outputs=[table, script, widget]),
        new_markdown_cell("Grafiknya.", metadata=_slide("subslide")),
        new_code_cell("chart()", metadata=_slide("-"), outputs=[new_output(
            "display_data", data={"text/html": HOSTILE, "text/plain": "chart"})]),
        new_markdown_cell("## Batasan\n\n- Angka kunci adalah yang dimuat artikel.",
                          metadata=_slide("slide")),
        new_code_cell("show(package_versions())", metadata=_slide("skip"), outputs=[
            new_output("stream", name="stdout", text="pandas 3.0\n")]),
    ], metadata={"papermill": {"parameters": {"lang": lang}}, "widgets": {"state": {}}})


def test_has_slides_needs_slide_metadata():
    assert slides.has_slides(executed_deck())
    assert not slides.has_slides(new_notebook(cells=[new_markdown_cell("# Korpus")]))


def test_deck_has_one_section_per_slide_in_its_language():
    deck = slides.render_slides(executed_deck(), "id")
    assert '<html lang="id">' in deck
    # 4 slides (3 across, the second with a subslide), a <section> around each of the 3
    assert len(re.findall(r"<section\b", deck)) == 4 + 3
    assert "pandas 3.0" not in deck and "lang: str" not in deck  # skipped cells
    assert "print(summary)" not in deck  # no code, no prompts
    assert "Yang dimuat paling banyak artikel." in deck and "1.000 kontainer" in deck


def test_deck_leaves_out_the_sections_the_story_cannot_fill():
    notebook = executed_deck()
    notebook.cells[3].metadata["tags"] = ["needs_statements"]  # "## 1. Angka kunci"
    deck = slides.render_slides(notebook, "id", {"needs_statements"})
    assert "1. Angka kunci" not in deck and "Batasan" in deck
    assert len(re.findall(r"<section\b", deck)) == 3 + 2  # its subslide joins the title's


def test_deck_runs_only_reveal_js_by_hash_and_loads_nothing():
    deck = slides.render_slides(executed_deck(), "id")
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", deck, re.S)
    assert [attributes for attributes, _ in scripts] == ["", ""]  # inline, no src
    assert scripts[1][1] == slides.INIT
    assert "reveal.js" in scripts[0][1][:200]
    policy = re.search(r'http-equiv="Content-Security-Policy"[^>]*content="([^"]*)"'
                       r'|content="([^"]*)"[^>]*http-equiv="Content-Security-Policy"', deck)
    policy = next(group for group in policy.groups() if group)
    assert "default-src 'none'" in policy and "'unsafe-inline'" not in policy.split(";")[1]
    assert re.findall(r"'sha256-[^']+'", policy) == [
        slides.csp_hash(code) for _, code in scripts]
    assert "connect-src" not in policy and "http" not in policy
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", deck)
    assert "<link" not in deck and "@import" not in deck
    assert "document.title = 'PWNED'" not in deck  # the JavaScript output is left out
    assert "widget-view" not in deck and "VBox" not in deck


def test_deck_shows_data_as_text():
    deck = slides.render_slides(executed_deck(), "id")
    title = re.search(r"<title>(.*?)</title>", deck, re.S).group(1)
    assert title == "Ringkasan &lt;b&gt;&amp;&lt;/b&gt; angka"
    assert "20 angka dari 5 artikel &lt;img src=x onerror=" in deck  # a printed line


def test_write_slides_only_for_notebooks_with_slide_metadata(tmp_path):
    import nbformat

    nbformat.write(executed_deck("en"), tmp_path / "04_briefing.ipynb")
    nbformat.write(new_notebook(cells=[new_markdown_cell("# Korpus")]), tmp_path / "00.ipynb")
    deck = slides.write_slides(tmp_path / "04_briefing.ipynb")
    assert deck == tmp_path / "04_briefing.slides.html"
    assert '<html lang="en">' in deck.read_text("utf-8")
    assert slides.write_slides(tmp_path / "00.ipynb") is None
    assert not (tmp_path / "00.slides.html").exists()


@pytest.fixture(scope="module")
def browser():
    chromium = Chromium()
    yield chromium
    chromium.close()


def test_every_slide_shows_its_content_in_chromium(tmp_path, browser):
    """At 1440×900 each slide is on screen with visible pixels; an HTML output's event
    handler does not run (the policy) and nothing is fetched."""
    deck = tmp_path / "deck.slides.html"
    deck.write_text(slides.render_slides(executed_deck(), "id"), encoding="utf-8")
    found = browser.slides(deck)
    assert found["lang"] == "id" and found["sections"] == 4
    assert [s["indices"] for s in found["slides"]] == [
        {"h": 0, "v": 0}, {"h": 1, "v": 0}, {"h": 1, "v": 1}, {"h": 2, "v": 0}]
    assert [s["heading"].lower() for s in found["slides"]] == [
        "ringkasan & angka", "1. angka kunci", "", "2. batasan"]
    assert "1.000 kontainer" in found["slides"][1]["text"]
    for slide in found["slides"]:
        left, top, width, height = slide["box"]
        assert left >= 0 and top >= 0 and width > 1000 and height > 50, slide
        assert slide["ink"] > 0.005, slide  # not a blank page
    loaded = [url for url in found["requests"] if url not in found["blocked"]]
    assert loaded == [deck.as_uri()]
    assert found["blocked"] == {deck.with_name("x").as_uri(): "csp"}  # <img src=x>
    title = browser.call("Runtime.evaluate", expression="document.title",
                         returnByValue=True)["result"]["value"]
    assert title == "Ringkasan <b>&</b> angka"
