"""The persona library: every persona the user keeps, in the user data folder, one file each.

A persona is a design (which holds the identity: display name, canonical handle and a handle per
platform where the user's differs, bio, tags, theme and language) plus the user's private notes, which
never leave the library. Each lives in ``<data>/personas/<id>.persona.json`` (``id`` is random,
so file names reveal nothing), written atomically with mode 0600. A damaged file is reported with its
name and left untouched (never overwritten, never deleted by listing); ``delete`` removes the entry and
everything the app kept about it: autosaves of it and cached renders.
"""

from __future__ import annotations

import contextlib
import json
import re
import secrets
from dataclasses import dataclass, replace
from pathlib import Path

from . import design as design_io
from .design import Design
from .errors import DesignError
from .fileio import atomic_write

FORMAT = "avatarstudio-persona"
VERSION = 1
SUFFIX = ".persona.json"
_ID = re.compile(r"^[a-z0-9]{8,32}\Z")


@dataclass(frozen=True)
class Entry:
    id: str
    design: Design
    notes: str = ""  # private: never exported

    @property
    def name(self) -> str:
        return self.design.persona.display_name or "(unnamed)"

    def handle_on(self, platform: str) -> str:
        from .persona import persona_handle

        return persona_handle(platform, self.design.persona)


@dataclass(frozen=True)
class Damaged:
    path: Path
    problem: str


def library_dir(base: Path | None = None) -> Path:
    if base is not None:
        return Path(base)
    from ..paths import user_data_dir

    return user_data_dir() / "personas"


def new_id() -> str:
    return secrets.token_hex(6)


def to_json(entry: Entry) -> bytes:
    data = {
        "format": FORMAT,
        "version": VERSION,
        "id": entry.id,
        "design": design_io.to_dict(entry.design),
        "notes": entry.notes,
    }
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def from_json(raw: bytes, name: str) -> Entry:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise DesignError("is damaged (not valid JSON)", file=name) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DesignError("is not a persona library entry", file=name)
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise DesignError("was written by a newer avatarstudio; it is left as it is", file=name)
    pid = data.get("id")
    if not isinstance(pid, str) or not _ID.match(pid):
        raise DesignError("has no valid id", file=name)
    design = design_io.from_dict(data.get("design"), file=name)
    notes = data.get("notes", "")
    if not isinstance(notes, str) or len(notes) > 4000:
        raise DesignError("'notes' must be text of at most 4000 characters", file=name)
    return Entry(pid, design, notes)


class Library:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = library_dir(folder)

    def path(self, pid: str) -> Path:
        return self.folder / f"{pid}{SUFFIX}"

    def scan(self) -> tuple[list[Entry], list[Damaged]]:
        """Every readable entry (sorted by name) and every damaged file (reported, never touched)."""
        entries, damaged = [], []
        if not self.folder.is_dir():
            return [], []
        for path in sorted(self.folder.glob(f"*{SUFFIX}")):
            try:
                entry = from_json(path.read_bytes(), path.name)
                if path.name != f"{entry.id}{SUFFIX}":
                    raise DesignError("its id does not match its file name", file=path.name)
                entries.append(entry)
            except (OSError, DesignError) as exc:
                damaged.append(Damaged(path, str(exc)))
        entries.sort(key=lambda e: (e.name.casefold(), e.id))
        return entries, damaged

    def entries(self) -> list[Entry]:
        return self.scan()[0]

    def find(self, ref: str) -> Entry:
        """An entry by id, id prefix (4+ characters) or exact display name."""
        entries = self.entries()
        hits = [e for e in entries if e.id == ref] or [
            e for e in entries if (len(ref) >= 4 and e.id.startswith(ref)) or e.name == ref
        ]
        if not hits:
            raise DesignError("no such persona in the library (see `avatarstudio persona list`)", file=ref)
        if len(hits) > 1:
            raise DesignError(
                "names more than one persona: " + ", ".join(f"{e.id} ({e.name})" for e in hits), file=ref
            )
        return hits[0]

    def save(self, entry: Entry) -> Entry:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = self.path(entry.id)
        if path.exists():  # never overwrite a file this version cannot read back
            from_json(path.read_bytes(), path.name)
        atomic_write(path, to_json(entry), mode=0o600)
        return entry

    def add(self, design: Design, notes: str = "") -> Entry:
        return self.save(Entry(new_id(), design, notes))

    def rename(self, ref: str, name: str) -> Entry:
        entry = self.find(ref)
        design = replace(entry.design, persona=replace(entry.design.persona, display_name=name))
        return self.save(replace(entry, design=design))

    def duplicate(self, ref: str, name: str | None = None) -> Entry:
        entry = self.find(ref)
        persona = entry.design.persona
        design = replace(
            entry.design, persona=replace(persona, display_name=name or f"{persona.display_name} (2)")
        )
        return self.save(Entry(new_id(), design, entry.notes))

    def delete(
        self,
        ref: str,
        *,
        data_dir: Path | None = None,
        cache_dir: Path | None = None,
        config_dir: Path | None = None,
    ) -> list[Path]:
        """Remove the entry and what the app kept about it; returns every file removed."""
        entry = self.find(ref)
        removed = [self.path(entry.id)]
        for folder in _autosave_dirs(data_dir):
            for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
                if _autosave_is(path, entry):
                    removed.append(path)
        removed += _forget_recent(entry, config_dir)
        cache = (cache_dir or _cache_root()) / "personas"
        removed += sorted(cache.glob(f"{entry.id}*")) if cache.is_dir() else []
        for path in removed:
            if path.suffix == ".ini":
                continue  # rewritten in place by _forget_recent
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        return removed


def _autosave_dirs(data_dir: Path | None) -> list[Path]:
    from ..paths import user_data_dir

    dirs = [(data_dir or user_data_dir()) / "autosave"]
    try:
        import platformdirs

        dirs.append(Path(platformdirs.user_data_dir("avatarstudio")) / "autosave")  # the studio's folder
    except ImportError:
        pass
    return list(dict.fromkeys(dirs))


def _cache_root() -> Path:
    from ..paths import user_cache_dir

    return user_cache_dir()


def _autosave_is(path: Path, entry: Entry) -> bool:
    """An autosave holds this persona when it names its library id or holds its design's seed."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return False
    if not isinstance(data, dict):
        return False
    if data.get("persona_id") == entry.id or str(entry.id) in str(data.get("original") or ""):
        return True
    design = data.get("design")
    return isinstance(design, dict) and design.get("seed") == entry.design.seed


def _holds(path: Path, entry: Entry) -> bool:
    """A recent design file holds this persona when it has the same seed and parts (the file itself is
    the user's and stays; only the studio's pointer to it goes)."""
    try:
        if path.stat().st_size > design_io.MAX_FILE_BYTES:
            return False
        other = design_io.load(path)
    except (OSError, DesignError):
        return False
    return other.seed == entry.design.seed and other.parts == entry.design.parts


def _forget_recent(entry: Entry, config_dir: Path | None) -> list[Path]:
    """Drop the studio's recent-file entries that point at this persona (QSettings INI, read as text so
    the core stays free of Qt). Returns the settings file when it changed."""
    from ..paths import user_config_dir

    ini = (config_dir or user_config_dir()) / "avatarstudio.ini"
    try:
        lines = ini.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    changed = False
    for i, line in enumerate(lines):
        if line.startswith("recent="):
            items = [x.strip() for x in line[len("recent=") :].split(", ")]
            keep = [x for x in items if entry.id not in x and not _holds(Path(x), entry)]
            if keep != items:
                lines[i] = "recent=" + ", ".join(keep)
                changed = True
    if changed:
        atomic_write(ini, ("\n".join(lines) + "\n").encode("utf-8"), mode=0o600)
        return [ini]
    return []
