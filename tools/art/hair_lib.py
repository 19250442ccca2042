"""Drawing vocabulary of the hair ornaments and animal ears (small shapes, placement, layer parts).

The hair itself is drawn as clumps: see hair_clumps.py (geometry) and hairstyles.py (the styles).
"""

from __future__ import annotations

import math
import random

from helpers import Part
from helpers import tone as col

CX, CY, RX, RY = 512.0, 440.0, 200.0, 270.0

PINK = "#f3a6b4"  # fixed inner-ear pink


# ----------------------------------------------------------------------------------------------------------
# vectors and paths


def add(a, b):
    return (a[0] + b[0], a[1] + b[1])


def sub(a, b):
    return (a[0] - b[0], a[1] - b[1])


def mul(a, k):
    return (a[0] * k, a[1] * k)


def lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def length(a):
    return math.hypot(a[0], a[1])


def unit(a):
    n = length(a) or 1.0
    return (a[0] / n, a[1] / n)


def perp(a):
    return (-a[1], a[0])


def f(p):
    return f"{p[0]:.1f},{p[1]:.1f}"


def cpt(p0, c1, c2, p1, t):
    u = 1 - t
    return (
        u**3 * p0[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t**3 * p1[0],
        u**3 * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * p1[1],
    )


def lens(p0, p1, w, bend=0.0):
    """A pointed sliver from p0 to p1, half-width ``w`` at the middle, centre line bowed by ``bend``."""
    n = perp(unit(sub(p1, p0)))
    m = lerp(p0, p1, 0.5)
    c = add(m, mul(n, 2 * bend))
    return f"M{f(p0)} Q{f(add(c, mul(n, 2 * w)))} {f(p1)} Q{f(add(c, mul(n, -2 * w)))} {f(p0)} Z"


def blob(cx, cy, r, n, amp, seed, start=0.0, sy=1.0):
    """A closed bumpy (cloud / curl) outline: n convex bumps on a circle."""
    rnd = random.Random(seed)
    pts = []
    for i in range(n):
        a = start + 2 * math.pi * i / n + rnd.uniform(-0.12, 0.12) * 2 * math.pi / n
        rr = r * rnd.uniform(0.95, 1.03)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a) * sy))
    d = f"M{f(pts[0])}"
    for i in range(n):
        a, b = pts[i], pts[(i + 1) % n]
        m = lerp(a, b, 0.5)
        out = unit(sub(m, (cx, cy)))
        c = add(m, mul(out, amp * rnd.uniform(0.8, 1.25) * 2))
        d += f" Q{f(c)} {f(b)}"
    return d + " Z", pts


# ----------------------------------------------------------------------------------------------------------
# an SVG part


class Art:
    def __init__(self):
        self.defs: list[str] = []
        self.els: list[str] = []

    def fill(self, d, slot="hair", opacity=None):
        op = f' fill-opacity="{opacity}"' if opacity is not None else ""
        self.els.append(f'<path d="{d}" fill="{col(slot)}" data-slot="{slot}"{op}/>')

    def fixed(self, d, colour, opacity=None):
        op = f' fill-opacity="{opacity}"' if opacity is not None else ""
        self.els.append(f'<path d="{d}" fill="{colour}"{op}/>')

    def line(self, d, w=3.0, slot="hair.line", opacity=None):
        op = f' stroke-opacity="{opacity}"' if opacity is not None else ""
        self.els.append(
            f'<path d="{d}" fill="none" stroke="{col(slot)}" data-stroke-slot="{slot}" '
            f'stroke-width="{w}" stroke-linecap="round" stroke-linejoin="round" data-role="line"{op}/>'
        )

    def shape(self, d, slot="hair", line_slot=None, w=6.0):
        """Fill + outline in one element (small closed shapes)."""
        line_slot = line_slot or slot.split(".")[0] + ".line"
        self.els.append(
            f'<path d="{d}" fill="{col(slot)}" data-slot="{slot}" stroke="{col(line_slot)}" '
            f'data-stroke-slot="{line_slot}" stroke-width="{w}" stroke-linejoin="round" '
            f'stroke-linecap="round" data-role="line"/>'
        )

    def ink(self, d, slot="hair.line"):
        """Filled line-art (tapered strokes)."""
        self.els.append(f'<path d="{d}" fill="{col(slot)}" data-slot="{slot}"/>')

    def extend(self, other: Art):
        self.els.extend(other.els)

    def svg(self) -> str:
        body = "\n  ".join(self.els)
        return '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024">\n  ' + body + "\n</svg>\n"


# ----------------------------------------------------------------------------------------------------------
# curves for long shapes


def spline_segs(pts, tension=1.0):
    """Catmull-Rom through pts as cubic segments."""
    segs = []
    for i in range(len(pts) - 1):
        p0 = pts[i - 1] if i > 0 else pts[i]
        p1, p2 = pts[i], pts[i + 1]
        p3 = pts[i + 2] if i + 2 < len(pts) else pts[i + 1]
        c1 = add(p1, mul(sub(p2, p0), tension / 6))
        c2 = sub(p2, mul(sub(p3, p1), tension / 6))
        segs.append((p1, c1, c2, p2))
    return segs


def sample_segs(segs, n=10):
    pts = []
    for a, c1, c2, b in segs:
        for i in range(n):
            pts.append(cpt(a, c1, c2, b, i / n))
    pts.append(segs[-1][3])
    return pts


def ribbon(centre, widths, n=10):
    """Left/right outlines of a band along a centre spline; widths: function t(0..1) -> half width."""
    pts = sample_segs(spline_segs(centre), n)
    left, right = [], []
    m = len(pts)
    for i, p in enumerate(pts):
        a = pts[max(0, i - 1)]
        b = pts[min(m - 1, i + 1)]
        nrm = perp(unit(sub(b, a)))
        w = widths(i / (m - 1))
        left.append(add(p, mul(nrm, w)))
        right.append(add(p, mul(nrm, -w)))
    return pts, left, right


def poly_d(pts, close=True, move=True):
    d = (f"M{f(pts[0])} " if move else f"L{f(pts[0])} ") + " ".join(f"L{f(p)}" for p in pts[1:])
    return d + (" Z" if close else "")


# ----------------------------------------------------------------------------------------------------------
# placing and collecting parts


def place(el: str, x, y, rot, flip=False, sc=1.0):
    sx = "scale(-1,1) " if flip else ""
    if sc != 1.0:
        sx += f"scale({sc})"
    return f'<g transform="translate({x:.1f},{y:.1f}) rotate({rot:.1f}) {sx}">{el}</g>'


def hair_parts(styles, meta, layer=None):
    """Parts of a hair-family layer from ``{id: builder}`` and ``{id: {label, ja, weight, presentation}}``.
    The presentation pools (``presentation.POOLS``) are applied when the layer is written."""
    out = []
    for pid, fn in styles.items():
        m = dict(meta.get(pid, {}))
        label = m.get("label", pid.replace("_", " ").capitalize())
        out.append(
            Part(pid, label, m.get("ja", pid), fn().svg(), m.get("weight", 1.0), m.get("presentation", ()))
        )
    return out
