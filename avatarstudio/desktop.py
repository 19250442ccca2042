"""Linux desktop integration: put the studio in the applications menu, with its icon, like any app.

The package ships the files in the freedesktop layout (avatarstudio/share/: applications/<id>.desktop,
icons/hicolor/<size>/apps/<id>.png and scalable/, mime/packages/<id>.xml for *.avatar.json), in the
wheel and in the PyInstaller bundle alike. `avatarstudio desktop-install` copies them into the user's
XDG data folder (~/.local/share by default), with Exec= pointing at the studio executable next to the
running one, so it works for a pipx/pip install and for the bundle. Pure Python, no Qt, no network.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .core.fileio import atomic_write
from .paths import package_data

APP_ID = "io.github.avatarstudio.studio"
STUDIO = "avatarstudio-studio"


@dataclass(frozen=True)
class Installed:
    files: tuple[Path, ...]
    exec_path: str


def share_dir() -> Path:
    return package_data("share")


def xdg_data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def studio_executable() -> str:
    """The studio program beside the running one (venv bin/, pipx, or the bundle's folder)."""
    here = Path(sys.argv[0] if getattr(sys, "frozen", False) else sys.executable).resolve().parent
    for folder in (here, Path(sys.executable).parent):
        candidate = folder / STUDIO
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which(STUDIO)
    return found or STUDIO


def _files() -> list[tuple[Path, Path]]:
    """(source in the package, path relative to the XDG data folder) for every shipped file."""
    share = share_dir()
    return [(p, p.relative_to(share)) for p in sorted(share.rglob("*")) if p.is_file()]


def _desktop_entry(text: str, exec_path: str) -> str:
    quoted = (
        '"' + exec_path.replace("\\", "\\\\").replace('"', '\\"') + '"' if " " in exec_path else exec_path
    )
    lines = []
    for line in text.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={quoted} %f"
        elif line.startswith("TryExec="):
            line = f"TryExec={exec_path}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(data_home: Path | None = None, *, exec_path: str | None = None) -> Installed:
    """Copy the desktop entry, icons and MIME type into `data_home` (default: $XDG_DATA_HOME)."""
    target = data_home or xdg_data_home()
    exec_path = exec_path or studio_executable()
    written = []
    for source, rel in _files():
        data = source.read_bytes()
        if rel.suffix == ".desktop":
            data = _desktop_entry(data.decode("utf-8"), exec_path).encode("utf-8")
        dest = target / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(dest, data, mode=0o644, durable=False)
        written.append(dest)
    _refresh(target)
    return Installed(tuple(written), exec_path)


def uninstall(data_home: Path | None = None) -> list[Path]:
    """Remove what install() wrote; returns the files removed."""
    target = data_home or xdg_data_home()
    removed = []
    for _, rel in _files():
        path = target / rel
        if path.is_file():
            path.unlink()
            removed.append(path)
    _refresh(target)
    return removed


def _refresh(target: Path) -> None:
    """Tell the desktop about the change when its tools are there (all optional, all local)."""
    for tool, args in (
        ("update-desktop-database", [str(target / "applications")]),
        ("update-mime-database", [str(target / "mime")]),
        ("gtk-update-icon-cache", ["-q", "-t", str(target / "icons" / "hicolor")]),
    ):
        if shutil.which(tool) and Path(args[-1]).is_dir():
            subprocess.run([tool, *args], check=False, capture_output=True, timeout=60)
