"""House rules that a refactor could break silently: where Qt may enter, what the CLI may import."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "avatarstudio"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module if node.level == 0 else "." * node.level + node.module)
    return names


def test_core_never_imports_qt_or_render():
    for path in (PACKAGE / "core").rglob("*.py"):
        for name in imported_modules(path):
            assert not name.startswith("PySide6"), f"{path.name} imports {name}"
            assert not name.lstrip(".").startswith("render") and "gui" not in name, (
                f"{path.name} imports {name}"
            )


def test_cli_never_imports_gui_at_module_level():
    tree = ast.parse((PACKAGE / "cli.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            module = getattr(node, "module", None) or ""
            assert "gui" not in module and "PySide6" not in module


def test_importing_core_loads_no_qt():
    code = (
        "import sys, avatarstudio.core.pack, avatarstudio.core.generate, avatarstudio.core.compose, "
        "avatarstudio.core.design, avatarstudio.core.presets; "
        "print([m for m in sys.modules if m.startswith('PySide6')])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
