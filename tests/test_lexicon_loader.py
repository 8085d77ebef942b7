"""lexicons.load and cue_pattern (the one loader of data/lexicons)."""

import re

import pytest
from hypothesis import given, settings
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


def test_an_edited_lexicon_is_seen_without_a_restart(tmp_path, monkeypatch):
    """lexicons.cached: what is built from a lexicon is rebuilt once the file changes."""
    import os
    import shutil

    import pandas as pd

    from newsframe import paths
    from newsframe.annotate import actors

    data = tmp_path / "data"
    shutil.copytree(paths.DATA, data)
    monkeypatch.setattr(paths, "DATA", data)
    monkeypatch.setattr(paths, "LEXICONS", data / "lexicons")
    # a fresh watch list, and cache keys no other test uses (restored afterwards)
    monkeypatch.setattr(lexicons, "_files", {})
    monkeypatch.setattr(lexicons, "_version", 10**9)
    monkeypatch.setattr(lexicons, "_MTIME_TTL", 0.0)
    text = "Kata Zorbatov kemarin, Kirby setuju."
    assert [m.canonical for m in actors.find_actors(text, 0, 20)] == []
    table = lexicons.load("actors")
    row = {c: "" for c in table.columns} | {"canonical": "Zorbatov", "type": "analyst",
                                            "kind": "person"}
    target = data / "lexicons" / "actors.csv"
    pd.concat([table, pd.DataFrame([row])]).to_csv(target, index=False)
    later = target.stat().st_mtime + 5
    os.utime(target, (later, later))
    assert [m.canonical for m in actors.find_actors(text, 0, 20)] == ["Zorbatov"]
    assert [m.canonical for m in actors.find_actors(text)] == ["Zorbatov", "John Kirby"]


_OPENING_PATTERNS = [
    r"(?<![\w-])(menurut)(nya)?(?![\w-])",
    r"(?i)\bdalam\s+(?:sebuah\s+)?wawancara\s+(?:dengan|bersama)\s+",
    r"(?<![\w-])(di(?:katakan|sampaikan))\s+(?:oleh\s+)?(?=[A-Z])",
    r"(?<!\w)(?:a|ab|aba)(?!\w)",
]


@given(st.lists(st.sampled_from(["menurut", "nya", "-", " ", "x", "dalam", "wawancara",
                                 "dengan", "DALAM", "ab", "a", "aba", "dikatakan", "oleh",
                                 "Kim", "\n", ",", "disampaikan"]), max_size=30),
       st.sampled_from(_OPENING_PATTERNS))
def test_finditer_gives_the_matches_of_the_pattern(words, source):
    pattern = re.compile(source)
    text = "".join(words)
    assert [m.span() + m.groups() for m in lexicons.finditer(pattern, text)] == \
        [m.span() + m.groups() for m in pattern.finditer(text)]


_AFTER_PATTERNS = _OPENING_PATTERNS + [
    r"(?i)(?<![\w-])(?:(?:seperti|sebagaimana)\s+)?(dilansir|dikutip)(?:\s+dari)?\s+",
    r"(?<![\w-])((?:ka(?:ta|tanya)|ujar))(?![\w-])|-",  # the look-behind of one alternative
    r"(?<!\w)(?:a|ab|aba)(?=-)",  # a match may end where the next one's character stands
]


@given(st.lists(st.sampled_from(["menurut", "nya", "-", " ", "x", "dalam", "seperti", "ab",
                                 "a", "aba", "dilansir", "DILANSIR", "dari", "kata", "katanya",
                                 "ujar", "\n", ",", "İ", "K"]), max_size=30),
       st.sampled_from(_AFTER_PATTERNS))
def test_finditer_after_gives_the_matches_of_the_pattern(words, source):
    pattern = re.compile(source)
    text = "".join(words)
    assert [m.span() + m.groups() for m in lexicons.finditer_after(pattern, text)] == \
        [m.span() + m.groups() for m in pattern.finditer(text)]


def test_a_bar_outside_groups_keeps_the_plain_scan():
    assert lexicons._consuming(re.compile(r"(?<!\w)a|b")) is None
    assert lexicons._consuming(re.compile(r"(?<!\w)(?:a|b)[|]")) is not None


def test_forget_texts_empties_the_caches_of_texts_only():
    scans, lookups = [], []

    @lexicons.cached(maxsize=4, per_text=True)
    def scan(text):
        scans.append(text)
        return len(text)

    @lexicons.cached()
    def lookup():
        lookups.append(1)
        return 1

    scan("a"), scan("a"), lookup(), lookup()
    lexicons.forget_texts()
    scan("a"), lookup()
    assert scans == ["a", "a"] and lookups == [1]


@given(st.lists(st.sampled_from(["dua", "per", "tiga", "se", "pertiga", "separuh", "ratusan",
                                 "ribu", "Dua", "-", " ", "x", "kata", "ujar", "katanya", "1",
                                 ",", "\n", "of", "a"]), max_size=30))
@settings(deadline=None)  # the first example loads the lexicons
def test_finditer_after_on_the_scans_that_use_it(words):
    from newsframe.annotate import claims, statements
    from newsframe.lang import numerals

    text = "".join(words)
    for pattern in (numerals._number_word_re(), claims._fraction_pattern()[0],
                    statements._patterns("id")["pre"], statements._RELAY_CUE):
        assert lexicons._consuming(pattern) is not None, pattern.pattern[:40]
        assert [m.span() + m.groups() for m in lexicons.finditer_after(pattern, text)] == \
            [m.span() + m.groups() for m in pattern.finditer(text)]
