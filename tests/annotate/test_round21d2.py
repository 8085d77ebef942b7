"""Round 21d, second part (issue 23, kinds 1 and 6): the medium a speaker spoke to, English
*is claiming* and *according to a … statement from X*. Sentences written for these tests
(other names, places, numbers and word order than the pages the kinds were seen on)."""
import pytest

import newsframe as nf
from tests.annotate.test_claims import _claimants
from tests.annotate.test_sources_forms import extract_attributions_of

_LEAD = ("Chile has sent its copper to Peru by sea, and the shipments are expected to "
         "continue for the rest of the year. ")


def _relays(body: str) -> list[tuple[str, str]]:
    table = extract_attributions_of(_LEAD + body)
    return [(row.source, row.relayed_by) for row in table.itertuples()
            if row.sentence.strip() != _LEAD.strip()]


@pytest.mark.parametrize(("body", "expected"), [
    # round 21d (part two): the medium an English speaker spoke to — "in a statement to X",
    # "in an interview with X", after the medium's country and kind — relays the words
    # (statements.py _INTERVIEW_EN, Reader._interview_medium)
    ("Luis Romero said in a statement to Reuters that 3,000 trucks had crossed the border.",
     [("Luis Romero", "Reuters")]),
    ("Ana Paredes said in an exclusive interview with Bloomberg on Tuesday that 40 ships "
     "left.",
     [("Ana Paredes", "Bloomberg")]),
    ("Carlos Diaz said this in an interview with the Spanish newspaper El Pais.",
     [("Carlos Diaz", "El Pais")]),
    ("Pedro Ruiz said in an interview with the British Financial Times that 40 ships left.",
     [("Pedro Ruiz", "Financial Times")]),
])
def test_21d2_the_medium_a_speaker_spoke_to_relays(body, expected):
    found = _relays(body)
    assert any(s == speaker and medium in r for s, r in found for speaker, medium in expected)


@pytest.mark.parametrize("body", [
    # guards: a person, a body and a medium named only by its kind are no medium spoken to
    "Luis Romero said in an interview with Ana Paredes that 40 ships left.",
    "Luis Romero said in a statement to parliament that 40 ships left.",
    "Luis Romero revealed in an interview with the news agency that 40 ships left.",
])
def test_21d2_no_medium_spoken_to(body):
    assert [r for _, r in _relays(body) if r] == []


def test_21d2_reported_by_a_newspaper_named_in_quotes():
    # "Reported by the Peruvian newspaper, "The Lima Courier," …": the kind and the country
    # before a medium's name in quotes (statements.py _RELAY_CUE_EN)
    body = ('Reported by the Peruvian newspaper, "The Lima Courier," Ana Paredes is set to '
            "visit Chile next week.")
    assert any("Lima Courier" in s or "Lima Courier" in r for s, r in _relays(body))


_EN = ("The port was busy on Tuesday as trucks and ships carried copper across the border, "
       "and officials said more would follow in the coming weeks.")


@pytest.mark.parametrize("text", [
    # round 21d (part two): a country's adjective before a medium the page cites ("the
    # British Financial Times") is no page's own paper (header.py _told_the_paper;
    # actors.csv row Financial Times)
    f"Copper Exports Rise\n\n{_EN} Luis Romero said this in an interview with the British "
    "Financial Times on Monday.",
    f"Copper Exports Rise\n\n{_EN} Luis Romero told the Financial Times that 40 ships left.",
])
def test_21d2_a_medium_spoken_to_is_not_the_pages_outlet(tmp_path, text):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert nf.load_corpus(tmp_path).iloc[0]["outlet"] == ""


@pytest.mark.parametrize("sentence", [
    # round 21d (part two): an English progressive "X is claiming …" (attribution_verbs.csv
    # row "claiming"; "is" before a verb in -ing is no passive: statements.py _PROGRESSIVE_EN)
    "Trade Minister Ana Paredes is claiming Bolivia shipped as many as 2.3 million tonnes "
    "of copper to Chile.",
    "Ana Paredes is claiming that 2.3 million tonnes of copper were shipped to Chile.",
])
def test_21d2_is_claiming_reports_a_speaker(sentence):
    body = _LEAD + sentence
    assert _claimants(body, columns=("value", "claimant")) == [[2300000, "Ana Paredes"]]


def test_21d2_is_claimed_stays_a_passive():
    body = _LEAD + "Bolivia is claimed to have shipped 2.3 million tonnes of copper to Chile."
    assert "Bolivia" not in list(extract_attributions_of(body)["source"])


@pytest.mark.parametrize(("sentence", "speaker"), [
    # round 21d (part two): "according to a March statement from X" — the statement's time
    # and kind between the cue and its authors (statements.py _CITED_STATEMENT_EN)
    ("At least 12 Bolivian ships have docked at Arica since May, according to an April "
     "statement from Chilean officials.", "Chilean officials"),
    ("According to a joint statement by Peruvian officials, 12 ships docked at Callao.",
     "Peruvian officials"),
])
def test_21d2_according_to_a_statement_from(sentence, speaker):
    body = ("Ana Paredes said the copper would keep moving south through the winter. "
            + sentence)
    claimants = _claimants(body, columns=("value", "claimant"))
    assert [12, speaker] in claimants or [12, "the " + speaker] in claimants
