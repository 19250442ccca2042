"""House rules that a refactor could break silently. Which module may import which is checked by the
import-linter contracts in pyproject.toml (tools/lint.sh); this checks what importing really loads."""

import subprocess
import sys


def test_importing_core_loads_no_qt():
    code = (
        "import sys, avatarstudio.core.pack, avatarstudio.core.generate, avatarstudio.core.compose, "
        "avatarstudio.core.design, avatarstudio.core.presets; "
        "print([m for m in sys.modules if m.startswith('PySide6')])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_no_test_skips_because_of_our_own_code():
    """Skips may depend on the machine (exiftool, fork, SIGKILL), never on the project's own modules:
    no importorskip of avatarstudio, no skip in an `except Exception` around our calls."""
    import re
    from pathlib import Path

    own_import = re.compile(r"importorskip\(\s*[\"']avatarstudio")
    blanket = re.compile(r"except Exception[^\n]*:\s*\n\s*pytest\.skip\(")
    found = []
    for path in Path(__file__).resolve().parent.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name != "test_architecture.py" and (own_import.search(text) or blanket.search(text)):
            found.append(path.name)
    assert not found, found
