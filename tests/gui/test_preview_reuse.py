"""The preview draws again only when something visible changed."""

import pytest


@pytest.fixture
def mini_pack(builtin_pack):
    """The built-in art: drawn in-process (a pack from elsewhere is drawn by a worker, bounded.py)."""
    return builtin_pack


def test_an_edit_that_changes_nothing_visible_keeps_the_picture(make_window, qtbot):
    window = make_window()
    preview = window.preview
    window.doc.push(window.doc.design.with_linked("eye_right", True), "link")
    assert preview.pixmap is not None
    calls = []
    draw = preview.renderer.render_qimage
    preview.renderer.render_qimage = lambda *a, **k: calls.append(a) or draw(*a, **k)
    shown = preview.pixmap
    with qtbot.waitSignal(preview.updated, timeout=2000):  # the status bar still hears of the edit
        window.doc.push(window.doc.design.with_colour("eye_right", "#123456"), "linked colour")
    assert calls == [] and preview.pixmap is shown  # the right eye follows the left: nothing to draw
    window.doc.push(window.doc.design.with_colour("eye_left", "#2e9b6a"), "eye colour")
    assert len(calls) == 1 and preview.pixmap is not shown


def test_layers_kept_as_their_boxes_draw_the_same_bytes(qapp, builtin_pack):
    """A layered Renderer keeps each layer as the box around its visible pixels: one layer alone, an
    empty one and a picture handed out again are the bytes of drawing the layers whole."""
    from avatarstudio.core.compose import LayerSvg, compose_layers
    from avatarstudio.core.generate import generate
    from avatarstudio.render import Renderer, _draw

    layers = compose_layers(builtin_pack, generate(builtin_pack, "boxes"))
    eyes = next(layer for layer in layers if layer.layer == "eyes")
    empty = LayerSvg("empty", "empty", eyes.svg.split(">")[0] + "></svg>")
    renderer = Renderer(layers=True)
    alone = renderer.render_qimage([eyes], 96)
    assert alone.size().toTuple() == (96, 96)
    assert bytes(alone.constBits()) == bytes(_draw(eyes.svg, 96, 96).constBits())
    assert renderer._cache[(eyes.svg, 96, 96)].width() < 96  # kept as its box
    blank = renderer.render_qimage([empty], 96)
    assert blank.size().toTuple() == (96, 96) and not any(bytes(blank.constBits()))
    held = renderer.render_qimage(layers, 96)
    first = bytes(held.constBits())
    upside_down = renderer.render_qimage(layers[::-1], 96)
    other = bytes(upside_down.constBits())
    assert other != first
    for _ in range(3):  # composited into the pages of pictures handed out before, which are still held
        assert bytes(renderer.render_qimage(layers, 96).constBits()) == first
        assert bytes(renderer.render_qimage(layers[::-1], 96).constBits()) == other
    assert bytes(held.constBits()) == first and bytes(upside_down.constBits()) == other
