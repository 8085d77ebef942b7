"""Round 23h: outlets that name themselves, second look — a listed group's regional paper
in the dateline (``KOTA, Jawa Pos Radar Kota –``: the paper, not the group), and a site's
name closing the page title after a dash that the next line writes alone (its logo).
Sentences, places and sites written for the tests."""

import pytest

import newsframe as nf

_LEAD = ("Sebuah warung makan di pinggir jalan provinsi terbakar pada Senin dini hari. "
         "Kepala pos pemadam, Sugiarto, mengatakan dua unit mobil pemadam dikerahkan dan "
         "api padam dalam satu jam.")


def _page(folder, text: str):
    (folder / "a.txt").write_text(text, encoding="utf-8")
    return nf.load_corpus(folder).iloc[0]


@pytest.mark.parametrize("text, outlet, place", [
    # a listed group's name, then a regional paper's head word and the paper's place
    (f"Warung Makan Terbakar\n\nTUBAN, Jawa Pos Radar Tuban – {_LEAD}",
     "Jawa Pos Radar Tuban", "Tuban"),
    (f"Warung Makan Terbakar\n\nNGAWI, Jawa Pos Radar Ngawi Raya - {_LEAD}",
     "Jawa Pos Radar Ngawi Raya", "Ngawi"),
])
def test_a_groups_regional_paper_in_the_dateline(tmp_path, text, outlet, place):
    row = _page(tmp_path, text)
    assert (row["outlet"], row["dateline_place"]) == (outlet, place)


@pytest.mark.parametrize("text, outlet", [
    # (guards: the group alone; the group and a word that heads no paper)
    (f"Warung Makan Terbakar\n\nSURABAYA, Jawa Pos – {_LEAD}", "Jawa Pos"),
    (f"Warung Makan Terbakar\n\nSURABAYA, Jawa Pos Minggu – {_LEAD}", "Jawa Pos"),
])
def test_the_group_alone_stays_the_group(tmp_path, text, outlet):
    assert _page(tmp_path, text)["outlet"] == outlet


def test_a_site_name_after_the_title_written_again_alone(tmp_path):
    text = (f"Warung Makan di Jalan Provinsi Terbakar – Cahaya Lembah Hijau\n\n"
            f"Cahaya Lembah Hijau\n\nPeristiwa\n\nWarung Makan di Jalan Provinsi Terbakar\n\n"
            f"{_LEAD}")
    row = _page(tmp_path, text)
    assert (row["outlet"], row["title"]) == ("Cahaya Lembah Hijau",
                                             "Warung Makan di Jalan Provinsi Terbakar")


def test_a_site_name_after_the_title_written_alone_on_a_logo_line(tmp_path):
    text = (f"Warung Makan di Jalan Provinsi Terbakar – Gema Sultra\n\nGema Sultra\n\n{_LEAD}")
    assert _page(tmp_path, text)["outlet"] == "Gema Sultra"


@pytest.mark.parametrize("text", [
    # (guards: a second headline after the dash, never written alone; a place written alone
    # under a title closing with it)
    f"Warung Makan Terbakar – Pemilik Merugi\n\nPemilik merugi puluhan juta.\n\n{_LEAD}",
    f"Warung Makan Terbakar – Surabaya\n\nSurabaya\n\n{_LEAD}",
])
def test_no_site_from_a_title_dash_without_its_name_alone(tmp_path, text):
    assert _page(tmp_path, text)["outlet"] == ""


@pytest.mark.parametrize("text", [
    # the network's own site in its dateline, and in its follow prompt below the text
    f"Warung Makan Terbakar\n\nJPNN.com, KEDIRI - {_LEAD}",
    f"Warung Makan Terbakar\nRabu, 4 Maret 2026 – 09:10 WIB\n{_LEAD}\n"
    "Redaktur & Reporter : Dimas Saputra\nBaca berita lainnya dari JPNN.com Jateng di Google News",
])
def test_jpnn_is_its_own_outlet_not_the_group(tmp_path, text):
    # (data/outlets.csv gave the spelling JPNN.com to the group's paper too, read first)
    assert _page(tmp_path, text)["outlet"] == "JPNN"


@pytest.mark.parametrize("text, outlet", [
    # a wire's photo credit written "WIRE FOTO/photographer" under the headline: not the page
    (f"Warung Makan Terbakar\n\nRina Marlina\n2 Maret 2026, 08:15\nANTARA FOTO/Dedi Kurnia\n"
     f"Petugas memadamkan api di sebuah warung makan.\n\n{_LEAD}", ""),
    (f"Warung Makan Terbakar\n\nRina Marlina\n2 Maret 2026, 08:15\nANTARA Foto / Dedi Kurnia\n"
     f"Petugas memadamkan api di sebuah warung makan.\n\n{_LEAD}", ""),
    # (guard: the wire's own dateline under such a credit)
    (f"Warung Makan Terbakar\n\nANTARA FOTO/Dedi Kurnia\n\nBlitar (ANTARA) - {_LEAD}", "ANTARA"),
])
def test_a_wires_photo_credit_is_no_masthead(tmp_path, text, outlet):
    assert _page(tmp_path, text)["outlet"] == outlet
