"""Which language a text is written in, told by its common function words.

English news and Indonesian news share names, numbers and many borrowed words, but not
their function words: *the, of, and, to, was, said …* (data/lexicons/function_words.csv,
column ``language``) are everyday English and no Indonesian word. One count serves two
scales: a sentence with two of them is English (:func:`is_english`: the figure reader puts
an English noun phrase's head last there), and an article whose words are more than
:data:`ENGLISH_SHARE` of them is English as a whole (:func:`article_language`: the
attribution reader then reads English speech verbs, titles and pronouns). An Indonesian
article quoting an English name or a phrase stays Indonesian.

>>> is_english("Kim said the North sent 1,000 containers")
True
>>> article_language("Kementerian Pertahanan mengatakan Korea Utara mengirim 1.000 kontainer.")
'id'
>>> article_language("The ministry said the North had sent 1,000 containers to Russia.")
'en'
"""

import re

from .. import lexicons

ENGLISH_SHARE = 0.15  # of an article's words: English text has about a third, Indonesian ~0
_MIN_ENGLISH = 5  # and at least this many, so a two-line caption decides nothing …
_SHORT_TEXT = 30  # … unless the whole text is no longer than this many words
_LOWER_WORD = re.compile(r"[a-z]+")
_WORD = re.compile(r"[^\W\d_]+")


@lexicons.cached()
def english_words() -> frozenset:
    """The English function words of data/lexicons/function_words.csv."""
    table = lexicons.load("function_words")
    return frozenset(table.loc[table["language"] == "en", "word"].str.lower())


def count_english(text: str, start: int = 0, end: int | None = None) -> int:
    """How many of the lower-case words of ``text[start:end]`` are English function words.

    >>> count_english("Menurut laporan The Washington Post")
    0
    """
    return sum(map(english_words().__contains__, _LOWER_WORD.findall(
        text, start, len(text) if end is None else end)))


def is_english(text: str, start: int = 0, end: int | None = None) -> bool:
    """Is the span (a sentence or a clause) English: two of its words English function
    words, which Indonesian does not use?

    >>> is_english("Seorang pejabat mengatakan 6.700 kontainer dikirim")
    False
    """
    return count_english(text, start, end) >= 2


# asked of one body by the statement reader, the events and the frames: the last 1,024
# answers are remembered
@lexicons.cached(maxsize=1024, per_text=True)
def article_language(text: str) -> str:
    """``"en"`` when more than :data:`ENGLISH_SHARE` of the text's words (and at least
    :data:`_MIN_ENGLISH`) are English function words, else ``"id"``.

    >>> article_language("")
    'id'

    A text of one or two sentences is English by the same share, with fewer than
    :data:`_MIN_ENGLISH` of them (two of them, as :func:`is_english` asks of a sentence),
    when no Indonesian stop word stands in it:

    >>> article_language("Nine houses were burned down, said Maria Lopez.")
    'en'
    >>> article_language("Peneliti dari Institute for the Study of War menyebut angka itu.")
    'id'
    """
    lowered = text.lower()
    english = sum(1 for _ in lexicons.finditer_after(_english_word_re(), lowered))
    if english < 2:  # most Indonesian articles: their words need not be counted
        return "id"
    words = _WORD.findall(lowered)
    if english < _MIN_ENGLISH and (len(words) > _SHORT_TEXT or not _indonesian_words(
            ).isdisjoint(words)):
        return "id"  # a caption's English words in a longer text, or an English name's in
        # a short Indonesian one, decide nothing
    return "en" if english > ENGLISH_SHARE * len(words) else "id"


@lexicons.cached()
def _indonesian_words() -> frozenset:
    """The Indonesian stop words of data/lexicons/stopwords.csv (*yang, dan, di, dari …*)."""
    table = lexicons.load("stopwords")
    return frozenset(table.loc[table["language"] == "id", "word"].str.lower())


@lexicons.cached()
def _english_word_re() -> re.Pattern:
    """A run of letters (what :data:`_WORD` finds) that is an English function word (a
    word of other characters, which no run of letters is, left out)."""
    words = [w for w in english_words() if _WORD.fullmatch(w)]
    return re.compile(r"(?<![^\W\d_])(?:" + (lexicons.trie_regex(words) or "(?!x)x")
                      + r")(?![^\W\d_])")
