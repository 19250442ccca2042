"""Designs: the resolved avatar, its file format, migrations and strict validation.

A design records every chosen part, colour and transform, plus the pack id, version and content
hash, so it reproduces exactly years later. The file is JSON with a format version; older versions
are migrated in a chain, newer ones are refused. Nothing in a design names a path, a user or a time.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import DesignError
from .fileio import UnsafeFile, atomic_write, read_regular
from .heads import HeadPose
from .values import is_hex, is_id, is_number, is_pack_id, numbers

if TYPE_CHECKING:
    from .pack import Pack

FORMAT = "avatarstudio-design"
VERSION = 1
MAX_FILE_BYTES = 1024 * 1024
MAX_SLIDERS = 100
MAX_LAYERS = MAX_SLOTS = 200  # a pack may not have more (core/pack.py checks), so every design of it loads
# Migrations: MIGRATIONS[n] turns a version-n document into a version-(n+1) document.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


@dataclass(frozen=True)
class Transform:
    x: float = 0.0
    y: float = 0.0
    scale: float = 1.0
    rotate: float = 0.0

    @property
    def is_identity(self) -> bool:
        return self == Transform()


IDENTITY = Transform()


@dataclass(frozen=True)
class Framing:
    """How the user reframed one platform's crop: zoom (>1 = closer) and a pan in canvas units."""

    zoom: float = 1.0
    dx: float = 0.0
    dy: float = 0.0

    @property
    def is_identity(self) -> bool:
        return self == Framing()

    def apply(self, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        """The preset's crop box reframed: same centre moved by (dx, dy), sides divided by zoom."""
        x, y, w, h = box
        cx, cy = x + w / 2 + self.dx, y + h / 2 + self.dy
        w, h = w / self.zoom, h / self.zoom
        return (cx - w / 2, cy - h / 2, w, h)


ZOOM_RANGE = (0.5, 4.0)
PAN_LIMIT = 1024.0


def _is_target(value: object) -> bool:
    """A platform target's name, "<platform id>:<target id>" (the framing key)."""
    if not isinstance(value, str) or value.count(":") != 1:
        return False
    platform, target = value.split(":")
    return is_id(platform) and is_id(target)


def bare_handle(text: str) -> str:
    """A handle as typed, without the '@' that every platform shows in front of it (the card and the
    lists add one, so a stored '@' would print twice). Designs are read through it too: an older
    studio stored '@name' as typed."""
    return text.strip().lstrip("@")


@dataclass(frozen=True)
class Persona:
    display_name: str = ""
    handle: str = ""
    bio: str = ""
    tags: tuple[str, ...] = ()
    theme: str = "#5b6ee1"
    language: str = "en"
    # Optional (issue 13): a handle per platform where the user's differs from the canonical one,
    # as sorted (platform, handle) pairs. Written only when not empty, so older files stay identical.
    handles: tuple[tuple[str, str], ...] = ()

    def handle_on(self, platform: str) -> str | None:
        return dict(self.handles).get(platform)


def _hashable(value: object) -> object:
    if isinstance(value, dict):
        return tuple(sorted((str(k), _hashable(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    return value


@dataclass(frozen=True)
class Design:
    pack_id: str
    pack_version: str
    pack_hash: str
    seed: str
    parts: dict[str, str | None]  # layer -> part id, None = layer empty
    colours: dict[str, str]  # slot -> #rrggbb
    linked: frozenset[str] = frozenset()  # slots that follow their pack link
    transforms: dict[str, Transform] = field(default_factory=dict)
    expression: str = "neutral"
    persona: Persona = field(default_factory=Persona)
    # Optional key "locks": what the studio keeps when randomising. Absent = nothing locked.
    locked_layers: frozenset[str] = frozenset()
    locked_slots: frozenset[str] = frozenset()
    # Optional key "framing": per platform target ("x:avatar"), the user's zoom and pan of its crop.
    framing: dict[str, Framing] = field(default_factory=dict)
    head_pose: HeadPose = HeadPose()  # optional in files: absent = upright and centred
    # Optional key "sliders": the pack's face sliders (core/sliders.py) that differ from neutral.
    sliders: dict[str, float] = field(default_factory=dict)

    def __hash__(self) -> int:
        """Equal designs hash alike, so a design can key a cache (its dict fields are hashed as items)."""
        return hash(tuple(_hashable(getattr(self, f.name)) for f in fields(self)))

    # Edits return a new design; a design value is never changed in place.
    def with_part(self, layer: str, part: str | None) -> Design:
        return replace(self, parts={**self.parts, layer: part})

    def with_colour(self, slot: str, colour: str) -> Design:
        return replace(self, colours={**self.colours, slot: colour.lower()})

    def with_linked(self, slot: str, linked: bool) -> Design:
        return replace(self, linked=self.linked | {slot} if linked else self.linked - {slot})

    def with_transform(self, layer: str, transform: Transform) -> Design:
        return replace(self, transforms={**self.transforms, layer: transform})

    def with_framing(self, target: str, framing: Framing) -> Design:
        rest = {k: v for k, v in self.framing.items() if k != target}
        return replace(self, framing=rest if framing.is_identity else {**rest, target: framing})

    def framing_for(self, target: str) -> Framing:
        return self.framing.get(target, Framing())

    def with_head_pose(self, pose: HeadPose) -> Design:
        return replace(self, head_pose=pose)

    def with_slider(self, slider: str, value: float | None) -> Design:
        """The design with face slider ``slider`` at ``value`` (None: back to the pack's neutral)."""
        rest = {k: v for k, v in self.sliders.items() if k != slider}
        return replace(self, sliders=rest if value is None else {**rest, slider: float(value)})

    def transform(self, layer: str) -> Transform:
        return self.transforms.get(layer, IDENTITY)


def effective_colours(pack: Pack, design: Design) -> dict[str, str]:
    """Slot -> colour with links applied (a linked slot shows its target's colour)."""
    out = {}
    for slot in pack.slots.values():
        # a linked slot, or one the design never mentions (older files), shows its link's colour
        follows = slot.id in design.linked or slot.id not in design.colours
        source = slot.link if slot.link and follows else slot.id
        out[slot.id] = design.colours.get(source) or pack.slots[source].default
    return out


def to_dict(design: Design) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "pack": {"id": design.pack_id, "version": design.pack_version, "hash": design.pack_hash},
        "seed": design.seed,
        "expression": design.expression,
        "parts": {k: design.parts[k] for k in sorted(design.parts)},
        "colours": {k: design.colours[k] for k in sorted(design.colours)},
        "linked": sorted(design.linked),
        "transforms": {
            k: [t.x, t.y, t.scale, t.rotate]
            for k, t in sorted(design.transforms.items())
            if not t.is_identity
        },
        **({} if design.head_pose.is_identity else {"head_pose": _pose_list(design.head_pose)}),
        **({"sliders": {k: design.sliders[k] for k in sorted(design.sliders)}} if design.sliders else {}),
        "persona": {
            "display_name": design.persona.display_name,
            "handle": design.persona.handle,
            "bio": design.persona.bio,
            "tags": list(design.persona.tags),
            "theme": design.persona.theme,
            "language": design.persona.language,
            **({"handles": dict(design.persona.handles)} if design.persona.handles else {}),
        },
        **(
            {"framing": {k: [f.zoom, f.dx, f.dy] for k, f in sorted(design.framing.items())}}
            if design.framing
            else {}
        ),
        **(
            {"locks": {"layers": sorted(design.locked_layers), "slots": sorted(design.locked_slots)}}
            if design.locked_layers or design.locked_slots
            else {}
        ),
    }


def _pose_list(pose: HeadPose) -> list[float]:
    return [pose.tilt, pose.x, pose.y]


def _head_pose(value: object, file: str | None) -> HeadPose:
    if value is None:
        return HeadPose()
    nums = numbers(value, 3)
    if nums is None or abs(nums[0]) > 45 or max(abs(nums[1]), abs(nums[2])) > 512:
        raise _fail("'head_pose' must be [tilt degrees, x, y] within range", file)
    return HeadPose(*nums)


def dumps(design: Design) -> str:
    return json.dumps(to_dict(design), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def _fail(problem: str, file: str | None) -> DesignError:
    return DesignError(problem, file=file)


def _str(value: object, what: str, file: str | None, limit: int = 200) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise _fail(f"{what} must be text of at most {limit} characters", file)
    if any(ord(c) < 32 and c not in "\n" for c in value):
        raise _fail(f"{what} holds control characters", file)
    if any(0xD800 <= ord(c) <= 0xDFFF for c in value):  # a lone "\\ud800" escape cannot be saved as UTF-8
        raise _fail(f"{what} holds an unpaired surrogate escape", file)
    return value


def from_dict(data: object, *, file: str | None = None) -> Design:
    """Validate a parsed design document strictly and return the Design it describes."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _fail("is not an avatarstudio design (the 'format' field is missing or wrong)", file)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _fail("has no valid format 'version'", file)
    if version > VERSION:
        raise _fail(
            f"was written by a newer avatarstudio (format {version}; this version reads up to {VERSION}); "
            "update avatarstudio to open it. The file was not changed.",
            file,
        )
    while version < VERSION:
        if version not in MIGRATIONS:
            raise _fail(f"format {version} cannot be migrated", file)
        data = MIGRATIONS[version](dict(data))
        version += 1
        data["version"] = version
    pack = data.get("pack")
    if not isinstance(pack, dict):
        raise _fail("'pack' must name the pack id, version and hash", file)
    pack_id = _str(pack.get("id"), "pack id", file, 40)
    if not is_pack_id(pack_id):
        raise _fail("pack id is not a valid id", file)
    parts_in = data.get("parts")
    colours_in = data.get("colours")
    if not isinstance(parts_in, dict) or len(parts_in) > MAX_LAYERS:
        raise _fail(f"'parts' must map at most {MAX_LAYERS} layers to part ids", file)
    if not isinstance(colours_in, dict) or len(colours_in) > MAX_SLOTS:
        raise _fail(f"'colours' must map at most {MAX_SLOTS} slots to colours", file)
    parts: dict[str, str | None] = {}
    for layer, part in parts_in.items():
        if not is_id(layer) or not (part is None or is_id(part)):
            raise _fail(f"part for layer {layer[:40]!r} is not a valid id", file)
        parts[layer] = part
    colours = {}
    for slot, colour in colours_in.items():
        if not is_id(slot) or not is_hex(colour):
            raise _fail(f"colour for slot {slot[:40]!r} must be #rrggbb", file)
        colours[slot] = colour.lower()
    linked_in = data.get("linked", [])
    if not isinstance(linked_in, list) or len(linked_in) > MAX_SLOTS or not all(is_id(s) for s in linked_in):
        raise _fail("'linked' must be a list of slot ids", file)
    transforms = {}
    tf_in = data.get("transforms", {})
    if not isinstance(tf_in, dict) or len(tf_in) > MAX_LAYERS:
        raise _fail("'transforms' must map layers to [x, y, scale, rotate]", file)
    for layer, values in tf_in.items():
        nums = numbers(values, 4)
        if (
            not is_id(layer)
            or nums is None
            or not 0 < nums[2] <= 10
            or max(abs(nums[0]), abs(nums[1])) > 4096
            or abs(nums[3]) > 360
        ):
            raise _fail(f"transform of layer {layer[:40]!r} must be four finite numbers within range", file)
        transform = Transform(*nums)
        if not transform.is_identity:  # dumps() leaves identity transforms out; so does loading
            transforms[layer] = transform
    sliders_in = data.get("sliders", {})
    if not isinstance(sliders_in, dict) or len(sliders_in) > MAX_SLIDERS:
        raise _fail(f"'sliders' must map at most {MAX_SLIDERS} slider ids to numbers", file)
    sliders = {}
    for slider, value in sliders_in.items():
        if not is_id(slider) or not is_number(value) or abs(value) > 1000:
            raise _fail(f"slider {str(slider)[:40]!r} must be a finite number within range", file)
        sliders[slider] = float(value)
    framing_in = data.get("framing", {})
    if not isinstance(framing_in, dict) or len(framing_in) > 200:
        raise _fail("'framing' must map platform targets to [zoom, dx, dy]", file)
    framing = {}
    for key, values in framing_in.items():
        nums = numbers(values, 3)
        if (
            not _is_target(key)
            or nums is None
            or not ZOOM_RANGE[0] <= nums[0] <= ZOOM_RANGE[1]
            or max(abs(nums[1]), abs(nums[2])) > PAN_LIMIT
        ):
            raise _fail(f"framing of {str(key)[:40]!r} must be [zoom 0.5-4, dx, dy] within range", file)
        if not Framing(*nums[:3]).is_identity:
            framing[key] = Framing(*nums[:3])
    locks_in = data.get("locks", {})
    if not isinstance(locks_in, dict):
        raise _fail("'locks' must be a table of 'layers' and 'slots'", file)
    locks = {}
    for key in ("layers", "slots"):
        ids = locks_in.get(key, [])
        if not isinstance(ids, list) or len(ids) > 200 or not all(is_id(i) for i in ids):
            raise _fail(f"'locks.{key}' must be a list of ids", file)
        locks[key] = frozenset(ids)
    persona_in = data.get("persona", {})
    if not isinstance(persona_in, dict):
        raise _fail("'persona' must be a table", file)
    tags = persona_in.get("tags", [])
    if not isinstance(tags, list) or len(tags) > 20:
        raise _fail("persona tags must be a list of at most 20 tags", file)
    theme = persona_in.get("theme", "#5b6ee1")
    if not is_hex(theme):
        raise _fail("persona theme must be #rrggbb", file)
    handles_in = persona_in.get("handles", {})
    if not isinstance(handles_in, dict) or len(handles_in) > 100:
        raise _fail("persona handles must map platform ids to handles", file)
    handles = []
    for platform, handle in sorted(handles_in.items()):
        if not is_id(platform):
            raise _fail(f"persona handle platform {platform[:40]!r} is not a valid id", file)
        handles.append((platform, bare_handle(_str(handle, f"handle on {platform}", file, 100))))
    persona = Persona(
        display_name=_str(persona_in.get("display_name", ""), "display name", file, 80),
        handle=bare_handle(_str(persona_in.get("handle", ""), "handle", file, 40)),
        bio=_str(persona_in.get("bio", ""), "bio", file, 400),
        tags=tuple(_str(t, "tag", file, 40) for t in tags),
        theme=theme.lower(),
        language=_str(persona_in.get("language", "en"), "language", file, 8),
        handles=tuple(handles),
    )
    return Design(
        pack_id=pack_id,
        pack_version=_str(pack.get("version", ""), "pack version", file, 40),
        pack_hash=_str(pack.get("hash", ""), "pack hash", file, 64),
        seed=_str(data.get("seed", ""), "seed", file, 200),
        parts=parts,
        colours=colours,
        linked=frozenset(linked_in),
        transforms=transforms,
        expression=_str(data.get("expression", "neutral"), "expression", file, 40),
        persona=persona,
        framing=framing,
        locked_layers=locks["layers"],
        locked_slots=locks["slots"],
        head_pose=_head_pose(data.get("head_pose"), file),
        sliders=sliders,
    )


def loads(text: str | bytes, *, file: str | None = None) -> Design:
    if isinstance(text, bytes):
        if len(text) > MAX_FILE_BYTES:
            raise _fail(f"is larger than {MAX_FILE_BYTES} bytes; a design is a few kilobytes", file)
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise _fail("is damaged (not UTF-8 text)", file) from None
    try:
        data = json.loads(text, parse_constant=lambda c: (_ for _ in ()).throw(ValueError(c)))
    except (ValueError, RecursionError) as exc:
        raise _fail(f"is damaged (not valid JSON: {str(exc)[:80]})", file) from None
    return from_dict(data, file=file)


def _read(path: Path) -> bytes:
    """The file's bytes: a regular file (links followed) of at most MAX_FILE_BYTES; never a pipe or device."""
    try:
        return read_regular(path, MAX_FILE_BYTES, follow_links=True)
    except UnsafeFile as exc:
        raise _fail(exc.problem, path.name) from None
    except OSError as exc:
        raise _fail(f"cannot be read ({exc.strerror})", path.name) from None


def load(path: str | Path) -> Design:
    path = Path(path)
    return loads(_read(path), file=path.name)


def file_version(path: str | Path) -> int | None:
    """The format version a design file declares, or None when it cannot tell."""
    try:
        data = json.loads(_read(Path(path)))
        version = data.get("version") if isinstance(data, dict) else None
        return version if isinstance(version, int) else None
    except (DesignError, ValueError, RecursionError):
        return None


def _damaged(path: Path) -> str | None:
    """Why the file at ``path`` is not a design this version can open, or None if it is one."""
    try:
        loads(_read(path), file=path.name)
    except DesignError as exc:
        return exc.problem
    return None


def beside(path: Path) -> Path:
    """A free name next to ``path``: ``name-2.avatar.json``, ``name-3.avatar.json``..."""
    stem, dot, rest = path.name.partition(".")
    for n in range(2, 10_000):
        candidate = path.with_name(f"{stem}-{n}{dot}{rest}")
        if not candidate.exists() and not candidate.is_symlink():
            return candidate
    raise _fail("has no free name beside it", path.name)


def save(design: Design, path: str | Path) -> Path:
    """Write atomically and return the path written.

    An older-format file is copied to ``<name>.bak`` before it is overwritten. A newer-format file is
    refused. A damaged file (not a design this version can read) is never overwritten: the design is
    written beside it (:func:`beside`) and that path is returned, so the caller can say so.
    """
    path = Path(path)
    if path.exists() or path.is_symlink():
        old = file_version(path)
        if old is not None and old > VERSION:
            raise _fail("was written by a newer avatarstudio; it is not overwritten", path.name)
        if _damaged(path) is not None:
            path = beside(path)
        elif old is not None and old < VERSION:
            backup = path.with_name(path.name + ".bak")
            if not backup.exists():
                atomic_write(backup, _read(path))
    atomic_write(path, dumps(design).encode("utf-8"))
    return path
