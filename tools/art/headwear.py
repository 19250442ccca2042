"""The headwear layer (over the hair volume: top ~y 90, sides ~x 264..760)."""

from __future__ import annotations

import math
import random

from helpers import Part, fmt, write_layer
from wardrobe_lib import METAL, METAL_LN, circle, ellipse, group, path, star_d, svg, taper

HAT_SHADOW = "#3a2f4a"  # neutral cast shadow on the hair below a brim (used with low opacity)


def knit_lines(slot, y_base, top, xs, bulge=1.0):
    out = []
    for x in xs:
        t = (x - 512) / 250
        out.append(
            taper(
                x,
                y_base - abs(t) * 6,
                x + t * 30 * bulge,
                (y_base + top) / 2,
                512 + (x - 512) * 0.25,
                top + 30,
                1.6,
                slot,
            )
        )
    return out


def cuff_band(slot, y0=250, y1=326, sag=18, x0=250, x1=774):
    d = (
        f"M{x0 + 2} {y0} C{x0 + 90} {y0 + sag * 1.4} {x1 - 90} {y0 + sag * 1.4} {x1 - 2} {y0} "
        f"C{x1 + 10} {y0 + 24} {x1 + 12} {y1 - 26} {x1 + 4} {y1} "
        f"C{x1 - 90} {y1 + sag * 1.4} {x0 + 90} {y1 + sag * 1.4} {x0 - 4} {y1} "
        f"C{x0 - 12} {y1 - 26} {x0 - 10} {y0 + 24} {x0 + 2} {y0} Z"
    )
    return d


def beanie(cat=False, pompom=True):
    it = []
    dome = "M256 300 C246 160 368 58 512 58 C656 58 778 160 768 300 Z"
    if cat:
        for s in (-1, 1):
            ear = (
                f"M{512 + s * 110} 84 C{512 + s * 150} 40 {512 + s * 190} 10 {512 + s * 226} 6 "
                f"C{512 + s * 240} 50 {512 + s * 240} 110 {512 + s * 228} 150 Z"
            )
            inner = (
                f"M{512 + s * 146} 78 C{512 + s * 170} 52 {512 + s * 196} 34 {512 + s * 216} 30 "
                f"C{512 + s * 224} 64 {512 + s * 222} 98 {512 + s * 214} 124 Z"
            )
            it.append(path(ear, "accessory", "accessory.line", 6))
            it.append(path(inner, "accessory.shadow"))
    it.append(path(dome, "accessory", "accessory.line", 6))
    it.append(path("M620 76 C700 110 760 180 768 300 L700 300 C700 220 676 140 620 76 Z", "accessory.shadow"))
    it.append(
        path(
            "M300 200 C330 140 380 100 440 84 C400 120 360 160 336 210 Z",
            "accessory.highlight",
            extra='opacity="0.8"',
        )
    )
    it += knit_lines("accessory.line", 262, 66, [300, 350, 400, 456, 512, 568, 624, 674, 724])
    band = cuff_band("accessory", 248, 326, 16, 248, 776)
    it.append(path(band, "accessory", "accessory.line", 6))
    it.append(
        path(
            "M700 262 C740 258 770 252 774 248 C786 272 788 300 780 326 C756 334 730 338 706 340 Z",
            "accessory.shadow",
        )
    )
    for i in range(25):
        t = i / 24
        x = 262 + 500 * t
        sag = 22 * math.sin(math.pi * t)
        it.append(
            taper(
                x,
                256 + sag,
                x + (x - 512) * 0.01,
                290 + sag,
                x + (x - 512) * 0.02,
                326 + sag,
                1.6,
                "accessory.line",
            )
        )
    it.append(path("M270 266 C380 290 640 290 754 266", None, "accessory.highlight", 3, line=False))
    if pompom and not cat:
        pts = []
        for i in range(18):
            a = 2 * math.pi * i / 18
            r = 46 if i % 2 == 0 else 38
            pts.append((512 + r * math.cos(a), 52 + r * math.sin(a)))
        d = (
            f"M{fmt(pts[0][0])} {fmt(pts[0][1])} "
            + " ".join(
                f"Q{fmt(512 + 52 * math.cos(2 * math.pi * (i + 0.5) / 18))} {fmt(52 + 52 * math.sin(2 * math.pi * (i + 0.5) / 18))} "
                f"{fmt(pts[(i + 1) % 18][0])} {fmt(pts[(i + 1) % 18][1])}"
                for i in range(18)
            )
            + " Z"
        )
        it.append(path(d, "accessory.highlight", "accessory.line", 5))
        it.append(
            path("M540 20 C566 34 572 62 556 86 C540 98 520 100 500 96 C536 80 548 50 540 20 Z", "accessory")
        )
        for a in (200, 240, 290, 330):
            r = math.radians(a)
            it.append(
                taper(
                    512 + 14 * math.cos(r),
                    52 + 14 * math.sin(r),
                    512 + 24 * math.cos(r),
                    52 + 24 * math.sin(r),
                    512 + 34 * math.cos(r),
                    52 + 34 * math.sin(r),
                    1.4,
                    "accessory.line",
                )
            )
    return svg(it)


def cap():
    it = []
    crown = "M262 318 C256 170 374 72 512 72 C650 72 768 170 762 318 Z"
    it.append(path(crown, "accessory", "accessory.line", 6))
    it.append(path("M620 92 C710 130 766 210 762 318 L690 318 C694 220 670 140 620 92 Z", "accessory.shadow"))
    it.append(
        path(
            "M310 200 C336 150 380 112 434 92 C396 130 362 170 340 214 Z",
            "accessory.highlight",
            extra='opacity="0.8"',
        )
    )
    for x0, bend in ((390, -20), (634, 20)):
        it.append(taper(512, 80, x0 + bend, 180, x0, 300, 2.2, "accessory.line"))
    it.append(ellipse(512, 78, 16, 10, "accessory", "accessory.line", 4))
    # front patch
    it.append(path(star_d(512, 226, 38, inner=0.48), "clothes_accent", "clothes_accent.line", 4))
    it.append(path(star_d(506, 220, 12, inner=0.48), "clothes_accent.highlight"))
    # visor, seen from a little above, with its shadow on the hair
    it.append(
        path(
            "M300 322 C380 356 644 356 724 322 C700 376 620 400 512 400 C404 400 324 376 300 322 Z",
            HAT_SHADOW,
            extra='opacity="0.28"',
        )
    )
    visor = "M282 308 C380 290 644 290 742 308 C756 340 700 376 512 378 C324 376 268 340 282 308 Z"
    it.append(path(visor, "accessory", "accessory.line", 6))
    it.append(
        path(
            "M300 318 C400 304 624 304 724 318 C718 330 700 344 676 352 C620 340 404 340 340 350 "
            "C318 342 304 330 300 318 Z",
            "accessory.shadow",
        )
    )
    it.append(path("M330 356 C420 372 604 372 694 356", None, "accessory.line", 2.5))
    return svg(it)


def beret():
    it = []
    # (drawn 18px lower than first sketched so it hugs the crown)
    body = (
        "M258 262 C232 200 280 124 400 96 C540 64 720 84 786 160 C818 200 800 244 752 264 "
        "C640 296 400 300 258 262 Z"
    )
    it.append(
        path(
            "M296 262 C400 296 640 296 730 266 L728 290 C640 318 400 318 294 288 Z",
            "accessory.shadow",
            "accessory.line",
            5,
        )
    )
    it.append(path(body, "accessory", "accessory.line", 6))
    it.append(
        path(
            "M786 160 C818 200 800 244 752 264 C640 296 420 300 300 272 C460 270 660 250 740 200 "
            "C770 180 784 168 786 160 Z",
            "accessory.shadow",
        )
    )
    it.append(
        path(
            "M330 150 C380 112 460 94 540 92 C470 110 400 130 350 168 Z",
            "accessory.highlight",
            extra='opacity="0.8"',
        )
    )
    it.append(
        path(
            "M520 92 C518 70 528 56 542 52 L548 62 C538 68 534 80 536 92 Z",
            "accessory",
            "accessory.line",
            3.5,
        )
    )
    it.append(taper(380, 236, 520, 256, 700, 230, 2, "accessory.line"))
    return svg([group(it, 'transform="translate(0 18)"')])


def witch_hat():
    it = []
    brim = "M150 316 C150 262 320 236 512 236 C704 236 874 262 874 316 C874 356 704 372 512 372 C320 372 150 356 150 316 Z"
    it.append(path(brim, "accessory", "accessory.line", 6))
    it.append(
        path(
            "M512 372 C704 372 874 356 874 316 C874 300 860 290 838 280 C840 320 700 346 512 350 "
            "C330 346 200 330 180 290 C160 300 150 308 150 316 C150 356 320 372 512 372 Z",
            "accessory.shadow",
        )
    )
    cone = (
        "M268 296 C330 220 390 140 440 90 C490 40 566 8 660 14 C706 18 742 34 760 52 "
        "C712 44 650 50 616 86 C594 112 598 150 620 190 C650 234 700 266 756 296 "
        "C640 322 384 322 268 296 Z"
    )
    it.append(path(cone, "accessory", "accessory.line", 6))
    it.append(
        path(
            "M760 52 C712 44 650 50 616 86 C594 112 598 150 620 190 C650 234 700 266 756 296 "
            "C720 304 690 308 660 311 C600 250 570 190 570 130 C572 80 640 36 760 52 Z",
            "accessory.shadow",
        )
    )
    it.append(
        path(
            "M380 200 C410 150 446 110 490 74 C466 116 440 160 420 214 Z",
            "accessory.highlight",
            extra='opacity="0.75"',
        )
    )
    band = "M300 258 C420 282 604 282 722 258 C734 272 746 284 756 296 C640 322 384 322 268 296 C278 284 290 272 300 258 Z"
    it.append(path(band, "clothes_accent", "clothes_accent.line", 4.5))
    it.append(
        path(
            "M680 266 C696 263 710 261 722 258 C734 272 746 284 756 296 C736 301 716 304 694 307 Z",
            "clothes_accent.shadow",
        )
    )
    it.append(
        path(
            "M484 268 L540 268 L540 314 L484 314 Z M496 280 L528 280 L528 302 L496 302 Z",
            "accessory.highlight",
            "accessory.line",
            3.5,
            extra='fill-rule="evenodd"',
        )
    )
    it.append(taper(240, 320, 380, 344, 520, 350, 2, "accessory.line"))
    return svg(it)


def straw_hat():
    it = []
    brim = "M130 300 C130 236 300 206 512 206 C724 206 894 236 894 300 C894 352 724 376 512 376 C300 376 130 352 130 300 Z"
    it.append(path(brim, "accessory", "accessory.line", 6))
    it.append(
        path(
            "M512 376 C724 376 894 352 894 300 C894 286 884 274 866 264 C860 320 700 352 512 354 "
            "C330 352 190 330 160 270 C140 280 130 290 130 300 C130 352 300 376 512 376 Z",
            "accessory.shadow",
        )
    )
    # woven rings on the brim
    for k in (0.86, 0.72):
        it.append(
            path(
                f"M{fmt(512 - 382 * k)} {fmt(300 - 2)} C{fmt(512 - 382 * k)} {fmt(300 + 60 * k)} "
                f"{fmt(512 + 382 * k)} {fmt(300 + 60 * k)} {fmt(512 + 382 * k)} 298",
                None,
                "accessory.line",
                2.2,
            )
        )
    crown = "M284 290 C270 190 320 80 512 76 C704 80 754 190 740 290 C640 314 384 314 284 290 Z"
    it.append(path(crown, "accessory", "accessory.line", 6))
    it.append(
        path(
            "M630 90 C720 120 752 200 740 290 C720 296 700 300 676 302 C690 220 676 140 630 90 Z",
            "accessory.shadow",
        )
    )
    band = "M280 240 C380 262 644 262 744 240 L740 290 C640 314 384 314 284 290 Z"
    it.append(path(band, "clothes_accent", "clothes_accent.line", 4.5))
    it.append(
        path("M690 252 C710 249 730 245 744 240 L740 290 C726 294 712 297 696 299 Z", "clothes_accent.shadow")
    )
    # bow on the band
    it += [
        path(
            "M640 276 C650 246 690 240 700 262 C700 286 660 292 640 282 Z",
            "clothes_accent",
            "clothes_accent.line",
            3.5,
        ),
        path(
            "M640 276 C620 250 586 250 580 270 C584 294 620 294 640 284 Z",
            "clothes_accent",
            "clothes_accent.line",
            3.5,
        ),
        path("M636 282 L618 340 L634 332 L642 346 L646 284 Z", "clothes_accent", "clothes_accent.line", 3),
        ellipse(640, 278, 10, 10, "clothes_accent.shadow", "clothes_accent.line", 3),
    ]
    for x in range(330, 710, 28):
        it.append(
            taper(
                x,
                120 + abs(x - 512) * 0.4,
                x + (x - 512) * 0.05,
                180,
                x + (x - 512) * 0.08,
                238,
                1.4,
                "accessory.line",
            )
        )
    return svg(it)


def bandana():
    it = []
    band = cuff_band("accessory", 214, 276, 20, 258, 766)
    it.append(
        path("M724 190 C760 150 796 126 830 122 C824 150 800 180 760 204 Z", "accessory", "accessory.line", 5)
    )
    it.append(
        path("M740 210 C790 200 832 206 862 226 C830 244 790 240 752 226 Z", "accessory", "accessory.line", 5)
    )
    it.append(path(band, "accessory", "accessory.line", 6))
    it.append(
        path(
            "M690 226 C720 222 748 218 762 214 C774 234 778 256 770 276 C746 284 720 290 694 292 Z",
            "accessory.shadow",
        )
    )
    it.append(ellipse(742, 212, 24, 22, "accessory", "accessory.line", 5))
    it.append(path("M742 212 m-12 -6 a14 12 0 0 1 20 2", None, "accessory.line", 2.5))
    # paisley-ish dots
    rnd = random.Random(4)
    for i in range(10):
        t = (i + 0.5) / 10
        x = 290 + 440 * t
        y = 246 + 24 * math.sin(math.pi * t)
        it.append(circle(x, y, 5, "#ffffff", extra='opacity="0.9"'))
        it.append(circle(x + 18, y - 10 + rnd.uniform(-3, 3), 3, "#ffffff", extra='opacity="0.8"'))
    it.append(taper(300, 260, 512, 300, 700, 258, 2, "accessory.line"))
    return svg(it)


# The face opening of the hijab, right half from the top centre down to the bottom centre.  Below the temples
# it runs ~8 px inside the narrowest face shape at every height (heart, v-line), so the fabric hugs every jaw and
# no background shows beside the chin; under the chin it narrows to the neck (which shows until the wrap).
OPEN_RIGHT = [
    (512, 352),
    (598, 356),
    (662, 376),
    (694, 410),
    (702, 452),
    (702, 500),
    (694, 550),
    (672, 598),
    (656, 620),
    (638, 640),
    (617, 660),
    (591, 680),
    (574, 692),
    (562, 702),
    (550, 711),
    (534, 716),
    (512, 718),
]


def catmull_d(pts, move=True):
    """Catmull-Rom spline through pts as SVG cubic commands (open)."""
    d = f"M{fmt(pts[0][0])} {fmt(pts[0][1])}" if move else f"L{fmt(pts[0][0])} {fmt(pts[0][1])}"
    for i in range(len(pts) - 1):
        p0 = pts[i - 1] if i > 0 else pts[i]
        p1, p2 = pts[i], pts[i + 1]
        p3 = pts[i + 2] if i + 2 < len(pts) else p2
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        d += f" C{fmt(c1[0])} {fmt(c1[1])} {fmt(c2[0])} {fmt(c2[1])} {fmt(p2[0])} {fmt(p2[1])}"
    return d


def _open_loop():
    """The whole opening, clockwise from the bottom centre up the viewer's left, over the top, down the right."""
    left = [(1024 - x, y) for x, y in reversed(OPEN_RIGHT)]
    return left + OPEN_RIGHT[1:]


def _offset(pts, widths):
    """Offset an open polyline outward (away from the face centre) by per-point widths."""
    out = []
    for i, (x, y) in enumerate(pts):
        ax, ay = pts[max(0, i - 1)]
        bx, by = pts[min(len(pts) - 1, i + 1)]
        tx, ty = bx - ax, by - ay
        n = math.hypot(tx, ty) or 1.0
        nx, ny = -ty / n, tx / n
        if nx * (x - 512) + ny * (y - 520) < 0:
            nx, ny = -nx, -ny
        out.append((x + nx * widths[i], y + ny * widths[i]))
    return out


def _open_band(y_end):
    """The opening's edge from the viewer's left down at y_end, over the top, to the right at y_end."""
    right = [p for p in OPEN_RIGHT if p[1] <= y_end]
    return [(1024 - x, y) for x, y in reversed(right)] + right[1:]


def underscarf_d():
    """The underscarf: a lighter band just outside the opening, from cheek to cheek over the forehead."""
    inner = _open_band(622)
    n = len(inner)
    widths = [18 * math.sin(math.pi * (0.08 + 0.84 * i / (n - 1))) ** 0.35 for i in range(n)]
    outer = _offset(inner, widths)
    return catmull_d(inner) + " " + catmull_d(list(reversed(outer)), move=False) + " Z"


def hijab_shadow_d():
    """The fabric edge's cel shadow on the skin: the edge moved down-right, thinning toward the cheeks."""
    edge = _open_band(560)
    n = len(edge)
    low = []
    for i, (x, y) in enumerate(edge):
        k = math.sin(math.pi * i / (n - 1)) ** 0.8
        low.append((x + 5 * k, y + 22 * k))
    return catmull_d(edge) + " " + catmull_d(list(reversed(low)), move=False) + " Z"


FACE_OPEN = catmull_d(_open_loop()) + " Z"


def hood():
    it = []
    outer = (
        "M200 1040 C196 930 206 840 232 770 C206 660 200 520 226 400 C252 240 370 96 512 96 "
        "C654 96 772 240 798 400 C824 520 818 660 792 770 C818 840 828 930 824 1040 Z"
    )
    opening = (
        "M512 210 C636 210 712 300 716 430 C718 520 706 580 686 622 C664 668 626 704 590 728 "
        "C566 744 556 780 548 830 L512 870 L476 830 C468 780 458 744 434 728 C398 704 360 668 338 622 "
        "C318 580 306 520 308 430 C312 300 388 210 512 210 Z"
    )
    it.append(path(outer + " " + opening, "clothes", "clothes.line", 6, extra='fill-rule="evenodd"'))
    # shadowed right side and the rolled edge of the opening
    it.append(
        path(
            "M680 200 C760 270 800 360 806 460 C814 600 804 700 792 770 C810 830 822 920 824 1040 "
            "L760 1040 C756 920 740 840 720 790 C736 700 744 600 740 500 C734 380 716 280 680 200 Z",
            "clothes.shadow",
        )
    )
    rim = (
        "M512 210 C636 210 712 300 716 430 C718 520 706 580 686 622 C664 668 626 704 590 728 "
        "C566 744 556 780 548 830 L566 842 C576 790 590 760 612 744 C652 716 690 676 712 628 "
        "C734 580 746 520 744 430 C740 280 650 180 512 180 C374 180 284 280 280 430 C278 520 290 580 312 628 "
        "C334 676 372 716 412 744 C434 760 448 790 458 842 L476 830 C468 780 458 744 434 728 "
        "C398 704 360 668 338 622 C318 580 306 520 308 430 C312 300 388 210 512 210 Z"
    )
    it.append(path(rim, "clothes_accent", "clothes_accent.line", 4))
    it.append(
        path(
            "M512 180 C650 180 740 280 744 430 C746 520 734 580 712 628 C700 652 686 672 670 688 "
            "C690 640 704 580 706 500 C708 330 640 230 512 210 Z",
            "clothes_accent.shadow",
        )
    )
    it += [
        taper(250, 480, 262, 600, 280, 720, 2.4, "clothes.line"),
        taper(220, 860, 250, 780, 300, 740, 2.2, "clothes.line"),
        taper(772, 480, 762, 600, 744, 720, 2.4, "clothes.line"),
    ]
    # drawstrings
    for x0, x1 in ((474, 460), (550, 566)):
        it.append(
            path(f"M{x0} 840 C{x0 - 4} 900 {x1} 940 {x1} 990", None, "clothes_accent.line", 9, line=False)
        )
        it.append(
            path(
                f"M{x0} 840 C{x0 - 4} 900 {x1} 940 {x1} 990",
                None,
                "clothes_accent.highlight",
                4.5,
                line=False,
            )
        )
        it.append(path(f"M{x1 - 6} 986 L{x1 + 6} 986 L{x1 + 5} 1014 L{x1 - 5} 1014 Z", METAL, METAL_LN, 3))
    return svg(it)


def hijab():
    """A hijab: wraps the head (over an underscarf), frames the face, covers the neck and drapes over the
    shoulders and chest."""
    it = []
    outer = (
        "M120 1040 C130 960 170 890 250 850 C236 780 222 700 228 600 C226 500 236 380 270 290 "
        "C320 170 410 120 512 120 C614 120 704 170 754 290 C788 380 798 500 796 600 "
        "C802 700 788 780 774 850 C854 890 894 960 904 1040 Z"
    )
    it.append(path(outer + " " + FACE_OPEN, "accessory", "accessory.line", 6, extra='fill-rule="evenodd"'))
    # the wrap: one side pinned and drawn across under the chin to the other shoulder
    wrap = (
        "M300 720 C380 790 460 800 540 790 C640 776 720 720 776 640 C790 720 786 790 774 850 "
        "C700 900 600 930 500 936 C400 930 320 880 276 820 C286 786 294 750 300 720 Z"
    )
    it.append(path(wrap, "accessory", "accessory.line", 5))
    it.append(
        path(
            "M776 640 C790 720 786 790 774 850 C720 884 660 906 600 920 C690 870 750 790 776 640 Z",
            "accessory.shadow",
        )
    )
    # shade on the lit side is small, on the right larger
    it.append(
        path(
            "M680 230 C740 300 770 400 776 500 C780 580 780 640 776 640 C740 700 720 660 716 600 "
            "C720 520 716 420 690 340 C676 290 660 260 620 230 C640 220 660 220 680 230 Z",
            "accessory.shadow",
        )
    )
    # underscarf band around the face (a lighter tone)
    under = underscarf_d()
    it.append(path(under, "accessory.highlight", "accessory.line", 3))
    # soft folds
    it += [
        taper(300, 300, 280, 420, 270, 560, 2.4, "accessory.line"),
        taper(250, 860, 300, 900, 340, 980, 2.4, "accessory.line"),
        taper(420, 860, 470, 900, 520, 910, 2.2, "accessory.line"),
        taper(600, 860, 660, 860, 720, 830, 2.2, "accessory.line"),
        taper(760, 880, 800, 940, 820, 1030, 2.4, "accessory.line"),
        taper(360, 160, 420, 140, 480, 136, 2, "accessory.highlight"),
    ]
    # cast shadow of the fabric edge on the forehead and temples (skin tone shadow, under the edge)
    it.append(path(hijab_shadow_d(), "skin.shadow"))
    return svg(it)


def hijab_for_chin(stretch):
    """The hijab redrawn for a longer lower face: the opening below the cheekbones stretched down."""
    global OPEN_RIGHT, FACE_OPEN
    saved = OPEN_RIGHT, FACE_OPEN
    OPEN_RIGHT = [(x, 560 + (y - 560) * stretch) if y > 560 else (x, y) for x, y in saved[0]]
    FACE_OPEN = catmull_d(_open_loop()) + " Z"
    try:
        return hijab()
    finally:
        OPEN_RIGHT, FACE_OPEN = saved


# one headwear part redrawn per head template, where the default would not fit the longer faces
VARIANTS = {"hijab": {"young_adult": lambda: hijab_for_chin(1.14), "mature": lambda: hijab_for_chin(1.19)}}

# ---- head coverings (R10): drawn over the whole hair volume; fabric in the clothes slots -------------
WRAP_EDGE = "M300 452 C296 392 314 340 350 312 C400 286 456 278 512 278 C568 278 624 286 674 312 C710 340 728 392 724 452"


def wrap_volume(top=70, width=262, side_y=470, lean=0):
    """Outline of a wrapped head covering: the forehead edge, then out and over the crown."""
    l, r = 512 - width, 512 + width
    return (
        WRAP_EDGE
        + f" C{r + 14} 420 {r + 6} 300 {r - 30} 220 C{r - 80} {top + 40} {600 + lean} {top} {512 + lean} {top} "
        f"C{424 + lean} {top} {l + 80} {top + 40} {l + 30} 220 C{l - 6} 300 {l - 14} 420 300 452 Z"
    )


def fold(x0, y0, cx, cy, x1, y1, slot="clothes", w=2.6):
    return taper(x0, y0, cx, cy, x1, y1, w, slot + ".line")


def turban():
    it = [path(wrap_volume(top=58, width=262), "clothes", "clothes.line", 6)]
    # the shadow side, then the wrapped bands crossing in a V over the forehead
    it.append(
        path(
            "M640 120 C730 170 778 260 776 360 C774 410 760 440 730 452 C744 360 720 220 640 120 Z",
            "clothes.shadow",
        )
    )
    for k in range(1, 4):
        y = 300 - k * 52
        it.append(fold(300 + k * 18, 430 - k * 60, 380, y - 10, 512, y - 40, w=2.8))
        it.append(fold(724 - k * 18, 430 - k * 60, 644, y - 10, 512, y - 40, w=3.2))
    it.append(path("M512 278 C500 230 500 150 512 88 C524 150 524 230 512 278 Z", "clothes.shadow"))
    it.append(path(WRAP_EDGE, None, "clothes.line", 5))
    return svg(it)


def headwrap():
    """A tall headwrap (gele / tichel) with its knot and flared ends on top."""
    it = []
    flare = (
        "M500 118 C440 96 360 60 330 20 C400 10 470 30 506 96 Z "
        "M524 118 C584 96 664 60 694 20 C624 10 554 30 518 96 Z"
    )
    it.append(path(flare, "clothes_accent", "clothes_accent.line", 5))
    it.append(path(wrap_volume(top=62, width=258), "clothes", "clothes.line", 6))
    it.append(
        path(
            "M650 130 C730 180 774 270 772 370 C770 420 756 444 728 452 C742 360 716 230 650 130 Z",
            "clothes.shadow",
        )
    )
    for k in range(1, 4):
        it.append(fold(300, 420 - k * 64, 420, 300 - k * 70, 716, 300 - k * 62, w=2.6))
    it.append(ellipse(512, 126, 44, 30, "clothes_accent", "clothes_accent.line", 5))
    it.append(path("M530 104 C548 110 556 124 552 140 C540 132 532 120 530 104 Z", "clothes_accent.shadow"))
    it.append(path(WRAP_EDGE, None, "clothes.line", 5))
    return svg(it)


def bonnet():
    """A satin sleep bonnet: a big soft puff with an elastic band along the hairline."""
    it = []
    puff = (
        "M286 462 C250 380 236 250 300 160 C360 70 452 40 512 40 C572 40 664 70 724 160 "
        "C788 250 774 380 738 462 C700 430 640 300 512 300 C384 300 324 430 286 462 Z"
    )
    it.append(path(puff, "clothes", "clothes.line", 6))
    it.append(
        path(
            "M660 90 C740 150 786 250 770 360 C764 400 752 440 738 462 C730 380 720 240 660 90 Z",
            "clothes.shadow",
        )
    )
    it.append(
        path(
            "M330 150 C370 100 420 76 470 68 C420 100 380 130 352 172 Z",
            "clothes.highlight",
            extra='opacity="0.85"',
        )
    )
    for x0, x1 in ((400, 380), (470, 460), (554, 564), (624, 644)):
        it.append(fold(x0, 64, x1 - (512 - x1) * 0.1, 160, x1, 290, w=2.0))
    band = (
        "M286 462 C300 380 380 290 512 280 C644 290 724 380 738 462 C716 470 706 452 700 440 "
        "C668 360 600 314 512 312 C424 314 356 360 324 440 C318 452 308 470 286 462 Z"
    )
    it.append(path(band, "clothes_accent", "clothes_accent.line", 4))
    return svg(it)


def durag():
    """A durag: a close cap over the whole head, the seam down the middle, the ties at the nape."""
    it = []
    cap = (
        "M300 452 C296 392 314 340 350 312 C400 286 456 278 512 278 C568 278 624 286 674 312 "
        "C710 340 728 392 724 452 C760 410 770 330 752 250 C724 140 628 92 512 92 C396 92 300 140 272 250 "
        "C254 330 264 410 300 452 Z"
    )
    it.append(path(cap, "clothes", "clothes.line", 6))
    it.append(
        path(
            "M640 110 C720 150 762 220 760 300 C758 360 748 410 724 452 C736 360 712 200 640 110 Z",
            "clothes.shadow",
        )
    )
    it.append(
        path(
            "M340 170 C380 124 430 104 476 98 C430 130 392 160 362 200 Z",
            "clothes.highlight",
            extra='opacity="0.9"',
        )
    )
    it.append(taper(512, 96, 514, 190, 512, 282, 2.6, "clothes.line"))
    return svg(it)


def kippah():
    """A kippah on the crown: a small dome seen from the front, sitting on the hair."""
    it = []
    dome = "M432 132 C440 96 476 80 512 80 C548 80 584 96 592 132 C566 142 458 142 432 132 Z"
    it.append(path(dome, "clothes", "clothes.line", 5))
    it.append(
        path(
            "M560 88 C580 98 590 114 592 132 C580 136 570 138 560 139 C566 122 566 104 560 88 Z",
            "clothes.shadow",
        )
    )
    it.append(path("M438 126 C470 134 554 134 586 126", None, "clothes_accent", 5, line=False))
    return svg(it)


ORN = ["hair_ornament"]  # clips, bows and headbands sit where a hat goes: a hat takes their place
HEADWEAR = [
    ("beanie", "Beanie", "ニット帽", 1.0, None, ORN, lambda: beanie()),
    (
        "cat_beanie",
        "Cat-ear beanie",
        "猫耳ニット帽",
        0.7,
        ("feminine", "androgynous"),
        ORN + ["animal_ears"],
        lambda: beanie(cat=True),
    ),
    ("cap", "Baseball cap", "キャップ", 1.0, None, ORN, cap),
    ("beret", "Beret", "ベレー帽", 0.8, ("feminine", "androgynous"), ORN, beret),
    (
        "witch_hat",
        "Witch hat",
        "魔女帽子",
        0.4,
        ("feminine", "androgynous"),
        ORN + ["animal_ears"],
        witch_hat,
    ),
    ("straw_hat", "Straw hat", "麦わら帽子", 0.6, None, ORN, straw_hat),
    ("bandana", "Bandana", "バンダナ", 0.6, None, ORN, bandana),
    # the hood is the hoodie: it draws its own hoodie body and hides whatever garment was chosen
    ("hood", "Hood up", "フード", 0.7, None, ORN + ["animal_ears", "clothing"], hood),
    (
        "hijab",
        "Hijab",
        "ヒジャブ",
        0.7,
        ("feminine", "androgynous"),
        ["hair_back", "hair_side", "hair_front", "hair_ornament", "animal_ears"],
        hijab,
    ),
    (
        "turban",
        "Turban",
        "ターバン",
        0.5,
        ("masculine", "androgynous"),
        ["hair_back", "hair_side", "hair_front", "hair_ornament", "animal_ears"],
        turban,
    ),
    (
        "headwrap",
        "Headwrap",
        "ヘッドラップ",
        0.5,
        ("feminine", "androgynous"),
        ["hair_back", "hair_side", "hair_front", "hair_ornament", "animal_ears"],
        headwrap,
    ),
    (
        "bonnet",
        "Satin bonnet",
        "ナイトキャップ",
        0.3,
        ("feminine", "androgynous"),
        ["hair_back", "hair_side", "hair_front", "hair_ornament", "animal_ears"],
        bonnet,
    ),
    (
        "durag",
        "Durag",
        "ドゥーラグ",
        0.4,
        ("masculine", "androgynous"),
        ["hair_back", "hair_side", "hair_front", "hair_ornament", "animal_ears"],
        durag,
    ),
    ("kippah", "Kippah", "キッパ", 0.3, ("masculine",), [], kippah),
]


# A hat crown would poke through an afro; a bandana would float over a buzz cut.
FITS = {
    "beanie": ("flat", "medium", "big"),
    "cat_beanie": ("flat", "medium", "big"),
    "cap": ("flat", "medium", "big"),
    "beret": ("flat", "medium", "big"),
    "witch_hat": ("flat", "medium", "big"),
    "straw_hat": ("flat", "medium", "big"),
    "bandana": ("medium", "big"),
}


def build():
    parts = []
    for pid, l, ja, w, pres, hides, fn in HEADWEAR:
        p = dict(id=pid, label=l, label_ja=ja, weight=w, svg=fn())
        if pid in VARIANTS:
            p["variants"] = {tid: draw() for tid, draw in VARIANTS[pid].items()}
        if pres:
            p["presentation"] = pres
        if hides:
            p["hides"] = hides
        if pid in FITS:  # hair volume classes the piece sits on (generation fits headwear to the hair)
            p["tags"] = {"fits": list(FITS[pid])}
        parts.append(p)
    write_layer(
        "headwear",
        [Part(**p) for p in parts],
        label="Headwear",
        label_ja="帽子",
        optional=True,
        probability=0.12,
        transform={"x": [-4, 4], "y": [-6, 6], "scale": [0.98, 1.03], "rotate": [-3, 3]},
        pivot=[512, 440],
        source=__file__,
    )


if __name__ == "__main__":
    build()
