"""Round 22g, second part (issue 23, kinds 1, 4, 6): a platform that carried a claim is no
speaker. The figures of a viral post go to the account that posted it where it is named (its
handle), else to the post read as no speaker of its own — never to *media sosial*, *WhatsApp*,
*Instagram* (data/lexicons/platforms.csv); the platform is no named source. Sentences written
for these tests (other names, places, numbers and word order than the pages the kind was seen
on)."""
import pandas as pd
import pytest

from newsframe.annotate.claims import extract_claims
from newsframe.annotate.sources import extract_attributions

PLATFORMS = {"media sosial", "whatsapp", "instagram", "facebook", "tiktok", "x", "medsos",
             "aplikasi whatsapp", "grup whatsapp"}


def _article(body: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["s"], "title": [""], "body": [body],
                         "published": ["2024-05-01"], "outlet": ["Warta Kita"],
                         "status": ["ok"]})


def _claimants(body: str) -> dict:
    found = extract_claims(_article(body), directions=[])
    return dict(zip(found["value"], found["claimant"], strict=True))


def _sources(body: str) -> list:
    found = extract_attributions(_article(body))
    return found["source"].tolist() if len(found) else []


@pytest.mark.parametrize(("body", "value"), [
    ("Beredar sebuah video di media sosial yang menyebut harga beras naik menjadi Rp 18.000 "
     "per kilogram.", 18000),
    ("Viral sebuah unggahan di medsos yang menyebut 40 siswa keracunan makanan di Sumedang.",
     40),
    ("Beredar pesan berantai di WhatsApp yang menyebut 120 rumah terbakar di Palu.", 120),
    ("Beredar pesan berantai di aplikasi WhatsApp yang menyebutkan 75 guru honorer dipecat.",
     75),
    ("Sebuah tangkapan layar beredar di grup WhatsApp yang menyebut 33 bus dilarang masuk.",
     33),
])
def test_g2_a_platform_carrying_a_post_is_no_claimant_and_no_source(body, value):
    assert str(_claimants(body)[value]).lower() not in PLATFORMS
    assert not {s.lower() for s in _sources(body)} & PLATFORMS


@pytest.mark.parametrize(("body", "value", "claimant"), [
    # the account named by its handle posted the figures
    ("Akun Instagram @infokota menyebut 70 penumpang kapal hilang di perairan Buton.", 70,
     "@infokota"),
    ("Menurut akun Twitter @wargabicara, 64 pedagang digusur dari pasar lama.", 64,
     "@wargabicara"),
    ("Dalam video yang diunggah akun TikTok @warga_kita, disebutkan 52 sekolah ditutup karena "
     "banjir.", 52, "@warga_kita"),
    ("Dalam konten yang diunggah di akun Instagram @kabar.desa, Pemkot disebut menutup 18 "
     "puskesmas.", 18, "@kabar.desa"),
    ("Dalam unggahan di akun TikTok @rakyatbicara, disebutkan 91 rumah rusak diterjang angin.",
     91, "@rakyatbicara"),
    # a source beside the platform is the speaker, still unnamed
    ("Beberapa sumber di media sosial menuliskan korban jiwa sebanyak 48 orang.", 48,
     "unnamed official"),
])
def test_g2_the_account_that_posted_owns_the_figures(body, value, claimant):
    assert _claimants(body)[value] == claimant


@pytest.mark.parametrize(("body", "value", "claimant"), [
    # a platform that speaks as a company stays a speaker
    ("Facebook mengatakan 300 akun palsu telah dihapus pekan lalu.", 300, "Facebook"),
    # a report released somewhere names no author
    ("Menurut laporan yang dirilis di Jakarta, 52 sekolah ditutup.", 52, "Warta Kita"),
    # an account named by its words, not a handle, keeps its name
    ("Dalam unggahan akun Facebook Rakyat Jaga, disebutkan 27 sekolah ditutup karena banjir.",
     27, "Rakyat Jaga"),
])
def test_g2_guards(body, value, claimant):
    assert _claimants(body)[value] == claimant
