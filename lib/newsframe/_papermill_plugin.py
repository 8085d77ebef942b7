"""papermill plug-in (entry point ``papermill.engine``): loaded by papermill while it is
imported, it installs newsframe's guarded parameter translator (see
:mod:`newsframe.papermill_guard`). Only papermill imports this module.
"""

from papermill.engines import NBClientEngine

from .papermill_guard import install


class GuardedEngine(NBClientEngine):
    """papermill's default engine under the name ``newsframe`` (the plug-in's vehicle)."""


install()
