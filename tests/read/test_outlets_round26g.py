"""Round 26g (issue 23, kind 5): two more shapes of a dateline naming the page's own site. A
site's domain in capitals may end the dateline with a colon (*BANDUNG, WARTA.ID: …*; a colon
after other capitals stays a headline's speaker, *BPK: Ada …*), and a place may stand before the
site's domain with no comma between them (*Sleman Kabardesa.com– …*, the mirror of round 21e's
*kabardesa.com Sleman –*). Sentences, places and names written for the tests."""
import pytest

from newsframe.read import outlets

from .test_outlets_round25f import _page

_REST = ("Kepala Dinas Pertanian, Rudi Hartono, mengatakan 320 hektare sawah gagal panen "
         "akibat banjir pekan lalu, Selasa (7/3/2023).")


@pytest.mark.parametrize(("lead", "outlet", "place"), [
    ("BANDUNG, WARTA.ID: ", "WARTA.ID", "Bandung"),
    ("SURABAYA, JATIMKINI.COM: ", "JATIMKINI.COM", "Surabaya"),
    ("Sleman Kabardesa.com– ", "Kabardesa.com", "Sleman"),
    ("Deli Serdang lensadeli.id - ", "lensadeli.id", "Deli Serdang"),
])
def test_a_dateline_naming_its_site_in_these_shapes(lead, outlet, place):
    found = outlets.read_dateline(lead + _REST, outlets.outlet_rules(), text="")
    assert found is not None and found[:2] == (outlet, place)


@pytest.mark.parametrize("lead", [
    "BPK: Ada 4 Proyek yang Merugikan Negara",       # a headline's speaker
    "KPK: Tersangka Dipanggil Pekan Depan",
    "Sleman Raya – Warga ",                          # no domain after the place
])
def test_no_site_in_other_shapes(lead):
    found = outlets.read_dateline(lead + _REST, outlets.outlet_rules(), text="")
    assert found is None or "." not in found[0]


def test_the_page_takes_its_outlet_from_such_a_dateline(tmp_path):
    row = _page(tmp_path, "a.txt", "Sawah Gagal Panen Meluas\n\nSleman Kabardesa.com– " + _REST)
    assert row["outlet"] == "Kabardesa.com"
