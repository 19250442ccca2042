#!/usr/bin/env python3
"""The anime pack's hair styles, drawn as clumps on a per-style volume guide (see hair_clumps.py).

Writes assets/anime/parts/{hair_back,hair_locks,hair_side,hair_front}/ (one SVG per part plus
layer.toml, with the texture / length / volume tags generation matches on).  Run from the repository root:

    python tools/art/hairstyles.py

Every style is data: a Guide (the silhouette: crown, temple and cheek offsets, the parting), the tips of
its clumps placed by hand against the 1024 template (skull ellipse cx 512 cy 440 rx 200 ry 270, eyes
y 505, chin 700, shoulders 800), drawn back to front.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hair_clumps import Clump, Guide, Ring, fmt, lerp, mirrored, poly, skull, spline

ROOT = Path(__file__).resolve().parents[2]
PARTS = ROOT / "assets" / "anime" / "parts"


LOCK_RING = Ring(y0=640, depth=0, rx=400, h=9)  # shine on locks over the shoulders
CROWN_RING = Ring(y0=272, depth=60)  # the angel ring across the fringe, following the skull
SIDE_RING = Ring(y0=420, depth=0, rx=400, h=9)  # its continuation on locks beside the face


def col(slot: str) -> str:
    """Preview colour of a slot spec (the engine recolours by data-slot at render time)."""
    from helpers import tone

    name, dot, role = slot.partition(".")
    return tone(("hair" if name in EFFECT_SLOTS else name) + dot + role)


# Hair colour effects, each an optional second hair slot linked to "hair" (so it shows only when a design
# unlinks it): the left half of the fringe, sides, locks and back (two-tone), the underside - back hair and
# every other lock (inner colour), and the tips of every clump (gradient tips).
TWO_TONE, INNER, TIPS = "hair_two", "hair_inner", "hair_tips"
EFFECT_SLOTS = (TWO_TONE, INNER, TIPS)


class Art:
    """One part SVG: filled paths tagged with their colour slot (outlines are filled ribbons)."""

    def __init__(self) -> None:
        self.els: list[str] = []
        self.defs: list[str] = []
        self.ties: list[tuple[float, float]] = []

    def fill(
        self, d: str, slot: str = "hair", opacity: float | None = None, paint: str | None = None
    ) -> None:
        op = f' fill-opacity="{opacity}"' if opacity is not None else ""
        if paint:  # a gradient made by gradient()
            self.els.append(f'<path d="{d}" fill="url(#{paint})"{op}/>')
            return
        self.els.append(f'<path d="{d}" fill="{col(slot)}" data-slot="{slot}"{op}/>')

    def gradient(self, a, b, slot: str) -> str:
        """A linear ramp from transparent at a to the slot's colour at b; returns its id."""
        gid = f"g{len(self.defs)}"
        c = col(slot)
        self.defs.append(
            f'<linearGradient id="{gid}" gradientUnits="userSpaceOnUse" x1="{a[0]:.0f}" y1="{a[1]:.0f}" '
            f'x2="{b[0]:.0f}" y2="{b[1]:.0f}"><stop offset="0" stop-color="{c}" data-slot="{slot}" '
            f'stop-opacity="0"/><stop offset="1" stop-color="{c}" data-slot="{slot}"/></linearGradient>'
        )
        return gid

    def ink(self, d: str, slot: str = "hair.line") -> None:
        self.els.append(f'<path d="{d}" fill="{col(slot)}" data-slot="{slot}" data-role="line"/>')

    def draw(self, clumps, ring=None, inner: bool = False) -> None:
        """Draw clumps in order; the ones left of the centre take the two-tone slot, and with ``inner``
        every clump takes the inner-colour slot."""
        for c in clumps:
            if c.slot == "hair":
                c.slot = INNER if inner else TWO_TONE if c.tip[0] < 500 else "hair"
            c.draw(self, ring)

    def svg(self) -> str:
        body = "\n  ".join(([f"<defs>{''.join(self.defs)}</defs>"] if self.defs else []) + self.els)
        return '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024">\n  ' + body + "\n</svg>\n"


# ----------------------------------------------------------------------------------------------------------
# building blocks


def silhouette_line(art: Art, pts, lit=3.5, dark=8.5) -> None:
    """The heavy outer contour along pts (left to right over the top): thin on the lit upper left,
    heavy on the right, tapering into both ends."""
    from hair_clumps import line_d

    art.ink(line_d(pts, lit, dark, taper=0.1))


def cap(art: Art, g: Guide, a0: float, a1: float, inner: list | None = None, slot: str = "hair") -> list:
    """The hair mass behind the clumps: the guide outline from angle a0 to a1, closed inside the skull."""
    top = g.outline(a0, a1, 28)
    inner = inner or [skull(a1 * 0.9, -40), (512, 300), skull(a0 * 0.9, -40)]
    art.fill(spline(top) + " " + " ".join(f"L{fmt(p)}" for p in inner) + " Z", slot)
    return top


def hairline_arch(end, apex_y: float = 300.0, n: int = 12) -> list:
    """A rounded hairline from ``end`` (right side) over the forehead to its mirror: half an ellipse
    through (512, apex_y), for styles whose hair mass shows at the forehead (a straight V from the
    temples reads as a helmet's visor)."""
    ex, ey = end
    rx, ry = ex - 512, ey - apex_y
    return [
        (512 + rx * math.cos(math.pi * i / n), ey - ry * math.sin(math.pi * i / n) ** 0.8)
        for i in range(n + 1)
    ]


def fringe_clumps(g: Guide, tips, spread=55.0):
    """Clumps whose roots lie on the guide's top outline and whose hand-placed tips fall over the
    forehead.  tips: (x, y, W, hook[, bend[, profile]]), drawn in the order given (back to front)."""
    out = []
    for t in tips:
        tx, ty, w, hook = t[:4]
        bend = t[4] if len(t) > 4 else 0.0
        profile = t[5] if len(t) > 5 else "fringe"
        ang = max(-48.0, min(48.0, (tx - g.part) / 200 * spread + (g.part - 512) / 200 * 20))
        root = g.point(ang, -10 - 34 * (abs(ang) / 48) ** 2)
        length = math.dist(root, (tx, ty))
        c1 = (root[0] + (tx - root[0]) * 0.15, root[1] + length * 0.4)
        c2 = (tx - hook * length * 0.6, ty - length * 0.3)
        out.append(
            Clump(
                root,
                (tx, ty),
                w,
                c1=c1,
                c2=c2,
                hook=hook,
                bend=bend,
                profile=profile,
                fade=0.3,
                occlude=0.0,
                cast=8.0,
                cast_to=0.55,
            )
        )
    return out


def side_sweep(g: Guide, side: int, angs, ws, reach=(0, 0), profile="leaf", shine=True):
    """Clumps that run from near the top of the head down the guide's side: side = -1 left, +1 right.
    angs: tip angles (degrees from the top); the outer edge of each follows the silhouette."""
    out = []
    for a, w in zip(angs, ws, strict=False):
        a = side * a
        root = g.point(side * 8, -w * 0.4)
        via = [g.point(a * f, -w * 0.85) for f in (0.35, 0.62, 0.85)]
        tip = g.point(a, -w * 0.3 + reach[1])
        tip = (tip[0] + side * reach[0], tip[1])
        out.append(Clump(root, tip, w, via=tuple(via), hook=-0.04 * side, profile=profile, shine=shine, n=16))
    return out


def cast_cap(x: float) -> float:
    """Lowest y the fringe's shadow on the forehead may reach at x: above the brows (about y 386),
    lower between them (y 426), where only forehead lies above the eyes."""
    u = abs(x - 512)
    if u < 40:
        return 426.0
    if u > 66:
        return 386.0
    t = (u - 40) / 26
    return 426 - 40 * (3 * t * t - 2 * t**3)


def forehead_cast(art: Art, clumps, off=(7.0, 18.0)) -> None:
    """The shadow the fringe casts on the forehead (skin shadow tone), drawn under the clumps: each
    clump moved by ``off``, the move shrinking to nothing toward cast_cap and the sides of the face, so
    the shadow tapers instead of reaching the eyes."""
    for c in clumps:
        pos, neg = c.edges(lo=0.45)  # only the lower part: above it the clump lies on hair, not skin
        ring = pos + list(reversed(neg))
        moved = []
        for x, y in ring:
            cap = cast_cap(x + off[0])
            k = 0.0 if y >= cap else min(1.0, (cap - y) / off[1]) ** 2
            half = 200 * math.sqrt(max(0.0, 1 - ((y + off[1] - 440) / 270) ** 2))
            k *= max(0.0, min(1.0, (half - abs(x + off[0] - 512) - 6) / 24))
            moved.append((x + off[0] * k, y + off[1] * k))
        art.fill(poly(moved), "skin.shadow")


def front(
    g: Guide,
    tips,
    sides=((100, 84, 68), (100, 86, 70)),
    side_w=(44, 40, 36),
    ring: Ring | None = CROWN_RING,
    extras=(),
    before=(),
) -> Art:
    """A fringe: the back cap, the clumps down the sides, the fringe clumps (hand-placed tips, roots
    under the crown), the crown mass, the silhouette line."""
    art = Art()
    for b in before:
        b(art)
    cap(art, g, -max(sides[0]), max(sides[1]))
    art.draw(side_sweep(g, -1, sides[0], side_w) + side_sweep(g, 1, sides[1], side_w), ring)
    clumps = fringe_clumps(g, tips)
    forehead_cast(art, clumps)
    art.draw(clumps, ring)
    for e in extras:
        e(art)
    silhouette_line(art, g.outline(-max(sides[0]) + 6, max(sides[1]) - 6, 32))
    return art


# ----------------------------------------------------------------------------------------------------------
# textured pieces


def puff(
    art: Art,
    c,
    r,
    light=(-0.55, -0.7),
    shade=True,
    line=(2.2, 4.5),
    facing: float | None = None,
    span: float = 150.0,
    crescent: bool = True,
    slot: str = "hair",
) -> None:
    """One afro puff: a soft round clump with a shadow crescent on the lower right and a tapered
    outline, heavier away from the light. With ``facing`` (an angle in degrees, screen coordinates,
    0 = right, 90 = down) only the arc of the outline that faces that way is drawn (``span`` degrees), so
    puffs inside a mass merge into one soft volume instead of a pile of outlined balls; without
    ``crescent`` the puff keeps its curl ticks but casts no shadow crescent (the lit side of a mass)."""
    from hair_clumps import line_d, tick_d

    cx, cy = c
    n = 28
    pts = [
        (cx + r * math.cos(2 * math.pi * i / n), cy + r * 0.92 * math.sin(2 * math.pi * i / n))
        for i in range(n)
    ]
    art.fill(spline(pts, closed=True), slot)
    if shade and crescent:
        # crescent: the rim on the shadow side, bounded inside by a smaller offset circle
        outer, inner = [], []
        for i in range(15):
            a = math.atan2(-light[1], -light[0]) - 1.45 + 2.9 * i / 14
            outer.append((cx + r * 0.97 * math.cos(a), cy + r * 0.9 * math.sin(a)))
            k = math.sin(math.pi * i / 14)
            inner.append(
                (cx + (r * 0.97 - k * r * 0.42) * math.cos(a), cy + (r * 0.9 - k * r * 0.4) * math.sin(a))
            )
        art.fill(spline(outer) + " " + " ".join(f"L{fmt(p)}" for p in reversed(inner)) + " Z", "hair.shadow")
    if shade:  # a few curl ticks in the lit part
        for k in (-0.35, 0.25):
            p0 = (cx + k * r - r * 0.2, cy - r * 0.15 + k * r * 0.3)
            pts2 = [(p0[0] + r * 0.3 * math.sin(math.pi * i / 6), p0[1] + r * 0.28 * i / 6) for i in range(7)]
            art.ink(tick_d(pts2, 2.0), "hair.shadow")
    # outline: heavy on the lower right, thin on the upper left, open at the top left (a highlight break)
    inset = [
        (
            cx + (r - line[1] * 0.4) * math.cos(2 * math.pi * i / n),
            cy + (r * 0.92 - line[1] * 0.4) * math.sin(2 * math.pi * i / n),
        )
        for i in range(n)
    ]
    if facing is None:
        order = list(range(n // 2 + 3, n)) + list(range(0, n // 2 + 1))
    else:
        first = round((facing - span / 2) / 360 * n)
        order = [(first + i) % n for i in range(round(span / 360 * n) + 1)]
    art.ink(line_d([inset[i] for i in order], line[0], line[1], taper=0.1 if facing is None else 0.3))


def s_clump(root, tip, W, amp=18.0, turns=1.5, **kw) -> Clump:
    """A coil: a clump whose centre line swings left and right (an S), stacked for coily hair."""
    from hair_clumps import norm, perp, sub

    d = sub(tip, root)
    nrm = perp(norm(d))
    via = []
    k = 5
    for i in range(1, k):
        t = i / k
        sw = amp * math.sin(2 * math.pi * turns * t) * (1 - 0.3 * t)
        via.append((root[0] + d[0] * t + nrm[0] * sw, root[1] + d[1] * t + nrm[1] * sw))
    return Clump(root, tip, W, via=tuple(via), n=18, **kw)


def loc(root, tip, W, sway=0.0, **kw) -> Clump:
    """A loc: even width, rounded end, a gentle sway."""
    mid = ((root[0] + tip[0]) / 2 + sway, (root[1] + tip[1]) / 2)
    kw.setdefault("shine", False)
    # a deep shadow down the far side, so each loc reads as a round rope and not a flat stripe
    kw.setdefault("shade", 1.6)
    return Clump(root, tip, W, via=(mid,), profile="rope", hook=0.0, n=14, **kw)


def loc_marks(art: Art, c: Clump, every: float = 34.0) -> None:
    """Twist marks across a loc: short tapered arcs, spaced along it."""
    from hair_clumps import add, mul, tick_d

    rows = c.frame()
    length = sum(math.dist(a[1], b[1]) for a, b in zip(rows, rows[1:], strict=False))
    count = int(length / every)
    for j in range(1, count):
        i = int(len(rows) * j / count)
        if i >= len(rows) - 2:
            break
        s, p, nr, w, t = rows[i]
        pts = [add(add(p, mul(nr, w * 0.8 * u)), mul(t, 6 * (1 - u * u))) for u in (-1, -0.5, 0, 0.5, 1)]
        art.ink(tick_d(pts, 2.2), "hair.shadow")


def drill(art: Art, top, length, r0=44.0, turns=4.0, side=1) -> None:
    """A drill curl (縦ロール) as one tapered spiral ribbon wound round a cone: the cone in the shadow
    tone, then each turn of the ribbon that faces us as a swelling band (thin where it wraps out of
    sight), with its shadow underneath, a shine stroke and a tapered outline, narrowing to the tip."""
    from hair_clumps import leaf_d, line_d

    def at(s, a):
        r = r0 * (1 - 0.6 * s)
        return (top[0] + side * r * math.sin(a), top[1] + length * s + r * 0.3 * math.cos(a)), r

    n = 40
    core_l, core_r = [], []
    for i in range(n + 1):
        s = i / n
        (x, y), r = at(s, 0)
        w = r * math.sin(math.pi / 2 * min(1.0, s / 0.12)) * (1.0 if s < 0.9 else (1 - s) / 0.1)
        core_l.append((top[0] - w, top[1] + length * s))
        core_r.append((top[0] + w, top[1] + length * s))
    art.fill(leaf_d(core_l, core_r), "hair.shadow")
    art.ink(line_d(core_r, 2.0, 5.0, taper=0.2))
    art.ink(line_d(core_l, 2.0, 5.0, taper=0.2))
    pitch = length / turns
    for k in range(int(turns + 0.5)):
        lo, hi = [], []
        mid = []
        for j in range(15):
            a = -math.pi / 2 + math.pi * j / 14
            s = (k + (a + math.pi / 2) / (2 * math.pi)) / turns
            if s > 1:
                break
            (x, y), r = at(s, a)
            h = pitch * 0.92 * (1 - 0.45 * s) * max(0.0, math.cos(a)) ** 0.5
            lo.append((x, y - h * 0.45))
            hi.append((x, y + h * 0.55))
            mid.append((x, y - h * 0.2))
        if len(lo) < 4:
            continue
        art.fill(leaf_d(lo, hi), "hair")
        q = len(hi)
        art.fill(
            leaf_d([((a[0] + b[0]) / 2, a[1] * 0.3 + b[1] * 0.7) for a, b in zip(lo, hi, strict=True)], hi),
            "hair.shadow",
        )
        art.fill(
            leaf_d(mid[q // 5 : q // 2 + 1], [(x, y + 4) for x, y in mid[q // 5 : q // 2 + 1]]),
            "hair.highlight",
        )
        art.ink(line_d(hi, 1.8, 4.5, taper=0.25))
        art.ink(line_d(lo, 1.2, 2.5, taper=0.25))


# ----------------------------------------------------------------------------------------------------------
# back hair, side locks, locks in front of the shoulders


def hang(g: Guide, ang: float, tip, W: float, bulge: float = 0.0, **kw) -> Clump:
    """A clump hanging from the guide at ``ang`` (degrees from the top) to ``tip``; ``bulge`` pushes its
    middle outward (screen x, signed by the side)."""
    root = g.point(ang, -W * 0.7)
    side = 1 if ang > 0 else -1
    mid = lerp(root, tip, 0.45)
    mid = (mid[0] + side * bulge, mid[1])
    kw.setdefault("n", 22)
    kw.setdefault("shine", False)
    return Clump(root, tip, W, via=(mid,), **kw)


def pair(clumps_left, asym: float = 0.0):
    """Left clumps and their mirror images (tips nudged by ``asym`` px so the two sides differ), in
    drawing order: both sides interleaved, back to front."""
    out = []
    for c in clumps_left:
        out.append(c)
        m = mirrored(c)
        m.tip = (m.tip[0] + asym, m.tip[1] + asym * 0.6)
        out.append(m)
    return out


def back(g: Guide, clumps, bottom: float, width: float = 150.0, a: float = 112.0) -> Art:
    """Back hair: the inner side behind the neck (shadow tone, occluded at the top), then the clumps."""
    art = Art()
    top = g.outline(-a, a, 28, extra=-6)
    inner = [(512 + width, bottom), (512, bottom + 12), (512 - width, bottom)]
    mass = spline(top) + " " + spline([top[-1], *inner, top[0]], move=False) + " Z"
    # the crown, which can peek out around a narrower fringe, stays in the hair's own shadow; the inner
    # colour fades in below the temples, where the underside shows beside the face (seed 46: an orange
    # band ringed a white fringe)
    art.fill(mass, "hair.shadow")
    art.fill(mass, paint=art.gradient((512, 340), (512, 450), f"{INNER}.shadow"))
    art.fill(
        poly(
            [
                (512 - width * 0.8, 520),
                (512 + width * 0.8, 520),
                # narrowing to the neck, so its corners never show beside a small chin (seed 24)
                (512 + min(width * 0.9, 70), min(bottom, 760)),
                (512 - min(width * 0.9, 70), min(bottom, 760)),
            ]
        ),
        "hair.line",
        opacity=0.25,
    )
    art.draw(clumps, inner=True)
    return art


def straight_back(
    g: Guide,
    y: float,
    spread: float = 60.0,
    W: float = 40.0,
    asym: float = 10.0,
    bulge: float = 12.0,
    profile: str = "leaf",
    n_side: int = 4,
    width: float = 150.0,
) -> Art:
    """Straight hair falling to ``y``: n_side clumps a side fanning from the temple, tips hand-spaced."""
    left = []
    for i in range(n_side):
        t = i / max(1, n_side - 1)
        ang = -(72 + 32 * t)
        tip_x = 512 - (width * 0.55 + spread * (0.3 + 1.1 * t)) - 40 * t
        tip_y = y - 30 * (1 - t) + 14 * math.sin(i * 2.1)
        left.append(
            hang(
                g,
                ang,
                (tip_x, tip_y),
                W * (1 - 0.15 * t),
                bulge=bulge * (0.5 + t),
                profile=profile,
                hook=0.05 * (1 if i % 2 else -1),
            )
        )
    return back(g, pair(list(reversed(left)), asym), y - 60, width)


def locks(clumps) -> Art:
    """Locks over the shoulders; every other one (the ones behind) shows the inner colour."""
    art = Art()
    for i, c in enumerate(clumps):
        art.draw([c], LOCK_RING, inner=(i // 2) % 2 == 0 and len(clumps) > 2)
    return art


def shoulder_locks(
    y: float, W: float = 34.0, n: int = 3, out: float = 40.0, profile="leaf", asym=12.0, wave: float = 0.0
):
    """Locks that fall from behind the jaw over the shoulders down to ``y``: n a side, outer first."""
    left = []
    for i in range(n):
        t = i / max(1, n - 1)
        root = (338 + 16 * t, 560 + 30 * t)
        tip = (300 - out * (1 - t) + 40 * t, y - 40 * t + 10 * math.sin(3.1 * i))
        mid = (318 - out * 0.4 * (1 - t) + wave, (root[1] + tip[1]) / 2)
        mid2 = (lerp(mid, tip, 0.5)[0] - wave, lerp(mid, tip, 0.5)[1])
        via = (mid, mid2) if wave else (mid,)
        left.append(
            Clump(
                root,
                tip,
                W * (1 - 0.2 * t),
                via=via,
                profile=profile,
                n=16,
                occlude=0.3,
                hook=-0.06 if i % 2 else 0.04,
                fade=0.25,
            )
        )
    return pair(left, asym)


def side_lock(g: Guide, tip, W=30.0, ang=74.0, bulge=6.0, profile="leaf", **kw) -> Clump:
    """A lock in front of the ear, from the temple down the cheek (left side; mirror for the right)."""
    root = g.point(-ang, -W * 1.1)
    mid = lerp(root, tip, 0.5)
    mid = (mid[0] - bulge, mid[1])
    kw.setdefault("n", 22)
    return Clump(root, tip, W, via=(mid,), profile=profile, fade=0.25, **kw)


def side(clumps_left, asym: float = 6.0, ring: Ring | None = SIDE_RING) -> Art:
    art = Art()
    art.draw(pair(clumps_left, asym), ring)
    return art


def braid(art: Art, pts, W: float = 30.0, taper: float = 0.45, tie_tuft: bool = True) -> None:
    """A braid: a rope of the braid's width in the shadow tone, then overlapping leaf clumps crossing it
    alternately from left and right (drawn top to bottom, so each lower strand crosses the one above)."""
    from hair_clumps import add, leaf_d, mul

    total = sum(math.dist(a, b) for a, b in zip(pts, pts[1:], strict=False))
    count = max(3, int(total / (W * 0.9)))
    probe = Clump(pts[0], pts[-1], W, via=tuple(pts[1:-1]), n=count * 2, profile="rope")
    rows = probe.frame()
    body = [(s, p, nr, W * (1 - taper * s), t) for s, p, nr, _, t in rows]
    art.fill(
        leaf_d(
            [add(p, mul(nr, w)) for s, p, nr, w, t in body], [add(p, mul(nr, -w)) for s, p, nr, w, t in body]
        ),
        "hair.shadow",
    )
    for i in range(0, len(body) - 3, 2):
        s, p, nr, w, t = body[i]
        s2, p2, nr2, w2, t2 = body[min(len(body) - 1, i + 3)]
        sg = 1 if (i // 2) % 2 else -1
        a = add(p, mul(nr, sg * w * 0.95))
        b = add(p2, mul(nr2, -sg * w * 0.55))
        Clump(
            a,
            b,
            w * 0.62,
            bend=sg * w * 0.3,
            hook=0.0,
            shine=False,
            occlude=0.3,
            line=(1.8, 3.4),
            n=10,
            fade=0.12,
            shade=0.7,
        ).draw(art)
    if tie_tuft:
        s, p, nr, w, t = body[-2]
        for k in (-1, 0, 1):
            tip = add(add(p, mul(t, W * 1.6)), mul(nr, k * W * 0.45))
            Clump(p, tip, W * 0.42, hook=0.05 * k, shine=False, occlude=0.0, line=(1.8, 3.2), n=10).draw(art)
        band(art, p, nr, w * 0.8)


def band(art: Art, p, nr, half: float, slot: str = "hair.line") -> None:
    """A small hair tie across a lock at p (a rounded band)."""
    from hair_clumps import add, mul, perp

    t = perp(nr)
    a, b = add(p, mul(nr, half)), add(p, mul(nr, -half))
    d = [add(a, mul(t, -6)), add(b, mul(t, -6)), add(b, mul(t, 6)), add(a, mul(t, 6))]
    art.fill(spline(d, closed=True), slot)


def tail(g_unused, tie, tip, W=70.0, n=5, spread=0.5, bulge=30.0, profile="leaf", wave=0.0) -> list:
    """A ponytail / twin tail: n clumps from the tie, fanning and tapering to tips around ``tip``."""
    out = []
    for i in range(n):
        u = (i / (n - 1) - 0.5) if n > 1 else 0.0
        t2 = (tip[0] + u * W * spread * 2.2, tip[1] - abs(u) * W * 0.9)
        mid = lerp(tie, t2, 0.45)
        mid = (mid[0] + bulge * (1 - abs(u)) + u * W * 0.8, mid[1])
        via = (mid,)
        if wave:
            via = (mid, (lerp(mid, t2, 0.5)[0] - wave, lerp(mid, t2, 0.5)[1]))
        out.append(
            Clump(
                tie,
                t2,
                W * 0.55 * (1 - 0.35 * abs(u)),
                via=via,
                profile=profile,
                n=16,
                shine=False,
                hook=0.05 * (1 if u >= 0 else -1),
                occlude=0.2,
                fade=0.1,
            )
        )
    # back clumps first: the outer ones, then the middle
    out.sort(key=lambda c: -abs(c.tip[0] - tip[0]))
    return out


# ----------------------------------------------------------------------------------------------------------
# the catalogue.  Each entry: builder, label, label_ja, tags (texture, length, volume), extras.

SIDES_FULL = ((100, 84, 68), (100, 86, 70))
SIDES_EARS = ((80, 66, 52), (80, 68, 54))  # men's cuts: the sides end above the ears
SIDES_SHORT = ((90, 76, 60), (90, 76, 62))


def mirror_tips(tips_left):
    return [
        t
        for p in tips_left
        for t in (
            p,
            (1024 - p[0], p[1] + 3, p[2], -p[3], *[-v if isinstance(v, float) else v for v in p[4:]]),
        )
    ]


def F_hime():
    g = Guide(58, 46, 18)
    xs = [344, 392, 440, 488, 536, 584, 632, 680]
    tips = [(x, 442 + 3 * math.sin(x), 34, 0.0, 0.0, "blunt") for x in xs]
    tips = tips[::2] + tips[1::2]
    return front(g, tips, side_w=(42, 38, 34))


def F_hime_long():
    g = Guide(56, 44, 18)
    xs = [348, 396, 444, 492, 540, 588, 636, 680]
    tips = [(x, 478 + 4 * math.sin(x * 3), 34, 0.0, 0.0, "blunt") for x in xs]
    return front(g, tips[::2] + tips[1::2])


def F_side_swept():
    g = Guide(64, 48, 16, part=590, lift=16)
    tips = [
        (690, 420, 36, 0.05),
        (648, 400, 40, 0.03),
        (350, 486, 38, -0.07),
        (398, 478, 44, -0.08),
        (446, 466, 46, -0.08),
        (494, 450, 48, -0.07),
        (546, 430, 48, -0.06),
        (596, 410, 44, -0.05),
    ]
    return front(g, tips)


def F_deep_side():
    g = Guide(70, 50, 16, part=650, lift=22)
    tips = [
        (700, 400, 34, 0.04),
        (340, 520, 40, -0.05),
        (380, 500, 46, -0.07),
        (430, 484, 50, -0.08),
        (480, 462, 50, -0.08),
        (534, 440, 50, -0.07),
        (590, 414, 48, -0.06),
        (640, 392, 40, -0.04),
    ]
    return front(g, tips)


def F_parted_middle():
    g = Guide(60, 48, 18)
    left = [(346, 478, 36, -0.04), (388, 462, 42, -0.05), (432, 446, 44, -0.06), (476, 428, 40, -0.07)]
    return front(g, mirror_tips(left))


def F_curtain():
    g = Guide(62, 50, 20)
    left = [
        (336, 520, 36, -0.05, -10.0),
        (362, 490, 40, -0.07, -14.0),
        (400, 452, 42, -0.09, -16.0),
        (446, 412, 40, -0.1, -14.0),
    ]
    return front(g, mirror_tips(left))


def F_centre_curtain_m():
    g = Guide(54, 40, 10)
    left = [
        (352, 430, 36, -0.05, -8.0),
        (390, 420, 40, -0.07, -10.0),
        (430, 402, 40, -0.09, -12.0),
        (470, 378, 36, -0.1, -10.0),
    ]
    return front(g, mirror_tips(left), sides=SIDES_EARS, side_w=(36, 34, 30))


def F_long_side_bangs():
    g = Guide(60, 48, 20)
    left = [(336, 580, 34, -0.03, 6.0), (376, 470, 40, -0.04), (424, 452, 42, -0.05), (470, 436, 42, -0.06)]
    return front(g, mirror_tips(left))


def F_short_crop():
    g = Guide(48, 38, 10, part=540, lift=8)
    tips = [
        (352, 372, 34, -0.04),
        (676, 368, 34, 0.05),
        (400, 384, 40, -0.06),
        (624, 378, 40, 0.04),
        (452, 392, 42, -0.06),
        (572, 386, 42, 0.03),
        (512, 398, 44, -0.04),
    ]
    return front(g, tips, sides=SIDES_SHORT, side_w=(38, 34, 30))


def F_crew():
    g = Guide(40, 30, 8, part=548, lift=6)
    tips = [
        (370, 340, 32, -0.03),
        (654, 338, 32, 0.03),
        (420, 350, 38, -0.05),
        (604, 346, 38, 0.04),
        (470, 356, 40, -0.05),
        (540, 352, 42, -0.04),
    ]
    return front(g, tips, sides=SIDES_EARS, side_w=(32, 30, 28))


def F_textured_crop():
    g = Guide(56, 40, 8, part=560, lift=10)
    tips = [
        (364, 370, 30, -0.1, 0.0, "spike"),
        (660, 360, 30, 0.1, 0.0, "spike"),
        (410, 392, 34, -0.12, 0.0, "spike"),
        (612, 380, 34, 0.1, 0.0, "spike"),
        (458, 402, 36, -0.14, 0.0, "spike"),
        (560, 394, 38, -0.1, 0.0, "spike"),
        (506, 410, 38, -0.12, 0.0, "spike"),
    ]
    return front(g, tips, sides=SIDES_EARS, side_w=(32, 30, 28))


def F_two_block():
    g = Guide(62, 44, 8, part=580, lift=14)
    tips = [
        (664, 392, 36, 0.04),
        (364, 436, 38, -0.06),
        (410, 430, 44, -0.07),
        (458, 420, 46, -0.07),
        (508, 410, 46, -0.06),
        (560, 398, 44, -0.05),
        (612, 390, 40, -0.04),
    ]
    return front(g, tips, sides=SIDES_EARS, side_w=(34, 32, 28))


def F_undercut():
    g = Guide(74, 40, 4, part=600, lift=26)
    tips = [
        (672, 330, 36, 0.06),
        (392, 402, 40, -0.1),
        (440, 378, 44, -0.1),
        (490, 356, 46, -0.09),
        (544, 336, 44, -0.08),
        (600, 320, 40, -0.06),
    ]
    art = front(g, tips, sides=((70, 56), (70, 58)), side_w=(34, 30))
    return art


def F_wolf():
    g = Guide(66, 52, 22, part=540, lift=10)
    tips = [
        (340, 480, 30, -0.08, 0.0, "spike"),
        (684, 474, 30, 0.08, 0.0, "spike"),
        (360, 470, 36, -0.1, 0.0, "spike"),
        (664, 462, 36, 0.1, 0.0, "spike"),
        (410, 456, 40, -0.12, 0.0, "spike"),
        (612, 450, 40, 0.1, 0.0, "spike"),
        (462, 470, 42, -0.1, 0.0, "spike"),
        (560, 462, 42, 0.08, 0.0, "spike"),
        (510, 480, 40, -0.06, 0.0, "spike"),
    ]
    return front(g, tips, sides=((84, 70, 56), (84, 70, 56)), side_w=(36, 34, 30))


def F_wavy():
    g = Guide(66, 52, 22, part=548, lift=10)
    tips = [
        (340, 480, 38, -0.08, 14.0),
        (684, 474, 38, 0.08, -14.0),
        (388, 462, 42, 0.06, -12.0),
        (636, 456, 42, -0.06, 12.0),
        (438, 470, 46, -0.08, 14.0),
        (586, 460, 46, 0.06, -12.0),
        (490, 452, 46, 0.07, -14.0),
        (540, 468, 44, -0.06, 12.0),
    ]
    return front(g, tips)


def F_bob_fringe():
    g = Guide(60, 52, 24)
    left = [
        (350, 462, 40, 0.07, 8.0),
        (398, 452, 44, 0.07, 6.0),
        (448, 446, 46, 0.06, 4.0),
        (494, 444, 44, 0.05, 2.0),
    ]
    return front(g, mirror_tips(left))


def F_choppy():
    g = Guide(62, 48, 16, part=530, lift=6)
    tips = [
        (342, 470, 34, -0.06),
        (684, 460, 34, 0.06),
        (384, 420, 38, -0.06),
        (640, 430, 38, 0.05),
        (430, 468, 40, -0.08),
        (592, 472, 40, 0.06),
        (474, 412, 42, -0.05),
        (550, 420, 42, 0.04),
        (512, 476, 40, -0.03),
    ]
    return front(g, tips)


def F_see_through():
    g = Guide(60, 46, 16)
    xs = [356, 398, 440, 480, 520, 560, 600, 642, 676]
    tips = [(x, 448 + 10 * math.sin(x * 0.09), 20, -0.04 if x < 512 else 0.04) for x in xs]
    return front(g, tips)


def F_wispy():
    g = Guide(60, 46, 16, part=530)
    tips = [
        (348, 470, 26, -0.06),
        (676, 462, 26, 0.06),
        (392, 456, 28, -0.08),
        (632, 452, 28, 0.06),
        (436, 470, 30, -0.08),
        (588, 462, 30, 0.05),
        (482, 450, 30, -0.07),
        (536, 466, 30, 0.04),
    ]
    return front(g, tips)


def F_m_bangs():
    g = Guide(60, 48, 18)
    tips = [
        (350, 470, 38, -0.05),
        (674, 470, 38, 0.05),
        (404, 420, 42, -0.04),
        (620, 420, 42, 0.04),
        (456, 462, 44, 0.02),
        (568, 462, 44, -0.02),
        (512, 484, 40, 0.0),
    ]
    return front(g, tips)


def F_asym():
    g = Guide(62, 48, 18, part=470, lift=12)
    tips = [
        (340, 400, 34, -0.05),
        (392, 398, 40, -0.05),
        (444, 404, 42, -0.04),
        (680, 520, 36, 0.05),
        (636, 500, 42, 0.07),
        (588, 478, 46, 0.08),
        (540, 452, 46, 0.07),
        (492, 420, 44, 0.05),
    ]
    return front(g, tips)


def F_one_eye():
    g = Guide(66, 50, 20, part=640, lift=24)
    tips = [
        (700, 410, 34, 0.04),
        (346, 580, 44, -0.04, 8.0),
        (392, 560, 50, -0.05, 8.0),
        (440, 530, 52, -0.06, 6.0),
        (490, 492, 50, -0.07),
        (544, 450, 48, -0.07),
        (596, 412, 42, -0.05),
    ]
    return front(g, tips)


def F_blunt_side_locks():
    g = Guide(58, 46, 20)
    xs = [392, 440, 488, 536, 584, 632]
    tips = [(336, 600, 34, 0.0, 4.0, "blunt"), (688, 600, 34, 0.0, -4.0, "blunt")]
    tips += [(x, 444, 34, 0.0, 0.0, "blunt") for x in xs[::2] + xs[1::2]]
    return front(g, tips)


def F_spiky():
    g = Guide(72, 54, 18, part=530, lift=8)
    tips = [
        (330, 470, 34, -0.14, 0.0, "spike"),
        (696, 462, 34, 0.14, 0.0, "spike"),
        (380, 450, 40, -0.16, 0.0, "spike"),
        (646, 446, 40, 0.14, 0.0, "spike"),
        (432, 468, 44, -0.14, 0.0, "spike"),
        (596, 460, 44, 0.12, 0.0, "spike"),
        (486, 446, 44, -0.12, 0.0, "spike"),
        (548, 470, 42, 0.1, 0.0, "spike"),
    ]
    spikes = []
    for ang, out, w in (
        (-78, 44, 52),
        (-56, 54, 58),
        (-30, 58, 60),
        (-6, 54, 60),
        (20, 58, 60),
        (44, 56, 58),
        (68, 50, 52),
        (88, 40, 46),
    ):
        root = g.point(ang * 0.8, -70)
        tip = g.point(ang + (12 if ang > 0 else -12), out)
        spikes.append(
            Clump(
                root,
                tip,
                w,
                bend=-10 if ang < 0 else 10,
                profile="spike",
                hook=0.1 * (1 if ang > 0 else -1),
                shine=False,
                fade=0.5,
                occlude=0.0,
                line=(3.0, 6.5),
            )
        )

    return front(g, tips, side_w=(40, 36, 32), before=[lambda art: art.draw(spikes)])


def F_pompadour():
    g = Guide(96, 50, 8, part=560, lift=10)
    art = Art()
    cap(art, g, -80, 82)
    art.draw(side_sweep(g, -1, (80, 66), (34, 30)) + side_sweep(g, 1, (80, 68), (34, 30)))
    quiff = []
    for i, x in enumerate((380, 430, 480, 530, 580, 630)):
        root = (x, 318 - 6 * math.sin(i))
        tip = (x + 90, 130 + abs(x - 520) * 0.25)
        quiff.append(
            Clump(root, tip, 40, bend=26, hook=0.1, profile="leaf", fade=0.1, occlude=0.25, shine=True)
        )
    art.draw(quiff, Ring(y0=220, depth=30, rx=300, h=10))
    silhouette_line(art, g.outline(-74, 76, 30))
    return art


def F_slicked_back():
    g = Guide(56, 40, 6)
    art = Art()
    cap(art, g, -82, 82, inner=hairline_arch(skull(74, -40), 292))
    art.draw(side_sweep(g, -1, (82, 68), (34, 30)) + side_sweep(g, 1, (82, 68), (34, 30)))
    backs = []
    for x in (370, 420, 470, 520, 570, 620, 664):
        root = (x, 300 + 0.0024 * (x - 512) ** 2)
        tip = (512 + (x - 512) * 1.15, 140 + abs(x - 512) * 0.35)
        backs.append(
            Clump(
                root,
                tip,
                34,
                bend=(x - 512) * 0.05,
                hook=0.0,
                fade=0.1,
                occlude=0.0,
                shine=False,
                line=(2.0, 3.6),
            )
        )
    art.draw(backs)
    silhouette_line(art, g.outline(-76, 76, 30))
    return art


def F_buzz():
    from hair_clumps import tick_d

    g = Guide(14, 12, 4)
    art = Art()
    top = g.outline(-84, 84, 28)
    hair = [(512 + (x - 512), 296 + 0.0022 * (x - 512) ** 2) for x in range(340, 690, 25)]
    art.fill(spline(top) + " " + spline(list(reversed(hair)), move=False) + " Z", "hair")
    for i in range(46):
        a = -80 + 160 * i / 45
        p = g.point(a, -16 - 28 * (i % 3))
        q = (p[0] + 3, p[1] + 12)
        art.ink(tick_d([p, lerp(p, q, 0.5), q], 2.2), "hair.shadow")
    silhouette_line(art, top, lit=2.5, dark=5.0)
    return art


def F_curly():
    g = Guide(74, 58, 26, part=540, lift=8)
    art = Art()
    cap(art, g, -100, 100)
    side_c = []
    for sgn in (-1, 1):
        for a, w in ((100, 40), (84, 38), (68, 36)):
            root = g.point(sgn * 10, -w)
            tip = g.point(sgn * a, -w * 0.3)
            side_c.append(s_clump(root, tip, w, amp=10, turns=1.0, shine=False))
    art.draw(side_c)
    xs = [340, 680, 386, 636, 434, 590, 482, 540]
    curls = [
        s_clump(
            g.point((x - 512) / 200 * 50, -14),
            (x, 452 + 10 * math.sin(x)),
            40,
            amp=12,
            turns=1.2,
            fade=0.3,
            occlude=0.0,
            cast=7.0,
        )
        for x in xs
    ]
    art.draw(curls, Ring(y0=272, depth=60))
    silhouette_line(art, g.outline(-94, 94, 32))
    return art


def F_coily():
    g = Guide(84, 66, 30)
    art = Art()
    cap(art, g, -100, 100)
    # coils: short stacked S-clumps; a row over the crown first (a bare cap there read as a helmet,
    # seed 19), then the outer ones, then those over the hairline
    coils = [
        s_clump(
            (x + (512 - x) * 0.35, 122),
            (x + (x - 512) * 0.25, 262),
            30,
            amp=9,
            turns=1.5,
            shine=False,
            occlude=0.0,
        )
        for x in (420, 604, 466, 558, 512)
    ]
    for a in (-100, -84, -68, -52, 100, 84, 68, 52):
        root = g.point(a * 0.4, -60)
        tip = g.point(a, -8)
        coils.append(s_clump(root, tip, 30, amp=12, turns=2.0, shine=False, occlude=0.0))
    for x, y in ((360, 420), (664, 418), (404, 400), (620, 398), (452, 392), (572, 390), (512, 398)):
        coils.append(
            s_clump(
                (x + (512 - x) * 0.2, 250),
                (x, y),
                30,
                amp=10,
                turns=2.0,
                shine=False,
                fade=0.3,
                occlude=0.0,
                cast=6.0,
            )
        )
    art.draw(coils)
    silhouette_line(art, g.outline(-96, 96, 32))
    return art


def F_afro_top():
    g = Guide(110, 96, 60)
    art = Art()
    # a rounded hairline arch over the forehead (a straight V from the temples read as a helmet, seed 2)
    arch = [(690, 430), (676, 372), (650, 328), (612, 304), (562, 294), (512, 292)]
    arch += [(1024 - x, y) for x, y in arch[-2::-1]]
    cap(art, g, -104, 104, inner=[skull(100, -10), *arch, skull(-100, -10)])
    # puffs: big ones at the top and sides, small ones at the hairline (the soft hairline)
    big = [
        (-104, 46),
        (104, 46),
        (-88, 50),
        (88, 50),
        (-72, 52),
        (72, 52),
        (-56, 54),
        (56, 54),
        (-40, 56),
        (40, 56),
        (-22, 58),
        (22, 58),
        (-6, 58),
        (8, 56),
    ]
    # outlined only where they face outward, shadow crescents on the shadow side only: one soft mass
    # lit from the upper left, not a pile of outlined balls (a light afro read as a powdered wig)
    for a, r in big:
        # the side puffs, which lie over the face and each other, keep all but their upper arc
        facing, span = (a - 90, 150.0) if abs(a) < 70 else (90.0, 240.0)
        puff(art, g.point(a, -r * 1.05), r, facing=facing, span=span, crescent=a > 20)
    # the hairline: the shadow under the overhanging mass along the arch, broken by a few curls of
    # uneven size (a full ring of small puffs read as the rolled curls of a powdered wig)
    from hair_clumps import line_d

    band_pts = [(x, y - 12) for x, y in arch]
    art.ink(line_d(band_pts, 16, 24, taper=0.3), "hair.shadow")
    for x, y, r in ((378, 318, 24), (604, 292, 27), (684, 364, 22)):
        face = math.degrees(math.atan2(y - 440, x - 512)) + 180
        puff(art, (x, y), r, line=(1.6, 3.2), facing=face, crescent=False)
    return art


def F_locs():
    g = Guide(70, 56, 24, part=500)
    art = Art()
    cap(art, g, -100, 100, inner=hairline_arch(skull(90, -40), 296))
    ropes = []
    for sgn in (-1, 1):
        for ang, tip, w, sw in ((86, (266, 468), 19, 8), (64, (282, 500), 21, 4), (40, (298, 516), 20, -10)):
            root = g.point(sgn * abs(ang), -46)
            t = tip if sgn < 0 else (1024 - tip[0], tip[1])
            ropes.append(loc(root, t, w, sway=sw * -sgn, fade=0.2, occlude=0.0))
    for (rx, ry), (tx, ty), w, sw in (
        # rooted high on the dome, so the crown is covered by ropes and not a bare cap
        (((420, 168), (330, 540), 17, -20)),
        (((456, 150), (360, 470), 20, -24)),
        (((606, 166), (700, 540), 18, 20)),
        (((566, 148), (676, 460), 21, 26)),
        (((484, 138), (390, 400), 19, -30)),
        (((534, 136), (640, 384), 18, 30)),
        (((508, 132), (440, 360), 16, -26)),
    ):
        ropes.append(loc((rx, ry), (tx, ty), w, sway=sw, fade=0.2, occlude=0.0))
    for r in ropes:
        r.draw(art)
        loc_marks(art, r)
    silhouette_line(art, g.outline(-96, 96, 32))
    return art


def F_braided_crown():
    g = Guide(56, 46, 18)
    left = [(350, 452, 36, -0.05), (396, 438, 40, -0.06), (444, 428, 40, -0.06), (488, 420, 36, -0.06)]
    art = front(g, mirror_tips(left))
    pts = [g.point(a, -34) for a in range(-84, 86, 12)]
    braid(art, pts, W=26, taper=0.0, tie_tuft=False)
    return art


def F_ahoge():
    art = F_side_swept()
    for root, tip, w, bend in (((540, 140), (600, 56), 16, -26), ((548, 144), (500, 74), 11, 18)):
        Clump(root, tip, w, bend=bend, hook=0.12, shine=False, occlude=0.0, line=(2.0, 4.0), fade=0.3).draw(
            art
        )
    return art


def F_ahoge_crop():
    art = F_short_crop()
    Clump(
        (520, 160), (580, 70), 15, bend=-22, hook=0.14, shine=False, occlude=0.0, line=(2.0, 4.0), fade=0.3
    ).draw(art)
    return art


# id: (builder, label, label_ja, texture, length, volume, extra manifest keys)
FRONTS = {
    "hime_straight": (
        F_hime,
        "Straight bangs (hime)",
        "ぱっつん前髪",
        "straight",
        "medium",
        "medium",
        {"weight": 1.2},
    ),
    "hime_long": (F_hime_long, "Long blunt bangs", "重めぱっつん", "straight", "long", "medium", {}),
    "side_swept": (F_side_swept, "Side-swept", "流し前髪", "straight", "medium", "medium", {"weight": 1.3}),
    "deep_side": (F_deep_side, "Deep side part", "深め横分け", "straight", "long", "big", {}),
    "parted_middle": (
        F_parted_middle,
        "Parted in the middle",
        "センター分け",
        "straight",
        "medium",
        "medium",
        {"weight": 1.3},
    ),
    "curtain_bangs": (F_curtain, "Curtain bangs", "シースルーセンター分け", "straight", "long", "medium", {}),
    "centre_curtain": (
        F_centre_curtain_m,
        "Centre-part curtain (short)",
        "センターパート",
        "straight",
        "short",
        "medium",
        {"presentation": ["masculine", "androgynous"]},
    ),
    "long_side_bangs": (
        F_long_side_bangs,
        "Long side bangs",
        "長めの触覚前髪",
        "straight",
        "long",
        "medium",
        {},
    ),
    "short_crop": (F_short_crop, "Short crop", "短め前髪", "straight", "short", "medium", {}),
    "crew": (
        F_crew,
        "Crew cut",
        "クルーカット",
        "straight",
        "short",
        "flat",
        {"presentation": ["masculine", "androgynous"]},
    ),
    "textured_crop": (
        F_textured_crop,
        "Textured crop",
        "テクスチャーショート",
        "straight",
        "short",
        "medium",
        {"presentation": ["masculine", "androgynous"]},
    ),
    "two_block": (
        F_two_block,
        "Two-block",
        "ツーブロック",
        "straight",
        "short",
        "medium",
        {"presentation": ["masculine", "androgynous"]},
    ),
    "undercut": (
        F_undercut,
        "Undercut",
        "アンダーカット",
        "straight",
        "short",
        "medium",
        {"presentation": ["masculine", "androgynous"]},
    ),
    "wolf": (F_wolf, "Wolf cut", "ウルフカット", "straight", "medium", "big", {}),
    "wavy": (F_wavy, "Wavy", "ウェーブ前髪", "wavy", "medium", "big", {}),
    "bob_fringe": (F_bob_fringe, "Bob fringe", "ボブ前髪", "straight", "medium", "medium", {}),
    "choppy": (F_choppy, "Choppy bangs", "ぱつぱつ前髪", "straight", "medium", "medium", {}),
    "see_through": (F_see_through, "See-through bangs", "シースルー前髪", "straight", "medium", "medium", {}),
    "wispy": (F_wispy, "Wispy", "すきバング", "straight", "medium", "medium", {}),
    "m_bangs": (F_m_bangs, "M-shaped bangs", "M字バング", "straight", "medium", "medium", {}),
    "asym_bangs": (F_asym, "Asymmetric bangs", "アシメ前髪", "straight", "medium", "medium", {}),
    "one_eye": (F_one_eye, "Over one eye", "片目隠れ", "straight", "long", "big", {}),
    "blunt_side_locks": (
        F_blunt_side_locks,
        "Blunt with side locks",
        "ぱっつん＋サイド",
        "straight",
        "long",
        "medium",
        {},
    ),
    "spiky": (F_spiky, "Messy spiky", "ツンツンヘア", "straight", "medium", "big", {}),
    "pompadour": (
        F_pompadour,
        "Pompadour / quiff",
        "リーゼント",
        "straight",
        "short",
        "big",
        {"weight": 0.6, "presentation": ["masculine", "androgynous"]},
    ),
    "slicked_back": (F_slicked_back, "Slicked back", "オールバック", "straight", "short", "flat", {}),
    "buzz": (F_buzz, "Buzz cut hairline", "坊主", "straight", "buzz", "flat", {"weight": 0.5}),
    "curly": (F_curly, "Curly", "カーリー", "curly", "medium", "big", {}),
    "coily": (F_coily, "Coily", "コイリー", "coily", "short", "big", {}),
    "afro_top": (F_afro_top, "Afro", "アフロ", "coily", "medium", "huge", {"weight": 0.8}),
    "locs": (F_locs, "Locs", "ドレッドロックス", "locs", "long", "big", {"weight": 0.8}),
    "braided_crown": (
        F_braided_crown,
        "Braided crown",
        "編み込みカチューシャ",
        "straight",
        "medium",
        "medium",
        {"weight": 0.7},
    ),
    "ahoge": (F_ahoge, "Side-swept with ahoge", "アホ毛", "straight", "medium", "medium", {}),
    "ahoge_crop": (
        F_ahoge_crop,
        "Short crop with ahoge",
        "アホ毛ショート",
        "straight",
        "short",
        "medium",
        {},
    ),
}


# ----------------------------------------------------------------------------------------------------------
# back styles


def B_short():
    g = Guide(50, 40, 14)
    left = [
        hang(g, -104, (318, 600), 36, bulge=8, hook=0.06),
        hang(g, -92, (336, 560), 34, bulge=4, hook=-0.05),
    ]
    return back(g, pair(left, 6), 560, 130)


def B_tapered_nape():
    """Men's cuts: the back hugs the skull and narrows to the nape; the ears stay clear."""
    g = Guide(46, 34, 6)
    art = Art()
    top = g.outline(-100, 100, 28, extra=-6)
    nape = [(588, 600), (560, 660), (512, 672), (464, 660), (436, 600)]
    art.fill(spline(top) + " " + spline([top[-1], *nape, top[0]], move=False) + " Z", "hair.shadow")
    art.fill(
        spline([(450, 560), (512, 578), (574, 560), (560, 650), (512, 664), (464, 650)], closed=True),
        "hair.line",
        opacity=0.25,
    )
    return art


def B_bob():
    g = Guide(58, 50, 28)
    left = [
        hang(g, -112, (300, 700), 44, bulge=18, hook=0.1, profile="blunt"),
        hang(g, -98, (330, 690), 42, bulge=12, hook=0.08, profile="blunt"),
        hang(g, -86, (360, 680), 40, bulge=6, hook=0.06, profile="blunt"),
    ]
    return back(g, pair(left, 4), 680, 150)


def B_wolf():
    g = Guide(60, 50, 24)
    left = [
        hang(g, -110, (270, 740), 34, bulge=16, hook=-0.12, profile="spike"),
        hang(g, -98, (300, 700), 34, bulge=10, hook=0.1, profile="spike"),
        hang(g, -88, (336, 720), 30, bulge=4, hook=-0.08, profile="spike"),
    ]
    return back(g, pair(left, 8), 700, 150)


def B_medium():
    return straight_back(Guide(56, 46, 22), 830, spread=40, W=40, n_side=4)


def B_long():
    return straight_back(Guide(56, 46, 22), 960, spread=70, W=42, n_side=4)


def B_very_long():
    return straight_back(Guide(58, 48, 26), 1060, spread=100, W=46, n_side=5)


def B_hime_long():
    return straight_back(Guide(56, 46, 20), 980, spread=60, W=42, n_side=4, profile="blunt", bulge=4)


def B_wavy_long():
    g = Guide(64, 54, 30)
    left = []
    for i in range(4):
        t = i / 3
        tip = (512 - 160 - 90 * t, 960 - 30 * (1 - t))
        c = hang(g, -(74 + 32 * t), tip, 42 * (1 - 0.12 * t), bulge=20, hook=0.08)
        mid = c.via[0]
        c.via = (mid, (lerp(mid, tip, 0.5)[0] - 34, lerp(mid, tip, 0.5)[1]))
        left.append(c)
    return back(g, pair(list(reversed(left)), 12), 900, 150)


def B_curly_medium():
    g = Guide(80, 66, 44)
    left = [
        s_clump(
            g.point(-(76 + 12 * i), -40),
            (300 - 30 * i + 20, 760 - 30 * i),
            40,
            amp=16,
            turns=1.5,
            shine=False,
        )
        for i in range(4)
    ]
    return back(g, pair(left, 10), 720, 160)


def B_coily_medium():
    g = Guide(96, 80, 56)
    art = back(g, [], 640, 160)
    for a in (-118, 118, -104, 104, -90, 90, -76, 76):
        tip = g.point(a, 10)
        tip = (tip[0], tip[1] + 150)
        s_clump(g.point(a * 0.8, -60), tip, 36, amp=12, turns=2.5, shine=False).draw(art)
    return art


def B_afro():
    g = Guide(120, 110, 80)
    art = Art()
    top = g.outline(-130, 130, 30, extra=-30)
    art.fill(spline(top + [(512, 620)], closed=True), "hair.shadow")
    ring = [(a, 62 - abs(a) * 0.06) for a in range(-130, 131, 16)]
    for a, r in sorted(ring, key=lambda t: -abs(t[0])):
        puff(art, g.point(a, -r * 0.85), r, facing=a - 90, crescent=a > 20)
    return art


def B_locs():
    g = Guide(70, 56, 26)
    art = back(g, [], 820, 150)
    for a, tip, w, sw in (
        (-120, (230, 880), 20, -20),
        (-108, (270, 940), 24, 10),
        (-96, (300, 820), 18, -14),
        (-84, (350, 900), 22, 12),
        (120, (792, 860), 19, 18),
        (106, (756, 950), 24, -12),
        (94, (720, 830), 18, 16),
        (82, (680, 920), 21, -10),
    ):
        c = loc(g.point(a, -30), tip, w, sway=sw)
        c.draw(art)
        loc_marks(art, c)
    return art


def _tied(g, ties, tails, bottom=560, width=120, knot=None):
    art = back(g, pair([hang(g, -100, (330, 540), 34, bulge=4)], 4), bottom, width)
    for tie, tip, kw in tails:
        art.draw(tail(g, tie, tip, **kw))
        band(art, tie, (1, 0), 18)
        art.ties.append(tie)
    for t in ties:
        art.ties.append(t)
    return art


def B_ponytail_high():
    g = Guide(52, 42, 14)
    return _tied(g, [], [((600, 150), (720, 820), dict(W=80, n=5, bulge=50))])


def B_ponytail_mid():
    g = Guide(52, 42, 14)
    return _tied(g, [], [((690, 300), (770, 860), dict(W=74, n=5, bulge=30))])


def B_ponytail_low():
    g = Guide(52, 42, 14)
    return _tied(g, [], [((650, 560), (700, 900), dict(W=64, n=4, bulge=20))])


def B_side_ponytail():
    g = Guide(52, 42, 14)
    return _tied(g, [], [((330, 560), (300, 900), dict(W=64, n=4, bulge=-20))])


def B_twin_tails():
    g = Guide(54, 44, 14)
    return _tied(
        g,
        [],
        [
            ((300, 290), (170, 900), dict(W=76, n=5, bulge=-40)),
            ((724, 290), (854, 900), dict(W=76, n=5, bulge=40)),
        ],
    )


def B_low_twintails():
    g = Guide(54, 44, 14)
    return _tied(
        g,
        [],
        [
            ((350, 600), (300, 940), dict(W=56, n=4, bulge=-20)),
            ((674, 600), (724, 940), dict(W=56, n=4, bulge=20)),
        ],
    )


def B_drills():
    g = Guide(56, 46, 16)
    art = _tied(g, [], [])
    for tie, sgn in (((300, 300), -1), ((724, 300), 1)):
        drill(art, (tie[0] + sgn * 36, tie[1] + 20), 500, r0=56, turns=3.5, side=sgn)
        band(art, tie, (1, 0), 20)
        art.ties.append(tie)
    return art


def _bun(art, c, r):
    puff(art, c, r, line=(2.6, 5.5))
    from hair_clumps import tick_d

    for k in (-0.5, 0.0, 0.5):
        pts = [
            (
                c[0] + r * 0.8 * math.cos(math.pi * (0.9 + 0.8 * i / 6)) + k * r * 0.3,
                c[1] + r * 0.7 * math.sin(math.pi * (0.9 + 0.8 * i / 6)) * (0.3 + abs(k)),
            )
            for i in range(7)
        ]
        art.ink(tick_d(pts, 2.4), "hair.shadow")


def B_bun():
    g = Guide(52, 42, 14)
    art = _tied(g, [], [])
    _bun(art, (512, 120), 72)
    art.ties.append((512, 178))
    return art


def B_double_buns():
    g = Guide(52, 42, 14)
    art = _tied(g, [], [])
    for c in ((350, 170), (674, 170)):
        _bun(art, c, 60)
        art.ties.append((c[0], c[1] + 48))
    return art


def B_afro_puffs():
    g = Guide(60, 50, 16)
    art = _tied(g, [], [])
    for c in ((320, 190), (704, 190)):
        for dx, dy, r in ((-30, -10, 50), (30, -16, 52), (0, 30, 50), (-10, -40, 46), (24, 20, 44)):
            puff(art, (c[0] + dx, c[1] + dy), r)
        art.ties.append((c[0] + (40 if c[0] < 512 else -40), c[1] + 60))
    return art


def B_half_up():
    art = straight_back(Guide(56, 46, 22), 940, spread=60, W=42, n_side=4)
    _bun(art, (512, 140), 46)
    art.ties.append((512, 180))
    return art


def B_braids_two():
    g = Guide(52, 42, 14)
    art = back(g, pair([hang(g, -100, (330, 560), 34, bulge=4)], 4), 560, 120)
    art.ties += [(352, 930), (672, 930)]
    return art


def B_braid_single():
    g = Guide(52, 42, 14)
    # the hair gathered behind the left ear falls to where the braid comes out below the jaw (seed 37:
    # a braid that seemed to start at the jaw), the right side frames the face as before
    left = hang(g, -100, (342, 700), 40, bulge=6)
    right = mirrored(hang(g, -100, (326, 564), 34, bulge=4))
    art = back(g, [left, right], 560, 120)
    art.ties.append((356, 940))
    return art


def B_buzz_back():
    g = Guide(16, 12, 4)
    art = Art()
    top = g.outline(-100, 100, 28, extra=-4)
    art.fill(
        spline(top) + " " + spline([top[-1], (560, 600), (512, 610), (464, 600), top[0]], move=False) + " Z",
        "hair.shadow",
    )
    return art


def B_undercut_back():
    g = Guide(40, 24, 2)
    art = Art()
    top = g.outline(-96, 96, 28, extra=-6)
    art.fill(
        spline(top) + " " + spline([top[-1], (570, 610), (512, 630), (454, 610), top[0]], move=False) + " Z",
        "hair.shadow",
    )
    return art


# ----------------------------------------------------------------------------------------------------------
# locks in front of the shoulders (layer hair_locks, above clothing; it follows hair_back by part id)


def L_medium():
    return locks(shoulder_locks(850, W=32, n=2, out=20))


def L_long():
    return locks(shoulder_locks(950, W=36, n=3, out=34))


def L_very_long():
    return locks(shoulder_locks(1060, W=40, n=3, out=56))


def L_hime_long():
    return locks(shoulder_locks(970, W=36, n=3, out=20, profile="blunt"))


def L_wavy_long():
    return locks(shoulder_locks(960, W=38, n=3, out=40, wave=26))


def L_curly_medium():
    art = Art()
    for sgn in (-1, 1):
        for i, (x, y) in enumerate(((334, 560), (352, 590))):
            root = (x if sgn < 0 else 1024 - x, y)
            tip = (root[0] - sgn * 30, 860 - 30 * i)
            s_clump(root, tip, 34, amp=16, turns=1.5, shine=False, occlude=0.3).draw(art)
    return art


def L_wolf():
    return locks([c for c in shoulder_locks(800, W=28, n=2, out=10, profile="spike")])


def L_locs():
    art = Art()
    for root, tip, w, sw in (
        ((340, 560), (300, 930), 20, -16),
        ((356, 590), (352, 880), 16, 10),
        ((684, 560), (730, 960), 22, 14),
        ((670, 590), (668, 860), 17, -10),
    ):
        c = loc(root, tip, w, sway=sw)
        c.draw(art)
        loc_marks(art, c)
    return art


def _over_shoulder_tail(art, tie, tip, W, n=4, bulge=-20):
    art.draw(tail(None, tie, tip, W=W, n=n, bulge=bulge))
    band(art, tie, (1, 0), W * 0.3)


def L_ponytail_low():
    art = Art()
    _over_shoulder_tail(art, (640, 600), (700, 930), 62, bulge=20)
    return art


def L_side_ponytail():
    art = Art()
    _over_shoulder_tail(art, (340, 590), (310, 940), 62)
    return art


def L_low_twintails():
    art = Art()
    _over_shoulder_tail(art, (354, 610), (300, 950), 54)
    _over_shoulder_tail(art, (670, 610), (724, 950), 54, bulge=20)
    return art


def L_braids_two():
    art = Art()
    braid(art, [(346, 580), (336, 700), (344, 820), (352, 930)], W=30)
    braid(art, [(678, 580), (688, 700), (680, 820), (672, 930)], W=30)
    return art


def L_braid_single():
    art = Art()
    braid(art, [(440, 610), (384, 690), (358, 800), (356, 940)], W=34)
    return art


def L_half_up():
    return L_long()


# ----------------------------------------------------------------------------------------------------------
# side locks (hair_side, above the face)


def S_long_locks():
    g = Guide(60, 48, 20)
    return side(
        [side_lock(g, (318, 700), 28, bulge=10, hook=0.05), side_lock(g, (338, 640), 22, ang=68, hook=-0.05)]
    )


def S_short_tufts():
    g = Guide(60, 48, 20)
    return side(
        [side_lock(g, (330, 575), 26, bulge=6, hook=0.06), side_lock(g, (350, 545), 20, ang=66, hook=-0.05)]
    )


def S_tiny_tuft():
    g = Guide(60, 48, 20)
    return side([side_lock(g, (350, 548), 16, ang=70, bulge=4, hook=0.1)])


def S_hime_blocks():
    g = Guide(58, 46, 20)
    return side([side_lock(g, (330, 640), 30, bulge=2, profile="blunt", hook=0.0)])


def S_wavy_locks():
    g = Guide(64, 52, 24)
    c = side_lock(g, (318, 720), 28, bulge=10, hook=0.06)
    mid = c.via[0]
    c.via = ((mid[0] - 18, mid[1] - 60), (mid[0] + 20, mid[1] + 60))
    return side([c])


def S_tied_locks():
    g = Guide(60, 48, 20)
    art = side([side_lock(g, (322, 740), 26, bulge=6, hook=0.0)])
    for x in (330, 694):
        band(art, (x, 640), (1, 0), 18, "accessory")
    return art


def S_curly_locks():
    g = Guide(70, 56, 26)
    return side([s_clump(g.point(-74, -30), (318, 680), 26, amp=14, turns=1.5, shine=False, fade=0.25)])


def S_coily_locks():
    g = Guide(84, 66, 30)
    return side(
        [
            s_clump(g.point(-80, -36), (322, 612), 24, amp=10, turns=2.5, shine=False, fade=0.25),
            s_clump(g.point(-70, -36), (348, 576), 20, amp=8, turns=2.5, shine=False, fade=0.25),
        ]
    )


def S_loc_strands():
    art = Art()
    for sgn in (-1, 1):
        for root, tip, w in (((340, 340), (322, 670), 17), ((356, 350), (352, 622), 15)):
            r = root if sgn < 0 else (1024 - root[0], root[1])
            t = tip if sgn < 0 else (1024 - tip[0], tip[1])
            c = loc(r, t, w, sway=-8 * sgn)
            c.draw(art)
            loc_marks(art, c, 28)
    return art


def S_braided_locks():
    art = Art()
    braid(art, [(338, 400), (330, 520), (334, 650)], W=22)
    braid(art, [(686, 400), (694, 520), (690, 650)], W=22)
    return art


def S_sideburns():
    g = Guide(46, 34, 6)
    return side([side_lock(g, (324, 548), 16, ang=80, bulge=2, hook=0.0, shine=False)])


def S_drill_locks():
    art = Art()
    for x, sgn in ((322, -1), (702, 1)):
        drill(art, (x, 400), 260, r0=26, turns=3.0, side=sgn)
    return art


FEM = {"presentation": ["feminine", "androgynous"]}
MASC = {"presentation": ["masculine", "androgynous"]}

BACKS = {
    "short": (B_short, "Short", "ショート", "straight", "short", "medium", {"weight": 1.5}),
    "tapered_nape": (
        B_tapered_nape,
        "Tapered nape (men's cuts)",
        "刈り上げ",
        "straight",
        "short",
        "flat",
        MASC,
    ),
    "undercut_back": (
        B_undercut_back,
        "Undercut back",
        "アンダーカット（後ろ）",
        "straight",
        "buzz",
        "flat",
        MASC,
    ),
    "bob": (B_bob, "Bob", "ボブ", "straight", "short", "medium", {}),
    "wolf": (B_wolf, "Wolf cut", "ウルフカット", "straight", "medium", "big", {}),
    "medium": (B_medium, "Medium", "ミディアム", "straight", "medium", "medium", {}),
    "long_straight": (B_long, "Long straight", "ロングストレート", "straight", "long", "medium", {}),
    "very_long": (B_very_long, "Very long", "スーパーロング", "straight", "very_long", "big", {}),
    "hime_long": (B_hime_long, "Hime cut, long", "姫カット", "straight", "long", "medium", {}),
    "wavy_long": (B_wavy_long, "Wavy long", "ウェーブロング", "wavy", "long", "big", {}),
    "half_up": (B_half_up, "Half up", "ハーフアップ", "straight", "long", "medium", {}),
    "twin_tails": (B_twin_tails, "Twin tails", "ツインテール", "straight", "long", "medium", FEM),
    "low_twintails": (B_low_twintails, "Low twin tails", "おさげ", "straight", "long", "medium", FEM),
    "drills": (B_drills, "Drill twin tails", "縦ロール", "curly", "long", "big", {"weight": 0.6, **FEM}),
    "ponytail_high": (B_ponytail_high, "High ponytail", "ポニーテール", "straight", "long", "medium", {}),
    "ponytail_mid": (B_ponytail_mid, "Ponytail", "ミドルポニー", "straight", "long", "medium", {}),
    "ponytail_low": (B_ponytail_low, "Low ponytail", "ローポニーテール", "straight", "long", "medium", {}),
    "side_ponytail": (B_side_ponytail, "Side ponytail", "サイドポニー", "straight", "long", "medium", {}),
    "bun": (B_bun, "Bun", "お団子", "straight", "medium", "medium", {}),
    "double_buns": (B_double_buns, "Double buns", "ダブルお団子", "straight", "medium", "medium", FEM),
    "braids_two": (B_braids_two, "Two braids", "二つ結び三つ編み", "straight", "long", "medium", {}),
    "braid_single": (B_braid_single, "Single braid", "一本三つ編み", "straight", "long", "medium", {}),
    "buzz_back": (B_buzz_back, "Very short", "ベリーショート", "straight", "buzz", "flat", {"weight": 0.6}),
    "curly_medium": (B_curly_medium, "Curly medium", "カーリーミディアム", "curly", "medium", "big", {}),
    "coily_medium": (
        B_coily_medium,
        "Coily medium",
        "コイリーミディアム",
        "coily",
        "medium",
        "big",
        {"weight": 0.8},
    ),
    "afro": (B_afro, "Afro", "アフロ", "coily", "medium", "huge", {"weight": 0.8}),
    "afro_puffs": (B_afro_puffs, "Afro puffs", "アフロパフ", "coily", "medium", "big", {"weight": 0.7}),
    "locs": (B_locs, "Locs", "ドレッドロックス", "locs", "long", "big", {"weight": 0.8}),
}

LOCKS = {
    "medium": (L_medium, "Medium", "ミディアム"),
    "long_straight": (L_long, "Long straight", "ロングストレート"),
    "very_long": (L_very_long, "Very long", "スーパーロング"),
    "hime_long": (L_hime_long, "Hime cut, long", "姫カット"),
    "wavy_long": (L_wavy_long, "Wavy long", "ウェーブロング"),
    "half_up": (L_half_up, "Half up", "ハーフアップ"),
    "wolf": (L_wolf, "Wolf cut", "ウルフカット"),
    "curly_medium": (L_curly_medium, "Curly medium", "カーリーミディアム"),
    "locs": (L_locs, "Locs", "ドレッドロックス"),
    "ponytail_low": (L_ponytail_low, "Low ponytail", "ローポニーテール"),
    "side_ponytail": (L_side_ponytail, "Side ponytail", "サイドポニー"),
    "low_twintails": (L_low_twintails, "Low twin tails", "おさげ"),
    "braids_two": (L_braids_two, "Two braids", "二つ結び三つ編み"),
    "braid_single": (L_braid_single, "Single braid", "一本三つ編み"),
}

SIDES = {
    "long_locks": (
        S_long_locks,
        "Long side locks",
        "長い触覚",
        "straight",
        "long",
        "medium",
        {"weight": 1.5},
    ),
    "short_tufts": (
        S_short_tufts,
        "Short tufts",
        "短いサイド",
        "straight",
        "short",
        "medium",
        {"weight": 1.5},
    ),
    "tiny_tuft": (S_tiny_tuft, "Tiny tuft", "おくれ毛", "straight", "short", "flat", {}),
    "hime_blocks": (S_hime_blocks, "Hime blocks", "姫カットサイド", "straight", "medium", "medium", {}),
    "wavy_locks": (S_wavy_locks, "Wavy side locks", "ウェーブサイド", "wavy", "long", "medium", {}),
    "tied_locks": (S_tied_locks, "Tied side locks", "結んだ触覚", "straight", "long", "medium", {}),
    "curly_locks": (S_curly_locks, "Curly side locks", "巻き髪サイド", "curly", "medium", "medium", {}),
    "coily_locks": (S_coily_locks, "Coily side locks", "コイリーサイド", "coily", "short", "medium", {}),
    "loc_strands": (S_loc_strands, "Loc strands", "ドレッドサイド", "locs", "medium", "medium", {}),
    "braided_locks": (
        S_braided_locks,
        "Braided side locks",
        "三つ編みサイド",
        "straight",
        "medium",
        "medium",
        {},
    ),
    "sideburns": (S_sideburns, "Sideburns", "もみあげ", "straight", "short", "flat", MASC),
    "drill_locks": (
        S_drill_locks,
        "Drill side locks",
        "縦ロールサイド",
        "curly",
        "medium",
        "medium",
        {"weight": 0.6},
    ),
}


# Presentation leanings (issue 10's tagging of the hair family, folded in here): long, tied and braided
# styles lean feminine or androgynous, so a masculine design draws short and natural cuts.
LEAN = {
    "hair_back": "long_straight very_long wavy_long hime_long half_up braids_two braid_single bob ponytail_high "
    "side_ponytail",
    "hair_front": "hime_straight hime_long long_side_bangs blunt_side_locks bob_fringe braided_crown",
    "hair_side": "long_locks tied_locks hime_blocks wavy_locks braided_locks drill_locks",
}


def parts(registry, layer: str | None = None):
    """helpers.Part objects for a registry {id: (builder, label, label_ja, texture, length, volume, keys)}:
    the tags go into layer.toml, tie points of back styles as ``ties``."""
    from helpers import Part

    out = []
    for pid, (fn, label, ja, texture, length, volume, keys) in registry.items():
        art = fn()
        tags = {"texture": texture, "length": length, "volume": volume}
        if art.ties:
            tags["ties"] = [[round(x), round(y)] for x, y in art.ties]
        lean = ("feminine", "androgynous") if pid in LEAN.get(layer or "", "").split() else ()
        presentation = keys.get("presentation", lean)
        out.append(Part(pid, label, ja, art.svg(), keys.get("weight", 1.0), presentation, tags=tags))
    return out
