"""Reading a corpus: files, saved pages and exports into one row per article, its body
cleaned, its outlet, title and publication date read (with :mod:`newsframe.lang`).
"""

from importlib import import_module

_MODULES = ("corpus", "collect", "decode", "header", "outlets", "summary", "files", "exports",
            "html", "urls", "select")


def __getattr__(name):
    if name in _MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module 'newsframe.read' has no attribute {name!r}")
