"""The rule check's image facts: read without needless conversions, each distinct file decoded once."""

import io
import struct
import zlib

import pytest
from PIL import Image

from avatarstudio.export import rules
from avatarstudio.export.encode import png_rgb


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


# --- the fast path for the PNGs the kit writes (rules._kit_png_facts) against Pillow's reading ---------


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    out, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        out.append((data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]))
        pos += 12 + length
    return out


def _png(chunks: list[tuple[bytes, bytes]]) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + b"".join(_chunk(k, b) for k, b in chunks)


def _swap(data: bytes, kind: bytes, body: bytes) -> bytes:
    """``data`` with ``kind``'s body replaced (its CRC made right again)."""
    return _png([(k, body if k == kind else b) for k, b in _chunks(data)])


def _art() -> Image.Image:
    im = Image.new("RGBA", (37, 23), (0, 0, 0, 0))
    im.paste((200, 10, 10, 255), (5, 6, 20, 19))
    im.putpixel((30, 2), (0, 0, 0, 1))  # a barely visible pixel still counts for the box
    return im


def _rows(im: Image.Image, filter_type: int = 0) -> bytes:
    raw = im.tobytes()
    stride = len(raw) // im.height
    return b"".join(bytes([filter_type]) + raw[y : y + stride] for y in range(0, len(raw), stride))


def _outcome(fn, data: bytes):
    try:
        return fn(data)
    except Exception as exc:
        return type(exc)


def _damaged() -> dict[str, bytes]:
    """png_rgb's PNG and the ways it can be broken or differ from what png_rgb writes."""
    good = png_rgb(_art(), dpi=72)
    idat = dict(_chunks(good))[b"IDAT"]
    stream = zlib.decompress(idat)
    ihdr = dict(_chunks(good))[b"IHDR"]
    pos = good.index(b"IDAT")
    cases = {
        "rgba 72 dpi": good,
        "rgba": png_rgb(_art()),
        "rgb": png_rgb(_art().convert("RGB"), dpi=300),
        "empty rgba": png_rgb(Image.new("RGBA", (8, 5), (9, 9, 9, 0))),
        "opaque corner": png_rgb(Image.new("RGBA", (1, 1), (9, 9, 9, 255))),
        "idat crc": good[: pos + 4 + len(idat)] + b"\0\0\0\0" + good[pos + 8 + len(idat) :],
        "ihdr crc": good[:29] + bytes([good[29] ^ 1]) + good[30:],
        "cut": good[: len(good) // 2],
        "no iend": good[:-12],
        "after iend": good + b"junk",
        "adler-32": _swap(good, b"IDAT", idat[:-1] + bytes([idat[-1] ^ 1])),
        "stream cut": _swap(good, b"IDAT", idat[:-6]),
        "stream padded": _swap(good, b"IDAT", idat + b"\0\0\0\0"),
        "a row too many": _swap(good, b"IDAT", zlib.compress(stream + stream[: len(stream) // 23])),
        "a row short": _swap(good, b"IDAT", zlib.compress(stream[: -len(stream) // 23])),
        "a byte short": _swap(good, b"IDAT", zlib.compress(stream[:-1])),
        "filter sub": _swap(good, b"IDAT", zlib.compress(_rows(_art(), 1))),
        "filter 9": _swap(good, b"IDAT", zlib.compress(_rows(_art(), 9))),
        "two idat": _png(
            [(k, b) for k, b in _chunks(good) if k != b"IDAT"][:2]
            + [(b"IDAT", idat[:20]), (b"IDAT", idat[20:]), (b"IEND", b"")]
        ),
        "interlaced": _swap(good, b"IHDR", ihdr[:12] + b"\1"),
        "16-bit": _swap(good, b"IHDR", ihdr[:8] + b"\x10" + ihdr[9:]),
        "grey alpha": _swap(good, b"IHDR", ihdr[:9] + b"\4" + ihdr[10:]),
        "taller": _swap(good, b"IHDR", ihdr[:4] + struct.pack(">I", 24) + ihdr[8:]),
        "narrower": _swap(good, b"IHDR", struct.pack(">I", 36) + ihdr[4:]),
        "zero wide": _swap(good, b"IHDR", struct.pack(">I", 0) + ihdr[4:]),
        "pHYs aspect": _swap(good, b"pHYs", struct.pack(">IIB", 2835, 2835, 0)),
        "pHYs short": _swap(good, b"pHYs", struct.pack(">II", 2835, 2835)),
        "tEXt": _png(_chunks(good)[:1] + [(b"tEXt", b"Author\0me")] + _chunks(good)[1:]),
        "pillow png": _encoded(_art()),
        "palette": _encoded(_art().convert("P")),
        "apng": _encoded(_art(), save_all=True, append_images=[_art().rotate(90)], duration=100),
        "huge": _swap(good, b"IHDR", struct.pack(">II", 60000, 60000) + ihdr[8:]),
    }
    return cases


def _without_fast_path(monkeypatch):
    monkeypatch.setattr(rules, "_kit_png_facts", lambda data: None)


@pytest.mark.parametrize("case", list(_damaged()))
def test_the_kit_png_fast_path_reads_what_pillow_reads_and_refuses_what_it_refuses(case, monkeypatch):
    data = _damaged()[case]
    fast = _outcome(rules.facts, data)
    problems = rules.check_image(case, data, fmt="png", transparent=True, min_dpi=72, margin=1)
    _without_fast_path(monkeypatch)
    assert fast == _outcome(rules.facts, data)
    assert problems == rules.check_image(case, data, fmt="png", transparent=True, min_dpi=72, margin=1)


def test_the_fast_path_takes_only_png_rgb_files():
    taken = {case for case, data in _damaged().items() if rules._kit_png_facts(data) is not None}
    # bytes after the zlib stream's end inside the IDAT: libdeflate and Pillow both stop at the end
    assert taken == {"rgba 72 dpi", "rgba", "rgb", "empty rgba", "opaque corner", "stream padded"}
    f = rules._kit_png_facts(_damaged()["rgba 72 dpi"])
    assert f.alpha_bbox == (5, 2, 31, 19) and f.corners_clear and f.dpi and round(f.dpi[0]) == 72
    assert rules._kit_png_facts(_damaged()["empty rgba"]).alpha_bbox is None
    assert not rules._kit_png_facts(_damaged()["opaque corner"]).corners_clear


def test_a_damaged_kit_png_is_still_refused():
    cases = _damaged()
    refused = (
        "idat crc",
        "ihdr crc",
        "cut",
        "no iend",
        "after iend",
        "adler-32",
        "stream cut",
        "a byte short",
    )
    for case in refused + ("filter 9", "interlaced", "narrower", "huge"):
        assert rules.check_image(case, cases[case], fmt="png"), case


def test_the_metadata_check_is_read_once_per_file_inside_remembered(monkeypatch):
    read = []
    plain = rules._unclean
    monkeypatch.setattr(rules, "_unclean", lambda data: read.append(data) or plain(data))
    tagged = _damaged()["tEXt"]
    with rules.remembered():
        first = rules.check_clean("a.png", tagged)
        assert rules.check_clean("b.png", bytes(bytearray(tagged))) == [first[0].replace("a.png", "b.png")]
        assert rules.check_clean("c.png", _damaged()["rgba"]) == []
        assert rules.check_clean("d.png", _damaged()["rgba"]) == []
    assert len(read) == 2 and first and "tEXt" in first[0]
    assert rules.check_clean("a.png", tagged) == first and len(read) == 3


# --- WebM: every frame decoded, a frame converted to RGBA only where its planes differ from the first's


def _webm(frames: list[Image.Image]) -> bytes:
    from avatarstudio.export.animate import Timing, encode_webm

    return encode_webm(frames, Timing(len(frames), 1000 * len(frames) // 8, 0))


def _moving(n: int, still_until: int) -> list[Image.Image]:
    out = []
    for i in range(n):
        im = Image.new("RGBA", (64, 48), (0, 0, 0, 0))
        x = 8 + max(0, i - still_until + 1) * 3
        im.paste((30, 160, 220, 255), (x, 10, x + 20, 38))
        out.append(im)
    return out


@pytest.mark.parametrize(
    "frames",
    [_moving(8, 8), _moving(8, 7), _moving(8, 1), _moving(1, 1)],
    ids=["still art", "the last moves", "all move", "one frame"],
)
def test_webm_facts_are_those_of_converting_every_frame(frames, monkeypatch):
    data = _webm(frames)
    converted = []
    plain = rules._webm_rgba
    monkeypatch.setattr(rules, "_webm_rgba", lambda frame: converted.append(frame) or plain(frame))
    lazy = rules.animation(data)
    # lossy VP9 decodes even still art's second frame a little differently: the first two are converted
    assert len(converted) == min(2, len(frames)) and lazy.frames == len(frames)
    monkeypatch.setattr(rules, "_webm_planes", lambda frame: object())  # never alike: convert every frame
    assert rules.animation(data) == lazy


def test_a_webm_frame_whose_planes_are_the_firsts_is_not_converted(monkeypatch):
    data = _webm(_moving(8, 1))
    converted = []
    plain = rules._webm_rgba
    monkeypatch.setattr(rules, "_webm_rgba", lambda frame: converted.append(frame) or plain(frame))
    assert not rules.animation(data).all_identical
    monkeypatch.setattr(rules, "_webm_planes", lambda frame: "alike")
    converted.clear()
    assert rules.animation(data).all_identical and len(converted) == 1
    problems = rules.check_animation("a.webm", data, fmt="webm")
    assert "a.webm: every frame is the same image" in problems
