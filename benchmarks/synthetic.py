"""Synthetic Indonesian news articles for benchmarks and reliability runs.

Each article recombines paragraphs of a source corpus (default: the seeds, read at run time
with :func:`newsframe.load_corpus`) under a new headline line and a new dateline, with the
facts varied so that numbers and dates are not the seeds' own:

- numerals keep their written form but not their value: ``1.000`` -> ``4.000``,
  ``6.700`` -> ``2.300``, ``3 juta`` -> ``8 juta``, ``lebih dari 10.000`` ->
  ``lebih dari 70.000`` (same digit count, same dot grouping; plain years are kept);
- every full or partial date (``Jumat (13/10/2023)``, ``(12/9/2023)``, ``Sabtu (14/10)``,
  ``5 Oktober``, ``12 Sep 2023``, ``September 2023``) is shifted by one offset per article,
  a whole number of weeks so that bare weekday mentions (``Minggu sore``) stay coherent, and
  a stated weekday is recomputed from the shifted date;
- the dateline is rewritten for an outlet of ``data/outlets.csv`` in one of the house styles
  (``JAKARTA, KOMPAS.TV -``, ``Seoul (ANTARA) -``, ``Jakarta, CNN Indonesia --``,
  ``Liputan6.com, Washington -``, ``NEWSLIVE –``).

The same numeral gets the same replacement throughout one article (headline included), so a
figure repeated in the lead and the headline stays consistent. Output is deterministic for a
given ``seed``: article ``i`` depends only on ``(seed, i)`` and the source corpus.

>>> articles = generate_corpus(2, seed=1)
>>> [name for name, _ in articles]
['synthetic_000000.txt', 'synthetic_000001.txt']
>>> articles == generate_corpus(2, seed=1)
True
"""

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from newsframe import lexicons, paths
from newsframe.lang import text

# Dateline templates (place, outlet); the last one has no place and needs a one-word alias.
DATELINE_STYLES = (
    "{PLACE}, {outlet} -",
    "{place} ({outlet}) -",
    "{place}, {outlet} --",
    "{outlet}, {place} -",
    "{PLACE}, {outlet} –",
    "{PLACE}, {outlet} —",
    "{outlet} –",
)
# Generic dateline places added to those found in the source corpus.
EXTRA_PLACES = ("Jakarta", "Seoul", "Washington", "Moskow", "Tokyo", "Beijing", "Kyiv")
MAX_WEEKS_SHIFT = 104  # dates move by up to two years either way
PARAGRAPHS = (3, 10)  # body paragraphs after the lead, inclusive range


@dataclass(frozen=True)
class _Paragraph:
    text: str
    base_year: int | None  # publication year of the source article (for year-less dates)


@dataclass(frozen=True)
class _Source:
    titles: tuple[_Paragraph, ...]
    leads: tuple[_Paragraph, ...]  # lead paragraphs with their dateline removed
    paragraphs: tuple[_Paragraph, ...]
    places: tuple[str, ...]


# ---------------------------------------------------------------------------- lexicon-driven

@cache
def _calendar() -> tuple[re.Pattern, dict[str, int], dict[str, int], list[str], list[str],
                         list[str]]:
    """The date/number regex and the month and weekday names, from the lexicons."""
    months = lexicons.load("months")
    weekdays = lexicons.load("weekdays")
    month_of = {r["name"]: int(r["month"]) for r in months.to_dict("records")}
    weekday_of = {r["name"]: int(r["weekday"]) for r in weekdays.to_dict("records")}
    full_names = [""] * 13
    short_names = [""] * 13
    for name, number in month_of.items():  # first listed = full name; shortest = abbreviation
        full_names[number] = full_names[number] or name
        if not short_names[number] or len(name) < len(short_names[number]):
            short_names[number] = name
    day_names = [""] * 7
    for name, number in weekday_of.items():
        day_names[number] = day_names[number] or name

    def alternation(names):
        return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))

    weekday, month = alternation(weekday_of), alternation(month_of)
    pattern = re.compile(
        # Jumat (13/10/2023), (12/9/2023), Sabtu (14/10)
        rf"(?:(?P<nwd>\b(?:{weekday}))(?P<nsep>,?\s*))?"
        rf"\((?P<nd>\d{{1,2}})/(?P<nm>\d{{1,2}})(?:/(?P<ny>(?:19|20)\d{{2}}))?\)"
        # Kamis, 12 Oktober 2023 / 5 Oktober / 12 Sep 2023
        rf"|(?:(?P<wwd>\b(?:{weekday}))(?P<wsep>,?\s+))?(?<![\w.,])(?P<wd>\d{{1,2}})\s+"
        rf"(?P<wmon>{month})\b(?:(?P<wdot>\.?)(?P<wysep>\s+)(?P<wy>(?:19|20)\d{{2}})\b)?"
        # September 2023
        rf"|\b(?P<mmon>{month})(?P<msep>\s+)(?P<my>(?:19|20)\d{{2}})\b"
        # 1.000 / 6.700 / 73 / 1,5 (not inside words, codes, times or dates)
        r"|(?<![\w.,/:-])(?P<num>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<frac>\d+))?(?![\w/:]|[.,]\d)"
    )
    return pattern, month_of, weekday_of, full_names, short_names, day_names


@cache
def _outlet_aliases() -> tuple[tuple[str, str], ...]:
    """(outlet name, alias as written in a dateline) for every alias in data/outlets.csv."""
    table = lexicons.load("outlets")
    return tuple((row["name"], alias) for row in table.to_dict("records")
                 for alias in lexicons.split_aliases(row["patterns"]))


# ---------------------------------------------------------------------------- source corpus

@cache
def _read_source(source: str) -> _Source:
    from newsframe.read.corpus import load_corpus

    articles = load_corpus(Path(source))
    usable = articles[(articles["status"] != "error") & (articles["duplicate_of"] == "")
                      & (articles["body"] != "")]
    titles, leads, paragraphs = [], [], []
    places = dict.fromkeys(p for p in usable["dateline_place"] if p)
    for row in usable.to_dict("records"):
        year = int(row["published"][:4]) if row["published"] else None
        if row["title"]:
            titles.append(_Paragraph(row["title"], year))
        spans = text.split_paragraphs(row["body"])
        parts = [row["body"][start:end] for start, end in spans]
        evidence = row["outlet_evidence"].removeprefix("dateline: ")
        lead = parts[0]
        if row["outlet_evidence"].startswith("dateline: ") and lead.startswith(evidence):
            lead = lead[len(evidence):].lstrip()
        leads.append(_Paragraph(lead, year))
        paragraphs.extend(_Paragraph(part, year) for part in parts[1:])
    if not leads or not paragraphs:
        raise ValueError(f"source corpus {source!r} has no usable article with 2+ paragraphs")
    if not titles:  # a corpus without headlines: use the first words of the leads
        titles = [_Paragraph(" ".join(p.text.split()[:12]).rstrip(".,"), p.base_year)
                  for p in leads]
    places.update(dict.fromkeys(EXTRA_PLACES))
    return _Source(tuple(titles), tuple(leads), tuple(paragraphs), tuple(places))


# ---------------------------------------------------------------------------- variation

def _group_thousands(digits: str) -> str:
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return ".".join(groups)


def _new_numeral(numeral: str, fraction: str | None, rng: random.Random) -> str:
    """Another value written the same way: same digit count, grouping, trailing zeros."""
    digits = numeral.replace(".", "")
    significant = len(digits.rstrip("0")) or 1
    low, high = 10 ** (significant - 1), 10**significant - 1
    old_lead = int(digits[:significant])
    for _ in range(20):
        lead = rng.randint(low, high)
        candidate = str(lead) + "0" * (len(digits) - significant)
        plain_year = "." not in numeral and re.fullmatch(r"(?:19|20)\d\d", candidate)
        if (lead != old_lead or low == high) and not plain_year:
            break
    written = _group_thousands(candidate) if "." in numeral else candidate
    if fraction is not None:
        written += "," + "".join(str(rng.randint(0, 9)) for _ in fraction)
    return written


def _shift(day: date, days: int) -> date:
    return day + timedelta(days=days)


def _vary(paragraph: _Paragraph, days: int, numerals: dict, rng: random.Random) -> str:
    """Shift the dates and re-write the numerals of one paragraph."""
    pattern, month_of, _weekday_of, full_names, short_names, day_names = _calendar()

    def month_name(number: int, like: str) -> str:
        return short_names[number] if len(like) <= 3 else full_names[number]

    def replace(match: re.Match) -> str:
        try:
            if match["nd"]:
                year = int(match["ny"]) if match["ny"] else paragraph.base_year
                if year is None:
                    return match.group(0)
                moved = _shift(date(year, int(match["nm"]), int(match["nd"])), days)
                weekday = f"{day_names[moved.weekday()]}{match['nsep']}" if match["nwd"] else ""
                tail = f"/{moved.year}" if match["ny"] else ""
                return f"{weekday}({moved.day}/{moved.month}{tail})"
            if match["wd"]:
                year = int(match["wy"]) if match["wy"] else paragraph.base_year
                if year is None:
                    return match.group(0)
                moved = _shift(date(year, month_of[match["wmon"]], int(match["wd"])), days)
                weekday = f"{day_names[moved.weekday()]}{match['wsep']}" if match["wwd"] else ""
                tail = f"{match['wdot']}{match['wysep']}{moved.year}" if match["wy"] else ""
                return f"{weekday}{moved.day} {month_name(moved.month, match['wmon'])}{tail}"
            if match["mmon"]:
                moved = _shift(date(int(match["my"]), month_of[match["mmon"]], 15), days)
                return f"{month_name(moved.month, match['mmon'])}{match['msep']}{moved.year}"
        except ValueError:  # an impossible date such as 31/2: leave the text alone
            return match.group(0)
        numeral, fraction = match["num"], match["frac"]
        if "." not in numeral and re.fullmatch(r"(?:19|20)\d\d", numeral) and fraction is None:
            return numeral  # a year
        key = match.group(0)
        if key not in numerals:
            numerals[key] = _new_numeral(numeral, fraction, rng)
        return numerals[key]

    return pattern.sub(replace, paragraph.text)


def _dateline(rng: random.Random, places: tuple[str, ...]) -> str:
    _name, alias = rng.choice(_outlet_aliases())
    styles = DATELINE_STYLES if " " not in alias else DATELINE_STYLES[:-1]
    place = rng.choice(places)
    return rng.choice(styles).format(outlet=alias, place=place, PLACE=place.upper())


def generate_article(index: int, seed: int = 0, source=paths.SEEDS) -> tuple[str, str]:
    """One synthetic article: (file name, text) with a title line first.

    >>> name, article = generate_article(0)
    >>> name, article.count("\\n\\n") >= 4
    ('synthetic_000000.txt', True)
    """
    corpus = _read_source(str(Path(source).resolve()))
    rng = random.Random(f"newsframe-synthetic:{seed}:{index}")
    days = 7 * rng.choice([w for w in range(-MAX_WEEKS_SHIFT, MAX_WEEKS_SHIFT + 1) if w])
    numerals: dict[str, str] = {}
    title = _vary(rng.choice(corpus.titles), days, numerals, rng)
    lead = _vary(rng.choice(corpus.leads), days, numerals, rng)
    count = min(rng.randint(*PARAGRAPHS), len(corpus.paragraphs))
    body = [_vary(p, days, numerals, rng) for p in rng.sample(corpus.paragraphs, count)]
    parts = [title, f"{_dateline(rng, corpus.places)} {lead}", *body]
    return f"synthetic_{index:06d}.txt", "\n\n".join(parts) + "\n"


def iterate_corpus(n: int, seed: int = 0, source=paths.SEEDS) -> Iterator[tuple[str, str]]:
    """Yield ``n`` synthetic articles one at a time (for corpora too big to hold in memory).

    >>> len(list(iterate_corpus(3)))
    3
    """
    for index in range(n):
        yield generate_article(index, seed, source)


def generate_corpus(n: int, seed: int = 0, source=paths.SEEDS) -> list[tuple[str, str]]:
    """``n`` synthetic articles as (file name, text), deterministic for a given ``seed``.

    Args:
        n: number of articles.
        seed: any integer; the same seed gives the same articles.
        source: folder (or export) of real articles whose paragraphs are recombined.

    >>> name, article = generate_corpus(1, seed=7)[0]
    >>> article.splitlines()[0] != "" and name.endswith(".txt")
    True
    """
    return list(iterate_corpus(n, seed, source))


def write_corpus(folder, n: int, seed: int = 0, source=paths.SEEDS) -> Path:
    """Write ``n`` synthetic articles as UTF-8 ``.txt`` files into ``folder`` (created).

    >>> import tempfile
    >>> out = write_corpus(tempfile.mkdtemp(), 2)
    >>> sorted(p.name for p in out.iterdir())
    ['synthetic_000000.txt', 'synthetic_000001.txt']
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name, article in iterate_corpus(n, seed, source):
        (folder / name).write_text(article, encoding="utf-8")
    return folder
