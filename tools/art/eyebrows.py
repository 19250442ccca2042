"""The eyebrows layer."""

from __future__ import annotations

import math

from face_lib import catmull, col, fill, mirror, poly, ribbon, svg
from helpers import Part, write_layer

# ----------------------------------------------------------------------------------------------
# EYEBROWS (left brow control points; inner end last). Right brow is mirrored.

BROWS = {
    "neutral": ("Neutral", "普通", 3.0, [(356, 430), (380, 418), (414, 414), (452, 422)], 8.5),
    "thin": ("Thin", "細眉", 2.0, [(358, 428), (384, 417), (416, 414), (450, 421)], 4.5),
    "thick": ("Thick", "太眉", 1.5, [(356, 432), (382, 418), (416, 414), (454, 424)], 11),
    "raised": ("Raised", "上がり眉", 0.5, [(356, 416), (380, 400), (414, 394), (452, 404)], 8.5),
    "angry": ("Angry", "怒り眉", 0, [(356, 408), (384, 414), (420, 426), (458, 442)], 9),
    "worried": ("Worried", "困り眉", 0, [(356, 434), (384, 428), (418, 418), (454, 402)], 8.5),
    "short": ("Short", "短眉", 1.0, [(386, 422), (406, 414), (428, 414), (448, 420)], 8),
    "straight": ("Straight", "平行眉", 1.5, [(356, 424), (388, 421), (420, 420), (454, 422)], 8.5),
    "arched": ("Arched", "アーチ眉", 1.5, [(354, 436), (372, 414), (404, 404), (450, 418)], 6.5),
    "determined": ("Determined", "キリッと眉", 0.8, [(354, 418), (384, 416), (420, 420), (458, 430)], 9.5),
    "soft_worried": ("Soft worried", "ハの字眉", 0, [(358, 430), (386, 426), (418, 420), (452, 410)], 6),
}


def make_brows(id_):
    _, _, _, ctrl, wmax = BROWS[id_]
    c = catmull(ctrl, step=2)
    n = len(c)
    # thick at the inner end (last), tapering to a point at the outer end
    widths = []
    for i in range(n):
        t = i / (n - 1)
        widths.append(
            0.8
            + (wmax / 2 - 0.8)
            * math.sin(min(1.0, t / 0.7) * math.pi / 2)
            * (1 - 0.25 * max(0.0, t - 0.85) / 0.15)
        )
    shape = ribbon(c, widths)
    body = []
    for f in (lambda p: p, mirror):
        body.append(
            f'<path d="{poly(f(shape))}" {fill("brows.shadow")} stroke="{col("brows.line")}" data-stroke-slot="brows.line" '
            f'stroke-width="2" stroke-linejoin="round" data-role="line"/>'
        )
    return svg(body)


def build():
    parts = [Part(k, v[0], v[1], make_brows(k), v[2]) for k, v in BROWS.items()]
    write_layer(
        "eyebrows",
        parts,
        label="Eyebrows",
        label_ja="眉",
        region=[340, 372, 684, 464],
        transform={"y": (-10, 8)},
        pivot=(512, 435),
        source=__file__,
    )


if __name__ == "__main__":
    build()
