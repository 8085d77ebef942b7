"""Indonesian language resources both the reader and the annotators use: sentences and
paragraphs with offsets (``text``), numerals (``numerals``) and dated expressions (``dates``).
They know no story and read their words from data/lexicons/.
"""

from importlib import import_module

_MODULES = ("text", "numerals", "dates", "language")


def __getattr__(name):
    if name in _MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module 'newsframe.lang' has no attribute {name!r}")
