"""Round 24a (issue 23): English police, court and disaster pages of South Asian and African
outlets — the rupee and the naira (kind 1: *Rs 15 crore*, *₹ 30.57 lakh*, *Rs.25,000*,
*N450 million*, *3 billion naira*; *Rs* in a Pakistani page is the Pakistani rupee), and an
English measure written with three digits after its decimal point (kind 2: *2.291kg*,
*10.068 kg*, *1.145 tonnes*; *gm* for grams). Sentences written for these tests (other names,
outlets, numbers and word order than the pages the kinds were seen on)."""
import pandas as pd
import pytest

from newsframe.annotate.claims import extract_claims
from tests.annotate.test_round23d2 import _items  # the same calm English opening

_CALM = "Markets were calm on Thursday morning and trading was light in the capital. "
_TENANG = "Suasana pasar pada Kamis pagi tenang dan perdagangan berjalan sepi di ibu kota. "


def _figures(body: str, opening: str = _CALM) -> list:
    articles = pd.DataFrame({"article_id": ["s"], "title": [""], "body": [opening + body],
                             "boilerplate": [""], "published": ["2024-05-01"],
                             "outlet": ["Harbour Daily"], "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    return [[value, unit] for value, unit in found[["value", "unit"]].values.tolist()]


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("Customs officials said the gold bars were valued at Rs 3.4 crore.", 34000000, "inr"),
    ("The firm paid a penalty of Rs 12 lakh to the pollution board.", 1200000, "inr"),
    ("Brown sugar worth ₹2.6 crore was recovered from the car in Siliguri.", 26000000, "inr"),
    ("The stolen jewellery was worth ₹ 14.25 lakh, an officer said.", 1425000, "inr"),
    ("Each family in the camp will receive Rs.25,000 as relief.", 25000, "inr"),
    ("Each family in the camp will receive Rs 8,500 as relief.", 8500, "inr"),
    ("The lender lost Rs 8,412 crore in the scam, auditors said.", 84120000000, "inr"),
    ("A fine of 40,000 rupees was imposed on the truck driver.", 40000, "inr"),
    ("The tribunal fined the company INR 2 million on Monday.", 2000000, "inr"),
    ("The agency recovered N450 million from the contractor in Kano.", 450000000, "ngn"),
    ("He was ordered to pay N250,000 to the victim's family.", 250000, "ngn"),
    ("The cargo was worth 3 billion naira, customs officers said.", 3000000000, "ngn"),
    ("The judge granted bail in the sum of NGN 75,000 to each accused.", 75000, "ngn"),
    ("Police said cash of ₦1.2 million was found in the boot.", 1200000, "ngn"),
    ("The court in Multan fined the accused Rs300,000, Pakistan's state radio said.",
     300000, "pkr"),
    ("Smuggled goods worth PKR 45 million were seized at the Torkham crossing.",
     45000000, "pkr"),
])
def test_a_rupee_or_naira_amount_has_its_currency(sentence, value, unit):
    assert [value, unit] in _figures(sentence), _figures(sentence)


@pytest.mark.parametrize(("sentence", "value"), [
    # an Indian page that names Pakistan (a drone from across the border) keeps its rupee
    ("Heroin worth Rs 7 crore, flown in by a drone from Pakistan, was seized in Amritsar.",
     70000000),
    ("Officers in Jalandhar seized Rs 240,000 in cash, an Indian police officer said; the "
     "courier had crossed from Pakistan.", 240000),
])
def test_a_rupee_of_an_indian_page_that_names_pakistan_stays_indian(sentence, value):
    assert [value, "inr"] in _figures(sentence), _figures(sentence)


@pytest.mark.parametrize(("sentence", "opening"), [
    # (guards) the Indonesian RS is a hospital; an N is an initial, a road, a mask
    ("Korban dibawa ke RS 2 dan RS Bhayangkara, kata polisi.", _TENANG),
    ("Budi N. 45 tahun ditangkap bersama 3 orang lain.", _TENANG),
    ("Route N1 was closed and 300 N95 masks were handed out in the town.", _CALM),
    ("Mrs 20 years ago opened the shop that sold 40 bags of rice.", _CALM),
])
def test_no_currency_out_of_a_hospital_or_an_initial(sentence, opening):
    assert all(unit not in ("inr", "ngn", "pkr") for _, unit in _figures(sentence, opening)), \
        _figures(sentence, opening)


def test_three_hospitals_stay_hospitals():
    figures = _figures("Pasien dirujuk ke 3 RS terdekat di Medan.", _TENANG)
    assert [3, "hospital"] in figures, figures


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("The narcotics bureau seized 3.125 kg of brown sugar at the station.", 3.125, "kg"),
    ("Agents found about 12.406 kilograms of hashish in the boot.", 12.406, "kg"),
    ("Customs intercepted 2.375 tonnes of ganja off the coast.", 2.375, "ton"),
    ("The two men carried 1.842kg of heroin in a backpack.", 1.842, "kg"),
    ("Police recovered 315 gm of charas from the accused.", 315, "gram"),
])
def test_an_english_measure_with_three_decimals(sentence, value, unit):
    figures = _figures(sentence)
    assert [value, unit] in figures, figures
    assert all(v != value * 1000 for v, _ in figures), figures


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    # an Indonesian page groups thousands with the point
    ("Polisi menyita 1.250 kg sabu dari kapal nelayan di Aceh.", 1250, "kg"),
    ("Petugas menemukan 2.500 gram ganja kering di gudang.", 2500, "gram"),
])
def test_an_indonesian_point_still_groups_thousands(sentence, value, unit):
    assert [value, unit] in _figures(sentence, _TENANG), _figures(sentence, _TENANG)


@pytest.mark.parametrize(("sentence", "value", "words"), [
    # kind 3: an amount of money ending a copula names the sentence's subject
    ("Officers stopped a lorry near Siliguri. The seized ganja was worth about Rs 6 crore, "
     "they said.", 60000000, "ganja"),
    ("The value of the recovered gold is over Rs 2 crore, the customs officer said.",
     20000000, "value"),
    ("The estimated value of the haul was N900 million, the agency said.", 900000000,
     "haul"),
    ("The market price of the pills has been estimated at ₹ 45 lakh.", 4500000, "price"),
    ("The bribe was said to be worth about 3 million won, prosecutors said.", 3000000,
     "bribe"),
    ("The quantity of cocaine the crew hid in the hold is believed to be worth $8 million.",
     8000000, "cocaine"),
])
def test_an_amount_ending_a_copula_is_the_worth_of_its_subject(sentence, value, words):
    rows = [row for row in _items(sentence) if row[0] == value]
    assert rows and words in rows[0][2], _items(sentence)


def _qualifiers(body: str) -> list:
    articles = pd.DataFrame({"article_id": ["s"], "title": [""], "body": [_CALM + body],
                             "boilerplate": [""], "published": ["2024-05-01"],
                             "outlet": ["Harbour Daily"], "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    return [[value, unit, qualifier] for value, unit, qualifier in
            found[["value", "unit", "qualifier"]].values.tolist()]


@pytest.mark.parametrize(("sentence", "value", "unit", "qualifier"), [
    # exceed before an amount: more than it
    ("The losses to the treasury may exceed Rs 900 crore, the auditor said.", 9000000000,
     "inr", "more_than"),
    ("Damage to crops in the district exceeds 2,000 hectares, officials said.", 2000,
     "hectare", "more_than"),
    ("The auditors said losses “could well exceed” Rs 700 crore this year.", 7000000000,
     "inr", "more_than"),
    ("Officials said the toll was \"more than\" 120 people.", 120, "person", "more_than"),
])
def test_an_exceeded_amount_is_more_than_it(sentence, value, unit, qualifier):
    assert [value, unit, qualifier] in _qualifiers(sentence), _qualifiers(sentence)


def test_the_worth_of_a_weighed_thing_after_a_hedge_and_a_comma():
    sentence = "Charas weighing about 4.75kg, worth Rs 2 crore, was found in the bus."
    rows = [row for row in _items(sentence) if row[1] == "inr"]
    assert rows and "Charas" in rows[0][2], _items(sentence)


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    # kind 4: a word of addition between an English count and its noun
    ("Police arrested two more suspects in Ranchi on Sunday.", 2, "person"),
    ("Three more bodies were recovered from the river, officials said.", 3, "person"),
    ("Rescuers pulled four other survivors from the rubble in Sylhet.", 4, "person"),
    ("Six additional people were detained at the border post.", 6, "person"),
])
def test_a_count_past_a_word_of_addition(sentence, value, unit):
    assert [value, unit, "exact"] in _qualifiers(sentence), _qualifiers(sentence)


def test_an_indonesian_count_with_lebih_after_it_is_still_more_than():
    articles = pd.DataFrame({"article_id": ["s"], "title": [""],
                             "body": [_TENANG + "Sebanyak 1,5 juta lebih peluru dikirim ke sana."],
                             "boilerplate": [""], "published": ["2024-05-01"],
                             "outlet": ["Harian Pelabuhan"], "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    rows = found[["value", "qualifier"]].values.tolist()
    assert [1500000, "more_than"] in rows, rows


def test_an_unnamed_group_that_found_a_count_is_no_speaker():
    body = ("The toll stood at 9 on Friday, but Sutrisno said rescuers in Kendal found three "
            "more bodies by Sunday.")
    articles = pd.DataFrame({"article_id": ["s"], "title": [""], "body": [_CALM + body],
                             "boilerplate": [""], "published": ["2024-05-01"],
                             "outlet": ["Harbour Daily"], "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    rows = found[["value", "claimant"]].values.tolist()
    assert [3, "Sutrisno"] in rows, rows


def test_one_more_is_no_count_of_its_own():
    assert _qualifiers("There was one more death in the ward on Sunday.") == []
