"""The shared plotting theme and labels."""

import matplotlib
import pandas as pd
import pytest

from newsframe.params import ParameterError
from newsframe.present import labels
from newsframe.present import theme as plotting

matplotlib.use("Agg")


def test_labels_in_both_languages_and_unknown_lang():
    assert labels.label("date", "en") == "Date"
    assert labels.label("date", "id") == "Tanggal"
    assert labels.label("no_such_key", "id") == "no_such_key"
    with pytest.raises(ParameterError, match="parameter 'lang' = 'fr'"):
        labels.label("date", "fr")


def test_every_label_has_both_languages():
    from newsframe import lexicons

    table = lexicons.load("labels")
    assert table["key"].is_unique
    assert (table["en"] != "").all() and (table["id"] != "").all()


def test_theme_uses_colour_blind_safe_palette_and_escapes_styler():
    plotting.apply_theme()
    assert matplotlib.rcParams["axes.prop_cycle"].by_key()["color"][0] == "#0072B2"
    assert pd.get_option("styler.format.escape") == "html"
    html = pd.DataFrame({"t": ["<script>x</script>"]}).style.to_html()
    assert "<script>" not in html


def test_colors_are_stable_per_key():
    assert plotting.colors_for(["b", "a", "a"]) == {"a": "#0072B2", "b": "#E69F00"}
