"""Round 24b (issue 23): claimants on market and economy pages. A market's own session —
an index, a currency, stocks or a price that closed, opened, rose or fell — is data the
outlet reports from the exchange: an analyst quoted before it does not run on over it (a
continuation cue such as *Sementara itu*, *Sedangkan* or *tercatat* opening the sentence),
and no lead or choice among candidates hands it to the only commentator of the page. What an
analyst foresees (*diperkirakan, berpotensi, support, akan*) stays the analyst's. The cues
are data (data/lexicons/market_reports.csv). Sentences written for these tests (other
names, numbers, outlets and word order than the pages the kind was seen on)."""
import pytest

from newsframe.annotate.claims import _market_report
from tests.annotate.test_sources_forms import extract_attributions_of

from .test_round22l import _claimants  # outlet "Warta Kita"


def _sources(body: str) -> list:
    return list(extract_attributions_of(body)["source"])


_ANALYST = ("Indeks Harga Saham Gabungan (IHSG) pada Kamis sore ditutup naik 41,2 poin atau "
            "0,62 persen ke level 6.702,15.\n\n"
            "\"Pasar merespons positif rilis data neraca perdagangan,\" kata analis Mirae "
            "Asset Sekuritas Rizky Hidayat di Jakarta, Kamis.\n\n")


@pytest.mark.parametrize(("wrap", "values"), [
    ("Sementara itu, bursa regional Asia bervariasi: indeks Hang Seng melemah 112,4 poin "
     "ke 17.310,8 dan indeks Kospi naik 9,7 poin ke 2.581,3.", [112.4, 17310.8, 9.7, 2581.3]),
    ("Frekuensi perdagangan saham tercatat 1.084.233 kali transaksi dengan nilai Rp9,12 "
     "triliun.", [1084233, 9_120_000_000_000]),
    ("Sedangkan sebanyak 301 saham naik, 188 saham turun dan 215 saham tidak bergerak.",
     [301, 188, 215]),
])
def test_the_session_after_an_analysts_quote_is_the_outlets(wrap, values):
    found = _claimants(_ANALYST + wrap)
    assert found[6702.15] == "Warta Kita"
    for value in values:
        assert found[value] == "Warta Kita", value



def test_a_sector_that_fell_goes_on_with_the_outlets_report():
    # "Sedangkan …" names no market of its own: it goes on with the market report before it
    body = (_ANALYST + "Secara sektoral, enam sektor menguat dengan sektor energi naik "
            "tertinggi 2,15 persen.\n\n"
            "Sedangkan empat sektor terkoreksi, dipimpin sektor properti yang turun 1,08 "
            "persen.")
    found = _claimants(body)
    assert found[2.15] == found[1.08] == "Warta Kita"

def test_a_currency_close_before_the_analyst_is_the_outlets():
    body = ("Kurs rupiah pada Rabu sore ditutup melemah 35 poin atau 0,22 persen ke posisi "
            "Rp15.930 per dolar AS.\n\n"
            "Ekonom Bank Sentosa, Lestari Ayu Pratiwi, mengatakan pelemahan dipicu data inflasi "
            "Amerika.\n\n"
            "Menurut Lestari, pekan depan rupiah bisa tertekan hingga 1,5 persen.")
    found = _claimants(body)
    for value in (0.22, 15930):
        assert found[value] == "Warta Kita", value
    assert found[1.5] == "Lestari Ayu Pratiwi"


def test_what_the_analyst_foresees_stays_the_analysts():
    body = (_ANALYST + "Selain itu, indeks LQ45 esok hari diperkirakan menguat 1,4 persen "
            "ke level 905.")
    found = _claimants(body)
    assert found[1.4] == found[905] == "Rizky Hidayat"


def test_a_statement_in_the_sentence_still_takes_it():
    body = (_ANALYST + "Sementara itu, Kepala Riset Danareksa Sekuritas, Wahyu Saputra, "
            "mengatakan saham perbankan naik 2,3 persen sepekan.")
    assert _claimants(body)[2.3] == "Wahyu Saputra"


@pytest.mark.parametrize(("sentence", "market"), [
    ("Sementara itu, indeks Nikkei melemah 78 poin ke 22.605.", True),
    ("Rupiah bergerak di kisaran Rp15.900 hingga Rp15.960 sepanjang hari.", True),
    ("IHSG berpotensi menguat dengan level resistance 6.800.", False),
    ("Sementara itu, jumlah penduduk miskin turun 0,3 persen.", False),  # no market
])
def test_what_a_market_report_is(sentence, market):
    assert _market_report(sentence, 0, len(sentence)) is market


@pytest.mark.parametrize("said", [
    "kata analis Valbury Sekuritas Nanda Kurniawan di Jakarta, Senin",
    "ujar ekonom Bayu Permana di Surabaya, Jumat",
])
def test_an_analyst_speaking_in_a_city_is_the_speaker_not_the_city(said):
    # a trade noun (analis, ekonom) heads the person's phrase as a title does: two name
    # words after it close the phrase, "di Jakarta" is where he spoke (round 23k traced it)
    body = (f"Kurs rupiah diperkirakan bergerak di kisaran Rp16.050 hingga Rp16.120 per dolar "
            f"AS pekan ini, {said}.")
    found = _claimants(body)
    name = " ".join(said.split()[-5:-3])
    assert found[16050] == found[16120] == name, found


@pytest.mark.parametrize(("said", "person"), [
    ("kata Kepala Riset Pilar Berjangka Dimas Pranoto", "Dimas Pranoto"),
    ("ujar analis Cahaya Asset Management Yohanes Sitompul", "Yohanes Sitompul"),
    ("kata ekonom Samudra Securities Indra Gunawan", "Indra Gunawan"),
])
def test_a_firm_named_before_the_analyst_is_not_part_of_his_name(said, person):
    # a firm's name ending in a word of finance firms (Berjangka, Futures, Securities,
    # Asset Management, Capital) stands before the person with no comma: the person is the
    # words after it (data/lexicons/mention_words.csv, category name_org)
    body = f"Harga emas berpotensi naik ke 2.450 dolar AS per troy ons pekan ini, {said}."
    assert _claimants(body)[2450] == person
    assert person in _sources(body)
