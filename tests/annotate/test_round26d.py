"""Round 26d (issue 23): named sources on any story, found and right. A named speaker that
conveys its words through a named person before the verb (*BNPB melalui Kepala Pusat Data X
menyebut*, *Kapolres X, AKBP Y melalui Kasi Humas, Iptu Z, mengatakan*) — both speak, as after
the verb (round 23a); an English speaker named after the verb with a title in an appositive
(*said X, spokeswoman for the Y Agency*) is named by those words too, the agency with them, as
an Indonesian one is (*kata X, Kepala Dinas Y*). Sentences written for the tests (other
names, bodies, numbers and word order than the pages the kinds were seen on)."""
import pytest

from tests.annotate.test_sources_forms import extract_attributions_of


def _speakers(body: str) -> list:
    table = extract_attributions_of(body)
    return table.loc[~table["anonymous"], ["source", "verb"]].values.tolist()


@pytest.mark.parametrize(("body", "speakers"), [
    # a named body or person speaking through a named person: both speak
    ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) melalui Kepala Bidang Data "
     "Dedi Kurniawan menyebut 14 gempa susulan terjadi.",
     [["Badan Meteorologi, Klimatologi, dan Geofisika", "menyebut"],
      ["Dedi Kurniawan", "menyebut"]]),
    ("Kapolresta Pontianak, Kombes Pol Arief Hidayat melalui Kasi Humas, Ipda Sri Rahayu "
     "mengatakan 6 pengedar ditangkap.",
     [["Arief Hidayat", "mengatakan"], ["Sri Rahayu", "mengatakan"]]),
    ("Sementara itu Kepala Dinas Perikanan Kota Ambon, Yohanes Latuconsina, S.Pi melalui "
     "Kepala Bidang Tangkap, Maria Pattiasina, SE menjelaskan produksi ikan naik 9 persen.",
     [["Yohanes Latuconsina", "menjelaskan"], ["Maria Pattiasina", "menjelaskan"]]),
    ("Badan Pusat Statistik (BPS) melalui Pelaksana tugas (Plt) Kepala Bidang Neraca BPS, "
     "Yusuf Maulana sempat mempertanyakan angka 7 persen itu.",
     [["Badan Pusat Statistik", "mempertanyakan"], ["Yusuf Maulana", "mempertanyakan"]]),
    # a body speaking through an organ or a means: the one speaker as before
    ("Pemerintah melalui Kementerian Kelautan mengatakan 40 kapal sudah disita.",
     [["Kementerian Kelautan", "mengatakan"]]),
    ("Dinas Pertanian melalui data terbarunya mencatat 300 hektare sawah puso.",
     [["Dinas Pertanian", "mencatat"]]),
])
def test_a_named_speaker_and_the_person_it_speaks_through_both_speak(body, speakers):
    assert _speakers(body) == speakers


_STORM = ("A tropical storm hit the islands on Tuesday and the rivers rose above their banks "
          "in the night. ")


@pytest.mark.parametrize(("body", "source", "words"), [
    (_STORM + "Another 17 people were missing, said Lina Marquez, spokeswoman for the Office "
     "of Civil Protection.", "Lina Marquez",
     "said Lina Marquez, spokeswoman for the Office of Civil Protection"),
    (_STORM + "At least 45 homes were destroyed, according to Omar Haddad, a director of the "
     "Red Crescent Society, on Wednesday.", "Omar Haddad",
     "according to Omar Haddad, a director of the Red Crescent Society"),
    # a speaker with no appositive, or one named before the verb, as before
    (_STORM + "Another 17 people were missing, said Lina Marquez.", "Lina Marquez",
     "said Lina Marquez"),
    (_STORM + "Lina Marquez, spokeswoman for the Office of Civil Protection, said 17 people "
     "were missing.", "Lina Marquez",
     "Lina Marquez, spokeswoman for the Office of Civil Protection, said"),
])
def test_an_english_speakers_title_after_the_name_names_the_speaker(body, source, words):
    table = extract_attributions_of(body)
    assert table[["source", "source_text"]].values.tolist() == [[source, words]]


@pytest.mark.parametrize(("body", "speakers"), [
    # a military commander's or a railway area's title, with its unit's number and seat
    ("Menurut Danramil 07/Sukaraja, Kapten Inf Wahyu Prasetyo, 250 warga mengungsi ke balai "
     "desa.", [["Wahyu Prasetyo", "menurut"]]),
    ('"Jembatan darurat selesai dalam 3 hari," kata Dandim 0612/Tasikmalaya Letkol Inf '
     'Gilang Saputra, Kamis.', [["Gilang Saputra", "kata"]]),
    ("Danrem Garuda Hitam Kolonel Inf Yudi Kurnia mengatakan 40 prajurit dikerahkan.",
     [["Yudi Kurnia", "mengatakan"]]),
    ('"Ada 120 perjalanan tambahan," ujar Manajer Humas KAI Daop 4 Semarang Lina '
     'Herawati, Senin.', [["Lina Herawati", "ujar"]]),
    ('"Sebanyak 38.000 penumpang berangkat," kata KAI Daop 6 Yogyakarta dalam siaran pers.',
     [["KAI Daop 6 Yogyakarta", "kata"]]),
    # a title with a plain number after it stays as it was read
    ("Kepala SMAN 3 Sukamaju, Rudi Hartono, mengatakan 12 siswa sakit.",
     [["Rudi Hartono", "mengatakan"]]),
])
def test_a_commanders_title_and_its_units_number_name_nobody(body, speakers):
    assert _speakers(body) == speakers
