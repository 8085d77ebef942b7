"""Every table's columns, dtypes and controlled vocabularies, declared once.

The annotators build their rows; this module says what a table is: its columns in order,
their pandas dtypes (pandas 3: text is ``str``), and for coded columns the allowed values.
It gives typed empty tables, casts a computed table to its schema (``conform``), checks one
(``validate``) and gives the Arrow schema every Parquet part of a dataset is written with, so
that parts written by different processes always read back as one table. The column
dictionaries in docs/tables/ are checked against it by the tests.

>>> list(empty("claims").columns)[:4]
['article_id', 'claim_id', 'value', 'value_high']
>>> validate("frames", empty("frames"))
[]
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

VERSION = 7  # bump when a column or stored table is added, removed or changes meaning


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # str | int64 | float64 | bool | Int64 | boolean (a yes/no that may be missing)
    vocabulary: tuple | Callable | None = None  # allowed values ("" always allowed for str)
    pattern: str | None = None  # a regular expression every non-empty value matches


def _item_families() -> tuple:
    from . import lexicons

    return tuple(sorted(set(lexicons.load("item_families")["family"])))


def _event_types() -> tuple:
    from . import lexicons

    return tuple(sorted(set(lexicons.load("event_types")["event_type"]))) + ("other",)


def directions() -> tuple:
    """Every ``SENDER->RECEIVER`` pair of the countries in data/lexicons/actors.csv, and
    ``unknown``."""
    from . import lexicons

    countries = sorted(set(lexicons.load("actors")["country"].dropna()) - {""})
    return tuple(f"{a}->{b}" for a in countries for b in countries if a != b) + ("unknown",)


def _s(*names, vocabulary=None) -> list[Column]:
    return [Column(name, "str", vocabulary) for name in names]


QUALIFIERS = ("exact", "about", "more_than", "at_least", "at_most", "up_to", "range", "vague")
CLAIMANT_EVIDENCE = ("direct", "quote", "next_sentence", "next_paragraph", "paragraph", "title",
                     "coreference", "statement", "document", "run_on", "between", "account",
                     "actor", "figure", "lead", "outlet", "candidates", "unsure")
STATUSES = ("ok", "warning", "error")
PUBLISHED_PRECISIONS = ("day", "month", "year", "inferred_not_before")
PRECISIONS = ("day", "week", "month", "quarter", "year", "decade")
EVENT_KINDS = ("point", "range", "since", "until")
VERB_CLASSES = ("neutral", "booster", "distancing", "denial")
QUOTE_TYPES = ("direct", "indirect", "mixed")
FORMS = ("pre_verb", "post_verb", "menurut", "colon", "passive", "predicate", "impersonal",
         "document", "relayed", "relay_only", "continued_quote", "verdict", "actor")
SOURCE_KINDS = ("person", "organisation", "state", "group", "unknown", "document")
# how a claim's claimant or an attribution's speaker was found, strongest first: in the
# figure's (the statement's) own sentence, a quote it stands in, a statement that runs on
# (a later sentence or paragraph), a document named, a pronoun or description resolved, a
# headline, the outlet's own words (a figure no statement covers), nobody
ATTRIBUTION_BASES = ("in_sentence", "quote", "statement", "document", "coreference",
                     "headline", "outlet", "none")
FRAME_KINDS = ("frame", "hedge", "normative", "headline")
# an analyst's review (newsframe.store.review): the decisions of a review file, what they
# make of a row, the fields of each reviewed table a reviewer may correct (review-file
# columns of the table's own names), and why a review row could not be applied
REVIEW_DECISIONS = ("confirm", "correct", "reject")
REVIEW_STATES = ("confirmed", "corrected", "rejected")
REVIEW_FIELDS = {
    "claims": ("value", "value_high", "unit", "item", "caliber_mm", "qualifier", "claimant",
               "claimant_type", "relayed_by", "direction"),
    "attributions": ("source", "source_type", "source_kind", "role", "verb", "verb_class",
                     "quote_type", "relayed_by"),
}
REVIEW_PROBLEMS = ("unreadable", "unknown_table", "bad_key", "unknown_article", "text_changed",
                   "no_row", "unknown_field", "bad_value", "no_change", "confirm_with_changes",
                   "no_decision", "machine_changed", "superseded")

TABLES: dict[str, list[Column]] = {
    "articles": [
        *_s("article_id", "path", "sha256"), Column("status", "str", STATUSES),
        *_s("warnings", "outlet", "outlet_evidence", "url", "url_evidence", "title",
            "title_evidence", "dek", "section", "author", "editor", "dateline_place",
            "published"),
        Column("published_precision", "str", PUBLISHED_PRECISIONS),
        *_s("published_evidence", "weekday_stated", "language", "body", "boilerplate"),
        Column("n_words", "int64"), Column("n_paragraphs", "int64"),
        Column("n_sentences", "int64"),
        *_s("duplicate_of", "text_sha256", "source_file", "error_detail"),
    ],
    "claims": [
        *_s("article_id", "claim_id"), Column("value", "float64"),
        Column("value_high", "float64"),
        # a known unit (data/lexicons/units.csv) or the lemma of the counted noun
        Column("unit", "str", pattern=r"[a-z][a-z_-]*"), *_s("item"),
        Column("caliber_mm", "Int64"), Column("qualifier", "str", QUALIFIERS),
        *_s("alternative_group", "claimant", "claimant_type", "relayed_by"),
        Column("direction", "str", directions), *_s("period_start", "period_end", "sentence"),
        Column("start", "int64"), Column("end", "int64"), Column("in_title", "bool"),
        *_s("outlet", "published"), Column("claimant_evidence", "str", CLAIMANT_EVIDENCE),
        *_s("claimant_text"), Column("attribution_basis", "str", ATTRIBUTION_BASES),
        Column("speaker_start", "Int64"), Column("speaker_end", "Int64"),
        Column("family", "str", _item_families),
    ],
    "events": [
        *_s("article_id", "event_id", "expression", "date_start", "date_end"),
        Column("precision", "str", PRECISIONS), Column("relative", "bool"),
        *_s("anchor", "anchor_basis"), Column("event_type", "str", _event_types),
        *_s("description", "actors", "sentence"), Column("start", "int64"),
        Column("end", "int64"),
        *_s("outlet", "published"), Column("kind", "str", EVENT_KINDS),
    ],
    "attributions": [
        *_s("article_id", "outlet", "source", "source_type"),
        Column("source_kind", "str", SOURCE_KINDS),
        *_s("source_text", "country", "role", "verb"),
        Column("verb_class", "str", VERB_CLASSES), Column("form", "str", FORMS),
        *_s("resolved_by"), Column("quote_type", "str", QUOTE_TYPES),
        Column("anonymous", "bool"), *_s("relayed_by"), Column("in_title", "bool"),
        *_s("sentence"), Column("start", "int64"), Column("end", "int64"),
        Column("attribution_basis", "str", ATTRIBUTION_BASES), Column("speaker_start", "Int64"),
        Column("speaker_end", "Int64"), *_s("disputed"),
    ],
    "frames": [
        *_s("article_id", "outlet"), Column("kind", "str", FRAME_KINDS),
        *_s("label", "cue"), Column("in_title", "bool"), *_s("sentence"),
        Column("sentence_start", "int64"), Column("start", "int64"), Column("end", "int64"),
    ],
}
# per-article tables derived from an article and its attributions (the engines write them
# beside the annotations, so reports read them instead of recomputing them)
TABLES["headlines"] = [
    *_s("article_id", "outlet", "title"), Column("has_number", "bool"), *_s("number_text"),
    Column("attribution", "bool"), *_s("attribution_source"),
    Column("verb_stance", "str", ("hedged", "certain", "none")),
    *_s("hedge_cues", "agent", "agent_kind"), Column("leader_as_agent", "bool"),
    Column("sensational", "bool"), *_s("sensational_cues"), Column("question", "bool"),
]
TABLES["chains"] = [
    *_s("article_id", "outlet", "source", "source_type", "relayed_by", "chain"),
    Column("depth", "int64"), Column("n_statements", "int64"), *_s("sentence"),
    Column("start", "int64"), Column("end", "int64"),
]
TABLES["balance"] = [
    *_s("article_id", "outlet"), Column("n_statements", "int64"), Column("n_sources", "int64"),
    Column("n_named_sources", "int64"), Column("n_anonymous_sources", "int64"),
    Column("named_share", "float64"), *_s("source_type_shares"),
    Column("accused_heard", "boolean"), Column("accused_denial", "boolean"),
    Column("any_denial", "bool"), *_s("denial_sources", "denial_sentence"),
    Column("max_relay_depth", "int64"),
]


def _review_columns(name: str) -> list[Column]:
    """The columns every row of a reviewed table carries after its own: its stable ``key``,
    the analyst's ``review`` and the machine's values of the fields a review corrected."""
    kinds = {c.name: c.dtype for c in TABLES[name]}
    return [Column("key", "str"), Column("review", "str", REVIEW_STATES),
            *_s("reviewer", "review_note", "corrected"),
            *(Column(f"machine_{field}", kinds[field]) for field in REVIEW_FIELDS[name])]


for _name in REVIEW_FIELDS:
    TABLES[_name] += _review_columns(_name)
TABLES["review_problems"] = [
    Column("line", "int64"), *_s("table", "key", "article_id", "decision", "reviewer", "field",
                                 "value"),
    Column("reason", "str", REVIEW_PROBLEMS), *_s("detail"),
]
TABLES["outlets"] = [
    *_s("outlet"), Column("n_articles", "int64"), Column("n_claims", "int64"),
    Column("n_events", "int64"), Column("n_attributions", "int64"), Column("n_frames", "int64"),
    *_s("first_published", "last_published"),
]
ANNOTATION_TABLES = ("claims", "events", "attributions", "frames")
PER_ARTICLE_TABLES = ("headlines", "chains")  # read from the annotations, per article
# what `newsframe annotate` writes; ``balance`` is declared here but computed by the analysis
# (it depends on the story pack a report uses: who is accused)
STORED_TABLES = ("articles", *ANNOTATION_TABLES, *PER_ARTICLE_TABLES, "outlets",
                 "review_problems")
# stored tables of the whole corpus, not per article (read whole, never by article id)
CORPUS_TABLES = ("outlets", "review_problems")


def typed_empty(columns: list[str], ints=(), bools=(), floats=()) -> pd.DataFrame:
    """An empty table of a derived table's columns: text unless said otherwise.

    >>> typed_empty(["a", "n"], ints=("n",)).dtypes.astype(str).tolist()
    ['str', 'int64']
    """
    kinds = {**{c: "int64" for c in ints}, **{c: "bool" for c in bools},
             **{c: "float64" for c in floats}}
    return pd.DataFrame({c: pd.Series([], dtype=kinds.get(c, "str")) for c in columns})


def columns(name: str) -> list[str]:
    """The columns of table ``name`` in order.

    >>> columns("frames")[-2:]
    ['start', 'end']
    """
    return [c.name for c in _table(name)]


def dtypes(name: str) -> dict[str, str]:
    return {c.name: c.dtype for c in _table(name)}


def _table(name: str) -> list[Column]:
    if name not in TABLES:
        raise KeyError(f"unknown table {name!r}; allowed values: {', '.join(TABLES)}")
    return TABLES[name]


def empty(name: str) -> pd.DataFrame:
    """A table with no rows and the right columns and dtypes."""
    return pd.DataFrame({c.name: pd.Series([], dtype=c.dtype) for c in _table(name)})


def conform(name: str, table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with exactly the schema's columns, in order, cast to their dtypes (a column
    the table lacks is an error: the schema and the code disagree)."""
    wanted = columns(name)
    missing = [c for c in wanted if c not in table.columns]
    if missing:
        raise ValueError(f"table {name!r} lacks column(s) {', '.join(missing)}")
    if table.empty:
        return empty(name)
    out = table[wanted]
    casts = {c: d for c, d in dtypes(name).items() if str(out[c].dtype) != d}
    return out.astype(casts) if casts else out.reset_index(drop=True)


def validate(name: str, table: pd.DataFrame) -> list[str]:
    """Problems with ``table`` against its schema: columns, dtypes, values outside a
    vocabulary (one line each; [] when it conforms)."""
    problems = []
    if list(table.columns) != columns(name):
        problems.append(f"{name}: columns {list(table.columns)} are not {columns(name)}")
        return problems
    for column in _table(name):
        actual = str(table[column.name].dtype)
        if actual != column.dtype:
            problems.append(f"{name}.{column.name}: dtype {actual}, want {column.dtype}")
        vocabulary = column.vocabulary() if callable(column.vocabulary) else column.vocabulary
        if column.pattern is not None and len(table):
            values = set(table[column.name].dropna()) - {""}
            wrong = sorted(v for v in values if not re.fullmatch(column.pattern, str(v)))
            if wrong:
                problems.append(f"{name}.{column.name}: values {wrong[:5]} do not match "
                                f"{column.pattern}")
        if vocabulary is not None and len(table):
            values = set(table[column.name].dropna()) - set(vocabulary) - {""}
            if values:
                problems.append(f"{name}.{column.name}: values {sorted(values)[:5]} outside "
                                f"{', '.join(vocabulary)}")
    return problems


def arrow_schema(name: str):
    """The Arrow schema every Parquet part of table ``name`` is written with."""
    import pyarrow as pa

    kinds = {"str": pa.large_string(), "int64": pa.int64(), "float64": pa.float64(),
             "bool": pa.bool_(), "Int64": pa.int64(), "boolean": pa.bool_()}
    return pa.schema([pa.field(c.name, kinds[c.dtype]) for c in _table(name)])
