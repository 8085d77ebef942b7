"""Notebooks saved and read as committed: no outputs, counts or run-time metadata, in
nbformat's layout; the pre-save hook strips only the repository's notebooks."""

import json

import nbformat
from nbformat.v4 import new_code_cell, new_notebook, new_output

from newsframe import paths
from newsframe.publish import lab


def _executed():
    cell = new_code_cell("print(1)", execution_count=4,
                         outputs=[new_output("stream", name="stdout", text="1\n")],
                         metadata={"execution": {"iopub.status.idle": "2026-01-01"},
                                   "scrolled": True, "tags": ["summary"]})
    return new_notebook(cells=[cell], metadata={
        "kernelspec": {"display_name": "Python 3.11 (venv)", "language": "python",
                       "name": "python3"},
        "language_info": {"name": "python", "version": "3.11.2", "mimetype": "text/x-python"},
        "widgets": {"application/vnd.jupyter.widget-state+json": {}}})


def test_strip_notebook_keeps_source_and_tags_only():
    stripped = lab.strip_notebook(_executed())
    cell = stripped.cells[0]
    assert (cell.source, cell.outputs, cell.execution_count) == ("print(1)", [], None)
    assert cell.metadata == {"tags": ["summary"]}
    assert stripped.metadata == {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                       "name": "python3"},
        "language_info": {"name": "python"}}


def test_committed_notebooks_are_in_the_committed_form():
    """A save from JupyterLab (through the hook) writes exactly the committed bytes."""
    for path in sorted(paths.NOTEBOOKS.glob("**/*.ipynb")):
        if ".ipynb_checkpoints" in path.parts:
            continue
        assert lab.clean_notebook(lab.read_notebook(path)).count("\n") > 10
        committed = lab.read_notebook(path)
        assert lab.clean_notebook(committed) == lab.clean_notebook(lab.strip_notebook(committed))


def test_pre_save_hook_strips_only_the_repository_notebooks(tmp_path):
    class Manager:
        root_dir = str(paths.ROOT)

    model = {"type": "notebook", "content": json.loads(nbformat.writes(_executed()))}
    lab.strip_before_save(model=model, path="notebooks/00_corpus.ipynb",
                          contents_manager=Manager())
    assert model["content"]["cells"][0]["outputs"] == []
    elsewhere = {"type": "notebook", "content": json.loads(nbformat.writes(_executed()))}
    Manager.root_dir = str(tmp_path)
    lab.strip_before_save(model=elsewhere, path="mine.ipynb", contents_manager=Manager())
    assert elsewhere["content"]["cells"][0]["outputs"] != []


def test_read_notebook_strips_a_working_copy_saved_with_outputs(tmp_path):
    saved = tmp_path / "run.ipynb"
    nbformat.write(_executed(), saved)
    assert lab.read_notebook(saved).cells[0].outputs == []


def test_the_server_extension_setting_is_installed(tmp_path):
    written = lab.install_setting(tmp_path)
    assert written == tmp_path / "etc/jupyter/jupyter_server_config.d/newsframe.json"
    setting = json.loads(written.read_text())
    assert setting["ServerApp"]["jpserver_extensions"] == {"newsframe.publish.lab": True}
    assert lab._jupyter_server_extension_points() == [{"module": "newsframe.publish.lab"}]
