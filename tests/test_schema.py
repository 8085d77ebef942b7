"""newsframe.schema: one declaration per table, and the column dictionaries in docs/tables/
say the same (names, order, dtypes, and every value of a coded column)."""

import re

import pandas as pd
import pytest

import newsframe as nf
from newsframe import paths, schema

DOCS = paths.ROOT / "docs" / "tables"
_ROW = re.compile(r"^\| *([a-z_0-9]+) *\| *([A-Za-z0-9]+) *\| *(.*)\|\s*$")


def _documented(name: str) -> list[tuple[str, str, str]]:
    text = (DOCS / f"{name}.md").read_text(encoding="utf-8")
    lines = text.split("| column | type | meaning |", 1)[1].splitlines()[2:]
    rows = []
    for line in lines:  # the first table only: it ends at the first line that is no row
        if not line.startswith("|"):
            break
        rows.append(_ROW.match(line).groups())
    return rows


@pytest.mark.parametrize("name", list(schema.TABLES))
def test_docs_list_the_schema_columns_in_order_with_their_dtypes(name):
    rows = _documented(name)
    assert [(column, dtype) for column, dtype, _ in rows] == [
        (c.name, c.dtype) for c in schema.TABLES[name]]


@pytest.mark.parametrize("name", list(schema.TABLES))
def test_docs_name_every_value_of_a_coded_column(name):
    meanings = {column: meaning for column, _, meaning in _documented(name)}
    for column in schema.TABLES[name]:
        if column.vocabulary is None:
            continue
        values = column.vocabulary() if callable(column.vocabulary) else column.vocabulary
        meaning = meanings[column.name]
        pairs = "`SENDER->RECEIVER`" in meaning  # every pair of countries, named by its form
        missing = [v for v in values if f"`{v}`" not in meaning
                   and not (pairs and re.fullmatch(r"[A-Z]{2}->[A-Z]{2}", v))]
        assert not missing, f"{name}.{column.name}: {missing} not in docs/tables/{name}.md"


def test_the_tables_of_the_seeds_are_valid(seed_tables_in_memory):
    for name, table in seed_tables_in_memory.items():
        assert schema.validate(name, table) == [], name


def test_validate_names_wrong_columns_dtypes_and_values():
    table = schema.empty("claims")
    [problem] = schema.validate("claims", table.drop(columns=["unit"]))
    assert problem.startswith("claims: columns ['article_id', 'claim_id', 'value', 'value_high', "
                              "'item'")
    row = {c: None for c in schema.columns("claims")} | {"unit": "Tea pot!", "value": 1.0,
                                                         "qualifier": "roughly",
                                                         "start": 0, "end": 1}
    bad = schema.conform("claims", pd.DataFrame([row]))
    assert schema.validate("claims", bad) == [
        "claims.unit: values ['Tea pot!'] do not match [a-z][a-z_-]*",
        "claims.qualifier: values ['roughly'] outside " + ", ".join(schema.QUALIFIERS)]
    assert schema.validate("frames", schema.empty("frames").astype({"start": "float64"})) == [
        "frames.start: dtype float64, want int64"]


def test_conform_gives_the_declared_dtypes_even_for_an_all_missing_part():
    """A part whose optional columns are all missing must not be written as Arrow null."""
    row = {c: None for c in schema.columns("claims")} | {"article_id": "a", "claim_id": "a:b01",
                                                         "start": 0, "end": 1}
    conformed = schema.conform("claims", pd.DataFrame([row]))
    assert conformed.dtypes.astype(str).to_dict() == schema.dtypes("claims")
    assert conformed["caliber_mm"].isna().all()
    with pytest.raises(ValueError, match=r"table 'claims' lacks column\(s\) unit"):
        schema.conform("claims", pd.DataFrame([row]).drop(columns=["unit"]))


@pytest.fixture(scope="module")
def seed_tables_in_memory():
    articles = nf.load_corpus(paths.SEEDS)
    return {"articles": articles, **nf.annotate(articles)}


def test_every_claim_and_attribution_says_how_it_was_attributed(seed_tables_in_memory):
    articles = seed_tables_in_memory["articles"].set_index("article_id")
    for name in ("claims", "attributions"):
        table = seed_tables_in_memory[name]
        assert set(table["attribution_basis"]) <= set(schema.ATTRIBUTION_BASES)
        assert (table["attribution_basis"] != "").all(), name
        named = table[table["speaker_start"].notna()]
        for row in named.itertuples():
            field = articles.at[row.article_id, "title" if row.in_title else "body"]
            assert field[row.speaker_start:row.speaker_end].strip(), row
    claims = seed_tables_in_memory["claims"]
    # a claimant has a basis other than none, and no claimant has none
    assert ((claims["claimant"] == "") == (claims["attribution_basis"] == "none")).all()
    # the seeds hold every basis but a quote's (Tribunnews's fact sheet is a document); every
    # seed names its outlet, so a figure nobody is quoted giving is the outlet's, never none's
    assert set(claims["attribution_basis"]) == {"headline", "in_sentence", "coreference",
                                                  "statement", "document", "outlet"}
