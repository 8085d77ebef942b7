"""Headless Chromium opens a rendered hostile article: the highlights are in the DOM and none
of the injected payloads ran (no script, no event handler, no javascript: URL)."""

import shutil
import subprocess
from html.parser import HTMLParser

import pandas as pd
import pytest

from newsframe.present import render

PAYLOADS = (
    "<script>document.body.setAttribute('data-pwned','1');document.title='PWNED'</script>"
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"
    "<svg onload=\"document.title='PWNED'\"></svg>"
    "<a href=\"javascript:document.title='PWNED'\">klik</a>"
    "<iframe srcdoc=\"<script>parent.document.title='PWNED'</script>\"></iframe>"
    "\"><body onload=\"document.title='PWNED'\">"
)


class DomCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.elements, self.title, self._in_title = [], "", False

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def test_chromium_shows_highlights_and_runs_nothing_injected(tmp_path):
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.fail("chromium not found: run `make browser` to install Debian's chromium")
    body = f"Gedung Putih mengatakan 1.000 kontainer dikirim. {PAYLOADS} Akhir."
    articles = pd.DataFrame([{"article_id": "hostile", "title": PAYLOADS, "outlet": PAYLOADS,
                              "published": "2023-10-13", "warnings": PAYLOADS,
                              "body": body}])
    start = body.index("<script>")
    annotations = {
        "claims": pd.DataFrame([{"article_id": "hostile", "value": 1000.0,
                                 "unit": "container", "qualifier": "exact",
                                 "item": "kontainer", "claimant": PAYLOADS,
                                 "start": 24, "end": 39}]),
        "attributions": pd.DataFrame([{"article_id": "hostile", "source": PAYLOADS,
                                       "verb": "mengatakan", "verb_class": "distancing",
                                       "start": 0, "end": 23}]),
        "frames": pd.DataFrame([{"article_id": "hostile", "kind": "frame", "label": PAYLOADS,
                                 "cue": body[start:start + 20], "start": start,
                                 "end": start + 20}]),
    }
    view = render.render_article(articles, "hostile", annotations)
    page = tmp_path / "page.html"
    page.write_text("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>safe</title>"
                    f"</head><body>{view.html}</body></html>", encoding="utf-8")
    profile = tmp_path / "profile"
    result = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={profile}", "--virtual-time-budget=2000",
         "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    dom = DomCollector()
    dom.feed(result.stdout)
    tags = [tag for tag, _ in dom.elements]
    assert dom.title == "safe"
    assert "PWNED" not in dom.title
    body_attrs = [attrs for tag, attrs in dom.elements if tag == "body"]
    assert body_attrs and all("data-pwned" not in attrs for attrs in body_attrs)
    assert not {"script", "img", "svg", "iframe"} & set(tags)
    for tag, attrs in dom.elements:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert not attrs.get("href", "").lower().startswith("javascript")
    marks = [attrs for tag, attrs in dom.elements if tag == "mark"]
    classes = [set(attrs.get("class", "").split()) for attrs in marks]
    assert any({"nf-hl", "nf-claims"} <= c for c in classes)
    assert any({"nf-hl", "nf-attributions", "nf-verb-distancing"} <= c for c in classes)
    assert any({"nf-hl", "nf-frames"} <= c for c in classes)
    # the payload is on the page as visible text
    assert "document.title='PWNED'" in result.stdout.replace("&#x27;", "'")
