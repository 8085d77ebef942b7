"""Analyses of the annotation tables: claims against reference statements, indicators per
article and outlet, the chronology of events.
"""

from importlib import import_module

_MODULES = ("reference", "indicators", "chronology", "counts", "drafts")


def __getattr__(name):
    if name in _MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module 'newsframe.analyse' has no attribute {name!r}")
