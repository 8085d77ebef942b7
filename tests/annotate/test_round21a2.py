"""Round 21a, second part (issue 23, kind 2): what a figure of a data list counts when the
list names a destination or an origin (*ekspor Malaysia ke Vietnam mencapai …*, *impor
asal Jepang …*) and a share restates its value. Sentences written for the tests."""
import pytest

from tests.annotate.test_claims import _claimants


def _items(body: str) -> list:
    return _claimants(body, columns=("value", "unit", "item"))


@pytest.mark.parametrize(("body", "expected"), [
    # the flow's noun, its owner and where it goes: the destination belongs to the item
    ("Menurut Dewi Lestari, ekspor Malaysia ke Korea Selatan tercatat mencapai USD3,14 "
     "miliar pada semester pertama.",
     [[3140000000, "usd", "ekspor Malaysia ke Korea Selatan"]]),
    ("Kata Dewi Lestari, sedangkan ekspor ke Filipina mencapai USD1,7 miliar.",
     [[1700000000, "usd", "ekspor ke Filipina"]]),
    ("Menurut Dewi Lestari, impor gandum dari Australia sebesar US$ 820 juta.",
     [[820000000, "usd", "impor gandum dari Australia"]]),
])
def test_a_destination_or_origin_belongs_to_the_item(body, expected):
    assert _items(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a verb before the destination is no flow's noun: the place alone stays no item
    ("Menurut Dewi Lestari, bantuan dikirim ke Sulawesi Tengah sebanyak 40 ton.",
     [[40, "ton", "bantuan dikirim ke Sulawesi Tengah"]]),
])
def test_a_verb_before_the_destination_is_no_item(body, expected):
    assert [row[:2] for row in _items(body)] == [row[:2] for row in expected]


@pytest.mark.parametrize(("body", "expected"), [
    # the next entries of the list name only their destination: the flow of the first entry,
    # to each of them
    ("Menurut Dewi Lestari, ekspor kopi ke Jerman sebesar US$ 310 juta, ke Belanda US$ 205 "
     "juta, dan ke Korea Selatan US$ 96 juta.",
     [[310000000, "usd", "ekspor kopi ke Jerman"], [205000000, "usd", "ekspor kopi ke Belanda"],
      [96000000, "usd", "ekspor kopi ke Korea Selatan"]]),
    # a share restating each entry's value is of that entry
    ("Kata Dewi Lestari, impor dari Vietnam mencapai USD2,4 miliar atau 9,5 persen, "
     "sedangkan dari Kamboja USD0,8 miliar atau 3,1 persen.",
     [[2400000000, "usd", "impor dari Vietnam"], [9.5, "percent", "impor dari Vietnam"],
      [800000000, "usd", "impor dari Kamboja"], [3.1, "percent", "impor dari Kamboja"]]),
])
def test_the_next_entries_of_a_list_take_their_own_destination(body, expected):
    assert _items(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a count whose sentence names only how big it is (*angka yang cukup tinggi, yakni N
    # kasus*, *posisi teratas dengan N kasus*, *yang lebih kecil meliputi X (N kasus)*) keeps
    # its own counter: a degree names nothing counted (a superlative after the list's item
    # stays, as round 20b reads it)
    ("Dinas Kesehatan mencatat 30.100 kasus demam berdarah. Selain itu, Riau juga mencatat "
     "angka yang cukup tinggi, yakni 12.345 kasus. Di luar Sumatera, Bali menempati posisi "
     "teratas dengan 8.456 kasus. Daerah dengan jumlah kasus yang lebih kecil meliputi Sikka "
     "(945 kasus).",
     [[30100, "case", "kasus demam berdarah"], [12345, "case", "kasus"],
      [8456, "case", "kasus demam berdarah teratas"], [945, "case", "kasus"]]),
])
def test_a_degree_names_nothing_counted(body, expected):
    assert _items(body) == expected
