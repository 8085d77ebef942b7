"""Round 21c (issue 23, kinds 1, 3 and 6): English wire copy carried by other sites — the
wire's own narrative figures are the wire's, and a wire credited before the page's time
stamp is a relay of the text. Sentences written for these tests (other names, outlets,
numbers and word order than the pages the kinds were seen on)."""
import pandas as pd
import pytest

from newsframe.annotate import sources
from newsframe.annotate.claims import extract_claims


def _claims(body: str, outlet: str = "Rio Times", boilerplate: str = "") -> list:
    articles = pd.DataFrame({"article_id": ["s"], "title": [""], "body": [body],
                             "boilerplate": [boilerplate], "published": ["2024-05-01"],
                             "outlet": [outlet], "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    return found[["value", "claimant", "claimant_evidence"]].values.tolist()


_MAYOR = "Mayor Carla Duarte said 230 people had been moved to schools.\n\n"
_NARRATIVE = "Heavy rains have killed at least 40 people in the state since January."


@pytest.mark.parametrize(("head", "outlet", "boilerplate", "wire"), [
    # the wire in the dateline's brackets, on a site that is not the wire's
    ("MANAUS, Brazil (AP) — ", "Rio Times", "", "Associated Press"),
    ("LIMA, March 4 (Reuters) - ", "Andes Daily", "", "Reuters"),
    # a credit line of the page's furniture (round 20o's), whatever the outlet
    ("By Ana Souza, Associated Press\n\n", "Rio Times", "", "Associated Press"),
    # the wire before the page's time stamp (a date line)
    ("", "", "date_line: Reuters Published 4 Mar, 2021 07:10pm", "Reuters"),
    # the outlet read as the wire itself
    ("", "AFP", "", "AFP"),
])
def test_c_a_wires_narrative_figure_after_a_speakers_paragraph_is_the_wires(
        head, outlet, boilerplate, wire):
    found = _claims(head + _MAYOR + _NARRATIVE, outlet, boilerplate)
    assert found[0] == [230, "Carla Duarte", "direct"]
    assert found[-1] == [40, wire, "wire"]


@pytest.mark.parametrize("body", [
    # (guards) no wire credited: the paragraph's figures go on with the speaker as before
    _MAYOR + _NARRATIVE,
    # a wire named inside a sentence is no credit of the copy
    "Reuters reported the flood on Monday.\n\n" + _MAYOR + _NARRATIVE,
])
def test_c_no_wire_credited_leaves_the_run_on(body):
    assert _claims(body)[-1] == [40, "Carla Duarte", "run_on"]


def test_c_a_quoted_sentence_is_never_the_wires():
    body = ('MANAUS, Brazil (AP) — "We have 12 boats out," said Rui Prado, a fire captain.\n\n'
            '"There are still 35 families on the roofs."')
    assert _claims(body)[-1][2] != "wire"


def test_c_a_figure_its_own_sentence_attributes_stays_its_speakers():
    body = ("LIMA, March 4 (Reuters) - The civil defence agency said 12 bridges were down "
            "after the storm hit the coast on Monday night.")
    assert _claims(body) == [[12, "civil defence agency", "direct"]]


def _relays(body: str, boilerplate: str, outlet: str = "Warta Kota") -> list:
    table = sources.extract_attributions(pd.DataFrame(
        {"article_id": ["a"], "outlet": [outlet], "title": [""], "body": [body],
         "boilerplate": [boilerplate]}))
    return [(r["source"], r["relayed_by"]) for _, r in table.iterrows()]


@pytest.mark.parametrize(("stamp", "relay"), [
    ("date_line: Reuters Published 4 Mar, 2021 07:10pm", "Reuters"),
    ("date_line: AFP | Updated 12 June 2019", "AFP"),
    # (guards) the page's own name, or an author, before its time stamp
    ("date_line: Staff Reporter Published 4 Mar, 2021", ""),
])
def test_c_a_wire_before_the_pages_time_stamp_relays_the_text(stamp, relay):
    body = "The levee held at 9 metres, said Laura Finch, a spokeswoman for the county."
    assert _relays(body, stamp) == [("Laura Finch", relay)]


def test_c_a_sentence_naming_a_speaker_of_the_article_is_no_narrative():
    body = ("JAKARTA (Reuters) - The provincial health agency has reported that at least 3,100 "
            "people have caught dengue fever so far this year, its head Dewi Anggraini said."
            "\n\nIn a release received here on Friday, Anggraini informed that the province "
            "recorded 1,804 people with dengue in the same period last year.")
    assert all(claimant != "Reuters" for _, claimant, _ in _claims(body))


def _sources(body: str, title: str = "") -> list:
    table = sources.extract_attributions(pd.DataFrame(
        {"article_id": ["a"], "outlet": ["Andes Daily"], "title": [title], "body": [body]}))
    return [r["source"] for _, r in table.iterrows()]


@pytest.mark.parametrize(("title", "body", "speaker"), [
    # a clause opened by "as", "while", "after" … before a kind of speaker: its words are no
    # modifier of the speaker ("tremors as officials")
    ("", "A strong earthquake killed at least 12 people on the island of Lombok on Sunday, "
         "toppling homes and unleashing dozens of tremors as officials warned of more damage.",
     "officials"),
    ("", "Ferries stayed in port across the strait on Tuesday while coastguard officials said "
         "the swell would ease by the weekend.", "coastguard officials"),
    ("Nine dead in Chile floods as officials say toll could rise",
     "Heavy rain has killed nine people in southern Chile this week, and thousands of homes "
     "are flooded across the region, the interior ministry said on Friday night.",
     "officials"),
])
def test_c_a_clause_opener_is_no_part_of_the_speaker(title, body, speaker):
    assert speaker in _sources(body, title)
    assert not any(" as " in s or " while " in s for s in _sources(body, title))


def test_c_the_claimant_of_a_figure_beside_a_clause_opener_is_the_kind_of_speaker():
    body = ("A strong earthquake killed at least 12 people on the island of Lombok on Sunday, "
            "toppling homes and unleashing dozens of tremors as officials warned of more "
            "damage.")
    assert _claims(body, outlet="Lombok Post") == [[12, "officials", "direct"]]


@pytest.mark.parametrize(("body", "source"), [
    # market reports' kinds of speaker: anonymous, as "officials" are
    ("Traders said Peru was buying more wheat from Canada, with a ship being loaded with "
     "31,400 tonnes at Vancouver for delivery next month.", "Traders"),
    ("Exporters said shipments to Peru would reach 90,000 tonnes in March as buyers "
     "returned after the holiday season.", "Exporters"),
    ("Prices of Canadian wheat rose this week to $305 a tonne, said one Winnipeg-based "
     "trader, adding that demand from Peru was firm.", "Winnipeg-based trader"),
])
def test_c_a_market_reports_kind_of_speaker_is_anonymous(body, source):
    table = sources.extract_attributions(pd.DataFrame(
        {"article_id": ["a"], "outlet": ["Grain Daily"], "title": [""], "body": [body]}))
    assert [(r["source"], bool(r["anonymous"])) for _, r in table.iterrows()] == [
        (source, True)]
