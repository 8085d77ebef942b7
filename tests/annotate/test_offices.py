"""Types for named sources no lexicon knows, from what their article says of them (test
sentences written for these tests)."""

import pandas as pd

from newsframe.annotate.offices import type_by_office, type_claimants
from newsframe.annotate.tables import annotate

BODY = ("Jakarta - Badan Pengawas Pangan Daerah (BPPD) mencatat stok beras 1,2 juta ton. "
        "Kepala BPPD Nurhayati Siregar mengatakan stok aman hingga akhir tahun. "
        "Sekretaris Perusahaan Mitra Sentosa Niaga Dewi Lestari menyebut 300 ribu ton beras "
        "sudah disalurkan. BPPD juga mencatat harga beras naik.")


def test_a_spelled_out_institution_and_its_officer_take_the_type_of_its_name():
    articles = pd.DataFrame({"article_id": ["a"], "body": [BODY]})
    rows = pd.DataFrame({"article_id": ["a"] * 3, "source": ["BPPD", "Nurhayati Siregar",
                                                              "Dewi Lestari"],
                         "source_type": ["unknown", "unknown", "unknown"],
                         "role": ["", "Kepala BPPD",
                                  "Sekretaris Perusahaan Mitra Sentosa Niaga"]})
    typed = type_by_office(rows, articles)
    assert typed["source_type"].tolist() == ["government", "government", "company"]


def test_a_type_the_lexicons_gave_is_kept_and_unknown_stays_unknown():
    articles = pd.DataFrame({"article_id": ["a"], "body": ["Rudi Hartono menyebut 3 ton."]})
    rows = pd.DataFrame({"article_id": ["a", "a"], "source": ["BNPB", "Rudi Hartono"],
                         "source_type": ["media", "unknown"], "role": ["", ""]})
    assert type_by_office(rows, articles)["source_type"].tolist() == ["media", "unknown"]


def test_claimants_take_their_sources_type():
    claims = pd.DataFrame({"article_id": ["a", "a"], "claimant": ["BPPD", ""],
                           "claimant_type": ["unknown", ""]})
    sources = pd.DataFrame({"article_id": ["a"], "source": ["BPPD"],
                            "source_type": ["government"]})
    assert type_claimants(claims, sources)["claimant_type"].tolist() == ["government", ""]


def test_the_annotated_tables_type_named_institutions():
    articles = pd.DataFrame({"article_id": ["a"], "outlet": ["Harian Contoh"],
                             "title": ["Stok beras aman"], "published": ["2025-04-02"],
                             "body": [BODY]})
    tables = annotate(articles, ("claims", "attributions"))
    sources = tables["attributions"]
    named = sources[sources["source"].isin(["BPPD", "Nurhayati Siregar", "Dewi Lestari"])]
    assert set(named["source"]) == {"BPPD", "Nurhayati Siregar", "Dewi Lestari"}
    assert "unknown" not in set(named["source_type"])
    claims = tables["claims"].set_index("value")
    assert claims.loc[300_000.0, "claimant"] == "Dewi Lestari"
    assert claims.loc[300_000.0, "claimant_type"] == "company"


def test_offices_of_rescue_services_and_companies_are_typed_by_their_words():
    from newsframe.annotate.mentions import institution_type

    assert [institution_type(n) for n in (
        "Kepala Kantor SAR Lembah Hijau", "Kantor Pencarian dan Pertolongan Sukamaju",
        "Corporate Secretary Mitra Sentosa Niaga", "Direktur Kalbe Farma")] == [
        "government", "government", "company", "company"]
