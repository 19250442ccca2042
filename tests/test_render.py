import pytest

from avatarstudio.core.compose import LayerSvg, compose_layers
from avatarstudio.core.generate import generate
from avatarstudio.render import Renderer, trial_render

SQUARE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024"><rect x="0" y="0" width="512" height="1024" fill="#ff0000"/></svg>'


def test_render_pixels_and_alpha():
    image = Renderer().render([LayerSvg("a", "a", SQUARE)], 64)
    assert image.mode == "RGBA" and image.size == (64, 64)
    assert image.getpixel((10, 10)) == (255, 0, 0, 255)
    assert image.getpixel((60, 10))[3] == 0
    assert not image.info


def test_layer_cache_renders_each_layer_once(mini_pack):
    renderer = Renderer(layers=True)
    design = generate(mini_pack, "cache")
    layers = compose_layers(mini_pack, design)
    renderer.render(layers, 128)
    first = renderer.timings.rendered_layers
    renderer.render(compose_layers(mini_pack, design.with_colour("skin", "#654321")), 128)
    # only the layers that use the skin slot are rendered again
    assert renderer.timings.rendered_layers - first == 1
    assert renderer.timings.cached_layers >= len(layers) - 1


def test_cache_stays_bounded():
    renderer = Renderer(cache_megabytes=1, layers=True)
    for i in range(40):
        svg = SQUARE.replace("#ff0000", f"#ff00{i:02x}")
        renderer.render([LayerSvg("a", "a", svg)], 256)
    assert renderer._cache_bytes <= 1024 * 1024 + 256 * 256 * 4


def test_trial_render_reports_bad_parts_and_survives():
    problems = trial_render([("good", SQUARE), ("broken", "<svg"), ("good2", SQUARE)], size=32, seconds=10)
    assert set(problems) == {"broken"}


def test_trial_render_out_of_memory_is_contained():
    # A 4096 px layer needs 64 MiB; a 150 MiB address-space cap on top of Python and Qt cannot give it.
    problems = trial_render([("a", SQUARE), ("b", SQUARE)], size=4096, seconds=10, megabytes=150)
    assert set(problems) == {"a", "b"}


def test_gradient_inheritance_survives_composition(tmp_path):
    """QtSvg follows gradient links only as xlink:href: a part whose gradient inherits must still paint."""
    import shutil

    from support import MINI_PACK

    from avatarstudio.core.pack import load_pack

    pack_dir = tmp_path / "p"
    shutil.copytree(MINI_PACK, pack_dir)
    (pack_dir / "parts" / "background" / "flat.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 1024 1024">'
        '<defs><linearGradient id="base"><stop offset="0" stop-color="#00ff00"/><stop offset="1" stop-color="#00ff00"/>'
        '</linearGradient><linearGradient id="child" xlink:href="#base" x1="0" x2="1"/></defs>'
        '<rect width="1024" height="1024" fill="url(#child)"/></svg>'
    )
    pack = load_pack(pack_dir)
    design = generate(pack, "grad").with_part("hat", None)
    image = Renderer().render(compose_layers(pack, design), 64)
    assert image.getpixel((2, 2)) == (0, 255, 0, 255)


@pytest.fixture
def trusted_pack(mini_pack):
    """The test pack drawn in-process, as the built-in pack is (others are drawn layer by layer in a
    bounded worker: tests/hardening/test_bounded.py)."""
    from dataclasses import replace

    return replace(mini_pack, builtin=True)


def test_export_renderer_draws_the_svg_export_in_one_pass(trusted_pack):
    from avatarstudio.core.compose import View, compose
    from avatarstudio.render import join_layers

    mini_pack = trusted_pack
    design = generate(mini_pack, "one-pass")
    view = View(box=(100.0, 50.0, 800.0, 800.0), line_scale=1.5)
    # the document drawn for an export is exactly the SVG export of the same view
    assert join_layers(compose_layers(mini_pack, design, view)) == compose(mini_pack, design, view).rstrip(
        "\n"
    )
    renderer = Renderer()
    renderer.render(compose_layers(mini_pack, design, view), 96)
    assert renderer.timings.rendered_layers == 1


def test_export_pixels_do_not_depend_on_cache_state(trusted_pack):
    mini_pack = trusted_pack
    designs = [generate(mini_pack, f"state-{i}") for i in range(3)]
    cold = [Renderer(cache_megabytes=0).render(compose_layers(mini_pack, d), 80).tobytes() for d in designs]
    warm_renderer = Renderer()
    for d in reversed(designs):  # fill the cache in another order first
        warm_renderer.render(compose_layers(mini_pack, d), 80)
    warm = [warm_renderer.render(compose_layers(mini_pack, d), 80).tobytes() for d in designs]
    assert warm == cold
    assert warm_renderer.timings.cached_layers == 3


def test_layers_that_cannot_be_joined_are_composited():
    from avatarstudio.render import join_layers

    other = SQUARE.replace('viewBox="0 0 1024 1024"', 'viewBox="0 0 2048 2048"')
    layers = [LayerSvg("a", "a", SQUARE), LayerSvg("b", "b", other)]
    assert join_layers(layers) is None
    image = Renderer().render(layers, 64)
    assert image.getpixel((10, 10)) == (255, 0, 0, 255) and image.getpixel((40, 40))[3] == 0


def test_cached_image_is_not_changed_through_a_returned_one():
    renderer = Renderer()
    first = renderer.render_qimage([LayerSvg("a", "a", SQUARE)], 32)
    first.setDevicePixelRatio(2.0)
    first.fill(0)
    again = renderer.render_qimage([LayerSvg("a", "a", SQUARE)], 32)
    assert again.devicePixelRatio() == 1.0 and again.pixel(2, 2) != 0


def test_render_converts_in_place_yet_leaves_the_cached_draw_premultiplied():
    from PySide6.QtGui import QImage

    half = SQUARE.replace('fill="#ff0000"', 'fill="#ff0000" fill-opacity="0.5"')
    renderer = Renderer()
    first = renderer.render([LayerSvg("a", "a", half)], 32)  # cached: converted from a copy
    kept = renderer.render_qimage([LayerSvg("a", "a", half)], 32)
    assert kept.format() == QImage.Format.Format_ARGB32_Premultiplied
    assert renderer.render([LayerSvg("a", "a", half)], 32).tobytes() == first.tobytes()
    uncached = Renderer(cache_megabytes=0).render([LayerSvg("a", "a", half)], 32)  # converted in place
    assert uncached.tobytes() == first.tobytes()
    r, g, b, a = first.getpixel((4, 4))
    assert (r, g, b) == (255, 0, 0) and 0 < a < 255  # straight alpha: the colour is not darkened


def _full_composite(layers, size):
    """Every layer drawn whole onto a cleared canvas, bottom first: what the layered path must equal."""
    from PySide6.QtGui import QImage, QPainter

    from avatarstudio.render import _draw

    out = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(0)
    painter = QPainter(out)
    for layer in layers:
        painter.drawImage(0, 0, _draw(layer.svg, size, size))
    painter.end()
    return bytes(out.constBits())


def test_layered_preview_draws_only_visible_boxes_yet_the_same_bytes(trusted_pack):
    """Layers are composited through their visible boxes only (eyes, mouth and brows cover little of the
    canvas); the bytes are those of drawing every layer whole, whatever was cached before."""
    renderer = Renderer(layers=True)
    design = generate(trusted_pack, "boxes")
    edits = [design, design.with_colour("skin", "#654321"), design.with_part("hat", None), design]
    for d in edits:
        layers = compose_layers(trusted_pack, d)
        assert len(layers) > 1
        assert bytes(renderer.render_qimage(layers, 96).constBits()) == _full_composite(layers, 96)


def test_visible_box():
    from avatarstudio.render import _draw, visible_box

    assert visible_box(_draw(SQUARE, 64, 64)) == (0, 0, 32, 64)
    empty = SQUARE.replace('fill="#ff0000"', 'fill="#ff0000" fill-opacity="0"')
    assert visible_box(_draw(empty, 64, 64)) is None
    image = Renderer(layers=True).render_qimage([LayerSvg("a", "a", empty), LayerSvg("b", "b", SQUARE)], 64)
    assert image.pixelColor(10, 10).red() == 255 and image.pixelColor(40, 10).alpha() == 0


def test_layered_preview_starts_from_the_kept_layers_below_yet_the_same_bytes(builtin_pack):
    """A preview keeps the picture of the layers below the one an edit changed; later edits of that
    layer or of one above start from it. Across part, colour and slider edits in every order, each
    picture is the bytes of drawing every layer again."""
    from avatarstudio.core.design import Transform

    pack, renderer = builtin_pack, Renderer(layers=True)
    design = generate(pack, "kept")
    shown = [lay for lay in pack.layers if len(lay.parts) > 1 and design.parts.get(lay.id)]
    edits = []
    for lay in shown[::3] + shown[::-4]:  # upwards, then downwards
        part = next(p.id for p in lay.parts if p.id != design.parts[lay.id])
        design = design.with_part(lay.id, part)
        edits.append(design)
    for x in (4.0, 8.0, 4.0):  # a drag
        edits.append(design.with_transform(shown[1].id, Transform(x=x)))
    edits.append(design.with_colour("skin", "#8a5a44"))
    starts = []
    for d in edits:
        layers = compose_layers(pack, d)
        keys = [layer.svg for layer in layers]
        kept = renderer._below
        starts.append(kept is not None and keys[: len(kept[2])] == kept[2])
        assert bytes(renderer.render_qimage(layers, 64).constBits()) == _full_composite(layers, 64)
    assert sum(starts) >= len(edits) // 2
