"""The pages of a report: nbconvert's HTML exporter configured, and the index from a template.

Each executed notebook becomes two pages, made by stock nbconvert — no text of the HTML it
writes is edited afterwards:

- ``full``: code and outputs; ``briefing``: outputs only (``exclude_input``); the PDF
  handout is the briefing page printed on A4 (:mod:`newsframe.publish.pdf`) with the print
  CSS every page carries.
- The template ``newsframe`` (``publish/templates/newsframe/``, extending nbconvert's
  ``lab`` template) puts the :data:`CONTENT_SECURITY_POLICY` first in ``<head>``, leaves out
  every script (require.js, MathJax, mermaid and the widget manager, which would come from
  a CDN; JavaScript outputs and widget views), sets ``<html lang>`` and adds the screen and
  A4 print CSS (``page.css``).
- The preprocessor :class:`PagePreprocessor` keeps the report's
  language, leaves out ``lab-only`` cells, widget outputs and state and the sections the
  story pack cannot fill, and sets the page title.

``index.html`` is rendered from ``publish/templates/reports_index.html.j2`` by Jinja2 with
autoescaping on, under the same policy.

>>> "default-src 'none'" in CONTENT_SECURITY_POLICY
True
"""

import threading
from pathlib import Path

from nbconvert.preprocessors import Preprocessor

from ..present import pages

TEMPLATES = Path(__file__).parent / "templates"
# What a page may load: nothing (default-src 'none') but images embedded as data: URLs or
# beside the page ('self': for a page opened as a file, its own files), and inline styles
# (nbconvert's and pandas Styler's). No script, no frame, no font, no connection, no form.
CONTENT_SECURITY_POLICY = ("default-src 'none'; img-src data: 'self'; "
                           "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'")
VARIANTS = {"html": {"exclude_input": False}, "briefing": {"exclude_input": True}}
SUFFIXES = {"html": ".html", "briefing": ".briefing.html"}



class PagePreprocessor(Preprocessor):
    """Makes an executed notebook a report page (:func:`newsframe.present.pages.for_language`):
    the language and the hidden sections come from ``resources["newsframe"]`` (``lang``,
    ``hidden_tags``), else the notebook's ``lang`` parameter and none.

    >>> from nbformat.v4 import new_markdown_cell, new_notebook
    >>> cells = [new_markdown_cell("# A", metadata={"tags": ["lang-en", "needs_story"]})]
    >>> page, _ = PagePreprocessor().preprocess(
    ...     new_notebook(cells=cells), {"newsframe": {"hidden_tags": ["needs_story"]}})
    >>> page.cells
    []
    """

    def preprocess(self, nb, resources):
        options = (resources or {}).get("newsframe", {})
        lang, hidden = options.get("lang"), options.get("hidden_tags", ())
        return pages.for_language(nb, lang, hidden), resources


_exporters: dict = {}  # variant -> exporter: each compiles its templates once
_lock = threading.Lock()  # rendering is pure Python: threads would only take turns


def page_exporter(variant: str = "html"):
    """The nbconvert ``HTMLExporter`` of a page variant (``html`` or ``briefing``), made
    once: template ``newsframe``, :class:`PagePreprocessor`.

    >>> page_exporter("briefing").exclude_input, page_exporter("html").template_name
    (True, 'newsframe')
    """
    from nbconvert import HTMLExporter

    with _lock:
        if variant not in _exporters:
            exclude = VARIANTS[variant]["exclude_input"]
            exporter = HTMLExporter(
                template_name="newsframe", extra_template_basedirs=[str(TEMPLATES)],
                exclude_input=exclude, exclude_input_prompt=exclude,
                exclude_output_prompt=exclude)
            exporter.register_preprocessor(PagePreprocessor(), enabled=True)
            _exporters[variant] = exporter
        return _exporters[variant]


def render_page(notebook, variant: str = "html", lang: str | None = None,
                hidden_tags=()) -> str:
    """The HTML page of an executed ``notebook`` in ``lang`` (default: its ``lang``
    parameter), without the cells tagged with one of ``hidden_tags``.

    >>> from nbformat.v4 import new_markdown_cell, new_notebook
    >>> page = render_page(new_notebook(cells=[new_markdown_cell("# Judul")]), lang="id")
    >>> '<html lang="id">' in page, "Content-Security-Policy" in page, "<script" in page
    (True, True, False)
    """
    lang = lang or pages.notebook_lang(notebook)
    exporter = page_exporter(variant)
    resources = {"newsframe": {"csp": CONTENT_SECURITY_POLICY, "lang": lang,
                               "hidden_tags": sorted(hidden_tags)}}
    with _lock:  # language_code is the exporter's; set it for this page
        exporter.language_code = lang
        return exporter.from_notebook_node(notebook, resources=resources)[0]


def export_pages(executed: Path, hidden_tags=()) -> dict[str, Path]:
    """Write the full and the briefing page next to an executed notebook
    (``NN_name.html``, ``NN_name.briefing.html``); returns variant -> path."""
    import nbformat

    notebook = nbformat.read(executed, as_version=4)
    outputs = {}
    for variant, suffix in SUFFIXES.items():
        target = executed.with_name(executed.stem + suffix)
        target.write_text(render_page(notebook, variant, hidden_tags=hidden_tags),
                          encoding="utf-8")
        outputs[variant] = target
    return outputs


def warm_exporters() -> None:
    """Compile both exporters' templates (and import their filters) ahead of the first page."""
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    sample = new_notebook(cells=[new_markdown_cell("# x"), new_code_cell("x")])
    for variant in VARIANTS:
        render_page(sample, variant, "en")


def render_index(**context) -> str:
    """``index.html`` from ``reports_index.html.j2`` (Jinja2, autoescaped): every value in
    ``context`` is shown as text, whatever it holds.

    >>> page = render_index(lang="en", title="<b>", labels={}, items=[], versions=[])
    >>> "&lt;b&gt;" in page and "<b>" not in page
    True
    """
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
        keep_trailing_newline=True)
    defaults = {"csp": CONTENT_SECURITY_POLICY, "corpus": "", "corpus_line": "", "story": "",
                "parameters": "", "generated": ""}
    return environment.get_template("reports_index.html.j2").render({**defaults, **context})
