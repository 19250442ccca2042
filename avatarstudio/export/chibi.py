"""The chibi sticker figure: the design's own head on a super-deformed body, posed for an intent.

A sticker is an *intent* (thanks, OK, sorry...) = expression + pose + prop + effect + caption + motion.
Intents, poses and the garment families are data in the pack's ``stickers/stickers.toml``; the body,
legs, arms-with-hands and props are SVG parts in ``stickers/{bodies,legs,arms,props}/`` with the same
colour slots as the avatar parts (drawn by tools/art/stickers.py). So a sticker is still
"pack + design -> SVG": deterministic and recoloured with the design.

The head is every head layer of the design (hair, face, eyes, mouth, ears, headwear, effects... with
their colours and transforms) exactly as the avatar draws it, so the figure is recognisably the same
persona; the body hangs under the chin at about 2.1 heads tall. Packs without a ``stickers/`` folder
borrow the built-in pack's figure parts (they use only the standard colour slots).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..core.colour import derive
from ..core.compose import LayerSvg, _body, _num, head_template, tie_offset, visible_parts
from ..core.design import Design, effective_colours
from ..core.errors import ExportError
from ..core.pack import MARK, Pack, builtin_pack_dir

STICKER_FOLDER = "stickers"
PART_KINDS = ("bodies", "legs", "arms", "props")
NOT_HEAD = (
    "background",
    "body",
    "clothing",
    "hands",
)  # avatar layers the chibi figure replaces (its own arms)
BEHIND_BODY = ("hair_back",)
# the layers that carry an intent's gesture (the posed arms and hands, the moving arm, the prop): a caption
# never covers them; an arm hanging at the side (arms/<pose>_rest.svg, layer "st-rest") it may
MOVING_ARM = "st-arm"  # the layer of the arm a motion turns
GESTURE = ("st-arms", MOVING_ARM, "st-prop")
CHIN = (512.0, 700.0)  # the head's pivot for pose tilts (pack anchors: chin)
FEET = (512.0, 1290.0)  # the figure's pivot for leaning
FACE = (300.0, 250.0, 724.0, 730.0)  # the face the caption must never cover (x0, y0, x1, y1)
# the figure's canvas in chibi units (x, y, width, height): wide enough that a leaning pose with spiky
# or wide hair is never cut at its sides (the render is trimmed to the figure afterwards)
BOX = (16.0, -90.0, 992.0, 1450.0)
# long back hair ends in a rounded tip behind the small body instead of at the avatar's canvas edge
HAIR_CLIP = "M-200 -200 H1224 V880 C1224 1040 860 1110 512 1110 C164 1110 -200 1040 -200 880 Z"
# the figure's colour slots, for packs that lack one of them (the built-in pack's defaults)
FALLBACK_COLOURS = {
    "skin": "#f6d7c3",
    "hair": "#5b3a29",
    "clothes": "#2f3e66",
    "clothes_accent": "#d94c5a",
    "accessory": "#e0b84c",
    "background": "#cfe3f2",
    "background_accent": "#ffffff",
}
_MARKER = re.compile(MARK + r"([^" + MARK + r"]*)" + MARK)
SVG_HEAD = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'width="{w}" height="{h}" viewBox="{vb}">'
)


@dataclass(frozen=True)
class Pose:
    id: str
    stance: str = "stand"
    head: tuple[float, float, float] = (0.0, 0.0, 0.0)  # dx, dy, degrees about the chin
    lean: float = 0.0  # degrees about the feet
    caption_box: tuple[float, float, float, float] | None = None  # x, y, w, h in chibi units
    # an arm a motion turns (arms/<pose>_moving.svg): its shoulder pivot and the swing either way, degrees
    moving_arm: tuple[float, float] | None = None
    swing: float = 0.0
    head_height: float = 1.0  # the head's height scaled about the chin (a head bowed away is shorter)
    # the lowest share of the gesture's box a caption may cover (None: the default, stickers.GESTURE_COVER)
    cover: float | None = None


@dataclass(frozen=True)
class Intent:
    id: str
    expression: str
    pose: str
    captions: dict[str, str]  # language -> caption
    prop: str | None = None
    effect: str | None = None  # effects-layer part drawn with this intent ("none" hides it)
    motion: str = "bounce"
    emoji: str = "🙂"
    badge: str | None = None  # the sign an emoji of this intent carries (see FigureKit.badges)

    def caption(self, language: str) -> str:
        return self.captions.get(language) or self.captions.get("en") or ""


@dataclass
class FigureKit:
    """The figure parts and tables of one pack (templates with colour markers)."""

    families: dict[str, str]
    legs: dict[str, str]
    poses: dict[str, Pose]
    intents: list[Intent]
    parts: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, id) -> template body
    badges: dict[str, dict] = field(default_factory=dict)  # id -> {text | shape, colour}

    def intent(self, intent_id: str) -> Intent:
        for it in self.intents:
            if it.id == intent_id:
                return it
        raise KeyError(intent_id)

    def family(self, clothing: str | None) -> str:
        return self.families.get(clothing or "", self.families.get("default", "knit"))


def _folder(pack: Pack) -> Path:
    own = builtin_pack_dir(pack.id) / STICKER_FOLDER if _is_builtin(pack) else None
    if own and own.is_dir():
        return own
    return builtin_pack_dir() / STICKER_FOLDER


def _is_builtin(pack: Pack) -> bool:
    try:
        return (builtin_pack_dir(pack.id) / "pack.toml").is_file()
    except Exception:
        return False


def _template(data: bytes, name: str, pack: Pack, cache) -> str:
    """The figure part ``data`` sanitized and made a template; from ``cache`` (core/packcache.py: kept
    only when it still passes that cache's checks) when these bytes were made one before."""
    from ..core.pack import _make_template, _Problems
    from ..core.sanitize import sanitize_svg

    # only membership is looked at: the figure may use the standard slots a pack lacks (FALLBACK_COLOURS)
    slots: dict = {**dict.fromkeys(FALLBACK_COLOURS), **pack.slots}
    key = cache.key(data, pack.canvas, slots)
    kept = cache.get(key, slots)
    if kept is not None:
        return kept[0]
    problems = _Problems()
    svg = sanitize_svg(data, name=name, canvas=pack.canvas).svg
    body, used = _make_template(svg, STICKER_FOLDER, name, slots, problems, name)
    if problems.items:
        raise ExportError("; ".join(dict.fromkeys(problems.items)))
    cache.put(key, body, used)
    return body


_KITS: dict[tuple[str, str], FigureKit] = {}


def load_figure_kit(pack: Pack) -> FigureKit:
    """The pack's figure kit, read once per (folder, pack content)."""
    folder = _folder(pack)
    key = (str(folder), pack.content_hash)
    if key not in _KITS:
        _KITS[key] = _read(folder, pack)
    return _KITS[key]


def _read(folder: Path, pack: Pack) -> FigureKit:
    manifest_path = folder / "stickers.toml"
    try:
        manifest = tomllib.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ExportError(
            f"cannot read the sticker figure table: {exc}", file="stickers/stickers.toml"
        ) from exc
    poses = {}
    for pid, spec in manifest.get("poses", {}).items():
        box = spec.get("caption_box")
        dx, dy, rot, *tall = (float(v) for v in spec.get("head", (0, 0, 0)))
        bx, by, bw, bh = (float(v) for v in box) if box else (0.0, 0.0, 0.0, 0.0)
        moving = spec.get("moving_arm")
        poses[pid] = Pose(
            pid,
            str(spec.get("stance", "stand")),
            (dx, dy, rot),
            float(spec.get("lean", 0.0)),
            (bx, by, bw, bh) if box else None,
            (float(moving["pivot"][0]), float(moving["pivot"][1])) if moving else None,
            float(moving.get("swing", 0.0)) if moving else 0.0,
            tall[0] if tall else 1.0,
            float(spec["cover"]) if "cover" in spec else None,
        )
    intents = []
    for spec in manifest.get("intents", []):
        intents.append(
            Intent(
                id=spec["id"],
                expression=spec["expression"],
                pose=spec["pose"],
                captions={k: _caption(spec[k]) for k in ("ja", "en") if k in spec},
                prop=spec.get("prop"),
                effect=spec.get("effect"),
                motion=spec.get("motion", "bounce"),
                emoji=spec.get("emoji", "🙂"),
                badge=spec.get("badge"),
            )
        )
    kit = FigureKit(dict(manifest.get("families", {})), dict(manifest.get("legs", {})), poses, intents)
    kit.badges = {k: dict(v) for k, v in manifest.get("badges", {}).items()}
    from ..core.packcache import TemplateCache

    cache = TemplateCache.open(f"{pack.id}.{STICKER_FOLDER}")  # the pack's own file is {pack.id}.json
    for kind in PART_KINDS:
        for path in sorted((folder / kind).glob("*.svg")):
            name = f"stickers/{kind}/{path.name}"
            kit.parts[(kind, path.stem)] = _template(path.read_bytes(), name, pack, cache)
    cache.save()
    _check(kit, pack)
    return kit


def _caption(value: object) -> str:
    """A caption of the table: one string, or a list of its lines (TOML strings hold no line breaks
    the pack checker lets through)."""
    return "\n".join(str(v) for v in value) if isinstance(value, list) else str(value)


BADGE_SHAPES = ("drop", "drops", "moon", "house", "cup")  # the drawn emoji badges (stickers.add_badge)


def _check(kit: FigureKit, pack: Pack) -> None:
    problems = []
    for pose in kit.poses.values():
        if pose.moving_arm and ("arms", f"{pose.id}_moving") not in kit.parts:
            problems.append(f"pose {pose.id!r} has a moving arm but no arms/{pose.id}_moving.svg")
    for it in kit.intents:
        if it.pose not in kit.poses or not any(("arms", a) in kit.parts for a in _arm_parts(it.pose)):
            problems.append(f"intent {it.id!r}: unknown pose {it.pose!r}")
        if it.badge and it.badge not in kit.badges:
            problems.append(f"intent {it.id!r}: unknown badge {it.badge!r}")
        if it.prop and ("props", it.prop) not in kit.parts:
            problems.append(f"intent {it.id!r}: unknown prop {it.prop!r}")
    for name, badge in kit.badges.items():
        if "text" not in badge and badge.get("shape") not in BADGE_SHAPES:
            problems.append(f"badge {name!r}: needs a text or a shape of {', '.join(BADGE_SHAPES)}")
    for family in set(kit.families.values()):
        if ("bodies", family) not in kit.parts:
            problems.append(f"garment family {family!r} has no bodies/{family}.svg")
    if problems:
        raise ExportError("the sticker figure table is broken: " + "; ".join(problems), file="stickers.toml")


def _arm_parts(pose: str) -> tuple[str, str, str]:
    """The arms parts of a pose (each optional): the gesture, arms hanging at the side, the moving arm."""
    return pose, f"{pose}_rest", f"{pose}_moving"


def _fill(template: str, prefix: str, colours: dict[str, str]) -> str:
    def sub(match: re.Match) -> str:
        spec = match.group(1)
        if spec == "P":
            return prefix
        if spec.startswith("C:"):
            _, slot, role = spec.split(":")
            return derive(colours.get(slot) or FALLBACK_COLOURS.get(slot, "#888888"), role)
        if spec.startswith("W:"):
            return _num(float(spec[2:]))
        raise ValueError(f"unknown template marker {spec!r}")

    return _MARKER.sub(sub, template)


def _head_svg(box=BOX) -> str:
    x, y, w, h = box
    return SVG_HEAD.format(w=_num(w), h=_num(h), vb=" ".join(_num(v) for v in box))


def _head_transform(pose: Pose) -> str:
    dx, dy, rot = pose.head
    cx, cy = CHIN
    squash = "" if pose.head_height == 1.0 else f" scale(1 {_num(pose.head_height)})"
    return (
        f"translate({_num(cx + dx)} {_num(cy + dy)}) rotate({_num(rot)}){squash} "
        f"translate({_num(-cx)} {_num(-cy)})"
    )


def _lean(pose: Pose) -> str:
    fx, fy = FEET
    return f"rotate({_num(pose.lean)} {_num(fx)} {_num(fy)})"


def head_parts(pack: Pack, design: Design, intent: Intent, eyes: str | None = None) -> list[tuple[str, str]]:
    """The design's head layers for this intent's expression and effect, bottom first."""
    expression = intent.expression if intent.expression in pack.expressions else None
    parts = [(lid, pid) for lid, pid in visible_parts(pack, design, expression) if lid not in NOT_HEAD]
    if intent.effect:
        parts = [(lid, pid) for lid, pid in parts if lid != "effects"]
        if intent.effect != "none" and _has(pack, "effects", intent.effect):
            parts.append(("effects", intent.effect))
    if eyes and _has(pack, "eyes", eyes):
        parts = [(lid, eyes if lid == "eyes" else pid) for lid, pid in parts]
    order = {lid: i for i, lid in enumerate(pack.layer_ids)}
    return sorted(parts, key=lambda p: order.get(p[0], 0))


def _has(pack: Pack, layer: str, part: str) -> bool:
    try:
        return pack.layer(layer).has(part)
    except KeyError:
        return False


def figure_layers(
    pack: Pack, design: Design, kit: FigureKit, intent: Intent, *, eyes: str | None = None, arm: float = 0.0
) -> list[LayerSvg]:
    """The posed figure as standalone SVG layers (the renderer caches each by content); ``arm`` turns
    the pose's moving arm about its shoulder by that many degrees (the frames of a wave)."""
    colours = effective_colours(pack, design)
    pose = kit.poses[intent.pose]
    family = kit.family(design.parts.get("clothing"))
    legs = f"{kit.legs.get(family, 'trousers')}_{pose.stance}"
    head, head_tf, lean = _head_svg(), _head_transform(pose), _lean(pose)
    clip_id = "st-hairclip"

    def wrap(inner: str, *, with_head: bool = False, clip: bool = False) -> str:
        if with_head:
            inner = f'<g transform="{head_tf}">{inner}</g>'
        if clip:
            inner = (
                f'<defs><clipPath id="{clip_id}"><path d="{HAIR_CLIP}"/></clipPath></defs>'
                f'<g clip-path="url(#{clip_id})">{inner}</g>'
            )
        return f'{head}<g transform="{lean}">{inner}</g></svg>'

    def part(kind: str, pid: str) -> str:
        template = kit.parts.get((kind, pid))
        if template is None:
            raise ExportError(
                f"the sticker figure has no {kind}/{pid}.svg", file=f"stickers/{kind}/{pid}.svg"
            )
        return _fill(template, f"st-{kind}-{pid}-", colours)

    heads = head_parts(pack, design, intent, eyes)
    template = head_template(pack, design)
    bounded = not pack.builtin

    def head_layer(lid: str, pid: str, *, clip: bool = False) -> LayerSvg:
        # the head part exactly as compose_layers draws it: fitted to the head template, tied to the hair
        body = _body(pack, design, lid, pid, colours, 1.0, template, tie_offset(pack, heads, lid, pid))
        return LayerSvg(lid, pid, wrap(body, with_head=True, clip=clip), bounded=bounded)

    out = [head_layer(lid, pid, clip=True) for lid, pid in heads if lid in BEHIND_BODY]
    out.append(LayerSvg("st-legs", legs, wrap(part("legs", legs))))
    out.append(LayerSvg("st-body", family, wrap(part("bodies", family))))
    out += [head_layer(lid, pid) for lid, pid in heads if lid not in BEHIND_BODY]
    gesture, rest, _ = _arm_parts(pose.id)
    for lid, pid in (("st-rest", rest), ("st-arms", gesture)):
        if ("arms", pid) in kit.parts:
            out.append(LayerSvg(lid, pid, wrap(part("arms", pid))))
    if pose.moving_arm:
        px, py = pose.moving_arm
        turned = f'<g transform="rotate({_num(arm)} {_num(px)} {_num(py)})">{part("arms", f"{pose.id}_moving")}</g>'
        out.append(LayerSvg(MOVING_ARM, f"{pose.id}_moving", wrap(turned)))
    if intent.prop:
        out.append(LayerSvg("st-prop", intent.prop, wrap(part("props", intent.prop))))
    return out


def figure_svg(pack: Pack, design: Design, kit: FigureKit, intent: Intent) -> str:
    """The posed figure as one SVG document (for SVG export and for tests)."""
    layers = figure_layers(pack, design, kit, intent)
    head = _head_svg()
    bodies = [layer.svg[len(head) : -len("</svg>")] for layer in layers]
    return head + "".join(bodies) + "</svg>\n"


def to_pixels(point: tuple[float, float], size: tuple[int, int], box=BOX) -> tuple[float, float]:
    x, y, w, h = box
    return (point[0] - x) * size[0] / w, (point[1] - y) * size[1] / h


def face_box(pose: Pose) -> tuple[float, float, float, float]:
    """The face area in chibi units for this pose (after its head shift; tilts kept small)."""
    dx, dy, _ = pose.head
    x0, y0, x1, y1 = FACE
    k = pose.head_height
    return x0 + dx, CHIN[1] + (y0 - CHIN[1]) * k + dy, x1 + dx, CHIN[1] + (y1 - CHIN[1]) * k + dy
