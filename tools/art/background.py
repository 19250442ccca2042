"""The background layer."""

from __future__ import annotations

import math
import random

from helpers import Part, fmt, tone, write_layer
from wardrobe_lib import circle, group, heart_d, paint, path, sakura_shape, star_d, svg

FULL = "M0 0 L1024 0 L1024 1024 L0 0 Z"


def rect_bg(slot="background"):
    return f'<rect x="0" y="0" width="1024" height="1024" {paint(slot)}/>'


def stop(offset, slot, opacity=None):
    op = f' stop-opacity="{opacity}"' if opacity is not None else ""
    if slot.startswith("#"):
        return f'<stop offset="{offset}" stop-color="{slot}"{op}/>'
    return f'<stop offset="{offset}" stop-color="{tone(slot)}" data-slot="{slot}"{op}/>'


def sparkle_d(x, y, r):
    k = r * 0.18
    return (
        f"M{fmt(x)} {fmt(y - r)} Q{fmt(x + k)} {fmt(y - k)} {fmt(x + r)} {fmt(y)} "
        f"Q{fmt(x + k)} {fmt(y + k)} {fmt(x)} {fmt(y + r)} Q{fmt(x - k)} {fmt(y + k)} {fmt(x - r)} {fmt(y)} "
        f"Q{fmt(x - k)} {fmt(y - k)} {fmt(x)} {fmt(y - r)} Z"
    )


def scatter(seed, n, rmin, rmax, gap=1.0, avoid_face=False):
    """Poisson-ish scatter over the canvas (wrapping a little past the edges)."""
    rnd = random.Random(seed)
    pts = []
    tries = 0
    while len(pts) < n and tries < 20000:
        tries += 1
        x, y, r = rnd.uniform(-20, 1044), rnd.uniform(-20, 1044), rnd.uniform(rmin, rmax)
        if avoid_face and (x - 512) ** 2 / 300**2 + (y - 520) ** 2 / 420**2 < 1:
            continue
        if any(math.hypot(x - a, y - b) < (r + c) * gap for a, b, c in pts):
            continue
        pts.append((x, y, r))
    return pts, rnd


def bg_flat():
    return svg([rect_bg()])


def bg_gradient():
    return svg(
        [
            '<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1024" gradientUnits="userSpaceOnUse">'
            + stop(0, "background.highlight")
            + stop(0.55, "background")
            + stop(1, "background.shadow")
            + "</linearGradient></defs>",
            '<rect x="0" y="0" width="1024" height="1024" fill="url(#g)"/>',
        ]
    )


def bg_radial():
    return svg(
        [
            rect_bg("background.shadow"),
            '<defs><radialGradient id="g" cx="512" cy="470" r="640" gradientUnits="userSpaceOnUse">'
            + stop(0, "background_accent", 1)
            + stop(0.35, "background.highlight", 1)
            + stop(1, "background", 1)
            + "</radialGradient></defs>",
            '<rect x="0" y="0" width="1024" height="1024" fill="url(#g)"/>',
        ]
    )


def bg_dots():
    it = [rect_bg()]
    for row, y in enumerate(range(-32, 1100, 96)):
        for x in range(-48 + (row % 2) * 64, 1100, 128):
            it.append(circle(x, y, 22, "background_accent", extra='opacity="0.75"'))
    return svg(it)


def bg_stripes():
    it = [rect_bg()]
    for i in range(-12, 14):
        x = i * 110
        it.append(
            path(
                f"M{x} -10 L{x + 50} -10 L{x + 50 + 1044} 1034 L{x + 1044} 1034 Z",
                "background_accent",
                extra='opacity="0.45"',
            )
        )
    return svg(it)


def bg_gingham():
    it = [rect_bg()]
    for i in range(0, 1024, 128):
        it.append(
            f'<rect x="{i}" y="0" width="64" height="1024" {paint("background_accent")} opacity="0.4"/>'
        )
        it.append(
            f'<rect x="0" y="{i}" width="1024" height="64" {paint("background_accent")} opacity="0.4"/>'
        )
    for i in range(0, 1024, 128):
        for j in range(0, 1024, 128):
            it.append(
                f'<rect x="{i + 60}" y="{j + 28}" width="72" height="8" {paint("background.shadow")} opacity="0.12"/>'
            )
    return svg(it)


def bg_stars():
    it = [
        '<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1024" gradientUnits="userSpaceOnUse">'
        + stop(0, "background.shadow")
        + stop(1, "background")
        + "</linearGradient></defs>",
        '<rect x="0" y="0" width="1024" height="1024" fill="url(#g)"/>',
    ]
    pts, rnd = scatter(5, 34, 8, 30, 1.6)
    for i, (x, y, r) in enumerate(pts):
        if i % 3 == 0:
            it.append(path(sparkle_d(x, y, r * 1.2), "background_accent", extra='opacity="0.9"'))
        elif i % 3 == 1:
            it.append(
                path(
                    star_d(x, y, r, rot=-90 + rnd.uniform(-15, 15)),
                    "background_accent",
                    extra='opacity="0.85"',
                )
            )
        else:
            it.append(circle(x, y, r * 0.22, "background_accent", extra='opacity="0.8"'))
    return svg(it)


def bg_hearts():
    it = [rect_bg()]
    pts, rnd = scatter(9, 26, 18, 44, 1.5)
    for x, y, r in pts:
        a = rnd.uniform(-25, 25)
        it.append(
            group(
                [
                    path(heart_d(0, 0, r), "background_accent", extra='opacity="0.8"'),
                    path(
                        heart_d(-r * 0.35, -r * 0.25, r * 0.22), "background.highlight", extra='opacity="0.6"'
                    ),
                ],
                f'transform="translate({fmt(x)} {fmt(y)}) rotate({fmt(a)})"',
            )
        )
    return svg(it)


def petal(x, y, r, rot, fill, stroke=None):
    d = (
        f"M0 {fmt(-r)} C{fmt(r * 0.7)} {fmt(-r * 0.6)} {fmt(r * 0.6)} {fmt(r * 0.6)} 0 {fmt(r)} "
        f"C{fmt(-r * 0.6)} {fmt(r * 0.6)} {fmt(-r * 0.7)} {fmt(-r * 0.6)} {fmt(-r * 0.16)} {fmt(-r * 0.92)} "
        f"L0 {fmt(-r * 0.7)} Z"
    )
    return group(
        [path(d, fill, stroke, 2.5, line=False)],
        f'transform="translate({fmt(x)} {fmt(y)}) rotate({fmt(rot)})"',
    )


def bg_sakura():
    it = [
        '<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1024" gradientUnits="userSpaceOnUse">'
        + stop(0, "background.highlight")
        + stop(1, "background")
        + "</linearGradient></defs>",
        '<rect x="0" y="0" width="1024" height="1024" fill="url(#g)"/>',
    ]
    pts, rnd = scatter(21, 30, 14, 30, 1.8)
    for i, (x, y, r) in enumerate(pts):
        if i % 6 == 0:
            it.append(
                sakura_shape(x, y, r * 1.5, rnd.uniform(0, 72), "background_accent", "background.shadow", 2)
            )
            it.append(circle(x, y, r * 0.25, "background.shadow"))
        else:
            it.append(petal(x, y, r, rnd.uniform(0, 360), "background_accent", "background.shadow"))
    return svg(it)


def bg_halftone():
    it = [rect_bg()]
    for row, y in enumerate(range(0, 1060, 40)):
        for x in range((row % 2) * 20, 1060, 40):
            d = math.hypot(x - 1024, y - 0) / 1448
            d2 = math.hypot(x - 0, y - 1024) / 1448
            r = max(0.0, 17 * (1 - min(d, d2) * 1.6))
            if r > 1.2:
                it.append(circle(x, y, r, "background_accent", extra='opacity="0.7"'))
    return svg(it)


def bg_sunburst():
    it = [rect_bg()]
    cx, cy, n = 512, 470, 28
    for i in range(0, n, 2):
        a0, a1 = 2 * math.pi * i / n, 2 * math.pi * (i + 1) / n
        it.append(
            path(
                f"M{cx} {cy} L{fmt(cx + 1600 * math.cos(a0))} {fmt(cy + 1600 * math.sin(a0))} "
                f"L{fmt(cx + 1600 * math.cos(a1))} {fmt(cy + 1600 * math.sin(a1))} Z",
                "background_accent",
                extra='opacity="0.35"',
            )
        )
    it.append(
        '<defs><radialGradient id="g" cx="512" cy="470" r="520" gradientUnits="userSpaceOnUse">'
        + stop(0, "background_accent", 0.85)
        + stop(1, "background_accent", 0)
        + "</radialGradient></defs>"
    )
    it.append('<rect x="0" y="0" width="1024" height="1024" fill="url(#g)"/>')
    return svg(it)


def cloud_d(x, y, s):
    return (
        f"M{fmt(x - 150 * s)} {fmt(y)} C{fmt(x - 190 * s)} {fmt(y)} {fmt(x - 190 * s)} {fmt(y - 60 * s)} "
        f"{fmt(x - 140 * s)} {fmt(y - 62 * s)} C{fmt(x - 140 * s)} {fmt(y - 120 * s)} {fmt(x - 60 * s)} "
        f"{fmt(y - 130 * s)} {fmt(x - 30 * s)} {fmt(y - 96 * s)} C{fmt(x)} {fmt(y - 160 * s)} {fmt(x + 100 * s)} "
        f"{fmt(y - 150 * s)} {fmt(x + 100 * s)} {fmt(y - 80 * s)} C{fmt(x + 160 * s)} {fmt(y - 100 * s)} "
        f"{fmt(x + 200 * s)} {fmt(y - 30 * s)} {fmt(x + 160 * s)} {fmt(y)} Z"
    )


def bg_clouds():
    it = [
        '<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1024" gradientUnits="userSpaceOnUse">'
        + stop(0, "background.shadow")
        + stop(0.7, "background")
        + stop(1, "background.highlight")
        + "</linearGradient></defs>",
        '<rect x="0" y="0" width="1024" height="1024" fill="url(#g)"/>',
    ]
    for x, y, s in (
        (170, 260, 0.9),
        (880, 180, 0.7),
        (860, 640, 1.0),
        (120, 760, 1.1),
        (520, 1010, 1.3),
        (560, 90, 0.45),
    ):
        it.append(path(cloud_d(x, y + 10 * s, s), "background.shadow", extra='opacity="0.5"'))
        it.append(path(cloud_d(x, y, s), "background_accent"))
        it.append(
            path(
                f"M{fmt(x - 150 * s)} {fmt(y)} L{fmt(x + 160 * s)} {fmt(y)} C{fmt(x + 120 * s)} "
                f"{fmt(y - 24 * s)} {fmt(x - 110 * s)} {fmt(y - 24 * s)} {fmt(x - 150 * s)} {fmt(y)} Z",
                "background.highlight",
            )
        )
    return svg(it)


def bg_bokeh():
    it = [
        '<defs><radialGradient id="g" cx="512" cy="400" r="760" gradientUnits="userSpaceOnUse">'
        + stop(0, "background")
        + stop(1, "background.shadow")
        + "</radialGradient></defs>",
        '<rect x="0" y="0" width="1024" height="1024" fill="url(#g)"/>',
    ]
    pts, rnd = scatter(33, 22, 30, 90, 0.7)
    for x, y, r in pts:
        op = rnd.uniform(0.18, 0.45)
        it.append(circle(x, y, r, "background_accent", extra=f'opacity="{op:.2f}"'))
        it.append(
            circle(
                x, y, r - 3, None, "background_accent", 3, extra=f'opacity="{min(1, op + 0.25):.2f}"'
            ).replace(' data-role="line"', "")
        )
    return svg(it)


def bg_window_light():
    """Diagonal light beams, as through a window."""
    it = [rect_bg()]
    for x0, w, op in ((-200, 160, 0.35), (60, 70, 0.3), (520, 220, 0.3), (860, 90, 0.35)):
        it.append(
            path(
                f"M{x0} -10 L{x0 + w} -10 L{x0 + w + 600} 1034 L{x0 + 600} 1034 Z",
                "background_accent",
                extra=f'opacity="{op}"',
            )
        )
    pts, rnd = scatter(41, 18, 3, 7, 3)
    for x, y, r in pts:
        it.append(circle(x, y, r, "background_accent", extra='opacity="0.8"'))
    return svg(it)


BACKGROUNDS = [
    ("flat", "Plain", "無地", 1.0, bg_flat),
    ("gradient", "Gradient", "グラデーション", 1.0, bg_gradient),
    ("radial_glow", "Soft glow", "光", 1.0, bg_radial),
    ("polka_dots", "Polka dots", "水玉", 0.8, bg_dots),
    ("stripes", "Stripes", "ストライプ", 0.8, bg_stripes),
    ("gingham", "Gingham", "ギンガムチェック", 0.7, bg_gingham),
    ("stars", "Starry sky", "星空", 0.8, bg_stars),
    ("hearts", "Hearts", "ハート", 0.6, bg_hearts),
    ("sakura", "Cherry blossoms", "桜", 0.8, bg_sakura),
    ("halftone", "Halftone", "トーン", 0.7, bg_halftone),
    ("sunburst", "Sunburst", "集中線", 0.6, bg_sunburst),
    ("clouds", "Clouds", "雲", 0.8, bg_clouds),
    ("bokeh", "Bokeh", "ボケ", 0.8, bg_bokeh),
    ("light_beams", "Light beams", "木漏れ日", 0.6, bg_window_light),
]


PRESENTATION = {
    "hearts": ("feminine", "androgynous"),
}


def build():
    parts = [
        dict(id=pid, label=l, label_ja=ja, weight=w, svg=fn(), presentation=PRESENTATION.get(pid, ()))
        for pid, l, ja, w, fn in BACKGROUNDS
    ]
    write_layer(
        "background",
        [Part(**p) for p in parts],
        label="Background",
        label_ja="背景",
        region=[0, 0, 1024, 1024],
        keys={
            "small": {"part": "flat"}
        },  # R9: a plain background below 128 px (patterns break the silhouette)
        source=__file__,
    )


if __name__ == "__main__":
    build()
