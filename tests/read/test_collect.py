"""What a corpus holds before anything is read (read/collect.py): files, export records, the
manifest, repeated ids and the files that are no articles."""

import json

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
