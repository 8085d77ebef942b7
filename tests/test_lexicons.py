"""Every lexicon under data/lexicons loads and is well formed (generic over all files, so
lexicons added later are covered), plus the controlled vocabularies of the framing lexicons."""

import csv
import re

import pytest

from newsframe import lexicons, paths
from newsframe.annotate import framing, sources

LEXICON_FILES = sorted(paths.LEXICONS.glob("*.csv"))
NAMES = [path.stem for path in LEXICON_FILES]
KEY_COLUMNS_UNIQUE_ALONE = {"cue", "verb", "canonical", "key", "source_type"}
# lexicons read by role, where one word may play two roles (claim_cues: *dari* opens the origin
# of a transfer and the quantity before a change; *bisa* is an empty item and an auxiliary)
UNIQUE_PER_ROLE = {"claim_cues"}
SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")


def test_there_are_lexicons():
    assert {"attribution_verbs", "frames", "hedges", "normative", "headline_cues",
            "actors"} <= set(NAMES)


@pytest.mark.parametrize("path", LEXICON_FILES, ids=NAMES)
def test_rectangular_utf8_csv_with_header(path):
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    assert header and all(SNAKE.match(name) for name in header), header
    assert len(set(header)) == len(header)
    widths = {len(row) for row in rows[1:] if row}
    assert widths == {len(header)}, f"{path.name}: rows with {widths} fields, header {len(header)}"
    assert len(rows) > 1


@pytest.mark.parametrize("name", NAMES)
def test_keys_present_and_unique(name):
    table = lexicons.load(name)
    key = table.columns[0]
    assert (table[key] != "").all(), f"{name}: empty {key}"
    assert not table.duplicated().any(), f"{name}: duplicate rows"
    folded = table[key].str.lower().str.split().str.join(" ")
    if key in KEY_COLUMNS_UNIQUE_ALONE and name not in UNIQUE_PER_ROLE:
        duplicated = table.loc[folded.duplicated(keep=False), key].tolist()
    else:  # a word may have two senses told apart by the second column (kemarin: day/direction)
        pair = folded + "\x00" + table[table.columns[1]].str.lower()
        duplicated = table.loc[pair.duplicated(keep=False), key].tolist()
    assert not duplicated, f"{name}: duplicate {key}: {duplicated}"


@pytest.mark.parametrize("name", NAMES)
def test_gloss_filled_where_present(name):
    table = lexicons.load(name)
    if "gloss" in table.columns:
        empty = table.loc[table["gloss"] == "", table.columns[0]].tolist()
        assert not empty, f"{name}: rows without an English gloss: {empty}"


@pytest.mark.parametrize("name", NAMES)
def test_category_columns_are_identifiers(name):
    table = lexicons.load(name)
    for column in ("kind", "type", "verb_class", "category", "cue_type", "side"):
        if column in table.columns:
            values = set(table[column]) - {""}
            bad = sorted(v for v in values if not SNAKE.match(v))
            assert not bad, f"{name}.{column}: {bad}"


@pytest.mark.parametrize(("name", "column", "allowed"), [
    ("attribution_verbs", "verb_class", sources.VERB_CLASSES),
    ("frames", "frame", framing.FRAMES),
    ("hedges", "label", framing.HEDGE_LABELS),
    ("normative", "label", framing.NORMATIVE_LABELS),
    ("normative", "cue_type", framing.NORMATIVE_CUE_TYPES),
    ("headline_cues", "label", framing.HEADLINE_LABELS),
    ("units", "kind", ("count", "measure", "currency", "ratio", "classifier", "state", "none")),
    ("units", "position", ("after", "before", "both", "glued")),
    ("actors", "kind", ("person", "organisation", "state", "group")),
])
def test_controlled_vocabularies(name, column, allowed):
    values = lexicons.load(name)[column]
    assert (values != "").all()
    assert set(values) <= set(allowed), set(values) - set(allowed)


def test_every_frame_has_cues():
    assert set(lexicons.load("frames")["frame"]) == set(framing.FRAMES)


def test_story_pack_sides_name_actor_types():
    from newsframe.stories import load_story

    pack = load_story(paths.STORIES / "korea-russia-arms")
    types = {t for side in pack.sides for t in side["source_types"]}
    assert types <= set(lexicons.load("actors")["type"])


def test_actor_aliases_are_not_shared():
    seen = {}
    for row in lexicons.load("actors").itertuples():
        for alias in lexicons.split_aliases(row.aliases):
            assert seen.setdefault(alias, row.canonical) == row.canonical, alias


@pytest.mark.parametrize("name", ["frames", "hedges", "normative", "headline_cues",
                                  "attribution_verbs"])
def test_cues_compile_and_match_themselves(name):
    table = lexicons.load(name)
    for cue in table[table.columns[0]]:
        assert lexicons.cue_pattern([cue]).fullmatch(cue.rstrip("*")), cue
