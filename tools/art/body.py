"""The body layer."""

from __future__ import annotations

from helpers import Part, fmt, outline_ribbon, write_layer
from wardrobe_lib import bez, both, mirror_rev, path, seg_d, shoulder, svg, tail_from_x, taper


def body_svg(k: float, neck: float = 120, adam: bool = False) -> str:
    """A bust: shoulders widened by ``k``, a neck ``neck`` px wide; ``adam`` adds the masculine neck
    (sternocleidomastoid lines and an Adam's apple tick)."""
    nl, nr = 512 - neck / 2, 512 + neck / 2
    segs = shoulder(k)
    (x0, y0), c1, c2, p3 = segs[0]
    # the trapezius: a thicker neck meets the shoulder further out and lower
    segs[0] = ((nl, y0), (c1[0] - (60 - neck / 2) * 0.6, c1[1] + (neck - 120) * 0.12), c2, p3)
    right = seg_d(mirror_rev(segs), move=False)
    outline = (
        f"M{fmt(nl)} 630 L{fmt(nl)} 772 "
        + seg_d(segs, move=False)
        + "L1040 1040 "
        + f"L{fmt(1024 - segs[-1][3][0])} 1030 "
        + right
        + f"L{fmt(nr)} 630 Z"
    )
    items = [path(outline, "skin")]
    # shadow on the right side of the neck (light from the upper left) and under the chin
    items.append(
        path(
            f"M{fmt(nr)} 640 L{fmt(nr)} 772 C{fmt(nr - 5)} 786 {fmt(nr - 16)} 794 {fmt(nr - 32)} 798 "
            f"C{fmt(nr - 20)} 770 {fmt(nr - 16)} 720 {fmt(nr - 24)} 640 Z",
            "skin.shadow",
        )
    )
    items.append(
        path(
            f"M{fmt(nl)} 636 L{fmt(nr)} 636 L{fmt(nr)} 738 C{fmt(nr - 24)} 752 520 760 494 756 "
            f"C474 752 {fmt(nl + 8)} 744 {fmt(nl)} 734 Z",
            "skin.shadow",
        )
    )
    # occlusion: the deep shadow right under the jaw, where head and neck meet
    items.append(
        path(
            f"M{fmt(nl)} 636 L{fmt(nr)} 636 L{fmt(nr)} 712 C{fmt(nr - 30)} 722 540 726 512 726 "
            f"C484 726 {fmt(nl + 26)} 720 {fmt(nl)} 708 Z",
            "skin.occlusion",
        )
    )
    if adam:
        # the sternocleidomastoid from behind the ear to the throat notch, and the Adam's apple
        items += both([taper(nl + 6, 742, nl + 20, 790, 494, 836, 2.4, "skin.line")])
        items.append(taper(503, 774, 512, 764, 521, 774, 2.2, "skin.line"))
        items.append(path("M505 777 C509 781 515 781 519 777 C515 786 509 786 505 777 Z", "skin.shadow"))
    # cel shadow down the right arm (light from the upper left) and a sliver on the left arm
    rs = [tuple((1024 - x, y) for (x, y) in s) for s in tail_from_x(segs, 512 - (512 - 250) * k)]
    sx, sy = rs[0][0]
    bx = rs[-1][3][0]
    items.append(
        path(
            seg_d(rs) + f"L{fmt(bx - 80)} 1034 C{fmt(bx - 74)} 960 {fmt(sx + 30)} {fmt(sy + 60)} "
            f"{fmt(sx - 10)} {fmt(sy + 4)} Z",
            "skin.shadow",
        )
    )
    ls = tail_from_x(segs, 512 - (512 - 200) * k)
    lx, ly = ls[0][0]
    lb = ls[-1][3][0]
    items.append(
        path(
            seg_d(ls) + f"L{fmt(lb + 40)} 1034 C{fmt(lb + 36)} 980 {fmt(lx + 16)} {fmt(ly + 60)} "
            f"{fmt(lx + 10)} {fmt(ly + 3)} Z",
            "skin.shadow",
        )
    )
    # the contour as tapered ribbons (R4): down each side of the neck and over the shoulder, thin on the
    # lit left and heavy on the shadow side, fading out under the jaw
    left = [(nl, 640 + 11 * i) for i in range(12)] + [bez(seg, i / 24) for seg in segs for i in range(24)]
    left.append(segs[-1][3])
    for pts in (left, [(1024 - x, y) for x, y in left]):
        items.append(outline_ribbon(pts, spec="skin.line", thin=3.0, heavy=9.0, closed=False, taper=0.1))
    # the armpit: a fold where the arm leaves the chest, just inside the arm's shadow on every build
    ax = lb + 52
    items += both([taper(ax, 962, ax + 5, 998, ax + 18, 1032, 2.4, "skin.line")])
    # collarbones and the throat notch
    items += both(
        [
            taper(486, 842, 430, 830, 360, 840, 3, "skin.line"),
            taper(452, 780, 470, 800, 488, 822, 2.2, "skin.line"),
        ]
    )
    items.append(taper(504, 846, 512, 852, 520, 846, 2, "skin.line"))
    return svg([i for i in items if 'd=""' not in i])


# Builds reach +/-15 % of the standard shoulder width (R6); each body widens the clothing layer with it
# (the garments are drawn once, on the standard body, and scaled about the centre line by ``scales``).
BODIES = [
    # id, label, label_ja, weight, presentation, shoulder width, neck width, masculine neck
    ("standard", "Standard", "標準", 1.0, (), 1.0, 124, False),
    ("slim", "Slim", "細身", 0.8, ("feminine", "androgynous"), 0.92, 112, False),
    ("petite", "Petite", "小柄", 0.5, ("feminine",), 0.85, 106, False),
    ("broad", "Broad shoulders", "肩幅広め", 0.8, ("masculine", "androgynous"), 1.08, 150, True),
    ("athletic", "Athletic", "がっしり", 0.7, ("masculine",), 1.15, 164, True),
    (
        "lean",
        "Lean, masculine neck",
        "細身（男性的な首）",
        0.6,
        ("masculine", "androgynous"),
        0.96,
        140,
        True,
    ),
]


def build():
    parts = [
        Part(
            pid,
            label,
            ja,
            body_svg(k, neck, adam),
            weight,
            pres,
            tags={"scales": {"clothing": k}} if k != 1 else None,
        )
        for pid, label, ja, weight, pres, k, neck, adam in BODIES
    ]
    write_layer("body", parts, label="Body", label_ja="体", source=__file__)


if __name__ == "__main__":
    build()
