"""Every annotation table of a set of articles in one call: claims, events, attributions and
frames, and the per-article tables read from them (headlines, relay chains), computed chunk by
chunk so that each text is split and scanned once for all.

This is the per-article work every engine runs (:mod:`newsframe.store.engines` writes it to
Parquet datasets); it keeps nothing between calls. The story pack is an argument, decided
once per corpus by the caller (:func:`newsframe.stories.decide_story`): an article's tables
never depend on which other articles share its call.

>>> import newsframe as nf
>>> tables = annotate(nf.load_corpus(nf.paths.SEEDS))
>>> sorted(tables)
['attributions', 'chains', 'claims', 'events', 'frames', 'headlines']
"""

import time

import pandas as pd

from .. import lexicons, schema
from ..lang import dates
from ..read.corpus import paused_gc
from .chains import relay_chains
from .claims import extract_claims
from .framing import headline_features, order_hits, score_frames
from .keys import add_review_columns
from .offices import type_by_office, type_claimants
from .sources import extract_attributions
from .timeline import extract_events

TABLES = (*schema.ANNOTATION_TABLES, *schema.PER_ARTICLE_TABLES)
CHUNK = 256  # articles annotated together; below the text and mention memo sizes
LONG_TEXT = 1_000_000  # characters: a chunk holding a body this long reports each step


def annotate(articles: pd.DataFrame, tables=TABLES, timings: dict | None = None,
             progress=None, story=None, failed: dict | None = None
             ) -> dict[str, pd.DataFrame]:
    """``{name: DataFrame}`` for the annotation tables ``tables`` of ``articles`` (rows with
    status ``error`` give none), each with the columns and dtypes of :mod:`newsframe.schema`.

    Args:
        articles: the articles table (``load_corpus`` or a part of it).
        tables: which tables to compute.
        story: the story pack decided for the corpus (its transfer directions date claims'
            ``direction``), or None for none.
        timings: a dict to which the CPU seconds spent per table are added (benchmarks); the
            first annotator of a chunk pays for the work the others share.
        progress: a text stream; where a chunk holds a body of ``LONG_TEXT`` characters or
            more (a minute of work for 50 MB), one line per table says how long it took
            (``newsframe annotate: 12.0 MB article a1: claims … 14.2 s``).
        failed: a dict to which each article whose annotation raised is added (its id →
            ``"KeyError: 'x'"``): it gets no rows and the others are annotated as usual
            (:func:`guard_evidence` marks it); None: the error is raised.
    """
    unknown = sorted(set(tables) - set(TABLES))
    if unknown:
        raise ValueError(f"unknown table(s) {unknown}; allowed values: {', '.join(TABLES)}")
    needs_attributions = {"frames", "chains"} & set(tables)
    wanted = set(tables) | ({"attributions"} if needs_attributions else set())
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in wanted}
    # millions of small objects that live until the chunk is done; one set of lexicons
    with paused_gc(), lexicons.held_version():
        _annotate_chunks(articles, wanted, parts, timings, progress, story, failed)
    dates.forget_handed()  # the read step's date scans (load_corpus): used
    result = {}
    for name in tables:
        table = pd.concat(parts[name], ignore_index=True) if len(parts[name]) > 1 \
            else parts[name][0]
        if name == "frames" and len(parts[name]) > 1:
            table = order_hits(table)
        if name in schema.REVIEW_FIELDS:  # a stable key per row, and no review yet
            table = add_review_columns(articles, name, table)
        result[name] = schema.conform(name, table)
    return result


def _annotate_chunks(articles: pd.DataFrame, wanted: set, parts: dict, timings,
                     progress, story, failed: dict | None) -> None:
    for first in range(0, max(len(articles), 1), CHUNK):
        chunk = articles.iloc[first:first + CHUNK]
        try:
            done = _annotate_chunk(chunk, wanted, timings, progress, story)
        except Exception:
            if failed is None:
                raise
            done = _annotate_alone(chunk, wanted, timings, story, failed)
        for name, table in done.items():
            parts[name].append(table)
        lexicons.forget_texts()  # the chunk's analyses: of no use to the next chunk


def _annotate_alone(chunk: pd.DataFrame, wanted: set, timings, story, failed: dict) -> dict:
    """A chunk whose annotation raised, annotated again without the articles that raise on
    their own (each one named in ``failed``): a bad article costs only itself."""
    good = []
    for number in range(len(chunk)):
        try:
            _annotate_chunk(chunk.iloc[number:number + 1], wanted, None, None, story)
            good.append(number)
        except Exception as error:  # noqa: BLE001 - recorded on the article, not raised
            failed[str(chunk["article_id"].iloc[number])] = f"{type(error).__name__}: {error}"
    return _annotate_chunk(chunk.iloc[good], wanted, timings, None, story)


def _annotate_chunk(chunk: pd.DataFrame, wanted: set, timings, progress, story) -> dict:
    done: dict[str, pd.DataFrame] = {}
    longest = _longest(chunk) if progress else None
    usable = chunk[chunk["status"] != "error"] if "status" in chunk.columns else chunk
    for name in TABLES:  # attributions before frames and chains: they reuse them
        if name not in wanted:
            continue
        cpu, wall = time.process_time(), time.perf_counter()
        if longest is not None:  # on a terminal, over the partition bar's line
            clear = "\r\x1b[K" if getattr(progress, "isatty", lambda: False)() else ""
            progress.write(f"{clear}newsframe annotate: {longest}: {name} …")
            progress.flush()
        if name == "claims":
            done[name] = extract_claims(chunk, story=story)
        elif name == "events":
            done[name] = extract_events(chunk)
        elif name == "attributions":
            done[name] = type_by_office(extract_attributions(chunk), chunk)
        elif name == "frames":
            done[name] = score_frames(chunk, done["attributions"])
        elif name == "headlines":
            done[name] = headline_features(usable)
        else:
            done[name] = relay_chains(usable, done["attributions"])
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + time.process_time() - cpu
        if longest is not None:
            progress.write(f" {time.perf_counter() - wall:.1f} s\n")
            progress.flush()
    if "claims" in done and "attributions" in done:  # a claimant typed as its source
        done["claims"] = type_claimants(done["claims"], done["attributions"])
    return done


def evidence_failures(articles: pd.DataFrame, name: str, table: pd.DataFrame) -> pd.Series:
    """Which rows of annotation table ``name`` do not carry their evidence: a blank sentence,
    or offsets that do not point at the row's words (claims: the words are in the sentence;
    events: they are the expression; attributions: not blank; frames: they are the cue).
    Tables of other names are all evidence-carrying.

    >>> import newsframe as nf
    >>> arts = nf.load_corpus(nf.paths.SEEDS)
    >>> claims = nf.extract_claims(arts)
    >>> int(evidence_failures(arts, "claims", claims).sum())
    0
    >>> int(evidence_failures(arts, "claims", claims.assign(end=claims["start"])).sum())
    22
    """
    from .framing import matched_text

    if name not in schema.ANNOTATION_TABLES or table.empty:
        return pd.Series(False, index=table.index)
    words = matched_text(articles, table)
    if name == "claims":
        good = pd.Series([w.strip() != "" and w in s
                          for w, s in zip(words, table["sentence"], strict=True)],
                         index=table.index)
    elif name == "events":
        good = words == table["expression"]
    elif name == "frames":
        cue = table["cue"].str.lower()
        said = words.str.lower().str.split().str.join(" ")
        # a starred cue (``attack*``) matches the words it begins (``attacks``)
        good = pd.Series([w.startswith(c[:-1]) if c.endswith("*") else w == c
                          for w, c in zip(said, cue, strict=True)], index=table.index)
    else:
        good = words.str.strip() != ""
    return ~good | (table["sentence"] == "")


def guard_evidence(articles: pd.DataFrame, tables: dict, failed: dict | None = None
                   ) -> tuple[dict, pd.DataFrame]:
    """``tables`` without the rows that do not carry their evidence
    (:func:`evidence_failures`), and ``articles`` with the warning code ``evidence_dropped``
    on the articles that lost one: one bad row costs that row, never the page. The articles
    whose annotation raised (``failed``, from :func:`annotate`) get status ``error``, the
    warning code ``annotation_failed`` and the error in ``error_detail``: one bad article
    costs that article, never the corpus.

    >>> import newsframe as nf
    >>> arts = nf.load_corpus(nf.paths.SEEDS)
    >>> tables = annotate(arts, ["claims"])
    >>> claims = tables["claims"]
    >>> broken = {"claims": claims.assign(end=claims["end"].where(claims.index != 0, 0))}
    >>> kept, arts = guard_evidence(arts, broken)
    >>> len(kept["claims"]), arts.set_index("article_id").loc["000_aa34f2be23785672", "warnings"]
    (21, 'later_date_in_text;evidence_dropped')
    """
    dropped = set()
    kept = {}
    for name, table in tables.items():
        failing = evidence_failures(articles, name, table)
        dropped |= set(table.loc[failing, "article_id"]) if failing.any() else set()
        kept[name] = table[~failing].reset_index(drop=True) if failing.any() else table
    if not dropped and not failed:
        return kept, articles
    articles = articles.copy()
    for ids, code in ((dropped, "evidence_dropped"), (set(failed or ()), "annotation_failed")):
        hit = articles["article_id"].isin(ids)
        if not hit.any():
            continue
        articles.loc[hit, "warnings"] = [";".join(dict.fromkeys([*filter(None, w.split(";")),
                                                                  code]))
                                         for w in articles.loc[hit, "warnings"]]
        if code == "annotation_failed":
            articles.loc[hit, "status"] = "error"
            articles.loc[hit, "error_detail"] = [failed[i] for i in articles.loc[hit, "article_id"]]
        else:
            articles.loc[hit & (articles["status"] == "ok"), "status"] = "warning"
    return kept, articles


def _longest(chunk: pd.DataFrame) -> str | None:
    """``12.0 MB article a1``: the chunk's longest body, when it is ``LONG_TEXT`` or longer."""
    if "body" not in chunk.columns or chunk.empty:
        return None
    lengths = [len(body) if isinstance(body, str) else 0 for body in chunk["body"].tolist()]
    if max(lengths) < LONG_TEXT:
        return None
    where = lengths.index(max(lengths))
    size = len(chunk["body"].iloc[where].encode("utf-8", "replace")) / 2**20
    return f"{size:.1f} MB article {chunk['article_id'].iloc[where]}"


def annotate_selection(articles: pd.DataFrame, outlets=None, start=None, end=None, story=None
                       ) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """(the selected articles, their tables) of a corpus held in memory: the selection of
    :func:`newsframe.read.corpus.select_articles`, annotated. Notebooks use
    :func:`newsframe.open_tables`, which also reads tables written by ``newsframe annotate``.

    >>> import newsframe as nf
    >>> chosen, tables = annotate_selection(nf.load_corpus(nf.paths.SEEDS), ["KompasTV"])
    >>> len(chosen), tables["attributions"]["verb"].iloc[0]
    (1, 'menuding')
    """
    from ..read.corpus import select_articles

    chosen = select_articles(articles, outlets, start, end)
    return chosen, annotate(chosen, story=story)
