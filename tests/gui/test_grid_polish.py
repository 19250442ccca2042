"""The maker's grid and swatches on the built-in art: names wrap rather than cut, the grid opens on whole
rows, tiles are not hidden by glasses, swatches keep an edge on both themes, few Tab stops."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from avatarstudio.gui import theme
from avatarstudio.gui.panels.common import swatch_icon


@pytest.fixture
def mini_pack(builtin_pack):
    """These tests look at the real art's names and grids (make_window draws with this pack)."""
    return builtin_pack


def grid_of(window, category: str, layer: str):
    window.layers.show_category(category)
    window.state.select_layer(layer)
    grid = window.layers.parts
    QApplication.processEvents()
    return grid


def test_grid_opens_on_whole_rows_with_the_chosen_part_shown(make_window, qtbot):
    window = make_window()
    window.resize(1280, 800)
    design = window.doc.design
    parts = [p.id for p in window.pack.layer("hair_back").parts if p.weight > 0]
    window.reset_design(design.with_part("hair_back", parts[-1]))  # the last tile: the grid must scroll
    grid = grid_of(window, "hair", "hair_back")
    bar = grid.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=2000)
    row = grid.gridSize().height()
    assert bar.value() % row == 0 or bar.value() == bar.maximum()  # no row half scrolled away at the top
    current = grid.visualItemRect(grid.currentItem())
    assert grid.viewport().rect().contains(current)


def test_eye_tiles_leave_out_the_glasses(make_window):
    window = make_window()
    design = window.doc.design.with_part("glasses", window.pack.layer("glasses").parts[0].id)
    window.reset_design(design)
    window.layers.show_category("eyes")
    submitted = []
    window.thread.submit = lambda channel, jobs: submitted.extend(jobs)
    window.layers._thumb_key = None
    window.layers.request_thumbnails()
    assert submitted and all(job.design.parts.get("glasses") is None for job in submitted)
    assert window.doc.design.parts["glasses"] is not None  # the design itself keeps them


@pytest.mark.parametrize("colours", [theme.DARK, theme.LIGHT])
def test_darkest_and_lightest_swatches_keep_an_edge(colours):
    ground = QColor(colours.window)
    for hex_colour in ("#26232b", "#f1f1f6", "#ffffff", "#000000"):
        image = swatch_icon(hex_colour, 18).pixmap(18, 18).toImage()
        edge, fill = image.pixelColor(0, 9), image.pixelColor(9, 9)
        # the ring differs from the swatch or from the ground, whichever the swatch is close to
        near = fill if abs(fill.lightnessF() - ground.lightnessF()) < 0.2 else ground
        assert (
            abs(edge.lightnessF() - near.lightnessF()) > 0.15
            or abs(edge.lightnessF() - fill.lightnessF()) > 0.15
        ), hex_colour


def test_colours_panel_tab_stops(make_window):
    """Eyes show two colour rows: two locks, two colour buttons, 'same as' and one stop for all 26 swatches."""
    window = make_window()
    window.layers.show_category("eyes")
    panel = window.colours
    visible = [row for row in panel.rows.values() if row.isVisible()]
    start = visible[0].lock
    start.setFocus(Qt.FocusReason.TabFocusReason)
    stops, widget = [start], start
    for _ in range(400):
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        if (
            panel.isAncestorOf(widget)
            and widget.isVisibleTo(window)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            stops.append(widget)
    # (the scroll area round the rows was a seventh stop that did nothing)
    assert len(stops) == 6, [w.objectName() or type(w).__name__ for w in stops]
