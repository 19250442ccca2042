"""Geometry checks shown in the platform preview. Pure Python, no Qt."""

from __future__ import annotations

import math

from .design import Design
from .pack import Pack
from .values import is_number


def _number(value: object) -> float:
    if not is_number(value):
        raise TypeError(f"not a number: {value!r}")
    return float(value)


def face_ellipse(pack: Pack, design: Design) -> tuple[float, float, float, float] | None:
    """(cx, cy, rx, ry) of the face on the canvas from pack.anchors, moved by the face layer's transform."""
    a = pack.anchors or {}
    try:
        left, right = _number(a["head_left"]), _number(a["head_right"])
        chin = a["chin"]
        bottom = _number(chin[1] if isinstance(chin, (list, tuple)) else chin)
        top = _number(a.get("hairline", a.get("skull_top")))
    except (KeyError, IndexError, TypeError, ValueError):
        return None
    cx, cy, rx, ry = (left + right) / 2, (top + bottom) / 2, (right - left) / 2, (bottom - top) / 2
    if "face" in pack.layer_ids:
        layer = pack.layer("face")
        tf = design.transform("face")
        s = layer.limits.clamp("scale", tf.scale)
        px, py = layer.pivot
        cx, cy = (
            px + (cx - px) * s + layer.limits.clamp("x", tf.x),
            py + (cy - py) * s + layer.limits.clamp("y", tf.y),
        )
        rx, ry = rx * s, ry * s
    return cx, cy, rx, ry


def face_outside_safe_circle(pack: Pack, design: Design, box: tuple[float, float, float, float]) -> bool:
    """True when part of the face falls outside the circle of diameter 0.9 x side of the framed image."""
    face = face_ellipse(pack, design)
    if face is None:
        return False
    bx, by, bw, bh = box
    side = min(bw, bh)
    ccx, ccy, radius = bx + bw / 2, by + bh / 2, 0.45 * side
    cx, cy, rx, ry = face
    for i in range(32):
        t = 2 * math.pi * i / 32
        x, y = cx + rx * math.cos(t), cy + ry * math.sin(t)
        if math.hypot(x - ccx, y - ccy) > radius + 0.5:
            return True
    return False
