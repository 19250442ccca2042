#!/usr/bin/env python3
"""Generator for the anime pack's body, clothing, backgrounds and accessories.

Writes assets/anime/parts/{background,body,clothing,earrings,face_mask,glasses,headwear,headphones}/
(one SVG per part plus layer.toml).  Run from the repo root:

    python tools/art/wardrobe.py            # all layers
    python tools/art/wardrobe.py clothing   # one or more layers

Everything is drawn against the shared template (assets/anime/pack.toml anchors, anime-style.md):
neck x 452..572, shoulders from ~y 790 running off the bottom corners, cranium ellipse
cx=512 cy=440 rx=200 ry=270, eyes at (412,505)/(612,505).  Light from the upper left.
"""

from __future__ import annotations

import colorsys
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PARTS = ROOT / "assets" / "anime" / "parts"

# --------------------------------------------------------------------------------------------
# colour: preview values of the slot defaults (the engine recolours by data-slot)
# --------------------------------------------------------------------------------------------
try:  # the engine's own rule, so previews match
    sys.path.insert(0, str(ROOT))
    from avatarstudio.core.colour import derive as _derive  # type: ignore
except Exception:  # pragma: no cover - fallback copy of the documented rule
    _derive = None

DEFAULTS = {
    "skin": "#f6d7c3",
    "clothes": "#2f3e66",
    "clothes_accent": "#d94c5a",
    "accessory": "#e0b84c",
    "background": "#cfe3f2",
    "background_accent": "#ffffff",
    "hair": "#5b3a29",
}


def _fallback(base: str, role: str) -> str:
    r, g, b = (int(base[i : i + 2], 16) / 255 for i in (1, 3, 5))
    h, l, s = colorsys.rgb_to_hls(r, g, b)
    if role == "shadow":
        l, s, h = l * 0.78, min(1, s * 1.05), (h + 0.04) % 1
    elif role == "line":
        l = l * 0.42
    elif role == "highlight":
        l, s = l + (1 - l) * 0.45, s * 0.8
    r, g, b = colorsys.hls_to_rgb(h, l, s)
    return "#%02x%02x%02x" % (round(r * 255), round(g * 255), round(b * 255))


def tone(spec: str) -> str:
    slot, _, role = spec.partition(".")
    base = DEFAULTS[slot]
    role = role or "base"
    if role == "base":
        return base
    return (_derive or _fallback)(base, role)


def fmt(v: float) -> str:
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


# --------------------------------------------------------------------------------------------
# element helpers
# --------------------------------------------------------------------------------------------
def paint(
    fill: str | None = None, stroke: str | None = None, sw: float | None = None, line: bool | None = None
) -> str:
    """Attributes for fill/stroke.  A colour is either '#rrggbb' (fixed), 'none', or a slot spec
    like 'clothes.shadow' (gets data-slot / data-stroke-slot)."""
    a = []
    if fill is None or fill == "none":
        a.append('fill="none"')
    elif fill.startswith("#"):
        a.append(f'fill="{fill}"')
    else:
        a.append(f'fill="{tone(fill)}" data-slot="{fill}"')
    if stroke and stroke != "none":
        if stroke.startswith("#"):
            a.append(f'stroke="{stroke}"')
        else:
            a.append(f'stroke="{tone(stroke)}" data-stroke-slot="{stroke}"')
        a.append(f'stroke-width="{fmt(sw or 6)}" stroke-linejoin="round" stroke-linecap="round"')
        if line is None:
            line = stroke.endswith(".line") or (stroke.startswith("#") and (sw or 6) <= 8)
        if line:
            a.append('data-role="line"')
    return " ".join(a)


def path(d: str, fill=None, stroke=None, sw=None, extra: str = "", line=None) -> str:
    return f'<path d="{d}" {paint(fill, stroke, sw, line)}{(" " + extra) if extra else ""}/>'


def circle(cx, cy, r, fill=None, stroke=None, sw=None, extra="") -> str:
    return (
        f'<circle cx="{fmt(cx)}" cy="{fmt(cy)}" r="{fmt(r)}" {paint(fill, stroke, sw)}'
        f"{(' ' + extra) if extra else ''}/>"
    )


def ellipse(cx, cy, rx, ry, fill=None, stroke=None, sw=None, extra="") -> str:
    return (
        f'<ellipse cx="{fmt(cx)}" cy="{fmt(cy)}" rx="{fmt(rx)}" ry="{fmt(ry)}" '
        f"{paint(fill, stroke, sw)}{(' ' + extra) if extra else ''}/>"
    )


def group(items, extra: str = "") -> str:
    return f"<g{(' ' + extra) if extra else ''}>" + "".join(items) + "</g>"


MIRROR = 'transform="matrix(-1 0 0 1 1024 0)"'


def both(items) -> list[str]:
    """The items, plus their mirror image across x=512."""
    return list(items) + [group(items, MIRROR)]


def taper(x0, y0, cx, cy, x1, y1, w, fill) -> str:
    """A tapered ink stroke (pointed ends, width ~w in the middle) along a quadratic curve."""
    dx, dy = x1 - x0, y1 - y0
    n = math.hypot(dx, dy) or 1
    nx, ny = -dy / n * w, dx / n * w
    d = (
        f"M{fmt(x0)} {fmt(y0)} Q{fmt(cx + nx)} {fmt(cy + ny)} {fmt(x1)} {fmt(y1)} "
        f"Q{fmt(cx - nx)} {fmt(cy - ny)} {fmt(x0)} {fmt(y0)}Z"
    )
    return path(d, fill, extra='data-role="line"')


def svg(items) -> str:
    body = "\n".join(i for i in items if i)
    return f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024">\n{body}\n</svg>\n'


# --------------------------------------------------------------------------------------------
# bezier utilities for the shared shoulder line
# --------------------------------------------------------------------------------------------
def bez(p, t):
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = p
    u = 1 - t
    return (
        u**3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t**3 * x3,
        u**3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t**3 * y3,
    )


def split(p, t):
    p0, p1, p2, p3 = p
    lerp = lambda a, b: (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
    a, b, c = lerp(p0, p1), lerp(p1, p2), lerp(p2, p3)
    d, e = lerp(a, b), lerp(b, c)
    f = lerp(d, e)
    return (p0, a, d, f), (f, e, c, p3)


def shoulder(k: float = 1.0, dy: float = 0.0):
    """Left shoulder outline, neck base -> bottom-left, as cubic segments.  k widens it."""
    base = [
        ((452, 772), (440, 790), (400, 800), (340, 812)),
        ((340, 812), (250, 830), (185, 858), (150, 900)),
        ((150, 900), (118, 940), (100, 985), (92, 1030)),
    ]
    out = []
    for seg in base:
        pts = []
        for x, y in seg:
            if (x, y) == (452, 772):
                pts.append((x - (k - 1) * 60, y + dy))
            else:
                pts.append((512 - (512 - x) * k, y + dy))
        out.append(tuple(pts))
    return out


def tail_from_x(segs, x):
    """Segments of a left shoulder starting where it first reaches x (x decreasing)."""
    for i, seg in enumerate(segs):
        xs = [seg[0][0], seg[3][0]]
        if min(xs) <= x <= max(xs):
            lo, hi = 0.0, 1.0
            for _ in range(40):
                mid = (lo + hi) / 2
                if bez(seg, mid)[0] > x:
                    lo = mid
                else:
                    hi = mid
            return [split(seg, lo)[1]] + segs[i + 1 :]
    return segs


def seg_d(segs, move=True):
    s = ""
    if move:
        s += f"M{fmt(segs[0][0][0])} {fmt(segs[0][0][1])} "
    for _, a, b, c in segs:
        s += f"C{fmt(a[0])} {fmt(a[1])} {fmt(b[0])} {fmt(b[1])} {fmt(c[0])} {fmt(c[1])} "
    return s


def mirror_rev(segs):
    """Mirror left-side segments to the right and reverse them (bottom -> neck)."""
    out = []
    for p0, p1, p2, p3 in reversed(segs):
        m = lambda p: (1024 - p[0], p[1])
        out.append((m(p3), m(p2), m(p1), m(p0)))
    return out


def left_x_at(y, k=1.075, dy=-5):
    """x of the left garment edge at height y (sampled from the shoulder curve)."""
    best = None
    for s in shoulder(k, dy):
        for i in range(41):
            px, py = bez(s, i / 40)
            if best is None or abs(py - y) < abs(best[1] - y):
                best = (px, py)
    return best[0]


CLOTH_K = 1.075  # garments sit a little outside the broadest body
CLOTH_DY = -5


def garment(x_left: float, neckline: str, k=CLOTH_K, dy=CLOTH_DY, x_right=None) -> str:
    """Path d of a torso garment: from the left shoulder point at x_left along the shoulder, across
    the bottom, up the right shoulder to x_right (mirror), then `neckline` (a path fragment that
    ends back at the start point, e.g. 'C ... Z')."""
    segs = tail_from_x(shoulder(k, dy), x_left)
    rsegs = mirror_rev(tail_from_x(shoulder(k, dy), 1024 - (x_right or 1024 - x_left)))
    return (
        seg_d(segs)
        + "L1040 1040 L1040 1040 "
        + f"L{fmt(rsegs[0][0][0])} 1034 "
        + seg_d(rsegs, move=False)
        + neckline
    )


def shoulder_pt(x, k=CLOTH_K, dy=CLOTH_DY):
    seg = tail_from_x(shoulder(k, dy), x)[0]
    return seg[0]


# --------------------------------------------------------------------------------------------
# layer.toml writing
# --------------------------------------------------------------------------------------------
def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_layer(name, meta, parts):
    """parts: list of dict(id,label,label_ja,weight,svg,[presentation],[hides])."""
    d = PARTS / name
    d.mkdir(parents=True, exist_ok=True)
    keep = {p["id"] + ".svg" for p in parts}
    for f in d.glob("*.svg"):
        if f.name not in keep:
            f.unlink()
    for p in parts:
        (d / (p["id"] + ".svg")).write_text(p["svg"], encoding="utf-8")
    region = meta.get("region") or measure_region(d, [p["id"] for p in parts], meta)
    lines = [
        f"label = {toml_str(meta['label'])}",
        f"label_ja = {toml_str(meta['label_ja'])}",
        f"optional = {'true' if meta['optional'] else 'false'}",
        f"probability = {meta['probability']}",
        f"region = [{', '.join(str(v) for v in region)}]",
    ]
    t = meta.get("transform", {"x": [0, 0], "y": [0, 0], "scale": [1.0, 1.0], "rotate": [0, 0]})
    lines.append("transform = { " + ", ".join(f"{k} = [{v[0]}, {v[1]}]" for k, v in t.items()) + " }")
    lines.append(f"pivot = [{meta.get('pivot', [512, 500])[0]}, {meta.get('pivot', [512, 500])[1]}]")
    for p in parts:
        lines += [
            "",
            "[[parts]]",
            f'id = "{p["id"]}"',
            f"label = {toml_str(p['label'])}",
            f"label_ja = {toml_str(p['label_ja'])}",
            f"weight = {p.get('weight', 1.0)}",
        ]
        if p.get("presentation"):
            lines.append("presentation = [" + ", ".join(f'"{x}"' for x in p["presentation"]) + "]")
        if p.get("hides"):
            lines.append("hides = [" + ", ".join(f'"{x}"' for x in p["hides"]) + "]")
    (d / "layer.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(parts)} parts, region {region}")


def measure_region(d, ids, meta):
    """Union of the painted pixels of all parts, padded for the layer's transform range."""
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    x0 = y0 = 1024
    x1 = y1 = 0
    S = 256
    for pid in ids:
        img = QImage(S, S, QImage.Format_ARGB32_Premultiplied)
        img.fill(QColor(0, 0, 0, 0))
        p = QPainter(img)
        QSvgRenderer(QByteArray((d / f"{pid}.svg").read_bytes())).render(p, QRectF(0, 0, S, S))
        p.end()
        for y in range(S):
            for x in range(S):
                if img.pixelColor(x, y).alpha() > 0:
                    x0, y0 = min(x0, x), min(y0, y)
                    x1, y1 = max(x1, x), max(y1, y)
    sc = 1024 / S
    t = meta.get("transform", {})
    tx = max(abs(v) for v in t.get("x", [0, 0]))
    ty = max(abs(v) for v in t.get("y", [0, 0]))
    smax = max(t.get("scale", [1, 1]))
    rot = max(abs(v) for v in t.get("rotate", [0, 0]))
    pad_s = (smax - 1) * 512 + math.radians(rot) * 560
    pad = 8
    rx0 = int(max(0, x0 * sc - pad - tx - pad_s))
    ry0 = int(max(0, y0 * sc - pad - ty - pad_s))
    rx1 = int(min(1024, (x1 + 1) * sc + pad + tx + pad_s))
    ry1 = int(min(1024, (y1 + 1) * sc + pad + ty + pad_s))
    return [rx0, ry0, rx1, ry1]


# ============================================================================================
# BODY
# ============================================================================================
def body_svg(k: float) -> str:
    segs = shoulder(k)
    left = seg_d(segs)
    right = seg_d(mirror_rev(segs), move=False)
    outline = (
        "M452 630 L452 772 "
        + seg_d(segs, move=False)
        + "L1040 1040 "
        + f"L{fmt(1024 - segs[-1][3][0])} 1030 "
        + right
        + "L572 630 Z"
    )
    items = [path(outline, "skin", "skin.line", 6)]
    # shadow on the right side of the neck (light from the upper left) and under the chin
    items.append(path("M572 640 L572 772 C567 786 556 794 540 798 C552 770 556 720 548 640 Z", "skin.shadow"))
    items.append(
        path("M452 636 L572 636 L572 738 C548 752 520 760 494 756 C474 752 460 744 452 734 Z", "skin.shadow")
    )
    # cel shadow down the right arm (light from the upper left) and a sliver on the left arm
    rs = [tuple((1024 - x, y) for (x, y) in s) for s in tail_from_x(segs, 512 - (512 - 250) * k)]
    sx, sy = rs[0][0]
    bx = rs[-1][3][0]
    items.append(
        path(
            seg_d(rs) + f"L{fmt(bx - 80)} 1034 C{fmt(bx - 74)} 960 {fmt(sx + 30)} {fmt(sy + 60)} "
            f"{fmt(sx - 10)} {fmt(sy + 4)} Z",
            "skin.shadow",
        )
    )
    ls = tail_from_x(segs, 512 - (512 - 200) * k)
    lx, ly = ls[0][0]
    lb = ls[-1][3][0]
    items.append(
        path(
            seg_d(ls) + f"L{fmt(lb + 40)} 1034 C{fmt(lb + 36)} 980 {fmt(lx + 16)} {fmt(ly + 60)} "
            f"{fmt(lx + 10)} {fmt(ly + 3)} Z",
            "skin.shadow",
        )
    )
    items.append(path(outline, None, "skin.line", 6))
    # collarbones and the throat notch
    items += both(
        [
            taper(486, 842, 430, 830, 360, 840, 3, "skin.line"),
            taper(452, 780, 470, 800, 488, 822, 2.2, "skin.line"),
        ]
    )
    items.append(taper(504, 846, 512, 852, 520, 846, 2, "skin.line"))
    return svg([i for i in items if 'd=""' not in i])


def build_body():
    parts = [
        dict(id="standard", label="Standard", label_ja="標準", weight=1.0, svg=body_svg(1.0)),
        dict(id="slim", label="Slim", label_ja="細身", weight=0.8, svg=body_svg(0.95)),
        dict(id="broad", label="Broad shoulders", label_ja="肩幅広め", weight=0.8, svg=body_svg(1.05)),
    ]
    write_layer("body", dict(label="Body", label_ja="体", optional=False, probability=1.0), parts)


# ============================================================================================
# CLOTHING
# ============================================================================================
K, DY = CLOTH_K, CLOTH_DY
WHITE, WHITE_SH, WHITE_LN = "#f7f6f2", "#d5d8e6", "#6b6f86"  # fixed shirt white
METAL, METAL_SH, METAL_LN = "#e3c16a", "#b98f3c", "#6e5220"  # fixed brass buttons


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


def garment_outline(x_left, neckline, slot, x_right=None):
    """Outline of the garment's silhouette except its bottom edge (which is off-canvas)."""
    d = garment(x_left, neckline, x_right=x_right)
    return stroke_only(d, slot)


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


def sakura_shape(x, y, r, rot, fill, stroke=None, sw=2.5, petals=5):
    p = (
        f"M0 0 C{fmt(-0.62 * r)} {fmt(-0.3 * r)} {fmt(-0.5 * r)} {fmt(-1.02 * r)} {fmt(-0.16 * r)} {fmt(-r)} "
        f"L0 {fmt(-0.8 * r)} L{fmt(0.16 * r)} {fmt(-r)} C{fmt(0.5 * r)} {fmt(-1.02 * r)} {fmt(0.62 * r)} "
        f"{fmt(-0.3 * r)} 0 0Z"
    )
    items = [
        group([path(p, fill, stroke, sw)], f'transform="rotate({fmt(i * 360 / petals)})"')
        for i in range(petals)
    ]
    return group(items, f'transform="translate({fmt(x)} {fmt(y)}) rotate({fmt(rot)})"')


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
    ("sailor", "Sailor uniform", "セーラー服", 1.0, None, sailor),
    ("blazer", "School blazer", "ブレザー", 1.0, None, lambda: jacket(notch=True, school=True)),
    ("hoodie", "Hoodie", "パーカー", 1.0, None, hoodie),
    ("suit", "Suit and tie", "スーツ", 0.8, None, lambda: jacket(notch=True, school=False)),
    ("kimono", "Kimono", "着物", 0.7, None, kimono),
    ("yukata", "Yukata", "浴衣", 0.6, None, lambda: kimono(pattern=True)),
    ("haori", "Haori", "羽織", 0.6, None, haori),
    ("sweater", "Sweater with collar", "襟付きセーター", 1.0, None, sweater),
    ("turtleneck", "Turtleneck", "タートルネック", 0.9, None, turtleneck),
    ("tshirt", "T-shirt", "Tシャツ", 1.0, None, t_shirt),
    ("dress_shirt", "Open-collar shirt", "開襟シャツ", 0.9, None, dress_shirt),
    ("cardigan", "Cardigan and blouse", "カーディガン", 0.9, None, cardigan),
    ("track_jacket", "Track jacket", "ジャージ", 0.8, None, track_jacket),
    ("overalls", "Overalls", "オーバーオール", 0.7, None, overalls),
    ("off_shoulder", "Off-shoulder top", "オフショルダー", 0.5, ["feminine"], off_shoulder),
    ("maid", "Maid dress", "メイド服", 0.4, ["feminine"], maid),
    ("qipao", "Mandarin collar", "チャイナ服", 0.6, None, qipao),
    ("hanbok", "Hanbok jeogori", "韓服", 0.5, None, hanbok),
    ("techwear", "Techwear jacket", "テックウェア", 0.7, None, techwear),
]


def build_clothing():
    parts = []
    for pid, label, ja, wgt, pres, fn in CLOTHING:
        p = dict(id=pid, label=label, label_ja=ja, weight=wgt, svg=fn())
        if pres:
            p["presentation"] = pres
        parts.append(p)
    write_layer("clothing", dict(label="Clothing", label_ja="服", optional=False, probability=1.0), parts)


# ============================================================================================
# BACKGROUNDS
# ============================================================================================
FULL = "M0 0 L1024 0 L1024 1024 L0 0 Z"


def rect_bg(slot="background"):
    return f'<rect x="0" y="0" width="1024" height="1024" {paint(slot)}/>'


def stop(offset, slot, opacity=None):
    op = f' stop-opacity="{opacity}"' if opacity is not None else ""
    if slot.startswith("#"):
        return f'<stop offset="{offset}" stop-color="{slot}"{op}/>'
    return f'<stop offset="{offset}" stop-color="{tone(slot)}" data-slot="{slot}"{op}/>'


def star_d(x, y, r, points=5, inner=0.45, rot=-90):
    pts = []
    for i in range(points * 2):
        a = math.radians(rot + i * 180 / points)
        rr = r if i % 2 == 0 else r * inner
        pts.append(f"{fmt(x + rr * math.cos(a))} {fmt(y + rr * math.sin(a))}")
    return "M" + " L".join(pts) + " Z"


def sparkle_d(x, y, r):
    k = r * 0.18
    return (
        f"M{fmt(x)} {fmt(y - r)} Q{fmt(x + k)} {fmt(y - k)} {fmt(x + r)} {fmt(y)} "
        f"Q{fmt(x + k)} {fmt(y + k)} {fmt(x)} {fmt(y + r)} Q{fmt(x - k)} {fmt(y + k)} {fmt(x - r)} {fmt(y)} "
        f"Q{fmt(x - k)} {fmt(y - k)} {fmt(x)} {fmt(y - r)} Z"
    )


def heart_d(x, y, s):
    return (
        f"M{fmt(x)} {fmt(y + s * 0.9)} C{fmt(x - s * 1.3)} {fmt(y + s * 0.1)} {fmt(x - s * 1.05)} "
        f"{fmt(y - s * 0.95)} {fmt(x)} {fmt(y - s * 0.35)} C{fmt(x + s * 1.05)} {fmt(y - s * 0.95)} "
        f"{fmt(x + s * 1.3)} {fmt(y + s * 0.1)} {fmt(x)} {fmt(y + s * 0.9)} Z"
    )


def scatter(seed, n, rmin, rmax, gap=1.0, avoid_face=False):
    """Poisson-ish scatter over the canvas (wrapping a little past the edges)."""
    rnd = random.Random(seed)
    pts = []
    tries = 0
    while len(pts) < n and tries < 20000:
        tries += 1
        x, y, r = rnd.uniform(-20, 1044), rnd.uniform(-20, 1044), rnd.uniform(rmin, rmax)
        if avoid_face and (x - 512) ** 2 / 300**2 + (y - 520) ** 2 / 420**2 < 1:
            continue
        if any(math.hypot(x - a, y - b) < (r + c) * gap for a, b, c in pts):
            continue
        pts.append((x, y, r))
    return pts, rnd


def bg_flat():
    return svg([rect_bg()])


def bg_gradient():
    return svg(
        [
            '<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1024" gradientUnits="userSpaceOnUse">'
            + stop(0, "background.highlight")
            + stop(0.55, "background")
            + stop(1, "background.shadow")
            + "</linearGradient></defs>",
            '<rect x="0" y="0" width="1024" height="1024" fill="url(#g)"/>',
        ]
    )


def bg_radial():
    return svg(
        [
            rect_bg("background.shadow"),
            '<defs><radialGradient id="g" cx="512" cy="470" r="640" gradientUnits="userSpaceOnUse">'
            + stop(0, "background_accent", 1)
            + stop(0.35, "background.highlight", 1)
            + stop(1, "background", 1)
            + "</radialGradient></defs>",
            '<rect x="0" y="0" width="1024" height="1024" fill="url(#g)"/>',
        ]
    )


def bg_dots():
    it = [rect_bg()]
    for row, y in enumerate(range(-32, 1100, 96)):
        for x in range(-48 + (row % 2) * 64, 1100, 128):
            it.append(circle(x, y, 22, "background_accent", extra='opacity="0.75"'))
    return svg(it)


def bg_stripes():
    it = [rect_bg()]
    for i in range(-12, 14):
        x = i * 110
        it.append(
            path(
                f"M{x} -10 L{x + 50} -10 L{x + 50 + 1044} 1034 L{x + 1044} 1034 Z",
                "background_accent",
                extra='opacity="0.45"',
            )
        )
    return svg(it)


def bg_gingham():
    it = [rect_bg()]
    for i in range(0, 1024, 128):
        it.append(
            f'<rect x="{i}" y="0" width="64" height="1024" {paint("background_accent")} opacity="0.4"/>'
        )
        it.append(
            f'<rect x="0" y="{i}" width="1024" height="64" {paint("background_accent")} opacity="0.4"/>'
        )
    for i in range(0, 1024, 128):
        for j in range(0, 1024, 128):
            it.append(
                f'<rect x="{i + 60}" y="{j + 28}" width="72" height="8" {paint("background.shadow")} opacity="0.12"/>'
            )
    return svg(it)


def bg_stars():
    it = [
        '<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1024" gradientUnits="userSpaceOnUse">'
        + stop(0, "background.shadow")
        + stop(1, "background")
        + "</linearGradient></defs>",
        '<rect x="0" y="0" width="1024" height="1024" fill="url(#g)"/>',
    ]
    pts, rnd = scatter(5, 34, 8, 30, 1.6)
    for i, (x, y, r) in enumerate(pts):
        if i % 3 == 0:
            it.append(path(sparkle_d(x, y, r * 1.2), "background_accent", extra='opacity="0.9"'))
        elif i % 3 == 1:
            it.append(
                path(
                    star_d(x, y, r, rot=-90 + rnd.uniform(-15, 15)),
                    "background_accent",
                    extra='opacity="0.85"',
                )
            )
        else:
            it.append(circle(x, y, r * 0.22, "background_accent", extra='opacity="0.8"'))
    return svg(it)


def bg_hearts():
    it = [rect_bg()]
    pts, rnd = scatter(9, 26, 18, 44, 1.5)
    for x, y, r in pts:
        a = rnd.uniform(-25, 25)
        it.append(
            group(
                [
                    path(heart_d(0, 0, r), "background_accent", extra='opacity="0.8"'),
                    path(
                        heart_d(-r * 0.35, -r * 0.25, r * 0.22), "background.highlight", extra='opacity="0.6"'
                    ),
                ],
                f'transform="translate({fmt(x)} {fmt(y)}) rotate({fmt(a)})"',
            )
        )
    return svg(it)


def petal(x, y, r, rot, fill, stroke=None):
    d = (
        f"M0 {fmt(-r)} C{fmt(r * 0.7)} {fmt(-r * 0.6)} {fmt(r * 0.6)} {fmt(r * 0.6)} 0 {fmt(r)} "
        f"C{fmt(-r * 0.6)} {fmt(r * 0.6)} {fmt(-r * 0.7)} {fmt(-r * 0.6)} {fmt(-r * 0.16)} {fmt(-r * 0.92)} "
        f"L0 {fmt(-r * 0.7)} Z"
    )
    return group(
        [path(d, fill, stroke, 2.5, line=False)],
        f'transform="translate({fmt(x)} {fmt(y)}) rotate({fmt(rot)})"',
    )


def bg_sakura():
    it = [
        '<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1024" gradientUnits="userSpaceOnUse">'
        + stop(0, "background.highlight")
        + stop(1, "background")
        + "</linearGradient></defs>",
        '<rect x="0" y="0" width="1024" height="1024" fill="url(#g)"/>',
    ]
    pts, rnd = scatter(21, 30, 14, 30, 1.8)
    for i, (x, y, r) in enumerate(pts):
        if i % 6 == 0:
            it.append(
                sakura_shape(x, y, r * 1.5, rnd.uniform(0, 72), "background_accent", "background.shadow", 2)
            )
            it.append(circle(x, y, r * 0.25, "background.shadow"))
        else:
            it.append(petal(x, y, r, rnd.uniform(0, 360), "background_accent", "background.shadow"))
    return svg(it)


def bg_halftone():
    it = [rect_bg()]
    for row, y in enumerate(range(0, 1060, 40)):
        for x in range((row % 2) * 20, 1060, 40):
            d = math.hypot(x - 1024, y - 0) / 1448
            d2 = math.hypot(x - 0, y - 1024) / 1448
            r = max(0.0, 17 * (1 - min(d, d2) * 1.6))
            if r > 1.2:
                it.append(circle(x, y, r, "background_accent", extra='opacity="0.7"'))
    return svg(it)


def bg_sunburst():
    it = [rect_bg()]
    cx, cy, n = 512, 470, 28
    for i in range(0, n, 2):
        a0, a1 = 2 * math.pi * i / n, 2 * math.pi * (i + 1) / n
        it.append(
            path(
                f"M{cx} {cy} L{fmt(cx + 1600 * math.cos(a0))} {fmt(cy + 1600 * math.sin(a0))} "
                f"L{fmt(cx + 1600 * math.cos(a1))} {fmt(cy + 1600 * math.sin(a1))} Z",
                "background_accent",
                extra='opacity="0.35"',
            )
        )
    it.append(
        '<defs><radialGradient id="g" cx="512" cy="470" r="520" gradientUnits="userSpaceOnUse">'
        + stop(0, "background_accent", 0.85)
        + stop(1, "background_accent", 0)
        + "</radialGradient></defs>"
    )
    it.append('<rect x="0" y="0" width="1024" height="1024" fill="url(#g)"/>')
    return svg(it)


def cloud_d(x, y, s):
    return (
        f"M{fmt(x - 150 * s)} {fmt(y)} C{fmt(x - 190 * s)} {fmt(y)} {fmt(x - 190 * s)} {fmt(y - 60 * s)} "
        f"{fmt(x - 140 * s)} {fmt(y - 62 * s)} C{fmt(x - 140 * s)} {fmt(y - 120 * s)} {fmt(x - 60 * s)} "
        f"{fmt(y - 130 * s)} {fmt(x - 30 * s)} {fmt(y - 96 * s)} C{fmt(x)} {fmt(y - 160 * s)} {fmt(x + 100 * s)} "
        f"{fmt(y - 150 * s)} {fmt(x + 100 * s)} {fmt(y - 80 * s)} C{fmt(x + 160 * s)} {fmt(y - 100 * s)} "
        f"{fmt(x + 200 * s)} {fmt(y - 30 * s)} {fmt(x + 160 * s)} {fmt(y)} Z"
    )


def bg_clouds():
    it = [
        '<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1024" gradientUnits="userSpaceOnUse">'
        + stop(0, "background.shadow")
        + stop(0.7, "background")
        + stop(1, "background.highlight")
        + "</linearGradient></defs>",
        '<rect x="0" y="0" width="1024" height="1024" fill="url(#g)"/>',
    ]
    for x, y, s in (
        (170, 260, 0.9),
        (880, 180, 0.7),
        (860, 640, 1.0),
        (120, 760, 1.1),
        (520, 1010, 1.3),
        (560, 90, 0.45),
    ):
        it.append(path(cloud_d(x, y + 10 * s, s), "background.shadow", extra='opacity="0.5"'))
        it.append(path(cloud_d(x, y, s), "background_accent"))
        it.append(
            path(
                f"M{fmt(x - 150 * s)} {fmt(y)} L{fmt(x + 160 * s)} {fmt(y)} C{fmt(x + 120 * s)} "
                f"{fmt(y - 24 * s)} {fmt(x - 110 * s)} {fmt(y - 24 * s)} {fmt(x - 150 * s)} {fmt(y)} Z",
                "background.highlight",
            )
        )
    return svg(it)


def bg_bokeh():
    it = [
        '<defs><radialGradient id="g" cx="512" cy="400" r="760" gradientUnits="userSpaceOnUse">'
        + stop(0, "background")
        + stop(1, "background.shadow")
        + "</radialGradient></defs>",
        '<rect x="0" y="0" width="1024" height="1024" fill="url(#g)"/>',
    ]
    pts, rnd = scatter(33, 22, 30, 90, 0.7)
    for x, y, r in pts:
        op = rnd.uniform(0.18, 0.45)
        it.append(circle(x, y, r, "background_accent", extra=f'opacity="{op:.2f}"'))
        it.append(
            circle(
                x, y, r - 3, None, "background_accent", 3, extra=f'opacity="{min(1, op + 0.25):.2f}"'
            ).replace(' data-role="line"', "")
        )
    return svg(it)


def bg_window_light():
    """Diagonal light beams, as through a window."""
    it = [rect_bg()]
    for x0, w, op in ((-200, 160, 0.35), (60, 70, 0.3), (520, 220, 0.3), (860, 90, 0.35)):
        it.append(
            path(
                f"M{x0} -10 L{x0 + w} -10 L{x0 + w + 600} 1034 L{x0 + 600} 1034 Z",
                "background_accent",
                extra=f'opacity="{op}"',
            )
        )
    pts, rnd = scatter(41, 18, 3, 7, 3)
    for x, y, r in pts:
        it.append(circle(x, y, r, "background_accent", extra='opacity="0.8"'))
    return svg(it)


BACKGROUNDS = [
    ("flat", "Plain", "無地", 1.0, bg_flat),
    ("gradient", "Gradient", "グラデーション", 1.0, bg_gradient),
    ("radial_glow", "Soft glow", "光", 1.0, bg_radial),
    ("polka_dots", "Polka dots", "水玉", 0.8, bg_dots),
    ("stripes", "Stripes", "ストライプ", 0.8, bg_stripes),
    ("gingham", "Gingham", "ギンガムチェック", 0.7, bg_gingham),
    ("stars", "Starry sky", "星空", 0.8, bg_stars),
    ("hearts", "Hearts", "ハート", 0.6, bg_hearts),
    ("sakura", "Cherry blossoms", "桜", 0.8, bg_sakura),
    ("halftone", "Halftone", "トーン", 0.7, bg_halftone),
    ("sunburst", "Sunburst", "集中線", 0.6, bg_sunburst),
    ("clouds", "Clouds", "雲", 0.8, bg_clouds),
    ("bokeh", "Bokeh", "ボケ", 0.8, bg_bokeh),
    ("light_beams", "Light beams", "木漏れ日", 0.6, bg_window_light),
]


def build_background():
    parts = [dict(id=pid, label=l, label_ja=ja, weight=w, svg=fn()) for pid, l, ja, w, fn in BACKGROUNDS]
    write_layer(
        "background",
        dict(label="Background", label_ja="背景", optional=False, probability=1.0, region=[0, 0, 1024, 1024]),
        parts,
    )


# ============================================================================================
# GLASSES  (eye centres (412,505) / (612,505))
# ============================================================================================
EYES = ((412, 508), (612, 508))
LENS_TINT = "#e8f3ff"


def ring_d(outer: str, inner: str) -> str:
    return outer + " " + inner


def ell_d(cx, cy, rx, ry):
    return (
        f"M{fmt(cx - rx)} {fmt(cy)} A{fmt(rx)} {fmt(ry)} 0 1 0 {fmt(cx + rx)} {fmt(cy)} "
        f"A{fmt(rx)} {fmt(ry)} 0 1 0 {fmt(cx - rx)} {fmt(cy)} Z"
    )


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


GLASSES = [
    ("round", "Round glasses", "丸メガネ", 1.0, glasses_round),
    ("square", "Square glasses", "スクエアメガネ", 1.0, glasses_square),
    ("oval_wire", "Thin oval frames", "細フレーム", 0.8, glasses_oval_wire),
    ("half_rim", "Half-rim glasses", "ハーフリム", 0.8, glasses_half_rim),
    ("sunglasses", "Sunglasses", "サングラス", 0.5, sunglasses),
    ("heart_shades", "Heart shades", "ハートのサングラス", 0.3, heart_shades),
]


def build_glasses():
    parts = [dict(id=pid, label=l, label_ja=ja, weight=w, svg=fn()) for pid, l, ja, w, fn in GLASSES]
    write_layer(
        "glasses",
        dict(
            label="Glasses",
            label_ja="メガネ",
            optional=True,
            probability=0.15,
            transform={"x": [-3, 3], "y": [-6, 6], "scale": [0.98, 1.03], "rotate": [0, 0]},
        ),
        parts,
    )


# ============================================================================================
# FACE MASKS (below the eyes, over nose and mouth)
# ============================================================================================
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


def build_face_mask():
    parts = [dict(id=pid, label=l, label_ja=ja, weight=w, svg=fn()) for pid, l, ja, w, fn in MASKS]
    write_layer(
        "face_mask", dict(label="Face mask", label_ja="マスク", optional=True, probability=0.05), parts
    )


# ============================================================================================
# EARRINGS (earlobes ~ (310,600) and (714,600))
# ============================================================================================
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


EARRINGS = [
    ("studs", "Studs", "スタッドピアス", 1.0, earrings_studs),
    ("hoops", "Hoops", "フープピアス", 1.0, earrings_hoops),
    ("drops", "Drops", "しずくピアス", 0.8, earrings_drops),
    ("tassel", "Tassels", "タッセルピアス", 0.6, earrings_tassel),
    ("stars", "Star dangles", "星のピアス", 0.6, earrings_star),
]


def build_earrings():
    parts = [dict(id=pid, label=l, label_ja=ja, weight=w, svg=fn()) for pid, l, ja, w, fn in EARRINGS]
    write_layer("earrings", dict(label="Earrings", label_ja="ピアス", optional=True, probability=0.15), parts)


# ============================================================================================
# HEADWEAR  (over the hair volume: top ~y 90, sides ~x 264..760)
# ============================================================================================
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


ORN = ["hair_ornament"]  # clips, bows and headbands sit where a hat goes: a hat takes their place
HEADWEAR = [
    ("beanie", "Beanie", "ニット帽", 1.0, None, ORN, lambda: beanie()),
    (
        "cat_beanie",
        "Cat-ear beanie",
        "猫耳ニット帽",
        0.7,
        None,
        ORN + ["animal_ears"],
        lambda: beanie(cat=True),
    ),
    ("cap", "Baseball cap", "キャップ", 1.0, None, ORN, cap),
    ("beret", "Beret", "ベレー帽", 0.8, None, ORN, beret),
    ("witch_hat", "Witch hat", "魔女帽子", 0.4, None, ORN + ["animal_ears"], witch_hat),
    ("straw_hat", "Straw hat", "麦わら帽子", 0.6, None, ORN, straw_hat),
    ("bandana", "Bandana", "バンダナ", 0.6, None, ORN, bandana),
    ("hood", "Hood up", "フード", 0.7, None, ORN + ["animal_ears"], hood),
    (
        "hijab",
        "Hijab",
        "ヒジャブ",
        0.7,
        None,
        ["hair_back", "hair_side", "hair_front", "hair_ornament", "animal_ears"],
        hijab,
    ),
]


def build_headwear():
    parts = []
    for pid, l, ja, w, pres, hides, fn in HEADWEAR:
        p = dict(id=pid, label=l, label_ja=ja, weight=w, svg=fn())
        if pres:
            p["presentation"] = pres
        if hides:
            p["hides"] = hides
        parts.append(p)
    write_layer(
        "headwear",
        dict(
            label="Headwear",
            label_ja="帽子",
            optional=True,
            probability=0.12,
            transform={"x": [-4, 4], "y": [-6, 6], "scale": [0.98, 1.03], "rotate": [-3, 3]},
            pivot=[512, 440],
        ),
        parts,
    )


# ============================================================================================
# HEADPHONES
# ============================================================================================
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


def build_headphones():
    parts = [dict(id=pid, label=l, label_ja=ja, weight=w, svg=fn()) for pid, l, ja, w, fn in HEADPHONES]
    write_layer(
        "headphones", dict(label="Headphones", label_ja="ヘッドホン", optional=True, probability=0.05), parts
    )


if __name__ == "__main__":
    want = set(sys.argv[1:])
    builders = {
        "background": build_background,
        "body": build_body,
        "clothing": build_clothing,
        "glasses": build_glasses,
        "face_mask": build_face_mask,
        "earrings": build_earrings,
        "headwear": build_headwear,
        "headphones": build_headphones,
    }
    for name, fn in builders.items():
        if not want or name in want:
            fn()
