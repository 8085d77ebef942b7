"""Round 26d, second part (issue 23): named sources on other stories. The page itself is no
relay of the words it reports: the outlet a speaker told (*told The Straits Times* on that
paper's page, *dikutip Tempo.co* on Tempo's), and a *Sumber:* line under a picture that
credits a medium's photographer (*Antara/Rudi Hartono*) or is the page's next field (*Tanggal
terbit: 12/03/2024*) or a line of its furniture. Sentences written for the tests (other names,
outlets, numbers and word order than the pages the kinds were seen on)."""
import pandas as pd
import pytest

from newsframe.annotate import sources


def _named(body: str, outlet: str) -> list:
    """The named sources and relays of a body on an outlet's page, as the benchmark counts
    them."""
    table = sources.extract_attributions(pd.DataFrame(
        {"article_id": ["d"], "outlet": [outlet], "title": [""], "body": [body]}))
    names = list(table.loc[~table["anonymous"], "source"])
    for hops in table["relayed_by"]:
        names += [hop for hop in str(hops).split(" > ") if hop]
    return list(dict.fromkeys(names))


_FERRY = "The ferry sank near Batam on Monday. "


@pytest.mark.parametrize(("outlet", "body", "named"), [
    # the page's own outlet, told or quoting: no relay
    ("The Straits Times", _FERRY + "Eight people are still missing, harbour master Lim Wei "
     "Ming told The Straits Times on Tuesday.", ["Lim Wei Ming"]),
    # (the site it quoted from relays: round 26e2's *dikutip X dari Y*)
    ("Tempo", "Banjir merendam 40 rumah di Bekasi. \"Airnya naik cepat,\" kata Hadi Susanto "
     "dikutip Tempo.co dari laman resmi BPBD, Senin.", ["Hadi Susanto", "BPBD"]),
    # another outlet stays a relay
    ("The Straits Times", _FERRY + "Eight people are still missing, harbour master Lim Wei "
     "Ming told Reuters on Tuesday.", ["Lim Wei Ming", "Reuters"]),
    ("Suara Surabaya", "Banjir merendam 40 rumah. Kepala BPBD, Hadi Susanto mengatakan "
     "kepada Suara.com air naik cepat.", ["Hadi Susanto", "Suara.com"]),
    # a page taken for the outlet it credits its copy to, or a medium a wire quotes: the
    # relay stays
    ("Tempo", "Banjir merendam 40 rumah di Bekasi. \"Airnya naik cepat,\" kata Hadi Susanto "
     "kepada Tempo.co, Senin. (sumber: tempo.co)", ["Hadi Susanto", "Tempo.co"]),
    ("Kompas TV", "MAGELANG, Indonesia (Reuters) - A landslide buried 12 houses on Sunday. "
     "Twenty people are still missing, district official Slamet Riyadi told Kompas TV on "
     "Monday.",
     ["Slamet Riyadi", "Reuters", "Kompas TV"]),
])
def test_the_pages_own_outlet_relays_nothing(outlet, body, named):
    assert _named(body, outlet) == named


_CREDITED = ("Warga menyeberangi sungai di Kulon Progo (ilustrasi).\nSumber :\n  • {}\n\n"
             "Jakarta - Kepala BPBD Kulon Progo, Rina Astuti mengatakan 120 rumah terendam.")


@pytest.mark.parametrize(("line", "named"), [
    # a picture's credit or the page's next field under "Sumber :": nobody relays
    ("Antara/Rudi Hartono", ["Rina Astuti"]),
    ("ANTARA/ Sri Wahyuni", ["Rina Astuti"]),
    ("Tanggal terbit: 12/03/2024", ["Rina Astuti"]),
    ("Gabung ke kanal Telegram Harian Kulon untuk kabar terbaru dan terpercaya.",
     ["Rina Astuti"]),
    # a medium alone on a bullet under a caption is the picture's credit too (round 26e2:
    # every real page with this layout credits its picture); on the "Sumber :" line itself
    # it relays (tests/annotate/test_round26e2.py)
    ("Antara", ["Rina Astuti"]),
])
def test_a_picture_credit_or_a_field_under_sumber_relays_nothing(line, named):
    assert _named(_CREDITED.format(line), "Harian Kulon") == named
