"""Round 26c, second part: figures found — ports counted by the Indonesian noun (capitalised
too), and an English count of *others* that counts the noun of the sentence's count before
it. Own sentences (no probe text)."""

import pytest

from tests.annotate.test_claims import _claimants


def _found(body: str) -> set:
    return {(r[0], r[1]) for r in _claimants(body, columns=("value", "unit"))}


# --- ports: pelabuhan is a counted noun (the capitalised "34 Pelabuhan" gave nothing) --------

@pytest.mark.parametrize(("body", "value"), [
    ("Kementerian menyiapkan 34 Pelabuhan penyeberangan untuk arus balik.", 34),
    ("Sebanyak 117 pelabuhan di Sumatera melayani penumpang selama libur panjang.", 117),
    ("Arus kapal di 9 pelabuhan utama naik pada Desember.", 9),
])
def test_ports_are_counted(body, value):
    assert (value, "port") in _found(body), _found(body)


# --- English others: the noun of the count before them in the sentence ---------------------

@pytest.mark.parametrize(("body", "value", "unit"), [
    ("The blaze gutted 30 homes while 12 others were partly damaged, firefighters said.",
     12, "house"),
    ("The landslide flattened 8 houses and damaged three others near the river.", 3, "house"),
    ("Floodwaters swept away 40 vehicles and 15 others were stranded on the toll road.",
     15, "vehicle"),
])
def test_english_others_count_the_noun_before(body, value, unit):
    assert (value, unit) in _found(body), _found(body)


@pytest.mark.parametrize(("body", "value"), [
    ("The attack killed 6 soldiers and 11 others were wounded, the army said.", 11),
])
def test_english_others_of_people_stay_people(body, value):
    assert (value, "person") in _found(body), _found(body)


def test_no_others_figure_across_a_sentence():
    body = "The storm destroyed 30 homes. Others said 12 others were lucky to leave."
    assert (12.0, "house") not in _found(body), _found(body)


def test_no_others_figure_after_money():
    body = "The fund paid Rp 50 juta to one family and 4 others got nothing."
    assert not any(u == "rupiah" and v == 4 for v, u in _found(body)), _found(body)


def test_english_others_item_names_the_noun_and_what_befell_them():
    body = "The blaze gutted 30 homes while 12 others were partly damaged, firefighters said."
    rows = _claimants(body, columns=("value", "unit", "item"))
    assert [12.0, "house", "homes others partly damaged"] in rows, rows
