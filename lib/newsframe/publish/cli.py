"""Command line: ``newsframe annotate|report|corpus|claims|events|sources|frames``.

``annotate PATH... --out DIR`` writes every table as a Parquet dataset (pandas or Dask
engine, :mod:`newsframe.publish.engines`); ``report`` runs the notebooks into HTML reports on a
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

import pandas as pd

from .. import paths

# subcommand -> (public function, help)
TABLES = {
    "corpus": (None, "one row per article: metadata, warnings (body with --with-text)"),
    "claims": ("extract_claims", "quantity claims (containers, shells, ...) with claimants"),
    "events": ("extract_events", "dated expressions and the events they date"),
    "sources": ("extract_attributions", "who is quoted or cited, how, relayed by whom"),
    "frames": ("score_frames", "frame, hedge, normative and headline lexicon hits"),
}
TEXT_COLUMNS = ["body", "boilerplate"]


def _load(args):
    from ..read.corpus import load_corpus, warning_summary

    sources = args.paths or [str(paths.SEEDS)]
    frames = []
    files = [p for p in sources if Path(p).is_file() and Path(p).suffix.lower() == ".txt"]
    if files and len(files) == len(sources) and len(files) > 1:
        frames.append(load_corpus(files, manifest=args.manifest))
    else:
        for source in sources:
            frame = load_corpus(paths.resolve_path(source), manifest=args.manifest,
                                progress=True)
            frames.append(frame)
    articles = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    articles.attrs["skipped_files"] = sum(
        (f.attrs.get("skipped_files", []) for f in frames), [])
    print(f"newsframe: {warning_summary(articles)}", file=sys.stderr)
    return articles


def _write(table: pd.DataFrame, fmt: str, output: str | None) -> None:
    if fmt == "parquet":
        if not output:
            raise SystemExit("newsframe: --format parquet needs -o FILE")
        table.to_parquet(output, index=False)
    elif fmt == "jsonl":
        text = table.to_json(orient="records", lines=True, force_ascii=False, date_format="iso")
        _emit(text, output)
    else:
        _emit(table.to_csv(index=False), output)


def _emit(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def _missing(sources) -> str | None:
    """The first of ``sources`` that does not exist (resolved like the readers do)."""
    return next((str(p) for p in sources if not paths.resolve_path(p).exists()), None)


def _table_command(args) -> int:
    import newsframe

    missing = _missing(args.paths or [])
    if missing:
        print(f"newsframe {args.command}: corpus path {missing!r} does not exist",
              file=sys.stderr)
        return 2
    articles = _load(args)
    function_name = TABLES[args.command][0]
    if function_name is None:
        table = articles if args.with_text else articles.drop(columns=TEXT_COLUMNS)
    else:
        table = getattr(newsframe, function_name)(articles)
    _write(table, args.format, args.output)
    if args.strict and (articles["status"] == "error").any():
        return 1
    return 0


def _annotate_command(args) -> int:
    from ..params import ParameterError
    from .engines import EngineError, write_tables

    sources = args.paths or [str(paths.SEEDS)]
    missing = [p for p in sources if not paths.resolve_path(p).exists()]
    if missing:
        print(f"newsframe annotate: corpus path {missing[0]!r} does not exist", file=sys.stderr)
        return 2
    try:
        info = write_tables([paths.resolve_path(p) for p in sources], args.out,
                            engine=args.engine, workers=args.workers,
                            scheduler=args.scheduler, formats=("parquet", *args.format),
                            manifest=args.manifest,
                            partition_size=args.partition_size)
    except (ParameterError, EngineError) as error:
        print(f"newsframe annotate: {error}", file=sys.stderr)
        return 2
    rows = ", ".join(f"{n:,} {name}" for name, n in info["rows"].items())
    print(f"newsframe annotate: {rows} in {info['seconds']:.1f} s ({info['engine']}) → "
          f"{Path(args.out).resolve()}", file=sys.stderr)
    return 0


def _report_command(args) -> int:
    # jsonschema (imported by nbformat) compiles an IRI grammar when the optional package
    # rfc3987_syntax is installed (it comes with JupyterLab): 1 s of start-up. Notebook
    # schemas use no "format" keyword, so this process never needs it.
    sys.modules.setdefault("rfc3987_syntax", None)
    from .kernels import kernel_server

    checked = _checked(args)  # a bad parameter or path: one line, before anything starts
    if isinstance(checked, int):
        return checked
    # the kernel server imports the kernels' stack while this process loads its own
    with kernel_server(enabled=not args.fresh_kernels):
        return _build(args, *checked)


def _parameters(args) -> dict:
    """The report's parameters from ``-f FILE`` and ``-p NAME VALUE`` (ParameterError if bad)."""
    from ..params import ParameterError, load_parameters_file
    from .reports import declared_types, discover_notebooks

    parameters = {}
    if args.params_file:
        try:
            text = Path(args.params_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
            raise ParameterError(f"cannot read parameters file {args.params_file}: {reason}"
                                 ) from None
        parameters.update(load_parameters_file(text, args.params_file))
    if args.parameter:
        from ..params import parse_cli_value

        types = declared_types(discover_notebooks())
        for name, value in args.parameter:
            parameters[name] = parse_cli_value(name, value, types.get(name))
    return parameters


def _checked(args) -> tuple[dict, list, str | None] | int:
    """The report's parameters, corpora and tables folder, or exit code 2 after one line
    naming the bad parameter (shared ones checked once, before any notebook) or path."""
    from ..params import ParameterError
    from .reports import check_shared_parameters

    try:
        parameters = check_shared_parameters(_parameters(args))
    except ParameterError as error:
        print(f"newsframe report: {error}", file=sys.stderr)
        return 2
    corpora = args.corpus or [str(paths.SEEDS)]
    if "corpus_dir" in parameters:
        given = parameters.pop("corpus_dir")
        if not isinstance(given, str):
            print("newsframe report: parameter 'corpus_dir' must be text (a folder or file); "
                  f"got {type(given).__name__}", file=sys.stderr)
            return 2
        corpora = [given]
    tables = parameters.pop("tables_dir", None) or args.tables
    missing = _missing([tables] if tables else corpora)
    if missing:
        what = "tables folder" if tables else "corpus path"
        print(f"newsframe report: {what} {missing!r} does not exist", file=sys.stderr)
        return 2
    return parameters, corpora, tables


def _build(args, parameters: dict, corpora: list, tables: str | None) -> int:
    from .reports import ReportError, build_reports

    try:
        results = build_reports(corpora, args.out, parameters, workers=args.workers,
                                warm_kernels=not args.fresh_kernels, tables_dir=tables,
                                pdf=args.pdf)
    except ReportError as failure:
        print(f"newsframe report failed: {failure}", file=sys.stderr)
        return 1
    for result in results:
        print(f"{result.notebook}: {result.seconds:.1f} s — {result.summary}", file=sys.stderr)
    print(f"Open {Path(args.out).resolve() / 'index.html'}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsframe", description="Annotated, evidence-carrying tables from news articles.")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, (_, help_text) in TABLES.items():
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("paths", nargs="*", metavar="PATH",
                         help="folder, .txt files, or a CSV/JSONL export (default: seeds/)")
        sub.add_argument("--format", choices=["csv", "jsonl", "parquet"], default="csv")
        sub.add_argument("-o", "--output", metavar="FILE", help="write here, not stdout")
        sub.add_argument("--manifest", metavar="FILE", help="CSV overriding url/outlet/published")
        sub.add_argument("--strict", action="store_true",
                         help="exit 1 when any input row has status error")
        if name == "corpus":
            sub.add_argument("--with-text", action="store_true",
                             help="include body and boilerplate columns")
        sub.set_defaults(handler=_table_command, with_text=True)
        if name == "corpus":
            sub.set_defaults(with_text=False)
    annotate = commands.add_parser(
        "annotate", help="write every table as a Parquet dataset (pandas or Dask)",
        description="Annotate a corpus once: DIR/articles/, DIR/claims/, DIR/events/, "
                    "DIR/attributions/, DIR/frames/, DIR/outlets/ and DIR/tables.json.")
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
    annotate.add_argument("--manifest", metavar="FILE",
                          help="CSV overriding url/outlet/published")
    annotate.add_argument("--partition-size", type=int, default=500,
                          help="articles per partition (500)")
    annotate.set_defaults(handler=_annotate_command)
    report = commands.add_parser("report", help="run every notebook into HTML reports")
    report.add_argument("--corpus", action="append", metavar="PATH",
                        help="corpus (default seeds/); may be given more than once")
    report.add_argument("--tables", metavar="DIR",
                        help="tables written by `newsframe annotate` (instead of --corpus)")
    report.add_argument("--out", default=str(paths.REPORTS), help="output (default reports/)")
    report.add_argument("-p", "--parameter", nargs=2, action="append", metavar=("NAME", "VALUE"),
                        help="parameter passed to every notebook that declares it")
    report.add_argument("-f", "--params-file", metavar="YAML", help="YAML file of parameters")
    report.add_argument("--workers", type=int, default=2, help="notebooks run at once (2)")
    report.add_argument("--pdf", action="store_true",
                        help="also print every briefing page to a PDF handout (headless "
                             "Chromium), linked from the index")
    report.add_argument("--fresh-kernels", action="store_true",
                        help="start every kernel from scratch instead of forking it from a "
                             "process that has imported the stack (slower; same reports)")
    report.set_defaults(handler=_report_command)
    return parser


def main(argv=None) -> int:
    """Entry point of the ``newsframe`` console script."""
    args = build_parser().parse_args(argv)
    # the objects made so far (modules, classes, pandas) live as long as the process: keep
    # them out of every later full garbage collection, which on a large corpus would
    # otherwise walk them again and again (gc.freeze; about 10 % of annotation time at 10k)
    gc.freeze()
    try:
        return args.handler(args)
    except (OSError, UnicodeDecodeError) as error:  # an unreadable input or output path
        where = f" {error.filename!r}" if getattr(error, "filename", None) else ""
        reason = getattr(error, "strerror", None) or str(error)
        print(f"newsframe {args.command}: cannot use{where}: {reason}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
