"""Round 26b, second part (issue 23): *…, the government said* in an English sentence that
names the country (*killed in floods in Chile*). The country's name is a state mention whose
canonical name is its government, so *the government* is not read as a body of its own
(descriptions.name_descriptions), and coreference, which knows the sentence's mentions only
after its statements, found nothing: the statement was dropped and its figures fell to the
wire or the outlet. The state or body named before the description in that sentence now
answers it (``scopes._unresolved_description_en``). Sentences written for these tests (other
names, outlets, numbers and word order than the pages the kind was seen on)."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_round25b import _claimants  # noqa: E402


@pytest.mark.parametrize(("body", "figure"), [
    ("Flash floods in northern Chile killed 23 people, the government said on Tuesday.",
     (23, "person")),
    ("SANTIAGO (Reuters) - The number of people killed in wildfires in Chile rose to 64, "
     "the government said, as crews fought new blazes.", (64, "person")),
    ("At least 18 people died and 140 were injured when a train derailed in Nigeria, the "
     "government said.", (140, "person")),
    ("Heavy snow cut power to 9,000 homes across Pakistan this week, the government said.",
     (9000, "house")),
])
def test_b2_the_government_of_the_country_the_sentence_names(body, figure):
    claimant = _claimants(body)[figure]
    assert claimant.endswith("government") and claimant != "Harbour Daily"


@pytest.mark.parametrize(("body", "figure", "claimant"), [
    # guards: a description with nothing before it in its sentence stays as it was read
    # (itself, or the speaker whose account it carries on)
    ("Storms swept the coast on Monday. About 2,500 people were evacuated, the government "
     "said.", (2500, "person"), "government"),
    ("Health ministry spokeswoman Ana Ruiz said 40 people died. In the port, 300 homes were "
     "destroyed, the ministry said.", (300, "house"), "Ana Ruiz"),
    ("The Kenyan government said 55 people died in the floods.", (55, "person"),
     "Kenyan government"),
])
def test_b2_guards(body, figure, claimant):
    assert _claimants(body)[figure] == claimant
