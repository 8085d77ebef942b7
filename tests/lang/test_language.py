"""The language of a sentence and of an article, from function words (sentences written for
these tests)."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsframe.lang import language


@pytest.mark.parametrize(("sentence", "english"), [
    ("The port authority said 640 trucks were waiting at the gate.", True),
    ("Otoritas pelabuhan mengatakan 640 truk menunggu di gerbang.", False),
    # an English name in an Indonesian sentence: one function word is not English
    ("Menurut The Jakarta Globe, 640 truk menunggu.", False),
    ("Center for Maritime Studies and the port: 640 trucks", True),
])
def test_a_sentence_is_english_with_two_english_function_words(sentence, english):
    assert language.is_english(sentence) is english


def test_an_article_is_english_when_its_function_words_are():
    english = ("The port authority said on Friday that 640 trucks had been waiting at the gate "
               "for three days. Drivers told the station that the queue was longer.")
    indonesian = ("Otoritas pelabuhan mengatakan 640 truk menunggu di gerbang selama tiga hari. "
                  "Menurut laporan The Straits Times dan Center for Port Studies, antrean itu "
                  "mencapai 4 kilometer dan sopir mengeluhkan biaya parkir yang naik.")
    assert language.article_language(english) == "en"
    assert language.article_language(indonesian) == "id"
    # too short to tell: Indonesian, as before
    assert language.article_language("It was said.") == "id"


def test_the_count_reads_only_the_span_given():
    text = "Kapal tiba. The ship was late and the crew said so."
    assert language.count_english(text, 0, 11) == 0
    assert language.count_english(text, 12) >= 4


@given(st.lists(st.sampled_from(["the", "of", "The", "a", "said", "x1the", "the_", "thé", "an",
                                 "and", "di", "yang", "ke", "İthe", "2the", "the2", "ofs", " ",
                                 " ", "\n", ",", "-"]), max_size=60))
@settings(deadline=None)  # the first example loads the lexicons
def test_article_language_counts_the_runs_of_letters(words):
    text = "".join(words)
    runs = re.findall(r"[^\W\d_]+", text.lower())
    english = sum(run in language.english_words() for run in runs)
    expected = "en" if english >= 5 and english > language.ENGLISH_SHARE * len(runs) else "id"
    assert language.article_language(text) == expected
