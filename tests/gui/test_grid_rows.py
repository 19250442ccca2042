"""The part grid at 1024x700: four columns, whole rows (none cut at the grid's foot), the wheel and
the scroll bar move by whole rows, and the scroll bar shows when more tiles are below."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication


@pytest.fixture
def mini_pack(builtin_pack):
    return builtin_pack


def wheel(widget, notches: int) -> None:
    pos = QPointF(widget.rect().center())
    event = QWheelEvent(
        pos,
        QPointF(widget.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_grid_shows_whole_rows_and_scrolls_by_rows(make_window, qtbot, sized, lang):
    window = make_window()
    sized(window, 1024, 700)
    panel = window.layers
    grid = panel.parts
    for category in ("hair", "outfit", "eyes", "face"):
        panel.show_category(category)
        qtbot.waitUntil(lambda: grid.viewport().height() % grid.gridSize().height() == 0, timeout=3000)
        qtbot.wait(30)
        row = grid.gridSize().height()
        columns = grid.viewport().width() // grid.gridSize().width()
        assert columns >= 4, (category, columns)
        assert grid.viewport().height() % row == 0, (category, grid.viewport().height(), row)  # none cut
        rows = grid.viewport().height() // row
        assert rows == panel.rows_shown()
        more = -(-grid.count() // columns) > rows
        assert grid.verticalScrollBar().isVisible() == more, category
        if category == "hair":
            assert rows >= 3, rows  # was 2 and a part
            colours = window.colours  # right under the grid, whole
            top = colours.mapTo(window, QPoint(0, 0)).y()
            gap = top - grid.mapTo(window, QPoint(0, grid.height())).y()
            assert 0 <= gap <= 12, gap
            assert colours.height() >= colours.sizeHint().height()
    panel.show_category("hair")
    window.state.select_layer("hair_back")
    qtbot.wait(200)  # the grid has scrolled to the chosen part
    bar, row = grid.verticalScrollBar(), grid.gridSize().height()
    wheel(grid.viewport(), -50)  # far up: the top row
    assert bar.value() == 0 and bar.maximum() >= 3 * row
    wheel(grid.viewport(), 1)
    assert bar.value() == row  # one notch, one row
    wheel(grid.viewport(), 2)
    assert bar.value() == 3 * row
    wheel(grid.viewport(), -1)
    assert bar.value() == 2 * row
    bar.setSliderDown(True)
    bar.setValue(row + row // 3)  # dragged between two rows
    bar.setSliderDown(False)
    qtbot.waitUntil(lambda: bar.value() % row == 0, timeout=2000)
    assert bar.value() == row
    bar.setValue(2 * row - row // 4)  # a key or a script stopping between rows: settles too
    qtbot.waitUntil(lambda: bar.value() % row == 0, timeout=2000)
    assert bar.value() == 2 * row


def test_a_linked_colour_folds_its_swatches_away(make_window, qtbot):
    """'Same as left eye' on: the right eye's swatches (which would only unlink it) fold away, so the
    eyes' grid keeps its rows; off: they are back, in the arrow-key group too."""
    window = make_window()
    window.layers.show_category("eyes")
    colours, right = window.colours, window.colours.rows["eye_right"]
    if "eye_right" in window.doc.design.linked:
        right.link.click()
    assert right.palette_box.isVisible() and right.swatches[0] in colours.swatch_group.buttons
    open_height = colours.sizeHint().height()
    right.link.click()
    assert "eye_right" in window.doc.design.linked
    assert not right.palette_box.isVisible() and right.swatches[0] not in colours.swatch_group.buttons
    qtbot.waitUntil(lambda: colours.sizeHint().height() < open_height - 40, timeout=2000)
    window.doc.stack.undo()
    assert right.palette_box.isVisible() and right.swatches[0] in colours.swatch_group.buttons
