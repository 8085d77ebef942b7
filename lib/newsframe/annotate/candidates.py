"""A figure's claimant chosen among the speakers its article names, where the rules are weak.

The claimant rules (:mod:`newsframe.annotate.claims`) give most figures the speaker of the
statement they stand in (``direct``, ``quote``, ``document`` …). Where that evidence is weak —
a run-on paragraph, a figure between two parts of one speaker's account, a lead, the nearest
statement of the paragraph, the outlet's own voice, or nobody — every speaker of the article
is a candidate, and each gets a score from features whose weights stand in
data/lexicons/claimant_weights.csv (reviewable; set on tuning text only):

- ``place_*``: where the speaker's nearest statement stands relative to the figure's
  paragraph (the same one, the one before or after, two to four before or after, farther);
- ``per_statement``: for each statement of the speaker in the article (up to
  ``max_statements``): a speaker who talks throughout the article is the likelier one;
- ``unit_match``: the speaker already gave a figure of the same unit on strong evidence;
- ``named_same``: the figure's own paragraph names the speaker (``Sebanyak 40 rumah
  tergenang. BPBD X menyiagakan …`` after ``BPBD X mencatat …``): the paragraph is still
  about the body whose record it gives, not the outlet's own reckoning (counted only where
  the outlet is known: a figure nobody is named for stays nobody's, as round 10d chose);
- ``current_<evidence>``: the speaker the rules chose, by the evidence they had;
- ``outlet``: the outlet, the article's own voice; ``nobody``: that voice when the outlet is
  unknown (a candidate named "": a figure nobody is named for goes to a speaker nearby only
  when the speaker outscores it; without the row any speaker takes it).

Candidates are the speakers of the four paragraphs either side of the figure's
(:data:`WINDOW`), the rules' choice and the article's own voice. The highest score wins;
where the best two lie within ``unsure_margin`` of each other the choice is marked unsure.
Nothing here reads text: the caller gives the speakers' paragraphs.
"""

from __future__ import annotations

from .. import lexicons

# the claimant evidence this chooser may override (never direct, quote, document …)
WEAK_EVIDENCE = frozenset({"run_on", "between", "lead", "paragraph", "outlet", ""})
# paragraphs either side of a figure's whose speakers are its candidates (with the rules'
# choice, wherever it spoke): farther places weigh nothing, and the work per figure stays
# bounded however long the article
WINDOW = 4


@lexicons.cached()
def weights() -> dict[str, float]:
    """The feature weights of data/lexicons/claimant_weights.csv.

    >>> weights()["unit_match"] > 0
    True
    """
    table = lexicons.load("claimant_weights")
    return {row.feature: float(row.weight) for row in table.itertuples()}


def _place(distance: int) -> str:
    if distance == 0:
        return "place_same"
    side = "before" if distance < 0 else "after"
    if abs(distance) == 1:
        return f"place_{side}_1"
    if abs(distance) <= 4:
        return f"place_{side}_2_4"
    return f"place_farther_{side}"


def rank_speakers(paragraph: int, unit: str, statements: list[tuple[str, int]],
                  units_of: dict[str, set], current: str, evidence: str, outlet: str = "",
                  table: dict[str, float] | None = None, counts: dict[str, int] | None = None,
                  named: frozenset[str] | set[str] = frozenset()
                  ) -> list[tuple[float, str]]:
    """Every candidate speaker of a figure with its score, best first.

    Args:
        paragraph: the figure's paragraph (index).
        unit: the figure's unit.
        statements: (speaker, paragraph index) of every statement of the article's body.
        units_of: per speaker, the units of the figures it gave on strong evidence.
        current: the claimant the rules chose ("" for nobody).
        evidence: their ``claimant_evidence``.
        outlet: the article's outlet ("" when unknown: the article's own voice is then a
            candidate named "", nobody, with the weight ``nobody``; none without that row).
        table: weights (default: :func:`weights`).
        counts: per speaker, its statements in the whole article, when ``statements`` holds
            only those near the figure (default: counted in ``statements``).
        named: the speakers whose names stand in the figure's own paragraph (``named_same``,
            counted only when ``outlet`` is known).

    Returns:
        (score, speaker) pairs, highest score first (ties: the nearer speaker first).

    >>> rank_speakers(3, "person", [("BNPB", 2), ("BNPB", 3)], {}, "", "")[0][1]
    'BNPB'
    >>> rank_speakers(3, "house", [("BPBD", 2)], {}, "", "outlet", "Warta",
    ...               named={"BPBD"})[0][1]
    'BPBD'
    """
    table = weights() if table is None else table
    nearest: dict[str, int] = {}
    count: dict[str, int] = {}
    for speaker, where in statements:
        if not speaker:
            continue
        count[speaker] = count.get(speaker, 0) + 1
        if speaker not in nearest or abs(where - paragraph) < abs(nearest[speaker] - paragraph):
            nearest[speaker] = where
    ranked = []
    for speaker, where in nearest.items():
        score = table.get(_place(where - paragraph), 0.0)
        said = count[speaker] if counts is None else counts.get(speaker, count[speaker])
        score += table.get("per_statement", 0.0) * min(said,
                                                        table.get("max_statements", 5.0))
        if unit in units_of.get(speaker, ()):
            score += table.get("unit_match", 0.0)
        if speaker in named and outlet:  # against the outlet's own voice, never nobody's
            score += table.get("named_same", 0.0)
        if speaker == current:
            score += table.get(f"current_{evidence or 'none'}", 0.0)
        ranked.append((score, -abs(where - paragraph), speaker))
    voice = "outlet" if outlet else "nobody"  # the article's own voice: its outlet, or nobody
    if outlet not in nearest and voice in table:
        score = table[voice]
        if outlet == current:
            score += table.get(f"current_{evidence or 'none'}", 0.0)
        ranked.append((score, -10**6, outlet))
    ranked.sort(reverse=True)
    return [(score, speaker) for score, _, speaker in ranked]


def is_unsure(ranked: list[tuple[float, str]], table: dict[str, float] | None = None) -> bool:
    """Do the best two candidates lie within ``unsure_margin`` of each other?

    >>> is_unsure([(2.0, "A"), (1.9, "B")], {"unsure_margin": 0.5})
    True
    """
    table = weights() if table is None else table
    return len(ranked) > 1 and ranked[0][0] - ranked[1][0] < table.get("unsure_margin", 0.0)
