"""The effects layer (sweat, anger marks, sparkles...)."""

from __future__ import annotations

import math

import numpy as np
from face_lib import catmull, f1, hatch, heart, poly, ribbon, star, stroke_path, svg, taper
from helpers import Part, write_layer

# ----------------------------------------------------------------------------------------------
# EFFECTS


def sweat(cx, cy, s=1.0):
    d = (
        f"M{f1(cx)},{f1(cy - 34 * s)} C{f1(cx + 6 * s)},{f1(cy - 18 * s)} {f1(cx + 20 * s)},{f1(cy - 4 * s)} {f1(cx + 20 * s)},{f1(cy + 10 * s)} "
        f"C{f1(cx + 20 * s)},{f1(cy + 24 * s)} {f1(cx + 10 * s)},{f1(cy + 32 * s)} {f1(cx)},{f1(cy + 32 * s)} "
        f"C{f1(cx - 10 * s)},{f1(cy + 32 * s)} {f1(cx - 20 * s)},{f1(cy + 24 * s)} {f1(cx - 20 * s)},{f1(cy + 10 * s)} "
        f"C{f1(cx - 20 * s)},{f1(cy - 4 * s)} {f1(cx - 6 * s)},{f1(cy - 18 * s)} {f1(cx)},{f1(cy - 34 * s)} Z"
    )
    return [
        f'<path d="{d}" fill="#cdeaff" stroke="#4f86c6" stroke-width="5" stroke-linejoin="round" data-role="line"/>',
        f'<ellipse cx="{f1(cx - 8 * s)}" cy="{f1(cy + 12 * s)}" rx="{f1(4 * s)}" ry="{f1(8 * s)}" fill="#ffffff"/>',
    ]


def anger(cx, cy, s=1.0):
    """The cross-shaped vein mark: four arcs bulging toward the centre."""
    out = []
    d, r = 27 * s, 21 * s
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        ox, oy = cx + sx * d, cy + sy * d
        a0 = math.atan2(-sy, -sx)
        pts = [(ox + r * math.cos(a0 + t), oy + r * math.sin(a0 + t)) for t in np.linspace(-1.05, 1.05, 24)]
        out.append(stroke_path(pts, colour="#e0344c", width=10 * s))
    return out


def sparkle_star(cx, cy, r, colour="#fff3a8", line="#e0a93c"):
    return f'<path d="{star(cx, cy, r, r * 0.22)}" fill="{colour}" stroke="{line}" stroke-width="3" stroke-linejoin="round" data-role="line"/>'


def make_effect(id_):
    b = []
    if id_ == "sparkles":
        b += [
            sparkle_star(236, 300, 34),
            sparkle_star(282, 236, 16),
            sparkle_star(800, 268, 28),
            sparkle_star(830, 520, 20),
            sparkle_star(196, 560, 18),
        ]
    elif id_ == "sweat":
        b += sweat(720, 372, 1.15)
    elif id_ == "sweat_many":
        b += sweat(722, 372, 1.1) + sweat(296, 404, 0.8) + sweat(760, 470, 0.7)
    elif id_ == "anger":
        b += anger(672, 318, 1.2)
    elif id_ == "tears":
        for s in (-1, 1):
            x0 = 512 + s * 152
            pts_o = catmull(
                [(x0 - s * 2, 532), (x0 + s * 6, 580), (x0 + s * 4, 640), (x0 + s * 8, 700)], step=3
            )
            b.append(
                f'<path d="{poly(ribbon(pts_o, taper(len(pts_o), 12, 0.25, 0.2, 3)))}" fill="#bfe6ff" opacity="0.9" '
                f'stroke="#5a9ad6" stroke-width="3" stroke-linejoin="round" data-role="line"/>'
            )
            b.append(
                stroke_path([(x0 - s * 2 + 1, 560), (x0 + s * 1, 600)], colour="#ffffff", width=3, line=False)
            )
    elif id_ == "tear_drop":
        b += [
            '<path d="M356,540 C362,556 368,564 368,572 C368,580 362,584 356,584 C350,584 344,580 344,572 C344,564 350,556 356,540 Z" '
            'fill="#cdeaff" stroke="#4f86c6" stroke-width="3.5" data-role="line"/>',
            '<ellipse cx="352" cy="573" rx="2.5" ry="5" fill="#ffffff"/>',
        ]
    elif id_ == "gloom":
        xs = [372, 412, 452, 492, 532, 572, 612, 652]
        for i, x in enumerate(xs):
            top = 250 + (i % 3) * 14
            b.append(
                stroke_path([(x, top), (x, 410 - (i % 2) * 26)], colour="#3a3c78", width=6, opacity=0.75)
            )
    elif id_ == "blush_lines":
        for cx in (396, 628):
            b += hatch(cx, 576, 4, 24, "#e0566e", 4)
    elif id_ == "hearts":
        b += [
            f'<path d="{heart(790, 330, 30)}" fill="#f2668b" stroke="#b83a5e" stroke-width="4" stroke-linejoin="round" data-role="line"/>',
            f'<path d="{heart(846, 404, 18)}" fill="#f58faa" stroke="#b83a5e" stroke-width="3.5" stroke-linejoin="round" data-role="line"/>',
            f'<path d="{heart(228, 360, 20)}" fill="#f58faa" stroke="#b83a5e" stroke-width="3.5" stroke-linejoin="round" data-role="line"/>',
            '<ellipse cx="780" cy="318" rx="6" ry="4" fill="#ffffff" opacity="0.8"/>',
        ]
    elif id_ == "surprise_lines":
        for a in (-28, -48, -68, -112, -132, -152):
            r = math.radians(a)
            x0, y0 = 512 + 262 * math.cos(r) * 1.05, 430 + 262 * math.sin(r)
            x1, y1 = 512 + 318 * math.cos(r) * 1.05, 430 + 318 * math.sin(r)
            b.append(stroke_path([(x0, y0), (x1, y1)], colour="#3b3550", width=8))
    elif id_ == "music":
        b.append(
            '<path d="M780,360 L780,300 L822,290 L822,350" fill="none" stroke="#5b6fb0" stroke-width="6" stroke-linejoin="round" stroke-linecap="round" data-role="line"/>'
        )
        b.append('<ellipse cx="770" cy="362" rx="13" ry="10" fill="#5b6fb0"/>')
        b.append('<ellipse cx="812" cy="352" rx="13" ry="10" fill="#5b6fb0"/>')
    return svg(b)


EFFECTS = {
    "sparkles": ("Sparkles", "キラキラ", 1.0),
    "hearts": ("Hearts", "ハート", 0.6),
    "music": ("Music note", "音符", 0.4),
    "sweat": ("Sweat drop", "汗", 0),
    "sweat_many": ("Nervous sweat", "焦り汗", 0),
    "anger": ("Anger mark", "怒りマーク", 0),
    "tears": ("Tear streams", "涙", 0),
    "tear_drop": ("Tear drop", "涙のしずく", 0),
    "gloom": ("Gloom lines", "どんより", 0),
    "blush_lines": ("Blush lines", "照れ線", 0),
    "surprise_lines": ("Surprise lines", "びっくり線", 0),
}


def build():
    parts = [
        Part(k, v[0], v[1], make_effect(k), v[2], ("feminine", "androgynous") if k == "hearts" else ())
        for k, v in EFFECTS.items()
    ]
    write_layer(
        "effects",
        parts,
        label="Effects",
        label_ja="エフェクト",
        region=[150, 80, 880, 736],
        optional=True,
        probability=0.08,
        source=__file__,
    )


if __name__ == "__main__":
    build()
