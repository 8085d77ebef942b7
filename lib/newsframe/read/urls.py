"""What an article's address says: its outlet (by domain, subdomains included) and a
publication date written in its path.

The domains are data/outlets.csv's ``domain`` column (``|``-separated; the longest matching
domain wins, so a regional site listed as ``jateng.tribunnews.com`` beats ``tribunnews.com``).

>>> outlet_of("https://jateng.tribunnews.com/2023/11/02/judul")
('Tribun Jateng', 'jateng.tribunnews.com')
>>> date_in_url("https://news.okezone.com/read/2024/05/17/18/3012345/judul")
'2024-05-17'
"""

import datetime
import re
from urllib.parse import urlsplit

from .. import lexicons

# /2024/05/17/ (year, month, day as folders), /20240305/ or /20240105101530-113-…
# (year, month and day run together, a time may follow)
_PATH_DATES = (
    re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?=/|$|[-_.])"),
    re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{4,6})?(?=/|$|[-_.])"),
)


def host_of(url: str) -> str:
    """The host of ``url`` (or of a bare domain) in lower case, without ``www.``.

    >>> host_of("https://WWW.Kompas.com/read/1")
    'kompas.com'
    >>> host_of("okezone.com")
    'okezone.com'
    """
    value = (url or "").strip()
    if not value:
        return ""
    if "//" not in value:
        value = "//" + value
    try:
        host = urlsplit(value).hostname or ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")


def normalise_url(url: str) -> str:
    """A key to compare two addresses of one article: host without ``www.``, path without a
    trailing slash, no scheme, query or fragment.

    >>> normalise_url("https://www.detik.com/a/b/?utm=1#top")
    'detik.com/a/b'
    """
    host = host_of(url)
    if not host:
        return ""
    try:
        path = urlsplit(url.strip() if "//" in url else "//" + url.strip()).path
    except ValueError:
        return ""
    return host + path.rstrip("/")


@lexicons.cached()
def _domains() -> list[tuple[str, str]]:
    """(domain, outlet) pairs of data/outlets.csv, longest domain first."""
    pairs = []
    for record in lexicons.load("outlets").to_dict("records"):
        for domain in lexicons.split_aliases(record["domain"]):
            pairs.append((domain.lower().removeprefix("www."), record["name"]))
    return sorted(pairs, key=lambda pair: -len(pair[0]))


def outlet_of(url: str) -> tuple[str, str] | None:
    """(outlet, matched domain) of data/outlets.csv for the host of ``url``, else None."""
    host = host_of(url)
    if not host:
        return None
    for domain, name in _domains():
        if host == domain or host.endswith("." + domain):
            return name, domain
    return None


@lexicons.cached()
def _names() -> dict[str, str]:
    """Every spelling of every outlet (name and patterns), lower-cased -> outlet."""
    names = {}
    for record in lexicons.load("outlets").to_dict("records"):
        for spelling in [record["name"], *lexicons.split_aliases(record["patterns"])]:
            names.setdefault(spelling.strip().lower(), record["name"])
    return names


def outlet_named(value: str) -> str | None:
    """The outlet of data/outlets.csv that ``value`` names: one of its spellings (any
    case: ``detiknews``), or a domain or address of it (``okezone.com``).

    >>> outlet_named("detiknews"), outlet_named("okezone.com"), outlet_named("Nowhere")
    ('detik.com', 'Okezone', None)
    """
    value = (value or "").strip()
    if not value:
        return None
    named = _names().get(value.lower())
    if named:
        return named
    if re.fullmatch(r"(?:https?://)?[\w.-]+\.[a-z]{2,}(?:/\S*)?", value, re.I):
        found = outlet_of(value)
        return found[0] if found else None
    return None


# a file's name in words: split at "_", "-", "." and spaces ("n05_voa.txt", "okezone-bbm.html")
_FILE_WORDS = re.compile(r"[_\-.\s]+")
# a corpus's running number opening a word of it: "n05", "01", "r1"
_RUNNING_NUMBER = re.compile(r"[a-z]{0,2}\d+")
# the second-level suffixes under which a domain's first label is the site's own name
_SECOND_LEVEL = frozenset({"co.id", "or.id", "ac.id", "go.id", "web.id", "my.id", "co.kr",
                           "co.uk", "com.au", "com.my", "com.sg", "co.jp", "co.in"})


def _file_key(spelling: str) -> str:
    """An outlet's spelling as a file's name writes it: lower case, its ending (``.com``,
    ``.co.id`` …) dropped, letters and digits run together (``Media Indonesia`` ->
    ``mediaindonesia``, ``KOMPAS.TV`` -> ``kompastv``)."""
    key = re.sub(r"\.(?:co\.id|com|co|id|net|org)$", "", spelling.strip().lower())
    return re.sub(r"[^a-z0-9]", "", key)


@lexicons.cached()
def _file_names() -> dict[str, str]:
    """Word of a file's name -> outlet: each outlet's spellings of data/outlets.csv, then the
    stems of its domains (``okezone`` of okezone.com, ``kompasid`` of kompas.id: a name its
    spellings left free), then data/lexicons/outlet_file_names.csv (``voa``). Three letters
    at least."""
    names: dict[str, str] = {}
    records = lexicons.load("outlets").to_dict("records")
    for record in records:
        for spelling in [record["name"], *lexicons.split_aliases(record["patterns"])]:
            key = _file_key(spelling)
            if len(key) >= 3:
                names.setdefault(key, record["name"])
    for record in records:
        for domain in lexicons.split_aliases(record["domain"]):
            labels = domain.lower().removeprefix("www.").split(".")
            if len(labels) == 2 or len(labels) == 3 and ".".join(labels[1:]) in _SECOND_LEVEL:
                for key in (labels[0], "".join(labels)):
                    key = re.sub(r"[^a-z0-9]", "", key)
                    if len(key) >= 3:
                        names.setdefault(key, record["name"])
    for record in lexicons.load("outlet_file_names").to_dict("records"):
        names.setdefault(record["name"].strip().lower(), record["outlet"])
    return names


def outlet_in_file_name(name: str) -> tuple[str, str] | None:
    """(outlet, word) a corpus file's name gives (round 25f): its first or last word (split
    at ``_ - .`` and spaces, a running number ``n05``/``01`` dropped; or a part of it between
    digits) is, whole, an outlet's name or domain stem (data/outlets.csv) or short name
    (data/lexicons/outlet_file_names.csv); never a part of a word (``inilahbanten`` is no
    Inilah.com), never a word inside a headline's slug, None when the first and the last
    word name two outlets.

    >>> outlet_in_file_name("n05_voa.txt"), outlet_in_file_name("stories/okezone-bbm.html")
    (('VOA Indonesia', 'voa'), ('Okezone', 'okezone'))
    >>> outlet_in_file_name("03_mediaindonesia.txt"), outlet_in_file_name("m06_inilahbanten.txt")
    (('Media Indonesia', 'mediaindonesia'), None)
    >>> outlet_in_file_name("bentrok-antara-warga.txt"), outlet_in_file_name("001_8995e815.txt")
    (None, None)
    """
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    stem = base.rsplit(".", 1)[0] if "." in base.lstrip(".") else base
    words = [word for word in _FILE_WORDS.split(stem.lower())
             if word and not _RUNNING_NUMBER.fullmatch(word)]
    if not words or len(words) > 3:  # none, or a headline's slug ("antara-warga-dan-…")
        return None
    found: dict[str, str] = {}
    for word in dict.fromkeys((words[0], words[-1])):
        for part in (word, *re.split(r"\d+", word)):
            outlet = _file_names().get(part) if len(part) >= 3 else None
            if outlet:
                found[outlet] = part
                break
    return next(iter(found.items())) if len(found) == 1 else None


def file_name_word(name: str) -> str:
    """The one word of a corpus file's name written ``<running number>_<word>`` (round 25f):
    ``02_lensakota.txt`` -> ``lensakota``; "" for any other name.

    >>> file_name_word("stories/02_lensakota.txt"), file_name_word("harga-cabai.txt")
    ('lensakota', '')
    """
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    stem = base.rsplit(".", 1)[0] if "." in base.lstrip(".") else base
    parts = [word for word in _FILE_WORDS.split(stem.lower()) if word]
    words = [word for word in parts if not _RUNNING_NUMBER.fullmatch(word)]
    return words[0] if len(parts) == 2 and len(words) == 1 and words[0].isalpha() else ""


def date_in_url(url: str) -> str | None:
    """The date an address writes in its path (``/2024/05/17/``, ``/20240105101530-…``),
    ``YYYY-MM-DD``, if it is a real calendar day."""
    try:
        path = urlsplit(url if "//" in url else "//" + url).path
    except ValueError:
        return None
    for pattern in _PATH_DATES:
        for match in pattern.finditer(path):
            try:
                return datetime.date(*map(int, match.groups())).isoformat()
            except ValueError:
                continue
    return None
