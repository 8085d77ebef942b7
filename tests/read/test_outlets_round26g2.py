"""Round 26g, second part (issue 23, kind 5): a wire's own English page. Yonhap and TASS carry
their English copy under their own datelines (*SEOUL, May 2 (Yonhap) --*, *MOSCOW, May 2.
/TASS/.*); data/outlets.csv now lists both, as it lists ANTARA, so such a dateline names the
page, as *JAKARTA (ANTARA) -* does; TASS's brand between slashes is a dateline shape of its
own, and a dateline may name two places (*SEOUL/TOKYO, …*). A reprint crediting the wire
elsewhere (*By Yonhap* under the headline, a closing *(Yonhap)*) still names no page: a wire
of data/lexicons/actors.csv found only in an English page's boilerplate is the copy's credit,
not its masthead. AP and Reuters datelines stay the copy's origin (rounds 11a, 21l).
Sentences, places and figures written for the tests."""
import pytest

from newsframe.read import outlets

from .test_outlets_round25f import _page

_REST = ("South Korea's shipbuilders won orders for 41 vessels last month, up 12 percent from a "
         "year earlier, industry data showed Tuesday.\n\nThe orders were worth $4.2 billion, "
         "the data showed, with liquefied natural gas carriers taking the largest share.")


@pytest.mark.parametrize(("lead", "outlet", "place"), [
    ("BUSAN, June 3 (Yonhap) -- ", "Yonhap", "Busan"),
    ("SEOUL/BEIJING, Nov. 8 (Yonhap) -- ", "Yonhap", "Seoul/Beijing"),
    ("ST. PETERSBURG, June 5. /TASS/. ", "TASS", "St. Petersburg"),
    ("VLADIVOSTOK, Sept 4 /TASS/ - ", "TASS", "Vladivostok"),
])
def test_a_wires_own_dateline_names_the_page(lead, outlet, place):
    found = outlets.read_english_dateline(lead + _REST, outlets.outlet_rules())
    assert found is not None and found[:2] == (outlet, place) and not found[3]


@pytest.mark.parametrize("line", [
    "He paid 3/4 of the bill. /Signed/ The clerk",     # no place and day before the slashes
    "Rates and/or fees rose 2 percent. The bank said",
])
def test_no_dateline_in_other_slashes(line):
    assert outlets.read_english_dateline(line, outlets.outlet_rules()) is None


@pytest.mark.parametrize(("text", "outlet"), [
    ("Shipyard orders rise 12 pct in May\n\nBUSAN, June 3 (Yonhap) -- " + _REST, "Yonhap"),
    ("Port traffic climbs\n\nST. PETERSBURG, June 5. /TASS/. The port handled 18 million "
     "tonnes of cargo in five months, its press service said on Thursday.\n\nThe figure is "
     "7 percent above last year's, the service said.", "TASS"),
])
def test_the_wires_page_takes_its_outlet(tmp_path, text, outlet):
    assert _page(tmp_path, "a.txt", text)["outlet"] == outlet


@pytest.mark.parametrize("text", [
    # a paper's reprint: the wire credited under the headline, no dateline
    "Shipyard orders rise 12 pct in MayBy Yonhap\n\n" + _REST,
    # a reprint closing with the wire's credit
    "Shipyard orders rise 12 pct in May\n\n" + _REST + " (Yonhap)",
    # an AP dateline: the copy's origin, the page naming itself nowhere (rounds 11a, 21l)
    "Bridge closed after flood\n\nLIMA, Peru (AP) — Floodwaters closed a bridge on Monday, "
    "officials said, stranding 300 drivers.\n\nCrews expect to reopen it within a week.",
])
def test_a_reprint_crediting_the_wire_names_no_page(tmp_path, text):
    assert _page(tmp_path, "a.txt", text)["outlet"] == ""


@pytest.mark.parametrize("text", [
    # an Indonesian headline quoting the wire: its speaker, not a dateline
    "TASS: Rusia Tambah 3 Kapal Patroli di Laut Baltik\n\nRusia menambah tiga kapal patroli di "
    "Laut Baltik, lapor kantor berita TASS, Senin (4/8/2025), mengutip Kementerian Pertahanan.",
    "Yonhap: Ekspor Korea Selatan Naik 9 Persen\n\nEkspor Korea Selatan naik 9 persen pada "
    "Juli, lapor kantor berita Yonhap, Jumat (1/8/2025), mengutip data bea cukai.",
])
def test_an_indonesian_page_quoting_the_wire_names_no_page(tmp_path, text):
    assert _page(tmp_path, "a.txt", text)["outlet"] == ""


def test_a_wire_before_a_colon_is_no_dateline():
    assert outlets.read_dateline("Yonhap: Ekspor Korea Selatan Naik 9 Persen",
                                 outlets.outlet_rules(), text="") is None
