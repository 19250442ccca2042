"""The hands layer of the bust: peace sign by the cheek, hand on the cheek, chin rest, wave.

Each hand is hand-placed in its own frame (wrist at the origin, fingers up, units of the reference
head: the face is ~400 wide) and put beside the head of the shared template (face x 312..712, cheek
line y 560, chin y 700; the head templates move the layer to their longer faces in pack.toml). A hand
is drawn as an anime illustrator builds one: a sleeve running off the frame, the palm, then each
finger as its own rounded shape over it (three phalanges, bent at the knuckles, slightly tapering),
outlined with the tapered ink line (helpers.outline_ribbon, heavier on the shadow side), a cel
shadow on the side away from the light (upper left), knuckle creases, and nails where the back of
the hand faces us. Every colour is a skin or clothes slot tone, so the hand takes the design's skin.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from face_lib import catmull, fill, poly
from helpers import Part, outline_ribbon, svg_doc, write_layer

LIGHT = (-1.0, -1.0)


@dataclass(frozen=True)
class Place:
    """Local hand frame -> canvas: mirror x, scale, rotate (degrees, clockwise), translate to (x, y)."""

    x: float
    y: float
    angle: float = 0.0
    scale: float = 1.0
    mirror: bool = False

    def __call__(self, p: tuple[float, float]) -> tuple[float, float]:
        px, py = p
        if self.mirror:
            px = -px
        a = math.radians(self.angle)
        c, s = math.cos(a), math.sin(a)
        px, py = px * self.scale, py * self.scale
        return (self.x + px * c - py * s, self.y + px * s + py * c)


@dataclass(frozen=True)
class Finger:
    """A finger from its knuckle: direction (degrees from straight up, clockwise), three phalanx
    lengths, the width at the knuckle, and the bend at each of the three joints (positive bends the
    same way as ``angle``)."""

    base: tuple[float, float]
    angle: float
    lengths: tuple[float, float, float]
    width: float
    bends: tuple[float, float, float] = (0.0, 0.0, 0.0)
    nail: bool = False  # the back of the hand faces us: the nail shows at the tip


def _centre(f: Finger) -> list[tuple[float, float]]:
    pts = [f.base]
    a = f.angle
    x, y = f.base
    for length, bend in zip(f.lengths, f.bends, strict=True):
        a += bend
        r = math.radians(a)
        x, y = x + length * math.sin(r), y - length * math.cos(r)
        pts.append((x, y))
    return pts


def _offset(points, widths):
    """Left and right edges of a dense centre line at the given half widths (screen space)."""
    left, right = [], []
    n = len(points)
    for i, (x, y) in enumerate(points):
        ax, ay = points[max(0, i - 1)]
        bx, by = points[min(n - 1, i + 1)]
        tx, ty = bx - ax, by - ay
        tl = math.hypot(tx, ty) or 1.0
        nx, ny = -ty / tl, tx / tl
        w = widths[i]
        left.append((x + nx * w, y + ny * w))
        right.append((x - nx * w, y - ny * w))
    return left, right


def _tip(centre, w):
    """Points of the rounded fingertip: a half circle of radius ``w`` beyond the last centre point."""
    (ax, ay), (bx, by) = centre[-2], centre[-1]
    a = math.atan2(by - ay, bx - ax)
    return [
        (bx + w * math.cos(a + t), by + w * math.sin(a + t))
        for t in [math.pi / 2 - k * math.pi / 10 for k in range(11)]
    ]


def skin_shape(points, *, shade=True, heavy=6.5, thin=2.2):
    """A closed skin silhouette: the fill and its tapered outline."""
    return [
        f'<path d="{poly(points)}" {fill("skin")}/>',
        outline_ribbon(points, spec="skin.line", thin=thin, heavy=heavy),
    ]


def _shadow_side(left, right):
    """Which edge (left or right of travel) faces away from the light, for a centre line."""
    (lx, ly), (rx, ry) = left[len(left) // 2], right[len(right) // 2]
    return (left, right) if (lx - rx) * LIGHT[0] + (ly - ry) * LIGHT[1] < 0 else (right, left)


def finger(f: Finger, place: Place, *, crease=True) -> list[str]:
    centre = catmull([place(p) for p in _centre(f)], step=3.0)
    n = len(centre)
    w0 = f.width * place.scale * 0.56  # half width, a little fuller than the nominal width
    widths = [w0 * (1.0 - 0.18 * i / (n - 1)) for i in range(n)]
    left, right = _offset(centre, widths)
    tip = _tip(centre, widths[-1])
    # from the knuckle along one side, round the tip, back along the other side
    outline = left + tip[1:-1] + right[::-1]
    out = [f'<path d="{poly(outline)}" {fill("skin")}/>']
    # cel shadow: a band inside the side away from the light, fading before the tip
    dark, _ = _shadow_side(left, right)
    inner = [
        (c[0] + (d[0] - c[0]) * 0.35, c[1] + (d[1] - c[1]) * 0.35) for c, d in zip(centre, dark, strict=True)
    ]
    k = int(n * 0.88)
    out.append(f'<path d="{poly(dark[1:k] + inner[1:k][::-1])}" {fill("skin.shadow")}/>')
    if f.nail:
        (ax, ay), (bx, by) = centre[-max(2, n // 6)], centre[-1]
        a = math.degrees(math.atan2(by - ay, bx - ax)) + 90
        nw, nh = widths[-1] * 0.62, widths[-1] * 0.8
        cx, cy = (ax + bx * 2) / 3, (ay + by * 2) / 3
        out.append(
            f'<ellipse cx="{cx:.1f}" cy="{cy:.1f}" rx="{nw:.1f}" ry="{nh:.1f}" '
            f'transform="rotate({a:.1f} {cx:.1f} {cy:.1f})" {fill("skin.highlight")} '
            f'stroke="#000" data-stroke-slot="skin.shadow" stroke-width="1.6"/>'
        )
    # the outline: both sides and the tip, tapering into the palm at the knuckle
    out.append(outline_ribbon(outline, spec="skin.line", thin=2.0, heavy=6.0, closed=False, taper=0.08))
    if crease:
        joints = _centre(f)[1:3]
        for j in joints:
            jx, jy = place(j)
            i = min(range(n), key=lambda m: (centre[m][0] - jx) ** 2 + (centre[m][1] - jy) ** 2)
            cl, cr = left[i], right[i]
            a = (cl[0] * 0.72 + jx * 0.28, cl[1] * 0.72 + jy * 0.28)
            b = (cr[0] * 0.72 + jx * 0.28, cr[1] * 0.72 + jy * 0.28)
            out.append(
                f'<path d="M{a[0]:.1f},{a[1]:.1f} L{b[0]:.1f},{b[1]:.1f}" fill="none" stroke="#000" '
                f'data-stroke-slot="skin.line" stroke-width="2.2" stroke-linecap="round" opacity="0.55"/>'
            )
    return out


def palm(points, place: Place, shadow) -> list[str]:
    """The palm (or back of the hand) through hand-placed points, with its cel shadow."""
    shape = catmull([place(p) for p in points], closed=True, step=3.0)
    out = [f'<path d="{poly(shape)}" {fill("skin")}/>']
    if shadow:
        out.append(
            f'<path d="{poly(catmull([place(p) for p in shadow], closed=True, step=3.0))}" {fill("skin.shadow")}/>'
        )
    out.append(outline_ribbon(shape, spec="skin.line", thin=2.2, heavy=6.5))
    return out


def sleeve(place: Place, length: float = 520) -> list[str]:
    """The forearm's sleeve from the wrist (local origin) down along the frame, off the canvas."""
    ctrl = [(0, 8), (4, length * 0.4), (10, length)]
    centre = catmull([place(p) for p in ctrl], step=4.0)
    n = len(centre)
    widths = [place.scale * (44 + 26 * i / (n - 1)) for i in range(n)]
    left, right = _offset(centre, widths)
    shape = left + right[::-1]
    out = [f'<path d="{poly(shape)}" {fill("clothes")}/>']
    dark, _ = _shadow_side(left, right)
    inner = [
        (c[0] + (d[0] - c[0]) * 0.45, c[1] + (d[1] - c[1]) * 0.45) for c, d in zip(centre, dark, strict=True)
    ]
    out.append(f'<path d="{poly(dark + inner[::-1])}" {fill("clothes.shadow")}/>')
    out.append(outline_ribbon(shape, spec="clothes.line", thin=2.5, heavy=7.0))
    # the cuff: a band across the wrist end
    cuff = catmull(
        [place(p) for p in [(-46, 10), (0, 20), (46, 10), (48, 40), (0, 50), (-48, 40)]],
        closed=True,
        step=3.0,
    )
    out.append(f'<path d="{poly(cuff)}" {fill("clothes.shadow")}/>')
    out.append(outline_ribbon(cuff, spec="clothes.line", thin=2.0, heavy=5.0))
    return out


def wrist(place: Place) -> list[str]:
    """The wrist between the cuff and the palm (drawn under the palm)."""
    pts = catmull(
        [place(p) for p in [(-30, 26), (-33, -10), (-36, -40), (36, -40), (33, -10), (30, 26)]], closed=True
    )
    return [
        f'<path d="{poly(pts)}" {fill("skin")}/>',
        outline_ribbon(pts, spec="skin.line", thin=2.0, heavy=5.5),
    ]


def svg(items: list[str]) -> str:
    return svg_doc("\n".join(items))


# --- the four hands (local frame: wrist at 0,0, palm up to y -110, x across the knuckles) -----------------
# palm facing us; thumb on +x (mirror the place to put it on the other side)
PALM_FRONT = [
    (-34, 0),
    (-46, -40),
    (-54, -86),
    (-50, -112),
    (-20, -122),
    (16, -122),
    (48, -112),
    (58, -80),
    (50, -36),
    (34, 0),
]
PALM_FRONT_SHADOW = [(16, -30), (44, -52), (52, -82), (50, -104), (56, -78), (48, -34), (30, -4)]
# the back of the hand facing us (the fingers are seen from behind: nails)
BACK = [
    (-34, 0),
    (-48, -40),
    (-54, -82),
    (-46, -106),
    (-14, -116),
    (20, -114),
    (50, -104),
    (56, -78),
    (48, -38),
    (34, 0),
]
BACK_SHADOW = [(10, -24), (42, -60), (50, -100), (54, -84), (46, -40), (28, -4)]


def blob(points, place: Place, *, shadow: float = 0.0) -> list[str]:
    """A closed skin shape through hand-placed local points (a folded finger, a knuckle roll), with an
    optional cel shadow along its lower right (``shadow``: the share of its height)."""
    shape = catmull([place(p) for p in points], closed=True, step=2.5)
    out = [f'<path d="{poly(shape)}" {fill("skin")}/>']
    if shadow:
        xs, ys = [p[0] for p in shape], [p[1] for p in shape]
        y_cut = max(ys) - (max(ys) - min(ys)) * shadow
        x_mid = (min(xs) + max(xs)) / 2
        low = [(x, y) for x, y in shape if y >= y_cut and x >= x_mid - (max(xs) - min(xs)) * 0.3]
        if len(low) > 2:
            out.append(f'<path d="{poly(low)}" {fill("skin.shadow")}/>')
    out.append(outline_ribbon(shape, spec="skin.line", thin=2.0, heavy=5.5))
    return out


S = 1.25  # hand size against the reference head (wrist to fingertip ~0.75 of the face height)


def peace() -> str:
    """V sign beside the cheek (the figure's left hand, at the viewer's right), palm to us."""
    place = Place(786, 760, angle=-10, scale=S)
    items = sleeve(Place(786, 760, angle=-24, scale=S)) + wrist(place)
    items += palm(PALM_FRONT, place, PALM_FRONT_SHADOW)
    # index and middle up in a V
    items += finger(Finger((14, -118), 12, (52, 34, 28), 28, (0, 3, 3)), place)
    items += finger(Finger((-10, -120), -10, (56, 38, 30), 29, (0, -2, -2)), place)
    # ring and little finger folded into the palm: their middle phalanges show as two rounded rolls
    items += blob(
        [(-56, -96), (-52, -118), (-36, -122), (-24, -112), (-26, -90), (-44, -84)], place, shadow=0.4
    )
    items += blob(
        [(-36, -100), (-30, -124), (-12, -128), (2, -116), (-2, -92), (-20, -86)], place, shadow=0.4
    )
    # the thumb folds up across them
    items += finger(Finger((44, -44), -48, (40, 30, 22), 30, (0, -16, -10)), place)
    return svg(items)


def wave() -> str:
    """An open hand raised beside the head (the figure's left, at the viewer's right), fingers spread."""
    place = Place(846, 720, angle=12, scale=S)
    items = sleeve(Place(846, 720, angle=-10, scale=S)) + wrist(place)
    items += palm(PALM_FRONT, place, PALM_FRONT_SHADOW)
    items += finger(Finger((-40, -104), -22, (38, 26, 22), 23, (0, -2, -2)), place)  # little finger
    items += finger(Finger((-18, -116), -9, (48, 32, 26), 26, (0, -1, -1)), place)  # ring
    items += finger(Finger((6, -120), 3, (52, 34, 28), 27, (0, 1, 1)), place)  # middle
    items += finger(Finger((30, -114), 16, (48, 32, 26), 26, (0, 2, 2)), place)  # index
    items += finger(Finger((48, -50), 44, (42, 32, 26), 30, (0, -8, -6)), place)  # thumb out
    return svg(items)


def cheek() -> str:
    """The hand laid on the cheek (the figure's right, at the viewer's left): the back of the hand
    toward us, fingers together up along the side of the face below the eye, the heel at the jaw."""
    place = Place(292, 868, angle=22, scale=S, mirror=True)
    items = sleeve(Place(292, 868, angle=24, scale=S, mirror=True)) + wrist(place)
    items += palm(BACK, place, BACK_SHADOW)
    # the little finger first (furthest), each next one over it, nearly parallel and touching
    items += finger(Finger((-36, -100), -5, (34, 24, 20), 26, (0, 3, 5), nail=True), place)
    items += finger(Finger((-13, -110), -2, (42, 28, 23), 28, (0, 4, 6), nail=True), place)
    items += finger(Finger((11, -112), 1, (46, 30, 25), 29, (0, 5, 7), nail=True), place)
    items += finger(Finger((34, -104), 4, (42, 28, 23), 28, (0, 6, 8), nail=True), place)
    return svg(items)


def chin() -> str:
    """Chin resting on a loose fist (the figure's right hand, thumb up): the back of the curled fingers
    toward us as four stacked rolls under the chin, the back of the hand and the forearm going down to
    the viewer's left."""
    place = Place(0, 0)
    items = sleeve(Place(420, 842, angle=28, scale=S), length=360)
    back = [(404, 846), (388, 800), (400, 740), (440, 712), (470, 716), (476, 800), (452, 846)]
    items += blob(back, place, shadow=0.35)
    # index on top (the chin rests on it), then middle, ring and little finger; each a rounded bar from
    # its knuckle (left) to the curled tip (right)
    for i, (x0, x1, h) in enumerate(((440, 566, 34), (444, 562, 34), (446, 552, 32), (448, 536, 28))):
        y = 704 + i * 32
        items += blob(
            [
                (x0, y + 2),
                (x0 + 20, y - 3),
                (x1 - 14, y - 2),
                (x1, y + h * 0.45),
                (x1 - 14, y + h),
                (x0 + 16, y + h + 2),
                (x0 - 6, y + h * 0.5),
            ],
            place,
            shadow=0.3,
        )
        # the crease of the middle joint
        items.append(
            f'<path d="M{x1 - 36},{y + 6} C{x1 - 32},{y + h * 0.4} {x1 - 32},{y + h * 0.6} {x1 - 36},{y + h - 5}" '
            f'fill="none" stroke="#000" data-stroke-slot="skin.line" stroke-width="2.2" stroke-linecap="round" opacity="0.55"/>'
        )
    return svg(items)


HANDS = [
    ("peace_cheek", "Peace sign by the cheek", "ほっぺにピース", 1.0, peace),
    ("hand_cheek", "Hand on the cheek", "ほおに手", 1.0, cheek),
    ("chin_rest", "Chin rest", "頬杖", 0.8, chin),
    ("wave", "Wave", "手を振る", 1.0, wave),
]


def build():
    write_layer(
        "hands",
        [Part(id=pid, label=label, label_ja=ja, weight=w, svg=fn()) for pid, label, ja, w, fn in HANDS],
        label="Hands",
        label_ja="手",
        optional=True,
        probability=0.06,  # random designs rarely raise a hand; the studio offers every pose
        source=__file__,
    )


if __name__ == "__main__":
    build()
