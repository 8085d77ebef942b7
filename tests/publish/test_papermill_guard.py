"""papermill's parameter translator is guarded, also for the plain papermill command."""

import base64
import subprocess
import sys
from pathlib import Path

import pytest
from papermill.exceptions import PapermillException

from newsframe import paths
from newsframe.publish import papermill_guard

PAYLOAD = 'a" + str(__import__("pathlib").Path("{target}").touch()) + "'


def test_papermill_uses_the_guarded_translator():
    import papermill  # noqa: F401 - loads the plug-in
    from papermill.translators import papermill_translators

    assert papermill_translators.find_translator("python3", "python") is (
        papermill_guard.translator_class())


@pytest.mark.parametrize("value", [b"x", {1, 2}, ["ok", b"x"], {"k": {3}}, {b"k": 1},
                                   (1, 2), object()])
def test_non_literal_values_are_refused_naming_the_parameter(value):
    with pytest.raises(PapermillException, match="parameter 'lang'"):
        papermill_guard.translator_class().codify({"lang": value})


def test_literal_values_are_written_as_literals():
    import ast

    cell = papermill_guard.translator_class().codify(
        {"a": 'x" + y', "b": [1, -2.5, None, True], "c": {"k": float("nan")},
         "d": float("-inf")})
    papermill_guard.check_literal_cell(cell)
    values = dict(line.split(" = ", 1) for line in cell.splitlines()[1:])
    assert ast.literal_eval(values["a"]) == 'x" + y'
    assert ast.literal_eval(values["b"]) == [1, -2.5, None, True]


def test_the_plain_papermill_command_runs_no_code_from_a_yaml_tag(tmp_path):
    target = tmp_path / "pwned"
    payload = base64.b64encode(PAYLOAD.format(target=target).encode()).decode()
    result = subprocess.run(
        [str(Path(sys.executable).parent / "papermill"),
         str(paths.NOTEBOOKS / "00_corpus.ipynb"), str(tmp_path / "out.ipynb"),
         "-y", f"lang: !!binary {payload}"],
        capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "parameter 'lang' holds a value of type bytes" in result.stderr
    assert not target.exists()
