"""Round 23k (issue 23, short round): a country's short form as a speaker — *RI* (Republik
Indonesia) tallying cases or posting a surplus with an official of it quoted in the same
sentence (*RI mencatatkan surplus …, ujar Kepala BPS X*) is where the figure was, not who
counted it, as *Indonesia* already is: the official is the claimant and *RI* no source. The
short forms are data (data/lexicons/country_short_forms.csv). Sentences written for these
tests (other names, numbers and word order than the pages the kind was seen on)."""
import pytest

from newsframe.annotate.statements import country_short_forms
from tests.annotate.test_sources_forms import extract_attributions_of

from .test_round22l import _claimants  # the same lead and articles frame


def _sources(body: str) -> list:
    return list(extract_attributions_of(body)["source"])


@pytest.mark.parametrize(("body", "value", "official"), [
    ("RI mencatatkan surplus neraca perdagangan 2,4 miliar dolar AS pada Juli, ujar Kepala "
     "BPS Amalia Adininggar.", 2_400_000_000, "Amalia Adininggar"),
    ("RI melaporkan 1.250 kasus baru cacar monyet, kata Juru Bicara Kemenkes Siti Nadia "
     "Tarmizi.", 1250, "Siti Nadia Tarmizi"),
    ("Pada Oktober RI mencatat defisit anggaran 0,8 persen, kata Menteri Keuangan Sri "
     "Mulyani Indrawati.", 0.8, "Sri Mulyani Indrawati"),
])
def test_ri_tallying_with_its_official_quoted(body, value, official):
    assert _claimants(body)[value] == official
    assert "RI" not in _sources(body)


def test_the_short_form_is_data():
    assert "ri" in country_short_forms()


def test_ri_doing_something_else_keeps_its_reading():
    # a verb that tallies nothing: the sentence's speaker as before, RI untouched
    body = "RI mengekspor 1,2 juta ton kopi ke Mesir, kata Menteri Perdagangan Budi Santoso."
    assert _claimants(body)[1_200_000] == "Budi Santoso"
    # an office of RI is no country: the ambassador speaks
    body = "Duta Besar RI untuk Yordania Ade Padmo Sarwono mengatakan 18 WNI sudah tiba."
    assert _claimants(body)[18] == "Ade Padmo Sarwono"
