"""The facial hair layer (R2): stubble, moustache, goatee, beards, sideburns, chin strap.

Drawn on the young-adult head (chin y 735, nose tip ~612, mouth ~672); pack.toml fits it to the other
heads. Recoloured by the ``brows`` slot (which follows the hair unless the user unlinks it): fills in
``brows``, a cel shadow in ``brows.shadow`` on the side away from the light, outlines as tapered
ribbons in ``brows.line``.
"""

from __future__ import annotations

from face_lib import catmull, fill, mirror, poly, ribbon, svg, taper
from helpers import Part, outline_ribbon, write_layer


def closed_sym(left_half):
    """A closed outline from a left half listed top-centre -> down the left side -> bottom-centre."""
    right = mirror(left_half)[::-1]
    return catmull(left_half + right[1:-1], closed=True, step=3)


def tips(points, every=5, depth=7, lean=-2, rhythm=(1.0,)):
    """Turn a lower edge (dense, left to right) into gentle tapered clump tips; ``rhythm`` scales the
    depth of successive tips (cycled), so a hairline is not a row of equal teeth."""
    out = []
    for i, (x, y) in enumerate(points):
        phase = (i % every) / every
        d = depth * rhythm[(i // every) % len(rhythm)]
        out.append((x + lean * phase, y + d * (1 - abs(2 * phase - 1)) ** 2))
    return out


def shape(outline):
    return [
        f'<path d="{poly(outline)}" {fill("brows")}/>',
        outline_ribbon(outline, spec="brows.line", thin=1.6, heavy=4.5),
    ]


# hand-placed halves: from the top centre, down the left side, to the bottom centre. Outer edges follow
# the young-adult oval jaw a few px outside it; inner edges run from the sideburn to the mouth corner.
MOUSTACHE = [(512, 647), (492, 646), (472, 652), (456, 664), (450, 674), (466, 669), (488, 664), (512, 665)]
GOATEE = [(512, 702), (496, 703), (486, 712), (484, 728), (494, 744), (512, 750)]
UNDER_LIP = [(512, 702), (488, 702), (468, 692), (452, 678)]
FULL_BEARD = UNDER_LIP + [
    (424, 664),
    (392, 636),
    (364, 594),
    (344, 546),
    (334, 490),
    (318, 490),
    (318, 542),
    (325, 588),
    (337, 634),
    (360, 680),
    (398, 720),
    (450, 746),
    (486, 756),
    (512, 760),
]
BOXED_BEARD = UNDER_LIP + [
    (426, 670),
    (398, 650),
    (374, 616),
    (352, 566),
    (336, 500),
    (319, 500),
    (320, 545),
    (327, 588),
    (339, 632),
    (361, 675),
    (398, 712),
    (452, 733),
    (490, 740),
    (512, 741),
]
# chin strap: a jawline beard, narrow at the sideburn (10 px) and widening to a full chin (30 px); the
# outer edge sits on the jaw, the inner edge breaks into short upward tips (hair, not a band)
STRAP_OUTER = [(318, 488), (320, 540), (327, 590), (339, 636), (361, 680), (398, 716), (452, 737), (512, 747)]
STRAP_INNER = [(329, 488), (333, 538), (342, 584), (356, 626), (380, 662), (414, 690), (456, 708), (512, 716)]
STUBBLE = UNDER_LIP + [
    (424, 664),
    (392, 636),
    (364, 594),
    (346, 546),
    (336, 500),
    (323, 500),
    (325, 545),
    (332, 588),
    (343, 630),
    (366, 671),
    (402, 706),
    (452, 726),
    (490, 732),
    (512, 733),
]
UPPER_LIP = [(512, 632), (488, 634), (462, 646), (450, 668), (472, 664), (512, 660)]
SIDEBURN = [(319, 470), (334, 470), (336, 530), (333, 576), (322, 582), (317, 530)]
# strand marks inside a beard (start, end) on the left half; mirrored, the right ones are heavier
STRANDS = [
    ((350, 600), (356, 636)),
    ((384, 664), (396, 700)),
    ((430, 700), (440, 730)),
    ((470, 716), (474, 744)),
]


def strands(pairs, heavy_right=True):
    items = []
    for (x0, y0), (x1, y1) in pairs:
        c = catmull([(x0, y0), ((x0 + x1) / 2 + 2, (y0 + y1) / 2), (x1, y1)], step=2)
        for side, pts in ((-1, c), (1, mirror(c))):
            w = 2.2 if side < 0 or not heavy_right else 3.0
            items.append(
                f'<path d="{poly(ribbon(pts, taper(len(pts), w, 0.3, 0.4)))}" {fill("brows.shadow")}/>'
            )
    return items


def make_stubble():
    # a low-opacity shadow over the jaw and the upper lip: the anime five o'clock shadow, inside the face;
    # in the brows' line tone (their shadow tone vanished on pale skin under blond or white hair)
    return svg(
        [
            f'<path d="{poly(closed_sym(STUBBLE))}" {fill("brows.line")} opacity="0.2"/>',
            f'<path d="{poly(closed_sym(UPPER_LIP))}" {fill("brows.line")} opacity="0.2"/>',
        ]
    )


def make_moustache():
    return svg(shape(closed_sym(MOUSTACHE)))


def make_goatee():
    return svg(shape(closed_sym(MOUSTACHE)) + shape(closed_sym(GOATEE)))


def beard(half, bottom_tips=True):
    outline = closed_sym(half)
    if bottom_tips:  # clumps along the lower edge, below the jaw
        low = [i for i, (x, y) in enumerate(outline) if y > 738 and abs(x - 512) < 110]
        if low:
            seg = tips([outline[i] for i in low], every=6, depth=8)
            for k, i in enumerate(low):
                outline[i] = seg[k]
    return outline


def make_full_beard():
    return svg(shape(beard(FULL_BEARD)) + strands(STRANDS) + shape(closed_sym(MOUSTACHE)))


def make_boxed_beard():
    return svg(
        shape(beard(BOXED_BEARD, bottom_tips=False)) + strands(STRANDS[1:]) + shape(closed_sym(MOUSTACHE))
    )


def make_chin_strap():
    left_out = catmull(STRAP_OUTER, step=3)
    outer = left_out + mirror(left_out)[::-1][1:]  # ear to ear along the jaw
    left_in = catmull(STRAP_INNER, step=3)
    inner = left_in + mirror(left_in)[::-1][1:]
    inner = tips(inner, every=6, depth=-8, lean=0, rhythm=(1.0, 0.35, 0.75, 0.2, 0.9, 0.5, 0.1))
    outline = outer + inner[::-1]
    return svg(
        [
            f'<path d="{poly(outline)}" {fill("brows")}/>',
            # a cel shadow along the underside of the jaw, then the jaw's own line in the hair tone:
            # no line on the inner edge, so it reads as hair growing, not a strap
            f'<path d="{poly(ribbon(outer, taper(len(outer), 5, 0.2, 0.2)))}" {fill("brows.shadow")}/>',
            outline_ribbon(outer, spec="brows.line", thin=1.4, heavy=4.0, closed=False, taper=0.1),
        ]
        + strands(STRANDS[2:])
    )


def make_sideburns():
    left = catmull(SIDEBURN, closed=True, step=3)
    items = []
    for pts in (left, mirror(left)):
        items += shape(pts)
    return svg(items)


FACIAL_HAIR = [
    ("stubble", "Stubble", "無精ひげ", 1.4, make_stubble),
    ("moustache", "Moustache", "口ひげ", 0.8, make_moustache),
    ("goatee", "Goatee", "あごひげ", 0.8, make_goatee),
    ("full_beard", "Full beard", "フルビアード", 0.7, make_full_beard),
    ("boxed_beard", "Short boxed beard", "短めのあごひげ", 0.8, make_boxed_beard),
    ("sideburns", "Sideburns", "もみあげ", 0.6, make_sideburns),
    ("chin_strap", "Chin strap", "チンストラップ", 0.5, make_chin_strap),
]


def build():
    parts = [Part(pid, label, ja, fn(), weight, ("masculine",)) for pid, label, ja, weight, fn in FACIAL_HAIR]
    write_layer(
        "facial_hair",
        parts,
        label="Facial hair",
        label_ja="ひげ",
        optional=True,
        probability=0.45,
        region=[290, 450, 734, 800],
        source=__file__,
    )


if __name__ == "__main__":
    build()
