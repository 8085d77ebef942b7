"""Round 23d, second part (issue 23): English police and court pages of Asian outlets — a
person's age written after the name (*Somchai, 34, from Krabi*) or after *aged* (*aged 19 to
27*, *aged 41 and 36*) counts nobody. Sentences written for these tests (other names, places,
numbers and word order than the pages the kinds were seen on)."""
import pandas as pd
import pytest

from newsframe.annotate.claims import extract_claims

_CALM = "Markets were calm on Thursday morning and trading was light in the capital. "


def _figures(body: str) -> list:
    articles = pd.DataFrame({"article_id": ["s"], "title": [""], "body": [_CALM + body],
                             "boilerplate": [""], "published": ["2024-05-01"],
                             "outlet": ["Harbour Daily"], "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    return [[value, unit] for value, unit in found[["value", "unit"]].values.tolist()]


@pytest.mark.parametrize(("sentence", "figures"), [
    ("On Friday, customs officers detained four people named as Somchai, 34, from Krabi, "
     "Anong, 29, from Trang, and Wichai, 41, from Satun.", [[4, "person"]]),
    ("The court heard that two suspects, Ahmad Rizal, 45, and Lee Chong, 38, were detained "
     "at the port.", [[2, "person"]]),
    ("Police said six local men, aged 19 to 27 were held in the raid.", [[6, "person"]]),
    ("He said the pair, aged 41 and 36, were arrested on Tuesday with 3 kilograms of heroin.",
     [[3, "kg"]]),
    ("The dead were named as Maria Santos, 62; and her grandson Paolo, 9.", []),
    ("Three suspects, all aged between 20 and 25, were arrested in Cebu.", [[3, "person"]]),
])
def test_d2_an_age_after_a_name_or_aged_counts_nobody(sentence, figures):
    assert _figures(sentence) == figures


@pytest.mark.parametrize(("sentence", "figures"), [
    # a count after a place and a comma stays a count when a noun or verb follows
    ("In Chiang Mai, 12 suspects were arrested on Monday.", [[12, "person"]]),
    ("Across Selangor, 14 people were detained and 3 kilograms seized.",
     [[14, "person"], [3, "kg"]]),
    ("Police arrested 18 suspects, 7 of them women.", [[18, "person"], [7, "person"]]),
])
def test_d2_a_count_after_a_comma_stays_a_count(sentence, figures):
    assert _figures(sentence) == figures


def _items(body: str) -> list:
    articles = pd.DataFrame({"article_id": ["s"], "title": [""], "body": [_CALM + body],
                             "boilerplate": [""], "published": ["2024-05-01"],
                             "outlet": ["Harbour Daily"], "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    return [[value, unit, item] for value, unit, item in
            found[["value", "unit", "item"]].values.tolist()]


@pytest.mark.parametrize(("sentence", "value", "item"), [
    ("Officers in Iloilo confiscated cocaine worth P3.5 million from the van.", 3500000,
     "cocaine"),
    ("The raid ended with the seizure of marijuana worth P87,450.", 87450, "marijuana"),
    ("They found ketamine weighing 12 kilogrammes (kg) worth RM2.1 million in the car.",
     2100000, "ketamine"),
    ("Police also seized jewellery worth about 3 million baht.", 3000000, "jewellery"),
    ("Agents intercepted methamphetamine worth RM4.5 million at the jetty.", 4500000,
     "methamphetamine"),
    ("Customs officers held 1.2 tonnes of heroin — worth nearly RM60 million — at the port.",
     60000000, "heroin"),
])
def test_d2_an_amount_after_worth_counts_the_thing_before_it(sentence, value, item):
    assert [value, item] in [[v, i] for v, _, i in _items(sentence)]


@pytest.mark.parametrize("sentence", [
    # no thing before "worth": a verb or a function word stays no item
    "The haul was worth 4.6 million pesos, the agency said.",
    "The pills are estimated to be worth RM800,000.",
])
def test_d2_worth_after_a_verb_names_no_item(sentence):
    assert all(item in ("", "haul", "pills") for _, _, item in _items(sentence))
