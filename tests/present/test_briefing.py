"""newsframe.present.briefing on the seed articles (facts checked by reading seeds/*.txt and
the seed story pack's official_statements.csv) and on empty inputs."""

import math

import pandas as pd
import pytest

import newsframe as nf
from newsframe.analyse import chronology
from newsframe.present import briefing

SEED_STATEMENTS = nf.load_statements(nf.paths.STORIES / "korea-russia-arms")


@pytest.fixture(scope="module")
def seed_tables():
    return nf.open_tables(corpus_dir=nf.paths.SEEDS)


@pytest.fixture(scope="module")
def seed_lineage(seed_tables):
    return nf.match_statements(seed_tables[1]["claims"], SEED_STATEMENTS)


@pytest.mark.parametrize("value, high, qualifier, unit, lang, caliber, expected", [
    (1000.0, math.nan, "more_than", "container", "en", None, "more than 1,000 containers"),
    (1000.0, math.nan, "more_than", "container", "id", None, "lebih dari 1.000 kontainer"),
    (6700.0, math.nan, "about", "container", "en", None, "about 6,700 containers"),
    (1e6, 1e7, "vague", "rocket", "en", None, "millions of rockets"),
    (1e6, 1e7, "vague", "rocket", "id", None, "jutaan roket"),
    (1e5, math.nan, "vague", "shell", "en", None, "hundreds of thousands of shells"),
    (2e6, 1e7, "vague", "shell", "en", None, "at least 2 million shells (vague)"),
    (5e5, math.nan, "up_to", "shell", "en", 122, "up to 500,000 shells (122 mm)"),
    (math.nan, math.nan, "vague", "shell", "en", None, "shells (no count given)"),
    (4.8e6, math.nan, "exact", "shell", "id", None, "4,8 juta peluru"),
    # a range is its two ends, with no code before it (was "qualifier_range 80–90 percent")
    (80.0, 90.0, "range", "percent", "en", None, "80–90 percent"),
    (80.0, 90.0, "range", "percent", "id", None, "80–90 persen"),
    (17331.0, math.nan, "exact", "case", "id", None, "17.331 kasus"),
])
def test_format_figure(value, high, qualifier, unit, lang, caliber, expected):
    assert briefing.format_figure(value, high, qualifier, unit, lang, caliber) == expected


def test_key_figures_on_seeds(seed_lineage):
    figures = briefing.key_figures(seed_lineage, top_n=10).set_index("figure")
    assert len(figures) == 10
    # Tribunnews: "Kim Jong Un ... 6.700 kontainer", said by Shin Won-sik (undated article)
    assert figures.at["6,700 containers", "claimant"] == "Shin Won-sik"
    assert figures.at["6,700 containers", "first_published"] == ""
    assert figures.at["6,700 containers", "statement_date"] == "2024-02-26"
    # Liputan6 2023-10-13: "Gedung Putih ... lebih dari 1.000 kontainer"
    assert figures.at["more than 1,000 containers", "claimant"] == "White House"
    assert figures.at["more than 1,000 containers", "first_published"] == "2023-10-13"
    assert figures.at["more than 1,000 containers", "outlets"] == "Liputan6.com"
    # the Liputan6 title repeats 1.000 without "lebih dari": counted once, not as its own figure
    assert "US government" not in set(figures.loc[figures["outlets"] == "Liputan6.com", "claimant"])


def test_key_figures_top_n_and_empty(seed_lineage):
    assert len(briefing.key_figures(seed_lineage, top_n=3)) == 3
    empty = briefing.key_figures(seed_lineage.iloc[0:0])
    assert empty.empty and list(empty.columns) == briefing.KEY_FIGURE_COLUMNS


def test_official_escalation():
    table = briefing.official_escalation(SEED_STATEMENTS, "KP->RU")
    assert table["statement_date"].iloc[0] == "2022-11-02"
    assert table["statement_date"].is_monotonic_increasing
    last = table.iloc[-1]
    assert last["statement_date"] == "2024-08-27"
    assert last["figures"].startswith("more than 13,000 containers")
    # 2024-02-26: 3 million 152 mm OR 500,000 122 mm — alternatives, never a sum
    feb = table.set_index("statement_date").loc["2024-02-26"]
    assert "up to 3 million shells (152 mm) or up to 500,000 shells (122 mm)" in feb["figures"]
    assert "containers" not in feb["new_high"]  # 6,700 < 10,000 of 2024-02-23
    # RU->KP (9,000 containers back to North Korea) is not part of the escalation
    assert "9,000" not in " ".join(table["figures"])


def test_official_escalation_until_end():
    table = briefing.official_escalation(SEED_STATEMENTS, "KP->RU", end="2023-12-31")
    assert table["statement_date"].iloc[-1] == "2023-12-29"
    assert briefing.latest_official_figure(SEED_STATEMENTS, "KP->RU", end="2023-12-31") == (
        "about 5,000 containers", "2023-12-29")
    assert briefing.official_escalation(SEED_STATEMENTS, "KP->RU", end="2000-01-01").empty


def test_compact_timeline_on_seeds(seed_tables):
    events = chronology.filter_events(seed_tables[1]["events"], "month")
    table = briefing.compact_timeline(chronology.build_chronology(events), max_rows=5)
    assert len(table) == 5
    assert table["when"].is_monotonic_increasing
    # Kim Jong Un's arrival in Russia (2023-09-10) is reported by three outlets
    visit = table.set_index("when").loc["2023-09-10"]
    assert visit["reported_by"] == "IndonesiaSatu.co; Liputan6.com; NEWSLIVE"
    assert briefing.compact_timeline(chronology.build_chronology(events.iloc[0:0])).empty


def test_framing_highlights_on_seeds(seed_tables):
    articles, tables = seed_tables
    indicators = nf.framing_indicators(articles, tables["frames"])
    balance = nf.source_balance(articles, tables["attributions"], tables.story.story)
    table = briefing.framing_highlights(articles, indicators, balance,
                                        tables["attributions"]).set_index("outlet")
    assert len(table) == 5
    # Liputan6 quotes North Korea's denial; KompasTV reports North Korea blaming the US and
    # condemning the West's "kebijakan hegemonik", but no denial by it (Iran denies)
    assert table.at["Liputan6.com", "accused_denial_share"] == 1.0
    assert table.at["KompasTV", "accused_heard_share"] == 1.0
    assert table.at["KompasTV", "accused_denial_share"] == 0.0
    assert table.at["NEWSLIVE", "top_source_type"] == "kr_government"
    assert table.at["Liputan6.com", "headline_number_share"] == 1.0  # "Kirim 1.000 Kontainer"
    empty = briefing.framing_highlights(articles.iloc[0:0], indicators.iloc[0:0],
                                        balance.iloc[0:0], tables["attributions"].iloc[0:0])
    assert empty.empty and list(empty.columns) == briefing.HIGHLIGHT_COLUMNS


def test_display_table_labels_and_escapes():
    table = pd.DataFrame({"figure": ["<script>x</script>", "y"],
                          "first_published": ["", "2023-10-13"]})
    nf.present.theme.apply_theme()
    html = briefing.display_table(table, ["figure", "first_published"], "id").to_html()
    assert "<script>x" not in html and "&lt;script&gt;x" in html and "Pertama dimuat" in html
    assert 'class="data row0 col1 nf-text" ></td>' in html  # a missing date: an empty cell
    assert "13 Okt 2023" in html




@pytest.mark.parametrize("lang", ["en", "id"])
def test_basis_line_names_every_attribution_basis_in_words(lang):
    # the outlet's own figure showed as "basis_outlet 1" under the key figures
    bases = list(nf.schema.ATTRIBUTION_BASES)
    line = briefing.basis_line(pd.DataFrame({"attribution_basis": bases,
                                             "review": [""] * len(bases)}), lang)
    assert "basis_" not in line
    assert ("the outlet's own figure 1" if lang == "en" else "angka media itu sendiri 1") in line


@pytest.mark.parametrize("lang", ["en", "id"])
def test_story_heading_without_a_pack_reads_as_written(lang):
    # the how-to line lost "<slug>" to the Markdown renderer ("data/stories//"), the pack
    # line said "Story pack: none" on Indonesian pages too, and the dates were ISO
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    articles = pd.DataFrame({"outlet": ["Kontan", "Ntvnews.id"],
                             "published": ["2022-03-27", "2024-12-13"]})
    page = markdown2html_mistune(briefing.story_heading(
        None, "auto: no story pack matches", articles, lang))
    assert "data/stories/&lt;slug&gt;/" in page
    assert "none" not in page
    assert ("(27 Mar 2022 – 13 Dec 2024)" if lang == "en" else "(27 Mar 2022 – 13 Des 2024)") \
        in page
    assert ("<em>auto: no story pack matches</em>" if lang == "en" else
            "<em>otomatis: tidak ada paket cerita yang cocok</em>") in page


LINEAGE_FLAGS = ["value_changed", "qualifier_dropped", "unit_changed", "alternatives_merged",
                 "stale", "unmatched"]


@pytest.mark.parametrize(("notebook", "lang", "heading", "columns"), [
    ("04_briefing.ipynb", "en", "## Key figures", ["claimant", "statement_date",
                                                    "statement_claimant"]),
    ("id/04_briefing.ipynb", "id", "## Angka kunci", ["claimant", "statement_date",
                                                       "statement_claimant"]),
    ("00_corpus.ipynb", "en", "## Warnings", ["outlet_evidence", "published_evidence"]),
    ("id/00_corpus.ipynb", "id", "## Peringatan", ["outlet_evidence", "published_evidence"]),
    *[(f"{folder}01_shipment_volumes.ipynb", lang, heading, ["lag_days", *LINEAGE_FLAGS])
      for folder, lang, heading in (("", "en", "## Lineage"), ("id/", "id", "## Silsilah"))],
    *[(f"{folder}01_shipment_volumes.ipynb", lang, heading,
       ["value", "item", "qualifier", "claimant", "relayed_by", "in_title"])
      for folder, lang, heading in (("", "en", "## The claims table"),
                                    ("id/", "id", "## Tabel klaim"))],
    *[(f"{folder}02_timeline.ipynb", lang, heading, columns)
      for folder, lang, heading, columns in (
          ("", "en", "## Report lag", ["lag_days_min"]),
          ("id/", "id", "## Jeda pemberitaan", ["lag_days_min"]),
          ("", "en", "## The same event", ["lag_days_min", "lag_days_max"]),
          ("id/", "id", "## Peristiwa yang sama", ["lag_days_min", "lag_days_max"]),
          ("", "en", "## Chronology", ["sentence"]),
          ("id/", "id", "## Kronologi", ["sentence"]))],
])
def test_prose_names_columns_by_the_headers_the_table_shows(notebook, lang, heading, columns):
    # the key figures' prose explained "Attributed to" and "Official statement of", columns
    # the table calls Claimant, Statement date and Official source
    import re

    import nbformat

    cells = [c.source for c in nbformat.read(nf.paths.NOTEBOOKS / notebook, 4).cells
             if c.cell_type == "markdown" and c.source.startswith(heading)]
    named = set(re.findall(r"\*([^*]+)\*", cells[0]))
    headers = briefing.display_table(pd.DataFrame({c: ["x"] for c in columns}), columns,
                                     lang).data.columns
    assert named == set(headers)


def test_notebook_prose_names_no_column_by_its_code():
    # `lag_days_min`, `published_evidence`, `value_high` … in the prose, where the tables
    # say Shortest lag (days), Date from, …: a reader cannot match the two
    import re

    import nbformat

    from newsframe.present.labels import label

    found = []
    for notebook in sorted(nf.paths.NOTEBOOKS.glob("*.ipynb")) + sorted(
            (nf.paths.NOTEBOOKS / "id").glob("*.ipynb")):
        for cell in nbformat.read(notebook, 4).cells:
            if cell.cell_type != "markdown":
                continue
            for code in re.findall(r"`([^`]+)`", cell.source):
                header = label(f"col_{code}", "en")
                if header != f"col_{code}" and header.lower() != code.replace("_", " "):
                    found.append(f"{notebook.name}: {code} ({header})")
    assert found == []


def test_a_measures_key_figure_and_count_say_what_it_measures():
    from newsframe.analyse.counts import count_history, count_summary

    claims = pd.DataFrame({
        "article_id": ["a", "b"], "claim_id": ["a:1", "b:1"], "outlet": ["X", "Y"],
        "published": ["2025-06-01", "2025-06-03"], "value": [2.0e6, 2.4e6],
        "value_high": [float("nan")] * 2, "unit": ["ton"] * 2, "qualifier": ["exact"] * 2,
        "item": ["impor gula", "gula impor"], "claimant": ["Kemendag", "Bulog"],
        "sentence": ["Impor gula 2 juta ton.", "Gula impor 2,4 juta ton."]})
    counts = briefing.count_table(count_summary(count_history(claims)))
    assert counts["kind"].tolist() == ["Tonnes (gula): imported"]
    assert counts["latest"].iloc[0].startswith("2.4 million tonnes (Bulog")
    assert briefing.format_figure(2.0e6, float("nan"), "exact", "ton", "id", family="imported",
                                  thing="gula") == "2 juta ton (gula) diimpor"


def test_key_figures_leave_out_a_title_figure_repeating_its_articles_body():
    # the title's 7,000 repeats article k1's body figure (left out, though named by nobody);
    # k2's title figure 2,500 is not in its body (kept); the lineage's other columns unused
    articles = pd.DataFrame({
        "article_id": ["k1", "k2"], "outlet": ["Harian Timur", "Suara Barat"],
        "title": ["Pyongyang kirim 7.000 kontainer ke Moskow", "Moskow terima 2.500 kontainer"],
        "published": ["2024-02-05", "2024-02-07"], "status": ["ok"] * 2,
        "body": ["Kementerian Pertahanan Korea Selatan mengatakan Korea Utara telah mengirim "
                 "7.000 kontainer amunisi ke Rusia.",
                 "Badan intelijen Korea Selatan menyebut sekitar 4.000 kontainer dikirim sejak "
                 "Agustus."]})
    lineage = nf.match_statements(nf.extract_claims(articles), SEED_STATEMENTS)
    lineage.loc[lineage["in_title"] & (lineage["value"] == 7000), "claimant"] = ""
    repeats = lineage[briefing._headline_repeats(lineage)]
    assert repeats[["article_id", "in_title", "value"]].values.tolist() == [["k1", True, 7000.0]]
    figures = briefing.key_figures(lineage.assign(extra_note="unused"))
    assert figures[["figure", "claimant", "article_id"]].values.tolist() == [
        ["2,500 containers", "Suara Barat", "k2"],
        ["about 4,000 containers", "Badan intelijen Korea Selatan", "k2"],
        ["7,000 containers", "South Korea Ministry of National Defense", "k1"]]


def test_what_the_unit_says_is_not_said_twice():
    """*49 ribu kasus TBC* counts cases (unit) of the family cases, and *3,000 people* counts
    people the item calls people: the key figures read each word once, in both languages."""
    nan = float("nan")
    assert briefing.format_figure(49000.0, nan, "about", "case", family="cases") == \
        "about 49,000 cases"
    assert briefing.format_figure(49000.0, nan, "about", "case", "id", family="cases") == \
        "sekitar 49.000 kasus"
    assert briefing.format_figure(3000.0, nan, "exact", "person", thing="people") == \
        "3,000 people"
    from newsframe.present.charts import kind_label

    assert [kind_label("case: cases"), kind_label("case: cases", "id"),
            kind_label("person: cases")] == ["Cases", "Kasus", "People: cases"]


def test_the_basis_line_names_a_figure_given_elsewhere():
    figures = pd.DataFrame({"attribution_basis": ["coreference"], "review": [""]})
    assert "§ a pronoun or description resolved, or the figure given elsewhere 1" in \
        briefing.basis_line(figures)
    assert "atau angka yang sama di bagian lain 1" in briefing.basis_line(figures, "id")
