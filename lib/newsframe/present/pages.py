"""Report pages: an executed notebook made ready for export in its language.

- Markdown cells come in both languages, tagged ``lang-en`` and ``lang-id``; the export keeps
  the report's language (nbconvert's ``TagRemovePreprocessor``). In JupyterLab the other
  language's cells are collapsed (``metadata.jupyter.source_hidden``), so a notebook reads
  in one language there too (:func:`collapse_other_language`).
- Cells tagged ``lab-only`` (an ipywidgets explorer) run in JupyterLab and stay out of every
  page, and so does the widget state: a page never loads a widget manager from a CDN.
- The page ``<title>`` is the notebook's first heading in the report's language; the page
  itself (``<html lang>``, the print CSS that lays it out on A4, the content policy) is
  made by nbconvert's exporter with newsframe's template (:mod:`newsframe.publish.export`),
  whose preprocessor runs :func:`for_language`.

Here ``lang`` is the report's: the ``lang`` parameter papermill recorded in the notebook.

>>> from nbformat.v4 import new_markdown_cell, new_notebook
>>> cells = [new_markdown_cell("# Corpus", metadata={"tags": ["lang-en"]}),
...          new_markdown_cell("# Korpus", metadata={"tags": ["lang-id"]})]
>>> page = for_language(new_notebook(cells=cells), "id")
>>> [c.source for c in page.cells], page.metadata.title
(['# Korpus'], 'Korpus')
"""

import copy
import re

from .labels import LANGS

LAB_ONLY = "lab-only"
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
    """A copy of ``notebook`` as a page in ``lang`` (default: its ``lang`` parameter):
    the other languages' cells, the ``lab-only`` cells and those tagged with one of
    ``hidden_tags`` removed, widget outputs and state dropped, ``metadata.title`` set to
    the first heading."""
    from nbconvert.preprocessors import TagRemovePreprocessor

    lang = lang or notebook_lang(notebook)
    page = copy.deepcopy(notebook)
    remove = {f"lang-{other}" for other in LANGS if other != lang} | {LAB_ONLY} | set(
        hidden_tags)
    page, _ = TagRemovePreprocessor(remove_cell_tags=remove, enabled=True).preprocess(page, {})
    page.metadata.pop("widgets", None)
    for cell in page.cells:
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.get("outputs", [])
                            if WIDGET_MIME not in o.get("data", {})]
        if cell.cell_type == "markdown":
            cell.metadata.get("jupyter", {}).pop("source_hidden", None)
    page.metadata["title"] = first_heading(page) or page.metadata.get("title", "")
    return page


def collapse_other_language(notebook, lang: str = "en"):
    """Mark the markdown cells of the languages other than ``lang`` collapsed for JupyterLab
    (``metadata.jupyter.source_hidden``) and show ``lang``'s; returns ``notebook``."""
    for cell in notebook.cells:
        tags = set(cell.get("metadata", {}).get("tags", []))
        other = any(f"lang-{o}" in tags for o in LANGS if o != lang)
        if cell.cell_type != "markdown" or not tags & {f"lang-{o}" for o in LANGS}:
            continue
        jupyter = cell.metadata.setdefault("jupyter", {})
        if other:
            jupyter["source_hidden"] = True
        else:
            jupyter.pop("source_hidden", None)
            if not jupyter:
                del cell.metadata["jupyter"]
    return notebook
