"""English speakers: descriptions, titles beside names, pronouns (sentences written for these
tests, with other names, offices and numbers than any article)."""

import pytest

from newsframe.annotate.descriptions import english_mentions, is_description, name_descriptions
from newsframe.annotate.mentions import find_mentions


def read(sentence: str) -> list[tuple]:
    found = english_mentions(sentence, 0, len(sentence), find_mentions(sentence))
    return [(m.text, m.canonical, m.kind, m.role, m.refer) for m in found]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a description is a speaker: an organisation, a person, a group ("the fisheries
    # ministry" means a body named before in whose name its words stand, else itself: the
    # attribution layer reads which, round 25b second part)
    ("The fisheries ministry said 310 boats were lost.",
     [("The fisheries ministry", "fisheries ministry", "organisation", "", "body")]),
    # an official or a source without a name is anonymous, as Indonesian "pejabat"
    ("A senior police official said 18 people died.",
     [("A senior police official", "senior police official", "group", "", "")]),
    ("Port officials said the gates stayed shut.",
     [("Port officials", "Port officials", "group", "", "")]),
    ("Chile's national weather service warned of more rain.",
     [("Chile's national weather service", "Chile's national weather service",
       "organisation", "", "")]),
    # an office after the title: "an official at the ministry"
    ("An official at the ministry confirmed the count.",
     [("An official at the ministry", "official at the ministry", "group", "", "")]),
    # "the agency" alone means the agency named before (resolved by the attribution layer)
    ("The agency said 12 ships arrived.", [("The agency", "agency", "organisation", "", "head")]),
])
def test_english_descriptions_are_speakers(sentence, expected):
    assert read(sentence) == expected


@pytest.mark.parametrize(("sentence", "name", "role"), [
    # a title before the name, lower case or in the capitalised run
    ("Harbour board spokesman Tomas Reyes said 90 cranes stood idle.", "Tomas Reyes",
     "Harbour board spokesman"),
    ("Chilean Transport Minister Ana Fuentes said 90 cranes stood idle.", "Ana Fuentes",
     "Chilean Transport Minister"),
    # an apposition after the name: the role comma-enclosed after it
    ("the board's spokesman, Tomas Reyes, said 90 cranes stood idle.", "Tomas Reyes",
     "board's spokesman"),
])
def test_a_title_before_a_name_is_the_persons_role(sentence, name, role):
    found = english_mentions(sentence, 0, len(sentence), find_mentions(sentence))
    people = [m for m in found if m.kind == "person"]
    assert [(m.canonical, m.role) for m in people] == [(name, role)]
    assert sentence[people[0].start:people[0].end].endswith(name)


def test_pronouns_and_words_that_name_nobody():
    sentence = "According to Monday's count the toll was wrong, and He said so."
    found = english_mentions(sentence, 0, len(sentence), find_mentions(sentence))
    assert [(m.text, m.kind, m.head) for m in found] == [("He", "pronoun", "he")]
    # a demonym before a noun is a modifier, not a speaker
    sentence = "Peruvian estimates put the toll at 40, Lima said."
    found = english_mentions(sentence, 0, len(sentence), find_mentions(sentence))
    assert "Peruvian" not in [m.text for m in found]
    # a capitalised scale in a headline opens no name ("Over 2 Million Barrels of Oil")
    title = "Norway Sold Over 2 Million Barrels of Oil, Claims Trade Office"
    found = english_mentions(title, 0, len(title), find_mentions(title))
    assert not [m for m in found if "Million" in m.text]


def test_a_described_person_is_the_one_person_named_with_that_title():
    first = "A port lawmaker said 70 ships waited."
    second = "Rep. Dana Whitfield, a lawmaker from the coast, said so in June."
    rows = [english_mentions(first, 0, len(first), find_mentions(first)),
            english_mentions(second, 0, len(second), find_mentions(second))]
    named = name_descriptions(rows)
    assert named[0][0].canonical == "Dana Whitfield"
    assert named[0][0].text == "A port lawmaker"


def test_is_description():
    assert is_description("a spokeswoman for the harbour board")
    assert not is_description("Valparaiso")


def test_a_date_after_a_name_is_no_part_of_it():
    sentence = "The toll rose to 35, according to The Lisbon Herald on Sunday."
    found = english_mentions(sentence, 0, len(sentence), find_mentions(sentence))
    assert [m.text for m in found] == ["The Lisbon Herald"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # round 7a: a country in English is a state (the actors lexicon's, by its Indonesian
    # name), a country it does not list keeps its English name; never a person
    ("South Korea disputed the tally on Friday.",
     [("South Korea", "state", "South Korea government")]),
    ("Peru said it had sent tents.", [("Peru", "state", "Peru government")]),
    ("The United States pledged tents, the aid office said.",
     [("The United States", "state", "US government"), ("the aid office", "organisation",
                                                          "aid office")]),
    # a geographic word before or after a name, or a compass word before it: a place
    ("By noon ash from Mount Lokon reached Minahasa Regency, the agency said.",
     [("Mount Lokon", "place", "Mount Lokon"), ("Minahasa Regency", "place", "Minahasa Regency"),
      ("the agency", "organisation", "agency")]),
    ("It rained before floods hit Southeast Sulawesi and Buton Island.",
     [("Southeast Sulawesi and Buton Island", "place", "Southeast Sulawesi and Buton Island")]),
    # a body named with such a word stays a body, a title before a name stays a role
    ("Central Sulawesi Police chief Rudy Hartanto said 14 boats sank.",
     [("Central Sulawesi Police chief Rudy Hartanto", "person", "Rudy Hartanto")]),
])
def test_english_places_and_countries_name_no_person(sentence, expected):
    found = english_mentions(sentence, 0, len(sentence), find_mentions(sentence))
    assert [(m.text, m.kind, m.canonical) for m in found if m.kind != "pronoun"] == expected
