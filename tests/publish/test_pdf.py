"""The sealed PDF printer, in real headless Chromium: no script runs, nothing outside the
page's folder is read (a file beside it is), no network, a time limit per page."""

import socket
import subprocess
import sys

import pytest
from pypdf import PdfReader

from newsframe.publish import pdf

pytestmark = pytest.mark.browser

# a 1x1 PNG
PIXEL = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                      "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082")


def pdf_text(path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_page_prints_without_its_script_or_anything_outside_its_folder(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("CANARY-SECRET-LINE")
    folder = tmp_path / "report"
    folder.mkdir()
    (folder / "chart.png").write_bytes(PIXEL)
    page = folder / "page.briefing.html"
    page.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>t</title></head><body>"
        "<p>Isi laporan</p><img src='chart.png'>"
        f"<iframe src='{secret.as_uri()}'></iframe><img src='{secret.as_uri()}'>"
        "<img src='http://example.invalid/x.png'>"
        "<script>document.body.insertAdjacentText('beforeend', 'SCRIPT-RAN');"
        "while (true) {}</script></body></html>", encoding="utf-8")
    printed = pdf.print_pdf(page, timeout=30)
    assert printed.path == folder / "page.briefing.pdf"
    text = pdf_text(printed.path)
    assert "Isi laporan" in text
    assert "SCRIPT-RAN" not in text and "CANARY" not in text
    assert sorted(printed.blocked) == sorted([secret.as_uri(), secret.as_uri(),
                                              "http://example.invalid/x.png"])


def test_a_page_not_printed_in_time_is_named(tmp_path):
    page = tmp_path / "slow.html"
    page.write_text("<p>x</p>")
    with pytest.raises(pdf.PdfTimeout, match=r"slow.html was not printed within 0.01 s"):
        pdf.print_pdf(page, timeout=0.01)
    assert not (tmp_path / "slow.pdf").exists()


def test_the_printer_namespace_has_no_network():
    prefix = pdf.network_isolation()
    if not prefix:
        pytest.skip("this system allows no network namespace: the switches alone apply")
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
        probe = (f"import socket; socket.create_connection(('127.0.0.1', {port}), timeout=2)")
        outside = subprocess.run([sys.executable, "-c", probe], capture_output=True, check=False)
        inside = subprocess.run([*prefix, sys.executable, "-c", probe], capture_output=True,
                                check=False)
    assert outside.returncode == 0
    assert inside.returncode != 0 and b"Network is unreachable" in inside.stderr


def test_a_page_past_its_time_limit_is_a_warning_row_of_its_report(tmp_path):
    from newsframe.publish.reports import ReportResult, write_pdfs

    page = tmp_path / "00_x.briefing.html"
    page.write_text("<p>x</p>")
    result = ReportResult("00_x.ipynb", "X", "", {}, 1.0, outputs={"briefing": page})
    write_pdfs([result], timeout=0.01)
    assert result.error == "" and "pdf" not in result.outputs
    assert result.warnings == ["PDF: 00_x.briefing.html was not printed within 0.01 s (left "
                               "out of the handout)"]
