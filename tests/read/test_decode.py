"""A planned row's bytes as clean text (read/decode.py), on bytes written for the tests."""

from newsframe.read.collect import Row
from newsframe.read.decode import clean_text, decode_row


def test_bytes_that_are_not_utf8_are_decoded_and_say_so():
    row = Row("a", "a.txt", raw="Judul berita\r\n\r\nJAKARTA - Harga naik.".encode("cp1252")
              + b" Caf\xe9.")
    decoded = decode_row(row)
    assert clean_text(row, decoded) == "Judul berita\n\nJAKARTA - Harga naik. Café."
    assert row.warnings == ["decoded_cp1252", "crlf"] and not row.error


def test_markup_is_removed_and_binary_or_empty_bytes_are_errors():
    row = Row("a", "a.txt", raw=b"<html><body><p>Judul</p><script>x()</script>"
              b"<p>JAKARTA&nbsp;- Isi.</p></body></html>")
    assert clean_text(row, decode_row(row)).split() == ["Judul", "JAKARTA", "-", "Isi."]
    assert row.warnings == ["html_stripped"]
    binary = Row("b", "b.bin", raw=b"\x00\x01\x02teks")
    assert decode_row(binary) == "" and binary.error and binary.warnings == ["binary"]
    blank = Row("c", "c.txt", raw=b"  \n\t ")
    assert decode_row(blank) == "" and blank.warnings == ["empty"]
