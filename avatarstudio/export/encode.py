"""Encoders, fed fresh pixels with explicit arguments, so files carry pixels and nothing else.

JPEG, WebP and palette PNG are Pillow's. Full-colour PNG (RGB/RGBA, 8 bits) is written here: the
PNG container is four chunks (IHDR, an optional pHYs, one IDAT, IEND) and nothing else can get in;
rows are stored unfiltered and compressed with libdeflate (the ``deflate`` package). Measured on
512 px avatars (bench/bench.py): flat-colour art compresses best without PNG's row filters, which
spoil the long runs deflate finds, and libdeflate is faster than zlib at the same ratio; the result
is ~3.5 ms and ~83 KiB per avatar against ~12 ms and ~98 KiB for Pillow at level 3 (adaptive filters).
Any PNG decoder gives back exactly the pixels that went in (tests/export/test_encode.py).

The same image and arguments give the same bytes on every machine (libdeflate is deterministic for
a given version). A byte budget is met by lowering quality step by step (JPEG/WebP) or by reducing
PNG colours; the first setting that fits wins, so the result is deterministic too.
"""

from __future__ import annotations

import io
import struct
import zlib

import numpy as np
from PIL import Image

from ..core.colour import parse_hex
from ..core.errors import ExportError

PNG_LEVEL = 4  # libdeflate level for full-colour PNG: measured, 1 is 25 % faster for 4 % more bytes, 7 twice as slow for 5 % fewer
_PALETTE_LEVEL = 9  # Pillow's zlib level for the (small) reduced-colour fallbacks
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_COLOUR_TYPES = {"RGB": 2, "RGBA": 6}
_JPEG_QUALITIES = (92, 88, 84, 80, 75, 70, 65, 60, 55, 50, 45, 40)
_WEBP_QUALITIES = (90, 85, 80, 75, 70, 65, 60, 55, 50, 45, 40, 35, 30)
_PNG_COLOURS = (256, 192, 128, 96, 64)


def prepare(image: Image.Image, background: str, flatten: str) -> Image.Image:
    """Apply the background policy: 'flatten' composites onto a solid colour, others keep alpha. An RGBA
    image that keeps its alpha is returned as it is (a banner-sized copy is 12-15 MB); read-only."""
    if image.mode != "RGBA":
        image = image.convert("RGBA")
    if background != "flatten":
        return image
    if image.getchannel("A").getextrema()[0] == 255:
        return image.convert("RGB")  # opaque (a banner, a card): compositing would give the same pixels
    base = Image.new("RGBA", image.size, parse_hex(flatten) + (255,))
    return Image.alpha_composite(base, image).convert("RGB")


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_rgb(image: Image.Image, level: int = PNG_LEVEL, dpi: int | None = None) -> bytes:
    """An RGB or RGBA image as PNG: IHDR, pHYs only when ``dpi`` is given, one IDAT, IEND."""
    import deflate

    width, height = image.size
    raw = image.tobytes()
    stride = len(raw) // height
    # each row its filter byte (0: None) and its pixels, laid out by one copy in C and handed to libdeflate
    # as it is, instead of a bytes object per row joined (~0.1 s of CPU over a kit's ~170 PNGs)
    rows = np.empty((height, 1 + stride), np.uint8)
    rows[:, 0] = 0
    rows[:, 1:] = np.frombuffer(raw, np.uint8).reshape(height, stride)
    header = struct.pack(">IIBBBBB", width, height, 8, _PNG_COLOUR_TYPES[image.mode], 0, 0, 0)
    out = [_PNG_SIGNATURE, _chunk(b"IHDR", header)]
    if dpi:
        per_metre = int(dpi / 0.0254 + 0.5)  # the rounding Pillow uses, so LINE's 72 dpi reads as 72
        out.append(_chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)))
    out.append(_chunk(b"IDAT", deflate.zlib_compress(rows, level)))
    out.append(_chunk(b"IEND", b""))
    return b"".join(out)


def _png(image: Image.Image, level: int, dpi: int | None, colours: int | None = None) -> bytes:
    if not colours and image.mode in _PNG_COLOUR_TYPES:
        return png_rgb(image, level, dpi)
    if colours:
        if image.mode == "RGBA":
            image = image.quantize(colours, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
        else:
            image = image.quantize(colours, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    out = io.BytesIO()
    kwargs = {"optimize": False, "compress_level": level}
    if dpi:
        kwargs["dpi"] = (dpi, dpi)
    image.save(out, format="PNG", **kwargs)
    return out.getvalue()


def _jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    (image if image.mode == "RGB" else image.convert("RGB")).save(
        out,
        format="JPEG",
        quality=quality,
        optimize=False,
        progressive=False,
        subsampling=2 if quality < 90 else 0,
        icc_profile=None,
        exif=b"",
        comment=b"",
    )
    return out.getvalue()


def _webp(image: Image.Image, quality: int | None, method: int = 2, effort: int = 60) -> bytes:
    """Lossless when ``quality`` is None (``method`` 0-6 and ``effort`` 0-100: lower is faster, higher
    smaller), else lossy."""
    out = io.BytesIO()
    if quality is None:
        image.save(
            out,
            format="WEBP",
            lossless=True,
            quality=effort,
            method=method,
            exact=False,
            icc_profile=None,
            exif=b"",
            xmp=b"",
        )
    else:
        image.save(
            out, format="WEBP", lossless=False, quality=quality, method=4, icc_profile=None, exif=b"", xmp=b""
        )
    return out.getvalue()


def encode(
    image: Image.Image,
    fmt: str,
    *,
    max_bytes: int | None = None,
    dpi: int | None = None,
    png_level: int = PNG_LEVEL,
    what: str = "image",
) -> bytes:
    """Encode ``image`` (already prepared) as ``fmt`` within ``max_bytes``; check it carries no metadata."""
    image.load()
    image = image._new(image.im)  # the same pixels, not copied (12-15 MB for a banner), and no info
    image.info.clear()
    limit = max_bytes or float("inf")
    tries: list
    if fmt == "png":
        tries = [lambda: _png(image, png_level, dpi)] + [
            lambda c=c: _png(image, _PALETTE_LEVEL, dpi, c) for c in _PNG_COLOURS
        ]
    elif fmt == "jpeg":
        tries = [lambda q=q: _jpeg(image, q) for q in _JPEG_QUALITIES]
    elif fmt == "webp":
        # Measured on WhatsApp's 16 stickers of 512 px (libwebp 1.6, CPU per sticker, all 16 in KiB): lossless
        # method 0 ~7 ms for 1366 KiB (2 over 100 KB), method 1 at effort 0 ~39 ms (1208, 1 over), method 2
        # at effort 0 ~46 ms (1143) and at 60 ~85 ms (1051). The fast one is tried first, then the smaller
        # ones only where a byte budget needs them, the quicker of them first.
        tries = [
            lambda: _webp(image, None, 0),
            lambda: _webp(image, None, 2, 0),
            lambda: _webp(image, None, 2),
        ]
        tries += [lambda q=q: _webp(image, q) for q in _WEBP_QUALITIES]
    else:
        raise ExportError(f"unknown format {fmt!r}", file=what)
    smallest = None
    for attempt in tries:
        data = attempt()
        if len(data) <= limit:
            from .inspect import assert_clean

            assert_clean(data, allow_phys=bool(dpi) and fmt == "png")
            return data
        smallest = min(smallest or len(data), len(data))
    raise ExportError(
        f"cannot fit {fmt.upper()} within {max_bytes} bytes (smallest try was {smallest} bytes)", file=what
    )
