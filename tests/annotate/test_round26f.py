"""Round 26f (issue 23): the seed story's English pages, ninth pass — who claims a figure.
Three English shapes of attribution gave a figure to the speaker of the paragraph before:

1. a plural subject's present tense *estimate* (*Western diplomats estimate that …*, and
   in a relative clause, *Pyongyang, which Western diplomats estimate has shipped …*);
2. *publicized* / *publicised* (*Japanese intelligence first publicized reports that …*);
3. an absolute clause after a comma, its subject after *with* and its verb a participle
   (*…, with Japanese and U.S. officials confirming that …*, *with X estimating that …*).

Sentences, names, places and numbers written for these tests (other names, countries,
numbers and word order than the pages the kinds were seen on)."""
import pandas as pd
import pytest

import newsframe as nf

# an English sentence with a named speaker before: the figure of the next sentence went to
# her when its own speaker was not read
_BEFORE = ("The convoy reached the port city on Tuesday, Governor Ana Lopez told reporters "
           "in the capital. ")


def _claimant(sentence: str, value: float) -> str:
    arts = pd.DataFrame({"article_id": ["x"], "title": [""], "body": [_BEFORE + sentence],
                         "published": [""], "outlet": [""], "status": ["ok"]})
    claims = nf.annotate.claims.extract_claims(arts)
    rows = claims[claims["value"] == value]
    assert not rows.empty
    return rows.iloc[0]["claimant"]


@pytest.mark.parametrize(("sentence", "value", "speaker"), [
    ("The engineers came from Hanoi, which Western diplomats estimate has sent at least "
     "4,200 workers to help the Kremlin.", 4200, "Western diplomats"),
    ("Polish analysts estimate that about 650 trucks crossed the border in March.", 650,
     "Polish analysts"),
    ("Japanese intelligence first publicized reports that the navy had flown 2,400 "
     "engineers to Vladivostok last month.", 2400, "Japanese intelligence"),
    ("The Finnish Border Guard publicised figures that 35 tankers had passed the strait.", 35,
     "Finnish Border Guard"),
])
def test_26f_plural_estimate_and_publicized_speak(sentence, value, speaker):
    assert speaker in _claimant(sentence, value)


@pytest.mark.parametrize(("sentence", "value", "speaker"), [
    ("The summit opened amid tension, with Japanese and U.S. officials confirming that "
     "Hanoi has sent more than 4,200 workers to Russia.", 4200, "officials"),
    ("Markets fell, with Polish analysts estimating that about 650 trucks had crossed.", 650,
     "Polish analysts"),
    ("With Finnish officials confirming that 35 tankers had passed, the talks stalled.", 35,
     "Finnish officials"),
])
def test_26f_an_absolute_clause_with_its_subject_after_with_speaks(sentence, value, speaker):
    assert speaker in _claimant(sentence, value)


@pytest.mark.parametrize(("sentence", "value"), [
    # "with" before an object, the verb no participle: the governor's words go on
    ("She met with Polish analysts, and 650 trucks were counted at the border.", 650),
    # a participle that is no verb of saying: no speaker of its own
    ("The port reopened, with Polish analysts watching as 650 trucks crossed.", 650),
])
def test_26f_with_before_an_object_is_no_speaker(sentence, value):
    assert "Polish analysts" not in _claimant(sentence, value)
