"""Numbers as a reader of the report's language writes them: the one number formatter of the
package (briefing tables, tooltips of the reading view, chart labels).

>>> format_number(6700.0), format_number(6700.0, "id"), format_number(2.5, "id")
('6,700', '6.700', '2,5')
>>> format_number(4_800_000.0, words=True), format_number(3e6, "id", words=True)
('4.8 million', '3 juta')
"""

import pandas as pd

from .labels import label


def format_number(value, lang: str = "en", words: bool = False,
                  decimals: int | None = None) -> str:
    """``value`` with thousands separators (``,`` in English, ``.`` in Indonesian) and up to
    two decimals, or exactly ``decimals`` (a table's numbers alike: ``0.09``, ``6.25``); with
    ``words``, millions and above as ``4.8 million`` / ``4,8 juta``. Text
    that is no number is returned as it is, a missing value as "". The marks and scale words
    are the language's labels (``number_group``, ``number_decimal``, ``number_million`` …).

    >>> format_number(1_000_000, "id"), format_number(-1500, "id"), format_number(None)
    ('1.000.000', '-1.500', '')
    >>> format_number(2.0e9, words=True), format_number("n/a")
    ('2 billion', 'n/a')
    >>> format_number(1.2e12, words=True), format_number(1.2e12, "id", words=True)
    ('1.2 trillion', '1,2 triliun')
    >>> format_number(8.0, decimals=1), format_number(100 / 11, "id", decimals=1)
    ('8.0', '9,1')
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
            (1e12, " " + label("number_trillion", lang)),
            (1e9, " " + label("number_billion", lang)),
            (1e6, " " + label("number_million", lang))) if abs(number) >= size)
        number /= scale
        text = f"{number:.1f}".rstrip("0").rstrip(".")
    elif decimals is not None:
        text = f"{number:,.{decimals}f}"
    elif number.is_integer():
        text = f"{number:,.0f}"
    else:
        text = f"{number:,.2f}".rstrip("0").rstrip(".")
    marks = str.maketrans({",": label("number_group", lang), ".": label("number_decimal", lang)})
    return text.translate(marks) + suffix



def format_range(low, high, lang: str = "en") -> str:
    """A figure with an optional upper bound as one text: ``3–5 juta``, ``1,000–2,000``;
    just the figure when ``high`` is missing.

    >>> format_range(3e6, 5e6, "id"), format_range(1000, 2000), format_range(1000.0, None)
    ('3–5 juta', '1,000–2,000', '1,000')
    >>> format_range(500_000, 3e6)
    '500,000–3 million'
    """
    if high is None or (not isinstance(high, str) and pd.isna(high)):
        return format_number(low, lang)
    if low is None or (not isinstance(low, str) and pd.isna(low)):
        return format_number(high, lang)
    words = abs(float(low)) >= 1e6 or abs(float(high)) >= 1e6
    low_text, high_text = (format_number(low, lang, words), format_number(high, lang, words))
    low_number, _, low_scale = low_text.partition(" ")
    high_number, _, high_scale = high_text.partition(" ")
    if low_scale and low_scale == high_scale:  # 3 juta–5 juta -> 3–5 juta
        return f"{low_number}–{high_number} {high_scale}"
    return f"{low_text}–{high_text}"
