"""Round 24f, second part (issue 23): the seed story — a speaker's phrase with *yang* and a
verb of saying (*Para anggota dewan yang mengutip data polisi menyebut … total 900 orang*) is
who speaks, never the item of the count in what they say; a sentence that relays what no one
it names says (*reportedly*, *is believed to*, *dikabarkan*, *disebut-sebut*, *diyakini*) with
no statement of its own is the outlet's relay, never the account of the speaker around it.
Sentences, names, places and
numbers written for these tests (other names, numbers and word order than the pages the
kinds were seen on)."""
import pandas as pd
import pytest

import newsframe as nf


def _claims(body: str, title: str = "") -> pd.DataFrame:
    arts = pd.DataFrame({"article_id": ["x"], "title": [title], "body": [body],
                         "published": [""], "outlet": [""], "status": ["ok"]})
    return nf.annotate.claims.extract_claims(arts)


@pytest.mark.parametrize(("body", "value", "item"), [
    ("Sejumlah anggota dewan yang mengutip data kepolisian Peru menyebut bahwa kelompok itu "
     "telah merekrut total 2.400 tentara dari tiga provinsi.", 2400, "tentara"),
    ("Beberapa anggota komisi yang merujuk laporan kementerian mengatakan Chile sudah "
     "memulangkan total 640 nelayan sejak Maret.", 640, "nelayan"),
])
def test_24f2_a_speakers_phrase_with_yang_is_no_item(body, value, item):
    claims = _claims(body)
    assert list(claims.loc[claims["value"] == value, "item"]) == [item]


def test_24f2_what_befell_people_before_their_count_still_read():
    # guard: the subject with *yang* and what befell them before a linking word stays the item
    claims = _claims("Warga yang mengungsi ke gedung sekolah di Lima tercatat mencapai 310 "
                     "orang.")
    assert list(claims.loc[claims["value"] == 310, "item"]) == ["Warga yang mengungsi"]


_EN = ("Chile's defence minister Ana Ruiz said on Monday that 400 Peruvian soldiers had crossed "
       "the border.\n\nPeru has {hedge} moved about 2,000 troops to the frontier since "
       "March.\n\n\"We will answer this,\" Ruiz said.")
_ID = ("Menteri Pertahanan Chile Ana Ruiz mengatakan 400 tentara Peru telah melintasi "
       "perbatasan.\n\nPeru {hedge} telah memindahkan sekitar 2.000 tentara ke perbatasan sejak "
       "Maret.\n\n\"Kami akan menjawab ini,\" kata Ruiz.")


@pytest.mark.parametrize("body", [
    _EN.format(hedge="reportedly"),
    _EN.replace("Peru has {hedge} moved", "Peru is believed to have moved"),
    _ID.format(hedge="dikabarkan"),
    _ID.format(hedge="disebut-sebut"),
    _ID.format(hedge="diyakini"),
])
def test_24f2_hearsay_between_a_speakers_statements_is_the_outlets(body):
    claims = _claims(body)
    assert list(claims.loc[claims["value"] == 2000, "claimant"]) == [""]
    assert list(claims.loc[claims["value"] == 400, "claimant"]) == ["Ana Ruiz"]


@pytest.mark.parametrize("body", [
    # guards: no hedge, the paragraph between is the speaker's account (as before) ...
    _EN.replace("Peru has {hedge} moved", "Peru has moved"),
    _ID.format(hedge="juga"),
    # ... and a hedged sentence that names its speaker keeps it
    _EN.format(hedge="reportedly").replace("since March.", "since March, Ruiz said."),
])
def test_24f2_no_hearsay_or_a_named_speaker_keeps_the_speaker(body):
    claims = _claims(body)
    assert list(claims.loc[claims["value"] == 2000, "claimant"]) == ["Ana Ruiz"]
