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
    renderer = Renderer()
    design = generate(mini_pack, "cache")
    layers = compose_layers(mini_pack, design)
    renderer.render(layers, 128)
    first = renderer.timings.rendered_layers
    renderer.render(compose_layers(mini_pack, design.with_colour("skin", "#654321")), 128)
    # only the layers that use the skin slot are rendered again
    assert renderer.timings.rendered_layers - first == 1
    assert renderer.timings.cached_layers >= len(layers) - 1


def test_cache_stays_bounded():
    renderer = Renderer(cache_megabytes=1)
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
