"""Round 24c, second part (issue 23): Indonesian police and court pages. An office spelled out
with its short form in brackets (*Kepala Seksi Intelijen (Kasi Intel)*, *Kepala Satuan
(Kasat) Reserse Kriminal (Reskrim)*) is the office of the person named beside it, never a
source of its own; a name with only a rank before it (*AKP*, *Kompol*, *Kombes Pol*) and its
office after a comma is one person, not a list of officials; *Sementara* with no comma opens
the sentence like *Sementara itu,*. Sentences written for the tests (other names, bodies,
numbers and word order than the pages the kinds were seen on)."""
import pytest

from newsframe.annotate.mentions import find_mentions
from tests.annotate.test_sources_forms import extract_attributions_of


def _sources(body: str) -> list:
    return list(extract_attributions_of("Dua pria ditangkap polisi pekan lalu. " + body)[
        "source"])


@pytest.mark.parametrize(("body", "name"), [
    # the short form in brackets after the spelled-out office, the name after a comma
    ('"Kami akan mengajukan kasasi," ujar Kepala Seksi Intelijen (Kasi Intel) Kejari '
     'Medan, Dedi Saragih, Selasa (4/5).', "Dedi Saragih"),
    ('"Berkasnya sudah lengkap," kata Kepala Seksi Pidana Umum (Kasi Pidum) Kejari '
     'Bandung, Rina Lestari.', "Rina Lestari"),
    ('Kepala Satuan Reserse Kriminal (Kasat Reskrim) Polres Garut, AKP Dimas Prakoso, '
     'menyebut 6 motor curian disita.', "Dimas Prakoso"),
    # the name first, the office with its short forms after it and a verb at once
    ("AKBP Yusuf Pratama, Kepala Kepolisian Resort (Kapolres) menyampaikan Polres Bogor "
     "menyita 12 kilogram ganja.", "Yusuf Pratama"),
    ("Sementara Kompol Rudi Hartono, Kepala Satuan (Kasat) Reserse Narkoba (Resnarkoba) "
     "Polres Bekasi mengatakan empat pengedar ditangkap di Cikarang.", "Rudi Hartono"),
])
def test_a_spelled_out_office_with_its_short_form_is_the_named_persons(body, name):
    assert _sources(body) == [name]


@pytest.mark.parametrize(("body", "name"), [
    # a rank, the name, then the office between commas and the verb
    ("AKP Hendra Siregar, Kasat Reskrim Polres Asahan, menjelaskan bahwa pelaku ditangkap "
     "di rumahnya.", "Hendra Siregar"),
    ("Kompol Sri Wahyuni, Kasat Narkoba Polrestabes Surabaya, menyebut 40 gram sabu "
     "disita.", "Sri Wahyuni"),
    ("Kombes Pol Adi Saputra, Direktur Reserse Narkoba Polda Jambi, mengatakan 3 kurir "
     "ditahan.", "Adi Saputra"),
])
def test_a_ranked_name_then_its_office_between_commas_is_one_person(body, name):
    assert _sources(body) == [name]


def test_the_ranked_name_keeps_its_office_as_its_role():
    body = "AKP Hendra Siregar, Kasat Reskrim Polres Asahan, menjelaskan pelaku ditangkap."
    found = [m for m in find_mentions(body) if m.kind == "person"]
    assert [(m.canonical, m.role) for m in found] == [
        ("Hendra Siregar", "Kasat Reskrim Polres Asahan")]


def test_guards_officials_listed_and_a_name_in_brackets():
    # an office before the name still makes a list of officials, not a name and its title
    listed = find_mentions("Menteri Agama Yusuf Hakim, Menteri Perhubungan, dan Menteri "
                           "Sosial hadir.")
    assert not any(m.canonical == "Yusuf Hakim" and "Perhubungan" in m.role for m in listed)
    # a person's name in brackets after a title opens with no title: it stays the person
    assert _sources("Juru bicara Kementerian Sosial (Rina Wulandari) mengatakan 40 warga "
                    "dibantu.") == ["Rina Wulandari"]
