"""A story pack drafted from a corpus (``newsframe story init``): what the articles themselves
say the story is — a title and question from their headlines (marked for the user to edit),
the units and items they count, the sources they quote and the words that recognise them —,
so that ``story: auto`` picks it for that corpus and a user only has to check it and add
official statements.

>>> import newsframe as nf
>>> articles = nf.load_corpus(nf.paths.SEEDS)
>>> draft = draft_story(articles, nf.annotate(articles), "arms")
>>> [u["unit"] for u in draft["units"][:2]], draft["cues"][:3]
(['container', 'shell'], ['Korea Utara', 'Selatan', 'Ukraina'])
"""

import re
from collections import Counter

import pandas as pd

from .. import lexicons

MAX_CUES = 10
MAX_UNITS = 5
MAX_ACTORS = 12
_WORD = re.compile(r"[^\W\d_]{3,}(?:-[^\W\d_]+)*")
_NAME = re.compile(r"\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){1,3}\b")


@lexicons.cached()
def _common() -> frozenset:
    """Words too common to recognise a story: data/lexicons/common_words.csv, months and
    weekdays."""
    words = set(lexicons.load("common_words")["word"].str.lower())
    words |= set(lexicons.in_language(lexicons.load("months"), "id")["name"].str.lower())
    words |= set(lexicons.in_language(lexicons.load("weekdays"), "id")["name"].str.lower())
    return frozenset(words)


def _terms(title: str, body: str, spelled: Counter) -> set[str]:
    """The candidate cues of one article: names of two to four capitalised words in its body
    (a headline capitalises every word, so it gives none) and single words of three letters
    or more, compared in lower case (``Impor`` in a headline is ``impor``), without the common
    ones; ``spelled`` counts how each word is written in the body."""
    common = _common()
    names = set()
    for match in _NAME.finditer(body):  # "Menteri Pertahanan Korea Selatan" holds "Korea Selatan"
        words = match.group(0).split()
        names |= {" ".join(words[i:j]) for i in range(len(words))
                  for j in range(i + 2, len(words) + 1)}
    names = {n for n in names if n.split()[0].lower() not in common
             and n.split()[-1].lower() not in common}
    words = set()
    for text, weight in ((title, 1), (body, 10)):  # as the body writes it, else the title
        for match in _WORD.finditer(text):
            word, lowered = match.group(0), match.group(0).lower()
            if lowered not in common:
                words.add(lowered)
                opens = text[max(0, match.start() - 2):match.start()].strip() in ("", ".", "!",
                                                                                 "?", '"', "“")
                if not opens:  # a sentence's first word is capitalised whatever it is
                    spelled[(lowered, word)] += weight
    return names | words


def draft_cues(articles: pd.DataFrame, limit: int = MAX_CUES) -> list[str]:
    """The words that recognise the corpus's story: those found in the most articles (names
    first on a tie, then the longer), never a common word, at most ``limit``; a word also
    inside a chosen name is left out (``Korea`` beside ``Korea Utara``). A single word is
    written as the bodies mostly write it (``DBD``, ``Bekasi``, ``impor``).

    >>> arts = pd.DataFrame({"title": ["Gempa Cianjur", "Korban Gempa di Cianjur"],
    ...     "body": ["BPBD mencatat korban gempa di Cianjur.", "Korban gempa bertambah."]})
    >>> draft_cues(arts, 3)
    ['Cianjur', 'korban', 'gempa']
    """
    found: Counter = Counter()
    spelled: Counter = Counter()
    for title, body in zip(articles.get("title", pd.Series("", index=articles.index)),
                           articles.get("body", pd.Series("", index=articles.index)),
                           strict=True):
        found.update(_terms(title if isinstance(title, str) else "",
                            body if isinstance(body, str) else "", spelled))
    in_names: Counter = Counter()  # the most articles one name holding the word is found in
    for name, n in found.items():
        for word in name.lower().split() if " " in name else ():
            in_names[word] = max(in_names[word], n)
    written = {}
    for (lowered, word), _ in spelled.most_common():
        written.setdefault(lowered, word)

    def shown(term: str) -> str:
        return written.get(term, term)

    ranked = sorted(found, key=lambda t: (-found[t], " " not in t, not shown(t)[:1].isupper(),
                                          -len(t), t))
    # a capitalised word that mostly stands inside a name (Amerika in Amerika Serikat, Kantor
    # in Kantor SAR Palu) lets the name compete instead
    ranked = [t for t in ranked if " " in t or not shown(t)[:1].isupper()
              or 2 * in_names[t] < found[t]]
    chosen: list[str] = []
    for term in ranked:
        padded = f" {term.lower()} "
        if any(padded in f" {c.lower()} " or f" {c.lower()} " in padded for c in chosen):
            continue  # a part of a chosen name, or a name holding a chosen word
        chosen.append(shown(term))
        if len(chosen) == limit:
            break
    return chosen


def _headline_terms(articles: pd.DataFrame, cues: list[str]) -> list[str]:
    """The cues the headlines use, but the words of units (``ton``, ``kontainer``)."""
    titles = " ".join(t for t in articles.get("title", pd.Series(dtype=str))
                      if isinstance(t, str)).lower()
    unit_words = set(lexicons.load("units")["cue"].str.lower())
    topical = [c for c in cues if c.lower() not in unit_words]
    return [c for c in topical if c.lower() in titles][:3] or topical[:3]


def draft_story(articles: pd.DataFrame, tables: dict, slug: str) -> dict:
    """A draft pack (the fields of ``story.yaml`` as plain values) for ``articles`` and their
    annotation ``tables`` (``claims`` and ``attributions``): see the module docstring. Every
    text that needs a person's judgement says so (``EDIT``).
    """
    usable = articles[articles["status"] != "error"] if "status" in articles else articles
    cues = draft_cues(usable)
    claims = tables.get("claims", pd.DataFrame(columns=["unit", "item"]))
    units = claims["unit"].value_counts().index[:MAX_UNITS].tolist() if len(claims) else []
    items = {}
    common = _common()
    for unit in units:  # what is counted, in lower case: its first two words but joints
        counted = [" ".join(w for w in item.lower().split()[:2] if w not in common)
                   for item in claims.loc[claims["unit"] == unit, "item"]]
        items[unit] = [i for i, _ in Counter(i for i in counted if i).most_common(5)]
    attributions = tables.get("attributions", pd.DataFrame(columns=["source", "source_type",
                                                                     "source_kind", "anonymous"]))
    named = attributions[~attributions["anonymous"].astype(bool)] if len(attributions) else \
        attributions
    top = named.groupby(["source", "source_type", "source_kind"]).size().sort_values(
        ascending=False, kind="stable").head(MAX_ACTORS) if len(named) else pd.Series(dtype=int)
    actors = [{"canonical": source, "type": source_type, "kind": kind}
              for (source, source_type, kind) in top.index]
    types = list(dict.fromkeys(a["type"] for a in actors if a["type"] not in ("", "unknown")))
    topic = ", ".join(_headline_terms(usable, cues))
    counted = ", ".join(units[:3]) or "-"
    dated = sorted(d for d in usable.get("published", pd.Series(dtype=str)) if d)
    when = f" ({dated[0][:7]} – {dated[-1][:7]})" if dated else ""
    return {
        "slug": slug,
        "title": {"en": f"EDIT: {topic}{when}", "id": f"EDIT: {topic}{when}"},
        "question": {
            "en": f"EDIT: Who gave which figures ({counted}) on {topic}, when, and how did "
                  "each outlet report and frame them?",
            "id": f"EDIT: Siapa menyebut angka apa ({counted}) tentang {topic}, kapan, dan "
                  "bagaimana tiap media memberitakan serta membingkainya?"},
        "sides": [{"side": t, "role": "other", "source_types": [t],
                   "actors": [a["canonical"] for a in actors if a["type"] == t]}
                  for t in types],
        "units": [{"unit": u, "items": items[u]} for u in units],
        "actors": actors,
        "cues": cues,
        "n_articles": len(usable),
    }
