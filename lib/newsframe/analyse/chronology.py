"""The chronology of a corpus: events filtered by precision, reporting lag, the same event
reported by several articles grouped, and one row per grouped event."""

from datetime import date

import numpy as np
import pandas as pd

from ..annotate.actors import normalise_actor
from ..lang.dates import precision_rank
from ..schema import typed_empty


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
    # each distinct precision ranked once, not once per row
    codes, precisions = pd.factorize(events["precision"], use_na_sentinel=False)
    limit = precision_rank(min_precision)
    keep = pd.Series(np.array([precision_rank(p) <= limit for p in precisions], dtype=bool)[codes]
                     if len(codes) else np.zeros(0, dtype=bool), index=events.index)
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
        return typed_empty(columns, ("n_events",))
    lagged = lagged[lagged["lag_days"].notna() & (lagged["lag_days"] >= 0)]
    if lagged.empty:
        return typed_empty(columns, ("n_events",))
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
    sweep keeps the open *components* (not single events), each with the latest end dates of
    its two articles that end last: enough to tell whether it still has an open member of an
    article other than the new event's. A new event joins every open component that has one —
    exactly the components it has an edge to — so the result is the same as comparing all
    pairs. Open components it does not join hold only events of its own article, so there
    are few of them.

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
        open_components: list[tuple[int, list]] = []  # (a member, last_two of its members)
        for j in members:
            start, article = first[j], article_ids[j]
            merged = [(last[j], article)]
            kept = []
            for member, top in open_components:
                if top[0][0] < start:
                    continue  # closed for good: starts only grow in the sweep
                # the latest end of another article than the new event's (top holds two
                # articles at most, the latest first)
                other = top[0][0] if top[0][1] != article else \
                    top[1][0] if len(top) > 1 else None
                if other is not None and other >= start:  # an open member of another article
                    parent[root(member)] = root(j)
                    # the latest (end, article) of the two articles that end last (inline:
                    # this runs once per merge, hundreds of thousands of times)
                    ends = merged + top
                    ends.sort(reverse=True)
                    merged = ends[:1]
                    for end, name in ends[1:]:
                        if name != merged[0][1]:
                            merged.append((end, name))
                            break
                else:
                    kept.append((member, top))
            kept.append((j, merged))
            open_components = kept
    return root


# what group_same_events reads of the events (filter_events, the sweep, add_lag, the order)
_GROUPING_INPUTS = {"precision", "kind", "date_start", "date_end", "actors", "article_id",
                    "event_type", "published"}


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
        return typed_empty(columns)
    # the grouping reads a few columns; the events' other columns (sentences …) are taken
    # once, for the grouped rows at the end (each take of the wide frame cost seconds)
    wide, events = events, events[[c for c in events.columns if c in _GROUPING_INPUTS]] \
        .assign(_row=np.arange(len(events)))
    pool = filter_events(events, max_precision)
    pool = pool[pool["kind"].isin(["point", "range"]) & (pool["date_start"] != "")
                & (pool["date_end"] != "") & (pool["actors"] != "")].reset_index(drop=True)
    if pool.empty:
        return wide.iloc[0:0].assign(group_id=pd.Series([], dtype="str"),
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
    # a component is named by its first row, whichever member union-find made its root (the
    # root depends on the order the blocks were swept in, which follows string hashing)
    roots = pd.Series(range(len(pool))).groupby(roots).transform("min")
    pool = pool.assign(_root=roots)
    spread = pool.groupby("_root")["article_id"].transform("nunique")
    grouped = pool[spread >= 2].copy()
    if grouped.empty:
        return wide.iloc[0:0].reset_index(drop=True).assign(
            group_id=pd.Series([], dtype="str"), lag_days=pd.Series([], dtype="float64"))
    earliest = grouped.groupby("_root")["date_start"].transform("min")
    ranking = (pd.DataFrame({"_root": grouped["_root"], "earliest": earliest})
               .drop_duplicates("_root").sort_values(["earliest", "_root"]))
    names = {r: f"G{n:03d}" for n, r in enumerate(ranking["_root"], start=1)}
    grouped["group_id"] = grouped["_root"].map(names)
    grouped = add_lag(grouped.drop(columns="_root"))
    grouped = grouped.sort_values(["group_id", "published", "article_id"]).reset_index(drop=True)
    return wide.iloc[grouped["_row"].to_numpy()].reset_index(drop=True).assign(
        group_id=grouped["group_id"], lag_days=grouped["lag_days"])


def summarise_groups(grouped: pd.DataFrame) -> pd.DataFrame:
    """One row per group from ``group_same_events``: dates, who reported it, how late.
    The dates, type, sentence and article are those of the group's most precise report
    (earliest first); ``actors`` and ``outlets`` list every member's, outlets in order of
    publication. Grouped by whole columns, so it stays quick on many groups.

    >>> summarise_groups(pd.DataFrame(columns=["group_id"])).columns.tolist()[:3]
    ['group_id', 'date_start', 'date_end']
    """
    columns = ["group_id", "date_start", "date_end", "precision", "event_type", "description",
               "actors", "outlets", "n_outlets", "n_reports", "first_published",
               "last_published", "lag_days_min", "lag_days_max", "sentence", "article_id"]
    if "description" not in grouped.columns:  # events tables made before descriptions
        grouped = grouped.assign(description="")
    if grouped.empty:
        return typed_empty(columns, ("n_outlets", "n_reports"))
    ranked = grouped.assign(_rank=grouped["precision"].map(precision_rank))
    finest = ranked.sort_values(["group_id", "_rank", "date_start"], kind="stable") \
        .drop_duplicates("group_id").set_index("group_id")
    actors = (grouped[["group_id", "actors"]].assign(actor=grouped["actors"].str.split(";"))
              .explode("actor"))
    actors = actors[actors["actor"].fillna("") != ""].drop_duplicates(["group_id", "actor"])
    outlets = grouped.sort_values(["group_id", "published"], kind="stable") \
        .drop_duplicates(["group_id", "outlet"])
    published = grouped[grouped["published"] != ""].groupby("group_id")["published"]
    by_group = grouped.groupby("group_id", sort=True)
    table = pd.DataFrame({
        "date_start": finest["date_start"], "date_end": finest["date_end"],
        "precision": finest["precision"], "event_type": finest["event_type"],
        "description": finest["description"],
        "actors": actors.groupby("group_id")["actor"].agg(";".join),
        "outlets": outlets.groupby("group_id")["outlet"].agg(";".join),
        "n_outlets": by_group["outlet"].nunique(), "n_reports": by_group.size(),
        "first_published": published.min(), "last_published": published.max(),
        "lag_days_min": by_group["lag_days"].min(), "lag_days_max": by_group["lag_days"].max(),
        "sentence": finest["sentence"], "article_id": finest["article_id"],
    }).rename_axis("group_id").reset_index()
    table = table.fillna({"actors": "", "first_published": "", "last_published": ""})
    return table[columns].astype({"n_outlets": "int64", "n_reports": "int64"})


def build_chronology(events: pd.DataFrame, grouped: pd.DataFrame | None = None) -> pd.DataFrame:
    """A combined chronology: one row per event group (reported by several outlets) plus one
    per other resolved event, by date. Columns: date_start, date_end, precision, event_type,
    description, actors, reported_by, n_reports, first_published, expression, sentence,
    article_id.

    >>> ev = pd.DataFrame({"article_id": ["a"], "event_id": ["a:E001"], "outlet": ["X"],
    ...     "published": ["2023-10-13"], "date_start": ["2023-10-13"],
    ...     "date_end": ["2023-10-13"], "precision": ["day"], "kind": ["point"],
    ...     "event_type": ["statement"], "actors": ["White House"], "expression": ["Jumat"],
    ...     "sentence": ["Gedung Putih pada Jumat mengatakan."]})
    >>> build_chronology(ev)[["date_start", "reported_by", "n_reports"]].values.tolist()
    [['2023-10-13', 'X', 1]]
    """
    columns = ["date_start", "date_end", "precision", "event_type", "description", "actors",
               "reported_by", "n_reports", "first_published", "expression", "sentence",
               "article_id"]
    if events.empty:
        return typed_empty(columns, ("n_reports",))
    if "description" not in events.columns:
        events = events.assign(description="")
    grouped = group_same_events(events) if grouped is None else grouped
    summary = summarise_groups(grouped)
    # a hashed lookup over plain objects (an Arrow string column's isin converts each value
    # it is given one by one); only the columns the chronology shows are taken
    in_group = pd.Index(grouped["event_id"].to_numpy(dtype=object)) if "event_id" in grouped \
        else pd.Index([], dtype=object)
    grouped_ids = pd.Index(events["event_id"].to_numpy(dtype=object)).isin(in_group)
    shown = [c for c in events.columns if c in {*columns, "outlet", "published"}]
    single = events[shown][~grouped_ids & (events["date_start"] != "").to_numpy(dtype=bool)
                           & events["kind"].isin(["point", "range", "since"]).to_numpy(dtype=bool)]
    from_groups = summary.rename(columns={"outlets": "reported_by"}).assign(expression="")
    singles = single.rename(columns={"outlet": "reported_by", "published": "first_published"}
                            ).assign(n_reports=1)
    parts = [part[columns] for part in (from_groups, singles) if not part.empty]
    if not parts:
        return typed_empty(columns, ("n_reports",))
    table = pd.concat(parts, ignore_index=True).astype({"n_reports": "int64"})
    return table.sort_values(["date_start", "date_end", "first_published"], kind="stable"
                             ).reset_index(drop=True)
