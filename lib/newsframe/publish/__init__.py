"""Publishing the results: the report runner (papermill and nbconvert) and its kernels, and
the command line. The tables it reads are the store's (:mod:`newsframe.store`).
"""

from importlib import import_module

_MODULES = ("reports", "kernels", "cli", "papermill_guard")


def __getattr__(name):
    if name in _MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module 'newsframe.publish' has no attribute {name!r}")
