"""The briefing as a slide deck: an executed notebook whose cells carry slide metadata
(``metadata.slideshow.slide_type``, as JupyterLab's property inspector and RISE write it)
exported with nbconvert's reveal.js exporter into ``NN_name.slides.html``.

The deck works offline and runs nothing but reveal.js: its files come from a PyPI wheel
(``sphinx-revealjs`` ships reveal.js's ``dist/``) and are inlined into the page, which
carries a Content-Security-Policy allowing exactly those two scripts (by hash), inline
styles and ``data:`` images, and nothing from the network. Code and prompts are left out;
text from the data reaches the slides through the same escaped outputs as the pages. The
deck is in the report's language (the notebook ran in it).

In JupyterLab the same metadata drives RISE (``jupyterlab-rise``: the slideshow button of
the notebook's toolbar) for a live presentation.

>>> csp_hash("Reveal.initialize({});")
"'sha256-GFSR8VnhDQqCe2d3J8LYR2dXg5A82yz8XJShIk6CJ5s='"
"""

import base64
import functools
import hashlib
import re
from pathlib import Path

TEMPLATES = Path(__file__).with_name("templates")
THEME = "white"
INIT = ("Reveal.initialize({hash: true, controls: true, progress: true, center: false, "
        "width: 1280, height: 800, margin: 0.04, transition: 'none', slideNumber: 'c/t'});")


def reveal_dist() -> Path:
    """reveal.js's ``dist`` folder as the ``sphinx-revealjs`` wheel installs it."""
    import sphinx_revealjs

    return Path(sphinx_revealjs.__file__).parent / "_static" / "revealjs" / "dist"


def csp_hash(script: str) -> str:
    """The Content-Security-Policy source that allows one inline script."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    return f"'sha256-{digest}'"


def has_slides(notebook) -> bool:
    """Whether any cell of ``notebook`` says how it shows in a slideshow."""
    return any(c.get("metadata", {}).get("slideshow") for c in notebook.cells)


@functools.cache
def slides_exporter():
    """nbconvert's ``SlidesExporter`` with the ``newsframe_slides`` template, made once (its
    templates compile on first use)."""
    from nbconvert import SlidesExporter

    return SlidesExporter(template_name="newsframe_slides", extra_template_basedirs=[
        str(TEMPLATES)], exclude_input=True, exclude_input_prompt=True,
        exclude_output_prompt=True)


def render_slides(notebook, lang: str = "en", hidden_tags=()) -> str:
    """The offline reveal.js deck of an executed notebook without the cells tagged with one
    of ``hidden_tags`` (as the pages: sections the story pack cannot fill): one
    ``<section>`` per slide, and one around each horizontal slide and the subslides under
    it (reveal.js's stacks).

    >>> from nbformat.v4 import new_markdown_cell, new_notebook
    >>> deck = render_slides(new_notebook(cells=[new_markdown_cell(
    ...     "# Judul", metadata={"slideshow": {"slide_type": "slide"}})]), "id")
    >>> '<html lang="id">' in deck, deck.count("<section"), "<title>Judul</title>" in deck
    (True, 2, True)
    """
    from ..present import pages

    page = pages.for_language(notebook, lang, hidden_tags)  # no lab-only cells, no widgets
    dist = reveal_dist()
    reveal_js = (dist / "reveal.js").read_text("utf-8")
    theme = re.sub(r"@import url\([^)]*\);", "", (dist / "theme" / f"{THEME}.css")
                   .read_text("utf-8"))  # its web fonts: the page falls back to system fonts
    csp = ("default-src 'none'; script-src " + " ".join(map(csp_hash, (reveal_js, INIT)))
           + "; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; "
           "form-action 'none'")
    resources = {"nf_lang": lang, "nf_csp": csp, "nf_title": page.metadata.get("title", ""),
                 "nf_reveal_css": (dist / "reveal.css").read_text("utf-8"),
                 "nf_theme_css": theme, "nf_reveal_js": reveal_js, "nf_init_js": INIT}
    body, _ = slides_exporter().from_notebook_node(page, resources=resources)
    return body


def write_slides(executed: Path, hidden_tags=()) -> Path | None:
    """``NN_name.slides.html`` next to an executed notebook that has slide metadata (None
    for one without), in the notebook's language, without the cells tagged with one of
    ``hidden_tags``."""
    import nbformat

    from ..present import pages

    notebook = nbformat.read(executed, as_version=4)
    if not has_slides(notebook):
        return None
    target = executed.with_name(executed.stem + ".slides.html")
    target.write_text(render_slides(notebook, pages.notebook_lang(notebook), hidden_tags),
                      encoding="utf-8")
    return target



