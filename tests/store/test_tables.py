"""nf.open_tables: one call per notebook that checks the shared parameters and returns the
selection with its tables, from `newsframe annotate` datasets or annotated in-process."""

import json
import shutil

import pandas as pd
import pytest

import newsframe as nf
from newsframe import paths, schema
from newsframe.params import ParameterError
from newsframe.store.engines import write_tables

from ..conftest import SEED_IDS


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("tables") / "seeds"
    write_tables([paths.SEEDS], out, partition_size=2, progress=None)
    return out


def test_a_dataset_and_an_in_process_corpus_give_the_same_selection(written):
    on_disk, from_disk = nf.open_tables(tables_dir=written, outlets=["KompasTV", "NEWSLIVE"])
    here, in_memory = nf.open_tables(corpus_dir=paths.SEEDS, outlets=["KompasTV", "NEWSLIVE"])
    assert sorted(on_disk["article_id"]) == sorted([SEED_IDS["kompastv"], SEED_IDS["newslive"]])
    pd.testing.assert_frame_equal(on_disk.reset_index(drop=True), here.reset_index(drop=True))
    for name in schema.ANNOTATION_TABLES:
        pd.testing.assert_frame_equal(from_disk[name], in_memory[name])
        assert set(from_disk[name]["article_id"]) <= set(on_disk["article_id"])
    assert from_disk["attributions"].query("outlet == 'KompasTV'")["verb"].iloc[0] == "menuding"
    assert from_disk.info["rows"]["articles"] == 5 and in_memory.info["engine"] == "in-process"
    assert from_disk.story.slug == in_memory.story.slug == "korea-russia-arms"


def test_a_window_selects_by_publication_date(written):
    articles, tables = nf.open_tables(tables_dir=written, start="2023-10", end="2023-10-31")
    assert list(articles["published"]) == ["2023-10-13"]  # Liputan6; undated Tribunnews out
    assert set(tables["claims"]["article_id"]) == {SEED_IDS["liputan6"]}


def test_columns_texts_and_the_whole_corpus(written):
    articles, tables = nf.open_tables(tables_dir=written, with_text=False)
    assert "body" not in articles.columns and len(articles) == 5
    claims = tables.read("claims", ["value", "unit"])
    assert list(claims.columns) == ["value", "unit"] and len(claims) == 22
    texts = tables.texts([SEED_IDS["newslive"], SEED_IDS["kompastv"]])
    assert list(texts["article_id"]) == [SEED_IDS["newslive"], SEED_IDS["kompastv"]]
    assert texts["body"].str.contains("Korea Utara").all()
    assert list(tables.corpus()["article_id"]) == sorted(SEED_IDS.values())
    assert "body" not in tables.corpus().columns
    with pytest.raises(ParameterError, match="unknown table 'quotes'; allowed values: articles"):
        tables.read("quotes")


def test_the_corpus_keeps_error_rows_the_selection_leaves_out(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(paths.SEEDS, corpus)
    (corpus / "zz_empty.txt").write_bytes(b"")
    articles, tables = nf.open_tables(corpus_dir=corpus)
    assert len(articles) == 5
    everything = tables.corpus(["article_id", "status", "warnings"]).set_index("article_id")
    assert everything.loc["zz_empty", ["status", "warnings"]].tolist() == ["error", "empty"]


def test_a_row_whose_offsets_miss_its_words_is_left_out(tmp_path):
    out = tmp_path / "tables"
    write_tables([paths.SEEDS], out, progress=None)
    _, tables = nf.open_tables(tables_dir=out)
    assert tables.check_evidence() == {"claims": 22, "events": 42, "attributions": 60,
                                       "frames": 243}
    part = next((out / "events").glob("part-*.parquet"))
    events = pd.read_parquet(part)
    events.loc[3, "start"] += 1
    events.to_parquet(part, schema=schema.arrow_schema("events"), index=False)
    _, broken = nf.open_tables(tables_dir=out)
    # one bad row costs that row: left out of every later read, and said
    assert broken.check_evidence() == {"claims": 22, "events": 42, "attributions": 60,
                                       "frames": 243}
    assert broken.left_out[["table", "start"]].values.tolist() == [
        ["events", int(events.loc[3, "start"])]]
    assert len(broken["events"]) == 41 and len(broken.read("events", ["expression"])) == 41
    assert len(broken.select(broken.ids)["events"]) == 41



def test_tables_a_report_build_wrote_are_counted_not_checked_again(tmp_path, monkeypatch):
    from newsframe import bounded
    from newsframe.store.tables import Tables

    out = tmp_path / "tables"
    write_tables([paths.SEEDS], out, progress=None)

    def unread(self, ids=None):
        raise AssertionError("the texts were read")

    with bounded.marked_checked(out, evidence=True):
        _, tables = nf.open_tables(tables_dir=out, outlets=["KompasTV", "NEWSLIVE"])
        monkeypatch.setattr(Tables, "texts", unread)
        counted = tables.check_evidence()
        monkeypatch.undo()
    _, checked = nf.open_tables(tables_dir=out, outlets=["KompasTV", "NEWSLIVE"])
    assert counted == checked.check_evidence() and counted["claims"] > 0
    part = next((out / "events").glob("part-*.parquet"))
    events = pd.read_parquet(part)
    events.loc[3, "start"] += 1
    with bounded.marked_checked(out, evidence=True):
        events.to_parquet(part, schema=schema.arrow_schema("events"), index=False)
        _, changed = nf.open_tables(tables_dir=out)  # changed since the mark: checked again
        changed.check_evidence()
    assert changed.left_out["table"].tolist() == ["events"]



def test_a_report_notebook_opens_its_tables_without_the_readers_or_annotators(written):
    """What every page's first cell pays for: opening the tables its build wrote imports
    neither the corpus readers (trafilatura, the date machinery) nor the annotators, nor
    Dask or seaborn."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from newsframe import bounded\n"
        "import newsframe as nf\n"
        f"with bounded.marked_checked({str(written)!r}, evidence=True):\n"
        f"    articles, tables = nf.open_tables(tables_dir={str(written)!r})\n"
        "    counted = tables.check_evidence()\n"
        "print(len(articles), counted['claims'])\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith(('trafilatura', "
        "'htmldate', 'dask', 'distributed', 'seaborn', 'scipy', 'newsframe.read.corpus', "
        "'newsframe.annotate.', 'newsframe.lang.dates')))))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    counts, imported = done.stdout.split("\n")[:2]
    assert counts == "5 22"
    assert imported == ""


@pytest.mark.parametrize(("arguments", "message"), [
    ({}, "parameters 'tables_dir' and 'corpus_dir' are both empty; allowed values: a tables "
         "folder, or a corpus folder or file"),
    ({"corpus_dir": "no/such/folder"}, "parameter 'corpus_dir' = 'no/such/folder' does not "
                                       "exist; allowed values: a folder or file of articles"),
    ({"corpus_dir": "seeds", "outlets": ["Kompas"]}, r"parameter 'outlets' has unknown "
                                                     r"value\(s\) 'Kompas'; allowed values: "
                                                     r"IndonesiaSatu.co, KompasTV, "),
    ({"corpus_dir": "seeds", "start": "2024-02-30"}, "parameter 'start'"),
    ({"corpus_dir": "seeds", "outlets": [print]}, "parameter 'outlets' holds a value of "
                                                  "type builtin_function_or_method"),
])
def test_bad_parameters_give_one_line_naming_them(arguments, message):
    with pytest.raises(ParameterError, match=message) as raised:
        nf.open_tables(**arguments)
    assert "\n" not in str(raised.value)


def test_tables_of_another_schema_version_are_refused(tmp_path, written):
    copy = tmp_path / "old"
    shutil.copytree(written, copy)
    info = json.loads((copy / "tables.json").read_text())
    (copy / "tables.json").write_text(json.dumps({**info, "schema_version": 1}))
    with pytest.raises(ParameterError, match="written with schema version 1, this newsframe "
                                             f"reads {schema.VERSION}"):
        nf.open_tables(tables_dir=copy)
    with pytest.raises(ParameterError, match="holds no tables.json"):
        nf.open_tables(tables_dir=tmp_path)


def _copy(written, tmp_path):
    target = tmp_path / "tables"
    shutil.copytree(written, target)
    return target


@pytest.mark.parametrize("damage", ["truncated", "garbage", "missing"])
def test_a_damaged_part_file_is_named_with_what_to_do(written, tmp_path, damage):
    tables = _copy(written, tmp_path)
    part = sorted((tables / "claims").glob("part-*.parquet"))[0]
    data = part.read_bytes()
    if damage == "truncated":
        part.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        part.write_bytes(b"not parquet at all" * 40)
    else:
        part.unlink()
    with pytest.raises(ParameterError) as raised:
        nf.open_tables(tables_dir=tables)
    message = str(raised.value)
    assert "\n" not in message and "run `newsframe annotate` again" in message
    assert (str(part) if damage != "missing" else "claims") in message


def test_an_unreadable_tables_json_is_named(written, tmp_path):
    tables = _copy(written, tmp_path)
    (tables / "tables.json").write_text('{"schema_version": ', encoding="utf-8")
    with pytest.raises(ParameterError, match=r"tables.json cannot be read \(JSONDecodeError"):
        nf.open_tables(tables_dir=tables)


def test_the_sizes_of_the_part_files_are_recorded(written):
    from newsframe.store.tables import check_tables

    info = check_tables(written)
    parts = sorted(p.relative_to(written).as_posix() for p in written.glob("*/part-*.parquet"))
    per_partition = len(schema.STORED_TABLES) - len(schema.CORPUS_TABLES)
    assert sorted(info["files"]) == parts and len(parts) == 3 * per_partition + 2
    assert info["files"][parts[0]] == (written / parts[0]).stat().st_size


@pytest.mark.parametrize(("change", "message"), [
    ({"rows": []}, "field 'rows' must be a JSON object, not list"),
    ({"files": {"claims/part-00000.parquet": "12"}},
     "field 'files' entry 'claims/part-00000.parquet' must be a whole number"),
    ({"sources": [1]}, "field 'sources' must list texts"),
    ({"schema_version": True}, "field 'schema_version' must be a whole number, not bool"),
])
def test_a_wrongly_typed_tables_json_names_the_file_and_field(written, tmp_path, change,
                                                              message):
    copy = tmp_path / "t"
    shutil.copytree(written, copy)
    info = json.loads((copy / "tables.json").read_text())
    (copy / "tables.json").write_text(json.dumps({**info, **change}))
    with pytest.raises(ParameterError, match=f"tables.json: {message}"):
        nf.open_tables(tables_dir=copy)


def test_a_tables_json_nested_too_deeply_is_one_error(written, tmp_path):
    copy = tmp_path / "t"
    shutil.copytree(written, copy)
    (copy / "tables.json").write_text('{"x": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(ParameterError, match="nested deeper than 64 levels"):
        nf.open_tables(tables_dir=copy)


def test_a_decompression_bomb_part_is_refused_before_it_is_read(tmp_path):
    from ..hostile_corpus import write_bombs

    bombs = write_bombs(tmp_path)
    with pytest.raises(ParameterError, match=f"table file {bombs['part']} is not read: its "
                                             "text decodes to more than 536,870,912 bytes"):
        nf.open_tables(tables_dir=bombs["tables"])


def test_a_folder_tables_json_names_never_lends_its_story_pack(written, tmp_path):
    flood = paths.ROOT / "tests" / "fixtures" / "stories" / "flood"
    copy = tmp_path / "t"
    shutil.copytree(written, copy)
    info = json.loads((copy / "tables.json").read_text())
    (copy / "tables.json").write_text(json.dumps({**info, "sources": [str(flood)]}))
    _, tables = nf.open_tables(tables_dir=copy)  # tables.json names the flood folder
    assert tables.story.slug == "korea-russia-arms"  # the pack kept in the tables, not flood's


def test_a_few_articles_rows_read_with_their_id_range_are_the_listed_rows(tmp_path):
    """The id range added to the list (it lets the reader skip the part files whose ids lie
    outside it) keeps exactly the rows of the listed articles, in the parts' order."""
    from newsframe.store.tables import Tables, id_filters

    folder = tmp_path / "events"
    folder.mkdir()
    for n, ids in enumerate((["k01", "k02"], ["k03", "k04"], ["k05", "k06"])):
        pd.DataFrame({"article_id": ids, "expression": [f"hari {n}", f"pekan {n}"]}).to_parquet(
            folder / f"part-{n:05d}.parquet")
    ids = ["k04", "k03", "k06"]
    read = Tables(ids, folder=tmp_path).read("events", ["article_id", "expression"])
    assert read.values.tolist() == [["k03", "hari 1"], ["k04", "pekan 1"], ["k06", "pekan 2"]]
    assert id_filters(ids)[:2] == [("article_id", ">=", "k03"), ("article_id", "<=", "k06")]
    assert Tables([], folder=tmp_path).read("events", ["expression"]).empty


def test_a_selection_of_every_stored_article_reads_its_tables_unfiltered(tmp_path, monkeypatch):
    """The store's every article selected: the reader gets no id filter (it copied every
    row for nothing); one article fewer: the filter, and its rows only."""
    from newsframe.store.tables import Tables

    folder = tmp_path / "events"
    folder.mkdir()
    for n, ids in enumerate((["m1", "m2"], ["m3", "m4"])):
        pd.DataFrame({"article_id": ids, "expression": [f"malam {n}", f"siang {n}"]}).to_parquet(
            folder / f"part-{n:05d}.parquet")
    seen = []
    read_parquet = pd.read_parquet
    monkeypatch.setattr(pd, "read_parquet",
                        lambda *a, **k: seen.append(k.get("filters")) or read_parquet(*a, **k))
    info = {"rows": {"articles": 4}}
    every = Tables(["m4", "m1", "m3", "m2"], folder=tmp_path, info=info)
    assert every.read("events", ["article_id", "expression"]).values.tolist() == [
        ["m1", "malam 0"], ["m2", "siang 0"], ["m3", "malam 1"], ["m4", "siang 1"]]
    fewer = Tables(["m4", "m1", "m3"], folder=tmp_path, info=info)
    assert fewer.read("events", ["article_id"])["article_id"].tolist() == ["m1", "m3", "m4"]
    twice = Tables(["m1", "m1", "m3", "m4"], folder=tmp_path, info=info)  # not all four
    assert twice.read("events", ["article_id"])["article_id"].tolist() == ["m1", "m3", "m4"]
    assert seen[0] is None and seen[1] is not None and seen[2] is not None
