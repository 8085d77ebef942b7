"""An article's header, body and boilerplate, and its publication date.

Cleaned text is split into title (first line, without a section label or a trailing time
stamp), standfirst, byline, the lead (the first line opening with a dateline, :mod:`.outlets`)
and body; lines of data/lexicons/boilerplate.csv are kept apart by kind. The publication date
comes from a date line or the lead (else the latest full date the text names, marked
inferred); a weekday stated anywhere that its date does not fall on is flagged.

>>> published_value("05/03/2024"), precision_of("2024-03")
('2024-03-05', 'month')
>>> guess_language("Menurut data yang ada, jumlah itu naik dan tidak turun.", stopwords())
'id'
"""

import collections
import datetime
import re

from .. import lexicons
from ..lang import dates, language
from . import urls
from .collect import Row
from .outlets import (
    LOGO,
    _calendar_words,
    _is_wire_en,
    _office_words,
    brand_in_brackets,
    cited_media,
    english_byline_desk,
    english_byline_paper,
    english_copyright_holder,
    english_feedback_name,
    english_header_credit,
    english_lead_brand,
    english_prompt_name,
    english_reprint_origin,
    english_sign_off,
    find_outlet,
    is_english_media_name,
    is_media_name,
    is_place,
    outlet_by_domain,
    outlet_name,
    paper_of_a_place,
    read_dateline,
    read_english_dateline,
    self_name,
)

MAX_TITLE_CHARS = 300


MAX_DATE_LINE_CHARS = 60
# an English page's "Published : Nov 12, 2020 - 10:01   Updated : Nov 12, 2020 - 10:01":
# a line that says it is a date may be longer
MAX_STAMPED_LINE_CHARS = 120
_STAMP_CUE = re.compile(r"(?i)(?:first\s+)?(?:published|updated|posted|last\s+updated)\b")
# an Indonesian byline carrying the page's date and its editor ("Oleh Nama, Rabu, 6 Januari
# 2016 | 11:44 WIB - Redaktur: Nama Lain"): a credit line, which may be as long (round 13c)
_BYLINE_CUE = re.compile(r"(?i)oleh\s")
# a masthead's founding date, never the page's ("Spokane, Washington  Est. May 19, 1883",
# "Didirikan 12 Maret 1951", "Founded in 1901"; round 25f)
_FOUNDED = re.compile(r"(?i)(?:^|[\s,|·-])(?:est\.|estd\.?|established|founded|didirikan|"
                      r"berdiri\s+sejak)(?:\s+(?:in|on|pada|sejak|tahun))?\s+[\w.]*\s*\d")


def _after_a_date(words: str, comma: bool = True) -> re.Pattern:
    """What follows a date: its closing bracket, (a comma,) a part of the day, then ``words``."""
    return re.compile(r"(?i)^\)?\s*" + (r",?\s*" if comma else "")
                      + r"(?:(?:pagi|siang|sore|malam|petang|dini\s+hari)\s+)?" + words + r"\b")


# A lead's date that tells when something happened, not when the page came out: after *pada,
# per, periode, sejak, selama* ("kapal itu tenggelam pada Kamis, 26 Mei 2022", "per 26 Desember
# 2021", "selama periode 12 September 2023", "pada 10, 18, 28 Agustus 2024") or before *lalu,
# silam* ("pada Senin (6/2/2023) lalu") — never one the text calls today ("pada Kamis
# (11/7/2013) hari ini"); Indonesian text only (round 25f, second part)
_EVENT_DAY_BEFORE = re.compile(r"(?i)(?:\b(?:pada|per|periode|sejak|selama)\s*,?\s*(?:(?:hari|"
                               r"malam|pagi|siang|sore)\s+)?\(?|\bpada\s+(?:\d{1,2}\s*,\s*)+"
                               r"(?:dan\s+)?)$")
_EVENT_DAY_AFTER = _after_a_date(r"(?:lalu|silam)", comma=False)
# ... and one the text calls yesterday ("Selasa (8/9/2020) kemarin", "Sabtu (19/8/2017) malam
# kemarin"): the page's day is the next
_YESTERDAY_AFTER = _after_a_date(r"kemarin")
_TODAY_AFTER = _after_a_date(r"(?:hari\s+)?ini")
# ... or a date line that goes on with the page's credits ("Kamis, 28 Mei 2020 Reporter: Nama
# Editor: Nama Lain"; round 22h)
_CREDIT_LABEL = re.compile(r"(?i)\b(?:reporter|penulis|pewarta|editor|redaktur)\s*:")


HEADER_LINES = 12  # title, standfirst and byline live in the first lines


# a time stamp closing the headline line: "... Tiba di Rusia 12 Sep 2023 10:58"
_TITLE_STAMP = re.compile(
    r"\s(\d{1,2}\s+[A-Za-z]{3,9}\.?\s+(?:19|20)\d{2}(?:,?\s+(?:pukul\s+)?\d{1,2}[:.]\d{2}"
    r"(?:\s*WI[BT]A?)?)?)\s*$"
)


def boilerplate_rules() -> tuple[re.Pattern, list[tuple[str, str]]]:
    """One pattern for all boilerplate rules; group ``r<i>`` matched -> rule i, with what it
    takes along (``takes_next``: 0, 1 = the next line, ``block`` = the short lines that
    follow, ``rest`` = everything after)."""
    table = lexicons.load("boilerplate").to_dict("records")
    pattern = re.compile("|".join(f"(?P<r{i}>{r['pattern']})" for i, r in enumerate(table)),
                         re.IGNORECASE)
    return pattern, [(r["kind"], r["takes_next"]) for r in table]


_SHORT_LINE_WORDS = 20


# a brand in capitals in brackets opening an English lead, no dash after it ("(MENAFN) North
# Korea has …")
_BARE_BRACKET = re.compile(r"\(([A-Z][A-Z0-9&]{2,15}(?: [A-Z][A-Z0-9&]{1,15})?)\)\s+(?=[A-Z])")


# a section's label under the headline ("UK News", "World News", "Berita Daerah"), no site's name
_SECTION_LABEL = re.compile(r"(?:[A-Z]{2,3}|(?i:world|local|national|business|sports?|politics|"
                            r"breaking|latest|top|tech|health|money|entertainment))\s+(?i:news)|"
                            r"(?i:berita)\s+\w+")


# a name before the date on the page's date line: "Harbour Globe - March 4, 2025"
_DATE_LINE_NAME = re.compile(r"((?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})"
                             r"\s+[-–—|]\s+(?=\S*\d|[A-Z][a-z]+\s+\d)")


# a site's domain, a comma and one section word, a full stop: "BERITABALI.COM, NASIONAL."
_DOMAIN_AND_SECTION = re.compile(r"(?P<site>[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?i:co\.id|com|"
                                 r"id|net)),\s+(?P<section>[A-Za-z]+)\.?")


def _site_line(lines: list[str], outlets) -> tuple[str, str]:
    """(the site's name, the line) when a line just under the headline is only a domain
    (``idxchannel.com``) or a medium's name of a few words (``Daily Mail``, ``Radar Kota``):
    the page's masthead. A wire or a medium the page cites (``Reuters``) is no masthead.

    >>> _site_line(["lensanusa.id", "Harga cabai naik."], {})
    ('Lensanusa.id', 'lensanusa.id')
    >>> _site_line(["Harian Pesisir"], {}), _site_line(["UK News"], {})
    (('Harian Pesisir', 'Harian Pesisir'), ('', ''))
    >>> _site_line(["GOOGLE NEWS", "KABARPESISIR.COM, NASIONAL."], {})[0]
    'Kabarpesisir.com'
    """
    for line in lines:
        if _DOMAIN_IN_TEXT.fullmatch(line):
            return outlet_name(line), line
        beside = _DOMAIN_AND_SECTION.fullmatch(line)
        if beside and beside.group("section").upper() in {
                w.upper() for w in lexicons.load("sections")["section"]}:
            # "BERITABALI.COM, DUNIA.": the site's domain and the page's section, as a
            # dateline without its dash (round 22d)
            return outlet_name(beside.group("site")), line
        # (a dash, a comma or a bracket: a dateline's place and agency, read elsewhere)
        if len(line.split()) <= 3 and re.fullmatch(r"[\w .&'’]+", line) and \
                line.lower() not in cited_media() and not _platform_news(line) and \
                not _SECTION_LABEL.fullmatch(line) and (
                is_media_name(line) or is_english_media_name(line)):
            return line, line
    return "", ""


def _platform_news(line: str) -> bool:
    """A platform's news reader named alone on a line (``GOOGLE NEWS``, ``Google News``: the
    button that follows the page there, round 22d): no masthead. A paper whose name only
    opens with a platform's word (``Apple Daily``) is none of these.

    >>> _platform_news("GOOGLE NEWS"), _platform_news("Apple Daily"), _platform_news("UK News")
    (True, False, False)
    """
    words = line.split()
    return len(words) == 2 and words[1].lower() == "news" and \
        _PLATFORMS.search(words[0].lower() + ".com") is not None


# a site's tagline under its logo: a word of a news medium opening a short line ("Berita
# Terkini Jawa Timur", "Portal Berita Pesisir", "News for the Valley")
_TAGLINE_HEAD = re.compile(r"(?i:portal\s+|situs\s+|media\s+)?(?P<word>[A-Za-z]+)\s+\S")
# the site's name as its logo writes it: one word of letters (a digit allowed), run
# together, in lower case or capitalised
_LOGO_WORD = re.compile(r"[A-Za-z][a-z0-9]{5,24}")


def _logo_word(lines: list[str], body: str) -> tuple[str, str]:
    """(name, line) of the site's logo written as a word alone on one of the first lines,
    the line under it the site's tagline (``lensakota`` / ``Berita Terkini Jawa Timur``) or
    the page's stamp (``Riverpost`` / ``Published 2024 Mar 05``) — when the word is no place,
    weekday, month, section, office, medium's word, wire or platform and the text never
    names it (a source or a place is named again) (round 21e); else empty strings.

    >>> _logo_word(["lensakota", "Berita Terkini Jawa Timur", "Judul"], "Harga naik.")
    ('lensakota', 'lensakota')
    >>> _logo_word(["Nasional", "Berita Terkini Hari Ini", "Judul"], "Harga naik.")
    ('', '')
    """
    sections = {s.lower() for s in lexicons.load("sections")["section"]}
    media = {w.lower() for w in lexicons.load("media_words")["word"]}
    for index, line in enumerate(lines[:4]):
        below = lines[index + 1] if index + 1 < len(lines) else ""
        if not _LOGO_WORD.fullmatch(line) or not below or below.endswith((".", "?", "!")):
            continue
        head = _TAGLINE_HEAD.match(below)
        tagline = bool(head) and head.group("word").lower() in media and \
            2 <= len(below.split()) <= 8
        if not (tagline or _STAMP_CUE.match(below)):
            continue
        word = line.lower()
        if is_place(line) or word in sections or word in media or word in cited_media() or \
                word in _calendar_words() or word in _office_words() or \
                _PLATFORMS.search(word + ".com") or word in stopwords() or \
                re.search(r"(?i)\b" + re.escape(line) + r"\b", "\n".join(
                    rest for rest in body.split("\n") if rest.strip() != line)):
            continue
        return line, line
    return "", ""


def _spaced_name(name: str, text: str) -> str:
    """A site's name run together (``Balitribune.co.id``) as the page spells it in words
    (``Bali Tribune``), else as it was.

    >>> _spaced_name("Lensanusa.id", "Berita | Lensa Nusa"), _spaced_name("RMOL", "RMOL")
    ('Lensa Nusa', 'RMOL')
    """
    stem = re.sub(r"(?i)\.[a-z.]+$", "", name).lower()
    if len(stem) < 6 or not stem.isalpha():
        return name
    for words in re.finditer(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}\b", text):
        parts = words.group(0).split()
        for first in range(len(parts)):
            for last in range(first + 2, len(parts) + 1):
                if "".join(parts[first:last]).lower() == stem:
                    return " ".join(parts[first:last])
    return name


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
            if takes == "rest" and _credit_above_text(kept, lines[len(kept) + len(removed):]):
                kind, takes = "photo_caption", "0"
            taken_kind = kind
            removed.append((kind, stripped))
        else:
            kept.append(line)
    return kept, removed


def _prose_line(line: str) -> bool:
    """A paragraph of running text: eight words or more, closed by sentence punctuation."""
    return len(line.split()) >= 8 and line.rstrip().endswith((".", "!", "?", '"', "”"))


def _credit_above_text(kept: list[str], after: list[str]) -> bool:
    """Is a line that reads as a copyright line (``©Indikator``) a picture's credit under
    the headline rather than the article's end: no paragraph of running text above it, one
    below it? Such a line ends nothing; the article follows it.

    >>> _credit_above_text(["Judul berita"],
    ...                    ["©Foto", "Kota – Warga menerima bantuan sebanyak 40 paket pada Senin."])
    True
    >>> _credit_above_text(["Warga menerima bantuan sebanyak 40 paket pada Senin pagi."],
    ...                    ["Kontak kami"])
    False
    """
    return not any(_prose_line(line) for line in kept) and \
        any(_prose_line(line) for line in after[1:])


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


_MENU_ITEM = re.compile(r"[^\W\d_][\w&'’-]*(?: [&\w'’-]+){0,2}")
_MENU_ITEMS = 5  # fewer short lines may be a kicker, a section and a date


def _leading_menu(content: list[str]) -> int:
    """How many of the first lines are a site's menu above the headline (round 20c): five
    items or more of one to three words without punctuation ("Beranda", "Gaya Hidup"), the
    line after them a headline of four words or more; else 0."""
    count = 0
    while count < len(content) and _MENU_ITEM.fullmatch(content[count]):
        count += 1
    if count < _MENU_ITEMS or count >= len(content) or len(content[count].split()) < 4:
        return 0
    return count


def stopwords() -> dict[str, str]:
    table = lexicons.load("stopwords")
    return dict(zip(table["word"].tolist(), table["language"].tolist(), strict=True))


_LOWER_WORD = re.compile(r"[a-z]+")


def guess_language(body: str, stopwords: dict[str, str]) -> str:
    # languages in the order they are first seen (which wins a tie), counted in C
    counts = collections.Counter(filter(None, map(stopwords.get, _LOWER_WORD.findall(
        body[:5_000].lower()))))
    if max(counts.values(), default=0) < 3:
        return "und"
    return max(counts, key=counts.get)


# a crawler's header written before the text: "date 2022-08 JAKARTA - …", "url: https://…"
_CRAWLER_DATE = re.compile(r"(?i)(?:date|published|pubdate|tanggal)\s*:?\s*"
                           r"((?:19|20)\d{2}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?)"
                           r"(?:\s+|$)")
_CRAWLER_URL = re.compile(r"(?i)(?:url|link|source|sumber)\s*:?\s*(https?://\S+)(?:\s+|$)")


def _crawler_day(fields: list[str]) -> str:
    """The day a crawler's header dates the page (``date 2020-01-02`` glued before the
    writer's name or the lead), ``YYYY-MM-DD``; "" when it gives none or only a month
    (``date 2021-05``: no publication day).

    >>> _crawler_day(["date 2020-01-02"]), _crawler_day(["date 2021-05"])
    ('2020-01-02', '')
    """
    for field in fields:
        found = _CRAWLER_DATE.match(field)
        if found and re.match(r"\d{4}-\d{2}-\d{2}", found.group(1)):
            return found.group(1)[:10]
    return ""


def _strip_crawler_header(content: list[str]) -> tuple[list[str], list[str], str]:
    """Content without the crawler's header fields opening its first lines (a date or the
    page's address, alone on a line or glued before the lead); the fields, and the address."""
    kept, fields, address = [], [], ""
    for index, line in enumerate(content):
        while index < HEADER_LINES:
            found = _CRAWLER_DATE.match(line) or _CRAWLER_URL.match(line)
            if not found:
                break
            fields.append(found.group(0).strip())
            if found.re is _CRAWLER_URL:
                address = address or found.group(1)
            line = line[found.end():].strip()
        if line:
            kept.append(line)
    return kept, fields, address


# the site's name after the headline on its first line: "Harga Naik | Kabar Nusa"
_TITLE_SITE = re.compile(r"\s+(?:\||[–—-])\s+([^|–—]{2,40})$")
def _bar_site(site: re.Match, text_language: str = "id") -> bool:
    """Is the part after a bar closing the first line a site's name although
    data/outlets.csv does not know it (``Harga Naik | Kabar Nusa``): one to four capitalised
    words after ``|``, or after a dash when they hold a news medium's word (``… - Radar
    Kota``; a dash also joins headlines: ``Korsel - Korut``), no place? An English title's
    site after a dash ends in a news word (``… - The Harbour Gazette``)."""
    name = site.group(1).strip()
    if text_language == "en" and not site.group(0).lstrip().startswith("|") and \
            is_english_media_name(name):
        return True
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(re.fullmatch(r"[A-Z0-9][\w.&'’-]*", w)
                                         for w in words) or is_place(name):
        return False
    return site.group(0).lstrip().startswith("|") or is_media_name(name)


def _site_written_again(site: re.Match, lines: list[str]) -> bool:
    """Is the part after a dash closing the first line (``Harga Cabai Naik – Suara Lembah``)
    a site's name because one of the next lines is that name alone, the site's logo under
    its page title (round 23h): one to four capitalised words, no place, no medium the page
    cites?

    >>> site = _TITLE_SITE.search("Harga Cabai Naik – Suara Lembah")
    >>> _site_written_again(site, ["Suara Lembah", "Harga cabai naik lagi."])
    True
    >>> _site_written_again(site, ["Harga cabai naik lagi."])
    False
    """
    name = site.group(1).strip()
    words = name.split()
    return 1 <= len(words) <= 4 and all(re.fullmatch(r"[A-Z0-9][\w.&'’-]*", w)
                                        for w in words) and not is_place(name) and \
        name.lower() not in cited_media() and any(line.strip() == name for line in lines)


# domains of the platforms a page points its readers to: never the page's own
_PLATFORMS = re.compile(r"(?i)(?:google|whatsapp|facebook|youtube|instagram|twitter|tiktok|"
                        r"x|t|telegram|apple|play\.google|linkedin)\.(?:com|me|co)$")


def _furniture_domain(removed: list[tuple[str, str]]) -> str:
    """A domain the page's own furniture names (``Ikuti kabarnusa.com di Google News``,
    ``© 2024 kabarnusa.com``, a *Baca juga* link ``https://kabarnusa.com/…``), not a
    platform's, nor a credited source's, nor a reprint's origin."""
    for kind, line in removed:
        if kind not in ("channel_prompt", "banner", "copyright", "menu", "read_also"):
            continue
        for found in _DOMAIN_IN_TEXT.finditer(line):
            if not _PLATFORMS.search(found.group(0)):
                return found.group(0)
    return ""


# the page's own name in a follow prompt: "Ikuti Update Berita di Channel Telegram Kabarnusa",
# "Follow WhatsApp Channel Kabarnusa untuk …", "Ikuti Kabar Nusa di Google News"
_CHANNEL_NAME = re.compile(
    r"(?i:channel|saluran)\s+(?i:whatsapp|telegram|wa|youtube)\s+"
    r"([A-Z][\w.&'-]{2,30}(?:\s+[A-Z][\w.&'-]*){0,2})"
    r"|(?i:ikuti|follow|simak|baca)\s+(?i:(?:berita|artikel|update)\s+)?"
    r"([A-Z][\w.&'-]{2,30}(?:\s+[A-Z][\w.&'-]*){0,2})"
    r"\s+(?i:(?:lainnya|terbaru|terkini)\s+)?(?i:di\s+google\s+news)"
    # (round 21e: "ikuti terus update berita lensakota di google news", the name in lower
    # case right before it)
    r"|(?i:ikuti|follow|simak)\s+(?i:terus\s+)?(?i:(?:update|berita|artikel|info)\s+){1,3}"
    r"(?!(?i:lainnya|terbaru|terkini|kami|kita|selengkapnya|menarik)\b)([a-z][a-z0-9.]{3,30})"
    r"\s+(?i:di\s+google\s+news)"
    # the site's own app: "Download aplikasi Lensanusa untuk berita terbaru"
    r"|(?i:download|unduh)\s+(?i:aplikasi|apps?)\s+(?i:berita\s+)?"
    r"([A-Z][\w.&'-]{2,30}(?:\s+[A-Z][\w.&'-]*){0,2})"
    # the site asking to be the reader's home page: "Make Harbour Courier | Bookmark" (round 19d)
    r"|(?i:make)\s+([A-Z][\w.&'-]{2,30}(?:\s+[A-Z][\w.&'-]*){0,2})\s*"
    r"(?:(?i:your\s+(?:home|start)\s*page)|\|\s*(?i:bookmark))")


def _channel_name(removed: list[tuple[str, str]]) -> str:
    """The site's own name a follow prompt gives (``… Channel Telegram Kabarnusa``)."""
    for kind, line in removed:
        if kind in ("channel_prompt", "banner"):
            found = _CHANNEL_NAME.search(line)
            if found:
                name = next(group for group in found.groups() if group)
                if not _PLATFORMS.search(name.lower() + ".com") and not is_place(name):
                    return name
    return ""


# the site's own reporter in a byline: "Laporan Wartawan Lensa Jogja, Rina Wati" ("laporan
# wartawan kami" names nobody)
_REPORTER_OF = re.compile(r"(?i:laporan\s+)?(?i:wartawan|reporter|koresponden|kontributor)\s+"
                          r"([A-Z][\w.&'-]+(?:\s+[A-Z][\w.&'-]*){0,3}),\s+[A-Z]")
# ... or after the writer's name: "Penulis: Rina Wati / Radar Sukamaju", "Reporter: Rina |
# lensanusa.id" (only a name holding a news word, a domain or a listed outlet: a second writer
# is written the same way)
_WRITER_OF = re.compile(r"(?i:penulis|reporter|pewarta|wartawan|editor)\s*:\s*[^/|\n]{3,40}?"
                        r"\s*[/|]\s*([\w][\w.&' -]{1,40}?)\s*$")


def _byline_outlet(removed: list[tuple[str, str]], outlets) -> tuple[str, str]:
    """(outlet, the byline) where a byline names the writer's site."""
    for kind, line in removed:
        if kind != "byline":
            continue
        found = _REPORTER_OF.match(line)
        if found and not is_place(found.group(1)):
            return found.group(1), line
        found = _WRITER_OF.match(line)
        site = found.group(1) if found else ""
        known = (find_outlet(site, outlets) or outlet_by_domain(site)) if site else None
        if known or site and (_DOMAIN_IN_TEXT.fullmatch(site) or is_media_name(site)):
            return known or site, line
    return "", ""


# the site's section or app banner above the headline, in the site's own spelling: its name
# run together with a section ("lensaNews", "kabarBISNIS")
_BRAND_SECTION = re.compile(r"([a-z]{3,})[A-Z][A-Za-z]{2,}")


# the holder a copyright line names: "© 2024 Lensa Nusa. All rights reserved", "Copyright
# © 2023 PT Lensa Nusa Media", "Hak cipta 2024 LensaNusa" ("Hak Cipta Dilindungi
# Undang-Undang" names nobody)
_COPYRIGHT_HOLDER = re.compile(
    r"(?i:copyright|hak\s+cipta)?\s*(?:©|\((?i:c)\))?\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*"
    r"(?:19|20)\d{2})?\s*,?\s*)?(?:(?i:by|oleh)\s+)?(?:PT\.?\s+)?"
    r"([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})")
_NOT_A_HOLDER = re.compile(r"(?i)^(?:all|semua|dilindungi|hak|copyright|the|by|oleh)\b")


def _copyright_holder(line: str) -> str:
    """The name of the holder a copyright line gives, without its company form."""
    found = _COPYRIGHT_HOLDER.match(line.strip())
    if not found or not re.match(r"(?i)\s*(?:copyright|hak\s+cipta|©|\(c\))", line):
        return ""
    name = re.sub(r"\s+(?:Media|Group|Grup|Network|Digital|Indonesia|Tbk)$", "",
                  found.group(1).strip()) if len(found.group(1).split()) > 2 else found.group(1)
    if _NOT_A_HOLDER.match(name) or is_place(name) or \
            name.lower() in cited_media():
        return ""
    return name


# the site's account in a follow line: "Ikuti Instagram @lensanusacom", "Follow us on
# Twitter: @LensaNusa_id" (a photo credit's or a source's account is none)
_HANDLE = re.compile(r"(?i)\b(?:instagram|twitter|tiktok|facebook|youtube|threads|ikuti\s+kami|"
                     r"follow\s+us)\b[^@\n]{0,30}@([a-z][\w.]{2,30})")
_HANDLE_SUFFIX = re.compile(r"(?i)[._]?(?:com|co|id|official|offcial)$")


def _handle_name(lines: list[str]) -> tuple[str, str]:
    """(the site's name, its handle) from the first follow line giving an account."""
    for line in lines:
        if re.search(r"(?i)\b(?:foto|photo|sumber|source|via)\b", line):
            continue
        found = _HANDLE.search(line)
        if found:
            handle = found.group(1).rstrip(".")
            return _HANDLE_SUFFIX.sub("", handle) or handle, "@" + handle
    return "", ""


# an e-mail of the site's newsroom in its furniture ("redaksi@kabarnusa.id", "Penulis: X
# (x@kabarnusa.co.id)"), never a webmail's, a government's or a school's
_EMAIL = re.compile(r"(?i)\b[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})\b")
_NOT_A_SITE_MAIL = re.compile(r"(?i)(?:^|\.)(?:gmail|yahoo|ymail|hotmail|outlook|live|icloud|"
                              r"proton|protonmail|aol|mail)\.|\.(?:go|ac|sch|mil|desa)\.id$")


def _furniture_email(lines: list[str]) -> str:
    """The domain of the first newsroom e-mail in the page's furniture lines."""
    for line in lines:
        for found in _EMAIL.finditer(line):
            if not _NOT_A_SITE_MAIL.search(found.group(1)):
                return found.group(1).lower()
    return ""


# a speaker who talks to the site by its domain: "kata X kepada kabarnusa.com", "saat
# dihubungi kabarnusa.com", "dalam wawancara dengan kabarnusa.com" (a wire's name is no domain:
# "kepada Reuters" is a relay, not the site)
_TOLD_THE_SITE = re.compile(
    r"(?i)\b(?:kepada|dihubungi|ditemui|wawancara(?:\s+(?:khusus|eksklusif))?\s+dengan)\s+"
    r"(?:(?:wartawan|jurnalis|reporter|tim)\s+)?"
    r"([a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:co\.id|com|co|id|net|org|tv|news|info))\b(?![\w-]|\.\w)")
# ... or by a name that holds a news medium's word ("kata X kepada Radar Kota", "dihubungi
# Harian Pesisir"; "kepada Antara", "kepada wartawan" are no such name)
_TOLD_THE_SITE_BY_NAME = re.compile(
    r"\b(?i:kepada|dihubungi|ditemui|wawancara(?:\s+(?:khusus|eksklusif))?\s+dengan)\s+"
    r"(?:(?i:wartawan|jurnalis|reporter|tim)\s+)?"
    r"([A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+){0,2})")
# ... then the page quoting that interview: "kata X dalam wawancara dengan lensa.com, dikutip
# pada Minggu" is another site's interview the page relays (round 24d)
_QUOTED_FROM_IT = re.compile(r"\s*,?\s*(?:(?i:sebagaimana|seperti)\s+(?:yang\s+)?)?(?i:dikutip|"
                             r"dilansir|disiarkan|diberitakan)\b")
_DOMAIN_IN_TEXT = re.compile(r"(?i)(?<![@\w.-])[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:co\.id|com|co|id|"
                             r"net|org|tv|news|info)\b(?![\w-]|\.\w)")


# a site opening a sentence as the subject of its newsroom's work: "Kabarnusa.id merangkum
# laporan …", "Lensanusa.com mencoba menghubungi …" (a site cited is passive or after a
# preposition: "dikutip dari X.com", "seperti dilansir X.com", "kepada X.com")
_SITE_AS_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))"  # opening a sentence
    r"([A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:co\.id|com|co|id|net|org|tv|news|info))"
    r"(?![\w-]|\.\w)\s+(?:(?:telah|sudah|pun)\s+)?"
    r"(?:mengutip|merangkum|menghimpun|menelusuri|mencoba|berusaha|melansir\s+dari)\b")
# a speaker talking to a news agency, named after the words "kantor berita" and a word of its
# field: "saat dihubungi Kantor Berita Ekonomi LNB"
_TOLD_THE_AGENCY = re.compile(
    r"\b(?i:kepada|dihubungi|ditemui|wawancara(?:\s+(?:khusus|eksklusif))?\s+dengan)\s+"
    r"(?i:kantor\s+berita)\s+(?:[A-Z][a-z]+\s+)?(?P<name>[A-Z][A-Za-z0-9.-]*[A-Za-z0-9])\b")
# an English page's own paper told something by a speaker: "…, he told The Harbour Gazette on
# Monday" (a wire or a medium the page cites is no self-reference: "told Reuters") (round 19d)
_TOLD_THE_PAPER_EN = re.compile(
    r"\b(?:told|said to|in an interview with)\s+"
    r"((?:[Tt]he\s+)?[A-Z][\w&'.-]+(?:\s+[A-Z][\w&'.-]+){0,3})")
# the site gathering its own news: "Informasi yang dihimpun lensanusa.com, …" (a site cited is
# after a preposition: "dihimpun dari X.com")
_GATHERED_BY_SITE = re.compile(
    r"(?i:informasi|data|keterangan)\s+yang\s+(?i:berhasil\s+)?(?i:dihimpun|dikumpulkan)\s+"
    r"([A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:co\.id|com|co|id|net|org|tv|news|info))(?![\w-]|\.\w)")
# ... by a name (round 21e): "data resmi yang berhasil dihimpun Lensa News"
_GATHERED_BY_NAME = re.compile(
    r"(?i:informasi|data|keterangan)(?:\s+(?i:resmi|terbaru|lengkap))?\s+yang\s+"
    r"(?i:berhasil\s+)?(?i:dihimpun|dikumpulkan)\s+([A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+){0,2})")
# a syndicator's credit naming the copy's source before the lead: "(MENAFN- The Lakeside
# Post)"; the page is the source's copy
# (round 21e: also after the place and its comma, the name ending at a slash or a dash before
# the date: "Lakeside, (LNA - Harbourpoint / Harbour Point News - 4th Mar, 2025)")
_SYNDICATED = re.compile(r"(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2},\s*)?"
                         r"\((?P<by>[A-Z]{3,12})\s*-\s*(?P<name>[A-Z][^()\n]{1,50}?)\)\s")
# a brand in brackets opening the lead, with no place: "(LENSAKOTA) - Warga …"
_LEAD_BRACKET = re.compile(r"\(([^()\n]{2,30})\)\s*[-–—]\s*(?=\S)")
# a site's dateline without its dash: "Lensanusa.com, Bogor Warga …" (the place must be one)
# (round 22k: or its place in capitals glued by two hyphens to the lead, "Lensanusa.com,
# SLEMAN--Warga …", a place the lexicon need not hold)
_UNDASHED_DATELINE = re.compile(r"([A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:co\.id|com|co|id|net|tv|"
                                r"news)),\s+(?:([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?=[A-Z])"
                                r"|([A-Z][A-Z'-]{2,30}?)--(?=[A-Z\"“]))")
# a site's domain as its dateline with neither dash nor place (round 20c): in capitals opening
# the lead before a comma ("LENSA24.COM, Kepala Dinas …"), or alone on a line beside a place
# ("Bekasi, KABARTOL.ID", "KABARTOL.ID, Bekasi"; "Sumber: X.ID, Bekasi" cites a site)
# (round 20k: or with no comma before the lead's first word, "KABARSELAT.COM Harga …")
_CAPITALS_DOMAIN_LEAD = re.compile(r"([A-Z0-9][A-Z0-9-]*(?:\.[A-Z0-9-]+)*\.(?:CO\.ID|COM|CO|ID|"
                                   r"NET|TV|NEWS)),?\s+(?=[A-Z][a-z])")
_SITE = r"[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?i:co\.id|com|co|id|net|tv|news)\b"
_PLACE_WORDS = r"[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)?"
# (round 20k: or the domain, one or two bars and the place, its dash closing the line:
# "KABARLAUT.COM || PANDEGLANG-")
# (round 21e: or a place in capitals and a name run together with a capital inside, which
# no place is written as: "TUBAN, WartaTimur")
_DOMAIN_DATELINE_LINE = re.compile(rf"(?P<place>{_PLACE_WORDS}),\s*(?P<site>{_SITE})"
                                   rf"|(?P<site2>{_SITE})(?:,|\s*\|\|?)\s*(?P<place2>{_PLACE_WORDS})"
                                   r"(?:\s*[–—])?"
                                   r"|(?P<place3>[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?),\s*"
                                   r"(?P<site3>[A-Z][a-z]+(?:[A-Z][a-z]+)+)")


def _undashed_place(undashed: re.Match) -> str:
    """The place of a site's dateline without its dash: a place of the lexicon in mixed case
    (its first word or both), or any word in capitals glued by two hyphens to the lead.

    >>> _undashed_place(_UNDASHED_DATELINE.match("Lensanusa.com, SLEMAN--Warga"))
    'Sleman'
    >>> _undashed_place(_UNDASHED_DATELINE.match("Lensanusa.com, Dinas Sosial mencatat"))
    ''
    """
    if undashed.group(3):
        return undashed.group(3).title()
    return next((p for p in (undashed.group(2).split(" ")[0], undashed.group(2))
                 if is_place(p)), "")


def _domain_dateline(header_lines: list[str], lead: str) -> tuple[str, str, str]:
    """(site, place, evidence) of a site's domain standing as its dateline without a dash:
    opening the lead in capitals before a comma, or alone on a header line beside a place;
    else empty strings.

    >>> _domain_dateline(["Judul", "Bekasi, KABARTOL.ID"], "Harga naik.")
    ('KABARTOL.ID', 'Bekasi', 'Bekasi, KABARTOL.ID')
    """
    for line in header_lines:
        alone = _DOMAIN_DATELINE_LINE.fullmatch(line.strip())
        if alone and not (alone.group("site3") and (
                alone.group("site3").lower() in cited_media() or is_place(alone.group("site3")))):
            place = (alone.group("place") or alone.group("place2") or
                     alone.group("place3")).rstrip("-")
            return (alone.group("site") or alone.group("site2") or alone.group("site3"),
                    place.title() if place.isupper() else place, line.strip())
    # (round 20k: or a header line below photo captions the lead was taken from)
    capitals = next((m for line in [lead] + header_lines
                     for m in [_CAPITALS_DOMAIN_LEAD.match(line)] if m), None)
    if capitals:
        return capitals.group(1), "", capitals.group(0).strip()
    return "", "", ""


# the site at the scene, its own watch: "Pantauan Kompas.com di lokasi", "berdasarkan pantauan
# lensanusa.id" (an agency's, a camera's watch names no site) (round 20c)
_OWN_WATCH = re.compile(r"\b[Pp]antauan\s+(?:(?i:tim)\s+)?"
                        r"([A-Za-z][\w.-]*\w(?:\s+[A-Z][\w.-]*\w)?)")
# a speaker talking to the site written in lower case or run together with a section
# ("kepada detikcom", "ditemui detikJatim"), or chatting with it ("berbincang dengan X")
_TOLD_THE_LISTED_SITE = re.compile(
    r"\b(?i:kepada|dihubungi|ditemui|berbincang\s+dengan|wawancara(?:\s+(?:khusus|eksklusif))?"
    r"\s+dengan)\s+([A-Za-z][\w.]*\w)")


# ... or told it "pada" the listed site after the speech verb, the day or the place after it:
# "kata X pada Lensa, Senin (30/10)", "ujarnya pada Lensa di Jakarta" (round 24d)
_TOLD_ON_THE_LISTED_SITE = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|jelas|ungkap|terang|papar|sebut|tegas|imbuh|tambah)(?:nya)?\b"
    r"[^.\n\"“”]{0,80}?\bpada\s+([A-Z][\w.]*\w)(?=\s*,\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|"
    r"Jum'at|Sabtu|Minggu|\d|[A-Z][a-z]+\s+\()|\s+di\s+[A-Z]|\s*\()")


def _site_in_its_text(body: str, outlets) -> tuple[str, str]:
    """(site, evidence) of a page naming itself in its text by its own watch (``Pantauan
    Kompas.com di lokasi``: a listed outlet or a domain) or by a speaker talking to a listed
    outlet the patterns above miss (``ditemui detikJatim``, ``berbincang dengan Liputan6.com``);
    a wire or medium pages cite (``berbincang dengan Reuters``) names no page."""
    for watch in _OWN_WATCH.finditer(body):
        name = watch.group(1)
        known = find_outlet(name, outlets) or outlet_by_domain(name)
        domain = _DOMAIN_IN_TEXT.match(name)
        if not (known or domain) and paper_of_a_place(name):  # "Pantauan Radar Bekasi"
            return name, f"the site's own watch: {watch.group(0)} (not in data/outlets.csv)"
        if known or domain:
            return known or domain.group(0), f"the site's own watch: {watch.group(0)}" + (
                "" if known else " (not in data/outlets.csv)")
    for told in _TOLD_THE_LISTED_SITE.finditer(body):
        if _QUOTED_FROM_IT.match(body, told.end()):
            continue
        known = find_outlet(told.group(1), outlets)
        if known and told.group(1).lower() not in cited_media() and \
                known.lower() not in cited_media():
            return known, f"interviewed by the site: {told.group(0)}"
    for told in _TOLD_ON_THE_LISTED_SITE.finditer(body):
        known = find_outlet(told.group(1), outlets)
        if known and told.group(1).lower() not in cited_media() and \
                known.lower() not in cited_media() and not _QUOTED_FROM_IT.match(body, told.end()):
            return known, f"interviewed by the site: … pada {told.group(1)}"
    return "", ""


# a dateline glued to the date line's clock: "…, 21:05 WIBKIEV, LENSA.TV - …"
_GLUED_DATELINE = re.compile(r"(?<=\d[:.]\d\d )(?:WITA|WIB|WIT)(?=[A-Z][A-Za-z]+[ ,(])")


def _unglue_datelines(content: list[str]) -> list[str]:
    """The header's lines with a dateline glued to a date line's clock on a line of its own
    (``Berita | 3 Maret 2025, 08:15 WIBBOGOR, LENSA.TV - …``)."""
    lines = []
    for index, line in enumerate(content):
        glued = _GLUED_DATELINE.search(line) if index < HEADER_LINES else None
        lines += [line[:glued.end()], line[glued.end():]] if glued else [line]
    return lines


_FRONT_FIELD = re.compile(r"([A-Za-z_]{2,20})\s*:\s*(.*)")


def _front_matter(lines: list[str]) -> tuple[dict, list[str]]:
    """A crawler's metadata block between ``---`` lines opening the text (trafilatura
    writes ``title:``, ``sitename:``, ``hostname:``, ``url:``, ``date:`` …): its fields
    (lower-case keys) and the lines after it; ({}, lines) when there is none."""
    first = next((i for i, line in enumerate(lines[:5]) if line.strip()), None)
    if first is None or lines[first].strip() != "---":
        return {}, lines
    fields = {}
    for index in range(first + 1, min(len(lines), first + 30)):
        line = lines[index].strip()
        if line == "---":
            return fields, lines[index + 1:]
        found = _FRONT_FIELD.fullmatch(line)
        if not found:
            return {}, lines  # not a metadata block: a rule line above the text
        fields[found.group(1).lower()] = found.group(2).strip().strip("'\"")
    return {}, lines


# "03 - Dec - 2025, 18:01", "30/August/2017": a date line's day, month and year between dashes
# or slashes
_DASHED_DATE = re.compile(r"\b(\d{1,2})(?:\s+-\s+|/)([A-Za-z]{3,9})(?:\s+-\s+|/)((?:19|20)\d{2})\b")


_ENGLISH_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
                            r"January|February|March|April|June|July|August|September|October|"
                            r"November|December)\b")


def read_date_line(line: str, text_language: str = "id") -> dates.DateLine:
    """The date a page's own date line gives: read in the text's language, else — an
    Indonesian page whose theme prints English month names (``30 January 2019``,
    ``03 - Dec - 2025, 18:01``, ``30/August/2017``) — in English.

    >>> read_date_line("- 12 March 2021").date, read_date_line("05 - Jun - 2024, 07:45").date
    (datetime.date(2021, 3, 12), datetime.date(2024, 6, 5))
    """
    line = _DASHED_DATE.sub(r"\1 \2 \3", line)
    found = dates.parse_date_line(line, text_language)
    if not found.date and text_language == "id" and _ENGLISH_MONTH.search(line):
        found = dates.parse_date_line(line, "en")
    return found


def _date_line(line: str, text_language: str) -> bool:
    """Is a header line a date line (``Rabu, 28 Agu 2024 11:20 WIB``; in an English page
    also ``Published : Nov 12, 2020 - 10:01``, ``June 20, 2014 - 19:45 By …``)?"""
    if len(line) > MAX_DATE_LINE_CHARS and not (
            text_language == "en" and len(line) <= MAX_STAMPED_LINE_CHARS
            and _STAMP_CUE.match(line)) and not (
            len(line) <= MAX_STAMPED_LINE_CHARS and (_BYLINE_CUE.match(line)
                                                     or _CREDIT_LABEL.search(line))):
        return False
    return bool(read_date_line(line, text_language).date)


def _founding_date(snippet: str, evidence: str) -> bool:
    """Is the date ``evidence`` read in ``snippet`` a masthead's founding date (``Est. June 2,
    1901``)?"""
    at = snippet.find(evidence)
    return at >= 0 and bool(_FOUNDED.search(snippet[max(0, at - 40):at + len(evidence)]))


def _event_day(snippet: str, evidence: str) -> bool:
    """Is the date ``evidence`` read in a lead ``snippet`` the day something happened (``pada
    Kamis, 26 Mei 2022``, ``per 26 Desember 2021``, ``Senin (6/2/2023) lalu``) rather than the
    page's day?

    >>> _event_day("Kapal itu tenggelam pada Kamis, 26 Mei 2022.", "Kamis, 26 Mei 2022")
    True
    >>> _event_day("kata Kapolres, Kamis (26/5/2022).", "Kamis (26/5/2022)")
    False
    >>> _event_day("Rapat pada Kamis (11/7/2013) hari ini memutuskan", "Kamis (11/7/2013)")
    False
    >>> _event_day("Kementerian itu pada Jumat (13/10/2023) mengatakan", "Jumat (13/10/2023)")
    False
    """
    at = snippet.find(evidence)
    if at < 0:
        return False
    after = snippet[at + len(evidence):at + len(evidence) + 40]
    if _TODAY_AFTER.search(after):
        return False
    if _EVENT_DAY_AFTER.search(after):
        return True
    cue = _EVENT_DAY_BEFORE.search(snippet[max(0, at - 40):at])
    if not cue:
        return False
    if not cue.group(0).lower().startswith("pada"):
        return True  # "per 26 Desember 2021", "selama periode 12 September 2023": a count or a span
    # "Gedung Putih pada Jumat (13/10/2023) mengatakan", "Pada Rabu (1/11/2023), anggota
    # parlemen X mengungkapkan": the day of the statement the page reports, its news day
    sentence = re.split(r"[.!?]\s|\n", snippet[at + len(evidence):at + len(evidence) + 90])[0]
    before = re.split(r"[.!?]\s|\n", snippet[max(0, at - 30):at])[-1]
    return not _statement_verbs().search(sentence) and not _statement_verbs().search(before)


def _yesterday(snippet: str, evidence: str) -> bool:
    """Does the lead ``snippet`` call the date ``evidence`` yesterday (``Selasa (8/9/2020)
    kemarin``)?

    >>> _yesterday("ditangkap di Deli Serdang, Selasa (8/9/2020) kemarin.", "Selasa (8/9/2020)")
    True
    >>> _yesterday("ditangkap di Deli Serdang, Selasa (8/9/2020).", "Selasa (8/9/2020)")
    False
    """
    at = snippet.find(evidence)
    return at >= 0 and bool(_YESTERDAY_AFTER.search(
        snippet[at + len(evidence):at + len(evidence) + 40]))


@lexicons.cached()
def _statement_verbs() -> re.Pattern:
    """The Indonesian verbs of data/lexicons/attribution_verbs.csv, as one pattern."""
    table = lexicons.in_language(lexicons.load("attribution_verbs"), "id")
    return lexicons.cue_pattern(table["verb"])


def _copyright_lines(content: list[str], removed: list[tuple[str, str]]
                     ) -> list[tuple[str, str]]:
    """The copyright lines the boilerplate took out, and one in brackets closing the text
    (``(Copyright 2024 X. All Rights Reserved.)``), as (kind, line)."""
    return removed + [("copyright", line) for line in content[-3:]
                      if re.match(r"(?i)\(\s*(?:copyright|©)", line)]


def _english_own_name(header: list[str], content: list[str],
                      removed: list[tuple[str, str]]) -> tuple[str, str]:
    """(outlet, evidence) where an English page names itself: a desk line above the text
    (``Harbour News Service``), a follow, watch or read-more prompt (``WATCH LENSA LIVE``),
    a copyright line's holder (``© 2025 Harbour Times LLC``); never a wire's credit."""
    name, evidence, is_wire = english_header_credit(header)
    if name and not is_wire:
        return name, evidence
    bylines = header + content[:HEADER_LINES] + content[-3:] + [
        line for kind, line in removed if kind in ("byline", "date_line")]
    name, evidence = english_byline_desk(bylines)
    if name:
        return name, evidence
    name, evidence = english_byline_paper(header + content[:HEADER_LINES])
    if name:  # "By Jo Ray Harbour News": the writer's paper after the writer's names
        known = urls.outlet_named(name)
        return known or name, evidence.replace(" (not in data/outlets.csv)", "") if known \
            else evidence
    furniture = [line for kind, line in removed if kind not in ("photo_caption", "reprint")] + \
        [line for line in content if len(line.split()) <= 14]
    name, prompt = english_prompt_name(furniture)
    if name:
        known = urls.outlet_named(name)
        return known or name, f"follow prompt: {prompt}" + (
            "" if known else " (not in data/outlets.csv)")
    name, prompt = english_feedback_name(content)
    if name:  # "… any issues you've encountered on The Harbour Ledger." (round 20k)
        known = urls.outlet_named(name)
        return known or name, f"feedback prompt: {prompt}" + (
            "" if known else " (not in data/outlets.csv)")
    for kind, line in _copyright_lines(content, removed):
        holder, is_wire = english_copyright_holder(line) if kind == "copyright" else ("", False)
        if holder and not is_wire:
            known = urls.outlet_named(holder)
            return known or holder, f"copyright line: {line.strip()}" + (
                "" if known else " (not in data/outlets.csv)")
    return "", ""


def _told_the_paper(body_lines: list[str]) -> tuple[str, str]:
    """(outlet, evidence) of an English page telling that a speaker spoke to the page's own
    paper (``"…," she told The Jakarta Post on Monday``): an outlet of data/outlets.csv or a
    name ending in a news word (``The Harbour Gazette``), never a wire or a medium the page
    cites (``told Reuters``, ``told The New York Times``), nor a place or a body (``told the
    Harbour Council``)."""
    for told in _TOLD_THE_PAPER_EN.finditer("\n".join(body_lines)[:50_000]):
        site = _DOMAIN_IN_TEXT.fullmatch(told.group(1).split()[0].strip(" ."))
        if site:  # "told HARBOURWATCH.com": the page's own site (round 20c)
            known = outlet_by_domain(site.group(0))
            return known or site.group(0), f"interviewed by the site: told {site.group(0)}" + (
                "" if known else " (not in data/outlets.csv)")
        words = re.sub(r"^the\s", "The ", told.group(1).strip(" .")).split()
        # the longest run of the capitalised words that is a paper's name ("The Harbour
        # Gazette Tuesday": the paper, then a day)
        for end in range(len(words), 0, -1):
            name = " ".join(words[:end])
            own = [w for w in words[:end] if w != "The"]
            if _is_wire_en(name) or name.lower() in cited_media() or len(own) > 1 and \
                    " ".join(own[1:]).lower() in cited_media():
                break  # "told Reuters", "told The New York Times", "in an interview with the
                # British Financial Times" (a country's adjective before a medium cited)
            known = urls.outlet_named(name)
            if known and not _is_wire_en(known) or len(own) >= 2 and \
                    is_english_media_name(name):  # (not "the Post" alone: which Post?)
                return known or name, f"interviewed by the site: told {name}" + (
                    "" if known else " (not in data/outlets.csv)")
    return "", ""


# an English newsroom at its own work (round 20c): "The BBC has not independently verified …",
# "… could not immediately confirm", "a request for comment from NBC News", "CNN has reached
# out to …"
_WORK_NAME = r"(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
_NEWSROOM_AT_WORK_EN = re.compile(
    _WORK_NAME + r"\s+(?:has|have|had|could|can|was|were|is)\s+(?:not|unable\s+to|not\s+been\s+"
    r"able\s+to)(?:\s+(?:independently|immediately))?\s+(?:verify|verified|confirm|confirmed)\b"
    r"|\brequests?\s+for\s+comments?\s+from\s+" + _WORK_NAME.replace("name", "asker") +
    r"|" + _WORK_NAME.replace("name", "reacher") + r"\s+(?:has|have)\s+reached\s+out\s+to\b")


def _newsroom_at_work(body_lines: list[str]) -> tuple[str, str]:
    """(outlet, evidence) of an English page's newsroom at its own work: not able to verify
    or confirm, asking for comment, reaching out — the shortest run of the capitalised words
    before it that is a listed outlet or a medium the pages know (``CNN``, ``The BBC``), else
    one of two words or more ending in a news word (``Harbour News``); never officials, a
    ministry, a council or a person."""
    for work in _NEWSROOM_AT_WORK_EN.finditer("\n".join(body_lines)[:50_000]):
        words = next(g for g in work.group("name", "asker", "reacher") if g).split()
        runs = [" ".join(words[start:]) for start in range(len(words) - 1, -1, -1)]
        for run in runs:
            bare = re.sub(r"^The\s+", "", run)
            known = urls.outlet_named(run) or urls.outlet_named(bare)
            if known or bare.lower() in cited_media():
                return known or bare, f"the newsroom at work: {work.group(0).strip()}"
        for run in runs:
            bare = re.sub(r"^The\s+", "", run)
            if is_english_media_name(bare):
                return bare, f"the newsroom at work: {work.group(0).strip()}" \
                    " (not in data/outlets.csv)"
    return "", ""


# an English page's site reporting in its own voice what it relays: "…," Harbour.az reports
# citing the Telegraph", "Lensa.Az reports via local media" — the site's name written as its
# domain (round 24d; "Reuters reports" is a wire the page cites, no domain)
_SITE_REPORTS_CITING_EN = re.compile(
    r"(?<![\w.@/-])(?P<site>[A-Z][\w-]*\.(?:[Aa][Zz]|[Cc]om|[Nn]et|[Oo]rg|[Uu]a|[Rr]u|[Kk]z|[Gg]e|"
    r"[Aa]m|[Uu]z|[Ii]o|[Nn]ews|[Cc]o\.[a-z]{2}))\s+reports?,?\s+(?:citing|via|with\s+"
    r"reference\s+to|quoting)\b")


def _site_reports_citing(body_lines: list[str]) -> tuple[str, str]:
    """(site, evidence) of an English page whose site, written as its domain, reports what it
    relays in its own voice (``Harbour.az reports citing the Telegraph``); never a wire or a
    medium the pages cite."""
    for found in _SITE_REPORTS_CITING_EN.finditer("\n".join(body_lines)[:50_000]):
        site = found.group("site")
        if site.lower() in cited_media() or site.split(".")[0].lower() in cited_media():
            continue
        known = urls.outlet_named(site) or outlet_by_domain(site)
        return known or site, f"the site reporting: {found.group(0).strip()}" + (
            "" if known else " (not in data/outlets.csv)")
    return "", ""


# a newsroom's staff note closing an English page: "Dana Ruiz is KHBR's director of news",
# "… manages the day-to-day operations of KHBR News", "Dana Ruiz is a reporter for the
# Harbour Ledger" (round 21e)
_STAFF_OF = r"(?P<{0}>(?:[Tt]he\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})"
_STAFF_NOTE_EN = re.compile(
    r"\bis\s+" + _STAFF_OF.format("own") + r"['’]s\s+(?:[a-z]+\s+){0,2}(?:news\s+director|"
    r"director\s+of\s+news|reporter|correspondent|editor|producer|anchor)\b"
    r"|\bis\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}(?:reporter|correspondent|editor|producer|"
    r"anchor)\s+(?:for|at|with)\s+" + _STAFF_OF.format("for")
    + r"|\bmanages\s+the\s+(?:day-to-day\s+)?operations\s+of\s+" + _STAFF_OF.format("of"))


def _staff_note(content: list[str]) -> tuple[str, str]:
    """(outlet, evidence) of an English page's staff note on one of its last three lines: a
    writer is its news director, reporter or editor, or manages its newsroom; never a
    wire, a platform or a place (a journalist named in a story is told in its body, and a
    state's director is no medium's) (round 21e)."""
    for line in content[-3:]:
        for note in _STAFF_NOTE_EN.finditer(line):
            name = re.sub(r"^[Tt]he\s+", "", next(g for g in note.group("own", "for", "of")
                                                 if g)).rstrip(".")
            evidence = note.group(0).strip().rstrip(".")
            if name.lower() in cited_media() or is_place(name) or \
                    _PLATFORMS.search(name.split()[0].lower() + ".com"):
                continue
            known = urls.outlet_named(name)
            return known or name, f"staff note: {evidence}" + (
                "" if known else " (not in data/outlets.csv)")
    return "", ""


def _english_origin(wire: tuple[str, str], header: list[str], content: list[str],
                    removed: list[tuple[str, str]]) -> tuple[str, str]:
    """(wire, evidence) of the wire or medium whose copy an English page carries, when the
    page names itself nowhere: its dateline (``SEOUL (Yonhap) —``), a credit line above the
    text (``Reuters``), its sign-off (``– AAP``, ``(Reporting by …)``), a wire's copyright."""
    if wire[0]:
        return wire[0], f"{wire[1]} (the copy's origin)"
    name, evidence, is_wire = english_header_credit(header)
    # (a credit line the page repeats, under each photo's caption, credits the photos: round
    # 20c)
    credit = evidence.removeprefix("credit line: ")
    if name and is_wire and sum(line.strip() == credit for line in content) < 2:
        return name, f"{evidence} (the copy's origin)"
    # ... or a sign-off the header took for a date line: "(Lensa News Agency June 8, 2006)"
    name, evidence = english_sign_off(content)
    if not name:
        name, evidence = english_sign_off([line for kind, line in removed
                                           if kind == "date_line"])
    if name:  # "—The Harbour Gazette": a publication signing its own page
        return name, evidence if evidence.endswith("(not in data/outlets.csv)") else \
            f"{evidence} (the copy's origin)"
    name, prompt = english_feedback_name(content)
    if name:  # "… any issues you've encountered on The Harbour Ledger." (round 20k)
        known = urls.outlet_named(name)
        return known or name, f"feedback prompt: {prompt}" + (
            "" if known else " (not in data/outlets.csv)")
    for kind, line in _copyright_lines(content, removed):
        holder, is_wire = english_copyright_holder(line) if kind == "copyright" else ("", False)
        if holder and is_wire:
            return holder, f"copyright line: {line.strip()} (the copy's origin)"
    return "", ""


def _unguessed(origin: tuple[str, str]) -> tuple[str, str]:
    """The outlet read from ``_english_origin``, unless it is a wire known to
    data/lexicons/actors.csv (type ``wire``) credited for the copy (its dateline, a credit
    line, its sign-off, its copyright): the page naming itself nowhere, its outlet stays
    unknown, never guessed from the wire, which the annotator reads as the text's relay
    (rounds 11a, 21l). A brand the lexicon does not know as a wire (``(KVTX)``, a local
    station's own dateline; ``NZPA``) stays the copy's origin.

    >>> _unguessed(("AP", "dateline: LIMA (AP) — (the copy's origin)"))
    ('', '')
    >>> _unguessed(("KVTX", "dateline: MARLOW (KVTX) (the copy's origin)"))
    ('KVTX', "dateline: MARLOW (KVTX) (the copy's origin)")
    """
    name, evidence = origin
    if name and evidence.endswith("(the copy's origin)") and name.lower() in _lexicon_wires():
        return "", ""
    return name, evidence


@lexicons.cached()
def _lexicon_wires() -> frozenset:
    """Aliases of the wires of data/lexicons/actors.csv (type ``wire``), lower case."""
    table = lexicons.load("actors")
    return frozenset(alias.lower() for cell in table.loc[table["type"] == "wire", "aliases"]
                     for alias in lexicons.split_aliases(cell))


_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_CLOCK_NEAR = 14  # characters either side of a date its time of day stands within
_PARAGRAPH_WORDS = 20  # a sentence this long is the text's, not the header's
_SENTENCE_END = (".", "!", "?", '"', "”")  # not ")": a photo caption's credit


def _own_date_line(content: list[str], date_lines: list[int]) -> int | None:
    """Which of the header's date lines is the page's own: one above the text's second
    paragraph (a date below it heads a comment or a related article: ``Budi, 12 Maret 2025
    pukul 10.15``; None when every one is below), the first of them, unless it gives no clock
    time (the site's calendar: ``• Kamis, 28 November 2024``, ``Lensa Pos, Jumat 30 Oktober
    2020``) and a date line below it gives one (``Kamis, 15 November 2018 - 18.50 WIB``,
    ``Diposting : 25 September 2020 01:29``)."""
    # the text has begun after its second paragraph (the first may be a standfirst)
    paragraphs = [index for index, line in enumerate(content[:HEADER_LINES])
                  if len(line.split()) >= _PARAGRAPH_WORDS and line.endswith(_SENTENCE_END)]
    paragraph = paragraphs[1] if len(paragraphs) > 1 else len(content)
    # (a dated sign-off closing the text is the copy's own: "(Lensa Agency June 8, 2006)")
    above = [index for index in date_lines if index < paragraph or content[index][:1] == "("]
    if not above:
        return None
    first = above[0]
    if not _CLOCK.search(content[first]):
        stamped = [index for index in above[1:] if _CLOCK.search(content[index])]
        if stamped:
            return stamped[0]
    return first


def _above_the_headline(content: list[str], index: int) -> bool:
    """Does line ``index`` stand above the page's headline: every line before it a widget's
    furniture (one word, ``Jakarta``, ``Search``, ``close``; or a figure, ``29.3 C``)?"""
    return all(len(line.split()) <= 1 or len(line.split()) <= 3 and re.search(r"\d", line)
               for line in content[:index])


def _site_calendar(content: list[str], date_lines: list[int], chosen: int | None,
                   text_language: str) -> tuple[int | None, bool]:
    """(the page's own date line, is it perhaps the site's calendar): a date line with no
    clock time above the headline (``Minggu, 14 Juli 2024`` / the headline / the text) may be
    the day the page was read, not written (round 26g). Where another date line above the
    text's second paragraph gives a day more than a month earlier (``Tuesday March 19, 2024``
    / the headline / ``November 21, 2018``), that one is the page's; else the calendar line
    stays, flagged (:func:`publication_date` drops it when the text's own dates are much
    earlier)."""
    if chosen is None or _CLOCK.search(content[chosen]) or \
            not _above_the_headline(content, chosen):
        return chosen, False
    day = read_date_line(content[chosen], text_language).date
    own = _own_date_line(content, [i for i in date_lines if i > chosen])
    if own is not None and day is not None:
        earlier = read_date_line(content[own], text_language).date
        if earlier is not None and earlier < day - _CALENDAR_GAP:
            return own, False
    return chosen, True


# a site's calendar date at least this much later than the text's own dates is not the page's
_CALENDAR_GAP = datetime.timedelta(days=31)


def split_header(row: Row, cleaned: str, rules, outlets, sections) -> dict:
    """Split cleaned text into header fields, body and boilerplate. The text's language
    (:func:`newsframe.lang.language.article_language`, ``text_language``) decides in which
    words its dates are read."""
    text_language = language.article_language(cleaned)
    lines = cleaned.split("\n")
    if any(len(line) > 100_000 for line in lines):
        row.warnings.append("long_line")
    front, lines = _front_matter(lines)
    kept, removed = _split_boilerplate(lines, rules)
    removed = [("crawler_header", f"{key}: {value}") for key, value in front.items()] + removed
    content = [line.strip() for line in kept if line.strip()]
    content, crawler_fields, crawler_url = _strip_crawler_header(content)
    content = _unglue_datelines(content)
    menu = _leading_menu(content)
    removed += [("menu", line) for line in content[:menu]]
    content = content[menu:]
    removed += [("crawler_header", field) for field in crawler_fields]
    crawler_url = crawler_url or front.get("url", "") or (
        f"https://{front['hostname']}" if front.get("hostname") else "")
    if front.get("date") and dates.parse_date_line(front["date"][:25], text_language).date:
        content = [front["date"][:25]] + content  # read as the page's date line below
    elif _crawler_day(crawler_fields):  # "date 2020-01-02 Nama Penulis": the crawler's day
        content = [_crawler_day(crawler_fields)] + content  # (round 22h)
    info = {"title": "", "title_evidence": "", "dek": "", "section": "", "author": "",
            "editor": "", "dateline_place": "", "outlet": "", "outlet_evidence": "",
            "text_language": text_language}
    # short header lines that are a date ("Rabu, 28 Agu 2024 11:20 WIB",
    # "Kompas.com - 29/12/2023, 14:12 WIB") are metadata, not headline or text
    date_lines = [index for index, line in enumerate(content[:HEADER_LINES])
                  if _date_line(line, text_language)]
    first_lines = content[:HEADER_LINES]  # (the header as written, date lines included)
    if date_lines:
        chosen = _own_date_line(content, date_lines)
        chosen, info["date_line_calendar"] = _site_calendar(content, date_lines, chosen,
                                                            text_language)
        info["date_line"] = content[chosen] if chosen is not None else ""
        masthead = find_outlet(info["date_line"], outlets) if chosen is not None else None
        if masthead:
            info["outlet"], info["outlet_evidence"] = masthead, f"date line: {info['date_line']}"
        named = _DATE_LINE_NAME.match(info["date_line"]) if chosen is not None and \
            not masthead else None
        if named and (is_media_name(named.group(1)) or is_english_media_name(named.group(1))):
            # "Harbour Globe - March 4, 2025": the site's name before its date (round 21e; a
            # writer's name there is no medium's)
            info["outlet"] = named.group(1)
            info["outlet_evidence"] = f"date line: {info['date_line']} (not in data/outlets.csv)"
        removed += [("date_line", content[index]) for index in date_lines]
        content = [line for index, line in enumerate(content) if index not in date_lines]
    else:  # the boilerplate took a byline that carries the date ("Penulis: Nama | Selasa, 20
        # Mei 2025 | 15:13 WIB"): the page's date line (round 22h)
        info["date_line"] = next((line for kind, line in removed if kind == "byline"
                                  and _date_line(line, text_language)), "")

    # the lead is the first line opening with a recognised dateline
    lead_index, dateline, wire = None, None, ("", "")
    for index, line in enumerate(content[:HEADER_LINES]):
        english = read_english_dateline(line, outlets) if text_language == "en" else None
        if english and english[3]:  # "SEOUL (Yonhap) —": a wire's copy, its origin ranked last
            lead_index, wire = index, (english[0], f"dateline: {english[2]}")
            info["dateline_place"] = english[1]
            break
        dateline = english[:3] if english else read_dateline(
            line, outlets, text_language != "en", "\n".join(content[index + 1:index + 40]))
        if dateline:
            lead_index = index
            break
    banner = _section_banner(content)
    # "The Lakeside Gazette" alone above an English headline: the page's masthead, not a
    # section nor the title (round 20c; an Indonesian banner is read below: "Tribun Bisnis")
    masthead_line = _site_line(content[:1], outlets)[0] if text_language == "en" and \
        len(content) > 1 and \
        len(content[1].split()) >= 4 and len(content[1]) <= MAX_TITLE_CHARS and \
        not content[1].endswith((".", "?\"", "”")) and lead_index != 0 else ""
    if masthead_line:
        known = find_outlet(masthead_line, outlets)
        info["outlet"] = known or masthead_line
        info["outlet_evidence"] = f"masthead above the headline: {content[0]}" + (
            "" if known else " (not in data/outlets.csv)")
        removed.append(("masthead", content[0]))
    elif banner:  # "Jabodetabek" / "Berita" above the headline: the site's section
        info["section"] = content[0]
        removed.append(("section", content[0]))
    if banner or masthead_line:
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
    if stamp and dates.parse_date_line(stamp.group(1), text_language).date:
        info["date_line"] = stamp.group(1)
        title = title[: stamp.start()].strip()
    site = _TITLE_SITE.search(title)
    named_site = urls.outlet_named(site.group(1).strip()) or (
        site.group(1).strip() if _DOMAIN_IN_TEXT.fullmatch(site.group(1).strip())
        or _bar_site(site, text_language)
        or _site_written_again(site, (header_rest + body_lines)[:3]) else None) if site else None
    if named_site:  # "Harga Naik | Kabar Nusa": the page title, with the site's name
        title = title[: site.start()].strip()
        removed.append(("title_site", site.group(0).strip()))
        if not (dateline and dateline[0]):
            info["outlet"] = named_site
            info["outlet_evidence"] = f"page title: … {site.group(0).strip()}" + (
                "" if urls.outlet_named(named_site) else " (not in data/outlets.csv)")
    info["title"] = title
    if title:  # "Headline - GenPI.co": the page title repeated with the site's name
        for lines in (header_rest, body_lines):
            for index, line in enumerate(lines[:3]):
                # (a line not opening with the title is no repeat: no pattern compiled for it)
                repeat = re.fullmatch(re.escape(title) + r"\s*(?:[-|–—:]\s*)(.{2,40})",
                                      line) if line.startswith(title) else None
                if not repeat:
                    continue
                removed.append(("title_repeat", line))
                site = repeat.group(1).strip()
                known = find_outlet(site, outlets) or outlet_by_domain(site)
                named = known or self_name(site) or (site if is_media_name(site) else None)
                if named and not (dateline and dateline[0]):
                    info["outlet"] = named
                    info["outlet_evidence"] = f"page title: … - {site}" + (
                        "" if known else " (not in data/outlets.csv)")
                del lines[index]
                break
        info["dek"] = "\n".join(header_rest)

    if dateline and dateline[0]:
        info["outlet"], info["dateline_place"] = dateline[0], dateline[1]
        info["outlet_evidence"] = f"dateline: {dateline[2]}"
    elif dateline:  # an English dateline naming no outlet: its place only
        info["dateline_place"] = dateline[1]
    bracket = _LEAD_BRACKET.match(body_lines[0]) if body_lines and not info["outlet"] and \
        not wire[0] else None
    english = english_lead_brand(bracket.group(1)) if bracket and text_language == "en" else None
    # "(LENSAKOTA) - …", "(CBS HARBOUR) - …" opening the lead; a wire or medium there, with no
    # place, may head a summary of its story ("(New York Times) – …"): no name of the page
    if english and english[0] and not english[1] or bracket and text_language != "en" and \
            brand_in_brackets(bracket.group(1)):
        known = find_outlet(bracket.group(1), outlets)
        info["outlet"] = known or bracket.group(1)
        info["outlet_evidence"] = f"dateline: {bracket.group(0).strip()}" + (
            "" if known else " (not in data/outlets.csv)")
    # (round 22k: also on the second or third line, below the site's teaser of the story:
    # "Liputan6.com, Jakarta Badan …" after a line that sums the story up)
    undashed, place = None, ""
    for line in body_lines[:3] if not info["outlet"] and text_language != "en" else []:
        undashed = _UNDASHED_DATELINE.match(line)
        place = _undashed_place(undashed) if undashed else ""
        if place:
            break
    if place:  # "Lensanusa.com, Bogor Warga …": the site's dateline without its dash
        known = outlet_by_domain(undashed.group(1))
        info["outlet"], info["dateline_place"] = known or undashed.group(1), place
        info["outlet_evidence"] = f"dateline: {undashed.group(1)}, {place}" + (
            "" if known else " (not in data/outlets.csv)")
    site, site_place, site_line = _domain_dateline(content[:HEADER_LINES], body_lines[0]) \
        if body_lines and not info["outlet"] and text_language != "en" else ("", "", "")
    if site:  # "LENSA24.COM, Kepala …", "Bekasi, KABARTOL.ID": the site's undashed dateline
        known = outlet_by_domain(site)
        info["outlet"], info["dateline_place"] = known or site, site_place
        info["outlet_evidence"] = f"dateline: {site_line}" + (
            "" if known else " (not in data/outlets.csv)")
    # (round 21e: the credit may open a line after the writer's and the stamp's lines)
    syndicated = next((m for line in body_lines[:3] for m in [_SYNDICATED.match(line)] if m),
                      None)
    if syndicated and not info["outlet"]:  # "(MENAFN- The Lakeside Post) …": the source's copy
        name = re.split(r"\s+/\s+|\s+-\s+", syndicated.group("name"))[0].strip()
        known = urls.outlet_named(name)
        info["outlet"] = known or name
        info["outlet_evidence"] = f"syndication credit: {syndicated.group(0).strip()}" + (
            "" if known else " (not in data/outlets.csv)")
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
        # the header's short lines, not the body's sentences ("dikonfirmasi ANTARA" cites a
        # wire)
        masthead = "\n".join([c for c in content[:HEADER_LINES] if _furniture_line(c)] + [
            line for kind, line in removed if kind != "reprint"] + short)
        outlet = find_outlet(masthead[:20_000], outlets, skip_credits=True)
        logo = next((m.group(1) or m.group(2) for kind, line in removed if kind == "banner"
                     for m in [LOGO.fullmatch(line)] if m), "")
        # "Reuters logo", "YouTube logo": another's logo; "Harbour Police logo" above a
        # photo credit, the body naming the police: a picture's subject, not the page's logo
        # (the page's own logo line names it once) (round 21e)
        if logo and (logo.lower() in cited_media() or _PLATFORMS.search(logo.lower() + ".com")
                     or len(re.findall(r"(?i)\b" + re.escape(logo) + r"\b", cleaned)) > 1):
            logo = ""
        if not outlet and logo:  # "Logo Warta Pesisir": the site's logo above the headline
            outlet = find_outlet(logo, outlets) or outlet_by_domain(logo) or logo
        copyright_line = next((line for kind, line in removed if kind == "copyright"), "")
        if not outlet and copyright_line:
            outlet = find_outlet(copyright_line, outlets) or outlet_by_domain(copyright_line)
        if outlet and outlet.lower() in _lexicon_wires() and \
                outlet != find_outlet(copyright_line, outlets):
            # "… lawmaker By Yonhap" under an English headline, "Yonhap: Korea Utara …": the
            # wire credited for the copy or quoted, not the page's masthead (a wire's own page
            # datelines it: "SEOUL, May 2 (Yonhap) --", "JAKARTA (ANTARA) -") (round 26g,
            # second part)
            outlet = None
        if outlet:
            info["outlet"], info["outlet_evidence"] = outlet, (
                f"copyright line: {copyright_line}" if copyright_line and outlet == find_outlet(
                    copyright_line, outlets) else "masthead or boilerplate line")
    holder = next((_copyright_holder(line) for kind, line in removed if kind == "copyright"),
                  "") if not info["outlet"] and text_language != "en" else ""
    if holder:  # "© 2024 Lensa Nusa": the site's own name in its copyright line
        info["outlet"] = holder
        info["outlet_evidence"] = f"copyright line: {holder} (not in data/outlets.csv)"
    channel = _channel_name(removed) if not info["outlet"] else ""
    if channel:  # "… Channel Telegram Kabarnusa": the site's own name in a follow prompt
        known = urls.outlet_named(channel) or find_outlet(channel, outlets)
        info["outlet"] = known or channel
        info["outlet_evidence"] = f"follow prompt: {channel}" + (
            "" if known else " (not in data/outlets.csv)")
    if not info["outlet"]:
        name, line = _byline_outlet(removed, outlets)
        if name:  # "Laporan Wartawan Lensa Jogja, Rina Wati": the site's own reporter
            known = urls.outlet_named(name) or find_outlet(name, outlets)
            info["outlet"] = known or name
            info["outlet_evidence"] = f"byline: {line}" + (
                "" if known else " (not in data/outlets.csv)")
    brand = _BRAND_SECTION.fullmatch(info["section"]) if not info["outlet"] else None
    if brand:  # "lensaNews" above the headline: the site's name and its section
        known = find_outlet(info["section"], outlets)
        info["outlet"] = known or brand.group(1)
        info["outlet_evidence"] = f"section banner: {info['section']}" + (
            "" if known else " (not in data/outlets.csv)")
    if text_language == "en" and not info["outlet"]:
        info["outlet"], info["outlet_evidence"] = _english_own_name(
            content[:lead_index if lead_index is not None else HEADER_LINES], content, removed)
    if not info["outlet"]:
        name, line = _logo_word(first_lines, "\n".join(body_lines)[:50_000])
        if name:  # "lensakota" above "Berita Terkini Jawa Timur": the site's logo (round 21e)
            known = find_outlet(name, outlets) or outlet_by_domain(name)
            info["outlet"] = known or outlet_name(name)
            info["outlet_evidence"] = f"logo line: {line}" + (
                "" if known else " (not in data/outlets.csv)")
            if info["section"] == name:
                info["section"] = ""
    if not info["outlet"] and first_lines and _DOMAIN_IN_TEXT.fullmatch(first_lines[0]):
        # "lensakota.com" alone opening the page, above its menu and headline: the site's
        # logo line (round 24d)
        known = outlet_by_domain(first_lines[0])
        info["outlet"] = known or outlet_name(first_lines[0])
        info["outlet_evidence"] = f"logo line: {first_lines[0]}" + (
            "" if known else " (not in data/outlets.csv)")
    if not info["outlet"]:
        named, line = _site_line(content[1:4], outlets)
        if named:  # "idxchannel.com" or "Daily Mail" alone under the headline: the site
            known = find_outlet(named, outlets) or outlet_by_domain(named)
            info["outlet"] = known or named
            info["outlet_evidence"] = f"site line under the headline: {line}" + (
                "" if known else " (not in data/outlets.csv)")
    # (round 21e: or opening one of the first lines after an error page's banner lines,
    # "403" / "Sorry!!" / "Error! …" / the headline)
    credit = next((m for line in body_lines[:5] for m in [_BARE_BRACKET.match(line)] if m),
                  None) if not info["outlet"] and not wire[0] and text_language == "en" \
        else None
    if credit and english_lead_brand(credit.group(1)) == (True, False):
        # "(MENAFN) North Korea has …": the site's own credit opening the lead, no dash
        known = find_outlet(credit.group(1), outlets)
        info["outlet"] = known or credit.group(1)
        info["outlet_evidence"] = f"dateline: {credit.group(0).strip()}" + (
            "" if known else " (not in data/outlets.csv)")
    site = front.get("sitename", "")
    if not info["outlet"] and site and len(site) <= 60:  # the site's name in the crawler's header
        info["outlet"] = urls.outlet_named(site) or site
        info["outlet_evidence"] = f"crawler header: sitename: {site}" + (
            "" if urls.outlet_named(site) else " (not in data/outlets.csv)")
    if not info["outlet"] and crawler_url:  # the page's own address in the crawler's header
        by_domain = urls.outlet_of(crawler_url)
        host = urls.host_of(crawler_url)
        if by_domain or host:
            info["outlet"] = by_domain[0] if by_domain else host.removeprefix("www.")
            info["outlet_evidence"] = f"crawler header: {crawler_url}" + (
                "" if by_domain else " (not in data/outlets.csv)")
    if not info["outlet"]:
        domain = _furniture_domain(removed)
        if domain:
            known = outlet_by_domain(domain)
            info["outlet"] = known or domain
            info["outlet_evidence"] = f"page furniture: {domain}" + (
                "" if known else " (not in data/outlets.csv)")
    furniture = [line for kind, line in removed if kind not in ("reprint", "photo_caption")] + \
        content[:3] + [line for line in content[-3:] if _furniture_line(line)]
    if not info["outlet"]:
        mailed = _furniture_email(furniture)
        if mailed:  # "redaksi@kabarnusa.id": the newsroom's address
            known = outlet_by_domain(mailed)
            info["outlet"] = known or mailed
            info["outlet_evidence"] = f"newsroom e-mail: {mailed}" + (
                "" if known else " (not in data/outlets.csv)")
    if not info["outlet"]:
        name, handle = _handle_name(furniture)
        if name:  # "Ikuti Instagram @lensanusacom": the site's own account
            known = urls.outlet_named(name) or find_outlet(name, outlets)
            info["outlet"] = known or name
            info["outlet_evidence"] = f"social handle: {handle}" + (
                "" if known else " (not in data/outlets.csv)")
    if not info["outlet"]:
        told = next((m for m in _TOLD_THE_SITE.finditer("\n".join(body_lines)[:50_000])
                     if not _QUOTED_FROM_IT.match(m.string, m.end())), None)
        if told:
            known = outlet_by_domain(told.group(1))
            info["outlet"] = known or told.group(1)
            info["outlet_evidence"] = f"interviewed by the site: {told.group(0).strip()}" + (
                "" if known else " (not in data/outlets.csv)")
    if not info["outlet"]:
        for told in _TOLD_THE_SITE_BY_NAME.finditer("\n".join(body_lines)[:50_000]):
            name = told.group(1)
            known = find_outlet(name, outlets)
            # (round 20k: or a paper's head word before a place, "kepada Kabar Banten")
            name = next((n for n in (name, " ".join(name.split()[:2]))
                         if known or paper_of_a_place(n)), name)
            if known or is_media_name(name) or paper_of_a_place(name):
                info["outlet"] = known or name
                info["outlet_evidence"] = f"interviewed by the site: {told.group(0).strip()}" + (
                    "" if known else " (not in data/outlets.csv)")
                break
    if not info["outlet"] and text_language != "en":
        info["outlet"], info["outlet_evidence"] = _site_in_its_text(
            "\n".join(body_lines)[:50_000], outlets)
    if not info["outlet"]:
        for told in _TOLD_THE_AGENCY.finditer("\n".join(body_lines)[:50_000]):
            name = told.group("name")
            # "kepada kantor berita Reuters": a wire or foreign medium the page cites
            if name.lower() not in cited_media() and not is_place(name):
                known = find_outlet(name, outlets)
                info["outlet"] = known or name
                info["outlet_evidence"] = f"interviewed by the site: {told.group(0).strip()}" + (
                    "" if known else " (not in data/outlets.csv)")
                break
    if not info["outlet"]:
        itself = _SITE_AS_SUBJECT.search("\n".join(body_lines)[:50_000]) or \
            _GATHERED_BY_SITE.search("\n".join(body_lines)[:50_000])
        if itself:  # "Kabarnusa.id merangkum laporan …": the site at its own work
            known = outlet_by_domain(itself.group(1))
            info["outlet"] = known or itself.group(1)
            info["outlet_evidence"] = f"the site at work: {itself.group(0).strip()}" + (
                "" if known else " (not in data/outlets.csv)")
    if not info["outlet"] and text_language != "en":
        for itself in _GATHERED_BY_NAME.finditer("\n".join(body_lines)[:50_000]):
            name = itself.group(1)
            known = find_outlet(name, outlets)
            # "data yang berhasil dihimpun Lensa News": the site by a medium's name (round
            # 21e; a wire the page cites is no page: "dihimpun Reuters")
            if known and known.lower() not in cited_media() or not known and \
                    is_media_name(name) and name.lower() not in cited_media():
                info["outlet"] = known or name
                info["outlet_evidence"] = f"the site at work: {itself.group(0).strip()}" + (
                    "" if known else " (not in data/outlets.csv)")
                break
    if text_language == "en" and not info["outlet"]:
        info["outlet"], info["outlet_evidence"] = _told_the_paper(body_lines)
    if text_language == "en" and not info["outlet"]:
        info["outlet"], info["outlet_evidence"] = _newsroom_at_work(body_lines)
    if text_language == "en" and not info["outlet"]:
        info["outlet"], info["outlet_evidence"] = _site_reports_citing(body_lines)
    if text_language == "en" and not info["outlet"]:
        info["outlet"], info["outlet_evidence"] = _staff_note(content)
    if text_language == "en" and not info["outlet"]:
        info["outlet"], info["outlet_evidence"] = _unguessed(_english_origin(
            wire, content[:lead_index if lead_index is not None else HEADER_LINES], content,
            removed))
    if info["outlet_evidence"].endswith("(not in data/outlets.csv)"):
        info["outlet"] = outlet_name(info["outlet"])  # "DIKSI.CO", "KABARKOTA": the site's name
        # "Balitribune.co.id" where the page also writes "Bali Tribune": the name as spaced
        info["outlet"] = _spaced_name(info["outlet"], "\n".join(
            [info["title"]] + content[:HEADER_LINES] + [line for _, line in removed]))
    origin = english_reprint_origin(content + [line for _, line in removed]) \
        if text_language == "en" else ""
    if origin:  # "This story was originally published by X": the page reprints X
        if info["outlet"].lower() == origin.lower() and not info["outlet_evidence"].startswith(
                ("crawler header", "page title")):
            info["outlet"], info["outlet_evidence"] = "", ""
        if info["outlet"]:
            info["outlet_evidence"] += f"; a reprint of {origin}"
    reprint = next((line for kind, line in removed if kind == "reprint"), "")
    if reprint:  # "Artikel ini telah tayang di …": the page reprints another outlet's text
        site = _DOMAIN_IN_TEXT.search(reprint)
        # a site data/outlets.csv does not know, as the page's own name is written
        origin = find_outlet(reprint, outlets) or outlet_by_domain(reprint) or (
            outlet_name(site.group(0).removeprefix("www.")) if site else None)
        if origin and info["outlet"].lower() == origin.lower() and not \
                info["outlet_evidence"].startswith(("crawler header", "page title")):
            # the reprint's own dateline names its origin, not the page
            info["outlet"], info["outlet_evidence"] = "", ""
        if origin and info["outlet"]:
            info["outlet_evidence"] += f"; a reprint of {origin}"
    info["lead"] = body_lines[0] if body_lines else ""
    info["body"] = "\n\n".join(body_lines)
    info["boilerplate"] = "\n".join(f"{kind}: {line}" for kind, line in removed)
    return info


def _later_day_in(body: str, published, text_language: str = "id") -> bool:
    """Does the body name a day 1-7 days after ``published`` (e.g. a lead dated Friday and a
    relay "seperti dilansir AP, Sabtu (14/10)")? Then the lead gives the news day, not the
    publication day."""
    for expression in dates.find_date_expressions(body, published, text_language):
        if expression.precision == "day" and expression.date_start and \
                1 <= (expression.date_start - published).days <= 7:
            return True
    return False


def publication_date(info: dict, row: Row) -> dict:
    """Publication date from a date line, else the lead's first explicit full date."""
    text_language = info.get("text_language", "id")
    event_day, event_evidence = None, ""
    for source, snippet in (("date line", info.get("date_line", "")),
                            ("lead", info.get("lead", "")[:600])):
        read = read_date_line if source == "date line" else dates.parse_date_line
        found = read(snippet, text_language) if snippet else None
        if found and found.date and _founding_date(snippet, found.evidence):
            continue  # "Harbourton, Maine  Est. June 2, 1901": a masthead's (round 25f)
        if found and found.date and source == "lead" and text_language != "en" and \
                _yesterday(snippet, found.evidence):
            day = found.date + datetime.timedelta(days=1)
            return {"published": day.isoformat(), "published_precision": "day",
                    "published_evidence": f"lead: {found.evidence} kemarin (the page's day is "
                                          f"the next)", "weekday_stated": ""}
        if found and found.date and source == "lead" and text_language != "en" and \
                _event_day(snippet, found.evidence):
            # "tenggelam pada Kamis, 26 Mei 2022": the news's day; the page came out on it or
            # later (a later day the text writes in full, below, else this one as a floor)
            event_day, event_evidence = found.date, found.evidence
            if found.weekday_ok is False:
                row.warnings.append("weekday_mismatch")
            continue
        if found and found.date and source == "date line" and info.get("date_line_calendar"):
            written = _text_written_before(info.get("body", ""), found.date, text_language)
            if written is not None:
                # "Minggu, 14 Juli 2024" above the headline of a text whose dates stop at
                # "20 Januari 2022": the site's calendar on the day the page was read, not
                # the page's date: the lead and the text date it, as a page without a date
                # line (round 26g)
                continue
        if found and found.date:
            if found.weekday_ok is False:
                row.warnings.append("weekday_mismatch")
            evidence = snippet if source == "date line" else found.evidence
            if source == "lead" and _later_day_in(info.get("body", ""), found.date,
                                                  text_language):
                row.warnings.append("later_date_in_text")
            return {"published": found.date.isoformat(), "published_precision": "day",
                    "published_evidence": f"{source}: {evidence}",
                    "weekday_stated": found.weekday_stated}
    latest = _latest_full_date(info.get("body", ""), text_language)
    if latest is not None and event_day is not None and latest.date_start <= event_day:
        latest = None  # the lead's event day again: no later day the text vouches for
    if latest is not None:
        row.warnings.append("published_inferred")
        day, evidence = latest.date_start, f"the latest full date in the text, " \
                                           f"{latest.expression}"
        weekday = _reporting_weekday(info.get("body", ""), text_language)
        if text_language != "en" and _YESTERDAY_AFTER.search(
                info.get("body", "")[latest.end:latest.end + 40]):
            # "dirilis Indo Barometer, Selasa (2/4/2019) kemarin": the next day
            day += datetime.timedelta(days=1)
            evidence = f"the day after {evidence} kemarin"
        elif weekday is not None:
            # "kata X di Ambon, Selasa malam." after "5 Juli 2025": the news day is the
            # first such weekday on or after the latest full date
            day += datetime.timedelta(days=(weekday[0] - day.weekday()) % 7)
            evidence = f"the first {weekday[1]} on or after {evidence}"
        return {"published": day.isoformat(),
                "published_precision": "inferred_not_before",
                "published_evidence": f"inferred: {evidence}",
                "weekday_stated": ""}
    if event_day is not None:
        row.warnings.append("published_inferred")
        return {"published": event_day.isoformat(), "published_precision": "inferred_not_before",
                "published_evidence": f"inferred: the lead's date is the news's day, "
                                      f"{event_evidence}; the page came out "
                                      f"on it or later", "weekday_stated": ""}
    return {"published": "", "published_precision": "", "published_evidence": "",
            "weekday_stated": ""}


def stated_weekday_wrong(body: str, published: str, text_language: str = "id") -> bool:
    """Does a dated expression of the body state a weekday its date does not fall on
    (``Rabu (17/4/2023)``, a Monday; ``Jumat (12/1)`` read in the year of ``published``;
    in an English text ``Tuesday, March 7, 2024``)?"""
    try:
        anchor = datetime.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        anchor = None
    published_day, later = anchor, 0
    if anchor is None:  # no publication date: year-less dates are read in the body's year
        # (or the next: "turun dari 2015" on a page of 2016; round 22h)
        anchor, later = _body_year_end(body), 1
    weekdays = _weekday_numbers()
    for expression in dates.find_date_expressions(body, anchor, text_language):
        if expression.weekday_ok is not False:
            continue
        if not expression.relative:
            return True  # "Rabu (17/4/2023)": the year is written
        # no year written: the weekday may name an earlier year ("Selasa (26/4)" under a
        # photo of two years before); wrong only if no year up to three before fits
        day, wanted = expression.date_start, weekdays.get(expression.weekday_stated.lower())
        if day is None or anchor is None or wanted is None:
            continue
        if published_day is not None and \
                abs((day - published_day).days) <= _PUBLICATION_WEEK_DAYS:
            return True  # "Selasa (13/6)" on a page of 14 June: this year's (round 22h)
        if not any(_weekday_of(year, day.month, day.day) == wanted
                   for year in range(anchor.year - 3, anchor.year + 1 + later)):
            return True
    return False


# a year-less date this many days or fewer from the publication day is that year's: a page
# of 7 August tells of "Rabu (7/8)" this week, not of a Wednesday a year before (round 22h)
_PUBLICATION_WEEK_DAYS = 3


_YEAR = re.compile(r"(?<![\d/.,-])(?:19[5-9]\d|20\d\d)(?![\d/.,-]\d|\d)")


def _body_year_end(body: str) -> datetime.date | None:
    """The last day of the latest year written in ``body`` that is not after this year (a
    page with no publication date whose year-less dates, *Selasa (12/8)*, belong to the year
    of its *Agustus 2018*, *lebaran 2018*), else None. Only read when the page gives no
    publication date.

    >>> _body_year_end("Panen Maret 2019 dan target 2999. Kamis (4/4) rapat.")
    datetime.date(2019, 12, 31)
    >>> _body_year_end("Rapat pada Kamis (4/4).") is None
    True
    """
    this_year = datetime.date.today().year
    years = [int(m.group(0)) for m in _YEAR.finditer(body) if int(m.group(0)) <= this_year]
    return datetime.date(max(years), 12, 31) if years else None


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


@lexicons.cached()
def _weekday_names(text_language: str = "id") -> dict[str, int]:
    table = lexicons.in_language(lexicons.load("weekdays"), text_language)
    return {str(name).lower(): int(day)
            for name, day in zip(table["name"], table["weekday"], strict=True)}


_LEAD_CHARS = 800  # the lead and the first statement: where a wire's day stands


def _reporting_weekday(body: str, text_language: str = "id") -> tuple[int, str] | None:
    """The bare weekday closing a clause of the body's opening (``…, kata X di Ambon,
    Selasa malam.``, ``…, Kamis.``): a day of the week with no date after it, after a comma,
    before the sentence's end (a time of day between) — the day the news was gathered.

    >>> _reporting_weekday("Hujan turun, kata Rina di Kupang, Selasa malam. Lalu reda.")
    (1, 'Selasa')
    >>> _reporting_weekday("Hujan turun pada Selasa (3/6/2025) malam.") is None
    True
    """
    names = _weekday_names(text_language)
    if not names:
        return None
    found = re.search(r",\s+(" + "|".join(map(re.escape, names)) + r")(?:\s+(?:pagi|siang|"
                      r"sore|malam|dini hari|morning|afternoon|evening|night))?\s*[.]",
                      body[:_LEAD_CHARS], re.IGNORECASE)
    if found is None:
        return None
    return names[found.group(1).lower()], found.group(1)


def _text_written_before(body: str, day: datetime.date, text_language: str = "id"):
    """The latest date the text writes in full (day, month and year), when every such date
    is more than :data:`_CALENDAR_GAP` before ``day``; else None (also for a text with no
    full date).

    >>> _text_written_before("Gempa pada 17 Januari 2022 merusak 30 rumah.",
    ...                      datetime.date(2024, 7, 14)).expression
    '17 Januari 2022'
    >>> _text_written_before("Gempa pada 2 Juli 2024 merusak 30 rumah.",
    ...                      datetime.date(2024, 7, 14)) is None
    True
    """
    found = dates.find_date_expressions(body, None, text_language)
    full = [e for e in found if e.precision == "day" and not e.relative
            and e.date_start is not None and e.date_start == e.date_end]
    latest = max(full, key=lambda e: e.date_start) if full else None
    return latest if latest is not None and latest.date_start < day - _CALENDAR_GAP else None


def _latest_full_date(body: str, text_language: str = "id"):
    """The latest date the text writes in full (day, month and year: ``Jumat (17/5/2024)``,
    ``Kamis, 29 Februari 2024``): an article without a dated masthead or lead was published
    on that day or later — when the text writes it with its weekday or a clock, else None."""
    found = dates.find_date_expressions(body, None, text_language)
    # (a date whose stated weekday it does not fall on dates nothing: which of the two is
    # wrong the text does not say — Kamis (14/8/2023), a Monday; the mismatch is flagged;
    # round 22h)
    full = [e for e in found if e.precision == "day" and e.weekday_ok is not False
            and not e.relative and e.date_start is not None and e.date_start == e.date_end]
    latest = max(full, key=lambda e: e.date_start) if full else None
    # a date written with neither its weekday nor a clock beside it tells an earlier event
    # ("sejak 24 Februari 2022", "on April 2, 2024"), not the news day: no inference (round
    # 20c; "Selasa (10/3/2020)", "August 27, 2024 5:54 PM" are the reporting day's, and so is
    # a date before a bare weekday the text reports on: round 13c)
    if latest is not None and not latest.weekday_stated and not _CLOCK.search(
            body, max(0, latest.start - _CLOCK_NEAR), latest.end + _CLOCK_NEAR) and \
            _reporting_weekday(body, text_language) is None:
        return None
    return latest


_DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})")


def published_value(value: str) -> str:
    """A given publication date as ``YYYY-MM-DD`` (``YYYY-MM``, ``YYYY``): ISO date-times keep
    their local date, ``dd/mm/yyyy`` is day first (the Indonesian order), Indonesian dates
    are read as in the text; "" if it is no date.

    >>> published_value("2023-10-14 08:10:00"), published_value("05/03/2024")
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


def precision_of(value: str) -> str:
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "")
