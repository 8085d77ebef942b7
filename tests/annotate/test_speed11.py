"""Per-core speed, round 7 (issue 27): the shortcuts give what the plain computation gives.
Sentences written for the tests."""
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsframe.annotate import claims, coreference, quotes


@given(st.lists(st.integers(0, 9), max_size=12), st.lists(st.integers(0, 9), max_size=12),
       st.integers(0, 9), st.integers(1, 30))
def test_last_of_looks_back_as_over_the_joined_lists(first, second, wanted, lookback):
    # the joined list is never built (a huge text's mentions); the answer is the same,
    # LOOKBACK included
    original = coreference.LOOKBACK
    coreference.LOOKBACK = lookback
    try:
        def test(n):
            return n == wanted
        assert coreference.last_of((first, second), test) is \
            coreference.last(first + second, test)
    finally:
        coreference.LOOKBACK = original


def _fractions_scanned(text: str) -> list:
    """What _fractions finds without its cheap rejection: every text is scanned."""
    pattern, _ = claims._fraction_pattern()
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", [
    "Sekitar dua pertiga warga sudah menerima bantuan.",
    "Hampir SEPERTIGA lahan rusak, kata kepala desa.",
    "Separuh dari stok beras tersisa di gudang.",
    "Setengah dari anggaran terserap pada Juni.",
    "Tiga perempat peserta hadir; seperempat lainnya absen.",
    "Half of the 40 trucks arrived, and a third of the crews left.",
    "Two-thirds of the budget and three quarters of the staff.",
    "Jumlahnya naik 12 persen dibanding tahun lalu.",  # "per" without a fraction
    "Harga cabai turun tajam pekan ini.",  # none of the words
    # a letter IGNORECASE reads as another (K, the kelvin sign, as k): always scanned
    "Suhu 300 \u212a, dua pertiga alat mati.",
])
def test_fractions_skip_only_texts_holding_no_fraction_word(text):
    assert [(n.start, n.end) for n in claims._fractions(text)] == _fractions_scanned(text)


def test_a_fraction_holds_one_of_the_words_looked_for():
    # every alternative of the pattern holds one of _FRACTION_WORDS (in lower case)
    pattern, values = claims._fraction_pattern()
    words = [f"{top} per{bottom}" for top in ("se", *values) for bottom in values] + [
        "separuh", "setengah dari", "half of", "a third of", "two-thirds of",
        "one quarter of", "three quarters of"]
    for phrase in words:
        for written in (phrase, phrase.upper(), phrase.title()):
            found = pattern.search(written)
            if found is not None:
                assert any(w in found.group(0).lower() for w in claims._FRACTION_WORDS)


def test_quote_spans_are_a_fresh_list_each_time():
    body = 'Ia berkata "ya" lalu “tidak”.\n\n"Kedua," katanya.'
    first = quotes.quote_spans(body)
    first.append((0, 1))  # a caller's change is not remembered
    assert quotes.quote_spans(body) == [(11, 15), (21, 28), (31, 39)]
    assert re.search("ya", body[slice(*quotes.quote_spans(body)[0])])
