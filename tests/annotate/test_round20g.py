"""Round 20g (issue 23, kinds 1, 6): who a speaker is — an office's unit or place before a
comma and a police or military rank is the office's, the person the name after the rank.
Sentences written for the tests."""
import pandas as pd
import pytest

from newsframe.annotate.sources import extract_attributions


def _rows(body: str, columns=("source", "role")) -> list:
    articles = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "body": [body]})
    table = extract_attributions(articles)
    return [list(r) for r in table[list(columns)].itertuples(index=False)]


@pytest.mark.parametrize(("body", "person", "not_person"), [
    # "Kasat Narkoba, AKP Wawan Setiadi": the unit an office heads, then a comma and a rank:
    # the unit is the office's, the person the name after the rank
    ('"Dua orang kami tahan," ujar Kasat Narkoba, AKP Wawan Setiadi.', "Wawan Setiadi",
     "Narkoba"),
    ('"Tiga orang masih kami buru," kata Kasat Reskrim, Iptu Andi Saputra, Senin.',
     "Andi Saputra", "Reskrim"),
    # a place nobody lists ("Pelabuhan Tanjung Emas") before the comma and the rank
    ('"Ada 40 gram sabu," ungkap Kapolres Pelabuhan Kalianget, AKBP Rudi Hartono.',
     "Rudi Hartono", "Kalianget"),
    # a rank missing from the lexicon so far (Kompol, Bripda)
    ('"Lima orang kami periksa," ujar Kapolsek Sukamaju, Kompol Dedi Kurnia.',
     "Dedi Kurnia", "Kompol"),
])
def test_a_unit_before_a_rank_is_the_offices(body, person, not_person):
    sources = [r[0] for r in _rows(body)]
    assert any(person in s for s in sources), _rows(body)
    assert not_person not in sources, _rows(body)


@pytest.mark.parametrize(("body", "person"), [
    # a name with its title, then a second person: both stay (a list, not a unit and a rank)
    ('"Kami periksa tujuh saksi," kata Rina Kartika, Kepala Dinas Sosial, Senin.',
     "Rina Kartika"),
    ('"Ada 40 gram sabu," ungkap Kapolres Cirebon, AKBP Rudi Hartono.', "Rudi Hartono"),
])
def test_a_name_before_its_title_stays(body, person):
    assert any(person in r[0] for r in _rows(body)), _rows(body)
