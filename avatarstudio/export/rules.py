"""Platform validators: every file of a kit is checked against its platform's rules before writing.

The numbers here are the platform rules themselves, each citing docs/platforms.md
(section, and the primary source named there). They are deliberately kept apart from presets/*.toml:
the presets say what we *produce*, these say what the platform *accepts*, so a wrong preset number is
caught here. Where sources conflict the stricter value is used (docs/platforms.md §20).

``check_kit(platform, files)`` takes the kit as {relative path: bytes} and returns a list of problems
(empty = passes). Zips are opened and their members checked too.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
from PIL import Image

from ..core.errors import MetadataError
from .inspect import PNG_ALLOWED, PNG_SIGNATURE, WEBP_ALLOWED, Chunk, assert_clean, inspect_bytes

KB = 1000
KIB = 1024
MB = 1000 * 1000

# --- LINE Creators Market stickers: docs/platforms.md §1.2 (https://creator.line.me/en/guideline/sticker/) ---
LINE_STICKER_COUNTS = (8, 16, 24, 32, 40)  # "8, 16, 24, 32 or 40"
LINE_STICKER_MAX = (370, 320)  # "up to 370x320"
LINE_MAIN = (240, 240)  # main image 240x240
LINE_TAB = (96, 74)  # chat thumbnail (tab) 96x74
LINE_MIN_DPI = 72  # "at least 72 dpi"
LINE_MAX_FILE = 1 * MB  # "Max file size: 1 MB per image"
LINE_ZIP_MAX = 20 * MB  # ⚠ 20 MB (snapshot) vs 60 MB (2026): stricter 20 MB (§1.2, §20)
LINE_MARGIN = 10  # "about 10 px" margin; we require >= 8 (about) and produce 10
LINE_MARGIN_MIN = 8
# --- LINE emoji: docs/platforms.md §1.3 (https://creator.line.me/en/guideline/emoji/) ---
LINE_EMOJI = (180, 180)  # "180x180 (a fixed size, not a maximum)"
LINE_EMOJI_COUNT = (8, 40)  # regular emoji 8-40
LINE_EMOJI_MAX_FILE = 1 * MB  # 1 MB per image
LINE_EMOJI_ZIP_MAX = 20 * MB  # ZIP < 20 MB
# --- Telegram: docs/platforms.md §16 (https://core.telegram.org/stickers; Bot API uploadStickerFile) ---
TG_STICKER_SIDE = 512  # "one side exactly 512 px, the other <= 512"
TG_STICKER_MAX = 512 * KB  # "up to 512 kilobytes" (KB read as 1000 bytes: stricter)
TG_EMOJI = (100, 100)  # static custom emoji "exactly 100x100"
TG_THUMB = (100, 100)  # set thumbnail 100x100
TG_THUMB_MAX = 128 * KB  # <= 128 KB
TG_MAX_STICKERS = 120  # "up to 120 per set" (L)
# --- WhatsApp: docs/platforms.md §17 (github.com/WhatsApp/stickers Android/README.md @ 06144a1f) ---
WA_STICKER = (512, 512)  # "exactly 512x512", WebP
WA_STICKER_MAX = 100 * KB  # static <= 100 KB
WA_COUNT = (3, 30)  # 3-30 stickers per pack
WA_TRAY = (96, 96)  # tray icon 96x96, PNG
WA_TRAY_MAX = 50 * KB  # <= 50 KB
# --- Discord: docs/platforms.md §5, §0.3 (discord-api-docs emoji.mdx, sticker.mdx @ c98d64bc) ---
DISCORD_EMOJI = (128, 128)  # "the 128x128 emoji image"
DISCORD_EMOJI_MAX = 256 * KIB  # "max 256 KiB"
DISCORD_STICKER = (320, 320)  # "320x320"
DISCORD_STICKER_MAX = 512 * KIB  # "512 KiB"
# --- Slack: docs/platforms.md §6 (slack.com/help/articles/206870177) ---
SLACK_EMOJI_MAX = 128 * KB - 1  # "under 128 KB"; square; transparent "works best"
# --- Mastodon / Misskey custom emoji: docs/platforms.md §10 (mastodon PR #18788), §11 ---
FEDI_EMOJI_MAX = 256 * KB  # 256 KB (Misskey: keep <= 256 KB so Mastodon servers accept it)
# --- Metadata: docs/platforms.md §18 "Recommended exporter behaviour" 1-2, 4 ---
# The one allowlist lives in export/inspect.py (the encoder's check, `check` and `inspect` all use it);
# kit files may carry the fixed 72 dpi pHYs LINE asks for.
PNG_CHUNKS_ALLOWED = {kind.encode() for kind in PNG_ALLOWED | {"pHYs"}}
WEBP_CHUNKS_ALLOWED = {kind.encode() for kind in WEBP_ALLOWED}

FORMATS = {"PNG": "png", "JPEG": "jpeg", "WEBP": "webp"}


@dataclass(frozen=True)
class ImageFacts:
    format: str
    size: tuple[int, int]
    mode: str
    dpi: tuple[float, float] | None
    has_alpha: bool
    corners_clear: bool  # all four corner pixels fully transparent
    alpha_bbox: tuple[int, int, int, int] | None
    png_colour_type: int | None
    nbytes: int


def png_chunks(data: bytes) -> list[bytes]:
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return []
    out, pos = [], 8
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        out.append(kind)
        pos += 12 + length
    return out


def webp_chunks(data: bytes) -> list[bytes]:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        return []
    out, pos = [], 12
    while pos + 8 <= len(data):
        kind, length = struct.unpack("<4sI", data[pos : pos + 8])
        out.append(kind)
        pos += 8 + length + (length & 1)
    return out


# the facts and the metadata check of every file read inside ``remembered()``, by what was asked and
# the file's content: a kit holds the same file for several platforms (the 128 px emoji of Discord,
# Mastodon, Misskey and Slack, shared avatars), and both depend on the file's bytes only
_remembered: dict[tuple[str, bytes], object] | None = None


@contextmanager
def remembered() -> Iterator[None]:
    """Within this block, :func:`facts` decodes each distinct file once and :func:`check_clean` reads
    its chunks once (the kit's check of all its platforms); the memo is dropped when the outermost
    block ends."""
    global _remembered
    outer = _remembered
    if outer is None:
        _remembered = {}
    try:
        yield
    finally:
        if outer is None:
            _remembered = None


def _once(what: str, read, data: bytes):
    """``read(data)``, inside ``remembered()`` once per distinct file and ``what``."""
    memo = _remembered
    if memo is None:
        return read(data)
    found = memo.get((what, data))
    if found is None:
        found = memo[(what, data)] = read(data)
    return found


def facts(data: bytes) -> ImageFacts:
    return _once("facts", _facts, data)


def _chunks(data: bytes) -> list[Chunk]:
    """The file's chunks (inspect_bytes: every PNG CRC checked), read once for the facts and the metadata
    check alike; raises MetadataError when the structure is broken."""
    return _once("chunks", inspect_bytes, data)


def _facts(data: bytes) -> ImageFacts:
    return _kit_png_facts(data) or _pillow_facts(data)


def _kit_png_facts(data: bytes) -> ImageFacts | None:
    """The facts of a PNG shaped as export/encode.py's png_rgb writes it (8-bit RGB or RGBA, not
    interlaced, chunks IHDR, an optional pHYs in metres, one IDAT, IEND, nothing after, every CRC
    right, every row of filter type 0), read with libdeflate and numpy; None for any other file, which
    Pillow reads. Pillow's zlib inflate was ~0.85 ms of the ~0.9 ms per kit PNG (171 distinct PNGs:
    ~147 ms), this reads them in ~40 ms. The IDAT must inflate (adler-32 checked) to exactly the rows
    IHDR promises, so a cut, padded or corrupt stream is Pillow's to refuse; the facts equal Pillow's
    (tests/export/test_rules_facts.py, over a real kit's files and damaged ones)."""
    if not data.startswith(PNG_SIGNATURE):
        return None
    try:
        chunks = _chunks(data)  # every chunk's CRC checked; bytes after IEND listed as TRAILING
    except MetadataError:
        return None
    kinds = [c.kind for c in chunks]
    if kinds not in (["IHDR", "IDAT", "IEND"], ["IHDR", "pHYs", "IDAT", "IEND"]) or chunks[0].length != 13:
        return None
    w, h, depth, colour, compression, filtering, interlace = struct.unpack(">IIBBBBB", data[16:29])
    channels = {2: 3, 6: 4}.get(colour)
    if not (channels and depth == 8 and compression == filtering == interlace == 0 and w and h):
        return None
    if w * h > Image.MAX_IMAGE_PIXELS:  # Pillow's decompression-bomb rule, not repeated here
        return None
    dpi = None
    if len(chunks) == 4:
        phys = chunks[1]
        if phys.length != 9 or data[phys.offset + 16] != 1:
            return None
        px, py = struct.unpack(">II", data[phys.offset + 8 : phys.offset + 16])
        dpi = (px * 0.0254, py * 0.0254)  # as Pillow reads a pHYs in metres
    import deflate

    idat = chunks[-2]
    stride = w * channels + 1
    try:
        raw = deflate.zlib_decompress(data[idat.offset + 8 : idat.offset + 8 + idat.length], h * stride)
    except deflate.DeflateError:
        return None
    if len(raw) != h * stride:
        return None
    rows = np.frombuffer(raw, np.uint8).reshape(h, stride)
    if rows[:, 0].any():  # a row filtered (Sub, Up...): not png_rgb's, Pillow unfilters it
        return None
    corners, bbox = False, (0, 0, w, h)
    if channels == 4:
        alpha = rows[:, 4::4]
        corners = not (alpha[0, 0] or alpha[0, -1] or alpha[-1, 0] or alpha[-1, -1])
        seen = alpha != 0
        cols = np.flatnonzero(seen.any(axis=0))
        bbox = None
        if len(cols):
            lines = np.flatnonzero(seen.any(axis=1))
            bbox = (int(cols[0]), int(lines[0]), int(cols[-1]) + 1, int(lines[-1]) + 1)
    mode = "RGBA" if channels == 4 else "RGB"
    return ImageFacts("png", (w, h), mode, dpi, channels == 4, corners, bbox, colour, len(data))


def _pillow_facts(data: bytes) -> ImageFacts:
    with Image.open(io.BytesIO(data)) as im:
        w, h = im.size
        if im.format == "JPEG":  # no alpha, so no pixel is looked at: the whole stream is still decoded
            im.draft(im.mode, (w // 8, h // 8))  # (a cut or damaged one is refused) at an 8th of the size
        im.load()
        fmt = FORMATS.get(im.format or "", (im.format or "?").lower())
        dpi = im.info.get("dpi")
        has_alpha = im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info)
        corners, bbox = False, (0, 0, w, h)  # an opaque image: no corner is clear, all of it is artwork
        if has_alpha:  # the alpha of RGBA as it is; of LA, PA or a palette with transparency, converted
            a = (im if im.mode == "RGBA" else im.convert("RGBA")).getchannel("A")
            corners = all(a.getpixel(p) == 0 for p in ((0, 0), (w - 1, 0), (0, h - 1), (w - 1, h - 1)))
            bbox = a.getbbox()
        size, mode = (w, h), im.mode
    colour_type = data[25] if fmt == "png" and len(data) > 25 else None
    return ImageFacts(
        fmt,
        size,
        mode,
        tuple(dpi) if dpi else None,
        has_alpha,
        has_alpha and corners,
        bbox,
        colour_type,
        len(data),
    )


def frame_count(data: bytes) -> int:
    """How many frames an image file holds, read from its header (no frame is decoded); 0 if unreadable."""
    try:
        with Image.open(io.BytesIO(data)) as im:
            return int(getattr(im, "n_frames", 1))
    except Exception:
        return 0


def image_size(data: bytes) -> tuple[int, int] | None:
    """An image file's size from its header (nothing decoded); None if unreadable."""
    try:
        with Image.open(io.BytesIO(data)) as im:
            return im.size
    except Exception:
        return None


def check_clean(name: str, data: bytes) -> list[str]:
    """No metadata (§18): PNG, JPEG and WebP files hold only what export/inspect.py's allowlist admits."""
    if not (data[:8] == PNG_SIGNATURE or data[:2] == b"\xff\xd8" or data[:4] == b"RIFF"):
        return []
    problem = _once("clean", _unclean, data)  # the kit checks each file twice (check_kit, check_image)
    return [f"{name}: {problem} (§18)"] if problem else []


def _unclean(data: bytes) -> str:
    """What assert_clean refuses in ``data``, or "" when it is clean."""
    try:
        assert_clean(data, allow_phys=True, chunks=_chunks(data))
    except MetadataError as exc:
        return exc.problem
    return ""


def check_image(
    name: str,
    data: bytes,
    *,
    fmt: str | tuple[str, ...],
    size: tuple[int, int] | None = None,
    max_size: tuple[int, int] | None = None,
    one_side: int | None = None,
    square: bool = False,
    even: bool = False,
    transparent: bool = False,
    max_bytes: int | None = None,
    min_dpi: int | None = None,
    truecolour: bool = False,
    margin: int | None = None,
    rule: str = "",
) -> list[str]:
    """Check one encoded image; each problem names the file and the rule (``rule`` cites the spec)."""
    cite = f" ({rule})" if rule else ""
    try:
        f = facts(data)
    except Exception as exc:
        return [f"{name}: not a readable image ({exc}){cite}"]
    out = []
    fmts = (fmt,) if isinstance(fmt, str) else fmt
    if f.format not in fmts:
        out.append(f"{name}: format is {f.format}, must be {'/'.join(fmts)}{cite}")
    w, h = f.size
    if size and f.size != tuple(size):
        out.append(f"{name}: is {w}x{h}, must be exactly {size[0]}x{size[1]}{cite}")
    if max_size and (w > max_size[0] or h > max_size[1]):
        out.append(f"{name}: is {w}x{h}, must fit within {max_size[0]}x{max_size[1]}{cite}")
    if one_side and not (max(w, h) == one_side and min(w, h) <= one_side):
        out.append(
            f"{name}: is {w}x{h}; one side must be exactly {one_side} and the other <= {one_side}{cite}"
        )
    if square and w != h:
        out.append(f"{name}: is {w}x{h}, must be square{cite}")
    if even and (w % 2 or h % 2):
        out.append(f"{name}: is {w}x{h}; width and height must be even{cite}")
    if transparent and not (f.has_alpha and f.corners_clear):
        out.append(f"{name}: background must be transparent{cite}")
    if max_bytes is not None and f.nbytes > max_bytes:
        out.append(f"{name}: is {f.nbytes} bytes, limit {max_bytes}{cite}")
    if min_dpi is not None and (not f.dpi or min(f.dpi) < min_dpi - 0.5):
        out.append(f"{name}: resolution is {f.dpi or 'unset'}, must be >= {min_dpi} dpi{cite}")
    if truecolour and f.png_colour_type not in (2, 6):
        out.append(f"{name}: must be an RGB (truecolour) PNG, colour type is {f.png_colour_type}{cite}")
    if margin is not None and f.alpha_bbox is not None:
        x0, y0, x1, y1 = f.alpha_bbox
        m = min(x0, y0, w - x1, h - y1)
        if m < margin:
            out.append(f"{name}: artwork is {m} px from the edge, needs a margin of about {margin} px{cite}")
    out.extend(check_clean(name, data))
    return out


def zip_members(name: str, data: bytes, problems: list[str]) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = {}
            for info in zf.infolist():
                if info.is_dir() or "/" in info.filename or "\\" in info.filename:
                    problems.append(f"{name}: {info.filename} is not at the ZIP root (§1.2 ZIP packaging)")
                members[info.filename] = zf.read(info)
            return members
    except zipfile.BadZipFile as exc:
        problems.append(f"{name}: not a ZIP ({exc})")
        return {}


def check_line_stickers(name: str, data: bytes) -> list[str]:
    """LINE Creators Market static sticker ZIP (§1.2): every rule that can be checked offline."""
    problems: list[str] = []
    if len(data) > LINE_ZIP_MAX:
        problems.append(
            f"{name}: ZIP is {len(data)} bytes, limit {LINE_ZIP_MAX} (§1.2, stricter of 20/60 MB)"
        )
    members = zip_members(name, data, problems)
    numbered = sorted(n for n in members if re.fullmatch(r"\d\d\.png", n))
    count = len(numbered)
    if count not in LINE_STICKER_COUNTS:
        problems.append(f"{name}: holds {count} stickers, must be one of {LINE_STICKER_COUNTS} (§1.2)")
    expected = {f"{i:02d}.png" for i in range(1, count + 1)} | {"main.png", "tab.png"}
    if set(members) != expected:
        extra = sorted(set(members) - expected)
        missing = sorted(expected - set(members))
        problems.append(
            f"{name}: files must be main.png, tab.png, 01.png..{count:02d}.png at the root; "
            f"unexpected {extra}, missing {missing} (§1.2 ZIP packaging)"
        )
    common = dict(
        fmt="png",
        transparent=True,
        max_bytes=LINE_MAX_FILE,
        min_dpi=LINE_MIN_DPI,
        truecolour=True,
        even=True,
        rule="LINE §1.2",
    )
    for n in numbered:
        problems += check_image(
            f"{name}/{n}", members[n], max_size=LINE_STICKER_MAX, margin=LINE_MARGIN_MIN, **common
        )
    if "main.png" in members:
        problems += check_image(f"{name}/main.png", members["main.png"], size=LINE_MAIN, **common)
    if "tab.png" in members:
        problems += check_image(f"{name}/tab.png", members["tab.png"], size=LINE_TAB, **common)
    return problems


def _line_emoji_zip(
    name: str, data: bytes, count: tuple[int, int], what: str, problems: list[str]
) -> tuple[dict[str, bytes], list[str]]:
    """The rules every LINE emoji ZIP shares (§1.3): its size, how many emoji, and the names at its root."""
    if len(data) >= LINE_EMOJI_ZIP_MAX:
        problems.append(f"{name}: ZIP is {len(data)} bytes, must be < {LINE_EMOJI_ZIP_MAX} (§1.3)")
    members = zip_members(name, data, problems)
    numbered = sorted(n for n in members if re.fullmatch(r"\d\d\d\.png", n))
    if not count[0] <= len(numbered) <= count[1]:
        problems.append(f"{name}: holds {len(numbered)} {what}, must be {count[0]}-{count[1]} (§1.3)")
    if set(members) != {f"{i:03d}.png" for i in range(1, len(numbered) + 1)} | {"tab.png"}:
        problems.append(
            f"{name}: files must be tab.png and 001.png..{len(numbered):03d}.png at the root (§1.3)"
        )
    return members, numbered


def check_line_emoji(name: str, data: bytes) -> list[str]:
    """LINE emoji ZIP (§1.3): 8-40 images of exactly 180x180 + tab 96x74, PNG, transparent, >= 72 dpi."""
    problems: list[str] = []
    members, numbered = _line_emoji_zip(name, data, LINE_EMOJI_COUNT, "emoji", problems)
    common = dict(
        fmt="png",
        transparent=True,
        max_bytes=LINE_EMOJI_MAX_FILE,
        min_dpi=LINE_MIN_DPI,
        truecolour=True,
        rule="LINE emoji §1.3",
    )
    for n in numbered:
        problems += check_image(f"{name}/{n}", members[n], size=LINE_EMOJI, **common)
    if "tab.png" in members:
        problems += check_image(f"{name}/tab.png", members["tab.png"], size=LINE_TAB, **common)
    return problems


def _group(files: dict[str, bytes], folder: str, exts: tuple[str, ...]) -> dict[str, bytes]:
    return {k: v for k, v in files.items() if k.startswith(folder + "/") and k.rsplit(".", 1)[-1] in exts}


def check_telegram(files: dict[str, bytes]) -> list[str]:
    out = []
    stickers = {
        k: v for k, v in _group(files, "stickers", ("png", "webp")).items() if not k.endswith("/thumb.png")
    }
    if not 1 <= len(stickers) <= TG_MAX_STICKERS:
        out.append(f"stickers/: {len(stickers)} stickers, must be 1-{TG_MAX_STICKERS} (§0.3, L)")
    for k, v in stickers.items():
        out += check_image(
            k,
            v,
            fmt=("png", "webp"),
            one_side=TG_STICKER_SIDE,
            max_bytes=TG_STICKER_MAX,
            transparent=True,
            rule="Telegram §16",
        )
    if "stickers/thumb.png" in files:
        out += check_image(
            "stickers/thumb.png",
            files["stickers/thumb.png"],
            fmt=("png", "webp"),
            size=TG_THUMB,
            max_bytes=TG_THUMB_MAX,
            rule="Telegram set thumbnail §0.3/§16",
        )
    else:
        out.append("stickers/thumb.png: missing set thumbnail (§16)")
    for k, v in _group(files, "emoji", ("png", "webp")).items():
        out += check_image(
            k, v, fmt=("png", "webp"), size=TG_EMOJI, transparent=True, rule="Telegram emoji §16"
        )
    return out


def _packs(files: dict[str, bytes], folder: str) -> list[str]:
    """``folder`` and its continuation packs (``folder-2``, ``folder-3``...) present in the kit."""
    tops = {k.split("/", 1)[0] for k in files if "/" in k}
    return sorted(t for t in tops if t == folder or re.fullmatch(re.escape(folder) + r"-\d+", t))


def check_whatsapp(files: dict[str, bytes]) -> list[str]:
    out = []
    packs = _packs(files, "stickers")
    if not packs:
        out.append("stickers/: no sticker pack (§17)")
    for pack in packs:
        stickers = _group(files, pack, ("webp",))
        if not WA_COUNT[0] <= len(stickers) <= WA_COUNT[1]:
            out.append(f"{pack}/: {len(stickers)} stickers, WhatsApp packs hold 3-30 (§17)")
        for k, v in stickers.items():
            out += check_image(
                k,
                v,
                fmt="webp",
                size=WA_STICKER,
                max_bytes=WA_STICKER_MAX,
                transparent=True,
                rule="WhatsApp §17",
            )
            if frame_count(v) > 1:
                out.append(
                    f"{k}: animated sticker in a static pack; a pack is all static or all animated (§17)"
                )
        tray = f"{pack}/tray.png"
        if tray in files:
            out += check_image(
                tray, files[tray], fmt="png", size=WA_TRAY, max_bytes=WA_TRAY_MAX, rule="WhatsApp tray §17"
            )
        else:
            out.append(f"{tray}: missing tray icon (§17)")
        others = [
            k for k in files if k.startswith(pack + "/") and not k.endswith((".webp", "tray.png", ".txt"))
        ]
        if others:
            out.append(f"{pack}/: unexpected files {others}; all stickers must be static WebP (§17)")
    for pack in _packs(files, "stickers-animated"):
        tray = f"{pack}/tray.png"
        if tray not in files:
            out.append(f"{tray}: missing tray icon (§17)")
    if "contents.json" in files:
        out += check_whatsapp_contents(files)
    return out


def check_whatsapp_contents(files: dict[str, bytes]) -> list[str]:
    """contents.json: names <= 128, identifier <128 of [a-zA-Z0-9_.- ], <= 3 emoji, files present (§17)."""
    import json

    try:
        doc = json.loads(files["contents.json"].decode("utf-8"))
        packs = doc["sticker_packs"]
    except (ValueError, KeyError, TypeError) as exc:
        return [f"contents.json: not a WhatsApp contents file ({exc}) (§17)"]
    out = []
    for pack in packs:
        ident = str(pack.get("identifier", ""))
        if not re.fullmatch(r"[a-zA-Z0-9_.\- ]{1,127}", ident):
            out.append(f"contents.json: identifier {ident!r} must be < 128 of [a-zA-Z0-9_.- ] (§17)")
        for key in ("name", "publisher"):
            if not 1 <= len(str(pack.get(key, ""))) <= 128:
                out.append(f"contents.json: pack {ident!r} {key} must be 1-128 characters (§17)")
        if f"{ident}/{pack.get('tray_image_file')}" not in files:
            out.append(f"contents.json: pack {ident!r} tray {pack.get('tray_image_file')!r} is missing (§17)")
        stickers = pack.get("stickers", [])
        if not WA_COUNT[0] <= len(stickers) <= WA_COUNT[1]:
            out.append(f"contents.json: pack {ident!r} lists {len(stickers)} stickers, must be 3-30 (§17)")
        for st in stickers:
            if f"{ident}/{st.get('image_file')}" not in files:
                out.append(f"contents.json: {ident}/{st.get('image_file')} is missing (§17)")
            if not 1 <= len(st.get("emojis", [])) <= 3:
                out.append(f"contents.json: {st.get('image_file')} needs 1-3 emoji (§17)")
    return out


def check_discord(files: dict[str, bytes]) -> list[str]:
    out = []
    for k, v in _group(files, "emoji", ("png", "jpg", "gif", "webp")).items():
        out += check_image(
            k,
            v,
            fmt=("png", "jpeg", "webp"),
            size=DISCORD_EMOJI,
            max_bytes=DISCORD_EMOJI_MAX,
            rule="Discord emoji §5",
        )
    for k, v in _group(files, "stickers", ("png",)).items():
        out += check_image(
            k, v, fmt="png", size=DISCORD_STICKER, max_bytes=DISCORD_STICKER_MAX, rule="Discord sticker §5"
        )
    return out


def check_slack(files: dict[str, bytes]) -> list[str]:
    out = []
    for k, v in _group(files, "emoji", ("png", "jpg", "gif")).items():
        out += check_image(
            k,
            v,
            fmt=("png", "jpeg"),
            square=True,
            max_bytes=SLACK_EMOJI_MAX,
            transparent=True,
            rule="Slack emoji §6",
        )
    return out


def check_fedi(files: dict[str, bytes]) -> list[str]:
    out = []
    for k, v in _group(files, "emoji", ("png", "gif", "webp")).items():
        out += check_image(
            k,
            v,
            fmt=("png", "webp"),
            max_bytes=FEDI_EMOJI_MAX,
            transparent=True,
            rule="Mastodon/Misskey emoji §10/§11",
        )
        stem = k.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        if not re.fullmatch(r"[a-zA-Z0-9_]{2,}", stem):
            out.append(f"{k}: shortcode must be >= 2 characters of [a-zA-Z0-9_] (§10)")
    return out


# --- Twitch emotes: docs/platforms.md §13 (M): manual upload 28/56/112, PNG, square, transparent ---
TWITCH_EMOTE_SIZES = (28, 56, 112)
TWITCH_EMOTE_MAX = 512 * KB  # manual <= 512 KB each (auto-resize <= 1 MB): the stricter


def check_twitch(files: dict[str, bytes]) -> list[str]:
    out = []
    for k, v in _group(files, "emotes", ("png",)).items():
        out += check_image(
            k,
            v,
            fmt="png",
            square=True,
            transparent=True,
            max_bytes=TWITCH_EMOTE_MAX,
            rule="Twitch emotes §13",
        )
        size = re.search(r"_(\d+)\.png$", k)
        if not size or int(size.group(1)) not in TWITCH_EMOTE_SIZES:
            out.append(f"{k}: emote files must be 28, 56 or 112 px (name_28.png ...) (§13)")
        elif (found := image_size(v)) != (int(size.group(1)),) * 2:
            out.append(f"{k}: is {found}, its name says {size.group(1)} px (§13)")
    return out


PLATFORM_CHECKS = {
    "twitch": check_twitch,
    "telegram": check_telegram,
    "whatsapp": check_whatsapp,
    "discord": check_discord,
    "slack": check_slack,
    "mastodon": check_fedi,
    "misskey": check_fedi,
}


def check_target_file(name: str, data: bytes, target) -> list[str]:
    """A single-image target (avatar, banner, card) against its preset: size, format, bytes, no metadata."""
    return check_image(
        name,
        data,
        fmt=target.format,
        size=target.size,
        max_bytes=target.max_bytes,
        transparent=target.background == "transparent",
        rule=f"preset {target.name}",
    )


def check_kit(platform: str, files: dict[str, bytes]) -> list[str]:
    """Every platform-specific rule for a kit given as {relative path: bytes}."""
    problems: list[str] = []
    for name, data in sorted(files.items()):
        if name.endswith("line-animated-stickers.zip"):
            problems += check_line_animated_stickers(name, data)
        elif name.endswith("line-animated-emoji.zip"):
            problems += check_line_animated_emoji(name, data)
        elif name.endswith("line-stickers.zip"):
            problems += check_line_stickers(name, data)
        elif name.endswith("line-emoji.zip"):
            problems += check_line_emoji(name, data)
        elif name.endswith((".png", ".jpg", ".webp")):
            problems += check_clean(name, data)
    check = PLATFORM_CHECKS.get(platform)
    if check:
        problems += check(files)
    problems += check_animated_extra(platform, files)
    return list(dict.fromkeys(problems))


# --- Animated stickers and emoji ----------------------------------------------------------------------
# LINE animated stickers: docs/platforms.md §1.2 (creator.line.me/en/guideline/animationsticker/)
LINE_ANIM_COUNTS = (8, 16, 24)  # "8, 16 or 24"
LINE_ANIM_MAX = (320, 270)  # "within 320x270"
LINE_ANIM_MIN_SIDE = 270  # "at least 270 px on one side"; if height is the longer side it must be 270
LINE_ANIM_FRAMES = (5, 20)  # 5-20 frames
LINE_ANIM_SECONDS = 4.0  # <= 4 s per sticker, whole seconds (emoji detail page: 1/2/3/4 s)
LINE_ANIM_LOOPS = (1, 4)  # 1-4 loops, loops x playback time <= 4 s
LINE_ANIM_MAX_FILE = 300 * KB  # ⚠ 300 KB (official snapshot) vs 1 MB (2026): stricter 300 KB (§20)
LINE_ANIM_MAIN = (240, 240)  # main image 240x240 APNG
# LINE animated emoji: §1.3 (creator.line.me/ja/guideline/animationemoji/)
LINE_ANIM_EMOJI = (180, 180)
LINE_ANIM_EMOJI_COUNT = (8, 40)
# Discord: §5 (sticker.mdx): APNG 320x320, <= 512 KiB, animated <= 5 s
DISCORD_ANIM_SECONDS = 5.0
# Telegram video stickers/emoji: §16: WEBM VP9, no audio, <= 3 s, <= 30 fps, <= 256 KB; 512 on one
# side (stickers), 100x100 (emoji)
TG_VIDEO_MAX = 256 * KB
TG_VIDEO_SECONDS = 3.0
TG_VIDEO_FPS = 30
# WhatsApp animated: §17: 512x512 WebP, <= 500 KB, frames >= 8 ms, total <= 10 s; a pack is all static
# or all animated
WA_ANIM_MAX = 500 * KB
WA_ANIM_MIN_FRAME_MS = 8
WA_ANIM_SECONDS = 10.0


@dataclass(frozen=True)
class Animation:
    format: str  # "apng", "webp", "webm"
    size: tuple[int, int]
    frames: int
    delays_ms: tuple[float, ...]
    loops: int | None  # 0 = forever; None for WebM
    nbytes: int
    alpha: bool  # the pixel format carries alpha
    corners_clear: bool  # first frame's corners transparent
    first_visible: bool  # first frame is not empty
    all_identical: bool
    audio: bool = False
    fps: float | None = None
    codec: str = ""

    @property
    def seconds(self) -> float:
        return sum(self.delays_ms) / 1000.0


def _frame_facts(first: Image.Image, rest: Iterable[Image.Image]) -> tuple[bool, bool, bool]:
    """(first frame's corners clear, first frame not empty, every other frame the same RGBA as the
    first); stops reading ``rest`` at the first frame that differs."""
    first = first if first.mode == "RGBA" else first.convert("RGBA")
    a = first.getchannel("A")
    w, h = first.size
    corners = all(a.getpixel(p) == 0 for p in ((0, 0), (w - 1, 0), (0, h - 1), (w - 1, h - 1)))
    pixels = first.tobytes()
    identical = all(
        f is first or (f if f.mode == "RGBA" else f.convert("RGBA")).tobytes() == pixels for f in rest
    )
    return corners, a.getbbox() is not None, identical


def animation(data: bytes) -> Animation:
    """Decode an APNG, animated WebP (Pillow) or WebM (PyAV) and describe every frame."""
    if data[:4] == b"\x1a\x45\xdf\xa3":
        return _webm_facts(data)
    with Image.open(io.BytesIO(data)) as im:
        fmt = {"PNG": "apng", "WEBP": "webp"}.get(im.format or "", (im.format or "?").lower())
        frames, delays = [], []
        for i in range(getattr(im, "n_frames", 1)):
            im.seek(i)
            frames.append(im.convert("RGBA"))
            delays.append(float(im.info.get("duration", 0) or 0))
        loops = im.info.get("loop")
        alpha = im.mode in ("RGBA", "LA", "PA") or "transparency" in im.info
        size = im.size
    if fmt == "apng" and b"acTL" not in data[:4096] and len(frames) == 1:
        fmt = "png"
    corners, visible, identical = _frame_facts(frames[0], frames[1:])
    return Animation(
        fmt, size, len(frames), tuple(delays), loops, len(data), alpha, corners, visible, identical
    )


def _webm_rgba(frame) -> Image.Image:
    """A decoded VP9 frame as RGBA, the alpha read from its own plane (swscale's yuva->rgba conversion
    was seen to fill the last pixel with stale memory)."""
    rgb = frame.to_ndarray(format="rgb24")
    if len(frame.planes) < 4:
        return Image.fromarray(rgb, "RGB").convert("RGBA")
    plane = frame.planes[3]
    alpha = np.frombuffer(plane, np.uint8).reshape(plane.height, plane.line_size)[:, : plane.width]
    return Image.fromarray(np.dstack([rgb, alpha]), "RGBA")


def _webm_planes(frame) -> tuple:
    """All a decoded frame's RGBA is made from (see _webm_rgba): its format and colour signalling, and
    the visible bytes of every plane."""
    planes = tuple(
        np.frombuffer(p, np.uint8).reshape(p.height, p.line_size)[:, : p.width].tobytes()
        for p in frame.planes
    )
    return frame.format.name, frame.width, frame.height, frame.colorspace, frame.color_range, planes


def _webm_facts(data: bytes) -> Animation:
    import av

    with av.open(io.BytesIO(data)) as c:
        audio = bool(c.streams.audio)
        st = c.streams.video[0]
        codec = st.codec_context.name
        rate = float(st.average_rate or 0) or None
        decoder = av.codec.CodecContext.create("libvpx-vp9" if codec == "vp9" else codec, "r")
        frames, pix = [], ""
        for packet in c.demux(st):  # the demuxer's last, empty packet flushes the decoder
            for frame in decoder.decode(packet):
                pix = frame.format.name
                frames.append(frame)
        size = (st.codec_context.width, st.codec_context.height)
    if not frames:
        raise ValueError("no video frames")
    delays = tuple(1000.0 / rate for _ in frames) if rate else tuple(0.0 for _ in frames)
    # Every frame is decoded (a damaged stream is refused), but a frame is converted to RGBA only to be
    # compared: one whose planes equal the first's has the first's RGBA. Converting all of them was
    # ~0.7 of the ~1.1 s CPU of checking a --animated kit's 16 WebM (24 frames of 512 px each).
    first, key = _webm_rgba(frames[0]), _webm_planes(frames[0])
    rest = (first if _webm_planes(f) == key else _webm_rgba(f) for f in frames[1:])
    corners, visible, identical = _frame_facts(first, rest)
    return Animation(
        "webm",
        size,
        len(frames),
        delays,
        None,
        len(data),
        pix.startswith("yuva"),
        corners,
        visible,
        identical,
        audio,
        rate,
        codec,
    )


def check_animation(
    name: str,
    data: bytes,
    *,
    fmt: str,
    size: tuple[int, int] | None = None,
    max_size: tuple[int, int] | None = None,
    min_side: int | None = None,
    one_side: int | None = None,
    frames: tuple[int, int] | None = None,
    max_seconds: float | None = None,
    whole_seconds: bool = False,
    loops: tuple[int, int] | None = None,
    loop_time_max: float | None = None,
    max_fps: float | None = None,
    min_frame_ms: float | None = None,
    max_bytes: int | None = None,
    codec: str | None = None,
    min_dpi: int | None = None,
    rule: str = "",
) -> list[str]:
    """One animated file against its platform's rules; each problem names the file and the rule."""
    cite = f" ({rule})" if rule else ""
    try:
        a = animation(data)
    except Exception as exc:
        return [f"{name}: not a readable animation ({exc}){cite}"]
    out = []
    if a.format != fmt:
        out.append(f"{name}: format is {a.format}, must be {fmt}{cite}")
    w, h = a.size
    if size and a.size != tuple(size):
        out.append(f"{name}: is {w}x{h}, must be exactly {size[0]}x{size[1]}{cite}")
    if max_size and (w > max_size[0] or h > max_size[1]):
        out.append(f"{name}: is {w}x{h}, must fit within {max_size[0]}x{max_size[1]}{cite}")
    if min_side and (max(w, h) < min_side or (h > w and h != min_side)):
        out.append(f"{name}: is {w}x{h}; one side must be >= {min_side} (exactly {min_side} if tall){cite}")
    if one_side and max(w, h) != one_side:
        out.append(f"{name}: is {w}x{h}; one side must be exactly {one_side}{cite}")
    if frames and not frames[0] <= a.frames <= frames[1]:
        out.append(f"{name}: has {a.frames} frames, must have {frames[0]}-{frames[1]}{cite}")
    if a.frames > 1 and a.all_identical:
        out.append(f"{name}: every frame is the same image{cite}")
    if not a.first_visible:
        out.append(f"{name}: the first frame is empty; it must carry the sticker's meaning{cite}")
    if not (a.alpha and a.corners_clear):
        out.append(f"{name}: background must be transparent{cite}")
    if max_seconds is not None and a.seconds > max_seconds + 1e-6:
        out.append(f"{name}: plays {a.seconds:.2f} s, limit {max_seconds:g} s{cite}")
    if whole_seconds and abs(a.seconds - round(a.seconds)) > 1e-6:
        out.append(f"{name}: plays {a.seconds:.3f} s; playback must be a whole number of seconds{cite}")
    if loops and (a.loops is None or not loops[0] <= a.loops <= loops[1]):
        out.append(f"{name}: loops {a.loops} times, must loop {loops[0]}-{loops[1]} times{cite}")
    if loop_time_max and a.loops and a.loops * a.seconds > loop_time_max + 1e-6:
        out.append(f"{name}: {a.loops} loops x {a.seconds:g} s exceeds {loop_time_max:g} s{cite}")
    if max_fps and (a.fps is None or a.fps > max_fps + 1e-6):
        out.append(f"{name}: frame rate {a.fps}, limit {max_fps} fps{cite}")
    if min_frame_ms and any(d < min_frame_ms for d in a.delays_ms):
        out.append(f"{name}: a frame is shorter than {min_frame_ms:g} ms{cite}")
    if max_bytes is not None and a.nbytes > max_bytes:
        out.append(f"{name}: is {a.nbytes} bytes, limit {max_bytes}{cite}")
    if codec and a.codec != codec:
        out.append(f"{name}: codec is {a.codec or 'unknown'}, must be {codec}{cite}")
    if a.audio:
        out.append(f"{name}: carries an audio stream; video stickers must be silent{cite}")
    if min_dpi is not None:
        out += [p for p in check_image(name, data, fmt="png", min_dpi=min_dpi, rule=rule) if "dpi" in p]
    out.extend(check_clean(name, data))
    return out


def _line_anim_common(kind: str) -> dict:
    return dict(
        fmt="apng",
        frames=LINE_ANIM_FRAMES,
        max_seconds=LINE_ANIM_SECONDS,
        whole_seconds=True,
        loops=LINE_ANIM_LOOPS,
        loop_time_max=LINE_ANIM_SECONDS,
        max_bytes=LINE_ANIM_MAX_FILE,
        min_dpi=LINE_MIN_DPI,
        rule=f"LINE {kind}",
    )


def check_line_animated_stickers(name: str, data: bytes) -> list[str]:
    """LINE animated sticker ZIP: main.png (APNG 240x240), tab.png (static 96x74), 01..NN APNG."""
    problems: list[str] = []
    if len(data) > LINE_ZIP_MAX:
        problems.append(f"{name}: ZIP is {len(data)} bytes, limit {LINE_ZIP_MAX} (§1.2)")
    members = zip_members(name, data, problems)
    numbered = sorted(n for n in members if re.fullmatch(r"\d\d\.png", n))
    if len(numbered) not in LINE_ANIM_COUNTS:
        problems.append(
            f"{name}: holds {len(numbered)} animated stickers, must be one of {LINE_ANIM_COUNTS} (§1.2)"
        )
    expected = {f"{i:02d}.png" for i in range(1, len(numbered) + 1)} | {"main.png", "tab.png"}
    if set(members) != expected:
        problems.append(
            f"{name}: files must be main.png, tab.png, 01.png..NN.png at the root (§1.2 ZIP packaging)"
        )
    common = _line_anim_common("animated stickers §1.2")
    for n in numbered:
        problems += check_animation(
            f"{name}/{n}", members[n], max_size=LINE_ANIM_MAX, min_side=LINE_ANIM_MIN_SIDE, **common
        )
    if "main.png" in members:
        problems += check_animation(f"{name}/main.png", members["main.png"], size=LINE_ANIM_MAIN, **common)
    if "tab.png" in members:
        problems += check_image(
            f"{name}/tab.png",
            members["tab.png"],
            fmt="png",
            size=LINE_TAB,
            transparent=True,
            max_bytes=LINE_MAX_FILE,
            min_dpi=LINE_MIN_DPI,
            rule="LINE animated tab §1.2",
        )
    return problems


def check_line_animated_emoji(name: str, data: bytes) -> list[str]:
    problems: list[str] = []
    members, numbered = _line_emoji_zip(name, data, LINE_ANIM_EMOJI_COUNT, "animated emoji", problems)
    common = _line_anim_common("animated emoji §1.3")
    for n in numbered:
        problems += check_animation(f"{name}/{n}", members[n], size=LINE_ANIM_EMOJI, **common)
    return problems


def check_folder_animations(files: dict[str, bytes], folder: str, ext: str, **rule) -> list[str]:
    return [
        p for k, v in sorted(_group(files, folder, (ext,)).items()) for p in check_animation(k, v, **rule)
    ]


def check_animated_extra(platform: str, files: dict[str, bytes]) -> list[str]:
    """Animated folders of the Discord, Telegram and WhatsApp kits."""
    out = []
    for folder, ext, rule in ANIMATED_FOLDERS.get(platform, ()):
        for pack in sorted(
            {k.split("/", 1)[0] for k in files if k.split("/", 1)[0].startswith(folder) and "/" in k}
        ):
            out += check_folder_animations(files, pack, ext, **rule)
            count = len(_group(files, pack, (ext,)))
            lo, hi = ANIMATED_COUNTS.get((platform, folder), (1, 10**6))
            if not lo <= count <= hi:
                out.append(f"{pack}/: {count} animated stickers, must be {lo}-{hi} ({rule.get('rule', '')})")
    return out


ANIMATED_FOLDERS = {
    "discord": (
        (
            "stickers-animated",
            "png",
            dict(
                fmt="apng",
                size=DISCORD_STICKER,
                max_seconds=DISCORD_ANIM_SECONDS,
                max_bytes=DISCORD_STICKER_MAX,
                rule="Discord sticker §5",
            ),
        ),
    ),
    "telegram": (
        (
            "stickers-video",
            "webm",
            dict(
                fmt="webm",
                one_side=TG_STICKER_SIDE,
                max_size=(512, 512),
                max_seconds=TG_VIDEO_SECONDS,
                max_fps=TG_VIDEO_FPS,
                max_bytes=TG_VIDEO_MAX,
                codec="vp9",
                rule="Telegram video sticker §16",
            ),
        ),
        (
            "emoji-video",
            "webm",
            dict(
                fmt="webm",
                size=TG_EMOJI,
                max_seconds=TG_VIDEO_SECONDS,
                max_fps=TG_VIDEO_FPS,
                max_bytes=TG_VIDEO_MAX,
                codec="vp9",
                rule="Telegram video emoji §16",
            ),
        ),
    ),
    "whatsapp": (
        (
            "stickers-animated",
            "webp",
            dict(
                fmt="webp",
                size=WA_STICKER,
                max_seconds=WA_ANIM_SECONDS,
                min_frame_ms=WA_ANIM_MIN_FRAME_MS,
                max_bytes=WA_ANIM_MAX,
                rule="WhatsApp animated §17",
            ),
        ),
    ),
}
ANIMATED_COUNTS = {
    ("telegram", "stickers-video"): (1, TG_MAX_STICKERS),
    ("telegram", "emoji-video"): (1, 200),
    ("whatsapp", "stickers-animated"): WA_COUNT,
    ("discord", "stickers-animated"): (1, 60),
}
