"""Round 26e (issue 23): the seed story's named sources on Indonesian pages — lawmakers
named after a description of them (*anggota parlemen dari Partai X, Nama, dan Nama dari
Partai Y, mengatakan …*, *menurut anggota komite … lainnya, Nama, …*) and a medium whose
name holds a slash (*dikutip RFE/RL*). Sentences, names, places and numbers written for
these tests (other names, bodies, numbers and word order than the pages the kinds were seen
on)."""
import pytest

from newsframe.annotate.mentions import find_mentions
from tests.annotate.test_round25e import _named


# kind 1: a party or a university lists no fields after its comma, so the names between
# the commas are people's, not more words of the body's name
@pytest.mark.parametrize(("body", "people"), [
    ("Anggota parlemen dari Partai Kebangkitan Bangsa, Siti Rahma, dan Andi Malik dari "
     "Partai Gerindra, mengatakan bahwa 300 kapal telah tiba.", {"Siti Rahma", "Andi Malik"}),
    ("Peneliti dari Universitas Gadjah Mada, Budi Santoso, dan Rina Wati dari Universitas "
     "Airlangga, mengatakan bahwa 40 kereta melintas.", {"Budi Santoso", "Rina Wati"}),
    ("Legislator dari Partai Buruh Sejahtera, Park Ji-hoon, dan Choi Min-seo dari Partai "
     "Keadilan, menyebut 2.000 pekerja telah dikirim.", {"Park Ji-hoon", "Choi Min-seo"}),
])
def test_26e_names_after_a_party_are_people(body, people):
    assert people <= _named(body)


@pytest.mark.parametrize("body", [
    "Kepala Pusat Data, Informasi, dan Komunikasi Badan Nasional Penanggulangan Bencana "
    "Abdul Muhari mengatakan 300 rumah rusak.",
    "Badan Meteorologi, Klimatologi, dan Geofisika menyatakan 300 rumah rusak.",
])
def test_26e_an_office_still_lists_its_fields(body):
    named = _named(body)
    assert not any(n in ("Informasi", "Klimatologi") for n in named)
    assert any("Komunikasi" in n or "Geofisika" in n or n == "Abdul Muhari" for n in named)


def test_26e_a_party_name_stays_one_mention():
    mentions = find_mentions("Ketua fraksi dari Partai Amanat Rakyat, Yoon Seo-yeon, dan "
                             "Han Do-yun dari Partai Baru, menolak usul itu.")
    assert not any("," in m.text and m.kind == "organisation" for m in mentions)


# kind 2: "menurut <title> lainnya, Nama, …": another holder of the title, named after it,
# is the source (not the title alone)
@pytest.mark.parametrize(("body", "person", "title"), [
    ("Menurut anggota komite pertahanan parlemen lainnya, Kim Min-jae, pasukan itu tiba di "
     "Rostov pekan lalu.", "Kim Min-jae", "anggota komite pertahanan parlemen"),
    ('"Kapal itu tiba," kata pejabat kementerian lainnya, Hendra Gunawan, Senin.',
     "Hendra Gunawan", "pejabat kementerian"),
    ("Menurut juru bicara komisi intelijen yang lain, Oh Se-hun, 70 truk telah menyeberang.",
     "Oh Se-hun", "juru bicara komisi intelijen"),
])
def test_26e_another_holder_named_after_a_title(body, person, title):
    named = _named(body)
    assert person in named
    assert title not in named


def test_26e_a_title_alone_names_nobody_new():
    # no name after the comma: the title stays what it was (no person made up)
    named = _named("Menurut anggota komite pertahanan parlemen lainnya, pasukan itu tiba.")
    assert not any(n in ("pasukan", "Rostov") for n in named)


# kind 3: a medium's name with a slash in it is one name
@pytest.mark.parametrize("body", [
    "Sebanyak 300 tentara tiba di Minsk, seperti dilansir RFE/RL, Senin.",
    "Sekitar 200 kapal telah berlayar, kata juru bicara militer Turki Ahmet Yilmaz, "
    "dikutip RFE/RL.",
    "Laporan itu disiarkan Radio Free Europe/Radio Liberty pada Senin.",
])
def test_26e_a_slashed_medium_is_one_name(body):
    named = _named(body)
    assert "Radio Free Europe/Radio Liberty" in named
    assert not named & {"RFE", "RL", "Radio Free Europe", "Radio Liberty"}


def test_26e_an_unknown_slash_joins_nothing():
    mentions = find_mentions("Kerja sama AS/NATO disebut Menteri Budi Santoso.")
    assert not any("/" in m.text for m in mentions)


# kind 4: one soldier or police officer ("seorang tentara Rusia", "seorang prajurit
# Ukraina", "para serdadu …") is a person the article does not name — not the force, not
# the state
@pytest.mark.parametrize(("body", "not_named"), [
    ("Seorang tentara Rusia mengaku 40 kapal telah berlayar ke Sevastopol.", "tentara Rusia"),
    ("Seorang polisi Filipina mengatakan 12 perahu ditahan di Palawan.", "polisi Filipina"),
    ("Seorang prajurit Ukraina mengatakan 30 tank hancur di Avdiivka.", "Ukraine government"),
    ("Para serdadu Belarus mengaku 200 truk tiba di Gomel.", "Belarus government"),
])
def test_26e_one_soldier_is_nobody_named(body, not_named):
    named = _named(body)
    assert not_named not in named
    assert not any("tentara" in n or "polisi" in n or "prajurit" in n or "serdadu" in n
                   for n in named)


def test_26e_the_army_itself_still_speaks():
    assert "Tentara Rusia" in _named("Tentara Rusia mengumumkan 40 kapal telah berlayar.")
