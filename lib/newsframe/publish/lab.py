"""Running a notebook never dirties the repository.

The notebooks of ``notebooks/`` are committed without outputs, as :func:`clean_notebook`
writes them: no outputs or execution counts, no widget state, no run-time metadata
(nbstripout's ``strip_output`` with its usual keys, plus the interpreter's version and the
kernel's display name, which differ between machines), in nbformat's own JSON layout.

JupyterLab saves a notebook of ``notebooks/`` in that form too: this module is a Jupyter
server extension, enabled by ``etc/jupyter/jupyter_server_config.d/newsframe.json`` in the
environment (``make`` writes it: :func:`install_setting`), that registers
:func:`strip_before_save` as a ``pre_save_hook`` of the contents manager. Run All and
autosave leave the outputs on screen and none in the file, so ``git status`` stays clean;
executed copies go to ``reports/``. A notebook saved anywhere else keeps its outputs.

Tests read notebooks through :func:`read_notebook`, outputs stripped in memory, so a working
copy saved with outputs by another editor does not change what they see.

>>> from nbformat.v4 import new_code_cell, new_notebook, new_output
>>> cell = new_code_cell("1 + 1", execution_count=3,
...                      outputs=[new_output("execute_result", {"text/plain": "2"})])
>>> info = {"name": "python", "version": "3.11.2", "pygments_lexer": "ipython3"}
>>> notebook = new_notebook(cells=[cell], metadata={"language_info": info})
>>> stripped = strip_notebook(notebook)
>>> stripped.cells[0].outputs, stripped.cells[0].execution_count, stripped.metadata
([], None, {'language_info': {'name': 'python'}})
"""

import copy
from pathlib import Path

from .. import paths

# what nbstripout strips by default, and what differs between machines or sessions
_EXTRA_KEYS = ["metadata.signature", "metadata.widgets", "metadata.varInspector",
               "metadata.toc", "metadata.papermill", "metadata.vscode",
               "cell.metadata.collapsed", "cell.metadata.ExecuteTime", "cell.metadata.execution",
               "cell.metadata.heading_collapsed", "cell.metadata.hidden",
               "cell.metadata.scrolled", "cell.metadata.jupyter", "cell.metadata.trusted",
               "cell.metadata.papermill"]


def strip_notebook(notebook):
    """A copy of ``notebook`` as committed: outputs, counts and run-time metadata removed,
    ``language_info`` reduced to the language's name, the kernel named by its name alone."""
    from nbstripout import strip_output

    stripped = strip_output(copy.deepcopy(notebook), keep_output=False, keep_count=False,
                            keep_id=True, extra_keys=_EXTRA_KEYS)
    kernel = stripped.metadata.get("kernelspec")
    info = stripped.metadata.get("language_info") or {}
    language = info.get("name") or (kernel or {}).get("language") or "python"
    stripped.metadata["language_info"] = {"name": language}  # JupyterLab always writes it
    if kernel and kernel.get("name") == "python3":  # the display name is the machine's
        stripped.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)",
                                           "language": "python", "name": "python3"}
    return stripped


def clean_notebook(notebook) -> str:
    """The text of ``notebook`` as committed: :func:`strip_notebook` in nbformat's JSON."""
    import nbformat

    return nbformat.writes(strip_notebook(notebook), version=nbformat.NO_CONVERT) + "\n"


def read_notebook(path: Path):
    """A notebook file as committed (outputs stripped in memory), whatever was saved in it."""
    import nbformat

    return strip_notebook(nbformat.read(path, as_version=4))


def strip_before_save(model: dict, path: str, contents_manager, **kwargs) -> None:
    """Jupyter server ``pre_save_hook``: a notebook saved into the repository's notebooks
    folder is saved as committed (:func:`strip_notebook`); others are left alone."""
    if model.get("type") != "notebook" or not isinstance(model.get("content"), dict):
        return
    root = Path(getattr(contents_manager, "root_dir", ".")).resolve()
    target = (root / path.lstrip("/")).resolve()
    if not target.is_relative_to(paths.NOTEBOOKS.resolve()):
        return
    import nbformat

    model["content"] = strip_notebook(nbformat.from_dict(model["content"]))


def _jupyter_server_extension_points():
    return [{"module": "newsframe.publish.lab"}]


def _load_jupyter_server_extension(server_app) -> None:
    server_app.contents_manager.register_pre_save_hook(strip_before_save)
    server_app.log.info(f"newsframe: notebooks saved into {paths.NOTEBOOKS} keep no outputs")


def install_setting(prefix: Path | None = None) -> Path:
    """Enable this module as a Jupyter server extension in the environment ``prefix``
    (default: this Python's): ``etc/jupyter/jupyter_server_config.d/newsframe.json``;
    returns its path. ``make`` does this once (an editable install, ``pip install -e``, does
    not copy the package's data files)."""
    import shutil
    import sys

    source = Path(__file__).with_name("jupyter_server_config.d") / "newsframe.json"
    target = Path(prefix or sys.prefix) / "etc" / "jupyter" / "jupyter_server_config.d"
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target / source.name)
    return target / source.name


if __name__ == "__main__":  # make: python -m newsframe.publish.lab
    print(f"JupyterLab saves notebooks/ without outputs: {install_setting()}")
