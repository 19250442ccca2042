"""Contact sheets: labelled grids of parts, random designs or expressions, for reviewing the art."""

from __future__ import annotations

import math

from PIL import Image, ImageDraw, ImageFont

from ..core.compose import View, compose_layers
from ..core.design import Design
from ..core.generate import Constraints, generate
from ..core.pack import Pack

LABEL_H = 22


def _font(size: int):
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow without FreeType
        return ImageFont.load_default()


def grid(
    tiles: list[tuple[str, Image.Image]], tile: int, columns: int | None = None, background=(246, 246, 250)
) -> Image.Image:
    columns = columns or max(1, math.ceil(math.sqrt(len(tiles))))
    rows = max(1, math.ceil(len(tiles) / columns))
    label_h = LABEL_H if tile >= 96 else 0
    sheet = Image.new("RGB", (columns * (tile + 8) + 8, rows * (tile + label_h + 8) + 8), background)
    draw = ImageDraw.Draw(sheet)
    font = _font(13)
    for i, (label, image) in enumerate(tiles):
        x = 8 + (i % columns) * (tile + 8)
        y = 8 + (i // columns) * (tile + label_h + 8)
        checker = Image.new("RGBA", (tile, tile), (226, 226, 232, 255))
        sheet.paste(
            Image.alpha_composite(
                checker, image.convert("RGBA").resize((tile, tile), Image.Resampling.LANCZOS)
            ).convert("RGB"),
            (x, y),
        )
        if label_h:
            draw.text((x + 2, y + tile + 4), label[: max(4, tile // 8)], fill=(40, 40, 50), font=font)
    return sheet


def layer_tiles(
    pack: Pack, base: Design, layer_id: str, renderer, tile: int
) -> list[tuple[str, Image.Image]]:
    layer = pack.layer(layer_id)
    tiles = []
    for part in layer.parts:
        design = base.with_part(layer.follows or layer_id, part.id)
        # Show the part itself: clear whatever would hide it.
        parts = dict(design.parts)
        for other in pack.layers:
            pid = parts.get(other.id)
            if pid and other.has(pid) and layer_id in other.part(pid).hides:
                parts[other.id] = None
        design = Design(**{**design.__dict__, "parts": parts})
        view = View(expression="neutral")
        tiles.append((part.id, renderer.render(compose_layers(pack, design, view), tile)))
    return tiles


def random_tiles(
    pack: Pack, seeds: list[str], renderer, tile: int, constraints: Constraints | None = None
) -> list[tuple[str, Image.Image]]:
    constraints = constraints or Constraints()
    view = View().sized(tile)
    return [
        (f"seed {s}", renderer.render(compose_layers(pack, generate(pack, s, constraints), view), tile))
        for s in seeds
    ]


def expression_tiles(pack: Pack, design: Design, renderer, tile: int) -> list[tuple[str, Image.Image]]:
    return [
        (expr_id, renderer.render(compose_layers(pack, design, View(expression=expr_id)), tile))
        for expr_id in pack.expressions
    ]
