"""The annotators: pure functions from articles to one table each (claims, events,
attributions, frames), per article, so any engine can run them.

The package is also the function it has always been: ``nf.annotate(articles)`` runs
:func:`newsframe.annotate.tables.annotate` (every table in one call).

>>> import newsframe as nf
>>> sorted(nf.annotate(nf.load_corpus(nf.paths.SEEDS), ["claims"]))
['claims']
"""

import sys
import types
from importlib import import_module

_MODULES = ("actors", "mentions", "quotes", "coreference", "statements", "scopes", "sources",
            "claims", "timeline", "framing", "chains", "keys", "tables")


def __getattr__(name):
    if name in _MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module 'newsframe.annotate' has no attribute {name!r}")


class _Package(types.ModuleType):
    """``newsframe.annotate`` called: :func:`newsframe.annotate.tables.annotate`."""

    def __call__(self, articles, tables=None, timings=None, story=None):
        from .tables import TABLES, annotate

        return annotate(articles, TABLES if tables is None else tables, timings, story=story)


sys.modules[__name__].__class__ = _Package
