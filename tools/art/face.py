"""The face layer: head shapes."""

from __future__ import annotations

import math

import numpy as np
from face_lib import catmull, fill, mirror, poly, stroke, stroke_path, svg
from helpers import Part, outline_ribbon, write_layer

# ----------------------------------------------------------------------------------------------
# FACE

CRANIUM = (512.0, 440.0, 200.0, 270.0)


def cranium_left(n=9):
    """Control points on the left half of the shared cranium from the top down to y=480."""
    cx, cy, rx, ry = CRANIUM
    end = math.pi - math.asin(40 / ry)
    pts = []
    for i in range(n + 1):
        a = 1.5 * math.pi - (1.5 * math.pi - end) * i / n
        pts.append((cx + rx * math.cos(a), cy + ry * math.sin(a)))
    return pts  # first is the top (512,170), last is (~314, 480)


# jaw control points below y 480 on the LEFT side, then the chin point(s) up to the centre line
FACE_SHAPES = {
    "oval": dict(
        label="Oval",
        ja="卵型",
        jaw=[(316, 520), (322, 560), (334, 600), (356, 636), (390, 668), (438, 692)],
        chin=[(480, 701), (512, 704)],
    ),
    "round": dict(
        label="Round",
        ja="丸顔",
        jaw=[(314, 520), (317, 560), (326, 600), (344, 634), (374, 664), (418, 688)],
        chin=[(466, 699), (512, 702)],
    ),
    "heart": dict(
        label="Heart",
        ja="ハート型",
        jaw=[(317, 520), (326, 560), (344, 598), (374, 636), (414, 672), (460, 698)],
        chin=[(494, 707), (512, 709)],
    ),
    "soft_square": dict(
        label="Soft square",
        ja="ベース型",
        jaw=[(314, 520), (317, 560), (323, 600), (336, 635), (362, 664), (408, 688)],
        chin=[(460, 699), (512, 701)],
    ),
    "long": dict(
        label="Long",
        ja="面長",
        jaw=[(318, 520), (326, 560), (336, 600), (352, 640), (380, 675), (430, 702)],
        chin=[(480, 712), (512, 714)],
    ),
    "v_line": dict(
        label="V-line",
        ja="Vライン",
        jaw=[(317, 520), (325, 560), (340, 600), (368, 640), (410, 678), (466, 703)],
        chin=[(498, 710), (512, 711)],
    ),
    "chubby": dict(
        label="Chubby",
        ja="ふっくら",
        jaw=[(312, 520), (312, 560), (318, 598), (334, 632), (362, 662), (404, 684)],
        chin=[(458, 695), (512, 698)],
    ),
    "sharp_jaw": dict(
        label="Sharp jaw",
        ja="シャープ顎",
        jaw=[(317, 520), (321, 560), (327, 598), (336, 626), (364, 652), (424, 686)],
        chin=[(478, 704), (512, 707)],
    ),
}
for _shape in FACE_SHAPES.values():
    _shape.update(template="youthful", weight=0.4)
FACE_SHAPES["round"]["presentation"] = FACE_SHAPES["chubby"]["presentation"] = ("feminine", "androgynous")
FACE_SHAPES["heart"]["presentation"] = FACE_SHAPES["v_line"]["presentation"] = ("feminine", "androgynous")
FACE_SHAPES["sharp_jaw"]["presentation"] = ("masculine", "androgynous")

# Grown-up heads (R1): the same cranium (hair fits every template), a longer lower face. The young adult
# chin sits at y 735 with a cheekbone break near (322, 540); the mature chin at 757-761: a longer face, the cheek flatter
# and the fullness lower, toward the jaw.
ADULT_SHAPES = {
    "adult_oval": dict(
        label="Oval (adult)",
        ja="卵型（大人）",
        template="young_adult",
        weight=1.6,
        jaw=[(315, 518), (320, 542), (327, 585), (339, 630), (362, 674), (400, 710), (452, 730)],
        chin=[(492, 736), (512, 737)],
    ),
    "adult_soft": dict(
        label="Soft (adult)",
        ja="丸みのある大人顔",
        template="young_adult",
        weight=1.2,
        presentation=("feminine", "androgynous"),
        jaw=[(314, 520), (317, 560), (325, 604), (342, 646), (372, 686), (418, 716)],
        chin=[(474, 732), (512, 735)],
    ),
    "adult_angular": dict(
        label="Angular, cheekbones",
        ja="頬骨のある顔",
        template="young_adult",
        weight=1.2,
        presentation=("masculine", "androgynous"),
        jaw=[(313, 516), (318, 538), (323, 575), (330, 620), (341, 652), (360, 676), (404, 708), (452, 728)],
        chin=[(486, 735), (512, 736)],
        cheekbone=True,
    ),
    "adult_square": dict(
        label="Square jaw",
        ja="エラの張った顔",
        template="young_adult",
        weight=1.2,
        presentation=("masculine",),
        jaw=[(315, 520), (319, 560), (324, 608), (331, 646), (340, 662), (364, 684), (414, 712), (462, 727)],
        chin=[(494, 732), (512, 733)],
        cheekbone=True,
    ),
    "adult_long": dict(
        label="Long (adult)",
        ja="面長（大人）",
        template="young_adult",
        weight=0.9,
        jaw=[(317, 520), (322, 560), (328, 608), (339, 656), (360, 702), (400, 738), (456, 758)],
        chin=[(494, 762), (512, 763)],
    ),
    "adult_v": dict(
        label="V-line (adult)",
        ja="シャープな大人顔",
        template="young_adult",
        weight=1.0,
        presentation=("feminine", "androgynous"),
        jaw=[(315, 518), (321, 540), (330, 562), (358, 614), (394, 664), (436, 708)],
        chin=[(484, 734), (512, 740)],
    ),
    "mature_oval": dict(
        label="Mature",
        ja="熟年",
        template="mature",
        weight=0.8,
        jaw=[(315, 520), (318, 556), (323, 606), (333, 656), (352, 702), (390, 738), (448, 756)],
        chin=[(490, 760), (512, 761)],
    ),
    "mature_square": dict(
        label="Mature, square",
        ja="熟年（角ばった顔）",
        template="mature",
        weight=0.8,
        presentation=("masculine", "androgynous"),
        jaw=[(315, 520), (318, 562), (322, 614), (329, 662), (343, 698), (378, 726), (432, 748)],
        chin=[(484, 756), (512, 757)],
        cheekbone=True,
    ),
}
FACE_SHAPES.update(ADULT_SHAPES)


def face_outline(shape) -> list:
    spec = FACE_SHAPES[shape]
    left = cranium_left() + spec["jaw"] + spec["chin"][:-1]
    chin = spec["chin"][-1]
    right = mirror(left)[::-1]
    ctrl = left + [chin] + right[:-1]  # right ends at the top again (dropped: closed)
    return catmull(ctrl, closed=True, step=3.0)


def offset_inward(pts, thickness):
    """Offset a closed, counter-clockwise-or-not outline towards its inside by per-point thickness."""
    c = np.asarray(pts, float)
    tang = np.roll(c, -1, axis=0) - np.roll(c, 1, axis=0)
    norm = np.stack([-tang[:, 1], tang[:, 0]], axis=1)
    norm /= np.maximum(np.linalg.norm(norm, axis=1, keepdims=True), 1e-9)
    # make the normals point to the inside (towards the face centre)
    centre = np.array([512.0, 480.0])
    sign = np.sign(np.sum((centre - c) * norm, axis=1))
    sign[sign == 0] = 1
    return c + norm * (sign * np.asarray(thickness))[:, None]


def x_at(outline, y, side):
    """x of the outline at height y on the given side (-1 left, +1 right)."""
    best = None
    pts = outline
    for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1]):
        if (y0 - y) * (y1 - y) <= 0 and y0 != y1:
            x = x0 + (x1 - x0) * (y - y0) / (y1 - y0)
            if (x - 512) * side > 0 and (best is None or abs(x - 512) > abs(best - 512)):
                best = x
    return best


def jaw_shadow(outline, shape):
    """Thin crescent along the underside of the jaw, fuller on the shadow (right) side."""
    pts = outline
    # select the part of the outline below y 575 (both sides, around the chin)
    idx = [i for i, (x, y) in enumerate(pts) if y > 575]
    # the outline is closed; find the contiguous run around the chin
    idx.sort()
    runs, run = [], [idx[0]]
    for a, b in zip(idx, idx[1:]):
        if b == a + 1:
            run.append(b)
        else:
            runs.append(run)
            run = [b]
    runs.append(run)
    if len(runs) > 1 and runs[0][0] == 0 and runs[-1][-1] == len(pts) - 1:
        runs = [runs[-1] + runs[0]] + runs[1:-1]
    run = max(runs, key=len)
    seg = [pts[i] for i in run]
    # order from the left side to the right side
    if seg[0][0] > seg[-1][0]:
        seg = seg[::-1]
    n = len(seg)
    th = []
    for i, (x, y) in enumerate(seg):
        t = i / (n - 1)
        # 0 at the left end, ~5 at the chin, ~17 on the right jaw, 0 at the right end
        base = 2.5 + 14 * max(0.0, (x - 470) / 200) ** 0.8
        fade = min(1.0, t / 0.25, (1 - t) / 0.12)
        th.append(max(0.0, base * math.sin(fade * math.pi / 2)) + 3)
    inner = offset_inward(seg, th)
    # the outer edge sits under the outline stroke (inset 1.5 px so no skin shows between)
    outer = offset_inward(seg, [1.5] * n)
    return [tuple(p) for p in outer] + [tuple(p) for p in inner[::-1]]


def cheekbone_shadow(outline):
    """A small cel wedge under the right cheekbone, where the face turns from the light."""
    top = x_at(outline, 548, 1)
    low = x_at(outline, 640, 1)
    pts = catmull([(top - 4, 548), (top - 30, 580), (low - 26, 628), (low - 3, 640)], step=3)
    back = [(low - 2, 640), (top - 1, 556)]
    return pts + back


def make_face(shape):
    spec = FACE_SHAPES[shape]
    out = face_outline(shape)
    body = [
        f'<path d="{poly(out)}" {fill("skin")}/>',
        f'<path d="{poly(jaw_shadow(out, shape))}" {fill("skin.shadow")}/>',
    ]
    # rim light inside the shadow-side contour: invisible on light skin, a cool edge on dark skin (R5)
    rim = [(x - 7, y) for x, y in out if x > 560 and 400 < y < 690]
    rim.sort(key=lambda p: p[1])
    body.append(stroke_path(rim, "skin.rim", 4, line=False, opacity=0.9))
    if spec.get("cheekbone"):
        body.append(f'<path d="{poly(cheekbone_shadow(out))}" {fill("skin.shadow")} opacity="0.8"/>')
    if spec["template"] == "youthful":
        body.append(f'<path d="{poly(out)}" {stroke("skin.line", 6)}/>')
    else:
        body.append(outline_ribbon(out, spec="skin.line", thin=3.5, heavy=8.5))
    return svg(body)


def build():
    parts = [
        Part(
            k,
            v["label"],
            v["ja"],
            make_face(k),
            v["weight"],
            v.get("presentation", ()),
            template=v["template"],
        )
        for k, v in FACE_SHAPES.items()
    ]
    write_layer("face", parts, label="Face", label_ja="顔の形", region=[296, 160, 728, 772], source=__file__)


if __name__ == "__main__":
    build()
