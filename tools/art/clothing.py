"""The clothing layer."""

from __future__ import annotations

import math
import random

from helpers import Part, fmt, outline_ribbon, write_layer
from wardrobe_lib import (
    CLOTH_DY,
    CLOTH_K,
    METAL,
    METAL_LN,
    METAL_SH,
    WHITE,
    WHITE_LN,
    WHITE_SH,
    bez,
    both,
    circle,
    ellipse,
    garment,
    left_x_at,
    mirror_rev,
    path,
    sakura_shape,
    seg_d,
    shoulder,
    shoulder_pt,
    svg,
    tail_from_x,
    taper,
)

K, DY = CLOTH_K, CLOTH_DY


def fill_only(d, slot):
    return path(d, slot)


def stroke_only(d, slot, sw=6):
    return path(d, None, slot, sw)


def filled(d, slot, line_slot=None, sw=6):
    return path(d, slot, line_slot or slot.split(".")[0] + ".line", sw)


def right_shade(slot, x0=640, inner=95, top_bulge=40):
    """Cel shadow along the viewer's right side of a garment (light comes from the upper left)."""
    segs = tail_from_x(shoulder(K, DY), 1024 - x0)
    m = [tuple((1024 - x, y) for (x, y) in s) for s in segs]
    sx, sy = m[0][0]
    bx = m[-1][3][0]
    d = (
        seg_d(m) + f"L{fmt(bx + 20)} 1040 L{fmt(bx - inner)} 1040 "
        f"C{fmt(bx - inner + 10)} 960 {fmt(sx + top_bulge)} {fmt(sy + 60)} {fmt(sx - 10)} {fmt(sy + 4)} Z"
    )
    return path(d, slot)


def left_shade(slot, x0=260, inner=70):
    """Thin shadow under the left arm line (the arm turns away)."""
    segs = tail_from_x(shoulder(K, DY), x0)
    sx, sy = segs[0][0]
    bx = segs[-1][3][0]
    d = (
        seg_d(segs) + f"L{fmt(bx - 20)} 1040 L{fmt(bx + inner)} 1040 "
        f"C{fmt(bx + inner - 10)} 990 {fmt(sx + 20)} {fmt(sy + 70)} {fmt(sx + 14)} {fmt(sy + 4)} Z"
    )
    return path(d, slot)


def seams(slot, x=206):
    """Armhole seams where sleeve meets body, plus a crease at each armpit."""
    y = shoulder_pt(x)[1]
    return both(
        [
            taper(x, y + 2, x - 22, y + 100, x - 6, 1030, 2.4, slot),
            taper(x + 34, 1030, x + 30, 990, x + 56, 960, 2.2, slot),
        ]
    )


# R6 folds: a few hand-placed tapered creases where the cloth bunches, mirrored to both sides. Each
# garment takes the sets that fit how it hangs (a tailored jacket creases less than a t-shirt).
ARMPIT_FOLDS = [  # from the sleeve seam at the armpit, fanning up and in across the chest
    (212, 958, 252, 928, 300, 918, 2.8),
    (220, 988, 254, 968, 294, 962, 2.2),
]
SLEEVE_FOLD = (176, 928, 190, 958, 192, 996, 2.2)  # down the sleeve below the armpit
SHOULDER_FOLD = (392, 830, 344, 850, 296, 880, 2.0)  # a drag line from the neck toward the shoulder tip
KNIT_FOLDS = [(208, 956, 250, 922, 302, 912, 4.5), (178, 926, 192, 958, 194, 996, 3.6)]  # thick, rounded


def folds(slot, *sets):
    return both([taper(*f[:6], f[6], slot) for f in sets])


def garment_outline(x_left, neckline, slot, x_right=None):
    """Outline of the garment's silhouette except its bottom edge (which is off-canvas): a 3.5 px line
    round the neckline, and the shoulders as tapered ribbons (R4), thin on the lit left and heavy on
    the shadow side, fading into the neck point."""
    d = garment(x_left, neckline, x_right=x_right)
    items = [stroke_only(d, slot, sw=3.5)]
    left = tail_from_x(shoulder(K, DY), x_left)
    right = tail_from_x(shoulder(K, DY), 1024 - (x_right or 1024 - x_left))
    for segs, flip in ((left, False), (right, True)):
        pts = [bez(seg, i / 24) for seg in segs for i in range(24)] + [segs[-1][3]]
        pts = [(1024 - x, y) if flip else (x, y) for x, y in pts]
        items.append(outline_ribbon(pts, spec=slot, thin=3.0, heavy=9.0, closed=False, taper=0.1))
    return "\n".join(items)


def collar_shadow(d, slot):
    return path(d, slot)


# ---- crew neck pieces ----------------------------------------------------------------------
CREW = "C568 826 456 826 440 774 Z"  # from the right neck point (584,774) back to (440,774)


def crew_band(slot, depth=826, width=16):
    d = (
        f"M440 774 C456 {depth} 568 {depth} 584 774 L{584 + width * 0.9} 779 "
        f"C{574 + width * 0.2} {depth + width * 1.35} {450 - width * 0.2} {depth + width * 1.35} "
        f"{440 - width * 0.9} 779 Z"
    )
    return path(d, slot, slot.split(".")[0] + ".line", 3.5)


def t_shirt():
    d = garment(440, CREW)
    it = [
        fill_only(d, "clothes"),
        path("M440 774 C456 826 568 826 584 774 L604 784 C590 862 434 862 420 784 Z", "clothes.shadow"),
        right_shade("clothes.shadow"),
        left_shade("clothes.shadow"),
    ]
    it += seams("clothes.line")
    it += folds("clothes.line", *ARMPIT_FOLDS, SLEEVE_FOLD, SHOULDER_FOLD)
    it.append(crew_band("clothes"))
    # neck-band rib highlight and the chest folds
    it.append(taper(470, 806, 490, 820, 512, 822, 2, "clothes.highlight"))
    it += [
        taper(600, 900, 640, 930, 700, 940, 2.4, "clothes.line"),
        taper(420, 1000, 460, 980, 500, 990, 2.2, "clothes.line"),
    ]
    it.append(garment_outline(440, CREW, "clothes.line"))
    return svg(it)


def turtleneck():
    body = garment(440, "C560 800 464 800 440 774 Z")
    it = [fill_only(body, "clothes"), right_shade("clothes.shadow"), left_shade("clothes.shadow")]
    it += seams("clothes.line")
    it += folds("clothes.shadow", *KNIT_FOLDS)  # a knit: soft folds in the shadow tone
    # the shadow the collar roll casts on the chest
    it.append(path("M424 790 C440 860 584 860 600 790 L600 780 L424 780 Z", "clothes.shadow"))
    # collar tube around the neck (top hidden under the chin)
    tube = "M446 690 L578 690 C582 720 586 750 584 770 C560 790 464 790 440 770 C438 750 442 720 446 690 Z"
    it.append(path(tube, "clothes", "clothes.line", 6))
    it.append(
        path(
            "M446 690 L578 690 L580 734 C550 748 520 750 500 746 C476 742 456 734 444 724 Z", "clothes.shadow"
        )
    )
    # folded roll: a fat band at the base
    roll = (
        "M432 752 C470 770 554 770 592 752 C600 770 604 790 598 806 C560 832 464 832 426 806 "
        "C420 790 424 770 432 752 Z"
    )
    it.append(path(roll, "clothes", "clothes.line", 6))
    it.append(
        path(
            "M592 752 C600 770 604 790 598 806 C580 818 560 824 540 827 C556 805 566 780 560 764 Z",
            "clothes.shadow",
        )
    )
    for i, x in enumerate(range(446, 600, 16)):
        t = (x - 432) / 166
        y0 = 760 + 14 * math.sin(t * math.pi) * 0.9
        y1 = 806 + 22 * math.sin(t * math.pi)
        it.append(taper(x, y0 + 4, x + 1, (y0 + y1) / 2, x + (x - 512) * 0.04, y1 - 4, 1.5, "clothes.line"))
    for x in range(462, 580, 18):
        it.append(taper(x, 700, x, 720, x + (x - 512) * 0.03, 748, 1.3, "clothes.line"))
    it.append(garment_outline(440, "C560 800 464 800 440 774 Z", "clothes.line"))
    return svg(it)


def sailor():
    vee = "C560 830 530 880 512 908 C494 880 464 830 440 774 Z"
    d = garment(440, vee)
    it = [fill_only(d, WHITE), right_shade(WHITE_SH), left_shade(WHITE_SH)]
    it += seams(WHITE_LN)
    it += folds(WHITE_LN, *ARMPIT_FOLDS, SLEEVE_FOLD)
    # modesty panel at the bottom of the V
    it.append(
        path(
            "M474 852 L550 852 C540 874 526 894 512 908 C498 894 484 874 474 852 Z",
            "clothes",
            "clothes.line",
            3.5,
        )
    )
    it.append(taper(484, 866, 512, 870, 540, 866, 2, WHITE))
    # collar flaps (navy) with two white stripes
    col = []
    xs = shoulder_pt(228)
    flap = (
        f"M440 774 C464 830 494 880 512 908 C476 906 420 880 380 862 C330 842 268 838 {fmt(xs[0])} {fmt(xs[1])} "
        + seg_d([tail_from_x(shoulder(K, DY), 440)[0]], move=False).replace("C", "", 0)
        + "Z"
    )
    # build the flap by walking the shoulder line from the neck out to x=228 and back along the edge
    seg = tail_from_x(shoulder(K, DY), 440)
    pts = []
    for s in seg:
        for i in range(13):
            x, y = bez(s, i / 12)
            if x >= 228:
                pts.append((x, y))
    edge = " ".join(f"L{fmt(x)} {fmt(y)}" for x, y in pts[1:])
    flap = (
        f"M440 774 {edge} L228 {fmt(shoulder_pt(228)[1])} C280 850 360 860 420 886 "
        f"C460 902 492 912 514 918 C494 884 464 830 440 774 Z"
    )
    col.append(path(flap, "clothes", "clothes.line", 5))
    col.append(path("M440 774 C456 812 474 846 492 874 C470 850 452 820 444 790 Z", "clothes.shadow"))
    for off in (16, 28):
        col.append(
            taper(
                236 + off * 0.4,
                shoulder_pt(236)[1] + off * 1.1,
                330,
                860 + off * 0.5,
                508 - off * 1.2,
                914 - off * 0.75,
                1.8,
                WHITE,
            )
        )
    it += both(col)
    # scarf: knot and bow with tails
    sc = [
        path(
            "M512 906 C490 890 456 892 440 904 C448 920 478 930 500 922 Z",
            "clothes_accent",
            "clothes_accent.line",
            4,
        ),
        path(
            "M500 918 C482 950 470 990 464 1030 L500 1030 C502 990 508 950 516 920 Z",
            "clothes_accent",
            "clothes_accent.line",
            4,
        ),
    ]
    it += both(sc)
    it.append(
        path(
            "M500 918 C482 950 470 990 464 1030 L476 1030 C482 990 494 950 508 920 Z", "clothes_accent.shadow"
        )
    )
    it.append(path("M470 896 C462 902 454 904 448 904 C460 912 474 916 486 914 Z", "clothes_accent.shadow"))
    it.append(ellipse(512, 914, 17, 15, "clothes_accent", "clothes_accent.line", 4))
    it.append(taper(504, 906, 508, 904, 516, 906, 2, "clothes_accent.highlight"))
    it.append(garment_outline(440, vee, "clothes.line"))
    return svg(it)


def collar_points(fill, shade, line, spread=1.0, open_=False):
    """A shirt collar standing around the neck, points resting on the chest."""
    s = spread
    it = []
    left = (
        f"M446 730 C444 752 442 770 440 780 C452 800 {fmt(470 - 10 * s)} {fmt(830 + 10 * s)} "
        f"{fmt(486 - 18 * s)} {fmt(846 + 8 * s)} C498 830 506 812 512 796 C490 786 470 770 462 740 Z"
    )
    it += both([path(left, fill, line, 4.5)])
    it.append(
        path("M446 730 C444 752 442 770 440 780 C446 790 452 800 458 808 C456 790 454 766 454 740 Z", shade)
    )
    return it


def shirt_v(bottom=960):
    """White shirt showing in the V of a jacket, collar and all."""
    return f"M440 774 L584 774 L{560} {bottom} L464 {bottom} Z"


def tie(y_bottom=1040, slot="clothes_accent", stripes=False):
    it = [
        path("M496 796 L528 796 L534 822 L512 834 L490 822 Z", slot, slot + ".line", 4),
        path(
            f"M494 828 L530 828 C540 900 552 980 556 {y_bottom} L468 {y_bottom} C472 980 484 900 494 828 Z",
            slot,
            slot + ".line",
            4,
        ),
    ]
    it.append(
        path(
            f"M516 830 L530 828 C540 900 552 980 556 {y_bottom} L532 {y_bottom} C530 960 524 890 516 830 Z",
            slot + ".shadow",
        )
    )
    it.append(path("M512 810 L528 796 L534 822 L512 834 Z", slot + ".shadow"))
    if stripes:
        for y in (860, 910, 960, 1010):
            it.append(
                path(
                    f"M{480 - (y - 860) * 0.09} {y + 22} L{544 + (y - 860) * 0.1} {y - 16} "
                    f"L{546 + (y - 860) * 0.1} {y - 4} L{482 - (y - 860) * 0.09} {y + 34} Z",
                    "clothes",
                    None,
                )
            )
    return it


def jacket(notch=True, school=False):
    vee = "C570 850 540 940 512 1000 C484 940 454 850 440 774 Z"
    d = garment(440, vee)
    it = [
        path("M430 760 L594 760 L560 1040 L464 1040 Z", WHITE),
        path("M512 800 L594 760 L580 860 C560 900 540 940 520 990 Z", WHITE_SH),
    ]
    it += collar_points(WHITE, WHITE_SH, WHITE_LN)
    it += tie(stripes=school)
    it += [fill_only(d, "clothes"), right_shade("clothes.shadow", 650), left_shade("clothes.shadow")]
    it += seams("clothes.line")
    # a tailored jacket creases little: one fold at each armpit, and the lapels cast a shadow
    it += folds("clothes.line", ARMPIT_FOLDS[0], SLEEVE_FOLD)
    it += both([taper(376, 860, 402, 926, 462, 974, 5.5, "clothes.shadow")])
    # lapels
    if notch:
        lap = (
            "M440 774 C446 800 452 818 458 832 L420 860 L448 868 C462 910 488 960 512 1000 "
            "C470 960 420 900 386 850 L392 800 C408 790 424 782 440 774 Z"
        )
    else:
        lap = "M440 774 C456 830 484 920 512 1000 C470 960 420 900 386 850 C392 820 400 800 440 774 Z"
    lapl = [
        path(lap, "clothes", "clothes.line", 4.5),
        taper(392, 806, 400, 880, 500, 986, 2, "clothes.shadow"),
    ]
    it += both(lapl)
    it.append(path("M440 774 C446 800 452 818 458 832 L440 846 C436 820 432 800 430 780 Z", "clothes.shadow"))
    # button
    it.append(circle(512, 1016, 9, "clothes.shadow", "clothes.line", 3))
    if school:
        # emblem on the wearer's left breast
        it.append(
            path(
                "M640 930 L690 930 L690 956 C690 976 676 986 665 992 C654 986 640 976 640 956 Z",
                "clothes_accent",
                "clothes_accent.line",
                3.5,
            )
        )
        it.append(path("M665 942 L672 958 L665 974 L658 958 Z", "clothes_accent.highlight"))
        it.append(taper(626, 1000, 670, 1004, 712, 996, 2.4, "clothes.line"))
    else:
        # pocket square
        it.append(path("M636 974 L664 948 L676 962 L690 944 L700 970 Z", WHITE, WHITE_LN, 3))
        it.append(taper(628, 976, 670, 982, 714, 972, 2.4, "clothes.line"))
    it.append(garment_outline(440, vee, "clothes.line"))
    return svg(it)


def hoodie():
    """Hood down: a thick roll of hood around the neck, its two front edges (lined in the accent colour)
    crossing in a V, drawstrings hanging from eyelets."""
    vee = "C566 800 536 836 512 858 C488 836 458 800 440 774 Z"
    d = garment(440, vee)
    it = [fill_only(d, "clothes"), right_shade("clothes.shadow"), left_shade("clothes.shadow")]
    it += seams("clothes.line")
    # slouchy cotton bunches at the armpits and hangs from the shoulders
    it += folds("clothes.line", *ARMPIT_FOLDS, SLEEVE_FOLD, (332, 868, 302, 894, 286, 934, 2.2))
    # shadow the hood roll casts on the chest
    it.append(
        path(
            "M350 820 C400 880 470 900 512 900 C554 900 624 880 674 820 L674 850 C620 910 560 930 512 930 "
            "C464 930 404 910 350 850 Z",
            "clothes.shadow",
        )
    )
    # the hood's bulk piled around the back of the neck (only the part beside the neck shows)
    roll_l = (
        "M452 730 C420 728 380 744 356 772 C336 796 336 824 352 842 C380 872 440 890 500 896 "
        "L512 870 C488 846 462 810 452 776 Z"
    )
    roll = [
        path(roll_l, "clothes", "clothes.line", 6),
        taper(372, 790, 380, 830, 430, 860, 2.4, "clothes.line"),
        taper(420, 746, 400, 770, 396, 800, 2, "clothes.line"),
    ]
    it += both(roll)
    it.append(
        path(
            "M572 730 C604 728 644 744 668 772 C688 796 688 824 672 842 C650 866 610 882 560 892 "
            "C620 860 656 820 640 780 C630 758 604 742 572 736 Z",
            "clothes.shadow",
        )
    )
    it.append(
        path(
            "M452 730 C430 730 400 740 380 756 C410 748 436 748 452 752 Z",
            "clothes.highlight",
            extra='opacity="0.7"',
        )
    )
    # lining along the front edges
    lin = path(
        "M452 770 C462 806 486 842 512 866 L512 892 C478 866 448 826 434 778 C438 760 444 752 452 748 Z",
        "clothes_accent",
        "clothes_accent.line",
        4,
    )
    it += both([lin])
    it.append(
        path(
            "M572 770 C562 806 538 842 512 866 L512 892 C530 878 546 860 558 842 C570 820 578 796 582 772 Z",
            "clothes_accent.shadow",
        )
    )
    # drawstrings with eyelets and aglets
    for x0, x1, bend in ((478, 470, -8), (546, 556, 10)):
        it.append(circle(x0, 884, 7, "clothes.shadow", "clothes.line", 3))
        it.append(
            path(
                f"M{x0} 884 C{x0 + bend} 930 {x1 - bend} 960 {x1} 996",
                None,
                "clothes_accent.line",
                9,
                line=False,
            )
        )
        it.append(
            path(
                f"M{x0} 884 C{x0 + bend} 930 {x1 - bend} 960 {x1} 996",
                None,
                "clothes_accent.highlight",
                4.5,
                line=False,
            )
        )
        it.append(path(f"M{x1 - 6} 992 L{x1 + 6} 992 L{x1 + 5} 1020 L{x1 - 5} 1020 Z", METAL, METAL_LN, 3))
    it.append(garment_outline(440, vee, "clothes.line"))
    return svg(it)


def dress_shirt():
    vee = "C572 810 548 850 512 880 C476 850 452 810 440 774 Z"
    d = garment(440, vee)
    it = [fill_only(d, "clothes"), right_shade("clothes.shadow"), left_shade("clothes.shadow")]
    it += seams("clothes.line")
    it += folds("clothes.line", *ARMPIT_FOLDS, SLEEVE_FOLD)  # a shirt creases freely
    # placket and buttons
    it.append(path("M504 880 L520 880 L524 1040 L500 1040 Z", "clothes.highlight"))
    it += [
        taper(500, 882, 499, 960, 500, 1040, 1.8, "clothes.line"),
        taper(524, 882, 525, 960, 524, 1040, 1.8, "clothes.line"),
    ]
    for y in (930, 1000):
        it.append(circle(512, y, 6, "clothes.highlight", "clothes.line", 2.5))
    # open collar: stand band around the neck, leaves spreading outward
    leaf = (
        "M446 726 C440 750 438 768 438 782 C456 826 476 858 500 878 C486 846 478 820 470 790 "
        "C462 770 454 750 454 734 Z"
    )
    leaf2 = "M440 784 C420 808 398 830 372 846 C408 856 446 866 500 878 C478 856 456 824 440 784 Z"
    lf = [
        path(leaf, "clothes", "clothes.line", 4.5),
        path(leaf2, "clothes", "clothes.line", 4.5),
        taper(420, 830, 446, 846, 486, 866, 1.6, "clothes.shadow"),
    ]
    it += both(lf)
    it.append(
        path(
            "M446 726 C440 750 438 768 438 782 C446 800 452 812 460 826 C456 800 452 770 454 734 Z",
            "clothes.shadow",
        )
    )
    it.append(
        path(
            "M584 784 C604 808 626 830 652 846 C620 852 590 858 560 866 C586 842 600 820 600 800 Z",
            "clothes.shadow",
        )
    )
    it.append(taper(460, 1000, 480, 1010, 500, 1030, 2, "clothes.line"))
    it.append(garment_outline(440, vee, "clothes.line"))
    return svg(it)


def kimono(pattern=False, slot="clothes", collar="clothes_accent"):
    """Crossed collar, left over right: the wearer's left panel (viewer's right) lies on top, its edge
    running from the viewer's right of the neck down to the lower left (the letter y)."""
    top_edge = "C570 830 530 900 430 1040"
    d = garment(440, "C560 810 528 846 512 866 C490 840 452 800 440 774 Z")
    it = [fill_only(d, slot)]
    it += [right_shade(slot + ".shadow"), left_shade(slot + ".shadow")]
    if pattern:
        it += yukata_pattern(collar)
    it += seams(slot + ".line", 224)
    it += folds(slot + ".line", *ARMPIT_FOLDS, SLEEVE_FOLD)
    # under panel (viewer's left) collar: from the left of the neck to the crossing
    under = (
        "M440 774 C458 810 488 846 512 866 L540 880 C500 860 460 830 434 800 "
        "C420 790 412 790 404 792 L420 776 Z"
    )
    it.append(
        path("M440 774 C458 810 488 846 512 866 L520 850 C494 830 470 806 452 774 Z", WHITE, WHITE_LN, 3)
    )
    it.append(path("M452 774 C470 806 494 830 520 850 L540 866 C500 846 468 812 440 774 Z", WHITE_SH))
    it.append(
        path(
            "M440 774 C458 810 488 846 512 866 L546 888 C492 878 430 836 398 788 Z",
            collar,
            collar + ".line",
            4,
        )
    )
    it.append(
        path("M398 788 C430 836 492 878 546 888 L534 876 C486 864 436 828 410 790 Z", collar + ".shadow")
    )
    # the top panel: from the right of the neck down to the lower left
    top = "M584 774 " + top_edge + " L1040 1040 L1040 760 Z"
    it.append(taper(584, 778, 540, 900, 420, 1036, 14, slot + ".shadow"))  # cast shadow on the under panel
    it.append(
        path("M584 774 C572 830 532 900 432 1040 L476 1040 C552 930 586 850 600 776 Z", WHITE, WHITE_LN, 3)
    )
    it.append(
        path(
            "M600 776 C586 850 552 930 476 1040 L540 1040 C604 940 626 850 630 784 Z",
            collar,
            collar + ".line",
            4,
        )
    )
    it.append(path("M600 776 C596 800 590 830 584 850 C600 830 612 808 616 780 Z", collar + ".shadow"))
    it.append(taper(612, 800, 600, 900, 520, 1034, 2, collar + ".highlight"))
    # a fold from the shoulder
    it += [
        taper(680, 870, 720, 930, 730, 1010, 2.4, slot + ".line"),
        taper(300, 900, 330, 960, 340, 1020, 2.2, slot + ".line"),
    ]
    it.append(garment_outline(440, "C560 810 528 846 512 866 C490 840 452 800 440 774 Z", slot + ".line"))
    return svg(it)


def haori():
    """An open haori jacket over a kimono (crossed left over right), tied with himo cords."""
    inner = []
    # kimono underneath in the accent colour, crossed like the kimono part
    inner.append(path("M440 774 C470 800 554 800 584 774 L600 1040 L424 1040 Z", "clothes_accent"))
    inner.append(
        path("M440 774 C458 810 488 846 512 866 L520 850 C494 830 470 806 452 774 Z", WHITE, WHITE_LN, 3)
    )
    inner.append(taper(590, 778, 548, 880, 470, 1036, 10, "clothes_accent.shadow"))
    inner.append(
        path("M584 774 C572 830 540 900 488 1040 L516 1040 C560 930 590 850 600 776 Z", WHITE, WHITE_LN, 3)
    )
    inner.append(taper(430, 800, 480, 850, 512, 872, 2, "clothes_accent.line"))
    d = garment(440, "C600 860 584 960 576 1040 L448 1040 C440 960 424 860 440 774 Z")
    it = inner + [fill_only(d, "clothes"), right_shade("clothes.shadow", 660), left_shade("clothes.shadow")]
    it += seams("clothes.line", 224)
    it += folds("clothes.line", ARMPIT_FOLDS[0], SLEEVE_FOLD)
    band = "M440 774 C424 860 440 960 448 1040 L412 1040 C402 960 392 860 404 790 C414 782 426 776 440 774 Z"
    bl = [path(band, "clothes.shadow", "clothes.line", 4.5)]
    it += both(bl)
    # himo: two cords tied in a knot with a round tassel
    it += [
        path("M436 956 C470 966 492 970 506 970", None, WHITE_LN, 9, line=False),
        path("M436 956 C470 966 492 970 506 970", None, WHITE, 5, line=False),
        path("M588 956 C554 966 532 970 518 970", None, WHITE_LN, 9, line=False),
        path("M588 956 C554 966 532 970 518 970", None, WHITE, 5, line=False),
        circle(512, 972, 14, WHITE, WHITE_LN, 3.5),
        circle(508, 968, 4, "#ffffff"),
        path("M506 984 L518 984 L522 1030 L502 1030 Z", WHITE, WHITE_LN, 3),
    ]
    it.append(
        garment_outline(440, "C600 860 584 960 576 1040 L448 1040 C440 960 424 860 440 774 Z", "clothes.line")
    )
    return svg(it)


def yukata_pattern(accent):
    """Printed sakura sprays: a few clusters, each a large bloom with one or two smaller ones and a loose
    petal, flat (no outline) in the accent's light tone with a darker centre, like a stencil print."""
    rnd = random.Random(11)
    out = []

    def inside(x, y, r):
        lx = left_x_at(y)
        if x - r < lx + 10 or x + r > 1024 - lx - 10 or y - r < 800:
            return False
        return not (abs(x - 512) < 84 + (y - 780) * 0.25 and y < 920)

    for cx, cy in ((236, 912), (772, 884), (396, 1012), (650, 1030), (128, 1020), (890, 1010)):
        blooms = [(cx, cy, rnd.uniform(30, 36))]
        for _ in range(2):
            a = rnd.uniform(0, 2 * math.pi)
            blooms.append((cx + 52 * math.cos(a), cy + 44 * math.sin(a), rnd.uniform(15, 20)))
        for x, y, r in blooms:
            if not inside(x, y, r * 0.6):
                continue
            out.append(sakura_shape(x, y, r, rnd.uniform(0, 72), accent + ".highlight"))
            out.append(sakura_shape(x, y, r * 0.34, rnd.uniform(0, 72), accent))
        # one loose petal drifting beside the spray
        a = rnd.uniform(0, 2 * math.pi)
        px, py = cx + 74 * math.cos(a), cy + 60 * math.sin(a)
        if inside(px, py, 10):
            out.append(
                path(
                    f"M{fmt(px - 9)} {fmt(py)} C{fmt(px - 4)} {fmt(py - 9)} {fmt(px + 7)} {fmt(py - 8)} "
                    f"{fmt(px + 10)} {fmt(py - 2)} C{fmt(px + 4)} {fmt(py + 7)} {fmt(px - 4)} {fmt(py + 6)} "
                    f"{fmt(px - 9)} {fmt(py)} Z",
                    accent + ".highlight",
                )
            )
    return out


def sweater():
    d = garment(440, CREW)
    it = [path("M440 760 L584 760 L560 830 L464 830 Z", WHITE)]
    it += [
        fill_only(d, "clothes"),
        path("M440 774 C456 826 568 826 584 774 L604 784 C590 862 434 862 420 784 Z", "clothes.shadow"),
        right_shade("clothes.shadow"),
        left_shade("clothes.shadow"),
    ]
    it += seams("clothes.line")
    # knit is thick: soft, rounded folds in the shadow tone rather than sharp creases
    it += folds("clothes.shadow", *KNIT_FOLDS)
    it += folds("clothes.line", (220, 964, 250, 940, 286, 932, 1.8))
    # cable knit columns
    for cx in (400, 624):
        for y in range(880, 1040, 34):
            it.append(taper(cx - 14, y, cx, y + 8, cx + 14, y + 30, 3, "clothes.shadow"))
            it.append(taper(cx + 14, y, cx, y + 8, cx - 14, y + 30, 3, "clothes.shadow"))
        it += [
            taper(cx - 26, 870, cx - 28, 960, cx - 26, 1040, 1.6, "clothes.line"),
            taper(cx + 26, 870, cx + 28, 960, cx + 26, 1040, 1.6, "clothes.line"),
        ]
    # ribbed neck band
    it.append(crew_band("clothes", 832, 22))
    for i in range(15):
        t = i / 14
        x = 432 + 160 * t
        y = 790 + 52 * math.sin(t * math.pi) * 0.93
        it.append(
            taper(x, y - 4, x + (x - 512) * 0.02, y + 6, x + (x - 512) * 0.06, y + 16, 1.4, "clothes.line")
        )
    # shirt collar points lying on the band
    col = path(
        "M452 776 C462 800 478 822 496 836 C478 846 456 852 434 856 C440 830 440 800 452 776 Z",
        WHITE,
        WHITE_LN,
        4,
    )
    it += both([col])
    it.append(path("M452 776 C446 800 444 826 440 852 L434 856 C440 830 440 800 452 776 Z", WHITE_SH))
    it.append(garment_outline(440, CREW, "clothes.line"))
    return svg(it)


def cardigan():
    vee = "C572 850 540 930 512 980 C484 930 452 850 440 774 Z"
    it = [
        path("M430 760 L594 760 L580 1040 L444 1040 Z", WHITE),
        path("M512 830 L594 760 L590 1040 L540 1040 C530 960 520 900 512 830 Z", WHITE_SH),
    ]
    # blouse: round (Peter Pan) collar and a small ribbon
    pp = path(
        "M446 742 C440 770 438 790 436 800 C448 838 486 850 510 830 C500 806 470 790 458 760 Z",
        WHITE,
        WHITE_LN,
        4,
    )
    it += both([pp])
    it.append(
        path(
            "M446 742 C440 770 438 790 436 800 C442 814 452 826 464 834 C452 810 448 780 452 752 Z", WHITE_SH
        )
    )
    it += [
        path(
            "M512 830 C494 812 470 812 464 826 C466 842 490 846 512 836 Z",
            "clothes_accent",
            "clothes_accent.line",
            3.5,
        ),
        path(
            "M512 830 C530 812 554 812 560 826 C558 842 534 846 512 836 Z",
            "clothes_accent",
            "clothes_accent.line",
            3.5,
        ),
        path("M506 838 L494 886 L508 878 L512 890 L514 840 Z", "clothes_accent", "clothes_accent.line", 3),
        path("M518 838 L534 884 L520 878 L514 890 L512 840 Z", "clothes_accent", "clothes_accent.line", 3),
        ellipse(512, 832, 10, 9, "clothes_accent.shadow", "clothes_accent.line", 3),
    ]
    # blouse buttons
    for y in (900, 960, 1020):
        it.append(circle(512, y, 5, WHITE, WHITE_LN, 2))
    d = garment(440, vee)
    it += [fill_only(d, "clothes"), right_shade("clothes.shadow", 650), left_shade("clothes.shadow")]
    it += seams("clothes.line")
    # the cardigan too: one fold at each armpit, and the front bands cast a shadow
    it += folds("clothes.line", ARMPIT_FOLDS[0], SLEEVE_FOLD)
    it += both([taper(376, 860, 402, 926, 462, 974, 5.5, "clothes.shadow")])
    # ribbed front bands
    band = "M440 774 C452 850 484 930 512 980 L512 1040 L480 1040 L480 1000 C454 940 428 860 420 784 Z"
    it += both([path(band, "clothes", "clothes.line", 4)])
    for y in range(800, 1040, 14):
        t = (y - 780) / 220
        xa = 430 + 60 * min(1, t) ** 1.3
        it.append(taper(xa, y, xa + 12, y + 2, xa + 22, y + 8, 1.2, "clothes.line"))
        it.append(taper(1024 - xa, y, 1012 - xa, y + 2, 1002 - xa, y + 8, 1.2, "clothes.line"))
    for y in (1000,):
        it.append(circle(498, y + 12, 7, "clothes.highlight", "clothes.line", 2.5))
    it.append(garment_outline(440, vee, "clothes.line"))
    return svg(it)


def track_jacket():
    collar_top = 712
    d = garment(440, "C560 800 464 800 440 774 Z")
    it = [fill_only(d, "clothes"), right_shade("clothes.shadow"), left_shade("clothes.shadow")]
    it += seams("clothes.line")
    it += folds("clothes.line", *ARMPIT_FOLDS, SLEEVE_FOLD)
    # two accent stripes down each sleeve
    for off in (0, 20):
        s = [
            path(
                f"M{206 - off * 0.6} {852 + off * 0.3} C{186 - off} 900 {170 - off} 960 {166 - off} 1040 "
                f"L{178 - off} 1040 C{182 - off} 960 {196 - off} 900 {214 - off * 0.6} {850 + off * 0.3} Z",
                "clothes_accent",
                "clothes_accent.line",
                2.5,
            )
        ]
        it += both(s)
    # stand collar, zipped, open a little at the top so it flares
    col = (
        "M444 716 C470 724 490 726 512 726 C534 726 554 724 580 716 C586 740 590 766 592 790 "
        "C560 812 540 820 512 822 C484 820 464 812 432 790 C434 766 438 740 444 716 Z"
    )
    # the stand collar casts a shadow on the chest below it
    it.append(
        collar_shadow(
            "M428 788 C464 812 484 820 512 822 C540 820 560 812 596 788 C590 818 556 846 512 848 "
            "C468 846 434 818 428 788 Z",
            "clothes.shadow",
        )
    )
    it.append(path(col, "clothes", "clothes.line", 6))
    it.append(
        path(
            "M580 716 C586 740 590 766 592 790 C576 802 560 810 544 815 C556 790 560 750 558 722 Z",
            "clothes.shadow",
        )
    )
    it.append(
        path(
            "M444 716 C470 724 490 726 512 726 C534 726 554 724 580 716 L580 740 C550 752 474 752 444 740 Z",
            "clothes.shadow",
        )
    )
    it.append(
        path(
            "M444 716 C470 724 490 726 512 726 C534 726 554 724 580 716 L580 724 C550 734 474 734 444 724 Z",
            "clothes_accent",
            "clothes_accent.line",
            2.5,
        )
    )
    # zipper down the middle
    it.append(path("M508 726 L516 726 L516 1040 L508 1040 Z", METAL_SH))
    for y in range(736, 1040, 12):
        it.append(path(f"M506 {y} L518 {y} L518 {y + 5} L506 {y + 5} Z", METAL_LN))
    it.append(path("M505 790 L519 790 L520 806 L515 842 L509 842 L504 806 Z", METAL, METAL_LN, 3))
    it.append(taper(508, 804, 510, 818, 512, 834, 1.5, METAL_LN))
    it += [
        taper(470, 860, 488, 900, 500, 950, 2, "clothes.line"),
        taper(640, 880, 600, 930, 560, 980, 2.2, "clothes.line"),
    ]
    it.append(garment_outline(440, "C560 800 464 800 440 774 Z", "clothes.line"))
    return svg(it)


def overalls():
    d = garment(440, CREW)
    it = [
        fill_only(d, "clothes_accent"),
        path(
            "M440 774 C456 826 568 826 584 774 L604 784 C590 862 434 862 420 784 Z", "clothes_accent.shadow"
        ),
        right_shade("clothes_accent.shadow"),
        left_shade("clothes_accent.shadow"),
    ]
    it += seams("clothes_accent.line")
    it += folds("clothes_accent.line", ARMPIT_FOLDS[0], SLEEVE_FOLD)
    it.append(crew_band("clothes_accent"))
    # bib with pocket
    bib = "M392 918 C460 908 564 908 632 918 L640 1040 L384 1040 Z"
    it.append(path(bib, "clothes", "clothes.line", 5))
    it.append(path("M600 916 C614 916 624 917 632 918 L640 1040 L610 1040 Z", "clothes.shadow"))
    it.append(
        path("M452 950 L572 950 L566 1010 C530 1020 494 1020 458 1010 Z", "clothes", "clothes.line", 3.5)
    )
    it.append(
        path(
            "M458 1010 C494 1020 530 1020 566 1010 L566 1000 C530 1010 494 1010 458 1000 Z", "clothes.shadow"
        )
    )
    for x in range(400, 630, 10):
        it.append(taper(x, 926, x + 4, 926, x + 6, 926, 1.3, "clothes.highlight"))
    # straps over the shoulders with brass buttons
    st = [
        path(
            "M396 924 L440 924 C420 880 390 830 380 806 L336 812 C352 850 372 890 396 924 Z",
            "clothes",
            "clothes.line",
            4.5,
        ),
        path("M380 806 L336 812 C344 830 350 844 356 856 C366 840 374 824 380 806 Z", "clothes.shadow"),
        circle(416, 918, 13, METAL, METAL_LN, 3.5),
        circle(412, 914, 4, "#fff6d8"),
        path("M396 890 L440 890 L440 904 L396 904 Z", "clothes.shadow"),
    ]
    it += both(st)
    it.append(garment_outline(440, CREW, "clothes_accent.line"))
    return svg(it)


def off_shoulder():
    """Off-shoulder blouse: a gathered elastic neckline across the upper arms, a small bow."""
    segs = tail_from_x(shoulder(K, DY), left_x_at(972) + 1)
    xe, ye = segs[0][0]
    span = 1024 - 2 * xe

    def curve(t, off=0.0):
        x = xe + span * t
        y = ye - 84 * math.sin(math.pi * t) ** 0.55 + off
        return x, y

    n = 40
    top = [curve(i / n) for i in range(n + 1)]
    bot = [curve(i / n, 40 + 5 * (i % 2)) for i in range(n + 1)]
    right = mirror_rev(segs)
    body = (
        "M"
        + " L".join(f"{fmt(x)} {fmt(y)}" for x, y in top)
        + " "
        + seg_d([tuple((1024 - x, y) for (x, y) in s) for s in segs], move=False)
        + "L1040 1040 L-20 1040 "
        + f"L{fmt(segs[-1][3][0])} {fmt(segs[-1][3][1])} "
        + seg_d(mirror_rev([tuple((1024 - x, y) for (x, y) in s) for s in segs]), move=False).replace(
            "C", "C", 1
        )
        + "Z"
    )
    rsegs = [tuple((1024 - x, y) for (x, y) in s) for s in segs]
    lrev = mirror_rev(rsegs)
    it = [
        path(body, "clothes"),
        path(
            f"M690 930 L{fmt(1024 - xe)} {fmt(ye)} "
            + seg_d(rsegs, move=False)
            + "L1040 1040 L820 1040 C800 1000 760 950 690 930 Z",
            "clothes.shadow",
        ),
        path(
            f"M{fmt(lrev[0][0][0])} {fmt(lrev[0][0][1])} "
            + seg_d(lrev, move=False)
            + "L150 950 C156 980 160 1010 160 1040 L-20 1040 Z",
            "clothes.shadow",
        ),
    ]
    # soft folds falling from the gathers
    for x0, bend in ((330, -10), (420, -4), (600, 6), (700, 12)):
        y0 = curve((x0 - 30) / 964, 44)[1]
        it.append(taper(x0, y0, x0 + bend, y0 + 50, x0 + bend * 2, 1036, 2.4, "clothes.line"))
    band = (
        "M"
        + " L".join(f"{fmt(x)} {fmt(y)}" for x, y in top)
        + " L"
        + " L".join(f"{fmt(x)} {fmt(y)}" for x, y in reversed(bot))
        + " Z"
    )
    it.append(path(band, "clothes", "clothes.line", 4.5))
    sh = [curve(i / n, 30) for i in range(n + 1)]
    it.append(
        path(
            "M"
            + " L".join(f"{fmt(x)} {fmt(y)}" for x, y in sh)
            + " L"
            + " L".join(f"{fmt(x)} {fmt(y)}" for x, y in reversed(bot))
            + " Z",
            "clothes.shadow",
        )
    )
    for i in range(1, n):
        x, y = top[i]
        xb, yb = bot[i]
        it.append(taper(x + 4, y + 6, (x + xb) / 2 + 5, (y + yb) / 2, xb + 6, yb - 4, 1.4, "clothes.line"))
    it.append(path("M" + " L".join(f"{fmt(x)} {fmt(y)}" for x, y in top), None, "clothes.line", 5))
    it.append(stroke_only(seg_d(rsegs), "clothes.line"))
    it.append(stroke_only(seg_d(segs), "clothes.line"))
    # little bow at the centre
    cx, cy = 512, curve(0.5, 18)[1]
    it += [
        path(
            f"M{cx} {cy} C{cx - 20} {cy - 22} {cx - 46} {cy - 16} {cx - 44} {cy + 4} "
            f"C{cx - 40} {cy + 20} {cx - 18} {cy + 14} {cx} {cy + 4} Z",
            "clothes_accent",
            "clothes_accent.line",
            3.5,
        ),
        path(
            f"M{cx} {cy} C{cx + 20} {cy - 22} {cx + 46} {cy - 16} {cx + 44} {cy + 4} "
            f"C{cx + 40} {cy + 20} {cx + 18} {cy + 14} {cx} {cy + 4} Z",
            "clothes_accent",
            "clothes_accent.line",
            3.5,
        ),
        path(
            f"M{cx - 6} {cy + 6} L{cx - 20} {cy + 54} L{cx - 6} {cy + 46} L{cx} {cy + 58} L{cx + 2} {cy + 8} Z",
            "clothes_accent",
            "clothes_accent.line",
            3,
        ),
        path(
            f"M{cx + 6} {cy + 6} L{cx + 22} {cy + 52} L{cx + 8} {cy + 46} L{cx + 2} {cy + 58} L{cx} {cy + 8} Z",
            "clothes_accent",
            "clothes_accent.line",
            3,
        ),
        ellipse(cx, cy + 2, 10, 9, "clothes_accent.shadow", "clothes_accent.line", 3),
    ]
    return svg(it)


def maid():
    vee = "C560 800 464 800 440 774 Z"
    d = garment(440, vee)
    it = [fill_only(d, "clothes"), right_shade("clothes.shadow"), left_shade("clothes.shadow")]
    it += seams("clothes.line")
    it += folds("clothes.line", ARMPIT_FOLDS[0], SLEEVE_FOLD)
    # puff sleeve caps
    pf = [
        path(
            "M244 842 C200 822 128 844 104 896 C90 930 100 964 128 974 C170 988 226 968 250 940 "
            "C262 900 260 866 244 842 Z",
            "clothes",
            "clothes.line",
            5,
        ),
        path(
            "M104 896 C90 930 100 964 128 974 C170 988 226 968 250 940 C220 956 170 962 140 952 "
            "C116 944 104 924 104 896 Z",
            "clothes.shadow",
        ),
        taper(126, 890, 150, 924, 160, 960, 2, "clothes.line"),
        taper(170, 862, 190, 910, 200, 964, 2, "clothes.line"),
        taper(214, 850, 230, 900, 236, 950, 2, "clothes.line"),
        path("M140 868 C170 846 210 840 236 848", None, "clothes.highlight", 4, line=False),
    ]
    # apron bib with frilled edges
    bib = "M420 900 C470 890 554 890 604 900 L616 1040 L408 1040 Z"
    fr = []
    for side in (-1, 1):
        x0 = 512 + side * 96
        for i in range(8):
            y = 896 + i * 18
            x = x0 + side * (i * 1.5)
            fr.append(
                path(
                    f"M{fmt(x)} {y} C{fmt(x + side * 22)} {y + 2} {fmt(x + side * 22)} {y + 18} {fmt(x)} {y + 20} Z",
                    WHITE,
                    WHITE_LN,
                    3,
                )
            )
    it += fr
    it.append(path(bib, WHITE, WHITE_LN, 4.5))
    it.append(path("M580 896 C590 897 598 898 604 900 L616 1040 L590 1040 Z", WHITE_SH))
    # frilly round collar
    coll = "M446 744 C420 770 410 800 420 826 C440 850 480 856 512 850 C500 820 470 790 458 760 Z"
    it += both([path(coll, WHITE, WHITE_LN, 4)])
    for x in (430, 452, 474, 494):
        it.append(taper(x, 848 - (x - 430) * 0.1, x + 2, 840, x + 6, 828, 1.5, WHITE_LN))
        it.append(taper(1024 - x, 848 - (x - 430) * 0.1, 1022 - x, 840, 1018 - x, 828, 1.5, WHITE_LN))
    # ribbon bow at the throat
    it += [
        path(
            "M512 842 C490 820 458 822 456 844 C460 866 492 862 512 852 Z",
            "clothes_accent",
            "clothes_accent.line",
            3.5,
        ),
        path(
            "M512 842 C534 820 566 822 568 844 C564 866 532 862 512 852 Z",
            "clothes_accent",
            "clothes_accent.line",
            3.5,
        ),
        path("M504 852 L488 900 L502 892 L508 904 L512 854 Z", "clothes_accent", "clothes_accent.line", 3),
        path("M520 852 L538 898 L524 892 L516 904 L512 854 Z", "clothes_accent", "clothes_accent.line", 3),
        ellipse(512, 847, 11, 10, "clothes_accent.shadow", "clothes_accent.line", 3),
    ]
    it.append(garment_outline(440, vee, "clothes.line"))
    it += both(pf)
    return svg(it)


def qipao():
    d = garment(440, "C560 800 464 800 440 774 Z")
    it = [fill_only(d, "clothes"), right_shade("clothes.shadow"), left_shade("clothes.shadow")]
    it += seams("clothes.line")
    it += folds("clothes.line", ARMPIT_FOLDS[0], SLEEVE_FOLD)  # fitted silk: one fold
    # the front flap: from the collar centre curving to the wearer's right armpit (viewer's left), piped
    flap = "M512 806 C500 850 440 880 380 890 C330 898 290 910 270 940"
    it.append(taper(512, 810, 420, 900, 272, 950, 8, "clothes.shadow"))
    it.append(path(flap, None, "clothes_accent.line", 16, line=False))
    it.append(path(flap, None, "clothes_accent", 10, line=False))
    # frog buttons along it
    for x, y in ((494, 850), (404, 888), (316, 904)):
        for sx in (-1, 1):
            loop = (
                f"M{x} {y} C{x + sx * 8} {y - 16} {x + sx * 26} {y - 15} {x + sx * 26} {y} "
                f"C{x + sx * 26} {y + 15} {x + sx * 8} {y + 16} {x} {y} Z"
            )
            it.append(path(loop, None, "clothes_accent.line", 11, line=False))
            it.append(path(loop, None, "clothes_accent", 6, line=False))
        it.append(circle(x, y, 8, "clothes_accent", "clothes_accent.line", 3))
    # embroidery: a plum blossom on the wearer's left
    it.append(sakura_shape(650, 950, 22, 10, "clothes_accent.highlight", "clothes_accent", 2))
    it.append(circle(650, 950, 5, "clothes_accent"))
    it.append(sakura_shape(700, 1000, 14, 40, "clothes_accent.highlight", "clothes_accent", 2))
    # mandarin collar: a band around the neck with rounded corners, piped in the accent
    col = (
        "M446 730 C470 738 554 738 578 730 C584 752 588 776 590 796 C560 812 540 816 526 812 "
        "L512 812 L498 812 C484 816 464 812 434 796 C436 776 440 752 446 730 Z"
    )
    # the mandarin collar casts a shadow on the chest below it
    it.append(
        collar_shadow(
            "M432 794 C464 812 484 818 512 816 C540 818 560 812 592 794 C586 818 554 838 512 840 "
            "C470 838 438 818 432 794 Z",
            "clothes.shadow",
        )
    )
    it.append(path(col, "clothes", "clothes_accent", 7, line=False))
    it.append(path(col, None, "clothes.line", 2.5))
    it.append(path("M446 730 C470 738 554 738 578 730 L582 758 C552 770 472 770 442 758 Z", "clothes.shadow"))
    it.append(
        path(
            "M578 730 C584 752 588 776 590 796 C576 804 562 810 550 812 C560 790 566 760 566 736 Z",
            "clothes.shadow",
        )
    )
    it.append(path("M512 760 L512 812", None, "clothes_accent.line", 3))
    it.append(garment_outline(440, "C560 800 464 800 440 774 Z", "clothes.line"))
    return svg(it)


def techwear():
    d = garment(440, "C560 800 464 800 440 774 Z")
    it = [fill_only(d, "clothes"), right_shade("clothes.shadow"), left_shade("clothes.shadow")]
    it += seams("clothes.line")
    it += folds("clothes.line", *ARMPIT_FOLDS, SLEEVE_FOLD)
    # high funnel collar with an off-centre zip
    col = (
        "M438 700 C480 710 544 710 586 700 C590 740 596 780 604 806 C560 830 470 830 420 806 "
        "C428 780 434 740 438 700 Z"
    )
    it.append(path(col, "clothes", "clothes.line", 6))
    it.append(path("M438 700 C480 710 544 710 586 700 L588 744 C540 760 480 760 436 744 Z", "clothes.shadow"))
    it.append(
        path(
            "M586 700 C590 740 596 780 604 806 C590 814 576 818 560 822 C572 790 576 740 572 704 Z",
            "clothes.shadow",
        )
    )
    # asymmetric zip: from the collar's right down across the chest
    zp = "M548 708 C550 760 556 800 560 830 C570 900 590 960 600 1040"
    it.append(path(zp, None, "clothes.line", 8))
    it.append(path(zp, None, "clothes.highlight", 2.5, line=False))
    it.append(
        path(
            "M541 760 L557 760 L558 776 L553 808 L547 808 L542 776 Z",
            "clothes_accent",
            "clothes_accent.line",
            3,
        )
    )
    # chest strap with a buckle and tape panels
    it.append(
        path(
            "M180 948 C360 930 660 930 844 948 L846 974 C660 958 360 958 178 974 Z",
            "clothes.shadow",
            "clothes.line",
            4,
        )
    )
    it.append(path("M470 934 L540 934 L540 972 L470 972 Z", "#8c919e", "#3c404a", 4))
    it.append(path("M482 944 L528 944 L528 962 L482 962 Z", "clothes.shadow", "#3c404a", 3))
    it.append(path("M236 866 L300 856 L306 896 L240 906 Z", "clothes_accent", "clothes_accent.line", 3.5))
    it.append(path("M250 874 L290 868", None, "clothes_accent.line", 3))
    it.append(path("M250 886 L278 882", None, "clothes_accent.line", 3))
    # panel seams
    it += [
        taper(432, 812, 400, 880, 380, 940, 2.2, "clothes.line"),
        taper(660, 820, 690, 880, 700, 940, 2.2, "clothes.line"),
        taper(640, 980, 660, 1010, 700, 1030, 2, "clothes.line"),
    ]
    it.append(garment_outline(440, "C560 800 464 800 440 774 Z", "clothes.line"))
    return svg(it)


def hanbok():
    """Jeogori: a white dongjeong on the collar band, crossed left over right, a long goreum bow."""
    d = garment(440, "C560 810 528 846 512 866 C490 840 452 800 440 774 Z")
    it = [fill_only(d, "clothes"), right_shade("clothes.shadow"), left_shade("clothes.shadow")]
    it += seams("clothes.line", 224)
    it += folds("clothes.line", ARMPIT_FOLDS[0], SLEEVE_FOLD)
    it.append(
        path(
            "M424 774 C438 808 470 846 512 872 L530 884 C486 870 430 832 400 790 Z",
            "clothes_accent",
            "clothes_accent.line",
            4,
        )
    )
    it.append(taper(584, 778, 560, 880, 470, 940, 12, "clothes.shadow"))
    # top collar (git): from the right of the neck curving down to the chest, with the dongjeong
    git = "M584 774 C580 840 540 900 460 930 L470 958 C560 930 610 860 616 780 Z"
    it.append(path(git, "clothes_accent", "clothes_accent.line", 4))
    it.append(
        path("M584 774 C582 800 578 816 574 830 L596 836 C602 818 604 800 604 778 Z", WHITE, WHITE_LN, 3)
    )
    # goreum: the long ribbon bow tied on the wearer's right chest
    it += [
        path(
            "M470 940 C440 910 390 914 386 940 C392 964 440 966 470 952 Z",
            "clothes_accent",
            "clothes_accent.line",
            3.5,
        ),
        path(
            "M466 950 C450 990 430 1020 420 1040 L452 1040 C460 1010 472 980 480 954 Z",
            "clothes_accent",
            "clothes_accent.line",
            3.5,
        ),
        path(
            "M476 952 C486 990 492 1020 494 1040 L518 1040 C512 1010 500 980 486 950 Z",
            "clothes_accent",
            "clothes_accent.line",
            3.5,
        ),
        ellipse(476, 946, 12, 11, "clothes_accent.shadow", "clothes_accent.line", 3),
    ]
    it.append(path("M584 774 C600 790 620 800 640 806", None, "clothes.line", 3))
    it.append(garment_outline(440, "C560 810 528 846 512 866 C490 840 452 800 440 774 Z", "clothes.line"))
    return svg(it)


CLOTHING = [
    ("sailor", "Sailor uniform", "セーラー服", 1.0, ("feminine", "androgynous"), sailor),
    ("blazer", "School blazer", "ブレザー", 1.0, None, lambda: jacket(notch=True, school=True)),
    ("hoodie", "Hoodie", "パーカー", 1.0, None, hoodie),
    (
        "suit",
        "Suit and tie",
        "スーツ",
        0.8,
        ("masculine", "androgynous"),
        lambda: jacket(notch=True, school=False),
    ),
    ("kimono", "Kimono", "着物", 0.7, ("feminine", "androgynous"), kimono),
    ("yukata", "Yukata", "浴衣", 0.6, None, lambda: kimono(pattern=True)),
    ("haori", "Haori", "羽織", 0.6, ("masculine", "androgynous"), haori),
    ("sweater", "Sweater with collar", "襟付きセーター", 1.0, None, sweater),
    ("turtleneck", "Turtleneck", "タートルネック", 0.9, None, turtleneck),
    ("tshirt", "T-shirt", "Tシャツ", 1.0, None, t_shirt),
    ("dress_shirt", "Open-collar shirt", "開襟シャツ", 0.9, ("masculine", "androgynous"), dress_shirt),
    ("cardigan", "Cardigan and blouse", "カーディガン", 0.9, ("feminine", "androgynous"), cardigan),
    ("track_jacket", "Track jacket", "ジャージ", 0.8, None, track_jacket),
    ("overalls", "Overalls", "オーバーオール", 0.7, None, overalls),
    ("off_shoulder", "Off-shoulder top", "オフショルダー", 0.5, ["feminine"], off_shoulder),
    ("maid", "Maid dress", "メイド服", 0.4, ["feminine"], maid),
    ("qipao", "Mandarin collar", "チャイナ服", 0.6, ("feminine", "androgynous"), qipao),
    ("hanbok", "Hanbok jeogori", "韓服", 0.5, ("feminine", "androgynous"), hanbok),
    ("techwear", "Techwear jacket", "テックウェア", 0.7, ("masculine", "androgynous"), techwear),
]


def build():
    parts = []
    for pid, label, ja, wgt, pres, fn in CLOTHING:
        p = dict(id=pid, label=label, label_ja=ja, weight=wgt, svg=fn())
        if pres:
            p["presentation"] = pres
        parts.append(p)
    write_layer("clothing", [Part(**p) for p in parts], label="Clothing", label_ja="服", source=__file__)


if __name__ == "__main__":
    build()
