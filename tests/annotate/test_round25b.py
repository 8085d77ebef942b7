"""Round 25b (issue 23): English claimants on wire and agency pages. A definite description
of one person whom the article named under another title (*the emergency services chief
said*, *the senior official said*) is the person last quoted, as *pejabat itu* and a title no
named person bore are in Indonesian (kind 1); the time of a document's release between its
verb and its author (*figures released on Monday by X*, *data published last week by X*) as
*data yang dirilis pada Senin oleh X* (kind 2); *the presidency* is a body that speaks, as
*Istana* (kind 3), not the wire of the dateline. Sentences written for these tests (other
names, outlets, numbers and word order than the pages the kinds were seen on)."""
import re

import pandas as pd
import pytest

from newsframe.annotate.claims import extract_claims

_CALM = "Markets were calm on Thursday morning and trading was light in the capital. "
_TENANG = "Suasana pasar pada Kamis pagi tenang dan perdagangan berjalan sepi di ibu kota. "


def _claimants(body: str, outlet: str = "Harbour Daily") -> dict:
    opening = _TENANG if re.search(r"\b(?:yang|dan|pada)\b", body) else _CALM
    articles = pd.DataFrame({"article_id": ["s"], "title": [""], "body": [opening + body],
                             "boilerplate": [""], "published": ["2024-05-01"],
                             "outlet": [outlet], "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    return {(value, unit): claimant for value, unit, claimant in
            found[["value", "unit", "claimant"]].values.tolist()}


@pytest.mark.parametrize(("body", "figure", "claimant"), [
    # a title nobody named bore, after a person quoted under another title
    ("Landslides have killed at least 22 people, according to Civil Defence Agency "
     "director Tomas Ruiz. The emergency services chief said that 14 people "
     "died in the hill districts.", (14, "person"), "Tomas Ruiz"),
    ("Port Authority spokeswoman Ana Lima said 300 containers were held at the docks. "
     "The senior official said 12 crew members were detained.", (12, "person"), "Ana Lima"),
    ("Rescuers pulled 8 survivors from the rubble, Fire Brigade commissioner Piet Vos told "
     "reporters on Sunday. The top official said 31 people were still missing.",
     (31, "person"), "Piet Vos"),
    ("Deputy Health Minister Rosa Tan said 450 cases were confirmed in the province. "
     "The official said 17 patients were in intensive care.", (17, "person"), "Rosa Tan"),
])
def test_b_a_definite_description_after_a_named_speaker_is_that_speaker(body, figure,
                                                                        claimant):
    assert _claimants(body)[figure] == claimant


@pytest.mark.parametrize(("body", "figure", "claimant"), [
    # (guards: an indefinite official is somebody else; a description with no person quoted
    # before it stays itself; a title the article gave a named person is that person)
    ("Deputy Health Minister Rosa Tan said 450 cases were confirmed in the province. "
     "An official said 17 patients were in intensive care.", (17, "person"), "official"),
    ("The senior official said 12 crew members were detained at the docks.",
     (12, "person"), "senior official"),
    ("Fire chief Omar Diaz said 40 homes burned. Resident Lena Park said 3 cars were lost. "
     "The fire chief said 60 firefighters were deployed.", (60, "person"), "Omar Diaz"),
])
def test_b_guards_of_the_definite_description(body, figure, claimant):
    assert _claimants(body)[figure] == claimant


@pytest.mark.parametrize(("body", "figure", "claimant"), [
    # kind 2: the time of a document's release between its verb and its author, as
    # "data yang dirilis pada Senin oleh X" in Indonesian
    ("Mayor Ida Berg said prices were too high. According to figures released on Monday by "
     "the Central Bureau of Statistics, food prices rose 4.2% in May.", (4.2, "percent"),
     "Central Bureau of Statistics"),
    ("Mayor Ida Berg said prices were too high. Rents climbed 6.5% in March, according to "
     "data published last week by the Housing Institute.", (6.5, "percent"),
     "Housing Institute"),
    ("Mayor Ida Berg said prices were too high. According to statistics compiled earlier "
     "this year by the Labour Research Centre, 12% of workers held two jobs.",
     (12, "percent"), "Labour Research Centre"),
    ("Wali Kota Ida Berg mengatakan harga terlalu tinggi. Menurut data yang dirilis pada "
     "Senin oleh Badan Pusat Statistik, harga pangan naik 4,2 persen pada Mei.",
     (4.2, "percent"), "Badan Pusat Statistik"),
])
def test_b_a_documents_release_time_before_its_author(body, figure, claimant):
    assert _claimants(body)[figure] == claimant


@pytest.mark.parametrize(("body", "figure", "claimant"), [
    # kind 3: the office of a president is a body that speaks, as "Istana" in Indonesian,
    # not the wire of the dateline
    ("QUITO, Ecuador (AP) — Mudslides buried part of a mountain town. The presidency said in "
     "a statement Friday that 58 people had died.", (58, "person"), "presidency"),
    ("QUITO, Ecuador (AP) — Mudslides buried part of a mountain town. Ecuador's presidency "
     "says 58 people have died.", (58, "person"), "Ecuador's presidency"),
])
def test_b_the_presidency_speaks(body, figure, claimant):
    assert _claimants(body)[figure] == claimant
