"""A design against the pack it is drawn with: what does not match, and what is drawn instead.

A design names a pack (id, version, content hash) and, per layer, a part id; colours per slot; an
expression. Opened with another pack, another version of it, or edited by hand, some of those names
may not exist. Nothing is dropped silently: :func:`reconcile` returns the design that will really be
drawn together with one sentence per substitution, which the CLI prints (and refuses under
``--strict``) and the studio shows.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace
from typing import TypeVar

from .design import Design
from .pack import Pack
from .safetext import escape

T = TypeVar("T")


def _id(value: str) -> str:
    return repr(escape(value, 40))


def _known(values: dict[str, T], known: Container[str], note: str, notes: list[str]) -> dict[str, T]:
    """``values`` whose ids are ``known``; ``note`` (with the id for ``{}``) added for each other one."""
    for key in values:
        if key not in known:
            notes.append(note.format(_id(key)))
    return {key: value for key, value in values.items() if key in known}


def reconcile(pack: Pack, design: Design) -> tuple[Design, list[str]]:
    """(the design as it will be drawn with ``pack``, one note per thing that did not match)."""
    notes: list[str] = []
    if design.pack_id != pack.id:
        notes.append(f"was made for pack {_id(design.pack_id)}, not {_id(pack.id)}: ids are matched by name")
    elif design.pack_hash and design.pack_hash != pack.content_hash:
        notes.append(
            f"was made with another version of pack {_id(pack.id)} (version {_id(design.pack_version)}, "
            f"hash {escape(design.pack_hash[:12], 12)}; this is version {_id(pack.version)}, hash "
            f"{pack.content_hash[:12]}): parts may look different"
        )
    layers = {layer.id: layer for layer in pack.layers}
    parts: dict[str, str | None] = {}
    for layer_id, part_id in design.parts.items():
        if layer_id not in layers:
            notes.append(f"layer {_id(layer_id)} is not in the pack: left out")
            continue
        layer = layers[layer_id]
        if part_id is None or layer.has(part_id):
            parts[layer_id] = part_id
        elif layer.optional or not layer.parts:
            notes.append(f"layer {_id(layer_id)} has no part {_id(part_id)}: left empty")
            parts[layer_id] = None
        else:
            notes.append(
                f"layer {_id(layer_id)} has no part {_id(part_id)}: {_id(layer.parts[0].id)} drawn instead"
            )
            parts[layer_id] = layer.parts[0].id
    for layer in pack.layers:
        if layer.id not in parts and not layer.optional and layer.parts:
            notes.append(f"no part chosen for layer {_id(layer.id)}: {_id(layer.parts[0].id)} drawn")
            parts[layer.id] = layer.parts[0].id
    colours = _known(
        design.colours, pack.slots, "colour slot {} is not in the pack: its colour is not used", notes
    )
    linked = frozenset(s for s in design.linked if s in pack.slots)
    for slot in sorted(design.linked - linked):
        notes.append(f"linked colour slot {_id(slot)} is not in the pack: ignored")
    transforms = _known(
        design.transforms, layers, "transform of layer {} is not used (no such layer in the pack)", notes
    )
    sliders = _known(
        design.sliders, pack.sliders, "slider {} is not in the pack: its value is not used", notes
    )
    expression = design.expression
    if expression not in pack.expressions:
        fallback = "neutral" if "neutral" in pack.expressions else next(iter(pack.expressions))
        notes.append(f"expression {_id(expression)} is not in the pack: {_id(fallback)} shown")
        expression = fallback
    drawn = replace(
        design,
        parts=parts,
        colours=colours,
        linked=linked,
        transforms=transforms,
        sliders=sliders,
        expression=expression,
    )
    return drawn, notes
