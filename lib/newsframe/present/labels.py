"""Labels in the report's language: every chart title, axis, legend, table header and coded
value, from the gettext catalogs ``data/locale/<lang>/LC_MESSAGES/labels.po`` (message id:
the label's key; English is the default). A language is a folder of catalogs there
(:data:`LANGS`); ``data/locale/labels.pot`` lists every key with its gloss.

>>> label("claims_over_time", "id")
'Klaim dari waktu ke waktu'
"""

import re

from .. import lexicons

LANGS = lexicons.languages()


def label(key: str, lang: str = "en") -> str:
    """Chart text for ``key`` in ``lang`` from its labels catalog (the key if missing)."""
    if lang not in LANGS:
        from ..params import check_choice

        check_choice("lang", lang, LANGS)
    return lexicons.catalog("labels", lang).get(key) or key


def text(key: str, lang: str = "en", **values) -> str:
    """A sentence template of the labels catalog with its ``{name}`` slots filled in.

    >>> text("showing_n_of_m", "id", n=5, m=90, what="artikel")
    'Menampilkan 5 dari 90 artikel'
    """
    return label(key, lang).format(**values)


def count(n, noun: str, lang: str = "en") -> str:
    """``n`` and a noun, plural right: the label ``n_<noun>`` holds ``singular|plural``
    with ``{n}`` (Indonesian nouns do not change).

    >>> count(1, "article"), count(1200, "article"), count(3, "article", "id")
    ('1 article', '1,200 articles', '3 artikel')
    """
    from .format import format_number

    forms = label(f"n_{noun}", lang).split("|")
    form = forms[0] if n == 1 or len(forms) == 1 else forms[1]
    return form.format(n=format_number(n, lang))


def warning_names(codes: str, lang: str = "en", counts: dict | None = None) -> str:
    """Warning codes (``;``-separated, as in the articles' ``warnings`` column) as short
    names in ``lang`` (labels ``code_<code>``; their meanings are ``warning_<code>``; a code
    without a label stays as it is), with each code's count from ``counts`` when given.

    >>> warning_names("no_title;published_inferred")
    'no headline; publication date inferred'
    >>> warning_names("no_title", "id", counts={"no_title": 4})
    'tanpa judul (4)'
    """
    names = []
    for code in filter(None, (c.strip() for c in str(codes or "").split(";"))):
        name = label(f"code_{code}", lang)
        name = code if name == f"code_{code}" else name
        names.append(f"{name} ({counts[code]})" if counts and code in counts else name)
    return "; ".join(names)


def unit_name(unit: str, lang: str = "en") -> str:
    """A unit's name in ``lang``: its label ``unit_<unit>`` (the English plural), or, for a
    counted noun the unit lexicon does not know, the noun as the article wrote it — never the
    label key, never an English plural of an Indonesian word.

    >>> unit_name("case"), unit_name("case", "id"), unit_name("wilayah"), unit_name("")
    ('cases', 'kasus', 'wilayah', '')
    """
    if not unit:
        return ""
    text = label(f"unit_{unit}", lang)
    return unit.replace("_", " ") if text == f"unit_{unit}" else text


def reword(sentence: str, lang: str, prefix: str) -> str:
    """A sentence written in English from one of the label templates whose key starts with
    ``prefix`` (e.g. a story decision's reason, ``story_reason_``), said in ``lang``: the
    English template is matched and the ``lang`` one filled with the same values (a value
    named ``reason`` is itself reworded). A sentence no template makes is returned as it is.

    >>> reword("auto: matched 5 of 5 articles (cues: amunisi, Rusia)", "id", "story_reason_")
    'otomatis: cocok dengan 5 dari 5 artikel (penanda: amunisi, Rusia)'
    """
    if lang == "en":
        return sentence
    english = lexicons.catalog("labels", "en")
    templates = sorted((k for k in english if k.startswith(prefix)),
                       key=lambda k: -len(english[k]))  # the most specific first
    for key in templates:
        pattern = "".join(f"(?P<{part[1:-1]}>.+?)" if part.startswith("{") else re.escape(part)
                          for part in re.split(r"(\{\w+\})", english[key]))
        match = re.fullmatch(pattern, sentence, re.S)
        if match:
            values = {name: reword(value, lang, prefix) if name == "reason" else value
                      for name, value in match.groupdict().items()}
            return text(key, lang, **values)
    return sentence
