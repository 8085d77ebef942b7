"""Round 22b (issue 23, kind 1): figures credited to the wrong speaker. Sentences written for
these tests (other names, bodies, places, numbers and word order than the pages the kinds
were seen on)."""
import pandas as pd
import pytest

from newsframe.annotate.claims import extract_claims


def _claimants(body: str, outlet: str = "Warta Kita") -> list:
    articles = pd.DataFrame({"article_id": ["s"], "title": [""], "body": [body],
                             "published": ["2024-05-01"], "outlet": [outlet], "status": ["ok"]})
    found = extract_claims(articles, directions=[])
    return found[["value", "claimant", "claimant_evidence"]].values.tolist()


@pytest.mark.parametrize(("body", "value", "claimant"), [
    # a body's data named in the figure's own clause, before it, owns the figure — not the
    # speaker of the sentence after it (who only compares the two tallies) …
    ("Dinas Sosial Wera mencatat 212 keluarga mengungsi hingga Kamis pagi. Angka itu lebih "
     "rendah dibanding data BPBD yang mencapai 260 keluarga. Hal ini disampaikan Kepala "
     "Dinas Sosial Wera Ratna Sulistyo di Balai Kota.", 260, "BPBD"),
    # … nor the speaker whose quote holds it (he cites the other body's figure to reject it)
    ("\"Kami tidak sepakat dengan data Kontras yang dikutip sejumlah media soal 41 korban "
     "luka,\" ujar Kepala Penerangan Kodam Bima Hendra Saputra.", 41, "Kontras"),
    ("Menurut Hendra, jumlah pelanggaran itu jauh di bawah versi Kontras yang mencatat 57 "
     "kasus sepanjang tahun lalu.", 57, "Kontras"),
])
def test_b_a_bodys_data_named_before_the_figure_owns_it(body, value, claimant):
    found = {v: (c, e) for v, c, e in _claimants(body)}
    assert found[value] == (claimant, "document")


@pytest.mark.parametrize(("body", "value", "claimant"), [
    # guards: the speaker's own figure after a clause of contrast stays his
    ("Data BPBD mencatat 260 keluarga mengungsi, sedangkan Dinas Sosial mencatat 212 "
     "keluarga.", 212, "Dinas Sosial"),
    # … a quote opening after the body's name is the speaker's
    ("Ratna Sulistyo menolak data BPBD dan berkata, \"Kami menemukan 212 keluarga di "
     "lapangan.\"", 212, "Ratna Sulistyo"),
    # … and a clause of its own after the body's name (no relative clause of the data)
    ("Menurut Ratna, selisih dengan data BPBD wajar karena petugasnya menemukan 212 keluarga "
     "di lapangan.", 212, "Ratna"),
    # … a speaker's statement between the body's name and the figure gives it
    ("Merujuk data BPS, Kepala Dinas Pertanian Wera Agus Salim mengatakan produksi padi "
     "mencapai 48.000 ton.", 48000, "Agus Salim"),
])
def test_b_guards_the_speakers_own_figure_stays_his(body, value, claimant):
    found = {v: c for v, c, _ in _claimants(body)}
    assert found[value] == claimant


def test_b_data_without_a_name_names_no_owner():
    # "Data yang dihimpun …": the word *data* opening the sentence is nobody
    body = ("\"Data yang kami himpun dari posko, ada 14 warga mengungsi,\" ujar Kepala Bidang "
            "Kedaruratan BPBD Wera Sinta Maharani.")
    assert [c for _, c, _ in _claimants(body)] == ["Sinta Maharani"]


# an official's account just before (a quote, then a price carried on by "Kemudian")
_OFFICIAL = ("Kepala Dinas Perdagangan Wera Fajar Nugroho menyebut pasokan dari sentra produksi "
             "mulai berkurang. \"Musim tanam baru mulai, jadi barang di pasar sedikit,\" ujar "
             "dia.\n\nKemudian, harga gabah di tingkat petani juga naik melebihi Rp 6.500 per "
             "kilogram.\n\n\"Kami terus memantau pasar,\" tutur dia.\n\n")


@pytest.mark.parametrize(("sentence", "outlet", "claimant"), [
    # a sentence opening with whose monitoring its prices are: that monitor's, not the
    # official's account carried on from the paragraphs before
    ("Berdasarkan pantauan panel harga Badan Pangan Nasional, Senin (3/6/2024), harga bawang "
     "putih naik menjadi Rp 38.400 per kilogram.", "Warta Kita", "Badan Pangan Nasional"),
    ("Pada panel harga pangan Badan Pangan Nasional, Kamis, (6/6/2024), harga gula pasir "
     "mencapai Rp 38.400 per kilogram.", "Warta Kita", "Badan Pangan Nasional"),
    ("Dari pantauan di Panel Harga Badan Pangan Nasional (Bapanas), harga rata-rata cabai "
     "rawit kemarin tembus Rp 38.400 per kg.", "Warta Kita", "Badan Pangan Nasional"),
    # … the outlet's own monitoring, named as it writes itself or by a market only
    ("Pantauan detakpos (5/6) di Pasar Baru, cabai merah dijual Rp 38.400 per kilogram.",
     "detakpos", "detakpos"),
    ("Pantauan di Pasar Lama Wera pada Rabu pagi, cabai merah dijual Rp 38.400 per "
     "kilogram.", "Warta Kita", "Warta Kita"),
])
def test_b_a_monitored_price_is_the_monitors(sentence, outlet, claimant):
    found = {v: (c, e) for v, c, e in _claimants(_OFFICIAL + sentence, outlet=outlet)}
    assert found[38400] == (claimant, "document")
    assert found[6500][0] == "Fajar Nugroho"


@pytest.mark.parametrize(("sentence", "claimant"), [
    # guards: a speaker named in the monitored sentence gives its figure
    ("Pantauan di Pasar Lama, harga telur ayam Rp 38.400 per kilogram, kata Budi Hartono, "
     "pedagang telur.", "Budi Hartono"),
    # … and a sentence that names no monitoring keeps the official's account
    ("Di Pasar Lama, harga telur ayam naik menjadi Rp 38.400 per kilogram.", "Fajar Nugroho"),
])
def test_b_guards_a_price_without_a_monitor_keeps_its_reading(sentence, claimant):
    found = {v: c for v, c, _ in _claimants(_OFFICIAL + sentence)}
    assert found[38400] == claimant
