"""The maker layout: category tabs, close-up part grid, colours under it, canvas buttons, first-run
hint, responsive sizes, themes, sliders, and framing per platform on the canvas."""

import dataclasses

from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QWheelEvent

from avatarstudio.core import design as design_io


def _open(window, qtbot, cid):
    panel = window.layers
    index = [c.id for c in panel.cats].index(cid)
    qtbot.mouseClick(panel.categories.button(index), Qt.MouseButton.LeftButton)
    assert panel.category.id == cid


def test_categories_hold_every_layer_and_show_their_colours(make_window, qtbot, mini_pack):
    window = make_window()
    panel = window.layers
    ids = [c.id for c in panel.cats]
    assert ids == ["face", "eyes", "accessories", "background", "expression", "pose"]  # the mini pack's
    assert {lid for c in panel.cats for lid in c.layers} == {lay.id for lay in mini_pack.layers}
    for i in range(panel.categories.count()):
        button = panel.categories.button(i)
        assert button.text() and not button.icon().isNull() and button.toolTip()
    _open(window, qtbot, "eyes")
    assert window.state.layer == "eyes"
    shown = [sid for sid, row in window.colours.rows.items() if row.isVisible()]
    assert shown == ["eye_left", "eye_right"]
    assert window.layers.parts.count() == 2  # dots, big (closed has weight 0)
    _open(window, qtbot, "accessories")
    assert window.state.layer == "hat" and [s for s, r in window.colours.rows.items() if r.isVisible()] == [
        "accessory"
    ]
    _open(window, qtbot, "expression")
    assert panel.stack.currentWidget() is window.expressions
    _open(window, qtbot, "pose")
    assert panel.stack.currentWidget().widget() is window.adjust


def test_part_tiles_are_close_ups_with_eyes_open_and_full_names_in_tooltips(make_window, qtbot, monkeypatch):
    window = make_window()
    window.doc.push(dataclasses.replace(window.doc.design, expression="wink"), "wink")
    submitted = []
    real = window.thread.submit
    monkeypatch.setattr(
        window.thread, "submit", lambda ch, jobs: (submitted.append((ch, jobs)), real(ch, jobs))
    )
    _open(window, qtbot, "eyes")
    window.layers.request_thumbnails()
    jobs = [j for ch, js in submitted if ch == "parts" for j in js]
    assert jobs
    for job in jobs:
        view = job.view
        assert view.expression == "neutral"  # eyes open although the design winks
        assert view.box[2] < 0.6 * window.pack.canvas  # cropped to the eyes, not the whole head
    grid = window.layers.parts
    for i in range(grid.count()):
        part = window.pack.layer("eyes").part(window.layers.part_ids[i])
        assert grid.item(i).toolTip() == part.label


def test_grid_has_four_to_six_columns_and_the_preview_stays_large(make_window, qtbot):
    window = make_window()
    for size, least in (((1024, 700), 420), ((1280, 800), 520), ((1920, 1080), 700)):
        window.resize(*size)
        qtbot.waitUntil(lambda s=size: window.width() == s[0], timeout=3000)
        qtbot.wait(50)
        grid = window.layers.parts
        columns = grid.viewport().width() // grid.gridSize().width()
        assert 4 <= columns <= 6, (size, columns)
        side = window.preview.side() / window.preview.devicePixelRatioF()
        assert side >= least, (size, side)


def test_first_window_fits_the_screen():
    from avatarstudio.gui.mainwindow import FRAME, first_size

    assert first_size(QSize(1280, 800)) == QSize(1280 - FRAME[0], 800 - FRAME[1])  # frame included
    assert first_size(QSize(1024, 700)) == QSize(1024 - FRAME[0], 700 - FRAME[1])
    assert first_size(QSize(2560, 1440)) == QSize(1280, 800)


def test_canvas_dice_undo_redo_buttons(make_window, qtbot):
    window = make_window()
    canvas = window.canvas
    assert canvas.dice.isVisible() and canvas.undo.isVisible() and canvas.redo.isVisible()
    assert not canvas.undo.isEnabled()
    start = window.doc.design
    qtbot.mouseClick(canvas.dice, Qt.MouseButton.LeftButton)
    assert window.doc.design != start and canvas.undo.isEnabled()
    qtbot.mouseClick(canvas.undo, Qt.MouseButton.LeftButton)
    assert window.doc.design == start and canvas.redo.isEnabled()
    qtbot.mouseClick(canvas.redo, Qt.MouseButton.LeftButton)
    assert window.doc.design != start


def test_first_run_hint_shows_once(make_window, qtbot, settings):
    window = make_window()
    assert window.canvas.hint_box.isVisible() and "category" in window.canvas.hint.text()
    qtbot.mouseClick(window.canvas.hint_close, Qt.MouseButton.LeftButton)
    assert not window.canvas.hint_box.isVisible()
    again = make_window()
    assert not again.canvas.hint_box.isVisible()


def test_light_and_dark_themes_follow_the_system(make_window, monkeypatch, settings):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from avatarstudio.gui import theme

    window = make_window()
    app = QApplication.instance()
    try:
        window.set_theme("dark")
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 60
        assert settings.value("theme") == "dark"
        window.set_theme("light")
        assert app.palette().color(QPalette.ColorRole.Window).lightness() > 200
        monkeypatch.setattr(theme, "system_is_dark", lambda: True)
        window.set_theme("system")
        assert theme.current() == "dark"
        assert app.font().pointSizeF() >= theme.BASE_POINT_SIZE
        disabled = app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
        assert disabled != app.palette().color(QPalette.ColorRole.ButtonText)
    finally:
        monkeypatch.setattr(theme, "system_is_dark", lambda: False)
        window.set_theme("light")


def test_sliders_reset_one_at_a_time_and_fixed_ones_look_disabled(make_window, qtbot):
    window = make_window()
    _open(window, qtbot, "pose")
    adjust = window.adjust
    window.state.select_layer("face")
    assert adjust.layer_combo.currentData() == "face"
    adjust.sliders["x"].setValue(adjust.sliders["x"].maximum())
    adjust.sliders["scale"].setValue(adjust.sliders["scale"].minimum())
    tf = window.doc.design.transform("face")
    assert tf.x == 20 and abs(tf.scale - 0.9) < 1e-6
    assert adjust.resets["x"].isEnabled() and not adjust.resets["rotate"].isEnabled()
    qtbot.mouseClick(adjust.resets["x"], Qt.MouseButton.LeftButton)
    tf = window.doc.design.transform("face")
    assert tf.x == 0 and abs(tf.scale - 0.9) < 1e-6  # only that slider went back
    window.state.select_layer("eyes")  # the pack lets nothing of the eyes move
    for name, slider in adjust.sliders.items():
        assert not slider.isEnabled() and adjust.values[name].text() == "—"
        assert slider.value() == (slider.minimum() + slider.maximum()) // 2  # the handle rests mid-way
        assert not adjust.resets[name].isEnabled()


def test_framing_on_the_canvas_is_saved_per_platform_and_used_by_exports(make_window, qtbot, tmp_path):
    from avatarstudio.export.avatar import export_target
    from avatarstudio.render import Renderer

    window = make_window()
    window.focus_panel("platform")
    panel = window.platform
    panel.combo.setCurrentIndex(panel.combo.findData("x:avatar"))
    target = panel.target()
    plain = export_target(window.pack, window.doc.design, target, Renderer())
    qtbot.mouseClick(panel.frame, Qt.MouseButton.LeftButton)
    assert window.preview.frame_target is target
    centre = QPointF(window.preview.rect().center())
    wheel = QWheelEvent(
        centre,
        window.preview.mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    window.preview.wheelEvent(wheel)
    framing = window.doc.design.framing["x:avatar"]
    assert abs(framing.zoom - 1.21) < 1e-3 and framing.dx == 0
    qtbot.mousePress(window.preview, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    qtbot.mouseMove(window.preview, centre.toPoint() + QPoint(30, 0))
    qtbot.mouseRelease(window.preview, Qt.MouseButton.LeftButton, pos=centre.toPoint() + QPoint(30, 0))
    framing = window.doc.design.framing["x:avatar"]
    assert framing.dx < 0  # dragging the avatar right moves the crop left
    assert set(window.doc.design.framing) == {"x:avatar"}  # other platforms keep their own crop
    framed = export_target(window.pack, window.doc.design, target, Renderer())
    assert framed != plain
    path = tmp_path / "framed.avatar.json"
    assert window.save_to(path)
    assert design_io.load(path).framing == window.doc.design.framing
    qtbot.mouseClick(panel.frame_reset, Qt.MouseButton.LeftButton)
    assert "x:avatar" not in window.doc.design.framing
    assert export_target(window.pack, window.doc.design, target, Renderer()) == plain


def test_safe_circle_warning_fires_when_the_face_leaves_the_visible_area(qtbot, mini_pack, settings):
    from avatarstudio.core.design import Framing
    from avatarstudio.core.generate import generate
    from avatarstudio.gui.mainwindow import MainWindow

    pack = dataclasses.replace(
        mini_pack, anchors={"head_left": 312, "head_right": 712, "hairline": 300, "chin": [512, 700]}
    )
    window = MainWindow(pack, generate(pack, "safe"), settings=settings, autosave=False)
    qtbot.addWidget(window)
    panel = window.platform
    panel.combo.setCurrentIndex(panel.combo.findData("x:avatar"))
    panel.request()
    assert panel.warning.text() == ""
    window.doc.push(window.doc.design.with_framing("x:avatar", Framing(3.0, 0, 0)), "zoom")
    panel.request()
    assert "safe circle" in panel.warning.text()
    window._closing = True
    window.close()
    window.thread.stop()


def test_x_avatar_and_line_stickers_in_two_clicks_with_the_defaults(make_window, qtbot, tmp_path, settings):
    """Launch, click Export on the canvas, click Export in the dialog: an X avatar and a LINE pack."""
    out = tmp_path / "first-export"
    settings.setValue("export/folder", str(out))  # only where, not what: the platforms are the defaults
    window = make_window()
    clicks = 0
    qtbot.mouseClick(window.canvas.export, Qt.MouseButton.LeftButton)
    clicks += 1
    dialog = window.last_export_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    clicks += 1
    qtbot.waitUntil(lambda: dialog.thread is None, timeout=120000)
    assert "failed" not in dialog.status.text(), dialog.status.text()
    assert (out / "x" / "avatar.png").exists()
    assert (out / "line" / "line-stickers.zip").exists()
    assert clicks <= 4
    dialog.close()


def test_previews_before_export_show_header_card_stickers_and_emoji(make_window, qtbot):
    window = make_window()
    dialog = window.export_dialog()
    dialog.set_selected(["line"])
    dialog.tabs.setCurrentWidget(dialog.preview)
    preview = dialog.preview
    assert preview.combo.currentData() == "line"
    qtbot.waitUntil(lambda: preview.worker is None, timeout=60000)
    kinds = [k for k, _ in preview.shown]
    assert "banner" in kinds
    stickers = [label for k, label in preview.shown if k == "sticker"]
    assert len(stickers) == 8  # four stickers, each on a light and a dark chat
    emoji_sizes = {label.pixmap().width() for k, label in preview.shown if k == "emoji"}
    assert len(emoji_sizes) == 2  # in text and alone
    preview.show_platform("bluesky")
    qtbot.waitUntil(lambda: preview.worker is None, timeout=60000)
    assert "card" in [k for k, _ in preview.shown] and "sticker" not in [k for k, _ in preview.shown]
    dialog.close()
