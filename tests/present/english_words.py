"""English words left in a report in another language: the words a reader sees in an executed
notebook (Markdown, outputs, tooltips; not code) that the English report of the same notebook
shows too and that are not the corpus's own words, nor names. Test support, not part of the
package.

Kept as they are: the corpus's words; the words the language's own catalogs use (a loanword
its translator chose: *notebook*, *parameter*, *median*, *human interest*); names, as whole
names — the actors of data/lexicons/actors.csv that have no ``actor_`` label in the language
(*Joe Biden*, *Associated Press*), story pack slugs, the packages of the version table, and
:data:`KEPT` below.
"""

import html
import re
from html.parser import HTMLParser

import pandas as pd

from newsframe import lexicons
from newsframe.notebook import package_versions
from newsframe.present import pages

# a word: letters (with inner hyphens or apostrophes), not part of an identifier, a file
# name, a path or a number (000_aa34f2be, frames.csv, data/lexicons, 2023-W41)
WORD = re.compile(r"(?<![\w/.\-])[A-Za-z]+(?:['-][A-Za-z]+)*(?![\w/\-]|\.\w)")
CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)
LINK_TARGET = re.compile(r"\]\([^)]*\)|https?://\S+")
# names that stay as they are in an Indonesian report: the story pack's sources (a think-tank
# programme, a wire, a newspaper), the authors of the framing typology, the software's names
KEPT = ("CSIS Beyond Parallel", "Yonhap", "Bloomberg", "The Washington Post", "Semetko",
        "Valkenburg", "JupyterLab", "newsframe")


# the columns of load_corpus that hold the articles' own words
CORPUS_TEXT = ("title", "dek", "body", "boilerplate", "outlet", "author", "editor", "section",
               "dateline_place")


class _Visible(HTMLParser):
    """Text and tooltips of an HTML output, without styles, scripts and code."""

    def __init__(self):
        super().__init__()
        self.parts, self.hidden = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "code"):
            self.hidden += 1
        self.parts += [value for name, value in attrs if name in ("title", "alt") and value]

    def handle_endtag(self, tag):
        if tag in ("style", "script", "code"):
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def _markdown(text: str) -> str:
    return html.unescape(LINK_TARGET.sub("]", CODE.sub(" ", text)))


def visible_text(notebook) -> str:
    """What a reader of the page made from an executed ``notebook`` sees as text."""
    parts = []
    for cell in pages.for_language(notebook).cells:
        if cell.cell_type == "markdown":
            parts.append(_markdown(cell.source))
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "text/html" in data:
                parser = _Visible()
                parser.feed(data["text/html"])
                parts += [CODE.sub(" ", part) for part in parser.parts]
            elif "text/markdown" in data:
                parts.append(_markdown(data["text/markdown"]))
            elif "text/plain" in data and "image/png" not in data:
                parts.append(data["text/plain"])
            if output.get("output_type") == "stream":
                parts.append(output["text"])
    return "\n".join(parts)


def kept_words(lang: str, articles: pd.DataFrame) -> set[str]:
    """Lower-cased words that stay as they are in ``lang``: the corpus's (the
    :data:`CORPUS_TEXT` columns of ``articles``) and those of the language's own catalogs."""
    texts = [text for c in CORPUS_TEXT if c in articles.columns
             for text in articles[c].fillna("").astype(str)]
    texts += [*lexicons.catalog("labels", lang).values(),
              *lexicons.catalog("notebooks", lang).values()]
    return {w.lower() for text in texts for w in WORD.findall(text)}


def kept_names(lang: str, slugs=()) -> list[str]:
    """Names shown as they are in ``lang``: actors without an ``actor_`` label, the story
    packs' ``slugs``, the packages of the version table and :data:`KEPT`."""
    labels = lexicons.catalog("labels", lang)
    people = [name for name in lexicons.load("actors")["canonical"]
              if f"actor_{name}" not in labels]
    return [*people, *slugs, *package_versions()["package"], *KEPT]


def english_leftovers(shown: str, english: str, words: set[str], names=()) -> list[str]:
    """Each word of ``shown`` (but in one of ``names``) that the English page ``english``
    shows too and ``words`` does not hold, with a few words around it."""
    if names:
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        shown = re.sub(rf"(?<![\w-])(?:{alternatives})(?![\w-])", " ", shown)
    in_english = {w.lower() for w in WORD.findall(english)}
    found, seen = [], set()
    for match in WORD.finditer(shown):
        word = match.group(0).lower()
        if word in in_english and word not in words and word not in seen:
            seen.add(word)
            context = shown[max(0, match.start() - 40):match.end() + 30].replace("\n", " ")
            found.append(f"{match.group(0)}: …{context}…")
    return found
