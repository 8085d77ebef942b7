"""The newsframe command line: formats, summary on stderr, --strict, report parameters."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from newsframe import paths
from newsframe.publish import cli


def _run(*args):
    return subprocess.run([sys.executable, "-m", "newsframe.publish.cli", *args],
                          capture_output=True, text=True, timeout=120)


def test_corpus_prints_seeds_as_csv_without_text_and_summary_on_stderr():
    result = _run("corpus")
    assert result.returncode == 0
    table = pd.read_csv(io.StringIO(result.stdout), dtype=str, keep_default_na=False)
    assert len(table) == 5 and "body" not in table.columns
    assert list(table["outlet"]) == ["Liputan6.com", "KompasTV", "Tribunnews.com",
                                     "IndonesiaSatu.co", "NEWSLIVE"]
    assert list(table["published"]) == ["2023-10-13", "2022-11-03", "", "2023-09-12",
                                        "2023-11-01"]
    assert result.stderr.strip().splitlines()[-1] == (
        "newsframe: 5 articles (2 ok, 3 warning, 0 error); warnings: later_date_in_text=1, "
        "no_publication_date=1, no_title=1, weekday_mismatch=1")


def test_formats_and_with_text(tmp_path):
    assert cli.main(["corpus", "--format", "jsonl", "--with-text", "-o",
                     str(tmp_path / "c.jsonl")]) == 0
    rows = [json.loads(line) for line in (tmp_path / "c.jsonl").read_text().splitlines()]
    assert rows[0]["body"].startswith("Liputan6.com, Washington -")
    assert cli.main(["corpus", "--format", "parquet", "-o", str(tmp_path / "c.parquet")]) == 0
    assert len(pd.read_parquet(tmp_path / "c.parquet")) == 5


def test_strict_exits_one_on_error_rows(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "ok.txt").write_text("Judul\nIsi yang ada di sini dan itu.")
    assert _run("corpus", str(tmp_path)).returncode == 0
    result = _run("corpus", str(tmp_path), "--strict")
    assert result.returncode == 1
    assert "1 error" in result.stderr


def test_report_rejects_unknown_parameter_naming_valid_ones(tmp_path):
    result = _run("report", "--out", str(tmp_path), "-p", "colour", "red")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "unknown parameter(s) colour; valid parameters:" in result.stderr
    assert "corpus_dir" in result.stderr and "lang" in result.stderr


def test_report_process_skips_the_iri_grammar_notebook_schemas_never_use(tmp_path):
    import re
    from pathlib import Path

    import nbformat

    def format_keywords(node):  # "format": "iri" is a keyword; "format": {...} a property
        if isinstance(node, dict):
            yield from ([node["format"]] if isinstance(node.get("format"), str) else [])
            for value in node.values():
                yield from format_keywords(value)
        elif isinstance(node, list):
            for value in node:
                yield from format_keywords(value)

    # jsonschema's IRI checks serve "format" keywords; nbformat's schemas have none
    schemas = list(Path(nbformat.__file__).parent.rglob("*.json"))
    assert len(schemas) > 5
    assert [k for s in schemas for k in format_keywords(json.loads(s.read_text()))] == []
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "newsframe.publish.cli",
                             "report", "--out", str(tmp_path), "-p", "colour", "red"],
                            capture_output=True, text=True, timeout=120)
    assert "unknown parameter(s) colour" in result.stderr  # got as far as reading notebooks
    imported = re.findall(r"^import time:.*\|\s+([\w.]+)$", result.stderr, re.M)
    assert "jsonschema" in imported  # ...but not the grammar behind rfc3987_syntax
    assert not [m for m in imported if m == "lark" or m.startswith("rfc3987_syntax.")]


def test_report_kernels_are_warm_unless_fresh_kernels():
    parser = cli.build_parser()
    assert parser.parse_args(["report"]).warm_kernels is True
    assert parser.parse_args(["report", "--warm-kernels"]).warm_kernels is True
    assert parser.parse_args(["report", "--fresh-kernels"]).warm_kernels is False


@pytest.mark.parametrize(("args", "slides", "lang"), [
    ([], False, None), (["--slides"], True, None), (["--slides", "-p", "lang", "id"], True, "id")])
def test_report_slides_option_reaches_the_build(tmp_path, monkeypatch, capsys, args, slides,
                                                lang):
    """``--slides`` asks the build for the decks (the real build: tests/present/test_pages)."""
    from newsframe.publish import reports

    asked = {}

    def build(corpora, out, parameters, **options):
        asked.update(parameters=parameters, **options)
        return []

    monkeypatch.setattr(reports, "build_reports", build)
    parsed = cli.build_parser().parse_args(["report", "--out", str(tmp_path), *args])
    assert parsed.handler(parsed) == 0
    assert asked["slides"] is slides and asked["parameters"].get("lang") == lang
    assert capsys.readouterr().out == f"Open {tmp_path / 'index.html'}\n"


def test_report_reads_a_params_file(tmp_path):
    (tmp_path / "params.yaml").write_text("shade: blue\n")
    result = _run("report", "--out", str(tmp_path), "-f", str(tmp_path / "params.yaml"))
    assert result.returncode == 2 and "unknown parameter(s) shade" in result.stderr


def test_report_prints_one_line_per_notebook_and_no_kernel_noise(tmp_path):
    result = _run("report", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr[-2000:]
    lines = (result.stderr + result.stdout).strip().splitlines()
    assert lines[0].startswith("newsframe annotate: read [") and "5 articles" in lines[0]
    assert lines[1].startswith("newsframe annotate: annotate [") and "5 articles" in lines[1]
    assert [line.split(":")[0] for line in lines[2:-1]] == [
        "00_corpus.ipynb", "01_shipment_volumes.ipynb", "02_timeline.ipynb", "03_framing.ipynb",
        "04_briefing.ipynb", "05_read_articles.ipynb"]
    assert "14 claims on containers, shells in 4 articles" in lines[3]
    assert lines[-1] == f"Open {tmp_path / 'index.html'}"


def test_default_path_is_the_seeds():
    assert cli.build_parser().parse_args(["corpus"]).paths == []
    assert paths.SEEDS.exists()


@pytest.mark.parametrize("command, rows, column", [
    ("claims", 22, "claimant"), ("events", 42, "expression"), ("sources", 60, "verb_class"),
    ("frames", 243, "cue"),
])
def test_annotation_commands_write_their_tables(tmp_path, command, rows, column):
    target = tmp_path / f"{command}.csv"
    assert cli.main([command, "-o", str(target)]) == 0
    table = pd.read_csv(target, dtype=str, keep_default_na=False)
    assert len(table) == rows and {"article_id", "start", "end", "sentence", column} <= set(
        table.columns)


def _payload(target) -> str:
    import base64

    code = f'a" + str(__import__("pathlib").Path("{target}").touch()) + "'
    return base64.b64encode(code.encode()).decode()


@pytest.mark.parametrize("how", ["file", "file-list", "p-list"])
def test_report_runs_no_code_from_yaml_tags(tmp_path, how):
    target = tmp_path / "pwned"
    if how == "p-list":
        options = ["-p", "outlets", f"[!!binary {_payload(target)}]"]
    else:
        text = (f"lang: !!binary {_payload(target)}\n" if how == "file"
                else f"outlets: [!!binary {_payload(target)}]\n")
        (tmp_path / "params.yaml").write_text(text)
        options = ["-f", str(tmp_path / "params.yaml")]
    result = _run("report", "--out", str(tmp_path / "out"), *options)
    assert result.returncode == 2
    message = result.stderr.strip()
    assert "\n" not in message and "Traceback" not in message
    assert "the tag !!binary is not allowed" in message
    assert not target.exists() and not (tmp_path / "out").exists()


@pytest.mark.parametrize("text, message", [
    ("lang: !!python/object:os.system ls\n", "the tag !!python/object:os.system is not allowed"),
    ("lang: [unclosed\n", "is not valid YAML"),
    ("1: x\n", "parameter name '1' is not text"),
    ("corpus_dir: [a, b]\n", "parameter 'corpus_dir' must be text"),
    ("a: &x [*x]\n", "an alias (*name) is not allowed"),
])
def test_report_parameter_file_errors_are_one_line_exit_2(tmp_path, text, message):
    (tmp_path / "params.yaml").write_text(text)
    result = _run("report", "--out", str(tmp_path / "out"), "-f", str(tmp_path / "params.yaml"))
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_report_missing_parameter_file_is_one_line(tmp_path):
    result = _run("report", "--out", str(tmp_path / "out"), "-f", str(tmp_path / "nope.yaml"))
    assert result.returncode == 2
    assert result.stderr.strip() == (f"newsframe report: cannot read parameters file "
                                     f"{tmp_path / 'nope.yaml'}: No such file or directory")


NEWSFRAME = str(Path(sys.executable).with_name("newsframe"))  # the installed console script


def _error_case(tmp_path, case):
    """(arguments, text the one line must hold) of one error case, its files made."""
    params = tmp_path / "params.yaml"
    tables = tmp_path / "tables"
    texts = {
        "yaml-syntax": ("lang: [unclosed\n", "is not valid YAML (line 2"),
        "python-object": ("lang: !!python/object:os.system ls\n",
                          "the tag !!python/object:os.system is not allowed"),
        "alias-cycle": ("a: &x [*x]\n", "parameter 'a' in"),
        "non-string-key": ("1: x\n", "parameter name '1' is not text"),
        "corpus-list": ("corpus_dir: [a, b]\n", "parameter 'corpus_dir' must be text"),
    }
    if case in texts:
        params.write_text(texts[case][0])
        return ["report", "--out", str(tmp_path / "out"), "-f", str(params)], texts[case][1]
    (tmp_path / "a_file").write_text("x")
    if case == "out-is-a-file":
        return ["report", "--out", str(tmp_path / "a_file")], f"{tmp_path / 'a_file'} is a file"
    if case == "out-under-a-file":
        return (["report", "--out", str(tmp_path / "a_file" / "out")],
                f"is inside {tmp_path / 'a_file'}, which is a file")
    if case == "out-read-only":  # root passes chmod; sysfs refuses new files even to root
        return ["report", "--out", "/sys/newsframe-out"], "cannot write --out /sys/newsframe-out"
    if case == "out-in-proc":
        return ["annotate", "--out", "/proc/newsframe-out"], "cannot write --out /proc/newsf"
    if case == "missing-params-file":
        return (["report", "--out", str(tmp_path / "out"), "-f", str(tmp_path / "nope.yaml")],
                f"cannot read parameters file {tmp_path / 'nope.yaml'}")
    if case == "unknown-parameter":
        return ["report", "--out", str(tmp_path / "out"), "-p", "colour", "red"], \
            "unknown parameter(s) colour; valid parameters: "
    if case == "badly-typed-parameter":
        return ["report", "--out", str(tmp_path / "out"), "-p", "top_n", "ten"], \
            "parameter 'top_n' = 'ten' is not allowed; allowed values: a whole number"
    if case == "claims-unknown-path":
        return ["claims", str(tmp_path / "nosuch")], f"corpus path '{tmp_path / 'nosuch'}'"
    if case == "annotate-unknown-path":
        return (["annotate", str(tmp_path / "nosuch"), "--out", str(tables)],
                f"corpus path '{tmp_path / 'nosuch'}'")
    if case == "report-unknown-corpus":
        return (["report", "--corpus", str(tmp_path / "nosuch"), "--out", str(tmp_path / "o")],
                f"corpus path '{tmp_path / 'nosuch'}' does not exist")
    if case == "tables-without-tables-json":
        tables.mkdir()
        return (["report", "--tables", str(tables), "--out", str(tmp_path / "out")],
                "holds no tables.json")
    if case == "tables-json-unreadable":
        tables.mkdir()
        (tables / "tables.json").write_text("{")
        return (["report", "--tables", str(tables), "--out", str(tmp_path / "out")],
                f"{tables / 'tables.json'} cannot be read")
    if case == "tables-truncated-part":
        from newsframe.store.engines import write_tables

        write_tables([paths.SEEDS], tables, progress=None)
        part = tables / "events" / "part-00000.parquet"
        part.write_bytes(part.read_bytes()[:-100])
        return (["report", "--tables", str(tables), "--out", str(tmp_path / "out")],
                f"table file {part} is truncated or corrupt")
    if case == "out-holds-the-corpus":  # a build replaces its folder: never the input's
        (tmp_path / "corpus").mkdir()
        return (["report", "--corpus", str(tmp_path / "corpus"), "--out", str(tmp_path)],
                f"--out {tmp_path} holds the corpus {tmp_path / 'corpus'}")
    if case == "usage":
        return ["report", "--no-such-option"], "unrecognized arguments: --no-such-option"
    raise AssertionError(case)


@pytest.mark.parametrize("case", [
    "yaml-syntax", "python-object", "alias-cycle", "non-string-key", "corpus-list",
    "out-is-a-file", "out-under-a-file", "out-read-only", "out-in-proc", "missing-params-file",
    "unknown-parameter", "badly-typed-parameter", "claims-unknown-path",
    "annotate-unknown-path", "report-unknown-corpus", "tables-without-tables-json",
    "tables-json-unreadable", "tables-truncated-part", "out-holds-the-corpus", "usage"])
def test_every_error_is_one_line_exit_2_and_debug_shows_the_traceback(tmp_path, case):
    arguments, culprit = _error_case(tmp_path, case)
    result = subprocess.run([NEWSFRAME, *arguments], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and culprit in lines[0], result.stderr
    assert lines[0].startswith("newsframe") and "Traceback" not in result.stderr
    if case.startswith("tables-"):
        assert "newsframe annotate" in lines[0]
    assert not (tmp_path / "out").exists() and not list(tmp_path.glob(".*"))
    if case in ("python-object", "out-read-only", "claims-unknown-path", "unknown-parameter"):
        debug = subprocess.run([NEWSFRAME, *arguments[:1], "--debug", *arguments[1:]],
                               capture_output=True, text=True, timeout=120)
        assert debug.returncode == 2
        assert "Traceback (most recent call last)" in debug.stderr
        assert debug.stderr.strip().splitlines()[-1] == lines[0]


@pytest.mark.parametrize(("args", "message"), [
    (["-p", "lang", "fr"], "parameter 'lang' = 'fr' is not allowed; allowed values: en, id"),
    (["-p", "start", "2024-13"], "parameter 'start'"),
    (["-p", "outlets", "[1, 2]"], "parameter 'outlets'"),
])
def test_report_checks_shared_parameters_once_before_any_notebook(tmp_path, args, message):
    result = _run("report", "--out", str(tmp_path / "out"), *args)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert not list(tmp_path.glob("out/*.ipynb"))  # no notebook ran


@pytest.mark.parametrize("args", [["claims", "nosuch"], ["corpus", "nosuch"],
                                  ["report", "--tables", "nosuch"],
                                  ["report", "--corpus", "nosuch"],
                                  ["claims", "seeds", "-o", "/nonexistent/dir/x.csv"]])
def test_missing_paths_are_one_line_exit_2(args):
    result = _run(*args)
    lines = [line for line in result.stderr.strip().splitlines()
             if not line.startswith("newsframe: 5 articles")]  # the summary of what was read
    assert result.returncode == 2 and len(lines) == 1, result.stderr
    assert "nosuch" in lines[0] or "/nonexistent/dir/x.csv" in lines[0]
    assert "Traceback" not in result.stderr


def test_annotate_takes_the_story_once_and_a_bad_one_is_one_line(tmp_path):
    result = _run("annotate", str(paths.SEEDS), "--out", str(tmp_path / "t"), "--story", "none")
    assert result.returncode == 0, result.stderr[-2000:]
    info = json.loads((tmp_path / "t" / "tables.json").read_text())
    assert (info["story"]["slug"], info["story"]["source"]) == ("", "none")
    result = _run("annotate", str(paths.SEEDS), "--out", str(tmp_path / "u"), "--story", "x")
    assert result.returncode == 2 and result.stderr.strip() == (
        "newsframe annotate: parameter 'story' = 'x' is not allowed; allowed values: auto, "
        "none, korea-russia-arms, or a folder holding a story.yaml")


def test_csv_exports_cannot_run_in_a_spreadsheet_unless_raw(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "=HYPERLINK(1).txt").write_text(
        "=HYPERLINK(\"http://example.invalid\",\"klik\")\n\nKirby mengatakan 1.000 kontainer "
        "dikirim ke Rusia.\n")
    safe = _run("corpus", str(corpus), "-o", str(tmp_path / "safe.csv"))
    raw = _run("corpus", str(corpus), "--raw-csv", "-o", str(tmp_path / "raw.csv"))
    assert safe.returncode == raw.returncode == 0
    safe_row = pd.read_csv(tmp_path / "safe.csv", dtype=str).iloc[0]
    raw_row = pd.read_csv(tmp_path / "raw.csv", dtype=str).iloc[0]
    assert safe_row["title"] == "'=HYPERLINK(\"http://example.invalid\",\"klik\")"
    assert safe_row["article_id"] == "'=HYPERLINK(1)"
    assert raw_row["title"] == "=HYPERLINK(\"http://example.invalid\",\"klik\")"
    assert cli.main(["annotate", str(corpus), "--out", str(tmp_path / "t"), "--format",
                     "csv"]) == 0
    articles = (tmp_path / "t" / "articles.csv").read_text()
    assert "'=HYPERLINK(1)" in articles and "\n=HYPERLINK" not in articles


def test_review_init_writes_the_file_and_annotate_applies_it(tmp_path, capsys):
    review = tmp_path / "review.csv"
    assert cli.main(["review", "init", "seeds", "--out", str(review)]) == 0
    assert "22 claims and 60 attributed statements" in capsys.readouterr().err
    rows = pd.read_csv(review, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    rows.loc[rows["claimant"] == "analysts", ["decision", "reviewer"]] = ["confirm", "Ana"]
    rows.loc[1, ["decision", "qualifier"]] = ["correct", "roughly"]
    rows.to_csv(review, index=False, encoding="utf-8-sig")
    assert cli.main(["annotate", "seeds", "--out", str(tmp_path / "t"), "--review",
                     str(review)]) == 0
    line = capsys.readouterr().err.strip().splitlines()[-1]
    assert line == (f"newsframe annotate: analyst review {review.resolve()}: claims 1 "
                    "confirmed; 1 review problem (bad_value: 1)")
    # from the tables: the same rows, the decision kept; an existing file keeps its decisions
    again = tmp_path / "again.csv"
    assert cli.main(["review", "init", "--tables", str(tmp_path / "t"), "--out",
                     str(again)]) == 0
    back = pd.read_csv(again, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert len(back) == 82 and back["decision"].tolist().count("confirm") == 1
    assert cli.main(["review", "init", "seeds", "--out", str(review)]) == 0
    assert "kept 2 decisions of the file it replaces" in capsys.readouterr().err


@pytest.mark.parametrize("args", [
    ["annotate", "seeds", "--out", "{tmp}/t", "--review", "{tmp}/nosuch.csv"],
    ["report", "--out", "{tmp}/o", "--review", "{tmp}/nosuch.csv"],
    ["review", "init", "seeds", "--out", "{tmp}/notes.txt"],
    ["review", "init", "seeds", "--tables", "{tmp}", "--out", "{tmp}/r.csv"],
])
def test_review_errors_are_one_line_and_nothing_is_overwritten(tmp_path, args):
    (tmp_path / "notes.txt").write_bytes(b"\xff\xfe not a review file")
    result = _run(*[a.format(tmp=tmp_path) for a in args])
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1, result.stderr
    assert "nosuch.csv" in lines[0] or "notes.txt" in lines[0] or "PATH" in lines[0]
    assert (tmp_path / "notes.txt").read_bytes() == b"\xff\xfe not a review file"
    assert not (tmp_path / "o").exists() and not (tmp_path / "t").exists()
