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
from .text import enclosing_span, lower_keeping_offsets, records, split_sentences

EVENT_COLUMNS = ["article_id", "event_id", "expression", "date_start", "date_end", "precision",
                 "relative", "anchor", "anchor_basis", "event_type", "actors", "sentence",
                 "start", "end", "outlet", "published", "kind"]
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
    """The day relative dates resolve against: the publication date, or the date an
    undated article was inferred to be published on or after (``inferred_not_before``)."""
    if not published or precision not in ("", "day", "inferred_not_before"):
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
    lowered = " " + lower_keeping_offsets(text)
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
    for record in records(articles, ["article_id", "outlet", "body", "published",
                                     "published_precision", "status"]):
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
                "anchor_basis": ("" if found.anchor is None else "inferred publication"
                                 if record.get("published_precision") == "inferred_not_before"
                                 else "publication"),
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


def _link_overlapping(article_ids: list, event_types: list, keys: list, first: list,
                      last: list):
    """Union-find over events: i and j are linked when they are in different articles, have
    the same event type, share an actor key and their date ranges overlap. Returns ``root``.

    Near-linear: events are blocked by (event type, actor key) and swept by start date. The
    sweep keeps the open *components* (not single events), each with the latest end date per
    article among its open members. A new event joins every open component that has an open
    member of another article — exactly the components it has an edge to — so the result is
    the same as comparing all pairs. Open components it does not join hold only events of its
    own article, so there are few of them.

    >>> from datetime import date
    >>> d = date.fromisoformat
    >>> root = _link_overlapping(["a", "a", "b"], ["visit"] * 3, [frozenset("x")] * 3,
    ...     [d("2023-10-01"), d("2023-10-02"), d("2023-10-02")],
    ...     [d("2023-10-01"), d("2023-10-02"), d("2023-10-03")])
    >>> [root(i) == root(2) for i in range(3)]
    [False, True, True]
    """
    parent = list(range(len(article_ids)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    blocks: dict[tuple, list[int]] = {}
    for i, (kind, event_keys) in enumerate(zip(event_types, keys, strict=True)):
        for key in event_keys:
            blocks.setdefault((kind, key), []).append(i)
    for members in blocks.values():
        members.sort(key=lambda i: first[i])
        open_components: list[tuple[int, dict]] = []  # (a member, {article: latest end})
        for j in members:
            start, article = first[j], article_ids[j]
            merged: dict = {article: last[j]}
            kept = []
            for member, ends in open_components:
                for name in [n for n, end in ends.items() if end < start]:
                    del ends[name]  # closed for good: starts only grow in the sweep
                if not ends:
                    continue
                if len(ends) > 1 or article not in ends:  # an open member of another article
                    parent[root(member)] = root(j)
                    for name, end in ends.items():
                        merged[name] = max(merged.get(name, end), end)
                else:
                    kept.append((member, ends))
            kept.append((j, merged))
            open_components = kept
    return root


def group_same_events(events: pd.DataFrame, max_precision: str = "month",
                      match_on: str = "type", max_span_days: int = 62) -> pd.DataFrame:
    """Events in different articles that look like the same event: same event_type,
    overlapping dates and at least one shared actor (by actor ``type``, e.g. us_government,
    or by ``canonical`` name). Only resolved point/range events at least as precise as
    ``max_precision`` and no longer than ``max_span_days`` (so "17 bulan terakhir" is not an
    event); groups are connected components and must span two or more articles.

    Returns the member events with ``group_id`` (G001, ... by earliest date; ties by the
    group's first row in ``events``) and ``lag_days``. Near-linear: see ``_link_overlapping``.

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
    key_cache: dict[str, frozenset] = {}
    for actors in set(pool["actors"].tolist()):
        key_cache[actors] = _actor_keys(actors, match_on)
    root = _link_overlapping(pool["article_id"].tolist(), pool["event_type"].tolist(),
                             [key_cache[a] for a in pool["actors"].tolist()],
                             [date.fromisoformat(d) for d in pool["date_start"].tolist()],
                             [date.fromisoformat(d) for d in pool["date_end"].tolist()])
    roots = pd.Series([root(i) for i in range(len(pool))])
    roots = roots.groupby(roots).transform("min")  # a component is named by its first row
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


def _plot_event_counts(shown: pd.DataFrame, lanes: list, lane: str, lang: str,
                       max_span_days: int = 62):
    """Aggregated timeline for big corpora: events per lane and month as a heat strip."""
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    from .plotting import label

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
    ax.set_yticks(range(len(lanes)), lanes)
    ax.set_xlabel(label("date", lang))
    ax.set_title(label("events_per_month_title", lang))
    fig.autofmt_xdate()
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

    from .plotting import label

    shown = events[(events["date_start"] != "") & (events["date_end"] != "")]
    lanes = sorted(set(shown[lane]))
    if articles is not None and lane == "outlet":
        lanes = sorted(set(lanes) | set(articles.loc[articles["published"] != "", "outlet"]))
    position = {name: n for n, name in enumerate(lanes)}
    colours = EVENT_COLOURS
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
