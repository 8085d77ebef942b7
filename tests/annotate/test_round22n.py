"""Round 22n (issue 23, kind 2): a change of a share in percentage points written in English
— ``rose 0.3 percentage point``, ``(+1.25 percentage points)``, ``a 0.5%-point cut`` — is a
figure of its own (unit ``percentage_point``), beside the level the share reaches, and the
unit's last word (``point``) is not the next figure's item. Sentences written for these
tests (other names, outlets, numbers and word order than the pages the kind was seen on)."""
import pandas as pd
import pytest

from newsframe.annotate.claims import extract_claims

_LEAD = "The figures were released on Thursday morning by the office in the capital. "


def _claims(body: str) -> list:
    articles = pd.DataFrame({"article_id": ["s"], "title": [""], "body": [_LEAD + body],
                             "boilerplate": [""], "published": ["2024-05-01"],
                             "outlet": ["Harbour Daily"], "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    return found[["value", "unit", "item"]].values.tolist()


@pytest.mark.parametrize(("sentence", "change", "level"), [
    ("The jobless rate climbed 0.3 percentage point to 5.9 per cent in March, the "
     "statistics bureau said.", 0.3, 5.9),
    ("The reserve bank lifted its cash rate by 0.25 percentage points to 4.35%, Governor "
     "Lena Ortiz said.", 0.25, 4.35),
    ("The monetary board made a 0.5%-point cut to 3.75%, the bank said in a statement.",
     0.5, 3.75),
    ("A 1.2 percentage-point fall took youth unemployment to 14.6 percent, the ministry said.",
     1.2, 14.6),
])
def test_n_a_change_in_percentage_points_is_a_figure_beside_the_level(sentence, change, level):
    found = _claims(sentence)
    units = {value: unit for value, unit, _ in found}
    assert units.get(change) == "percentage_point"
    assert units.get(level) == "percent"
    # the unit's last word is no item of the level after it
    assert all(item.split()[-1:] != ["point"] for value, _, item in found if value == level)


@pytest.mark.parametrize(("sentence", "value"), [
    ("Energy was the biggest push on prices (+1.25 percentage points), the agency said.",
     1.25),
    ("Rents added 0.8 percentage points to annual inflation in the quarter.", 0.8),
    ("Wages rose 2 percentage points faster than prices.", 2),
])
def test_n_contributions_in_percentage_points(sentence, value):
    assert [value, "percentage_point"] in [row[:2] for row in _claims(sentence)]


@pytest.mark.parametrize(("sentence", "pairs"), [
    # (guards) shares stay percent, Indonesian points stay as they were read, an index's
    # points are no rate's
    ("Inflation eased to 2.8 percent in May from 3.1 percent in April.",
     [[2.8, "percent"], [3.1, "percent"]]),
    ("Tingkat hunian turun 2,15 persen poin menjadi 48,3 persen.",
     [[2.15, "percentage_point"], [48.3, "percent"]]),
])
def test_n_guards(sentence, pairs):
    assert [row[:2] for row in _claims(sentence)] == pairs
