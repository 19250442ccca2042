"""Sticker and emoji images from a design's expressions: trimmed, outlined, fitted, transparent.

Each sticker is one *variant*: expression x framing x mirror x tilt, chosen in a fixed order so the
first stickers of a set show every expression once, then other framings, then mirrored and tilted
poses. A set larger than the pack's expressions therefore never repeats an image, and the same design
always gives the same list.

The white outline advised by WhatsApp (8 px white stroke, docs/platforms.md §17) and Telegram
("white stroke", §16) is a dilation of the alpha channel by a disc (numpy, exact and deterministic),
softened by one pixel so the edge is anti-aliased.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter

from ..core.compose import View, compose_layers
from ..core.design import Design
from ..core.pack import Pack
from ..core.presets import FRAMINGS

RENDER_SIZE = 768  # master render per (expression, framing); every sticker is a downscale of it
FRAMING_ORDER = ("bust", "face", "close")
TILTS = (0.0, -8.0, 8.0, -15.0, 15.0)


@dataclass(frozen=True)
class Variant:
    expression: str | None
    framing: str
    mirrored: bool = False
    tilt: float = 0.0

    @property
    def label(self) -> str:
        out = [self.expression or "default", self.framing]
        if self.mirrored:
            out.append("mirrored")
        if self.tilt:
            out.append(f"tilt{self.tilt:+g}")
        return " ".join(out)


def expression_ids(pack: Pack, design: Design) -> list[str | None]:
    ids = list(pack.expressions)
    if not ids:
        return [None]
    if design.expression in ids:  # the design's own expression first
        ids.remove(design.expression)
        ids.insert(0, design.expression)
    return ids


def variants(
    pack: Pack, design: Design, count: int, framings: tuple[str, ...] = FRAMING_ORDER
) -> list[Variant]:
    """``count`` distinct variants in a fixed order (expressions vary fastest)."""
    exprs = expression_ids(pack, design)
    out: list[Variant] = []
    for tilt in TILTS:
        for mirrored in (False, True):
            for framing in framings:
                for expr in exprs:
                    out.append(Variant(expr, framing, mirrored, tilt))
                    if len(out) == count:
                        return out
    # More than expressions x framings x 2 x len(TILTS): repeat in order (never happens for <= 40
    # stickers with two or more expressions).
    base = list(out)
    while len(out) < count:
        out.append(base[len(out) % len(base)])
    return out


class ArtCache:
    """Master renders keyed by (expression, framing), shared by every platform of one kit build."""

    def __init__(self, pack: Pack, design: Design, renderer) -> None:
        self.pack, self.design, self.renderer = pack, design, renderer
        self._cache: dict[tuple, Image.Image] = {}

    def art(self, expression: str | None, framing: str) -> Image.Image:
        key = (expression, framing)
        if key not in self._cache:
            view = View(box=FRAMINGS[framing], background=False, expression=expression)
            image = self.renderer.render(
                compose_layers(self.pack, self.design, view), RENDER_SIZE, RENDER_SIZE
            )
            self._cache[key] = trim(image)
        return self._cache[key]

    def variant(self, v: Variant) -> Image.Image:
        image = self.art(v.expression, v.framing)
        if v.mirrored:
            image = image.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        if v.tilt:
            image = trim(image.rotate(v.tilt, resample=Image.Resampling.BICUBIC, expand=True))
        return image


def trim(image: Image.Image) -> Image.Image:
    """Crop to the bounding box of visible pixels (alpha > 0)."""
    box = image.getchannel("A").getbbox()
    if box is None:
        return Image.new("RGBA", (1, 1), (0, 0, 0, 0))
    return image.crop(box)


def _disc(radius: int) -> list[tuple[int, int]]:
    r2 = (radius + 0.5) ** 2
    return [
        (dy, dx)
        for dy in range(-radius, radius + 1)
        for dx in range(-radius, radius + 1)
        if dx * dx + dy * dy <= r2
    ]


def outline(image: Image.Image, width: int, colour: tuple[int, int, int] = (255, 255, 255)) -> Image.Image:
    """``image`` (with ``width`` px of free border) over a ``colour`` silhouette dilated by ``width``."""
    if width <= 0:
        return image
    alpha = np.asarray(image.getchannel("A"))
    solid = (alpha >= 128).astype(np.uint8) * 255
    h, w = solid.shape
    grown = np.zeros_like(solid)
    for dy, dx in _disc(width):
        ys, ye = max(0, dy), min(h, h + dy)
        xs, xe = max(0, dx), min(w, w + dx)
        np.maximum(grown[ys:ye, xs:xe], solid[ys - dy : ye - dy, xs - dx : xe - dx], out=grown[ys:ye, xs:xe])
    mask = Image.fromarray(grown, "L").filter(ImageFilter.GaussianBlur(0.7))
    mask = Image.fromarray(np.maximum(np.asarray(mask), alpha), "L")
    base = Image.new("RGBA", image.size, colour + (0,))
    base.putalpha(mask)
    return Image.alpha_composite(base, image)


def fit(
    art: Image.Image,
    canvas: tuple[int, int],
    *,
    margin: int = 0,
    outline_px: int = 0,
    anchor: str = "centre",
    colour: tuple[int, int, int] = (255, 255, 255),
) -> Image.Image:
    """Scale ``art`` to fit ``canvas`` minus ``margin`` and outline on every side; return the canvas."""
    cw, ch = canvas
    room_w, room_h = cw - 2 * (margin + outline_px), ch - 2 * (margin + outline_px)
    scale = min(room_w / art.width, room_h / art.height)
    w, h = max(1, round(art.width * scale)), max(1, round(art.height * scale))
    art = art.resize((w, h), Image.Resampling.LANCZOS)
    padded = Image.new("RGBA", (w + 2 * outline_px, h + 2 * outline_px), (0, 0, 0, 0))
    padded.paste(art, (outline_px, outline_px))
    padded = outline(padded, outline_px, colour)
    out = Image.new("RGBA", (cw, ch), (0, 0, 0, 0))
    x = (cw - padded.width) // 2
    y = (ch - padded.height) // 2 if anchor == "centre" else ch - margin - padded.height
    out.alpha_composite(padded, (x, y))
    return out


def sticker(
    cache: ArtCache, variant: Variant, canvas: tuple[int, int], *, margin: int, outline_px: int
) -> Image.Image:
    art = cache.variant(variant)
    return fit(art, canvas, margin=margin, outline_px=outline_px)


def emoji(
    cache: ArtCache,
    expression: str | None,
    size: int,
    *,
    outline_px: int,
    framing: str = "close",
    margin: int = 0,
    colour: tuple[int, int, int] = (255, 255, 255),
) -> Image.Image:
    return fit(
        cache.art(expression, framing), (size, size), margin=margin, outline_px=outline_px, colour=colour
    )
