"""Are two report builds' pages the same? Every executed notebook's text and table outputs
(as ``newsframe.publish.reports.table_outputs`` masks them) and its images, cell by cell,
of two ``newsframe report --out`` folders — for builds over tables too large for a test
(e.g. this revision and an earlier one over the same 50,000-article tables).

Usage::

    .venv/bin/python benchmarks/compare_reports.py BEFORE_OUT AFTER_OUT

Prints one line per notebook and exits 1 when any differs (the first differing output is
shown).
"""

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))

from newsframe.publish.reports import table_outputs  # noqa: E402


def images(executed: Path) -> list[list[str]]:
    """Per cell, the digests of the PNG images it displayed."""
    cells = json.loads(executed.read_text("utf-8"))["cells"]
    return [[hashlib.sha256(output["data"]["image/png"].encode()).hexdigest()[:12]
             for output in cell.get("outputs", []) if "image/png" in output.get("data", {})]
            for cell in cells]


def compare(before: Path, after: Path) -> list[str]:
    """One line per notebook of ``before``: same, or what differs first."""
    lines = []
    for old in sorted(before.glob("*.ipynb")):
        new = after / old.name
        if not new.is_file():
            lines.append(f"{old.name}: MISSING in {after}")
            continue
        one, two = table_outputs(old), table_outputs(new)
        shown = next((f"output {n}: {a[:150]!r} != {b[:150]!r}"
                      for n, (a, b) in enumerate(zip(one, two, strict=False)) if a != b),
                     f"{len(one)} outputs != {len(two)}" if len(one) != len(two) else "")
        pictures = "" if images(old) == images(new) else "images differ"
        count = sum(map(len, images(old)))
        lines.append(f"{old.name}: " + ("same" if not (shown or pictures) else
                                        f"DIFFERENT ({shown or pictures})")
                     + f" ({len(one)} outputs, {count} images)")
    return lines


def main(argv=None) -> int:
    before, after = (Path(a) for a in (argv or sys.argv[1:]))
    lines = compare(before, after)
    print("\n".join(lines))
    return 0 if lines and all(": same " in line for line in lines) else 1


if __name__ == "__main__":
    sys.exit(main())
