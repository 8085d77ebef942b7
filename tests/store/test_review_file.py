"""newsframe.store.review_file: the review file opens in a spreadsheet and pandas, reads back
what was written (formula guards too), and every row it cannot use is a problem with a
reason, never a stopped build or a silently wrong value."""

import csv
import os

import pandas as pd
import pytest

import newsframe as nf
from newsframe.store import review_file as rf

KEY = "a1:b10-25:0123abcd"


@pytest.fixture(scope="module")
def seed_rows(seed_articles):
    tables = nf.annotate(seed_articles, ["claims", "attributions"])
    texts = seed_articles[["article_id", "title", "body"]]
    return pd.concat([rf.review_rows(name, tables[name], texts) for name in tables],
                     ignore_index=True)


def _write(tmp_path, rows: list[dict], header=rf.COLUMNS, delimiter=","):
    path = tmp_path / "review.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows([[row.get(c, "") for c in header] for row in rows])
    return path


def test_the_file_opens_in_pandas_with_one_row_per_claim_and_statement(seed_rows, tmp_path):
    out = tmp_path / "review.csv"
    rf.write_review([seed_rows], out)
    assert out.read_bytes()[:3] == b"\xef\xbb\xbf"  # UTF-8 with a byte-order mark
    back = pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert list(back.columns) == list(rf.COLUMNS)
    assert back["table"].value_counts().to_dict() == {"attributions": 60, "claims": 22}
    white_house = back.set_index("key").loc["000_aa34f2be23785672:b106-162:b64df220"]
    assert (white_house["value"], white_house["qualifier"], white_house["claimant"]) == (
        "1000", "more_than", "White House")
    assert white_house["words"] == "lebih dari 1.000 kontainer peralatan militer dan amunisi"
    assert white_house["decision"] == "" and white_house["attribution_basis"] == "in_sentence"
    review = rf.read_review(out)  # nothing decided: nothing to apply, nothing wrong
    assert (review.rows, review.decisions, review.problems) == (82, [], [])


def test_formula_cells_are_guarded_and_read_back_as_written(seed_rows, tmp_path):
    out = tmp_path / "review.csv"
    claim = seed_rows[seed_rows["table"] == "claims"].iloc[1].to_dict()
    rf.append_decision(out, {**claim, "decision": "correct", "claimant": "=HYPERLINK(\"x\")",
                             "reviewer": "@ana", "note": "-12"})
    raw = out.read_text("utf-8-sig")
    assert "'=HYPERLINK" in raw and "'@ana" in raw and ",-12," in raw  # a number stays
    [decision] = rf.read_review(out).decisions
    assert decision.values["claimant"] == '=HYPERLINK("x")' and decision.reviewer == "@ana"


def test_a_file_saved_with_semicolons_reads_the_same(seed_rows, tmp_path):
    claim = seed_rows[seed_rows["table"] == "claims"].iloc[1].to_dict()
    path = _write(tmp_path, [{**claim, "decision": "correct", "value": "13000",
                              "qualifier": "about"}], delimiter=";")
    [decision] = rf.read_review(path).decisions
    assert decision.values["value"] == 13000.0 and decision.values["qualifier"] == "about"
    assert decision.values["claimant"] == "White House"


@pytest.mark.parametrize(("text", "value"), [("13000", 13000.0), ("1.5", 1.5), ("1e6", 1e6),
                                             ("", None), (" 42 ", 42.0)])
def test_numbers_are_read_as_the_file_writes_them(text, value):
    parsed = rf.parse_value("claims", "value", text)
    assert (parsed != parsed and value is None) or parsed == value


@pytest.mark.parametrize(("field", "text", "message"), [
    ("value", "13.000", "ambiguous"), ("value", "1.000.000", "ambiguous"),
    ("value", "13,5", "not a number"), ("value", "-3", "not a number"),
    ("value", "inf", "not a number"), ("caliber_mm", "152 mm", "not a whole number"),
    ("qualifier", "roughly", "not one of exact"), ("unit", "Kontainer", "lower-case word"),
    ("direction", "KP to RU", "not one of"), ("claimant_type", "US gov", "actor type"),
    ("claimant", "x" * 501, "longer than 500"), ("claimant", "a\x00b", "control")])
def test_a_bad_value_says_what_is_wrong(field, text, message):
    with pytest.raises(ValueError, match=message):
        rf.parse_value("claims", field, text)


def test_rows_that_cannot_be_used_are_problems_with_reasons(seed_rows, tmp_path):
    claim = seed_rows[seed_rows["table"] == "claims"].iloc[1].to_dict()
    statement = seed_rows[seed_rows["table"] == "attributions"].iloc[0].to_dict()
    rows = [
        {**claim, "decision": "confirm"},                                 # 2: fine
        {**claim, "key": "not a key", "decision": "reject"},               # 3
        {**claim, "table": "events", "decision": "confirm"},               # 4
        {**claim, "decision": "maybe"},                                    # 5
        {**claim, "decision": "correct"},                                  # 6: nothing changed
        {**claim, "claimant": "Joe Biden", "decision": "confirm"},         # 7
        {**claim, "claimant": "Joe Biden"},                                # 8: no decision
        {**claim, "source": "Kirby", "decision": "correct",
         "claimant": "Joe Biden"},                                         # 9: other table's
        {**statement, "source": "John Kirby", "decision": "correct"},      # 10: fine
        {**statement, "decision": "reject", "reviewer": "B"},              # 11: supersedes 10
        {**claim, "decision": ""},                                         # 12: undecided
        {**claim, "claimaint": "Joe Biden", "decision": "correct"},        # 13: a typo
    ]
    path = _write(tmp_path, rows, header=[*rf.COLUMNS, "claimaint"])
    review = rf.read_review(path)
    assert [(d.line, d.decision) for d in review.decisions] == [(2, "confirm"), (11, "reject")]
    reasons = sorted((p["line"], p["reason"], p["field"]) for p in review.problems)
    assert reasons == [(3, "bad_key", ""), (4, "unknown_table", ""), (5, "bad_value", "decision"),
                       (6, "no_change", ""), (7, "confirm_with_changes", ""),
                       (8, "no_decision", ""), (9, "unknown_field", "source"),
                       (10, "superseded", ""), (13, "unknown_field", "claimaint")]
    assert review.sha256 == rf.file_sha256(path) and review.rows == 12


@pytest.mark.parametrize(("content", "detail"), [
    (b"table,key\n", "no column decision"),
    ("table,key,decision,claimant\nclaims,a:b0-1:0123abcd,correct,K\xe9mi\n".encode(
        "cp1252"), "not UTF-8"),
])
def test_an_unreadable_file_is_one_problem(tmp_path, content, detail):
    path = tmp_path / "review.csv"
    path.write_bytes(content)
    review = rf.read_review(path)
    [problem] = review.problems
    assert problem["reason"] == "unreadable" and detail in problem["detail"]
    assert review.decisions == []


def test_a_file_beyond_the_bound_is_not_read(tmp_path, monkeypatch):
    path = _write(tmp_path, [{"table": "claims", "key": KEY, "decision": "reject"}])
    monkeypatch.setattr(rf, "MAX_REVIEW_BYTES", 100)
    [problem] = rf.read_review(path).problems
    assert "at most 100" in problem["detail"]
    assert rf.read_review(tmp_path / "missing.csv").problems[0]["reason"] == "unreadable"


def test_appending_writes_the_whole_file_again_atomically(tmp_path):
    path = _write(tmp_path, [{"table": "claims", "key": KEY, "decision": "confirm"}])
    before = path.read_text("utf-8-sig")
    rf.append_decision(path, {"table": "claims", "key": KEY, "decision": "reject",
                              "note": "Kémi: not a figure"})
    after = path.read_text("utf-8-sig")
    assert after.startswith(before) and after.count("\n") == before.count("\n") + 1
    assert [p.name for p in tmp_path.iterdir()] == ["review.csv"]  # no temporary file left
    [decision] = rf.read_review(path).decisions  # the later decision wins
    assert (decision.decision, decision.note) == ("reject", "Kémi: not a figure")
    with pytest.raises(rf.ReviewFileError, match="no column claimant"):
        path.write_text("table,key,decision\n", encoding="utf-8-sig")
        rf.append_decision(path, {"table": "claims", "key": KEY, "decision": "correct",
                                  "claimant": "X"})


def test_a_failed_write_leaves_the_old_file(tmp_path):
    path = tmp_path / "review.csv"
    path.write_text("old", encoding="utf-8")

    def failing():
        yield "new"
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        rf.write_atomically(path, failing())
    assert path.read_text("utf-8") == "old" and os.listdir(tmp_path) == ["review.csv"]


def test_writing_over_a_review_file_keeps_its_decisions(seed_rows, tmp_path):
    out = tmp_path / "review.csv"
    rows = seed_rows.copy()
    first, second = rows.index[1], rows.index[2]
    rows.loc[first, ["claimant", "decision", "reviewer"]] = ["Joe Biden", "correct", "ana"]
    rows.loc[second, ["decision", "machine_hash"]] = ["confirm", "00000000"]  # machine moved
    gone = rows.loc[[first]].assign(key="gone:b0-4:0123abcd", decision="reject")
    rf.write_review([pd.concat([rows, gone])], out)
    counts = rf.write_review([seed_rows], out, earlier=out)
    assert counts == {"rows": 82, "kept": 1, "changed": 1, "gone": 1}
    back = pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert len(back) == 84 and back.iloc[-1]["key"] == "gone:b0-4:0123abcd"
    kept = back[back["key"] == seed_rows.loc[first, "key"]].iloc[0]
    assert (kept["claimant"], kept["decision"], kept["reviewer"]) == ("Joe Biden", "correct",
                                                                      "ana")
    both = back[back["key"] == seed_rows.loc[second, "key"]]
    assert both["decision"].tolist() == ["", "confirm"]  # the new row, then the old one
