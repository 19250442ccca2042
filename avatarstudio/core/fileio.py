"""Atomic file writes: temp file in the same folder, fsync, rename, fsync the folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

TEMP_PREFIX = ".tmp-avatarstudio-"


def atomic_write(path: str | os.PathLike, data: bytes, *, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` so that the file is always the old or the new complete version."""
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()
    folder = target.parent
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_orphan_temps(folder: str | os.PathLike) -> int:
    """Delete temp files left by a write that was killed; returns how many were removed."""
    removed = 0
    for entry in Path(folder).glob(TEMP_PREFIX + "*"):
        try:
            entry.unlink()
            removed += 1
        except OSError:
            pass
    return removed
