"""Numbers as a reader of the report's language writes them: the one number formatter of the
package (briefing tables, tooltips of the reading view, chart labels).

>>> format_number(6700.0), format_number(6700.0, "id"), format_number(2.5, "id")
('6,700', '6.700', '2,5')
>>> format_number(4_800_000.0, words=True), format_number(3e6, "id", words=True)
('4.8 million', '3 juta')
"""

import pandas as pd

_ID = str.maketrans({",": ".", ".": ","})  # 6,700.5 -> 6.700,5


def format_number(value, lang: str = "en", words: bool = False) -> str:
    """``value`` with thousands separators (``,`` in English, ``.`` in Indonesian) and up to
    two decimals; with ``words``, millions and above as ``4.8 million`` / ``4,8 juta``. Text
    that is no number is returned as it is, a missing value as "".

    >>> format_number(1_000_000, "id"), format_number(-1500, "id"), format_number(None)
    ('1.000.000', '-1.500', '')
    >>> format_number(2.0e9, words=True), format_number("n/a")
    ('2 billion', 'n/a')
    >>> format_number(1.2e12, words=True), format_number(1.2e12, "id", words=True)
    ('1.2 trillion', '1,2 triliun')
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    suffix = ""
    if words and abs(number) >= 1e6:
        scale, suffix = next((size, name) for size, name in (
            (1e12, " trillion" if lang == "en" else " triliun"),
            (1e9, " billion" if lang == "en" else " miliar"),
            (1e6, " million" if lang == "en" else " juta")) if abs(number) >= size)
        number /= scale
        text = f"{number:.1f}".rstrip("0").rstrip(".")
    elif number.is_integer():
        text = f"{number:,.0f}"
    else:
        text = f"{number:,.2f}".rstrip("0").rstrip(".")
    return (text.translate(_ID) if lang == "id" else text) + suffix

