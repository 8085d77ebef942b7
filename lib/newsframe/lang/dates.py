"""Indonesian date expressions: find them in text and resolve them to date ranges.

Public API (used by other modules; keep it stable):

- ``find_date_expressions(text, anchor=None) -> list[DateExpression]`` — every date
  expression in ``text`` with character offsets (``text[e.start:e.end] == e.expression``),
  resolved to an inclusive ``date_start``/``date_end`` range and a ``precision``.
- ``parse_date_line(text) -> DateLine(date, evidence, weekday_stated, weekday_ok)`` — the
  first explicit day-precision date in a publication-date line such as ``Jumat (13/10/2023)``,
  ``Rabu, 28 Agu 2024 11:20 WIB``, ``12 Sep 2023 10:58`` or
  ``Kompas.com - 29/12/2023, 14:12 WIB``; ``DateLine(None, "", "", None)`` when there is none.
  ``DateLine`` is a NamedTuple, so ``date, evidence, weekday_stated, weekday_ok = ...`` works.
- ``PRECISIONS`` (finest first) and ``precision_rank(p)`` for "at least this precise" filters.

Spans are found with one regular expression built from the lexicons
``data/lexicons/months.csv``, ``weekdays.csv`` and ``relative_dates.csv``; resolution is done
by this module's own calendar arithmetic. dateparser is NOT used here (our parser is exact for
the forms we find and about 100x faster); benchmarks/bench_dates.py compares the two.

Resolution rules (``anchor`` = the publication date):

- Relative expressions (``bulan lalu``, ``Sabtu (14/10)`` without a year, ``pada bulan Juli``,
  ``Minggu sore``) resolve against ``anchor``; with ``anchor=None`` they are returned with empty
  dates and ``relative=True`` — never resolved against today.
- A day or month without a year takes the year that puts it closest to the anchor (ties go
  to the past). ``Agustus lalu`` is the last August strictly before the anchor's month, but
  ``awal``/``pertengahan`` + the anchor's own month + ``lalu`` is this year's once that third
  has begun (``awal September lalu`` on 16 September is early this September).
- A bare weekday (``pada Senin``, ``Minggu sore``) is the most recent such day up to four days
  before the anchor, else the next one (news reports "on Monday" mostly look back; "hingga
  Rabu" from a Tuesday looks forward); ``Senin lalu``/``Senin depan`` force the direction.
- ``awal``/``pertengahan``/``akhir`` narrow a period to its first/middle/last third (a year:
  Jan-Apr, May-Aug, Sep-Dec; a month: days 1-10, 11-20, 21-end; a decade: years 0-3, 4-6, 7-9);
  ``akhir pekan`` is the weekend (Saturday-Sunday). ``precision`` stays the named unit.
- ``sejak X`` is kind ``since``: ``date_start`` = start of X, ``date_end`` = anchor (or None).
  ``hingga X`` is kind ``until``: ``date_start`` None, ``date_end`` = end of X.
  ``N bulan terakhir`` is kind ``range`` from anchor minus N months to the anchor;
  ``beberapa pekan terakhir`` (unknown N) is kind ``until`` ending at the anchor.
- Impossible dates (``31/2/2023``, ``45/13/2023``) yield no expression.
- Durations (``selama dua bulan``) are not dates and are not returned.

>>> from datetime import date
>>> [(e.expression, str(e.date_start), e.precision)
...  for e in find_date_expressions("Gedung Putih pada Jumat (13/10/2023) mengatakan.")]
[('Jumat (13/10/2023)', '2023-10-13', 'day')]
>>> e = find_date_expressions("menguat bulan lalu", anchor=date(2023, 10, 13))[0]
>>> (e.expression, str(e.date_start), str(e.date_end), e.precision, e.relative)
('bulan lalu', '2023-09-01', '2023-09-30', 'month', True)
"""

from __future__ import annotations

import calendar
import re
import threading
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from .. import lexicons, schema
from .text import lower_keeping_offsets

PRECISIONS = schema.PRECISIONS  # ("day", "week", "month", "quarter", "year", "decade")
KINDS = ("point", "range", "since", "until")


def precision_rank(precision: str) -> int:
    """Position of ``precision`` in PRECISIONS (0 = day, finest).

    >>> precision_rank("month") < precision_rank("year")
    True
    """
    return PRECISIONS.index(precision)


@dataclass(frozen=True)
class DateExpression:
    """One date expression found in a text (offsets into that text; end exclusive)."""

    expression: str
    start: int
    end: int
    date_start: date | None
    date_end: date | None
    precision: str
    relative: bool
    anchor: date | None
    kind: str = "point"
    weekday_stated: str = ""
    weekday_ok: bool | None = None


class DateLine(NamedTuple):
    """A publication date read from a date line."""

    date: date | None
    evidence: str
    weekday_stated: str
    weekday_ok: bool | None


# ----------------------------------------------------------------------------- lexicons


class _Lex(NamedTuple):
    trigger: re.Pattern  # where a match can start (see _scan)
    months: dict[str, int]
    weekdays: dict[str, int]
    words: dict[tuple[str, str], dict]  # (category, phrase lowercased) -> row
    by_token: dict[str, re.Pattern]  # lowercased word -> pattern of the cores it can start
    digit_pattern: re.Pattern  # cores that start with a digit
    prefix_before: re.Pattern  # "pada ", "sejak akhir " ... just before a candidate
    prefix_ends: tuple[str, ...]  # the last words of those prefixes (a quick check first)
    resolvers: tuple = ()  # (group, resolver) pairs tried in order (see _resolve_core)
    hyphen: bool = False  # a prefix may end in a hyphen ("mid-March")


def _alternation(words, *, case_variants: bool) -> str:
    """Regex alternation of words, longest first, whole words, flexible spaces."""
    variants = set()
    for word in words:
        variants.add(word)
        if case_variants:
            variants.add(word.upper())
    parts = [r"\s+".join(re.escape(w) for w in v.split()) for v in variants]
    parts.sort(key=len, reverse=True)
    return "(?:" + "|".join(parts) + r")(?!\w)"


def _trie(words) -> str:
    """One group of words factored by common prefixes (:func:`newsframe.lexicons.trie_regex`).

    >>> _trie(["bulan", "besok", "b"])
    '(?:b(?:(?:esok|ulan))?)'
    """
    return "(?:" + lexicons.trie_regex(words) + ")"


def _ci(words) -> str:
    """Case-insensitive whole-word alternation."""
    return "(?i:" + _alternation(words, case_variants=False) + ")"


@lexicons.cached()
def _lexicon(language: str = "id") -> _Lex:
    """The patterns of one language: the lexicons' rows whose ``language`` holds it."""
    months = {row["name"]: int(row["month"]) for row in
              lexicons.in_language(lexicons.load("months"), language).to_dict("records")}
    weekdays = {row["name"]: int(row["weekday"]) for row in
                lexicons.in_language(lexicons.load("weekdays"), language).to_dict("records")}
    rel = lexicons.in_language(lexicons.load("relative_dates"), language)
    words = {(r["category"], " ".join(r["phrase"].lower().split())): r
             for r in rel.to_dict("records")}
    if language == "en":
        return _english_lexicon(months, weekdays, words)

    def category(name):
        return [p for (c, p) in words if c == name]

    mon = "(?:" + _alternation(months, case_variants=True) + ")"
    wd = "(?:" + _alternation(weekdays, case_variants=True) + ")"
    part = _ci(category("part"))
    tod = _ci(category("time_of_day"))
    counts = [p for p in category("count") if p != "se"]
    count = _ci(counts)
    units = [p for p in category("unit") if p != "minggu"]
    unit = "(?:" + _ci(units) + r"|minggu(?!\w))"
    unit_no_day = "(?:" + _ci([u for u in units if u != "hari"]) + r"|minggu(?!\w))"
    se_unit = "(?i:se)(?:" + _ci(units) + r"|minggu(?!\w))"
    day_shift = _ci(category("day_shift"))
    y4 = r"(?:18|19|20|21)\d\d(?!\d)"
    day = r"(?<![\d.,/])(?:[12]\d|3[01]|0?[1-9])(?!\d)"
    to = r"(?:\s*[-–—]\s*|\s+(?i:hingga|sampai|s/d|s\.d\.?)\s+)"
    to_and = r"(?(antara)(?:" + to + r"|\s+(?i:dan)\s+)|" + to + ")"
    bulan = r"(?i:bulan)\s+"
    tahun = r"(?i:tahun)\s+"
    month_dir = r"(?i:tahun\s+(?:lalu|ini|depan)|yang\s+lalu|yang\s+akan\s+datang|lalu|kemarin" \
                r"|mendatang|depan|ini)(?!\w)"
    unit_dir = r"(?i:yang\s+lalu|lalu|kemarin|mendatang|depan|ini)(?!\w)"
    window = r"(?i:belakangan\s+ini|terakhir\s+ini|belakangan|terakhir|ke\s+depan" \
             r"|yang\s+lalu|lalu|silam|lagi|mendatang)(?!\w)"

    cores = [
        # 2023-10-13
        ("digit", rf"(?P<iso_y>{y4})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])"
                  r"(?!\d)"),
        # 7–9 Oktober 2023
        ("digit", rf"(?P<dr_d1>{day}){to_and}(?P<dr_d2>{day})\s+(?P<dr_m>{mon})"
                  rf"(?:\s+(?P<dr_y>{y4}))?"),
        # 7 September-1 Oktober (2023)
        ("digit", rf"(?P<rg_d1>{day})\s+(?P<rg_m1>{mon})(?:\s+(?P<rg_y1>{y4}))?{to_and}"
                  rf"(?P<rg_d2>{day})\s+(?P<rg_m2>{mon})(?:\s+(?P<rg_y2>{y4}))?"),
        # Jumat (13/10/2023), Sabtu (14/10), (12/9/2023), 29/12/2023
        ("digit weekday", rf"(?:(?P<num_wd>{wd})\s*,?\s*)?(?:(?P<num_po>\()\s*)?"
                          r"(?P<num_date>(?<![\d.,/])(?P<num_d>\d{1,2})(?P<num_sep>[/-])"
                          r"(?P<num_m>\d{1,2})(?:(?P=num_sep)(?P<num_y>\d{4}|\d{2}))?)(?![/\d])"
                          r"(?(num_po)\s*\))"),
        # Rabu, 28 Agu 2024 / 1 November 2023 / 5 Oktober
        ("digit weekday", rf"(?:(?P<dmy_wd>{wd})(?:\s*,\s*|\s*(?P<dmy_po>\()\s*|\s+))?"
                          rf"(?P<dmy_d>{day})\s+(?P<dmy_m>{mon})(?:\s+(?P<dmy_y>{y4}))?"
                          r"(?(dmy_po)\s*\))"),
        # Juli-September 2023
        ("month bulan", rf"(?:{bulan})?(?P<mo2_m1>{mon})(?:\s+(?P<mo2_y1>{y4}))?{to}"
                        rf"(?:{bulan})?(?P<mo2_m2>{mon})\s+(?P<mo2_y2>{y4})"),
        # (bulan) September 2023
        ("month bulan", rf"(?:{bulan})?(?P<my_m>{mon})\s+(?P<my_y>{y4})"),
        # Juli tahun lalu, Agustus lalu, Februari tahun ini
        ("month bulan", rf"(?:{bulan})?(?P<mrel_m>{mon})\s+(?P<mrel_dir>{month_dir})"),
        # kuartal III 2023, triwulan pertama tahun ini
        ("quarter", r"(?i:kuartal|kwartal|triwulan)\s+(?P<q_n>IV|III|II|I|[1-4]|(?i:pertama"
                    rf"|kedua|ketiga|keempat))(?!\w)\s+(?:{tahun})?(?:(?P<q_y>{y4})"
                    r"|(?P<q_rel>(?i:lalu|ini|depan)(?!\w)))"),
        # (tahun) 1990-an, 90-an
        ("digit tahun unit", r"(?:(?i:tahun|dekade|era)\s+)?(?<![\d.,])"
                             r"(?P<dec_y>(?:18|19|20)\d0|[0-9]0)-?an(?!\w)"),
        # tahun 2019-2022
        ("digit tahun", rf"(?P<yr_t>{tahun})?(?P<yr_y1>{y4})\s*[-–—]\s*(?P<yr_y2>{y4})"),
        # tahun 2019, pada 1948
        ("digit tahun", rf"(?P<y_t>{tahun})?(?<![\d.,/])(?P<y_y>{y4})(?![.,]\d|-an|\s*%)"),
        # dua bulan terakhir, 17 bulan terakhir, sebulan lalu, beberapa pekan terakhir
        ("digit count seunit", rf"(?:(?<![\d.,])(?P<w_n>\d{{1,3}}|{count})\s+(?P<w_u>{unit})"
                               rf"|(?P<w_se>{se_unit}))\s+(?P<w_dir>{window})"),
        # pekan lalu, bulan depan, tahun ini
        ("unit tahun bulan", rf"(?P<u_u>{unit_no_day})\s+(?P<u_dir>{unit_dir})"),
        # kemarin, hari ini, besok
        ("dayshift", rf"(?P<ds>{day_shift})(?:\s+(?P<ds_tod>{tod}))?"),
        # (hari) Minggu sore, Senin lalu
        ("weekday hari", rf"(?:(?i:hari)\s+)?(?P<wd_wd>{wd})(?:\s+(?P<wd_tod>{tod}))?"
                         r"(?:\s+(?P<wd_dir>(?i:lalu|kemarin|depan|mendatang)(?!\w)))?"),
        # (bulan) Juli — needs a cue (bulan, pada, sejak, akhir, ...)
        ("month bulan", rf"(?P<bm_b>{bulan})?(?P<bm_m>{mon})"),
    ]
    ctx_words = ["pada", "sebelum", "setelah", "sesudah", "selama", "dalam", "per", "jelang",
                 "menjelang", "tanggal", "tgl", "mulai"]
    bound_words = [p for p in category("boundary") if p != "antara"]
    head = (rf"(?<![\w/])(?:(?P<ctx>{_ci(ctx_words)})\s+)?(?P<span>"
            rf"(?:(?P<antara>(?i:antara)(?!\w))\s+|(?P<bound>{_ci(bound_words)})\s+)?"
            rf"(?:(?P<part>{part})\s+)?(?:")
    # One pattern per set of start categories: a word can only start the cores of its
    # categories, so each position tries a few alternatives instead of all of them
    # (about 10x faster than one pattern with every alternative).
    categories: dict[str, set[str]] = {}

    def add(category_name, names):
        _add_starts(categories, category_name, names)

    add("month", months)
    add("weekday", weekdays)
    add("bulan", ["bulan"])
    add("tahun", ["tahun", "dekade", "era"])
    add("hari", ["hari"])
    add("quarter", ["kuartal", "kwartal", "triwulan"])
    add("count", counts)
    add("seunit", ["se" + u for u in units + ["minggu"]])
    add("unit", units + ["minggu"])
    add("dayshift", category("day_shift"))
    prefixes = frozenset(w.lower() for w in ctx_words + bound_words + ["antara"]
                         + category("part"))

    trigger, by_token, digit, prefix_before = _scan_patterns(head, cores, categories, prefixes,
                                                             r"\s+")
    return _Lex(trigger, {k.lower(): v for k, v in months.items()},
                {k.lower(): v for k, v in weekdays.items()}, words, by_token, digit,
                prefix_before,
                tuple({p.split()[-1] for p in prefixes}), _RESOLVERS)



def _add_starts(categories: dict[str, set[str]], category_name: str, names) -> None:
    """Record that each name's first word can start a core of ``category_name``."""
    for name in names:
        token = re.match(r"\w*", name.lower()).group(0)
        if token:
            categories.setdefault(token, set()).add(category_name)


def _scan_patterns(head: str, cores, categories: dict[str, set[str]], prefixes, gap: str):
    """The scan of one language's dated expressions: the trigger (a digit or a word that can
    start a core, right after a space or punctuation: its leading character set lets the
    regex engine skip ahead), one pattern per set of start categories (a word can only start
    the cores of its categories, so each position tries a few alternatives instead of all of
    them), the digits' pattern, and the prefix words before a candidate (*pada, sejak,
    akhir*; *on, in, the*) joined by ``gap``, looked up afterwards."""
    def build(cats: frozenset) -> re.Pattern:
        chosen = [c for tag, c in cores if cats & set(tag.split())]
        return re.compile(head + "|".join(f"(?:{c})" for c in chosen) + "))")

    patterns = {cats: build(cats) for cats in
                {frozenset(c) for c in categories.values()} | {frozenset({"digit"})}}
    by_token = {token: patterns[frozenset(cats)] for token, cats in categories.items()}
    trigger = re.compile(
        r"[\s(\[\"'“‘«,;:.—–-](?:(?P<digit>\d)|(?P<word>" + _trie(categories) + r")(?!\w))"
    )
    prefix_before = re.compile(r"(?<![\w/])(?:" + _trie(prefixes) + r"(?!\w)" + gap
                               + r"){1,3}\Z")
    return trigger, by_token, patterns[frozenset({"digit"})], prefix_before


_DIGIT = re.compile(r"\d")


# ----------------------------------------------------------------------------- calendar


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _period(day: date, unit: str) -> tuple[date, date]:
    """The calendar period of ``unit`` containing ``day``."""
    if unit == "day":
        return day, day
    if unit == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if unit == "month":
        return day.replace(day=1), _month_end(day.year, day.month)
    if unit == "quarter":
        first = (day.month - 1) // 3 * 3 + 1
        return date(day.year, first, 1), _month_end(day.year, first + 2)
    if unit == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    start = day.year // 10 * 10
    return date(start, 1, 1), date(start + 9, 12, 31)


def _shift(day: date, unit: str, count: int) -> date:
    if unit == "day":
        return day + timedelta(days=count)
    if unit == "week":
        return day + timedelta(days=7 * count)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit]
    return _shift_months(day, months * count)


def _closest(candidates, anchor: date):
    """The (start, end) candidate closest to anchor; ties go to the past."""
    def distance(span):
        first, last = span
        if first <= anchor <= last:
            return (0, 0)
        gap = (first - anchor).days if first > anchor else (anchor - last).days
        return (gap, 1 if first > anchor else 0)
    valid = [c for c in candidates if c[0] is not None]
    return min(valid, key=distance) if valid else (None, None)


def _closest_day(month: int, day: int, anchor: date) -> date | None:
    options = [_safe_date(anchor.year + k, month, day) for k in (-1, 0, 1)]
    return _closest([(d, d) for d in options], anchor)[0]


def _narrow(part: int, precision: str, first: date, last: date) -> tuple[date, date]:
    """First/middle/last third of a period (``akhir pekan`` = Saturday-Sunday)."""
    if precision == "week":
        offsets = {1: (0, 1), 2: (2, 3), 3: (5, 6)}[part]
        return first + timedelta(days=offsets[0]), first + timedelta(days=offsets[1])
    if precision == "month":
        bounds = {1: (1, 10), 2: (11, 20), 3: (21, last.day)}[part]
        return first.replace(day=bounds[0]), first.replace(day=bounds[1])
    if precision == "year":
        months = {1: (1, 4), 2: (5, 8), 3: (9, 12)}[part]
        return date(first.year, months[0], 1), _month_end(first.year, months[1])
    if precision == "decade":
        years = {1: (0, 3), 2: (4, 6), 3: (7, 9)}[part]
        return date(first.year + years[0], 1, 1), date(first.year + years[1], 12, 31)
    return first, last


# ----------------------------------------------------------------------------- resolution


class _Core(NamedTuple):
    first: date | None
    last: date | None
    precision: str
    relative: bool
    kind: str = "point"
    weekday_stated: str = ""
    weekday_ok: bool | None = None
    open_start: bool = False  # "beberapa pekan terakhir": end known, start unknown


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# lowercase words that may follow a bare year ("pada 1948 ketika ...")
_YEAR_FOLLOWERS = frozenset(
    "ketika saat dan di lalu silam hingga sampai yang itu ini dengan menjadi ke oleh untuk "
    "setelah sebelum sejak telah juga pun atau namun tetapi tapi kemudian lalu, dari".split())

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "pertama": 1, "kedua": 2, "ketiga": 3,
          "keempat": 4}


def _year2(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        return 2000 + value if value < 70 else 1900 + value
    return value


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _weekday_check(lex: _Lex, name: str | None, day: date | None) -> tuple[str, bool | None]:
    if not name:
        return "", None
    if day is None:
        return name, None
    return name, day.weekday() == lex.weekdays[name.lower()]


def _day_core(lex: _Lex, year: int | None, month: int, day_of_month: int,
              weekday: str | None, anchor: date | None) -> _Core | None:
    """A single day; without a year, the one closest to the anchor (relative)."""
    if year is not None:
        day = _safe_date(year, month, day_of_month)
        if day is None:
            return None
    else:
        day = _closest_day(month, day_of_month, anchor) if anchor else None
    stated, ok = _weekday_check(lex, weekday, day)
    return _Core(day, day, "day", year is None, "point", stated, ok)


# One resolver per form, tried in this order; the key is a group only that form's pattern has.
# Each gets the match's group getter ``g``, the match, the lexicons, the anchor date and
# whether a cue ("pada", "sejak", ...) stands before the expression.
def _iso_date(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
              ) -> _Core | None:
    """2023-10-13."""
    d = _safe_date(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
    return None if d is None else _Core(d, d, "day", False)


def _day_range_in_month(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
                        ) -> _Core | None:
    """10-12 Oktober 2023."""
    month = lex.months
    d1, d2, mo = int(g("dr_d1")), int(g("dr_d2")), month[g("dr_m").lower()]
    if d1 >= d2 or _safe_date(2000, mo, d2) is None:  # 2000: leap year accepts 29 Feb
        return None
    if g("dr_y"):
        first, last = _safe_date(int(g("dr_y")), mo, d1), _safe_date(int(g("dr_y")), mo, d2)
        return None if last is None else _Core(first, last, "day", False, "range")
    if anchor is None:
        return _Core(None, None, "day", True, "range")
    last = _closest_day(mo, d2, anchor)
    return _Core(last.replace(day=d1), last, "day", True, "range")


def _day_range(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
               ) -> _Core | None:
    """30 September - 2 Oktober 2023."""
    month = lex.months
    d1, m1, d2, m2 = int(g("rg_d1")), month[g("rg_m1").lower()], int(g("rg_d2")), \
        month[g("rg_m2").lower()]
    if _safe_date(2000, m1, d1) is None or _safe_date(2000, m2, d2) is None:
        return None
    y1 = int(g("rg_y1")) if g("rg_y1") else None
    y2 = int(g("rg_y2")) if g("rg_y2") else None
    relative = y1 is None and y2 is None
    if y2 is None and y1 is not None:
        y2 = y1 if (m2, d2) >= (m1, d1) else y1 + 1
    if y2 is None:
        if anchor is None:
            return _Core(None, None, "day", True, "range")
        y2 = _closest_day(m2, d2, anchor).year
    if y1 is None:
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    first, last = _safe_date(y1, m1, d1), _safe_date(y2, m2, d2)
    if first is None or last is None or first > last:
        return None
    return _Core(first, last, "day", relative, "range")


def _numeric_date(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
                  ) -> _Core | None:
    """Jumat (13/10/2023), 13/10/23 (a day and month alone need a weekday)."""
    d, mo = int(g("num_d")), int(g("num_m"))
    if not 1 <= mo <= 12 or _safe_date(2000, mo, d) is None:
        return None
    if g("num_y") is None and not (g("num_wd") or g("num_po")):
        return None  # "3/4" alone is more likely a fraction than a date
    if g("num_y") is None and g("num_sep") == "-":
        return None
    year = _year2(g("num_y")) if g("num_y") else None
    return _day_core(lex, year, mo, d, g("num_wd"), anchor)


def _day_month_year(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
                    ) -> _Core | None:
    """13 Oktober 2023, Jumat 13 Oktober."""
    month = lex.months
    d, mo = int(g("dmy_d")), month[g("dmy_m").lower()]
    if _safe_date(2000, mo, d) is None:
        return None
    year = int(g("dmy_y")) if g("dmy_y") else None
    return _day_core(lex, year, mo, d, g("dmy_wd"), anchor)


def _month_range(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
                 ) -> _Core | None:
    """Juli-Agustus 2023."""
    month = lex.months
    m1, m2, y2 = month[g("mo2_m1").lower()], month[g("mo2_m2").lower()], int(g("mo2_y2"))
    y1 = int(g("mo2_y1")) if g("mo2_y1") else (y2 if m1 <= m2 else y2 - 1)
    first, last = date(y1, m1, 1), _month_end(y2, m2)
    return None if first > last else _Core(first, last, "month", False, "range")


def _month_year(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
                ) -> _Core | None:
    """Oktober 2023."""
    month = lex.months
    y, mo = int(g("my_y")), month[g("my_m").lower()]
    return _Core(date(y, mo, 1), _month_end(y, mo), "month", False)


def _part_begun(g, lex: _Lex, mo: int, anchor: date) -> bool:
    """True for "awal/pertengahan <anchor's month> lalu" once that third has begun.

    "awal September lalu" in a page of 16 September is early this September (the part named
    has begun by the publication date); a bare "September lalu" (or "last September") said in
    September stays the September a year before, and so does a part not yet begun
    ("akhir September lalu" on 16 September). English "(early) last September" said in
    September is the year before: the idiom for this month is "early September".
    """
    if mo != anchor.month or not g("part"):
        return False
    part = int(lex.words[("part", _norm(g("part")))]["value"])
    return {1: 1, 2: 11, 3: 21}[part] <= anchor.day


def _month_relative(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
                    ) -> _Core | None:
    """Juli tahun lalu, Agustus lalu."""
    month = lex.months
    relvalue = lex.words
    mo, direction = month[g("mrel_m").lower()], _norm(g("mrel_dir"))
    if anchor is None:
        return _Core(None, None, "month", True)
    if direction.startswith("tahun"):
        year = anchor.year + {"lalu": -1, "ini": 0, "depan": 1}[direction.split()[1]]
    elif direction == "ini":
        year = anchor.year
    elif int(relvalue[("direction", direction)]["value"]) < 0:
        year = anchor.year if mo < anchor.month or _part_begun(g, lex, mo, anchor) \
            else anchor.year - 1
    else:
        year = anchor.year if mo > anchor.month else anchor.year + 1
    return _Core(date(year, mo, 1), _month_end(year, mo), "month", True)


def _quarter(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
             ) -> _Core | None:
    """kuartal III 2023."""
    quarter = _ROMAN.get(g("q_n").lower()) or int(g("q_n"))
    if g("q_y"):
        year, relative = int(g("q_y")), False
    elif anchor is None:
        return _Core(None, None, "quarter", True)
    else:
        year = anchor.year + {"lalu": -1, "ini": 0, "depan": 1}[g("q_rel").lower()]
        relative = True
    first = date(year, 3 * quarter - 2, 1)
    return _Core(first, _month_end(year, 3 * quarter), "quarter", relative)


def _decade(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
            ) -> _Core | None:
    """1990-an, era 90-an."""
    text = g("dec_y")
    start = int(text) if len(text) == 4 else (1900 + int(text) if text != "00" else 2000)
    return _Core(date(start, 1, 1), date(start + 9, 12, 31), "decade", False)


def _year_range(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
                ) -> _Core | None:
    """tahun 2022-2023."""
    if not (g("yr_t") or has_cue):
        return None
    y1, y2 = int(g("yr_y1")), int(g("yr_y2"))
    if y1 >= y2:
        return None
    return _Core(date(y1, 1, 1), date(y2, 12, 31), "year", False, "range")


def _year(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
          ) -> _Core | None:
    """tahun 2023 (a bare year needs a cue and no quantity after it)."""
    if not (g("y_t") or has_cue):
        return None
    following = _NEXT_WORD.match(m.string, m.end())
    if not g("y_t") and following and following.group(1) not in _YEAR_FOLLOWERS:
        return None  # "pada 2000 unit": a quantity, not a year
    y = int(g("y_y"))
    return _Core(date(y, 1, 1), date(y, 12, 31), "year", False)


def _shifted_span(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
                  ) -> _Core | None:
    """dua pekan lalu, tiga bulan terakhir, sepekan lagi."""
    relvalue = lex.words
    unit_word = _norm(g("w_u") or g("w_se")[2:])
    unit = relvalue[("unit", unit_word)]["unit"]
    if g("w_se"):
        count = 1
    elif g("w_n").isdigit():
        count = int(g("w_n"))
    else:
        value = relvalue[("count", _norm(g("w_n")))]["value"]
        count = int(value) if value else None
    direction = _norm(g("w_dir"))
    is_window = direction in ("terakhir", "belakangan", "belakangan ini", "terakhir ini",
                              "ke depan", "mendatang")
    forward = direction in ("ke depan", "mendatang", "lagi")
    if anchor is None:
        kind = "range" if is_window and count else ("point" if count else "until")
        return _Core(None, None, unit, True, kind)
    if count is None:  # "beberapa pekan terakhir": ends at the anchor, start unknown
        if not is_window:
            return None
        if forward:
            return _Core(anchor, None, unit, True, "since")
        return _Core(None, anchor, unit, True, "until", open_start=True)
    if count == 0 or count > 500:
        return None
    try:
        shifted = _shift(anchor, unit, count if forward else -count)
    except (ValueError, OverflowError):
        return None
    if is_window:
        first, last = (anchor, shifted) if forward else (shifted, anchor)
        return _Core(first, last, unit, True, "range")
    first, last = _period(shifted, unit)
    return _Core(first, last, unit, True)


def _unit_relative(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
                   ) -> _Core | None:
    """pekan lalu, bulan depan."""
    relvalue = lex.words
    unit_word = _norm(g("u_u"))
    unit = relvalue[("unit", unit_word)]["unit"]
    direction = _norm(g("u_dir"))
    step = int(relvalue[("direction", direction)]["value"])
    if anchor is None:
        return _Core(None, None, unit, True)
    first, last = _period(_shift(anchor, unit, step), unit)
    return _Core(first, last, unit, True)


def _day_shift(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
               ) -> _Core | None:
    """kemarin, besok, lusa."""
    relvalue = lex.words
    step = int(relvalue[("day_shift", _norm(g("ds")))]["value"])
    if anchor is None:
        return _Core(None, None, "day", True)
    day = anchor + timedelta(days=step)
    return _Core(day, day, "day", True)


def _weekday(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
             ) -> _Core | None:
    """Jumat, Senin lalu."""
    name = g("wd_wd")
    if m.string[max(0, m.start("wd_wd") - 8):m.start("wd_wd")].lower().rstrip().endswith(
            ("salat", "sholat", "shalat", "solat")):
        return None  # "salat Jumat" is Friday prayer, not a date
    direction = _norm(g("wd_dir") or "")
    return _weekday_day(name, lex.weekdays[name.lower()], anchor,
                        "last" if direction in ("lalu", "kemarin")
                        else "next" if direction in ("depan", "mendatang") else "")


def _weekday_day(name: str, target: int, anchor: date | None, direction: str) -> _Core:
    """The day a weekday names from ``anchor``: the last one before it (``direction``
    "last"), the next one after it ("next"), else the nearest (up to four days back)."""
    if anchor is None:
        return _Core(None, None, "day", True, "point", name, None)
    back = (anchor.weekday() - target) % 7
    if direction == "last":
        day = anchor - timedelta(days=back or 7)
    elif direction == "next":
        day = anchor + timedelta(days=(target - anchor.weekday()) % 7 or 7)
    elif back <= 4:
        day = anchor - timedelta(days=back)
    else:
        day = anchor + timedelta(days=7 - back)
    return _Core(day, day, "day", True, "point", name, None)


def _bare_month(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
                ) -> _Core | None:
    """bulan Juli, pada Juli."""
    month = lex.months
    if not (g("bm_b") or has_cue):
        return None
    mo = month[g("bm_m").lower()]
    if anchor is None:
        return _Core(None, None, "month", True)
    spans = [(date(anchor.year + k, mo, 1), _month_end(anchor.year + k, mo))
             for k in (-1, 0, 1)]
    first, last = _closest(spans, anchor)
    return _Core(first, last, "month", True)


_RESOLVERS = (
    ("iso_y", _iso_date),
    ("dr_d1", _day_range_in_month),
    ("rg_d1", _day_range),
    ("num_date", _numeric_date),
    ("dmy_d", _day_month_year),
    ("mo2_m1", _month_range),
    ("my_m", _month_year),
    ("mrel_m", _month_relative),
    ("q_n", _quarter),
    ("dec_y", _decade),
    ("yr_y1", _year_range),
    ("y_y", _year),
    ("w_dir", _shifted_span),
    ("u_u", _unit_relative),
    ("ds", _day_shift),
    ("wd_wd", _weekday),
    ("bm_m", _bare_month),
)


# ----------------------------------------------------------------------------- English


def _english_day(name: str) -> str:
    """A day of the month with an optional English ordinal ending (*5*, *5th*, *22nd*)."""
    return rf"(?<![\d.,/])(?P<{name}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\w)"


def _english_lexicon(months: dict[str, int], weekdays: dict[str, int], words: dict) -> _Lex:
    """The English patterns: *March 5, 2024*, *5 March 2024*, *Tuesday (March 5)*, *March
    5-7*, *between May and July*, *in February*, *March last year*, *the first quarter of
    2024*, *the 1990s*, *since 2022*, *between 1994 and 2012*, *two weeks ago*, *the past
    three days*, *last week*, *earlier this month*, *yesterday*, *on Tuesday*, *last Friday*;
    cues before them: *on, in, during, by, from, as of*, *since / until / between*,
    *early / mid- / late / the end of*. A numeral date (*3/5/2024*) is a date only where the
    order cannot be doubted (*13/5/2024*, *5/13/2024*, *5/5/2024*): English writes both
    month-first and day-first.
    """
    def category(name):
        return [p for (c, p) in words if c == name]

    mon = "(?:" + _alternation(months, case_variants=True) + r")(?:\.(?=\s*\d))?"
    wd = "(?:" + _alternation(weekdays, case_variants=True) + ")"
    tod = _ci(category("time_of_day"))
    count = _ci(category("count"))
    unit = _ci(category("unit"))
    day_shift = _ci(category("day_shift"))
    y4 = r"(?:18|19|20|21)\d\d(?!\d)"
    day = r"(?<![\d.,/])(?:[12]\d|3[01]|0?[1-9])(?!\d)"
    to = r"(?:\s*[-–—]\s*|\s+(?i:to|until|till|through|thru)\s+)"
    to_and = r"(?(antara)(?:" + to + r"|\s+(?i:and)\s+)|" + to + ")"
    unit_dir = r"(?i:past|last|next|coming|previous|following|this|earlier\s+this" \
               r"|later\s+this)(?!\w)"
    cores = [
        ("digit", rf"(?P<iso_y>{y4})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])"
                  r"(?!\d)"),
        # March 5-7, 2024 / March 5 to 7
        ("month", rf"(?P<edr_m>{mon})\s+{_english_day('edr_d1')}{to_and}"
                  rf"{_english_day('edr_d2')}(?:,?\s+(?P<edr_y>{y4}))?"),
        # March 30 to April 2, 2024
        ("month", rf"(?P<erg_m1>{mon})\s+{_english_day('erg_d1')}(?:,?\s+(?P<erg_y1>{y4}))?"
                  rf"{to_and}(?P<erg_m2>{mon})\s+{_english_day('erg_d2')}"
                  rf"(?:,?\s+(?P<erg_y2>{y4}))?"),
        # 5-7 March 2024
        ("digit", rf"(?P<dr_d1>{day}){to_and}(?P<dr_d2>{day})\s+(?P<dr_m>{mon})"
                  rf"(?:,?\s+(?P<dr_y>{y4}))?"),
        # 30 March to 2 April 2024
        ("digit", rf"(?P<rg_d1>{day})\s+(?P<rg_m1>{mon})(?:,?\s+(?P<rg_y1>{y4}))?{to_and}"
                  rf"(?P<rg_d2>{day})\s+(?P<rg_m2>{mon})(?:,?\s+(?P<rg_y2>{y4}))?"),
        # 13/5/2024, Tuesday (5/13/2024)
        ("digit weekday", rf"(?:(?P<num_wd>{wd})\s*,?\s*)?(?:(?P<num_po>\()\s*)?"
                          r"(?P<num_date>(?<![\d.,/])(?P<num_d>\d{1,2})(?P<num_sep>[/-])"
                          r"(?P<num_m>\d{1,2})(?:(?P=num_sep)(?P<num_y>\d{4}|\d{2}))?)(?![/\d])"
                          r"(?(num_po)\s*\))"),
        # Tuesday, March 5, 2024 / Monday (Sept 30) / March 5
        ("month weekday", rf"(?:(?P<emd_wd>{wd})(?:\s*,\s*|\s*(?P<emd_po>\()\s*|\s+))?"
                          rf"(?P<emd_m>{mon})\s+{_english_day('emd_d')}"
                          rf"(?:,?\s+(?P<emd_y>{y4}))?(?(emd_po)\s*\))"),
        # Tuesday, 5 March 2024 / 5th of March
        ("digit weekday", rf"(?:(?P<dmy_wd>{wd})(?:\s*,\s*|\s*(?P<dmy_po>\()\s*|\s+))?"
                          rf"{_english_day('dmy_d')}(?:\s+(?i:of))?\s+(?P<dmy_m>{mon})"
                          rf"(?:,?\s+(?P<dmy_y>{y4}))?(?(dmy_po)\s*\))"),
        # May-July 2023, between May and July, January to August
        ("month", rf"(?P<emo_m1>{mon})(?:,?\s+(?P<emo_y1>{y4}))?{to_and}"
                  rf"(?P<emo_m2>{mon})(?:,?\s+(?P<emo_y2>{y4}))?"),
        # March 2024, March of 2024
        ("month", rf"(?P<my_m>{mon})(?:\s+(?i:of))?,?\s+(?P<my_y>{y4})"),
        # March last year, May this year
        ("month", rf"(?P<emy_m>{mon})\s+(?P<emy_dir>(?i:last|this|next)(?!\w))\s+(?i:year)"
                  r"(?!\w)"),
        # last March, this May
        ("dir", rf"(?P<emr_dir>(?i:last|this|next|earlier\s+this|later\s+this)(?!\w))\s+"
                rf"(?P<emr_m>{mon})(?!\s*\d)"),
        # the first quarter of 2024, the third quarter of last year, Q1 2024
        ("quarter", r"(?P<eq_n>(?i:first|second|third|fourth|1st|2nd|3rd|4th)(?!\w))\s+"
                    r"(?i:quarter)(?:\s+(?i:of)(?:\s+(?i:the))?)?\s+(?:(?P<eq_y>" + y4 + r")"
                    r"|(?P<eq_rel>(?i:last|this|next))\s+(?i:year)(?!\w))"),
        ("quarter", rf"(?i:q)(?P<eq_q>[1-4])\s+(?P<eq_qy>{y4})"),
        # the 1990s, the '90s
        ("digit", r"(?<![\d.,])(?P<dec_y>(?:18|19|20)\d0)['’]?s(?!\w)"),
        # 2019-2022, between 1994 and 2012 (a cue needed)
        ("digit", rf"(?P<yr_y1>{y4}){to_and}(?P<yr_y2>{y4})"),
        # in 2023 (a cue needed)
        ("digit", rf"(?<![\d.,/])(?P<ey_y>{y4})(?![.,]\d|\s*%|['’]?s\b)"),
        # two weeks ago, a month ago, 10 years ago
        ("digit count", rf"(?<![\d.,])(?P<ea_n>\d{{1,3}}|{count})\s+(?P<ea_u>{unit})\s+"
                        r"(?i:ago)(?!\w)"),
        # last week, the past three days, earlier this month, the next two weeks
        ("dir the", rf"(?P<eu_the>(?i:the)\s+)?(?P<eu_dir>{unit_dir})\s+"
                    rf"(?:(?P<eu_n>\d{{1,3}}|{count})\s+)?(?P<eu_u>{unit})"),
        # (over) the weekend: the last Saturday-Sunday up to the anchor
        ("the", r"(?P<ewe>(?i:the\s+weekend))(?!\w)"),
        # yesterday, today, tomorrow morning, the day before yesterday
        ("dayshift the", rf"(?P<ds>{day_shift})(?:\s+(?P<ds_tod>{tod}))?"),
        # between Sunday and Wednesday, from Monday to Friday
        ("weekday", rf"(?P<ewr_wd1>{wd}){to_and}(?P<ewr_wd2>{wd})"),
        # (last) Tuesday (morning)
        ("weekday dir", rf"(?:(?P<ewd_dir>(?i:last|next|this|coming)(?!\w))\s+)?(?P<wd_wd>{wd})"
                        rf"(?:\s+(?P<wd_tod>{tod}))?"),
        # in March, since June, by early September (a cue needed)
        ("month", rf"(?P<bm_m>{mon})"),
    ]
    ctx_words = ["on", "in", "during", "by", "from", "before", "after", "as of", "through",
                 "throughout"]
    bound_words = [p for p in category("boundary") if p != "between"]
    parts = category("part")
    head = (rf"(?<![\w/])(?:(?P<ctx>{_ci(ctx_words)})\s+)?(?P<span>"
            rf"(?:(?P<antara>(?i:between)(?!\w))\s+|(?P<bound>{_ci(bound_words)})\s+)?"
            rf"(?:(?:(?i:the)\s+)?(?P<part>{_ci(parts)})(?:\s+|-))?(?:")
    categories: dict[str, set[str]] = {}

    def add(category_name, names):
        _add_starts(categories, category_name, names)

    add("month", months)
    add("weekday", weekdays)
    add("dir", ["last", "this", "next", "coming", "past", "previous", "following", "earlier",
                "later"])
    add("the", ["the"])
    add("quarter", ["first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "q1",
                    "q2", "q3", "q4"])
    add("count", category("count"))
    add("dayshift", category("day_shift"))
    prefixes = frozenset(w.lower() for w in ctx_words + bound_words + ["between", "the"]
                         + parts)

    trigger, by_token, digit, prefix_before = _scan_patterns(head, cores, categories, prefixes,
                                                             r"(?:\s+|-)")
    month_numbers = {k.lower() + dot: v for k, v in months.items() for dot in ("", ".")}
    return _Lex(trigger, month_numbers, {k.lower(): v for k, v in weekdays.items()}, words,
                by_token, digit, prefix_before,
                tuple({p.split()[-1] for p in prefixes}), _ENGLISH_RESOLVERS, hyphen=True)


def _as(mine: str, theirs: str, resolve):
    """``resolve`` reading the groups ``mine…`` of an English form as its own ``theirs…``
    (*March 5* is the Indonesian *5 Maret* with its parts in another order)."""
    def run(g, m, lex, anchor, has_cue):
        return resolve(lambda key: g(mine + key[len(theirs):]) if key.startswith(theirs)
                       else g(key), m, lex, anchor, has_cue)
    return run


def _numeric_date_en(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
                     ) -> _Core | None:
    """13/5/2024 or 5/13/2024; 3/5/2024 says nothing sure (March 5 or 3 May): no date."""
    if g("num_y") is None:
        return None
    first, second = int(g("num_d")), int(g("num_m"))
    if first > 12 >= second or first == second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    else:
        return None
    if _safe_date(2000, month, day) is None:
        return None
    return _day_core(lex, _year2(g("num_y")), month, day, g("num_wd"), anchor)


def _month_range_en(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
                    ) -> _Core | None:
    """May-July 2023, between May and July (the months closest to the anchor)."""
    m1, m2 = lex.months[g("emo_m1").lower()], lex.months[g("emo_m2").lower()]
    y1 = int(g("emo_y1")) if g("emo_y1") else None
    y2 = int(g("emo_y2")) if g("emo_y2") else None
    relative = y1 is None and y2 is None
    if y2 is None and y1 is not None:
        y2 = y1 if m2 >= m1 else y1 + 1
    if y2 is None:
        if anchor is None:
            return _Core(None, None, "month", True, "range")
        spans = [(date(anchor.year + k, m2, 1), _month_end(anchor.year + k, m2))
                 for k in (-1, 0, 1)]
        y2 = _closest(spans, anchor)[0].year
    if y1 is None:
        y1 = y2 if m1 <= m2 else y2 - 1
    first, last = date(y1, m1, 1), _month_end(y2, m2)
    return None if first > last else _Core(first, last, "month", relative, "range")


def _direction(lex: _Lex, word: str) -> int:
    """-1, 0 or 1: the value of a ``direction`` (else ``window``) word of relative_dates.csv."""
    row = lex.words.get(("direction", _norm(word))) or lex.words[("window", _norm(word))]
    return int(row["value"])


def _month_of_year_en(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
                      ) -> _Core | None:
    """March last year, May this year."""
    mo = lex.months[g("emy_m").lower()]
    if anchor is None:
        return _Core(None, None, "month", True)
    year = anchor.year + _direction(lex, g("emy_dir"))
    return _Core(date(year, mo, 1), _month_end(year, mo), "month", True)


def _month_relative_en(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
                       ) -> _Core | None:
    """last March (the last March before the anchor's month), this May, next June."""
    mo = lex.months[g("emr_m").lower()]
    if anchor is None:
        return _Core(None, None, "month", True)
    step = _direction(lex, g("emr_dir"))
    if step < 0:  # "(early) last October" said in October: a year before (not _part_begun)
        year = anchor.year if mo < anchor.month else anchor.year - 1
    elif step > 0:
        year = anchor.year if mo > anchor.month else anchor.year + 1
    else:
        year = anchor.year
    return _Core(date(year, mo, 1), _month_end(year, mo), "month", True)


_ENGLISH_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
                     "3rd": 3, "4th": 4}


def _quarter_en(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
                ) -> _Core | None:
    """the first quarter of 2024, the third quarter of last year, Q1 2024."""
    if g("eq_q"):
        quarter, year, relative = int(g("eq_q")), int(g("eq_qy")), False
    else:
        quarter = _ENGLISH_QUARTERS[g("eq_n").lower()]
        if g("eq_y"):
            year, relative = int(g("eq_y")), False
        elif anchor is None:
            return _Core(None, None, "quarter", True)
        else:
            year, relative = anchor.year + _direction(lex, g("eq_rel")), True
    first = date(year, 3 * quarter - 2, 1)
    return _Core(first, _month_end(year, 3 * quarter), "quarter", relative)


@lexicons.cached()
def _english_function_words() -> frozenset:
    table = lexicons.load("function_words")
    return frozenset(lexicons.in_language(table, "en")["word"].str.lower())


# words ending in -s that are no plural noun (after a year: "in 2020 as prices rose")
_NOT_PLURALS_EN = frozenset("as was has is its his this thus us whereas across unless perhaps "
                            "always besides".split())


def _year_en(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
             ) -> _Core | None:
    """in 2023 (a cue before it; no plural noun after it: *in 2000 homes* counts homes,
    *in 1998 killed* is a year)."""
    if not has_cue:
        return None
    following = _NEXT_WORD.match(m.string, m.end())
    if following and following.group(1).endswith("s") and \
            following.group(1) not in _english_function_words() | _NOT_PLURALS_EN:
        return None
    y = int(g("ey_y"))
    return _Core(date(y, 1, 1), date(y, 12, 31), "year", False)


def _count(lex: _Lex, text: str | None) -> int | None:
    """A count of units: digits or a count word; None for an unknown one (*several*)."""
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    value = lex.words[("count", _norm(text))]["value"]
    return int(value) if value else None


def _ago_en(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
            ) -> _Core | None:
    """two weeks ago, a month ago: the period that many units before the anchor."""
    unit = lex.words[("unit", _norm(g("ea_u")))]["unit"]
    count = _count(lex, g("ea_n"))
    if count is None or count == 0 or count > 500:
        return None
    if anchor is None:
        return _Core(None, None, unit, True)
    try:
        first, last = _period(_shift(anchor, unit, -count), unit)
    except (ValueError, OverflowError):
        return None
    return _Core(first, last, unit, True)


def _unit_span_en(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
                  ) -> _Core | None:
    """last week / next month / this year (a calendar period); the past three days / the
    last two weeks / the past week (a window ending at the anchor); earlier this month (the
    month up to the anchor), later this year (from the anchor on)."""
    word, direction = _norm(g("eu_u")), _norm(g("eu_dir"))
    unit = lex.words[("unit", word)]["unit"]
    count = _count(lex, g("eu_n")) if g("eu_n") else None
    window = bool(g("eu_n")) or direction == "past" or (
        bool(g("eu_the")) and direction in ("last", "next", "coming"))
    if unit == "day" and not g("eu_n") or not window and word.endswith("s"):
        return None  # "the next day" dates nothing against the anchor; "last years" is no date
    if anchor is None:
        return _Core(None, None, unit, True, "range" if window else "point")
    step = _direction(lex, direction)
    if window:
        if count is None and g("eu_n"):  # "the past few weeks": ends at the anchor
            if step > 0:
                return _Core(anchor, None, unit, True, "since")
            return _Core(None, anchor, unit, True, "until", open_start=True)
        count = 1 if count is None else count
        if count == 0 or count > 500:
            return None
        shifted = _shift(anchor, unit, count if step > 0 else -count)
        first, last = (anchor, shifted) if step > 0 else (shifted, anchor)
        return _Core(first, last, unit, True, "range")
    first, last = _period(_shift(anchor, unit, step), unit)
    if word == "weekend":
        return _Core(first + timedelta(days=5), last, unit, True)
    if direction == "earlier this":
        last = max(first, anchor)
    elif direction == "later this":
        first = min(anchor, last)
    return _Core(first, last, unit, True)


def _weekend_en(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
                ) -> _Core | None:
    """(over) the weekend: the Saturday and Sunday of the anchor's week once it has begun,
    else of the week before."""
    if anchor is None:
        return _Core(None, None, "week", True)
    monday = anchor - timedelta(days=anchor.weekday())
    saturday = monday + timedelta(days=5) if anchor.weekday() >= 5 else monday - timedelta(2)
    return _Core(saturday, saturday + timedelta(days=1), "week", True)


def _weekday_en(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
                ) -> _Core | None:
    """Tuesday (the last one up to four days before the anchor, else the next), last Tuesday,
    next Friday."""
    name = g("wd_wd")
    direction = _norm(g("ewd_dir") or "")
    return _weekday_day(name, lex.weekdays[name.lower()], anchor,
                        "next" if direction == "coming" else direction)


def _weekday_range_en(g, m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool
                      ) -> _Core | None:
    """between Sunday and Wednesday: the second day as a bare weekday, the first the last
    such weekday up to it."""
    last = _weekday_en(lambda key: g("ewr_wd2") if key == "wd_wd" else None, m, lex, anchor,
                       has_cue).first
    if last is None:
        return _Core(None, None, "day", True, "range")
    first = last - timedelta(days=(last.weekday() - lex.weekdays[g("ewr_wd1").lower()]) % 7)
    return _Core(first, last, "day", True, "range")


_ENGLISH_RESOLVERS = (
    ("iso_y", _iso_date),
    ("edr_m", _as("edr_", "dr_", _day_range_in_month)),
    ("erg_m1", _as("erg_", "rg_", _day_range)),
    ("dr_d1", _day_range_in_month),
    ("rg_d1", _day_range),
    ("num_date", _numeric_date_en),
    ("emd_m", _as("emd_", "dmy_", _day_month_year)),
    ("dmy_d", _day_month_year),
    ("emo_m1", _month_range_en),
    ("my_m", _month_year),
    ("emy_m", _month_of_year_en),
    ("emr_m", _month_relative_en),
    ("eq_n", _quarter_en),
    ("eq_q", _quarter_en),
    ("dec_y", _decade),
    ("yr_y1", _year_range),
    ("ey_y", _year_en),
    ("ea_u", _ago_en),
    ("eu_u", _unit_span_en),
    ("ewr_wd1", _weekday_range_en),
    ("ewe", _weekend_en),
    ("ds", _day_shift),
    ("wd_wd", _weekday_en),
    ("bm_m", _bare_month),
)


def _resolve_core(m: re.Match, lex: _Lex, anchor: date | None, has_cue: bool) -> _Core | None:
    g = m.groupdict().get  # sub-patterns hold only some of the groups
    for key, resolve in lex.resolvers:
        if g(key):
            return resolve(g, m, lex, anchor, has_cue)
    return None


def _may_end_in_prefix(lowered: str, start: int, end: int, prefix_ends: tuple[str, ...],
                       hyphen: bool = False) -> bool:
    """Quick check before the prefix regex: can ``lowered[start:end]`` end in a prefix word
    and white space (``pada ``; with ``hyphen`` also ``mid-``)? False only where
    ``prefix_before`` cannot match."""
    if start >= end or not (lowered[end - 1].isspace() or hyphen and lowered[end - 1] == "-"):
        return False
    words = (lowered[start:end].replace("-", " ") if hyphen else lowered[start:end]).split()
    return bool(words) and words[-1].endswith(prefix_ends)


def _scan(lex: _Lex, text: str):
    """Leftmost non-overlapping matches, tried only where one can start."""
    lowered = " " + lower_keeping_offsets(text)  # the space lets a candidate start the text
    last_end = 0
    for candidate in lex.trigger.finditer(lowered):
        if candidate.group("digit"):
            pattern, core_at = lex.digit_pattern, candidate.start("digit") - 1
        else:
            pattern, core_at = lex.by_token[candidate.group("word")], candidate.start("word") - 1
        if core_at < last_end:
            continue
        position = core_at
        if core_at and text[core_at - 1] == "(" and core_at - 1 >= last_end:
            position = core_at - 1
        window = max(last_end + 1, core_at - 40)
        prefix = (lex.prefix_before.search(lowered, window, core_at + 1)
                  if _may_end_in_prefix(lowered, window, core_at + 1, lex.prefix_ends, lex.hyphen)
                  else None)
        if prefix is not None:
            position = prefix.start() - 1
        match = pattern.match(text, position)
        if match is None and position < core_at:  # the words before did not belong to it
            match = pattern.match(text, core_at)
        if match is not None and match.end() > match.start():
            last_end = match.end()
            yield match


def find_date_expressions(text: str, anchor: date | None = None, language: str = "id"
                          ) -> list[DateExpression]:
    """All date expressions in ``text``, in order, resolved against ``anchor``.

    Args:
        text: any text (an article body).
        anchor: the publication date; relative expressions stay unresolved when None.
        language: ``"id"`` (Indonesian wording) or ``"en"`` (English: *March 5, 2024*,
            *last week*, *since early May*; see :func:`_english_lexicon`).

    Returns:
        DateExpression list; ``text[e.start:e.end] == e.expression`` for each.

    >>> from datetime import date
    >>> found = find_date_expressions(
    ...     "dikirim antara 7 September-1 Oktober; Sabtu (14/10); 31/2/2023", date(2023, 10, 13))
    >>> [(e.expression, str(e.date_start), str(e.date_end), e.kind) for e in found]
    [('antara 7 September-1 Oktober', '2023-09-07', '2023-10-01', 'range'), \
('Sabtu (14/10)', '2023-10-14', '2023-10-14', 'point')]
    >>> find_date_expressions("sejak Juli tahun lalu", None)[0].date_start is None
    True
    """
    if not text:
        return []
    handed = _HANDED.get((text, anchor, language)) if _HANDED else None
    if handed is not None and handed[0] == lexicons.version():
        return list(handed[1])
    return list(_expressions(text, anchor, language))


# the read step scans each body for its dates (a later day than the lead's, a wrong weekday)
# with the anchor and language the annotate step scans it with again: it hands its scans on
# (hand_on), and the annotate step takes them (find_date_expressions; in another process,
# receive_handed). At most HANDED_MAX are held: the oldest go first.
HANDED_MAX = 4096
_HANDED: dict[tuple, tuple] = {}  # (text, anchor, language) -> (lexicon version, expressions)
_HANDING = threading.Lock()  # a Dask worker of several threads reads partitions side by side


def _hold(key: tuple, version: int, found: tuple) -> None:
    with _HANDING:
        while len(_HANDED) >= HANDED_MAX:  # the oldest first
            del _HANDED[next(iter(_HANDED))]
        _HANDED[key] = (version, found)


def hand_on(text: str, anchor: date | None, language: str = "id") -> tuple[DateExpression, ...]:
    """Scan ``text`` as :func:`find_date_expressions` does and keep the scan for the annotate
    step (which asks for the same text, anchor and language) until :func:`forget_handed`.

    Args:
        text: an article body.
        anchor: the publication date the annotators resolve against.
        language: ``"id"`` or ``"en"``.

    Returns:
        The expressions, as a tuple.

    >>> found = hand_on("tiba pada Sabtu (14/10/2023)", None)
    >>> handed_scans(["tiba pada Sabtu (14/10/2023)"])[0][3] == found
    True
    >>> forget_handed()
    """
    found = _expressions(text, anchor, language) if text else ()
    if text:
        _hold((text, anchor, language), lexicons.version(), found)
    return found


def handed_scans(texts) -> list[tuple[int, date | None, str, tuple[DateExpression, ...]]]:
    """The scans handed on for ``texts`` (a sequence of bodies), as ``(position in texts,
    anchor, language, expressions)``: what a read step in one process passes to the
    annotate step in another (:func:`receive_handed`)."""
    wanted: dict[str, list[int]] = {}
    for position, text in enumerate(texts):
        if isinstance(text, str) and text:
            wanted.setdefault(text, []).append(position)
    current = lexicons.version()
    with _HANDING:
        held = list(_HANDED.items())
    return [(position, anchor, language, found)
            for (text, anchor, language), (version, found) in held
            if version == current and text in wanted for position in wanted[text]]


def receive_handed(texts, scans) -> None:
    """Hold ``scans`` (from :func:`handed_scans` on the same ``texts``) for the annotate step.

    >>> receive_handed(["pada Senin (2/1/2023)"], [(0, None, "id", ())])
    >>> find_date_expressions("pada Senin (2/1/2023)")  # what was handed on
    []
    >>> forget_handed()
    """
    current = lexicons.version()
    for position, anchor, language, found in scans:
        _hold((texts[position], anchor, language), current, tuple(found))


def forget_handed() -> None:
    """Drop the scans handed on (:func:`hand_on`)."""
    with _HANDING:
        _HANDED.clear()


# claims and then events ask for the expressions of the same bodies (newsframe.annotate.tables
# annotates 256 articles at a time): the last 1,024 answers are remembered
@lexicons.cached(maxsize=1024, per_text=True)
def _expressions(text: str, anchor: date | None, language: str = "id"
                 ) -> tuple[DateExpression, ...]:
    lex = _lexicon(language)
    found = []
    for match in _scan(lex, text):
        g = match.groupdict().get
        has_cue = bool(g("ctx") or g("bound") or g("antara")
                       or g("part"))
        try:
            core = _resolve_core(match, lex, anchor, has_cue)
        except (ValueError, OverflowError):  # a period outside years 1-9999
            continue
        if core is None:
            continue
        start, end = match.span("span")
        if g("num_date") and not g("num_wd") and not g("part") \
                and not g("bound") and not g("antara"):
            start, end = match.span("num_date")  # "(12/9/2023)": the date without brackets
        first, last, kind = core.first, core.last, core.kind
        if g("part") and first is not None:
            part = int(lex.words[("part", _norm(g("part")))]["value"])
            first, last = _narrow(part, core.precision, first, last)
        used_anchor = core.relative
        if g("bound"):
            bound = lex.words[("boundary", _norm(g("bound")))]["value"]
            if bound == "since":
                if core.relative and core.precision in ("day", "month") and first and anchor \
                        and first > anchor:
                    # "sejak Oktober" said in May: the October before, not the next one
                    first = _safe_date(first.year - 1, first.month, first.day) or \
                        first.replace(year=first.year - 1, day=28)
                kind, used_anchor = "since", used_anchor or anchor is not None
                if first is None:
                    last = None
                elif anchor is None or anchor >= first:
                    last = anchor
                # else: "since" a date after the publication date: keep the named period
            else:
                kind, first = "until", None
        elif g("antara") and kind == "point":
            kind = "range"
        found.append(DateExpression(
            expression=text[start:end], start=start, end=end, date_start=first, date_end=last,
            precision=core.precision, relative=core.relative,
            anchor=anchor if used_anchor else None, kind=kind,
            weekday_stated=core.weekday_stated, weekday_ok=core.weekday_ok,
        ))
    return tuple(found)


def parse_date_line(text: str, language: str = "id") -> DateLine:
    """The first explicit day-precision date in a publication-date line.

    >>> parse_date_line("Rabu, 28 Agu 2024 11:20 WIB")
    DateLine(date=datetime.date(2024, 8, 28), evidence='Rabu, 28 Agu 2024', \
weekday_stated='Rabu', weekday_ok=True)
    >>> parse_date_line("Kompas.com - 29/12/2023, 14:12 WIB").date
    datetime.date(2023, 12, 29)
    >>> parse_date_line("Sabtu (14/10)")  # no year: not a publication date
    DateLine(date=None, evidence='', weekday_stated='', weekday_ok=None)
    """
    if not text or not _DIGIT.search(text):  # a full date has a day number and a year
        return DateLine(None, "", "", None)
    for found in find_date_expressions(text, None, language):
        if found.precision == "day" and not found.relative and found.kind == "point" \
                and found.date_start is not None:
            return DateLine(found.date_start, found.expression, found.weekday_stated,
                            found.weekday_ok)
    return DateLine(None, "", "", None)
