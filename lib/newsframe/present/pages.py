"""Report pages: an executed notebook made ready for export in its language.

- A report runs the notebook already in its language (:mod:`newsframe.publish.translations`:
  the prose from the gettext catalog), so a page holds one language.
- Cells tagged ``lab-only`` (an ipywidgets explorer) run in JupyterLab and stay out of every
  page, and so does the widget state: a page never loads a widget manager from a CDN.
- The page ``<title>`` is the notebook's first heading in the report's language; the page
  itself (``<html lang>``, the print CSS that lays it out on A4, the content policy) is
  made by nbconvert's exporter with newsframe's template (:mod:`newsframe.publish.export`),
  whose preprocessor runs :func:`for_language`.

Here ``lang`` is the report's: the ``lang`` parameter papermill recorded in the notebook.

>>> from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook
>>> explorer = new_code_cell("explorer()", metadata={"tags": ["lab-only"]})
>>> cells = [new_markdown_cell("# Korpus"), explorer]
>>> page = for_language(new_notebook(cells=cells), "id")
>>> [c.source for c in page.cells], page.metadata.title
(['# Korpus'], 'Korpus')
"""

import copy
import re

from .labels import LANGS

LAB_ONLY = "lab-only"
WARNING_MARK = "⚠ "  # a line of a page that starts so is listed in the report index
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"


def notebook_lang(notebook) -> str:
    """The ``lang`` parameter papermill recorded in an executed notebook (else ``en``).

    >>> from nbformat.v4 import new_notebook
    >>> notebook_lang(new_notebook(metadata={"papermill": {"parameters": {"lang": "id"}}}))
    'id'
    """
    lang = notebook.get("metadata", {}).get("papermill", {}).get("parameters", {}).get("lang")
    return lang if lang in LANGS else "en"


def first_heading(notebook) -> str:
    """The text of the first ``# heading`` of a markdown cell ("" without one)."""
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            match = re.search(r"^#\s+(.+)$", cell.source, re.M)
            if match:
                return match.group(1).strip()
    return ""


def for_language(notebook, lang: str | None = None, hidden_tags=()):
    """A copy of ``notebook`` (already in its language) as a page: the ``lab-only`` cells and
    those tagged with one of ``hidden_tags`` removed, widget outputs and state dropped,
    ``metadata.title`` set to the first heading. ``lang`` is kept for callers that name it;
    the notebook's prose is in one language."""
    from nbconvert.preprocessors import TagRemovePreprocessor

    page = copy.deepcopy(notebook)
    page, _ = TagRemovePreprocessor(remove_cell_tags={LAB_ONLY} | set(hidden_tags),
                                    enabled=True).preprocess(page, {})
    page.metadata.pop("widgets", None)
    for cell in page.cells:
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.get("outputs", [])
                            if WIDGET_MIME not in o.get("data", {})]
    page.metadata["title"] = first_heading(page) or page.metadata.get("title", "")
    return number_sections(page)


_SECTION = re.compile(r"^## +(?:\d+\. +)?(?=\S)", re.M)


def number_sections(notebook):
    """Number the sections (``##`` headings) of ``notebook`` in the order shown: a page
    without the sections its corpus cannot fill (story pack, statements …) counts on without a
    gap. A number written in the heading is replaced. Changes and returns ``notebook``.

    >>> from nbformat.v4 import new_markdown_cell, new_notebook
    >>> nb = new_notebook(cells=[new_markdown_cell("# T"), new_markdown_cell("## Figures"),
    ...                          new_markdown_cell("## 3. Timeline")])
    >>> [c.source.splitlines()[0] for c in number_sections(nb).cells]
    ['# T', '## 1. Figures', '## 2. Timeline']
    """
    number = 0
    for cell in notebook.cells:
        if cell.cell_type != "markdown":
            continue

        def numbered(match):
            nonlocal number
            number += 1
            return f"## {number}. "

        cell.source = _SECTION.sub(numbered, cell.source)
    return notebook


