"""Text from data made inert for each sink: HTML, Markdown (as nbconvert renders it), and
spreadsheets (OWASP CSV injection)."""

import pandas as pd
import pytest
from nbconvert.filters.markdown_mistune import markdown2html_mistune

from newsframe.escape import html_text, markdown_text, neutralise_csv, spreadsheet_cell

HOSTILE_MARKDOWN = [
    "[klik](javascript:alert(1))", "![](file:///etc/passwd)", "![x](http://example.com/x.png)",
    "<img src=x onerror=alert(1)>", "**tebal** _miring_ `kode`", "# Judul palsu",
    "- daftar\n1. nomor", "> kutipan", "http://example.com/bare www.example.com",
    "<http://example.com>", "[ref]: http://example.com", "a\\*b &amp; &#60;",
]


@pytest.mark.parametrize("value", HOSTILE_MARKDOWN)
def test_markdown_text_renders_as_the_same_text_and_nothing_else(value):
    rendered = markdown2html_mistune(f"**{markdown_text(value)}**\n\n{markdown_text(value)}")
    assert "<a" not in rendered and "<img" not in rendered and "<h1" not in rendered
    assert "<li" not in rendered and "<blockquote" not in rendered and "<code" not in rendered
    assert rendered.count("<strong>") == 1  # only ours
    import html

    shown = html.unescape(rendered.replace("<p>", "").replace("</p>", "")
                          .replace("<strong>", "").replace("</strong>", ""))
    assert shown.split() == (" ".join(value.split()) + " " + " ".join(value.split())).split()


def test_html_text_escapes_markup_and_quotes():
    assert html_text("<a href='x'>&</a>") == "&lt;a href=&#x27;x&#x27;&gt;&amp;&lt;/a&gt;"


@pytest.mark.parametrize(("cell", "written"), [
    ("=HYPERLINK(\"http://x\",\"klik\")", "'=HYPERLINK(\"http://x\",\"klik\")"),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("-12", "-12"), ("+3.5", "+3.5"), ("1.000", "1.000"),
    ("Kirby = juru bicara", "Kirby = juru bicara"), ("", ""),
])
def test_spreadsheet_cells_never_start_a_formula(cell, written):
    assert spreadsheet_cell(cell) == written


def test_neutralise_csv_leaves_numbers_and_missing_values():
    table = pd.DataFrame({"source": ["=cmd", None, "Kirby"], "value": [-1.0, 2.0, None],
                          "=col": ["a", "b", "c"]})
    out = neutralise_csv(table)
    assert out["source"].tolist()[::2] == ["'=cmd", "Kirby"] and pd.isna(out["source"][1])
    assert out["value"].tolist()[:2] == [-1.0, 2.0]
    assert list(out.columns) == ["source", "value", "'=col"]
    assert table["source"][0] == "=cmd"  # not changed in place
