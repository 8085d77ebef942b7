"""Round 22k: a site's own dateline written without the dash — the domain, a comma and its
place, then the lead at once (``Site.com, Kota Lead …``), or two hyphens glued to the place
and to the lead (``Site.com, KOTA--Lead …``). Sentences, places and sites written for the
tests."""

import pytest

import newsframe as nf

_PANEN = ("Dinas pertanian menargetkan hasil panen padi tahun ini naik menjadi 120.000 ton. "
          "Kepala bidang tanaman pangan, Suparmi, mengatakan hujan turun cukup sepanjang "
          "musim tanam.")


def _page(folder, text: str):
    (folder / "a.txt").write_text(text, encoding="utf-8")
    return nf.load_corpus(folder).iloc[0]


_TEASER = "Hasil panen padi tahun ini ditargetkan naik setelah hujan cukup sepanjang musim."


@pytest.mark.parametrize("text, outlet, place", [
    # a listed outlet's domain, its place and the lead with no dash, below the site's teaser
    (f"Target Panen Padi Naik\n\n{_TEASER}\n\nLiputan6.com, Semarang {_PANEN}",
     "Liputan6.com", "Semarang"),
    # a site the lexicon lacks, two lines below the headline
    (f"Target Panen Padi Naik\n\n{_TEASER}\nKabarsawah.com, Surabaya {_PANEN}",
     "Kabarsawah.com", "Surabaya"),
    # two hyphens glued to a place in capitals and to the lead
    (f"Target Panen Padi Naik\n\nKabarsawah.id, KULONPROGO--{_PANEN}", "Kabarsawah.id",
     "Kulonprogo"),
])
def test_a_domain_and_its_place_without_the_dash(tmp_path, text, outlet, place):
    row = _page(tmp_path, text)
    assert (row["outlet"], row["dateline_place"]) == (outlet, place)


@pytest.mark.parametrize("text", [
    # (guards: a word that is no place after the domain's comma; a domain inside a sentence)
    f"Target Panen Padi Naik\n\nKabarsawah.com, Dinas Pertanian {_PANEN}",
    f"Target Panen Padi Naik\n\nMenurut kabarsawah.com, Bandung {_PANEN}",
])
def test_no_dateline_without_a_place_opening_the_line(tmp_path, text):
    assert _page(tmp_path, text)["outlet"] == ""
