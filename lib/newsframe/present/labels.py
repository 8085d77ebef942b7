"""Labels in the report's language: every chart title, axis, legend, table header and coded
value in English or Indonesian, from data/lexicons/labels.csv (English is the default).

>>> label("claims_over_time", "id")
'Klaim dari waktu ke waktu'
"""

from .. import lexicons

LANGS = ("en", "id")


def label(key: str, lang: str = "en") -> str:
    """Chart text for ``key`` in ``lang`` from data/lexicons/labels.csv (the key if missing)."""
    if lang not in LANGS:
        from ..params import check_choice

        check_choice("lang", lang, LANGS)
    table = lexicons.load("labels").set_index("key")
    if key in table.index and table.at[key, lang]:
        return table.at[key, lang]
    return key
