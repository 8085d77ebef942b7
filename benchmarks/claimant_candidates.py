"""How often the right speaker of a figure is among the speakers newsframe already knows.

For every gold figure newsframe finds (same value and unit, as ``accuracy.py`` scores it) in
labelled folders (stories in subfolders and a ``gold/`` with a leading ``story`` column, as
``../shared/realworld-dev/stories``) and in the development set's tuning part, this lists the
candidate speakers of the article — every statement of the attributions table, placed by
where it stands relative to the figure, the headline's speakers, the outlet, and the speaker
of the same figure elsewhere in the article — marks the right one (one of the gold's
``claimant_any`` inside its name or words) and sorts the figure into:

- ``chosen``: the claimant newsframe gave is right;
- ``candidate``: wrong, but the right speaker is a candidate (counted by the nearest place it
  stands in, and by the evidence newsframe used for its wrong choice);
- ``absent``: the right speaker is no candidate: named in the body but read as no statement's
  speaker, named only in the headline, or not named in the text at all.

    .venv/bin/python benchmarks/claimant_candidates.py --group tuning /tmp/a /tmp/b --dev
    .venv/bin/python benchmarks/claimant_candidates.py --group check /tmp/c --detail

``--dev`` adds the development set's tuning part (never its held-out part). ``--detail``
prints every figure that is not ``chosen`` with its candidates (for tuning folders only: a
check folder's misses stay unread). Candidate places, nearest first: ``sentence`` (a
statement in the figure's sentence), ``paragraph``, ``paragraph before``, ``paragraph
after``, ``2-4 paragraphs before``, ``headline``, ``farther before``, ``farther after``,
``same figure`` (the same value and unit claimed elsewhere), ``outlet``.
"""

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "lib"))

import accuracy as acc  # noqa: E402

from newsframe.annotate import candidates as choice  # noqa: E402
from newsframe.lang import text as nftext  # noqa: E402

PLACES = ("sentence", "paragraph", "paragraph before", "paragraph after",
          "2-4 paragraphs before", "headline", "farther before", "farther after",
          "same figure", "outlet")
WEAK = frozenset({"run_on", "between", "lead", "paragraph", "outlet", "", "candidates", "unsure"})


def _folder_set(folder: Path) -> acc.LabelledSet:
    def files():
        return [p for sub in sorted(folder.iterdir()) if sub.is_dir() and sub.name != "gold"
                for p in sorted(sub.glob("*.txt"))]
    return acc.LabelledSet(folder.name, files, folder / "gold", acc._ids_of(files),
                           stories=True, root=folder)


def _index(spans: list[tuple[int, int]], offset: int) -> int:
    for number, (_start, end) in enumerate(spans):
        if offset < end:
            return number
    return len(spans) - 1


def _place(fig_par: int, fig_sen: int, par: int, sen: int) -> str:
    if sen == fig_sen:
        return "sentence"
    if par == fig_par:
        return "paragraph"
    if par == fig_par - 1:
        return "paragraph before"
    if par == fig_par + 1:
        return "paragraph after"
    if fig_par - 4 <= par < fig_par - 1:
        return "2-4 paragraphs before"
    return "farther before" if par < fig_par else "farther after"


def candidates(article, statements, claims, row) -> list[tuple[str, str, str]]:
    """(place, speaker, words) of every candidate speaker for the claim ``row``."""
    body = article.body or ""
    found = []
    if row.in_title:
        found += [("headline", s.source, s.source_text) for s in statements.itertuples()
                  if s.in_title]
    else:
        paragraphs = nftext.split_paragraphs(body)
        sentences = nftext.split_sentences(body)
        fig_par, fig_sen = _index(paragraphs, row.start), _index(sentences, row.start)
        for s in statements.itertuples():
            if s.in_title:
                found.append(("headline", s.source, s.source_text))
                continue
            place = _place(fig_par, fig_sen, _index(paragraphs, s.start),
                           _index(sentences, s.start))
            found.append((place, s.source, s.source_text))
    same = claims[(claims["value"] == row.value) & (claims["unit"] == row.unit)
                  & (claims["start"] != row.start) & (claims["claimant"] != "")]
    found += [("same figure", r.claimant, r.claimant_text) for r in same.itertuples()]
    if article.outlet:
        found.append(("outlet", article.outlet, ""))
    return found


def _named_where(alternatives: str, article) -> str:
    words = acc._words(article.body)
    title = acc._words(article.title)
    wanted = [acc._words(a) for a in alternatives.split("|") if a.strip()]
    if any(w in words for w in wanted):
        return "named in the body, no statement of it read"
    if any(w in title for w in wanted):
        return "named in the headline only, no statement of it read"
    return "not named in the text"


def _found_figures(labelled: acc.LabelledSet):
    """The set's annotated tables, the claims' name columns, and every required gold figure
    with the claim rows that found it (``(tables, columns, [(gold row, rows), …])``)."""
    gold = acc.read_gold(labelled.gold, labelled.ids() if labelled.ids is not None else None)
    if "claims" not in gold:
        return None, [], []
    tables = acc.annotate(labelled.sources())
    claims = tables["claims"]
    columns = acc._text_columns(claims, ["claimant", "claimant_text", "claimant_evidence"])
    found = []
    for g in gold["claims"].itertuples():
        if str(g.required) != "1":
            continue
        ours = claims[(claims["article_id"] == g.article_id) & (claims["value"] == g.value)
                      & (claims["unit"] == g.unit)]
        if not ours.empty:
            found.append((g, ours))
    return tables, columns, found


def analyse(labelled: acc.LabelledSet, detail: bool = False) -> dict[str, Counter]:
    """Counters for one labelled set: ``outcome``, ``place`` (of the right candidate, for
    ``candidate``), ``evidence`` (of the wrong choice), ``why`` (for ``absent``)."""
    counts = {k: Counter() for k in ("outcome", "place", "evidence", "why", "weak")}
    tables, columns, figures = _found_figures(labelled)
    if tables is None:
        return counts
    articles = tables["articles"].set_index("article_id", drop=False)
    attributions, claims = tables["attributions"], tables["claims"]
    for g, ours in figures:
        rows = list(ours.itertuples())
        right = [acc.names_match(g.claimant_any, [getattr(r, c) for c in columns])
                 for r in rows]
        wrong = [r for r, ok in zip(rows, right, strict=True) if r.claimant and not ok]
        evidence = "/".join(sorted({r.claimant_evidence or "(none)" for r in rows}))
        if any(right) and not wrong:
            counts["outcome"]["chosen"] += 1
            counts["weak"]["right, weak evidence" if all(
                r.claimant_evidence in WEAK for r in rows) else "right, strong"] += 1
            continue
        article = articles.loc[g.article_id]
        statements = attributions[attributions["article_id"] == g.article_id]
        article_claims = claims[claims["article_id"] == g.article_id]
        target = wrong[0] if wrong else rows[0]
        found = candidates(article, statements, article_claims, target)
        hits = [p for p, name, words in found if acc.names_match(g.claimant_any, [name, words])]
        if hits:
            place = min(hits, key=PLACES.index)
            counts["outcome"]["candidate"] += 1
            counts["place"][place] += 1
            counts["evidence"][evidence] += 1
            counts["weak"]["wrong, weak evidence, right on hand" if all(
                r.claimant_evidence in WEAK for r in rows) else
                "wrong, strong evidence, right on hand"] += 1
        else:
            why = _named_where(g.claimant_any, article)
            counts["outcome"]["absent"] += 1
            counts["why"][why] += 1
            counts["evidence"][evidence] += 1
        if detail:
            print(f"- {g.article_id}: {g.value:g} {g.unit} want {g.claimant_any!r}; got "
                  + "; ".join(f"{r.claimant!r} ({r.claimant_evidence})" for r in rows)
                  + (f"; right one: {place}" if hits else f"; {why}"))
            for p, name, words in sorted(set(found), key=lambda c: PLACES.index(c[0])):
                print(f"    {p}: {name} | {str(words)[:70]}")
    return counts


def render(name: str, counts: dict[str, Counter]) -> str:
    total = sum(counts["outcome"].values())
    def share(n):
        return f"{n} ({n / total:.0%})" if total else str(n)
    lines = [f"### {name}: {total} found gold figures",
             f"- right claimant chosen: {share(counts['outcome']['chosen'])}",
             f"- right one among candidates, not chosen: "
             f"{share(counts['outcome']['candidate'])}"]
    lines += [f"  - nearest place of the right one: {p}: {n}"
              for p, n in sorted(counts["place"].items(), key=lambda x: PLACES.index(x[0]))]
    lines += [f"- right one not among candidates: {share(counts['outcome']['absent'])}"]
    lines += [f"  - {why}: {n}" for why, n in counts["why"].most_common()]
    lines += ["- evidence of the wrong choices: "
              + ", ".join(f"{e} {n}" for e, n in counts["evidence"].most_common())]
    lines += [f"- {k}: {n}" for k, n in sorted(counts["weak"].items())]
    return "\n".join(lines)


def _add(total: dict[str, Counter], counts: dict[str, Counter]) -> None:
    for key, counter in counts.items():
        total.setdefault(key, Counter()).update(counter)


# --------------------------------------------------------------- the choice, simulated

def figures_to_choose(labelled: acc.LabelledSet) -> list[dict]:
    """Every found gold figure of a set with what :func:`choice.rank_speakers` needs for
    each of its rows (read once; weights are then tried on them without annotating again)."""
    tables, columns, figures = _found_figures(labelled)
    if tables is None:
        return []
    articles = tables["articles"].set_index("article_id", drop=False)
    attributions, claims = tables["attributions"], tables["claims"]
    per_article = {}
    items = []
    for g, ours in figures:
        if g.article_id not in per_article:
            article = articles.loc[g.article_id]
            paragraphs = nftext.split_paragraphs(article.body or "")
            said = attributions[(attributions["article_id"] == g.article_id)
                                & ~attributions["in_title"] & (attributions["form"] != "verdict")]
            statements = [(s.source, _index(paragraphs, s.start)) for s in said.itertuples()]
            words = {}
            for s in said.itertuples():
                words.setdefault(s.source, [s.source]).append(s.source_text)
            mine = claims[claims["article_id"] == g.article_id]
            units_of = {}
            for r in mine.itertuples():
                if r.claimant and r.claimant_evidence not in choice.WEAK_EVIDENCE:
                    units_of.setdefault(r.claimant, set()).add(r.unit)
            per_article[g.article_id] = (paragraphs, statements, words, units_of,
                                         article.outlet or "")
        paragraphs, statements, words, units_of, outlet = per_article[g.article_id]
        rows = []
        for r in ours.itertuples():
            rows.append({"claimant": r.claimant, "evidence": r.claimant_evidence,
                         "in_title": bool(r.in_title),
                         "paragraph": _index(paragraphs, r.start), "unit": r.unit,
                         "right": acc.names_match(g.claimant_any,
                                                  [getattr(r, c) for c in columns])})
        items.append({"want": g.claimant_any, "rows": rows, "statements": statements,
                      "words": words, "units_of": units_of, "outlet": outlet,
                      "label": f"{g.article_id}: {g.value:g} {g.unit}"})
    return items


def choose(item: dict, table: dict) -> list[tuple[str, bool, bool]]:
    """(claimant, right, unsure) of each row of a gold figure under the weights ``table``."""
    out = []
    for row in item["rows"]:
        if row["in_title"] or row["evidence"] not in choice.WEAK_EVIDENCE:
            out.append((row["claimant"], row["right"], False))
            continue
        ranked = choice.rank_speakers(row["paragraph"], row["unit"], item["statements"],
                                          item["units_of"], row["claimant"], row["evidence"],
                                          item["outlet"], table)
        if not ranked:
            out.append((row["claimant"], row["right"], False))
            continue
        speaker = ranked[0][1]
        if speaker == row["claimant"]:
            right = row["right"]
        else:
            right = acc.names_match(item["want"], item["words"].get(speaker, [speaker]))
        out.append((speaker, right, choice.is_unsure(ranked, table)))
    return out


def score_choice(items: list[dict], table: dict | None) -> dict[str, int]:
    """Claimant right before (the rules) and after (the choice), figures changed, unsure."""
    result = {"figures": len(items), "before": 0, "after": 0, "changed": 0, "unsure": 0,
              "unsure and wrong": 0}
    for item in items:
        before = any(r["right"] for r in item["rows"]) and not any(
            r["claimant"] and not r["right"] for r in item["rows"])
        result["before"] += before
        if table is None:
            continue
        chosen = choose(item, table)
        after = any(ok for _, ok, _ in chosen) and not any(
            c and not ok for c, ok, _ in chosen)
        result["after"] += after
        result["changed"] += [c for c, _, _ in chosen] != [r["claimant"] for r in item["rows"]]
        unsure = any(u for _, _, u in chosen)
        result["unsure"] += unsure
        result["unsure and wrong"] += unsure and not after
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="labelled folders")
    parser.add_argument("--group", default="folders", help="name of the folders' sum")
    parser.add_argument("--dev", action="store_true",
                        help="also the development set's tuning part")
    parser.add_argument("--detail", action="store_true",
                        help="every figure not chosen right, with its candidates")
    args = parser.parse_args(argv)
    sets = [_folder_set(f) for f in args.folders]
    total: dict[str, Counter] = {}
    for labelled in sets:
        if args.detail:
            print(f"## {labelled.name} ({labelled.root})")
        _add(total, analyse(labelled, args.detail))
    if sets:
        print(render(args.group, total))
    if args.dev:
        dev: dict[str, Counter] = {}
        for name in ("seed story: tuning", "other stories: tuning"):
            labelled = acc.LABELLED[name]
            if not labelled.present():
                print(f"{name}: skipped (not present)", file=sys.stderr)
                continue
            if args.detail:
                print(f"## {name}")
            _add(dev, analyse(labelled, args.detail))
        if dev:
            print(render("dev: tuning", dev))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
