"""Nothing cut in a 1024x700 window, in English and Japanese: the category rail shows every name whole
without a scroll bar, the right dock's three tabs all show; a shorter window shows the rail's icons."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabBar


@pytest.fixture
def mini_pack(builtin_pack):
    """The real art: ten categories."""
    return builtin_pack


def test_nothing_is_cut_at_1024x700(make_window, qtbot, sized, lang):
    window = make_window()
    for size in ((1024, 700), (1280, 800)):
        sized(window, *size)
        rail, area = window.layers.categories, window.layers.tabs_area
        assert len(rail.buttons) == 10
        for button in rail.buttons:
            assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon, size
            assert button.fontMetrics().horizontalAdvance(button.text()) <= button.contentsRect().width()
            bottom = button.mapTo(area.viewport(), button.rect().bottomLeft()).y()
            assert bottom < area.viewport().height(), (size, button.text())  # not below the fold
        generate = window.generate_split.widget(0)  # randomise and the neighbours, history under them
        qtbot.waitUntil(lambda g=generate: not g.verticalScrollBar().isVisible(), timeout=2000)
        assert not generate.horizontalScrollBar().isVisible()
        assert window.history.height() >= 60
        window.layers.show_category("hair")  # three layer chips: two lines at 1024
        qtbot.wait(10)
        chips = window.layers.layers
        for i in range(chips.count()):
            assert chips.viewport().rect().contains(chips.visualItemRect(chips.item(i))), chips.item(i).text()
        bars = [b for b in window.findChildren(QTabBar) if b.isVisible() and b.count() > 1]
        tabs = [
            bar
            for bar in bars
            if window.docks["generate"].windowTitle() in map(bar.tabText, range(bar.count()))
        ]
        assert len(tabs) == 1
        bar = tabs[0]
        assert bar.count() == 3, [bar.tabText(i) for i in range(bar.count())]
        for i in range(bar.count()):
            rect = bar.tabRect(i)
            assert rect.right() < bar.width(), (size, bar.tabText(i))
            assert bar.fontMetrics().horizontalAdvance(bar.tabText(i)) <= rect.width(), bar.tabText(i)


def test_history_sits_under_generate_and_a_short_window_shows_the_rail_as_icons(make_window, qtbot, sized):
    window = make_window()
    window.focus_panel("history")
    assert window.history.hasFocus() and window.docks["generate"].isAncestorOf(window.history)
    sized(window, 1024, 540)
    rail = window.layers.categories
    assert all(b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly for b in rail.buttons)
    assert all(b.toolTip() for b in rail.buttons)  # the names are still there to read
    sized(window, 1024, 700)
    assert all(b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon for b in rail.buttons)


def test_the_tools_panels_fit_the_tools_dock_at_1024(make_window, qtbot, sized, lang):
    """Generate, Persona and Platforms in a 212 px dock: no horizontal scroll bar (the platform's
    frame button and its three real sizes in a row were wider and scrolled the panel sideways)."""
    window = make_window()
    sized(window, 1024, 700)
    for name, panel in (
        ("generate", window.generate),
        ("persona", window.persona),
        ("platform", window.platform),
    ):
        window.focus_panel(name)
        qtbot.wait(30)
        area = panel.parentWidget().parentWidget()
        assert panel.minimumSizeHint().width() <= area.viewport().width(), name
        assert not area.horizontalScrollBar().isVisible(), name
