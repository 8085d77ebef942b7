"""Story packs: what newsframe knows of one story, read from ``data/stories/<slug>/``.

A pack is a folder with a ``story.yaml`` (title and question in English and Indonesian, the
sides with their actor types and names, the units its charts and lineage use, transfer
directions, conversions between units, the cues that recognise the story in a text) and,
optionally, the reference statements it names (``official_statements.csv``). The code knows
no story: every title, side and unit a report shows for a story comes from its pack, and a
corpus that matches no pack gets the generic reports. data/stories/README.md says how to
write one.

Which pack a corpus uses is decided once per build (:func:`decide_story`), from the ``story``
parameter: ``auto`` (default) picks the pack whose cues the whole corpus matches — a corpus
folder that carries its own ``story.yaml`` uses that one —, a slug names a pack in
data/stories/, a folder is a pack anywhere, ``none`` uses no pack. ``newsframe annotate``
records the decision in ``tables.json`` and keeps the pack beside the tables; notebooks and
reports read it from there (:func:`story_of_tables`).

>>> import pandas as pd
>>> texts = pd.DataFrame({"article_id": ["a", "b"], "title": ["", ""],
...     "body": ["Korea Utara mengirim amunisi ke Rusia.", "Harga cabai naik."]})
>>> choice = decide_story("auto", texts)
>>> choice.slug, choice.reason
('korea-russia-arms', 'auto: matched 1 of 2 articles (cues: amunisi, Korea Utara, Rusia)')
>>> decide_story("none", texts).reason
'story = none: no story pack'
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
LANGS = lexicons.languages()  # a story text may be given in each


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


def count_cues(stories: list[Story], texts: pd.DataFrame) -> dict[str, dict]:
    """Per pack slug, how many of the articles (``title`` + ``body``) carry at least its
    ``min_cues`` distinct cues, out of how many, and how often each cue was found: counts
    that add up over parts of a corpus (:func:`add_cue_counts`), so a partitioned engine
    matches the whole corpus without holding its texts.

    >>> texts = pd.DataFrame({"title": ["Banjir"], "body": ["Korea Utara kirim amunisi ke Rusia."]})
    >>> count_cues([load_story(paths.STORIES / "korea-russia-arms")], texts)[
    ...     "korea-russia-arms"]["n_matched"]
    1
    """
    def column(name: str) -> list[str]:
        if name not in texts.columns:
            return [""] * len(texts)
        return [v if isinstance(v, str) else "" for v in texts[name].tolist()]

    documents = [f"{title}\n{body}" for title, body in zip(column("title"), column("body"),
                                                           strict=True)]
    counts = {}
    for story in stories:
        pattern = lexicons.cue_pattern(story.cues)
        matched, found = 0, {}
        for document in documents:
            cues = {" ".join(m.group(0).lower().split()) for m in pattern.finditer(document)}
            if len(cues) >= story.min_cues:
                matched += 1
                for cue in cues:
                    found[cue] = found.get(cue, 0) + 1
        counts[story.slug] = {"n_matched": matched, "n_articles": len(documents), "cues": found}
    return counts


def add_cue_counts(parts) -> dict[str, dict]:
    """The sum of several :func:`count_cues` results (parts of one corpus).

    >>> add_cue_counts([{"a": {"n_matched": 1, "n_articles": 2, "cues": {"x": 1}}},
    ...                 {"a": {"n_matched": 0, "n_articles": 3, "cues": {}}}])
    {'a': {'n_matched': 1, 'n_articles': 5, 'cues': {'x': 1}}}
    """
    total: dict[str, dict] = {}
    for part in parts:
        for slug, count in part.items():
            into = total.setdefault(slug, {"n_matched": 0, "n_articles": 0, "cues": {}})
            into["n_matched"] += count["n_matched"]
            into["n_articles"] += count["n_articles"]
            for cue, n in count["cues"].items():
                into["cues"][cue] = into["cues"].get(cue, 0) + n
    return total


def story_matches(stories: list[Story], texts: pd.DataFrame | None = None,
                  counts: dict | None = None) -> pd.DataFrame:
    """Per pack, how many articles match it: ``slug, n_matched, n_articles, share,
    min_share, cues`` (the cues found, most frequent first), best match first; from
    ``texts`` or from ``counts`` already made by :func:`count_cues`.

    >>> texts = pd.DataFrame({"title": ["Banjir"], "body": ["Banjir bandang, BNPB mencatat."]})
    >>> story_matches([load_story(paths.STORIES / "korea-russia-arms")], texts)[
    ...     ["slug", "n_matched"]].values.tolist()
    [['korea-russia-arms', 0]]
    """
    counts = count_cues(stories, texts) if counts is None else counts
    rows = []
    for story in stories:
        count = counts.get(story.slug, {"n_matched": 0, "n_articles": 0, "cues": {}})
        canonical = {" ".join(c.lower().split()): c for c in story.cues}
        ranked = sorted(count["cues"], key=lambda c: (-count["cues"][c], c))
        n = count["n_articles"]
        rows.append({"slug": story.slug, "n_matched": count["n_matched"], "n_articles": n,
                     "share": count["n_matched"] / n if n else 0.0,
                     "min_share": story.min_share,
                     "cues": ", ".join(canonical.get(c, c) for c in ranked[:5])})
    table = pd.DataFrame(rows, columns=["slug", "n_matched", "n_articles", "share",
                                        "min_share", "cues"])
    return table.sort_values(["n_matched", "slug"], ascending=[False, True],
                             kind="stable").reset_index(drop=True)


def corpus_pack(corpus_dirs) -> Path | None:
    """The first of ``corpus_dirs`` that is a folder carrying its own ``story.yaml``."""
    for corpus in corpus_dirs or ():
        folder = paths.resolve_path(corpus)
        if folder.is_dir() and (folder / STORY_FILE).is_file():
            return folder
    return None


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


@dataclass(frozen=True)
class StoryChoice:
    """The story decided for a corpus, once per build: the ``story`` pack (None: no pack),
    how it was decided (``source``: ``parameter``, ``corpus`` — the folder's own
    ``story.yaml`` —, ``auto`` — the cues of the whole corpus — or ``none``) and ``reason``
    in words (``auto: matched 5 of 5 articles (cues: …)``)."""

    story: Story | None
    source: str
    reason: str

    @property
    def slug(self) -> str:
        return self.story.slug if self.story is not None else ""

    def record(self) -> dict:
        """What ``tables.json`` keeps of the decision (the pack's files are kept beside it)."""
        return {"slug": self.slug, "source": self.source, "reason": self.reason,
                "fingerprint": pack_fingerprint(self.story)}


def pack_fingerprint(story: Story | None) -> str:
    """A hash of a pack's ``story.yaml`` and statements file ("" without a pack): which
    version of a pack a build used."""
    import hashlib

    if story is None:
        return ""
    digest = hashlib.sha256()
    for file in (story.folder / STORY_FILE, story.statements_path):
        if file is not None and file.is_file():
            digest.update(file.name.encode() + b"\x00" + file.read_bytes())
    return digest.hexdigest()[:16]


def story_candidates(story: str = "auto", corpus_dirs=()) -> tuple[StoryChoice | None, list]:
    """The first half of a decision: a choice that needs no texts (a slug or folder given,
    ``none``), else the packs whose cues the corpus must be matched against (its folder's own
    pack alone, or every pack of data/stories)."""
    value = check_story(story)
    if value == "none":
        return StoryChoice(None, "none", "story = none: no story pack"), []
    if value != "auto":
        folder = paths.STORIES / value if value in available_stories() else \
            paths.resolve_path(value)
        return StoryChoice(load_story(folder), "parameter", f"story = {value}"), []
    own = corpus_pack(corpus_dirs)
    if own is not None:
        return None, [load_story(own)]
    return None, [load_story(paths.STORIES / slug) for slug in available_stories()]


def pick_story(packs: list[Story], counts: dict, own: bool = False) -> StoryChoice:
    """The second half: the pack the whole corpus's cue ``counts`` choose among ``packs``
    (``own``: the one pack is the corpus folder's own, taken whatever the counts say)."""
    matches = story_matches(packs, counts=counts) if packs else None
    if own:
        best = matches.iloc[0]
        found = f", matched {best['n_matched']} of {best['n_articles']} articles" \
            if best["n_articles"] else ""
        return StoryChoice(packs[0], "corpus",
                           f"auto: the corpus folder carries its own {STORY_FILE}{found}")
    if matches is None or not matches["n_articles"].max():
        return StoryChoice(None, "auto", "auto: no articles or no story packs to match")
    best = matches.iloc[0]
    if best["n_matched"] and best["share"] >= best["min_share"]:
        chosen = next(p for p in packs if p.slug == best["slug"])
        return StoryChoice(chosen, "auto", f"auto: matched {best['n_matched']} of "
                           f"{best['n_articles']} articles (cues: {best['cues']})")
    if not best["n_matched"]:
        return StoryChoice(None, "auto", f"auto: no story pack matches (no article carries "
                           f"the cues of any of the {len(packs)} packs)")
    return StoryChoice(None, "auto", f"auto: no story pack matches (best: {best['slug']}, "
                       f"{best['n_matched']} of {best['n_articles']} articles)")


def decide_story(story: str = "auto", texts: pd.DataFrame | None = None,
                 corpus_dirs=()) -> StoryChoice:
    """The story pack for a corpus held in memory, decided once: the ``story`` parameter
    (``auto``, ``none``, a slug of data/stories/ or a folder holding a ``story.yaml``);
    ``auto`` takes the ``story.yaml`` a corpus folder (``corpus_dirs``) carries, else the
    pack whose cues at least its ``min_share`` of the articles in ``texts`` (``title``,
    ``body``) carry, the most matched first; else none. The engines make the same decision
    over a partitioned corpus with :func:`story_candidates`, :func:`count_cues` and
    :func:`pick_story`.

    >>> texts = pd.DataFrame({"article_id": ["a", "b"], "title": ["", ""],
    ...     "body": ["Korea Utara mengirim amunisi ke Rusia.", "Harga cabai naik."]})
    >>> choice = decide_story("auto", texts)
    >>> choice.slug, choice.source
    ('korea-russia-arms', 'auto')
    >>> choice.reason
    'auto: matched 1 of 2 articles (cues: amunisi, Korea Utara, Rusia)'
    >>> decide_story("none", texts).story is None
    True
    """
    choice, packs = story_candidates(story, corpus_dirs)
    if choice is not None:
        return choice
    empty = pd.DataFrame({"title": [], "body": []})
    return pick_story(packs, count_cues(packs, texts if texts is not None else empty),
                      own=corpus_pack(corpus_dirs) is not None)


STORY_COPY = "story"  # the folder of a tables folder that keeps the pack its build used


def keep_story(choice: StoryChoice, folder: Path) -> None:
    """Copy the decided pack's ``story.yaml`` and statements into ``folder/story/``, so that
    tables carry the story they were annotated with and a report reads nothing outside the
    tables folder it is given (a folder ``tables.json`` only names is never read). The files
    are read as the pack's own are: regular files inside its folder, within bounds."""
    from .bounded import MAX_TABLE_BYTES, MAX_YAML_BYTES, read_inside

    pack = choice.story
    if pack is None:
        return
    files = {STORY_FILE: read_inside(pack.folder / STORY_FILE, pack.folder, MAX_YAML_BYTES)}
    if pack.statements_path is not None:
        files[pack.statements_file] = read_inside(pack.statements_path, pack.folder,
                                                  MAX_TABLE_BYTES)
    target = Path(folder) / STORY_COPY
    target.mkdir(parents=True, exist_ok=True)
    for name, raw in files.items():
        (target / name).write_bytes(raw)


def recorded_story(info: dict, folder: Path) -> StoryChoice:
    """The decision a tables folder records: ``tables.json``'s ``story`` (``info``) and the
    pack kept in ``folder/story/``; StoryError naming the file when it cannot be read."""
    import dataclasses

    recorded = info.get("story")
    if not isinstance(recorded, dict):
        raise StoryError(f"story pack {Path(folder) / 'tables.json'}: 'story' records no "
                         "decision (written by an older newsframe); run `newsframe annotate` "
                         "again")
    slug, source = str(recorded.get("slug") or ""), str(recorded.get("source") or "")
    reason = str(recorded.get("reason") or "")
    if not slug:
        return StoryChoice(None, source, reason)
    pack = dataclasses.replace(load_story(Path(folder) / STORY_COPY), slug=slug)
    return StoryChoice(pack, source, reason)


def story_for(decided: StoryChoice, story: str = "auto") -> StoryChoice:
    """The story a notebook or report uses for tables whose build ``decided`` one: that
    decision when ``story`` is ``auto`` or names the same pack; another ``story`` is
    decided once more, and its reason says that the tables' claim directions followed the
    build's pack.

    >>> built = StoryChoice(None, "auto", "auto: no story pack matches")
    >>> story_for(built).reason
    'auto: no story pack matches'
    >>> print(story_for(built, "korea-russia-arms").reason)  # doctest: +NORMALIZE_WHITESPACE
    story = korea-russia-arms (the tables were annotated without a story pack: claims'
    directions follow that decision)
    """
    value = check_story(story)
    if value == "auto" or value == (decided.slug or "none"):
        return decided
    choice, _ = story_candidates(value)
    kept = f"the tables were annotated with {decided.slug}" if decided.slug else \
        "the tables were annotated without a story pack"
    return StoryChoice(choice.story, choice.source,
                       f"{choice.reason} ({kept}: claims' directions follow that decision)")


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


STATEMENT_HEADER = ("statement_date,claimant,claimant_type,relayed_by,value,value_high,unit,item,"
                    "caliber_mm,qualifier,period_start,period_end,direction,note,source_url")
STATEMENT_HELP = """# Official statements of the story `{slug}`

`official_statements.csv` lists what officials said, one row per figure, with where it was
published. The reports compare the articles' figures with these rows (lineage, escalation).
Add at least three before you rebuild. The columns:

| column | meaning |
|---|---|
| statement_date | when it was said, YYYY-MM-DD |
| claimant | who said it (a person with their office, or an institution) |
| claimant_type | their actor type (data/lexicons/actors.csv `type`, e.g. id_government) |
| relayed_by | the medium it was first reported through, if any |
| value, value_high | the figure; value_high for a range ("between 40 and 50") |
| unit | what is counted, in the claims' unit vocabulary (data/lexicons/units.csv) |
| item | what exactly (`meninggal`, `beras impor` …) |
| caliber_mm | for shells only |
| qualifier | exact, about, more_than, at_least, at_most, up_to or vague |
| period_start, period_end | the period the figure covers, if it says |
| direction | a transfer direction of the pack (`KP->RU`), if any |
| note | caveats, in a few words |
| source_url | where the statement can be read |
"""


def _flow(value) -> str:
    """A YAML flow value of data (JSON is YAML: every text quoted and escaped)."""
    import json

    return json.dumps(value, ensure_ascii=False)


def story_yaml(draft: dict) -> str:
    """The ``story.yaml`` text of a drafted pack (:func:`newsframe.analyse.drafts.draft_story`):
    every value quoted, comments saying what to check; :func:`load_story` reads it back.

    >>> text = story_yaml({"slug": "x", "title": {"en": "EDIT: A", "id": "EDIT: A"},
    ...     "question": {"en": "EDIT: Q?", "id": "EDIT: Q?"}, "sides": [], "units": [],
    ...     "actors": [], "cues": ["Cianjur", "gempa"], "n_articles": 4})
    >>> "cues:" in text and '"Cianjur"' in text
    True
    """
    lines = [
        f"# Story pack DRAFTED by `newsframe story init` from {draft['n_articles']} articles.",
        "# Check every value, edit those marked EDIT (title, question, the sides' roles), add",
        "# official statements (official_statements.csv, README.md), then rebuild the reports.",
        "# The fields are described in data/stories/README.md.",
        "",
        f"slug: {_flow(draft['slug'])}",
        "",
        "title:  # EDIT: a short display title, in English and Indonesian",
        f"  en: {_flow(draft['title']['en'])}",
        f"  id: {_flow(draft['title']['id'])}",
        "",
        "question:  # EDIT: the question the reports answer for this story",
        f"  en: {_flow(draft['question']['en'])}",
        f"  id: {_flow(draft['question']['id'])}",
        "",
        "# who stands where: the source types the articles quote most. EDIT each role: accused",
        "# (whose denial is the accused side's denial), accusing, or other",
        "sides:" if draft["sides"] else "sides: []",
    ]
    for side in draft["sides"]:
        lines += [f"  - side: {_flow(side['side'])}",
                  f"    role: {side['role']}",
                  f"    source_types: {_flow(side['source_types'])}",
                  f"    actors: {_flow(side['actors'])}"]
    lines += ["", "# the units the articles count most (claims `unit`), with what they count",
              "units:" if draft["units"] else "units: []"]
    for unit in draft["units"]:
        lines += [f"  - unit: {_flow(unit['unit'])}", f"    items: {_flow(unit['items'])}"]
    lines += ["", "# the sources quoted most by name (for an actors lexicon; type as read)",
              "actors:" if draft["actors"] else "actors: []"]
    lines += [f"  - {_flow(actor)}" for actor in draft["actors"]]
    lines += ["", "statements: official_statements.csv  # add the official figures there", "",
              "match:  # `story: auto` picks this pack when min_share of a corpus's articles",
              "  min_cues: 2  # carry at least min_cues distinct cues", "  min_share: 0.5", "",
              "# the words found in the most articles of the corpus: EDIT to keep the ones that",
              "# name the story (places, people, what is counted)", "cues:"]
    lines += [f"  - {_flow(cue)}" for cue in draft["cues"]]
    return "\n".join(lines) + "\n"
