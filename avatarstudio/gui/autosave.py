"""Autosave and crash recovery.

Each session writes ``session-<id>.json`` (mode 0600, atomically) in the user data folder and holds
``session-<id>.lock`` (a QLockFile) while it runs. On start, an autosave whose lock is not held by a
live process belongs to a session that did not exit cleanly: the studio offers to restore it.
A clean exit removes both files. The user's own file is never written by autosave.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile

from ..core import design as design_io
from ..core.errors import DesignError
from ..core.fileio import atomic_write, remove_orphan_temps
from ..paths import user_data_dir

KIND = "avatarstudio-autosave"


def autosave_dir(base: Path | None = None) -> Path:
    return (base or user_data_dir()) / "autosave"


@dataclass
class Recovery:
    path: Path
    lock_path: Path
    design: design_io.Design
    original: str | None  # the file the user was editing, if any

    def discard(self) -> None:
        for p in (self.path, self.lock_path):
            try:
                p.unlink()
            except FileNotFoundError:
                pass


class Autosaver:
    def __init__(self, base: Path | None = None):
        self.folder = autosave_dir(base)
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.session = uuid.uuid4().hex[:16]
        self.path = self.folder / f"session-{self.session}.json"
        self.lock = QLockFile(str(self.folder / f"session-{self.session}.lock"))
        self.lock.setStaleLockTime(0)
        self.lock.tryLock(0)

    def save(self, design, original: Path | None) -> None:
        doc = {
            "format": KIND,
            "original": str(original) if original else None,
            "design": json.loads(design_io.dumps(design)),
        }
        atomic_write(self.path, json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"), mode=0o600)

    def clear(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass

    def close(self) -> None:
        """Clean exit: nothing to recover."""
        self.clear()
        self.lock.unlock()


def find_recoveries(base: Path | None = None, exclude: str | None = None) -> list[Recovery]:
    """Autosaves of sessions that are no longer running (their lock is free or stale)."""
    folder = autosave_dir(base)
    if not folder.is_dir():
        return []
    remove_orphan_temps(folder)
    found = []
    for path in sorted(folder.glob("session-*.json"), key=lambda p: p.stat().st_mtime, reverse=True):
        session = path.stem.removeprefix("session-")
        if session == exclude:
            continue
        lock_path = folder / f"session-{session}.lock"
        probe = QLockFile(str(lock_path))
        probe.setStaleLockTime(0)
        if not probe.tryLock(0):
            continue  # another studio is running with this autosave
        probe.unlock()
        try:
            data = json.loads(path.read_bytes())
            if not isinstance(data, dict) or data.get("format") != KIND:
                raise ValueError("not an autosave")
            design = design_io.from_dict(data.get("design"), file=path.name)
        except (OSError, ValueError, DesignError):
            continue
        original = data.get("original") if isinstance(data.get("original"), str) else None
        found.append(Recovery(path, lock_path, design, original))
    return found


def ensure_private(path: Path) -> None:
    os.chmod(path, 0o600)
