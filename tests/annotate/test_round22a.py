"""Round 22a (issue 23, kind 1): the figures of a speaker's statement that newsframe left to
nobody. Sentences written for these tests (other names, places, numbers and word order than
the pages the kinds were seen on).

- One sentence lists several figures after a speaker's account; the candidates give its first
  figure (of a unit the speaker gave before) to that speaker, marked ``unsure``, and left the
  others of the same sentence to nobody. One sentence of figures tells one account: the
  sentence-mates follow the mate the candidates chose, unsure or not
  (``claims._SENTENCE_MATE_EVIDENCE``).
- A data system named as the source (*Data Sistem Informasi X (SIX) Kementerian Y di Z,
  Senin, menunjukkan, …*): ``sistem`` is a body's head word (data/lexicons/mention_words.csv)
  and the capitalised document word that a bracketed name took in no longer hides the body
  (``statements._data_of``).
"""
from pathlib import Path

from tests.annotate.test_claims import _claimants

_LIST_OF_HAMLETS = (
    "Dusun itu antara lain Dusun Lau Baru, Dusun Sempa Jaya, Dusun Rumah Berastagi, Dusun "
    "Gurusinga, Dusun Raya, Dusun Doulu, Dusun Semangat Gunung, Dusun Bukit, Dusun Lau Gumba, "
    "Dusun Peceren, Dusun Sumbul dan Dusun Tongkoh di lereng Sibayak, Dusun Tanjung, Dusun "
    "Sigarang-garang, Dusun Kuta Rakyat, Dusun Kebayaken, Dusun Serdang, Dusun Pintu Besi dan "
    "Dusun Batu Karang.")
_MORE_HAMLETS = (
    "Dusun lainnya yaitu Dusun Kacinambun, Dusun Kutabuluh, Dusun Barusjahe, Dusun Sukanalu, "
    "Dusun Tigapanah, Dusun Seberaya, Dusun Lingga, Dusun Surbakti, Dusun Sukadame, Dusun "
    "Jaranguda, Dusun Cinta Rakyat dan Dusun Samura di Kabupaten Karo, serta Dusun Kuta Gugung, "
    "Dusun Mardinding, Dusun Pernantin, Dusun Sigaranggarang, Dusun Naman Teran dan Dusun "
    "Berastepu.")


def _landslide(damage: str) -> str:
    return (
        "Menurut laporan yang dikirim Basarnas Medan, longsor terjadi Selasa pagi setelah hujan "
        "deras sejak malam.\n\n"
        '"Dua orang tertimbun dan 40 rumah rusak. Tim gabungan masih mencari korban," kata '
        "Kepala Seksi Operasi Basarnas Medan, Andri Siregar.\n\n"
        f"Longsor melanda 6 dusun di Kecamatan Merdeka. {_LIST_OF_HAMLETS}\n\n{_MORE_HAMLETS}\n\n"
        f"{damage}\n\n"
        '"Sebanyak 350 warga mengungsi ke balai desa," jelas Andri.')


def test_the_figures_of_one_sentence_follow_the_mate_the_candidates_gave_a_speaker():
    body = _landslide("Longsor juga menyebabkan 4 unit rumah tertimbun, 3 sekolah rusak, "
                      "120 hektare kebun jeruk dan 40 meter jalan desa tertutup material.")
    found = {(value, unit): claimant for value, unit, claimant in _claimants(
        body, outlet="", columns=("value", "unit", "claimant"))}
    assert [found[key] for key in ((4, "house"), (3, "school"), (120, "hectare"),
                                   (40, "metre"))] == ["Andri Siregar"] * 4


def test_a_sentence_no_mate_of_which_a_speaker_takes_stays_nobodys():
    # (guard: nothing in the sentence has a unit the speaker gave; the sentence stays as it is)
    body = _landslide("Longsor juga menutup 3 sekolah, 120 hektare kebun jeruk dan 40 meter "
                      "jalan desa.")
    found = {(value, unit): claimant for value, unit, claimant in _claimants(
        body, outlet="", columns=("value", "unit", "claimant"))}
    assert [found[key] for key in ((3, "school"), (120, "hectare"), (40, "metre"))] == \
        [""] * 3


def test_a_data_system_with_its_short_form_shows_the_figures():
    body = ("Jumlah jemaah yang dirawat di rumah sakit mencapai 64 orang.\n\n"
            "Data Sistem Informasi Haji (Sihaj) Kementerian Agama di Jeddah, Selasa, "
            "menunjukkan, jemaah sakit terbanyak berasal dari embarkasi Batam sebanyak 12 "
            "orang, disusul embarkasi Balikpapan 9 orang.")
    found = _claimants(body, outlet="", columns=("value", "claimant"))
    assert [claimant.startswith("Sistem Informasi Haji (Sihaj) Kementerian Agama")
            for value, claimant in found if value in (12, 9)] == [True, True]


def test_a_system_named_as_a_body_records_figures():
    found = _claimants("Sistem Informasi Rekapitulasi (Sirekap) Komisi Pemilihan Umum "
                       "mencatat partisipasi pemilih 81 persen.", outlet="",
                       columns=("value", "claimant"))
    assert found == [[81, "Sistem Informasi Rekapitulasi (Sirekap) Komisi Pemilihan Umum"]]


def test_a_system_that_is_no_body_speaks_for_nobody():
    # (guard: "sistem" in lower-case words names no body)
    found = _claimants("Sistem zonasi membuat 80 persen kursi terisi di hari pertama.",
                       outlet="", columns=("value", "claimant"))
    assert found == [[80, ""]]


def test_the_lexicon_row_is_reviewable():
    rows = Path(__file__).parents[2].joinpath("data/lexicons/mention_words.csv").read_text(
        encoding="utf-8").splitlines()
    assert any(row.startswith("sistem,org,") for row in rows)
