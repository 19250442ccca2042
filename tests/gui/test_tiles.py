"""Part tiles on the built-in art: each tile shows its own part (the layers drawn over it are left out)."""

import numpy as np
import pytest

from avatarstudio.core.compose import compose_layers


@pytest.fixture
def mini_pack(builtin_pack):
    """These tests look at the real art (make_window draws with this pack)."""
    return builtin_pack


def tile_jobs(window, layer_id):
    submitted = []
    window.thread.submit = lambda channel, jobs: submitted.extend(jobs)
    window.layers.show_category_of(layer_id)
    window.layers._thumb_key = None
    window.layers.request_thumbnails()
    assert submitted and {job.key[0] for job in submitted} == {layer_id}
    return submitted


def part_share(renderer, job, layer_id) -> float:
    """The share of a tile's pixels that its part changes (the tile against the same tile without it)."""
    pack, view = job.pack, job.view
    with_part = renderer.render(compose_layers(pack, job.design, view), 64, 64).convert("RGB")
    without = renderer.render(compose_layers(pack, job.design.with_part(layer_id, None), view), 64, 64)
    a = np.asarray(with_part, dtype=int)
    b = np.asarray(without.convert("RGB"), dtype=int)
    return float((np.abs(a - b).sum(axis=2) > 30).mean())


@pytest.mark.parametrize(("layer_id", "least"), [("hair_back", 0.008), ("body", 0.05), ("clothing", 0.15)])
def test_every_tile_shows_its_part(make_window, layer_id, least):
    """Back hair under the fringe and side locks, bodies under the clothes: each tile's part shows (the
    front hair used to cover every back-hair tile alike: 0.0 % of their pixels were the back hair)."""
    from avatarstudio.render import Renderer

    window = make_window()
    design = window.doc.design
    for other in ("hair_front", "clothing"):
        design = design.with_part(other, window.pack.layer(other).parts[0].id)
    window.reset_design(design)
    renderer = Renderer()
    jobs = tile_jobs(window, layer_id)
    shares = {job.key[1]: part_share(renderer, job, layer_id) for job in jobs}
    assert min(shares.values()) >= least, shares


def test_tiles_leave_out_only_the_layers_over_their_part(make_window):
    window = make_window()
    design = window.doc.design
    for other in ("hair_front", "hair_side", "clothing"):
        design = design.with_part(other, window.pack.layer(other).parts[0].id)
    window.reset_design(design)
    hidden = {
        "hair_back": {"hair_front", "hair_side"},
        "ears": {"hair_front", "hair_side"},
        "eyes": {"hair_front", "hair_side"},
        "hair_side": {"hair_front"},
        "body": {"clothing", "hair_front", "hair_side"},
    }
    for layer_id, gone in hidden.items():
        for job in tile_jobs(window, layer_id):
            assert all(job.design.parts.get(other) is None for other in gone), (layer_id, job.key)
    kept = {"hair_front": {"hair_side"}, "clothing": {"body"}, "background": {"hair_front", "clothing"}}
    for layer_id, shown in kept.items():
        for job in tile_jobs(window, layer_id):
            assert all(job.design.parts.get(other) for other in shown), (layer_id, job.key)
    assert all(window.doc.design.parts[other] for other in ("hair_front", "hair_side", "clothing"))


def test_tiles_stay_inside_the_canvas_and_follower_layers_have_no_tab(make_window):
    window = make_window()
    for job in tile_jobs(window, "hair_back"):
        x, y, w, h = job.view.box
        assert x >= 0 and y >= 0 and x + w <= window.pack.canvas and y + h <= window.pack.canvas
    # the locks over the shoulders follow the back hair: a chip for them would choose nothing
    assert all("hair_locks" not in c.layers for c in window.layers.cats)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_no_tile_caption_is_cut_at_1024_and_1280(make_window, qtbot, lang):
    """Every part name of every category shows whole under its tile in 4 or more columns, measured
    with QFontMetrics in the font it is drawn in: each drawn line fits the tile, the lines hold the
    whole name, and they fit in the tile's height; the drawn type is at least 7.5 pt."""
    from PySide6.QtGui import QFontMetrics

    from avatarstudio.gui import i18n
    from avatarstudio.gui.panels.captions import PAD

    i18n.install(lang)
    try:
        window = make_window()
        panel = window.layers
        for size in ((1024, 700), (1280, 800)):
            window.resize(*size)
            qtbot.waitUntil(lambda s=size: window.width() == s[0], timeout=3000)
            for category in (c for c in panel.cats if c.kind == "parts"):
                for layer_id in category.layers:
                    panel.show_category_of(layer_id)
                    qtbot.wait(1)
                    grid = panel.parts
                    assert grid.viewport().width() // grid.gridSize().width() >= 4, size
                    cell = grid.gridSize()
                    room = cell.height() - grid.iconSize().height() - 3 * PAD
                    delegate = grid.itemDelegate()
                    for i in range(grid.count()):
                        index = grid.model().index(i, 0)
                        name = index.data()
                        caption = delegate.caption(index, grid)
                        metrics = QFontMetrics(caption.font)
                        assert not caption.cut, (size, layer_id, name)
                        assert caption.font.pointSizeF() >= 7.5, (name, caption.font.pointSizeF())
                        assert "".join(caption.lines).replace(" ", "") == name.replace(" ", ""), name
                        for line in caption.lines:
                            assert metrics.horizontalAdvance(line) <= cell.width() - 2 * PAD, (size, line)
                        assert len(caption.lines) * metrics.height() <= room, (size, name, caption.lines)
                        assert grid.item(i).toolTip() == name
    finally:
        i18n.install("en")


def test_outfit_tiles_are_cropped_to_the_garment(make_window):
    """Clothes span the shoulders: their tiles show the garment's middle (neckline, chest), not the
    whole avatar with the clothes a thin band at its foot; narrow regions keep their square."""
    window = make_window()
    canvas = window.pack.canvas
    for layer_id in ("clothing", "body"):
        x0, y0, x1, y1 = window.pack.layer(layer_id).region
        for job in tile_jobs(window, layer_id):
            x, y, w, h = job.view.box
            assert w <= 0.65 * canvas, (layer_id, job.view.box)  # was the whole 1024 px canvas
            assert y + h >= y1 - 1 and y <= y0 and y + h <= canvas  # the garment's top to the foot
            assert x < (x0 + x1) / 2 < x + w
    eyes = tile_jobs(window, "eyes")[0].view.box
    x0, _y0, x1, _y1 = window.pack.layer("eyes").region
    assert eyes[0] <= x0 and eyes[0] + eyes[2] >= x1  # both eyes whole
