"""Exports (tests/fixtures/inputs/exports, README there): Media Cloud with and without text,
news-please JSON and JSON Lines, a mapped CSV, and bad files that cost only their record."""

import shutil
from pathlib import Path

import pytest

import newsframe as nf
from newsframe.publish import cli
from newsframe.read import exports, files
from newsframe.read.summary import warning_summary

EXPORTS = Path(__file__).parents[1] / "fixtures" / "inputs" / "exports"
PAGES = Path(__file__).parents[1] / "fixtures" / "inputs" / "html"
MAPPING = "title=judul,text=isi,published=tanggal,outlet=media,url=tautan,author=penulis"


def test_media_cloud_with_text():
    rows = nf.load_corpus(EXPORTS / "mediacloud_with_text.csv")
    assert len(rows) == 4 and set(rows["status"]) == {"ok"}
    assert list(rows["outlet"]) == ["Kompas.com", "detik.com", "ANTARA", "Tempo"]
    assert list(rows["published"]) == ["2024-02-28", "2023-10-14", "2024-03-04", "2023-10-16"]
    first = rows.iloc[0]
    assert first["outlet_evidence"] == "record media_name: kompas.com"
    assert first["published_evidence"] == "record publish_date: 2024-02-28"
    assert first["article_id"].startswith("1b5b66f0bd1e")  # the export's own id
    # the export's text is cleaned like any text
    for body in rows["body"]:
        assert "Baca juga" not in body and "(rsp/ita)" not in body and "Pilihan Editor" not in body
    assert "read_also: Baca juga" in first["boilerplate"]


def test_news_please_one_json_and_json_lines():
    one = nf.load_corpus(EXPORTS / "newsplease_one.json").iloc[0]
    assert (one["outlet"], one["published"], one["author"]) == (
        "Kumparan", "2024-03-04", "Dimas Prasetyo")
    assert one["published_evidence"] == "record date_publish: 2024-03-04 18:22:00"
    many = nf.load_corpus(EXPORTS / "newsplease_many.jsonl")
    assert list(many["article_id"]) == ["newsplease_many/1", "newsplease_many/2",
                                        "newsplease_many/3"]
    assert list(many["outlet"]) == ["Suara.com", "Merdeka.com", "Sindonews"]
    assert list(many["published"]) == ["2023-10-14", "", "2024-06-19"]
    assert "no_publication_date" in many.iloc[1]["warnings"]  # date_publish null
    assert many.iloc[1]["author"] == ""  # authors []
    assert many.iloc[2]["author"] == ""  # "Tim Sindonews" is the outlet's desk


def test_a_mapped_export_with_indonesian_columns():
    rows = nf.load_corpus(EXPORTS / "mapped.csv", columns=MAPPING)
    assert set(rows["status"]) == {"ok"}
    assert list(rows["published"])[:2] == ["2024-03-05", "2023-10-13"]  # day first
    assert rows.iloc[0]["outlet"] == "Bisnis.com"
    assert rows.iloc[0]["author"] == "Andika Saputra" and rows.iloc[1]["author"] == ""
    assert rows.iloc[1]["body"].count("\n\n") == 1  # two paragraphs
    unmapped = nf.load_corpus(EXPORTS / "mapped.csv")  # without the mapping: no articles
    assert unmapped.empty
    assert unmapped.attrs["skipped_files"] == [f"{EXPORTS / 'mapped.csv'}: no text column, nor "
                                               "a title and a url: not an export of articles"]


def test_a_bad_column_mapping_is_one_line():
    with pytest.raises(files.CorpusError, match="allowed fields: id, text, title"):
        nf.load_corpus(EXPORTS / "mapped.csv", columns="txt=isi")
    assert exports.parse_columns({"text": "isi"}) == {"text": "isi"}


def test_a_malformed_csv_line_costs_only_its_record():
    rows = nf.load_corpus(EXPORTS / "bad" / "malformed_line.csv").set_index("path")
    assert list(rows["article_id"]) == ["m1", "malformed_line/2", "m3"]
    bad = rows.iloc[1]
    assert (bad["status"], bad["warnings"]) == ("error", "bad_record")
    assert bad["error_detail"] == "line 3: 7 fields, the header has 5"
    assert list(rows["status"].iloc[[0, 2]]) == ["warning", "warning"]  # no_outlet only
    assert list(rows["warnings"].iloc[[0, 2]]) == ["no_outlet", "no_outlet"]


def test_a_cp1252_csv_is_decoded():
    rows = nf.load_corpus(EXPORTS / "bad" / "cp1252.csv")
    assert list(rows["title"]) == ["“Kapasitas Penuh” – Menhan Korsel", "Kremlin Bantah"]
    assert all("decoded_cp1252" in w for w in rows["warnings"])


def test_a_broken_json_line_and_a_u2028_inside_a_record():
    rows = nf.load_corpus(EXPORTS / "bad" / "broken_line.jsonl")
    assert list(rows["status"]) == ["warning", "error", "warning"]
    assert rows.iloc[1]["error_detail"].startswith("line 2: not JSON: Unterminated string")
    assert list(rows["article_id"]) == ["j1", "broken_line/2", "j3"]
    kept = nf.load_corpus(EXPORTS / "bad" / "u2028.jsonl")
    assert list(kept["article_id"]) == ["u1", "u2"] and set(kept["warnings"]) == {"no_outlet"}
    assert "\u2028" in kept.iloc[0]["body"] or "\u2028" not in kept.iloc[0]["boilerplate"]
    assert list(kept["path"].str.rsplit("#").str[-1]) == ["1", "2"]


def test_a_repeated_export_id_gets_a_suffix(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "x", "text": "Judul\\nIsi satu di sini."}\n'
                                      '{"id": "x", "text": "Judul\\nIsi dua di sini."}\n')
    rows = nf.load_corpus(tmp_path / "a.jsonl")
    assert list(rows["article_id"]) == ["x", "x~2"]
    assert "duplicate_id" in rows.iloc[1]["warnings"].split(";")


def test_records_without_text_join_saved_pages_by_url(tmp_path):
    shutil.copy(EXPORTS / "mediacloud_no_text.csv", tmp_path)
    for name in ("cnnindonesia_cp1252.html", "okezone_urldate.html"):
        shutil.copy(PAGES / name, tmp_path)
    rows = nf.load_corpus(tmp_path).set_index("article_id")
    assert len(rows) == 4  # two pages (each joined to its record) and two text-less records
    page = rows.loc["okezone_urldate"]
    assert page["outlet"] == "Okezone" and page["published"] == "2024-05-17"
    assert page["outlet_evidence"] == ("record mediacloud_no_text.csv#2 (record media_name: "
                                       "okezone.com)")
    waiting = rows[rows["warnings"] == "missing_text"]
    assert list(waiting["title"]) == ["Intelijen Korsel: Korut Kirim Lebih dari Sejuta "
                                      "Peluru ke Rusia",
                                      'AS: Rusia Gunakan Rudal Korea Utara, "Eskalasi '
                                      'Signifikan"']
    summary = warning_summary(rows.reset_index())
    assert "export rows without text (2): " in summary
    assert "mediacloud_no_text.csv#3" in summary and "mediacloud_no_text.csv#4" in summary


def test_a_mixed_folder_loads_everything_and_names_what_it_skips(tmp_path):
    for name in ("detik_article.html", "liputan6_saved.txt"):
        shutil.copy(PAGES / name, tmp_path)
    for name in ("mediacloud_with_text.csv", "newsplease_one.json", "newsplease_many.jsonl"):
        shutil.copy(EXPORTS / name, tmp_path)
    (tmp_path / "catatan.md").write_text("notes")
    (tmp_path / "artikel.txt").write_text("Judul\n\nJAKARTA, KOMPAS.com - Isi berita ini.")
    rows = nf.load_corpus(tmp_path)
    assert len(rows) == 1 + 2 + 4 + 1 + 3
    assert set(rows["status"]) <= {"ok", "warning"}
    summary = warning_summary(rows)
    assert f"skipped (1): {tmp_path / 'catatan.md'}: not an article file (.md)" in summary


def test_cli_several_paths_and_columns(tmp_path, capsys):
    out = tmp_path / "out.csv"
    code = cli.main(["corpus", str(EXPORTS / "mapped.csv"), str(EXPORTS / "newsplease_one.json"),
                     "--columns", MAPPING, "-o", str(out)])
    assert code == 0
    assert "4 articles (4 ok" in capsys.readouterr().err


def test_cli_bad_inputs_are_one_line_exit_2(tmp_path, capsys):
    for argv in (["corpus", str(EXPORTS / "mapped.csv"), "--columns", "txt=isi"],
                 ["corpus", str(tmp_path / "nope")],
                 ["corpus", str(EXPORTS), "--manifest", str(tmp_path)]):
        assert cli.main(argv) == 2
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and "Traceback" not in err, err


def test_tables_that_hold_no_articles_are_skipped_by_name(tmp_path):
    (tmp_path / "a.txt").write_text("Judul\n\nJAKARTA, KOMPAS.com - Isi berita ini.")
    (tmp_path / "claims.csv").write_text("article_id,value,unit\na,1000,container\n")
    (tmp_path / "sources.csv").write_text("file,url,outlet\na.txt,https://x.id/a,Tempo\n")
    (tmp_path / "data.json").write_text('[{"name": "x"}]')
    rows = nf.load_corpus(tmp_path)
    assert list(rows["article_id"]) == ["a"]
    reason = "no text column, nor a title and a url: not an export of articles"
    assert sorted(rows.attrs["skipped_files"]) == [
        f"{tmp_path / name}: {reason}" for name in ("claims.csv", "data.json", "sources.csv")]


def test_notebooks_see_the_skipped_files_of_a_corpus_dir_and_of_tables(tmp_path):
    from newsframe.store.engines import write_tables

    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    shutil.copy(PAGES / "detik_article.html", corpus_dir)
    (corpus_dir / "catatan.md").write_text("notes")
    expected = [f"{corpus_dir / 'catatan.md'}: not an article file (.md)"]
    _, tables = nf.open_tables(corpus_dir=str(corpus_dir))
    assert tables.corpus().attrs["skipped_files"] == expected
    write_tables(corpus_dir, tmp_path / "tables", progress=None)
    _, written = nf.open_tables(tables_dir=str(tmp_path / "tables"))
    every = written.corpus()
    assert every.attrs["skipped_files"] == expected
    assert every["outlet"].tolist() == ["detik.com"]
    assert "skipped (1): " in warning_summary(every)


def test_the_summary_shows_the_parsers_message():
    rows = nf.load_corpus(EXPORTS / "bad" / "malformed_line.csv")
    assert (f"not read (1): {EXPORTS / 'bad' / 'malformed_line.csv'}#2 (bad_record: line 3: "
            "7 fields, the header has 5)") in warning_summary(rows)


def test_a_record_nested_too_deeply_is_its_own_error_row(tmp_path):
    good = '{"id": "ok1", "maintext": "Kirby mengatakan 1.000 kontainer dikirim."}'
    deep = '{"id": "deep", "maintext": "Isi.", "x": ' + "[" * 600 + "]" * 600 + "}"
    deeper = "[" * 100_000 + "]" * 100_000  # too deep for Python's own JSON decoder
    (tmp_path / "lines.jsonl").write_text("\n".join([good, deep, deeper, good.replace(
        "ok1", "ok2")]) + "\n")
    (tmp_path / "array.json").write_text(f"[{good.replace('ok1', 'a1')}, {deeper}, "
                                         f"{good.replace('ok1', 'a3')}]")
    rows = nf.load_corpus(tmp_path).set_index("article_id")
    assert rows.loc[["ok1", "ok2", "a1", "a3"], "status"].ne("error").all()
    for bad in ("lines/2", "lines/3", "array/2"):
        assert rows.loc[bad, "warnings"] == "bad_record"
        assert rows.loc[bad, "error_detail"].endswith("nested deeper than 64 levels (not read)")
