"""Atomic file writes: temp file in the same folder, fsync, rename, fsync the folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

TEMP_PREFIX = ".tmp-avatarstudio-"


def atomic_write(
    path: str | os.PathLike[str], data: bytes, *, mode: int | None = None, durable: bool = True
) -> None:
    """Write ``data`` to ``path`` so that the file is always the old or the new complete version.

    Temp file in the same folder (created 0600), every byte written, fsync, rename over the target,
    fsync the folder. A symlinked target is followed (like QSaveFile), so the link stays a link.
    Without ``mode`` an existing file keeps its permissions and a new file is 0600 (private by default).
    On any error the temp file is removed and the old file is untouched.

    ``durable=False`` skips both fsyncs: the write is still atomic if the process dies (the rename
    is), but not across a power cut until the caller syncs. Batch export uses it per file and syncs
    once at the end, because thousands of fsyncs from parallel workers serialise on the disk.
    """
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()
    if target.is_dir():
        raise IsADirectoryError(f"{target} is a folder")
    if mode is None:
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = None
    folder = target.parent
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            view = memoryview(data)
            while view:  # a short write must never go unnoticed
                written = handle.write(view)
                view = view[written:]
            handle.flush()
            if durable:
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
    if durable:
        fsync_dir(folder)


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (best effort where the OS cannot fsync folders)."""
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


def remove_orphan_temps(folder: str | os.PathLike[str]) -> int:
    """Delete temp files left by a write that was killed; returns how many were removed."""
    removed = 0
    for entry in Path(folder).glob(TEMP_PREFIX + "*"):
        try:
            entry.unlink()
            removed += 1
        except OSError:
            pass
    return removed
