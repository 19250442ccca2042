"""Regenerate the golden SVG files in tests/golden/ on purpose, after a deliberate change to output bytes.

    .venv/bin/python tools/golden.py          rewrite the files (review the diff, commit it with the change)
    .venv/bin/python tools/golden.py --check  exit 1 if any file differs (what tests/test_golden.py asserts)

The designs are fixed seeds on the test pack (tests/fixtures/mini_pack), which changes only when the
pack format or the composer does; art changes in assets/ never touch these files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
MINI_PACK = ROOT / "tests" / "fixtures" / "mini_pack"
# (file stem, seed, expression or None for the design's own, size)
CASES = (
    ("mini-sakura", "sakura", None, 512),
    ("mini-seed-1", "1", None, 512),
    ("mini-kaede-wink", "kaede", "wink", 256),
)


def render_all() -> dict[str, bytes]:
    from dataclasses import replace

    from avatarstudio.core.generate import generate
    from avatarstudio.core.pack import load_pack
    from avatarstudio.export.avatar import export_svg

    pack = load_pack(MINI_PACK)
    out = {}
    for stem, seed, expression, size in CASES:
        design = generate(pack, seed)
        if expression is not None:
            design = replace(design, expression=expression)
        out[f"{stem}.svg"] = export_svg(pack, design, size=size)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 on any difference")
    args = parser.parse_args(argv)
    fresh = render_all()
    differ = (
        [name for name, data in fresh.items() if (GOLDEN / name).read_bytes() != data] if args.check else []
    )
    if args.check:
        for name in differ:
            print(f"golden: tests/golden/{name} differs from what the code makes now")
        return 1 if differ else 0
    GOLDEN.mkdir(exist_ok=True)
    for stale in set(p.name for p in GOLDEN.glob("*.svg")) - set(fresh):
        (GOLDEN / stale).unlink()
    for name, data in fresh.items():
        (GOLDEN / name).write_bytes(data)
        print(f"golden: wrote tests/golden/{name} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
