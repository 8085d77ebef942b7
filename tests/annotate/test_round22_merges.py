"""Where two rounds of wave 22 met (issue 23): the lead's merge fixes, with sentences written
for the tests."""
import pytest

from tests.annotate.test_sources_forms import extract_attributions_of


def _sources(body: str) -> list:
    table = extract_attributions_of(body)
    return [s for s, anonymous in zip(table["source"], table["anonymous"], strict=True)
            if not anonymous]


@pytest.mark.parametrize("body", [
    # round 22c's cited data meets round 22b's monitor: the body is named after the panel's
    # words, never "Panel Harga Badan Y"
    "Harga beras medium tercatat Rp 13.900 per kilogram berdasarkan panel harga Badan Pangan "
    "Nasional hari ini.",
])
def test_a_price_panel_names_its_body_not_the_panel(body):
    names = _sources(body)
    assert "Badan Pangan Nasional" in [n.split(" (")[0] for n in names], names
    assert not any(n.lower().startswith("panel") for n in names), names
