"""Platform presets: one TOML file per platform under presets/, one table per export target.

A target is what one file for one platform needs: pixel size, the shape the platform shows,
background policy, format, byte limit, framing and a line boost for small display sizes. Kits read
extra keys (safe zones, sticker counts) from ``Target.extra``. Every number in the files cites its
source in a comment (see docs/platforms.md).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import PresetError
from .values import is_hex, is_id

FORMATS = ("png", "jpeg", "webp", "apng", "webm")
ANIMATED_FORMATS = {"apng", "webm"}  # only for animated kinds (animated WebP is "webp" there)
SHAPES = ("circle", "rounded", "square")
BACKGROUNDS = ("keep", "flatten", "transparent")
FRAMINGS = {
    # x, y, width, height of the 1024 canvas shown
    "bust": (0.0, 0.0, 1024.0, 1024.0),
    "face": (162.0, 100.0, 700.0, 700.0),
    "close": (232.0, 170.0, 560.0, 560.0),
}
KINDS = ("avatar", "banner", "card", "stickers", "emoji", "icon", "animated_stickers", "animated_emoji")
MAX_SIDE = 4096


@dataclass(frozen=True)
class Target:
    platform: str
    id: str
    kind: str
    label: str
    size: tuple[int, int]
    shape: str
    background: str
    flatten: str
    format: str
    max_bytes: int | None
    framing: str
    line_boost: float
    dpi: int | None
    display_sizes: tuple[int, ...]
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"{self.platform}:{self.id}"

    @property
    def box(self) -> tuple[float, float, float, float]:
        return FRAMINGS[self.framing]


@dataclass(frozen=True)
class Platform:
    id: str
    name: str
    name_ja: str
    targets: dict[str, Target]


def presets_dir() -> Path:
    from ..paths import presets_dir as folder

    return folder()


def _target(platform: str, target_id: str, spec: dict[str, Any], where: str) -> Target:
    def fail(problem: str) -> PresetError:
        return PresetError(f"[{target_id}] {problem}", file=where)

    if not is_id(target_id):
        raise fail("target names are 1-40 characters of a-z, 0-9 or '_'")
    kind = spec.get("kind", "avatar")
    if kind not in KINDS:
        raise fail(f"'kind' must be one of {', '.join(KINDS)}, not {str(kind)[:40]!r}")
    size = spec.get("size")
    if not (
        isinstance(size, list)
        and len(size) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in size)
    ):
        raise fail("'size' must be [width, height] in whole pixels")
    if not all(16 <= v <= MAX_SIDE for v in size):
        raise fail(f"'size' {size[0]}x{size[1]} is impossible: each side must be 16..{MAX_SIDE} px")

    def choice(key: str, default: str, allowed: tuple[str, ...]) -> str:
        value = spec.get(key, default)
        if not isinstance(value, str) or value not in allowed:
            raise fail(f"'{key}' must be one of {', '.join(allowed)}, not {str(value)[:40]!r}")
        return value

    fmt = choice("format", "png", FORMATS)
    if fmt in ANIMATED_FORMATS and not kind.startswith("animated_"):
        raise fail(f"format {fmt!r} is only for animated_stickers/animated_emoji targets")
    background = choice("background", "keep", BACKGROUNDS)
    if fmt == "jpeg" and background == "transparent":
        raise fail('JPEG has no transparency: use background = "flatten" or a PNG/WebP format')
    flatten = spec.get("flatten", "#ffffff")
    if not is_hex(flatten):
        raise fail("'flatten' must be a #rrggbb colour")
    max_bytes = spec.get("max_bytes")
    if max_bytes is not None and (not isinstance(max_bytes, int) or max_bytes < 2048):
        raise fail("'max_bytes' must be a whole number of at least 2048 bytes")
    shape = choice("shape", "square", SHAPES)
    framing = choice("framing", "bust", tuple(FRAMINGS))
    line_boost = spec.get("line_boost", 1.0)
    if not isinstance(line_boost, (int, float)) or not 0.5 <= line_boost <= 4:
        raise fail("'line_boost' must be a number from 0.5 to 4")
    dpi = spec.get("dpi")
    if dpi is not None and (not isinstance(dpi, int) or not 1 <= dpi <= 1200):
        raise fail("'dpi' must be a whole number from 1 to 1200")
    display = spec.get("display_sizes", [])
    if not isinstance(display, list) or not all(isinstance(v, int) and 8 <= v <= MAX_SIDE for v in display):
        raise fail("'display_sizes' must list pixel sizes")
    common = {
        "kind",
        "label",
        "size",
        "format",
        "background",
        "flatten",
        "max_bytes",
        "shape",
        "framing",
        "line_boost",
        "dpi",
        "display_sizes",
    }
    extra = {k: v for k, v in spec.items() if k not in common}
    return Target(
        platform,
        target_id,
        kind,
        str(spec.get("label", target_id)),
        (size[0], size[1]),
        shape,
        background,
        flatten.lower(),
        fmt,
        max_bytes,
        framing,
        float(line_boost),
        dpi,
        tuple(display),
        extra,
    )


def load_platform(path: str | Path) -> Platform:
    path = Path(path)
    where = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PresetError("preset file is missing", file=where) from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PresetError(f"is not valid TOML ({exc})", file=where) from None
    platform = data.get("platform")
    if not is_id(platform):
        raise PresetError("'platform' must be an id of a-z, 0-9 or '_'", file=where)
    targets_in = data.get("targets")
    if not isinstance(targets_in, dict) or not targets_in:
        raise PresetError("needs at least one [targets.<name>] table", file=where)
    targets = {}
    for target_id, spec in targets_in.items():
        if not isinstance(spec, dict):
            raise PresetError(f"[targets.{target_id}] must be a table", file=where)
        targets[target_id] = _target(platform, target_id, spec, where)
    return Platform(platform, str(data.get("name", platform)), str(data.get("name_ja", "")), targets)


def load_all(folder: str | Path | None = None) -> dict[str, Platform]:
    folder = Path(folder) if folder else presets_dir()
    platforms = {}
    for path in sorted(folder.glob("*.toml")):
        platform = load_platform(path)
        if platform.id in platforms:
            raise PresetError(f"platform {platform.id!r} is defined twice", file=path.name)
        platforms[platform.id] = platform
    return platforms


def find_target(platforms: dict[str, Platform], name: str) -> Target:
    """``x`` is X's avatar; ``x:header`` names another target."""
    platform_id, _, target_id = name.partition(":")
    target_id = target_id or "avatar"
    platform = platforms.get(platform_id)
    if platform is None:
        raise PresetError(f"unknown platform {platform_id!r}; see `avatarstudio presets`")
    if target_id not in platform.targets:
        raise PresetError(
            f"platform {platform_id!r} has no target {target_id!r} "
            f"(it has {', '.join(sorted(platform.targets))})"
        )
    return platform.targets[target_id]


def avatar_targets(platforms: dict[str, Platform]) -> list[Target]:
    return [t for p in platforms.values() for t in p.targets.values() if t.kind == "avatar"]
