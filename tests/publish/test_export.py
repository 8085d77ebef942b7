"""The report pages come from nbconvert's exporter with newsframe's template: a content
policy first in <head>, no script of any kind, the report's language, the print CSS, the
sections a story cannot fill left out; the index from its autoescaped Jinja2 template."""

import html
import re

import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from newsframe.publish import export


def notebook_with_everything():
    """Markdown in two languages, a JavaScript output, a widget view, a hidden section."""
    widget = new_output("display_data", data={
        "application/vnd.jupyter.widget-view+json": {"model_id": "x"}, "text/plain": "VBox()"})
    script = new_output("display_data", data={
        "application/javascript": "document.title = 'PWNED'", "text/plain": "<js>"})
    return new_notebook(
        cells=[new_markdown_cell("# Korpus"),  # a notebook holds one language (notebooks/id/)
               new_code_cell("show()", outputs=[script, widget]),
               new_markdown_cell("## Silsilah", metadata={"tags": ["needs_story"]})],
        metadata={"widgets": {"application/vnd.jupyter.widget-state+json": {"state": {}}},
                  "papermill": {"parameters": {"lang": "id"}}})


def test_a_page_has_its_policy_first_and_no_script():
    page = export.render_page(notebook_with_everything(), "html")
    head = page[page.index("<head>"):page.index("</head>")]
    assert head.index("Content-Security-Policy") < head.index("<title>")
    assert f'content="{export.CONTENT_SECURITY_POLICY}"' in head
    assert "<script" not in page and "PWNED" not in page
    assert "cdn" not in page.lower() and "require.min.js" not in page


def test_a_page_is_in_its_language_with_print_css_and_without_hidden_sections():
    notebook = notebook_with_everything()
    page = export.render_page(notebook, "briefing", hidden_tags={"needs_story"})
    assert re.search(r'<html lang="id">', page)
    assert "<title>Korpus</title>" in page and "Silsilah" not in page  # hidden section
    assert '<style id="nf-page">' in page and "@page { size: A4" in page
    full = export.render_page(notebook, "html", lang="en")
    assert '<html lang="en">' in full and "Silsilah" in full and "hl-ipython3" in full
    assert "hl-ipython3" not in page  # a briefing page shows no code
    assert len(notebook.cells) == 3  # the notebook itself is left as it was


def test_the_index_shows_every_value_as_text():
    hostile = '<img src=x onerror="alert(1)"><a href="javascript:alert(1)">x</a>'
    page = export.render_index(
        lang="en", title="t", corpus=hostile, corpus_line=hostile, story=hostile,
        parameters=hostile, labels={"failed": "failed", "warning": "warning"},
        items=[{"title": hostile, "summary": hostile, "error": "", "seconds": 1.0,
                "warnings": [hostile], "links": [("a.html", hostile)]}],
        versions=[(hostile, "1")])
    assert "<img" not in page and "<a href=\"javascript" not in page
    assert page.count("&lt;img src=x onerror=&#34;alert(1)&#34;&gt;") == 9
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert html.unescape(policy.group(1)) == export.CONTENT_SECURITY_POLICY


@pytest.mark.browser
def test_a_missed_sink_still_cannot_run_or_fetch(tmp_path):
    """Markup that reached an output unescaped (a sink no test knew) is held by the page's
    content policy: no script runs, nothing is requested, no frame loads."""
    from ..present.chromium_pages import Chromium

    secret = tmp_path / "secret.txt"
    secret.write_text("rahasia")
    raw = new_output("display_data", data={"text/html": (
        "<img src='http://example.invalid/x.png'><script>document.title='PWNED'</script>"
        f"<iframe src='{secret.as_uri()}'></iframe><img src=x onerror=\"document.title='PWNED'\">"
        "<link rel=stylesheet href='http://example.invalid/x.css'>"), "text/plain": "x"})
    notebook = new_notebook(cells=[new_markdown_cell("# Judul"), new_code_cell("x", outputs=[
        raw])])
    page = tmp_path / "report" / "page.html"
    page.parent.mkdir()
    page.write_text(export.render_page(notebook, "briefing", "en"), encoding="utf-8")
    browser = Chromium()
    try:
        found = browser.measure(page)
        held = {e["params"]["requestId"] for e in browser.events
                if e.get("method") == "Network.loadingFailed"
                and e["params"].get("blockedReason") == "csp"}
        sent = [e["params"]["request"]["url"] for e in browser.events
                if e.get("method") == "Network.requestWillBeSent"
                and e["params"]["requestId"] not in held]
        frame = browser.call("Runtime.evaluate", returnByValue=True, expression=(
            "document.querySelector('iframe').contentDocument === null || "
            "document.querySelector('iframe').contentDocument.body.innerText === ''"))
    finally:
        browser.close()
    assert found["title"] == "Judul"
    assert "http://example.invalid/x.png" in found["requests"]  # asked for, and held:
    assert [url for url in sent if not url.startswith("data:")] == [
        page.resolve().as_uri(), page.parent.resolve().as_uri() + "/x"]  # only its folder
    assert frame["result"]["value"] is True
