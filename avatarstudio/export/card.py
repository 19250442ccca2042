"""Profile card (自己紹介カード): avatar, name, handle, tags and a few fields in the theme colours.

Layout is computed first (text measured with the Noto Sans CJK font), then the vector pieces
(background pattern, panels, rings, tag pills) are written as one SVG (``Svg``) and rendered
through the Renderer (anti-aliased), the avatar is composited, and the text is drawn with Pillow.
Every text box either shrinks to fit or wraps with an ellipsis: nothing is clipped.

Landscape targets (X) put the avatar left and text right; portrait and square targets (Instagram,
Bluesky) stack them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PIL import Image, ImageDraw

from ..core.colour import parse_hex
from ..core.compose import LayerSvg, View, compose_layers
from ..core.design import Design
from ..core.generate import pick, unit
from ..core.pack import Pack
from ..core.persona import Theme, hashtag, persona_handle, theme_palette
from ..core.presets import FRAMINGS, Target
from . import fonts

TITLE = {"ja": "自己紹介カード", "en": "PROFILE CARD"}
# The tags already show as pills, so the bio takes every line that is left (it was cut off before).
FIELDS = {
    "ja": (("ひとこと", "bio"),),
    "en": (("About", "bio"),),
}
PATTERNS = ("dots", "stripes", "sparkles", "grid")


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


def pattern_kind(design: Design) -> str:
    return pick(design.seed, "persona:pattern", [(p, 1.0) for p in PATTERNS])


def draw_pattern(
    dwg: Svg,
    w: int,
    h: int,
    theme: Theme,
    kind: str,
    seed: str,
    *,
    scale: float = 1.0,
    opacity: float = 0.55,
) -> None:
    """A theme-coloured background pattern over the full canvas (deterministic)."""
    dwg.add(dwg.rect((0, 0), (w, h), fill=theme.paper))
    step = max(24.0, 56.0 * scale)
    g = dwg.g(opacity=f"{opacity:g}")
    if kind == "dots":
        r = step * 0.12
        rows = int(h / step) + 2
        for j in range(rows):
            for i in range(int(w / step) + 2):
                x = i * step + (step / 2 if j % 2 else 0)
                g.add(dwg.circle((round(x, 2), round(j * step, 2)), round(r, 2), fill=theme.soft))
    elif kind == "stripes":
        sw = step * 0.35
        for i in range(-int(h / step) - 2, int(w / step) + 2):
            x = i * step
            g.add(dwg.polygon([(x, 0), (x + sw, 0), (x + sw + h, h), (x + h, h)], fill=theme.soft))
    elif kind == "grid":
        for i in range(int(w / step) + 2):
            g.add(dwg.rect((round(i * step, 2), 0), (max(1.0, round(step * 0.06, 2)), h), fill=theme.soft))
        for j in range(int(h / step) + 2):
            g.add(dwg.rect((0, round(j * step, 2)), (w, max(1.0, round(step * 0.06, 2))), fill=theme.soft))
    else:  # sparkles: four-point stars at seeded positions
        n = int(w * h / (step * step * 4)) + 4
        for i in range(n):
            cx, cy = unit(seed, f"persona:sparkle:x:{i}") * w, unit(seed, f"persona:sparkle:y:{i}") * h
            s = step * (0.18 + 0.3 * unit(seed, f"persona:sparkle:s:{i}"))
            pts = [
                (cx, cy - s),
                (cx + s * 0.25, cy - s * 0.25),
                (cx + s, cy),
                (cx + s * 0.25, cy + s * 0.25),
                (cx, cy + s),
                (cx - s * 0.25, cy + s * 0.25),
                (cx - s, cy),
                (cx - s * 0.25, cy - s * 0.25),
            ]
            colour = theme.soft if i % 3 else theme.accent
            g.add(dwg.polygon([(round(x, 2), round(y, 2)) for x, y in pts], fill=colour))
    dwg.add(g)


class SvgElement:
    """One element of an ``Svg``: its tag, attributes and children (a group's)."""

    def __init__(self, tag: str, attribs: dict) -> None:
        # as svgwrite names them: a trailing "_" dropped, inner ones made "-" (stroke_width: stroke-width)
        self.tag = tag
        self.attribs = {key.rstrip("_").replace("_", "-"): value for key, value in attribs.items()}
        self.children: list[SvgElement] = []

    def add(self, element: SvgElement) -> SvgElement:
        self.children.append(element)
        return element

    def write(self, out: list[str]) -> None:
        attribs = "".join(
            f' {key}="{_attr(value)}"'
            for key, value in sorted(self.attribs.items())
            if value is not None and str(value)
        )
        if not self.children:
            out.append(f"<{self.tag}{attribs} />")
            return
        out.append(f"<{self.tag}{attribs}>")
        for child in self.children:
            child.write(out)
        out.append(f"</{self.tag}>")


def _attr(value) -> str:
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class Svg(SvgElement):
    """A card's or banner's vector pieces (rect, circle, polygon, g): the text svgwrite wrote for them
    (attributes sorted, numbers as str() writes them, the same root), so the same pixels, without
    svgwrite's ~50 ms of imports (urllib, http, email: its validators) in each process that draws one nor
    its ElementTree round trip (~3 ms a banner)."""

    def __init__(self, w: int, h: int) -> None:
        super().__init__(
            "svg",
            {
                "baseProfile": "full",
                "height": h,
                "version": "1.1",
                "viewBox": f"0 0 {w} {h}",
                "width": w,
                "xmlns": "http://www.w3.org/2000/svg",
                "xmlns:ev": "http://www.w3.org/2001/xml-events",
                "xmlns:xlink": "http://www.w3.org/1999/xlink",
            },
        )
        self.add(SvgElement("defs", {}))

    def rect(self, insert, size, rx=None, ry=None, **extra) -> SvgElement:
        (x, y), (w, h) = insert, size
        return SvgElement("rect", {"x": x, "y": y, "width": w, "height": h, "rx": rx, "ry": ry, **extra})

    def circle(self, center, r, **extra) -> SvgElement:
        return SvgElement("circle", {"cx": center[0], "cy": center[1], "r": r, **extra})

    def polygon(self, points, **extra) -> SvgElement:
        return SvgElement("polygon", {"points": " ".join(f"{x},{y}" for x, y in points), **extra})

    def g(self, **extra) -> SvgElement:
        return SvgElement("g", extra)

    def tostring(self) -> str:
        out: list[str] = []
        self.write(out)
        return "".join(out)


def new_svg(w: int, h: int) -> Svg:
    return Svg(w, h)


def render_svg(renderer, dwg: Svg, w: int, h: int, name: str = "kit") -> Image.Image:
    return renderer.render([LayerSvg(name, name, dwg.tostring())], w, h)


def avatar_disc(
    pack: Pack, design: Design, renderer, size: int, ring: int, ring_colour: str, framing: str = "bust"
) -> Image.Image:
    """The avatar (with its background) in a circle with a coloured ring; transparent outside."""
    inner = size - 2 * ring
    art = renderer.render(compose_layers(pack, design, View(box=FRAMINGS[framing])), inner, inner)
    out = Image.new("RGBA", (size, size), parse_hex(ring_colour) + (0,))
    out.putalpha(disc_mask(size))
    art.putalpha(Image.fromarray(_min_arrays(art.getchannel("A"), disc_mask(inner))))
    out.alpha_composite(art, (ring, ring))
    return out


DISC_SS = 4  # a disc is drawn at 4x its size and LANCZOS-resized: its edge anti-aliased
DISC_TILE = 24  # px of the resized disc computed at once


def disc_mask(size: int) -> Image.Image:
    """A disc ``size`` px across (L): an ellipse drawn at DISC_SS times the size, LANCZOS-resized. Only
    the tiles the edge crosses are resized (each the same pixels as in a resize of the whole: a resize of
    a box reads the kernels' pixels around it); the tiles inside are 255, those outside 0: ~8 against
    ~15 ms for a card's 447 px ring (tests/export/test_card_svg.py compares with the whole resize)."""
    ss, big = DISC_SS, size * DISC_SS
    drawn = Image.new("L", (big, big), 0)
    ImageDraw.Draw(drawn).ellipse((0, 0, big - 1, big - 1), fill=255)
    out = Image.new("L", (size, size), 0)
    centre, radius = (big - 1) / 2, big / 2
    reach = 3 * ss + 2  # LANCZOS reads 3 px of the output (12 of the drawing) around each pixel, and a margin
    for top in range(0, size, DISC_TILE):
        for left in range(0, size, DISC_TILE):
            right, bottom = min(size, left + DISC_TILE), min(size, top + DISC_TILE)
            x0, y0, x1, y1 = left * ss - reach, top * ss - reach, right * ss + reach, bottom * ss + reach
            nearest = math.hypot(max(x0 - centre, 0, centre - x1), max(y0 - centre, 0, centre - y1))
            farthest = math.hypot(
                max(abs(x0 - centre), abs(x1 - centre)), max(abs(y0 - centre), abs(y1 - centre))
            )
            if nearest > radius + 2:
                continue
            if farthest < radius - 2:
                out.paste(255, (left, top, right, bottom))
                continue
            box = (left * ss, top * ss, right * ss, bottom * ss)
            out.paste(drawn.resize((right - left, bottom - top), Image.Resampling.LANCZOS, box), (left, top))
    return out


def _min_arrays(a: Image.Image, b: Image.Image):
    import numpy as np

    return np.minimum(np.asarray(a), np.asarray(b))


def draw_text(
    image: Image.Image, xy: tuple[float, float], text: str, f, fill: str, anchor: str = "la"
) -> None:
    fonts.draw(image, (round(xy[0]), round(xy[1])), text, f, parse_hex(fill) + (255,), anchor)


def _pill_layout(tags: tuple[str, ...], f, max_width: float, gap: float, pad: float, max_rows: int):
    """[(row, x, width, text)] of tag pills, wrapped into rows; tags that do not fit are dropped."""
    rows: list[list[tuple[float, str]]] = [[]]
    x = 0.0
    for tag in tags:
        label = fonts._cut("#" + fonts.clean(hashtag(tag) or tag), f, int(max_width - 2 * pad))
        w = fonts.text_width(label, f) + 2 * pad
        if rows[-1] and x + w > max_width:
            if len(rows) == max_rows:
                break
            rows.append([])
            x = 0.0
        rows[-1].append((w, label))
        x += w + gap
    return rows


def render_card(pack: Pack, design: Design, target: Target, renderer) -> Image.Image:
    """The profile card for ``target.size`` as an RGBA image (opaque)."""
    w, h = target.size
    persona = design.persona
    require_drawable(design, target.name)
    theme = theme_palette(pack, design)
    lang = persona.language if persona.language in TITLE else "en"
    landscape = w / h > 1.3
    u = min(w, h) / 100.0  # layout unit
    pad = 5 * u
    band_h = 11 * u
    dwg = new_svg(w, h)
    draw_pattern(dwg, w, h, theme, pattern_kind(design), design.seed, scale=u / 8)
    # Title band and the main panel.
    dwg.add(dwg.rect((0, 0), (w, band_h), fill=theme.primary))
    panel = Box(pad, band_h + pad, w - 2 * pad, h - band_h - 2 * pad)
    dwg.add(
        dwg.rect(
            (panel.x, panel.y),
            (panel.w, panel.h),
            rx=3 * u,
            ry=3 * u,
            fill="#ffffff",
            stroke=theme.soft,
            stroke_width=max(2, round(0.6 * u)),
        )
    )
    inner = Box(panel.x + pad, panel.y + pad, panel.w - 2 * pad, panel.h - 2 * pad)
    squarish = not landscape and w / h > 0.9
    head = None  # squarish cards: name and handle beside the avatar, the rest full width below
    if landscape:
        av_size = int(min(inner.h, inner.w * 0.42))
        av_xy = (int(inner.x), int(inner.y + (inner.h - av_size) / 2))
        text_box = Box(inner.x + av_size + pad, inner.y, inner.w - av_size - pad, inner.h)
        align = "l"
    elif squarish:
        av_size = int(min(inner.w * 0.4, inner.h * 0.32))
        av_xy = (int(inner.x), int(inner.y))
        head = Box(inner.x + av_size + pad, inner.y, inner.w - av_size - pad, av_size)
        body_y = inner.y + av_size + pad * 0.6
        text_box = Box(inner.x, body_y, inner.w, inner.bottom - body_y)
        align = "l"
    else:
        av_size = int(min(inner.w * 0.5, inner.h * 0.3))
        av_xy = (int(inner.x + (inner.w - av_size) / 2), int(inner.y))
        text_box = Box(inner.x, inner.y + av_size + pad * 0.8, inner.w, inner.h - av_size - pad * 0.8)
        align = "c"

    # Text measurement before drawing the pills (they are vector shapes).
    tb = text_box
    hb = head or tb
    name_f, name = fonts.fit_line(persona.display_name, int(hb.w), int(8 * u), int(4 * u), "bold")
    handle_f, handle = fonts.fit_line(image_handle(target, persona), int(hb.w), int(5 * u), int(3 * u))
    label_f = fonts.font(int(3.4 * u), "bold")
    body_f = fonts.font(int(4 * u))
    pill_f = fonts.font(int(3.6 * u))
    pill_pad, pill_gap = 1.8 * u, 1.4 * u
    # One row of tag pills outside landscape cards, so the bio keeps its lines.
    pill_rows = _pill_layout(persona.tags, pill_f, tb.w, pill_gap, pill_pad, 2 if landscape else 1)
    layout = []  # (x, y, text, font, colour)

    def x_for(width: float, box: Box = tb) -> float:
        return box.x if align == "l" else box.x + (box.w - width) / 2

    name_h = fonts.line_height(name_f)
    head_h = name_h + 0.6 * u + fonts.line_height(handle_f)
    y = hb.y + max(0.0, (hb.h - head_h) / 2) if head else tb.y
    layout.append((x_for(fonts.text_width(name, name_f), hb), y, name, name_f, theme.deep))
    y += name_h + 0.6 * u
    layout.append((x_for(fonts.text_width(handle, handle_f), hb), y, handle, handle_f, theme.primary))
    y = tb.y if head else y + fonts.line_height(handle_f) + 2.2 * u
    pill_h = fonts.line_height(pill_f) + 1.2 * u
    for row in pill_rows:
        row_w = sum(pw for pw, _ in row) + pill_gap * (len(row) - 1)
        x = x_for(row_w)
        for pw, label in row:
            dwg.add(
                dwg.rect(
                    (round(x, 2), round(y, 2)),
                    (round(pw, 2), round(pill_h, 2)),
                    rx=pill_h / 2,
                    ry=pill_h / 2,
                    fill=theme.soft,
                )
            )
            layout.append((x + pill_pad, y + 0.6 * u, label, pill_f, theme.ink))
            x += pw + pill_gap
        y += pill_h + pill_gap
    y += 1.2 * u
    # Fields: label then value; the bio takes the lines that are left.
    values = {"bio": persona.bio}
    line_h = fonts.line_height(body_f) + 0.4 * u
    for i, (label, key) in enumerate(FIELDS[lang]):
        if y + fonts.line_height(label_f) + line_h > tb.bottom:
            break
        dwg.add(
            dwg.rect((round(tb.x, 2), round(y, 2)), (round(tb.w, 2), max(1, round(0.3 * u))), fill=theme.soft)
        )
        y += 1.0 * u
        layout.append((tb.x, y, label, label_f, theme.primary))
        y += fonts.line_height(label_f) + 0.3 * u
        room = int((tb.bottom - y) // line_h)
        is_last = i == len(FIELDS[lang]) - 1
        lines = fonts.wrap_lines(values[key], body_f, int(tb.w), max(1, room if is_last else min(2, room)))
        for line in lines:
            layout.append((tb.x, y, line, body_f, theme.ink))
            y += line_h
        y += 1.0 * u
    image = render_svg(renderer, dwg, w, h, "card")
    image.alpha_composite(
        avatar_disc(pack, design, renderer, av_size, max(4, int(1.2 * u)), theme.primary), av_xy
    )
    title_f, title = fonts.fit_line(TITLE[lang], int(w - 2 * pad), int(6 * u), int(3 * u), "bold")
    draw_text(image, (w / 2, band_h / 2), title, title_f, "#ffffff", "mm")
    for x, ty, text, f, colour in layout:
        x = ink_origin(text, f, x)
        ensure_inside(text, f, (x, ty), (pad, band_h, w - pad, h - pad), target.name)
        draw_text(image, (x, ty), text, f, colour)
    return image


def ink_origin(text: str, f, x: float) -> float:
    """Where to draw left-aligned text so a glyph's left overhang (bold 'Y', 'A') stays right of ``x``;
    fonts.text_width already counts the overhang, so the right edge stays within the fitted width."""
    return x - min(0, fonts.bbox(text, f)[0]) if text else x


def ensure_inside(
    text: str, f, xy: tuple[float, float], box: tuple[float, float, float, float], what: str
) -> None:
    """Guard: text is never clipped (a layout bug raises instead of writing a cut-off image)."""
    if not text:
        return
    left, top, right, bottom = fonts.bbox(text, f)
    x, y = xy
    if x + left < box[0] - 1 or x + right > box[2] + 1 or y + top < box[1] - 1 or y + bottom > box[3] + 1:
        from ..core.errors import ExportError

        raise ExportError(f"text {text!r} does not fit its box {tuple(round(v) for v in box)}", file=what)


def image_handle(target: Target, persona) -> str:
    """The handle as the target's platform writes it (the user's own for it, else the canonical one in
    the platform's form: Bluesky '-', Facebook '.'), with its '@'."""
    return "@" + persona_handle(target.platform, persona)


def require_drawable(design: Design, what: str) -> None:
    """Refuse persona text the image font cannot draw (emoji, rare symbols), naming each character,
    instead of dropping it silently (an empty tag pill, a bio with holes)."""
    from ..core.errors import ExportError

    p = design.persona
    found = []
    hint = (
        "install the emoji font (tools/setup.sh: fonts-noto-color-emoji)"
        if fonts.emoji_path() is None
        else "no font avatarstudio uses can draw them"
    )
    for label, text in (("display name", p.display_name), ("handle", p.handle), ("bio", p.bio)) + tuple(
        ("tag", t) for t in p.tags
    ):
        missing = fonts.undrawable(text)
        if missing:
            names = ", ".join(f"{c} (U+{ord(c):04X})" for c in missing)
            found.append(f"the {label} holds {names}")
    if found:
        raise ExportError(
            "; ".join(found) + f". Cards and banners cannot draw these characters ({hint}); "
            "remove them from the persona or replace them with text",
            file=what,
        )
