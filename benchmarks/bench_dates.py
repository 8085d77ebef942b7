"""Benchmark: newsframe's date finder vs dateparser.search_dates on the seed articles.

Speed (articles per second over the raw seed files) and recall on the hand-labelled
expressions of tests/fixtures/date_expressions.csv (the same table the tests use).

- span recall: a labelled expression is found when a returned span overlaps it.
- resolved recall: ... and the returned date(s) equal the labelled start/end (ours), or the
  returned datetime falls inside the labelled [date_start, date_end] (dateparser gives one
  datetime per span). Labels with no dates (unresolved: no publication date) count as resolved
  when the span is found and left unresolved — dateparser always resolves (against today).

Run: ``.venv/bin/python benchmarks/bench_dates.py [--repeat N]``; prints a Markdown table.
"""

import argparse
import csv
import platform
import time
import warnings
from datetime import date, datetime
from importlib import metadata

from newsframe import paths
from newsframe.lang.dates import find_date_expressions

FIXTURE = paths.ROOT / "tests" / "fixtures" / "date_expressions.csv"


def _iso(value):
    return date.fromisoformat(value) if value else None


def load_labels():
    with FIXTURE.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def seed_texts():
    return {path.name[:3]: path.read_text(encoding="utf-8")
            for path in sorted(paths.SEEDS.glob("*.txt"))}


def anchors(labels):
    return {row["seed"]: _iso(row["anchor"]) for row in labels}


def label_spans(text, labels_for_seed):
    """(start, end, row) of each labelled occurrence in the raw text."""
    spans = []
    for row in labels_for_seed:
        position, count = -1, 0
        while count < int(row["occurrence"]):
            position = text.index(row["expression"], position + 1)
            count += 1
        spans.append((position, position + len(row["expression"]), row))
    return spans


def run_ours(texts, anchor_of):
    return {seed: [(e.start, e.end, e.date_start, e.date_end)
                   for e in find_date_expressions(text, anchor_of[seed])]
            for seed, text in texts.items()}


def run_dateparser(texts, anchor_of):
    from dateparser.search import search_dates

    found = {}
    for seed, text in texts.items():
        anchor = anchor_of[seed]
        settings = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past"}
        if anchor:
            settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            results = search_dates(text, languages=["id"], settings=settings) or []
        spans, cursor = [], 0
        for substring, moment in results:
            start = text.find(substring, cursor)
            if start < 0:
                start = text.find(substring)
            if start < 0:
                continue
            cursor = start + len(substring)
            spans.append((start, start + len(substring), moment.date(), moment.date()))
        found[seed] = spans
    return found


def score(found, texts, labels, exact):
    span_hits = resolved_hits = 0
    for seed, text in texts.items():
        for start, end, row in label_spans(text, [r for r in labels if r["seed"] == seed]):
            want_first, want_last = _iso(row["date_start"]), _iso(row["date_end"])
            overlapping = [f for f in found[seed] if f[0] < end and f[1] > start]
            if not overlapping:
                continue
            span_hits += 1
            for _, _, first, last in overlapping:
                if exact:
                    ok = (first, last) == (want_first, want_last)
                elif want_first is None and want_last is None:
                    ok = False  # dateparser resolves against today instead of leaving it open
                else:
                    low = want_first or want_last
                    high = want_last or want_first
                    ok = first is not None and low <= first <= high
                if ok:
                    resolved_hits += 1
                    break
    return span_hits, resolved_hits


def timed(function, repeat):
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - began)
    return best, result


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=200, help="timing rounds for our finder")
    parser.add_argument("--repeat-dateparser", type=int, default=3)
    args = parser.parse_args()
    labels, texts = load_labels(), seed_texts()
    anchor_of = anchors(labels)
    n_articles, n_chars = len(texts), sum(len(t) for t in texts.values())
    run_ours(texts, anchor_of)  # warm up: compile the patterns once
    ours_time, ours = timed(lambda: run_ours(texts, anchor_of), args.repeat)
    dp_time, theirs = timed(lambda: run_dateparser(texts, anchor_of), args.repeat_dateparser)
    big = "\n".join(texts.values()) * 200
    began = time.perf_counter()
    find_date_expressions(big, date(2023, 10, 13))
    big_seconds = time.perf_counter() - began
    total = len(labels)
    rows = []
    for name, seconds, found, exact in (("newsframe.lang.dates", ours_time, ours, True),
                                        ("dateparser.search_dates", dp_time, theirs, False)):
        span_hits, resolved_hits = score(found, texts, labels, exact)
        n_found = sum(len(v) for v in found.values())
        rows.append(f"| {name} | {n_articles / seconds:,.0f} | {n_chars / seconds / 1e6:.2f} | "
                    f"{n_found} | {span_hits}/{total} ({span_hits / total:.0%}) | "
                    f"{resolved_hits}/{total} ({resolved_hits / total:.0%}) |")
    print(f"Machine: {platform.machine()}, {platform.processor() or 'unknown CPU'}, "
          f"Python {platform.python_version()}, dateparser {metadata.version('dateparser')}, "
          f"{platform.system()} {platform.release()}")
    print(f"Corpus: {n_articles} seed files, {n_chars:,} characters; {total} labelled "
          f"expressions; best of {args.repeat} (ours) / {args.repeat_dateparser} (dateparser)")
    print()
    print("| finder | articles/s | MB/s | spans returned | span recall | resolved recall |")
    print("|---|---:|---:|---:|---:|---:|")
    print("\n".join(rows))
    print()
    print(f"Linearity: {len(big) / 1e6:.1f} MB in one text: {big_seconds:.2f} s "
          f"({len(big) / big_seconds / 1e6:.1f} MB/s)")


if __name__ == "__main__":
    main()
