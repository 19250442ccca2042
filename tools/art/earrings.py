"""The earrings layer (earlobes ~ (310,600) and (714,600))."""

from __future__ import annotations

from helpers import Part, fmt, write_layer
from wardrobe_lib import circle, ell_d, ellipse, group, path, star_d, svg, taper

LOBES = ((312, 600), (712, 600))


EAR_BOLD = 1.3  # earrings are drawn at this scale about the lobe so they still read at 48 px


def bolder(items, k=EAR_BOLD):
    """items hold the same elements for each lobe in turn: scale each lobe's half about its lobe."""
    n = len(items) // 2
    out = []
    for (x, y), part in zip(LOBES, (items[:n], items[n:])):
        out.append(
            group(part, f'transform="translate({fmt(x)} {fmt(y)}) scale({k}) translate({fmt(-x)} {fmt(-y)})"')
        )
    return out


def gem(cx, cy, r):
    return [
        circle(cx, cy, r, "accessory", "accessory.line", 3),
        circle(cx - r * 0.35, cy - r * 0.35, r * 0.32, "accessory.highlight"),
        path(
            f"M{fmt(cx + r * 0.1)} {fmt(cy + r * 0.85)} A{fmt(r * 0.9)} {fmt(r * 0.9)} 0 0 0 {fmt(cx + r * 0.85)} "
            f"{fmt(cy + r * 0.1)}",
            None,
            "accessory.shadow",
            2.5,
            line=False,
        ),
    ]


def earrings_studs():
    it = []
    for x, y in LOBES:
        it += gem(x, y, 9)
    return svg(bolder(it))


def earrings_hoops():
    it = []
    for x, y in LOBES:
        d = ell_d(x, y + 26, 22, 28)
        it.append(path(d, None, "accessory.line", 11))
        it.append(path(d, None, "accessory", 6, line=False))
        it.append(
            path(f"M{x - 18} {y + 16} A22 28 0 0 1 {x - 4} {y}", None, "accessory.highlight", 2.5, line=False)
        )
    return svg(bolder(it))


def earrings_drops():
    it = []
    for x, y in LOBES:
        it += gem(x, y, 6)
        it.append(path(f"M{x} {y + 6} L{x} {y + 30}", None, "accessory.line", 3))
        drop = (
            f"M{x} {y + 28} C{x + 6} {y + 40} {x + 16} {y + 50} {x + 16} {y + 60} C{x + 16} {y + 72} {x + 8} "
            f"{y + 78} {x} {y + 78} C{x - 8} {y + 78} {x - 16} {y + 72} {x - 16} {y + 60} C{x - 16} {y + 50} "
            f"{x - 6} {y + 40} {x} {y + 28} Z"
        )
        it.append(path(drop, "accessory", "accessory.line", 3))
        it.append(
            path(
                f"M{x + 4} {y + 78} C{x + 12} {y + 76} {x + 16} {y + 70} {x + 16} {y + 60} C{x + 12} {y + 66} "
                f"{x + 8} {y + 72} {x + 4} {y + 78} Z",
                "accessory.shadow",
            )
        )
        it.append(ellipse(x - 6, y + 56, 4, 7, "#ffffff", extra='opacity="0.85"'))
    return svg(bolder(it))


def earrings_tassel():
    it = []
    for x, y in LOBES:
        it += gem(x, y, 6)
        it.append(path(f"M{x} {y + 6} L{x} {y + 20}", None, "accessory.line", 3))
        it.append(
            path(
                f"M{x - 8} {y + 20} L{x + 8} {y + 20} L{x + 6} {y + 34} L{x - 6} {y + 34} Z",
                "accessory",
                "accessory.line",
                2.5,
            )
        )
        tas = (
            f"M{x - 6} {y + 34} L{x + 6} {y + 34} C{x + 10} {y + 60} {x + 14} {y + 84} {x + 14} {y + 96} "
            f"L{x - 14} {y + 96} C{x - 14} {y + 84} {x - 10} {y + 60} {x - 6} {y + 34} Z"
        )
        it.append(path(tas, "clothes_accent", "clothes_accent.line", 3))
        for dx in (-7, 0, 7):
            it.append(
                taper(
                    x + dx * 0.4,
                    y + 40,
                    x + dx * 0.9,
                    y + 70,
                    x + dx * 1.3,
                    y + 94,
                    1.2,
                    "clothes_accent.line",
                )
            )
        it.append(
            path(
                f"M{x + 6} {y + 34} C{x + 10} {y + 60} {x + 14} {y + 84} {x + 14} {y + 96} L{x + 6} {y + 96} "
                f"C{x + 6} {y + 80} {x + 4} {y + 60} {x + 2} {y + 34} Z",
                "clothes_accent.shadow",
            )
        )
    return svg(bolder(it))


def earrings_star():
    it = []
    for x, y in LOBES:
        it.append(circle(x, y, 5, "accessory", "accessory.line", 2.5))
        it.append(path(f"M{x} {y + 5} L{x} {y + 26}", None, "accessory.line", 3))
        it.append(path(star_d(x, y + 44, 20, inner=0.5), "accessory", "accessory.line", 3))
        it.append(path(star_d(x - 3, y + 41, 7, inner=0.5), "accessory.highlight"))
    return svg(bolder(it))


AID, AID_SH, AID_LN = "#d9cfc4", "#b3a89c", "#6b625a"  # a skin-neutral hearing aid shell


def hearing_aids():
    """Behind-the-ear hearing aids: the shell over the back of each ear, the clear tube to the canal."""
    it = []
    for side in (-1, 1):

        def m(x, _s=side):
            return x if _s < 0 else 1024 - x

        shell = (
            f"M{m(306)} 470 C{m(290)} 462 {m(272)} 472 {m(268)} 494 C{m(264)} 520 {m(268)} 548 {m(276)} 566 "
            f"C{m(282)} 574 {m(290)} 570 {m(290)} 560 C{m(284)} 536 {m(282)} 508 {m(290)} 488 "
            f"C{m(294)} 480 {m(302)} 478 {m(306)} 470 Z"
        )
        it.append(path(shell, AID, AID_LN, 3))
        it.append(path(f"M{m(274)} 500 C{m(272)} 522 {m(274)} 544 {m(280)} 560", None, AID_SH, 3, line=False))
        it.append(
            path(f"M{m(302)} 472 C{m(314)} 480 {m(314)} 504 {m(306)} 520", None, "#9fb8c8", 3, line=False)
        )
    return svg(it)


def helix_studs():
    """Three small studs up the rim of each ear, a stud in each lobe."""
    it = []
    for x, y in ((286, 494), (281, 520), (283, 546), (312, 600)):
        it += gem(x, y, 5)
    return svg(it + [group(it, 'transform="matrix(-1 0 0 1 1024 0)"')])


EARRINGS = [
    ("studs", "Studs", "スタッドピアス", 1.0, earrings_studs),
    ("hoops", "Hoops", "フープピアス", 1.0, earrings_hoops),
    ("drops", "Drops", "しずくピアス", 0.8, earrings_drops),
    ("tassel", "Tassels", "タッセルピアス", 0.6, earrings_tassel),
    ("stars", "Star dangles", "星のピアス", 0.6, earrings_star),
    ("hearing_aids", "Hearing aids", "補聴器", 0.4, hearing_aids),
    ("helix_studs", "Ear piercings", "軟骨ピアス", 0.6, helix_studs),
]


PRESENTATION = {
    "hoops": ("feminine", "androgynous"),
    "drops": ("feminine", "androgynous"),
    "tassel": ("feminine", "androgynous"),
    "stars": ("feminine", "androgynous"),
}


def build():
    parts = [
        dict(id=pid, label=l, label_ja=ja, weight=w, svg=fn(), presentation=PRESENTATION.get(pid, ()))
        for pid, l, ja, w, fn in EARRINGS
    ]
    write_layer(
        "earrings",
        [Part(**p) for p in parts],
        label="Earrings",
        label_ja="ピアス",
        optional=True,
        probability=0.15,
        source=__file__,
    )


if __name__ == "__main__":
    build()
