"""Which outlet an article's own words name: its dateline (``JAKARTA, KOMPAS.TV -``), a
masthead, a domain, or a page title's site name — an outlet of data/outlets.csv, else a
masthead that names itself (a domain, capitals or a news word beside a known place).

>>> read_dateline("WASHINGTON, KOMPAS.TV - Pemerintah AS", outlet_rules())
('KompasTV', 'Washington', 'WASHINGTON, KOMPAS.TV -')
>>> find_outlet("Foto: KCNA/via REUTERS", outlet_rules(), skip_credits=True) is None
True
"""

import re

from .. import lexicons
from . import urls

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
    # colon after one word ("Jakarta: …", "Kabarkota.com: …"); a hyphen glued to both the
    # dateline and the lead's first word ("SATUHARAPAN.COM-Korea …", "Kupang-Berdasarkan …":
    # only a dateline naming its outlet counts, see read_dateline)
    # (also after a bracket: "Medan (kabarkota.com): …"); a bar ("Kabarkota.net| …")
    # (not after capitals, "BPK: Ada …" is a headline's speaker; but after a domain's suffix in
    # capitals, "JAKARTA, WARTA.ID: …", round 26g)
    r"(?:\s*[–—]\s*|\s+-{1,2}\s*|-{1,2}\s+|(?:(?<=[\w.)])(?<![A-Z])|(?<=[A-Z0-9]\.ID)"
    r"|(?<=[A-Z0-9]\.CO)|(?<=[A-Z0-9]\.TV)|(?<=[A-Z0-9]\.COM)|(?<=[A-Z0-9]\.NET)):\s+(?=[A-Z])"
    r"|\s*\|\s+(?=[A-Z])"
    # a hyphen ending the line, the lead on the next one ("Kota, Lensakota.com-": only a
    # dateline naming its outlet counts, see _match_dateline) (round 24d)
    r"|(?P<eol>(?<=[\w.])-{1,2}$)"
    r"|(?P<glued>(?<=[A-Za-z])-(?=[A-Z][a-z])))"
)
# the same without the glued hyphen: "WASHINGTON, Pikiran-Rakyat.com – …" has a hyphen inside
# its masthead, which the glued reading takes for the dash
_DATELINE_SPACED = re.compile(_DATELINE.pattern.replace(
    r"|(?P<glued>(?<=[A-Za-z])-(?=[A-Z][a-z])))", r"|(?P<glued>(?!)))"))


def _match_dateline(lead: str, outlets):
    """The dateline opening ``lead``: a glued hyphen only when the dateline then names an
    outlet, else the reading with a spaced dash."""
    match = _DATELINE.match(lead[:200])
    if match and match.group("eol") and not any(
            _DOMAIN.search(p) or find_outlet(p, outlets)
            for p in match.group("a", "b", "c", "d", "f", "e") if p):
        return None  # "Rusia-Ukraina-": a line's last hyphen needs a named outlet
    if match and match.group("glued") and not any(
            _DOMAIN.search(p) or find_outlet(p, outlets)
            for p in match.group("a", "b", "c", "d", "f", "e") if p):
        return _DATELINE_SPACED.match(lead[:200])
    return match


@lexicons.cached()
def outlet_rules() -> list[tuple[str, re.Pattern]]:
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


@lexicons.cached()
def _first_words() -> list[tuple[str, ...]]:
    """Per rule of :func:`outlet_rules` (in its order), the first word of each spelling, as
    written: every match of the rule's case-sensitive pattern holds one of them, so a text
    holding none has no match."""
    table = lexicons.load("outlets")
    words = []
    for record in table.to_dict("records"):
        stems = (c[:-1] if c.endswith("*") else c for c in (
            a.strip() for a in lexicons.split_aliases(record["patterns"])) if c and c != "*")
        words.append(tuple({stem.split()[0] for stem in stems if stem.split()}))
    return words


# "Logo Warta Pesisir"; in English the name first: "Harbourline logo" (round 21e)
LOGO = re.compile(r"(?i:logo)\s+([A-Z0-9][\w.&'’ -]{1,38})"
                  r"|([A-Z0-9][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,2}) logo")
# a picture's credit before the name: "Ilustrasi … . X", "Foto: X", "(X/…)", and the
# documentation credit "(dok X)", "Dok. Humas X", "(Dokumentasi: X)" (round 21o's left)
_CREDIT = re.compile(r"(?:\.\s+|/|(?:foto|photo|sumber)\s*:\s*|\b(?:dok|doc|dokumentasi)\b"
                     r"\.?\s*:?\s*(?:[A-Z]\w*\s+){0,2})$", re.IGNORECASE)
# a credit written "(AGENCY/photographer)" or "AGENCY/X-@account": the name before a slash;
# also with the word for a photo before it, "ANTARA FOTO/photographer" (round 23h)
_CREDITED = re.compile(r"\s*(?:(?i:foto|photo)\s*)?/\s*[\w@-]")


def find_outlet(snippet: str, outlets, skip_credits: bool = False) -> str | None:
    """The outlet named first in ``snippet``; with ``skip_credits``, not one a photo
    caption credits (``Ilustrasi … . Medcom.id``, ``Foto: KCNA/via REUTERS``,
    ``(ANTARA/X-@akun)``)."""
    best = None
    # the rules of data/outlets.csv (not a list of the caller's own): an outlet none of whose
    # spellings' first words the snippet holds is not scanned for (most of them)
    firsts = _first_words() if outlets is outlet_rules() else None
    if firsts is not None and len(firsts) != len(outlets):  # one per rule, in its order
        firsts = None
    for index, (name, pattern) in enumerate(outlets):
        if firsts is not None and not any(word in snippet for word in firsts[index]):
            continue
        # the same matches as pattern.finditer, found from the spelling's first letters (a
        # masthead of 20,000 characters is scanned once per outlet)
        for match in lexicons.finditer(pattern, snippet):
            line_start = snippet.rfind("\n", 0, match.start()) + 1
            if skip_credits and (_CREDIT.search(snippet, line_start, match.start()) or
                                 _CREDITED.match(snippet, match.end())):
                continue
            if _ordinary_word(match.group(0), snippet, match.end()):
                continue
            if best is None or match.start() < best[1]:
                best = (name, match.start())
            break
    return best[0] if best else None


@lexicons.cached()
def _outlet_words() -> frozenset:
    """Bare spellings of data/outlets.csv that are also everyday words (*Inilah*, "here is"):
    data/lexicons/outlet_words.csv (round 24d)."""
    return frozenset(lexicons.load("outlet_words")["word"].str.lower())


# a word going on in lower case or a number after it: "Inilah rekaman video …", "Inilah 5 …"
_SENTENCE_GOES_ON = re.compile(r"[ \t]+[a-z0-9]")


def _ordinary_word(spelling: str, snippet: str, end: int) -> bool:
    """Is ``spelling``, matched up to ``end`` in ``snippet``, an everyday word there rather
    than an outlet's bare name: a word of data/lexicons/outlet_words.csv going on into a
    sentence (``Inilah rekaman video detik-detik …``; ``kepada Inilah, Senin`` and
    ``INILAH.COM`` stay the outlet's)?"""
    return spelling.lower() in _outlet_words() and bool(_SENTENCE_GOES_ON.match(snippet, end))


_DOMAIN = re.compile(r"(?i)\b[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:co\.id|com|co|id|net|org|tv|"
                     r"news|info|asia|my|sg)\b")


def outlet_by_domain(text: str) -> str | None:
    """The outlet of data/outlets.csv whose domain the first domain ``text`` names is
    (subdomains included: the longest matching domain wins)."""
    found = _DOMAIN.search(text)
    by_domain = urls.outlet_of(found.group(0)) if found else None
    return by_domain[0] if by_domain else None


def self_name(part: str, domain_hint: str = "") -> str | None:
    """A masthead that names itself although data/outlets.csv does not list it: a domain
    (``GenPI.co``, ``MEDCOM.ID``, ``PIKIRAN-RAKYAT.COM``) or a name with its domain in
    brackets (``AIRSPACE REVIEW (airspace-review.com)``)."""
    part = part.strip()
    if not part or len(part) > 40 or len(part.split()) > 4:
        return None
    if _DOMAIN.fullmatch(part):
        return part
    if domain_hint and _DOMAIN.fullmatch(domain_hint.strip()) and not is_place(part) and \
            re.fullmatch(r"[A-Z0-9][\w .&'-]{1,38}", part) and \
            _spells_its_domain(part, domain_hint):  # "Medan (x.com)": a place
        return part.title() if part.isupper() else part
    return None


def _spells_its_domain(name: str, domain: str) -> bool:
    """Does the domain in a dateline's brackets spell the name before it (``WARTA PESISIR
    (wartapesisir.com)``)? A domain spelling another name is the site itself after its
    place, a place the lexicon does not hold (``TANJUNGPURA (Lensapesisir.id) –``, round
    21e).

    >>> _spells_its_domain("WARTA PESISIR", "wartapesisir.com")
    True
    >>> _spells_its_domain("TANJUNGPURA", "Lensapesisir.id")
    False

    A name the domain ends with, other words before it, is the place a local site is named
    after (``KEDUNGWARU (infokedungwaru.com) –``: the site of Kedungwaru; round 23j):

    >>> _spells_its_domain("KEDUNGWARU", "infokedungwaru.com")
    False
    """
    letters = re.sub(r"[^a-z0-9]", "", name.lower())
    label = re.sub(r"[^a-z0-9]", "", _TLD.sub("", domain.strip().lower()).rsplit(".", 1)[-1])
    if letters and len(label) > len(letters) and label.endswith(letters):
        return False
    return bool(letters and label) and (letters in label or label in letters)


_TLD = re.compile(r"(?i)\.(?:co\.id|or\.id|web\.id|my\.id|com|co|id|net|org|tv|news|info|asia|"
                  r"my|sg|biz|online|site|live)$")


# an institution's second-level domain (government, school, army, village): its sites are
# subdomains, so the host is the site's name ("humas.polda.go.id", never "Go.id")
_INSTITUTION_SUFFIX = re.compile(r"(?i)\.(?:go|ac|sch|mil|desa|ponpes)\.id$")


def outlet_name(value: str) -> str:
    """The name of an outlet data/outlets.csv does not know, from the way a page wrote it:
    a domain or an address gives its site's domain (``https://www.warta-desa.id/a``,
    ``pandeglang.kabarnusa.co.id`` → ``Warta-desa.id``, ``Kabarnusa.co.id``); a name in
    capitals or in lower case is capitalised (``KABARKOTA`` → ``Kabarkota``, ``DIKSI.CO`` →
    ``Diksi.co``; a short acronym stays: ``MINA``, ``RBG.id``); a mixed-case name is kept as
    written (``SinPo.id``, ``Warta Desa``).

    >>> outlet_name("KABARBOGOR.ID"), outlet_name("pandeglang.kabarnusa.co.id")
    ('Kabarbogor.id', 'Kabarnusa.co.id')
    >>> outlet_name("HARIAN PESISIR"), outlet_name("RMOL"), outlet_name("Warta Desa")
    ('Harian Pesisir', 'RMOL', 'Warta Desa')
    >>> outlet_name("Humas.polda-sukamaju.go.id")
    'Humas.polda-sukamaju.go.id'
    """
    value = " ".join((value or "").split())
    if re.fullmatch(r"(?i)(?:https?://)?[\w.-]+\.[a-z]{2,}(?:[/:?#]\S*)?", value):
        host = urls.host_of(value)
        if _INSTITUTION_SUFFIX.search(host):  # "tribrata.polda.go.id": the whole host is the site
            host = host.removeprefix("www.")
            written = re.search(re.escape(host), value, re.IGNORECASE)
            return _capitalised(written.group(0) if written else host)
        tld = _TLD.search(host)
        if tld:
            label = host[:tld.start()].rsplit(".", 1)[-1]
            written = re.search(r"(?<![\w-])" + re.escape(label) + re.escape(tld.group(0)),
                                value, re.IGNORECASE)
            value = written.group(0) if written else label + tld.group(0)
            label, suffix = value[:-len(tld.group(0))], tld.group(0).lower()
            return _capitalised(label) + suffix
    return _capitalised(value)


def _capitalised(name: str) -> str:
    """A name written all in capitals (longer than an acronym) or all in lower case,
    capitalised word by word; a mixed-case name as written."""
    letters = re.sub(r"[^A-Za-z]", "", name)
    if not letters or not (letters.isupper() and len(letters) > 4 or letters.islower()):
        return name
    return " ".join(word[:1].upper() + word[1:].lower() for word in name.split(" "))


# a site's domain written as one word ("KABARLAUT.COM", "halopantura.com")
_SITE_DOMAIN = r"[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?i:co\.id|com|co|id|net|tv|news)"
# two bars after a site's domain opening the line, before a word: "KABARLAUT.COM || PANDEGLANG"
_DOUBLE_BAR = re.compile(rf"^(\s*{_SITE_DOMAIN})\s*\|\|\s*(?=[A-Z])")
# a site's domain and nothing else after a dateline's dash
_SITE_AFTER_DASH = re.compile(_SITE_DOMAIN)


# a site's domain, or a name run together with a capital inside (no place is written so),
# then its place without a comma (a domain's place capitalised, a run-together name's in
# capitals) and the dateline's dash (round 21e)
_SITE_BESIDE_PLACE = re.compile(
    rf"\s*(?P<site>{_SITE_DOMAIN}"
    r"(?=\s+[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)?\s*,?\s*[–—-])"
    r"|[A-Z][a-z]+(?:[A-Z][a-z]+)+(?=\s+[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?\s*,?\s*[–—-]))"
    r"\s+(?P<place>[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)?)\s*,?\s*[–—-]{1,2}(?=\s*\S)")


# a place, then a site's domain without a comma, then the dash: "Sleman Wartadesa.com– …",
# "Deli Serdang kabarnusa.id - …" (the mirror of _SITE_BESIDE_PLACE; round 26g)
_PLACE_BESIDE_SITE = re.compile(
    rf"\s*(?P<place>[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)?)\s+(?P<site>{_SITE_DOMAIN})"
    r"\s*[–—-]{1,2}(?=\s*\S)")


def read_dateline(lead: str, outlets, mastheads: bool = True, text: str | None = None
                  ) -> tuple[str, str, str] | None:
    """(outlet, place, evidence) from a dateline like ``WASHINGTON, KOMPAS.TV -``: an
    outlet of data/outlets.csv (by name or domain), else a masthead that names itself
    (with ``mastheads`` False, not one told only by its shape — capitals beside a place:
    an English dateline writes its place so, ``MIANYANG, CHINA —`` is a dateline naming no
    outlet: ``("", place, evidence)``). ``text``, the lines after the lead, tells a place
    the lexicon does not hold from a masthead: the story names its place again, never its
    masthead (``WAINGAPU, LENSAPOS –`` and a lead about Waingapu; ``Lensanusa – …``)."""
    # "KABARLAUT.COM || PANDEGLANG -": two bars between a site's domain and its place are
    # read as the one bar gluing them (round 20k)
    lead = _DOUBLE_BAR.sub(r"\1|", lead, count=1)
    # "lensapesisir.com Lamongan –", "WartaTimur SURABAYA,-": a site's domain or a name run
    # together, its place with no comma between them, then the dash: read as "site, place -"
    # (round 21e)
    written = _SITE_BESIDE_PLACE.match(lead)
    if written:
        lead = f"{written.group('site')}, {written.group('place')} - {lead[written.end():]}"
    else:
        written = _PLACE_BESIDE_SITE.match(lead)
        if written:
            lead = f"{written.group('place')}, {written.group('site')} - " \
                   f"{lead[written.end():].lstrip()}"
    match = _match_dateline(lead, outlets)
    if not match:
        return None  # "Rusia-Ukraina memanas": a glued hyphen needs a named outlet
    if match.group("e") and match.group(0).rstrip().endswith(":") and \
            match.group("e").strip().lower() in _wires():
        return None  # "Yonhap: Korea Utara …": a headline's speaker, the wire the page cites
    site_after = _SITE_AFTER_DASH.fullmatch(lead[match.end():].strip()) if not \
        match.group("glued") and re.search(r"[–—-]", match.group(0)[-3:]) else None
    place_before = (match.group("e") or "").strip()
    if site_after and re.fullmatch(r"[A-Za-z][A-Za-z .'-]{1,30}", place_before):
        # "BLITAR – lensapantura.com" alone on its line: a place, its dash and the site's
        # domain; the lead follows on the next line (round 20k)
        site = site_after.group(0)
        known = outlet_by_domain(site)
        return known or site, place_before.title() if place_before.isupper() else place_before, \
            f"{match.group(0).strip()} {site}" + ("" if known else " (not in data/outlets.csv)")
    parts = [p.strip() for p in match.group("a", "b", "c", "d", "f", "e") if p]
    # "Kabarpantai.com|Serang -": a site's domain and its place glued by a bar (round 20c)
    parts = [q.strip() for p in parts for q in (p.split("|") if _DOMAIN.match(p) else [p])
             if q.strip()]
    # (the dateline as the page wrote it)
    evidence = written.group(0).strip() if written else match.group(0).strip()

    def place_besides(index):
        place = next((p for i, p in enumerate(parts) if i != index), "")
        if place and not re.fullmatch(r"[A-Za-z .'-]{2,40}", place) or _DOMAIN.search(place):
            place = ""
        return place.title() if place.isupper() else place

    for index, part in enumerate(parts):
        outlet = find_outlet(part, outlets) or outlet_by_domain(part)
        if outlet:
            # "MADIUN, Jawa Pos Radar Caruban –": the group's regional paper (round 23h)
            paper = group_paper(part, outlet, outlets)
            if paper:
                return paper, place_besides(index), \
                    f"{evidence} (a regional paper of {outlet}) (not in data/outlets.csv)"
            return outlet, place_besides(index), evidence
    # "Kota (Lensa Jatim) -": a listed outlet's regional desk in the dateline's brackets, in
    # mixed case (outlets.csv writes a wire whose name is also a word in capitals: ANTARA)
    bracketed = (match.group("d") or "").strip()
    regional = find_outlet(bracketed.upper(), outlets) if re.fullmatch(
        r"[A-Z][a-z]+ [A-Z][A-Za-z]+", bracketed) else None
    if regional:
        return regional, place_besides(parts.index(bracketed)), evidence
    # "JAKARTA (HK) —": a page's own short name in its dateline's brackets
    short = _abbreviations().get((match.group("d") or "").strip())
    if short:
        return short, place_besides(parts.index(match.group("d").strip())), evidence
    for index, part in enumerate(parts):
        hint = match.group("d") or "" if part == (match.group("c") or "").strip() else ""
        named = self_name(part, hint)
        if named:
            return named, place_besides(index) if not hint else "", \
                f"{evidence} (not in data/outlets.csv)"
    bracketed = (match.group("d") or "").strip()
    if bracketed and _bracket_brand(bracketed, (match.group("c") or "").strip()):
        return bracketed, "", f"{evidence} (not in data/outlets.csv)"
    for index, part in enumerate(parts):
        others = [p for i, p in enumerate(parts) if i != index]
        if _masthead(part, others):
            if not mastheads:  # "MIANYANG, CHINA —": a dateline that names no outlet
                return "", place_besides(len(parts)), evidence
            return part, place_besides(index), f"{evidence} (not in data/outlets.csv)"
    # "LENTERA – BANDUNG. Warga …": one word before the dash and a known place in capitals
    # right after it, ending in a full stop or comma — a place never stands before a place,
    # so the word is the masthead, when the text never names it again (a topic kicker,
    # "MUDIK – JAKARTA.", is the story's own word) (round 13c)
    place_after = _PLACE_AFTER_DASH.match(lead, match.end())
    if mastheads and text is not None and len(parts) == 1 and " " not in parts[0] and \
            not match.group("glued") and place_after and \
            re.search(r"[–—-]", evidence[-3:]) and is_place(place_after.group("place")) and \
            _BRAND_SHAPE.fullmatch(parts[0]) and not is_place(parts[0]) and \
            parts[0].lower() not in _calendar_words() and parts[0].lower() not in cited_media() \
            and not _named_again(parts[0], lead[place_after.end():] + "\n" + text):
        return parts[0], place_after.group("place").title(), \
            f"{evidence} {place_after.group(0).strip()} (not in data/outlets.csv)"
    if mastheads and text is not None and not match.group("glued"):
        rest = lead[match.end():] + "\n" + text
        # a dash after it: "Rep: Nama", "Kategori: Hukum" are a byline's and a menu's colon
        dashed = bool(re.search(r"[–—-]", evidence[-3:]))
        # (a name in brackets is a credit's or anybody's short name: "KOTA (ABC) –")
        named = _masthead_named_once(parts, rest) if dashed and not match.group("d") else ""
        if named:
            index = parts.index(named)
            return named, place_besides(index), \
                f"{evidence} (named nowhere else in the text) (not in data/outlets.csv)"
    return None


# a regional paper's head word after a listed group's name, and a word of the paper's name:
# "Jawa Pos Radar Kudus"
_PAPER_HEAD = re.compile(r"[A-Z][a-z]+")
_PAPER_WORD = re.compile(r"[A-Z][\w'’-]+")


def group_paper(part: str, outlet: str, outlets) -> str:
    """``part`` of a dateline when it is a listed group's name (``outlet``, the whole of its
    first words) and then a regional paper's head word of data/lexicons/media_words.csv
    (``heads_a_paper``: *Radar*, *Harian*, …) with the paper's name in capitalised words:
    the page is the group's regional paper (``Jawa Pos Radar Kudus``), not the group
    (round 23h); else an empty string.

    >>> rules = outlet_rules()
    >>> group_paper("Jawa Pos Radar Kudus", "Jawa Pos", rules)
    'Jawa Pos Radar Kudus'
    >>> [group_paper(p, "Jawa Pos", rules) for p in ("Jawa Pos", "Jawa Pos Minggu")]
    ['', '']
    """
    rule = next((pattern for name, pattern in outlets if name == outlet), None)
    words = part.split()
    for index in range(1, len(words) - 1):
        named = words[index + 1:]
        if words[index].lower() in _paper_heads() and _PAPER_HEAD.fullmatch(words[index]) and \
                len(named) <= 2 and all(_PAPER_WORD.fullmatch(w) for w in named) and \
                rule is not None and rule.fullmatch(" ".join(words[:index])):
            return part
    return ""


# a place in capitals right after a dateline's dash, closed by a full stop or a comma
_PLACE_AFTER_DASH = re.compile(r"(?P<place>[A-Z][A-Z'-]{2,20}(?: [A-Z][A-Z'-]{2,20})?)[.,]\s")
# a brand's shape in a dateline: one or two words in capitals or capitalised, a digit allowed
_BRAND_SHAPE = re.compile(r"[A-Z][A-Za-z0-9&'’]{2,24}(?: [A-Z][A-Za-z0-9&'’]{1,24})?")
_MIN_TEXT_AFTER = 300  # "never named again" says little of a text of two lines


def _named_again(part: str, text: str) -> bool:
    return bool(re.search(r"(?<!\w)" + re.escape(part) + r"(?!\w)", text, re.IGNORECASE))


# the words before a site told something or quoting for itself: "yang dihubungi Lensa",
# "data … yang dikutip Lensa" ("dikutip dari Lensa" quotes another medium: no such words)
_SELF_FRAME = (r"\b(?i:kepada|dihubungi|ditemui|dikonfirmasi|diwawancarai|dikutip|"
               r"berbincang\s+dengan|wawancara(?:\s+(?:khusus|eksklusif))?\s+dengan)"
               r"\s+(?:(?i:wartawan|jurnalis|reporter|tim)\s+)?")


def _named_again_as_itself(part: str, text: str) -> bool:
    """Does ``text`` name ``part`` again other than as the site told something or quoting
    for itself (``JAKARTA, Lensa –`` and *yang dihubungi Lensa, Senin*: the masthead's own
    word, written as the dateline writes it) (round 24d)?"""
    if not _named_again(part, text):
        return False
    rest = re.sub(_SELF_FRAME + re.escape(part) + r"(?!\w)", " ", text)
    return _named_again(part, rest)


def _two_word_masthead(part: str, text: str) -> bool:
    """Is ``part``, two words in capitals alone before a dateline's dash (``LENTERA BAHARI
    –``), a masthead: a word of it that is no place, and none such that the text names again
    (a topic kicker's words are the story's own: ``HARGA PANGAN –`` and *harga cabai*; a
    place in the name may be named: ``SOROT BOGOR –`` and *di Bogor*)? (round 19d)"""
    words = part.split()
    own = [w for w in words if not is_place(w)]
    return len(words) == 2 and part.isupper() and bool(own) and \
        all(len(w) >= 3 for w in words) and not any(_named_again(w, text) for w in own)


def _masthead_named_once(parts: list[str], text: str) -> str:
    """The dateline's part that is a masthead because the text never names it again, while it
    names the other part, the place (``KETIK, SUKAMAJU –`` and *di Sukamaju*), or, alone
    before the dash, a capitalised word that is no known place, country, office, month or
    cited medium and that the text never names again (``Lensanusa – Warga …``): ""."""
    if len(text) < _MIN_TEXT_AFTER:
        return ""

    def brand(part):
        lowered = part.lower().split()
        return bool(_BRAND_SHAPE.fullmatch(part)) and not is_place(part) and not any(
            w in _office_words() or w in _calendar_words() or w in _country_words()
            for w in lowered) and part.lower() not in cited_media() and \
            part.lower() not in _section_words()  # "Nasional – …": the page's section (24d)

    if len(parts) == 1:
        part = parts[0]
        alone = " " not in part and not part.isupper()  # "BOGOR –" is a place's way
        if alone or " " not in part:
            return part if alone and brand(part) and not _named_again_as_itself(part, text) \
                else ""
        return part if _two_word_masthead(part, text) and brand(part) else ""
    if len(parts) != 2:
        return ""
    for index, part in enumerate(parts):
        other = parts[1 - index]
        # "Banyumas, Jawa Tengah –": a regency beside its province, both places
        if brand(part) and not _named_again_as_itself(part, text) and \
                _named_again(other, text) and \
                re.fullmatch(r"[A-Za-z][A-Za-z .'-]{2,40}", other) and \
                _place_kind(other) in ("", "city"):
            return part
    return ""


def is_media_name(name: str) -> bool:
    """Does a name of one to three capitalised words hold a news medium's word
    (data/lexicons/media_words.csv: ``Radar Kota``, ``Harian Pesisir``, ``Kabarnusa``),
    and is it no place?

    >>> is_media_name("Radar Pesisir"), is_media_name("Antara"), is_media_name("Media Jepang")
    (True, False, False)
    """
    words = name.split()
    if not 1 <= len(words) <= 3 or is_place(name):
        return False
    lowered = [w.lower() for w in words]
    squeezed = re.sub(r"[^a-z]", "", name.lower())
    if any(w in _office_words() for w in lowered) or any(is_place(w) for w in words[1:]) or \
            any(w.lower() in _country_words() for w in words) or \
            any(f" {alias} " in f" {' '.join(lowered)} " for alias in cited_media()):
        return False  # "Media Jepang": a country's press; "Bloomberg News": a cited medium
    return any(w in lowered or len(squeezed) > len(w) + 2 and (
        squeezed.startswith(w) or squeezed.endswith(w)) for w in _media_words())


@lexicons.cached()
def _paper_heads() -> frozenset:
    """The words of data/lexicons/media_words.csv that open a regional paper's name before
    its place (``heads_a_paper``: *Kabar*, *Radar*, *Harian*, …)."""
    table = lexicons.load("media_words")
    return frozenset(table.loc[table["heads_a_paper"] == "1", "word"].str.lower())


def paper_of_a_place(name: str) -> bool:
    """Is ``name`` a paper's head word and a place the lexicon knows, a regional paper's
    name (round 20k)?

    >>> [paper_of_a_place(n) for n in ("Kabar Banten", "Radar Cuaca", "Harian")]
    [True, False, False]
    """
    head, _, place = name.partition(" ")
    return head.lower() in _paper_heads() and head[:1].isupper() and bool(place) and \
        is_place(place) and name.lower() not in cited_media()


@lexicons.cached()
def cited_media() -> frozenset:
    """Aliases of the wires and foreign media of data/lexicons/actors.csv, lower case: a page
    cites them (``wawancara dengan Bloomberg``), it is not one of them."""
    table = lexicons.load("actors")
    chosen = table[table["type"].isin(["wire", "media"])]
    return frozenset(a.lower() for cell in chosen["aliases"] for a in lexicons.split_aliases(cell))


@lexicons.cached()
def _wires() -> frozenset:
    """Aliases of the wires of data/lexicons/actors.csv (type ``wire``), lower case."""
    table = lexicons.load("actors")
    return frozenset(a.lower() for cell in table.loc[table["type"] == "wire", "aliases"]
                     for a in lexicons.split_aliases(cell))


@lexicons.cached()
def _country_words() -> frozenset:
    """Names of countries (Babel's Indonesian territory names), lower case."""
    from babel import Locale

    return frozenset(n.lower() for n in Locale("id").territories.values() if " " not in n)


def _bracket_brand(name: str, place: str) -> bool:
    """Is the name in a dateline's brackets after its place (``BANJARBARU (TABIRkota) –``,
    ``Kudus (Warta Muria) -``) the page's own although data/outlets.csv does not know it: one
    to three words that are no date, place, office, wire or month, and no acronym of four
    letters or fewer (``(HK)``, ``(MASS)`` could be anybody's: data/lexicons/
    outlet_abbreviations.csv names those); the place in capitals or a known place?"""
    return bool(place) and (place.isupper() or is_place(place)) and brand_in_brackets(name)


def brand_in_brackets(name: str) -> bool:
    """Can a name in brackets be a page's own brand: one to three words that are no date,
    place, office, wire or month, and no acronym of four letters or fewer?

    >>> brand_in_brackets("LENSAKOTA"), brand_in_brackets("HK"), brand_in_brackets("Antara")
    (True, False, False)
    """
    words = name.split()
    letters = re.sub(r"[^A-Za-z]", "", name)
    if not 1 <= len(words) <= 3 or not re.fullmatch(r"[A-Za-z][\w.&'’ -]*", name) or \
            is_place(name) or letters.isupper() and len(letters) <= 4:
        return False
    lowered = [w.lower() for w in words]
    return not any(w in _office_words() or w in _calendar_words() for w in lowered) and \
        not any(f" {alias} " in f" {' '.join(lowered)} " for alias in cited_media())


def dateline_end(lead: str) -> int:
    """Where the dateline opening ``lead`` ends (0 when there is none): the lead's first
    words after it open its first sentence (``Kupang-Berdasarkan data …``).

    >>> dateline_end("KUPANG, KABARTIMUR.ID-Berdasarkan data itu"), dateline_end("Ada data.")
    (22, 0)
    """
    match = _match_dateline(lead, outlet_rules())
    if not match or match.group("glued") and read_dateline(lead, outlet_rules()) is None:
        return 0
    return match.end()


def _masthead(part: str, others: list[str]) -> bool:
    """Is a dateline's part an outlet's masthead although data/outlets.csv does not know it:
    written in capitals or run together (``HARIAN KOTA``, ``BERITAKOTA``, ``KabarKota``)
    and holding a word of a news medium (data/lexicons/media_words.csv), or standing beside
    a known place (``SURABAYA, KABARKOTA –``); or two or three capitalised words that are no
    title or office beside a known city (``Warta Pesisir, Kupang -``); or one word in lower
    case beside a capitalised one (``kabarkita, Jakarta –``)? A place is never one."""
    words = part.split()
    if not part or len(words) > 5 or is_place(part) or not part[:1].isalpha() or \
            part.lower() in _calendar_words():
        return False
    capitals = part.isupper() or any(re.search(r"[a-z][A-Z]", w) for w in words)
    squeezed = re.sub(r"[^a-z]", "", part.lower())
    lowered = [w.lower() for w in words]
    medium = any(squeezed.startswith(w) or squeezed.endswith(w) or w in lowered
                 for w in _media_words())
    beside_place = bool(others) and all(is_place(o) for o in others)
    # "Bloomberg Technoz, Jakarta -": a name of capitalised words beside a known place,
    # none of them a title or an organisation's word (``Presiden Sukamaju, Jakarta -``)
    titled = 2 <= len(words) <= 3 and not any(w in _office_words() for w in lowered) and \
        all(re.fullmatch(r"[A-Z][\w&.'’-]*", w) for w in words)
    # ... a city, not a province: "Banyumas, Jawa Tengah -" is a regency and its province
    beside_city = bool(others) and all(_place_kind(o) == "city" for o in others)
    # "titastory, Jakarta –": a brand written in lower case beside a capitalised part (a
    # place is never written in lower case)
    lower_brand = bool(re.fullmatch(r"[a-z][a-z0-9]{3,30}", part)) and bool(others) and \
        all(o[:1].isupper() for o in others)
    # "LensaFM, Sukamaju –": a name run together with a capital inside (no place is written
    # so) beside a capitalised part
    run_together = any(re.search(r"[a-z][A-Z]", w) for w in words) and bool(others) and \
        all(o[:1].isupper() for o in others)
    return medium or (capitals and beside_place) or (titled and beside_city) or lower_brand \
        or run_together


@lexicons.cached()
def _section_words() -> frozenset:
    """The sections of data/lexicons/sections.csv (``Nasional``, ``Ekonomi``), lower case."""
    return frozenset(lexicons.load("sections")["section"].str.lower())


@lexicons.cached()
def _office_words() -> frozenset:
    """Words of data/lexicons/mention_words.csv that make a title, a group or an office
    (a dateline's part holding one names a person or a body, not an outlet)."""
    table = lexicons.load("mention_words")
    table = lexicons.in_language(table, "id")
    chosen = table[table["category"].isin(["title", "relation", "person_noun", "group_title",
                                           "org", "org_name", "function", "place"])]
    words = {w.lower() for w in chosen["word"] if " " not in w}
    return frozenset(words | {"kota", "kabupaten", "kab", "provinsi", "kecamatan", "desa"})


@lexicons.cached()
def _calendar_words() -> frozenset:
    """Weekday and month names (``Jakarta, SENIN –`` names a day, not an outlet)."""
    return frozenset(n.lower() for name in ("weekdays", "months")
                     for n in lexicons.load(name)["name"])


@lexicons.cached()
def _abbreviations() -> dict[str, str]:
    """An outlet's own short name in its datelines (data/lexicons/outlet_abbreviations.csv:
    ``HK`` is Harian Haluan Kepri only in ``KOTA (HK) —``, never in running text)."""
    table = lexicons.load("outlet_abbreviations")
    return dict(zip(table["abbreviation"], table["outlet"], strict=True))


@lexicons.cached()
def _media_words(language: str = "id") -> tuple[str, ...]:
    """The words of a news medium's name in data/lexicons/media_words.csv (``language``:
    the Indonesian readers take the ``id`` rows, the English ones both)."""
    table = lexicons.load("media_words")
    if language == "id":
        table = lexicons.in_language(table, "id")
    return tuple(table["word"].str.lower())


@lexicons.cached()
def _place_names() -> frozenset:
    """Places of data/lexicons/places.csv, and the names a state goes by in
    data/lexicons/actors.csv (its capital: ``Moskow``, ``Pyongyang``), lower case."""
    table = lexicons.load("places")
    actors = lexicons.load("actors")
    states = {a.lower() for cell in actors.loc[actors["kind"] == "state", "aliases"]
              for a in lexicons.split_aliases(cell) if a[:1].isupper()}
    return frozenset({n.lower() for n in table["name"]} | {n.lower() for n in table["short"]
                                                            if n} | states)


@lexicons.cached()
def _place_kinds() -> dict[str, str]:
    table = lexicons.load("places")
    kinds = {n.lower(): k for n, k in zip(table["name"], table["kind"], strict=True)}
    kinds.update({n.lower(): k for n, k in zip(table["short"], table["kind"], strict=True) if n})
    return kinds


def _place_kind(part: str) -> str:
    """The kind of a place of data/lexicons/places.csv (``city``, ``province``, …), or ""."""
    return _place_kinds().get(" ".join(part.lower().split()), "")


def is_place(part: str) -> bool:
    """A place of data/lexicons/places.csv (``SEMARANG``, ``Jawa Tengah``)."""
    return " ".join(part.lower().split()) in _place_names()


# ---- English pages (round 8c): how an English page names itself, or the wire whose copy it is

_NAME_EN = r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}"
# an English dateline with a brand in brackets: "SEOUL, June 14 (Yonhap) --", "SANTA PAULA,
# Calif. (CBSNewYork) —", "PHILADELPHIA — (AP) —", "Prague, May 5 (AP) The …" (no dash),
# "JAKARTA (THE JAKARTA POST/ASIA NEWS NETWORK) -"
_ENGLISH_DATELINE = re.compile(
    r"\s*,?\s*(?P<place>[A-Z][\w.'’-]*(?:/[A-Z][\w.'’-]*)?(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?){0,2}"
    r"\s*(?:[–—]\s*|-{1,2}\s+)?\((?P<brand>[A-Za-z][^()\n]{1,60})\)"
    r"(?:\s*[–—:]|\s*-{1,2}(?!\w)|\s*-?(?=[A-Z“\"]))")
# a wire's brand between slashes after the place and the day, TASS's house style: "MOSCOW,
# April 19. /TASS/. Russia's …" (round 26g, second part)
_SLASH_DATELINE = re.compile(_ENGLISH_DATELINE.pattern.split(r"\s*(?:[–—]")[0] +
                             r"\.?\s*/(?P<brand>[A-Z][A-Za-z -]{1,30})/\.?(?:\s*[–—-]{1,2})?"
                             r"(?=\s+[A-Z“\"])")
# a dateline standing alone on its line, an agency after the place: "JAKARTA-Lensa Agency"
_AGENCY_LINE = re.compile(r"(?P<place>[A-Z][A-Z .'’-]{2,30}?)\s*[–—-]\s*(?P<brand>" + _NAME_EN +
                          r")\s*")
# words in brackets that are no brand: "(AP Photo/…)", "(File)", "(Updated)"
_NOT_A_BRAND_EN = re.compile(r"(?i)\b(?:photo|photos|file|video|update|updated|pictured|via|"
                             r"with|reporting|editing|read|more|local|time|gmt|utc|est|et)\b")


def is_english_media_name(name: str) -> bool:
    """Is ``name`` an English medium's name: two to four capitalised words ending in a news
    word (media_words.csv, both languages: ``The Harbour Gazette``, ``Valley News``), no
    place, no wire or medium the pages cite?

    >>> is_english_media_name("The Harbour Gazette"), is_english_media_name("Officials")
    (True, False)
    """
    words = name.split()
    return 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-Z][\w.&'’-]*", w) for w in words) \
        and words[-1].lower() in _media_words("en") and not is_place(name) and \
        name.lower() not in cited_media()


def _english_brand(brand: str) -> bool:
    """Can the words in an English dateline's brackets be an outlet or a wire: one to five
    words opening with a capital, no date, month, place, photo credit or clock zone?"""
    words = brand.split()
    return 1 <= len(words) <= 5 and brand[:1].isupper() and not any(
        c.isdigit() for c in brand) and not _NOT_A_BRAND_EN.search(brand) and \
        not is_place(brand) and brand.lower() not in _calendar_words() and \
        brand.lower() not in _english_territories()


@lexicons.cached()
def _english_territories() -> frozenset:
    """Babel's English names and codes of countries and regions, lower case, and the short
    names English writes for them (``(US)``, ``(UK)``, ``(EU)``, ``(UN)`` name no outlet)."""
    from babel import Locale

    territories = Locale("en").territories
    return frozenset({n.lower() for n in territories.values()} | {
        c.lower() for c in territories if c.isalpha()} | {"uk", "eu", "un", "usa"})


def english_lead_brand(name: str) -> tuple[bool, bool]:
    """(a brand, a wire) for a name in brackets opening an English lead with no place before
    it (``(CBS HARBOUR) - A driver …``).

    >>> english_lead_brand("KEYPORT NOW"), english_lead_brand("AP"), english_lead_brand("File")
    ((True, False), (True, True), (False, False))
    """
    brand = _english_brand(name)
    return brand, brand and _is_wire_en(name)


def _is_wire_en(brand: str) -> bool:
    """A wire or a medium the page cites (actors.csv: ``AP``, ``Reuters``, ``The New York
    Times``), an acronym of five letters or fewer (``DPA``, ``AAP``: an agency's
    credit), or a name ending in *Agency*: the copy's origin, not necessarily the page."""
    letters = re.sub(r"[^A-Za-z]", "", brand)
    return brand.lower() in cited_media() or " " not in brand and letters.isupper() and \
        len(letters) <= 5 or brand.lower().endswith(("agency", "news service"))


def read_english_dateline(line: str, outlets) -> tuple[str, str, str, bool] | None:
    """(outlet or wire, place, evidence, is a wire) from an English dateline: a brand in
    brackets after the place (``SEOUL, June 14 (Yonhap) --``, ``KEYPORT, Wash. (KeyportNow)
    —``), or an agency after a place in capitals on a line of its own (``JAKARTA-Lensa
    Agency``). A wire's dateline names the copy's origin: the page's own name, where it gives
    one elsewhere, is its outlet (``is a wire``).

    >>> read_english_dateline("HARBOURTON, Ore. (KeyportNow) — Crews", outlet_rules())[:2]
    ('KeyportNow', 'Harbourton')
    >>> read_english_dateline("Lisbon, May 7 (AP) The bank", outlet_rules())[::3]
    ('AP', True)
    >>> read_english_dateline("Lisbon, May 7 (local time) — The bank", outlet_rules()) is None
    True
    """
    found = _ENGLISH_DATELINE.match(line[:200]) or _SLASH_DATELINE.match(line[:200])
    # "(THE STAR/ASIA NEWS NETWORK)": a paper's copy through a syndication network, the
    # copy's origin (round 19d)
    syndicated = bool(found) and bool(_THROUGH_NETWORK.search(found.group("brand")))
    if found:
        brand = found.group("brand").split("/")[0].strip()
    else:
        found = _AGENCY_LINE.fullmatch(line.strip())
        brand = found.group("brand") if found else ""
        if brand and not (brand.lower() in cited_media() or
                          brand.split()[-1].lower() in _media_words("en")):
            return None
    if not found or not _english_brand(brand):
        return None
    place = found.group("place").strip()
    known = urls.outlet_named(brand) or find_outlet(brand, outlets)
    evidence = found.group(0).strip() + ("" if known else " (not in data/outlets.csv)")
    # (a syndicated paper's name is written as other unknown outlets are: "The Star")
    return known or (outlet_name(brand) if syndicated else brand), \
        place.title() if place.isupper() else place, evidence, \
        not known and _is_wire_en(brand) or syndicated


# a syndication network after a paper's name in a dateline's brackets: "/ASIA NEWS NETWORK"
_THROUGH_NETWORK = re.compile(r"/\s*(?:[A-Za-z]+\s+){0,3}(?i:network|news\s+service)\s*$")


# a wire's sign-off closing the text: "– AAP", "— Reuters", "… 13 years. (AP)"; Reuters' house
# style names its reporters and editors: "(Reporting by …; Editing by …)"
_SIGN_OFF_EN = re.compile(r"^\s*[–—-]{1,2}\s*(?P<a>" + _NAME_EN + r")\.?\s*$"
                          r"|(?:^|[.!?\"”’]\s*)\((?P<b>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})"
                          r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d{2})?\)\s*$")
_REUTERS_SIGN_OFF = re.compile(r"\((?:Reporting|Additional\s+reporting)\s+by\b[^()]*"
                               r"\b(?:Editing|Writing)\s+by\b[^()]*\)")


def english_sign_off(lines: list[str]) -> tuple[str, str]:
    """(wire, evidence) of a wire's sign-off in the last lines of an English text: a dash and
    a wire (``– AAP``), a wire in brackets closing the last paragraph (``… (AP)``), or
    Reuters' ``(Reporting by …; Editing by …)``; ("", "") when there is none.

    >>> english_sign_off(["The dam held.", "– NZPA"])
    ('NZPA', 'sign-off: – NZPA')
    >>> english_sign_off(["(Reporting by Ana Lima; Editing by Tom Berg)"])[0]
    'Reuters'
    >>> english_sign_off(["The dam held. (Read More)"])
    ('', '')
    """
    tail = [line for line in lines if line.strip()][-3:]
    for line in reversed(tail):
        reuters = _REUTERS_SIGN_OFF.search(line)
        if reuters:
            return "Reuters", f"sign-off: {reuters.group(0)} (Reuters' house style)"
        found = _SIGN_OFF_EN.search(line)
        if found:
            name = found.group("a") or found.group("b")
            if _english_brand(name) and (_is_wire_en(name) or found.group("a") and (
                    name.split()[-1].lower() in _media_words("en") or name.startswith("The "))):
                return name, "sign-off: " + (found.group(0).strip() if found.group("a")
                                             else f"({name})") + (
                    "" if _is_wire_en(name) else " (not in data/outlets.csv)")
    return "", ""


# the page's own name in an English prompt: "WATCH LENSA LIVE HERE", "Follow Harbour Times on
# X", "Download the Harbour Times app", "Read more on harbourtimes.com"
_PROMPT_EN = re.compile(
    r"\b(?i:watch)\s+(?P<a>" + _NAME_EN + r")\s+(?i:live)\b"
    r"|\b(?i:follow)\s+(?P<b>" + _NAME_EN + r")\s+(?i:on)\s+(?i:x|twitter|facebook|instagram|"
    r"google\s+news|whatsapp|telegram|threads|linkedin|youtube|tiktok)\b"
    r"|\b(?i:download\s+the)\s+(?P<c>" + _NAME_EN + r")\s+(?i:app)\b"
    r"|\b(?i:read\s+more\s+(?:on|at))\s*:?\s*(?P<d>[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,})\b"
    # "Join the Lakeside Courier WhatsApp channel" (round 20k)
    r"|^\s*(?i:join\s+(?:the\s+)?)(?P<e>" + _NAME_EN + r")\s+(?i:whatsapp|telegram)\s+"
    r"(?i:channel|group|community)\b")
# a feedback prompt: "… any issues you've encountered on The Harbour Ledger." (round 20k)
_FEEDBACK_EN = re.compile(r"\b(?i:issues\s+you(?:'|’)ve\s+encountered\s+on)\s+"
                          r"(?P<name>(?:The\s+)?" + _NAME_EN + r")\s*[.!]")
_NOT_A_SITE_EN = re.compile(r"(?i)^(?:us|the|our|this|all|more|news|live|x|twitter|facebook)$")


def english_feedback_name(lines: list[str]) -> tuple[str, str]:
    """(the site's name, the prompt) from an English feedback prompt naming the site the
    reader met issues on; never a wire's name.

    >>> english_feedback_name(["Tell us any issues you've encountered on The Bay Ledger."])
    ('The Bay Ledger', "issues you've encountered on The Bay Ledger.")
    """
    for line in lines:
        found = _FEEDBACK_EN.search(line)
        if found and found.group("name").lower() not in cited_media():
            return found.group("name"), found.group(0).strip()
    return "", ""


def english_prompt_name(lines: list[str]) -> tuple[str, str]:
    """(the site's name, the prompt) from the first English follow, watch or read-more
    prompt among ``lines`` (short lines: furniture); never a wire's or a platform's name.

    >>> english_prompt_name(["WATCH LENSA LIVE HERE:"])
    ('LENSA', 'WATCH LENSA LIVE')
    >>> english_prompt_name(["Follow us on X"])
    ('', '')
    """
    for line in lines:
        if len(line.split()) > 14:
            continue
        found = _PROMPT_EN.search(line)
        if not found:
            continue
        name = next(g for g in found.group("a", "b", "c", "d", "e") if g)
        if not _NOT_A_SITE_EN.match(name) and name.lower() not in cited_media() and \
                not _NOT_A_BRAND_EN.search(name):
            return name, found.group(0).strip()
    return "", ""


# a desk or news service signing the page: "Harbour News Service", "HT News Desk"
_DESK_LINE = re.compile(r"(?:By:?\s+)?(?P<name>" + _NAME_EN
                        + r"\s+(?:News\s+(?:Service|Desk|Bureau)|Web\s+Desk))"
                        # "By Harbour9 Digital Staff": the site's own staff, its name before
                        r"|By\s+(?P<site>" + _NAME_EN + r")\s+Digital\s+(?:Staff|Team|Desk)")
# a wire or medium credited on a line of its own above the text: "Reuters", "By Reuters"
_CREDIT_LINE = re.compile(r"(?:By\s+|From\s+)?(?P<name>(?:The\s+)?" + _NAME_EN + r")")
# a wire's reporter credited: "Reuters Staff", "Associated Press Reporter"
_CREDITED_ROLE = re.compile(r"\s+(?:Reporter|Staff(?:\s+Writer)?|Writer|Correspondent)$")


def english_header_credit(lines: list[str]) -> tuple[str, str, bool]:
    """(name, evidence, is a wire) from a header line of its own: a desk or news service
    (``Harbour News Service``: the page's own) or a wire or medium actors.csv knows
    (``Reuters``, ``By AFP``: the copy's origin); ("", "", False) when none.

    >>> english_header_credit(["Flood Hits Town", "Lakeside News Desk"])[::2]
    ('Lakeside News Desk', False)
    >>> english_header_credit(["By AFP"])[::2]
    ('AFP', True)
    """
    for line in lines:
        line = line.strip()
        desk = _DESK_LINE.fullmatch(line)
        if desk:
            return desk.group("name") or desk.group("site"), \
                f"desk line: {line} (not in data/outlets.csv)", False
        credit = _CREDIT_LINE.fullmatch(line)
        name = _CREDITED_ROLE.sub("", credit.group("name")) if credit else ""
        if name and name.lower() in cited_media():
            return name, f"credit line: {line}", True
    return "", "", False


# a desk signing beside its writers in a byline: "by Jo Ray and The Harbour Herald news desk",
# "Authors: Jo Ray, Harbour Herald Staff"
_BYLINE_DESK = re.compile(r"(?i:by|authors?\s*:)\s.*?(?:\sand|,)\s+(?P<name>(?:The\s+)?"
                          + _NAME_EN + r")\s+(?i:news\s+desk|desk|staff)"
                          # the byline ends, or its date follows: a sentence goes on ("By noon,
                          # Harbour County staff had cleared …")
                          r"\s*(?:$|[|•·]|\d|[A-Z][a-z]{2,8}\.?\s+\d)")


# a byline naming the writer's paper after the writer's two names: "By Jo Ray Harbour News"
_BYLINE_PAPER = re.compile(r"By\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,?\s+(?P<name>(?:The\s+)?"
                           + _NAME_EN + r")$")


def english_byline_paper(lines: list[str]) -> tuple[str, str]:
    """(name, evidence) of the paper a byline line names after its writer's first and last
    name, when the rest is an English medium's name (:func:`is_english_media_name`) and no
    wire; ("", "") when none.

    >>> english_byline_paper(["By Jo Ray Harbour Valley News"])[0]
    'Harbour Valley News'
    >>> english_byline_paper(["By Jo Ray Reuters"]), english_byline_paper(["By Jo Ray"])
    (('', ''), ('', ''))
    """
    for line in lines:
        paper = _BYLINE_PAPER.match(line.strip())
        name = paper.group("name") if paper else ""
        if name and is_english_media_name(name) and not _is_wire_en(name):
            return name, f"byline: {line.strip()[:80]} (not in data/outlets.csv)"
    return "", ""


def english_byline_desk(lines: list[str]) -> tuple[str, str]:
    """(name, evidence) of the page's own desk signing beside its writers in a byline; ("",
    "") when none, or when the desk is a wire's (the copy's origin).

    >>> english_byline_desk(["by Jo Ray and The Harbour Herald news desk May 3, 2025"])[0]
    'The Harbour Herald'
    >>> english_byline_desk(["by Jo Ray and Reuters staff"])
    ('', '')
    """
    for line in lines:
        desk = _BYLINE_DESK.match(line.strip())
        name = desk.group("name") if desk else ""
        if name and not _is_wire_en(name) and name.lower() not in cited_media():
            return name, f"byline: {line.strip()[:80]} (not in data/outlets.csv)"
    return "", ""


# an English copyright line's holder: "© 2024 Harbour Times Media LLC. All rights reserved"
_COPYRIGHT_EN = re.compile(
    r"(?i:copyright)?\s*(?:©|\((?i:c)\))?\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?"
    r"\s*,?\s*)?(?P<name>(?:The\s+)?" + _NAME_EN + r")")
_COMPANY_EN = re.compile(r"(?:,?\s+(?:Inc|LLC|Ltd|Limited|Corp|Corporation|Company|Co|Group|Media|"
                         r"Holdings|Publishing|Pty|PLC|LP)\.?)+$")


def english_copyright_holder(line: str) -> tuple[str, bool]:
    """(holder, is a wire) of an English copyright line, its company form dropped; ("",
    False) when it names none (``All rights reserved``).

    >>> english_copyright_holder("© 2025 Harbour Times Media LLC. All rights reserved.")
    ('Harbour Times', False)
    >>> english_copyright_holder("Copyright 2025 The Associated Press. All rights reserved.")
    ('The Associated Press', True)
    """
    line = re.sub(r"^\s*\((?=\s*(?i:copyright|©))(.*)\)\s*$", r"\1", line)  # "(Copyright …)"
    line = re.sub(r"^\s*[-–•]\s*", "", line)  # "- Copyright © …": a list's dash
    if not re.match(r"(?i)\s*(?:copyright|©|\(c\))", line):
        return "", False
    found = _COPYRIGHT_EN.match(line.strip())
    if not found:
        return "", False
    name = re.split(r"\.\s", found.group("name").strip())[0].rstrip(".")
    site = re.match(r"\s*&\s*([\w-]+(?:\.[\w-]+)*\.(?:com|co\.\w\w|net|org|news))\b",
                    line.strip()[found.end():])
    if site:  # "© Harbourilbo & Harbour.com": the paper and its site, the page is the site's
        name = site.group(1)
    name = _COMPANY_EN.sub("", name).strip()
    if not name or re.match(r"(?i)(?:all|copyright|by)\b", name) or is_place(name) or \
            not _english_brand(name):
        return "", False
    return name, _is_wire_en(name)


# an English page reprinting another outlet's text: "This story was originally published by
# Lensa Times", "Originally published on lensatimes.com", "The post … appeared first on X"
_REPRINT_EN = re.compile(
    r"\b(?i:(?:this|the)\s+(?:story|article|post|report)\s+(?:was\s+)?(?:originally|first)\s+"
    r"(?:published|appeared)|originally\s+published|appeared\s+first)\s+(?i:by|in|on|at)\s+"
    r"(?P<name>(?:[Tt]he\s+)?" + _NAME_EN + r"|[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,})")


def english_reprint_origin(lines: list[str]) -> str:
    """The outlet an English page says its text first appeared in (a reprint), or "".

    >>> english_reprint_origin(["This story was originally published by Lensa Times."])
    'Lensa Times'
    """
    for line in lines:
        found = _REPRINT_EN.search(line)
        if found:
            return found.group("name").rstrip(".")
    return ""
