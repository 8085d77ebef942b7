"""A bad article costs only itself (DESIGN: never a crash of the whole corpus): an article
whose annotation raises is left out of the tables with status ``error``, the warning code
``annotation_failed`` and the error in ``error_detail``; the corpus's other articles are
annotated as usual. Texts written for the tests."""
import subprocess
import sys

import pandas as pd
import pytest

import newsframe as nf
from newsframe.annotate import tables as tables_module
from newsframe.store.engines import write_tables
from newsframe.store.tables import open_tables

GOOD = "Banjir di Wera\n\nWERA - Sebanyak 300 orang mengungsi akibat banjir, kata Budi Santoso.\n"
BAD = "Longsor di Kali\n\nKALI - Sebanyak 120 rumah rusak PEMICU, kata Rina Hartono.\n"


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "01_good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "02_bad.txt").write_text(BAD, encoding="utf-8")
    (folder / "03_good.txt").write_text(GOOD.replace("300", "450"), encoding="utf-8")
    return folder


@pytest.fixture
def raising(monkeypatch):
    """The claims annotator raises on any text holding the word PEMICU (a stand-in for a
    bug that only one article's words reach)."""
    real = tables_module.extract_claims

    def extract(articles, **kwargs):
        if articles["body"].str.contains("PEMICU").any():
            raise KeyError("ſe")
        return real(articles, **kwargs)

    monkeypatch.setattr(tables_module, "extract_claims", extract)


def test_the_failing_article_is_named_and_the_others_annotated(corpus, raising):
    articles = nf.load_corpus(corpus)
    failed = {}
    tables = tables_module.annotate(articles, failed=failed)
    assert failed == {"02_bad": "KeyError: 'ſe'"}
    assert sorted(tables["claims"]["value"]) == [300.0, 450.0]
    assert "02_bad" not in set(tables["attributions"]["article_id"])
    kept, marked = tables_module.guard_evidence(articles, tables, failed)
    row = marked.set_index("article_id").loc["02_bad"]
    assert row["status"] == "error" and row["warnings"].endswith("annotation_failed")
    assert row["error_detail"] == "KeyError: 'ſe'"
    assert set(marked.loc[marked["status"] != "error", "article_id"]) == {"01_good", "03_good"}


def test_without_a_record_of_failures_the_error_is_raised(corpus, raising):
    with pytest.raises(KeyError):
        tables_module.annotate(nf.load_corpus(corpus))


def test_a_notebook_opening_the_corpus_gets_the_others(corpus, raising):
    chosen, tables = open_tables(corpus_dir=str(corpus))
    assert sorted(chosen["article_id"]) == ["01_good", "03_good"]  # an error: not selected
    assert sorted(tables["claims"]["value"]) == [300.0, 450.0]


def test_the_pandas_engine_writes_the_others(corpus, raising, tmp_path):
    write_tables([corpus], tmp_path / "tables", engine="pandas")
    articles = pd.read_parquet(tmp_path / "tables" / "articles")
    claims = pd.read_parquet(tmp_path / "tables" / "claims")
    assert articles.set_index("article_id").loc["02_bad", "warnings"].endswith(
        "annotation_failed")
    assert sorted(claims["value"]) == [300.0, 450.0]


def test_a_long_s_fraction_is_read_not_raised(tmp_path):
    # "ſepertiga" (a long s): the fraction pattern matches it as "sepertiga"; it once raised
    # KeyError and failed the whole command
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "01.txt").write_text("Desa Wera\n\nWERA - Menurut data desa, ſepertiga warga "
                                   "bekerja sebagai nelayan.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "newsframe.publish.cli", "claims", str(folder),
                           "--format", "csv"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    claims = pd.read_csv(pd.io.common.StringIO(done.stdout))
    assert list(claims["value"]) == [33.3] and list(claims["unit"]) == ["percent"]
