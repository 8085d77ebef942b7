"""Round 21c, second part (issue 23, kind 1): on English wire copy, a sentence whose subject
is a pronoun going on with the speaker of the sentence before (*it*, *they*, *he*, *she*)
is that speaker's, not the wire's narrative. Sentences written for these tests (other
names, outlets, numbers and word order than the pages the kind was seen on)."""
import pandas as pd
import pytest

from newsframe.annotate.claims import extract_claims


def _claims(body: str, outlet: str = "Valley Courier") -> list:
    articles = pd.DataFrame({"article_id": ["s"], "title": [""], "body": [body],
                             "boilerplate": [""], "published": ["2024-05-01"],
                             "outlet": [outlet], "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    return found[["value", "claimant", "claimant_evidence"]].values.tolist()


_PARTY = ("QUITO, Ecuador (AP) — The Green Alliance said it had taken 31 council seats "
          "in Sunday's vote. ")


@pytest.mark.parametrize("sentence", [
    "In the coastal province, it took all 14 seats.",
    "It also took 9 mayoral races.",
    "In the capital, they took all 14 seats.",
])
def test_c2_a_pronoun_subject_goes_on_with_the_speaker_before(sentence):
    found = _claims(_PARTY + sentence)
    assert found[0] == [31, "The Green Alliance", "direct"]
    assert found[-1][1] == "The Green Alliance" and found[-1][2] != "wire"


@pytest.mark.parametrize("sentence", [
    "He had counted 23 passengers on the deck before it sailed.",
    # a pronoun saying something was read as the speaker before already (coreference)
    "He said 23 passengers had been pulled from the water.",
])
def test_c2_a_person_goes_on_through_he_or_she(sentence):
    body = ("DHAKA, Bangladesh (AFP) - River police chief Karim Uddin said the ferry had "
            "left before dawn. " + sentence)
    assert _claims(body, "Delta Post")[-1][:2] == [23, "Karim Uddin"]


@pytest.mark.parametrize("sentence", [
    # (guards) a sentence of the wire's own: no pronoun subject, or an *it* of the weather
    "Floods have cut 12 roads in the province since March.",
    "It is the worst flooding since 2010, when 12 bridges were swept away.",
])
def test_c2_no_pronoun_going_on_leaves_the_wires_narrative(sentence):
    assert _claims(_PARTY + "\n\n" + sentence)[-1] == [12, "Associated Press", "wire"]


@pytest.mark.parametrize("subject", ["the alliance", "the coalition"])
def test_c2_a_definite_back_reference_goes_on_with_the_speaker_before(subject):
    body = ("SANTIAGO, Chile (Reuters) - Frente Austral said turnout rose 4 percent in May. "
            f"In the northern regions, {subject} said it had won 340 council posts.")
    found = _claims(body, "Andes Daily")
    assert found[-1][:2] == [340, "Frente Austral"] and found[-1][2] != "wire"
