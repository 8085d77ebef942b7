"""Shared fixtures: the seed corpus loaded once per test session."""

import pytest

import newsframe as nf
from newsframe import paths

SEED_IDS = {
    "liputan6": "000_aa34f2be23785672",
    "kompastv": "001_8995e815094ec626",
    "tribunnews": "002_070c2e44d61fb293",
    "indonesiasatu": "003_393e8c43df52946a",
    "newslive": "004_dff8b1113d9c9566",
}


@pytest.fixture(scope="session")
def seed_articles():
    """The five seed articles as loaded by load_corpus (do not mutate)."""
    return nf.load_corpus(paths.SEEDS)


@pytest.fixture(scope="session")
def seed_story():
    """The seed story's pack (the story decision the seeds get: annotators take it as an
    argument and never choose one)."""
    return nf.stories.load_story(paths.STORIES / "korea-russia-arms")
