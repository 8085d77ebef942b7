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


def test_volume_chart_joins_each_group_of_alternatives_in_one_dashed_collection():
    # thousands of groups drew a Line2D each (seconds at 200k articles); one LineCollection
    # holds the same polylines: each group's points in the rows' order, groups by name
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.collections import LineCollection

    days = pd.to_datetime(["2024-03-04", "2024-03-09", "2024-03-21", "2024-04-02", "2024-04-30"])
    data = pd.DataFrame({
        "unit": ["shell"] * 5, "source": ["official", "article", "article", "article", "article"],
        "date": days, "value": [40000.0, 250000.0, 70000.0, 18000.0, 900.0],
        "value_high": [None] * 5, "qualifier": ["exact"] * 5,
        "colour_key": ["government", "unattributed", "military", "unattributed", "military"],
        "label": ["Ministry", "Kabar Timur", "Warta", "Kabar Timur", "Warta"],
        "alternative_group": ["g2", "g1", "g2", "", "g1"], "row_id": list("abcde"),
        "checked": [False] * 5})
    ax = charts.plot_volumes(data, "shell")
    dashed = [c for c in ax.collections  # (the vague ranges' bars are a solid one)
              if isinstance(c, LineCollection) and c.get_linestyle()[0][1] is not None]
    assert len(dashed) == 1
    paths = [[(mdates.num2date(x).date().isoformat(), y) for x, y in path.vertices]
             for path in dashed[0].get_paths()]
    assert paths == [[("2024-03-09", 250000.0), ("2024-04-30", 900.0)],
                     [("2024-03-04", 40000.0), ("2024-03-21", 70000.0)]]
    assert not [line for line in ax.get_lines() if line.get_linestyle() == "--"]
    plt.close(ax.figure)


def test_volume_chart_of_a_short_corpus_keeps_each_claim_on_its_day():
    # five figures of one unit printed on two days (a wage dispute's head counts): spread
    # apart within their day, not by four days a step into the next month; and a unit with
    # a single dated figure is drawn over a few days, not over years
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.collections import PathCollection

    days = pd.to_datetime(["2026-05-11"] * 4 + ["2026-05-12"])
    data = pd.DataFrame({
        "unit": ["person"] * 5, "source": ["article"] * 5, "date": days,
        "value": [900.0, 210.0, 45.0, 3000.0, 900.0], "value_high": [None] * 5,
        "qualifier": ["exact"] * 5,
        "colour_key": ["union", "company", "government", "unattributed", "union"],
        "label": ["Warta Lembah"] * 5, "alternative_group": [""] * 5,
        "row_id": list("abcde"), "checked": [False] * 5})
    ax = charts.plot_volumes(data, "person")
    drawn = sorted(mdates.num2date(x).strftime("%Y-%m-%d")
                   for collection in ax.collections if isinstance(collection, PathCollection)
                   for x, _ in collection.get_offsets())
    assert drawn == ["2026-05-11"] * 4 + ["2026-05-12"]
    left, right = (mdates.num2date(x).date().isoformat() for x in ax.get_xlim())
    assert (left, right) == ("2026-05-10", "2026-05-13")
    plt.close(ax.figure)
    one = charts.plot_volumes(data.iloc[[4]].assign(unit="rupiah"), "rupiah")
    left, right = (mdates.num2date(x).date().isoformat() for x in one.get_xlim())
    assert (left, right) == ("2026-05-11", "2026-05-13")
    plt.close(one.figure)
