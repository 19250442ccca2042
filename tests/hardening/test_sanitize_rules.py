"""Sanitizer and archive rules from round 2: escaped report lines, renderer depth, paint references,
foreign viewBoxes, parts reduced to nothing, zip64 extras and trailing data."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest

from avatarstudio.core.compose import LayerSvg
from avatarstudio.core.errors import SvgRejected
from avatarstudio.core.packimport import ArchiveRejected, ImportReport, import_pack
from avatarstudio.core.safetext import cap_lines, escape
from avatarstudio.core.sanitize import MAX_DEPTH, MAX_PART_DEPTH, sanitize_svg
from avatarstudio.render import Renderer

SVG = "http://www.w3.org/2000/svg"
# character references survive XML attribute normalisation (a literal newline would become a space)
FORGERY = "&#13;&#10;Imported pack 'safe' (Safe) with 0 files&#x202e;"


def head(extra: str = "") -> str:
    return f'<svg xmlns="{SVG}" viewBox="0 0 1024 1024"{extra}>'


def test_forged_namespace_and_style_names_are_escaped():
    body = (
        f'<rect width="9" height="9" xmlns:e="urn:{FORGERY}" e:x="1"/>'
        f'<rect width="9" height="9" style="fi{FORGERY}ll: red"/>'
        f'<e:thing xmlns:e="urn:{FORGERY}"/>'
    )
    result = sanitize_svg((head() + body + "</svg>").encode(), name="p.svg")
    assert len(result.removed) == 3
    report = ImportReport("p", "P", Path("x"), ("a.svg",), removed=(("a.svg", result.removed),))
    text = "\n".join(report.lines())
    assert "\r" not in text and "\u202e" not in text
    assert len(text.splitlines()) == 2  # the header line and one "removed" line: nothing forged
    assert "\\u000d\\u000a" in text  # shown, escaped


def test_escape_and_cap():
    assert escape("a\u202eb\x00c\u2028d") == "a\\u202eb\\u0000c\\u2028d"
    assert escape("x" * 500, 10) == "xxxxxxx..."
    assert cap_lines([str(i) for i in range(5)], 3) == ["0", "1", "... and 3 more problems"]
    assert cap_lines(["a", "b"], 3) == ["a", "b"]


def render(svg: str, size: int = 32):
    return Renderer(cache_megabytes=0).render([LayerSvg("t", "t", svg)], size)


def test_depth_limit_is_the_renderers():
    # composed depth = part depth + the layer group compose adds; the renderer draws MAX_DEPTH levels
    deepest = "<g>" * (MAX_PART_DEPTH - 2) + '<rect width="1024" height="1024" fill="#ff0000"/>'
    deepest += "</g>" * (MAX_PART_DEPTH - 2)
    result = sanitize_svg((head() + deepest + "</svg>").encode(), name="d.svg")
    composed = result.svg.replace(">", "><g>", 1).replace("</svg>", "</g></svg>")  # + the layer group
    assert render(composed).getpixel((16, 16)) == (255, 0, 0, 255)  # drawn, not silently dropped
    too_deep = "<g>" * MAX_PART_DEPTH + "</g>" * MAX_PART_DEPTH
    with pytest.raises(SvgRejected, match=f"renderer draws {MAX_DEPTH} levels"):
        sanitize_svg((head() + too_deep + "</svg>").encode(), name="d.svg")


def test_paint_references_are_normalised_and_renamed(mini_pack, tmp_path):
    body = (
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#00ff00"/></linearGradient></defs>'
        '<rect width="1024" height="1024" fill="url( #g )"/>'
        '<rect width="10" height="10" style="stroke: url(  #g  ) red"/>'
    )
    result = sanitize_svg((head() + body + "</svg>").encode(), name="p.svg")
    assert 'fill="url(#g)"' in result.svg and 'stroke="url(#g) red"' in result.svg
    from avatarstudio.core.pack import _make_template, _Problems

    template, _ = _make_template(result.svg, "l", "p", {}, _Problems(), "p.svg")
    assert "url(#g)" not in template and "url(#\x01P\x010)" in template  # renamed with its gradient


def test_foreign_viewbox_is_fitted_to_the_canvas():
    own = f'<svg xmlns="{SVG}" viewBox="0 0 64 32"><rect width="64" height="32" fill="#0000ff"/></svg>'
    result = sanitize_svg(own.encode(), name="f.svg")
    assert any("own viewBox 0 0 64 32 (fitted" in r for r in result.removed)
    assert 'viewBox="0 0 1024 1024"' in result.svg and "matrix(16 0 0 16 0 256)" in result.svg
    image = render(result.svg, 64)
    assert image.getpixel((32, 32)) == (0, 0, 255, 255)  # the middle is covered, not the top-left corner
    assert image.getpixel((2, 2))[3] == 0 and image.getpixel((62, 20))[3] == 255
    again = sanitize_svg(result.svg.encode(), name="f.svg")
    assert again.svg == result.svg  # idempotent: fitted once

    sized = f'<svg xmlns="{SVG}" width="100" height="100"><rect width="100" height="100" fill="#00f"/></svg>'
    assert "matrix(10.24 0 0 10.24 0 0)" in sanitize_svg(sized.encode(), name="s.svg").svg

    absurd = f'<svg xmlns="{SVG}" viewBox="0 0 0 -5"><rect width="1" height="1"/></svg>'
    result = sanitize_svg(absurd.encode(), name="a.svg")
    assert "matrix" not in result.svg and any("invalid viewBox" in r for r in result.removed)


def test_part_reduced_to_nothing_is_refused(tmp_path):
    from test_pack_reader import copy_pack

    pack = copy_pack(tmp_path)
    (pack / "parts/eyes/dots.svg").write_text(
        f'<svg xmlns="{SVG}"><script>alert(1)</script><path d="bad"/><image href="x.png"/></svg>'
    )
    with pytest.raises(SvgRejected) as info:
        import_pack(pack, tmp_path / "store")
    assert "nothing is left to draw" in str(info.value) and "dots.svg" in str(info.value)


# --- zip rules match the docstring ---------------------------------------------------------------


def _zip(files: dict[str, bytes], extra: bytes = b"") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            info = zipfile.ZipInfo(name)
            info.extra = extra
            zf.writestr(info, data)
    return buf.getvalue()


def _tiny_pack() -> dict[str, bytes]:
    from test_packimport import pack_files

    return pack_files()


def test_zip64_extra_field_is_refused(tmp_path):
    zip64 = struct.pack("<HHQQ", 0x0001, 16, 10, 10)
    path = tmp_path / "p.zip"
    path.write_bytes(_zip(_tiny_pack(), zip64))
    with pytest.raises(ArchiveRejected) as info:
        import_pack(path, tmp_path / "store")
    assert info.value.code == "Z11" and "zip64" in str(info.value)


def test_other_extra_fields_are_fine(tmp_path):
    timestamp = struct.pack("<HHBI", 0x5455, 5, 1, 0)
    path = tmp_path / "p.zip"
    path.write_bytes(_zip(_tiny_pack(), timestamp))
    assert import_pack(path, tmp_path / "store").pack_id == "tiny"


@pytest.mark.parametrize("tail", [b"\0", b"trailing data", b"PK\x05\x06" + b"\0" * 18])
def test_trailing_data_is_refused(tmp_path, tail):
    path = tmp_path / "p.zip"
    path.write_bytes(_zip(_tiny_pack()) + tail)
    with pytest.raises(ArchiveRejected) as info:
        import_pack(path, tmp_path / "store")
    assert info.value.code == "Z12"
