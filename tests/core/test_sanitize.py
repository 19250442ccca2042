"""The SVG sanitizer against every hostile case S01-S34 of docs/security.md section 5.1, plus P1/P2/P3.

Every fixture is generated here (nothing binary in git). Each case is either refused with its reason
(SvgRejected) or neutralised (the output passes the independent invariant checker below and
``removed`` names what was taken out). File opens and sockets are watched with audit hooks.
"""

from __future__ import annotations

import base64
import re
import socket
import struct
import sys
import xml.etree.ElementTree as ET
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from avatarstudio.core.errors import SvgRejected
from avatarstudio.core.sanitize import (
    ELEMENTS,
    MAX_DEPTH,
    MAX_ELEMENTS,
    MAX_PART_COMMANDS,
    MAX_PART_DEPTH,
    MAX_PATH_COMMANDS,
    Sanitized,
    sanitize_svg,
)

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
HEAD = f'<svg xmlns="{SVG}" xmlns:xlink="{XLINK}" viewBox="0 0 1024 1024">'
CANARY_RGB = (0x13, 0x57, 0x9B)


def svg(body: str, head: str = HEAD) -> bytes:
    return (head + body + "</svg>").encode()


# --- watchers --------------------------------------------------------------------------------------

_WATCH: dict[str, list] = {"opens": [], "sockets": []}
_ACTIVE = [False]


def _hook(event: str, args: tuple) -> None:
    if not _ACTIVE[0]:
        return
    if event == "open":
        _WATCH["opens"].append(str(args[0]))
    elif event in ("socket.__new__", "socket.connect", "socket.getaddrinfo", "socket.gethostbyname"):
        _WATCH["sockets"].append((event, args))


sys.addaudithook(_hook)


class Watch:
    """Record every file open and socket event while active; sockets also fail outright."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch

    def __enter__(self) -> Watch:
        _WATCH["opens"].clear()
        _WATCH["sockets"].clear()

        def no_socket(*a, **k):
            raise AssertionError("socket creation during sanitize/import")

        self.monkeypatch.setattr(socket, "socket", no_socket)
        self.monkeypatch.setattr(socket, "create_connection", no_socket)
        _ACTIVE[0] = True
        return self

    def __exit__(self, *exc) -> None:
        _ACTIVE[0] = False
        self.monkeypatch.undo()

    @property
    def opens(self) -> list[str]:
        return list(_WATCH["opens"])

    @property
    def sockets(self) -> list:
        return list(_WATCH["sockets"])


@pytest.fixture
def watch(monkeypatch):
    return Watch(monkeypatch)


@pytest.fixture
def canary(tmp_path):
    """A canary folder: secret.png in a unique colour and evil.css; nothing may ever open them."""
    folder = tmp_path / "cnry_files"
    folder.mkdir()
    from PIL import Image

    Image.new("RGB", (8, 8), CANARY_RGB).save(folder / "secret.png")
    (folder / "evil.css").write_text("rect{fill:#13579b}")
    return folder


# --- the independent invariant checker (docs/security.md 6.2) ------------------------------------------

_ALLOWED_ATTRS = set(
    [
        "fill",
        "stroke",
        "stroke-width",
        "stroke-linecap",
        "stroke-linejoin",
        "opacity",
        "fill-opacity",
        "stroke-opacity",
        "fill-rule",
        "transform",
        "d",
        "cx",
        "cy",
        "r",
        "rx",
        "ry",
        "x",
        "y",
        "width",
        "height",
        "x1",
        "y1",
        "x2",
        "y2",
        "points",
        "offset",
        "stop-color",
        "stop-opacity",
        "gradientUnits",
        "gradientTransform",
        "fx",
        "fy",
        "id",
        "data-slot",
        "data-stroke-slot",
        "data-role",
        "viewBox",
    ]
) | {f"{{{XLINK}}}href"}


def check_invariants(out: str, canvas: int = 1024) -> None:
    assert "<!DOCTYPE" not in out and "<?" not in out and "<!--" not in out and "CDATA" not in out
    assert "@import" not in out and "javascript" not in out.lower()
    root = ET.fromstring(out)
    assert root.tag == f"{{{SVG}}}svg"
    assert root.get("viewBox") == f"0 0 {canvas} {canvas}"
    assert root.get("width") is None and root.get("height") is None
    ids = {el.get("id") for el in root.iter() if el.get("id")}
    count = 0
    depth_max = 0

    def depth(el, d):
        nonlocal depth_max
        depth_max = max(depth_max, d)
        for c in el:
            depth(c, d + 1)

    depth(root, 1)
    assert depth_max <= MAX_DEPTH
    for el in root.iter():
        count += 1
        ns, _, local = el.tag[1:].partition("}")
        assert ns == SVG and local in ELEMENTS, el.tag
        assert not (el.text or "").strip()
        for name, value in el.attrib.items():
            assert name in _ALLOWED_ATTRS, name
            assert not name.lower().startswith("on")
            if name.endswith("href"):
                assert re.fullmatch(r"#[A-Za-z_][\w.\-]*", value) and value[1:] in ids
            for ref in re.findall(r"url\(([^)]*)\)", value):
                assert re.fullmatch(r"\s*#[A-Za-z_][\w.\-]*\s*", ref) and ref.strip()[1:] in ids
            assert "url(" not in value.replace("url(#", "")
    assert count <= MAX_ELEMENTS


def neutralised(data: bytes, *expect_removed: str) -> Sanitized:
    result = sanitize_svg(data, name="part.svg")
    check_invariants(result.svg)
    text = "\n".join(result.removed)
    for item in expect_removed:
        assert item in text, f"{item!r} not reported in {result.removed}"
    again = sanitize_svg(result.svg.encode(), name="part.svg")
    assert again.svg == result.svg and again.removed == ()
    return result


def rejected(data: bytes, reason: str) -> SvgRejected:
    with pytest.raises(SvgRejected) as info:
        sanitize_svg(data, name="evil.svg")
    assert info.value.file == "evil.svg"
    assert reason.lower() in info.value.problem.lower(), info.value.problem
    return info.value


def render_pixels(data: str, size: int = 64) -> set[tuple[int, int, int]]:
    """Render with the app's renderer (QtSvg, no application object needed); the set of opaque RGB colours."""
    from avatarstudio.core.compose import LayerSvg
    from avatarstudio.render import Renderer

    image = Renderer(cache_megabytes=0).render([LayerSvg("t", "t", data)], size)
    colours = set()
    for y in range(0, size, 2):
        for x in range(0, size, 2):
            r, g, b, a = image.getpixel((x, y))
            if a:
                colours.add((r, g, b))
    return colours


# --- a normal part ---------------------------------------------------------------------------------

GOOD = svg(
    '<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#ffffff" '
    'data-slot="hair.highlight"/><stop offset="100%" stop-color="#000" stop-opacity="0.5"/></linearGradient>'
    '<radialGradient id="h" xlink:href="#g" cx="32" cy="32" r="20" fx="30" fy="30" '
    'gradientUnits="userSpaceOnUse" gradientTransform="rotate(10 32 32)"/></defs>'
    '<g transform="translate(1,2) scale(1.1)" opacity="0.9">'
    '<path d="M10,10 C20 20 30-5 40 10Z m1 1 l2-2" fill="url(#h)" fill-rule="evenodd" data-slot="hair"/>'
    '<circle cx="32" cy="32" r="5" fill="#5b3a29" stroke="#000" stroke-width="2" data-role="line" '
    'data-stroke-slot="hair.line" stroke-linecap="round" stroke-linejoin="round"/>'
    '<ellipse cx="1" cy="2" rx="3" ry="4"/><rect x="1" y="1" width="5" height="5" rx="1"/>'
    '<line x1="0" y1="0" x2="5" y2="5" stroke="red" stroke-opacity=".5"/>'
    '<polyline points="0,0 1,1 2,0"/><polygon points="0 0 1 1 2 0" fill="rgb(10, 20, 30)"/></g>'
)


def test_good_part_is_kept_whole():
    result = neutralised(GOOD)
    assert result.removed == ()
    for piece in (
        'data-slot="hair"',
        'xlink:href="#g"',
        'fill="url(#h)"',
        'data-stroke-slot="hair.line"',
        'gradientTransform="rotate(10 32 32)"',
        'points="0,0 1,1 2,0"',
        'viewBox="0 0 1024 1024"',
    ):
        assert piece in result.svg


def test_output_is_deterministic_and_canvas_forced():
    a = sanitize_svg(
        svg(
            '<rect width="1" height="2" x="0"/>',
            f'<svg xmlns="{SVG}" width="1e9" height="5" viewBox="0 0 1e308 1e308">',
        ),
        name="a.svg",
    )
    b = sanitize_svg(svg('<rect x="0"   height="2"\n width="1"/>'), name="b.svg")
    assert (
        a.svg
        == b.svg
        == f'<svg xmlns="{SVG}" viewBox="0 0 1024 1024"><rect height="2" width="1" x="0"/></svg>'
    )
    assert 'viewBox="0 0 512 512"' in sanitize_svg(svg(""), name="c", canvas=512).svg


def test_style_attribute_becomes_presentation_attributes():
    result = neutralised(
        svg('<path d="M0 0" style="fill:#123456; stroke : red;font-family:Arial;fill-opacity:0.5"/>'),
        "style property font-family",
    )
    assert 'fill="#123456"' in result.svg and 'stroke="red"' in result.svg and "style" not in result.svg


# --- S01-S07: DTDs and entities ---------------------------------------------------------------------


def test_s01_billion_laughs_rejected_fast(watch):
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10)
    )
    data = f'<?xml version="1.0"?><!DOCTYPE lolz [{ents}]><svg xmlns="{SVG}">&lol9;</svg>'.encode()
    with watch:
        rejected(data, "internal subset")


def test_s02_quadratic_blowup_rejected():
    big = "A" * 100_000
    data = f'<!DOCTYPE svg [<!ENTITY a "{big}">]><svg xmlns="{SVG}">{"&a;" * 10_000}</svg>'.encode()
    rejected(data, "")


def test_s03_xxe_rejected_without_opening(watch):
    data = (
        f'<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="{SVG}"><text>&x;</text></svg>'
    )
    with watch:
        rejected(data.encode(), "internal subset")
    assert not [p for p in watch.opens if "passwd" in p]


def test_s04_parameter_entity_rejected_without_sockets(watch):
    data = f'<!DOCTYPE svg [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]><svg xmlns="{SVG}"/>'
    with watch:
        rejected(data.encode(), "internal subset")
    assert watch.sockets == []


def test_s05_plain_doctype_dropped(watch):
    data = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
        '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">'
        + HEAD
        + '<rect width="2" height="2"/></svg>'
    ).encode()
    with watch:
        result = neutralised(data, "DOCTYPE")
    assert watch.sockets == [] and "<rect" in result.svg


def test_s06_entity_href_bypass_rejected():
    data = (
        f'<!DOCTYPE svg [<!ENTITY Tab "#">]>{HEAD}<a xlink:href="&Tab;javascript:alert(1)">'
        '<rect width="1" height="1"/></a></svg>'
    ).encode()
    rejected(data, "internal subset")


def test_s07_attlist_fixed_rejected():
    data = (
        f'<!DOCTYPE svg [<!ATTLIST svg badhref CDATA #FIXED "javascript:alert(1)">]>{HEAD}</svg>'
    ).encode()
    rejected(data, "internal subset")


def test_dtd_without_entities_but_with_subset_rejected():
    rejected(f"<!DOCTYPE svg [ ]>{HEAD}</svg>".encode(), "internal subset")


# --- S08-S12, S34: references of every kind are removed; nothing is opened or fetched ---------------


def _ref_cases(canary) -> list[str]:
    secret = canary / "secret.png"
    return [
        str(secret),
        f"../../{canary.name}/secret.png",
        secret.as_uri(),
        "file://host/share/x.png",
        "\\\\host\\share\\x.png",
        "//host/x.png",
        "C:\\x.png",
        "https://tracker.example/p.png?u=1",
        "other.svg#id",
        "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'/>",
        "text:/etc/passwd",
        "msl:/tmp/x.msl",
        "ephemeral:/etc/passwd",
        "javascript:alert(1)",
    ]


def test_s08_to_s12_and_s34_references_neutralised(canary, watch):
    refs = _ref_cases(canary)
    cover = '<rect width="64" height="64" fill="#ffffff"/>'
    for ref in refs:
        esc = ref.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;")
        bodies = [
            f'{cover}<image xlink:href="{esc}" width="64" height="64"/>',
            f'{cover}<image href="{esc}" width="64" height="64"/>',
            f'{cover}<use xlink:href="{esc}"/>',
            f'<defs><linearGradient id="g" xlink:href="{esc}"/></defs>{cover}',
            f'<rect width="64" height="64" fill="url({esc})"/>',
            f'<rect width="64" height="64" style="fill:url({esc})"/>',
        ]
        for body in bodies:
            with watch:
                result = neutralised(svg(body))
            assert result.removed, body
            assert ref not in result.svg
            assert not [p for p in watch.opens if canary.name in p], watch.opens
            assert watch.sockets == []


def test_s08_no_canary_pixels_after_render(canary, watch):
    body = (
        f'<rect width="64" height="64" fill="#ffffff"/><image xlink:href="{canary / "secret.png"}" '
        'x="0" y="0" width="64" height="64"/>'
    )
    with watch:
        result = neutralised(svg(body), "element <image>")
    pixels = render_pixels(result.svg)
    assert CANARY_RGB not in pixels
    assert not [p for p in watch.opens if canary.name in p]


# --- S13-S17: processing instructions, CSS, scripts, foreign content ---------------------------------


@pytest.mark.parametrize(
    "pi",
    [
        '<?xml-stylesheet type="text/css" href="/dev/zero"?>',
        '<?xml-stylesheet type="text/css" href="CANARY/evil.css"?>',
        '<?xml-stylesheet type="text/xsl" href="CANARY/evil.xsl"?>',
        '<?php system("id"); ?>',
    ],
)
def test_s13_s14_processing_instructions_rejected(pi, canary, watch):
    data = (pi.replace("CANARY", str(canary)) + HEAD + '<rect width="1" height="1"/></svg>').encode()
    with watch:
        rejected(data, "processing instruction")
    assert not [p for p in watch.opens if canary.name in p or p == "/dev/zero"]


def test_pi_inside_document_rejected():
    rejected(svg('<g><?xml-stylesheet href="x.css"?></g>'), "processing instruction")


def test_s15_css_neutralised(watch):
    body = (
        "<style>@import url(http://127.0.0.1:9/x.css); @font-face{src:url(file:///etc/passwd)}</style>"
        '<defs><linearGradient id="g"/></defs>'
        '<rect width="1" height="1" fill="url(http://x#g)"/>'
        '<rect width="1" height="1" fill="url(#g)"/>'
        '<rect width="1" height="1" style="fill:url(&quot;http://x&quot;);stroke:url(#g) red"/>'
        '<rect width="1" height="1" fill="url(#g) url(http://x)"/>'
    )
    with watch:
        result = neutralised(svg(body), "element <style>", "invalid fill on <rect>", "invalid style fill")
    assert result.svg.count("url(") == 2  # fill="url(#g)" and stroke="url(#g) red"
    assert watch.sockets == []


def test_s16_scripts_events_animation_removed():
    body = (
        '<script>alert(1)</script><script xlink:href="http://x/a.js"/>'
        '<a xlink:href="javascript:alert(1)"><rect width="1" height="1"/></a>'
        '<rect width="1" height="1" onclick="alert(1)" onload="x()" ONLOAD="y()">'
        '<animate attributeName="href" to="javascript:alert(1)"/><set attributeName="fill" to="red"/></rect>'
        '<animateTransform attributeName="transform"/>'
    )
    result = neutralised(
        svg(body),
        "element <script> (x2)",
        "element <a>",
        "attribute onclick",
        "attribute onload",
        "element <animate>",
        "element <set>",
    )
    assert "alert" not in result.svg


def test_s17_foreign_object_removed():
    body = (
        '<foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" '
        'src="http://x/"/><body xmlns="http://www.w3.org/1999/xhtml"><img src="/etc/passwd"/></body>'
        "</foreignObject>"
    )
    result = neutralised(svg(body), "element <foreignObject>")
    assert "iframe" not in result.svg


# --- S18-S25: budgets, cycles, numbers --------------------------------------------------------------


def test_s18_nested_use_amplifier_neutralised_fast():
    levels = ['<g id="l0"><rect width="1" height="1"/></g>']
    for n in range(1, 11):
        levels.append(
            f'<g id="l{n}">' + "".join(f'<use xlink:href="#l{n - 1}"/>' for _ in range(10)) + "</g>"
        )
    data = svg("<defs>" + "".join(levels) + '</defs><use xlink:href="#l10"/>')
    result = neutralised(data, "element <use>")
    assert "<use" not in result.svg


def test_s19_pattern_billion_laughs_neutralised():
    body = (
        '<defs><pattern id="p0" width="1" height="1"><rect width="1" height="1" fill="url(#p1)"/></pattern>'
        '<pattern id="p1" width="1" height="1"><rect width="1" height="1" fill="url(#p0)"/>'
        '<rect width="1" height="1" fill="url(#p0)"/></pattern></defs>'
        '<rect width="64" height="64" fill="url(#p0)"/>'
    )
    result = neutralised(svg(body), "element <pattern>", "invalid fill on <rect>")
    assert "url(" not in result.svg


@pytest.mark.parametrize(
    "chain",
    [
        '<linearGradient id="a" xlink:href="#a"/>',
        '<linearGradient id="a" xlink:href="#b"/><radialGradient id="b" xlink:href="#a"/>',
        '<linearGradient id="a" xlink:href="#b"/><linearGradient id="b" xlink:href="#c"/>'
        '<linearGradient id="c" xlink:href="#a"/>',
        '<linearGradient id="a" href="#a"/>',
    ],
)
def test_s20_gradient_cycles_rejected(chain):
    rejected(svg(f"<defs>{chain}</defs><rect width='1' height='1' fill='url(#a)'/>"), "cycle")


def test_s20_long_gradient_chain_rejected():
    chain = "".join(f'<linearGradient id="g{i}" xlink:href="#g{i + 1}"/>' for i in range(12))
    rejected(svg(f"<defs>{chain}<linearGradient id='g12'/></defs>"), "chain")


def test_s20_other_self_references_neutralised():
    body = (
        '<line id="a" x1="0" y1="0" x2="1" y2="1" marker-start="url(#a)"/>'
        '<g id="b"><use xlink:href="#b"/></g><rect id="c" fill="url(#c)" width="1" height="1"/>'
        '<mask id="m" mask="url(#m)"/><clipPath id="k" clip-path="url(#k)"/><filter id="f" filter="url(#f)"/>'
        '<marker id="mk"><path d="M0 0" marker-end="url(#mk)"/></marker>'
    )
    result = neutralised(
        svg(body),
        "attribute marker-start",
        "element <use>",
        "invalid fill",
        "element <mask>",
        "element <clipPath>",
        "element <filter>",
        "element <marker>",
    )
    assert "url(" not in result.svg


def test_s21_size_and_element_count_rejected():
    huge = svg('<rect width="1" height="1"/>' * 1_000_000)
    rejected(huge, "too large")
    rejected(svg("<rect/>" * (MAX_ELEMENTS + 1)), "too many elements")
    neutralised(svg("<rect/>" * (MAX_ELEMENTS - 1)))


def test_s22_deep_nesting_rejected():
    rejected(svg("<g>" * 5000 + "</g>" * 5000), "nested too deeply")
    neutralised(svg("<g>" * (MAX_PART_DEPTH - 1) + "</g>" * (MAX_PART_DEPTH - 1)))


def test_s23_path_complexity_rejected():
    d = "M0 0" + " L1 1" * 200_000
    rejected(svg(f'<path d="{d}"/>'), "path commands")
    implicit = "M0 0 L" + " 1 1" * (MAX_PATH_COMMANDS + 5)
    rejected(svg(f'<path d="{implicit}"/>'), "path commands")
    per_part = "".join(
        f'<path d="M0 0{" L1 1" * (MAX_PATH_COMMANDS - 10)}"/>'
        for _ in range(MAX_PART_COMMANDS // MAX_PATH_COMMANDS + 1)
    )
    rejected(svg(per_part), "per part")
    many_points = " ".join("1,1" for _ in range(MAX_PATH_COMMANDS + 5))
    rejected(svg(f'<polygon points="{many_points}"/>'), "path commands")


@pytest.mark.parametrize(
    "attrs",
    [
        'width="1e9" height="1e400"',
        'width="NaN"',
        'width="inf"',
        'width="-Infinity"',
        'r="1e7"',
        'transform="scale(1e300)"',
        'transform="scale(NaN)"',
        'transform="matrix(1 0 0 1 0)"',
        'transform="translate(1) evil(2)"',
        'd="M- 4 44044404444E-334-"',
        'd="M0 0 L 1e400 0"',
        'd="L0 0"',
        'd="M0 0 X 1 1"',
        'points="1 2 3"',
        'points="1,nan"',
        'opacity="1e999"',
        'stroke-linecap="javascript"',
        'fill="rgb(1,2,3);background:url(x)"',
        'fill="#12345"',
        'stroke="expression(alert(1))"',
        'data-slot="Hair Colour"',
        'data-role="../x"',
        'id="1bad"',
        'offset="5em5"',
    ],
)
def test_s24_bad_numbers_and_values_neutralised(attrs):
    result = neutralised(svg(f"<path {attrs}/>"), "invalid")
    assert "nan" not in result.svg.lower() and "inf" not in result.svg.lower()


def test_s24_root_size_ignored():
    head = f'<svg xmlns="{SVG}" width="1e9" height="1e9" viewBox="0 0 1e308 1e308" x="NaN">'
    result = neutralised(svg('<rect width="1" height="1"/>', head))
    assert result.svg.startswith(f'<svg xmlns="{SVG}" viewBox="0 0 1024 1024">')


def test_s25_filters_neutralised():
    body = (
        '<filter id="f"><feGaussianBlur stdDeviation="1e5"/><feMorphology radius="1e9"/>'
        '<feTurbulence numOctaves="1000000000"/><feConvolveMatrix order="1000"/></filter>'
        '<rect width="1" height="1" filter="url(#f)"/>'
    )
    result = neutralised(svg(body), "element <filter>", "attribute filter")
    assert "filter" not in result.svg


# --- S26-S28: embedded rasters, nested SVG, encodings -----------------------------------------------


def _png_header(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + chunk + struct.pack(">I", zlib.crc32(chunk))


def test_s26_png_bomb_in_data_uri_never_decoded(monkeypatch):
    import PIL.Image

    def boom(*a, **k):
        raise AssertionError("the sanitizer must not decode images")

    monkeypatch.setattr(PIL.Image, "open", boom)
    uri = "data:image/png;base64," + base64.b64encode(_png_header(30000, 30000)).decode()
    result = neutralised(svg(f'<image xlink:href="{uri}" width="1" height="1"/>'), "element <image>")
    assert "base64" not in result.svg


def test_s27_nested_svg_and_svgz_rejected():
    inner = base64.b64encode(svg('<rect width="1" height="1"/>')).decode()
    neutralised(svg(f'<image xlink:href="data:image/svg+xml;base64,{inner}"/>'), "element <image>")
    neutralised(svg('<svg><rect width="1" height="1"/></svg>'), "element <svg>")
    rejected(zlib.compress(svg("")) and __import__("gzip").compress(svg("")), "svgz")


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        ("<svg xmlns='http://www.w3.org/2000/svg'/>".encode("utf-16-le"), "NUL"),
        ("<svg xmlns='http://www.w3.org/2000/svg'/>".encode("utf-16"), "UTF-16"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'>\xff\xfe</svg>", "UTF-8"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'>\x00</svg>", "NUL"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'><rect", "well-formed"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/><rect/>", "well-formed"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>trailing", "well-formed"),
        (b"<?xml version='1.0' encoding='ISO-8859-1'?><svg xmlns='http://www.w3.org/2000/svg'/>", "encoding"),
        (b"<svg/>", "no SVG namespace"),
        (b"<html xmlns='http://www.w3.org/1999/xhtml'/>", "root element"),
        (b"not xml at all", "well-formed"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'>&nbsp;</svg>", "well-formed"),
    ],
)
def test_s28_encoding_and_truncation_rejected(data, reason):
    rejected(data, reason)


def test_s28_every_truncation_is_clean():
    for cut in range(0, len(GOOD), 7):
        try:
            result = sanitize_svg(GOOD[:cut], name="cut.svg")
        except SvgRejected:
            continue
        check_invariants(result.svg)


# --- S29-S34 ------------------------------------------------------------------------------------------


def test_s29_namespace_tricks():
    head = f'<svg xmlns="{SVG}" xmlns:x="{SVG}" xmlns:xlink="http://evil.example/ns" xmlns:XLINK="{XLINK}">'
    body = (
        '<x:script>alert(1)</x:script><defs><linearGradient id="g"/><linearGradient id="h" '
        'xlink:href="#g"/><linearGradient id="i" XLINK:HREF="java&#9;script:alert(1)"/>'
        '<linearGradient id="j" XLINK:href="&#106;avascript:alert(1)"/>'
        '<linearGradient id="k" XLINK:href="#g&#10;"/></defs><x:rect width="1" height="1"/>'
        '<rect width="1" height="1" fill="url(#\u202eg)"/>'
    )
    result = neutralised(
        svg(body, head),
        "element <script>",
        "attribute {http://evil.example/ns}href",
        "attribute xlink:HREF",
        "reference 'javascript:alert(1)'",
    )
    assert "<rect" in result.svg and "alert" not in result.svg
    assert '<linearGradient id="k" xlink:href="#g"/>' in result.svg  # whitespace in a fragment is dropped
    rejected(svg('<rect XLINK:HREF="#x"/>'), "well-formed")  # an unbound prefix is not XML


def test_s30_cdata_and_comments_dropped_idempotently():
    body = (
        "<!-- <script>alert(1)</script> --><g><![CDATA[<script>alert(1)</script>]]>"
        '<rect width="1" height="1"/>text<!--x--></g>'
    )
    result = neutralised(svg(body))
    assert "script" not in result.svg and "text" not in result.svg


def test_s31_text_and_fonts_neutralised():
    body = (
        '<text font-family="Arial" x="1" y="1">Hi</text><rect width="1" height="1" font-family="x" '
        'style="font-family: url(file:///usr/share/fonts/x.ttf)"/>'
    )
    neutralised(svg(body), "element <text>", "attribute font-family", "style property font-family")


def test_s32_xinclude_neutralised(watch):
    head = f'<svg xmlns="{SVG}" xmlns:xi="http://www.w3.org/2001/XInclude">'
    body = '<xi:include href=".?../../../../etc/passwd" parse="text" encoding="UTF-8"/><rect width="1"/>'
    with watch:
        result = neutralised(svg(body, head), "element <xi:include>")
    assert not [p for p in watch.opens if "passwd" in p]
    assert "include" not in result.svg


def test_s33_trusted_source_env_changes_nothing(monkeypatch):
    monkeypatch.setenv("QT_SVG_ASSUME_TRUSTED_SOURCE", "1")
    rejected(svg("<rect/>" * (MAX_ELEMENTS + 1)), "too many elements")
    rejected(svg("<g>" * 5000 + "</g>" * 5000), "nested too deeply")


def test_messages_escape_hostile_text():
    result = neutralised(svg('<image xlink:href="\u202eevil\n.png"/><rect width="1"/>'))
    for line in result.removed:
        assert "\u202e" not in line and "\n" not in line


def test_bad_input_types():
    with pytest.raises(SvgRejected):
        sanitize_svg("<svg/>", name="str.svg")  # type: ignore[arg-type]


# --- hypothesis: P1 (only Sanitized or SvgRejected), P2 (idempotence), P3 (invariants) ---------------

_FRAGMENTS = [
    "<g>",
    "</g>",
    '<rect width="1" height="1"/>',
    '<path d="M0 0 L1 1Z"/>',
    "<defs>",
    "</defs>",
    '<linearGradient id="a">',
    "</linearGradient>",
    '<stop offset="0" stop-color="#fff"/>',
    '<linearGradient id="b" xlink:href="#a"/>',
    '<rect fill="url(#a)"/>',
    '<rect fill="url(#b)"/>',
    '<image xlink:href="/etc/passwd"/>',
    "<script>alert(1)</script>",
    '<use xlink:href="#a"/>',
    '<!DOCTYPE svg [<!ENTITY a "b">]>',
    "<?xml-stylesheet href='x'?>",
    "<![CDATA[x]]>",
    "<!--c-->",
    '<g style="fill:red;stroke:url(#a)">',
    '<circle r="1e400"/>',
    '<path d="M0 0 C 1 2 3"/>',
    "&amp;",
    "&x;",
    '<rect id="a"/>',
    '<g transform="rotate(1 2 3) scale(2)">',
    "<text>hi</text>",
    "\u202e",
    "\x00",
    "\xff",
    '<rect data-slot="hair.line" data-role="line" stroke-width="2"/>',
    '<polygon points="0 0 1 1 2 2"/>',
]


@st.composite
def svg_like(draw) -> bytes:
    pieces = draw(st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=8), max_size=25))
    head = draw(st.sampled_from([HEAD, f'<svg xmlns="{SVG}">', "<svg>", ""]))
    tail = draw(st.sampled_from(["</svg>", "", "</g></svg>"]))
    text = head + "".join(pieces) + tail
    raw = text.encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        return raw
    # mutate a few bytes
    data = bytearray(raw)
    for _ in range(draw(st.integers(0, 3))):
        if data:
            i = draw(st.integers(0, len(data) - 1))
            data[i] = draw(st.integers(0, 255))
    return bytes(data)


@settings(max_examples=300, deadline=1000, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000) | svg_like())
def test_p1_any_bytes_give_sanitized_or_rejected(data):
    try:
        result = sanitize_svg(data, name="fuzz.svg")
    except SvgRejected as exc:
        assert exc.file == "fuzz.svg" and exc.problem
        return
    assert isinstance(result, Sanitized)
    check_invariants(result.svg)


@settings(max_examples=300, deadline=1000, suppress_health_check=[HealthCheck.too_slow])
@given(svg_like())
def test_p2_idempotent(data):
    try:
        first = sanitize_svg(data, name="fuzz.svg")
    except SvgRejected:
        return
    second = sanitize_svg(first.svg.encode(), name="fuzz.svg")
    assert second.svg == first.svg
    assert second.removed == ()
