"""Persona kits: every platform's files checked against docs/platforms.md, determinism, validators.

The numbers in these tests are restated from docs/platforms.md on purpose (not read
from presets or rules.py), so a wrong number in either is caught.
"""

import io
import re
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from avatarstudio.core.errors import ExportError
from avatarstudio.core.generate import generate
from avatarstudio.core.pack import load_pack
from avatarstudio.core.presets import load_all
from avatarstudio.export import (
    rules,
)
from avatarstudio.export.kit import build_kit, check_files, kit_files, make_zip
from tests.conftest import MINI_PACK


@pytest.fixture(scope="module")
def pack():
    return load_pack(MINI_PACK)


@pytest.fixture(scope="module")
def design(pack):
    return generate(pack, "kit-test")


@pytest.fixture(scope="module")
def kit(pack, design, tmp_path_factory):
    out = tmp_path_factory.mktemp("kit")
    seen: list[float] = []
    report = build_kit(pack, design, "all", out, progress=lambda f, _m: seen.append(f))
    return out, report, seen


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _img(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


def _transparent(im: Image.Image) -> bool:
    a = im.convert("RGBA").getchannel("A")
    w, h = im.size
    return im.mode in ("RGBA", "PA", "LA") and all(
        a.getpixel(p) == 0 for p in ((0, 0), (w - 1, 0), (0, h - 1), (w - 1, h - 1))
    )


def _no_metadata_png(data: bytes) -> bool:
    return all(c in rules.PNG_CHUNKS_ALLOWED for c in rules.png_chunks(data))


def test_every_platform_has_a_folder_with_alt_text(kit):
    out, report, _ = kit
    assert set(report.platforms) == set(load_all())
    for pid, pk in report.platforms.items():
        names = {p.name for p in pk.files}
        assert {"alt.txt", "alt.ja.txt", "profile.txt"} <= names, pid
        ja = (out / pid / "alt.ja.txt").read_text(encoding="utf-8")
        en = (out / pid / "alt.txt").read_text(encoding="utf-8")
        assert "アバター" in ja and "avatar" in en
        assert all(p.is_file() for p in pk.files)
    assert report.persona_generated


def test_every_kit_passes_its_validator(kit):
    out, _, _ = kit
    for platform in load_all().values():
        assert check_files(platform, _files(out / platform.id)) == [], platform.id


def test_the_checks_facts_of_every_kit_image_are_pillows(kit):
    """rules reads the kit's own PNGs (png_rgb's: 8-bit RGB/RGBA, filter 0, one IDAT) with libdeflate and
    numpy; every kit image's facts must be those Pillow reads, and every such PNG must take that path."""
    out, _, _ = kit
    images = {}
    for name, data in _files(out).items():
        if name.endswith(".zip"):
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                images.update({f"{name}/{n}": zf.read(n) for n in zf.namelist() if n.endswith(".png")})
        elif name.endswith((".png", ".jpg", ".webp")):
            images[name] = data
    fast = 0
    for name, data in images.items():
        assert rules._facts(data) == rules._pillow_facts(data), name
        png_rgb_shape = data[:4] == b"\x89PNG" and data[25] in (2, 6) and b"acTL" not in data
        assert (rules._kit_png_facts(data) is not None) == png_rgb_shape, name
        fast += png_rgb_shape
    assert fast > 100


def test_line_sticker_zip_40(kit):
    """§1.2: main 240x240, tab 96x74, 8/16/24/32/40 stickers <= 370x320 even, ~10 px margin,
    transparent RGB PNG, >= 72 dpi, <= 1 MB each, files at the ZIP root, ZIP <= 20 MB."""
    out, _, _ = kit
    data = (out / "line" / "line-stickers.zip").read_bytes()
    assert len(data) <= 20_000_000
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        assert names == ["main.png", "tab.png"] + [f"{i:02d}.png" for i in range(1, 41)]
        for info in infos:
            assert "/" not in info.filename and info.date_time == (1980, 1, 1, 0, 0, 0)
            assert (info.external_attr >> 16) & 0o777 == 0o644
            blob = zf.read(info)
            assert len(blob) <= 1_000_000 and blob[:8] == b"\x89PNG\r\n\x1a\n"
            assert blob[25] == 6  # truecolour + alpha ("RGB colour mode", transparent)
            assert _no_metadata_png(blob)
            im = _img(blob)
            assert im.info.get("dpi") and min(im.info["dpi"]) >= 71.5
            assert _transparent(im), info.filename
            w, h = im.size
            if info.filename == "main.png":
                assert (w, h) == (240, 240)
            elif info.filename == "tab.png":
                assert (w, h) == (96, 74)
            else:
                assert w <= 370 and h <= 320 and w % 2 == 0 and h % 2 == 0
                x0, y0, x1, y1 = im.getchannel("A").getbbox()
                assert min(x0, y0, w - x1, h - y1) >= 9, info.filename  # "about 10 px"
    # Every sticker is a different image (expression x framing x mirror x tilt).
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        stickers = [zf.read(f"{i:02d}.png") for i in range(1, 41)]
    assert len(set(stickers)) == 40
    assert rules.check_line_stickers("line-stickers.zip", data) == []


def test_line_emoji_zip(kit):
    """§1.3: 8-40 emoji of exactly 180x180 + tab 96x74, transparent PNG, <= 1 MB, ZIP < 20 MB."""
    out, _, _ = kit
    data = (out / "line" / "line-emoji.zip").read_bytes()
    assert len(data) < 20_000_000
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = zf.namelist()
        numbered = [n for n in names if re.fullmatch(r"\d{3}\.png", n)]
        assert 8 <= len(numbered) <= 40 and "tab.png" in names
        for n in names:
            im = _img(zf.read(n))
            assert im.size == ((96, 74) if n == "tab.png" else (180, 180))
            assert _transparent(im) and len(zf.read(n)) <= 1_000_000


def test_telegram(kit):
    """§16: one side exactly 512, other <= 512, PNG/WebP <= 512 KB; thumbnail 100x100 <= 128 KB;
    custom emoji exactly 100x100."""
    out, _, _ = kit
    files = _files(out / "telegram")
    stickers = {
        k: v
        for k, v in files.items()
        if k.startswith("stickers/") and k.endswith(".png") and "thumb" not in k
    }
    assert len(stickers) >= 1
    for name, blob in stickers.items():
        im = _img(blob)
        assert max(im.size) == 512 and min(im.size) <= 512 and len(blob) <= 512_000 and _transparent(im), name
    thumb = _img(files["stickers/thumb.png"])
    assert thumb.size == (100, 100) and len(files["stickers/thumb.png"]) <= 128_000
    emoji = [k for k in files if k.startswith("emoji/")]
    assert emoji and all(_img(files[k]).size == (100, 100) for k in emoji)


def test_whatsapp(kit):
    """§17: exactly 512x512 WebP, <= 100 KB static, transparent, 3-30 per pack; tray 96x96 PNG <= 50 KB."""
    out, _, _ = kit
    files = _files(out / "whatsapp")
    stickers = {k: v for k, v in files.items() if k.startswith("stickers/") and k.endswith(".webp")}
    assert 3 <= len(stickers) <= 30
    for name, blob in stickers.items():
        im = _img(blob)
        assert im.format == "WEBP" and im.size == (512, 512) and len(blob) <= 100_000 and _transparent(im), (
            name
        )
        assert all(c in rules.WEBP_CHUNKS_ALLOWED for c in rules.webp_chunks(blob))
    tray = files["stickers/tray.png"]
    assert _img(tray).size == (96, 96) and _img(tray).format == "PNG" and len(tray) <= 50_000
    assert not any(
        k.endswith(".png") and k != "stickers/tray.png" for k in files if k.startswith("stickers/")
    )


def test_discord(kit):
    """§5: emoji 128x128 <= 256 KiB; stickers 320x320 PNG <= 512 KiB; banner per preset."""
    out, _, _ = kit
    files = _files(out / "discord")
    emoji = [k for k in files if k.startswith("emoji/")]
    stickers = [k for k in files if k.startswith("stickers/") and k.endswith(".png")]
    assert emoji and stickers
    for k in emoji:
        assert _img(files[k]).size == (128, 128) and len(files[k]) <= 256 * 1024
        assert re.fullmatch(r"emoji/[a-z0-9_]{2,32}\.png", k)
    for k in stickers:
        im = _img(files[k])
        assert (
            im.size == (320, 320) and im.format == "PNG" and len(files[k]) <= 512 * 1024 and _transparent(im)
        )
    assert _img(files["banner.png"]).size == (1200, 480)  # a true 5:2
    assert _img(files["server_icon.png"]).size == (512, 512)


def test_slack_and_fediverse_emoji(kit):
    """§6 Slack: square, < 128 KB, transparent works best. §10/§11: <= 256 KB, shortcode [a-zA-Z0-9_]{2,}."""
    out, _, _ = kit
    for pid, limit in (("slack", 128_000), ("mastodon", 256_000), ("misskey", 256_000)):
        files = _files(out / pid)
        emoji = [k for k in files if k.startswith("emoji/")]
        assert emoji, pid
        for k in emoji:
            im = _img(files[k])
            assert im.size[0] == im.size[1] and len(files[k]) < limit and _transparent(im)
            assert re.fullmatch(r"[a-zA-Z0-9_]{2,}", Path(k).stem)


def test_banners_and_cards_sizes(kit):
    """§0.2 header sizes; cards in post sizes; JPEG/PNG without metadata."""
    out, _, _ = kit
    expected = {
        ("x", "header.jpg"): (1500, 500),
        ("youtube", "banner.jpg"): (2560, 1440),
        ("discord", "banner.png"): (1200, 480),  # a true 5:2 (min 600x240)
        ("bluesky", "banner.jpg"): (3000, 1000),
        ("mastodon", "header.jpg"): (1500, 500),
        ("facebook", "cover.jpg"): (851, 315),
        ("line", "background.jpg"): (1080, 878),
        ("x", "card.png"): (1200, 675),
        ("instagram", "card.jpg"): (1080, 1350),
        ("bluesky", "card.png"): (1000, 1000),
    }
    for (pid, name), size in expected.items():
        path = out / pid / name
        if not path.exists():  # the file extension follows the preset's format
            path = next((out / pid).glob(Path(name).stem + ".*"))
        blob = path.read_bytes()
        assert _img(blob).size == size, (pid, name)
        assert rules.check_clean(name, blob) == []
    assert (out / "bluesky" / "card.png").stat().st_size <= 1_000_000
    assert (out / "youtube" / "banner.jpg").stat().st_size <= 6_000_000


def test_same_design_gives_byte_identical_kits(pack, design, kit, tmp_path):
    from avatarstudio.render import Renderer

    out, _, _ = kit
    ids = "line,x,whatsapp,telegram,discord"
    build_kit(pack, design, ids, tmp_path, renderer=Renderer())
    for pid in ids.split(","):
        assert _files(tmp_path / pid) == _files(out / pid), pid


def test_persona_in_design_is_used(pack, design, tmp_path):
    from dataclasses import replace

    from avatarstudio.core.persona import generate_persona

    d = replace(design, persona=generate_persona(design, pack, language="en", seed="other"))
    report = build_kit(pack, d, ["x"], tmp_path)
    assert not report.persona_generated
    text = (tmp_path / "x" / "profile.txt").read_text(encoding="utf-8")
    assert d.persona.display_name in text and f"@{d.persona.handle}" in text


def test_unknown_platform_is_a_clear_error(pack, design, tmp_path):
    with pytest.raises(ExportError, match="unknown platform 'nope'"):
        build_kit(pack, design, "x,nope", tmp_path)
    assert not any(tmp_path.iterdir())


def test_progress_is_reported(pack, design, tmp_path):
    seen = []
    build_kit(pack, design, ["slack"], tmp_path, progress=lambda f, m: seen.append((f, m)))
    assert seen[-1] == (1.0, "done") and all(0 <= f <= 1 for f, _ in seen)


def test_progress_of_a_whole_kit_never_goes_back_or_past_the_end(kit):
    # the helper builds some platforms whole after sending their earlier units one by one: each unit
    # counts once (it used to count a whole platform's units again: 108 % at the end of `kit --platform all`)
    seen = kit[2]
    assert seen[-1] == 1.0 and all(0 <= f <= 1 for f in seen)
    assert all(a <= b for a, b in zip(seen, seen[1:]))


def test_kit_files_is_in_memory(pack, design, tmp_path, monkeypatch):
    from avatarstudio.core.persona import with_persona
    from avatarstudio.render import Renderer

    files = kit_files(pack, with_persona(design, pack), load_all()["slack"], Renderer())
    assert "profile.txt" in files and any(k.startswith("emoji/") for k in files)


# --- validators reject what the platforms reject -------------------------------------------------


def _png(size, alpha=True, dpi=72, margin=10) -> bytes:
    im = Image.new("RGBA" if alpha else "RGB", size, (0, 0, 0, 0) if alpha else (255, 255, 255))
    if alpha:
        im.paste((200, 50, 50, 255), (margin, margin, size[0] - margin, size[1] - margin))
    out = io.BytesIO()
    im.save(out, "PNG", dpi=(dpi, dpi) if dpi else None) if dpi else im.save(out, "PNG")
    return out.getvalue()


def _line_zip(count=8, sticker=None, extra=()):
    members = [("main.png", _png((240, 240))), ("tab.png", _png((96, 74), margin=4))]
    members += [(f"{i:02d}.png", sticker or _png((370, 320))) for i in range(1, count + 1)]
    return make_zip(members + list(extra))


def test_line_validator_accepts_a_good_zip():
    assert rules.check_line_stickers("z", _line_zip()) == []


@pytest.mark.parametrize(
    "bad, message",
    [
        (dict(count=9), "must be one of"),
        (dict(sticker=_png((371, 320))), "even"),
        (dict(sticker=_png((372, 320))), "within 370x320"),
        (dict(sticker=_png((370, 320), dpi=None)), "dpi"),
        (dict(sticker=_png((370, 320), alpha=False)), "transparent"),
        (dict(sticker=_png((370, 320), margin=2)), "margin"),
        (dict(extra=[("sub/x.png", _png((370, 320)))]), "not at the ZIP root"),
    ],
)
def test_line_validator_rejects(bad, message):
    problems = rules.check_line_stickers("z", _line_zip(**bad))
    assert any(message in p for p in problems), problems


def test_validators_flag_metadata_and_size():
    im = Image.new("RGBA", (512, 512), (0, 0, 0, 0))
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("parameters", "a prompt")
    out = io.BytesIO()
    im.save(out, "PNG", pnginfo=info)
    assert any("tEXt" in p for p in rules.check_clean("x.png", out.getvalue()))
    noisy = Image.effect_noise((512, 512), 100).convert("RGBA")
    out = io.BytesIO()
    noisy.save(out, "WEBP", lossless=True)
    problems = rules.check_whatsapp({"stickers/01.webp": out.getvalue()})
    assert any("limit 100000" in p for p in problems) and any("3-30" in p for p in problems)
    assert any("tray" in p for p in problems)


def test_zip_is_deterministic():
    a = make_zip([("b.png", b"1"), ("a.png", b"2")])
    assert a == make_zip([("b.png", b"1"), ("a.png", b"2")])
    assert zipfile.ZipFile(io.BytesIO(a)).namelist() == ["b.png", "a.png"]
