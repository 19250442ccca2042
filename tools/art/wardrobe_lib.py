"""Drawing vocabulary of body, clothing, backgrounds and accessories: paint attributes by slot spec,
elements, mirroring, tapered ink strokes and the shared shoulder line.

Everything is drawn against the shared template (assets/anime/pack.toml anchors, docs/art.md):
neck x 452..572, shoulders from ~y 790 running off the bottom corners, cranium ellipse
cx=512 cy=440 rx=200 ry=270, eyes at (412,505)/(612,505).  Light from the upper left.
"""

from __future__ import annotations

import math

from helpers import fmt, tone


# --------------------------------------------------------------------------------------------
# element helpers
# --------------------------------------------------------------------------------------------
def paint(
    fill: str | None = None, stroke: str | None = None, sw: float | None = None, line: bool | None = None
) -> str:
    """Attributes for fill/stroke.  A colour is either '#rrggbb' (fixed), 'none', or a slot spec
    like 'clothes.shadow' (gets data-slot / data-stroke-slot)."""
    a = []
    if fill is None or fill == "none":
        a.append('fill="none"')
    elif fill.startswith("#"):
        a.append(f'fill="{fill}"')
    else:
        a.append(f'fill="{tone(fill)}" data-slot="{fill}"')
    if stroke and stroke != "none":
        if stroke.startswith("#"):
            a.append(f'stroke="{stroke}"')
        else:
            a.append(f'stroke="{tone(stroke)}" data-stroke-slot="{stroke}"')
        a.append(f'stroke-width="{fmt(sw or 6)}" stroke-linejoin="round" stroke-linecap="round"')
        if line is None:
            line = stroke.endswith(".line") or (stroke.startswith("#") and (sw or 6) <= 8)
        if line:
            a.append('data-role="line"')
    return " ".join(a)


def path(d: str, fill=None, stroke=None, sw=None, extra: str = "", line=None) -> str:
    return f'<path d="{d}" {paint(fill, stroke, sw, line)}{(" " + extra) if extra else ""}/>'


def circle(cx, cy, r, fill=None, stroke=None, sw=None, extra="") -> str:
    return (
        f'<circle cx="{fmt(cx)}" cy="{fmt(cy)}" r="{fmt(r)}" {paint(fill, stroke, sw)}'
        f"{(' ' + extra) if extra else ''}/>"
    )


def ellipse(cx, cy, rx, ry, fill=None, stroke=None, sw=None, extra="") -> str:
    return (
        f'<ellipse cx="{fmt(cx)}" cy="{fmt(cy)}" rx="{fmt(rx)}" ry="{fmt(ry)}" '
        f"{paint(fill, stroke, sw)}{(' ' + extra) if extra else ''}/>"
    )


def group(items, extra: str = "") -> str:
    return f"<g{(' ' + extra) if extra else ''}>" + "".join(items) + "</g>"


MIRROR = 'transform="matrix(-1 0 0 1 1024 0)"'


def both(items) -> list[str]:
    """The items, plus their mirror image across x=512."""
    return list(items) + [group(items, MIRROR)]


def taper(x0, y0, cx, cy, x1, y1, w, fill) -> str:
    """A tapered ink stroke (pointed ends, width ~w in the middle) along a quadratic curve."""
    dx, dy = x1 - x0, y1 - y0
    n = math.hypot(dx, dy) or 1
    nx, ny = -dy / n * w, dx / n * w
    d = (
        f"M{fmt(x0)} {fmt(y0)} Q{fmt(cx + nx)} {fmt(cy + ny)} {fmt(x1)} {fmt(y1)} "
        f"Q{fmt(cx - nx)} {fmt(cy - ny)} {fmt(x0)} {fmt(y0)}Z"
    )
    return path(d, fill, extra='data-role="line"')


def svg(items) -> str:
    body = "\n".join(i for i in items if i)
    return f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024">\n{body}\n</svg>\n'


# --------------------------------------------------------------------------------------------
# bezier utilities for the shared shoulder line
# --------------------------------------------------------------------------------------------
def bez(p, t):
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = p
    u = 1 - t
    return (
        u**3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t**3 * x3,
        u**3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t**3 * y3,
    )


def split(p, t):
    p0, p1, p2, p3 = p
    lerp = lambda a, b: (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
    a, b, c = lerp(p0, p1), lerp(p1, p2), lerp(p2, p3)
    d, e = lerp(a, b), lerp(b, c)
    f = lerp(d, e)
    return (p0, a, d, f), (f, e, c, p3)


def shoulder(k: float = 1.0, dy: float = 0.0):
    """Left shoulder outline, neck base -> bottom-left, as cubic segments.  k widens it.

    Hand-placed (R6): the trapezius falls from the neck, steep at first, then flattening into a
    concave line about 20 degrees off the horizontal to the acromion (262, 842); the deltoid rounds the
    shoulder cap convexly, and the arm drops almost straight down past the canvas edge."""
    base = [
        ((452, 772), (432, 792), (350, 816), (262, 842)),
        ((262, 842), (206, 858), (166, 884), (150, 934)),
        ((150, 934), (140, 968), (136, 1004), (134, 1044)),
    ]
    out = []
    for seg in base:
        pts = []
        for x, y in seg:
            if (x, y) == (452, 772):
                pts.append((x - (k - 1) * 60, y + dy))
            else:
                pts.append((512 - (512 - x) * k, y + dy))
        out.append(tuple(pts))
    return out


def tail_from_x(segs, x):
    """Segments of a left shoulder starting where it first reaches x (x decreasing)."""
    for i, seg in enumerate(segs):
        xs = [seg[0][0], seg[3][0]]
        if min(xs) <= x <= max(xs):
            lo, hi = 0.0, 1.0
            for _ in range(40):
                mid = (lo + hi) / 2
                if bez(seg, mid)[0] > x:
                    lo = mid
                else:
                    hi = mid
            return [split(seg, lo)[1]] + segs[i + 1 :]
    return segs


def seg_d(segs, move=True):
    s = ""
    if move:
        s += f"M{fmt(segs[0][0][0])} {fmt(segs[0][0][1])} "
    for _, a, b, c in segs:
        s += f"C{fmt(a[0])} {fmt(a[1])} {fmt(b[0])} {fmt(b[1])} {fmt(c[0])} {fmt(c[1])} "
    return s


def mirror_rev(segs):
    """Mirror left-side segments to the right and reverse them (bottom -> neck)."""
    out = []
    for p0, p1, p2, p3 in reversed(segs):
        m = lambda p: (1024 - p[0], p[1])
        out.append((m(p3), m(p2), m(p1), m(p0)))
    return out


def left_x_at(y, k=1.075, dy=-5):
    """x of the left garment edge at height y (sampled from the shoulder curve)."""
    best = None
    for s in shoulder(k, dy):
        for i in range(41):
            px, py = bez(s, i / 40)
            if best is None or abs(py - y) < abs(best[1] - y):
                best = (px, py)
    return best[0]


CLOTH_K = 1.075  # garments sit a little outside the broadest body
CLOTH_DY = -5


def garment(x_left: float, neckline: str, k=CLOTH_K, dy=CLOTH_DY, x_right=None) -> str:
    """Path d of a torso garment: from the left shoulder point at x_left along the shoulder, across
    the bottom, up the right shoulder to x_right (mirror), then `neckline` (a path fragment that
    ends back at the start point, e.g. 'C ... Z')."""
    segs = tail_from_x(shoulder(k, dy), x_left)
    rsegs = mirror_rev(tail_from_x(shoulder(k, dy), 1024 - (x_right or 1024 - x_left)))
    return (
        seg_d(segs)
        + "L1040 1040 L1040 1040 "
        + f"L{fmt(rsegs[0][0][0])} 1034 "
        + seg_d(rsegs, move=False)
        + neckline
    )


def shoulder_pt(x, k=CLOTH_K, dy=CLOTH_DY):
    seg = tail_from_x(shoulder(k, dy), x)[0]
    return seg[0]


def star_d(x, y, r, points=5, inner=0.45, rot=-90):
    pts = []
    for i in range(points * 2):
        a = math.radians(rot + i * 180 / points)
        rr = r if i % 2 == 0 else r * inner
        pts.append(f"{fmt(x + rr * math.cos(a))} {fmt(y + rr * math.sin(a))}")
    return "M" + " L".join(pts) + " Z"


def heart_d(x, y, s):
    return (
        f"M{fmt(x)} {fmt(y + s * 0.9)} C{fmt(x - s * 1.3)} {fmt(y + s * 0.1)} {fmt(x - s * 1.05)} "
        f"{fmt(y - s * 0.95)} {fmt(x)} {fmt(y - s * 0.35)} C{fmt(x + s * 1.05)} {fmt(y - s * 0.95)} "
        f"{fmt(x + s * 1.3)} {fmt(y + s * 0.1)} {fmt(x)} {fmt(y + s * 0.9)} Z"
    )


def ell_d(cx, cy, rx, ry):
    return (
        f"M{fmt(cx - rx)} {fmt(cy)} A{fmt(rx)} {fmt(ry)} 0 1 0 {fmt(cx + rx)} {fmt(cy)} "
        f"A{fmt(rx)} {fmt(ry)} 0 1 0 {fmt(cx - rx)} {fmt(cy)} Z"
    )


def sakura_shape(x, y, r, rot, fill, stroke=None, sw=2.5, petals=5):
    p = (
        f"M0 0 C{fmt(-0.62 * r)} {fmt(-0.3 * r)} {fmt(-0.5 * r)} {fmt(-1.02 * r)} {fmt(-0.16 * r)} {fmt(-r)} "
        f"L0 {fmt(-0.8 * r)} L{fmt(0.16 * r)} {fmt(-r)} C{fmt(0.5 * r)} {fmt(-1.02 * r)} {fmt(0.62 * r)} "
        f"{fmt(-0.3 * r)} 0 0Z"
    )
    items = [
        group([path(p, fill, stroke, sw)], f'transform="rotate({fmt(i * 360 / petals)})"')
        for i in range(petals)
    ]
    return group(items, f'transform="translate({fmt(x)} {fmt(y)}) rotate({fmt(rot)})"')


WHITE, WHITE_SH, WHITE_LN = "#f7f6f2", "#d5d8e6", "#6b6f86"  # fixed shirt white


METAL, METAL_SH, METAL_LN = "#e3c16a", "#b98f3c", "#6e5220"  # fixed brass buttons
