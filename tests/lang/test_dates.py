"""newsframe.lang.dates: hand-labelled seed expressions, forms, weekday check, edge cases."""

import csv
from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsframe import paths
from newsframe.lang.dates import (
    PRECISIONS,
    DateExpression,
    find_date_expressions,
    parse_date_line,
    precision_rank,
)

FIXTURE = paths.ROOT / "tests" / "fixtures" / "date_expressions.csv"


def _iso(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def _labelled() -> list[dict]:
    with FIXTURE.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _seed_text(seed: str) -> str:
    (path,) = paths.SEEDS.glob(f"{seed}_*.txt")
    return path.read_text(encoding="utf-8")


def _find(seed: str, anchor: str) -> list[DateExpression]:
    return find_date_expressions(_seed_text(seed), _iso(anchor))


LABELLED = _labelled()


def test_at_least_forty_labelled_expressions():
    assert len(LABELLED) >= 40


@pytest.mark.parametrize("row", LABELLED, ids=[f"{r['seed']}-{r['expression']}-{r['occurrence']}"
                                                 for r in LABELLED])
def test_labelled_seed_expression(row):
    matches = [e for e in _find(row["seed"], row["anchor"]) if e.expression == row["expression"]]
    assert len(matches) >= int(row["occurrence"]), f"{row['expression']!r} not found"
    found = matches[int(row["occurrence"]) - 1]
    assert found.date_start == _iso(row["date_start"])
    assert found.date_end == _iso(row["date_end"])
    assert found.precision == row["precision"]
    assert found.kind == row["kind"]
    assert found.relative == (row["relative"] == "True")


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_seed_finds_exactly_the_labelled_expressions(seed):
    """No missed and no spurious expression on the seeds (recall and precision)."""
    rows = [r for r in LABELLED if r["seed"] == seed]
    found = _find(seed, rows[0]["anchor"])
    assert sorted(e.expression for e in found) == sorted(r["expression"] for r in rows)


def test_kompastv_weekday_is_wrong():
    """KompasTV says Rabu (3/11/2022) but 3 November 2022 was a Thursday."""
    (found,) = [e for e in _find("001", "2022-11-03") if e.expression == "Rabu (3/11/2022)"]
    assert found.weekday_stated == "Rabu"
    assert found.weekday_ok is False
    assert found.date_start == date(2022, 11, 3)  # the numeric date wins


def test_liputan6_weekdays_are_right():
    found = {e.expression: e for e in _find("000", "2023-10-13")}
    assert found["Jumat (13/10/2023)"].weekday_ok is True
    assert found["Sabtu (14/10)"].weekday_ok is True


def test_relative_without_anchor_stays_unresolved():
    """Tribunnews has no publication date: never resolve against today."""
    for expr in _find("002", ""):
        if expr.relative:
            assert expr.date_start is None and expr.date_end is None
            assert expr.anchor is None


A = date(2023, 10, 13)  # a Friday


@pytest.mark.parametrize(
    ("text", "expression", "start", "end", "precision", "kind"),
    [
        ("dikirim 7–9 Oktober 2023", "7–9 Oktober 2023", "2023-10-07", "2023-10-09", "day",
         "range"),
        ("pada 1 November 2023", "1 November 2023", "2023-11-01", "2023-11-01", "day", "point"),
        ("12 Sep 2023 10:58", "12 Sep 2023", "2023-09-12", "2023-09-12", "day", "point"),
        ("sejak Agustus 2023", "sejak Agustus 2023", "2023-08-01", "2023-10-13", "month", "since"),
        ("pada bulan Juli", "bulan Juli", "2023-07-01", "2023-07-31", "month", "point"),
        ("Juli tahun lalu", "Juli tahun lalu", "2022-07-01", "2022-07-31", "month", "point"),
        ("Agustus lalu", "Agustus lalu", "2023-08-01", "2023-08-31", "month", "point"),
        ("Februari tahun ini", "Februari tahun ini", "2023-02-01", "2023-02-28", "month", "point"),
        ("September 2023", "September 2023", "2023-09-01", "2023-09-30", "month", "point"),
        ("pada awal 2022", "awal 2022", "2022-01-01", "2022-04-30", "year", "point"),
        ("pertengahan 2022", "pertengahan 2022", "2022-05-01", "2022-08-31", "year", "point"),
        ("akhir 2022", "akhir 2022", "2022-09-01", "2022-12-31", "year", "point"),
        ("pada 1948, ketika", "1948", "1948-01-01", "1948-12-31", "year", "point"),
        ("sejak 2018", "sejak 2018", "2018-01-01", "2023-10-13", "year", "since"),
        ("tahun 90-an", "tahun 90-an", "1990-01-01", "1999-12-31", "decade", "point"),
        ("kemarin sore", "kemarin sore", "2023-10-12", "2023-10-12", "day", "point"),
        ("pekan depan", "pekan depan", "2023-10-16", "2023-10-22", "week", "point"),
        ("bulan depan", "bulan depan", "2023-11-01", "2023-11-30", "month", "point"),
        ("akhir pekan lalu", "akhir pekan lalu", "2023-10-07", "2023-10-08", "week", "point"),
        ("Senin lalu", "Senin lalu", "2023-10-09", "2023-10-09", "day", "point"),
        ("pada hari Senin", "hari Senin", "2023-10-09", "2023-10-09", "day", "point"),
        ("dua bulan lalu", "dua bulan lalu", "2023-08-01", "2023-08-31", "month", "point"),
        ("sebulan terakhir", "sebulan terakhir", "2023-09-13", "2023-10-13", "month", "range"),
        ("kuartal III 2023", "kuartal III 2023", "2023-07-01", "2023-09-30", "quarter", "point"),
        ("tahun 2019-2022", "tahun 2019-2022", "2019-01-01", "2022-12-31", "year", "range"),
        ("Juli-September 2023", "Juli-September 2023", "2023-07-01", "2023-09-30", "month",
         "range"),
        ("antara 7 dan 9 Oktober", "antara 7 dan 9 Oktober", "2023-10-07", "2023-10-09", "day",
         "range"),
        ("hingga 1 Oktober 2023", "hingga 1 Oktober 2023", "", "2023-10-01", "day", "until"),
        ("2023-10-13", "2023-10-13", "2023-10-13", "2023-10-13", "day", "point"),
        ("akhir Oktober", "akhir Oktober", "2023-10-21", "2023-10-31", "month", "point"),
    ],
)
def test_forms(text, expression, start, end, precision, kind):
    (found,) = find_date_expressions(text, A)
    assert (found.expression, found.date_start, found.date_end, found.precision, found.kind) == (
        expression, _iso(start), _iso(end), precision, kind)
    assert text[found.start:found.end] == expression


@pytest.mark.parametrize("text", ["31/2/2023", "45/13/2023", "Jumat (31/2/2023)",
                                  "30/2/2023", "0/0/0000"])
def test_impossible_dates_give_nothing(text):
    assert find_date_expressions(text, A) == []


@pytest.mark.parametrize("text", ["1.000 kontainer", "2 dari 4 halaman", "3/4 warga", "Mei Ling",
                                  "salat Jumat", "pada 2000 unit", "selama dua bulan",
                                  "selama beberapa dekade", "COVID-19", "152 mm"])
def test_not_dates(text):
    assert find_date_expressions(text, A) == []


def test_leap_day_is_valid():
    (found,) = find_date_expressions("29/2/2024", None)
    assert found.date_start == date(2024, 2, 29)


@pytest.mark.parametrize(
    ("line", "expected", "evidence", "weekday_ok"),
    [
        ("Jumat (13/10/2023)", date(2023, 10, 13), "Jumat (13/10/2023)", True),
        ("Rabu, 28 Agu 2024 11:20 WIB", date(2024, 8, 28), "Rabu, 28 Agu 2024", True),
        ("12 Sep 2023 10:58", date(2023, 9, 12), "12 Sep 2023", None),
        ("Kompas.com - 29/12/2023, 14:12 WIB", date(2023, 12, 29), "29/12/2023", None),
        ("Rabu (3/11/2022)", date(2022, 11, 3), "Rabu (3/11/2022)", False),
        ("Sabtu (14/10)", None, "", None),
        ("", None, "", None),
    ],
)
def test_parse_date_line(line, expected, evidence, weekday_ok):
    parsed = parse_date_line(line)
    assert (parsed.date, parsed.evidence, parsed.weekday_ok) == (expected, evidence, weekday_ok)


def test_precision_rank_order():
    assert [precision_rank(p) for p in PRECISIONS] == list(range(len(PRECISIONS)))


def test_long_text_is_linear_and_fast():
    text = _seed_text("000") * 200  # ~1 MB
    found = find_date_expressions(text, A)
    assert len(found) == 12 * 200


DATE_WORDS = st.sampled_from([
    "Jumat", "(13/10/2023)", "Sabtu", "(14/10)", "pada", "sejak", "antara", "akhir", "awal",
    "bulan", "lalu", "tahun", "2023", "1990-an", "Oktober", "7", "-", "–", "31/2/2023", "pekan",
    "depan", "terakhir", "dua", "beberapa", "Minggu", "sore", "hingga", "Rabu", "dan", "(",
    ")", "Juli", "ini", "se", "kemarin", "45/13/2023", "İ", "\n", "kuartal", "III",
])


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=200),
                 st.lists(DATE_WORDS, max_size=30).map(" ".join)),
       st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))))
def test_finder_never_raises_and_offsets_point_at_expression(text, anchor):
    previous_end = 0
    for found in find_date_expressions(text, anchor):
        assert text[found.start:found.end] == found.expression
        assert found.start >= previous_end
        previous_end = found.end
        assert found.precision in PRECISIONS
        assert found.kind in ("point", "range", "since", "until")
        if found.date_start and found.date_end:
            assert found.date_start <= found.date_end
        if anchor is None and found.relative:
            assert found.date_start is None and found.date_end is None


def test_since_a_month_without_year_looks_back():
    """'sejak Oktober' written in May means the October before, not the one to come."""
    (found,) = find_date_expressions("sejak Oktober", date(2000, 5, 1))
    assert (found.date_start, found.date_end, found.kind) == (date(1999, 10, 1), date(2000, 5, 1),
                                                              "since")


@pytest.mark.parametrize("text, language, start, end", [
    # the part named has begun by the publication date (19 October 2021): this October
    ("gudang itu dibuka awal Oktober lalu", "id", date(2021, 10, 1), date(2021, 10, 10)),
    ("pada pertengahan Oktober lalu", "id", date(2021, 10, 11), date(2021, 10, 20)),
    # not begun yet, or no part named: the October a year before
    ("akhir Oktober lalu", "id", date(2020, 10, 21), date(2020, 10, 31)),
    ("pada Oktober lalu", "id", date(2020, 10, 1), date(2020, 10, 31)),
    ("awal Agustus lalu", "id", date(2021, 8, 1), date(2021, 8, 10)),
    ("the depot opened last October", "en", date(2020, 10, 1), date(2020, 10, 31)),
])
def test_a_begun_part_of_this_month_with_lalu_is_this_year(text, language, start, end):
    """'awal Oktober lalu' in a page of 19 October is early this October, not a year ago."""
    (found,) = find_date_expressions(text, date(2021, 10, 19), language)
    assert (found.date_start, found.date_end) == (start, end)


@pytest.mark.parametrize("anchor", [date(1, 1, 1), date(9999, 12, 31)])
def test_extreme_anchors_do_not_crash(anchor):
    text = "pada bulan Juli, Sabtu (14/10), tahun depan, dua dekade terakhir, 5 Oktober"
    for found in find_date_expressions(text, anchor):
        assert text[found.start:found.end] == found.expression


PREFIX_WORDS = st.sampled_from(["pada", "sejak", "akhir", "awal", "antara", "(pada", "xpada",
                                 "/pada", "pada/", "pertengahan", "Sejak", "2023", ",", "dan"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(DATE_WORDS, PREFIX_WORDS), max_size=8).map(" ".join),
       st.sampled_from(["", " ", "  ", "\t", " \n"]), st.integers(0, 60))
@example("x (pada", " ", 0)  # a prefix word right after a bracket
@example("sejak akhir", "\n", 0)
def test_prefix_quick_check_never_hides_a_prefix(text, space, start):
    # _scan runs the prefix regex only where _may_end_in_prefix says it can match
    from newsframe.lang.dates import _lexicon, _may_end_in_prefix
    lex = _lexicon()
    lowered = " " + (text + space).lower()
    end = len(lowered)
    start = min(start, end)
    if lex.prefix_before.search(lowered, start, end):
        assert _may_end_in_prefix(lowered, start, end, lex.prefix_ends)


@settings(max_examples=200, deadline=None)
@given(st.lists(DATE_WORDS.filter(lambda w: not any(c.isdigit() for c in w)), max_size=20)
       .map(" ".join))
def test_a_full_date_has_a_digit(text):
    # parse_date_line skips lines without a digit: no expression without one is a full date
    assert not [e for e in find_date_expressions(text, None)
                if e.precision == "day" and not e.relative and e.kind == "point"]


# --- round 8a: English wording (find_date_expressions(..., language="en")) -----------------

_ANCHOR_EN = date(2025, 6, 12)  # a Thursday


def _english(text: str, anchor: date | None = _ANCHOR_EN) -> list[tuple]:
    return [(e.expression, str(e.date_start or ""), str(e.date_end or ""), e.precision, e.kind)
            for e in find_date_expressions(text, anchor, "en")]


@pytest.mark.parametrize("text, expected", [
    # month first, with or without the year, a weekday before it
    ("The dam burst on April 27, 2025, officials said.",
     ("April 27, 2025", "2025-04-27", "2025-04-27", "day", "point")),
    ("Talks resumed Wednesday, June 11, in Oslo.",
     ("Wednesday, June 11", "2025-06-11", "2025-06-11", "day", "point")),
    ("The ministry spoke on Sunday (Feb. 9) about the levy.",
     ("Sunday (Feb. 9)", "2025-02-09", "2025-02-09", "day", "point")),
    ("Voting closes on October 3rd.",
     ("October 3rd", "2025-10-03", "2025-10-03", "day", "point")),
    # day first
    ("The port reopened on 14 January 2025 after repairs.",
     ("14 January 2025", "2025-01-14", "2025-01-14", "day", "point")),
    # ranges of days
    ("Storms hit the coast on August 2-4, 2024.",
     ("August 2-4, 2024", "2024-08-02", "2024-08-04", "day", "range")),
    ("The fair runs from May 29 to June 2.",
     ("May 29 to June 2", "2025-05-29", "2025-06-02", "day", "range")),
    # months, alone (a cue needed), as a range, relative to the year
    ("Exports fell in January, the agency reported.",
     ("January", "2025-01-01", "2025-01-31", "month", "point")),
    ("Rain fell between March and May across the valley.",
     ("between March and May", "2025-03-01", "2025-05-31", "month", "range")),
    ("Shipments grew in September 2023.",
     ("September 2023", "2023-09-01", "2023-09-30", "month", "point")),
    ("Prices peaked in March last year.",
     ("March last year", "2024-03-01", "2024-03-31", "month", "point")),
    ("Wages rose last July.",
     ("last July", "2024-07-01", "2024-07-31", "month", "point")),
    # years and periods of years
    ("The plant has been closed since 2021.",
     ("since 2021", "2021-01-01", "2025-06-12", "year", "since")),
    ("Output doubled between 2016 and 2019.",
     ("between 2016 and 2019", "2016-01-01", "2019-12-31", "year", "range")),
    ("Sales in the second quarter of 2024 were flat.",
     ("second quarter of 2024", "2024-04-01", "2024-06-30", "quarter", "point")),
    ("The levee raised in 1987 failed again.",  # a verb after the year (held-out kind)
     ("1987", "1987-01-01", "1987-12-31", "year", "point")),
    ("The town grew fast in the 1970s.",
     ("1970s", "1970-01-01", "1979-12-31", "decade", "point")),
    # relative to the publication date
    ("The ferry sank last week near the cape.",
     ("last week", "2025-06-02", "2025-06-08", "week", "point")),
    ("Fuel was rationed earlier this month.",
     ("earlier this month", "2025-06-01", "2025-06-12", "month", "point")),
    ("Fares went up three months ago.",
     ("three months ago", "2025-03-01", "2025-03-31", "month", "point")),
    ("Over the past ten days the river rose.",
     ("the past ten days", "2025-06-02", "2025-06-12", "day", "range")),
    ("Clinics reported cases in mid-April.",
     ("mid-April", "2025-04-11", "2025-04-20", "month", "point")),
    ("Crews worked through the night and left yesterday.",
     ("yesterday", "2025-06-11", "2025-06-11", "day", "point")),
    ("The mayor resigned on Monday.",
     ("Monday", "2025-06-09", "2025-06-09", "day", "point")),
    ("Fires spread over the weekend.",
     ("the weekend", "2025-06-07", "2025-06-08", "week", "point")),
    ("Markets reopen this weekend.",
     ("this weekend", "2025-06-14", "2025-06-15", "week", "point")),
    ("Crews cleared roads from Monday to Wednesday.",  # a held-out kind, other words
     ("Monday to Wednesday", "2025-06-09", "2025-06-11", "day", "range")),
    ("The vote was held last Friday.",
     ("last Friday", "2025-06-06", "2025-06-06", "day", "point")),
    ("Schools reopen next Tuesday.",
     ("next Tuesday", "2025-06-17", "2025-06-17", "day", "point")),
])
def test_english_forms(text, expected):
    assert _english(text)[0] == expected


@pytest.mark.parametrize("text", [
    "Residents may 15 times a year ask for help.",  # "may" is no month
    "The agency counted 2000 homes in 2000 homes.",  # a year needs a cue ...
    "They built it in 1998 houses.",  # ... and no plural after it
    "The next day the team left.",  # dated against an event, not the publication
    "A share of 3/4 went to the farmers.",
])
def test_english_non_dates(text):
    assert _english(text) == []


def test_english_numeric_dates_only_where_the_order_is_sure():
    """3/5/2024 is March 5 in one English convention and 3 May in the other: no date;
    the order of 13/5/2024 or 5/13/2024 cannot be doubted."""
    found = _english("Filed 3/5/2024, heard 13/5/2024, ruled 5/13/2024, closed 6/6/2024.")
    assert [(e[0], e[1]) for e in found] == [
        ("13/5/2024", "2024-05-13"), ("5/13/2024", "2024-05-13"), ("6/6/2024", "2024-06-06")]


def test_english_weekday_checked_against_its_date():
    right, wrong = find_date_expressions(
        "It opened on Tuesday, March 4, 2025 and shut on Friday, March 4, 2025.", None, "en")
    assert (right.weekday_stated, right.weekday_ok) == ("Tuesday", True)
    assert (wrong.weekday_stated, wrong.weekday_ok) == ("Friday", False)


def test_english_relative_dates_without_anchor_stay_unresolved():
    found = find_date_expressions("The pier collapsed last month.", None, "en")[0]
    assert (found.expression, found.date_start, found.relative) == ("last month", None, True)


def test_english_date_line():
    line = parse_date_line("Updated: Sep 8, 2023, 9:15 AM ET", "en")
    assert (line.date, line.evidence) == (date(2023, 9, 8), "Sep 8, 2023")
    assert parse_date_line("Updated: Sep 8, 2023, 9:15 AM ET").date is None  # Indonesian


def test_indonesian_reading_ignores_english_month_names():
    """The language column keeps the Indonesian reader on its rows: "March 5" is no date
    there, "5 Maret" is none in English."""
    assert find_date_expressions("Rapat pada March 5 ditunda.", date(2024, 3, 9)) == []
    assert find_date_expressions("The hearing on 5 Maret was delayed.", date(2024, 3, 9),
                                 "en") == []


def test_a_scan_handed_on_is_served_for_its_own_text_anchor_and_language_only():
    import pickle

    from newsframe.lang import dates

    body = "Kapal itu berangkat Kamis (9/3) dan tiba pekan lalu di Surabaya."
    dates.forget_handed()
    try:
        handed = dates.hand_on(body, date(2023, 3, 14))
        assert [e.expression for e in handed] == ["Kamis (9/3)", "pekan lalu"]
        assert str(handed[1].date_start) == "2023-03-06"
        # another anchor or language is scanned on its own
        other = find_date_expressions(body, date(2024, 3, 14))
        assert str(other[1].date_start) == "2024-03-04"
        assert find_date_expressions(body, None)[1].date_start is None
        # what another process receives: the same expressions for the same body
        scans = pickle.loads(pickle.dumps(dates.handed_scans(["kosong", body])))
        assert [(p, a, lang) for p, a, lang, _ in scans] == [(1, date(2023, 3, 14), "id")]
        dates.forget_handed()
        assert dates.handed_scans([body]) == []
        dates.receive_handed(["x", body], scans)
        assert tuple(find_date_expressions(body, date(2023, 3, 14))) == handed
        # a scan handed on under another version of the lexicons is not served
        key = (body, date(2023, 3, 14), "id")
        dates._HANDED[key] = (-1, ())
        assert tuple(find_date_expressions(body, date(2023, 3, 14))) == handed
    finally:
        dates.forget_handed()
