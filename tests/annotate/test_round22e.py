"""Round 22e (issue 23, kinds 1, 3 and 6): English pages of Indonesian and Asian outlets —
a body's document closing its sentence (``…, trade ministry data showed Tuesday.``) gives
the figures, and a change figure of an English sentence (``X expanded by N percent``,
``Vietnam's exports fell N percent``) counts its subject. Sentences written for these tests
(other names, outlets, numbers and word order than the pages the kinds were seen on)."""
import pandas as pd
import pytest

from newsframe.annotate.claims import extract_claims

_LEAD = ("The figures were released on Thursday morning and the report was published by "
         "the office in the capital. ")


def _claims(body: str, outlet: str = "Harbour Daily") -> list:
    articles = pd.DataFrame({"article_id": ["s"], "title": [""], "body": [body],
                             "boilerplate": [""], "published": ["2024-05-01"],
                             "outlet": [outlet], "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    return found[["value", "item", "claimant", "claimant_evidence"]].values.tolist()


@pytest.mark.parametrize(("sentence", "author"), [
    ("Rice imports fell 6 percent in June from a year earlier, agriculture ministry data "
     "showed on Wednesday.", "agriculture ministry"),
    ("Car sales rose 12 percent in the second quarter, the National Statistics Office's "
     "figures showed.", "National Statistics Office"),
    ("Garment shipments rose 8 percent in July, preliminary commerce ministry data showed "
     "Friday.", "commerce ministry"),
    ("Steel exports dropped 5 percent in May, customs data showed.", "customs"),
])
def test_e_a_bodys_document_closing_its_sentence_gives_the_figure(sentence, author):
    found = _claims(_LEAD + sentence)
    assert found[-1][2:] == [author, "document"]


@pytest.mark.parametrize("sentence", [
    # (guards) a document no body is named for, or no document of the figure's sentence
    "Steel exports dropped 5 percent in May, official data showed.",
    "Steel exports dropped 5 percent in May, less than the data showed.",
    "Steel exports dropped 5 percent in May, customs data showed, but officers doubt it.",
])
def test_e_no_body_named_before_the_document_gives_nothing(sentence):
    assert _claims(_LEAD + sentence)[-1][3] != "document"


@pytest.mark.parametrize(("sentence", "item"), [
    ("The Thai economy expanded by 2.6 percent on a year-on-year basis in the third "
     "quarter.", "Thai economy"),
    ("However, overall shipments have contracted by 4.2 percent this year.",
     "overall shipments"),
    ("Vietnam's coffee exports fell 9 percent in August.", "Vietnam's coffee exports"),
    ("The Philippines' remittances shrank 1.5 percent in March.",
     "Philippines' remittances"),
    # a short sentence of an English article is read as English too
    ("Household spending grew by 5.8 percent.", "Household spending"),
])
def test_e_a_change_figure_counts_its_sentences_subject(sentence, item):
    assert _claims(_LEAD + sentence)[-1][1] == item


def test_e_a_currency_signed_figure_counts_its_subject_and_its_comparison_too():
    found = _claims(_LEAD + "The nation's rice shipments stood at US$2.4 billion in the first "
                    "half, compared with $1.9 billion a year earlier.")
    assert [item for _, item, _, _ in found[-2:]] == ["nation's rice shipments"] * 2


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Divers pulled 23 people from the water, said Col. Made Suarta, the base commander.",
     "Made Suarta"),
    ("Capt. Lim Hock Seng said 40 passengers were on board.", "Lim Hock Seng"),
    ("The regional command under Lt. Gen. Anwar Hidayat said 300 soldiers were deployed.",
     "Anwar Hidayat"),
])
def test_e_a_shortened_title_before_a_name_is_the_persons_role(sentence, speaker):
    assert _claims(_LEAD + sentence)[-1][2] == speaker


def test_e_a_shortened_title_alone_is_no_source():
    from newsframe.annotate.descriptions import english_mentions
    from newsframe.annotate.mentions import find_mentions

    text = "Capt. Lim Hock Seng said 40 passengers were on board."
    found = english_mentions(text, 0, len(text), find_mentions(text))
    assert [(m.name, m.role) for m in found if m.kind == "person"] == [
        ("Lim Hock Seng", "Capt.")]


@pytest.mark.parametrize(("sentence", "item"), [
    # the subject opens after a verb of saying or showing, not at the speaker's title
    ("Energy Minister Arifin Tasrif said coal output rose 6 percent last year.",
     "coal output"),
    ("Port data showed container traffic dropped 3 percent in June.", "container traffic"),
])
def test_e_a_change_figure_after_a_verb_of_saying_counts_the_clauses_subject(sentence, item):
    assert _claims(_LEAD + sentence)[-1][1] == item


@pytest.mark.parametrize(("sentence", "item"), [
    ("The bank kept the nation's GDP growth forecast for 2025 at 4.7 percent.",
     "nation's GDP growth forecast"),
    ("The board left its inflation outlook at 3.1 percent.", "inflation outlook"),
])
def test_e_a_forecast_kept_at_a_figure_counts_the_forecast(sentence, item):
    assert _claims(_LEAD + sentence)[-1][1] == item


def test_e_a_hedged_change_figure_counts_its_subject():
    found = _claims(_LEAD + "KUALA LUMPUR: Flood evacuees have risen by almost 15% since "
                    "Sunday, says the Social Welfare Department.")
    assert found[-1][1:3] == ["Flood evacuees", "Social Welfare Department"]
