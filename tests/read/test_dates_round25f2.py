"""Round 25f, second part (issue 23, kind 3): a lead's date that tells when something happened
(*pada*, *per*, *selama periode*, *sejak* before it; *lalu*, *silam* after it) is the news's
day, not the page's: a later full date the text writes with its weekday is inferred, else the
news's day stands as a floor (``inferred_not_before``: the page came out on it or later). A date
the lead gives a statement (*pada Senin (…) mengatakan*), a dateline's day and one the text
calls today stay the page's (precision ``day``); a date the text calls yesterday (*kemarin*)
gives the next day. Sentences, places and names written for the tests."""
import pytest

from .test_outlets_round25f import _page

_TITLE = "Jembatan Gantung Putus, Warga Terisolasi\n\n"


@pytest.mark.parametrize("lead", [
    "Jembatan gantung di Desa Sukamaju putus pada Rabu (8/3/2023), pukul 14.00 WIB, "
    "sehingga 214 keluarga terisolasi.",
    "Peristiwa itu terjadi pada Rabu, 8 Maret 2023, saat 40 warga melintas.",
    "Dinas Sosial mencatat 214 keluarga terisolasi per 8 Maret 2023 atau dua kali lipat dari "
    "pekan sebelumnya.",
    "Polres Lembah menangkap 12 pengedar selama periode 1 Maret 2023 sampai dengan 8 Maret 2023.",
    "Warga masih mengingat banjir bandang pada Rabu (8/3/2023) lalu yang merusak 30 rumah.",
    "Tim SAR melakukan tiga kali penyisiran pada 2, 5, 8 Maret 2023 dengan 60 personel.",
])
def test_a_leads_event_day_is_only_a_floor(tmp_path, lead):
    row = _page(tmp_path, "a.txt", _TITLE + lead + "\n\nPerbaikan jembatan belum dimulai.")
    assert row["published_precision"] == "inferred_not_before"
    assert row["published_evidence"].startswith("inferred: the lead's date is the news's day")


def test_a_later_day_the_text_writes_in_full_is_still_inferred(tmp_path):
    row = _page(tmp_path, "a.txt", _TITLE + "Jembatan gantung di Desa Sukamaju putus pada Rabu "
                "(8/3/2023) sore.\n\nPada Jumat (10/3/2023), 214 keluarga masih terisolasi, "
                "kata Camat Lembah, Sri Wahyuni.")
    assert (row["published"], row["published_precision"]) == ("2023-03-10",
                                                               "inferred_not_before")


def test_the_event_day_again_leaves_the_floor(tmp_path):
    row = _page(tmp_path, "a.txt", _TITLE + "Jembatan gantung di Desa Sukamaju putus pada Rabu "
                "(8/3/2023) sore.\n\nWarga menyebut jembatan itu sudah rapuh sejak Rabu "
                "(8/3/2023) pagi.")
    assert (row["published"], row["published_precision"]) == ("2023-03-08",
                                                               "inferred_not_before")


@pytest.mark.parametrize("lead, day", [
    ("Bupati Lembah pada Rabu (8/3/2023) mengatakan 214 keluarga terisolasi.", "2023-03-08"),
    ("Pada Rabu (8/3/2023), Kepala BPBD Lembah, Andi Saputra, mengungkapkan 214 keluarga "
     "terisolasi.", "2023-03-08"),
    ("Rapat desa pada Rabu (8/3/2023) hari ini memutuskan jembatan ditutup.", "2023-03-08"),
    ("Sebanyak 214 keluarga terisolasi, kata Camat Lembah, Sri Wahyuni, Rabu (8/3/2023).",
     "2023-03-08"),
    ("LEMBAH, Rabu (8/3/2023) - Sebanyak 214 keluarga terisolasi.", "2023-03-08"),
])
def test_a_statements_or_the_pages_day_stays(tmp_path, lead, day):
    row = _page(tmp_path, "a.txt", _TITLE + lead + "\n\nPerbaikan jembatan belum dimulai.")
    assert (row["published"], row["published_precision"]) == (day, "day")


def test_an_english_lead_is_left_as_it_was(tmp_path):
    row = _page(tmp_path, "a.txt", "Bridge Collapses, Village Cut Off\n\nA footbridge in the "
                "valley collapsed on Wednesday, March 8, 2023, cutting off 214 families, the "
                "district office said.\n\nRepairs have not started.")
    assert (row["published"], row["published_precision"]) == ("2023-03-08", "day")


@pytest.mark.parametrize("lead", [
    "Dua pengedar ditangkap di Pasar Lembah, Selasa (7/3/2023) kemarin.",
    "Jembatan gantung di Desa Sukamaju putus pada Selasa (7/3/2023) malam kemarin.",
])
def test_a_lead_date_the_text_calls_yesterday_gives_the_next_day(tmp_path, lead):
    row = _page(tmp_path, "a.txt", _TITLE + lead + "\n\nPerbaikan jembatan belum dimulai.")
    assert row["published"] == "2023-03-08"


def test_a_latest_date_the_text_calls_yesterday_gives_the_next_day(tmp_path):
    row = _page(tmp_path, "a.txt", _TITLE + "Sebanyak 214 keluarga terisolasi sejak jembatan "
                "putus.\n\nHal itu terungkap dalam rapat yang digelar Dinas Sosial Lembah, Selasa "
                "(7/3/2023) kemarin.")
    assert row["published"] == "2023-03-08"
