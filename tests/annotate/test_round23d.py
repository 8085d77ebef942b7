"""Round 23d (issue 23): English police, court and disaster pages of Asian outlets — the
people and things counted after *arrested*, *seized*, *detained* (kind 1: English nouns of
units.csv, the ringgit, baht and peso, a scale word after a sign glued to its amount), the
measures written with a decimal point or against their unit (kind 2), and the numbers in a
name that count nothing (*Barangay 12*, *Unit 4*, *Article 114*); the named body that
seizes, arrests or evacuates claims its count as in Indonesian, and a body *in* its place
speaks, not the place (kind 3). Sentences written for these tests (other names, outlets,
numbers and word order than the pages the kinds were seen on)."""
import pandas as pd
import pytest

from newsframe.annotate.claims import extract_claims

_CALM = "Markets were calm on Thursday morning and trading was light in the capital. "


def _figures(body: str) -> list:
    return [[value, unit] for value, unit, *_ in _table(body)]


def _table(body: str) -> list:
    articles = pd.DataFrame({"article_id": ["s"], "title": [""], "body": [_CALM + body],
                             "boilerplate": [""], "published": ["2024-05-01"],
                             "outlet": ["Harbour Daily"], "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    return found[["value", "unit", "item", "claimant"]].values.tolist()


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("Narcotics officers in Medan arrested 12 suspects on Sunday.", 12, "person"),
    ("Seven drug traffickers were detained at the port in Dumai.", 7, "person"),
    ("The patrol caught three couriers near the border post.", 3, "person"),
    ("Investigators have questioned 45 witnesses so far.", 45, "person"),
    ("Agents recovered 1,450 packages of cocaine from the trawler.", 1450, "packet"),
    ("The team found 2.4 million pills in the lorry.", 2400000, "pill"),
    ("The drugs had a street value of 25 million baht, the colonel said.", 25000000, "thb"),
    ("They were paid MYR12,000 for each trip to Kuching.", 12000, "myr"),
    ("Officers seized syabu worth RM3.2 million in the raid.", 3200000, "myr"),
    ("The haul was worth 4.6 million pesos, the agency said.", 4600000, "php"),
    ("Agents seized shabu worth PHP2.7 million in Cebu.", 2700000, "php"),
    # the peso's sign written against an amount with a thousands group or a scale word
    ("Agents seized shabu worth P4.2 million in Iloilo.", 4200000, "php"),
    ("The suspect was caught with shabu worth P58,310 and a pistol.", 58310, "php"),
    ("Some P2.5-million worth of marijuana was burned in Benguet.", 2500000, "php"),
    ("Polisi menyita 35 pil ekstasi dari tersangka di Batam.", 35, "pill"),
])
def test_d_an_english_police_count_has_its_unit(sentence, value, unit):
    assert [value, unit] in _figures(sentence), _figures(sentence)


@pytest.mark.parametrize("sentence", [
    # (guards) a P that is a place in a race, a code, an initial
    "He finished P1 in the race and P3K kits were given to 12 villages.",
    "Budi P. Santoso said 40 houses were damaged by the flood.",
    "Maria P 5 was the name of the boat that carried 30 passengers.",
])
def test_d_a_p_that_is_no_peso_sign(sentence):
    assert all(unit != "php" for _, unit in _figures(sentence)), _figures(sentence)


@pytest.mark.parametrize("sentence", [
    "Officers seized syabu worth RM3.2 million and 14 sachets in the raid.",
    "Agents seized ganja worth Rp8.5 million and 6 packages in Deli Serdang.",
])
def test_d_the_scale_word_after_a_glued_sign_is_no_million_of_its_own(sentence):
    assert all(value != 1e6 for value, _ in _figures(sentence)), _figures(sentence)


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("Customs officers found 4.5 kilograms of heroin in the suitcase.", 4.5, "kg"),
    ("The navy intercepted about 2.7 tonnes of crystal meth off Aceh.", 2.7, "ton"),
    ("The couple kept 318.45 grams of syabu in a drawer.", 318.45, "gram"),
    ("Police confiscated 64kg of ganja from the truck.", 64, "kg"),
    ("A 1,350kg haul of cocaine was found in the container.", 1350, "kg"),
    ("The raid yielded 258 kilogrammes of cannabis.", 258, "kg"),
])
def test_d_an_english_measure_with_a_point_or_glued_to_its_unit(sentence, value, unit):
    assert [value, unit] in _figures(sentence), _figures(sentence)


@pytest.mark.parametrize("sentence", [
    # (guards) a version, a million glued without a counted noun, an Indonesian point
    "The company launched Year 2.0 of its plan for 15m customers.",
    "Polisi menyita 1.500 kg ganja di Aceh Besar.",
])
def test_d_no_english_measure_where_none_is_written(sentence):
    figures = _figures(sentence)
    assert [2.0, "kg"] not in figures and [15, "kg"] not in figures
    assert all(unit != "kg" or value == 1500 for value, unit in figures), figures


@pytest.mark.parametrize("sentence", [
    "Nine suspects were arrested by officers of Special Operations Unit 4 and the city police.",
    "Two dealers were caught in Barangay 215 and taken to Police Station 7.",
    "Six suspects were charged under Article 114 and Section 39 of the law.",
])
def test_d_a_number_in_a_name_counts_nothing(sentence):
    figures = _figures(sentence)
    assert len(figures) == 1 and figures[0][1] == "person", figures



# kind 3: the acting body of an English sentence claims what it counts, as the Indonesian
# sentence actor does (data/lexicons/actor_verbs.csv, language en); an unnamed one does not


@pytest.mark.parametrize(("sentence", "value", "body"), [
    ("The Central Java Police seized 22 kilograms of crystal methamphetamine in Semarang.",
     22, "Central Java Police"),
    ("Police in Davao arrested 14 suspects on Tuesday.", 14, "Police in Davao"),
    ("On Monday, the Philippine Drug Enforcement Agency arrested six dealers in Pasig.", 6,
     "Philippine Drug Enforcement Agency"),
    ("The Riau Disaster Management Agency has evacuated 1,200 residents from the river banks.",
     1200, "Riau Disaster Management Agency"),
])
def test_d_an_english_body_that_seizes_or_arrests_claims_its_count(sentence, value, body):
    rows = [(v, c, how) for v, _, _, c, how in _actor_rows(sentence)]
    assert any(v == value and body in c and how == "actor" for v, c, how in rows), rows


@pytest.mark.parametrize("sentence", [
    # (guards) a common noun capitalised only at the sentence's start names no body
    "The police arrested three men and seized 16 packets of syabu.",
    "Authorities arrested 14 suspects in the raid.",
    "Police detained 9 suspects after the clash.",
])
def test_d_an_unnamed_english_body_claims_nothing(sentence):
    rows = _actor_rows(sentence)
    assert all(how != "actor" for *_, how in rows), rows


@pytest.mark.parametrize(("sentence", "body"), [
    ("The Bureau of Fire Protection (BFP) in Manila reported on Thursday that at least 300 "
     "houses were razed.", "Bureau of Fire Protection"),
    ("The Bureau of Fire Protection in Cebu reported that 120 houses were razed by a fire.",
     "Bureau of Fire Protection"),
])
def test_d_a_body_in_its_place_speaks_not_the_place(sentence, body):
    rows = _actor_rows(sentence)
    assert rows and all(body in c for _, _, _, c, _ in rows), rows


def _actor_rows(sentence: str) -> list:
    articles = pd.DataFrame({"article_id": ["s"], "title": [""], "body": [_CALM + sentence],
                             "boilerplate": [""], "published": ["2024-05-01"],
                             "outlet": ["Harbour Daily"], "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    return found[["value", "unit", "item", "claimant", "claimant_evidence"]].values.tolist()
