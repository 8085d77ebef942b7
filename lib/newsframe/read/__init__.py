"""Reading a corpus: files, saved pages and exports into one row per article, with the text
split into paragraphs and sentences and its dates read (offsets always into ``body``).
"""

from importlib import import_module

_MODULES = ("corpus", "files", "exports", "html", "urls")


def __getattr__(name):
    if name in _MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module 'newsframe.read' has no attribute {name!r}")
