"""Load a corpus of articles into one row per input file or record, never dropping one.

Input: one or more corpus roots: folders (searched recursively, :mod:`.files`: never
leaving the root), ``.txt`` files, saved ``.html``/``.htm`` pages (or ``.txt`` holding HTML,
:mod:`.html`), and CSV / JSON / JSON Lines exports (Media Cloud, news-please, or any through
a column mapping, :mod:`.exports`). A ``manifest.csv`` in a folder (or the ``manifest``
argument) supplies or overrides ``url``, ``outlet``, ``published`` and ``title`` per
article; a text-less export record does the same for the saved page with its URL. The
``*_evidence`` columns say where each value came from: the manifest over a record over the
page's metadata over the URL (:mod:`.urls`) over the text.

The steps, one module each: :mod:`.collect` plans the rows, :mod:`.decode` turns bytes into
clean text, :mod:`.header` splits header, body and boilerplate and dates the article,
:mod:`.outlets` finds the outlet its words name, :mod:`.summary` says what was noticed. A bad
file or record becomes a row with ``status`` error or warning and codes in ``warnings``
(:data:`newsframe.read.summary.WARNING_CODES`), the reason in ``error_detail``.

>>> articles = load_corpus()
>>> len(articles), sorted(set(articles["status"])) != []
(5, True)
"""

import contextlib
import datetime
import gc
import hashlib
import re
import sys

import pandas as pd

from .. import lexicons, schema
from ..lang import dates, text
from . import files, urls
from . import html as pages
from .collect import Row, plan_corpus
from .decode import clean_text, decode_row, extract_saved_page
from .header import (
    boilerplate_rules,
    guess_language,
    precision_of,
    publication_date,
    published_value,
    split_header,
    stated_weekday_wrong,
    stopwords,
)
from .outlets import is_place, outlet_name, outlet_rules
from .select import select_articles  # noqa: F401 - its old home, still importable

COLUMNS = schema.columns("articles")


@contextlib.contextmanager
def paused_gc():
    """Run a bulk pass (loading, annotating) without cyclic garbage collection, as for a bulk
    import: it builds many long-lived rows and few reference cycles, and Python's collector
    would otherwise walk the growing heap again and again (5-8 % of the time at 10,000
    articles, benchmarks/). Collection resumes, as it was, when the pass ends or fails."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _context() -> dict:
    rules, outlets = boilerplate_rules(), outlet_rules()
    return {"rules": rules, "outlets": outlets,
            "sections": set(lexicons.load("sections")["section"]),
            "stopwords": stopwords()}


def load_rows(rows: list, overrides: dict | None = None, progress: bool = False
              ) -> pd.DataFrame:
    """Read, clean and structure planned rows into articles (duplicates are not marked:
    that needs the whole corpus, :func:`mark_duplicates`)."""
    overrides = overrides or {}
    context = _context()
    records = []
    with paused_gc(), lexicons.held_version():
        for number, row in enumerate(rows, start=1):
            if progress and number % 200 == 0:
                print(f"newsframe: loaded {number}/{len(rows)} articles", file=sys.stderr)
            records.append(_load_one(row, overrides.get(row.article_id, {}), context))
    return pd.DataFrame(records, columns=COLUMNS).astype(
        {"n_words": "int64", "n_paragraphs": "int64", "n_sentences": "int64"})


def find_duplicates(pairs) -> dict[str, str]:
    """``article_id`` -> the earlier article with the same text, for ``(article_id,
    text_sha256)`` pairs in corpus order (an empty digest, an unreadable file, repeats
    nothing): the corpus-wide step an engine runs over every partition's digests.

    >>> find_duplicates([("a", "x"), ("b", "y"), ("c", "x"), ("d", "")])
    {'c': 'a'}
    """
    first: dict[str, str] = {}
    repeats = {}
    for article_id, digest in pairs:
        if not digest:
            continue
        if digest in first:
            repeats[article_id] = first[digest]
        else:
            first[digest] = article_id
    return repeats


def repeated_texts(digests: pd.DataFrame) -> pd.DataFrame:
    """:func:`find_duplicates` for an engine that groups digests by their first digits
    instead of gathering them: of ``digests`` (``partition``, ``row``, ``article_id``,
    ``digest``; any share of a corpus that holds every article with these digests), the
    articles whose digest an earlier one has (corpus order: partition, then row), as
    ``partition``, ``article_id``, ``duplicate_of``.

    >>> frame = pd.DataFrame({"partition": [1, 0, 0, 2], "row": [0, 0, 1, 0],
    ...     "article_id": ["c", "a", "b", "d"], "digest": ["x", "x", "y", ""]})
    >>> repeated_texts(frame).values.tolist()
    [[1, 'c', 'a']]
    """
    ordered = digests[digests["digest"] != ""].sort_values(["partition", "row"], kind="stable")
    later = ordered["digest"].duplicated()
    first = ordered[~later].set_index("digest")["article_id"]
    repeats = ordered[later]
    return pd.DataFrame({"partition": repeats["partition"], "article_id": repeats["article_id"],
                         "duplicate_of": repeats["digest"].map(first)}).reset_index(drop=True)


def flag_duplicates(articles: pd.DataFrame, repeats: dict[str, str]) -> pd.DataFrame:
    """``duplicate_of`` and warning ``duplicate`` for the articles in ``repeats``."""
    hit = articles["article_id"].isin(list(repeats))
    if not hit.any():
        return articles
    out = articles.copy()
    out.loc[hit, "duplicate_of"] = out.loc[hit, "article_id"].map(repeats)
    out.loc[hit, "warnings"] = [";".join(dict.fromkeys(
        [w for w in warnings.split(";") if w] + ["duplicate"]))
        for warnings in out.loc[hit, "warnings"]]
    out.loc[hit & out["status"].eq("ok"), "status"] = "warning"
    return out


def mark_duplicates(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles whose text (whitespace aside) an earlier article already has get
    ``duplicate_of`` that article and warning ``duplicate``.

    >>> frame = pd.DataFrame({"article_id": ["a", "b"], "text_sha256": ["x", "x"],
    ...     "duplicate_of": ["", ""], "warnings": ["", ""], "status": ["ok", "ok"]})
    >>> mark_duplicates(frame)[["duplicate_of", "warnings", "status"]].values.tolist()
    [['', '', 'ok'], ['a', 'duplicate', 'warning']]
    """
    pairs = zip(articles["article_id"], articles["text_sha256"], strict=True)
    return flag_duplicates(articles, find_duplicates(pairs))


def load_corpus(source=None, manifest=None, progress: bool = False, columns=None
                ) -> pd.DataFrame:
    """Load articles into a DataFrame with one row per input file or record.

    Args:
        source: a folder (searched recursively: ``.txt``, ``.html``/``.htm`` pages, ``.csv``,
            ``.json``, ``.jsonl`` exports, ``manifest.csv``), a file, or a list of them
            (default: the project's seeds/).
        manifest: optional CSV (``article_id`` or ``path`` + ``url``/``outlet``/
            ``published``/``title``) overriding what the text says.
        progress: print a progress line to stderr every 200 files.
        columns: column mapping for exports, ``"text=isi,published=tanggal"`` or a dict
            (fields: id, text, title, outlet, url, published, author).

    Returns:
        DataFrame with :data:`COLUMNS`; ``attrs["skipped_files"]`` lists the files that are
        no articles, as ``"path: why"``.

    Raises:
        FileNotFoundError: a path does not exist. CorpusError: the manifest or the column
        mapping cannot be used (one line naming it).

    >>> row = load_corpus().set_index("article_id").loc["001_8995e815094ec626"]
    >>> row["outlet"], row["published"], row["warnings"]
    ('KompasTV', '2022-11-03', 'weekday_mismatch;no_title')
    """
    plan = plan_corpus(source, manifest, columns)
    frame = mark_duplicates(load_rows(plan.rows, plan.overrides, progress))
    frame.attrs["skipped_files"] = plan.skipped
    return frame


def _load_one(row: Row, override: dict, context: dict) -> dict:
    page = None
    own_file = row.text is None  # a page read from a file of its own (not a record's row)
    if row.text is None:
        try:
            row.raw = files.read_file(row.fs_path)
        except files.BlockedFile as blocked:
            row.error = True
            row.warnings.append(blocked.code)
            row.error_detail = str(blocked)
        decoded = ""
        if not row.error and (row.source_file.lower().endswith((".html", ".htm")) or
                              pages.looks_like_html(row.raw)):
            page = extract_saved_page(row)
            decoded = page["text"] if page else ""
        if not row.error and page is None:
            decoded = decode_row(row)
    else:
        row.raw = row.text.encode("utf-8", "surrogatepass")
        decoded = row.text
        if not row.error and not decoded.strip():
            row.error = True
            row.warnings.append("empty")
    cleaned = "" if row.error else clean_text(row, decoded)
    info = (split_header(row, cleaned, context["rules"], context["outlets"], context["sections"])
            if cleaned else {})
    if page and info:
        info["boilerplate"] = "\n".join(part for part in (info["boilerplate"], *(
            f"page: {line}" for line in page["removed"])) if part)
    record = {column: "" for column in COLUMNS}
    record.update({k: v for k, v in info.items() if k in record})
    record.update({"article_id": row.article_id, "path": row.path,
                   "source_file": row.source_file, "error_detail": row.error_detail,
                   "sha256": hashlib.sha256(row.raw).hexdigest()})
    given = _given(row, page, override)
    url = given["url"][0] if "url" in given else record["url"]
    url_day = urls.date_in_url(url) if url and "published" not in given else None
    if url_day:  # the site's own publication day, where the lead may give the news day
        given["published"] = (url_day, f"url: {url}")
    record.update(publication_date(info, row) if cleaned and "published" not in given
                  else publication_date({}, row))
    for key, (value, evidence) in given.items():
        record[key] = value
        if key != "author":
            record["published_evidence" if key == "published" else f"{key}_evidence"] = evidence
        if key == "published":
            record["published_precision"] = precision_of(value)
    if cleaned and "weekday_mismatch" not in row.warnings and stated_weekday_wrong(
            record.get("body") or "", record.get("published") or "",
            info.get("text_language", "id")):
        row.warnings.append("weekday_mismatch")
    if cleaned and record["body"]:  # the annotators scan the body for dates the same way
        dates.hand_on(record["body"], _day(record["published"]), info.get("text_language", "id"))
    if url and "outlet" not in given:
        record["outlet"], record["outlet_evidence"] = _outlet_by_address(
            url, record["outlet"], record["outlet_evidence"])
    if own_file and not record["outlet"] and row.source_file:
        record["outlet"], record["outlet_evidence"] = _outlet_by_file_name(row.source_file,
                                                                           cleaned)
    if record["author"] and record["outlet"] and \
            record["outlet"].lower() in record["author"].lower():
        record["author"] = ""  # "Tim Sindonews": the outlet's desk, not a writer
    if cleaned:
        body = record["body"]
        record["language"] = guess_language(body, context["stopwords"])
        record["n_words"] = len(body.split())
        record["n_paragraphs"] = len(text.split_paragraphs(body))
        record["n_sentences"] = len(text.split_sentences(body))
        if not record["title"]:
            row.warnings.append("no_title")
        if not record["outlet"]:
            row.warnings.append("no_outlet")
        if not record["published"]:
            row.warnings.append("no_publication_date")
        # English is read with English rules (its language is a plain fact of the row); a
        # language no rules read is worth a warning
        if record["language"] not in ("id", "en", "und"):
            row.warnings.append("not_indonesian")
        record["text_sha256"] = hashlib.sha256(" ".join(cleaned.split()).encode(
            "utf-8", "surrogatepass")).hexdigest()
    record["n_words"] = record["n_words"] or 0
    record["n_paragraphs"] = record["n_paragraphs"] or 0
    record["n_sentences"] = record["n_sentences"] or 0
    record["warnings"] = ";".join(dict.fromkeys(row.warnings))
    record["status"] = "error" if row.error else ("warning" if row.warnings else "ok")
    return record


def _day(published: str) -> datetime.date | None:
    """The day a body's relative dates resolve against, as the annotators read it."""
    try:
        return datetime.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


# hosts that serve other sites' pages, and the names reserved for examples (RFC 2606):
# never an outlet
_NO_OUTLET_HOSTS = re.compile(r"(?i)(?:^|\.)(?:archive\.org|archive\.ph|ampproject\.org|"
                              r"translate\.goog|googleusercontent\.com|google\.[a-z.]+|"
                              r"bing\.com|facebook\.com|t\.co|bit\.ly|example\.(?:com|net|org)|"
                              r"[\w-]+\.(?:test|example|invalid|localhost))$")


def _outlet_by_address(url: str, outlet: str, evidence: str) -> tuple[str, str]:
    """(outlet, evidence) once the page's own address is known: a site of data/outlets.csv
    there wins over what the words say (a network's page reprinting its portal's dateline);
    another site's host names the outlet only when the words name none.

    >>> _outlet_by_address("https://jateng.tribunnews.com/a", "Tribunnews.com", "dateline: X")
    ('Tribun Jateng', 'url: jateng.tribunnews.com (the text: Tribunnews.com)')
    >>> _outlet_by_address("https://www.lensanusa.id/a/1", "", "")
    ('Lensanusa.id', 'url: lensanusa.id (not in data/outlets.csv)')
    """
    by_domain = urls.outlet_of(url)
    if by_domain:
        if outlet == by_domain[0]:
            return outlet, evidence
        return by_domain[0], f"url: {by_domain[1]}" + (f" (the text: {outlet})" if outlet else "")
    host = urls.host_of(url)
    if outlet or not host or "." not in host or _NO_OUTLET_HOSTS.search(host):
        return outlet, evidence
    return outlet_name(host), f"url: {host} (not in data/outlets.csv)"


def _outlet_by_file_name(source_file: str, cleaned: str = "") -> tuple[str, str]:
    """(outlet, evidence) a page naming no outlet its readers knew gets from its file's name:
    a corpus folder names its files after their sites (``n05_voa.txt``, ``okezone-bbm.html``;
    :func:`newsframe.read.urls.outlet_in_file_name`, round 25f); or a site data/outlets.csv
    does not know, named ``02_lensakota.txt`` and written as a site's name in the text
    (:func:`_site_named_in_text`).

    >>> _outlet_by_file_name("stories/n05_voa.txt")
    ('VOA Indonesia', 'file name: n05_voa.txt (voa)')
    >>> _outlet_by_file_name("stories/banjir-bandang.txt")
    ('', '')
    >>> _outlet_by_file_name("04_lensakota.txt", "Jalan Putus\\nDiperbaiki besok. (lensakota)")
    ('Lensakota', 'file name: 04_lensakota.txt (lensakota), written in the text: (lensakota)')
    """
    base = source_file.replace("\\", "/").rsplit("/", 1)[-1]
    named = urls.outlet_in_file_name(source_file)
    if named:
        return named[0], f"file name: {base} ({named[1]})"
    word = urls.file_name_word(source_file)
    site, line = _site_named_in_text(word, cleaned) if word and cleaned else ("", "")
    if site:
        return site, f"file name: {base} ({word}), written in the text: {line}"
    return "", ""


_DOMAIN_END = r"\.(?:co\.id|com|id|net|org|tv|news)"
# after a site's name opening a line: a dash or an underscore ("LENSAKOTA –", "Lensa Kota-"),
# a full stop before the next sentence ("LensaKota. Laporan …"), or a place's one or two
# words and a dash ("LensaKota Solok –")
_AFTER_OPENING = re.compile(r"\s*(?:[-–—_]|\.\s+[A-Z])|(?:\s+[A-Z][a-z]+){1,2}\s*[-–—]")


def _site_named_in_text(word: str, text: str) -> tuple[str, str]:
    """(site, line) where the text writes a file's name's word (five letters at least; no
    everyday word, no place) as a site's own name: as a domain (``Solok_LensaKota.id.``),
    alone in brackets (``(lensakota)`` closing the text), opening a line before a dash or a
    full stop, after a dash ending a line (``Redaksi - LENSAKOTA``) or on a line of its own
    (not in capitals there: ``TEGAL –`` is a dateline's place); capitals or spaces may part
    its letters (``Lensa Kota``). A page writing the word in lower case as a word of its
    sentences names no site by it."""
    if len(word) < 5 or word in _everyday_words() or is_place(word):
        return "", ""
    spelled = r"[ .-]?".join(re.escape(letter) for letter in word)
    pattern = re.compile(rf"(?i)(?<![A-Za-z0-9.@/-])(?P<name>{spelled})(?P<end>{_DOMAIN_END})?"
                         r"(?![A-Za-z0-9])")
    text = text[:50_000]
    matches = list(pattern.finditer(text))
    if any(not m.group("end") and m.group("name") == m.group("name").lower() and not (
            text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")")
            for m in matches):
        return "", ""  # the word in the text's sentences
    for match in matches:
        start = text.rfind("\n", 0, match.start()) + 1
        stop = text.find("\n", match.end())
        before, after = text[start:match.start()], text[match.end():stop if stop >= 0 else None]
        name = match.group("name")
        bracketed = before.endswith("(") and after.startswith(")")
        # (opening a line in capitals, "TEGAL –", it is a dateline's place)
        opening = not before.strip() and not name.isupper() and (
            not after.strip() or _AFTER_OPENING.match(after))
        if match.group("end") or bracketed or opening or \
                re.search(r"[-–—|_]\s*$", before) and after.strip() in ("", "."):
            line = (before[-30:] + name + (match.group("end") or "") + after[:2]).strip()
            if bracketed:
                line = f"({name})"
            return outlet_name(name + (match.group("end") or "")), line
    return "", ""


@lexicons.cached()
def _everyday_words() -> frozenset:
    """Everyday words no site's file is named after (data/lexicons/common_words.csv,
    stopwords.csv, function_words.csv)."""
    return frozenset(word.lower() for name in ("common_words", "stopwords", "function_words")
                     for word in lexicons.load(name)["word"])


def _given(row: Row, page: dict | None, override: dict) -> dict:
    """field -> (value, evidence) from the page's metadata, the record and the manifest
    (the later wins: a manifest over a record over the page, all over the text)."""
    given = {}
    if page:
        for key in ("title", "outlet", "url", "published", "author"):
            if page[key]:
                given[key] = (page[key], page.get(f"{key}_evidence", "page"))
    for key, value in row.meta.items():
        given[key] = (value, row.meta_from.get(key, f"record: {value}"))
    origin, record_from = override.get("_origin", "manifest"), override.get("_from", {})
    for key, value in override.items():
        if key.startswith("_"):
            continue
        evidence = record_from.get(key, "")
        given[key] = (value, f"{origin}: {value}" if origin == "manifest" or not evidence
                      else f"{origin} ({evidence})")
    if "outlet" in given:
        value, evidence = given["outlet"]
        named = urls.outlet_named(value) if evidence.startswith("record") else None
        given["outlet"] = (named or value, evidence)
    if "published" in given:
        value, evidence = given["published"]
        day = published_value(value)
        if day:
            given["published"] = (day, evidence)
        else:
            del given["published"]
            row.warnings.append("unparsed_date")
    return given
