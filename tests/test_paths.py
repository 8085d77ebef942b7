"""Paths derive from the project root; user paths resolve from cwd or the root."""

import os

from newsframe import paths


def test_layout_paths_exist():
    for folder in (paths.DATA, paths.LEXICONS, paths.STORIES, paths.SEEDS, paths.NOTEBOOKS):
        assert folder.is_dir(), folder


def test_resolve_path_from_elsewhere(tmp_path):
    here = os.getcwd()
    try:
        os.chdir(tmp_path)
        assert paths.resolve_path("seeds") == paths.SEEDS
        (tmp_path / "seeds").mkdir()
        assert paths.resolve_path("seeds").resolve() == (tmp_path / "seeds").resolve()
    finally:
        os.chdir(here)
    assert paths.resolve_path("/nonexistent/x").as_posix() == "/nonexistent/x"
