"""While the window is idle the preview draws ahead the parts the open grid offers (the renderer's own
layer cache, keyed as the pick's draw): a pick is then a cache hit with the same bytes as a fresh
render; an edit stops the drawing ahead, and it stays within its memory budget."""

import pytest
from support import qimage_pixels as pixels

from avatarstudio.core.compose import compose_layers
from avatarstudio.gui import preview as preview_module
from avatarstudio.render import Renderer

SIDE = 256


@pytest.fixture
def mini_pack(builtin_pack):
    """The built-in art: drawn in-process (a pack from elsewhere is drawn by a worker, bounded.py)."""
    return builtin_pack


def changed_layers(pack, design, other) -> int:
    """How many layers ``other`` draws differently from ``design``."""
    shown = {layer.layer: layer.svg for layer in compose_layers(pack, design)}
    return sum(shown.get(layer.layer) != layer.svg for layer in compose_layers(pack, other))


def open_grid(window, qtbot, layer_id: str):
    preview = window.preview
    preview.fixed_side = SIDE
    preview.refresh()
    window.layers.show_category_of(layer_id)
    assert preview._offered[0] == layer_id and len(preview._offered[1]) > 2
    qtbot.waitUntil(lambda: not preview.idle_work_pending(), timeout=30000)
    return preview


def recorded_prepares(preview, monkeypatch) -> list:
    prepared = []
    prepare = preview.renderer.prepare
    monkeypatch.setattr(
        preview.renderer, "prepare", lambda svg, w, h: prepared.append(svg) or prepare(svg, w, h)
    )
    return prepared


@pytest.mark.parametrize("layer_id", ["hair_back", "face"])
def test_a_pick_after_idle_draws_nothing_and_shows_the_fresh_render(make_window, qtbot, layer_id):
    window = make_window()
    preview = open_grid(window, qtbot, layer_id)
    pack, design = window.doc.pack, window.doc.design
    parts = preview._offered[1]
    here = parts.index(design.parts.get(layer_id))
    nearest = [parts[i] for i in sorted(range(len(parts)), key=lambda i: abs(i - here)) if i != here]
    if layer_id == "face":  # the nearest part with another head template: every fitted layer changes
        nearest = [p for p in nearest if changed_layers(pack, design, design.with_part(layer_id, p)) > 3]
    pick = design.with_part(layer_id, nearest[0])
    assert changed_layers(pack, design, pick) >= 1
    drawn = preview.renderer.timings.rendered_layers
    window.doc.push(pick, "pick")
    assert preview.renderer.timings.rendered_layers == drawn  # every layer came from the cache
    truth = Renderer(layers=True).render_qimage(compose_layers(pack, pick), SIDE)
    assert pixels(preview.pixmap.toImage()) == pixels(truth)


def test_an_edit_stops_the_drawing_ahead_of_the_old_design(make_window, qtbot, monkeypatch):
    window = make_window()
    preview = window.preview
    preview.fixed_side = SIDE
    preview.refresh()
    window.layers.show_category_of("face")
    qtbot.waitUntil(lambda: not preview.idle_work_pending(), timeout=30000)
    prepared = recorded_prepares(preview, monkeypatch)
    window.layers.show_category_of("hair_back")
    qtbot.waitUntil(lambda: len(prepared) >= 2, timeout=10000)  # drawing ahead, not done
    assert preview._ahead is not None
    pack, old = window.doc.pack, window.doc.design
    window.doc.push(old.with_colour("hair", "#1f6b3a"), "hair colour")
    assert preview._ahead is None
    del prepared[:]
    qtbot.waitUntil(lambda: not preview.idle_work_pending(), timeout=30000)
    new = window.doc.design
    parts = preview._offered[1]
    ahead_old = {lay.svg for p in parts for lay in compose_layers(pack, old.with_part("hair_back", p))}
    ahead_new = {lay.svg for p in parts for lay in compose_layers(pack, new.with_part("hair_back", p))}
    assert prepared and set(prepared) <= ahead_new
    assert not set(prepared) & (ahead_old - ahead_new)  # no layer of the old colours drawn after the edit
    drawn = preview.renderer.timings.rendered_layers
    here = parts.index(new.parts.get("hair_back"))
    window.doc.push(new.with_part("hair_back", parts[(here + 1) % len(parts)]), "pick")
    assert preview.renderer.timings.rendered_layers == drawn


def test_the_drawing_ahead_keeps_to_its_budget_and_the_current_picture(make_window, qtbot, monkeypatch):
    layer_bytes = SIDE * SIDE * 4
    window = make_window()
    preview = window.preview
    # a cache barely larger than the picture: what is left for drawing ahead is 3 layers
    shown = {lay.svg for lay in compose_layers(window.doc.pack, window.doc.design)}
    preview.renderer = Renderer(cache_megabytes=1, layers=True)
    preview.renderer._budget = (len(shown) + 4) * layer_bytes
    prepared = recorded_prepares(preview, monkeypatch)
    open_grid(window, qtbot, "hair_back")
    kept = [svg for svg in set(prepared) if preview.renderer.cached(svg, SIDE, SIDE)]
    # layers are kept as their visible boxes: 3 canvases' bytes hold more than 3 of them
    kept_bytes = sum(preview.renderer._cache[(svg, SIDE, SIDE)].sizeInBytes() for svg in kept)
    assert kept and kept_bytes <= preview.ahead_bytes <= 3 * layer_bytes
    drawn = preview.renderer.timings.rendered_layers
    preview.renderer.render_qimage(compose_layers(window.doc.pack, window.doc.design), SIDE)
    assert preview.renderer.timings.rendered_layers == drawn  # the picture's own layers are all still kept
    # and a small drawing-ahead budget of its own holds as well
    monkeypatch.setattr(preview_module, "AHEAD_MEGABYTES", 1)
    preview.renderer = Renderer(cache_megabytes=192, layers=True)
    prepared = recorded_prepares(preview, monkeypatch)
    parts, design = preview._offered[1], window.doc.design
    window.doc.push(design.with_part("hair_back", parts[parts.index(design.parts["hair_back"]) - 1]), "pick")
    qtbot.waitUntil(lambda: not preview.idle_work_pending(), timeout=30000)
    held = sum(preview.renderer._cache[(svg, SIDE, SIDE)].sizeInBytes() for svg in set(prepared))
    assert prepared and held <= preview.ahead_bytes <= 1 << 20


def test_no_drawing_ahead_for_a_pack_drawn_by_the_bounded_worker(qtbot, monkeypatch, settings, tmp_path):
    from pathlib import Path

    from avatarstudio.core.generate import generate
    from avatarstudio.core.pack import load_pack
    from avatarstudio.gui.mainwindow import MainWindow

    pack = load_pack(Path(__file__).resolve().parents[1] / "fixtures" / "mini_pack")
    assert not pack.builtin
    prepared = []
    monkeypatch.setattr(Renderer, "prepare", lambda self, svg, w, h: prepared.append(svg) or 0)
    window = MainWindow(pack, generate(pack, "ahead"), settings=settings, data_dir=tmp_path, autosave=False)
    qtbot.addWidget(window)
    window.show()
    layer = next(lay.id for lay in pack.layers if len(lay.parts) > 2)
    window.layers.show_category_of(layer)
    qtbot.waitUntil(lambda: window.preview.pixmap is not None, timeout=10000)
    qtbot.waitUntil(lambda: not window.preview.idle_work_pending(), timeout=10000)
    assert window.preview._offered[0] == layer and prepared == []
    window.preview.close_worker()
    window.thread.stop()


def test_every_idle_step_draws_one_layer_at_most(make_window, qtbot, monkeypatch):
    """The exact picture after a recolouring (the skin is in many layers), the drawing ahead and the
    measuring of the new colour weights: no step holds the GUI thread for more than one QtSvg draw."""
    import threading

    from avatarstudio import render
    from avatarstudio.gui import recolour

    window = make_window()
    preview = open_grid(window, qtbot, "hair_back")
    assert preview._recolour_frame(SIDE) is not None  # measured: a colour edit is recoloured
    pack = window.doc.pack
    window.doc.push(window.doc.design.with_colour("skin", "#8d5a3b"), "skin")
    assert preview._recoloured
    skin = [lay for lay in compose_layers(pack, window.doc.design) if "#8d5a3b" in lay.svg]
    assert len(skin) >= 3
    draws = []
    for module in (render, recolour):
        draw = module._draw
        monkeypatch.setattr(
            module,
            "_draw",
            lambda svg, w, *a, draw=draw, **k: (
                (threading.current_thread() is threading.main_thread() and draws.append(w))
                or draw(svg, w, *a, **k)
            ),
        )

    def idle_steps():
        preview._idle.stop()  # the steps are taken here, one by one
        preview._edited -= 1  # as if the last edit were a second ago
        for _ in range(500):
            before = len(draws)
            preview._idle_step()
            assert len(draws) - before <= 1
            if not preview._idle.isActive():
                return
            preview._idle.stop()

    idle_steps()
    assert not preview._recoloured and len(draws) >= len(skin) + 1  # the exact picture, drawn ahead
    truth = Renderer(layers=True).render_qimage(compose_layers(pack, window.doc.design), SIDE)
    assert pixels(preview.pixmap.toImage()) == pixels(truth)
    assert preview._ahead_for[0] == window.doc.design
    # a pick: its hair is measured again (a draw for its black and one for each three colours)
    parts, design = preview._offered[1], window.doc.design
    window.doc.push(
        design.with_part("hair_back", parts[(parts.index(design.parts["hair_back"]) + 1) % len(parts)]),
        "pick",
    )
    assert preview._recolour_frame(SIDE) is None
    del draws[:]
    idle_steps()
    assert len(draws) >= 2 and preview._recolour_frame(SIDE) is not None
