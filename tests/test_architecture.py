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
