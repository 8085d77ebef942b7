"""Round 24f (issue 23): the seed story, seventh pass — *anggota* (members) counts people;
English *N others* with the verb left out after the first count of a pair (*… and 150 others
injured*) counts people. Sentences, names, places and numbers written for these tests (other
names, numbers and word order than the pages the kinds were seen on)."""
import pandas as pd
import pytest

import newsframe as nf


def _claims(body: str, title: str = "") -> pd.DataFrame:
    arts = pd.DataFrame({"article_id": ["x"], "title": [title], "body": [body],
                         "published": [""], "outlet": [""], "status": ["ok"]})
    return nf.annotate.claims.extract_claims(arts)


@pytest.mark.parametrize(("body", "value"), [
    # round 24f: "anggota" (members) counts people, as "personel" does
    ("Kepala Dinas Intelijen Chile memperkirakan ada sekitar 2.500 anggota milisi yang "
     "bersembunyi di perbatasan.", 2500),
    ("Menurut polisi Lima, 14 anggota geng itu ditangkap pada Senin malam.", 14),
])
def test_24f_members_count_people(body, value):
    claims = _claims(body)
    assert list(claims.loc[claims["value"] == value, "unit"]) == ["person"]


def test_24f_permanent_members_of_a_council_are_no_people():
    # guard: "anggota tetap" of a council are states, not people counted
    claims = _claims("Prancis, salah satu dari lima anggota tetap Dewan Keamanan PBB, menolak "
                     "usul itu, kata Menteri Luar Negeri Peru.")
    assert claims.empty or "person" not in set(claims["unit"])


@pytest.mark.parametrize(("body", "value"), [
    # round 24f: English "N others" with the verb left out after the first count of a pair
    ("About 40 miners have been killed and 150 others injured in the Atacama blast, Chile's "
     "mining ministry said on Tuesday.", 150),
    ("At least 12 fishermen died and 30 others missing after the storm, the Peruvian navy "
     "said.", 30),
])
def test_24f_others_after_a_pair_are_people(body, value):
    claims = _claims(body)
    assert list(claims.loc[claims["value"] == value, "unit"]) == ["person"]


def test_24f_others_with_no_casualty_word_are_no_count():
    # guard: "others" followed by no word of what befell them stays no figure
    claims = _claims("The navy helped 300 others leave the port, the ministry said.")
    assert claims.empty or 300 not in set(claims["value"])
