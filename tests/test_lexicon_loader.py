"""lexicons.load and cue_pattern (the one loader of data/lexicons)."""

import pytest

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
