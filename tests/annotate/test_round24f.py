"""Round 24f (issue 23): the seed story, seventh pass — a headline figure a state claims
(*…, Kata Peru*, *Japan says …*) is the figure the body gives the one official of that state
who states it; *anggota* (members) counts people. Sentences, names, places and numbers
written for these tests (other names, numbers and word order than the pages the kinds were
seen on)."""
import pandas as pd
import pytest

import newsframe as nf


def _claims(body: str, title: str = "") -> pd.DataFrame:
    arts = pd.DataFrame({"article_id": ["x"], "title": [title], "body": [body],
                         "published": [""], "outlet": [""], "status": ["ok"]})
    return nf.annotate.claims.extract_claims(arts)


@pytest.mark.parametrize(("title", "body", "value", "official"), [
    # round 24f: the headline's state is shorthand for its official named in the body
    ("Peru Sebut 4.500 Ton Tembaga Hilang dari Gudang Callao",
     "LIMA - Menteri Pertambangan Peru, Marcela Rojas, menyatakan sekitar 4.500 ton tembaga "
     "hilang dari gudang di Callao.", 4500, "Marcela Rojas"),
    ("6.000 Ton Beras Tertahan di Pelabuhan, Kata Filipina",
     "Kepala Biro Pangan Filipina, Ramon Dizon, mengatakan bahwa 6.000 ton beras masih "
     "tertahan di pelabuhan Cebu sejak pekan lalu.", 6000, "Ramon Dizon"),
    # English: "Japan says", the official named by the possessive
    ("Japan says 7,200 tonnes of rice sent to Manila",
     "Japan's farm minister Kenji Morita said on Friday that 7,200 tonnes of rice had been "
     "shipped to Manila.", 7200, "Kenji Morita"),
    # the state named only in the title set off before the name (the words read start at
    # the name)
    ("Filipina Tuding 35 Persen Beras Impor Rusak di Gudang",
     "MANILA, Kepala Badan Pangan Nasional Filipina, Teresa Lualhati, menyatakan bahwa hingga "
     "35 persen beras impor rusak di gudang Batangas.", 35, "Teresa Lualhati"),
    # an official the actors lexicon knows by country (Lloyd Austin: US), named by title
    ("AS: 2.000 Marinir Dikirim ke Okinawa",
     "Menteri Pertahanan Lloyd Austin mengatakan sekitar 2.000 marinir akan dikirim ke "
     "Okinawa bulan depan.", 2000, "Lloyd Austin"),
])
def test_24f_the_headline_state_gives_way_to_its_official(title, body, value, official):
    claims = _claims(body, title)
    headline = claims[(claims["value"] == value) & claims["in_title"]]
    assert list(headline["claimant"]) == [official], \
        claims[["in_title", "claimant", "claimant_evidence"]].values.tolist()


@pytest.mark.parametrize(("title", "body"), [
    # guard: an official of another country keeps the headline its state
    ("Peru Sebut 4.500 Ton Tembaga Hilang dari Gudang Callao",
     "LIMA - Menteri Pertambangan Chile, Marcela Rojas, menyatakan sekitar 4.500 ton tembaga "
     "hilang dari gudang di Callao."),
    # guard: the state named in a clause before the speaker's name, not as their title
    ("Peru Sebut 4.500 Ton Tembaga Hilang dari Gudang Callao",
     "Setelah bertemu Presiden Peru, Marcela Rojas menyatakan sekitar 4.500 ton tembaga "
     "hilang dari gudang di Callao."),
    # guard: two officials of the state give the figure: no one of them is the headline's
    ("Peru Sebut 4.500 Ton Tembaga Hilang dari Gudang Callao",
     "Menteri Pertambangan Peru, Marcela Rojas, menyatakan 4.500 ton tembaga hilang. "
     "Sementara itu, Kepala Polisi Peru, Diego Salas, juga mengatakan 4.500 ton tembaga "
     "hilang dari gudang itu."),
])
def test_24f_the_headline_keeps_its_state(title, body):
    claims = _claims(body, title)
    headline = claims[(claims["value"] == 4500) & claims["in_title"]]
    assert list(headline["claimant"]) == ["Peru government"]


@pytest.mark.parametrize(("body", "value"), [
    # round 24f: "anggota" (members) counts people, as "personel" does
    ("Kepala Dinas Intelijen Chile memperkirakan ada sekitar 2.500 anggota milisi yang "
     "bersembunyi di perbatasan.", 2500),
    ("Menurut polisi Lima, 14 anggota geng itu ditangkap pada Senin malam.", 14),
])
def test_24f_members_count_people(body, value):
    claims = _claims(body)
    assert list(claims.loc[claims["value"] == value, "unit"]) == ["person"]


def test_24f_permanent_members_of_a_council_are_no_people():
    # guard: "anggota tetap" of a council are states, not people counted
    claims = _claims("Prancis, salah satu dari lima anggota tetap Dewan Keamanan PBB, menolak "
                     "usul itu, kata Menteri Luar Negeri Peru.")
    assert claims.empty or "person" not in set(claims["unit"])


@pytest.mark.parametrize(("body", "value"), [
    # round 24f: English "N others" with the verb left out after the first count of a pair
    ("About 40 miners have been killed and 150 others injured in the Atacama blast, Chile's "
     "mining ministry said on Tuesday.", 150),
    ("At least 12 fishermen died and 30 others missing after the storm, the Peruvian navy "
     "said.", 30),
])
def test_24f_others_after_a_pair_are_people(body, value):
    claims = _claims(body)
    assert list(claims.loc[claims["value"] == value, "unit"]) == ["person"]


def test_24f_others_with_no_casualty_word_are_no_count():
    # guard: "others" followed by no word of what befell them stays no figure
    claims = _claims("The navy helped 300 others leave the port, the ministry said.")
    assert claims.empty or 300 not in set(claims["value"])


def test_24f_a_body_of_the_state_leaves_the_headline_its_state():
    # guard: the state's organ (a ministry) giving the figure is no official named for it
    claims = _claims("Kementerian Pertanian Peru mengatakan sekitar 4.500 ton tembaga hilang "
                     "dari gudang di Callao.", "Peru Sebut 4.500 Ton Tembaga Hilang dari Gudang")
    headline = claims[(claims["value"] == 4500) & claims["in_title"]]
    assert list(headline["claimant"]) == ["Peru government"]
