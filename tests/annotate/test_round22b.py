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
