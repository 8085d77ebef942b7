"""Round 22m (issue 23, kinds 1 and 6): English bodies that give a figure without a verb of
saying — a central bank, a committee or an agency that *projects* a figure speaks, as one
that forecasts or estimates (``The Reserve Bank projects GDP growth at 3.4 percent``).
Sentences written for these tests (other names, numbers and word order than the pages the
kind was seen on)."""
import pytest

from tests.annotate.test_round22e import _LEAD
from tests.annotate.test_round22e import _claims as _rows


def _claims(body: str, outlet: str = "Harbour Daily") -> list:
    return [[value, claimant] for value, _, claimant, _ in _rows(body, outlet)]


@pytest.mark.parametrize(("sentence", "value", "body"), [
    ("The Fiscal Policy Office projects consumer inflation at 4.8 percent for the year.",
     4.8, "Fiscal Policy Office"),
    ("Kasikorn Research Center projected economic growth of 4.5 percent for 2025, citing "
     "exports.", 4.5, "Kasikorn Research Center"),
    ("The Asian Development Bank now projects growth of 5.1 percent in the region next "
     "year.", 5.1, "Asian Development Bank"),
])
def test_m_a_body_that_projects_a_figure_gives_it(sentence, value, body):
    found = _claims(_LEAD + sentence)
    assert any(v == value and body in c for v, c in found), found


def test_m_the_committee_that_projects_is_the_committee_named_before():
    found = _claims(_LEAD + "The Monetary Policy Committee (MPC) of the central bank met on "
                    "Tuesday. The Committee projects inflation at 3.2 percent this year.")
    assert any(v == 3.2 and "Monetary Policy Committee" in c for v, c in found), found


def test_m_a_projected_figure_without_a_body_stays_the_pages():
    # (guard) "the projected figure": an adjective, no body speaking
    lead = "Markets were calm on Thursday morning and trading was light in the capital. "
    found = _claims(lead + "The projected deficit of 2.9 percent was lower than in March.")
    assert all(c in ("", "Harbour Daily") for _, c in found), found


def test_m_the_central_bank_is_the_bank_quoted_before_not_a_description():
    # "X's central bank" only mentioned, then "the Bank of Y (BOY) said": "the central
    # bank projects" is that bank (data/lexicons/head_kin.csv: central → bank)
    body = (_LEAD + "Korea's central bank kept its benchmark rate on hold on Thursday. The "
            "economy slowed in the spring, the Bank of Korea (BOK) said in a statement. The "
            "central bank projects growth of 1.9 percent this year.")
    found = _claims(body)
    assert any(v == 1.9 and c in ("BOK", "Bank of Korea") for v, c in found), found
