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
    "point": ["M-20 -30 C-6 -26 10 -26 24 -30"],
}


def hand(kind: str, x: float, y: float, angle: float, flip: bool) -> str:
    sx = -1 if flip else 1
    items = [path(d, "skin", "skin.line", 5) for d in HANDS[kind]]
    items += [path(d, None, "skin.line", 3.5) for d in HAND_LINES[kind]]
    return (
        f'<g transform="translate({fmt(x)} {fmt(y)}) rotate({fmt(angle)}) scale({fmt(sx * HAND_SCALE)} {HAND_SCALE})">'
        + "".join(items)
        + "</g>"
    )


def arm(points, kind: str, angle: float, flip: bool) -> list[str]:
    """A sleeve through shoulder, elbow, wrist, a cuff at the wrist and the hand."""
    (sx, sy), (ex, ey), (wx, wy) = points
    d = f"M{sx} {sy} Q{ex} {ey} {wx} {wy}"
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
        hand(kind, wx, wy, angle, flip),
    ]


SL, SR = (404, 770), (620, 770)  # shoulders (viewer's left, right)
DOWN_L = (SL, (384, 860), (392, 930))
DOWN_R = (SR, (640, 860), (632, 930))

# pose -> (arms: list of (points, hand, angle, flip, layer)); layer "front" draws over the body
POSES: dict[str, list] = {
    "stand": [(DOWN_L, "open", 180, True, "front"), (DOWN_R, "open", 180, False, "front")],
    # the raised arm is its own part (arms/wave_moving.svg): the animated wave turns it about the shoulder
    "wave": [  # the open hand out beside the head, elbow bent out
        (DOWN_L, "open", 180, True, "front"),
        ((SR, (770, 760), (806, 612)), "open", 22, True, "moving"),
    ],
    "thumbs_up": [  # the thumb held out to the side at chest height, clear of the body
        (DOWN_L, "open", 180, True, "front"),
        ((SR, (740, 900), (806, 812)), "thumbs_up", 10, False, "front"),
    ],
    "bow": [
        ((SL, (440, 880), (494, 960)), "open", 200, False, "front"),
        ((SR, (584, 880), (530, 960)), "open", 160, True, "front"),
    ],
    "peace": [  # double peace: a V beside each cheek
        ((SL, (290, 840), (238, 700)), "peace", -16, False, "front"),
        ((SR, (734, 840), (786, 700)), "peace", 16, True, "front"),
    ],
    "heart_hands": [
        ((SL, (404, 890), (470, 868)), "fist", 50, False, "front"),
        ((SR, (620, 890), (554, 868)), "fist", -50, True, "front"),
    ],
    "palms_together": [
        ((SL, (430, 900), (500, 880)), "open", 8, True, "front"),
        ((SR, (594, 900), (524, 880)), "open", -8, False, "front"),
    ],
    "pleading": [  # お願い: the palms together beside the cheek, the head leaning to them
        ((SL, (560, 940), (772, 716)), "open", -12, True, "front"),
        ((SR, (836, 860), (800, 708)), "open", -16, False, "front"),
    ],
    "raised_hand": [  # はい!: the arm stretched straight up past the top of the head
        (DOWN_L, "open", 180, True, "front"),
        ((SR, (746, 560), (770, 330)), "open", 6, True, "front"),
    ],
    "facepalm": [
        (DOWN_L, "open", 180, True, "front"),
        ((SR, (676, 780), (614, 560)), "open", -24, False, "front"),
    ],
    "shrug": [  # elbows in, forearms out low and wide, palms up
        ((SL, (350, 930), (236, 876)), "open", -72, True, "front"),
        ((SR, (674, 930), (788, 876)), "open", 72, False, "front"),
    ],
    "hug_pillow": [
        ((SL, (380, 880), (452, 930)), "open", 110, False, "front"),
        ((SR, (644, 880), (572, 930)), "open", -110, True, "front"),
    ],
    "running": [
        ((SL, (340, 820), (332, 730)), "fist", -10, False, "front"),
        ((SR, (690, 860), (710, 940)), "fist", 160, False, "front"),
    ],
    "holding_sign": [
        ((SL, (330, 860), (246, 900)), "fist", -60, False, "front"),
        ((SR, (694, 860), (778, 900)), "fist", 60, True, "front"),
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
        (DOWN_L, "open", 180, True, "front"),
        ((SR, (740, 760), (836, 690)), "point", 62, True, "front"),
    ],
    "thinking": [
        ((SL, (420, 900), (560, 880)), "open", 80, False, "front"),
        ((SR, (652, 880), (596, 800)), "point", -20, False, "front"),
    ],
    "tea": [(DOWN_L, "open", 180, True, "front"), ((SR, (660, 900), (600, 880)), "fist", 80, False, "front")],
    "texting": [  # busy: the phone held in front, both eyes on it
        (DOWN_L, "open", 180, True, "front"),
        ((SR, (664, 900), (612, 840)), "fist", -10, False, "front"),
    ],
    "phone": [  # the phone at the ear, the elbow out
        (DOWN_L, "open", 180, True, "front"),
        ((SR, (806, 760), (742, 640)), "fist", -24, False, "front"),
    ],
    "eating": [
        (DOWN_L, "open", 180, True, "front"),
        ((SR, (672, 860), (620, 780)), "fist", -20, False, "front"),
    ],
    "hands_on_hips": [  # elbows out wide
        ((SL, (276, 870), (396, 930)), "fist", 150, False, "front"),
        ((SR, (748, 870), (628, 930)), "fist", -150, True, "front"),
    ],
    "arms_crossed": [  # ダメ: the forearms crossed into a big X in front of the chest
        ((SL, (392, 960), (660, 790)), "fist", 40, False, "front"),
        ((SR, (632, 960), (364, 790)), "fist", -40, True, "front"),
    ],
}


def arms_svg(pose: str, layer: str = "front") -> str:
    """The pose's arms drawn on ``layer``: "front" (still) or "moving" (the arm a motion turns)."""
    items: list[str] = []
    for points, kind, angle, flip, on in POSES[pose]:
        if on == layer:
            items += arm(points, kind, angle, flip)
    return svg(items)


# --------------------------------------------------------------------------------------------------
# props (drawn in front of the arms; positions match the poses that hold them)
# --------------------------------------------------------------------------------------------------
PROPS = {
    "tea_cup": [
        path(
            "M560 846 L648 846 C648 900 636 926 604 926 C572 926 560 900 560 846 Z",
            "accessory.highlight",
            "accessory.line",
            5,
        ),
        path("M648 862 C676 862 676 900 644 902", None, "accessory.line", 8),
        path("M566 858 L642 858", None, "accessory", 10),
        path("M586 826 C578 810 594 800 586 784", None, "background_accent.line", 5),
        path("M614 826 C606 810 622 800 614 784", None, "background_accent.line", 5),
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
            "M580 760 L644 760 C652 760 656 764 656 772 L656 880 C656 888 652 892 644 892 L580 892 "
            "C572 892 568 888 568 880 L568 772 C568 764 572 760 580 760 Z",
            "accessory.line",
            "accessory.line",
            5,
        ),
        path("M580 774 L644 774 L644 868 L580 868 Z", "background.highlight"),
    ],
    "sign": [
        path(
            "M252 790 L772 790 C784 790 790 796 790 808 L790 1036 C790 1048 784 1054 772 1054 L252 1054 "
            "C240 1054 234 1048 234 1036 L234 808 C234 796 240 790 252 790 Z",
            "background_accent",
            "accessory.line",
            8,
        ),
        path("M250 1040 L774 1040", None, "background_accent.shadow", 8),
    ],
    "pillow": [
        path(
            "M380 850 C420 828 604 828 644 850 C670 900 672 1010 644 1060 C604 1080 420 1080 380 1060 "
            "C354 1010 354 900 380 850 Z",
            "background",
            "background.line",
            7,
        ),
        path("M400 880 C440 866 584 866 624 880", None, "background.shadow", 6),
        path("M470 990 L490 990 M534 990 L554 990", None, "background.line", 5),
        path("M484 1012 C500 1024 524 1024 540 1012", None, "background.line", 5),
    ],
    "heart": [
        path(
            "M512 900 C470 870 440 846 446 814 C452 786 494 782 512 810 C530 782 572 786 578 814 "
            "C584 846 554 870 512 900 Z",
            "clothes_accent",
            "clothes_accent.line",
            6,
        ),
        path("M466 812 C470 800 482 796 492 800", None, "clothes_accent.highlight", 6),
    ],
    "onigiri": [
        path(
            "M624 700 C644 700 680 760 680 776 C680 792 660 796 624 796 C588 796 568 792 568 776 "
            "C568 760 604 700 624 700 Z",
            "background_accent",
            "background_accent.line",
            5,
        ),
        path("M596 760 L652 760 L656 796 L592 796 Z", "hair.line"),
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
        written.append((out / "arms" / f"{pose}.svg", arms_svg(pose)))
        if any(a[4] == "moving" for a in POSES[pose]):
            written.append((out / "arms" / f"{pose}_moving.svg", arms_svg(pose, "moving")))
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
