"""Official statements and the lineage of seed claims to them."""

import pandas as pd
import pytest
from newsframe.claims import extract_claims
from newsframe.reference import (
    LINEAGE_COLUMNS,
    implied_shells_per_container,
    load_statements,
    match_statements,
)

from tests.conftest import SEED_IDS


@pytest.fixture(scope="module")
def statements():
    return load_statements()


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
    assert empty.empty and list(empty.columns) == LINEAGE_COLUMNS


def test_implied_shells_per_container(statements):
    ratios = implied_shells_per_container(statements)
    by_date = ratios.groupby("statement_date")["shells_per_container"].apply(
        lambda s: sorted(round(v, 1) for v in s)).to_dict()
    assert by_date == {"2024-02-26": [74.6, 447.8], "2024-06-14": [480.0],
                       "2024-08-27": [461.5]}


def test_volume_chart_data_and_plot(seed_articles, statements):
    import matplotlib.pyplot as plt
    from newsframe.reference import plot_volumes, volume_chart_data

    claims = extract_claims(seed_articles)
    data = volume_chart_data(claims, statements, ["container", "shell"])
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
