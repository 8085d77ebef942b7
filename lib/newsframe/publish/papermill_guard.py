"""papermill's Python parameter translator, guarded: only literal values become code.

papermill writes each parameter into the notebook's injected cell as Python source; a value
of a type it does not know (bytes from YAML's ``!!binary``, a set from ``!!set``) is written
as ``"{str(value)}"`` without escaping, which runs whatever the value holds. This module
replaces the translator for Python kernels with one that refuses such values (naming the
parameter) and checks that the cell it writes is nothing but ``name = literal`` lines.

It is installed through the ``papermill.engine`` entry point
(``newsframe.publish._papermill_plugin``, see pyproject.toml): papermill loads its engine
plug-ins when it is imported, so the plain ``papermill`` command is guarded as well as
``newsframe report``. This module imports papermill only inside functions, so papermill may
load the plug-in while it starts.

>>> GuardedPythonTranslator = translator_class()
>>> GuardedPythonTranslator.codify({"lang": "id", "outlets": ["KompasTV"]}).splitlines()[1:]
['lang = "id"', 'outlets = ["KompasTV"]']
>>> GuardedPythonTranslator.codify({"lang": b"x"})  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
papermill.exceptions.PapermillException: parameter 'lang' holds a value of type bytes; ...
"""

import ast
import functools

from ..params import ParameterError, check_plain_parameters


@functools.cache
def translator_class():
    """papermill's PythonTranslator, writing only literal values and checking what it wrote."""
    from papermill.exceptions import PapermillException
    from papermill.translators import PythonTranslator

    class GuardedPythonTranslator(PythonTranslator):
        @classmethod
        def codify(cls, parameters, comment="Parameters"):
            try:
                check_plain_parameters(dict(parameters))
            except ParameterError as error:
                raise PapermillException(str(error)) from None
            content = super().codify(parameters, comment)
            check_literal_cell(content)
            return content

    return GuardedPythonTranslator


def check_literal_cell(source: str) -> None:
    """Raise unless ``source`` is only ``name = <literal>`` statements.

    >>> check_literal_cell('lang = "id"\\nn = [-3, float("nan")]')
    >>> check_literal_cell('lang = "a" + str(1)')
    Traceback (most recent call last):
    ...
    papermill.exceptions.PapermillException: injected parameters are not plain literals: line 1
    """
    from papermill.exceptions import PapermillException

    for statement in ast.parse(source).body:
        if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name)
                and _is_literal(statement.value)):
            raise PapermillException(
                f"injected parameters are not plain literals: line {statement.lineno}")


def _is_literal(node) -> bool:
    """A constant, a list or dict of literals, a signed number, or ``float('nan')`` /
    ``float('inf')`` / ``float('-inf')`` (how papermill writes those floats)."""
    if isinstance(node, ast.Constant):
        return type(node.value) in (str, int, float, bool, type(None))
    if isinstance(node, ast.List):
        return all(_is_literal(item) for item in node.elts)
    if isinstance(node, ast.Dict):
        return all(key is not None and isinstance(key, ast.Constant) and type(key.value) is str
                   and _is_literal(value) for key, value in zip(node.keys, node.values,
                                                                strict=True))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        return isinstance(node.operand, ast.Constant) and type(node.operand.value) in (int,
                                                                                       float)
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "float" and not node.keywords and len(node.args) == 1
            and isinstance(node.args[0], ast.Constant)
            and node.args[0].value in ("nan", "inf", "-inf"))


def install() -> None:
    """Use the guarded translator for Python kernels (idempotent)."""
    from papermill.translators import papermill_translators

    papermill_translators.register("python", translator_class())
