"""Colour edits in the preview from measured colour weights (gui/recolour.py) match the exact picture."""

import random

import numpy as np
import pytest

from avatarstudio.core.compose import colour_markers, compose_layers, paint, tones
from avatarstudio.core.generate import generate
from avatarstudio.render import Renderer

SIDE = 512
# Largest channel difference allowed against the exported picture (every layer in one QtSvg pass), and
# how many pixels may differ by more than 2. The recoloured picture is composited in float from 16-bit
# draws; the exact preview (each layer drawn and composited at 8 bits) differs from the export by up to
# 5 levels on these designs, the recoloured one by at most 3, in 3-13 of 262144 pixels.
TOLERANCE, OVER_TWO = 3, 40


@pytest.fixture
def mini_pack(builtin_pack):
    """The built-in art: recolouring is only for art drawn in-process (not a pack from elsewhere)."""
    return builtin_pack


def pixels(image) -> np.ndarray:
    width, height = image.width(), image.height()
    rows = np.frombuffer(bytes(image.constBits()), np.uint8).reshape(height, image.bytesPerLine() // 4, 4)
    return rows[:, :width].astype(np.int16)


def assert_close(image, exact) -> None:
    diff = np.abs(pixels(image) - pixels(exact))
    assert diff.max() <= TOLERANCE and (diff > 2).sum() <= OVER_TWO, (diff.max(), (diff > 2).sum())


def swatch_edits(pack, design, rnd, n):
    slots = [s for s in pack.slots.values() if len(pack.palettes.get(s.palette, {})) > 1]
    for _ in range(n):
        slot = rnd.choice(slots)
        choices = [c for c in pack.palettes[slot.palette].values() if c != design.colours.get(slot.id)]
        design = design.with_colour(slot.id, rnd.choice(choices))
        yield design


def test_shapes_painted_with_the_designs_tones_are_the_composed_layers(builtin_pack):
    for seed in ("r1", "r2", "r3"):
        design = generate(builtin_pack, seed)
        shapes = compose_layers(builtin_pack, design, keep_colours=True)
        tone = tones(builtin_pack, design)
        assert [paint(s.svg, tone) for s in shapes] == [
            layer.svg for layer in compose_layers(builtin_pack, design)
        ]
        assert any(colour_markers(s.svg) for s in shapes)


def test_recoloured_pictures_match_fresh_renders_after_a_run_of_edits(builtin_pack):
    from avatarstudio.gui.recolour import Recolour

    pack = builtin_pack
    design = generate(pack, "recolour")
    shapes = [layer.svg for layer in compose_layers(pack, design, keep_colours=True)]
    recolour = Recolour()
    for _ in recolour.build(shapes, SIDE, lambda: tones(pack, design)):
        pass
    frame = recolour.ready(shapes, SIDE)
    assert frame is not None and {("skin", "base"), ("hair", "base")} <= set(frame.weights)
    exact, export = Renderer(layers=True), Renderer()
    rnd = random.Random(7)
    shown, before = 0, pixels(exact.render_qimage(compose_layers(pack, design), SIDE))
    for edited in swatch_edits(pack, design, rnd, 8):
        image = frame.recolour(tones(pack, edited))
        truth = pixels(exact.render_qimage(compose_layers(pack, edited), SIDE, SIDE))
        if image is None:  # a slot this design does not show: the exact picture did not change either
            assert (truth == before).all()
        else:
            shown += 1
            assert_close(image, export.render_qimage(compose_layers(pack, edited), SIDE))
        before = truth
    assert shown >= 4
    skin = tones(pack, edited)("skin", "base")
    redder = edited.with_colour("skin", "#f0b8a0" if skin != "#f0b8a0" else "#8a5a44")
    assert_close(
        frame.recolour(tones(pack, redder)), export.render_qimage(compose_layers(pack, redder), SIDE)
    )


def test_preview_recolours_after_measuring_and_remeasures_after_a_part_change(
    make_window, qtbot, builtin_pack
):
    window = make_window()
    preview = window.preview
    preview.fixed_side = SIDE
    preview.refresh()
    qtbot.waitUntil(lambda: preview._measured is not None, timeout=20_000)
    calls = []
    draw = preview.renderer.render_qimage
    preview.renderer.render_qimage = lambda *a, **k: calls.append(a) or draw(*a, **k)
    exact, export = Renderer(layers=True), Renderer()

    def check(recoloured: bool | None = None):
        """The shown picture: within the tolerance of the export when recoloured, else the exact one."""
        layers = compose_layers(builtin_pack, window.doc.design)
        truth = exact.render_qimage(layers, SIDE)
        assert recoloured is None or preview._recoloured == recoloured
        if preview._recoloured:
            assert_close(preview.pixmap.toImage(), export.render_qimage(layers, SIDE))
        else:
            assert pixels(preview.pixmap.toImage()).tolist() == pixels(truth).tolist()

    rnd = random.Random(3)
    for edited in swatch_edits(builtin_pack, window.doc.design, rnd, 4):
        window.doc.push(edited, "colour")
        assert calls == []  # recoloured (or nothing shown changed), not drawn
        check()
    assert preview._recoloured
    # a part change: drawn exactly; the old weights are not used for the new shapes
    hair = builtin_pack.layer("hair_front")
    part = next(p.id for p in hair.parts if p.id != window.doc.design.parts.get("hair_front"))
    window.doc.push(window.doc.design.with_part("hair_front", part), "part")
    assert len(calls) == 1
    skin = window.doc.design.colours["skin"]
    other = next(c for c in builtin_pack.palettes[builtin_pack.slots["skin"].palette].values() if c != skin)
    window.doc.push(window.doc.design.with_colour("skin", other), "colour at once")
    assert len(calls) == 2  # before the new shapes are measured: the exact path
    check(recoloured=False)
    qtbot.waitUntil(lambda: preview._measured == window.doc.design, timeout=20_000)
    calls.clear()
    for edited in swatch_edits(builtin_pack, window.doc.design, rnd, 3):
        window.doc.push(edited, "colour")
        check()
    assert calls == []
    # when idle, the exact picture replaces the recoloured one, to the byte
    qtbot.waitUntil(lambda: not preview._recoloured, timeout=5000)
    check(recoloured=False)
