"""The stable key of a row an analyst can review (a claim, an attributed statement), and the
review columns such a row carries before any review.

A key names the words, not the machine's reading of them: the article id, whether the words
stand in the title (``t``) or the body (``b``), their character offsets and a short
fingerprint of the words themselves (the first 8 hex digits of the SHA-1 of the words with
their whitespace collapsed). Annotating unchanged text again gives every row the same key,
whatever the annotators now read there; a key whose fingerprint no longer matches the words
at its offsets says that the article changed. A second row of one table on exactly the same
words (rare) gets ``~2``, a third ``~3``, in the table's order.

>>> review_key("001_8995e815094ec626", False, 972, 1004, "jutaan  roket")
'001_8995e815094ec626:b972-1004:c2429788'
>>> parse_key("001_8995e815094ec626:b972-1004:c2429788~2")[1:]
(False, 972, 1004, 'c2429788', 2)
"""

import hashlib
import re
from typing import NamedTuple

import pandas as pd

from .. import schema

_KEY = re.compile(r"(?P<article>.+):(?P<where>[tb])(?P<start>\d{1,12})-(?P<end>\d{1,12})"
                  r":(?P<fingerprint>[0-9a-f]{8})(?:~(?P<repeat>\d{1,6}))?")


class ReviewKey(NamedTuple):
    article_id: str
    in_title: bool
    start: int
    end: int
    fingerprint: str
    repeat: int = 1


def fingerprint(words: str) -> str:
    """The 8-hex-digit fingerprint of ``words`` (whitespace collapsed, so a re-wrapped line
    keeps it).

    >>> fingerprint("lebih dari 1.000 kontainer") == fingerprint("lebih dari\\n1.000  kontainer")
    True
    """
    text = " ".join(str(words).split())
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def review_key(article_id: str, in_title: bool, start: int, end: int, words: str,
               repeat: int = 1) -> str:
    """The key of the row on ``words`` at ``start``:``end`` of an article's title or body."""
    suffix = f"~{repeat}" if repeat > 1 else ""
    return (f"{article_id}:{'t' if in_title else 'b'}{int(start)}-{int(end)}:"
            f"{fingerprint(words)}{suffix}")


def parse_key(key) -> ReviewKey | None:
    """The parts of a key, or None when ``key`` is not one.

    >>> parse_key("a:b1-2"), parse_key("a:x:t0-5:0123abcd").article_id
    (None, 'a:x')
    """
    match = _KEY.fullmatch(str(key).strip()) if isinstance(key, str) else None
    if match is None:
        return None
    return ReviewKey(match["article"], match["where"] == "t", int(match["start"]),
                     int(match["end"]), match["fingerprint"], int(match["repeat"] or 1))


def add_review_columns(articles: pd.DataFrame, name: str, table: pd.DataFrame) -> pd.DataFrame:
    """``table`` (claims or attributions of ``articles``) with its ``key`` column and the
    review columns empty (``review``, ``reviewer``, ``review_note``, ``corrected``,
    ``machine_*``): what :func:`newsframe.store.review.apply_review` fills in.

    >>> import newsframe as nf
    >>> arts = nf.load_corpus(nf.paths.SEEDS)
    >>> claims = add_review_columns(arts, "claims", nf.extract_claims(arts))
    >>> claims["key"].iloc[1], claims["review"].iloc[1]
    ('000_aa34f2be23785672:b106-162:b64df220', '')
    """
    from .framing import matched_text

    keys = []
    if len(table):
        words = matched_text(articles, table).tolist()
        seen: dict[tuple, int] = {}
        for article_id, in_title, start, end, text in zip(
                table["article_id"].tolist(), table["in_title"].tolist(),
                table["start"].tolist(), table["end"].tolist(), words, strict=True):
            place = (article_id, bool(in_title), int(start), int(end))
            seen[place] = seen.get(place, 0) + 1
            keys.append(review_key(article_id, bool(in_title), start, end, text, seen[place]))
    kinds = schema.dtypes(name)
    missing = {"float64": float("nan"), "Int64": pd.NA}
    empty = {f"machine_{field}": pd.Series(missing.get(kinds[field], ""), index=table.index,
                                           dtype=kinds[field])
             for field in schema.REVIEW_FIELDS[name]}
    return table.assign(key=pd.Series(keys, index=table.index, dtype="str"), review="",
                        reviewer="", review_note="", corrected="", **empty)
