"""Seeded generation: seed -> design, the same on every machine, Python version and locale.

Every decision draws from a hash of (seed, key), never from ``random``: adding a layer, part or
slot changes only the decisions that involve it. Parts are picked by weighted rendezvous hashing,
so adding a part to a layer changes a design's pick only when the new part wins.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable
from dataclasses import dataclass, field

from .colour import delta_e, hls
from .design import Design, Persona
from .heads import HeadPose, HeadTemplate
from .pack import Layer, Pack, Part

PRESENTATIONS = ("any", "feminine", "masculine", "androgynous")
HETEROCHROMIA_CHANCE = 0.04
# "any" presentation: each seed still leans one way, so a random person is coherent (no beard with
# winged lashes); the share of each lean
LEANS = (("feminine", 0.42), ("masculine", 0.42), ("androgynous", 0.16))
NATURAL_WEIGHT = 3.0
# Colour separation (CIE76 dE, R9): below these the two read as one colour at a glance
CLOTHES_SKIN_DE = 20.0  # clothes the colour of the skin read as a bare torso
HAIR_SKIN_DE = 15.0
BACKGROUND_HAIR_DE = 15.0
# Layers that cover part of the face: random designs show at most one of them
FACE_COVERING = ("face_mask", "glasses")
HAIR_EFFECTS = ("hair_two", "hair_inner", "hair_tips")  # two-tone, inner colour, gradient tips
HAIR_EFFECT_CHANCE = 0.12  # share of designs with one of them
# Lip colour (the "lips" slot, linked to the skin until unlinked): the share of designs of each lean
# wearing one, in a colour that shows against the skin
LIP_COLOUR_CHANCE = {"feminine": 0.3, "androgynous": 0.1}
LIPS_SKIN_DE = 12.0
# A masculine design whose back hair falls past the ears shows facial hair this many times as often:
# long hair on this art's men read as women unless something else said man (64-seed sheet: 8, 42, 60)
FACIAL_HAIR_LAYER = "facial_hair"
FACIAL_HAIR_WITH_LONG_HAIR = 1.6


def unit(seed: str, key: str) -> float:
    """A number in (0, 1) fixed by (seed, key)."""
    digest = hashlib.sha256(f"{seed}\x1f{key}".encode()).digest()
    return (int.from_bytes(digest[:8], "big") + 0.5) / 2.0**64


def pick(seed: str, key: str, options: list[tuple[str, float]]) -> str | None:
    """Weighted rendezvous pick among (id, weight) options; None when nothing has weight."""
    best, best_score = None, math.inf
    for option_id, weight in options:
        if weight <= 0:
            continue
        score = -math.log(unit(seed, f"{key}\x1e{option_id}")) / weight
        if score < best_score:
            best, best_score = option_id, score
    return best


@dataclass(frozen=True)
class Constraints:
    """What the user fixed: pinned parts (None pins an empty layer), pinned colours, a presentation,
    an age (a head template id: faces come from that template only)."""

    parts: dict[str, str | None] = field(default_factory=dict)
    colours: dict[str, str] = field(default_factory=dict)
    presentation: str = "any"
    age: str = "any"


def pool_weight(part: Part, presentation: str) -> float:
    """A part's weight in a presentation's pool, the one rule for every pool: 0 when the part's
    ``presentation`` tags leave that presentation out, else its weight times its ``lean`` for it."""
    if presentation == "any":
        return part.weight
    if part.presentation and presentation not in part.presentation:
        return 0.0
    return part.weight * part.lean.get(presentation, 1.0)


def lean(seed: str, presentation: str) -> str:
    """The presentation the parts are drawn from: the user's, or for "any" one fixed by the seed."""
    if presentation != "any":
        return presentation
    return pick(seed, "lean", list(LEANS)) or "androgynous"


def _face_template(pack: Pack, chosen: dict[str, str | None]) -> HeadTemplate | None:
    for layer in pack.layers:
        part_id = chosen.get(layer.id)
        template = layer.part(part_id).head_template if part_id and layer.has(part_id) else None
        if template:
            return pack.templates.get(template)
    return None


# Hair matching. Front, side and back hair come from one texture; a small, deliberate share of
# designs mixes neighbouring textures (a straight fringe over wavy or curly back hair), never more.
HAIR_LAYERS = ("hair_back", "hair_side", "hair_front")
MIX_SHARE = 0.2  # of a hair layer's pool, when a mix is possible at all (about 4 % of all designs)
_STRAIGHTNESS = ("straight", "wavy", "curly")  # a mix puts the straighter texture in front
_LENGTH_ORDER = ("buzz", "short", "medium", "long", "very_long")


def hair_compatible(a: Part, b: Part, back: Part | None = None) -> bool:
    """Whether two hair parts can be worn together at all (a deliberate mix included). When one of
    them is the back hair (``back``), a mixed front or side must be the straighter texture: a straight
    fringe over curly hair, never a curly fringe over straight strands."""
    if a.texture and b.texture and a.texture != b.texture:
        if a.texture not in _STRAIGHTNESS or b.texture not in _STRAIGHTNESS:
            return False  # coily or locs never mix; an afro top never sits on straight strands
        if back is not None and back in (a, b):
            other = b if back is a else a
            if _STRAIGHTNESS.index(other.texture) > _STRAIGHTNESS.index(back.texture):
                return False
    lengths = [p.length for p in (a, b) if p.length]
    if "buzz" in lengths and len(lengths) == 2:
        longer = lengths[1] if lengths[0] == "buzz" else lengths[0]
        if _LENGTH_ORDER.index(longer) > _LENGTH_ORDER.index("short"):
            return False  # a buzz cut never comes with long locks
    return True


def _hair_parts(pack: Pack, chosen: dict[str, str | None]) -> list[Part]:
    """The hair parts among ``chosen`` (layer -> part id) that the pack has."""
    return [
        pack.layer(lay).part(pid)
        for lay, pid in chosen.items()
        if lay in HAIR_LAYERS and pid is not None and lay in pack.layer_ids and pack.layer(lay).has(pid)
    ]


def _side_fits(side: Part, back: Part) -> bool:
    """Side locks are never longer than the back hair they belong to."""
    if not (side.length and back.length):
        return True
    return _LENGTH_ORDER.index(side.length) <= max(_LENGTH_ORDER.index(back.length), 1)


def _hair_weights(
    pack: Pack,
    layer_id: str,
    options: list[Part],
    chosen: dict[str, str | None],
    weight: Callable[[Part], float] = lambda p: p.weight,
) -> list[tuple[str, float]]:
    """Weights for a hair layer given the hair layers already chosen: matching textures keep their
    weight, deliberate mixes share MIX_SHARE of the pool, impossible pairs drop out."""
    placed = _hair_parts(pack, chosen)
    if not placed:
        return [(p.id, weight(p)) for p in options]
    back_id = chosen.get("hair_back")
    back = pack.layer("hair_back").part(back_id) if back_id and pack.layer("hair_back").has(back_id) else None
    same, mixed = [], []
    for part in options:
        if not all(
            hair_compatible(part, other, part if layer_id == "hair_back" else back) for other in placed
        ):
            continue
        if layer_id == "hair_side" and back is not None and not _side_fits(part, back):
            continue
        if all(not part.texture or not o.texture or part.texture == o.texture for o in placed):
            same.append((part.id, weight(part)))
        else:
            mixed.append((part.id, weight(part)))
    total_same = sum(w for _, w in same)
    total_mixed = sum(w for _, w in mixed)
    if not same or not mixed:
        return same or mixed
    k = MIX_SHARE * total_same / ((1 - MIX_SHARE) * total_mixed)
    return same + [(pid, w * k) for pid, w in mixed]


def _hair_past_ears(pack: Pack, chosen: dict[str, str | None]) -> bool:
    """Whether the chosen back hair is medium length or longer (it falls past the ears)."""
    back = [p for p in _hair_parts(pack, {"hair_back": chosen.get("hair_back")}) if p.length]
    return bool(back) and _LENGTH_ORDER.index(back[0].length) >= _LENGTH_ORDER.index("medium")


def hair_volume(pack: Pack, parts: dict[str, str | None]) -> str | None:
    """The volume class of the hair as a whole: the largest of its parts' volumes."""
    from .pack import VOLUMES

    vols = [p.volume for p in _hair_parts(pack, parts) if p.volume]
    return max(vols, key=VOLUMES.index) if vols else None


def _fitting(
    pack: Pack, pool: list[Part], chosen: dict[str, str | None], weight: Callable[[Part], float]
) -> list[tuple[str, float]]:
    """Options of a non-hair layer: headwear fits the hair's volume class, and an ornament that
    gathers hair (one with an anchor) needs a tie point on the chosen hair."""
    volume = hair_volume(pack, chosen)
    tied = any(p.ties for p in _hair_parts(pack, chosen))
    return [
        (p.id, weight(p))
        for p in pool
        if not (p.fits and volume and volume not in p.fits) and (p.anchor is None or tied)
    ]


def choose_parts(pack: Pack, seed: str, constraints: Constraints) -> dict[str, str | None]:
    chosen: dict[str, str | None] = {}
    pinned = {k: v for k, v in constraints.parts.items() if k in pack.layer_ids}
    chosen.update(pinned)
    presentation = lean(seed, constraints.presentation)

    # the face first (its head template leans the rest: fewer twin tails on a mature head), then the
    # hair (back, then side, then front), so the rest can fit it (headwear fits the hair's volume)
    def rank(lay: Layer) -> int:
        if any(p.head_template for p in lay.parts):
            return -1
        return HAIR_LAYERS.index(lay.id) if lay.id in HAIR_LAYERS else 99

    for layer in sorted(pack.layers, key=rank):
        if layer.follows is not None:
            continue  # drawn from the layer it follows (compose.visible_parts)
        if layer.id in pinned:
            continue
        template = _face_template(pack, chosen)
        head_lean = template.lean if template is not None else {}

        def weight(part: Part, lid: str = layer.id, leans: dict[str, float] = head_lean) -> float:
            return pool_weight(part, presentation) * leans.get(f"{lid}:{part.id}", 1.0)

        if template is not None and layer.id in template.generate_without:
            chosen[layer.id] = None
            continue
        if layer.id in FACE_COVERING and any(
            chosen.get(other) for other in FACE_COVERING if other != layer.id
        ):
            chosen[layer.id] = None
            continue
        pool = [
            p
            for p in layer.parts
            if pool_weight(p, presentation) > 0
            and (constraints.age == "any" or p.head_template in (None, constraints.age))
            and not any(
                other is not None and pack.excluded(layer.id, p.id, lay, other)
                for lay, other in chosen.items()
            )
        ]
        if layer.id in HAIR_LAYERS:
            options = _hair_weights(pack, layer.id, pool, chosen, weight)
        else:
            options = _fitting(pack, pool, chosen, weight)
        if layer.optional:
            # a filter narrows the pool without making what is left more common: the layer shows as
            # often as the remaining parts' share of the weight allows
            total = sum(p.weight for p in layer.parts if p.weight > 0) or 1.0
            share = min(1.0, sum(w for _, w in options) / total)
            if (
                layer.id == FACIAL_HAIR_LAYER
                and presentation == "masculine"
                and _hair_past_ears(pack, chosen)
            ):
                share *= FACIAL_HAIR_WITH_LONG_HAIR
            if unit(seed, f"show:{layer.id}") >= layer.probability * share:
                chosen[layer.id] = None
                continue
        if not options and not layer.optional:
            # A presentation filter narrows pools but never empties a required layer.
            everything = [p for p in layer.parts if p.weight > 0]
            if layer.id in HAIR_LAYERS:
                options = _hair_weights(pack, layer.id, everything, chosen)
            options = options or [(p.id, p.weight) for p in everything]
        chosen[layer.id] = pick(seed, f"part:{layer.id}", options)
    for layer in pack.layers:
        if layer.follows is not None:
            followed = chosen.get(layer.follows)
            chosen[layer.id] = followed if layer.has(followed) else None
    return {layer.id: chosen.get(layer.id) for layer in pack.layers}


def _hue_distance(a: str, b: str) -> float:
    d = abs(hls(a)[0] - hls(b)[0])
    return min(d, 1.0 - d)


def choose_colours(
    pack: Pack, seed: str, constraints: Constraints, head: HeadTemplate | None = None
) -> tuple[dict[str, str], frozenset[str]]:
    """Slot colours from the named palettes, with simple harmony rules so results look designed;
    the hair favours the colours its head template leans to (grey on a mature head)."""
    colours: dict[str, str] = {}
    hair_lean = (
        {pack.palettes.get(pack.slots["hair"].palette, {}).get(n): w for n, w in head.hair_lean.items()}
        if head and "hair" in pack.slots
        else {}
    )

    def palette(slot_id: str) -> dict[str, str]:
        return pack.palettes.get(pack.slots[slot_id].palette, {})

    def apart(slot_id: str, distance: float) -> Callable[[str], bool]:
        """Candidates at least ``distance`` (dE) from the colour already chosen for ``slot_id``."""
        other = colours.get(slot_id)
        return (lambda c: True) if other is None else (lambda c: delta_e(c, other) >= distance)

    def choose(
        slot_id: str,
        weigh: Callable[[str], float] = lambda c: 1.0,
        allow: Callable[[str], bool] = lambda c: True,
    ) -> None:
        if slot_id in constraints.colours:
            colours[slot_id] = constraints.colours[slot_id].lower()
            return
        # a pack's curated "<palette>_natural" list: those colours come up NATURAL_WEIGHT times as often
        natural = set(pack.palettes.get(pack.slots[slot_id].palette + "_natural", {}).values())
        if natural:
            weigh = (lambda w: lambda c: w(c) * (NATURAL_WEIGHT if c in natural else 1.0))(weigh)
        items = sorted(palette(slot_id).items())
        # re-pick: drop what breaks a separation rule, unless that leaves nothing at all
        items = [(n, v) for n, v in items if allow(v)] or items
        options = [(name, max(0.01, weigh(value))) for name, value in items]
        name = pick(seed, f"colour:{slot_id}", options)
        colours[slot_id] = palette(slot_id)[name] if name else pack.slots[slot_id].default

    ordered = [
        "skin",
        "hair",
        "eye_left",
        "clothes",
        "clothes_accent",
        "background",
        "background_accent",
        "accessory",
    ]
    for slot_id in ordered + sorted(pack.slots):
        if slot_id in colours or slot_id not in pack.slots:
            continue
        if slot_id == "hair":
            # natural tones (the curated list) most of the time, fantasy colours now and then
            choose(slot_id, lambda c: hair_lean.get(c, 1.0), apart("skin", HAIR_SKIN_DE))
        elif slot_id == "clothes":
            choose(slot_id, allow=apart("skin", CLOTHES_SKIN_DE))
        elif slot_id == "lips":
            choose(slot_id, allow=apart("skin", LIPS_SKIN_DE))
        elif slot_id == "clothes_accent" and "clothes" in colours:
            base = colours["clothes"]
            choose(
                slot_id,
                lambda c: (
                    0.05 if c == base else 0.3 + 2.0 * _hue_distance(c, base) + abs(hls(c)[1] - hls(base)[1])
                ),
            )
        elif slot_id in HAIR_EFFECTS and "hair" in colours:
            hair = colours["hair"]
            # a second hair colour that shows against the first
            choose(slot_id, lambda c: 0.02 if c == hair else 0.3 + 3 * abs(hls(c)[1] - hls(hair)[1]))
        elif slot_id == "background" and "hair" in colours:
            hair = colours["hair"]
            # Light backgrounds that differ from the hair, so the silhouette reads.
            choose(
                slot_id,
                lambda c: (2.0 if hls(c)[1] > 0.7 else 0.4) * (0.3 + abs(hls(c)[1] - hls(hair)[1])),
                apart("hair", BACKGROUND_HAIR_DE),
            )
        elif slot_id == "background_accent" and "background" in colours:
            bg = colours["background"]
            choose(slot_id, lambda c: 0.05 if c == bg else 0.2 + abs(hls(c)[1] - hls(bg)[1]) * 2)
        else:
            choose(slot_id)
    leaning = lean(seed, constraints.presentation)
    effects = [s for s in HAIR_EFFECTS if s in pack.slots and s not in constraints.colours]
    effect = None
    if effects and unit(seed, "hair-effect") < HAIR_EFFECT_CHANCE:
        effect = pick(seed, "hair-effect-kind", [(s, 1.0) for s in effects])
    linked = set()
    for slot in pack.slots.values():
        if slot.link is None:
            continue
        if slot.id in constraints.colours:
            continue
        if slot.id == "eye_right" and unit(seed, "heterochromia") < HETEROCHROMIA_CHANCE:
            continue  # keep its own colour: heterochromia
        if slot.id == effect:
            continue  # keep its own colour: two-tone, inner colour or gradient tips
        if slot.id == "lips" and unit(seed, "lip-colour") < LIP_COLOUR_CHANCE.get(leaning, 0.0):
            continue  # keep its own colour: a lip colour
        linked.add(slot.id)
        colours[slot.id] = colours.get(slot.link, pack.slots[slot.link].default)
    return {k: colours[k] for k in sorted(colours)}, frozenset(linked)


def generate(pack: Pack, seed: str | int, constraints: Constraints | None = None) -> Design:
    """The design for ``seed``: a pure function of (pack, seed, constraints)."""
    seed = str(seed)
    constraints = constraints or Constraints()
    if constraints.presentation not in PRESENTATIONS:
        raise ValueError(f"presentation must be one of {', '.join(PRESENTATIONS)}")
    if constraints.age != "any" and constraints.age not in pack.templates:
        raise ValueError(f"age must be any or one of the pack's head templates: {', '.join(pack.templates)}")
    parts = choose_parts(pack, seed, constraints)
    colours, linked = choose_colours(pack, seed, constraints, _face_template(pack, parts))
    pose = HeadPose()
    if pack.pose is not None:
        (t0, t1), (s0, s1) = pack.pose.generated_tilt, pack.pose.shift
        # most heads tilt a little, a few a lot: the average of two draws leans toward the middle
        tilt = t0 + (t1 - t0) * (unit(seed, "pose:tilt") + unit(seed, "pose:tilt2")) / 2
        x = s0 + (s1 - s0) * unit(seed, "pose:x")
        y = (s0 + (s1 - s0) * unit(seed, "pose:y")) * 0.5
        pose = HeadPose(round(tilt, 1), round(x, 1), round(y, 1))
    sliders = {}
    for sid, slider in sorted(pack.sliders.items()):
        if slider.random is not None:  # a body turn: most turn a little (the average of two draws)
            lo, hi = slider.random
            value = round(
                lo + (hi - lo) * (unit(seed, f"slider:{sid}") + unit(seed, f"slider:{sid}:2")) / 2, 1
            )
            if value != slider.neutral:
                sliders[sid] = value
    return Design(
        pack_id=pack.id,
        pack_version=pack.version,
        pack_hash=pack.content_hash,
        seed=seed,
        parts=parts,
        colours=colours,
        linked=linked,
        transforms={},
        expression="neutral",
        persona=Persona(),
        head_pose=pose,
        sliders=sliders,
    )
