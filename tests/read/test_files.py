"""The loader never leaves the corpus root, never blocks, reads bounded, and takes file names
of any bytes (issue 14's paths items)."""

import os
import socket
import stat
import time

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsframe as nf
from newsframe.read import files
from newsframe.read.summary import warning_summary

ARTICLE = "Judul Berita\n\nJAKARTA, KOMPAS.com - Korea Utara mengirim 1.000 kontainer.\n"


def _by_id(folder, **options):
    return nf.load_corpus(folder, **options).set_index("article_id")


def test_links_out_of_the_corpus_and_special_files_are_rows_never_opened(tmp_path):
    (tmp_path / "ok.txt").write_text(ARTICLE)
    (tmp_path / "passwd.txt").symlink_to("/etc/passwd")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "inside.txt").symlink_to(tmp_path / "ok.txt")
    (tmp_path / "loop").symlink_to(tmp_path)  # a link to a folder is never followed
    (tmp_path / "broken.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock.txt"))
    started = time.perf_counter()
    try:
        rows = _by_id(tmp_path)
    finally:
        server.close()
    assert time.perf_counter() - started < 5  # the FIFO did not block
    codes = rows["warnings"].to_dict()
    assert codes["passwd"] == codes["zero"] == "outside_corpus"
    assert codes["pipe"] == codes["sock"] == "not_regular_file"
    assert codes["broken"] == "unreadable"
    assert rows.loc["passwd", "error_detail"] == ("symbolic link to a file outside the corpus "
                                                  "folder (not read)")
    assert rows.loc["pipe", "error_detail"] == "a FIFO (named pipe), not a file (not read)"
    assert (rows.loc["passwd", "body"], rows.loc["passwd", "sha256"]) == (
        "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")  # no bytes
    assert "root:" not in " ".join(rows["body"]) + " ".join(rows["boilerplate"])
    assert rows.loc["inside", "outlet"] == "Kompas.com"  # a link inside the root is read
    assert rows.loc["inside", "duplicate_of"] == "" and rows.loc["ok", "duplicate_of"] == \
        "inside"
    summary = warning_summary(rows.reset_index())
    assert f"{tmp_path / 'passwd.txt'} (outside_corpus)" in summary
    assert f"{tmp_path / 'pipe.txt'} (not_regular_file)" in summary
    assert f"{tmp_path / 'loop'}: symbolic link to a folder (not followed)" in summary


def test_a_device_is_not_opened(tmp_path):
    entry = files._check(files.Entry("article", "null", b"/dev/null", b"null"),
                         os.stat("/dev/null"))
    assert (entry.kind, entry.code, entry.fs_path) == ("blocked", "not_regular_file", b"")
    with pytest.raises(files.BlockedFile, match="not a regular file"):
        files.read_file(b"/dev/null")


def test_reads_are_bounded(tmp_path, monkeypatch):
    (tmp_path / "big.txt").write_text(ARTICLE + "Isi. " * 300)
    (tmp_path / "small.txt").write_text(ARTICLE)
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 1000)  # the bound, not the file system
    rows = _by_id(tmp_path)
    assert rows.loc["big", "warnings"] == "too_large"
    assert "more than the 1,000 read" in rows.loc["big", "error_detail"]
    assert rows.loc["small", "status"] != "error"
    with pytest.raises(files.BlockedFile, match="more than the 1,000 bytes"):
        files.read_file(os.fsencode(tmp_path / "big.txt"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists any folder")
def test_an_unreadable_subfolder_is_a_row(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(ARTICLE)
    locked.chmod(0)
    try:
        rows = _by_id(tmp_path)
    finally:
        locked.chmod(stat.S_IRWXU)
    assert rows.loc["locked", "warnings"] == "unreadable_folder"


def test_an_unreadable_subfolder_is_a_row_even_for_root(tmp_path, monkeypatch):
    # root lists every folder, so the refusal the kernel would give is simulated here
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE)
    scandir = os.scandir

    def refusing(path):
        if os.fsencode(path) == os.fsencode(locked):
            raise PermissionError(13, "Permission denied")
        return scandir(path)

    monkeypatch.setattr(files.os, "scandir", refusing)
    rows = _by_id(tmp_path)
    assert rows.loc["locked", "warnings"] == "unreadable_folder"
    assert rows.loc["locked", "error_detail"] == "folder cannot be listed: Permission denied"
    assert rows.loc["b", "status"] != "error"


def test_two_files_with_one_stem_get_unique_ids(tmp_path):
    (tmp_path / "lower.txt").write_text(ARTICLE)
    (tmp_path / "lower.TXT").write_text(ARTICLE.replace("1.000", "2.000"))
    (tmp_path / "lower.html").write_text("<html><body><p>" + ARTICLE + "</p></body></html>")
    rows = nf.load_corpus(tmp_path)
    assert list(rows["article_id"]) == ["lower", "lower~2", "lower~3"]
    assert list(rows["source_file"]) == ["lower.TXT", "lower.html", "lower.txt"]
    assert rows["warnings"].str.contains("duplicate_id").tolist() == [False, True, True]


def test_several_corpus_paths_keep_ids_apart(tmp_path):
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.txt").write_text(ARTICLE + name)
    rows = nf.load_corpus([tmp_path / "one", tmp_path / "two"])
    assert list(rows["article_id"]) == ["one/a", "two/a"]


def test_a_name_with_undecodable_bytes_and_control_characters(tmp_path):
    name = b"berita\xff\n$100%.txt"
    with open(os.path.join(os.fsencode(tmp_path), name), "wb") as handle:
        handle.write(ARTICLE.encode())
    rows = nf.load_corpus(tmp_path)
    row = rows.iloc[0]
    assert row["article_id"] == "berita%FF%0A$100%25"
    assert files.raw_name(row["source_file"]) == name
    rows.to_parquet(tmp_path.parent / f"{tmp_path.name}.parquet")  # pyarrow takes it


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(min_size=1, max_size=40).filter(
    lambda b: b"/" not in b and b"\x00" not in b and b not in (b".", b"..")))
def test_any_file_name_loads_with_a_safe_id(tmp_path, name):
    folder = tmp_path / "corpus"
    folder.mkdir(exist_ok=True)
    for old in os.listdir(os.fsencode(folder)):
        os.remove(os.path.join(os.fsencode(folder), old))
    try:
        path = os.path.join(os.fsencode(folder), name + b".txt")
        with open(path, "wb") as handle:
            handle.write(ARTICLE.encode())
    except OSError:  # the file system refuses the name (too long)
        return
    rows = nf.load_corpus(folder)
    assert len(rows) == 1
    row = rows.iloc[0]
    assert files.raw_name(row["source_file"]) == name + b".txt"
    assert row["article_id"] == files.safe_text(name)
    assert row["article_id"].isprintable() and row["article_id"].encode("utf-8")
    assert row["status"] != "error"
    frame = pd.DataFrame({"id": [row["article_id"]], "path": [row["path"]]})
    frame.to_parquet(tmp_path / "ids.parquet")


def test_a_manifest_that_is_a_folder_lacks_columns_or_is_cp1252(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    with pytest.raises(files.CorpusError, match="is a folder; allowed values: a CSV file"):
        nf.load_corpus(tmp_path, manifest=tmp_path)
    (tmp_path / "manifest.csv").write_text("name,outlet\na,Tempo\n")
    with pytest.raises(files.CorpusError, match="has columns name, outlet; it needs an "
                                                 "'article_id' or 'path' column"):
        nf.load_corpus(tmp_path)
    (tmp_path / "manifest.csv").write_bytes("article_id,title\na,“Judul” – baru\n".encode(
        "cp1252"))
    row = nf.load_corpus(tmp_path).iloc[0]
    assert (row["title"], row["title_evidence"]) == ("“Judul” – baru", "manifest: “Judul” – baru")


def test_the_summary_names_rows_by_id_when_paths_are_not_read(tmp_path):
    (tmp_path / "passwd.txt").symlink_to("/etc/passwd")
    rows = nf.load_corpus(tmp_path)[["article_id", "status", "warnings"]]
    rows.attrs["skipped_files"] = ["notes.md: not an article file (.md)"]
    assert warning_summary(rows) == (
        "1 articles (0 ok, 0 warning, 1 error); warnings: outside_corpus=1; skipped (1): "
        "notes.md: not an article file (.md); not read (1): passwd (outside_corpus)")


def test_the_walk_lists_a_folder_when_it_reaches_it(tmp_path):
    for name in ("b/2.txt", "b/1.txt", "a.txt", "c/3.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(ARTICLE)
    listed = []
    walk = files.walk_files(tmp_path, on_folder=lambda folder, relative, names: listed.append(
        (relative, names)))
    assert next(walk).relative == b"a.txt"
    assert listed == [(b"", [b"a.txt", b"b", b"c"])]  # b and c not listed yet
    assert [entry.relative for entry in walk] == [b"b/1.txt", b"b/2.txt", b"c/3.txt"]
    assert [relative for relative, _ in listed] == [b"", b"b", b"c"]
    assert [e.relative for e in files.find_files(tmp_path)] == [
        b"a.txt", b"b/1.txt", b"b/2.txt", b"c/3.txt"]
