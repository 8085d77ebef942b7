"""Round 23j: a site named after its place, its domain in the dateline's brackets after the
place (``KEDUNGWARU (infokedungwaru.com) –``): the domain is the site, the word before it
the place (the base read the place as the outlet, its letters ending the domain). Sentences,
places and sites written for the tests."""

import pytest

from .test_outlets_round23h import _page  # one page written and read

_PASAR = ("Harga beras medium di pasar kecamatan naik dua kali dalam sepekan. Seorang pedagang, "
          "Sumirah, mengatakan pasokan dari penggilingan berkurang sejak panen mundur.")


@pytest.mark.parametrize("text, outlet, place", [
    (f"Harga Beras Naik Lagi\n\nKEDUNGWARU (infokedungwaru.com) – {_PASAR}",
     "infokedungwaru.com", "Kedungwaru"),
    (f"Harga Beras Naik Lagi\n\nKalianda (wartakalianda.id) - {_PASAR}",
     "wartakalianda.id", "Kalianda"),
    (f"Harga Beras Naik Lagi\n\nPRINGSEWU (seputarpringsewu.co.id)– {_PASAR}",
     "seputarpringsewu.co.id", "Pringsewu"),
])
def test_a_place_before_the_domain_of_its_own_local_site(tmp_path, text, outlet, place):
    row = _page(tmp_path, text)
    assert (row["outlet"].lower(), row["dateline_place"]) == (outlet, place)


@pytest.mark.parametrize("text, outlet", [
    # (guards: a masthead spelt by its own domain; a name the domain opens)
    (f"Harga Beras Naik Lagi\n\nKABAR LAMPUNG (kabarlampung.com) – {_PASAR}", "Kabar Lampung"),
    (f"Harga Beras Naik Lagi\n\nSUARAPENA (suarapenanews.com) – {_PASAR}", "Suarapena"),
])
def test_a_masthead_spelt_by_its_domain_stays_the_name(tmp_path, text, outlet):
    assert _page(tmp_path, text)["outlet"] == outlet
