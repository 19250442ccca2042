"""The age-marks and face-marks layers (R10): eye bags, smile lines, crow's feet; moles, a scar, a
bandage, a bindi, makeup and face piercings.

Drawn on the young-adult head (eye centres ~(421, 496) / (603, 496), eye width ~102, nose tip ~612,
mouth ~672, chin 735); pack.toml fits both layers to the other heads. Both sit under the eyes, nose and
mouth, over the cheeks. Age lines use ``skin.line`` at low opacity so they read as folds, not as ink.
"""

from __future__ import annotations

from face_lib import catmull, fill, mirror, poly, ribbon, svg, taper
from helpers import Part, write_layer

EYE_L, EYE_R = (421, 496), (603, 496)


def fold_line(points, w=2.6, opacity=0.55, spec="skin.line"):
    c = catmull(points, step=2)
    shape = ribbon(c, taper(len(c), w, 0.35, 0.35, 0.3))
    return f'<path d="{poly(shape)}" {fill(spec)} opacity="{opacity:g}"/>'


def both_sides(points, **kw):
    return [fold_line(points, **kw), fold_line(mirror(points), **kw)]


def eye_bags():
    x, y = EYE_L
    return svg(both_sides([(x - 34, y + 38), (x - 8, y + 46), (x + 22, y + 44), (x + 38, y + 36)], w=2.4))


# the nasolabial fold: a short tapered stroke from beside the nose wing down and out toward the mouth
# corner, heaviest in the middle, gone before it reaches the mouth
NASOLABIAL = [(476, 612), (466, 630), (459, 650), (458, 664)]


def smile_lines():
    return svg(both_sides(NASOLABIAL, w=3.4, opacity=0.6))


def crow_feet():
    x, y = EYE_L
    items = []
    for dy, dx in ((-8, -6), (4, -2), (14, -4)):
        items += both_sides([(x - 58, y + dy), (x - 70 + dx, y + dy + dy * 0.3)], w=2.0, opacity=0.5)
    return svg(items)


def laugh_lines_bags():
    return svg(
        both_sides(NASOLABIAL, w=3.4, opacity=0.6)
        + both_sides(
            [(EYE_L[0] - 34, EYE_L[1] + 38), (EYE_L[0] - 8, EYE_L[1] + 46), (EYE_L[0] + 22, EYE_L[1] + 44)],
            w=2.4,
        )
        + both_sides([(EYE_L[0] - 58, EYE_L[1] - 4), (EYE_L[0] - 70, EYE_L[1] - 8)], w=2.0, opacity=0.5)
        + [fold_line([(478, 428), (512, 424), (546, 428)], w=2.0, opacity=0.35)]
    )


AGE_MARKS = [
    ("smile_lines", "Smile lines", "ほうれい線", 1.0, smile_lines),
    ("eye_bags", "Under-eye lines", "涙袋のしわ", 0.8, eye_bags),
    ("crow_feet", "Crow's feet", "目尻のしわ", 0.6, crow_feet),
    ("laugh_lines", "Smile lines and eye lines", "ほうれい線と目元のしわ", 1.0, laugh_lines_bags),
]

# ----------------------------------------------------------------------------------------------
# face marks and makeup

MOLE = "#5a3a2e"
BINDI = "#c8243c"
BANDAGE, BANDAGE_SH, BANDAGE_LN = "#f2d2b0", "#d9b08c", "#9b7355"
LINER = "#2b1d24"
METAL, METAL_LN = "#d8dbe3", "#6d7284"


def mole(x, y, r=3.6):
    return f'<circle cx="{x}" cy="{y}" r="{r}" fill="{MOLE}"/>'


def stud(x, y, r=4.5):
    return (
        f'<circle cx="{x}" cy="{y}" r="{r}" fill="{METAL}" stroke="{METAL_LN}" stroke-width="1.6" data-role="line"/>'
        f'<circle cx="{x - r * 0.3:g}" cy="{y - r * 0.3:g}" r="{r * 0.35:g}" fill="#ffffff"/>'
    )


def scar():
    line = fold_line([(566, 548), (584, 572), (600, 596)], w=3.0, opacity=0.75)
    ticks = [
        fold_line([(568 + 10 * k, 566 + 11 * k), (582 + 10 * k, 558 + 11 * k)], w=1.6, opacity=0.7)
        for k in range(3)
    ]
    return svg([line] + ticks)


def bandage():
    body = "M548 556 L612 532 C620 530 626 534 628 540 L636 562 C638 570 634 576 626 578 L562 602 C554 604 548 600 546 594 L538 572 C536 564 540 558 548 556 Z"
    pad = "M572 556 L600 546 L608 568 L580 578 Z"
    return svg(
        [
            f'<path d="{body}" fill="{BANDAGE}" stroke="{BANDAGE_LN}" stroke-width="2.5" stroke-linejoin="round" data-role="line"/>',
            f'<path d="{pad}" fill="{BANDAGE_SH}"/>',
            f'<circle cx="560" cy="576" r="1.6" fill="{BANDAGE_SH}"/><circle cx="622" cy="556" r="1.6" fill="{BANDAGE_SH}"/>',
        ]
    )


def eyeshadow():
    # a soft wash over each upper lid, fading upward: a radial gradient in the accessory slot
    defs = []
    items = []
    for i, (x, y) in enumerate((EYE_L, EYE_R)):
        gid = f"shadow{i}"
        defs.append(
            f'<radialGradient id="{gid}" cx="{x}" cy="{y - 18}" r="70" gradientUnits="userSpaceOnUse">'
            f'<stop offset="0" stop-color="#c8607e" stop-opacity="0.55"/>'
            f'<stop offset="1" stop-color="#c8607e" stop-opacity="0"/></radialGradient>'
        )
        items.append(f'<ellipse cx="{x}" cy="{y - 16}" rx="66" ry="36" fill="url(#{gid})"/>')
    return svg(items, defs)


def eyeliner():
    # a winged liner flick past each outer corner (the eyes layer draws the lash line itself)
    x, y = EYE_L
    wing = catmull([(x - 44, y - 16), (x - 58, y - 24), (x - 70, y - 32)], step=2)
    shape = ribbon(wing, taper(len(wing), 3.4, 0.0, 0.7, 0.3))
    return svg(
        [f'<path d="{poly(shape)}" fill="{LINER}"/>', f'<path d="{poly(mirror(shape))}" fill="{LINER}"/>']
    )


def nose_stud():
    return svg([stud(530, 608, 3.6)])


def brow_piercing():
    return svg([stud(334, 446, 3.4), stud(340, 470, 3.4)])


FACE_MARKS = [
    ("mole_cheek", "Beauty mark", "口元のほくろ", 1.0, (), lambda: svg([mole(548, 694)])),
    ("mole_eye", "Mole under the eye", "泣きぼくろ", 1.0, (), lambda: svg([mole(628, 538)])),
    ("scar", "Cheek scar", "頬の傷", 0.6, (), scar),
    ("bandage", "Bandage", "ばんそうこう", 0.6, (), bandage),
    (
        "bindi",
        "Bindi",
        "ビンディ",
        0.5,
        (),
        lambda: svg([f'<circle cx="512" cy="452" r="6" fill="{BINDI}"/>']),
    ),
    ("eyeshadow", "Eyeshadow", "アイシャドウ", 0.8, ("feminine", "androgynous"), eyeshadow),
    ("eyeliner", "Winged liner", "はね上げライン", 0.8, ("feminine", "androgynous"), eyeliner),
    ("nose_stud", "Nose stud", "鼻ピアス", 0.5, (), nose_stud),
    ("brow_piercing", "Eyebrow piercing", "眉ピアス", 0.4, (), brow_piercing),
]


def build():
    write_layer(
        "age_marks",
        [Part(pid, label, ja, fn(), weight) for pid, label, ja, weight, fn in AGE_MARKS],
        label="Age marks",
        label_ja="年齢のしわ",
        optional=True,
        probability=0.9,  # random designs give them to mature heads only (pack.toml generate_without)
        region=[330, 400, 694, 720],
        source=__file__,
    )
    write_layer(
        "face_marks",
        [Part(pid, label, ja, fn(), weight, pres) for pid, label, ja, weight, pres, fn in FACE_MARKS],
        label="Face marks and makeup",
        label_ja="ほくろ・メイク",
        optional=True,
        probability=0.2,
        region=[300, 400, 724, 720],
        source=__file__,
    )


if __name__ == "__main__":
    build()
