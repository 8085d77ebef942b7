"""Load a corpus of articles into one row per input file or record, never dropping one.

Input: one or more corpus roots: folders (searched recursively, :mod:`.files`: never
leaving the root), ``.txt`` files, saved ``.html``/``.htm`` pages (or ``.txt`` holding HTML,
:mod:`.html`), and CSV / JSON / JSON Lines exports (Media Cloud, news-please, or any through
a column mapping, :mod:`.exports`). A ``manifest.csv`` in a folder (or the ``manifest``
argument) supplies or overrides ``url``, ``outlet``, ``published`` and ``title`` per
article; a text-less export record does the same for the saved page with its URL. The
``*_evidence`` columns say where each value came from: the manifest over a record over the
page's metadata over the URL (:mod:`.urls`) over the text.

Each file is read as bytes (bounded), decoded (UTF-8, else cp1252/latin-1 with a warning) or
extracted from its page, and separated into header (title, standfirst, byline), body and
boilerplate. A bad file or record becomes a row with ``status`` error or warning and codes in
``warnings`` (:data:`WARNING_CODES`), the reason in ``error_detail``.

>>> articles = load_corpus(paths.SEEDS)
>>> len(articles), sorted(set(articles["status"])) != []
(5, True)
"""

import contextlib
import datetime
import gc
import hashlib
import html
import io
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .. import lexicons, paths, schema
from ..lang import dates, text
from . import exports, files, urls
from . import html as pages

COLUMNS = schema.columns("articles")
WARNING_CODES = {
    "empty": "file is empty or whitespace only (status error)",
    "binary": "file looks binary, not text (status error)",
    "unreadable": "file could not be read (status error; error_detail says why)",
    "unreadable_folder": "a folder of the corpus could not be listed (status error)",
    "outside_corpus": "symbolic link to a file outside the corpus folder: not read "
                      "(status error)",
    "not_regular_file": "a FIFO, socket or device, not a file: not read (status error)",
    "too_large": "file larger than newsframe.read.files.MAX_FILE_BYTES: not read "
                 "(status error)",
    "missing_text": "record has no text, and no saved page has its URL (status error)",
    "bad_record": "export record that could not be parsed: the parser's message is in "
                  "error_detail (status error)",
    "duplicate_id": "id already taken by an earlier row (two files with one stem, a "
                    "repeated export id): this one got a suffix ~2, ~3, …",
    "html_extracted": "a saved web page: the article text extracted (trafilatura), its "
                      "metadata read from the page",
    "page_too_large": "a saved web page too large or with too many tags for the article "
                      "extractor: its markup removed as for any text, its metadata not read",
    "unparsed_date": "the record's or manifest's publication date is not a date",
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
    "evidence_dropped": "an annotation whose offsets did not point at its words was left out "
                        "of the tables (the article's other rows are kept)",
}
# the codes that make a row an error (it has no text to annotate)
ERROR_CODES = ("empty", "binary", "unreadable", "unreadable_folder", "outside_corpus",
               "not_regular_file", "too_large", "missing_text", "bad_record")
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
    # an all-caps masthead of several words: "PORTAL BERITA TIMUR –"
    r"|(?P<f>[A-Z][A-Z0-9.&'’]*(?:\s+[A-Z0-9][A-Z0-9.&'’]*){1,4}(?=\s*[–—-]))"
    r"|(?P<e>(?:[^\s,(–—:-]|-(?=\w)){2,30}))"
    # the dash after a dateline: an en or em dash, or a hyphen with a space beside it; a
    # colon after one word ("Jakarta: …", "Kabarkota.com: …")
    r"(?:\s*[–—]\s*|\s+-{1,2}\s*|-{1,2}\s+|(?<=[\w.])(?<![A-Z]):\s+(?=[A-Z]))"
)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_TAGS = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]{0,2000}>", re.I | re.S)
_HTML_HINT = re.compile(r"<(html|body|p|div|br|span|script|a|h\d|article|img)\b[^>]*>", re.I)


@dataclass
class _Row:
    article_id: str
    path: str
    fs_path: bytes = b""  # the file to read (b"" for records and rows not read)
    source_file: str = ""  # the file's name below its corpus root (files.safe_text)
    raw: bytes = b""
    text: str | None = None  # for records (CSV/JSONL) the text is given
    meta: dict = field(default_factory=dict)  # field -> value given by a record
    meta_from: dict = field(default_factory=dict)  # field -> evidence of that value
    warnings: list[str] = field(default_factory=list)
    error: bool = False
    error_detail: str = ""


CorpusError = files.CorpusError
# ---------------------------------------------------------------------------- inputs

def _blocked(article_id: str, path: str, source_file: str, code: str, detail: str) -> _Row:
    return _Row(article_id, path, source_file=source_file, text="", warnings=[code],
                error=True, error_detail=detail)


def _strip_suffix(relative: bytes) -> bytes:
    head, tail = os.path.split(relative)
    stem, suffix = os.path.splitext(tail)
    known = (*files.ARTICLE_SUFFIXES, *files.EXPORT_SUFFIXES)
    return os.path.join(head, stem) if stem and suffix.decode("latin-1").lower() in known \
        else relative


def _collect(root, skipped: list[str], columns: dict) -> list[_Row]:
    """The rows of one corpus root (a folder, an article file or an export)."""
    rows: list[_Row] = []
    for entry in files.find_files(root):
        source_file = files.safe_text(entry.relative)
        article_id = files.safe_text(_strip_suffix(entry.relative))
        if entry.kind == "skipped":
            skipped.append(f"{entry.path}: {entry.reason}")
        elif entry.kind == "blocked":
            rows.append(_blocked(article_id, entry.path, source_file, entry.code,
                                 entry.reason))
        elif entry.kind == "export":
            try:
                rows += _records(entry, article_id, source_file, columns)
            except exports.NotArticles as reason:
                skipped.append(f"{entry.path}: {reason}")
        else:
            rows.append(_Row(article_id, entry.path, entry.fs_path, source_file))
    return rows


def _records(entry, stem: str, source_file: str, columns: dict) -> list[_Row]:
    """Rows from a CSV, JSON or JSONL export; a bad record is its own error row."""
    try:
        raw = files.read_file(entry.fs_path)
    except files.BlockedFile as blocked:
        return [_blocked(stem, entry.path, source_file, blocked.code, str(blocked))]
    found, file_warnings = exports.read_records(source_file, raw, columns)
    rows = []
    for record in found:
        record_id = record.fields.get("id") or f"{stem}/{record.number}"
        row = _Row(files.safe_text(record_id.encode("utf-8", "surrogateescape")),
                   f"{entry.path}#{record.number}", source_file=source_file,
                   warnings=list(file_warnings))
        if record.error:
            row.error, row.text, row.error_detail = True, "", record.error
            row.warnings.append("bad_record")
        else:
            text_value = record.fields.get("text")
            row.text = text_value or ""
            if not text_value:
                row.error = True
                row.warnings.append("missing_text")
            for key, value in record.fields.items():
                if key in ("title", "outlet", "url", "published", "author"):
                    column = record.columns[key]
                    row.meta[key] = value
                    row.meta_from[key] = (f"record: {value}" if column == key
                                          else f"record {column}: {value}")
        rows.append(row)
    return rows


def _read_manifest(manifest, source) -> dict[str, dict]:
    if manifest is None and not isinstance(source, (list, tuple)) and Path(source).is_dir():
        candidate = Path(source) / "manifest.csv"
        manifest = candidate if candidate.is_file() else None
    if manifest is None:
        return {}
    if Path(manifest).is_dir():
        raise CorpusError(f"manifest {str(manifest)!r} is a folder; allowed values: a CSV file "
                          "with an 'article_id' or 'path' column")
    try:
        text, _ = files.decode(files.read_file(os.fsencode(manifest)))
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (files.BlockedFile, pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise CorpusError(f"manifest {str(manifest)!r} cannot be read: "
                          f"{' '.join(str(error).split())}; allowed values: a CSV file with "
                          "an 'article_id' or 'path' column") from None
    key = "article_id" if "article_id" in frame.columns else "path"
    if key not in frame.columns:
        raise CorpusError(f"manifest {str(manifest)!r} has columns "
                          f"{', '.join(map(str, frame.columns)) or 'none'}; it needs an "
                          "'article_id' or 'path' column (plus url, outlet, published, title)")
    out = {}
    for record in frame.to_dict("records"):
        article_id = (Path(record[key]).with_suffix("").as_posix() if key == "path"
                      else record[key])
        out[article_id] = {k: v.strip() for k, v in record.items()
                           if k in ("url", "outlet", "published", "title", "author")
                           and isinstance(v, str) and v.strip()}
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
    decoded, codes = files.decode(raw)
    row.warnings += codes
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
    """(name, pattern) per outlet of data/outlets.csv. A spelling ending in a lower-case
    letter also matches run together with a section name after it (``kumparanBISNIS``,
    ``detikNews``, a menu's ``di kumparanInformasi``)."""
    table = lexicons.load("outlets")
    rules = []
    for record in table.to_dict("records"):
        spellings = lexicons.split_aliases(record["patterns"])
        camel = [re.escape(a) for a in spellings if a[-1:].islower()]
        pattern = lexicons.cue_pattern(spellings, ignore_case=False).pattern
        if camel:
            pattern += r"|(?<!\w)(?:" + "|".join(camel) + r")(?=[A-Z][A-Za-z])"
        rules.append((record["name"], re.compile(pattern)))
    return rules


_CREDIT = re.compile(r"(?:\.\s+|/|(?:foto|photo|sumber)\s*:\s*)$", re.IGNORECASE)


def _find_outlet(snippet: str, outlets, skip_credits: bool = False) -> str | None:
    """The outlet named first in ``snippet``; with ``skip_credits``, not one a photo
    caption credits (``Ilustrasi … . Medcom.id``, ``Foto: KCNA/via REUTERS``)."""
    best = None
    for name, pattern in outlets:
        for match in pattern.finditer(snippet):
            line_start = snippet.rfind("\n", 0, match.start()) + 1
            if skip_credits and _CREDIT.search(snippet, line_start, match.start()):
                continue
            if best is None or match.start() < best[1]:
                best = (name, match.start())
            break
    return best[0] if best else None


_DOMAIN = re.compile(r"(?i)\b[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:co\.id|com|co|id|net|org|tv|"
                     r"news|info|asia|my|sg)\b")


def _outlet_by_domain(text: str) -> str | None:
    """The outlet of data/outlets.csv whose domain the first domain ``text`` names is
    (subdomains included: the longest matching domain wins)."""
    found = _DOMAIN.search(text)
    by_domain = urls.outlet_of(found.group(0)) if found else None
    return by_domain[0] if by_domain else None


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
    parts = [p.strip() for p in match.group("a", "b", "c", "d", "f", "e") if p]
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
    for index, part in enumerate(parts):
        others = [p for i, p in enumerate(parts) if i != index]
        if _masthead(part, others):
            return part, place_besides(index), f"{evidence} (not in data/outlets.csv)"
    return None


def _masthead(part: str, others: list[str]) -> bool:
    """Is a dateline's part an outlet's masthead although data/outlets.csv does not know it:
    written in capitals or run together (``HARIAN KOTA``, ``BERITAKOTA``, ``KabarKota``)
    and holding a word of a news medium (data/lexicons/media_words.csv), or standing beside
    a known place (``SURABAYA, KABARKOTA –``)? A place is never one."""
    words = part.split()
    if not part or len(words) > 5 or _is_place(part) or not part[:1].isalpha() or \
            part.lower() in _calendar_words():
        return False
    capitals = part.isupper() or any(re.search(r"[a-z][A-Z]", w) for w in words)
    squeezed = re.sub(r"[^a-z]", "", part.lower())
    lowered = [w.lower() for w in words]
    medium = any(squeezed.startswith(w) or squeezed.endswith(w) or w in lowered
                 for w in _media_words())
    beside_place = bool(others) and all(_is_place(o) for o in others)
    return medium or (capitals and beside_place)


@lexicons.cached()
def _calendar_words() -> frozenset:
    """Weekday and month names (``Jakarta, SENIN –`` names a day, not an outlet)."""
    return frozenset(n.lower() for name in ("weekdays", "months")
                     for n in lexicons.load(name)["name"])


@lexicons.cached()
def _media_words() -> tuple[str, ...]:
    return tuple(lexicons.load("media_words")["word"].str.lower())


@lexicons.cached()
def _place_names() -> frozenset:
    table = lexicons.load("places")
    return frozenset({n.lower() for n in table["name"]} | {n.lower() for n in table["short"]
                                                            if n})


def _is_place(part: str) -> bool:
    """A place of data/lexicons/places.csv (``SEMARANG``, ``Jawa Tengah``)."""
    return " ".join(part.lower().split()) in _place_names()


def _section_banner(content: list[str]) -> bool:
    """Is the first line a site's section or app banner above the headline: one or two
    words without punctuation, followed by a headline of four words or more?"""
    if len(content) < 2:
        return False
    first, second = content[0], content[1]
    return 1 <= len(first.split()) <= 2 and bool(re.fullmatch(r"[^\W\d_][\w&'’-]*(?: [\w&'’-]+)?",
                                                           first)) and \
        len(second.split()) >= 4 and len(second) <= MAX_TITLE_CHARS and \
        not second.endswith((".", "?\"", "”"))


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
    banner = _section_banner(content)
    if banner:  # "Jabodetabek" / "Berita" above the headline: the site's section
        info["section"] = content[0]
        removed.append(("section", content[0]))
        content = content[1:]
        lead_index = lead_index - 1 if lead_index else lead_index
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
        elif kind == "signature" and line.startswith("-"):  # "--- name", not "(rsp/ita)"
            info["author"] = info["author"] or line.lstrip("-").strip()
    if not info["outlet"]:
        # the header, the boilerplate, and the page's short lines anywhere ("kumparan Hadir
        # di WhatsApp Channel"), but no photo credit
        short = [line for line in content[HEADER_LINES:] if _furniture_line(line)
                 and len(line.split()) <= 12]
        masthead = "\n".join([c for c in content[:HEADER_LINES]] + [line for _, line in removed]
                             + short)
        outlet = _find_outlet(masthead[:20_000], outlets, skip_credits=True)
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


def _stated_weekday_wrong(body: str, published: str) -> bool:
    """Does a dated expression of the body state a weekday its date does not fall on
    (``Rabu (17/4/2023)``, a Monday; ``Jumat (12/1)`` read in the year of ``published``)?"""
    try:
        anchor = datetime.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        anchor = None
    weekdays = _weekday_numbers()
    for expression in dates.find_date_expressions(body, anchor):
        if expression.weekday_ok is not False:
            continue
        if not expression.relative:
            return True  # "Rabu (17/4/2023)": the year is written
        # no year written: the weekday may name an earlier year ("Selasa (26/4)" under a
        # photo of two years before); wrong only if no year up to three before fits
        day, wanted = expression.date_start, weekdays.get(expression.weekday_stated.lower())
        if day is None or anchor is None or wanted is None:
            continue
        if not any(_weekday_of(year, day.month, day.day) == wanted
                   for year in range(anchor.year - 3, anchor.year + 1)):
            return True
    return False


@lexicons.cached()
def _weekday_numbers() -> dict[str, int]:
    table = lexicons.load("weekdays")
    return {name.lower(): int(number) for name, number in zip(table["name"], table["weekday"],
                                                              strict=True)}


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return datetime.date(year, month, day).weekday()
    except ValueError:  # 29 February of a common year
        return None


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
    (records of an export already carry their text), the manifest's overrides (and those
    of text-less export records joined to saved pages by URL), and the files that are not
    articles (``"path: why"``)."""

    rows: list
    overrides: dict
    skipped: list


def plan_corpus(source=None, manifest=None, columns=None) -> CorpusPlan:
    """The articles of ``source`` (as :func:`load_corpus` takes it), not yet read: engines
    split ``rows`` into partitions and :func:`load_rows` each.

    >>> len(plan_corpus(paths.SEEDS).rows)
    5
    """
    source = paths.SEEDS if source is None else source
    roots = list(source) if isinstance(source, (list, tuple)) else [source]
    mapping = exports.parse_columns(columns) if not isinstance(columns, dict) or columns \
        else {}
    missing = [str(root) for root in roots if not os.path.exists(os.fsencode(root))]
    if missing:
        raise FileNotFoundError(f"corpus path {missing[0]!r} does not exist")
    skipped: list[str] = []
    per_root = [(root, _collect(root, skipped, mapping)) for root in roots]
    seen: dict[str, int] = {}
    for _, rows in per_root:
        for article_id in {row.article_id for row in rows}:
            seen[article_id] = seen.get(article_id, 0) + 1
    rows, overrides = [], {}
    for root, root_rows in per_root:
        found = _read_manifest(manifest, root) if manifest is None or root is roots[0] else {}
        prefix = files.safe_text(os.fsencode(os.path.basename(os.path.normpath(root))))
        for row in root_rows:
            if len(per_root) > 1 and seen[row.article_id] > 1 and os.path.isdir(root):
                if row.article_id in found:
                    found[f"{prefix}/{row.article_id}"] = found.pop(row.article_id)
                row.article_id = f"{prefix}/{row.article_id}"
            rows.append(row)
        overrides.update({key: {**value, "_origin": "manifest"}
                          for key, value in found.items()})
    _make_ids_unique(rows)
    rows = _join_by_url(rows, overrides)
    return CorpusPlan(rows, overrides, skipped)


def _make_ids_unique(rows: list) -> None:
    """A repeated id (two files sharing a stem, a repeated export id) gets ``~2``, ``~3``…
    and the warning ``duplicate_id``; the first keeps it."""
    taken = {row.article_id for row in rows}
    used: set[str] = set()
    for row in rows:
        if row.article_id not in used:
            used.add(row.article_id)
            continue
        number = 2
        while f"{row.article_id}~{number}" in taken:
            number += 1
        row.article_id = f"{row.article_id}~{number}"
        taken.add(row.article_id)
        used.add(row.article_id)
        row.warnings.append("duplicate_id")


_PAGE_URL = re.compile(rb"<link[^>]+rel=[\"']canonical[\"'][^>]*>|<meta[^>]+og:url[^>]*>", re.I)
_HREF = re.compile(rb"(?:href|content)=[\"']([^\"']+)[\"']", re.I)


def _page_url(row: _Row) -> str:
    """The canonical address a saved page names in its head (read only to join text-less
    export records to it)."""
    if not row.fs_path:
        return ""
    try:
        head = files.read_file(row.fs_path)[:262_144]
    except files.BlockedFile:
        return ""
    for tag in _PAGE_URL.findall(head):
        href = _HREF.search(tag)
        if href:
            return href.group(1).decode("utf-8", "replace")
    return ""


def _join_by_url(rows: list, overrides: dict) -> list:
    """An export record without text whose URL is a saved page's: its fields go to that
    page's row (as a manifest's would, evidence ``record …``), and it is no row of its own."""
    textless = {urls.normalise_url(row.meta["url"]): row for row in rows
                if "missing_text" in row.warnings and row.meta.get("url")}
    textless.pop("", None)
    if not textless:
        return rows
    joined = set()
    for row in rows:
        if row.text is not None or not row.source_file.lower().endswith(
                files.ARTICLE_SUFFIXES):
            continue
        record = textless.get(urls.normalise_url(_page_url(row)))
        if record is None or id(record) in joined:
            continue
        joined.add(id(record))
        given = {key: value for key, value in record.meta.items()}
        overrides[row.article_id] = {**given, **overrides.get(row.article_id, {}),
                                     "_origin": f"record {record.path.rsplit('/', 1)[-1]}",
                                     "_from": dict(record.meta_from)}
    return [row for row in rows if id(row) not in joined]


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

    >>> row = load_corpus(paths.SEEDS).set_index("article_id").loc["001_8995e815094ec626"]
    >>> row["outlet"], row["published"], row["warnings"]
    ('KompasTV', '2022-11-03', 'weekday_mismatch;no_title')
    """
    plan = plan_corpus(source, manifest, columns)
    frame = mark_duplicates(load_rows(plan.rows, plan.overrides, progress))
    frame.attrs["skipped_files"] = plan.skipped
    return frame


def _load_one(row: _Row, override: dict, context: dict) -> dict:
    page = None
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
            page = _page(row)
            decoded = page["text"] if page else ""
        if not row.error and page is None:
            decoded = _decode(row)
    else:
        row.raw = row.text.encode("utf-8", "surrogatepass")
        decoded = row.text
        if not row.error and not decoded.strip():
            row.error = True
            row.warnings.append("empty")
    cleaned = "" if row.error else _clean(row, decoded)
    info = (_structure(row, cleaned, context["rules"], context["outlets"], context["sections"])
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
    record.update(_publication(info, row) if cleaned and "published" not in given
                  else _publication({}, row))
    for key, (value, evidence) in given.items():
        record[key] = value
        if key != "author":
            record["published_evidence" if key == "published" else f"{key}_evidence"] = evidence
        if key == "published":
            record["published_precision"] = _precision_of(value)
    if cleaned and "weekday_mismatch" not in row.warnings and _stated_weekday_wrong(
            record.get("body") or "", record.get("published") or ""):
        row.warnings.append("weekday_mismatch")
    if url and not record["outlet"]:
        by_domain = urls.outlet_of(url)
        if by_domain:
            record["outlet"], record["outlet_evidence"] = by_domain[0], f"url: {by_domain[1]}"
    if record["author"] and record["outlet"] and \
            record["outlet"].lower() in record["author"].lower():
        record["author"] = ""  # "Tim Sindonews": the outlet's desk, not a writer
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
            "utf-8", "surrogatepass")).hexdigest()
    record["n_words"] = record["n_words"] or 0
    record["n_paragraphs"] = record["n_paragraphs"] or 0
    record["n_sentences"] = record["n_sentences"] or 0
    record["warnings"] = ";".join(dict.fromkeys(row.warnings))
    record["status"] = "error" if row.error else ("warning" if row.warnings else "ok")
    return record


def _page(row: _Row) -> dict | None:
    """A saved page's article (title line, blank line, body) and metadata; None when
    trafilatura finds no article text (then its tags are stripped as for any text)."""
    too_large = pages.beyond_bounds(row.raw)
    if too_large:  # the extractor's time and memory grow with the markup: read as text
        row.warnings.append("page_too_large")
        row.error_detail = too_large
        return None
    try:
        page = pages.extract_page(row.raw)
    except Exception:  # noqa: BLE001 - a page the extractor chokes on is read as text
        page = None
    if page is None:
        return None
    lines = page["text"].split("\n")
    if lines and page["title"] and " ".join(lines[0].split()) == page["title"]:
        lines = lines[1:]  # the headline repeated as the body's first line
    page["text"] = "\n\n".join([page["title"], *lines]) if page["title"] else "\n\n".join(lines)
    row.warnings.append("html_extracted")
    return page


def _given(row: _Row, page: dict | None, override: dict) -> dict:
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
        day = _published_value(value)
        if day:
            given["published"] = (day, evidence)
        else:
            del given["published"]
            row.warnings.append("unparsed_date")
    return given


_DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})")


def _published_value(value: str) -> str:
    """A given publication date as ``YYYY-MM-DD`` (``YYYY-MM``, ``YYYY``): ISO date-times keep
    their local date, ``dd/mm/yyyy`` is day first (the Indonesian order), Indonesian dates
    are read as in the text; "" if it is no date.

    >>> _published_value("2023-10-14 08:10:00"), _published_value("05/03/2024")
    ('2023-10-14', '2024-03-05')
    """
    value = value.strip()
    found = re.match(r"((?:19|20)\d{2})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s])", value)
    if found:
        return "-".join(part for part in found.groups() if part)
    day_first = _DAY_FIRST.fullmatch(value.split(" ")[0])
    if day_first:
        day, month, year = map(int, day_first.groups())
        try:
            return datetime.date(year, month, day).isoformat()
        except ValueError:
            return ""
    parsed = dates.parse_date_line(value)
    return parsed.date.isoformat() if parsed.date else ""


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


def warning_summary(articles: pd.DataFrame, names: int = 10) -> str:
    """One line: counts of rows by status and of each warning code, then, by name and why,
    the files skipped (no articles), the rows not read and the export rows without text
    (``names`` of each at most).

    >>> warning_summary(load_corpus(paths.SEEDS))  # doctest: +NORMALIZE_WHITESPACE
    '5 articles (2 ok, 3 warning, 0 error); warnings: later_date_in_text=1,
    no_publication_date=1, no_title=1, weekday_mismatch=1'
    """
    status = articles["status"].value_counts()
    codes = articles["warnings"].str.split(";").explode()
    codes = codes[codes.notna() & (codes != "")].value_counts().sort_index()
    parts = ", ".join(f"{code}={count}" for code, count in codes.items()) or "none"
    line = (f"{len(articles)} articles ({status.get('ok', 0)} ok, {status.get('warning', 0)} "
            f"warning, {status.get('error', 0)} error); warnings: {parts}")

    def listed(label: str, items: list[str]) -> str:
        more = f", and {len(items) - names} more" if len(items) > names else ""
        return f"; {label} ({len(items)}): {', '.join(items[:names])}{more}" if items else ""

    skipped = [str(item) for item in articles.attrs.get("skipped_files", [])]
    errors = articles[articles["status"] == "error"]
    first_code = pd.Series([next((c for c in codes.split(";") if c in ERROR_CODES), "")
                            for codes in errors["warnings"]], index=errors.index, dtype=str)
    textless = first_code == "missing_text"
    where = errors["path" if "path" in errors.columns else "article_id"]
    line += listed("skipped", skipped)
    details = errors["error_detail"] if "error_detail" in errors.columns else \
        pd.Series("", index=errors.index, dtype=str)
    line += listed("not read", [
        # the parser's or the system's own words where they say more than the code
        f"{path} ({code}: {detail[:100]})" if code in ("bad_record", "unreadable") and detail
        else f"{path} ({code})"
        for path, code, detail in zip(where[~textless], first_code[~textless],
                                      details[~textless], strict=True)])
    line += listed("export rows without text", where[textless].tolist())
    return line
