"""The SVG sanitizer: every part SVG (built-in or imported) passes through here before Qt sees it.

Policy (see assets/README.md "Part SVG rules" and the reference docs/security.md, sections 4 and 5.1):

* bytes in, never a path; size cap before parsing; UTF-8 only; no NUL bytes;
* hardened expat parse (the defusedxml parser): entity declarations, external entities and any DTD
  *internal subset* are refused; a plain ``<!DOCTYPE ...>`` with no subset is dropped (neutralised);
  processing instructions (``<?xml-stylesheet ...?>``) are refused;
* elements and attributes are matched by (namespace URI, local name) against an allowlist;
  anything else is removed together with its subtree and reported in ``Sanitized.removed``;
* values are checked one by one (numbers finite and bounded, enumerations, colours, transforms,
  path data); the only reference allowed is ``url(#id)`` / ``xlink:href="#id"`` to a gradient that
  stays in the same document; gradient ``href`` chains are followed and cycles are refused;
* static budgets: elements, depth, path commands per path and per part;
* the output is serialized again from the allowlist only, deterministically, with the root
  ``viewBox`` forced to the pack canvas and no width/height; ``sanitize(sanitize(x).svg) == sanitize(x)``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import cast
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from .errors import SvgRejected
from .safetext import escape

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"

MAX_BYTES = 2 * 1024 * 1024
MAX_ELEMENTS = 10_000
MAX_DEPTH = 32  # QtSvg draws nothing nested deeper than this (counting the root), and says so only on stderr
# a part's own nesting, root included: compose puts each part in a layer group, fitting may add one more
MAX_PART_DEPTH = MAX_DEPTH - 2
MAX_PATH_COMMANDS = 20_000
MAX_PART_COMMANDS = 100_000
MAX_NUMBER = 1e6
MAX_HREF_CHAIN = 8
MAX_ID_LEN = 64

ELEMENTS = frozenset(
    [
        "svg",
        "g",
        "path",
        "circle",
        "ellipse",
        "rect",
        "line",
        "polyline",
        "polygon",
        "linearGradient",
        "radialGradient",
        "stop",
        "defs",
    ]
)
GRADIENTS = frozenset({"linearGradient", "radialGradient"})

_NUMBER = r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?"
_NUMBER_RE = re.compile(_NUMBER)
_LENGTH_RE = re.compile(rf"^({_NUMBER})(px|pt|pc|mm|cm|in|em|ex|%)?$")
_ID_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]{0,63}$")
_HEX_RE = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
_FUNC_COLOUR_RE = re.compile(r"^(?:rgb|rgba|hsl|hsla)\([0-9.,%\s+\-]{1,60}\)$")
_NAMED_RE = re.compile(r"^[A-Za-z]{1,30}$")
_URL_RE = re.compile(r"^url\(\s*#([A-Za-z_][A-Za-z0-9_.\-]{0,63})\s*\)(?:\s+(.+))?$")
_SLOT_RE = re.compile(r"^[a-z0-9_]{1,40}(?:\.[a-z]{1,20})?$")
_ROLE_RE = re.compile(r"^[a-z_]{1,20}$")
_WS_RE = re.compile(r"\s+")
_PATH_TOKEN_RE = re.compile(rf"\s*,?\s*([MmZzLlHhVvCcSsQqTtAa]|{_NUMBER})")
_PATH_ARGS = {"m": 2, "l": 2, "h": 1, "v": 1, "c": 6, "s": 4, "q": 4, "t": 2, "a": 7, "z": 0}
_TRANSFORM_RE = re.compile(r"\s*(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^()]*)\)\s*,?")
_TRANSFORM_ARGS = {
    "matrix": (6,),
    "translate": (1, 2),
    "scale": (1, 2),
    "rotate": (1, 3),
    "skewX": (1,),
    "skewY": (1,),
}
_BAD_CHARS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\\]")

_ENUMS = {
    "stroke-linecap": {"butt", "round", "square"},
    "stroke-linejoin": {"miter", "round", "bevel", "arcs", "miter-clip"},
    "fill-rule": {"nonzero", "evenodd"},
    "gradientUnits": {"userSpaceOnUse", "objectBoundingBox"},
}
_LENGTHS = frozenset(
    [
        "stroke-width",
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
        "fx",
        "fy",
        "offset",
    ]
)
_OPACITIES = frozenset({"opacity", "fill-opacity", "stroke-opacity", "stop-opacity"})
_PAINTS = frozenset({"fill", "stroke"})
_COLOURS = frozenset({"stop-color"})
_TRANSFORMS = frozenset({"transform", "gradientTransform"})
_DATA = {"data-slot": _SLOT_RE, "data-stroke-slot": _SLOT_RE, "data-role": _ROLE_RE}
# the attributes a ``style="..."`` declaration may set (as presentation attributes)
_STYLE_PROPS = frozenset(
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
        "stop-color",
        "stop-opacity",
    ]
)
ATTRIBUTES = (
    frozenset(_ENUMS)
    | _LENGTHS
    | _OPACITIES
    | _PAINTS
    | _COLOURS
    | _TRANSFORMS
    | frozenset(_DATA)
    | {"d", "points", "id"}
)

_PREFIXES = {
    XLINK_NS: "xlink",
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.inkscape.org/namespaces/inkscape": "inkscape",
    "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd": "sodipodi",
    "http://www.w3.org/1999/xhtml": "xhtml",
    "http://www.w3.org/2001/XInclude": "xi",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
}


@dataclass(frozen=True)
class Sanitized:
    """A cleaned part: ``svg`` is safe to hand to Qt; ``removed`` says what was taken out, for the user."""

    svg: str
    removed: tuple[str, ...]
    drawn: int = 1  # shapes left with their geometry; 0 means the part draws nothing


class _Node:
    __slots__ = ("tag", "attrs", "children", "keep")

    def __init__(self, tag: str, attrs: dict[str, str]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[_Node] = []
        self.keep = True


def _display(qname: str) -> str:
    """An element or attribute name for the report; a namespace or name from the file is escaped."""
    if qname.startswith("{"):
        uri, _, local = qname[1:].partition("}")
        if uri == SVG_NS:
            return escape(local, 60)
        prefix = _PREFIXES.get(uri)
        return f"{prefix}:{escape(local, 60)}" if prefix else f"{{{escape(uri, 60)}}}{escape(local, 60)}"
    return escape(qname, 60)


class _Reject(Exception):
    pass


class _Builder:
    """Tree builder with budgets checked while parsing, so hostile files stop early."""

    def __init__(self) -> None:
        self.root: _Node | None = None
        self.stack: list[_Node] = []
        self.count = 0
        self.done = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if self.done:
            raise _Reject("content after the root element")
        self.count += 1
        if self.count > MAX_ELEMENTS:
            raise _Reject(f"too many elements (limit {MAX_ELEMENTS})")
        if len(self.stack) >= MAX_PART_DEPTH:
            raise _Reject(
                f"elements nested too deeply (limit {MAX_PART_DEPTH}; the renderer draws {MAX_DEPTH} levels)"
            )
        node = _Node(tag, attrs)
        if self.stack:
            self.stack[-1].children.append(node)
        else:
            self.root = node
        self.stack.append(node)

    def end(self, tag: str) -> None:
        self.stack.pop()
        if not self.stack:
            self.done = True

    def data(self, text: str) -> None:  # text content is never kept (no allowed element has any)
        pass

    def close(self) -> _Node | None:
        return self.root


def _parse(data: bytes) -> tuple[_Node, bool]:
    """Parse with the defusedxml parser plus our own DTD and PI rules; returns (root, had_doctype)."""
    builder = _Builder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    expat = parser.parser
    doctype = [False]

    def on_doctype(name: str, system_id: str | None, public_id: str | None, has_internal_subset: int) -> None:
        if has_internal_subset:
            raise _Reject("DOCTYPE with an internal subset (entity or attribute declarations) is not allowed")
        doctype[0] = True

    def on_pi(target: str, text: str) -> None:
        raise _Reject(f"processing instruction <?{escape(target, 40)}?> is not allowed")

    def on_xmldecl(version: str | None, encoding: str | None, standalone: int) -> None:
        if encoding and encoding.lower() not in ("utf-8", "utf8", "us-ascii", "ascii"):
            raise _Reject(f"encoding {escape(encoding, 40)!r} is not allowed (use UTF-8)")

    expat.StartDoctypeDeclHandler = on_doctype
    expat.ProcessingInstructionHandler = on_pi
    expat.XmlDeclHandler = on_xmldecl
    expat.SetParamEntityParsing(0)  # XML_PARAM_ENTITY_PARSING_NEVER: no external DTD is ever read
    parser.feed(data)
    root = cast("_Node | None", parser.close())  # the target builds _Node trees
    if root is None:
        raise _Reject("no root element")
    return root, doctype[0]


def sanitize_svg(data: bytes, *, name: str, canvas: int = 1024) -> Sanitized:
    """Return the cleaned SVG of one part, or raise :class:`SvgRejected` naming ``name`` and the problem."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise SvgRejected("SVG data must be bytes", file=name)
    data = bytes(data)
    if not data.strip():
        raise SvgRejected("the file is empty", file=name)
    if len(data) > MAX_BYTES:
        raise SvgRejected(f"file is too large ({len(data)} bytes; limit {MAX_BYTES})", file=name)
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise SvgRejected("UTF-16 is not allowed (use UTF-8)", file=name)
    if data.startswith(b"\x1f\x8b"):
        raise SvgRejected("compressed SVG (svgz) is not allowed", file=name)
    if b"\x00" in data:
        raise SvgRejected("file contains NUL bytes (not UTF-8 text)", file=name)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SvgRejected(f"not valid UTF-8 (byte {exc.start})", file=name) from None
    try:
        root, had_doctype = _parse(data)
    except _Reject as exc:
        raise SvgRejected(str(exc), file=name) from None
    except DefusedXmlException as exc:
        raise SvgRejected(
            f"DTD or entity declarations are not allowed ({type(exc).__name__})", file=name
        ) from None
    except ParseError as exc:
        raise SvgRejected(f"not well-formed XML ({escape(str(exc), 120)})", file=name) from None
    except (ValueError, UnicodeError, RecursionError, MemoryError) as exc:
        raise SvgRejected(f"cannot be parsed ({type(exc).__name__})", file=name) from None
    if root.tag != "{%s}svg" % SVG_NS:
        found = _display(root.tag) if root.tag.startswith("{") else f"{root.tag} (no SVG namespace)"
        raise SvgRejected(f'root element must be <svg xmlns="{SVG_NS}">, found <{found}>', file=name)
    try:
        return _clean(root, had_doctype, canvas)
    except _Reject as exc:
        raise SvgRejected(str(exc), file=name) from None


def _clean(root: _Node, had_doctype: bool, canvas: int) -> Sanitized:
    removed: Counter[str] = Counter()
    if had_doctype:
        removed["DOCTYPE declaration"] += 1

    # 1. structure: keep allowed SVG elements only (a removed element takes its subtree with it)
    kept: list[_Node] = []

    def walk(node: _Node, parent_tag: str | None) -> bool:
        tag = node.tag
        local = tag[len(SVG_NS) + 2 :] if tag.startswith("{%s}" % SVG_NS) else None
        ok = local in ELEMENTS and (local != "svg" or parent_tag is None)
        if local == "stop" and parent_tag not in GRADIENTS:
            ok = False
        if not ok or local is None:
            node.keep = False
            removed[f"element <{_display(tag)}>"] += 1
            return False
        node.tag = local
        kept.append(node)
        node.children = [c for c in node.children if walk(c, local)]
        return True

    walk(root, None)

    # 2. ids: valid, unique (the first wins)
    ids: dict[str, _Node] = {}
    for node in kept:
        value = node.attrs.get("id")
        if value is None:
            continue
        value = value.strip()
        if not _ID_RE.match(value):
            removed[f"invalid id on <{node.tag}>"] += 1
            continue
        if value in ids:
            removed[f"duplicate id {value!r}"] += 1
            continue
        ids[value] = node

    gradient_ids = {i for i, n in ids.items() if n.tag in GRADIENTS}

    # 3. attributes
    commands = 0
    out_attrs: dict[int, dict[str, str]] = {}
    links: dict[str, str] = {}  # gradient id -> gradient id it inherits from
    chains: list[str] = []  # every href target, so gradients without an id are checked too
    for node in kept:
        attrs: dict[str, str] = {}
        tag = node.tag
        style = None
        for qname, raw in node.attrs.items():
            if qname == "id":
                value = raw.strip()
                if ids.get(value) is node:
                    attrs["id"] = value
                continue
            if qname in ("href", "{%s}href" % XLINK_NS):
                target = _WS_RE.sub("", raw)
                if tag in GRADIENTS and target.startswith("#") and target[1:] in gradient_ids:
                    own = node.attrs.get("id", "").strip()
                    if ids.get(own) is node:
                        links[own] = target[1:]
                    chains.append(target[1:])
                    attrs["xlink:href"] = target
                else:
                    removed[f"reference {_describe_ref(raw)} on <{tag}>"] += 1
                continue
            if qname == "style":
                style = raw
                continue
            if tag == "svg" and qname in (
                "viewBox",
                "width",
                "height",
                "x",
                "y",
                "version",
                "preserveAspectRatio",
                "baseProfile",
            ):
                continue  # the canvas is the pack's, never the file's
            if qname.startswith("{") or qname not in ATTRIBUTES:
                removed[f"attribute {_display(qname)} on <{tag}>"] += 1
                continue
            if qname == "d":  # cheap lower bound first, so giant paths are refused before they are parsed
                letters = sum(map(raw.count, "MmZzLlHhVvCcSsQqTtAa"))
                if letters > MAX_PATH_COMMANDS:
                    raise _Reject(
                        f"<{tag}> has at least {letters} path commands (limit {MAX_PATH_COMMANDS} per path)"
                    )
            value = _check_value(qname, raw, gradient_ids)
            if value is None:
                removed[f"invalid {qname} on <{tag}>"] += 1
                continue
            if qname in ("d", "points"):
                n = _count_commands(qname, value)
                if n > MAX_PATH_COMMANDS:
                    raise _Reject(f"<{tag}> has {n} path commands (limit {MAX_PATH_COMMANDS} per path)")
                commands += n
                if commands > MAX_PART_COMMANDS:
                    raise _Reject(f"too many path commands (limit {MAX_PART_COMMANDS} per part)")
            attrs[qname] = value
        if style is not None:
            for decl in style.split(";"):
                if not decl.strip():
                    continue
                prop, sep, value = decl.partition(":")
                prop = prop.strip().lower()
                if not sep or prop not in _STYLE_PROPS:
                    removed[f"style property {escape(prop, 40) or '?'} on <{tag}>"] += 1
                    continue
                checked = _check_value(prop, value, gradient_ids)
                if checked is None:
                    removed[f"invalid style {prop} on <{tag}>"] += 1
                    continue
                attrs[prop] = checked
        out_attrs[id(node)] = attrs

    # 4. gradient href chains: bounded, no cycles
    for start in chains:
        seen = [start]
        current = start
        while current in links:
            current = links[current]
            if current in seen:
                raise _Reject(f"gradient reference cycle: {' -> '.join('#' + s for s in seen + [current])}")
            seen.append(current)
            if len(seen) > MAX_HREF_CHAIN:
                raise _Reject(f"gradient reference chain longer than {MAX_HREF_CHAIN}")

    # 5. a file drawn in its own coordinates is fitted to the canvas (centred, aspect kept)
    fit = _fit_transform(root.attrs, canvas, removed)
    if fit is not None and root.children:
        wrapper = _Node("g", {})
        wrapper.children, root.children = root.children, [wrapper]
        out_attrs[id(wrapper)] = {"transform": fit}
    drawn = sum(
        1 for node in kept if node.tag in _SHAPES and all(a in out_attrs[id(node)] for a in _SHAPES[node.tag])
    )

    # 6. serialize from the allowlist only
    parts: list[str] = []
    uses_xlink = any("xlink:href" in a for a in out_attrs.values())

    def emit(node: _Node) -> None:
        attrs = out_attrs[id(node)]
        if node.tag == "svg":
            head = [f'xmlns="{SVG_NS}"']
            if uses_xlink:
                head.append(f'xmlns:xlink="{XLINK_NS}"')
            head.append(f'viewBox="0 0 {canvas} {canvas}"')
            text = " ".join(head + [f'{k}="{_esc(v)}"' for k, v in sorted(attrs.items())])
        else:
            text = " ".join([node.tag] + [f'{k}="{_esc(v)}"' for k, v in sorted(attrs.items())])
        if node.tag == "svg":
            text = "svg " + text
        if node.children:
            parts.append(f"<{text}>")
            for child in node.children:
                emit(child)
            parts.append(f"</{node.tag}>")
        else:
            parts.append(f"<{text}/>")

    emit(root)
    summary = tuple(f"{k} (x{n})" if n > 1 else k for k, n in removed.items())
    return Sanitized("".join(parts), summary, drawn)


# the attributes without which a shape draws nothing
_SHAPES = {
    "path": ("d",),
    "polyline": ("points",),
    "polygon": ("points",),
    "circle": ("r",),
    "ellipse": ("rx", "ry"),
    "rect": ("width", "height"),
    "line": (),
}


def _fit_transform(attrs: dict[str, str], canvas: int, removed: Counter[str]) -> str | None:
    """``matrix(...)`` mapping the file's own viewBox (or width/height) onto the canvas, or None if it is the canvas."""
    raw = attrs.get("viewBox")
    if raw is not None:
        nums = raw.replace(",", " ").split()
        ok = len(nums) == 4 and all(_NUMBER_RE.fullmatch(n) and _finite(n) for n in nums)
        box = [float(n) for n in nums] if ok else []
        if not ok or box[2] <= 0 or box[3] <= 0:
            removed["invalid viewBox (ignored: the part is drawn in canvas units)"] += 1
            return None
    else:
        sizes = []
        for key in ("width", "height"):
            m = _LENGTH_RE.match(attrs.get(key, "").strip())
            if not m or m.group(2) not in (None, "px") or not _finite(m.group(1)) or float(m.group(1)) <= 0:
                return None  # no usable size: the part is in canvas units, as the pack format says
            sizes.append(float(m.group(1)))
        box = [0.0, 0.0, sizes[0], sizes[1]]
    x, y, w, h = box
    if (x, y, w, h) == (0, 0, canvas, canvas):
        return None
    scale = min(canvas / w, canvas / h)
    tx = (canvas - w * scale) / 2 - x * scale
    ty = (canvas - h * scale) / 2 - y * scale
    if not all(abs(v) <= MAX_NUMBER for v in (scale, tx, ty)) or scale < 1e-6:
        removed["invalid viewBox (ignored: the part is drawn in canvas units)"] += 1
        return None
    removed[f"own viewBox {_num(x)} {_num(y)} {_num(w)} {_num(h)} (fitted to the {canvas} px canvas)"] += 1
    return f"matrix({_num(scale)} 0 0 {_num(scale)} {_num(tx)} {_num(ty)})"


def _num(v: float) -> str:
    text = f"{v:.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _esc(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _describe_ref(raw: str) -> str:
    return repr(escape(raw.strip(), 60))


def _finite(text: str) -> bool:
    try:
        return abs(float(text)) <= MAX_NUMBER
    except ValueError:
        return False


def _check_value(qname: str, raw: str, gradient_ids: set[str]) -> str | None:
    """The normalised value if ``raw`` is acceptable for ``qname``, else None."""
    if (len(raw) > 4096 and qname not in ("d", "points")) or _BAD_CHARS_RE.search(raw):
        return None
    value = _WS_RE.sub(" ", raw).strip()
    if not value:
        return None
    if qname in _LENGTHS:
        m = _LENGTH_RE.match(value)
        return value if m and _finite(m.group(1)) else None
    if qname in _OPACITIES:
        return value if _LENGTH_RE.match(value) and _finite(value.rstrip("%")) else None
    if qname in _ENUMS:
        return value if value in _ENUMS[qname] else None
    if qname in _PAINTS:
        m = _URL_RE.match(value)
        if m:
            if m.group(1) not in gradient_ids:
                return None
            fallback = m.group(2)
            if fallback is not None and not _colour(fallback):
                return None
            # one spelling, so the pack loader's id renaming finds every reference
            return f"url(#{m.group(1)})" + (f" {fallback}" if fallback is not None else "")
        return value if _colour(value) else None
    if qname in _COLOURS:
        return value if _colour(value) else None
    if qname in _TRANSFORMS:
        return value if _transform_ok(value) else None
    if qname in _DATA:
        return value if _DATA[qname].match(value) else None
    if qname == "d":
        return value if _path_ok(value) else None
    if qname == "points":
        nums = value.replace(",", " ").split()
        if len(nums) % 2 or not all(_NUMBER_RE.fullmatch(n) and _finite(n) for n in nums):
            return None
        return value
    return None


def _colour(value: str) -> bool:
    if "(" in value:
        return bool(_FUNC_COLOUR_RE.match(value))
    return bool(_HEX_RE.match(value) or _NAMED_RE.match(value))


def _transform_ok(value: str) -> bool:
    pos = 0
    n = len(value)
    count = 0
    while pos < n:
        m = _TRANSFORM_RE.match(value, pos)
        if not m or m.end() == pos:
            return False
        args = m.group(2).replace(",", " ").split()
        if len(args) not in _TRANSFORM_ARGS[m.group(1)]:
            return False
        if not all(_NUMBER_RE.fullmatch(a) and _finite(a) for a in args):
            return False
        pos = m.end()
        count += 1
        if count > 32:
            return False
    return count > 0


def _path_ok(value: str) -> bool:
    pos = 0
    n = len(value)
    first = True
    for m in _PATH_TOKEN_RE.finditer(value):
        if m.start() != pos:
            return False
        tok = m.group(1)
        if first:
            if tok not in ("M", "m"):
                return False
            first = False
        if not tok.isalpha():
            if abs(float(tok)) > MAX_NUMBER:
                return False
        pos = m.end()
    return pos == n or value[pos:].strip(" ,") == ""


def _count_commands(qname: str, value: str) -> int:
    if qname == "points":
        return value.replace(",", " ").count(" ") // 2 + 1
    total = 0
    letter = None
    nargs = 0
    for m in _PATH_TOKEN_RE.finditer(value):
        tok = m.group(1)
        if tok.isalpha() and tok not in ("e", "E"):
            if letter is not None:
                total += _segments(letter, nargs)
            letter, nargs = tok.lower(), 0
        else:
            nargs += 1
    if letter is not None:
        total += _segments(letter, nargs)
    return total


def _segments(letter: str, nargs: int) -> int:
    per = _PATH_ARGS[letter]
    return 1 if per == 0 or nargs <= per else -(-nargs // per)
