"""Every project path, derived from the project root in one place.

>>> (ROOT / "pyproject.toml").exists()
True
"""

import os
from pathlib import Path

ROOT = Path(os.environ.get("NEWSFRAME_ROOT") or Path(__file__).resolve().parents[2])
DATA = ROOT / "data"
LEXICONS = DATA / "lexicons"
STORIES = DATA / "stories"
LOCALE = DATA / "locale"  # gettext catalogs: LOCALE/<lang>/LC_MESSAGES/<domain>.po
SEEDS = ROOT / "seeds"
NOTEBOOKS = ROOT / "notebooks"
REPORTS = ROOT / "reports"


def resolve_path(path: str | os.PathLike) -> Path:
    """Resolve a user-given path: absolute, else relative to the working directory if it
    exists there, else relative to the project root (so ``"seeds"`` works from notebooks/).

    >>> resolve_path("seeds") == SEEDS or resolve_path("seeds").exists()
    True
    """
    candidate = Path(path).expanduser()
    if candidate.is_absolute() or candidate.exists():
        return candidate
    rooted = ROOT / candidate
    return rooted if rooted.exists() else candidate
