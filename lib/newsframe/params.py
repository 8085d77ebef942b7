"""Validation of notebook and CLI parameters: a bad value stops with a message naming the
parameter and the allowed values.

>>> check_choice("lang", "en", ["en", "id"])
'en'
>>> check_choice("lang", "fr", ["en", "id"])
Traceback (most recent call last):
...
newsframe.params.ParameterError: parameter 'lang' = 'fr' is not allowed; allowed values: en, id
"""

from collections.abc import Iterable
from datetime import date


class ParameterError(ValueError):
    """A parameter value outside its allowed set; the message names both."""


def _allowed_text(allowed: Iterable) -> str:
    return ", ".join(str(a) for a in allowed) or "(none available)"


def check_choice(name: str, value, allowed: Iterable):
    """Return ``value`` if it is one of ``allowed``, else raise ParameterError."""
    allowed = list(allowed)
    if value not in allowed:
        raise ParameterError(
            f"parameter {name!r} = {value!r} is not allowed; "
            f"allowed values: {_allowed_text(allowed)}"
        )
    return value


def check_subset(name: str, values, allowed: Iterable) -> list | None:
    """``None`` means "all"; a string is one value; else every value must be allowed.

    >>> check_subset("units", ["shell"], ["container", "shell"])
    ['shell']
    >>> check_subset("units", None, ["shell"]) is None
    True
    >>> check_subset("units", '["shell"]', ["shell"])
    ['shell']
    """
    if values is None:
        return None
    if isinstance(values, str) and values.strip().startswith("["):
        # plain `papermill -p outlets '["KompasTV"]'` passes the list as text
        values = load_plain_yaml(values, name)
    values = [values] if isinstance(values, str) else list(values)
    allowed = sorted(set(allowed), key=str)
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise ParameterError(
            f"parameter {name!r} has unknown value(s) {', '.join(map(repr, unknown))}; "
            f"allowed values: {_allowed_text(allowed)}"
        )
    return values


def check_int(name: str, value, low: int, high: int) -> int:
    """A whole number from ``low`` to ``high``.

    >>> check_int("top_n", 0, 1, 100)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsframe.params.ParameterError: parameter 'top_n' = 0 is not allowed; allowed values: ...
    """
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ParameterError(f"parameter {name!r} = {value!r} is not allowed; allowed values: "
                             f"a whole number from {low} to {high}")
    return value


def check_date(name: str, value) -> date | None:
    """``None``/"" means open; else an ISO date ``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY``).

    >>> check_date("start", "2023-10")
    datetime.date(2023, 10, 1)
    """
    if value is None or value == "":
        return None
    import pandas as pd

    text = str(value)
    for fmt, size in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        if len(text) == size:
            try:
                return pd.to_datetime(text, format=fmt).date()
            except ValueError:
                break
    raise ParameterError(
        f"parameter {name!r} = {value!r} is not a date; allowed values: YYYY-MM-DD, YYYY-MM, "
        "YYYY, or None"
    )


def check_window(start, end) -> tuple[date | None, date | None]:
    """Validated (start, end) where start <= end."""
    first, last = check_date("start", start), check_date("end", end)
    if first and last and first > last:
        raise ParameterError(
            f"parameters 'start' = {start!r} and 'end' = {end!r} give an empty date window; "
            "allowed values: start on or before end"
        )
    return first, last


# ---------------------------------------------------------------------------- safe values
# A parameter reaches a notebook as Python source that papermill writes into the injected
# cell. Only literal types are written safely, so every value is checked to be one of
# these before papermill sees it (a YAML tag such as !!binary or !!set gives bytes or a
# set, which papermill would write unescaped: code).

PLAIN_TYPES = "text, a number, true/false, null, or a list or mapping of these"
MAX_DEPTH = 20


def check_plain_value(name: str, value, _depth: int = 0, _seen: set | None = None):
    """``value`` if it is str, int, float, bool or None, or a list/dict (str keys) of these;
    else ParameterError naming the parameter.

    >>> check_plain_value("outlets", ["KompasTV", None])
    ['KompasTV', None]
    >>> check_plain_value("lang", b"en")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsframe.params.ParameterError: parameter 'lang' holds a value of type bytes; ...
    """
    if value is None or type(value) in (str, int, float, bool):
        return value
    seen = set() if _seen is None else _seen
    if type(value) in (list, dict):
        if _depth >= MAX_DEPTH or id(value) in seen:
            raise ParameterError(f"parameter {name!r} is nested too deeply or refers to itself; "
                                 f"allowed values: {PLAIN_TYPES}")
        seen.add(id(value))
        if type(value) is dict:
            for key, item in value.items():
                if type(key) is not str:
                    raise ParameterError(f"parameter {name!r} has a key of type "
                                         f"{type(key).__name__}; allowed values: mappings "
                                         "with text keys")
                check_plain_value(name, item, _depth + 1, seen)
        else:
            for item in value:
                check_plain_value(name, item, _depth + 1, seen)
        seen.discard(id(value))
        return value
    raise ParameterError(f"parameter {name!r} holds a value of type {type(value).__name__}; "
                         f"allowed values: {PLAIN_TYPES}")


def check_plain_parameters(parameters) -> dict:
    """Every name a str (a Python identifier) and every value plain (``check_plain_value``).

    >>> check_plain_parameters({"lang": "id"})
    {'lang': 'id'}
    """
    if not isinstance(parameters, dict):
        raise ParameterError(f"parameters must be a mapping of name: value, not "
                             f"{type(parameters).__name__}")
    for key, value in parameters.items():
        if type(key) is not str or not key.isidentifier():
            raise ParameterError(f"parameter name {key!r} is not allowed; allowed values: "
                                 "names such as lang or outlets")
        check_plain_value(key, value)
    return parameters


def _plain_yaml_loader():
    """A YAML loader for parameters: YAML 1.2 core scalars (``true``/``false`` only, no
    ``yes``/``on``, no sexagesimal ``12:30:00``, no timestamps: dates stay text), no tags
    beyond str/int/float/bool/null/seq/map, no aliases."""
    import yaml

    class PlainLoader(yaml.SafeLoader):
        pass

    PlainLoader.yaml_implicit_resolvers = {}
    core = {
        "bool": (r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
        "null": (r"^(?:~|null|Null|NULL|)$", "~nN"),
        "int": (r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
        "float": (r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
                  r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", "-+.0123456789"),
    }
    import re as _re
    for tag, (pattern, first) in core.items():
        PlainLoader.add_implicit_resolver(f"tag:yaml.org,2002:{tag}", _re.compile(pattern),
                                          list(first))
    PlainLoader.add_implicit_resolver("tag:yaml.org,2002:null", _re.compile(r"^$"), [""])
    allowed = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null",
                                                   "seq", "map")}
    PlainLoader.yaml_constructors = {tag: constructor for tag, constructor
                                     in yaml.SafeLoader.yaml_constructors.items()
                                     if tag in allowed}

    def construct_int(loader, node):  # YAML 1.2: no 1_000, no sexagesimal, 0o/0x only
        text = loader.construct_scalar(node)
        return int(text, 0) if text[:2] in ("0o", "0x") else int(text)

    def construct_float(loader, node):
        text = loader.construct_scalar(node).lower()
        return float(text.replace(".inf", "inf").replace(".nan", "nan"))

    PlainLoader.add_constructor("tag:yaml.org,2002:int", construct_int)
    PlainLoader.add_constructor("tag:yaml.org,2002:float", construct_float)
    return PlainLoader, allowed


def _node_problem(node, allowed: set, depth: int = 0, seen: set | None = None) -> str | None:
    """Why a composed YAML node may not be a parameter value, or None."""
    import yaml

    seen = set() if seen is None else seen
    if id(node) in seen:
        return "an alias (*name) is not allowed"
    if depth > MAX_DEPTH:
        return "nested too deeply"
    if node.tag not in allowed:
        return f"the tag {node.tag.replace('tag:yaml.org,2002:', '!!')} is not allowed"
    seen.add(id(node))
    children = []
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.tag != "tag:yaml.org,2002:str":
                return f"a key of type {key.tag.replace('tag:yaml.org,2002:', '')} is not allowed"
            children.append(value)
    elif isinstance(node, yaml.SequenceNode):
        children = node.value
    for child in children:
        problem = _node_problem(child, allowed, depth + 1, seen)
        if problem:
            return problem
    return None


def _join_surrogates(value):
    """YAML ``"\\ud83d\\ude00"`` (JSON's escape of one emoji) as the one character it is:
    PyYAML leaves the two halves apart, which no text can be encoded with."""
    if isinstance(value, str):
        if any("\ud800" <= c <= "\udfff" for c in value):
            return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        return value
    if isinstance(value, list):
        return [_join_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_join_surrogates(k): _join_surrogates(v) for k, v in value.items()}
    return value


def load_plain_yaml(text: str, name: str = "value"):
    """One YAML value read the safe way for parameters (see ``_plain_yaml_loader``): tags,
    aliases and non-text keys are refused with a ParameterError naming ``name``.

    >>> load_plain_yaml("[KompasTV, 2023-10-01, yes, 12:30:00]")
    ['KompasTV', '2023-10-01', 'yes', '12:30:00']
    >>> load_plain_yaml("!!binary aGVsbG8=", "lang")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsframe.params.ParameterError: parameter 'lang': the tag !!binary is not allowed; ...
    """
    import yaml

    loader_class, allowed = _plain_yaml_loader()
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        problem = _node_problem(node, allowed)
        if problem:
            raise ParameterError(f"parameter {name!r}: {problem}; allowed values: {PLAIN_TYPES}")
        return check_plain_value(name, _join_surrogates(loader.construct_document(node)))
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        at = f" (line {where.line + 1}, column {where.column + 1})" if where else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise ParameterError(f"parameter {name!r} is not valid YAML{at}: {problem}") from None
    finally:
        loader.dispose()


def load_parameters_file(text: str, source: str = "parameters file") -> dict:
    """A YAML mapping ``name: value`` of parameters, each value checked as in
    ``load_plain_yaml``; errors name the file and the parameter.

    >>> load_parameters_file("lang: id\\noutlets: [KompasTV]\\n")
    {'lang': 'id', 'outlets': ['KompasTV']}
    """
    import yaml

    loader_class, allowed = _plain_yaml_loader()
    loader = loader_class(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.YAMLError as error:
            where = getattr(error, "problem_mark", None)
            at = f" (line {where.line + 1}, column {where.column + 1})" if where else ""
            problem = getattr(error, "problem", None) or str(error).splitlines()[0]
            raise ParameterError(f"{source} is not valid YAML{at}: {problem}") from None
        if node is None:
            return {}
        if not isinstance(node, yaml.MappingNode):
            raise ParameterError(f"{source} must hold a mapping of name: value (e.g. 'lang: id')")
        parameters = {}
        seen: set = set()  # an alias shared by two parameters is refused too
        for key_node, value_node in node.value:
            if key_node.tag != "tag:yaml.org,2002:str":
                raise ParameterError(f"{source}: parameter name {key_node.value!r} is not text; "
                                     "allowed values: names such as lang or outlets")
            name = key_node.value
            problem = _node_problem(value_node, allowed, seen=seen)
            if problem:
                raise ParameterError(f"parameter {name!r} in {source}: {problem}; "
                                     f"allowed values: {PLAIN_TYPES}")
            try:
                parameters[_join_surrogates(name)] = _join_surrogates(
                    loader.construct_object(value_node, deep=True))
            except yaml.YAMLError as error:
                raise ParameterError(f"parameter {name!r} in {source}: "
                                     f"{getattr(error, 'problem', error)}") from None
        return check_plain_parameters(parameters)
    finally:
        loader.dispose()


def parse_cli_value(name: str, text: str, declared_type: str | None = None):
    """Type a ``-p NAME VALUE`` string by the notebook's annotation of ``NAME``:
    ``str`` stays text (``-p lang yes`` is ``'yes'``), ``int``/``float``/``bool`` must
    read as one, ``list`` reads a YAML list (a single word is a list of one), and
    ``Optional[...]`` also takes ``None``. Without an annotation, YAML 1.2 core scalars.

    >>> parse_cli_value("lang", "yes", "str"), parse_cli_value("top_n", "5", "int")
    ('yes', 5)
    >>> parse_cli_value("outlets", "[KompasTV, NEWSLIVE]", "Optional[list]")
    ['KompasTV', 'NEWSLIVE']
    >>> parse_cli_value("start", "None", "Optional[str]") is None
    True
    """
    kind = (declared_type or "").strip()
    optional = kind.startswith("Optional[") and kind.endswith("]")
    if optional:
        kind = kind[len("Optional["):-1]
    if optional and text in ("None", "none", "null", "~"):
        return None
    if kind == "str":
        return text
    if kind in ("int", "float"):
        try:
            return int(text) if kind == "int" else float(text)
        except ValueError:
            raise ParameterError(f"parameter {name!r} = {text!r} is not allowed; allowed "
                                 f"values: a {'whole number' if kind == 'int' else 'number'}"
                                 f"{' or None' if optional else ''}") from None
    if kind == "bool":
        if text in ("True", "true", "False", "false"):
            return text in ("True", "true")
        raise ParameterError(f"parameter {name!r} = {text!r} is not allowed; allowed values: "
                             "True, False")
    if text in ("None", "none"):
        return None
    value = load_plain_yaml(text, name)
    if kind in ("list", "List") and isinstance(value, str | int | float):
        return [value]
    return value
