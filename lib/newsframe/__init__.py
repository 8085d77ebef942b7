"""newsframe: annotated, evidence-carrying tables from a folder of news articles.

The package is laid out in the order data flows through it:

- ``lang``      Indonesian sentences, numerals and dates, shared by the reader and annotators;
- ``read``      load a corpus: files, pages, exports → one row per article;
- ``annotate``  per-article annotators: claims, events, attributions, frames, headlines, chains;
- ``store``     engines that write the tables as Parquet datasets (the story decided once per
  build), opening them;
- ``analyse``   tables against reference statements, indicators per article and outlet;
- ``present``   labels, number formats, charts, the reading view, the briefing;
- ``notebook``  the notebooks' front door (``open_page``);
- ``publish``   the report runner and the CLI;

with ``paths``, ``lexicons``, ``params``, ``schema`` and ``stories`` (story packs of
data/stories and the one decision per corpus of which it uses) shared by all. Public functions are
imported lazily, so ``import newsframe`` stays fast and one module's heavy dependency
(dateparser, matplotlib) is only paid by the code that needs it.

>>> import newsframe as nf
>>> callable(nf.load_corpus)
True
"""

from importlib import import_module

__version__ = "0.3.0"  # the one place the version is written (pyproject reads it)

# public name -> module that defines it
_EXPORTS = {
    "load_corpus": "read.corpus",
    "select_articles": "read.select",
    "extract_claims": "annotate.claims",
    "extract_events": "annotate.timeline",
    "extract_attributions": "annotate.sources",
    "score_frames": "annotate.framing",
    "annotate_selection": "annotate.tables",
    "load_statements": "analyse.reference",
    "match_statements": "analyse.reference",
    "framing_indicators": "analyse.indicators",
    "source_balance": "analyse.indicators",
    "render_article": "present.render",
    "resolve_path": "paths",
    "open_tables": "store.tables",
    "write_tables": "store.engines",
    "open_page": "notebook",
}
_PACKAGES = ("lang", "read", "annotate", "store", "analyse", "present", "notebook", "publish",
             "paths", "lexicons", "params", "schema", "stories")

__all__ = sorted(_EXPORTS) + list(_PACKAGES) + ["__version__"]


def __getattr__(name):
    if name in _PACKAGES:  # nf.read, nf.present, nf.params, ... without explicit imports
        return import_module(f".{name}", __name__)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'newsframe' has no attribute {name!r}")
    return getattr(import_module(f".{module}", __name__), name)


def __dir__():
    return __all__
