"""Round 25f (issue 23, kind 3): outlets and publication dates.

A page whose text and address name no outlet takes it from its file's name when a corpus
folder named its files after their sites (``n05_voa.txt``, ``okezone-bbm.html``): the first or
last word of the name, whole, is an outlet's name or domain stem in data/outlets.csv (or a
short name of data/lexicons/outlet_file_names.csv). Never a part of a word, never over an
outlet the text names, never a word inside a headline's slug. Sentences, places, names and
numbers written for the tests."""
import pandas as pd
import pytest

import newsframe as nf
from newsframe.read import urls

_BODY = ("Harga cabai rawit di Pasar Induk Tegal naik menjadi Rp 95.000 per kilogram pekan ini. "
         "Sebanyak 40 pedagang mengeluhkan pasokan dari Brebes yang berkurang sejak hujan deras "
         "merendam ladang petani.")


def _page(folder, name: str, text: str):
    (folder / name).write_text(text, encoding="utf-8")
    return nf.load_corpus(folder).set_index("source_file").loc[name]


@pytest.mark.parametrize("name, outlet", [
    ("07_okezone.txt", "Okezone"),
    ("okezone-cabai.txt", "Okezone"),
    ("b12_mediaindonesia.txt", "Media Indonesia"),
    ("cabai_tegal_liputan6.txt", "Liputan6.com"),
    ("2024-03-05-kompas.txt", "Kompas.com"),
    ("03_kompastv.txt", "KompasTV"),
    ("n02_voa.txt", "VOA Indonesia"),
    ("04_kompasid.txt", "Harian Kompas"),
])
def test_the_files_name_gives_the_outlet_the_text_names_nowhere(tmp_path, name, outlet):
    row = _page(tmp_path, name, f"Harga Cabai Naik\n\n{_BODY}")
    assert row["outlet"] == outlet
    assert row["outlet_evidence"].startswith(f"file name: {name} (")


@pytest.mark.parametrize("name", [
    "01_inilahbanten.txt",      # a part of a word: another site than Inilah.com
    "harga-cabai.txt",          # no outlet's name
    "ramai-antara-pedagang-dan-pembeli.txt",  # a headline's slug, a word inside it
    "05_tegal.txt",
    "x9_e81f04.txt",            # letters between digits of a hash
    "kompas_vs_tempo.txt",      # two outlets: none
])
def test_a_files_name_without_one_outlets_name_changes_nothing(tmp_path, name):
    row = _page(tmp_path, name, f"Harga Cabai Naik\n\n{_BODY}")
    assert (row["outlet"], row["outlet_evidence"]) == ("", "")


def test_the_outlet_the_text_names_wins_over_the_files_name(tmp_path):
    row = _page(tmp_path, "09_okezone.txt", f"Harga Cabai Naik\n\nTEGAL, KOMPAS.com - {_BODY}")
    assert row["outlet"] == "Kompas.com" and not row["outlet_evidence"].startswith("file")


def test_a_records_row_takes_no_outlet_from_the_records_file(tmp_path):
    frame = pd.DataFrame({"text": [f"Harga Cabai Naik\n\n{_BODY}"]})
    frame.to_csv(tmp_path / "okezone.csv", index=False)
    assert nf.load_corpus(tmp_path).iloc[0]["outlet"] == ""


def test_the_outlets_own_figures_take_the_outlet_from_the_files_name(tmp_path):
    (tmp_path / "11_merdeka.txt").write_text(f"Harga Cabai Naik\n\n{_BODY}", encoding="utf-8")
    articles = nf.load_corpus(tmp_path)
    claims = nf.annotate.claims.extract_claims(articles)
    row = claims[claims["value"] == 40].iloc[0]
    assert row["claimant"] == "Merdeka.com"


def test_the_words_of_a_files_name():
    assert urls.outlet_in_file_name("corpus/r3_rmol.txt") == ("RMOL", "rmol")
    assert urls.outlet_in_file_name("06_kbs.html") == ("KBS World Indonesian", "kbs")
    assert urls.outlet_in_file_name("antara") == ("ANTARA", "antara")
    assert urls.outlet_in_file_name("") is None


def test_the_page_says_the_outlet_came_from_the_files_name():
    shown = nf.present.display.value_label("outlet_evidence", "file name: n05_voa.txt (voa)",
                                           "id")
    assert shown == "nama berkas: n05_voa.txt (voa)"



# a site data/outlets.csv does not know: a file named "<running number>_<word>" whose word the
# text writes as a site's own name
@pytest.mark.parametrize("name, text, outlet", [
    ("07_lensanusa.txt", f"Harga Cabai Naik\n\n{_BODY}\nStok diperkirakan pulih pekan depan. "
     "(lensanusa)", "Lensanusa"),
    ("03_kabarsolok.txt", f"Harga Cabai Naik\n\n{_BODY}\n\nRedaksi - KABARSOLOK", "Kabarsolok"),
    ("02_wartapesisir.txt", f"Harga Cabai Naik\nPainan_WartaPesisir.id.\n{_BODY}",
     "WartaPesisir.id"),
    ("05_suaratimur.txt", f"Harga Cabai Naik\n\nSuara Timur- {_BODY}", "Suara Timur"),
    ("04_lensakota.txt", f"Harga Cabai Naik\n\nLensaKota Tegal – {_BODY}", "LensaKota"),
])
def test_a_site_the_files_name_and_the_text_both_name(tmp_path, name, text, outlet):
    row = _page(tmp_path, name, text)
    assert row["outlet"] == outlet
    assert row["outlet_evidence"].startswith(f"file name: {name} (")
    assert "written in the text" in row["outlet_evidence"]


@pytest.mark.parametrize("name, text", [
    # (guards: the word in the text's sentences; a dateline's place in capitals; a word the
    # text never writes; a name of two words; too short a word)
    ("01_pedagang.txt", f"Harga Cabai Naik\n\nPedagang – {_BODY}"),
    ("02_tegal.txt", f"Harga Cabai Naik\n\nTEGAL – {_BODY}"),
    ("03_lensanusa.txt", f"Harga Cabai Naik\n\n{_BODY}"),
    ("lensa-nusa.txt", f"Harga Cabai Naik\n\n{_BODY}\n(lensanusa)"),
    ("04_lens.txt", f"Harga Cabai Naik\n\n{_BODY}\n(lens)"),
])
def test_no_site_where_the_text_does_not_write_the_files_word_as_one(tmp_path, name, text):
    assert _page(tmp_path, name, text)["outlet"] == ""


def test_the_texts_own_outlet_wins_over_a_site_the_files_name_gives(tmp_path):
    row = _page(tmp_path, "06_lensanusa.txt",
                f"Harga Cabai Naik\n\nTEGAL, KOMPAS.com - {_BODY}\n(lensanusa)")
    assert row["outlet"] == "Kompas.com"
