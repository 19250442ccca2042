"""Persona kits: everything a persona needs for one platform, in one folder, checked before writing.

``build_kit(pack, design, ["line", "x"], out_dir)`` writes ``out_dir/<platform>/`` with the avatar,
headers/banners (safe zones kept), the profile card, sticker and emoji sets, the profile text and alt
text (alt.txt / alt.ja.txt). Every file is produced in memory first, checked by
:mod:`avatarstudio.export.rules` against the platform's rules, and only then written with
``atomic_write``. Zips are built in memory with fixed timestamps, order and permissions, so the same
design gives byte-identical kits.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from PIL import Image

from ..core.alttext import alt_text
from ..core.design import Design
from ..core.errors import ExportError
from ..core.fileio import atomic_write
from ..core.pack import Pack
from ..core.persona import fill_persona
from ..core.presets import Platform, Target, load_all
from ..core.profile import profile_text
from . import animate, rules
from .avatar import EXTENSIONS, export_target
from .captions import ink as _ink
from .encode import encode
from .packaging import (
    emoji_archive,
    emoji_count_range,
    pack_split,
    sticker_count,
    sticker_manifests,
    validate_counts,
)
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

KIT_THREADS = 2  # the machines we measure on have two cores; more threads only add memory
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
ZIP_MODE = 0o644
FILE_MODE = 0o644  # fixed permissions for written kit files (shareable, same on every run)
DARK_OUTLINE = (38, 36, 48)

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

    # --- stickers -------------------------------------------------------------------------------
    def caption(self, intent) -> str:
        return self.captions.get(intent.id, intent.caption(self.language))

    def layout(self, target: Target, intent, size: tuple[int, int] | None = None, *, where: str):
        return layout(
            self.figures.figure(intent),
            self.caption(intent),
            tuple(size or target.size),
            margin=int(target.extra.get("margin", 0)),
            outline_px=int(target.extra.get("outline", 0)),
            ink=self.ink,
            where=where,
            colour=_outline_colour(target),
        )

    def intents(self, target: Target) -> list:
        count = sticker_count(target, self.sticker_count, len(self.figures.kit.intents))
        return pick_intents(self.figures.kit, count)

    def fitted_face(self, expression, size, *, margin: int, outline_px: int, colour) -> Image.Image:
        """The close-up master of ``expression`` fitted and outlined on a ``size`` canvas, made once per
        kit build: platforms asking for the same face at the same size share it (read-only)."""
        key = (expression, tuple(size), margin, outline_px, colour)
        image = self._fitted.get(key)
        if image is None:
            art = self.cache.art(expression, "close")
            image = fit(art, tuple(size), margin=margin, outline_px=outline_px, colour=colour)
            self._fitted[key] = image  # two threads may both draw it: the same pixels either way
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
        extras = self._sticker_extras(target, intents[0])
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

    def emoji_image(self, target: Target, intent, size: tuple[int, int] | None = None) -> Image.Image:
        width = int(target.extra.get("outline", 0))
        margin = max(1, int(target.extra.get("margin", 1)))  # >= 1 px keeps the corners transparent
        image = self.fitted_face(
            self._expression(intent),
            size or target.size,
            margin=margin,
            outline_px=width,
            colour=_outline_colour(target),
        )
        return add_badge(image, self.figures.kit.badges.get(intent.badge or ""))

    def emoji_bytes(self, target: Target, intent, where: str, size: int | None = None) -> bytes:
        if self.plan:
            return b""
        image = self.emoji_image(target, intent, (size, size) if size else None)
        if target.kind not in ANIMATED_KINDS:
            return _enc(image, target, where)
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
            if not self.plan:
                image = self.face(target, intents[0], tuple(target.extra.get("tab", rules.LINE_TAB)), 3)
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


def check_sticker_request(builder: _Builder, platforms: list[Platform], animated: bool = False) -> None:
    """Refuse an impossible ``--stickers`` (for any set the kit builds: animated sets only when
    ``animated``) or an unknown/too-long caption before rendering anything."""
    from . import captions as _captions

    kit = builder.figures.kit
    targets = sticker_targets(platforms, animated)
    validate_counts(targets, builder.sticker_count, len(kit.intents))
    known = {it.id for it in kit.intents}
    for intent_id, text in builder.captions.items():
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
        text = [alt_text(pack, design, lang)]
        faces: dict[str | None, str] = {}  # expression -> its description (a set repeats a few faces)
        for group in sorted(extra):
            text.append("")
            text.append(f"[{group}]")
            text.extend(_alt_line(pack, design, lang, line, faces) for line in extra[group])
        out[name] = ("\n".join(text) + "\n").encode("utf-8")
    return out


def _alt_line(pack: Pack, design: Design, lang: str, line: AltLine, faces: dict) -> str:
    lead = f"“{line.caption}” ({line.intent}). " if line.caption is not None else ""
    if line.expression not in faces:
        faces[line.expression] = alt_text(pack, design, lang, line.expression, background=False)
    return f"{line.file}: {lead}{faces[line.expression]}"


SINGLE_FILES = {
    "avatar": "avatar",
    "banner": None,
    "card": "card",
    "icon": None,
}  # file stem (None: target id)


def _single_file(pack: Pack, design: Design, target: Target, renderer) -> bytes:
    """The avatar, a banner, the profile card or an icon of ``target``, encoded."""
    if target.kind == "banner":
        from .banner import render_banner

        return _enc(render_banner(pack, design, target, renderer), target, target.name)
    if target.kind == "card":
        from .card import render_card

        return _enc(render_card(pack, design, target, renderer), target, target.name)
    return export_target(pack, design, target, renderer)


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
    for target in platform.targets.values():
        if progress:
            progress(-1.0, f"{platform.id}:{target.id}")
        if target.kind in SINGLE_FILES:
            name = f"{SINGLE_FILES[target.kind] or target.id}.{EXTENSIONS[target.format]}"
            files[name] = b"" if builder.plan else _single_file(pack, design, target, renderer)
        elif target.kind in ANIMATED_KINDS and not animated:
            continue  # animated sets are built on request (kit --animated): they cost most of a kit's time
        elif target.kind in STICKER_KINDS:
            builder.stickers(target, files, alt)
        elif target.kind in ("emoji", "animated_emoji"):
            builder.emoji(target, files, alt)
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
    ``progress(fraction, message)`` is called as work proceeds (fraction in 0..1). ``captions``
    ({intent: text}) replace sticker captions; ``animated`` adds the animated sticker and emoji sets.
    An impossible sticker count or an unknown/too-long caption is refused before anything is rendered.
    """
    chosen = resolve_platforms(platform_ids, platforms)
    design, generated = ensure_persona(pack, design, language)
    from ..core.profile import notes as profile_notes

    jobs = 1 if renderer is not None else KIT_THREADS  # a caller's Renderer belongs to one thread
    if renderer is None:
        from ..render import ThreadRenderers

        renderer = ThreadRenderers()
    builder = _Builder(pack, design, renderer, sticker_count, captions)
    check_sticker_request(builder, chosen, animated)
    options = {"generated": generated, "shorten_bio": shorten_bio, "captions": captions, "animated": animated}
    built = _build_platforms(pack, design, chosen, renderer, builder, jobs, progress, options)
    out_dir = Path(out_dir)
    report = KitReport(out_dir, {}, generated)
    for platform in chosen:
        report.notes.extend(profile_notes(platform.id, design, shorten_bio, generated))
    for platform in chosen:
        folder = out_dir / platform.id
        kit = PlatformKit(platform.id, folder)
        for rel in sorted(built[platform.id]):
            path = folder / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, built[platform.id][rel], mode=FILE_MODE, durable=False)
            kit.files.append(path)
        report.platforms[platform.id] = kit
    if hasattr(os, "sync"):
        os.sync()  # one flush for the whole kit instead of two fsyncs for each of its ~250 files
    if progress:
        progress(1.0, "done")
    return report


def _checked_files(
    pack: Pack, design: Design, platform: Platform, renderer, builder, progress, options: dict
) -> dict:
    files = kit_files(pack, design, platform, renderer, builder=builder, progress=progress, **options)
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
) -> dict[str, dict[str, bytes]]:
    """Every platform's checked files, built on ``jobs`` threads; raises for the first platform (in order)
    that breaks its rules. The platforms share the builder's master images (one render per expression
    and framing, whichever thread asks first); every file is a pure function of the design, so the
    bytes do not depend on the thread count or on the order the threads finish. Qt draws with the GIL
    held, but Pillow's resizing and encoders and numpy's outlines run in parallel."""
    total = len(chosen)
    built: dict[str, dict[str, bytes]] = {}
    if jobs <= 1 or total <= 1:
        for i, platform in enumerate(chosen):
            if progress:
                progress(i / (total + 1), f"building {platform.id}")

            def sub(_f: float, message: str, i=i) -> None:
                if progress:
                    progress(i / (total + 1), message)

            built[platform.id] = _checked_files(pack, design, platform, renderer, builder, sub, options or {})
        return built
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="kit") as pool:
        futures = [
            pool.submit(_checked_files, pack, design, platform, renderer, builder, None, options or {})
            for platform in chosen
        ]
        try:
            for i, (platform, future) in enumerate(zip(chosen, futures, strict=True)):
                built[platform.id] = future.result()
                if progress:
                    progress((i + 1) / (total + 1), f"built {platform.id}")
        except BaseException:
            for future in futures:
                future.cancel()
            raise
    return built


# --- CLI -----------------------------------------------------------------------------------------
