"""The body layer."""

from __future__ import annotations

from helpers import Part, fmt, write_layer
from wardrobe_lib import both, mirror_rev, path, seg_d, shoulder, svg, tail_from_x, taper


def body_svg(k: float) -> str:
    segs = shoulder(k)
    left = seg_d(segs)
    right = seg_d(mirror_rev(segs), move=False)
    outline = (
        "M452 630 L452 772 "
        + seg_d(segs, move=False)
        + "L1040 1040 "
        + f"L{fmt(1024 - segs[-1][3][0])} 1030 "
        + right
        + "L572 630 Z"
    )
    items = [path(outline, "skin", "skin.line", 6)]
    # shadow on the right side of the neck (light from the upper left) and under the chin
    items.append(path("M572 640 L572 772 C567 786 556 794 540 798 C552 770 556 720 548 640 Z", "skin.shadow"))
    items.append(
        path("M452 636 L572 636 L572 738 C548 752 520 760 494 756 C474 752 460 744 452 734 Z", "skin.shadow")
    )
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
    items.append(path(outline, None, "skin.line", 6))
    # collarbones and the throat notch
    items += both(
        [
            taper(486, 842, 430, 830, 360, 840, 3, "skin.line"),
            taper(452, 780, 470, 800, 488, 822, 2.2, "skin.line"),
        ]
    )
    items.append(taper(504, 846, 512, 852, 520, 846, 2, "skin.line"))
    return svg([i for i in items if 'd=""' not in i])


def build():
    parts = [
        dict(id="standard", label="Standard", label_ja="標準", weight=1.0, svg=body_svg(1.0)),
        dict(id="slim", label="Slim", label_ja="細身", weight=0.8, svg=body_svg(0.95)),
        dict(id="broad", label="Broad shoulders", label_ja="肩幅広め", weight=0.8, svg=body_svg(1.05)),
    ]
    write_layer("body", [Part(**p) for p in parts], label="Body", label_ja="体", source=__file__)


if __name__ == "__main__":
    build()
