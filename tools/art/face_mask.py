"""The face mask layer (below the eyes, over nose and mouth)."""

from __future__ import annotations

from helpers import Part, write_layer
from wardrobe_lib import WHITE, WHITE_LN, WHITE_SH, both, path, svg, taper

MASK = (
    "M334 572 C398 548 452 540 512 544 C572 540 626 548 690 572 C694 640 660 700 606 724 "
    "C566 742 458 742 418 724 C364 700 330 640 334 572 Z"
)


def mask_common(fill, shade, line, loops, pleats=True, seam=False):
    it = []
    # ear loops
    it += both(
        [
            path("M338 584 C316 570 300 566 292 572", None, loops, 5, line=False),
            path("M350 700 C318 680 300 640 296 612", None, loops, 5, line=False),
        ]
    )
    it.append(path(MASK, fill, line, 5))
    it.append(
        path(
            "M690 572 C694 640 660 700 606 724 C566 742 500 744 470 738 C560 724 640 680 660 590 "
            "C668 582 680 574 690 572 Z",
            shade,
        )
    )
    it.append(
        path("M360 572 C420 560 470 556 512 560 C470 570 420 580 368 596 Z", shade, extra='opacity="0.5"')
    )
    if pleats:
        for y, a in ((600, 10), (640, 14), (680, 12)):
            it.append(taper(350 + (y - 600) * 0.15, y, 512, y + a, 674 - (y - 600) * 0.15, y, 2, line))
    if seam:
        it.append(taper(512, 548, 514, 640, 512, 738, 2.4, line))
    return it


def mask_surgical():
    it = mask_common(WHITE, WHITE_SH, WHITE_LN, "#e9eaf0")
    it.append(
        path("M350 574 C420 552 470 546 512 548 C554 546 604 552 674 574", None, "#c9ccd8", 4, line=False)
    )
    return svg(it)


def mask_cloth():
    it = mask_common(
        "accessory", "accessory.shadow", "accessory.line", "accessory.shadow", pleats=False, seam=True
    )
    return svg(it)


def mask_cat():
    it = mask_common("accessory", "accessory.shadow", "accessory.line", "accessory.shadow", pleats=False)
    it.append(path("M478 640 C484 660 504 662 512 644 C520 662 540 660 546 640", None, "accessory.line", 5))
    it.append(path("M506 622 L518 622 L512 632 Z", "accessory.line"))
    for s in (-1, 1):
        x = 512 + s * 120
        it.append(taper(x, 628, x + s * 30, 622, x + s * 60, 614, 2, "accessory.line"))
        it.append(taper(x, 646, x + s * 30, 646, x + s * 60, 648, 2, "accessory.line"))
    return svg(it)


MASKS = [
    ("surgical", "Surgical mask", "マスク", 1.0, mask_surgical),
    ("cloth", "Cloth mask", "布マスク", 0.8, mask_cloth),
    ("cat", "Cat-mouth mask", "猫口マスク", 0.5, mask_cat),
]


PRESENTATION = {
    "cat": ("feminine", "androgynous"),
}


def build():
    parts = [
        dict(id=pid, label=l, label_ja=ja, weight=w, svg=fn(), presentation=PRESENTATION.get(pid, ()))
        for pid, l, ja, w, fn in MASKS
    ]
    write_layer(
        "face_mask",
        [Part(**p) for p in parts],
        label="Face mask",
        label_ja="マスク",
        optional=True,
        probability=0.05,
        source=__file__,
    )


if __name__ == "__main__":
    build()
