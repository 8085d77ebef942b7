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


def test_every_label_has_every_language():
    from babel.messages.pofile import read_po

    from newsframe import lexicons, paths

    with open(paths.LOCALE / "labels.pot", "rb") as template:
        keys = {m.id for m in read_po(template) if m.id}
    assert len(keys) > 400
    for lang in lexicons.languages():
        translated = lexicons.catalog("labels", lang)
        assert set(translated) == keys, lang  # every key, nothing untranslated or fuzzy


def test_theme_uses_colour_blind_safe_palette_and_escapes_styler():
    plotting.apply_theme()
    assert matplotlib.rcParams["axes.prop_cycle"].by_key()["color"][0] == "#0072B2"
    assert pd.get_option("styler.format.escape") == "html"
    html = pd.DataFrame({"t": ["<script>x</script>"]}).style.to_html()
    assert "<script>" not in html


def test_colors_are_stable_per_key():
    assert plotting.colors_for(["b", "a", "a"]) == {"a": "#0072B2", "b": "#E69F00"}


def test_dollar_signs_from_data_are_text_never_mathtext(tmp_path):
    """Outlets, file names and quoted sums with `$` are drawn as written: "US$5 … US$10"
    is not math, and a string that is invalid mathtext does not stop the chart."""
    import matplotlib.pyplot as plt

    from newsframe.present.charts import plot_timeline, plot_volumes, volume_chart_data

    plotting.apply_theme()
    outlets = ["Kabar$Rakyat", "US$5 … US$10", r"Harga $\frac$ Media"]
    events = pd.DataFrame({"outlet": outlets, "event_type": "statement", "precision": "day",
                           "date_start": ["2023-10-13", "2023-10-14", "2023-10-15"],
                           "date_end": ["2023-10-13", "2023-10-14", "2023-10-15"]})
    fig = plot_timeline(events)
    fig.axes[0].set_title("US$5 … US$10 per container")
    fig.savefig(tmp_path / "timeline.png")
    assert (tmp_path / "timeline.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    shown = [t for t in fig.axes[0].get_yticklabels()]
    assert [t.get_text() for t in shown] == sorted(outlets)
    # drawn as it is written: matplotlib does not read any of it as math
    assert all(t._preprocess_math(t.get_text()) == (t.get_text(), False) for t in shown)
    assert fig.axes[0].title._preprocess_math("US$5 … US$10 per container")[1] is False
    plt.close(fig)

    claims = pd.DataFrame({
        "direction": "KP->RU", "unit": "container", "published": ["2023-10-13", "2023-11-01"],
        "value": [5.0, 10.0], "value_high": [float("nan")] * 2, "qualifier": "exact",
        "claimant_type": ["US$5 … US$10", "Kabar$Rakyat"], "outlet": outlets[:2],
        "alternative_group": "", "claim_id": ["a", "b"]})
    statements = pd.DataFrame(columns=["direction", "unit", "statement_date", "value",
                                       "value_high", "qualifier", "claimant_type", "claimant",
                                       "alternative_set", "statement_id"])
    ax = plot_volumes(volume_chart_data(claims, statements), "container")
    ax.figure.savefig(tmp_path / "volumes.png")
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Kabar$Rakyat" in legend and "US$5 … US$10" in legend
    ticks = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert ticks and not any("$" in t for t in ticks)  # log ticks as numbers, not \mathdefault
    plt.close(ax.figure)


def test_date_axis_over_three_years_gives_yearly_ticks_without_a_warning():
    # a warning here is printed on the report page (red stderr box), as the fuel-quota
    # articles of March 2022 to December 2024 showed
    import warnings

    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    ax.plot(pd.to_datetime(["2022-03-27", "2024-12-13"]), [1, 2])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        plotting.date_axis(ax, "id")
        fig.canvas.draw()
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert "2023" in ticks and "2024" in ticks
    plt.close(fig)


def test_every_unit_of_the_lexicon_has_a_name_in_every_language():
    # a unit without one showed its key on the page ("95 klaim tentang orang, unit_case")
    from newsframe import lexicons

    units = set(lexicons.load("units")["unit"]) - {""}
    assert {"case", "accident", "village", "percentage_point"} <= units
    for lang in lexicons.languages():
        missing = sorted(u for u in units if labels.label(f"unit_{u}", lang) == f"unit_{u}")
        assert missing == [], lang
    assert labels.unit_name("case", "id") == "kasus"
    assert labels.unit_name("accident", "en") == "accidents"
