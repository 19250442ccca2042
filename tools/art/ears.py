"""The ears layer."""

from __future__ import annotations

from face_lib import catmull, fill, mirror, poly, stroke_path, svg
from helpers import Part, write_layer

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


def build():
    parts = [Part(k, v["label"], v["ja"], make_ear(k), v["w"]) for k, v in EARS.items()]
    write_layer("ears", parts, label="Ears", label_ja="耳", region=[212, 400, 812, 620], source=__file__)


if __name__ == "__main__":
    build()
