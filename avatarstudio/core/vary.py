"""Randomise and "vary nearby" over the core generator. Pure Python, no Qt.

These are thin rules over ``generate`` (locks are pins, per DESIGN principle 3).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .design import Design
from .generate import Constraints, generate, pick, pool_weight, unit
from .pack import Pack


def _keep_user_fields(new: Design, old: Design, locked_layers: set[str]) -> Design:
    transforms = {k: v for k, v in old.transforms.items() if k in locked_layers}
    # the face sliders are the user's shaping of the face, like the persona: a new avatar keeps them
    return replace(
        new, persona=old.persona, expression=old.expression, transforms=transforms, sliders=old.sliders
    )


def randomise(
    pack: Pack,
    design: Design,
    seed: str,
    locked_layers: Iterable[str] = (),
    locked_slots: Iterable[str] = (),
    presentation: str = "any",
) -> Design:
    """A new design from ``seed`` that keeps every locked layer's part and every locked colour."""
    locked_layers, locked_slots = set(locked_layers), set(locked_slots)
    constraints = Constraints(
        parts={lay: design.parts.get(lay) for lay in locked_layers},
        colours={s: design.colours[s] for s in locked_slots if s in design.colours},
        presentation=presentation,
    )
    new = generate(pack, seed, constraints)
    # A locked colour keeps its link state too.
    linked = (new.linked - locked_slots) | (design.linked & locked_slots)
    return replace(_keep_user_fields(new, design, locked_layers), linked=frozenset(linked))


def _options(pack: Pack, design: Design, layer_id: str, presentation: str) -> list[tuple[str, float]]:
    layer = pack.layer(layer_id)
    current = design.parts.get(layer_id)
    out = []
    for part in layer.parts:
        weight = pool_weight(part, presentation)
        if part.id == current or weight <= 0:
            continue
        if any(
            other and lay != layer_id and pack.excluded(layer_id, part.id, lay, other)
            for lay, other in design.parts.items()
        ):
            continue
        out.append((part.id, weight))
    if layer.optional and current is not None:
        out.append(("", max(0.05, 1.0 - layer.probability)))
    return out


def randomise_layer(
    pack: Pack, design: Design, layer_id: str, seed: str, presentation: str = "any"
) -> Design:
    """Another part for one layer (never the same one), everything else unchanged."""
    choice = pick(seed, f"layer:{layer_id}", _options(pack, design, layer_id, presentation))
    if choice is None:
        return design
    return design.with_part(layer_id, choice or None)


def neighbours(
    pack: Pack,
    design: Design,
    seed: str,
    count: int = 8,
    locked_layers: Iterable[str] = (),
    presentation: str = "any",
) -> list[Design]:
    """``count`` designs that each change one or two unlocked parts of ``design``."""
    layers = [
        lay.id
        for lay in pack.layers
        if lay.id not in set(locked_layers) and _options(pack, design, lay.id, presentation)
    ]
    out: list[Design] = []
    seen = [design]
    attempt = 0
    while layers and len(out) < count and attempt < count * 6:
        key = f"near:{attempt}"
        attempt += 1
        n = 1 if unit(seed, key + ":n") < 0.6 or len(layers) < 2 else 2
        chosen: list[str] = []
        for i in range(n):
            lay = pick(seed, f"{key}:layer{i}", [(lay, 1.0) for lay in layers if lay not in chosen])
            if lay:
                chosen.append(lay)
        candidate = design
        for lay in chosen:
            candidate = randomise_layer(pack, candidate, lay, f"{seed}:{key}", presentation)
        if candidate not in seen:
            seen.append(candidate)
            out.append(candidate)
    return out


def changed_layers(a: Design, b: Design) -> list[str]:
    return sorted(k for k in set(a.parts) | set(b.parts) if a.parts.get(k) != b.parts.get(k))
