"""Hair as clumps on a head guide: the geometry every hair style is drawn with.

A clump is a closed leaf from a root (on the hairline, the part arc or the crown) to a hand-placed tip,
built along a cubic Bezier centre line with the half-width

    w(s) = W * sin(pi * s**0.6) * (1 - s)**0.35          (s = 0 at the root, 1 at the tip)

and the tip hooked a little sideways.  Each clump carries its own cel shadow (a crescent on the side away
from the upper-left light, kept inside the clump), a darker occlusion tone at the root, a cut of the
shine band where the band crosses it, and a tapered outline drawn as a filled ribbon (thin on the lit side,
heavy on the shadow side, ~1 px into the tip).  Styles draw clumps back to front, so the outline of a
clump in front crosses the clumps behind it: that is where the inner lines come from.

All shapes are computed numerically here (no clipPath: the renderer cannot draw one), so a shadow or a
shine cut can never leave its clump.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from helpers import (
    ribbon_points,  # the shared tapered-ribbon outline helper (R4)
    thinned,  # drops points a draw cannot show (QtSvg's cost is per segment)
)

Pt = tuple[float, float]

# the shared cranium: cx 512, cy 440, rx 200, ry 270 (skull top y 170, chin 700)
CX, CY, RX, RY = 512.0, 440.0, 200.0, 270.0
LIGHT = (0.62, 0.78)  # the direction shadows fall: toward the lower right


def add(a: Pt, b: Pt) -> Pt:
    return (a[0] + b[0], a[1] + b[1])


def sub(a: Pt, b: Pt) -> Pt:
    return (a[0] - b[0], a[1] - b[1])


def mul(a: Pt, k: float) -> Pt:
    return (a[0] * k, a[1] * k)


def lerp(a: Pt, b: Pt, t: float) -> Pt:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def norm(a: Pt) -> Pt:
    n = math.hypot(*a) or 1.0
    return (a[0] / n, a[1] / n)


def perp(a: Pt) -> Pt:
    return (-a[1], a[0])


def dot(a: Pt, b: Pt) -> float:
    return a[0] * b[0] + a[1] * b[1]


def cubic(p0: Pt, c1: Pt, c2: Pt, p3: Pt, t: float) -> Pt:
    u = 1 - t
    return (
        u**3 * p0[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t**3 * p3[0],
        u**3 * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * p3[1],
    )


def fmt(p: Pt) -> str:
    """A point for path data, in whole canvas pixels (1/1024 of the avatar: finer than any export)."""
    return f"{round(p[0])},{round(p[1])}"


def spline(pts: list[Pt], closed: bool = False, move: bool = True) -> str:
    """A smooth path along pts: quadratic pieces through the midpoints, bending at each point (a
    quadratic B-spline; about a third fewer numbers than an interpolating cubic, for the same look)."""
    n = len(pts)
    if n < 2:
        return ""
    if closed:
        mids = [lerp(pts[i], pts[(i + 1) % n], 0.5) for i in range(n)]
        body = " ".join(f"{fmt(pts[(i + 1) % n])} {fmt(mids[(i + 1) % n])}" for i in range(n))
        return f"M{fmt(mids[0])} Q{body} Z"
    head = f"M{fmt(pts[0])}" if move else f"L{fmt(pts[0])}"
    if n == 2:
        return f"{head} L{fmt(pts[1])}"
    pieces = [f"{fmt(pts[i])} {fmt(lerp(pts[i], pts[i + 1], 0.5))}" for i in range(1, n - 2)]
    pieces.append(f"{fmt(pts[n - 2])} {fmt(pts[n - 1])}")
    return f"{head} Q" + " ".join(pieces)


def poly(pts: list[Pt]) -> str:
    return "M" + " ".join(fmt(p) for p in thinned(pts)) + "Z"  # numbers after M continue as L


def line_d(pts: list[Pt], thin: float, heavy: float, taper: float = 0.12) -> str:
    """An open tapered line through pts: ``thin`` where it faces the upper-left light, ``heavy`` away."""
    return poly(ribbon_points(pts, thin=thin, heavy=heavy, closed=False, taper=taper))


def tick_d(pts: list[Pt], w: float) -> str:
    """A short inner line of width ``w`` tapering to points at both ends."""
    return poly(ribbon_points(pts, thin=w, heavy=w, closed=False, taper=0.5))


def leaf_d(left: list[Pt], right: list[Pt]) -> str:
    """A closed shape of two smooth edges (root to tip) that meet in corners at both ends."""
    back = list(reversed(right))
    return spline(left) + f" L{fmt(back[0])} " + spline(back).split(" ", 1)[1] + " Z"


# ----------------------------------------------------------------------------------------------------------
# width profiles: s in [0, 1] -> fraction of W


def leaf(s: float) -> float:
    return math.sin(math.pi * s**0.6) * (1 - s) ** 0.35


def spike(s: float) -> float:
    """Concave flanks: full almost at once, then drawn in to a long point."""
    return math.sin(math.pi * min(1.0, s * 2.5) ** 0.5 / 2) * (1 - s) ** 1.1


def rope(s: float) -> float:
    """Locs: even width, a rounded end."""
    return min(1.0, 0.35 + s * 6) * math.sqrt(max(0.0, 1 - s**8))


def blunt(s: float) -> float:
    """A cut end (hime blocks, bobs): wide to the end with a short rounded corner."""
    return min(1.0, 0.2 + s * 5) * math.sqrt(max(0.0, 1 - s**10))


def fringe(s: float) -> float:
    """A leaf whose root stays wide, so neighbouring roots merge under the crown."""
    return max(leaf(s), 0.72 * (1 - s) ** 0.8)


PROFILES = {"fringe": fringe, "leaf": leaf, "spike": spike, "rope": rope, "blunt": blunt}


# ----------------------------------------------------------------------------------------------------------
# the shine band ("angel ring") that follows the skull


@dataclass(frozen=True)
class Ring:
    """Band centre line y(x) = y0 + depth * (1 - sqrt(1 - u^2)), u = (x - cx) / rx; height h."""

    y0: float = 262.0
    depth: float = 60.0
    rx: float = 215.0
    h: float = 11.0
    cx: float = 512.0

    def y(self, x: float) -> float:
        u = min(0.97, abs(x - self.cx) / self.rx)
        return self.y0 + self.depth * (1 - math.sqrt(1 - u * u))


NO_RING = None


# ----------------------------------------------------------------------------------------------------------
# a clump


@dataclass
class Clump:
    root: Pt
    tip: Pt
    W: float = 30.0
    c1: Pt | None = None  # Bezier controls; default: a bow of ``bend`` px
    c2: Pt | None = None
    bend: float = 0.0
    hook: float = 0.06  # sideways hook of the tip, as a fraction of the length (sign: + = screen right)
    profile: str = "leaf"
    shade: float = 1.0  # shadow width factor; 0 = no shadow
    occlude: float = 0.22  # share of the length darkened at the root; 0 = none
    line: tuple[float, float] = (2.6, 5.0)  # outline on the lit / shadow side
    shine: bool = True
    slot: str = "hair"
    n: int = 10
    tips: bool = True  # draw the gradient-tips overlay (slot hair_tips)
    cast: float = 0.0  # px the clump's occlusion shadow falls on the clumps behind; 0 = none
    cast_to: float = 0.5  # share of the length that casts it
    fade: float = 0.12  # share of the length over which the outline fades in from the root
    via: tuple = ()  # points the centre line passes through (a Catmull-Rom chain instead of one cubic)
    _cache: dict = field(default_factory=dict, repr=False)

    def controls(self) -> tuple[Pt, Pt]:
        d = sub(self.tip, self.root)
        nrm = perp(norm(d))
        c1 = self.c1 or add(add(self.root, mul(d, 1 / 3)), mul(nrm, self.bend * 1.33))
        c2 = self.c2 or add(add(self.root, mul(d, 2 / 3)), mul(nrm, self.bend * 1.33))
        return c1, c2

    def _point(self, s: float) -> Pt:
        if not self.via:
            c1, c2 = self.controls()
            return cubic(self.root, c1, c2, self.tip, s)
        pts = [self.root, *self.via, self.tip]
        lens = [math.dist(a, b) for a, b in zip(pts, pts[1:], strict=False)]
        total = sum(lens) or 1.0
        u, i = s * total, 0
        while i < len(lens) - 1 and u > lens[i]:
            u -= lens[i]
            i += 1
        t = u / (lens[i] or 1.0)
        p0 = pts[max(0, i - 1)]
        p1, p2 = pts[i], pts[i + 1]
        p3 = pts[min(len(pts) - 1, i + 2)]
        return cubic(p1, add(p1, mul(sub(p2, p0), 1 / 6)), sub(p2, mul(sub(p3, p1), 1 / 6)), p2, t)

    def centre(self) -> list[tuple[float, Pt]]:
        length = math.dist(self.root, self.tip)
        side = norm(perp(sub(self.tip, self.root)))
        if side[0] < 0:
            side = mul(side, -1)  # + hook = toward screen right
        out = []
        for i in range(self.n + 1):
            s = i / self.n
            p = self._point(s)
            k = max(0.0, (s - 0.6) / 0.4) ** 2  # only the last 40 % bends
            p = add(p, mul(side, self.hook * length * k))
            out.append((s, p))
        return out

    def frame(self):
        """Samples (s, centre, normal, half-width) along the clump."""
        if "frame" in self._cache:
            return self._cache["frame"]
        cen = self.centre()
        prof = PROFILES[self.profile]
        rows = []
        for i, (s, p) in enumerate(cen):
            a = cen[max(0, i - 1)][1]
            b = cen[min(len(cen) - 1, i + 1)][1]
            t = norm(sub(b, a))
            rows.append((s, p, perp(t), self.W * prof(s), t))
        self._cache["frame"] = rows
        return rows

    def shadow_sign(self) -> int:
        """+1 if the +normal edge faces the lower right (the shadow side), else -1."""
        rows = self.frame()
        score = sum(dot(nr, LIGHT) for _, _, nr, _, _ in rows)
        return 1 if score > 0 else -1

    def edges(self, inset: float = 0.0, lo: float = 0.0, hi: float = 1.0):
        """(+normal edge, -normal edge) points for s in [lo, hi], pulled in by ``inset`` px."""
        pos, neg = [], []
        for s, p, nr, w, _ in self.frame():
            if s < lo - 1e-9 or s > hi + 1e-9:
                continue
            ww = max(0.0, w - inset)
            pos.append(add(p, mul(nr, ww)))
            neg.append(add(p, mul(nr, -ww)))
        return pos, neg

    def outline_d(self) -> str:
        pos, neg = self.edges()
        return leaf_d(pos, neg)

    # -- drawing ------------------------------------------------------------------------------------------

    def draw(self, art, ring: Ring | None = None, dim_right: bool = True) -> None:
        rows = self.frame()
        sg = self.shadow_sign()
        if self.cast > 0:
            # occlusion where this clump overlaps the ones behind: its upper part, moved toward the
            # lower right, in a dark tone (only where there is hair behind, so the upper part only)
            pos, neg = self.edges(lo=0.22, hi=self.cast_to)
            off = (self.cast, self.cast * 0.5)
            k = len(pos) - 1 or 1
            pos = [add(p, mul(off, math.sin(math.pi * i / k))) for i, p in enumerate(pos)]
            neg = [add(p, mul(off, math.sin(math.pi * i / k))) for i, p in enumerate(neg)]
            art.fill(leaf_d(pos, neg), "hair.line", opacity=0.22)
        art.fill(self.outline_d(), self.slot)
        base = self.slot.split(".")[0]
        if self.tips:
            self._tips(art)
        # cel shadow: a crescent on the shadow side, inside the clump
        if self.shade > 0:
            lit, dark = [], []
            for s, p, nr, w, _ in rows:
                if s < 0.04:
                    continue
                d = min(1.5 * w, self.shade * (4.0 + 0.3 * w)) * min(1.0, s / self.fade)
                edge = add(p, mul(nr, sg * w))
                dark.append(edge)
                lit.append(add(edge, mul(nr, -sg * d)))
            art.fill(leaf_d(dark, lit), f"{base}.shadow")
        # occlusion at the root, where the clump disappears under the ones in front / the crown
        if self.occlude > 0:
            pos, neg = self.edges(lo=0.0, hi=self.occlude)
            mid = [p for s, p, _, _, _ in rows if s <= self.occlude]
            cap = [lerp(pos[-1], mid[-1], 0.5), mid[-1], lerp(neg[-1], mid[-1], 0.5)]
            back = list(reversed(neg))
            d = spline(pos) + "".join(f" L{fmt(p)}" for p in cap + back[:1])
            d += " " + spline(back).split(" ", 1)[1] + " Z"
            art.fill(d, "hair.line", opacity=0.28)
        if ring is not None and self.shine:
            self._shine(art, ring, sg, dim_right)
        self._outline(art, sg)

    def _tips(self, art) -> None:
        """Gradient tips: the last part of the clump fades into the ``hair_tips`` slot, under the clump's
        shadow and shine. The slot is linked to ``hair`` unless the design unlinks it,
        so by default the overlay is the hair's own colour and changes nothing."""
        rows = self.frame()
        a = rows[int(self.n * 0.55)][1]
        b = rows[int(self.n * 0.92)][1]
        pos, neg = self.edges(lo=0.5)
        art.fill(leaf_d(pos, neg), paint=art.gradient(a, b, "hair_tips"))

    def _shine(self, art, ring: Ring, sg: int, dim_right: bool) -> None:
        rows = self.frame()
        hit = None
        for (s0, p0, _, _, t0), (s1, p1, _, _, _) in zip(rows, rows[1:], strict=False):
            f0, f1 = p0[1] - ring.y(p0[0]), p1[1] - ring.y(p1[0])
            if f0 <= 0 < f1 or f1 <= 0 < f0:
                hit = s0 + (s1 - s0) * (f0 / (f0 - f1)), t0
                break
        if hit is None:
            return
        s_hit, t = hit
        if abs(t[1]) < 0.45 or s_hit < 0.12 or s_hit > 0.8:
            return  # the clump runs along the band, or the band would land in its root or tip
        length = sum(math.dist(a[1], b[1]) for a, b in zip(rows, rows[1:], strict=False))
        x = self.frame()[int(s_hit * self.n)][1][0]
        hh = ring.h * (0.6 if dim_right and x > 600 else 1.0)
        ds = hh / max(1.0, length)
        lo, hi = max(0.05, s_hit - ds), min(0.92, s_hit + ds * 1.3)
        inner = [(s, p, nr, w) for s, p, nr, w, _ in rows if lo <= s <= hi]
        if len(inner) < 2:
            # interpolate a short band from the two nearest samples
            i = max(1, min(self.n - 1, int(s_hit * self.n)))
            inner = [(rows[i][0], rows[i][1], rows[i][2], rows[i][3]), (rows[i + 1][0], *rows[i + 1][1:4])]
        # lit side 80 % of the width, pulled in from the outline
        top_l = add(inner[0][1], mul(inner[0][2], -sg * inner[0][3] * 0.82))
        top_r = add(inner[0][1], mul(inner[0][2], sg * inner[0][3] * 0.35))
        bot_l = lerp(add(inner[-1][1], mul(inner[-1][2], -sg * inner[-1][3] * 0.82)), top_l, 0.55)
        bot_r = add(inner[-1][1], mul(inner[-1][2], sg * inner[-1][3] * 0.35))
        tooth = add(lerp(bot_l, bot_r, 0.45), mul(rows[int(hi * self.n)][4], hh * 1.4))
        art.fill(poly([top_l, top_r, bot_r, tooth, bot_l]), f"{self.slot.split('.')[0]}.highlight")

    def _outline(self, art, sg: int) -> None:
        """Both edges as tapered ribbons just inside the fill (so clumps in front cover them cleanly):
        thin on the lit side, heavy on the shadow side, fading in from the root and out into the tip."""
        lit_w, dark_w = self.line
        for sign in (sg, -sg):
            pts = [add(p, mul(nr, sign * max(0.0, w - dark_w * 0.4))) for s, p, nr, w, _ in self.frame()]
            art.ink(line_d(pts, lit_w, dark_w, taper=max(0.12, self.fade)))


# ----------------------------------------------------------------------------------------------------------
# the volume guide: the skull offset by a profile, asymmetric on the parting side


@dataclass(frozen=True)
class Guide:
    """The hair silhouette around the skull.  Offsets in px: crown (top), temple (about y 300), cheek
    (about y 500); ``part`` is the parting x, ``lift`` the extra volume on the side away from the part
    (the hair swept over the top)."""

    crown: float = 62.0
    temple: float = 46.0
    cheek: float = 16.0
    part: float = 512.0
    lift: float = 10.0

    def offset(self, ang: float) -> float:
        """Offset at angle ``ang`` (degrees from the top, + toward screen right)."""
        a = abs(ang)
        if a <= 60:
            t = a / 60
            d = self.crown + (self.temple - self.crown) * (3 * t * t - 2 * t**3)
        elif a <= 110:
            t = (a - 60) / 50
            d = self.temple + (self.cheek - self.temple) * (3 * t * t - 2 * t**3)
        else:
            d = self.cheek
        # the swept side carries the lift, peaking over the temple
        swept = 1 if self.part < 512 else -1 if self.part > 512 else 0
        if swept and ang * swept > 0:
            d += self.lift * math.sin(math.radians(min(a, 120) * 1.5))
        return d

    def point(self, ang: float, extra: float = 0.0) -> Pt:
        """The silhouette point at ``ang``."""
        r = math.radians(ang)
        ux, uy = math.sin(r), -math.cos(r)
        # radius of the skull ellipse along this direction
        k = 1 / math.sqrt((ux / RX) ** 2 + (uy / RY) ** 2)
        d = k + self.offset(ang) + extra
        return (CX + ux * d, CY + uy * d)

    def outline(self, a0: float, a1: float, n: int = 24, extra: float = 0.0) -> list[Pt]:
        return [self.point(a0 + (a1 - a0) * i / n, extra) for i in range(n + 1)]


def skull(ang: float, d: float = 0.0) -> Pt:
    r = math.radians(ang)
    ux, uy = math.sin(r), -math.cos(r)
    k = 1 / math.sqrt((ux / RX) ** 2 + (uy / RY) ** 2)
    return (CX + ux * (k + d), CY + uy * (k + d))


def mirror(p: Pt) -> Pt:
    return (1024 - p[0], p[1])


def mirrored(c: Clump, **changes) -> Clump:
    """The clump mirrored about the face's centre line (hook sign flips with it)."""
    kw = dict(
        root=mirror(c.root),
        tip=mirror(c.tip),
        W=c.W,
        c1=mirror(c.c1) if c.c1 else None,
        c2=mirror(c.c2) if c.c2 else None,
        bend=-c.bend,
        hook=c.hook,
        profile=c.profile,
        shade=c.shade,
        occlude=c.occlude,
        line=c.line,
        shine=c.shine,
        slot=c.slot,
        n=c.n,
        via=tuple(mirror(p) for p in c.via),
        fade=c.fade,
        cast=c.cast,
        tips=c.tips,
        cast_to=c.cast_to,
    )
    kw.update(changes)
    return Clump(**kw)
