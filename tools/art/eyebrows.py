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
    # the masculine kit (R2): 14-18 px, low and close to the eyes
    "thick_straight": (
        "Thick straight",
        "太い平行眉",
        1.4,
        [(352, 430), (384, 423), (420, 421), (458, 425)],
        15,
    ),
    "thick_angled": (
        "Thick angled",
        "太いキリッと眉",
        1.4,
        [(350, 424), (380, 414), (418, 418), (460, 432)],
        16,
    ),
    "heavy_knit": ("Heavy, knitted", "寄り眉", 1.0, [(354, 426), (386, 419), (424, 424), (462, 436)], 18),
    "scar_cut": ("Scar cut", "傷のある眉", 0.5, [(352, 428), (384, 419), (420, 419), (458, 427)], 15),
    "bushy": ("Bushy", "ぼさ眉", 0.7, [(352, 432), (382, 420), (418, 418), (458, 426)], 17),
}
BROW_PRESENTATION = {
    "thin": ("feminine", "androgynous"),
    "short": ("feminine", "androgynous"),
    "thick": ("masculine", "androgynous"),
    "determined": ("masculine", "androgynous"),
    "arched": ("feminine", "androgynous"),
    "thick_straight": ("masculine", "androgynous"),
    "thick_angled": ("masculine", "androgynous"),
    "heavy_knit": ("masculine",),
    "scar_cut": ("masculine", "androgynous"),
    "bushy": ("masculine",),
}
THICK = {"thick_straight", "thick_angled", "heavy_knit", "scar_cut", "bushy"}


def brow_widths(n, wmax, thick):
    """Half widths from the outer end (first) to the inner end (last)."""
    out = []
    for i in range(n):
        t = i / (n - 1)
        if thick:  # a bold, blunt brow: full width over the inner two thirds, a short taper outside
            k = 0.42 + 0.58 * math.sin(min(1.0, t / 0.45) * math.pi / 2)
            out.append(max(0.8, wmax / 2 * k * (1 - 0.12 * max(0.0, t - 0.9) / 0.1)))
        else:
            out.append(
                0.8
                + (wmax / 2 - 0.8)
                * math.sin(min(1.0, t / 0.7) * math.pi / 2)
                * (1 - 0.25 * max(0.0, t - 0.85) / 0.15)
            )
    return out


def brow_path(shape):
    return (
        f'<path d="{poly(shape)}" {fill("brows.shadow")} stroke="{col("brows.line")}" data-stroke-slot="brows.line" '
        f'stroke-width="2" stroke-linejoin="round" data-role="line"/>'
    )


def make_brows(id_):
    _, _, _, ctrl, wmax = BROWS[id_]
    thick = id_ in THICK
    c = catmull(ctrl, step=2)
    n = len(c)
    widths = brow_widths(n, wmax, thick)
    body = []
    for side, f in ((-1, lambda p: p), (1, mirror)):
        if id_ == "scar_cut" and side < 0:  # a clean diagonal gap through the left brow
            a, b = int(n * 0.5), int(n * 0.62)
            pieces = [(c[:a], widths[:a]), (c[b:], widths[b:])]
        else:
            pieces = [(c, widths)]
        for centre, w in pieces:
            body.append(brow_path(f(ribbon(centre, w))))
        if id_ == "bushy":  # a few stray hairs on the upper edge
            for t, lean in ((0.3, -6), (0.55, -5), (0.8, -4)):
                x, y = c[int(t * (n - 1))]
                hair = [(x - 4, y - 2), (x + lean, y - wmax / 2 - 5), (x + 4, y - 3)]
                body.append(f'<path d="{poly(f(hair))}" {fill("brows.shadow")}/>')
    return svg(body)


def build():
    parts = [Part(k, v[0], v[1], make_brows(k), v[2], BROW_PRESENTATION.get(k, ())) for k, v in BROWS.items()]
    write_layer(
        "eyebrows",
        parts,
        label="Eyebrows",
        label_ja="眉",
        region=[332, 366, 692, 470],
        transform={"y": (-10, 8)},
        pivot=(512, 435),
        keys={"small": {"line": 4}},  # R9: heavier brows below 128 px, so expressions still read
        source=__file__,
    )


if __name__ == "__main__":
    build()
