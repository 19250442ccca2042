#!/usr/bin/env python3
"""Generator for the face, its features and expressions of the built-in anime pack.

Writes assets/anime/parts/{face,ears,cheeks,nose,mouth,eyes,eyebrows,effects}/ (one SVG per part plus
layer.toml) and, with --expressions, replaces the [expressions.*] block at the end of pack.toml.

    python tools/art/face.py              # all layers + expressions
    python tools/art/face.py --no-expressions

Everything is drawn against the shared template (anime-style.md): cranium ellipse (512,440) 200x270,
chin ~y 700, eyes at (412,505) / (612,505), brows ~y 435, nose ~y 590, mouth ~y 640, light from the upper
left. Shapes are built as dense point lists (Catmull-Rom through hand-placed control points) so that
"clipping" (iris inside the lids, shadow inside the face) can be done numerically: QSvgRenderer has no
clipPath.
"""

from __future__ import annotations

import argparse
import colorsys
import math
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
PARTS = ROOT / "assets" / "anime" / "parts"
PACK = ROOT / "assets" / "anime" / "pack.toml"

sys.path.insert(0, str(ROOT))
try:  # the engine's own shade rule, so previews match what the engine produces
    from avatarstudio.core.colour import derive as _derive
except Exception:  # pragma: no cover - fallback copy of the documented rule

    def _derive(base: str, role: str) -> str:
        if role == "base":
            return base
        r, g, b = (int(base[i : i + 2], 16) / 255 for i in (1, 3, 5))
        h, l, s = colorsys.rgb_to_hls(r, g, b)
        if role == "shadow":
            l, s = l * 0.78, min(1, s * 1.05 + 0.03)
        elif role == "line":
            l, s = l * 0.42, min(1, s * 1.1 + 0.05)
        else:
            l, s = l + (1 - l) * 0.45, s * 0.8
        return "#" + "".join(f"{round(c * 255):02x}" for c in colorsys.hls_to_rgb(h, l, s))


DEFAULTS = {"skin": "#f6d7c3", "brows": "#5b3a29", "eye_left": "#3f7fbf", "eye_right": "#3f7fbf"}


def col(spec: str) -> str:
    slot, _, role = spec.partition(".")
    return _derive(DEFAULTS[slot], role or "base")


def fill(spec: str) -> str:
    return f'fill="{col(spec)}" data-slot="{spec}"'


def stroke(spec: str, width: float, line: bool = True) -> str:
    role = ' data-role="line"' if line else ""
    return (
        f'fill="none" stroke="{col(spec)}" data-stroke-slot="{spec}" stroke-width="{width:g}" '
        f'stroke-linecap="round" stroke-linejoin="round"{role}'
    )


LASH = "#2b1d24"  # lash / eye line (near-black, warm)
PUPIL = "#150f1a"
SCLERA = "#fdfcff"
SCLERA_SHADOW = "#bcc6dd"
MOUTH_IN = "#7e2633"
TONGUE = "#ec8593"
TEETH = "#ffffff"
BLUSH = "#f07d92"

# ----------------------------------------------------------------------------------------------
# geometry helpers


def f1(v: float) -> str:
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def catmull(points, closed=False, step=4.0):
    """Dense points on a uniform Catmull-Rom spline through ``points``."""
    pts = [np.asarray(p, float) for p in points]
    n = len(pts)
    out = []
    segs = n if closed else n - 1
    for i in range(segs):
        p1, p2 = pts[i], pts[(i + 1) % n]
        p0 = pts[i - 1] if (closed or i > 0) else p1 * 2 - p2
        p3 = pts[(i + 2) % n] if (closed or i + 2 < n) else p2 * 2 - p1
        length = float(np.linalg.norm(p2 - p1))
        k = max(2, int(length / step))
        for j in range(k):
            t = j / k
            t2, t3 = t * t, t * t * t
            p = 0.5 * (
                (2 * p1)
                + (-p0 + p2) * t
                + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2
                + (-p0 + 3 * p1 - 3 * p2 + p3) * t3
            )
            out.append((float(p[0]), float(p[1])))
    if not closed:
        out.append((float(pts[-1][0]), float(pts[-1][1])))
    return out


def poly(points, closed=True) -> str:
    d = "M" + " L".join(f"{f1(x)},{f1(y)}" for x, y in points)
    return d + (" Z" if closed else "")


def mirror(points):
    return [(1024 - x, y) for x, y in points]


def ribbon(centre, widths, cap=True):
    """A filled tapered stroke: a polygon around the centre line with per-point half widths."""
    c = np.asarray(centre, float)
    w = np.asarray(widths, float)
    tang = np.gradient(c, axis=0)
    norm = np.stack([-tang[:, 1], tang[:, 0]], axis=1)
    norm /= np.maximum(np.linalg.norm(norm, axis=1, keepdims=True), 1e-9)
    left = c + norm * w[:, None]
    right = c - norm * w[:, None]
    return [tuple(p) for p in left] + [tuple(p) for p in right[::-1]]


def taper(n, w_max, start=0.15, end=0.15, w_min=0.6):
    """Half-width profile: thin at the ends, ``w_max`` in the middle."""
    out = []
    for i in range(n):
        t = i / max(1, n - 1)
        a = min(1.0, t / start) if start > 0 else 1.0
        b = min(1.0, (1 - t) / end) if end > 0 else 1.0
        k = math.sin(min(a, b) * math.pi / 2)
        out.append(w_min + (w_max - w_min) * k)
    return out


def stroke_path(points, spec=None, width=3.0, colour=None, line=True, opacity=None, closed=False):
    if spec:
        s = stroke(spec, width, line)
    else:
        s = (
            f'fill="none" stroke="{colour}" stroke-width="{width:g}" stroke-linecap="round" '
            f'stroke-linejoin="round"' + (' data-role="line"' if line else "")
        )
    o = f' opacity="{opacity:g}"' if opacity is not None else ""
    return f'<path d="{poly(points, closed)}" {s}{o}/>'


def svg(body: list[str] | str, defs: list[str] | None = None) -> str:
    if isinstance(body, list):
        body = "\n  ".join(body)
    d = ""
    if defs:
        d = "<defs>\n    " + "\n    ".join(defs) + "\n  </defs>\n  "
    return '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024">\n  ' + d + body + "\n</svg>\n"


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


def make_face(shape):
    out = face_outline(shape)
    body = [
        f'<path d="{poly(out)}" {fill("skin")}/>',
        f'<path d="{poly(jaw_shadow(out, shape))}" {fill("skin.shadow")}/>',
        f'<path d="{poly(out)}" {stroke("skin.line", 6)}/>',
    ]
    return svg(body)


# ----------------------------------------------------------------------------------------------
# EARS

EARS = {
    "normal": dict(label="Normal", ja="普通", w=1.0),
    "small": dict(label="Small", ja="小さめ", w=0.6),
    "elf": dict(label="Elf (pointed)", ja="エルフ耳", w=0.25),
}


def make_ear(kind):
    # left ear, drawn on the canvas's left; the right one is mirrored
    if kind == "normal":
        outer = [
            (318, 474),
            (300, 470),
            (284, 484),
            (279, 514),
            (283, 548),
            (292, 578),
            (306, 598),
            (324, 606),
            (346, 608),
        ]
        concha = [(304, 494), (296, 520), (298, 552), (308, 576), (318, 572), (312, 548), (312, 516)]
        inner_line = [(300, 496), (293, 520), (296, 552), (308, 578)]
        fill_inner = [(352, 604), (352, 540), (340, 474)]
    elif kind == "small":
        outer = [
            (318, 484),
            (302, 482),
            (291, 496),
            (289, 522),
            (294, 552),
            (306, 574),
            (324, 584),
            (344, 586),
        ]
        concha = [(307, 502), (301, 524), (303, 550), (312, 564), (320, 556), (316, 532), (316, 510)]
        inner_line = [(304, 504), (299, 526), (302, 552), (311, 566)]
        fill_inner = [(352, 584), (352, 540), (340, 484)]
    else:  # elf
        outer = [
            (318, 478),
            (296, 466),
            (262, 440),
            (226, 412),
            (240, 452),
            (262, 496),
            (276, 536),
            (290, 572),
            (306, 596),
            (326, 606),
            (348, 608),
        ]
        concha = [
            (292, 488),
            (270, 466),
            (284, 506),
            (294, 548),
            (306, 574),
            (316, 568),
            (312, 534),
            (306, 500),
        ]
        inner_line = [(286, 484), (268, 466), (280, 508), (292, 550), (306, 578)]
        fill_inner = [(354, 604), (352, 540), (340, 478)]
    o = catmull(outer, step=3)
    shape = o + catmull(fill_inner, step=4)
    c = catmull(concha, closed=True, step=3)
    il = catmull(inner_line, step=3)
    parts = []
    for m in (False, True):
        f = mirror if m else (lambda p: p)
        # right ear (mirrored) is on the shadow side: a little more shadow
        parts += [
            f'<path d="{poly(f(shape))}" {fill("skin")}/>',
            f'<path d="{poly(f(c))}" {fill("skin.shadow")}/>',
            stroke_path(f(il), "skin.line", 3),
            stroke_path(f(o), "skin.line", 6),
        ]
    return svg(parts)


# ----------------------------------------------------------------------------------------------
# EYES


class Eye:
    """One eye in local coordinates: u along the eye toward the OUTER corner, v down.

    side = -1 for the left eye on the canvas (outer corner to the left), +1 for the right eye.
    """

    def __init__(self, side, p):
        self.side = side
        self.p = p
        self.cx = 412 if side < 0 else 612
        self.cy = 505 + p.get("dy", 0)
        w = p["w"]
        self.u0, self.u1 = -w / 2, w / 2 + p.get("outer_ext", 0)
        up = catmull(p["upper"], step=2)
        lo = catmull(p["lower"], step=2)
        self.up_u = np.array([q[0] for q in up])
        self.up_v = np.array([q[1] for q in up])
        self.lo_u = np.array([q[0] for q in lo])
        self.lo_v = np.array([q[1] for q in lo])

    def upper(self, u):
        return float(np.interp(u, self.up_u, self.up_v))

    def lower(self, u):
        return float(np.interp(u, self.lo_u, self.lo_v))

    def xy(self, u, v):
        return (self.cx + self.side * u, self.cy + v)

    def pts(self, uv):
        return [self.xy(u, v) for u, v in uv]

    def columns(self, top_fn, bot_fn, ua, ub, n=90):
        """Region {top(u) <= v <= bot(u)} intersected with the eye opening, as a polygon (screen)."""
        ua = max(ua, self.up_u[0], self.lo_u[0])
        ub = min(ub, self.up_u[-1], self.lo_u[-1])
        tops, bots = [], []
        for u in np.linspace(ua, ub, n):
            t = max(top_fn(u), self.upper(u))
            b = min(bot_fn(u), self.lower(u))
            if t < b:
                tops.append((u, t))
                bots.append((u, b))
        if len(tops) < 2:
            return None
        return self.pts(tops + bots[::-1])


def ell_top(cu, cv, rx, ry):
    def f(u):
        d = (u - cu) / rx
        return cv - ry * math.sqrt(max(0.0, 1 - d * d)) if abs(d) < 1 else 1e9

    return f


def ell_bot(cu, cv, rx, ry):
    def f(u):
        d = (u - cu) / rx
        return cv + ry * math.sqrt(max(0.0, 1 - d * d)) if abs(d) < 1 else -1e9

    return f


def star(cx, cy, r, r_in=None, n=4, rot=0.0):
    r_in = r_in or r * 0.28
    pts = []
    for i in range(n * 2):
        a = rot + math.pi * i / n - math.pi / 2
        rr = r if i % 2 == 0 else r_in
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    # soften: catmull with few points would round the tips too much; use quadratic curves to centre
    d = f"M{f1(pts[0][0])},{f1(pts[0][1])}"
    for i in range(1, n * 2 + 1):
        p = pts[i % (n * 2)]
        if i % 2 == 1:
            d += f" Q{f1(p[0])},{f1(p[1])}"
        else:
            d += f" {f1(p[0])},{f1(p[1])}"
    return d + " Z"


def heart(cx, cy, s):
    return (
        f"M{f1(cx)},{f1(cy + s * 0.9)} C{f1(cx - s * 1.4)},{f1(cy)} {f1(cx - s * 0.9)},{f1(cy - s * 1.0)} {f1(cx)},{f1(cy - s * 0.35)} "
        f"C{f1(cx + s * 0.9)},{f1(cy - s * 1.0)} {f1(cx + s * 1.4)},{f1(cy)} {f1(cx)},{f1(cy + s * 0.9)} Z"
    )


def base_eye(**kw):
    """Default parameters of an open eye (local coordinates, see Eye)."""
    w = kw.get("w", 112)
    ht = kw.get("ht", 56)  # height of the upper lid above the centre
    hb = kw.get("hb", kw.get("iris_v", 4) + kw.get("iris_ry", 54) + 5)  # lower lid depth below the centre
    vi = kw.get("vi", 8)  # inner corner v
    vo = kw.get("vo", 2)  # outer corner v
    peak = kw.get("peak", 8)  # u of the lid's highest point (positive = toward outer)
    flat = kw.get("flat", 0.0)  # 0 round lid .. 1 flat lid
    p = dict(w=w)
    upper = [
        (-w / 2, vi),
        (-w * 0.36, vi - ht * (0.62 + 0.3 * flat)),
        (-w * 0.14 + peak * 0.5, -ht * (0.95 + 0.04 * flat)),
        (peak, -ht),
        (w * 0.3, -ht * (0.8 + 0.18 * flat) + (vo - 10) * 0.3),
        (w * 0.46, vo - ht * 0.45),
        (w / 2, vo),
    ]
    lb = kw.get(
        "lower_shape",
        [
            (-w / 2, vi),
            (-w * 0.3, hb * 0.72 + vi * 0.3),
            (0, hb),
            (w * 0.3, hb * 0.8 + vo * 0.2),
            (w / 2, vo),
        ],
    )
    p["upper"] = kw.get("upper", upper)
    p["lower"] = lb
    p.update(
        dict(
            iris_u=kw.get("iris_u", -2),
            iris_v=kw.get("iris_v", 4),
            iris_rx=kw.get("iris_rx", 42),
            iris_ry=kw.get("iris_ry", 54),
            pupil=kw.get("pupil", 0.45),
            pupil_shape=kw.get("pupil_shape", "oval"),
            lash=kw.get("lash", 17),
            wing=kw.get("wing", (16, -8)),
            lash_in=kw.get("lash_in", 3),
            lower_lash=kw.get("lower_lash", (0.45, 0.97)),
            lower_lash_w=kw.get("lower_lash_w", 2.2),
            crease=kw.get("crease", True),
            flicks=kw.get("flicks", 0),
            highlights=kw.get("highlights", "normal"),
            crescent=kw.get("crescent", True),
            ring=kw.get("ring", False),
            sclera_shadow=kw.get("sclera_shadow", 16),
            tear=kw.get("tear", False),
            iris_band=kw.get("iris_band", 0.38),
            dy=kw.get("dy", 0),
            lid_skin=kw.get("lid_skin", False),
            smile_lower=kw.get("smile_lower", False),
            lower_line=kw.get("lower_line", False),
        )
    )
    return p


def draw_open_eye(side, p, defs, gid):
    e = Eye(side, p)
    slot = "eye_left" if side < 0 else "eye_right"
    out = []
    w = p["w"]
    # sclera
    sclera = e.pts(
        [(u, e.upper(u)) for u in np.linspace(e.u0, w / 2, 60)]
        + [(u, e.lower(u)) for u in np.linspace(w / 2, e.u0, 60)]
    )
    out.append(f'<path d="{poly(sclera)}" fill="{SCLERA}"/>')
    # iris geometry
    iu, iv, rx, ry = p["iris_u"], p["iris_v"], p["iris_rx"], p["iris_ry"]
    top_i, bot_i = ell_top(iu, iv, rx, ry), ell_bot(iu, iv, rx, ry)
    iris = e.columns(top_i, bot_i, iu - rx, iu + rx)
    ix, iy = e.xy(iu, iv)
    y_top = max(iv - ry, min(e.upper(u) for u in np.linspace(iu - rx, iu + rx, 20))) + e.cy
    y_bot = e.cy + iv + ry
    defs.append(
        f'<linearGradient id="{gid}" gradientUnits="userSpaceOnUse" x1="0" y1="{f1(y_top)}" x2="0" y2="{f1(y_bot)}">'
        f'<stop offset="0" stop-color="{col(slot + ".line")}" data-slot="{slot}.line"/>'
        f'<stop offset="0.3" stop-color="{col(slot + ".shadow")}" data-slot="{slot}.shadow"/>'
        f'<stop offset="0.62" stop-color="{col(slot)}" data-slot="{slot}"/>'
        f'<stop offset="1" stop-color="{col(slot + ".highlight")}" data-slot="{slot}.highlight"/></linearGradient>'
    )
    if iris:
        out.append(f'<path d="{poly(iris)}" fill="url(#{gid})"/>')
        # lower light crescent
        if p["crescent"]:
            cr = e.columns(
                ell_bot(iu, iv + ry * 0.05, rx * 0.78, ry * 0.62),
                lambda u: bot_i(u) - 5,
                iu - rx * 0.77,
                iu + rx * 0.77,
            )
            if cr:
                out.append(f'<path d="{poly(cr)}" {fill(slot + ".highlight")} opacity="0.85"/>')
        if p["ring"]:
            ring = e.columns(
                ell_top(iu, iv + 2, rx * 0.72, ry * 0.74),
                ell_bot(iu, iv + 2, rx * 0.72, ry * 0.74),
                iu - rx,
                iu + rx,
            )
            if ring:
                out.append(f'<path d="{poly(ring)}" {stroke(slot + ".shadow", 3, False)} opacity="0.9"/>')
        # pupil
        pk = p["pupil"]
        if pk > 0:
            pv = iv + ry * 0.08
            if p["pupil_shape"] == "slit":
                prx, pry = rx * 0.16, ry * 0.62
            elif p["pupil_shape"] == "heart":
                prx = pry = 0
            else:
                prx, pry = rx * pk, ry * pk * 1.02
            if prx:
                pup = e.columns(ell_top(iu, pv, prx, pry), ell_bot(iu, pv, prx, pry), iu - prx, iu + prx)
                if pup:
                    out.append(f'<path d="{poly(pup)}" fill="{PUPIL}" opacity="0.88"/>')
            else:
                out.append(f'<path d="{heart(ix, e.cy + pv + 2, rx * 0.5)}" fill="#e8426c"/>')
        # lid shadow on the iris (a cel band following the lid)
        band = p["iris_band"]
        if band:
            sh = e.columns(top_i, lambda u: e.upper(u) + ry * band, iu - rx, iu + rx)
            if sh:
                out.append(f'<path d="{poly(sh)}" {fill(slot + ".line")} opacity="0.55"/>')
        # iris rim: only where the iris outline itself is visible (not along the lids)
        run, runs = [], []
        for a in np.linspace(0, 2 * math.pi, 160):
            u, v = iu + rx * math.cos(a), iv + ry * math.sin(a)
            if e.u0 < u < w / 2 and e.upper(u) + 1 < v < e.lower(u) - 1:
                run.append(e.xy(u, v))
            elif run:
                runs.append(run)
                run = []
        if run:
            runs.append(run)
        if len(runs) > 1 and math.dist(runs[0][0], runs[-1][-1]) < 6:
            runs = [runs[-1] + runs[0]] + runs[1:-1]
        for r_ in runs:
            if len(r_) > 2:
                out.append(stroke_path(r_, slot + ".line", 3))
    # sclera shadow under the upper lid (over the iris too, faintly)
    ss = p["sclera_shadow"]
    if ss:
        band = e.columns(
            lambda u: -1e9,
            lambda u: e.upper(u) + ss * (0.55 + 0.45 * math.cos((u / (w / 2)) * 1.2)),
            e.u0,
            w / 2,
        )
        if band:
            out.append(f'<path d="{poly(band)}" fill="{SCLERA_SHADOW}" opacity="0.75"/>')
    # teary: shiny wet lower lid
    if p["tear"]:
        wet = e.columns(lambda u: e.lower(u) - 13, lambda u: 1e9, -w * 0.42, w * 0.44)
        if wet:
            out.append(f'<path d="{poly(wet)}" fill="#d8f0ff" opacity="0.8"/>')
        line = [e.xy(u, e.lower(u) - 12) for u in np.linspace(-w * 0.34, w * 0.38, 30)]
        out.append(stroke_path(line, colour="#ffffff", width=4, line=False, opacity=0.95))
    # highlights (screen space: light from the upper left in both eyes), kept below the upper lid

    def hy(hx, y, r):
        u = (hx - e.cx) * side
        return max(y, e.cy + e.upper(u) + r + 4)

    hl = p["highlights"]
    if iris:
        if hl in ("normal", "big", "sparkle", "many"):
            s = 1.25 if hl == "big" else 1.0
            bx = ix - rx * 0.38
            by = hy(bx, e.cy + iv - ry * 0.3, 16.5 * s)
            out.append(
                f'<ellipse cx="{f1(bx)}" cy="{f1(by)}" rx="{f1(12.5 * s)}" ry="{f1(16.5 * s)}" '
                f'transform="rotate(-25 {f1(bx)} {f1(by)})" fill="#ffffff"/>'
            )
            out.append(
                f'<circle cx="{f1(ix + rx * 0.42)}" cy="{f1(e.cy + iv + ry * 0.36)}" r="{f1(5.5 * s)}" fill="#ffffff"/>'
            )
        if hl in ("big", "many"):
            out.append(
                f'<circle cx="{f1(ix + rx * 0.1)}" cy="{f1(hy(ix + rx * 0.1, e.cy + iv - ry * 0.46, 4.5))}" r="4.5" fill="#ffffff" opacity="0.9"/>'
            )
            out.append(
                f'<ellipse cx="{f1(ix - rx * 0.18)}" cy="{f1(e.cy + iv + ry * 0.52)}" rx="9" ry="4" fill="#ffffff" opacity="0.7"/>'
            )
        if hl == "many":
            out.append(
                f'<circle cx="{f1(ix + rx * 0.52)}" cy="{f1(hy(ix + rx * 0.52, e.cy + iv - ry * 0.12, 3.5))}" r="3.5" fill="#ffffff"/>'
            )
        if hl == "sparkle":
            out.append(f'<path d="{star(ix - rx * 0.05, e.cy + iv + ry * 0.18, 18)}" fill="#ffffff"/>')
            out.append(
                f'<path d="{star(ix + rx * 0.36, hy(ix + rx * 0.36, e.cy + iv - ry * 0.32, 8), 8)}" fill="#ffffff"/>'
            )
        if hl == "star":
            out.append(
                f'<path d="{star(ix - rx * 0.3, hy(ix - rx * 0.3, e.cy + iv - ry * 0.22, 14), 22, n=4)}" fill="#ffffff"/>'
            )
            out.append(
                f'<circle cx="{f1(ix + rx * 0.42)}" cy="{f1(e.cy + iv + ry * 0.36)}" r="5" fill="#ffffff"/>'
            )
        if hl == "small":
            out.append(
                f'<ellipse cx="{f1(ix - rx * 0.32)}" cy="{f1(hy(ix - rx * 0.32, e.cy + iv - ry * 0.22, 10))}" rx="8" ry="10" fill="#ffffff"/>'
            )
            out.append(
                f'<circle cx="{f1(ix + rx * 0.38)}" cy="{f1(e.cy + iv + ry * 0.3)}" r="4" fill="#ffffff"/>'
            )
        if hl == "dull":
            out.append(
                f'<circle cx="{f1(ix - rx * 0.3)}" cy="{f1(hy(ix - rx * 0.3, e.cy + iv - ry * 0.1, 6))}" r="6" fill="#ffffff" opacity="0.7"/>'
            )
        if hl == "heart":
            out.append(
                f'<ellipse cx="{f1(ix - rx * 0.45)}" cy="{f1(hy(ix - rx * 0.45, e.cy + iv - ry * 0.38, 10))}" rx="8" ry="10" fill="#ffffff"/>'
            )
    # lower lash (thin, partial, outer part)
    a, b = p["lower_lash"]
    if b > a:
        us = np.linspace(w / 2 * (2 * a - 1), w / 2 * b, 30)
        centre = [e.xy(u, e.lower(u) + 1.5) for u in us]
        widths = taper(len(us), p["lower_lash_w"], 0.5, 0.15, 0.4)
        out.append(f'<path d="{poly(ribbon(centre, widths))}" fill="{LASH}"/>')
    if p["lower_line"]:
        us = np.linspace(-w * 0.2, w * 0.3, 20)
        out.append(stroke_path([e.xy(u, e.lower(u) + 10) for u in us], "skin.line", 3, opacity=0.6))
    if p["smile_lower"]:
        # cheeks push the lower lid up: a skin crescent over the bottom of the eye
        sm = [e.xy(u, e.lower(u) + 2) for u in np.linspace(e.u0 - 2, w / 2 + 2, 30)]
        sm2 = [
            e.xy(u, e.lower(u) - 14 * math.cos(u / (w / 2) * 1.3) ** 2)
            for u in np.linspace(w / 2 + 2, e.u0 - 2, 30)
        ]
        out.append(f'<path d="{poly(sm + sm2)}" {fill("skin")}/>')
        out.append(stroke_path(sm2[4:-4], "skin.line", 3))
    # lid skin above a lowered lid (sleepy/jito): nothing to fill (face shows), only a crease
    # upper lash: tapered filled shape along the upper lid, thick toward the outer corner, with a wing
    t_max, t_in = p["lash"], p["lash_in"]
    us = np.linspace(e.u0, w / 2, 70)
    top, bot = [], []
    for u in us:
        t = (u - e.u0) / (w / 2 - e.u0)
        th = t_in + (t_max - t_in) * math.sin(min(1.0, t / 0.6) * math.pi / 2)
        th *= 1.0 + 0.18 * max(0.0, t - 0.6) / 0.4
        top.append((u, e.upper(u) - th))
        bot.append((u, e.upper(u) + 2.0 + 3.0 * max(0.0, t - 0.75) / 0.25))
    wl, wv = p["wing"]
    vo = e.upper(w / 2)
    tip = (w / 2 + wl, vo - t_max * 0.55 + wv)
    wing_top = catmull([top[-8], top[-1], (w / 2 + wl * 0.55, vo - t_max * 0.95 + wv * 0.6), tip], step=2)[1:]
    wing_bot = catmull(
        [
            tip,
            (w / 2 + wl * 0.3, vo - 1 + wv * 0.25),
            (w / 2 - 1, vo + 7),
            (w / 2 - 10, e.lower(w / 2 - 10) + 1),
        ],
        step=2,
    )
    # the lash closes the outer corner: back along the lower lid a little, then along the upper lid
    lash = top[:-8] + wing_top + wing_bot + [(u, e.upper(u) + 2.5) for u in np.linspace(w / 2 - 14, e.u0, 60)]
    out.append(f'<path d="{poly(e.pts(lash))}" fill="{LASH}"/>')
    # lash flicks (extra lashes at the outer third)
    for k in range(p["flicks"]):
        u = w * (0.22 + 0.13 * k)
        base_v = e.upper(u) - t_max * 0.7
        du = 14 + 4 * k
        dv = -12 - 2 * k
        fl = [(u - 6, base_v + 3), (u + du, base_v + dv), (u + 6, base_v + 2)]
        out.append(f'<path d="{poly(e.pts(fl))}" fill="{LASH}"/>')
    # double-lid crease
    if p["crease"]:
        us = np.linspace(-w * 0.18, w * 0.44, 30)
        cr = [
            e.xy(u, e.upper(u) - t_max - 9 - 4 * math.sin((u + w * 0.18) / (w * 0.62) * math.pi)) for u in us
        ]
        out.append(stroke_path(cr, "skin.line", 3, opacity=0.75))
    return out


def closed_eye(side, kind, lash_w=9):
    """Expression eyes drawn as tapered strokes: 'smile' (^), 'closed' (relaxed), 'shut' (> <), 'line'."""
    cx, cy = (412 if side < 0 else 612), 505
    s = side  # outer corner direction in x
    out = []
    if kind == "smile":
        ctrl = [
            (cx - 48 * s, cy + 22),
            (cx - 30 * s, cy - 4),
            (cx - 4 * s, cy - 14),
            (cx + 24 * s, cy - 6),
            (cx + 44 * s, cy + 16),
        ]
        c = catmull(ctrl, step=3)
        out.append(f'<path d="{poly(ribbon(c, taper(len(c), lash_w, 0.35, 0.3, 1.2)))}" fill="{LASH}"/>')
        # tiny lash flick at the outer end
        out.append(
            f'<path d="{poly([(cx - 46 * s, cy + 18), (cx - 62 * s, cy + 16), (cx - 44 * s, cy + 10)])}" fill="{LASH}"/>'
        )
    elif kind == "closed":
        ctrl = [
            (cx - 52 * s, cy + 6),
            (cx - 30 * s, cy + 18),
            (cx, cy + 22),
            (cx + 28 * s, cy + 17),
            (cx + 46 * s, cy + 8),
        ]
        c = catmull(ctrl, step=3)
        out.append(f'<path d="{poly(ribbon(c, taper(len(c), lash_w, 0.3, 0.4, 1.2)))}" fill="{LASH}"/>')
        for k, uu in enumerate((-0.7, -0.45, -0.2)):
            x0 = cx + uu * 52 * s
            y0 = cy + 18 + 4 * (k == 2)
            out.append(stroke_path([(x0, y0 + 2), (x0 - 6 * s, y0 + 14)], colour=LASH, width=3.5))
    elif kind == "shut":
        ctrl = [(cx - 46 * s, cy - 18), (cx + 2 * s, cy + 2), (cx + 36 * s, cy + 12)]
        c = catmull(ctrl, step=3)
        out.append(f'<path d="{poly(ribbon(c, taper(len(c), lash_w, 0.4, 0.3, 1.2)))}" fill="{LASH}"/>')
        ctrl = [(cx + 36 * s, cy + 14), (cx - 2 * s, cy + 22), (cx - 44 * s, cy + 40)]
        c = catmull(ctrl, step=3)
        out.append(
            f'<path d="{poly(ribbon(c, taper(len(c), lash_w * 0.85, 0.3, 0.4, 1.2)))}" fill="{LASH}"/>'
        )
    elif kind == "line":
        ctrl = [(cx - 48 * s, cy + 8), (cx, cy + 12), (cx + 44 * s, cy + 10)]
        c = catmull(ctrl, step=3)
        out.append(f'<path d="{poly(ribbon(c, taper(len(c), lash_w * 0.8, 0.3, 0.3, 1.0)))}" fill="{LASH}"/>')
    return out


def spiral_eye(side):
    cx, cy = (412 if side < 0 else 612), 508
    out = [f'<ellipse cx="{cx}" cy="{cy}" rx="48" ry="52" fill="{SCLERA}"/>']
    pts = []
    for i in range(200):
        t = i / 199
        a = t * 3.2 * 2 * math.pi * side
        r = 4 + 40 * t
        pts.append((cx + r * math.cos(a) * 1.0, cy + r * math.sin(a) * 1.08))
    out.append(stroke_path(pts, colour=LASH, width=5))
    out.append(
        f'<ellipse cx="{cx}" cy="{cy}" rx="48" ry="52" fill="none" stroke="{LASH}" stroke-width="6" data-role="line"/>'
    )
    return out


EYE_STYLES = {}


def eye_style(id_, label, ja, weight, pres=None, **kw):
    EYE_STYLES[id_] = dict(label=label, ja=ja, weight=weight, pres=pres, kw=kw)


# resting styles
eye_style("gentle", "Gentle round", "まる目", 3.0)
eye_style("tareme", "Droopy (tareme)", "たれ目", 2.0, vo=22, vi=2, peak=-4, wing=(12, 6), iris_v=6)
eye_style(
    "tsurime",
    "Sharp (tsurime)",
    "つり目",
    2.0,
    vo=-12,
    vi=14,
    peak=14,
    ht=56,
    hb=50,
    wing=(20, -16),
    iris_ry=50,
)
eye_style(
    "sparkly",
    "Big sparkly",
    "キラキラ大きな目",
    2.0,
    w=118,
    ht=66,
    hb=60,
    iris_rx=45,
    iris_ry=60,
    highlights="many",
    flicks=2,
    wing=(18, -8),
)
eye_style(
    "cool",
    "Narrow cool",
    "クールな切れ長",
    1.5,
    w=120,
    ht=44,
    hb=34,
    vo=-2,
    vi=10,
    peak=16,
    flat=0.6,
    iris_ry=46,
    iris_rx=40,
    iris_v=0,
    wing=(22, -10),
    highlights="small",
    lash=13,
)
eye_style(
    "sleepy",
    "Sleepy half-lid",
    "眠たげ",
    1.0,
    ht=10,
    flat=1.0,
    peak=-6,
    vo=22,
    vi=12,
    hb=54,
    iris_v=12,
    wing=(12, 6),
    lash=14,
    sclera_shadow=10,
    iris_band=0.2,
    highlights="small",
)
eye_style(
    "jito",
    "Deadpan (jito)",
    "ジト目",
    0.5,
    ht=14,
    flat=1.0,
    peak=0,
    vo=10,
    vi=12,
    hb=46,
    iris_v=14,
    iris_ry=46,
    iris_rx=38,
    wing=(8, 0),
    lash=11,
    highlights="dull",
    iris_band=0.2,
    crease=True,
)
eye_style(
    "lashes",
    "Long lashes",
    "まつ毛長め",
    1.5,
    flicks=3,
    lash=17,
    wing=(24, -12),
    lower_lash=(0.0, 1.0),
    lower_lash_w=2.6,
    pres=["feminine", "androgynous"],
)
eye_style(
    "round_big",
    "Round innocent",
    "まんまる",
    1.5,
    w=108,
    ht=66,
    hb=62,
    peak=2,
    vi=10,
    vo=12,
    iris_rx=44,
    iris_ry=56,
    iris_v=6,
    highlights="big",
    wing=(12, -2),
)
eye_style(
    "almond",
    "Almond",
    "アーモンド型",
    1.5,
    w=118,
    ht=52,
    hb=44,
    vo=2,
    vi=10,
    peak=12,
    iris_ry=50,
    wing=(18, -6),
)
eye_style(
    "cat",
    "Cat (slit pupil)",
    "猫目",
    0.6,
    vo=-14,
    vi=14,
    peak=16,
    ht=56,
    hb=48,
    wing=(22, -18),
    pupil_shape="slit",
    iris_ry=52,
    highlights="small",
)
eye_style(
    "mature",
    "Mature",
    "大人っぽい目",
    1.2,
    w=116,
    ht=50,
    hb=40,
    vo=4,
    vi=10,
    peak=10,
    flat=0.3,
    iris_rx=38,
    iris_ry=46,
    iris_v=2,
    wing=(16, -4),
    highlights="small",
    lower_line=False,
)
eye_style("ringed", "Ringed iris", "リング瞳", 1.0, ring=True, highlights="normal")
eye_style("starry", "Starry", "星の瞳", 0.5, highlights="star", iris_ry=56)
eye_style(
    "simple",
    "Simple",
    "シンプル",
    1.2,
    lash=11,
    wing=(8, -2),
    crease=False,
    lower_lash=(0.5, 0.9),
    iris_rx=40,
    iris_ry=50,
)
eye_style("soft_smile", "Soft smiling", "にこやか", 0.8, smile_lower=True, ht=56, hb=50, iris_v=2)
# expression-only
eye_style(
    "surprised",
    "Wide (surprised)",
    "驚き",
    0,
    w=112,
    ht=70,
    hb=64,
    peak=2,
    vi=6,
    vo=8,
    iris_rx=30,
    iris_ry=36,
    iris_v=4,
    pupil=0.35,
    highlights="small",
    wing=(10, 0),
    lower_lash=(0.0, 1.0),
)
eye_style(
    "teary",
    "Teary",
    "うるうる",
    0,
    tear=True,
    highlights="many",
    vo=16,
    vi=2,
    peak=-4,
    wing=(12, 4),
    iris_ry=56,
)
eye_style(
    "sparkle", "Sparkling", "キラキラ", 0, highlights="sparkle", w=116, ht=64, hb=60, iris_rx=45, iris_ry=58
)
eye_style(
    "angry",
    "Angry",
    "怒り目",
    0,
    vo=-6,
    vi=0,
    peak=18,
    ht=44,
    hb=46,
    wing=(16, -8),
    iris_v=6,
    iris_ry=46,
    pupil=0.38,
    highlights="small",
    upper=[(-56, 0), (-40, -22), (-10, -36), (18, -44), (40, -42), (52, -26), (56, -6)],
)
eye_style(
    "sad",
    "Sad",
    "悲しい目",
    0,
    vo=18,
    vi=-4,
    peak=-18,
    ht=50,
    hb=50,
    wing=(10, 8),
    iris_v=10,
    highlights="normal",
    tear=False,
    upper=[(-56, -4), (-40, -38), (-18, -50), (6, -46), (30, -34), (48, -14), (56, 18)],
)
eye_style("heart", "Heart eyes", "ハート目", 0, pupil_shape="heart", highlights="heart", iris_ry=56)
eye_style(
    "smug",
    "Smug half-lid",
    "ドヤ目",
    0,
    ht=24,
    flat=0.9,
    peak=8,
    vo=8,
    vi=12,
    hb=40,
    iris_v=6,
    smile_lower=True,
    wing=(14, -4),
    lash=13,
)
EXPR_EYES = {
    "smile_arc": ("Smiling arcs", "にっこり目", "smile"),
    "closed": ("Closed", "閉じ目", "closed"),
    "shut_tight": ("Shut tight", "ぎゅっ目", "shut"),
    "wink": ("Wink", "ウインク", "wink"),
    "dizzy": ("Dizzy", "ぐるぐる目", "dizzy"),
}


def make_eyes(id_):
    defs = []
    body = []
    if id_ in EYE_STYLES:
        p = base_eye(**EYE_STYLES[id_]["kw"])
        body += draw_open_eye(-1, p, defs, "irisL")
        body += draw_open_eye(1, p, defs, "irisR")
    else:
        kind = EXPR_EYES[id_][2]
        if kind == "wink":
            body += draw_open_eye(-1, base_eye(), defs, "irisL")
            body += closed_eye(1, "smile")
        elif kind == "dizzy":
            body += spiral_eye(-1) + spiral_eye(1)
        else:
            body += closed_eye(-1, kind) + closed_eye(1, kind)
    return svg(body, defs)


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
}


def make_brows(id_):
    _, _, _, ctrl, wmax = BROWS[id_]
    c = catmull(ctrl, step=2)
    n = len(c)
    # thick at the inner end (last), tapering to a point at the outer end
    widths = []
    for i in range(n):
        t = i / (n - 1)
        widths.append(
            0.8
            + (wmax / 2 - 0.8)
            * math.sin(min(1.0, t / 0.7) * math.pi / 2)
            * (1 - 0.25 * max(0.0, t - 0.85) / 0.15)
        )
    shape = ribbon(c, widths)
    body = []
    for f in (lambda p: p, mirror):
        body.append(
            f'<path d="{poly(f(shape))}" {fill("brows.shadow")} stroke="{col("brows.line")}" data-stroke-slot="brows.line" '
            f'stroke-width="2" stroke-linejoin="round" data-role="line"/>'
        )
    return svg(body)


# ----------------------------------------------------------------------------------------------
# NOSE


def make_nose(id_):
    b = []
    if id_ == "line":
        b.append(stroke_path(catmull([(514, 578), (510, 592), (504, 600)], step=2), "skin.line", 3.5))
    elif id_ == "wedge":
        b.append(
            f'<path d="M516,566 C520,580 522,592 514,602 C510,598 511,588 516,566 Z" {fill("skin.shadow")}/>'
        )
        b.append(stroke_path(catmull([(508, 600), (513, 602), (518, 599)], step=2), "skin.line", 3))
    elif id_ == "dot":
        b.append(f'<ellipse cx="509" cy="596" rx="3.5" ry="3" {fill("skin.line")}/>')
    elif id_ == "button":
        b.append(
            f'<path d="M500,598 C502,588 522,588 524,598 C520,603 504,603 500,598 Z" {fill("skin.shadow")}/>'
        )
        b.append(stroke_path(catmull([(503, 602), (512, 605), (521, 602)], step=2), "skin.line", 3))
        b.append(f'<ellipse cx="507" cy="592" rx="4" ry="2.5" {fill("skin.highlight")}/>')
    return svg(b)


NOSES = {
    "line": ("Tiny line", "線の鼻", 2.0),
    "wedge": ("Shadow wedge", "影の鼻", 2.0),
    "dot": ("Dot", "点の鼻", 1.5),
    "button": ("Button", "丸い鼻", 0.8),
}


# ----------------------------------------------------------------------------------------------
# MOUTH  (centre 512, 640)


def mline(points, w=4.5):
    """A mouth line: filled and tapered (thin at the corners), with a hairline stroke for small sizes."""
    c = catmull(points, step=1.5)
    shape = ribbon(c, taper(len(c), w / 2 + 0.6, 0.3, 0.3, 0.7))
    return (
        f'<path d="{poly(shape)}" {fill("skin.line")} stroke="{col("skin.line")}" data-stroke-slot="skin.line" '
        f'stroke-width="1" stroke-linejoin="round" data-role="line"/>'
    )


def mouth_fill(points, fill_=MOUTH_IN):
    return f'<path d="{poly(catmull(points, closed=True, step=2))}" fill="{fill_}"/>'


def make_mouth(id_):
    b = []
    if id_ == "smile":
        b.append(mline([(490, 634), (502, 643), (516, 645), (532, 637)]))
    elif id_ == "neutral":
        b.append(mline([(496, 641), (512, 642), (528, 640)], 4.5))
    elif id_ == "cat":
        b.append(
            mline([(486, 634), (492, 642), (501, 643), (512, 635), (523, 643), (532, 642), (538, 634)], 4)
        )
    elif id_ == "open_smile":
        shape = [
            (484, 630),
            (512, 633),
            (540, 630),
            (536, 648),
            (524, 664),
            (512, 668),
            (500, 664),
            (488, 648),
        ]
        b.append(mouth_fill(shape))
        b.append(f'<path d="M494,656 C502,648 522,648 530,656 C524,665 512,668 500,664 Z" fill="{TONGUE}"/>')
        b.append(stroke_path(catmull(shape, closed=True, step=2), "skin.line", 4, closed=True))
    elif id_ == "grin":
        shape = [
            (478, 630),
            (512, 634),
            (546, 630),
            (540, 646),
            (526, 656),
            (512, 658),
            (498, 656),
            (484, 646),
        ]
        b.append(mouth_fill(shape))
        b.append(f'<path d="M481,632 L512,635.5 L543,632 L540,642 L512,644 L484,642 Z" fill="{TEETH}"/>')
        b.append(
            f'<path d="M494,652 C504,648 520,648 530,652 C524,657 500,657 494,652 Z" fill="{TONGUE}" opacity="0.9"/>'
        )
        b.append(stroke_path(catmull(shape, closed=True, step=2), "skin.line", 4, closed=True))
    elif id_ == "laugh":
        shape = [
            (474, 626),
            (512, 630),
            (550, 626),
            (546, 650),
            (532, 674),
            (512, 682),
            (492, 674),
            (478, 650),
        ]
        b.append(mouth_fill(shape))
        b.append(f'<path d="M486,664 C496,652 528,652 538,664 C530,678 494,678 486,664 Z" fill="{TONGUE}"/>')
        b.append(f'<path d="M478,628 L512,632 L548,628 L546,636 L512,639 L479,636 Z" fill="{TEETH}"/>')
        b.append(stroke_path(catmull(shape, closed=True, step=2), "skin.line", 4.5, closed=True))
    elif id_ == "small_o":
        b.append(f'<ellipse cx="512" cy="645" rx="9" ry="11" fill="{MOUTH_IN}"/>')
        b.append(f'<ellipse cx="512" cy="645" rx="9" ry="11" {stroke("skin.line", 4)}/>')
    elif id_ == "wavy":
        pts = [(486 + i * 2, 642 + 5 * math.sin(i * 2 / 52 * 3 * 2 * math.pi + 0.6)) for i in range(27)]
        b.append(mline(pts, 4.5))
    elif id_ == "frown":
        b.append(mline([(492, 648), (504, 640), (520, 640), (532, 648)], 4.5))
    elif id_ == "pout":
        b.append(mline([(498, 644), (506, 640), (512, 643), (518, 640), (526, 644)], 4))
        b.append(mline([(504, 650), (512, 652), (520, 650)], 3))
    elif id_ == "wail":
        shape = [
            (482, 650),
            (496, 634),
            (512, 630),
            (528, 634),
            (542, 650),
            (536, 668),
            (512, 676),
            (488, 668),
        ]
        b.append(mouth_fill(shape))
        b.append(f'<path d="M492,666 C500,658 524,658 532,666 C524,674 500,674 492,666 Z" fill="{TONGUE}"/>')
        b.append(stroke_path(catmull(shape, closed=True, step=2), "skin.line", 4.5, closed=True))
    elif id_ == "smirk":
        b.append(mline([(494, 642), (512, 643), (528, 638), (536, 630)], 4.5))
        b.append(mline([(534, 636), (538, 640)], 3))
    elif id_ == "tongue_out":
        b.append(f'<path d="M504,641 C504,660 522,662 524,644 Z" fill="{TONGUE}"/>')
        b.append(
            stroke_path(
                catmull([(504, 641), (505, 655), (514, 660), (523, 652), (524, 643)], step=2),
                "skin.line",
                3.5,
            )
        )
        b.append(
            stroke_path(catmull([(514, 646), (514, 653)], step=2), colour="#c85a6c", width=2.5, line=False)
        )
        b.append(mline([(488, 634), (500, 642), (516, 643), (534, 635)]))
    elif id_ == "fang":
        b.append(mline([(488, 634), (500, 643), (516, 644), (534, 635)]))
        b.append(
            f'<path d="M518,643.5 L526,641 L521,654 Z" fill="{TEETH}" stroke="{col("skin.line")}" data-stroke-slot="skin.line" '
            f'stroke-width="2.5" stroke-linejoin="round" data-role="line"/>'
        )
    elif id_ == "surprised":
        shape = [
            (512, 628),
            (526, 634),
            (530, 650),
            (524, 666),
            (512, 670),
            (500, 666),
            (494, 650),
            (498, 634),
        ]
        b.append(mouth_fill(shape))
        b.append(f'<path d="M500,662 C506,656 518,656 524,662 C520,668 504,668 500,662 Z" fill="{TONGUE}"/>')
        b.append(stroke_path(catmull(shape, closed=True, step=2), "skin.line", 4.5, closed=True))
    elif id_ == "sleepy":
        shape = [(504, 642), (512, 639), (520, 642), (516, 648), (508, 648)]
        b.append(mouth_fill(shape))
        b.append(stroke_path(catmull(shape, closed=True, step=2), "skin.line", 3.5, closed=True))
    return svg(b)


MOUTHS = {
    "smile": ("Small smile", "にっこり", 3.0),
    "neutral": ("Neutral", "普通", 2.0),
    "cat": ("Cat mouth", "猫口", 1.2),
    "open_smile": ("Open smile", "開いた笑顔", 1.5),
    "grin": ("Grin", "歯を見せて笑う", 0.3),
    "laugh": ("Laugh", "大笑い", 0),
    "small_o": ("Small o", "小さなお口", 0.3),
    "wavy": ("Wavy (flustered)", "あわあわ口", 0),
    "frown": ("Frown", "への字口", 0),
    "pout": ("Pout", "むすっ", 0.3),
    "wail": ("Open wail", "泣き叫ぶ口", 0),
    "smirk": ("Smirk", "ニヤリ", 0.8),
    "tongue_out": ("Tongue out", "てへぺろ", 0.2),
    "fang": ("Fang smile", "八重歯", 1.0),
    "surprised": ("Surprised open", "驚きの口", 0),
    "sleepy": ("Sleepy small", "ぽかん口", 0.2),
}


# ----------------------------------------------------------------------------------------------
# CHEEKS


def blush_ellipse(cx, cy, rx, ry, gid, defs, op=0.6):
    defs.append(
        f'<radialGradient id="{gid}" gradientUnits="userSpaceOnUse" cx="{cx}" cy="{cy}" r="{rx}" '
        f'gradientTransform="translate({cx} {cy}) scale(1 {ry / rx:.3f}) translate({-cx} {-cy})">'
        f'<stop offset="0" stop-color="{BLUSH}" stop-opacity="{op}"/>'
        f'<stop offset="0.55" stop-color="{BLUSH}" stop-opacity="{op * 0.75:.2f}"/>'
        f'<stop offset="1" stop-color="{BLUSH}" stop-opacity="0"/></radialGradient>'
    )
    return f'<ellipse cx="{cx}" cy="{cy}" rx="{rx}" ry="{ry}" fill="url(#{gid})"/>'


def hatch(cx, cy, n=3, length=18, colour="#d9546c", w=3.5):
    out = []
    for i in range(n):
        x = cx - (n - 1) * 6 + i * 12
        out.append(
            stroke_path(
                [(x + length * 0.3, cy - length / 2), (x - length * 0.3, cy + length / 2)],
                colour=colour,
                width=w,
            )
        )
    return out


def make_cheeks(id_):
    defs, b = [], []
    L, R = (396, 578), (628, 578)
    if id_ == "soft":
        b += [blush_ellipse(*L, 46, 24, "bl", defs), blush_ellipse(*R, 46, 24, "br", defs)]
    elif id_ == "hatch":
        b += [blush_ellipse(*L, 44, 22, "bl", defs, 0.5), blush_ellipse(*R, 44, 22, "br", defs, 0.5)]
        b += hatch(*L) + hatch(*R)
    elif id_ == "freckles":
        import random

        rnd = random.Random(7)
        for cx, cy in (L, R):
            for _ in range(7):
                a = rnd.uniform(0, 2 * math.pi)
                r = rnd.uniform(4, 30)
                b.append(
                    f'<circle cx="{f1(cx + r * math.cos(a) * 1.2)}" cy="{f1(cy - 6 + r * math.sin(a) * 0.55)}" '
                    f'r="{f1(rnd.uniform(2.2, 3.4))}" {fill("skin.shadow")}/>'
                )
    elif id_ == "freckles_blush":
        b += [blush_ellipse(*L, 44, 22, "bl", defs, 0.4), blush_ellipse(*R, 44, 22, "br", defs, 0.4)]
        import random

        rnd = random.Random(3)
        for cx, cy in (L, R):
            for _ in range(6):
                b.append(
                    f'<circle cx="{f1(cx + rnd.uniform(-30, 30))}" cy="{f1(cy - 4 + rnd.uniform(-10, 10))}" '
                    f'r="{f1(rnd.uniform(2.2, 3.2))}" {fill("skin.line")} opacity="0.55"/>'
                )
    elif id_ == "rosy":
        b += [blush_ellipse(*L, 40, 26, "bl", defs, 0.75), blush_ellipse(*R, 40, 26, "br", defs, 0.75)]
    elif id_ == "flushed":  # expression: across the nose
        b += [blush_ellipse(512, 580, 170, 36, "bf", defs, 0.55)]
        b += hatch(*L, 4, 22) + hatch(*R, 4, 22)
    return svg(b, defs)


CHEEKS = {
    "soft": ("Soft blush", "ほんのりチーク", 3.0),
    "hatch": ("Blush with lines", "斜線チーク", 1.5),
    "freckles": ("Freckles", "そばかす", 1.0),
    "freckles_blush": ("Freckles and blush", "そばかすとチーク", 0.6),
    "rosy": ("Rosy", "濃いめチーク", 0.8),
    "flushed": ("Flushed", "赤面", 0),
}


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


# ----------------------------------------------------------------------------------------------
# EXPRESSIONS (appended at the end of pack.toml)

EXPRESSIONS = [
    ("neutral", "Neutral", "普通", {}),
    ("smile", "Smile", "笑顔", {"mouth": "open_smile", "eyebrows": "neutral"}),
    ("gentle_smile", "Gentle smile", "ほほえみ", {"eyes": "soft_smile", "mouth": "smile"}),
    ("grin", "Grin", "ニカッ", {"eyes": "smile_arc", "mouth": "grin", "eyebrows": "raised"}),
    (
        "laugh",
        "Laugh",
        "大笑い",
        {"eyes": "smile_arc", "mouth": "laugh", "eyebrows": "raised", "cheeks": "soft"},
    ),
    ("wink", "Wink", "ウインク", {"eyes": "wink", "mouth": "open_smile", "effects": "sparkles"}),
    ("teasing", "Teasing", "てへぺろ", {"eyes": "wink", "mouth": "tongue_out", "eyebrows": "raised"}),
    (
        "surprised",
        "Surprised",
        "びっくり",
        {"eyes": "surprised", "eyebrows": "raised", "mouth": "surprised", "effects": "surprise_lines"},
    ),
    ("angry", "Angry", "怒り", {"eyes": "angry", "eyebrows": "angry", "mouth": "frown", "effects": "anger"}),
    ("pout", "Pouting", "むくれ", {"eyebrows": "angry", "mouth": "pout", "cheeks": "rosy"}),
    ("sad", "Sad", "悲しい", {"eyes": "sad", "eyebrows": "worried", "mouth": "frown"}),
    (
        "teary",
        "Teary",
        "うるうる",
        {"eyes": "teary", "eyebrows": "worried", "mouth": "wavy", "effects": "tear_drop"},
    ),
    (
        "crying",
        "Crying",
        "大泣き",
        {"eyes": "shut_tight", "eyebrows": "worried", "mouth": "wail", "effects": "tears"},
    ),
    (
        "embarrassed",
        "Embarrassed",
        "照れ",
        {"eyebrows": "soft_worried", "mouth": "wavy", "cheeks": "flushed", "effects": "blush_lines"},
    ),
    ("nervous", "Nervous", "焦り", {"eyebrows": "worried", "mouth": "wavy", "effects": "sweat"}),
    ("sleepy", "Sleepy", "眠い", {"eyes": "closed", "eyebrows": "soft_worried", "mouth": "sleepy"}),
    (
        "determined",
        "Determined",
        "やる気",
        {"eyebrows": "determined", "mouth": "neutral", "effects": "sparkles"},
    ),
    ("smug", "Smug", "ドヤ顔", {"eyes": "smug", "eyebrows": "arched", "mouth": "smirk"}),
    ("unimpressed", "Unimpressed", "ジト目", {"eyes": "jito", "eyebrows": "straight", "mouth": "neutral"}),
    (
        "love",
        "In love",
        "ラブ",
        {"eyes": "heart", "mouth": "open_smile", "cheeks": "rosy", "effects": "hearts"},
    ),
    (
        "excited",
        "Excited",
        "ワクワク",
        {"eyes": "sparkle", "eyebrows": "raised", "mouth": "open_smile", "effects": "sparkles"},
    ),
    (
        "gloomy",
        "Gloomy",
        "どんより",
        {"eyes": "jito", "eyebrows": "worried", "mouth": "wavy", "effects": "gloom"},
    ),
    (
        "dizzy",
        "Dizzy",
        "目が回る",
        {"eyes": "dizzy", "eyebrows": "worried", "mouth": "wavy", "effects": "sweat"},
    ),
    ("happy_closed", "Content", "ほっこり", {"eyes": "closed", "mouth": "cat", "cheeks": "soft"}),
]

EXPR_MARK = "# ---- expressions (generated by tools/art/face.py; edit there) ----"
EXPR_END = "# ---- end of expressions ----"


def write_expressions():
    text = PACK.read_text(encoding="utf-8")
    after = ""
    if EXPR_MARK in text:  # replace only our own block, keep anything others wrote after it
        start = text.index(EXPR_MARK)
        end = text.find(EXPR_END, start)
        after = text[end + len(EXPR_END) :].lstrip("\n") if end >= 0 else ""
        text = text[:start].rstrip("\n") + "\n"
    lines = ["", EXPR_MARK]
    for eid, label, ja, over in EXPRESSIONS:
        lines.append(f"[expressions.{eid}]")
        lines.append(f'label = "{label}"')
        lines.append(f'label_ja = "{ja}"')
        for k, v in over.items():
            lines.append(f'{k} = "{v}"')
        lines.append("")
    lines.append(EXPR_END)
    tail = ("\n" + after) if after else ""
    PACK.write_text(text + "\n".join(lines) + "\n" + tail, encoding="utf-8")


# ----------------------------------------------------------------------------------------------
# writing


def q(s):
    return '"' + s.replace('"', '\\"') + '"'


def write_layer(
    layer, meta, parts, region, optional=False, probability=1.0, transform=None, pivot=(512, 500)
):
    folder = PARTS / layer
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.svg"):
        if old.stem not in {p[0] for p in parts}:
            old.unlink()
    lines = [
        f"label = {q(meta[0])}",
        f"label_ja = {q(meta[1])}",
        f"optional = {'true' if optional else 'false'}",
        f"probability = {probability:g}",
        f"region = [{', '.join(str(int(v)) for v in region)}]",
    ]
    if transform:
        lines.append(
            "transform = { " + ", ".join(f"{k} = [{a:g}, {b:g}]" for k, (a, b) in transform.items()) + " }"
        )
        lines.append(f"pivot = [{pivot[0]}, {pivot[1]}]")
    lines.append("")
    for pid, label, ja, weight, pres, text in parts:
        (folder / f"{pid}.svg").write_text(text, encoding="utf-8")
        lines += [
            "[[parts]]",
            f"id = {q(pid)}",
            f"label = {q(label)}",
            f"label_ja = {q(ja)}",
            f"weight = {weight:g}",
        ]
        if pres:
            lines.append("presentation = [" + ", ".join(q(p) for p in pres) + "]")
        lines.append("")
    (folder / "layer.toml").write_text("\n".join(lines), encoding="utf-8")


def build():
    write_layer(
        "face",
        ("Face", "顔の形"),
        [(k, v["label"], v["ja"], 1.0, None, make_face(k)) for k, v in FACE_SHAPES.items()],
        region=[300, 160, 724, 724],
    )
    write_layer(
        "ears",
        ("Ears", "耳"),
        [(k, v["label"], v["ja"], v["w"], None, make_ear(k)) for k, v in EARS.items()],
        region=[212, 400, 812, 620],
    )
    write_layer(
        "cheeks",
        ("Cheeks", "頬"),
        [(k, v[0], v[1], v[2], None, make_cheeks(k)) for k, v in CHEEKS.items()],
        region=[330, 530, 694, 630],
        optional=True,
        probability=0.6,
    )
    write_layer(
        "nose",
        ("Nose", "鼻"),
        [(k, v[0], v[1], v[2], None, make_nose(k)) for k, v in NOSES.items()],
        region=[490, 555, 535, 615],
        transform={"y": (-6, 6)},
    )
    write_layer(
        "mouth",
        ("Mouth", "口"),
        [(k, v[0], v[1], v[2], None, make_mouth(k)) for k, v in MOUTHS.items()],
        region=[465, 615, 560, 695],
        transform={"y": (-6, 8), "scale": (0.9, 1.1)},
        pivot=(512, 645),
    )
    eyes = [(k, v["label"], v["ja"], v["weight"], v["pres"], make_eyes(k)) for k, v in EYE_STYLES.items()]
    eyes += [(k, v[0], v[1], 0, None, make_eyes(k)) for k, v in EXPR_EYES.items()]
    write_layer(
        "eyes",
        ("Eyes", "目"),
        eyes,
        region=[316, 390, 708, 596],
        transform={"y": (-8, 8), "scale": (0.94, 1.06)},
        pivot=(512, 505),
    )
    write_layer(
        "eyebrows",
        ("Eyebrows", "眉"),
        [(k, v[0], v[1], v[2], None, make_brows(k)) for k, v in BROWS.items()],
        region=[340, 372, 684, 464],
        transform={"y": (-10, 8)},
        pivot=(512, 435),
    )
    write_layer(
        "effects",
        ("Effects", "エフェクト"),
        [(k, v[0], v[1], v[2], None, make_effect(k)) for k, v in EFFECTS.items()],
        region=[150, 80, 880, 736],
        optional=True,
        probability=0.08,
    )


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--no-expressions", action="store_true", help="do not rewrite the [expressions] block in pack.toml"
    )
    args = ap.parse_args()
    build()
    if not args.no_expressions:
        write_expressions()
    print(
        "wrote",
        ", ".join(
            sorted(
                p.name
                for p in PARTS.iterdir()
                if p.name in {"face", "ears", "cheeks", "nose", "mouth", "eyes", "eyebrows", "effects"}
            )
        ),
    )
