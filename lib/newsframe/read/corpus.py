"""Load a corpus of articles into one row per input file or record, never dropping one.

Input: a folder (searched recursively for ``*.txt``), a list of files, a single ``.txt``
file, or a ``.csv`` / ``.jsonl`` export with a ``text`` column (optional ``title``,
``outlet``, ``url``, ``published``, ``id``). A ``manifest.csv`` in the folder (or the
``manifest`` argument) supplies or overrides ``url``, ``outlet``, ``published`` and ``title``
per article; the ``*_evidence`` columns say where each value came from.

Each file is read as bytes, decoded (UTF-8, else cp1252/latin-1 with a warning), cleaned of
HTML and separated into header (title, standfirst, byline), body and boilerplate. A bad file
becomes a row with ``status`` error or warning and codes in ``warnings``.

>>> articles = load_corpus(paths.SEEDS)
>>> len(articles), sorted(set(articles["status"])) != []
(5, True)
"""

import contextlib
import gc
import hashlib
import html
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .. import lexicons, paths, schema
from . import dates, text

COLUMNS = schema.columns("articles")
WARNING_CODES = {
    "empty": "file is empty or whitespace only (status error)",
    "binary": "file looks binary, not text (status error)",
    "unreadable": "file could not be read (status error)",
    "missing_text": "record has no text (status error)",
    "utf8_bom": "UTF-8 byte-order mark removed",
    "crlf": "Windows line endings normalised",
    "decoded_cp1252": "not UTF-8; decoded as cp1252",
    "decoded_latin1": "not UTF-8; decoded as latin-1",
    "html_stripped": "HTML markup removed",
    "duplicate": "same text as an earlier article (see duplicate_of)",
    "no_title": "no headline line found",
    "no_outlet": "outlet not recognised",
    "no_publication_date": "no publication date found in text or manifest",
    "weekday_mismatch": "stated weekday does not match the date",
    "long_line": "a line longer than 100,000 characters",
    "not_indonesian": "text does not look Indonesian",
    "later_date_in_text": "the text names a day up to a week after the lead's date: the "
                          "article was probably published later than `published`",
    "published_inferred": "no dated masthead or lead: `published` is the latest full date "
                          "the text names (published_precision inferred_not_before)",
}
TEXT_SUFFIXES = {".txt"}
MAX_TITLE_CHARS = 300
MAX_DATE_LINE_CHARS = 60
HEADER_LINES = 12  # title, standfirst and byline live in the first lines
# a time stamp closing the headline line: "... Tiba di Rusia 12 Sep 2023 10:58"
_TITLE_STAMP = re.compile(
    r"\s(\d{1,2}\s+[A-Za-z]{3,9}\.?\s+(?:19|20)\d{2}(?:,?\s+(?:pukul\s+)?\d{1,2}[:.]\d{2}"
    r"(?:\s*WI[BT]A?)?)?)\s*$"
)
# a part of a dateline: no comma, bracket or dash, but a hyphen inside a word
# ("PIKIRAN-RAKYAT.COM")
_PART = r"(?:[^,\n(–—\s-]|-(?=\w)|\s(?![–—-]))"
_DATELINE = re.compile(
    r"^\s*(?:(?P<a>" + _PART + r"{2,40}?),\s*(?P<b>" + _PART + r"{2,40}?)"
    r"|(?P<c>" + _PART + r"{2,40}?)\s*\((?P<d>[^)\n]{2,30})\)"
    r"|(?P<e>(?:[^\s,(–—-]|-(?=\w)){2,30}))"
    # the dash after a dateline: an en or em dash, or a hyphen with a space beside it
    r"(?:\s*[–—]\s*|\s+-{1,2}\s*|-{1,2}\s+)"
)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_TAGS = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]{0,2000}>", re.I | re.S)
_HTML_HINT = re.compile(r"<(html|body|p|div|br|span|script|a|h\d|article|img)\b[^>]*>", re.I)


@dataclass
class _Row:
    article_id: str
    path: str
    raw: bytes = b""
    text: str | None = None  # for records (CSV/JSONL) the text is given
    meta: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    error: bool = False


# ---------------------------------------------------------------------------- inputs

def _collect(source, skipped: list[str]) -> list[_Row]:
    if isinstance(source, (list, tuple)):
        files = [Path(p) for p in source]
        root = Path(_common_root(files))
        return [_Row(_article_id(f, root), str(f)) for f in files]
    path = Path(source)
    if path.is_dir():
        rows = []
        for f in sorted(path.rglob("*")):
            if not f.is_file():
                continue
            if f.suffix.lower() in TEXT_SUFFIXES:
                # rglob yields path / relative: the id is that relative path (no resolve)
                rows.append(_Row(f.relative_to(path).with_suffix("").as_posix(), str(f)))
            elif f.name not in ("manifest.csv", "SHA256SUMS"):
                skipped.append(str(f))
        return rows
    if path.suffix.lower() in (".csv", ".jsonl", ".json"):
        return _records(path)
    return [_Row(path.stem, str(path))]


def _common_root(files: list[Path]) -> str:
    parents = [str(f.resolve().parent) for f in files]
    if not parents:
        return "."
    import os

    return os.path.commonpath(parents)


def _article_id(file: Path, root: Path) -> str:
    try:
        relative = file.resolve().relative_to(root.resolve())
    except ValueError:
        relative = Path(file.name)
    return relative.with_suffix("").as_posix()


def _records(path: Path) -> list[_Row]:
    """Rows from a CSV or JSONL export; a malformed record becomes an error row."""
    rows: list[_Row] = []
    if path.suffix.lower() == ".csv":
        try:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False)
            records = frame.to_dict("records")
        except Exception as error:  # noqa: BLE001 - any parse failure becomes an error row
            row = _Row(path.stem, str(path), error=True)
            row.warnings.append("unreadable")
            row.meta["error_detail"] = str(error)[:200]
            return [row]
    else:
        records = []
        for number, line in enumerate(path.read_text("utf-8", errors="replace").splitlines()):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
                records.append(value if isinstance(value, dict) else {"_bad": number})
            except json.JSONDecodeError:
                records.append({"_bad": number})
    for number, record in enumerate(records, start=1):
        record_id = str(record.get("id") or f"{path.stem}/{number}")
        row = _Row(record_id, f"{path}#{number}")
        text_value = record.get("text")
        if "_bad" in record or not isinstance(text_value, str):
            row.error = True
            row.warnings.append("missing_text" if "_bad" not in record else "unreadable")
            row.text = ""
        else:
            row.text = text_value
        for key in ("title", "outlet", "url", "published"):
            if isinstance(record.get(key), str) and record[key].strip():
                row.meta[key] = record[key].strip()
        rows.append(row)
    return rows


def _read_manifest(manifest, source) -> dict[str, dict]:
    if manifest is None and not isinstance(source, (list, tuple)) and Path(source).is_dir():
        candidate = Path(source) / "manifest.csv"
        manifest = candidate if candidate.exists() else None
    if manifest is None:
        return {}
    frame = pd.read_csv(manifest, dtype=str, keep_default_na=False)
    key = "article_id" if "article_id" in frame.columns else "path"
    if key not in frame.columns:
        raise ValueError(f"manifest {manifest} needs an 'article_id' or 'path' column")
    out = {}
    for record in frame.to_dict("records"):
        article_id = Path(record[key]).with_suffix("").as_posix() if key == "path" else record[key]
        out[article_id] = {k: v.strip() for k, v in record.items()
                           if k in ("url", "outlet", "published", "title") and v.strip()}
    return out


# ---------------------------------------------------------------------------- decoding

def _decode(row: _Row) -> str:
    raw = row.raw
    if not raw.strip():
        row.error = True
        row.warnings.append("empty")
        return ""
    sample = raw[:8192]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if b"\x00" in sample or controls > len(sample) * 0.05:
        row.error = True
        row.warnings.append("binary")
        return ""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
        row.warnings.append("utf8_bom")
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            decoded = raw.decode("cp1252")
            row.warnings.append("decoded_cp1252")
        except UnicodeDecodeError:
            decoded = raw.decode("latin-1")
            row.warnings.append("decoded_latin1")
    return decoded


def _clean(row: _Row, raw_text: str) -> str:
    cleaned = raw_text.lstrip("\ufeff")
    if "\r" in cleaned:
        if "crlf" not in row.warnings and "\r\n" in cleaned:
            row.warnings.append("crlf")
        cleaned = cleaned.replace("\r\n", "\n").replace("\r", "\n")
    if _HTML_HINT.search(cleaned[:200_000]):
        cleaned = _TAGS.sub("\n", cleaned)
        cleaned = html.unescape(cleaned)
        row.warnings.append("html_stripped")
    cleaned = cleaned.replace("\u00a0", " ").replace("\u200b", "")
    cleaned = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", " ", cleaned)
    if not cleaned.strip() and not row.error:
        row.error = True
        row.warnings.append("empty")
    return cleaned


# ---------------------------------------------------------------------------- structure

def _boilerplate_rules() -> tuple[re.Pattern, list[tuple[str, str]]]:
    """One pattern for all boilerplate rules; group ``r<i>`` matched -> rule i, with what it
    takes along (``takes_next``: 0, 1 = the next line, ``block`` = the short lines that
    follow, ``rest`` = everything after)."""
    table = lexicons.load("boilerplate").to_dict("records")
    pattern = re.compile("|".join(f"(?P<r{i}>{r['pattern']})" for i, r in enumerate(table)),
                         re.IGNORECASE)
    return pattern, [(r["kind"], r["takes_next"]) for r in table]


_SHORT_LINE_WORDS = 20


def _furniture_line(line: str) -> bool:
    """A short line without closing punctuation: a headline in a list, a date, a label."""
    return len(line.split()) <= _SHORT_LINE_WORDS and not line.rstrip().endswith(
        (".", "!", "?", '"', "”"))


def _split_boilerplate(lines: list[str], rules) -> tuple[list[str], list[tuple[str, str]]]:
    """Keep content lines; return removed (kind, line) pairs in order."""
    pattern, kinds = rules
    kept, removed, takes, taken_kind = [], [], "0", ""
    for line in lines:
        stripped = line.strip()
        if takes == "rest" and stripped:
            removed.append((taken_kind, stripped))
            continue
        if takes == "block" and stripped:
            if _furniture_line(stripped):
                removed.append((taken_kind, stripped))
                continue
            takes = "0"
        if takes == "1" and stripped:
            removed.append(("tags", stripped))
            takes = "0"
            continue
        match = pattern.fullmatch(stripped) if stripped and len(stripped) < 400 else None
        if match:
            kind, takes = kinds[int(match.lastgroup[1:])]
            taken_kind = kind
            removed.append((kind, stripped))
        else:
            kept.append(line)
    return kept, removed


def _outlets() -> list[tuple[str, re.Pattern]]:
    table = lexicons.load("outlets")
    rules = []
    for record in table.to_dict("records"):
        rules.append((record["name"], lexicons.cue_pattern(
            lexicons.split_aliases(record["patterns"]), ignore_case=False)))
    return rules


def _find_outlet(snippet: str, outlets) -> str | None:
    best = None
    for name, pattern in outlets:
        match = pattern.search(snippet)
        if match and (best is None or match.start() < best[1]):
            best = (name, match.start())
    return best[0] if best else None


_DOMAIN = re.compile(r"(?i)\b[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:co\.id|com|co|id|net|org|tv|"
                     r"news|info|asia|my|sg)\b")


def _outlet_by_domain(text: str) -> str | None:
    """The outlet of data/outlets.csv whose domain ``text`` names (subdomains included:
    the longest matching domain wins)."""
    found = _DOMAIN.search(text)
    if not found:
        return None
    host = found.group(0).lower().removeprefix("www.")
    best = None
    for record in lexicons.load("outlets").to_dict("records"):
        for domain in lexicons.split_aliases(record["domain"]):
            domain = domain.lower()
            if (host == domain or host.endswith("." + domain)) and (
                    best is None or len(domain) > len(best[1])):
                best = (record["name"], domain)
    return best[0] if best else None


def _self_name(part: str, domain_hint: str = "") -> str | None:
    """A masthead that names itself although data/outlets.csv does not list it: a domain
    (``GenPI.co``, ``MEDCOM.ID``, ``PIKIRAN-RAKYAT.COM``) or a name with its domain in
    brackets (``AIRSPACE REVIEW (airspace-review.com)``)."""
    part = part.strip()
    if not part or len(part) > 40 or len(part.split()) > 4:
        return None
    if _DOMAIN.fullmatch(part):
        return part
    if domain_hint and _DOMAIN.fullmatch(domain_hint.strip()) and re.fullmatch(
            r"[A-Z0-9][\w .&'-]{1,38}", part):
        return part.title() if part.isupper() else part
    return None


def _dateline(lead: str, outlets) -> tuple[str, str, str] | None:
    """(outlet, place, evidence) from a dateline like ``WASHINGTON, KOMPAS.TV -``: an
    outlet of data/outlets.csv (by name or domain), else a masthead that names itself."""
    match = _DATELINE.match(lead[:200])
    if not match:
        return None
    parts = [p.strip() for p in match.group("a", "b", "c", "d", "e") if p]
    evidence = match.group(0).strip()

    def place_besides(index):
        place = next((p for i, p in enumerate(parts) if i != index), "")
        if place and not re.fullmatch(r"[A-Za-z .'-]{2,40}", place) or _DOMAIN.search(place):
            place = ""
        return place.title() if place.isupper() else place

    for index, part in enumerate(parts):
        outlet = _find_outlet(part, outlets) or _outlet_by_domain(part)
        if outlet:
            return outlet, place_besides(index), evidence
    for index, part in enumerate(parts):
        hint = match.group("d") or "" if part == (match.group("c") or "").strip() else ""
        named = _self_name(part, hint)
        if named:
            return named, place_besides(index) if not hint else "", \
                f"{evidence} (not in data/outlets.csv)"
    return None


def _stopwords() -> dict[str, str]:
    table = lexicons.load("stopwords")
    return dict(zip(table["word"].tolist(), table["language"].tolist(), strict=True))


def _language(body: str, stopwords: dict[str, str]) -> str:
    counts: dict[str, int] = {}
    for word in re.findall(r"[a-z]+", body[:5_000].lower()):
        language = stopwords.get(word)
        if language:
            counts[language] = counts.get(language, 0) + 1
    if max(counts.values(), default=0) < 3:
        return "und"
    return max(counts, key=counts.get)


def _structure(row: _Row, cleaned: str, rules, outlets, sections) -> dict:
    """Split cleaned text into header fields, body and boilerplate."""
    lines = cleaned.split("\n")
    if any(len(line) > 100_000 for line in lines):
        row.warnings.append("long_line")
    kept, removed = _split_boilerplate(lines, rules)
    content = [line.strip() for line in kept if line.strip()]
    info = {"title": "", "title_evidence": "", "dek": "", "section": "", "author": "",
            "editor": "", "dateline_place": "", "outlet": "", "outlet_evidence": ""}
    # short header lines that are a date ("Rabu, 28 Agu 2024 11:20 WIB",
    # "Kompas.com - 29/12/2023, 14:12 WIB") are metadata, not headline or text
    date_lines = [index for index, line in enumerate(content[:HEADER_LINES])
                  if len(line) <= MAX_DATE_LINE_CHARS and dates.parse_date_line(line).date]
    if date_lines:
        info["date_line"] = content[date_lines[0]]
        masthead = _find_outlet(info["date_line"], outlets)
        if masthead:
            info["outlet"], info["outlet_evidence"] = masthead, f"date line: {info['date_line']}"
        removed += [("date_line", content[index]) for index in date_lines]
        content = [line for index, line in enumerate(content) if index not in date_lines]

    # the lead is the first line opening with a recognised dateline
    lead_index, dateline = None, None
    for index, line in enumerate(content[:HEADER_LINES]):
        dateline = _dateline(line, outlets)
        if dateline:
            lead_index = index
            break
    header = content[:lead_index] if lead_index is not None else content[:1]
    if header and len(header[0]) <= MAX_TITLE_CHARS and not header[0].endswith((".", "?\"")):
        info["title"] = header[0]
        info["title_evidence"] = "first line"
        header_rest = header[1:]
    else:
        header_rest = header if lead_index is not None else []
    body_lines = content[lead_index:] if lead_index is not None else content[len(header):]
    if lead_index is None and not info["title"]:
        body_lines = content
    info["dek"] = "\n".join(header_rest)

    # section label and trailing date stamp on the title line
    title = info["title"]
    first_word = title.split(" ", 1)[0] if title else ""
    if first_word in sections and " " in title:
        info["section"], title = first_word, title.split(" ", 1)[1]
    stamp = _TITLE_STAMP.search(title)
    if stamp and dates.parse_date_line(stamp.group(1)).date:
        info["date_line"] = stamp.group(1)
        title = title[: stamp.start()].strip()
    info["title"] = title
    if title:  # "Headline - GenPI.co": the page title repeated with the site's name
        for lines in (header_rest, body_lines):
            for index, line in enumerate(lines[:3]):
                repeat = re.fullmatch(re.escape(title) + r"\s*(?:[-|–—:]\s*)(.{2,40})", line)
                if not repeat:
                    continue
                removed.append(("title_repeat", line))
                site = repeat.group(1).strip()
                known = _find_outlet(site, outlets) or _outlet_by_domain(site)
                named = known or _self_name(site)
                if named and not dateline:
                    info["outlet"] = named
                    info["outlet_evidence"] = f"page title: … - {site}" + (
                        "" if known else " (not in data/outlets.csv)")
                del lines[index]
                break
        info["dek"] = "\n".join(header_rest)

    if dateline:
        info["outlet"], info["dateline_place"] = dateline[0], dateline[1]
        info["outlet_evidence"] = f"dateline: {dateline[2]}"
    for kind, line in removed:
        value = line.split(":", 1)[1].strip() if ":" in line else ""
        if kind == "byline" and line.lower().startswith(("penulis", "reporter", "pewarta")):
            info["author"] = info["author"] or value
        elif kind == "byline" and line.lower().startswith("editor"):
            info["editor"] = info["editor"] or value
        elif kind == "signature":
            info["author"] = info["author"] or line.lstrip("-").strip()
    if not info["outlet"]:
        masthead = "\n".join([c for c in content[:HEADER_LINES]] + [line for _, line in removed])
        outlet = _find_outlet(masthead[:20_000], outlets)
        copyright_line = next((line for kind, line in removed if kind == "copyright"), "")
        if not outlet and copyright_line:
            outlet = _find_outlet(copyright_line, outlets) or _outlet_by_domain(copyright_line)
        if outlet:
            info["outlet"], info["outlet_evidence"] = outlet, (
                f"copyright line: {copyright_line}" if copyright_line and outlet == _find_outlet(
                    copyright_line, outlets) else "masthead or boilerplate line")
    info["lead"] = body_lines[0] if body_lines else ""
    info["body"] = "\n\n".join(body_lines)
    info["boilerplate"] = "\n".join(f"{kind}: {line}" for kind, line in removed)
    return info


def _later_day_in(body: str, published) -> bool:
    """Does the body name a day 1-7 days after ``published`` (e.g. a lead dated Friday and a
    relay "seperti dilansir AP, Sabtu (14/10)")? Then the lead gives the news day, not the
    publication day."""
    for expression in dates.find_date_expressions(body, published):
        if expression.precision == "day" and expression.date_start and \
                1 <= (expression.date_start - published).days <= 7:
            return True
    return False


def _publication(info: dict, row: _Row) -> dict:
    """Publication date from a date line, else the lead's first explicit full date."""
    for source, snippet in (("date line", info.get("date_line", "")),
                            ("lead", info.get("lead", "")[:600])):
        found = dates.parse_date_line(snippet) if snippet else None
        if found and found.date:
            if found.weekday_ok is False:
                row.warnings.append("weekday_mismatch")
            evidence = snippet if source == "date line" else found.evidence
            if source == "lead" and _later_day_in(info.get("body", ""), found.date):
                row.warnings.append("later_date_in_text")
            return {"published": found.date.isoformat(), "published_precision": "day",
                    "published_evidence": f"{source}: {evidence}",
                    "weekday_stated": found.weekday_stated}
    latest = _latest_full_date(info.get("body", ""))
    if latest is not None:
        row.warnings.append("published_inferred")
        return {"published": latest.date_start.isoformat(),
                "published_precision": "inferred_not_before",
                "published_evidence": f"inferred: the latest full date in the text, "
                                      f"{latest.expression}",
                "weekday_stated": ""}
    return {"published": "", "published_precision": "", "published_evidence": "",
            "weekday_stated": ""}


def _latest_full_date(body: str):
    """The latest date the text writes in full (day, month and year: ``Jumat (17/5/2024)``,
    ``Kamis, 29 Februari 2024``): an article without a dated masthead or lead was published
    on that day or later."""
    full = [e for e in dates.find_date_expressions(body, None) if e.precision == "day"
            and not e.relative and e.date_start is not None and e.date_start == e.date_end]
    return max(full, key=lambda e: e.date_start) if full else None


# ---------------------------------------------------------------------------- main

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


@dataclass
class CorpusPlan:
    """What a corpus holds before anything is read: one row per article file or record
    (records of an export already carry their text), the manifest's overrides, and the
    files that are not articles."""

    rows: list
    overrides: dict
    skipped: list


def plan_corpus(source=None, manifest=None) -> CorpusPlan:
    """The articles of ``source`` (as :func:`load_corpus` takes it), not yet read: engines
    split ``rows`` into partitions and :func:`load_rows` each.

    >>> len(plan_corpus(paths.SEEDS).rows)
    5
    """
    source = paths.SEEDS if source is None else source
    if not isinstance(source, (list, tuple)) and not Path(source).exists():
        raise FileNotFoundError(f"corpus path {str(source)!r} does not exist")
    skipped: list[str] = []
    rows = _collect(source, skipped)
    return CorpusPlan(rows, _read_manifest(manifest, source), skipped)


def _context() -> dict:
    rules, outlets = _boilerplate_rules(), _outlets()
    return {"rules": rules, "outlets": outlets,
            "sections": set(lexicons.load("sections")["section"]),
            "stopwords": _stopwords()}


def load_rows(rows: list, overrides: dict | None = None, progress: bool = False
              ) -> pd.DataFrame:
    """Read, clean and structure planned rows into articles (duplicates are not marked:
    that needs the whole corpus, :func:`mark_duplicates`)."""
    overrides = overrides or {}
    context = _context()
    records = []
    with paused_gc():
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


def load_corpus(source=None, manifest=None, progress: bool = False) -> pd.DataFrame:
    """Load articles into a DataFrame with one row per input file or record.

    Args:
        source: folder, list of files, ``.txt`` file, or ``.csv``/``.jsonl`` export
            (default: the project's seeds/).
        manifest: optional CSV (``article_id`` or ``path`` + ``url``/``outlet``/
            ``published``/``title``) overriding what the text says.
        progress: print a progress line to stderr every 200 files.

    Returns:
        DataFrame with :data:`COLUMNS`; ``attrs["skipped_files"]`` lists non-article files.

    >>> row = load_corpus(paths.SEEDS).set_index("article_id").loc["001_8995e815094ec626"]
    >>> row["outlet"], row["published"], row["warnings"]
    ('KompasTV', '2022-11-03', 'weekday_mismatch;no_title')
    """
    plan = plan_corpus(source, manifest)
    frame = mark_duplicates(load_rows(plan.rows, plan.overrides, progress))
    frame.attrs["skipped_files"] = plan.skipped
    return frame


def _load_one(row: _Row, override: dict, context: dict) -> dict:
    if row.text is None:
        try:
            row.raw = Path(row.path).read_bytes()
        except OSError as error:
            row.error = True
            row.warnings.append("unreadable")
            row.meta["error_detail"] = str(error)[:200]
        decoded = "" if row.error else _decode(row)
    else:
        row.raw = row.text.encode("utf-8")
        decoded = row.text
        if not row.error and not decoded.strip():
            row.error = True
            row.warnings.append("empty")
    cleaned = "" if row.error else _clean(row, decoded)
    info = (_structure(row, cleaned, context["rules"], context["outlets"], context["sections"])
            if cleaned else {})
    published = _publication(info, row) if cleaned else _publication({}, row)
    record = {column: "" for column in COLUMNS}
    record.update({k: v for k, v in info.items() if k in record})
    record.update(published)
    record.update({"article_id": row.article_id, "path": row.path,
                   "sha256": hashlib.sha256(row.raw).hexdigest()})
    # metadata from a record or manifest wins over the text; evidence says so
    for key, value in {**row.meta, **override}.items():
        if key in ("title", "outlet", "url", "published"):
            origin = "manifest" if key in override else "record"
            record[key] = value
            evidence_key = "published_evidence" if key == "published" else f"{key}_evidence"
            record[evidence_key] = f"{origin}: {value}"
            if key == "published":
                record["published_precision"] = _precision_of(value)
    if cleaned:
        body = record["body"]
        record["language"] = _language(body, context["stopwords"])
        record["n_words"] = len(body.split())
        record["n_paragraphs"] = len(text.split_paragraphs(body))
        record["n_sentences"] = len(text.split_sentences(body))
        if not record["title"]:
            row.warnings.append("no_title")
        if not record["outlet"]:
            row.warnings.append("no_outlet")
        if not record["published"]:
            row.warnings.append("no_publication_date")
        if record["language"] not in ("id", "und"):
            row.warnings.append("not_indonesian")
        record["text_sha256"] = hashlib.sha256(" ".join(cleaned.split()).encode(
            "utf-8")).hexdigest()
    record["n_words"] = record["n_words"] or 0
    record["n_paragraphs"] = record["n_paragraphs"] or 0
    record["n_sentences"] = record["n_sentences"] or 0
    record["warnings"] = ";".join(dict.fromkeys(row.warnings))
    record["status"] = "error" if row.error else ("warning" if row.warnings else "ok")
    return record


def _precision_of(value: str) -> str:
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "")


def select_articles(articles: pd.DataFrame, outlets=None, start=None, end=None,
                    include_duplicates: bool = False) -> pd.DataFrame:
    """Articles to analyse: not errors, not duplicates, in the outlet and date selection.

    Undated articles are kept unless a date window is given.

    >>> arts = load_corpus(paths.SEEDS)
    >>> len(select_articles(arts, outlets=["KompasTV"]))
    1
    """
    keep = articles["status"] != "error"
    if not include_duplicates:
        keep &= articles["duplicate_of"] == ""
    if outlets is not None:
        keep &= articles["outlet"].isin(list(outlets))
    published = pd.to_datetime(articles["published"].where(articles["published"] != ""),
                               errors="coerce")
    if start is not None:
        keep &= published >= pd.Timestamp(start)
    if end is not None:
        keep &= published <= pd.Timestamp(end)
    return articles[keep].reset_index(drop=True)


def warning_summary(articles: pd.DataFrame) -> str:
    """One line: counts of rows by status and of each warning code.

    >>> warning_summary(load_corpus(paths.SEEDS))  # doctest: +NORMALIZE_WHITESPACE
    '5 articles (2 ok, 3 warning, 0 error); warnings: later_date_in_text=1,
    no_publication_date=1, no_title=1, weekday_mismatch=1'
    """
    status = articles["status"].value_counts()
    codes = articles["warnings"].str.split(";").explode()
    codes = codes[codes.notna() & (codes != "")].value_counts().sort_index()
    parts = ", ".join(f"{code}={count}" for code, count in codes.items()) or "none"
    skipped = len(articles.attrs.get("skipped_files", []))
    extra = f"; {skipped} non-article files skipped" if skipped else ""
    return (f"{len(articles)} articles ({status.get('ok', 0)} ok, {status.get('warning', 0)} "
            f"warning, {status.get('error', 0)} error); warnings: {parts}{extra}")
