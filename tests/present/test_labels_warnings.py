"""Every corpus warning code has its meaning in the labels catalogs, in English and
Indonesian, so the 00 notebook's warnings table reads in the report's language."""

import pytest

from newsframe import lexicons
from newsframe.read.summary import WARNING_CODES

EN, ID = lexicons.catalog("labels", "en"), lexicons.catalog("labels", "id")


@pytest.mark.parametrize("code", sorted(WARNING_CODES))
def test_warning_code_has_bilingual_label(code):
    key = f"warning_{code}"
    assert key in EN, f"the labels catalog has no {key}"
    assert EN[key] == WARNING_CODES[code]
    assert ID.get(key, "") != ""
    assert ID[key] != EN[key]


def test_no_warning_label_without_a_code():
    keys = {key for key in EN if key.startswith("warning_")}
    assert keys == {f"warning_{code}" for code in WARNING_CODES}


@pytest.mark.parametrize("code", sorted(WARNING_CODES))
def test_warning_meanings_read_as_prose(code):
    # the warnings table showed "later than `published`" and "(published_precision
    # inferred_not_before)" to readers: column names and code marks, not words
    for catalog in (EN, ID):
        meaning = catalog[f"warning_{code}"]
        assert "`" not in meaning and "published_precision" not in meaning, meaning


@pytest.mark.parametrize("code", sorted(WARNING_CODES))
def test_warning_code_has_a_short_name_in_both_languages(code):
    key = f"code_{code}"
    assert EN.get(key, "") and ID.get(key, "")
    assert "_" not in EN[key] and len(EN[key]) <= 40  # words for a header, not the code
