"""Report pages: an executed notebook made ready for export in its language, the page made
printable and offline, the printable page as a PDF handout.

- A report runs the notebook already in its language (:mod:`newsframe.publish.translations`:
  the prose from the gettext catalog), so a page holds one language.
- Cells tagged ``lab-only`` (an ipywidgets explorer) run in JupyterLab and stay out of every
  page, and so does the widget state: a page never loads a widget manager from a CDN.
- The page ``<title>`` is the notebook's first heading, ``<html lang>`` the report's
  language, and print CSS lays the page out on A4 (tables and figures fit the width, rows and
  figures are never cut, each section starts a page).

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
import shutil
import subprocess
import tempfile
from pathlib import Path

from .labels import LANGS

LAB_ONLY = "lab-only"
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
PRINT_CSS = """
<style id="nf-page">
.jp-RenderedHTMLCommon table.nf-table { max-width: 100%; }
.jp-OutputArea-output img { max-width: 100%; height: auto; }
.jp-OutputArea-output pre { white-space: pre-wrap; overflow-wrap: anywhere; }
@page { size: A4; margin: 14mm 12mm 16mm 12mm; }
@media print {
  body, .jp-Notebook { font-size: 10pt; padding: 0 !important; margin: 0 !important; }
  .jp-Cell { padding: 0 !important; }
  .jp-InputPrompt, .jp-OutputPrompt { display: none !important; }  /* paper needs no In [1] */
  .jp-RenderedHTMLCommon table.nf-table { font-size: 7pt !important; width: 100%; }
  .jp-RenderedHTMLCommon table.nf-table td { max-width: none !important; min-width: 0 !important;
    overflow-wrap: break-word !important; }
  .jp-RenderedHTMLCommon table.nf-table td.nf-long { min-width: 5rem !important; width: 30%;
    overflow-wrap: anywhere !important; }
  .jp-RenderedHTMLCommon table.nf-table td, .jp-RenderedHTMLCommon table.nf-table th {
    padding: 0.1rem 0.15rem !important; }
  tr, img, figure, .jp-OutputArea-output img { break-inside: avoid; }
  thead { display: table-header-group; }
  h2 { break-before: page; break-after: avoid; }
  h1 + p, h2 + p { break-before: avoid; }
  a { color: inherit; text-decoration: none; }
}
</style>
"""


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


def for_language(notebook, lang: str | None = None):
    """A copy of ``notebook`` (already in its language) as a page: the ``lab-only`` cells
    removed, widget outputs and state dropped, ``metadata.title`` set to the first heading.
    ``lang`` is kept for callers that name it; the notebook's prose is in one language."""
    from nbconvert.preprocessors import TagRemovePreprocessor

    page = copy.deepcopy(notebook)
    page, _ = TagRemovePreprocessor(remove_cell_tags={LAB_ONLY}, enabled=True).preprocess(
        page, {})
    page.metadata.pop("widgets", None)
    for cell in page.cells:
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.get("outputs", [])
                            if WIDGET_MIME not in o.get("data", {})]
    page.metadata["title"] = first_heading(page) or page.metadata.get("title", "")
    return page


def finish_page(page: str, lang: str = "en") -> str:
    """An exported HTML page with ``<html lang>`` set and the print CSS added.

    >>> finish_page('<html lang="en"><head></head><body></body></html>', "id")[:16]
    '<html lang="id">'
    """
    page = re.sub(r"<html\b[^>]*>", f'<html lang="{lang}">', page, count=1)
    return page.replace("</head>", PRINT_CSS + "</head>", 1)


class PdfError(RuntimeError):
    """Chromium could not print a page; the message says which and why."""


def chromium() -> str:
    """The headless browser used for PDFs (Debian's ``chromium``; ``make browser``)."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise PdfError("chromium not found: install Debian's chromium (`make browser`) "
                   "to print the PDF handout")


def print_pdf(page: Path, target: Path | None = None, timeout: int = 120) -> Path:
    """Print an HTML page to PDF (A4, the page's print CSS) with headless Chromium, offline:
    no network, a throw-away profile. Returns the PDF path (``page`` with ``.pdf``)."""
    page = Path(page).resolve()
    target = Path(target) if target else page.with_suffix(".pdf")
    with tempfile.TemporaryDirectory(prefix="nf-chromium-") as profile:
        result = subprocess.run(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
             f"--user-data-dir={profile}", "--no-pdf-header-footer",
             "--run-all-compositor-stages-before-draw", "--virtual-time-budget=5000",
             f"--print-to-pdf={target}", page.as_uri()],
            capture_output=True, text=True, timeout=timeout, check=False)
    if result.returncode != 0 or not target.is_file() or target.stat().st_size == 0:
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        raise PdfError(f"chromium could not print {page.name}: "
                       f"{lines[-1] if lines else f'exit {result.returncode}'}")
    return target
