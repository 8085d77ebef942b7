"""Round 23i (issue 23): English police pages' claimants. A sentence whose subject is the
bare *police* (*The police seized …*, *Police arrested …*) after a police officer or a
police body has spoken on the page is that officer's account: its counts are his (the
page's later figures go to the chief quoted before them). With no police speaker before it,
an unnamed *police* still claims nothing (round 23d). Sentences written for these tests
(other names, outlets, numbers and word order than the pages the kind was seen on)."""
import pandas as pd
import pytest

from newsframe.annotate.claims import extract_claims

_CALM = "Markets were calm on Thursday morning and trading was light in the capital. "


def _rows(body: str) -> list:
    articles = pd.DataFrame({"article_id": ["s"], "title": [""], "body": [_CALM + body],
                             "boilerplate": [""], "published": ["2024-05-01"],
                             "outlet": ["Harbour Daily"], "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    return found[["value", "unit", "claimant", "claimant_evidence"]].values.tolist()


@pytest.mark.parametrize(("body", "value", "speaker"), [
    ("Deputy Commissioner of Police R. Mahalingam said that six persons had been arrested. "
     "He told reporters on Monday that two teams carried out the searches.\n\n"
     "The police seized 2,340 tablets of tramadol and 18 kilograms of ganja from a godown.",
     2340, "Mahalingam"),
    ("Inspector General of Police Tariq Hussain said the raids went on for a week.\n\n"
     "Police also recovered 27 pistols from the suspects, according to the statement.",
     27, "Tariq Hussain"),
    ("\"We will not stop,\" Coastal Police Chief Maria Okafor said on Friday.\n\n"
     "On Saturday, the police arrested 11 suspects near the harbour.", 11, "Okafor"),
])
def test_i_bare_police_after_a_police_speaker_is_his_account(body, value, speaker):
    rows = _rows(body)
    assert any(v == value and speaker in c for v, _, c, _ in rows), rows


@pytest.mark.parametrize("body", [
    # (guards) no police speaker before: the bare police still claims nothing (round 23d)
    "Farmers said the rains came late. The police seized 2,340 tablets of tramadol.",
    # the speaker before is no police officer
    "Health minister Ana Ruiz said the clinics were full.\n\nPolice arrested 15 suspects.",
    # the police officer speaks only after the sentence
    "The police arrested 15 suspects. Commissioner of Police John Mensah said more will come.",
])
def test_i_bare_police_without_a_police_speaker_before_claims_nothing(body):
    rows = _rows(body)
    assert rows and all(how != "actor" for *_, how in rows), rows
