"""Round 26b (issue 23): English claimants on agency and data pages. A body's account goes
on over the sentences after its statement that tally (``_tallies``: kind ``tally`` of
data/lexicons/continuation_cues.csv); the English cues now hold the words by which a round-up
of a disaster or of a trade's data counts, as the Indonesian ones did (*affected, displaced,
submerged, damaged* as *terdampak, mengungsi, terendam, rusak*; *reached, total* as
*mencapai, jumlah*; a share: *percent of, accounting for, the top supplier*). Sentences
written for these tests (other names, outlets, numbers and word order than the pages the kind
was seen on)."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_round25b import _claimants  # noqa: E402


@pytest.mark.parametrize(("body", "figure", "claimant"), [
    ("Figures from the Bureau of Customs showed that 2.1 million tonnes of sugar entered the "
     "country in 2023.\n\nBrazil remained the top supplier, with 43 percent of all "
     "shipments.", (43, "percent"), "Bureau of Customs"),
    ("The Regional Disaster Management Agency said 12 people died in the landslide on Sunday.\n\n"
     "Floodwaters submerged 3,400 hectares of rice fields in the valley.",
     (3400, "hectare"), "Regional Disaster Management Agency"),
    ("Statistics from the Ministry of Tourism showed 210,000 visitors came in March.\n\n"
     "Tourists from India accounted for 19.8 percent.", (19.8, "percent"), "Ministry of Tourism"),
    ("The National Emergency Office said 41 people died after the storm.\n\nIn the north, "
     "9,200 homes were damaged and 18,000 residents displaced.", (9200, "house"),
     "National Emergency Office"),
])
def test_b_a_round_up_goes_on_over_sentences_that_tally(body, figure, claimant):
    assert _claimants(body)[figure].endswith(claimant)


@pytest.mark.parametrize(("body", "figure", "claimant"), [
    # (guards, the outlet's own figures: a sentence that counts nothing of the data is the
    # outlet's scene; a person's statement opens no account; a quote between ends it)
    ("The Port Authority said 300 ships docked in May.\n\nThe harbour is home to 2,000 "
     "fishermen.", (2000, "person"), "Harbour Daily"),
    ("Trade Minister Rosa Bell said 2.1 million tonnes of sugar entered the country.\n\nBrazil "
     "remained the top supplier with 43 percent of all shipments.", (43, "percent"),
     "Harbour Daily"),
    ("The Fire Bureau said 12 houses burned.\n\n\"We need more trucks,\" a resident said.\n\n"
     "Flames destroyed 30 shops nearby.", (30, "shop"), "Harbour Daily"),
])
def test_b_guards_of_the_round_up(body, figure, claimant):
    assert _claimants(body)[figure] == claimant


@pytest.mark.parametrize(("body", "figure", "claimant"), [
    # a coast guard described in lower case is a body that speaks, as *the navy* is
    # (data/lexicons/mention_words.csv)
    ("MANILA (Reuters) - The Philippine coast guard said on Saturday 57 passengers were "
     "rescued after the boat capsized.", (57, "person"), "Philippine coast guard"),
    ("The coastguard said that 14 fishermen were still missing off the island.",
     (14, "person"), "coastguard"),
])
def test_b_a_coast_guard_in_lower_case_speaks(body, figure, claimant):
    assert _claimants(body)[figure].endswith(claimant)


@pytest.mark.parametrize(("body", "figure", "claimant"), [
    # *CS*, Kenya's cabinet secretary, is a title (data/lexicons/mention_words.csv): *the CS*
    # after a CS named is that person, as *the minister* is
    ("Health CS Amina Wanjiru said 61 people had died of cholera in Nairobi.\n\nThe CS said "
     "1,250 patients were admitted to hospitals in the county.", (1250, "person"),
     "Amina Wanjiru"),
    ("Agriculture CS Peter Otieno said maize imports would reach 500,000 tonnes.\n\n"
     "According to the CS, 12 ships were already at the port of Mombasa.", (12, "vessel"),
     "Peter Otieno"),
])
def test_b_the_cs_after_a_cs_named_is_that_cabinet_secretary(body, figure, claimant):
    assert _claimants(body)[figure] == claimant


def test_b_guard_the_cs_with_no_cs_named_stays_itself():
    claimant = _claimants("The CS said 1,250 patients were admitted to hospitals in the "
                          "county.")[(1250, "person")]
    assert claimant.endswith("CS")


@pytest.mark.parametrize(("body", "figure", "claimant"), [
    # a sentence opening with a body's word and a rank before a name (*Police Colonel X*,
    # *Police Commander X*) is that person speaking, her title split off — no description
    # *Police* of its own that leaves the sentence without a speaker; the ranks are titles
    # (data/lexicons/mention_words.csv)
    ("Police Colonel Rosa Dela Cruz said 18 suspects were arrested in the raids.",
     (18, "person"), "Rosa Dela Cruz"),
    ("Police Chief Superintendent Arturo Lim said on Monday that 2,400 residents were moved "
     "to evacuation centres.", (2400, "person"), "Arturo Lim"),
    ("Police Commander Pieter Vos told reporters that 31 cars were burned overnight.",
     (31, "car"), "Pieter Vos"),
    ("Police Brigadier General Ramon Tan said 7 officers were injured in the clash.",
     (7, "person"), "Ramon Tan"),
])
def test_b_a_police_rank_before_a_name_opening_a_sentence(body, figure, claimant):
    assert _claimants(body)[figure] == claimant


@pytest.mark.parametrize(("body", "figure", "claimant"), [
    # (guards: the body's word alone, or before a group, speaks as before)
    ("Police said 18 suspects were arrested in the raids.", (18, "person"), "Police"),
    ("Police officials said 31 cars were burned overnight.", (31, "car"), "Police officials"),
])
def test_b_guards_of_the_police_rank(body, figure, claimant):
    assert _claimants(body)[figure] == claimant
