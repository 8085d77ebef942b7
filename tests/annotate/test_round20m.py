"""Round 20m (issue 23, kind 2): what a figure counts (items) on Indonesian pages of
statistics-heavy stories: lists of places with shares, shares that restate a count.
Sentences written for the tests."""
import pytest

from tests.annotate.test_claims import _claimants


def _items(body: str) -> list:
    return _claimants(body, columns=("value", "unit", "item"))


@pytest.mark.parametrize(("body", "expected"), [
    # round 20m: a list of places with shares and no counted noun takes what the sentence
    # before counts, at each place ...
    ("Survei mencatat 2.300 responden memakai ponsel pintar. Provinsi Riau 58,2 persen "
     "menempati urutan pertama. Disusul Jambi 52,4 persen.",
     [[2300, "person", "responden memakai ponsel pintar"],
      [58.2, "percent", "responden memakai ponsel pintar (Provinsi Riau)"],
      [52.4, "percent", "responden memakai ponsel pintar (Jambi)"]]),
    # ... else the place, which says which of the list's figures it is (a two-word place
    # whose second word is a common word too, an order word before the last)
    ("Rudi menyebut kepemilikan ponsel pintar tertinggi ada di Sumatera. Disusul Jambi 52,4 "
     "persen, Kalimantan Tengah 30 persen dan terakhir Aceh 21,5 persen.",
     [[52.4, "percent", "Jambi"], [30, "percent", "Kalimantan Tengah"],
      [21.5, "percent", "Aceh"]]),
])
def test_a_list_of_places_with_shares_names_each(body, expected):
    assert _items(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 20m: "N kunjungan atau P persen": the share is of what the count counts
    ("Asal wisatawan terbanyak ialah Malaysia dengan 88,2 ribu kunjungan atau 9,40 persen.",
     [[88_200, "visit", "kunjungan"], [9.4, "percent", "kunjungan"]]),
    # ... (already so with "dari penduduk" after it; kept as a guard)
    ("Petugas mendata 1.320 warga terdampak banjir, atau sekitar 4 persen dari penduduk.",
     [[1320, "person", "warga terdampak banjir"], [4, "percent", "warga terdampak banjir"]]),
])
def test_a_share_restating_a_count_counts_its_item(body, expected):
    assert _items(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # round 20m: a figure a verb of a plan or an estimate takes, with no item of its own,
    # counts a target, a projection, an estimate (claim_cues.csv plan)
    ("Pemerintah kota menargetkan Rp 2,7 triliun tahun depan.",
     [[2_700_000_000_000, "rupiah", "target"]]),
    ("Bank sentral memperkirakan sekitar 4,1 persen tahun ini.",
     [[4.1, "percent", "perkiraan"]]),
    # ... but an item named before the verb stays
    ("Pendapatan asli daerah tahun ini ditargetkan Rp 2,7 triliun.",
     [[2_700_000_000_000, "rupiah", "Pendapatan asli daerah"]]),
])
def test_a_planned_figure_counts_a_target(body, expected):
    assert _items(body) == expected
