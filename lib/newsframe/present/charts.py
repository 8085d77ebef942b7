"""The report charts: claims against official statements over time, the events timeline.
Every text on them is a label in the report's language; data values are never parsed as
math text."""

import pandas as pd

from . import theme
from .labels import label, unit_name

# Okabe-Ito without black (black marks publication dates), then Tol's muted scheme; grey = other
_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#56B4E9", "#D55E00", "#CC79A7", "#F0E442",
            "#882255", "#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77",
            "#CC6677", "#AA4499")


def event_colours() -> dict[str, str]:
    """One colour per event type of data/lexicons/event_types.csv, in its order (the same
    colour in every report and language); ``other`` grey.

    >>> colours = event_colours()
    >>> colours["statement"], colours["other"]
    ('#0072B2', '#999999')
    """
    from ..annotate.timeline import event_types  # on first use: most pages draw no events

    types = [t for t in event_types() if t != "other"]
    return {**{t: _PALETTE[i % len(_PALETTE)] for i, t in enumerate(types)}, "other": "#999999"}


def _plot_event_counts(shown: pd.DataFrame, lanes: list, lane: str, lang: str,
                       max_span_days: int = 62):
    """Aggregated timeline for big corpora: events per lane and month as a heat strip."""
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    first = pd.to_datetime(shown["date_start"])
    short = (pd.to_datetime(shown["date_end"]) - first).dt.days <= max_span_days
    month = first[short].dt.to_period("M")
    fig, ax = plt.subplots(figsize=(10, 1.5 + 0.32 * max(len(lanes), 1)))
    if month.empty:
        return fig
    months = pd.period_range(month.min(), month.max(), freq="M")
    counts = (shown[short].assign(_month=month).groupby([lane, "_month"]).size()
              .unstack(fill_value=0).reindex(index=lanes, columns=months, fill_value=0))
    edges = mdates.date2num(pd.period_range(months[0], periods=len(months) + 1, freq="M")
                            .to_timestamp())
    mesh = ax.pcolormesh(edges, [n - 0.5 for n in range(len(lanes) + 1)],
                         counts.to_numpy(), cmap="Blues", shading="flat")
    fig.colorbar(mesh, ax=ax, label=label("events_per_month", lang), pad=0.01)
    ax.xaxis_date()
    ax.set_yticks(range(len(lanes)), [name or label("unknown_outlet", lang) for name in lanes])
    theme.date_axis(ax, lang)
    ax.set_xlabel(label("date", lang))
    ax.set_title(label("events_per_month_title", lang))
    return fig


def plot_timeline(events: pd.DataFrame, articles: pd.DataFrame | None = None,
                  lane: str = "outlet", lang: str = "en", max_events: int = 400):
    """Timeline chart: one lane per ``lane`` value, events coloured by type, day events as
    points, coarser ones as spans over their whole period, publication dates as black ticks.

    With more than ``max_events`` distinct events (same lane, type and dates count once) the
    single events would be unreadable: the chart then shows events per lane and month as a
    heat strip instead (events spanning more than 62 days are left out of it).

    Returns the matplotlib Figure (events must be resolved: date_start and date_end set).

    >>> ev = pd.DataFrame({"outlet": ["X"], "event_type": ["statement"], "precision": ["day"],
    ...     "date_start": ["2023-10-13"], "date_end": ["2023-10-13"]})
    >>> len(plot_timeline(ev).axes)
    1
    >>> many = pd.concat([ev] * 3).assign(date_start=["2023-10-01", "2023-10-02", "2023-11-05"])
    >>> plot_timeline(many.assign(date_end=many["date_start"]), max_events=2).axes[0].get_title()
    'Dated events per outlet and month'
    """
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    shown = events[(events["date_start"] != "") & (events["date_end"] != "")]
    lanes = sorted(set(shown[lane]))
    if articles is not None and lane == "outlet":
        lanes = sorted(set(lanes) | set(articles.loc[articles["published"] != "", "outlet"]))
    position = {name: n for n, name in enumerate(lanes)}
    colours = event_colours()
    distinct = shown.drop_duplicates([lane, "event_type", "precision", "date_start", "date_end"])
    if len(distinct) > max_events:
        return _plot_event_counts(shown, lanes, lane, lang)
    fig, ax = plt.subplots(figsize=(10, 1.2 + 0.9 * max(len(lanes), 1)))
    # identical events (same lane, type and dates) are drawn once: thousands of reports of
    # the same day stay one dot, so the chart cost and ink grow with distinct events only
    distinct = distinct.sort_values("date_start", kind="stable")
    first = pd.to_datetime(distinct["date_start"])
    last = pd.to_datetime(distinct["date_end"])
    y = distinct[lane].map(position).astype("float64")
    point = (distinct["precision"] == "day") & (first == last)
    colour = distinct["event_type"].map(lambda t: colours.get(t, "#999999"))
    if point.any():
        ax.scatter(first[point], y[point], marker="o", color=colour[point].tolist(), s=49,
                   alpha=0.85, zorder=3, linewidths=0)
    spans = ~point
    if spans.any():
        # spans stacked in three sub-rows so overlapping ones stay visible; long windows
        # ("17 bulan terakhir") drawn thin so they do not hide the events
        level = distinct[spans].groupby(lane).cumcount() % 3
        long_window = (last[spans] - first[spans]).dt.days > 62
        ax.barh(y[spans] - 0.25 + 0.2 * level, (last[spans] - first[spans])
                + pd.Timedelta(days=1), left=first[spans],
                height=long_window.map({True: 0.06, False: 0.16}).tolist(),
                color=colour[spans].tolist(), alpha=0.6, edgecolor=colour[spans].tolist(),
                zorder=2)
    if articles is not None and lane == "outlet":
        ticks = articles.loc[(articles["published"] != "")
                             & articles["outlet"].isin(list(position)), ["outlet", "published"]]
        ticks = ticks.drop_duplicates()
        ax.scatter(pd.to_datetime(ticks["published"]), ticks["outlet"].map(position),
                   marker="|", color="black", s=18 ** 2, linewidths=2, zorder=4)
    ax.set_yticks(range(len(lanes)), [name or label("unknown_outlet", lang) for name in lanes])
    ax.set_xlabel(label("date", lang))
    ax.set_title(label("events_timeline", lang))
    from ..annotate.timeline import event_types

    types = [t for t in event_types() if t in set(shown["event_type"])]
    handles = [Line2D([], [], marker="o", linestyle="", color=colours[t], label=label(t, lang))
               for t in types]
    handles.append(Line2D([], [], marker="|", linestyle="", color="black", markersize=12,
                          markeredgewidth=2, label=label("publication_date", lang)))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.set_ylim(-0.7, max(len(lanes), 1) - 0.3)
    theme.date_axis(ax, lang)
    return fig


QUALIFIER_MARKERS = {"exact": "o", "about": "s", "more_than": "^", "at_least": "^",
                     "up_to": "v", "at_most": "v", "vague": "h"}


CHART_COLUMNS = ["unit", "source", "date", "value", "value_high", "qualifier", "colour_key",
                 "label", "alternative_group", "row_id", "checked"]
CHECKED = ("confirmed", "corrected")  # an analyst's review: the claim was checked


def volume_chart_data(claims: pd.DataFrame, statements: pd.DataFrame, units=None,
                      direction: str | None = None) -> pd.DataFrame:
    """Dated article claims and counted official statements in one tidy table for charts.

    ``source`` is ``article`` or ``official``; ``colour_key`` is the claimant type
    (``unattributed`` when the article names nobody); ``checked``: an analyst confirmed or
    corrected the claim (its ``review``). Undated claims are left out, and so are
    claims and statements of another ``direction`` than the story pack's (claims of
    ``unknown`` direction are kept; None: every direction).

    >>> from newsframe.analyse.reference import CLAIM_KEEP, load_statements
    >>> from newsframe import paths
    >>> data = volume_chart_data(pd.DataFrame(columns=CLAIM_KEEP),
    ...     load_statements(paths.STORIES / "korea-russia-arms"), ["container"], "KP->RU")
    >>> sorted(set(data["source"])), int(data["value"].min())
    (['official'], 1000)
    """
    if direction is not None:
        claims = claims[claims["direction"].isin([direction, "unknown"])]
        statements = statements[statements["direction"] == direction]
    articles = pd.DataFrame({
        "unit": claims["unit"], "source": "article",
        "date": pd.to_datetime(claims["published"].replace("", None), errors="coerce"),
        "value": claims["value"], "value_high": claims["value_high"],
        "qualifier": claims["qualifier"],
        "colour_key": claims["claimant_type"].replace("", "unattributed"),
        "label": claims["outlet"], "alternative_group": claims["alternative_group"],
        "row_id": claims["claim_id"],
        "checked": claims["review"].isin(CHECKED) if "review" in claims else False,
    })
    official = pd.DataFrame({
        "unit": statements["unit"], "source": "official",
        "date": pd.to_datetime(statements["statement_date"], errors="coerce"),
        "value": statements["value"], "value_high": statements["value_high"],
        "qualifier": statements["qualifier"], "colour_key": statements["claimant_type"],
        "label": statements["claimant"], "alternative_group": statements["alternative_set"],
        "row_id": statements["statement_id"], "checked": False,
    })
    frames = [f for f in (articles, official) if not f.empty]
    data = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=CHART_COLUMNS)
    data = data[data["date"].notna() & data["value"].notna()]
    if units is not None:
        data = data[data["unit"].isin(list(units))]
    return data[CHART_COLUMNS].sort_values(["unit", "date", "source"]).reset_index(drop=True)


def _off_official(claims: pd.DataFrame, official: pd.DataFrame, days: int = 6) -> pd.DataFrame:
    """Claims moved a few days right where they would sit on an official marker (same figure
    within ``days`` days), so both stay visible; the dates of the tables are not changed.

    >>> day = pd.Timestamp("2023-10-13")
    >>> claims = pd.DataFrame({"date": [day, day], "value": [1000.0, 5.0]})
    >>> official = pd.DataFrame({"date": [day], "value": [1000.0]})
    >>> _off_official(claims, official)["date"].dt.day.tolist()
    [19, 13]
    """
    if claims.empty or official.empty:
        return claims
    window = pd.Timedelta(days=days)
    # each claim paired with the official markers of its figure (a merge, not a scan per claim)
    markers = official.loc[official["value"].notna(), ["value", "date"]].rename(
        columns={"date": "marker"})
    pairs = pd.DataFrame({"row": range(len(claims)), "value": claims["value"].to_numpy(),
                          "date": claims["date"].to_numpy()}).merge(markers, on="value")
    near = pairs.loc[(pairs["date"] - pairs["marker"]).abs() < window, "row"].unique()
    on_marker = pd.Series(False, index=claims.index)
    on_marker.iloc[near] = True
    moved = claims["date"].where(~on_marker, claims["date"] + window)
    return claims.assign(date=moved)


def _alternative_paths(rows: pd.DataFrame) -> list:
    """The points of each group of alternatives (``alternative_group`` not empty), in the
    rows' order, as (date number, value) arrays in the order of the groups' names.

    >>> rows = pd.DataFrame({"date": pd.to_datetime(["2024-01-02", "2024-01-01", "2024-01-03"]),
    ...     "value": [5.0, 3.0, 9.0], "alternative_group": ["b", "a", "b"]})
    >>> [path[:, 1].tolist() for path in _alternative_paths(rows)]
    [[3.0], [5.0, 9.0]]
    """
    import matplotlib.dates as mdates
    import numpy as np

    joined = rows[rows["alternative_group"].notna() & (rows["alternative_group"] != "")]
    if joined.empty:
        return []
    order = np.argsort(joined["alternative_group"].to_numpy(dtype=object), kind="stable")
    groups = joined["alternative_group"].to_numpy(dtype=object)[order]
    points = np.column_stack([mdates.date2num(joined["date"].to_numpy()[order]),
                              joined["value"].to_numpy(dtype="float64")[order]])
    starts = np.flatnonzero(groups[1:] != groups[:-1]) + 1
    return np.split(points, starts)


def plot_volumes(data: pd.DataFrame, unit: str, lang: str = "en", ax=None):
    """Log-scale chart of one unit: official statements (black line and diamonds, the
    escalation) and article claims coloured by claimant type, marker by qualifier, vague
    ranges as bars up to ``value_high``, alternatives joined by a dashed line, a black ring
    round a claim an analyst checked (the legend says so). Claims with
    the same day, figure, claimant type and qualifier are one marker, its area growing with
    their number (so the chart stays readable on thousands of articles).

    >>> from newsframe.analyse.reference import CLAIM_KEEP, load_statements
    >>> from newsframe import paths
    >>> data = volume_chart_data(pd.DataFrame(columns=CLAIM_KEEP),
    ...                          load_statements(paths.STORIES / "korea-russia-arms"))
    >>> plot_volumes(data, "container").get_yscale()
    'log'
    """
    import matplotlib.pyplot as plt
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D

    if ax is None:
        _, ax = plt.subplots()
    rows = data[data["unit"] == unit]
    official = rows[rows["source"] == "official"]
    claims = rows[rows["source"] == "article"]
    # identical points (same day, figure, claimant type, qualifier) are drawn once, larger
    # by how many articles printed them; then distinct claims of the same day are spread a
    # little apart (at most 7 steps of a thirtieth of the chart's span, at most 4 days each,
    # so a busy day stays near its date and a corpus of two days is not drawn into the next
    # month)
    span = rows["date"].max() - rows["date"].min() if len(rows) else pd.Timedelta(0)
    step = min(pd.Timedelta(days=4), max(span, pd.Timedelta(days=1)) / 30)
    same = ["date", "value", "value_high", "colour_key", "qualifier", "alternative_group"]
    claims = claims.assign(checked=claims["checked"].fillna(False).astype(bool)) \
        if "checked" in claims else claims.assign(checked=False)
    claims = (claims.groupby(same, dropna=False, sort=False).agg(
        n=("date", "size"), checked=("checked", "max")).reset_index()
        if len(claims) else claims.assign(n=1))
    claims = claims.assign(date=claims["date"] + claims.groupby("date").cumcount() % 8 * step)
    claims = _off_official(claims, official)
    rows = pd.concat([official, claims])
    # the escalation line follows the highest figure of each day (alternatives are lower)
    highest = official.groupby("date")["value"].max()
    ax.plot(highest.index, highest.values, color="#000000", lw=1, alpha=0.5,
            drawstyle="steps-post", zorder=3)
    ax.scatter(official["date"], official["value"], marker="D", color="#000000", s=36,
               zorder=3, label=label("official_statement", lang))
    crowded = len(claims) > 30  # many claims: translucent, so density shows and none hides
    colours = theme.colors_for(sorted(set(claims["colour_key"])))
    # article points above the official diamonds: a figure an article shares with an
    # official statement must stay visible, so the legend lists nothing unseen
    for (key, qualifier), group in claims.groupby(["colour_key", "qualifier"]):
        ax.scatter(group["date"], group["value"], color=colours[key], zorder=6,
                   s=(60 * group["n"] ** 0.5).clip(upper=400), alpha=0.35 if crowded else 1,
                   marker=QUALIFIER_MARKERS.get(qualifier, "o"), edgecolor="white",
                   linewidths=0.8)
    checked = claims[claims["checked"].astype(bool)]
    if len(checked):
        ax.scatter(checked["date"], checked["value"], s=(60 * checked["n"] ** 0.5).clip(
            upper=400) * 2.6, facecolors="none", edgecolors="#000000", linewidths=1.4,
            zorder=7)
    ranged = claims[claims["value_high"].notna()]
    ax.vlines(ranged["date"], ranged["value"], ranged["value_high"],
              colors=[colours[k] for k in ranged["colour_key"]], lw=3, alpha=0.4, zorder=4)
    # one dashed polyline per group of alternatives, all in one collection: a big corpus has
    # thousands of groups, and a Line2D each cost seconds to make and draw
    ax.add_collection(LineCollection(_alternative_paths(rows), linestyles="--",
                                     colors="#555555", linewidths=1, zorder=2))
    theme.log_axis(ax, "y", lang)
    if len(rows):  # a day either side (one date alone is not drawn over four years), else
        # a twentieth of the span, as matplotlib's own margin
        pad = max(pd.Timedelta(days=1), (rows["date"].max() - rows["date"].min()) / 20)
        ax.set_xlim(rows["date"].min() - pad, rows["date"].max() + pad)
    theme.date_axis(ax, lang)
    title = label("claims_over_time", lang)
    ax.set_title(f"{title}: {unit_name(unit, lang)}")
    ax.set_xlabel(label("date", lang))
    ax.set_ylabel(label("value_log", lang))
    handles = [Line2D([], [], marker="D", color="#000000", ls="",
                      label=label("official_statement", lang))] if len(official) else []
    handles += [Line2D([], [], marker="o", color=c, ls="", label=label(k, lang))
                for k, c in colours.items()]
    handles += [Line2D([], [], marker=m, color="#777777", ls="",
                       label=label("qualifier_" + q, lang))
                for q, m in QUALIFIER_MARKERS.items() if q in set(claims["qualifier"])]
    if len(checked):
        handles.append(Line2D([], [], marker="o", color="#000000", ls="", fillstyle="none",
                              markersize=9, label=label("legend_checked", lang)))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=9)
    return ax


def kind_label(kind: str, lang: str = "en") -> str:
    """A figure kind of :func:`newsframe.analyse.counts.count_history` in words: the unit, and
    what it counts (``person: dead`` → ``People: dead``).

    >>> kind_label("person: dead"), kind_label("person: dead", "id"), kind_label("ton")
    ('People: dead', 'Orang: meninggal', 'Tonnes')
    >>> kind_label("posko")  # a counted noun the unit lexicon does not know
    'Posko'
    >>> kind_label("kiloliter: quota — Pertalite")  # a measure, with the thing it measures
    'Kilolitres (Pertalite): quota'
    >>> kind_label("case: cases")  # what the unit says already is not said twice
    'Cases'
    """
    kind, _, thing = kind.partition(" — ")
    unit, _, family = kind.partition(": ")
    text = unit_name(unit, lang)  # a noun the lexicon lacks as it is
    counted = label("family_" + family, lang) if family else ""
    counted = "" if counted.lower() == text.lower() else counted
    thing = "" if thing.lower() == text.lower() else thing
    text = text[:1].upper() + text[1:] + (f" ({thing})" if thing else "")
    return f"{text}: {counted}" if counted else text


MAX_CLAIMANT_LINES = 8  # claimants drawn in colour; the others grey


def plot_count_history(history: pd.DataFrame, kind: str, lang: str = "en", ax=None):
    """How one count moved: each claimant's figures over time (a marker per printed figure,
    a step line through the highest figure they had given by each date), official
    statements as black diamonds, figures nobody is named for in grey, and the days two
    claimants disagreed marked by a red ring. Log scale when the figures span two orders
    of magnitude.

    >>> from newsframe.analyse.counts import count_history
    >>> claims = pd.DataFrame({"published": ["2025-03-12", "2025-03-13"], "value": [7.0, 12.0],
    ...     "value_high": [None, None], "unit": ["person"] * 2, "item": ["orang meninggal"] * 2,
    ...     "qualifier": ["exact"] * 2, "claimant": ["BPBD", "BNPB"]})
    >>> ax = plot_count_history(count_history(claims), "person: dead")
    >>> ax.get_title(), ax.get_yscale()
    ('How the count moved: People: dead', 'linear')
    """
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.ticker import FuncFormatter

    from .display import actor_names
    from .format import format_number

    if ax is None:
        _, ax = plt.subplots()
    rows = history[history["kind"] == kind].assign(when=lambda t: pd.to_datetime(t["date"]))
    official = rows[rows["source"] == "statement"]
    printed = rows[rows["source"] == "article"]
    named = printed[printed["claimant"] != ""]
    ranked = named["claimant"].value_counts().index.tolist()
    colours = theme.colors_for(ranked[:MAX_CLAIMANT_LINES])
    handles = []
    groups = dict(tuple(named.groupby("claimant", sort=False)))  # one pass, not one per claimant
    for claimant in ranked:
        group = groups[claimant].sort_values("when")
        colour = colours.get(claimant, "#bbbbbb")
        ax.plot(group["when"], group["claimant_high"], drawstyle="steps-post", color=colour,
                lw=1.4, alpha=0.8, zorder=3)
        ax.scatter(group["when"], group["value"], color=colour, s=40, zorder=5,
                   edgecolor="white", linewidths=0.6)
        if claimant in colours:
            handles.append(Line2D([], [], marker="o", color=colour,
                                  label=actor_names(claimant, lang)))
    if len(ranked) > MAX_CLAIMANT_LINES:
        handles.append(Line2D([], [], marker="o", color="#bbbbbb",
                              label=label("other_claimants", lang)))
    unnamed = printed[printed["claimant"] == ""]
    if len(unnamed):
        ax.scatter(unnamed["when"], unnamed["value"], color="#999999", marker="x", s=30,
                   zorder=4)
        handles.append(Line2D([], [], marker="x", color="#999999", ls="",
                              label=label("claimant_unnamed", lang)))
    if len(official):
        ax.scatter(official["when"], official["value"], marker="D", color="#000000", s=36,
                   zorder=6)
        handles.append(Line2D([], [], marker="D", color="#000000", ls="",
                              label=label("official_statement", lang)))
    split = named[named["disagreement"]]
    if len(split):
        ax.scatter(split["when"], split["value"], s=140, facecolors="none",
                   edgecolors="#D55E00", linewidths=1.5, zorder=7)
        handles.append(Line2D([], [], marker="o", color="#D55E00", ls="", fillstyle="none",
                              label=label("disagreement", lang)))
    values = rows["value"][rows["value"] > 0]
    if len(values) and values.max() / values.min() >= 100:
        theme.log_axis(ax, "y", lang)
    else:  # figures as the language writes them (12.000), not matplotlib's 12000
        ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: format_number(value, lang)))
    if len(rows):  # a day either side, so a count of two days still reads in days; a
        # twentieth of the span on a longer one, so no marker is cut in half at the edge
        pad = max(pd.Timedelta(days=1), (rows["when"].max() - rows["when"].min()) / 20)
        ax.set_xlim(rows["when"].min() - pad, rows["when"].max() + pad)
    theme.date_axis(ax, lang)
    ax.set_title(f"{label('count_history', lang)}: {kind_label(kind, lang)}")
    ax.set_xlabel(label("date", lang))
    ax.set_ylabel(kind_label(kind, lang))  # what the figures count
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=9)
    return ax
