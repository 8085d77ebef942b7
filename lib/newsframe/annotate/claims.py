"""Quantity claims: how many containers, shells, rockets, railcars, shipments … an article
says were sent, by whom, with which hedge.

A claim is a numeral (see :mod:`newsframe.lang.numerals`) immediately followed by a unit
noun from data/lexicons/units.csv. Everything else a number can be — a year, a date, a clock
time, an age, a distance, a duration, a page counter, a resolution number, a calibre — is
not followed by a unit noun, or is excluded by the ``not_count_before`` cues of
data/lexicons/claim_cues.csv, and so never becomes a claim. Calibres after the unit phrase
(``peluru artileri 152 mm``) go to ``caliber_mm``.

Rules, in the order they are applied (all cue words are in data/lexicons/*.csv):

- **qualifier**: the hedge words right before the numeral (qualifiers.csv); the outermost one
  wins (``paling banyak sekitar 20`` is ``at_most``); vague numerals are always ``vague``.
- **unit / item**: the first unit cue after the numeral is the head noun and sets ``unit``
  (``jutaan roket dan peluru artileri`` is one claim, unit ``rocket``; its ``item`` names
  both); ``item`` is the unit phrase up to the next function word.
- **alternative_group**: claims in one sentence separated only by ``atau`` (or) are
  alternatives of one figure and share a group id — never add them up.
- **claimant**: the speaker the sentence attributes the figure to (``X mengatakan``,
  ``kata X``, ``menurut X``, ``lembar fakta X``), else the nearest attribution in the same
  paragraph, else the source named by a next paragraph opening with ``Informasi tersebut …``;
  ``Laporan tersebut`` resolves to the first actor of the previous paragraph; a title
  ``AS: …`` is attributed to the actor before the colon. Empty when nobody is named. Where
  that evidence is weak, the speaker is chosen among the article's speakers near the figure
  and its own voice (:mod:`newsframe.annotate.candidates`: evidence ``candidates``, or
  ``unsure`` when the best two score close).
- **relayed_by**: ``dilansir X``, ``seperti dikutip dari X``, ``melansir X`` in the sentence or
  paragraph, else a closing ``Sumber: X`` line for the whole article.
- **direction**: ``SENDER->RECEIVER`` countries (data/lexicons/actors.csv); needs a transfer
  word (kirim, pengiriman, pembelian, …) and two countries named in the sentence (else the
  paragraph): an actor right after ``ke/untuk/kepada`` is the receiver, right after
  ``dari/oleh`` the sender; else the subject of an active send (buy/receive) verb is the
  sender (receiver). The story pack decided for the corpus says which pairs count (its
  ``directions``) and so gives the far end; without one both ends must be named. Units that
  never move (``factory``) have direction ``unknown``.
- **period**: date expressions inside the claim's sentence (found by newsframe.lang.dates in the
  whole text, when present) of kind ``since`` (start .. publication), ``range`` or ``until``.

>>> import pandas as pd
>>> arts = pd.DataFrame({"article_id": ["a"], "title": [""], "published": ["2023-10-13"],
...     "outlet": ["X"], "status": ["ok"],
...     "body": ["Gedung Putih mengatakan Korea Utara mengirim lebih dari 1.000 kontainer ke "
...              "Rusia."]})
>>> from newsframe import paths, stories
>>> pack = stories.load_story(paths.STORIES / "korea-russia-arms")  # decided once per corpus
>>> extract_claims(arts, story=pack)[["value", "unit", "qualifier", "claimant", "direction"]
...                                  ].values.tolist()
[[1000.0, 'container', 'more_than', 'White House', 'KP->RU']]
"""

import bisect
import contextlib
import datetime as dt
import functools
import re

import pandas as pd

from .. import lexicons
from ..lang import dates, language, text
from ..lang.numerals import NumberSpan, find_numbers, parse_number
from . import candidates as choice
from .actors import find_actors
from .families import clause_family, figure_family
from .mentions import find_mentions
from .scopes import credited_wire, opens_aside, speaker_map
from .sources import speaker_span
from .statements import country_names, country_short_forms, reads_a_regulation

COLUMNS = [
    "article_id", "claim_id", "value", "value_high", "unit", "item", "caliber_mm", "qualifier",
    "alternative_group", "claimant", "claimant_type", "relayed_by", "direction", "period_start",
    "period_end", "sentence", "start", "end", "in_title", "outlet", "published",
    "claimant_evidence", "claimant_text", "attribution_basis", "speaker_start", "speaker_end",
    "family",
]
QUALIFIERS = ("exact", "about", "more_than", "at_least", "at_most", "up_to", "range", "vague")
_DTYPES = {
    "value": "float64", "value_high": "float64", "caliber_mm": "Int64", "start": "int64",
    "end": "int64", "in_title": "bool", "speaker_start": "Int64", "speaker_end": "Int64",
}
# claimant_evidence -> attribution_basis (newsframe.schema.ATTRIBUTION_BASES)
_BASIS = {"direct": "in_sentence", "quote": "quote", "next_sentence": "statement",
          "next_paragraph": "statement", "paragraph": "statement", "statement": "statement",
          "run_on": "statement", "document": "document", "coreference": "coreference",
          "figure": "coreference", "lead": "statement", "title": "headline", "outlet": "outlet",
          "actor": "in_sentence", "between": "statement", "account": "statement",
          "candidates": "statement", "list": "document", "wire": "outlet",
          "": "none"}
_LEAD_REACH = 700  # characters from a lead's figure to the first statement's figure
# words that end the item phrase after a unit noun
_ITEM_STOP = {
    "ke", "kepada", "untuk", "bagi", "dari", "oleh", "yang", "di", "dalam", "sejak", "pada",
    "telah", "sudah", "akan", "atau", "berisi", "berisikan", "dengan", "sebagai", "itu", "ini",
    "tersebut", "selama", "hingga", "sampai", "menuju", "sedang", "masih", "juga", "tetapi",
    "namun", "karena", "per", "setiap", "tiap", "diyakini", "dikirim", "dikirimkan",
    "lagi", "senilai", "sebanyak", "lainnya", "adalah", "merupakan", "ialah", "yakni", "yaitu",
    # English words that end a counted noun phrase ("containers of military equipment to …")
    "to", "from", "by", "with", "that", "which", "who", "in", "on", "at", "for", "since",
    "this", "these", "last", "were", "was", "is", "are", "have", "has", "had", "could",
    "would", "will", "may", "might", "can", "be", "been", "going", "filled", "left", "sent",
    "shipped", "delivered", "the", "a", "an", "or", "than", "each", "every", "into",
    "onto", "across", "through", "over", "near", "via", "as", "during", "after", "before",
    "kaliber",  # "peluru kaliber 152 milimeter": the calibre, not the item
    "worth", "apiece", "total", "so", "but", "not", "also", "there", "then", "its", "his",
    "thus", "plus", "whereas", "perhaps", "always", "towards", "afterwards", "sometimes",
    "besides", "ours", "theirs", "yours", "hers", "between", "among", "against", "under",
}
_CALIBRE = re.compile(r"\s*(?:kaliber\s+)?(\d{2,3})\s?-?(?:mm|milimeter|millimeter)(?!\w)",
                      re.IGNORECASE)
# a calibre written between the numeral and its noun, as English does ("6 million 152 mm
# artillery shells", "500,000 122-millimeter shells")
_CALIBRE_GAP = re.compile(r"[^\S\n]+(\d{1,3}(?:\.\d)?)[^\S\n]?-?(mm|milimeter|millimeter|inch)"
                          r"(?=[^\S\n])", re.IGNORECASE)
_ALTERNATIVE_GAP = re.compile(r"[\s,;]*(?:atau|ataupun)\s*", re.IGNORECASE)


@lexicons.cached()
def _cues() -> dict[str, re.Pattern]:
    table = lexicons.load("claim_cues")
    return {role: lexicons.cue_pattern(group["cue"]) for role, group in table.groupby("role")}


@lexicons.cached()
def _units() -> tuple[re.Pattern, dict[str, dict], re.Pattern, re.Pattern]:
    """(word cues after the numeral, row per cue, symbol cues right after it such as ``%``,
    cues before it such as ``Rp``, ending where the numeral starts)."""
    table = lexicons.load("units")
    by_cue = {" ".join(row["cue"].lower().split()): row for row in table.to_dict("records")}
    after = table[~table["position"].isin(["before", "glued"])]
    # the possessive -nya on a counted noun counts it too ("10.900 tentaranya", "pelurunya")
    owned = after[(after["kind"] == "count") & after["cue"].str.fullmatch(r"[a-z]+")]
    by_cue.update({f"{row['cue']}nya": row for row in owned.to_dict("records")})
    words = [*after[after["cue"].str.match(r"\w")]["cue"], *(owned["cue"] + "nya")]
    symbols = after[~after["cue"].str.match(r"\w")]["cue"]
    before = table[table["position"].isin(["before", "both"])]["cue"]
    # the longest symbol first: "%-point" (a change in percentage points) before "%"
    symbol_re = re.compile("|".join(re.escape(c) for c in sorted(symbols, key=len, reverse=True))
                           or r"(?!x)x")
    before_re = re.compile(r"(?<!\w)(" + ("|".join(re.escape(c) for c in before) or r"(?!x)x")
                           + r")\.?\s?$", re.IGNORECASE)
    return lexicons.cue_pattern(words), by_cue, symbol_re, before_re


# round 23c2: no exchange lists this many stocks: a count of saham this large (or written with
# a scale word, 2,1 miliar saham) counts shares traded, not the stocks that rose or fell
_MANY_STOCKS = 10_000

_PREFIX_WINDOW = 6  # characters before a numeral searched for a unit written before it


def _unit_before(body: str, start: int) -> tuple[dict, int] | None:
    """(unit row, where the cue starts) of a unit written right before the numeral at
    ``start`` (``Rp 300 miliar``, ``Rp2,3 miliar``, ``US$ 5 juta``; a sign written only
    against an amount, ``P6.8 million``: :func:`_glued_sign`; a sign written in its case,
    ``Rs 15 crore``, ``N250,000``: :func:`_currency_sign_before`)."""
    signed = _currency_sign_before(body, start)
    if signed is not None:
        return signed
    _, by_cue, _, before_re = _units()
    window_start = max(0, start - _PREFIX_WINDOW)
    match = before_re.search(body[window_start:start])
    if match is None:
        glued = _glued_sign(body, start)
        return (by_cue[glued.group(0).lower()], glued.start()) if glued else None
    return by_cue[match.group(1).lower()], window_start + match.start()


# round 23d: a sign written against an amount and nowhere else (units.csv position
# ``glued``: the peso's *P*, which is also an initial), with the amount's own shape after
# it: a thousands group (*P102,204*) or a scale word (*P6.8 million*, *P1.3-million*)
_GLUED_AMOUNT = (r"(?=\d{1,3}(?:,\d{3})+(?![\d.,]?\d)|\d+(?:\.\d+)?-?[^\S\n]?(?:thousand|million|"
                 r"billion|trillion)(?![\w-]))")


@lexicons.cached()
def _glued_signs() -> re.Pattern:
    table = lexicons.load("units")
    cues = sorted(table[table["position"] == "glued"]["cue"], key=len, reverse=True)
    return re.compile(r"(?<![\w$€£.,])(?:" + ("|".join(re.escape(c) for c in cues) or r"(?!x)x")
                      + ")" + _GLUED_AMOUNT)


def _glued_sign(body: str, start: int) -> re.Match | None:
    """The sign of position ``glued`` written right against the amount at ``start``."""
    pattern = _glued_signs()
    for length in range(1, _PREFIX_WINDOW + 1):  # the lookahead reads the amount after
        match = pattern.match(body, start - length) if start >= length else None
        if match is not None and match.end() == start:
            return match
    return None


# round 24a: currency signs read in their case (data/lexicons/currency_signs.csv), which
# units.csv, whose cues fold case, cannot hold beside the Indonesian *RS* (hospitals): the
# rupee's *Rs* and *₹* and the naira's *₦* before an amount (*Rs 15 crore*, *Rs.25,000*,
# *₹ 30.57 lakh*), the naira's *N* against one with the amount's own shape (*N250,000*,
# *N450 million*; never *N1*, *N95*, an initial); *Rs* is the Pakistani rupee in an article
# that names Pakistan or one of its cities and no word of India, crore or lakh
@lexicons.cached()
def _cased_signs() -> tuple[re.Pattern, re.Pattern, dict[str, dict]]:
    """(signs before an amount, signs glued to one, row per sign)."""
    table = lexicons.load("currency_signs")
    rows = {row["sign"]: row for row in table.to_dict("records")}

    def alternatives(position: str) -> str:
        signs = sorted((s for s, r in rows.items() if r["position"] == position), key=len,
                       reverse=True)
        return "|".join(map(re.escape, signs)) or r"(?!x)x"
    before = re.compile(r"(?<![\w.])(" + alternatives("before") + r")\.?[^\S\n]?$")
    glued = re.compile(r"(?<![\w$€£.,])(" + alternatives("glued") + ")" + _GLUED_AMOUNT)
    return before, glued, rows


@lexicons.cached()
def _sign_words(words: str) -> re.Pattern | None:
    return re.compile(r"(?<![\w-])(?:" + words + r")(?![\w-])") if words else None


@functools.lru_cache(maxsize=256)
def _sign_unit(body: str, sign: str) -> str:
    """The unit of ``sign`` in the article ``body``: its own, or the other one where the
    body names a word of the other (and none of ``unless_words``; see :func:`_cased_signs`)."""
    row = _cased_signs()[2][sign]
    other, unless = _sign_words(row["other_words"]), _sign_words(row["unless_words"])
    if row["other_unit"] and other is not None and other.search(body) and not (
            unless is not None and unless.search(body)):
        return row["other_unit"]
    return row["unit"]


def _currency_sign_before(body: str, start: int) -> tuple[dict, int] | None:
    """(unit row, where the sign starts) of a sign of currency_signs.csv written right
    before the amount at ``start`` (see :func:`_cased_signs`), else None.

    >>> _currency_sign_before("worth Rs 15 crore", 9)[0]["unit"]
    'inr'
    >>> _currency_sign_before("dibawa ke RS 2", 13) is None
    True
    """
    before, glued, rows = _cased_signs()
    window_start = max(0, start - _PREFIX_WINDOW)
    match = before.search(body, window_start, start)
    if match is None:
        for length in range(1, _PREFIX_WINDOW + 1):
            match = glued.match(body, start - length) if start >= length else None
            if match is not None and match.end() == start:
                break
        else:
            return None
    sign = match.group(1)
    return {"cue": sign, "unit": _sign_unit(body, sign), "transfer": "yes",
            "kind": "currency", "position": rows[sign]["position"], "family": "",
            "gloss": rows[sign]["gloss"]}, match.start()


# a digit right after a letter, written to open with the digit (the regex engine then jumps
# from digit to digit instead of trying the look-behind at every position: 4× faster)
_GLUED_DIGIT = re.compile(r"\d(?<=[^\W\d_]\d)")
# a digit right after a sign's abbreviation point ("Rs.25,000"), which find_numbers leaves out
_SIGN_POINT_DIGIT = re.compile(r"\d(?<=[^\W\d_]\.\d)")
_DIGIT = re.compile(r"\d")
_PLUS_ODD = re.compile(r"-(?:plus|odd)", re.IGNORECASE)  # what _SUFFIXED_WORDS needs


def _glued_numbers(text: str) -> list[NumberSpan]:
    """Numerals written against a unit before them (``Rp2,3 miliar``), which
    :func:`find_numbers` leaves out as part of a word."""
    _, _, _, before_re = _units()
    found = []
    for match in _SIGN_POINT_DIGIT.finditer(text):  # "Rs.25,000": round 24a
        if _currency_sign_before(text, match.start()):
            found += _numeral_at(text, match.start())
    for match in _GLUED_DIGIT.finditer(text):
        if not before_re.search(text[max(0, match.start() - _PREFIX_WINDOW):match.start()]) \
                and not _glued_sign(text, match.start()) \
                and not _currency_sign_before(text, match.start()):
            continue
        found += _numeral_at(text, match.start())
    return found


# round 23c: a measure or a rate's unit of units.csv glued to the digits ("naik 25bps",
# "180kg sabu", "5ha"; two letters or more: "15m" is also millions), which the numeral
# readers leave out as part of a word
_GLUED_UNIT_DIGITS = re.compile(r"(?<![\w.,])\d[\d.,]*(?<=\d)(?=[a-z]{2,5}(?![\w-]))")
_GLUED_UNIT_WORD = re.compile(r"[a-z]{2,5}(?![\w-])")


def _unit_glued_numbers(text: str) -> list[NumberSpan]:
    """The numerals with a measure or a rate's unit glued after them (see
    :data:`_GLUED_UNIT_DIGITS`); the span is the digits only, the unit is read after it.

    >>> [(n.text, n.value) for n in _unit_glued_numbers("naik 25bps, disita 1.200kg dan 3pm")]
    [('25', 25), ('1.200', 1200)]
    """
    by_cue = _units()[1]
    found = []
    for m in _GLUED_UNIT_DIGITS.finditer(text):
        row = by_cue.get(_GLUED_UNIT_WORD.match(text, m.end()).group(0))
        if row is None or row["kind"] not in ("measure", "ratio") or row.get(
                "family") == "length":  # "sejauh 10km": a distance, no figure
            continue
        spans = find_numbers(m.group(0))
        if len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(m.group(0)):
            n = spans[0]
            found.append(NumberSpan(m.start(), m.end(), n.text, n.value, n.value_high,
                                    n.vague))
    return found


def _glued_unit(body: str, number: NumberSpan) -> dict | None:
    """The figure of a numeral whose unit is glued after it (see :func:`_unit_glued_numbers`),
    else None."""
    word = _GLUED_UNIT_WORD.match(body, number.end)
    row = _units()[1].get(word.group(0)) if word and body[number.end - 1:number.end].isdigit() \
        else None
    if row is None or row["kind"] not in ("measure", "ratio") or row.get("family") == "length":
        return None
    qualifier, expr_start = _qualifier(body, number)
    return _figure(number, row["unit"], row["transfer"], "", expr_start, word.end(), None,
                   qualifier)


# round 23c: a scale word alone right after digits glued to letters ("worth RM15 million",
# a currency the lexicon does not know) is that amount's scale, no numeral of its own (read
# alone it was a million of the noun named before: "arrested three men" made a million men)
_SCALE_ALONE = re.compile(r"(?:thousand|million|billion|trillion|ribu|juta|miliar|milyar|"
                          r"triliun)", re.IGNORECASE)
_GLUED_AMOUNT_BEFORE = re.compile(r"[^\W\d_][\w.,]*\d[^\S\n]+$")


def _without_orphan_scales(text: str, numbers: list[NumberSpan]) -> list[NumberSpan]:
    """``numbers`` without a scale word read alone right after an amount glued to the letters
    before it (see :data:`_SCALE_ALONE`) that no other numeral covers.

    >>> from newsframe.lang.numerals import find_numbers
    >>> text = "goods worth RM15 million"
    >>> [n.text for n in _without_orphan_scales(text, find_numbers(text))]
    []
    >>> text = "worth a million"
    >>> [n.text for n in _without_orphan_scales(text, find_numbers(text))]
    ['million']
    """
    return [n for n in numbers if not (
        _SCALE_ALONE.fullmatch(n.text) and _GLUED_AMOUNT_BEFORE.search(
            text, max(0, n.start - 24), n.start)
        and not any(m.start < n.start < m.end for m in numbers))]


def _numeral_at(text: str, start: int) -> list[NumberSpan]:
    """The numeral :func:`find_numbers` reads opening at ``start`` (a digit glued to the word
    before it, which it leaves out in place), in the text's offsets; none if it reads none
    there."""
    spans = find_numbers(text[start:start + 40])
    if not spans or spans[0].start != 0:
        return []
    n = spans[0]
    return [NumberSpan(start, start + n.end, n.text, n.value, n.value_high, n.vague)]


# round 20n: a numeral glued to the lower-case word before it and followed by a scale word
# ("menghasilkan777,2 ribu ton"), written to open with the digit
_WORD_GLUED = re.compile(r"\d(?<=[a-z]{4}\d)(?=[\d.,]*[^\S\n]+(?:ribu|juta|miliar|triliun)"
                         r"(?![\w-]))")


def _word_glued_numbers(text: str) -> list[NumberSpan]:
    """Numerals glued to the word before them and scaled by a word after them (see
    :data:`_WORD_GLUED`), which :func:`find_numbers` leaves out, reading the scale word alone
    as a thousand or a million: the whole numeral, with its scale (round 20n)."""
    found = []
    for match in _WORD_GLUED.finditer(text):
        found += _numeral_at(text, match.start())
    return found


# an English decimal share ("a 12.3 percent rise", "up 4.75%") or a change of one in
# percentage points ("rose 0.3 percentage point", "(+1.25 percentage points)": round 22n):
# find_numbers reads a point between digits as Indonesian thousands and leaves "12.3" out
_DECIMAL_SHARE = re.compile(r"(?<![\w.,])(\d{1,3}\.\d{1,2})(?=[^\S\n]?(?:%|percent(?![\w-])|"
                            r"per[^\S\n]cent(?![\w-])|percentage(?:[^\S\n]|-)points?(?![\w-])))",
                            re.IGNORECASE)


# a scale abbreviated against the digits in English ("6m shells", "$1.7bn", "Over 12M
# Artillery Shells"): only before a counted noun of the lexicon or after a currency sign
# (written to open with a digit: the engine jumps from digit to digit)
_ABBREVIATED = re.compile(r"(\d(?<![\w.,]\d)\d*(?:\.\d+)?)(mn|bn|m|b|M|B)"
                          r"(?=[^\S\n]+([A-Za-z][\w-]*)|[^\w-]|$)")
_ABBREVIATED_SCALE = {"m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9}


# a scale abbreviated against Indonesian digits ("27rb orang", "3jt"), which find_numbers
# leaves out as part of a word; with a space between ("27 rb") the numeral reader reads it
# (round 20n: the scale word written out and glued too, "1,63juta orang", "2,5miliar")
_GLUED_SCALE = re.compile(r"(\d(?<![\w.,]\d)[\d.]*(?:,\d+)?)(rb|jt|ribu|juta|miliar|triliun)"
                          r"(?![\w-])", re.IGNORECASE)
_GLUED_SCALE_VALUE = {"rb": 1e3, "jt": 1e6, "ribu": 1e3, "juta": 1e6, "miliar": 1e9,
                      "triliun": 1e12}
# "Rp 3,4 T", "Rp 250 M": triliun and miliar shortened after an amount of rupiah
_RUPIAH_SCALE = re.compile(r"[^\S\n]?([MT])(?![\w-])")
_RUPIAH_SCALE_VALUE = {"M": 1e9, "T": 1e12}


# round 21h: a scale glued to an amount whose currency sign is glued before it or stands a
# space before it ("Rp2,5miliar", "Rp 1,2T", "US$3juta"), which the pattern above leaves
# (its numeral follows a letter) and find_numbers reads as a word: M and T only after a sign
_SIGNED_GLUED_SCALE = re.compile(r"(?<![\w.])(?:Rp\.?|US\$|\$)[^\S\n]?(\d[\d.]*(?:,\d+)?)"
                                 r"((?i:rb|jt|ribu|juta|miliar|triliun)|M|T)(?![\w-])")


def _glued_scales(text: str) -> list[NumberSpan]:
    """Numerals with ``rb`` or ``jt`` glued to them (see :data:`_GLUED_SCALE`).

    >>> [n.value for n in _glued_scales("antre 27rb orang, 1,5jt rupiah")]
    [27000.0, 1500000.0]
    >>> [n.value for n in _glued_scales("warga miskin 1,63juta orang")]
    [1630000.0]
    >>> [n.value for n in _glued_scales("dana Rp2,5miliar dan Rp 1,2T")]
    [2500000000.0, 1200000000000.0]
    """
    found = []
    for m in _GLUED_SCALE.finditer(text):
        digits = m.group(1).replace(".", "").replace(",", ".")
        with contextlib.suppress(ValueError):
            value = float(digits) * _GLUED_SCALE_VALUE[m.group(2).lower()]
            found.append(NumberSpan(m.start(), m.end(), m.group(0), _exact(value), None, False))
    for m in _SIGNED_GLUED_SCALE.finditer(text):
        if any(n.start == m.start(1) for n in found):  # "US$3juta": read above
            continue
        digits = m.group(1).replace(".", "").replace(",", ".")
        scale = _RUPIAH_SCALE_VALUE.get(m.group(2)) or _GLUED_SCALE_VALUE[m.group(2).lower()]
        with contextlib.suppress(ValueError):
            found.append(NumberSpan(m.start(1), m.end(), text[m.start(1):m.end()],
                                    _exact(float(digits) * scale), None, False))
    return found


def _abbreviated_numbers(text: str, english: bool) -> list[NumberSpan]:
    """Numerals with a scale abbreviated against them in an English paragraph or article
    (see :data:`_ABBREVIATED`), which :func:`find_numbers` leaves out as part of a word."""
    if not english and not language.is_english(text):
        return []
    pattern = _units()[0]
    found = []
    for m in _ABBREVIATED.finditer(text):
        if text[max(0, m.start() - 1):m.start()] not in ("$", "£", "€"):
            # "15m" is also metres: without a currency sign a counted noun must follow
            noun = pattern.match(text, m.end() + 1) if m.group(3) else None
            if noun is None or _cue_row(noun)["kind"] not in ("count", "classifier"):
                continue
        value = float(m.group(1)) * _ABBREVIATED_SCALE[m.group(2).lower()]
        found.append(NumberSpan(m.start(), m.end(), m.group(0), _exact(value), None, False))
    return found


# a numeral with a hedge suffixed in English ("6,700-plus containers", "5 million-plus",
# "6,700+ containers", "300-odd"): more than, about
_SUFFIXED = re.compile(r"(\d(?<![\w.,]\d)[\d,]*(?:\.\d+)?)((?:[^\S\n]+(?:thousand|million|"
                       r"billion))?)(-plus|\+|-odd)(?=[^\S\n])", re.IGNORECASE)
_SUFFIX_QUALIFIER = {"-plus": "more_than", "+": "more_than", "-odd": "about"}
# the same after a scale in words ("five million-odd shells", "two million-plus")
_SUFFIXED_WORDS = re.compile(r"(?<![\w-])((?:[A-Za-z]+[^\S\n]+){1,3})(thousand|million|billion)"
                             r"(-plus|-odd)(?=[^\S\n])", re.IGNORECASE)


def _suffixed_numbers(text: str, english: bool) -> list[NumberSpan]:
    """Numerals with a hedge suffixed in an English paragraph or article (see
    :data:`_SUFFIXED`), which :func:`find_numbers` reads without the scale or not at all."""
    if not english and not language.is_english(text):
        return []
    scales = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
    found = []
    for m in _SUFFIXED.finditer(text):
        digits = m.group(1).replace(",", "")
        if not re.fullmatch(r"\d+(?:\.\d+)?", digits):
            continue
        value = float(digits) * scales.get(m.group(2).strip().lower(), 1.0)
        found.append(NumberSpan(m.start(), m.end(), m.group(0), _exact(value), None, False))
    for m in _SUFFIXED_WORDS.finditer(text):
        spans = find_numbers(text[m.start(1):m.end(2)])  # the numeral ending with the scale
        if spans and spans[-1].end == m.end(2) - m.start(1):
            start = m.start(1) + spans[-1].start
            found.append(NumberSpan(start, m.end(), text[start:m.end()],
                                    _exact(spans[-1].value), None, False))
    return found


def _english_shares(text: str, english: bool = False) -> list[NumberSpan]:
    """Decimal shares with a decimal point in an English paragraph or article (see
    :data:`_DECIMAL_SHARE`); none in an Indonesian one (a paragraph too short to tell,
    "Youth unemployment rose to 11.2 percent.", goes by its article: round 18c)."""
    if _DECIMAL_SHARE.search(text) is None or not english and not language.is_english(text):
        return []  # the language is asked only of paragraphs with such a share
    return [NumberSpan(m.start(1), m.end(1), m.group(1), float(m.group(1)), None, False)
            for m in _DECIMAL_SHARE.finditer(text)]


# round 23d: a measure of an English text written with a decimal point ("4.5 kilograms of
# heroin", "about 3.4 tonnes", "409.85 grams"), which find_numbers reads as Indonesian
# thousands and leaves out, or written against its unit ("75kg of syabu", "1,200kg"), which it
# reads as a word: the measure cues of units.csv (kind ``measure``), two letters or more when
# glued ("15m" is a million as often as metres)
@lexicons.cached()
def _measure_cues() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(a decimal before a measure cue, a numeral glued to one, the glued cue itself)."""
    table = lexicons.load("units")
    cues = [c for c in table[table["kind"] == "measure"]["cue"] if re.fullmatch(r"[A-Za-z ]+", c)]
    long = lexicons.trie_regex(c for c in cues if len(c) > 1) + r")(?![\w-])"
    spaced = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})*\.\d{1,2})(?=[^\S\n]?(?:"
                        + lexicons.trie_regex(cues) + r")(?![\w-]))", re.IGNORECASE)
    glued = re.compile(r"(?<![\w.,$€£])(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)"
                       r"(?=(?:" + long + ")", re.IGNORECASE)
    return spaced, glued, re.compile("(?:" + long, re.IGNORECASE)


def _english_measures(text: str) -> list[NumberSpan]:
    """Measures with a decimal point, or glued to their unit, in an English paragraph or
    article (see :func:`_measure_cues`; the caller asks the language).

    >>> [n.value for n in _english_measures("seized 4.5 kilograms, 75kg and 1,200kg of it")]
    [4.5, 75.0, 1200.0]
    >>> [n.value for n in _english_measures("Year 2.0 of the plan, 15m people, 3.5 percent")]
    []
    """
    spaced, glued, _ = _measure_cues()
    found = [NumberSpan(m.start(1), m.end(1), m.group(1),
                        _exact(float(m.group(1).replace(",", ""))), None, False)
             for pattern in (spaced, glued) for m in pattern.finditer(text)]
    return sorted(found, key=lambda n: n.start)


# round 24a: an English measure with three digits after its decimal point ("2.291kg",
# "10.068 kg of heroin", "1.145 tonnes"), which find_numbers and the glued reader take for
# Indonesian thousands: in an English paragraph or article the point is a decimal point (the
# measure cues of units.csv but lengths, spaced or glued)
@lexicons.cached()
def _thousandths_re() -> re.Pattern:
    table = lexicons.load("units")
    cues = [row["cue"] for row in table.to_dict("records") if row["kind"] == "measure"
            and row.get("family") != "length" and re.fullmatch(r"[A-Za-z ]+", row["cue"])]
    return re.compile(r"(?<![\w.,])(\d{1,3}\.\d{3})(?![\d.,]?\d)(?=[^\S\n]?(?:"
                      + lexicons.trie_regex(cues) + r")(?![\w-]))", re.IGNORECASE)


def _english_thousandths(text: str) -> list[NumberSpan]:
    """Measures with three digits after a decimal point in an English paragraph or article
    (see :func:`_thousandths_re`; the caller asks the language).

    >>> text = "They seized 2.291kg and 10.068 kg of it in 1.500 km"
    >>> [n.value for n in _english_thousandths(text)]
    [2.291, 10.068]
    """
    found = []
    for m in _thousandths_re().finditer(text):
        # its own sentence English too: an Indonesian sentence quoted in an English
        # paragraph groups thousands with the point ("menyita 1.500 kg")
        low = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        high = min((i for i in (text.find(". ", m.end()), text.find("\n", m.end()))
                    if i >= 0), default=len(text))
        if language.is_english(text, low, high):
            found.append(NumberSpan(m.start(1), m.end(1), m.group(1), float(m.group(1)),
                                    None, False))
    return found


def _glued_measure(body: str, end: int) -> re.Match | None:
    """The measure cue written right against the numeral ending at ``end`` (``75kg``:
    :func:`_english_measures`), else None."""
    if not body[end - 1:end].isdigit() or not body[end:end + 1].isalpha():
        return None
    return _measure_cues()[2].match(body, end)


# round 20n: a share written with a decimal point in an Indonesian text ("64.8 persen", as
# small sites write it): one or two digits after the point are no thousands group
_POINT_SHARE = re.compile(r"(?<![\w.,])(\d{1,3}\.\d{1,2})(?![\d.,]\d)(?=[^\S\n]?(?:%|persen"
                          r"(?![\w-])))", re.IGNORECASE)


def _point_shares(text: str, english: bool = False) -> list[NumberSpan]:
    """Decimal shares with a decimal point in an Indonesian paragraph (see
    :data:`_POINT_SHARE`; an English one is :func:`_english_shares`' own)."""
    if _POINT_SHARE.search(text) is None or english or language.is_english(text):
        return []
    return [NumberSpan(m.start(1), m.end(1), m.group(1), float(m.group(1)), None, False)
            for m in _POINT_SHARE.finditer(text)]


# (?<![\w.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?), written to open with a digit
_MONEY_RANGE = re.compile(r"(\d(?<![\w.,]\d)\d{0,2}(?:\.\d{3})+(?:,\d+)?)[^\S\n]?[-–][^\S\n]?"
                          r"(?:(?:Rp\.?|US\$|\$)[^\S\n]?)?(\d{1,3}(?:\.\d{3})+(?:,\d+)?)"
                          r"(?![\w.,-]|,\d)")


def _money_ranges(text: str) -> list[NumberSpan]:
    """``Rp 10.900-11.800 per kg``: the two ends of an amount range joined by a dash after a
    currency written before the first (which :func:`find_numbers` leaves out), as two
    numerals; the second takes the first's currency (:data:`_MONEY_RANGE_LINK`)."""
    _, _, _, before_re = _units()
    found = []
    for match in _MONEY_RANGE.finditer(text):
        if not before_re.search(text[max(0, match.start() - _PREFIX_WINDOW):match.start()]):
            continue
        for group in (1, 2):
            spans = find_numbers(match.group(group))
            if spans and spans[0].start == 0 and spans[0].end == len(match.group(group)):
                n = spans[0]
                found.append(NumberSpan(match.start(group), match.end(group), n.text, n.value,
                                        n.value_high, n.vague))
    return found


# the low end of an amount range and its link, right before a numeral with no currency of its
# own ("Rp 10.900 sampai 11.800 per kg", "Rp 10.900-11.800"): the numeral is an amount too
_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt",
                        "Nov", "Des")
# (round 21h: a scale word after the low end too, "Rp 80 ribu sampai 100 ribu")
_MONEY_RANGE_LINK = re.compile(r"[\d.,]+(?:[^\S\n]*(?:ribu|rb|juta|jt|miliar|triliun)(?![\w-]))?"
                               r"[^\S\n]*(?:[-–]|sampai|hingga|s\.d\.?)[^\S\n]*$")


_PER_UNIT = re.compile(r"(\d(?<![\w.,]\d)(?:\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d*(?:,\d+)?))"
                       r"(?=(?:,-)?\s?/\s?[^\W\d_])")


def _priced_numbers(text: str) -> list[NumberSpan]:
    """Amounts of money per unit written with a slash (``US$2,15/kapita/hari``,
    ``Rp527.275,-/kapita/bulan``), which :func:`find_numbers` leaves out as a fraction or
    a date: only after a currency written before them."""
    _, _, _, before_re = _units()
    found = []
    for match in _PER_UNIT.finditer(text):
        if not before_re.search(text[max(0, match.start() - _PREFIX_WINDOW):match.start()]):
            continue
        spans = find_numbers(match.group(1))
        if spans and spans[0].start == 0 and spans[0].end == len(match.group(1)):
            n = spans[0]
            found.append(NumberSpan(match.start(), match.end(1), n.text, n.value, n.value_high,
                                    n.vague))
    return found


@lexicons.cached()
def _qualifiers() -> tuple[re.Pattern, dict[str, str]]:
    table = lexicons.load("qualifiers")
    by_cue = {" ".join(c.lower().split()): q for c, q in zip(table["cue"], table["qualifier"],
                                                               strict=True)}
    words = sorted(by_cue, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in c.split()) for c in words)
    # English puts an article between the hedge and a scale word: "more than a million";
    # Indonesian an existential or a perfect's verb: "setidaknya ada 12 kasus", "sedikitnya
    # terdapat 136 rumah", "setidaknya sudah melakukan sepuluh pengiriman" (round 23e)
    # (round 24a: a quotation may close between, 'losses "may exceed" Rs 900 crore')
    return re.compile(rf"(?<![\w-])({alternatives})[\"”’]?\s+(?:a\s+|(?:ada|terdapat)\s+|"
                      rf"(?:sudah|telah)\s+(?:me[a-z]+\s+)?)?$", re.IGNORECASE), by_cue


def units_vocabulary() -> list[str]:
    """The controlled ``unit`` values (from data/lexicons/units.csv).

    >>> {"container", "shell", "rocket", "railcar", "shipment"} <= set(units_vocabulary())
    True
    """
    return sorted(set(lexicons.load("units")["unit"]) - {""})


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=_DTYPES.get(c, "str")) for c in COLUMNS})


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


# --- finding the figure -------------------------------------------------------------------


def _qualifier(body: str, number: NumberSpan) -> tuple[str, int]:
    """Outermost hedge right before the numeral, and where the expression starts."""
    pattern, by_cue = _qualifiers()
    # "10.000-an", "13 ribuan": the suffix -an says about that many
    suffixed = re.search(r"\d(?:-?an|\s+\w+an)$", number.text, re.IGNORECASE)
    start, found = number.start, "about" if suffixed else "exact"
    for step in range(3):
        match = pattern.search(body, max(0, start - 40), start)
        if not match or step and match.group(1).lower() == "over":
            break  # "handed over some 60": the verb's particle, not a hedge (round 23e2)
        found, start = by_cue[" ".join(match.group(1).lower().split())], match.start()
    return ("vague" if number.vague else found), start


def _not_a_count(body: str, number: NumberSpan) -> bool:
    before = body[max(0, number.start - 20):number.start]
    if _cues()["not_count_before"].search(before.rstrip() + " ", max(0, len(before) - 12)):
        word = re.search(r"(\w+)\s*$", before)
        if word and _cues()["not_count_before"].fullmatch(word.group(1)):
            return True
    if number.text[:1].isupper() and _NAME_HEAD_BEFORE.search(before) and \
            _NAME_HEAD_BEFORE.search(before).group(1).lower() in _toponym_heads():
        return True  # "Kepulauan Seribu", "Koto Tujuh": a number word in a place's name
    is_bare_year = re.fullmatch(r"1[89]\d\d|20\d\d|21\d\d", number.text)
    if is_bare_year or _NOT_A_COUNT_AFTER.match(body, number.end) and re.fullmatch(
            r"\d+", number.text) or re.search(r"(?<![\w-])No\.?[^\S\n]*$", before):
        return True  # a year; "1441 H/2020 M"; "Jalan Kenari 8 No 5": a street's section
        # and a house number
    # "Rp525 juta": the scale word of money written against its sign (the numeral glued to
    # "Rp" is read with it), not a million of anything
    # (round 23d: any sign of units.csv written before an amount, "RM170 million", "PHP3.4
    # million", and an English scale word too)
    return number.text.lower() in _SIGNED_SCALES and _signed_numeral_before().search(
        body[max(0, number.start - 20):number.start]) is not None


# round 23d2: an English age — right after a name and its comma, closed by a comma,
# semicolon, bracket, a full stop or *and* (*Somchai, 34, from Krabi*; *Lee Chong, 38, and*),
# or after *aged / ages* (*aged 19 to 27*, *aged 41 and 36*, *aged between 20 and 25*)
_AGE_NAME_BEFORE_EN = re.compile(r"(?<![\w-])[A-Z][\w'.-]*[^\S\n]*,[^\S\n]*$")
_AGE_CLOSED_AFTER_EN = re.compile(r"[^\S\n]*(?:[,;)]|\.(?!\d)|$|[^\S\n]+and(?![\w-]))")
_AGED_BEFORE_EN = re.compile(r"(?<![\w-])(?:aged|ages)[^\S\n]+(?:between[^\S\n]+)?"
                             r"(?:\d{1,3}[^\S\n]*(?:to|and|-|–)[^\S\n]*)?$", re.IGNORECASE)


def _english_age(body: str, number: NumberSpan, floor: int = 0) -> bool:
    """Whether an English numeral is a person's age, not a count: one to three digits (up to
    120) after *aged* / *ages* (either end of *aged 19 to 27*), or between a name's comma and
    a closing comma, semicolon, bracket, full stop or *and*. A count after a place and its
    comma keeps its noun or verb after it (*In Chiang Mai, 12 suspects were arrested*).

    >>> body = "They named Somchai, 34, from Krabi."
    >>> _english_age(body, NumberSpan(20, 22, "34", 34.0, None, False))
    True
    >>> body = "In Chiang Mai, 12 suspects were held."
    >>> _english_age(body, NumberSpan(15, 17, "12", 12.0, None, False))
    False
    """
    if not re.fullmatch(r"\d{1,3}", number.text) or not 0 < float(number.value) <= 120:
        return False
    before = body[max(floor, number.start - 30):number.start]
    if _AGED_BEFORE_EN.search(before):
        return True
    return _AGE_NAME_BEFORE_EN.search(before) is not None and \
        _AGE_CLOSED_AFTER_EN.match(body, number.end) is not None


_SIGNED_SCALES = frozenset(("ribu", "juta", "miliar", "triliun", "thousand", "million", "billion",
                            "trillion"))


@lexicons.cached()
def _signed_numeral_before() -> re.Pattern:
    """A numeral glued to (or a space after) a unit written before an amount (units.csv
    position ``before`` or ``both``: *Rp*, *US$*, *RM*), ending where a scale word starts."""
    table = lexicons.load("units")
    cues = sorted(table[table["position"].isin(["before", "both", "glued"])]["cue"], key=len,
                  reverse=True)
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(c) for c in cues)
                      + r")\.?[^\S\n]?\d[\d.,]*[^\S\n]*-?$")


_NAME_HEAD_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)[^\S\n]+$")


def _pair_pointed_back(body: str, number: NumberSpan) -> bool:
    """Whether *two* points back to the two states named before it rather than counting:
    *the two countries*, *these two nations*, *dua negara itu / tersebut* (as *kedua negara*
    does, round 22d2). The determiner (claim_cues.csv role `pair_before`) or the demonstrative
    after the noun (`pair_after`) makes it a reference; *two countries joined* or *Dua negara
    menolak* alone stay counts. Only the number word *two* / *dua*, before a noun of role
    `pair_anaphor`.

    >>> body = "The ties deepened between the two countries."
    >>> _pair_pointed_back(body, NumberSpan(30, 33, "two", 2.0, None, False))
    True
    >>> body = "The ties deepened between two countries there."
    >>> _pair_pointed_back(body, NumberSpan(26, 29, "two", 2.0, None, False))
    False
    """
    if number.text.lower() not in ("two", "dua"):
        return False
    cues = _cues()
    noun = re.match(r"[^\S\n]+(\w+)", body[number.end:])
    if not noun or not cues["pair_anaphor"].fullmatch(noun.group(1).lower()):
        return False
    before = re.search(r"(\w+)[^\S\n]+$", body[max(0, number.start - 12):number.start])
    if before and cues["pair_before"].fullmatch(before.group(1).lower()):
        return True
    after = re.match(r"[^\S\n]+(\w+)", body[number.end + noun.end():])
    return bool(after and cues["pair_after"].fullmatch(after.group(1).lower()))


@lexicons.cached()
def _toponym_heads() -> frozenset:
    """The words that open a place's name (data/lexicons/toponym_heads.csv: *Pulau,
    Kepulauan, Tanjung, Koto*): a capitalised number word right after one is the name's
    (round 21i)."""
    return frozenset(lexicons.load("toponym_heads")["word"].str.lower())


# after a numeral, what makes it no count: the Hijri era of a year (*1445 H*, *1446
# Hijriah*), a house number after a street's (*Jalan Kenari 8 No 5*)
_NOT_A_COUNT_AFTER = re.compile(r"[^\S\n]*(?:H(?:ijriah|ijriyah)?(?![\w-])(?=[^\S\n]*[/,.)]|"
                                r"[^\S\n]+\d{4}\b|[^\S\n]*$)|[^\S\n]+No\.?[^\S\n]*\d)")
_SCALE_WORDS = frozenset(("ribu", "juta", "miliar", "triliun"))


@lexicons.cached(maxsize=4096)
def _is_numeral(word: str) -> bool:
    return bool(find_numbers(word))


# between a numeral and its noun: a classifier (``3 buah kapal``, ``9 juta butir amunisi``),
# an opening bracket or quote (``2.968 (kecelakaan)``, ``tujuh “teroris”``); never a line
# break: a figure does not reach across the end of a title or paragraph, or a dateline
# English counts with "of" (``hundreds of thousands of shells``, ``millions of rounds``)
_UNIT_GAP = re.compile(r"[^\S\n]+(?:(?:buah|unit|butir|ekor|of)[^\S\n]+)?(?:[(\"“‘'][^\S\n]*)?")
# a hedge after the numeral: "1,5 juta lebih peluru", "2.000 lebih kontainer" (more than)
_MORE_AFTER = re.compile(r"[^\S\n]+lebih(?![\w-])(?![^\S\n]+(?:dari|daripada)\b)", re.I)
# round 24a: a word of addition between an English count and its noun ("two more suspects",
# "four other survivors", "six additional bodies")
_EXTRA_AFTER_EN = re.compile(r"[^\S\n]+(?:more|other|additional|further)(?=[^\S\n]+[a-z])")
_ITEM_WORD = re.compile(r"[^\S\n]+([^\W\d_][\w-]*)")
# what a measure measures: the word after it ("ton gula"; English "tons of rice")
_MEASURED = re.compile(r"[^\S\n]+(?:of[^\S\n]+)?([^\W\d_][\w-]*)")
_CLOSING = re.compile(r"[)\"”’']")
# a lower-case noun after a numeral, when the unit lexicon does not know it (``400 dapur umum``)
_OPEN_NOUN = re.compile(r"[^\S\n]+(?:[(\"“‘'][^\S\n]*)?([a-z][a-z]+(?:-[a-z]+)?)(?![\w-])")
_SPACE = re.compile(r"\s+")
# an English modifier an editor put in brackets between a numeral and its noun
# ("400,000 (artillery) rounds", "2 million (152 mm) shells" is a calibre, not this)
_BRACKETED_MODIFIER = re.compile(r"[^\S\n]+\((?=[a-z][a-z-]*(?:[^\S\n]+[a-z][a-z-]*)?\)"
                                 r"[^\S\n]+[a-z])")
# words that are no counted noun after a numeral: verbs (me-, ber-, di-, ter- forms) and
# function words (also the idioms "satu sama lain", "satu demi satu"); the unit lexicon's kind
# ``none`` lists the nouns that are no figure (durations, times, ranks, pages)
_VERB_FORM = re.compile(r"(?:me|ber|di|ter|per)[a-z]{3,}")
_NOT_NOUNS = frozenset(
    "dan serta atau yang ini itu adalah ialah merupakan yakni yaitu lebih kurang saja pun lalu "
    "kemudian bahkan hanya baru sudah belum masih lagi pula para bagi antara sebesar sekitar "
    "mencapai menjadi jadi naik turun lainnya lain tersebut sebelumnya secara sejak hingga "
    "sampai per setiap tiap kali persen ke di dari pada untuk oleh dengan dalam atas bawah "
    "akan telah tidak bukan belum juga sebagai karena namun tetapi tapi agar supaya jika "
    "kalau bila ketika saat usai setelah sebelum selama terhadap tentang soal seperti "
    "sedangkan adapun sama demi "
    "orangnya nya ribu juta miliar triliun ratus puluh belas "
    # one period after a numeral ("turun menjadi 69.029 setahun kemudian"; round 20i)
    "setahun sebulan seminggu sepekan sehari "
    # English function words after a numeral ("one of the", "10 to 20", "5 in 2023")
    "of the a an and or to in on at for from by with than more less other others times "
    "percent per is are was were has have had".split())
_NOT_A_FIGURE = "not a figure"
_STATE = "a state of a counted noun"  # "214 rusak berat": the noun is named before


def _lemma(word: str) -> str:
    """The noun as a unit name: lower case, a reduplicated plural once (``anak-anak`` →
    ``anak``)."""
    word = word.lower()
    parts = word.split("-")
    return parts[0] if len(parts) == 2 and parts[0] == parts[1] else word


def _english_lemma(word: str) -> str:
    """An English plural noun as a unit name, in the singular: ``families`` → ``family``,
    ``houses`` → ``house``, ``boxes`` → ``box``, ``layoffs`` → ``layoff``.

    >>> [_english_lemma(w) for w in ("families", "houses", "launchers", "churches")]
    ['family', 'house', 'launcher', 'church']
    """
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _cue_row(match: re.Match) -> dict:
    return _units()[1][" ".join(match.group(0).lower().split())]


def _refined(body: str, floor: int, start: int, row: dict) -> tuple[dict, str]:
    """(row, its words) of a classifier (``kasus``, ``kejadian``, ``unit``) refined by the
    counted noun its sentence (from ``floor``) names before it: one holding the classifier
    (``Dari 277 kasus kematian …, yakni 57 kasus``: deaths), or one in the same clause that
    counts nothing else (``Kecelakaan … dengan jumlah 240 kejadian``: accidents). A name
    (``Provinsi Jawa Timur``) names no counted noun; ``dari 63.014 kasus`` (out of) is the
    classifier's own count."""
    if re.search(r"\b(?:dari|daripada)\s+\S+\s*$", body[max(floor, start - 30):start], re.I):
        return row, ""
    word = row["cue"].lower()
    for match in reversed(list(_units()[0].finditer(body, floor, start))):
        cue = _cue_row(match)
        counted = re.search(r"\d\s+$|\b(?:" + "|".join(_number_words()) + r")\s+$",
                            body[max(floor, match.start() - 20):match.start()], re.I)
        if cue["kind"] == "classifier" and cue["cue"].lower() == word:
            if counted:
                continue  # "yakni 57 kasus, … 50 kasus": an item of the same list
            break  # "kasus DBD … dengan 17.331 kasus": the classifier names itself
        if cue["kind"] not in ("count", "measure") or _names_a_place(body, match) or \
                cue.get("family") == "sex" and _ends_a_name(body, match):
            continue
        if row["unit"] in ("unit", "item") and cue["unit"] == "person":
            continue  # "rumah warga yang rusak ringan sebanyak 52 unit": a piece counts the
            # houses, never the people who own them (round 21i)
        if row["unit"] in ("unit", "item") and cue["kind"] == "measure":
            # "ganja 2,1 kg, pil koplo 6 butir": a mass ends the search — a piece counts
            # things (a house count before it, "96 unit di antaranya", still), never a mass
            break
        if isinstance(row.get("family"), str) and row["family"]:
            # a classifier of one family ("rounds": munitions) counts only a noun of it,
            # never the holder named nearer ("containers could hold 9 million rounds")
            if cue.get("family") == row["family"] and not counted:
                return cue, match.group(0)
            continue
        if word in match.group(0).lower().split() or row["unit"] in ("unit", "item"):
            return cue, match.group(0)  # "unit", "buah" count whatever the sentence names
        # (a comma that opens "yaitu …", "yakni …" hands the same noun on: "jumlah
        # kecelakaan paling banyak pada hari pertama, yaitu 66 kejadian")
        between = _APPOSITION.sub(" ", body[match.end():start])
        if not counted and not re.search(r"[,;:\"“”]", between):
            return cue, match.group(0)
    # a sentence naming nothing: a munition named in the sentence before ("… supplies artillery
    # shells. It has sent 9 million rounds", "… peluru artileri. Sejauh ini 9 juta butir …")
    own = row.get("family") if isinstance(row.get("family"), str) and row["family"] else ""
    family = own or ("munition" if row["unit"] == "item" else "")
    # a classifier of one family ("rounds") with none of it in reach takes the family's noun
    # the article named last, however far back ("… artillery shells. [three paragraphs] "
    # '"They have sent two million rounds," he said.'); a plain piece ("butir") does not
    for reach in ((_ANAPHOR_REACH, floor) if own else (_ANAPHOR_REACH,)) if family else ():
        for match in reversed(list(_units()[0].finditer(body, max(0, floor - reach), floor))):
            cue = _cue_row(match)
            if cue["kind"] == "count" and cue.get("family") == family and \
                    not _names_a_place(body, match):
                return cue, match.group(0)
    return row, ""


_APPOSITION = re.compile(r",[^\S\n]*(?=(?:yaitu|yakni)[^\S\n])", re.I)
_COUNTED_REACH = 60  # characters after a classifier searched for the noun it counts


def _counted_after(body: str, end: int, row: dict) -> tuple[dict, str, int]:
    """(row, its words, where they end) of the counted noun named after a piece classifier
    (``butir``, ``buah``) in the same clause when its sentence names none before it:
    ``setara dengan 12 juta butir jika dikonversi menjadi peluru artileri`` counts shells. A
    punctuation mark, another numeral or the sentence's end stops the search."""
    stop = re.search(r"[.,;:!?\"“”()]|\d", body[end:end + _COUNTED_REACH])
    limit = end + (stop.start() if stop else _COUNTED_REACH)
    for match in _units()[0].finditer(body, end, limit):
        cue = _cue_row(match)
        if cue["kind"] == "count" and (cue.get("family") == "munition" or not body[
                end:match.start()].strip()) and not _names_a_place(body, match):
            return cue, match.group(0), match.end()  # (or the noun right after it:
    return row, "", end  # "250 pucuk artileri")


def _ends_a_name(body: str, match: re.Match) -> bool:
    """``Kementerian Pemberdayaan Perempuan``: a capitalised cue after a capitalised word
    ends a body's name and counts nothing (round 22f2; asked of the family ``sex`` only)."""
    return match.group(0)[:1].isupper() and bool(re.search(
        r"(?<![\w-])[A-Z][\w-]*[^\S\n]+$", body[max(0, match.start() - 40):match.start()]))


def _names_a_place(body: str, match: re.Match) -> bool:
    """``Provinsi Jawa Timur``, ``Kota Gaza``: a capitalised cue followed by a name (not by
    a model's code: ``Rudal balistik KN-23 … sebanyak 50 buah`` counts missiles)."""
    return match.group(0)[:1].isupper() and bool(re.match(r"\s+[A-Z](?![\w-]*\d)",
                                                          body[match.end():]))


@lexicons.cached()
def _number_words() -> tuple:
    return tuple(re.escape(w) for w in lexicons.load("number_words")["word"].str.lower())


def _unit_phrase(body: str, end: int, floor: int = 0):
    """(unit, transfer, item, end, caliber) of the unit phrase right after offset ``end``,
    :data:`_NOT_A_FIGURE` for a noun that makes no figure (``3 tahun``), else None.

    For a count (``kontainer berisi``) the item is the unit phrase itself; for a measure
    (``ton gula``) it is the word after the unit, what was measured; money and shares
    (``currency``, ``ratio``) name none. A classifier (``kasus``) takes the counted noun the
    sentence (from ``floor``) names before it; a lower-case noun the lexicon does not know
    is a count whose unit is the noun itself (``400 dapur umum``: unit ``dapur``)."""
    pattern, by_cue, symbols, _ = _units()
    bracket = _BRACKETED_MODIFIER.match(body, end)
    if bracket is not None and _english(body, floor, end):
        # "400,000 (artillery) rounds": an editor's word in brackets is part of the phrase
        close = body.index(")", bracket.end())
        return _unit_phrase(body[:bracket.end() - 1] + " " + body[bracket.end():close] + " "
                            + body[close + 1:], end, floor)
    calibre = _CALIBRE_GAP.match(body, end)
    if calibre is not None:  # "6 million 152 mm artillery shells": the shells' calibre
        phrase = _unit_phrase(body, calibre.end(), floor)
        if isinstance(phrase, tuple) and phrase[4] is None:
            size = float(calibre.group(1)) * (25.4 if calibre.group(2).lower() == "inch" else 1)
            return (*phrase[:4], round(size))  # "6-inch shells": 152 mm
        return phrase
    match = symbols.match(body, end + len(body[end:end + 1]) - len(body[end:end + 1].lstrip())
                          ) or _glued_measure(body, end)  # "75kg" (round 23d)
    others = _ENGLISH_OTHERS.match(body, end) if match is None else None
    befell = _cues()["casualty_before"].match(body, others.end()) if others else None
    if befell is not None and _english(body, floor, end):  # "9,240 others were injured",
        item = " ".join(body[others.start():befell.end()].split())  # "12 more were killed"
        return "person", "yes", item, befell.end(), None
    if match is None and _ENGLISH_STATE.match(body, end) and _english(body, floor, end):
        return _STATE  # "377 had been injured", "122 who were identified": the noun before
    if match is None:
        english = _english_head(body, end, floor)  # modifiers first, the head last
        if english is not None:
            return english
        gap = _UNIT_GAP.match(body, end)
        match = pattern.match(body, gap.end()) if gap else None
        if match is None and gap:  # "96 unit di antaranya": the classifier itself
            space = _SPACE.match(body, end)
            match = pattern.match(body, space.end()) if space else None
            if match is not None and by_cue[" ".join(match.group(0).lower().split())][
                    "kind"] == "classifier":
                counted = _open_noun(body, match.end(), floor)
                if counted is not None:  # "100 unit peluncur roket": the noun it counts
                    return counted
        if match is None:
            if _english(body, floor, end):  # "1,634 compared with": an English count's
                return None  # noun is a plural, which _english_head has read
            return _open_noun(body, end, floor)
    row = by_cue[" ".join(match.group(0).lower().split())]
    if row.get("family") == "length" and not _a_built_length(body, floor, end, match):
        row = {**row, "kind": "none"}  # "berlayar sejauh 1.000 km": a distance, no figure
    if row["kind"] == "none":
        if _LAST_YEAR.match(body, match.start()) and _COMPARED_BEFORE.search(
                body, max(floor, end - 60), end):
            return None  # "turun dari 91 tahun lalu": 91 last year, not 91 years ago
        times = _times_of_an_action(body, floor, end, match)
        return times if times is not None else _NOT_A_FIGURE
    if row["kind"] == "state":
        return _STATE
    item_start = match.start()
    if row["kind"] == "classifier":
        space = _SPACE.match(body, match.end())
        after = pattern.match(body, space.end()) if space else None
        if after is not None and _cue_row(after)["kind"] == "count" and \
                not _names_a_place(body, after):  # "2 juta pucuk amunisi": the noun right
            counted = _cue_row(after)  # after the classifier is what it counts
            item_end, phrase_end, caliber = _item_end(body, after.end())
            return counted["unit"], counted["transfer"], body[item_start:item_end], \
                phrase_end, caliber
        refined, words = _refined(body, floor, end, row)
        if not words and row["unit"] == "item":  # "12 juta butir jika dikonversi menjadi
            refined, words, cue_end = _counted_after(body, match.end(), row)  # peluru …"
            if words:  # the figure's words run to the noun it counts
                return refined["unit"], refined["transfer"], words, cue_end, None
        if words:  # the unit of the noun named before; the item stays the words here
            item_end, phrase_end, _ = _item_end(body, match.end())
            return (refined["unit"], refined["transfer"], body[item_start:item_end],
                    phrase_end, None)
        row = {**row, "kind": "count"}
    if row["kind"] != "count":  # money and shares name no item
        bracket = _EQUIVALENT_BRACKET.match(body, match.end())  # "8,49 kg (8.490 gram) sabu"
        word = _MEASURED.match(body, bracket.end() if bracket else match.end()) if \
            row["kind"] == "measure" else None
        measured = word is not None and word.group(1).lower() not in _ITEM_STOP | {
            "dan", "serta"} and not _is_numeral(word.group(1))
        return (row["unit"], row["transfer"], word.group(1) if measured else "",
                word.end() if measured else _after_closing(body, match.end()), None)
    item_end, phrase_end, caliber = _item_end(body, match.end())
    return row["unit"], row["transfer"], body[item_start:item_end], phrase_end, caliber




_LENGTH_NUMERAL = re.compile(r"[\d.,]+(?:[^\S\n]*(?:ribu|juta|thousand|million))?[^\S\n]*$",
                             re.IGNORECASE)


def _a_built_length(body: str, floor: int, end: int, match: re.Match) -> bool:
    """Is the length whose unit ``match`` is (after the numeral ending at ``end``) a figure:
    a length built, kept or widened (round 20i)? It is when no distance, height or depth
    cue (claim_cues.csv ``length_distance``: *sejauh, berjarak, high*) stands right before
    the numeral or right after the unit, and either a noun follows the unit (``495.698 meter
    jembatan``, ``412 kilometres of highway``) or the sentence names a length before it
    (``length_before``: *jalan baru sepanjang 43 km, preservasi jalan 7.644 km*).

    >>> text = "Dibangun jalan sepanjang 12 km. Kapal berlayar sejauh 30 km."
    >>> [_a_built_length(text, f, e, re.compile(r"km").search(text, e))
    ...  for f, e in ((0, 27), (32, 58))]
    [True, False]
    """
    cues = _cues()
    numeral = _LENGTH_NUMERAL.search(body, max(floor, end - 40), end)
    start = numeral.start() if numeral else end
    near = body[max(floor, start - 30):start]
    words = re.findall(r"[^\W\d_][\w-]*", near)[-3:]
    distance = cues.get("length_distance")
    if distance is not None and any(distance.fullmatch(w) for w in words):
        return False
    after = _MEASURED.match(body, match.end())
    if after is not None and distance is not None and distance.fullmatch(after.group(1)):
        return False  # "5 m high", "30 km away"
    if after is not None and after.group(1)[:1].islower() and \
            after.group(1).lower() not in _ITEM_STOP | {"dan", "serta", "and", "per"} and \
            not _is_numeral(after.group(1)):
        return True
    before = cues.get("length_before")
    return before is not None and before.search(body, floor, start) is not None


# a measure restated in brackets right after its unit (round 18b): the measured noun follows it
_EQUIVALENT_BRACKET = re.compile(r"[^\S\n]*\([^()\n]{0,30}\d[^()\n]{0,30}\)")


_TIMES = re.compile(r"kali(?![\w-])", re.IGNORECASE)
_TIMES_LINK = re.compile(r"\b(?:sebanyak|mencapai|hingga|sampai|sudah|telah|total|lebih dari|"
                         r"setidaknya|sedikitnya)\s+$", re.IGNORECASE)


def _times_of_an_action(body: str, floor: int, end: int, match: re.Match):
    """``Pengiriman amunisi dilakukan sebanyak 10 kali``: times after a linking word count
    the action its sentence names before them, when the unit lexicon counts that action
    (``pengiriman``: shipments); else None."""
    if not _TIMES.fullmatch(match.group(0)):
        return None
    head = body[max(floor, end - 60):end]
    numeral = re.search(r"\S+(?:\s+(?:ribu|juta))?$", head.rstrip())
    if numeral is None or not _TIMES_LINK.search(head[:numeral.start()]):
        return None
    for cue in reversed(list(_units()[0].finditer(body, floor, end - len(head) +
                                                  numeral.start()))):
        row = _cue_row(cue)
        if row["kind"] == "count" and row["cue"].lower().endswith("an") and \
                row["transfer"] == "yes":
            return row["unit"], row["transfer"], "", _after_closing(body, match.end()), None
    return None


def _after_closing(body: str, end: int) -> int:
    """``end``, past a closing bracket or quote right after it."""
    closing = _CLOSING.match(body, end)
    return closing.end() if closing else end


def _item_end(body: str, end: int) -> tuple[int, int, int | None]:
    """(item end, phrase end, calibre) of a count's item phrase from ``end``."""
    item_end = position = end
    for word in _ITEM_WORD.finditer(body, end):
        if word.start() != position or word.group(1).lower() in _ITEM_STOP:
            break
        if _is_numeral(word.group(1)) or _cues()["casualty_participle"].fullmatch(
                word.group(1)):  # "9 people and injuring …": a verb ends the item
            break
        position = word.end()
        if word.group(1).lower() not in ("dan", "serta", "of", "and"):
            item_end = position
    calibre = _CALIBRE.match(body, item_end)
    caliber = int(calibre.group(1)) if calibre else None
    phrase_end = calibre.end() if calibre else _after_closing(body, item_end)
    return item_end, phrase_end, caliber


@lexicons.cached()
def _noun_lookalikes() -> frozenset:
    """Nouns that look like verb forms (data/lexicons/noun_lookalikes.csv)."""
    return frozenset(lexicons.load("noun_lookalikes")["word"].str.lower())


def _verb_form(word: str) -> bool:
    """Does a lower-case word read as a verb (``meninggal``, ``ditangkap``, ``terluka``)?
    Not a noun of the same look (``meriam``, ``tersangka``) nor a *per-…-an* noun
    (``perusahaan``; ``perlihatkan`` is a verb)."""
    stem = word.removesuffix("nya")  # "pertumbuhannya": a per-…-an noun owned (round 20b)
    return bool(_VERB_FORM.fullmatch(word)) and word not in _noun_lookalikes() and not (
        stem.startswith("per") and stem.endswith("an") and not stem.endswith("kan"))


def _open_noun(body: str, end: int, floor: int):
    """A count of a noun the unit lexicon does not know (see :func:`_unit_phrase`)."""
    noun = _OPEN_NOUN.match(body, end)
    if noun is None:
        return _acronym_noun(body, end)
    word = noun.group(1)
    if word in _NOT_NOUNS or word in _ITEM_STOP or _verb_form(word) or \
            word.endswith("nya") or _is_numeral(word):
        return None
    item_end, phrase_end, _ = _item_end(body, noun.end())
    return _lemma(word), "no", body[noun.start(1):item_end], phrase_end, None


# an abbreviation in capitals right after a numeral, no lexicon's unit (round 20i)
_ACRONYM_NOUN = re.compile(r"[^\S\n]+([A-Z]{2,6})(?![\w-]|[^\S\n]+\d|[.,]\d)")


def _acronym_noun(body: str, end: int):
    """``138 KPP``, ``20.000 TKI``: a count of what an abbreviation the unit lexicon does not
    know names; the abbreviation is the unit, as written (round 20i). A page's section or a
    time zone is a unit lexicon row of kind ``none`` (*WIB, SR*) and never reaches here.

    >>> _acronym_noun("mengelola 138 KPP di Jawa", 13)[:3]
    ('KPP', 'no', 'KPP')
    """
    noun = _ACRONYM_NOUN.match(body, end)
    if noun is None:
        return None
    return noun.group(1), "no", noun.group(1), noun.end(), None


# a modifier before an English noun: a word, a name, a model's code, a dotted abbreviation
# ("North Korean", "KN-23", "sea", "self-propelled", "U.S.")
_ENGLISH_MODIFIER = re.compile(r"[^\S\n]+((?:[A-Z]\.){2,}|[A-Za-z][\w-]*)(?=[^\S\n])")
_ENGLISH_REACH = 3  # modifiers an English count may put between its numeral and its noun


def _english_head(body: str, end: int, floor: int):
    """The unit phrase of an English count from the noun phrase after ``end``, else None;
    only in an English sentence (see :func:`_english`). English puts modifiers first and
    the head last: ``20 North Korean KN-23 missiles``, ``13,000 sea containers``,
    ``500,000 multiple rocket launcher shells`` (shells), ``200 rocket launchers``
    (launchers: a plural noun no lexicon knows is its own unit); ``3 million rounds of 152
    mm artillery shells`` counts the shells (a classifier and *of*)."""
    if not _english(body, floor, end):
        return None
    words = []  # the noun phrase: up to _ENGLISH_REACH + 2 words, to a stop word
    position, inner_calibre = end, None
    while len(words) < _ENGLISH_REACH + 2:
        calibre = _CALIBRE_GAP.match(body, position) if words else None
        if calibre is not None:  # "two M1989 Koksan 170mm self-propelled howitzers": the
            inner_calibre = calibre  # calibre among the modifiers, not a word of the phrase
            position = calibre.end()
        word = _ENGLISH_MODIFIER.match(body, position) or _ENGLISH_LAST.match(body, position)
        if word is None:
            break
        text_ = word.group(1)
        if text_.lower() in ("and", "or") and words and re.search(r"\d", words[-1].group(1)):
            code = _ENGLISH_MODIFIER.match(body, word.end())  # "148 KN-23 and KN-24 missiles":
            if code is not None and re.search(r"\d", code.group(1)):  # two models' codes
                position = word.end()
                continue
        if text_.lower() in _ITEM_STOP | _NOT_NOUNS or _is_numeral(text_):
            break
        if text_.islower() and text_.endswith(("ed", "ing")):  # a verb, unless a noun follows
            following = _ENGLISH_MODIFIER.match(body, word.end())  # ("self-propelled guns")
            if following is None or following.group(1).lower() in _ITEM_STOP | _NOT_NOUNS \
                    or not following.group(1).islower():
                break
        words.append(word)
        position = word.end()
        following = _ENGLISH_LAST.match(body, position)
        if _PLURAL.fullmatch(text_) and not (following and _PLURAL.fullmatch(
                following.group(1))):  # a plural ends the phrase ("6,200 employees lost
            break  # their posts"), unless another follows ("arms transfers")
    if not words:
        return None
    phrase_start, phrase_end = words[0].start(1), words[-1].end(1)
    found = [m for w in words if (m := _units()[0].match(body, w.start(1))) is not None
             and m.end() <= phrase_end]
    if any(_cue_row(m)["kind"] not in ("count", "measure", "classifier") for m in found):
        return None  # "3 years", "40 percent", "5 dollars": not a count's phrase
    cues = found
    last = words[-1].group(1)
    if cues and _cue_row(cues[-1])["kind"] == "classifier" and cues[-1].end() == phrase_end:
        after = _OF_CALIBRE.match(body, phrase_end)  # "rounds of 152 mm artillery shells"
        if after is not None:
            inner = _english_head(body, after.end(), floor)
            if isinstance(inner, tuple):
                caliber = int(after.group(1)) if after.group(1) else inner[4]
                return inner[0], inner[1], body[phrase_start:inner[3]].strip(), inner[3], \
                    caliber
    inner = round(float(inner_calibre.group(1)) * (25.4 if inner_calibre.group(2).lower() ==
                                                   "inch" else 1)) if inner_calibre else None
    longer = _units()[0].match(body, words[-1].start(1))
    if longer is not None and longer.end() > phrase_end and \
            _cue_row(longer)["kind"] in ("count", "measure"):  # "rounds of ammunition": the
        row = _cue_row(longer)  # lexicon's cue runs past the plural
        item_end, end_, caliber = _item_end(body, longer.end())
        return row["unit"], row["transfer"], body[phrase_start:item_end].strip(), end_, \
            caliber or inner
    if last.islower() and _PLURAL.fullmatch(last) and not (cues and cues[-1].end() ==
                                                          phrase_end):
        item_end, end_, caliber = _item_end(body, phrase_end)
        return _english_lemma(last), "no", body[phrase_start:item_end], end_, caliber or inner
    counts = [m for m in cues if _cue_row(m)["kind"] in ("count", "measure")]
    if not counts or (counts[-1].start() == phrase_start and inner is None):
        return None  # the noun right after the numeral: the general rules read it
    row = _cue_row(counts[-1])
    item_end, end_, caliber = _item_end(body, counts[-1].end())
    return row["unit"], row["transfer"], body[phrase_start:item_end].strip(), end_, \
        caliber or inner


# English others and more with no noun, then what befell them ("2,100 others were injured")
# — or, for *others*, right after them with the verb left out after the first count of a
# pair ("300 troops have been killed and 2,700 others injured"; round 24f)
_ENGLISH_OTHERS = re.compile(r"[^\S\n]+(?:(?:others|more|other[^\S\n]+people)[^\S\n]+(?:were|"
                             r"was|are|have[^\S\n]+been|had[^\S\n]+been)[^\S\n]+(?:also"
                             r"[^\S\n]+)?|(?:others|other[^\S\n]+people)[^\S\n]+)")
# an English count of people with no noun, told by what befell them: a casualty word right
# after the numeral, maybe after a form of "be", "still" and a hedge ("11,000 died", "360
# killed and 900 injured", "30 are still believed to be trapped"), or a casualty participle
# right before it ("killing at least 14", "injuring eight others")
_ENGLISH_BEFELL_GAP = re.compile(
    r"[^\S\n]+(?:(?:were|was|are|is|have[^\S\n]+been|has[^\S\n]+been|had[^\S\n]+been|"
    r"remain|remained)[^\S\n]+)?(?:still[^\S\n]+)?(?:(?:believed|thought|feared|presumed|"
    r"reported|confirmed)[^\S\n]+(?:to[^\S\n]+(?:be|have[^\S\n]+been)[^\S\n]+)?)?")
_ENGLISH_OTHERS_AFTER = re.compile(r"[^\S\n]+(?:others|more)(?![\w-])")
# what befell the counted, right after an English numeral with no noun ("7,060 had been
# displaced", "122 who have been identified", "five of whom", "four of them died"): the
# counted noun is the one named before, as after Indonesian "17 meninggal"
_ENGLISH_STATE = re.compile(r"[^\S\n]+(?:who|of[^\S\n]+(?:them|whom)|had[^\S\n]+been|"
                            r"have[^\S\n]+been|has[^\S\n]+been|were|remain|remained|died|"
                            r"are[^\S\n]+still|were[^\S\n]+still)(?![\w-])", re.IGNORECASE)
_ENGLISH_LAST = re.compile(r"[^\S\n]+([A-Za-z][\w-]*)(?=[^\w-]|$)")
_PLURAL = re.compile(r"[a-z][a-z-]*[a-rt-z]s")
_OF_CALIBRE = re.compile(r"[^\S\n]+of(?:[^\S\n]+(\d{2,3})[^\S\n]?-?(?:mm|millimeter))?"
                         r"(?=[^\S\n])", re.IGNORECASE)
def _english_casualties(body: str, number: NumberSpan, floor: int):
    """The figure of people an English numeral with no noun after it counts when what befell
    them is told right after it or right before it (see :data:`_ENGLISH_BEFELL_GAP`; the
    words are ``casualty_before`` and ``casualty_after`` cues of claim_cues.csv), else None.
    The item is what befell them; the unit ``person``.

    >>> f = _english_casualties("They said that in the town 7,400 died.", NumberSpan(
    ...     27, 32, "7,400", 7400.0, None, False), 0)
    >>> f["unit"], f["item"]
    ('person', 'died')
    """
    if not _english(body, floor, number.end):
        return None
    cues = _cues()
    qualifier, expr_start = _qualifier(body, number)
    gap = _ENGLISH_BEFELL_GAP.match(body, number.end)
    for role in ("casualty_before", "casualty_after") if gap else ():
        befell = cues[role].match(body, gap.end())
        if befell is not None:  # "11,000 died", "30 are still believed to be trapped"
            return _figure(number, "person", "yes", body[number.end:befell.end()], expr_start,
                           befell.end(), None, qualifier)
    before = re.search(r"(?<![\w-])([a-z]+ing)[^\S\n]+$", body[max(floor, expr_start - 30):
                                                                expr_start])
    if before is None or not cues["casualty_participle"].fullmatch(before.group(1)):
        return None
    others = _ENGLISH_OTHERS_AFTER.match(body, number.end)  # "injuring eight others"
    end = others.end() if others else number.end
    return _figure(number, "person", "yes", before.group(1) + body[number.end:end],
                   expr_start, end, None, qualifier)


def _english(body: str, floor: int, end: int) -> bool:
    """Is the sentence the numeral ending at ``end`` stands in written in English (two of
    its common function words, which Indonesian does not use: :mod:`newsframe.lang.language`),
    or a sentence with fewer (``The country runs around 200 munitions factories.``) of a text
    written in English as a whole?"""
    sentence_end = body.find(".", end)
    return language.is_english(body, floor, sentence_end if sentence_end > 0 else len(body)) \
        or _english_text(body)


@lexicons.cached(maxsize=64, per_text=True)
def _english_text(body: str) -> bool:
    return language.article_language(body) == "en"


# a numeral with no noun after it takes the counted noun named before it in its sentence
# when a linking word stands between (``jumlah kecelakaan tahun 2022 ada 979``,
# ``Jumlah kasus Januari 310``) or it ends a list item (``Jawa Timur 37, …``)
_LINK_BEFORE = re.compile(
    r"(?:\b(?:sebanyak|ada|mencapai|capai|sebesar|yakni|yaitu|adalah|ialah|tercatat|menjadi|"
    r"jadi|berjumlah|sejumlah|total|hanya|terdapat|angka|jumlah|dengan|sekitar|hampir)"
    r"|[A-Z][\w-]*)\s+$")
_COMPARED = re.compile(r"\b(?:dari|daripada|dibanding|dibandingkan|ketimbang)"
                       r"(?:\s+dengan)?\s+$", re.I)
# the same in English: a numeral no noun follows after a linking verb or preposition
# ("has risen to 67", "a death toll of 4,000", "reached 15,114") or compared ("from 60 to
# 67 people", "compared with 1,114")
# a list's label before the figure: "peluru artileri: 3 juta", "containers — 13,000"
_LABEL_BEFORE = re.compile(r"[^\S\n]*(?:\([^()\n]{1,20}\))?[^\S\n]*(?::|—|–)[^\S\n]*$")
_LINK_BEFORE_EN = re.compile(
    r"\b(?:to|at|of|reached|reaching|totaled|totalled|totaling|totalling|topped|hit|hitting|"
    r"was|were|is|are|numbered|numbering|reach|stood|including|claiming|killing)\s+$", re.I)
# "41 and 23 deaths": an English numeral that shares the noun of the one after "and" (19c)
_SHARED_NOUN_EN = re.compile(r"[^\S\n]+(?:and|or)[^\S\n]+")
# "…, of whom 20 are in X and 11 in Y", "among them 4": part of the figure before (19c)
_OF_WHOM_BEFORE_EN = re.compile(r"(?<![\w-])(?:of|among)[^\S\n]+(?:whom|them)[^\S\n]*,?"
                                r"[^\S\n]*$", re.I)
_PLACE_AFTER_EN = re.compile(r"[^\S\n]+(?:in|at|from|on)[^\S\n]+[A-Z]")
_WITH_BEFORE_EN = re.compile(r"(?<![\w-])with[^\S\n]+$")  # "… and Subang with 18" (18c)
_ENGLISH_DATE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|"
                           r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|"
                           r"Aug|Sep|Sept|Oct|Nov|Dec)\.?[^\S\n]+$")
_ENGLISH_CLOCK = re.compile(r"[^\S\n]*(?:[ap]\.m\.|[ap]m(?![\w-])|o'clock)", re.I)
_COMPARED_EN = re.compile(r"\b(?:from|compared\s+(?:with|to)|versus|against)\s+$", re.I)
# "dibanding 91 tahun lalu", "dari 98 juta tahun lalu": a figure compared with last year's
_LAST_YEAR = re.compile(r"(?:tahun|bulan|pekan|minggu)\s+(?:lalu|sebelumnya)\b", re.I)
_COMPARED_BEFORE = re.compile(r"\b(?:dari|daripada|dibanding|dibandingkan|ketimbang)"
                              r"(?:\s+dengan)?\s+\S+(?:\s+(?:ribu|juta|miliar|triliun))?\s*$",
                              re.I)
_RANGE_GAP = re.compile(r"\s*(?:-|–|hingga|sampai|s\.?d\.?)\s*", re.I)
_BETWEEN = re.compile(r"\b(?:antara|between)\s+$", re.I)
# "antara 8.000 dan 10.000 kontainer", "between 2 million and 3 million shells": after
# "antara/between" only
_AND_GAP = re.compile(r"[^\S\n]+(?:dan|and)[^\S\n]+", re.I)
_RANGE_TO = re.compile(r"[^\S\n]+to[^\S\n]+")
_OTHERS = re.compile(r"\s+(?:orang\s+)?lain(?:nya)?\b", re.I)
# ... or "-nya" glued to the numeral ("sisanya 12 sekolah; 5-nya rusak berat": 5 of them; round 20i)
_AMONG = re.compile(r"(?:[^\S\n]+di[^\S\n]?antara(?:nya|[^\S\n]+mereka)|-nya)(?![\w-])", re.I)
_ANAPHOR_REACH = 300  # characters back, across sentences, to the noun "600 di antaranya" counts
# (?<![\w/.,-])(\d{1,3}(?:,\d+)?) …, written to open with a digit
_RANGE = re.compile(r"(\d(?<![\w/.,-]\d)\d{0,2}(?:,\d+)?)\s?[-–]\s?(\d{1,3}(?:,\d+)?)(?![\w/.,-]|"
                    r"\s*(?:" + "|".join(["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu",
                                         "Sep", "Okt", "Nov", "Des"]) + r"))")


def _ranges(text: str) -> list[NumberSpan]:
    """``80-90 persen``: a range of two digit groups joined by a dash (which
    :func:`find_numbers` leaves out), as one numeral with ``value_high``."""
    found = []
    for match in _RANGE.finditer(text):
        low, high = (float(g.replace(",", ".")) for g in match.groups())
        if low < high:
            found.append(_scaled_range(text, match, low, high))
    return found


def _scaled_range(text: str, match: re.Match, low: float, high: float) -> NumberSpan:
    """The range ``match`` (``low`` < ``high``) as one numeral; a scale word after it scales
    both ends ("3-5 juta peluru")."""
    tail = _scale_tail().match(text, match.end())
    scale = 1.0
    for word in (tail.group(0).split() if tail else ()):
        scale *= _scale_words()[word.lower()]
    end = tail.end() if tail else match.end()
    return NumberSpan(match.start(), end, text[match.start():end], _exact(low * scale),
                      _exact(high * scale), False)


# round 24e2: a range glued to the currency sign before it, with a scale word after it
# ("Rp120-125 ribu per kg"), which :data:`_RANGE` leaves out (a letter before the digit)
_SIGN_GLUED_RANGE = re.compile(r"(?<![\w$])(?:Rp|RP|rp)\.?(\d{1,3}(?:,\d+)?)[^\S\n]?[-–][^\S\n]?"
                               r"(\d{1,3}(?:,\d+)?)(?=[^\S\n]+[^\W\d_])")


def _sign_glued_ranges(text: str) -> list[NumberSpan]:
    """``Rp120-125 ribu``: a range of :data:`_SIGN_GLUED_RANGE` whose scale word after it
    scales both ends (as :func:`_scaled_range`), only with a scale word there.

    >>> [(n.value, n.value_high) for n in _sign_glued_ranges("daging Rp120-125 ribu per kg")]
    [(120000.0, 125000.0)]
    >>> _sign_glued_ranges("tarif Rp5-10 per orang")
    []
    """
    found = []
    for match in _SIGN_GLUED_RANGE.finditer(text):
        low, high = (float(g.replace(",", ".")) for g in match.groups())
        if low < high and _scale_tail().match(text, match.end()):
            span = _scaled_range(text, match, low, high)
            found.append(NumberSpan(match.start(1), span.end, text[match.start(1):span.end],
                                    span.value, span.value_high, False))
    return found


# round 20n: "3.000-4.000 tentara", "10.000 – 12.000 orang": two dotted thousands joined by
# a dash (the money range, with a currency sign before it, is :func:`_money_ranges`' own)
_DOTTED_RANGE = re.compile(r"(\d(?<![\w.,/-]\d)\d{0,2}(?:\.\d{3})+(?:,\d+)?)[^\S\n]?[-–]"
                           r"[^\S\n]?(\d{1,3}(?:\.\d{3})+(?:,\d+)?)(?![\w.,/-]|,\d)")


def _dotted_ranges(text: str) -> list[NumberSpan]:
    """``3.000-4.000 tentara``: a range of two numerals written with thousands dots joined
    by a dash (which :func:`find_numbers` leaves out), as one numeral with ``value_high``;
    a scale word after it scales both ends (:func:`_scaled_range`; round 20n)."""
    _, _, _, before_re = _units()
    found = []
    for match in _DOTTED_RANGE.finditer(text):
        if before_re.search(text[max(0, match.start() - _PREFIX_WINDOW):match.start()]):
            continue  # "Rp 10.900-11.800": an amount range
        low, high = (float(g.replace(".", "").replace(",", ".")) for g in match.groups())
        if low < high:
            found.append(_scaled_range(text, match, low, high))
    return found


# round 23c2: a change written with a minus sign against its numeral ("masing-masing -0,4 poin
# dan -1,4 poin", "(-2,5%)"), which find_numbers leaves out as the end of a dash: the size of
# the change (the verb or the sign says its direction), only before a unit of change and never
# after a numeral ("10 -20 persen" stays a range's business)
_SIGNED_CHANGE = re.compile(r"(?:(?<=[\s(])|^)-(?=\d[\d.,]*[^\S\n]?(?:%|(?:persen|poin|percent|"
                            r"points?|bps|basis)(?![\w-])))", re.IGNORECASE)
# round 23c2: a range whose ends each carry the percent sign, joined by one or two hyphens or a
# dash ("7,2%--7,8%", "4,7%-5,5%", "3% – 4%"): find_numbers reads the low end alone
_PERCENT_RANGE = re.compile(r"(?<![\w/.,-])(\d{1,3}(?:,\d+)?)[^\S\n]?%[^\S\n]?(?:--?|–|—)"
                            r"[^\S\n]?(\d{1,3}(?:,\d+)?)(?=[^\S\n]?%)")


def _signed_changes(text: str) -> list[NumberSpan]:
    """Numerals written with a minus sign before a unit of change (:data:`_SIGNED_CHANGE`),
    read without the sign.

    >>> [(n.text, n.value) for n in _signed_changes("IKE dan IEK turun -0,6 poin dan -2,3 poin")]
    [('0,6', 0.6), ('2,3', 2.3)]
    >>> _signed_changes("naik 10 -20 persen")
    []
    """
    found = []
    for match in _SIGNED_CHANGE.finditer(text):
        before = text[:match.start()].rstrip(" \t(")
        if before[-1:].isdigit():
            continue
        spans = find_numbers(text[match.end():match.end() + 24])
        if spans and spans[0].start == 0:
            n = spans[0]
            found.append(NumberSpan(match.end(), match.end() + n.end, n.text, n.value,
                                    n.value_high, n.vague))
    return found


def _percent_ranges(text: str) -> list[NumberSpan]:
    """``7,2%--7,8%``: a range whose two ends carry the percent sign (:data:`_PERCENT_RANGE`),
    as one numeral with ``value_high`` ending before the second sign.

    >>> [(n.value, n.value_high) for n in _percent_ranges("proyeksi 3,1%--3,9% tahun ini")]
    [(3.1, 3.9)]
    """
    found = []
    for match in _PERCENT_RANGE.finditer(text):
        low, high = (float(g.replace(",", ".")) for g in match.groups())
        if low < high:
            found.append(NumberSpan(match.start(), match.end(), match.group(0), _exact(low),
                                    _exact(high), False))
    return found


@lexicons.cached()
def _scale_words() -> dict[str, float]:
    table = lexicons.load("number_words")
    return {w.lower(): float(v) for w, v, k in zip(table["word"], table["value"], table["kind"],
                                                     strict=True) if k == "scale"}


@lexicons.cached()
def _scale_tail() -> re.Pattern:
    words = "|".join(sorted(map(re.escape, _scale_words()), key=len, reverse=True))
    return re.compile(rf"(?:[^\S\n]+(?:{words}))+(?![\w-])", re.IGNORECASE)


# round 23c: an amount of money grouped by dots with a last group of three after a comma
# ("Rp 109.837.550,000"): the comma is one more thousands mark, no thousandths of a rupiah
_MIXED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+,\d{3}")


@lexicons.cached()
def _currencies() -> frozenset:
    table = lexicons.load("units")
    return frozenset(table[table["kind"] == "currency"]["unit"])


def _figure(number: NumberSpan, unit: str, transfer: str, item: str, expr_start: int,
            phrase_end: int, caliber, qualifier: str) -> dict:
    if unit in _currencies() and _MIXED_THOUSANDS.fullmatch(number.text):
        number = NumberSpan(number.start, number.end, number.text,
                            int(re.sub(r"\D", "", number.text)), None, number.vague)
    ranged = bool(number.value_high) and not number.vague
    suffix = re.search(r"(-plus|\+|-odd)$", number.text, re.IGNORECASE)
    if suffix and qualifier == "exact":  # "6,700-plus containers"
        qualifier = _SUFFIX_QUALIFIER[suffix.group(1).lower()]
    return {
        # 65,6 miliar is 65600000000, not 65599999999.99999 (a decimal times a scale)
        "value": _exact(number.value), "value_high": (_exact(number.value_high)
                                                      if number.value_high else None),
        "unit": unit, "item": " ".join(item.split()), "caliber_mm": caliber,
        "qualifier": "range" if ranged else qualifier, "start": expr_start,
        "end": phrase_end, "transfer": transfer == "yes", "_numeral": number.start,
    }


def _exact(value) -> float:
    """``value`` to 12 significant digits: what the text wrote, without binary noise.

    >>> _exact(65.6 * 1e9)
    65600000000.0
    """
    return float(f"{float(value):.12g}")


@lexicons.cached()
def _fraction_pattern() -> tuple[re.Pattern, dict[str, float]]:
    """(fractions in words — ``dua pertiga``, ``sepertiga``, ``tiga perempat``, ``separuh`` —,
    the value of each number word), from data/lexicons/number_words.csv."""
    table = lexicons.load("number_words")
    digits = table[table["kind"].isin(["digit", "teen", "tens"])]
    values = {w.lower(): float(v) for w, v in zip(digits["word"], digits["value"], strict=True)
              if float(v) >= 1}
    words = "|".join(sorted(map(re.escape, values), key=len, reverse=True))
    # the look-ahead of the first letters a match can open with gives up other words early
    first = "".join(sorted({re.escape(w[0]) for w in values} | {"s"}))
    first = "".join(sorted(set(first) | set("athoqs")))
    return re.compile(rf"(?<![\w-])(?=[{first}])(?:(se|{words})\s?per({words}|se\w+)|separuh"
                      r"|setengah(?=\s+dari\b)|" + _ENGLISH_SHARE + r")(?![\w-])",
                      re.IGNORECASE), values


# an English share of a whole, before "of" ("half of the shells", "a third of the missiles",
# "two-thirds of", "three quarters of"): "half a million" is a numeral (lang/numerals.py)
_ENGLISH_SHARE = (r"(?:half|(?:a|one)[\s-]third|two[\s-]thirds|(?:a|one)[\s-]quarter"
                  r"|three[\s-]quarters)(?=\s+of\s)")
_ENGLISH_SHARES = {"half": 0.5, "third": 1 / 3, "thirds": 2 / 3, "quarter": 0.25,
                   "quarters": 0.75}


def holds_a_number(text: str) -> bool:
    """Do the words ``text`` hold a number a figure can be read from (digits, a numeral in
    words, a fraction)? What the pages check a claim's span against.

    >>> holds_a_number("hampir sepertiga"), holds_a_number("Rp10.700"), holds_a_number("Kirby")
    (True, True, False)
    """
    return any(ch.isdigit() for ch in text) or bool(find_numbers(text) or _fractions(text))


def _fractions(text: str) -> list[NumberSpan]:
    """``dua pertiga``, ``sepertiga``, ``tiga perempat``, ``separuh``, ``setengah dari``,
    English ``half of``, ``a third of`` as numerals whose value is the share in percent (their
    unit is ``percent``: see :func:`_figures`)."""
    lowered = text.lower()
    if not any(word in lowered for word in _FRACTION_WORDS) and not any(
            odd in text for odd in _ODD_CASES):
        return []  # most paragraphs hold none of the words every fraction holds
    pattern, values = _fraction_pattern()
    found = []
    for match in lexicons.finditer_after(pattern, text):
        word = match.group(0).casefold()  # "ſepertiga": the long s matched as s
        if word in ("separuh", "setengah"):
            value = 0.5
        elif match.group(1) is None:  # English: "half", "a third", "two-thirds" (of …)
            value = _ENGLISH_SHARES.get(re.split(r"[\s-]", word)[-1])
            if value is None:
                continue
        else:
            top = 1.0 if match.group(1).casefold() == "se" else values.get(
                match.group(1).casefold())
            low = match.group(2).casefold()
            bottom = values.get(low) or {"sepuluh": 10.0, "seratus": 100.0,
                                         "seribu": 1000.0}.get(low)
            if not top or not bottom or top >= bottom:
                continue
            value = top / bottom
        # a share of a whole is a percent, as the pages and the dev labels write it
        found.append(NumberSpan(match.start(), match.end(), match.group(0),
                                round(value * 100, 1), None, False))
    return found


# a word every match of _fraction_pattern() holds, in lower case (its Indonesian fractions
# "(se|N)per(N|se…)", "separuh", "setengah"; _ENGLISH_SHARE's "half", "third(s)",
# "quarter(s)"); a text holding a letter that IGNORECASE takes for another is always read
_FRACTION_WORDS = ("per", "separuh", "setengah", "half", "third", "quarter")
_ODD_CASES = ("\u0130", "\u0131", "\u017f", "\u212a")  # İ ı ſ K

# the words between a share and its whole ("setengah dari", "half of all the")
_SHARE_OF = re.compile(r"\s+(?:dari|of)(?:\s+(?:all\s+the|all|the|its|their|semua|seluruh))?"
                       r"(?=\s)", re.IGNORECASE)
_THOUSANDS_COMMA = re.compile(r"\d{1,3}(?:,\d{3})+")
# round 24a: an English amount with a thousands comma and a scale word after it ("Rs 8,412
# crore", "2,300 million"), which find_numbers reads as an Indonesian decimal comma
_THOUSANDS_SCALED = re.compile(r"(\d{1,3},\d{3})((?:[^\S\n]+[^\W\d_]+)+)")


def _english_scaled_thousands(number: NumberSpan) -> NumberSpan:
    """``number`` read the English way when its digits group thousands with a comma before
    a scale word (see :data:`_THOUSANDS_SCALED`), else as it is.

    >>> _english_scaled_thousands(NumberSpan(0, 11, "8,412 crore", 84120000, None, False)).value
    84120000000.0
    """
    match = _THOUSANDS_SCALED.fullmatch(number.text)
    scale = parse_number("1" + match.group(2)) if match else None
    if not scale:
        return number
    value = _exact(float(match.group(1).replace(",", "")) * scale)
    return NumberSpan(number.start, number.end, number.text, value, None, number.vague)


@lexicons.cached()
def _measured_units() -> frozenset:
    """Units whose amounts may have decimals (measures, money, shares)."""
    table = lexicons.load("units")
    return frozenset(table.loc[table["kind"].isin(["measure", "currency", "ratio"]), "unit"])


def _compared_with_last_year(body: str, end: int, floor: int) -> bool:
    """Is the numeral ending at ``end`` a figure compared with last year's (``turun dari 91
    tahun lalu``, ``dibanding 98 juta tahun lalu``) rather than a time ago (``30 tahun
    lalu``)?"""
    return bool(re.match(r"\s+", body[end:end + 1]) and _LAST_YEAR.match(body, end + 1)
                and _COMPARED_BEFORE.search(body, max(floor, end - 60), end))


_BARE_POINTS = re.compile(r"[^\S\n]*poin(?![\w-])", re.IGNORECASE)


def _index_named(body: str, start: int, end: int) -> re.Match | None:
    """The last index named between ``start`` and ``end`` (claim_cues.csv ``index_name``:
    *indeks, IHSG, NTP, IKK* …), else None."""
    found = None
    for found in _cues()["index_name"].finditer(body, start, end):  # noqa: B007
        pass
    return found


def _figures(body: str, start: int, numbers: list[NumberSpan], floor: int = 0) -> list[dict]:
    """Numerals followed by a unit phrase (``_numeral`` is where the numeral starts), then
    those with none that take one from their sentence (from ``floor``): ``300 lainnya``,
    ``dari 449 menjadi 358 korban jiwa``, ``antara tiga hingga 15 kali lipat``, ``jumlah
    kecelakaan … ada 979``."""
    figures, bare = [], []
    for number in numbers:
        number = NumberSpan(number.start + start, number.end + start, number.text, number.value,
                            number.value_high, number.vague)
        if _not_a_count(body, number) or _pair_pointed_back(body, number):
            continue
        if _english(body, floor, number.end):
            if _ENGLISH_DATE.search(body, max(floor, number.start - 12), number.start) or \
                    _ENGLISH_CLOCK.match(body, number.end):
                continue  # "as of January 6, 2020", "at 11 p.m.": a day, a time of day
            if _english_age(body, number, floor):
                continue  # "Somchai, 34, from Krabi", "aged 19 to 27": an age
            if _THOUSANDS_COMMA.fullmatch(number.text):  # "7,060 had been displaced"
                number = NumberSpan(number.start, number.end, number.text,
                                    float(number.text.replace(",", "")), None, number.vague)
            else:
                number = _english_scaled_thousands(number)
        share = _fraction_pattern()[0].match(body, number.start)
        if share is not None and share.end() == number.end:
            # "dua pertiga warga desa": a share of what the words after it name
            whole = _SHARE_OF.match(body, number.end)  # "setengah dari", "half of all the"
            item_start = whole.end() if whole else number.end
            item_end, phrase_end, _ = _item_end(body, item_start)
            for word in _ITEM_WORD.finditer(body, item_start, item_end):
                if _verb_form(word.group(1).lower()) or word.group(1).islower() and \
                        word.group(1).endswith("ed"):  # "separuh peserta berasal …",
                    # "half of the shells used …"
                    item_end = phrase_end = body.rfind(" ", number.end, word.start(1))
                    break
            qualifier, expr_start = _qualifier(body, number)
            figures.append(_figure(number, "percent", "no", body[item_start:item_end].strip(),
                                   expr_start, phrase_end, None, qualifier))
            continue
        before = _unit_before(body, number.start)
        link = _MONEY_RANGE_LINK.search(body, max(floor, number.start - 24), number.start) \
            if before is None else None
        if link is not None:  # "Rp 10.900 sampai 11.800": the low end's currency
            low = _unit_before(body, link.start())
            if low is not None and low[0]["kind"] == "currency" and not re.match(
                    r"[^\S\n]*(?:" + "|".join(map(re.escape, _MONTH_ABBREVIATIONS)) + ")",
                    body[number.end:number.end + 6]):
                before = low[0], number.start
        if before is not None:  # Rp 300 miliar: the unit before the numeral
            row, cue_start = before
            short = _RUPIAH_SCALE.match(body, number.end) if row["unit"] == "rupiah" else None
            if short is not None and not _has_scale(number):  # "Rp 3,4 T"
                number = NumberSpan(number.start, short.end(), body[number.start:short.end()],
                                    _exact(float(number.value) * _RUPIAH_SCALE_VALUE[
                                        short.group(1)]), None, number.vague)
            qualifier, expr_start = _qualifier(body, NumberSpan(
                cue_start, number.end, number.text, number.value, number.value_high,
                number.vague))
            figures.append(_figure(number, row["unit"], row["transfer"], "", expr_start,
                                   number.end, None, qualifier))
            continue
        glued = _glued_unit(body, number)
        if glued is not None:  # "naik 25bps", "180kg": a measure glued to its numeral
            figures.append(glued)
            continue
        more = _MORE_AFTER.match(body, number.end)  # "1,5 juta lebih peluru"
        # "two more suspects", "three other bodies": English counts past a word of
        # addition, which hedges nothing (round 24a; "one more death", "one other time" are
        # no counts of their own)
        extra = _EXTRA_AFTER_EN.match(body, number.end) if more is None and \
            number.value != 1 else None
        if extra is not None and not _english(body, floor, number.end):
            extra = None
        phrase = _unit_phrase(body, more.end() if more else extra.end() if extra
                              else number.end, floor)
        if (more or extra) and phrase is None:
            phrase = _unit_phrase(body, number.end, floor)
            more = None if phrase is not None else more
        if phrase is _NOT_A_FIGURE:
            continue
        casualties = _english_casualties(body, number, floor) if (
            phrase is None or phrase is _STATE or phrase[0] == "other") and not more else None
        if casualties is not None:  # "360 killed", "killing at least 14"
            figures.append(casualties)
            continue
        if phrase is None or phrase is _STATE:
            bare.append((number, phrase is _STATE, more))
            continue
        unit, transfer, item, phrase_end, caliber = phrase
        if unit == "percentage_point" and _BARE_POINTS.match(body, number.end) and \
                _index_named(body, floor, number.start):
            unit = "point"  # "IHSG naik 45 poin": an index's points, not a rate's (round 20b)
        if unit == "stock" and (_has_scale(number) or float(number.value) >= _MANY_STOCKS):
            unit = "share"  # "2,1 miliar saham": shares traded, not stocks listed (round 23c2)
        if unit == "person" and _suspected_cases(body, number, item, figures):
            unit = "case"  # "35 kasus positif, 140 tersangka": suspected cases (round 26c)
        if _THOUSANDS_COMMA.fullmatch(number.text) and (
                unit not in _measured_units() or _english(body, floor, number.end)):
            # "10,000 kontainer": nobody counts a thousandth of a container; the comma of
            # an English-style number groups thousands
            number = NumberSpan(number.start, number.end, number.text,
                                float(number.text.replace(",", "")), None, number.vague)
        qualifier, expr_start = _qualifier(body, number)
        if more and qualifier == "exact":
            qualifier = "more_than"
        figures.append(_figure(number, unit, transfer, item, expr_start, phrase_end, caliber,
                               qualifier))
    bare_at, paired = {number.start: number for number, _, _ in bare}, set()
    for number, state, more in bare:
        if number.start in paired:
            continue
        figure = _bare_figure(body, number, figures, floor, state)
        pair = _index_level_pair(body, number, bare_at, floor, figure) if not more and (
            figure is None or figure["unit"] == "point") else None
        if pair is not None:  # "support di 6.740 hingga 6.663": both an index's levels
            figures.extend(pair)
            paired.add(pair[1]["_numeral"])
            continue
        if figure is None and state:
            figure = _state_listed_before_its_noun(body, number, figures)
        if figure is None and state:
            figure = _state_after_a_breakdown(body, number, floor)
        if figure is None and not more:
            figure = _count_after_its_state(body, number, figures, floor)
        if figure is not None:
            if more:  # "mencapai 2 juta lebih.": the hedge after it is the figure's too
                figure["end"] = max(figure["end"], more.end())
                if figure["qualifier"] == "exact":
                    figure["qualifier"] = "more_than"
            figures.append(figure)
    for figure in figures:
        counted = figure["item"].lower() in _cue_words("counter") and figure[
            "start"] >= figure["_numeral"] - 30  # "sebanyak 189 orang", not a noun before
        if not figure["item"] or counted:  # money, shares, a measure of nothing after it
            item, item_start = _item_before(body, figure["start"], floor, counted)
            if item:  # the figure's words now begin with what it counts
                figure["item"], figure["start"] = item, item_start
            elif counted:  # "186 orang yang mengalami luka berat": the clause says who
                relative_end = _relative_end(body, figure["end"])
                if relative_end:
                    item_start = body.find(figure["item"], figure["_numeral"])
                    figure["item"] = " ".join(body[item_start:relative_end].split())
                    figure["end"] = relative_end
        if not figure["item"] and figure["unit"] in _money_and_shares() and \
                _english(body, floor, figure["end"]):
            figure["item"] = _worth_item_en(body, figure["start"], floor) or \
                _copula_item_en(body, figure["start"], floor)
    return sorted(figures, key=lambda f: f["_numeral"])


# what joins one count of a list to the next (round 26c)
_LIST_JOIN = re.compile(r"[^\S\n]*(?:[,;][^\S\n]*(?:dan[^\S\n]+|serta[^\S\n]+)?|"
                        r"[^\S\n]+(?:dan|serta)[^\S\n]+)", re.IGNORECASE)


def _suspected_cases(body: str, number: NumberSpan, item: str, figures: list[dict]) -> bool:
    """Is a count of suspects (claim_cues.csv ``suspected_case``: *tersangka*) the list's
    next count right after a count of cases, so suspected cases of a disease
    (*35 kasus positif, 140 tersangka dan …*), not people arrested, or written as cases
    (*64 kasus tersangka*; round 26c)?

    >>> _suspected_cases("ada 35 kasus positif, 140 tersangka", NumberSpan(22, 25, "140",
    ...     140, None, False), "tersangka", [{"unit": "case", "end": 20}])
    True
    """
    words = item.lower().split()
    if words[:1] == ["kasus"] and words[1:2] and words[1] in _cue_words("suspected_case"):
        return True  # "73 kasus tersangka": cases, whatever comes before
    if not words or words[0] not in _cue_words("suspected_case") or not figures:
        return False
    before = figures[-1]
    return before["unit"] == "case" and before["end"] <= number.start and bool(
        _LIST_JOIN.fullmatch(body, before["end"], number.start))


# round 23d2: an English amount after *worth* counts the thing named right before it
# (*shabu worth P102,204*, *syabu weighing 29 kilogrammes (kg) worth RM1.74 million*; round
# 24a: a hedge of the weight and a comma after it, *ganja weighing about 3.2kg, worth …*;
# *methamphetamine — worth around RM170 million*): the noun, past a measure of it
_WORTH_BEFORE_EN = re.compile(
    r"(?<![\w-])([^\W\d_][\w-]*)(?:[^\S\n]+weighing(?:[^\S\n]+(?:about|around|some|over|"
    r"nearly|approximately))?[^\S\n]+[\d.,]*\d[^\S\n]*[^\W\d_]+\.?"
    r"(?:[^\S\n]*\([^()\n]{1,12}\))?,?)?(?:[^\S\n]*[—–][^\S\n]*|[^\S\n]+)worth"
    r"(?:[^\S\n]+(?:about|around|some|over|nearly|almost|roughly|approximately|an[^\S\n]+"
    r"estimated|more[^\S\n]+than|up[^\S\n]+to))?[^\S\n]*$", re.IGNORECASE)
_WORTH_NO_THING_EN = frozenset(
    "is was were are be been being it its they them this that these those each one all "
    "total combined collectively reportedly allegedly".split())


def _worth_item_en(body: str, start: int, floor: int) -> str:
    """The item of an English amount of money with none, when *worth* joins it to the
    noun before it (a measure of that noun between: *weighing 12 kilogrammes (kg)*); "" when
    a verb or a pronoun stands before *worth* (*The haul was worth …*).

    >>> body = "Agents seized cocaine worth P3.5 million."
    >>> _worth_item_en(body, 27, 0)
    'cocaine'
    >>> _worth_item_en("The haul was worth 4.6 million pesos.", 19, 0)
    ''
    """
    worth = _WORTH_BEFORE_EN.search(body, max(floor, start - 120), start)
    if worth is None or worth.group(1).lower() in _WORTH_NO_THING_EN:
        return ""
    return worth.group(1)


# round 24a: an English amount of money that ends a copula whose subject opens the sentence
# (*The seized heroin was worth over Rs 10 crore*, *The value of the drugs was estimated to be
# Rs 4 crore*, *The market value of the haul has been estimated at N2 million*, *The bribe
# was said to be worth about 3 million won*): the subject,
# without its article, is what the amount is the worth of
_COPULA_AMOUNT_EN = re.compile(
    r"(?:^|[.!?:;][\"'”’]?[^\S\n]+)[^\S\n]*(?:The|Its|Their)[^\S\n]+([^\W\d_][\w'-]*(?:[^\S\n]+"
    r"[^\W\d_][\w'-]*){0,9}?)[^\S\n]+(?:is|was|are|were|(?:has|have|had)[^\S\n]+been)"
    r"(?:[^\S\n]+(?:estimated|valued|pegged|assessed|reported|said|believed|thought))?"
    r"(?:[^\S\n]+(?:to[^\S\n]+be|at))?(?:[^\S\n]+worth)?"
    r"(?:[^\S\n]+(?:about|around|over|nearly|almost|roughly|approximately|"
    r"some|more[^\S\n]+than|up[^\S\n]+to|at[^\S\n]+least))?[^\S\n]*$")
_COPULA_NO_THING_EN = frozenset("court police officer officers agency ministry government "
                                "accused suspect suspects".split())


def _copula_item_en(body: str, start: int, floor: int) -> str:
    """The subject of the copula an English amount of money ends (see
    :data:`_COPULA_AMOUNT_EN`), "" when there is none or it names who acts, not a thing.

    >>> _copula_item_en("It rained. The value of the cargo was estimated at Rs 4 crore.", 51, 0)
    'value of the cargo'
    >>> _copula_item_en("The court was told of Rs 2 lakh.", 22, 0)
    ''
    """
    low = max(floor, start - 160)
    copula = _COPULA_AMOUNT_EN.search(body[low:start])  # (^: the sentence's start, floor)
    if copula is None or copula.start() == 0 and low > floor and not re.match(
            r"[.!?:;]", body[low:start]) or \
            copula.group(1).split()[-1].lower() in _COPULA_NO_THING_EN:
        return ""
    return copula.group(1)


# linking words between what is counted and its figure ("subsidi sebesar Rp 5 triliun")
_LINKS = frozenset(
    "sebesar senilai sebanyak mencapai capai menjadi jadi yakni yaitu adalah ialah ada hanya "
    "yang sekitar tercatat terdapat berjumlah sejumlah total kini sudah telah baru masih "
    "cuma pun juga lagi".split())
_ITEM_BEFORE = re.compile(r"[^\W\d_][\w-]*")


def _item_before(body: str, start: int, floor: int, counted: bool = False) -> tuple[str, int]:
    """(item, where it starts) of a figure with no noun after it, from the words before it
    in its clause: ``subsidi sebesar Rp114,5 triliun`` → ``subsidi``, ``dengan harga jual
    sebesar Rp7.650`` → ``harga jual`` (a verb, a function word or punctuation ends it; a
    capitalised word inside the sentence is a name, never a verb: ``kuota Pertalite
    sebesar …``); a change verb belongs to the item (``luka ringan turun 23 persen`` →
    ``luka ringan turun``). With ``counted`` (a counter such as ``orang`` after the numeral)
    only a noun phrase joined by a linking word counts (``korban meninggal dunia sebanyak
    189 orang`` → ``korban meninggal dunia``), its state verbs and a place after ``di``
    included. ("", ``start``) when none."""
    offset = max(floor, start - 80)
    # a bracket is skipped, not a clause's end: "jenis Pertalite (RON 90) sebesar"
    clause = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), body[offset:start])
    # so is a time ("pada tahun 2023 lalu", "Tahun ini"): it says when, not what is counted
    clause = _TIME_PHRASE.sub(lambda m: " " * len(m.group(0)), clause)
    cut = max(clause.rfind(c) for c in ",;:(\"“”")
    words = list(_ITEM_BEFORE.finditer(clause, cut + 1))
    links = _LINKS | set(_qualifier_words())
    linked = bool(re.match(r"\w+", body[start:start + 20])) and \
        re.match(r"\w+", body[start:start + 20]).group(0).lower() in links
    while words and (words[-1].group(0).lower() in links or linked and _PASSIVE.fullmatch(
            words[-1].group(0).lower())):  # "kuota … yang ditetapkan sebesar"
        linked = linked or words[-1].group(0).lower() in links
        words.pop()
    if counted and not linked:
        return "", start
    item, place_words = [], 0
    for index in range(len(words) - 1, -1, -1):
        word = words[index].group(0)
        lower = word.lower()
        at = offset + words[index].start()
        name = word[:1].isupper() and not _opens_sentence(body, floor, at)
        if lower in ("ke", "asal", "dari") and item and all(
                w.group(0)[:1].isupper() for w in item) and _flow_noun_before(words, index):
            item.insert(0, words[index])  # "ekspor Malaysia ke Korea Selatan mencapai …":
            place_words = len(item) - 1  # where the flow goes belongs to what is counted
            continue  # (round 21a, second part)
        if lower in _cue_words("change") and index == len(words) - 1:
            item.insert(0, words[index])  # "luka ringan turun 23 persen"
            continue
        verb = _verb_form(lower) and not name and not (counted and _state_verb(lower))
        if lower in ("ini", "itu", "tersebut") and index and not item and re.fullmatch(
                r"\s+", clause[words[index - 1].end():words[index].start()]):
            item.insert(0, words[index])  # "kuota Pertalite tahun ini sebesar"
            continue
        if counted and lower == "di" and item and item[0].group(0)[:1].isupper():
            item.insert(0, words[index])  # "korban terluka di Gaza"
            continue
        if lower == "dari" and item and index and all(w.group(0)[:1].isupper() for w in item) \
                and (words[index - 1].group(0).islower() or index == 1) and not _empty_word(
                    words[index - 1].group(0).lower()):
            item.insert(0, words[index])  # "pendaftar dari Samarinda (yang) mencapai N
            continue  # orang": where they come from belongs to what is counted (round 20b)
        counts = lower in _units()[1] and _COUNTED_BEFORE.search(body, max(0, at - 12), at) \
            or _closes_a_unit(body, at, at + len(word))
        if lower in _ITEM_STOP or lower in _NOT_NOUNS or verb or lower in _LINKS or \
                counts or len(item) == 4 + place_words:
            break  # "400 ribu ton senilai Rp 3,5 triliun": a unit is another figure's
        item.insert(0, words[index])
    while item and item[0].group(0).lower() == "di":
        item.pop(0)
    if not item or len(item) == 1 and item[0].group(0).lower() in (
            "ini", "itu", "tersebut", *_cue_words("change")):  # "turun dari 91": no noun
        return "", start
    return body[offset + item[0].start():offset + item[-1].end()], offset + item[0].start()


def _flow_noun_before(words: list[re.Match], index: int) -> bool:
    """Is the word before ``words[index]`` (*ke*, *dari*, *asal*) a noun that goes there or
    comes from there, past its owner's name (``ekspor Malaysia ke``, ``impor gandum dari``):
    a lower-case word of no verb, link or function word (round 21a, second part)?"""
    before = [w.group(0) for w in words[max(0, index - 2):index]]
    if len(before) == 2 and before[1][:1].isupper():
        before = before[:1]  # "ekspor Malaysia ke …": the owner between
    elif before:
        before = before[-1:]
    if not before or not before[0].islower():
        return False
    lower = before[0]
    return not (_verb_form(lower) or lower in _ITEM_STOP or lower in _LINKS or
                lower in _NOT_NOUNS or _empty_word(lower) or _time_word(lower) or
                lower in _CONJUNCTIONS or lower in _CLAUSE_OPENERS or
                lower in _qualifier_words())


# a relative clause after a counter that says what befell the counted
_RELATIVE = re.compile(r"[^\S\n]+yang(?:[^\S\n]+(?:mengalami|menderita|sudah|telah|masih))?")


def _relative_end(body: str, end: int) -> int:
    """Where ``yang`` and up to three lower-case words after ``end`` end (``orang yang
    mengalami luka berat``), stopping at a function word; 0 when there is none."""
    relative = _RELATIVE.match(body, end)
    if relative is None:
        return 0
    position = found = relative.end()
    for count, word in enumerate(_ITEM_WORD.finditer(body, relative.end())):
        lower = word.group(1)
        if word.start() != position or count == 3 or not lower.islower() or \
                lower in _ITEM_STOP or lower in _NOT_NOUNS:
            break
        position = found = word.end()
    return found if found > relative.end() else 0


# --- what a figure counts when its own words do not say (issue 23, kind 2) -----------------
# An item is resolved when it is empty, a bare counter or unit (``orang``, ``kasus``,
# ``kilogram``), an anaphor (``Jumlah tersebut``) or words that name nothing (``bisa``,
# ``artinya turun``). Only ``item`` changes: the figure's offsets stay where they were.
_TOKEN = re.compile(r"[^\W\d_][\w-]*|\d[\d.,]*|[,;:()\"“”]|\S")
_SUPERLATIVE = re.compile(r"ter(?:tinggi|rendah|endah|besar|kecil|dalam|banyak|baru|akhir|"
                          r"tentu|sedikit|lama|parah|buruk|mahal|murah|cepat|jauh|dekat)",
                          re.IGNORECASE)
_ANAPHOR = frozenset("tersebut itu ini".split())
_CONJUNCTIONS = frozenset(
    "sementara sedangkan adapun namun tetapi tapi kemudian selanjutnya lalu serta bahkan "
    "sehingga karena meski meskipun padahal sebelumnya selain bahwa tidak bukan enggak nggak "
    "tak apabila".split())
# words that open another clause: an item ends before them (*orang sedangkan pengangguran*,
# *jiwa sehingga totalnya*, *orang artinya*; not *sementara*, also "temporary")
_CLAUSE_OPENERS = frozenset("sehingga sedangkan padahal namun tetapi tapi artinya".split())
# words of time and degree that end a classifier's phrase ("kasus kematian bulan ini")
_TIME_WORDS = frozenset(
    "paling bulan tahun hari pekan minggu periode sepanjang saat pukul jam tanggal "
    "perayaan".split())
# feasts that date a figure (*pada Lebaran 2025*, *perayaan Idul Fitri*), never what it counts
_HOLIDAYS = frozenset("lebaran ramadan ramadhan natal nataru idulfitri iduladha imlek idul fitri "
                      "adha".split())
# words before a month and a year ("hingga Maret 2024", "sejak awal Mei 2023")
_DATE_OPENERS = frozenset("hingga sampai sejak pada per awal akhir pertengahan bulan".split())
# a month (even misspelt) and a year after a word that opens a date: when, not what
_MONTH_YEAR = re.compile(r"(?<![\w-])(?i:" + "|".join(sorted(_DATE_OPENERS)) +
                         r")[^\S\n]+([A-Z][a-z]{2,9})[^\S\n]+(?:19|20)\d\d(?![\w-])")
_ITEM_REACH = 7  # words of a noun phrase taken as an item (a place after di included)


def _verb_like(lower: str) -> bool:
    """:func:`_verb_form`, but not a noun whose *me-* no verb prefix can begin (*medium*,
    *media*: the prefix is *men-* before *d*)."""
    return _verb_form(lower) and not re.match(r"me[bcdfghjkpqstvxz]", lower) and not (
        lower.startswith("per") and lower.endswith("an"))  # "pergerakan", "perdagangan"


def _empty_word(word: str) -> bool:
    """Does a word say nothing of what a figure counts (a verb, an auxiliary, a function
    word, *jumlah*, *level*, *penurunan*)?"""
    lower = word.lower()
    if _SUPERLATIVE.fullmatch(lower):
        return False
    return lower in _cue_words("empty_item") or lower in _NOT_NOUNS or lower in _ITEM_STOP \
        or lower in _ANAPHOR or lower in _cue_words("reach") or lower in _CONJUNCTIONS or \
        (word.islower() and _verb_like(lower))


def _needs_item(item: str) -> bool:
    """Is ``item`` no description of what is counted (see the note above)?"""
    words = re.findall(r"[^\W\d_][\w-]*", item)
    if not words:
        return True
    if _household_counter(item) or _place_item(item) or all(_is_numeral(w) for w in words):
        return True  # "KK", "kepala keluarga"; "Kota Sukamaju", "DKI Jakarta"; "tiga"
    if len(words) == 1 and (words[0].lower() in _cue_words("counter") or
                            words[0].lower() in _units()[1] and _units()[1][
                                words[0].lower()]["kind"] in ("classifier", "measure",
                                                               "currency", "ratio")):
        return True  # "orang", "kasus", "kilogram"
    if words[0].lower() in _cue_words("empty_item") and all(
            w.lower() in _ANAPHOR for w in words[1:]):
        return True  # "Jumlah tersebut", "angka itu"
    return all(_empty_word(w) or _time_word(w.lower()) for w in words)  # "bisa", "Oktober"


def _grade_item(body: str, figure: dict, item: str) -> bool:
    """Is ``item`` only the abbreviation of the state a measure is weighed in, right after
    its unit (claim_cues.csv role ``measure_grade``: *N ton GKG, N juta ton GKP*)? It says how
    the thing is weighed, not what: the item is what the sentence names before, and the
    abbreviation stays when the sentence names nothing (round 21m).

    >>> text = "Panen jagung 80 ton PK."
    >>> _grade_item(text, {"unit": "ton", "end": 22}, "PK")
    True
    """
    return item.lower() in _cue_words("measure_grade") and \
        figure["unit"] in _measured_units() and \
        body[:figure["end"]].rstrip(")\"\u201d ").endswith(item)


def _no_grade_subject(found: str) -> bool:
    """Is ``found`` no item for a figure weighed in a grade (see :func:`_grade_item`): a
    distributive word (*masing-masing*) or only words of a spelled-out grade (*kering
    panen*, the tail of *gabah kering panen* before the bracketed abbreviation)?

    >>> _no_grade_subject("kering panen"), _no_grade_subject("produksi beras")
    (True, False)
    """
    words = re.findall(r"[^\W\d_][\w-]*", found.lower())
    grades = {w for cue in _cue_words("measure_grade") if " " in cue for w in cue.split()}
    return not words or words[0] == "masing-masing" or all(w in grades for w in words)


def _counter_item(item: str) -> bool:
    """Is ``item`` a bare counter (*orang*, *jiwa*, *kasus*, *KK*)?"""
    return item.lower() in _cue_words("counter") or _household_counter(item)


def _household_counter(item: str) -> bool:
    """Is ``item`` only a counter of households (*KK*, *kepala keluarga*: claim_cues.csv
    role ``household_counter``)?"""
    return " ".join(item.split()).lower() in _cue_words("household_counter")


@lexicons.cached()
def _place_lexicon() -> tuple[frozenset, frozenset]:
    """(places of data/lexicons/places.csv and the world's countries, lower case; the words
    that begin a place's name: divisions of place_words.csv, places of mention_words.csv)."""
    places = lexicons.load("places")
    names = set(places["name"].str.lower()) | set(places["short"].str.lower()) | country_names()
    table = lexicons.load("place_words")
    heads = set(table.loc[table["category"] == "division", "word"].str.lower())
    words_table = lexicons.load("mention_words")
    heads |= set(words_table.loc[words_table["category"] == "place", "word"].str.lower())
    return frozenset(names), frozenset(heads)


def _place_item(item: str) -> bool:
    """Is ``item`` a place: capitalised words that are a place of data/lexicons/places.csv
    or a country (*DKI Jakarta*, *Jawa Timur*), or a division and its name (*Kota Sukamaju*,
    *Kabupaten X*, *Jalan Y*)? A place says where a figure was counted, not what it counts."""
    words = item.split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    names, heads = _place_lexicon()
    lower = " ".join(words).lower()
    return lower in names or (len(words) > 1 and words[0].lower() in heads and not any(
        w.lower() in heads for w in words[1:]) and not _units()[1].get(words[-1].lower()))


def _trimmed_item(item: str) -> str:
    """``item`` cut at a comparison or change word (``orang dibandingkan``, ``jiwa ketimbang
    hari sebelumnya``, ``orang bertambah``) and stripped of an opening conjunction."""
    words = item.split()
    for index, word in enumerate(words):
        lower = word.lower()
        if index and (lower in _cue_words("compared") - {"dari", "ke", "atau"} or
                      lower in _cue_words("change") and words[0].lower() in _cue_words(
                          "counter")):  # "orang bertambah", not "Harga naik"
            words = words[:index]
            break
    for index, word in enumerate(words):
        if index and word.lower() in _CLAUSE_OPENERS:
            words = words[:index]  # "orang sehingga totalnya": another clause
            break
    for index, word in enumerate(words[:-1]):
        if index and word.lower() in ("dan", "serta") and _verb_like(words[index + 1].lower()):
            words = words[:index]  # "orang dan melukai …": another clause
            break
    while len(words) > 1 and (words[-1].lower() in _cue_words("reach") - _cue_words("change")
                              or words[-1].lower() in ("dan", "serta", *_qualifier_words())
                              or _time_word(words[-1].lower()) and words[0].lower() in
                              _cue_words("counter")):  # "kasus Januari": the month says when
        words = words[:-1]  # "Anggaran pupuk bisa": the auxiliary says nothing
    while len(words) > 1 and words[0].lower() in _CONJUNCTIONS:
        words = words[1:]
    while words and _currency_sign(words[-1]):
        words = words[:-1]  # "telur ayam Rp 170 menjadi Rp 31.890": the sign is the figure's
    while len(words) > 1 and words[-1].lower() in _MEASURE_LINKS:
        words = words[:-1]  # "16 paket sabu seberat 32 gram": the weight is the next figure's
    return _unowned(" ".join(words))


def _unowned(item: str) -> str:
    """``item`` without the possessive -nya of its head (``Pencapaiannya mencapai 100,02
    persen``, ``harganya Rp``: it points back; the item is the noun; round 20b)."""
    head, _, rest = item.partition(" ")
    stem = head[:-3].lower()
    if _POSSESSED.fullmatch(head) and head.lower() not in _nya_words() and not (
            _empty_word(stem) or _verb_like(stem) or  # "Nilainya": of what was named before
            _units()[1].get(stem, {}).get("kind") == "state"):  # "hilangnya hutan": the loss
        return f"{head[:-3]} {rest}".strip()
    return item


# a noun with the possessive -nya (its stem five letters or more): "pertumbuhannya", "harganya"
_POSSESSED = re.compile(r"[^\W\d_][a-z]{4,}nya")


@lexicons.cached()
def _nya_words() -> frozenset:
    """Words in -nya that are no possessive noun (adverbs, function words, hedges:
    *sebelumnya*, *biasanya*, *sedikitnya*, *kabarnya*): data/lexicons/common_words.csv,
    adverbs.csv, qualifiers.csv and hedges.csv."""
    return frozenset(lexicons.load("common_words")["word"].str.lower()) | frozenset(
        lexicons.load("adverbs")["cue"].str.lower()) | frozenset(_qualifier_words()) | \
        frozenset(lexicons.load("hedges")["cue"].str.lower())


# words that link a thing to its measure after it (claim_cues.csv empty_item): no part of an item
_MEASURE_LINKS = frozenset({"seberat", "seluas", "sepanjang", "setinggi", "sedalam"})


def _currency_sign(word: str) -> bool:
    """Is ``word`` a currency written before an amount (*Rp*, *US$*: units.csv kind
    ``currency``, position ``before``)?"""
    sign = re.match(r"([^\W\d_]+|US\$|\$)\d[\d.,]*$", word)  # "Rp10" of "Rp10.900 - Rp11.800"
    row = _units()[1].get((sign.group(1) if sign else word).lower())
    return row is not None and row["kind"] == "currency" and row["position"] == "before"


def _tokens(body: str, start: int, end: int, figures: list[dict], own: int) -> list[tuple]:
    """(text, start, end) of the words and marks of ``body[start:end]``; another figure's
    words (not figure ``own``'s) are one token ``("#", index)``, a bracket's words are left
    out."""
    tokens, depth = [], 0
    for match in _TOKEN.finditer(body, start, end):
        inside = [i for i, f in enumerate(figures) if i != own and
                  min(f["start"], f["_numeral"]) <= match.start() < f["end"]]
        if inside:
            if not tokens or tokens[-1][0] != ("#", inside[0]):
                tokens.append((("#", inside[0]), match.start(), match.end()))
            continue
        text_ = match.group(0)
        if text_ == "(":
            depth += 1
        elif text_ == ")":
            depth = max(0, depth - 1)
        elif not depth:
            tokens.append((text_, match.start(), match.end()))
    return tokens


def _subject_before(body: str, floor: int, index: int, figures: list[dict],
                    items: list[str], earlier: str = "") -> str:
    """The noun phrase a figure is predicated of, from the words before it in its sentence:
    past linking words and verbs of measure (*mencapai, menembus, sebesar, dibanderol, yakni*
    after a comma), a change verb (*naik*: then the item says the change, *harga beras
    naik*), a comparison (*dari … menjadi*), a place (*di Sulawesi Selatan*) and words that
    name nothing (*jumlah, level*). A figure met on the way lends its item (*7 juta orang
    atau 5 persen*, *…, naik 26 jiwa*). A relative clause belongs to the phrase (*kepala
    keluarga yang rumahnya tergenang*); "" when none."""
    figure = figures[index]
    tokens = _tokens(body, floor, figure["_numeral"], figures, index)
    change, compared, position = "", False, len(tokens) - 1
    placed = False  # "menunjukkan angka N", "meroket di angka N": the verb places X at N
    skips = _cue_words("reach") | _cue_words("compared") | _cue_words("empty_item") | set(
        _qualifier_words())
    while position >= 0:
        text_ = tokens[position][0]
        if isinstance(text_, tuple):  # another figure of the sentence lends its item
            lent, lender = items[text_[1]], figures[text_[1]]
            bare = " " not in lent and lent.lower() in _units()[1] and body.find(  # "712.527
                lent, lender["_numeral"], lender["end"]) >= 0  # kendaraan": says no more
            if bare and change and figure["unit"] in ("percent", "percentage_point"):
                # "512,4 ribu kunjungan, atau naik 3,7 persen": the change of what it counts;
                # "volume lalin naik 7 persen dibanding … 712.527 kendaraan, atau naik 7,4
                # persen": of what the sentence's change before it is of (round 20b)
                before = next((items[j] for j in range(text_[1] - 1, -1, -1)
                               if figures[j]["unit"] == figure["unit"] and figures[j][
                                   "_numeral"] >= floor and items[j].split()[-1:] and items[
                                   j].split()[-1].lower() in _cue_words("change")), "")
                return before or _with_change(lent, change, compared)
            if bare:
                return ""  # the figure before counts the same and says no more
            if _place_item(lent):
                position -= 1  # "diikuti Filipina (…), dan Malaysia (…)": a place, no item
                continue
            placed = re.sub(r"[^\S\n]+di(?:[^\S\n]+[A-Z][\w-]*)+$", "", lent)
            if placed != lent and placed:  # "kasus di DKI Jakarta": the place is the lender's
                return _with_change(placed, change, compared)
            if lent and not _needs_item(lent):
                words = lent.split()
                if len(words) > 1 and words[-1].lower() in _cue_words("change"):
                    lent = " ".join(words[:-1])  # its own change is not this figure's
                return _with_change(lent, change, compared)
            position -= 1
            continue
        lower = text_.lower()
        if text_ in ",":
            position -= 1
            continue
        if lower in ("rata-rata", "rerata") and _AVERAGE_BEFORE.search(
                body, max(0, figure["_numeral"] - 40), figure["_numeral"]):
            position -= 1  # "X mencapai rata-rata 58,4 persen": X (round 23b)
            continue
        if lower in ("dan", "serta") and position and tokens[position - 1][0] == "," and \
                _counter_item(figure["item"]):
            position -= 1  # "…, lalu 410 ribu orang di X, dan 190 ribu orang": a list goes on
            continue
        if text_[:1].isdigit():
            position -= 1  # "untuk 2022", "pukul 15.00": a year or a time, no figure
            if re.fullmatch(r"(?:19|20)\d\d", text_) and position >= 1 and isinstance(
                    tokens[position][0], str) and tokens[position][0][:1].isupper() and \
                    isinstance(tokens[position - 1][0], str) and \
                    tokens[position - 1][0].lower() in _DATE_OPENERS:
                position -= 1  # "hingga Agutus 2023": a month, even misspelt, says when
            if position >= 0 and isinstance(tokens[position][0], str) and \
                    tokens[position][0].lower() in ("untuk", "pada", "tahun", "sejak", "di"):
                position -= 1
            elif position >= 0 and isinstance(tokens[position][0], str) and \
                    tokens[position][0].isupper() and len(tokens[position][0]) > 1:
                position -= 1  # "dari RT 09 terdapat 5 KK": a numbered unit is an address
            continue
        if text_ in ("-", "–") and position and isinstance(tokens[position - 1][0], tuple):
            position -= 1  # "Rp 10.900-11.800": the range's low end lends its item
            continue
        if not re.match(r"[^\W\d_]", text_):
            return ""
        if lower == "per" or _unit_word(lower):
            position -= 1  # "Rp 15.500 per kilogram", "14 miliar dolar": a figure's words
            continue
        if position and isinstance(tokens[position - 1][0], str) and \
                tokens[position - 1][0].lower() in ("lebih", "paling", "jauh") and \
                not isinstance(tokens[position][0], tuple):
            position -= 2  # "lebih tinggi dari sebelumnya": a comparison, not the item
            continue
        if lower in _cue_words("change"):
            change = change or text_
            position -= 1
            continue
        if placed and text_.islower() and _verb_like(lower) and \
                lower not in _reporting_verbs():
            position -= 1  # "inflasi kembali meroket di angka 3 persen": inflasi
            continue
        ordinal = figure["unit"] in _price_units() and _ORDINAL.fullmatch(lower) and \
            position and isinstance(tokens[position - 1][0], str) and \
            _time_word(tokens[position - 1][0].lower())
        if lower in skips or lower in _ANAPHOR or _time_word(lower) or ordinal:
            # ("bulan kedua … 47 persen": a time counted in order says when a rate or a price
            # is; a count keeps its own word; round 20b)
            placed = placed or lower in _cue_words("position")
            compared = compared or (lower in _cue_words("compared") and lower != "atau"
                                    and not change)
            position -= 1
            continue
        if (_PASSIVE.fullmatch(lower) or lower.startswith("ter") and _verb_like(lower)
                and not _SUPERLATIVE.fullmatch(lower)):  # "dihargai Rp", "tersalurkan"
            if lower.startswith("ter"):  # "kuota … telah tersalurkan sebanyak": what befell it
                change = change or text_
            position -= 1
            continue
        phrase, position = _noun_phrase(tokens, position, position == len(tokens) - 1)
        if phrase is None:
            return ""
        if phrase:
            return _with_change(body[phrase[0]:phrase[1]], change, compared)
    if change and earlier and not compared:  # "Menurun 63 persen": of what was last counted
        return _with_change(earlier, change, compared)
    return ""


@lexicons.cached()
def _reporting_verbs() -> frozenset:
    """Indonesian verbs of saying (data/lexicons/attribution_verbs.csv): a speaker, not the
    counted, stands before them (*BPS mencatat angka …*)."""
    table = lexicons.in_language(lexicons.load("attribution_verbs"), "id")
    return frozenset(table["verb"].str.lower())


@lexicons.cached()
def _month_names() -> frozenset:
    return frozenset(lexicons.load("months")["name"].str.lower())


@lexicons.cached()
def _weekday_names() -> frozenset:
    return frozenset(lexicons.load("weekdays")["name"].str.lower())


def _time_word(lower: str) -> bool:
    """A word of a time phrase (*tahun, bulan, hari, sebelumnya, Oktober*): says when, not
    what is counted."""
    return lower in _TIME_WORDS or lower in _month_names() or lower in (
        "lalu", "sebelumnya", "kemarin", "mendatang", "depan", "sepekan", "setahun") or (
        "-" in lower and any(part in _month_names() for part in lower.split("-"))) or \
        lower in _HOLIDAYS or _DAY_CODE.fullmatch(lower) is not None or \
        lower in _weekday_names()


# a day counted from a holiday (*H-3*, *H+1*, *H*: Lebaran's eve, its first day after): when
_DAY_CODE = re.compile(r"h(?:[-+]\d{1,2})?")


def _unit_word(lower: str) -> bool:
    """A unit of measure, money or share (*kilogram, kg, dolar, persen*), or one with *-nya*."""
    row = _units()[1].get(lower) or _units()[1].get(lower.removesuffix("nya"))
    return row is not None and row["kind"] in ("measure", "currency", "ratio")


# an ordinal: "kedua", "ketiga", "ke-3", "pertama" (after a time word it says when)
_ORDINAL = re.compile(r"pertama|ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)"
                      r"|ke-?\d{1,2}")


def _with_change(item: str, change: str, compared: bool) -> str:
    """``item`` and the change verb when the figure is the change itself (*naik 2 persen*),
    not a quantity before or after it (*dari 9.000 menjadi 10.500*)."""
    if change and not compared and change.lower() not in item.lower().split():
        return f"{item} {change}"
    return item


def _noun_phrase(tokens: list[tuple], position: int, label: bool = False) -> tuple:
    """((start, end) of the noun phrase ending at token ``position``, the position before
    it): ``(None, _)`` at a verb or function word that ends the search, ``((), p)`` for a
    place after *di* (the search goes on before it)."""
    words = []
    while position >= 0 and len(words) < _ITEM_REACH:
        text_, start, end = tokens[position]
        if isinstance(text_, tuple) or not re.match(r"[^\W\d_]", text_):
            break
        lower = text_.lower()
        if lower in ("dan", "serta") and words and position and _content_word(
                tokens[position - 1][0]) and not words[0][0][:1].isupper():
            words.insert(0, tokens[position])  # "anggaran subsidi dan kompensasi energi"
            position -= 1
            continue
        if lower == "yang" and words:  # "kepala keluarga yang rumahnya tergenang"
            words.insert(0, tokens[position])
            position -= 1
            continue
        name = text_[:1].isupper() and not (_empty_word(lower) or lower in _CONJUNCTIONS)
        if lower in ("di", "untuk") and words and position and _content_word(
                tokens[position - 1][0]):
            if lower == "di" and all(w[0][:1].isupper() for w in words):
                words = []  # "pengungsi di Desa X": the place is left out
            else:
                words.insert(0, tokens[position])  # "harga beras di pasar Palmerah"
            position -= 1
            continue
        if lower == "dari" and words and position and _content_word(tokens[position - 1][0]) \
                and tokens[position - 1][0].islower() and all(w[0][:1].isupper() for w in words):
            words.insert(0, tokens[position])  # "pendaftar dari Samarinda": where they come
            position -= 1  # from belongs to what is counted (round 20b)
            continue
        verb = text_.islower() and _verb_like(lower) and not _SUPERLATIVE.fullmatch(lower)
        if verb and words and position and any(t[0] == "yang" for t in tokens[max(0, position - 3):
                                                                   position]):
            words.insert(0, tokens[position])  # a relative clause's verb
            position -= 1
            continue
        if (lower in _ITEM_STOP or lower in _NOT_NOUNS or verb or lower in _CONJUNCTIONS
                or lower in _cue_words("reach")) and not (lower in _ANAPHOR and words) \
                and not name:
            break
        if name and lower in _CONJUNCTIONS:
            break
        words.insert(0, tokens[position])
        position -= 1
    while words and (words[0][0].lower() == "yang" or _empty_word(words[0][0]) and not
                     words[0][0][:1].isupper()):
        words.pop(0)
    while words and words[-1][0].lower() in ("yang",):
        words.pop()
    if not words:
        return (None, position) if position >= 0 else (None, position)
    if position >= 0 and isinstance(tokens[position][0], str) and \
            tokens[position][0].lower() == "di":
        return (), position - 1  # "ada di Sulawesi Selatan": a place, not the item
    if all(_empty_word(w[0]) or _time_word(w[0].lower()) for w in words):
        return (), position
    after = tokens.index(words[-1]) + 1
    if (label or position >= 0 and tokens[position][0] == "," or after < len(tokens) and
            tokens[after][0] == ",") and all(w[0][:1].isupper() for w in words):
        return (), position  # "Banten 5.877 kasus", "Desa X, Kabupaten Y", "Pansela, ini …"
    return (words[0][1], words[-1][2]), position


def _content_word(text_) -> bool:
    """Is a token a word that may stand in a noun phrase (no verb, function word or mark)?"""
    return isinstance(text_, str) and bool(re.match(r"[^\W\d_]", text_)) and (
        text_[:1].isupper() or not _empty_word(text_))


def _item_after_verb(body: str, figure: dict) -> str:
    """A counter's item from what befell the counted, after it: ``30 orang masih menginap
    di …`` → ``orang masih menginap``; "" when no verb follows."""
    match = re.match(r"[)]?[^\S\n]+((?:masih|sudah|telah|sedang|yang)[^\S\n]+)?"
                     r"([a-z]+)(?:[^\S\n]+(?:dunia|diri))?", body[figure["end"]:])
    if match is None or match.group(2) in _ITEM_STOP or match.group(2) in _NOT_NOUNS or not (
            _verb_like(match.group(2)) or match.group(1) and not _empty_word(match.group(2))
            and not _time_word(match.group(2))):  # "orang sudah pulang": after an auxiliary
        return ""
    counted = body.find(figure["item"], figure["_numeral"], figure["end"])
    if counted < 0:
        return ""
    return " ".join(body[counted:figure["end"] + match.end()].replace(")", " ").split())


# --- what befell the counted people (round 21f, kind 1) ---------------------------------------
# an Indonesian count of people whose own word is only a counter or a noun of people (*orang,
# siswa, pasien, jemaah*) is told by what befell them: said right after it (*320 siswa yang
# berhenti di kelas 9*, *210 orang di antaranya mengalami luka ringan*, *40 korban yang sedang
# dalam perawatan*) or in a relative clause of the subject before it (*pasien yang dirawat …
# mencapai 45 orang*)
_FATE_AUXILIARIES = frozenset("masih sudah telah sedang kini juga".split())
_FATE_WORDS = 3  # words of what befell them kept after its first
_FATE_HEAD_WORDS = 4  # words of the counted noun phrase before *yang*
_FATE_LINKS = frozenset("jumlahnya totalnya".split())  # between the clause and the figure


@lexicons.cached()
def _people_nouns() -> frozenset:
    """One-word nouns of people that count a figure (units.csv unit ``person``, kind
    ``count``: *orang, jiwa, warga, siswa, pasien, jemaah* …)."""
    table = lexicons.load("units")
    rows = table[(table["unit"] == "person") & (table["kind"] == "count")]
    return frozenset(c for c in rows["cue"].str.lower() if re.fullmatch(r"[a-z][a-z-]*", c))


def _counted_word(body: str, figure: dict) -> str:
    """The noun of people a count of people ends with (*45 orang*, *400 siswa*), as
    written; "" when it ends with none."""
    if figure["unit"] != "person":
        return ""
    last = re.search(r"([^\W\d_][\w-]*)\W*$", body[figure["_numeral"]:figure["end"]])
    return last.group(1) if last and last.group(1).lower() in _people_nouns() else ""


def _fate_word(lower: str) -> bool:
    """Does ``lower`` open what befell people: a verb by its prefix (*mengalami, dirawat,
    berhenti*) or a ``fate`` word of claim_cues.csv (*wafat, luka, putus*)?"""
    return lower in _cue_words("fate") or (
        _verb_like(lower) and lower not in _ITEM_STOP and lower not in _NOT_NOUNS and
        lower not in _cue_words("reach") and lower not in _cue_words("change"))


def _fate_phrase(words: list[str]) -> list[str]:
    """The words of what befell people from ``words`` (lower case, in order): a fate word and
    up to :data:`_FATE_WORDS` words after it, to the first word that ends it (a function
    word, a conjunction, a verb of a new clause); [] when the first word is no fate word."""
    if not words or not _fate_word(words[0]):
        return []
    kept = [words[0]]
    for word in words[1:_FATE_WORDS + 1]:
        if word in _ITEM_STOP or word in _NOT_NOUNS or word in _CONJUNCTIONS or \
                word in _cue_words("reach") or _verb_like(word) or _time_word(word):
            break
        kept.append(word)
    return kept


def _fate_after(body: str, figure: dict, sentence_end: int) -> str:
    """``siswa berhenti`` for *400 siswa yang berhenti di kelas 8*, ``orang mengalami luka
    ringan`` for *310 orang di antaranya mengalami luka ringan*: a count of people whose own
    word is a noun of people, right before what befell them; else ""."""
    counted = _counted_word(body, figure)
    if not counted:
        return ""
    lead = re.match(r"(?:[^\S\n]+(?:di[^\S\n]+antaranya|diantaranya))?(?:[^\S\n]+yang)?"
                    r"((?:[^\S\n]+(?:" + "|".join(sorted(_FATE_AUXILIARIES)) + r"))*)",
                    body[figure["end"]:sentence_end])
    rest = body[figure["end"] + lead.end():sentence_end]
    run = re.match(r"(?:[^\S\n]+[a-z][\w-]*)+", rest)  # the lower-case words that follow
    words = run.group(0).split()[:_FATE_WORDS + 1] if run else []
    auxiliaries = lead.group(1).split()
    if auxiliaries and words[:1] == ["dalam"] and len(words) > 1 and \
            words[1] not in _ITEM_STOP and words[1] not in _NOT_NOUNS:
        fate = words[:2]  # "yang sedang dalam perawatan"
    else:
        fate = _fate_phrase(words)
    return " ".join([counted, *auxiliaries, *fate]) if fate else ""


def _fate_before(body: str, floor: int, figure: dict, figures: list[dict]) -> str:
    """``pasien yang dirawat`` for *Pasien yang dirawat di rumah sakit mencapai 45 orang*:
    the counted people and what befell them, the subject before a count of people (its word
    a counter or a noun of people) when only linking words (*jumlahnya, mencapai, tercatat,
    sebanyak*, a qualifier) stand between; else ""."""
    if not _counted_word(body, figure):
        return ""
    since = max([floor] + [f["end"] for f in figures if f["end"] <= figure["_numeral"]])
    clause = re.split(r"[,;:()\"“”]", body[since:figure["_numeral"]])[-1]
    words = re.findall(r"[^\W\d_][\w-]*", clause)
    lower = [w.lower() for w in words]
    if "yang" not in lower:
        return ""
    at = len(lower) - 1 - lower[::-1].index("yang")
    tail = len(lower)
    while tail > at + 1 and (lower[tail - 1] in _FATE_LINKS or lower[tail - 1] in _cue_words(
            "reach") or lower[tail - 1] in _qualifier_words() or
            lower[tail - 1] in _cue_words("empty_item")):
        tail -= 1
    if tail == len(lower):
        return ""  # no linking word: the clause goes on to the figure
    if any(w == "bahwa" or w[:2] in ("me", "be") and w in _reporting_verbs()
           for w in lower[at + 1:tail]):
        return ""  # "Para anggota dewan yang mengutip data polisi menyebut … total 900
        # orang": the phrase with *yang* is who speaks, the count is in what they say
    fate = _fate_phrase(lower[at + 1:tail])
    head = []
    for word in reversed(words[max(0, at - _FATE_HEAD_WORDS):at]):
        if word.lower() in _NOT_NOUNS or word.lower() in _ITEM_STOP or \
                word.lower() in _cue_words("empty_item") or _verb_like(word.lower()) or \
                _time_word(word.lower()):
            break  # "Hingga Kamis jamaah … yang sakit": not the day
        head.insert(0, word)
    if not fate or not any(w.lower() in _people_nouns() for w in head):
        return ""
    return " ".join([*head, "yang", *words[at + 1:at + 1 + len(fate)]])


# a household count's equivalent in people and a bracketed short form after it:
# "N KK atau M jiwa", "N KK (M jiwa)", "N kepala keluarga (KK) / M jiwa"
_EQUIVALENT = re.compile(r"(?:[^\S\n]*\([^()]*\))?(?:[^\S\n]*(?:atau|/)[^\S\n]*[\d.,]+"
                         r"(?:[^\S\n]+(?:ribu|juta))?[^\S\n]+[a-z]+)?")


def _household_after_verb(body: str, figure: dict) -> str:
    """What befell the households of a count, said after it and after the people they hold:
    ``214 KK atau 790 jiwa terdampak`` → ``KK terdampak``, ``45 kepala keluarga (KK)
    mengungsi`` → ``kepala keluarga mengungsi``; "" when no verb follows."""
    equivalent = _EQUIVALENT.match(body, figure["end"])
    match = re.match(r"[^\S\n]+((?:masih|sudah|telah|sedang)[^\S\n]+)?([a-z]+)",
                     body[equivalent.end():])  # not "yang berasal dari …": a relative clause
    if match is None or match.group(2) in _ITEM_STOP or match.group(2) in _NOT_NOUNS or \
            not _verb_like(match.group(2)):
        return ""
    return " ".join([figure["item"], *match.group(0).split()])


def _classifier_phrase(body: str, floor: int, figure: dict) -> str:
    """A classifier's item from the phrase its sentence names with it before the figure:
    ``kasus kematian akibat DBD … dengan 158 kasus`` → ``kasus kematian``."""
    word = figure["item"].lower()
    if word not in _cue_words("counter"):
        return ""
    for match in reversed(list(re.finditer(rf"(?<![\w-]){re.escape(word)}((?:[^\S\n]+"
                                           r"[a-z][\w-]*){1,2})", body[floor:figure["_numeral"]],
                                           re.IGNORECASE))):
        words = match.group(1).split()
        kept = []
        for w in words:
            lower = w.lower()
            if lower in _ITEM_STOP or lower == "akibat" or lower in _NOT_NOUNS or \
                    _empty_word(w) or _is_numeral(w) or _time_word(lower) or _verb_like(lower):
                break
            kept.append(w)
        if kept:
            return " ".join([match.group(0).split()[0], *kept])
    return ""


def _predicate_after(body: str, figure: dict, sentence_end: int) -> str:
    """``sebanyak 7 juta orang … merupakan pengangguran``: the noun after *merupakan*,
    *adalah* in the figure's clause."""
    clause = re.split(r"[;:]|,(?!\d)", body[figure["end"]:sentence_end], maxsplit=1)[0]
    match = re.search(r"(?<![\w-])(?:" + "|".join(sorted(_cue_words("predicate"))) +
                      r")[^\S\n]+((?:[a-z][\w-]*)(?:[^\S\n]+[a-z][\w-]*){0,2})", clause)
    if match is None:
        return ""
    kept = []
    for word in match.group(1).split():
        if word in _ITEM_STOP or word in _NOT_NOUNS or _verb_like(word):
            break
        kept.append(word)
    return " ".join(kept)


def _noun_after_share(body: str, figure: dict) -> str:
    """``35 persen bangunan di Gaza``: a share of the noun phrase right after it."""
    if figure["unit"] != "percent" or body[figure["_numeral"]:figure["end"]].rstrip()[-1:] \
            not in "%n":
        return ""
    kept = []
    for word in _ITEM_WORD.finditer(body, figure["end"]):
        lower = word.group(1)
        if word.start() != (kept[-1].end() if kept else figure["end"]) or len(kept) == 3 or \
                not lower.islower() or _empty_word(lower) or _time_word(lower) or \
                _unit_word(lower):
            break
        kept.append(word)
    return " ".join(w.group(1) for w in kept)


def _share_of(body: str, figure: dict) -> str:
    """A share's item from its base: ``71,7 persen dari total penduduk`` → ``dari total
    penduduk``; "" when the words after the share name none."""
    if figure["unit"] != "percent":
        return ""
    match = re.match(r"[^\S\n]+((?:dari|terhadap)(?:[^\S\n]+[^\W\d_][\w-]*){1,3})",
                     body[figure["end"]:])
    if match is None:
        return ""
    kept = []
    for index, word in enumerate(match.group(1).split()):
        if index and word.lower() not in _cue_words("empty_item") and (
                word.lower() in _ITEM_STOP or word.lower() in _NOT_NOUNS or
                _verb_like(word.lower())):
            break
        kept.append(word)
    while kept and _time_word(kept[-1].lower()):
        kept.pop()  # "dari kuota tahun ini"
    return " ".join(kept) if len(kept) > 1 and not _needs_item(" ".join(kept[1:])) else ""


def resolve_items(body: str, figures: list[dict], floor: int, sentence_end: int,
                  earlier: str = "") -> None:
    """Give every figure of a sentence (in order) whose ``item`` says nothing of what it
    counts the item its sentence names (in place; see :func:`_subject_before`); an anaphor
    (*Jumlah tersebut*, *angka itu*) with nothing else takes ``earlier``, the last item of
    the sentences before."""
    # (a short sentence of an English article, "Household consumption grew by 5.23
    # percent.", too: round 22e)
    if language.is_english(body, floor, sentence_end) or _english_text(body):
        for index, figure in enumerate(figures):  # English items are read by _english_head
            level = _level_set_at_en(body, floor, figure)
            if not level and index and not figure["item"].strip() and figures[index - 1].get(
                    "_level") and re.fullmatch(r"[^\S\n]*(?:,|and|or)[^\S\n]*", body[
                        figures[index - 1]["end"]:figure["_numeral"]]):
                level = figures[index - 1]["_level"]  # "at 2.8 percent and 2.6 percent"
            if level:
                figure["item"] = figure["_family_item"] = figure["_level"] = level
                continue
            subject = _english_share(body, figure, sentence_end) or \
                _bracketed_en(body, floor, figure) or \
                _contribution_en(body, figure, sentence_end) or \
                _english_subject(body, floor, figure) or \
                _modal_change_subject_en(body, floor, figure, figures[:index])  # (25c)
            if subject.lower() in _PRONOUNS_EN:
                subject = ""  # "It recorded a 1.6 percent increase": no subject named here
            if not subject and _names_nothing_en(body, figure):
                subject = _change_after_en(body, figure, sentence_end) or \
                    _it_was_en(body, floor, figure, figures[index - 1] if index else None)
            if subject:  # but for a count the subject rose to ("The death toll … rose to 41")
                figure["item"] = figure["_family_item"] = subject
            elif not figure["item"].strip() and index and _COMPARED_WITH_EN.search(
                    body, max(floor, figure["_numeral"] - 40), figure["_numeral"]):
                # "rose by 13.3 percent, compared with 6.8 percent in August": the figure it
                # is compared with counts the same thing (round 18c)
                partner = figures[index - 1]  # the one right before, counting the same
                if partner["unit"] == figure["unit"] and partner["item"].strip():
                    figure["item"] = figure["_family_item"] = partner["item"]
        # (an Indonesian sentence read as English for its English brackets, "(year on
        # year/yoy)": round 25c)
        _adverbial_coordinated_items(body, figures)
        return
    for figure in figures:
        if _currency_sign(figure["item"]):
            figure["item"] = ""  # "… dan Rp 200 menjadi Rp 34.080": the sign names nothing
    items = [_trimmed_item(f["item"]) or f["item"] for f in figures]
    for index, figure in enumerate(figures):
        priced = _price_item(body, floor, figure, figures) or _priced_for(body, figure)
        if priced:  # "harga cabai merah keriting naik Rp 2.000 menjadi Rp 67.120 per kg"
            items[index] = figure["item"] = priced
            figure["_family_item"] = _family_words(priced, figure["unit"])
            continue
        item = items[index]
        purpose = _purpose_after(body, floor, figure, item)
        if purpose:  # "Rp 120 miliar dialokasikan untuk perbaikan drainase" (round 22j)
            items[index] = figure["item"] = purpose
            figure["_family_item"] = _family_words(purpose, figure["unit"])
            continue
        befell = _befell_before(body, floor, figure, item)
        if befell:  # "menewaskan sedikitnya 12 orang": the dead
            items[index] = figure["item"] = befell
            figure["_family_item"] = _family_words(befell, figure["unit"])
            continue
        fate = _fate_after(body, figure, sentence_end) or _fate_before(
            body, floor, figure, figures[:index])
        if fate:  # "400 siswa yang berhenti di kelas 8": the pupils who left (round 21f)
            items[index] = figure["item"] = fate
            figure["_family_item"] = _family_words(fate, figure["unit"])
            continue
        if _names_a_place_before(body, floor, figure, item):
            counter = re.findall(r"[^\W\d_][\w-]*", body[figure["_numeral"]:figure["end"]])
            item = items[index] = counter[-1] if counter and counter[-1].lower() in \
                _cue_words("counter") else ""  # "di Kelurahan X ada 30 orang": the place
        if any(m.group(1) == item for m in _MONTH_YEAR.finditer(body, floor,
                                                                figure["_numeral"])):
            item = ""  # "hingga Agutus 2023 yaitu 41 persen": a month, even misspelt
        if _average_adverb(body, figure, item):
            # "X mencapai rata-rata 58,4 persen": how X is taken (round 23b)
            item = items[index] = figure["item"] = ""
        manner = _manner_adverb(body, floor, figure, item)
        if manner is not None:
            # "X secara tahunan naik 9 persen": how X is taken, not what: X, read before the
            # adverb (round 25c)
            change = re.sub(r"\([^()]*\)", " ", item).split()[1:]
            subject = _subject_before(body, floor, index, [
                *figures[:index], {**figure, "start": manner, "_numeral": manner}], items)
            item = items[index] = figure["item"] = _with_change(
                subject, change[0] if change else "", False) if subject else ""
            if subject:
                figure["_family_item"] = _family_words(item, figure["unit"])
        if not _needs_item(item) and not _grade_item(body, figure, item):
            longer = _subject_before(body, floor, index, figures, items) if \
                figure["unit"] in _measured_units() and \
                figure["start"] < figure["_numeral"] and item in body[
                    figure["start"]:figure["_numeral"]] else ""
            core = re.sub(r"(?:[^\S\n]+(?:\([^()]*\)|" + "|".join(sorted(_cue_words(
                "empty_item"))) + r"))+$", "", item)  # "lahan (karhutla) seluas": "lahan"
            if longer and len(longer) > len(core) and (longer.endswith(core) or item.endswith(
                    longer.split(None, 1)[-1])) and item.split()[0] in longer:
                item = items[index] = longer  # "pergerakan nasional": the whole phrase
            item = _finished_item(item, figure["unit"])
            if item != figure["item"]:
                figure["item"] = item
            continue
        subject = re.match(r"[^\S\n]+(?:" + "|".join(sorted(_cue_words("predicate"))) +
                           r")(?![\w-])", body[figure["end"]:])  # "5.000 ha merupakan X"
        found = ((_predicate_after(body, figure, sentence_end) if subject else "")
                 or _others_after(body, figure, item)
                 or _classifier_phrase(body, floor, {**figure, "item": item})
                 or (_item_after_verb(body, {**figure, "item": item})
                     if item.lower() in _cue_words("counter") else "")
                 or (_household_after_verb(body, {**figure, "item": item})
                     if _household_counter(item) else "")
                 or _following_item(body, index, figures, items)
                 or _noun_after_share(body, figure)
                 or _subject_before(body, floor, index, figures, items, earlier)
                 or _predicate_after(body, figure, sentence_end))
        since = max([floor] + [f["end"] for f in figures[:index]])
        anaphor = re.search(r"(?i)(?<![\w-])(?:jumlah|angka|nilai|total)[^\S\n]+"
                            r"(?:tersebut|itu|ini)\b", body[since:figure["_numeral"]])
        if not found and earlier and anaphor:  # "Angka itu sudah membengkak sebesar …"
            change = _cue_words("change") & set(
                body[anaphor.end():figure["_numeral"]].lower().split())
            found = _with_change(earlier, min(change) if change else "", False)
        found = found or _share_of(body, figure)
        if found and _grade_item(body, figure, item) and _no_grade_subject(found):
            found = ""  # "yaitu masing-masing 12.500 ton GKP": the abbreviation stays
        if _place_item(found) or _empty_found(found) or _degree_found(found) or \
                not found and _place_item(item):
            # "…, Kota Lembah 1.870 kasus": where, not what; the figure's counter, else what
            # the list counts
            before = [i for i in items[:index] if i and not _needs_item(i)]
            found = _own_counter(body, figure) or (before[-1] if before else "")
        if found:
            items[index] = figure["item"] = " ".join(found.split())
            figure["_family_item"] = _family_words(figure["item"], figure["unit"])
        elif item != figure["item"] and item and not all(
                _empty_word(w) or _time_word(w.lower()) for w in item.split()):
            figure["item"] = item
        elif _junk_item(item):  # "signifikan", "Kota Sukamaju", "jumlah Maret": the counter,
            # else what the list (the sentence, the sentence before) counts, else nothing
            before = [i for i in [earlier * (not _place_item(item)), *items[:index]]
                      if i and not _junk_item(i)]  # a place: only this sentence's list
            items[index] = figure["item"] = _own_counter(body, figure) or (
                before[-1] if before else "")
            figure["_family_item"] = figure["item"]
        victims = _victims_before(body, floor, figure)
        listed = "" if victims else _listed_people(figure, figures[:index], items[:index],
                                                   earlier)
        if listed:  # "… 158 penderita. Kemudian 2016 menurun menjadi 123 orang" (round 23b2)
            items[index] = figure["item"] = listed
            figure["_family_item"] = _family_words(listed, figure["unit"])
        if victims:  # "… korban meninggal … turun. Tahun ini tercatat 164 orang"
            items[index] = figure["item"] = f"{figure['item']} ({victims})"
            figure["_family_item"] = _family_words(victims, figure["unit"])
        figure["item"] = _finished_item(figure["item"], figure["unit"])
        swapped = _next_destination(body, floor, figure, items[:index], earlier)
        if swapped:  # "…, ke India US$ 1,02 miliar": the list's flow, to this entry's place
            items[index] = figure["item"] = swapped
            figure["_family_item"] = _family_words(swapped, figure["unit"])
            continue
        place = _listed_place(body, floor, figure) or _place_opening(body, floor, figure)
        if place and figure["item"] and place.lower() not in figure["item"].lower():
            # "Disusul Bogor 241 orang, Depok 239 orang": which of the list's counts it is
            # (the list's item, lent on to the next, stays without it; round 20b)
            figure["item"] = f"{figure['item']} ({place})"
        elif place and (not figure["item"].strip() or _ORDER_WORDS.fullmatch(
                figure["item"].strip()[:-len(place)] if figure["item"].endswith(place) else "-")):
            # "Disusul Jambi 52,4 persen, Lampung 40 persen": a list of places after the
            # sentence naming what is counted: that, at this place, else the place (round 20m)
            what = re.sub(r"[^\S\n]*\([^()]*\)$", "", earlier)  # not the last list's place
            figure["item"] = f"{what} ({place})" if what and not _place_item(
                what) and place.lower() not in what.lower() else place
    _counter_places(body, floor, figures)
    _rate_items(body, floor, figures, earlier)
    _coordinated_items(body, figures)
    _adverbial_coordinated_items(body, figures)
    _restated_shares(body, figures)
    _planned_figures(body, floor, figures)
    _happened_at_items(body, floor, figures)
    _masing_masing_items(body, floor, figures)


# --- a price of another time names no goods (round 24e, kind 2) -----------------------------
# *… cabai merah yang harga jualnya mencapai Rp 80 ribu per kilogram. Padahal sebelumnya hanya
# sekitar Rp 35 ribuan.*, *… kemarin masih dijual dengan Rp 100 ribu*: a price whose item is
# empty or only words of time (claim_cues.csv ``price_time``: *sebelumnya, kemarin, pekan
# lalu, sekarang*), with such a word in its clause before it and no other word than such,
# linking words and units, is the price of the goods of the last price of its unit before it
# (in its sentence or the 400 characters before; goods: an item that opens with no such
# word) at another time: ``harga jualnya (sebelumnya)``
_ANOTHER_TIME_REACH = 400


def _time_only(item: str) -> bool:
    """Is ``item`` empty or only words of time, linking words and units?"""
    words = re.findall(r"[^\W\d_][\w-]*", item)
    return all(w.lower() in _cue_words("price_time") or _time_word(w.lower()) or
               _empty_word(w) or _unit_word(w.lower()) for w in words)


def _prices_of_another_time(body: str, figures: list[dict], floor: int,
                            last: tuple | None) -> tuple | None:
    """Give a price of another time the goods of the price before it (in place; see the
    note above); returns the last price with goods named (its end, unit and item), to pass
    to the next sentence."""
    for figure in figures:
        if figure["unit"] not in _price_units():
            continue
        goods = re.sub(r"[^\S\n]*\([^()]*\)$", "", last[2]) if last else ""
        lent = goods and re.sub(r"[^\S\n]*\([^()]*\)$", "", figure["item"]) == goods
        if not _time_only(figure["item"]) and not lent:  # (lent: the sentence before's)
            first = figure["item"].split()[0] if figure["item"].strip() else ""
            if not _junk_item(figure["item"]) and not _needs_item(figure["item"]) and \
                    not _time_only(first):  # goods, not "Sekarang saya jual", "Saya jual"
                last = (figure["end"], figure["unit"], figure["item"])
            continue
        if last is None or last[1] != figure["unit"] or \
                figure["_numeral"] - last[0] > _ANOTHER_TIME_REACH:
            continue
        start = max(floor, body.rfind(",", floor, figure["_numeral"]) + 1, last[0])
        clause = body[start:figure["_numeral"]]
        if not _time_only(clause):
            continue  # "harga cabe merah yang semula Rp 25.000": its clause names its goods
        words = re.findall(r"[^\W\d_][\w-]*", clause)
        times = [w for w in words if w.lower() in _cue_words("price_time") or (
            _time_word(w.lower()) and not _empty_word(w))]
        if not any(w.lower() in _cue_words("price_time") for w in times):
            continue
        figure["item"] = f"{goods} ({' '.join(times[-3:])})"
    return last


# --- a place named again by "provinsi ini" (round 24e, second part) -------------------------

# an item that is only a place named again ("di wilayah ini", "provinsi tersebut")
_PLACE_ANAPHOR = re.compile(r"(?:di[^\S\n]+)?(?:provinsi|wilayah|daerah|kabupaten|kota|negara|"
                            r"negeri)[^\S\n]+(?:ini|tersebut|itu)", re.IGNORECASE)
_PLACE_ANAPHOR_REACH = 400  # characters back, inside the paragraph, to the place named


@lexicons.cached()
def _named_places() -> re.Pattern:
    """The provinces and cities of data/lexicons/places.csv, any case (a small site writes
    *Jawa tengah*), or a capitalised place after its head word (*Kabupaten Subang*)."""
    table = lexicons.load("places")
    names = sorted((n for n, k in zip(table["name"], table["kind"], strict=True)
                    if k in ("province", "city") and len(n) > 3), key=len, reverse=True)
    listed = "|".join(r"[^\S\n]+".join(map(re.escape, n.split())) for n in names)
    return re.compile(rf"(?<![\w-])(?:(?i:{listed})|(?:Provinsi|Kabupaten|Kota)[^\S\n]+"
                      rf"[A-Z][\w-]+(?:[^\S\n]+[A-Z][\w-]+)?)(?![\w-])")


def _place_anaphors(body: str, figures: list[dict], floor: int) -> None:
    """A figure whose item is only a place named again (*populasi sapi di wilayah ini*,
    *produksi kakao di provinsi ini*: :data:`_PLACE_ANAPHOR`) takes the place its paragraph
    named last before it (:func:`_named_places`), in place; with none, it keeps its item.

    >>> body = "Urutan kedua Jawa tengah. Produksi di provinsi ini 12 ton."
    >>> figures = [{"item": "provinsi ini", "_numeral": 51}]
    >>> _place_anaphors(body, figures, 0); figures[0]["item"]
    'Jawa tengah'
    """
    for figure in figures:
        anaphor = _PLACE_ANAPHOR.fullmatch(figure["item"].strip())
        if not anaphor:
            continue
        # "kabupaten ini" names a regency again, "provinsi ini" a province, "kota ini" a city
        wanted = _PLACE_KINDS.get(anaphor.group(0).split()[-2].lower())
        low = max(floor, figure["_numeral"] - _PLACE_ANAPHOR_REACH)
        places = [m.group(0) for m in _named_places().finditer(body, low, figure["_numeral"])
                  if wanted is None or _place_kind(m.group(0)) == wanted]
        if places:
            figure["item"] = " ".join(places[-1].split())


_PLACE_KINDS = {"provinsi": "province", "kabupaten": "regency", "kota": "city"}


def _place_kind(name: str) -> str:
    """``province`` / ``city`` of a place of data/lexicons/places.csv, else the kind its head
    word says (*Kabupaten Subang*: ``regency``)."""
    table = lexicons.load("places")
    kinds = {n.lower(): k for n, k in zip(table["name"], table["kind"], strict=True)}
    key = " ".join(name.lower().split())
    return kinds.get(key) or _PLACE_KINDS.get(key.split()[0], "")


# --- the place of a bare counter's list entry (round 24e, kind 1) ----------------------------
# *Kabupaten Berau dari 8.289 ekor pada 2011 naik menjadi 9.368 ekor*, *- Desa Minamin: 3 KK*,
# *Yakni, di Kabupaten Lombok Utara 374 orang, …*, *37 unit di Desa Plorengan*: a count whose
# item is still only its counter (*ekor, orang, jiwa, KK, unit*) is one entry of a list of
# places; the place right after it (*di* and a place), else the place its clause names (the
# last capitalised words before the figure, with only lower-case words, numerals and a colon
# between) says which entry it is: the item becomes ``ekor (Kabupaten Berau)``. A place is
# one of :func:`_place_item` (a place of places.csv, or a division and at most two words of
# its name) ending where the capitalised words end (*Kota Padang Dedi Rahman* names none)
_CAPITALISED_RUN = re.compile(r"(?<![\w-])(?:[A-Z][\w'’-]*[^\S\n]+){0,5}[A-Z][\w'’-]*"
                              r"(?![\w-])")
_COUNTER_GAP = re.compile(r"[^\S\n]*(?::[^\S\n]*)?(?:(?:[a-z][\w-]*|[\d.,]+)[^\S\n]+){0,16}"
                          r"(?:(?:Rp|US\$)\.?[^\S\n]*)?$")
_ENTRY_PLACE_AFTER = re.compile(r"[^\S\n]+di[^\S\n]+((?:[A-Z][\w'’-]*[^\S\n]+){0,3}[A-Z][\w'’-]*)")


def _entry_place(words: list[str], suffix: bool) -> str:
    """The longest place of :func:`_place_item` that ends (``suffix``) or begins ``words``
    and is a place name or a division with at most two words of its name; else ""."""
    names, heads = _place_lexicon()
    spans = [words[i:] for i in range(len(words))] if suffix else \
        [words[:j] for j in range(len(words), 0, -1)]
    for span in spans:
        text = " ".join(span)
        if _place_item(text) and (text.lower() in names or len(span) <= 3):
            return text
    return ""


def _counter_places(body: str, floor: int, figures: list[dict]) -> None:
    """Add the place of its list entry to every figure whose item is a bare counter (in
    place; see the note above).

    >>> body = "Kabupaten Berau dari 8.289 ekor naik menjadi 9.368 ekor."
    >>> figures = [{"item": "ekor", "_numeral": 21, "end": 31},
    ...            {"item": "ekor", "_numeral": 45, "end": 55}]
    >>> _counter_places(body, 0, figures); [f["item"] for f in figures]
    ['ekor (Kabupaten Berau)', 'ekor (Kabupaten Berau)']
    """
    for figure in figures:
        item = figure["item"].strip()
        if not item or not _counter_item(item):
            continue
        start = max(floor, *(body.rfind(mark, floor, figure["_numeral"]) + 1
                             for mark in (",", ";", "\n", "(")))
        head = body[start:figure["_numeral"]]
        after = _ENTRY_PLACE_AFTER.match(body, figure["end"])
        place = _entry_place(after.group(1).split(), False) if after else ""
        runs = [] if place else list(_CAPITALISED_RUN.finditer(head))
        if runs and _COUNTER_GAP.fullmatch(head[runs[-1].end():]):
            place = _entry_place(runs[-1].group(0).split(), True)
        if place:  # (still a bare counter for an anaphor after it: "Angka tersebut …")
            figure["item"], figure["_bare_counter"] = f"{item} ({place})", item


# --- a bare counter of people in a list (round 23b2, kind 2) ---------------------------------
# *penderita HIV sebanyak 158 orang. Kemudian 2016 menurun menjadi 123 orang, 2017 sebanyak
# 120 orang*: a count of people whose item is still only its counter (*orang*, *jiwa*) counts
# what the count of people before it in the sentence counts, else what the sentences before
# counted when that names people (a noun of people of units.csv other than the counter)
def _listed_people(figure: dict, before: list[dict], items: list[str], earlier: str) -> str:
    """The item a bare count of people takes from the list it stands in (see the note
    above), else "".

    >>> _listed_people({"unit": "person", "item": "orang"}, [], [], "pasien dirawat")
    'pasien dirawat'
    >>> _listed_people({"unit": "person", "item": "orang"}, [], [], "harga beras")
    ''
    """
    if figure["unit"] != "person" or figure["item"].lower() not in ("orang", "jiwa"):
        return ""
    for other, item in zip(reversed(before), reversed(items), strict=True):
        if other["unit"] == "person" and item and not _needs_item(item):
            # (a name, "IV Koto", "PT X": a place or a body, not who is counted)
            return "" if all(w[:1].isupper() for w in item.split()) else item
    nouns = _people_nouns() - {"orang", "jiwa"}
    if earlier and any(w in nouns for w in re.findall(r"[^\W\d_][\w-]*", earlier.lower())):
        return re.sub(r"[^\S\n]*\([^()]*\)$", "", earlier)  # not the last list's place
    return ""


# --- an average's adverb right before a figure (round 23b, kind 3) --------------------------
# *Tingkat hunian kamar … mencapai rata-rata 58,42 persen*: *rata-rata* (*rerata*) right before
# the figure (after a verb, not opening the clause) says how the figure is taken, not what it
# counts: the item is what the clause names before it (*Rata-rata kenaikan berkisar Rp2.000*
# keeps its words: there the average is the subject)
_AVERAGE_BEFORE = re.compile(r"(?i)(?<=[^\W\d_])[^\S\n]+(?:rata-rata|rerata)[^\S\n]*"
                             r"(?:(?:Rp|US\$|\$)\.?[^\S\n]*)?$")


def _manner_adverb(body: str, floor: int, figure: dict, item: str) -> int | None:
    """Where *secara* opens, when ``item`` is only the word of a manner adverb right before
    the figure (*secara tahunan*, *secara bulanan (mtm)*, *secara kumulatif*), maybe with a
    change verb after it (*secara tahunan naik*): how what is counted is taken, not what it
    is (round 25c); else None."""
    words = re.sub(r"\([^()]*\)", " ", item).split()  # "bulanan (mtm) naik"
    if not words or len(words) > 2 or not item.islower():
        return None
    adverb = re.search(r"(?<![\w-])secara[^\S\n]+([a-z][\w-]*)(?:[^\S\n]*\([^()\n]{0,40}\))?"
                       r"(?:[^\S\n]+(?!(?:sebesar|sekitar|mencapai)(?![\w-]))([a-z][\w-]*))?"
                       r"(?:[^\S\n]+(?:sebesar|sekitar|mencapai))?"
                       r"[^\S\n]*$", body[max(floor, figure["_numeral"] - 80):figure["_numeral"]])
    if adverb is None or words[0] != adverb.group(1) or words[1:] not in (
            [], [adverb.group(2)]) or adverb.group(2) and adverb.group(2) not in _cue_words(
            "change"):
        return None  # ("secara nasional yang sebesar", "secara tahunan tercatat": left)
    return max(floor, figure["_numeral"] - 80) + adverb.start()


def _average_adverb(body: str, figure: dict, item: str) -> bool:
    """Is ``item`` only the adverb *rata-rata* standing right before ``figure`` after another
    word of its clause (see the note above)?"""
    return item.strip().lower() in ("rata-rata", "rerata") and _AVERAGE_BEFORE.search(
        body, max(0, figure["_numeral"] - 40), figure["_numeral"]) is not None


# --- a second figure joined by *dan* to the one before it (round 23b, kind 2) ---------------
# *terjadi deflasi 0,12 persen dan 3,05 persen secara tahunan*, *gula pasir Rp15.000
# perkilogram menjadi Rp16.500*: a figure with no item of its own, right after *dan*, *atau*,
# *serta*, *menjadi*, *hingga*, *sampai* or a comma (a measure, *per kg*, may stand before) that
# follows a figure of the same unit, counts what that figure counts (the words after it,
# *secara tahunan*, say how it is taken)
_COORDINATED_GAP = re.compile(r"(?:[^\S\n]*(?:per[^\S\n]*|/[^\S\n]*)[^\W\d_]+)?"  # "per kg"
                              r"[^\S\n]*(?:,[^\S\n]*)?(?:(?:dan|atau|serta|menjadi|hingga|"
                              r"sampai)[^\S\n]+)?"
                              r"(?:(?:sebesar|sekitar|hampir|lebih[^\S\n]+dari)[^\S\n]+)?"
                              r"(?:(?:Rp|US\$|\$)\.?[^\S\n]*)?")  # the sign before the digits


def _coordinated_items(body: str, figures: list[dict]) -> None:
    """Give a figure whose item names nothing, joined to the figure before it of the same
    unit by a conjunction, *menjadi*, *hingga* or a comma alone, that figure's item (in place;
    see the note above)."""
    for index in range(1, len(figures)):
        figure, partner = figures[index], figures[index - 1]
        if figure["item"].strip() or not partner["item"].strip() or \
                figure["unit"] != partner["unit"] or partner["end"] > figure["_numeral"]:
            continue
        gap = body[partner["end"]:figure["_numeral"]]
        if not gap.strip() or _COORDINATED_GAP.fullmatch(gap) is None:
            continue
        figure["item"] = partner["item"]
        figure["_family_item"] = partner.get("_family_item") or partner["item"]


# --- what happened at a place (round 25c, kind 3) -------------------------------------------
# *Tercatat, kenaikan paling besar terjadi di Bandara Internasional Lombok, Nusa Tenggara Barat
# yaitu sebesar 116,65%*, *Sedangkan, penurunan hanya terjadi di Pelabuhan Tanjung Benoa, Bali
# sebesar 10,81%*: a figure whose item is still empty at the end (or is only that noun
# phrase, *lonjakan tertinggi*, the place left out) counts what its clause says
# *terjadi di/pada* a place (the noun phrase before *terjadi*, words of when and how passed
# over), at that place: ``kenaikan paling besar (Bandara Internasional Lombok)``
_HAPPENED_AT = re.compile(r"(?<![\w-])(?:tercatat[^\S\n]+)?terjadi[^\S\n]+(?:di|pada)"
                          r"[^\S\n]+((?:[A-Z][\w.'’-]*|\d{4})(?:[^\S\n]+(?:[A-Z][\w.'’-]*|"
                          r"\d{4}))*)")
_HAPPENED_SKIP = frozenset("hanya pernah sebelumnya juga tercatat justru masih sempat "
                           "itu ini pun".split())
_HAPPENED_TAIL = re.compile(r"(?:[^\S\n]*,[^\S\n]*(?:[A-Z][\w.'’-]*[^\S\n]*)+)?"
                            r"(?:[^\S\n]*,)?(?:[^\S\n]+(?:yaitu|yakni|tercatat|dengan|"
                            r"sebesar|mencapai|sekitar|hingga|angka))*[^\S\n]*$")


def _happened_at_items(body: str, floor: int, figures: list[dict]) -> None:
    """Give a figure whose item is empty (or only the noun phrase before *terjadi*) what its
    clause says happened at a place (in place; see the note above)."""
    for index, figure in enumerate(figures):
        if figure["item"].strip() and "terjadi" not in body[floor:figure["_numeral"]]:
            continue
        since = max([floor] + [f["end"] for f in figures[:index]])
        clause = body[since:figure["_numeral"]]
        happened = next(reversed(list(_HAPPENED_AT.finditer(clause))), None)
        if happened is None or _HAPPENED_TAIL.fullmatch(clause, happened.end()) is None:
            continue
        opening = max(clause.rfind(",", 0, happened.start()), clause.rfind(
            ";", 0, happened.start()))
        words = re.findall(r"[^\W\d_][\w-]*", clause[opening + 1:happened.start()])
        while words and words[-1].lower() in _HAPPENED_SKIP:
            words.pop()
        while words and (words[0].lower() in _CONJUNCTIONS or words[0].lower() in (
                "sementara", "sedangkan", "namun", "adapun", "tercatat", "itu")):
            words.pop(0)
        if not words or len(words) > 6 or any(w.lower() in ("yang", "dan") for w in words) \
                or _empty_word(words[0]) and words[0].lower() not in _cue_words("empty_item"):
            continue
        if figure["item"].strip() and figure["item"].strip().lower() != " ".join(
                words).lower():
            continue  # an item of its own ("12 rumah hangus") stays
        place = happened.group(1)
        item = " ".join(words) + ("" if re.fullmatch(r"\d{4}", place) else f" ({place})")
        figure["item"] = item
        figure["_family_item"] = _family_words(" ".join(words), figure["unit"])


# --- a respective list (round 25c, second part, kind 2) -------------------------------------
# *Produksi cabai rawit, bawang merah, dan kentang masing-masing sebesar 12.400 ton, 9.870 ton,
# dan 3.215 ton*, *Nilai impor Korea, Vietnam dan Thailand masing-masing turun sebesar US$ …*,
# *Kenaikan tercatat di Pelabuhan A, Banten dan Pelabuhan B, Lampung dengan persentase
# masing-masing sebesar 12,5% dan 3,25%*: as many figures of one unit after *masing-masing*
# (only *sebesar/mencapai/sekitar* and a change verb between) as the list before it has
# entries count, in order, what the list's head counts for each entry: ``produksi cabai
# rawit``, ``Nilai impor Vietnam turun``, ``Kenaikan di Pelabuhan B, Lampung``
_RESPECTIVE = re.compile(r"(?<![\w-])masing-masing(?:[^\S\n]+(?!(?:sebesar|mencapai|sekitar|"
                         r"sebanyak)(?![\w-]))([a-z]+))?"
                         r"(?:[^\S\n]+(?:sebesar|mencapai|sekitar|sebanyak))*[^\S\n]*"
                         r"(?:(?:[A-Z]{0,3}\$|Rp\.?|USD|IDR)[^\S\n]*)?$")
_MONEY_SIGN = r"(?:(?:[A-Z]{0,3}\$|Rp\.?|USD|IDR)[^\S\n]*)?"  # "… dan US$ 17,5 juta"
_RESPECTIVE_FILLER = re.compile(r"(?:[^\S\n]*,|[^\S\n]+(?:dengan|yakni|yaitu|persentase|nilai|"
                                r"jumlah|angka|capaian|tercatat|adalah))*[^\S\n]*$")
_RESPECTIVE_JOIN = re.compile(r"[^\S\n]*(?:,[^\S\n]*(?:(?:dan|serta)[^\S\n]+)?|[^\S\n]+(?:dan|"
                              r"serta)[^\S\n]+)")
_RESPECTIVE_NEXT = re.compile(_RESPECTIVE_JOIN.pattern + _MONEY_SIGN)
_RESPECTIVE_PREPOSITION = re.compile(r"[^\S\n]+(di|ke|dari)[^\S\n]+(?=[A-Z])")
_RESPECTIVE_LEAD = frozenset("tercatat terjadi yang".split())


def _respective_entries(prefix: str, count: int) -> tuple[str, str, list[str]] | None:
    """(head, preposition, entries) of the list of ``count`` entries ``prefix`` ends with
    (see the note above), else None.

    >>> _respective_entries("Produksi cabai rawit, bawang merah, dan kentang", 3)
    ('Produksi', '', ['cabai rawit', 'bawang merah', 'kentang'])
    >>> _respective_entries("Kenaikan tercatat di Pelabuhan A, Banten dan Pelabuhan B", 2)
    ('Kenaikan', 'di', ['Pelabuhan A, Banten', 'Pelabuhan B'])
    """
    if count == 2:
        parts = re.split(r"[^\S\n]+(?:dan|serta)[^\S\n]+", prefix)
        if len(parts) < 2:
            return None
        first, rest = " dan ".join(parts[:-1]), [parts[-1]]
    else:
        parts = _RESPECTIVE_JOIN.split(prefix)
        if len(parts) < count or not re.search(r"(?:dan|serta)[^\S\n]+" + re.escape(
                parts[-1]) + "$", prefix):
            return None
        first, rest = ", ".join(parts[:len(parts) - count + 1]), parts[len(parts) - count + 1:]
    preposition = list(_RESPECTIVE_PREPOSITION.finditer(first))
    if preposition:  # "… tercatat di Bandara A, Sulut dan Bandara B": a list of places
        at = preposition[-1]
        head_text, entry, word = first[:at.start()], first[at.end():], at.group(1)
        head_text = head_text[head_text.rfind(",") + 1:]
    else:
        word, head_text = "", first[first.rfind(",") + 1:] if count == 2 else first
        words = head_text.split()
        names = 0
        while names < len(words) - 1 and words[len(words) - 1 - names][:1].isupper():
            names += 1
        size = names or max(len(e.split()) for e in rest)
        if not names and any(e[:1].isupper() for e in rest) or size >= len(words):
            return None
        head_text, entry = " ".join(words[:-size]), " ".join(words[-size:])
    head = head_text.split()
    while head and (head[0].lower() in _CONJUNCTIONS or head[0].lower() == "itu"):
        head.pop(0)
    while head and head[-1].lower() in _RESPECTIVE_LEAD:
        head.pop()
    entries = [" ".join(e.split()) for e in [entry, *rest]]
    if not head or len(head) > 6 or not all(entries) or any(
            len(e.split()) > 6 or re.search(r"\d", e) for e in entries):
        return None
    return " ".join(head), word, entries


def _masing_masing_items(body: str, floor: int, figures: list[dict]) -> None:
    """Give the figures after *masing-masing* what the list before it counts, entry by
    entry (in place; see the note above)."""
    for index, figure in enumerate(figures):
        since = max([floor] + [f["end"] for f in figures[:index]])
        respective = _RESPECTIVE.search(body, since, figure["_numeral"])
        if respective is None:
            continue
        run = [figure]
        for later in figures[index + 1:]:
            if later["unit"] != figure["unit"] or _RESPECTIVE_NEXT.fullmatch(
                    body, run[-1]["end"], later["_numeral"]) is None:
                break
            run.append(later)
        verb = respective.group(1) or ""
        if len(run) < 2 or verb and verb not in _cue_words("change"):
            continue
        prefix = body[since:respective.start()]
        prefix = prefix[:_RESPECTIVE_FILLER.search(prefix).start()]
        listed = _respective_entries(prefix, len(run))
        if listed is None:
            continue
        head, word, entries = listed
        for entry, counted in zip(entries, run, strict=True):
            item = f"{head} {word} {entry}" if word else f"{head} {entry}"
            counted["item"] = _with_change(" ".join(item.split()), verb, False)
            counted["_family_item"] = _family_words(counted["item"], counted["unit"])
        return


# --- a change told again over another span (round 25c, kind 2) ------------------------------
# *Ekspor kopi naik 12,5 persen secara bulanan dan turun 3,1 persen secara tahunan*, *… sebesar
# 15,29% secara bulanan (mtm) atau 35,60% secara tahunan*: a figure whose item names nothing,
# joined to the figure of its unit before it by *dan/atau/serta/sedangkan* after words that
# only say how or against what the change before it is taken (*secara bulanan*, a bracket,
# *dibanding(kan) [dengan] <a time>*), maybe with its own change verb, counts what that
# figure counts (its change verb swapped for its own)
_MANNER_GAP = (r"(?:[^\S\n]+secara[^\S\n]+[a-z][\w-]*|[^\S\n]*\([^()\n]{0,60}\)|"
               r"[^\S\n]+(?:jika[^\S\n]+|bila[^\S\n]+)?dibanding(?:kan)?(?:[^\S\n]+dengan)?"
               r"(?:[^\S\n]+(?:periode|bulan|tahun|kuartal|triwulan|semester|sebelumnya|lalu|yang|"
               r"sama|[A-Z][a-z]+|[IV]+|\d{4}))+)")
_ADVERBIAL_COORDINATED_GAP = re.compile(
    r"(?:" + _MANNER_GAP + r")+[^\S\n]*,?[^\S\n]*(?:dan|atau|serta|sedangkan)"
    r"(?:[^\S\n]+(?:secara[^\S\n]+[a-z][\w-]*))?(?:[^\S\n]+([a-z]+))?"
    r"(?:[^\S\n]+(?:sebesar|sekitar))?[^\S\n]+")


def _adverbial_coordinated_items(body: str, figures: list[dict]) -> None:
    """Give a figure whose item names nothing, joined to the figure of its unit before it
    past words of manner or comparison, what that figure counts (in place; see the note
    above)."""
    for index in range(1, len(figures)):
        figure, partner = figures[index], figures[index - 1]
        if figure["item"].strip() or not partner["item"].strip() or \
                figure["unit"] != partner["unit"] or partner["end"] > figure["_numeral"]:
            continue
        gap = _ADVERBIAL_COORDINATED_GAP.fullmatch(body, partner["end"], figure["_numeral"])
        if gap is None:
            continue
        verb = gap.group(1) or ""
        if verb and verb not in _cue_words("change"):
            continue  # "… dan mencapai", a verb of another kind: left alone
        words = partner["item"].split()
        if verb and words and words[-1].lower() in _cue_words("change"):
            words = words[:-1]  # "Ekspor kopi naik" … "dan turun": its own change
        item = _with_change(" ".join(words), verb, False) if words else ""
        if item:
            figure["item"] = item
            figure["_family_item"] = _family_words(item, figure["unit"])


# --- a share's item from the rate its clause names (round 21f, kind 2) ---------------------
# *tingkat pengangguran terbuka Provinsi X periode Agustus 2023 … sebesar 6,8 persen*: a share
# whose own words name nothing (nothing, a month, a place, *tertinggi*) counts the rate its
# clause names (a ``rate_head`` of claim_cues.csv and the words after it); a bare head right
# before it (*dengan persentase 7,5 persen*, *dengan angka 13,8 persen*) counts the rate a share
# before it in the sentence, else in the sentences before, counts
_RATE_WORDS = 3  # words kept after a rate's head
_BARE_RATE = frozenset("inflasi deflasi prevalensi".split())  # rates named by their head alone


def _rate_phrase(words: list[str]) -> str:
    """The rate ``words`` open with (its head and up to :data:`_RATE_WORDS` lower-case words
    after it, an acronym in brackets passed over), else ""."""
    kept = [words[0]]
    for word in words[1:]:
        lower = word.lower()
        if len(kept) > _RATE_WORDS or not word.islower() or lower in _ITEM_STOP or \
                lower in _NOT_NOUNS or lower in _cue_words("reach") or _time_word(lower) or \
                _verb_like(lower) and not lower.startswith("ter") or \
                lower in _CONJUNCTIONS or _SUPERLATIVE.fullmatch(lower):
            break  # "terbuka" of "tingkat pengangguran terbuka" is no new clause
        kept.append(word)
    if len(kept) == 1 and kept[0].lower() not in _BARE_RATE:
        return ""  # "angka", "tingkat" alone name no rate
    return " ".join(kept)


def _bad_share_item(item: str) -> bool:
    """Does a share's ``item`` name nothing it counts (empty, a month, a place, a superlative
    alone: *Februari*, *Kota Y*, *tertinggi*)?"""
    item = item.strip()
    return not item or _junk_item(item) or bool(_SUPERLATIVE.fullmatch(item))


def _rate_items(body: str, floor: int, figures: list[dict], earlier: str) -> None:
    """Give each share whose item names nothing the rate its clause names (in place; see the
    note above)."""
    heads = _cue_words("rate_head")
    for index, figure in enumerate(figures):
        adverb = re.search(r"(?<![\w-])secara[^\S\n]+" + re.escape(figure["item"].strip()) +
                           r"(?![\w-])", body[floor:figure["_numeral"]], re.I) if \
            re.fullmatch(r"[a-z]+", figure["item"].strip()) else None  # "secara nasional"
        if figure["unit"] != "percent" or not (adverb or _bad_share_item(figure["item"])):
            continue
        since = max([floor] + [f["end"] for f in figures[:index]])
        clause = re.sub(r"\([^()]*\)", " ", body[since:figure["_numeral"]])
        words = re.findall(r"[^\W\d_][\w-]*", clause)
        starts = [i for i, w in enumerate(words) if w.lower() in heads]
        # the first head of a run ("Laju inflasi tahunan"), the last run that names a rate
        starts = [i for i in starts if i - 1 not in starts]
        rate = next((r for r in (_rate_phrase(words[i:]) for i in reversed(starts)) if r), "")
        if not rate and starts and starts[-1] == len(words) - 1 and len(words) > 1 and \
                words[-2].lower() == "dengan":  # "… dengan persentase 7,52 persen"
            before = [f["item"] for f in figures[:index] if f["unit"] == "percent" and
                      not _bad_share_item(f["item"])]
            rate = before[-1] if before else (earlier if earlier and any(
                w.lower() in heads for w in earlier.split()[:1]) else "")
        if rate:
            figure["item"] = figure["_family_item"] = " ".join(rate.split())


def _finished_item(item: str, unit: str) -> str:
    """``item`` without the possessive of its head (:func:`_unowned`); a price's degree alone
    (``Paling mahal Rp 790.000``, claim_cues.csv ``price_degree``) is a price: ``harga paling
    mahal`` (round 20b)."""
    item = _unowned(item)
    words = set(item.lower().split())
    if unit in _price_units() and words & _cue_words("price_degree") and words <= {
            "paling", "yang"} | _cue_words("price_degree"):
        return f"harga {item.lower()}"
    return item


# the capitalised words (a place, a country) an item of a list opens with, right before its
# figure: after a comma, a list word (dan, disusul, lalu, seperti) or at the sentence's start
_LISTED_PLACE = re.compile(r"(?:^|[,;:]|(?<![\w-])(?i:dan|serta|disusul|lalu|kemudian|seperti|"
                           r"yakni|yaitu|sedangkan))[^\S\n]+((?:[A-Z][\w'’-]*[^\S\n]+){1,3})$")


def _place_opening(body: str, floor: int, figure: dict) -> str:
    """The place a sentence opens with right before its figure (``Provinsi Riau 58,2 persen
    …``), or an order word and a place (``… dan terakhir Aceh 31,5 persen``): a place of
    :func:`_place_item`; "" when none (round 20m)."""
    head = body[floor:figure["_numeral"]].strip()
    match = re.search(r"(?<![\w-])(?i:terakhir|berikutnya|selanjutnya)[^\S\n]+"
                      r"((?:[A-Z][\w'’-]*[^\S\n]+){0,2}[A-Z][\w'’-]*)$", head)
    words = match.group(1) if match else head
    return words if _place_item(words) else ""


_ORDER_WORDS = re.compile(r"(?i:terakhir|berikutnya|selanjutnya)[^\S\n]+")


# a share that restates the count right before it: "88,2 ribu kunjungan atau 9,40 persen",
# "… 1.200 orang, atau sekitar 4 persen" (round 20m)
_RESTATED = re.compile(r"[^\S\n]*,?[^\S\n]*atau(?:[^\S\n]+(?:sekitar|sebesar|setara|"
                       r"sama[^\S\n]+dengan|kurang[^\S\n]+lebih))?[^\S\n]*")


def _restated_shares(body: str, figures: list[dict]) -> None:
    """Give a percent with no item that restates the count right before it (``N kunjungan
    atau P persen``) the count's item: the share is of what the count counts (in place;
    round 20m)."""
    for before, figure in zip(figures, figures[1:], strict=False):
        if figure["unit"] == "percent" and not figure["item"].strip() and \
                before["unit"] != "percent" and before["item"].strip() and \
                _RESTATED.fullmatch(body[before["end"]:figure["_numeral"]]):
            figure["item"] = before["item"]
            figure["_family_item"] = before.get("_family_item", before["item"])


@lexicons.cached()
def _plan_nouns() -> dict[str, str]:
    """A verb of a plan or an estimate (claim_cues.csv ``plan``: *menargetkan*,
    *memproyeksikan*) → the noun its gloss opens with (*target*, *proyeksi*)."""
    table = lexicons.load("claim_cues")
    rows = table.loc[table["role"] == "plan"]
    return {c.lower(): g.split()[0] for c, g in zip(rows["cue"], rows["gloss"], strict=True)}


@lexicons.cached()
def _plan_verbs() -> tuple[dict[str, str], re.Pattern | None]:
    """:func:`_plan_nouns`, and a verb of theirs ending a text before its figure."""
    nouns = _plan_nouns()
    if not nouns:
        return nouns, None
    return nouns, re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(nouns))) +
                             r")((?:[^\S\n]+(?:sebesar|sebanyak|mencapai|sekitar|hingga|"
                             r"setidaknya|sedikitnya|lebih[^\S\n]+dari|kurang[^\S\n]+lebih))*)"
                             r"[^\S\n]+(?:Rp\.?[^\S\n]*|US\$[^\S\n]*|\$[^\S\n]*)?$", re.I)


def _planned_figures(body: str, floor: int, figures: list[dict]) -> None:
    """Give a figure with no item that a verb of a plan or an estimate takes as its object
    (``Pemkot menargetkan Rp 2,7 triliun``, ``memproyeksikan sekitar 4 persen``) the verb's
    noun: it counts a target, a projection (in place; round 20m)."""
    if all(figure["item"].strip() for figure in figures):
        return
    nouns, verbs = _plan_verbs()
    if not nouns:
        return
    for figure in figures:
        if figure["item"].strip():
            continue
        match = verbs.search(body, max(floor, figure["_numeral"] - 60), figure["_numeral"])
        if match:
            figure["item"] = figure["_family_item"] = nouns[match.group(1).lower()]


# an entry of a list that names only where it goes or comes from, right before its figure:
# "…, ke India US$ 1,02 miliar", "sedangkan dari Kamboja USD0,8 miliar" (round 21a, second part)
_NEXT_DESTINATION = re.compile(
    r"(?:^|[,;:]|(?<![\w-])(?i:dan|serta|disusul|diikuti|lalu|kemudian|sedangkan|sementara))"
    r"[^\S\n]+(ke|dari|asal)[^\S\n]+((?:[A-Z][\w'’-]*[^\S\n]+){0,2}"
    r"(?!(?:US|USD|Rp)(?![\w'’-]))[A-Z][\w'’-]*)"
    r"(?:[^\S\n]+(?:sebesar|senilai|mencapai|sebanyak))?[^\S\n]*(?:\(?:[^()\n]{1,20}\)[^\S\n]*)?"
    r"(?:US\$|USD|Rp\.?|\$)?[^\S\n]*$")
# the destination or origin an item ends with: "ekspor nonmigas ke Jepang"
_ITEM_DESTINATION = re.compile(r"(?<![\w-])(ke|dari|asal)[^\S\n]+(?:[A-Z][\w'’-]*[^\S\n]*){1,3}$")


def _next_destination(body: str, floor: int, figure: dict, before: list[str],
                      earlier: str) -> str:
    """The item of a list's entry that names only its destination or origin (``ekspor kopi
    ke Jerman sebesar …, ke Belanda US$ 205 juta``): the last item before it in the sentence
    (else the sentences before) that ends with a destination, with this entry's place; ""
    when the entry names none or no item ends so (round 21a, second part)."""
    match = _NEXT_DESTINATION.search(body, max(floor, figure["_numeral"] - 60),
                                     figure["_numeral"])
    if match is None or match.start(2) < floor or \
            match.group(2).lower() in figure["item"].lower():
        return ""  # the entry's item names its place already
    place = match.group(2)
    if any(_empty_word(w) or _time_word(w.lower()) or w.lower() in _ITEM_STOP
           for w in place.split()):
        return ""
    for item in [*reversed([i for i in before if i]), earlier]:
        flow = _ITEM_DESTINATION.search(item.strip())
        if flow and flow.group(1).lower() == match.group(1).lower():
            return f"{item.strip()[:flow.start()]}{flow.group(1)} {place}"
    return ""


def _listed_place(body: str, floor: int, figure: dict) -> str:
    """The place an item of a list names right before its figure (``Disusul Bogor 241
    orang, Depok 239 orang``, ``Malaysia 12,08 persen``): capitalised words of no cue, time
    or function word; "" when none (round 20b)."""
    match = _LISTED_PLACE.search(body, max(floor, figure["_numeral"] - 60), figure["_numeral"])
    if match is None or match.start(1) < floor:
        return ""
    words = match.group(1).split()
    if len(words) > 1 and " ".join(words).lower() in _place_lexicon()[0]:
        return " ".join(words)  # "Jawa Tengah", "Kalimantan Tengah": a place (round 20m)
    if any(_empty_word(w) or _time_word(w.lower()) or w.lower() in _qualifier_words() or
           w.lower() in _nya_words() or w.lower() in _units()[1] or _currency_sign(w) or
           w.lower() in _ITEM_STOP or w.lower() in _cue_words("counter") for w in words):
        return ""
    return " ".join(words)


# a verb of what befell people right before their count, past a hedge: "menewaskan
# sedikitnya 12 orang", "melukai 8 warga" (round 19b)
_BEFELL_BEFORE = re.compile(r"(?<![\w-])(me[a-z]+)((?:[^\S\n]+(?:sedikitnya|setidaknya|"
                            r"sekurangnya|sekitar|hampir|total|sebanyak|lebih[^\S\n]+dari|"
                            r"kurang[^\S\n]+lebih))*)[^\S\n]+$")


@lexicons.cached()
def _befell_words() -> dict[str, str]:
    """A verb of data/lexicons/item_families.csv (*menewaskan, melukai*) → the plain word of
    its family that names the people it befell (*tewas, terluka*)."""
    table = lexicons.load("item_families")
    plain = [(c, f) for c, f in zip(table["cue"], table["family"], strict=True)
             if "*" not in c and " " not in c]
    first = {}
    for cue, family in plain:
        if not cue.startswith("me"):
            first.setdefault(family, cue)
    return {cue: first[family] for cue, family in plain
            if cue.startswith("me") and family in first}


def _befell_before(body: str, floor: int, figure: dict, item: str) -> str:
    """``orang tewas`` for *menewaskan sedikitnya 59 orang*: a count of people whose own
    word is only a counter (*orang, jiwa*) or *warga*, right after a verb of what befell
    them; else ""."""
    if figure["unit"] != "person" or not item or item.lower() not in (
            _cue_words("counter") | {"warga"}):
        return ""
    verb = _BEFELL_BEFORE.search(body, max(floor, figure["_numeral"] - 60), figure["_numeral"])
    word = _befell_words().get(verb.group(1).lower()) if verb else None
    return f"{item} {word}" if word else ""


# "korban meninggal", "korban luka berat": the victims a sentence names (a word of
# data/lexicons/item_families.csv after *korban*)
@lexicons.cached()
def _victims() -> re.Pattern:
    cues = lexicons.load("item_families")["cue"]
    return re.compile(r"(?<![\w-])korban[^\S\n]+(?:" + lexicons.cue_pattern(cues).pattern +
                      r")(?:[^\S\n]+(?:dunia|berat|ringan))?", re.I)


def _victims_before(body: str, floor: int, figure: dict) -> str:
    """The victims the sentence before in its paragraph names (*korban meninggal akibat
    kecelakaan … turun 72 persen. Tahun ini tercatat 164 orang*), for a count of people whose
    own sentence names only a counter; else ""."""
    if figure["unit"] != "person" or figure["item"].lower() not in _cue_words("counter"):
        return ""
    if re.search(r"[^\W\d_]", body[floor:figure["_numeral"]]) and not all(
            _time_word(w.lower()) or _empty_word(w) or _is_numeral(w) or w.lower() in (
                _cue_words("reach")) for w in re.findall(r"[^\W\d_][\w-]*",
                                                       body[floor:figure["_numeral"]])):
        return ""  # the sentence names something of its own before the count
    start = body.rfind("\n", 0, floor) + 1
    found = list(_victims().finditer(body, start, floor))
    return " ".join(found[-1].group(0).split()).lower() if found else ""


# --- a sum's item: the purpose it goes to (round 22j, kind 1) --------------------------------
# *Sebesar Rp 2 triliun dialokasikan untuk bantuan biaya sekolah*, *Rinciannya, Rp5,2 triliun
# untuk irigasi, Rp3,1 triliun untuk bendungan baru*: a sum of money whose own words name
# nothing (nothing, a bare money head *dana*/*anggaran*: claim_cues.csv ``money_head``, or the
# purpose of the list entry before it) counts the purpose after it, the words after *untuk*,
# *bagi*, *guna* (a ``purpose_verb`` of claim_cues.csv may stand between: *dialokasikan*)
_PURPOSE_WORDS = 6  # words kept of a purpose
_PURPOSE_OPENING = re.compile(r"[^\S\n]+(?:([^\W\d_]+)[^\S\n]+)?(?:juga[^\S\n]+)?"
                              r"(?:untuk|bagi|guna)[^\S\n]+")
_PER_RECIPIENT = frozenset("setiap tiap per masing-masing seorang satu sebuah semua seluruh "
                           "itu ini tersebut mereka kami kita".split())


@lexicons.cached()
def _money_units() -> frozenset:
    """Units of money (units.csv kind ``currency``)."""
    table = lexicons.load("units")
    return frozenset(table.loc[table["kind"] == "currency", "unit"])


def _purpose_after(body: str, floor: int, figure: dict, item: str) -> str:
    """The purpose a sum of money goes to, read after it, when ``item`` (its own words)
    names nothing, only a bare money head, or the purpose of the list entry before it:
    ``Rp 120 miliar dialokasikan untuk perbaikan drainase`` → ``perbaikan drainase``; ``Dana
    sebesar Rp 70 miliar digunakan untuk renovasi gedung`` → ``Dana renovasi gedung``; a count
    right after *untuk* is passed over (*untuk 520 km pelebaran jalan*); "" for a sum per
    recipient or per period (*untuk setiap bulan*, *untuk tahun 2025*)."""
    if figure["unit"] not in _money_units():
        return ""
    words = item.split()
    head = words[0] if len(words) == 1 and words[0].lower() in _cue_words("money_head") else ""
    lent = bool(item) and re.search(r"(?:untuk|bagi|guna)[^\S\n]+" + re.escape(item) +
                                    r"[^\S\n]*,?[^\S\n]*(?:(?:dan|serta)[^\S\n]+)?$",
                                    body[floor:figure["start"]].rstrip())
    if item and not head and not lent and not _needs_item(item):
        return ""
    opening = _PURPOSE_OPENING.match(body, figure["end"])
    if opening is None or opening.group(1) and opening.group(1).lower() not in _cue_words(
            "purpose_verb"):
        return ""
    rest = body[opening.end():]
    count = re.match(r"\d[\d.,]*[^\S\n]+[^\W\d_]+[^\S\n]+", rest)
    if count and _unit_word(count.group(0).split()[1].lower()):
        rest = rest[count.end():]  # "untuk 520 km pelebaran jalan": the length is a figure
    kept = []
    for word in re.findall(r"[^\s,.;:()\"“”]+|[,.;:()\"“”]", rest)[:_PURPOSE_WORDS + 1]:
        lower = word.lower()
        if kept and (lower == "baru" or lower in ("dan", "serta") and kept[-1] not in (
                "dan", "serta")):
            kept.append(word)  # "untuk jalan baru": new, after a noun; "pembangunan dan
            continue  # perawatan jalan": one purpose (a sum after "dan" ends it below)
        if not re.match(r"[^\W\d_]", word) or lower in _ITEM_STOP or lower in _NOT_NOUNS or \
                lower in _CONJUNCTIONS or _time_word(lower) or lower in _PER_RECIPIENT or \
                _currency_sign(word) or lower in _cue_words("reach"):
            break
        kept.append(word)
    kept = kept[:_PURPOSE_WORDS]
    while kept and kept[-1].lower() in ("dan", "serta"):
        kept = kept[:-1]
    if not kept or all(_empty_word(w) for w in kept):
        return ""
    return " ".join([head, *kept]).strip()


# --- a price's item: the goods named after *harga* (round 18b, kind 2) -----------------------
_PRICE_WORD = re.compile(r"(?<![\w-])[Hh]arga(?![\w-])")
_PRICE_REACH = 160  # characters from *harga* to the figure
_PRICE_NOUN_REACH = 5  # words of the goods after *harga*
_PRICE_BETWEEN = frozenset(
    "lebih rendah tinggi tipis terpantau berada level rata-rata kini saat ini per pukul wib "
    "wita wit dan masing-masing menjadi jadi ke dari sempat rentang kisaran berangsur "
    "akan antara".split())  # "berkisar antara Rp 40.000 hingga …": a range (round 22j)


@lexicons.cached()
def _price_units() -> frozenset:
    """Units a price or its change is given in (money and shares: units.csv kinds
    ``currency`` and ``ratio``)."""
    table = lexicons.load("units")
    return frozenset(table.loc[table["kind"].isin(["currency", "ratio"]), "unit"])


_PRICED_FOR = re.compile(r"(?:[^\S\n]+per[^\S\n]+[^\W\d_]+)?[^\S\n]+untuk[^\S\n]+"
                         r"((?:[a-z][\w-]*)(?:[^\S\n]+[a-z][\w-]*){0,2})(?=[\s,.;)]|$)")


def _priced_for(body: str, figure: dict) -> str:
    """The goods a price per unit is set for when its words before name none: ``HET …
    berdasarkan Perbadan No.7/2023 sebesar Rp10.900 per kilogram untuk beras medium`` →
    ``beras medium`` (only when the item read before is empty, junk or a name)."""
    if figure["unit"] not in _price_units():
        return ""
    item = _trimmed_item(figure["item"])
    if item and not _needs_item(item) and not _junk_item(item) and not item[:1].isupper():
        return ""
    ahead = re.match(r"[^\S\n]*[-–][^\S\n]*(?:Rp[^\S\n]?)?[\d.,]+", body[figure["end"]:])
    found = _PRICED_FOR.match(body, figure["end"] + (ahead.end() if ahead else 0))
    if found is None or not re.search(r"\sper\s", body[figure["_numeral"]:found.start(1)]):
        return ""  # a price per unit only ("Rp 5 triliun untuk subsidi" is a purpose)
    words = [w for w in found.group(1).split() if not (
        w.lower() in _ITEM_STOP or w.lower() in _NOT_NOUNS or _verb_like(w.lower()))]
    goods = []
    for word in found.group(1).split():
        if word not in words:
            break
        goods.append(word)
    return " ".join(goods)


def _price_between(word: str) -> bool:
    """May ``word`` stand between a price's goods and its figure (a change, a linking or
    measure word, a qualifier, a comparison, a time, a unit: *naik*, *mencapai*, *hampir*,
    *lebih rendah*, *per 3 Desember pukul 09.13 WIB*, *Rp*, *kg*)?"""
    lower = word.lower()
    return lower in _PRICE_BETWEEN or lower in _cue_words("change") or \
        lower in _cue_words("reach") or lower in _cue_words("compared") or \
        lower in _cue_words("empty_item") or lower in _qualifier_words() or \
        _time_word(lower) or _unit_word(lower) or _currency_sign(word)


def _price_item(body: str, floor: int, figure: dict, figures: list[dict]) -> str:
    """The item of a price or of its change from the goods named after *harga* before it
    in its clause: ``harga cabai merah keriting naik Rp 2.000 per kg menjadi Rp 67.120 per
    kg`` → ``harga cabai merah keriting naik`` (the change) and ``harga cabai merah
    keriting`` (the price); ``Harga bawang merah naik 1,12% menjadi Rp29.740`` → ``harga
    bawang merah naik``. Only changes, linking words, qualifiers, times, units and the
    sentence's other figures may stand between (a comma, another verb or another *harga*
    ends it); "" when the clause names no goods after *harga*."""
    if figure["unit"] not in _price_units():
        return ""
    start = figure["_numeral"]
    offset = max(floor, start - _PRICE_REACH)
    clause = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), body[offset:start])
    cut = max([-1] + [m.start() for m in re.finditer(r"[;:\"“”\n]|,(?!\d)", clause)])
    words = list(re.finditer(r"harga|[^\W\d_][\w-]*|\d[\d.,]*%?|%|\S", clause[cut + 1:],
                             re.IGNORECASE))
    heads = [i for i, w in enumerate(words) if _PRICE_WORD.fullmatch(w.group(0))]
    if not heads:
        return ""
    head = heads[-1]
    goods = []
    for word in words[head + 1:head + 1 + _PRICE_NOUN_REACH]:
        text_, lower = word.group(0), word.group(0).lower()
        if not re.match(r"[^\W\d_]", text_) or _price_between(word.group(0)) and \
                lower != "rata-rata" or lower in _ITEM_STOP or lower in _NOT_NOUNS or \
                text_.islower() and _verb_like(lower) or lower in _reporting_verbs():
            break
        goods.append(text_)
    if not goods or all(_empty_word(w) for w in goods):
        return ""
    change, counted, rest = "", False, words[head + 1 + len(goods):]
    for place, word in enumerate(rest):
        text_, lower = word.group(0), word.group(0).lower()
        if place and rest[place - 1].group(0).lower() == "per" and text_.islower():
            continue  # "harga domba per ekor berkisar …": the measure priced (round 22j)
        if re.match(r"\d", text_) or text_ == "%":
            counted = counted or bool(change)  # "naik Rp 2.000 menjadi": another figure's
            continue
        if _unit_word(lower) or _currency_sign(text_):
            continue
        if text_[:1].isupper() and lower not in _reporting_verbs():
            continue  # a name or a month on the way (a date, a place)
        if not _price_between(text_):
            return ""
        if lower in _cue_words("change"):
            change, counted = text_, False
        elif lower in ("menjadi", "jadi", "ke", "dari"):
            change = ""  # "naik Rp 2.000 menjadi Rp 67.120": the price itself
    if counted:
        change = ""  # a figure between the change verb and this one: this is no change
    item = "harga " + " ".join(goods)
    return f"{item} {change.lower()}" if change else item


# a noun of change says what befell the counted (*penurunan*, *kenaikan*): no junk
_CHANGE_NOUN = re.compile(r"(?:pe|ke)[a-z]+an")


def _junk_item(item: str) -> bool:
    """Does ``item`` name no thing at all: an adverb, an adjective, a number word, a time or
    a place (*justru*, *tipis*, *tiga*, *tahun*, *Kota Sukamaju*)?"""
    words = re.findall(r"[^\W\d_][\w-]*", item)
    return bool(words) and (_place_item(item) or all(
        (_empty_word(w) and not _CHANGE_NOUN.fullmatch(w.lower())) or _time_word(w.lower())
        or _is_numeral(w) for w in words))


def _empty_found(found: str) -> bool:
    """Is an item read off elsewhere only a number word, an empty word or a time (*tiga*,
    *jumlah*, *Maret*)? A verb of what befell the counted (*dipulangkan*) is an item."""
    words = re.findall(r"[^\W\d_][\w-]*", found)
    return bool(words) and all(_is_numeral(w) or w.lower() in _cue_words("empty_item") or
                               _time_word(w.lower()) for w in words)


def _degree_found(found: str) -> bool:
    """Does an item read off elsewhere say only how big the count is, up to the list it
    opens (claim_cues.csv ``degree``: *cukup tinggi*, *tinggi teratas*, *lebih kecil meliputi
    Sikka*)? The figure's own counter names it better (round 21a, second part)."""
    words = []
    for word in re.findall(r"[^\W\d_][\w-]*", found):
        if word[:1].isupper() and words or _verb_form(word.lower()):
            break  # "… meliputi Sikka": the list the degree opens
        words.append(word.lower())
    degree = _cue_words("degree")
    return bool(words) and any(w in degree for w in words) and all(
        w in degree or w == "yang" for w in words)


def _own_counter(body: str, figure: dict) -> str:
    """The counter among a figure's own words after its numeral (*kasus* of *9.880 kasus*,
    *KK*), else ""."""
    own = re.findall(r"[^\W\d_][\w-]*", body[figure["_numeral"]:figure["end"]])
    counters = _cue_words("counter") | _cue_words("household_counter")
    kept = [w for w in own if w.lower() in counters or (_units()[1].get(w.lower()) or {}).get(
        "unit") == figure["unit"] and _units()[1][w.lower()].get("kind") in ("count",
                                                                          "classifier")]
    return kept[-1] if kept else ""


# the subject of an English sentence: its words up to a preposition, a verb or a comma
_ENGLISH_SUBJECT = re.compile(r"(?:[A-Z][\w.]*(?:,?[^\S\n]+[A-Z][\w.]*)*[^\S\n]*(?::|--|—|–)"
                              r"[^\S\n]+)?(?:(?:The|the|A|An)[^\S\n]+)?"
                              # an owner ("South Korea's exports", "the Philippines'
                              # remittances", "the country's shipments"): kept with the
                              # subject (round 22e)
                              r"((?:[A-Z][\w.-]*[^\S\n]+){0,3}[A-Za-z][\w.-]*(?:['’]s|(?<=s)['’])[^\S\n]+)?"
                              r"((?:number|total)[^\S\n]+"
                              r"of[^\S\n]+)?([A-Za-z][a-z-]*(?:[^\S\n]+[a-z][a-z-]*){0,2})(?![\w])")
_ENGLISH_SUBJECT_STOP = frozenset(
    "from in of after on at for to by with triggered caused has have had was were is are "
    "now".split())


_SHARE_OF_EN = re.compile(r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+|all[^\S\n]+)?([a-z][a-z-]*"
                          r"(?:[^\S\n]+[a-z][a-z-]*){0,2})")
_SHARE_VERBS_EN = frozenset("won received secured got took garnered had".split())


_COMPARED_WITH_EN = re.compile(r"(?<![\w-])(?:compared\s+(?:with|to)|than|versus|from|after|"
                               r"against)"
                               r"\s+(?:the\s+|a\s+)?(?:(?:about|around|some|nearly)\s+)?"
                               # a currency's sign before the digits ("compared with $14.9
                               # billion": round 22e)
                               r"(?:(?:US|S|HK|A|NT)?\$|€|£|¥|₩|Rp\.?\s?|RM\s?)?$",
                               re.I)


# "… are red chili (0.06 percent), shallots (0.04 percent) and …" (round 19c): the words
# that open a list or a predicate stop the bracketed figure's noun phrase
_BRACKET_STOP_EN = frozenset(
    "and or are is were was include includes included including such as like namely "
    "were with of by the a an".split())
_CONTRIBUTE_EN = frozenset("contributing contributed contributes contribute".split())


def _bracketed_en(body: str, floor: int, figure: dict) -> str:
    """``shallots (0.04 percent)``, ``air transportation fares (0.05 percent)``: an English
    figure standing alone in brackets right after a noun phrase of lower-case words counts
    that phrase (up to three words back to a comma, a list's *and* or a verb like *are*,
    *include*); "" when its own item names something or no such bracket holds it."""
    if figure["item"].strip():
        return ""
    opened = re.search(r"((?:[a-z][\w'’-]*[^\S\n]+){0,2}[a-z][\w'’-]*)[^\S\n]*\([^\S\n]*$",
                       body[max(floor, figure["_numeral"] - 80):figure["_numeral"]])
    # (the figure's span may close on the bracket itself)
    if opened is None or not (body[figure["_numeral"]:figure["end"]].rstrip().endswith(")")
                              or re.match(r"[^\S\n]*\)", body[figure["end"]:])):
        return ""
    words = []
    for word in reversed(opened.group(1).split()):
        if word in _BRACKET_STOP_EN or _verb_like(word):
            break
        words.insert(0, word)
    return " ".join(words)


def _contribution_en(body: str, figure: dict, sentence_end: int) -> str:
    """``contributing 0.12 percent to the May 2024 inflation`` → ``contribution to
    inflation``; ``Fuel contributed 0.2% to overall deflation`` → ``Fuel contribution to
    overall deflation``: a share contributed is a contribution to what follows *to* (time
    words left out), after the contributor the figure's item named before the verb (round
    19c); "" for any other figure."""
    words = figure["item"].split()
    if figure.get("unit") != "percent" or not words or words[-1].lower() not in _CONTRIBUTE_EN:
        return ""
    to = re.match(r"[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?([^,.;:()\n]*)", body[
        figure["end"]:sentence_end])
    if to is None:
        return ""
    kept = []
    for word in to.group(1).split():
        lower = word.lower()
        if _time_word(lower) or re.fullmatch(r"\d[\d.,/-]*", word):
            continue
        if lower in _ENGLISH_SUBJECT_STOP or lower in _BRACKET_STOP_EN or len(kept) == 3 or \
                lower in ("last", "this", "next", "previous", "year", "month", "week"):
            break
        kept.append(word)
    if not kept:
        return ""
    return " ".join([*words[:-1], "contribution", "to", *kept])


def _level_set_at_en(body: str, floor: int, figure: dict) -> str:
    """``set the deficit ceiling for 2025 at 2.8 percent`` → ``deficit ceiling``: an English
    figure with no item of its own, right after *at*, that a level noun (claim_cues.csv
    ``level_en``: *target, ceiling, rate …*) after *the/its/their* is set at, up to three
    words before the noun and a *for/of/in* phrase after it (round 19c); "" otherwise."""
    if figure["item"].strip():
        return ""
    nouns = _cue_words("level_en")
    if not nouns:
        return ""
    # (a modifier may be an owner or an acronym: "the country's GDP growth forecast",
    # round 22e)
    level = re.search(r"(?<![\w-])(?:the|its|their|his|her)[^\S\n]+((?:[a-z][\w-]*(?:['’]s)?"
                      r"[^\S\n]+|[A-Z]{2,6}[^\S\n]+){0,3}(?:" + "|".join(sorted(nouns))
                      + r"))(?:[^\S\n]+(?:for|of|in)"
                      r"[^\S\n]+[^,;.()\n]{1,40}?)?[^\S\n]+at[^\S\n]+(?:(?:about|around|"
                      r"some|nearly)[^\S\n]+)?$",
                      body[max(floor, figure["_numeral"] - 140):figure["_numeral"]])
    if level is None:
        return ""
    words = level.group(1).split()
    while len(words) > 1 and (_verb_like(words[0]) or words[0] in _BRACKET_STOP_EN):
        words.pop(0)
    return " ".join(words)


def _english_share(body: str, figure: dict, sentence_end: int) -> str:
    """*won with 41% of votes*, *received 55 percent of the vote*: a share's item is what it
    is a share of, when its own item names nothing (empty, or the verb before it) (round
    18c)."""
    if figure.get("unit") != "percent":
        return ""
    item = figure["item"].lower().split()
    if item and item[-1] not in _SHARE_VERBS_EN | _cue_words("rise_en"):
        return ""
    share = _SHARE_OF_EN.match(body, figure["end"], sentence_end)
    if share is None:
        return ""
    words = []
    for word in share.group(1).split():
        if word in _ENGLISH_SUBJECT_STOP or word in ("and", "or", "but", "than"):
            break
        words.append(word)
    return " ".join(words)


@lexicons.cached()
def _speech_verbs_en() -> str:
    """The English verbs of saying and showing (attribution_verbs.csv, language ``en``, one
    word) as one alternation (round 22e)."""
    table = lexicons.load("attribution_verbs")
    verbs = {v.lower() for v in table.loc[table["language"] == "en", "verb"]
             if re.fullmatch(r"[a-z]+", v.lower())}
    return "|".join(sorted(verbs, key=lambda v: (-len(v), v)))


def _english_subject(body: str, floor: int, figure: dict) -> str:
    """The subject an English count rose to (*The death toll from floods … has risen to at
    least 44 people* → ``death toll``; *The number of dead … reached 29* → ``number of
    dead``), when the figure's own item names nothing (a verb, a place and a verb, a bare
    counter); "" otherwise."""
    item = figure["item"].lower().split()
    verbs = _cue_words("rise_en")
    if item and not (item[-1] in verbs or item in (["people"], ["persons"])):
        return ""
    before = body[floor:figure["_numeral"]]
    # ("shot up 250 percent", "skyrocketed by 13 percent", "saw a 1.2 percent increase":
    # round 18c)
    rise = re.search(r"(?i)(?<![\w-])(" + "|".join(sorted(verbs)) + r")(?:[^\S\n]+(?:up|down))?"
                     r"(?:[^\S\n]+(?:to|at|by))?(?:[^\S\n]+(?:a|an))?"
                     r"(?:[^\S\n]+(?:at[^\S\n]+least|more[^\S\n]+than|nearly|about|"
                     r"over|some|almost|around|roughly|close[^\S\n]+to))?[^\S\n]*"  # (22e)
                     # a currency's sign before the digits ("stood at US$15.3 billion")
                     r"(?:(?:US|S|HK|A|NT)?\$|€|£|¥|₩|Rp\.?|RM)?[^\S\n]*$", before)
    if rise is None:
        return ""
    # the subject opens after "that" or a verb of saying ("X said exports rose 4 percent",
    # "data showed shipments fell": round 22e)
    that = list(re.finditer(r"(?<![\w-])(?:that|" + _speech_verbs_en() + r")[^\S\n]+",
                            before[:rise.start()]))
    start = that[-1].end() if that else 0
    # the subject opens the last stretch of two words or more after a comma ("As expected
    # from the hike, the administered prices component skyrocketed by"; "Monthly inflation,
    # meanwhile, saw a": round 18c)
    pieces = [m for m in re.finditer(r"[^,]+", before[start:rise.start()])
              if len(re.findall(r"[A-Za-z]+", m.group(0))) >= 2]
    if before[start:rise.start()].rsplit(",", 1)[-1].strip().lower() in ("which", "who"):
        return ""  # "October 2015, which saw a 6.25 percent increase": no subject here
    if pieces and pieces[-1].start() > 0:
        start += pieces[-1].start() + len(pieces[-1].group(0)) - len(pieces[-1].group(0).lstrip())
    while start < rise.start() and before[start] in "\"“‘'([":  # a quote opens (round 23b)
        start += 1
    subject = _ENGLISH_SUBJECT.match(body, floor + start)
    if subject is None:
        return ""
    words = []
    for word in subject.group(3).split():
        if word.lower() in _ENGLISH_SUBJECT_STOP or word.lower() in verbs:
            break
        if words or word.lower() not in ("while", "whereas"):  # ", while flour was …"
            words.append(word)
    if not words or subject.start(3) > floor + rise.start():
        return ""
    return " ".join(((subject.group(1) or "").split()) + ((subject.group(2) or "").split())
                    + words)


# --- the subject of an English change told in the future (round 25c, kind 1) ---------------
# *Rice output is estimated to increase 4.2% to 129.66 million tonnes*, *Pulses, another key
# commodity, is projected to go up 8%*, *Exports will fall 6 percent*: the item a figure reads
# is the verb (a base form, claim_cues.csv ``rise_base_en``, after *to* or a modal), not what
# changes; the subject before the modal chain is (an apposition right before the chain passed
# over), and a later figure of the sentence whose item is the same verb counts it too
_MODAL_CHANGE_EN = re.compile(
    r"(?i)(?:(?:(?:is|are|was|were|has[^\S\n]+been|have[^\S\n]+been|had[^\S\n]+been)"
    r"[^\S\n]+)?(?:(?:also|now|still)[^\S\n]+)?(?:expected|projected|estimated|forecast|"
    r"forecasted|predicted|anticipated|likely|set|seen|poised|tipped|due|tipped)[^\S\n]+to|"
    r"(?:will|would|could|may|might|should|can)(?:[^\S\n]+(?:also|likely|further))?)"
    r"[^\S\n]+(?:[a-z]+ly[^\S\n]+)?$")
_MODAL_BE_EN = re.compile(r"(?<![\w-])be(?:[^\S\n]+(?:about|around|nearly|some|roughly|"
                          r"at))?[^\S\n]*(?:(?:US|S|HK|A|NT)?\$|€|£|¥|₩|Rp\.?|RM)?[^\S\n]*$")
_MODAL_SUBJECT_SKIP_EN = frozenset("however meanwhile also though too alone still".split())


def _modal_change_subject_en(body: str, floor: int, figure: dict, before: list[dict]) -> str:
    """The subject of an English change told with a modal whose figure's item is only the
    verb (see the note above), else ""."""
    words = figure["item"].lower().split()
    while words and words[0] in ("likely", "also", "further"):  # "will likely decline"
        words.pop(0)
    if not words and before and before[-1].get("_modal_verb") and re.fullmatch(
            r"[^\S\n]+(?:to|from|against)[^\S\n]+(?:(?:an?|the)[^\S\n]+[a-z]+[^\S\n]+of"
            r"[^\S\n]+)?", body[before[-1]["end"]:figure["_numeral"]]):
        return before[-1]["item"]  # "… go down 2 percent to 410 million tonnes"
    bases = _cue_words("rise_base_en")
    if not words:  # "Total output is estimated to be 314.5 million tonnes"
        verb = _MODAL_BE_EN.search(body, max(floor, figure["_numeral"] - 40),
                                   figure["_numeral"])
        if verb is None:
            return ""
    elif words[0] not in bases or any(
            w not in ("up", "down") and not w.endswith("ly") for w in words[1:]):
        return ""
    else:
        for partner in reversed(before):  # a later figure of the same change
            if partner.get("_modal_verb") == figure["item"]:
                return partner["item"]
        verbs = list(re.compile(r"(?i)(?<![\w-])" + re.escape(words[0]) +
                                r"(?![\w-])").finditer(body, max(floor, figure["_numeral"] -
                                                                 120), figure["_numeral"]))
        if not verbs:
            return ""
        verb = verbs[-1]
    chain = _MODAL_CHANGE_EN.search(body, floor, verb.start())
    if chain is None or chain.end() != verb.start():
        return ""
    stretch = body[floor:chain.start()]
    that = list(re.finditer(r"(?<![\w-])(?:that|" + _speech_verbs_en() + r")[^\S\n]+",
                            stretch))
    stretch = stretch[that[-1].end():] if that else stretch
    pieces = stretch.split(",")
    if len(pieces) >= 3 and not pieces[-1].strip():  # "Pulses, another key commodity, is"
        pieces = pieces[:-2]
    subject = []
    for word in re.findall(r"[A-Za-z][\w'’.-]*", pieces[-1]):
        if word.lower() in _MODAL_SUBJECT_SKIP_EN:
            continue
        if word.lower() in ("and", "but", "while", "as", "so"):
            subject = []  # "… and rice output is expected to": the last clause's subject
            continue
        if not subject and word.lower() in ("the", "a", "an"):
            continue
        if word.lower() == "of" and [w.lower() for w in subject] in (
                ["number"], ["total"], ["amount"], ["volume"], ["value"]):
            subject.append(word)  # "the number of troops": what the number is of
            continue
        if word.lower() in _ENGLISH_SUBJECT_STOP:
            if subject:  # "The drug trade in the country": the head before its phrase
                break
            continue
        if len(subject) >= 2 and word.islower() and word.endswith(("ed", "ing")):
            break  # "troops stationed inside Russia": the head before its participle
        subject.append(word)
    if not subject or len(subject) > 6 or subject[-1].lower() in _PRONOUNS_EN:
        return ""
    figure["_modal_verb"] = figure["item"]
    return " ".join(subject)


# --- an English change noun after a share (round 23b, kind 1) -------------------------------
# *It recorded a 1.6 percent increase*, *recording a 27.1 percent year-on-year increase*, *led
# by a 3.3% drop in breakfast cereal prices*: a share whose own words name nothing (a pronoun,
# a verb, *approximate*) counts the change noun right after it (claim_cues.csv
# ``change_noun_en``, with up to two ``change_modifier_en`` words before it) and what an *in*
# or *of* phrase after it names
_PRONOUNS_EN = frozenset("it this that they these those which he she we".split())
_HEDGES_EN = frozenset("a an the approximate approximately estimated about around nearly "
                       "some roughly almost".split())
_CHANGE_OF_STOP = frozenset("from to compared than and or but while since after as at by "
                            "for with on over during last this the a an".split())
_CHANGE_PHRASE_STOP = frozenset("from to in at by for with on was were is are has have had "
                                "compared than".split())


def _names_nothing_en(body: str, figure: dict) -> bool:
    """Do the words of an English share's ``item`` after the last verb of saying name
    nothing it counts: empty, or only pronouns, verbs (*recorded*, *recording*), hedges
    (*approximate*) and articles?"""
    if figure.get("unit") not in ("percent", "percentage_point"):
        return False
    words = figure["item"].split()
    speech = set(_speech_verbs_en().split("|")) | {"that"}
    for index in range(len(words) - 1, -1, -1):
        if words[index].lower() in speech:
            words = words[index + 1:]
            break
    return all(w.lower() in _PRONOUNS_EN | _HEDGES_EN | _cue_words("rise_en") or
               w.islower() and w.endswith(("ed", "ing")) for w in words)


# *Food inflation was recorded at 4.2 percent, last month it was 3.9 percent*: a share right
# after *it was* / *it is* / *it stood at* counts what the share before it in the sentence counts
_IT_WAS_EN = re.compile(r"(?i)(?<![\w-])it[^\S\n]+(?:was|is|had[^\S\n]+been|stood[^\S\n]+at)"
                        r"(?:[^\S\n]+(?:at|about|around|nearly))?[^\S\n]*$")


def _it_was_en(body: str, floor: int, figure: dict, partner: dict | None) -> str:
    """The item of ``partner``, the figure before ``figure`` in its sentence, when *it was*
    stands right before ``figure`` (see the note above; round 23b), else ""."""
    if partner is None or _IT_WAS_EN.search(body, max(floor, figure["_numeral"] - 30),
                                             figure["_numeral"]) is None:
        return ""
    return partner["item"] if partner["unit"] == figure["unit"] and not _names_nothing_en(
        body, partner) else ""


def _change_after_en(body: str, figure: dict, sentence_end: int) -> str:
    """The change noun right after an English share and the words of an *in*/*of* phrase
    after it (``year-on-year increase``, ``drop in breakfast cereal prices``), else "" (see
    the note above)."""
    nouns, modifiers = _cue_words("change_noun_en"), _cue_words("change_modifier_en")
    if not nouns:
        return ""
    words = re.findall(r"[^\W\d_][\w-]*|\S", body[figure["end"]:sentence_end])
    kept, position = [], 0
    while position < len(words) and len(kept) < 2 and words[position].lower() in modifiers:
        kept.append(words[position])
        position += 1
    if position >= len(words) or words[position].lower() not in nouns:
        return ""
    kept.append(words[position])
    position += 1
    if position < len(words) and words[position].lower() in ("in", "of"):
        phrase = []
        for word in words[position + 1:position + 6]:
            lower = word.lower()
            if not re.fullmatch(r"[^\W\d_][\w-]*", word) or _time_word(lower) or \
                    lower in _CHANGE_OF_STOP and phrase or lower in _CHANGE_PHRASE_STOP:
                break
            if lower not in ("the", "a", "an"):
                phrase.append(word)
        while phrase and phrase[-1].lower() in ("of", "and", "or"):
            phrase.pop()  # "in the third quarter of last year": the time is left out
        if phrase:
            kept += [words[position], *phrase]
    return " ".join(kept)


def _family_words(item: str, unit: str) -> str:
    """The words of a resolved item its family is read from: a verb of what befell the
    counted first (*kuota solar tersalurkan*: distributed), a classifier left out when
    another family word follows (*kasus kematian*: dead)."""
    words = item.split()
    if len(words) > 1 and (_PASSIVE.fullmatch(words[-1].lower()) or words[-1].lower(
            ).startswith("ter")) and figure_family(unit, words[-1]):
        return " ".join([words[-1], *words[:-1]])
    rest = [w for w in words if w.lower() not in _cue_words("counter")]
    if len(rest) < len(words) and rest and figure_family(unit, " ".join(rest)):
        return " ".join(rest)
    return item


def _others_after(body: str, figure: dict, item: str) -> str:
    """``hampir 170 lainnya terluka``: the others are those of the verb after them (an item
    already read as what befell them, ``terluka``, is kept)."""
    numeral_end = figure["_numeral"] + len(body[figure["_numeral"]:figure["end"]].split(
        None, 1)[0])
    if item and item.lower() not in ("lainnya", "lain"):
        others = _OTHERS.match(body, numeral_end) or _AMONG.match(body, numeral_end)
        return item if others and body[others.end():].lstrip().startswith(item) else ""
    match = re.match(r"[^\S\n]+(?:orang[^\S\n]+)?(?:lainnya|lain)[^\S\n]+([a-z]+)"
                     r"(?:[^\S\n]+(?!dan\b|di\b|ke\b|pada\b)([a-z][\w-]*))?",
                     body[figure["_numeral"]:][len(body[figure["_numeral"]:figure["end"]].split(
                         None, 1)[0]):])
    if match is None or not _verb_like(match.group(1)):
        return ""
    return " ".join(["lainnya", *(g for g in match.groups() if g)])


def _names_a_place_before(body: str, floor: int, figure: dict, item: str) -> bool:
    """Is an item read before the figure a place or an address (its words, but for time
    and change words, capitalised after *di* or a comma: *di Kelurahan X ada 30 orang*,
    *…, Kalimantan Timur hari ini bertambah menjadi 43 jiwa*)?"""
    words = [w for w in item.split() if not _time_word(w.lower()) and w.lower() not in
             _ANAPHOR and w.lower() not in _cue_words("change")]
    if not words or not all(w[:1].isupper() for w in words) or figure["start"] >= \
            figure["_numeral"]:
        return False
    before = body[max(floor, figure["start"] - 4):figure["start"]]
    if re.search(r"(?<![\w-])di[^\S\n]*$", before, re.I):
        return True
    # "…, Kalimantan Timur hari ini bertambah": an address's end, not a list's label
    # ("Jawa Barat 17 kasus, Banten 5 kasus")
    return len(words) < len(item.split()) and before.rstrip().endswith(",")


def _following_item(body: str, index: int, figures: list[dict], items: list[str]) -> str:
    """``dari 449 menjadi 358 korban jiwa``: a quantity before *menjadi*, *hingga* takes the
    item of the figure after it."""
    if index + 1 >= len(figures):
        return ""
    gap = body[figures[index]["end"]:min(figures[index + 1]["start"],
                                         figures[index + 1]["_numeral"])]
    following = items[index + 1]
    if re.fullmatch(r"[^\S\n]*(?:menjadi|jadi|hingga|sampai|ke)[^\S\n]+", gap) and \
            following and not _needs_item(following):
        return following
    return ""
# (a time counted in order says when too: "bulan kedua", "pekan ke-3"; round 20b)
_TIME_PHRASE = re.compile(
    r"(?<![\w-])(?:(?:pada|di|untuk|hingga|sampai|selama|sepanjang)\s+)?(?:tahun|bulan|pekan|"
    r"minggu|"
    r"periode|hari)(?:\s+(?:\d{4}|ini|lalu|depan|kemarin|pertama|ke-?\d{1,2}|ke(?:dua|tiga|"
    r"empat|lima|enam|tujuh|delapan|sembilan|sepuluh))(?![\w-]))+(?:\s+(?:lalu|ini|"
    r"mendatang)(?![\w-]))?", re.IGNORECASE)
_LAST_DIGIT = re.compile(r"\d(?=\D*$)")


def _closes_a_unit(body: str, start: int, end: int) -> bool:
    """Whether the word at ``body[start:end]`` ends a unit of several words written right
    after a numeral (``rose 0.3 percentage point to 5.9 per cent``, ``0.5%-point``): that
    figure's unit, not the next figure's item (round 22n).

    >>> text = "Jobless rate rose 0.3 percentage point to 5.9 per cent"
    >>> _closes_a_unit(text, text.index("point"), text.index("point") + 5)
    True
    >>> _closes_a_unit(text, text.index("rate"), text.index("rate") + 4)
    False
    """
    digit = _LAST_DIGIT.search(body, max(0, start - 24), start)
    if digit is None:
        return False
    pattern, _, symbols, _ = _units()
    after = digit.end() + len(body[digit.end():start]) - len(body[digit.end():start].lstrip())
    unit = symbols.match(body, digit.end()) or pattern.match(body, after)
    return unit is not None and unit.start() < start and unit.end() == end


_COUNTED_BEFORE = re.compile(r"(?:\d|ribu|juta|miliar|triliun|ratus|puluh|belas)(?:an)?\s+$",
                             re.IGNORECASE)
_PASSIVE = re.compile(r"di[a-z]{3,}")


def _opens_sentence(body: str, floor: int, position: int) -> bool:
    """Does the word at ``position`` open its sentence (or quote, or line)?"""
    before = body[floor:position].rstrip()
    return not before or before[-1] in ".!?\"“”'‘’\n-–—("


def _state_verb(word: str) -> bool:
    """A verb form that says what happened to the counted (``meninggal``, ``terluka``,
    ``mengungsi``), not one that acts on another (``mengatakan``, ``mengirim``)."""
    from .mentions import _verb_forms

    return word not in _verb_forms() and not (word.startswith("me") and word.endswith(
        ("kan", "i")))


@lexicons.cached()
def _cue_words(role: str) -> frozenset:
    table = lexicons.load("claim_cues")
    return frozenset(table.loc[table["role"] == role, "cue"].str.lower())


@lexicons.cached()
def _qualifier_words() -> tuple[str, ...]:
    return tuple(w for cue in lexicons.load("qualifiers")["cue"] for w in cue.lower().split())


def _state_listed_before_its_noun(body: str, number: NumberSpan, figures: list[dict]):
    """The figure of a state (``31 rusak berat``) whose counted noun no word before names,
    from a later item of its list that names it (``…, 45 rusak sedang dan 80 rumah rusak
    ringan``: houses), in the same sentence within 160 characters; else None."""
    state = _units()[0].match(body, number.end + 1)
    for figure in sorted(figures, key=lambda f: f["_numeral"]):
        between = body[number.end:figure["_numeral"]]
        if figure["_numeral"] < number.start:
            continue
        if len(between) > 160 or re.search(r"[.!?;:\n]", between):
            return None
        item_states = [m for m in _units()[0].finditer(body, figure["_numeral"], figure["end"] + 20)
                       if _cue_row(m)["kind"] == "state"]
        if item_states and state is not None:
            qualifier, expr_start = _qualifier(body, number)
            return _figure(number, figure["unit"], "yes" if figure["transfer"] else "no",
                           state.group(0), expr_start, state.end(), None, qualifier)
    return None


@lexicons.cached()
def _state_before_re() -> re.Pattern:
    """A state (``rusak sedang``, units.csv kind ``state``) or a fate of people
    (``luka-luka``, ``mengungsi``: claim_cues.csv role ``fate_before``) written right before
    a bare count, closing the text it is matched against."""
    table = lexicons.load("units")
    states = table.loc[table["kind"] == "state", "cue"].str.lower().tolist()
    fates = sorted(_cue_words("fate_before"))
    words = "|".join(sorted(map(re.escape, {*states, *fates}), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({words})[^\S\n]+(?:(?:sebanyak|mencapai|berjumlah)"
                      r"[^\S\n]+)?$", re.IGNORECASE)


_BREAKDOWN = re.compile(r"(?<![\w-])(?:rincian(?:nya)?|dirinci|terdiri(?:[^\S\n]+(?:dari|atas))?|"
                        r"meliputi|masing-masing)(?![\w-])", re.IGNORECASE)


def _state_after_a_breakdown(body: str, number: NumberSpan, floor: int):
    """The figure of a state (``291 rusak berat``) in a sentence that opens a breakdown
    (``Dengan rincian …``, ``Rinciannya …``, ``terdiri dari …``) of a count the sentence
    before names (``… 2.760 unit rumah rusak. Dengan rincian 291 rusak berat``): that
    count's noun, found as :func:`_counted_before` finds it; else None (round 22f2)."""
    if not _BREAKDOWN.search(body, floor, number.start):
        return None
    counted = _counted_before(body, number.start)
    state = _units()[0].match(body, _SPACE.match(body, number.end).end()) \
        if _SPACE.match(body, number.end) else None
    if counted is None or state is None or counted["unit"] in _price_units():
        return None
    qualifier, expr_start = _qualifier(body, number)
    return _figure(number, counted["unit"], counted["transfer"], state.group(0), expr_start,
                   state.end(), None, qualifier)


def _count_after_its_state(body: str, number: NumberSpan, figures: list[dict], floor: int):
    """The figure of a bare count written after its state (``rusak sedang 1.101``,
    ``luka-luka 149``, ``mengungsi 108.313``): a fate of people counts people; a state
    counts the noun of the count before it in the sentence (``rusak berat 1.990 unit``:
    the houses), else the noun the text named last (:func:`_counted_before`); a year, a
    date or a time is no count; else None (round 22f2)."""
    if re.fullmatch(r"(?:19|20)\d\d", number.text) or re.match(r"[/:.]\d|[^\S\n]*%",
                                                                   body[number.end:]):
        return None
    state = _state_before_re().search(body, max(floor, number.start - 40), number.start)
    if state is None:
        return None
    words = state.group(1)
    if words.lower() in _cue_words("fate_before"):
        unit, transfer = "person", False
    else:
        earlier = [f for f in figures if f["_numeral"] < state.start()
                   and f["unit"] not in _price_units() and f["unit"] != "percent"]
        if earlier and not re.search(r"[.!?;:\n]", body[earlier[-1]["_numeral"]:number.start]):
            unit, transfer = earlier[-1]["unit"], earlier[-1]["transfer"]
        else:
            counted = _counted_before(body, state.start())
            if counted is None or counted["unit"] in _price_units():
                return None
            unit, transfer = counted["unit"], counted["transfer"] == "yes"
    qualifier, expr_start = _qualifier(body, number)
    return _figure(number, unit, "yes" if transfer else "no", words, min(expr_start, state.start()),
                   number.end, None, qualifier)


def _state_partner(body: str, number: NumberSpan, earlier: list[dict]):
    """(figure, words, their end) of the earlier count of its sentence a state (``293 rusak
    ringan``) continues as a list: the nearest count before it, within 160 characters and no
    sentence or clause mark, that a state follows too (``18 rumah warga rusak berat dan 293
    rusak ringan``, ``774 rumah rusak berat, 1.332 rusak sedang``): the state counts its noun
    (houses, not the residents named between). The words: that noun and the state (round
    20b); else None."""
    space = _SPACE.match(body, number.end)
    state = _units()[0].match(body, space.end()) if space else None
    if state is None or _cue_row(state)["kind"] != "state" or not earlier:
        return None
    partner = earlier[-1]
    between = body[partner["_numeral"]:number.start]
    if len(between) > 160 or re.search(r"[!?;:\n]|\.(?!\d)", between) or \
            not partner["unit"] or partner["unit"] in _price_units():  # money, shares
        return None
    cues = list(_units()[0].finditer(body, partner["_numeral"], number.start))
    if not any(_cue_row(m)["kind"] == "state" for m in cues):
        return None
    nouns = [m.group(0) for m in cues if _cue_row(m)["kind"] == "count"
             and _cue_row(m)["unit"] == partner["unit"]]
    head = partner["item"].split()[:1]  # "…, 1.045 rusak sedang, dan 2.310 rusak ringan":
    if not nouns and head and _units()[1].get(head[0].lower(), {}).get(  # the noun the
            "unit") == partner["unit"]:  # list's item before carries on
        nouns = head
    return partner, " ".join([*nouns[:1], state.group(0)]).lower(), state.end()


# an English "N others" with no noun after it (round 26c2)
_OTHERS_EN = re.compile(r"[^\S\n]+others(?![\w-])", re.IGNORECASE)
# what befell them: up to four words after a form of "be", to a clause's first small word
_OTHERS_BEFELL_EN = re.compile(
    r"(?:[^\S\n]+(?:were|was|are|is|have[^\S\n]+been|had[^\S\n]+been|has[^\S\n]+been)"
    r"(?![\w-]))?((?:[^\S\n]+(?!(?:in|on|at|by|near|after|and|or|but|while|when|as|the|a|"
    r"said|says)(?![\w-]))[A-Za-z][\w-]*){0,4})", re.IGNORECASE)


def _english_others_partner(body: str, number: NumberSpan, earlier: list[dict], floor: int):
    """The figure of an English ``N others`` that counts the noun of the count before it in
    its sentence (``razed 30 homes while 12 others were partly damaged``, ``flattened 8
    houses and damaged three others``): that count's unit, what befell them the item; the
    count within 160 characters, no sentence or clause mark between, no money or share;
    else None (people: ``2,700 others injured`` is read before, as a casualty; round 26c2)."""
    others = _OTHERS_EN.match(body, number.end)
    if others is None or not earlier or not _english(body, floor, number.end):
        return None
    partner = earlier[-1]
    between = body[partner["_numeral"]:number.start]
    if len(between) > 160 or re.search(r"[!?;:\n]|\.(?!\d)", between) or \
            not partner["unit"] or partner["unit"] in _price_units():
        return None
    befell = _OTHERS_BEFELL_EN.match(body, others.end())  # "were partly damaged"
    words = " ".join([*partner["item"].split()[:1], "others", *befell.group(1).split()])
    qualifier, expr_start = _qualifier(body, number)
    return _figure(number, partner["unit"], "yes" if partner["transfer"] else "no", words,
                   expr_start, befell.end(), None, qualifier)


def _bare_figure(body: str, number: NumberSpan, figures: list[dict], floor: int,
                 state: bool = False):
    """The figure a numeral with no noun after it makes, from its sentence (see
    :func:`_figures`), else None. A range's high end loses its own row."""
    if re.fullmatch(r"0\d{6,}", number.text.replace(".", "")):
        return None  # a telephone number
    ordered = sorted(figures, key=lambda f: f["_numeral"])
    earlier = [f for f in ordered if f["_numeral"] < number.start and f["unit"] != "percent"]
    later = [f for f in ordered if f["_numeral"] > number.start]
    qualifier, expr_start = _qualifier(body, number)
    head = body[max(floor, number.start - 40):number.start]
    # the words before the hedge: "mencapai lebih dari satu juta" links like "mencapai 40"
    hedged = body[max(floor, expr_start - 40):expr_start]
    partnered = _english_others_partner(body, number, earlier, floor)
    if partnered is not None:  # "30 homes … 12 others were partly damaged": homes
        return partnered
    others = _OTHERS.match(body, number.end) or _AMONG.match(body, number.end)
    if others:  # the item: what befell them ("300 lainnya terluka")
        befell = re.split(r"\s(?:dan|serta|atau|and|or)\s",
                          body[others.end():_item_end(body, others.end())[0]])[0].rstrip()
        phrase_end = others.end() + len(befell)
    if others and earlier:  # "417 orang tewas dan 300 lainnya"
        partner = earlier[-1]
        among = _AMONG.match(body, number.end) is not None  # "… di antaranya": of them
        return _figure(number, partner["unit"], "yes" if partner["transfer"] else "no",
                       befell or (partner["item"] if among else ""), expr_start, phrase_end,
                       None, qualifier)
    if others:  # "… mengirim pasukan. Sekitar 600 di antaranya tewas": the noun named before
        counted = _counted_before(body, number.start)
        if counted is not None:
            return _figure(number, counted["unit"], counted["transfer"], befell, expr_start,
                           phrase_end, None, qualifier)
    rate = _RATE_AFTER.match(body, number.end)
    if rate and not _RANGE_BEFORE.search(head):  # "… artillery shells. Some 3 million a year
        counted = _counted_before(body, number.start)  # cross the border": the noun named
        if counted is not None:  # before, in an earlier sentence too (as "600 di antaranya")
            return _figure(number, counted["unit"], counted["transfer"], "", expr_start,
                           number.end, None, qualifier)
    english = _english(body, floor, number.end)
    gap = _RANGE_GAP.match(body, number.end)
    if gap is None and _BETWEEN.search(head):
        gap = _AND_GAP.match(body, number.end)
    if gap is None and english and not _COMPARED_EN.search(head):
        gap = _RANGE_TO.match(body, number.end)  # "10,900 to 12,000 troops" (not "from … to")
    if gap and later and later[0]["_numeral"] == gap.end() and (
            gap.group(0).strip() or _BETWEEN.search(head)) and not number.vague:
        # "100 hingga 400 juta kasus", "antara tiga hingga 15 kali lipat": one range
        high = later[0]
        scale = high["value"] / _numeral_value(body, high["_numeral"], english)
        low = float(number.value) * (scale if scale > 1 and (
            not _has_scale(number) or _bare_word_numeral(number) and
            float(number.value) < _numeral_value(body, high["_numeral"], english)) else 1)
        figures.remove(high)
        return {**high, "value": low, "value_high": high["value"], "qualifier": "range",
                "start": expr_start, "_numeral": number.start}
    listed = _state_partner(body, number, earlier) if state else None
    if listed is not None:  # "18 rumah warga rusak berat dan 293 rusak ringan": houses
        partner, words, end = listed
        return _figure(number, partner["unit"], "yes" if partner["transfer"] else "no",
                       words, expr_start, end, None, qualifier)
    if (_COMPARED.search(head) or english and _COMPARED_EN.search(head)) and \
            expr_start == number.start:  # not "lebih dari 40"
        partner = earlier[-1] if earlier else next(
            (f for f in later if re.search(r"\b(?:menjadi|ke|to)\s+\S*$",
                                           body[number.end:f["start"]])), None)
        if partner is not None and partner["unit"] != "percent":
            return _figure(number, partner["unit"], "yes" if partner["transfer"] else "no",
                           "", expr_start, number.end, None, qualifier)
        if not english:
            return None
        state = True  # "increased from 43 to 46": the counted noun named before
    if english and earlier and _WITH_BEFORE_EN.search(head) and _WITH_BEFORE_EN.search(
            body, max(floor, earlier[-1]["_numeral"] - 12), earlier[-1]["_numeral"]) and \
            not body[number.end:number.end + 2][:1].isalnum():
        # "Bandung with 25 deaths, Jepara with 21 deaths and Subang with 18": the list's
        # counted noun left out of its last item (round 18c)
        partner = earlier[-1]
        return _figure(number, partner["unit"], "yes" if partner["transfer"] else "no",
                       partner["item"], expr_start, number.end, None, qualifier)
    of_whom = english and earlier and (_OF_WHOM_BEFORE_EN.search(hedged) or (
        re.search(r"(?<![\w-])and[^\S\n]+$", hedged) and _OF_WHOM_BEFORE_EN.search(
            body, max(floor, earlier[-1]["start"] - 20), earlier[-1]["start"]) and
        _PLACE_AFTER_EN.match(body, number.end)))
    if of_whom:  # "the 31 missing, of whom 20 are in X and 11 in Y": part of the figure
        partner = earlier[-1]  # before, counting the same (round 19c)
        return _figure(number, partner["unit"], "yes" if partner["transfer"] else "no",
                       partner["item"], expr_start, number.end, None, qualifier)
    shared = _SHARED_NOUN_EN.match(body, number.end) if english and later else None
    if shared and later[0]["_numeral"] == shared.end() and later[0]["unit"] != "percent" and \
            not number.vague:
        # "Northfield and Eastwood with 41 and 23 deaths": one noun for both (round 19c)
        partner = later[0]
        return _figure(number, partner["unit"], "yes" if partner["transfer"] else "no",
                       partner["item"], expr_start, number.end, None, qualifier)
    linked = _LINK_BEFORE.search(head) or _LINK_BEFORE.search(hedged) or english and (
        _LINK_BEFORE_EN.search(head) or _LINK_BEFORE_EN.search(hedged))
    labelled = _LABEL_BEFORE.search(hedged)  # "kontainer: 6.700", "artillery shells — 6
    if labelled:  # million": a list's label names the counted noun right before the figure
        colon = max(floor, expr_start - 40) + labelled.start()
        label = [m for m in _units()[0].finditer(body, max(floor, colon - 40), colon)
                 if re.fullmatch(r"(?:[^\S\n]+[a-z][\w-]*){0,2}", body[m.end():colon])
                 and _cue_row(m)["kind"] in ("count", "measure")]  # ("peluru mortir: …")
        if label:
            row = _cue_row(label[-1])
            return _figure(number, row["unit"], row["transfer"],
                           body[label[-1].start():colon].strip(), label[-1].start(), number.end,
                           None, qualifier)
    elided = _elided_partner(body, number, earlier, head)
    if elided is not None:  # "240 rumah di Kecamatan A dan 95 di Kecamatan B" (round 20i)
        return _figure(number, elided["unit"], "yes" if elided["transfer"] else "no",
                       elided["item"], expr_start, number.end, None, qualifier)
    bracketed = _bracketed_place_count(body, number, floor, english)
    if bracketed is not None:  # "meninggal di Makkah (313)", "Garut Regency (27), …"
        return bracketed
    level = _index_level(body, number, floor, expr_start, qualifier)
    if level is not None:  # "IKK Mei sebesar 121,5", "IHSG ditutup ke posisi 7.012,45"
        return level
    if not state and not linked and not head.rstrip().endswith(",") and not (
            len(earlier) > 1 and _LIST_TAIL.fullmatch(body, earlier[-1]["end"], number.start)
            and earlier[-1]["end"] == _numeral_end(body, earlier[-1])
            and _LIST_COMMA.fullmatch(body, _numeral_end(body, earlier[-2]),
                                      earlier[-1]["_numeral"])):
        return None  # (round 26c: "48, 32 and 30": a list's last count goes on with it)
    after = body[number.end:number.end + 2]
    if after[:1].isalnum() or after.startswith((".", ",")) and after[1:2].isdigit():
        return None
    pattern = _units()[0]
    cues = [m for m in pattern.finditer(body, max(floor, expr_start - 160), expr_start)
            if _cue_row(m)["kind"] in ("count", "measure", "classifier")
            and _cue_row(m).get("family") not in ("length", "sex")  # only right after its
            # numeral ("kekerasan terhadap perempuan mencapai 900": cases, not women)
            and not _names_a_place(body, m) and not (  # "Confederation of Workers' Unions"
                english and m.group(0)[:1].isupper() and not _opens_sentence(body, floor,
                                                                              m.start()))]
    if not cues and english:  # "asylum applications have topped 70,000": a plural no
        window = body[max(floor, expr_start - 160):expr_start]
        plural = [m for m in re.finditer(r"(?<![\w-])[a-z][a-z-]*[a-rt-z]s(?![\w-])", window)
                  if m.group(0) not in _NOT_NOUNS  # lexicon knows is the unit; a verb right
                  and not re.fullmatch(r"\s+(?:at|to|by)\s+", window[m.end():])]  # before
        befell = list(_cues()["casualty_before"].finditer(window))  # its link is none
        if plural and befell and befell[-1].start() > plural[-1].end():
            plural = []  # "estimates put the number injured at 475": who, not the estimates
        if not plural and befell:  # ("now stands at 23"); "the number of Afghans killed …
            who = re.search(r"[^\W\d_][\w-]*\s+$", window[:befell[-1].start()])  # has risen
            item = (who.group(0) if who else "") + befell[-1].group(0)  # to 79": people
            return _figure(number, "person", "yes", item, expr_start, number.end, None,
                           qualifier)
        if plural:
            word = plural[-1].group(0)
            return _figure(number, _english_lemma(word), "no", "", expr_start, number.end, None,
                           qualifier)
    if not cues:
        partner = earlier[-1] if earlier and _RESULT_BEFORE.search(head) else None
        if partner is None or partner["unit"] in _money_and_shares():
            return None  # "74.436 kelas rusak, turun menjadi 69.029": the same noun (round 20i)
        return _figure(number, partner["unit"], "yes" if partner["transfer"] else "no",
                       partner["item"], expr_start, number.end, None, qualifier)
    cue = cues[-1]
    row = _cue_row(cue)
    if row["kind"] == "classifier":
        row, words = _refined(body, floor, cue.start(), row)
        row = row if words else {**row, "kind": "count"}
    # the counted noun named just before is part of the figure's words ("kematian sebanyak
    # 275"); one further back only gives the unit
    near = expr_start - cue.start() <= 40 and not state
    return _figure(number, row["unit"], row["transfer"], cue.group(0) if near else "",
                   cue.start() if near else expr_start, number.end, None, qualifier)


# the join before a bare list's last count (round 26c): "48, 32 and 30", "140, 86 dan 31"
_LIST_TAIL = re.compile(r"[^\S\n]*,?[^\S\n]+(?:and|dan|serta)[^\S\n]+", re.IGNORECASE)
_LIST_COMMA = re.compile(r"[^\S\n]*,[^\S\n]*")


def _numeral_end(body: str, figure: dict) -> int:
    """Where a figure's numeral ends (its digits, a decimal or thousands mark inside).

    >>> _numeral_end("tercatat 140, 86 dan 31", {"_numeral": 14})
    16
    """
    digits = re.match(r"\d(?:[\d.,]*\d)?", body[figure["_numeral"]:])
    return figure["_numeral"] + (digits.end() if digits else 0)


# round 23c: an index's level — a bare numeral with decimals (*121,5*, *7.012,45*, *51.3*) or
# one right after a linking word (*sebesar, menjadi, ke, level, posisi, at, to*) in a sentence
# that names an index before it (claim_cues.csv ``index_name``) — is the index in points
_INDEX_DECIMALS = re.compile(r"\d,\d{1,2}|\d\.\d{1,2}$")
_INDEX_LINK = re.compile(r"(?<![\w-])(?:sebesar|menjadi|ke|level|posisi|mencapai|tercatat|"
                         r"di|pada|at|to|of)[^\S\n]+$", re.IGNORECASE)
_INDEX_WINDOW = 160


def _index_level(body: str, number: NumberSpan, floor: int, expr_start: int,
                 qualifier: str) -> dict | None:
    """The figure a bare numeral makes as the level of an index its sentence names before it
    (see :data:`_INDEX_DECIMALS`), else None: unit ``point``, the index's name its item.

    >>> from newsframe.lang.numerals import find_numbers
    >>> text = "Indeks Keyakinan Konsumen Mei 2024 tercatat sebesar 121,5."
    >>> n = [n for n in find_numbers(text) if n.value == 121.5][0]
    >>> f = _index_level(text, n, 0, n.start, "exact")
    >>> f["value"], f["unit"], f["item"]
    (121.5, 'point', 'Indeks')
    >>> text = "Sebanyak 12 kota dalam Indeks itu naik, 4 lainnya turun."
    >>> n = [n for n in find_numbers(text) if n.value == 4][0]
    >>> _index_level(text, n, 0, n.start, "exact") is None
    True
    """
    if number.vague or number.value_high or body[number.end:number.end + 1].isalnum():
        return None
    named = _index_named(body, max(floor, expr_start - _INDEX_WINDOW), expr_start)
    linked = _INDEX_LINK.search(body, max(floor, expr_start - 20), expr_start)
    if named is None and linked and _INDEX_DECIMALS.search(number.text):
        # "IKK Mei tercatat 121,5. Itu lebih rendah dari April yang sebesar 124,0": the index
        # named in the sentence before, in the same paragraph, with decimals and a link word
        paragraph = body.rfind("\n", 0, expr_start) + 1
        named = _index_named(body, max(paragraph, expr_start - _INDEX_WINDOW), floor)
    if named is None:
        return None
    if not _INDEX_DECIMALS.search(number.text) and not _INDEX_LINK.search(
            body, max(named.end(), expr_start - 20), expr_start):
        return None
    return _figure(number, "point", "no", named.group(0), expr_start, number.end, None,
                   qualifier)


# round 24b2: an index's two levels written as bare numerals, joined by *hingga*, *sampai*,
# *s.d.* or a dash (a range: *support di 6.740 hingga 6.663*, *bergerak di kisaran 6.702
# hingga 6.954*) or by *dan* (two levels: *resistance di level 7.020 dan 7.040*); the second
# numeral has no link word of its own, so :func:`_index_level` alone leaves it out
_INDEX_PAIR_GAP = re.compile(r"[^\S\n]*(?:[-–]|(?<![\w-])(?:hingga|sampai|s\.d\.?|dan)"
                             r"(?![\w-]))[^\S\n]*", re.IGNORECASE)
_INDEX_RANGE_OPEN = re.compile(r"(?<![\w-])(?:kisaran|rentang|antara)[^\S\n]+$", re.IGNORECASE)


def _index_level_pair(body: str, number: NumberSpan, bare_at: dict, floor: int,
                      low: dict | None) -> list[dict] | None:
    """The two figures an index's levels make when a bare numeral (``number``, its figure
    ``low`` from :func:`_index_level` if any) runs on to a second bare one (``bare_at``: the
    bare numerals by where they start) by a range word or *dan*, in a sentence that names the
    index before them, else None. A range's ends are both of kind ``range``; the high end
    keeps its own row, as in :func:`_amount_ranges`.

    >>> from newsframe.lang.numerals import find_numbers
    >>> text = "IHSG diperkirakan bergerak di kisaran 7.100 hingga 7.250 besok."
    >>> numbers = find_numbers(text)
    >>> pair = _index_level_pair(text, numbers[0], {n.start: n for n in numbers}, 0, None)
    >>> [(f["value"], f["qualifier"], f["unit"]) for f in pair]
    [(7100.0, 'range', 'point'), (7250.0, 'range', 'point')]
    >>> text = "IHSG ditutup di 7.100 hingga 250 saham naik."
    >>> numbers = find_numbers(text)
    >>> _index_level_pair(text, numbers[0], {n.start: n for n in numbers}, 0, None) is None
    True
    """
    gap = _INDEX_PAIR_GAP.match(body, number.end)
    high = bare_at.get(gap.end()) if gap and gap.group(0).strip() else None
    if high is None or number.vague or high.vague or number.value_high or high.value_high or \
            body[high.end:high.end + 1].isalnum() or not 0.5 < high.value / (
                number.value or 1) < 2:
        return None
    if low is None or low["unit"] != "point":
        qualifier, expr_start = _qualifier(body, number)
        band = _cues()["index_band"].search(body, max(floor, expr_start - 40), expr_start)
        named = _index_named(body, max(floor, expr_start - _INDEX_WINDOW), expr_start)
        if named is None and band:  # "IHSG … support di 6.740. Sementara resistance berada
            paragraph = body.rfind("\n", 0, expr_start) + 1  # di 6.911 hingga 7.005"
            named = _index_named(body, max(paragraph, expr_start - 2 * _INDEX_WINDOW),
                                 expr_start)
        opened = _INDEX_RANGE_OPEN.search(body, max(floor, number.start - 20), number.start) \
            or band and _INDEX_LINK.search(body, max(floor, expr_start - 20), expr_start)
        if named is None or not opened:
            return None
        low = _figure(number, "point", "no", named.group(0), expr_start, number.end, None,
                      qualifier)
    ranged = gap.group(0).strip().lower() != "dan" or _BETWEEN.search(
        body, max(floor, number.start - 12), number.start) is not None
    end = _figure(high, "point", "no", low["item"], high.start, high.end, None,
                  "range" if ranged else "exact")
    if ranged:
        low["qualifier"] = "range"
        low["value_high"] = end["value"] if end["value"] > low["value"] else None
    return [low, end]


# round 21i: a count in brackets right after a place — a list's row of places and their
# counts (*Cirebon Regency (31), Garut Regency (27)*) or the place where most of a count
# before it befell (*sebagian besar meninggal di Makkah (313)*)
_BRACKET_PLACE = re.compile(r"((?:[A-Z][\w'-]*[^\S\n]+){0,3}[A-Z][\w'-]*)[^\S\n]*\($")
_BRACKET_PREPOSITION = re.compile(r"([^\W\d_][\w-]*)[^\S\n]+(di|in|at)[^\S\n]+$")
_BRACKETED_COUNT = re.compile(r"[A-Za-z][^\S\n]*\([^\S\n]*(\d[\d.,]*)[^\S\n]*\)")
_RESIDENT_BEFORE = re.compile(r"(?<![\w-])(?:warga|asal|penduduk|resident[^\S\n]+of|"
                             r"native[^\S\n]+of)[^\S\n]+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def _bracketed_place_count(body: str, number: NumberSpan, floor: int, english: bool):
    """The figure a numeral alone in brackets after a place makes (see
    :func:`_bare_figure`), else None. The place is a division's name (*Kabupaten Garut*,
    *Garut Regency*: place_words.csv divisions, claim_cues.csv ``division_tail``) in a
    sentence that lists two or more such brackets, or a name after *di*/*in* whose word
    before is what befell the counted (*meninggal*, *wafat*) or a counted noun. The unit is
    the last counted noun of units.csv before the bracket in its sentence, else the first
    after it (*… Depok City (1,252) lead the country in dengue cases*). Never an age after a
    person's name (*Rina (45)*): a name is no place."""
    opening = body.rfind("(", max(floor, number.start - 3), number.start)
    if number.vague or opening < 0 or body[opening + 1:number.start].strip() or \
            not body[number.end:number.end + 3].lstrip().startswith(")"):
        return None
    place = _BRACKET_PLACE.search(body, max(floor, opening - 60), opening + 1)
    if place is None:
        return None
    words = place.group(1).split()
    if _RESIDENT_BEFORE.search(body, max(floor, place.start(1) - 12), place.start(1)):
        return None  # "Budi, warga Kota Bogor (50)": a resident's age
    names, heads = _place_lexicon()
    division = words[0].lower() in heads or len(words) > 1 and \
        words[-1].lower() in _cue_words("division_tail")
    preposition = _BRACKET_PREPOSITION.search(body, max(floor, place.start(1) - 40),
                                              place.start(1))
    ending = _SENTENCE_END.search(body, body.find(")", number.end))
    sentence_end = ending.start() if ending else len(body)
    listed = sum(1 for m in _BRACKETED_COUNT.finditer(body, floor, sentence_end)
                 if m.start(1) != number.start) > 0
    befell = preposition is not None and (
        _fate_word(preposition.group(1).lower()) or
        preposition.group(1).lower() in _units()[1])
    if not (division and listed or befell):
        return None
    pattern = _units()[0]
    counted = [m for m in pattern.finditer(body, floor, place.start(1))
               if _cue_row(m)["kind"] in ("count", "classifier") and not
               m.group(0)[:1].isupper()]
    if not counted:
        closing = body.find(")", number.end) + 1
        counted = [m for m in pattern.finditer(body, closing, sentence_end)
                   if _cue_row(m)["kind"] in ("count", "classifier") and not
                   m.group(0)[:1].isupper()][:1]
    if not counted:
        return None
    cue = counted[-1]
    row = _cue_row(cue)
    where = preposition.group(2) if preposition else ("in" if english else "di")
    qualifier, expr_start = _qualifier(body, number)
    return _figure(number, row["unit"], row["transfer"],
                   f"{cue.group(0)} {where} {place.group(1)}", expr_start,
                   body.find(")", number.end) + 1, None, qualifier)


# a rate right after a numeral with no noun ("3 juta per tahun", "150.000 setiap bulan",
# "3 million a year", "annually"), not a time ago ("setahun lalu", "a year ago")
_RATE_AFTER = re.compile(
    r"[^\S\n]+(?:(?:a|per|each|every)[^\S\n]+(?:year|month|week|day)|annually|yearly|monthly|"
    r"weekly|daily|(?:per|setiap|tiap)[^\S\n]+(?:tahun|bulan|minggu|pekan|hari)|setahun|"
    r"sebulan|seminggu|sepekan|sehari)(?![\w-])(?![^\S\n]+(?:ago|lalu|terakhir|earlier|"
    r"sebelumnya|yang[^\S\n]+lalu)(?![\w-]))", re.IGNORECASE)
# the high end of a range ("2 hingga 3 juta per tahun"): the range rule reads it
_RANGE_BEFORE = re.compile(r"(?:\bhingga|\bsampai|\bto|[-–])\s*$", re.IGNORECASE)


# round 20i: a count left out of a list's later item ("… dan 95 di Kecamatan B") or of a
# change's result ("… turun menjadi 69.029")
_ELIDED_BEFORE = re.compile(r"(?:\b(?:dan|serta)|,)[^\S\n]*$")
_PLACE_AFTER = re.compile(r"[^\S\n]+di[^\S\n]+(?:[A-Z][\w-]*|[a-z]+[^\S\n]+[A-Z][\w-]*)")
_RESULT_BEFORE = re.compile(r"\b(?:menjadi|jadi)[^\S\n]*$", re.IGNORECASE)


@lexicons.cached()
def _money_and_shares() -> frozenset:
    """Units of money and shares (units.csv kinds ``currency``, ``ratio``): a bare numeral
    never takes them from a figure before it."""
    table = lexicons.load("units")
    return frozenset(table[table["kind"].isin(["currency", "ratio"])]["unit"]) | {"percent"}


# round 20n: "Rp80.000 - Rp92.000", "Rp 40 ribu hingga Rp 57 ribu": an amount range whose
# two ends both carry the currency sign; the words between the low end's numeral and the
# high end's sign (a scale word, then a dash, hingga, sampai or s.d.)
_AMOUNT_RANGE_JOIN = re.compile(r"[\d.,]*\d(?:[^\S\n]*(?:ribu|rb|juta|jt|miliar|triliun)"
                                r"(?![\w-]))?[^\S\n]*(?:[-–]|\bhingga\b|\bsampai\b|"
                                r"\bs\.d\.?)[^\S\n]*$", re.IGNORECASE)


# a range written twice (round 24e, kind 4): each end with its own sign, currency word,
# percent or measure — "Rp 120.000 per kilogram hingga Rp 135.000 per kilogram", "12 ribu
# rupiah sampai 18 ribu rupiah", "4,5 persen hingga 7,5 persen", "Rp 8.000 sampai dengan
# Rp 10.000": the low end's numeral, its scale, its currency word or percent, its measure
# (*per kg*), a dash, *hingga*, *sampai (dengan)* or *s.d.*, then the high end's sign if any
_RANGE_WRITTEN_TWICE = re.compile(
    r"[\d.,]*\d(?:[^\S\n]*(?:ribu|rb|juta|jt|miliar|triliun)(?![\w-]))?"
    r"(?:[^\S\n]*(?:rupiah|persen|%)(?![\w-]))?(?:[^\S\n]+per[^\S\n]+[^\W\d_]+)?"
    r"[^\S\n]*(?:[-–]|\bhingga\b|\bsampai(?:[^\S\n]+dengan)?\b|\bs\.d\.?)[^\S\n]*"
    r"(?:(?:Rp|US\$|\$)\.?[^\S\n]?)?$", re.IGNORECASE)


# "naik dari Rp3.000 hingga Rp5.000": a change from one amount to another, no range
_CHANGE_FROM = re.compile(r"\b(?:naik|turun|meningkat|menurun|melonjak|anjlok|bertambah|"
                          r"berkurang)[^\S\n]+dari[^\S\n]+(?:Rp\.?|US\$|\$|USD|EUR|€)?"
                          r"[^\S\n]?$", re.IGNORECASE)


@lexicons.cached()
def _currency_signs() -> re.Pattern:
    """The currency cues written before an amount (units.csv kind ``currency``, position
    ``before`` or ``both``), as a pattern that ends right before the amount."""
    table = lexicons.load("units")
    cues = table[(table["kind"] == "currency") & table["position"].isin(["before", "both"])]
    words = "|".join(sorted(map(re.escape, cues["cue"]), key=len, reverse=True))
    return re.compile(rf"(?<![\w$])(?:{words})\.?[^\S\n]?$")


def _amount_ranges(body: str, figures: list[dict]) -> list[dict]:
    """Two amounts of one currency, each with its sign, joined as a range (``Rp 40 ribu
    hingga Rp 57 ribu per kg``): the low end becomes a figure of kind ``range`` with the
    high end as ``value_high``, not an exact price; the high end keeps its own row, as the
    pool's labels of waves 18-19 count it (round 20n)."""
    ordered = sorted(figures, key=lambda f: f["_numeral"])
    for low, high in zip(ordered, ordered[1:], strict=False):
        if low not in figures or low["unit"] != high["unit"] or low["unit"] not in \
                _money_and_shares() or low["value_high"] or high["value_high"] or \
                not low["value"] < high["value"] or low["unit"] == "percent" and not \
                _RANGE_WRITTEN_TWICE.fullmatch(body, low["_numeral"], high["_numeral"]):
            continue
        between = body[low["_numeral"]:high["_numeral"]]
        sign = _currency_signs().search(between)
        if _CHANGE_FROM.search(body, max(0, low["_numeral"] - 40), low["_numeral"]):
            continue
        if not _RANGE_WRITTEN_TWICE.fullmatch(between) and (
                sign is None and not _one_sign_range(body, low["_numeral"], between) or
                sign is not None and not _AMOUNT_RANGE_JOIN.fullmatch(between[:sign.start()])):
            continue
        low.update(value=_shared_scale(body, low, high), value_high=high["value"],
                   qualifier="range")
    return figures


def _shared_scale(body: str, low: dict, high: dict) -> float:
    """The low end of an amount range whose scale word is written after the high end only
    (round 24e2: ``Rp 18 hingga 20 ribu``, ``Rp 60 hingga Rp 70 ribu``): a low numeral with
    no scale of its own, smaller than the high numeral, takes the high end's scale; else the
    low end's own value.

    >>> body = "Rp 18 hingga 20 ribu per kg"
    >>> _shared_scale(body, {"value": 18.0, "_numeral": 3}, {"value": 20000.0, "_numeral": 13})
    18000.0
    >>> body = "Rp 500 hingga Rp 2 juta"
    >>> _shared_scale(body, {"value": 500.0, "_numeral": 3}, {"value": 2e6, "_numeral": 20})
    500.0
    """
    low_digits, high_digits = (_numeral_value(body, f["_numeral"]) for f in (low, high))
    scale = high["value"] / high_digits
    if scale >= 1000 and float(low["value"]) == low_digits < high_digits and \
            _scale_tail().match(body, low["_numeral"] + len(_digits_at(body, low["_numeral"]))) \
            is None:
        return _exact(low_digits * scale)
    return low["value"]


def _digits_at(body: str, start: int) -> str:
    match = re.match(r"[\d.,]*\d", body[start:start + 40])
    return match.group(0) if match else ""


def _one_sign_range(body: str, low_start: int, between: str) -> bool:
    """Whether an amount whose numeral opens at ``low_start``, with a currency sign right before
    it, runs to the next amount by ``between`` alone (its numeral, a dash, *hingga*, *sampai*
    or *s.d.*): ``Rp 10.900-11.800``, ``Rp 2 juta hingga 3 juta``, whose high end writes no sign
    of its own (round 21h).

    >>> _one_sign_range("Rp 10.900-11.800 per kg", 3, "10.900-")
    True
    >>> _one_sign_range("10.900-11.800 rupiah", 0, "10.900-")
    False
    """
    return _AMOUNT_RANGE_JOIN.fullmatch(between) is not None and _currency_signs().search(
        body, max(0, low_start - 6), low_start) is not None


def _elided_partner(body: str, number: NumberSpan, earlier: list[dict], head: str):
    """The figure before ``number`` in its sentence whose counted noun a list's later item
    leaves out, when ``number`` follows *dan*, *serta* or a comma and is followed by *di*
    and a place (``240 rumah di Kecamatan A dan 95 di Kecamatan B``), else None."""
    if not earlier or not _ELIDED_BEFORE.search(head) or not _PLACE_AFTER.match(
            body, number.end):
        return None
    partner = earlier[-1]
    if partner["unit"] in _money_and_shares() or not re.search(
            r"[^\S\n]di[^\S\n]", body[partner["_numeral"]:number.start]):
        return None  # the list's first item names its place too
    return partner


def _counted_before(body: str, start: int) -> dict | None:
    """The unit row of the last counted noun within :data:`_ANAPHOR_REACH` characters before
    ``start``, in an earlier sentence too (what ``N di antaranya``, ``N lainnya`` count when
    their own sentence names nothing before them), else None."""
    cues = [m for m in _units()[0].finditer(body, max(0, start - _ANAPHOR_REACH), start)
            if _cue_row(m)["kind"] == "count" and not _names_a_place(body, m)]
    return _cue_row(cues[-1]) if cues else None


def _numeral_value(body: str, start: int, english: bool = False) -> float:
    """The value of the digits at ``start`` without a scale word (``400`` of ``400 juta``);
    in an English sentence a comma groups thousands (``12,000``)."""
    if english:
        digits = re.match(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", body[start:start + 40])
        return float(digits.group(0).replace(",", "")) if digits else 1.0
    digits = re.match(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", body[start:start + 40])
    value = float(digits.group(0).replace(".", "").replace(",", ".")) if digits else 0.0
    return value or _word_numeral_value(body[start:start + 40]) or 1.0


def _word_numeral_value(text: str) -> float:
    """The value of number words opening ``text`` without the scale word after them (round
    24e2: ``4`` of ``empat juta orang``), else 0.

    >>> _word_numeral_value("empat juta orang")
    4.0
    >>> _word_numeral_value("juta orang")
    0.0
    """
    spans = find_numbers(text)
    if not spans or spans[0].start:
        return 0.0
    words = text[:spans[0].end].split()
    while words and words[-1].lower() in _scale_words():
        words.pop()
    found = find_numbers(" ".join(words))
    return float(found[0].value) if found and not found[0].start else 0.0


def _has_scale(number: NumberSpan) -> bool:
    return len(number.text.split()) > 1 or not re.fullmatch(r"[\d.,]+", number.text)


def _bare_word_numeral(number: NumberSpan) -> bool:
    """Whether a numeral is number words with no scale word of their own (round 24e2: *enam*
    of *enam sampai tujuh juta orang* takes the scale of the high end; *seribu*, *dua ribu*
    keep their own).

    >>> _bare_word_numeral(NumberSpan(0, 4, "enam", 6, None, False))
    True
    >>> _bare_word_numeral(NumberSpan(0, 8, "dua ribu", 2000, None, False))
    False
    """
    words = number.text.lower().split()
    return bool(words) and not re.search(r"\d", number.text) and not any(
        word.endswith(scale) for word in words for scale in _scale_words())


# --- who says so ----------------------------------------------------------------------------


def _pick(statements: list, position: int, body: str = ""):
    """The statement nearest the figure, one before it first (``X mengatakan … 1.000``),
    else one after it (``…, menurut para pejabat``); of speakers joined by *dan*/*serta*
    before one verb (``Bupati X dan Wakil Bupati Y menyebut …``) the first named, who leads
    the statement (the attributions table holds a row for each). An office and the name
    after it (``Kepala BPS X (BPS X), Nama mengatakan``) are one speaker: the name stays.

    >>> from types import SimpleNamespace as S
    >>> text = "Ani dan Budi menyebut 40 rumah rusak."
    >>> joint = [S(start=0, end=21, verb="menyebut", speaker=S(start=0, end=3)),
    ...          S(start=8, end=21, verb="menyebut", speaker=S(start=8, end=12))]
    >>> _pick(joint, 22, text).start
    0
    """
    if not statements:
        return None
    chosen = min(statements, key=lambda s: (s.start > position, abs(s.start - position)))
    while body:
        joined = [s for s in statements if s.end == chosen.end and s.verb == chosen.verb and
                  s.speaker.end <= chosen.speaker.start and _JOINED.fullmatch(
                      body, s.speaker.end, chosen.speaker.start)]
        if not joined:
            break
        chosen = max(joined, key=lambda s: s.speaker.end)
    return chosen


# two speakers coordinated before one verb: "X dan Y", "X, serta Y"
_JOINED = re.compile(r"\s*,?\s*(?:dan|serta)\s+", re.IGNORECASE)


_CARRY_BLOCKS = 4  # paragraphs back a speaker's statement is taken to run on
# what stands between an English estimate's author and its figure ("estimates by X of 4.8
# percent", "X's forecast, at 5 percent"): the figure an estimate gives (round 18c)
_ESTIMATED = re.compile(r"[\s,]+(?:of|at|for|put\s+at)\s+(?:(?:about|around|some|roughly|"
                        r"just|nearly|almost|up\s+to|at\s+least)\s+)?(?:US)?[$€£]?\s*$")


@lexicons.cached()
def _continuations(language: str = "id") -> tuple[re.Pattern, re.Pattern]:
    """(cues that open a sentence continuing the statement before it — ``Selain itu``,
    ``Adapun``, ``Angka tersebut`` —, passives without an agent that report the data just
    cited — ``tercatat``, ``dilaporkan``), from data/lexicons/continuation_cues.csv (the
    cues of the article's language: *In addition*, *The figure* in English)."""
    table = lexicons.in_language(lexicons.load("continuation_cues"), language)
    opening = table.loc[table["kind"].isin(["opener", "anaphor"]), "cue"]
    words = r"\s+".join
    openers = re.compile(r"\s*(?:[-•*·]\s*|\d{1,2}[.)]\s+)?(?:" + "|".join(
        words(re.escape(w) for w in c.split()) for c in sorted(opening, key=len, reverse=True))
        + r")(?![\w-])", re.IGNORECASE)
    return openers, lexicons.cue_pattern(table.loc[table["kind"] == "passive", "cue"])


_LIST_ITEM = re.compile(r"\s*(?:[-•*·]|\d{1,2}[.)])\s+\S")


def _aside(field_text: str, start: int, end: int, language: str = "id") -> bool:
    """Does the sentence ``field_text[start:end]`` open the outlet's own aside? Its figures
    are the outlet's unless a statement stands in the sentence itself: no statement before
    runs on over it, and no choice among candidates takes it."""
    return opens_aside(field_text, start, end, language)


@lexicons.cached()
def _market_cues(language: str = "id") -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(subjects, moves, forecasts) of data/lexicons/market_reports.csv for ``language``."""
    table = lexicons.in_language(lexicons.load("market_reports"), language)

    def kind(name: str) -> re.Pattern:
        cues = table.loc[table["kind"] == name, "cue"]
        return lexicons.cue_pattern(cues) if not cues.empty else re.compile(r"(?!)")
    return kind("subject"), kind("move"), kind("forecast")


def _market_report(field_text: str, start: int, end: int, language: str = "id") -> bool:
    """Does the sentence ``field_text[start:end]`` report a market's own session — an index,
    a currency, stocks or a price that closed, opened, rose or fell (*IHSG ditutup melemah
    30 poin ke posisi …*, *Sebanyak 120 saham naik*, *rupiah bergerak di kisaran …*), with no
    word of a forecast (*akan, diperkirakan, berpotensi, support*)? The outlet reports
    such data from the exchange itself: no statement of an analyst before it runs on over
    it, and no lead or choice among candidates hands it to the commentator nearby (round
    24b). A statement in the sentence itself still takes it.

    >>> text = "Sementara itu, indeks Nikkei melemah 78 poin ke 22.605."
    >>> _market_report(text, 0, len(text))
    True
    >>> text = "IHSG diperkirakan melemah ke level 6.100."
    >>> _market_report(text, 0, len(text))
    False
    """
    subjects, moves, forecasts = _market_cues(language)
    return subjects.search(field_text, start, end) is not None and \
        moves.search(field_text, start, end) is not None and \
        forecasts.search(field_text, start, end) is None


def _market_goes_on(field_text: str, before: tuple[int, int], sentence: tuple[int, int],
                    language: str = "id") -> bool:
    """Does ``sentence`` go on with the market report of the sentence ``before`` it — a
    continuation opener, a move and no forecast word, naming no market itself (*Secara
    sektoral, lima sektor naik … ¶ Sedangkan dua sektor terkoreksi …*)? It is the outlet's
    report too (round 24b), not the statement of an analyst quoted before the report.

    >>> text = "Secara sektoral, lima sektor naik 1,2 persen. Sedangkan dua sektor turun."
    >>> _market_goes_on(text, (0, 45), (46, len(text)))
    True
    """
    start, end = sentence
    openers, _ = _continuations(language)
    _, moves, forecasts = _market_cues(language)
    return openers.match(field_text, start, end) is not None and \
        moves.search(field_text, start, end) is not None and \
        forecasts.search(field_text, start, end) is None and \
        _market_report(field_text, *before, language)


def _aside_goes_on(analysis, field_text: str, sentences, first: int, sentence) -> bool:
    """Does ``sentence``, later in a paragraph that opens the outlet's aside, go on with a
    statement made in the aside's own first sentence? *Sebagai informasi, Lembaga X
    melakukan survei pada Mei. Survei melibatkan 1.200 responden …*: the aside names who
    did what it reports, and the sentence after opens with a continuation cue — the named
    body's account, not the outlet's (round 23f). Without the cue, or with no statement in
    the aside's first sentence, the aside stays the outlet's."""
    if not _continues(field_text, *sentence, analysis.language):
        return False
    return any(s.sentence == sentences[first] for s in analysis.covering.get(first, []))


def _up_to_own_prose(analysis, members: list[list[int]], claimed_by: dict,
                     back: range, field_text: str, briefed: bool = False) -> list[int]:
    """The paragraphs ``back`` (nearest first) up to the first one of the writer's own prose:
    two sentences or more, no figure and no speaker (*Padahal lahan sawah di sana bukan sawah
    irigasi. Salah satu kuncinya …*). A speaker's statement does not run on past the
    writer's own argument; a one-line paragraph (a heading, *Baca juga*, a caption) and one
    that goes on itself (*Selain itu, banjir juga melanda …*: :func:`_continues`) do not cut
    it (round 21q). A paragraph that opens the outlet's aside (*Untuk diketahui, …*) with no
    statement of its own cuts it whatever its length (round 23f). In a briefing's account
    (``briefed``: :func:`_briefing_runs_on`, a press conference, *dalam rilis surveinya*)
    a figureless paragraph is the briefing's own findings (*Secara wilayah, …*), no cut
    (round 26a, second part)."""
    kept = []
    for index in back:
        block = members[index]
        if _aside(field_text, *analysis.sentences[block[0]], analysis.language) and not any(
                s.scope[0] in block for i in block for s in analysis.covering.get(i, [])):
            break  # the outlet's aside (*Untuk diketahui, survei dilakukan …*; round 23f)
        if not briefed and len(block) >= 2 and index not in claimed_by and not any(
                s.scope[0] in block for i in block for s in analysis.covering.get(i, [])) \
                and not _continues(field_text, *analysis.sentences[block[0]],
                                   analysis.language):
            break
        kept.append(index)
    return kept


def _continues(field_text: str, start: int, end: int, language: str = "id") -> bool:
    """Does the sentence ``field_text[start:end]`` go on with the statement before it (an
    opening cue, a list item, a passive with no agent)? Then a statement of the paragraphs
    before is its claimant."""
    openers, passives = _continuations(language)
    return bool(openers.match(field_text, start, end) or _LIST_ITEM.match(field_text, start, end)
                or passives.search(field_text, start, end))


@lexicons.cached()
def _briefings(language: str = "id") -> re.Pattern:
    """Words naming a briefing (``konferensi pers``, ``paparannya``: kind ``briefing`` of
    data/lexicons/continuation_cues.csv)."""
    table = lexicons.in_language(lexicons.load("continuation_cues"), language)
    return lexicons.cue_pattern(table.loc[table["kind"] == "briefing", "cue"])


def _briefing_runs_on(analysis, field_text: str, members: list[list[int]], index: int) -> bool:
    """Does the paragraph ``index`` stand in a speaker's briefing account? The nearest
    statement before it (up to :data:`_CARRY_BLOCKS` paragraphs back) was made at a briefing
    (its sentence or its speaker's earlier one names it: ``dalam konferensi pers``,
    ``Dalam paparannya``), and no other speaker spoke since: the paragraphs after a press
    conference's opening go on with what its speaker reads out, cue or none."""
    briefing = _briefings(analysis.language)
    for back in range(index - 1, max(-1, index - 1 - _CARRY_BLOCKS), -1):
        found = [s for i in members[back] for s in analysis.covering.get(i, [])
                 if s.form != "verdict" and s.scope[0] in members[back]]
        if not found:
            continue
        speaker = max(found, key=lambda s: (s.scope[0], s.start)).speaker.canonical
        until = analysis.sentences[members[back][-1]][1]
        return _first_briefing(analysis, field_text, briefing, speaker) < until
    return False


def _first_briefing(analysis, field_text: str, briefing: re.Pattern, speaker: str) -> float:
    """Where the first statement of ``speaker`` (not a verdict) whose sentence names a
    briefing starts (infinity if none): worked out once per speaker and text, so a long text
    does not read all its statements again for each paragraph."""
    known = analysis.__dict__.setdefault("_first_briefing", {})
    if speaker not in known:
        known[speaker] = min((s.start for s in analysis.statements if s.form != "verdict"
                              and s.speaker.canonical == speaker
                              and briefing.search(field_text, *s.sentence)),
                             default=float("inf"))
    return known[speaker]


def _subordinate(body: str, start: int) -> bool:
    """Does a subordinating word (claim_cues.csv, role ``subordinate``: *usai, setelah,
    sejak, after* …) stand right before the statement starting at ``start``?"""
    word = re.search(r"([^\W\d_]+)\s+$", body[max(0, start - 20):start])
    return word is not None and _cues()["subordinate"].fullmatch(word.group(1)) is not None


def _looks_back(statement, sentence: int, body: str) -> bool:
    """Is ``statement`` a time clause that names whose figure the sentence before holds
    (*Kerugian negara Rp 1,3 miliar. Jumlah ini diketahui setelah BPKP melakukan
    penghitungan.*), read for a sentence after it? Such a clause gives that figure its
    source; the account after it is not that body's (round 22c, second part)."""
    return bool(body) and statement.scope[0] < sentence and \
        statement.covers.get(statement.scope[0] - 1) == "next_sentence" and \
        _subordinate(body, statement.start)


def _claimant(analysis, sentence: int, paragraph: list[int], following: list[int],
              position: int, earlier: list[tuple[list[int], object]] = (), body: str = ""
              ) -> tuple[object, str]:
    """(statement, how) for a figure at ``position`` in sentence ``sentence``: a statement
    in the sentence, then one covering it (a quote, ``Hal itu dikatakan oleh X``), then the
    nearest in the paragraph, then a next paragraph opening ``Informasi tersebut …``, then
    the last statement of the paragraphs before, or the statement their figures took
    (``earlier``: (sentences, statement or None), nearest first): a speaker's statement runs
    on over the paragraphs that name nobody else (``statement``)."""
    # a verdict ("… tidak benar") repeats a statement's speaker: the statement says more
    covering = [s for s in analysis.covering.get(sentence, []) if s.form != "verdict"]
    here = [s for s in covering if s.scope[0] == sentence]
    if here:
        return _pick(here, position, body), "direct"
    if covering:
        return covering[-1], covering[-1].covers.get(sentence, "quote")
    in_paragraph = [s for i in paragraph for s in analysis.covering.get(i, [])
                    if s.scope[0] in paragraph and not _looks_back(s, sentence, body)]
    if in_paragraph:
        before = [s for s in in_paragraph if s.scope[0] < sentence]
        # not a statement in a clause that only sets the time ("NIS said so days after
        # Pyongyang admitted …"), when the sentence has its own
        before = [s for s in before if not _subordinate(body, s.start)] or before
        if before:  # the statement the sentence continues
            return max(before, key=lambda s: (s.scope[0], s.start)), "paragraph"
        return _pick(in_paragraph, position, body), "paragraph"
    ahead = [s for i in following for s in analysis.covering.get(i, []) if sentence in s.scope]
    if ahead:
        return ahead[0], "next_paragraph"
    named = _named_next(analysis, following, body) if body and _trade_speaks(
        body, analysis.sentences[sentence][0], position) else None
    if named is not None:  # "Pedagang di Pasar X memprediksi … ¶ "…," kata Y" (round 21b)
        return named, "next_paragraph"
    for block, carried in earlier:  # only for a sentence that goes on (see _continues)
        found = [s for i in block for s in analysis.covering.get(i, []) if s.scope[0] in block]
        if found:
            return max(found, key=lambda s: (s.scope[0], s.start)), "statement"
        if carried is not None:  # a paragraph of the same speaker's figures
            return carried, "statement"
    return None, ""


@lexicons.cached()
def _reporting_verb_pattern() -> re.Pattern:
    """The Indonesian reporting verbs of attribution_verbs.csv, as whole words."""
    return lexicons.cue_pattern(lexicons.in_language(lexicons.load("attribution_verbs"),
                                                     "id")["verb"])


_TRADE_OPENING = 30  # characters before the trade noun: a linking word, "seorang"
_TRADE_TO_VERB = 80  # characters from the trade noun to its verb: its goods, its market


def _trade_speaks(body: str, start: int, position: int) -> bool:
    """Does the sentence starting at ``start`` open with an unnamed trade (claim_cues.csv
    ``unnamed_trade``: *pedagang, penjual, petani* …) and a reporting verb before the figure
    at ``position`` (``Sebelumnya, pedagang sapi di Pasar Baru memprediksi … Rp 150.000``)?

    >>> _trade_speaks("Pedagang ayam di Pasar Minggu memprediksi harga Rp 45.000.", 0, 50)
    True
    >>> _trade_speaks("Harga dari pedagang besar naik menjadi Rp 45.000.", 0, 38)
    False
    """
    before = body[start:position]
    trade = _cues()["unnamed_trade"].search(before, 0, _TRADE_OPENING + 12)
    if trade is None or trade.start() > _TRADE_OPENING or re.search(
            r"[^\W\d_]+\s+$", before[:trade.start()]) and not re.fullmatch(
            r"(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*,\s*)?(?:seorang|salah\s+(?:satu|seorang)|"
            r"para|sejumlah|beberapa)?\s*", before[:trade.start()], re.I):
        return False
    verb = _reporting_verb_pattern().search(before, trade.end())
    return verb is not None and verb.start() - trade.end() <= _TRADE_TO_VERB


def _named_next(analysis, following: list[int], body: str):
    """The first statement of the next paragraph when a named person makes it (the speaker
    an unnamed trade turns out to be: ``"…," kata Uyung, pedagang daging``; ``sambung
    Didin``), else None: a person whose title or description names no trade (``kata Joko,
    Kepala Dinas Perdagangan``) is somebody else."""
    opened = [s for i in following for s in analysis.covering.get(i, []) if s.scope[0] == i
              and s.form != "verdict"]
    first = min(opened, key=lambda s: s.start, default=None)
    if first is None or first.speaker.kind not in ("person", "unknown") or \
            not first.speaker.name:
        return None
    sentence_end = next((e for b, e in analysis.sentences if b <= first.speaker.end <= e),
                        first.speaker.end)
    described = re.match(r"\s*,\s*([^.;\n]+)", body[first.speaker.end:sentence_end])
    title = first.speaker.role or (described.group(1) if described else "")
    if title and _cues()["unnamed_trade"].search(title) is None:
        return None
    return first


_RUN_ON_BLOCKS = 2  # paragraphs back a statement runs on over paragraphs with no cue


def _run_on(claimed_by: dict, index: int, unit: str, analysis=None, members=(),
            field_text: str = ""):
    """The statement a paragraph of figures that names no speaker of its own goes on with,
    though no cue says so: the one that gave the figures of the paragraph of figures just
    before (up to :data:`_RUN_ON_BLOCKS` back), when they count the same thing (``unit``) —
    a speaker reading out figures paragraph after paragraph. A paragraph whose figures
    nobody gave ends the run, and so does one of the writer's own prose (with ``analysis``
    and ``members``: :func:`_up_to_own_prose`)."""
    back_to = range(index - 1, max(-1, index - 1 - _RUN_ON_BLOCKS), -1)
    for back in (_up_to_own_prose(analysis, members, claimed_by, back_to, field_text)
                 if analysis is not None else back_to):
        if back in claimed_by:
            statement, units = claimed_by[back]
            return statement if unit in units else None
    return None


# what a speaker's account may hold between its parts: paragraphs that name no speaker, up to
# this many characters on either side of the figure's (a page's short list lines count little)
_BETWEEN_REACH = 600


@lexicons.cached()
def _hearsay_pattern() -> re.Pattern:
    return lexicons.cue_pattern(_cue_words("hearsay"))


def _hearsay(body: str, start: int, end: int) -> bool:
    """Does the sentence ``body[start:end]`` relay what no one it names says: a ``hearsay``
    cue of claim_cues.csv (*reportedly, is believed to, dikabarkan, disebut-sebut,
    diyakini*) not followed by its agent (*by*, *oleh*)? Such a sentence between two
    statements of one speaker is the outlet's own relay, never that speaker's account
    (round 24f, second part).

    >>> _hearsay("Rusia dikabarkan telah menerima 900 rudal.", 0, 42)
    True
    >>> _hearsay("Troops are believed by Kyiv to number 900.", 0, 42)
    False

    A hedge on a verb of saying hedges what a named thing says, no hearsay (*The memo
    reportedly said that 900 …*: the memo's figure, as a run of figures may say):

    >>> _hearsay("The memo reportedly said that 900 left.", 0, 39)
    False
    """
    for cue in _hearsay_pattern().finditer(body, start, end):
        after = re.match(r"[^\S\n]+([^\W\d_][\w-]*)", body[cue.end():end])
        word = after.group(1).lower() if after else ""
        if word in ("by", "oleh") or word in _reporting_verbs() or re.fullmatch(
                _speech_verbs_en(), word):
            continue
        return True
    return False


def _between(analysis, members: list[list[int]], index: int, body: str = ""):
    """The statement a paragraph that names no speaker stands inside: the last speaker
    before it speaks again after it, with only paragraphs that name no speaker between
    (``X menambahkan … ¶ Pada tahun 2023 jumlahnya 212 … ¶ "…," imbuh X``; a page's list
    lines between two quotes of one official) — one speaker's account, the paragraphs
    between its parts included (up to :data:`_BETWEEN_REACH` characters on either side).
    A statement after it in a clause that only sets the time (*Jumlah ini diketahui setelah
    BPKP melakukan penghitungan*, round 22c, second part) is no other speaker's turn; a
    survey's method paragraph that names its pollster after it (*Survei Lembaga X dilakukan
    pada …*) gives it to the pollster (round 23f)."""
    def statements(i, opened_there=False):
        return [s for j in members[i] for s in analysis.covering.get(j, [])
                if s.form != "verdict" and (not opened_there or s.scope[0] in members[i])
                and not (opened_there and body and _subordinate(body, s.start))]
    def length(i):
        return sum(analysis.sentences[j][1] - analysis.sentences[j][0] for j in members[i])
    before = after = None
    reach = 0
    for i in range(index - 1, -1, -1):
        found = statements(i)
        if found:
            before = max(found, key=lambda s: (s.scope[0], s.start))
            break
        reach += length(i)
        if reach > _BETWEEN_REACH:
            break
    reach = 0
    for i in range(index + 1, len(members) if before is not None else 0):
        found = statements(i, opened_there=True)
        if found:
            after = min(found, key=lambda s: (s.scope[0], s.start))
            break
        reach += length(i)
        if reach > _BETWEEN_REACH:
            break
    if before is None or after is None:
        return None
    if after.verb == "survei" and after.form == "document" and \
            before.speaker.canonical != after.speaker.canonical:
        # "… Golkar 9,4 persen, PKB 8 persen … ¶ Survei Lembaga X dilakukan pada …": the
        # figures before a survey's method paragraph that names its pollster are the
        # survey's (round 23f), whoever spoke before them
        return after
    return before if before.speaker.canonical == after.speaker.canonical else None


# how far a body's account reaches past its statement, in characters: a page's report of one
# body's figures (a statistics office's release, an agency's tally) runs a few paragraphs
_ACCOUNT_REACH = 1200
# a round-up's gatherer (*BNPB menghimpun laporan …*, *BPBD mencatat, …:*) stands behind
# every line of the list after it: its account reaches twice as far (round 21n); the same
# guards end it (another speaker, a quote, a sub-heading, another area for a regional body)
_ROUNDUP_REACH = 2400
_QUOTE_MARKS = re.compile('["“”]')
# a line between that ends no sentence and is this short is a sub-heading: a new topic
_HEADING_LENGTH = 80


# the divisions that have bodies of their own (a regency's disaster agency, a province's
# health office): a figure's sentence naming another one leaves a regional body's account
_AREA_DIVISIONS = ("kabupaten", "kab", "kab.", "kota", "provinsi")


@lexicons.cached()
def _areas() -> re.Pattern:
    """A division with its name (``Kabupaten Sari``, ``Kota Wera``): the name is group 1."""
    table = lexicons.load("place_words")
    heads = [w for w in table.loc[table["category"] == "division", "word"]
             if w in _AREA_DIVISIONS]
    return re.compile(r"\b(?i:" + "|".join(re.escape(w) for w in sorted(
        heads, key=len, reverse=True)) + r")\s+([A-Z][\w-]+)")


@functools.lru_cache(maxsize=4)
def _paragraph_spans(field_text: str) -> tuple:
    """The paragraphs of the text being read (split once, not once per figure)."""
    return tuple(text.split_paragraphs(field_text))


def _another_area(field_text: str, statement, opening: int, closing: int) -> bool:
    """Does the text from the end of a regional body's statement's paragraph to the end of
    the figure's sentence name a regency, city or province that the statement's paragraph
    does not (*BPBD Kota Wera mencatat …* ¶ *Sebanyak 1.000 rumah
    di Kabupaten Sari terendam*: a round-up's next place, not the body's account)? A body
    whose paragraph names no such division (a national ministry) lists any of them."""
    paragraph = next(((a, b) for a, b in _paragraph_spans(field_text)
                      if a <= statement.start < b), (statement.sentence[0], statement.end))
    own = {m.group(1) for m in _areas().finditer(field_text, *paragraph)}
    own |= {m.group(1) for m in _areas().finditer(statement.speaker.canonical)}
    if not own:
        return False
    # the paragraphs after the statement's, up to the figure's sentence
    return any(m.group(1) not in own for m in _areas().finditer(
        field_text, min(paragraph[1], opening), closing))


@lexicons.cached()
def _tallies(language: str = "id") -> re.Pattern:
    """Words by which a sentence tallies (``jumlah``, ``sebanyak``, ``kasus``, ``naik``;
    *estimated, rose, deaths*: kind ``tally`` of data/lexicons/continuation_cues.csv, and its
    data anaphors and agentless reports, ``total``, ``tercatat``)."""
    table = lexicons.in_language(lexicons.load("continuation_cues"), language)
    return lexicons.cue_pattern(table.loc[table["kind"].isin(["tally", "anaphor", "passive"]),
                                          "cue"])


def _reading_order(analysis) -> tuple[list, list, list]:
    """(keys, statements, sentence starts): the statements that are neither verdicts nor a
    third party's estimate, sorted by (their sentence's start, their own start), and where
    each sentence starts — built once per text, so finding the statement before a figure is
    a bisection, not a pass over all the text's statements (a long text has thousands)."""
    cached = analysis.__dict__.get("_reading_order")
    if cached is None:
        ordered = sorted((s for s in analysis.statements if s.form != "verdict"
                          and not s.estimate),  # (an estimate is no account)
                         key=lambda s: (s.sentence[0], s.start))
        cached = ([(s.sentence[0], s.start) for s in ordered], ordered,
                  [span[0] for span in analysis.sentences])
        analysis.__dict__["_reading_order"] = cached
    return cached


def _last_statement_before(analysis, offset: int):
    """The last statement (not a verdict) whose sentence starts before ``offset``, by
    (sentence start, start); of two with the same, the one the text's list gives first."""
    keys, ordered, _starts = _reading_order(analysis)
    at = bisect.bisect_left(keys, (offset,))
    if not at:
        return None
    return ordered[bisect.bisect_left(keys, keys[at - 1])]


@lexicons.cached()
def _gatherings(language: str = "id") -> re.Pattern:
    """Verbs by which a body gathers the reports of a round-up (``menghimpun``,
    ``merangkum``: kind ``gathering`` of data/lexicons/continuation_cues.csv)."""
    table = lexicons.in_language(lexicons.load("continuation_cues"), language)
    return lexicons.cue_pattern(table.loc[table["kind"] == "gathering", "cue"])


def _reach(field_text: str, statement, language: str) -> int:
    """How far a body's account reaches: :data:`_ROUNDUP_REACH` when the statement opens a
    round-up — its verb gathers (:func:`_gatherings`) or its sentence ends in a colon (*BPBD
    mencatat dampak berikut:*) — else :data:`_ACCOUNT_REACH`.

    >>> from types import SimpleNamespace as N
    >>> body = "BNPB menghimpun laporan hingga Senin."
    >>> _reach(body, N(verb="menghimpun", sentence=(0, len(body))), "id")
    2400
    >>> _reach(body, N(verb="mengatakan", sentence=(0, len(body))), "id")
    1200
    """
    if _gatherings(language).fullmatch(statement.verb.lower()) or \
            field_text[statement.sentence[0]:statement.sentence[1]].rstrip().endswith(":"):
        return _ROUNDUP_REACH
    return _ACCOUNT_REACH


# a data source's sentence announces the list after it when it, or one of the next this many
# sentences (none of them anyone's statement), ends in a colon (*Berdasarkan data X, ada 10
# kabupaten … .* ¶ *Kesepuluh kabupaten itu adalah:*; round 21o)
_ANNOUNCE_SENTENCES = 2
# … and that colon line is this short (a list's announcement, not a paragraph's aside)
_ANNOUNCE_LENGTH = 250
# a list's item label (*1. Jawa Timur*, *Papua Barat*): numbered, or a few capitalised words
_LIST_LABEL = re.compile(r"(?:\d{1,2}[.)]\s*)?(?:[A-Z0-9][\w.'-]*\s*){1,5}")


def _announced_list(analysis, field_text: str, statement) -> int | None:
    """Where the list a body's statement announces begins (the end of its colon line), else
    None: the statement's own sentence, or one of the next :data:`_ANNOUNCE_SENTENCES`
    sentences that no statement covers, ends in a colon and is no longer than
    :data:`_ANNOUNCE_LENGTH` (*Menurut data BPS, ada lima provinsi … .* ¶ *Berikut
    daftarnya:*). Every line of that list is the body's data, whether or not it tallies, its
    item labels (:data:`_LIST_LABEL`) no sub-headings and its places the list's own."""
    starts = _reading_order(analysis)[2]
    first = bisect.bisect_left(starts, statement.sentence[0])
    for i in range(first, min(first + 1 + _ANNOUNCE_SENTENCES, len(starts))):
        opening, closing = analysis.sentences[i]
        if i > first and any(s is not statement for s in analysis.covering.get(i, [])):
            return None  # another statement between: not this body's announcement
        line = field_text[opening:closing].rstrip()
        if line.endswith(":") and (i == first or len(line) <= _ANNOUNCE_LENGTH):
            return closing
    return None


def _account(analysis, field_text: str, sentence: int, position: int):
    """The body whose account a figure no statement covers stands in: the last statement
    before the figure's sentence, when its speaker is a body that counts (an office, agency,
    ministry — not a person, a country, a medium or a kind of speaker such as *officials*),
    ended no more than :func:`_reach` characters before the figure, with no other
    speaker's statement, no quote and no sub-heading between, and the figure's sentence
    tallies (:func:`_tallies`) and names no other regency, city or province than a regional
    body's paragraph does (:func:`_another_area`): ``the statistics office said … ¶ An
    estimated 400,000 people left …``; ``seperti dilaporkan Kementerian X … ¶ Saat ini
    terdapat 5.000 kasus aktif``; not ``Di pelabuhan itu bersandar 45 kapal``, the outlet's
    scene). What ends a body's account: another speaker, a quote, a sub-heading (a new
    topic), another area, or the reach."""
    last = _last_statement_before(analysis, analysis.sentences[sentence][0])
    if last is None:
        return None
    speaker = last.speaker
    announced = _announced_list(analysis, field_text, last)
    opening, closing = analysis.sentences[sentence]
    listed = announced is not None and opening >= announced  # a line of the announced list
    # an official's own data (*berdasarkan perhitungan dari Direktur X, …:*) announces a list too
    counts = speaker.kind == "organisation" or (
        listed and last.form == "document" and speaker.kind == "person")
    if not counts or speaker.type in ("media", "wire") or \
            speaker.refer == "pronoun" or is_generic(speaker.canonical):
        return None
    if position - last.end > (_ROUNDUP_REACH if listed else
                              _reach(field_text, last, analysis.language)):
        return None
    starts = _reading_order(analysis)[2]
    first = bisect.bisect_left(starts, last.end)
    first = sentence if first == len(starts) else first
    for i in range(first, sentence + 1):
        # a quote or another statement between (or over the figure) ends the account
        if any(s is not last for s in analysis.covering.get(i, [])):
            return None
    if _QUOTE_MARKS.search(field_text, last.end, closing):
        return None  # a quote between or around the figure, whoever speaks it
    if not listed and not _tallies(analysis.language).search(field_text, opening, closing):
        return None  # a sentence that tallies nothing is the outlet's scene, not the account
    if not listed and _another_area(field_text, last, opening, closing):
        return None
    for start, end in text.split_paragraphs(field_text[last.end:opening]):
        line = field_text[last.end + start:last.end + end].strip()
        if line and len(line) <= _HEADING_LENGTH and line[-1] not in ".!?:\"'”’)" and \
                not (listed and last.end + start >= announced and _LIST_LABEL.fullmatch(line)):
            return None  # a sub-heading between: a new topic (a list's item label is none)
    return last


def _relay_names(analysis, statement, paragraph: list[int]) -> str:
    """The statement's relays, else a relay named in the figure's paragraph."""
    relays = list(statement.relays) if statement is not None else []
    if not relays:
        relays = next((analysis.relays[i] for i in paragraph if i in analysis.relays), [])
    return " > ".join(dict.fromkeys(r.canonical for r in relays))


# --- which way --------------------------------------------------------------------------------


def _direction(body: str, start: int, end: int, position: int,
               pairs: frozenset = frozenset()) -> str:
    """``SENDER->RECEIVER`` (countries of data/lexicons/actors.csv) of a transfer named in
    ``body[start:end]``, else ``unknown``.

    ``pairs`` are the directions the story knows (its pack's ``directions``): only their
    countries are ends, and an end named by a cue (``ke/kepada X`` receives, ``dari/oleh X``
    sends) or as the subject of an active send or receive verb takes the other country its
    pairs give. Without pairs both ends must be named that way.
    """
    cues = _cues()
    if not any(cues[role].search(body, start, end)
               for role in ("send_active", "receive_active", "transfer")):
        return "unknown"  # most sentences name no transfer: their actors are not looked up
    parties = [a for a in find_actors(body, start, end) if a.country]
    if pairs:
        parties = [a for a in parties if a.country in {c for p in pairs for c in p.split("->")}]
    if len({a.country for a in parties}) < 2:
        return "unknown"
    named = {a.country for a in parties}
    ends = []  # (distance to the figure, "sender"|"receiver", country)
    for party in parties:
        word = re.search(r"(\w+)\s+$", body[max(start, party.start - 10):party.start])
        for role, end_ in (("destination", "receiver"), ("source", "sender")):
            if word and cues[role].fullmatch(word.group(1)):
                ends.append((abs(party.start - position), end_, party.country))
                break
    if not ends:
        for role, end_ in (("send_active", "sender"), ("receive_active", "receiver")):
            for verb in cues[role].finditer(body, start, end):
                subject = [a for a in parties if a.end <= verb.start()]
                if subject:
                    ends.append((0, end_, subject[-1].country))
                    break
            if ends:
                break
    if not pairs:  # both ends named: the nearest sender and the nearest receiver
        for role, end_ in (("send_active", "sender"), ("receive_active", "receiver")):
            taken = {e[2] for e in ends}
            for verb in cues[role].finditer(body, start, end):  # the verb's subject too
                subject = [a for a in parties if a.end <= verb.start() and a.country not in taken]
                if subject:
                    ends.append((abs(subject[-1].start - position), end_, subject[-1].country))
                    break
        senders = sorted(e for e in ends if e[1] == "sender")
        receivers = sorted(e for e in ends if e[1] == "receiver")
        if senders and receivers and senders[0][2] != receivers[0][2]:
            return f"{senders[0][2]}->{receivers[0][2]}"
        return "unknown"
    for _, end_, country in sorted(ends):
        far = {p.split("->")[end_ == "sender"] for p in pairs
               if p.split("->")[end_ == "receiver"] == country} & (named - {country})
        if len(far) == 1:
            other = far.pop()
            return f"{country}->{other}" if end_ == "sender" else f"{other}->{country}"
    return "unknown"


def story_directions(story) -> frozenset:
    """The transfer directions (``KP->RU``) of a story pack (:mod:`newsframe.stories`);
    empty without one."""
    return frozenset(d["code"] for d in story.directions) if story is not None else frozenset()


def _field_dates(field_text: str, anchor: dt.date | None) -> list:
    """Date expressions of a title or body ([] when reading them fails: dates only refine a
    claim, a dates bug must not lose it). The body's are the ones newsframe.annotate.timeline
    reads next: dates remembers them, so the body is scanned once."""
    try:
        return dates.find_date_expressions(field_text, anchor)
    except Exception:
        return []


class _DatesByStart:
    """A text's date expressions, those of one sentence found by bisection (a sentence
    never rescans the whole text's dates)."""

    def __init__(self, expressions: list):
        self.expressions = expressions
        self.order = sorted(range(len(expressions)), key=lambda i: expressions[i].start)
        self.starts = [expressions[i].start for i in self.order]

    def within(self, start: int, end: int) -> list:
        """The expressions inside ``[start, end)``, in the text's order."""
        picked = sorted(self.order[bisect.bisect_left(self.starts, start):
                                   bisect.bisect_right(self.starts, end)])
        return [self.expressions[i] for i in picked if self.expressions[i].end <= end]


def _period(expressions: list, position: int, anchor: dt.date | None,
            others: list[int]) -> tuple[str, str]:
    """Period of the date expression nearest the claim (one that no other claim is nearer to)."""
    best = None
    for expr in expressions:
        kind = getattr(expr, "kind", "")
        if kind not in ("since", "range", "until") or not getattr(expr, "date_start", None) and \
                not getattr(expr, "date_end", None):
            continue
        distance = abs(expr.start - position)
        nearer_claim = any(abs(expr.start - other) < distance for other in others)
        if not nearer_claim and (best is None or distance < best[0]):
            best = (distance, expr)
    if best is None:
        return "", ""
    expr = best[1]
    if expr.kind == "since" and not expr.date_start:
        return "", ""

    def iso(value) -> str:
        return value.isoformat() if value else ""

    if expr.kind == "since":
        return iso(expr.date_start), iso(anchor)
    if expr.kind == "until":
        return "", iso(expr.date_end)
    return iso(expr.date_start), iso(expr.date_end)


# --- putting it together -------------------------------------------------------------------


_BLOCK_CHARS = 3_000  # a "paragraph" of context is at most this long (see _context_blocks)


def _context_blocks(paragraphs: list[tuple[int, int]], sentences: list[tuple[int, int]]
                    ) -> list[tuple[int, int]]:
    """Paragraphs as context for claimants and direction; a paragraph longer than
    _BLOCK_CHARS (a text pasted without line breaks) is cut at sentence ends into blocks, so
    the work per claim stays bounded and a megabyte-long line costs linear time.

    >>> _context_blocks([(0, 10)], [(0, 4), (5, 10)])
    [(0, 10)]
    """
    blocks = []
    index = 0
    for p_start, p_end in paragraphs:
        if p_end - p_start <= _BLOCK_CHARS:
            blocks.append((p_start, p_end))
            continue
        block_start = p_start
        while index < len(sentences) and sentences[index][0] < p_end:
            s_start, s_end = sentences[index]
            if s_start >= p_start and s_end - block_start > _BLOCK_CHARS and s_start > block_start:
                blocks.append((block_start, s_start))
                block_start = s_start
            index += 1
        blocks.append((block_start, p_end))
    return blocks


# "about 23% and 17.7%", "around 12 percent and 9 percent of the votes": a hedge of the
# first of two coordinated figures of one unit hedges the second too (round 20f; only the
# "about" hedges: "at least 30 houses and 4 schools" bounds the first alone)
_HEDGE_JOIN_EN = re.compile(r"[^\S\n]+and[^\S\n]+")


def _share_the_hedge(body: str, figures: list[dict]) -> None:
    """Give the second of ``about A and B`` (one unit, nothing but *and* between) the hedge.

    >>> figures = [{"qualifier": "about", "unit": "percent", "end": 9, "start": 0},
    ...            {"qualifier": "exact", "unit": "percent", "end": 17, "start": 14}]
    >>> _share_the_hedge("about 23% and 17.7%", figures); figures[1]["qualifier"]
    'about'
    """
    ordered = sorted(figures, key=lambda f: f["start"])
    for first, second in zip(ordered, ordered[1:], strict=False):
        if first["qualifier"] == "about" and second["qualifier"] == "exact" and \
                first["unit"] == second["unit"] and \
                _HEDGE_JOIN_EN.fullmatch(body, first["end"], second["start"]):
            second["qualifier"] = "about"


# "Rivals A and B had 22% and 17% respectively": the names before the figures, in order
# (round 20f): two to four capitalised names joined by commas and a last "and"
_NAME_EN = r"[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){0,3}"
_NAMES_LIST_EN = re.compile(rf"({_NAME_EN}(?:,[^\S\n]+{_NAME_EN}){{0,2}},?[^\S\n]+and"
                            rf"[^\S\n]+{_NAME_EN})")
_RESPECTIVELY_EN = re.compile(r",?[^\S\n]*\brespectively\b")


def _respective_items(body: str, figures: list[dict], s_start: int, s_end: int) -> None:
    """``X and Y had A and B(,) respectively``: A counts X's, B counts Y's (the counted noun
    of either, "of the votes", kept before the name)."""
    closing = _RESPECTIVELY_EN.search(body, s_start, s_end)
    if closing is None:
        return
    ordered = sorted(figures, key=lambda f: f["_numeral"])
    later = [f for f in ordered if f["_numeral"] >= closing.end()]
    if later and re.fullmatch(r"[^,.;:\"“”]{0,30}", body[closing.end():later[0]["_numeral"]]):
        group, names_end = later, closing.start()  # "X and Y, who respectively received A
        # and B"
    else:
        group = [f for f in ordered if f["_numeral"] < closing.start()]
        names_end = closing.start()
    names = list(_NAMES_LIST_EN.finditer(body, s_start, names_end))
    if not names:
        return
    listed = [n.strip() for n in re.split(r",?[^\S\n]+and[^\S\n]+|,[^\S\n]+",
                                            names[-1].group(1)) if n.strip()]
    if group is not later:  # the last figures before "respectively", after the names
        group = group[-len(listed):]
        if not group or names[-1].end() > group[0]["_numeral"]:
            return
    if len(group) < 2 or len(listed) != len(group) or len({f["unit"] for f in group}) > 1:
        return
    # the counted noun follows the last figure ("… and 25 percent of the ballots")
    shared = group[-1]["item"] if group[-1]["start"] == group[-1]["_numeral"] and \
        not _needs_item(group[-1]["item"]) else ""
    for figure, name in zip(group, listed, strict=True):
        figure["item"] = f"{shared} of {name}" if shared else name


# "14 people were hurt", "320 individuals had been detained", "evacuated 2,150 people": an
# English count of people says what befell them (round 20f): a participle after the noun (its
# auxiliary between), or a verb of harm, arrest or rescue right before the count
_BARE_PEOPLE_EN = frozenset({"people", "persons", "individuals"})
_BEFELL_AFTER_EN = re.compile(
    r"(?:,[^\S\n]+including[^,\n]{1,60},)?"  # "9 people, including two children, were"
    r"[^\S\n]+(?:who[^\S\n]+)?(?:(?:were|was|are|is|have|has|had)[^\S\n]+)?"
    r"(?:(?:so[^\S\n]+far|still|also|reportedly|already|now)[^\S\n]+)?"
    r"(?:(?:been|being)[^\S\n]+)?"
    r"((?:[a-z]+ed)|hurt|missing|dead|trapped|buried|displaced|stranded|homeless|"
    r"taken|sent|found|held|struck|swept|sought|caught|left)\b")  # (irregular: round 23b2)
_BEFELL_BEFORE_EN = re.compile(
    r"\b(killed|injured|wounded|hurt|arrested|detained|evacuated|rescued|displaced|infected|"
    r"hospitali[sz]ed|treated|affected|struck)[^\S\n]+$")
# a gerund of harm or removal before the count, a hedge between: "killing at least 12 people"
# (round 23b2): what befell them is its participle
_BEFELL_GERUND_EN = re.compile(
    r"\b(kill|injur|wound|displac|evacuat|strand|infect|arrest|detain|rescu)ing[^\S\n]+"
    r"(?:(?:at[^\S\n]+least|nearly|almost|about|around|some|over|more[^\S\n]+than|"
    r"up[^\S\n]+to)[^\S\n]+)?$")
_GERUND_PARTICIPLE_EN = {"kill": "killed", "injur": "injured", "wound": "wounded",
                         "displac": "displaced", "evacuat": "evacuated",
                         "strand": "stranded", "infect": "infected", "arrest": "arrested",
                         "detain": "detained", "rescu": "rescued"}
# "12 people and destroying bridges": another clause after the count (its gerund) is no item
_PEOPLE_AND_GERUND_EN = re.compile(r"(?i)(people|persons|individuals)[^\S\n]+and[^\S\n]+"
                                   r"[a-z]+ing\b.*")


def _what_befell_them(body: str, figures: list[dict], s_start: int, s_end: int) -> None:
    """``people`` becomes ``people hurt`` (see the note above)."""
    for figure in figures:
        item = figure["item"]
        clause = _PEOPLE_AND_GERUND_EN.fullmatch(item)
        if clause:  # "people and destroying bridges": the people
            item = clause.group(1)
        if item.lower() not in _BARE_PEOPLE_EN:
            continue
        after = _BEFELL_AFTER_EN.match(body, figure["end"], s_end)
        if after and after.group(1).lower() not in _reporting_verbs():
            figure["item"] = f"{item} {after.group(1).lower()}"
            continue
        before = _BEFELL_BEFORE_EN.search(body, max(s_start, figure["start"] - 30),
                                          figure["start"])
        if before:
            figure["item"] = f"{item} {before.group(1).lower()}"
            continue
        gerund = _BEFELL_GERUND_EN.search(body, max(s_start, figure["start"] - 40),
                                          figure["start"])
        if gerund:  # "killing at least 12 people": people killed (round 23b2)
            figure["item"] = f"{item} {_GERUND_PARTICIPLE_EN[gerund.group(1).lower()]}"


# how a figure took a statement that does not stand in its own sentence
_CARRIED = frozenset({"statement", "run_on", "paragraph", "between", "account"})
# a market named by its name (*Pasar Cikaso*, *pasar Sindangraja*): the name is group 1
_MARKET = re.compile(r"(?<![\w-])(?i:pasar)\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})")
# words that describe a market, not name it (*Pasar Tradisional lainnya*)
_MARKET_KINDS = frozenset({"tradisional", "modern", "rakyat", "induk", "besar", "kaget"})


def _markets(field_text: str, start: int, end: int) -> set[str]:
    """The markets named in ``field_text[start:end]``.

    >>> sorted(_markets("Di Pasar Bakti dan pasar Simpang Limun, juga Pasar Tradisional.", 0, 63))
    ['Bakti', 'Simpang Limun']
    """
    return {m.group(1) for m in _MARKET.finditer(field_text, start, end)
            if m.group(1).split()[0].lower() not in _MARKET_KINDS}


def _another_market(analysis, field_text: str, statement, sentence: tuple[int, int],
                    vendors: dict) -> bool:
    """Does the sentence name a market other than the ones the vendor who made ``statement``
    (one of an unnamed trade where the page first names them: :func:`_a_vendor`) is named
    at? A vendor speaks for the stall; the page's round of other markets after the vendor's
    words is the page's own (*Kemudian, di Pasar Y harga daging Rp 130 ribu*), whatever cue
    carried the vendor's statement over it (round 26a). ``vendors`` caches, per speaker, the
    markets of the vendor's own sentences (None for a speaker who is no vendor)."""
    found = _markets(field_text, *sentence)
    if not found:
        return False
    name = statement.speaker.canonical
    if name not in vendors:
        vendors[name] = {market for s in analysis.statements if s.speaker.canonical == name
                         for market in _markets(field_text, *s.sentence)} if _a_vendor(
            field_text, statement.speaker.name or name) else None
    return vendors[name] is not None and bool(found - vendors[name])


def _claims_in(field_text: str, *, in_title: bool, anchor: dt.date | None,
               analysis, pairs: frozenset = frozenset()) -> list[dict]:
    sentences = text.split_sentences(field_text)
    paragraphs = _context_blocks(text.split_paragraphs(field_text), sentences)
    # sentence indices per paragraph (a title's statements cover all of it)
    members: list[list[int]] = [[] for _ in paragraphs]
    block = 0
    for number, (s_start, _) in enumerate(sentences):
        while block + 1 < len(paragraphs) and s_start >= paragraphs[block][1]:
            block += 1
        members[block].append(number)
    rows = []
    # block with figures -> [the statement its first claimed figure took, their units]
    claimed_by: dict[int, list] = {}
    # per paragraph, the statement a run-on gave one of its figures: the paragraph's other
    # figures, of whatever unit, go on with it ("Sebanyak tujuh provinsi …, di antaranya X
    # dengan kenaikan 94,9 persen dan 762 kasus")
    run_on_here: dict[int, object] = {}
    paragraph_first_row = 0  # the first row of the paragraph being read
    field_dates = None  # read when the first figure needs them
    last_item = ""  # the item of the last figure before: an anaphor's
    last_price = None  # the last price with goods named: a price of another time's
    vendors: dict = {}  # speaker -> the markets a vendor speaks for (None: no vendor)
    for index, (p_start, p_end) in enumerate(paragraphs):
        if not in_title:
            _continue_back(rows, paragraph_first_row)
        paragraph_first_row = len(rows)
        following = members[index + 1] if index + 1 < len(paragraphs) else []
        paragraph_numbers = None  # numerals of the paragraph, found once
        for number in members[index]:
            s_start, s_end = sentences[number]
            sentence = field_text[s_start:s_end]
            if paragraph_numbers is None:
                chunk = field_text[p_start:p_end]
                # the forms written in digits (ranges, glued numerals, decimal shares,
                # amounts) are looked for only in a paragraph holding a digit (many hold none)
                digits = _DIGIT.search(chunk) is not None
                fractions = _fractions(chunk)
                # (with a numeral glued to the word before, "menghasilkan777,2 ribu", whose
                # scale word is no thousand of its own either)
                ranges = _ranges(chunk) + _dotted_ranges(chunk) + _word_glued_numbers(
                    chunk) + _signed_changes(chunk) + _percent_ranges(chunk) + \
                    _sign_glued_ranges(chunk) if digits else []
                # the scale word of "3-5 juta" is the range's, not a numeral of its own
                found_numbers = [n for n in find_numbers(chunk) + (
                    _glued_numbers(chunk) + _unit_glued_numbers(chunk) if digits else [])
                                 if not any(r.start <= n.start < r.end for r in ranges)]
                if digits:
                    found_numbers = _without_orphan_scales(chunk, found_numbers)
                english_text = _english_text(field_text)
                # the English forms' article or paragraph, asked once of the paragraph (and
                # not of one where no English form can be: no digit, no "-plus", "-odd")
                english_chunk = english_text or bool(
                    digits or _PLUS_ODD.search(chunk)) and language.is_english(chunk)
                suffixed = _suffixed_numbers(chunk, True) if english_chunk else []
                if english_chunk and digits:
                    suffixed += _english_thousandths(chunk)
                found_numbers = [n for n in found_numbers if not any(
                    s.start <= n.start < s.end for s in suffixed)] + suffixed
                shares = [n for n in (_english_shares(chunk, True) + _abbreviated_numbers(
                    chunk, True) + _english_measures(chunk) if english_chunk else [])
                    + _glued_scales(chunk) + _point_shares(chunk, english_chunk)
                          if not any(m.start <= n.start < m.end for m in found_numbers)
                          ] if digits else []
                found_numbers += shares
                found_numbers = [n for n in found_numbers + ranges if not any(
                    f.start <= n.start < f.end for f in fractions)] + fractions
                starts = {n.start for n in found_numbers}
                priced = [n for n in _priced_numbers(chunk) if n.start not in starts
                          ] if digits else []
                paragraph_numbers = sorted(
                    found_numbers + priced + ([n for n in _money_ranges(chunk) if not any(
                        f.start <= n.start < f.end for f in found_numbers + priced)]
                        if digits else []),
                    key=lambda n: n.start)
            # a numeral never crosses a sentence end (. ! ? and a space)
            numbers = [n for n in paragraph_numbers if s_start <= p_start + n.start < s_end]
            if not numbers:
                continue
            # dates only for texts with a numeral: a numeral inside a date is no figure
            if field_dates is None:
                field_dates = _DatesByStart(_field_dates(field_text, anchor))
            expressions = field_dates.within(s_start, s_end)
            numbers = [n for n in numbers if not any(
                d.start <= p_start + n.start < d.end for d in expressions)
                or _compared_with_last_year(field_text, p_start + n.end, s_start)]
            figures = _amount_ranges(field_text, _figures(field_text, p_start, numbers,
                                                          s_start))
            if not figures:
                continue
            resolve_items(field_text, figures, s_start, s_end, last_item)
            _place_anaphors(field_text, figures, p_start)
            last_price = _prices_of_another_time(field_text, figures, s_start, last_price)
            if english_text:
                _share_the_hedge(field_text, figures)
                _respective_items(field_text, figures, s_start, s_end)
                _what_befell_them(field_text, figures, s_start, s_end)
            last_item = next((f["item"] for f in reversed(figures)
                              if not _needs_item(f.get("_bare_counter", f["item"]))), last_item)
            first = members[index][0]  # a paragraph's first sentence carries its cue
            aside = not in_title and (
                _aside(field_text, s_start, s_end, analysis.language)
                or _market_report(field_text, s_start, s_end, analysis.language)
                or number > 0 and _market_goes_on(field_text, sentences[number - 1],
                                                  (s_start, s_end), analysis.language) or (
                    number != first and _aside(field_text, *sentences[first],
                                               analysis.language)
                    and not _aside_goes_on(analysis, field_text, sentences, first,
                                           (s_start, s_end))))
            # a briefing's account (a press conference, a survey's release) goes on over a
            # paragraph of its own findings with no figure (round 26a, second part)
            briefed = not aside and not in_title and _briefing_runs_on(
                analysis, field_text, members, index)
            continues = not aside and (
                _continues(field_text, s_start, s_end, analysis.language) or (
                    number != first and _continues(field_text, *sentences[first],
                                                   analysis.language))
                # a numbered item whose number the sentence splitter cut off ("1." alone)
                or _LIST_ITEM.match(field_text, p_start, p_end) is not None
                or briefed)
            hearsay = not in_title and _hearsay(field_text, s_start, s_end)
            relayed = False
            for figure in figures:
                elsewhere = False
                if in_title:
                    statement = _pick(analysis.statements, figure["start"])
                    how = "title" if statement is not None else ""
                else:
                    earlier = [(members[i], claimed_by.get(i, [None])[0]) for i in
                               _up_to_own_prose(analysis, members, claimed_by, range(
                                   index - 1, max(-1, index - 1 - _CARRY_BLOCKS), -1),
                                   field_text, briefed)
                               ] if continues else []
                    statement, how = _claimant(analysis, number, members[index], following,
                                               figure["start"], earlier, field_text)
                    if aside and how in ("paragraph", "statement"):
                        statement, how = None, ""  # the outlet's aside: no speaker's account
                    if statement is not None and statement.estimate and not \
                            _ESTIMATED.match(field_text, statement.end,
                                             figure.get("_numeral", figure["start"])):
                        # "output fell to 3.1 million, under the projection by X of 3.4
                        # million": the estimator's figure is the one after it (round 18c)
                        statement, how = None, ""
                    elif statement is not None and statement.estimate and figure["start"] < \
                            statement.end:  # its item is the estimate, not the estimator
                        figure["item"] = figure["_family_item"] = re.match(
                            r"\w+", field_text[statement.start:statement.end]).group(0)
                    if statement is None and number in analysis.actors:
                        # no statement covers it: the body that did what it counts
                        statement, how = analysis.actors[number], "actor"
                    elif how == "paragraph" and number in analysis.actors and \
                            statement.start >= s_end:
                        # "Polisi menemukan 16 paket sabu. Tersangka mengaku …": a statement
                        # later in the paragraph does not take what the sentence's own
                        # subject did (round 18b)
                        statement, how = analysis.actors[number], "actor"
                    # "Russia reportedly sent 900 …", "… dikabarkan telah menerima 900 …"
                    # with no statement of its own: the outlet relays what no one it names
                    # says, no speaker around it (round 24f, second part)
                    relayed = statement is None and not aside and hearsay
                    if statement is None and not aside and not relayed:
                        statement = _run_on(claimed_by, index, figure["unit"], analysis,
                                            members, field_text) or \
                            run_on_here.get(index)
                        how = "run_on" if statement is not None else ""
                        if statement is not None:
                            run_on_here.setdefault(index, statement)
                    if statement is None and not aside and not relayed:
                        statement = _between(analysis, members, index, field_text)
                        how = "between" if statement is not None else ""
                    if statement is None and not aside and not relayed:
                        statement = _account(analysis, field_text, number, figure["start"])
                        how = "account" if statement is not None else ""
                    if statement is not None and how in _CARRIED and _another_market(
                            analysis, field_text, statement, (s_start, s_end), vendors):
                        # "Kemudian, di Pasar Y harga …" after a vendor at Pasar X spoke: the
                        # page's own round of the markets (round 26a): no choice among
                        # candidates hands it back to a speaker
                        statement, how, elsewhere = None, "", True
                    # a run of figures goes on from a statement's paragraph, never from an
                    # account's (each figure of an account is bounded by its own reach)
                    given = statement if how != "account" else None
                    # a third party's estimate beside the figures gives its figure only: no
                    # run goes on from it, the run before goes on past it (round 18c)
                    # (nor from a regulation the page reads its figures from: round 26a)
                    block = [None, set()] if statement is not None and (
                        statement.estimate or reads_a_regulation(statement)) \
                        else claimed_by.setdefault(index, [given, set()])
                    if given is not None and block[0] is None:
                        block[0] = given
                    if given is not None and given is block[0]:
                        block[1].add(figure["unit"])
                    if statement is not None and statement.form == "document" and \
                            how in ("direct", "paragraph", "statement"):
                        how = "document"  # "berdasarkan catatan X, …": X's data
                if statement is not None and statement.resolved_by and how != "actor" and \
                        not statement.resolved_by.startswith("surname"):
                    how = "coreference"  # the speaker is a pronoun or a description
                direction = "unknown"
                if figure["transfer"]:
                    direction = _direction(field_text, s_start, s_end, figure["start"], pairs)
                    if direction == "unknown":
                        direction = _direction(field_text, p_start, p_end, figure["start"], pairs)
                others = [f["start"] for f in figures if f is not figure]
                period_start, period_end = _period(expressions, figure["start"],
                                                   anchor, others)
                speaker = statement.speaker if statement is not None else None
                rows.append({
                    **{k: v for k, v in figure.items()
                       if k not in ("transfer", "_numeral", "_family_item")},
                    "claimant": speaker.canonical if speaker else "",
                    "claimant_type": (speaker.type or "unknown") if speaker else "",
                    "claimant_evidence": how,
                    "claimant_text": (" ".join(field_text[statement.start:statement.end]
                                               .split()) if statement is not None else ""),
                    "attribution_basis": _BASIS[how],
                    **dict(zip(("speaker_start", "speaker_end"),
                               speaker_span(field_text, speaker), strict=True)),
                    "relayed_by": _relay_names(analysis, statement, members[index]),
                    "direction": direction,
                    "period_start": period_start, "period_end": period_end,
                    "sentence": sentence, "in_title": in_title,
                    "_aside": aside or relayed or elsewhere,
                    "_estimate": statement is not None and statement.estimate,
                    "family": clause_family(sentence, figure["start"] - s_start,
                                            figure["end"] - s_start,
                                            figure.get("_family_item", figure.get("item", "")),
                                            figure.get("unit", "")),
                })
    if not in_title:
        _continue_back(rows, paragraph_first_row)
    _group_alternatives(field_text, rows)
    return rows


_CARRIED_FIELDS = ("claimant", "claimant_type", "claimant_evidence", "claimant_text",
                   "attribution_basis", "speaker_start", "speaker_end", "relayed_by")


def _continue_back(rows: list[dict], first: int) -> None:
    """A sentence that goes on with a statement (``Sedangkan, …``, ``Selain itu, …``) in the
    middle of a paragraph says the sentences before it in that paragraph belong to the same
    account: their figures that no statement covers take it too (``Selama periode itu, … turun
    401 ribu orang. Sedangkan, di desa turun 786 ribu orang.``, after the body's record)."""
    carried = next((r for r in rows[first:] if r["claimant_evidence"] == "statement"), None)
    if carried is None:
        return
    for row in rows[first:]:
        if row is carried:
            break
        if not row["claimant"] and not row["claimant_evidence"] and not row["_aside"]:
            row.update({field: carried[field] for field in _CARRIED_FIELDS})


def _figure_key(row: dict) -> tuple:
    return row["value"], row["unit"], row.get("qualifier") == "vague"


_VENDOR_REACH = 80  # characters from a trade's noun to the name it describes


def _a_vendor(body: str, name: str) -> bool:
    """Does the page first name the speaker ``name`` as one of an unnamed trade (claim_cues.csv
    ``unnamed_trade``: *Salah seorang penjual bawang, Raini (45), …*, *ujar Yona pedagang di
    pasar itu*)? A vendor speaks for the goods of the stall, not for the market's prices the
    page gave before anybody spoke (round 25a).

    >>> _a_vendor("Harga naik. Salah seorang penjual cabai, Rina (40), mengatakan …", "Rina")
    True
    >>> _a_vendor('"Sudah Rp 60 ribu," ujar Rina pedagang di pasar itu.', "Rina")
    True
    >>> _a_vendor("Harga di pedagang naik jadi Rp 50.000, kata Kepala Dinas Rina.", "Rina")
    False
    """
    at = body.find(name) if name else -1
    if at < 0:
        return False
    opening = max(body.rfind(". ", 0, at), body.rfind("\n", 0, at), at - _VENDOR_REACH) + 1
    trade = _cues()["unnamed_trade"]
    # before the name, in its clause: no numeral, no verb of saying, one comma at most
    before = [m for m in trade.finditer(body, opening, at)
              if not re.search(r"\d|,.*,", body[m.end():at])
              and not _reporting_verb_pattern().search(body, m.end(), at)]
    after = re.match(r"\s*(?:\(\d{1,3}\))?\s*,?\s*(?:(?:seorang|salah\s+(?:satu|seorang))\s+)?",
                     body[at + len(name):at + len(name) + _VENDOR_REACH])
    return bool(before) or trade.match(body, at + len(name) + after.end()) is not None


def _claim_the_unclaimed(rows: list[dict], outlet: str, body: str = "") -> None:
    """A figure no statement covers is the one the article attributes elsewhere (the same
    value and unit: ``figure``), else the outlet's own (``outlet``: the article states it in
    its own voice); with no outlet known it stays unclaimed."""
    claimed = [r for r in rows if r["claimant"] and r["claimant_evidence"] not in (
        "figure", "outlet")]
    # (a third party's estimate leads nothing: round 18c)
    body_claimed = sorted((r for r in claimed if not r["in_title"] and not r.get("_estimate")),
                          key=lambda r: r["start"])
    # the body's claimed figures by value and unit, in their order (a long article holds
    # thousands: one look-up each, not a pass over all of them)
    by_figure: dict[tuple, list[dict]] = {}
    for r in claimed:
        if not r["in_title"] and r["value"] == r["value"] and \
                r["claimant_evidence"] not in ("between", "account"):  # NaN equals nothing
            # a vague count ("thousands") and an exact one of the same value are no one
            # figure said twice: the key holds which of the two it is
            by_figure.setdefault(_figure_key(r), []).append(r)
    for row in rows:
        if row["claimant_evidence"] in ("between", "account") and _figure_key(row) in by_figure:
            # a figure the article attributes elsewhere in a statement of its own outranks the
            # account it stands inside ("menurut SSGI … 27,6 persen" quoted by a regent)
            row["claimant"] = ""
    vendor: list[bool] = []

    def first_a_vendor() -> bool:  # asked once per article, only when a lead may follow
        if not vendor:
            vendor.append(_a_vendor(body, body_claimed[0]["claimant"]))
        return vendor[0]

    for row in rows:
        if row["claimant"]:
            continue
        same = list(by_figure.get(_figure_key(row), ())) if row["value"] == row["value"] else []
        # a figure of the lead, before anybody speaks, summarises the first speaker when the
        # figures that speaker gives next count the same thing ("Sebelumnya, … 15 orang.
        # ¶ Kepala Dinas X menyebutkan … 17 orang"): the lead's claimant is that speaker
        lead = [] if same or row["in_title"] or row.get("_aside") or not body_claimed or \
            body_claimed[0]["start"] < row["start"] else [
                body_claimed[0]] if body_claimed[0]["unit"] == row["unit"] and \
            body_claimed[0]["start"] - row["start"] <= _LEAD_REACH and not first_a_vendor() \
            else []
        if same or lead:
            source = min(same, key=lambda r: abs(r["start"] - row["start"])) if same else lead[0]
            row.update(claimant=source["claimant"], claimant_type=source["claimant_type"],
                       claimant_text=source["claimant_text"],
                       claimant_evidence="figure" if same else "lead",
                       attribution_basis=_BASIS["figure" if same else "lead"],
                       relayed_by=source["relayed_by"])
            if row["in_title"]:  # the words naming the speaker stand in the body
                row.update(speaker_start=None, speaker_end=None)
            else:
                row.update(speaker_start=source["speaker_start"],
                           speaker_end=source["speaker_end"])
        elif outlet:
            row.update(claimant=outlet, claimant_type="media", claimant_text="",
                       claimant_evidence="outlet", attribution_basis=_BASIS["outlet"],
                       speaker_start=None, speaker_end=None)


# what a wire's own narrative figure was given before (round 21c): no statement in its
# sentence, only a statement of a paragraph before or of its paragraph, or the outlet
_NARRATIVE_EVIDENCE = frozenset({"run_on", "paragraph", "outlet", ""})


@lexicons.cached()
def _pronoun_subject() -> re.Pattern:
    """A sentence whose subject is a pronoun going on with the speaker before (kind
    ``pronoun`` of data/lexicons/continuation_cues.csv: *it, they, he, she*; kind
    ``back_reference``: *the party, the ministry*), at its start or after an opening phrase
    closed by a comma (*In the capital, it took …*) — not an impersonal *it* (kind
    ``impersonal``: *it is, it was, it rained*).

    >>> [bool(_pronoun_subject().match(s)) for s in ("In Lima, or the capital, they won 9.",
    ...     "It also took 9 seats.", "It was the worst flood in 9 years.", "Floods cut 9 roads.",
    ...     "In Cusco, the party said it won 9.")]
    [True, True, False, False, True]
    """
    table = lexicons.in_language(lexicons.load("continuation_cues"), "en")
    words = r"\s+".join
    pronouns = "|".join(words(map(re.escape, c.split())) for c in sorted(
        table.loc[table["kind"].isin(["pronoun", "back_reference"]), "cue"], key=len,
        reverse=True))
    impersonal = "|".join(words(map(re.escape, c.split())) for c in sorted(
        table.loc[table["kind"] == "impersonal", "cue"], key=len, reverse=True))
    if not pronouns:
        return re.compile(r"(?!)")
    return re.compile(r"\s*(?:[^.;:\"“”\n]{1,80}?,\s+)?" + (
        rf"(?!(?:{impersonal})(?![\w'’-]))" if impersonal else "") +
        rf"(?:{pronouns})\s+(?!(?:and|or)\s)[a-z]", re.IGNORECASE)


def _give_the_wire_its_narrative(rows: list[dict], analysis, wire) -> None:
    """On an English page carrying a wire's copy (``wire``: :func:`scopes.credited_wire`), a
    body figure no statement of its own sentence gives — it went on from a statement of
    another sentence (``run_on``, ``paragraph``), or to the outlet, or to nobody — is the
    wire's narrative (evidence ``wire``; after the candidates were weighed, so a speaker they
    chose keeps it): *Heavy rains have killed at least 40 people since
    January* after a mayor's paragraph. A sentence inside quotation marks, or one naming a
    speaker of the article (*… Siti Tarmizi informed that …*), is no narrative.

    >>> from newsframe.annotate.mentions import Mention
    >>> ap = Mention(start=0, end=0, text="AP", name="Associated Press",
    ...              canonical="Associated Press", type="wire", kind="organisation")
    >>> rows = [{"claimant": "Carla Duarte", "claimant_evidence": "run_on", "in_title": False,
    ...          "sentence": "Rains have killed 40 people.", "_aside": False}]
    >>> _give_the_wire_its_narrative(rows, None, ap)
    >>> rows[0]["claimant"], rows[0]["claimant_evidence"]
    ('Associated Press', 'wire')
    """
    if wire is None:
        return
    # the article's speakers, by name and a person's surname
    names = {n for s in getattr(analysis, "statements", []) if s.speaker is not None
             for n in (s.speaker.canonical, s.speaker.canonical.split()[-1] if
                       s.speaker.kind == "person" and s.speaker.canonical else "")
             if n and len(n) > 3}
    speakers = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(names))) +
                          r")(?![\w-])") if names else None
    for row in rows:
        if row["in_title"] or row["claimant_evidence"] not in _NARRATIVE_EVIDENCE or \
                re.search(r"[\"“”]", row["sentence"]) or (
                    speakers is not None and speakers.search(row["sentence"])) or (
                    row["claimant"] and row["claimant_evidence"] in ("run_on", "paragraph") and
                    _pronoun_subject().match(row["sentence"])):
            # quoted, or its sentence names a speaker of the article, or its subject is a
            # pronoun going on with the speaker before (*In the capital, it took all 14
            # seats* after the party said it had won: round 21c, second part)
            continue
        row.update(claimant=wire.canonical, claimant_type="wire", claimant_text=wire.text,
                   claimant_evidence="wire", attribution_basis=_BASIS["wire"],
                   speaker_start=None, speaker_end=None, relayed_by="")


def _anonymous_staff(name: str) -> bool:
    """Is ``name`` a body's staff named by their trade alone (claim_cues.csv
    ``anonymous_staff``: *Petugas*, *Aparat*)?"""
    staff = _cues().get("anonymous_staff")
    return staff is not None and staff.fullmatch(name.strip()) is not None


def _unclaim_anonymous_staff(rows: list[dict]) -> None:
    """A body's staff named by their trade alone (*Petugas masih mendata …*, *Petugas
    menyebut …*: claim_cues.csv ``anonymous_staff``) speak for nobody in particular: their
    figures go to whoever the article gives them elsewhere, to the speaker the lead
    summarises, else to the outlet (``_claim_the_unclaimed``). *Petugas BPBD* names its body
    and keeps it.

    >>> rows = [{"claimant": "Petugas", "in_title": False}, {"claimant": "Petugas BPBD",
    ...          "in_title": False}]
    >>> _unclaim_anonymous_staff(rows)
    >>> [r["claimant"] for r in rows]
    ['', 'Petugas BPBD']
    """
    for row in rows:
        if row["claimant"] and not row["in_title"] and _anonymous_staff(row["claimant"]):
            row.update(claimant="", claimant_type="", claimant_text="", claimant_evidence="",
                       speaker_start=None, speaker_end=None, relayed_by=[])


@lexicons.cached()
def _generic_heads() -> frozenset:
    """The head words of mention_words.csv that name a kind of speaker, not one (*official*,
    *authorities*, *government*, *pejabat*)."""
    table = lexicons.load("mention_words")
    return frozenset(w.lower() for w, c in zip(table["word"], table["category"], strict=True)
                     if c in ("group", "group_title", "org", "title") and " " not in w)


def is_generic(claimant: str) -> bool:
    """Does ``claimant`` name a kind of speaker rather than one: a head word of
    mention_words.csv alone (*Officials*, *pejabat*) or after lower-case words only
    (*hospital official*, *country's authorities*; not *US government*)?

    >>> is_generic("hospital official"), is_generic("Officials"), is_generic("US government")
    (True, True, False)
    """
    words = re.sub(r"['’]s(?![\w])", "", claimant).split()
    return bool(words) and words[-1].lower() in _generic_heads() and (
        len(words) == 1 or not any(w[:1].isupper() for w in words))


def _generic_in_title(row: dict) -> bool:
    """Does a headline's speaker name a kind of speaker: a head word of mention_words.csv
    after words that are no name, whatever their case (a headline capitalises every word:
    *Defense Chief Says …*)? The body's named account of the same figure is the one the
    headline summarises (round 21d). A state in a headline (*AS: …*) keeps its figure: it
    stands for its government, as the seeds read it.

    >>> _generic_in_title({"claimant": "Defense chief"})
    True
    >>> _generic_in_title({"claimant": "Ana Paredes"})
    False
    >>> _generic_in_title({"claimant": "US government"})
    False
    """
    words = re.sub(r"['’]s(?![\w])", "", row["claimant"]).lower().split()
    countries = country_names()
    if row["claimant"].endswith(" government") or any(
            " ".join(words[i:j]) in countries for i in range(len(words))
            for j in range(i + 1, min(len(words), i + 3) + 1)):
        return False  # "US government", "Peru's defence chief": a state's, kept
    return is_generic(" ".join(words))


def _name_the_generic(rows: list[dict]) -> None:
    """A figure given to a kind of speaker (*officials said*, *the country's authorities*)
    that the article also gives, with the same value and unit, to one speaker it names
    (*Agus Wibowo, a spokesman for the agency, said … 66*) is that speaker's (evidence
    ``figure``): the lead or headline summarises the named account."""
    named: dict[tuple, list[dict]] = {}
    for row in rows:
        if not row["in_title"] and row["claimant"] and row["value"] == row["value"] and \
                row["claimant_evidence"] not in (
                    "figure", "outlet", "lead", "between", "account") and \
                row["qualifier"] != "vague" and not is_generic(row["claimant"]):
            named.setdefault((row["value"], row["unit"]), []).append(row)
    for row in rows:
        if not row["claimant"] or row["qualifier"] == "vague" or not (
                is_generic(row["claimant"]) or row["in_title"] and _generic_in_title(row)):
            continue  # "thousands" twice is no one figure said twice
        same = named.get((row["value"], row["unit"]), [])
        if len({r["claimant"] for r in same}) != 1:
            continue  # nobody named, or two speakers give it: the rules' reading stands
        source = min(same, key=lambda r: abs(r["start"] - row["start"]))
        row.update(claimant=source["claimant"], claimant_type=source["claimant_type"],
                   claimant_text=source["claimant_text"], claimant_evidence="figure",
                   attribution_basis=_BASIS["figure"], relayed_by=source["relayed_by"])
        if row["in_title"]:
            row.update(speaker_start=None, speaker_end=None)
        else:
            row.update(speaker_start=source["speaker_start"], speaker_end=source["speaker_end"])
# how a sentence-mate was given its speaker: the article gives the figure again to a named
# speaker (``figure``), the lead summarises the first speaker (``lead``), the candidates chose
# (``candidates``, or ``unsure`` where the best two lay close: the mates share the doubt; round
# 22a, a list sentence whose first figure alone matched the speaker's unit)
_SENTENCE_MATE_EVIDENCE = frozenset({"figure", "lead", "candidates", "unsure"})


def _name_the_sentence_mates(rows: list[dict], body: str) -> None:
    """The second half of :func:`_name_the_generic`: a body figure left to the outlet's own
    voice or to nobody that shares its sentence with figures the article gives one named
    speaker elsewhere (``figure``), or that the lead or the candidates give that speaker
    (*Polres X menangkap 3 tersangka dengan barang bukti 2,1 kilogram sabu* ¶ *… kata
    Kapolres, Y* naming the three again), is that speaker's too: one sentence of a lead
    tells one account. Its evidence is the mate's. Vague counts, asides and the title keep
    their reading; a sentence whose figures go to two speakers, to a medium or to a kind of
    speaker gives nothing.

    >>> rows = [dict(value=3.0, unit="person", start=10, end=20, in_title=False,
    ...              qualifier="exact", claimant="Andi", claimant_type="person",
    ...              claimant_text="Andi", claimant_evidence="figure", relayed_by=[],
    ...              speaker_start=60, speaker_end=64),
    ...         dict(value=2.1, unit="kg", start=30, end=40, in_title=False,
    ...              qualifier="exact", claimant="X", claimant_type="media",
    ...              claimant_text="", claimant_evidence="outlet", relayed_by=[],
    ...              speaker_start=None, speaker_end=None)]
    >>> _name_the_sentence_mates(rows, "Polisi tangkap 3 orang dan 2,1 kg sabu di sana. Kata Andi.")
    >>> rows[1]["claimant"], rows[1]["claimant_evidence"]
    ('Andi', 'figure')
    """
    body_rows = [r for r in rows if not r["in_title"]]
    if len(body_rows) < 2:
        return
    spans = text.split_sentences(body)
    starts = [s for s, _ in spans]

    def sentence_of(row: dict) -> int:
        return bisect.bisect_right(starts, row["start"]) - 1

    mates: dict[int, list[dict]] = {}
    for row in body_rows:
        if row["claimant"] and row["claimant_evidence"] in _SENTENCE_MATE_EVIDENCE:
            mates.setdefault(sentence_of(row), []).append(row)
    if not mates:
        return
    for row in body_rows:
        if row["claimant_evidence"] not in ("outlet", "") or row["qualifier"] == "vague" or \
                row.get("_aside"):
            continue
        same = mates.get(sentence_of(row), [])
        if len({r["claimant"] for r in same}) != 1 or same[0]["claimant_type"] == "media" or \
                is_generic(same[0]["claimant"]):
            continue  # nobody, two speakers, a medium or a kind of speaker: as it is
        source = min(same, key=lambda r: abs(r["start"] - row["start"]))
        row.update(claimant=source["claimant"], claimant_type=source["claimant_type"],
                   claimant_text=source["claimant_text"],
                   claimant_evidence=source["claimant_evidence"],
                   attribution_basis=source.get("attribution_basis") or _BASIS[
                       source["claimant_evidence"]],  # (an unsure mate keeps its basis)
                   relayed_by=source["relayed_by"], speaker_start=source["speaker_start"],
                   speaker_end=source["speaker_end"])


# words after a body's short form that mean the body named before: "BPBD setempat"
_LOCAL_WORDS = ("setempat", "tersebut")


def _names(body: str, start: int, end: int, speaker: str) -> bool:
    """Does ``body[start:end]`` name ``speaker`` as words: its whole name, the name without
    its bracketed short form, or the short form with what follows it (``Badan X (BX) Kota
    Y``: also ``Badan X Kota Y`` and ``BX Kota Y``), or its short form with *setempat* or
    *tersebut* (``BX setempat``: the local one, named before)?

    >>> _names("Lalu BX Kota Y menutup jalan.", 0, 29, "Badan X (BX) Kota Y")
    True
    >>> _names("BX setempat belum merinci.", 0, 26, "BX Kota Y")
    True
    """
    if not speaker:
        return False
    forms = {speaker, " ".join(re.sub(r"\([^)]*\)", " ", speaker).split())}
    short = re.search(r"\(([^)]+)\)(.*)$", speaker)
    if short:
        forms.add(" ".join((short.group(1) + " " + short.group(2)).split()))
    # "BPBD setempat", "BPBD tersebut": the body's short form as "the local one" or "that
    # one" (the short form in brackets, or the name's first word in capitals)
    acronym = short.group(1).strip() if short else speaker.split()[0]
    if len(acronym) >= 2 and acronym.isupper() and acronym.isalpha() and \
            len(speaker.split()) > 1:
        forms.update(acronym + " " + word for word in _LOCAL_WORDS)
    return any(re.search(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", body[start:end])
               for form in forms if form)


def _choose_among_candidates(rows: list[dict], body: str, analysis, outlet: str) -> None:
    """Where the rules' evidence for a body figure's claimant is weak (``run_on``,
    ``between``, ``lead``, ``paragraph``, ``outlet``, none: :data:`candidates.WEAK_EVIDENCE`),
    every speaker of the article and the outlet are candidates, scored by
    :func:`newsframe.annotate.candidates.rank_speakers` (weights in
    data/lexicons/claimant_weights.csv). A better-scored speaker than the rules' one takes
    the figure (evidence ``candidates``); where the best two lie close the figure's evidence
    says ``unsure`` (its claimant the best one), for an analyst to settle."""
    weak = [r for r in rows if not r["in_title"] and r["claimant_evidence"] in
            choice.WEAK_EVIDENCE and not r.get("_aside")]
    if not weak:
        return
    paragraphs = text.split_paragraphs(body)
    ends = [end for _, end in paragraphs]

    def paragraph_of(offset: int) -> int:
        return min(bisect.bisect_right(ends, offset), max(len(ends) - 1, 0))

    # (a third party's estimate is no candidate for the figures around it: round 18c)
    said = sorted(((s, paragraph_of(s.start)) for s in analysis.statements
                   if s.form != "verdict" and not s.estimate and s.speaker is not None
                   and s.speaker.canonical and not _anonymous_staff(s.speaker.canonical)),
                  key=lambda pair: (pair[1], pair[0].start))
    if not said:
        return
    wheres = [where for _, where in said]
    counts: dict[str, int] = {}
    by_speaker: dict[str, list[int]] = {}  # speaker -> indices into said, in order
    for number, (statement, _) in enumerate(said):
        counts[statement.speaker.canonical] = counts.get(statement.speaker.canonical, 0) + 1
        by_speaker.setdefault(statement.speaker.canonical, []).append(number)

    def nearest(speaker: str, here: int):
        """The speaker's statement nearest paragraph ``here``."""
        numbers = by_speaker[speaker]  # ascending, as their paragraphs are
        at = bisect.bisect_left(numbers, bisect.bisect_left(wheres, here))
        around = [numbers[i] for i in (at - 1, at) if 0 <= i < len(numbers)]
        return min((said[n] for n in around), key=lambda pair: abs(pair[1] - here))

    units_of: dict[str, set] = {}
    for row in rows:
        if row["claimant"] and not row["in_title"] and not row.get("_estimate") and \
                row["claimant_evidence"] not in choice.WEAK_EVIDENCE:
            units_of.setdefault(row["claimant"], set()).add(row["unit"])
    for row in weak:
        here = paragraph_of(row["start"])
        # candidates: the speakers of the paragraphs around the figure (farther places weigh
        # nothing; bounded work per figure however long the article), and the rules' choice
        low = bisect.bisect_left(wheres, here - choice.WINDOW)
        high = bisect.bisect_right(wheres, here + choice.WINDOW)
        statements = [(s.speaker.canonical, where) for s, where in said[low:high]]
        if row["claimant"] in by_speaker and not any(
                speaker == row["claimant"] for speaker, _ in statements):
            statements.append((row["claimant"], nearest(row["claimant"], here)[1]))
        start, end = paragraphs[here] if here < len(paragraphs) else (0, 0)
        named = {speaker for speaker, _ in statements if _names(body, start, end, speaker)}
        ranked = choice.rank_speakers(here, row["unit"], statements, units_of, row["claimant"],
                                      row["claimant_evidence"], outlet, counts=counts,
                                      named=named)
        if not ranked:
            continue
        unsure = choice.is_unsure(ranked)
        best = ranked[0][1]
        if best != row["claimant"] and best:  # nobody never takes a figure from a speaker
            if best == outlet and not any(s.speaker.canonical == best for s, _ in said):
                row.update(claimant=outlet, claimant_type="media", claimant_text="",
                           claimant_evidence="outlet", attribution_basis=_BASIS["outlet"],
                           speaker_start=None, speaker_end=None, relayed_by="")
            else:
                statement = nearest(best, here)[0]
                speaker = statement.speaker
                row.update(claimant=speaker.canonical,
                           claimant_type=speaker.type or "unknown",
                           claimant_text=" ".join(body[statement.start:statement.end].split()),
                           claimant_evidence="candidates",
                           attribution_basis=_BASIS["candidates"],
                           **dict(zip(("speaker_start", "speaker_end"),
                                      speaker_span(body, speaker), strict=True)),
                           relayed_by=_relay_names(analysis, statement, []))
        if unsure:
            row["claimant_evidence"] = "unsure"


def _give_a_countrys_figures_to_its_body(rows: list[dict]) -> None:
    """A figure whose claimant is a bare country name no lexicon knows as a state
    (``Indonesia mengumumkan 686 kasus``, ``Indonesia reported a surplus``) is the body of
    that country that the article names as giving figures — a government body
    (``Kementerian Kesehatan``) or one whose name holds the country's (``Indonesia's
    statistics bureau``): the one that gave figures of the same unit, else the nearest
    (evidence ``coreference``: the country stands for its body). With no such body named the
    country keeps its figures (``Rusia mencatat 40 drone``: its government)."""
    # a country's short form too (*RI*, round 23k: data/lexicons/country_short_forms.csv)
    countries = country_names() | country_short_forms()
    country_rows = [r for r in rows if r["claimant"].lower() in countries and
                    r["claimant_type"] in ("unknown", "")]
    if not country_rows:
        return
    for row in country_rows:
        country = row["claimant"].lower()
        bodies = [r for r in rows if r["claimant"] and r["claimant"].lower() not in countries
                  and not r["in_title"] and r["claimant_evidence"] not in ("outlet", "figure")
                  and (r["claimant_type"] == "government" or re.search(
                      r"(?<![\w-])" + re.escape(country) + r"(?![\w-])",
                      r["claimant"].lower()))]
        if not bodies:
            continue
        same = [r for r in bodies if r["unit"] == row["unit"]] or bodies
        body = min(same, key=lambda r: abs(r["start"] - row["start"]))
        row.update(claimant=body["claimant"], claimant_type=body["claimant_type"],
                   claimant_text=body["claimant_text"], claimant_evidence="coreference",
                   attribution_basis=_BASIS["coreference"], relayed_by=body["relayed_by"])
        if row["in_title"]:  # the words naming the speaker stand in the body
            row.update(speaker_start=None, speaker_end=None)
        else:
            row.update(speaker_start=body["speaker_start"], speaker_end=body["speaker_end"])


# a body's data or version named before a figure inside the figure's own clause (round 22b):
# "berbeda dengan data BNPB yang mencapai 604 jiwa", "versi Kontras yang mencatat 57 kasus"
_OWNED_DATA_REACH = 240  # characters from the figure back to the body's name
# what the data's clause opens with: a relative clause of the data, or a verb of a record
_OWNED_DATA_CLAUSE = re.compile(r"\s*(?:,\s*)?(?:yang|mencatat|mencatatkan|menunjukkan|"
                                r"menyebutkan|mencapai|sebanyak|sebesar)(?![\w-])", re.I)
# what ends the data's clause before the figure: a quote, a colon or semicolon, a new clause
# (a conjunction), another body's data or a speaker's cue
_OWNED_DATA_BREAK = re.compile(
    r"[\"“”:;]|(?<![\w-])(?:menurut|kata|ujar|ungkap|sedangkan|sementara|namun|tetapi|tapi|"
    r"padahal|karena|sehingga|meski|meskipun|sebaliknya|data|versi|klaim)(?![\w-])", re.I)
# the end of the sentence before the figure's
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+(?=\S)|\n")


_DATA_CUE = re.compile(r"(?<![\w-])([Dd]ata|[Vv]ersi)\s+(?=[A-Z])")


@lexicons.cached()
def _month_names() -> frozenset:
    """Month names and abbreviations (data/lexicons/months.csv), lower case."""
    return frozenset(lexicons.load("months")["name"].str.lower())


def _owner_name(mention) -> str:
    """The body a data mention names: ``data BNPB`` → *BNPB*, ``data Kontras`` (a document
    read with its owner) → *Kontras*."""
    lead = mention.text.split(maxsplit=1)
    if len(lead) == 2 and lead[0].lower() in ("data", "versi"):
        return mention.name if mention.kind == "organisation" and mention.name else lead[1]
    return mention.canonical if mention.kind == "organisation" and mention.canonical else \
        mention.name or mention.text


def _data_owner(body: str, low: int, start: int):
    """The mention of the body whose data or version (*data X*, *versi X*) is named last in
    ``body[low:start]``: an organisation, or a capitalised name no lexicon knows — never a
    person, a place, a month or a medium. None when there is none."""
    cues = list(_DATA_CUE.finditer(body, low, start))
    if not cues:
        return None
    cue = cues[-1]
    mention = next((m for m in find_mentions(body, low, start)
                    if m.start in (cue.start(), cue.end()) and m.end <= start), None)
    if mention is None or mention.kind not in ("organisation", "unknown", "document") or \
            mention.type in ("media", "wire"):
        return None
    name = _owner_name(mention)
    first = name.split()[0] if name.split() else ""
    if not first[:1].isupper() or first.lower() in _month_names() or _place_item(name) or \
            name.lower() in ("ini", "itu", "tersebut"):
        return None
    return mention


def _give_named_data_its_owner(rows: list[dict], body: str, analysis) -> None:
    """A figure whose own clause names, before it, a body's data or version as what it counts
    (``Angka itu berbeda dengan data BPBD yang mencapai 260 keluarga``, ``"Kami tidak sepakat
    dengan data Kontras yang dikutip media soal 41 korban," ujar X``, ``versi Kontras yang
    mencatat 57 kasus``) is that body's (evidence ``document``), not the speaker who cites it to
    compare or reject it: the data's clause (a relative *yang …* or a verb of a record) runs
    to the figure with no quote mark, conjunction, other data or speaker's statement between
    (a passive in the relative clause, *yang disampaikan anggota DPR*, only relays it). Indonesian
    body text only; a body whose figure it already is keeps it."""
    if analysis.language != "id":
        return
    for row in rows:
        if row["in_title"] or row["value"] != row["value"]:
            continue
        start = row["start"]  # the figure's numeral, past an item standing before it
        if row["item"] and body.startswith(row["item"], start):
            digit = re.compile(r"\d").search(body, start + len(row["item"]), row["end"])
            start = digit.start() if digit else start + len(row["item"])
        low = max(0, start - _OWNED_DATA_REACH)
        breaks = list(_SENTENCE_BREAK.finditer(body, low, start))
        low = breaks[-1].end() if breaks else low
        owner = _data_owner(body, low, start)
        if owner is None:
            continue
        between = body[owner.end:start]
        if not _OWNED_DATA_CLAUSE.match(between) or _OWNED_DATA_BREAK.search(between):
            continue
        if any(owner.end <= s.start and s.end <= start and not (
                s.form == "passive" and body[max(0, s.start - 4):s.start].lower() == "yang ")
               for s in analysis.statements):
            continue  # a speaker's statement between gives the figure
        name = _owner_name(owner)
        if row["claimant"] and (row["claimant"] in (owner.name, owner.canonical, name) or
                                name in row["claimant"]):
            continue
        row.update(claimant=name, claimant_type=owner.type or "unknown",
                   claimant_text=" ".join(owner.text.split()), claimant_evidence="document",
                   attribution_basis=_BASIS["document"], relayed_by="",
                   **dict(zip(("speaker_start", "speaker_end"), speaker_span(body, owner),
                              strict=True)))


# a sentence that opens with whose monitoring its prices are (round 22b): "Pantauan kumparan di
# Pasar X, …", "Pada panel harga pangan Badan Pangan Nasional, …", "Dari pantauan di Panel
# Harga Bapanas, …"
_MONITOR_OPENER = re.compile(
    r"[^\S\n]*(?:(?:dari|berdasarkan|menurut|sesuai|pada|di)\s+)?(?:hasil\s+)?"
    r"(?:(pantauan)(?:\s+(?:di|pada)(?=\s+panel\s))?\s*)?(?:(panel\s+harga)(?:\s+pangan)?\s*)?",
    re.I)
_MONITOR_REACH = 400  # characters from the figure back to its sentence's start


def _monitor_of(body: str, head: int, limit: int, outlet: str) -> tuple[str, str, object]:
    """(name, type, mention) of whose monitoring ``body[head:limit]`` opens with, else
    ("", "", None): the body named after *pantauan* or *panel harga* (*Badan Pangan Nasional*),
    the outlet named there (*Pantauan kumparan*), or the outlet itself where the monitoring
    names only a place (*Pantauan di Pasar Lama*)."""
    match = _MONITOR_OPENER.match(body, head, limit)
    if match is None or not (match.group(1) or match.group(2)):
        return "", "", None
    after = match.end()
    mention = next((m for m in find_mentions(body, after, limit) if m.start == after), None)
    if mention is not None and mention.kind in ("organisation", "unknown", "document") and \
            (mention.name or mention.canonical)[:1].isupper() and \
            not _place_item(mention.name or mention.canonical):
        return (mention.canonical if mention.kind == "organisation" and mention.canonical
                else mention.name or mention.canonical), mention.type or "unknown", mention
    word = re.match(r"[\w.-]+", body[after:limit])
    names = {outlet.casefold(), outlet.split()[0].casefold()} if outlet.strip() else set()
    if word and word.group().casefold() in names:
        return outlet, "media", None
    if match.group(1) and not match.group(2) and word and word.group().lower() in ("di", "pada"
                                                                                ) and outlet:
        return outlet, "media", None
    return "", "", None


def _give_monitored_figures_their_monitor(rows: list[dict], body: str, analysis,
                                          outlet: str) -> None:
    """A figure of a sentence that opens with whose monitoring it is — *Pantauan kumparan
    (10/10) di Pasar X*, *Pada panel harga pangan Badan Pangan Nasional*, *Dari pantauan di
    Panel Harga Bapanas (…)* — is that monitor's (evidence ``document``): the body named, the
    outlet named, or the outlet where only a market is named; not the official or trader of
    the paragraphs around whose account the rules carried on. A sentence with a quote mark or
    a statement of its own keeps its reading (*…, kata Budi, pedagang telur*). Indonesian
    body text only."""
    if analysis.language != "id":
        return
    said = sorted(s.start for s in analysis.statements)  # (one sort, not a scan per row)
    for row in rows:
        if row["in_title"] or row["value"] != row["value"]:
            continue
        start = row["start"]
        low = max(0, start - _MONITOR_REACH)
        breaks = list(_SENTENCE_BREAK.finditer(body, low, start))
        if not breaks and low:
            continue  # the sentence opens farther back than the reach
        head = breaks[-1].end() if breaks else 0
        ending = _SENTENCE_BREAK.search(body, row["end"])
        s_end = ending.start() + 1 if ending else len(body)
        first = bisect.bisect_left(said, head)
        if re.search(r"[\"“”]", body[head:s_end]) or first < len(said) and said[first] < s_end:
            continue
        name, kind, mention = _monitor_of(body, head, start, outlet)
        if not name or row["claimant"] == name:
            continue
        row.update(claimant=name, claimant_type=kind, claimant_evidence="document",
                   claimant_text=" ".join(body[head:mention.end].split()) if mention else name,
                   attribution_basis=_BASIS["document"], relayed_by="",
                   **dict(zip(("speaker_start", "speaker_end"), speaker_span(body, mention),
                              strict=True)))


# a sentence naming a survey's method (its sample, respondents, margin of error, sampling
# method, confidence level): "Jumlah sampel sebanyak 1.200 responden", "margin of error 2,8
# persen", "metode acak bertingkat" (round 23f, second part)
_SURVEY_METHOD = re.compile(
    r"(?<![\w-])(?:sampel|sampelnya|responden|margin\s+(?:of\s+)?error|toleransi\s+kesalahan|"
    r"tingkat\s+kepercayaan|metode|metodologi|multistage|random\s+sampling|"
    r"acak\s+bertingkat)(?![\w-])", re.I)
# a sentence that names a survey: whose statement there names the pollster
_SURVEY_WORD = re.compile(r"(?<![\w-])(?:survei|survey|surveinya|jajak\s+pendapat|"
                          r"polling)(?![\w-])", re.I)


# the verbs with which a pollster releases its survey (*merilis hasil survei*, *X melakukan
# survei*, *survei X dilakukan*: the verb round 23f gives it)
_RELEASES = re.compile(r"merilis|mempublikasikan|mengumumkan|memaparkan|memublikasikan|"
                       r"melakukan|menggelar|melaksanakan|menyelenggarakan|survei")


def _give_method_figures_their_pollster(rows: list[dict], body: str, analysis) -> None:
    """A figure of a survey's method sentence — *Jumlah sampel sebanyak 1.200 responden*,
    *… margin of error 2,83 persen* — that no speaker's account reaches (the outlet's, or
    nobody's: after a short paragraph of the writer's own prose, past the account's reach, or
    after the outlet's aside) is the pollster's last named with a survey before it in the
    article: the body (an organisation or group) whose statement's paragraph names a survey,
    or the speaker who releases a survey in its sentence (*X merilis hasil survei …*;
    evidence ``account``); a person who only speaks of a survey is none. Round 21q's
    rule stands for every other sentence. Indonesian body text only."""
    if analysis.language != "id":
        return
    spans = _paragraph_spans(body)
    heads = [start for start, _ in spans]
    def paragraph(position: int) -> tuple[int, int]:
        return spans[max(0, bisect.bisect_right(heads, position) - 1)]
    def pollster(s) -> bool:
        if s.form == "verdict" or s.speaker.type in ("media", "wire") or \
                s.speaker.refer == "pronoun" or not s.speaker.canonical or \
                is_generic(s.speaker.canonical):
            return False
        if s.speaker.kind in ("organisation", "group"):
            return bool(_SURVEY_WORD.search(body, *paragraph(s.sentence[0])))
        # whoever releases a survey in that sentence (*X merilis hasil survei …*): a name
        # the mentions read as a person's is the pollster too
        return s.speaker.kind == "person" and bool(_RELEASES.fullmatch(s.verb.lower())) and \
            bool(_SURVEY_WORD.search(body, *s.sentence))
    pollsters = sorted(((s.start, s.end, s) for s in analysis.statements if pollster(s)),
                       key=lambda p: (p[0], p[1]))
    starts = [p[0] for p in pollsters]  # (one sort; a bisect per row, not a scan)
    for row in rows:
        if row["in_title"] or row["value"] != row["value"] or \
                row["claimant"] and row["claimant_evidence"] != "outlet":
            continue
        start = row["start"]
        low = max(0, start - _MONITOR_REACH)
        breaks = list(_SENTENCE_BREAK.finditer(body, low, start))
        head = breaks[-1].end() if breaks else low
        ending = _SENTENCE_BREAK.search(body, row["end"])
        s_end = ending.start() + 1 if ending else len(body)
        if not _SURVEY_METHOD.search(body, head, s_end) or \
                re.search(r"[\"“”]", body[head:s_end]):
            continue
        index = bisect.bisect_left(starts, head) - 1
        if index < 0 or pollsters[index][1] > head:
            continue
        statement = pollsters[index][2]
        speaker = statement.speaker
        row.update(claimant=speaker.canonical, claimant_type=speaker.type or "unknown",
                   claimant_text=" ".join(body[statement.start:statement.end].split()),
                   claimant_evidence="account", attribution_basis=_BASIS["account"],
                   relayed_by="",
                   **dict(zip(("speaker_start", "speaker_end"), speaker_span(body, speaker),
                              strict=True)))


# a word that names a figure as somebody's claim ("klaim kemiskinan naik 50 persen tidak
# benar": the claim is the one made before)
_CLAIM_WORD = re.compile(r"(?<![\w-])(?:klaim|klaimnya|versi|claim|claims)(?![\w-])", re.I)


def _give_repeats_their_source(rows: list[dict]) -> None:
    """A figure a speaker repeats from another's claim is that claim's (evidence
    ``figure``): the same value and unit given before by another claimant, and the
    repeating sentence cites that claimant or calls the figure a claim (``menurut SSGI kita
    naik 27,6 persen``, ``klaim kemiskinan naik 50 persen tidak benar``) — unless a
    statement of the figure's own sentence gives it."""
    first: dict[tuple, dict] = {}
    for row in sorted((r for r in rows if not r["in_title"]), key=lambda r: r["start"]):
        if row["value"] != row["value"] or not row["claimant"]:
            continue
        key = (row["value"], row["unit"])
        earlier = first.get(key)
        if earlier is None:
            if row["claimant_evidence"] not in ("figure", "outlet", "between", "account"):
                first[key] = row
            continue
        if earlier["claimant"] == row["claimant"] or row["claimant_evidence"] in (
                "outlet", "direct", "actor"):
            continue  # a statement in the figure's own sentence says whose it is
        names = {earlier["claimant"], *earlier["claimant"].split()[-1:]}
        if _CLAIM_WORD.search(row["sentence"]) or any(re.search(
                r"(?<![\w-])(?:menurut|versi|data|klaim)\s+(?:pihak\s+)?" + re.escape(n)
                + r"(?![\w-])", row["sentence"], re.I) for n in names if len(n) >= 3):
            row.update(claimant=earlier["claimant"], claimant_type=earlier["claimant_type"],
                       claimant_text=earlier["claimant_text"], claimant_evidence="figure",
                       attribution_basis=_BASIS["figure"], relayed_by=earlier["relayed_by"],
                       speaker_start=earlier["speaker_start"], speaker_end=earlier["speaker_end"])


# between two figures joined as one count in two parts: the first figure's item words (no
# numeral, no clause break: punctuation, a quote mark, a conjunction of contrast), then
# "dan / atau / serta / and / or" right before the second numeral (round 23e)
_JOINED_FIGURES_GAP = re.compile(r"[^\S\n]*(?:[^\W\d_][\w'’-]*[^\S\n]+){0,8}?"
                                 r"(?:dan|atau|serta|and|or)[^\S\n]+")
_JOIN_BREAKERS = re.compile(r"(?<![\w-])(?:sementara|sedangkan|namun|tetapi|but|while|whereas|"
                            r"kata|ujar|said|says|menurut|according)(?![\w-])", re.IGNORECASE)
_SHARED_HEDGES = ("about", "up_to")  # an estimate's hedges; a bound is the first figure's
_OTHERS_AFTER = re.compile(r"[\d.,]+[^\S\n]+(?:orang[^\S\n]+)?(?:lainnya|lain|others)(?![\w-])",
                           re.IGNORECASE)


def _share_the_hedge_of_joined_figures(rows: list[dict], body: str, title: str) -> None:
    """An estimate's hedge (*sekitar, about, up to*) before the first of two figures of one
    kind joined by *dan / atau / serta / and / or* covers the second too, when the second
    has no reading of its own (``exact``): *Sekitar 250 penambang tewas dan 1.400 lainnya
    terluka* (1,400 about), *sekitar 2 juta ton tembaga atau 300.000 ton seng* (about), *up
    to 2 million tonnes of copper or 300,000 tonnes of zinc* (up to). Only words run between
    them (the first figure's item): no numeral, punctuation or clause of its own
    (*sementara*, *kata*); a cue of the second's own (*dan sebanyak 1.400 orang*) keeps its
    reading. A bound (*sedikitnya, lebih dari, at least*) is the first figure's alone (*At
    least 25 were killed and 35 injured*: 35 as labelled), and shares of a whole (percent)
    are each their own (round 23e).

    >>> rows = [dict(in_title=False, start=0, end=27, unit="person", qualifier="about"),
    ...         dict(in_title=False, start=32, end=47, unit="person", qualifier="exact")]
    >>> _share_the_hedge_of_joined_figures(rows, "Sekitar 250 penambang tewas dan 1.400 "
    ...                                    "lainnya terluka.", "")
    >>> rows[1]["qualifier"]
    'about'
    """
    for in_title, field_text in ((True, title), (False, body)):
        ordered = sorted((r for r in rows if r["in_title"] == in_title),
                         key=lambda r: (r["start"], r["end"]))
        for first, second in zip(ordered, ordered[1:], strict=False):
            if first["qualifier"] not in _SHARED_HEDGES or second["qualifier"] != "exact" or \
                    first["end"] > second["start"] or "percent" in (first["unit"],
                                                                    second["unit"]):
                continue  # shares of a whole (59 % … dan 41 %) are each their own figure
            if first["unit"] != second["unit"] and not _OTHERS_AFTER.match(
                    field_text, second["start"], second["end"]):
                continue  # another count, unless "N others" points back to the first's kind
            gap = field_text[first["end"]:second["start"]]
            if not _JOINED_FIGURES_GAP.fullmatch(gap) or _JOIN_BREAKERS.search(gap):
                continue
            second["qualifier"] = first["qualifier"]


_OWN_READING = ("direct", "quote", "actor", "document", "title")


def _give_the_repeated_headline_its_speaker(rows: list[dict], title: str, body: str) -> None:
    """A body line that repeats the headline word for word (many pages print it again under
    a standfirst) gives its figures the headline's speaker (*Reuters: Peru akan Membeli
    8.000 Ton …*, evidence ``title``), not the account carried on from the line above —
    unless the line's own reading names someone (round 23e).

    >>> title = "Reuters: Peru Beli 8.000 Ton Tembaga"
    >>> body = "Chile mengumumkan rencana itu.\\n\\n" + title
    >>> rows = [dict(in_title=True, value=8000.0, unit="ton", claimant="Reuters", start=19,
    ...              claimant_evidence="title", sentence=title, speaker_start=0, speaker_end=7),
    ...         dict(in_title=False, value=8000.0, unit="ton", claimant="Chile", start=51,
    ...              claimant_evidence="run_on", sentence=title, speaker_start=0, speaker_end=5)]
    >>> _give_the_repeated_headline_its_speaker(rows, title, body)
    >>> rows[1]["claimant"], rows[1]["claimant_evidence"], rows[1]["speaker_start"]
    ('Reuters', 'title', 32)
    """
    headline = " ".join(title.split())
    if not headline:
        return
    spoken = {(r["value"], r["unit"]): r for r in rows
              if r["in_title"] and r["claimant"] and r["claimant_evidence"] == "title"}
    for row in rows:
        heard = spoken.get((row["value"], row["unit"]))
        if heard is None or row["in_title"] or row["claimant_evidence"] in _OWN_READING or \
                " ".join(str(row["sentence"]).split()) != headline:
            continue
        row.update({key: heard[key] for key in (
            "claimant", "claimant_type", "claimant_text", "claimant_evidence",
            "attribution_basis", "relayed_by") if key in heard})
        # the speaker's offsets: the same place in the body's copy of the headline
        start, end, shift = heard.get("speaker_start"), heard.get("speaker_end"), \
            row["start"] - heard["start"]
        placed = start is not None and end is not None and start == start and \
            body[start + shift:end + shift] == title[start:end]
        row["speaker_start"], row["speaker_end"] = \
            (start + shift, end + shift) if placed else (None, None)


def _group_alternatives(field_text: str, rows: list[dict]) -> None:
    group = 0
    for first, second in zip(rows, rows[1:], strict=False):
        if first["sentence"] is not second["sentence"] and first["sentence"] != second["sentence"]:
            continue
        if first["end"] <= second["start"] and _ALTERNATIVE_GAP.fullmatch(
                field_text[first["end"]:second["start"]]):
            if not first.get("alternative_group"):
                group += 1
                first["alternative_group"] = group
            second["alternative_group"] = first["alternative_group"]


# "Ribuan kontainer itu", "ratusan truk tersebut": a vague count whose one noun a
# demonstrative follows points back to a figure named before (round 23e2)
_VAGUE_POINTING_BACK = re.compile(r"[^\W\d_]+[^\S\n]+[a-z][\w-]*[^\S\n]+(?:itu|tersebut)"
                                  r"(?![\w-])")


def _without_vague_counts_pointing_back(found: list[dict], body: str, title: str) -> list[dict]:
    """The figures but the vague counts that point back (:data:`_VAGUE_POINTING_BACK`): they
    repeat a figure and make none. They are dropped only once every figure is attributed,
    so that the sentence they open still goes on with the statement of the figure they
    repeat (its *3 juta butir peluru* after *Ribuan kontainer itu …*, round 23e2).

    >>> rows = [{"qualifier": "vague", "in_title": False, "start": 0},
    ...         {"qualifier": "vague", "in_title": False, "start": 30}]
    >>> body = "Ribuan truk itu berisi beras. Ratusan truk melintas."
    >>> [row["start"] for row in _without_vague_counts_pointing_back(rows, body, "")]
    [30]
    """
    return [row for row in found if row.get("qualifier") != "vague" or _VAGUE_POINTING_BACK.match(
        title if row.get("in_title") else body, int(row["start"])) is None]


def extract_claims(articles: pd.DataFrame, story=None, directions=None) -> pd.DataFrame:
    """One row per quantity claim in each article's body (and title, ``in_title``).

    Columns: see docs/tables/claims.md. ``start``/``end`` are offsets into ``body`` (into
    ``title`` when ``in_title``) and cover qualifier, numeral and unit phrase. Articles with
    status ``error`` or an empty body give no rows. ``story``: the story pack decided for the
    corpus, whose transfer directions (``KP->RU``) say which pairs of countries count, so
    one named end is enough (None: no pack, both ends must be named); ``directions`` gives
    such pairs without a pack.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["b"], "title": ["Rusia Kirim 9.000 Kontainer ke Korut"],
    ...     "body": ["Isi."], "published": [""], "outlet": [""], "status": ["ok"]})
    >>> extract_claims(arts)[["value", "direction", "in_title"]].values.tolist()
    [[9000.0, 'RU->KP', True]]
    >>> arts.loc[0, "title"] = "Jepang Kirim 12 Ribu Ton Beras, Kata Tiongkok"
    >>> extract_claims(arts, directions=[])[["value", "direction"]].values.tolist()
    [[12000.0, 'unknown']]
    >>> arts.loc[0, "title"] = "Impor 12 Ribu Ton Beras dari Jepang ke Tiongkok"
    >>> extract_claims(arts, directions=[])[["value", "direction"]].values.tolist()
    [[12000.0, 'JP->CN']]
    """
    pairs = story_directions(story) if directions is None else frozenset(directions)
    rows = []
    columns = ["article_id", "outlet", "title", "body", "boilerplate", "published", "status"]
    for article in text.records(articles, columns):
        body = article.get("body") or ""
        if not isinstance(body, str) or not body.strip() or article.get("status") == "error":
            continue
        anchor = _date(article.get("published"))
        found = []
        title = article.get("title") or ""
        title = title if isinstance(title, str) else ""
        body_analysis, title_analysis = speaker_map(body, title,
                                                    str(article.get("boilerplate") or ""),
                                                    str(article.get("outlet") or ""))
        if title.strip():
            found += _claims_in(title, in_title=True, anchor=anchor, analysis=title_analysis,
                                pairs=pairs)
        found += _claims_in(body, in_title=False, anchor=anchor, analysis=body_analysis,
                            pairs=pairs)
        _unclaim_anonymous_staff(found)
        _claim_the_unclaimed(found, str(article.get("outlet") or ""), body)
        _give_repeats_their_source(found)
        _name_the_generic(found)
        _choose_among_candidates(found, body, body_analysis, str(article.get("outlet") or ""))
        if body_analysis.language == "en":
            _give_the_wire_its_narrative(found, body_analysis, credited_wire(
                body, str(article.get("boilerplate") or ""), str(article.get("outlet") or "")))
        _name_the_sentence_mates(found, body)
        _give_a_countrys_figures_to_its_body(found)
        _give_named_data_its_owner(found, body, body_analysis)
        _give_monitored_figures_their_monitor(found, body, body_analysis,
                                              str(article.get("outlet") or ""))
        _give_method_figures_their_pollster(found, body, body_analysis)
        _share_the_hedge_of_joined_figures(found, body, title)
        _give_the_repeated_headline_its_speaker(found, title, body)
        found = _without_vague_counts_pointing_back(found, body, title)
        counters = {True: 0, False: 0}
        for row in found:
            counters[row["in_title"]] += 1
            number = counters[row["in_title"]]
            where = "t" if row["in_title"] else "b"
            row["claim_id"] = f"{article['article_id']}:{where}{number:02d}"
            group = row.pop("alternative_group", None)
            row["alternative_group"] = (
                f"{article['article_id']}:{'t' if row['in_title'] else 'b'}alt{group}" if group
                else "")
            row.update(article_id=article["article_id"], outlet=article.get("outlet") or "",
                       published=article.get("published") or "")
            rows.append(row)
    if not rows:
        return _empty()
    frame = pd.DataFrame(rows)[COLUMNS]
    return frame.astype({**_DTYPES, **{c: "str" for c in COLUMNS if c not in _DTYPES}})


def select_claims(claims: pd.DataFrame, *, outlets=None, units=None, include_vague: bool = True,
                  start: dt.date | None = None, end: dt.date | None = None) -> pd.DataFrame:
    """The claims of the given outlets and units (None = all), without vague amounts unless
    ``include_vague``, published within ``[start, end]`` (undated articles are kept only when
    no window is set).

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a"], "title": [""], "published": ["2023-10-13"],
    ...     "outlet": ["X"], "status": ["ok"], "body": ["Ada 9 kontainer dan ratusan roket."]})
    >>> select_claims(extract_claims(arts), units=["rocket"], include_vague=False).empty
    True
    """
    keep = pd.Series(True, index=claims.index)
    if outlets is not None:
        keep &= claims["outlet"].isin(list(outlets))
    if units is not None:
        keep &= claims["unit"].isin(list(units))
    if not include_vague:
        keep &= claims["qualifier"] != "vague"
    if start is not None or end is not None:
        published = pd.to_datetime(claims["published"].replace("", None), errors="coerce")
        keep &= published.notna()
        if start is not None:
            keep &= published >= pd.Timestamp(start)
        if end is not None:
            keep &= published <= pd.Timestamp(end)
    return claims[keep].reset_index(drop=True)
