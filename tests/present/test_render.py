"""render_article: every seed annotation highlighted exactly once around its text, hostile
text inert, overlapping spans nested, wrong offsets caught."""

import re
from html.parser import HTMLParser

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsframe as nf
from newsframe.params import ParameterError
from newsframe.present import render

from ..conftest import SEED_IDS

AVAILABLE = list(render.KINDS)

ALLOWED_TAGS = {"div", "style", "h2", "h4", "p", "span", "strong", "mark", "aside", "ul", "li",
                "a"}


class MarkCollector(HTMLParser):
    """Collects every element; for each <mark>: attributes, full text, and whether it sits
    inside the title heading."""

    def __init__(self):
        super().__init__()
        self.tags, self.marks, self.open = [], [], []
        self.title_depth = 0
        self.stack = []
        self.style_text = ""
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        self.stack.append(tag)
        if tag == "style":
            self.in_style = True
        if tag == "h2":
            self.title_depth += 1
        if tag == "mark":
            mark = {"attrs": attrs, "text": "", "in_title": self.title_depth > 0,
                    "parent": self.open[-1]["attrs"].get("data-nf") if self.open else None}
            self.marks.append(mark)
            self.open.append(mark)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"badly nested </{tag}>"
        self.stack.pop()
        if tag == "style":
            self.in_style = False
        if tag == "h2":
            self.title_depth -= 1
        if tag == "mark":
            self.open.pop()

    def handle_data(self, data):
        if self.in_style:
            self.style_text += data
        for mark in self.open:
            mark["text"] += data


def parse(page: str) -> MarkCollector:
    collector = MarkCollector()
    collector.feed(page)
    collector.close()
    assert collector.stack == [], "unclosed elements"
    return collector


def pieces(collector, anchor):
    return [m for m in collector.marks if m["attrs"].get("data-nf") == anchor]


@pytest.fixture(scope="module")
def seed_annotations(seed_articles):
    return render.annotations_from_tables(nf.annotate(seed_articles), AVAILABLE)


@pytest.fixture(scope="module")
def seed_views(seed_articles, seed_annotations):
    return {key: render.render_article(seed_articles, article_id, seed_annotations)
            for key, article_id in SEED_IDS.items()}


@pytest.mark.parametrize("key", sorted(SEED_IDS))
def test_every_seed_annotation_appears_once_around_its_text(seed_articles, seed_annotations,
                                                            seed_views, key):
    article_id = SEED_IDS[key]
    article = seed_articles.set_index("article_id").loc[article_id]
    collector = parse(seed_views[key].html)
    seen = 0
    for kind in AVAILABLE:
        rows = render._rows_for(seed_annotations, kind, article_id)
        assert seed_views[key].counts[kind] == len(rows)
        for number, row in enumerate(rows.to_dict("records"), start=1):
            anchor = render.anchor_id(article_id, kind, number)
            in_title = bool(row.get("in_title", False))
            text = (article["title"] if in_title else article["body"])[row["start"]:row["end"]]
            found = pieces(collector, anchor)
            assert found, f"{anchor} not rendered"
            assert "".join(m["text"] for m in found) == text
            assert sum(m["attrs"].get("id") == anchor for m in collector.marks) == 1
            assert all(m["in_title"] == in_title for m in found)
            assert all(f"nf-{kind}" in m["attrs"]["class"].split() for m in found)
            assert all(m["attrs"].get("title") for m in found)
            seen += 1
    highlight_ids = {m["attrs"]["data-nf"] for m in collector.marks if "nf-hl" in
                     m["attrs"].get("class", "")}
    assert seen == seed_views[key].n_highlights
    assert len(highlight_ids) >= seen
    # every side-list link points at an existing id
    ids = {attrs["id"] for tag, attrs in collector.tags if "id" in attrs}
    links = [attrs["href"] for tag, attrs in collector.tags if tag == "a"]
    assert all(href.startswith("#") and href[1:] in ids for href in links)
    assert all(re.fullmatch(r"[A-Za-z0-9_-]+", i) for i in ids)
    # the visible text of the body is the article body, unchanged
    assert {tag for tag, _ in collector.tags} <= ALLOWED_TAGS


def _mark_with_text(collector, kind, text):
    found = [m for m in collector.marks if f"nf-{kind}" in m["attrs"]["class"].split()
             and m["text"] == text]
    assert found, f"no {kind} highlight around {text!r}"
    return found[0]


@pytest.mark.parametrize(
    "key, kind, text, tooltip",
    [
        ("liputan6", "claims", "lebih dari 1.000 kontainer peralatan militer dan amunisi",
         "> 1,000 containers · claimant: White House (US government)"),
        ("liputan6", "claims", "sekitar 73 gerbong", "≈ 73 railcars"),
        ("tribunnews", "claims", "3 juta peluru artileri 152 mm", "3,000,000 shells (152 mm)"),
        ("newslive", "claims", "setidaknya sepuluh pengiriman senjata", "≥ 10 shipments"),
        ("kompastv", "attributions", "Gedung Putih menuding",
         "distancing verb: menuding = accuses · source: White House"),
        ("newslive", "attributions", "Amerika Serikat (AS) mengklaim",
         "distancing verb: mengklaim = claims"),
        ("liputan6", "attributions", "Korea Utara sebelumnya membantah",
         "denial verb: membantah = denies"),
        ("tribunnews", "frames", "Turun Gunung", "headline · sensational: turun gunung"),
        ("liputan6", "hedges", "berspekulasi", "hedge · speculation: berspekulasi"),
    ],
)
def test_seed_tooltips_carry_normalised_values_and_glosses(seed_views, key, kind, text,
                                                           tooltip):
    if kind not in AVAILABLE:
        pytest.fail(f"annotator for {kind} missing")
    mark = _mark_with_text(parse(seed_views[key].html), kind, text)
    assert mark["attrs"]["title"].startswith(tooltip)


@pytest.mark.parametrize(
    "key, text_part, tooltip_start",
    [
        ("liputan6", "7 September", "7 Sep 2023 → 1 Oct 2023"),  # 7 September-1 Oktober
        ("newslive", "Rabu (1/11/2023)", "1 Nov 2023"),
        ("tribunnews", "Juli tahun lalu", "unresolved"),  # no publication date: no anchor
    ],
)
def test_seed_event_tooltips(seed_views, key, text_part, tooltip_start):
    collector = parse(seed_views[key].html)
    found = [m for m in collector.marks if "nf-events" in m["attrs"]["class"].split()
             and text_part in m["text"]]
    assert found, f"no date highlight containing {text_part!r}"
    assert all(m["attrs"]["title"].startswith(tooltip_start) for m in found), \
        [m["attrs"]["title"] for m in found]


def test_seed_headline_cues_sit_in_the_title(seed_views):
    collector = parse(seed_views["tribunnews"].html)
    mark = _mark_with_text(collector, "frames", "Demi Kemenangan")
    assert mark["in_title"]
    claim = _mark_with_text(collector, "claims", "6.700 Kontainer")
    assert claim["in_title"]


@pytest.mark.parametrize("key, code, name", [
    ("kompastv", "weekday_mismatch", "weekday does not match the date"),
    ("tribunnews", "no_publication_date", "no publication date")])
def test_seed_header_shows_warnings_in_words(seed_views, key, code, name):
    warn = parse(seed_views[key].html)
    assert "Warnings: " in seed_views[key].html
    shown = seed_views[key].html.split('class="nf-warn"')[1].split(">", 1)[1].split("</span>")[0]
    assert name in shown and code not in shown  # the code's name, never the code itself
    assert warn.stack == []


def test_seed_header_shows_outlet_and_date(seed_views):
    page = seed_views["liputan6"].html
    assert "Outlet: Liputan6.com" in page and "Date: 13 Oct 2023" in page
    assert "Date: no date" in seed_views["tribunnews"].html


def test_side_list_links_every_claim(seed_views, seed_annotations):
    collector = parse(seed_views["tribunnews"].html)
    links = [attrs["href"] for tag, attrs in collector.tags if tag == "a"]
    claims = render._rows_for(seed_annotations, "claims", SEED_IDS["tribunnews"])
    assert len(claims) == 9  # 6.700 x2 (title, body), jutaan, 3 juta, 500.000, beberapa juta,
    # ratusan pabrik, lebih dari 10.000, 9.000
    for number in range(1, len(claims) + 1):
        assert "#" + render.anchor_id(SEED_IDS["tribunnews"], "claims", number) in links


def test_summary_line(seed_articles, seed_annotations):
    row = seed_articles.set_index("article_id", drop=False).loc[SEED_IDS["tribunnews"]]
    line = render.summarise_article(row, seed_annotations)
    assert line.startswith("002_070c2e44d61fb293 · Tribunnews.com · no date · Kim Jong Un")
    assert "claims: 9" in line


def _article(body="Kirim 1.000 kontainer ke Rusia.", title="Judul", **extra):
    row = {"article_id": "t1", "title": title, "outlet": "Outlet", "published": "2023-10-13",
           "warnings": "", "body": body, "status": "ok"}
    row.update(extra)
    return pd.DataFrame([row])


HOSTILE = ('<script>document.title="PWNED"</script> <img src=x onerror=alert(1)> '
           '<a href="javascript:alert(1)">klik</a> "quote" & \'apos\'')


def test_hostile_text_and_values_come_out_inert():
    body = "Kirim 1.000 kontainer. " + HOSTILE
    articles = _article(body=body, title=HOSTILE, outlet=HOSTILE, warnings=HOSTILE,
                        article_id='t1"><script>')
    start = body.index("<script>")
    annotations = {
        "claims": pd.DataFrame([{"article_id": 't1"><script>', "value": 1000.0,
                                 "unit": "<b>container</b>", "qualifier": "about",
                                 "item": "kontainer", "claimant": HOSTILE,
                                 "claimant_type": "<i>x</i>", "start": 6, "end": 21,
                                 "sentence": "Kirim 1.000 kontainer.", "in_title": False}]),
        "attributions": pd.DataFrame([{"article_id": 't1"><script>', "source": HOSTILE,
                                       "verb": "onerror=", "verb_class": '"><script>',
                                       "start": start, "end": len(body),
                                       "sentence": HOSTILE}]),
        "frames": pd.DataFrame([{"article_id": 't1"><script>', "kind": "frame",
                                 "label": "<script>", "cue": "<script>", "start": 0,
                                 "end": 8, "in_title": True, "sentence": HOSTILE}]),
    }
    page = render.render_article(articles, 't1"><script>', annotations).html
    collector = parse(page)
    tags = [tag for tag, _ in collector.tags]
    assert "script" not in tags and "img" not in tags
    assert set(tags) <= ALLOWED_TAGS
    for tag, attrs in collector.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert not str(attrs.get("href", "#")).lower().startswith("javascript")
        assert "href" not in attrs or attrs["href"].startswith("#")
        assert "src" not in attrs and "style" not in attrs
    assert "&lt;script&gt;" in page and "<script" not in page.lower()
    assert "url(" not in collector.style_text and "@import" not in collector.style_text
    # the hostile text is still shown, as text
    assert _mark_with_text(collector, "attributions", body[start:])["attrs"]["title"]


def test_overlapping_spans_nest_and_crossing_spans_split():
    body = "abc defghi jkl mno"
    annotations = {
        "claims": pd.DataFrame([{"article_id": "t1", "value": 1.0, "unit": "", "item": "",
                                 "start": 0, "end": 10, "sentence": body}]),
        "frames": pd.DataFrame([{"article_id": "t1", "kind": "frame", "label": "x",
                                 "cue": "defghi jkl", "start": 4, "end": 14,
                                 "sentence": body}]),
        "hedges": pd.DataFrame([{"article_id": "t1", "kind": "hedge", "label": "x",
                                 "cue": "def", "start": 4, "end": 7, "sentence": body}]),
    }
    view = render.render_article(_article(body=body), "t1", annotations)
    collector = parse(view.html)
    claim = pieces(collector, "nf-t1-claims-1")
    frame = pieces(collector, "nf-t1-frames-1")
    hedge = pieces(collector, "nf-t1-hedges-1")
    assert [m["text"] for m in claim] == ["abc defghi"]
    assert [m["text"] for m in frame] == ["defghi", " jkl"]  # split at the claim's end
    assert frame[0]["parent"] == "nf-t1-claims-1" and frame[1]["parent"] is None
    assert "nf-cont" in frame[1]["attrs"]["class"] and "id" not in frame[1]["attrs"]
    assert [m["text"] for m in hedge] == ["def"] and hedge[0]["parent"] == "nf-t1-frames-1"
    assert view.n_highlights == 3


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 19), st.integers(1, 8)), max_size=8))
def test_any_overlap_keeps_text_and_pieces(spans):
    body = "abcdefghijklmnopqrstuvwxyz0123"
    rows = [{"article_id": "t1", "kind": "frame", "label": "x", "cue": body[s:s + n],
             "start": s, "end": s + n, "sentence": ""} for s, n in spans]
    page = render.render_article(_article(body=body), "t1",
                                 {"frames": pd.DataFrame(rows)}, kinds=["frames"]).html
    collector = parse(page)
    for number, (s, n) in enumerate(spans, start=1):
        found = pieces(collector, f"nf-t1-frames-{number}")
        assert "".join(m["text"] for m in found) == body[s:s + n]
    body_text = page.split('<div class="nf-body">')[1].split("</div>")[0]
    assert re.sub(r"<[^>]+>", "", body_text) == body


@pytest.mark.parametrize(
    "kind, row",
    [
        ("events", {"expression": "1.000", "start": 0, "end": 5}),
        ("frames", {"kind": "frame", "label": "x", "cue": "kontainer", "start": 6, "end": 11}),
        ("hedges", {"kind": "hedge", "label": "x", "cue": "Kirim", "start": 1, "end": 6}),
        # a claim's span holds its number or its item (an item may be read around it)
        ("claims", {"item": "kontainer", "value": 1000, "start": 0, "end": 5}),
        ("claims", {"item": "kontainer", "value": 1000, "start": 6, "end": 99}),
        ("attributions", {"verb": "kata", "start": 5, "end": 5}),
        ("attributions", {"verb": "kirim", "start": 0, "end": 11, "verb_start": 6,
                          "verb_end": 11}),
    ],
)
def test_offsets_that_miss_their_text_raise(kind, row):
    annotations = {kind: pd.DataFrame([{"article_id": "t1", **row}])}
    with pytest.raises(render.RenderError, match="t1"):
        render.render_article(_article(), "t1", annotations)


def test_right_offsets_render_with_verb_and_speaker_marks():
    body = "Kirby mengatakan 1.000 kontainer dikirim."
    row = {"article_id": "t1", "source": "John Kirby", "verb": "mengatakan",
           "verb_class": "neutral", "start": 0, "end": len(body), "speaker_start": 0,
           "speaker_end": 5, "verb_start": 6, "verb_end": 16}
    view = render.render_article(_article(body=body), "t1",
                                 {"attributions": pd.DataFrame([row])})
    collector = parse(view.html)
    assert [m["text"] for m in pieces(collector, "nf-t1-attributions-1-verb")] == ["mengatakan"]
    assert [m["text"] for m in pieces(collector, "nf-t1-attributions-1-speaker")] == ["Kirby"]
    assert "neutral verb: mengatakan = says" in view.html


def test_kinds_and_lang_select_highlights_and_labels():
    annotations = {"events": pd.DataFrame([{"article_id": "t1", "expression": "1.000",
                                            "start": 6, "end": 11, "date_start": "2023-09-07",
                                            "date_end": "2023-10-01", "precision": "day"}]),
                   "frames": pd.DataFrame([{"article_id": "t1", "kind": "frame",
                                            "label": "x", "cue": "kontainer", "start": 12,
                                            "end": 21}])}
    view = render.render_article(_article(), "t1", annotations, kinds=["events"], lang="id")
    collector = parse(view.html)
    assert [m["attrs"]["title"] for m in collector.marks if "nf-hl" in m["attrs"]["class"]] \
        == ["7 Sep 2023 → 1 Okt 2023 (hari)"]
    assert "Ungkapan waktu" in view.html and "Keterangan" in view.html
    assert "nf-frames" not in view.html.split("</style>")[1]
    assert view._repr_html_() == view.html


@pytest.mark.parametrize("kwargs", [{"kinds": ["quotes"]}, {"lang": "fr"},
                                    {"article_id": "nope"}])
def test_bad_parameters_name_the_parameter(kwargs):
    args = {"articles": _article(), "article_id": "t1", "annotations": {}, **kwargs}
    with pytest.raises(ParameterError, match=next(iter(kwargs))):
        render.render_article(**args)


def test_empty_body_and_error_rows_render():
    articles = _article(body="", title="", status="error", warnings="unreadable")
    view = render.render_article(articles, "t1", {"claims": pd.DataFrame()})
    assert view.counts == {"claims": 0, "events": 0, "attributions": 0, "hedges": 0,
                           "frames": 0}
    assert "(no title)" in view.html and "unreadable" in view.html


def test_annotate_on_empty_corpus(seed_articles):
    empty = render.annotations_from_tables(nf.annotate(seed_articles.iloc[0:0]), list(AVAILABLE))
    assert set(empty) == set(AVAILABLE) and all(t.empty for t in empty.values())


def test_explorer_builds(seed_articles, seed_annotations):
    # ipywidgets is a dev dependency so the optional explorer is exercised here
    import ipywidgets

    explorer = render.explorer(seed_articles, seed_annotations)
    assert isinstance(explorer, ipywidgets.Widget)


def test_annotations_none_runs_the_annotators(seed_articles, seed_views):
    view = render.render_article(seed_articles, SEED_IDS["newslive"], kinds=["claims", "frames"])
    assert view.counts == {"claims": seed_views["newslive"].counts["claims"],
                           "frames": seed_views["newslive"].counts["frames"]}
    assert view.counts["claims"] == 4  # lebih dari satu juta x2, setidaknya sepuluh, 1.000


@pytest.mark.parametrize(("unit", "value", "lang", "shown"), [
    ("wilayah", 2.0, "en", "2 wilayah"),  # a noun the unit lexicon lacks: no English "s"
    ("wilayah", 2.0, "id", "2 wilayah"),  # and never its label key
    ("case", 17331.0, "en", "17,331 cases"),
    ("case", 17331.0, "id", "17.331 kasus"),
    ("person", 48.0, "en", "48 people"),
    ("usd", 5.0, "en", "5 US dollars"),
    ("container", 1.0, "en", "1 container"),
])
def test_claim_tooltips_name_any_unit_in_the_reports_language(unit, value, lang, shown):
    assert render.claim_tooltip({"value": value, "unit": unit}, lang) == shown


def test_a_range_tooltip_shows_its_two_ends_and_no_code():
    row = {"value": 80.0, "value_high": 90.0, "qualifier": "range", "unit": "percent"}
    assert render.claim_tooltip(row, "id") == "80–90 persen"


def test_the_indonesian_legend_names_hedges_in_indonesian():
    # the legend said "Pelunak (hedge)": an English word the page's other tables do not use
    annotations = {"frames": pd.DataFrame([{"article_id": "t1", "kind": "hedge",
                                            "label": "epistemic", "cue": "kontainer",
                                            "start": 12, "end": 21}])}
    view = render.render_article(_article(), "t1", annotations, kinds=["hedges"], lang="id")
    assert "Pelunak" in view.html and "hedge)" not in view.html


def test_an_english_article_page_names_its_language_plainly():
    """An English article's header says its language as a plain note (no warning), in the
    page's language, and its text is marked ``lang="en"``; an Indonesian one says nothing."""
    english = _article(body="The port said 212 ships were idle.", title="Ships idle",
                       language="en")
    page = render.render_article(english, "t1", annotations={}).html
    assert "Language: English" in page and 'class="nf-warn"' not in page
    assert '<div class="nf-article" lang="en">' in page
    page = render.render_article(english, "t1", annotations={}, lang="id").html
    assert "Bahasa: Inggris" in page
    page = render.render_article(_article(language="id"), "t1", annotations={}).html
    assert "Language:" not in page and '<div class="nf-article" lang="id">' in page


def test_a_claims_item_may_stand_in_its_sentence_outside_the_number_phrase():
    # what a figure counts is sometimes named before it ("Dari 40 nelayan yang dilaporkan
    # hilang, 9 orang ..."): the guard takes the item from the sentence, not only the span
    body = "Dari 40 nelayan yang dilaporkan hilang, 9 orang sudah ditemukan."
    start = body.index("9 orang")
    row = {"article_id": "t1", "value": 9.0, "unit": "person", "item": "hilang",
           "start": start, "end": start + len("9 orang"), "sentence": body}
    view = render.render_article(_article(body=body), "t1", {"claims": pd.DataFrame([row])})
    assert "9 orang" in view.html
    words = body.index("sudah ditemukan")  # words with no number and an item they lack
    with pytest.raises(render.RenderError, match="t1"):
        render.render_article(_article(body=body), "t1", {"claims": pd.DataFrame([{
            **row, "item": "kapal", "start": words, "end": words + len("sudah ditemukan")}])})


def test_a_claims_item_may_come_from_the_sentence_before():
    # an anaphor's figure counts what the sentence before named ("Angka itu naik …")
    body = "Stok gula gudang tercatat 900 ton. Angka itu naik 40 ton sepekan."
    start = body.index("40 ton")
    row = {"article_id": "t1", "value": 40.0, "unit": "ton", "item": "Stok gula gudang naik",
           "start": start, "end": start + len("40 ton"),
           "sentence": "Angka itu naik 40 ton sepekan."}
    assert "40 ton" in render.render_article(_article(body=body), "t1",
                                             {"claims": pd.DataFrame([row])}).html
