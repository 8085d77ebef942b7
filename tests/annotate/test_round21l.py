"""Round 21l (issue 23, kinds 3 and 6): a wire in another site's dateline, credit line or
copyright is a relay of the text, never the page's outlet — the outlet of a page naming
itself nowhere stays unknown, the wire is read as the relay of its statements, and a wire
the lexicon knows named before *news agency* is that wire. Sentences written for these
tests (other names, places, numbers and word order than the pages the kinds were seen on)."""
import pandas as pd
import pytest

import newsframe as nf
from newsframe.annotate import sources

_BODY = ("Rescue teams pulled 12 miners from the shaft on Tuesday, regional officials said.\n\n"
         "Another 5 miners remained trapped, fire chief Tomas Ibarra said.")


def said(body: str, outlet: str = "", boilerplate: str = "") -> list[tuple]:
    table = sources.extract_attributions(pd.DataFrame(
        {"article_id": ["a"], "outlet": [outlet], "title": [""], "body": [body],
         "boilerplate": [boilerplate]}))
    return [(r["source"], r["relayed_by"]) for _, r in table.iterrows()]


def _page(folder, text: str):
    (folder / "a.txt").write_text(text, encoding="utf-8")
    return nf.load_corpus(folder).iloc[0]


@pytest.mark.parametrize(("head", "foot"), [
    # the wire in the brackets of the dateline (a date before them, a dash after)
    ("COPIAPO, Chile, Aug 9 (Reuters) - ", ""),
    ("COPIAPO, Chile (AP) -- ", ""),
    # a carried copy's copyright at the foot
    ("", "\n\nCopyright 2019 The Associated Press. All rights reserved."),
])
def test_l_a_wire_credited_for_the_copy_is_no_outlet(tmp_path, head, foot):
    row = _page(tmp_path, "Miners Rescued After Cave-In\n\n" + head + _BODY + foot)
    assert row["outlet"] == ""


def test_l_a_brand_the_lexicon_does_not_know_as_a_wire_stays_the_copys_origin(tmp_path):
    # (guard) a local station's own dateline
    row = _page(tmp_path, "Miners Rescued After Cave-In\n\nCOPIAPO, Chile (KXRT) - " + _BODY)
    assert row["outlet"] == "KXRT"


@pytest.mark.parametrize(("body", "boilerplate", "wire"), [
    ("COPIAPO, Chile, Aug 9 (Reuters) - " + _BODY, "", "Reuters"),
    ("COPIAPO, Chile (AP) — " + _BODY, "", "Associated Press"),
    (_BODY, "copyright: Copyright 2019 The Associated Press. All rights reserved.",
     "Associated Press"),
])
def test_l_the_wire_relays_the_statements_of_a_page_carrying_its_copy(body, boilerplate, wire):
    found = said(body, boilerplate=boilerplate)
    assert ("Tomas Ibarra", wire) in found
    assert all(relay == wire for _source, relay in found)


@pytest.mark.parametrize(("body", "outlet"), [
    # (guards) the wire's own page: the wire is the outlet, no relay of itself
    ("COPIAPO, Chile (Reuters) - " + _BODY, "Reuters"),
    # no wire credited: no relay
    ("COPIAPO, Chile - " + _BODY, ""),
    # a copyright of the page's own
    (_BODY + "\n\nCopyright 2019 Andes Mining Weekly. All rights reserved.", ""),
])
def test_l_no_wire_relay_without_a_carried_wire(body, outlet):
    assert all(relay == "" for _source, relay in said(body, outlet))


@pytest.mark.parametrize(("sentence", "wire"), [
    ("Seven pilgrims drowned in the river, the Press Trust of India news agency said.",
     "Press Trust of India"),
    ("Seven pilgrims drowned in the river on Sunday, said the PTI news agency.",
     "Press Trust of India"),
])
def test_l_a_known_wire_before_news_agency_is_that_wire(sentence, wire):
    assert said(sentence) == [(wire, "")]
