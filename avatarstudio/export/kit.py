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

from PIL import Image

from ..core.alttext import alt_text
from ..core.design import Design
from ..core.errors import ExportError
from ..core.fileio import atomic_write
from ..core.pack import Pack
from ..core.persona import fill_persona
from ..core.presets import Platform, Target, load_all
from ..core.profile import profile_text
from . import rules
from .avatar import EXTENSIONS, export_target
from .encode import encode
from .stickers import ArtCache, emoji, expression_ids, fit, sticker, variants

KIT_THREADS = 2  # the machines we measure on have two cores; more threads only add memory
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
ZIP_MODE = 0o644
FILE_MODE = 0o644  # fixed permissions for written kit files (shareable, same on every run)
DARK_OUTLINE = (38, 36, 48)

Progress = Callable[[float, str], None]
# alt-text groups: {"stickers/": [(file name, expression id or None), ...], ...}
AltGroups = dict[str, list[tuple[str, str | None]]]


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


def _shortcode(handle: str, expression: str | None, used: set[str]) -> str:
    base = f"{handle}_{expression or 'face'}".lower()
    base = "".join(c if c.isalnum() and c.isascii() or c == "_" else "_" for c in base)[:32]
    name, n = base, 2
    while name in used:
        suffix = f"_{n}"
        name, n = base[: 32 - len(suffix)] + suffix, n + 1
    used.add(name)
    return name


def sticker_total(target: Target, asked: int | None = None) -> int:
    """How many stickers a set of ``target`` holds (the user's count, fitted to the platform's rules)."""
    count = int(asked or target.extra.get("count", 8))
    if target.platform == "line":
        return min((c for c in rules.LINE_STICKER_COUNTS if c >= count), default=40)
    if target.platform == "whatsapp":
        return max(rules.WA_COUNT[0], min(rules.WA_COUNT[1], count))
    return count


def line_emoji_total(target: Target) -> int:
    return max(rules.LINE_EMOJI_COUNT[0], min(rules.LINE_EMOJI_COUNT[1], int(target.extra.get("count", 8))))


def sticker_names(target: Target, count: int) -> list[str]:
    return [f"{i:02d}.{EXTENSIONS[target.format]}" for i in range(1, count + 1)]


def line_emoji_names(count: int) -> list[str]:
    return [f"{i:03d}.png" for i in range(1, count + 1)]


def emoji_names(pack: Pack, design: Design, target: Target) -> list[tuple[str | None, str]]:
    """(expression, file name) of each emoji of a set that is not zipped, named by the handle."""
    used: set[str] = set()
    handle = design.persona.handle or "persona"
    ext = EXTENSIONS[target.format]
    return [(expr, f"emoji/{_shortcode(handle, expr, used)}.{ext}") for expr in expression_ids(pack, design)]


class _Builder:
    def __init__(self, pack: Pack, design: Design, renderer, sticker_count: int | None) -> None:
        self.pack, self.design, self.renderer = pack, design, renderer
        self.cache = ArtCache(pack, design, renderer)
        self.sticker_count = sticker_count

    # --- stickers -------------------------------------------------------------------------------
    def _sticker_images(self, target: Target, count: int) -> list[tuple[object, Image.Image]]:
        margin = int(target.extra.get("margin", 0))
        width = int(target.extra.get("outline", 0))
        out = []
        for v in variants(self.pack, self.design, count):
            image = sticker(self.cache, v, target.size, margin=margin, outline_px=width)
            out.append((v, image))
        return out

    def stickers(self, target: Target, files: dict[str, bytes], alt: AltGroups) -> None:
        platform = target.platform
        count = sticker_total(target, self.sticker_count)
        images = self._sticker_images(target, count)
        members: list[tuple[str, bytes]] = []
        alt_lines: list[tuple[str, str | None]] = []
        for name, (v, image) in zip(sticker_names(target, count), images, strict=True):
            members.append((name, _enc(image, target, f"{platform}:stickers/{name}")))
            alt_lines.append((name, v.expression))
        first = images[0][1] if images else None
        if platform == "line":
            main_size = tuple(target.extra.get("main", rules.LINE_MAIN))
            tab_size = tuple(target.extra.get("tab", rules.LINE_TAB))
            main = sticker(
                self.cache,
                variants(self.pack, self.design, 1)[0],
                main_size,
                margin=int(target.extra.get("margin", 10)),
                outline_px=int(target.extra.get("outline", 0)),
            )
            tab = fit(
                self.cache.art(expression_ids(self.pack, self.design)[0], "face"),
                tab_size,
                margin=2,
                outline_px=2,
            )
            ordered = [
                ("main.png", _enc(main, target, "line:stickers/main.png")),
                ("tab.png", _enc(tab, target, "line:stickers/tab.png")),
            ] + members
            data = make_zip(ordered)
            limit = int(target.extra.get("zip_max_bytes", rules.LINE_ZIP_MAX))
            if len(data) > limit:
                raise ExportError(
                    f"sticker ZIP is {len(data)} bytes, limit {limit}", file="line-stickers.zip"
                )
            files["line-stickers.zip"] = data
            alt["line-stickers.zip"] = alt_lines
            return
        for name, data in members:
            files[f"stickers/{name}"] = data
        alt["stickers/"] = alt_lines
        if "thumb" in target.extra and first is not None:
            size = tuple(target.extra["thumb"])
            thumb = emoji(
                self.cache, expression_ids(self.pack, self.design)[0], size[0], outline_px=3, framing="face"
            )
            files["stickers/thumb.png"] = encode(
                thumb,
                "png",
                max_bytes=int(target.extra.get("thumb_max_bytes", 128000)),
                what=f"{platform}:stickers/thumb.png",
            )
        if "tray" in target.extra:
            size = tuple(target.extra["tray"])
            tray = emoji(
                self.cache, expression_ids(self.pack, self.design)[0], size[0], outline_px=3, framing="face"
            )
            files["stickers/tray.png"] = encode(
                tray,
                "png",
                max_bytes=int(target.extra.get("tray_max_bytes", 50000)),
                what=f"{platform}:stickers/tray.png",
            )

    # --- emoji ----------------------------------------------------------------------------------
    def emoji(self, target: Target, files: dict[str, bytes], alt: AltGroups) -> None:
        platform = target.platform
        width = int(target.extra.get("outline", 0))
        colour = _outline_colour(target)
        margin = max(1, int(target.extra.get("margin", 1)))  # >= 1 px keeps the corners transparent
        size = target.size[0]
        alt_lines: list[tuple[str, str | None]] = []
        if platform == "line":
            count = line_emoji_total(target)
            members = []
            for name, v in zip(
                line_emoji_names(count),
                variants(self.pack, self.design, count, framings=("close", "face")),
                strict=True,
            ):
                art = self.cache.variant(v)
                image = fit(art, target.size, margin=margin, outline_px=width, colour=colour)
                members.append((name, _enc(image, target, f"line:emoji/{name}")))
                alt_lines.append((name, v.expression))
            tab_size = tuple(target.extra.get("tab", rules.LINE_TAB))
            tab = fit(
                self.cache.art(expression_ids(self.pack, self.design)[0], "close"),
                tab_size,
                margin=2,
                outline_px=3,
                colour=colour,
            )
            data = make_zip([("tab.png", _enc(tab, target, "line:emoji/tab.png"))] + members)
            files["line-emoji.zip"] = data
            alt["line-emoji.zip"] = alt_lines
            return
        for expr, name in emoji_names(self.pack, self.design, target):
            image = fit(
                self.cache.art(expr, "close"), (size, size), margin=margin, outline_px=width, colour=colour
            )
            files[name] = _enc(image, target, f"{platform}:{name}")
            alt_lines.append((name.split("/", 1)[1], expr))
        alt["emoji/"] = alt_lines


def _alt_files(pack: Pack, design: Design, extra: AltGroups) -> dict[str, bytes]:
    """alt.txt and alt.ja.txt: the avatar, then one line per sticker/emoji, each language built from
    the same (file name, expression) data."""
    out = {}
    for lang, name in (("en", "alt.txt"), ("ja", "alt.ja.txt")):
        text = [alt_text(pack, design, lang)]
        for group in sorted(extra):
            text.append("")
            text.append(f"[{group}]")
            text.extend(
                f"{file}: {alt_text(pack, design, lang, expr, background=False)}"
                for file, expr in extra[group]
            )
        out[name] = ("\n".join(text) + "\n").encode("utf-8")
    return out


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
) -> dict[str, bytes]:
    """Every file of one platform's kit as {relative path: bytes} (nothing written).

    ``generated`` names the persona fields the app made up (profile.txt says so); ``shorten_bio`` is the
    user's consent to cut a bio over the platform's limit in profile.txt (otherwise it is flagged)."""
    from .banner import render_banner
    from .card import render_card

    builder = builder or _Builder(pack, design, renderer, None)
    files: dict[str, bytes] = {}
    alt: AltGroups = {}
    for target in platform.targets.values():
        if progress:
            progress(-1.0, f"{platform.id}:{target.id}")
        ext = EXTENSIONS[target.format]
        if target.kind == "avatar":
            files[f"avatar.{ext}"] = export_target(pack, design, target, renderer)
        elif target.kind == "banner":
            image = render_banner(pack, design, target, renderer)
            files[f"{target.id}.{ext}"] = _enc(image, target, target.name)
        elif target.kind == "card":
            image = render_card(pack, design, target, renderer)
            files[f"card.{ext}"] = _enc(image, target, target.name)
        elif target.kind == "stickers":
            builder.stickers(target, files, alt)
        elif target.kind == "emoji":
            builder.emoji(target, files, alt)
    files.update(_alt_files(pack, design, alt))
    files["profile.txt"] = profile_text(platform, design, generated, shorten_bio).encode("utf-8")
    return files


def planned_files(
    pack: Pack, design: Design, platform: Platform, sticker_count: int | None = None
) -> list[tuple[str, list[str]]]:
    """(file, its zip members) for every file ``kit_files`` makes for ``platform``, sorted, without drawing:
    what an export will write, shown before it does. ``design`` has its persona filled (ensure_persona)."""
    out: dict[str, list[str]] = {name: [] for name in ("alt.txt", "alt.ja.txt", "profile.txt")}
    for target in platform.targets.values():
        ext = EXTENSIONS[target.format]
        if target.kind == "avatar":
            out[f"avatar.{ext}"] = []
        elif target.kind == "banner":
            out[f"{target.id}.{ext}"] = []
        elif target.kind == "card":
            out[f"card.{ext}"] = []
        elif target.kind == "stickers":
            names = sticker_names(target, sticker_total(target, sticker_count))
            if target.platform == "line":
                out["line-stickers.zip"] = ["main.png", "tab.png", *names]
                continue
            out.update((f"stickers/{name}", []) for name in names)
            out.update((f"stickers/{extra}.png", []) for extra in ("thumb", "tray") if extra in target.extra)
        elif target.kind == "emoji":
            if target.platform == "line":
                out["line-emoji.zip"] = ["tab.png", *line_emoji_names(line_emoji_total(target))]
                continue
            out.update((name, []) for _expr, name in emoji_names(pack, design, target))
    return sorted(out.items())


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
) -> KitReport:
    """Build, check and write the kits for ``platform_ids`` (ids, a comma list, or "all") under ``out_dir``.

    Raises ExportError naming every broken rule before anything is written for a failing platform.
    ``progress(fraction, message)`` is called as work proceeds (fraction in 0..1).
    """
    chosen = resolve_platforms(platform_ids, platforms)
    design, generated = ensure_persona(pack, design, language)
    from ..core.profile import notes as profile_notes

    jobs = 1 if renderer is not None else KIT_THREADS  # a caller's Renderer belongs to one thread
    if renderer is None:
        from ..render import ThreadRenderers

        renderer = ThreadRenderers()
    builder = _Builder(pack, design, renderer, sticker_count)
    options = {"generated": generated, "shorten_bio": shorten_bio}
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
