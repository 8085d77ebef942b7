"""Round 26f, second part (issue 23): the seed story's English pages — a document's author
named inside the sentence speaks. *Following a report from X stating that …* and *… after a
report by X, which stated that …*: the figure after the document's participle or relative
clause of saying is X's, not the speaker of the sentence before nor the sentence's main
speaker, and X is a named source.

Sentences, names, places and numbers written for these tests (other names, countries,
numbers and word order than the pages the kind was seen on)."""
import pandas as pd
import pytest

import newsframe as nf

# an English sentence with a named speaker before: the figure of the next sentence went to
# her when its own speaker was not read
_BEFORE = ("The convoy reached the port city on Tuesday, Governor Ana Lopez told reporters "
           "in the capital. ")


def _frame(sentence: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["x"], "title": [""], "body": [_BEFORE + sentence],
                         "published": [""], "outlet": [""], "status": ["ok"]})


def _claimants(sentence: str) -> dict:
    claims = nf.annotate.claims.extract_claims(_frame(sentence))
    return dict(zip(claims["value"], claims["claimant"], strict=True))


@pytest.mark.parametrize(("sentence", "value", "speaker"), [
    ("Following a report from the Japanese intelligence agency stating that about 650 "
     "trucks had crossed in March, Prime Minister Jan Nowak warned of a crisis.", 650,
     "Japanese intelligence agency"),
    ("Following a report from Japan's Defense Ministry stating that about 650 trucks had "
     "crossed in March, Prime Minister Jan Nowak said the border would close.", 650,
     "Defense Ministry"),
    ("This came after a report by the Finnish Defence Forces, which stated that 35 tankers "
     "had passed the strait.", 35, "Finnish Defence Forces"),
    ("This came after a report by Finland's intelligence service, which stated that 35 "
     "tankers had passed the strait.", 35, "intelligence service"),
    ("A report from the Polish Border Guard stating that 2,400 engineers had flown to "
     "Vladivostok alarmed Tokyo.", 2400, "Polish Border Guard"),
])
def test_26f2_a_documents_author_inside_the_sentence_speaks(sentence, value, speaker):
    assert speaker in _claimants(sentence)[value]


def test_26f2_the_sentences_own_speaker_keeps_its_figure():
    claimants = _claimants("After a report by Reuters saying 40 ships had docked, Jan Nowak "
                           "said 75 ships were counted.")
    assert claimants[40] == "Reuters" and "Nowak" in claimants[75]


def test_26f2_a_report_with_no_verb_of_saying_after_its_author_names_no_speaker():
    # "on the crossings" after the author: the document is the subject of "lists", not read
    # here; the governor's words go on
    assert "Border Guard" not in _claimants(
        "A report by the Polish Border Guard on the crossings lists 650 trucks.")[650]


def test_26f2_the_documents_author_is_a_named_source():
    sources = nf.annotate.sources.extract_attributions(_frame(
        "This came after a report by the Finnish Defence Forces, which stated that 35 "
        "tankers had passed the strait."))
    assert sources["source"].str.contains("Finnish Defence Forces").any()
