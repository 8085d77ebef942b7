"""Charts of newsframe.present.charts, read back from their matplotlib axes."""

import matplotlib
import pandas as pd
import pytest

from newsframe.analyse.counts import count_history
from newsframe.present import charts

matplotlib.use("Agg")


@pytest.fixture
def containers():
    # three figures of one count, two claimants the actor lexicon names in Indonesian
    return count_history(pd.DataFrame({
        "published": ["2023-10-13", "2023-11-01", "2024-06-17"],
        "value": [1000.0, 1000.0, 12000.0], "value_high": [None] * 3,
        "unit": ["container"] * 3, "item": ["kontainer"] * 3, "qualifier": ["exact"] * 3,
        "claimant": ["US government", "White House", "US government"]}))


def test_count_history_speaks_the_reports_language(containers):
    # the Indonesian briefing's chart had "US government" and "White House" in its legend,
    # "Value" on its axis and 12000 where its tables write 12.000
    import matplotlib.pyplot as plt

    ax = charts.plot_count_history(containers, "container", "id")
    ax.figure.canvas.draw()
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["Pemerintah AS", "Gedung Putih"]
    assert ax.get_yscale() == "linear"
    assert "12.000" in [t.get_text() for t in ax.get_yticklabels()]
    assert ax.get_ylabel() == "Kontainer"
    plt.close(ax.figure)


def test_count_history_keeps_its_first_and_last_markers_inside_the_axes(containers):
    # over eight months a day's margin cut the first and last markers in half at the edges
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    ax = charts.plot_count_history(containers, "container", "en")
    left, right = (mdates.num2date(x).date().isoformat() for x in ax.get_xlim())
    assert left <= "2023-10-01" and right >= "2024-06-29"  # 2023-10-13 … 2024-06-17: 12 days
    plt.close(ax.figure)
