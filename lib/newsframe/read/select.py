"""The articles a page analyses: not errors, not duplicates, in the outlet and date
selection. Its own module so that a notebook opening tables selects its articles without
importing the corpus readers (:mod:`.corpus` and its saved-page and date machinery).

>>> import pandas as pd
>>> arts = pd.DataFrame({"status": ["ok", "error", "ok"], "duplicate_of": ["", "", "a"],
...                      "outlet": ["X", "X", "X"], "published": ["2024-01-02", "", ""]})
>>> len(select_articles(arts)), len(select_articles(arts, include_duplicates=True))
(1, 2)
"""

import pandas as pd


def select_articles(articles: pd.DataFrame, outlets=None, start=None, end=None,
                    include_duplicates: bool = False) -> pd.DataFrame:
    """Articles to analyse: not errors, not duplicates, in the outlet and date selection.

    Undated articles are kept unless a date window is given.

    >>> from newsframe.read.corpus import load_corpus
    >>> arts = load_corpus()
    >>> len(select_articles(arts, outlets=["KompasTV"]))
    1
    """
    keep = articles["status"] != "error"
    if not include_duplicates:
        keep &= articles["duplicate_of"] == ""
    if outlets is not None:
        keep &= articles["outlet"].isin(list(outlets))
    published = pd.to_datetime(articles["published"].where(articles["published"] != ""),
                               errors="coerce")
    if start is not None:
        keep &= published >= pd.Timestamp(start)
    if end is not None:
        keep &= published <= pd.Timestamp(end)
    return articles[keep].reset_index(drop=True)
