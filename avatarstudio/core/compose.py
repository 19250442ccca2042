"""Composition: (pack, design) -> SVG text. Pure and byte-deterministic.

``compose_layers`` gives each visible layer as its own standalone SVG document (the renderer caches
those by content), and ``compose`` joins the same layer bodies into one document for SVG export.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from .colour import derive
from .design import Design, effective_colours
from .heads import HeadTemplate
from .pack import MARK, Pack
from .sliders import LayerMoves, apply_sides, layer_moves

_derived = lru_cache(maxsize=4096)(derive)  # a pure function of two strings, asked ~300 times per avatar
_MARKER = re.compile(MARK + r"([^" + MARK + r"]*)" + MARK)
SVG_HEAD = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{w}" height="{h}" viewBox="{vb}">'


@dataclass(frozen=True)
class View:
    """What of the canvas to show, how thick to draw lines, and whether to draw the background."""

    box: tuple[float, float, float, float] = (0.0, 0.0, 1024.0, 1024.0)  # x, y, width, height
    line_scale: float = 1.0
    background: bool = True
    expression: str | None = None  # None = the design's own expression
    small: bool = False  # drawn below SMALL_PX: each layer's ``small`` rules apply (see sized())

    def sized(self, pixels: int) -> View:
        """This view for an image ``pixels`` wide (its smaller side): small below SMALL_PX."""
        return replace(self, small=pixels < SMALL_PX)


FULL = View()


@dataclass(frozen=True)
class LayerSvg:
    layer: str
    part: str
    svg: str  # a standalone SVG document of this one layer
    bounded: bool = False  # from a pack that is not built in: the renderer draws it under a time limit


def _num(v: float) -> str:
    text = f"{v:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


# Below this many pixels a face is a few dozen pixels tall: patterned backgrounds break the silhouette
# and 1024-canvas lines vanish, so layers may declare ``small`` rules (a plain part, heavier lines).
SMALL_PX = 128


def _drawn(pack: Pack, view: View, visible: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The visible parts as drawn in ``view``: at small sizes a layer's ``small.part`` replaces its part."""
    if not view.small:
        return visible
    return [(lay, pack.layer(lay).small.part or pid) for lay, pid in visible]


def visible_parts(pack: Pack, design: Design, expression: str | None = None) -> list[tuple[str, str]]:
    """(layer, part) pairs drawn for this design and expression, bottom first."""
    parts = dict(design.parts)
    expr = pack.expressions.get(expression or design.expression) or pack.expressions.get("neutral")
    if expr is not None:
        parts.update(expr.overrides)
    for layer in pack.layers:
        if layer.follows is not None:  # e.g. locks over the shoulders go with the chosen back hair
            # (a design naming no part at all for the followed layer keeps its own entry)
            followed = parts.get(layer.follows, parts.get(layer.id))
            parts[layer.id] = followed if layer.has(followed) else None
    hidden: set[str] = set()
    for layer in pack.layers:
        part_id = parts.get(layer.id)
        if part_id and layer.has(part_id):
            hidden.update(layer.part(part_id).hides)
    hidden.update(layer.id for layer in pack.layers if layer.follows in hidden)
    out = []
    for layer in pack.layers:
        part_id = parts.get(layer.id)
        if part_id and layer.id not in hidden and layer.has(part_id):
            out.append((layer.id, part_id))
    return out


def head_template(pack: Pack, design: Design) -> HeadTemplate | None:
    """The head template of the design's face part (None: the reference head the parts are drawn on)."""
    for layer in pack.layers:
        part_id = design.parts.get(layer.id)
        if part_id and layer.has(part_id):
            tid = layer.part(part_id).head_template
            if tid is not None:
                return pack.templates.get(tid)
    return None


_WIDENING: dict[int, tuple[Pack, dict[tuple[str, str], dict[str, float]]]] = {}


def _widening_parts(pack: Pack) -> dict[tuple[str, str], dict[str, float]]:
    """(layer, part) -> the other layers it widens, for the parts that widen any: looked up once a pack,
    since every layer of every preview asks (scanning every layer's parts each time was half of
    compose_layers)."""
    hit = _WIDENING.get(id(pack))
    if hit is None or hit[0] is not pack:
        if len(_WIDENING) > 8:
            _WIDENING.clear()
        table = {(lay.id, p.id): dict(p.scales) for lay in pack.layers for p in lay.parts if p.scales}
        hit = _WIDENING[id(pack)] = (pack, table)
    return hit[1]


_fit_svg = lru_cache(maxsize=1024)(lambda fit: fit.svg())  # asked for each fitted layer of every compose
_pose_svg = lru_cache(maxsize=256)(lambda pose, rules: pose.svg(rules))


def _outer(pack: Pack, design: Design, layer_id: str, head: HeadTemplate | None) -> list[str]:
    """Transforms that move the whole layer: the head pose, then the fit to the head template."""
    out = []
    if pack.pose is not None and not design.head_pose.is_identity and layer_id in pack.pose.layers:
        out.append(_pose_svg(design.head_pose, pack.pose))
    if head is not None and layer_id in head.fits:
        out.append(_fit_svg(head.fits[layer_id]))
    # a shown part that widens this layer (a build); the table is in layer order, one part a layer shown
    for (other, part_id), scales in _widening_parts(pack).items():
        if other != layer_id and layer_id in scales and design.parts.get(other) == part_id:
            k = scales[layer_id]
            out.append(f"translate({_num(pack.canvas / 2 * (1 - k))} 0) scale({_num(k)} 1)")
    return out


def tie_offset(
    pack: Pack, visible: list[tuple[str, str]], layer_id: str, part_id: str
) -> tuple[float, float]:
    """How far an anchored part (a scrunchie, a ribbon) moves to sit on the nearest tie point of the
    visible hair; (0, 0) for other parts or when no visible part has a tie point."""
    anchor = pack.layer(layer_id).part(part_id).anchor
    if anchor is None:
        return (0.0, 0.0)
    ties = [t for lay, pid in visible for t in pack.layer(lay).part(pid).ties]
    if not ties:
        return (0.0, 0.0)
    tx, ty = min(ties, key=lambda t: (t[0] - anchor[0]) ** 2 + (t[1] - anchor[1]) ** 2)
    return (tx - anchor[0], ty - anchor[1])


@lru_cache(maxsize=256)
def _slots_in(source: str) -> tuple[str, ...]:
    """The slots whose colours a template's markers ask for."""
    return tuple(sorted({m.split(":")[1] for m in _MARKER.findall(source) if m.startswith("C:")}))


@lru_cache(maxsize=256)
def _filled(
    source: str, prefix: str, line_scale: float, slots: tuple[str, ...], colours: tuple[str, ...] | None
) -> str:
    """A template with its markers filled: ``colours`` are those of ``slots`` (None: colour markers kept).

    A pure function of its arguments, kept (256 bodies, a few MB) for the studio's preview, which composes
    every layer again on each edit although most layers' fills did not change: the regex with a Python
    callback was about half of compose_layers."""
    by_slot = dict(zip(slots, colours or (), strict=False))

    def fill(match: re.Match[str]) -> str:
        spec = match.group(1)
        if spec == "P":
            return prefix
        if spec.startswith("C:"):
            if colours is None:
                return match.group(0)
            _, slot, role = spec.split(":")
            return _derived(by_slot[slot], role, slot)
        if spec.startswith("W:"):
            return _num(float(spec[2:]) * line_scale)
        raise ValueError(f"unknown template marker {spec!r}")

    return _MARKER.sub(fill, source)


_MOVES: dict[tuple[int, tuple[tuple[str, float], ...], str], tuple[Pack, LayerMoves]] = {}


def _layer_moves(pack: Pack, design: Design, layer_id: str) -> LayerMoves:
    """``layer_moves`` for the design's slider values, kept by pack, values and layer (a pure function of
    them, asked for every layer of every compose: it walked every slider's effects each time)."""
    key = (id(pack), tuple(sorted(design.sliders.items())), layer_id)
    hit = _MOVES.get(key)
    if hit is None or hit[0] is not pack:
        if len(_MOVES) > 4096:
            _MOVES.clear()
        moves = layer_moves(pack.sliders, design.sliders, layer_id, pack.layer(layer_id).pivot)
        hit = _MOVES[key] = (pack, moves)
    return hit[1]


def _body(
    pack: Pack,
    design: Design,
    layer_id: str,
    part_id: str,
    colours: dict[str, str],
    line_scale: float,
    head: HeadTemplate | None = None,
    tie: tuple[float, float] = (0.0, 0.0),
    small: bool = False,
    keep_colours: bool = False,
) -> str:
    layer = pack.layer(layer_id)
    part = layer.part(part_id)
    prefix = f"{layer_id}-{part_id}-"
    if small:
        line_scale *= layer.small.line
    source = part.variants.get(head.id, part.template) if head is not None else part.template
    moves = _layer_moves(pack, design, layer_id) if pack.sliders else None
    if moves is not None:
        source = apply_sides(source, moves)  # the face sliders' left and right sides (eyes apart...)
    used = None if keep_colours else tuple(colours[slot] for slot in _slots_in(source))
    body = _filled(source, prefix, line_scale, _slots_in(source), used)
    if tie != (0.0, 0.0):
        body = f'<g transform="translate({_num(tie[0])} {_num(tie[1])})">{body}</g>'
    transforms = _outer(pack, design, layer_id, head)
    if moves is not None and moves.turn:
        transforms.insert(0, moves.turn)  # a body turn moves the layer as drawn, its build's width included
    if small and layer.small.scale != 1.0:
        px, py, k = layer.pivot[0], layer.pivot[1], layer.small.scale
        transforms.append(f"translate({_num(px * (1 - k))} {_num(py * (1 - k))}) scale({_num(k)})")
    tf = design.transform(layer_id)
    if not tf.is_identity:
        lim = layer.limits
        x, y = lim.clamp("x", tf.x), lim.clamp("y", tf.y)
        s, r = lim.clamp("scale", tf.scale), lim.clamp("rotate", tf.rotate)
        px, py = layer.pivot
        transforms.append(
            f"translate({_num(x + px)} {_num(y + py)}) rotate({_num(r)}) scale({_num(s)}) "
            f"translate({_num(-px)} {_num(-py)})"
        )
    if moves is not None and moves.whole:
        transforms.append(moves.whole)  # the face sliders, in the coordinates the part is drawn in
    if not transforms:
        return f'<g id="{prefix}layer">{body}</g>'
    return f'<g id="{prefix}layer" transform="{" ".join(transforms)}">{body}</g>'


def moved_by(pack: Pack, old: Design, new: Design) -> tuple[str, float, float] | None:
    """(layer, dx, dy) when ``new`` is ``old`` with one layer's drawing moved by (dx, dy) canvas units
    and nothing else changed: that layer's x/y slider moved, its scale and turn kept, and nothing
    around the layer's own transform (head pose, template fit, build, body turn) to bend the move.
    None otherwise. The studio shows a drag with the layer's last picture moved so (gui/preview.py)."""
    if replace(new, transforms=old.transforms) != old:
        return None
    changed = [k for k in {*old.transforms, *new.transforms} if old.transform(k) != new.transform(k)]
    if len(changed) != 1:
        return None
    layer_id = changed[0]
    if layer_id not in pack.layer_ids:
        return None
    a, b, lim = old.transform(layer_id), new.transform(layer_id), pack.layer(layer_id).limits
    if (lim.clamp("scale", a.scale), lim.clamp("rotate", a.rotate)) != (
        lim.clamp("scale", b.scale),
        lim.clamp("rotate", b.rotate),
    ):
        return None
    around = _outer(pack, new, layer_id, head_template(pack, new))
    turn = _layer_moves(pack, new, layer_id).turn if pack.sliders else ""
    dx, dy = lim.clamp("x", b.x) - lim.clamp("x", a.x), lim.clamp("y", b.y) - lim.clamp("y", a.y)
    for text in reversed([turn, *around]):  # outermost first in SVG order: the innermost applies first
        linear = _linear(text)
        if linear is None:
            return None
        (xx, xy), (yx, yy) = linear
        dx, dy = xx * dx + xy * dy, yx * dx + yy * dy
    return layer_id, dx, dy


_TRANSFORM = re.compile(r"\s*(\w+)\(([^)]*)\)")


def _linear(text: str) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """The linear part (how it turns a move) of the SVG transform list ``text`` as composing writes it
    (translate, scale, rotate, skewX, skewY, matrix); None for anything else."""
    m = ((1.0, 0.0), (0.0, 1.0))
    for name, args in _TRANSFORM.findall(text):
        v = [float(a) for a in args.replace(",", " ").split()]
        if name == "translate":
            continue
        if name == "scale" and v:
            t = ((v[0], 0.0), (0.0, v[-1] if len(v) > 1 else v[0]))
        elif name == "rotate" and v:
            c, s = math.cos(math.radians(v[0])), math.sin(math.radians(v[0]))
            t = ((c, -s), (s, c))
        elif name == "skewX" and v:
            t = ((1.0, math.tan(math.radians(v[0]))), (0.0, 1.0))
        elif name == "skewY" and v:
            t = ((1.0, 0.0), (math.tan(math.radians(v[0])), 1.0))
        elif name == "matrix" and len(v) == 6:
            t = ((v[0], v[2]), (v[1], v[3]))
        else:
            return None
        m = (
            (m[0][0] * t[0][0] + m[0][1] * t[1][0], m[0][0] * t[0][1] + m[0][1] * t[1][1]),
            (m[1][0] * t[0][0] + m[1][1] * t[1][0], m[1][0] * t[0][1] + m[1][1] * t[1][1]),
        )
    return m


def _head(view: View, width: int | None, height: int | None) -> str:
    bx, by, bw, bh = view.box
    vb = " ".join(_num(v) for v in view.box)
    return SVG_HEAD.format(w=width or _num(bw), h=height or _num(bh), vb=vb)


def _bodies(
    pack: Pack, design: Design, view: View, keep_colours: bool = False
) -> Iterator[tuple[str, str, str]]:
    """(layer id, part id, SVG body) of each layer ``view`` draws, bottom first: the one walk over the
    layers that compose and compose_layers share."""
    colours = effective_colours(pack, design)
    template = head_template(pack, design)
    visible = visible_parts(pack, design, view.expression)
    for layer_id, part_id in _drawn(pack, view, visible):
        if layer_id == "background" and not view.background:
            continue
        tie = tie_offset(pack, visible, layer_id, part_id)
        body = _body(
            pack, design, layer_id, part_id, colours, view.line_scale, template, tie, view.small, keep_colours
        )
        yield layer_id, part_id, body


def compose_layers(
    pack: Pack, design: Design, view: View = FULL, *, keep_colours: bool = False
) -> list[LayerSvg]:
    """Each visible layer as its own SVG document, bottom first. With ``keep_colours`` every colour is
    left as its marker (see ``colour_markers``, ``paint``): the layer's shapes without its colours,
    which the studio's preview recolours from (gui/recolour.py)."""
    head = _head(view, None, None)
    return [
        LayerSvg(layer_id, part_id, head + body + "</svg>", bounded=not pack.builtin)
        for layer_id, part_id, body in _bodies(pack, design, view, keep_colours)
    ]


_COLOUR = re.compile(MARK + r"C:([^:" + MARK + r"]+):([^" + MARK + r"]+)" + MARK)


def colour_markers(svg: str) -> list[tuple[str, str]]:
    """The (slot, role) colours left as markers in ``svg`` (compose_layers with keep_colours), sorted."""
    return sorted(set(_COLOUR.findall(svg)))


Tone = Callable[[str, str], str]  # (slot, role) -> #rrggbb


def paint(svg: str, tone: Tone) -> str:
    """``svg`` with every colour marker replaced by ``tone(slot, role)`` (a #rrggbb)."""
    return _COLOUR.sub(lambda m: tone(m.group(1), m.group(2)), svg)


def tones(pack: Pack, design: Design) -> Tone:
    """(slot, role) -> the #rrggbb the design draws it with: the one colour rule compose uses."""
    colours = effective_colours(pack, design)
    return lambda slot, role: _derived(colours[slot], role, slot)


def compose(pack: Pack, design: Design, view: View = FULL, *, size: int | None = None) -> str:
    """The whole avatar as one SVG document."""
    bodies = (body for _layer, _part, body in _bodies(pack, design, view))
    return _head(view, size, size) + "".join(bodies) + "</svg>\n"
