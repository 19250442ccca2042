"""Importing a pack from a stranger: a folder or a .zip becomes a cleaned copy in the pack store.

Guarantees (docs/security.md 4.5 and table 5.4, Z01-Z14):

* a zip is read in memory; it is never extracted; every entry name is validated (no path escape,
  no absolute or drive paths, no backslashes, no links or devices, no duplicates even by case or
  Unicode normalisation, no Windows reserved names, trailing dots/spaces, ADS, control or bidi
  characters, bounded length and depth) and the archive structure is checked (entry count, sizes,
  only stored/deflate, no encryption, no zip64, no data before the first entry, no overlapping entries);
* every read is counted and capped (per entry, in total and by compression ratio), so bombs stop early;
* nested archives are refused; only .svg, .toml and plain text files are allowed;
* manifests (TOML) have size and depth caps; display strings may not carry control or bidi characters
  (literal bidi controls are removed from the text and reported);
* every SVG goes through :func:`avatarstudio.core.sanitize.sanitize_svg`; the *cleaned* bytes are what is stored;
* everything is written into a fresh temp folder inside the store, checked with ``load_pack`` when it is
  available, fsynced, then renamed to ``store/<pack-id>`` in one step. Nothing is ever half-imported.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import stat
import struct
import tempfile
import tomllib
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import PackError, SvgRejected
from .fileio import UnsafeFile, fsync_dir, read_regular
from .packcache import TemplateCache
from .safetext import cap_lines, escape
from .sanitize import sanitize_svg
from .values import is_pack_id

if TYPE_CHECKING:
    from .pack import Pack

MAX_ARCHIVE_BYTES = 100 * 1024 * 1024
MAX_ENTRIES = 5_000
MAX_ENTRY_BYTES = 8 * 1024 * 1024
MAX_TOTAL_BYTES = 500 * 1024 * 1024
MAX_RATIO = 100
RATIO_FLOOR = 64 * 1024  # ratios are only judged once an entry inflates past this many bytes
MAX_NAME_BYTES = 255
MAX_DEPTH = 8
MAX_MANIFEST_BYTES = 64 * 1024
MAX_MANIFEST_DEPTH = 32
MAX_DISPLAY_CHARS = 200

# '@' names a part's head-template variant (parts/<layer>/<part>@<template>.svg); safe on every OS
_COMPONENT_RE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._@-]{0,99}$")
_RESERVED = (
    {"con", "prn", "aux", "nul", "clock$", "conin$", "conout$"}
    | {f"com{i}" for i in "0123456789¹²³"}
    | {f"lpt{i}" for i in "0123456789¹²³"}
)
_ARCHIVE_EXT = (
    ".zip",
    ".jar",
    ".7z",
    ".rar",
    ".tar",
    ".gz",
    ".tgz",
    ".bz2",
    ".xz",
    ".zst",
    ".lz",
    ".lzma",
    ".cab",
    ".svgz",
    ".apk",
    ".war",
    ".iso",
)
_ARCHIVE_MAGIC = (
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"PK\x07\x08",
    b"\x1f\x8b",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!",
    b"BZh",
    b"\xfd7zXZ\x00",
    b"\x28\xb5\x2f\xfd",
    b"MSCF",
)
_TEXT_EXT = (".txt", ".md")
_TEXT_NAMES = ("license", "licence", "readme", "credits", "copying", "authors")
_JUNK = {".ds_store", "thumbs.db", "desktop.ini"}
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI_RE = re.compile(f"[{_BIDI}]")
_CONTROL_RE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}\u2028\u2029]")
_DISPLAY_KEYS = {"name", "name_ja", "label", "label_ja", "credit", "licence", "version"}


class ArchiveRejected(PackError):
    """A pack was refused; ``code`` is the docs/security.md case (Z01-Z14) when one applies."""

    def __init__(self, problem: str, *, file: str | None = None, code: str = "") -> None:
        self.code = code
        super().__init__(f"{problem} [{code}]" if code else problem, file=file)


@dataclass(frozen=True)
class ImportReport:
    """What an import did; ``lines()`` is the text to show the user."""

    pack_id: str
    name: str
    destination: Path
    files: tuple[str, ...]
    removed: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (file, what the sanitizer removed)
    ignored: tuple[str, ...] = ()  # OS junk and hidden files that were not copied
    replaced: bool = False

    def lines(self) -> list[str]:
        out = [
            f"Imported pack {self.pack_id!r} ({_escape(self.name)}) with {len(self.files)} files"
            + (" (replacing the installed copy)" if self.replaced else "")
        ]
        for path, items in self.removed:
            out.append(f"{path}: removed " + "; ".join(items))
        for path in self.ignored:
            out.append(f"{path}: ignored (not part of a pack)")
        return out


@dataclass
class _Entry:
    path: str  # validated, '/'-separated, relative
    data: bytes


@dataclass
class _Budget:
    total: int = 0
    entries: int = 0
    seen: dict[str, str] = field(default_factory=dict)  # folded key -> first name


def _escape(text: str, limit: int = 80) -> str:
    return escape(text, limit)


def validate_name(name: str, *, where: str = "archive", charset: bool = True) -> str:
    """Return the entry name if it is safe to use as a relative path in the store, else raise ArchiveRejected."""
    shown = repr(_escape(name))
    if not name:
        raise ArchiveRejected("an entry has an empty name", file=where, code="Z06")
    if _CONTROL_RE.search(name):
        code = "Z14" if _BIDI_RE.search(name) else "Z06"
        raise ArchiveRejected(
            f"entry name {shown} contains control or bidi characters", file=where, code=code
        )
    if "\\" in name:
        raise ArchiveRejected(f"entry name {shown} contains a backslash", file=where, code="Z03")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise ArchiveRejected(f"entry name {shown} is an absolute path", file=where, code="Z02")
    if len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
        raise ArchiveRejected(
            f"entry name {shown} is longer than {MAX_NAME_BYTES} bytes", file=where, code="Z06"
        )
    parts = name.rstrip("/").split("/")
    if any(p in ("..", ".") for p in parts):
        raise ArchiveRejected(f"entry name {shown} leaves its folder ('..' or '.')", file=where, code="Z01")
    if any(p == "" for p in parts):
        raise ArchiveRejected(f"entry name {shown} has an empty path component", file=where, code="Z02")
    if len(parts) > MAX_DEPTH:
        raise ArchiveRejected(
            f"entry name {shown} is nested deeper than {MAX_DEPTH} folders", file=where, code="Z06"
        )
    for part in parts:
        if ":" in part:
            raise ArchiveRejected(
                f"entry name {shown} contains ':' (drive or alternate stream)", file=where, code="Z06"
            )
        if part.endswith((".", " ")):
            raise ArchiveRejected(
                f"entry name {shown} ends a component with a dot or space", file=where, code="Z06"
            )
        stem = part.split(".", 1)[0].lower().rstrip(" ")
        if stem in _RESERVED:
            raise ArchiveRejected(
                f"entry name {shown} uses the reserved device name {stem.upper()}", file=where, code="Z06"
            )
    if charset:
        _check_charset(name, where)
    return name


def _check_charset(name: str, where: str) -> None:
    for part in name.rstrip("/").split("/"):
        if not _COMPONENT_RE.match(part.lstrip(".")):
            raise ArchiveRejected(
                f"entry name {_escape(name)!r} has characters outside A-Z a-z 0-9 . _ - @",
                file=where,
                code="Z06",
            )


def _fold(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold().rstrip("/")


def _register(budget: _Budget, name: str, where: str) -> None:
    key = _fold(name)
    if key in budget.seen:
        raise ArchiveRejected(
            f"duplicate entry {_escape(name)!r} (same as {_escape(budget.seen[key])!r} "
            "ignoring case and Unicode form)",
            file=where,
            code="Z05",
        )
    budget.seen[key] = name
    budget.entries += 1
    if budget.entries > MAX_ENTRIES:
        raise ArchiveRejected(f"more than {MAX_ENTRIES} entries", file=where, code="Z11")


def _check_tree_conflicts(budget: _Budget, where: str) -> None:
    folders = set()
    for key in budget.seen:
        parts = key.split("/")
        for i in range(1, len(parts)):
            folders.add("/".join(parts[:i]))
    for key, name in budget.seen.items():
        if key in folders and not name.endswith("/"):
            raise ArchiveRejected(
                f"entry {_escape(name)!r} is both a file and a folder", file=where, code="Z05"
            )


def _is_ignored(path: str) -> bool:
    parts = path.rstrip("/").split("/")
    return parts[0] == "__MACOSX" or parts[-1].lower() in _JUNK or any(p.startswith(".") for p in parts)


def _check_nested(path: str, data: bytes, where: str) -> None:
    if path.lower().endswith(_ARCHIVE_EXT) or data.startswith(_ARCHIVE_MAGIC):
        raise ArchiveRejected(
            f"{_escape(path)!r} is an archive; archives inside packs are not allowed", file=where, code="Z07"
        )


# --- zip ----------------------------------------------------------------------------------------------

_EOCD = b"PK\x05\x06"


def read_zip(data: bytes, *, where: str = "archive") -> list[_Entry]:
    """Validate a whole zip held in memory and return its file entries (names validated, bytes counted)."""
    if len(data) > MAX_ARCHIVE_BYTES:
        raise ArchiveRejected(f"archive is larger than {MAX_ARCHIVE_BYTES} bytes", file=where, code="Z08")
    if not data.startswith(b"PK\x03\x04"):
        if data.startswith(_EOCD):
            raise ArchiveRejected("archive is empty", file=where)
        raise ArchiveRejected(
            "not a zip archive, or data before the first entry (polyglot)", file=where, code="Z12"
        )
    eocd = data.rfind(_EOCD, max(0, len(data) - 65_557))
    if eocd < 0 or eocd + 22 > len(data):
        raise ArchiveRejected("zip end record is missing", file=where, code="Z12")
    (_, disk, cd_disk, n_disk, n_total, cd_size, cd_offset, comment_len) = struct.unpack(
        "<4sHHHHIIH", data[eocd : eocd + 22]
    )
    if disk or cd_disk or n_disk != n_total:
        raise ArchiveRejected("multi-part archives are not allowed", file=where, code="Z12")
    if (
        n_total == 0xFFFF
        or cd_offset == 0xFFFFFFFF
        or cd_size == 0xFFFFFFFF
        or data.rfind(b"PK\x06\x07", max(0, eocd - 20), eocd) >= 0
    ):
        raise ArchiveRejected("zip64 archives are not allowed", file=where, code="Z11")
    if eocd + 22 + comment_len != len(data):
        raise ArchiveRejected(
            "data after the end of the archive (trailing bytes or a damaged comment)", file=where, code="Z12"
        )
    if n_total > MAX_ENTRIES:
        raise ArchiveRejected(f"{n_total} entries (limit {MAX_ENTRIES})", file=where, code="Z11")
    if cd_offset + cd_size != eocd:
        raise ArchiveRejected(
            "central directory is not where the end record says (prefixed or padded data)",
            file=where,
            code="Z12",
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, NotImplementedError, OSError, EOFError) as exc:
        raise ArchiveRejected(f"damaged zip ({_escape(str(exc))})", file=where) from None
    infos = archive.infolist()
    if len(infos) != n_total:
        raise ArchiveRejected(
            "entry count in the end record does not match the directory", file=where, code="Z12"
        )

    budget = _Budget()
    for info in infos:  # names first, so duplicates are reported as duplicates
        name = validate_name(info.orig_filename, where=where, charset=False)  # orig: zipfile cuts at NUL
        if name != info.filename:
            raise ArchiveRejected(
                f"entry name {_escape(name)!r} is not what zipfile would use", file=where, code="Z06"
            )
        _register(budget, name, where)
    spans: list[tuple[int, int, str]] = []
    for info in infos:
        name = info.filename
        _check_charset(name, where)
        shown = _escape(name)
        if info.flag_bits & 0x1 or info.flag_bits & 0x40:
            raise ArchiveRejected(f"entry {shown!r} is encrypted", file=where, code="Z12")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ArchiveRejected(
                f"entry {shown!r} uses compression method {info.compress_type} "
                "(only stored and deflate are allowed)",
                file=where,
                code="Z12",
            )
        mode = info.external_attr >> 16
        if info.create_system == 3 and mode:
            kind = stat.S_IFMT(mode)
            if kind == stat.S_IFLNK:
                raise ArchiveRejected(f"entry {shown!r} is a symbolic link", file=where, code="Z04")
            if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
                raise ArchiveRejected(f"entry {shown!r} is a device, pipe or socket", file=where, code="Z04")
        if info.external_attr & 0x400:  # FILE_ATTRIBUTE_REPARSE_POINT (Windows links and junctions)
            raise ArchiveRejected(f"entry {shown!r} is a link (reparse point)", file=where, code="Z04")
        # the local header must agree with the directory, and entries must not share bytes
        off = info.header_offset
        if off + 30 > cd_offset:
            raise ArchiveRejected(f"entry {shown!r} points outside the archive", file=where, code="Z09")
        sig, _, _, method, _, _, _, csize, _, nlen, xlen = struct.unpack(
            "<4sHHHHHIIIHH", data[off : off + 30]
        )
        if sig != b"PK\x03\x04" or method != info.compress_type:
            raise ArchiveRejected(
                f"entry {shown!r}: local header does not match the directory", file=where, code="Z09"
            )
        if data[off + 30 : off + 30 + nlen] != info.orig_filename.encode(
            "utf-8" if info.flag_bits & 0x800 else "cp437", "replace"
        ):
            raise ArchiveRejected(
                f"entry {shown!r}: local name differs from the directory name", file=where, code="Z09"
            )
        if _has_zip64(info.extra) or _has_zip64(data[off + 30 + nlen : off + 30 + nlen + xlen]):
            raise ArchiveRejected(
                f"entry {shown!r} has a zip64 or malformed extra field", file=where, code="Z11"
            )
        end = off + 30 + nlen + xlen + info.compress_size
        if info.flag_bits & 0x08:
            end += 12 if data[end : end + 4] != b"PK\x07\x08" else 16
        if end > cd_offset:
            raise ArchiveRejected(f"entry {shown!r} runs into the central directory", file=where, code="Z09")
        spans.append((off, end, name))
    spans.sort()
    if spans and spans[0][0] != 0:
        raise ArchiveRejected("data before the first entry (polyglot)", file=where, code="Z12")
    for (a_start, a_end, a_name), (b_start, _, b_name) in zip(spans, spans[1:]):
        if b_start < a_end:
            raise ArchiveRejected(
                f"entries {_escape(a_name)!r} and {_escape(b_name)!r} overlap (zip bomb)",
                file=where,
                code="Z09",
            )
    _check_tree_conflicts(budget, where)

    entries: list[_Entry] = []
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        shown = _escape(info.filename)
        if info.file_size > MAX_ENTRY_BYTES:
            raise ArchiveRejected(
                f"entry {shown!r} is {info.file_size} bytes (limit {MAX_ENTRY_BYTES})", file=where, code="Z08"
            )
        chunks = []
        got = 0
        try:
            with archive.open(info) as stream:
                while True:
                    chunk = stream.read(65_536)
                    if not chunk:
                        break
                    got += len(chunk)
                    if got > MAX_ENTRY_BYTES or got > info.file_size:
                        raise ArchiveRejected(
                            f"entry {shown!r} inflates past its declared size", file=where, code="Z10"
                        )
                    if got > RATIO_FLOOR and got > MAX_RATIO * max(1, info.compress_size):
                        raise ArchiveRejected(
                            f"entry {shown!r} has a compression ratio over {MAX_RATIO}:1",
                            file=where,
                            code="Z08",
                        )
                    if total + got > MAX_TOTAL_BYTES:
                        raise ArchiveRejected(
                            f"archive inflates past {MAX_TOTAL_BYTES} bytes", file=where, code="Z08"
                        )
                    chunks.append(chunk)
        except ArchiveRejected:
            raise
        except (
            zipfile.BadZipFile,
            zlib_error(),
            EOFError,
            ValueError,
            NotImplementedError,
            RuntimeError,
            OSError,
        ) as exc:
            raise ArchiveRejected(f"entry {shown!r} is damaged ({_escape(str(exc))})", file=where) from None
        if got != info.file_size:
            raise ArchiveRejected(
                f"entry {shown!r} is shorter than its declared size", file=where, code="Z10"
            )
        total += got
        entry = _Entry(info.filename, b"".join(chunks))
        _check_nested(entry.path, entry.data, where)
        entries.append(entry)
    return entries


def _has_zip64(extra: bytes) -> bool:
    """Whether an extra field holds a zip64 record (header id 0x0001); a malformed field counts as one."""
    pos = 0
    while pos + 4 <= len(extra):
        kind, size = struct.unpack("<HH", extra[pos : pos + 4])
        if kind == 0x0001:
            return True
        pos += 4 + size
    return pos > len(extra)


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error


# --- folder -------------------------------------------------------------------------------------------


def read_regular_file(path: Path, limit: int, *, where: str, shown: str, code: str = "Z04") -> bytes:
    """:func:`avatarstudio.core.fileio.read_regular` with its refusals as :class:`ArchiveRejected`."""
    try:
        return read_regular(path, limit)
    except UnsafeFile as exc:
        raise ArchiveRejected(
            f"{escape(shown)!r} {exc.problem}", file=where, code=code and exc.code
        ) from None
    except OSError as exc:
        raise ArchiveRejected(f"{escape(shown)!r} cannot be read ({exc.strerror})", file=where) from None


def read_folder(folder: Path) -> list[_Entry]:
    """Read a pack folder without following links; same name rules and caps as a zip."""
    where = str(folder)
    if folder.is_symlink() or not folder.is_dir():
        raise ArchiveRejected("pack folder is missing or is a link", file=where, code="Z04")
    budget = _Budget()
    entries: list[_Entry] = []
    total = 0
    stack = [""]
    while stack:
        rel = stack.pop()
        try:
            with os.scandir(folder / rel if rel else folder) as it:
                items = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            raise ArchiveRejected(
                f"cannot read folder {_escape(rel)!r} ({exc.strerror})", file=where
            ) from None
        for item in items:
            name = f"{rel}/{item.name}" if rel else item.name
            validate_name(name, where=where, charset=False)
            st = item.stat(follow_symlinks=False)
            if stat.S_ISLNK(st.st_mode):
                raise ArchiveRejected(f"{_escape(name)!r} is a symbolic link", file=where, code="Z04")
            if stat.S_ISDIR(st.st_mode):
                _register(budget, name + "/", where)
                if _is_ignored(name):
                    entries.append(_Entry(name + "/", b""))
                else:
                    _check_charset(name, where)
                    stack.append(name)
                continue
            if not stat.S_ISREG(st.st_mode):
                raise ArchiveRejected(f"{_escape(name)!r} is not a regular file", file=where, code="Z04")
            _register(budget, name, where)
            if _is_ignored(name):
                entries.append(_Entry(name, b""))
                continue
            _check_charset(name, where)
            if st.st_size > MAX_ENTRY_BYTES:
                raise ArchiveRejected(
                    f"{_escape(name)!r} is {st.st_size} bytes (limit {MAX_ENTRY_BYTES})",
                    file=where,
                    code="Z08",
                )
            data = read_regular_file(folder / name, MAX_ENTRY_BYTES, where=where, shown=name)
            total += len(data)
            if total > MAX_TOTAL_BYTES:
                raise ArchiveRejected(f"pack is larger than {MAX_TOTAL_BYTES} bytes", file=where, code="Z08")
            _check_nested(name, data, where)
            entries.append(_Entry(name, data))
    return entries


# --- TOML, bounded before the parser sees it ----------------------------------------------------------

MAX_KEY_PARTS = 32  # a.b.c... parts in one key; tomllib spends time and memory quadratic in this
MAX_MANIFEST_KEYS = 5_000  # keys and [table] headers in one document
_BARE_RE = re.compile(r"[A-Za-z0-9_-]+")


def _skip_string(text: str, i: int) -> int:
    """Index just past the TOML string starting at ``text[i]`` (unterminated: the end of the text)."""
    quote = text[i]
    if text.startswith(quote * 3, i):
        end = text.find(quote * 3, i + 3)
        if quote == '"':
            while end > 0 and _escaped(text, end):
                end = text.find(quote * 3, end + 1)
        if end < 0:
            return len(text)
        end += 3
        while end < len(text) and text[end] == quote:  # up to two quotes may close the string too
            end += 1
        return end
    j = i + 1
    while True:
        end = text.find(quote, j)
        newline = text.find("\n", j)
        if end < 0 or (0 <= newline < end):
            return len(text) if newline < 0 else newline
        if quote == '"' and _escaped(text, end):
            j = end + 1
            continue
        return end + 1


def _escaped(text: str, at: int) -> bool:
    slashes = 0
    while at - slashes - 1 >= 0 and text[at - slashes - 1] == "\\":
        slashes += 1
    return slashes % 2 == 1


def _read_key(text: str, i: int, stops: str) -> tuple[int, int]:
    """(number of dotted parts, index of the stop character or where the key ends)."""
    parts = 1
    n = len(text)
    while i < n:
        c = text[i]
        if c in " \t":
            i += 1
        elif c in "\"'":
            i = _skip_string(text, i)
        elif c == ".":
            parts += 1
            i += 1
            if parts > MAX_KEY_PARTS:
                return parts, i  # already refused: do not walk the rest of a hostile key
        elif c in stops or c == "\n":
            return parts, i
        else:
            m = _BARE_RE.match(text, i)
            if not m:
                return parts, i  # not a key character: tomllib names the error
            i = m.end()
    return parts, i


def scan_toml(text: str) -> tuple[int, int, int]:
    """(keys, most parts in one dotted key, deepest [ / { nesting), in one linear pass over ``text``.

    A lexer just good enough to find keys: strings and comments are skipped, so a dot or a bracket
    inside them is not counted. It never builds anything, so a hostile file costs one pass at most;
    it stops as soon as a key has more than MAX_KEY_PARTS parts or there are more than
    MAX_MANIFEST_KEYS keys (the counts it returns are then lower bounds).
    """
    i, n = 0, len(text)
    stack: list[str] = []
    expect_key = True
    keys = longest = deepest = 0
    while i < n:
        c = text[i]
        if c in " \t\r":
            i += 1
        elif c == "\n":
            if not stack or stack[-1] == "{":
                expect_key = not stack
            i += 1
        elif c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif expect_key:
            if c == "}" and stack and stack[-1] == "{":
                stack.pop()
                expect_key = False
                i += 1
                continue
            header = not stack and c == "["
            if header:
                i += 2 if text.startswith("[[", i) else 1
            parts, i = _read_key(text, i, "]" if header else "=")
            keys += 1
            longest = max(longest, parts)
            if longest > MAX_KEY_PARTS or keys > MAX_MANIFEST_KEYS:
                break  # refused whatever follows
            i += 1
            expect_key = False
        elif c in "\"'":
            i = _skip_string(text, i)
        elif c in "[{":
            stack.append(c)
            deepest = max(deepest, len(stack))
            expect_key = c == "{"
            i += 1
        elif c in "]}":
            if stack:
                stack.pop()
            i += 1
        elif c == "," and stack and stack[-1] == "{":
            expect_key = True
            i += 1
        else:
            i += 1
    return keys, longest, deepest


def parse_toml(text: str, where: str, *, code: str = "Z13") -> dict[str, Any]:
    """``tomllib.loads`` with key count, dotted-key length and nesting bounded first (milliseconds, not minutes)."""
    keys, longest, deepest = scan_toml(text)
    if longest > MAX_KEY_PARTS:
        raise ArchiveRejected(f"a dotted key has more than {MAX_KEY_PARTS} parts", file=where, code=code)
    if keys > MAX_MANIFEST_KEYS:
        raise ArchiveRejected(f"{keys} keys (limit {MAX_MANIFEST_KEYS})", file=where, code=code)
    if deepest > MAX_MANIFEST_DEPTH:
        raise ArchiveRejected(f"nests deeper than {MAX_MANIFEST_DEPTH} levels", file=where, code=code)
    try:
        parsed = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ArchiveRejected(
            f"is not valid TOML ({_escape(str(exc), 120)})", file=where, code=code
        ) from None
    except (RecursionError, MemoryError, ValueError) as exc:
        raise ArchiveRejected(f"cannot be read ({type(exc).__name__})", file=where, code=code) from None
    if _depth(parsed) > MAX_MANIFEST_DEPTH:
        raise ArchiveRejected(f"nests deeper than {MAX_MANIFEST_DEPTH} levels", file=where, code=code)
    return parsed


# --- manifests ----------------------------------------------------------------------------------------


def _depth(value: object) -> int:
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, d = stack.pop()
        deepest = max(deepest, d)
        if isinstance(item, dict):
            stack.extend((v, d + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, d + 1) for v in item)
    return deepest


def clean_manifest(data: bytes, where: str) -> tuple[bytes, dict[str, Any], tuple[str, ...]]:
    """Check a TOML manifest (size, encoding, depth, display strings); returns (bytes to store, parsed, removed)."""
    if len(data) > MAX_MANIFEST_BYTES:
        raise ArchiveRejected(
            f"manifest is {len(data)} bytes (limit {MAX_MANIFEST_BYTES})", file=where, code="Z13"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ArchiveRejected("manifest is not UTF-8", file=where, code="Z13") from None
    removed: tuple[str, ...] = ()
    count = len(_BIDI_RE.findall(text))
    if count:
        text = _BIDI_RE.sub("", text)
        removed = (f"{count} bidi control character{'s' if count > 1 else ''}",)
    # key count, dotted-key length and nesting are bounded before the TOML parser builds anything
    parsed = parse_toml(text, where)
    stack: list[tuple[object, str]] = [(parsed, "")]
    while stack:
        item, key = stack.pop()
        if isinstance(item, dict):
            for k, v in item.items():
                if _CONTROL_RE.search(k):
                    raise ArchiveRejected(
                        f"key {_escape(k)!r} contains control or bidi characters", file=where, code="Z14"
                    )
                stack.append((v, k))
        elif isinstance(item, list):
            stack.extend((v, key) for v in item)
        elif isinstance(item, str):
            if _CONTROL_RE.search(item):
                raise ArchiveRejected(
                    f"{key!r} = {_escape(item)!r} contains control or bidi characters", file=where, code="Z14"
                )
            if key in _DISPLAY_KEYS and len(item) > MAX_DISPLAY_CHARS:
                raise ArchiveRejected(
                    f"{key!r} is {len(item)} characters long (limit {MAX_DISPLAY_CHARS})",
                    file=where,
                    code="Z14",
                )
    return text.encode("utf-8"), parsed, removed


def _clean_text(data: bytes, where: str) -> tuple[bytes, tuple[str, ...]]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ArchiveRejected("text file is not UTF-8", file=where) from None
    cleaned = re.sub(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f{_BIDI}]", "", text)
    removed = ("control or bidi characters",) if cleaned != text else ()
    return cleaned.encode("utf-8"), removed


# --- the one way in: read, then clean ----------------------------------------------------------------


@dataclass(frozen=True)
class CleanedPack:
    """A pack as read from a stranger and cleaned, before anything is written or built from it.

    ``files`` holds the bytes to store (sanitized SVG, checked manifests, cleaned text), ``raw`` the
    bytes as read (the content hash is over those), ``manifests`` every parsed TOML file. When the pack
    is read with the template cache, an SVG whose template the cache holds is not sanitized again: it is
    in ``raw`` and ``templates`` (path -> (template, slots used)) but not in ``files``; such a read is
    for loading only, never for storing.
    """

    files: dict[str, bytes]
    raw: dict[str, bytes]
    manifests: dict[str, dict[str, Any]]
    removed: tuple[tuple[str, tuple[str, ...]], ...] = ()
    ignored: tuple[str, ...] = ()
    canvas: int = 1024
    templates: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    cache: TemplateCache = field(default_factory=lambda: TemplateCache(None))
    slot_ids: tuple[str, ...] = ()  # the manifest's colour slots, part of every template's cache key

    def cache_key(self, path: str) -> str:
        return TemplateCache.key(self.raw[path], self.canvas, self.slot_ids)


def read_source(source: Path) -> list[_Entry]:
    """The entries of a pack folder or .zip, with every name, type and size rule applied."""
    where = source.name or str(source)
    if source.is_dir() and not source.is_symlink():
        return _strip_wrapper(read_folder(source))
    try:
        resolved = source.resolve(
            strict=True
        )  # the archive the user chose may be a link; its entries may not
    except (OSError, RuntimeError) as exc:
        raise PackError(f"cannot be read ({getattr(exc, 'strerror', None) or exc})", file=where) from None
    data = read_regular_file(resolved, MAX_ARCHIVE_BYTES, where=where, shown=source.name, code="Z04")
    return _strip_wrapper(read_zip(data, where=where))


def _slot_ids(manifest: dict[str, Any]) -> tuple[str, ...]:
    slots = manifest.get("slots")
    return tuple(sorted(slots)) if isinstance(slots, dict) else ()


def clean_pack(entries: list[_Entry], where: str, *, cache: bool = False) -> CleanedPack:
    """Apply the manifest, SVG and file-type rules to every entry; raise naming every file refused.

    With ``cache`` (loading, never importing) an SVG whose template the template cache holds for the
    same bytes, canvas and slots is taken from the cache instead of being sanitized again.
    """
    from .pack import CANVAS

    by_path = {e.path: e for e in entries}
    if "pack.toml" not in by_path:
        raise PackError("no pack.toml at the top of the pack", file=where)
    files: dict[str, bytes] = {}
    raw: dict[str, bytes] = {}
    manifests: dict[str, dict[str, Any]] = {}
    removed: list[tuple[str, tuple[str, ...]]] = []
    ignored: list[str] = []
    problems: list[PackError] = []
    templates: dict[str, tuple[str, tuple[str, ...]]] = {}
    store = TemplateCache(None)
    slot_ids: tuple[str, ...] = ()
    canvas = CANVAS  # the one canvas (core/pack.py refuses a manifest that names another)
    # pack.toml first: its id names the template cache, its slots are part of the cache keys
    ordered = sorted(entries, key=lambda e: (e.path != "pack.toml", e.path))
    for entry in ordered:
        path = entry.path
        if _is_ignored(path):
            ignored.append(path)
            continue
        if path.endswith("/"):
            continue
        low = path.lower()
        label = f"{where}:{path}"
        try:
            if low.endswith(".svg"):
                hit = store.get(store.key(entry.data, canvas, slot_ids), slot_ids)
                if hit is not None:
                    templates[path] = hit
                    raw[path] = entry.data
                    continue
                try:
                    result = sanitize_svg(entry.data, name=path, canvas=canvas)
                except SvgRejected as exc:
                    raise SvgRejected(exc.problem, file=label) from None
                if not result.drawn:
                    what = f" (removed: {'; '.join(result.removed)})" if result.removed else ""
                    raise SvgRejected(f"nothing is left to draw after cleaning{what}", file=label)
                data, gone = result.svg.encode("utf-8"), result.removed
            elif low.endswith(".toml"):
                data, parsed, gone = clean_manifest(entry.data, label)
                manifests[path] = parsed
                if path == "pack.toml":
                    slot_ids = _slot_ids(parsed)
                    if cache and is_pack_id(parsed.get("id")):
                        store = TemplateCache.open(parsed["id"])
            elif low.endswith(_TEXT_EXT) or low.rsplit("/", 1)[-1] in _TEXT_NAMES:
                data, gone = _clean_text(entry.data, label)
            else:
                ext = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else "(none)"
                raise ArchiveRejected(
                    f"{_escape(path)!r}: file type .{_escape(ext, 20)} is not allowed in a pack "
                    "(only .svg, .toml, .txt, .md)",
                    file=where,
                )
        except PackError as exc:
            if path == "pack.toml":
                raise  # nothing else can be judged without the manifest
            problems.append(exc)
            continue
        if gone:
            removed.append((path, tuple(gone)))
        files[path] = data
        raw[path] = entry.data
    if len(problems) == 1:
        raise problems[0]
    if problems:
        kind = SvgRejected if all(isinstance(p, SvgRejected) for p in problems) else PackError
        lines = [str(p).removeprefix(f"{where}:") for p in problems]
        raise kind("\n".join(cap_lines(lines)), file=where)
    return CleanedPack(
        files, raw, manifests, tuple(removed), tuple(ignored), canvas, templates, store, slot_ids
    )


def load_source(source: Path, *, where: str | None = None, cache: bool = False) -> Pack:
    """Read, clean and build the pack at ``source`` (a folder or a .zip): the check every command shares.

    ``cache`` lets a pack read before with the same bytes come whole from its snapshot
    (core/packsnapshot.py), and parts unchanged since an earlier load from the template cache
    (core/packcache.py).
    """
    source = Path(source)
    where = where or source.name or str(source)
    if not cache:
        return build_pack(clean_pack(read_source(source), where), where)
    from . import packsnapshot

    found = packsnapshot.scan(source)  # before reading: what the folder was when these bytes were read
    entries = read_source(source)
    key = packsnapshot.content_key(entries)
    pack = packsnapshot.load(key)
    if pack is None:
        pack = build_pack(clean_pack(entries, where, cache=True), where)
        packsnapshot.save(key, pack)
    if found is not None:
        packsnapshot.save_scan(source, found, key)
    return pack


# --- import -------------------------------------------------------------------------------------------


def _strip_wrapper(entries: list[_Entry]) -> list[_Entry]:
    """Accept a zip whose files all sit in one top folder (``anime/pack.toml``) as if they were at the root."""
    real = [e for e in entries if not _is_ignored(e.path)]
    if any(e.path == "pack.toml" for e in real) or not real:
        return entries
    tops = {e.path.split("/", 1)[0] for e in real}
    if len(tops) == 1 and all("/" in e.path for e in real):
        top = tops.pop() + "/"
        if any(e.path == top + "pack.toml" for e in real):
            return [_Entry(e.path[len(top) :], e.data) for e in entries if e.path.startswith(top)]
    return entries


def import_pack(
    source: Path,
    store: Path,
    *,
    replace: bool = False,
    trial_render: Callable[[list[tuple[str, str]]], dict[str, str]] | None = None,
) -> ImportReport:
    """Import the pack at ``source`` (a folder or a .zip) into ``store/<pack-id>``.

    ``trial_render`` (the app passes ``avatarstudio.render.trial_render``) renders every cleaned part
    once in a child process with CPU, memory and time limits; a part that fails there refuses the pack,
    so a crash or runaway shows up at import and never in the app.

    Raises :class:`PackError` (often :class:`ArchiveRejected`, with a Z-code) naming the file and the
    problem; on any error nothing is left in the store.
    """
    source = Path(source)
    store = Path(store)
    where = source.name or str(source)
    cleaned = clean_pack(read_source(source), where)
    pack = build_pack(cleaned, where)
    if trial_render is not None:
        check_renders(pack, trial_render, where=where)
    written = sorted(cleaned.files.items())
    pack_id = pack.id
    name = pack.name

    store.mkdir(parents=True, exist_ok=True)
    final = store / pack_id
    if (final.exists() or final.is_symlink()) and not replace:
        raise PackError(
            f"a pack with id {pack_id!r} is already installed (import again with replace)", file=where
        )
    temp = Path(tempfile.mkdtemp(prefix=".import-", dir=store))
    old: Path | None = None
    replaced = False
    try:
        for path, data in written:
            target = temp.joinpath(*path.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(
                target,
                os.O_WRONLY
                | os.O_CREAT
                | os.O_EXCL
                | getattr(os, "O_NOFOLLOW", 0)
                | getattr(os, "O_BINARY", 0),
                0o644,
            )
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        for folder, _, _ in os.walk(temp):
            fsync_dir(Path(folder))
        os.chmod(temp, 0o755)
        if final.exists() or final.is_symlink():
            old = Path(tempfile.mkdtemp(prefix=".replaced-", dir=store))
            os.rmdir(old)
            os.rename(final, old)
            replaced = True
        os.rename(temp, final)
        fsync_dir(store)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        if old is not None and not final.exists():
            os.rename(old, final)
            old = None
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    return ImportReport(
        pack_id=pack_id,
        name=name,
        destination=final,
        files=tuple(p for p, _ in written),
        removed=cleaned.removed,
        ignored=cleaned.ignored,
        replaced=replaced,
    )


def check_renders(
    pack: Pack, trial_render: Callable[[list[tuple[str, str]]], dict[str, str]], *, where: str
) -> None:
    """Trial-render every part (``avatarstudio.render.trial_render``); raise naming the parts that failed."""
    failures = trial_render(_trial_items(pack))
    if failures:
        lines = [
            f"{part}: cannot be rendered safely ({problem})" for part, problem in sorted(failures.items())
        ]
        raise PackError("\n".join(cap_lines(lines)), file=where)


def build_pack(cleaned: CleanedPack, where: str) -> Pack:
    from .pack import build_pack as build

    return build(cleaned, where)


def _trial_items(pack: Pack) -> list[tuple[str, str]]:
    """Every part of the pack as a standalone layer SVG in its default colours."""
    from .compose import compose_layers
    from .generate import generate

    base = generate(pack, "trial")
    items = []
    for layer in pack.layers:
        for part in layer.parts:
            design = replace(base, parts={layer.id: part.id}, expression="")
            for layer_svg in compose_layers(pack, design):
                if layer_svg.layer == layer.id:
                    items.append((f"parts/{layer.id}/{part.id}.svg", layer_svg.svg))
    return items


def remove_stale_imports(store: Path) -> int:
    """Delete temp folders left in the store by an import that was killed; returns how many."""
    count = 0
    for item in Path(store).glob(".import-*"):
        if item.is_dir() and not item.is_symlink():
            shutil.rmtree(item, ignore_errors=True)
            count += 1
    for item in Path(store).glob(".replaced-*"):
        if not item.is_dir() or item.is_symlink():
            continue
        # killed between moving the old copy aside and moving the new one in: put the old one back
        try:
            pack_id = tomllib.loads((item / "pack.toml").read_text("utf-8")).get("id")
        except (OSError, ValueError):
            pack_id = None
        if is_pack_id(pack_id) and not (Path(store) / pack_id).exists():
            os.rename(item, Path(store) / pack_id)
        else:
            shutil.rmtree(item, ignore_errors=True)
        count += 1
    return count
