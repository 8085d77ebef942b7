"""papermill plug-in (entry point ``papermill.engine``): loaded by papermill while it is
imported, it installs newsframe's guarded parameter translator (see
:mod:`newsframe.publish.papermill_guard`). Only papermill needs this module.

The engine class is defined before anything imports papermill, so the plug-in loads whether
papermill or this module is imported first.
"""

from .papermill_guard import install


class GuardedEngine:
    """papermill's default engine under the name ``newsframe`` (the plug-in's vehicle)."""

    @classmethod
    def execute_managed_notebook(cls, *args, **kwargs):
        from papermill.engines import NBClientEngine

        return NBClientEngine.execute_managed_notebook(*args, **kwargs)

    @classmethod
    def execute_notebook(cls, *args, **kwargs):
        from papermill.engines import NBClientEngine

        return NBClientEngine.execute_notebook(*args, **kwargs)


install()
