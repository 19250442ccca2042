"""The eyes layer: open eye styles and the expression eyes."""

from __future__ import annotations

import math

import numpy as np
from face_lib import (
    LASH,
    PUPIL,
    SCLERA,
    SCLERA_SHADOW,
    catmull,
    col,
    f1,
    fill,
    heart,
    poly,
    ribbon,
    star,
    stroke,
    stroke_path,
    svg,
    taper,
)
from helpers import Part, write_layer

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
    # eyes v2 (R7): the iris tucks under the upper lid (about 14 % of its height hidden) and rests on
    # the lower lid, so no white rings it; styles that set their own iris keep it
    iris_v, iris_ry = kw.get("iris_v", 4), kw.get("iris_ry", 54)
    if "iris_v" not in kw and iris_v - iris_ry > -ht * 0.98:
        iris_ry = max(iris_ry, (ht * 1.14 + hb - 2) / 2)
        iris_v = hb - 2 - iris_ry
        kw = {**kw, "iris_v": iris_v, "iris_ry": iris_ry}
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
            lower_lid=kw.get("lower_lid", 0.0),
            bag=kw.get("bag", 0.0),
            crease_w=kw.get("crease_w", 3.0),
            crease_gap=kw.get("crease_gap", 5),
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
        # faint radial streaks from the pupil out to the rim (a second hue in the iris), inside the lids
        for k in range(14):
            a = 2 * math.pi * k / 14 + 0.2
            pts = []
            for t in np.linspace(0.42, 0.9, 8):
                u, v = iu + rx * t * math.cos(a), iv + ry * t * math.sin(a)
                if e.upper(u) + 3 < v < e.lower(u) - 3:
                    pts.append(e.xy(u, v))
            if len(pts) > 2:
                out.append(stroke_path(pts, slot + ".shadow", 2, line=False, opacity=0.45))
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
        # the classic recipes shrink with an iris smaller than the youthful one (the grown-up eyes' teary
        # and sparkling highlights covered most of their smaller iris); a larger iris keeps their size
        q = min(1.0, rx / 42)
        if hl in ("normal", "big", "sparkle", "many"):
            s = (1.25 if hl == "big" else 1.0) * q
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
                f'<circle cx="{f1(ix + rx * 0.1)}" cy="{f1(hy(ix + rx * 0.1, e.cy + iv - ry * 0.46, 4.5 * q))}" r="{f1(4.5 * q)}" fill="#ffffff" opacity="0.9"/>'
            )
            out.append(
                f'<ellipse cx="{f1(ix - rx * 0.18)}" cy="{f1(e.cy + iv + ry * 0.52)}" rx="{f1(9 * q)}" ry="{f1(4 * q)}" fill="#ffffff" opacity="0.7"/>'
            )
        if hl == "many":
            out.append(
                f'<circle cx="{f1(ix + rx * 0.52)}" cy="{f1(hy(ix + rx * 0.52, e.cy + iv - ry * 0.12, 3.5 * q))}" r="{f1(3.5 * q)}" fill="#ffffff"/>'
            )
        if hl == "sparkle":
            out.append(f'<path d="{star(ix - rx * 0.05, e.cy + iv + ry * 0.18, 18 * q)}" fill="#ffffff"/>')
            out.append(
                f'<path d="{star(ix + rx * 0.36, hy(ix + rx * 0.36, e.cy + iv - ry * 0.32, 8 * q), 8 * q)}" fill="#ffffff"/>'
            )
        if hl == "star":
            out.append(
                f'<path d="{star(ix - rx * 0.3, hy(ix - rx * 0.3, e.cy + iv - ry * 0.22, 14 * q), 22 * q, n=4)}" fill="#ffffff"/>'
            )
            out.append(
                f'<circle cx="{f1(ix + rx * 0.42)}" cy="{f1(e.cy + iv + ry * 0.36)}" r="{f1(5 * q)}" fill="#ffffff"/>'
            )
        if hl == "small":
            out.append(
                f'<ellipse cx="{f1(ix - rx * 0.32)}" cy="{f1(hy(ix - rx * 0.32, e.cy + iv - ry * 0.22, 10 * q))}" rx="{f1(8 * q)}" ry="{f1(10 * q)}" fill="#ffffff"/>'
            )
            out.append(
                f'<circle cx="{f1(ix + rx * 0.38)}" cy="{f1(e.cy + iv + ry * 0.3)}" r="{f1(4 * q)}" fill="#ffffff"/>'
            )
        k = rx / 42  # the rotated recipes scale with the iris
        if hl == "window":
            # a squarish window pane high on the iris and a thin sliver of reflected light at its foot
            bx, bw, bh = ix - rx * 0.5, 17 * k, 21 * k
            by = hy(bx + bw / 2, e.cy + iv - ry * 0.44, 0) - 2
            out.append(
                f'<rect x="{f1(bx)}" y="{f1(by)}" width="{f1(bw)}" height="{f1(bh)}" rx="{f1(4 * k)}" '
                f'transform="rotate(-8 {f1(bx)} {f1(by)})" fill="#ffffff"/>'
            )
            sliver = [
                (ix - rx * 0.1 + rx * 0.42 * t, e.cy + iv + ry * (0.62 - 0.12 * math.sin(math.pi * t)))
                for t in np.linspace(0, 1, 9)
            ]
            out.append(
                f'<path d="{poly(ribbon(sliver, taper(9, 3.2 * k, 0.4, 0.4, 0.3)))}" fill="#ffffff" opacity="0.85"/>'
            )
        if hl == "arc":
            # a crescent of light following the upper-left rim of the iris, and a dot below right
            arc = [
                (
                    ix + rx * 0.72 * math.cos(a),
                    hy(ix + rx * 0.72 * math.cos(a), e.cy + iv + ry * 0.72 * math.sin(a), 3),
                )
                for a in np.linspace(math.radians(200), math.radians(265), 12)
            ]
            out.append(f'<path d="{poly(ribbon(arc, taper(12, 6.5 * k, 0.35, 0.35, 0.6)))}" fill="#ffffff"/>')
            out.append(
                f'<circle cx="{f1(ix + rx * 0.4)}" cy="{f1(e.cy + iv + ry * 0.34)}" r="{f1(4.5 * k)}" fill="#ffffff"/>'
            )
        if hl == "twin":
            # two round lights side by side high on the iris, the larger outside
            for dx, r_ in ((-0.4, 11 * k), (-0.02, 6 * k)):
                hx = ix + rx * dx
                out.append(
                    f'<circle cx="{f1(hx)}" cy="{f1(hy(hx, e.cy + iv - ry * 0.3, r_))}" r="{f1(r_)}" fill="#ffffff"/>'
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
    if p["lower_lid"]:
        # a grown-up's lower lid: a tapered line along the whole lower rim, heavier toward the outer corner
        us = np.linspace(-w * 0.36, w * 0.47, 36)
        centre = [e.xy(u, e.lower(u) + 2.5) for u in us]
        widths = taper(len(us), p["lower_lid"], 0.45, 0.25, 0.4)
        out.append(f'<path d="{poly(ribbon(centre, widths))}" {fill("skin.line")} opacity="0.85"/>')
    if p["bag"]:
        # a soft under-eye bag: a shadow crescent under the lower lid closed by a faint tapered fold
        us = np.linspace(-w * 0.26, w * 0.4, 30)
        depth = [p["bag"] * math.sin(math.pi * (u + w * 0.26) / (w * 0.66)) for u in us]
        fold = [e.xy(u, e.lower(u) + 6 + d) for u, d in zip(us, depth)]
        rim = [e.xy(u, e.lower(u) + 5) for u in us[::-1]]
        out.append(f'<path d="{poly(fold + rim)}" {fill("skin.shadow")} opacity="0.55"/>')
        widths = taper(len(us), 2.6, 0.4, 0.4, 0.3)
        out.append(f'<path d="{poly(ribbon(fold, widths))}" {fill("skin.line")} opacity="0.5"/>')
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
    # R7: the inner corner thins to a tear-duct tick
    u_in = e.u0
    duct = [e.xy(u_in + 3 - 9 * t, e.lower(u_in) + 1 + 7 * t) for t in np.linspace(0, 1, 6)]
    out.append(
        f'<path d="{poly(ribbon(duct, taper(6, 1.6, 0.2, 0.6, 0.3)))}" {fill("skin.line")} opacity="0.7"/>'
    )
    # lash clumps (flicks: extra lashes at the outer third)
    for k in range(p["flicks"]):
        u = w * (0.22 + 0.13 * k)
        base_v = e.upper(u) - t_max * 0.7
        du = 14 + 4 * k
        dv = -12 - 2 * k
        fl = [(u - 6, base_v + 3), (u + du, base_v + dv), (u + 6, base_v + 2)]
        out.append(f'<path d="{poly(e.pts(fl))}" fill="{LASH}"/>')
    # double-lid crease
    if p["crease"]:
        # R7: the crease hugs the lash (a few px above its top) over the outer 60 % only
        us = np.linspace(-w * 0.1, w * 0.44, 30)
        cr = [
            e.xy(
                u,
                e.upper(u) - t_max - p["crease_gap"] - 3 * math.sin((u + w * 0.1) / (w * 0.54) * math.pi),
            )
            for u in us
        ]
        out.append(stroke_path(cr, "skin.line", p["crease_w"], opacity=0.75))
    return out


def closed_eye(side, kind, lash_w=9, adult=False):
    """Expression eyes drawn as tapered strokes: 'smile' (^), 'closed' (relaxed), 'shut' (> <), 'line'.

    ``adult``: the grown-up look of the mature head: a lighter lash line without the flick or the lash
    ticks, the lid crease above a closed eye, and crow's feet where a smile creases the outer corner."""
    cx, cy = (412 if side < 0 else 612), 505
    s = side  # outer corner direction in x
    if adult:
        lash_w = lash_w * 0.7
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
        if adult:
            out += _smile_creases(cx, cy, s)
        else:
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
        if adult:
            # the lid crease follows the closed lid over its outer part, a little above it
            crease = catmull([(cx - 44 * s, cy - 2), (cx - 22 * s, cy + 6), (cx + 4 * s, cy + 8)], step=3)
            out.append(
                f'<path d="{poly(ribbon(crease, taper(len(crease), 3.2, 0.4, 0.4, 0.3)))}" {fill("skin.line")} opacity="0.7"/>'
            )
            return out
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
        if adult:
            out += _smile_creases(cx, cy + 8, s)
    elif kind == "line":
        ctrl = [(cx - 48 * s, cy + 8), (cx, cy + 12), (cx + 44 * s, cy + 10)]
        c = catmull(ctrl, step=3)
        out.append(f'<path d="{poly(ribbon(c, taper(len(c), lash_w * 0.8, 0.3, 0.3, 1.0)))}" fill="{LASH}"/>')
    return out


def _smile_creases(cx, cy, s):
    """Crow's feet at the outer corner and the cheek's fold under a smiling eye: thin tapered skin lines."""
    out = []
    for (x0, y0), (x1, y1) in (((-54, 6), (-70, -4)), ((-55, 14), (-72, 14)), ((-53, 22), (-67, 30))):
        tick = [(cx + (x0 + (x1 - x0) * t) * s, cy + y0 + (y1 - y0) * t) for t in np.linspace(0, 1, 8)]
        out.append(
            f'<path d="{poly(ribbon(tick, taper(8, 2.8, 0.1, 0.9, 0.3)))}" {fill("skin.line")} opacity="0.7"/>'
        )
    fold = catmull([(cx - 30 * s, cy + 34), (cx - 4 * s, cy + 40), (cx + 22 * s, cy + 34)], step=3)
    out.append(
        f'<path d="{poly(ribbon(fold, taper(len(fold), 2.8, 0.45, 0.45, 0.3)))}" {fill("skin.line")} opacity="0.55"/>'
    )
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
# the masculine and adult kit (R2): light upper lash, little or no wing, no lower lashes, a lower-lid line
MASC = dict(lower_lash=(1.0, 0.0), lower_line=True, lash_in=2, flicks=0)
MASC_EYES = {
    # id: (label, label_ja, weight, parameters); irises tucked under the upper lid, resting on the lower
    "plain": (
        "Plain",
        "すっきり目",
        1.4,
        dict(
            ht=44,
            hb=34,
            iris_rx=34,
            iris_ry=42,
            iris_v=-9,
            lash=9,
            wing=(4, -2),
            crease=False,
            highlights="small",
        ),
    ),
    "narrow": (
        "Narrow",
        "細目",
        1.2,
        dict(
            w=116,
            ht=40,
            hb=32,
            vo=0,
            vi=10,
            peak=14,
            flat=0.7,
            iris_rx=35,
            iris_ry=44,
            iris_v=-13,
            lash=9,
            wing=(6, -4),
            highlights="small",
            sclera_shadow=10,
        ),
    ),
    "sharp": (
        "Sharp",
        "鋭い目",
        1.2,
        dict(
            w=114,
            ht=46,
            hb=36,
            vo=-10,
            vi=14,
            peak=16,
            flat=0.5,
            iris_rx=36,
            iris_ry=46,
            iris_v=-11,
            lash=10,
            wing=(8, -8),
            highlights="small",
        ),
    ),
    "heavy_lid": (
        "Heavy-lidded",
        "気だるげ",
        0.9,
        dict(
            ht=18,
            flat=1.0,
            peak=-4,
            vo=16,
            vi=12,
            hb=44,
            iris_v=-5,
            iris_rx=38,
            iris_ry=48,
            lash=9,
            wing=(4, 4),
            sclera_shadow=8,
            iris_band=0.25,
            highlights="dull",
        ),
    ),
    "steady": (
        "Steady",
        "落ち着いた目",
        1.0,
        dict(
            w=110,
            ht=48,
            hb=40,
            vo=4,
            vi=10,
            peak=8,
            flat=0.4,
            iris_rx=37,
            iris_ry=48,
            iris_v=-9,
            lash=10,
            wing=(6, -2),
        ),
    ),
}
for _id, (_label, _ja, _weight, _kw) in MASC_EYES.items():
    eye_style(_id, _label, _ja, _weight, ["masculine", "androgynous"], **MASC, **_kw)
# grown-up eyes (the mature head leans to them, the younger heads never draw them): small irises in a
# narrow opening under a heavy, flat upper lid, a line along the lower lid and a soft bag below it
ELDER = dict(
    lower_lash=(1.0, 0.0),
    lower_lid=3.4,
    bag=8,
    flicks=0,
    lash_in=3,
    crease_w=3.8,
    crease_gap=3,
    highlights="small",
    sclera_shadow=12,
    iris_band=0.34,
)
ELDER_EYES = {
    "grown_calm": (
        "Grown-up calm",
        "大人の落ち着いた目",
        None,
        dict(vo=6, vi=10, peak=6, flat=0.7, wing=(4, 2)),
    ),
    "grown_stern": (
        "Grown-up stern",
        "大人の厳しい目",
        ["masculine", "androgynous"],
        dict(ht=33, hb=26, vo=-4, vi=12, peak=14, flat=0.85, wing=(6, -4), lash=13),
    ),
    "grown_kind": (
        "Grown-up kind",
        "大人のやさしい目",
        ["feminine", "androgynous"],
        dict(ht=38, vo=12, vi=8, peak=0, flat=0.55, iris_rx=29, iris_ry=35, wing=(12, 2), lash=14),
    ),
}
for _id, (_label, _ja, _pres, _kw) in ELDER_EYES.items():
    eye_style(
        _id,
        _label,
        _ja,
        1.0,
        _pres,
        **{**ELDER, **dict(w=106, ht=36, hb=28, iris_rx=28, iris_ry=34, iris_v=-8, lash=12), **_kw},
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
# presentation leanings of the resting styles (R2): big lashed eyes lean feminine, the kit above masculine
for _id in (
    "sparkly",
    "round_big",
    "starry",
    "tareme",
    "gentle",
    "tsurime",
    "cool",
    "almond",
    "cat",
    "mature",
    "soft_smile",
    "ringed",
    "sleepy",
):
    EYE_STYLES[_id]["pres"] = EYE_STYLES[_id]["pres"] or ["feminine", "androgynous"]

# R7: four highlight recipes rotated across the resting styles (the classic oval and dot, "normal" or
# "small", stays on the rest), so eye styles differ by their light as well as their shape
HIGHLIGHT_ROTATION = {
    "window": ("tareme", "almond", "steady", "plain", "grown_kind"),
    "arc": ("tsurime", "ringed", "cat", "sharp", "grown_stern"),
    "twin": ("lashes", "simple", "narrow", "mature", "grown_calm"),
}
for _recipe, _ids in HIGHLIGHT_ROTATION.items():
    for _id in _ids:
        EYE_STYLES[_id]["kw"]["highlights"] = _recipe
# R7: two or three lash clumps at the outer third of the big lashed eyes
for _id, _clumps in (
    ("gentle", 2),
    ("tareme", 2),
    ("tsurime", 2),
    ("almond", 2),
    ("round_big", 3),
    ("ringed", 2),
):
    EYE_STYLES[_id]["kw"].setdefault("flicks", _clumps)

EXPR_EYES = {
    "smile_arc": ("Smiling arcs", "にっこり目", "smile"),
    "closed": ("Closed", "閉じ目", "closed"),
    "shut_tight": ("Shut tight", "ぎゅっ目", "shut"),
    "wink": ("Wink", "ウインク", "wink"),
    "dizzy": ("Dizzy", "ぐるぐる目", "dizzy"),
}


# The expression eyes redrawn for the mature head (``id@mature.svg``), so a grown-up who smiles, winks or
# gasps keeps the grown-up eye: a light upper lash without flicks, no lower lashes but a lower-lid line,
# the crease close to the lash; the expression's own shape and highlights stay
MATURE_EXPRESSIONS = (
    "soft_smile",
    "surprised",
    "teary",
    "sparkle",
    "angry",
    "sad",
    "heart",
    "smug",
    "jito",
    "sleepy",
    "smile_arc",
    "closed",
    "shut_tight",
    "wink",
)
ADULT_LOOK = dict(lower_lash=(1.0, 0.0), lower_lid=3.2, flicks=0, lash_in=3, crease_w=3.6, crease_gap=3)


def adult(kw):
    """An open eye's parameters with the grown-up look (ADULT_LOOK): the opening and the iris shrunk
    toward the grown-up eyes' proportions (a wide surprised eye stays wider than a resting one), the
    lash lighter and the wing small."""
    k_u, k_v = 106 / 112, 0.74
    out = {**kw, **ADULT_LOOK}
    out["w"] = kw.get("w", 112) * k_u
    out["ht"] = kw.get("ht", 56) * k_v
    if "hb" in kw:
        out["hb"] = kw["hb"] * k_v
    for key, k in (("vo", k_v), ("vi", k_v), ("peak", k_u), ("iris_v", k_v)):
        if key in kw:
            out[key] = kw[key] * k
    out["iris_rx"] = kw.get("iris_rx", 42) * 0.76
    out["iris_ry"] = kw.get("iris_ry", 54) * 0.7
    if "upper" in kw:
        out["upper"] = [(u * k_u, v * k_v) for u, v in kw["upper"]]
    wl, wv = kw.get("wing", (16, -8))
    out["lash"] = min(kw.get("lash", 17), 12)
    out["wing"] = (min(wl, 7), max(wv, -3))
    return out


def make_eyes(id_, grown_up=False):
    """The eyes part ``id_``; ``grown_up`` draws it with the adult look (the mature head's variant)."""
    defs = []
    body = []
    if id_ in EYE_STYLES:
        kw = EYE_STYLES[id_]["kw"]
        p = base_eye(**(adult(kw) if grown_up else kw))
        body += draw_open_eye(-1, p, defs, "irisL")
        body += draw_open_eye(1, p, defs, "irisR")
    else:
        kind = EXPR_EYES[id_][2]
        if kind == "wink":
            open_kw = EYE_STYLES["grown_calm"]["kw"] if grown_up else {}
            body += draw_open_eye(-1, base_eye(**open_kw), defs, "irisL")
            body += closed_eye(1, "smile", adult=grown_up)
        elif kind == "dizzy":
            body += spiral_eye(-1) + spiral_eye(1)
        else:
            body += closed_eye(-1, kind, adult=grown_up) + closed_eye(1, kind, adult=grown_up)
    return svg(body, defs)


def _variants(id_):
    return {"mature": make_eyes(id_, grown_up=True)} if id_ in MATURE_EXPRESSIONS else None


def build():
    parts = [
        Part(k, v["label"], v["ja"], make_eyes(k), v["weight"], v["pres"] or (), variants=_variants(k))
        for k, v in EYE_STYLES.items()
    ]
    parts += [Part(k, v[0], v[1], make_eyes(k), 0, variants=_variants(k)) for k, v in EXPR_EYES.items()]
    write_layer(
        "eyes",
        parts,
        label="Eyes",
        label_ja="目",
        region=[316, 390, 708, 596],
        transform={"y": (-8, 8), "scale": (0.94, 1.06)},
        pivot=(512, 505),
        source=__file__,
    )


if __name__ == "__main__":
    build()
