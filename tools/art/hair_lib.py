"""Drawing vocabulary of the hair layers.

Construction follows docs/art.md: hair is a silhouette of large pointed clumps
(filled with the ``hair`` slot, outlined in ``hair.line``), a flat ``hair.shadow`` tone along the inner
(right, away from the upper-left light) edge of each clump, tapered clump-separation lines, and a broken
shine band ("angel ring") of ``hair.highlight`` across the crown.  Everything is drawn against the shared
skull template: ellipse cx=512 cy=440 rx=200 ry=270.
"""

from __future__ import annotations

import math
import random

from helpers import Part
from helpers import tone as col

CX, CY, RX, RY = 512.0, 440.0, 200.0, 270.0

PINK = "#f3a6b4"  # fixed inner-ear pink
PINK_D = "#d9798d"


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


def place(el: str, x, y, rot, flip=False, sc=1.0):
    sx = "scale(-1,1) " if flip else ""
    if sc != 1.0:
        sx += f"scale({sc})"
    return f'<g transform="translate({x:.1f},{y:.1f}) rotate({rot:.1f}) {sx}">{el}</g>'


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


def hair_parts(styles, meta, layer=None):
    """Parts of a hair-family layer from ``{id: builder}`` and ``{id: {label, ja, weight, presentation}}``;
    ``layer`` adds the presentation leanings of ``hair_presentation`` where a meta has none."""
    from hair_presentation import PRESENTATION

    out = []
    for pid, fn in styles.items():
        m = dict(meta.get(pid, {}))
        m.setdefault("presentation", PRESENTATION.get(layer, {}).get(pid, ()))
        label = m.get("label", pid.replace("_", " ").capitalize())
        out.append(
            Part(pid, label, m.get("ja", pid), fn().svg(), m.get("weight", 1.0), m.get("presentation", ()))
        )
    return out
