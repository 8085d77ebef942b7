"""Round 20o (issue 23, kinds 3 and 6): wires credited in the page's furniture are relays
of the text; a place opened by a capitalised preposition is no speaker. Sentences written
for these tests (other names, outlets, numbers and word order than the pages the kinds
were seen on)."""
import pandas as pd
import pytest

from newsframe.annotate import sources


def said(body: str, outlet: str = "Warta Kota") -> list[tuple]:
    table = sources.extract_attributions(pd.DataFrame(
        {"article_id": ["a"], "outlet": [outlet], "title": [""], "body": [body]}))
    return [(r["source"], r["verb"], r["relayed_by"]) for _, r in table.iterrows()]


_TEXT = ("The levee held at 9 metres, said Laura Finch, a spokeswoman for the county. "
         "Crews moved 60 families to the school gym overnight.")


@pytest.mark.parametrize(("head", "foot", "relay"), [
    # a credit line at the head: the wire alone in brackets, after "By", after an author
    ("(AP)\nUpdated: 2019-03-02 08:10\n\n", "", "Associated Press"),
    ("(Reuters)\n\n", "", "Reuters"),
    ("Levee holds as river crests\nBy Yonhap\n", "", "Yonhap"),
    ("By Mark Dolan, Associated Press\n\n", "", "Associated Press"),
    ("By Mark Dolan\nAssociated Press\n\n", "", "Associated Press"),
    # … or the last line: the wire after a dash, in any case
    ("", "\n\n— AFP", "AFP"),
    ("", "\n\n—Antara", "ANTARA"),
    # (guards: a wire named inside a sentence, an author alone)
    ("Reuters reported the river rose overnight.\n\n", "", ""),
    ("By Mark Dolan\n\n", "", ""),
])
def test_o_a_wire_credited_on_a_line_of_the_pages_furniture_relays_the_text(head, foot,
                                                                           relay):
    assert [row for row in said(head + _TEXT + foot) if row[0] == "Laura Finch"] == [
        ("Laura Finch", "said", relay)]


def test_o_a_credit_line_naming_the_page_itself_relays_nothing():
    assert said("(Reuters)\n\n" + _TEXT, outlet="Reuters")[0] == ("Laura Finch", "said", "")
    assert said("(Reuters)\n\n" + _TEXT, outlet="Harian Pagi")[0] == (
        "Laura Finch", "said", "Reuters")


@pytest.mark.parametrize("body", [
    # "In X, which recorded …": the place a capitalised preposition opens is no speaker
    "In Kansas, which recorded 9 inches of rain, some 120 homes were damaged near Salina, "
    "officials said.",
    "At Lake Toba, which recorded 40 landslides in March, some 75 houses were buried, "
    "officials said.",
])
def test_o_a_place_opened_by_a_preposition_is_no_source(body):
    assert [s for s, _, _ in said(body)] == ["officials"]
