"""Saved web pages: the article text (trafilatura) and what the page says about it.

The body comes from trafilatura (precision first, no comments, no deduplication), the
publication date from the page's own metadata, else htmldate; the raw bytes are passed on so
the page's charset (a ``windows-1252`` page) is honoured. Metadata come with where they were
read: ``meta:og:title``, ``json-ld``, ``url``, ``htmldate``, ``h1``.

The page's visible lines that are not in the article (menus, sidebars, share bars,
footers) are returned as ``removed`` for the ``boilerplate`` column.

>>> page = extract_page(b"<html><head><meta property='og:site_name' content='KOMPAS.com'>"
...     b"</head><body><h1>Judul</h1><p>Isi berita yang ada di sini dan itu.</p></body></html>")
>>> page["title"], page["outlet"], page["outlet_evidence"]
('Judul', 'Kompas.com', 'meta:og:site_name: KOMPAS.com')
"""

import json
import re

from ..bounded import MAX_JSON_DEPTH, json_depth
from . import urls
from .outlets import outlet_name

_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b", re.I | re.S)
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting",
                  "analysisnewsarticle", "webpage", "liveblogposting", "opinionnewsarticle"}
_DATE_META = ("article:published_time", "og:article:published_time", "datepublished",
              "pubdate", "publishdate", "publish-date", "dc.date.issued", "date")
_ISO_DAY = re.compile(r"((?:19|20)\d{2})-(\d{2})-(\d{2})")
# trafilatura's time and memory grow with the markup (a 10 MB page of tags: 78 s, 1.3 GB);
# a saved news page is 10-300 KB with 1,000-20,000 tags (libxml2 caps nesting at 256 levels)
MAX_PAGE_BYTES = 8 << 20
MAX_PAGE_TAGS = 100_000  # "<" counted: opening and closing tags


def beyond_bounds(raw: bytes) -> str:
    """Why a saved page is not given to the article extractor ("" when it is): more than
    :data:`MAX_PAGE_BYTES` bytes or :data:`MAX_PAGE_TAGS` tags. Such a page is read as text
    with its markup removed (warning ``page_too_large``).

    >>> beyond_bounds(b"<p>x</p>"), beyond_bounds(b"<b>" * 120_000)[:30]
    ('', 'a saved page of 120,000 tags, ')
    """
    if len(raw) > MAX_PAGE_BYTES:
        return (f"a saved page of {len(raw):,} bytes, more than the {MAX_PAGE_BYTES:,} the "
                "article extractor is given: read as text")
    tags = raw.count(b"<")
    if tags > MAX_PAGE_TAGS:
        return (f"a saved page of {tags:,} tags, more than the {MAX_PAGE_TAGS:,} the article "
                "extractor is given: read as text")
    return ""


def looks_like_html(raw: bytes) -> bool:
    """Is ``raw`` a web page (it opens with a doctype, ``<html>`` or ``<head>``)?

    >>> looks_like_html(b"  <!DOCTYPE html><html>"), looks_like_html(b"Judul <b>x</b>")
    (True, False)
    """
    return bool(_HTML_START.match(raw[:4096]))


def _metas(tree) -> dict[str, str]:
    found = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "")
        content = (meta.get("content") or "").strip()
        if key and content:
            found.setdefault(key.strip().lower(), content)
    return found


def _json_ld(tree) -> dict:
    """The first article object of the page's JSON-LD (a list or ``@graph`` searched)."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            value = json.loads(script.text or "")
        except (json.JSONDecodeError, TypeError, RecursionError):
            continue
        if json_depth(value) > MAX_JSON_DEPTH:
            continue
        stack = [value]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = {str(k).lower() for k in (kind if isinstance(kind, list) else [kind])}
                if kinds & _ARTICLE_TYPES and (item.get("headline") or
                                               item.get("datePublished")):
                    return item
                stack.extend(item.get("@graph", []))
    return {}


def _names(value) -> list[str]:
    """Person names of a JSON-LD ``author`` (a string, an object or a list of them)."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if isinstance(item, dict):
            if str(item.get("@type", "person")).lower() != "person":
                continue
            item = item.get("name")
        if isinstance(item, str) and item.strip():
            names.append(item.strip())
    return names


def _day(value: str) -> str:
    """``YYYY-MM-DD`` as written at the start of an ISO date-time (the local date: the
    offset is not applied)."""
    found = _ISO_DAY.search(value or "")
    return "-".join(found.groups()) if found else ""


def _first(*candidates) -> tuple[str, str]:
    """The first (value, evidence) whose value is not empty."""
    for value, evidence in candidates:
        if value and str(value).strip():
            return str(value).strip(), evidence
    return "", ""


def _outlet(site: str, publisher: str, url: str) -> tuple[str, str]:
    for value, source in ((site, "meta:og:site_name"), (publisher, "json-ld publisher")):
        named = urls.outlet_named(value)
        if named:
            return named, f"{source}: {value}"
    by_domain = urls.outlet_of(url)
    if by_domain:
        return by_domain[0], f"url: {by_domain[1]}"
    for value, source in ((site, "meta:og:site_name"), (publisher, "json-ld publisher")):
        if value:  # "LENSANUSA.ID" → "Lensanusa.id": the site's name as other pages give it
            return outlet_name(value), f"{source}: {value} (not in data/outlets.csv)"
    return "", ""


def _title(metas: dict, article: dict, tree, site: str) -> tuple[str, str]:
    h1 = next((" ".join(node.text_content().split()) for node in tree.iter("h1")), "")
    page_title = next((" ".join((node.text or "").split()) for node in tree.iter("title")), "")
    # "<headline> - Kompas.com": a last part naming the site is not the headline
    for separator in (" - ", " | ", " : ", " – "):
        head, _, tail = page_title.rpartition(separator)
        if head and (tail.lower() == site.lower() or urls.outlet_named(tail) or
                     site and site.lower() in tail.lower()):
            page_title = head.strip()
            break
    return _first((metas.get("og:title"), "meta:og:title"),
                  (article.get("headline"), "json-ld"), (h1, "h1"), (page_title, "title"))


_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd",
           "figcaption", "blockquote", "pre", "header", "footer", "nav", "aside", "section",
           "article", "ul", "ol", "table", "tr", "figure", "form", "main", "body"}


def _visible_lines(tree) -> list[str]:
    """The text lines a reader sees on the page: one per innermost block (a menu of links
    is one line), ``<br>`` breaking lines (scripts and styles are already gone)."""
    body = tree.find("body")
    if body is None:
        return []
    for br in body.iter("br"):
        br.tail = "\n" + (br.tail or "")
    lines = []
    for node in body.iter():
        if not isinstance(node.tag, str) or node.tag not in _BLOCKS:
            continue
        if any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in node.iterdescendants()):
            own = [node.text or ""] + [c.tail or "" for c in node
                                       if isinstance(c.tag, str) and c.tag in _BLOCKS]
        else:
            own = ["".join(node.itertext())]
        for text in own:
            lines.extend(" ".join(line.split()) for line in text.split("\n"))
    return [line for line in lines if line]


def extract_page(raw: bytes, url_hint: str = "") -> dict | None:
    """Article text and metadata of a saved page, or None when it holds no article text.

    Returns a dict: ``text`` (paragraphs one per line), ``title``, ``outlet``, ``url``,
    ``published``, ``author``, each with ``<field>_evidence``, ``site_name`` and
    ``removed`` (the visible lines left out).
    """
    import trafilatura  # imported on first use: a corpus of text files never pays for it
    from trafilatura.utils import load_html

    tree = load_html(raw)
    if tree is None:
        return None
    metas, article = _metas(tree), _json_ld(tree)
    for node in tree.xpath("//script|//style|//noscript|//template"):
        if node.getparent() is not None:
            node.getparent().remove(node)
    visible = _visible_lines(tree)
    extracted = trafilatura.bare_extraction(
        raw, with_metadata=True, favor_precision=True, include_comments=False,
        include_links=False, include_tables=True, deduplicate=False, url=url_hint or None)
    found = extracted.as_dict() if extracted is not None else {}
    text = (found.get("text") or "").strip()
    if not text:
        return None
    site = metas.get("og:site_name", "")
    publisher = article.get("publisher") or {}
    publisher = publisher.get("name", "") if isinstance(publisher, dict) else ""
    canonical = next(iter(tree.xpath('//link[@rel="canonical"]/@href')), "")
    url, url_evidence = _first((canonical, "link:canonical"), (metas.get("og:url"), "meta:og:url"),
                               (article.get("url"), "json-ld"), (url_hint, "record"))
    title, title_evidence = _title(metas, article, tree, site)
    outlet, outlet_evidence = _outlet(site, publisher, url)
    published, published_evidence = _published(metas, article, url, tree)
    author, author_evidence = _author(metas, article, found, site, outlet)
    kept = {" ".join(line.split()) for line in text.split("\n")}
    removed = [line for line in dict.fromkeys(visible) if line not in kept and line != title]
    return {"text": text, "title": title, "title_evidence": title_evidence,
            "outlet": outlet, "outlet_evidence": outlet_evidence, "site_name": site,
            "url": url, "url_evidence": url_evidence, "published": published,
            "published_evidence": published_evidence, "author": author,
            "author_evidence": author_evidence, "removed": removed}


def _published(metas: dict, article: dict, url: str, tree) -> tuple[str, str]:
    for key in _DATE_META:
        day = _day(metas.get(key, ""))
        if day:
            return day, f"meta:{key}: {metas[key]}"
    day = _day(str(article.get("datePublished", "")))
    if day:
        return day, f"json-ld datePublished: {article['datePublished']}"
    day = urls.date_in_url(url) if url else None
    if day:
        return day, f"url: {url}"
    import htmldate

    try:
        day = htmldate.find_date(tree, original_date=True, outputformat="%Y-%m-%d",
                                 extensive_search=False)
    except Exception:  # noqa: BLE001 - htmldate on a hostile page: no date, not a crash
        day = None
    return (day, "htmldate") if day else ("", "")


def _author(metas: dict, article: dict, found: dict, site: str, outlet: str
            ) -> tuple[str, str]:
    """The writer: JSON-LD persons, else ``meta name=author``, else trafilatura's guess;
    a name that is the outlet's (``CNN Indonesia``, ``Tribun Jateng``) is no writer."""
    def person(name: str) -> bool:
        return bool(name) and name.lower() not in {site.lower(), outlet.lower()} and \
            urls.outlet_named(name) is None

    people = [name for name in _names(article.get("author")) if person(name)]
    if people:
        return ", ".join(dict.fromkeys(people)), "json-ld author"
    meta = metas.get("author", "")
    if person(meta):
        return meta, "meta:author"
    guess = [name.strip() for name in (found.get("author") or "").split(";")]
    guess = [name for name in guess if person(name)]
    return (", ".join(guess), "trafilatura") if guess else ("", "")
