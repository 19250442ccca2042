#!/usr/bin/env python3
"""Generator for the anime pack's hair layers.

Writes assets/anime/parts/{hair_back,hair_side,hair_front,animal_ears,hair_ornament}/ (one SVG per part
plus layer.toml).  Run from the repository root:

    python tools/art/hair.py

Construction follows /work/shared/reference/anime-style.md: hair is a silhouette of large pointed clumps
(filled with the ``hair`` slot, outlined in ``hair.line``), a flat ``hair.shadow`` tone along the inner
(right, away from the upper-left light) edge of each clump, tapered clump-separation lines, and a broken
shine band ("angel ring") of ``hair.highlight`` across the crown.  Everything is drawn against the shared
skull template: ellipse cx=512 cy=440 rx=200 ry=270.
"""

from __future__ import annotations

import colorsys
import math
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PARTS = ROOT / "assets" / "anime" / "parts"

CX, CY, RX, RY = 512.0, 440.0, 200.0, 270.0

HAIR = "#5b3a29"
SKIN = "#f6d7c3"
ACC = "#e0b84c"
PINK = "#f3a6b4"  # fixed inner-ear pink
PINK_D = "#d9798d"


# ----------------------------------------------------------------------------------------------------------
# colour (preview values; the engine derives the real ones from the design's colours)


def _derive(base: str, role: str) -> str:
    try:  # the engine's own rule when it is importable
        import sys

        sys.path.insert(0, str(ROOT))
        from avatarstudio.core.colour import derive  # type: ignore

        return derive(base, role)
    except Exception:  # pragma: no cover - fallback approximation
        r, g, b = (int(base[i : i + 2], 16) / 255 for i in (1, 3, 5))
        h, l, s = colorsys.rgb_to_hls(r, g, b)
        if role == "shadow":
            h, l, s = (h + 0.04) % 1, l * 0.78, min(1, s * 1.05)
        elif role == "line":
            h, l = (h + 0.06) % 1, l * 0.42
        elif role == "highlight":
            l, s = l + (1 - l) * 0.45, s * 0.8
        return "#" + "".join(f"{round(c * 255):02x}" for c in colorsys.hls_to_rgb(h, l, s))


def col(slot: str) -> str:
    name, _, role = slot.partition(".")
    base = {"hair": HAIR, "skin": SKIN, "accessory": ACC}[name]
    return _derive(base, role or "base")


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


def dot(a, b):
    return a[0] * b[0] + a[1] * b[1]


def perp(a):
    return (-a[1], a[0])


def f(p):
    return f"{p[0]:.1f},{p[1]:.1f}"


def qpt(p0, c, p1, t):
    u = 1 - t
    return (
        u * u * p0[0] + 2 * u * t * c[0] + t * t * p1[0],
        u * u * p0[1] + 2 * u * t * c[1] + t * t * p1[1],
    )


def cpt(p0, c1, c2, p1, t):
    u = 1 - t
    return (
        u**3 * p0[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t**3 * p1[0],
        u**3 * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * p1[1],
    )


def mirror(p):
    return (1024 - p[0], p[1])


def mirror_d(d: str) -> str:
    """Mirror a path made only of absolute M/L/Q/C/Z commands with x,y pairs."""
    out = []
    for tok in d.replace(",", " , ").split():
        out.append(tok)
    res, i, expect_x = [], 0, True
    for tok in out:
        if tok in "MLQCZ" or tok == ",":
            res.append(tok)
            if tok in "MLQCZ":
                expect_x = True
            continue
        v = float(tok)
        if expect_x:
            res.append(f"{1024 - v:.1f}")
            expect_x = False
        else:
            res.append(f"{v:.1f}")
            expect_x = True
    return " ".join(res).replace(" , ", ",")


def lens(p0, p1, w, bend=0.0):
    """A pointed sliver from p0 to p1, half-width ``w`` at the middle, centre line bowed by ``bend``."""
    n = perp(unit(sub(p1, p0)))
    m = lerp(p0, p1, 0.5)
    c = add(m, mul(n, 2 * bend))
    return f"M{f(p0)} Q{f(add(c, mul(n, 2 * w)))} {f(p1)} Q{f(add(c, mul(n, -2 * w)))} {f(p0)} Z"


def taper(p0, p1, w, bend=0.0):
    """A stroke thick (``w`` half-width) at p0 and pointed at p1, bowed by ``bend``."""
    d = unit(sub(p1, p0))
    n = perp(d)
    m = lerp(p0, p1, 0.45)
    c = add(m, mul(n, 2 * bend))
    a, b = add(p0, mul(n, w)), add(p0, mul(n, -w))
    back = add(p0, mul(d, -w * 0.8))
    return (
        f"M{f(a)} Q{f(add(c, mul(n, w * 1.2)))} {f(p1)} Q{f(add(c, mul(n, -w * 1.2)))} {f(b)} "
        f"Q{f(back)} {f(a)} Z"
    )


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
# the head contour: bumpy hair silhouette around the skull

# the hair mass is rounder than the skull: a base ellipse whose offsets d (per style) give the volume
HCX, HCY, HRX, HRY = 512.0, 380.0, 210.0, 238.0


def skull_pt(t_deg, d):
    t = math.radians(t_deg)
    return (HCX - (HRX + d) * math.cos(t), HCY - (HRY + d) * math.sin(t))


class Contour:
    """Outer hair contour from the left side (angle t0, degrees below the horizontal) over the top to the
    right side.  Built of convex clumps (or spikes) between anchor points.  Segments are kept so shading
    can follow the real outline."""

    def __init__(
        self,
        *,
        d_top=20,
        d_side=18,
        t0=-22,
        t1=-22,
        bumps=8,
        bump=12,
        spiky=0.0,
        seed=1,
        dfunc=None,
        sway=0.0,
    ):
        rnd = random.Random(seed)
        self.segs = []  # (a, c1, c2, b) cubic
        angles = [t0 + (180 - t0 - t1) * i / bumps for i in range(bumps + 1)]
        for i in range(1, bumps):
            angles[i] += rnd.uniform(-0.25, 0.25) * (180 - t0 - t1) / bumps

        def dist(t):
            if dfunc:
                return dfunc(t)
            s = max(0.0, math.sin(math.radians(t)))
            return d_side + (d_top - d_side) * s**2

        self.anchors = [skull_pt(a, dist(a)) for a in angles]
        self.angles = angles
        for i in range(bumps):
            a, b = self.anchors[i], self.anchors[i + 1]
            tm = (angles[i] + angles[i + 1]) / 2
            out = unit(sub(skull_pt(tm, 0), (HCX, HCY)))
            if spiky > 0:
                # a spike: tip pushed outward and swept away from the centre/down, concave flanks
                tip = add(
                    lerp(a, b, 0.5 + sway * (1 if tm > 90 else -1) * 0.3),
                    mul(out, spiky * rnd.uniform(0.7, 1.3)),
                )
                side = 1 if tm > 90 else -1
                tip = add(tip, (side * spiky * 0.25, spiky * 0.15))
                c1 = add(lerp(a, tip, 0.5), mul(out, -spiky * 0.18))
                c2 = add(lerp(tip, b, 0.5), mul(out, -spiky * 0.05))
                self.segs.append((a, lerp(a, c1, 0.7), c1, tip))
                self.segs.append((tip, c2, lerp(c2, b, 0.4), b))
            else:
                k = bump * rnd.uniform(0.75, 1.25)
                c1 = add(lerp(a, b, 0.3), mul(out, k * 1.3))
                c2 = add(lerp(a, b, 0.72), mul(out, k * 1.3))
                self.segs.append((a, c1, c2, b))

    @property
    def start(self):
        return self.segs[0][0]

    @property
    def end(self):
        return self.segs[-1][3]

    def d(self, move=True):
        s = f"M{f(self.start)}" if move else f"L{f(self.start)}"
        for a, c1, c2, b in self.segs:
            s += f" C{f(c1)} {f(c2)} {f(b)}"
        return s

    def sample(self, n=8):
        pts = []
        for a, c1, c2, b in self.segs:
            for i in range(n):
                pts.append(cpt(a, c1, c2, b, i / n))
        pts.append(self.end)
        return pts


# ----------------------------------------------------------------------------------------------------------
# fringe (hair_front)


class Edge:
    """The lower edge of a fringe: notches (N) and lock tips (T) from right to left."""

    def __init__(self):
        self.items = []  # ("N", (x,y)) or ("T", (x,y), flow(dx,dy))

    def n(self, x, y):
        self.items.append(("N", (x, y)))
        return self

    def t(self, x, y, fdx=0.0, fdy=1.0, belly=0.0):
        self.items.append(("T", (x, y), unit((fdx, fdy)), belly))
        return self


def edge_segments(start, items, end):
    """Cubic segments for the lower edge.  Returns list of (p0,c1,c2,p1) and the lock list
    [(notch_right, tip, notch_left, seg_right, seg_left)]."""
    pts = [("N", start)] + items + [("N", end)]
    segs = []
    locks = []
    for i in range(1, len(pts) - 1):
        it = pts[i]
        if it[0] != "T":
            continue
        nr, nl = pts[i - 1][1], pts[i + 1][1]
        tip, fl, belly = it[1], it[2], it[3]
        dr = length(sub(tip, nr))
        dl = length(sub(tip, nl))
        side_r = unit(sub(nr, nl)) if nr != nl else (1, 0)
        # right edge: from notch down, curving into the tip along the flow
        s1 = (nr, add(nr, (belly * dr * 0.3, dr * 0.42)), sub(tip, mul(fl, dr * 0.45)), tip)
        s2 = (tip, sub(tip, mul(fl, dl * 0.45)), add(nl, (-belly * dl * 0.3, dl * 0.42)), nl)
        segs += [s1, s2]
        locks.append((nr, tip, nl, s1, s2))
    return segs, locks


def seg_d(segs):
    return " ".join(f"C{f(c1)} {f(c2)} {f(b)}" for a, c1, c2, b in segs)


def rev_seg(s):
    return (s[3], s[2], s[1], s[0])


def angel_ring(
    art, y0, xs, rx=180, depth=70, h=11, seed=3, gaps=(), spikes=2, right_dim=True, slot="hair.highlight"
):
    """Broken shine band across the crown.  y0: band height at the centre; xs: (x_left, x_right)."""
    rnd = random.Random(seed)
    xl, xr = xs
    cuts = sorted([xl] + [g for g in gaps if xl + 20 < g < xr - 20] + [xr])

    def yc(x):
        u = (x - 512) / rx
        return y0 + depth * (1 - math.sqrt(max(0.0, 1 - min(0.98, u * u))))

    for a, b in zip(cuts, cuts[1:]):
        a2, b2 = a + 5, b - 5
        if b2 - a2 < 18:
            continue
        hh = h * (0.55 if (right_dim and a2 > 600) else 1.0) * rnd.uniform(0.85, 1.15)
        n = 14
        top, bot = [], []
        sp = [rnd.uniform(a2 + 0.15 * (b2 - a2), b2 - 0.15 * (b2 - a2)) for _ in range(spikes)]
        for i in range(n + 1):
            x = a2 + (b2 - a2) * i / n
            prof = math.sin(math.pi * i / n) ** 0.7
            y = yc(x)
            top.append((x, y - hh * prof))
            s = sum(max(0.0, 1 - abs(x - q) / 11.0) * hh * 1.6 for q in sp)
            bot.append((x, y + hh * prof * 0.7 + s * prof))
        d = (
            f"M{f(top[0])} "
            + " ".join(f"L{f(p)}" for p in top[1:])
            + " "
            + " ".join(f"L{f(p)}" for p in reversed(bot))
            + " Z"
        )
        art.fill(d, slot)


def cast_cap(x):
    """Lowest y the fringe's cast shadow may reach at x: above the brows (top ~y 390 for raised brows),
    lower between the brows, where only the forehead lies above the eyes."""
    u = abs(x - 512)
    if u < 40:
        return 426
    if u > 66:
        return 386
    t = (u - 40) / 26
    return 426 - 40 * (3 * t * t - 2 * t**3)


def skull_half(y):
    """Half width of the shared cranium ellipse (cx 512, cy 440, rx 200, ry 270) at height y."""
    return 200 * math.sqrt(max(0.0, 1 - ((y - 440) / 270) ** 2))


def cast_point(p, off=(7, 20)):
    """p moved by off, the move shrinking to nothing near cast_cap and near the sides of the face."""
    x, y = p
    dx, dy = off
    cap = cast_cap(x + dx)
    k = 0.0
    if y < cap:
        t = (cap - y) / dy
        k = 1.0 if t >= 1 else t * t
    room = skull_half(y + dy) - abs(x + dx - 512) - 6
    k *= max(0.0, min(1.0, room / 24))
    return (x + dx * k, y + dy * k)


def cast_shape(segs, off=(7, 20), n=10):
    """Cast shadow of a closed shape given as cubic segments (a lock or strand lying on the forehead):
    the shape moved by off (see cast_point).  Draw it under the shape."""
    pts = []
    for a, c1, c2, b in segs:
        for i in range(n):
            pts.append(cast_point(cpt(a, c1, c2, b, i / n), off))
    return poly_d(pts)


def cast_shadow(segs, off=(7, 20), n=14):
    """Closed path of the shadow the fringe's lower edge (cubic segments, right to left) casts on the
    forehead.  Each edge point moves by off; near cast_cap and near the face sides the shift shrinks to
    nothing, so the band tapers instead of ending in a straight cut."""
    edge = []
    for a, c1, c2, b in segs:
        for i in range(n):
            edge.append(cpt(a, c1, c2, b, i / n))
    edge.append(segs[-1][3])
    shadow = [cast_point(p, off) for p in edge]
    return poly_d(shadow, close=False) + " " + poly_d(list(reversed(edge)), close=True, move=False)


class FrontSpec:
    def __init__(self, **kw):
        self.kw = kw


def build_front(
    contour: Contour,
    edge: Edge,
    *,
    whorl=(470, 178),
    ring_y=232,
    ring_gaps=None,
    seed=1,
    ring=True,
    cast=True,
    line_len=0.5,
    crown_lines=True,
    shade=True,
    extra_before=None,
    extra_after=None,
    ring_depth=80,
    ring_rx=190,
    ring_h=14,
    streaks=True,
    lock_creases=True,
    shade_w=34,
    cast_op=None,
    cast_off=(7, 20),
):
    rnd = random.Random(seed)
    art = Art()
    start, end = contour.end, contour.start  # lower edge runs from the right end back to the left start
    segs, locks = edge_segments(start, edge.items, end)
    sil = contour.d() + " " + seg_d(segs) + " Z"

    # cast shadow of the fringe on the forehead: the lower edge shifted down and to the right (light from
    # the upper left) in the flat skin shadow tone, so it follows every lock tip.  It is drawn under the
    # hair, so only the band below the edge shows.  It stops short of the brows and eyes (cast_cap).
    if cast and locks:
        art.fill(cast_shadow(segs, cast_off), "skin.shadow", opacity=cast_op)
    if extra_before:
        extra_before(art)
    art.fill(sil, "hair")

    if shade:
        # crown: shadow crescent along the right-hand outline (light from the upper left)
        pts = [p for p in contour.sample(10) if p[0] > 575 and p[1] < 470]
        if len(pts) > 3:
            inner = []
            n = len(pts)
            for i, p in enumerate(pts):
                k = math.sin(math.pi * i / (n - 1)) ** 0.8 * shade_w
                inner.append(add(p, mul(unit(sub((HCX - 30, HCY + 30), p)), k)))
            d = (
                f"M{f(pts[0])} "
                + " ".join(f"L{f(p)}" for p in pts[1:])
                + " "
                + " ".join(f"L{f(p)}" for p in reversed(inner))
                + " Z"
            )
            art.fill(d, "hair.shadow")
        # each lock: shadow along its right edge
        for nr, tip, nl, s1, s2 in locks:
            w = abs(nr[0] - nl[0])
            if length(sub(tip, nr)) < 25:
                continue
            top = add(nr, (-3, -min(70, 25 + w * 0.5)))
            inward = mul(unit(sub(nl, nr)), w * 0.42)
            ctrl = add(lerp(top, tip, 0.5), inward)
            d = f"M{f(top)} L{f(nr)} " + seg_d([s1]) + f" Q{f(ctrl)} {f(top)} Z"
            art.fill(d, "hair.shadow")

    if ring:
        gaps = list(ring_gaps or [])
        if ring_gaps is None:
            for nr, tip, nl, s1, s2 in locks:
                if 340 < nl[0] < 690:
                    gx = nl[0] + (whorl[0] - nl[0]) * 0.5
                    if not gaps or abs(gx - gaps[-1]) > 55:
                        gaps.append(gx)
            gaps.sort()
        xs = (CX - ring_rx * 0.93, CX + ring_rx * 0.93)
        angel_ring(art, ring_y, xs, rx=ring_rx, depth=ring_depth, h=ring_h, seed=seed, gaps=gaps)

    # clump separation lines from each notch up toward the whorl
    for i, (nr, tip, nl, s1, s2) in enumerate(locks):
        if i == len(locks) - 1:
            continue
        ln = line_len * rnd.uniform(0.7, 1.25)
        p1 = lerp(nl, whorl, ln)
        bend = (nl[0] - 512) * 0.06
        art.ink(taper(add(nl, (0, 2)), p1, 3.0, bend=bend))
    if lock_creases:
        for nr, tip, nl, s1, s2 in locks:
            w = abs(nr[0] - nl[0])
            if w > 70 and tip[1] - max(nr[1], nl[1]) > 40:
                p0 = add(tip, (0, -14))
                top = lerp(nr, nl, 0.5)
                p1 = lerp(p0, top, 0.55)
                art.ink(taper(lerp(p0, p1, 0.02), lerp(p0, p1, 1.0), 1.8, bend=(nl[0] - nr[0]) * 0.02))
    if crown_lines:
        for p in contour.anchors[1:-1]:
            if p[1] > 420:
                continue
            p1 = lerp(p, whorl, rnd.uniform(0.28, 0.42))
            art.ink(taper(p, p1, 2.2, bend=(p[0] - whorl[0]) * 0.05))

    art.line(sil, 6.5)
    if extra_after:
        extra_after(art)
    return art


# ----------------------------------------------------------------------------------------------------------
# fringe styles


def temple(edge_items_builder):
    return edge_items_builder


def front_styles():
    S = {}

    # straight bangs (hime): blunt, even, small points
    def hime():
        c = Contour(d_top=40, d_side=20, bumps=9, bump=10, seed=11)
        e = Edge().t(714, 540, 0.1).n(676, 392)
        xs = [640, 604, 566, 528, 492, 456, 420, 384]
        for i, x in enumerate(xs):
            e.t(x + 18, 428 + (i % 2) * 6, 0.05).n(x, 404 + (i % 3) * 4)
        e.t(366, 430, -0.05).n(350, 392).t(310, 540, -0.1)
        return build_front(c, e, seed=11, line_len=0.45)

    S["hime_straight"] = hime

    def side_swept():
        return side_swept_art(21)

    S["side_swept"] = side_swept
    return front_styles2(S)


def side_swept_art(seed=21, short=False):
    if True:
        c = Contour(d_top=46, d_side=20, bumps=8, bump=14, seed=seed)
        e = (
            Edge()
            .t(712, 520, 0.15)
            .n(682, 380)
            .t(650, 372, -0.5)
            .n(630, 322)
            .t(582, 392, -0.6)
            .n(560, 312)
            .t(498, 420, -0.7)
            .n(476, 318)
            .t(418, 448, -0.65)
            .n(402, 330)
            .t(350, 470, -0.35)
            .n(336, 380)
            .t(306, 548, -0.1)
        )
        if short:
            e.items = [
                (it[0], (it[1][0], 300 + (it[1][1] - 300) * 0.72) if 330 < it[1][0] < 700 else it[1]) + it[2:]
                for it in e.items
            ]
        return build_front(c, e, whorl=(600, 190), seed=seed, line_len=0.55)


def front_styles2(S):

    def parted():
        c = Contour(d_top=44, d_side=20, bumps=8, bump=13, seed=31)
        e = (
            Edge()
            .t(714, 545, 0.1)
            .n(690, 400)
            .t(668, 450, 0.2)
            .n(642, 350)
            .t(604, 425, 0.45)
            .n(572, 320)
            .t(548, 372, 0.6)
            .n(512, 292)
            .t(476, 372, -0.6)
            .n(452, 320)
            .t(420, 425, -0.45)
            .n(382, 350)
            .t(356, 450, -0.2)
            .n(334, 400)
            .t(310, 545, -0.1)
        )
        return build_front(c, e, whorl=(512, 175), seed=31, line_len=0.55)

    S["parted_middle"] = parted

    def curtain():
        c = Contour(d_top=46, d_side=22, bumps=8, bump=14, seed=41)
        e = (
            Edge()
            .t(718, 560, 0.1)
            .n(700, 420)
            .t(686, 478, 0.25)
            .n(656, 360)
            .t(624, 420, 0.65)
            .n(590, 310)
            .t(545, 330, 0.9, 0.4)
            .n(512, 286)
            .t(479, 330, -0.9, 0.4)
            .n(434, 310)
            .t(400, 420, -0.65)
            .n(368, 360)
            .t(338, 478, -0.25)
            .n(324, 420)
            .t(306, 560, -0.1)
        )
        return build_front(c, e, whorl=(512, 172), seed=41, line_len=0.6)

    S["curtain_bangs"] = curtain

    def spiky():
        c = Contour(d_top=52, d_side=26, bumps=9, spiky=46, seed=51)
        e = (
            Edge()
            .t(730, 520, 0.5)
            .n(690, 390)
            .t(676, 452, 0.3)
            .n(648, 350)
            .t(628, 440, -0.1)
            .n(598, 340)
            .t(560, 425, 0.35)
            .n(538, 330)
            .t(494, 452, -0.2)
            .n(470, 338)
            .t(430, 420, -0.45)
            .n(410, 346)
            .t(366, 446, -0.35)
            .n(350, 380)
            .t(296, 520, -0.5)
        )
        return build_front(c, e, whorl=(500, 180), seed=51, line_len=0.5)

    S["spiky"] = spiky

    def long_side():
        c = Contour(d_top=40, d_side=20, bumps=8, bump=13, t0=-26, t1=-26, seed=61)
        e = (
            Edge()
            .t(714, 660, -0.1, 1, 0.45)
            .n(666, 426)
            .t(640, 438, 0.2)
            .n(622, 340)
            .t(582, 418, 0.3)
            .n(556, 318)
            .t(516, 404, 0.0)
            .n(490, 322)
            .t(452, 416, -0.3)
            .n(420, 334)
            .t(388, 436, -0.3)
            .n(362, 426)
            .t(310, 660, 0.1, 1, 0.45)
        )
        return build_front(c, e, whorl=(500, 176), seed=61, line_len=0.55)

    S["long_side_bangs"] = long_side

    def short_crop():
        c = Contour(d_top=8, d_side=10, bumps=10, bump=7, t0=-16, t1=-16, seed=71)
        e = (
            Edge()
            .t(706, 470, 0.1)
            .n(690, 370)
            .t(664, 360, -0.3)
            .n(640, 318)
            .t(606, 350, -0.4)
            .n(586, 300)
            .t(548, 342, -0.35)
            .n(528, 296)
            .t(488, 346, -0.3)
            .n(466, 300)
            .t(428, 352, -0.3)
            .n(404, 312)
            .t(370, 362, -0.3)
            .n(340, 370)
            .t(318, 470, -0.1)
        )
        return build_front(
            c, e, whorl=(500, 200), seed=71, line_len=0.45, ring_y=222, ring_depth=70, ring_rx=180, ring_h=12
        )

    S["short_crop"] = short_crop

    def wavy():
        c = Contour(d_top=44, d_side=30, bumps=9, bump=24, t0=-24, t1=-24, seed=81)
        e = (
            Edge()
            .t(722, 560, -0.35, 1, 0.5)
            .n(694, 400)
            .t(672, 456, 0.45, 1, -0.6)
            .n(642, 344)
            .t(600, 420, -0.5, 1, 0.8)
            .n(570, 318)
            .t(526, 404, 0.5, 1, -0.8)
            .n(500, 322)
            .t(448, 418, -0.5, 1, 0.8)
            .n(420, 330)
            .t(378, 440, 0.45, 1, -0.7)
            .n(350, 360)
            .t(320, 460, -0.4, 1, 0.5)
            .n(312, 430)
            .t(300, 560, 0.35, 1, -0.5)
        )

        def waves(art):
            rnd = random.Random(81)
            for x, y in ((350, 300), (404, 280), (590, 276), (650, 300), (300, 420), (724, 420)):
                pts = [(x + 6, y - 26), (x - 8, y), (x + 8, y + 28), (x - 2, y + 52)]
                art.ink(taper(pts[0], pts[1], 1.2, bend=-3))
                art.line(smooth_d(pts, close=False), 2.6)

        return build_front(c, e, whorl=(500, 178), seed=81, line_len=0.4, extra_after=waves)

    S["wavy"] = wavy

    def curly():
        # loose curls: fat locks whose tips hook round into a curl, plus ringlets at the temples
        c = Contour(d_top=48, d_side=30, bumps=13, bump=14, t0=-22, t1=-22, seed=91)
        e = (
            Edge()
            .t(724, 540, 0.6, 0.4, 0.5)
            .n(700, 430)
            .t(690, 452, 1.0, -0.5, -0.4)
            .n(650, 350)
            .t(618, 424, 1.0, -0.6, -0.6)
            .n(588, 330)
            .t(548, 412, 1.0, -0.7, -0.6)
            .n(520, 322)
            .t(470, 416, -1.0, -0.7, 0.6)
            .n(440, 330)
            .t(398, 426, -1.0, -0.6, 0.6)
            .n(370, 350)
            .t(334, 452, -1.0, -0.5, 0.4)
            .n(322, 430)
            .t(300, 540, -0.6, 0.4, -0.5)
        )

        def curls(art):
            rnd = random.Random(91)
            # curl lines inside each lock's hooked end
            for x, y, sg in [
                (664, 420, 1),
                (594, 400, 1),
                (526, 392, 1),
                (494, 392, -1),
                (424, 400, -1),
                (358, 424, -1),
            ]:
                p0 = (x - sg * 14, y - 44)
                art.line(
                    f"M{f(p0)} C{f((x - sg * 22, y - 8))} {f((x + sg * 6, y + 10))} {f((x + sg * 16, y - 8))}",
                    3,
                )
            curl_texture(art, 512, 230, 170, 93, n=22, sy=0.6, ymax=lambda x: 300)

        return build_front(
            c,
            e,
            whorl=(512, 180),
            seed=91,
            line_len=0.35,
            extra_after=curls,
            ring_y=215,
            ring_depth=60,
            lock_creases=False,
        )

    S["curly"] = curly

    def coily():
        c = Contour(d_top=56, d_side=32, bumps=18, bump=9, t0=-18, t1=-18, seed=95)
        e = (
            Edge()
            .t(720, 500, 0.0)
            .n(700, 420)
            .t(640, 360, -0.3)
            .n(560, 320)
            .t(512, 330, 0.0)
            .n(464, 320)
            .t(384, 360, 0.3)
            .n(324, 420)
            .t(304, 500, 0.0)
        )

        def coils(art):
            rnd = random.Random(95)
            spots = []
            for i in range(17):
                t = i / 16
                a = math.pi * (1.06 - 1.12 * t)
                spots.append(
                    (
                        512 + 198 * math.cos(a) + rnd.uniform(-3, 3),
                        426 - 100 * math.sin(a) + rnd.uniform(-4, 4),
                        rnd.uniform(20, 25),
                    )
                )
            scallop(art, spots)
            curl_texture(art, 512, 240, 200, 96, n=60, sy=0.6, ymax=lambda x: 300 + 0.004 * (x - 512) ** 2)

        return build_front(
            c,
            e,
            whorl=(512, 180),
            seed=95,
            line_len=0.15,
            extra_after=coils,
            ring=False,
            lock_creases=False,
            crown_lines=False,
        )

    S["coily"] = coily

    def afro_top():
        c = Contour(d_top=78, d_side=56, bumps=16, bump=10, t0=-14, t1=-14, seed=97)
        e = (
            Edge()
            .t(712, 470, 0.0)
            .n(694, 380)
            .t(650, 330, -0.5, 1, 0.3)
            .n(600, 300)
            .t(540, 300, -0.2)
            .n(512, 290)
            .t(484, 300, 0.2)
            .n(424, 300)
            .t(374, 330, 0.5, 1, -0.3)
            .n(330, 380)
            .t(312, 470, 0.0)
        )

        def tex(art):
            curl_texture(art, 512, 250, 230, 98, n=90, sy=0.7, ymax=lambda x: 262 + 0.004 * (x - 512) ** 2)
            # a soft shine arc of curl highlights on the upper left
            for k in range(9):
                a = math.radians(200 + k * 9)
                x, y = 512 + 150 * math.cos(a), 300 + 150 * math.sin(a) * 0.8
                art.fill(lens((x - 9, y + 4), (x + 9, y - 4), 3.5, bend=-4), "hair.highlight")

        return build_front(
            c,
            e,
            whorl=(512, 180),
            seed=97,
            line_len=0.12,
            extra_after=tex,
            ring=False,
            lock_creases=False,
            crown_lines=False,
            shade_w=50,
        )

    S["afro_top"] = afro_top

    def pompadour():
        def dfun(t):
            s_ = max(0.0, math.sin(math.radians(t)))
            front = math.exp(-(((t - 84) / 40) ** 2))
            return 8 + 8 * s_ + 46 * front

        c = Contour(dfunc=dfun, bumps=8, bump=12, t0=-16, t1=-16, seed=99)
        e = (
            Edge()
            .t(704, 470, 0.1)
            .n(688, 360)
            .t(640, 326, -0.8, 1, 0.2)
            .n(600, 298)
            .t(540, 300, -0.9, 1, 0.2)
            .n(500, 288)
            .t(440, 304, -0.8, 1, 0.2)
            .n(404, 306)
            .t(360, 344, -0.5)
            .n(338, 370)
            .t(318, 470, -0.1)
        )

        def sweep(art):
            rnd = random.Random(99)
            for k, x in enumerate((380, 430, 480, 540, 600, 650)):
                pts = [
                    (x + 10, 300 - 4 * k % 3),
                    (x - 20, 230),
                    (x + 6, 150 - 10 * math.sin(k)),
                    (x + 60, 130),
                ]
                pts = [p for p in pts]
                art.line(smooth_d(pts[:3], close=False), 2.4)
            # loose strand falling on the forehead
            d = "M470,300 C486,330 452,356 476,392 C468,362 500,336 486,300 Z"
            art.shape(d, "hair", w=4)

        def strand_shadow(art):
            art.fill(
                cast_shape(
                    [
                        ((470, 300), (486, 330), (452, 356), (476, 392)),
                        ((476, 392), (468, 362), (500, 336), (486, 300)),
                        ((486, 300), (480, 300), (476, 300), (470, 300)),
                    ]
                ),
                "skin.shadow",
            )

        return build_front(
            c,
            e,
            whorl=(560, 150),
            seed=99,
            line_len=0.25,
            extra_after=sweep,
            ring_y=200,
            extra_before=strand_shadow,
            ring_depth=90,
            ring_rx=200,
            lock_creases=False,
        )

    S["pompadour"] = pompadour

    def ahoge():
        art = side_swept_art(seed=23)
        d = (
            "M512,146 C500,112 520,90 546,78 C574,66 590,50 584,28 C606,50 596,80 566,96 "
            "C544,108 534,126 540,146 Z"
        )
        art.fill(d, "hair")
        art.fill(
            "M584,28 C606,50 596,80 566,96 C552,104 542,114 538,126 C548,102 572,92 584,70 C590,58 590,44 584,28 Z",
            "hair.shadow",
        )
        art.line(d, 5.5)
        return art

    S["ahoge"] = ahoge

    def blunt_side_locks():
        c = Contour(d_top=38, d_side=22, bumps=9, bump=10, t0=-28, t1=-28, seed=111)
        e = Edge().t(716, 690, -0.1, 1, 0.45).n(666, 426)
        xs = [650, 612, 574, 536, 498, 460, 422, 384]
        for i, x in enumerate(xs):
            e.t(x - 18, 436 + (i % 2) * 5, -0.05).n(x - 36, 410 + (i % 3) * 4)
        e.items.pop()
        e.n(358, 426).t(308, 690, 0.1, 1, 0.45)
        return build_front(c, e, seed=111, line_len=0.45)

    S["blunt_side_locks"] = blunt_side_locks

    def one_eye():
        c = Contour(d_top=44, d_side=22, bumps=8, bump=14, t0=-22, t1=-22, seed=121)
        e = (
            Edge()
            .t(714, 530, 0.1)
            .n(688, 390)
            .t(664, 400, -0.3)
            .n(640, 330)
            .t(606, 372, -0.6)
            .n(588, 300)
            .t(548, 384, -0.7)
            .n(528, 318)
            .t(392, 566, -0.45, 1, 0.9)
            .n(336, 440)
            .t(306, 540, -0.1)
        )
        return build_front(c, e, whorl=(600, 185), seed=121, line_len=0.5)

    S["one_eye"] = one_eye

    def wispy():
        c = Contour(d_top=40, d_side=20, bumps=9, bump=12, t0=-22, t1=-22, seed=131)
        e = (
            Edge()
            .t(712, 540, 0.05)
            .n(690, 400)
            .t(672, 440, 0.1)
            .n(652, 340)
            .t(620, 350, 0.0)
            .n(600, 330)
            .t(586, 430, -0.1)
            .n(566, 320)
            .t(536, 336, 0.0)
            .n(510, 320)
            .t(494, 436, -0.05)
            .n(474, 320)
            .t(446, 336, 0.0)
            .n(424, 326)
            .t(404, 426, -0.1)
            .n(386, 336)
            .t(364, 350, 0.0)
            .n(350, 350)
            .t(334, 446, -0.1)
            .n(326, 410)
            .t(308, 540, -0.05)
        )
        return build_front(c, e, seed=131, line_len=0.5, lock_creases=False)

    S["wispy"] = wispy

    def buzz():
        c = Contour(d_top=4, d_side=5, bumps=10, bump=3, t0=-16, t1=-16, seed=141)
        e = Edge().t(706, 482, 0.0).n(696, 390)
        # a short, finely jagged hairline
        pts = []
        for i in range(1, 26):
            u = i / 26
            x = 690 - 356 * u
            y = 300 + 78 * ((x - 512) / 180) ** 2
            pts.append((x, y))
        for i, (x, y) in enumerate(pts):
            if i % 2 == 0:
                e.t(x, y + 9, (512 - x) / 400)
            else:
                e.n(x, y - 3)
        if e.items[-1][0] == "T":
            e.n(328, 390)
        e.t(318, 482, 0.0)

        return build_front(
            c,
            e,
            whorl=(500, 200),
            seed=141,
            line_len=0.3,
            ring=True,
            lock_creases=False,
            crown_lines=False,
            shade_w=22,
            cast_off=(4, 11),
            ring_y=220,
            ring_depth=80,
            ring_h=9,
            ring_rx=185,
        )

    S["buzz"] = buzz

    def slicked_back():
        c = Contour(d_top=30, d_side=14, bumps=7, bump=8, t0=-16, t1=-16, seed=151)
        e = (
            Edge()
            .t(708, 470, 0.05)
            .n(692, 370)
            .t(650, 318, -0.8, 1, 0)
            .n(600, 296)
            .t(540, 296, -1, 0.2)
            .n(512, 306)
            .t(484, 296, 1, 0.2)
            .n(424, 296)
            .t(374, 318, 0.8, 1, 0)
            .n(332, 370)
            .t(316, 470, -0.05)
        )

        def comb(art):
            for k, x in enumerate((392, 440, 488, 536, 584, 632)):
                x0 = x + (x - 512) * 0.05
                y0 = 322 - 26 * math.cos((x - 512) / 300)
                pts = [(x0, y0), (x0 + (x0 - 512) * 0.08, y0 - 60), (x0 + (x0 - 512) * 0.15, y0 - 120)]
                art.ink(taper(pts[0], pts[2], 2.6, bend=(x0 - 512) * 0.04))
            d = "M560,300 C600,330 590,370 614,404 C584,380 584,340 546,306 Z"
            art.shape(d, "hair", w=4)

        def strand_shadow(art):
            art.fill(
                cast_shape(
                    [
                        ((560, 300), (600, 330), (590, 370), (614, 404)),
                        ((614, 404), (584, 380), (584, 340), (546, 306)),
                        ((546, 306), (550, 304), (556, 302), (560, 300)),
                    ],
                    off=(6, 14),
                ),
                "skin.shadow",
            )

        return build_front(
            c,
            e,
            whorl=(500, 120),
            seed=151,
            line_len=0.05,
            extra_after=comb,
            ring_y=214,
            extra_before=strand_shadow,
            cast_off=(6, 14),
            lock_creases=False,
            crown_lines=False,
        )

    S["slicked_back"] = slicked_back

    def braided_crown():
        art = side_swept_art(seed=161, short=True)
        braid_shape(
            art,
            [(318, 420), (348, 300), (430, 220), (512, 200), (594, 220), (676, 300), (706, 420)],
            w0=30,
            w1=30,
            seed=5,
            tuft=False,
            taper_ends=True,
        )
        return art

    S["braided_crown"] = braided_crown

    def locs_front():
        c = Contour(d_top=36, d_side=22, bumps=12, bump=12, t0=-20, t1=-20, seed=171)
        e = (
            Edge()
            .t(718, 520, 0.0)
            .n(700, 400)
            .t(640, 320, 0.0)
            .n(580, 300)
            .t(512, 292, 0.0)
            .n(444, 300)
            .t(384, 320, 0.0)
            .n(324, 400)
            .t(306, 520, 0.0)
        )

        def rope_specs():
            rnd = random.Random(171)
            # locs radiate from the crown and hang over the forehead and temples, back ones first
            specs = []
            n = 11
            for i in range(n):
                u = i / (n - 1)
                a = math.radians(202 + 136 * u)  # root angle around the crown
                root = (512 + 120 * math.cos(a), 256 + 74 * math.sin(a))
                side = (u - 0.5) * 2
                tip_y = 392 + (22 if i % 2 else 0) + rnd.uniform(-8, 8) + 130 * abs(side) ** 3
                tip = (512 + side * 200 + rnd.uniform(-6, 6), tip_y)
                mid = (lerp(root, tip, 0.5)[0] + side * 30 + rnd.uniform(-6, 6), lerp(root, tip, 0.5)[1] - 10)
                specs.append((abs(side) + (0.05 if i % 2 else 0), [root, mid, tip], i))
            specs.sort(key=lambda s_: -s_[0])
            return specs

        def rope_shadows(art):
            for _, pts, i in rope_specs():
                loc_rope(art, pts, 18, seed=i, cast_only=True)

        def ropes(art):
            for _, pts, i in rope_specs():
                loc_rope(art, pts, 18, seed=i)

        return build_front(
            c,
            e,
            whorl=(512, 170),
            seed=171,
            line_len=0.2,
            extra_after=ropes,
            extra_before=rope_shadows,
            ring_y=210,
            lock_creases=False,
        )

    S["locs"] = locs_front

    def bob_fringe():
        c = Contour(d_top=42, d_side=30, bumps=9, bump=12, t0=-24, t1=-24, seed=181)
        e = Edge().t(724, 560, -0.35, 1, 0.3).n(690, 410)
        xs = [652, 612, 572, 532, 492, 452, 412, 372]
        for i, x in enumerate(xs):
            y = 420 + 14 * math.cos((x - 512) / 160 * 1.2)
            e.t(x + 16, y + 6, (x - 512) / 600).n(x, y - 26 + (i % 2) * 6)
        e.t(344, 438, -0.1).n(330, 420).t(300, 560, 0.35, 1, -0.3)
        return build_front(c, e, seed=181, line_len=0.45)

    S["bob_fringe"] = bob_fringe

    return S


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


def smooth_d(pts, close=True):
    segs = spline_segs(pts)
    return f"M{f(pts[0])} " + seg_d(segs) + (" Z" if close else "")


# ----------------------------------------------------------------------------------------------------------
# back hair


def sym_edge(right_half, centre=None, jitter=0.0, seed=1):
    """Bottom edge items from the right half (right -> centre), mirrored to the left half."""
    rnd = random.Random(seed)
    e = Edge()
    for it in right_half:
        e.items.append(it)
    if centre:
        e.items.append(centre)
    mirrored = []
    for it in reversed(right_half):
        if it[0] == "N":
            x, y = mirror(it[1])
            mirrored.append(("N", (x + rnd.uniform(-jitter, jitter), y + rnd.uniform(-jitter, jitter))))
        else:
            x, y = mirror(it[1])
            fl = (-it[2][0], it[2][1])
            mirrored.append(
                ("T", (x + rnd.uniform(-jitter, jitter), y + rnd.uniform(-jitter, jitter)), fl, it[3])
            )
    # mirrored list starts with what was the first (outermost) item, so reverse order is already correct
    # but a tip/notch alternation must hold: drop a leading notch if the centre was a notch
    if centre is None and mirrored and mirrored[0][0] == e.items[-1][0]:
        mirrored = mirrored[1:]
    e.items += mirrored
    return e


def R(*pairs):
    """Right-half edge items: ('t', x, y, fdx) / ('n', x, y)."""
    out = []
    for p in pairs:
        if p[0] == "n":
            out.append(("N", (p[1], p[2])))
        else:
            out.append(
                ("T", (p[1], p[2]), unit((p[3] if len(p) > 3 else 0.0, 1.0)), p[4] if len(p) > 4 else 0.0)
            )
    return out


def build_back(
    contour: Contour,
    right_side,
    edge: Edge,
    *,
    left_side=None,
    seed=1,
    inner=None,
    extra_before=None,
    extra_after=None,
    line_len=0.35,
    streak_x=(270, 330),
    streaks=3,
    flow_to=None,
    lock_shade=True,
    side_shade=True,
):
    rnd = random.Random(seed)
    art = Art()
    if left_side is None:
        left_side = [mirror(p) for p in reversed(right_side)]
    rs = spline_segs([contour.end] + right_side)
    ls = spline_segs(left_side + [contour.start])
    segs, locks = edge_segments(rs[-1][3], edge.items, ls[0][0])
    sil = contour.d() + " " + seg_d(rs) + " " + seg_d(segs) + " " + seg_d(ls) + " Z"
    if extra_before:
        extra_before(art)
    art.fill(sil, "hair")
    if inner:
        art.fill(inner, "hair.shadow")
    if side_shade:
        # shadow strip down the right outer edge
        pts = sample_segs(rs, 8)
        if len(pts) > 4:
            inn = []
            n = len(pts)
            for i, p in enumerate(pts):
                k = 30 * math.sin(math.pi * i / (n - 1)) ** 0.6
                inn.append(add(p, (-k, 0)))
            art.fill(
                poly_d(pts, close=False) + " " + poly_d(list(reversed(inn)), close=True, move=False),
                "hair.shadow",
            )
    if lock_shade:
        for nr, tip, nl, s1, s2 in locks:
            w = abs(nr[0] - nl[0])
            if length(sub(tip, nr)) < 25:
                continue
            top = add(nr, (-3, -min(90, 30 + w * 0.6)))
            inward = mul(unit(sub(nl, nr)), w * 0.4)
            ctrl = add(lerp(top, tip, 0.5), inward)
            art.fill(f"M{f(top)} L{f(nr)} " + seg_d([s1]) + f" Q{f(ctrl)} {f(top)} Z", "hair.shadow")
    # shine streaks on the lit (left) side
    # placed just inside the left outline so they never leave the silhouette
    lpts = [p for p in sample_segs(ls, 10) if 420 < p[1] < 640]
    lpts.sort(key=lambda p: p[1])
    for i in range(streaks if len(lpts) > 6 else 0):
        a = lpts[int(len(lpts) * (0.1 + 0.7 * i / max(1, streaks)))]
        b = lpts[min(len(lpts) - 1, int(len(lpts) * (0.1 + 0.7 * i / max(1, streaks))) + 4)]
        inset = 22 + 14 * (i % 2)
        art.fill(lens(add(a, (inset, 0)), add(b, (inset - 2, 0)), 4, bend=2), "hair.highlight")
    for i, (nr, tip, nl, s1, s2) in enumerate(locks):
        if i == len(locks) - 1:
            continue
        target = flow_to or (nl[0] + (512 - nl[0]) * 0.15, 300)
        p1 = lerp(nl, target, line_len * rnd.uniform(0.7, 1.2))
        art.ink(taper(add(nl, (0, 2)), p1, 3.0, bend=(nl[0] - 512) * 0.03))
    art.line(sil, 6.5)
    if extra_after:
        extra_after(art)
    return art


def back_contour(seed, d_top=14, d_side=22, bumps=6, bump=10):
    return Contour(d_top=d_top, d_side=d_side, t0=-12, t1=-12, bumps=bumps, bump=bump, seed=seed)


def tail_shape(art, centre, wfun, tips=3, seed=1, tie=None, tie_w=None):
    """A big clump of hair (twin tail, ponytail, long lock) along a centre line, ending in sub-tips."""
    rnd = random.Random(seed)
    pts, left, right = ribbon(centre, wfun, 12)
    # split the end into several tips
    end = pts[-1]
    m = len(pts)
    cut = int(m * 0.82)
    L, Rr = left[:cut], right[:cut]
    tipd = ""
    a, b = L[-1], Rr[-1]
    dirv = unit(sub(pts[-1], pts[cut - 1]))
    tips_pts = []
    for k in range(tips):
        base = lerp(a, b, (k + 0.5) / tips)
        ln = length(sub(end, pts[cut - 1])) * rnd.uniform(0.75, 1.15)
        tips_pts.append(add(base, add(mul(dirv, ln), mul(perp(dirv), rnd.uniform(-10, 10)))))
    d = f"M{f(L[0])} " + " ".join(f"L{f(p)}" for p in L[1:])
    prev = a
    for k, tp in enumerate(tips_pts):
        nxt = lerp(a, b, (k + 1) / tips) if k < tips - 1 else b
        notch = add(lerp(prev, nxt, 0.5) if k < tips - 1 else b, (0, 0))
        c1 = add(prev, mul(dirv, length(sub(tp, prev)) * 0.5))
        d += f" Q{f(c1)} {f(tp)}"
        if k < tips - 1:
            nn = add(lerp(a, b, (k + 1) / tips), mul(dirv, length(sub(tp, prev)) * 0.25))
            d += f" Q{f(add(lerp(tp, nn, 0.5), mul(dirv, -5)))} {f(nn)}"
            prev = nn
        else:
            d += f" Q{f(add(b, mul(dirv, length(sub(tp, b)) * 0.5)))} {f(b)}"
    d += " " + " ".join(f"L{f(p)}" for p in reversed(Rr)) + " Z"
    art.fill(d, "hair")
    # shadow along the right-hand edge (the side away from the light)
    inner = []
    for i, p in enumerate(Rr):
        q = lerp(p, L[i], 0.38 * math.sin(math.pi * min(1, i / (len(Rr) - 1) * 0.9 + 0.1)) + 0.05)
        inner.append(q)
    art.fill(poly_d(Rr, close=False) + " " + poly_d(list(reversed(inner)), move=False), "hair.shadow")
    # highlight streak near the lit edge
    i0, i1 = int(len(L) * 0.15), int(len(L) * 0.5)
    art.fill(lens(lerp(L[i0], Rr[i0], 0.25), lerp(L[i1], Rr[i1], 0.22), 5), "hair.highlight")
    # inner clump lines
    for k in range(1, tips):
        nn = lerp(a, b, k / tips)
        j = int(cut * rnd.uniform(0.35, 0.55))
        art.ink(taper(add(nn, mul(dirv, 18)), lerp(L[j], Rr[j], k / tips), 2.6, bend=rnd.uniform(-6, 6)))
    art.line(d.replace(" Z", ""), 6.0)  # the root stays open: it grows out of the hair above
    if tie:
        p, ang = tie
        w = tie_w or wfun(0.05) + 6
        n = perp(unit(sub(centre[1], centre[0])))
        dd = unit(sub(centre[1], centre[0]))
        c = p
        q = [
            add(add(c, mul(n, w)), mul(dd, -12)),
            add(add(c, mul(n, w)), mul(dd, 12)),
            add(add(c, mul(n, -w)), mul(dd, 12)),
            add(add(c, mul(n, -w)), mul(dd, -12)),
        ]
        art.shape(
            f"M{f(q[0])} Q{f(add(c, mul(n, w * 1.25)))} {f(q[1])} L{f(q[2])} Q{f(add(c, mul(n, -w * 1.25)))} {f(q[3])} Z",
            "accessory",
            w=4,
        )
    return d


def braid_shape(art, centre, w0=34, w1=22, seed=1, tuft=True, taper_ends=False):
    """A three-strand braid: a chain of slanted leaf shapes along a centre line."""
    segs = spline_segs(centre)
    pts = sample_segs(segs, 30)
    # cumulative length
    cum = [0.0]
    for i in range(1, len(pts)):
        cum.append(cum[-1] + length(sub(pts[i], pts[i - 1])))
    total = cum[-1]

    def at(s):
        for i in range(1, len(cum)):
            if cum[i] >= s:
                t = (s - cum[i - 1]) / max(1e-6, cum[i] - cum[i - 1])
                p = lerp(pts[i - 1], pts[i], t)
                return p, unit(sub(pts[i], pts[i - 1]))
        return pts[-1], unit(sub(pts[-1], pts[-2]))

    # braid body (seen between the strands), then chevron lobes alternating from each edge to the centre
    def bw(t):
        k_ = min(1.0, t * 7, (1 - t) * 7) ** 0.6 if taper_ends else 1.0
        return (w0 + (w1 - w0) * t) * 0.92 * max(0.05, k_)

    cen, bl, br = ribbon(centre, bw, 10)
    body = poly_d(bl, close=False) + " " + poly_d(list(reversed(br)), move=False)
    art.fill(body, "hair.shadow")
    step = w0 * 0.9
    s = step * 0.3
    k = 0
    leaves = []
    while s < total - step * 0.5:
        p, dv = at(s)
        w = bw(s / total) / 0.92
        n = perp(dv)
        side = 1 if k % 2 == 0 else -1
        if w < w0 * 0.35:
            s += step * 0.62
            k += 1
            continue
        a = add(p, mul(n, side * w * 0.98))
        b = add(add(p, mul(n, -side * w * 0.12)), mul(dv, w * 1.25))
        mid = lerp(a, b, 0.5)
        bulge = perp(unit(sub(b, a)))
        if dot(bulge, dv) < 0:
            bulge = mul(bulge, -1)
        d = (
            f"M{f(a)} C{f(add(a, mul(bulge, -w * 0.55)))} {f(add(b, mul(bulge, -w * 0.45)))} {f(b)} "
            f"C{f(add(b, mul(bulge, w * 0.5)))} {f(add(a, mul(bulge, w * 0.4)))} {f(a)} Z"
        )
        leaves.append((d, a, b, bulge, w, mid))
        s += step * 0.62
        k += 1
    for d, a, b, bulge, w, mid in leaves:
        art.fill(d, "hair")
        sh = (
            f"M{f(b)} C{f(add(b, mul(bulge, w * 0.5)))} {f(add(a, mul(bulge, w * 0.4)))} {f(a)} "
            f"C{f(add(a, mul(bulge, w * 0.12)))} {f(add(b, mul(bulge, w * 0.18)))} {f(b)} Z"
        )
        art.fill(sh, "hair.shadow")
        art.fill(lens(lerp(a, b, 0.15), lerp(a, b, 0.55), 2.8, bend=-w * 0.1), "hair.highlight")
        art.line(d, 4)
    art.line(body, 5)
    end, dv = at(total)
    if tuft:
        n = perp(dv)
        tie_c = end
        art.shape(
            f"M{f(add(tie_c, mul(n, 14)))} L{f(add(add(tie_c, mul(n, 14)), mul(dv, 14)))} "
            f"L{f(add(add(tie_c, mul(n, -14)), mul(dv, 14)))} L{f(add(tie_c, mul(n, -14)))} Z",
            "accessory",
            w=4,
        )
        base = add(tie_c, mul(dv, 14))
        tips = [
            add(add(base, mul(dv, 60)), mul(n, 14)),
            add(add(base, mul(dv, 74)), mul(n, -4)),
            add(add(base, mul(dv, 56)), mul(n, -18)),
        ]
        l0, r0 = add(base, mul(n, 13)), add(base, mul(n, -13))
        d = (
            f"M{f(l0)} Q{f(add(add(base, mul(n, 24)), mul(dv, 30)))} {f(tips[0])} "
            f"Q{f(add(base, mul(dv, 40)))} {f(tips[1])} Q{f(add(add(base, mul(dv, 34)), mul(n, -6)))} {f(tips[2])} "
            f"Q{f(add(add(base, mul(n, -22)), mul(dv, 24)))} {f(r0)} Z"
        )
        art.shape(d, "hair", w=4.5)
        art.fill(
            f"M{f(r0)} Q{f(add(add(base, mul(n, -22)), mul(dv, 24)))} {f(tips[2])} Q{f(add(base, mul(dv, 30)))} {f(r0)} Z",
            "hair.shadow",
        )
    return leaves


def back_styles():
    S = {}

    def short():
        c = back_contour(101)
        e = sym_edge(
            R(
                ("t", 724, 650, -0.3),
                ("n", 700, 600),
                ("t", 670, 676, -0.2),
                ("n", 640, 622),
                ("t", 600, 690, -0.1),
                ("n", 566, 640),
            ),
            centre=("T", (512, 700), (0, 1), 0),
            seed=1,
        )
        inner = smooth_d([(350, 500), (674, 500), (668, 560), (604, 620), (512, 645), (420, 620), (356, 560)])
        return build_back(c, [(744, 520), (736, 600)], e, seed=101, inner=inner)

    S["short"] = short

    def bob():
        c = back_contour(111, d_side=30)
        e = sym_edge(
            R(
                ("t", 738, 712, -0.6, 0.2),
                ("n", 716, 650),
                ("t", 690, 712, -0.45),
                ("n", 662, 662),
                ("t", 630, 716, -0.35),
                ("n", 600, 676),
                ("t", 566, 722, -0.2),
                ("n", 540, 690),
            ),
            centre=("T", (512, 726), (0, 1), 0),
            seed=2,
        )
        inner = smooth_d([(340, 520), (684, 520), (700, 640), (640, 680), (512, 690), (384, 680), (324, 640)])
        return build_back(c, [(758, 540), (764, 640)], e, seed=111, inner=inner)

    S["bob"] = bob

    def medium():
        c = back_contour(121, d_side=30)
        e = sym_edge(
            R(
                ("t", 792, 850, 0.35),
                ("n", 752, 760),
                ("t", 730, 835, 0.15),
                ("n", 700, 770),
                ("t", 666, 840, 0.0),
                ("n", 636, 780),
                ("t", 600, 845, -0.1),
                ("n", 560, 790),
            ),
            centre=("T", (512, 850), (0, 1), 0),
            seed=3,
        )
        inner = smooth_d([(330, 520), (694, 520), (720, 700), (690, 770), (512, 790), (334, 770), (304, 700)])
        return build_back(c, [(760, 560), (774, 700), (782, 780)], e, seed=121, inner=inner)

    S["medium"] = medium

    def long_straight():
        c = back_contour(131, d_side=28)
        e = sym_edge(
            R(
                ("t", 780, 1012, 0.05),
                ("n", 756, 930),
                ("t", 726, 1016, 0.0),
                ("n", 700, 940),
                ("t", 664, 1018, -0.05),
                ("n", 630, 950),
            ),
            centre=("T", (560, 1018), (0, 1), 0),
            seed=4,
        )
        inner = smooth_d([(330, 520), (694, 520), (730, 760), (720, 930), (512, 940), (304, 930), (294, 760)])
        return build_back(c, [(752, 560), (768, 760), (778, 930)], e, seed=131, inner=inner)

    S["long_straight"] = long_straight

    def very_long():
        c = back_contour(141, d_side=32, d_top=18)
        e = sym_edge(
            R(
                ("t", 830, 1016, 0.2),
                ("n", 800, 940),
                ("t", 770, 1018, 0.1),
                ("n", 740, 950),
                ("t", 700, 1020, 0.0),
                ("n", 660, 960),
            ),
            centre=("T", (580, 1020), (0, 1), 0),
            seed=5,
        )
        inner = smooth_d([(330, 520), (694, 520), (740, 760), (740, 940), (512, 950), (284, 940), (284, 760)])
        return build_back(
            c, [(762, 580), (790, 760), (812, 900), (826, 960)], e, seed=141, inner=inner, streaks=4
        )

    S["very_long"] = very_long

    def wavy_long():
        c = back_contour(151, d_side=32, bumps=7, bump=14)
        e = sym_edge(
            R(
                ("t", 808, 992, 0.5),
                ("n", 772, 900),
                ("t", 752, 990, -0.4),
                ("n", 716, 910),
                ("t", 690, 1000, 0.4),
                ("n", 650, 920),
            ),
            centre=("T", (570, 1004), (-0.2, 1), 0),
            seed=6,
        )
        inner = smooth_d([(330, 520), (694, 520), (720, 760), (700, 900), (512, 910), (324, 900), (304, 760)])
        side = [(770, 540), (786, 620), (760, 700), (778, 790), (800, 870), (790, 930)]
        art = build_back(c, side, e, seed=151, inner=inner, streaks=2)
        # wavy flow lines along the sides
        for sgn in (1, -1):
            pts = [(746, 560), (760, 630), (740, 700), (756, 790), (772, 880)]
            if sgn < 0:
                pts = [mirror(p) for p in pts]
            art.els.insert(
                -1,
                f'<path d="{smooth_d(pts, close=False)}" fill="none" stroke="{col("hair.line")}" '
                f'data-stroke-slot="hair.line" stroke-width="3" stroke-linecap="round" data-role="line"/>',
            )
        return art

    S["wavy_long"] = wavy_long

    def twin_tails():
        # tied high at the sides of the crown: the tail leaves the head sideways, then falls;
        # the tie sits just outside the fringe's silhouette so it stays visible
        root = [(330, 232), (262, 258), (220, 336), (204, 500), (214, 700), (254, 920)]

        def tails(art):
            for sgn in (1, -1):
                cl = root if sgn > 0 else [mirror(p) for p in root]
                tail_shape(
                    art,
                    cl,
                    lambda t: 22 + 58 * math.sin(math.pi * min(1, t * 1.25)) ** 0.7 - 10 * t,
                    tips=3,
                    seed=7 if sgn > 0 else 8,
                )

        c = back_contour(161)
        e = sym_edge(
            R(
                ("t", 722, 650, -0.3),
                ("n", 698, 600),
                ("t", 668, 672, -0.2),
                ("n", 636, 620),
                ("t", 598, 688, -0.1),
                ("n", 566, 640),
            ),
            centre=("T", (512, 698), (0, 1), 0),
            seed=7,
        )
        inner = smooth_d([(350, 500), (674, 500), (668, 560), (604, 620), (512, 645), (420, 620), (356, 560)])

        def ties(art):
            for sgn in (1, -1):
                c0, c1 = (root[0], root[1]) if sgn > 0 else (mirror(root[0]), mirror(root[1]))
                dd = unit(sub(c1, c0))
                n = perp(dd)
                c = add(lerp(c0, c1, 0.62), (0, 2))
                w, h = 30, 13
                q = [
                    add(add(c, mul(n, w)), mul(dd, -h)),
                    add(add(c, mul(n, w)), mul(dd, h)),
                    add(add(c, mul(n, -w)), mul(dd, h)),
                    add(add(c, mul(n, -w)), mul(dd, -h)),
                ]
                d = (
                    f"M{f(q[0])} Q{f(add(add(c, mul(n, w * 1.2)), mul(dd, 0)))} {f(q[1])} "
                    f"Q{f(add(c, mul(dd, h * 1.5)))} {f(q[2])} Q{f(add(c, mul(n, -w * 1.2)))} {f(q[3])} "
                    f"Q{f(add(c, mul(dd, -h * 1.1)))} {f(q[0])} Z"
                )
                art.shape(d, "accessory", w=4.5)
                # a highlight on the lit (upper) half of the band
                art.fill(
                    lens(
                        add(c, add(mul(n, w * 0.75 * sgn), mul(dd, -3))),
                        add(c, add(mul(n, w * 0.1 * sgn), mul(dd, -5))),
                        3.2,
                    ),
                    "accessory.highlight",
                )

        return build_back(
            c, [(744, 520), (736, 600)], e, seed=161, inner=inner, extra_before=tails, extra_after=ties
        )

    S["twin_tails"] = twin_tails

    def ponytail_high():
        def tail(art):
            tail_shape(
                art,
                [(600, 150), (720, 140), (806, 250), (822, 440), (790, 640), (748, 790)],
                lambda t: 40 + 36 * math.sin(math.pi * min(1, t * 1.2)) - 8 * t,
                tips=3,
                seed=9,
            )
            art.shape(smooth_d([(590, 120), (628, 112), (640, 170), (600, 180)]), "accessory", w=4)

        c = back_contour(171, d_top=10)
        e = sym_edge(
            R(
                ("t", 718, 640, -0.3),
                ("n", 694, 596),
                ("t", 662, 664, -0.2),
                ("n", 630, 616),
                ("t", 592, 676, -0.1),
                ("n", 562, 636),
            ),
            centre=("T", (512, 690), (0, 1), 0),
            seed=9,
        )
        inner = smooth_d([(350, 500), (674, 500), (668, 560), (604, 616), (512, 640), (420, 616), (356, 560)])
        return build_back(c, [(738, 520), (730, 596)], e, seed=171, inner=inner, extra_before=tail)

    S["ponytail_high"] = ponytail_high

    def ponytail_low():
        def tail(art):
            tail_shape(
                art,
                [(560, 600), (640, 700), (690, 820), (700, 960)],
                lambda t: 40 + 26 * math.sin(math.pi * min(1, t * 1.2)) - 10 * t,
                tips=3,
                seed=10,
                tie=((585, 640), 0),
                tie_w=44,
            )

        c = back_contour(181, d_top=8, d_side=14)
        e = sym_edge(
            R(
                ("t", 712, 600, -0.4),
                ("n", 690, 560),
                ("t", 660, 620, -0.3),
                ("n", 630, 580),
                ("t", 594, 640, -0.2),
                ("n", 566, 606),
            ),
            centre=("T", (512, 650), (0, 1), 0),
            seed=10,
        )
        inner = smooth_d([(360, 500), (664, 500), (660, 540), (600, 580), (512, 610), (424, 580), (364, 540)])
        return build_back(c, [(728, 500), (724, 560)], e, seed=181, inner=inner, extra_after=tail)

    S["ponytail_low"] = ponytail_low

    def bun_art(art, cx, cy, r, seed):
        d, pts = blob(cx, cy, r, 7, r * 0.08, seed, start=-0.3)
        art.fill(d, "hair")
        art.fill(
            f"M{f((cx + r * 0.95, cy - r * 0.2))} Q{f((cx + r * 0.9, cy + r * 0.95))} {f((cx - r * 0.3, cy + r * 0.95))} "
            f"Q{f((cx + r * 0.55, cy + r * 0.45))} {f((cx + r * 0.95, cy - r * 0.2))} Z",
            "hair.shadow",
        )
        art.fill(
            lens((cx - r * 0.6, cy - r * 0.25), (cx - r * 0.05, cy - r * 0.72), 6, bend=-8), "hair.highlight"
        )
        # swirl clump lines
        for k in range(3):
            a = -0.8 + k * 2.1
            p0 = (cx + r * 0.92 * math.cos(a), cy + r * 0.92 * math.sin(a))
            p1 = (cx + r * 0.25 * math.cos(a + 1.6), cy + r * 0.25 * math.sin(a + 1.6))
            art.ink(taper(p0, p1, 3.2, bend=r * 0.18))
        art.line(d, 6)

    def bun():
        c = back_contour(191, d_top=8, d_side=14)
        e = sym_edge(
            R(
                ("t", 712, 600, -0.4),
                ("n", 690, 560),
                ("t", 660, 620, -0.3),
                ("n", 630, 580),
                ("t", 594, 640, -0.2),
                ("n", 566, 606),
            ),
            centre=("T", (512, 650), (0, 1), 0),
            seed=11,
        )
        inner = smooth_d([(360, 500), (664, 500), (660, 540), (600, 580), (512, 610), (424, 580), (364, 540)])
        return build_back(
            c,
            [(728, 500), (724, 560)],
            e,
            seed=191,
            inner=inner,
            extra_before=lambda a: bun_art(a, 512, 112, 74, 12),
        )

    S["bun"] = bun

    def double_buns():
        c = back_contour(201, d_top=8, d_side=14)
        e = sym_edge(
            R(
                ("t", 712, 600, -0.4),
                ("n", 690, 560),
                ("t", 660, 620, -0.3),
                ("n", 630, 580),
                ("t", 594, 640, -0.2),
                ("n", 566, 606),
            ),
            centre=("T", (512, 650), (0, 1), 0),
            seed=12,
        )
        inner = smooth_d([(360, 500), (664, 500), (660, 540), (600, 580), (512, 610), (424, 580), (364, 540)])

        def buns(art):
            bun_art(art, 338, 168, 64, 13)
            bun_art(art, 686, 168, 64, 14)

        return build_back(c, [(728, 500), (724, 560)], e, seed=201, inner=inner, extra_after=buns)

    S["double_buns"] = double_buns

    def braids_two():
        c = back_contour(211, d_top=8, d_side=16)
        e = sym_edge(
            R(
                ("t", 712, 610, -0.4),
                ("n", 690, 566),
                ("t", 660, 626, -0.3),
                ("n", 630, 586),
                ("t", 594, 644, -0.2),
                ("n", 566, 610),
            ),
            centre=("T", (512, 654), (0, 1), 0),
            seed=13,
        )
        inner = smooth_d([(360, 500), (664, 500), (660, 540), (600, 580), (512, 610), (424, 580), (364, 540)])

        def braids(art):
            braid_shape(art, [(326, 540), (318, 660), (322, 780), (334, 860)], seed=1)
            braid_shape(art, [(698, 540), (706, 660), (702, 780), (690, 860)], seed=2)

        return build_back(c, [(730, 506), (726, 566)], e, seed=211, inner=inner, extra_after=braids)

    S["braids_two"] = braids_two

    def braid_single():
        c = back_contour(221, d_top=8, d_side=16)
        e = sym_edge(
            R(
                ("t", 712, 610, -0.4),
                ("n", 690, 566),
                ("t", 660, 626, -0.3),
                ("n", 630, 586),
                ("t", 594, 644, -0.2),
                ("n", 566, 610),
            ),
            centre=("T", (512, 654), (0, 1), 0),
            seed=14,
        )
        inner = smooth_d([(360, 500), (664, 500), (660, 540), (600, 580), (512, 610), (424, 580), (364, 540)])
        return build_back(
            c,
            [(730, 506), (726, 566)],
            e,
            seed=221,
            inner=inner,
            extra_after=lambda a: braid_shape(
                a, [(640, 600), (700, 690), (716, 800), (706, 920)], w0=38, w1=26, seed=3
            ),
        )

    S["braid_single"] = braid_single

    def buzz_back():
        c = Contour(d_top=-2, d_side=2, t0=-14, t1=-14, bumps=6, bump=3, seed=231)
        e = sym_edge(
            R(("t", 690, 560, -0.5), ("n", 668, 540), ("t", 630, 596, -0.3), ("n", 600, 570)),
            centre=("T", (512, 610), (0, 1), 0),
            seed=15,
        )
        inner = smooth_d([(380, 480), (644, 480), (640, 520), (590, 550), (512, 575), (434, 550), (384, 520)])
        return build_back(c, [(710, 500)], e, seed=231, inner=inner, streaks=0, side_shade=False)

    S["buzz_back"] = buzz_back

    def locs():
        c = back_contour(241, d_top=12, d_side=26)
        e = sym_edge(
            R(
                ("t", 740, 780, 0.1),
                ("n", 716, 720),
                ("t", 690, 790, 0.0),
                ("n", 660, 730),
                ("t", 630, 796, 0.0),
                ("n", 596, 740),
            ),
            centre=("T", (540, 800), (0, 1), 0),
            seed=16,
        )
        inner = smooth_d([(340, 520), (684, 520), (706, 700), (640, 730), (512, 740), (384, 730), (318, 700)])

        def ropes(art):
            rnd = random.Random(241)
            for sgn in (1, -1):
                for k, (x0, y0, x1, y1) in enumerate(
                    [(742, 330, 790, 820), (700, 420, 736, 850), (748, 460, 770, 880), (676, 520, 700, 800)]
                ):
                    pts = [(x0, y0), ((x0 + x1) / 2 + rnd.uniform(-8, 8), (y0 + y1) / 2), (x1, y1)]
                    if sgn < 0:
                        pts = [mirror(p) for p in pts]
                    loc_rope(art, pts, 19, seed=k * 7 + (sgn > 0))

        return build_back(c, [(752, 560), (760, 700)], e, seed=241, inner=inner, extra_after=ropes, streaks=0)

    S["locs"] = locs

    def afro():
        art = Art()
        d, pts = blob(512, 360, 300, 24, 10, 251, sy=0.95)
        art.fill(d, "hair")
        inner_d, _ = blob(512, 470, 200, 14, 8, 252, sy=0.9)
        art.fill(inner_d, "hair.shadow")
        # shadow on the lower right of the mass
        art.fill(
            f"M{f((800, 300))} Q{f((830, 520))} {f((640, 650))} Q{f((760, 480))} {f((800, 300))} Z",
            "hair.shadow",
        )
        curl_texture(art, 512, 360, 290, 251, n=46, sy=0.95)
        art.line(d, 6.5)
        return art

    S["afro"] = afro

    def curly_medium():
        # shoulder-length curls: a full, bumpy mass whose lower locks hook round into curls
        c = Contour(d_top=30, d_side=44, t0=-12, t1=-12, bumps=9, bump=16, seed=261)
        e = Edge()
        e.items = [
            ("T", (812, 770), unit((0.9, -0.5)), -0.5),
            ("N", (770, 700)),
            ("T", (760, 800), unit((-1.0, -0.6)), 0.6),
            ("N", (720, 720)),
            ("T", (700, 790), unit((1.0, -0.6)), -0.5),
            ("N", (660, 720)),
            ("T", (620, 780), unit((-1.0, -0.5)), 0.5),
            ("N", (580, 730)),
            ("T", (512, 770), unit((0, 1)), 0),
            ("N", (444, 730)),
            ("T", (404, 780), unit((1.0, -0.5)), -0.5),
            ("N", (364, 720)),
            ("T", (324, 790), unit((-1.0, -0.6)), 0.5),
            ("N", (304, 720)),
            ("T", (264, 800), unit((1.0, -0.6)), -0.6),
            ("N", (254, 700)),
            ("T", (212, 770), unit((-0.9, -0.5)), 0.5),
        ]
        inner = smooth_d([(330, 520), (694, 520), (716, 690), (512, 720), (308, 690)])
        side = [(780, 520), (800, 600), (790, 660), (812, 730)]

        def curlmarks(art):
            for x, y, sg in [
                (792, 752, 1),
                (738, 772, -1),
                (684, 764, 1),
                (340, 764, -1),
                (286, 772, 1),
                (232, 752, -1),
            ]:
                art.line(
                    f"M{f((x - sg * 6, y - 50))} C{f((x - sg * 22, y - 6))} {f((x + sg * 8, y + 12))} {f((x + sg * 18, y - 8))}",
                    3,
                )
            for x, y in [(760, 560), (266, 560), (776, 640), (248, 640)]:
                art.line(
                    f"M{f((x - 10, y - 18))} C{f((x + 16, y - 12))} {f((x + 14, y + 14))} {f((x - 6, y + 14))}",
                    3,
                )

        return build_back(
            c,
            side,
            e,
            left_side=[mirror(p_) for p_ in reversed(side)],
            seed=261,
            inner=inner,
            extra_after=curlmarks,
            streaks=2,
            streak_x=(250, 290),
        )

    S["curly_medium"] = curly_medium

    return S


def scallop(art, spots):
    """A bumpy (coily) hairline: overlapping round tufts, outlined only along their lower rims."""
    for x, y, r in spots:
        art.fill(
            f"M{x - r:.1f},{y:.1f} A{r:.1f},{r:.1f} 0 1 0 {x + r:.1f},{y:.1f} A{r:.1f},{r:.1f} 0 1 0 {x - r:.1f},{y:.1f} Z".replace(
                "A", "Q"
            )
            if False
            else blob(x, y, r, 6, r * 0.08, int(x * 3 + y))[0],
            "hair",
        )
    for x, y, r in spots:
        art.fill(
            f"M{f((x + r * 0.9, y))} Q{f((x + r * 0.7, y + r * 1.05))} {f((x - r * 0.3, y + r * 0.95))} "
            f"Q{f((x + r * 0.45, y + r * 0.45))} {f((x + r * 0.9, y))} Z",
            "hair.shadow",
        )
    for x, y, r in spots:
        art.line(
            f"M{f((x - r, y + r * 0.05))} Q{f((x - r * 0.95, y + r * 1.05))} {f((x, y + r * 1.02))} "
            f"Q{f((x + r * 0.95, y + r * 1.05))} {f((x + r, y + r * 0.05))}",
            5,
        )


def curl_ball(art, x, y, r, seed, n=7, mark="spiral"):
    """One springy curl seen end-on: bumpy ball, shadow on the lower right, spiral line, small shine."""
    rnd = random.Random(seed)
    cd, _ = blob(x, y, r, n, r * 0.1, seed)
    art.shape(cd, "hair", w=max(3.5, r * 0.13))
    art.fill(
        f"M{f((x + r * 0.95, y - r * 0.25))} Q{f((x + r * 0.85, y + r * 1.0))} {f((x - r * 0.55, y + r * 0.85))} "
        f"Q{f((x + r * 0.4, y + r * 0.4))} {f((x + r * 0.95, y - r * 0.25))} Z",
        "hair.shadow",
    )
    art.fill(
        lens((x - r * 0.62, y - r * 0.1), (x - r * 0.1, y - r * 0.62), r * 0.1, bend=-r * 0.12),
        "hair.highlight",
    )
    if mark == "spiral":
        art.line(spiral_d(x + r * 0.05, y + r * 0.02, r * 0.55, rnd.uniform(0, 6)), max(2.2, r * 0.07))
    else:
        a = rnd.uniform(-0.6, 0.6)
        p0 = (x + r * 0.5 * math.cos(a - 1.2), y + r * 0.5 * math.sin(a - 1.2))
        p1 = (x + r * 0.5 * math.cos(a + 1.9), y + r * 0.5 * math.sin(a + 1.9))
        art.ink(
            f"M{f(p0)} Q{f((x + r * 0.75 * math.cos(a + 0.35), y + r * 0.75 * math.sin(a + 0.35)))} {f(p1)} "
            f"Q{f((x + r * 0.45 * math.cos(a + 0.35), y + r * 0.45 * math.sin(a + 0.35)))} {f(p0)} Z"
        )
    art.line(cd, max(3.5, r * 0.13))


def spiral_d(cx, cy, r, a0, turns=1.2):
    pts = []
    n = 14
    for i in range(n + 1):
        t = i / n
        a = a0 + t * turns * 2 * math.pi
        rr = r * (1 - 0.75 * t)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return smooth_d(pts, close=False)


def curl_texture(art, cx, cy, r, seed, n=40, sy=1.0, inner_only=False, ymax=None):
    """Small C-shaped curl marks inside a round mass (afro / coils), highlights toward the upper left."""
    rnd = random.Random(seed)
    for i in range(n):
        a = rnd.uniform(0, 2 * math.pi)
        rr = r * math.sqrt(rnd.uniform(0.05, 0.85))
        x, y = cx + rr * math.cos(a), cy + rr * math.sin(a) * sy
        if inner_only and y > cy + r * 0.3:
            continue
        if ymax and y > ymax(x):
            continue
        s = rnd.uniform(14, 24)
        b = rnd.uniform(0, 2 * math.pi)
        p0 = (x + s * math.cos(b), y + s * math.sin(b))
        p1 = (x + s * math.cos(b + 2.4), y + s * math.sin(b + 2.4))
        c = (x - s * 0.9 * math.cos(b + 1.2), y - s * 0.9 * math.sin(b + 1.2))
        lit = (x - cx) + (y - cy) < -r * 0.35
        if lit:
            art.fill(lens(p0, p1, 4, bend=-s * 0.5), "hair.highlight")
        else:
            art.ink(f"M{f(p0)} Q{f(c)} {f(p1)} Q{f(lerp(c, (x, y), 0.5))} {f(p0)} Z")


def loc_rope(art, pts, w, seed=0, slot_shadow=True, cast_only=False):
    """One loc: a slightly uneven rope with a rounded end, twist marks on alternate sides and a lit edge.
    cast_only: draw only the shadow the loc casts on the forehead (call before the hair is drawn)."""
    rnd = random.Random(seed)
    ph = rnd.uniform(0, 6)
    cen, left, right = ribbon(
        pts, lambda t: w * (0.75 + 0.25 * min(1, t * 6) - 0.12 * t) * (1 + 0.06 * math.sin(ph + t * 19)), 10
    )
    end = cen[-1]
    dv = unit(sub(cen[-1], cen[-2]))
    tipc = add(end, mul(dv, w * 0.9))
    d = (
        poly_d(left, close=False)
        + f" Q{f(add(left[-1], mul(dv, w * 0.8)))} {f(tipc)} Q{f(add(right[-1], mul(dv, w * 0.8)))} {f(right[-1])} "
        + " ".join(f"L{f(p)}" for p in reversed(right))
        + " Z"
    )
    if cast_only:
        outline = list(left) + [tipc] + list(reversed(right))
        art.fill(poly_d([cast_point(p) for p in outline]), "skin.shadow")
        return
    art.fill(d, "hair")
    inner = [lerp(r_, l_, 0.42) for r_, l_ in zip(right, left)]
    art.fill(poly_d(right, close=False) + " " + poly_d(list(reversed(inner)), move=False), "hair.shadow")
    m = len(cen)
    # twist marks: short slanted strokes, alternating from each side
    step = max(2, int(m / (length(sub(cen[-1], cen[0])) / (w * 1.5))))
    k = 0
    for i in range(step, m - 2, step):
        a, b = left[i], right[i]
        dd = unit(sub(cen[min(m - 1, i + 1)], cen[i - 1]))
        if k % 2 == 0:
            p0, p1 = lerp(a, b, 0.02), add(lerp(a, b, 0.6), mul(dd, w * 0.5))
        else:
            p0, p1 = lerp(b, a, 0.02), add(lerp(b, a, 0.6), mul(dd, w * 0.5))
        art.ink(taper(p0, p1, 2.2, bend=2))
        k += 1
    i0, i1 = int(m * 0.12), int(m * 0.55)
    art.fill(lens(lerp(left[i0], right[i0], 0.24), lerp(left[i1], right[i1], 0.22), 2.6), "hair.highlight")
    # outline the sides and the end only; the root melts into the hair
    art.line(d.replace(" Z", ""), 5)


# ----------------------------------------------------------------------------------------------------------
# side locks (hair_side)


def side_pair(builder):
    """Draw a lock on the viewer's left with builder(art, sgn=+1) and its mirror with sgn=-1."""
    art = Art()
    for sgn in (1, -1):
        builder(art, sgn)
    return art


def mx(p, sgn):
    return p if sgn > 0 else mirror(p)


def side_styles():
    S = {}

    def long_locks():
        def b(art, sgn):
            pts = [mx(p, sgn) for p in [(342, 322), (320, 450), (316, 590), (330, 700)]]
            tail_shape(
                art,
                pts,
                lambda t: 22 + 14 * math.sin(math.pi * min(1, t * 1.4)) - 6 * t,
                tips=2,
                seed=300 + sgn,
            )

        return side_pair(b)

    S["long_locks"] = long_locks

    def short_tufts():
        def b(art, sgn):
            pts = [mx(p, sgn) for p in [(342, 330), (320, 440), (320, 530)]]
            tail_shape(art, pts, lambda t: 22 + 10 * math.sin(math.pi * t), tips=2, seed=310 + sgn)

        return side_pair(b)

    S["short_tufts"] = short_tufts

    def tied_locks():
        def b(art, sgn):
            pts = [mx(p, sgn) for p in [(342, 322), (322, 450), (318, 600), (326, 720)]]
            tail_shape(
                art,
                pts,
                lambda t: 20 + 6 * t + 14 * max(0, t - 0.62) * 3,
                tips=3,
                seed=320 + sgn,
                tie=(mx((318, 600), sgn), 0),
                tie_w=26,
            )

        return side_pair(b)

    S["tied_locks"] = tied_locks

    def curly_locks():
        # ringlets ("drill" curls): a lock from the temple winding into stacked coils that narrow downward
        def b(art, sgn):
            tail_shape(
                art,
                [mx(p, sgn) for p in [(342, 326), (324, 420), (322, 480)]],
                lambda t: 22,
                tips=1,
                seed=331 + sgn,
            )
            coils = [
                (322, 490, 30),
                (324, 528, 28),
                (326, 564, 26),
                (327, 598, 23),
                (328, 628, 20),
                (329, 654, 17),
                (330, 676, 13),
            ]
            body = [mx(p, sgn) for p in [(322, 480), (326, 580), (330, 690)]]
            _, bl_, br_ = ribbon(body, lambda t: 26 - 14 * t, 6)
            art.fill(poly_d(bl_, close=False) + " " + poly_d(list(reversed(br_)), move=False), "hair.shadow")
            for x, y, r in reversed(coils):
                cx, cy = mx((x, y), sgn)
                tilt = -0.35 * sgn
                ca, sa = math.cos(tilt), math.sin(tilt)

                def P(u, v):
                    return (cx + u * ca - v * sa, cy + u * sa + v * ca)

                d = (
                    f"M{f(P(-r, 0))} C{f(P(-r, -r * 0.95))} {f(P(r, -r * 0.95))} {f(P(r, 0))} "
                    f"C{f(P(r, r * 0.9))} {f(P(-r, r * 0.9))} {f(P(-r, 0))} Z"
                )
                art.fill(d, "hair")
                art.fill(
                    f"M{f(P(r, 0))} C{f(P(r, r * 0.8))} {f(P(-r, r * 0.8))} {f(P(-r, 0))} "
                    f"C{f(P(-r * 0.4, r * 0.3))} {f(P(r * 0.5, r * 0.25))} {f(P(r, 0))} Z",
                    "hair.shadow",
                )
                art.fill(
                    lens(P(-r * 0.7, -r * 0.2), P(r * 0.1, -r * 0.5), r * 0.09, bend=-r * 0.1),
                    "hair.highlight",
                )
                art.line(d, 4.5)
                art.line(
                    f"M{f(P(-r * 0.85, r * 0.1))} C{f(P(-r * 0.3, r * 0.45))} {f(P(r * 0.4, r * 0.4))} {f(P(r * 0.8, r * 0.15))}",
                    2.6,
                )

        return side_pair(b)

    S["curly_locks"] = curly_locks

    def tiny_tuft():
        def b(art, sgn):
            pts = [mx(p, sgn) for p in [(340, 340), (326, 430), (330, 500)]]
            tail_shape(art, pts, lambda t: 14 + 6 * math.sin(math.pi * t), tips=1, seed=350 + sgn)

        return side_pair(b)

    S["tiny_tuft"] = tiny_tuft

    def hime_blocks():
        def b(art, sgn):
            pts = [mx(p, sgn) for p in [(340, 326), (332, 480), (330, 640), (331, 668)]]
            tail_shape(art, pts, lambda t: 30, tips=3, seed=360 + sgn)

        return side_pair(b)

    S["hime_blocks"] = hime_blocks

    def wavy_locks():
        def b(art, sgn):
            pts = [mx(p, sgn) for p in [(342, 326), (318, 440), (334, 530), (312, 610), (328, 690)]]
            tail_shape(
                art, pts, lambda t: 20 + 12 * math.sin(math.pi * min(1, t * 1.3)), tips=2, seed=370 + sgn
            )

        return side_pair(b)

    S["wavy_locks"] = wavy_locks

    def braided_locks():
        def b(art, sgn):
            tail_shape(
                art,
                [mx(p, sgn) for p in [(342, 326), (326, 420), (322, 470)]],
                lambda t: 22,
                tips=1,
                seed=380 + sgn,
            )
            braid_shape(
                art, [mx(p, sgn) for p in [(322, 450), (318, 540), (322, 640)]], w0=22, w1=17, seed=381 + sgn
            )

        return side_pair(b)

    S["braided_locks"] = braided_locks
    return S


SIDE_META = {
    "long_locks": {"label": "Long side locks", "ja": "長い触覚", "weight": 1.5},
    "short_tufts": {"label": "Short tufts", "ja": "短いサイド", "weight": 1.5},
    "tied_locks": {"label": "Tied side locks", "ja": "結んだ触覚"},
    "curly_locks": {"label": "Curly side locks", "ja": "巻き髪サイド"},
    "tiny_tuft": {"label": "Tiny tuft", "ja": "小さなサイド", "weight": 1.5},
    "hime_blocks": {"label": "Hime side blocks", "ja": "姫カットサイド"},
    "wavy_locks": {"label": "Wavy side locks", "ja": "ウェーブサイド"},
    "braided_locks": {"label": "Braided side locks", "ja": "三つ編みサイド"},
}

SIDE_HEADER = """
label = "Side locks"
label_ja = "サイドの髪"
optional = true
probability = 0.7
region = [240, 290, 784, 800]
transform = { x = [-6, 6], y = [-8, 8], scale = [0.96, 1.04], rotate = [-3, 3] }
pivot = [512, 440]
"""


# ----------------------------------------------------------------------------------------------------------
# animal ears (fur in the hair slot, fixed pink inner ear)


def place(el: str, x, y, rot, flip=False, sc=1.0):
    sx = "scale(-1,1) " if flip else ""
    if sc != 1.0:
        sx += f"scale({sc})"
    return f'<g transform="translate({x:.1f},{y:.1f}) rotate({rot:.1f}) {sx}">{el}</g>'


def ear_els(outer, inner, shadow, tufts=(), open_outline=None):
    a = Art()
    a.fill(outer, "hair")
    a.fill(shadow, "hair.shadow")
    a.fixed(inner, PINK)
    for t in tufts:
        a.fill(t, "hair")
    a.line(open_outline or outer, 6)
    for t in tufts:
        a.line(t, 3)
    return "".join(a.els)


def ears_art(el, x=392, y=210, rot=-20):
    art = Art()
    art.els.append(place(el, x, y, rot))
    art.els.append(place(el, 1024 - x, y, -rot, flip=True))
    return art


def animal_styles():
    S = {}

    def cat():
        outer = "M-66,6 C-62,-50 -40,-96 -14,-126 C-6,-134 4,-134 10,-124 C40,-86 60,-40 66,6 Z"
        opn = "M-66,6 C-62,-50 -40,-96 -14,-126 C-6,-134 4,-134 10,-124 C40,-86 60,-40 66,6"
        inner = "M-40,-4 C-36,-44 -22,-80 -4,-104 C14,-80 30,-44 38,-4 Z"
        shadow = "M10,-124 C40,-86 60,-40 66,6 L30,6 C26,-40 14,-80 10,-124 Z"
        tufts = [
            "M-30,4 C-26,-20 -18,-36 -8,-46 C-10,-26 -4,-12 2,4 Z",
            "M6,4 C8,-16 16,-30 24,-38 C20,-20 24,-8 30,4 Z",
        ]
        return ears_art(ear_els(outer, inner, shadow, tufts, opn))

    S["cat"] = cat

    def fox():
        outer = "M-70,8 C-70,-60 -44,-130 -6,-170 C2,-176 8,-172 12,-164 C44,-110 66,-50 70,8 Z"
        opn = "M-70,8 C-70,-60 -44,-130 -6,-170 C2,-176 8,-172 12,-164 C44,-110 66,-50 70,8"
        inner = "M-42,0 C-42,-54 -26,-104 -2,-140 C22,-100 38,-52 42,0 Z"
        shadow = "M12,-164 C44,-110 66,-50 70,8 L34,8 C30,-50 22,-110 12,-164 Z"
        tufts = [
            "M-36,4 C-34,-24 -26,-44 -12,-58 C-14,-34 -8,-16 0,4 Z",
            "M0,4 C2,-26 12,-46 26,-54 C20,-30 24,-12 34,4 Z",
            "M-18,4 C-16,-16 -8,-30 4,-38 C0,-20 2,-8 10,4 Z",
        ]
        return ears_art(ear_els(outer, inner, shadow, tufts, opn), x=388, y=214, rot=-24)

    S["fox"] = fox

    def wolf():
        outer = "M-68,8 C-66,-46 -46,-100 -12,-140 C-4,-148 6,-146 12,-138 C42,-96 62,-44 68,8 Z"
        opn = "M-68,8 C-66,-46 -46,-100 -12,-140 C-4,-148 6,-146 12,-138 C42,-96 62,-44 68,8"
        inner = "M-40,0 C-38,-42 -24,-82 -2,-112 C18,-80 32,-42 38,0 Z"
        shadow = "M12,-138 C42,-96 62,-44 68,8 L32,8 C28,-44 20,-96 12,-138 Z"
        tufts = [
            "M-38,6 C-36,-16 -30,-30 -18,-40 C-20,-22 -14,-8 -6,6 Z",
            "M-10,6 C-8,-18 0,-34 12,-44 C8,-24 12,-8 20,6 Z",
            "M14,6 C16,-12 22,-24 32,-30 C28,-14 32,-4 38,6 Z",
        ]
        return ears_art(ear_els(outer, inner, shadow, tufts, opn), x=384, y=216, rot=-30)

    S["wolf"] = wolf

    def bunny():
        outer = "M-34,10 C-50,-80 -52,-190 -26,-250 C-14,-276 14,-276 24,-248 C46,-186 44,-80 34,10 Z"
        opn = "M-34,10 C-50,-80 -52,-190 -26,-250 C-14,-276 14,-276 24,-248 C46,-186 44,-80 34,10"
        inner = "M-16,-10 C-26,-80 -28,-180 -10,-236 C10,-190 16,-90 14,-10 Z"
        shadow = "M24,-248 C46,-186 44,-80 34,10 L18,10 C24,-80 26,-180 24,-248 Z"
        return ears_art(ear_els(outer, inner, shadow, (), opn), x=430, y=196, rot=-12)

    S["bunny"] = bunny

    def bear():
        outer = "M-52,14 C-66,-20 -50,-70 -4,-74 C44,-78 66,-30 54,14 Z"
        opn = "M-52,14 C-66,-20 -50,-70 -4,-74 C44,-78 66,-30 54,14"
        inner = "M-30,8 C-38,-16 -26,-44 -2,-46 C24,-48 36,-18 30,8 Z"
        shadow = "M20,-70 C50,-58 64,-24 54,14 L36,14 C44,-20 38,-50 20,-70 Z"
        return ears_art(ear_els(outer, inner, shadow, (), opn), x=372, y=222, rot=-28)

    S["bear"] = bear
    return S


ANIMAL_META = {
    "cat": {"label": "Cat ears", "ja": "猫耳"},
    "fox": {"label": "Fox ears", "ja": "狐耳"},
    "wolf": {"label": "Wolf / dog ears", "ja": "狼耳"},
    "bunny": {"label": "Bunny ears", "ja": "うさ耳"},
    "bear": {"label": "Bear ears", "ja": "くま耳"},
}

ANIMAL_HEADER = """
label = "Animal ears"
label_ja = "けもみみ"
optional = true
probability = 0.12
region = [250, 0, 774, 300]
transform = { x = [-10, 10], y = [-10, 10], scale = [0.9, 1.1], rotate = [-5, 5] }
pivot = [512, 220]
"""


# ----------------------------------------------------------------------------------------------------------
# hair ornaments (accessory slot)


def acc_shape(a: Art, d, w=5):
    a.shape(d, "accessory", "accessory.line", w=w)


def ornament_styles():
    S = {}

    def pin(a, rot, x=0, y=0):
        b = Art()
        acc_shape(b, "M-8,-52 C-8,-60 8,-60 8,-52 L8,52 C8,60 -8,60 -8,52 Z", 4.5)
        b.fill("M2,-50 L6,-50 L6,50 L2,50 Z", "accessory.shadow")
        b.fill(lens((-3, -44), (-3, -4), 2), "accessory.highlight")
        b.line("M-8,-52 C-8,-60 8,-60 8,-52 L8,52 C8,60 -8,60 -8,52 Z", 4.5, "accessory.line")
        a.els.append(place("".join(b.els), x, y, rot))

    def x_pins():
        a = Art()
        pin(a, -32, 650, 292)
        pin(a, 32, 650, 292)
        return a

    S["x_pins"] = x_pins

    def two_pins():
        a = Art()
        pin(a, 62, 652, 270)
        pin(a, 58, 664, 306)
        return a

    S["two_pins"] = two_pins

    def bow_el(scale=1.0):
        b = Art()
        loopl = "M0,0 C-30,-50 -96,-64 -100,-16 C-104,30 -40,34 0,0 Z"
        loopr = "M0,0 C30,-50 96,-64 100,-16 C104,30 40,34 0,0 Z"
        taill = "M-6,6 C-20,40 -40,70 -60,96 L-30,92 L-22,118 C-6,80 6,40 6,8 Z"
        tailr = "M6,6 C18,40 30,68 44,92 L58,76 L72,94 C52,60 28,30 10,4 Z"
        for d in (taill, tailr):
            acc_shape(b, d, 5)
        for d in (loopl, loopr):
            b.fill(d, "accessory")
        b.fill("M0,0 C40,34 104,30 100,-16 C96,4 50,14 0,0 Z", "accessory.shadow")
        b.fill("M0,0 C-40,34 -104,30 -100,-16 C-90,6 -50,16 0,0 Z", "accessory.shadow")
        b.fill(lens((-84, -30), (-40, -42), 5, bend=-4), "accessory.highlight")
        b.fill(lens((44, -42), (80, -34), 4, bend=-3), "accessory.highlight")
        for d in (loopl, loopr):
            b.line(d, 5, "accessory.line")
        b.line("M-20,-14 C-40,-20 -60,-18 -74,-8", 3, "accessory.line")
        b.line("M20,-14 C40,-20 60,-18 74,-8", 3, "accessory.line")
        acc_shape(b, "M-16,-18 C-18,-26 18,-26 16,-18 L18,16 C18,24 -18,24 -18,16 Z", 5)
        b.fill("M4,-20 L16,-18 L18,16 L6,20 Z", "accessory.shadow")
        b.line("M-16,-18 C-18,-26 18,-26 16,-18 L18,16 C18,24 -18,24 -18,16 Z", 5, "accessory.line")
        g = "".join(b.els)
        return g if scale == 1.0 else f'<g transform="scale({scale})">{g}</g>'

    def ribbon_bow():
        a = Art()
        a.els.append(place(bow_el(), 650, 196, 24))
        return a

    S["ribbon_bow"] = ribbon_bow

    def small_bows():
        a = Art()
        a.els.append(place(bow_el(0.55), 330, 318, -36))
        a.els.append(place(bow_el(0.55), 694, 318, 36))
        return a

    S["small_bows"] = small_bows

    def flower():
        a = Art()
        b = Art()
        for k in range(5):
            ang = k * 72
            petal = "M0,0 C-26,-16 -24,-52 0,-56 C24,-52 26,-16 0,0 Z"
            b.els.append(f'<g transform="rotate({ang})">')
            acc_shape(b, petal, 4.5)
            b.fill("M0,0 C12,-10 22,-30 14,-48 C24,-36 24,-14 0,0 Z", "accessory.shadow")
            b.els.append("</g>")
        b.fill("M-16,0 C-16,-22 16,-22 16,0 C16,22 -16,22 -16,0 Z", "accessory.highlight")
        b.line("M-16,0 C-16,-22 16,-22 16,0 C16,22 -16,22 -16,0 Z", 4, "accessory.line")
        for k in range(5):
            ang = math.radians(k * 72 + 36)
            b.fill(
                f"M{4 * math.cos(ang) - 2:.1f},{4 * math.sin(ang):.1f} "
                f"C{6 * math.cos(ang):.1f},{6 * math.sin(ang) - 4:.1f} {9 * math.cos(ang) + 3:.1f},{9 * math.sin(ang):.1f} "
                f"{4 * math.cos(ang) - 2:.1f},{4 * math.sin(ang):.1f} Z",
                "accessory.shadow",
            )
        # leaves
        leaf = Art()
        acc_shape(leaf, "M0,0 C20,-24 56,-20 70,0 C56,18 20,22 0,0 Z", 4)
        leaf.line("M6,0 L60,0", 2.5, "accessory.line")
        a.els.append(place("".join(leaf.els), 386, 296, 150))
        a.els.append(place("".join(b.els), 360, 272, 10, sc=1.2))
        return a

    S["flower"] = flower

    def star_clip():
        a = Art()
        b = Art()
        pts = []
        for k in range(10):
            r = 46 if k % 2 == 0 else 20
            ang = math.radians(-90 + k * 36)
            pts.append((r * math.cos(ang), r * math.sin(ang)))
        d = f"M{f(pts[0])} " + " ".join(f"L{f(p)}" for p in pts[1:]) + " Z"
        acc_shape(b, d, 5)
        sh = f"M0,0 L{f(pts[0])} L{f(pts[1])} L{f(pts[2])} L{f(pts[3])} L{f(pts[4])} Z"
        b.fill(sh, "accessory.shadow")
        b.fill(lens((-22, -8), (-4, -28), 4), "accessory.highlight")
        b.line(d, 5, "accessory.line")
        a.els.append(place("".join(b.els), 652, 282, 14, sc=1.25))
        return a

    S["star_clip"] = star_clip

    def heart_clip():
        a = Art()
        b = Art()
        d = "M0,34 C-30,12 -50,-6 -46,-26 C-42,-46 -14,-50 0,-28 C14,-50 42,-46 46,-26 C50,-6 30,12 0,34 Z"
        acc_shape(b, d, 5)
        b.fill("M0,34 C30,12 50,-6 46,-26 C44,-34 40,-40 34,-42 C40,-14 26,6 0,34 Z", "accessory.shadow")
        b.fill(lens((-36, -22), (-18, -38), 4.5, bend=-2), "accessory.highlight")
        b.line(d, 5, "accessory.line")
        a.els.append(place("".join(b.els), 654, 284, 16))
        return a

    S["heart_clip"] = heart_clip

    def barrette():
        a = Art()
        b = Art()
        d = "M-70,-14 C-70,-24 70,-24 70,-14 L70,14 C70,24 -70,24 -70,14 Z"
        acc_shape(b, d, 5)
        b.fill("M-70,4 L70,4 L70,14 C70,24 -70,24 -70,14 Z", "accessory.shadow")
        b.fill(lens((-56, -9), (20, -9), 3), "accessory.highlight")
        b.line(d, 5, "accessory.line")
        for x in (-40, 0, 40):
            b.fixed(
                f"M{x - 7},0 C{x - 7},-9 {x + 7},-9 {x + 7},0 C{x + 7},9 {x - 7},9 {x - 7},0 Z",
                "#ffffff",
                0.9,
            )
        a.els.append(place("".join(b.els), 640, 280, 28))
        return a

    S["barrette"] = barrette

    def band_d(w):
        # along the top of the head, ends tucked at the temples
        outer = [
            (314, 386),
            (318, 300),
            (358, 220),
            (432, 174),
            (512, 160),
            (592, 174),
            (666, 220),
            (706, 300),
            (710, 386),
        ]
        return outer

    def headband_art(a):
        pts = band_d(0)
        cen, left, right = ribbon(pts, lambda t: 5 + 14 * math.sin(math.pi * t) ** 0.45, 8)
        d = poly_d(left, close=False) + " " + poly_d(list(reversed(right)), move=False)
        acc_shape(a, d, 5)
        inner = [lerp(l_, r_, 0.45) for l_, r_ in zip(left, right)]
        a.fill(
            poly_d(right, close=False) + " " + poly_d(list(reversed(inner)), move=False), "accessory.shadow"
        )
        hl = [lerp(l_, r_, 0.82) for l_, r_ in zip(left, right)][3 : int(len(left) * 0.45)]
        hl2 = [lerp(l_, r_, 0.66) for l_, r_ in zip(left, right)][3 : int(len(left) * 0.45)]
        a.fill(poly_d(hl, close=False) + " " + poly_d(list(reversed(hl2)), move=False), "accessory.highlight")
        a.line(d, 5, "accessory.line")

    def headband():
        a = Art()
        headband_art(a)
        return a

    S["headband"] = headband

    def headband_bow():
        a = Art()
        headband_art(a)
        a.els.append(place(bow_el(0.7), 622, 164, 18))
        return a

    S["headband_bow"] = headband_bow

    def scrunchie():
        # a puffy scrunchie worn on the side of the head (e.g. holding a side tail)
        a = Art()
        d, _ = blob(716, 330, 46, 11, 6, 77, sy=1.0)
        acc_shape(a, d, 5)
        a.fill("M748,312 C766,350 742,380 706,372 C732,360 748,340 748,312 Z", "accessory.shadow")
        for k in range(5):
            ang = k * 72 + 20
            p0 = (716 + 14 * math.cos(math.radians(ang)), 330 + 14 * math.sin(math.radians(ang)))
            p1 = (716 + 36 * math.cos(math.radians(ang + 10)), 330 + 36 * math.sin(math.radians(ang + 10)))
            a.line(f"M{f(p0)} L{f(p1)}", 2.5, "accessory.line")
        a.fill(lens((690, 316), (706, 300), 4), "accessory.highlight")
        return a

    S["scrunchie"] = scrunchie
    return S


ORN_META = {
    "x_pins": {"label": "Crossed hairpins", "ja": "バッテンピン"},
    "two_pins": {"label": "Hairpins", "ja": "ヘアピン"},
    "ribbon_bow": {"label": "Ribbon bow", "ja": "リボン"},
    "small_bows": {"label": "Small bows", "ja": "小さなリボン"},
    "flower": {"label": "Flower", "ja": "花飾り"},
    "star_clip": {"label": "Star clip", "ja": "星のヘアクリップ"},
    "heart_clip": {"label": "Heart clip", "ja": "ハートのヘアクリップ"},
    "barrette": {"label": "Barrette", "ja": "バレッタ"},
    "headband": {"label": "Headband", "ja": "カチューシャ"},
    "headband_bow": {"label": "Headband with bow", "ja": "リボンカチューシャ"},
    "scrunchie": {"label": "Scrunchie", "ja": "シュシュ"},
}

ORN_HEADER = """
label = "Hair ornament"
label_ja = "髪飾り"
optional = true
probability = 0.25
region = [230, 60, 800, 480]
transform = { x = [-16, 16], y = [-12, 12], scale = [0.85, 1.15], rotate = [-10, 10] }
pivot = [512, 300]
"""


# ----------------------------------------------------------------------------------------------------------
# output


def write_layer(layer, parts, meta, header):
    out = PARTS / layer
    out.mkdir(parents=True, exist_ok=True)
    for pid, fn in parts.items():
        art = fn()
        (out / f"{pid}.svg").write_text(art.svg(), encoding="utf-8")
    lines = [header.strip(), ""]
    for pid in parts:
        m = meta.get(pid, {})
        lines.append("[[parts]]")
        lines.append(f'id = "{pid}"')
        lines.append(f'label = "{m.get("label", pid.replace("_", " ").capitalize())}"')
        lines.append(f'label_ja = "{m.get("ja", pid)}"')
        lines.append(f"weight = {m.get('weight', 1.0)}")
        if m.get("presentation"):
            lines.append("presentation = [" + ", ".join(f'"{p}"' for p in m["presentation"]) + "]")
        lines.append("")
    (out / "layer.toml").write_text("\n".join(lines), encoding="utf-8")


FRONT_META = {
    "hime_straight": {"label": "Straight bangs (hime)", "ja": "ぱっつん前髪", "weight": 1.2},
    "side_swept": {"label": "Side-swept", "ja": "流し前髪", "weight": 1.3},
    "parted_middle": {"label": "Parted in the middle", "ja": "センター分け", "weight": 1.3},
    "curtain_bangs": {"label": "Curtain bangs", "ja": "シースルーセンター分け"},
    "spiky": {"label": "Messy spiky", "ja": "ツンツンヘア"},
    "long_side_bangs": {"label": "Long side bangs", "ja": "長めの触覚前髪"},
    "short_crop": {"label": "Short crop", "ja": "短め前髪"},
    "wavy": {"label": "Wavy", "ja": "ウェーブ前髪"},
    "curly": {"label": "Curly", "ja": "カーリー"},
    "coily": {"label": "Coily", "ja": "コイリー"},
    "afro_top": {"label": "Afro", "ja": "アフロ", "weight": 0.8},
    "pompadour": {
        "label": "Pompadour / quiff",
        "ja": "リーゼント",
        "weight": 0.6,
        "presentation": ["masculine", "androgynous"],
    },
    "ahoge": {"label": "Side-swept with ahoge", "ja": "アホ毛"},
    "blunt_side_locks": {"label": "Blunt with side locks", "ja": "ぱっつん＋サイド"},
    "one_eye": {"label": "Over one eye", "ja": "片目隠れ"},
    "wispy": {"label": "Wispy", "ja": "シースルー前髪"},
    "buzz": {"label": "Buzz cut hairline", "ja": "坊主", "weight": 0.5},
    "slicked_back": {"label": "Slicked back", "ja": "オールバック"},
    "braided_crown": {"label": "Braided crown", "ja": "編み込みカチューシャ", "weight": 0.7},
    "locs": {"label": "Locs", "ja": "ドレッドロックス", "weight": 0.8},
    "bob_fringe": {"label": "Bob fringe", "ja": "ボブ前髪"},
}

FRONT_HEADER = """
label = "Front hair"
label_ja = "前髪"
optional = false
probability = 1.0
region = [190, 10, 834, 730]
transform = { x = [-8, 8], y = [-8, 8], scale = [0.97, 1.04], rotate = [-3, 3] }
pivot = [512, 440]
"""


BACK_META = {
    "short": {"label": "Short", "ja": "ショート", "weight": 1.5},
    "bob": {"label": "Bob", "ja": "ボブ"},
    "medium": {"label": "Medium", "ja": "ミディアム"},
    "long_straight": {"label": "Long straight", "ja": "ロングストレート"},
    "very_long": {"label": "Very long", "ja": "スーパーロング"},
    "wavy_long": {"label": "Wavy long", "ja": "ウェーブロング"},
    "twin_tails": {"label": "Twin tails", "ja": "ツインテール", "presentation": ["feminine", "androgynous"]},
    "ponytail_high": {"label": "High ponytail", "ja": "ポニーテール"},
    "ponytail_low": {"label": "Low ponytail", "ja": "ローポニーテール"},
    "bun": {"label": "Bun", "ja": "お団子"},
    "double_buns": {
        "label": "Double buns",
        "ja": "ダブルお団子",
        "presentation": ["feminine", "androgynous"],
    },
    "braids_two": {"label": "Two braids", "ja": "二つ結び三つ編み"},
    "braid_single": {"label": "Single braid", "ja": "一本三つ編み"},
    "buzz_back": {"label": "Very short", "ja": "ベリーショート", "weight": 0.6},
    "locs": {"label": "Locs", "ja": "ドレッドロックス", "weight": 0.8},
    "afro": {"label": "Afro", "ja": "アフロ", "weight": 0.8},
    "curly_medium": {"label": "Curly medium", "ja": "カーリーミディアム"},
}

BACK_HEADER = """
label = "Back hair"
label_ja = "後ろ髪"
optional = false
probability = 1.0
region = [110, 10, 914, 1024]
transform = { x = [-8, 8], y = [-8, 8], scale = [0.97, 1.04], rotate = [-3, 3] }
pivot = [512, 440]
"""


def main():
    write_layer("hair_front", front_styles(), FRONT_META, FRONT_HEADER)
    write_layer("hair_back", back_styles(), BACK_META, BACK_HEADER)
    write_layer("hair_side", side_styles(), SIDE_META, SIDE_HEADER)
    write_layer("animal_ears", animal_styles(), ANIMAL_META, ANIMAL_HEADER)
    write_layer("hair_ornament", ornament_styles(), ORN_META, ORN_HEADER)


if __name__ == "__main__":
    main()
