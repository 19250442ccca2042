"""Drawing vocabulary of the face layers: preview colours by slot spec, dense Catmull-Rom point lists,
tapered ribbons, the SVG wrapper.

Everything is drawn against the shared template (docs/art.md): cranium ellipse (512,440) 200x270,
chin ~y 700, eyes at (412,505) / (612,505), brows ~y 435, nose ~y 590, mouth ~y 640, light from the upper
left. Shapes are built as dense point lists (Catmull-Rom through hand-placed control points) so that
"clipping" (iris inside the lids, shadow inside the face) can be done numerically: QSvgRenderer has no
clipPath.
"""

from __future__ import annotations

import math

import numpy as np
from helpers import thinned
from helpers import tone as col


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
    d = "M" + " L".join(f"{f1(x)},{f1(y)}" for x, y in thinned(points))
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


def heart(cx, cy, s):
    return (
        f"M{f1(cx)},{f1(cy + s * 0.9)} C{f1(cx - s * 1.4)},{f1(cy)} {f1(cx - s * 0.9)},{f1(cy - s * 1.0)} {f1(cx)},{f1(cy - s * 0.35)} "
        f"C{f1(cx + s * 0.9)},{f1(cy - s * 1.0)} {f1(cx + s * 1.4)},{f1(cy)} {f1(cx)},{f1(cy + s * 0.9)} Z"
    )


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
