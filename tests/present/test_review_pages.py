"""Pages that show an analyst's review: the seed reports built with the review file of issue
26 (tests/store/test_review.py: one claimant corrected, three figures confirmed, one claim
rejected, a row with an unknown key and one with a bad value) say how many key figures an
analyst checked (index and briefing, English and Indonesian), mark checked rows and the
machine's values, count the key figures by attribution basis, list the decisions and the
problems in 00, and draw corrected and rejected highlights in the reading view; the
briefing's tables are read in headless Chromium."""

import html
import re

import pandas as pd
import pytest

from newsframe import paths
from newsframe.publish import reports
from newsframe.store import review as rv
from newsframe.store import review_file as rf
from newsframe.store.engines import write_tables

from ..store.test_review import seed_review
from .chromium_pages import Chromium

pytestmark = pytest.mark.notebook
NOTEBOOKS = paths.ROOT / "notebooks"


def page_text(page) -> str:
    """A page's words as a reader sees them (markup, styles and scripts left out)."""
    source = re.sub(r"<(style|script)\b.*?</\1>", " ", page.read_text(encoding="utf-8"),
                    flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", source)).split())


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("reviewed")
    write_tables([paths.SEEDS], out / "plain", progress=None)
    rv.write_review_file(out / "plain", out / "machine.csv")
    rows = pd.read_csv(out / "machine.csv", dtype=str, keep_default_na=False,
                       encoding="utf-8-sig")
    rf.write_review([seed_review(rows)], out / "review.csv")
    english = [NOTEBOOKS / f"{name}.ipynb" for name in (
        "00_corpus", "01_shipment_volumes", "04_briefing", "05_read_articles")]
    reports.build_reports(paths.SEEDS, out / "en", {"lang": "en"}, notebooks=english,
                          tables_dir=out / "plain", review=out / "review.csv")
    reports.build_reports(paths.SEEDS, out / "id", {"lang": "id"},
                          notebooks=[NOTEBOOKS / "04_briefing.ipynb"],
                          tables_dir=out / "plain", review=out / "review.csv")
    return out


def test_index_says_how_many_key_figures_an_analyst_checked(built):
    index = page_text(built / "en" / "index.html")
    assert ("21 figures from 5 articles; latest official figure: more than 13,000 containers "
            "(27 Aug 2024); 3 of 10 key figures checked by an analyst") in index
    assert ("claims 3 confirmed, 1 rejected, 1 corrected; 2 review problems (bad_value: 1, "
            "unknown_article: 1)") in index
    assert "3 dari 10 angka kunci diperiksa analis" in page_text(built / "id" / "index.html")


def test_briefing_marks_checked_figures_and_counts_the_bases(built):
    english = page_text(built / "en" / "04_briefing.briefing.html")
    # the corrected claim (100 factories) is no key figure: its mark is in 00 and 05
    assert "9,000 containers US Department of State † Russia → North Korea" in english
    assert "6,700 containers ✓ Shin Won-sik †" in english  # checked, on a weaker basis
    assert ("How the 10 key figures were attributed: named in the figure's own sentence 5; "
            "† the speaker named in another sentence, before or after 3; ‡ a document or data "
            "named 1; § a pronoun "
            "or description resolved, or the figure given elsewhere 1. 3 of 10 key figures "
            "checked by an analyst.") in english
    indonesian = page_text(built / "id" / "04_briefing.briefing.html")
    assert "Cara 10 angka kunci diatribusikan: disebut di kalimat angka itu sendiri 5;" \
        in indonesian
    assert "3 dari 10 angka kunci diperiksa analis." in indonesian


def test_claims_pages_leave_the_rejected_claim_out_and_00_lists_the_review(built):
    volumes = page_text(built / "en" / "01_shipment_volumes.briefing.html")
    assert "(21 claims on all units in 5 articles)" in volumes  # 22 less the rejected one
    assert ("1 claim rejected by an analyst left out of every table and chart (listed in 00)"
            in volumes and "{'claims'" not in volumes)
    corpus = page_text(built / "en" / "00_corpus.briefing.html")
    assert "rejected Budi no figure KompasTV claims dua wilayah separatis" in corpus
    assert ("claimant, claimant_type claimant: Tribunnews.com; claimant_type: media claimant: "
            "Shin Won-sik; claimant_type: kr_government") in corpus  # machine's and reviewed
    assert "unknown article confirm Ana 009_gone:b1-5:0123abcd no article '009_gone'" in corpus
    assert "bad value correct Ana 000_aa34f2be23785672:b106-162:b64df220 qualifier roughly" \
        in corpus


def test_reading_view_marks_corrected_and_rejected_highlights(built):
    source = (built / "en" / "05_read_articles.briefing.html").read_text(encoding="utf-8")
    rejected = re.findall(r'class="nf-hl nf-claims nf-rejected"[^>]*title="([^"]*)"', source)
    assert [html.unescape(t) for t in rejected] == [
        "✗ rejected by Budi: no figure · 2 wilayah · claimant: KompasTV (Media)"]
    corrected = re.findall(r'class="nf-hl nf-claims nf-corrected"[^>]*title="([^"]*)"', source)
    assert [html.unescape(t) for t in corrected] == [
        "~ 100–1,000 factories · claimant: Shin Won-sik (South Korean government) · ✓ corrected "
        "by Ana (machine: Claimant: Tribunnews.com; Claimant type: Media) · Shin's briefing "
        "goes on"]
    assert source.count('class="nf-hl nf-claims nf-confirmed"') == 3
    # how the claimant was found, when on a weaker basis: the mark of the tables, in words
    assert "6,700 containers · claimant: Shin Won-sik (South Korean government) · † the " \
        "speaker named in another sentence or paragraph, before or after it, whose statement " \
        "covers it · ✓ confirmed by " \
        "Ana" in html.unescape(source)


def test_briefing_tables_in_chromium_show_the_marks_and_fit(built):
    chromium = Chromium()
    try:
        found = chromium.measure(built / "en" / "04_briefing.briefing.html", 1280)
    finally:
        chromium.close()
    key = next(t for t in found["tables"] if t["caption"].startswith("Key figures"))
    assert "✓ checked by an analyst" in key["caption"] and key["right"] <= found["width"]
    assert "more than 1 million shells ✓" in found["cells"]
    assert "6,700 containers ✓" in found["cells"]
