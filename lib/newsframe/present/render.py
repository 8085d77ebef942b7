"""Annotated reading view: one article as safe HTML with its claims, dates, sources, hedges
and frame cues highlighted in the text, a legend and a side list of claims and events.

Safety: every piece of article text and every annotation value goes through
``html.escape(quote=True)``; the only markup is our own (``div``, ``h2``, ``p``, ``mark``,
``a href="#..."``, ``ul``/``li``, one ``<style>`` scoped under ``.nf-article``). No JavaScript,
no external URL, no inline event handler.

Review: a claim or attributed statement an analyst decided on (its ``review`` column,
:mod:`newsframe.store.review`) is marked — ``nf-confirmed`` (a small ✓), ``nf-corrected``
(✓ and a dashed outline; the tooltip gives the machine's values), ``nf-rejected`` (struck
through; the tooltip says who rejected it and why) — and the legend says so. Rejected rows
are drawn but not counted.

Overlaps: spans are *nested*. Annotations are opened in order of (start, longest first); an
annotation that crosses the end of an enclosing one is split at that boundary into pieces that
each nest properly. All pieces of one annotation share ``data-nf="<anchor id>"``; the first
piece carries ``id="<anchor id>"`` (the target of the side-list links), later pieces carry
the class ``nf-cont``. Joining the text of the pieces gives back the annotated text.

>>> import pandas as pd
>>> articles = pd.DataFrame({"article_id": ["a1"], "title": ["T"], "outlet": ["X"],
...     "published": ["2023-10-13"], "warnings": [""], "body": ["Kirim 1.000 kontainer."]})
>>> events = pd.DataFrame({"article_id": ["a1"], "expression": ["1.000"], "start": [6],
...     "end": [11], "date_start": [""], "date_end": [""], "precision": [""]})
>>> view = render_article(articles, "a1", annotations={"events": events})
>>> view.counts["events"], 'data-nf="nf-a1-events-1"' in view.html
(1, True)
"""

from __future__ import annotations

import hashlib
import heapq
import html
import re
from dataclasses import dataclass, field

import pandas as pd

from .. import lexicons
from ..annotate.claims import holds_a_number
from ..params import check_choice, check_subset
from .display import actor_names, format_date, value_label
from .format import format_number
from .labels import LANGS, label, unit_name, warning_names

KINDS = ("claims", "events", "attributions", "hedges", "frames")

# score_frames kinds shown under each reading-view kind
FRAME_KINDS = {"hedges": ("hedge",), "frames": ("frame", "normative", "headline")}
GLOSS_LEXICONS = {"frame": ("frames", "cue"), "hedge": ("hedges", "cue"),
                  "normative": ("normative", "cue"), "headline": ("headline_cues", "cue")}
# the lexicons' glosses are English: a tooltip of an English page adds them after the cue (a
# reader of a page in the articles' language needs none)
GLOSS_LANG = "en"

REVIEW_STATES = ("confirmed", "corrected", "rejected")  # newsframe.schema.REVIEW_STATES
SPEAKERS = ("claimant", "source")  # the machine named nobody: "nobody named"

# up_to: its label (words); a range shows as its two ends
QUALIFIER_SYMBOLS = {"exact": "", "more_than": ">", "at_least": "≥", "about": "≈",
                     "at_most": "≤", "vague": "~", "range": ""}

# colours: Okabe-Ito (plotting.PALETTE) with alpha for backgrounds
VERB_CLASS_COLOURS = {"neutral": "#999999", "booster": "#009E73", "distancing": "#D55E00",
                      "denial": "#CC79A7"}

CSS = """
.nf-article{font-family:Georgia,'Times New Roman',serif;line-height:1.6;color:#222;
  max-width:72rem;margin:0 0 2rem 0;border-top:3px solid #0072B2;padding-top:.5rem}
.nf-article .nf-header h2{font-size:1.35rem;margin:.2rem 0 .3rem 0;line-height:1.35}
.nf-article .nf-meta{font-family:Helvetica,Arial,sans-serif;font-size:.85rem;color:#555}
.nf-article .nf-warn{color:#D55E00}
.nf-article .nf-layout{display:flex;gap:1.5rem;align-items:flex-start}
.nf-article .nf-body{flex:3;white-space:pre-wrap;font-size:1rem}
.nf-article .nf-side{flex:1;font-family:Helvetica,Arial,sans-serif;font-size:.8rem;
  border-left:1px solid #ddd;padding-left:.8rem;min-width:14rem}
.nf-article .nf-side ul{padding-left:1rem;margin:.2rem 0 .8rem 0}
.nf-article .nf-side h4{margin:.4rem 0 .2rem 0;font-size:.85rem}
.nf-article .nf-legend{font-family:Helvetica,Arial,sans-serif;font-size:.8rem;margin:.4rem 0}
.nf-article .nf-legend mark{margin-right:.6rem}
.nf-article mark{background:transparent;color:inherit;padding:0 1px;border-radius:2px}
.nf-article mark.nf-claims{background:rgba(230,159,0,.35);font-weight:600}
.nf-article mark.nf-events{background:rgba(86,180,233,.35)}
.nf-article mark.nf-attributions{border-bottom:3px solid #999999}
.nf-article mark.nf-verb-neutral{border-bottom-color:#999999}
.nf-article mark.nf-verb-booster{border-bottom-color:#009E73}
.nf-article mark.nf-verb-distancing{border-bottom-color:#D55E00}
.nf-article mark.nf-verb-denial{border-bottom-color:#CC79A7}
.nf-article mark.nf-verb{font-weight:700}
.nf-article mark.nf-hedges{background:rgba(204,121,167,.25);font-style:italic}
.nf-article mark.nf-frames{text-decoration:underline wavy #0072B2;text-underline-offset:3px}
.nf-article mark:target{outline:2px solid #000}
.nf-article mark.nf-confirmed:not(.nf-cont)::after,
.nf-article mark.nf-corrected:not(.nf-cont)::after{content:"\\2713";color:#009E73;
  font-size:.75em;font-weight:700;vertical-align:super;margin-left:1px}
.nf-article mark.nf-corrected{outline:2px dashed #009E73;outline-offset:1px}
.nf-article mark.nf-rejected{background:rgba(153,153,153,.25);color:#666;
  text-decoration:line-through;text-decoration-color:#D55E00;font-weight:400}
.nf-article mark.nf-current{outline:3px solid #0072B2;outline-offset:1px}
.nf-article .nf-side li.nf-rejected{color:#666;text-decoration:line-through}
"""


class RenderError(ValueError):
    """An annotation whose offsets do not point at its text (a bug in an annotator)."""


@dataclass
class RenderedArticle:
    """The reading view of one article: ``.html`` (a safe fragment) and highlight counts.

    Jupyter displays it through ``_repr_html_``.
    """

    article_id: str
    html: str = field(repr=False)
    counts: dict = field(default_factory=dict)

    @property
    def n_highlights(self) -> int:
        return sum(self.counts.values())

    def _repr_html_(self) -> str:
        return self.html


@dataclass(order=True)
class _Span:
    start: int
    neg_end: int
    order: int
    anchor: str = field(compare=False)
    classes: str = field(compare=False)
    tooltip: str = field(compare=False)
    first: bool = field(compare=False, default=True)
    children: list = field(compare=False, default_factory=list)

    @property
    def end(self) -> int:
        return -self.neg_end


def _esc(value) -> str:
    return html.escape(_text(value), quote=True)


def _text(value) -> str:
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def _flag(value) -> bool:
    text = _text(value).strip().lower()
    return text in ("true", "1", "yes")


def anchor_id(article_id: str, kind: str, number: int) -> str:
    """An HTML id for the ``number``-th annotation of ``kind`` in an article.

    Only ``[A-Za-z0-9_-]``; when sanitising changed the article id a short hash of the
    original keeps ids of different articles apart.

    >>> anchor_id("000_aa34", "claims", 2)
    'nf-000_aa34-claims-2'
    >>> anchor_id("a b<x>", "events", 1)
    'nf-a_b_x_-654931-events-1'
    """
    raw = str(article_id)
    clean = re.sub(r"[^A-Za-z0-9_-]", "_", raw)
    if clean != raw:
        clean += "-" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:6]
    return f"nf-{clean}-{kind}-{int(number)}"


def _lexicon_or_empty(name: str) -> pd.DataFrame:
    try:
        return lexicons.load(name)
    except FileNotFoundError:
        return pd.DataFrame()


def _gloss_map(name: str, key: str) -> dict:
    table = _lexicon_or_empty(name)
    if table.empty or key not in table.columns or "gloss" not in table.columns:
        return {}
    return {k.casefold(): g for k, g in zip(table[key], table["gloss"], strict=True) if k and g}


def _humanise(code: str, lang: str) -> str:
    """A label for a code: its label if it has one, else words with 2-letter country codes
    upper-cased (``us_government`` -> ``US government``)."""
    text = _text(code)
    if not text:
        return ""
    labelled = label(text, lang)
    if labelled != text:
        return labelled
    words = text.replace("_", " ").split()
    return " ".join(w.upper() if len(w) == 2 and w.isalpha() else w for w in words)


def _plural(unit: str, value) -> str:
    """The English name of ``unit`` for ``value``: the code for one (``1 container``), its
    label for more (``2 containers``, ``2 people``, ``2 US dollars``); a noun the unit lexicon
    does not know stays as the article wrote it (``2 wilayah``, never ``wilayahs``)."""
    try:
        single = float(value) == 1
    except (TypeError, ValueError):
        single = False
    return unit.replace("_", " ") if single else unit_name(unit, "en")


def _who(label_key: str, name: str, actor_type, lang: str) -> str:
    """" · claimant: John Kirby (US government)"; the type is left out when it repeats the
    name, and nothing is said when there is no name."""
    if not name:
        return ""
    kind = _humanise(actor_type, lang)
    kind = "" if kind.casefold() == name.casefold() else kind
    shown = label(f"actor_{name}", lang)  # the name in the report's language, if it has one
    shown = name if shown == f"actor_{name}" else shown
    kind = "" if kind.casefold() == shown.casefold() else kind
    return f" · {label(label_key, lang)}: {shown}" + (f" ({kind})" if kind else "")


def _basis(row, speaker: str, lang: str) -> str:
    """" · † the speaker named in another sentence …": how the machine found the speaker, when on
    a weaker basis than the figure's own sentence or a quote (the marks of the tables,
    :data:`newsframe.present.display.BASIS_MARKS`); nothing once an analyst named them."""
    from .display import BASIS_MARKS

    if speaker in _text(row.get("corrected")).split(";"):
        return ""
    basis = _text(row.get("attribution_basis"))
    text = f" · {label(f'legend_basis_{basis}', lang)}" if basis in BASIS_MARKS else ""
    if speaker == "claimant" and _text(row.get("claimant_evidence")) == "unsure":
        text += f" · {label('legend_unsure', lang)}"  # chosen among close candidates
    return text


def claim_tooltip(row, lang: str = "en") -> str:
    """Normalised value of a claim row for its tooltip, and how its claimant was found when
    on a weaker basis than its own sentence.

    >>> claim_tooltip({"value": 1000.0, "unit": "container", "qualifier": "at_least",
    ...                "claimant": "John Kirby", "claimant_type": "us_government"})
    '≥ 1,000 containers · claimant: John Kirby (US government)'
    >>> claim_tooltip({"value": 9000.0, "unit": "container", "attribution_basis": "none"})
    '9,000 containers · ∅ nobody named'
    """
    get = row.get
    value = format_number(get("value"), lang)
    high = format_number(get("value_high"), lang)
    if high:
        value = f"{value}–{high}"
    qualifier = _text(get("qualifier"))
    symbol = QUALIFIER_SYMBOLS.get(qualifier) if qualifier in QUALIFIER_SYMBOLS else (
        value_label("qualifier", qualifier, lang))
    unit = _text(get("unit"))
    unit = (_plural(unit, get("value_high") if high else get("value")) if lang == "en"
            else unit_name(unit, lang))
    text = " ".join(part for part in (symbol, value, unit) if part)
    caliber = format_number(get("caliber_mm"), lang)
    if caliber:
        text += f" ({caliber} mm)"
    text += _who("render_claimant", _text(get("claimant")), get("claimant_type"), lang)
    text += _basis(row, "claimant", lang)
    relayed = _text(get("relayed_by"))
    if relayed:
        text += f" · {label('render_via', lang)} {actor_names(relayed, lang)}"
    return text


def event_tooltip(row, lang: str = "en") -> str:
    """Normalised date of an event row, its precision and the date a relative one counts from.

    >>> event_tooltip({"date_start": "2023-09-07", "date_end": "2023-10-01", "precision": "day"})
    '7 Sep 2023 → 1 Oct 2023 (day)'
    >>> event_tooltip({"date_start": "1990-01-01", "date_end": "1999-12-31",
    ...                "precision": "decade", "anchor": "2023-10-13"}, "id")
    '1 Jan 1990 → 31 Des 1999 (dasawarsa) · jangkar: 13 Okt 2023'
    >>> event_tooltip({"date_start": "", "date_end": "", "precision": "", "relative": True})
    'unresolved (relative)'
    """
    get = row.get
    first = format_date(_text(get("date_start")), lang)
    last = format_date(_text(get("date_end")), lang)
    if first and last and last != first:
        text = f"{first} → {last}"
    else:
        text = first or last or label("render_unresolved", lang)
    precision = value_label("precision", _text(get("precision")), lang)
    if _flag(get("relative")) and not precision:
        precision = label("render_relative", lang)
    if precision:
        text += f" ({precision})"
    anchor = format_date(_text(get("anchor")), lang)
    if anchor:
        text += f" · {label('render_anchor', lang)}: {anchor}"
    event_type = _text(get("event_type"))
    if event_type:
        text += f" · {_humanise(event_type, lang)}"
    return text


def attribution_tooltip(row, lang: str = "en", glosses: dict | None = None) -> str:
    """Verb class, verb and (in English) its gloss, then the source and who relayed it.

    >>> row = {"verb": "menuding", "verb_class": "distancing", "source": "White House",
    ...        "relayed_by": "United Nations"}
    >>> attribution_tooltip(row, glosses={"menuding": "accuses"})
    'distancing verb: menuding = accuses · source: White House · via United Nations'
    >>> attribution_tooltip(row, "id", glosses={"menuding": "accuses"})
    'kata kerja penjarak: menuding · sumber: Gedung Putih · melalui PBB'
    """
    get = row.get
    glosses = glosses if glosses is not None else _gloss_map("attribution_verbs", "verb")
    verb, verb_class = _text(get("verb")), _text(get("verb_class"))
    verb_label = label(f"render_verb_{verb_class}", lang)
    if verb_label == f"render_verb_{verb_class}":
        verb_label = f"{verb_class} {label('render_verb', lang)}".strip()
    text = f"{verb_label}: {verb}"
    gloss = glosses.get(verb.casefold(), "") if lang == GLOSS_LANG else ""
    if gloss:
        text += f" = {gloss}"
    text += _who("render_source", _text(get("source")), get("source_type"), lang)
    text += _basis(row, "source", lang)
    if _flag(get("anonymous")):
        text += f" · {label('render_anonymous', lang)}"
    relayed = _text(get("relayed_by"))
    if relayed:
        text += f" · {label('render_via', lang)} {actor_names(relayed, lang)}"
    return text


def cue_tooltip(row, lang: str = "en", glosses: dict | None = None) -> str:
    """Kind, label, cue and (in English) the gloss of a frame / hedge / normative / headline
    row.

    >>> row = {"kind": "hedge", "label": "epistemic", "cue": "diduga"}
    >>> cue_tooltip(row, glosses={"hedge": {"diduga": "allegedly"}})
    'hedge · epistemic: diduga = allegedly'
    >>> cue_tooltip(row, "id", glosses={"hedge": {"diduga": "allegedly"}})
    'pelunak · epistemik: diduga'
    >>> cue_tooltip({"kind": "frame", "label": "security threat", "cue": "rudal"}, "id", {})
    'bingkai · ancaman keamanan: rudal'
    """
    get = row.get
    kind, cue = _text(get("kind")), _text(get("cue"))
    if glosses is None:
        glosses = {k: _gloss_map(*GLOSS_LEXICONS[k]) for k in GLOSS_LEXICONS}
    table = glosses.get(kind, {}) if lang == GLOSS_LANG else {}
    gloss = table.get(cue.casefold()) or table.get(cue.casefold() + "*", "")
    text = (f"{value_label('kind', kind, lang)} · "
            f"{value_label('label', _text(get('label')), lang)}: {cue}")
    return text + (f" = {gloss}" if gloss else "")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[\u2010-\u2015-]", "-", text)).strip().casefold()


def _check_span(kind: str, row, text: str, article_id: str) -> None:
    """Raise RenderError when ``text`` (the annotated slice) is not what the row says."""
    get = row.get
    if kind == "claims":
        # the figure's own words, inside its sentence (below); what it counts may stand
        # outside them — in its sentence, made of its words ("Dari 15 warga yang dilaporkan
        # hilang, 11 orang …": item hilang), or in the sentence before, for an anaphor
        # ("Angka itu naik …"): the words hold the number, else the item is in them or the
        # sentence
        item = _norm(_text(get("item")))
        context = f"{_norm(text)} {_norm(_text(get('sentence')))}"
        ok = bool(text.strip()) and (holds_a_number(text) or item in _norm(text) or all(
            word in context for word in item.split()))
        expected = f"a number phrase, or its item {_text(get('item'))!r} in it or its sentence"
    elif kind == "events":
        expected = _text(get("expression"))
        ok = _norm(text) == _norm(expected)
    elif kind in FRAME_KINDS:
        cue = _text(get("cue"))
        expected = cue
        ok = _norm(text) == _norm(cue) or (
            cue.endswith("*") and _norm(text).startswith(_norm(cue.rstrip("*"))))
    else:  # attributions may span the whole statement, across sentences
        expected = "non-blank text"
        ok = bool(text.strip())
    sentence = _text(get("sentence"))
    if ok and sentence and kind != "attributions":
        ok = _norm(text) in _norm(sentence) or _norm(sentence) in _norm(text)
        expected += " inside its sentence"
    if not ok:
        raise RenderError(
            f"{kind} annotation of article {article_id!r} at {get('start')}:{get('end')} "
            f"covers {text!r}, expected {expected!r} — the annotator's offsets are wrong"
        )


def _offsets(row, kind: str, article_id: str, length: int) -> tuple[int, int]:
    try:
        start, end = int(row.get("start")), int(row.get("end"))
    except (TypeError, ValueError) as error:
        raise RenderError(f"{kind} annotation of article {article_id!r} has no offsets") from error
    if not 0 <= start < end <= length:
        raise RenderError(
            f"{kind} annotation of article {article_id!r} has offsets {start}:{end} outside "
            f"the text (length {length})"
        )
    return start, end


def _nest(spans: list[_Span]) -> list[_Span]:
    """Build a forest of properly nested spans, splitting any span that crosses the end of
    an enclosing one."""
    heap = list(spans)
    heapq.heapify(heap)
    roots: list[_Span] = []
    stack: list[_Span] = []
    counter = len(spans)
    while heap:
        span = heapq.heappop(heap)
        while stack and stack[-1].end <= span.start:
            stack.pop()
        if stack and stack[-1].end < span.end:
            counter += 1
            rest = _Span(stack[-1].end, span.neg_end, counter, span.anchor, span.classes,
                         span.tooltip, first=False)
            heapq.heappush(heap, rest)
            span = _Span(span.start, -stack[-1].end, span.order, span.anchor, span.classes,
                         span.tooltip, first=span.first)
        (stack[-1].children if stack else roots).append(span)
        stack.append(span)
    return roots


def _emit(text: str, spans: list[_Span], start: int, end: int) -> str:
    out, position = [], start
    for span in spans:
        out.append(_esc(text[position:span.start]))
        attrs = f'class="{_esc(span.classes + ("" if span.first else " nf-cont"))}"'
        attrs += f' data-nf="{_esc(span.anchor)}"'
        if span.first:
            attrs += f' id="{_esc(span.anchor)}"'
        attrs += f' title="{_esc(span.tooltip)}"'
        inner = _emit(text, span.children, span.start, span.end)
        out.append(f"<mark {attrs}>{inner}</mark>")
        position = span.end
    out.append(_esc(text[position:end]))
    return "".join(out)


def _rows_for(annotations: dict, kind: str, article_id: str) -> pd.DataFrame:
    if kind in FRAME_KINDS and kind not in annotations and "framing" in annotations:
        table = annotations["framing"]
    else:
        table = annotations.get(kind)
    if table is None or table.empty:
        return pd.DataFrame()
    rows = table[table["article_id"].astype(str) == str(article_id)]
    if kind in FRAME_KINDS and "kind" in rows.columns:
        rows = rows[rows["kind"].isin(FRAME_KINDS[kind])]
    return rows.reset_index(drop=True)


def annotations_from_tables(tables: dict, kinds=None) -> dict:
    """``{kind: DataFrame}`` for :func:`render_article` from the pipeline's tables.

    ``hedges`` and ``frames`` both come from the ``frames`` table (``score_frames`` kinds
    hedge, and frame/normative/headline). From stored tables (:class:`Tables`) the claims
    and statements an analyst rejected are read too: the view draws them struck through.
    """
    kinds = check_subset("kinds", kinds, KINDS) or list(KINDS)
    reviewed = getattr(tables, "read", None)  # stored tables: the rejected rows too
    result = {kind: reviewed(kind, rejected=True) if reviewed and kind != "events" else
              tables[kind] for kind in ("claims", "events", "attributions") if kind in kinds}
    for kind in ("hedges", "frames"):
        if kind in kinds:
            scored = tables["frames"]
            result[kind] = scored[scored["kind"].isin(FRAME_KINDS[kind])].reset_index(drop=True)
    return result


def _legend(kinds: list, lang: str, states=()) -> str:
    items = [f'<mark class="nf-{k}">{_esc(label("render_legend_" + k, lang))}</mark>'
             for k in kinds]
    if "attributions" in kinds:
        items += [f'<mark class="nf-attributions nf-verb-{c}">'
                  f'{_esc(label("render_verb_" + c, lang))}</mark>'
                  for c in VERB_CLASS_COLOURS]
    items += [f'<mark class="nf-claims nf-{state}">'
              f'{_esc(label("render_legend_" + state, lang))}</mark>'
              for state in REVIEW_STATES if state in states]
    return (f'<div class="nf-legend"><strong>{_esc(label("render_legend", lang))}:'
            f"</strong> {' '.join(items)}</div>")


def _side_list(entries: dict, lang: str, filtered: bool = False) -> str:
    parts = []
    for kind, items in entries.items():
        if not items:
            continue
        struck = ' class="nf-rejected"'
        lis = "".join(f'<li{struck if rest and rest[0] == "rejected" else ""}>'
                      f'<a href="#{_esc(anchor)}">{_esc(label)}</a></li>'
                      for anchor, label, *rest in items)
        parts.append(f"<h4>{_esc(label('render_' + kind, lang))}</h4><ul>{lis}</ul>")
    if not parts:  # none found, or only not among the kinds shown
        key = "render_filtered" if filtered else "render_nothing"
        parts.append(f"<p>{_esc(label(key, lang))}</p>")
    return f'<aside class="nf-side">{"".join(parts)}</aside>'


def review_tooltip(row, tooltip: str, lang: str = "en") -> str:
    """``tooltip`` with what an analyst decided on the row (its ``review``): who confirmed
    or corrected it and the machine's values of the corrected fields, or who rejected it and
    why.

    >>> review_tooltip({"review": "rejected", "reviewer": "Ana", "review_note": "no figure"},
    ...                "2 wilayah")
    '✗ rejected by Ana: no figure · 2 wilayah'
    >>> review_tooltip({"review": "corrected", "reviewer": "Ana", "corrected": "claimant",
    ...                 "machine_claimant": ""}, "9,000 containers", "en")
    '9,000 containers · ✓ corrected by Ana (machine: Claimant: nobody named)'
    """
    state = _text(row.get("review"))
    if state not in REVIEW_STATES:
        return tooltip
    who = _text(row.get("reviewer")) or label("render_an_analyst", lang)
    note = _text(row.get("review_note"))
    said = label(f"render_review_{state}", lang).format(reviewer=who)
    if state == "rejected":
        return f"✗ {said}{': ' + note if note else ''} · {tooltip}"
    from .display import cell_text, column_label

    fields = [f for f in _text(row.get("corrected")).split(";") if f]
    nobody = label("review_nobody", lang)
    machine = "; ".join(
        f"{column_label(f, lang)}: "
        f"{cell_text(f, row.get(f'machine_{f}'), lang) or (nobody if f in SPEAKERS else '—')}"
        for f in fields)
    if machine:
        said += f" ({label('review_machine', lang).format(value=machine)})"
    return f"{tooltip} · ✓ {said}{' · ' + note if note else ''}"


def render_article(articles: pd.DataFrame, article_id: str, annotations: dict | None = None,
                   kinds=None, lang: str = "en", current: str = "") -> RenderedArticle:
    """Render one article as safe HTML with its annotations highlighted.

    Args:
        articles: the articles table (``load_corpus``).
        article_id: which article.
        annotations: ``{kind: DataFrame}`` with kinds claims, events, attributions, hedges,
            frames (rows of other articles are ignored); None = run the annotators.
        kinds: which highlights to show (None = all of ``KINDS``).
        lang: ``"en"`` or ``"id"`` for the legend and labels.
        current: the ``key`` of a row to outline (the explorer's claim under review).

    Returns:
        RenderedArticle with ``.html`` and per-kind ``.counts``.

    Raises:
        RenderError: an annotation's offsets do not cover its expected text.
        ParameterError: unknown article id, kind or language.

    >>> import pandas as pd
    >>> articles = pd.DataFrame({"article_id": ["x"], "title": ["<b>T</b>"], "outlet": [""],
    ...     "published": [""], "warnings": [""], "body": ["Teks."]})
    >>> "&lt;b&gt;T&lt;/b&gt;" in render_article(articles, "x", annotations={}).html
    True
    """
    check_choice("lang", lang, LANGS)
    kinds = check_subset("kinds", kinds, KINDS) or list(KINDS)
    ids = articles["article_id"].astype(str)
    if str(article_id) not in set(ids):
        check_choice("article_id", str(article_id), list(ids))
    article = articles[ids == str(article_id)].iloc[0]
    if annotations is None:  # the article alone, annotated here (no story pack)
        from ..annotate.tables import annotate

        annotations = annotations_from_tables(annotate(articles[ids == str(article_id)]), kinds)
    title, body = _text(article.get("title")), _text(article.get("body"))
    glosses = {
        "attributions": _gloss_map("attribution_verbs", "verb"),
        "cues": {k: _gloss_map(*GLOSS_LEXICONS[k]) for k in GLOSS_LEXICONS},
    }
    spans = {"title": [], "body": []}
    counts, side = {}, {"claims": [], "events": []}
    states: set = set()
    order = 0
    for kind in kinds:
        rows = _rows_for(annotations, kind, article_id)
        rejected = rows["review"].eq("rejected") if "review" in rows else pd.Series(
            False, index=rows.index)
        counts[kind] = int((~rejected).sum())  # drawn, but no longer counted
        for number, row in enumerate(rows.to_dict("records"), start=1):
            where = "title" if _flag(row.get("in_title")) else "body"
            text = title if where == "title" else body
            start, end = _offsets(row, kind, article_id, len(text))
            _check_span(kind, row, text[start:end], article_id)
            anchor = anchor_id(article_id, kind, number)
            classes = f"nf-hl nf-{kind}"
            if kind == "claims":
                tooltip = claim_tooltip(row, lang)
            elif kind == "events":
                tooltip = event_tooltip(row, lang)
            elif kind == "attributions":
                tooltip = attribution_tooltip(row, lang, glosses["attributions"])
                verb_class = re.sub(r"[^a-z_-]", "", _text(row.get("verb_class")).lower())
                classes += f" nf-verb-{verb_class}" if verb_class else ""
            else:
                tooltip = cue_tooltip(row, lang, glosses["cues"])
            state = _text(row.get("review"))
            if state in REVIEW_STATES:
                tooltip = review_tooltip(row, tooltip, lang)
                classes += f" nf-{state}"
                states.add(state)
            if current and _text(row.get("key")) == current:
                classes += " nf-current"
            order += 1
            spans[where].append(_Span(start, -end, order, anchor, classes, tooltip))
            if kind == "attributions":
                for part in ("speaker", "verb"):
                    s, e = row.get(f"{part}_start"), row.get(f"{part}_end")
                    if _text(s) and _text(e) and 0 <= int(s) < int(e) <= len(text):
                        if part == "verb" and _norm(text[int(s):int(e)]) != _norm(
                                _text(row.get("verb"))):
                            raise RenderError(
                                f"attributions annotation of article {article_id!r}: verb "
                                f"offsets {s}:{e} cover {text[int(s):int(e)]!r}, expected "
                                f"{_text(row.get('verb'))!r}")
                        order += 1
                        spans[where].append(_Span(int(s), -int(e), order, f"{anchor}-{part}",
                                                  f"nf-hl nf-{part}" + (
                                                      " nf-rejected" if state == "rejected"
                                                      else ""), tooltip))
            if kind in side:
                quoted = text[start:end] if end - start <= 60 else text[start:start + 57] + "…"
                side[kind].append((anchor, f"{quoted} — {tooltip}", state))
    title_html = _emit(title, _nest(spans["title"]), 0, len(title)) if title else _esc(
        label("render_no_title", lang))
    body_html = _emit(body, _nest(spans["body"]), 0, len(body))
    published = format_date(_text(article.get("published")), lang) or label("render_no_date",
                                                                             lang)
    meta = [f"{_esc(label('outlet', lang))}: "
            f"{_esc(article.get('outlet')) or _esc(label('unknown_outlet', lang))}",
            f"{_esc(label('date', lang))}: {_esc(published)}",
            f"id: {_esc(article_id)}"]
    language = _text(article.get("language"))
    if language not in ("", "id", "und"):  # a plain note: an English article is read as such
        name = label(f"language_{language}", lang)
        meta.append(f"{_esc(label('render_language', lang))}: "
                    f"{_esc(language if name == f'language_{language}' else name)}")
    warnings = _text(article.get("warnings"))
    if warnings:
        meanings = " ".join(label(f"warning_{c}", lang) + "." for c in warnings.split(";") if c)
        meta.append(f'<span class="nf-warn" title="{_esc(meanings)}">'
                    f'{_esc(label("render_warnings", lang))}: '
                    f"{_esc(warning_names(warnings, lang))}</span>")
    page = (
        f'<div class="nf-article" lang="{"en" if language == "en" else "id"}"><style>{CSS}</style>'
        f'<div class="nf-header"><h2 class="nf-title">{title_html}</h2>'
        f'<div class="nf-meta">{" · ".join(meta)}</div>{_legend(kinds, lang, states)}</div>'
        f'<div class="nf-layout"><div class="nf-body">{body_html}</div>'
        f"{_side_list(side, lang, not {'claims', 'events'} <= set(kinds))}</div></div>"
    )
    return RenderedArticle(str(article_id), page, counts)


def summarise_article(article, annotations: dict, lang: str = "en") -> str:
    """One plain-text line per article for the notebook (print it; it is not HTML).

    >>> summarise_article({"article_id": "a1", "outlet": "X", "published": "2023-10-13",
    ...     "title": "Judul"}, {"claims": pd.DataFrame({"article_id": ["a1", "b"]})}, "id")
    'a1 · X · 13 Okt 2023 · Judul — klaim: 1'
    >>> summarise_article({"article_id": "a1", "title": "Korea Utara " * 12}, {})[-13:]
    'Korea Utara …'
    """
    get = article.get
    article_id = _text(get("article_id"))
    parts = [article_id, _text(get("outlet")) or label("unknown_outlet", lang),
             format_date(_text(get("published")), lang) or label("render_no_date", lang),
             shorten(_text(get("title")), 90) or label("render_no_title", lang)]
    counts = ", ".join(f"{label('render_' + kind, lang)}: "
                       f"{len(_rows_for(annotations, kind, article_id))}"
                       for kind in annotations)
    line = " · ".join(parts)
    return f"{line} — {counts}" if counts else line


def shorten(text: str, width: int) -> str:
    """``text`` cut to at most ``width`` characters at a word's end, with "…" when cut.

    >>> shorten("Korea Utara kirim amunisi", 18), shorten("Korea Utara", 18)
    ('Korea Utara …', 'Korea Utara')
    """
    if len(text) <= width:
        return text
    cut = text[:width - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut.strip() else cut).rstrip() + " …"


def article_choice(row, lang: str = "en") -> str:
    """An article as the explorer lists it: outlet · date · title (plain text).

    >>> article_choice({"outlet": "KompasTV", "published": "2022-11-03", "title": ""}, "id")
    'KompasTV · 3 Nov 2022 · (tanpa judul)'
    """

    get = row.get
    return " · ".join([_text(get("outlet")) or label("unknown_outlet", lang),
                       format_date(_text(get("published")), lang)
                       or label("render_no_date", lang),
                       _text(get("title"))[:90] or label("render_no_title", lang)])


def explorer(articles: pd.DataFrame, annotations: dict, lang: str = "en", review_file=None):
    """A small ipywidgets explorer (article / kinds pickers) re-rendering the view: articles
    listed by outlet, date and title; a line saying how to pick several kinds. With
    ``review_file``, a review panel under it confirms, corrects or rejects the claim or
    statement picked (outlined in the view) and appends the decision to that file
    (:func:`newsframe.present.reviewing.review_panel`).

    Needs ipywidgets (optional; not a dependency). The static report never uses it.
    """
    import ipywidgets as widgets

    wide = {"description_width": "initial"}
    picker = widgets.Dropdown(
        options=[(article_choice(row, lang), row["article_id"])
                 for row in articles.to_dict("records")],
        description=label("explorer_article", lang), style=wide,
        layout=widgets.Layout(width="95%"))
    chooser = widgets.SelectMultiple(
        options=[(label(f"render_{kind}", lang), kind) for kind in KINDS], value=KINDS,
        rows=len(KINDS), description=label("explorer_kinds", lang), style=wide)
    hint = widgets.Label(label("explorer_kinds_hint", lang))
    view = widgets.HTML()
    panel = None

    def refresh(_change=None):
        current = panel.current() if panel is not None else ""
        view.value = render_article(articles, picker.value, annotations, list(chooser.value),
                                    lang, current=current).html if picker.value else ""

    if review_file is not None:
        from .reviewing import review_panel

        panel = review_panel(articles, annotations, lang, review_file, picker, refresh)
    picker.observe(refresh, "value")
    chooser.observe(refresh, "value")
    refresh()
    parts = [picker, widgets.HBox([chooser, hint])]
    return widgets.VBox([*parts, *([panel.widget] if panel is not None else []), view])
