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
