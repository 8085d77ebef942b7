"""The report pages come from nbconvert's exporter with newsframe's template: a content
policy first in <head>, no script of any kind, the report's language, the print CSS, the
sections a story cannot fill left out; the index from its autoescaped Jinja2 template."""

import html
import re

from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from newsframe.publish import export


def notebook_with_everything():
    """Markdown in two languages, a JavaScript output, a widget view, a hidden section."""
    widget = new_output("display_data", data={
        "application/vnd.jupyter.widget-view+json": {"model_id": "x"}, "text/plain": "VBox()"})
    script = new_output("display_data", data={
        "application/javascript": "document.title = 'PWNED'", "text/plain": "<js>"})
    return new_notebook(
        cells=[new_markdown_cell("# Corpus", metadata={"tags": ["lang-en"]}),
               new_markdown_cell("# Korpus", metadata={"tags": ["lang-id"]}),
               new_code_cell("show()", outputs=[script, widget]),
               new_markdown_cell("## Lineage", metadata={"tags": ["lang-en", "needs_story"]})],
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
    assert "<title>Korpus</title>" in page and ">Corpus<" not in page
    assert "Lineage" not in page
    assert '<style id="nf-page">' in page and "@page { size: A4" in page
    english = export.render_page(notebook, "html", lang="en")
    assert '<html lang="en">' in english and "Lineage" in english and "hl-ipython3" in english
    assert "hl-ipython3" not in page
    assert len(notebook.cells) == 4  # the notebook itself is left as it was


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
