"""Snapshots of whole loaded packs, so a command starts without cleaning and building its pack again.

Loading a pack reads every file through the import rules (core/packimport.py), cleans it and builds
the :class:`~avatarstudio.core.pack.Pack`; with a warm template cache that is still ~0.2 s of every
command, most of it checking the cached templates again and parsing the TOML manifests. The built
pack depends only on the bytes read and on the code that cleans and builds, so after a load the
whole Pack is kept in the user cache folder (``packs/``), keyed by a SHA-256 over every file's path
and bytes (read by the same rules as ever, so links, pipes and oversized files are refused before any
snapshot is looked at) and a fingerprint of the core package's sources.

What is loaded must be what a fresh clean would give, so a snapshot is used only when:

* it is a regular file of this user that no one else may write, within the size cap;
* it carries an HMAC-SHA-256 of its contents under this user's own secret key (32 random bytes in
  ``packs/key``, a file only this user may read or write), so a file planted or edited by anyone
  who cannot read that key, or truncated, is refused whole;
* it names this format, this code fingerprint and this content key;
* it decodes (marshal, only after the MAC matched) to nothing but the pack's own dataclasses,
  tuples, dicts, strings, numbers, booleans and None.

Anything else is a miss: the pack is cleaned and built as if there were no snapshot (and a new one
written). Snapshots hold no path, user or time; the folder keeps the newest few.

A pack folder need not even be read again when nothing in it changed: before a folder is read, the
type, inode, size, owner, mtime and ctime of it and of everything in it are taken (:func:`scan`),
and kept, signed the same way, beside the content key its bytes gave (``<hash of the folder
name>.scan``). A later load whose scan is equal takes the snapshot straight away. Every write to a
file or folder sets its ctime, which no program can set back, so equal scans mean equal bytes;
scans in which anything changed in the last ``RACY_SECONDS`` are not kept, because writes within
one tick of the file system's clock can leave the times as they were. A link, pipe or oversized
file swapped in changes the scan, so such a pack is read, and refused, by the usual rules.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import marshal
import os
import stat as st
import sys
import time
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .pack import Pack

FORMAT = 1
KEEP = 4  # snapshot files kept (a pack being edited makes a new one per change)
MAX_FILE_BYTES = 64 * 1024 * 1024
_KEY_BYTES = 32
_MARSHAL_VERSION = 4
MAX_SCAN_ENTRIES = 20_000
RACY_SECONDS = 2  # a file changed this recently may change again without a new ctime


@functools.cache
def fingerprint() -> str:
    """A hash of the code that cleans and builds packs: every core source, and the Python that marshals."""
    from .. import __version__
    from .packcache import code_digest

    sources = sorted(path.name for path in Path(__file__).resolve().parent.glob("*.py"))
    return code_digest(f"avatarstudio-packs {FORMAT} {__version__} {sys.version}", sources)


def content_key(entries: list[Any]) -> str:
    """The key of a pack as read: every entry's path and bytes, and the code that will clean them."""
    digest = hashlib.sha256(fingerprint().encode())
    for entry in sorted(entries, key=lambda e: e.path):
        digest.update(f"\0{entry.path}\0{len(entry.data)}\0".encode())
        digest.update(entry.data)
    return digest.hexdigest()


def _folder() -> Path | None:
    from .packcache import cache_folder

    templates = cache_folder()
    return None if templates is None else templates.parent / "packs"


def _private(info: os.stat_result, *, readable_by_others: bool) -> bool:
    """A regular file of this user that no one else may write (or, for the key, read either)."""
    if not st.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
        return False
    if not hasattr(os, "getuid"):
        return True
    mask = 0o022 if readable_by_others else 0o077
    return info.st_uid == os.getuid() and not info.st_mode & mask


def _read_private(path: Path, limit: int, *, readable_by_others: bool) -> bytes | None:
    """Up to ``limit + 1`` bytes of ``path`` (never through a link), if it is a private file of this user."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        if not _private(os.fstat(handle.fileno()), readable_by_others=readable_by_others):
            return None
        return handle.read(limit + 1)


def _read_key(folder: Path) -> bytes | None:
    key = _read_private(folder / "key", _KEY_BYTES, readable_by_others=False)
    return key if key is not None and len(key) == _KEY_BYTES else None


def _make_key(folder: Path) -> bytes | None:
    import secrets

    key = secrets.token_bytes(_KEY_BYTES)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(
            folder / "key", os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600
        )
    except OSError:
        return _read_key(folder)  # another process made it first (or the folder is read-only)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    return key


# --- encoding: only the pack's own types come back ----------------------------------------------------


def _classes() -> dict[str, type]:
    from . import heads, pack, sliders

    found = [
        pack.Pack,
        pack.Layer,
        pack.Part,
        pack.Slot,
        pack.Expression,
        pack.TransformLimits,
        pack.SmallRules,
        heads.HeadTemplate,
        heads.PoseRules,
        heads.Fit,
        sliders.Slider,
        sliders.Effect,
    ]
    return {cls.__name__: cls for cls in found}


_SCALARS = (bool, int, float, str, type(None))


def _encode(value: Any, classes: dict[str, type]) -> Any:
    """``value`` in marshal's types: a dataclass becomes a list [class name, field values...], a list
    ["", items...]."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is list:
        return ["", *(_encode(v, classes) for v in value)]
    if kind is tuple:
        return tuple(_encode(v, classes) for v in value)
    if kind is dict:
        return {_encode(k, classes): _encode(v, classes) for k, v in value.items()}
    name = kind.__name__
    if is_dataclass(value) and classes.get(name) is kind:
        return [name, *(_encode(getattr(value, f.name), classes) for f in fields(value))]
    raise TypeError(f"a pack snapshot cannot hold {name}")


def _decode(value: Any, classes: dict[str, type], names: dict[type, tuple[str, ...]]) -> Any:
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is tuple:
        return tuple(_decode(v, classes, names) for v in value)
    if kind is dict:
        return {_decode(k, classes, names): _decode(v, classes, names) for k, v in value.items()}
    if kind is not list or not value or type(value[0]) is not str:
        raise ValueError("not a pack type")
    if value[0] == "":
        return [_decode(v, classes, names) for v in value[1:]]
    cls = classes[value[0]]
    if len(value) != len(names[cls]) + 1:
        raise ValueError("fields differ")
    made: Any = object.__new__(
        cls
    )  # the fields as they were built (frozen dataclasses without __post_init__)
    made.__dict__.update(zip(names[cls], [_decode(v, classes, names) for v in value[1:]], strict=True))
    return made


def encode(pack: Pack) -> bytes:
    return marshal.dumps(_encode(pack, _classes()), _MARSHAL_VERSION)


def decode(data: bytes) -> Pack:
    """The pack in ``data`` (bytes this code wrote: the caller checks their MAC before)."""
    from .pack import Pack

    classes = _classes()
    names = {cls: tuple(f.name for f in fields(cls)) for cls in classes.values()}
    pack = _decode(marshal.loads(data), classes, names)
    if type(pack) is not Pack:
        raise ValueError("not a pack")
    return pack


# --- the store ------------------------------------------------------------------------------------------


def _read_signed(path: Path, secret: bytes) -> bytes | None:
    """The body of ``path`` if it is a private file of this user whose MAC matches under ``secret``."""
    data = _read_private(path, MAX_FILE_BYTES, readable_by_others=True)
    if data is None:
        return None
    mac, _, body = data.partition(b"\n")
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest().encode()
    return body if hmac.compare_digest(mac, expected) else None


def load(key: str) -> Pack | None:
    """The pack snapshotted under ``key``, or None (no snapshot, or one that is not provably ours)."""
    folder = _folder()
    secret = None if folder is None else _read_key(folder)
    if folder is None or secret is None:
        return None
    body = _read_signed(folder / f"{key}.pack", secret)
    if body is None:
        return None
    head, _, payload = body.partition(b"\n")
    if head != f"{FORMAT} {fingerprint()} {key}".encode():
        return None
    try:
        return decode(payload)
    except (ValueError, TypeError, KeyError, EOFError, RecursionError):
        return None


def save(key: str, pack: Pack) -> None:
    """Keep ``pack`` under ``key`` (best effort: a read-only or full cache folder only costs speed)."""
    folder = _folder()
    if folder is None:
        return
    try:
        payload = encode(pack)
    except TypeError:
        return
    secret = _read_key(folder) or _make_key(folder)
    if secret is None:
        return
    from .fileio import atomic_write

    body = f"{FORMAT} {fingerprint()} {key}\n".encode() + payload
    mac = hmac.new(secret, body, hashlib.sha256).hexdigest().encode()
    try:
        atomic_write(folder / f"{key}.pack", mac + b"\n" + body, mode=0o600, durable=False)
        _prune(folder)
    except OSError:
        pass


def _prune(folder: Path) -> None:
    for pattern in ("*.pack", "*.scan"):
        files = sorted(folder.glob(pattern), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in files[KEEP:]:
            old.unlink(missing_ok=True)


# --- a pack folder unchanged since its snapshot, known without reading it ------------------------------


def scan(source: Path) -> tuple[tuple[Any, ...], ...] | None:
    """The type, inode, size, link count, owner, mtime and ctime of ``source`` and of everything in it.

    Taken *before* the folder is read. Any write to a file or folder changes its ctime, which no
    program can set, so a later scan equal to this one means the bytes read then are the bytes there
    now. Writes within one tick of the file system's clock can leave the ctime as it was, so a scan in
    which anything changed less than ``RACY_SECONDS`` before it is not kept (None), nor is the scan
    of a link, a zip or a folder that cannot be listed.
    """
    started = time.time_ns()
    try:
        root = os.lstat(source)
        if not st.S_ISDIR(root.st_mode):
            return None
        found: list[tuple[Any, ...]] = [("", *_stat_fields(root))]
        newest = max(root.st_mtime_ns, root.st_ctime_ns)
        stack = [""]
        while stack:
            rel = stack.pop()
            with os.scandir(os.path.join(source, rel) if rel else source) as it:
                items = sorted(it, key=lambda e: e.name)
            for item in items:
                name = f"{rel}/{item.name}" if rel else item.name
                info = item.stat(follow_symlinks=False)
                found.append((name, *_stat_fields(info)))
                newest = max(newest, info.st_mtime_ns, info.st_ctime_ns)
                if st.S_ISDIR(info.st_mode):
                    stack.append(name)
            if len(found) > MAX_SCAN_ENTRIES:
                return None
    except OSError:
        return None
    if newest > started - RACY_SECONDS * 1_000_000_000:
        return None
    return tuple(found)


def _stat_fields(info: os.stat_result) -> tuple[int, ...]:
    return (
        info.st_mode,
        info.st_dev,
        info.st_ino,
        info.st_nlink,
        info.st_uid,
        info.st_size,
        info.st_mtime_ns,
        info.st_ctime_ns,
    )


def _scan_file(folder: Path, source: Path) -> Path:
    name = hashlib.sha256(f"pack folder\0{os.path.abspath(source)}".encode()).hexdigest()
    return folder / f"{name}.scan"


def save_scan(source: Path, found: tuple[tuple[Any, ...], ...], key: str) -> None:
    """Remember that ``source``, as ``found`` before it was read, holds the pack snapshotted as ``key``."""
    folder = _folder()
    secret = None if folder is None else _read_key(folder)
    if folder is None or secret is None:
        return
    from .fileio import atomic_write

    body = marshal.dumps((FORMAT, fingerprint(), found, key), _MARSHAL_VERSION)
    mac = hmac.new(secret, body, hashlib.sha256).hexdigest().encode()
    try:
        atomic_write(_scan_file(folder, source), mac + b"\n" + body, mode=0o600, durable=False)
    except OSError:
        pass


def load_folder(source: Path) -> Pack | None:
    """The snapshot of the pack folder ``source`` if nothing in it changed since it was read, else None."""
    folder = _folder()
    secret = None if folder is None else _read_key(folder)
    if folder is None or secret is None:
        return None
    data = _read_signed(_scan_file(folder, source), secret)
    if data is None:
        return None
    try:
        fmt, code, found, key = marshal.loads(data)
    except (ValueError, TypeError, EOFError):
        return None
    if fmt != FORMAT or code != fingerprint() or type(key) is not str or found != scan(source):
        return None
    return load(key)
