"""Story packs: what newsframe knows of one story, read from ``data/stories/<slug>/``.

A pack is a folder with a ``story.yaml`` (title and question in English and Indonesian, the
sides with their actor types and names, the units its charts and lineage use, transfer
directions, conversions between units, the cues that recognise the story in a text) and,
optionally, the reference statements it names (``official_statements.csv``). The code knows
no story: every title, side and unit a report shows for a story comes from its pack, and a
corpus that matches no pack gets the generic reports. data/stories/README.md says how to
write one.

Which pack a report uses is its ``story`` parameter: ``auto`` (default) picks the pack whose
cues the corpus matches — a corpus folder that carries its own ``story.yaml`` uses that one
—, a slug names a pack in data/stories/, a folder is a pack anywhere, ``none`` uses no pack.

>>> import pandas as pd
>>> texts = pd.DataFrame({"article_id": ["a", "b"], "title": ["", ""],
...     "body": ["Korea Utara mengirim amunisi ke Rusia.", "Harga cabai naik."]})
>>> story, reason = choose_story("auto", texts)
>>> story.slug, reason
('korea-russia-arms', 'auto: matched 1 of 2 articles (cues: amunisi, Korea Utara, Rusia)')
>>> choose_story("none", texts)
(None, 'story = none: no story pack')
"""

from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import lexicons, paths
from .params import ParameterError

STORY_FILE = "story.yaml"
STATEMENTS_FILE = "official_statements.csv"
ROLES = ("accused", "accusing", "other")
LANGS = ("en", "id")


class StoryError(ParameterError):
    """A story pack that cannot be read; the message names the file and the field."""


@dataclass(frozen=True)
class Story:
    """One story pack (see the module docstring); build it with :func:`load_story`."""

    slug: str
    folder: Path
    title: dict
    question: dict
    sides: tuple = ()
    units: tuple = ()
    directions: tuple = ()
    conversions: tuple = ()
    cues: tuple = ()
    actors: tuple = ()
    statements_file: str = STATEMENTS_FILE
    min_cues: int = 2
    min_share: float = 0.5

    def text(self, key: str, lang: str = "en") -> str:
        """``title`` or ``question`` in ``lang`` (English when the pack has no such text).

        >>> load_story(paths.STORIES / "korea-russia-arms").text("title", "id")
        'Pengiriman senjata Korea Utara ke Rusia'
        """
        values = getattr(self, key)
        return str(values.get(lang) or values.get("en") or "")

    def side_of(self, role: str) -> tuple[frozenset, frozenset]:
        """(source types, lower-cased source names) of the sides with ``role``: the names are
        the sides' ``actors`` and the aliases of the pack's actors of those types."""
        types = frozenset(t for s in self.sides if s["role"] == role for t in s["source_types"])
        names = {a.lower() for s in self.sides if s["role"] == role for a in s["actors"]}
        for actor in self.actors:
            if actor.get("type") in types:
                names.add(str(actor.get("canonical", "")).lower())
                names.update(a.lower() for a in lexicons.split_aliases(
                    str(actor.get("aliases", ""))))
        return types, frozenset(n for n in names if n)

    def side_label(self, role: str = "accused", lang: str = "en") -> str:
        """What the sides with ``role`` are called (``North Korea or Russia``)."""
        found = [_lang_text(s.get("label"), lang) or s["side"].replace("_", " ")
                 for s in self.sides if s["role"] == role]
        return "; ".join(found)

    def direction_label(self, code: str, lang: str = "en") -> str:
        """Text for a direction code (``KP->RU`` → ``North Korea → Russia``; "" if unknown)."""
        for direction in self.directions:
            if direction["code"] == code:
                return _lang_text(direction.get("label"), lang) or code
        return ""

    @property
    def main_direction(self) -> str | None:
        """The first direction of the pack (None: the story has no transfer direction)."""
        return self.directions[0]["code"] if self.directions else None

    @property
    def statements_path(self) -> Path | None:
        """The reference statements of the pack, None when it has none."""
        path = self.folder / self.statements_file
        return path if path.is_file() else None


def _lang_text(value, lang: str) -> str:
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("en") or "")
    return "" if value is None else str(value)


def _fail(file: Path, message: str):
    raise StoryError(f"story pack {file}: {message}")


@contextmanager
def _field(file: Path, name: str):
    """A field whose value has the wrong shape: one StoryError naming the file and field."""
    try:
        yield
    except StoryError:
        raise
    except (TypeError, ValueError, AttributeError, KeyError, OverflowError,
            RecursionError) as error:
        detail = str(error).splitlines()[0][:100] if str(error) else type(error).__name__
        _fail(file, f"'{name}' cannot be read ({detail}); see data/stories/README.md")


def read_pack_yaml(file: Path):
    """The YAML of a pack's ``story.yaml``, read as a corpus file is (a regular file inside
    the pack's folder, no link out of it) within the bounds of :mod:`newsframe.bounded`."""
    from .bounded import MAX_YAML_BYTES, BoundError, load_yaml, read_inside

    try:
        text = read_inside(file, file.parent, MAX_YAML_BYTES).decode("utf-8")
        return load_yaml(text, "story.yaml")
    except UnicodeDecodeError:
        _fail(file, "cannot be read (not UTF-8 text)")
    except BoundError as error:
        _fail(file, f"cannot be read ({str(error).removeprefix('story.yaml: ')})")


def _texts(file: Path, raw: dict, key: str, required: bool) -> dict:
    value = raw.get(key)
    if value is None and not required:
        return {}
    if isinstance(value, str):
        return {"en": " ".join(value.split())}
    if not isinstance(value, dict) or not value.get("en"):
        _fail(file, f"'{key}' must be a text or a mapping with en (and id) texts")
    return {k: " ".join(str(v).split()) for k, v in value.items() if k in LANGS}


def _list(file: Path, raw: dict, key: str) -> list:
    value = raw.get(key)
    if value in (None, "none", "", []):
        return []
    if not isinstance(value, list):
        _fail(file, f"'{key}' must be a list (or none)")
    return value


def load_story(folder: str | Path) -> Story:
    """The pack in ``folder`` (a folder holding ``story.yaml``, or that file itself).

    Raises StoryError naming the file and the field when the pack cannot be read.

    >>> story = load_story(paths.STORIES / "korea-russia-arms")
    >>> story.units, story.main_direction, story.statements_path.name
    (('container', 'shell'), 'KP->RU', 'official_statements.csv')
    """
    folder = Path(folder)
    file = folder if folder.name == STORY_FILE else folder / STORY_FILE
    raw = read_pack_yaml(file)
    if not isinstance(raw, dict):
        _fail(file, "must be a YAML mapping (slug, title, question, sides, units, cues, ...)")
    with _field(file, "sides"):
        sides = _sides(file, raw)
    with _field(file, "units"):
        units = [str(u.get("unit", "")) if isinstance(u, dict) else str(u)
                 for u in _list(file, raw, "units")]
    with _field(file, "directions"):
        directions = _directions(file, raw)
    with _field(file, "conversions"):
        conversions = _conversions(file, raw)
    with _field(file, "cues"):
        cues = [str(c) for c in _list(file, raw, "cues") if str(c).strip()]
    if not cues:
        _fail(file, "'cues' must list the words that recognise the story in a text")
    match = raw.get("match") or {}
    try:
        min_cues, min_share = int(match.get("min_cues", 2)), float(match.get("min_share", 0.5))
        if not (1 <= min_cues <= 100 and 0 <= min_share <= 1):
            raise ValueError("out of range")
    except (TypeError, ValueError, AttributeError, OverflowError):
        _fail(file, "'match' takes min_cues (a whole number from 1 to 100) and min_share "
                    "(0 to 1)")
    statements = str(raw.get("statements") or STATEMENTS_FILE)
    if Path(statements).name != statements or statements.startswith("."):
        _fail(file, f"'statements' = {statements!r} must name a file in the pack's folder "
                    f"(e.g. {STATEMENTS_FILE}): nothing is read from outside it")
    with _field(file, "actors"):
        actors = [a for a in _list(file, raw, "actors") if isinstance(a, dict)]
    with _field(file, "title"):
        title = _texts(file, raw, "title", True)
    with _field(file, "question"):
        question = _texts(file, raw, "question", False)
    return Story(slug=str(raw.get("slug") or folder.name), folder=file.parent,
                 title=title, question=question,
                 sides=tuple(sides), units=tuple(u for u in units if u),
                 directions=tuple(directions), conversions=tuple(conversions),
                 cues=tuple(cues), actors=tuple(actors),
                 statements_file=statements,
                 min_cues=min_cues, min_share=min_share)


def _sides(file: Path, raw: dict) -> list:
    sides = []
    for side in _list(file, raw, "sides"):
        if not isinstance(side, dict) or side.get("role") not in ROLES:
            _fail(file, f"every side needs a role; allowed values: {', '.join(ROLES)}")
        sides.append({"side": str(side.get("side", side["role"])), "role": side["role"],
                      "label": side.get("label"),
                      "source_types": [str(t) for t in side.get("source_types") or []],
                      "actors": [str(a) for a in side.get("actors") or []]})
    return sides


def _directions(file: Path, raw: dict) -> list:
    directions = []
    for direction in _list(file, raw, "directions"):
        code = direction.get("code") if isinstance(direction, dict) else direction
        if not code:
            _fail(file, "every direction needs a code (e.g. KP->RU)")
        directions.append({"code": str(code), "label": direction.get("label")
                           if isinstance(direction, dict) else None})
    return directions


def _conversions(file: Path, raw: dict) -> list:
    conversions = []
    for conversion in _list(file, raw, "conversions"):
        if not isinstance(conversion, dict) or not conversion.get("from") or \
                not conversion.get("to"):
            _fail(file, "every conversion needs 'from' and 'to' units")
        conversions.append({"from": str(conversion["from"]), "to": str(conversion["to"]),
                            "direction": conversion.get("direction"),
                            "label": conversion.get("label"),
                            "gloss": " ".join(str(conversion.get("gloss", "")).split())})
    return conversions


def available_stories(root: str | Path | None = None) -> list[str]:
    """Slugs of the packs in ``root`` (default data/stories/), sorted.

    >>> "korea-russia-arms" in available_stories()
    True
    """
    root = Path(root) if root else paths.STORIES
    return sorted(p.parent.name for p in root.glob(f"*/{STORY_FILE}"))


def story_matches(stories: list[Story], texts: pd.DataFrame) -> pd.DataFrame:
    """Per pack, how many articles (``title`` + ``body``) contain at least its ``min_cues``
    distinct cues: ``slug, n_matched, n_articles, share, cues`` (the cues found, most
    frequent first), best match first.

    >>> import pandas as pd
    >>> texts = pd.DataFrame({"title": ["Banjir"], "body": ["Banjir bandang, BNPB mencatat."]})
    >>> story_matches([load_story(paths.STORIES / "korea-russia-arms")], texts)[
    ...     ["slug", "n_matched"]].values.tolist()
    [['korea-russia-arms', 0]]
    """
    def column(name: str) -> pd.Series:
        found = texts[name] if name in texts.columns else pd.Series("", index=texts.index)
        return found.where(found.map(lambda v: isinstance(v, str)), "").astype(str)

    documents = (column("title") + "\n" + column("body")).tolist()
    rows = []
    for story in stories:
        pattern = lexicons.cue_pattern(story.cues)
        canonical = {" ".join(c.lower().split()): c for c in story.cues}
        matched, found = 0, {}
        for document in documents:
            cues = {" ".join(m.group(0).lower().split()) for m in pattern.finditer(document)}
            if len(cues) >= story.min_cues:
                matched += 1
                for cue in cues:
                    found[cue] = found.get(cue, 0) + 1
        ranked = sorted(found, key=lambda c: (-found[c], c))
        rows.append({"slug": story.slug, "n_matched": matched, "n_articles": len(documents),
                     "share": matched / len(documents) if documents else 0.0,
                     "min_share": story.min_share,
                     "cues": ", ".join(canonical.get(c, c) for c in ranked[:5])})
    table = pd.DataFrame(rows, columns=["slug", "n_matched", "n_articles", "share",
                                        "min_share", "cues"])
    return table.sort_values(["n_matched", "slug"], ascending=[False, True],
                             kind="stable").reset_index(drop=True)


def _corpus_pack(corpus_dirs) -> Path | None:
    for corpus in corpus_dirs or ():
        folder = paths.resolve_path(corpus)
        if folder.is_dir() and (folder / STORY_FILE).is_file():
            return folder
    return None


KEPT_PACK = "story"  # the folder of a tables folder holding the corpus's own pack


def keep_corpus_pack(corpus_dirs, tables_dir: Path) -> Path | None:
    """Copy the story pack a corpus folder carries (its ``story.yaml`` and the statements
    file it names) into ``tables_dir/story/``, so that reports built from these tables find
    it inside the tables folder the user gives them — a folder ``tables.json`` only names is
    never read (:meth:`newsframe.publish.tables.Tables.given_sources`). The files are read
    as the pack's own are (regular files inside the corpus folder, within bounds); a pack
    that cannot be read is not copied (the report names the error when it reads the corpus
    folder). Returns the copy's folder, None when no corpus folder carries a pack.
    """
    from .bounded import MAX_TABLE_BYTES, MAX_YAML_BYTES, BoundError, read_inside

    source = _corpus_pack(corpus_dirs)
    if source is None:
        return None
    try:
        pack = load_story(source)
        files = {STORY_FILE: read_inside(source / STORY_FILE, source, MAX_YAML_BYTES)}
        if pack.statements_path is not None:
            files[pack.statements_file] = read_inside(pack.statements_path, source,
                                                      MAX_TABLE_BYTES)
    except (StoryError, BoundError):
        return None
    target = Path(tables_dir) / KEPT_PACK
    target.mkdir(parents=True, exist_ok=True)
    for name, raw in files.items():
        (target / name).write_bytes(raw)
    return target


def check_story(story) -> str:
    """The ``story`` parameter as given, if it is allowed (else ParameterError naming it)."""
    allowed = ["auto", "none", *available_stories()]
    if isinstance(story, str) and story.strip():
        value = story.strip()
        if value in allowed or (paths.resolve_path(value) / STORY_FILE).is_file() or \
                paths.resolve_path(value).name == STORY_FILE and \
                paths.resolve_path(value).is_file():
            return value
    raise ParameterError(f"parameter 'story' = {story!r} is not allowed; allowed values: "
                         f"{', '.join(allowed)}, or a folder holding a {STORY_FILE}")


def choose_story(story: str = "auto", texts: pd.DataFrame | None = None,
                 corpus_dirs=()) -> tuple[Story | None, str]:
    """(pack, why) for the ``story`` parameter: ``auto``, ``none``, a slug or a folder.

    ``auto`` takes the ``story.yaml`` a corpus folder (``corpus_dirs``) carries; else the
    pack of data/stories/ whose cues the most articles of ``texts`` (``title``, ``body``)
    match, when at least its ``min_share`` of them do; else none. ``why`` says which rule
    decided (``auto: matched 5 of 5 articles (cues: …)``).
    """
    value = check_story(story)
    if value == "none":
        return None, "story = none: no story pack"
    if value != "auto":
        folder = paths.STORIES / value if value in available_stories() else \
            paths.resolve_path(value)
        return load_story(folder), f"story = {value}"
    own = _corpus_pack(corpus_dirs)
    if own is not None:
        pack = load_story(own)
        found = "" if texts is None or texts.empty else \
            ", matched {n_matched} of {n_articles} articles".format(
                **story_matches([pack], texts).iloc[0])
        return pack, f"auto: the corpus folder carries its own {STORY_FILE}{found}"
    packs = [load_story(paths.STORIES / slug) for slug in available_stories()]
    if texts is None or texts.empty or not packs:
        return None, "auto: no articles or no story packs to match"
    matches = story_matches(packs, texts)
    best = matches.iloc[0]
    if best["n_matched"] and best["share"] >= best["min_share"]:
        chosen = next(p for p in packs if p.slug == best["slug"])
        return chosen, (f"auto: matched {best['n_matched']} of {best['n_articles']} articles "
                        f"(cues: {best['cues']})")
    if not best["n_matched"]:
        return None, (f"auto: no story pack matches (no article carries the cues of any of "
                      f"the {len(packs)} packs)")
    return None, (f"auto: no story pack matches (best: {best['slug']}, "
                  f"{best['n_matched']} of {best['n_articles']} articles)")


MATCH_SAMPLE = 5000  # articles whose texts `auto` reads (the first ones of the corpus)


def story_for_tables(story: str, tables) -> tuple[Story | None, str]:
    """:func:`choose_story` for a notebook's tables (``newsframe.open_tables``): the texts of
    the corpus (its first ``MATCH_SAMPLE`` usable articles, so a big dataset is not read
    whole) and the folders it was read from.

    >>> import newsframe as nf
    >>> _, tables = nf.open_tables(corpus_dir=nf.paths.SEEDS)
    >>> story_for_tables("auto", tables)[0].slug
    'korea-russia-arms'
    """
    check_story(story)
    if story != "auto":
        return choose_story(story)
    every = tables.corpus(["article_id", "status"])
    usable = every.loc[every["status"] != "error", "article_id"].tolist()[:MATCH_SAMPLE]
    # a corpus folder lends its own pack only if the user gave it, not if tables.json names it
    return choose_story(story, tables.texts(usable), tables.given_sources())


def accused_side(story: Story | None) -> tuple[frozenset, frozenset]:
    """(source types, names) of the accused side, empty without a story."""
    return story.side_of("accused") if story is not None else (frozenset(), frozenset())


SECTION_TAGS = ("needs_story", "needs_statements", "needs_conversions", "needs_sides")


def missing_sections(story: Story | None) -> set[str]:
    """The cell tags of report sections this story cannot fill (their cells are left out
    of the HTML pages): ``needs_story`` without a pack, ``needs_statements`` without
    reference statements, ``needs_conversions`` without conversions, ``needs_sides``
    without an accused side.

    >>> sorted(missing_sections(None))
    ['needs_conversions', 'needs_sides', 'needs_statements', 'needs_story']
    >>> missing_sections(load_story(paths.STORIES / "korea-russia-arms"))
    set()
    """
    if story is None:
        return set(SECTION_TAGS)
    missing = set()
    if story.statements_path is None:
        missing |= {"needs_statements", "needs_conversions"}
    if not story.conversions:
        missing.add("needs_conversions")
    if not any(side["role"] == "accused" for side in story.sides):
        missing.add("needs_sides")
    return missing


def corpus_title(articles: pd.DataFrame, lang: str = "en") -> str:
    """A title drawn from the corpus: how many articles, from which outlets, when.

    >>> import pandas as pd
    >>> corpus_title(pd.DataFrame({"outlet": ["Kontan", "CNBC", "Kontan"],
    ...     "published": ["2024-10-24", "2024-11-04", ""]}))
    '3 articles from Kontan, CNBC (2024-10-24 – 2024-11-04)'
    """
    outlets = [o for o in articles["outlet"].value_counts().index if o]
    shown = ", ".join(outlets[:3]) + (f" (+{len(outlets) - 3})" if len(outlets) > 3 else "")
    dated = sorted(d for d in articles["published"] if d)
    n = len(articles)
    words = {"en": ("article", "articles", "from"), "id": ("artikel", "artikel", "dari")}
    one, many, source = words.get(lang, words["en"])
    title = f"{n} {one if n == 1 else many}" + (f" {source} {shown}" if shown else "")
    if dated:
        title += f" ({dated[0]} – {dated[-1]})" if dated[0] != dated[-1] else f" ({dated[0]})"
    return title


def story_title(story: Story | None, articles: pd.DataFrame, lang: str = "en") -> str:
    """The pack's title, or without a pack :func:`corpus_title`."""
    return story.text("title", lang) if story is not None else corpus_title(articles, lang)
