"""All annotation tables of a corpus in one call, optionally cached on disk.

``newsframe report`` annotates the corpus once in the parent process and stores the tables
(Parquet) in a cache folder it passes to every notebook through ``NEWSFRAME_CACHE``; each
notebook's ``annotate(articles)`` then reads them instead of annotating again. The cache key
is a hash of every article's text and metadata, every lexicon file and the library's own
source, so a change to any of them makes a fresh entry — a stale table cannot be read.
Without ``NEWSFRAME_CACHE`` (interactive use) nothing is written.

>>> import newsframe as nf
>>> tables = annotate(nf.load_corpus(paths.SEEDS))
>>> sorted(tables)
['attributions', 'claims', 'events', 'frames']
"""

import hashlib
import os
from pathlib import Path

import pandas as pd

from . import paths

TABLES = {
    "claims": ("claims", "extract_claims"),
    "events": ("timeline", "extract_events"),
    "attributions": ("sources", "extract_attributions"),
    "frames": ("framing", "score_frames"),
}
CACHE_ENV = "NEWSFRAME_CACHE"


def cache_key(articles: pd.DataFrame) -> str:
    """Hash of the articles (ids, metadata, text), the lexicons and the library source."""
    digest = hashlib.sha256()
    columns = [c for c in ("article_id", "sha256", "outlet", "title", "published", "body",
                           "boilerplate", "status", "duplicate_of") if c in articles.columns]
    for row in articles[columns].itertuples(index=False):
        digest.update("\x1f".join(map(str, row)).encode("utf-8", "surrogatepass"))
        digest.update(b"\x1e")
    for folder, pattern in ((paths.DATA, "**/*.csv"), (Path(__file__).parent, "*.py")):
        for file in sorted(folder.glob(pattern)):
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:24]


CHUNK = 256  # articles annotated together; below the text and actor memo sizes (text.py)


def _compute(articles: pd.DataFrame, names: list[str], timings: dict | None = None
             ) -> dict[str, pd.DataFrame]:
    """The tables ``names`` of ``articles``, computed chunk by chunk: every annotator reads
    a chunk's articles while their sentence splits and actor scans are still remembered, so
    each text is split and scanned once for all four (the first annotator of a chunk pays
    for the shared work in ``timings``)."""
    import time
    from importlib import import_module

    functions = {name: getattr(import_module(f".{TABLES[name][0]}", __package__),
                               TABLES[name][1]) for name in TABLES}
    needed = set(names) | ({"attributions"} if "frames" in names else set())
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in needed}
    for first in range(0, max(len(articles), 1), CHUNK):
        chunk = articles.iloc[first:first + CHUNK]
        done = {}
        for name in TABLES:  # attributions before frames: frames reuse them
            if name in needed:
                extra = [done["attributions"]] if name == "frames" else []
                cpu = time.process_time()
                done[name] = functions[name](chunk, *extra)
                if timings is not None:
                    timings[name] = timings.get(name, 0.0) + time.process_time() - cpu
                parts[name].append(done[name])
    tables = {name: pd.concat(chunks, ignore_index=True) if len(chunks) > 1 else chunks[0]
              for name, chunks in parts.items()}
    if "frames" in tables and len(parts["frames"]) > 1:
        tables["frames"] = import_module(".framing", __package__).order_hits(tables["frames"])
    return tables


def annotate(articles: pd.DataFrame, tables=tuple(TABLES), cache_dir=None,
             timings: dict | None = None) -> dict:
    """``{name: DataFrame}`` for claims, events, attributions and frames of ``articles``.

    Args:
        articles: the articles table (``load_corpus`` or a selection of it).
        tables: which tables to return.
        cache_dir: folder for cached Parquet tables; default ``$NEWSFRAME_CACHE`` or none.
        timings: a dict to which the CPU seconds spent per table are added (benchmarks).
    """
    unknown = sorted(set(tables) - set(TABLES))
    if unknown:
        raise ValueError(f"unknown table(s) {unknown}; allowed values: {', '.join(TABLES)}")
    cache_dir = cache_dir or os.environ.get(CACHE_ENV)
    folder = Path(cache_dir) / cache_key(articles) if cache_dir else None
    result = {}
    for name in tables:
        target = folder / f"{name}.parquet" if folder else None
        if target is not None and target.exists():
            result[name] = pd.read_parquet(target)
    missing = [name for name in tables if name not in result]
    if missing:
        from .corpus import paused_gc
        with paused_gc():
            computed = _compute(articles, missing, timings)
        for name in missing:
            result[name] = computed[name]
            if folder is not None:
                target = folder / f"{name}.parquet"
                target.parent.mkdir(parents=True, exist_ok=True)
                partial = target.with_suffix(f".{os.getpid()}.tmp")
                result[name].to_parquet(partial, index=False)
                partial.replace(target)  # atomic: a parallel reader never sees half a file
    return {name: result[name] for name in tables}


def annotate_selection(all_articles: pd.DataFrame, outlets=None, start=None, end=None,
                       tables=tuple(TABLES), cache_dir=None) -> tuple[pd.DataFrame, dict]:
    """(selected articles, their tables): annotate every usable article (one cache entry per
    corpus, shared by all notebooks), then keep the rows of the outlet/date selection.

    >>> import newsframe as nf
    >>> chosen, tables = annotate_selection(nf.load_corpus(paths.SEEDS), outlets=["NEWSLIVE"])
    >>> len(chosen), set(tables["claims"]["outlet"])
    (1, {'NEWSLIVE'})
    """
    from .corpus import select_articles

    usable = select_articles(all_articles)
    annotated = annotate(usable, tables, cache_dir)
    chosen = select_articles(usable, outlets, start, end)
    keep = set(chosen["article_id"])
    return chosen, {name: table[table["article_id"].isin(keep)].reset_index(drop=True)
                    for name, table in annotated.items()}
