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
from .pack import Pack, Part

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
    """What the user fixed: pinned parts (None pins an empty layer), pinned colours, a presentation."""

    parts: dict[str, str | None] = field(default_factory=dict)
    colours: dict[str, str] = field(default_factory=dict)
    presentation: str = "any"


def _allowed(part: Part, presentation: str) -> bool:
    return part.weight > 0 and (
        presentation == "any" or not part.presentation or presentation in part.presentation
    )


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


def choose_parts(pack: Pack, seed: str, constraints: Constraints) -> dict[str, str | None]:
    chosen: dict[str, str | None] = {}
    pinned = {k: v for k, v in constraints.parts.items() if k in pack.layer_ids}
    chosen.update(pinned)
    presentation = lean(seed, constraints.presentation)
    for layer in pack.layers:
        if layer.id in pinned:
            continue
        template = _face_template(pack, chosen)
        if template is not None and layer.id in template.generate_without:
            chosen[layer.id] = None
            continue
        if layer.id in FACE_COVERING and any(
            chosen.get(other) for other in FACE_COVERING if other != layer.id
        ):
            chosen[layer.id] = None
            continue
        options = [
            (p.id, p.weight)
            for p in layer.parts
            if _allowed(p, presentation)
            and not any(
                other is not None and pack.excluded(layer.id, p.id, lay, other)
                for lay, other in chosen.items()
            )
        ]
        if layer.optional:
            # a filter narrows the pool without making what is left more common: the layer shows as
            # often as the remaining parts' share of the weight allows
            total = sum(p.weight for p in layer.parts if p.weight > 0) or 1.0
            share = sum(w for _, w in options) / total
            if unit(seed, f"show:{layer.id}") >= layer.probability * share:
                chosen[layer.id] = None
                continue
        if not options and not layer.optional:
            # A presentation filter narrows pools but never empties a required layer.
            options = [(p.id, p.weight) for p in layer.parts if p.weight > 0]
        chosen[layer.id] = pick(seed, f"part:{layer.id}", options)
    return {layer.id: chosen.get(layer.id) for layer in pack.layers}


def _hue_distance(a: str, b: str) -> float:
    d = abs(hls(a)[0] - hls(b)[0])
    return min(d, 1.0 - d)


def choose_colours(pack: Pack, seed: str, constraints: Constraints) -> tuple[dict[str, str], frozenset[str]]:
    """Slot colours from the named palettes, with simple harmony rules so results look designed."""
    colours: dict[str, str] = {}

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
            choose(slot_id, allow=apart("skin", HAIR_SKIN_DE))
        elif slot_id == "clothes":
            choose(slot_id, allow=apart("skin", CLOTHES_SKIN_DE))
        elif slot_id == "clothes_accent" and "clothes" in colours:
            base = colours["clothes"]
            choose(
                slot_id,
                lambda c: (
                    0.05 if c == base else 0.3 + 2.0 * _hue_distance(c, base) + abs(hls(c)[1] - hls(base)[1])
                ),
            )
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
    linked = set()
    for slot in pack.slots.values():
        if slot.link is None:
            continue
        if slot.id in constraints.colours:
            continue
        if slot.id == "eye_right" and unit(seed, "heterochromia") < HETEROCHROMIA_CHANCE:
            continue  # keep its own colour: heterochromia
        linked.add(slot.id)
        colours[slot.id] = colours.get(slot.link, pack.slots[slot.link].default)
    return {k: colours[k] for k in sorted(colours)}, frozenset(linked)


def generate(pack: Pack, seed: str | int, constraints: Constraints | None = None) -> Design:
    """The design for ``seed``: a pure function of (pack, seed, constraints)."""
    seed = str(seed)
    constraints = constraints or Constraints()
    if constraints.presentation not in PRESENTATIONS:
        raise ValueError(f"presentation must be one of {', '.join(PRESENTATIONS)}")
    colours, linked = choose_colours(pack, seed, constraints)
    pose = HeadPose()
    if pack.pose is not None:
        (t0, t1), (s0, s1) = pack.pose.tilt, pack.pose.shift
        # most heads tilt a little, a few a lot: the average of two draws leans toward the middle
        tilt = t0 + (t1 - t0) * (unit(seed, "pose:tilt") + unit(seed, "pose:tilt2")) / 2
        x = s0 + (s1 - s0) * unit(seed, "pose:x")
        y = (s0 + (s1 - s0) * unit(seed, "pose:y")) * 0.5
        pose = HeadPose(round(tilt, 1), round(x, 1), round(y, 1))
    return Design(
        pack_id=pack.id,
        pack_version=pack.version,
        pack_hash=pack.content_hash,
        seed=seed,
        parts=choose_parts(pack, seed, constraints),
        colours=colours,
        linked=linked,
        transforms={},
        expression="neutral",
        persona=Persona(),
        head_pose=pose,
    )
