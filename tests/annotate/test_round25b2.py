"""Round 25b, second part (issue 23): English claimants on wire and agency pages. A
definite description of a body made of words of a body the article named before (*the fire
bureau* after *the Manila Fire and Rescue Bureau*, *the health ministry* after *the Ministry of
Health*, *the wildlife agency* after *the Kenya Wildlife Service*) is that body, as *badan
tersebut* is in Indonesian; a description with a word no body named before holds (*the weather
agency* after *the National Disaster Management Agency*) is another body, itself. Sentences
written for these tests (other names, outlets, numbers and word order than the pages the kind
was seen on)."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_round25b import _claimants  # noqa: E402


@pytest.mark.parametrize(("body", "figure", "named"), [
    ("The Manila Fire and Rescue Bureau sent 30 trucks to the blaze on Friday. The fire "
     "bureau said 12 people were rescued from the roof.", (12, "person"),
     "Manila Fire and Rescue Bureau"),
    ("The Kenya Wildlife Service said 400 elephants were counted in the park. The wildlife "
     "agency said 12 rhinos were poached last year.", (12, "rhino"), "Kenya Wildlife Service"),
    ("The Ministry of Health said 30 people died of the fever in May. The health ministry "
     "said 5 provinces reported new cases.", (5, "province"), "Ministry of Health"),
    ("The Lagos State Emergency Management Agency said 18 houses collapsed after the storm. "
     "The Emergency agency said 7 people were injured.", (7, "person"),
     "Lagos State Emergency Management Agency"),
])
def test_b2_a_description_in_words_of_a_body_named_before_is_that_body(body, figure, named):
    assert _claimants(body)[figure].endswith(named)


@pytest.mark.parametrize(("body", "figure", "claimant"), [
    # (guards: a word the body named before does not hold is another body; no body named
    # before, a body told apart by its place)
    ("The National Disaster Management Agency said 30 people died. The weather agency said "
     "5 provinces faced more rain on Sunday.", (5, "province"), "weather agency"),
    ("The fire bureau said 12 people were rescued from the roof of the mall.",
     (12, "person"), "fire bureau"),
    ("The Manila Fire and Rescue Bureau sent 30 trucks to the blaze on Friday. The health "
     "agency said 12 people were treated for burns.", (12, "person"), "health agency"),
])
def test_b2_guards_of_the_described_body(body, figure, claimant):
    assert _claimants(body)[figure] == claimant
