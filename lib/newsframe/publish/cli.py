"""Command line: ``newsframe annotate|report|corpus|claims|events|sources|frames``.

``annotate PATH... --out DIR`` writes every table as a Parquet dataset (pandas or Dask
engine, :mod:`newsframe.store.engines`); ``report`` runs the notebooks into HTML reports on a
corpus or on tables written before. The table commands load the corpus (PATH defaults to
seeds/), annotate it and write one table as CSV (default, to stdout), JSONL or Parquet. A
one-line warning summary goes to stderr; the exit code is 0 unless ``--strict`` and some
input row has status error.

>>> main(["corpus", "--format", "csv", "-o", "/dev/null"])
0
"""

import argparse
import gc
import sys
from pathlib import Path

from .. import paths
from ..params import ParameterError

# subcommand -> (public function, help)
TABLES = {
    "corpus": (None, "one row per article: metadata, warnings (body with --with-text)"),
    "claims": ("extract_claims", "quantity claims (containers, shells, ...) with claimants"),
    "events": ("extract_events", "dated expressions and the events they date"),
    "sources": ("extract_attributions", "who is quoted or cited, how, relayed by whom"),
    "frames": ("score_frames", "frame, hedge, normative and headline lexicon hits"),
}
TEXT_COLUMNS = ["body", "boilerplate"]
RAW_CSV_HELP = ("write CSV cells as they are: by default a text cell beginning with =, +, -, "
                "@, a tab or a carriage return gets a leading ' so that a spreadsheet shows it "
                "instead of running it as a formula")
REVIEW_HELP = ("an analyst's review file (`newsframe review init`) to apply: corrected values "
               "replace the machine's, rejected rows leave every analysis (default: the "
               "review.csv a corpus folder carries)")
COLUMNS_HELP = ("export columns holding each field, e.g. text=isi,published=tanggal (fields: "
                "id, text, title, outlet, url, published, author)")


def _load(args):
    from ..read.corpus import load_corpus
    from ..read.summary import warning_summary

    sources = args.paths or [str(paths.SEEDS)]
    _check_sources(sources)
    articles = load_corpus([paths.resolve_path(p) for p in sources], manifest=args.manifest,
                           progress=True, columns=args.columns)
    print(f"newsframe: {warning_summary(articles)}", file=sys.stderr)
    return articles


def _check_sources(sources: list[str]) -> None:
    from ..params import ParameterError

    missing = [p for p in sources if not paths.resolve_path(p).exists()]
    if missing:
        raise ParameterError(f"corpus path {missing[0]!r} does not exist; allowed values: "
                             "folders, files or exports of articles")


def _write(table, fmt: str, output: str | None, raw_csv: bool = False) -> None:
    from ..escape import neutralise_csv

    if fmt == "parquet":
        if not output:
            from ..params import ParameterError

            raise ParameterError("--format parquet needs -o FILE")
        table.to_parquet(output, index=False)
    elif fmt == "jsonl":
        text = table.to_json(orient="records", lines=True, force_ascii=False, date_format="iso")
        _emit(text, output)
    else:  # text a spreadsheet would run as a formula (=, +, -, @) starts with ' unless raw
        _emit((table if raw_csv else neutralise_csv(table)).to_csv(index=False), output)


def _emit(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def _table_command(args) -> int:
    import newsframe

    articles = _load(args)
    function_name = TABLES[args.command][0]
    if function_name is None:
        table = articles if args.with_text else articles.drop(columns=TEXT_COLUMNS)
    else:
        from ..read.corpus import paused_gc

        # as a batch of `newsframe annotate`: one set of lexicons, no clock read per lookup,
        # and no cyclic collection walking a long article's millions of live objects again
        # and again (the same rows either way)
        with paused_gc(), newsframe.lexicons.held_version():
            table = getattr(newsframe, function_name)(articles)
    _write(table, args.format, args.output, args.raw_csv)
    if args.strict and (articles["status"] == "error").any():
        return 1
    return 0


def _annotate_command(args) -> int:
    from ..store.engines import write_tables

    sources = args.paths or [str(paths.SEEDS)]
    _check_sources(sources)
    info = write_tables([paths.resolve_path(p) for p in sources], args.out,
                        engine=args.engine, workers=args.workers,
                        scheduler=args.scheduler,
                        formats=("parquet", *(("raw_csv" if args.raw_csv else f)
                                              for f in args.format)),
                        manifest=args.manifest, columns=args.columns,
                        partition_size=args.partition_size, wait=args.wait,
                        story=args.story, review=args.review)
    rows = ", ".join(f"{n:,} {name}" for name, n in info["rows"].items())
    print(f"newsframe annotate: {rows} in {info['seconds']:.1f} s ({info['engine']}) → "
          f"{Path(args.out).resolve()}", file=sys.stderr)
    _print_review(info, "annotate")
    return 0


def _print_review(info: dict, command: str) -> None:
    from ..present.reviewing import review_summary

    line = review_summary(info)
    if line:
        print(f"newsframe {command}: {line}", file=sys.stderr)


def _review_init_command(args) -> int:
    """Write a review file from a corpus or tables (``newsframe review init``)."""
    import tempfile

    from ..store.engines import write_tables
    from ..store.review import check_review_out, write_review_file

    if bool(args.paths) == bool(args.tables):
        raise ParameterError("newsframe review init needs PATH... (a corpus) or --tables DIR, "
                             "not both; allowed values: folders, files or exports of articles, "
                             "or a folder written by `newsframe annotate`")
    out = Path(args.out)
    check_review_out(out)  # before any work: an --out that is no review file stays as it is
    if args.tables:
        if not paths.resolve_path(args.tables).is_dir():
            raise ParameterError(f"tables folder {args.tables!r} does not exist; allowed "
                                 "values: a folder written by `newsframe annotate`")
        counts = write_review_file(paths.resolve_path(args.tables), out)
    else:
        _check_sources(args.paths)
        with tempfile.TemporaryDirectory(prefix="newsframe-review-") as scratch:
            write_tables([paths.resolve_path(p) for p in args.paths], Path(scratch) / "tables",
                         manifest=args.manifest, columns=args.columns, story=args.story,
                         progress=sys.stderr)
            counts = write_review_file(Path(scratch) / "tables", out)
    kept = []
    if counts["kept"]:
        kept.append(f"kept {counts['kept']:,} decisions of the file it replaces")
    if counts["changed"]:
        kept.append(f"{counts['changed']:,} decided rows whose machine values changed kept "
                    "beside the new ones (check them)")
    if counts["gone"]:
        kept.append(f"{counts['gone']:,} decided rows on words no longer found kept at the end")
    print(f"newsframe review init: {counts['claims']:,} claims and {counts['attributions']:,} "
          f"attributed statements → {out.resolve()}{'; ' if kept else ''}{'; '.join(kept)}",
          file=sys.stderr)
    return 0


DRAFT_SAMPLE = 5000  # articles a drafted story pack is read from (the first of the corpus)


def _story_init_command(args) -> int:
    """Draft a story pack from a corpus (``newsframe story init``)."""
    import re

    from ..analyse.drafts import draft_story
    from ..annotate.tables import annotate
    from ..params import ParameterError
    from ..read.corpus import load_corpus, select_articles
    from ..stories import (
        STATEMENT_HEADER,
        STATEMENT_HELP,
        STORY_FILE,
        count_cues,
        load_story,
        story_yaml,
    )

    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,62}", args.slug or ""):
        raise ParameterError(f"parameter 'slug' = {args.slug!r} is not allowed; allowed "
                             "values: lower-case letters, digits and hyphens (flood-2025)")
    out = Path(args.out) if args.out else paths.STORIES / args.slug
    if (out / STORY_FILE).exists():
        raise ParameterError(f"--out {out} already holds a {STORY_FILE}; allowed values: a "
                             "folder without a story pack (edit that one by hand)")
    _check_sources(args.paths)
    articles = load_corpus([paths.resolve_path(p) for p in args.paths], columns=args.columns)
    usable = select_articles(articles).head(DRAFT_SAMPLE)
    draft = draft_story(usable, annotate(usable, ("claims", "attributions")), args.slug)
    out.mkdir(parents=True, exist_ok=True)
    (out / STORY_FILE).write_text(story_yaml(draft), encoding="utf-8")
    statements = out / "official_statements.csv"
    if not statements.exists():
        statements.write_text(STATEMENT_HEADER + "\n", encoding="utf-8")
    readme = out / "README.md"
    if not readme.exists():
        readme.write_text(STATEMENT_HELP.format(slug=args.slug), encoding="utf-8")
    pack = load_story(out)  # reads back: the draft is a pack
    matched = count_cues([pack], usable)[pack.slug]["n_matched"]  # as `story: auto` counts
    print(f"newsframe story init: drafted {out / STORY_FILE} from {len(usable):,} articles "
          f"(units: {', '.join(pack.units) or '-'}; cues: {', '.join(pack.cues[:5])} …; "
          f"{matched:,} of {len(usable):,} articles match it); edit the lines marked EDIT and "
          f"add official statements to {statements}", file=sys.stderr)
    return 0


def _report_command(args) -> int:
    # jsonschema (imported by nbformat) compiles an IRI grammar when the optional package
    # rfc3987_syntax is installed (it comes with JupyterLab): 1 s of start-up. Notebook
    # schemas use no "format" keyword, so this process never needs it.
    sys.modules.setdefault("rfc3987_syntax", None)
    from ..store.builds import locked
    from .kernels import kernel_server

    # a bad parameter or path: one line, before anything starts
    parameters = _parameters(args, _file_parameters(args))
    corpora = args.corpus or [str(paths.SEEDS)]
    if parameters.get("corpus_dir"):
        corpora = [parameters["corpus_dir"]]
    parameters.pop("corpus_dir", None)
    tables = parameters.pop("tables_dir", None) or args.tables
    if tables:
        if not paths.resolve_path(tables).exists():
            raise ParameterError(f"tables folder {tables!r} does not exist; allowed values: a "
                                 "folder written by `newsframe annotate`")
    else:
        _check_sources(corpora)
    if args.review:  # a review file that is not there: one line, before anything starts
        from ..store.review import find_review

        find_review([], args.review)
    # the lock first: a second run into the same folder stops here, in milliseconds; then
    # the kernel server, which imports the kernels' stack while this process loads its own
    with locked(Path(args.out), wait=args.wait), kernel_server(enabled=args.warm_kernels):
        return _build(args, parameters, corpora, tables)


def _file_parameters(args) -> dict:
    """The parameters of ``-f FILE`` (ParameterError if bad)."""
    from ..params import load_parameters_file

    if not args.params_file:
        return {}
    try:
        text = Path(args.params_file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        raise ParameterError(f"cannot read parameters file {args.params_file}: {reason}"
                             ) from None
    return _check_paths(load_parameters_file(text, args.params_file))


def _check_paths(parameters: dict) -> dict:
    for name in ("corpus_dir", "tables_dir"):
        if name in parameters and not isinstance(parameters[name], str | None):
            raise ParameterError(f"parameter {name!r} must be text (a folder or file); got "
                                 f"{type(parameters[name]).__name__}")
    return parameters


def _parameters(args, parameters: dict) -> dict:
    """``parameters`` with ``-p NAME VALUE`` typed by the notebooks' annotations, the shared
    ones (lang, outlets, start, end) and the story checked once, before any notebook."""
    from ..params import parse_cli_value
    from .reports import (
        ReportInputError,
        check_shared_parameters,
        declared_types,
        discover_notebooks,
    )

    parameters = dict(parameters)
    if args.parameter:
        types = declared_types(discover_notebooks())
        for name, value in args.parameter:
            if name not in types:
                raise ReportInputError(f"unknown parameter(s) {name}; valid parameters: "
                                       f"{', '.join(sorted(types))}")
            parameters[name] = parse_cli_value(name, value, types.get(name))
    if "story" in parameters:  # a pack that does not exist or cannot be read: one line,
        from ..stories import story_candidates  # before any work

        story_candidates(parameters["story"])  # reads a named pack
    return check_shared_parameters(_check_paths(parameters))


def _build(args, parameters: dict, corpora: list, tables: str | None) -> int:
    from .reports import ReportError, build_reports

    try:
        results = build_reports(corpora, args.out, parameters, workers=args.workers,
                                warm_kernels=args.warm_kernels, tables_dir=tables,
                                columns=args.columns, wait=args.wait, pdf=args.pdf,
                                slides=args.slides, review=args.review)
    except ReportError as failure:
        if isinstance(failure, ParameterError):
            raise
        print(f"newsframe report failed: {failure}", file=sys.stderr)
        return 1
    for result in results:
        print(f"{result.notebook}: {result.seconds:.1f} s — {result.summary}", file=sys.stderr)
        for warning in result.warnings:
            print(f"{result.notebook}: warning: {warning}", file=sys.stderr)
    print(f"Open {Path(args.out).resolve() / 'index.html'}")
    return 0


class _Parser(argparse.ArgumentParser):
    """Usage errors in one line (``newsframe report: error: …``), exit 2."""

    def error(self, message):
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true",
                        help="on an error, show the traceback as well as the message")
    parser = _Parser(
        prog="newsframe", description="Annotated, evidence-carrying tables from news articles.",
        parents=[common])
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    wait_help = ("when another run is writing the same --out, wait for it to finish "
                 "(default: stop with a message naming that run)")
    for name, (_, help_text) in TABLES.items():
        sub = commands.add_parser(name, help=help_text, description=help_text, parents=[common])
        sub.add_argument("paths", nargs="*", metavar="PATH",
                         help="folders, .txt/.html files or CSV/JSON/JSONL exports "
                              "(default: seeds/)")
        sub.add_argument("--columns", metavar="FIELD=COLUMN,...",
                         help=COLUMNS_HELP)
        sub.add_argument("--format", choices=["csv", "jsonl", "parquet"], default="csv")
        sub.add_argument("-o", "--output", metavar="FILE", help="write here, not stdout")
        sub.add_argument("--manifest", metavar="FILE", help="CSV overriding url/outlet/published")
        sub.add_argument("--strict", action="store_true",
                         help="exit 1 when any input row has status error")
        sub.add_argument("--raw-csv", action="store_true", help=RAW_CSV_HELP)
        if name == "corpus":
            sub.add_argument("--with-text", action="store_true",
                             help="include body and boilerplate columns")
        sub.set_defaults(handler=_table_command, with_text=True)
        if name == "corpus":
            sub.set_defaults(with_text=False)
    annotate = commands.add_parser(
        "annotate", help="write every table as a Parquet dataset (pandas or Dask)",
        parents=[common],
        description="Annotate a corpus once: DIR/articles/, DIR/claims/, DIR/events/, "
                    "DIR/attributions/, DIR/frames/, DIR/headlines/, DIR/chains/, "
                    "DIR/outlets/, DIR/tables.json (with the story decided) and DIR/story/.")
    annotate.add_argument("paths", nargs="*", metavar="PATH",
                          help="folders, files or exports (default: seeds/)")
    annotate.add_argument("--out", required=True, metavar="DIR", help="the tables folder")
    annotate.add_argument("--engine", choices=["pandas", "dask"], default="pandas")
    annotate.add_argument("--workers", type=int, default=2,
                          help="processes of the local Dask cluster (2)")
    annotate.add_argument("--scheduler", metavar="ADDRESS",
                          help="an existing Dask scheduler, e.g. tcp://10.0.0.5:8786")
    annotate.add_argument("--format", action="append", choices=["csv"], default=[],
                          help="csv: also DIR/<table>.csv for spreadsheets")
    annotate.add_argument("--raw-csv", action="store_true", help=RAW_CSV_HELP)
    annotate.add_argument("--manifest", metavar="FILE",
                          help="CSV overriding url/outlet/published")
    annotate.add_argument("--columns", metavar="FIELD=COLUMN,...", help=COLUMNS_HELP)
    annotate.add_argument("--partition-size", type=int, default=500,
                          help="articles per partition (500)")
    annotate.add_argument("--story", default="auto", metavar="STORY",
                          help="the story pack, decided once for the corpus: auto (the corpus "
                               "folder's own story.yaml, else the pack the whole corpus "
                               "matches), none, a slug of data/stories/ or a folder")
    annotate.add_argument("--review", metavar="FILE", help=REVIEW_HELP)
    annotate.add_argument("--wait", action="store_true", help=wait_help)
    annotate.set_defaults(handler=_annotate_command)
    review = commands.add_parser("review", help="an analyst's review of the claims and "
                                                "attributions: write the review file",
                                 parents=[common])
    review_commands = review.add_subparsers(dest="review_command", required=True,
                                            parser_class=_Parser)
    review_init = review_commands.add_parser(
        "init", parents=[common], help="write a review file: one row per claim and per "
                                       "attributed statement",
        description="Write a review file (UTF-8 CSV with a byte-order mark, for a "
                    "spreadsheet): one row per claim and per attributed statement with its "
                    "stable key, the machine's values and empty decision, reviewer and note "
                    "columns. Write confirm, correct (after overwriting the wrong value) or "
                    "reject, then pass the file to `newsframe annotate` or `newsframe report` "
                    "with --review (or keep it as review.csv in the corpus folder). An --out "
                    "that exists keeps its decisions.")
    review_init.add_argument("paths", nargs="*", metavar="PATH",
                             help="a corpus: folders, files or exports (or --tables)")
    review_init.add_argument("--tables", metavar="DIR",
                             help="tables written by `newsframe annotate` (instead of PATH)")
    review_init.add_argument("--out", required=True, metavar="FILE",
                             help="the review file to write (e.g. review.csv)")
    review_init.add_argument("--story", default="auto", metavar="STORY",
                             help="the story pack, as for annotate (auto)")
    review_init.add_argument("--manifest", metavar="FILE",
                             help="CSV overriding url/outlet/published")
    review_init.add_argument("--columns", metavar="FIELD=COLUMN,...", help=COLUMNS_HELP)
    review_init.set_defaults(handler=_review_init_command)
    story = commands.add_parser("story", help="story packs: draft one from a corpus",
                                parents=[common])
    story_commands = story.add_subparsers(dest="story_command", required=True,
                                          parser_class=_Parser)
    init = story_commands.add_parser(
        "init", parents=[common], help="draft a story pack from a corpus",
        description="Draft a story pack from a corpus: title and question from its headlines "
                    "(marked EDIT), the units and items it counts, the sources it quotes, the "
                    "words that recognise it, and an empty official_statements.csv with its "
                    "columns explained (README.md). `story: auto` then picks it.")
    init.add_argument("paths", nargs="+", metavar="PATH", help="folders, files or exports")
    init.add_argument("--slug", required=True, help="the pack's name (lower case, hyphens)")
    init.add_argument("--out", metavar="DIR",
                      help="where to write it (default data/stories/SLUG; a corpus folder is "
                           "fine too: its own pack is then used for it)")
    init.add_argument("--columns", metavar="FIELD=COLUMN,...", help=COLUMNS_HELP)
    init.set_defaults(handler=_story_init_command)
    report = commands.add_parser("report", help="run every notebook into HTML reports",
                                 parents=[common])
    report.add_argument("--corpus", action="append", metavar="PATH",
                        help="corpus (default seeds/); may be given more than once")
    report.add_argument("--columns", metavar="FIELD=COLUMN,...", help=COLUMNS_HELP)
    report.add_argument("--tables", metavar="DIR",
                        help="tables written by `newsframe annotate` (instead of --corpus)")
    report.add_argument("--out", default=str(paths.REPORTS), help="output (default reports/)")
    report.add_argument("--review", metavar="FILE", help=REVIEW_HELP)
    report.add_argument("-p", "--parameter", nargs=2, action="append", metavar=("NAME", "VALUE"),
                        help="parameter passed to every notebook that declares it")
    report.add_argument("-f", "--params-file", metavar="YAML", help="YAML file of parameters")
    report.add_argument("--workers", type=int, default=2, help="notebooks run at once (2)")
    report.add_argument("--slides", action="store_true",
                        help="also write the briefing as an offline reveal.js deck "
                             "(04_briefing.slides.html), linked from the index")
    report.add_argument("--pdf", action="store_true",
                        help="also print every briefing page to a PDF handout (headless "
                             "Chromium), linked from the index")
    report.add_argument("--fresh-kernels", action="store_false", dest="warm_kernels",
                        help="start every kernel from scratch, as jupyter_client does (the "
                             "default on Linux forks each one from a process that has "
                             "imported the stack: faster, same reports; elsewhere kernels "
                             "always start from scratch; see docs/PERFORMANCE.md)")
    report.add_argument("--warm-kernels", action="store_true", help=argparse.SUPPRESS)
    report.set_defaults(warm_kernels=True)  # --warm-kernels: the default, kept for scripts
    report.add_argument("--wait", action="store_true", help=wait_help)
    report.set_defaults(handler=_report_command)
    return parser


def main(argv=None) -> int:
    """Entry point of the ``newsframe`` console script.

    A bad input (parameter, path, output folder, tables) is one line on stderr naming it,
    exit 2; ``--debug`` adds the traceback. A failed notebook is exit 1. SIGTERM stops a
    build with its temporary files removed, exit 143.
    """
    from ..params import ParameterError
    from ..store.builds import handle_termination

    args = build_parser().parse_args(argv)
    if args.command in ("annotate", "report", "review"):
        handle_termination()
    # the objects made so far (modules, classes, pandas) live as long as the process: keep
    # them out of every later full garbage collection, which on a large corpus would
    # otherwise walk them again and again (gc.freeze; about 10 % of annotation time at 10k)
    gc.freeze()
    try:
        return args.handler(args)
    except Exception as error:  # noqa: BLE001 - one line for the user; --debug for the rest
        if args.debug:
            import traceback

            traceback.print_exc()
        engines = sys.modules.get("newsframe.store.engines")  # imported if it raised
        plain = isinstance(error, ParameterError) or bool(
            engines and isinstance(error, engines.EngineError))
        if plain:
            message = str(error)
        elif isinstance(error, OSError) and error.strerror:  # an unreadable input or output
            where = f" {error.filename!r}" if error.filename else ""
            message, plain = f"cannot use{where}: {error.strerror}", True
        else:
            message = f"{type(error).__name__}: {error}"
        message = " ".join(message.split()) or type(error).__name__
        hint = "" if args.debug or plain else " (--debug shows where)"
        print(f"newsframe {args.command}: {message}{hint}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
