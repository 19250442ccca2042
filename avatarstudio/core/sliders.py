"""Face sliders (VRoid-style): eye size, eye spacing, brow height... declared by the pack, stored in the
design, applied by the composer, so every export shows them.

A pack's ``[sliders.<id>]`` tables say what each slider moves and how far it may go::

    [sliders.eye_size]
    label = "Eye size"
    label_ja = "目の大きさ"
    range = [0.75, 1.3]                 # the value's limits
    neutral = 1                         # (optional) the value that changes nothing; 1 if any effect
                                        # scales, else 0
    random = [0.9, 1.1]                 # (optional) the values random designs draw from; default: none
                                        # (random designs keep the slider neutral)
    effects = [{ layers = ["eyes"], scale = "both", about = [[412, 505], [612, 505]] }]

Each effect moves some layers by the slider's value ``v``:

* ``scale = "both"`` or ``"x"``: scales by ``v / neutral`` (both ways, or across only) about the layer's
  pivot;
* ``move = [dx, dy]``: moves by ``(v - neutral) * (dx, dy)`` px;
* ``spread = k``: moves the layer's left and right sides apart by ``(v - neutral) * k`` px each;
* ``turn = [shift, skew, narrow]`` with ``at = [x, y]``: a body turned a few degrees (a three-quarter
  torso): per unit of ``v - neutral`` the layer moves ``shift`` px across, leans by ``skew`` (the
  tangent of a horizontal shear that is zero on the line y = ``at`` y, the neck base) and narrows by
  ``narrow`` (of its width, about ``at`` x, whichever way it turns). Given to the body and the clothing
  alike, the garment turns with the body; a ``move`` on the clothing alone offsets the collar.

With ``about = [[left x, y], [right x, y]]`` the layer is cut into its left and right sides half way
between the two points (each top-level shape goes to the side it lies on; a shape across the middle
stays put), and a scale works on each side about its own point: the eyes grow where they are, rather
than apart. ``spread`` needs ``about``.

A design keeps only the values that differ from neutral (design key ``sliders``); a value is clamped to
the pack's range when drawn, and a slider the pack does not declare is ignored when drawn (designcheck
names it). A spread also widens the shapes across the middle (a glasses bridge) to meet the sides.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .values import is_number, numbers

MAX_SHIFT = 200.0  # px on the 1024 canvas: the most a move or spread may reach at the range's ends
MAX_SCALE = 4.0
MAX_TURN = 0.3  # the most a turn may skew (tangent) or narrow (share of the width) at the range's ends


@dataclass(frozen=True)
class Effect:
    layers: tuple[str, ...]
    kind: str  # "scale", "scale_x", "move" or "spread"
    amount: tuple[float, float] = (0.0, 0.0)  # move: px per unit (dx, dy); spread: (px per unit, 0)
    about: tuple[tuple[float, float], tuple[float, float]] | None = None  # left and right side points
    narrow: float = 0.0  # turn: the share of the width lost per unit
    at: tuple[float, float] = (512.0, 512.0)  # turn: the point the layer narrows about (the neck base)


@dataclass(frozen=True)
class Slider:
    id: str
    label: str
    label_ja: str
    range: tuple[float, float]
    neutral: float
    effects: tuple[Effect, ...]
    random: tuple[float, float] | None = None  # the values random designs draw from (None: neutral)

    def clamp(self, value: float) -> float:
        lo, hi = self.range
        return float(min(hi, max(lo, value)))

    @property
    def is_factor(self) -> bool:
        """A value read as a factor (shown as a percentage) rather than as a distance."""
        return self.neutral != 0

    def layers(self) -> tuple[str, ...]:
        out: list[str] = []
        for effect in self.effects:
            out += [lay for lay in effect.layers if lay not in out]
        return tuple(out)


def _num(v: float) -> str:
    text = f"{v:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _pair(value: object) -> tuple[float, float] | None:
    nums = numbers(value, 2)
    return (nums[0], nums[1]) if nums is not None else None


def _read_effect(
    spec: object, layer_ids: set[str], where: str, problem: Callable[[str, str], None]
) -> Effect | None:
    if not isinstance(spec, dict):
        problem(where, "each effect must be an inline table { layers = [...], scale | move | spread = ... }")
        return None
    unknown = set(spec) - {"layers", "scale", "move", "spread", "about", "turn", "at"}
    if unknown:
        problem(where, f"unknown effect key {sorted(unknown)[0]!r}")
        return None
    layers = spec.get("layers")
    if (
        not isinstance(layers, list)
        or not layers
        or not all(isinstance(x, str) and x in layer_ids for x in layers)
    ):
        problem(where, "'layers' must list layers of this pack")
        return None
    kinds = [k for k in ("scale", "move", "spread", "turn") if k in spec]
    if len(kinds) != 1:
        problem(where, "an effect needs exactly one of 'scale', 'move', 'spread' or 'turn'")
        return None
    if kinds[0] == "turn":
        amounts, at = numbers(spec["turn"], 3), _pair(spec.get("at"))
        if amounts is None or at is None or "about" in spec:
            problem(
                where, "'turn' must be [shift px, skew, narrow] per unit, with 'at' = [x, y] (no 'about')"
            )
            return None
        return Effect(tuple(layers), "turn", (amounts[0], amounts[1]), None, amounts[2], at)
    if "at" in spec:
        problem(where, "'at' belongs to a 'turn' effect")
        return None
    about = None
    if "about" in spec:
        raw = spec["about"]
        left = _pair(raw[0]) if isinstance(raw, list) and len(raw) == 2 else None
        right = _pair(raw[1]) if isinstance(raw, list) and len(raw) == 2 else None
        if left is None or right is None or left[0] >= right[0]:
            problem(
                where, "'about' must be [[left x, y], [right x, y]] with the left point left of the right"
            )
            return None
        about = (left, right)
    kind = kinds[0]
    value = spec[kind]
    if kind == "scale":
        if value not in ("both", "x"):
            problem(where, '\'scale\' must be "both" or "x"')
            return None
        return Effect(tuple(layers), "scale" if value == "both" else "scale_x", about=about)
    if kind == "move":
        amount = _pair(value)
        if amount is None:
            problem(where, "'move' must be [dx, dy] px per unit of the slider")
            return None
        return Effect(tuple(layers), "move", amount, about)
    if not is_number(value):
        problem(where, "'spread' must be a number of px per unit of the slider")
        return None
    if about is None:
        problem(where, "'spread' needs 'about' (the left and right points the sides move from)")
        return None
    return Effect(tuple(layers), "spread", (float(value), 0.0), about)


def read_sliders(raw: object, layer_ids: set[str], problem: Callable[[str, str], None]) -> dict[str, Slider]:
    """The pack's sliders; ``problem(where, text)`` collects what is wrong."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        problem("pack.toml", "'sliders' must be a table of [sliders.<id>] tables")
        return {}
    out = {}
    for sid, spec in raw.items():
        where = f"pack.toml [sliders.{sid}]"
        if not isinstance(spec, dict):
            problem(where, "must be a table")
            continue
        unknown = set(spec) - {"label", "label_ja", "range", "neutral", "effects", "random"}
        if unknown:
            problem(where, f"unknown key {sorted(unknown)[0]!r}")
            continue
        label, label_ja = spec.get("label", sid), spec.get("label_ja", "")
        if not isinstance(label, str) or not isinstance(label_ja, str) or max(len(label), len(label_ja)) > 80:
            problem(where, "'label' and 'label_ja' must be text of at most 80 characters")
            continue
        effects_in = spec.get("effects")
        if not isinstance(effects_in, list) or not effects_in:
            problem(where, "'effects' must list what the slider moves")
            continue
        effects = [
            _read_effect(e, layer_ids, f"{where} effect #{i + 1}", problem) for i, e in enumerate(effects_in)
        ]
        if None in effects:
            continue
        scales = any(e.kind in ("scale", "scale_x") for e in effects)  # type: ignore[union-attr]
        span = _pair(spec.get("range"))
        neutral = spec.get("neutral", 1.0 if scales else 0.0)
        if span is None or span[0] >= span[1] or not is_number(neutral) or not span[0] <= neutral <= span[1]:
            problem(where, "'range' must be [min, max] with min < max, and 'neutral' must lie within it")
            continue
        if scales and not (span[0] > 0 and span[1] / neutral <= MAX_SCALE and neutral / span[0] <= MAX_SCALE):
            problem(where, f"a slider that scales needs a range above 0 within {MAX_SCALE:g} times neutral")
            continue
        reach = max(abs(span[0] - neutral), abs(span[1] - neutral))
        if any(max(map(abs, e.amount)) * reach > MAX_SHIFT for e in effects):  # type: ignore[union-attr]
            problem(where, f"a move or spread may reach at most {MAX_SHIFT:g} px at the range's ends")
            continue
        turns = [e for e in effects if e.kind == "turn"]  # type: ignore[union-attr]
        if any(max(abs(e.amount[1]), abs(e.narrow)) * reach > MAX_TURN for e in turns):  # type: ignore[union-attr]
            problem(where, f"a turn may skew or narrow by at most {MAX_TURN:g} at the range's ends")
            continue
        drawn = _pair(spec["random"]) if "random" in spec else None
        if "random" in spec and (drawn is None or not span[0] <= drawn[0] <= drawn[1] <= span[1]):
            problem(where, "'random' must be [min, max] within 'range'")
            continue
        out[sid] = Slider(sid, label, label_ja, span, float(neutral), tuple(effects), drawn)  # type: ignore[arg-type]
    return out


# ------------------------------------------------------------------------------------ drawing


@dataclass(frozen=True)
class LayerMoves:
    """What the sliders do to one layer: a transform of the whole layer, and one per side."""

    whole: str = ""
    centre: float | None = None  # where the layer is cut into sides (None: not cut)
    left: str = ""
    right: str = ""
    stretch: float = 0.0  # px each end of a shape across the middle moves out (the sides' spread)
    turn: str = ""  # a body turn: applied outside every other transform of the layer (after a build's)


def layer_moves(
    sliders: dict[str, Slider], values: dict[str, float], layer_id: str, pivot: tuple[float, float]
) -> LayerMoves:
    """The SVG transforms the design's slider ``values`` give layer ``layer_id`` (pivot ``pivot``)."""
    mx = my = 0.0
    kx = ky = 1.0
    turns: list[str] = []
    centre = None
    stretch = 0.0
    sides: dict[str, list[str]] = {"left": [], "right": []}
    for slider in sliders.values():
        value = slider.clamp(values.get(slider.id, slider.neutral))
        if value == slider.neutral:
            continue
        for effect in slider.effects:
            if layer_id not in effect.layers:
                continue
            factor = value / slider.neutral if slider.neutral else 1.0
            delta = value - slider.neutral
            if effect.about is not None and centre is None:
                centre = (effect.about[0][0] + effect.about[1][0]) / 2
            if effect.kind == "move":
                mx, my = mx + delta * effect.amount[0], my + delta * effect.amount[1]
            elif effect.kind == "turn":
                (ax, ay), k = effect.at, 1 - abs(delta) * effect.narrow
                turns.append(
                    f"translate({_num(ax + delta * effect.amount[0])} {_num(ay)}) "
                    f"matrix({_num(k)} 0 {_num(delta * effect.amount[1])} 1 0 0) translate({_num(-ax)} {_num(-ay)})"
                )
            elif effect.kind == "spread":
                shift = delta * effect.amount[0]
                sides["left"].append(f"translate({_num(-shift)} 0)")
                sides["right"].append(f"translate({_num(shift)} 0)")
                stretch += shift
            elif effect.about is not None:
                fy = factor if effect.kind == "scale" else 1.0
                for side, (px, py) in zip(("left", "right"), effect.about, strict=True):
                    sides[side].append(
                        f"translate({_num(px)} {_num(py)}) scale({_num(factor)} {_num(fy)}) "
                        f"translate({_num(-px)} {_num(-py)})"
                    )
            else:
                kx, ky = kx * factor, ky * (factor if effect.kind == "scale" else 1.0)
    whole = ""
    if (mx, my, kx, ky) != (0.0, 0.0, 1.0, 1.0):
        px, py = pivot
        whole = (
            f"translate({_num(mx + px)} {_num(my + py)}) scale({_num(kx)} {_num(ky)}) "
            f"translate({_num(-px)} {_num(-py)})"
        )
    if not sides["left"]:
        centre = None
    return LayerMoves(
        whole, centre, " ".join(sides["left"]), " ".join(sides["right"]), stretch, " ".join(turns)
    )


_TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>")
_ATTR = re.compile(r"([\w:-]+)\s*=\s*(\"[^\"]*\"|'[^']*')")
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_PATH_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_PATH_ARGS = {"M": 2, "L": 2, "T": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "A": 7, "Z": 0}


def _path_xs(d: str) -> list[float]:
    """The x of every point a path's data names (end and control points), absolute."""
    xs: list[float] = []
    x = y = start_x = start_y = 0.0
    command = ""
    tokens = _PATH_TOKEN.findall(d)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.isalpha():
            command = token
            i += 1
            if command in "Zz":
                x, y = start_x, start_y
            continue
        upper = command.upper()
        if upper not in _PATH_ARGS or upper == "Z":
            break  # numbers with no command: not a path the sanitizer lets through
        count = _PATH_ARGS[upper]
        args = [float(t) for t in tokens[i : i + count] if not t.isalpha()]
        if len(args) < count:
            break
        i += count
        rel_x, rel_y = (x, y) if command.islower() else (0.0, 0.0)
        if upper == "H":
            x = args[0] + rel_x
        elif upper == "V":
            y = args[0] + rel_y
        elif upper == "A":
            x, y = args[5] + rel_x, args[6] + rel_y
        else:
            for j in range(0, count - 2, 2):
                xs.append(args[j] + rel_x)
            x, y = args[-2] + rel_x, args[-1] + rel_y
        xs.append(x)
        if upper == "M":
            start_x, start_y = x, y
            command = "l" if command == "m" else "L"
    return xs


def _tag_xs(attrs: str) -> list[float]:
    """The x of every point a tag's attributes name (its own coordinates; a transform is not followed)."""
    values = {name: value[1:-1] for name, value in _ATTR.findall(attrs)}

    def number(name: str) -> float | None:
        text = values.get(name, "").strip()
        return float(text) if _NUMBER.fullmatch(text) else None

    xs = _path_xs(values["d"]) if "d" in values else []
    if "points" in values:
        xs += [float(n) for n in _NUMBER.findall(values["points"])[0::2]]
    xs += [v for v in (number(n) for n in ("cx", "x", "x1", "x2")) if v is not None]
    cx, radius, x, width = number("cx"), number("rx") or number("r"), number("x"), number("width")
    if cx is not None and radius is not None:  # circle, ellipse
        xs += [cx - radius, cx + radius]
    if x is not None and width is not None:  # rect, image
        xs.append(x + width)
    return xs


_TRANSFORM = re.compile(r"""\btransform\s*=\s*["']\s*(matrix|translate|scale)\s*\(([^)]*)\)\s*["']""")


def _x_transform(attrs: str) -> tuple[float, float] | None:
    """(k, e) when the tag's transform maps x to k * x + e whatever y is (none: (1, 0)); None when it
    does not (a rotation, a list of transforms)."""
    if "transform" not in attrs:
        return (1.0, 0.0)
    match = _TRANSFORM.search(attrs)
    if match is None:
        return None
    kind, args = match.group(1), [float(n) for n in _NUMBER.findall(match.group(2))]
    if kind == "matrix":
        return (args[0], args[4]) if len(args) == 6 and args[2] == 0 else None
    if kind == "translate":
        return (1.0, args[0]) if args else None
    return (args[0], 0.0) if args else None


@lru_cache(maxsize=512)
def split_sides(body: str, centre: float) -> tuple[tuple[str, str], ...]:
    """``body`` (an SVG fragment) as runs of top-level shapes: ("left" | "right" | "", text), in order.

    A shape is on a side when every x it names lies on that side of ``centre`` (after its own
    ``transform``, when that maps x on its own: a mirrored copy is on the other side); ``defs``, shapes
    across the middle, shapes naming no x and shapes with transforms inside them have side "".
    """
    runs: list[tuple[str, str]] = []
    depth = 0
    start = 0
    xs: list[float] = []
    is_defs = False
    last_end = 0

    def add(side: str, text: str) -> None:
        if runs and runs[-1][0] == side:
            runs[-1] = (side, runs[-1][1] + text)
        else:
            runs.append((side, text))

    for match in _TAG.finditer(body):
        closing, name, attrs, selfclosing = match.groups()
        if depth == 0:
            if match.start() > last_end:
                add("", body[last_end : match.start()])
            start, xs, is_defs = match.start(), [], name == "defs"
            across: tuple[float, float] | None = _x_transform(attrs)
        elif not closing and "transform" in attrs:
            across = None  # a transform inside the shape: where it lies is not worked out here
        if not closing:
            xs += _tag_xs(attrs)
        depth += -1 if closing else (0 if selfclosing else 1)
        if depth <= 0:
            depth = 0
            side = ""
            if across is not None:
                xs = [across[0] * x + across[1] for x in xs]
            if xs and not is_defs and across is not None:
                if max(xs) <= centre:
                    side = "left"
                elif min(xs) >= centre:
                    side = "right"
            add(side, body[start : match.end()])
            last_end = match.end()
    if last_end < len(body):
        add("", body[last_end:])
    return tuple(runs)


def apply_sides(body: str, moves: LayerMoves) -> str:
    """``body`` with its left and right shapes wrapped in their side's transform."""
    if moves.centre is None:
        return body
    out = []
    for side, text in split_sides(body, moves.centre):
        transform = moves.left if side == "left" else moves.right if side == "right" else ""
        if not side and moves.stretch:
            transform = _stretch(text, moves.centre, moves.stretch)
        out.append(f'<g transform="{transform}">{text}</g>' if transform else text)
    return "".join(out)


def _stretch(text: str, centre: float, shift: float) -> str:
    """The transform that widens the shapes across the middle (a glasses bridge) by ``shift`` px at each
    end, so they still meet the sides moved apart; "" when ``text`` names no x."""
    xs = [x for match in _TAG.finditer(text) for x in _tag_xs(match.group(3))]
    half = max((abs(x - centre) for x in xs), default=0.0)
    if half < 1:
        return ""
    k = max(0.05, (half + shift) / half)
    return f"translate({_num(centre)} 0) scale({_num(k)} 1) translate({_num(-centre)} 0)"
