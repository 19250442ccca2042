"""The headphones layer."""

from __future__ import annotations

from helpers import Part, write_layer
from wardrobe_lib import both, circle, ell_d, ellipse, heart_d, path, svg


def headphones(kind="over_ear"):
    it = []
    band_o = "M236 450 C222 210 356 58 512 58 C668 58 802 210 788 450 L758 450 C770 232 650 92 512 92 C374 92 254 232 266 450 Z"
    if kind == "cat":
        for s in (-1, 1):
            ear = (
                f"M{512 + s * 120} 96 C{512 + s * 150} 50 {512 + s * 180} 20 {512 + s * 214} 10 "
                f"C{512 + s * 226} 56 {512 + s * 224} 110 {512 + s * 208} 150 Z"
            )
            it.append(path(ear, "accessory", "accessory.line", 6))
            it.append(
                path(
                    f"M{512 + s * 152} 90 C{512 + s * 170} 62 {512 + s * 188} 44 {512 + s * 204} 38 "
                    f"C{512 + s * 210} 70 {512 + s * 208} 100 {512 + s * 200} 124 Z",
                    "clothes_accent",
                )
            )
    it.append(path(band_o, "accessory", "accessory.line", 6))
    it.append(
        path("M680 118 C750 190 786 300 788 450 L770 450 C770 320 740 210 680 118 Z", "accessory.shadow")
    )
    it.append(path("M300 220 C330 150 390 100 460 80", None, "accessory.highlight", 5, line=False))
    # sliders
    it += both([path("M232 390 L274 390 L276 470 L230 470 Z", "accessory.shadow", "accessory.line", 4)])
    # cups: outer shell, plate, cushion facing the head
    for s in (-1, 1):
        cx = 512 + s * 238
        shell = (
            f"M{cx - 44} 470 C{cx - 48} 440 {cx + 48} 440 {cx + 44} 470 L{cx + 46} 610 C{cx + 48} 650 "
            f"{cx - 48} 650 {cx - 46} 610 Z"
        )
        cushion_x = cx - s * 40
        it.append(
            path(
                f"M{cushion_x - 22} 474 C{cushion_x - 22} 448 {cushion_x + 22} 448 {cushion_x + 22} 474 "
                f"L{cushion_x + 22} 614 C{cushion_x + 22} 642 {cushion_x - 22} 642 {cushion_x - 22} 614 Z",
                "accessory.shadow",
                "accessory.line",
                5,
            )
        )
        it.append(path(shell, "accessory", "accessory.line", 6))
        plate = ell_d(cx, 540, 30, 62)
        it.append(path(plate, "accessory.highlight" if s < 0 else "accessory", "accessory.line", 3.5))
        if s > 0:
            it.append(
                path(
                    f"M{cx + 8} 446 C{cx + 40} 446 {cx + 48} 460 {cx + 46} 480 L{cx + 46} 610 C{cx + 48} 640 "
                    f"{cx + 20} 648 {cx} 648 C{cx + 30} 600 {cx + 30} 500 {cx + 8} 446 Z",
                    "accessory.shadow",
                )
            )
        if kind == "cat":
            it.append(path(heart_d(cx, 540, 18), "clothes_accent", "clothes_accent.line", 3))
        else:
            it.append(ellipse(cx - 8, 520, 8, 18, "#ffffff", extra='opacity="0.55"'))
    if kind == "headset":
        boom = "M292 600 C320 660 380 700 450 702"
        it.append(path(boom, None, "accessory.line", 14, line=False))
        it.append(path(boom, None, "accessory", 8, line=False))
        it.append(ellipse(458, 702, 18, 14, "accessory.shadow", "accessory.line", 4))
        it.append(circle(710, 520, 6, "clothes_accent"))
    return svg(it)


HEADPHONES = [
    ("over_ear", "Over-ear headphones", "ヘッドホン", 1.0, lambda: headphones()),
    ("cat_ear", "Cat-ear headphones", "猫耳ヘッドホン", 0.6, lambda: headphones("cat")),
    ("headset", "Gaming headset", "ヘッドセット", 0.6, lambda: headphones("headset")),
]


PRESENTATION = {
    "cat_ear": ("feminine", "androgynous"),
}


def build():
    parts = [
        dict(id=pid, label=l, label_ja=ja, weight=w, svg=fn(), presentation=PRESENTATION.get(pid, ()))
        for pid, l, ja, w, fn in HEADPHONES
    ]
    write_layer(
        "headphones",
        [Part(**p) for p in parts],
        label="Headphones",
        label_ja="ヘッドホン",
        optional=True,
        probability=0.05,
        source=__file__,
    )


if __name__ == "__main__":
    build()
