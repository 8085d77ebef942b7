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

import pandas as pd


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
        import yaml

        values = yaml.safe_load(values)
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
