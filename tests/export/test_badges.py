"""Emoji badges: add_badge draws each sign and its halo as masks over the box they cover; the pixels are
those of the plain way (both layers drawn in colour on a 2x-badge RGBA square, composited, cropped)."""

import numpy as np
import pytest
from PIL import Image, ImageDraw

from avatarstudio.export import stickers
from avatarstudio.export.chibi import load_figure_kit
from avatarstudio.export.fonts import font

SIDES = (22, 28, 56, 100, 128, 180)  # Twitch, Telegram, Discord and the rest, LINE


def _plain_badge(image, badge, halo=(255, 255, 255)):
    """add_badge as first written: the reference its pixels must keep."""
    side = image.width
    size = max(8, round(side * stickers.BADGE_SHARE))
    colour = tuple(int(badge.get("colour", "#e8456b")[i : i + 2], 16) for i in (1, 3, 5))
    big = size * 4
    bold, ring = max(1, round(big * stickers.BADGE_BOLD)), max(2, round(big * stickers.BADGE_HALO))
    sign = Image.new("RGBA", (big * 2, big * 2), (0, 0, 0, 0))
    back = Image.new("RGBA", sign.size, (0, 0, 0, 0))
    if "text" in badge:
        text = str(badge["text"])
        f = font(round(big * (1.0 if len(text) == 1 else 0.78 if len(text) == 2 else 0.58)), "bold")
        for layer, width, fill in ((back, bold + ring, halo), (sign, bold, colour)):
            ImageDraw.Draw(layer).text(
                (big, big), text, font=f, anchor="mm", fill=fill + (255,), stroke_width=width,
                stroke_fill=fill + (255,),
            )  # fmt: skip
    else:
        stickers._badge_shape(ImageDraw.Draw(back), str(badge["shape"]), big, ring, halo + (255,))
        stickers._badge_shape(ImageDraw.Draw(sign), str(badge["shape"]), big, 0, colour + (255,))
    mark = Image.alpha_composite(back, sign)
    mark = mark.crop(mark.getchannel("A").getbbox())
    mark.thumbnail((size, size), Image.Resampling.LANCZOS)
    out = image.copy()
    inset = max(1, side // 60)
    out.alpha_composite(mark, (side - mark.width - inset, image.height - mark.height - inset))
    return out


def _face(side: int) -> Image.Image:
    """A face-like emoji: a soft disc with a noisy colour, transparent corners."""
    rng = np.random.default_rng(side)
    pixels = rng.integers(0, 256, (side, side, 4), dtype=np.uint8)
    y, x = np.mgrid[:side, :side]
    r = np.hypot(x - side / 2, y - side / 2)
    pixels[..., 3] = np.clip((side * 0.45 - r) * 60, 0, 255).astype(np.uint8)
    return Image.fromarray(pixels, "RGBA")


@pytest.mark.parametrize("halo", [(255, 255, 255), (38, 36, 48)])
def test_every_badge_has_the_pixels_of_the_plain_drawing(builtin_pack, halo):
    badges = load_figure_kit(builtin_pack).badges
    assert any("text" in b for b in badges.values()) and any("shape" in b for b in badges.values())
    for side in SIDES:
        face = _face(side)
        for name, badge in badges.items():
            got = stickers.add_badge(face, badge, halo=halo)
            want = _plain_badge(face, badge, halo)
            assert got.tobytes() == want.tobytes(), (name, side)
            assert got is not face and face.tobytes() == _face(side).tobytes()  # the face is not drawn on


def test_no_badge_leaves_the_emoji_as_it_is():
    face = _face(28)
    assert stickers.add_badge(face, None) is face
    assert stickers.add_badge(face, {"text": " "}).tobytes() == face.tobytes()  # a sign of no ink
