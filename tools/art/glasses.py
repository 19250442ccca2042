"""The glasses layer (eye centres (412,505) / (612,505))."""

from __future__ import annotations

from helpers import Part, fmt, write_layer
from wardrobe_lib import both, ell_d, heart_d, path, svg

EYES = ((412, 508), (612, 508))
LENS_TINT = "#e8f3ff"


def ring_d(outer: str, inner: str) -> str:
    return outer + " " + inner


def rrect_d(cx, cy, w, h, r, top_flat=0.0):
    x0, y0, x1, y1 = cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2
    return (
        f"M{fmt(x0 + r)} {fmt(y0)} L{fmt(x1 - r)} {fmt(y0)} Q{fmt(x1)} {fmt(y0)} {fmt(x1)} {fmt(y0 + r)} "
        f"L{fmt(x1 - top_flat)} {fmt(y1 - r)} Q{fmt(x1 - top_flat)} {fmt(y1)} {fmt(x1 - r - top_flat)} {fmt(y1)} "
        f"L{fmt(x0 + r + top_flat)} {fmt(y1)} Q{fmt(x0 + top_flat)} {fmt(y1)} {fmt(x0 + top_flat)} {fmt(y1 - r)} "
        f"L{fmt(x0)} {fmt(y0 + r)} Q{fmt(x0)} {fmt(y0)} {fmt(x0 + r)} {fmt(y0)} Z"
    )


def glint(cx, cy, s=1.0, opacity=0.85):
    """Two white diagonal streaks on a lens, upper left."""
    a = (
        f"M{fmt(cx - 44 * s)} {fmt(cy - 6 * s)} L{fmt(cx - 10 * s)} {fmt(cy - 44 * s)} "
        f"L{fmt(cx + 6 * s)} {fmt(cy - 40 * s)} L{fmt(cx - 38 * s)} {fmt(cy + 8 * s)} Z"
    )
    b = (
        f"M{fmt(cx - 30 * s)} {fmt(cy + 22 * s)} L{fmt(cx + 14 * s)} {fmt(cy - 26 * s)} "
        f"L{fmt(cx + 20 * s)} {fmt(cy - 20 * s)} L{fmt(cx - 24 * s)} {fmt(cy + 28 * s)} Z"
    )
    return [
        path(a, "#ffffff", extra=f'opacity="{opacity}"'),
        path(b, "#ffffff", extra=f'opacity="{opacity * 0.7:.2f}"'),
    ]


def temples(y=492, x_out=338, slot="accessory"):
    return both(
        [path(f"M{x_out} {y} L300 {y - 8} L300 {y + 2} L{x_out} {y + 12} Z", slot, slot + ".line", 3)]
    )


def glasses_frame(
    shape_fn, lens_fill=LENS_TINT, lens_op=0.22, thick=9, bridge_y=500, glints=True, temple_y=494
):
    it = []
    for cx, cy in EYES:
        it.append(path(shape_fn(cx, cy, 0), lens_fill, extra=f'opacity="{lens_op}"'))
        if glints:
            it += glint(cx, cy)
    for cx, cy in EYES:
        outer, inner = shape_fn(cx, cy, thick / 2), shape_fn(cx, cy, -thick / 2)
        it.append(path(outer + " " + inner, "accessory", "accessory.line", 2.5, extra='fill-rule="evenodd"'))
    it.append(
        path(
            f"M480 {bridge_y + 2} C496 {bridge_y - 12} 528 {bridge_y - 12} 544 {bridge_y + 2} "
            f"L544 {bridge_y + 10} C528 {bridge_y - 2} 496 {bridge_y - 2} 480 {bridge_y + 10} Z",
            "accessory",
            "accessory.line",
            2.5,
        )
    )
    it += temples(temple_y)
    return it


def glasses_round():
    return svg(glasses_frame(lambda cx, cy, g: ell_d(cx, cy, 72 + g, 70 + g), thick=8))


def glasses_square():
    return svg(
        glasses_frame(
            lambda cx, cy, g: rrect_d(cx, cy + 6, 152 + 2 * g, 112 + 2 * g, 22 + g), thick=10, temple_y=482
        )
    )


def glasses_oval_wire():
    return svg(glasses_frame(lambda cx, cy, g: ell_d(cx, cy + 8, 78 + g, 58 + g), thick=5, lens_op=0.18))


def glasses_half_rim():
    it = []
    for cx, cy in EYES:
        lens = (
            f"M{cx - 78} {cy - 36} L{cx + 78} {cy - 36} C{cx + 80} {cy + 20} {cx + 60} {cy + 60} {cx} {cy + 62} "
            f"C{cx - 60} {cy + 60} {cx - 80} {cy + 20} {cx - 78} {cy - 36} Z"
        )
        it.append(path(lens, LENS_TINT, extra='opacity="0.2"'))
        it += glint(cx, cy + 8, 0.9)
        it.append(
            path(
                f"M{cx - 78} {cy - 36} C{cx - 80} {cy + 20} {cx - 60} {cy + 60} {cx} {cy + 62} "
                f"C{cx + 60} {cy + 60} {cx + 80} {cy + 20} {cx + 78} {cy - 36}",
                None,
                "accessory.line",
                2.5,
            )
        )
        brow = (
            f"M{cx - 84} {cy - 30} C{cx - 84} {cy - 48} {cx - 60} {cy - 50} {cx} {cy - 48} "
            f"C{cx + 60} {cy - 50} {cx + 84} {cy - 48} {cx + 84} {cy - 30} L{cx + 78} {cy - 26} "
            f"C{cx + 50} {cy - 36} {cx - 50} {cy - 36} {cx - 78} {cy - 26} Z"
        )
        it.append(path(brow, "accessory", "accessory.line", 3))
        it.append(
            path(
                f"M{cx - 70} {cy - 44} C{cx - 40} {cy - 46} {cx + 10} {cy - 46} {cx + 30} {cy - 45}",
                None,
                "accessory.highlight",
                3,
                line=False,
            )
        )
    it.append(
        path(
            "M490 472 C500 464 524 464 534 472 L534 480 C524 472 500 472 490 480 Z",
            "accessory",
            "accessory.line",
            2.5,
        )
    )
    it += temples(468)
    return svg(it)


def sunglasses():
    shape = lambda cx, cy, g: (
        f"M{fmt(cx - 80 - g)} {fmt(cy - 40 - g)} L{fmt(cx + 80 + g)} {fmt(cy - 40 - g)} "
        f"C{fmt(cx + 82 + g)} {fmt(cy + 10)} {fmt(cx + 62 + g)} {fmt(cy + 56 + g)} {fmt(cx + 6)} {fmt(cy + 56 + g)} "
        f"C{fmt(cx - 56 - g)} {fmt(cy + 56 + g)} {fmt(cx - 82 - g)} {fmt(cy + 10)} {fmt(cx - 80 - g)} {fmt(cy - 40 - g)} Z"
    )
    it = []
    for cx, cy in EYES:
        it.append(path(shape(cx, cy, 0), "#2b2d3a", extra='opacity="0.88"'))
        it.append(
            path(
                f"M{cx - 76} {cy + 4} C{cx - 40} {cy + 30} {cx + 40} {cy + 40} {cx + 76} {cy + 4} "
                f"C{cx + 70} {cy + 40} {cx + 50} {cy + 54} {cx + 6} {cy + 54} C{cx - 50} {cy + 54} "
                f"{cx - 74} {cy + 34} {cx - 76} {cy + 4} Z",
                "#4a5068",
                extra='opacity="0.6"',
            )
        )
        it += glint(cx, cy, 1.0, 0.7)
        it.append(
            path(
                shape(cx, cy, 5) + " " + shape(cx, cy, -4),
                "accessory",
                "accessory.line",
                2.5,
                extra='fill-rule="evenodd"',
            )
        )
    it.append(path("M484 470 L540 470 L540 482 L484 482 Z", "accessory", "accessory.line", 2.5))
    it += temples(474)
    return svg(it)


def heart_shades():
    it = []
    for cx, cy in EYES:
        d = heart_d(cx, cy + 4, 70)
        it.append(path(d, "accessory", extra='opacity="0.55"'))
        it += glint(cx - 10, cy - 6, 0.8, 0.8)
        it.append(
            path(
                heart_d(cx, cy + 4, 76) + " " + heart_d(cx, cy + 4, 66).replace("M", "M", 1),
                "accessory",
                "accessory.line",
                2.5,
                extra='fill-rule="evenodd"',
            )
        )
    it.append(
        path(
            "M486 478 C500 468 524 468 538 478 L538 488 C524 478 500 478 486 488 Z",
            "accessory",
            "accessory.line",
            2.5,
        )
    )
    it += temples(478)
    return svg(it)


PATCH = "#2c2832"  # black fabric, recoloured by no slot: an eyepatch is black
PATCH_SH, PATCH_LN = "#1d1a22", "#0f0d12"


def eyepatch():
    """A black eyepatch over the viewer's left eye (R10), its strap crossing the forehead under the
    fringe. Hand-placed: a rounded shield, flatter along the brow, its point toward the cheek."""
    import math

    from helpers import ribbon_points

    cx, cy = EYES[0]
    rim = []
    for i in range(48):  # a superellipse: the top edge follows the brow, the lower edge rounds off
        a = 2 * math.pi * i / 48
        c, sn = math.cos(a), math.sin(a)
        x = cx + 66 * math.copysign(abs(c) ** 0.8, c)
        y = cy + (46 if sn < 0 else 58) * math.copysign(abs(sn) ** 0.9, sn) - 4 * c
        rim.append((x, y))
    d = "M" + " L".join(f"{fmt(x)},{fmt(y)}" for x, y in rim) + " Z"
    strap = "M460 460 L688 326 L696 338 L470 474 Z M356 466 L306 448 L306 462 L352 482 Z"
    return svg(
        [
            path(strap, PATCH, PATCH_LN, 2.5),
            path(d, PATCH),
            # cel shadow on the lower right, a soft sheen along the upper left (cloth over the brow bone)
            path(
                f"M{fmt(cx + 62)} {fmt(cy - 10)} C{fmt(cx + 60)} {fmt(cy + 40)} {fmt(cx + 10)} {fmt(cy + 64)} "
                f"{fmt(cx - 44)} {fmt(cy + 44)} C{fmt(cx)} {fmt(cy + 48)} {fmt(cx + 44)} {fmt(cy + 28)} "
                f"{fmt(cx + 62)} {fmt(cy - 10)} Z",
                PATCH_SH,
            ),
            path(
                f"M{fmt(cx - 50)} {fmt(cy - 22)} C{fmt(cx - 40)} {fmt(cy - 40)} {fmt(cx - 10)} {fmt(cy - 46)} "
                f"{fmt(cx + 16)} {fmt(cy - 44)} C{fmt(cx - 12)} {fmt(cy - 38)} {fmt(cx - 36)} {fmt(cy - 30)} "
                f"{fmt(cx - 50)} {fmt(cy - 22)} Z",
                "#4a4554",
            ),
            # the tapered rim (R4), thin on the lit upper left; a fixed tone, tagged as line art
            path(
                " ".join(
                    "M" + " L".join(f"{fmt(x)},{fmt(y)}" for x, y in ring) + " Z"
                    for ring in ribbon_points(rim, thin=2.5, heavy=7.0)
                ),
                PATCH_LN,
                PATCH_LN,
                1.2,
                line=True,
            ),
        ]
    )


GLASSES = [
    ("round", "Round glasses", "丸メガネ", 1.0, glasses_round),
    ("square", "Square glasses", "スクエアメガネ", 1.0, glasses_square),
    ("oval_wire", "Thin oval frames", "細フレーム", 0.8, glasses_oval_wire),
    ("half_rim", "Half-rim glasses", "ハーフリム", 0.8, glasses_half_rim),
    ("sunglasses", "Sunglasses", "サングラス", 0.5, sunglasses),
    ("heart_shades", "Heart shades", "ハートのサングラス", 0.3, heart_shades),
    ("eyepatch", "Eyepatch", "眼帯", 0.3, eyepatch),
]


PRESENTATION = {
    "heart_shades": ("feminine", "androgynous"),
}


def build():
    parts = [
        dict(id=pid, label=l, label_ja=ja, weight=w, svg=fn(), presentation=PRESENTATION.get(pid, ()))
        for pid, l, ja, w, fn in GLASSES
    ]
    write_layer(
        "glasses",
        [Part(**p) for p in parts],
        label="Glasses",
        label_ja="メガネ",
        optional=True,
        probability=0.15,
        transform={"x": [-3, 3], "y": [-6, 6], "scale": [0.98, 1.03], "rotate": [0, 0]},
        pivot=(512, 500),
        source=__file__,
    )


if __name__ == "__main__":
    build()
