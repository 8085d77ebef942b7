"""Round 26a (issue 23, kind 1): Indonesian claimants — a regulation the page cites by its
number opening a sentence (*Sesuai Peraturan Bupati Nomor 12 Tahun 2021, …*, *Dalam Peraturan
Menteri … Nomor 5 Tahun 2019 …*) holds the figures the page reads from it: they are the
regulation's, not the official quoted before, and a sentence after it that goes on with no
speaker of its own (*Sebelumnya disebutkan bahwa …*) goes on with the regulation.
Sentences written for these tests (other names, outlets, numbers and word order than the
pages the kinds were seen on)."""
import pandas as pd
import pytest

from tests.annotate.test_round25a import _claimant
from tests.annotate.test_round25a import _claims as _claims_25a


def _claims(body: str, outlet: str = "Warta Lembah") -> list:
    return _claims_25a(body, outlet)


_OFFICIAL = ("Kepala Dinas Perhubungan Kabupaten Sukamaju, Hartono, mengatakan tarif parkir "
             "di pasar akan ditertibkan mulai bulan depan.\n\n\"Petugas kami akan berjaga "
             "setiap hari di sana,\" ujar Hartono.\n\n")


@pytest.mark.parametrize("cue", ["Sesuai", "Berdasarkan", "Mengacu pada"])
def test_a_a_regulation_cited_by_number_holds_its_own_figures(cue):
    body = _OFFICIAL + (f"{cue} Peraturan Bupati Sukamaju Nomor 12 Tahun 2021, tarif parkir "
                        "sepeda motor ditetapkan Rp 2.000 dan mobil Rp 4.000 sekali parkir.")
    found = _claims(body)
    assert _claimant(found, 2000.0).startswith("Peraturan Bupati Sukamaju")
    assert _claimant(found, 4000.0).startswith("Peraturan Bupati Sukamaju")


def test_a_the_sentence_going_on_after_the_regulation_is_the_regulations():
    body = _OFFICIAL + (
        "Dalam Peraturan Bupati Sukamaju Nomor 12 Tahun 2021 tentang Retribusi Daerah yang "
        "kini direvisi itu, tarif parkir juga diatur.\n\nSebelumnya disebutkan bahwa tarif "
        "parkir truk Rp 10.000 dan bus Rp 8.000 sekali parkir.")
    found = _claims(body)
    assert _claimant(found, 10000.0).startswith("Peraturan Bupati Sukamaju")
    assert _claimant(found, 8000.0).startswith("Peraturan Bupati Sukamaju")


def test_a_an_official_quoting_the_regulation_keeps_his_figure():
    # (guard) a statement of the sentence itself still takes its figure
    body = _OFFICIAL + ("Sesuai Peraturan Bupati Sukamaju Nomor 12 Tahun 2021, kata Hartono, "
                        "tarif parkir sepeda motor Rp 2.000.")
    found = _claims(body)
    assert _claimant(found, 2000.0) == "Hartono"


def test_a_a_law_named_without_its_number_is_still_nobody():
    # (guard) "Undang-Undang Cipta Kerja" opening a sentence, named by no number: no source
    body = _OFFICIAL + ("Dalam Undang-Undang Cipta Kerja, uang pisah pekerja paling banyak "
                        "Rp 25 juta.")
    found = _claims(body)
    assert not _claimant(found, 25000000.0).startswith("Undang-Undang")


def test_a_the_regulation_is_no_named_source():
    from newsframe.annotate.sources import extract_attributions
    body = _OFFICIAL + ("Sesuai Peraturan Bupati Sukamaju Nomor 12 Tahun 2021, tarif parkir "
                        "sepeda motor ditetapkan Rp 2.000.")
    articles = pd.DataFrame({"article_id": ["s"], "outlet": ["Warta Lembah"], "body": [body]})
    found = extract_attributions(articles)
    named = found.loc[~found["anonymous"].astype(bool), "source"].tolist()
    assert "Hartono" in named
    assert not any(name.startswith("Peraturan") for name in named)


# kind 2: a vendor speaks for the stall's market; the page's own round of other markets after
# the vendor's words is the page's
_VENDOR = ("Harga bawang putih di sejumlah pasar di Kota Sukamaju naik menjelang Idul Adha."
           "\n\nSalah seorang pedagang, Marlina, mengatakan kenaikan terjadi sejak pekan "
           "lalu.\n\n\"Sekarang saya jual Rp 44.000 sekilo, biasanya Rp 36.000,\" kata "
           "Marlina, pedagang di Pasar Cikaso, Selasa (11/6/2024).\n\n")


@pytest.mark.parametrize("narration", [
    "Kemudian, di Pasar Sindangraja harga bawang putih Rp 46.500 per kilogram.",
    "Berbeda dengan di Pasar Cikaso, bawang putih di Pasar Sindangraja dijual Rp 46.500 per "
    "kilogram.",
])
def test_b_another_market_after_a_vendor_is_the_pages(narration):
    found = _claims(_VENDOR + narration)
    assert _claimant(found, 44000.0) == "Marlina"
    assert _claimant(found, 46500.0) == "Warta Lembah"


def test_b_the_vendors_own_market_goes_on_with_the_vendor():
    # (guard) the page going on about the vendor's own market keeps the vendor
    found = _claims(_VENDOR + "Selain itu, di Pasar Cikaso bawang merah kini Rp 38.500 per "
                    "kilogram.")
    assert _claimant(found, 38500.0) == "Marlina"


def test_b_an_official_reading_out_markets_keeps_them():
    # (guard) an official is no vendor: the markets read out after his words stay his
    body = ("Kepala Dinas Perdagangan Kota Sukamaju, Hendrawan, mengatakan harga bawang putih "
            "naik di semua pasar.\n\n\"Di Pasar Cikaso sudah Rp 44.000 sekilo,\" ujar "
            "Hendrawan.\n\nKemudian, di Pasar Sindangraja harga bawang putih Rp 46.500 per "
            "kilogram.")
    found = _claims(body)
    assert _claimant(found, 46500.0) == "Hendrawan"
