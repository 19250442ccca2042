"""Design codes: a design as a short, versioned, checksummed text code (and a QR code of it).

``AS1-XXXXX-XXXXX-...``: ``AS`` + the code format version, then Crockford base32 (no I, L, O, U; read
aloud or typed without confusion; QR alphanumeric mode) of ``deflate(compact JSON)`` followed by a
4-byte SHA-256 checksum. The JSON carries the pack id, version and content hash, the seed and every
resolved choice, so the code reproduces the design exactly; the persona's text (name, handle, bio,
tags) only when asked, since a code may be shared where the persona should not be. A mistyped or
tampered code fails the checksum and is refused; the decoded design is validated like a design file.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from typing import TYPE_CHECKING

from . import design as design_io
from .design import Design
from .errors import DesignError
from .pack import Pack

if TYPE_CHECKING:
    from PIL import Image

PREFIX = "AS"
CODE_VERSION = 1
CHECK_BYTES = 4
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
_DECODE = {c: i for i, c in enumerate(ALPHABET)} | {"O": 0, "I": 1, "L": 1}
GROUP = 5
HASH_CHARS = 16
MAX_CODE_CHARS = 4000
# A preset dictionary of the words designs hold (the built-in pack's layer and slot ids): the code is
# about a third shorter with it. Changing it changes every code: bump CODE_VERSION then.
_ZDICT = (
    b'{"pack":{"id":"anime","version":"1.0.0","hash":""},"seed":"","expression":"neutral","parts":{"ba'
    b'ckground":"","hair_back":"","body":"","clothing":"","face":"","ears":"","earrings":"","cheeks":"'
    b'","nose":"","mouth":"","eyes":"","eyebrows":"","face_mask":"","glasses":"","hair_side":"","hair_'
    b'front":"","animal_ears":"","headwear":"","hair_ornament":"","headphones":"","effects":""},"colou'
    b'rs":{"accessory":"#","background":"#","background_accent":"#","brows":"#","clothes":"#","clothes'
    b'_accent":"#","eye_left":"#","eye_right":"#","hair":"#","skin":"#"},"linked":["eye_right","brows"'
    b'],"transforms":{},"persona":{"display_name":"","handle":"","bio":"","tags":[],"theme":"#","langu'
    b'age":"ja"}}'
)


def _b32(data: bytes) -> str:
    n, bits, out = 0, 0, []
    for byte in data:
        n = (n << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append(ALPHABET[(n >> bits) & 31])
    if bits:
        out.append(ALPHABET[(n << (5 - bits)) & 31])
    return "".join(out)


def _unb32(text: str) -> bytes:
    n, bits, out = 0, 0, bytearray()
    for ch in text:
        n = (n << 5) | _DECODE[ch]
        bits += 5
        if bits >= 8:
            bits -= 8
            out.append((n >> bits) & 0xFF)
    return bytes(out)


def encode_design(design: Design, *, with_persona: bool = False) -> str:
    """The design code for ``design``; persona text is left out unless ``with_persona``."""
    data = design_io.to_dict(design)
    del data["format"], data["version"]
    if not data["transforms"]:
        del data["transforms"]
    # Empty layers are implied (absent = empty); linked slots repeat their source colour; the pack
    # hash is cut to 64 bits, enough to tell packs apart (import_code restores it from the pack).
    data["parts"] = {k: v for k, v in data["parts"].items() if v is not None}
    data["colours"] = {k: v for k, v in data["colours"].items() if k not in design.linked}
    data["pack"]["hash"] = data["pack"]["hash"][:HASH_CHARS]
    if with_persona:
        data["persona"]["tags"] = list(data["persona"]["tags"])
    else:
        data.pop("persona")
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    packer = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, _ZDICT)
    payload = bytes([CODE_VERSION]) + packer.compress(raw) + packer.flush()
    body = _b32(payload + hashlib.sha256(payload).digest()[:CHECK_BYTES])
    groups = [body[i : i + GROUP] for i in range(0, len(body), GROUP)]
    return "-".join([f"{PREFIX}{CODE_VERSION}", *groups])


def normalise(code: str) -> str:
    return "".join(code.split()).replace("-", "").upper()


def decode_design(code: str) -> Design:
    """The design a code holds. Raises DesignError for a mistyped, tampered or unknown-version code."""
    what = "design code"
    if not isinstance(code, str) or len(code) > MAX_CODE_CHARS:
        raise DesignError(f"is not a design code (longer than {MAX_CODE_CHARS} characters)", file=what)
    text = normalise(code)
    if not text.startswith(PREFIX) or len(text) < 4 or not text[2].isdigit():
        raise DesignError("is not an avatarstudio design code (it must start with 'AS1-')", file=what)
    version = int(text[2])
    if version != CODE_VERSION:
        raise DesignError(
            f"uses code format {version}; this avatarstudio reads format {CODE_VERSION}. Update it.",
            file=what,
        )
    body = text[3:]
    bad = sorted({c for c in body if c not in _DECODE})
    if bad:
        raise DesignError(f"holds characters a design code never has: {' '.join(bad)}", file=what)
    raw = _unb32(body)
    payload, check = raw[:-CHECK_BYTES], raw[-CHECK_BYTES:]
    if len(payload) < 2 or hashlib.sha256(payload).digest()[:CHECK_BYTES] != check:
        raise DesignError(
            "does not check out: a character is mistyped or the code was changed. Copy it again.", file=what
        )
    if payload[0] != CODE_VERSION:
        raise DesignError("is damaged (its inner version does not match)", file=what)
    try:
        unpacker = zlib.decompressobj(-15, _ZDICT)
        text_json = unpacker.decompress(payload[1:], design_io.MAX_FILE_BYTES)
        if unpacker.unconsumed_tail:
            raise ValueError("too large")
        data = json.loads(text_json.decode("utf-8"))
    except (zlib.error, ValueError, UnicodeDecodeError, RecursionError):
        raise DesignError("is damaged (its contents cannot be read)", file=what) from None
    if not isinstance(data, dict):
        raise DesignError("is damaged (no design inside)", file=what)
    data = {"format": design_io.FORMAT, "version": design_io.VERSION, **data}
    return design_io.from_dict(data, file=what)


def for_pack(design: Design, pack: Pack) -> tuple[Design, str | None]:
    """The decoded design completed from ``pack`` (full hash, empty layers, linked colours), and a
    warning when the code was made with another pack or pack version."""
    from dataclasses import replace

    warning = None
    if design.pack_id != pack.id or not pack.content_hash.startswith(design.pack_hash):
        warning = (
            f"the code was made with pack {design.pack_id} {design.pack_version} ({design.pack_hash}); "
            f"this is {pack.id} {pack.version}: parts it does not have fall back to defaults"
        )
        return design, warning
    parts = {layer.id: design.parts.get(layer.id) for layer in pack.layers}
    colours = dict(design.colours)
    for slot in pack.slots.values():
        if slot.id in design.linked and slot.link:
            colours[slot.id] = colours.get(slot.link, pack.slots[slot.link].default)
    full = replace(design, pack_hash=pack.content_hash, parts=parts, colours=dict(sorted(colours.items())))
    return full, warning


def qr_image(code: str, scale: int = 8, border: int = 4) -> Image.Image:
    """The code as a QR image (Pillow, 1-bit look, black on white), drawn from segno's matrix."""
    import segno
    from PIL import Image

    qr = segno.make(code.upper(), error="m")
    matrix = qr.matrix
    size = len(matrix) + 2 * border
    img = Image.new("L", (size, size), 255)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                img.putpixel((x + border, y + border), 0)
    return img.resize((size * scale, size * scale), Image.Resampling.NEAREST)
