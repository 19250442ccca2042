"""The side hair layer (side locks)."""

from __future__ import annotations

import math

from hair_lib import Art, braid_shape, f, hair_parts, lens, mirror, poly_d, ribbon, tail_shape
from helpers import write_layer

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

LAYER = dict(
    label="Side locks",
    label_ja="サイドの髪",
    optional=True,
    probability=0.7,
    region=(240, 290, 784, 800),
    transform={"x": (-6, 6), "y": (-8, 8), "scale": (0.96, 1.04), "rotate": (-3, 3)},
    pivot=(512, 440),
)


def build():
    write_layer("hair_side", hair_parts(side_styles(), SIDE_META, "hair_side"), source=__file__, **LAYER)


if __name__ == "__main__":
    build()
