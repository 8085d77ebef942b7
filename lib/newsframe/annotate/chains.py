"""Relay chains: who an outlet heard each source through (``outlet → wire → source``), one
row per article, relay and original source, read from its attributions (stored as the
``chains`` table).
"""

import pandas as pd

from ..lang import text
from ..schema import typed_empty

CHAIN_COLUMNS = ["article_id", "outlet", "source", "source_type", "relayed_by", "chain",
                 "depth", "n_statements", "sentence", "start", "end"]


def relay_chains(articles: pd.DataFrame, attributions: pd.DataFrame) -> pd.DataFrame:
    """One row per article, relay and original source: ``outlet → relay(s) → source``.

    ``depth`` counts the hops from the outlet to the original claimant (1 = quoted first
    hand, 2 = through one wire or outlet, ...). The evidence columns point at the first
    statement of the chain.

    >>> from newsframe.annotate.sources import extract_attributions
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["Liputan6"],
    ...                      "body": ['"Kami menilai," kata Kirby, seperti dilansir AP.']})
    >>> relay_chains(arts, extract_attributions(arts))[["chain", "depth"]].values.tolist()
    [['Liputan6 → Associated Press → John Kirby', 2]]
    """
    if attributions.empty:
        return typed_empty(CHAIN_COLUMNS, ints=("depth", "n_statements", "start", "end"))
    outlets = dict(zip(articles["article_id"].astype(str).tolist(),
                       articles.get("outlet", pd.Series([""] * len(articles))).astype(str).tolist(),
                       strict=True))
    groups: dict[tuple, list[dict]] = {}  # plain dicts: thousands of articles stay fast
    for row in text.records(attributions, ["article_id", "source", "source_type", "relayed_by",
                                           "outlet", "in_title", "start", "end", "sentence"]):
        key = (row["article_id"], row["source"], row["source_type"], row["relayed_by"])
        groups.setdefault(key, []).append(row)
    rows = []
    for (article_id, source, source_type, relayed_by), group in groups.items():
        outlet = outlets.get(article_id) or group[0]["outlet"] or article_id
        hops = [h for h in relayed_by.split(" > ") if h]
        first = min(group, key=lambda r: (r.get("in_title", False) is False, r["start"]))
        rows.append({"article_id": article_id, "outlet": outlet, "source": source,
                     "source_type": source_type, "relayed_by": relayed_by,
                     "chain": " → ".join([outlet, *hops, source]), "depth": len(hops) + 1,
                     "n_statements": len(group), "sentence": first["sentence"],
                     "start": int(first["start"]), "end": int(first["end"])})
    return pd.DataFrame(rows, columns=CHAIN_COLUMNS).astype(
        {"depth": "int64", "n_statements": "int64", "start": "int64", "end": "int64"})
