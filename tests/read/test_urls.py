"""What an address says: the outlet by its domain (subdomains included, the longest listed
domain first) and a date written in its path."""

import pandas as pd
import pytest

import newsframe as nf
from newsframe.read import urls


@pytest.mark.parametrize(("url", "outlet"), [
    ("https://jateng.tribunnews.com/2023/11/02/x", "Tribun Jateng"),  # a regional site
    ("https://www.tribunnews.com/internasional/2023/11/02/x", "Tribunnews.com"),
    ("https://kaltim.tribunnews.com/a", "Tribun Kaltim"),
    ("http://internasional.kompas.com/read/1", "Kompas.com"),
    ("https://www.kompas.tv/internasional/1", "KompasTV"),
    ("news.okezone.com", "Okezone"),
    ("https://example.org/berita", None),
    ("not a url", None),
])
def test_outlet_of_an_address(url, outlet):
    found = urls.outlet_of(url)
    assert (found[0] if found else None) == outlet


@pytest.mark.parametrize(("url", "day"), [
    ("https://news.okezone.com/read/2024/05/17/18/3012345/judul", "2024-05-17"),
    ("https://www.cnnindonesia.com/internasional/20240105101530-113-1045678/judul",
     "2024-01-05"),
    ("https://kabar24.bisnis.com/read/20240305/19/1746620/judul", "2024-03-05"),
    ("https://www.detik.com/d-6983412/judul", None),
    ("https://x.id/2024/13/45/judul", None),  # not a calendar day
])
def test_a_date_in_the_path(url, day):
    assert urls.date_in_url(url) == day


def test_a_manifest_url_names_outlet_and_date_of_a_text(tmp_path):
    (tmp_path / "a.txt").write_text("Judul Berita\n\nKorea Utara mengirim kontainer pada "
                                    "Selasa (27/2/2024).\n")
    pd.DataFrame({"article_id": ["a"], "url": [
        "https://jateng.tribunnews.com/2024/02/28/judul"]}).to_csv(tmp_path / "manifest.csv",
                                                                  index=False)
    row = nf.load_corpus(tmp_path).iloc[0]
    assert (row["outlet"], row["outlet_evidence"]) == ("Tribun Jateng",
                                                       "url: jateng.tribunnews.com")
    assert row["published"] == "2024-02-28"
    assert row["published_evidence"] == "url: https://jateng.tribunnews.com/2024/02/28/judul"
    assert row["url_evidence"] == "manifest: https://jateng.tribunnews.com/2024/02/28/judul"


def test_normalised_urls_compare_one_article():
    assert urls.normalise_url("https://www.Okezone.com/a/b/?x=1") == \
        urls.normalise_url("http://okezone.com/a/b")
