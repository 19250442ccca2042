"""The chunk inspector and the E01-E03 allowlists, on clean and deliberately dirty files made here."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image, ImageCms, PngImagePlugin

from avatarstudio.core.errors import MetadataError
from avatarstudio.export.inspect import assert_clean, inspect_bytes

ICC = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def encode(image: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    image.save(buf, fmt, **kw)
    return buf.getvalue()


def kinds(data: bytes) -> list[str]:
    return [c.kind for c in inspect_bytes(data)]


@pytest.fixture
def rgba():
    return Image.new("RGBA", (32, 24), (200, 100, 50, 128))


@pytest.fixture
def rgb():
    return Image.new("RGB", (32, 24), (200, 100, 50))


# --- clean files pass --------------------------------------------------------------------------------


def test_clean_png(rgba, rgb):
    for image in (rgba, rgb, rgb.convert("P"), rgb.convert("L")):
        data = encode(image, "PNG")
        assert_clean(data)
        assert kinds(data)[0] == "IHDR" and kinds(data)[-1] == "IEND"
    assert inspect_bytes(encode(rgba, "PNG"))[0].summary == "32x24 depth 8 colour type 6"


def test_png_phys_only_when_allowed(rgb):
    data = encode(rgb, "PNG", dpi=(72, 72))
    assert "pHYs" in kinds(data)
    with pytest.raises(MetadataError, match="pHYs"):
        assert_clean(data)
    assert_clean(data, allow_phys=True)


def test_clean_jpeg(rgb):
    for kw in ({}, {"progressive": True}, {"quality": 50, "optimize": True}, {"restart_marker_blocks": 1}):
        data = encode(rgb, "JPEG", **kw)
        assert_clean(data)
        assert kinds(data)[0] == "SOI" and kinds(data)[-1] == "EOI"


def test_clean_webp(rgba, rgb):
    for image, kw in (
        (rgb, {}),
        (rgba, {}),
        (rgba, {"lossless": True}),
        (rgb, {"lossless": True}),
        (rgba, {"quality": 40}),
    ):
        assert_clean(encode(image, "WEBP", **kw))


# --- dirty files fail, naming what they carry (E01-E03) -------------------------------------------------


def test_dirty_png(rgb):
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Real Name Leak")
    info.add_text("Comment", "x" * 100, zip=True)
    info.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta>dc:creator</x:xmpmeta>")
    data = encode(rgb, "PNG", pnginfo=info, icc_profile=ICC, exif=b"Exif\0\0MM\0*\0\0\0\x08\0\0")
    found = set(kinds(data))
    assert {"tEXt", "zTXt", "iTXt", "iCCP", "eXIf"} <= found
    with pytest.raises(MetadataError) as err:
        assert_clean(data, allow_phys=True)
    for word in ("tEXt key Author", "zTXt", "iTXt", "iCCP", "eXIf"):
        assert word in str(err.value)


def _png_with(chunk_type: bytes, body: bytes, image: Image.Image) -> bytes:
    data = encode(image, "PNG")
    iend = data.rindex(b"IEND") - 4
    chunk = (
        struct.pack(">I", len(body)) + chunk_type + body + struct.pack(">I", zlib.crc32(chunk_type + body))
    )
    return data[:iend] + chunk + data[iend:]


@pytest.mark.parametrize("chunk", [b"tIME", b"sRGB", b"gAMA", b"acTL", b"caBX", b"prVt"])
def test_other_png_chunks_refused(rgb, chunk):
    with pytest.raises(MetadataError, match=chunk.decode()):
        assert_clean(_png_with(chunk, b"\x07\xe9\x01\x01\x00\x00\x00", rgb))


def test_png_trailing_and_damage(rgb):
    data = encode(rgb, "PNG")
    with pytest.raises(MetadataError, match="TRAILING"):
        assert_clean(data + b"cnryu8Zq")
    with pytest.raises(MetadataError, match="damaged"):
        inspect_bytes(data[:-6])
    broken = bytearray(data)
    broken[20] ^= 0xFF
    with pytest.raises(MetadataError, match="CRC"):
        inspect_bytes(bytes(broken))


def test_dirty_jpeg(rgb):
    exif = Image.Exif()
    exif[0x013B] = "Real Name Leak"  # Artist
    data = encode(rgb, "JPEG", exif=exif, icc_profile=ICC, comment=b"secret comment")
    found = kinds(data)
    assert "APP1" in found and "APP2" in found and "COM" in found
    with pytest.raises(MetadataError) as err:
        assert_clean(data)
    assert "APP1 Exif" in str(err.value) and "COM secret comment" in str(err.value)


def test_jpeg_app0_must_be_plain_jfif(rgb):
    with pytest.raises(MetadataError, match="APP0"):
        assert_clean(encode(rgb, "JPEG", dpi=(300, 300)))
    data = encode(rgb, "JPEG")
    with pytest.raises(MetadataError, match="TRAILING"):
        assert_clean(data + b"\0leak")


def test_dirty_webp(rgba, rgb):
    exif = Image.Exif()
    exif[0x013B] = "Real Name Leak"
    for image in (rgb, rgba):
        data = encode(image, "WEBP", exif=exif, icc_profile=ICC, xmp=b"<x:xmpmeta/>")
        found = kinds(data)
        assert "EXIF" in found and "ICCP" in found and "XMP " in found
        with pytest.raises(MetadataError) as err:
            assert_clean(data)
        for word in ("EXIF", "ICCP", "XMP", "VP8X"):
            assert word in str(err.value)


def test_unknown_formats_refused():
    for data in (b"", b"GIF89a....", b"RIFF\0\0\0\0WAVE", b"\x89PNG\r\n\x1a\n"):
        with pytest.raises(MetadataError):
            assert_clean(data)


def test_chunk_listing_is_readable(rgba):
    text = "\n".join(str(c) for c in inspect_bytes(encode(rgba, "WEBP")))
    assert "VP8" in text


def _frames(rgba: Image.Image) -> list[Image.Image]:
    return [rgba] + [Image.new("RGBA", rgba.size, (10 * i, 200, 90, 255)) for i in (1, 2)]


def test_apng_frame_chunks_are_frame_data(rgba):
    buf = io.BytesIO()
    frames = _frames(rgba)
    frames[0].save(buf, format="PNG", save_all=True, append_images=frames[1:], duration=100, loop=0)
    data = buf.getvalue()
    assert {"acTL", "fcTL", "fdAT"} <= set(kinds(data))
    assert_clean(data)
    with pytest.raises(MetadataError, match="acTL"):  # a frame chunk with no animation control
        assert_clean(_png_with(b"fcTL", bytes(26), rgba))


def test_animated_webp_frames_pass_and_metadata_inside_is_refused(rgba):
    buf = io.BytesIO()
    frames = _frames(rgba)
    frames[0].save(buf, format="WEBP", save_all=True, append_images=frames[1:], duration=100, loop=0)
    data = buf.getvalue()
    assert {"ANIM", "ANMF"} <= set(kinds(data))
    assert_clean(data)
    anmf = data.index(b"ANMF")
    (size,) = struct.unpack("<I", data[anmf + 4 : anmf + 8])
    xmp = b"XMP " + struct.pack("<I", 4) + b"leak"
    body = data[anmf + 8 : anmf + 8 + size] + xmp
    hostile = data[:anmf] + b"ANMF" + struct.pack("<I", len(body)) + body + data[anmf + 8 + size :]
    hostile = hostile[:4] + struct.pack("<I", len(hostile) - 8) + hostile[8:]
    with pytest.raises(MetadataError, match="XMP"):
        assert_clean(hostile)


# --- the JPEG scan data's end, found with re: the same chunks as walking every 0xFF -------------------


def _scan_end_walked(data: bytes, pos: int) -> tuple[int, int]:
    """(where the scan data ends, restart markers in it) as the inspector read it before, 0xFF by 0xFF."""
    scan, rst = pos, 0
    while True:
        scan = data.find(b"\xff", scan)
        if scan < 0 or scan + 1 >= len(data):
            raise ValueError("scan data never ends")
        nxt = data[scan + 1]
        if nxt in (0x00, 0xFF):
            scan += 1 if nxt == 0xFF else 2
        elif 0xD0 <= nxt <= 0xD7:
            rst, scan = rst + 1, scan + 2
        else:
            return scan, rst


def _scan_end_found(data: bytes, pos: int) -> tuple[int, int]:
    from avatarstudio.export.inspect import _RESTART, _SCAN_END

    end = _SCAN_END.search(data, pos)
    if end is None:
        raise ValueError("scan data never ends")
    return end.start(), len(_RESTART.findall(data, pos, end.start()))


def test_the_jpeg_scan_end_is_found_as_the_byte_walk_found_it():
    import random

    rng = random.Random(7)
    alphabet = [0x00, 0xFF, 0xD0, 0xD7, 0xD8, 0xD9, 0xC4, 0x12, 0xCF]
    cases = [bytes(rng.choice(alphabet) for _ in range(rng.randrange(0, 12))) for _ in range(20000)]
    cases += [b"\xff", b"\xff\xff", b"\xff\xd9", b"\xff\xff\xd9", b"\xff\x00\xff\xd0\xff\xd9", b"\x01\xff"]
    for case in cases:
        for pos in range(min(len(case), 3)):
            walked = found = ValueError
            try:
                walked = _scan_end_walked(case, pos)
            except ValueError:
                pass
            try:
                found = _scan_end_found(case, pos)
            except ValueError:
                pass
            assert walked == found, (case, pos)


@pytest.mark.parametrize("options", [{}, {"restart_marker_blocks": 4}, {"progressive": True}])
def test_jpeg_scans_with_restart_markers_are_listed(options):
    photo = Image.effect_noise((96, 64), 80).convert("RGB")
    data = encode(photo, "JPEG", quality=90, **options)
    chunks = inspect_bytes(data)
    assert chunks[-1].kind == "EOI" and chunks[-1].offset == len(data) - 2
    restarts = [c for c in chunks if c.kind == "RSTn"]
    assert bool(restarts) == bool(options.get("restart_marker_blocks"))
    assert_clean(data)
