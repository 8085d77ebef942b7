"""Round 20l (issue 23, kind 1): claimants on Indonesian pages — the speaker a figure stands
with. A village or subdistrict secretary's or a hamlet head's short title (*Sekdes*,
*Kadus*, *Sekcam*) before an appositive name, and a person's initials in capitals inside
a name after a police rank (*AKBP Yudha Pranata SHP Nainggolan*). Sentences written for
the tests."""
import pytest

from tests.annotate.test_claims import _claimants


def _who(body: str) -> list:
    return _claimants(body, columns=("value", "claimant"))


@pytest.mark.parametrize(("body", "expected"), [
    # "kata Sekdes <village>, <name>": the name after the comma speaks, not the title
    ('Tanah longsor menimpa permukiman.\n\n"Suaranya keras sekali," kata Sekdes Mekarsari, '
     'Wawan Setiawan.\n\nMenurutnya, sebanyak 27 rumah rusak dan 5 rumah hancur.',
     [[27, "Wawan Setiawan"], [5, "Wawan Setiawan"]]),
    # with no comma between the village and the name
    ('Tanah longsor menimpa permukiman.\n\n"Suaranya keras sekali," ujar Sekdes Mekarsari '
     'Wawan Setiawan.\n\nIa menyebut 27 rumah rusak.', [[27, "Wawan Setiawan"]]),
    # a hamlet head and a subdistrict secretary
    ('Kadus Cikaret, Eman Sulaeman, mengatakan 14 keluarga mengungsi ke balai desa.',
     [[14, "Eman Sulaeman"]]),
    ('Sekcam Pamulihan, Rina Marlina, menyebut 320 warga sudah menerima bantuan beras.',
     [[320, "Rina Marlina"]]),
])
def test_a_village_secretary_s_title_is_no_name(body, expected):
    assert _who(body) == expected


@pytest.mark.parametrize(("body", "name"), [
    ("MEDAN - Kapolres Deli Serdang AKBP Yudha Pranata SHP Nainggolan mengatakan pihaknya "
     "menangkap 9 orang tersangka.", "Yudha Pranata SHP Nainggolan"),
    ("Wakapolres Kampar Kompol Rudi Hartawan DT Simatupang menyebut 45 personel dikerahkan "
     "ke lokasi.", "Rudi Hartawan DT Simatupang"),
])
def test_initials_inside_a_name_keep_the_name_whole(body, name):
    assert [row[1] for row in _who(body)] == [name]


@pytest.mark.parametrize(("body", "name"), [
    # an acronym before a two-word name is still the body's
    ("Kepala Pelaksana BPBD Garut Satria Budi mengatakan 12 rumah rusak.", "Satria Budi"),
    ("Kepala Dinkes DKI Jakarta Ani Ruspitawati mengatakan ada 40 kasus baru.",
     "Ani Ruspitawati"),
])
def test_an_acronym_before_a_name_is_still_a_body(body, name):
    assert [row[1] for row in _who(body)] == [name]


@pytest.mark.parametrize(("body", "expected"), [
    # "Ketua RT setempat, <one name>, menyebut …": a later "dia" is that person, not the title
    ("Genangan air belum surut.\n\nKetua RT setempat, Sutrisno, menyebut 48 rumah masih "
     "tergenang. Dia mengatakan 11 keluarga memilih mengungsi.",
     [[48, "Sutrisno"], [11, "Sutrisno"]]),
    # nor the official quoted before the bare name
    ("Genangan air belum surut.\n\nKepala BPBD Kabupaten Bandung Uka Suska mengatakan hujan "
     "masih turun.\n\nKetua RW setempat, Maman, menyebut 48 rumah masih tergenang. Ia "
     "mengatakan 11 keluarga memilih mengungsi.",
     [[48, "Maman"], [11, "Maman"]]),
])
def test_dia_after_a_speaker_named_by_one_word(body, expected):
    assert _who(body) == expected


def test_dia_after_an_acronym_still_means_the_person_before():
    body = ("Kepala BMKG Stasiun Kupang Rahmat Hidayat mengatakan hujan lebat turun.\n\n"
            "BMKG menyebut curah hujan mencapai 120 milimeter. Dia mengatakan 3 desa "
            "terendam.")
    assert _who(body)[-1] == [3, "Rahmat Hidayat"]


@pytest.mark.parametrize(("body", "expected"), [
    # officers named by their trade alone, in the outlet's paragraph: the outlet's figures
    ("SOLO - Hujan es merusak atap rumah warga.\nTotal rumah rusak sebanyak 64 unit. Petugas "
     "masih terus mendata rumah terdampak.", [[64, "Kabar Solo"]]),
    # "Petugas menyebut N" after a named speaker: no longer the anonymous officers
    ('SOLO - Hujan es merusak atap rumah warga.\n"Esnya sebesar kelereng," kata Lurah '
     'Jebres, Sunarto.\nPetugas menyebut 64 rumah rusak.', [[64, "Kabar Solo"]]),
    ("SOLO - Hujan es merusak atap rumah warga.\nAparat mencatat 64 rumah rusak.",
     [[64, "Kabar Solo"]]),
])
def test_officers_named_by_their_trade_alone_speak_for_nobody(body, expected):
    assert _claimants(body, outlet="Kabar Solo", columns=("value", "claimant")) == expected


def test_officers_of_a_named_body_keep_it():
    body = "SOLO - Hujan es merusak atap rumah warga.\nPetugas BPBD mencatat 64 rumah rusak."
    assert _claimants(body, outlet="Kabar Solo", columns=("value", "claimant")) == [
        [64, "Petugas BPBD"]]
