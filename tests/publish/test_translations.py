"""The notebooks in every language from one source: the catalogs hold every message of the
English notebooks, translated; notebooks/<lang>/ is the translation of its source (read as
committed, so a working copy run and saved elsewhere does not matter); a third language is
a folder of files."""

import io
import re
import shutil
import tokenize

import nbformat
import pytest
from babel.messages.pofile import read_po
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from newsframe import lexicons, paths
from newsframe.publish import translations
from newsframe.publish.lab import clean_notebook, read_notebook

SOURCES = translations.source_notebooks()
OTHER_LANGS = [lang for lang in lexicons.languages() if lang != "en"]


def test_the_template_lists_every_message_of_the_source_notebooks():
    with open(paths.LOCALE / "notebooks.pot", "rb") as template:
        listed = {m.id for m in read_po(template) if m.id}
    extracted = {m.id for m in translations.extract_catalog(SOURCES) if m.id}
    assert listed == extracted  # else: make translations
    assert "What is in the corpus" in listed and "Limits" in listed


@pytest.mark.parametrize("lang", OTHER_LANGS)
def test_every_message_is_translated(lang):
    assert translations.untranslated(lang) == []


@pytest.mark.parametrize("lang", OTHER_LANGS)
@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_language_notebook_is_the_translation_of_its_source(lang, source):
    target = translations.language_notebook(source, lang)
    expected = translations.translate_notebook(read_notebook(source), lang)
    assert clean_notebook(read_notebook(target)) == clean_notebook(expected)  # make translations


def _code_without_comments(source: str) -> list:
    return [(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO(source).readline)
            if t.type != tokenize.COMMENT]


def test_indonesian_notebook_reads_in_indonesian_and_runs_the_same_code():
    source = read_notebook(paths.NOTEBOOKS / "00_corpus.ipynb")
    translated = read_notebook(paths.NOTEBOOKS / "id" / "00_corpus.ipynb")
    markdown = "\n".join(c.source for c in translated.cells if c.cell_type == "markdown")
    assert markdown.startswith("# Isi korpus\n\nArtikel mana yang dimuat")
    for english in ("What is in the corpus", "Lengths", "Limits", "One sample article"):
        assert english not in markdown
    assert [c.cell_type for c in translated.cells] == [c.cell_type for c in source.cells]
    assert [c.get("metadata", {}).get("tags") for c in translated.cells] == [
        c.get("metadata", {}).get("tags") for c in source.cells]
    parameters = translated.cells[1].source
    assert 'lang: str = "id"  # "en" atau "id": bahasa seluruh halaman' in parameters
    for ours, theirs in zip(translated.cells, source.cells, strict=True):
        if ours.cell_type == "code" and "parameters" not in ours.metadata.get("tags", []):
            assert _code_without_comments(ours.source) == _code_without_comments(theirs.source)


def test_messages_are_headings_paragraphs_list_items_and_comments():
    notebook = new_notebook(cells=[
        new_markdown_cell("# Title\n\nA paragraph\nwrapped.\n\n- one `x`\n- two\n  lines\n\nEnd."),
        new_code_cell("x = 1  # a comment\n# full line\ny = '# not a comment'")])
    assert [m for m, _ in translations.notebook_messages(notebook)] == [
        "Title", "A paragraph wrapped.", "one `x`", "two lines", "End.", "a comment",
        "full line"]
    catalog = {"Title": "Judul", "two lines": "dua baris", "a comment": "komentar"}
    translated = translations.translate_notebook(notebook, "xx", catalog)
    assert translated.cells[0].source == (
        "# Judul\n\nA paragraph wrapped.\n\n- one `x`\n- dua baris\n\nEnd.")
    assert translated.cells[1].source == "x = 1  # komentar\n# full line\ny = '# not a comment'"
    assert translated.metadata["newsframe"] == {"lang": "xx"}


def test_a_third_language_is_a_folder_of_catalogs(tmp_path):
    locale = tmp_path / "locale"
    shutil.copytree(paths.LOCALE, locale)
    (locale / "fr" / "LC_MESSAGES").mkdir(parents=True)
    labels_po = (locale / "en" / "LC_MESSAGES" / "labels.po").read_text("utf-8")
    (locale / "fr" / "LC_MESSAGES" / "labels.po").write_text(labels_po.replace(
        'msgstr "Date"', 'msgstr "Date (fr)"'), "utf-8")
    (locale / "fr" / "LC_MESSAGES" / "notebooks.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
        'msgid "Limits"\nmsgstr "Limites"\n', "utf-8")
    assert lexicons.languages(locale) == ("en", "fr", "id")
    assert lexicons.catalog("labels", "fr", locale)["date"] == "Date (fr)"
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    shutil.copy(paths.NOTEBOOKS / "00_corpus.ipynb", notebooks)
    written = translations.write_translations(notebooks, locale)
    french = nbformat.read(notebooks / "fr" / "00_corpus.ipynb", as_version=4)
    assert any(c.source.startswith("## Limites\n\n- Titles") for c in french.cells)
    assert 'lang: str = "fr"' in french.cells[1].source
    assert notebooks / "id" / "00_corpus.ipynb" in written
    with open(locale / "fr" / "LC_MESSAGES" / "notebooks.po", "rb") as po:
        merged = read_po(po)
    assert merged["Limits"].string == "Limites" and merged["Lengths"].string == ""


def test_running_again_writes_nothing_but_a_changed_message(tmp_path):
    """The catalogs' dates alone are no change: a second run leaves every file as it was;
    a changed paragraph rewrites the template, the catalogs and the translated notebook."""
    locale, notebooks = tmp_path / "locale", tmp_path / "notebooks"
    shutil.copytree(paths.LOCALE, locale)
    notebooks.mkdir()
    shutil.copy(paths.NOTEBOOKS / "00_corpus.ipynb", notebooks)
    translations.write_translations(notebooks, locale)
    files = [locale / "notebooks.pot", locale / "id" / "LC_MESSAGES" / "notebooks.po",
             notebooks / "id" / "00_corpus.ipynb"]
    before = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in files}
    template = (locale / "notebooks.pot").read_text("utf-8")
    (locale / "notebooks.pot").write_text(re.sub(  # as if written an hour earlier
        r'"POT-Creation-Date: [^"]*"', '"POT-Creation-Date: 2001-01-01 00:00+0000\\\\n"',
        template), "utf-8")
    before[files[0]] = (files[0].read_bytes(), files[0].stat().st_mtime_ns)
    assert translations.write_translations(notebooks, locale) == []
    assert {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in files} == before
    source = nbformat.read(notebooks / "00_corpus.ipynb", as_version=4)
    source.cells[0].source = source.cells[0].source.replace("# What is in the corpus",
                                                            "# What the corpus holds")
    nbformat.write(source, notebooks / "00_corpus.ipynb")
    assert translations.write_translations(notebooks, locale) == files
    with open(files[1], "rb") as po:
        assert read_po(po)["What the corpus holds"].fuzzy  # a translator looks at it again
