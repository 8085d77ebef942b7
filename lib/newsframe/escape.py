"""Text that came from data, made inert for the place it goes: HTML, Markdown, spreadsheets.

Article text, titles, outlet and author names, story-pack titles and labels and statement
rows reach a page or a file only through these functions, so a value can never become
markup, a link, an image or a formula:

- :func:`html_text`: for HTML text and attribute values (``&``, ``<``, ``>``, quotes);
- :func:`markdown_text`: for text placed inside Markdown that a notebook displays: every
  ASCII punctuation character is written as a numeric character reference, which Markdown
  shows as the character and never reads as syntax (no ``[link](javascript:…)``, no
  ``![](file:…)``, no ``<tag>``, no emphasis, heading or list), and line breaks become
  spaces (a value cannot start a block of its own);
- :func:`spreadsheet_cell` / :func:`neutralise_csv`: cells a spreadsheet would run as a
  formula (OWASP "CSV injection": a cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or
  a carriage return) get a leading apostrophe.

Chart text needs nothing here: the chart theme turns matplotlib's mathtext off
(``text.parse_math``), so a ``$`` in an outlet name is drawn as a dollar sign.

>>> markdown_text("[klik](javascript:alert(1))")
'&#91;klik&#93;&#40;javascript&#58;alert&#40;1&#41;&#41;'
>>> html_text('<b title="x">')
'&lt;b title=&quot;x&quot;&gt;'
>>> spreadsheet_cell("=HYPERLINK(1)"), spreadsheet_cell("-12"), spreadsheet_cell("Kirby")
("'=HYPERLINK(1)", '-12', 'Kirby')
"""

import html
import re
import string

import pandas as pd

_PUNCTUATION = {ord(c): f"&#{ord(c)};" for c in string.punctuation}
# OWASP: a cell beginning with one of these is read as a formula by Excel, LibreOffice or
# Google Sheets (tab and carriage return too, which some of them strip first)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(?:\d+(?:[.,]\d+)*|\d*[.,]\d+)(?:[eE][+-]?\d+)?$")


def html_text(value) -> str:
    """``value`` as text for HTML (element content or a quoted attribute); None is "".

    >>> html_text("AT&T <i>"), html_text(None)
    ('AT&amp;T &lt;i&gt;', '')
    """
    return html.escape("" if value is None else str(value), quote=True)


def markdown_text(value) -> str:
    """``value`` as literal text inside Markdown (see the module docstring); None is "".

    >>> markdown_text("**Korea** #1\\n- x")
    '&#42;&#42;Korea&#42;&#42; &#35;1 &#45; x'
    """
    text = " ".join(("" if value is None else str(value)).split())
    return text.translate(_PUNCTUATION)


def spreadsheet_cell(value):
    """A cell a spreadsheet reads as text, never as a formula: text that begins with ``=``,
    ``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'`` (what OWASP
    recommends; the apostrophe is not shown by a spreadsheet). A number written as text
    (``-12``, ``+3.5``) is left alone; anything that is not text is returned unchanged.

    >>> spreadsheet_cell("@SUM(A1)"), spreadsheet_cell("+62 812"), spreadsheet_cell(-3)
    ("'@SUM(A1)", "'+62 812", -3)
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and \
            not _NUMBER.match(value):
        return "'" + value
    return value


def neutralise_csv(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with every text cell (and column name) passed through
    :func:`spreadsheet_cell`; numbers, dates and booleans are left as they are.

    >>> neutralise_csv(pd.DataFrame({"x": ["=1+1", "ok"], "n": [1, 2]}))["x"].tolist()
    ["'=1+1", 'ok']
    """
    out = table.copy()
    for column in out.columns:
        values = out[column]
        if values.dtype == object or pd.api.types.is_string_dtype(values.dtype):
            out[column] = values.map(spreadsheet_cell, na_action="ignore")
    out.columns = [spreadsheet_cell(c) if isinstance(c, str) else c for c in out.columns]
    return out
