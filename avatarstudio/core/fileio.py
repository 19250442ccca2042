"""Atomic file writes (temp file in the same folder, fsync, rename, fsync the folder) and safe reads."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
import time
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
    if str(folder) not in _SWEPT:  # once per folder and process: batch writes thousands of files
        _SWEPT.add(str(folder))
        remove_orphan_temps(folder)
    fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", dir=folder)
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


def staging_folder(folder: str | os.PathLike[str]) -> Path:
    """A new private folder inside ``folder`` (0700) where files are made before they are moved into place
    (:func:`move_into_place`): a rename within one file system. Named like a temp file, with this
    process's pid, so that the folder of a build that was killed is removed by :func:`remove_orphan_temps`."""
    return Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-{STAGE_MARK}", dir=folder))


def move_into_place(source: str | os.PathLike[str], path: str | os.PathLike[str]) -> None:
    """Move the finished file ``source`` (its bytes and mode as they are to be) over ``path`` in one
    rename, so that ``path`` is always the old or the new complete file, as :func:`atomic_write` writes
    it: a symlinked target is followed, and the target folder's orphan temp files are swept. Where the
    target is on another file system (a link to elsewhere), it is written with atomic_write. Not durable
    until the caller syncs (like ``durable=False``)."""
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()
    if target.is_dir():
        raise IsADirectoryError(f"{target} is a folder")
    folder = target.parent
    if str(folder) not in _SWEPT:
        _SWEPT.add(str(folder))
        remove_orphan_temps(folder)
    try:
        os.replace(source, target)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        data = Path(source).read_bytes()
        atomic_write(target, data, mode=os.stat(source).st_mode & 0o7777, durable=False)
        os.unlink(source)


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


_SWEPT: set[str] = set()
STAGE_MARK = "stage-"  # after the pid in a staging folder's name (staging_folder)
_STALE_SECONDS = 3600  # a temp file without a readable owner is an orphan once it is this old


def _orphan(entry: Path) -> bool:
    """Whether a temp file was left by a write that was killed (its process is gone), never a live one."""
    owner = entry.name[len(TEMP_PREFIX) :].split("-", 1)[0]
    if owner.isdigit():
        pid = int(owner)
        if pid == os.getpid():
            return False  # this process's own write, perhaps in another thread
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except (PermissionError, OSError, OverflowError):
            return False  # alive (another user's) or unknowable: leave it
        return False
    try:  # an older name without the owner's pid: judge by age
        return time.time() - entry.lstat().st_mtime > _STALE_SECONDS
    except OSError:
        return False


def remove_orphan_temps(folder: str | os.PathLike[str]) -> int:
    """Delete temp files and staging folders left in ``folder`` by writes that were killed; returns how
    many were removed.

    ``atomic_write`` calls it on its first write into a folder, so a kill -9 leaves nothing behind
    for long. A temp file or staging folder of a write still running (its process alive) is never touched.
    """
    removed = 0
    try:
        entries = list(Path(folder).glob(TEMP_PREFIX + "*"))
    except OSError:
        return 0
    for entry in entries:
        if not _orphan(entry):
            continue
        try:
            if entry.is_symlink() or entry.is_file():
                entry.unlink()
                removed += 1
            elif entry.is_dir() and entry.name[len(TEMP_PREFIX) :].partition("-")[2].startswith(STAGE_MARK):
                shutil.rmtree(entry)
                removed += 1
        except OSError:
            pass
    return removed


class UnsafeFile(OSError):
    """A file that must not be read: a link where none may be, a pipe, a device, or too large."""

    def __init__(self, problem: str, code: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.code = code  # "Z04" (not a regular file) or "Z08" (too large), as in security.md


def read_regular(path: str | os.PathLike[str], limit: int, *, follow_links: bool = False) -> bytes:
    """The bytes of ``path``, which must be a regular file of at most ``limit`` bytes.

    Opened without blocking (a FIFO would otherwise wait for a writer for ever) and, unless
    ``follow_links``, without following a link; the type and size are checked on the open
    descriptor, so a file swapped after a check is caught; never more than ``limit + 1`` bytes are read.
    Raises :class:`UnsafeFile` (an OSError) for a link, pipe, socket, device or folder, or a file too
    large; other OSErrors (missing, no permission) pass through.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP and not follow_links:
            raise UnsafeFile("is a symbolic link", "Z04") from None
        raise
    with os.fdopen(fd, "rb") as handle:
        st = os.fstat(handle.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise UnsafeFile("is not a regular file (a folder, pipe, socket or device)", "Z04")
        if st.st_size > limit:
            raise UnsafeFile(f"is {st.st_size} bytes (limit {limit})", "Z08")
        os.set_blocking(handle.fileno(), True)
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise UnsafeFile(f"grew past {limit} bytes while it was read", "Z08")
    return data
