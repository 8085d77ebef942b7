"""The one display helper: labels, numbers, dates, missing values, caps, alignment."""

import pandas as pd

from newsframe.present import display


def claims_like():
    return pd.DataFrame({
        "outlet": ["KompasTV", "NEWSLIVE", "Tribunnews.com"],
        "value": [1000.0, 1_000_000.0, 3e6], "value_high": [None, None, 5e6],
        "caliber_mm": pd.array([pd.NA, 152, pd.NA], dtype="Int64"),
        "qualifier": ["more_than", "exact", "vague"],
        "in_title": [True, False, False],
        "lag_days": [32.0, float("nan"), 0.0],
        "published": ["2023-10-13", "", "2024-02-26"],
        "sentence": ["Lebih dari 1.000 kontainer.", "", "jutaan peluru"],
    })


def test_english_cells_have_no_nan_na_or_float_integers():
    view, numeric = display.prepare(claims_like(), "en")
    assert list(view.columns) == ["Outlet", "Value", "Calibre (mm)", "Qualifier", "In title",
                                  "Lag (days)", "Published", "Sentence"]
    assert view["Value"].tolist() == ["1,000", "1,000,000", "3–5 million"]
    assert view["Calibre (mm)"].tolist() == ["", "152", ""]
    assert view["Lag (days)"].tolist() == ["32", "", "0"]
    assert view["Qualifier"].tolist() == ["more than", "exact", "vague (bar to next order)"]
    assert view["In title"].tolist() == ["yes", "no", "no"]
    assert view["Published"].tolist() == ["13 Oct 2023", "", "26 Feb 2024"]
    assert set(numeric) == {"Value", "Calibre (mm)", "Lag (days)"}
    text = " ".join(view.to_numpy().ravel())
    for bad in ("nan", "NaN", "<NA>", "None"):
        assert bad not in text
    assert not any(cell.endswith(".0") for cell in view[numeric].to_numpy().ravel())


def test_indonesian_labels_values_numbers_and_months():
    view, _ = display.prepare(claims_like(), "id")
    assert view.columns[3] == "Penanda jumlah"
    assert view["Nilai"].tolist() == ["1.000", "1.000.000", "3–5 juta"]
    assert view["Penanda jumlah"].tolist()[:2] == ["lebih dari", "pasti"]
    assert view["Terbit"].tolist() == ["13 Okt 2023", "", "26 Feb 2024"]
    assert view["Di judul"].tolist() == ["ya", "tidak", "tidak"]


def test_index_becomes_columns_and_codes_become_words():
    counts = pd.DataFrame({"source_type": ["kr_government", "us_government"], "n": [2, 3]})
    view, _ = display.prepare(counts.set_index("source_type"), "id")
    assert view["Jenis sumber"].tolist() == ["Pemerintah Korea Selatan", "Pemerintah AS"]


def test_shares_as_percent_and_cap_line():
    table = pd.DataFrame({"accused_heard_share": [0.5, 1.0, None] * 30})
    styler = display.show(table, "id", max_rows=5, what="articles")
    html = styler.to_html()
    assert len(styler.data) == 5
    assert "Menampilkan 5 dari 90 artikel" in html
    assert styler.data.iloc[:3, 0].tolist() == ["50%", "100%", ""]


def test_no_index_text_left_numbers_right_and_escaped():
    html = display.show(pd.DataFrame({"title": ["<b>x</b>"], "n_words": [12]})).to_html()
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x" not in html
    assert "row_heading" not in html  # no index column
    assert "text-align: right" in html and "text-align: left" in html
    assert "min-width: 12rem" in html  # long text never squeezed to a few letters


def test_flags_in_one_column_and_empty_columns_left_out():
    lineage = pd.DataFrame({"value": [1000.0, 6700.0], "stale": pd.array([True, pd.NA]),
                            "unmatched": [True, False], "period_end": ["", ""]})
    view, _ = display.prepare(lineage, "id", flags=["stale", "unmatched"])
    assert list(view.columns) == ["Nilai", "Tanda"]
    assert view["Tanda"].tolist() == ["Usang, Tanpa padanan", ""]
    booleans = display.prepare(pd.DataFrame({"stale": pd.array([True, False])}))[0]
    assert booleans.iloc[:, 0].tolist() == ["yes", "no"]  # numpy/pandas booleans, not 1/0


def test_columns_of_iso_dates_are_dates_whatever_their_name():
    view, _ = display.prepare(pd.DataFrame({"newest_event": ["2022-11-03", ""],
                                            "code": ["2023", "x"]}), "id")
    assert view["Peristiwa terbaru"].tolist() == ["3 Nov 2022", ""]
    assert view["Kode"].tolist() == ["2023", "x"]  # not every value a date: left as text


def test_an_article_without_a_recognised_outlet_says_so_in_every_table():
    # the fuel-quota claims table showed a blank outlet for the two articles it could not name
    table = pd.DataFrame({"outlet": ["Kompas.com", ""], "author": ["", ""], "value": [1.0, 2.0]})
    assert display.prepare(table, "en")[0]["Outlet"].tolist() == ["Kompas.com",
                                                                   "(unknown outlet)"]
    view, _ = display.prepare(table, "id")
    assert view["Media"].tolist() == ["Kompas.com", "(media tidak dikenal)"]
    assert "Penulis" not in view.columns  # other empty columns still leave
    # an event only such an article reported (the fuel chronology's 29 Aug 2022 row)
    events = pd.DataFrame({"reported_by": ["Kompas.com", ""], "n_reports": [1, 1]})
    assert display.prepare(events, "en")[0]["Reported by"].tolist() == ["Kompas.com",
                                                                         "(unknown outlet)"]


def test_the_section_mark_names_a_figure_given_elsewhere_too():
    """A headline's figure the body repeats with a speaker (claimant_evidence ``figure``) has
    the basis ``coreference`` and its §: the legend says so, in both languages."""
    mark_view, prepare = display.mark_view, display.prepare
    table = pd.DataFrame({"value": [100.0], "value_high": [None],
                          "claimant": ["Fisheries Office"],
                          "attribution_basis": ["coreference"]})
    for lang, words in (("en", "the same figure given elsewhere in the article"),
                        ("id", "angka yang sama di bagian lain artikel")):
        view, legend = mark_view(table, prepare(table, columns=["value", "claimant"],
                                                drop_empty=False, lang=lang)[0], lang)
        assert view.iloc[0, 1] == "Fisheries Office §"
        assert legend[0].startswith("§") and words in legend[0]


def test_the_dagger_says_the_speaker_may_come_after_the_figure():
    """† marks every claimant found in another sentence or paragraph (basis ``statement``):
    a statement running on from before, and a lead's figure or a next sentence whose speaker
    is named after it. Its legend and its briefing text say before or after, both languages."""
    from newsframe.present.labels import label
    table = pd.DataFrame({"value": [42.0], "value_high": [None],
                          "claimant": ["Harbour Board"], "attribution_basis": ["statement"]})
    for lang, words, earlier in (("en", "before or after", "earlier"),
                                 ("id", "sebelum atau sesudah", "sebelumnya")):
        view, legend = display.mark_view(table, display.prepare(
            table, columns=["value", "claimant"], drop_empty=False, lang=lang)[0], lang)
        assert view.iloc[0, 1] == "Harbour Board †"
        assert legend[0].startswith("†") and words in legend[0] and earlier not in legend[0]
        assert label("basis_statement", lang).startswith("† ")
        assert "runs on" not in label("basis_statement", lang)


def test_rates_per_100_are_whole_numbers_in_every_row():
    """A rate column (``…_per_100``) is written alike in every row — 8 beside 9, not 8
    beside 9.09: one hedge in 16 sentences is 6 per 100, decimals would claim too much."""
    table = pd.DataFrame({"outlet": ["Harian A", "Warta B", "Kabar C"],
                          "hedges_per_100": [8.0, 100 / 11, 1250 / 3], "n_articles": [2, 3, 1]})
    view = display.show(table, "en").data
    assert view["Hedges per 100 sentences"].tolist() == ["8", "9", "417"]
    assert view["Articles"].tolist() == ["2", "3", "1"]
    view = display.show(table, "id").data
    assert view.iloc[:, 1].tolist() == ["8", "9", "417"]


def test_a_table_of_indicators_can_show_every_number_with_two_decimals():
    """The framing page's indicators (shares of sentences, shares of titles, rates per 100)
    in one table: ``decimals`` writes every number alike — 50.00 beside 6.25 and 0.09."""
    values = pd.DataFrame({"Harian A": [0.09, 1.0, 50.0], "Warta B": [0.0, 0.0, 100 / 16]},
                          index=pd.Index(["frame: conflict", "headline: Number", "hedges"],
                                         name="indicator"))
    assert display.show(values, "en", decimals=2).data.iloc[:, 1:].values.tolist() == [
        ["0.09", "0.00"], ["1.00", "0.00"], ["50.00", "6.25"]]
    assert display.show(values, "id", decimals=2).data.iloc[2, 1:].tolist() == ["50,00", "6,25"]


def test_a_claimant_chosen_among_close_candidates_carries_a_question_mark():
    """A claim whose speaker was chosen among candidates that scored close (evidence
    ``unsure``) says so beside its basis mark and in the legend and the tooltip, both
    languages; an analyst who named the claimant removes it."""
    from newsframe.present.render import claim_tooltip
    table = pd.DataFrame({"value": [64.0, 9.0], "value_high": [None, None],
                          "claimant": ["Dinas Pangan", "Dinas Pangan"],
                          "attribution_basis": ["statement", "statement"],
                          "claimant_evidence": ["unsure", "run_on"],
                          "corrected": ["", ""]})
    for lang, words in (("en", "close call"), ("id", "pilihan tipis")):
        view, legend = display.mark_view(table, display.prepare(
            table, columns=["value", "claimant"], drop_empty=False, lang=lang)[0], lang)
        assert view.iloc[:, 1].tolist() == ["Dinas Pangan † ?", "Dinas Pangan †"]
        assert legend[-1].startswith("?") and words in legend[-1]
        assert words in claim_tooltip(table.iloc[0].to_dict(), lang)
        assert words not in claim_tooltip(table.iloc[1].to_dict(), lang)
    table.loc[0, "corrected"] = "claimant"
    view, _ = display.mark_view(table, display.prepare(
        table, columns=["value", "claimant"], drop_empty=False)[0])
    assert "?" not in view.iloc[0, 1]
