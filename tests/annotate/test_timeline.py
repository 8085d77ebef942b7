"""newsframe.annotate.timeline and analyse.chronology: events, types, lag, grouping, chronology."""

import matplotlib.pyplot as plt
import pandas as pd
import pytest

import newsframe as nf
from newsframe import paths
from newsframe.analyse import chronology
from newsframe.annotate import timeline as tl
from newsframe.present import charts


@pytest.fixture(scope="module")
def articles():
    return nf.load_corpus(paths.SEEDS)


@pytest.fixture(scope="module")
def events(articles):
    return tl.extract_events(articles)


def _event(events, seed, expression):
    rows = events[events["article_id"].str.startswith(seed) & (events["expression"] == expression)]
    assert len(rows) >= 1, expression
    return rows.iloc[0]


def test_columns_exact(events):
    assert list(events.columns) == tl.EVENT_COLUMNS
    assert events["start"].dtype == "int64" and events["relative"].dtype == "bool"


def test_offsets_point_at_expression_for_every_row(articles, events):
    bodies = articles.set_index("article_id")["body"]
    for row in events.itertuples():
        body = bodies[row.article_id]
        assert body[row.start:row.end] == row.expression
        assert row.expression in row.sentence
        assert row.sentence in body


def test_every_row_has_sentence_and_controlled_values(events):
    assert (events["sentence"] != "").all()
    assert set(events["event_type"]) <= set(tl.event_types())
    assert set(events["precision"]) <= set(tl.PRECISIONS)
    assert set(events["kind"]) <= {"point", "range", "since", "until"}
    assert events["event_id"].is_unique


def test_event_counts_per_seed(events):
    # body only (the loader keeps the dek and header date line out of the body)
    counts = events["article_id"].str[:3].value_counts().to_dict()
    assert counts == {"000": 11, "001": 4, "002": 7, "003": 13, "004": 7}


def test_tribunnews_relative_expressions_unresolved(events):
    tribun = events[events["article_id"].str.startswith("002")]
    assert (tribun["published"] == "").all()
    relative = tribun[tribun["relative"]]
    assert len(relative) == 6
    assert (relative["date_start"] == "").all() and (relative["date_end"] == "").all()
    assert (relative["anchor"] == "").all()
    since_2018 = _event(events, "002", "sejak 2018")
    assert (since_2018["date_start"], since_2018["date_end"]) == ("2018-01-01", "")


@pytest.mark.parametrize(
    ("seed", "expression", "date_start", "date_end", "precision", "anchor"),
    [
        ("000", "Jumat (13/10/2023)", "2023-10-13", "2023-10-13", "day", ""),
        ("000", "antara 7 September-1 Oktober", "2023-09-07", "2023-10-01", "day", "2023-10-13"),
        ("000", "bulan lalu", "2023-09-01", "2023-09-30", "month", "2023-10-13"),
        ("001", "dua bulan terakhir", "2022-09-03", "2022-11-03", "month", "2022-11-03"),
        ("003", "Minggu sore", "2023-09-10", "2023-09-10", "day", "2023-09-12"),
        ("004", "sejak bulan Agustus 2023", "2023-08-01", "2023-11-01", "month", "2023-11-01"),
    ],
)
def test_resolution_on_seeds(events, seed, expression, date_start, date_end, precision, anchor):
    row = _event(events, seed, expression)
    assert (row["date_start"], row["date_end"], row["precision"], row["anchor"]) == (
        date_start, date_end, precision, anchor)


@pytest.mark.parametrize(
    ("seed", "expression", "event_type"),
    [
        ("000", "Jumat (13/10/2023)", "statement"),          # Gedung Putih ... mengatakan
        ("000", "antara 7 September-1 Oktober", "shipment"),  # kontainer ... dikirim antara
        ("000", "5 Oktober", "satellite_imagery"),            # citra satelit pada 5 Oktober
        ("000", "Sabtu (14/10)", "statement"),                # kata Kirby, seperti dilansir AP
        ("001", "Rabu (3/11/2022)", "statement"),             # Gedung Putih menuding ..., Rabu
        ("002", "bulan depan", "launch_or_test"),             # meluncurkan satelit ... bulan depan
        ("003", "Selasa (12/9/2023)", "visit_or_meeting"),    # Kim Jong Un tiba di Rusia pada
        ("003", "tahun 2022", "military_action"),             # sejak invasi Moskow ... 2022
        ("004", "sejak bulan Agustus 2023", "shipment"),      # pengiriman senjata ... sejak
    ],
)
def test_event_types_on_seed_sentences(events, seed, expression, event_type):
    assert _event(events, seed, expression)["event_type"] == event_type


def test_actors_on_seed_sentence(events):
    actors = _event(events, "000", "Jumat (13/10/2023)")["actors"].split(";")
    assert "White House" in actors and "North Korea government" in actors


def test_empty_and_error_rows_give_no_events():
    arts = pd.DataFrame({"article_id": ["a", "b"], "body": ["", "Senin lalu."],
                         "status": ["ok", "error"], "published": ["", ""]})
    out = tl.extract_events(arts)
    assert out.empty and list(out.columns) == tl.EVENT_COLUMNS


def test_filter_events_by_precision_type_and_window(events):
    fine = chronology.filter_events(events, min_precision="month")
    assert set(fine["precision"]) <= {"day", "week", "month"}
    window = chronology.filter_events(events, start="2023-10-01", end="2023-10-31")
    assert "Jumat (13/10/2023)" in set(window["expression"])
    assert "tahun 1948" not in set(window["expression"])
    assert chronology.filter_events(events, event_types=["sanctions"]).empty


def test_report_lag_on_seeds(events):
    lag = chronology.report_lag(events).set_index("article_id")
    assert "002_070c2e44d61fb293" not in lag.index  # no publication date
    liputan6 = lag.loc["000_aa34f2be23785672"]
    assert liputan6["lag_days_min"] == 0.0  # the statement of the publication day
    assert liputan6["lag_days_max"] == 13.0  # "bulan lalu" = September: 13 days before 13 Oct


def test_same_event_across_outlets(events):
    grouped = chronology.group_same_events(events)
    summary = chronology.summarise_groups(grouped)
    visits = summary[summary["event_type"] == "visit_or_meeting"].iloc[0]
    assert set(visits["outlets"].split(";")) == {"IndonesiaSatu.co", "Liputan6.com", "NEWSLIVE"}
    assert "Kim Jong Un" in visits["actors"]
    statement = summary[summary["event_type"] == "statement"].iloc[0]
    assert set(statement["outlets"].split(";")) == {"Liputan6.com", "NEWSLIVE"}
    assert statement["date_start"] == "2023-10-13"
    # "17 bulan terakhir" is a window, not an event: never grouped
    assert "17 bulan terakhir" not in set(grouped["expression"])


def test_chronology_sorted_and_complete(events):
    table = chronology.build_chronology(events)
    assert table["date_start"].is_monotonic_increasing
    assert table.iloc[0]["date_start"] == "1948-01-01"
    assert (table["sentence"] != "").all()
    assert table["n_reports"].sum() == len(
        events[(events["date_start"] != "") & events["kind"].isin(["point", "range", "since"])])


def test_empty_inputs_give_typed_empty_tables():
    empty = tl.extract_events(pd.DataFrame({"article_id": [], "body": []}))
    assert chronology.report_lag(empty).empty
    assert chronology.group_same_events(empty).empty
    assert chronology.summarise_groups(chronology.group_same_events(empty)).empty
    assert chronology.build_chronology(empty).empty


def test_plot_timeline_draws_month_as_span(events, articles):
    fig = charts.plot_timeline(chronology.filter_events(events, min_precision="month"), articles)
    ax = fig.axes[0]
    assert len(ax.patches) > 0  # month/week events are bars (spans), not points
    assert [t.get_text() for t in ax.get_yticklabels()] == sorted(
        set(articles.loc[articles["published"] != "", "outlet"]))
    plt.close(fig)


def _brute_force_groups(pool, keys):
    """All pairs: linked when different article, same type, shared key, overlapping dates."""
    import numpy as np

    first = pd.to_datetime(pool["date_start"]).to_numpy()
    last = pd.to_datetime(pool["date_end"]).to_numpy()
    arts, types = pool["article_id"].to_numpy(), pool["event_type"].to_numpy()
    shared = np.array([[bool(a & b) for b in keys] for a in keys])
    linked = ((first[:, None] <= last[None, :]) & (first[None, :] <= last[:, None])
              & (arts[:, None] != arts[None, :]) & (types[:, None] == types[None, :]) & shared)
    label = list(range(len(pool)))
    changed = True
    while changed:  # propagate the smallest label along edges until stable
        changed = False
        for i, j in zip(*np.nonzero(linked), strict=True):
            if label[i] != label[j]:
                label[i] = label[j] = min(label[i], label[j])
                changed = True
    return {frozenset(pool["event_id"][[k for k in range(len(pool)) if label[k] == g]])
            for g in set(label)}


def test_grouping_equals_all_pairs_on_2000_events():
    """The blocked sweep gives the same groups as comparing every pair (2,000 synthetic
    events, many on the same days, several events per article, mixed precisions)."""
    import numpy as np

    rng = np.random.default_rng(11)
    n = 2000
    day = pd.Timestamp("2023-09-01") + pd.to_timedelta(rng.integers(0, 120, n), unit="D")
    width = rng.choice([0, 0, 0, 6, 29, 90], n)
    actors = rng.choice(["White House", "US government", "Kim Jong Un", "Vladimir Putin",
                         "Yonhap", "White House;Kim Jong Un", "Kremlin"], n)
    events = pd.DataFrame({
        "article_id": [f"a{i:04d}" for i in rng.integers(0, 700, n)],
        "event_id": [f"e{i:04d}" for i in range(n)], "outlet": "X", "published": "2024-01-31",
        "date_start": day.strftime("%Y-%m-%d"),
        "date_end": (day + pd.to_timedelta(width, unit="D")).strftime("%Y-%m-%d"),
        "precision": ["day" if w == 0 else "month" for w in width], "kind": "point",
        "event_type": rng.choice(["statement", "shipment", "visit_or_meeting"], n),
        "actors": actors})
    grouped = chronology.group_same_events(events)
    assert 5 < grouped["group_id"].nunique() and len(grouped) < n
    pool = events[width <= 62].reset_index(drop=True)
    keys = [chronology._actor_keys(a, "type") for a in pool["actors"]]
    expected = {g for g in _brute_force_groups(pool, keys)
                if pool.set_index("event_id").loc[list(g), "article_id"].nunique() >= 2}
    assert set(grouped.groupby("group_id")["event_id"].apply(frozenset)) == expected
    earliest = grouped.groupby("group_id")["date_start"].min()
    assert earliest.is_monotonic_increasing  # G001, G002, ... by earliest date


@pytest.mark.parametrize(("body", "event_type", "description"), [
    # invented sentences of other stories, in the style of Indonesian reports
    ("BPBD Cianjur mencatat jumlah korban meninggal bertambah menjadi 62 orang pada Selasa "
     "(22/11/2022).", "count_update",
     "BPBD Cianjur mencatat jumlah korban meninggal bertambah menjadi 62 orang"),
    ("Gempa berkekuatan 5,6 magnitudo mengguncang Cianjur pada Senin (21/11/2022) siang.",
     "disaster", "Gempa berkekuatan 5,6 magnitudo mengguncang Cianjur"),
    ("Kementerian ESDM pada Kamis (3/8/2023) menetapkan kuota solar bersubsidi tahun depan.",
     "decision", "Kementerian ESDM menetapkan kuota solar bersubsidi tahun depan"),
    ("Kepala dinas menepis kabar kelangkaan elpiji di Sleman, Rabu (2/8/2023).", "denial",
     "Kepala dinas menepis kabar kelangkaan elpiji di Sleman"),
    ("Sebuah bus pariwisata mengalami kecelakaan di tol Cipali pada 18 April 2023.", "accident",
     "Sebuah bus pariwisata mengalami kecelakaan di tol Cipali"),
    ("Pemprov menyalurkan 400 paket sembako kepada warga terdampak sejak 5 Januari 2024.",
     "distribution", "Pemprov menyalurkan 400 paket sembako kepada warga terdampak"),
    ("JAKARTA, KOMPAS.com - Presiden mengumumkan kenaikan upah minimum pada 21 November 2023.",
     "announcement", "Presiden mengumumkan kenaikan upah minimum"),
])
def test_events_of_any_story_say_what_happened(body, event_type, description):
    articles = pd.DataFrame({"article_id": ["x"], "outlet": ["X"], "published": ["2024-02-01"],
                             "status": ["ok"], "body": [body]})
    row = nf.extract_events(articles).iloc[0]
    assert (row["event_type"], row["description"]) == (event_type, description)


def test_seed_events_keep_their_types_and_read_as_what_happened(seed_articles):
    events = nf.extract_events(seed_articles)
    assert events["event_type"].value_counts().to_dict() == {
        "statement": 11, "visit_or_meeting": 10, "shipment": 8, "military_action": 4,
        "satellite_imagery": 3, "other": 2, "diplomatic_agreement": 2, "launch_or_test": 2}
    by_expression = events.set_index("expression")["description"]
    assert by_expression["Jumat (13/10/2023)"] == (
        "Gedung Putih mengatakan, Korea Utara telah mengirimkan lebih dari 1.000 kontainer "
        "peralatan")
    assert by_expression["Rabu (3/11/2022)"].startswith("Gedung Putih menuding Korea Utara")
    assert by_expression["Selasa (12/9/2023)"] == "pemimpin Korea Utara Kim Jong Un tiba di Rusia"
    assert (events["description"] != "").all()


def test_groups_on_the_same_day_are_named_by_their_first_row_not_by_union_order():
    # two groups reported on the same day: A (rows 0 and 3) and B (rows 1 and 2); union-find
    # makes a component's root its last member swept, so naming by root put B first, and the
    # sweep's order of blocks follows string hashing (names changed between runs)
    rows = [("a", "White House"), ("c", "Kremlin"), ("d", "Kremlin"), ("b", "White House")]
    events = pd.DataFrame({
        "article_id": [a for a, _ in rows], "event_id": [f"{a}:E001" for a, _ in rows],
        "outlet": ["W", "X", "Y", "Z"], "published": ["2023-10-14"] * 4,
        "date_start": ["2023-10-13"] * 4, "date_end": ["2023-10-13"] * 4,
        "precision": ["day"] * 4, "kind": ["point"] * 4, "event_type": ["statement"] * 4,
        "actors": [actor for _, actor in rows]})
    grouped = chronology.group_same_events(events, match_on="canonical")
    named = dict(zip(grouped["event_id"], grouped["group_id"], strict=True))
    assert named == {"a:E001": "G001", "b:E001": "G001", "c:E001": "G002", "d:E001": "G002"}


def test_an_english_article_gets_english_dates_and_event_types():
    """Round 8a: an English body is read with the English rows of the date and event lexicons;
    relative dates resolve against its publication date as Indonesian ones do."""
    arts = pd.DataFrame({
        "article_id": ["en"], "outlet": ["Harbour Times"], "published": ["2025-06-12"],
        "published_precision": ["day"], "status": ["ok"],
        "body": ["The storm flooded the lower town on Monday, the port authority said. "
                 "A similar flood struck in March 2019. The toll rose to 12 last week."]})
    events = nf.extract_events(arts).set_index("expression")
    assert events.loc["Monday", ["date_start", "event_type", "anchor"]].tolist() == [
        "2025-06-09", "disaster", "2025-06-12"]
    assert events.loc["March 2019", ["date_start", "date_end", "precision"]].tolist() == [
        "2019-03-01", "2019-03-31", "month"]
    assert events.loc["last week", ["date_start", "event_type"]].tolist() == [
        "2025-06-02", "count_update"]


def test_an_indonesian_article_keeps_its_indonesian_reading():
    arts = pd.DataFrame({"article_id": ["id"], "published": ["2025-06-12"],
                         "body": ["Banjir melanda kota pada Senin, kata petugas, bukan "
                                  "pada Monday seperti tertulis di spanduk."]})
    assert nf.extract_events(arts)["expression"].tolist() == ["Senin"]


def test_grouping_carries_every_column_of_the_grouped_events_and_ranks_each_precision_once():
    # the grouping reads a few columns and takes the others (sentences, anything a caller
    # added) once at the end: they must come back with their rows, in the events' order
    events = pd.DataFrame({
        "article_id": ["p", "q", "r", "q"], "event_id": ["p:E1", "q:E1", "r:E1", "q:E2"],
        "outlet": ["Pos Utara", "Kabar Kota", "Suara Pesisir", "Kabar Kota"],
        "published": ["2024-05-09", "2024-05-08", "2024-05-20", "2024-05-08"],
        "date_start": ["2024-05-02", "2024-05-01", "2024-01-01", "2024-05-01"],
        "date_end": ["2024-05-02", "2024-05-31", "2024-12-31", "2024-05-31"],
        "precision": ["day", "month", "year", "month"], "kind": ["point"] * 4,
        "event_type": ["meeting", "meeting", "meeting", "shipment"],
        "actors": ["Kremlin", "Kremlin", "Kremlin", "Kremlin"],
        "sentence": ["Utusan bertemu Kremlin Kamis.", "Pertemuan digelar Mei.",
                     "Tahun ini ada pertemuan.", "Kiriman tiba Mei."],
        "reader_note": ["first", "second", "third", "fourth"]})
    assert chronology.filter_events(events, "month")["event_id"].tolist() == [
        "p:E1", "q:E1", "q:E2"]  # the year is too coarse
    grouped = chronology.group_same_events(events, match_on="canonical")
    assert list(grouped.columns) == [*events.columns, "group_id", "lag_days"]
    assert grouped[["event_id", "group_id", "lag_days", "reader_note"]].values.tolist() == [
        ["q:E1", "G001", -23.0, "second"], ["p:E1", "G001", 7.0, "first"]]
    assert grouped["sentence"].tolist() == ["Pertemuan digelar Mei.",
                                            "Utusan bertemu Kremlin Kamis."]


def test_chronology_of_a_group_and_the_events_outside_it():
    # the two Kremlin meetings are one group (one row, two reports); the shipment and the
    # open "sejak" range stay single rows, with their own outlet, expression and sentence
    events = pd.DataFrame({
        "article_id": ["p", "q", "q", "r"], "event_id": ["p:E1", "q:E1", "q:E2", "r:E1"],
        "outlet": ["Pos Utara", "Kabar Kota", "Kabar Kota", "Suara Pesisir"],
        "published": ["2024-05-09", "2024-05-08", "2024-05-08", "2024-05-20"],
        "date_start": ["2024-05-02", "2024-05-01", "2024-05-01", "2024-03-01"],
        "date_end": ["2024-05-02", "2024-05-31", "2024-05-31", ""],
        "precision": ["day", "month", "month", "month"],
        "kind": ["point", "point", "point", "since"],
        "event_type": ["meeting", "meeting", "shipment", "shipment"],
        "actors": ["Kremlin", "Kremlin", "Kremlin", ""], "description": [""] * 4,
        "expression": ["Kamis", "Mei", "Mei", "sejak Maret"],
        "sentence": ["Utusan bertemu Kremlin Kamis.", "Pertemuan digelar Mei.",
                     "Kiriman tiba Mei.", "Kiriman mengalir sejak Maret."],
        "reader_note": ["a", "b", "c", "d"]})
    grouped = chronology.group_same_events(events, match_on="canonical")
    table = chronology.build_chronology(events, grouped)
    assert table[["date_start", "event_type", "reported_by", "n_reports", "expression",
                  "article_id"]].values.tolist() == [
        ["2024-03-01", "shipment", "Suara Pesisir", 1, "sejak Maret", "r"],
        ["2024-05-01", "shipment", "Kabar Kota", 1, "Mei", "q"],
        ["2024-05-02", "meeting", "Kabar Kota;Pos Utara", 2, "", "p"]]
    assert "reader_note" not in table.columns


@pytest.mark.parametrize("sentence, language, expected", [
    ("The harbour board said on Thursday in a note that two cranes had failed.", "en",
     "The harbour board said in a note that two cranes had failed"),
    ("Inspectors reported in late June that the dam wall was cracking.", "en",
     "Inspectors reported that the dam wall was cracking"),
    ("The clinic said as of June 4 it had treated 85 patients.", "en",
     "The clinic said it had treated 85 patients"),
    ("Bupati menegaskan pada tanggal 7 Juni bahwa jembatan itu ditutup.", "id",
     "Bupati menegaskan jembatan itu ditutup"),
    ("Dinas kesehatan mencatat per 4 Juni ada 85 pasien dirawat.", "id",
     "Dinas kesehatan mencatat ada 85 pasien dirawat"),
])
def test_description_drops_the_words_leading_into_the_date(sentence, language, expected):
    """The date cut out of the sentence takes its preposition along ("said on in …" before)."""
    (found,) = nf.lang.dates.find_date_expressions(sentence, pd.Timestamp("2024-06-20").date(),
                                                   language)
    assert tl.describe_event(sentence, (found.start, found.end)) == expected
