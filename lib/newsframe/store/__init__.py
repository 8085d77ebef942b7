"""The tables as their own layer: engines that annotate a corpus once into Parquet datasets
(``engines``), opening them for analysis (``tables``), and output folders that hold one whole
build each, with their lock and staging (``builds``, shared with the report runner); an
analyst's review file (``review_file``) applied to the tables once per build (``review``).
"""

from importlib import import_module

_MODULES = ("engines", "tables", "builds", "review_file", "review")


def __getattr__(name):
    if name in _MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module 'newsframe.store' has no attribute {name!r}")
