"""What a corpus holds before anything is read (read/collect.py): files, export records, the
manifest, repeated ids and the files that are no articles."""

import json
import os

import pandas as pd
import pytest

import newsframe as nf
from newsframe import paths
from newsframe.read import collect


def test_a_plan_reads_nothing_and_makes_repeated_ids_unique(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "berita.txt").write_text("Judul\n\nJAKARTA - Isi.", encoding="utf-8")
    (tmp_path / "berita.txt").write_text("Judul lain\n\nMEDAN - Isi.", encoding="utf-8")
    (tmp_path / "berita.html").write_text("<p>Judul</p>", encoding="utf-8")
    (tmp_path / "gambar.png").write_bytes(b"\x89PNG")
    plan = collect.plan_corpus(tmp_path)
    ids = sorted((row.article_id, row.warnings) for row in plan.rows)
    assert ids == [("a/berita", []), ("berita", []), ("berita~2", ["duplicate_id"])]
    assert all(row.raw == b"" for row in plan.rows)  # nothing read yet
    assert [line.split(": ")[0].rsplit("/", 1)[-1] for line in plan.skipped] == ["gambar.png"]
    assert len(collect.plan_corpus(paths.SEEDS).rows) == 5


def test_csv_and_jsonl_records(tmp_path):
    pd.DataFrame({"id": ["a", "b"], "text": ["Judul A\nIsi yang ada di sini.", ""],
                  "outlet": ["Tempo", ""], "published": ["2024-02-27", ""]}
                 ).to_csv(tmp_path / "export.csv", index=False)
    articles = nf.load_corpus(tmp_path / "export.csv").set_index("article_id")
    assert articles.loc["a", "outlet"] == "Tempo"
    assert articles.loc["a", "outlet_evidence"] == "record: Tempo"
    assert articles.loc["a", "published"] == "2024-02-27"
    assert articles.loc["b", "status"] == "error"
    lines = [json.dumps({"text": "Judul\nIsi yang ada di sini."}), "{not json", "[1, 2]"]
    (tmp_path / "export.jsonl").write_text("\n".join(lines))
    records = nf.load_corpus(tmp_path / "export.jsonl")
    assert list(records["status"]) == ["warning", "error", "error"]
    assert list(records["article_id"]) == ["export/1", "export/2", "export/3"]


def test_manifest_overrides_with_evidence(tmp_path):
    (tmp_path / "x.txt").write_text("Judul\nIsi berita yang ada di sini tanpa tanggal.")
    pd.DataFrame({"article_id": ["x"], "url": ["https://example.org/x"],
                  "published": ["2024-02-27"]}).to_csv(tmp_path / "manifest.csv", index=False)
    row = nf.load_corpus(tmp_path).iloc[0]
    assert row["published"] == "2024-02-27"
    assert row["published_evidence"] == "manifest: 2024-02-27"
    assert row["url"] == "https://example.org/x"
    assert "no_publication_date" not in row["warnings"]


def test_list_of_files_and_missing_path(tmp_path):
    files = sorted(paths.SEEDS.glob("00[12]*.txt"))
    assert list(nf.load_corpus(files)["outlet"]) == ["KompasTV", "Tribunnews.com"]
    with pytest.raises(FileNotFoundError, match="does not exist"):
        nf.load_corpus(tmp_path / "nope")


def test_empty_folder_gives_empty_frame_with_columns(tmp_path):
    articles = nf.load_corpus(tmp_path)
    assert articles.empty and list(articles.columns) == nf.read.corpus.COLUMNS


def _folder_with_repeated_ids(folder):
    """Files that share a stem, a file named like a repeat's new id, subfolders, a folder
    named like one, a link out of the corpus, files that are no articles."""
    (folder / "sub").mkdir()
    (folder / "berita~3").mkdir()
    names = ["a~3.txt", "berita.htm", "berita.html", "berita.txt", "berita~2.txt",
             "berita~3/k.txt", "sub/berita.txt", "sub/x.txt", "zz.txt"]
    for number, name in enumerate(names):
        (folder / name).write_text(f"Judul {number}\n\nMEDAN - Isi berita nomor {number}.",
                                   encoding="utf-8")
    (folder / "catatan.md").write_text("bukan berita", encoding="utf-8")
    (folder / "sub" / "gambar.png").write_bytes(b"\x89PNG")
    (folder / "luar.txt").symlink_to("/etc/passwd")
    return ["a~3", "berita", "berita~3", "berita~4", "berita~2", "berita~3/k", "luar",
            "sub/berita", "sub/x", "zz"]


@pytest.mark.parametrize("size", [1, 3, 100])
def test_parts_are_the_plan_cut_with_the_same_ids(tmp_path, size):
    ids = _folder_with_repeated_ids(tmp_path)
    whole = collect.plan_corpus(tmp_path)
    parts = list(collect.plan_parts(tmp_path, size=size))
    assert [row.article_id for row in whole.rows] == ids
    assert [(r.article_id, r.path, r.warnings) for part in parts for r in part.rows] == [
        (r.article_id, r.path, r.warnings) for r in whole.rows]
    assert [len(part.rows) for part in parts] == [len(ids[i:i + size])
                                                   for i in range(0, len(ids), size)]
    assert [line for part in parts for line in part.skipped] == whole.skipped
    assert [line.split(": ")[1] for line in whole.skipped] == [
        "not an article file (.md)", "not an article file (.png)"]
    assert {part.expected for part in parts} == {-(-10 // size)}  # counted by the names


def test_parts_of_an_unreadable_subfolder_and_a_manifest(tmp_path, monkeypatch):
    ids = _folder_with_repeated_ids(tmp_path)
    pd.DataFrame({"article_id": ["zz", "berita~4"], "outlet": ["Tempo", "Antara"]}).to_csv(
        tmp_path / "manifest.csv", index=False)
    scandir = collect.os.scandir

    def refusing(path):  # root lists every folder: the kernel's refusal simulated
        if os.fsencode(path).endswith(b"/sub"):
            raise PermissionError(13, "Permission denied")
        return scandir(path)

    monkeypatch.setattr(collect.os, "scandir", refusing)
    whole = collect.plan_corpus(tmp_path)
    parts = list(collect.plan_parts(tmp_path, size=4))
    assert [row.article_id for row in whole.rows] == [*ids[:7], "sub", "zz"]
    assert [r.article_id for part in parts for r in part.rows] == [*ids[:7], "sub", "zz"]
    assert [part.overrides for part in parts] == [
        {"berita~4": {"outlet": "Antara", "_origin": "manifest"}}, {},
        {"zz": {"outlet": "Tempo", "_origin": "manifest"}}]


def test_a_folder_with_an_export_is_planned_whole_then_cut(tmp_path):
    (tmp_path / "a.txt").write_text("Judul\n\nMEDAN - Isi.", encoding="utf-8")
    pd.DataFrame({"id": ["a", "b"], "text": ["Judul\nIsi satu.", "Judul\nIsi dua."]}).to_csv(
        tmp_path / "ekspor.csv", index=False)
    parts = list(collect.plan_parts(tmp_path, size=2))
    assert [[row.article_id for row in part.rows] for part in parts] == [["a", "a~2"], ["b"]]
    assert [part.expected for part in parts] == [2, 2]
    empty = tmp_path / "kosong"
    empty.mkdir()
    assert [(p.rows, p.skipped, p.expected) for p in collect.plan_parts(empty)] == [([], [], 1)]
