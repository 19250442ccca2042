import io
import json
import shutil
import subprocess

import numpy as np
import pytest
from PIL import Image
from support import EXIFTOOL_STRUCTURAL

from avatarstudio.core.errors import ExportError, PresetError
from avatarstudio.core.generate import generate
from avatarstudio.core.presets import avatar_targets, load_all, load_platform
from avatarstudio.export.avatar import export_target
from avatarstudio.export.encode import encode, prepare
from avatarstudio.export.inspect import assert_clean
from avatarstudio.render import Renderer


@pytest.fixture(scope="module")
def renderer():
    return Renderer()


def noisy(size=256):
    import numpy as np

    rng = np.random.default_rng(5)
    return Image.fromarray(rng.integers(0, 255, (size, size, 4), dtype="uint8"), "RGBA")


@pytest.mark.parametrize("fmt", ["png", "jpeg", "webp"])
def test_encode_is_clean_and_deterministic(fmt):
    image = prepare(noisy(), "flatten" if fmt == "jpeg" else "keep", "#ffffff")
    image.info["comment"] = b"Real Name"
    image.info["icc_profile"] = b"x" * 100
    a, b = encode(image, fmt), encode(image, fmt)
    assert a == b
    assert b"Real Name" not in a
    assert_clean(a)


@pytest.mark.parametrize("fmt", ["png", "jpeg", "webp"])
def test_byte_budget_is_met_by_lowering_quality(fmt):
    image = prepare(noisy(384), "flatten", "#ffffff")
    full = encode(image, fmt)
    budget = int(len(full) * 0.6)
    fitted = encode(image, fmt, max_bytes=budget)
    assert len(fitted) <= budget


def test_impossible_budget_is_a_clear_error():
    with pytest.raises(ExportError, match="cannot fit"):
        encode(prepare(noisy(512), "flatten", "#ffffff"), "jpeg", max_bytes=2048, what="x:avatar")


def test_every_preset_file_loads():
    platforms = load_all()
    assert {
        "x",
        "instagram",
        "facebook",
        "line",
        "discord",
        "slack",
        "youtube",
        "tiktok",
        "bluesky",
        "mastodon",
        "misskey",
        "github",
        "twitch",
        "threads",
        "zoom",
        "teams",
        "telegram",
    } <= set(platforms)
    for target in avatar_targets(platforms):
        assert target.size[0] == target.size[1]


@pytest.mark.parametrize(
    "body, message",
    [
        ("[targets.avatar]\nsize = [0, 400]\n", "impossible"),
        (
            '[targets.avatar]\nsize = [400, 400]\nformat = "jpeg"\nbackground = "transparent"\n',
            "no transparency",
        ),
        ('[targets.avatar]\nsize = [400, 400]\nformat = "gif"\n', "'format'"),
        ("[targets.avatar]\nsize = [400, 400]\nmax_bytes = 10\n", "max_bytes"),
    ],
)
def test_impossible_presets_are_refused_with_file_named(tmp_path, body, message):
    path = tmp_path / "bad.toml"
    path.write_text('platform = "bad"\n' + body)
    with pytest.raises(PresetError, match=message) as info:
        load_platform(path)
    assert "bad.toml" in str(info.value)


def test_every_avatar_target_within_limits_and_clean(mini_pack, renderer):
    design = generate(mini_pack, "presets")
    for target in avatar_targets(load_all()):
        data = export_target(mini_pack, design, target, renderer)
        image = Image.open(io.BytesIO(data))
        assert image.size == target.size, target.name
        assert image.format.lower() == {"jpeg": "jpeg"}.get(target.format, target.format)
        assert target.max_bytes is None or len(data) <= target.max_bytes
        assert_clean(data)
        if target.background == "flatten":
            assert image.mode == "RGB"


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool not installed")
def test_exiftool_finds_no_metadata(tmp_path, mini_pack, renderer):
    design = generate(mini_pack, "exif")
    for target in avatar_targets(load_all())[:6]:
        path = tmp_path / f"{target.platform}.{target.format}"
        path.write_bytes(export_target(mini_pack, design, target, renderer))
        out = subprocess.run(["exiftool", "-j", "-a", str(path)], capture_output=True, text=True, check=True)
        tags = set(json.loads(out.stdout)[0]) - EXIFTOOL_STRUCTURAL
        assert not tags, (target.name, tags)


def _chunk_types(data: bytes) -> list[bytes]:
    import struct

    pos, out = 8, []
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        out.append(data[pos + 4 : pos + 8])
        pos += 12 + length
    return out


@pytest.mark.parametrize("mode", ["RGBA", "RGB"])
def test_full_colour_png_gives_back_exactly_its_pixels(mode):
    import numpy as np

    rng = np.random.default_rng(11)
    pixels = rng.integers(0, 255, (37, 53, 4), dtype="uint8")
    pixels[:10] = (12, 200, 40, 255)  # flat runs, as in drawn art
    pixels[10:14, :, 3] = 0  # and fully transparent rows
    image = Image.fromarray(pixels, "RGBA").convert(mode)
    data = encode(image, "png")
    decoded = Image.open(io.BytesIO(data))
    assert decoded.mode == mode and decoded.size == (53, 37)
    assert decoded.tobytes() == image.tobytes()
    assert _chunk_types(data) == [b"IHDR", b"IDAT", b"IEND"]
    assert encode(image.copy(), "png") == data
    assert_clean(data)


def test_png_with_dpi_has_only_phys_besides_pixels():
    image = prepare(noisy(64), "keep", "#ffffff")
    data = encode(image, "png", dpi=72)
    assert _chunk_types(data) == [b"IHDR", b"pHYs", b"IDAT", b"IEND"]
    decoded = Image.open(io.BytesIO(data))
    assert [round(v) for v in decoded.info["dpi"]] == [72, 72]
    assert decoded.tobytes() == image.tobytes()
    assert_clean(data, allow_phys=True)


def test_png_budget_falls_back_to_fewer_colours():
    image = prepare(noisy(256), "keep", "#ffffff")
    full = encode(image, "png")
    fitted = encode(image, "png", max_bytes=len(full) // 3)
    assert len(fitted) <= len(full) // 3
    assert Image.open(io.BytesIO(fitted)).mode == "P"


def test_webp_stays_lossless_when_a_budget_needs_the_smaller_lossless_setting():
    import numpy as np

    pixels = np.zeros((128, 128, 4), dtype="uint8")
    pixels[::2, ::3] = (200, 30, 90, 255)
    pixels[40:90, 20:100] = (10, 120, 250, 255)
    image = Image.fromarray(pixels, "RGBA")
    fast = encode(image, "webp")
    slower = encode(image, "webp", max_bytes=len(fast) - 1)
    assert len(slower) < len(fast)
    for data in (fast, slower):
        assert Image.open(io.BytesIO(data)).convert("RGBA").tobytes() == image.tobytes()


def test_flattening_an_opaque_image_gives_the_composited_pixels():
    rng = np.random.default_rng(7)
    pixels = rng.integers(0, 256, (64, 96, 4), dtype=np.uint8)
    for opaque in (True, False):
        pixels[..., 3] = 255 if opaque else rng.integers(0, 256, (64, 96), dtype=np.uint8)
        image = Image.fromarray(pixels, "RGBA")
        base = Image.new("RGBA", image.size, (18, 200, 99, 255))
        expected = np.asarray(Image.alpha_composite(base, image).convert("RGB"))
        assert np.array_equal(np.asarray(prepare(image, "flatten", "#12c863")), expected)


def test_encoding_leaves_the_callers_image_as_it_was():
    # encode shares the pixels instead of copying them (a banner copy is 12-15 MB): the caller's image
    # keeps its pixels and its info, and the file gets neither the info nor anything else
    image = prepare(noisy(), "flatten", "#ffffff")
    image.info["comment"] = b"Real Name"
    before = image.tobytes()
    for fmt in ("png", "jpeg", "webp"):
        data = encode(image, fmt)
        assert b"Real Name" not in data
        assert_clean(data)
    assert image.info == {"comment": b"Real Name"} and image.tobytes() == before
    rgba = noisy()
    assert prepare(rgba, "keep", "#ffffff") is rgba  # kept alpha: no copy


def test_rule_facts_of_opaque_and_transparent_files():
    from avatarstudio.export.rules import facts

    opaque = encode(prepare(noisy(64), "flatten", "#ffffff"), "jpeg")
    f = facts(opaque)
    assert (f.mode, f.has_alpha, f.corners_clear, f.alpha_bbox) == ("RGB", False, False, (0, 0, 64, 64))
    pixels = np.zeros((40, 50, 4), np.uint8)
    pixels[5:30, 10:45] = (200, 10, 10, 255)
    f = facts(encode(Image.fromarray(pixels, "RGBA"), "png"))
    assert (f.has_alpha, f.corners_clear, f.alpha_bbox) == (True, True, (10, 5, 45, 30))
    palette = Image.fromarray(pixels, "RGBA").quantize(8, method=Image.Quantize.FASTOCTREE)
    out = io.BytesIO()
    palette.save(out, format="PNG")
    f = facts(out.getvalue())
    assert (f.mode, f.has_alpha, f.corners_clear, f.alpha_bbox) == ("P", True, True, (10, 5, 45, 30))
