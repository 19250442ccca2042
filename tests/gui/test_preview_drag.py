"""A slider drag of a layer's x/y shows that layer's last picture moved (no SVG drawn); the exact
picture follows when idle, and no moved stand-in is ever kept in the preview's layer composites."""

import math

import pytest
from support import qimage_pixels as pixels

from avatarstudio import render
from avatarstudio.core.compose import compose_layers, moved_by
from avatarstudio.core.design import Transform
from avatarstudio.render import Renderer

SIDE = 256


@pytest.fixture
def mini_pack(builtin_pack):
    """The built-in art: drawn in-process (a pack from elsewhere is drawn by a worker, bounded.py)."""
    return builtin_pack


def movable(pack, design):
    shown = {layer.layer for layer in compose_layers(pack, design)}
    return next(lay for lay in pack.layers if lay.limits.x[1] > lay.limits.x[0] and lay.id in shown)


def test_moved_by_maps_the_move_through_the_head_pose_and_refuses_other_edits(builtin_pack):
    from avatarstudio.core.design import HeadPose
    from avatarstudio.core.generate import generate

    design = generate(builtin_pack, "drag").with_head_pose(HeadPose())
    layer = movable(builtin_pack, design)
    lo, hi = layer.limits.x
    a = design.with_transform(layer.id, Transform(x=lo))
    b = design.with_transform(layer.id, Transform(x=hi))
    assert moved_by(builtin_pack, a, b) == (layer.id, hi - lo, 0.0)
    assert moved_by(builtin_pack, a, b.with_transform(layer.id, Transform(x=hi, scale=1.1))) is None
    assert moved_by(builtin_pack, a, b.with_colour("skin", "#123456")) is None
    assert moved_by(builtin_pack, a, a.with_transform("no_such_layer", Transform(x=1.0))) is None
    assert layer.id in builtin_pack.pose.layers
    tilt = builtin_pack.pose.tilt[1]  # the most the head tilts: the move turns with it
    tilted_a, tilted_b = (d.with_head_pose(HeadPose(tilt=tilt)) for d in (a, b))
    _, dx, dy = moved_by(builtin_pack, tilted_a, tilted_b)
    turn = math.radians(tilt)
    assert abs(dx - (hi - lo) * math.cos(turn)) < 1e-6 and abs(dy - (hi - lo) * math.sin(turn)) < 1e-6
    assert dy > 0.01


def test_a_drag_moves_the_last_picture_and_the_exact_one_follows(make_window, qtbot, monkeypatch):
    window = make_window()
    preview = window.preview
    preview.fixed_side = SIDE
    preview.refresh()
    pack = window.doc.pack
    layer = movable(pack, window.doc.design)
    lo, hi = layer.limits.x
    drawn = []
    draw = render._draw
    # the preview's draws are at SIDE (thumbnails and panels draw at their own sizes, on their own)
    monkeypatch.setattr(render, "_draw", lambda svg, w, *a, **k: drawn.append(w) or draw(svg, w, *a, **k))
    for x in (lo, lo + (hi - lo) / 3, hi):  # (x = 0 would be the picture already drawn)
        window.doc.push(window.doc.design.with_transform(layer.id, Transform(x=x)), "drag", ("tf", layer.id))
        assert SIDE not in drawn and preview._recoloured  # moved, not drawn
    moved = pixels(preview.pixmap.toImage())
    qtbot.waitUntil(lambda: not preview._recoloured, timeout=5000)  # the exact picture when idle
    truth = Renderer(layers=True).render_qimage(compose_layers(pack, window.doc.design), SIDE)
    assert pixels(preview.pixmap.toImage()) == pixels(truth) != moved
    # an edit after the drag starts from composites that never held the moved stand-in
    above = next(
        i for i, lay in enumerate(pack.layers) if i > pack.layers.index(layer) and len(lay.parts) > 1
    )
    other = pack.layers[above]
    part = next(p.id for p in other.parts if p.id != window.doc.design.parts.get(other.id))
    window.doc.push(window.doc.design.with_part(other.id, part), "part")
    truth = Renderer(layers=True).render_qimage(compose_layers(pack, window.doc.design), SIDE)
    assert not preview._recoloured and pixels(preview.pixmap.toImage()) == pixels(truth)
