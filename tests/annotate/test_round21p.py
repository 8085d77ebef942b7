"""Round 21p (issue 23, kind 1): on English copy, a body's word with a place after *in*
("Police in Pokhara said …") is one description, the body of that place; the place is no
speaker of its own. Sentences written for these tests (other names, places, numbers and
word order than the pages the kind was seen on)."""
import pandas as pd
import pytest

from newsframe.annotate import sources
from newsframe.annotate.claims import extract_claims


def _claims(body: str, outlet: str = "Valley Courier") -> list:
    articles = pd.DataFrame({"article_id": ["s"], "title": [""], "body": [body],
                             "boilerplate": [""], "published": ["2024-05-01"],
                             "outlet": [outlet], "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    return found[["value", "claimant"]].values.tolist()


@pytest.mark.parametrize(("sentence", "claimant"), [
    ("Police in Pokhara said Wednesday that 17 trekkers were rescued from the slope.",
     "Police in Pokhara"),
    ("The police in Mindanao said 9 fishermen were still missing after the storm.",
     "police in Mindanao"),
    ("MANILA (AP) — A storm flooded 40 homes on the coast, officials said. Police in Tarlac "
     "said Monday that 6 fishermen drowned.", None),
])
def test_p_a_body_in_a_place_speaks_not_the_place(sentence, claimant):
    found = _claims(sentence)
    spoken = dict(found)
    if claimant is None:
        assert spoken[6.0] == "Police in Tarlac"
        assert spoken[40.0] == "officials"
    else:
        assert [claimant] == list(spoken.values())
    assert all("Pokhara" != c and "Mindanao" != c and "Tarlac" != c for c in spoken.values())


def test_p_the_body_in_a_place_is_its_named_source():
    table = sources.extract_attributions(pd.DataFrame(
        {"article_id": ["a"], "outlet": [""], "title": [""],
         "body": ["Police in Pokhara said 17 trekkers were rescued from the slope."],
         "boilerplate": [""]}))
    assert "Pokhara" not in set(table["source"])


@pytest.mark.parametrize("sentence", [
    # (guards) a month after *in* is a time, not the body's place; a lower-case place word
    # stays outside the body ("the agency in the city")
    "Police in March said 17 trekkers were rescued from the slope.",
    "The agency in the city said 17 trekkers were rescued from the slope.",
])
def test_p_no_place_no_longer_body(sentence):
    claimant = _claims(sentence)[0][1]
    assert " in " not in claimant and claimant not in ("March", "city")
