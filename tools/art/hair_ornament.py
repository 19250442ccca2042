"""The hair ornament layer (clips, bows, headbands)."""

from __future__ import annotations

import math

from hair_lib import Art, blob, f, hair_parts, lens, lerp, place, poly_d, ribbon
from helpers import write_layer

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

LAYER = dict(
    label="Hair ornament",
    label_ja="髪飾り",
    optional=True,
    probability=0.25,
    region=(230, 60, 800, 480),
    transform={"x": (-16, 16), "y": (-12, 12), "scale": (0.85, 1.15), "rotate": (-10, 10)},
    pivot=(512, 300),
)


# Ornaments that gather hair sit on a back style's tie point (the one nearest this anchor, their own
# drawn position); generation gives them only to styles that have one.
ANCHORS = {"scrunchie": (716, 330), "ribbon_bow": (650, 196)}


def build():
    parts = hair_parts(ornament_styles(), ORN_META, "hair_ornament")
    for p in parts:
        if p.id in ANCHORS:
            p.tags = {"anchor": list(ANCHORS[p.id])}
    write_layer("hair_ornament", parts, source=__file__, **LAYER)


if __name__ == "__main__":
    build()
