"""The seeds are byte-identical copies, verified against seeds/SHA256SUMS."""

import hashlib

from newsframe import paths


def test_seed_checksums_match():
    lines = (paths.SEEDS / "SHA256SUMS").read_text().splitlines()
    expected = dict(reversed(line.split(maxsplit=1)) for line in lines)
    assert len(expected) == 5
    for name, digest in expected.items():
        assert hashlib.sha256((paths.SEEDS / name).read_bytes()).hexdigest() == digest, name


def test_seed_folder_holds_only_the_five_articles_and_checksums():
    names = sorted(p.name for p in paths.SEEDS.iterdir())
    assert names[-1] == "SHA256SUMS"
    assert [n for n in names if n.endswith(".txt")] == [
        "000_aa34f2be23785672.txt", "001_8995e815094ec626.txt", "002_070c2e44d61fb293.txt",
        "003_393e8c43df52946a.txt", "004_dff8b1113d9c9566.txt",
    ]
