"""The built-in art: every part renders in every palette colour, stays inside its layer's region,
and every design renders in every expression."""

from dataclasses import replace

import numpy as np
import pytest

from avatarstudio.core.compose import View, compose_layers, visible_parts
from avatarstudio.core.generate import generate
from avatarstudio.render import Renderer

CANVAS = 1024


@pytest.fixture(scope="module")
def renderer():
    return Renderer(cache_megabytes=64)


def alone(pack, layer_id, part_id, colours=None):
    base = generate(pack, "alone")
    design = replace(base, parts={layer_id: part_id}, expression="neutral", transforms={})
    for slot, colour in (colours or {}).items():
        design = design.with_colour(slot, colour).with_linked(slot, False)
    return design


def test_pack_is_broad_enough(builtin_pack):
    counts = {layer.id: len(layer.parts) for layer in builtin_pack.layers}
    wanted = {
        "face": 8,
        "eyes": 16,
        "eyebrows": 10,
        "mouth": 16,
        "nose": 4,
        "hair_front": 20,
        "hair_back": 16,
        "clothing": 14,
        "background": 12,
    }
    for layer_id, minimum in wanted.items():
        assert counts[layer_id] >= minimum, layer_id
    accessories = sum(
        counts[k]
        for k in (
            "glasses",
            "hair_ornament",
            "headwear",
            "face_mask",
            "earrings",
            "headphones",
            "animal_ears",
        )
    )
    assert accessories >= 20
    assert len(builtin_pack.expressions) >= 12
    assert builtin_pack.licence in ("CC0-1.0", "CC-BY-4.0")


@pytest.mark.slow
def test_every_part_renders_in_every_palette_colour(builtin_pack, renderer):
    rendered = 0
    for layer in builtin_pack.layers:
        for part in layer.parts:
            for slot_id in part.slots:
                palette = builtin_pack.palettes[builtin_pack.slots[slot_id].palette]
                for colour in palette.values():
                    design = alone(builtin_pack, layer.id, part.id, {slot_id: colour})
                    image = renderer.render(compose_layers(builtin_pack, design), 32)
                    assert image.getextrema()[3][1] > 0, (layer.id, part.id, slot_id, colour)
                    rendered += 1
    assert rendered > 1000


def test_every_part_stays_inside_its_layer_region(builtin_pack, renderer):
    size = 256
    scale = CANVAS / size
    for layer in builtin_pack.layers:
        x0, y0, x1, y1 = layer.region
        for part in layer.parts:
            image = renderer.render(
                compose_layers(builtin_pack, alone(builtin_pack, layer.id, part.id)), size
            )
            alpha = np.asarray(image)[:, :, 3]
            ys, xs = np.nonzero(alpha > 8)
            assert len(xs), f"{layer.id}/{part.id} draws nothing"
            box = (xs.min() * scale, ys.min() * scale, (xs.max() + 1) * scale, (ys.max() + 1) * scale)
            slack = 2 * scale
            assert (
                box[0] >= x0 - slack
                and box[1] >= y0 - slack
                and box[2] <= x1 + slack
                and box[3] <= y1 + slack
            ), f"{layer.id}/{part.id} covers {tuple(round(v) for v in box)}, outside region {layer.region}"


@pytest.mark.slow
def test_every_design_renders_in_every_expression(builtin_pack, renderer):
    for seed in range(12):
        design = generate(builtin_pack, f"expr-{seed}")
        for expr in builtin_pack.expressions:  # renders as generated, mask and all
            assert renderer.render(compose_layers(builtin_pack, design, View(expression=expr)), 48).getbbox()
        design = design.with_part("face_mask", None)  # a mask rightly hides a mouth change
        neutral = np.asarray(
            renderer.render(compose_layers(builtin_pack, design, View(expression="neutral")), 96)
        )
        for expr in builtin_pack.expressions.values():
            layers = compose_layers(builtin_pack, design, View(expression=expr.id))
            image = np.asarray(renderer.render(layers, 96))
            shown = dict(visible_parts(builtin_pack, design, expr.id))
            for layer_id, part_id in expr.overrides.items():
                if part_id is not None and layer_id in shown:
                    assert shown[layer_id] == part_id
            changes_something = any(design.parts.get(k) != v for k, v in expr.overrides.items())
            if changes_something:
                assert not np.array_equal(image, neutral), (seed, expr.id)
