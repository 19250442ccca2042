"""Persona kits: everything a persona needs for one platform, in one folder, checked before writing.

``build_kit(pack, design, ["line", "x"], out_dir)`` writes ``out_dir/<platform>/`` with the avatar,
headers/banners (safe zones kept), the profile card, sticker and emoji sets, the profile text and alt
text (alt.txt / alt.ja.txt). Every file is produced in memory first, checked by
:mod:`avatarstudio.export.rules` against the platform's rules, and only then written with
``atomic_write``. Zips are built in memory with fixed timestamps, order and permissions, so the same
design gives byte-identical kits.
"""

from __future__ import annotations

import dataclasses
import gc
import io
import os
import shutil
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from PIL import Image

from ..core.alttext import alt_text, colour_names
from ..core.design import Design
from ..core.errors import AvatarStudioError, ExportError
from ..core.fileio import move_into_place, remove_orphan_temps, staging_folder
from ..core.pack import Pack
from ..core.persona import fill_persona
from ..core.presets import Platform, Target, load_all
from ..core.profile import profile_text
from . import animate, rules
from .avatar import EXTENSIONS, export_target, render_image, target_view
from .captions import ink as _ink
from .chibi import load_figure_kit
from .encode import encode
from .packaging import (
    emoji_archive,
    emoji_count_range,
    pack_split,
    sticker_count,
    sticker_manifests,
    validate_counts,
)
from .raster import release_freed_memory
from .stickers import (
    CLOSED_EYES,
    ArtCache,
    FigureCache,
    Layout,
    add_badge,
    emoji_order,
    fit,
    layout,
    pick_intents,
)

KIT_WORKERS = 2  # this process and one helper process: the machines we measure on have two cores
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
ZIP_MODE = 0o644
FILE_MODE = 0o644  # fixed permissions for written kit files (shareable, same on every run)
DARK_OUTLINE = (38, 36, 48)
# The kit's Renderer keeps only small draws (a quarter of this): its masters are kept by the builder and
# its larger draws are not asked for twice; the default 16 MB held ~15 MB of figure and face draws in
# each process for 8 reuses in a whole kit (2 MB: 14 reuses, the same CPU)
KIT_RENDER_CACHE_MB = 2
BIG_IMAGE = 500_000  # px: after a single image this large, freed memory goes back to the system

Progress = Callable[[float, str], None]


class AltLine(NamedTuple):
    """One sticker/emoji line of alt text; both languages are built from the same data."""

    file: str
    expression: str | None
    caption: str | None = None  # a sticker's caption, kept in its own words in both languages
    intent: str | None = None  # the sticker's intent id (thanks, ok, sorry...)


# alt-text groups: {"stickers/": [AltLine(file name, expression id or None, caption, intent), ...], ...}
AltGroups = dict[str, list[AltLine]]


@dataclass
class PlatformKit:
    platform: str
    folder: Path
    files: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class KitReport:
    out_dir: Path
    platforms: dict[str, PlatformKit]
    persona_generated: tuple[str, ...] = ()  # persona fields that were empty and got generated
    notes: list[str] = field(default_factory=list)  # warnings for the user (a bio over a limit)

    @property
    def files(self) -> list[Path]:
        return [p for kit in self.platforms.values() for p in kit.files]


def make_zip(members: list[tuple[str, bytes]]) -> bytes:
    """A ZIP with the members in the given order, fixed dates/permissions, stored (PNG is compressed)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.create_system = 3
            info.external_attr = (0o100000 | ZIP_MODE) << 16
            info.compress_type = zipfile.ZIP_STORED
            zf.writestr(info, data)
    return out.getvalue()


def _enc(
    image: Image.Image,
    target: Target,
    what: str,
    *,
    size_limit: int | None = None,
    fmt: str | None = None,
    dpi: int | None = None,
) -> bytes:
    fmt = fmt or target.format
    if fmt == "jpeg" or (target.background == "flatten"):
        from .encode import prepare

        image = prepare(image, "flatten", target.flatten)
    return encode(
        image,
        fmt,
        max_bytes=size_limit if size_limit is not None else target.max_bytes,
        dpi=dpi if dpi is not None else target.dpi,
        what=what,
    )


def _outline_colour(target: Target) -> tuple[int, int, int]:
    return DARK_OUTLINE if target.extra.get("outline_colour") == "dark" else (255, 255, 255)


STICKER_KINDS = ("stickers", "animated_stickers")
ANIMATED_KINDS = ("animated_stickers", "animated_emoji")
EMOJI_MOTIONS = {"blink": "nod"}  # a face close-up has no closed-eye render: it nods instead
STICKER_EXTRAS = {  # preset key -> (file name, drawn as a sticker or as a face close-up)
    "main": ("main.png", "sticker"),
    "tab": ("tab.png", "face"),
    "thumb": ("thumb.png", "face"),
    "tray": ("tray.png", "face"),
}


def chunk_files(chunk, extras) -> list[tuple[str, bytes]]:
    return [(n, b) for n, b, _ in chunk] + list(extras)


def sticker_language(design: Design) -> str:
    """Captions follow the persona's language: Japanese for ja, English otherwise."""
    return "ja" if (design.persona.language or "").lower().startswith("ja") else "en"


def caption_ink(pack: Pack, design: Design) -> tuple[int, int, int]:
    from ..core.design import effective_colours

    return _ink(effective_colours(pack, design).get("clothes_accent", "#333344"))


def _shortcode(handle: str, expression: str | None, used: set[str]) -> str:
    base = f"{handle}_{expression or 'face'}".lower()
    base = "".join(c if c.isalnum() and c.isascii() or c == "_" else "_" for c in base)[:32]
    name, n = base, 2
    while name in used:
        suffix = f"_{n}"
        name, n = base[: 32 - len(suffix)] + suffix, n + 1
    used.add(name)
    return name


class _Builder:
    def __init__(
        self,
        pack: Pack,
        design: Design,
        renderer,
        sticker_count: int | None,
        captions: dict[str, str] | None = None,
        *,
        plan: bool = False,
    ) -> None:
        self.pack, self.design, self.renderer = pack, design, renderer
        self.plan = plan  # name every file and zip member as a build would, drawing nothing (empty bytes)
        self.cache = ArtCache(pack, design, renderer)
        self.figures = FigureCache(pack, design, renderer)
        self.sticker_count = sticker_count
        self.captions = dict(captions or {})
        self.language = sticker_language(design)
        self.ink = caption_ink(pack, design)
        self._fitted: dict[tuple, Image.Image] = {}  # fitted_face results, shared by every platform
        # expression -> every fitted_face key the kit asks for it (plan_faces); None: no plan, each close-up
        # master is kept for the whole build
        self._face_plan: dict[str | None, set[tuple]] | None = None
        self._wanted: dict[str | None, set[tuple]] = {}  # the keys a planning builder was asked for
        self._emoji: dict[tuple, Image.Image] = {}  # emoji_image results, shared by every platform
        self._encoded: dict[tuple, bytes] = {}  # files that several platforms share, encoded once
        # an avatar's or icon's drawing -> how many files of other looks still want it (plan_faces), and
        # the drawings kept for them: one drawing, encoded as PNG and JPEG, kept and flattened or not
        self._drawing_uses: Counter[tuple] = Counter()
        self._drawings: dict[tuple, Image.Image] = {}
        # a banner's avatar square (px) -> how many banners still want its fitting (plan_faces), and the
        # fittings kept for them
        self._banner_uses: Counter[int] = Counter()
        self._banner_avatars: dict[int, Image.Image] = {}
        self._figure_uses: Counter[str] | None = (
            None  # sticker sets still to draw each intent (see count_uses)
        )
        # a sticker's layout (see _layout_key) -> how many stickers still want it (count_uses), and the
        # layouts kept for them: Telegram's and WhatsApp's 512 px stickers are one layout, two encodings
        self._layout_uses: Counter[tuple] = Counter()
        self._layouts: dict[tuple, Layout] = {}

    def count_uses(self, targets: list[Target]) -> None:
        """Count the sticker sets of ``targets`` that draw each intent's figure, so that a master is freed
        when its last set has it (the kit then holds ~16 figures, not 40), and the stickers that want
        each layout, so that one shared by several sets is made once and freed after its last."""
        uses: Counter[str] = Counter()
        layouts: Counter[tuple] = Counter()
        for target in targets:
            intents = self.intents(target)
            uses.update(it.id for it in intents)
            layouts.update(self._layout_key(target, it) for it in intents)
            if any(key in target.extra for key in STICKER_EXTRAS):
                uses[intents[0].id] += 1
            for key, (_name, style) in STICKER_EXTRAS.items():
                if key in target.extra and style == "sticker":
                    layouts[self._layout_key(target, intents[0], tuple(target.extra[key]))] += 1
        self._figure_uses = uses
        self._layout_uses = Counter({key: n for key, n in layouts.items() if n > 1})

    def _used(self, intent) -> None:
        if self._figure_uses is not None:
            self._figure_uses[intent.id] -= 1
            if self._figure_uses[intent.id] <= 0:
                self.figures.drop(intent.id)

    # --- stickers -------------------------------------------------------------------------------
    def caption(self, intent) -> str:
        return self.captions.get(intent.id, intent.caption(self.language))

    def _layout_key(self, target: Target, intent, size: tuple[int, int] | None = None) -> tuple:
        """What a sticker's layout is made of: sets asking for the same get the same layout."""
        return (
            intent.id,
            self.caption(intent),
            tuple(size or target.size),
            int(target.extra.get("margin", 0)),
            int(target.extra.get("outline", 0)),
            _outline_colour(target),
        )

    def layout(self, target: Target, intent, size: tuple[int, int] | None = None, *, where: str):
        """The intent's sticker laid out for ``target`` (read-only): made once for every set that asks
        for the same (count_uses), kept until the last of them has it."""
        key = self._layout_key(target, intent, size)
        lay = self._layouts.get(key)
        if lay is None:
            _, caption, canvas, margin, outline_px, colour = key
            lay = layout(
                self.figures.figure(intent),
                caption,
                canvas,
                margin=margin,
                outline_px=outline_px,
                ink=self.ink,
                where=where,
                colour=colour,
            )
            if self._layout_uses[key] > 1:
                self._layouts[key] = lay
        if key in self._layout_uses:
            self._layout_uses[key] -= 1
            if self._layout_uses[key] <= 0:
                del self._layout_uses[key]
                self._layouts.pop(key, None)
        return lay

    def intents(self, target: Target) -> list:
        count = sticker_count(target, self.sticker_count, len(self.figures.kit.intents))
        return pick_intents(self.figures.kit, count)

    def plan_faces(self, platforms: list[Platform], animated: bool) -> None:
        """Learn every close-up fitting the kit of ``platforms`` asks for (emoji of every size, tabs,
        thumbnails and tray icons), so that each close-up master is drawn once, fitted for all of them
        at once and freed at once: a kit then holds one close-up master at a time instead of all ~22
        (~50 MiB with their halvings when drawn at 768 px). The same pixels: each fitting is a function of the master alone."""
        planner = _Builder(self.pack, self.design, None, self.sticker_count, self.captions, plan=True)
        from .banner import avatar_side

        looks: dict[tuple, set[tuple]] = {}  # an avatar's or icon's drawing -> the looks encoded of it
        banners: dict[int, set[tuple]] = {}  # a banner's avatar square -> the banners drawn with it
        for platform in platforms:
            for group, targets in kit_units(platform, animated):
                if group != "singles":
                    _unit_files(self.pack, self.design, targets, None, planner)
                    continue
                for target in targets:
                    if target.kind == "banner":
                        banners.setdefault(avatar_side(target), set()).add(_banner_key(self.design, target))
                    elif target.kind != "card":
                        looks.setdefault(_drawing_key(self.design, target), set()).add(
                            _look_key(self.design, target)
                        )
        self._face_plan = planner._wanted
        self._drawing_uses = Counter({key: len(keys) for key, keys in looks.items() if len(keys) > 1})
        self._banner_uses = Counter({side: len(keys) for side, keys in banners.items() if len(keys) > 1})

    @staticmethod
    def _face_key(expression, size, margin: int, outline_px: int, colour) -> tuple:
        return (expression, tuple(size), margin, outline_px, colour)

    def fitted_face(self, expression, size, *, margin: int, outline_px: int, colour) -> Image.Image | None:
        """The close-up master of ``expression`` fitted and outlined on a ``size`` canvas, made once per
        kit build: platforms asking for the same face at the same size share it (read-only). With a plan
        (plan_faces), every planned fitting of the expression is made when it is first asked for and
        the master is freed. A planning builder only notes what is asked for (and returns None)."""
        key = self._face_key(expression, size, margin, outline_px, colour)
        if self.plan:
            self._wanted.setdefault(expression, set()).add(key)
            return None
        image = self._fitted.get(key)
        if image is None:
            planned = (self._face_plan or {}).get(expression, set())
            art = self.cache.art(expression, "close")
            for want in [key] + sorted(planned - {key} - self._fitted.keys(), key=repr):
                _, want_size, want_margin, want_outline, want_colour = want
                fitted = fit(art, want_size, margin=want_margin, outline_px=want_outline, colour=want_colour)
                self._fitted[want] = fitted  # two threads may both draw it: the same pixels either way
            if key in planned:
                self.cache.drop(expression, "close")  # every planned fitting is made: asked again, redrawn
            image = self._fitted[key]
        return image

    def face(self, target: Target, intent, size: tuple[int, int], outline_px: int = 3) -> Image.Image:
        """A close-up of the intent's face (tabs, thumbnails, tray icons, emoji)."""
        return self.fitted_face(
            self._expression(intent), size, margin=2, outline_px=outline_px, colour=_outline_colour(target)
        )

    def sticker_bytes(self, target: Target, intent, size=None, *, where: str) -> bytes:
        """One sticker encoded for ``target``: a still image, or its animation for animated targets."""
        if self.plan:
            return b""
        if target.kind not in ANIMATED_KINDS:
            return _enc(self.layout(target, intent, size, where=where).frame(), target, where)
        return self._encode(target, *self.sticker_frames(target, intent, size, where=where), where)

    def sticker_frames(self, target: Target, intent, size=None, *, where: str):
        """The frames of one animated sticker and their timing (what sticker_bytes encodes)."""
        lay = self.layout(target, intent, size, where=where)
        extra: dict = {}
        if intent.motion == "blink":
            extra["closed"] = lay.place(self.figures.figure(intent, eyes=CLOSED_EYES))
        pose = self.figures.kit.poses[intent.pose]
        if intent.motion == "wave" and pose.moving_arm:
            # the raised arm turns about the shoulder (share -1..1 of the pose's swing); the body stays
            extra["turn"] = lambda share: lay.place(
                self.figures.figure(intent, arm=round(share * pose.swing, 1))
            )
        return self._frames(target, lay, intent.motion, **extra)

    def _frames(self, target: Target, lay, motion: str, **extra):
        timing = animate.Timing(
            int(target.extra.get("frames", 10)),
            int(target.extra.get("duration_ms", 2000)),
            int(target.extra.get("loops", 0)),
        )
        return animate.frames(lay, motion, timing.frames, ink=self.ink, **extra), timing

    def _encode(self, target: Target, images, timing, where: str) -> bytes:
        return animate.encode(
            images, target.format, timing, max_bytes=target.max_bytes or 10**9, what=where, dpi=target.dpi
        )

    def extension(self, target: Target) -> str:
        return (
            animate.EXTENSIONS[target.format] if target.kind in ANIMATED_KINDS else EXTENSIONS[target.format]
        )

    def stickers(self, target: Target, files: dict[str, bytes], alt: AltGroups) -> None:
        platform = target.platform
        ext = self.extension(target)
        stem = str(target.extra.get("name", "{n:02d}"))
        intents = self.intents(target)
        members: list[tuple[str, bytes]] = []
        alt_lines: list[AltLine] = []
        for i, intent in enumerate(intents, 1):
            name = f"{stem.format(n=i)}.{ext}"
            where = f"{platform} {target.id} {name} ({intent.id})"
            members.append((name, self.sticker_bytes(target, intent, where=where)))
            alt_lines.append(AltLine(name, self._expression(intent), self.caption(intent), intent.id))
            self._used(intent)
        extras = self._sticker_extras(target, intents[0])
        if any(key in target.extra for key in STICKER_EXTRAS):
            self._used(intents[0])
        zip_name = target.extra.get("zip")
        if zip_name:
            data = make_zip(extras + members)
            limit = int(target.extra.get("zip_max_bytes", rules.LINE_ZIP_MAX))
            if len(data) > limit:
                raise ExportError(f"sticker ZIP is {len(data)} bytes, limit {limit}", file=zip_name)
            files[zip_name] = data
            alt[zip_name] = alt_lines
            packs = [(zip_name, [(n, b, it) for (n, b), it in zip(members, intents, strict=True)])]
        else:
            packs = []
            for folder, start, end in pack_split(target, len(members)):
                chunk = [
                    (n, b, it) for (n, b), it in zip(members[start:end], intents[start:end], strict=True)
                ]
                packs.append((folder, chunk))
                for name, data in chunk_files(chunk, extras):
                    files[f"{folder}/{name}"] = data
                alt[f"{folder}/"] = alt_lines[start:end]
        files.update(sticker_manifests(target, self.design, packs, self.caption, files))

    def _sticker_extras(self, target: Target, first) -> list[tuple[str, bytes]]:
        """The main image, tab, thumbnail or tray icon a preset asks for, in the preset's order."""
        out = []
        for key, (name, style) in STICKER_EXTRAS.items():
            if key not in target.extra:
                continue
            size = tuple(target.extra[key])
            where = f"{target.platform}:{target.id}/{name}"
            if style == "sticker":
                out.append((name, self.sticker_bytes(target, first, size, where=where)))
                continue
            if self.plan:
                self.face(target, first, size)  # noted for plan_faces
                out.append((name, b""))
                continue
            image = self.face(target, first, size)
            limit = target.extra.get(f"{key}_max_bytes")
            out.append(
                (name, _enc(image, target, where, size_limit=int(limit) if limit else None, fmt="png"))
            )
        return out

    # --- emoji ----------------------------------------------------------------------------------
    def emoji_intents(self, target: Target) -> list:
        """The first ``count`` intents in emoji order (:func:`stickers.emoji_order`): no two alike. A
        preset without a count takes one emoji per face."""
        out = emoji_order(self.figures.kit.intents)
        lo, hi = emoji_count_range(target)
        faces = len({it.expression for it in out})
        count = max(lo, min(hi, int(target.extra.get("count", faces))))
        if count > len(out):
            raise ExportError(f"an emoji set holds at most {len(out)} emoji (one per intent), not {count}")
        return out[:count]

    def _emoji_key(self, target: Target, intent, size: tuple[int, int] | None) -> tuple:
        """What an emoji image is made of: platforms asking for the same get the same pixels."""
        width = int(target.extra.get("outline", 0))
        margin = max(1, int(target.extra.get("margin", 1)))  # >= 1 px keeps the corners transparent
        return (
            self._expression(intent),
            tuple(size or target.size),
            margin,
            width,
            _outline_colour(target),
            intent.badge or "",
        )

    def emoji_image(self, target: Target, intent, size: tuple[int, int] | None = None) -> Image.Image:
        """The intent's emoji for ``target``: its fitted, outlined face with the intent's badge, made once
        per kit build for every platform asking for the same (read-only)."""
        key = self._emoji_key(target, intent, size)
        image = self._emoji.get(key)
        if image is None:
            expression, size, margin, width, colour, badge = key
            image = self.fitted_face(expression, size, margin=margin, outline_px=width, colour=colour)
            image = self._emoji[key] = add_badge(image, self.figures.kit.badges.get(badge))
        return image

    def emoji_bytes(self, target: Target, intent, where: str, size: int | None = None) -> bytes:
        sized = (size, size) if size else None
        if self.plan:
            expression, size_, margin, width, colour, _badge = self._emoji_key(target, intent, sized)
            self.fitted_face(expression, size_, margin=margin, outline_px=width, colour=colour)  # noted
            return b""
        if target.kind not in ANIMATED_KINDS:
            # Discord, Mastodon, Misskey and Slack ask for the same 128 px emoji, under three byte limits
            # (256 KiB, 250 KB, 125 KB). encode() returns the first of its tries that fits, so the first
            # try, made once with no limit, is each of their files wherever it fits their limit: 22
            # encodes for the four instead of 66 (the faces units: 133 -> 89 encodes, ~89 -> ~56 ms CPU).
            # Over a limit, the target's own tries, kept for the next platform with that limit.
            key = ("emoji", self._emoji_key(target, intent, sized), target.format, target.dpi)
            key += (target.background, target.flatten)
            data = self._encoded.get(key)
            if data is None:
                image = self.emoji_image(target, intent, sized)
                data = self._encoded[key] = _enc(image, dataclasses.replace(target, max_bytes=None), where)
            if len(data) > (target.max_bytes or len(data)):
                limited = key + (target.max_bytes,)
                data = self._encoded.get(limited)
                if data is None:
                    data = self._encoded[limited] = _enc(
                        self.emoji_image(target, intent, sized), target, where
                    )
            return data
        image = self.emoji_image(target, intent, sized)
        return self._encode(target, *self.emoji_frames(target, intent, image), where)

    def emoji_frames(self, target: Target, intent, image: Image.Image | None = None):
        """The frames of one animated emoji and their timing (what emoji_bytes encodes)."""
        image = image if image is not None else self.emoji_image(target, intent)
        box = image.getchannel("A").getbbox() or (0, 0, *image.size)
        lay = Layout(target.size, 1.0, (0, 0), image, None, (0, 0), box, 0, _outline_colour(target))
        return self._frames(target, lay, EMOJI_MOTIONS.get(intent.motion, intent.motion))

    def emoji(self, target: Target, files: dict[str, bytes], alt: AltGroups) -> None:
        platform = target.platform
        ext = self.extension(target)
        intents = self.emoji_intents(target)
        alt_lines: list[AltLine] = []
        zip_name = target.extra.get("zip")
        if zip_name:
            members = []
            for i, intent in enumerate(intents, 1):
                name = f"{i:03d}.{ext}"
                members.append((name, self.emoji_bytes(target, intent, f"{platform}:{target.id}/{name}")))
                alt_lines.append(AltLine(name, self._expression(intent)))
            tab = b""
            image = self.face(target, intents[0], tuple(target.extra.get("tab", rules.LINE_TAB)), 3)
            if not self.plan:
                tab = _enc(image, target, f"{platform}:emoji/tab.png", fmt="png")
            files[zip_name] = make_zip([("tab.png", tab)] + members)
            alt[zip_name] = alt_lines
            pack = [(n, b, it) for (n, b), it in zip(members, intents, strict=True)]
            files.update(sticker_manifests(target, self.design, [(zip_name, pack)], self.caption, files))
            return
        used: set[str] = set()
        handle = self.design.persona.handle or "persona"
        archived: list[tuple[str, bytes, object]] = []
        folder = str(target.extra.get("folder", "emoji"))
        sizes = [int(v) for v in target.extra.get("sizes", [])]  # several sizes of each (Twitch 28/56/112)
        for intent in intents:
            code = _shortcode(handle, intent.id, used)
            for size in sizes or [None]:
                name = f"{folder}/{code}{f'_{size}' if size else ''}.{ext}"
                files[name] = self.emoji_bytes(target, intent, f"{platform}:{name}", size)
                archived.append((name.split("/", 1)[1], files[name], intent))
                alt_lines.append(AltLine(name.split("/", 1)[1], self._expression(intent)))
        alt[f"{folder}/"] = alt_lines
        archive = target.extra.get("archive")
        if archive:
            files.update(emoji_archive(str(archive), archived, handle))

    def _expression(self, intent) -> str | None:
        """The intent's expression when the pack has it (alt text then describes that face)."""
        return intent.expression if intent.expression in self.pack.expressions else None


def preview_images(pack: Pack, design: Design, target: Target, renderer, count: int) -> list[Image.Image]:
    """The first ``count`` stickers or emoji of a still sticker/emoji ``target``, drawn as the kit draws
    them (the studio's export preview)."""
    builder = _Builder(pack, design, renderer, None)
    if target.kind == "stickers":
        where = f"{target.platform} {target.id} preview"
        return [builder.layout(target, it, where=where).frame() for it in builder.intents(target)[:count]]
    return [builder.emoji_image(target, it) for it in builder.emoji_intents(target)[:count]]


def preview_animations(pack: Pack, design: Design, target: Target, renderer, count: int):
    """The first ``count`` animated stickers or emoji of an animated ``target`` as (frames, Timing): the
    frames the kit encodes (the studio's export preview plays them)."""
    builder = _Builder(pack, design, renderer, None)
    if target.kind == "animated_stickers":
        where = f"{target.platform} {target.id} preview"
        return [builder.sticker_frames(target, it, where=where) for it in builder.intents(target)[:count]]
    return [builder.emoji_frames(target, it) for it in builder.emoji_intents(target)[:count]]


def sticker_targets(platforms: list[Platform], animated: bool) -> list[Target]:
    """The sticker sets a kit builds, so the ones ``--stickers`` sizes: every still set, and the animated
    sets only when they are asked for (``animated``, kit --animated)."""
    kinds = STICKER_KINDS if animated else tuple(k for k in STICKER_KINDS if k not in ANIMATED_KINDS)
    return [t for p in platforms for t in p.targets.values() if t.kind in kinds]


def check_sticker_request(
    kit, platforms: list[Platform], sticker_count: int | None, captions: dict[str, str], animated: bool
) -> None:
    """Refuse an impossible ``sticker_count`` (``--stickers``) for any set of the figure ``kit`` the
    platforms build (animated sets only when ``animated``) or an unknown/too-long caption, before
    rendering anything."""
    from . import captions as _captions

    validate_counts(sticker_targets(platforms, animated), sticker_count, len(kit.intents))
    known = {it.id for it in kit.intents}
    for intent_id, text in captions.items():
        if intent_id not in known:
            raise ExportError(
                f"no sticker intent {intent_id!r}; intents: {', '.join(sorted(known))}", file="--caption"
            )
        _captions.check_text(text, f"sticker {intent_id!r}")


def _alt_files(pack: Pack, design: Design, extra: AltGroups) -> dict[str, bytes]:
    """alt.txt and alt.ja.txt: the avatar, then one line per sticker/emoji, each language built from
    the same data (file name, expression; a sticker's caption and intent, kept as written)."""
    out = {}
    for lang, name in (("en", "alt.txt"), ("ja", "alt.ja.txt")):
        names = colour_names(pack, design, lang)  # every line names the same colours
        text = [alt_text(pack, design, lang, names=names)]
        faces: dict[str | None, str] = {}  # expression -> its description (a set repeats a few faces)
        for group in sorted(extra):
            text.append("")
            text.append(f"[{group}]")
            text.extend(_alt_line(pack, design, lang, names, line, faces) for line in extra[group])
        out[name] = ("\n".join(text) + "\n").encode("utf-8")
    return out


def _alt_line(pack: Pack, design: Design, lang: str, names: dict, line: AltLine, faces: dict) -> str:
    lead = f"“{line.caption}” ({line.intent}). " if line.caption is not None else ""
    if line.expression not in faces:
        faces[line.expression] = alt_text(pack, design, lang, line.expression, background=False, names=names)
    return f"{line.file}: {lead}{faces[line.expression]}"


SINGLE_FILES = {
    "avatar": "avatar",
    "banner": None,
    "card": "card",
    "icon": None,
}  # file stem (None: target id)


def _single_file(pack: Pack, design: Design, target: Target, renderer, builder: _Builder) -> bytes:
    """The avatar, a banner, the profile card or an icon of ``target``, encoded."""
    if target.kind == "banner":
        from .banner import avatar_side, fit_avatar, render_banner

        # a banner is its look and the handle it shows: Mastodon's and Pawoo's headers are one file
        key = _banner_key(design, target)
        data = builder._encoded.get(key)
        if data is None:
            # every banner's avatar is fitted from one master render; banners with one avatar square
            # (Mastodon's and Misskey's, mixi2's and X's) share the fitting while a planned one wants it
            side = avatar_side(target)
            avatar = builder._banner_avatars.pop(side, None)
            if avatar is None:
                avatar = fit_avatar(builder.cache.art(None, "bust"), side)
            builder._banner_uses[side] -= 1
            if builder._banner_uses[side] > 0:
                builder._banner_avatars[side] = avatar
            image = render_banner(pack, design, target, renderer, avatar=avatar)
            data = builder._encoded[key] = _enc(image, target, target.name)
        return data
    if target.kind == "card":
        from .card import render_card

        return _enc(render_card(pack, design, target, renderer), target, target.name)
    # an avatar or icon is the target's look, nothing of its platform: platforms that ask for the same
    # (Bluesky, note and pixiv: 1000 px PNG on white) share the file
    key = _look_key(design, target)
    data = builder._encoded.get(key)
    if data is None:
        # looks that differ only in format, byte limit or background policy share the drawing (LinkedIn,
        # X and Mastodon: 400 px at line weight 1.3), kept while a planned look still wants it
        drawing = _drawing_key(design, target)
        image = builder._drawings.pop(drawing, None)
        if image is None:
            image = render_image(pack, design, renderer, *target.size, target_view(target, design))
        builder._drawing_uses[drawing] -= 1
        if builder._drawing_uses[drawing] > 0:
            builder._drawings[drawing] = image
        data = builder._encoded[key] = export_target(pack, design, target, renderer, image=image)
    return data


def _look_key(design: Design, target: Target) -> tuple:
    """What an avatar's or icon's file is made of (its target without the platform's names)."""
    look = dataclasses.replace(target, platform="", id="", label="", display_sizes=(), extra={})
    return (repr(look), repr(sorted(target.extra.items())), repr(design.framing_for(target.name)))


def _banner_key(design: Design, target: Target) -> tuple:
    """What a banner's file is made of: its look and the handle it shows."""
    from .card import image_handle

    return ("banner", _look_key(design, target), image_handle(target, design.persona))


def _drawing_key(design: Design, target: Target) -> tuple:
    """What an avatar's or icon's drawing is made of, before its background policy and encoding."""
    return (tuple(target.size), repr(target_view(target, design)))


def kit_files(
    pack: Pack,
    design: Design,
    platform: Platform,
    renderer,
    *,
    builder: _Builder | None = None,
    progress: Progress | None = None,
    generated: tuple[str, ...] = (),
    shorten_bio: bool = False,
    captions: dict[str, str] | None = None,
    animated: bool = False,
) -> dict[str, bytes]:
    """Every file of one platform's kit as {relative path: bytes} (nothing written).

    ``generated`` names the persona fields the app made up (profile.txt says so); ``shorten_bio`` is the
    user's consent to cut a bio over the platform's limit in profile.txt (otherwise it is flagged).
    ``captions`` ({intent: text}) replace sticker captions; ``animated`` adds the animated sets."""
    builder = builder or _Builder(pack, design, renderer, None, captions)
    if captions and builder.captions != captions:
        raise ValueError("kit_files: captions differ from the builder's")  # one source of captions
    files: dict[str, bytes] = {}
    alt: AltGroups = {}
    for _group, targets in kit_units(platform, animated):
        unit_files, unit_alt = _unit_files(pack, design, targets, renderer, builder, progress)
        files.update(unit_files)
        alt.update(unit_alt)
    return _finish(pack, design, platform, files, alt, generated, shorten_bio)


# A platform's kit is built in units that share master images: its sticker and animated sets (posed
# figures; one unit, as WhatsApp's contents.json and LINE's submission text gather several sets), its
# still emoji (face close-ups), and its single images (avatar, banners, card, icon). Units of one
# platform depend on nothing but the design, so two processes may build them (_TwoProcesses).
UNIT_GROUPS = ("figures", "faces", "singles")


def _unit_group(target: Target) -> str | None:
    if target.kind in SINGLE_FILES:
        return "singles"
    if target.kind in STICKER_KINDS or target.kind in ANIMATED_KINDS:
        return "figures"
    if target.kind == "emoji":
        return "faces"
    return None


def kit_units(platform: Platform, animated: bool) -> list[tuple[str, list[Target]]]:
    """(group, targets in preset order) for each non-empty group of ``platform``, in UNIT_GROUPS order;
    animated sets only when ``animated``."""
    groups: dict[str, list[Target]] = {g: [] for g in UNIT_GROUPS}
    for target in platform.targets.values():
        group = _unit_group(target)
        if group is None or (target.kind in ANIMATED_KINDS and not animated):
            continue  # animated sets are built on request (kit --animated): they cost most of a kit's time
        groups[group].append(target)
    return [(g, targets) for g, targets in groups.items() if targets]


def _unit_files(
    pack: Pack, design: Design, targets: list[Target], renderer, builder: _Builder, progress=None
) -> tuple[dict[str, bytes], AltGroups]:
    """The files and alt-text groups of one unit's ``targets`` (see kit_units)."""
    files: dict[str, bytes] = {}
    alt: AltGroups = {}
    for target in targets:
        if progress:
            progress(-1.0, f"{target.platform}:{target.id}")
        if target.kind in SINGLE_FILES:
            name = f"{SINGLE_FILES[target.kind] or target.id}.{EXTENSIONS[target.format]}"
            files[name] = b"" if builder.plan else _single_file(pack, design, target, renderer, builder)
            if not builder.plan and target.size[0] * target.size[1] >= BIG_IMAGE:
                release_freed_memory()  # its copies (2-15 MB each) are freed, but glibc would keep them
        elif target.kind in STICKER_KINDS:
            builder.stickers(target, files, alt)
        else:
            builder.emoji(target, files, alt)
    return files, alt


def _finish(
    pack: Pack,
    design: Design,
    platform: Platform,
    files: dict[str, bytes],
    alt: AltGroups,
    generated: tuple[str, ...],
    shorten_bio: bool,
) -> dict[str, bytes]:
    """``files`` with the platform's alt text and profile.txt added."""
    files.update(_alt_files(pack, design, alt))
    files["profile.txt"] = profile_text(platform, design, generated, shorten_bio).encode("utf-8")
    return files


def planned_files(
    pack: Pack,
    design: Design,
    platform: Platform,
    sticker_count: int | None = None,
    *,
    animated: bool = False,
) -> list[tuple[str, list[str]]]:
    """(file, its zip members) for every file ``kit_files`` makes for ``platform``, sorted, without drawing:
    what an export will write, shown before it does. The kit builder itself names them in its planning
    mode (nothing drawn or encoded), so the plan and the files cannot drift. ``design`` has its persona
    filled (ensure_persona)."""
    builder = _Builder(pack, design, None, sticker_count, plan=True)
    files = kit_files(pack, design, platform, None, builder=builder, animated=animated)
    return [
        (name, zipfile.ZipFile(io.BytesIO(data)).namelist() if name.endswith(".zip") else [])
        for name, data in sorted(files.items())
    ]


def check_files(platform: Platform, files: dict[str, bytes]) -> list[str]:
    problems = rules.check_kit(platform.id, files)
    for target in platform.targets.values():
        name = {"avatar": "avatar", "banner": target.id, "card": "card"}.get(target.kind)
        if name:
            path = f"{name}.{EXTENSIONS[target.format]}"
            if path in files:
                problems += rules.check_target_file(path, files[path], target)
    return list(dict.fromkeys(problems))


def resolve_platforms(platform_ids, platforms: dict[str, Platform] | None = None) -> list[Platform]:
    platforms = platforms or load_all()
    if isinstance(platform_ids, str):
        platform_ids = [p.strip() for p in platform_ids.split(",") if p.strip()]
    if not platform_ids or "all" in platform_ids:
        return [platforms[k] for k in sorted(platforms)]
    out = []
    for pid in platform_ids:
        if pid not in platforms:
            raise ExportError(f"unknown platform {pid!r}; known: {', '.join(sorted(platforms))}, all")
        if platforms[pid] not in out:
            out.append(platforms[pid])
    return out


def ensure_persona(pack: Pack, design: Design, language: str | None = None) -> tuple[Design, tuple[str, ...]]:
    """The design with only its empty persona fields generated, and which fields were (see fill_persona)."""
    return fill_persona(design, pack, language)


def build_kit(
    pack: Pack,
    design: Design,
    platform_ids,
    out_dir,
    *,
    renderer=None,
    progress: Progress | None = None,
    sticker_count: int | None = None,
    platforms: dict[str, Platform] | None = None,
    shorten_bio: bool = False,
    language: str | None = None,
    captions: dict[str, str] | None = None,
    animated: bool = False,
) -> KitReport:
    """Build, check and write the kits for ``platform_ids`` (ids, a comma list, or "all") under ``out_dir``.

    Raises ExportError naming every broken rule before anything is written for a failing platform.
    ``progress(fraction, message)`` is called as work proceeds (fraction in 0..1), before each target
    this process draws and after each unit either process built; an exception it raises stops the
    build with nothing written (the studio's Cancel). ``captions``
    ({intent: text}) replace sticker captions; ``animated`` adds the animated sticker and emoji sets.
    An impossible sticker count or an unknown/too-long caption is refused before anything is rendered.

    Each platform's files are written, as soon as its check passes and by the process that checked it,
    into a staging folder inside ``out_dir``; once every platform passed they are moved into place (a
    rename each, or one for a platform folder that did not exist) and synced once. A failure or a cancel
    removes the staging folder, leaves every file in ``out_dir`` as it was, and removes ``out_dir`` if
    the kit made it.
    """
    chosen = resolve_platforms(platform_ids, platforms)
    design, generated = ensure_persona(pack, design, language)
    from ..core.profile import notes as profile_notes

    check_sticker_request(load_figure_kit(pack), chosen, sticker_count, captions or {}, animated)
    jobs = 1 if renderer is not None else KIT_WORKERS  # a caller's Renderer: built here, in one thread
    options = {"generated": generated, "shorten_bio": shorten_bio, "captions": captions, "animated": animated}
    out_dir = Path(out_dir)
    made = _make_folder(out_dir)
    remove_orphan_temps(out_dir)  # a staging folder of a kit that was killed
    stage = staging_folder(out_dir)
    two = None
    try:
        if jobs > 1:  # the helper first: it starts while this process makes its Renderer and builder
            two = _TwoProcesses(pack, design, chosen, options, stage).start(sticker_count, captions)
        if renderer is None:
            from ..render import Renderer

            renderer = Renderer(KIT_RENDER_CACHE_MB)
        builder = _Builder(pack, design, renderer, sticker_count, captions)
        builder.count_uses(sticker_targets(chosen, animated))
        builder.plan_faces(chosen, animated)
        with rules.remembered():  # a file several platforms hold is decoded once by their checks
            built = _build_platforms(
                pack, design, chosen, renderer, builder, jobs, progress, options, two, stage=stage
            )
        report = KitReport(out_dir, {}, generated)
        for platform in chosen:
            report.notes.extend(profile_notes(platform.id, design, shorten_bio, generated))
            folder = out_dir / platform.id
            _move_platform(stage / platform.id, folder, built[platform.id])
            report.platforms[platform.id] = PlatformKit(
                platform.id, folder, [folder / r for r in built[platform.id]]
            )
        shutil.rmtree(stage)  # empty folders now
        if hasattr(os, "sync"):
            os.sync()  # one flush for the whole kit instead of two fsyncs for each of its ~250 files
        if two is not None:
            two.close()  # the helper has ended by now (it was not waited for)
    except BaseException:
        if two is not None:
            two.close()  # before the folder goes: the helper may be writing its last platform
        shutil.rmtree(stage, ignore_errors=True)
        for folder in made:  # innermost first; only if still empty
            try:
                folder.rmdir()
            except OSError:
                break
        raise
    if progress:
        progress(1.0, "done")
    return report


def _make_folder(folder: Path) -> list[Path]:
    """Make ``folder`` (and its missing parents); the folders made, innermost first."""
    if os.path.lexists(folder) and not folder.is_dir():
        raise ExportError(
            "is not a folder: a kit is written into a folder (name one with -o)", file=str(folder)
        )
    made = []
    missing = folder
    while not os.path.lexists(missing) and missing != missing.parent:
        made.append(missing)
        missing = missing.parent
    folder.mkdir(parents=True, exist_ok=True)
    return made


def _stage_files(stage: Path | None, platform_id: str, files: dict[str, bytes]):
    """A checked platform's files as :func:`_build_platforms` returns them: without a staging folder
    the files themselves; with one, written under ``stage``/<platform id> (FILE_MODE) and their names
    returned, sorted. The platform folder is made without its parents: a staging folder removed
    after a failure is never made again by a helper still writing."""
    if stage is None:
        return files
    folder = stage / platform_id
    folder.mkdir(exist_ok=True)
    made = {folder}
    for rel, data in files.items():
        path = folder / rel
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        path.write_bytes(data)
        os.chmod(path, FILE_MODE)
    return tuple(sorted(files))


def _move_platform(staged: Path, folder: Path, names: tuple[str, ...]) -> None:
    """Move a platform's staged files into ``folder``: one rename of the whole folder where there was
    none, else one rename per file (the folder's other files are kept)."""
    if not os.path.lexists(folder):
        os.rename(staged, folder)
        return
    for rel in names:
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        move_into_place(staged / rel, path)


def _checked(platform: Platform, files: dict[str, bytes]) -> dict[str, bytes]:
    """``files`` when they keep every rule of ``platform``; else an error naming each broken rule."""
    problems = check_files(platform, files)
    if problems:
        raise ExportError(
            f"the {platform.name} kit breaks platform rules:\n  " + "\n  ".join(problems),
            file=platform.id,
        )
    return files


def _build_platforms(
    pack: Pack,
    design: Design,
    chosen: list[Platform],
    renderer,
    builder,
    jobs: int,
    progress,
    options: dict | None = None,
    two: _TwoProcesses | None = None,
    *,
    stage: Path | None = None,
) -> dict[str, dict[str, bytes] | tuple[str, ...]]:
    """Every platform's checked files, built by ``jobs`` workers (this process, and with 2 one helper
    process); raises for the first platform (in order) that breaks its rules. With a ``stage`` folder
    each platform's files are written there by the process that checked them, as soon as they pass, and
    their names come back instead (see :func:`_stage_files`).

    Each worker keeps its own master images (one render per expression and framing, shared by the
    units it builds), so the units are dealt out by the masters they need (see :func:`_job_order`).
    Every file is a pure function of the design, so the bytes do not depend on the worker count, on
    which worker built a unit or on the order they finish."""
    options = options or {}
    total = len(chosen)
    if jobs <= 1:
        built: dict[str, dict[str, bytes] | tuple[str, ...]] = {}
        for i, platform in enumerate(chosen):
            if progress:
                progress(i / (total + 1), f"building {platform.id}")

            def sub(_f: float, message: str, i=i) -> None:
                if progress:
                    progress(i / (total + 1), message)

            files = kit_files(pack, design, platform, renderer, builder=builder, progress=sub, **options)
            built[platform.id] = _stage_files(stage, platform.id, _checked(platform, files))
        return built
    if two is not None:  # build_kit started it earlier, before its Renderer, and ends it
        return two.build(renderer, builder, progress)
    two = _TwoProcesses(pack, design, chosen, options, stage).start(builder.sticker_count, builder.captions)
    try:
        return two.build(renderer, builder, progress)
    finally:
        two.close()


Unit = tuple[str, str]  # (platform id, group): one entry of kit_units


def _unit_cost(targets: list[Target]) -> float:
    """A rough CPU estimate (ms) of one unit, to deal the longest out first."""
    cost = 0.0
    for target in targets:
        count = int(target.extra.get("count", 8))
        if target.kind in STICKER_KINDS:
            cost += 20 * count * (8 if target.kind in ANIMATED_KINDS else 1)
        elif target.kind in ("emoji", "animated_emoji"):
            cost += (
                6
                * count
                * max(1, len(target.extra.get("sizes", [])))
                * (8 if target.kind in ANIMATED_KINDS else 1)
            )
        else:
            cost += 30 + target.size[0] * target.size[1] / 40_000
    return cost


def _job_order(chosen: list[Platform], animated: bool) -> list[tuple[Unit, list[Target]]]:
    """Every unit of the kit in one line that this process takes from the front and the helper process
    from the back: the figure units at the front (smallest first), then the single images (most
    expensive first), and the face units at the back (most expensive last). Each worker so draws one kind of master image
    (the figures ~40 renders, the close-ups ~20), and whichever finishes its share first takes the
    single images, then the cheapest work left of the other's."""
    units = {g: [] for g in UNIT_GROUPS}
    for platform in chosen:
        for group, targets in kit_units(platform, animated):
            units[group].append(((platform.id, group), targets))
    for group in UNIT_GROUPS:
        units[group].sort(key=lambda unit: _unit_cost(unit[1]))
    # the figure sets smallest first: the largest (LINE's 40) then frees each master as it passes it
    return units["figures"] + units["singles"][::-1] + units["faces"]


# start method of the helper process: None chooses (see _helper_context); "fork" or "spawn" force one
HELPER_START: str | None = None


def _helper_context():
    """The multiprocessing context for the kit's helper process.

    Fork on Linux when this process is a plain script that has not loaded Qt and runs no other Python
    thread (the CLI: pack, persona and imports are done, nothing drawn yet): the helper then starts in a
    few milliseconds with the pack and modules already in memory (shared copy-on-write), instead of a
    fresh interpreter importing everything and unpickling the pack (~0.35 s). Anywhere else spawn: a
    caller with threads or Qt loaded (the studio, a test suite that drew with Qt: Qt's thread pool and
    locks do not survive a fork), macOS and Windows (fork is unsafe or missing there)."""
    import multiprocessing
    import sys
    import threading

    method = HELPER_START
    if method is None:
        qt = any(name == "PySide6" or name.startswith("PySide6.") for name in sys.modules)
        safe = sys.platform.startswith("linux") and threading.active_count() == 1 and not qt
        method = "fork" if safe else "spawn"
    return multiprocessing.get_context(method)


class _TwoProcesses:
    """:func:`_build_platforms` on two cores: this process takes units from the front of
    :func:`_job_order`, a helper process from the back. Qt draws with the GIL held, so threads could not
    use the second core; processes can. The helper is started (:meth:`start`) before this process makes
    its Renderer, so it is ready by the time this process draws its first figure. A platform is put
    together and checked by the process that built its last unit, when that process built all of its
    units (the helper's single-image platforms); otherwise by this process once its units are in. A
    helper that dies leaves its unit to this process. With a ``stage`` folder, whichever process checks a
    platform writes its files there (see :func:`_stage_files`): the helper then sends their names, not
    their bytes."""

    def __init__(
        self, pack: Pack, design: Design, chosen: list[Platform], options: dict, stage: Path | None = None
    ) -> None:
        from collections import deque

        self.pack, self.design, self.chosen, self.options = pack, design, chosen, options
        self.stage = stage
        self.animated = bool(options.get("animated"))
        self.line = deque(_job_order(chosen, self.animated))
        self.units = {p.id: [g for g, _ in kit_units(p, self.animated)] for p in chosen}
        self.helper_units: dict[str, set[str]] = {p.id: set() for p in chosen}  # dealt to the helper
        self.here_units: dict[str, set[str]] = {p.id: set() for p in chosen}  # taken by this process
        self.helper = self.conn = self.feeder = None
        self.method = ""  # "fork" or "spawn", once started
        self.by_helper: list[Unit] = []  # the units the helper built, in the order they came
        import queue
        import threading

        self.lock = threading.RLock()
        self.done: queue.Queue = queue.Queue()  # (unit, result or None, error or None) from the helper

    def start(self, sticker_count: int | None, captions: dict[str, str] | None) -> _TwoProcesses:
        import threading

        ctx = _helper_context()
        self.method = ctx.get_start_method()
        conn, child_conn = ctx.Pipe()
        setup = (
            self.pack,
            self.design,
            self.chosen,
            sticker_count,
            dict(captions or {}),
            self.options,
            self.stage,
        )
        if self.method == "fork":  # the child has everything in memory: nothing to send
            args, first = (child_conn, setup, conn), None
        else:
            args, first = (child_conn,), setup
        self.helper = ctx.Process(target=_kit_worker, args=args, name="kit-helper")
        if self.method == "fork":
            # imported once for both processes: importing starts no thread and makes no Qt object, and
            # this process needs the renderer next and the single images' modules for its last units
            from .. import render  # noqa: F401
            from . import banner, card  # noqa: F401

            # the forked helper keeps what it inherits (pack, modules) out of its collections: they are
            # not walked again, and their pages stay shared; this process is as it was
            gc.freeze()
            try:
                self.helper.start()
            finally:
                gc.unfreeze()
        else:
            self.helper.start()
        child_conn.close()
        self.conn = conn
        self.feeder = threading.Thread(target=self._feed, args=(first,), name="kit-feeder", daemon=True)
        self.feeder.start()
        return self

    def _take(self, front: bool):
        with self.lock:
            if not self.line:
                return None
            job = self.line.popleft() if front else self.line.pop()
            (platform_id, group), _ = job
            (self.here_units if front else self.helper_units)[platform_id].add(group)
            return job

    def _deal(self):
        """The helper's next unit, and whether it completes a platform the helper built alone (the
        helper then puts that platform together and checks it)."""
        with self.lock:
            job = self._take(front=False)
            if job is None:
                return None, False
            platform_id = job[0][0]
            alone = not self.here_units[platform_id] and self.helper_units[platform_id] == set(
                self.units[platform_id]
            )
            return job, alone

    def _feed(self, setup) -> None:
        """Deal units to the helper as it asks, and hand its results over."""
        conn, current = self.conn, None
        try:
            if setup is not None:
                conn.send(setup)
            while True:
                message = conn.recv()  # ("ready",) or (unit, result, (error class, problem, file))
                if current is not None:
                    if message[2] is not None:
                        kind, problem, file = message[2]
                        message = (message[0], None, kind(problem, file=file))
                    self.by_helper.append(current[0])
                    self.done.put(message)
                    current = None
                current, alone = self._deal()
                if current is None:
                    conn.send(None)
                    return
                platform = next(p for p in self.chosen if p.id == current[0][0]) if alone else None
                conn.send((current[1], platform))
        except (EOFError, OSError):
            if current is not None:  # the helper died: its unit goes back to this process
                with self.lock:
                    self.line.append(current)
                    self.helper_units[current[0][0]].discard(current[0][1])
        finally:
            self.done.put(None)  # the helper is finished

    def build(self, renderer, builder, progress) -> dict[str, dict[str, bytes] | tuple[str, ...]]:
        pack, design, chosen, options = self.pack, self.design, self.chosen, self.options
        platforms = {p.id: p for p in chosen}
        parts: dict[Unit, tuple] = {}
        built: dict[str, tuple] = {}  # platform id -> (files, None) or (None, error)
        unit_count = sum(len(groups) for groups in self.units.values())
        units_in = 0

        def arrived(message) -> None:
            nonlocal units_in
            unit, result, error = message
            platform_id = unit[0]
            units_in += 1  # a whole platform's earlier units came (and were counted) one by one
            if error is None and result[2]:  # the helper built, put together and checked it all
                built[platform_id] = (result[0], None)
                for group in self.units[platform_id]:
                    parts.pop((platform_id, group), None)
            elif error is not None and unit[1] == "":  # the helper's check of a whole platform failed
                built[platform_id] = (None, error)
            else:
                parts[unit] = (result, error)
                if any((platform_id, g) not in parts for g in self.units[platform_id]):
                    if progress:  # each unit, whichever process built it (a caller may stop the build here)
                        progress(units_in / (unit_count + 1), f"built {platform_id} {unit[1]}")
                    return
                built[platform_id] = _assemble(
                    pack,
                    design,
                    platforms[platform_id],
                    [parts[(platform_id, g)] for g in self.units[platform_id]],
                    options,
                    self.stage,
                )
            if progress:
                progress(units_in / (unit_count + 1), f"built {platform_id}")

        def here(_fraction: float, message: str) -> None:
            progress(units_in / (unit_count + 1), message)  # the target this process starts

        def build_here(job) -> None:
            (unit, targets) = job
            try:
                files, alt = _unit_files(pack, design, targets, renderer, builder, progress and here)
                arrived((unit, (files, alt, False), None))
            except AvatarStudioError as exc:
                arrived((unit, None, exc))

        helper_done = False
        try:
            while (job := self._take(front=True)) is not None:
                build_here(job)
                while not self.done.empty():
                    message = self.done.get()
                    helper_done = helper_done or message is None
                    if message is not None:
                        arrived(message)
            while not helper_done:
                message = self.done.get()
                helper_done = message is None
                if message is not None:
                    arrived(message)
            while (job := self._take(front=True)) is not None:  # put back by a helper that died
                build_here(job)
        except BaseException:
            self.close()
            raise
        # the helper has written and sent all it built: its exit (~10 ms) is not waited for here, but
        # by build_kit's close() after the files are moved into place
        self.close(wait=False)
        out: dict[str, dict[str, bytes] | tuple[str, ...]] = {}
        for platform in chosen:
            files, error = built[platform.id]
            if error is not None:
                raise error
            out[platform.id] = files
        return out

    def close(self, wait: bool = True) -> None:
        """Stop dealing, and let the helper go (it ends when it is sent None or its pipe closes); wait for
        it to end unless not ``wait`` (another close() then does)."""
        with self.lock:
            self.line.clear()
        if self.feeder is not None:
            self.feeder.join(timeout=60)
        if self.helper is not None and wait:
            self.helper.join(timeout=60)
            if self.helper.is_alive():
                self.helper.terminate()
                self.helper.join(timeout=10)  # gone before build_kit removes the staging folder
        if self.conn is not None:
            self.conn.close()
        self.feeder = self.conn = None
        if wait:
            self.helper = None


def _assemble(
    pack: Pack,
    design: Design,
    platform: Platform,
    parts: list[tuple],
    options: dict,
    stage: Path | None = None,
) -> tuple:
    """(files, None) for a platform whose units' ``parts`` ((files, alt, ...), error) are all in, put
    together (alt text, profile) and checked, and staged (:func:`_stage_files`: with a ``stage`` folder,
    written and their names); (None, error) for the first error."""
    errors = [error for _, error in parts if error is not None]
    if errors:
        return None, errors[0]
    files: dict[str, bytes] = {}
    alt: AltGroups = {}
    for result, _ in parts:
        files.update(result[0])
        alt.update(result[1])
    files = _finish(
        pack, design, platform, files, alt, options.get("generated", ()), options.get("shorten_bio", False)
    )
    try:
        files = _checked(platform, files)
    except AvatarStudioError as exc:
        return None, exc
    return _stage_files(stage, platform.id, files), None


def _kit_worker(conn, setup=None, parent_end=None) -> None:
    """The helper process of :class:`_TwoProcesses`: builds the units it is sent ((targets, platform or
    None)) until it is sent None, replying with (unit, (files, alt, whole), error). With a platform the
    unit is that platform's last and the helper built all of it: it replies with the platform's checked
    files (``whole`` True). ``setup`` comes with a fork; a spawned helper receives it first."""
    if parent_end is not None:
        parent_end.close()  # a forked child holds a copy of this process's end of the pipe
        gc.enable()  # a forked child inherits the collector's state: the CLI turns it off for its start
    try:
        from ..render import Renderer

        pack, design, chosen, sticker_count, captions, options, stage = (
            setup if setup is not None else conn.recv()
        )
        renderer = Renderer(KIT_RENDER_CACHE_MB)
        builder = _Builder(pack, design, renderer, sticker_count, captions)
        builder.plan_faces(chosen, bool(options.get("animated")))  # close-up masters freed once fitted
        kept: dict[str, list[tuple] | None] = {}  # platform id -> its parts built here (None: an error)
        conn.send(("ready",))
        with rules.remembered():
            _serve(conn, pack, design, renderer, builder, options, kept, stage)
    except (EOFError, OSError):
        # the kit's process is gone (stopped, or failed): nothing is left to build for it; or a write to
        # the staging folder failed: this process then builds the unit again (and meets the error itself)
        pass
    finally:
        conn.close()
        # the process ends next: a spawned helper's exit then skips collecting what is left (~0.1 s for a
        # whole kit's objects; a forked one ends with os._exit, which collects nothing)
        gc.freeze()


def _serve(
    conn, pack: Pack, design: Design, renderer, builder: _Builder, options: dict, kept: dict, stage=None
) -> None:
    """The helper's loop: a unit in, its files (or the whole checked platform: its files, or with a
    ``stage`` folder their names once written there) out, until None."""
    while (message := conn.recv()) is not None:
        targets, platform = message
        unit = (targets[0].platform, _unit_group(targets[0]))
        try:
            files, alt = _unit_files(pack, design, targets, renderer, builder)
        except AvatarStudioError as exc:  # sent as its parts: an error's own pickle loses ``file``
            conn.send((unit, None, (type(exc), exc.problem, exc.file)))
            kept[unit[0]] = None  # this process reports the platform's first error
            continue
        if unit[0] in kept and kept[unit[0]] is None:
            platform = None
        else:
            kept.setdefault(unit[0], []).append(((files, alt), None))
        if platform is None:
            conn.send((unit, (files, alt, False), None))
            continue
        whole, error = _assemble(pack, design, platform, kept.pop(unit[0]), options, stage)
        if error is not None:
            conn.send(((unit[0], ""), None, (type(error), error.problem, error.file)))
        else:
            conn.send((unit, (whole, {}, True), None))


# --- CLI -----------------------------------------------------------------------------------------
