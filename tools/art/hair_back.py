"""The back hair layer."""

from __future__ import annotations

import math
import random

from hair_lib import (
    Art,
    Contour,
    Edge,
    R,
    add,
    blob,
    braid_shape,
    col,
    curl_texture,
    edge_segments,
    f,
    hair_parts,
    length,
    lens,
    lerp,
    loc_rope,
    mirror,
    mul,
    perp,
    poly_d,
    sample_segs,
    seg_d,
    smooth_d,
    spline_segs,
    sub,
    sym_edge,
    tail_shape,
    taper,
    unit,
)
from helpers import write_layer


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

LAYER = dict(
    label="Back hair",
    label_ja="後ろ髪",
    optional=False,
    probability=1.0,
    region=(110, 10, 914, 1024),
    transform={"x": (-8, 8), "y": (-8, 8), "scale": (0.97, 1.04), "rotate": (-3, 3)},
    pivot=(512, 440),
)


def build():
    write_layer("hair_back", hair_parts(back_styles(), BACK_META, "hair_back"), source=__file__, **LAYER)


if __name__ == "__main__":
    build()
