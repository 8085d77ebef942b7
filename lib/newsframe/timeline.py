"""Dated events: every date expression in an article body, with the event it dates.

``extract_events(articles)`` gives one row per date expression (see docs/tables/events.md).
The helpers below turn that table into what the timeline notebook shows: a filter
(``filter_events``), report lag per article (``report_lag``), the same event reported by several
outlets (``group_same_events`` / ``summarise_groups``), a combined chronology
(``build_chronology``) and the timeline chart (``plot_timeline``).

>>> import pandas as pd
>>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "published": ["2023-10-13"],
...     "status": ["ok"], "body": ["Gedung Putih pada Jumat (13/10/2023) mengatakan hal itu."]})
>>> extract_events(arts)[["expression", "date_start", "event_type", "actors"]].values.tolist()
[['Jumat (13/10/2023)', '2023-10-13', 'statement', 'White House']]
"""

from __future__ import annotations

import functools
import re
from datetime import date

import pandas as pd

from . import lexicons
from .actors import find_actors, normalise_actor
from .dates import PRECISIONS, _trie, find_date_expressions, precision_rank
from .text import enclosing_span, split_sentences

EVENT_COLUMNS = ["article_id", "event_id", "expression", "date_start", "date_end", "precision",
                 "relative", "anchor", "event_type", "actors", "sentence", "start", "end",
                 "outlet", "published", "kind"]
EVENT_TYPES = ("statement", "shipment", "visit_or_meeting", "satellite_imagery", "sanctions",
               "launch_or_test", "military_action", "diplomatic_agreement", "other")
_INT_COLUMNS = ("start", "end")
# Okabe-Ito without black (black marks publication dates) plus Tol's wine; grey = other
EVENT_COLOURS = dict(zip(EVENT_TYPES, ["#0072B2", "#E69F00", "#009E73", "#56B4E9", "#D55E00",
                                       "#CC79A7", "#F0E442", "#882255", "#999999"], strict=True))


def _empty(columns, ints=(), bools=()) -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series([], dtype="str") for c in columns})
    return frame.astype({**{c: "int64" for c in ints}, **{c: "bool" for c in bools}})


def _iso(value) -> str:
    return value.isoformat() if value else ""


def _anchor_of(published: str, precision: str = "day") -> date | None:
    if not published or precision not in ("", "day"):
        return None
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


@functools.cache
def _cue_matcher(mtime: float) -> tuple[re.Pattern, dict[str, str], dict[str, str], re.Pattern]:
    """A prefix-tree regex over every cue stem (matched on lowercased text after a non-word
    character, so the engine skips quickly to word starts), the event type of each exact cue
    and of each ``*`` stem, plus the statement cues alone."""
    table = lexicons.load("event_types")
    exact, stems = {}, {}
    for cue, event_type in zip(table["cue"], table["event_type"], strict=True):
        stem = " ".join(cue.rstrip("*").lower().split())
        (stems if cue.endswith("*") else exact).setdefault(stem, event_type)
    pattern = re.compile(r"\W(?P<stem>" + _trie(set(exact) | set(stems)) + r")(?P<tail>\w*)")
    statements = lexicons.cue_pattern(table.loc[table["event_type"] == "statement", "cue"])
    return pattern, exact, stems, statements


def _cues():
    return _cue_matcher(lexicons.mtime("event_types"))


def _find_cues(text: str, cues) -> list[tuple[int, int, str]]:
    pattern, exact, stems, _ = cues
    lowered = " " + text.lower()
    if len(lowered) != len(text) + 1:  # letters whose lowercase is longer: keep offsets
        lowered = " " + "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found = []
    for match in pattern.finditer(lowered):
        stem = match.group("stem")
        event_type = stems.get(stem) if match.group("tail") else exact.get(stem, stems.get(stem))
        if event_type:
            found.append((match.start("stem") - 1, match.end() - 1, event_type))
    return found


def _classify(text, found_cues, cues, start, end, expr_start, expr_end) -> str:
    # "..., kata Kirby, Sabtu (14/10)." / "Gedung Putih menuding ..., Rabu (3/11/2022).": a date
    # tacked on at the end of a sentence after a comma dates the report itself.
    trailing = text[expr_end:end].strip(" .\"'”’)") == "" and \
        text[max(start, expr_start - 2):expr_start].strip() == ","
    if trailing and cues[3].search(text, start, expr_start):
        return "statement"
    best, best_distance = "other", None
    for cue_start, cue_end, event_type in found_cues:
        if cue_start < start or cue_end > end:
            continue
        if cue_start < expr_end and cue_end > expr_start:
            continue  # a cue inside the date expression itself
        distance = expr_start - cue_end if cue_end <= expr_start else cue_start - expr_end
        if best_distance is None or distance < best_distance:
            best, best_distance = event_type, distance
    return best


def classify_event(text: str, start: int, end: int, expr_start: int, expr_end: int) -> str:
    """Event type of a date expression from the cue (verb/noun) nearest to it in its sentence
    ``text[start:end]``; "other" when the sentence has none. Cues come from
    data/lexicons/event_types.csv. A date tacked on after a comma at the end of a sentence
    with a reporting verb dates the statement.

    >>> s = "Gedung Putih pada Jumat (13/10/2023) mengatakan Korea Utara mengirimkan amunisi."
    >>> classify_event(s, 0, len(s), 18, 36)
    'statement'
    """
    cues = _cues()
    return _classify(text, _find_cues(text[:end], cues), cues, start, end, expr_start, expr_end)


def _actor_names(matches, start: int, end: int) -> str:
    names = []
    for match in matches:
        if match.start >= start and match.end <= end and match.canonical not in names:
            names.append(match.canonical)
    return ";".join(names)


def extract_events(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per date expression in each article body (columns: EVENT_COLUMNS).

    Relative expressions resolve against the article's publication date (``published`` at day
    precision); without one they stay unresolved (empty dates, ``relative`` True). Rows with an
    empty body or status ``error`` give no events.

    Args:
        articles: the articles table (article_id, body; outlet, published, status optional).

    Returns:
        DataFrame with EVENT_COLUMNS; dates as ISO strings ("" when unresolved).

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["t"], "body": ["Kirby pekan lalu berkata."],
    ...                      "published": [""]})
    >>> extract_events(arts)[["expression", "date_start", "relative"]].values.tolist()
    [['pekan lalu', '', True]]
    """
    rows = []
    cues = _cues()
    for record in articles.to_dict("records"):
        body = record.get("body") or ""
        if not isinstance(body, str) or not body or record.get("status") == "error":
            continue
        published = record.get("published") or ""
        published = published if isinstance(published, str) else ""
        anchor = _anchor_of(published, record.get("published_precision") or "")
        sentences = split_sentences(body)
        found_dates = find_date_expressions(body, anchor)
        if not found_dates:
            continue
        # cues found once per article, then picked per sentence; actors per dated sentence
        found_cues, actors_in = _find_cues(body, cues), {}
        for number, found in enumerate(found_dates, start=1):
            s_start, s_end = enclosing_span(sentences, found.start) or (found.start, found.end)
            s_end = max(s_end, found.end)
            if (s_start, s_end) not in actors_in:
                actors_in[(s_start, s_end)] = _actor_names(find_actors(body, s_start, s_end),
                                                           s_start, s_end)
            rows.append({
                "article_id": record["article_id"],
                "event_id": f"{record['article_id']}:E{number:03d}",
                "expression": found.expression,
                "date_start": _iso(found.date_start),
                "date_end": _iso(found.date_end),
                "precision": found.precision,
                "relative": found.relative,
                "anchor": _iso(found.anchor),
                "event_type": _classify(body, found_cues, cues, s_start, s_end, found.start,
                                        found.end),
                "actors": actors_in[(s_start, s_end)],
                "sentence": body[s_start:s_end],
                "start": found.start,
                "end": found.end,
                "outlet": record.get("outlet") or "",
                "published": published,
                "kind": found.kind,
            })
    if not rows:
        return _empty(EVENT_COLUMNS, _INT_COLUMNS, ("relative",))
    frame = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    return frame.astype({"start": "int64", "end": "int64", "relative": "bool"})


def filter_events(events: pd.DataFrame, min_precision: str = "decade", event_types=None,
                  outlets=None, start=None, end=None) -> pd.DataFrame:
    """Events at least as precise as ``min_precision`` (``"month"`` keeps day, week, month),
    of the given types and outlets (None = all), overlapping the window [start, end].

    With a window, unresolved events are dropped (they cannot be placed in it).

    >>> ev = pd.DataFrame({"precision": ["day", "year"], "event_type": ["statement"] * 2,
    ...     "outlet": ["X", "X"], "date_start": ["2023-10-13", "2022-01-01"],
    ...     "date_end": ["2023-10-13", "2022-12-31"]})
    >>> len(filter_events(ev, min_precision="month"))
    1
    """
    keep = events["precision"].map(lambda p: precision_rank(p) <= precision_rank(min_precision))
    if event_types is not None:
        keep &= events["event_type"].isin(list(event_types))
    if outlets is not None:
        keep &= events["outlet"].isin(list(outlets))
    if start is not None or end is not None:
        first = pd.to_datetime(events["date_start"].where(events["date_start"] != "",
                                                          events["date_end"]), errors="coerce")
        last = pd.to_datetime(events["date_end"].where(events["date_end"] != "",
                                                       events["date_start"]), errors="coerce")
        keep &= first.notna() | last.notna()
        if start is not None:
            keep &= last >= pd.Timestamp(start)
        if end is not None:
            keep &= first <= pd.Timestamp(end)
    return events[keep.astype(bool)].reset_index(drop=True)


def _dates(events: pd.DataFrame) -> tuple[pd.Series, pd.Series, pd.Series]:
    first = pd.to_datetime(events["date_start"].replace("", None), errors="coerce")
    last = pd.to_datetime(events["date_end"].replace("", None), errors="coerce")
    published = pd.to_datetime(events["published"].replace("", None), errors="coerce")
    return first, last, published


def add_lag(events: pd.DataFrame) -> pd.DataFrame:
    """Add ``lag_days``: publication date minus the event's last possible day (NaN when either
    is unknown or the event is an open ``since``/``until`` range). Negative = a future event.

    >>> ev = pd.DataFrame({"date_start": ["2023-09-01"], "date_end": ["2023-09-30"],
    ...                    "published": ["2023-10-13"], "kind": ["point"]})
    >>> add_lag(ev)["lag_days"].tolist()
    [13.0]
    """
    _, last, published = _dates(events)
    lag = (published - last).dt.days.astype("float64")
    lag = lag.where(events["kind"].isin(["point", "range"]))
    return events.assign(lag_days=lag)


def report_lag(events: pd.DataFrame, min_precision: str = "month") -> pd.DataFrame:
    """Per article: how long after the events it reports was it published.

    Only resolved point/range events at least as precise as ``min_precision`` and not after the
    publication date count. ``lag_days_min`` is the freshest event (days between its last
    possible day and publication), ``lag_days_median`` the typical one.

    >>> ev = pd.DataFrame({"article_id": ["a", "a"], "outlet": ["X", "X"],
    ...     "published": ["2023-10-13"] * 2, "date_start": ["2023-10-13", "2023-09-01"],
    ...     "date_end": ["2023-10-13", "2023-09-30"], "kind": ["point"] * 2,
    ...     "precision": ["day", "month"]})
    >>> report_lag(ev)[["n_events", "lag_days_min", "lag_days_median"]].values.tolist()
    [[2.0, 0.0, 6.5]]
    """
    columns = ["article_id", "outlet", "published", "n_events", "newest_event",
               "lag_days_min", "lag_days_median", "lag_days_max"]
    lagged = add_lag(filter_events(events, min_precision)) if len(events) else None
    if lagged is None or lagged.empty:
        return _empty(columns, ("n_events",))
    lagged = lagged[lagged["lag_days"].notna() & (lagged["lag_days"] >= 0)]
    if lagged.empty:
        return _empty(columns, ("n_events",))
    table = (lagged.groupby(["article_id", "outlet", "published"], as_index=False)
             .agg(n_events=("lag_days", "size"), newest_event=("date_end", "max"),
                  lag_days_min=("lag_days", "min"), lag_days_median=("lag_days", "median"),
                  lag_days_max=("lag_days", "max")))
    return table[columns].sort_values(["published", "article_id"]).reset_index(drop=True)


def _actor_keys(actors: str, match_on: str) -> frozenset:
    names = [a for a in actors.split(";") if a]
    if match_on == "canonical":
        return frozenset(names)
    keys = set()
    for name in names:
        row = normalise_actor(name)
        if row and row.get("type") not in ("wire", "media", "analyst", ""):
            keys.add(row["type"])
    return frozenset(keys)


def group_same_events(events: pd.DataFrame, max_precision: str = "month",
                      match_on: str = "type", max_span_days: int = 62) -> pd.DataFrame:
    """Events in different articles that look like the same event: same event_type,
    overlapping dates and at least one shared actor (by actor ``type``, e.g. us_government,
    or by ``canonical`` name). Only resolved point/range events at least as precise as
    ``max_precision`` and no longer than ``max_span_days`` (so "17 bulan terakhir" is not an
    event); groups are connected components and must span two or more articles.

    Returns the member events with ``group_id`` (G001, ... by earliest date) and ``lag_days``.

    >>> ev = pd.DataFrame({"article_id": ["a", "b"], "event_id": ["a:E001", "b:E001"],
    ...     "outlet": ["X", "Y"], "published": ["2023-10-13", "2023-11-01"],
    ...     "date_start": ["2023-10-13", "2023-10-01"], "date_end": ["2023-10-13", "2023-10-31"],
    ...     "precision": ["day", "month"], "kind": ["point", "point"],
    ...     "event_type": ["statement", "statement"],
    ...     "actors": ["White House", "US government"]})
    >>> group_same_events(ev)[["group_id", "outlet"]].values.tolist()
    [['G001', 'X'], ['G001', 'Y']]
    """
    columns = list(events.columns) + ["group_id", "lag_days"]
    if events.empty:
        return _empty(columns)
    pool = filter_events(events, max_precision)
    pool = pool[pool["kind"].isin(["point", "range"]) & (pool["date_start"] != "")
                & (pool["date_end"] != "") & (pool["actors"] != "")].reset_index(drop=True)
    if pool.empty:
        return events.iloc[0:0].assign(group_id=pd.Series([], dtype="str"),
                                       lag_days=pd.Series([], dtype="float64"))
    span = (pd.to_datetime(pool["date_end"]) - pd.to_datetime(pool["date_start"])).dt.days
    pool = pool[span <= max_span_days].reset_index(drop=True)
    keys = [_actor_keys(a, match_on) for a in pool["actors"]]
    first = [date.fromisoformat(d) for d in pool["date_start"]]
    last = [date.fromisoformat(d) for d in pool["date_end"]]
    parent = list(range(len(pool)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    order = sorted(range(len(pool)), key=lambda i: first[i])
    for position, i in enumerate(order):  # sweep by start date: only overlapping pairs
        for j in order[position + 1:]:
            if first[j] > last[i]:
                break
            if pool.at[i, "article_id"] != pool.at[j, "article_id"] \
                    and pool.at[i, "event_type"] == pool.at[j, "event_type"] \
                    and keys[i] & keys[j]:
                parent[root(i)] = root(j)
    roots = pd.Series([root(i) for i in range(len(pool))])
    pool = pool.assign(_root=roots)
    spread = pool.groupby("_root")["article_id"].transform("nunique")
    grouped = pool[spread >= 2].copy()
    if grouped.empty:
        return pool.iloc[0:0].drop(columns="_root").assign(
            group_id=pd.Series([], dtype="str"), lag_days=pd.Series([], dtype="float64"))
    earliest = grouped.groupby("_root")["date_start"].transform("min")
    ranking = (pd.DataFrame({"_root": grouped["_root"], "earliest": earliest})
               .drop_duplicates("_root").sort_values(["earliest", "_root"]))
    names = {r: f"G{n:03d}" for n, r in enumerate(ranking["_root"], start=1)}
    grouped["group_id"] = grouped["_root"].map(names)
    grouped = add_lag(grouped.drop(columns="_root"))
    return grouped.sort_values(["group_id", "published", "article_id"]).reset_index(drop=True)


def summarise_groups(grouped: pd.DataFrame) -> pd.DataFrame:
    """One row per group from ``group_same_events``: dates, who reported it, how late.

    >>> summarise_groups(pd.DataFrame(columns=["group_id"])).columns.tolist()[:3]
    ['group_id', 'date_start', 'date_end']
    """
    columns = ["group_id", "date_start", "date_end", "precision", "event_type", "actors",
               "outlets", "n_outlets", "n_reports", "first_published", "last_published",
               "lag_days_min", "lag_days_max", "sentence", "article_id"]
    if grouped.empty:
        return _empty(columns, ("n_outlets", "n_reports"))
    rows = []
    for group_id, members in grouped.groupby("group_id", sort=True):
        finest = members.assign(_rank=members["precision"].map(precision_rank)) \
            .sort_values(["_rank", "date_start"]).iloc[0]
        actors = []
        for value in members["actors"]:
            actors += [a for a in value.split(";") if a and a not in actors]
        published = members["published"][members["published"] != ""]
        rows.append({
            "group_id": group_id,
            "date_start": finest["date_start"], "date_end": finest["date_end"],
            "precision": finest["precision"], "event_type": finest["event_type"],
            "actors": ";".join(actors),
            "outlets": ";".join(dict.fromkeys(members.sort_values("published")["outlet"])),
            "n_outlets": members["outlet"].nunique(), "n_reports": len(members),
            "first_published": published.min() if len(published) else "",
            "last_published": published.max() if len(published) else "",
            "lag_days_min": members["lag_days"].min(), "lag_days_max": members["lag_days"].max(),
            "sentence": finest["sentence"], "article_id": finest["article_id"],
        })
    return pd.DataFrame(rows, columns=columns)


def build_chronology(events: pd.DataFrame, grouped: pd.DataFrame | None = None) -> pd.DataFrame:
    """A combined chronology: one row per event group (reported by several outlets) plus one
    per other resolved event, by date. Columns: date_start, date_end, precision, event_type,
    actors, reported_by, n_reports, first_published, expression, sentence, article_id.

    >>> ev = pd.DataFrame({"article_id": ["a"], "event_id": ["a:E001"], "outlet": ["X"],
    ...     "published": ["2023-10-13"], "date_start": ["2023-10-13"],
    ...     "date_end": ["2023-10-13"], "precision": ["day"], "kind": ["point"],
    ...     "event_type": ["statement"], "actors": ["White House"], "expression": ["Jumat"],
    ...     "sentence": ["Gedung Putih pada Jumat mengatakan."]})
    >>> build_chronology(ev)[["date_start", "reported_by", "n_reports"]].values.tolist()
    [['2023-10-13', 'X', 1]]
    """
    columns = ["date_start", "date_end", "precision", "event_type", "actors", "reported_by",
               "n_reports", "first_published", "expression", "sentence", "article_id"]
    if events.empty:
        return _empty(columns, ("n_reports",))
    grouped = group_same_events(events) if grouped is None else grouped
    summary = summarise_groups(grouped)
    in_group = set(grouped["event_id"]) if "event_id" in grouped else set()
    single = events[~events["event_id"].isin(in_group) & (events["date_start"] != "")
                    & events["kind"].isin(["point", "range", "since"])]
    rows = [{
        "date_start": r["date_start"], "date_end": r["date_end"], "precision": r["precision"],
        "event_type": r["event_type"], "actors": r["actors"], "reported_by": r["outlets"],
        "n_reports": r["n_reports"], "first_published": r["first_published"],
        "expression": "", "sentence": r["sentence"], "article_id": r["article_id"],
    } for r in summary.to_dict("records")]
    rows += [{
        "date_start": r["date_start"], "date_end": r["date_end"], "precision": r["precision"],
        "event_type": r["event_type"], "actors": r["actors"], "reported_by": r["outlet"],
        "n_reports": 1, "first_published": r["published"], "expression": r["expression"],
        "sentence": r["sentence"], "article_id": r["article_id"],
    } for r in single.to_dict("records")]
    if not rows:
        return _empty(columns, ("n_reports",))
    table = pd.DataFrame(rows, columns=columns).astype({"n_reports": "int64"})
    return table.sort_values(["date_start", "date_end", "first_published"]).reset_index(drop=True)


def plot_timeline(events: pd.DataFrame, articles: pd.DataFrame | None = None,
                  lane: str = "outlet", lang: str = "en"):
    """Timeline chart: one lane per ``lane`` value, events coloured by type, day events as
    points, coarser ones as spans over their whole period, publication dates as black ticks.

    Returns the matplotlib Figure (events must be resolved: date_start and date_end set).

    >>> ev = pd.DataFrame({"outlet": ["X"], "event_type": ["statement"], "precision": ["day"],
    ...     "date_start": ["2023-10-13"], "date_end": ["2023-10-13"]})
    >>> len(plot_timeline(ev).axes)
    1
    """
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    from .plotting import label

    shown = events[(events["date_start"] != "") & (events["date_end"] != "")]
    lanes = sorted(set(shown[lane]))
    if articles is not None and lane == "outlet":
        lanes = sorted(set(lanes) | set(articles.loc[articles["published"] != "", "outlet"]))
    position = {name: n for n, name in enumerate(lanes)}
    colours = EVENT_COLOURS
    fig, ax = plt.subplots(figsize=(10, 1.2 + 0.9 * max(len(lanes), 1)))
    stacked: dict = {}
    for row in shown.sort_values("date_start").to_dict("records"):
        y = position[row[lane]]
        first, last = pd.Timestamp(row["date_start"]), pd.Timestamp(row["date_end"])
        colour = colours.get(row["event_type"], "#999999")
        if row["precision"] == "day" and first == last:
            ax.plot(first, y, "o", color=colour, markersize=7, alpha=0.85, zorder=3)
        else:
            # spans stacked in three sub-rows so overlapping ones stay visible; long windows
            # ("17 bulan terakhir") drawn thin so they do not hide the events
            level = stacked.get(row[lane], 0)
            stacked[row[lane]] = level + 1
            long_window = (last - first).days > 62
            ax.barh(y - 0.25 + 0.2 * (level % 3), (last - first) + pd.Timedelta(days=1),
                    left=first, height=0.06 if long_window else 0.16, color=colour,
                    alpha=0.6, edgecolor=colour, zorder=2)
    if articles is not None and lane == "outlet":
        for row in articles[articles["published"] != ""].to_dict("records"):
            if row["outlet"] in position:
                ax.plot(pd.Timestamp(row["published"]), position[row["outlet"]], marker="|",
                        color="black", markersize=18, markeredgewidth=2)
    ax.set_yticks(range(len(lanes)), lanes)
    ax.set_xlabel(label("date", lang))
    ax.set_title(label("events_timeline", lang))
    types = [t for t in EVENT_TYPES if t in set(shown["event_type"])]
    handles = [Line2D([], [], marker="o", linestyle="", color=colours[t], label=label(t, lang))
               for t in types]
    handles.append(Line2D([], [], marker="|", linestyle="", color="black", markersize=12,
                          markeredgewidth=2, label=label("publication_date", lang)))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.set_ylim(-0.7, max(len(lanes), 1) - 0.3)
    fig.autofmt_xdate()
    return fig


__all__ = ["EVENT_COLUMNS", "EVENT_TYPES", "PRECISIONS", "add_lag", "build_chronology",
           "classify_event", "extract_events", "filter_events", "group_same_events",
           "plot_timeline", "report_lag", "summarise_groups"]
