"""Issue 6: hypothesis mutates valid design files and packs; nothing crashes, only the expected errors.

* Designs (docs/security.md D05, D06, D07, D10, P5): a saved design of the mini pack is mutated at the byte
  level (flips, truncation at any offset, inserted or deleted bytes) and at the JSON level (any value
  replaced by JSON of another type, huge numbers, raw NaN/Infinity, deep nesting, long strings, future
  versions, keys removed or added). ``design.loads`` returns a Design or raises DesignError, nothing
  else; a returned Design is valid and round-trips through ``dumps``.
* Packs: one file of a fresh copy of the mini pack (pack.toml, a layer.toml or a part SVG) is mutated
  (byte flips, truncation, TOML values replaced by values of other types, SVG elements and attributes
  from a list of hostile snippets). ``load_pack`` returns a Pack or raises PackError (SvgRejected is a
  PackError); a loaded pack's random design composes and renders at 32 px without raising.

Every property runs derandomized (the same examples on every run and machine) with no deadline.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import tempfile
import tomllib
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support import MINI_PACK

from avatarstudio.core import design as design_io
from avatarstudio.core.compose import View, compose, compose_layers
from avatarstudio.core.design import Design, Persona, Transform
from avatarstudio.core.errors import DesignError, PackError
from avatarstudio.core.generate import generate
from avatarstudio.core.pack import Pack, load_pack

pytestmark = pytest.mark.slow  # hundreds of mutated packs and designs (hypothesis)

SETTINGS = dict(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
ID = re.compile(r"[a-z0-9_-]{1,40}")
HEX = re.compile(r"#[0-9a-f]{6}")


# --- designs --------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _mini() -> Pack:
    return load_pack(MINI_PACK)


@lru_cache(maxsize=1)
def base_design() -> Design:
    d = generate(_mini(), "mutation-base")
    d = d.with_transform("face", Transform(3.0, -2.5, 1.05, 4.0)).with_linked("eye_right", True)
    return replace(
        d,
        expression="wink",
        persona=Persona("かえで Kaede", "kaede_01", "bio\nline two", ("art", "music"), "#aa5588", "ja"),
    )


@lru_cache(maxsize=1)
def base_text() -> str:
    return design_io.dumps(base_design())


def _paths(value, prefix=()):
    """Every path (tuple of keys / indices) into a parsed JSON document, the root included."""
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, prefix + (i,))
    return out


class Raw:
    """Raw JSON text spliced in after serialisation (things json.dumps will not write)."""

    def __init__(self, text: str) -> None:
        self.text = text


RAW_VALUES = [
    "NaN",
    "-NaN",
    "Infinity",
    "-Infinity",
    "1e400",
    "-1e400",
    "1e-400",
    "1" + "0" * 5000,
    "-0",
    "-0.0",
    "[" * 5000 + "]" * 5000,
    "[" * 200_000 + "]" * 200_000,
    '{"a":' * 3000 + "1" + "}" * 3000,
    '"\\ud800"',
    '"\\udfff x"',
    '"\\u0000"',
    '"\\u202e"',
    '"a\\nb"',
    '"' + "x" * 300 + '"',
    '"' + "y" * 1_100_000 + '"',
    "[" + ",".join(["0"] * 100_000) + "]",
    "tru",
    "nul",
    '"unterminated',
    "0x10",
    "01",
    "+1",
    ".5",
    "1.",
    "1e",
    "[1,]",
    "{,}",
]
SPECIAL_VALUES = [
    None,
    True,
    False,
    0,
    -1,
    1,
    2,
    999,
    2**31,
    2**63,
    2**64 + 1,
    10**308,
    10**309,
    -(10**309),
    10**4000,
    1e308,
    -1e308,
    5e-324,
    -0.0,
    0.5,
    4096,
    4096.0001,
    10,
    10.5,
    360,
    361,
    -360.5,
    "",
    " ",
    "#FFFFFF",
    "#ffffff",
    "#fff",
    "red",
    "../../etc/passwd",
    "/etc/passwd",
    "C:\\x",
    "face",
    "oval",
    "neutral",
    "x" * 41,
    "a" * 201,
    "a" * 401,
    "\u202e",
    "\x07",
    "line\n",
    "face\n",
    [],
    {},
    [0, 0, 1, 0],
    [-0.0, 0, 1, 0],
    [0, 0, 1, -0.0],
    [1, 2, 3],
    [1, 2, 3, 4, 5],
    [1e400, 0, 1, 0],
    ["1", "2", "3", "4"],
    [True, 0, 1, 0],
    list(range(300)),
    {f"l{i}": "p" for i in range(201)},
    {"id": "mini"},
]

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(-(10**400), 10**400)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=60)
)
json_values = st.recursive(
    json_scalars,
    lambda c: st.lists(c, max_size=6) | st.dictionaries(st.text(max_size=12), c, max_size=6),
    max_leaves=12,
)
# specials and raw text are drawn as often as random JSON: they are where the bugs live
replacement = st.one_of(
    st.sampled_from(SPECIAL_VALUES).map(copy.deepcopy), st.sampled_from(RAW_VALUES).map(Raw), json_values
)
NUMBERS = [
    0,
    -0.0,
    0.0,
    1,
    1.0,
    -1,
    10,
    10.0001,
    4096,
    -4096.5,
    360,
    -361,
    5e-324,
    1e308,
    10**308,
    10**309,
    -(10**400),
    2**1024,
    Raw("1e400"),
    Raw("NaN"),
    Raw("-Infinity"),
    Raw("1" + "0" * 4400),
    "1",
    True,
    None,
]
transform_values = st.lists(st.sampled_from(NUMBERS) | st.floats() | st.integers(), min_size=3, max_size=5)
KEY_SUFFIXES = ["", "\n", "\r\n", " ", "\t", "\u0000", "A", "\u00e9", "\u202e", "/..", "x" * 40]


def _dump_with_raw(doc) -> str:
    raws: list[str] = []

    def swap(value):
        if isinstance(value, Raw):
            raws.append(value.text)
            return f"\x00RAW{len(raws) - 1}\x00"
        if isinstance(value, dict):
            return {k: swap(v) for k, v in value.items()}
        if isinstance(value, list):
            return [swap(v) for v in value]
        return value

    text = json.dumps(swap(doc), ensure_ascii=False, indent=2, allow_nan=True)
    for i, raw in enumerate(raws):
        text = text.replace(json.dumps(f"\x00RAW{i}\x00"), raw)
    return text


@st.composite
def json_mutations(draw) -> str:
    doc = copy.deepcopy(design_io.to_dict(base_design()))
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(doc)
        path = draw(st.sampled_from(paths))
        op = draw(
            st.sampled_from(
                ["replace", "replace", "replace", "delete", "add", "rename", "version", "transform", "id"]
            )
        )
        if op == "version" and isinstance(doc, dict):
            doc["version"] = draw(
                st.sampled_from([0, -1, 2, 999, 10**30, 1.0, "1", True, None, Raw("1e400"), Raw("NaN")])
            )
            continue
        if op == "transform" and isinstance(doc, dict):  # numbers where numbers are read
            layer = draw(st.sampled_from(["face", "eyes", "hat", "face\n"]))
            values = draw(transform_values)
            if draw(st.booleans()):
                values = [draw(st.sampled_from(NUMBERS)), 0, 1, 0]
            doc["transforms"] = {
                **(doc.get("transforms") if isinstance(doc.get("transforms"), dict) else {}),
                layer: values,
            }
            continue
        if op == "id" and isinstance(doc, dict):  # ids and colours with a near miss appended
            suffix = draw(st.sampled_from(KEY_SUFFIXES))
            where = draw(st.sampled_from(["pack", "parts", "colours", "linked", "theme"]))
            if where == "pack" and isinstance(doc.get("pack"), dict):
                doc["pack"]["id"] = "mini" + suffix
            elif where == "parts" and isinstance(doc.get("parts"), dict):
                doc["parts"]["face" + suffix] = draw(st.sampled_from(["oval", "oval" + suffix, None]))
            elif where == "colours" and isinstance(doc.get("colours"), dict):
                doc["colours"][draw(st.sampled_from(["skin", "skin" + suffix]))] = "#a1b2c3" + suffix
            elif where == "linked":
                doc["linked"] = ["eye_right" + suffix]
            elif isinstance(doc.get("persona"), dict):
                doc["persona"]["theme"] = "#a1b2c3" + suffix
            continue
        if not path:
            if op == "replace":
                doc = draw(replacement)
            continue
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        if not isinstance(parent, (dict, list)):
            continue
        key = path[-1]
        if op == "replace":
            parent[key] = draw(replacement)
        elif op == "delete":
            del parent[key]
        elif op == "add" and isinstance(parent, dict):
            parent[draw(st.text(max_size=45) | st.sampled_from(["face", "face\n", "x" * 41, "../x", ""]))] = (
                draw(replacement)
            )
        elif op == "add":
            parent.append(draw(replacement))
        elif op == "rename" and isinstance(parent, dict):
            parent[draw(st.text(max_size=45))] = parent.pop(key)
    return _dump_with_raw(doc)


@st.composite
def byte_mutations(draw) -> bytes:
    data = bytearray(base_text().encode("utf-8"))
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "flip", "truncate", "insert", "delete", "overwrite"]))
        n = len(data)
        if op == "flip" and n:
            i = draw(st.integers(0, n - 1))
            data[i] ^= draw(st.sampled_from([1, 2, 4, 8, 16, 32, 64, 128]) | st.integers(1, 255))
        elif op == "truncate":
            del data[draw(st.integers(0, n)) :]
        elif op == "insert":
            i = draw(st.integers(0, n))
            data[i:i] = draw(
                st.binary(min_size=1, max_size=16)
                | st.sampled_from(
                    [
                        b"\x00",
                        b"\xff",
                        b"\xc3",
                        b"\xed\xa0\x80",
                        b"\\ud800",
                        b"NaN",
                        b"[",
                        b"{",
                        b'"',
                        b",",
                        b"1" * 400,
                        b"\xef\xbb\xbf",
                    ]
                )
            )
        elif op == "delete" and n:
            i = draw(st.integers(0, n - 1))
            del data[i : i + draw(st.integers(1, 16))]
        elif op == "overwrite" and n:
            i = draw(st.integers(0, n - 1))
            chunk = draw(st.binary(min_size=1, max_size=8))
            data[i : i + len(chunk)] = chunk
    return bytes(data)


def _assert_valid(d: Design) -> None:
    assert isinstance(d, Design)
    assert ID.fullmatch(d.pack_id)
    for layer, part in d.parts.items():
        assert ID.fullmatch(layer) and (part is None or ID.fullmatch(part))
    for slot, colour in d.colours.items():
        assert ID.fullmatch(slot) and HEX.fullmatch(colour)
    assert all(ID.fullmatch(s) for s in d.linked)
    for layer, t in d.transforms.items():
        assert ID.fullmatch(layer)
        assert all(isinstance(v, float) for v in (t.x, t.y, t.scale, t.rotate))
    assert HEX.fullmatch(d.persona.theme)


def check_design_input(data: str | bytes) -> Design | None:
    """design.loads gives a valid, round-tripping Design or a DesignError; any other exception fails."""
    try:
        d = design_io.loads(data, file="mutant.avatar.json")
    except DesignError as exc:
        assert exc.file == "mutant.avatar.json" and exc.problem
        return None
    except Exception as exc:
        raise AssertionError(
            f"design.loads raised {type(exc).__name__} (only DesignError is allowed): {exc!r:.300}"
        ) from exc
    _assert_valid(d)
    text = design_io.dumps(d)
    assert design_io.loads(text) == d
    assert design_io.loads(text.encode("utf-8")) == d  # what save() writes must read back the same
    assert design_io.dumps(design_io.loads(text)) == text
    return d


def test_base_design_is_valid_and_round_trips():
    assert check_design_input(base_text()) == base_design()
    assert check_design_input(base_text().encode("utf-8")) == base_design()


def test_design_truncated_at_every_offset():
    """D05: every prefix of a saved design is refused cleanly (only the whole file loads)."""
    data = base_text().encode("utf-8")
    loaded = [n for n in range(len(data) + 1) if check_design_input(data[:n]) is not None]
    assert loaded == [len(data) - 1, len(data)]  # only the trailing newline may go


@settings(max_examples=1000, **SETTINGS)
@given(byte_mutations())
@example(b"")
@example(b"\xef\xbb\xbf" + b"{}")
@example(b"\xff\xfe{\x00}\x00")
def test_design_byte_mutations(data):
    check_design_input(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    check_design_input(text)


@settings(max_examples=1000, **SETTINGS)
@given(json_mutations())
def test_design_json_mutations(text):
    check_design_input(text)
    check_design_input(text.encode("utf-8", "surrogatepass"))


@pytest.mark.parametrize(
    "edit",
    [
        # found by the properties above, kept as named regressions (each failed before the fixes in design.py)
        pytest.param(lambda d: d["transforms"].update(face=[10**400, 0, 1, 0]), id="huge-int-in-transform"),
        pytest.param(lambda d: d["transforms"].update(face=[0, 0, 1, 0]), id="identity-transform-round-trip"),
        pytest.param(lambda d: d["transforms"].update(face=[-0.0, 0, 1, -0.0]), id="negative-zero-identity"),
        pytest.param(lambda d: d["persona"].update(bio=Raw('"\\ud800"')), id="lone-surrogate-in-bio"),
        pytest.param(lambda d: d["parts"].update({"face\n": "oval"}), id="newline-after-layer-id"),
        pytest.param(lambda d: d["pack"].update(id="mini\n"), id="newline-after-pack-id"),
        pytest.param(lambda d: d.update(version=10**300), id="future-version-huge"),
        pytest.param(lambda d: d.update(seed=Raw("[" * 100_000 + "]" * 100_000)), id="deep-nesting"),
    ],
)
def test_design_regressions(edit):
    doc = copy.deepcopy(design_io.to_dict(base_design()))
    edit(doc)
    text = _dump_with_raw(doc)
    check_design_input(text)
    check_design_input(text.encode("utf-8", "surrogatepass"))


# --- packs ----------------------------------------------------------------------------------------

PACK_FILES = sorted(p.relative_to(MINI_PACK).as_posix() for p in MINI_PACK.rglob("*") if p.is_file())
TOML_FILES = [p for p in PACK_FILES if p.endswith(".toml")]
SVG_FILES = [p for p in PACK_FILES if p.endswith(".svg")]

SVG_ELEMENTS = [
    "<script>alert(1)</script>",
    '<image href="file:///etc/passwd" width="10" height="10"/>',
    '<image xlink:href="data:image/png;base64,iVBORw0KGgo=" width="5" height="5"/>',
    '<use href="#a"/>',
    '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>',
    "<style>@import url(evil.css); rect{fill:url(http://x/y)}</style>",
    "<text>hello</text>",
    '<a href="javascript:alert(1)"><rect width="9" height="9"/></a>',
    '<iframe src="http://x"/>',
    '<linearGradient id="g1" href="#g1"/>',
    '<linearGradient id="g2" xlink:href="#g3"/><linearGradient id="g3" xlink:href="#g2"/>',
    '<linearGradient id="ok"><stop offset="0" stop-color="#f00"/><stop offset="1" stop-color="nan"/></linearGradient>'
    '<rect width="50" height="50" fill="url(#ok) blue"/>',
    '<radialGradient id="r" r="1e999" fx="-inf"><stop offset="2" stop-opacity="-1"/></radialGradient><circle r="5" fill="url(#r)"/>',
    '<rect fill="url(#nope)" width="10" height="10"/>',
    '<path d="M0 0 L1e400 0 Z"/>',
    '<path d="M 0 0 L"/>',
    '<path d="L 0 0"/>',
    '<path d="M0 0' + " L1 1" * 25_000 + '"/>',
    '<circle r="-5" cx="nan" cy="inf"/>',
    '<g transform="rotate(1e999)"><rect width="1" height="1"/></g>',
    '<g transform="matrix(0 0 0 0 0 0)"><rect width="1" height="1"/></g>',
    '<g transform="scale(1e6) scale(1e6)"><rect width="1e6" height="1e6"/></g>',
    "<g>" * 70 + "</g>" * 70,
    '<rect width="1" height="1"/>' * 10_001,
    '<ellipse rx="1e6" ry="1e6" stroke-width="1e6" data-role="line"/>',
    '<path d="M0 0 L9 9" data-role="line" stroke-width="inf"/>',
    '<path d="M0 0 L9 9" data-role="line" stroke-width="5%"/>',
    '<rect data-slot="nope" width="9" height="9"/>',
    '<rect data-slot="skin.nope" width="9" height="9"/>',
    '<rect data-stroke-slot="skin.line" data-slot="accessory.highlight" width="9" height="9"/>',
    '<rect data-slot="SKIN" width="9" height="9"/>',
    '<svg><rect width="2" height="2"/></svg>',
    "<stop offset='0'/>",
    '<rect id="dup"/><rect id="dup"/>',
    '<rect id="\u202eevil"/>',
    "<!-- cnrya8Zq -->",
    "<![CDATA[<script>x</script>]]>",
    "&amp;&lt;&#0;",
    "&#x202e;",
    "&xxe;",
    "\u202e",
    "\x00",
    "\x07",
    "\xff",
    "<",
    "</svg>",
    "]]>",
    '<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>',
    '<x:evil xmlns:x="http://evil.example/"/>',
    '<svg:rect xmlns:svg="http://www.w3.org/2000/svg" width="3" height="3"/>',
]
SVG_PROLOGUES = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<?xml version="1.0" encoding="ISO-8859-1"?>',
    '<?xml version="1.1"?>',
    '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">',
    '<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">]>',
    '<!DOCTYPE svg SYSTEM "http://evil.example/x.dtd">',
    '<?xml-stylesheet href="evil.css"?>',
    "\ufeff",
    " \n",
    "<!-- comment -->",
    "<x/>",
]
SVG_ATTRIBUTES = [
    'onload="alert(1)"',
    'style="fill:url(http://x/y);stroke:red"',
    'style="behavior:url(x.htc)"',
    'style=";;:;"',
    'xlink:href="http://x/"',
    'href="#a"',
    'xml:base="http://x/"',
    'fill="url(#a) red"',
    'fill="javascript:x"',
    'fill="rgb(1e999,0,0)"',
    'fill="#12345"',
    'stroke="currentColor"',
    'opacity="nan"',
    'opacity="1e999"',
    'fill-opacity="-3"',
    'stroke-width="-1"',
    'transform="skewX(90)"',
    'transform="translate(,)"',
    'id="1bad"',
    'id="x"',
    'width="0"',
    'viewBox="0 0 0 0"',
    'data-slot="skin"',
    'data-slot="eye_right.line"',
    'data-role="line"',
    'data-x="cnrya8Zq"',
    'inkscape:label="cnrya8Zq"',
    'sodipodi:docname="/home/cnryu8Zq/a.svg"',
    'x="1" x="2"',
    'fill="' + "a" * 5000 + '"',
    'd="M0 0"',
    'points="1 2 3"',
    'stroke-linecap="evil"',
    'stop-color="url(#a)"',
]


def _toml_literal(value) -> str:
    """Write a value as TOML (inline tables and arrays only)."""
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value:
            return "nan"
        if value in (float("inf"), float("-inf")):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {_toml_literal(v)}" for k, v in value.items())
            + "}"
        )
    return value.isoformat()  # dates and times


def _toml_document(doc: dict) -> str:
    return "".join(f"{json.dumps(k, ensure_ascii=False)} = {_toml_literal(v)}\n" for k, v in doc.items())


toml_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=50)
toml_scalars = (
    st.booleans()
    | st.integers()
    | st.integers(-(10**30), 10**30)
    | st.floats()
    | toml_text
    | st.datetimes()
    | st.dates()
)
toml_values = st.recursive(
    toml_scalars, lambda c: st.lists(c, max_size=5) | st.dictionaries(toml_text, c, max_size=5), max_leaves=10
)
TOML_SPECIALS = [
    "",
    "x",
    "#ffffff",
    "#FFF",
    "#zzzzzz",
    "face",
    "eyes",
    "oval",
    "closed",
    "neutral",
    "hat:tall",
    "eyes:big",
    "nope:x",
    "a:b:c",
    ":",
    "skin",
    "eye_left",
    "eyes",
    "../../etc",
    "\u202e",
    "\x07",
    "x" * 500,
    "face\n",
    "skin\n",
    "mini\n",
    "feminine",
    0,
    -1,
    1,
    15,
    16,
    4096,
    4097,
    0.0,
    -0.0,
    0.5,
    1.5,
    1000,
    1001,
    1e308,
    float("inf"),
    float("-inf"),
    float("nan"),
    True,
    False,
    [],
    {},
    [1],
    [1, 2],
    [2, 1],
    [0, 1e308],
    [-1e308, 1e308],
    [float("nan"), float("nan")],
    [float("-inf"), float("inf")],
    [0, 0, 0, 0],
    [0, 0, 1024, 1024],
    [1024, 1024, 0, 0],
    [0, 0, float("inf"), float("inf")],
    [float("nan")] * 4,
    [0, 4],
    [1e-300, 4],
    ["a", "b"],
    ["feminine", "x"],
    [["x"]],
    [{}],
    [{"a": "face:oval", "b": "face:round"}],
    [{"a": 1, "b": 2}],
    [1, 2, 3],
    {"a": 1},
    {"x": [0, 1]},
    {"scale": [0, 0]},
    {"scale": [0.5, 5]},
    {"rotate": [float("nan"), 0]},
    {"skin": "#ffffff"},
    {"label": 5},
    {"eyes": "closed"},
    {"eyes": ""},
    {"nope": "x"},
    {"palette": "skin", "default": "#000000"},
    {"palette": ["x"], "default": "#000000"},
    {"palette": "skin", "default": "#000000", "link": ["x"]},
    {"palette": "skin", "default": "#000000", "link": 5},
    {"palette": "skin", "default": "#000000", "link": "skin"},
    {"id": "zzz"},
    {"id": 5},
    [{"id": "zzz"}],
    [{"id": "oval", "weight": float("nan")}],
    [5],
    ["x"],
    Raw("1" + "0" * 5000),
    Raw("-" + "9" * 4400),
    Raw("0x" + "f" * 4000),
    Raw("1979-05-27T07:32:00Z"),
    Raw("1979-13-45"),
    Raw("23:59:60"),
    Raw("[" * 60 + "]" * 60),
    Raw("[" * 5000 + "]" * 5000),
    Raw("{a={b={c={d=1}}}}"),
    Raw('"\\ud800"'),
    Raw("'''multi\nline'''"),
    Raw('"""\\u202e"""'),
    Raw("nan"),
    Raw("+inf"),
    Raw("1__0"),
    Raw("= ="),
    Raw(""),
]
toml_replacement = st.one_of(toml_values, st.sampled_from(TOML_SPECIALS).map(copy.deepcopy))


def _toml_paths(doc, prefix=()):
    out = []
    if isinstance(doc, dict):
        for k, v in doc.items():
            out.append(prefix + (k,))
            out += _toml_paths(v, prefix + (k,))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out.append(prefix + (i,))
            out += _toml_paths(v, prefix + (i,))
    return out


NUDGE_NUMBERS = [0, 1, -1, 0.5, 1e-9, 2, 4, 15, 16, 100, 1000, 1001, 4096, 4097, -4096, 1e6, 10**18]
NUDGE_TEXT = [
    "",
    "face",
    "eyes",
    "hat",
    "background",
    "oval",
    "round",
    "big",
    "closed",
    "dots",
    "cap",
    "tall",
    "flat",
    "skin",
    "eyes",
    "eye_left",
    "eye_right",
    "accessory",
    "neutral",
    "wink",
    "feminine",
    "masculine",
    "hat:tall",
    "eyes:big",
    "face:oval",
    "#000000",
    "#FFFFFF",
    "アバター",
    "x" * 120,
    "x" * 121,
]


def _nudged(value) -> st.SearchStrategy:
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, (int, float)):
        return st.sampled_from(NUDGE_NUMBERS) | st.floats(-5000, 5000) | st.integers(-5000, 5000)
    if isinstance(value, str):
        return st.sampled_from(NUDGE_TEXT)
    if isinstance(value, list) and value and all(isinstance(v, (int, float)) for v in value):
        n = len(value)
        return st.lists(st.sampled_from(NUDGE_NUMBERS) | st.floats(-5000, 5000), min_size=n, max_size=n)
    if isinstance(value, list):
        return st.lists(st.sampled_from(NUDGE_TEXT), max_size=len(value) + 1)
    return st.just(value)


@st.composite
def toml_structural(draw, original: bytes) -> bytes:
    """Parse, edit a value/key anywhere, and write the document back as TOML."""
    doc = tomllib.loads(original.decode("utf-8"))
    for _ in range(draw(st.integers(1, 3))):
        paths = _toml_paths(doc)
        path = draw(st.sampled_from(paths)) if paths else ()
        op = draw(st.sampled_from(["nudge", "nudge", "replace", "replace", "delete", "add", "rename"]))
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        if not path or not isinstance(parent, (dict, list)):
            continue
        key = path[-1]
        if op == "nudge":  # a value of the same type, so more mutants load and get composed and rendered
            parent[key] = draw(_nudged(parent[key]))
        elif op == "replace":
            parent[key] = draw(toml_replacement)
        elif op == "delete":
            del parent[key]
        elif op == "add" and isinstance(parent, dict):
            new_key = draw(
                st.sampled_from(
                    [
                        "anchors",
                        "palettes",
                        "slots",
                        "expressions",
                        "exclude",
                        "layers",
                        "canvas",
                        "credit",
                        "link",
                        "transform",
                        "pivot",
                        "region",
                        "hides",
                        "presentation",
                        "weight",
                        "probability",
                        "optional",
                        "parts",
                        "extra",
                    ]
                )
                | toml_text
            )
            parent[new_key] = draw(toml_replacement)
        elif op == "add":
            parent.append(draw(toml_replacement))
        elif op == "rename" and isinstance(parent, dict):
            parent[draw(toml_text)] = parent.pop(key)
    return _toml_document(doc).encode("utf-8")


@st.composite
def svg_structural(draw, original: bytes) -> bytes:
    """Hostile elements inside the root, hostile attributes on any element, maybe a prologue in front."""
    text = original.decode("utf-8")
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.integers(0, 2)):
            inside = range(text.index(">") + 1, text.rindex("</svg>") + 1)
            spots = sorted(
                {m.end() for m in re.finditer(r">", text)} | {m.start() for m in re.finditer(r"<", text)}
            )
            at = draw(st.sampled_from([i for i in spots if i in inside]))
            text = text[:at] + draw(st.sampled_from(SVG_ELEMENTS)) + text[at:]
        else:
            spots = [m.end() for m in re.finditer(r"<[A-Za-z:]+", text)]
            at = draw(st.sampled_from(spots))
            attr = draw(st.sampled_from(SVG_ATTRIBUTES))
            if "xlink:" in attr and "xmlns:xlink" not in text:
                attr += ' xmlns:xlink="http://www.w3.org/1999/xlink"'
            if "inkscape:" in attr:
                attr += ' xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"'
            if "sodipodi:" in attr:
                attr += ' xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"'
            text = text[:at] + " " + attr + text[at:]
    if draw(st.integers(0, 3)) == 0:
        text = draw(st.sampled_from(SVG_PROLOGUES)) + text
    return text.encode("utf-8", "surrogatepass")


@st.composite
def raw_bytes(draw, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "truncate", "insert", "delete"]))
        n = len(data)
        if op == "flip" and n:
            i = draw(st.integers(0, n - 1))
            data[i] ^= draw(st.integers(1, 255))
        elif op == "truncate":
            del data[draw(st.integers(0, n)) :]
        elif op == "insert":
            i = draw(st.integers(0, n))
            data[i:i] = draw(
                st.binary(min_size=1, max_size=12)
                | st.sampled_from(
                    [
                        b"\x00",
                        b"\xff\xfe",
                        b"\x1f\x8b",
                        b"\xed\xa0\x80",
                        b"\r",
                        b"\n[",
                        b"\n[[parts]]\n",
                        "\u202e".encode(),
                        b'"""',
                        b"'",
                        b"=",
                        b"<",
                        b">",
                        b"&",
                        b"]]>",
                    ]
                )
            )
        elif op == "delete" and n:
            i = draw(st.integers(0, n - 1))
            del data[i : i + draw(st.integers(1, 12))]
    return bytes(data)


@st.composite
def pack_mutations(draw) -> tuple[str, bytes]:
    # about a quarter pack.toml, a quarter layer.toml files, half part SVGs
    rel = draw(
        st.just("pack.toml")
        | st.sampled_from(TOML_FILES)
        | st.sampled_from(SVG_FILES)
        | st.sampled_from(SVG_FILES)
    )
    original = (MINI_PACK / rel).read_bytes()
    structural = toml_structural(original) if rel.endswith(".toml") else svg_structural(original)
    data = draw(raw_bytes(original) if draw(st.integers(0, 3)) == 0 else structural)
    return rel, data


_RENDERER = []


def _renderer():
    if not _RENDERER:
        from avatarstudio.render import Renderer

        _RENDERER.append(Renderer(cache_megabytes=16))
    return _RENDERER[0]


def check_pack(rel: str, data: bytes) -> Pack | None:
    """load_pack gives a Pack or a PackError; a loaded pack's random designs compose and render."""
    with tempfile.TemporaryDirectory(prefix="mutpack-") as tmp:
        folder = Path(tmp) / "pack"
        shutil.copytree(MINI_PACK, folder)
        (folder / rel).write_bytes(data)
        try:
            pack = load_pack(folder)
        except PackError as exc:  # SvgRejected is a PackError
            assert exc.problem
            return None
        except Exception as exc:
            raise AssertionError(
                f"load_pack raised {type(exc).__name__} for a mutated {rel} (only PackError is "
                f"allowed): {exc!r:.300}"
            ) from exc
    assert isinstance(pack, Pack)
    renderer = _renderer()
    for seed in ("mut-1", "mut-2"):
        design = generate(pack, seed)
        for expression in (None, *pack.expressions):
            layers = compose_layers(pack, design, View(expression=expression))
            image = renderer.render(layers, 32)
            assert image.size == (32, 32)
        compose(pack, design, View(), size=32)
        assert design_io.loads(design_io.dumps(design)) == design
    return pack


def test_unmutated_mini_pack_loads_and_renders():
    assert check_pack("pack.toml", (MINI_PACK / "pack.toml").read_bytes()) is not None


# Mutated parts that the sanitizer accepts can still make Qt warn while drawing them (path data its own
# parser stops reading, shapes too large to rasterize); the test asserts the outcome, not Qt's log.
@pytest.mark.qt_log_ignore("Invalid path data", "will take too long to rasterize", extend=True)
@settings(max_examples=300, **SETTINGS)
@given(pack_mutations())
def test_pack_mutations(mutation):
    rel, data = mutation
    check_pack(rel, data)


def _edited(rel: str, value, *path) -> bytes:
    """The pack file ``rel`` with the value at ``path`` replaced (written back as TOML)."""
    doc = tomllib.loads((MINI_PACK / rel).read_text("utf-8"))
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    return _toml_document(doc).encode("utf-8")


@pytest.mark.parametrize(
    "rel, data",
    [
        # found by the properties above or while fixing what they found; before the fixes in pack.py most raised
        # TypeError, ValueError or OverflowError, the rest loaded a non-finite number or an id or colour ending
        # in a newline. Each must be refused with a PackError.
        pytest.param("pack.toml", _edited("pack.toml", [1, 2], "anchors"), id="anchors-not-a-table"),
        pytest.param("pack.toml", _edited("pack.toml", 3, "slots"), id="slots-not-a-table"),
        pytest.param("pack.toml", _edited("pack.toml", ["x"], "palettes"), id="palettes-not-a-table"),
        pytest.param("pack.toml", _edited("pack.toml", "x", "expressions"), id="expressions-not-a-table"),
        pytest.param("pack.toml", _edited("pack.toml", 7, "exclude"), id="exclude-not-a-list"),
        pytest.param("pack.toml", _edited("pack.toml", 5, "exclude", 0, "a"), id="exclude-ref-not-text"),
        pytest.param(
            "pack.toml", _edited("pack.toml", [], "slots", "skin", "palette"), id="palette-unhashable"
        ),
        pytest.param(
            "pack.toml", _edited("pack.toml", ["eye_left"], "slots", "eye_right", "link"), id="link-a-list"
        ),
        pytest.param(
            "pack.toml", _edited("pack.toml", Raw("1" + "0" * 5000), "canvas"), id="int-over-4300-digits"
        ),
        pytest.param("pack.toml", _edited("pack.toml", "mini\n", "id"), id="newline-after-pack-id"),
        pytest.param("pack.toml", _edited("pack.toml", "skin\n", "layers", 1), id="newline-after-layer-id"),
        pytest.param(
            "pack.toml",
            _edited("pack.toml", "#c4344b\n", "slots", "accessory", "default"),
            id="newline-after-colour",
        ),
        pytest.param(
            "parts/face/layer.toml",
            _edited("parts/face/layer.toml", [Raw("0x" + "f" * 400), 0, 1024, 1024], "region"),
            id="huge-hex-int-in-region",
        ),
        pytest.param(
            "parts/face/layer.toml",
            _edited("parts/face/layer.toml", [0, 0, float("inf"), float("inf")], "region"),
            id="infinite-region",
        ),
        pytest.param(
            "parts/face/layer.toml",
            _edited("parts/face/layer.toml", [float("nan"), 5], "pivot"),
            id="nan-pivot",
        ),
        pytest.param(
            "parts/face/layer.toml",
            _edited("parts/face/layer.toml", [float("-inf"), float("inf")], "transform", "x"),
            id="infinite-transform-limits",
        ),
    ],
)
def test_pack_regressions(rel, data):
    assert check_pack(rel, data) is None  # each is refused with a PackError
