"""Round 26h (issue 23, kinds 1 and 2): election pages — vote counts. Sentences written
for these tests (other names, numbers and word order than the pages the kinds were seen
on)."""
import pytest

from tests.annotate.test_claims import _claimants


def _found(body: str) -> set:
    return {(value, unit) for value, unit in _claimants(body, columns=("value", "unit"))}


# --- a count of votes is a figure with the unit vote -----------------------------------------

@pytest.mark.parametrize(("body", "value"), [
    ("Menurut hasil pleno, pasangan Rahmat-Sari memperoleh 318.402 suara di Kabupaten Timur.",
     318402),
    ("Calon nomor urut 3 atas nama SUGENG meraup 1.204 Suara dari dua TPS.", 1204),
    ("Partai Bintang Timur menjadi pemenang dengan 27.915 suara di dapil itu.", 27915),
    ("Selisih kedua pasangan hampir 1,5 juta suara.", 1500000),
    ("Jumlah suara tidak sah tercatat 4.118 suara.", 4118),
])
def test_a_count_of_votes_is_a_vote_figure(body, value):
    found = _found(body)
    assert (value, "vote") in found and (value, "suara") not in found, found


def test_a_vote_count_without_its_noun_after_the_valid_votes():
    body = "Jumlah suara sah tercatat 912.550, jauh di atas pemilihan lalu."
    assert (912550, "vote") in _found(body)


def test_a_share_of_the_votes_stays_a_percent():
    found = _found("Pasangan itu meraih 47,3 persen suara menurut hitung cepat.")
    assert (47.3, "percent") in found and (47.3, "vote") not in found, found


# --- polling stations, ballot papers and ballot boxes are no votes ---------------------------

@pytest.mark.parametrize(("body", "value", "unit"), [
    ("Jumlah tempat pemungutan suara yang datanya sudah masuk mencapai 120.400 dari seluruh "
     "TPS.", 120400, "polling_station"),
    ("Kecamatan Lembah memiliki 86 tempat pemungutan suara.", 86, "polling_station"),
    ("Gudang logistik menerima 25.000 surat suara untuk pemilihan bupati.", 25000, "ballot"),
    ("Sebanyak 40 kotak suara sudah dikirim ke kecamatan.", 40, "ballot_box"),
])
def test_polling_stations_ballots_and_boxes_are_no_votes(body, value, unit):
    found = _found(body)
    assert (value, unit) in found and (value, "vote") not in found, found


# --- the body that tallied the votes holds the figures citing its tally ----------------------

def _holders(body: str) -> set:
    rows = _claimants(body, columns=("value", "claimant"))
    return {(value, claimant) for value, claimant in rows}


@pytest.mark.parametrize(("body", "value", "holder"), [
    ("Berdasarkan hasil rekapitulasi KPU Kabupaten Sleman, pasangan Dian-Wira meraih 51,2 "
     "persen suara.", 51.2, "KPU Kabupaten Sleman"),
    ("Menurut hasil hitung cepat Lembaga Survei Indonesia, pasangan Dian-Wira unggul dengan "
     "47,9 persen.", 47.9, "Lembaga Survei Indonesia"),
    ("Berdasarkan hasil real count KPU, pasangan Dian-Wira mengumpulkan 40.120.331 suara.",
     40120331, "KPU"),
])
def test_a_cited_tally_holds_its_figures(body, value, holder):
    assert (value, holder) in _holders(body), _holders(body)
