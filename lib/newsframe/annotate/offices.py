"""Types for named sources no lexicon knows, from what their article says of them: an
institution whose short form the article spells out (``Badan … (BRIN)``: a government body)
takes the type of its long name, and a person whose office the article names
(``Kepala BRIN Laksmi Dewi``) takes the type of that office — of its words, else of the
institution the office belongs to. A type the lexicons gave is never changed.

>>> body = ("Badan Riset Kelautan Nasional (BRKN) merilis data. Kepala BRKN Laksmi Dewi "
...         "mengatakan stok ikan turun.")
>>> attributions = pd.DataFrame({"article_id": ["a", "a"], "source": ["BRKN", "Laksmi Dewi"],
...     "source_type": ["unknown", "unknown"], "source_kind": ["organisation", "person"],
...     "role": ["", "Kepala BRKN"]})
>>> articles = pd.DataFrame({"article_id": ["a"], "body": [body]})
>>> type_by_office(attributions, articles)["source_type"].tolist()
['government', 'government']
"""

import re

import pandas as pd

from .mentions import institution_type

UNKNOWN = ("", "unknown")


def _spelled_out(body: str, short: str) -> str:
    """The capitalised long name written right before ``(short)`` in ``body``, else ""."""
    at = body.find(f"({short})")
    if at < 0:
        return ""
    words = re.findall(r"[\w-]+", body[max(0, at - 160):at])
    name: list[str] = []
    for word in reversed(words):  # "Badan Pengatur Hilir Minyak dan Gas Bumi (BPH Migas)"
        if not (word[:1].isupper() or word in ("dan", "untuk", "dari", "of", "and", "for")):
            break
        name.insert(0, word)
    return " ".join(name)


def _name_type(name: str, body: str, known: dict[str, str]) -> str:
    """The type of an institution's name: of its own words, of a type another row of the
    article gave it, else of its long form spelled out in the article."""
    typed = institution_type(name)
    if typed != "unknown":
        return typed
    if name in known:
        return known[name]
    words = f" {name} "
    inside = [t for n, t in known.items() if len(name) > 2 and words in f" {n} "]
    if inside:  # "BPH" of "BPH Migas", "Pertamina" of "PT Pertamina"
        return inside[0]
    long_form = _spelled_out(body, name)
    return institution_type(long_form) if long_form else "unknown"


def type_by_office(table: pd.DataFrame, articles: pd.DataFrame, name: str = "source",
                   type_column: str = "source_type", role: str = "role") -> pd.DataFrame:
    """``table`` (attributions, or claims with ``name="claimant"``) with each unknown type
    of a named source read from its article (see the module docstring); a new frame."""
    if table.empty or type_column not in table.columns or name not in table.columns:
        return table
    bodies = dict(zip(articles["article_id"], articles["body"], strict=False))
    out = table.copy()
    # only the articles holding a row the loop types are grouped (most hold none): the same
    # rows, read in the same order
    wanted = {article_id for article_id, source, kind in zip(
        out["article_id"], out[name], out[type_column], strict=True)
        if str(kind) in UNKNOWN and str(source or "")}
    if not wanted:
        return out
    for article_id, rows in out[out["article_id"].isin(wanted)].groupby("article_id",
                                                                        sort=False):
        body = str(bodies.get(article_id) or "")
        known = {str(n): str(t) for n, t in zip(rows[name], rows[type_column], strict=True)
                 if str(t) not in UNKNOWN and str(n)}
        roles = rows[role] if role in rows.columns else pd.Series("", index=rows.index)
        for index, source, kind, office in zip(rows.index, rows[name], rows[type_column],
                                               roles, strict=True):
            source, office = str(source or ""), "" if pd.isna(office) else str(office)
            if str(kind) not in UNKNOWN or not source:
                continue
            typed = _name_type(source, body, known)
            if typed == "unknown" and office:
                typed = institution_type(office)
                if typed == "unknown":  # "Kepala BPOM": the office's institution
                    typed = next((_name_type(n, body, known) for n in _institutions(office)
                                  if _name_type(n, body, known) != "unknown"), "unknown")
            if typed != "unknown":
                out.at[index, type_column] = typed
                known[source] = typed
    return out


def _institutions(office: str) -> list[str]:
    """The capitalised names inside an office, longest first (``Kepala BPH Migas`` →
    ``BPH Migas``, ``BPH``)."""
    words = office.split()
    names = [" ".join(words[i:j]) for i in range(len(words))
             for j in range(len(words), i, -1) if all(w[:1].isupper() for w in words[i:j])]
    return sorted(dict.fromkeys(names), key=len, reverse=True)


def type_claimants(claims: pd.DataFrame, attributions: pd.DataFrame) -> pd.DataFrame:
    """``claims`` whose unknown ``claimant_type`` takes the type the same article's
    attributions give the same source.

    >>> claims = pd.DataFrame({"article_id": ["a"], "claimant": ["BRKN"],
    ...                        "claimant_type": ["unknown"]})
    >>> typed = pd.DataFrame({"article_id": ["a"], "source": ["BRKN"],
    ...                       "source_type": ["government"]})
    >>> type_claimants(claims, typed)["claimant_type"].tolist()
    ['government']
    """
    if claims.empty or attributions.empty or "claimant_type" not in claims.columns:
        return claims
    known = {(a, s): t for a, s, t in zip(attributions["article_id"], attributions["source"],
                                          attributions["source_type"], strict=True)
             if str(t) not in UNKNOWN}
    out = claims.copy()
    unknown = out["claimant_type"].isin(UNKNOWN) & (out["claimant"].fillna("") != "")
    out.loc[unknown, "claimant_type"] = [
        known.get((a, c), t) for a, c, t in zip(out.loc[unknown, "article_id"],
                                                out.loc[unknown, "claimant"],
                                                out.loc[unknown, "claimant_type"], strict=True)]
    return out
