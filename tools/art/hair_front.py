"""The front hair layer (fringes)."""

from __future__ import annotations

import math
import random

from hair_lib import (
    Contour,
    Edge,
    braid_shape,
    build_front,
    cast_shape,
    curl_texture,
    f,
    hair_parts,
    lens,
    lerp,
    loc_rope,
    scallop,
    smooth_d,
    taper,
)
from helpers import write_layer

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

LAYER = dict(
    label="Front hair",
    label_ja="前髪",
    optional=False,
    probability=1.0,
    region=(190, 10, 834, 730),
    transform={"x": (-8, 8), "y": (-8, 8), "scale": (0.97, 1.04), "rotate": (-3, 3)},
    pivot=(512, 440),
)


def build():
    write_layer("hair_front", hair_parts(front_styles(), FRONT_META, "hair_front"), source=__file__, **LAYER)


if __name__ == "__main__":
    build()
