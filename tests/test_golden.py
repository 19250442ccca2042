"""Golden SVG files: the exact bytes of a few fixed designs, so any change to output shows in review.

When a change to the bytes is intended, regenerate on purpose and commit the new files with it:
`.venv/bin/python tools/golden.py`.
"""

import sys

import pytest
from support import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import golden


@pytest.mark.parametrize("name", [f"{case[0]}.svg" for case in golden.CASES])
def test_svg_bytes_match_the_golden_file(name):
    fresh = golden.render_all()[name]
    stored = (golden.GOLDEN / name).read_bytes()
    assert fresh == stored, f"tests/golden/{name} differs; if intended, run: .venv/bin/python tools/golden.py"


def test_no_stray_golden_files():
    assert {p.name for p in golden.GOLDEN.glob("*.svg")} == {f"{case[0]}.svg" for case in golden.CASES}
