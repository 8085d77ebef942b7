"""General units (data/lexicons/units.csv): mass, volume, money before or after the figure,
people, households, houses, vehicles, vessels, percent — and what still is no claim."""

import pandas as pd
import pytest

import newsframe as nf
from newsframe import paths

STORIES = paths.ROOT / "tests" / "fixtures" / "stories"


def _claims(body: str) -> pd.DataFrame:
    articles = pd.DataFrame({"article_id": ["a"], "title": [""], "published": ["2024-10-24"],
                             "outlet": ["X"], "status": ["ok"], "body": [body]})
    return nf.extract_claims(articles)


@pytest.mark.parametrize(("body", "value", "unit", "item", "qualifier"), [
    ("Sebanyak 12 ribu ton gula kristal putih tiba di pelabuhan.", 12000, "ton", "gula",
     "exact"),
    ("Kerugian sementara sekitar Rp 300 miliar.", 3e11, "rupiah", "", "about"),
    ("Bantuan senilai Rp2,3 miliar disalurkan.", 2.3e9, "rupiah", "", "exact"),
    ("Kerugian diperkirakan lebih dari Rp 1,2 triliun.", 1.2e12, "rupiah", "", "more_than"),
    ("Nilainya mencapai 5 juta dolar AS tahun ini.", 5e6, "usd", "", "exact"),
    ("Ekspor mencapai 300 ribu barel minyak per hari.", 3e5, "barrel", "minyak", "exact"),
    ("Sebanyak 40 kg sabu disita.", 40, "kg", "sabu", "exact"),
    ("Harga naik 12% dibanding bulan lalu.", 12, "percent", "", "exact"),
    ("Inflasi naik 2,5 persen.", 2.5, "percent", "", "exact"),
    ("Tercatat lebih dari 4.000 warga mengungsi.", 4000, "person", "warga mengungsi",
     "more_than"),
    ("Setidaknya 35 orang meninggal dunia.", 35, "person", "orang meninggal dunia", "at_least"),
    ("Sekitar 1.200 jiwa mengungsi.", 1200, "person", "jiwa mengungsi", "about"),
    ("Korban berasal dari 870 kepala keluarga (KK).", 870, "family", "kepala keluarga", "exact"),
    ("Sebanyak 1.124 unit rumah terendam.", 1124, "house", "rumah terendam", "exact"),
    ("Ada 20 ribu tentara dikirim.", 20000, "person", "tentara", "exact"),
    ("Polisi menyita 12 truk dan dua kapal.", 12, "vehicle", "truk", "exact"),
])
def test_general_units_make_claims(body, value, unit, item, qualifier):
    row = _claims(body).iloc[0]
    assert (row["value"], row["unit"], row["item"], row["qualifier"]) == (
        value, unit, item, qualifier)
    assert body[row["start"]:row["end"]] in row["sentence"]


def test_vessels_and_money_with_its_words():
    claims = _claims("Polisi menyita 12 truk dan dua kapal. Ekspor US$ 5 juta.")
    assert claims[["value", "unit"]].values.tolist() == [[12, "vehicle"], [2, "vessel"],
                                                          [5e6, "usd"]]


@pytest.mark.parametrize("body", [
    "Pada 2023 harga naik.",                      # a year
    "Kapal berlayar sejauh 1.000 km ke utara.",   # a distance
    "Mereka menunggu selama 3 tahun.",            # a duration
    "Proyek itu berjalan 6 bulan dan 12 hari.",   # durations
    "Pukul 10.30 WIB rapat dimulai di lantai 5.",  # a time and a floor
    "Ia berusia 45 tahun.",                       # an age
])
def test_years_distances_and_durations_are_still_no_claims(body):
    assert _claims(body).empty


def test_the_commodity_corpus_yields_its_tonnes_rupiah_and_containers():
    claims = nf.extract_claims(nf.load_corpus(STORIES / "nomatch"))
    gold = pd.read_csv(STORIES / "nomatch" / "gold" / "claims.csv")
    found = set(zip(claims["article_id"], claims["value"], claims["unit"], strict=True))
    expected = set(zip(gold["article_id"], gold["value"].astype(float), gold["unit"],
                       strict=True))
    assert expected <= found  # all 18 labelled figures
    sugar = claims[(claims["article_id"] == "m02_kontan") & ~claims["in_title"]].iloc[0]
    assert (sugar["value"], sugar["unit"], sugar["item"]) == (12000.0, "ton", "gula")


def test_the_flood_corpus_yields_most_of_its_required_figures():
    claims = nf.extract_claims(nf.load_corpus(STORIES / "flood"))
    gold = pd.read_csv(STORIES / "flood" / "gold" / "claims.csv")
    required = gold[gold["required"] == 1]
    found = set(zip(claims["article_id"], claims["value"], claims["unit"], strict=True))
    hits = [(a, float(v), u) in found for a, v, u in
            zip(required["article_id"], required["value"], required["unit"], strict=True)]
    # measured: 41 of 47; the six missed count houses as a bare "unit" ("96 unit di antaranya
    # rusak berat", "menjadi 812 unit") or with no noun ("214 rusak berat")
    assert sum(hits) >= 41, sum(hits)
    units = set(claims["unit"])
    assert units <= {"person", "family", "house", "rupiah", "ton"}, units  # nothing else
