"""lexicons.load and cue_pattern (the one loader of data/lexicons)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsframe import lexicons


def test_load_returns_strings_and_a_fresh_copy():
    first = lexicons.load("actors")
    first.loc[0, "canonical"] = "changed"
    assert lexicons.load("actors").loc[0, "canonical"] != "changed"
    assert lexicons.load("outlets").map(lambda value: isinstance(value, str)).all().all()


def test_unknown_lexicon_lists_available_ones():
    with pytest.raises(FileNotFoundError, match="unknown lexicon 'nope'; available: .*actors"):
        lexicons.load("nope")


def test_cue_pattern_whole_words_longest_first_and_stems():
    pattern = lexicons.cue_pattern(["peluru", "peluru artileri", "ancam*"])
    assert [m.group(0) for m in pattern.finditer("peluru artileri, pelurunya, mengancam, "
                                                  "ancaman")] == ["peluru artileri", "ancaman"]
    assert lexicons.cue_pattern([]).search("anything") is None


_CUES = ["as", "AS", "Korea Utara", "korea", "ancam*", "Kim Jong Un", "Kim", "peluru artileri",
         "Russian news agency (unnamed)"]


@given(st.lists(st.sampled_from(["AS", "as", "ASEAN", "Korea", "Utara", "korea", "ancaman",
                                 "Kim", "Jong", "Un", "(unnamed)", "Russian", "news",
                                 "agency", " ", "  ", "\n", ",", "-", ".", "x"]), max_size=14),
       st.integers(min_value=0, max_value=40), st.integers(min_value=0, max_value=80),
       st.booleans())
def test_find_words_gives_the_spans_of_cue_pattern(words, start, end, ignore_case):
    text = "".join(words)
    start, end = min(start, len(text)), min(max(start, end), len(text))
    expected = [m.span() for m in
                lexicons.cue_pattern(_CUES, ignore_case).finditer(text, start, end)]
    found = lexicons.find_words(lexicons.word_pattern(_CUES, ignore_case), text, start, end)
    assert list(found) == expected
