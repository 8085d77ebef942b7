"""Saved pages: HTML pages per second through load (trafilatura + htmldate + the text
cleaning) and annotate, against the same articles as plain text.

    .venv/bin/python benchmarks/bench_pages.py                 # 300 pages
    .venv/bin/python benchmarks/bench_pages.py --pages 1000 --write-docs

The pages are the six fixture pages of tests/fixtures/inputs/html (Kompas, detik, Tribun,
CNN Indonesia, Liputan6, Okezone templates) with their headline and body paragraphs replaced
by synthetic articles (benchmarks/synthetic.py): page ``i`` is template ``i % 6`` holding
article ``i``. No network. Each run writes the pages and the same articles as ``.txt`` to a
temporary folder, and times ``load_corpus`` and ``annotate`` on each in a fresh process
(CPU time; the machine is shared).
"""

import argparse
import html
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import perfdoc  # noqa: E402
import synthetic  # noqa: E402

import newsframe as nf  # noqa: E402

PAGES = perfdoc.ROOT / "tests" / "fixtures" / "inputs" / "html"
SECTION = "Saved pages: load and annotate"


def _templates() -> list[tuple[str, str, str, list[str], str]]:
    """(name, page text, title, body paragraphs, encoding) of each fixture page."""
    out = []
    for page in sorted(p for p in PAGES.iterdir() if ".expected." not in p.name):
        stem = page.name.rsplit(".", 1)[0]
        title, body = (PAGES / f"{stem}.expected.txt").read_text("utf-8").split("\n\n", 1)
        encoding = "cp1252" if "cp1252" in stem else "utf-8"
        text = page.read_bytes().decode(encoding)
        paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
        out.append((page.name, text, title.strip(), paragraphs, encoding))
    return out


def _in_body(text: str, paragraph: str) -> tuple[int, int]:
    """Span of ``paragraph`` as the page shows it: right after a tag (not inside a meta
    description or JSON-LD, which start after a quote), inline markup allowed between its
    words."""
    words = [re.escape(html.escape(word, quote=False)) for word in paragraph.split()]
    inline = r"(?:\s|<[^>]+>)+"  # spaces, or inline markup such as <strong>…</strong>
    found = list(re.finditer(r"(?<=>)\s*(" + inline.join(words) + ")", text))
    if not found:
        raise ValueError(f"template paragraph not found: {paragraph[:40]}")
    return found[-1].span(1)


def _fill(template, title: str, paragraphs: list[str]) -> bytes:
    """The template page holding ``title`` and ``paragraphs`` (HTML-escaped) where its own
    headline and body were: the new paragraphs go where the first old one was, joined the
    way the template joins two paragraphs (``</p><p>``, ``<br><br>``), the other old ones
    are removed."""
    _, text, old_title, old, encoding = template
    text = text.replace(html.escape(old_title, quote=False), html.escape(title, quote=False))
    spans = [_in_body(text, paragraph) for paragraph in old]
    gap, first = min((spans[i + 1][0] - spans[i][1], i) for i in range(len(spans) - 1))
    separator = text[spans[first][1]:spans[first + 1][0]]
    new = separator.join(html.escape(p, quote=False) for p in paragraphs)
    pieces, last = [], 0
    for index, (start, end) in enumerate(spans):
        pieces += [text[last:start], new if index == 0 else ""]
        last = end
    return ("".join(pieces) + text[last:]).encode(encoding, errors="xmlcharrefreplace")


def write_pages(folder: Path, n: int, seed: int = 0) -> tuple[Path, Path]:
    """``n`` pages into ``folder/pages`` and the same articles as text into ``folder/text``."""
    templates = _templates()
    pages, texts = folder / "pages", folder / "text"
    pages.mkdir(parents=True, exist_ok=True)
    texts.mkdir(parents=True, exist_ok=True)
    for index, (name, article) in enumerate(synthetic.generate_corpus(n, seed=seed)):
        lines = [line.strip() for line in article.split("\n") if line.strip()]
        template = templates[index % len(templates)]
        suffix = ".txt" if template[0].endswith(".txt") else ".html"
        (pages / f"page_{index:06d}{suffix}").write_bytes(_fill(template, lines[0], lines[1:]))
        (texts / name).write_text(article, encoding="utf-8")
    return pages, texts


def _timed(function, *args):
    started = time.process_time()
    result = function(*args)
    return result, time.process_time() - started


def measure_folder(folder) -> dict:
    """Load and annotate one folder in this process (CPU seconds)."""
    nf.annotate(nf.load_corpus())  # compile the lexicons before any timing
    articles, load_seconds = _timed(nf.load_corpus, folder)
    tables, annotate_seconds = _timed(nf.annotate, articles)
    return {"load_s": round(load_seconds, 2), "annotate_s": round(annotate_seconds, 2),
            "errors": int((articles["status"] == "error").sum()),
            "extracted": int(articles["warnings"].str.contains("html_extracted").sum()),
            "claims": len(tables["claims"]), "words": int(articles["n_words"].sum())}


def measure(n: int = 300, seed: int = 0) -> dict:
    """Pages per second through load and annotate, for pages and for the same texts, each
    in a fresh process (the annotators remember the texts they split: a second pass over
    the same bodies in one process would be faster)."""
    with tempfile.TemporaryDirectory(prefix="nf-pages-") as scratch:
        pages, texts = write_pages(Path(scratch), n, seed)
        result = {"pages": n}
        for kind, folder in (("html", pages), ("txt", texts)):
            child = subprocess.run([sys.executable, __file__, "--folder", str(folder)],
                                   capture_output=True, text=True, check=True)
            result[kind] = json.loads(child.stdout.strip().splitlines()[-1])
    return result


def render(result: dict) -> str:
    rows = []
    for kind, label in (("html", "saved pages (.html)"), ("txt", "the same articles (.txt)")):
        part = result[kind]
        total = part["load_s"] + part["annotate_s"]
        rows.append([label, f"{result['pages']:,}", f"{part['load_s']:.2f}",
                     f"{result['pages'] / max(part['load_s'], 1e-9):,.0f}",
                     f"{part['annotate_s']:.2f}",
                     f"{result['pages'] / max(total, 1e-9):,.0f}", f"{part['claims']:,}",
                     str(part["errors"])])
    table = perfdoc.markdown_table(
        ["input", "articles", "load s", "load /s", "annotate s", "load + annotate /s",
         "claims", "errors"], rows)
    html_part, text_part, n = result["html"], result["txt"], result["pages"]
    return (f"{perfdoc.machine_description()}; revision {perfdoc.git_revision()}; "
            f"`benchmarks/bench_pages.py --pages {result['pages']}`, CPU seconds, each input "
            "in a fresh process.\n\n" + table + "\n\n"
            f"{html_part['extracted']:,} of {result['pages']:,} pages went through "
            f"trafilatura; they gave {html_part['claims']:,} claims, their texts "
            f"{text_part['claims']:,}"
            f"{' (the same)' if html_part['claims'] == text_part['claims'] else ''}. "
            "Extraction (trafilatura, the page's metadata, htmldate where the page has no "
            f"date) costs {1000 * (html_part['load_s'] - text_part['load_s']) / n:.1f} ms a "
            "page over reading the same article as text.\n")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--write-docs", action="store_true")
    parser.add_argument("--folder", help=argparse.SUPPRESS)  # one measurement (child)
    args = parser.parse_args(argv)
    if args.folder:
        print(json.dumps(measure_folder(args.folder)))
        return 0
    result = measure(args.pages, args.seed)
    print(json.dumps(result, indent=1))
    text = render(result)
    print(text)
    if args.write_docs:
        print(f"wrote {perfdoc.replace_section(SECTION, text)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
