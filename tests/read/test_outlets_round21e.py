"""Round 21e: outlets a page names only in its furniture — a dateline written without its
comma or with the site's domain in brackets after a place the lexicon lacks, a place and a
name run together alone on a line, a logo's alt text in English order, a logo word above
the site's tagline or the page's stamp. Sentences, places and outlets written for the tests.
"""

import pytest

import newsframe as nf

_PASAR = ("Harga telur ayam di pasar induk naik dua kali dalam sepekan. Seorang pedagang, "
          "Wartini, mengatakan pasokan dari peternak berkurang sejak hujan turun setiap hari.")
_EN = ("The ferry service between the two islands resumed on Monday after a week of storms, "
       "the operator said, adding that timetables would return to normal by the weekend.")


def _page(folder, text: str):
    (folder / "a.txt").write_text(text, encoding="utf-8")
    return nf.load_corpus(folder).iloc[0]


@pytest.mark.parametrize("text, outlet, place, evidence", [
    # a site's domain, its place and the dash with no comma between domain and place
    (f"Harga Telur Naik Lagi\n\nlensapesisir.com Lamongan – {_PASAR}", "Lensapesisir.com",
     "Lamongan", "dateline: lensapesisir.com Lamongan – (not in data/outlets.csv)"),
    # a name run together with a capital inside, its place in capitals, a comma glued to the
    # dash
    (f"Harga Telur Naik Lagi\n\nWartaTimur SURABAYA,- {_PASAR}", "WartaTimur", "Surabaya",
     "dateline: WartaTimur SURABAYA,- (not in data/outlets.csv)"),
    # the site's domain in brackets after a place the lexicon does not hold: the domain is
    # the site, the word before it the place (the base read the place as the outlet)
    (f"Harga Telur Naik Lagi\n\nTANJUNGPURA (Lensapesisir.id) – {_PASAR}", "Lensapesisir.id",
     "Tanjungpura", "dateline: TANJUNGPURA (Lensapesisir.id) – (not in data/outlets.csv)"),
    # a place in capitals and a name run together alone on a line above the lead
    (f"Harga Telur Naik Lagi\nTUBAN, WartaTimur\n{_PASAR}", "WartaTimur", "Tuban",
     "dateline: TUBAN, WartaTimur (not in data/outlets.csv)"),
])
def test_datelines_without_their_comma_or_with_the_domain_in_brackets(tmp_path, text, outlet,
                                                                      place, evidence):
    row = _page(tmp_path, text)
    assert (row["outlet"], row["dateline_place"], row["outlet_evidence"]) == (
        outlet, place, evidence)


def test_a_name_in_brackets_spelt_by_its_domain_stays_the_name(tmp_path):
    # (guard: the masthead and its own domain, as before)
    row = _page(tmp_path, f"Harga Telur Naik Lagi\n\nLENSA PESISIR (lensapesisir.com) – {_PASAR}")
    assert row["outlet"] == "Lensa Pesisir"


@pytest.mark.parametrize("text", [
    # (guards: an office and its city before a dash; a capitalised word after a run-together
    # name, not a place in capitals)
    f"Harga Telur Naik Lagi\n\nPemkot Surabaya - {_PASAR}",
    f"Harga Telur Naik Lagi\n\nWartaTimur Menulis - {_PASAR}",
])
def test_other_words_before_a_dash_name_no_site(tmp_path, text):
    assert _page(tmp_path, text)["outlet"] == ""


@pytest.mark.parametrize("text, outlet, evidence", [
    # the alt text of an English site's logo, its name first
    (f"Skip to main\nHarbourline logo\n\nFerry Service Resumes After the Storm\n\n{_EN}",
     "Harbourline", "masthead or boilerplate line"),
    # the site's logo as one word above its tagline (and the date line), the tagline read
    # as the title by the base
    (f"lensakota\n\nBerita Terkini Jawa Timur\n\nSenin, 3 Maret 2025\n\nHarga Telur Naik Lagi"
     f"\n\n{_PASAR}", "Lensakota", "logo line: lensakota (not in data/outlets.csv)"),
    # ... or between the headline and the page's stamp
    (f"Ferry Service Resumes After the Storm\n\nHarbourline\nPublished 2025 Mar 04 Tuesday\n\n"
     f"{_EN}", "Harbourline", "logo line: Harbourline (not in data/outlets.csv)"),
])
def test_a_logo_names_the_site(tmp_path, text, outlet, evidence):
    row = _page(tmp_path, text)
    assert (row["outlet"], row["outlet_evidence"]) == (outlet, evidence)


@pytest.mark.parametrize("text", [
    # (guards: a wire's logo; a body's logo above a photo credit, the body naming it again;
    # a headline in title case ending in Logo; a section above a tagline; a speaker's name
    # above the stamp, named again in the text)
    f"Skip to main\nReuters logo\n\nFerry Service Resumes After the Storm\n\n{_EN}",
    "Ferry Service Resumes After the Storm\n\nHarbour Police logo\nPHOTO: the police's "
    f"website\n\n{_EN} Harbour Police said the crossing was safe.",
    "Pemkot Luncurkan Logo\n\nPemerintah kota meluncurkan logo baru pada Senin, kata wali kota.",
    f"Nasional\n\nBerita Terkini Hari Ini\n\nHarga Telur Naik Lagi di Pasar Induk\n\n{_PASAR}",
    "Ferry Service Resumes After the Storm\n\nMorrison\nPublished 2025 Mar 04 Tuesday\n\n"
    f"Morrison said the crossing was safe. {_EN}",
])
def test_other_logos_and_words_above_a_tagline_name_no_site(tmp_path, text):
    assert _page(tmp_path, text)["outlet"] == ""


@pytest.mark.parametrize("text, outlet, evidence", [
    # an English daily's own short name in its dateline's brackets (outlet_abbreviations.csv)
    ("Ferry Service Resumes After the Storm\n\nJAKARTA (JP): The ferry service between the two "
     "islands resumed on Monday after a week of storms, the operator said.",
     "The Jakarta Post", "dateline: JAKARTA (JP):"),
    # a paper's name before the date on its date line
    (f"Ferry Service Resumes After the Storm\n\nHarbour Globe - March 4, 2025\n\n{_EN}",
     "Harbour Globe", "date line: Harbour Globe - March 4, 2025 (not in data/outlets.csv)"),
    # a site's bare credit opening the lead below an error page's banner lines
    (f"404\nSorry!!\nError! The page you were looking for does not exist.\nFerry Service "
     f"Resumes After the Storm\n(HARBOURWIRE) {_EN}", "Harbourwire",
     "dateline: (HARBOURWIRE) (not in data/outlets.csv)"),
    # a syndicator's credit after the place and its comma, below the writer's stamp line
    ("Ferry Service Resumes After the Storm\nMartha Keyes Published March 4, 2025 | 05:10 PM\n"
     f"Lakeside, (LNA - Harbourpoint / Coast Point News - 4th Mar, 2025) {_EN}", "Harbourpoint",
     "syndication credit: Lakeside, (LNA - Harbourpoint / Coast Point News - 4th Mar, 2025) "
     "(not in data/outlets.csv)"),
])
def test_english_furniture_names_the_site(tmp_path, text, outlet, evidence):
    row = _page(tmp_path, text)
    assert (row["outlet"], row["outlet_evidence"]) == (outlet, evidence)


@pytest.mark.parametrize("text", [
    # (guards: a writer's name before the date; a wire's bare credit below the error banner)
    f"Ferry Service Resumes After the Storm\n\nMartha Keyes - March 4, 2025\n\n{_EN}",
    f"404\nSorry!!\nError! The page you were looking for does not exist.\nFerry Service "
    f"Resumes After the Storm\n(AP) {_EN}",
])
def test_other_english_furniture_names_no_site(tmp_path, text):
    assert _page(tmp_path, text)["outlet"] == ""


@pytest.mark.parametrize("text, outlet, evidence", [
    # an English newsroom's staff note closing the page
    (f"Ferry Service Resumes After the Storm\n\n{_EN}\n\nDana Ruiz is KHBR's director of news "
     "and public affairs. Dana manages the day-to-day operations of KHBR News.", "KHBR",
     "staff note: is KHBR's director of news (not in data/outlets.csv)"),
    (f"Ferry Service Resumes After the Storm\n\n{_EN}\n\nDana Ruiz is a reporter for the "
     "Harbour Ledger.", "Harbour Ledger",
     "staff note: is a reporter for the Harbour Ledger (not in data/outlets.csv)"),
    # a follow prompt writing the site's name in lower case after "terus update berita"
    (f"Harga Telur Naik Lagi\n\n{_PASAR}\nikuti terus update berita lensakota di google news\n"
     "Berita lain", "Lensakota", "follow prompt: lensakota (not in data/outlets.csv)"),
])
def test_staff_notes_and_follow_prompts_name_the_site(tmp_path, text, outlet, evidence):
    row = _page(tmp_path, text)
    assert (row["outlet"], row["outlet_evidence"]) == (outlet, evidence)


@pytest.mark.parametrize("text", [
    # (guards: a wire's reporter; a state's director; a prompt's word that is no name)
    f"Ferry Service Resumes After the Storm\n\n{_EN}\n\nDana Ruiz is a reporter for Reuters.",
    f"Ferry Service Resumes After the Storm\n\n{_EN}\n\nDana Ruiz is Maine's director of "
    "emergency management.",
    f"Harga Telur Naik Lagi\n\n{_PASAR}\nikuti terus update berita terbaru di google news\n"
    "Berita lain",
])
def test_other_staff_notes_and_prompts_name_no_site(tmp_path, text):
    assert _page(tmp_path, text)["outlet"] == ""


@pytest.mark.parametrize("text, outlet, evidence", [
    # the site gathering its data, by a medium's name (not a domain)
    ("Harga Telur Naik Lagi\n\nHarga telur ayam naik. Demikian data resmi yang berhasil "
     "dihimpun Lensa News dari dinas.", "Lensa News",
     "the site at work: data resmi yang berhasil dihimpun Lensa News (not in data/outlets.csv)"),
    # a speaker talking to a station by its name (radio a medium's word for Indonesian pages)
    ("Harga Telur Naik Lagi\n\nKepada Radio Gema Pesisir, Kepala Dinas Perdagangan, Sutrisno "
     "mengatakan harga naik.", "Radio Gema Pesisir",
     "interviewed by the site: Kepada Radio Gema Pesisir (not in data/outlets.csv)"),
])
def test_the_site_gathering_or_told_by_a_medias_name(tmp_path, text, outlet, evidence):
    row = _page(tmp_path, text)
    assert (row["outlet"], row["outlet_evidence"]) == (outlet, evidence)


@pytest.mark.parametrize("text", [
    # (guards: a wire's data; an agency's data)
    "Harga Telur Naik Lagi\n\nHarga telur ayam naik. Demikian data yang dihimpun Reuters News "
    "dari dinas.",
    "Harga Telur Naik Lagi\n\nData yang dihimpun Dinas Perdagangan menunjukkan harga naik.",
])
def test_data_gathered_by_others_names_no_site(tmp_path, text):
    assert _page(tmp_path, text)["outlet"] == ""
