"""Round 23b, second part (issue 23, kind 2): bare counters of people as items.

Kind 1: an English count of people whose own noun is only *people*, *persons* or
*individuals* says what befell them (round 20f's ``_what_befell_them``) also past an
inserted *including …* phrase (*At least 9 people, including two children, were trapped*),
past *so far*, *still being* (*are still being sought*), in an irregular participle
(*taken, left, sent, found, held, struck, swept*), and after a gerund of harm or removal before
the count, a hedge between (*killing at least 12 people*: ``people killed``).

Kind 2: an Indonesian count of people whose item is still only its counter (*orang*, *jiwa*)
counts what the count of people before it in the sentence counts (not a capitalised name),
else what the sentences before counted when that names people (a noun of people of
units.csv): *… 58 pasien dirawat … Sementara itu, di Puskesmas X 12 orang*.

Sentences written for these tests (other places, numbers and word order than the pages the
kinds were seen on)."""
from tests.annotate.test_claims import _claimants


def _items(body: str) -> list:
    return [row[2] for row in _claimants(body, columns=("value", "unit", "item"))]


def test_an_inserted_including_phrase_does_not_hide_what_befell_people():
    assert _items("At least 9 people, including two children, were trapped in the collapsed "
                  "mine on Tuesday.")[0] == "people trapped"


def test_so_far_and_still_being_pass_to_the_participle():
    assert _items("In the southern province, 2.4 million people have so far been displaced "
                  "by the floods.") == ["people displaced"]
    assert _items("Rescuers said on Sunday that 11 people are still being sought near the river "
                  "where the bridge was washed away.") == [
        "people sought"]


def test_an_irregular_participle_says_what_befell_people():
    items = _items("The agency said 1,460 people had been taken to six shelters.")
    assert items[0] == "people taken"


def test_a_gerund_of_harm_before_a_hedged_count():
    assert _items("The storm hit the coast on Monday, killing at least 12 people and "
                  "destroying bridges.")[0] == "people killed"
    assert _items("The quake struck the island at dawn on Friday, injuring nearly 300 people in "
                  "the town and the villages around it.") == [
        "people injured"]


def test_a_bare_count_of_people_with_nothing_befalling_them_stays():
    assert _items("The hall seats 400 people.") == ["people"]


# --- kind 2: an Indonesian bare counter of people in a list --------------------------------

def test_a_bare_counter_takes_the_count_of_people_before_it_in_the_sentence():
    assert _items("Sebanyak 240 pasien yang dirawat berasal dari Kabupaten Sumberjaya, "
                  "kemudian dari kota lain 75 orang.") == ["pasien dirawat", "pasien dirawat"]
    assert _items("Jumlah pengungsi di Kecamatan Sukamaju mencapai 310 jiwa, sedangkan di "
                  "Kecamatan Cikaret 95 orang.")[1].startswith("pengungsi")


def test_a_bare_counter_takes_the_people_named_in_the_sentence_before():
    assert _items("Sebanyak 58 pasien dirawat di RSUD Sumberjaya. Sementara itu, di "
                  "Puskesmas Cikaret 12 orang.") == ["pasien dirawat", "pasien dirawat"]
    assert _items("Dinas Sosial mencatat 58 pengungsi dari Desa Cikaret. Kemudian 2023 naik "
                  "menjadi 71 orang.") == ["pengungsi", "pengungsi"]


def test_a_bare_counter_keeps_its_counter_when_nothing_before_names_people():
    body = ("Harga beras naik menjadi Rp14.000 per kilogram. Hari ini tercatat 300 orang "
            "di pasar.")
    assert "beras" not in _items(body)[1]


def test_who_before_the_auxiliary_and_left_or_struck():
    assert _items("Search teams said on Monday that 31 people who were missing after the "
                  "mudslide had been found alive.")[0] == "people missing"
    assert _items("Officials said on Friday that about 120,000 people have been left "
                  "homeless by the cyclone.") == ["people left"]
    assert _items("Officials said cholera has struck 2,300 people in the northern "
                  "districts this month.") == ["people struck"]
