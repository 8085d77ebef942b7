"""Open the tables of a corpus for a notebook: one call validates the shared selection
parameters, opens the Parquet datasets ``newsframe annotate`` wrote (or annotates a small
corpus in this process) and returns the selected articles with a handle on their tables.

>>> import newsframe as nf
>>> articles, tables = nf.open_tables(corpus_dir=nf.paths.SEEDS, outlets=["NEWSLIVE"])
>>> len(articles), sorted(set(tables["claims"]["outlet"]))
(1, ['NEWSLIVE'])
>>> list(tables.read("claims", ["article_id", "value"]).columns)
['article_id', 'value']
"""

import os
from pathlib import Path

import pandas as pd

from .. import paths, schema, stories
from ..params import ParameterError, check_plain_value, check_subset, check_window

TEXT_COLUMNS = ("body", "boilerplate")  # read on demand (Tables.texts): the large columns
IN_PROCESS_LIMIT = 5000  # articles a notebook annotates itself; beyond, `newsframe annotate`


class Tables:
    """The tables of the selected articles: ``tables["claims"]`` is the whole table of the
    selection (read once), ``tables.read(name, columns)`` only some columns (for charts over
    big corpora), ``tables.texts(ids)`` the bodies of some articles, ``tables.info`` what
    ``tables.json`` says of the build, ``tables.story`` the story decision they use."""

    def __init__(self, ids: list[str], folder: Path | None = None,
                 frames: dict[str, pd.DataFrame] | None = None, info: dict | None = None,
                 story=None):
        self.ids = list(ids)
        self.folder = folder
        self._frames = frames or {}
        self._cache: dict[str, pd.DataFrame] = {}
        self.info = info or {}
        # the story decision to use (newsframe.stories.StoryChoice): the build's, or the
        # one a notebook's `story` parameter asked for instead
        self.story = story
        # rows whose evidence failed (check_evidence): left out of every read
        self.left_out = pd.DataFrame(columns=["table", "article_id", "start", "end", "sentence"])
        self._checked: dict | None = None

    def _filters(self):
        stored = (self.info.get("rows") or {}).get("articles")
        if stored and len(self.ids) == stored and len(set(self.ids)) == stored:
            return None  # every stored article: no row to leave out (filtering copies them all)
        return id_filters(self.ids)

    def read(self, name: str, columns: list[str] | None = None,
             rejected: bool = False) -> pd.DataFrame:
        """Table ``name`` of the selected articles, only ``columns`` (all when None); rows an
        analyst rejected (``review`` = ``rejected``) only with ``rejected``."""
        if name not in schema.STORED_TABLES:
            raise ParameterError(f"unknown table {name!r}; allowed values: "
                                 f"{', '.join(schema.STORED_TABLES)}")
        whole = name in schema.CORPUS_TABLES  # not per article: read whole
        wanted = list(columns) if columns else schema.columns(name)
        keys = ["article_id", "start", "end"] if (self.left_out["table"] == name).any() else \
            (["article_id"] if not whole else [])
        reviewed = name in schema.REVIEW_FIELDS and not rejected
        keys += ["review"] if reviewed else []
        if self.folder is None:
            frame = self._frames[name]
            frame = frame[frame["article_id"].isin(self.ids)] if not whole else frame
        else:
            frame = pd.read_parquet(self.folder / name,
                                    columns=list(dict.fromkeys(wanted + keys)),
                                    filters=self._filters() if not whole else None)
        if reviewed:
            frame = frame[frame["review"] != "rejected"]
        frame = self._without_left_out(name, frame)[wanted].reset_index(drop=True)
        return frame.astype({c: d for c, d in schema.dtypes(name).items() if c in wanted})

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._cache:
            self._cache[name] = self.read(name)
        return self._cache[name]

    def _without_left_out(self, name: str, frame: pd.DataFrame) -> pd.DataFrame:
        gone = self.left_out[self.left_out["table"] == name]
        if gone.empty or not {"article_id", "start", "end"} <= set(frame.columns):
            return frame
        keys = pd.MultiIndex.from_frame(gone[["article_id", "start", "end"]].astype(
            {"start": "int64", "end": "int64"}))
        hit = pd.MultiIndex.from_frame(frame[["article_id", "start", "end"]]).isin(keys)
        return frame[~hit].reset_index(drop=True)

    def __contains__(self, name: str) -> bool:
        return name in schema.STORED_TABLES

    def keys(self):
        return [*schema.ANNOTATION_TABLES, *schema.PER_ARTICLE_TABLES]

    def items(self):
        return [(name, self[name]) for name in self.keys()]

    def select(self, ids) -> "Tables":
        """The tables of some of the selected articles (``ids``): for showing evidence of a
        few rows without reading a big table whole.

        >>> import newsframe as nf
        >>> _, tables = nf.open_tables(corpus_dir=nf.paths.SEEDS)
        >>> len(tables.select(["004_dff8b1113d9c9566"])["claims"])
        4
        """
        wanted = set(map(str, ids))
        chosen = Tables([i for i in self.ids if i in wanted], self.folder, self._frames,
                        self.info, self.story)
        chosen.left_out = self.left_out
        return chosen

    def attach(self, rows: pd.DataFrame, name: str, columns=("sentence",),
               on=("article_id", "in_title", "start")) -> pd.DataFrame:
        """``rows`` (some rows of table ``name``, read without ``columns``) with ``columns``
        read for their articles only: the evidence sentences of the rows a report shows.

        >>> import newsframe as nf
        >>> _, tables = nf.open_tables(corpus_dir=nf.paths.SEEDS)
        >>> hits = tables.read("frames", ["article_id", "in_title", "start", "cue"]).head(1)
        >>> tables.attach(hits, "frames")["sentence"].str.len().item() > 20
        True
        """
        found = self.select(rows["article_id"].unique()).read(name, [*on, *columns])
        return rows.merge(found.drop_duplicates(list(on)), on=list(on), how="left")

    def corpus(self, columns: list[str] | None = None) -> pd.DataFrame:
        """Every row of the articles table (errors and duplicates too, which the selection
        leaves out), only ``columns`` (default: all but the texts); ``attrs["skipped_files"]``
        lists the files that were no articles, as the load summary shows them."""
        wanted = list(columns) if columns else [c for c in schema.columns("articles")
                                                 if c not in TEXT_COLUMNS]
        if self.folder is None:
            every = self._frames["articles"]
            frame = every[wanted].reset_index(drop=True)
            skipped = every.attrs.get("skipped_files", [])
        else:
            frame = pd.read_parquet(self.folder / "articles", columns=wanted).astype(
                {c: d for c, d in schema.dtypes("articles").items() if c in wanted})
            skipped = self.info.get("skipped_files", [])
        frame.attrs["skipped_files"] = list(skipped)  # the load summary names them
        return frame

    def texts(self, ids=None) -> pd.DataFrame:
        """``article_id, title, body, boilerplate`` of ``ids`` (default: the selection)."""
        chosen = self.ids if ids is None else [str(i) for i in ids]
        if self.folder is None:
            frame = self._frames["articles"]
            frame = frame[frame["article_id"].isin(chosen)]
        else:
            frame = pd.read_parquet(self.folder / "articles",
                                    columns=["article_id", "title", *TEXT_COLUMNS],
                                    filters=id_filters(chosen))
        order = {article_id: n for n, article_id in enumerate(chosen)}
        frame = frame[["article_id", "title", *TEXT_COLUMNS]].copy()
        return frame.sort_values("article_id", key=lambda s: s.map(order)).reset_index(
            drop=True)


    def check_evidence(self, limit: int | None = 1000) -> dict[str, int]:
        """Check that every row of the annotation tables carries its sentence and that its
        offsets point at its words (:func:`newsframe.annotate.tables.evidence_failures`),
        for the rows of the first ``limit`` selected articles (all when None) so a big
        dataset is not read whole. A row that fails is left out of every later read of its
        table (one bad row never stops a page); ``left_out`` lists them, and the notebooks'
        front door says so on the page (:func:`newsframe.notebook.open_page`).
        Returns the rows checked per table (once; a second call repeats the answer).
        Tables the running report build wrote itself, unchanged since, had their rows
        without evidence left out as they were written
        (:func:`newsframe.bounded.evidence_guarded`): their rows are counted, not read.
        """
        from ..bounded import evidence_guarded

        if self._checked is not None:
            return self._checked
        ids = self.ids if limit is None else self.ids[:limit]
        if self.folder is not None and evidence_guarded(self.folder):
            # the report build that wrote these tables left out every row without its
            # evidence, and they are unchanged since: the rows are counted, not read again
            chosen = self.select(ids)
            self._checked = {name: len(chosen.read(name, ["article_id"]))
                             for name in schema.ANNOTATION_TABLES}
            return self._checked
        from ..annotate.tables import evidence_failures

        texts = self.texts(ids)
        checked, left = {}, []
        for name in schema.ANNOTATION_TABLES:
            table = self.select(ids).read(name)
            failing = evidence_failures(texts, name, table)
            if failing.any():
                left.append(table.loc[failing, ["article_id", "start", "end", "sentence"]]
                            .assign(table=name))
            checked[name] = len(table)
        self.left_out = pd.concat(left, ignore_index=True) if left else self.left_out
        self._cache.clear()
        self._checked = checked
        return checked


def id_filters(ids: list[str]) -> list[tuple]:
    """Parquet filters keeping the rows of the articles ``ids``. Besides the list, the range
    from the least to the greatest id: the same rows, but the reader can then skip every
    part file and row group whose article ids (their footer's min and max) lie outside it,
    so a few articles' rows are read from their own parts, not by scanning every part
    (a thousand articles of 50,000: 20-40x less).

    >>> id_filters(["b2", "a1"])
    [('article_id', '>=', 'a1'), ('article_id', '<=', 'b2'), ('article_id', 'in', ['b2', 'a1'])]
    """
    ids = list(ids) or [""]
    return [("article_id", ">=", min(ids)), ("article_id", "<=", max(ids)),
            ("article_id", "in", ids)]


def _selected(articles: pd.DataFrame, outlets, start, end) -> pd.DataFrame:
    from ..read.select import select_articles

    return select_articles(articles, outlets, start, end)


def open_tables(tables_dir=None, corpus_dir=None, outlets=None, start=None, end=None,
                with_text: bool | None = None, story: str = "auto"
                ) -> tuple[pd.DataFrame, Tables]:
    """(selected articles, their tables) for a notebook; ``tables.story`` is the story
    decision they use (:class:`newsframe.stories.StoryChoice`).

    Args:
        tables_dir: a folder ``newsframe annotate`` wrote; read when given (its build decided
            the story; a ``story`` other than ``auto`` or that pack is decided once more).
        corpus_dir: else a corpus to annotate here (up to 5,000 articles), the story decided
            once over all of it.
        outlets: ``None`` for all, else outlet names as the articles table has them.
        start, end: publication dates ``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY``), or None.
        with_text: keep ``body`` and ``boilerplate`` in the articles (default: for corpora
            read in this process or datasets of up to 5,000 articles; else use
            ``tables.texts``).

    The selection is what :func:`newsframe.read.select.select_articles` keeps: no errors, no
    duplicates, the outlets, the window (undated articles only without a window). A bad
    parameter raises ParameterError naming it and the allowed values.
    """
    tables_dir, corpus_dir = (os.fspath(p) if isinstance(p, os.PathLike) else p
                              for p in (tables_dir, corpus_dir))
    for name, value in (("tables_dir", tables_dir), ("corpus_dir", corpus_dir),
                        ("outlets", outlets), ("start", start), ("end", end)):
        check_plain_value(name, value)  # the last line of defence: only literal values
    window_start, window_end = check_window(start, end)
    if tables_dir:
        folder = paths.resolve_path(tables_dir)
        info = check_tables(folder, "parameter 'tables_dir' = ")
        small = info.get("rows", {}).get("articles", 0) <= IN_PROCESS_LIMIT
        keep_text = small if with_text is None else with_text
        columns = [c for c in schema.columns("articles") if keep_text or c not in TEXT_COLUMNS]
        everything = pd.read_parquet(folder / "articles", columns=columns)
        outlets = check_subset("outlets", outlets, _outlet_names(everything))
        chosen = _selected(everything, outlets, window_start, window_end)
        choice = stories.story_for(stories.recorded_story(info, folder), story)
        return chosen, Tables(list(chosen["article_id"]), folder=folder, info=info,
                              story=choice)
    if not corpus_dir:
        raise ParameterError("parameters 'tables_dir' and 'corpus_dir' are both empty; allowed "
                             "values: a tables folder, or a corpus folder or file")
    from ..annotate.tables import annotate, guard_evidence
    from ..read.corpus import load_corpus

    source = paths.resolve_path(corpus_dir)
    if not source.exists():
        raise ParameterError(f"parameter 'corpus_dir' = {str(corpus_dir)!r} does not exist; "
                             "allowed values: a folder or file of articles")
    everything = load_corpus(source)
    if len(everything) > IN_PROCESS_LIMIT:
        raise ParameterError(
            f"parameter 'corpus_dir' = {str(corpus_dir)!r} holds {len(everything):,} "
            f"articles; allowed values: up to {IN_PROCESS_LIMIT:,} to annotate in a notebook "
            "(run `newsframe annotate` and pass tables_dir)")
    outlets = check_subset("outlets", outlets, _outlet_names(everything))
    from .engines import outlet_table
    from .review import analysed, review_in_memory

    usable = _selected(everything, None, None, None)
    choice = stories.decide_story(story, everything[everything["status"] != "error"],
                                  [source])
    failed: dict = {}  # an article whose annotation raises costs only itself
    annotated, everything = guard_evidence(
        everything, annotate(usable, story=choice.story, failed=failed), failed)
    # the corpus folder's own review.csv, as `newsframe annotate` applies it
    annotated, review = review_in_memory(everything, annotated, [source])
    chosen = _selected(everything, outlets, window_start, window_end)
    frames = {"articles": everything, **annotated, "outlets": outlet_table(everything, {
        name: table for name, table in analysed(annotated).items()
        if name in schema.ANNOTATION_TABLES})}
    kept = chosen if with_text is not False else chosen.drop(columns=list(TEXT_COLUMNS))
    info = {"sources": [str(source)], "engine": "in-process", "story": choice.record()}
    return kept, Tables(list(chosen["article_id"]), frames=frames,
                        info={**info, "review": review} if review else info, story=choice)


def check_tables(folder, label: str = "") -> dict:
    """The contents of ``folder/tables.json`` once the folder is found readable: the file
    parses, its schema version is this newsframe's, and every table's part files are there,
    of the size written, with an intact Parquet footer of the rows counted. Else a
    ParameterError naming the file and saying to run ``newsframe annotate`` again
    (``label`` goes before the folder's name). Reading footers only, it costs milliseconds
    whatever the size of the tables.

    >>> import newsframe as nf, tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> check_tables(folder)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsframe.params.ParameterError: ... holds no tables.json; allowed values: a folder ...
    """
    import pyarrow.parquet as pq

    from ..bounded import BoundError, already_checked, check_parquet_part

    folder = Path(folder)
    again = "run `newsframe annotate` again to rebuild the tables"
    info_file = folder / "tables.json"
    if not info_file.is_file():
        raise ParameterError(f"{label}{str(folder)!r} holds no tables.json; allowed values: "
                             "a folder written by `newsframe annotate`")
    info = read_tables_info(info_file, again)
    whole = not already_checked(folder)  # a report build checked them for its notebooks
    if info.get("schema_version") != schema.VERSION:
        raise ParameterError(
            f"{label}{str(folder)!r} was written with schema version "
            f"{info.get('schema_version')}, this newsframe reads {schema.VERSION}; allowed "
            f"values: tables written by this version ({again})")
    sizes = info.get("files") or {}
    rows = info.get("rows") or {}
    for name in schema.STORED_TABLES:
        parts = sorted((folder / name).glob("part-*.parquet"))
        if not parts:
            raise ParameterError(f"{folder / name} holds no Parquet part files; {again}")
        counted = 0
        for part in parts:
            key = f"{name}/{part.name}"
            try:
                size = part.stat().st_size
                if key in sizes and sizes[key] != size:
                    raise ValueError(f"{size:,} bytes, {sizes[key]:,} were written")
                counted += check_parquet_part(part) if whole else \
                    pq.read_metadata(part).num_rows
            except BoundError as error:
                raise ParameterError(f"table file {part} is not read: {error}; {again}"
                                     ) from None
            except (OSError, ValueError) as error:  # pyarrow's ArrowInvalid is a ValueError
                detail = str(error).splitlines()[0] if str(error) else type(error).__name__
                raise ParameterError(f"table file {part} is truncated or corrupt ({detail}); "
                                     f"{again}") from None
        if name in rows and rows[name] != counted:
            raise ParameterError(f"table {folder / name} holds {counted:,} rows, tables.json "
                                 f"says {rows[name]:,}; {again}")
    return info


_INFO_FIELDS = {"schema_version": int, "files": dict, "rows": dict, "sources": list,
                "skipped_files": list}


AGAIN = "run `newsframe annotate` again to rebuild the tables"


def read_tables_info(info_file: Path, again: str = AGAIN) -> dict:
    """``tables.json`` read within bounds (64 MB, 64 levels) with the types of the fields
    the readers use checked: a ParameterError names the file and the field otherwise.

    >>> import tempfile
    >>> bad = Path(tempfile.mkdtemp()) / "tables.json"
    >>> _ = bad.write_text('{"schema_version": 1, "rows": []}')
    >>> read_tables_info(bad)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsframe.params.ParameterError: ...: field 'rows' must be a JSON object, not list; ...
    """
    from ..bounded import MAX_TABLE_BYTES, BoundError, load_json, read_inside

    try:
        info = load_json(read_inside(info_file, info_file.parent, MAX_TABLE_BYTES).decode(
            "utf-8"), str(info_file))
        if not isinstance(info, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError) as error:  # BoundError, JSONDecodeError, UnicodeDecodeError
        detail = str(error).splitlines()[0] if str(error) else ""
        name = "" if isinstance(error, BoundError) else f"{type(error).__name__}: "
        raise ParameterError(f"{info_file} cannot be read ({name}{detail}); {again}"
                             ) from None
    kinds = {int: "a whole number", dict: "a JSON object", list: "a JSON list"}
    for field, kind in _INFO_FIELDS.items():
        value = info.get(field)
        if value is not None and (type(value) is not kind or isinstance(value, bool)):
            raise ParameterError(f"{info_file}: field {field!r} must be {kinds[kind]}, not "
                                 f"{type(value).__name__}; {again}")
    for field in ("files", "rows"):
        for key, value in (info.get(field) or {}).items():
            if type(value) is not int:
                raise ParameterError(f"{info_file}: field {field!r} entry {key[:80]!r} must be "
                                     f"a whole number; {again}")
    for field in ("sources", "skipped_files"):
        if any(not isinstance(item, str) for item in info.get(field) or []):
            raise ParameterError(f"{info_file}: field {field!r} must list texts; {again}")
    return info


def _outlet_names(articles: pd.DataFrame) -> list[str]:
    return sorted(set(articles["outlet"]) - {""})
