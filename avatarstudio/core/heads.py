"""Head templates and the head pose: the two things that move whole layers to fit a head.

A pack's ``[templates.<id>]`` tables describe head templates (youthful, young adult, mature...). Face
parts name theirs with ``template = "<id>"`` in layer.toml; every feature layer the template lists is
then moved from the reference head it was drawn on to this head's anchor::

    [templates.young_adult]
    label = "Young adult"
    label_ja = "青年"
    eyes = { from = [512, 505], to = [512, 494], scale = [0.92, 0.86] }
    body = { from = [512, 772], to = [512, 800] }
    generate_without = ["facial_hair"]      # (optional) layers random designs leave empty on this head
    hair_lean = { silver = 6 }              # (optional) hair colours random designs favour on this head
    lean = { "eyes:sparkly" = 0.1 }         # (optional) "layer:part" -> weight factor on this head

``[pose]`` names the layers that make up the head and the pivot (the neck) they turn about; a design's
head pose (tilt in degrees, shift x and y in px) moves those layers together, the body stays still::

    [pose]
    pivot = [512, 720]
    layers = ["hair_back", "face", ...]
    tilt = [-6, 6]
    shift = [-12, 12]
    random_tilt = [-4, 4]       # (optional) the tilts random designs draw from; default: all of 'tilt'
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field


def _num(v: float) -> str:
    text = f"{v:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


@dataclass(frozen=True)
class Fit:
    """Moves a layer drawn around ``source`` so that point lands on ``target``, scaled about it."""

    source: tuple[float, float]
    target: tuple[float, float]
    scale: tuple[float, float] = (1.0, 1.0)

    def svg(self) -> str:
        (fx, fy), (tx, ty), (sx, sy) = self.source, self.target, self.scale
        if (sx, sy) == (1.0, 1.0):
            return f"translate({_num(tx - fx)} {_num(ty - fy)})"
        return f"translate({_num(tx)} {_num(ty)}) scale({_num(sx)} {_num(sy)}) translate({_num(-fx)} {_num(-fy)})"

    def apply(self, x: float, y: float) -> tuple[float, float]:
        return (
            self.target[0] + (x - self.source[0]) * self.scale[0],
            self.target[1] + (y - self.source[1]) * self.scale[1],
        )


@dataclass(frozen=True)
class HeadTemplate:
    id: str
    label: str
    label_ja: str
    fits: dict[str, Fit]
    generate_without: tuple[str, ...] = ()  # layers random generation leaves empty on this head
    hair_lean: dict[str, float] = field(default_factory=dict)  # hair palette name -> weight factor
    lean: dict[str, float] = field(default_factory=dict)  # "layer:part" -> weight factor


@dataclass(frozen=True)
class PoseRules:
    pivot: tuple[float, float]
    layers: tuple[str, ...]
    tilt: tuple[float, float] = (0.0, 0.0)
    shift: tuple[float, float] = (0.0, 0.0)
    random_tilt: tuple[float, float] | None = None  # what random designs use (None: all of ``tilt``)

    @property
    def generated_tilt(self) -> tuple[float, float]:
        return self.random_tilt if self.random_tilt is not None else self.tilt


@dataclass(frozen=True)
class HeadPose:
    tilt: float = 0.0  # degrees, positive turns clockwise on screen
    x: float = 0.0
    y: float = 0.0

    @property
    def is_identity(self) -> bool:
        return self == HeadPose()

    def svg(self, rules: PoseRules) -> str:
        lo_t, hi_t = rules.tilt
        lo_s, hi_s = rules.shift
        tilt = min(hi_t, max(lo_t, self.tilt))
        x, y = (min(hi_s, max(lo_s, v)) for v in (self.x, self.y))
        px, py = rules.pivot
        return f"translate({_num(x + px)} {_num(y + py)}) rotate({_num(tilt)}) translate({_num(-px)} {_num(-py)})"


def _pair(value: object) -> tuple[float, float] | None:
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in value)
    ):
        return float(value[0]), float(value[1])
    return None


def _factor(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 100


def read_templates(
    raw: object, layer_ids: set[str], problem: Callable[[str, str], None]
) -> dict[str, HeadTemplate]:
    """The pack's head templates; ``problem(where, text)`` collects what is wrong."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        problem("pack.toml", "'templates' must be a table of [templates.<id>] tables")
        return {}
    out = {}
    for tid, spec in raw.items():
        where = f"pack.toml [templates.{tid}]"
        if not isinstance(spec, dict):
            problem(where, "must be a table")
            continue
        fits = {}
        without = spec.get("generate_without", [])
        if not isinstance(without, list) or not all(isinstance(x, str) and x in layer_ids for x in without):
            problem(where, "'generate_without' must list layers of this pack")
            without = []
        leans = {}
        for name, what in (("hair_lean", "hair colour names"), ("lean", '"layer:part" names')):
            table = spec.get(name, {})
            if not (isinstance(table, dict) and all(_factor(v) for v in table.values())):
                problem(where, f"'{name}' must map {what} to numbers from 0 to 100")
                table = {}
            leans[name] = {str(k): float(v) for k, v in sorted(table.items())}
        for key, value in spec.items():
            if key in ("generate_without", "hair_lean", "lean"):
                continue
            if key in ("label", "label_ja"):
                if not isinstance(value, str) or len(value) > 120:
                    problem(where, f"'{key}' must be text")
                continue
            if key not in layer_ids:
                problem(where, f"names unknown layer {key!r}")
                continue
            if not isinstance(value, dict) or set(value) - {"from", "to", "scale"}:
                problem(where, f"{key} must be {{ from = [x, y], to = [x, y], scale = [sx, sy] }}")
                continue
            source, target = _pair(value.get("from")), _pair(value.get("to"))
            scale = _pair(value.get("scale", [1.0, 1.0]))
            if source is None or target is None or scale is None or not all(0.25 <= s <= 4 for s in scale):
                problem(
                    where, f"{key}: 'from' and 'to' must be [x, y] and 'scale' two numbers from 0.25 to 4"
                )
                continue
            fits[key] = Fit(source, target, scale)
        label = spec.get("label", tid)
        label_ja = spec.get("label_ja", "")
        out[tid] = HeadTemplate(
            tid,
            label if isinstance(label, str) else tid,
            label_ja if isinstance(label_ja, str) else "",
            fits,
            tuple(without),
            leans["hair_lean"],
            leans["lean"],
        )
    return out


def read_pose(raw: object, layer_ids: set[str], problem: Callable[[str, str], None]) -> PoseRules | None:
    if raw is None:
        return None
    where = "pack.toml [pose]"
    if not isinstance(raw, dict):
        problem(where, "must be a table")
        return None
    pivot = _pair(raw.get("pivot"))
    layers = raw.get("layers")
    tilt = _pair(raw.get("tilt", [0, 0]))
    shift = _pair(raw.get("shift", [0, 0]))
    random_tilt = _pair(raw.get("random_tilt", tilt or [0, 0]))
    ok = True
    if pivot is None:
        problem(where, "'pivot' must be [x, y]")
        ok = False
    if not isinstance(layers, list) or not all(isinstance(x, str) and x in layer_ids for x in layers):
        problem(where, "'layers' must list layers of this pack")
        ok = False
    for name, pair, limit in (("tilt", tilt, 30), ("shift", shift, 200)):
        if pair is None or pair[0] > pair[1] or max(abs(pair[0]), abs(pair[1])) > limit:
            problem(where, f"'{name}' must be [min, max] within +/-{limit}")
            ok = False
    if ok and (random_tilt is None or not tilt[0] <= random_tilt[0] <= random_tilt[1] <= tilt[1]):  # type: ignore[index]
        problem(where, "'random_tilt' must be [min, max] within 'tilt'")
        ok = False
    if not ok:
        return None
    return PoseRules(pivot, tuple(layers), tilt, shift, random_tilt)  # type: ignore[arg-type]
