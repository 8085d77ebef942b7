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
