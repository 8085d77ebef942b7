"""Inputs within bounds: YAML without aliases, tags or deep nesting; JSON depth without
recursion; files read only inside their folder; Parquet parts measured before they are read."""

import json
import os
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsframe import bounded

from .hostile_corpus import ALIAS_BOMB


@pytest.mark.parametrize(("text", "message"), [
    (ALIAS_BOMB, r"an anchor or alias \(&x / \*x\) is not allowed \(line 1\)"),
    ("title: !!python/object/apply:os.system [ls]\n", r"a tag \(!!x\) is not allowed"),
    ("x: " + "[" * 50 + "]" * 50 + "\n", "nested deeper than 20 levels"),
    ("x: " + "9" * 5000 + "\n", r"a value cannot be read \(Exceeds the limit"),
    ("x: [1, 2\n", "not valid YAML"),
    ("x: " + "a" * (bounded.MAX_YAML_BYTES + 1), "larger than 1,048,576 bytes"),
])
def test_yaml_beyond_its_bounds_is_one_error_naming_the_file(text, message):
    with pytest.raises(bounded.BoundError, match=r"^story.yaml: " + message):
        bounded.load_yaml(text, "story.yaml")


def test_the_alias_bomb_is_refused_before_it_grows():
    probe = ("import sys; sys.path[:0] = sys.argv[1:2]; "
             "from newsframe import bounded; from tests.hostile_corpus import ALIAS_BOMB\n"
             "try: bounded.load_yaml(ALIAS_BOMB, 'story.yaml')\n"
             "except bounded.BoundError: pass\n"
             "print(next(int(line.split()[1]) for line in open('/proc/self/status') "
             "if line.startswith('VmHWM')) // 1024)")
    root = os.path.dirname(os.path.dirname(__file__))
    done = subprocess.run([sys.executable, "-c", probe, root], capture_output=True, text=True,
                          check=True, cwd=root)
    # MB of this process alone (VmHWM, which execve resets, unlike ru_maxrss); PyYAML's own
    # loader grows past 7 GB on it
    assert int(done.stdout) < 200


def test_yaml_reads_as_yaml_1_2_core():
    assert bounded.load_yaml("a: yes\nb: 2024-01-02\nc: 1e3\nd: true\n", "s") == {
        "a": "yes", "b": "2024-01-02", "c": 1000.0, "d": True}


def test_json_depth_is_counted_without_recursion():
    deep = json.loads("[" * 900 + "]" * 900)
    assert bounded.json_depth(deep) == bounded.MAX_JSON_DEPTH + 1  # stops once too deep
    with pytest.raises(bounded.BoundError, match="x.json: nested deeper than 64 levels"):
        bounded.load_json("[" * 100_000 + "]" * 100_000, "x.json")
    assert bounded.load_json('{"a": [1]}', "x.json") == {"a": [1]}


def test_files_are_read_only_inside_their_folder(tmp_path):
    inside = tmp_path / "pack"
    inside.mkdir()
    (tmp_path / "secret.txt").write_text("rahasia")
    (inside / "story.yaml").symlink_to(tmp_path / "secret.txt")
    (inside / "ok.yaml").write_text("x: 1")
    (inside / "folder").mkdir()
    with pytest.raises(bounded.BoundError, match="outside the folder"):
        bounded.read_inside(inside / "story.yaml", inside, 100)
    with pytest.raises(bounded.BoundError, match="not a regular file"):
        bounded.read_inside(inside / "folder", inside, 100)
    with pytest.raises(bounded.BoundError, match="more than the 2 bytes"):
        bounded.read_inside(inside / "ok.yaml", inside, 2)
    assert bounded.read_inside(inside / "ok.yaml", inside, 100) == b"x: 1"


def test_a_parquet_part_is_measured_before_it_is_read(tmp_path):
    rows = 300_000
    bomb = pa.table({"sentence": pa.DictionaryArray.from_arrays(
        pa.array([0] * rows, pa.int32()), pa.array(["x" * 10_000]))})
    path = tmp_path / "part-00000.parquet"
    pq.write_table(bomb, path, compression="zstd", store_schema=False)
    assert path.stat().st_size < 50_000  # 3 GB of text in a few kilobytes
    with pytest.raises(bounded.BoundError, match="decodes to more than .* 'sentence'"):
        bounded.check_parquet_part(path)
    fine = tmp_path / "fine.parquet"
    pq.write_table(pa.table({"sentence": ["Kirby berkata."] * 1000, "n": list(range(1000))}),
                   fine)
    assert bounded.check_parquet_part(fine) == 1000


def test_a_report_builds_tables_mark_is_its_fingerprint(tmp_path, monkeypatch):
    monkeypatch.delenv(bounded.CHECKED_ENV, raising=False)
    (tmp_path / "tables.json").write_text("{}")
    assert not bounded.already_checked(tmp_path)
    with bounded.marked_checked(tmp_path):
        assert bounded.already_checked(tmp_path)
        (tmp_path / "tables.json").write_text('{"sources": ["/etc"]}')  # changed since
        assert not bounded.already_checked(tmp_path)
    assert bounded.CHECKED_ENV not in os.environ


def test_only_tables_marked_with_their_evidence_skip_the_evidence_check(tmp_path, monkeypatch):
    monkeypatch.delenv(bounded.EVIDENCE_ENV, raising=False)
    (tmp_path / "tables.json").write_text("{}")
    with bounded.marked_checked(tmp_path, evidence=True):
        assert bounded.evidence_guarded(tmp_path) and bounded.already_checked(tmp_path)
        with bounded.marked_checked(tmp_path):  # checked whole, evidence not guarded
            assert bounded.already_checked(tmp_path) and not bounded.evidence_guarded(tmp_path)
        assert bounded.evidence_guarded(tmp_path)
        (tmp_path / "tables.json").write_text('{"rows": {}}')  # changed since
        assert not bounded.evidence_guarded(tmp_path)
    assert bounded.EVIDENCE_ENV not in os.environ
