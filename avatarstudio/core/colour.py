"""Colours: parsing, and the one rule that derives shade tones from a slot's base colour."""

from __future__ import annotations

import colorsys
from collections.abc import Iterable
from functools import lru_cache

from .values import is_hex

ROLES = ("base", "shadow", "occlusion", "line", "highlight", "rim")
LINE_CONTRAST = 3.0  # skin line art keeps at least this contrast (WCAG ratio) against the skin,
LINE_OVER_SHADOW = 1.8  # and this much where a feature crosses into the skin's cel shadow


def parse_hex(value: str) -> tuple[int, int, int]:
    if not is_hex(value):
        raise ValueError(f"not a #rrggbb colour: {value!r}")
    return int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16)


def to_hex(rgb: Iterable[float]) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def _shift_hue(h: float, target: float, amount: float) -> float:
    """Move hue ``h`` (0..1) toward ``target`` by ``amount`` along the shorter way round."""
    delta = (target - h + 0.5) % 1.0 - 0.5
    step = max(-amount, min(amount, delta))
    return (h + step) % 1.0


def derive(base: str, role: str, slot: str | None = None) -> str:
    """The tone for ``role`` of a slot whose base colour is ``base`` (cel shading, R5).

    shadow: darker (V x 0.80 for warm tones such as skin, x 0.74 for the rest) with the hue nudged toward
    red-purple (warm) or blue-purple; occlusion: the deep shadow where forms meet (V x 0.6: under the
    chin, under the fringe, collar overlaps); line: the darkest tone of the local colour; highlight:
    lighter and a little less saturated, blue-violet on near-black (black-hair shine); rim: a cool light
    along the shadow-side contour that only shows on dark colours (equal to the base on light ones).
    For the ``skin`` slot the line keeps ``LINE_CONTRAST`` against the skin and ``LINE_OVER_SHADOW``
    against its shadow: darker where that is possible, otherwise a light red-brown line (the lightness
    floor), so features survive on the darkest skins at 48 px.
    """
    if role == "base":
        return base.lower()
    r, g, b = (c / 255.0 for c in parse_hex(base))
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    warm = h < 0.12 or h > 0.9
    purple = 0.93 if warm else 0.72
    if role == "shadow":
        h2, s2, v2 = _shift_hue(h, purple, 0.03), min(1.0, s * 1.15 + 0.06), v * (0.80 if warm else 0.74)
    elif role == "occlusion":
        h2, s2, v2 = _shift_hue(h, purple, 0.045), min(1.0, s * 1.2 + 0.1), v * 0.6
    elif role == "line":
        h2, s2, v2 = _shift_hue(h, purple, 0.05), min(1.0, s * 1.2 + 0.15), v * 0.45
        if slot == "skin":
            return _skin_line(base, h2, s2, v2)
    elif role == "highlight":
        if v < 0.3 and slot != "skin":  # near-black (black hair): a muted blue-violet sheen, not grey
            # (saturated, the shine on espresso or jet hair read as violet paint; lifted by 0.38 of the way
            # to white, it read as pale grey tabs on the fringe, seed 37)
            h2, s2, v2 = _shift_hue(h, 0.70, 0.5), 0.3, v + (1.0 - v) * 0.24
        else:
            h2, s2, v2 = h, s * 0.7, v + (1.0 - v) * 0.5
    elif role == "rim":
        lift = max(0.0, 0.55 - v) / 0.55  # 0 on light colours, 1 on black
        h2, s2, v2 = _shift_hue(h, 0.62, 0.08 * lift), s * (1 - 0.4 * lift), v + (1.0 - v) * 0.45 * lift
    else:
        raise ValueError(f"unknown colour role {role!r}; expected one of {', '.join(ROLES)}")
    return _hsv_hex(h2, s2, v2)


def _hsv_hex(h: float, s: float, v: float) -> str:
    return to_hex(tuple(c * 255.0 for c in colorsys.hsv_to_rgb(h, s, v)))


def _skin_line(base: str, h: float, s: float, v: float) -> str:
    """The skin's line tone: the usual dark line, darkened or (on very dark skin) lightened to keep contrast."""
    shadow = derive(base, "shadow")
    for k in range(0, 41):  # darker first: the line art stays dark wherever it can
        candidate = _hsv_hex(h, s, v * (1 - k / 40))
        if (
            contrast_ratio(candidate, base) >= LINE_CONTRAST
            and contrast_ratio(candidate, shadow) >= LINE_OVER_SHADOW
        ):
            return candidate
    # the darkest skins: a light warm red-brown line (the lightness floor), as light as it must be
    _, _, bv = colorsys.rgb_to_hsv(*(c / 255.0 for c in parse_hex(base)))
    for k in range(1, 101):
        candidate = _hsv_hex(0.03, 0.42, min(1.0, bv + k / 100))
        if contrast_ratio(candidate, base) >= LINE_CONTRAST:
            return candidate
    return "#ffffff"


@lru_cache(maxsize=4096)
def hls(value: str) -> tuple[float, float, float]:
    r, g, b = (c / 255.0 for c in parse_hex(value))
    return colorsys.rgb_to_hls(r, g, b)


def relative_luminance(value: str) -> float:
    def lin(c: float) -> float:
        c /= 255.0
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = parse_hex(value)
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@lru_cache(maxsize=4096)
def lab(value: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of a #rrggbb colour."""

    def lin(c: float) -> float:
        c /= 255.0
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(c) for c in parse_hex(value))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e(a: str, b: str) -> float:
    """CIE76 colour difference: about 2 is just noticeable, 15-20 reads as "the same colour" at a glance."""
    la, lb = lab(a), lab(b)
    return float(sum((p - q) ** 2 for p, q in zip(la, lb, strict=True)) ** 0.5)
