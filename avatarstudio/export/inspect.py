"""List every chunk of an encoded PNG / JPEG / WebP, and refuse anything outside the export allowlists.

The allowlists are docs/security.md E01-E03: an export carries pixels and the structure needed to decode
them, nothing else (no text, time, ICC, EXIF, XMP, comments, thumbnails, or bytes after the end).
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass

from ..core.errors import MetadataError

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# APNG's acTL/fcTL/fdAT and animated WebP's ANIM/ANMF are frame data (animation control, frame
# rectangles and timing, frame pixels), not metadata: animated stickers need them.
PNG_FRAME_DATA = frozenset({"acTL", "fcTL", "fdAT"})
WEBP_FRAME_DATA = frozenset({"ANIM", "ANMF"})
PNG_ALLOWED = frozenset({"IHDR", "PLTE", "tRNS", "IDAT", "IEND"}) | PNG_FRAME_DATA
JPEG_ALLOWED = frozenset({"SOI", "APP0", "DQT", "SOF0", "SOF2", "DHT", "DRI", "SOS", "EOI"})  # + RSTn
WEBP_ALLOWED = frozenset({"VP8 ", "VP8L", "VP8X", "ALPH"}) | WEBP_FRAME_DATA
WEBP_FRAME_ALLOWED = frozenset({"VP8 ", "VP8L", "ALPH"})  # what an ANMF frame may hold
_VP8X_ALPHA = 0x10
_VP8X_ANIMATION = 0x02
_ANMF_HEADER = 16  # x, y, width-1, height-1, duration (3 bytes each), flags (1 byte)

_JPEG_NAMES = {
    0xD8: "SOI",
    0xD9: "EOI",
    0xDA: "SOS",
    0xDB: "DQT",
    0xC4: "DHT",
    0xDD: "DRI",
    0xFE: "COM",
    0xC0: "SOF0",
    0xC1: "SOF1",
    0xC2: "SOF2",
    0xC3: "SOF3",
    0xCC: "DAC",
    0xDC: "DNL",
    0xDE: "DHP",
    0xDF: "EXP",
    0x01: "TEM",
}
_JPEG_NAMES.update({0xE0 + i: f"APP{i}" for i in range(16)})
_JPEG_NAMES.update({0xD0 + i: f"RST{i}" for i in range(8)})
# In scan data 0xFF is followed by 0x00 (a stuffed byte), 0xFF (fill) or RST0-7 (a restart marker);
# any other byte after it ends the scan: that 0xFF starts the next marker. Searched with re, not a
# Python loop over every 0xFF (a kit JPEG of ~118 KB holds ~1,100): ~0.24 -> ~0.13 ms a JPEG.
_SCAN_END = re.compile(rb"\xff(?=[^\x00\xff\xd0-\xd7])")
_RESTART = re.compile(rb"\xff[\xd0-\xd7]")
_JPEG_NAMES.update({m: f"SOF{m - 0xC0}" for m in (0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF)})


@dataclass(frozen=True)
class Chunk:
    """One PNG chunk, JPEG segment or WebP RIFF chunk."""

    kind: str
    offset: int
    length: int
    summary: str = ""

    def __str__(self) -> str:
        return f"{self.kind:<5} @{self.offset:<8} {self.length:>9} B  {self.summary}".rstrip()


def detect(data: bytes) -> str:
    if data.startswith(PNG_SIGNATURE):
        return "png"
    if data.startswith(b"\xff\xd8"):
        return "jpeg"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    raise MetadataError("not a PNG, JPEG or WebP file", file="export")


def inspect_bytes(data: bytes) -> list[Chunk]:
    """Every chunk/segment of ``data`` in order; raises MetadataError if the structure is broken."""
    data = bytes(data)
    fmt = detect(data)
    try:
        return {"png": _png, "jpeg": _jpeg, "webp": _webp}[fmt](data)
    except (struct.error, IndexError, ValueError) as exc:
        raise MetadataError(f"damaged {fmt.upper()} structure ({exc})", file="export") from None


def _printable(raw: bytes, limit: int = 40) -> str:
    text = raw[:limit].decode("latin-1")
    text = "".join(c if 32 <= ord(c) < 127 else "." for c in text)
    return text + ("..." if len(raw) > limit else "")


def _png(data: bytes) -> list[Chunk]:
    chunks = []
    pos = len(PNG_SIGNATURE)
    while pos < len(data):
        if pos + 12 > len(data):
            raise ValueError(f"truncated chunk header at {pos}")
        length, kind_raw = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if len(body) != length or pos + 12 + length > len(data):
            raise ValueError(f"truncated chunk at {pos}")
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        kind = kind_raw.decode("latin-1")
        if zlib.crc32(kind_raw + body) != crc:
            raise ValueError(f"bad CRC in {kind!r} chunk at {pos}")
        summary = ""
        if kind == "IHDR" and length == 13:
            w, h, depth, colour = struct.unpack(">IIBB", body[:10])
            summary = f"{w}x{h} depth {depth} colour type {colour}"
        elif kind == "pHYs" and length == 9:
            x, y, unit = struct.unpack(">IIB", body)
            summary = f"{x}x{y} per {'metre' if unit == 1 else 'unit'}"
        elif kind in ("tEXt", "zTXt", "iTXt", "iCCP", "sPLT"):
            summary = "key " + _printable(body.split(b"\0", 1)[0])
        elif kind in ("eXIf", "tIME", "caBX"):
            summary = _printable(body, 24)
        chunks.append(Chunk(kind, pos, length, summary))
        pos += 12 + length
        if kind == "IEND":
            break
    if not chunks or chunks[-1].kind != "IEND":
        raise ValueError("no IEND chunk")
    if pos < len(data):
        chunks.append(Chunk("TRAILING", pos, len(data) - pos, "bytes after IEND"))
    return chunks


def _jpeg(data: bytes) -> list[Chunk]:
    chunks = [Chunk("SOI", 0, 2)]
    pos = 2
    while pos < len(data):
        if data[pos] != 0xFF:
            raise ValueError(f"expected a marker at {pos}")
        while pos < len(data) and data[pos] == 0xFF:  # fill bytes
            pos += 1
        marker = data[pos]
        start = pos - 1
        pos += 1
        name = _JPEG_NAMES.get(marker, f"0xFF{marker:02X}")
        if marker == 0xD9:
            chunks.append(Chunk("EOI", start, 2))
            if pos < len(data):
                chunks.append(Chunk("TRAILING", pos, len(data) - pos, "bytes after EOI"))
            return chunks
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            chunks.append(Chunk(name, start, 2))
            continue
        (length,) = struct.unpack(">H", data[pos : pos + 2])
        if length < 2 or pos + length > len(data):
            raise ValueError(f"bad segment length at {start}")
        body = data[pos + 2 : pos + length]
        summary = ""
        if marker == 0xE0:
            ident = body.split(b"\0", 1)[0]
            summary = _printable(ident)
            if ident == b"JFIF" and len(body) >= 14:
                major, minor, units, xd, yd, tw, th = struct.unpack(">BBBHHBB", body[5:14])
                summary = f"JFIF {major}.{minor:02d} units {units} density {xd}x{yd} thumbnail {tw}x{th}"
        elif 0xE1 <= marker <= 0xEF:
            summary = _printable(body.split(b"\0", 1)[0])
        elif marker == 0xFE:
            summary = _printable(body)
        elif marker in (0xC0, 0xC1, 0xC2) and len(body) >= 5:
            _, h, w = struct.unpack(">BHH", body[:5])
            summary = f"{w}x{h}"
        chunks.append(Chunk(name, start, length + 2, summary))
        pos += length
        if marker == 0xDA:  # entropy-coded data runs to the next marker that is not a stuffed byte or RSTn
            end = _SCAN_END.search(data, pos)
            if end is None:
                raise ValueError("scan data never ends")
            scan = end.start()
            rst = len(_RESTART.findall(data, pos, scan))
            if rst:
                chunks.append(Chunk("RSTn", pos, scan - pos, f"{rst} restart markers in scan data"))
            pos = scan
    raise ValueError("no EOI marker")


def _webp(data: bytes) -> list[Chunk]:
    (riff_size,) = struct.unpack("<I", data[4:8])
    end = 8 + riff_size
    if end > len(data) or riff_size < 4:
        raise ValueError("RIFF size is larger than the file")
    chunks = []
    pos = 12
    while pos < end:
        if pos + 8 > end:
            raise ValueError(f"truncated chunk header at {pos}")
        fourcc = data[pos : pos + 4].decode("latin-1")
        (size,) = struct.unpack("<I", data[pos + 4 : pos + 8])
        if pos + 8 + size > end:
            raise ValueError(f"chunk {fourcc!r} runs past the RIFF end")
        body = data[pos + 8 : pos + 8 + size]
        summary = ""
        if fourcc == "VP8X" and size >= 10:
            flags = body[0]
            names = [
                n
                for bit, n in (
                    (0x20, "ICC"),
                    (0x10, "alpha"),
                    (0x08, "EXIF"),
                    (0x04, "XMP"),
                    (0x02, "animation"),
                )
                if flags & bit
            ]
            w = int.from_bytes(body[4:7], "little") + 1
            h = int.from_bytes(body[7:10], "little") + 1
            summary = f"{w}x{h} flags 0x{flags:02x} ({', '.join(names) or 'none'})"
        elif fourcc == "ANMF":
            summary = "frame: " + " ".join(repr(k) for k in anmf_kinds(body))
        chunks.append(Chunk(fourcc, pos, size, summary))
        pos += 8 + size + (size & 1)
    if end < len(data):
        chunks.append(Chunk("TRAILING", end, len(data) - end, "bytes after the RIFF end"))
    if not chunks:
        raise ValueError("no chunks")
    return chunks


def _apng_problems(data: bytes, chunks: list[Chunk]) -> list[str]:
    """APNG frame chunks pass only as real frame data: one 8-byte acTL before the first IDAT whose frame
    count matches its 26-byte fcTLs, and fdAT only inside an animation."""
    kinds = [c.kind for c in chunks]
    if not PNG_FRAME_DATA & set(kinds):
        return []
    actl = [c for c in chunks if c.kind == "acTL"]
    if (
        len(actl) != 1
        or actl[0].length != 8
        or "IDAT" not in kinds
        or kinds.index("acTL") > kinds.index("IDAT")
    ):
        return [f"acTL: not a single 8-byte animation control before the image data ({len(actl)} found)"]
    (frames,) = struct.unpack(">I", data[actl[0].offset + 8 : actl[0].offset + 12])
    fctl = [c for c in chunks if c.kind == "fcTL"]
    out = [f"fcTL of {c.length} bytes (must be 26)" for c in fctl if c.length != 26]
    out += [f"fdAT of {c.length} bytes" for c in chunks if c.kind == "fdAT" and c.length <= 4]
    if len(fctl) != frames:
        out.append(f"acTL says {frames} frames, the file has {len(fctl)} fcTL")
    return out


def anmf_kinds(body: bytes) -> list[str]:
    """The chunk kinds inside one ANMF frame (after its 16-byte header); raises ValueError if broken."""
    kinds, pos = [], _ANMF_HEADER
    if len(body) < _ANMF_HEADER:
        raise ValueError("truncated ANMF frame header")
    while pos < len(body):
        if pos + 8 > len(body):
            raise ValueError(f"truncated chunk header in ANMF frame at {pos}")
        (size,) = struct.unpack("<I", body[pos + 4 : pos + 8])
        if pos + 8 + size > len(body):
            raise ValueError("chunk runs past its ANMF frame")
        kinds.append(body[pos : pos + 4].decode("latin-1"))
        pos += 8 + size + (size & 1)
    return kinds


def assert_clean(data: bytes, *, allow_phys: bool = False, chunks: list[Chunk] | None = None) -> None:
    """Raise MetadataError unless ``data`` holds only the chunks of the E01-E03 allowlists; ``chunks`` is
    ``inspect_bytes(data)`` when the caller has read it already (the kit's check reads it once a file)."""
    fmt = detect(data)
    chunks = inspect_bytes(data) if chunks is None else chunks
    bad: list[str] = []
    if fmt == "png":
        allowed = PNG_ALLOWED | ({"pHYs"} if allow_phys else set())
        bad = [f"{c.kind} {c.summary}".strip() for c in chunks if c.kind not in allowed]
        for c in chunks:
            if c.kind == "pHYs" and allow_phys and not c.summary.endswith("per metre"):
                bad.append(f"pHYs {c.summary}")
        bad += _apng_problems(data, chunks)
    elif fmt == "jpeg":
        for c in chunks:
            if c.kind == "APP0":
                if not (c.summary.startswith("JFIF ") and "units 0 density 1x1 thumbnail 0x0" in c.summary):
                    bad.append(f"APP0 {c.summary}")
            elif c.kind not in JPEG_ALLOWED and c.kind != "RSTn" and not c.kind.startswith("RST"):
                bad.append(f"{c.kind} {c.summary}".strip())
    else:
        kinds = [c.kind for c in chunks]
        animated = "ANIM" in kinds
        for c in chunks:
            if c.kind not in WEBP_ALLOWED:
                bad.append(f"{c.kind!r} {c.summary}".strip())
            elif c.kind == "VP8X":
                flags = data[c.offset + 8]
                if flags & ~(_VP8X_ALPHA | (_VP8X_ANIMATION if animated else 0)):
                    bad.append(f"VP8X {c.summary}")
            elif c.kind == "ALPH" and "VP8X" not in kinds:
                bad.append("ALPH without VP8X")
            elif c.kind == "ANMF":
                inner = anmf_kinds(data[c.offset + 8 : c.offset + 8 + c.length])
                bad += [f"{k!r} inside ANMF" for k in inner if k not in WEBP_FRAME_ALLOWED]
                if sum(k in ("VP8 ", "VP8L") for k in inner) != 1:
                    bad.append("ANMF image data chunks: " + ", ".join(repr(k) for k in inner))
        if animated:
            if (
                "VP8X" not in kinds
                or "ANMF" not in kinds
                or any(k in ("VP8 ", "VP8L", "ALPH") for k in kinds)
            ):
                bad.append("animation chunks: " + ", ".join(repr(k) for k in kinds))
        elif "ANMF" in kinds or sum(k in ("VP8 ", "VP8L") for k in kinds) != 1:
            bad.append("image data chunks: " + ", ".join(repr(k) for k in kinds))
    if bad:
        raise MetadataError(
            f"{fmt.upper()} carries data outside the allowlist: " + "; ".join(bad), file="export"
        )
