"""The mouth layer."""

from __future__ import annotations

import math

from face_lib import (
    MOUTH_IN,
    TEETH,
    TONGUE,
    catmull,
    col,
    fill,
    poly,
    ribbon,
    stroke,
    stroke_path,
    svg,
    taper,
)
from helpers import Part, write_layer

# ----------------------------------------------------------------------------------------------
# MOUTH  (centre 512, 640)


def mline(points, w=4.5):
    """A mouth line: filled and tapered (thin at the corners), with a hairline stroke for small sizes."""
    c = catmull(points, step=1.5)
    shape = ribbon(c, taper(len(c), w / 2 + 0.6, 0.3, 0.3, 0.7))
    return (
        f'<path d="{poly(shape)}" {fill("skin.line")} stroke="{col("skin.line")}" data-stroke-slot="skin.line" '
        f'stroke-width="1" stroke-linejoin="round" data-role="line"/>'
    )


def mouth_fill(points, fill_=MOUTH_IN):
    return f'<path d="{poly(catmull(points, closed=True, step=2))}" fill="{fill_}"/>'


def lower_lip(cx, y, hw):
    """The lower lip (R10): a soft crescent under the mouth in the ``lips`` slot, which follows the
    skin (and so does not show) until a design gives it a lip colour."""
    d = (
        f"M{cx - hw:g},{y:g} C{cx - hw * 0.5:g},{y - 2.5:g} {cx + hw * 0.5:g},{y - 2.5:g} {cx + hw:g},{y:g} "
        f"C{cx + hw * 0.6:g},{y + hw * 0.5:g} {cx - hw * 0.6:g},{y + hw * 0.5:g} {cx - hw:g},{y:g} Z"
    )
    return f'<path d="{d}" {fill("lips")} opacity="0.8"/>'


# where each mouth's lower lip sits: centre x, top y (just under the mouth line or opening), half width
LIPS = {
    "smile": (512, 649, 14),
    "neutral": (512, 646, 13),
    "cat": (512, 647, 12),
    "open_smile": (512, 670, 14),
    "grin": (512, 660, 16),
    "laugh": (512, 684, 16),
    "small_o": (512, 658, 8),
    "wavy": (512, 651, 13),
    "frown": (512, 646, 11),
    "pout": (512, 655, 12),
    "wail": (512, 678, 16),
    "smirk": (510, 647, 12),
    "fang": (508, 648, 13),
    "surprised": (512, 672, 11),
    "sleepy": (512, 651, 8),
}


def make_mouth(id_):
    b = []
    if id_ in LIPS:
        b.append(lower_lip(*LIPS[id_]))
    if id_ == "smile":
        b.append(mline([(490, 634), (502, 643), (516, 645), (532, 637)]))
    elif id_ == "neutral":
        b.append(mline([(496, 641), (512, 642), (528, 640)], 4.5))
    elif id_ == "cat":
        b.append(
            mline([(486, 634), (492, 642), (501, 643), (512, 635), (523, 643), (532, 642), (538, 634)], 4)
        )
    elif id_ == "open_smile":
        shape = [
            (484, 630),
            (512, 633),
            (540, 630),
            (536, 648),
            (524, 664),
            (512, 668),
            (500, 664),
            (488, 648),
        ]
        b.append(mouth_fill(shape))
        b.append(f'<path d="M494,656 C502,648 522,648 530,656 C524,665 512,668 500,664 Z" fill="{TONGUE}"/>')
        b.append(stroke_path(catmull(shape, closed=True, step=2), "skin.line", 4, closed=True))
    elif id_ == "grin":
        shape = [
            (478, 630),
            (512, 634),
            (546, 630),
            (540, 646),
            (526, 656),
            (512, 658),
            (498, 656),
            (484, 646),
        ]
        b.append(mouth_fill(shape))
        b.append(f'<path d="M481,632 L512,635.5 L543,632 L540,642 L512,644 L484,642 Z" fill="{TEETH}"/>')
        b.append(
            f'<path d="M494,652 C504,648 520,648 530,652 C524,657 500,657 494,652 Z" fill="{TONGUE}" opacity="0.9"/>'
        )
        b.append(stroke_path(catmull(shape, closed=True, step=2), "skin.line", 4, closed=True))
    elif id_ == "laugh":
        shape = [
            (474, 626),
            (512, 630),
            (550, 626),
            (546, 650),
            (532, 674),
            (512, 682),
            (492, 674),
            (478, 650),
        ]
        b.append(mouth_fill(shape))
        b.append(f'<path d="M486,664 C496,652 528,652 538,664 C530,678 494,678 486,664 Z" fill="{TONGUE}"/>')
        b.append(f'<path d="M478,628 L512,632 L548,628 L546,636 L512,639 L479,636 Z" fill="{TEETH}"/>')
        b.append(stroke_path(catmull(shape, closed=True, step=2), "skin.line", 4.5, closed=True))
    elif id_ == "small_o":
        b.append(f'<ellipse cx="512" cy="645" rx="9" ry="11" fill="{MOUTH_IN}"/>')
        b.append(f'<ellipse cx="512" cy="645" rx="9" ry="11" {stroke("skin.line", 4)}/>')
    elif id_ == "wavy":
        pts = [(486 + i * 2, 642 + 5 * math.sin(i * 2 / 52 * 3 * 2 * math.pi + 0.6)) for i in range(27)]
        b.append(mline(pts, 4.5))
    elif id_ == "frown":
        b.append(mline([(492, 648), (504, 640), (520, 640), (532, 648)], 4.5))
    elif id_ == "pout":
        b.append(mline([(498, 644), (506, 640), (512, 643), (518, 640), (526, 644)], 4))
        b.append(mline([(504, 650), (512, 652), (520, 650)], 3))
    elif id_ == "wail":
        shape = [
            (482, 650),
            (496, 634),
            (512, 630),
            (528, 634),
            (542, 650),
            (536, 668),
            (512, 676),
            (488, 668),
        ]
        b.append(mouth_fill(shape))
        b.append(f'<path d="M492,666 C500,658 524,658 532,666 C524,674 500,674 492,666 Z" fill="{TONGUE}"/>')
        b.append(stroke_path(catmull(shape, closed=True, step=2), "skin.line", 4.5, closed=True))
    elif id_ == "smirk":
        b.append(mline([(494, 642), (512, 643), (528, 638), (536, 630)], 4.5))
        b.append(mline([(534, 636), (538, 640)], 3))
    elif id_ == "tongue_out":
        b.append(f'<path d="M504,641 C504,660 522,662 524,644 Z" fill="{TONGUE}"/>')
        b.append(
            stroke_path(
                catmull([(504, 641), (505, 655), (514, 660), (523, 652), (524, 643)], step=2),
                "skin.line",
                3.5,
            )
        )
        b.append(
            stroke_path(catmull([(514, 646), (514, 653)], step=2), colour="#c85a6c", width=2.5, line=False)
        )
        b.append(mline([(488, 634), (500, 642), (516, 643), (534, 635)]))
    elif id_ == "fang":
        b.append(mline([(488, 634), (500, 643), (516, 644), (534, 635)]))
        b.append(
            f'<path d="M518,643.5 L526,641 L521,654 Z" fill="{TEETH}" stroke="{col("skin.line")}" data-stroke-slot="skin.line" '
            f'stroke-width="2.5" stroke-linejoin="round" data-role="line"/>'
        )
    elif id_ == "surprised":
        shape = [
            (512, 628),
            (526, 634),
            (530, 650),
            (524, 666),
            (512, 670),
            (500, 666),
            (494, 650),
            (498, 634),
        ]
        b.append(mouth_fill(shape))
        b.append(f'<path d="M500,662 C506,656 518,656 524,662 C520,668 504,668 500,662 Z" fill="{TONGUE}"/>')
        b.append(stroke_path(catmull(shape, closed=True, step=2), "skin.line", 4.5, closed=True))
    elif id_ == "sleepy":
        shape = [(504, 642), (512, 639), (520, 642), (516, 648), (508, 648)]
        b.append(mouth_fill(shape))
        b.append(stroke_path(catmull(shape, closed=True, step=2), "skin.line", 3.5, closed=True))
    return svg(b)


MOUTHS = {
    "smile": ("Small smile", "にっこり", 3.0),
    "neutral": ("Neutral", "普通", 2.0),
    "cat": ("Cat mouth", "猫口", 1.2),
    "open_smile": ("Open smile", "開いた笑顔", 1.5),
    "grin": ("Grin", "歯を見せて笑う", 0.3),
    "laugh": ("Laugh", "大笑い", 0),
    "small_o": ("Small o", "小さなお口", 0.3),
    "wavy": ("Wavy (flustered)", "あわあわ口", 0),
    "frown": ("Frown", "への字口", 0),
    "pout": ("Pout", "むすっ", 0.3),
    "wail": ("Open wail", "泣き叫ぶ口", 0),
    "smirk": ("Smirk", "ニヤリ", 0.8),
    "tongue_out": ("Tongue out", "てへぺろ", 0.2),
    "fang": ("Fang smile", "八重歯", 1.0),
    "surprised": ("Surprised open", "驚きの口", 0),
    "sleepy": ("Sleepy small", "ぽかん口", 0.2),
}


PRESENTATION = {
    "cat": ("feminine", "androgynous"),
    "small_o": ("feminine", "androgynous"),
    "fang": ("feminine", "androgynous"),
    "pout": ("feminine", "androgynous"),
    "tongue_out": ("feminine", "androgynous"),
}


def build():
    parts = [Part(k, v[0], v[1], make_mouth(k), v[2], PRESENTATION.get(k, ())) for k, v in MOUTHS.items()]
    write_layer(
        "mouth",
        parts,
        label="Mouth",
        label_ja="口",
        region=[465, 615, 560, 695],
        transform={"y": (-6, 8), "scale": (0.9, 1.1)},
        pivot=(512, 645),
        keys={"small": {"line": 4, "scale": 1.2}},  # R9: a bigger, heavier mouth below 128 px
        source=__file__,
    )


if __name__ == "__main__":
    build()
