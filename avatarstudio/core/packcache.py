"""A cache of part templates, so a pack loads without sanitizing again the parts that did not change.

Loading a pack sanitizes every part SVG and turns it into a template (core/pack.py); that is most of
the time a command spends before its first render. The result depends only on the part's bytes,
the pack canvas and its colour slots, and on the code that sanitizes, so it is kept in the user cache
folder, one JSON file per pack id, each entry keyed by the SHA-256 of those inputs. The file also
names the code it was made by (a hash of the sanitizer and template sources, or of the executable in a
bundle); after an upgrade the old file is simply not used.

The cache is never trusted blindly. A file is used only if it is a regular file of this user that no
one else may write, parses as JSON of the expected shape, carries this code's fingerprint and a
digest matching its entries; and each template taken from it must still be well-formed XML made of
the sanitizer's allowlisted elements and attributes, with references only inside the part and only
known template markers. Anything else is ignored and the part is sanitized from the pack as if there
were no cache. Nothing in the file names a path, a user or a time: only hashes and templates.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from typing import Any

FORMAT = 1
MAX_FILE_BYTES = 64 * 1024 * 1024
_SOURCES = ("sanitize.py", "packimport.py", "pack.py", "packcache.py", "colour.py", "values.py")
_MARKER_RE = re.compile("\x01([^\x01]*)\x01")
_WIDTH_RE = re.compile(r"W:\d+(?:\.\d+)?(?:e[+-]?\d+)?")
_LOCAL_URL_RE = re.compile(r"url\(#[^()\s]+\)")
_XLINK = "{http://www.w3.org/1999/xlink}href"
_WRAP = '<g xmlns:xlink="http://www.w3.org/1999/xlink">{}</g>'


def code_digest(label: str, sources: Iterable[str]) -> str:
    """A hash of ``label`` and of the named sources in this folder (the core package), a missing one
    counted as missing; in a frozen bundle, which holds no sources, of its executable instead (it changes
    with each build). The cache files key on it, so a change to the code that made them drops them."""
    digest = hashlib.sha256(f"{label}\0".encode())
    if getattr(sys, "frozen", False):
        stat = os.stat(sys.executable)
        digest.update(f"exe {stat.st_size} {stat.st_mtime_ns}".encode())
    else:
        here = Path(__file__).resolve().parent
        for name in sources:
            try:
                digest.update(name.encode() + b"\0" + (here / name).read_bytes())
            except OSError:
                digest.update(name.encode() + b"\0missing")
    return digest.hexdigest()


@functools.cache
def fingerprint() -> str:
    """A hash of the code that makes templates."""
    from .. import __version__

    return code_digest(f"avatarstudio-templates {FORMAT} {__version__}", _SOURCES)


def cache_folder() -> Path | None:
    """Where template files live (AVATARSTUDIO_CACHE_DIR moves it), or None when there is no such folder."""
    from ..paths import user_cache_dir

    try:
        return user_cache_dir() / "templates"
    except Exception:  # no home folder, no platformdirs answer: work without a cache
        return None


def _digest(entries: dict[str, list[Any]]) -> str:
    text = json.dumps(entries, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def _owned_file(path: Path) -> bool:
    try:
        stat = path.lstat()
    except OSError:
        return False
    import stat as st

    if not st.S_ISREG(stat.st_mode) or stat.st_size > MAX_FILE_BYTES:
        return False
    others_may_write = bool(stat.st_mode & 0o022)
    return not (hasattr(os, "getuid") and (stat.st_uid != os.getuid() or others_may_write))


def _read(path: Path, code: str) -> dict[str, list[Any]]:
    """The verified entries of ``path``, or {} for a missing, damaged or foreign file."""
    if not _owned_file(path):
        return {}
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("code") != code:
        return {}
    entries = data.get("entries")
    if not isinstance(entries, dict) or data.get("digest") != _digest(entries):
        return {}
    return entries


def template_ok(template: str, used: tuple[str, ...], slots: Iterable[str]) -> bool:
    """Whether a cached template could only have come from the sanitizer: allowlisted and self-contained."""
    from .colour import ROLES
    from .sanitize import ATTRIBUTES, ELEMENTS

    slots = set(slots)
    if not set(used) <= slots:
        return False
    seen: set[str] = set()
    for spec in set(_MARKER_RE.findall(template)):
        if spec == "P" or _WIDTH_RE.fullmatch(spec):
            continue
        kind, _, rest = spec.partition(":")
        slot, _, role = rest.partition(":")
        if kind != "C" or slot not in used or role not in ROLES:
            return False
        seen.add(slot)
    if seen != set(used):
        return False
    if "<!" in template or "<?" in template:  # comments, CDATA, declarations, processing instructions
        return False
    try:
        root = ET.fromstring(_WRAP.format(_MARKER_RE.sub("m", template)))
    except ET.ParseError:
        return False
    for el in root.iter():
        if el is root:
            continue
        if el.tag not in ELEMENTS or (el.text or "").strip() or (el.tail or "").strip():
            return False
        for name, value in el.attrib.items():
            if name == _XLINK:
                allowed = value.startswith("#")
            else:
                allowed = name in ATTRIBUTES and ("url(" not in value or bool(_LOCAL_URL_RE.fullmatch(value)))
            if not allowed:
                return False
    return True


class TemplateCache:
    """The templates of one pack id: ``get`` and ``put`` by part key, ``save`` once at the end of a load."""

    def __init__(self, path: Path | None, entries: dict[str, list[Any]] | None = None) -> None:
        self.path = path
        self._old = entries or {}
        self._new: dict[str, list[Any]] = {}

    @classmethod
    def open(cls, pack_id: str) -> TemplateCache:
        folder = cache_folder()
        if folder is None:
            return cls(None)
        path = folder / f"{pack_id}.json"
        return cls(path, _read(path, fingerprint()))

    @staticmethod
    def key(data: bytes, canvas: int, slots: Iterable[str]) -> str:
        digest = hashlib.sha256(f"{canvas}\0{','.join(sorted(slots))}\0".encode())
        digest.update(data)
        return digest.hexdigest()

    def get(self, key: str, slots: Iterable[str]) -> tuple[str, tuple[str, ...]] | None:
        entry = self._old.get(key)
        if not (
            isinstance(entry, list)
            and len(entry) == 2
            and isinstance(entry[0], str)
            and isinstance(entry[1], list)
            and all(isinstance(s, str) for s in entry[1])
        ):
            return None
        template, used = entry[0], tuple(entry[1])
        if not template_ok(template, used, slots):
            return None
        self._new[key] = [template, list(used)]
        return template, used

    def put(self, key: str, template: str, used: tuple[str, ...]) -> None:
        self._new[key] = [template, list(used)]

    def save(self) -> None:
        """Write the entries this load used (dropping stale ones) when they differ from the file's."""
        if self.path is None or self._new == self._old:
            return
        from .fileio import atomic_write

        body = {"format": FORMAT, "code": fingerprint(), "digest": _digest(self._new), "entries": self._new}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(
                self.path, json.dumps(body, sort_keys=True).encode("utf-8"), mode=0o600, durable=False
            )
        except OSError:
            pass  # a read-only or full cache folder only costs speed
