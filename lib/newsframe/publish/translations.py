"""The notebooks in every language, from one source.

The English notebooks of ``notebooks/`` are the source. Their prose is a gettext catalog,
domain ``notebooks``: each heading, paragraph and list item of a markdown cell, and each
comment of a code cell, is one message (its text with the line breaks of the source undone);
``data/locale/notebooks.pot`` lists them and ``data/locale/<lang>/LC_MESSAGES/notebooks.po``
translates them (Babel reads and writes both; any PO editor works on them).

:func:`translate_notebook` gives a notebook in a language: its prose translated, the default of
its ``lang`` parameter set to that language, code and tags as in the source. The report runner
runs that translation, and ``notebooks/<lang>/`` holds the same notebooks for JupyterLab, so a
reader opens one language and sees only it. ``make translations`` (``python -m
newsframe.publish.translations``) extracts the messages after the source changed, merges them
into every language's catalog (new ones empty, changed ones marked fuzzy for a translator) and
writes ``notebooks/<lang>/``; a test checks that all of them are in step and complete.

A message without a translation keeps its English text, so a half-translated catalog still
gives a whole notebook.

>>> from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook
>>> notebook = new_notebook(cells=[
...     new_markdown_cell("## Limits\\n\\n- Undated articles stay\\n  undated."),
...     new_code_cell('lang: str = "en"  # the language of the page',
...                   metadata={"tags": ["parameters"]})])
>>> [m for m, _ in notebook_messages(notebook)]
['Limits', 'Undated articles stay undated.', 'the language of the page']
>>> catalog = {"Limits": "Batasan", "the language of the page": "bahasa halaman"}
>>> translated = translate_notebook(notebook, "id", catalog)
>>> print(translated.cells[0].source)
## Batasan
<BLANKLINE>
- Undated articles stay undated.
>>> translated.cells[1].source
'lang: str = "id"  # bahasa halaman'
"""

import copy
import io
import re
import tokenize
from collections.abc import Callable, Iterator
from pathlib import Path

from .. import lexicons, paths

DOMAIN = "notebooks"
_ITEM = re.compile(r"^(\s*(?:[-*+]|\d+[.)])\s+)")  # a list item's marker
_HEADING = re.compile(r"^(#{1,6}\s+)")
_LANG_DEFAULT = re.compile(r'^(lang\s*:\s*str\s*=\s*)"[^"]*"', re.M)


def _plain(text: str) -> str:
    return " ".join(text.split())


def _markdown(source: str, say: Callable[[str], str]) -> str:
    """``source`` with each heading, paragraph and list item replaced by ``say(message)``."""
    blocks = []
    for block in re.split(r"\n[ \t]*\n", source.strip("\n")):
        lines = block.split("\n")
        parts: list[list[str]] = []  # [marker, text]
        for line in lines:
            marker = _ITEM.match(line) or _HEADING.match(line)
            if marker:
                parts.append([marker.group(1), line[marker.end():]])
            elif parts and not _HEADING.match(parts[-1][0]):
                parts[-1][1] += "\n" + line  # a paragraph's or list item's next line
            else:
                parts.append(["", line])
        blocks.append("\n".join(marker + (say(_plain(text)) if text.strip() else text)
                                for marker, text in parts))
    return "\n\n".join(blocks)


def _comments(source: str) -> list[tuple[int, int, str]]:
    """(line, column, text) of each comment of Python ``source`` (none if it does not parse)."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return []
    return [(t.start[0], t.start[1], t.string) for t in tokens if t.type == tokenize.COMMENT]


def _code(source: str, say: Callable[[str], str]) -> str:
    """``source`` with the text of each comment replaced by ``say(text)``."""
    lines = source.split("\n")
    said = [(row, column, comment, say(comment.lstrip("#").strip()))
            for row, column, comment in _comments(source) if comment.lstrip("#").strip()]
    for row, column, comment, text in reversed(said):  # right to left: columns stay valid
        line = lines[row - 1]
        lines[row - 1] = line[:column] + "# " + text + line[column + len(comment):]
    return "\n".join(lines)


def _walk(notebook, say: Callable[[str, int], str]):
    """A copy of ``notebook`` with every message replaced by ``say(message, cell_index)``."""
    walked = copy.deepcopy(notebook)
    for index, cell in enumerate(walked.cells):
        def one(message, index=index):
            return say(message, index)

        if cell.cell_type == "markdown":
            cell.source = _markdown(cell.source, one)
        elif cell.cell_type == "code":
            cell.source = _code(cell.source, one)
    return walked


def notebook_messages(notebook) -> list[tuple[str, int]]:
    """The messages of a notebook, (text, cell index), in reading order."""
    found: list[tuple[str, int]] = []
    _walk(notebook, lambda message, index: found.append((message, index)) or message)
    return found


def translate_notebook(notebook, lang: str, catalog: dict[str, str] | None = None):
    """``notebook`` in ``lang``: every message through ``catalog`` (default: the language's
    ``notebooks`` catalog; a message without a translation stays as it is) and the ``lang``
    parameter's default set to ``lang``. English returns the notebook as it is (a copy)."""
    if lang == "en" and catalog is None:
        return copy.deepcopy(notebook)
    catalog = lexicons.catalog(DOMAIN, lang) if catalog is None else catalog
    translated = _walk(notebook, lambda message, index: catalog.get(message) or message)
    for cell in translated.cells:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            cell.source = _LANG_DEFAULT.sub(lambda m: f'{m.group(1)}"{lang}"', cell.source)
    translated.metadata["newsframe"] = {"lang": lang}  # made by `make translations`
    return translated


def source_notebooks(folder: Path = paths.NOTEBOOKS) -> list[Path]:
    """The source notebooks (``NN_topic.ipynb`` of ``folder``), in reading order."""
    return sorted(Path(folder).glob("[0-9][0-9]_*.ipynb"))


def extract_catalog(notebooks: list[Path]):
    """A Babel catalog template of every message of ``notebooks`` (locations: file and cell)."""
    import nbformat
    from babel.messages.catalog import Catalog

    template = Catalog(project="newsframe", domain=DOMAIN, charset="utf-8", fuzzy=False,
                       copyright_holder="the newsframe authors")
    for path in notebooks:
        notebook = nbformat.read(path, as_version=4)
        for message, index in notebook_messages(notebook):
            location = (f"notebooks/{Path(path).name}", index + 1)  # the cell, from 1
            if message in template:
                template[message].locations.append(location)
            else:
                template.add(message, locations=[location])
    return template


# the header lines Babel dates afresh on every run: not a change of the catalog
_DATES = re.compile(rb'^"(?:POT-Creation-Date|PO-Revision-Date): [^"\n]*"\r?\n', re.M)


def _write(catalog, path: Path) -> bool:
    """Write ``catalog`` to ``path`` unless the file there says the same but for its dates
    (so that running the tool again changes nothing); True when it wrote."""
    from babel.messages.pofile import write_po

    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, ignore_obsolete=True, omit_header=False)
    return _write_bytes(buffer.getvalue(), path, _DATES)


def _write_bytes(content: bytes, path: Path, ignored: re.Pattern | None = None) -> bool:
    """Write ``content`` to ``path`` unless it is there already (apart from what ``ignored``
    matches); True when it wrote."""
    if path.is_file():
        old = path.read_bytes()
        if old == content or (ignored and ignored.sub(b"", old) == ignored.sub(b"", content)):
            return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return True


def language_notebook(source: Path, lang: str, folder: Path = paths.NOTEBOOKS) -> Path:
    """Where the ``lang`` version of a source notebook lives: ``notebooks/<lang>/<name>``."""
    return Path(folder) / lang / Path(source).name


def write_translations(folder: Path = paths.NOTEBOOKS, locale: Path = paths.LOCALE) -> list[Path]:
    """Extract the messages of the source notebooks into ``notebooks.pot``, merge them into
    every language's ``notebooks.po`` (Babel's update: new messages empty, changed ones fuzzy,
    gone ones dropped) and write the translated notebooks ``notebooks/<lang>/``. A file whose
    content would not change is left as it is (a catalog's dates alone are no change); returns
    the files written."""
    import nbformat
    from babel.messages.pofile import read_po

    from .lab import clean_notebook

    sources = source_notebooks(folder)
    template = extract_catalog(sources)
    written = [path for path in [Path(locale) / f"{DOMAIN}.pot"] if _write(template, path)]
    for lang in lexicons.languages(locale):
        if lang == "en":
            continue
        po_path = Path(locale) / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
        if po_path.is_file():
            with open(po_path, "rb") as po:
                catalog = read_po(po, locale=None)
        else:
            from babel.messages.catalog import Catalog

            catalog = Catalog(domain=DOMAIN, charset="utf-8", fuzzy=False)
        catalog.update(template)
        if _write(catalog, po_path):
            written.append(po_path)
        translations = lexicons.catalog(DOMAIN, lang, locale)
        for source in sources:
            target = language_notebook(source, lang, folder)
            notebook = translate_notebook(nbformat.read(source, as_version=4), lang,
                                          translations)
            if _write_bytes(clean_notebook(notebook).encode("utf-8"), target):
                written.append(target)
    return written


def untranslated(lang: str, notebooks: list[Path] | None = None) -> list[str]:
    """The messages of the source notebooks that ``lang``'s catalog does not translate (or
    marks fuzzy)."""
    import nbformat

    catalog = lexicons.catalog(DOMAIN, lang)
    found: Iterator[str] = (message for path in (notebooks or source_notebooks())
                            for message, _ in notebook_messages(nbformat.read(path, 4)))
    return sorted({message for message in found if not catalog.get(message)})


if __name__ == "__main__":  # make translations
    for path in write_translations() or ["nothing changed"]:
        print(path.relative_to(paths.ROOT) if isinstance(path, Path) else path)
