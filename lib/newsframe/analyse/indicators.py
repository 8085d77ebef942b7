"""Indicators per article and outlet: framing indicators from the frame hits, and from the
attributions the source balance and whether the accused side's denial is included. The
balance depends on the story pack (who is accused), so it is analysis, computed where a
report has decided its pack, not a stored table."""

import numpy as np
import pandas as pd

from .. import lexicons
from ..annotate.framing import FRAMES, NORMALIZE, headline_features
from ..lang import text
from ..schema import typed_empty

INDICATOR_COLUMNS = ["level", "outlet", "article_id", "group", "indicator", "value", "count",
                     "denominator", "unit"]


HEADLINE_INDICATORS = ("has_number", "attribution", "hedged", "leader_as_agent",
                       "sensational", "question")


def _counts(articles: pd.DataFrame) -> pd.DataFrame:
    """``article_id, outlet, n_sentences, n_words`` of the articles with a body (from the
    articles table's counts, else counted from ``body``)."""
    if {"n_sentences", "n_words"} <= set(articles.columns):
        sentences, words = articles["n_sentences"], articles["n_words"]
    else:
        bodies = articles["body"].where(articles["body"].map(lambda b: isinstance(b, str)), "")
        sentences = bodies.map(lambda b: len(text.split_sentences(b)))
        words = bodies.str.split().str.len().fillna(0)
    counts = pd.DataFrame({
        "article_id": articles["article_id"].astype(str).to_numpy(),
        "outlet": articles["outlet"].fillna("").astype(str).to_numpy()
        if "outlet" in articles else "",
        "n_sentences": sentences.astype("int64").to_numpy(),
        "n_words": words.astype("int64").to_numpy()})
    return counts[counts["n_sentences"] > 0].reset_index(drop=True)


def _per_article(counts: pd.DataFrame, values: pd.Series) -> pd.Series:
    """``values`` (indexed by article_id) for every counted article, 0 where absent."""
    return values.reindex(counts["article_id"]).fillna(0).astype("int64").to_numpy()


def framing_indicators(articles: pd.DataFrame, hits: pd.DataFrame,
                       normalize: str = "sentences", headlines: pd.DataFrame | None = None
                       ) -> pd.DataFrame:
    """Per-article and per-outlet indicators, long format (one row per indicator).

    ``level`` is ``article`` or ``outlet`` (``article_id`` "" for outlet rows). Groups:
    ``frame`` (share of body sentences with at least one cue), ``frame_presence`` (0/1; for an
    outlet the share of its articles), ``hedge`` and ``normative`` (hits per 100 sentences or
    per 1,000 words, by ``normalize``), ``headline`` (0/1; for an outlet the share of titles).
    Articles without a body give no rows. ``count`` and ``denominator`` make every value
    recomputable. Computed by grouping whole columns (no loop over articles or hits), so it
    stays quick on millions of hits; ``hits`` needs only ``article_id, kind, label, in_title,
    sentence_start``. ``headlines`` is ``headline_features(articles)`` when the caller has it.

    >>> from newsframe.annotate.framing import score_frames
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "title": [""],
    ...                      "body": ["Perang berlanjut. Mungkin damai."]})
    >>> table = framing_indicators(arts, score_frames(arts))
    >>> table.query("indicator == 'frame: conflict' and level == 'article'")["value"].item()
    0.5
    >>> table.query("indicator == 'hedges' and level == 'outlet'")["value"].item()
    50.0
    """
    from ..params import check_choice

    check_choice("normalize", normalize, NORMALIZE)
    counts = _counts(articles)
    # the columns used, then the rows: a frames table can hold millions of rows
    body = hits[["article_id", "kind", "label", "sentence_start"]][
        ~hits["in_title"].astype(bool).to_numpy()]
    framed = body[body["kind"] == "frame"].drop_duplicates(
        ["article_id", "label", "sentence_start"])  # sentences with a cue, told by offset
    per_frame = framed.groupby(["article_id", "label"]).size()
    per_kind = body.groupby(["article_id", "kind"]).size()
    headlines = (headline_features(articles) if headlines is None else headlines) \
        .set_index("article_id").reindex(counts["article_id"])
    denominator, unit, scale = ((counts["n_sentences"], "per 100 sentences", 100)
                                if normalize == "sentences" else
                                (counts["n_words"], "per 1,000 words", 1000))
    parts = []  # (group, indicator, count, denominator, unit, per), in the order of the rows

    def part(group, indicator, count, denom, unit_name, per=1):
        count = np.asarray(count, dtype="int64")
        parts.append((group, indicator, count,
                      np.broadcast_to(np.asarray(denom, dtype="int64"), count.shape),
                      unit_name, per))

    found_frames = set(per_frame.index.get_level_values("label").unique())  # looked up once
    found_kinds = set(per_kind.index.get_level_values("kind").unique())
    for frame in FRAMES:
        with_cue = _per_article(counts, per_frame.xs(frame, level="label")
                                if frame in found_frames else pd.Series(dtype="int64"))
        part("frame", f"frame: {frame}", with_cue, counts["n_sentences"], "share of sentences")
        present = (with_cue > 0).astype("int64")
        part("frame_presence", f"present: {frame}", present, 1, "article has the frame")
    for kind, name in (("hedge", "hedges"), ("normative", "normative (own voice)")):
        found = _per_article(counts, per_kind.xs(kind, level="kind")
                             if kind in found_kinds else pd.Series(dtype="int64"))
        part(kind, name, found, denominator.to_numpy(), unit, per=scale)
    for feature in HEADLINE_INDICATORS:
        column = (headlines["verb_stance"] == "hedged") if feature == "hedged" else \
            headlines[feature]
        part("headline", f"headline: {feature}", column.fillna(False).astype("int64").to_numpy(),
             1, "title has the feature")
    if counts.empty:
        return typed_empty(INDICATOR_COLUMNS, ints=("count", "denominator"), floats=("value",))
    # article by article, each article's indicators in the order above: one matrix of
    # articles × indicators read row by row (no table built part by part and reordered)
    n_articles, n_parts = len(counts), len(parts)
    count = np.stack([p[2] for p in parts], axis=1)
    denom = np.stack([p[3] for p in parts], axis=1)
    per = np.array([p[5] for p in parts], dtype="int64")
    with np.errstate(divide="ignore", invalid="ignore"):
        value = np.where(denom > 0, per * count / np.where(denom > 0, denom, 1), 0.0)

    def texts(values, repeat: bool) -> pd.Series:
        """A str column: each value repeated once per indicator, or the indicators' values
        tiled once per article (built from their codes, not value by value)."""
        values = pd.Series(values, dtype="str")
        codes = np.repeat(np.arange(len(values)), n_parts) if repeat else \
            np.tile(np.arange(len(values)), n_articles)
        return values.take(codes).reset_index(drop=True)

    table = pd.DataFrame({
        "level": texts(["article"], False).take(np.zeros(n_articles * n_parts, "int64"))
        .reset_index(drop=True),
        "outlet": texts(counts["outlet"], True), "article_id": texts(counts["article_id"], True),
        "group": texts([p[0] for p in parts], False),
        "indicator": texts([p[1] for p in parts], False),
        "value": value.ravel(), "count": count.ravel(), "denominator": denom.ravel(),
        "unit": texts([p[4] for p in parts], False)})
    # outlet rows: sums over each outlet's articles, outlets in order of first appearance
    outlets = pd.Index(pd.unique(counts["outlet"]))
    codes = outlets.get_indexer(counts["outlet"])
    summed_count = np.zeros((len(outlets), n_parts), dtype="int64")
    summed_denom = np.zeros((len(outlets), n_parts), dtype="int64")
    np.add.at(summed_count, codes, count)
    np.add.at(summed_denom, codes, denom)
    pooled = pd.DataFrame({
        "outlet": pd.Series(outlets.to_numpy(), dtype="str").take(
            np.repeat(np.arange(len(outlets)), n_parts)).reset_index(drop=True),
        "group": pd.Series([p[0] for p in parts] * len(outlets), dtype="str"),
        "indicator": pd.Series([p[1] for p in parts] * len(outlets), dtype="str"),
        "unit": pd.Series([p[4] for p in parts] * len(outlets), dtype="str"),
        "count": summed_count.ravel(), "denominator": summed_denom.ravel()})
    pooled_scale = pooled["unit"].map({"per 100 sentences": 100, "per 1,000 words": 1000}
                                      ).fillna(1)
    pooled["value"] = (pooled_scale * pooled["count"] / pooled["denominator"].where(
        pooled["denominator"] > 0)).fillna(0.0)
    pooled["level"] = "outlet"
    pooled["article_id"] = ""
    table = pd.concat([table, pooled[INDICATOR_COLUMNS]], ignore_index=True)
    return table.astype({"value": "float64", "count": "int64", "denominator": "int64"})


def keep_frames(indicators: pd.DataFrame, frames) -> pd.DataFrame:
    """``indicators`` without the ``frame`` and ``frame_presence`` rows of frames not in
    ``frames`` (the frame is the indicator's name after its last ``": "``); the other groups
    stay. Each distinct indicator name is split once, not once per row.

    >>> table = pd.DataFrame({"group": ["frame", "frame", "hedge"],
    ...     "indicator": ["frame: conflict", "frame: economy", "hedges"]})
    >>> keep_frames(table, ["conflict"])["indicator"].tolist()
    ['frame: conflict', 'hedges']
    """
    names = pd.unique(indicators["indicator"])
    frame_of = indicators["indicator"].map(dict(zip(names, [n.split(": ")[-1] for n in names],
                                                    strict=True)))
    return indicators[~indicators["group"].isin(["frame", "frame_presence"])
                      | frame_of.isin(list(frames))]


BALANCE_COLUMNS = ["article_id", "outlet", "n_statements", "n_sources", "n_named_sources",
                   "n_anonymous_sources", "named_share", "source_type_shares",
                   "accused_heard", "accused_denial", "any_denial", "denial_sources",
                   "denial_sentence", "max_relay_depth"]


def _accused(accused) -> tuple[frozenset, frozenset]:
    """(source types, lower-cased names) of the accused side: of ``accused`` (a story pack,
    or a pair of types and names); None: nobody is accused."""
    from ..stories import Story, accused_side

    if accused is None or isinstance(accused, Story):
        return accused_side(accused)
    types, names = accused
    return frozenset(types), frozenset(n.lower() for n in names)


def source_balance(articles: pd.DataFrame, attributions: pd.DataFrame,
                   accused=None) -> pd.DataFrame:
    """Per article: how many sources, how named, whether the accused side is heard.

    ``accused_heard``/``accused_denial``: a statement (a denial), in the title or the body,
    by a source of the story's accused side — a source type or an actor name its pack lists
    for a side with role ``accused`` (:mod:`newsframe.stories`). ``accused`` is the
    story pack, or ``(types, names)``; None (or a pack naming no accused side): nobody is
    accused, the question is not asked and both are missing (``<NA>``), never "no".
    ``any_denial``: a denial by any speaker. ``denial_sources``/``denial_sentence`` are the
    denials the article's answer counts: the accused side's when one is named, else every
    speaker's. Articles with no attribution get zeros.

    >>> from newsframe.annotate.sources import extract_attributions
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["X"],
    ...                      "body": ["AS menuding. Korea Utara membantah. Kata para ahli."]})
    >>> row = source_balance(arts, extract_attributions(arts), (["kp_government"], [])).iloc[0]
    >>> int(row.n_sources), bool(row.accused_denial)
    (2, True)
    >>> row = source_balance(arts, extract_attributions(arts)).iloc[0]  # nobody named accused
    >>> row.accused_denial is pd.NA, bool(row.any_denial), row.denial_sources
    (True, True, 'North Korea government')
    """
    accused_types, accused_names = _accused(accused)
    # a name as whole words of the source: "Bupati Salubanga Irfan Lasaeba" is Irfan Lasaeba
    accused_re = lexicons.cue_pattern(accused_names) if accused_names else None
    # whole columns: one code per article, per-article counts by bincount; Python only for
    # each distinct source and relay chain, each article's source types and the denials
    att = attributions.reset_index(drop=True)
    codes, article_ids = pd.factorize(att["article_id"], use_na_sentinel=False) if len(att) else \
        (np.zeros(0, dtype=np.intp), [])
    n = len(article_ids)
    heard = att["source_type"].isin(list(accused_types)).to_numpy(dtype=bool)
    if accused_re is not None and len(att):
        source_codes, sources = pd.factorize(att["source"], use_na_sentinel=False)
        heard = heard | np.array([accused_re.search(source) is not None for source in sources],
                                 dtype=bool)[source_codes]
    asked = bool(accused_types or accused_names)  # is an accused side named at all?
    any_denied = (att["verb_class"] == "denial").to_numpy(dtype=bool)
    denied = heard & any_denied if asked else any_denied
    relay_codes, chains = pd.factorize(att["relayed_by"], use_na_sentinel=False) if len(att) \
        else (np.zeros(0, dtype=np.intp), [])
    depth = np.array([len([h for h in chain.split(" > ") if h]) + 1 for chain in chains],
                     dtype=np.int64)[relay_codes] if len(att) else np.zeros(0, dtype=np.int64)
    first_of_source = ~att.duplicated(["article_id", "source"]).to_numpy(dtype=bool)
    anonymous = np.array([bool(a) for a in att["anonymous"].tolist()], dtype=bool)
    n_statements = np.bincount(codes, minlength=n)
    n_sources = np.bincount(codes[first_of_source], minlength=n)
    named = np.bincount(codes[first_of_source & ~anonymous], minlength=n)
    heard_any = np.bincount(codes[heard], minlength=n) > 0
    denying = np.bincount(codes[any_denied], minlength=n) > 0
    max_depth = np.zeros(n, dtype=np.int64)
    np.maximum.at(max_depth, codes, depth)
    shares = _type_shares(codes, att["source_type"], n_statements)
    denials: dict[int, list[tuple]] = {}
    for code, source, sentence in zip(codes[denied], att["source"].to_numpy(dtype=object)[denied],
                                      att["sentence"].to_numpy(dtype=object)[denied],
                                      strict=True):
        denials.setdefault(int(code), []).append((source, sentence))
    at = pd.Index(article_ids).get_indexer(articles["article_id"].astype(str)) if n else \
        np.full(len(articles), -1)
    found = at >= 0
    pick = np.where(found, at, 0)

    def per_article(values, empty):
        return np.where(found, values[pick], empty) if n else np.full(len(articles), empty)

    sources_of = per_article(n_sources, 0)
    named_of = per_article(named, 0)
    own = [denials.get(int(i), []) if ok else [] for i, ok in zip(at, found, strict=True)]
    table = pd.DataFrame([], columns=BALANCE_COLUMNS) if articles.empty else pd.DataFrame({
        "article_id": [str(a) for a in articles["article_id"].tolist()],
        "outlet": [str(o or "") for o in articles["outlet"].tolist()] if "outlet" in articles
        else [""] * len(articles),
        "n_statements": per_article(n_statements, 0), "n_sources": sources_of,
        "n_named_sources": named_of, "n_anonymous_sources": sources_of - named_of,
        "named_share": [round(k / m, 3) if m else 0.0
                        for k, m in zip(named_of.tolist(), sources_of.tolist(), strict=True)],
        "source_type_shares": [shares[i] if ok else "" for i, ok in zip(at, found, strict=True)],
        "accused_heard": per_article(heard_any, False) if asked else pd.NA,
        "accused_denial": [bool(d) for d in own] if asked else pd.NA,
        "any_denial": per_article(denying, False),
        "denial_sources": ["; ".join(dict.fromkeys(source for source, _ in d)) for d in own],
        "denial_sentence": [d[0][1] if d else "" for d in own],
        "max_relay_depth": per_article(max_depth, 0),
    }, columns=BALANCE_COLUMNS)
    return table.astype({"n_statements": "int64", "n_sources": "int64",
                         "n_named_sources": "int64", "n_anonymous_sources": "int64",
                         "named_share": "float64", "accused_heard": "boolean",
                         "accused_denial": "boolean", "any_denial": "bool",
                         "max_relay_depth": "int64"})


def _type_shares(codes: np.ndarray, types: pd.Series, n_statements: np.ndarray) -> list[str]:
    """Per article code: ``type:share; …``, the most frequent source type first (ties in the
    order of their first statement), shares of the article's statements to three places.

    >>> _type_shares(np.array([0, 0, 1, 0]), pd.Series(["expert", "media", "media", "media"]),
    ...              np.array([3, 1]))
    ['media:0.667; expert:0.333', 'media:1']
    """
    pairs = pd.DataFrame({"article": codes, "type": types.to_numpy(dtype=object)})
    counted = pairs.groupby(["article", "type"], sort=False, dropna=False).size().reset_index()
    counted = counted.sort_values("article", kind="stable")  # first appearances kept in order
    counted = counted.assign(_minus=-counted[0]).sort_values(["article", "_minus"],
                                                             kind="stable")
    totals = n_statements.tolist()  # Python ints: Python's round, as the rows were written
    shares: list[list[str]] = [[] for _ in totals]
    for article, kind, count in zip(counted["article"].tolist(), counted["type"].tolist(),
                                    counted[0].tolist(), strict=True):
        shares[article].append(f"{kind}:{round(count / totals[article], 3):g}")
    return ["; ".join(parts) for parts in shares]


def denial_answers(articles: pd.DataFrame, attributions: pd.DataFrame,
                   accused=None) -> pd.DataFrame:
    """One ``denial_included`` answer per article: does it carry a denial by the accused
    side, in its title or body (with the denying sources and the sentence)? Where no
    accused side is named (no pack, or a pack without a side of role ``accused``) the answer
    is a denial by any speaker, as the pages give it.

    >>> from newsframe.annotate.sources import extract_attributions
    >>> arts = pd.DataFrame({"article_id": ["a"], "title": ["Korea Utara Bantah Memasok Rudal"],
    ...                      "body": ["Isi berita."]})
    >>> from newsframe import paths, stories
    >>> pack = stories.load_story(paths.STORIES / "korea-russia-arms")  # its accused side
    >>> denial_answers(arts, extract_attributions(arts), pack)["denial_included"].tolist()
    [True]
    >>> denial_answers(arts, extract_attributions(arts))["denial_included"].tolist()  # no pack
    [True]
    """
    balance = source_balance(articles, attributions, accused)
    answer = balance["accused_denial"].fillna(balance["any_denial"]).astype(bool)
    return balance[["article_id", "outlet"]].assign(denial_included=answer).join(
        balance[["denial_sources", "denial_sentence"]])
