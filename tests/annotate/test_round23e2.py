"""Round 23e, second part (issue 23): the seed story's kinds left — howitzers and rocket
systems counted as the artillery pieces and launchers they are (units.csv rows), a verb
that links a bare count to the noun named before it (*numbering*, *reach*), a hedge that
wins over the particle *over* of a phrasal verb before it (*handed over some 40*), and a
vague count that points back with *itu / tersebut* (*Ratusan truk itu*) repeating a
figure, no new one. Sentences, names, places and numbers written for these tests (other
names, numbers and word order than the pages the kinds were seen on)."""
import pandas as pd
import pytest

import newsframe as nf


def _claims(body: str, title: str = "") -> pd.DataFrame:
    arts = pd.DataFrame({"article_id": ["x"], "title": [title], "body": [body],
                         "published": [""], "outlet": [""], "status": ["ok"]})
    return nf.annotate.claims.extract_claims(arts)


def _figures(body: str) -> list:
    claims = _claims(body)
    return list(zip(claims["value"], claims["unit"], claims["qualifier"], strict=True))


@pytest.mark.parametrize(("body", "expected"), [
    # English: the head noun howitzers is an artillery piece, rocket systems are launchers
    ("Kyiv said Minsk had delivered 40 towed howitzers and 12 multiple launch rocket systems "
     "to the front.", [(40, "artillery", "exact"), (12, "launcher", "exact")]),
    ("The paper said roughly 75 M1978 170mm self-propelled howitzers crossed the border.",
     [(75, "artillery", "about")]),
    ("Budapest reported that 18 upgraded multiple-launch rocket systems arrived by rail.",
     [(18, "launcher", "exact")]),
    ("Officials said 9 launchers and 30 tanks were seen at the depot.",
     [(9, "launcher", "exact"), (30, "tank", "exact")]),
    # Indonesian: howitzer stays the same word
    ("Menurut intelijen Polandia, Belarus menerima sekitar 45 howitzer gerak sendiri dari "
     "Iran.", [(45, "artillery", "about")]),
    ("Kementerian itu menyebut Minsk mengirim 36 unit howitzer ke perbatasan.",
     [(36, "artillery", "exact")]),
])
def test_23e2_weapons_are_counted_as_their_kind(body, expected):
    assert _figures(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a count linked by "numbering" or "reach" to the noun named before it
    ("The Belarusian reserve troops, numbering 290,000, were called up in May, the ministry "
     "said.", [(290000, "person", "exact")]),
    ("Chile's navy said the number of sailors injured was expected to reach some 2,400.",
     [(2400, "person", "about")]),
    ("Peru's armed forces, numbering about 81,000, are the region's third largest, the "
     "institute said.", [(81000, "person", "about")]),
])
def test_23e2_a_verb_links_a_bare_count_to_its_noun(body, expected):
    assert _figures(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "over" is the particle of the verb before another hedge, not a hedge of its own
    ("Warsaw said Minsk had handed over some 60 trucks to Moscow.",
     [(60, "truck", "about")]),
    ("Officials said the rebels turned over about 300 rifles last week.",
     [(300, "rifle", "about")]),
    # "over" right before the numeral stays a hedge
    ("Officials said the rebels handed in over 300 rifles last week.",
     [(300, "rifle", "more_than")]),
])
def test_23e2_a_hedge_wins_over_a_verbs_particle(body, expected):
    assert _figures(body) == expected


@pytest.mark.parametrize(("body", "value"), [
    # a vague count with the demonstrative after its noun points back to a figure before
    ("Belarus disebut mengirim sekitar 400 truk ke Rusia. Ratusan truk itu diyakini membawa "
     "amunisi, kata pejabat Polandia.", 100),
    ("Menurut Kyiv, Minsk mengirim 2.300 gerbong ke perbatasan. Ribuan gerbong tersebut "
     "berisi peluru, katanya.", 1000),
])
def test_23e2_a_vague_count_pointing_back_is_no_figure(body, value):
    claims = _claims(body)
    assert value not in set(claims["value"]), claims[["value", "unit", "item"]].values.tolist()
    assert len(claims) == 1


def test_23e2_a_vague_count_of_its_own_stays():
    claims = _claims("Ratusan truk melintas di perbatasan Belarus pekan lalu, kata pemantau.")
    assert list(claims["value"]) == [100]


@pytest.mark.parametrize(("body", "claimant"), [
    # "…, said X, citing Y('s estimate) that …": Y's figure, X relays it
    ("The toll could climb further, said Marta Lindqvist, citing the Swedish Coast Guard's "
     "estimate that at least 35 fishing boats had sunk.", "Swedish Coast Guard"),
    ("More may follow, said Marta Lindqvist, quoting the Swedish Coast Guard as saying that "
     "35 boats had sunk.", "Swedish Coast Guard"),
])
def test_23e2_a_speaker_citing_a_body_relays_its_figure(body, claimant):
    claims = _claims(body)
    assert len(claims) == 1
    assert claimant in claims["claimant"].iloc[0], claims[["value", "claimant"]].values.tolist()
