"""newsframe: annotated, evidence-carrying tables from a folder of news articles.

Public functions are imported lazily so that ``import newsframe`` stays fast and one
module's heavy dependency (dateparser, matplotlib) is only paid by the code that needs it.

>>> import newsframe as nf
>>> callable(nf.load_corpus)
True
"""

from importlib import import_module

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    "load_corpus": "corpus",
    "extract_claims": "claims",
    "load_statements": "reference",
    "match_statements": "reference",
    "extract_events": "timeline",
    "extract_attributions": "sources",
    "score_frames": "framing",
    "framing_indicators": "framing",
    "render_article": "render",
    "resolve_path": "paths",
    "annotate": "pipeline",
    "annotate_selection": "pipeline",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


_SUBMODULES = {"actors", "claims", "cli", "corpus", "dates", "framing", "lexicons", "numbers",
               "params", "paths", "pipeline", "plotting", "reference", "render", "reports",
               "sources", "synthetic", "text", "timeline"}


def __getattr__(name):
    if name in _SUBMODULES:  # nf.plotting, nf.params, ... without explicit imports
        return import_module(f".{name}", __name__)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'newsframe' has no attribute {name!r}")
    return getattr(import_module(f".{module}", __name__), name)


def __dir__():
    return __all__
