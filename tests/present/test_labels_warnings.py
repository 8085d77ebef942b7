"""Every corpus warning code has its meaning in labels.csv, in English and Indonesian, so the
00 notebook's warnings table reads in the report's language."""

import pytest

from newsframe import lexicons
from newsframe.read.corpus import WARNING_CODES

LABELS = lexicons.load("labels").set_index("key")


@pytest.mark.parametrize("code", sorted(WARNING_CODES))
def test_warning_code_has_bilingual_label(code):
    key = f"warning_{code}"
    assert key in LABELS.index, f"labels.csv has no {key}"
    row = LABELS.loc[key]
    assert row["en"] == WARNING_CODES[code]
    assert row["id"] != ""
    assert row["id"] != row["en"]


def test_no_warning_label_without_a_code():
    keys = {key for key in LABELS.index if key.startswith("warning_")}
    assert keys == {f"warning_{code}" for code in WARNING_CODES}
