"""Headers and banners: a theme-coloured pattern, the avatar inside the safe zone, name and handle.

Each banner target carries ``safe`` ([x0, y0, x1, y1]: what every device shows) and ``avoid``
(boxes the platform covers, e.g. the profile picture overlapping the header's lower left) in
``Target.extra`` (presets/*.toml, with sources). The avatar and the text are placed inside ``safe``
and outside every ``avoid`` box; ``placement()`` is pure so tests can check it without pixels.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image

from ..core.compose import View, compose_layers
from ..core.design import Design
from ..core.pack import Pack
from ..core.persona import hashtag, theme_palette
from ..core.presets import FRAMINGS, Target
from . import fonts
from .card import (
    draw_pattern,
    draw_text,
    ensure_inside,
    image_handle,
    ink_origin,
    new_svg,
    pattern_kind,
    render_svg,
    require_drawable,
)
from .stickers import fit, trim

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1


def _overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@dataclass(frozen=True)
class Placement:
    avatar: Rect  # square the avatar (with outline) is fitted into
    text: Rect  # box for name and handle


def zones(target: Target) -> tuple[Rect, list[Rect]]:
    w, h = target.size
    safe = tuple(target.extra.get("safe") or (0, 0, w, h))
    avoid = [tuple(b) for b in target.extra.get("avoid") or []]
    return safe, avoid


def placement(target: Target) -> Placement:
    """Avatar square at the right of the safe zone, text to its left, both clear of ``avoid``."""
    safe, avoid = zones(target)
    sx0, sy0, sx1, sy1 = safe
    sw, sh = sx1 - sx0, sy1 - sy0
    pad = max(8.0, sh * 0.06)
    side = min(sh - 2 * pad, sw * 0.42)
    avatar = None
    while side >= 16 and avatar is None:
        y0 = sy0 + (sh - side) / 2
        x = sx1 - pad - side
        while x >= sx0 + pad:
            box = (x, y0, x + side, y0 + side)
            if not any(_overlaps(box, a) for a in avoid):
                avatar = box
                break
            x -= max(4.0, side * 0.05)
        if avatar is None:
            side *= 0.9
    if avatar is None:
        avatar = (sx0, sy0, sx0 + 16, sy0 + 16)
    # Text: the best of beside-left / below / above the avatar, each cut clear of the avoid boxes.
    ax0, ay0, ax1, ay1 = avatar
    candidates = [
        (sx0 + pad, ay0, ax0 - pad, ay1),
        (sx0 + pad, ay1 + pad / 2, sx1 - pad, sy1 - pad / 2),
        (sx0 + pad, sy0 + pad / 2, sx1 - pad, ay0 - pad / 2),
    ]

    def clear(rect: Rect) -> Rect:
        for _ in range(len(avoid) * 2 + 1):
            hit = next((a for a in avoid if _overlaps(rect, a)), None)
            if hit is None:
                return rect
            x0, y0, x1, y1 = rect
            options = [
                (x0, y0, min(x1, hit[0] - pad), y1),
                (max(x0, hit[2] + pad), y0, x1, y1),
                (x0, y0, x1, min(y1, hit[1] - pad / 2)),
                (x0, max(y0, hit[3] + pad / 2), x1, y1),
            ]
            rect = max(options, key=_score)
        return (rect[0], rect[1], rect[0], rect[1]) if any(_overlaps(rect, a) for a in avoid) else rect

    text = max((clear(c) for c in candidates), key=_score)
    if _score(text) <= 0:
        text = (sx0, sy0, sx0, sy0)
    return Placement(avatar=avatar, text=text)


def _score(rect: Rect) -> float:
    w, h = rect[2] - rect[0], rect[3] - rect[1]
    if w <= 0 or h <= 0:
        return 0.0
    return min(w, h * 5) * h


def avatar_side(target: Target) -> int:
    """The side in px of the square the banner's avatar is fitted into."""
    ax0, _, ax1, _ = placement(target).avatar
    return int(ax1 - ax0)


def fit_avatar(art: Image.Image, side: int) -> Image.Image:
    """The banner avatar: ``art`` (the trimmed bust) fitted and outlined in a ``side`` px square."""
    return fit(art, (side, side), margin=0, outline_px=max(2, int(side * 0.02)), anchor="bottom")


def render_banner(
    pack: Pack,
    design: Design,
    target: Target,
    renderer,
    *,
    art: Image.Image | None = None,
    avatar: Image.Image | None = None,
) -> Image.Image:
    """The banner of ``target``; ``art``: the trimmed bust at 768 px, when the caller has drawn it;
    ``avatar``: its fitting for this banner (fit_avatar(art, avatar_side(target))), when the caller has it
    (banners with one avatar square share it)."""
    w, h = target.size
    persona = design.persona
    require_drawable(design, target.name)
    theme = theme_palette(pack, design)
    place = placement(target)
    u = min(w, h) / 100.0
    dwg = new_svg(w, h)
    draw_pattern(dwg, w, h, theme, pattern_kind(design), design.seed, scale=u / 5, opacity=0.8)
    # A soft plate behind the avatar so it reads over the pattern.
    ax0, ay0, ax1, ay1 = place.avatar
    r = (ax1 - ax0) / 2
    dwg.add(
        dwg.circle(
            (round((ax0 + ax1) / 2, 2), round((ay0 + ay1) / 2, 2)),
            round(r * 0.96, 2),
            fill=theme.soft,
            opacity="0.9",
        )
    )
    tx0, ty0, tx1, ty1 = place.text
    text_w = int(tx1 - tx0)
    k = 1.0
    while True:  # shrink the whole block until its height fits the text box
        th = (ty1 - ty0) * k
        name_f, name = fonts.fit_line(
            persona.display_name, text_w, int(th * 0.3), max(10, int(u * 4 * k)), "bold"
        )
        handle_f, handle = fonts.fit_line(
            image_handle(target, persona), text_w, int(th * 0.14), max(9, int(u * 3 * k))
        )
        tags_f, tags = fonts.fit_line(
            "  ".join("#" + (hashtag(t) or t) for t in persona.tags),
            text_w,
            int(th * 0.1),
            max(9, int(u * 2.6 * k)),
        )
        block = [(name, name_f, theme.deep), (handle, handle_f, theme.primary), (tags, tags_f, theme.ink)]
        gaps = [fonts.line_height(f) * 0.25 for _, f, _ in block]
        total = sum(fonts.line_height(f) for _, f, _ in block) + sum(gaps[:-1])
        if total <= ty1 - ty0 or k < 0.3:
            break
        k *= 0.9
    widest = max(fonts.text_width(t, f) for t, f, _ in block)
    y = ty0 + max(0.0, ((ty1 - ty0) - total) / 2)
    if text_w > 0 and widest > 0:
        plate_pad = min(u * 2.5, max(8.0, (zones(target)[0][3] - zones(target)[0][1]) * 0.06) * 0.8)
        x_right = min(tx0 + widest + plate_pad, tx1 + plate_pad * 0.5)
        dwg.add(
            dwg.rect(
                (round(tx0 - plate_pad, 2), round(y - plate_pad, 2)),
                (round(x_right - tx0 + plate_pad, 2), round(total + 2 * plate_pad, 2)),
                rx=round(plate_pad, 2),
                ry=round(plate_pad, 2),
                fill="#ffffff",
                opacity="0.85",
            )
        )
    image = render_svg(renderer, dwg, w, h, "banner")
    if avatar is None:
        if art is None:
            art = trim(
                renderer.render(
                    compose_layers(pack, design, View(box=FRAMINGS["bust"], background=False)), 768, 768
                )
            )
        avatar = fit_avatar(art, avatar_side(target))
    image.alpha_composite(avatar, (int(ax0), int(ay0)))
    if text_w > 0:
        for (text, f, colour), gap in zip(block, gaps):
            x = ink_origin(text, f, tx0)
            ensure_inside(text, f, (x, y), place.text[:2] + (tx1, h), target.name)
            ensure_inside(text, f, (x, y), zones(target)[0], target.name)
            draw_text(image, (x, y), text, f, colour)
            y += fonts.line_height(f) + gap
    return image
