"""Round 26c (issue 23, kind 2): figures found — counted nouns the unit lexicon did not
take. Sentences written for these tests (other names, numbers and word order than the
pages the kinds were seen on)."""
import pytest

from tests.annotate.test_claims import _claimants


def _found(body: str) -> set:
    return {(value, unit) for value, unit in _claimants(body, columns=("value", "unit"))}


# --- suspects, defendants and witnesses are people counted -----------------------------------

@pytest.mark.parametrize(("body", "value"), [
    ("Polres Lembah Hijau mengamankan 14 tersangka dalam operasi pekan lalu.", 14),
    ("Selama operasi itu polisi menangkap 326 Tersangka dari 251 kasus.", 326),
    ("Dalam 6 kasus tersebut, kata Rudi, terdapat 9 tersangka yang semuanya pria.", 9),
    ("Jaksa menghadirkan 4 terdakwa dalam sidang di Pengadilan Negeri Sungai Raya.", 4),
    ("Rencananya ada 12 saksi yang akan dihadirkan dalam persidangan berikutnya.", 12),
    ("Polisi menetapkan tujuh tersangka baru dalam kasus pembakaran pos jaga.", 7),
])
def test_suspects_defendants_and_witnesses_are_people(body, value):
    assert (value, "person") in _found(body), _found(body)


@pytest.mark.parametrize(("body", "value"), [
    # a dengue tally lists its suspected cases right after its confirmed ones: cases
    ("Kecamatan Utara mencatat 35 kasus positif, 140 tersangka dan lima meninggal dunia.",
     140),
    ("Di Kecamatan Selatan ada 22 kasus positif dan 58 tersangka.", 58),
])
def test_suspects_listed_after_cases_are_cases(body, value):
    found = _found(body)
    assert (value, "case") in found and (value, "person") not in found, found


def test_a_law_article_before_suspects_is_no_count():
    found = _found("Kedua tersangka dijerat Pasal 114 ayat 2 tersangka terancam hukuman "
                   "penjara.")
    assert (2, "person") not in found and (114, "person") not in found, found


def test_cases_of_suspects_are_cases():
    found = _found("Berikutnya Kecamatan Barat, terdapat 12 kasus positif DBD, 64 kasus "
                   "tersangka dan tiga meninggal dunia.")
    assert (64, "case") in found and (64, "person") not in found, found


# --- the last count of a bare list, after "and" / "dan" --------------------------------------

@pytest.mark.parametrize(("body", "value", "unit"), [
    ("The death tolls in the three valleys have climbed to 61, 27 and 19.", 19, "person"),
    ("Deaths in Leyte, Samar and Cebu stood at 17, 9 and 4, respectively.", 4, "person"),
    ("Rumah yang rusak akibat banjir bandang itu tercatat 140, 86 dan 31.", 31, "house"),
])
def test_the_last_count_of_a_bare_list_after_and(body, value, unit):
    assert (value, unit) in _found(body), _found(body)


@pytest.mark.parametrize("body", [
    "The fires broke out on 12 and 13 June, officials said.",
    "Harga naik antara 5 dan 10 persen.",
])
def test_no_list_tail_without_a_figure_right_before(body):
    found = _found(body)
    assert (13, "person") not in found and (10, "person") not in found, found


def test_no_list_tail_after_a_lone_number():
    # a school's number is no list of counts ("SD Negeri Tegal 3 dan 4")
    found = _found("Warga mengungsi ke balai desa dan gedung SD Inpres Sukamaju 3 dan 4.")
    assert (4, "village") not in found, found


# --- citizens counted by their abbreviation (WNI, WNA) are people -----------------------------

@pytest.mark.parametrize(("body", "value"), [
    ("Kemlu mencatat 47 WNI masih berada di Khartoum dan belum bisa dievakuasi.", 47),
    ("Sebanyak 1.350 WNI tinggal di wilayah yang terdampak banjir itu.", 1350),
    ("Rombongan itu terdiri dari 18 WNI dan 2 WNA yang dipulangkan lewat Jeddah.", 2),
])
def test_citizens_by_their_abbreviation_are_people(body, value):
    assert (value, "person") in _found(body), _found(body)


# --- people counted by a role noun the lexicon did not list ----------------------------------

@pytest.mark.parametrize(("body", "value"), [
    ("Of the 27 economists surveyed by Bloomberg, most expected a pause.", 27),
    ("All 11 analysts polled by the agency had forecast a cut in March.", 11),
    ("Rescuers brought down 38 climbers from the volcano on Sunday.", 38),
    ("The army said 54 rebels were killed in clashes near the border.", 54),
    ("Four sailors were still missing after the ferry sank, the coast guard said.", 4),
    ("The crash killed 3 adults and injured several pupils.", 3),
    ("The tally stood at 212 deaths and 340 injuries on Tuesday.", 340),
    ("Sebanyak 63 pendaki masih tertahan di pos dua Gunung Lawu.", 63),
    ("Kantor pajak itu mempekerjakan 1.200 pegawai di seluruh provinsi.", 1200),
    ("Kapal itu membawa 17 ABK asal Indonesia.", 17),
    ("Sebanyak 5.400 turis asing datang lewat bandara itu pada Juli.", 5400),
    ("Lapas itu kini dihuni 870 narapidana.", 870),
])
def test_people_counted_by_a_role_noun(body, value):
    assert (value, "person") in _found(body), _found(body)
