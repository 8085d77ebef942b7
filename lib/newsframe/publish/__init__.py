"""Publishing the results: engines that annotate a corpus into Parquet datasets, opening them,
the report runner and its kernels, output folders that hold one build each, the command line.
"""

from importlib import import_module

_MODULES = ("reports", "kernels", "cli", "papermill_guard")


def __getattr__(name):
    if name in _MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module 'newsframe.publish' has no attribute {name!r}")
