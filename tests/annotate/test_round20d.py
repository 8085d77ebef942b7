"""Round 20d (issue 23, kinds 1, 3, 6): kinds that recur across the 125 labelled pages of
waves 18-19 — unnamed descriptions taken for named sources, media named in lower case or as a
credit pair, English bodies' names with a comma in them. Sentences written for the tests."""
import pytest

from tests.annotate.test_sources_forms import extract_attributions_of

# an English body needs a few English sentences to be read as English
_LEAD = "The protests spread to three more cities over the weekend, and roads were closed. "


def _rows(body: str, columns=("source", "anonymous")) -> list:
    table = extract_attributions_of(body)
    return [list(r) for r in table[list(columns)].itertuples(index=False)]


def _named(body: str) -> list:
    """The named (not anonymous) speakers and the media relaying them."""
    rows = _rows(body, ("source", "anonymous", "relayed_by"))
    named = [r[0] for r in rows if not r[1]]
    for row in rows:
        named += [m for m in str(row[2]).split(" > ") if m]
    return list(dict.fromkeys(named))


@pytest.mark.parametrize(("body", "anonymous"), [
    # round 20d: an English description with an indefinite article names no one: "a rights
    # group", "an advocacy group", "a local newspaper" are anonymous, like "officials"
    (_LEAD + "At least nine people were detained, an advocacy group said on Tuesday.",
     "advocacy group"),
    (_LEAD + "A human rights group said 14 protesters were still missing.", "human rights group"),
    # … and so is a bare body word with no name and no article ("Police said", "…, police
    # said"): the police of no place in particular
    (_LEAD + "Police said on Thursday the driver had been arrested near the port.", "Police"),
    (_LEAD + "The driver was arrested near the port, police said.", "police"),
    # an Indonesian person noun with no name (seorang wanita, pria, perempuan) or a suspect
    # named by no name ("Tersangka mengaku …") is no named source either
    ("Seorang wanita yang mengaku adik korban mengatakan keluarga belum dihubungi.", "wanita"),
    ('"Rumahnya sudah kosong sejak pagi," ujar seorang pria yang tinggal di sebelahnya.',
     "pria"),
    ("Polisi menyita 40 gram ganja. Tersangka mengaku membeli ganja itu dari temannya.",
     "Tersangka"),
])
def test_an_unnamed_description_is_anonymous(body, anonymous):
    rows = _rows(body)
    assert [anonymous, True] in rows, rows
    assert anonymous not in _named(body)


@pytest.mark.parametrize(("body", "named"), [
    # a name stays a named source: a body's name, a definite description of a named body,
    # a person noun with the name after it
    (_LEAD + "Amnesty International said 14 protesters were still missing.",
     "Amnesty International"),
    (_LEAD + "The Sukamaju Police said on Thursday the driver had been arrested.",
     "The Sukamaju Police"),
    ("Rina Kartika, seorang wanita pedagang sayur, mengatakan keluarga belum dihubungi.",
     "Rina Kartika"),
    (_LEAD + "The fisheries ministry said 310 boats were lost.", "fisheries ministry"),
])
def test_a_named_source_stays_named(body, named):
    assert named in _named(body), _rows(body)


@pytest.mark.parametrize(("body", "media"), [
    # round 20d: a relay cue before a medium written in lower case, as a site writes its
    # own name ("seperti dikutip detiknews", "dilansir cnnindonesia"): that outlet
    ('"Jalur itu sudah dibuka," kata Budi Santoso kepada wartawan, Selasa (4/6), seperti '
     "dikutip detiknews.", ["Budi Santoso", "detik.com"]),
    ("Menurut Rina Kartika, harga cabai naik dua kali lipat, seperti dilansir cnnindonesia.",
     ["Rina Kartika", "CNN Indonesia"]),
    # … a medium's name in brackets, in lower case, closing a paragraph: the text's source
    ("Menteri Luar Negeri Sugiono bertemu Wang Yi di Beijing pada Kamis.(xinhua)\n\n"
     "Pertemuan berikutnya dijadwalkan bulan depan.", ["Xinhua"]),
    ("Kedua menteri sepakat memperpanjang kerja sama itu hingga 2030.(kbs)", ["KBS"]),
    # … a credit pair "(X via Y)": the first medium and the one that carried it
    ("Pabrik itu menambah dua jalur produksi tahun ini. (Yonhap via AFP)", ["Yonhap", "AFP"]),
    ("Pabrik itu menambah dua jalur produksi tahun ini. (TASS via REUTERS)",
     ["TASS", "Reuters"]),
    # … a relayed medium whose name opens with a short form in capitals ("CGTN Europe"):
    # one name, not the word after the short form
    ("Dikutip dari CGTN Europe, laporan itu terbit ketika Perdana Menteri Mark Rutte "
     "mengatakan ia siap berunding.", ["Mark Rutte", "CGTN Europe"]),
])
def test_a_medium_in_lower_case_or_a_credit_pair_is_a_relay(body, media):
    assert _named(body) == media, _rows(body, ("source", "relayed_by", "form"))


@pytest.mark.parametrize("body", [
    # a lower-case word that names no medium, and a picture's credit, relay nothing
    "Harga cabai naik dua kali lipat, seperti dikutip warga dari pedagang.",
    "Menteri Luar Negeri Sugiono bertemu Wang Yi di Beijing pada Kamis.(ist)",
])
def test_a_lower_case_word_that_names_no_medium_relays_nothing(body):
    assert _named(body) == [], _rows(body, ("source", "relayed_by", "form"))


@pytest.mark.parametrize(("body", "name"), [
    # round 20d: an English body whose name lists its fields with commas ("X, Y and Z
    # Agency", "Ministry of X, Y and Z") is one name, not its last field or its first word
    (_LEAD + "More rain is expected this week, Indonesia's Forestry, Land and Water Agency "
     "said on Monday.", "Forestry, Land and Water Agency"),
    (_LEAD + "The Ministry of Energy, Mines and Water said the quota would be cut by a "
     "quarter.", "Ministry of Energy, Mines and Water"),
    (_LEAD + "The Department of Health, Education and Welfare said 12 schools had closed "
     "since Monday.", "Department of Health, Education and Welfare"),
    # … a body that forecasts or predicts speaks, as one that estimates
    (_LEAD + "Thailand's Water, Weather and Climate Agency forecasts the dry season will end "
     "in May.", "Water, Weather and Climate Agency"),
    # … with its short form in brackets after it
    (_LEAD + "The Forestry, Land and Water Agency (FLWA) said 30 villages were cut off.",
     "Forestry, Land and Water Agency"),
])
def test_an_english_body_named_with_commas_is_one_name(body, name):
    named = _named(body)
    assert named and named[0] == name, _rows(body)


@pytest.mark.parametrize("body", [
    # a list of places or people is no body's name
    _LEAD + "Thailand, Malaysia and Indonesia said they would share the costs of the search.",
])
def test_a_list_of_countries_is_no_body(body):
    assert not any("," in n for n in _named(body)), _rows(body)


def test_the_body_word_with_a_capital_means_the_body_named_before():
    # round 20d: "The Ministry predicts …" after "The Ministry of Fisheries reported …"
    body = (_LEAD + "The Ministry of Fisheries reported 310 boats lost by March. The Ministry "
            "predicts more losses this year.")
    assert [r[0] for r in _rows(body)] == ["The Ministry of Fisheries"] * 2, _rows(body)


@pytest.mark.parametrize(("body", "anonymous"), [
    # round 20d: a title after an indefinite article names no one ("a lawmaker said", "a
    # navy spokesman said"), as "an official said"
    (_LEAD + "A Thai lawmaker said about 40 soldiers were believed to have been killed.",
     "Thai lawmaker"),
    (_LEAD + "On Monday a US Navy spokesman said sailors had been hurt, without giving a "
     "number.", "US Navy spokesman"),
])
def test_a_title_after_an_indefinite_article_is_anonymous(body, anonymous):
    assert [anonymous, True] in _rows(body), _rows(body)
    assert anonymous not in _named(body)


@pytest.mark.parametrize(("body", "named"), [
    # … its name beside it names its holder
    (_LEAD + "A lawmaker, Dana Reyes, said about 40 soldiers were believed to have been "
     "killed.", "Dana Reyes"),
    (_LEAD + "Thai lawmaker Somchai Wongsa said about 40 soldiers were believed killed.",
     "Somchai Wongsa"),
])
def test_a_title_with_a_name_names_its_holder(body, named):
    assert named in _named(body), _rows(body)


def test_a_spokesman_of_a_known_body_speaks_for_it():
    # "a Pentagon spokesman": the lexicon knows the body, which the words stand for
    body = _LEAD + "A Pentagon spokesman said sailors had been hurt, without giving a number."
    assert any("Pentagon" in n for n in _named(body)), _rows(body)


def test_the_title_with_capitals_means_its_holder_named_before():
    # round 20d: "as the Defense Minister added" after "Defense Minister Somchai Wongsa"
    body = (_LEAD + "Two million rounds were sent, according to Thai Defense Minister Somchai "
            "Wongsa. However, as the Defense Minister added, the plants were working at full "
            "capacity.")
    assert [r[0] for r in _rows(body)] == ["Somchai Wongsa"] * 2, _rows(body)
