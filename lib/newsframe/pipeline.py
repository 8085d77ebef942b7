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


def _compute(articles: pd.DataFrame, name: str, done: dict) -> pd.DataFrame:
    from importlib import import_module

    module, function = TABLES[name]
    compute = getattr(import_module(f".{module}", __package__), function)
    if name == "frames":  # frames need the attributions: reuse them rather than read twice
        attributions = done.get("attributions")
        if attributions is None:
            attributions = _compute(articles, "attributions", done)
        return compute(articles, attributions)
    return compute(articles)


def annotate(articles: pd.DataFrame, tables=tuple(TABLES), cache_dir=None) -> dict:
    """``{name: DataFrame}`` for claims, events, attributions and frames of ``articles``.

    Args:
        articles: the articles table (``load_corpus`` or a selection of it).
        tables: which tables to return.
        cache_dir: folder for cached Parquet tables; default ``$NEWSFRAME_CACHE`` or none.
    """
    unknown = sorted(set(tables) - set(TABLES))
    if unknown:
        raise ValueError(f"unknown table(s) {unknown}; allowed values: {', '.join(TABLES)}")
    cache_dir = cache_dir or os.environ.get(CACHE_ENV)
    folder = Path(cache_dir) / cache_key(articles) if cache_dir else None
    result = {}
    for name in sorted(tables, key=list(TABLES).index):  # attributions before frames
        target = folder / f"{name}.parquet" if folder else None
        if target is not None and target.exists():
            result[name] = pd.read_parquet(target)
            continue
        result[name] = _compute(articles, name, result)
        if target is not None:
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
