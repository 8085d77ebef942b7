"""The notebooks in a real JupyterLab, driven by headless Chromium at 1440×900 (see
tests/jupyterlab_browser.py): each Indonesian notebook (notebooks/id/) and the English 04
and 05 run with Run All without an error output, read in one language, fit the notebook's
width; the 05 explorer widget renders, with its review panel; a bad parameter shows one
line; JupyterLab's own interface is in Indonesian with the one setting the README names; and
after Run All, a save and an autosave, the repository is as it was (git status and the
notebooks' bytes)."""

import hashlib
import json
import re
import subprocess
import time

import pytest

from newsframe import lexicons, paths
from newsframe.publish import translations
from newsframe.publish.lab import read_notebook

from .jupyterlab_browser import AUTOSAVE_SECONDS, Lab

pytestmark = pytest.mark.browser

NOTEBOOKS = [f"id/{p.name}" for p in translations.source_notebooks()] + [
    "04_briefing.ipynb", "05_read_articles.ipynb"]


def _state() -> tuple[str, dict]:
    status = subprocess.run(["git", "status", "--porcelain", "--", "notebooks", "data"],
                            cwd=paths.ROOT, capture_output=True, text=True, check=False).stdout
    files = {p.relative_to(paths.ROOT).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(paths.NOTEBOOKS.glob("**/*.ipynb"))
             if ".ipynb_checkpoints" not in p.parts}
    return status, files


def _headings(path: str) -> list[str]:
    notebook = read_notebook(paths.NOTEBOOKS / path)
    return [line.lstrip("#").strip() for cell in notebook.cells if cell.cell_type == "markdown"
            for line in cell.source.splitlines() if line.startswith(("# ", "## "))]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    before = _state()
    server = Lab(tmp_path_factory.mktemp("jupyterlab"))
    yield server
    server.close()
    assert _state() == before  # nothing the test did in JupyterLab reached the repository


@pytest.fixture(scope="module")
def runs(lab):
    """Each notebook opened, Run All, saved; what it showed."""
    shown = {}
    for path in NOTEBOOKS:
        lab.open(f"notebooks/{path}")
        seconds = lab.run_all()
        shown[path] = {**lab.read(), "seconds": seconds}
        if path == "id/05_read_articles.ipynb":
            lab.screenshot(lab.workdir / "05_explorer.png")
        if path == NOTEBOOKS[0]:  # the first one is saved by JupyterLab's autosave
            deadline = time.monotonic() + AUTOSAVE_SECONDS + 30  # a busy host saves late
            time.sleep(AUTOSAVE_SECONDS + 1.5)
            while lab.read()["dirty"] and time.monotonic() < deadline:
                time.sleep(1)
            assert not lab.read()["dirty"], "autosave did not run"
        else:
            lab.save()
        lab.close_notebook()
    return shown


@pytest.mark.parametrize("path", NOTEBOOKS)
def test_notebook_runs_in_jupyterlab_in_one_language_and_fits(runs, path):
    shown = runs[path]
    assert shown["errors"] == [], path
    assert shown["headings"] == _headings(path)  # every heading rendered, in its language
    lang = "id" if path.startswith("id/") else "en"
    other = _headings(path.removeprefix("id/") if lang == "id" else f"id/{path}")
    assert not set(other) & set(shown["headings"]) - {"Limits", "Batasan"} or lang == "en"
    shown_text = "\n".join(shown["markdown"] + shown["outputs"])
    if lang == "id":
        for english in ("Nothing to show", "Showing ", "Source: ", r"\bmatched \d+ of",
                        r"\bLeft out\b", r"\bcontainers\b", "White House", "US government"):
            assert not re.search(english, shown_text), (path, english)
    for table in shown["tables"]:
        assert table["right"] <= table["parentRight"] + 1, (path, table)
    for image in shown["images"]:
        assert image["width"] <= shown["outputWidth"] + 1 and image["height"] <= 720, (path,
                                                                                      image)


def test_explorer_widget_renders_with_outlets_dates_and_titles(runs):
    for path, lang in (("id/05_read_articles.ipynb", "id"), ("05_read_articles.ipynb", "en")):
        shown = runs[path]
        assert shown["widgets"] > 0, path
        listed = shown["widgetText"].replace("\xa0", " ")  # outlet · date · title
        assert ("Liputan6.com · 13 Okt 2023 · AS: Korea Utara" if lang == "id" else
                "Liputan6.com · 13 Oct 2023 · AS: Korea Utara") in listed, path
        labels = lexicons.catalog("labels", lang)
        assert labels["explorer_kinds_hint"].split("(")[0].strip() in listed, path
        # the review panel under the pickers, in the notebook's language
        assert labels["review_panel"].split(":")[0] in listed, path
        assert labels["review_reject"] in listed and labels["review_confirm"] in listed, path


def test_a_bad_parameter_shows_one_line(lab):
    (lab.root / "scratch.ipynb").write_text(json.dumps({
        "cells": [{"cell_type": "code", "execution_count": None, "id": "a1", "metadata": {},
                   "outputs": [], "source": "from newsframe.notebook import *\n"
                                            "page = open_page(corpus_dir='seeds', lang='fr')"}],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                    "name": "python3"}},
        "nbformat": 4, "nbformat_minor": 5}))
    lab.open("scratch.ipynb")
    lab.run_all()
    shown = lab.read()
    lab.close_notebook()
    assert [o for o in shown["outputs"] if o] == [
        "ParameterError: parameter 'lang' = 'fr' is not allowed; allowed values: en, id"]


def test_jupyterlab_interface_is_in_indonesian_with_one_setting(lab):
    """The test server sets @jupyterlab/translation-extension's locale to id_ID (the setting
    the README names); the language pack translates part of the interface."""
    names = lab.evaluate("[...document.querySelectorAll('.jp-DirListing-headerItemText')]"
                         ".map(e => e.innerText).join('|')")
    assert "Nama" in names
