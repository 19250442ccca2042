"""Drive the studio as a user would: pick, recolour, drag, randomise with a lock, undo, save, reopen, export."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolButton

from avatarstudio.core import design as design_io


def select_layer(window, qtbot, layer_id):
    """Click the layer's category tab, then its chip when the category holds several layers."""
    from avatarstudio.gui.panels.categories import category_of

    panel = window.layers
    category = category_of(panel.cats, layer_id)
    qtbot.mouseClick(panel.categories.button(panel.cats.index(category)), Qt.MouseButton.LeftButton)
    assert panel.category is category
    lst = panel.layers
    for i in range(lst.count()):
        if panel._rows[i] == layer_id and lst.isVisible():
            rect = lst.visualItemRect(lst.item(i))
            qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            break
    assert window.state.layer == layer_id


def click_part(window, qtbot, part_id):
    grid = window.layers.parts
    for i in range(grid.count()):
        if window.layers.part_ids[i] == part_id:
            grid.scrollToItem(grid.item(i))
            rect = grid.visualItemRect(grid.item(i))
            qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"no part {part_id!r} in the grid")


def drag_slider(qtbot, slider, steps):
    """Press the handle, move it in several steps, release: as a mouse drag does."""
    from PySide6.QtTest import QTest

    slider.setFocus()
    handle = slider.style().subControlRect(
        slider.style().ComplexControl.CC_Slider,
        _slider_option(slider),
        slider.style().SubControl.SC_SliderHandle,
        slider,
    )
    start = handle.center()
    QTest.mousePress(slider, Qt.MouseButton.LeftButton, pos=start)
    for dx in steps:
        _move(slider, start + QPoint(dx, 0))
    QTest.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=start + QPoint(steps[-1], 0))


def _slider_option(slider):
    from PySide6.QtWidgets import QStyleOptionSlider

    opt = QStyleOptionSlider()
    slider.initStyleOption(opt)
    return opt


def _move(widget, pos):
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def press(qtbot, window, keys):
    """Type a shortcut where the keyboard focus is, as a user does."""
    from PySide6.QtWidgets import QApplication

    combo = QKeySequence(keys)[0]
    qtbot.keyClick(QApplication.focusWidget() or window, combo.key(), combo.keyboardModifiers())


def test_user_session_edit_undo_save_reopen_export(make_window, qtbot, tmp_path, monkeypatch):
    window = make_window()
    doc = window.doc
    start = doc.design

    # Pick parts from the thumbnail grid.
    select_layer(window, qtbot, "eyes")
    target = next(p for p in ("big", "dots") if p != doc.design.parts["eyes"])
    click_part(window, qtbot, target)
    assert doc.design.parts["eyes"] == target
    select_layer(window, qtbot, "hat")
    if doc.design.parts["hat"] is None:
        click_part(window, qtbot, "cap")
        assert doc.design.parts["hat"] == "cap"
    else:
        click_part(window, qtbot, "")  # the "None" tile of an optional layer
        assert doc.design.parts["hat"] is None
    steps_after_parts = doc.stack.index()
    assert steps_after_parts == 2

    # Recolour from a palette swatch.
    swatch = window.colours.findChild(QToolButton, "swatch_skin_dark")
    if doc.design.colours["skin"] == "#7d4e30":
        swatch = window.colours.findChild(QToolButton, "swatch_skin_light")
    window.focus_panel("colours")
    qtbot.mouseClick(swatch, Qt.MouseButton.LeftButton)
    assert (
        doc.design.colours["skin"] in ("#7d4e30", "#f6d7c3")
        and doc.design.colours["skin"] != start.colours["skin"]
    )
    assert doc.stack.index() == 3

    # Drag a slider: many values, one undo step.
    select_layer(window, qtbot, "face")
    window.focus_panel("adjust")
    slider = window.adjust.sliders["x"]
    qtbot.waitUntil(slider.isVisible, timeout=2000)
    qtbot.wait(50)  # the pose page is laid out before the user grabs a handle
    values = []
    slider.valueChanged.connect(values.append)
    drag_slider(qtbot, slider, [5, 10, 20, 30, 40])
    assert len(values) >= 3
    assert doc.design.transform("face").x != 0
    assert doc.stack.index() == 4

    # Randomise with a lock: the locked layer keeps its part.
    window.focus_panel("layers")
    window.layers.lock.click()
    assert "face" in window.state.locked_layers
    face = doc.design.parts["face"]
    for _ in range(5):
        press(qtbot, window, "Ctrl+R")
        assert doc.design.parts["face"] == face
    assert doc.stack.index() >= 5

    # Undo everything with the keyboard, back to the start.
    for _ in range(doc.stack.index()):
        press(qtbot, window, "Ctrl+Z")
    assert doc.stack.index() == 0
    assert doc.design == start
    press(qtbot, window, "Ctrl+Shift+Z")
    assert doc.stack.index() == 1
    press(qtbot, window, "Ctrl+Y")
    assert doc.stack.index() == 2

    # Save as, reopen in a new window, same design.
    path = tmp_path / "mine.avatar.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    press(qtbot, window, "Ctrl+Shift+S")
    assert path.exists() and not window.isWindowModified()
    saved = doc.design
    other = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    press(qtbot, other, "Ctrl+O")
    assert other.doc.design == saved
    assert other.doc.path == path
    assert str(path) in other.recent_files()

    # Export and find the files.
    out = tmp_path / "export"
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    press(qtbot, window, "Ctrl+E")
    dialog = window.last_export_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.folder.setText(str(out))
    dialog.kit.setChecked(False)  # avatar files only; the kit has its own test
    dialog.set_selected(["x", "discord"])
    planned = dialog.file_texts()
    assert any("x-avatar" in p for p in planned) and any("discord-" in p for p in planned)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.open_button.isEnabled() or "failed" in dialog.status.text(), timeout=20000)
    assert dialog.open_button.isEnabled(), dialog.status.text()
    files = sorted(p.name for p in out.iterdir())
    assert "x-avatar.png" in files and any(f.startswith("discord-") for f in files)
    assert dialog.progress.value() == dialog.progress.maximum()
    dialog.close()


def _recording(fn, into):
    def wrapper(*a, **k):
        result = fn(*a, **k)
        into.append(result)
        return result

    return wrapper


def test_slider_keyboard_steps_are_separate_undo_steps(make_window, qtbot):
    window = make_window()
    window.state.select_layer("face")
    slider = window.adjust.sliders["rotate"]
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert window.doc.stack.index() == 2
    assert window.doc.design.transform("face").rotate == pytest.approx(1.0)


def test_free_colour_picker_is_one_step_and_cancel_restores(make_window, qtbot):
    from PySide6.QtGui import QColor

    window = make_window()
    before = window.doc.design.colours["background"]
    dialog = window.colours.pick_colour("background")
    for c in ("#112233", "#223344", "#334455"):
        dialog.setCurrentColor(QColor(c))
    assert window.doc.design.colours["background"] == "#334455"
    dialog.accept()
    assert window.doc.stack.index() == 1
    window.doc.stack.undo()
    assert window.doc.design.colours["background"] == before

    dialog = window.colours.pick_colour("background")
    dialog.setCurrentColor(QColor("#abcdef"))
    dialog.reject()
    assert window.doc.design.colours["background"] == before


def test_linked_colour_and_colour_lock(make_window, qtbot):
    window = make_window()
    doc = window.doc
    if "eye_right" not in doc.design.linked:
        window.colours.rows["eye_right"].link.click()
    window.colours.set_colour("eye_left", "#2e9b6a")
    from avatarstudio.core.design import effective_colours

    assert effective_colours(window.pack, doc.design)["eye_right"] == "#2e9b6a"
    window.colours.rows["background"].lock.click()
    bg = doc.design.colours["background"]
    for _ in range(4):
        window.generate.randomise_all()
        assert doc.design.colours["background"] == bg


def test_vary_nearby_changes_one_or_two_parts_and_click_takes_it(make_window, qtbot):
    from avatarstudio.core.vary import changed_layers

    window = make_window()
    window.focus_panel("generate")
    window.generate.vary_nearby()
    near = window.generate.neighbours
    assert near
    for d in near:
        assert 1 <= len(changed_layers(window.doc.design, d)) <= 2
    qtbot.waitUntil(lambda: not window.generate.tiles[0].icon().isNull(), timeout=5000)
    qtbot.mouseClick(window.generate.tiles[0], Qt.MouseButton.LeftButton)
    assert window.doc.design == near[0]


def test_persona_fields_are_stored_and_typing_is_one_step(make_window, qtbot, tmp_path):
    window = make_window()
    window.focus_panel("persona")
    qtbot.keyClicks(window.persona.name, "Hoshi")
    assert window.doc.design.persona.display_name == "Hoshi"
    assert window.doc.stack.index() == 1
    window.persona.name.editingFinished.emit()
    qtbot.keyClicks(window.persona.handle, "@hoshi")
    window.persona.bio.setPlainText("Draws cats.")
    assert window.doc.design.persona.handle == "hoshi"  # the card and lists add the '@'
    assert window.persona.handle.text() == "@hoshi"  # the field keeps what was typed
    window.save_to(tmp_path / "p.avatar.json")
    again = design_io.load(tmp_path / "p.avatar.json")
    assert again.persona.display_name == "Hoshi" and again.persona.bio == "Draws cats."
    assert "Hoshi" in window.windowTitle()


def test_expression_strip_sets_expression(make_window, qtbot):
    window = make_window()
    strip = window.expressions.list
    qtbot.waitUntil(lambda: window.thread.idle(), timeout=5000)
    for i in range(strip.count()):
        if window.expressions.expr_ids[i] == "wink":
            qtbot.mouseClick(
                strip.viewport(), Qt.MouseButton.LeftButton, pos=strip.visualItemRect(strip.item(i)).center()
            )
    assert window.doc.design.expression == "wink"
    window.doc.stack.undo()
    assert window.doc.design.expression == "neutral"


def test_unsaved_changes_prompt(make_window, qtbot):
    window = make_window()
    window.generate.randomise_all()
    assert window.isWindowModified()
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible()
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    assert window.close()


def test_open_error_is_plain_words(make_window, tmp_path):
    window = make_window()
    bad = tmp_path / "bad.avatar.json"
    bad.write_text("{not json")
    assert not window.open_path(bad, ask=False)
    assert "bad.avatar.json" in make_window.errors[-1] and "Traceback" not in make_window.errors[-1]


def test_standard_shortcuts_and_accessible_names(make_window):
    window = make_window()
    shortcuts = {a.objectName(): [s.toString() for s in a.shortcuts()] for a in window.actions()}
    assert "Ctrl+S" in shortcuts["save"] and "Ctrl+Shift+S" in shortcuts["saveAs"]
    assert (
        "Ctrl+O" in shortcuts["open"]
        and "Ctrl+E" in shortcuts["export"]
        and "Ctrl+R" in shortcuts["randomise"]
    )
    assert "Ctrl+Z" in [s.toString() for s in window.a_undo.shortcuts()]
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= {s.toString() for s in window.a_redo.shortcuts()}
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QSlider

    missing = []
    for cls in (QSlider, QComboBox, QLineEdit, QListWidget):
        for w in window.findChildren(cls):
            if (
                w.isVisibleTo(window)
                and not w.accessibleName()
                and w.parent() is not None
                and not isinstance(w.parent(), QComboBox)
            ):
                missing.append(f"{cls.__name__} {w.objectName()}")
    for b in window.findChildren(QAbstractButton):
        if b.isVisibleTo(window) and not (b.text() or b.accessibleName() or b.toolTip()):
            missing.append(f"button {b.objectName()}")
    assert not missing, missing


def test_language_switch_shows_japanese_and_is_remembered(make_window, qtbot, settings):
    from avatarstudio.gui import i18n

    window = make_window()
    try:
        window.set_language("ja")
        qtbot.waitUntil(lambda: window.file_menu.title() != "&File", timeout=2000)
        assert "ファイル" in window.file_menu.title()
        assert window.docks["generate"].windowTitle() == "生成"
        assert window.layers.categories.button(0).text() == "顔"
        assert settings.value("language") == "ja"
    finally:
        window.set_language("en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File", timeout=2000)
    assert i18n.current() == "en"


def test_preview_renders_at_device_pixel_ratio(make_window, qtbot):
    window = make_window()
    # the mini pack is drawn by the bounded worker: on a busy machine its first answer may come late
    qtbot.waitUntil(lambda: window.preview.pixmap is not None, timeout=20000)
    pm = window.preview.pixmap
    assert pm is not None and pm.devicePixelRatio() == window.preview.devicePixelRatioF()
    assert pm.width() == window.preview.side()


def test_platform_preview_tiles_and_safe_circle_warning(make_window, qtbot, mini_pack):
    import dataclasses

    from avatarstudio.core.checks import face_outside_safe_circle
    from avatarstudio.core.design import Transform
    from avatarstudio.core.presets import FRAMINGS

    window = make_window()
    window.focus_panel("platform")
    qtbot.waitUntil(lambda: all(t.image is not None for t in window.platform.tiles.values()), timeout=5000)
    target = window.platform.target()
    sizes = {s for s, _ in window.platform.tiles}
    assert sizes and sizes <= set(target.display_sizes or (32, 48, 128))
    assert {d for _, d in window.platform.tiles} == {False, True}  # light and dark backgrounds
    anchors = {"head_left": 312, "head_right": 712, "hairline": 300, "chin": [512, 700]}
    pack = dataclasses.replace(mini_pack, anchors=anchors)
    design = window.doc.design
    assert not face_outside_safe_circle(pack, design, FRAMINGS["bust"])
    moved = design.with_transform("face", Transform(x=20, y=20, scale=1.1))
    assert face_outside_safe_circle(pack, moved, FRAMINGS["close"])


def test_export_persona_kit(make_window, qtbot, tmp_path):
    from avatarstudio.gui.export_dialog import kit_builder

    assert kit_builder() is not None
    window = make_window()
    dialog = window.export_dialog()
    dialog.folder.setText(str(tmp_path / "kits"))
    dialog.kit.setChecked(True)
    dialog.set_selected(["x"])
    assert "x/avatar.png" in dialog.file_texts()
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.thread is None, timeout=60000)
    assert "failed" not in dialog.status.text() and "Traceback" not in dialog.status.text(), (
        dialog.status.text()
    )
    assert (tmp_path / "kits" / "x" / "avatar.png").exists()
    dialog.close()
