"""The one helpers module of the art pipeline: output location, preview colours, layer writing, markers,
and the tapered-ribbon outline every silhouette is drawn with.

The generators in ``tools/art/`` are scripts (one module per layer, plus a drawing vocabulary per
family: ``face_lib``, ``wardrobe_lib``, ``hair_lib``). ``tools/art/build.py`` runs them all; a test
regenerates everything into a temporary folder and compares it byte for byte with ``assets/``.

API
---
``set_output(root)``
    Write the pack to ``root`` (``root/pack.toml``, ``root/parts/<layer>/``) instead of
    ``assets/anime``. ``pack_dir()`` and ``parts_dir()`` return the current target.

``DEFAULTS`` / ``tone(spec)``
    Preview colour of a slot spec such as ``"skin"``, ``"hair.shadow"``, ``"clothes.line"``: the slot's
    default base colour put through the engine's own shade rule (``avatarstudio.core.colour.derive``).
    This is the one colour fallback: a part file carries these preview colours, and the engine
    recolours every element by its ``data-slot`` / ``data-stroke-slot`` at render time.

``fmt(v)``
    A number for path data: one decimal, no trailing ``.0``.

``Part(id, label, label_ja, svg, weight=1.0, presentation=(), hides=(), template=None, variants=None)``
    One part of a layer. ``presentation`` lists some of ``feminine``, ``masculine``, ``androgynous``;
    ``template`` names the head template a face part is drawn for; ``variants`` maps another head
    template to the part redrawn for it (written as ``<id>@<template>.svg``; the engine picks it when
    the face uses that template).

``write_layer(layer, parts, *, label, label_ja, source, optional=False, probability=1.0,
region=None, transform=None, pivot=None)``
    Writes ``parts/<layer>/<id>.svg`` for every part, removes SVGs of parts that no longer exist, and
    writes ``layer.toml``. ``region=None`` measures the union of the painted pixels (padded for the
    transform range). ``source`` is the generator's ``__file__``: both the SVGs and ``layer.toml``
    get a marker naming it, so nobody edits a generated file by hand. The presentation pools of ``presentation.POOLS``
    replace a listed part's ``presentation`` and add its ``lean`` (one table for every layer).

``marker(source)`` / ``svg_doc(body)``
    The generated-file comment, and a complete SVG document around ``body`` (a string) with it.

``outline_ribbon(points, *, spec, thin=2.0, heavy=7.0, closed=True, taper=0.12, light=(-1, -1), hairline=1.2)``
    Line weight (R4): the silhouette through ``points`` (dense, in drawing order) as a filled ribbon
    whose width follows the light, ``thin`` where the outward normal faces the light (upper left),
    ``heavy`` where it faces away, tapering to a point at both ends of an open line (whose outside is
    its convex side). Returned as one
    ``<path>`` filled with ``spec`` (usually ``"<slot>.line"``), tagged ``data-role="line"`` and
    stroked with a ``hairline`` of the same tone so the renderer's small-size line boost still
    thickens it. ``ribbon_points(...)`` returns the polygon alone.

``thinned(points, tolerance=RIBBON_TOLERANCE)``
    A dense outline without the points within 0.05 units of the line through its neighbours
    (Douglas-Peucker): the ribbons and face_lib/hair_clumps polygons pass through it, since QtSvg's cost
    is per segment (a kit's draws took ~25 % less CPU) and no draw size can show those points.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import presentation  # noqa: E402  (the presentation pools, written into every layer)

from avatarstudio.core.colour import derive  # noqa: E402  (the engine's own shade rule)

_OUTPUT = [ROOT / "assets" / "anime"]


def set_output(root: str | Path) -> None:
    _OUTPUT[0] = Path(root)


def pack_dir() -> Path:
    return _OUTPUT[0]


def parts_dir() -> Path:
    return _OUTPUT[0] / "parts"


# ------------------------------------------------------------------------------------------------------
# colour

DEFAULTS = {
    "skin": "#f6d7c3",
    "hair": "#5b3a29",
    "brows": "#5b3a29",
    "lips": "#f6d7c3",  # linked to the skin: a lip colour shows only when a design unlinks it
    "eye_left": "#3f7fbf",
    "eye_right": "#3f7fbf",
    "clothes": "#2f3e66",
    "clothes_accent": "#d94c5a",
    "accessory": "#e0b84c",
    "background": "#cfe3f2",
    "background_accent": "#ffffff",
}


def tone(spec: str) -> str:
    slot, _, role = spec.partition(".")
    return derive(DEFAULTS[slot], role or "base")


def fmt(v: float) -> str:
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


# ------------------------------------------------------------------------------------------------------
# markers and documents


def _source_name(source: str | Path) -> str:
    p = Path(source).resolve()
    try:
        return p.relative_to(ROOT).as_posix()
    except ValueError:
        return p.name


def marker(source: str | Path) -> str:
    return f"generated by {_source_name(source)}: edit the generator and run tools/art/build.py"


def svg_doc(body: str) -> str:
    return '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024">\n' + body + "\n</svg>\n"


# ------------------------------------------------------------------------------------------------------
# layers


@dataclass
class Part:
    id: str
    label: str
    label_ja: str
    svg: str
    weight: float = 1.0
    presentation: Sequence[str] = ()
    hides: Sequence[str] = ()
    template: str | None = None
    variants: dict[str, str] | None = None  # head template -> the part redrawn for that head
    tags: dict | None = None  # further manifest keys of the part, e.g. texture/length/volume, ties


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _n(v: float) -> str:
    return f"{v:g}"


def _toml(value) -> str:
    """A TOML value: text, a number, or a (nested) list of those."""
    if isinstance(value, str):
        return _q(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):  # an inline table
        return "{ " + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + " }"
    return _n(value)


def _strings(values: Iterable[str]) -> str:
    return "[" + ", ".join(_q(v) for v in values) + "]"


def write_layer(
    layer: str,
    parts: Sequence[Part],
    *,
    label: str,
    label_ja: str,
    source: str | Path,
    optional: bool = False,
    probability: float = 1.0,
    region: Sequence[float] | None = None,
    transform: dict[str, Sequence[float]] | None = None,
    pivot: Sequence[float] | None = None,
    keys: dict | None = None,
) -> None:
    folder = parts_dir() / layer
    folder.mkdir(parents=True, exist_ok=True)
    ids = [p.id for p in parts]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{layer}: duplicate part ids")
    names = {f"{p.id}.svg" for p in parts} | {f"{p.id}@{t}.svg" for p in parts for t in (p.variants or {})}
    for old in folder.glob("*.svg"):
        if old.name not in names:
            old.unlink()
    note = marker(source)
    for p in parts:
        text = p.svg
        if not text.startswith("<svg"):
            raise ValueError(f"{layer}/{p.id}: not an SVG document")
        (folder / f"{p.id}.svg").write_text(f"<!-- {note} -->\n{text}", encoding="utf-8")
        for tid, variant in (p.variants or {}).items():
            (folder / f"{p.id}@{tid}.svg").write_text(f"<!-- {note} -->\n{variant}", encoding="utf-8")
    if region is None:
        region = measure_region(folder, ids, transform or {})
    lines = [
        f"# {note}",
        f"label = {_q(label)}",
        f"label_ja = {_q(label_ja)}",
        f"optional = {'true' if optional else 'false'}",
        f"probability = {_n(probability)}",
        f"region = [{', '.join(str(int(v)) for v in region)}]",
    ]
    if transform:
        lines.append(
            "transform = { "
            + ", ".join(f"{k} = [{_n(a)}, {_n(b)}]" for k, (a, b) in transform.items())
            + " }"
        )
    if pivot:
        lines.append(f"pivot = [{_n(pivot[0])}, {_n(pivot[1])}]")
    for key, value in (keys or {}).items():  # further layer keys, e.g. follows
        lines.append(f"{key} = {_toml(value)}")
    for p in parts:
        tags, extra = presentation.apply(layer, p.presentation, p.id, p.tags)
        lines += [
            "",
            "[[parts]]",
            f"id = {_q(p.id)}",
            f"label = {_q(p.label)}",
            f"label_ja = {_q(p.label_ja)}",
        ]
        lines.append(f"weight = {_n(p.weight)}")
        if p.template:
            lines.append(f"template = {_q(p.template)}")
        if tags:
            lines.append(f"presentation = {_strings(tags)}")
        if p.hides:
            lines.append(f"hides = {_strings(p.hides)}")
        for key, value in extra.items():
            lines.append(f"{key} = {_toml(value)}")
    (folder / "layer.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def measure_region(folder: Path, ids: Sequence[str], transform: dict) -> list[int]:
    """Union of the painted pixels of all parts, padded for the layer's transform range."""
    import numpy as np
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    size = 256
    union = np.zeros((size, size), bool)
    for pid in ids:
        img = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
        img.fill(QColor(0, 0, 0, 0))
        painter = QPainter(img)
        QSvgRenderer(QByteArray((folder / f"{pid}.svg").read_bytes())).render(
            painter, QRectF(0, 0, size, size)
        )
        painter.end()
        bits = np.frombuffer(img.constBits(), np.uint8).reshape(size, img.bytesPerLine() // 4, 4)
        union |= bits[:, :size, 3] > 0
    ys, xs = np.nonzero(union)
    x0, x1, y0, y1 = int(xs.min()), int(xs.max()), int(ys.min()), int(ys.max())
    sc = 1024 / size
    tx = max(abs(v) for v in transform.get("x", [0, 0]))
    ty = max(abs(v) for v in transform.get("y", [0, 0]))
    smax = max(transform.get("scale", [1, 1]))
    rot = max(abs(v) for v in transform.get("rotate", [0, 0]))
    pad_s = (smax - 1) * 512 + math.radians(rot) * 560
    pad = 8
    return [
        int(max(0, x0 * sc - pad - tx - pad_s)),
        int(max(0, y0 * sc - pad - ty - pad_s)),
        int(min(1024, (x1 + 1) * sc + pad + tx + pad_s)),
        int(min(1024, (y1 + 1) * sc + pad + ty + pad_s)),
    ]


# ------------------------------------------------------------------------------------------------------
# line weight (R4)


def ribbon_points(
    points: Sequence[tuple[float, float]],
    *,
    thin: float = 2.0,
    heavy: float = 7.0,
    closed: bool = True,
    taper: float = 0.12,
    light: tuple[float, float] = (-1.0, -1.0),
) -> list[tuple[float, float]] | tuple[list, list]:
    """The ribbon polygon around ``points``: for an open line one closed polygon; for a closed
    silhouette ``(outer, inner)``, two rings of opposite winding (fill them together, nonzero rule)."""
    n = len(points)
    if n < 2:
        raise ValueError("a ribbon needs at least two points")
    lx, ly = light
    ll = math.hypot(lx, ly) or 1.0
    lx, ly = lx / ll, ly / ll
    # the signed area (of an open line closed by its chord) tells which side of travel is "outside": the
    # convex side of a curve; a straight open line has no such side and shows its shadow side
    area = sum(
        points[i][0] * points[(i + 1) % n][1] - points[(i + 1) % n][0] * points[i][1] for i in range(n)
    )
    flat = abs(area) < 1e-6 * max(1.0, math.dist(points[0], points[-1]) ** 2)
    out_sign = 1.0 if area > 0 else -1.0
    left, right = [], []
    for i in range(n):
        if closed:
            a, b = points[i - 1], points[(i + 1) % n]
        else:
            a, b = points[max(0, i - 1)], points[min(n - 1, i + 1)]
        tx, ty = b[0] - a[0], b[1] - a[1]
        tl = math.hypot(tx, ty) or 1.0
        # normal to the left of travel in screen coordinates (y down) is (ty, -tx)
        nx, ny = ty / tl * out_sign, -tx / tl * out_sign
        if not closed and flat and nx * lx + ny * ly > 0:
            nx, ny = -nx, -ny
        facing = -(nx * lx + ny * ly)  # 1 = faces away from the light (shadow side), -1 = lit
        k = 0.5 + 0.5 * facing
        k = k * k * (3 - 2 * k)
        w = thin + (heavy - thin) * k
        if not closed and taper > 0:
            t = i / (n - 1)
            e = min(1.0, t / taper, (1 - t) / taper)
            w *= math.sin(e * math.pi / 2)
        x, y = points[i]
        left.append((x + nx * w / 2, y + ny * w / 2))
        right.append((x - nx * w / 2, y - ny * w / 2))
    if closed:
        return left, right[::-1]
    return left + right[::-1]


RIBBON_TOLERANCE = 0.05  # units of the 1024 canvas: 0.09 px on a 1024 px avatar, the largest draw


def thinned(
    ring: Sequence[tuple[float, float]], tolerance: float = RIBBON_TOLERANCE
) -> list[tuple[float, float]]:
    """``ring`` without the points that lie within ``tolerance`` of the line through the points kept
    around them (Douglas-Peucker). A ribbon's edges come from dense spline samples (~3 units apart); most
    of them add nothing at any draw size, while QtSvg strokes the ribbon's hairline segment by segment:
    the face outline's 980 points cost ~1.7 of a posed figure's ~9 ms draw, its 413 kept ones ~0.2 ms."""
    pts = [(float(x), float(y)) for x, y in ring]
    if len(pts) < 3:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    spans = [(0, len(pts) - 1)]
    while spans:
        a, b = spans.pop()
        (ax, ay), (bx, by) = pts[a], pts[b]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        far, far_at = -1.0, -1
        for i in range(a + 1, b):
            px, py = pts[i]
            # the distance from the chord (from its start when the chord is a point)
            d = abs(dx * (py - ay) - dy * (px - ax)) / length if length else math.hypot(px - ax, py - ay)
            if d > far:
                far, far_at = d, i
        if far > tolerance:
            keep[far_at] = True
            spans += [(a, far_at), (far_at, b)]
    return [p for p, k in zip(pts, keep) if k]


def outline_ribbon(
    points: Sequence[tuple[float, float]],
    *,
    spec: str,
    thin: float = 2.0,
    heavy: float = 7.0,
    closed: bool = True,
    taper: float = 0.12,
    light: tuple[float, float] = (-1.0, -1.0),
    hairline: float = 1.2,
    extra: str = "",
) -> str:
    shape = ribbon_points(points, thin=thin, heavy=heavy, closed=closed, taper=taper, light=light)
    rings = [thinned(ring) for ring in (shape if closed else (shape,))]
    d = " ".join("M" + " L".join(f"{fmt(x)},{fmt(y)}" for x, y in ring) + " Z" for ring in rings)
    colour = tone(spec)
    return (
        f'<path d="{d}" fill="{colour}" data-slot="{spec}" stroke="{colour}" data-stroke-slot="{spec}" '
        f'stroke-width="{hairline:g}" stroke-linejoin="round" data-role="line"{(" " + extra) if extra else ""}/>'
    )
