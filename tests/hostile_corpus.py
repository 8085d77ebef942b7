"""A hostile corpus, written into a temporary folder by the tests that need it (test support,
not part of the package): every text field an attacker controls holds markup, Markdown links
and images, ``javascript:``, ``file:`` and ``http:`` URLs, a mathtext formula and a
spreadsheet formula; and beside them the inputs that used to exhaust the machine or stop the
load.

- saved pages whose ``og:site_name``, ``author``, ``og:title`` and JSON-LD publisher hold
  the payload (one of them outside the extractor's bounds: 10 MB of tags);
- the seed articles (copied from ``seeds/``), one under a file name holding markup;
- a JSON Lines export with the payload in its fields, a 600-level record and a 100,000-level
  line;
- the corpus's own story pack: title, question, side, direction and conversion labels hold
  the payload; its statements file has rows with bad numbers, short rows and bad dates;
- apart from the corpus (:func:`write_bombs`): a story.yaml of nested aliases and a Parquet
  part of a few kilobytes that decodes to gigabytes.
"""

import json
import shutil
from pathlib import Path

from newsframe import paths

CANARY = "CANARY-LOCAL-FILE-9d2f"  # the text of a local file no page may show


def payload(canary_uri: str) -> str:
    """One hostile text: every sink must show it as text and nothing else."""
    return (
        '<img src=x onerror="document.title=\'PWNED\'" data-pwned="1"><nf-evil>E</nf-evil>'
        f'<iframe src="{canary_uri}"></iframe><script>document.title="PWNED"</script>'
        f'"><svg onload="alert(1)"> [klik](javascript:alert(1)) ![f]({canary_uri}) '
        '![h](http://example.invalid/x.png) <a href="http://example.invalid/">a</a> '
        "**tebal** # judul $\\frac{1}{2}$ =HYPERLINK(\"http://example.invalid\",\"x\")")


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{title}</title>
<meta property="og:site_name" content="{attr}">
<meta property="og:title" content="{attr}">
<meta name="author" content="{attr}">
<meta property="og:url" content="javascript:alert(1)">
<meta property="article:published_time" content="2023-10-14T08:00:00+07:00">
<script type="application/ld+json">{json_ld}</script>
</head><body><article><h1>{title}</h1>
{paragraphs}
</article></body></html>
"""


# one line per paragraph: the text fallback for a page too large keeps the page's line breaks
PARAGRAPHS = "\n".join(f"<p>{p}</p>" for p in (
    "Gedung Putih pada Jumat (13/10/2023) mengatakan, Korea Utara telah mengirimkan lebih "
    "dari 1.000 kontainer peralatan militer dan amunisi ke Rusia, kata juru bicara {title}.",
    "Korea Utara membantah tuduhan itu dan menyebutnya sebagai fitnah dari Amerika Serikat "
    "terhadap hubungan kedua negara yang sah.",
    "Rusia disebut menerima amunisi artileri untuk perang di Ukraina melalui jalur kereta api "
    "dari pelabuhan Rajin, menurut citra satelit yang dianalisis lembaga riset."))


def _page(title: str, attr: str, json_ld: str, extra: str = "") -> str:
    return PAGE.format(title=title, attr=attr, json_ld=json_ld, paragraphs=PARAGRAPHS.format(
        title=title) + extra)


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def write_corpus(folder: Path) -> dict:
    """Write the hostile corpus into ``folder`` (and a canary file beside it); returns what
    the tests look for: the canary's path and URI, the payload, and the bad items by name."""
    folder.mkdir(parents=True)
    canary = folder.parent / "canary.txt"
    canary.write_text(CANARY)
    text = payload(canary.as_uri())
    for seed in sorted(paths.SEEDS.glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    shutil.move(folder / "004_dff8b1113d9c9566.txt",
                folder / "004 <img src=x onerror=alert(1)>.txt")
    json_ld = json.dumps({"@type": "NewsArticle", "headline": text, "datePublished":
                          "2023-10-14", "publisher": {"@type": "Organization", "name": text},
                          "author": {"@type": "Person", "name": text}}).replace("</", "<\\/")
    (folder / "hostile_page.html").write_text(
        _page(text.replace("<", "&lt;"), _attr(text), json_ld), encoding="utf-8")
    (folder / "tag_heavy.html").write_text(
        _page("Halaman berat", "Berat", "{}", "<i></i>" * (10_000_000 // 7)), encoding="utf-8")
    good = {"maintext": "Korea Utara mengirim 1.000 kontainer amunisi ke Rusia, kata Kirby. "
                        "Rusia membantah.", "title": text, "source_domain": text,
            "authors": [text], "date_publish": "2023-10-15 09:00:00", "url": "javascript:x"}
    deep = {"maintext": "Isi.", "title": "dalam", "authors": json.loads("[" * 600 + "]" * 600)}
    (folder / "export.jsonl").write_text(
        "\n".join([json.dumps(good), json.dumps(deep), "[" * 100_000 + "]" * 100_000,
                   json.dumps({**good, "title": "Baris terakhir"})]) + "\n", encoding="utf-8")
    _write_pack(folder, text)
    return {"canary": canary, "payload": text, "bad": {
        "tag_heavy": "page_too_large", "export.jsonl#2": "nested deeper than 64 levels",
        "export.jsonl#3": "nested deeper than 64 levels",
        "statements": ["caliber_mm '7.62'", "value 'inf'", "fewer fields than the header",
                       "statement_date ''", "statement_date '2024-02-30'"]}}


def _write_pack(folder: Path, text: str) -> None:
    """The seed story's pack with the payload in every label, and bad statements rows."""
    from newsframe.bounded import load_yaml

    source = paths.STORIES / "korea-russia-arms"
    pack = load_yaml((source / "story.yaml").read_text("utf-8"), "story.yaml")
    pack["title"] = {"en": text, "id": text}
    pack["question"] = {"en": text, "id": text}
    for side in pack["sides"]:
        side["label"] = {"en": text, "id": text}
    for direction in pack["directions"]:
        direction["label"] = {"en": text, "id": text}
    for conversion in pack.get("conversions") or []:
        conversion["label"] = text
    (folder / "story.yaml").write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    lines = (source / "official_statements.csv").read_text("utf-8").splitlines()
    header, rows = lines[0], lines[1:]
    claimant = text.replace('"', '""')
    bad = [
        f'2023-10-13,"{claimant}",us_government,,1000,,container,,7.62,exact,,,KP->RU,,u',
        "2023-10-13,Kirby,us_government,,inf,,container,,,exact,,,KP->RU,,u",
        "2023-10-13,Kirby,short row",
        ",Kirby,us_government,,5,,container,,,exact,,,KP->RU,,u",
        "2024-02-30,Kirby,us_government,,5,,container,,,exact,,,KP->RU,,u",
        f'2023-10-20,"{claimant}",us_government,,2000,,container,,,exact,,,KP->RU,'
        f'"{claimant}",javascript:alert(1)',
    ]
    (folder / "official_statements.csv").write_text("\n".join([header, *rows, *bad]) + "\n",
                                                    encoding="utf-8")


ALIAS_BOMB = "\n".join(
    ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    + [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]"
       for i in range(8)]
    + ["title: bomb", "cues: [*i]"]) + "\n"


def write_bombs(folder: Path) -> dict:
    """An alias-bomb story pack and a tables folder whose claims part is a decompression
    bomb (the seed tables otherwise), apart from the corpus."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from newsframe.store.engines import write_tables

    pack = folder / "bomb_pack"
    pack.mkdir(parents=True)
    (pack / "story.yaml").write_text(ALIAS_BOMB)
    tables = folder / "bomb_tables"
    write_tables([paths.SEEDS], tables, progress=None)
    part = tables / "claims" / "part-00000.parquet"
    schema = pq.read_schema(part)
    rows = 300_000
    first = pa.array([0] * rows, pa.int32())
    long = pa.DictionaryArray.from_arrays(first, pa.array(["x" * 10_000]))
    seed = pq.read_table(part, columns=["article_id"])["article_id"][0].as_py()
    same_article = pa.DictionaryArray.from_arrays(first, pa.array([seed]))
    columns = [long if field.name == "sentence" else same_article
               if field.name == "article_id" else pa.nulls(rows, field.type)
               for field in schema]
    table = pa.Table.from_arrays(columns, names=schema.names)
    # written dictionary-encoded as it is, without arrow's schema: readers see plain text
    pq.write_table(table, part, compression="zstd", store_schema=False)
    info = json.loads((tables / "tables.json").read_text())
    info["rows"]["claims"] = rows
    info["files"]["claims/part-00000.parquet"] = part.stat().st_size
    (tables / "tables.json").write_text(json.dumps(info))
    return {"pack": pack, "tables": tables, "part": part}
