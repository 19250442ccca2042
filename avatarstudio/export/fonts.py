"""Fonts for cards and banners: one known font file, never the system's font fallback.

Text is drawn with Pillow from Noto Sans CJK (full Japanese coverage). The file is looked up in the
bundled location first (``sys._MEIPASS/fonts`` in the PyInstaller build), then Debian's
fonts-noto-cjk path; nothing else is searched, so the output does not depend on (or reveal) which
fonts a machine has. Layout is Pillow's BASIC engine (no raqm/fontconfig), so the same text gives
the same pixels everywhere.

Fitting: ``fit_line`` shrinks text to fit a width and, at the minimum size, cuts it with an ellipsis;
``wrap_lines`` wraps by character (Japanese has no spaces; English prefers spaces) with an ellipsis
on the last line. Text is never clipped by the image edge.
"""

from __future__ import annotations

import sys
from functools import cache, lru_cache
from pathlib import Path

from PIL import ImageFont

from ..core.errors import ExportError

FONT_FILES = {"regular": "NotoSansCJK-Regular.ttc", "bold": "NotoSansCJK-Bold.ttc"}
DEBIAN_DIRS = (Path("/usr/share/fonts/opentype/noto"),)
# Emoji the user types are drawn from Noto Color Emoji (a bitmap font with one 109 px strike, scaled to
# the text size); without it they are refused by name (card.require_drawable), never dropped.
EMOJI_FILE = "NotoColorEmoji.ttf"
EMOJI_DIRS = (Path("/usr/share/fonts/truetype/noto"),)
EMOJI_STRIKE = 109
EMOJI_HINT = "install the Noto Color Emoji font (Debian/Ubuntu: `apt-get install -y fonts-noto-color-emoji`)"
# Code points that only modify the emoji before them: joiners, variation selectors, skin tones, tags.
_EMOJI_GLUE = {0x200D, 0xFE0F, 0xFE0E, 0x20E3} | set(range(0x1F3FB, 0x1F400)) | set(range(0xE0020, 0xE0080))
TTC_INDEX_JP = 0  # face 0 of the Noto Sans CJK collection is "Noto Sans CJK JP"
ELLIPSIS = "…"
INSTALL_HINT = (
    "install the Noto Sans CJK font: on Debian/Ubuntu `apt-get install -y fonts-noto-cjk`, "
    "or put NotoSansCJK-Regular.ttc and NotoSansCJK-Bold.ttc in the bundle's fonts/ folder"
)


def font_dirs() -> list[Path]:
    dirs = []
    base = getattr(sys, "_MEIPASS", None)
    if base:
        dirs.append(Path(base) / "fonts")
    dirs.extend(DEBIAN_DIRS)
    return dirs


@cache
def font_path(weight: str = "regular") -> Path:
    """The font file for ``weight`` (bold falls back to regular of the same family)."""
    names = [FONT_FILES[weight]] + ([FONT_FILES["regular"]] if weight != "regular" else [])
    for name in names:
        for folder in font_dirs():
            path = folder / name
            if path.is_file():
                return path
    searched = ", ".join(str(d) for d in font_dirs())
    raise ExportError(
        f"no Japanese font found (looked for {FONT_FILES[weight]} in {searched}); {INSTALL_HINT}",
        file=FONT_FILES[weight],
    )


# every FreeType face of the CJK font holds ~2 MB (its CFF tables); a kit asks for ~130 sizes, so
# keep few: 16 faces cut a kit's peak memory by ~200 MiB for the same CPU time (docs/speed.md)
@lru_cache(maxsize=16)
def font(size: int, weight: str = "regular") -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(
        str(font_path(weight)), max(1, int(size)), index=TTC_INDEX_JP, layout_engine=ImageFont.Layout.BASIC
    )


@lru_cache(maxsize=4096)
def _covered(ch: str, weight: str) -> bool:
    if ch.isspace():
        return True
    f = font(32, weight)
    # A private-use code point: the font draws .notdef (the tofu box) for it.
    return _mask(f, ch) != _mask(f, "\ue000")


def _mask(f, ch: str) -> tuple:
    m = f.getmask(ch)
    return m.size, bytes(m)


@cache
def emoji_path() -> Path | None:
    bundle = getattr(sys, "_MEIPASS", None)
    folders = ([Path(bundle) / "fonts"] if bundle else []) + list(EMOJI_DIRS)
    for folder in folders:
        if (folder / EMOJI_FILE).is_file():
            return folder / EMOJI_FILE
    return None


@cache
def emoji_font() -> ImageFont.FreeTypeFont | None:
    path = emoji_path()
    if path is None:
        return None
    from PIL import features

    # Raqm (HarfBuzz) joins ZWJ sequences, skin tones and flags into one glyph; BASIC draws the parts.
    engine = ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC
    return ImageFont.truetype(str(path), EMOJI_STRIKE, layout_engine=engine)


@lru_cache(maxsize=4096)
def is_emoji(ch: str) -> bool:
    """True for a character drawn from the emoji font (or one that glues onto the emoji before it)."""
    if ord(ch) in _EMOJI_GLUE:
        return emoji_font() is not None
    if ch.isspace() or _covered(ch, "regular") or ord(ch) < 0x2000:
        return False
    f = emoji_font()
    return (
        f is not None and float(f.getbbox(ch)[2]) > 0 and f.getmask(ch).size != f.getmask("\U0010fffd").size
    )


def _drawable(ch: str, weight: str) -> bool:
    return ch.isprintable() and _covered(ch, weight) or is_emoji(ch)


def clean(text: str, weight: str = "regular") -> str:
    """``text`` without characters no font can draw (no tofu boxes, no system fallback font)."""
    text = " ".join(text.split()) if "\n" not in text else text
    return "".join(ch for ch in text if ch == "\n" or _drawable(ch, weight))


def runs(text: str) -> list[tuple[bool, str]]:
    """``text`` split into (is_emoji, piece) runs."""
    out: list[tuple[bool, str]] = []
    for ch in text:
        emo = is_emoji(ch)
        if out and out[-1][0] == emo:
            out[-1] = (emo, out[-1][1] + ch)
        else:
            out.append((emo, ch))
    return out


def _emoji_scale(f: ImageFont.FreeTypeFont) -> float:
    return float(f.size) / EMOJI_STRIKE


def _emoji() -> ImageFont.FreeTypeFont:
    e = emoji_font()
    if e is None:  # is_emoji() is False for every character without the font, so this is a bug
        raise ExportError(f"emoji font missing; {EMOJI_HINT}", file=EMOJI_FILE)
    return e


def bbox(text: str, f: ImageFont.FreeTypeFont) -> tuple[float, float, float, float]:
    """Ink box of ``text`` drawn at (0, 0) with anchor 'la', emoji included."""
    if not any(is_emoji(c) for c in text):
        return f.getbbox(text)
    left, top, right, bottom = f.getbbox("A")
    x = 0.0
    first = True
    for emo, piece in runs(text):
        if emo:
            k = _emoji_scale(f)
            e = _emoji()
            ascent = f.getmetrics()[0]
            ex0, ey0, ex1, ey1 = e.getbbox(piece)
            y0 = ascent - e.getmetrics()[0] * k
            top, bottom = min(top, y0 + ey0 * k), max(bottom, y0 + ey1 * k)
            x += e.getlength(piece) * k
        else:
            b = f.getbbox(piece)
            if first:
                left = min(0, b[0])
            top, bottom = min(top, b[1]), max(bottom, b[3])
            x += f.getlength(piece)
        first = False
    return left, top, x, bottom


def draw(image, xy: tuple[float, float], text: str, f, fill: tuple, anchor: str = "la") -> None:
    """Draw ``text`` on ``image`` (RGBA), emoji in colour from the emoji font, baselines aligned."""
    from PIL import Image, ImageDraw

    d = ImageDraw.Draw(image)
    if anchor != "la" or not any(is_emoji(c) for c in text):
        d.text(xy, text, font=f, fill=fill, anchor=anchor)
        return
    x, y = xy
    ascent = f.getmetrics()[0]
    for emo, piece in runs(text):
        if not emo:
            d.text((round(x), round(y)), piece, font=f, fill=fill)
            x += f.getlength(piece)
            continue
        e, k = _emoji(), _emoji_scale(f)
        width = max(1, int(e.getlength(piece)))
        e_ascent, e_descent = e.getmetrics()
        glyphs = Image.new("RGBA", (width, e_ascent + e_descent + 32), (0, 0, 0, 0))
        ImageDraw.Draw(glyphs).text((0, 0), piece, font=e, embedded_color=True)
        size = (max(1, round(glyphs.width * k)), max(1, round(glyphs.height * k)))
        small = glyphs.resize(size, Image.Resampling.LANCZOS)
        image.alpha_composite(small, (round(x), round(y + ascent - e_ascent * k)))
        x += e.getlength(piece) * k


def undrawable(text: str, weight: str = "regular") -> list[str]:
    """The distinct characters of ``text`` the font cannot draw (emoji, symbols outside Noto Sans CJK)."""
    out = []
    for ch in text:
        if ch == "\n" or ch in out:
            continue
        if not _drawable(ch, weight):
            out.append(ch)
    return out


def text_width(text: str, f: ImageFont.FreeTypeFont) -> int:
    if not text:
        return 0
    left, _, right, _ = bbox(text, f)
    return int(right - min(0, left))


def line_height(f: ImageFont.FreeTypeFont) -> int:
    ascent, descent = f.getmetrics()
    return ascent + descent


def _cut(text: str, f, max_width: int) -> str:
    if text_width(text, f) <= max_width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text_width(text[:mid].rstrip() + ELLIPSIS, f) <= max_width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ELLIPSIS if lo else ELLIPSIS


SHRINK = 0.92  # fit_line's sizes: each this share of the one before, down to the minimum


def shrink_steps(size: int, min_size: int) -> list[int]:
    """The sizes fit_line tries, largest first: ``size``, then each SHRINK of the one before, down to
    ``min_size`` (the last)."""
    steps = [int(size)]
    while steps[-1] > min_size:
        steps.append(max(min_size, int(steps[-1] * SHRINK)))
    return steps


def fit_line(text: str, max_width: int, size: int, min_size: int, weight: str = "regular"):
    """(font, text) so that text fits ``max_width``: shrink to ``min_size``, then cut with an ellipsis."""
    text = clean(text, weight)
    f = font(line_size(text, max_width, size, min_size, weight), weight)
    return f, _cut(text, f, max_width)


def line_size(text: str, max_width: int, size: int, min_size: int, weight: str = "regular") -> int:
    """The first of shrink_steps(size, min_size) at which ``text`` fits ``max_width`` (else the last): the
    size a search down the steps finds, from a measure at the largest, one at the step it predicts (ink
    grows in proportion to the type size, to hinting's pixel) and one at the step over that, instead of a
    measure and a font load (~0.4 ms) at every step: a kit's banners and cards loaded ~110 fonts for their
    text, ~60 now (tests/export/test_line_sizes.py compares the two over names, lengths and widths)."""
    steps = shrink_steps(size, min_size)
    last = len(steps) - 1

    def fits(i: int) -> bool:
        return i == last or text_width(text, font(steps[i], weight)) <= max_width

    width = text_width(text, font(steps[0], weight))
    if width <= max_width or last == 0:
        return steps[0]
    i = next(k for k in range(1, last + 1) if k == last or width * steps[k] <= max_width * steps[0])
    if fits(i):  # up while the step over it fits too
        while i > 1 and fits(i - 1):
            i -= 1
    else:
        while not fits(i):
            i += 1
    return steps[i]


def wrap_lines(text: str, f, max_width: int, max_lines: int) -> list[str]:
    """Wrap ``text`` into at most ``max_lines`` lines no wider than ``max_width``; ellipsis if cut."""
    text = clean(text)
    lines: list[str] = []
    rest = text
    while rest and len(lines) < max_lines:
        if text_width(rest, f) <= max_width:
            lines.append(rest)
            rest = ""
            break
        # Longest prefix that fits.
        lo, hi = 1, len(rest)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if text_width(rest[:mid], f) <= max_width:
                lo = mid
            else:
                hi = mid - 1
        cut = lo
        space = rest.rfind(" ", 0, cut + 1)
        if space > cut // 2 and rest[:cut].isascii():
            cut = space
        # Kinsoku: do not start a line with closing punctuation.
        while cut < len(rest) and rest[cut] in "、。，．・）」』！？!?,.)" and cut > 1:
            cut -= 1
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest and lines:
        last = lines[-1]
        while last and text_width(last + ELLIPSIS, f) > max_width:
            last = last[:-1]
        lines[-1] = last.rstrip() + ELLIPSIS
    return lines
