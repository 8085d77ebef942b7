"""Round 21k (issue 23, kind 4): every denial flagged, third pass — English passives that
judge a claim with its agent after *by* (*the claims were branded "a hoax" by the ministry*,
*the figures were dismissed as exaggerated by the governor*, *described as inflated by*), and
the English verdict *a hoax*; a denial that goes on (*continue to deny*, *have continued to
reject*). Sentences written for
these tests (other names, numbers and word order than the pages the kinds were seen on)."""
import pytest

from tests.annotate.test_sources_forms import _denials

# an English lead sentence: the article reads as English (the sentences below are short)
_LEAD = ("The harvest report for the coming season was presented to parliament on Monday "
         "after a long debate over the figures. ")


@pytest.mark.parametrize(("body", "expected"), [
    # a claim judged in a passive, its verdict after "as" (or right after the verb), its agent
    # after "by"
    ("The union's figures were dismissed as exaggerated by the Agriculture Ministry.",
     [["Agriculture Ministry", "dismissed"]]),
    ('The claims by the farmers have been branded "a hoax" by Governor Ana Costa and '
     '"nonsense" by her deputy.', [["Ana Costa", "a hoax"]]),
    ("Reports that 4,000 hectares had failed were labelled as baseless by the Harvest "
     "Board.", [["Harvest Board", "baseless"]]),
    ("The estimates were described as inflated by Finance Minister Rudi Hartono.",
     [["Rudi Hartono", "inflated"]]),
    # a claim set before the one who denies it, in a phrase after a comma (as before)
    ("The mill was said to have hidden 300 tonnes of rice, a claim the company denies.",
     [["company", "denies"]]),
    # a denial that goes on: "continue to deny" is no purpose (*declined to deny* still is)
    ("Both Hanoi and Bangkok continue to deny the rice export figures.",
     [["Thailand government", "deny"]]),
    ("The trade ministry has continued to reject the estimates of the millers.",
     [["trade ministry", "reject"]]),
    # the English verdict "hoax" with a claim word, in the speaker's sentence
    ("A farmers' group said 4,000 hectares had failed. The ministry said the report was a "
     "hoax.", [["ministry", "a hoax"]]),
])
def test_english_claims_judged_with_the_denier_after_them(body, expected):
    assert [row[:2] for row in _denials(_LEAD + body)] == expected


@pytest.mark.parametrize("body", [
    # not a claim judged: a person turned down, a title given, a candidate chosen
    "The farmer was dismissed as a candidate by the cooperative.",
    "Ana Costa was described as a careful manager by her colleagues.",
    "The new mill was branded a success by the company.",
    "The rice was labelled as premium by the traders.",
    # a denial noun that denies nothing: nobody denies after the claim word
    "The allegations his aides raised were heard in court.",
    "The farmers were denied entry by the police.",
    # no denial made: declined, a wish
    "The trade ministry declined to deny the estimates of the millers.",
    "The trade ministry wants to refute the estimates of the millers.",
    # a hoax that is no verdict on a claim
    "The police said the bomb threat at the market was a hoax.",
])
def test_no_claim_judged(body):
    assert _denials(_LEAD + body) == []
