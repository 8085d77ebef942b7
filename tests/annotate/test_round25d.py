"""Round 25d (issue 23): named sources, found and precise, on any story. Media named by
their kind alone (*local media*, *state media*, *media setempat*, *laporan media lokal*) are
no named source and relay nothing in particular; a wire that quotes a named speaker (*Interfax
quoted X as saying*) relays the speaker's words, and one that quotes someone it leaves
unnamed is their source. Sentences written for the tests (other
names, bodies, numbers and word order than the pages the kinds were seen on)."""
import pytest

from tests.annotate.test_sources_forms import extract_attributions_of

_RAIN = "Heavy rain hit the province on Sunday and the rivers rose. "


def _named(body: str) -> list:
    """The named sources and relays of a body, as the benchmark counts them."""
    table = extract_attributions_of(body)
    names = list(table.loc[~table["anonymous"], "source"])
    for hops in table["relayed_by"]:
        names += [hop for hop in str(hops).split(" > ") if hop]
    return list(dict.fromkeys(names))


@pytest.mark.parametrize(("body", "named"), [
    # media by their kind alone, speaking or relaying
    (_RAIN + "Two bridges collapsed overnight in the north, local media reported.", []),
    ("State media said on Friday that 40 tonnes of rice had arrived in the port.", []),
    ("Dua jembatan ambruk di Garut, menurut laporan media setempat, Rabu (3/4).", []),
    ("Sebanyak 9 rumah rusak, demikian dilaporkan media lokal.", []),
    ("The labour ministry rejected media reports that 12 workers were hurt at the plant.",
     ["labour ministry"]),
    # a medium with its name stays a named source
    ("Kantor berita Antara melaporkan 5 orang tewas.", ["ANTARA"]),
    ("Harian Kompas melaporkan 5 orang tewas.", ["Harian Kompas"]),
    (_RAIN + "The Bangkok Post said three ferries sank near Phuket on Monday.",
     ["Bangkok Post"]),
])
def test_media_named_by_their_kind_alone_are_no_named_source(body, named):
    assert _named(body) == named


_FLOOD = ("Heavy rain hit the province on Sunday and the rivers rose above their banks in the "
          "night. ")


@pytest.mark.parametrize(("body", "rows"), [
    # a wire quoting a named speaker relays the speaker's words
    (_FLOOD + "Ten people died, Kyodo quoted Governor Kenji Sato as saying.",
     [["Kenji Sato", "Kyodo"]]),
    (_FLOOD + "Interfax quoted Deputy Minister Sergei Orlov as saying that 14 villages "
     "were flooded.", [["Sergei Orlov", "Interfax"]]),
    # a wire quoting someone it leaves unnamed is the words' source
    (_FLOOD + "The Press Trust of India news agency quoted village council members as saying "
     "that 40 homes were washed away.", [["Press Trust of India", ""]]),
    # a person citing a body relays nothing
    (_FLOOD + "Mayor Anna Berg cited the agency as saying that 40 homes were washed away.", []),
])
def test_a_wire_quoting_a_speaker_relays_the_words(body, rows):
    table = extract_attributions_of(body)
    assert table[["source", "relayed_by"]].values.tolist() == rows
