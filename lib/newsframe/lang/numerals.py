"""Indonesian numerals: digits with ``.`` thousands and ``,`` decimals, number words, scale
words and vague amounts, found with character offsets — and the English forms news in
English (or quoting English) writes: *1,000*, *10 000*, *4.8 million*, *74-thousand*,
*one-point-six million*, *hundreds of thousands*, *half a million*.

Number words live in data/lexicons/number_words.csv (word, value, kind, gloss). Vague amounts
(``ratusan``, ``jutaan``, ``puluhan juta``, ``beberapa juta``) give their lower bound in
``value`` and the next order of magnitude in ``value_high``.

>>> [(n.text, n.value, n.value_high) for n in find_numbers("lebih dari 1.000 kontainer")]
[('1.000', 1000, None)]
>>> parse_number("puluhan juta")
10000000
>>> [n.value for n in find_numbers("up to 4.8 million shells and hundreds of thousands")]
[4800000, 100000]
"""

import math
import re
from dataclasses import dataclass

from .. import lexicons
from .text import lower_keeping_offsets


@dataclass(frozen=True)
class NumberSpan:
    """One numeral found in a text (offsets into that text).

    ``value`` is an int when integral; ``value_high`` is the exclusive upper bound of a vague
    amount (None for exact numerals); ``vague`` marks ``ratusan``, ``jutaan``, ``beberapa juta``.
    """

    start: int
    end: int
    text: str
    value: int | float
    value_high: int | float | None
    vague: bool


@lexicons.cached()
def _lexicon() -> dict[str, tuple[float, str]]:
    table = lexicons.load("number_words")
    return {row["word"].lower(): (float(row["value"]), row["kind"])
            for row in table.to_dict("records")}


# 1.000 / 500.000 / 1,5 / 4,8 / 73 — not part of a date (13/10/2023), time (10:58),
# code (COVID-19), decade (1990-an) or English decimal (1.5).
_DIGITS = r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?"
# ("12-nya", 12 of them, is a numeral: round 20i)
_DIGIT_RE = re.compile(r"(?<![\w/:.,-])" + _DIGITS + r"(?![\w/:]|[.,-]\d|-(?!nya(?![\w-]))\w)")
# The same pattern written to open with a digit, so that the regex engine jumps from digit to
# digit instead of trying every position (twice as fast); tests/lang/test_numerals.py checks that
# both find the same spans.
_DIGIT_SCAN = re.compile(r"\d(?<![\w/:.,-]\d)(?:\d{0,2}(?:\.\d{3})+|\d*)(?:,\d+)?"
                         r"(?![\w/:]|[.,-]\d|-(?!nya(?![\w-]))\w)")


def _is_number_word(word: str) -> bool:
    lex = _lexicon()
    kind = lex.get(word, (0, ""))[1]
    return kind not in ("", "prefix")


@lexicons.cached()
def _number_word_re() -> re.Pattern:
    # prefix trees keep this fast: it runs over every text
    alternatives = lexicons.trie_regex(w for w, (_, kind) in _lexicon().items()
                                        if kind != "prefix")
    # se- forms (seratus, seribu, sejuta, semiliar) are spelled as one word
    scale = lexicons.trie_regex(w for w, (_, kind) in _lexicon().items()
                                 if kind in ("scale", "hundreds"))
    token = rf"(?:se(?:{scale})(?![\w-])|{alternatives}(?![\w-]))"
    # matched against lower-cased text (faster than IGNORECASE), see find_numbers
    # English joins a vague amount to its scale with "of" ("hundreds of thousands"), a
    # fraction with "a" ("half a million")
    return re.compile(rf"(?<![\w-])(?:{token})(?:\s+(?:(?:of|a)\s+)?(?:{token}))*(?![\w-])")


@lexicons.cached()
def _hyphen_re() -> re.Pattern:
    """A hyphen before a scale word (``one-thousand``); :func:`_join_hyphens` checks that a
    number word stands before it. The pattern opens with the hyphen, so a scan jumps from
    hyphen to hyphen."""
    scale = lexicons.trie_regex(w for w, (_, kind) in _lexicon().items()
                                 if kind in ("scale", "hundreds"))
    return re.compile(rf"-(?=(?:{scale})(?![\w-]))")


@lexicons.cached()
def _decade_hyphen_re() -> re.Pattern:
    """A hyphen between an English tens word and a digit word after it (``twenty-six``);
    ``twenty-first`` (an ordinal) and ``twenty-one-year-old`` (an age) keep theirs."""
    lex = _lexicon()
    decades = lexicons.trie_regex(w for w, (_, kind) in lex.items() if kind == "decade")
    units = lexicons.trie_regex(w for w, (value, kind) in lex.items()
                                if kind == "digit" and 1 <= value <= 9)
    return re.compile(rf"(?<![\w-])(?:{decades})(-)(?=(?:{units})(?![\w-]))")


def _join_hyphens(lowered: str) -> str:
    """``lowered`` with each hyphen between a number word and a scale word, and between an
    English tens word and a digit word (``twenty-six``), read as a space (same length:
    offsets stay)."""
    if "-" not in lowered:
        return lowered
    chars = None
    for match in _decade_hyphen_re().finditer(lowered):
        chars = chars or list(lowered)
        chars[match.start(1)] = " "
    for match in _hyphen_re().finditer(lowered):
        word = re.search(r"(?<![\w-])[a-z]+$", lowered[max(0, match.start() - 12):match.start()])
        if word and _lexicon().get(word.group(0), (0, "prefix"))[1] != "prefix":
            chars = chars or list(lowered)
            chars[match.start()] = " "
    return "".join(chars) if chars else lowered


# English-style numbers: a decimal point before an English scale word ("4.8 million") and
# thousands grouped with spaces ("10 000"), which Indonesian digits never are
_ENGLISH_SCALE = r"(?:[^\S\n]+|-)(?:thousand|million|billion|trillion)(?![\w-])"
# "4.8 million", "74-thousand" (digits joined to the scale by a hyphen, as KBS writes); a
# point before one or two digits and a scale word is a decimal point in Indonesian text too
# ("1.5 juta", "6.7 ribu": written the English way; "1.500 juta" groups thousands); before
# an English scale word above a thousand a point before three digits is one too ("1.062
# million visits", "2.315 billion": nobody groups the thousands of a count of millions); the
# South Asian scale words are written the English way ("2.13 crore", "4.5 lakh"; round 22f)
_ENGLISH_DECIMAL = re.compile(r"\d(?<![\w/:.,-]\d)(?:\d{0,2}\.\d{1,2}(?=(?:[^\S\n]+|-)(?:thousand|"
                              r"million|billion|trillion|mln|bln|bn|ribu|juta|miliar|milyar|"
                              r"triliun|crores?|lakhs?)(?![\w-]))|"
                              r"\d{0,2}\.\d{3}(?=[^\S\n]+(?:million|billion|trillion|mln|bln|bn)"
                              r"(?![\w-]))|"
                              r"\d{0,2}(?=-(?:thousand|million|billion|trillion)(?![\w-])))",
                              re.IGNORECASE)
# "one-point-six million": a decimal spelled out; before "percent" its whole part may be
# digits, as a transcript of speech writes it ("13-point-five percent"; round 22f)
_SPELLED_DECIMAL = re.compile(r"(?<![\w-])(zero|one|two|three|four|five|six|seven|eight|nine|"
                              r"\d{1,3}(?=-point-\w+[^\S\n]*(?:%|per[^\S\n]?cent\b)))"
                              r"-point-(zero|one|two|three|four|five|six|seven|eight|nine)"
                              r"(?=" + _ENGLISH_SCALE + r"|[^\S\n]*(?:%|per[^\S\n]?cent\b))",
                              re.IGNORECASE)
_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# "10.000-an kontainer", "5.000an", "13 ribuan": a figure with the suffix -an is about that
# many (a bare year with it, "1990-an", is a decade and stays out)
_ABOUT_SUFFIX = re.compile(r"\d(?<![\w/:.,-]\d)(?:\d{0,2}(?:\.\d{3})+|\d*)(?:,\d+)?(?:-?an|"
                           r"[^\S\n]+(?:ribuan|jutaan|miliaran))(?![\w-])", re.IGNORECASE)
_A_DIGIT = re.compile(r"\d")  # what each of the four scans' matches opens with
_SPACE_GROUPS = re.compile(r"\d(?<![\w/:.,-]\d)\d{0,2}(?:[ \u00a0\u202f]\d{3})+"
                           r"(?![\w/:]|[.,-]\d)")


@lexicons.cached()
def _scale_tail_re() -> re.Pattern:
    scale = "|".join(re.escape(w) for w, (_, k) in _lexicon().items() if k == "scale")
    return re.compile(rf"(?:\s+(?:{scale}))+(?![\w-])", re.IGNORECASE)


def _digits_value(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def _clean(value: float) -> int | float:
    value = round(float(value), 6)  # 32,56 juta is 32560000, not 32560000.000000004
    return int(value) if value.is_integer() else value


def _combine(tokens: list[tuple[float, str]]) -> tuple[float, float | None] | None:
    """Value (and vague upper bound) of a sequence of (value, kind) tokens, None if malformed."""
    lex_scale_seen = False
    total = 0.0
    group = 0.0
    last = 0.0
    vague_low = vague_high = None  # multiplier of a vague head (ratusan ribu, beberapa juta)
    pending_fraction = 0.0
    decade = False  # the last token an English tens word: a digit word may follow it
    for value, kind in tokens:
        if vague_low is not None and kind not in ("scale",):
            return None  # "ratusan dua ribu" is two numerals
        if kind == "decade":  # "twenty", "one hundred twenty"; "five twenty" is two numerals
            if last:
                return None
            group += value
            last, decade = value, True
            continue
        if kind in ("digit", "number"):
            if last and last <= value * 10 and not (decade and kind == "digit" and value < 10):
                return None  # "dua tiga" is two numerals, not five; "twenty six" is 26
            group += value
            last, decade = value, False
            continue
        decade = False
        if kind == "teen":
            if not 1 <= last <= 9:
                return None
            group += 10
            last = 0
        elif kind in ("tens", "hundreds"):
            if kind == "hundreds" and last == 0 and group == 0:
                group, last = value, value
                continue
            if last == 0:
                return None
            group = group - last + last * value
            last = 0
        elif kind == "fraction":
            pending_fraction = value
        elif kind in ("vague", "vague_multiplier"):
            if group or total or vague_low is not None:
                return None
            high = 20 if value == 11 else value * 10
            if kind == "vague_multiplier":
                high = 10
            vague_low, vague_high = value, high
        elif kind == "scale":
            base = group + pending_fraction if (group or pending_fraction) else 1.0
            if vague_low is not None and not group:
                lo, hi = vague_low * value, vague_high * value
                total += lo
                vague_low, vague_high = lo, hi
                group = last = 0.0
                lex_scale_seen = True
                continue
            total += base * value
            group = last = pending_fraction = 0.0
            lex_scale_seen = True
        else:
            return None
    if vague_low is not None:
        if not lex_scale_seen:
            return vague_low, vague_high
        return total + group, vague_high
    if pending_fraction:
        group += pending_fraction
    return total + group, None


def _tokens(text: str) -> list[tuple[float, str]] | None:
    lex = _lexicon()
    tokens = []
    words = text.lower().split()
    for index, word in enumerate(words):
        if word == "a" and tokens and tokens[-1][1] == "fraction" and index + 1 < len(words) \
                and lex.get(words[index + 1], (0, ""))[1] == "scale":
            continue  # "half a million"
        if word == "of":  # "hundreds of thousands": a vague amount of a scale
            following = lex.get(words[index + 1], (0, "")) if index + 1 < len(words) else (0, "")
            if not tokens or tokens[-1][1] != "vague" or following[0] not in (1e3, 1e6, 1e9) \
                    or following[1] not in ("vague", "scale"):
                return None
            words[index + 1] = {1e3: "thousand", 1e6: "million", 1e9: "billion"}[following[0]]
            continue
        if re.fullmatch(_DIGITS, word):
            tokens.append((_digits_value(word), "number"))
        elif word in lex and lex[word][1] != "prefix":
            tokens.append(lex[word])
        elif word.startswith("se") and lex.get(word[2:], (0, ""))[1] in ("scale", "hundreds"):
            tokens.append((1.0, "digit"))
            tokens.append(lex[word[2:]])
        else:
            return None
    return tokens or None


def _span(match_text: str) -> tuple[int | float, int | float | None, bool] | None:
    tokens = _tokens(match_text)
    if tokens is None:
        return None
    combined = _combine(tokens)
    if combined is None:
        return None
    value, high = combined
    return _clean(value), (None if high is None else _clean(high)), high is not None


def find_numbers(text: str) -> list[NumberSpan]:
    """Every numeral in ``text``: digits, number words, scale words and vague amounts.

    A digit group may be followed by scale words (``3 juta``, ``1,5 juta``); a lone
    ``beberapa`` (several) is not a number, ``beberapa juta`` is; ``salah satu`` (one of)
    and ``satu-satunya`` (the only) are not counts.

    >>> [(n.text, n.value, n.value_high, n.vague) for n in find_numbers(
    ...     "3 juta peluru atau 500.000 peluru, ratusan ribu drone")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('3 juta', 3000000, None, False), ('500.000', 500000, None, False),
     ('ratusan ribu', 100000, 1000000, True)]
    """
    if not isinstance(text, str) or not text:
        return []
    words_re = _number_word_re()
    scale_tail = _scale_tail_re()
    found: list[NumberSpan] = []
    taken: list[tuple[int, int]] = []
    # every match of the four digit scans below opens with a digit (and a spelled decimal
    # is gated by its "-point-"): a text without one (most sentences) is not scanned four times
    numbered = _A_DIGIT.search(text) is not None
    for match in _ABOUT_SUFFIX.finditer(text) if numbered else ():
        digits = re.match(_DIGITS, match.group(0)).group(0)
        rest = match.group(0)[len(digits):].strip(" -").lower()
        if rest == "an" and re.fullmatch(r"1[89]\d\d|20\d\d", digits):
            continue  # "1990-an": a decade
        scale = {"ribuan": 1e3, "jutaan": 1e6, "miliaran": 1e9}.get(rest, 1.0)
        found.append(NumberSpan(match.start(), match.end(), match.group(0),
                                _clean(_digits_value(digits) * scale), None, False))
        taken.append(match.span())
    spelled = list(_SPELLED_DECIMAL.finditer(text)) if "-point-" in text.lower() else []
    for match in (spelled + list(_ENGLISH_DECIMAL.finditer(text))
                  + list(_SPACE_GROUPS.finditer(text)) if numbered else spelled):
        end = match.end()
        joined = text[end:end + 1] == "-"  # "74-thousand": read the hyphen as a space
        tail = scale_tail.match(text[:end] + " " + text[end + 1:] if joined else text, end)
        end = tail.end() if tail else end
        if any(s < end and match.start() < e for s, e in taken):
            continue
        head, scale = match.group(0), text[match.end():end].replace("-", " ").split()
        if match.re is _SPELLED_DECIMAL:
            head = "{}.{}".format(*(g if g.isdigit() else _DIGIT_WORDS.index(g.lower())
                                    for g in match.groups()))
        value = float(re.sub(r"\s", "", head)) * math.prod(_lexicon()[w.lower()][0]
                                                            for w in scale)
        found.append(NumberSpan(match.start(), end, text[match.start():end], _clean(value),
                                None, False))
        taken.append((match.start(), end))
    for match in _DIGIT_SCAN.finditer(text) if numbered else ():
        if any(s <= match.start() < e for s, e in taken):
            continue
        end = match.end()
        tail = scale_tail.match(text, end)
        if tail:
            end = tail.end()
        parsed = _span(text[match.start():end])
        if parsed is None:
            continue
        found.append(NumberSpan(match.start(), end, text[match.start():end], *parsed))
        taken.append((match.start(), end))
    lowered = _join_hyphens(lower_keeping_offsets(text))
    for match in lexicons.finditer_after(words_re, lowered):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            continue
        for piece_start, piece_end in _valid_pieces(lowered, start, end):
            parsed = _span(lowered[piece_start:piece_end])
            if parsed is not None:
                found.append(NumberSpan(piece_start, piece_end, text[piece_start:piece_end],
                                        *parsed))
    return sorted(found, key=lambda n: n.start)


def _valid_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a run of number words into parseable numerals (longest prefix first)."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    pieces = []
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            piece = (words[i][0], words[j - 1][1])
            if _acceptable(text, *piece) and _span(text[piece[0]:piece[1]]) is not None:
                pieces.append(piece)
                i = j
                break
        else:
            i += 1
    return pieces


def _acceptable(text: str, start: int, end: int) -> bool:
    piece = text[start:end].lower()
    words = piece.split()
    if len(words) == 1 and _lexicon().get(piece, (0, ""))[1] == "vague_multiplier" or \
            words[0] == "belas" or words[-1] == "of":
        return False
    before = text[max(0, start - 7):start].lower()
    if piece.startswith("satu") and re.search(r"salah\s+$", before):
        return False
    return True


def parse_number(text: str) -> int | float | None:
    """The value of ``text`` if it is exactly one numeral (vague: its lower bound), else None.

    Never raises.

    >>> [parse_number(t) for t in ["1.000", "1,5 juta", "seribu", "dua puluh", "ratusan", "x"]]
    [1000, 1500000, 1000, 20, 100, None]
    """
    if not isinstance(text, str):
        return None
    stripped = text.strip()
    spans = find_numbers(stripped)
    if len(spans) != 1 or spans[0].start != 0 or spans[0].end != len(stripped):
        return None
    return spans[0].value


def order_of_magnitude(value: float) -> int:
    """Power of ten of a positive value (used for log-scale charts and vague bounds).

    >>> order_of_magnitude(6700)
    3
    """
    return int(math.floor(math.log10(value))) if value and value > 0 else 0
