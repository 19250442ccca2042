#!/usr/bin/env python3
"""Generator for the chibi sticker figure: bodies per garment family, legs, arms and hands per pose, props.

Writes assets/anime/stickers/{bodies,legs,arms,props}/*.svg (and copies the hand-written figure table
stickers.toml when building a fresh pack). Part of tools/art/build.py; on its own:

    python tools/art/stickers.py

The figure is drawn in the pack's head coordinates (the design's head stays exactly where the avatar has
it: chin at y 700, skull 312..712 wide) on a taller canvas, 1024 x 1400. The super-deformed body hangs
under the chin: shoulders at y 735, hem at y 1010, feet at y 1290, so the figure is about 2.1 heads tall
(skull top 170 to soles 1290 over a 530 px head).

Arms are ribbons: a sleeve stroke in the garment colour over a wider stroke in its line colour, ending in
a cuff and a hand. The key points of every pose (shoulder, elbow, wrist, hand angle) and every hand shape
are hand-placed below, rendered, looked at and adjusted; this script only turns them into SVG with
colour slots (data-slot), so the engine recolours them like every other part.
"""

from __future__ import annotations

import math
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "assets" / "anime" / "stickers"  # where the hand-written stickers.toml lives
sys.path.insert(0, str(Path(__file__).resolve().parent))

import helpers  # noqa: E402  (the pipeline's output folder and generated-file marker)

LINE_W = 7  # outline of the body shapes (the head's parts use ~6 at 1024)
SLEEVE_W = 58
CUFF_W = 62
HAND_SCALE = 1.3  # hands read at chat size when a little larger than life (chibi convention)


def fmt(v: float) -> str:
    text = f"{v:.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def path(
    d: str, slot: str | None = None, line: str | None = None, sw: float = LINE_W, extra: str = ""
) -> str:
    fill = f'fill="#888" data-slot="{slot}"' if slot else 'fill="none"'
    stroke = (
        f' stroke="#333" data-stroke-slot="{line}" stroke-width="{fmt(sw)}" stroke-linejoin="round"'
        f' stroke-linecap="round"'
        if line
        else ""
    )
    return f'<path d="{d}" {fill}{stroke}{extra}/>'


def svg(items: list[str]) -> str:
    body = "\n".join(items)
    note = helpers.marker(__file__)
    # no viewBox: the parts are in the pack's canvas units (the sanitizer would fit a file's own viewBox
    # into the 1024 canvas); the figure runs on below the canvas to y 1400 (chibi.BOX)
    return f'<!-- {note} -->\n<svg xmlns="http://www.w3.org/2000/svg">\n{body}\n</svg>\n'


def mirror(items: list[str]) -> str:
    return '<g transform="matrix(-1 0 0 1 1024 0)">' + "".join(items) + "</g>"


# --------------------------------------------------------------------------------------------------
# bodies: one torso per garment family (hand-placed outlines, symmetric about x 512)
# --------------------------------------------------------------------------------------------------
NECK = "M484 672 L484 748 L540 748 L540 672 Z"
NECK_SHADOW = "M484 690 C500 716 524 716 540 690 L540 736 L484 736 Z"

# the torso silhouettes: shoulder (392, 762) down to the hem
TORSO = {
    # tailored: squared shoulders, straight sides, hem at 1000
    "jacket": "M470 736 C440 742 404 748 392 770 C380 800 384 900 378 1004 L646 1004 C640 900 644 800 632 770 "
    "C620 748 584 742 554 736 Z",
    # knit: rounded, slouched, ribbed hem at 1010
    "knit": "M468 734 C430 740 398 752 388 780 C376 820 372 910 370 1010 C450 1022 574 1022 654 1010 "
    "C652 910 648 820 636 780 C626 752 594 740 556 734 Z",
    # robe: wrapped, widening to the ankles (the legs of this family are feet only)
    "robe": "M470 736 C438 742 402 752 392 776 C378 820 374 940 352 1250 C440 1266 584 1266 672 1250 "
    "C650 940 646 820 632 776 C622 752 586 742 554 736 Z",
    # dress: fitted top, flared skirt to the knee
    "dress": "M470 736 C440 742 406 750 396 774 C388 800 392 860 400 904 C380 950 350 1010 336 1070 "
    "C430 1090 594 1090 688 1070 C674 1010 644 950 624 904 C632 860 636 800 628 774 C618 750 584 742 554 736 Z",
}
SHADE = {
    "jacket": "M632 770 C644 800 640 900 646 1004 L606 1004 C610 920 612 830 600 776 Z",
    "knit": "M636 780 C648 820 652 910 654 1010 L612 1014 C614 920 616 840 604 786 Z",
    "robe": "M632 776 C646 820 650 940 672 1250 L626 1258 C612 980 608 840 598 782 Z",
    "dress": "M628 774 C636 800 632 860 624 904 C644 950 674 1010 688 1070 L646 1078 C630 1000 606 950 590 910 "
    "C600 860 604 810 596 780 Z",
}


def details(family: str) -> list[str]:
    """Collars, fastenings and folds that tell the families apart at chat size."""
    a = "clothes_accent"
    if family == "jacket":
        return [
            # shirt opening and tie
            path("M484 740 L512 812 L540 740 Z", "skin.highlight", "clothes.line", 4),
            path("M504 760 L520 760 L526 860 L512 878 L498 860 Z", a, f"{a}.line", 4),
            # lapels
            path("M470 736 L512 850 L478 800 L452 748 Z", "clothes.highlight", "clothes.line", 4),
            path("M554 736 L512 850 L546 800 L572 748 Z", "clothes.highlight", "clothes.line", 4),
            path("M512 850 L512 1000", None, "clothes.line", 4),
            # pockets and buttons
            path("M412 930 L470 930", None, "clothes.line", 4),
            path("M554 930 L612 930", None, "clothes.line", 4),
            '<circle cx="526" cy="900" r="7" fill="#333" data-slot="clothes.line"/>',
            '<circle cx="526" cy="950" r="7" fill="#333" data-slot="clothes.line"/>',
        ]
    if family == "knit":
        return [
            # hood lying on the shoulders
            path(
                "M444 742 C424 770 440 800 470 804 C490 806 500 790 512 790 C524 790 534 806 554 804 "
                "C584 800 600 770 580 742 C556 762 468 762 444 742 Z",
                "clothes.shadow",
                "clothes.line",
                5,
            ),
            # drawstrings
            path("M492 800 L488 866", None, f"{a}", 6),
            path("M532 800 L536 866", None, f"{a}", 6),
            # kangaroo pocket and ribbed hem
            path("M430 900 L594 900 L616 970 L408 970 Z", None, "clothes.line", 4),
            path("M374 992 C450 1004 574 1004 650 992", None, "clothes.line", 4),
        ]
    if family == "robe":
        return [
            # crossed collar (left over right)
            path("M470 736 L530 880 L554 880 L492 736 Z", a, f"{a}.line", 4),
            path("M554 736 L500 850 L476 838 L534 736 Z", "clothes.highlight", "clothes.line", 4),
            # obi sash and its knot cord
            path("M382 884 C450 896 574 896 642 884 L644 950 C574 962 450 962 380 950 Z", a, f"{a}.line", 5),
            path("M382 916 C450 928 574 928 642 916", None, f"{a}.highlight", 5),
            # front edge of the wrap and two folds
            path("M530 950 C532 1050 536 1150 540 1258", None, "clothes.line", 4),
            path("M430 990 C424 1080 418 1160 410 1240", None, "clothes.shadow", 6),
            path("M600 990 C606 1080 612 1160 622 1240", None, "clothes.shadow", 6),
        ]
    # dress: sailor collar with a bow, waist seam and pleats
    return [
        path(
            "M460 738 C430 770 420 800 428 826 L512 808 L596 826 C604 800 594 770 564 738 L512 800 Z",
            "clothes.highlight",
            "clothes.line",
            5,
        ),
        path("M438 812 L512 798 L586 812", None, a, 6),
        path("M512 812 L470 792 L468 836 Z", a, f"{a}.line", 4),
        path("M512 812 L554 792 L556 836 Z", a, f"{a}.line", 4),
        '<circle cx="512" cy="814" r="11" fill="#888" data-slot="clothes_accent.shadow"/>',
        path("M400 904 C460 916 564 916 624 904", None, "clothes.line", 5),
        path("M452 920 L420 1076", None, "clothes.shadow", 6),
        path("M512 922 L512 1084", None, "clothes.shadow", 6),
        path("M572 920 L604 1076", None, "clothes.shadow", 6),
    ]


def body_svg(family: str) -> str:
    items = [
        path(NECK, "skin", "skin.line", 6),
        path(NECK_SHADOW, "skin.shadow"),
        path(TORSO[family], "clothes", "clothes.line"),
        path(SHADE[family], "clothes.shadow"),
        path(TORSO[family], None, "clothes.line"),
    ]
    items += details(family)
    return svg(items)


# --------------------------------------------------------------------------------------------------
# legs: a leg style per family (trousers, bare legs with socks, feet under a robe) x stance
# --------------------------------------------------------------------------------------------------
STANCES = {
    # hip x, knee, ankle for each leg (viewer's left leg first)
    "stand": (((462, 990), (458, 1130), (456, 1250)), ((562, 990), (566, 1130), (568, 1250))),
    "run": (((470, 990), (400, 1110), (350, 1200)), ((556, 990), (600, 1120), (586, 1250))),
}


def leg(points, slot: str, line: str, width: float) -> list[str]:
    (hx, hy), (kx, ky), (ax, ay) = points
    d = f"M{hx} {hy} Q{kx} {ky} {ax} {ay}"
    return [
        f'<path d="{d}" fill="none" stroke="#333" data-stroke-slot="{line}" stroke-width="{width + 2 * LINE_W}" '
        'stroke-linecap="round"/>',
        f'<path d="{d}" fill="none" stroke="#888" data-stroke-slot="{slot}" stroke-width="{width}" '
        'stroke-linecap="round"/>',
    ]


def shoe(ax: float, ay: float, toward: float) -> str:
    """A rounded shoe whose toe points ``toward`` (-1 left, +1 right)."""
    t = toward
    d = (
        f"M{ax - 30 * t} {ay - 18} C{ax - 36 * t} {ay + 14} {ax - 20 * t} {ay + 34} {ax + 6 * t} {ay + 34} "
        f"L{ax + 40 * t} {ay + 34} C{ax + 60 * t} {ay + 34} {ax + 62 * t} {ay + 8} {ax + 40 * t} {ay - 2} "
        f"C{ax + 20 * t} {ay - 12} {ax} {ay - 24} {ax - 30 * t} {ay - 18} Z"
    )
    return path(d, "clothes.line", "clothes.line", 5)


def legs_svg(style: str, stance: str) -> str:
    items: list[str] = []
    for side, pts in enumerate(STANCES[stance]):
        toward = -1 if side == 0 else 1
        ax, ay = pts[2]
        if style == "trousers":
            items += leg(pts, "clothes.shadow", "clothes.line", 64)
        elif style == "bare":
            items += leg(pts, "skin", "skin.line", 46)
            # socks from mid-shin
            (hx, hy), (kx, ky), _ = pts
            mx, my = (kx + ax) / 2, (ky + ay) / 2
            sock = f"M{mx} {my} L{ax} {ay}"
            items += [
                f'<path d="{sock}" fill="none" stroke="#333" data-stroke-slot="clothes.line" '
                f'stroke-width="{48 + 2 * LINE_W}" stroke-linecap="round"/>',
                f'<path d="{sock}" fill="none" stroke="#eee" data-stroke-slot="clothes_accent.highlight" '
                'stroke-width="48" stroke-linecap="round"/>',
            ]
        # "robe": feet only, the robe covers the legs
        items.append(shoe(ax, ay, toward))
    return svg(items)


# --------------------------------------------------------------------------------------------------
# hands: hand-placed shapes with the wrist at (0, 0), fingers toward -y; the thumb on the -x side
# --------------------------------------------------------------------------------------------------
HANDS = {
    "open": [
        "M-24 2 C-30 -16 -32 -44 -24 -60 C-16 -76 16 -76 24 -60 C32 -44 30 -16 24 2 Z",
        "M-22 -20 C-38 -24 -50 -38 -44 -48 C-38 -56 -28 -48 -20 -38",  # thumb
    ],
    "fist": [
        "M-26 2 C-34 -14 -32 -40 -18 -50 C-6 -58 16 -56 26 -44 C34 -30 32 -10 26 2 Z",
    ],
    "thumbs_up": [
        "M-26 2 C-34 -14 -32 -40 -18 -50 C-6 -58 16 -56 26 -44 C34 -30 32 -10 26 2 Z",
        "M-16 -46 C-22 -66 -20 -92 -8 -96 C4 -100 10 -86 8 -48 Z",  # thumb up
    ],
    "peace": [
        "M-26 2 C-34 -14 -32 -40 -18 -50 C-6 -58 16 -56 26 -44 C34 -30 32 -10 26 2 Z",
        "M-20 -44 L-34 -100 C-38 -114 -20 -118 -16 -104 L-2 -50 Z",  # index
        "M2 -50 L12 -106 C16 -120 34 -116 30 -102 L20 -44 Z",  # middle
    ],
    "spread": [  # the palm toward the viewer, four fingers apart and the thumb out (a palm pushed out: stop)
        "M-28 4 C-36 -12 -38 -40 -30 -56 L28 -56 C36 -40 36 -12 28 4 Z",
        "M-30 -50 C-38 -70 -40 -90 -34 -100 C-28 -106 -20 -102 -18 -92 L-14 -56 Z",
        "M-16 -54 C-18 -80 -16 -106 -10 -114 C-4 -120 4 -118 6 -108 L6 -56 Z",
        "M4 -56 C6 -82 8 -108 14 -114 C20 -118 28 -114 28 -104 L22 -54 Z",
        "M20 -52 C24 -74 30 -92 36 -96 C42 -100 48 -94 46 -86 L32 -46 Z",
        "M-28 -18 C-46 -24 -62 -40 -60 -52 C-58 -60 -48 -58 -40 -48 L-26 -36 Z",
    ],
    "point": [
        "M-26 2 C-34 -14 -32 -40 -18 -50 C-6 -58 16 -56 26 -44 C34 -30 32 -10 26 2 Z",
        "M-10 -48 L-10 -106 C-10 -120 8 -120 8 -106 L8 -50 Z",
    ],
}
HAND_LINES = {  # finger creases drawn in the skin line colour
    "open": ["M-8 -72 L-8 -54", "M8 -72 L8 -54"],
    "fist": ["M-16 -46 C-12 -36 -4 -36 0 -46", "M2 -48 C6 -38 14 -38 18 -46"],
    "thumbs_up": ["M-20 -30 C-6 -26 10 -26 24 -30", "M-22 -14 C-6 -10 10 -10 24 -14"],
    "peace": ["M2 -48 C8 -38 16 -38 22 -44"],
    "spread": ["M-22 -26 C-8 -20 8 -20 22 -26"],
    "point": ["M-20 -30 C-6 -26 10 -26 24 -30"],
}


def hand(kind: str, x: float, y: float, angle: float, flip: bool, size: float = 1.0) -> str:
    sx = -1 if flip else 1
    k = HAND_SCALE * size
    items = [path(d, "skin", "skin.line", 5) for d in HANDS[kind]]
    items += [path(d, None, "skin.line", 3.5) for d in HAND_LINES[kind]]
    return (
        f'<g transform="translate({fmt(x)} {fmt(y)}) rotate({fmt(angle)}) scale({fmt(sx * k)} {fmt(k)})">'
        + "".join(items)
        + "</g>"
    )


def arm(points, kind: str, angle: float, flip: bool, size: float = 1.0) -> list[str]:
    """A sleeve through shoulder, elbow, wrist (or shoulder, two control points, wrist: an arm that goes
    out round the head), a cuff at the wrist and the hand (``size`` times the usual size: a palm pushed
    toward the viewer is nearer, so larger)."""
    (sx, sy), *bend, (wx, wy) = points
    (ex, ey) = bend[-1]
    d = f"M{sx} {sy} {'Q' if len(bend) == 1 else 'C'}{' '.join(f'{x} {y}' for x, y in bend)} {wx} {wy}"
    # the sleeve stops a little before the wrist so the cuff and hand sit on top
    ux, uy = wx - ex, wy - ey
    n = math.hypot(ux, uy) or 1.0
    cx, cy = wx - ux / n * 6, wy - uy / n * 6
    return [
        f'<path d="{d}" fill="none" stroke="#333" data-stroke-slot="clothes.line" '
        f'stroke-width="{SLEEVE_W + 2 * LINE_W}" stroke-linecap="round"/>',
        f'<path d="{d}" fill="none" stroke="#888" data-stroke-slot="clothes" stroke-width="{SLEEVE_W}" '
        'stroke-linecap="round"/>',
        f'<circle cx="{fmt(cx)}" cy="{fmt(cy)}" r="{CUFF_W / 2}" fill="#888" data-slot="clothes.shadow" '
        f'stroke="#333" data-stroke-slot="clothes.line" stroke-width="5"/>',
        hand(kind, wx, wy, angle, flip, size),
    ]


SL, SR = (404, 770), (620, 770)  # shoulders (viewer's left, right)
DOWN_L = (SL, (384, 860), (392, 930))
DOWN_R = (SR, (640, 860), (632, 930))

# pose -> (arms: list of (points, hand, angle, flip, layer)); every layer draws over the body: "front" is
# the gesture (arms/<pose>.svg; a caption never covers it), "rest" an arm hanging at the side
# (arms/<pose>_rest.svg; a caption may), "moving" the arm a motion turns (arms/<pose>_moving.svg)
POSES: dict[str, list] = {
    "stand": [(DOWN_L, "open", 180, True, "rest"), (DOWN_R, "open", 180, False, "rest")],
    # the raised arm is its own part (arms/wave_moving.svg): the animated wave turns it about the shoulder
    "wave": [  # the open hand out beside the head, elbow bent out
        (DOWN_L, "open", 180, True, "rest"),
        ((SR, (770, 760), (806, 612)), "open", 22, True, "moving"),
    ],
    "thumbs_up": [  # the thumb held out to the side at chest height, clear of the body
        (DOWN_L, "open", 180, True, "rest"),
        ((SR, (740, 900), (806, 812)), "thumbs_up", 10, False, "front"),
    ],
    "bow": [  # お辞儀, a deep bow: the head bent far forward and down (stickers.toml: sunk, foreshortened),
        # the shoulders hunched behind it, both arms straight down with the hands flat on the thighs; the
        # arms hang (a caption may cover them): the bent head is the gesture
        # the arms are drawn over the head: they come out under the sunk chin (y 870), not over the cheeks
        (((414, 884), (426, 970), (456, 1070)), "open", 184, False, "rest"),
        (((610, 884), (598, 970), (568, 1070)), "open", 176, True, "rest"),
    ],
    "peace": [  # double peace: a V beside each cheek
        ((SL, (290, 840), (238, 700)), "peace", -16, False, "front"),
        ((SR, (734, 840), (786, 700)), "peace", 16, True, "front"),
    ],
    "heart_hands": [  # both arms up round the head like a big heart, the fists meeting under a heart on top
        ((SL, (150, 800), (110, 250), (462, 168)), "fist", 58, False, "front"),
        ((SR, (874, 800), (914, 250), (562, 168)), "fist", -58, True, "front"),
    ],
    "palms_together": [  # the palms pressed together under the chin, fingers up, elbows out
        ((SL, (330, 872), (496, 826)), "open", 6, True, "front"),
        ((SR, (694, 872), (528, 826)), "open", -6, False, "front"),
    ],
    "pleading": [  # お願い: the palms together beside the cheek, the head leaning to them
        ((SL, (560, 940), (772, 716)), "open", -12, True, "front"),
        ((SR, (836, 860), (800, 708)), "open", -16, False, "front"),
    ],
    "raised_hand": [  # はい!: the arm stretched straight up past the top of the head
        (DOWN_L, "open", 180, True, "rest"),
        ((SR, (746, 560), (770, 330)), "open", 6, True, "front"),
    ],
    "facepalm": [
        (DOWN_L, "open", 180, True, "rest"),
        ((SR, (676, 780), (614, 560)), "open", -24, False, "front"),
    ],
    "shrug": [  # elbows in, forearms out low and wide, palms up
        ((SL, (350, 930), (236, 876)), "open", -72, True, "front"),
        ((SR, (674, 930), (788, 876)), "open", 72, False, "front"),
    ],
    "hug_pillow": [  # the pillow hugged up under the chin, the cheek on it
        ((SL, (344, 820), (452, 806)), "open", 110, False, "front"),
        ((SR, (680, 820), (572, 806)), "open", -110, True, "front"),
    ],
    "running": [
        ((SL, (340, 820), (332, 730)), "fist", -10, False, "front"),
        ((SR, (690, 860), (710, 940)), "fist", 160, False, "front"),
    ],
    "holding_sign": [  # the fists over the placard's top edge (the placard, drawn after, hides the arms)
        ((SL, (330, 860), (292, 812)), "fist", -6, False, "front"),
        ((SR, (694, 860), (732, 812)), "fist", 6, True, "front"),
    ],
    "cheering": [  # both fists high and wide (banzai)
        ((SL, (270, 640), (236, 430)), "fist", -18, False, "front"),
        ((SR, (754, 640), (788, 430)), "fist", 18, True, "front"),
    ],
    "crying": [
        ((SL, (380, 700), (430, 590)), "open", 40, True, "front"),
        ((SR, (644, 700), (594, 590)), "open", -40, False, "front"),
    ],
    "pointing": [  # 見て!: the arm straight out, pointing up and away
        (DOWN_L, "open", 180, True, "rest"),
        ((SR, (740, 760), (836, 690)), "point", 62, True, "front"),
    ],
    "thinking": [  # the index finger at the chin, that elbow propped on the other forearm across the waist
        ((SL, (430, 930), (630, 920)), "open", 96, False, "front"),
        ((SR, (720, 930), (660, 800)), "point", -28, False, "front"),
    ],
    "tea": [  # the cup held in both hands at the chin
        ((SL, (340, 920), (456, 828)), "fist", 64, False, "front"),
        ((SR, (684, 920), (568, 828)), "fist", -64, True, "front"),
    ],
    "texting": [  # busy: the phone held in front, both eyes on it
        (DOWN_L, "open", 180, True, "rest"),
        ((SR, (766, 930), (700, 850)), "fist", -10, False, "front"),
    ],
    "phone": [  # the phone at the ear, the elbow out
        (DOWN_L, "open", 180, True, "rest"),
        ((SR, (806, 760), (742, 640)), "fist", -24, False, "front"),
    ],
    "eating": [  # the rice bowl raised to the chin in one hand, the chopsticks in the other (high: the
        # caption fits under them without shrinking the figure)
        ((SL, (262, 850), (286, 744)), "open", 84, True, "front"),
        ((SR, (772, 850), (716, 730)), "fist", -26, False, "front"),
    ],
    "hands_on_hips": [  # elbows out wide, the fists at the waist (the chibi waist is high: at the hips the
        # gesture reached so low that the caption had to shrink the figure)
        ((SL, (268, 786), (398, 830)), "fist", 144, False, "front"),
        ((SR, (756, 786), (626, 830)), "fist", -144, True, "front"),
    ],
    "rub_eye": [  # ねむい: a fist rubbing the eye, the elbow out, the other arm hanging
        (DOWN_L, "fist", 180, True, "rest"),
        ((SR, (716, 690), (640, 566)), "fist", -38, True, "front"),
    ],
    "fingers_together": [  # てれる: the index fingers touching in front of the chest, elbows in (つんつん)
        (((404, 770), (360, 930), (400, 890)), "point", 62, False, "front", 0.85),
        (((620, 770), (664, 930), (624, 890)), "point", -62, True, "front", 0.85),
    ],
    "slump": [  # つかれた: the arms hanging limp and long, the hands dangling in front of the thighs
        (((398, 784), (396, 900), (428, 990)), "open", 172, True, "rest"),
        (((626, 784), (628, 900), (596, 990)), "open", 188, False, "rest"),
    ],
    "hands_low": [  # しょんぼり: the arms straight down, the hands clasped low in front
        (((404, 770), (420, 880), (492, 972)), "open", 196, False, "front"),
        (((620, 770), (604, 880), (532, 972)), "open", 164, True, "front"),
    ],
    "hands_up": [  # えっ!?: both spread hands up beside the face, palms out, elbows down
        ((SL, (286, 820), (276, 666)), "spread", -12, False, "front"),
        ((SR, (738, 820), (748, 666)), "spread", 12, True, "front"),
    ],
    "open_arms": [  # ぎゅー: both arms held out wide and up toward the viewer, open hands, ready to hug
        ((SL, (270, 760), (186, 650)), "open", -48, True, "front"),
        ((SR, (754, 760), (838, 650)), "open", 48, False, "front"),
    ],
    "stop": [  # ストップ: one palm pushed out toward the viewer, fingers up (nearer, so larger)
        (DOWN_L, "open", 180, True, "rest"),
        ((SR, (690, 920), (752, 884)), "spread", 6, True, "front", 1.8),
    ],
    "arms_crossed": [  # ダメ: the forearms crossed into a big X in front of the chest
        ((SL, (392, 960), (660, 790)), "fist", 40, False, "front"),
        ((SR, (632, 960), (364, 790)), "fist", -40, True, "front"),
    ],
}


def arms_svg(pose: str, layer: str = "front") -> str:
    """The pose's arms drawn on ``layer``: "front", "rest" or "moving" (see POSES)."""
    items: list[str] = []
    for points, kind, angle, flip, on, *size in POSES[pose]:
        if on == layer:
            items += arm(points, kind, angle, flip, *size)
    return svg(items)


# --------------------------------------------------------------------------------------------------
# props (drawn in front of the arms; positions match the poses that hold them)
# --------------------------------------------------------------------------------------------------
PROPS = {
    "tea_cup": [  # a yunomi held in both hands under the chin (pose "tea"): tapered, a band, tea at the rim
        path(
            "M462 748 L562 748 C560 800 556 836 548 856 C530 866 494 866 476 856 C468 836 464 800 462 748 Z",
            "accessory.highlight",
            "accessory.line",
            6,
        ),
        path("M466 790 L558 790 L556 812 L468 812 Z", "accessory", None),
        path(
            "M462 748 C480 736 544 736 562 748 C544 760 480 760 462 748 Z",
            "background_accent.shadow",
            "accessory.line",
            5,
        ),
        path("M584 724 C574 706 592 694 582 676", None, "background_accent.line", 5),
        path("M610 730 C600 712 618 700 608 682", None, "background_accent.line", 5),
    ],
    "phone": [  # held upright at the ear (pose "phone"), in front of the hand
        '<g transform="rotate(-16 716 560)">'
        + path(
            "M688 470 L744 470 C752 470 756 474 756 482 L756 636 C756 644 752 648 744 648 L688 648 "
            "C680 648 676 644 676 636 L676 482 C676 474 680 470 688 470 Z",
            "accessory.line",
            "accessory.line",
            5,
        )
        + path("M688 484 L744 484 L744 624 L688 624 Z", "background.highlight")
        + "</g>",
    ],
    "phone_front": [  # held in front of the chest (pose "texting")
        path(
            "M666 736 L730 736 C738 736 742 740 742 748 L742 856 C742 864 738 868 730 868 L666 868 "
            "C658 868 654 864 654 856 L654 748 C654 740 658 736 666 736 Z",
            "accessory.line",
            "accessory.line",
            5,
        ),
        path("M666 750 L730 750 L730 844 L666 844 Z", "background.highlight"),
    ],
    "sign": [  # a wide placard held up by its top edge (pose "holding_sign"): the fists grip it over the edge
        path(
            "M168 772 L856 772 C870 772 876 778 876 792 L876 1060 C876 1074 870 1080 856 1080 L168 1080 "
            "C154 1080 148 1074 148 1060 L148 792 C148 778 154 772 168 772 Z",
            "background_accent",
            "accessory.line",
            8,
        ),
        path("M166 1066 L858 1066", None, "background_accent.shadow", 8),
    ],
    "pillow": [  # hugged high (pose "hug_pillow"): its top edge at the chin
        '<g transform="translate(0 -50)">',
        path(
            "M380 760 C420 738 604 738 644 760 C670 810 672 920 644 970 C604 990 420 990 380 970 "
            "C354 920 354 810 380 760 Z",
            "background",
            "background.line",
            7,
        ),
        path("M400 790 C440 776 584 776 624 790", None, "background.shadow", 6),
        path("M470 900 L490 900 M534 900 L554 900", None, "background.line", 5),
        path("M484 922 C500 934 524 934 540 922", None, "background.line", 5),
        "</g>",
    ],
    "bow_lines": [  # お辞儀: the motion of the head going down (ペコッ), two arcs either side sweeping
        # from over the crown down along the head
        path(
            "M330 400 C262 450 236 530 246 610 M300 360 C214 420 184 520 196 630 "
            "M694 400 C762 450 788 530 778 610 M724 360 C810 420 840 520 828 630",
            None,
            "clothes.line",
            12,
        ),
    ],
    "heart": [  # held up on top of the head by the fists meeting there (pose "heart_hands"); the pink of
        # the effects layer's hearts, not a design colour: a heart in a black or grey accent read as a spade
        '<path d="M512 176 C464 142 430 116 436 80 C442 48 490 44 512 76 C534 44 582 48 588 80 '
        'C594 116 560 142 512 176 Z" fill="#f2668b" stroke="#b83a5e" stroke-width="6" stroke-linejoin="round"/>',
        '<path d="M458 78 C462 64 476 60 488 64" fill="none" stroke="#ffffff" stroke-width="7" '
        'stroke-linecap="round" opacity="0.8"/>',
    ],
    "rice_bowl": [  # a bowl of rice raised on the open hand, chopsticks from the other fist (pose "eating")
        '<g transform="translate(0 -56)">',
        path(
            "M240 716 C250 676 360 668 372 716 Z", "background_accent.highlight", "background_accent.line", 5
        ),
        path(
            "M224 712 L388 712 C386 756 354 782 306 782 C258 782 226 756 224 712 Z",
            "accessory",
            "accessory.line",
            6,
        ),
        path("M236 734 C284 742 328 742 376 734", None, "accessory.shadow", 6),
        path("M704 742 L356 700", None, "hair.line", 9),
        path("M708 762 L360 712", None, "hair.line", 9),
        "</g>",
    ],
}


def prop_svg(prop: str) -> str:
    return svg(PROPS[prop])


# --------------------------------------------------------------------------------------------------
FAMILIES = tuple(TORSO)
LEG_STYLES = ("trousers", "bare", "robe")


def build() -> None:
    out = helpers.pack_dir() / "stickers"
    written = []
    for sub in ("bodies", "legs", "arms", "props"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    for family in FAMILIES:
        written.append((out / "bodies" / f"{family}.svg", body_svg(family)))
    for style in LEG_STYLES:
        for stance in STANCES:
            written.append((out / "legs" / f"{style}_{stance}.svg", legs_svg(style, stance)))
    for pose in POSES:
        for layer, name in (("front", pose), ("rest", f"{pose}_rest"), ("moving", f"{pose}_moving")):
            if any(a[4] == layer for a in POSES[pose]):
                written.append((out / "arms" / f"{name}.svg", arms_svg(pose, layer)))
    for prop in PROPS:
        written.append((out / "props" / f"{prop}.svg", prop_svg(prop)))
    for p, text in written:
        p.write_text(text, encoding="utf-8")
    table = out / "stickers.toml"
    if table.resolve() != (SOURCE / "stickers.toml").resolve():
        shutil.copyfile(SOURCE / "stickers.toml", table)
    print(f"wrote {len(written)} sticker figure parts under {out}")


if __name__ == "__main__":
    build()
