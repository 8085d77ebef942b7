"""Accuracy of newsframe's tables against hand labels (gold CSVs), for any labelled folder.

A labelled folder holds articles (anything ``load_corpus`` reads) and a ``gold/`` folder in
the format of ``../shared/realworld-dev/gold/`` (its README describes the columns):
``articles.csv``, ``claims.csv``, ``sources.csv``, ``denials.csv``, ``events.csv``, keyed by
``article_id``. Any of them may be missing; what is present is scored.

    .venv/bin/python benchmarks/accuracy.py                      # seeds, test articles, dev set
    .venv/bin/python benchmarks/accuracy.py ../shared/realworld-dev --misses
    .venv/bin/python benchmarks/accuracy.py --write-docs         # docs/ACCURACY.md

The real-world development set (``../shared/realworld-dev``) is read in place when present
and skipped when not; its texts are never copied into the project.

Scoring (per table; "required" rows only for recall, every gold row for precision):

- **claims**: a gold figure is found when an article's claim has the same value and unit;
  precision over the claims whose unit occurs in the gold file (a figure in another unit is
  not a shipment figure and not judged). The claimant of a found figure is right when one of
  ``claimant_any`` is, as whole words, inside the claimant (or the words it was read from) of
  a claim row matching it and no matching row names anybody else (a row naming nobody, such
  as a headline repeating the figure without attribution, is not wrong).
- **sources**: a gold source is found when one of ``source_any`` is inside a source, its
  words, or a relay of an attribution of that article; precision over the distinct named
  (not anonymous) sources and relays newsframe reports per article. A *wrong person* is a
  reported person matching no gold source of the article.
- **denials**: ``denial_included`` against newsframe's answer per article.
- **events**: a required gold date is found when an event of the article starts (and, for a
  range, ends) with it, at the gold's precision (``2023-09`` matches any day of the month).
- **articles**: outlet (gold name inside newsframe's, as words), publication date among
  ``published_ok`` (``none``: empty is right), weekday mismatch flag.
"""

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))

import newsframe as nf  # noqa: E402
from newsframe.annotate import tables as pipeline  # noqa: E402
from newsframe.read.corpus import select_articles  # noqa: E402

DEV_SET = ROOT.parent / "shared" / "realworld-dev"
LABELLED = {  # name -> folder (a folder whose gold/ is elsewhere: (articles, gold))
    "seeds": (ROOT / "seeds", ROOT / "tests" / "fixtures" / "gold" / "seeds"),
    "test articles": (ROOT / "tests" / "fixtures" / "attribution", None),
    "realworld-dev": (DEV_SET, None),
}
DOC = ROOT / "docs" / "ACCURACY.md"


# ---------------------------------------------------------------------------- matching

def _words(text) -> str:
    """Lower case, hyphens and punctuation as spaces, single spaces, padded for whole-word
    containment tests."""
    text = re.sub(r"[^\w]+", " ", str(text or "").casefold().replace("_", " "))
    return f" {' '.join(text.split())} "


def names_match(alternatives, candidates) -> bool:
    """Is one of ``alternatives`` (``|``-separated or a list) inside one of ``candidates``,
    as whole words?

    >>> names_match("Kirby|Gedung Putih", ["John Kirby"]), names_match("Kim Yo Jong", ["Kim"])
    (True, False)
    """
    if isinstance(alternatives, str):
        alternatives = alternatives.split("|")
    wanted = [_words(a) for a in alternatives if str(a).strip()]
    have = [_words(c) for c in candidates if str(c or "").strip()]
    return any(w in h for w in wanted for h in have)


# ---------------------------------------------------------------------------- tables

@dataclass
class Score:
    """Counts of one metric: ``hits`` of ``total``, with the misses spelled out."""

    hits: int = 0
    total: int = 0
    misses: list = field(default_factory=list)

    def add(self, ok: bool, miss: str = "") -> None:
        self.total += 1
        self.hits += bool(ok)
        if not ok and miss:
            self.misses.append(miss)

    @property
    def rate(self) -> float | None:
        return self.hits / self.total if self.total else None

    def text(self) -> str:
        return f"{self.hits}/{self.total}" + (f" ({self.rate:.0%})" if self.total else "")


def annotate(folder: Path) -> dict[str, pd.DataFrame]:
    """newsframe's tables for every article of ``folder`` (errors and duplicates included in
    ``articles``), plus ``denials`` (one answer per article)."""
    articles = nf.load_corpus(folder)
    story = nf.stories.decide_story("auto", articles, [folder]).story  # once per folder
    tables = pipeline.annotate(select_articles(articles, include_duplicates=True), story=story)
    tables["articles"] = articles
    tables["denials"] = _denials(articles, tables["attributions"], story)
    return tables


def _denials(articles: pd.DataFrame, attributions: pd.DataFrame, story) -> pd.DataFrame:
    from newsframe.analyse import indicators

    return indicators.denial_answers(articles, attributions, story)


def _text_columns(table: pd.DataFrame, names) -> list[str]:
    return [c for c in names if c in table.columns]


def score_claims(gold: pd.DataFrame, claims: pd.DataFrame) -> dict[str, Score]:
    recall, precision, claimant, qualifier = Score(), Score(), Score(), Score()
    units = set(gold["unit"])
    name_columns = _text_columns(claims, ["claimant", "claimant_text", "claimant_evidence"])
    matched_rows = set()
    for row in gold.itertuples():
        ours = claims[(claims["article_id"] == row.article_id)
                      & (claims["value"] == float(row.value)) & (claims["unit"] == row.unit)]
        matched_rows |= set(ours.index)
        label = f"{row.article_id}: {float(row.value):g} {row.unit}"
        if str(row.required) != "1":
            continue
        recall.add(not ours.empty, f"{label} not found")
        if ours.empty:
            continue
        rows = list(ours.itertuples())
        right = [names_match(row.claimant_any, [getattr(r, c) for c in name_columns])
                 for r in rows]
        wrong = [r for r, ok in zip(rows, right, strict=True) if r.claimant and not ok]
        claimant.add(any(right) and not wrong, f"{label}: claimant "
                     + "; ".join(repr(r.claimant) + (" (title)" if r.in_title else "")
                                 for r, ok in zip(rows, right, strict=True) if not ok)
                     + f", want {row.claimant_any}")
        got = set(ours["qualifier"])
        qualifier.add(row.qualifier in got, f"{label}: qualifier {sorted(got)}, want "
                      f"{row.qualifier}")
    judged = claims[claims["unit"].isin(units) & claims["article_id"].isin(set(gold["article_id"])
                                                                           | _ids(claims))]
    for index, row in judged.iterrows():
        precision.add(index in matched_rows, f"{row['article_id']}: {row['value']:g} "
                      f"{row['unit']} is no gold figure ({row['sentence'][:80]!r})")
    return {"claims recall": recall, "claims precision": precision,
            "claimant right": claimant, "qualifier right": qualifier}


def _ids(table: pd.DataFrame) -> set:
    return set(table["article_id"])


def _reported_sources(attributions: pd.DataFrame) -> pd.DataFrame:
    """One row per article and distinct named source or relay newsframe reports:
    (article_id, name, words, kind)."""
    rows = []
    kind_column = "source_kind" if "source_kind" in attributions.columns else None
    for row in attributions.to_dict("records"):
        words = [row.get("source"), row.get("source_text", "")]
        if not row.get("anonymous"):
            rows.append((row["article_id"], row["source"], words,
                         row.get(kind_column, "") if kind_column else ""))
        for hop in str(row.get("relayed_by") or "").split(" > "):
            if hop.strip():
                rows.append((row["article_id"], hop.strip(), [hop.strip()], "relay"))
    table = pd.DataFrame(rows, columns=["article_id", "name", "words", "kind"])
    if table.empty:
        return table
    # one row per article and name, holding the words of all its statements
    return table.groupby(["article_id", "name"], as_index=False, sort=False).agg(
        words=("words", lambda lists: [w for words in lists for w in words]),
        kind=("kind", "first"))


def score_sources(gold: pd.DataFrame, attributions: pd.DataFrame,
                  articles: pd.DataFrame) -> dict[str, Score]:
    recall, precision, persons = Score(), Score(), Score()
    reported = _reported_sources(attributions)
    person_types = _person_names(attributions)
    by_article = {key: group for key, group in reported.groupby("article_id")} if len(
        reported) else {}
    all_words = {}
    for article_id, group in by_article.items():
        all_words[article_id] = [w for words in group["words"] for w in words]
        all_words[article_id] += list(attributions.loc[
            attributions["article_id"] == article_id, "relayed_by"])
    for row in gold.itertuples():
        if str(row.required) != "1":
            continue
        recall.add(names_match(row.source_any, all_words.get(row.article_id, [])),
                   f"{row.article_id}: {row.source_any.split('|')[0]} ({row.kind}) not found")
    labelled = set(gold["article_id"])
    for article_id, group in by_article.items():
        if article_id not in labelled:
            continue
        alternatives = gold.loc[gold["article_id"] == article_id, "source_any"].tolist()
        for item in group.itertuples():
            right = any(names_match(a, item.words) for a in alternatives)
            precision.add(right, f"{article_id}: {item.name!r} is no gold source")
            if (article_id, item.name) in person_types:
                persons.add(right, f"{article_id}: person {item.name!r} credited with words "
                            "nobody labelled as theirs")
    return {"sources recall": recall, "sources precision": precision,
            "persons right": persons}


def _person_names(attributions: pd.DataFrame) -> set:
    column = "source_kind" if "source_kind" in attributions.columns else None
    if column is None:
        from newsframe.annotate import actors

        kinds = {}
        for source in set(attributions["source"]):
            row = actors.normalise_actor(source)
            kinds[source] = row["kind"] if row else ""
        return {(a, s) for a, s in zip(attributions["article_id"], attributions["source"],
                                       strict=True) if kinds.get(s) == "person"}
    chosen = attributions[attributions[column] == "person"]
    return set(zip(chosen["article_id"], chosen["source"], strict=True))


def score_denials(gold: pd.DataFrame, denials: pd.DataFrame) -> dict[str, Score]:
    right, found = Score(), Score()
    answers = dict(zip(denials["article_id"], denials["denial_included"], strict=True))
    for row in gold.itertuples():
        ours = bool(answers.get(row.article_id, False))
        want = str(row.denial_included) == "1"
        right.add(ours == want, f"{row.article_id}: denial {'missed' if want else 'invented'}")
        if want:
            found.add(ours, f"{row.article_id}: denial missed")
    return {"denial answered right": right, "denials found": found}


def score_events(gold: pd.DataFrame, events: pd.DataFrame) -> dict[str, Score]:
    recall = Score()
    for row in gold.itertuples():
        if str(row.required) != "1":
            continue
        ours = events[events["article_id"] == row.article_id]
        start = str(row.start)
        end = "" if pd.isna(row.end) else str(row.end)
        hit = ours["date_start"].fillna("").astype(str).str.startswith(start)
        if end:
            hit &= ours["date_end"].fillna("").astype(str).str.startswith(end)
        recall.add(bool(hit.any()), f"{row.article_id}: {start}{'..' + end if end else ''} "
                   f"not found ({row.note})")
    return {"events recall": recall}


def score_articles(gold: pd.DataFrame, articles: pd.DataFrame) -> dict[str, Score]:
    outlet, published, weekday = Score(), Score(), Score()
    ours = articles.set_index("article_id")
    for row in gold.itertuples():
        if row.article_id not in ours.index:
            outlet.add(False, f"{row.article_id}: not loaded")
            continue
        article = ours.loc[row.article_id]
        outlet.add(names_match(row.outlet, [article["outlet"]]),
                   f"{row.article_id}: outlet {article['outlet']!r}, want {row.outlet!r}")
        allowed = str(row.published_ok).split("|")
        value = article["published"] or "none"
        published.add(value in allowed, f"{row.article_id}: published {value!r} "
                      f"({article['published_evidence']}), want {row.published_ok}")
        flagged = "weekday_mismatch" in article["warnings"].split(";")
        weekday.add(flagged == (str(row.weekday_mismatch) == "1"),
                    f"{row.article_id}: weekday_mismatch {flagged}")
    return {"outlet right": outlet, "publication date right": published,
            "weekday flag right": weekday}


def score_folder(folder: Path, gold_folder: Path | None = None) -> dict:
    """Every metric the gold of ``folder`` allows, per table and per article."""
    gold_folder = gold_folder or folder / "gold"
    tables = annotate(folder)
    gold = {path.stem: pd.read_csv(path, dtype=str, keep_default_na=False)
            for path in sorted(gold_folder.glob("*.csv"))}
    for name in ("claims",):
        if name in gold:
            gold[name]["value"] = gold[name]["value"].astype(float)
    scores: dict[str, Score] = {}
    if "claims" in gold:
        scores.update(score_claims(gold["claims"], tables["claims"]))
    if "sources" in gold:
        scores.update(score_sources(gold["sources"], tables["attributions"],
                                    tables["articles"]))
    if "denials" in gold:
        scores.update(score_denials(gold["denials"], tables["denials"]))
    if "events" in gold:
        gold["events"]["end"] = gold["events"]["end"].replace("", None)
        scores.update(score_events(gold["events"], tables["events"]))
    if "articles" in gold:
        scores.update(score_articles(gold["articles"], tables["articles"]))
    ids = sorted({i for table in gold.values() for i in table["article_id"]})
    return {"folder": str(folder), "articles": ids, "scores": scores,
            "per_article": _per_article(scores, ids)}


def _per_article(scores: dict[str, Score], ids: list[str]) -> dict[str, int]:
    """Number of misses per article (over every metric)."""
    counts = dict.fromkeys(ids, 0)
    for score in scores.values():
        for miss in score.misses:
            article_id = miss.split(":", 1)[0]
            counts[article_id] = counts.get(article_id, 0) + 1
    return counts


# ---------------------------------------------------------------------------- output

def render(results: dict[str, dict], misses: bool = True) -> str:
    names = list(dict.fromkeys(m for r in results.values() for m in r["scores"]))
    lines = ["| metric | " + " | ".join(results) + " |",
             "|---|" + "---|" * len(results)]
    for metric in names:
        cells = [r["scores"][metric].text() if metric in r["scores"] else "—"
                 for r in results.values()]
        lines.append(f"| {metric} | " + " | ".join(cells) + " |")
    for name, result in results.items():
        lines += ["", f"### {name}: misses per article", ""]
        lines.append(", ".join(f"{a} {n}" for a, n in result["per_article"].items()) or "none")
        if misses:
            every = [m for s in result["scores"].values() for m in s.misses]
            lines += ["", f"Every miss ({len(every)}):", ""]
            lines += [f"- {m}" for m in every] or ["- none"]
    return "\n".join(lines)


def as_json(results: dict[str, dict]) -> dict:
    return {name: {metric: {"hits": s.hits, "total": s.total, "misses": s.misses}
                   for metric, s in result["scores"].items()}
            for name, result in results.items()}


def run(names=None, folders=None) -> dict[str, dict]:
    """Score the named labelled folders (default: all present) and any extra ``folders``."""
    results = {}
    for name, (folder, gold) in LABELLED.items():
        if names and name not in names:
            continue
        if not folder.exists() or not (gold or folder / "gold").exists():
            print(f"accuracy: {name} skipped ({folder} not present)", file=sys.stderr)
            continue
        results[name] = score_folder(folder, gold)
    for folder in folders or []:
        results[Path(folder).name] = score_folder(Path(folder))
    return results


def write_docs(results: dict[str, dict], notes: str = "") -> None:
    body = render(results)
    text = DOC.read_text("utf-8") if DOC.exists() else "# Accuracy\n"
    marker = "## Measured"
    head = text.split(marker)[0].rstrip() + "\n\n" if marker in text else text + "\n\n"
    DOC.write_text(head + f"{marker}\n\n`benchmarks/accuracy.py --write-docs`"
                   f"{' — ' + notes if notes else ''}\n\n" + body + "\n", encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", help="extra labelled folders (with gold/)")
    parser.add_argument("--only", nargs="*", choices=list(LABELLED), help="named sets only")
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--write-docs", action="store_true", help="update docs/ACCURACY.md")
    args = parser.parse_args(argv)
    names = args.only if args.only is not None else (None if not args.folders else [])
    results = run(names, args.folders)
    if args.json:
        print(json.dumps(as_json(results), indent=1, ensure_ascii=False))
    else:
        print(render(results, misses=args.misses))
    if args.write_docs:
        write_docs(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
