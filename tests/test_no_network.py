"""The app never touches the network (docs/security.md G3): no module opens a socket when imported, and no
module in the package imports a networking library.

Self-contained (no conftest fixtures): imports every module under ``avatarstudio`` with socket creation
refused, and greps the package source for networking imports.
"""

from __future__ import annotations

import ast
import importlib
import os
import pkgutil
import socket
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1] / "avatarstudio"
FORBIDDEN_MODULES = (
    "socket",
    "urllib",
    "http",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "telnetlib",
    "xmlrpc",
    "websocket",
    "websockets",
    "ssl",
    "asyncio.streams",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "urllib3",
    "poplib",
    "imaplib",
)
_EVENTS: list[tuple[str, tuple]] = []
_ARMED = [False]


_WATCHED = frozenset(
    (
        "socket.__new__",
        "socket.connect",
        "socket.bind",
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.sendto",
    )
)


# The hook outlives this module: at interpreter exit (a pytest-xdist worker shutting down) the module's
# globals are already None, so it reaches its state only through its default arguments.
def _hook(event: str, args: tuple, _armed: list = _ARMED, _events: list = _EVENTS, _watched=_WATCHED) -> None:
    if _armed[0] and event in _watched:
        _events.append((event, args))


sys.addaudithook(_hook)


def _gui_loadable() -> bool:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        import PySide6.QtWidgets  # noqa: F401
    except Exception:  # no display libraries, no Qt: GUI modules are skipped
        return False
    return True


def _modules() -> list[str]:
    sys.path.insert(0, str(PACKAGE_DIR.parent)) if str(PACKAGE_DIR.parent) not in sys.path else None
    names = ["avatarstudio"]
    for info in pkgutil.walk_packages([str(PACKAGE_DIR)], prefix="avatarstudio."):
        names.append(info.name)
    return sorted(names)


def test_importing_every_module_opens_no_socket(monkeypatch):
    gui = _gui_loadable()

    def refuse(*a, **k):
        raise AssertionError("socket created while importing avatarstudio")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    _EVENTS.clear()
    imported, skipped, failed = [], [], []
    _ARMED[0] = True
    try:
        for name in _modules():
            if name.startswith("avatarstudio.gui") and not gui:
                skipped.append(name)
                continue
            if name == "avatarstudio.__main__":
                skipped.append(name)  # runs the CLI on import
                continue
            try:
                importlib.import_module(name)
                imported.append(name)
            except AssertionError:
                raise
            except ImportError as exc:
                if name.startswith("avatarstudio.gui"):
                    skipped.append(name)
                else:
                    failed.append(f"{name}: {exc}")
    finally:
        _ARMED[0] = False
    assert _EVENTS == [], _EVENTS
    assert not failed, failed
    assert "avatarstudio.core.sanitize" in imported and "avatarstudio.core.packimport" in imported


def _imports(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", getattr(node.func, "attr", "")) in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.append((node.lineno, str(node.args[0].value)))
    return found


def test_no_networking_imports_in_the_source():
    offenders = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for line, module in _imports(ast.parse(source, filename=str(path))):
            if any(module == bad or module.startswith(bad + ".") for bad in FORBIDDEN_MODULES):
                offenders.append(f"{path.relative_to(PACKAGE_DIR.parent)}:{line}: imports {module}")
    assert offenders == []


def test_the_checker_would_catch_an_offender(tmp_path):
    tree = ast.parse(
        "import socket\nfrom urllib.request import urlopen\nimport http.client as h\n"
        "from PySide6 import QtNetwork\nimportlib.import_module('requests')\n"
    )
    modules = [m for _, m in _imports(tree)]
    for bad in ("socket", "urllib.request", "http.client", "PySide6.QtNetwork", "requests"):
        assert bad in modules
