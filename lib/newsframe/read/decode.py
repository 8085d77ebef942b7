r"""A planned row's bytes as text: decoded (UTF-8, else cp1252/latin-1 with a warning), a saved
page's article extracted (:mod:`.html`, trafilatura), markup and control characters removed.
Problems become the row's warning codes (``empty``, ``binary``, ``crlf`` …), never errors
raised.

>>> row = Row("a", "a.txt", raw=b"Judul\r\n\r\nJAKARTA - Isi berita.")
>>> clean_text(row, decode_row(row)), row.warnings
('Judul\n\nJAKARTA - Isi berita.', ['crlf'])
"""

import html
import re

from . import files
from . import html as pages
from .collect import Row

_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


_TAGS = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]{0,2000}>", re.I | re.S)


_HTML_HINT = re.compile(r"<(html|body|p|div|br|span|script|a|h\d|article|img)\b[^>]*>", re.I)


_THAI_WORD = re.compile(r"[\u0e01-\u0e5b]{2}")


def decode_row(row: Row) -> str:
    raw = row.raw
    if not raw.strip():
        row.error = True
        row.warnings.append("empty")
        return ""
    sample = raw[:8192]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if b"\x00" in sample or controls > len(sample) * 0.05:
        row.error = True
        row.warnings.append("binary")
        return ""
    decoded, codes = files.decode(raw)
    row.warnings += codes
    return decoded


def clean_text(row: Row, raw_text: str) -> str:
    cleaned = raw_text.lstrip("\ufeff")
    if "\r" in cleaned:
        if "crlf" not in row.warnings and "\r\n" in cleaned:
            row.warnings.append("crlf")
        cleaned = cleaned.replace("\r\n", "\n").replace("\r", "\n")
    if _HTML_HINT.search(cleaned[:200_000]):
        cleaned = _TAGS.sub("\n", cleaned)
        cleaned = html.unescape(cleaned)
        row.warnings.append("html_stripped")
    cleaned = cleaned.replace("\u00a0", " ").replace("\u200b", "")
    if " \u0e42 " in cleaned and not _THAI_WORD.search(cleaned):
        # a dash read in the wrong code page ("Bogor, LNM โ Banjir …": the en dash's first byte
        # in Windows-874) where the text holds no Thai word; one character for one, so the
        # offsets stay
        cleaned = cleaned.replace(" \u0e42 ", " \u2013 ")
    cleaned = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", " ", cleaned)
    if not cleaned.strip() and not row.error:
        row.error = True
        row.warnings.append("empty")
    return cleaned


def extract_saved_page(row: Row) -> dict | None:
    """A saved page's article (title line, blank line, body) and metadata; None when
    trafilatura finds no article text (then its tags are stripped as for any text)."""
    too_large = pages.beyond_bounds(row.raw)
    if too_large:  # the extractor's time and memory grow with the markup: read as text
        row.warnings.append("page_too_large")
        row.error_detail = too_large
        return None
    try:
        page = pages.extract_page(row.raw)
    except Exception:  # noqa: BLE001 - a page the extractor chokes on is read as text
        page = None
    if page is None:
        return None
    lines = page["text"].split("\n")
    if lines and page["title"] and " ".join(lines[0].split()) == page["title"]:
        lines = lines[1:]  # the headline repeated as the body's first line
    page["text"] = "\n\n".join([page["title"], *lines]) if page["title"] else "\n\n".join(lines)
    row.warnings.append("html_extracted")
    return page
