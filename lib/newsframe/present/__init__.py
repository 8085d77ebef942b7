"""Presentation: labels in the report's language, number and date formats, display tables,
charts, the reading view and the briefing.
"""

from importlib import import_module

_MODULES = ("labels", "format", "theme", "charts", "display", "render", "reviewing", "briefing")


def __getattr__(name):
    if name in _MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module 'newsframe.present' has no attribute {name!r}")
