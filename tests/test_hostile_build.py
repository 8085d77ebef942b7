"""One report build with ``--pdf`` from a hostile corpus (tests/hostile_corpus.py), checked as
an attacker would hope it fails: in headless Chromium no element or attribute the hostile
values made exists in any page and nothing outside the report folder is requested; no local
file's text is in any PDF; no process of the build grows past 1.5 GB; every bad item is
named. The bombs kept apart from the corpus (an alias-bomb story.yaml, a decompression-bomb
Parquet part) are refused in one line each, within the same memory bound."""

import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from newsframe import paths

from . import hostile_corpus
from .present.chromium_pages import Chromium

pytestmark = [pytest.mark.browser, pytest.mark.notebook]
MAX_RSS_MB = 1536

# every element, attribute and URL of a page that newsframe did not put there
FIND_INJECTED = """(() => {
  const found = [];
  const ownLink = /^(#[^\\s]*|[\\w.-]+\\.(html|ipynb|pdf))$/;
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'frame', 'object', 'embed', 'svg', 'nf-evil', 'base', 'form',
         'link', 'meta[http-equiv=refresh]'].includes(tag)) found.push('element ' + tag);
    for (const attribute of el.attributes) {
      if (attribute.name.startsWith('on') || attribute.name === 'data-pwned')
        found.push(tag + ' @' + attribute.name);
    }
    const href = el.getAttribute('href');
    if (href !== null && !ownLink.test(href)) found.push(tag + ' href=' + href);
    const src = el.getAttribute('src');
    if (src !== null && !src.startsWith('data:image/png;base64,')) found.push(tag + ' src=' + src);
  }
  if (document.title.includes('PWNED')) found.push('title ' + document.title);
  return JSON.stringify(found);
})()"""


def peak_rss(process: subprocess.Popen, peaks: dict) -> None:
    """Until ``process`` ends, the peak resident memory (VmHWM) of it and every process
    below it, sampled every 0.2 s: pid -> (name, MB)."""
    while process.poll() is None:
        parents = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text()
                    parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
                except (OSError, ValueError, IndexError):
                    continue
        tree, grown = {process.pid}, True
        while grown:
            below = {pid for pid, parent in parents.items() if parent in tree} - tree
            grown, tree = bool(below), tree | below
        for pid in tree:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            name = re.search(r"^Name:\s*(.+)$", status, re.M).group(1)
            found = re.search(r"^VmHWM:\s*(\d+) kB", status, re.M)
            if found:
                peaks[pid] = (name, max(peaks.get(pid, (name, 0))[1], int(found[1]) // 1024))
        time.sleep(0.2)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    expected = hostile_corpus.write_corpus(root / "corpus")
    out = root / "reports"
    process = subprocess.Popen(
        [sys.executable, "-m", "newsframe.publish.cli", "report", "--corpus",
         str(root / "corpus"), "--out", str(out), "--pdf"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peaks: dict = {}
    sampler = threading.Thread(target=peak_rss, args=(process, peaks))
    sampler.start()
    stdout, stderr = process.communicate(timeout=600)
    sampler.join()
    return {"root": root, "out": out, "expected": expected, "code": process.returncode,
            "stderr": stderr, "stdout": stdout, "peaks": peaks}


def test_every_page_is_built_and_every_bad_item_named(hostile):
    out, expected = hostile["out"], hostile["expected"]
    assert hostile["code"] == 0, hostile["stderr"][-3000:]
    names = [p.stem for p in sorted(Path(__file__).parents[1].glob("notebooks/[0-9]*.ipynb"))]
    for name in names:
        for suffix in (".html", ".briefing.html", ".briefing.pdf"):
            assert (out / f"{name}{suffix}").is_file(), name + suffix
    index = (out / "index.html").read_text("utf-8")
    assert "page too large (1)" in index and "export/2 (bad_record), export/3 (bad_record)" in index
    corpus = json.dumps(json.loads((out / "00_corpus.ipynb").read_text("utf-8"))["cells"])
    assert "tag_heavy" in corpus and "page too large; markup removed" in corpus
    for notebook in ("01_shipment_volumes", "04_briefing"):
        page = (out / f"{notebook}.briefing.html").read_text("utf-8")
        left_out = re.search(r"Left out of the story pack's statements: ([^<]*)", page)[1]
        for problem in expected["bad"]["statements"]:
            assert problem.replace("'", "&#x27;") in left_out or problem in left_out, problem


def test_no_page_holds_an_injected_element_or_asks_for_anything_outside(hostile):
    out = hostile["out"]
    browser = Chromium()
    try:
        for page in sorted(out.glob("*.html")):
            found = browser.measure(page)
            outside = [url for url in found["requests"]
                       if not url.startswith(out.as_uri() + "/")]
            assert outside == [], (page.name, outside)
            injected = json.loads(browser.call(
                "Runtime.evaluate", expression=FIND_INJECTED,
                returnByValue=True)["result"]["value"])
            assert injected == [], (page.name, injected[:5])
            assert hostile["expected"]["payload"][:40] in browser.call(
                "Runtime.evaluate", expression="document.body.innerText",
                returnByValue=True)["result"]["value"], page.name  # shown, as text
    finally:
        browser.close()


def test_no_local_file_in_any_pdf(hostile):
    pdfs = sorted(hostile["out"].glob("*.pdf"))
    assert len(pdfs) == 6
    for path in pdfs:
        text = " ".join(page.extract_text() for page in PdfReader(path).pages)
        assert hostile_corpus.CANARY not in text and "root:x:0:0" not in text, path.name
    assert "PWNED" not in hostile["stderr"]
    assert "outside the report folder" not in hostile["stderr"]  # no page even asked


def test_no_process_of_the_build_grows_past_the_bound(hostile):
    peaks = hostile["peaks"]
    assert any("chrom" in name for name, _ in peaks.values())  # the printer was seen
    biggest = max(peaks.values(), key=lambda item: item[1])
    assert biggest[1] < MAX_RSS_MB, sorted(peaks.values(), key=lambda item: -item[1])[:5]


def run_bounded(tmp_path, *argv):
    """A newsframe command: its exit code, stderr and peak memory (MB)."""
    process = subprocess.Popen([sys.executable, "-m", "newsframe.publish.cli", *argv],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               cwd=tmp_path)
    peaks: dict = {}
    sampler = threading.Thread(target=peak_rss, args=(process, peaks))
    sampler.start()
    _, stderr = process.communicate(timeout=300)
    sampler.join()
    return process.returncode, stderr, max(mb for _, mb in peaks.values())


def test_the_bombs_beside_the_corpus_are_refused_in_one_line(tmp_path):
    bombs = hostile_corpus.write_bombs(tmp_path / "bombs")
    code, stderr, peak = run_bounded(tmp_path, "report", "--tables", str(bombs["tables"]),
                                     "--out", str(tmp_path / "out"))
    assert code == 2 and len(stderr.strip().splitlines()) == 1, stderr
    assert f"table file {bombs['part']} is not read: its text decodes to more than" in stderr
    assert peak < MAX_RSS_MB
    code, stderr, peak = run_bounded(tmp_path, "report", "--corpus", str(paths.SEEDS),
                                     "--out", str(tmp_path / "out2"), "-p", "story",
                                     str(bombs["pack"]))
    assert code == 2 and len(stderr.strip().splitlines()) == 1, stderr
    assert "story.yaml: cannot be read (an anchor or alias" in stderr
    assert peak < MAX_RSS_MB
