"""Official statements and the lineage of seed claims to them."""

import pandas as pd
import pytest

from newsframe import paths
from newsframe.analyse.reference import (
    LINEAGE_COLUMNS,
    implied_ratios,
    load_statements,
    match_statements,
)
from newsframe.annotate.claims import extract_claims
from tests.conftest import SEED_IDS

SEED_PACK = paths.STORIES / "korea-russia-arms"


@pytest.fixture(scope="module")
def statements():
    return load_statements(SEED_PACK)


@pytest.fixture(scope="module")
def lineage(seed_articles, statements):
    return match_statements(extract_claims(seed_articles), statements)


def _row(lineage, seed, value, unit, in_title=False):
    rows = lineage[(lineage["article_id"] == SEED_IDS[seed]) & (lineage["value"] == value)
                   & (lineage["unit"] == unit) & (lineage["in_title"] == in_title)]
    assert len(rows) >= 1
    return rows.iloc[0]


def test_statements_keep_provenance(statements):
    assert len(statements) == 17
    assert statements["source_url"].str.startswith("http").all()
    assert statements["statement_id"].is_unique
    alternatives = statements[statements["alternative_set"] != ""]
    assert sorted(alternatives["value"]) == [500_000, 3_000_000]


# (seed, value, unit, in_title, statement date, statement value, lag, qualifier_dropped)
LINEAGE = [
    ("liputan6", 1000, "container", False, "2023-10-13", 1000, 0, False),
    ("liputan6", 1000, "container", True, "2023-10-13", 1000, 0, True),  # title drops "lebih"
    ("liputan6", 73, "railcar", False, "2023-10-06", 73, 7, False),  # CSIS imagery
    ("newslive", 1_000_000, "shell", False, "2023-11-01", 1_000_000, 0, False),  # NIS via Yoo
    ("newslive", 1000, "container", False, "2023-10-13", 1000, 19, True),
    ("tribunnews", 6700, "container", False, "2024-02-26", 6700, None, True),  # Shin
    ("tribunnews", 10_000, "container", False, "2024-02-23", 10_000, None, False),  # fact sheet
    ("tribunnews", 9000, "container", False, "2024-03-18", 9000, None, True),
    ("tribunnews", 3_000_000, "shell", False, "2024-02-26", 3_000_000, None, True),
    ("tribunnews", 500_000, "shell", False, "2024-02-26", 500_000, None, True),
]


@pytest.mark.parametrize(("seed", "value", "unit", "in_title", "date", "s_value", "lag",
                          "dropped"), LINEAGE)
def test_lineage_of_seed_claims(lineage, seed, value, unit, in_title, date, s_value, lag,
                                dropped):
    row = _row(lineage, seed, value, unit, in_title)
    assert not row["unmatched"]
    assert row["statement_date"] == date
    assert row["statement_value"] == s_value
    assert (pd.isna(row["lag_days"]) if lag is None else row["lag_days"] == lag)
    assert bool(row["qualifier_dropped"]) is dropped
    assert not row["value_changed"] and not row["unit_changed"]
    assert not row["alternatives_merged"]


def test_alternatives_link_to_their_own_calibre(lineage):
    tribun = lineage[lineage["article_id"] == SEED_IDS["tribunnews"]]
    pair = tribun[tribun["alternative_group"] != ""]
    assert sorted(pair["statement_caliber_mm"].tolist()) == [122, 152]
    assert pair["statement_id"].nunique() == 2
    assert not pair["alternatives_merged"].any()


def test_rockets_reported_for_shells_is_a_unit_change(lineage):
    row = _row(lineage, "kompastv", 1_000_000, "rocket")
    assert row["statement_date"] == "2022-11-02" and row["lag_days"] == 1
    assert row["unit_changed"] and row["value_changed"]  # Kirby gave no count


@pytest.mark.parametrize(("seed", "value", "unit"), [
    ("liputan6", 20, "railcar"), ("kompastv", 100, "drone"), ("tribunnews", 100, "factory"),
    ("indonesiasatu", 10_000_000, "shell"), ("newslive", 10, "shipment")])
def test_unmatched_claims(lineage, seed, value, unit):
    row = _row(lineage, seed, value, unit)
    assert row["unmatched"] and row["statement_id"] == ""


def test_stale_and_merged_alternatives(statements):
    body = ("Korea Utara mengirim 1.000 kontainer ke Rusia.\n"
            "Korea Utara mengirim 3,5 juta peluru ke Rusia.")
    articles = pd.DataFrame({"article_id": ["x"], "title": [""], "body": [body],
                             "published": ["2024-07-01"], "outlet": ["X"], "status": ["ok"]})
    lineage = match_statements(extract_claims(articles), statements)
    containers, shells = lineage.iloc[0], lineage.iloc[1]
    assert containers["statement_date"] == "2023-10-13" and containers["stale"]
    assert shells["alternatives_merged"] and shells["statement_date"] == "2024-02-26"


def test_no_statement_after_publication(statements):
    articles = pd.DataFrame({"article_id": ["x"], "title": [""], "published": ["2023-10-01"],
                             "body": ["Korea Utara mengirim 1.000 kontainer ke Rusia."],
                             "outlet": ["X"], "status": ["ok"]})
    assert match_statements(extract_claims(articles), statements)["unmatched"].all()


def test_empty_claims_give_typed_lineage(statements, seed_articles):
    empty = match_statements(extract_claims(seed_articles.iloc[:0]), statements)
    assert empty.empty and list(empty.columns) == [*LINEAGE_COLUMNS, "attribution_basis"]


def test_implied_shells_per_container(statements):
    ratios = implied_ratios(statements, "container", "shell", "KP->RU")
    by_date = ratios.groupby("statement_date")["ratio"].apply(
        lambda s: sorted(round(v, 1) for v in s)).to_dict()
    assert by_date == {"2024-02-26": [74.6, 447.8], "2024-06-14": [480.0],
                       "2024-08-27": [461.5]}


def test_volume_chart_data_and_plot(seed_articles, statements):
    import matplotlib.pyplot as plt

    from newsframe.present.charts import plot_volumes, volume_chart_data

    claims = extract_claims(seed_articles)
    data = volume_chart_data(claims, statements, ["container", "shell"], "KP->RU")
    articles = data[data["source"] == "article"]
    # Tribunnews is undated: its 8 container/shell claims cannot be placed in time
    assert len(articles) == 6
    assert set(articles["colour_key"]) == {"us_government", "kr_government", "analyst"}
    # counted KP->RU statements: 8 container, 6 shell (Kirby 2022 gave no count; 9,000 is RU->KP)
    assert len(data[data["source"] == "official"]) == 14
    fig, ax = plt.subplots()
    plot_volumes(data, "shell", "id", ax=ax)
    assert ax.get_yscale() == "log" and ax.get_title().endswith("peluru")
    plt.close(fig)


def _synthetic_claims(statements, n=2000):
    """n claims recombining the statements' units, values (some off by a factor), directions,
    calibres, qualifiers and claimants, with publication dates across 2022-2024 or none."""
    import numpy as np

    rng = np.random.default_rng(7)
    picks = statements.iloc[rng.integers(0, len(statements), n)].reset_index(drop=True)
    values = picks["value"].fillna(1000.0) * rng.choice([1.0, 1.0, 1.5, 3.0], n)
    published = pd.Series(pd.date_range("2022-06-01", "2024-06-30", periods=n).strftime(
        "%Y-%m-%d")).sample(frac=1, random_state=3).reset_index(drop=True)
    published[rng.random(n) < 0.1] = ""
    return pd.DataFrame({
        "article_id": [f"a{i:04d}" for i in range(n)], "claim_id": [f"a{i:04d}:b01" for i in
                                                                    range(n)],
        "outlet": "X", "published": published, "in_title": False, "value": values,
        "value_high": [v * 10 if q == "vague" else float("nan")
                       for v, q in zip(values, picks["qualifier"], strict=True)],
        "unit": rng.choice(["container", "shell", "rocket", "railcar"], n),
        "caliber_mm": picks["caliber_mm"], "qualifier": rng.choice(
            ["exact", "about", "more_than", "vague"], n), "alternative_group": "",
        "claimant": picks["claimant"], "claimant_type": picks["claimant_type"],
        "direction": rng.choice(["KP->RU", "RU->KP", "unknown"], n), "sentence": "s",
        "start": 0, "end": 1})


def test_blocked_matching_equals_all_pairs(statements):
    """2,000 synthetic claims: the unit-blocked matcher picks, for a slice, the same statement
    as comparing each claim with every statement; a slice alone gives the same rows."""
    from newsframe.analyse import reference

    claims = _synthetic_claims(statements)
    lineage = match_statements(claims, statements)
    assert len(lineage) == 2000 and lineage["unmatched"].sum() < 2000
    every = [{**s, "_date": pd.Timestamp(s["statement_date"])}
             for s in statements.to_dict("records")]
    by_set = {}
    for s in every:
        if s["alternative_set"]:
            by_set.setdefault(s["alternative_set"], []).append(s["value"])
    for claim, row in zip(claims.iloc[:150].to_dict("records"),
                          lineage.iloc[:150].to_dict("records"), strict=True):
        published = pd.Timestamp(claim["published"]) if claim["published"] else None
        found = (reference._candidates(claim, every, published, by_set, True)
                 or reference._candidates(claim, every, published, by_set, False))
        expected = (min(found, key=lambda p: reference._rank(p[0], p[1], claim, published))[1]
                    ["statement_id"] if found else "")
        assert row["statement_id"] == expected
        newer = [s for s in every if found and s["unit"] == row["statement_unit"]
                 and s["direction"] == next(x for x in every if x["statement_id"] == expected)
                 ["direction"] and pd.Timestamp(row["statement_date"]) < s["_date"]
                 <= published] if published is not None and found else []
        assert pd.isna(row["stale"]) if (published is None or not found) else \
            row["stale"] == bool(newer)
    pd.testing.assert_frame_equal(match_statements(claims.iloc[:150], statements),
                                  lineage.iloc[:150])


def test_a_statement_row_that_cannot_be_used_costs_only_itself(tmp_path):
    from newsframe.analyse.reference import load_statements

    source = (paths.STORIES / "korea-russia-arms" / "official_statements.csv").read_text()
    header, *rows = source.splitlines()
    bad = ["2023-10-13,Kirby,us_government,,1000,,container,,7.62,exact,,,KP->RU,,u",
           "2023-10-13,Kirby,us_government,,inf,,container,,,exact,,,KP->RU,,u",
           "2023-10-13,Kirby,us_government,,1e999,,container,,,exact,,,KP->RU,,u",
           "2023-10-13,Kirby,short row",
           ",Kirby,us_government,,5,,container,,,exact,,,KP->RU,,u",
           "2024-02-30,Kirby,us_government,,5,,container,,,exact,,,KP->RU,,u"]
    (tmp_path / "official_statements.csv").write_text("\n".join([header, *rows, *bad]))
    statements = load_statements(tmp_path)
    assert len(statements) == len(rows)  # every good row, none of the bad ones
    first = len(rows) + 2
    assert statements.attrs["skipped"] == [
        f"line {first} (2023-10-13 Kirby): caliber_mm '7.62' is not a whole number of "
        "millimetres",
        f"line {first + 1} (2023-10-13 Kirby): value 'inf' is not a number",
        f"line {first + 2} (2023-10-13 Kirby): value '1e999' is not a number",
        f"line {first + 3} (2023-10-13 Kirby): fewer fields than the header",
        f"line {first + 4} ( Kirby): statement_date '' is not a date (YYYY-MM-DD)",
        f"line {first + 5} (2024-02-30 Kirby): statement_date '2024-02-30' is not a date "
        "(YYYY-MM-DD)"]


def test_statements_are_read_only_inside_their_pack(tmp_path):
    from newsframe.analyse.reference import load_statements

    (tmp_path / "elsewhere.csv").write_text(
        (paths.STORIES / "korea-russia-arms" / "official_statements.csv").read_text())
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "official_statements.csv").symlink_to(tmp_path / "elsewhere.csv")
    statements = load_statements(pack)
    assert statements.empty
    assert statements.attrs["skipped"][0].startswith("the whole file official_statements.csv (")
    assert "outside the folder" in statements.attrs["skipped"][0]
