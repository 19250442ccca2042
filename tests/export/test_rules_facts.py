"""The rule check's image facts: read without needless conversions, each distinct file decoded once."""

import io

import pytest
from PIL import Image

from avatarstudio.export import rules


def _encoded(im: Image.Image, fmt: str = "PNG", **options) -> bytes:
    out = io.BytesIO()
    im.save(out, fmt, **options)
    return out.getvalue()


def _reference(data: bytes) -> tuple:
    """(has alpha, corners clear, alpha box) the plain way: every image converted to RGBA first."""
    with Image.open(io.BytesIO(data)) as im:
        has_alpha = im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info)
        a = im.convert("RGBA").getchannel("A")
        w, h = im.size
        corners = all(a.getpixel(p) == 0 for p in ((0, 0), (w - 1, 0), (0, h - 1), (w - 1, h - 1)))
        return has_alpha, has_alpha and corners, a.getbbox() if has_alpha else (0, 0, w, h)


def _images() -> dict[str, bytes]:
    rgba = Image.new("RGBA", (40, 30), (0, 0, 0, 0))
    rgba.paste((200, 10, 10, 255), (5, 6, 20, 25))
    edge = rgba.copy()
    edge.putpixel((0, 0), (1, 2, 3, 255))  # a corner that is not clear
    palette = rgba.convert("P")
    palette.info["transparency"] = palette.getpixel((0, 0))
    return {
        "rgba": _encoded(rgba),
        "rgba corner": _encoded(edge),
        "rgb": _encoded(rgba.convert("RGB")),
        "la": _encoded(rgba.convert("LA")),
        "palette": _encoded(palette, transparency=palette.info["transparency"]),
        "jpeg": _encoded(rgba.convert("RGB"), "JPEG"),
        "webp": _encoded(rgba, "WEBP", lossless=True),
    }


@pytest.mark.parametrize("kind", list(_images()))
def test_facts_match_the_plain_reading(kind):
    data = _images()[kind]
    f = rules.facts(data)
    assert (f.has_alpha, f.corners_clear, f.alpha_bbox) == _reference(data)
    assert f.size == (40, 30) and f.nbytes == len(data)


def test_a_file_is_decoded_once_inside_remembered_and_the_memo_is_dropped(monkeypatch):
    decoded = []
    plain = rules._facts
    monkeypatch.setattr(rules, "_facts", lambda data: decoded.append(data) or plain(data))
    data = _images()["rgba"]
    same = bytes(bytearray(data))  # equal bytes, another object: a file two platforms hold
    with rules.remembered():
        with rules.remembered():  # nested: the outer block's memo is kept
            first = rules.facts(data)
        assert rules.facts(same) == first
        assert len(decoded) == 1
    rules.facts(data)
    assert len(decoded) == 2  # outside the block nothing is kept
    assert rules._remembered is None


def test_an_animated_sticker_in_a_static_whatsapp_pack_is_still_flagged():
    frames = [Image.new("RGBA", (512, 512), (0, 0, 0, 0)) for _ in range(2)]
    frames[1].paste((255, 0, 0, 255), (100, 100, 200, 200))
    moving = _encoded(frames[0], "WEBP", save_all=True, append_images=frames[1:], duration=100)
    still = _encoded(frames[1], "WEBP")
    assert rules.frame_count(moving) == 2 and rules.frame_count(still) == 1
    problems = rules.check_whatsapp({"stickers/01.webp": moving, "stickers/02.webp": still})
    assert [p for p in problems if "animated sticker in a static pack" in p] == [
        "stickers/01.webp: animated sticker in a static pack; a pack is all static or all animated (§17)"
    ]


def test_a_twitch_emote_whose_size_is_not_its_name_is_flagged_and_a_broken_one_does_not_raise():
    emote = _encoded(Image.new("RGBA", (56, 56), (0, 0, 0, 0)))
    problems = rules.check_twitch(
        {"emotes/a_28.png": emote, "emotes/b_56.png": emote, "emotes/c_28.png": b"x"}
    )
    assert "emotes/a_28.png: is (56, 56), its name says 28 px (§13)" in problems
    assert not any(p.startswith("emotes/b_56.png") for p in problems)
    assert any(p.startswith("emotes/c_28.png: not a readable image") for p in problems)
    assert rules.image_size(b"x") is None and rules.frame_count(b"x") == 0


def test_a_jpeg_keeps_its_size_and_a_cut_one_is_not_readable():
    photo = Image.effect_noise((1200, 480), 60).convert("RGB")  # decoded at an 8th of its size for the check
    data = _encoded(photo, "JPEG", quality=90)
    assert rules.facts(data).size == (1200, 480) and rules.facts(data).mode == "RGB"
    cut = data[: len(data) // 2]
    problems = rules.check_image("banner.jpg", cut, fmt="jpeg")
    assert len(problems) == 1 and "not a readable image" in problems[0]
