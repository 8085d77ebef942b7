"""Round 20f (issue 23, kinds 1 and 2): claimants, qualifiers and items of figures on
English-language pages. Sentences written for these tests (other names, numbers and word order
than the pages the kinds were seen on)."""
from tests.annotate.test_claims import _claimants

# an English page is told from its words: every test body opens with this sentence
_LEAD = ("MANILA - Voters queued for hours in the heat on Sunday, and the lines at the schools "
         "in the north of the city did not get shorter until the evening. ")


def _claims(body: str, columns=("value", "qualifier")) -> list:
    return _claimants(_LEAD + body, columns=columns)


# --- a hedge before the first of two coordinated figures hedges the second too ---------------

def test_about_before_two_shares_hedges_both():
    body = "The senator and the mayor had about 41% and 36.5% of the ballots counted."
    assert _claims(body) == [[41, "about"], [36.5, "about"]]


def test_about_before_two_percentages_hedges_both():
    body = ("The tally put the challengers at around 12 percent and 9 percent of the votes "
            "cast.")
    assert _claims(body) == [[12, "about"], [9, "about"]]


def test_a_hedge_does_not_cross_a_clause():
    body = "About 40 people were hurt, and 12 people died in the fire at the market."
    assert _claims(body) == [[40, "about"], [12, "exact"]]


def test_a_lower_bound_is_not_shared():
    body = "At least 30 houses and 4 schools were flattened by the storm in the valley."
    assert _claims(body) == [[30, "at_least"], [4, "exact"]]


# --- "X and Y had A and B, respectively": each figure counts its own name ---------------------

def test_respectively_gives_each_share_its_name():
    body = ("Challengers Maria Santos and Leo Ramirez trailed with 21% and 14.2% "
            "respectively, the pollster said.")
    items = [item for _, item in _claims(body, ("value", "item"))]
    assert "Maria Santos" in items[0] and "Leo Ramirez" in items[1]


def test_respectively_keeps_the_counted_noun():
    body = ("Governors Alan Cruz and Bea Lim won about 30 percent and 25 percent of the "
            "ballots, respectively.")
    items = [item for _, item in _claims(body, ("value", "item"))]
    assert "ballots" in items[0] and "Alan Cruz" in items[0]
    assert "ballots" in items[1] and "Bea Lim" in items[1]


def test_respectively_needs_as_many_names_as_figures():
    body = "Ana Reyes won 52% and 48% in the first and the second round respectively."
    items = [item for _, item in _claims(body, ("value", "item"))]
    plain = [item for _, item in _claims(body.replace(" respectively", ""), ("value", "item"))]
    assert items == plain


# --- a count or record whose keeper an English sentence names gives its figures --------------

def _claimant(body: str) -> list:
    return [[value, claimant] for value, claimant in _claims(body, ("value", "claimant"))]


def test_a_count_by_a_lowercase_commission_is_the_commissions():
    body = ("An early tally by the electoral commission showed the governor winning 61.2 percent "
            "of votes.")
    assert _claimant(body) == [[61.2, "electoral commission"]]


def test_a_count_that_was_slower_and_showed_is_its_keepers():
    body = ("A partial count by the electoral commission was far slower and showed the senator "
            "at 44.5 percent of votes.")
    assert _claimant(body) == [[44.5, "electoral commission"]]


def test_a_lowercase_commissions_own_count_is_the_commissions():
    body = ("The electoral commission's official count was much slower and showed the senator "
            "with 44.5 percent of ballots.")
    assert _claimant(body) == [[44.5, "electoral commission"]]


def test_according_to_the_report_of_a_body():
    body = "The toll rose to 48 people, according to the report of the National Disaster Council."
    assert _claimant(body) == [[48, "National Disaster Council"]]


# --- pollsters and survey firms speak as a group -----------------------------------------------

def test_according_to_pollsters_is_the_pollsters():
    body = ("The mayor held 47.3 percent of the vote, according to four independent pollsters "
            "that sampled polling stations.")
    found = dict((value, claimant) for value, claimant in _claimant(body))
    assert "independent pollsters" in found[47.3]


def test_survey_firms_that_said():
    body = "Two survey firms said the challenger had 38 percent of the vote after noon."
    found = _claimant(body)
    assert [38, "survey firms"] in found or [38, "Two survey firms"] in found


def test_based_on_a_survey_by_a_body_in_a_setting():
    body = ("Based on a survey by the Road Safety Agency (RSA) in the 2023 holiday season, it is "
            "estimated that 72 million people travelled by road.")
    assert _claimant(body) == [[72000000, "Road Safety Agency"]]


def test_a_survey_by_the_countrys_ministry_showed():
    body = ("A new survey by the country's tourism ministry showed that about 3.4 million "
            "visitors came in June.")
    assert _claimant(body) == [[3400000, "country's tourism ministry"]]


def test_according_to_the_tally_of_the_election_body():
    body = ("The senator won 52% of votes, according to the official tally of the election body, "
            "which confirmed earlier counts.")
    assert _claimant(body) == [[52, "election body"]]


# --- "N people were injured", "detained 40 people": the count says what befell them ----------

def _items(body: str) -> list:
    return [[value, item] for value, item in _claims(body, ("value", "item"))]


def test_people_who_were_hurt_are_counted_as_hurt():
    body = "Officials said at least 14 people were hurt when the bridge gave way on Friday."
    assert _items(body) == [[14, "people hurt"]]


def test_people_who_had_been_detained():
    body = "Some 320 individuals had been detained in the port city by Tuesday night."
    assert _items(body) == [[320, "individuals detained"]]


def test_a_casualty_verb_before_the_count():
    body = "Soldiers evacuated 2,150 people from the slopes of the volcano overnight."
    assert _items(body) == [[2150, "people evacuated"]]


def test_a_reporting_verb_before_the_count_is_no_item():
    body = "The agency reported 75 people in the shelters near the river on Monday."
    assert _items(body) == [[75, "people"]]


def test_respectively_before_the_figures():
    body = ("The mayor beat challengers Rosa Lim and Tomas Uy, who respectively received about "
            "18% and 11%, according to the final tally.")
    items = [item for _, item in _claims(body, ("value", "item"))]
    assert "Rosa Lim" in items[0] and "Tomas Uy" in items[1]


def test_respectively_after_an_earlier_figure():
    body = ("The mayor won 64% of votes while Rosa Lim and Tomas Uy had 20% and 16% "
            "respectively.")
    items = [item for _, item in _claims(body, ("value", "item"))]
    assert "Rosa Lim" not in items[0]
    assert "Rosa Lim" in items[1] and "Tomas Uy" in items[2]
