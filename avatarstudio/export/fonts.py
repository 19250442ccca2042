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


@lru_cache(maxsize=256)
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


def clean(text: str, weight: str = "regular") -> str:
    """``text`` without characters the font cannot draw (no tofu boxes, no fallback font)."""
    text = " ".join(text.split()) if "\n" not in text else text
    return "".join(ch for ch in text if ch == "\n" or (ch.isprintable() and _covered(ch, weight)))


def undrawable(text: str, weight: str = "regular") -> list[str]:
    """The distinct characters of ``text`` the font cannot draw (emoji, symbols outside Noto Sans CJK)."""
    out = []
    for ch in text:
        if ch == "\n" or ch in out:
            continue
        if ch in "\u200d\ufe0f\ufe0e" or not (ch.isprintable() and _covered(ch, weight)):
            out.append(ch)
    return out


def text_width(text: str, f: ImageFont.FreeTypeFont) -> int:
    if not text:
        return 0
    left, _, right, _ = f.getbbox(text)
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


def fit_line(text: str, max_width: int, size: int, min_size: int, weight: str = "regular"):
    """(font, text) so that text fits ``max_width``: shrink to ``min_size``, then cut with an ellipsis."""
    text = clean(text, weight)
    size = int(size)
    while size > min_size and text_width(text, font(size, weight)) > max_width:
        size = max(min_size, int(size * 0.92))
    f = font(size, weight)
    return f, _cut(text, f, max_width)


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
