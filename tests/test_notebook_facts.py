"""Seed facts, checked against the executed notebooks: each notebook runs on the seeds with its
default parameters (papermill, a real kernel), then the checks below run in the same kernel,
on the values the notebook computed. The narrative a reader sees carries no asserts; these
facts were read by hand in the five seed articles."""

import datetime as dt

import nbformat
import papermill
import pytest

from newsframe import paths
from newsframe.publish.lab import read_notebook

FACTS = {
    "00_corpus": """
assert overview["article_id"].is_unique  # one row per input, each with its id and checksum
assert overview["language"].eq("id").all()  # a plain note of the rules that read each article
assert not articles["warnings"].str.contains("not_indonesian").any()
assert articles["sha256"].str.len().eq(64).all()
assert len(articles) == 5
assert set(articles["outlet"]) == {"Liputan6.com", "KompasTV", "Tribunnews.com",
                                   "IndonesiaSatu.co", "NEWSLIVE"}
assert articles.set_index("outlet").loc["KompasTV", "published"] == "2022-11-03"
assert story_pack.slug == "korea-russia-arms"
""",
    "01_shipment_volumes": """
assert len(claims) == 22 and set(claims["unit"]) >= {"container", "shell", "railcar", "shipment"}
by_claim = lineage.set_index("claim_id")
assert by_claim.at["000_aa34f2be23785672:b01", "statement_date"] == "2023-10-13"
assert by_claim.at["000_aa34f2be23785672:b01", "lag_days"] == 0
assert by_claim.at["000_aa34f2be23785672:t01", "qualifier_dropped"]  # title drops "lebih dari"
assert by_claim.at["004_dff8b1113d9c9566:b01", "statement_date"] == "2023-11-01"
assert by_claim.at["002_070c2e44d61fb293:b07", "statement_date"] == "2024-02-23"
assert by_claim.at["002_070c2e44d61fb293:b01", "statement_date"] == "2024-02-26"
assert round(band[0], 1) == 74.6 and round(band[1]) == 480
""",
    "02_timeline": """
assert len(all_events) == 42
kompastv = all_events.query("expression == 'Rabu (3/11/2022)'").iloc[0]
assert kompastv["date_start"] == "2022-11-03"  # the numeric date wins over 'Rabu'
assert (all_events.query("outlet == 'Tribunnews.com' and relative")["date_start"] == "").all()
assert lag.set_index("outlet").loc["Liputan6.com", "lag_days_max"] == 13.0
visit = groups.query("event_type == 'visit_or_meeting'").iloc[0]
assert set(visit["outlets"].split(";")) == {"IndonesiaSatu.co", "Liputan6.com", "NEWSLIVE"}
""",
    "03_framing": """
by_outlet = balance.set_index("outlet")
assert set(by_outlet.index[by_outlet["accused_denial"]]) == {"Liputan6.com", "IndonesiaSatu.co"}
lead = attributions[attributions["outlet"] == "KompasTV"].iloc[0]
assert (lead["source"], lead["verb"], lead["verb_class"]) == ("White House", "menuding",
                                                              "distancing")
assert set(attributions.loc[attributions["outlet"] == "KompasTV", "relayed_by"]) == {
    "Associated Press"}
flags = headlines.set_index("outlet")
assert flags.at["Tribunnews.com", "sensational"] and flags.at["NEWSLIVE", "verb_stance"] == "hedged"
assert flags.at["IndonesiaSatu.co", "leader_as_agent"]
assert not flags.at["Liputan6.com", "leader_as_agent"]
assert hits.query("kind == 'normative'")["cue"].tolist() == ["harus", "perlu", "menjadi kunci"]
""",
    "04_briefing": """
six_thousand = figures.query("unit == 'container' and value == 6700 and qualifier == 'exact'"
                             ).iloc[0]
thousand = figures.query("unit == 'container' and value == 1000 and qualifier == 'more_than'"
                         ).iloc[0]
assert six_thousand["claimant"] == "Shin Won-sik"
assert six_thousand["statement_date"] == "2024-02-26"
assert thousand["claimant"] == "White House"
assert thousand["first_published"] == "2023-10-13"
assert escalation["statement_date"].iloc[0] == "2022-11-02"
assert escalation["statement_date"].iloc[-1] == "2024-08-27"
latest_figure = briefing.format_figure(13000.0, float("nan"), "more_than", "container", lang)
assert escalation["figures"].iloc[-1].startswith(latest_figure)
assert latest == (latest_figure, "2024-08-27")
visit = timeline_rows.set_index("when").loc["2023-09-10"]
assert visit["n_reports"] == 7 and visit["event_type"] == labels.label("visit_or_meeting", lang)
by_outlet = highlights.set_index("outlet")
assert by_outlet.at["Liputan6.com", "accused_denial_share"] == 1.0
assert by_outlet.at["KompasTV", "accused_heard_share"] == 1.0  # "Korea Utara menyalahkan AS …"
assert by_outlet.at["KompasTV", "top_frames"].startswith(briefing.frame_name("security threat",
                                                                             lang))
""",
    "05_read_articles": """
for kind, table in annotations.items():  # every highlight has its evidence sentence
    assert table.empty or table["sentence"].ne("").all(), kind
assert sum(view.n_highlights for view in views) == sum(len(t) for t in annotations.values())
by_id = {view.article_id: view for view in views}
assert len(views) == 5
# Tribunnews: 6.700 (title and body), jutaan, 3 juta, 500.000, beberapa juta, ratusan,
# lebih dari 10.000, 9.000
assert by_id["002_070c2e44d61fb293"].counts["claims"] == 9
kompastv = annotations["attributions"].query("article_id == '001_8995e815094ec626'")
assert ("menuding", "distancing") in set(zip(kompastv["verb"], kompastv["verb_class"]))
""",
}


@pytest.mark.notebook
@pytest.mark.parametrize("name", sorted(FACTS))
def test_seed_facts_hold_in_the_executed_notebook(name, tmp_path):
    notebook = read_notebook(paths.NOTEBOOKS / f"{name}.ipynb")  # as committed
    notebook.cells.append(nbformat.v4.new_code_cell(FACTS[name].strip()))
    source = tmp_path / f"{name}.ipynb"
    nbformat.write(notebook, source)
    # a failing fact fails the run: papermill names the cell and the assert
    papermill.execute_notebook(str(source), str(tmp_path / "out.ipynb"), kernel_name="python3",
                               cwd=str(paths.NOTEBOOKS), progress_bar=False)


def test_every_notebook_has_facts_and_no_asserts_in_its_narrative():
    names = sorted(p.stem for p in paths.NOTEBOOKS.glob("*.ipynb"))
    assert names == sorted(FACTS)
    for name in names:
        notebook = read_notebook(paths.NOTEBOOKS / f"{name}.ipynb")
        code = [cell.source for cell in notebook.cells if cell.cell_type == "code"]
        setup = code[1]
        assert len(setup.splitlines()) <= 5 and "open_page(" in setup, name
        narrative = "\n".join(code[1:])
        assert "assert " not in narrative and "is_seed" not in narrative, name


def _limits(name: str, lang: str = "") -> str:
    """The Limits section of a notebook (``lang``: of its translation in notebooks/<lang>/)."""
    notebook = read_notebook(paths.NOTEBOOKS / lang / f"{name}.ipynb")
    markdown = [c.source for c in notebook.cells if c.cell_type == "markdown"]
    return next(s for s in markdown if s.startswith(("## Limits", "## Batasan")))


def test_the_limits_say_which_languages_the_readers_read():
    """An English page's dates, hedges and speakers are read (rounds 6a, 8a): the Limits a
    reader sees in either language say so, and name what stays missed."""
    from newsframe.lang.dates import find_date_expressions

    read = find_date_expressions("The pier closed on March 4, 2025.", language="en")
    assert [e.date_start for e in read] == [dt.date(2025, 3, 4)]
    assert find_date_expressions("It closed on 3/5/2025.", language="en") == []
    assert "English dates) is missed" not in _limits("02_timeline")
    assert "Indonesian and English forms" in _limits("02_timeline")
    assert "*3/5/2024*" in _limits("02_timeline")
    assert "Indonesia dan Inggris" in _limits("02_timeline", "id")
    assert "*according to X*" in _limits("03_framing")
    assert "*according to X*" in _limits("03_framing", "id")
    # a figure's claimant may be the body that did what it counts (evidence `actor`), unmarked
    assert "a doer, not a speaker" in _limits("01_shipment_volumes")
    assert "pelaku, bukan penutur" in _limits("01_shipment_volumes", "id")
