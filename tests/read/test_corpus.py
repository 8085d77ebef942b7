"""load_corpus: seed facts checked by reading each seed, and every bad-input case."""


import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsframe as nf
from newsframe import paths
from newsframe.read import corpus

from ..conftest import SEED_IDS


def _row(articles, key):
    return articles.set_index("article_id").loc[SEED_IDS[key]]


def test_one_row_per_seed_with_the_documented_columns(seed_articles):
    assert list(seed_articles.columns) == corpus.COLUMNS
    assert sorted(seed_articles["article_id"]) == sorted(SEED_IDS.values())
    assert set(seed_articles["status"]) <= {"ok", "warning"}
    assert seed_articles["sha256"].str.len().eq(64).all()


@pytest.mark.parametrize(
    "key, outlet, place, published, title_start",
    [
        ("liputan6", "Liputan6.com", "Washington", "2023-10-13", "AS: Korea Utara Kirim 1.000"),
        ("kompastv", "KompasTV", "Washington", "2022-11-03", ""),
        ("tribunnews", "Tribunnews.com", "Pyongyang", "", "Kim Jong Un Turun Gunung"),
        ("indonesiasatu", "IndonesiaSatu.co", "Seoul", "2023-09-12",
         "Pemimpin Korea Utara Kim Jong Un Tiba di Rusia"),
        ("newslive", "NEWSLIVE", "", "2023-11-01", "Dugaan Pengiriman Senjata Korea Utara"),
    ],
)
def test_seed_metadata(seed_articles, key, outlet, place, published, title_start):
    row = _row(seed_articles, key)
    assert row["outlet"] == outlet
    assert row["outlet_evidence"].startswith("dateline: ")
    assert row["dateline_place"] == place
    assert row["published"] == published
    assert row["title"].startswith(title_start)
    assert row["language"] == "id"


def test_seed_counts(seed_articles):
    counts = seed_articles.set_index("article_id")[["n_paragraphs"]]
    assert counts.loc[SEED_IDS["newslive"], "n_paragraphs"] == 9
    assert counts.loc[SEED_IDS["kompastv"], "n_paragraphs"] == 12


# ---------------------------------------------------------------- bad input


@pytest.fixture()
def hostile_dir(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("   \n\t\n")
    (tmp_path / "bom.txt").write_bytes("\ufeffJudul\nJAKARTA, KOMPAS.TV - Isi berita yang "
                                       "cukup panjang dan di sini ada.".encode())
    (tmp_path / "crlf.txt").write_bytes(b"Judul berita\r\nSEOUL (ANTARA) - Ada yang dikirim "
                                        b"ke Rusia pada Senin (2/1/2023).\r\n")
    (tmp_path / "cp1252.txt").write_bytes("Judul “kutipan”\nIsi – berita café yang ada di "
                                          "sini dan itu.".encode("cp1252"))
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "page.txt").write_text("<html><body><h1>Judul &amp; lain</h1><script>alert(1)"
                                       "</script><p>Jakarta, CNN Indonesia -- Isi yang ada di "
                                       "sini dan itu.</p></body></html>")
    (tmp_path / "copy_a.txt").write_text("Judul sama\nIsi yang sama dan ada di sini.")
    (tmp_path / "copy_b.txt").write_text("Judul sama\nIsi yang sama dan ada di sini.\n")
    (tmp_path / "notes.md").write_text("not an article")
    nested = tmp_path / "nested"
    nested.mkdir()
    (nested / "inner.txt").write_text("Judul\nLiputan6.com, Jakarta - Isi yang ada di sini.")
    return tmp_path


def test_hostile_folder_gives_one_row_per_file(hostile_dir):
    articles = nf.load_corpus(hostile_dir).set_index("article_id")
    assert len(articles) == 10
    assert articles.attrs["skipped_files"][0].endswith("notes.md: not an article file (.md)")
    expect = {
        "empty": ("error", "empty"), "blank": ("error", "empty"), "binary": ("error", "binary"),
        "bom": ("warning", "utf8_bom"), "crlf": ("warning", "crlf"),
        "cp1252": ("warning", "decoded_cp1252"), "page": ("warning", "html_extracted"),
        "copy_b": ("warning", "duplicate"),
    }
    for article_id, (status, code) in expect.items():
        assert articles.loc[article_id, "status"] == status, article_id
        assert code in articles.loc[article_id, "warnings"].split(";"), article_id
    assert articles.loc["copy_b", "duplicate_of"] == "copy_a"
    assert articles.loc["nested/inner", "outlet"] == "Liputan6.com"
    assert articles.loc["crlf", "outlet"] == "ANTARA"
    assert articles.loc["crlf", "dateline_place"] == "Seoul"
    assert articles.loc["crlf", "published"] == "2023-01-02"
    assert "\r" not in articles.loc["crlf", "body"]
    assert "“kutipan”" in articles.loc["cp1252", "title"]
    assert articles.loc["page", "outlet"] == "CNN Indonesia"
    assert "alert" not in articles.loc["page", "body"] + articles.loc["page", "title"]
    assert articles.loc["page", "title"] == "Judul & lain"
    assert articles.loc["bom", "title"] == "Judul"


def test_huge_file_with_megabyte_line_loads_in_linear_time(tmp_path):
    line = ("Korea Utara mengirim 1.000 kontainer ke Rusia. " * 60_000)  # ~2.8 MB, one line
    (tmp_path / "huge.txt").write_text("Judul\n" + line)
    row = nf.load_corpus(tmp_path).iloc[0]
    assert row["status"] == "warning"
    assert "long_line" in row["warnings"]
    assert row["n_words"] == 7 * 60_000


def test_select_articles_excludes_errors_and_duplicates(hostile_dir, seed_articles):
    selected = corpus.select_articles(nf.load_corpus(hostile_dir))
    assert set(selected["status"]) == {"warning"}
    assert "copy_b" not in set(selected["article_id"])
    dated = corpus.select_articles(seed_articles, start="2023-01-01", end="2023-12-31")
    assert sorted(dated["outlet"]) == ["IndonesiaSatu.co", "Liputan6.com", "NEWSLIVE"]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash(tmp_path, data):
    (tmp_path / "fuzz.txt").write_bytes(data)
    row = nf.load_corpus(tmp_path).iloc[0]
    assert row["status"] in {"ok", "warning", "error"}
    assert (row["status"] == "error") == (row["body"] == "" and row["title"] == "") or \
        row["status"] != "error"


def test_load_runs_with_the_garbage_collector_paused_and_restores_it(monkeypatch):
    import gc

    states = []
    load_one = corpus._load_one

    def spy(*args):
        states.append(gc.isenabled())
        return load_one(*args)

    monkeypatch.setattr(corpus, "_load_one", spy)
    assert gc.isenabled()
    corpus.load_corpus(paths.SEEDS)
    assert states == [False] * 5 and gc.isenabled()

    def broken(*args):
        raise RuntimeError("boom")

    monkeypatch.setattr(corpus, "_load_one", broken)
    with pytest.raises(RuntimeError):
        corpus.load_corpus(paths.SEEDS)
    assert gc.isenabled()
    gc.disable()  # a caller that paused collection itself keeps it paused
    try:
        with corpus.paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


# ---------------------------------------------------------------------------- mastheads, dates




def test_repeated_texts_found_by_bucket_are_those_found_in_one_pass():
    from newsframe.read.corpus import find_duplicates, repeated_texts

    # corpus order: partition, then row; digests sharing a first digit share a bucket
    digests = [(0, 0, "a", "a1"), (0, 1, "b", "b1"), (0, 2, "c", ""), (1, 0, "d", "a1"),
               (1, 1, "e", "a2"), (2, 0, "f", "b1"), (2, 1, "g", "a1"), (2, 2, "h", "")]
    expected = find_duplicates([(article, digest) for _, _, article, digest in digests])
    assert expected == {"d": "a", "f": "b", "g": "a"}
    frame = pd.DataFrame(digests, columns=["partition", "row", "article_id", "digest"])
    found = pd.concat([repeated_texts(bucket.sample(frac=1, random_state=3))
                       for _, bucket in frame.groupby(frame["digest"].str[:1])])
    assert dict(zip(found["article_id"], found["duplicate_of"], strict=True)) == expected
    pairs = sorted(zip(found["partition"], found["article_id"], strict=True))
    assert pairs == [(1, "d"), (2, "f"), (2, "g")]


def test_an_english_article_is_read_and_carries_no_language_warning(tmp_path):
    """English is read with English rules (rounds 6a-8e): its language is a plain fact of
    the ``language`` column, not a warning; the status is ok when nothing else is amiss."""
    (tmp_path / "harbour.txt").write_text(
        "Harbour board counts idle ships\n"
        "Published 4 March 2021\n"
        "The harbour board said on Tuesday that 212 ships were idle in the port, and that "
        "the number was the highest of the year so far, according to its weekly report.\n")
    row = nf.load_corpus(tmp_path).iloc[0]
    assert row["language"] == "en"
    assert "not_indonesian" not in row["warnings"].split(";")
