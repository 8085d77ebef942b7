"""Real report builds (`newsframe annotate` + `newsframe report`) on a second story and on a
corpus that matches no story pack: honest reports about *that* story, and no page mentions
the seed story."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from newsframe import paths

STORIES = paths.ROOT / "tests" / "fixtures" / "stories"
BIN = Path(sys.executable).parent
# what the seed story's reports say and no other corpus's may: names, figures, units
SEED_WORDS = ["North Korea", "Korea Utara", "Korut", "Russia", "Rusia", "Pyongyang", "Kirby",
              "Shin Won-sik", "13,000", "13.000", "shell", "peluru", "artiller", "KP->RU",
              "munition"]

pytestmark = pytest.mark.notebook


def _build(corpus: Path, out: Path, *parameters: str) -> subprocess.CompletedProcess:
    tables = out / "tables"
    annotate = subprocess.run([str(BIN / "newsframe"), "annotate", str(corpus), "--out",
                               str(tables)], capture_output=True, text=True, timeout=300)
    assert annotate.returncode == 0, annotate.stderr[-2000:]
    report = subprocess.run([str(BIN / "newsframe"), "report", "--tables", str(tables),
                             "--out", str(out / "reports"), *parameters],
                            capture_output=True, text=True, timeout=600)
    assert report.returncode == 0, report.stderr[-3000:]
    return report


def _visible_texts(reports: Path) -> dict[str, str]:
    """What a reader sees: the briefing pages, the index, and of every executed notebook its
    markdown and outputs (the full pages add the code, whose seed guardrails name seed
    facts on purpose)."""
    texts = {page.name: page.read_text("utf-8") for page in reports.glob("*.briefing.html")}
    texts["index.html"] = (reports / "index.html").read_text("utf-8")
    for executed in reports.glob("[0-9][0-9]_*.ipynb"):
        notebook = nbformat.read(executed, as_version=4)
        parts = [c.source for c in notebook.cells if c.cell_type == "markdown"]
        parts += [o.get("text", "") + json.dumps(o.get("data", {}), ensure_ascii=False)
                  for c in notebook.cells for o in c.get("outputs", [])]
        texts[executed.name] = "\n".join(parts)
    return texts


def _seed_mentions(texts: dict[str, str]) -> list[str]:
    return [f"{name}: {text[max(0, m.start() - 60):m.end() + 20]!r}"
            for name, text in texts.items() for word in SEED_WORDS
            for m in re.finditer(re.escape(word), text, re.IGNORECASE)]


@pytest.fixture(scope="module")
def flood(tmp_path_factory):
    out = tmp_path_factory.mktemp("flood")
    _build(STORIES / "flood", out)
    return out / "reports"


@pytest.fixture(scope="module")
def nomatch(tmp_path_factory):
    out = tmp_path_factory.mktemp("nomatch")
    _build(STORIES / "nomatch", out)
    return out / "reports"


@pytest.fixture(scope="module")
def quake(tmp_path_factory):
    out = tmp_path_factory.mktemp("quake")
    _build(STORIES / "quake", out)
    return out / "reports"


def test_a_contested_toll_without_a_pack_tells_how_each_count_moved(quake):
    texts = _visible_texts(quake)
    assert _seed_mentions(texts) == []
    briefing = texts["04_briefing.briefing.html"]
    # sections numbered as shown (no statements: no escalation section, no gap)
    headings = re.findall(r"<h2[^>]*>(\d+)\. ([^<]+)", briefing)
    assert [int(n) for n, _ in headings] == list(range(1, len(headings) + 1))
    assert [t for _, t in headings][:3] == ["Key figures", "How each count moved",
                                            "Compact timeline"]
    # how each count moved: the death toll by claimant, with a chart, in words
    counts = briefing[briefing.index("How each count moved<"):
                      briefing.index("Compact timeline<")]
    assert "People: dead" in counts and "<img" in counts
    assert "People: displaced" in counts and "People: missing" in counts
    # key figures say what they count
    assert "35 people dead" in briefing and "people displaced" in briefing
    # a count of people no family names says what the article counts them by
    assert "2 people (korban tercatat ganda)" in briefing
    # events say what happened: the earthquake itself, in its own words
    assert "Gempa bumi bermagnitudo 5,9 mengguncang Kabupaten Tanjung Rawa" in briefing
    assert "Disaster" in briefing
    # the limits speak of what the page holds: no official statements here
    assert "official escalation is the story pack" not in briefing
    volumes = texts["01_shipment_volumes.briefing.html"]
    assert "How each count moved" in volumes and "People: dead" in volumes
    # the article whose text names no outlet heads its own column (headlines, indicators)
    # with the outlet its file's name gives (q03_detik.txt; round 25f), not a blank header,
    # and the corpus page says where that outlet came from
    framing = texts["03_framing.briefing.html"]
    assert len(re.findall(r"<th[^>]*>Detik\.com</th>", framing)) == 2
    assert "(unknown outlet)" not in framing
    assert "file name: q03_detik.txt (detik)" in texts["00_corpus.briefing.html"]
    assert not re.search(r"<th class=\"col_heading level0[^\"]*\"[^>]*></th>", framing)


def test_the_flood_reports_are_about_the_flood(flood):
    texts = _visible_texts(flood)
    assert _seed_mentions(texts) == []
    index = texts["index.html"]
    assert ("Salubanga flash flood and landslides, Central Sulawesi (March 2025) (pack flood; "
            "auto: the corpus folder carries its own story.yaml, matched 5 of 5 articles)"
            ) in index
    assert "latest official figure: 26 people (21 Mar 2025)" in index  # its own statements
    assert "<strong>Briefing: the story as the articles told it — Salubanga flash flood" in index
    briefing = texts["04_briefing.briefing.html"]
    assert "Official figures over time" in briefing and "about 1.2 trillion rupiah" in briefing
    # the regent's denial is the accused side's (gold/denials.csv): Tribunnews 1 of 1
    assert "Accused side heard" in briefing and "accused side: official" in briefing
    # the malformed statement row is named, not fatal
    assert "Left out of the story pack&#x27;s statements: a row of 16 fields" in briefing or \
        "Left out of the story pack's statements: a row of 16 fields" in briefing


def test_a_corpus_matching_no_pack_gets_generic_reports(nomatch):
    texts = _visible_texts(nomatch)
    assert _seed_mentions(texts) == []
    index = texts["index.html"]
    assert "none (auto: no story pack matches" in index
    assert "latest official figure" not in index
    assert "— 3 articles from Bisnis.com, Kontan, CNBC Indonesia" in index
    volumes = texts["01_shipment_volumes.briefing.html"]
    # no lineage and no conversion sections, but how to add reference statements
    assert "Lineage" not in volumes and "Implied conversions" not in volumes
    # sections numbered as shown: no gap where the sections without statements were
    numbers = [int(n) for n in re.findall(r"<h2[^>]*>(\d+)\. ", texts["04_briefing.briefing.html"])]
    assert numbers == list(range(1, len(numbers) + 1))
    assert "add a story pack (a story.yaml and an official_statements.csv)" in volumes
    # without a pack no claim has a direction: no column of "unknown" in the claims table
    assert "<th" in volumes and ">Direction<" not in volumes and ">unknown<" not in volumes
    # tonnes and rupiah are claims: the sugar import is charted
    assert "claims on tonnes, containers, rupiah in 3 articles" in index
    briefing = texts["04_briefing.briefing.html"]
    assert "Accused side heard" not in briefing and "Official figures over time" not in briefing
    # the ten key figures: named ones of the latest articles first (the sugar import quota)
    assert "200,000 tonnes" in briefing and "about 160 billion rupiah" in briefing


def test_a_story_that_does_not_exist_is_one_line_and_exit_2(tmp_path):
    result = subprocess.run([str(BIN / "newsframe"), "report", "--corpus", "seeds", "--out",
                             str(tmp_path), "-p", "story", "floods"], cwd=paths.ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == (
        "newsframe report: parameter 'story' = 'floods' is not allowed; allowed values: auto, "
        "none, korea-russia-arms, or a folder holding a story.yaml")
    assert "Traceback" not in result.stderr and not (tmp_path / "index.html").exists()


def test_a_corpus_with_a_broken_story_yaml_fails_with_one_line(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(STORIES / "nomatch", corpus, ignore=shutil.ignore_patterns("gold"))
    (corpus / "story.yaml").write_text("slug: x\ntitle: X\n")  # no cues
    result = subprocess.run([str(BIN / "newsframe"), "report", "--corpus", str(corpus),
                             "--out", str(tmp_path / "out")], capture_output=True, text=True,
                            timeout=300)
    # the story is decided once, before any notebook runs: a bad input, exit 2
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        f"newsframe report: story pack {corpus / 'story.yaml'}: 'cues' must list the "
        "words that recognise the story in a text")


@pytest.fixture(scope="module")
def textile(tmp_path_factory):
    """The textile fixture's reports in English (annotated and built) and in Indonesian
    (built from the same tables)."""
    out = tmp_path_factory.mktemp("textile")
    _build(STORIES / "textile", out)
    report = subprocess.run([str(BIN / "newsframe"), "report", "--tables", str(out / "tables"),
                             "--out", str(out / "id"), "-p", "lang", "id"],
                            capture_output=True, text=True, timeout=600)
    assert report.returncode == 0, report.stderr[-3000:]
    return out


def _page_text(page: Path) -> str:
    """A page's visible words, one space between them."""
    import html

    text = re.sub(r"<(style|script)\b.*?</\1>", " ", page.read_text("utf-8"), flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", text)))


def test_denials_without_an_accused_side_are_any_speakers_on_every_page(textile):
    # no pack names an accused side: no page may answer "Denial included: no" beside an
    # article whose company and labour office deny the union's count
    en, id_ = textile / "reports", textile / "id"
    framing = _page_text(en / "03_framing.briefing.html")
    assert "Accused side heard" not in framing and "Accused side's denial" not in framing
    assert "Denial included" not in framing
    assert "No accused side is named" in framing
    assert ("Outlet Denial (any speaker) Denied by Denial sentence Kompas.com yes Manajemen PT "
            "Benang Raya Lestari; Lukas Wirananda; Hendarto Sugiman") in framing
    assert "detik.com yes Hendarto Sugiman" in framing and "Tempo no" in framing
    # a denial row says whose claim it disputes where the sentence names it
    assert "Disputes the claim of" in framing
    assert "membantah denial Federasi Serikat Buruh Sandang Jawa Barat" in framing
    highlights = _page_text(en / "04_briefing.briefing.html")
    assert "Accused side heard" not in highlights and "Denial (any speaker)" in highlights
    framing_id = _page_text(id_ / "03_framing.briefing.html")
    assert "Pihak tertuduh didengar" not in framing_id
    assert "Bantahan pihak tertuduh" not in framing_id
    assert "Tidak ada pihak tertuduh yang disebut" in framing_id
    assert "Bantahan (siapa pun) Dibantah oleh" in framing_id
    assert "Bantahan (siapa pun)" in _page_text(id_ / "04_briefing.briefing.html")


def test_the_claims_table_says_what_each_figure_counts_and_marks_a_close_call(textile):
    volumes = _page_text(textile / "reports" / "01_shipment_volumes.briefing.html")
    assert "Unit Item Qualifier" in volumes
    assert "1,250 people pekerja dirumahkan exact detik.com" in volumes
    assert "? a close call" in volumes  # the 420 workers: a choice between two speakers
    volumes_id = _page_text(textile / "id" / "01_shipment_volumes.briefing.html")
    assert "Satuan Hal yang dihitung Penanda jumlah" in volumes_id
    assert "? pilihan tipis" in volumes_id
