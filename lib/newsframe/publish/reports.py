"""Run the notebooks with papermill and export HTML reports (full and briefing) plus an index.

All notebooks run from one Python process, two at a time (papermill's API; no CLI start-up
per notebook), the longest first (:func:`run_order`), each in a new kernel process: on Linux
forked from a kernel server that has already imported the stack
(:mod:`newsframe.publish.kernels`; ``warm_kernels=False``, or any other system: started from
scratch by jupyter_client). Each notebook's HTML export waits in a thread of its own, so the
next notebook need not.
Each notebook gets ``corpus_dir`` and the shared parameters it declares; a
name no notebook declares is an error naming the valid ones. Every notebook yields:

- ``NN_name.ipynb``      the executed notebook
- ``NN_name.html``       full page (code and outputs)
- ``NN_name.briefing.html``  the same without code (nbconvert ``exclude_input``)
- ``NN_name.briefing.pdf``   with ``pdf``: the briefing page printed by headless Chromium
- ``NN_name.slides.html``    with ``slides``: a notebook with slide metadata as an offline deck

and ``index.html`` links them with a summary line each, the corpus, the parameters used and
the package versions. The corpus is annotated once, before the notebooks start, into
``<out>/tables`` (see :mod:`newsframe.store.engines`), unless tables are given. The pages
are made by nbconvert with newsframe's template (:mod:`newsframe.publish.export`): offline
(no script, charts as embedded PNG), under a Content-Security-Policy, in each notebook's
``lang``.

>>> [p.name for p in discover_notebooks()][:2]
['00_corpus.ipynb', '01_shipment_volumes.ipynb']
"""

import html
import json
import re
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from .. import paths
from ..params import ParameterError
from ..present import pages
from ..present.reviewing import review_summary
from ..store.tables import check_tables


class ReportError(RuntimeError):
    """A notebook failed or a parameter was not valid; the message says which."""


class ReportInputError(ReportError, ParameterError):
    """A parameter, corpus, tables folder or output folder that cannot be used (the CLI
    exits 2); raised before any notebook runs."""


@dataclass
class ReportResult:
    notebook: str
    title: str
    summary: str
    parameters: dict
    seconds: float
    error: str = ""
    outputs: dict = field(default_factory=dict)
    warnings: list = field(default_factory=list)  # what went wrong without failing the page


def discover_notebooks(folder: Path = paths.NOTEBOOKS) -> list[Path]:
    """Notebooks named ``NN_topic.ipynb`` in reading order.

    >>> [p.name[:2] for p in discover_notebooks()][:1]
    ['00']
    """
    return sorted(p for p in Path(folder).glob("[0-9][0-9]_*.ipynb"))


def declared_parameters(notebook: Path) -> dict[str, dict]:
    """Parameters declared in a notebook's ``parameters`` cell (name -> type, default, help)."""
    import papermill

    return papermill.inspect_notebook(str(notebook))


def declared_types(notebooks: list[Path]) -> dict[str, str]:
    """Each parameter's annotation as papermill reads it (``str``, ``Optional[list]``, …),
    from the first notebook that declares it."""
    types: dict[str, str] = {}
    for notebook in notebooks:
        for name, info in declared_parameters(notebook).items():
            types.setdefault(name, info.get("inferred_type_name") or "")
    return types


def check_parameter_names(notebooks: list[Path], parameters: dict) -> dict[Path, dict]:
    """Each notebook's declared parameters; a name in ``parameters`` that no notebook
    declares raises ReportInputError naming the valid ones."""
    declared = {nb: declared_parameters(nb) for nb in notebooks}
    valid = sorted({name for params in declared.values() for name in params})
    unknown = sorted(set(parameters) - set(valid))
    if unknown:
        raise ReportInputError(
            f"unknown parameter(s) {', '.join(unknown)}; valid parameters: {', '.join(valid)}"
        )
    return declared


def check_parameters(notebooks: list[Path], parameters: dict, given: dict | None = None,
                     declared: dict[Path, dict] | None = None) -> dict[Path, dict]:
    """Per notebook, the subset of ``parameters`` and of the runner's ``given`` values
    (``corpus_dir``, ``tables_dir``) it declares; a name in ``parameters`` that no notebook
    declares raises."""
    declared = declared or check_parameter_names(notebooks, parameters)
    everything = {**parameters, **(given or {})}
    return {nb: {k: v for k, v in everything.items() if k in names}
            for nb, names in declared.items()}


def _first_heading(notebook) -> str:
    """The first markdown heading, with the story's title that the cell tagged ``title``
    displayed (``**…**``, drawn from the story pack or the corpus) after a dash."""
    heading = pages.first_heading(notebook)
    for cell in notebook.cells:
        if "title" in cell.get("metadata", {}).get("tags", []):
            for output in cell.get("outputs", []):
                match = re.match(r"\*\*(.+?)\*\*", output.get("data", {}).get("text/markdown", ""))
                if match:
                    story = html.unescape(match.group(1).strip())
                    return f"{heading} — {story}" if heading else story
    return heading


def check_shared_parameters(parameters: dict) -> dict:
    """Check the parameters several notebooks share (``lang``, ``outlets``, ``start``,
    ``end``) once, before any notebook runs: a bad value raises ParameterError naming the
    parameter and the allowed values (instead of every notebook failing on it).

    >>> check_shared_parameters({"lang": "id", "start": "2023-01"})
    {'lang': 'id', 'start': '2023-01'}
    >>> check_shared_parameters({"lang": "fr"})
    Traceback (most recent call last):
    ...
    newsframe.params.ParameterError: parameter 'lang' = 'fr' is not allowed; allowed values: en, id
    """
    from ..params import ParameterError, check_choice, check_window
    from ..present.labels import LANGS

    if "lang" in parameters:
        check_choice("lang", parameters["lang"], LANGS)
    outlets = parameters.get("outlets")
    if outlets is not None and not (isinstance(outlets, str) or (
            isinstance(outlets, list) and all(isinstance(o, str) for o in outlets))):
        raise ParameterError(f"parameter 'outlets' = {outlets!r} is not allowed; allowed "
                             "values: null (all outlets) or a list of outlet names")
    check_window(parameters.get("start"), parameters.get("end"))
    return parameters


def _summary_line(notebook) -> str:
    """Text printed by the cell tagged ``summary`` (first line), else the intro paragraph."""
    for cell in notebook.cells:
        if "summary" in cell.get("metadata", {}).get("tags", []):
            for output in cell.get("outputs", []):
                text = output.get("text") or output.get("data", {}).get("text/plain", "")
                if text.strip():
                    return text.strip().splitlines()[0]
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            paragraphs = [p for p in cell.source.split("\n\n") if p and not p.startswith("#")]
            if paragraphs:
                return " ".join(paragraphs[0].split())
    return ""


# memory addresses, durations, temporary paths, pandas Styler's random table ids
_VOLATILE = re.compile(r"0x[0-9a-f]{6,}|\d+(\.\d+)? ?s\b|/tmp/[\w/.-]+|\bT_[0-9a-f]{5}(?=[_ \"])")


def table_outputs(executed: Path) -> list[str]:
    """Text and HTML outputs (tables, printed lines) of an executed notebook, with memory
    addresses, durations, temporary paths and Styler ids masked: two runs with the same
    parameters must give the same list (images are left out: PNG bytes may differ between
    matplotlib runs).
    """
    import nbformat

    found = []  # [cell index, stream name or None, text]
    for index, cell in enumerate(nbformat.read(executed, as_version=4).cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                # how printed text is cut into stream messages depends on timing: join the
                # consecutive pieces of one stream before comparing
                if found and found[-1][:2] == [index, output.get("name")]:
                    found[-1][2] += output.get("text", "")
                else:
                    found.append([index, output.get("name"), output.get("text", "")])
                continue
            data = output.get("data", {})
            for text in (data.get("text/html"), data.get("text/plain")):
                if text:
                    found.append([index, None, text])
    return [f"{index}: {_VOLATILE.sub('<masked>', text)}" for index, _, text in found if text]


def export_html(executed: Path, hidden_tags=()) -> dict[str, Path]:
    """Write the full and the briefing page next to an executed notebook, in the notebook's
    ``lang``, without the cells tagged with one of ``hidden_tags`` (sections the story pack
    cannot fill, see :func:`newsframe.stories.missing_sections`)."""
    from .export import export_pages

    return export_pages(executed, hidden_tags)


# run silently as the kernel starts (no name bound, no history, no execution count): the
# kernel's tornado log raised to CRITICAL like its own, so no shutdown race reaches the build's
# standard error
QUIET_TORNADO = ("--IPKernelApp.exec_lines="
                 "__import__('logging').getLogger('tornado').setLevel(50)")

# a kernel that dies before it answers kernel_info ran nothing: most often its ports, picked
# free by jupyter_client and bound a moment later by the kernel, were taken in between by
# another process's kernel ("Address already in use"); such a start is tried again
KERNEL_STARTS = 3


def _execute_started(execute, *args, **kwargs):
    """``execute(*args, **kwargs)``, started again (up to :data:`KERNEL_STARTS` times in all)
    while its kernel dies before replying to kernel_info, i.e. before any cell ran.

    >>> calls = []
    >>> def flaky():
    ...     calls.append(1)
    ...     if len(calls) < 2:
    ...         raise RuntimeError("Kernel died before replying to kernel_info")
    ...     return "ran"
    >>> _execute_started(flaky), len(calls)
    ('ran', 2)
    """
    for attempt in range(1, KERNEL_STARTS + 1):
        try:
            return execute(*args, **kwargs)
        except RuntimeError as failure:
            if "before replying to kernel_info" not in str(failure) or \
                    attempt == KERNEL_STARTS:
                raise


def execute_notebook(notebook: Path, out_dir: Path, parameters: dict, warm: bool = False
                     ) -> tuple[Path, str, float]:
    """Execute one notebook into ``out_dir``: the executed copy, the error (or ""), seconds.
    ``warm``: a kernel forked from the kernel server when one runs (see
    :mod:`newsframe.publish.kernels`), else jupyter_client's own."""
    import nbformat
    import papermill
    from traitlets.config import Config

    from .translations import translate_notebook

    executed = Path(out_dir) / notebook.name
    started = time.perf_counter()
    error = ""
    lang = parameters.get("lang", "en")
    # the notebook in the report's language: its prose from the catalog (translations.py)
    source = (str(notebook) if lang == "en" else
              translate_notebook(nbformat.read(notebook, as_version=4), lang))
    log = Path(tempfile.mkstemp(prefix="newsframe-kernel-", suffix=".log")[1])
    try:
        # the kernel starts in the notebook's folder through nbclient's resources, not
        # papermill's `cwd`, which chdir()s the whole process and races between threads
        _execute_started(
            papermill.execute_notebook, source, str(executed), parameters=parameters,
            kernel_name="python3",
            progress_bar=False, log_output=False, request_save_on_cell_execute=False,
            resources={"metadata": {"path": str(notebook.parent)}},
            # the kernel's own log (a TCP warning at start; "KeyboardInterrupt caught" when
            # jupyter_client interrupts it before shutting it down) is noise in a report
            # build: cell errors are in the notebook and a dead kernel raises here. So is
            # tornado's log (ipykernel gives it its own handler on the standard error): at
            # shutdown a status sent on the closed control stream can log a traceback there
            extra_arguments=["--IPKernelApp.log_level=CRITICAL", QUIET_TORNADO],
            # the kernel process's own standard error goes to ``log`` (ReportKernelManager)
            kernel_manager_class=("newsframe.publish.kernels."
                                  f"{'Warm' if warm else 'Report'}KernelManager"),
            config=Config({"ReportKernelManager": {"stderr_log": str(log)}}),
        )
    except papermill.PapermillExecutionError as failure:
        failing = next((c.source for c in nbformat.read(executed, as_version=4).cells
                        if any(o.get("output_type") == "error" for o in c.get("outputs", []))),
                       "")
        first_line = next((line for line in failing.splitlines() if line.strip()), "")
        error = (f"{notebook.name}: cell {failure.exec_count} ({first_line[:80]!r}) "
                 f"raised {failure.ename}: {failure.evalue}")
    except Exception as failure:  # noqa: BLE001 - kernel death etc. is reported, not hidden
        error = f"{notebook.name}: {type(failure).__name__}: {failure}"
    finally:
        said = log.read_text(errors="replace").strip().splitlines() if log.exists() else []
        log.unlink(missing_ok=True)
    if error and said:  # a failed notebook: what its kernel said last may be why
        error += f" (the kernel's last words: {said[-1][:200]})"
    return executed, error, time.perf_counter() - started


def finish_report(notebook: Path, executed: Path, error: str, seconds: float,
                  parameters: dict, tables: Path | None = None, final: Path | None = None,
                  hidden_tags=()) -> ReportResult:
    """Export an executed notebook's HTML (without the cells tagged ``hidden_tags``) and
    read its title and summary line; the injected parameters name the tables folder
    ``tables`` as ``final`` (where a staged build puts it)."""
    import nbformat

    started = time.perf_counter()
    outputs = {}
    title = summary = ""
    if executed.exists():
        if tables and final and tables != final:
            _rename_tables(executed, tables, final)
        outputs = {"ipynb": executed, **export_html(executed, hidden_tags)}
        executed_nb = pages.for_language(nbformat.read(executed, as_version=4))
        title, summary = _first_heading(executed_nb), _summary_line(executed_nb)
        warnings = page_warnings(executed_nb)
    else:
        warnings = []
    return ReportResult(notebook.name, title or notebook.stem, summary, parameters,
                        seconds + time.perf_counter() - started, error, outputs, warnings)


def page_warnings(notebook) -> list[str]:
    r"""The lines a page printed as warnings (starting with
    :data:`newsframe.present.pages.WARNING_MARK`: a row left out for its evidence …), for the
    index: a page that lost a row is built, and says so there too.

    >>> from nbformat.v4 import new_code_cell, new_notebook, new_output
    >>> cell = new_code_cell("x", outputs=[new_output("stream", name="stdout",
    ...     text="⚠ a row of claims was left out\nfine\n")])
    >>> page_warnings(new_notebook(cells=[cell]))
    ['a row of claims was left out']
    """
    found = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            for line in str(output.get("text", "")).splitlines():
                if line.startswith(pages.WARNING_MARK):
                    found.append(line[len(pages.WARNING_MARK):].strip())
    return found


def _rename_tables(executed: Path, staged: Path, final: Path) -> None:
    """Write ``final`` for the staged tables folder in the injected parameters cell."""
    import nbformat
    from papermill.translators import PythonTranslator

    notebook = nbformat.read(executed, as_version=4)
    written = PythonTranslator.translate(str(staged))  # as papermill wrote it
    for cell in notebook.cells:
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            cell.source = cell.source.replace(written, PythonTranslator.translate(str(final)))
    parameters = notebook.metadata.get("papermill", {}).get("parameters", {})
    if parameters.get("tables_dir") == str(staged):
        parameters["tables_dir"] = str(final)
    nbformat.write(notebook, executed)


def build_reports(corpus: str | Path = paths.SEEDS, out_dir: str | Path = paths.REPORTS,
                  parameters: dict | None = None, notebooks: list[Path] | None = None,
                  workers: int = 2, warm_kernels: bool = True,
                  tables_dir: str | Path | None = None, columns=None, wait: bool = False,
                  pdf: bool = False, slides: bool = False, review=None
                  ) -> list[ReportResult]:
    """Run every notebook into ``out_dir`` and write ``index.html``.

    The shared parameters are checked once first (:func:`check_shared_parameters`); with
    ``pdf`` every briefing page is also printed to ``NN_name.briefing.pdf`` by headless
    Chromium (:func:`write_pdfs`) and linked from the index.

    The notebooks read one set of tables: ``tables_dir`` when given (written by
    ``newsframe annotate``), else ``corpus`` (one path or several; ``columns``: the column
    mapping of its exports) annotated first into ``out_dir/tables``. ``review``: an analyst's
    review file, applied while annotating ``corpus`` (default: the ``review.csv`` the corpus
    folder carries), or to a copy of ``tables_dir`` in ``out_dir`` (its review replaced:
    :func:`newsframe.store.review.review_tables`). Kernels are forked from a kernel server
    that has imported the stack (``warm_kernels``, the default; Linux only, see
    :mod:`newsframe.publish.kernels`), else started from scratch by jupyter_client.

    The steps: check the parameters, corpus and tables (ReportInputError, before any
    work); lock ``out_dir`` (and ``tables_dir``; another run writing them: wait when
    ``wait``, else OutputError naming it); build everything into a staging folder next to
    ``out_dir`` (tables, notebooks, HTML, index); move it into place
    (:mod:`newsframe.store.builds`). ``out_dir`` holds the previous build until then,
    and keeps it if the build stops (an error, SIGTERM).

    Raises ReportError naming the failing notebook and cell (after all others finished;
    the build with its failed pages is in place).
    """
    from ..bounded import marked_checked
    from ..params import check_plain_parameters
    from ..store import builds

    parameters = dict(parameters or {})
    try:  # before papermill sees anything: only literal values become code
        check_plain_parameters(parameters)
    except ParameterError as error:
        raise ReportInputError(str(error)) from None
    notebooks = notebooks or discover_notebooks()
    declared = check_parameter_names(notebooks, parameters)
    out = Path(out_dir).absolute()
    corpora = corpus if isinstance(corpus, (list, tuple)) else [corpus]
    corpus_paths = [paths.resolve_path(c).resolve() for c in corpora]
    tables_given = Path(tables_dir).absolute() if tables_dir else None
    keep: list[str] = []
    if tables_given is None:
        missing = [str(c) for c, p in zip(corpora, corpus_paths, strict=True) if not p.exists()]
        if missing:
            raise ReportInputError(f"corpus {', '.join(map(repr, missing))} does not exist; "
                                   "allowed values: folders, files or exports of articles")
    elif out == tables_given or out.is_relative_to(tables_given):
        raise ReportInputError(f"--out {out} is inside the tables folder {tables_given}; "
                               "allowed values: a folder outside it")
    elif tables_given.is_relative_to(out):
        keep = [tables_given.relative_to(out).parts[0]]  # `make report`: reports/tables
    inputs = {"the notebooks": notebooks[0].parent} if notebooks else {}
    if tables_given is None:
        inputs.update({f"the corpus {c}": p for c, p in zip(corpora, corpus_paths, strict=True)})
    builds.check_apart(out, inputs)
    with ExitStack() as stack:
        stack.enter_context(builds.locked(out, wait=wait))
        if tables_given is not None:
            stack.enter_context(builds.locked(tables_given, wait=wait, what="--tables"))
            try:
                builds.clean_stale(tables_given)
                check_tables(tables_given, "--tables ")
            except ParameterError as error:
                raise ReportInputError(str(error)) from None
            # checked whole once: the notebooks check the footers only (and that the
            # tables are still these), see newsframe.bounded.mark_checked
            stack.enter_context(marked_checked(tables_given))
        staging = stack.enter_context(builds.staged(out, keep=keep))
        results, info, tables, story, hidden = _run_notebooks(
            notebooks, staging, out, parameters, declared, corpus_paths, tables_given,
            workers, warm_kernels, columns, review)
        shown = info.get("sources", [str(p) for p in corpus_paths])
        articles = pd.read_parquet(tables / "articles", columns=[
            "article_id", "status", "warnings", "outlet", "published"])
        articles.attrs["skipped_files"] = info.get("skipped_files", [])
        if pdf:  # pages made from the executed notebooks go into `staging` too
            write_pdfs(results, workers)
        if slides:  # the notebooks with slide metadata (04_briefing) as reveal.js decks
            from .slides import write_slides

            for result in results:
                if "ipynb" in result.outputs and (deck := write_slides(
                        result.outputs["ipynb"], hidden)):
                    result.outputs["slides"] = deck
        write_index(results, staging, ", ".join(shown), parameters, articles, story,
                    review_summary(info, parameters.get("lang", "en")))
    failures = [r.error for r in results if r.error]
    if failures:
        raise ReportError("; ".join(failures))
    return results


def _run_notebooks(notebooks: list[Path], staging: Path, out: Path, parameters: dict,
                   declared: dict, corpus_paths: list[Path], tables_given: Path | None,
                   workers: int, warm_kernels: bool, columns=None, review=None
                   ) -> tuple[list[ReportResult], dict, Path, str, set[str]]:
    """Annotate the corpus into ``staging/tables`` unless tables are given (with ``review``:
    a reviewed copy of them there), then run every notebook into ``staging``: (results,
    tables.json, the tables folder, the story line, the tags of the sections the story pack
    cannot fill)."""
    from ..bounded import marked_checked
    from ..store.engines import write_tables
    from ..store.review import write_reviewed
    from .export import warm_exporters
    from .kernels import kernel_server

    folder = notebooks[0].parent if notebooks else None  # where the kernels start
    # the kernel server imports the stack while this process checks and annotates
    with kernel_server(warm_kernels, folder=folder) as server, ExitStack() as marks:
        tables = tables_given or staging / "tables"
        if tables_given is None:  # the story is decided here, once, from the parameter
            write_tables(corpus_paths, tables, columns=columns,
                         story=parameters.get("story", "auto"), review=review)
            # written here from the corpus the user gave: nothing to check whole, and the
            # rows without their evidence already left out (annotate_partition)
            marks.enter_context(marked_checked(tables, evidence=True))
        elif review:  # the given tables stay as they are: a reviewed copy beside the pages
            tables = staging / ("tables-reviewed" if tables_given == out / "tables"
                                else "tables")
            tables.mkdir()
            write_reviewed(tables_given, tables, review)
            marks.enter_context(marked_checked(tables))
            tables_given = None
        info = json.loads((tables / "tables.json").read_text("utf-8"))
        shown = info.get("sources", [str(p) for p in corpus_paths])
        # the pages name the tables where they will be once the build is in place
        final = tables if tables_given else out / tables.name
        given = {"tables_dir": str(tables),
                 "corpus_dir": shown[0] if len(shown) == 1 else str(final)}
        per_notebook = check_parameters(notebooks, parameters, given, declared)
        shown_parameters = {nb: {**values, "tables_dir": str(final)} if "tables_dir" in values
                            else values for nb, values in per_notebook.items()}
        try:  # a pack that cannot be read (the corpus's own story.yaml): one line
            story, hidden = story_line(parameters.get("story", "auto"), tables,
                                       parameters.get("lang", "en"))
        except ParameterError as error:
            raise ReportError(str(error)) from None
        server.ready()
        # IPython is imported lazily by nbconvert's highlighting (the exporters' warm-up) and by
        # papermill's execution; imported here once, before the threads, so two threads never
        # import it at the same time (a race that ends in ``KeyError: 'IPython'``)
        import IPython.lib.lexers  # noqa: F401
        # notebooks run `workers` at a time, the longest first; each one's HTML export waits
        # in one more thread, so the next notebook starts as soon as a kernel is done
        order = run_order(notebooks)
        with (ThreadPoolExecutor(max_workers=1) as exports,
              ThreadPoolExecutor(max_workers=max(1, workers)) as pool):
            exports.submit(warm_exporters)
            pending = dict(zip(order, pool.map(
                lambda nb: exports.submit(finish_report, nb,
                                          *execute_notebook(nb, staging, per_notebook[nb],
                                                            warm_kernels),
                                          shown_parameters[nb], tables, final, hidden),
                order), strict=True))
            results = [pending[nb].result() for nb in notebooks]  # in reading order
    return results, info, tables, story, hidden


def run_order(notebooks: list[Path]) -> list[Path]:
    """The order to start ``notebooks`` in: the most code first (a fair guess at the longest
    run), so that two at a time no long notebook starts last and the build ends with short
    ones; equal sizes keep their reading order.

    >>> [p.name[:2] for p in run_order(discover_notebooks())][:1]
    ['03']
    """
    import nbformat

    def code_size(notebook: Path) -> int:
        cells = nbformat.read(notebook, as_version=4).cells
        return sum(len(cell.source) for cell in cells if cell.cell_type == "code")

    sizes = {notebook: code_size(notebook) for notebook in notebooks}
    return sorted(notebooks, key=lambda notebook: -sizes[notebook])


def story_line(story, tables_dir: Path, lang: str = "en") -> tuple[str, set[str]]:
    """Which story pack the reports use and why (the index's *Story* line), and the tags of
    the sections it cannot fill."""
    from ..present.labels import label, reword, text
    from ..store.tables import check_tables
    from ..stories import missing_sections, recorded_story, story_for

    decided = story_for(recorded_story(check_tables(tables_dir), tables_dir), story)
    chosen, why = decided.story, reword(decided.reason, lang, "story_reason_")
    if chosen is None:
        return (f"{text('index_story_none', lang, reason=why)} "
                f"{label('story_add_statements', lang)}"), missing_sections(None)
    return (f"{chosen.text('title', lang)} ({label('index_pack', lang)} {chosen.slug}; {why})",
            missing_sections(chosen))


def write_pdfs(results: list[ReportResult], workers: int = 2,
               timeout: float | None = None) -> list[ReportResult]:
    """Print each report's briefing page to PDF next to it (``outputs["pdf"]``) with the
    sealed printer (:mod:`newsframe.publish.pdf`), ``workers`` at a time. A page not printed
    within ``timeout`` seconds (default :data:`newsframe.publish.pdf.PAGE_TIMEOUT`), and
    requests a page made that the printer refused, become a warning of that report (a row
    of the index); a print that fails otherwise becomes its error."""
    from . import pdf

    def print_one(result: ReportResult) -> None:
        try:
            printed = pdf.print_pdf(result.outputs["briefing"],
                                    timeout=timeout or pdf.PAGE_TIMEOUT)
        except pdf.PdfTimeout as late:
            result.warnings.append(f"PDF: {late}")
            return
        except (pdf.PdfError, OSError) as failure:
            result.error = "; ".join(filter(None, [result.error, f"PDF: {failure}"]))
            return
        result.outputs["pdf"] = printed.path
        if printed.blocked:
            result.warnings.append(
                f"PDF: the page asked for {len(printed.blocked)} file(s) or address(es) "
                f"outside the report folder, refused: {', '.join(printed.blocked[:3])}"
                + (" …" if len(printed.blocked) > 3 else ""))

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        list(pool.map(print_one, [r for r in results if "briefing" in r.outputs]))
    return results


def write_index(results: list[ReportResult], out: Path, corpus: Path, parameters: dict,
                articles: pd.DataFrame | None = None, story: str = "", review: str = ""
                ) -> Path:
    """index.html: one line per report, the corpus (``articles``: as loaded already) and the
    analyst's review applied (``review``, a line of the load summary), the
    story pack used and why, parameters used and package versions; rendered from a Jinja2
    template with autoescaping (:func:`newsframe.publish.export.render_index`)."""
    from ..present.labels import LANGS, count, label, text, warning_names
    from ..present.versions import package_versions
    from ..read.corpus import load_corpus
    from ..read.summary import warning_summary
    from .export import render_index

    lang = parameters.get("lang") if parameters.get("lang") in LANGS else "en"
    try:
        loaded = load_corpus(corpus) if articles is None else articles
        corpus_line = warning_summary(loaded)
        # the counts and the warnings in words of the report's language
        status = loaded["status"].value_counts()
        rest = corpus_line.split("; ")[1:]
        if rest and rest[0].startswith("warnings: "):
            codes = dict(code.rsplit("=", 1) for code in rest[0].removeprefix(
                "warnings: ").split(", ") if "=" in code)
            rest[0] = text("index_corpus_warnings", lang, codes=warning_names(
                ";".join(codes), lang, codes) if codes else label("index_no_warnings",
                                                                  lang))
        corpus_line = "; ".join([text(
            "summary_corpus", lang, articles=count(len(loaded), "article", lang),
            ok=status.get("ok", 0), warning=status.get("warning", 0),
            error=status.get("error", 0))] + rest)
    except Exception as failure:  # noqa: BLE001 - the index must still be written
        corpus_line = f"could not load: {failure}"
    corpus_line = "; ".join(filter(None, [corpus_line, review]))
    links = (("index_report", "html"), ("index_briefing", "briefing"), ("index_pdf", "pdf"),
             ("index_slides", "slides"), ("index_notebook", "ipynb"))
    items = [{"title": r.title, "summary": r.summary, "error": r.error, "seconds": r.seconds,
              "warnings": r.warnings,
              "links": [(path.name, label(key, lang)) for key, output in links
                        if (path := r.outputs.get(output))]} for r in results]
    page = render_index(
        lang=lang, title=label("index_title", lang), corpus=str(corpus),
        corpus_line=corpus_line, story=story,
        parameters=(json.dumps(parameters, ensure_ascii=False, default=str) if parameters
                    else label("index_defaults", lang)),
        labels={key: label(f"index_{key}", lang) for key in (
            "corpus", "story", "parameters", "failed", "warning", "versions")},
        items=items, versions=list(package_versions().itertuples(index=False)),
        generated=f"{label('index_generated', lang)} {datetime.now(UTC):%Y-%m-%d %H:%M} UTC.")
    target = out / "index.html"
    target.write_text(page, encoding="utf-8")
    return target
