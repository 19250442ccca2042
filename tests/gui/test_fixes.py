"""The studio's fixes, each driven as a user would: quit, export listing, re-export, open folder,
undo texts and Japanese, Qt's own translations, saved locks, the swatch focus group."""

import re
import zipfile

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QToolButton

from avatarstudio.core import design as design_io

CJK = "\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef"


def test_ctrl_q_is_registered_once_and_quits(make_window, qtbot):
    window = make_window()
    keys = [s.toString() for s in window.a_quit.shortcuts()]
    assert keys.count("Ctrl+Q") == 1
    for action in window.actions():
        sequences = [s.toString() for s in action.shortcuts()]
        assert len(sequences) == len(set(sequences)), action.objectName()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)


def _kit_dialog(window, folder, platforms):
    dialog = window.export_dialog()
    dialog.folder.setText(str(folder))
    dialog.kit.setChecked(True)
    dialog.set_selected(platforms)
    return dialog


def _export(qtbot, dialog):
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.thread is None, timeout=120000)
    assert "failed" not in dialog.status.text(), dialog.status.text()


def test_export_dialog_lists_exactly_what_is_written_with_zip_members(make_window, qtbot, tmp_path):
    window = make_window()
    out = tmp_path / "kits"
    dialog = _kit_dialog(window, out, ["line"])
    planned = dialog.file_texts()
    for name in ("line/avatar.png", "line/alt.txt", "line/alt.ja.txt", "line/profile.txt"):
        assert name in planned
    _export(qtbot, dialog)
    on_disk = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    rows = dialog.file_texts()
    # the sticker and emoji files (zip members) were named before anything was written
    assert rows == [r for r in planned if r.startswith("line/")]
    assert any(r.endswith(".zip") for r in planned) and any(".zip/" in r for r in planned)
    listed = [r for r in rows if not any(r.startswith(z + "/") for z in rows if z.endswith(".zip"))]
    assert sorted(listed) == on_disk
    zips = [p for p in on_disk if p.endswith(".zip")]
    assert zips, "the LINE kit writes its sticker set as a zip"
    for rel in zips:
        with zipfile.ZipFile(out / rel) as zf:
            assert [r[len(rel) + 1 :] for r in rows if r.startswith(rel + "/")] == zf.namelist()
    dialog.close()


def test_re_export_asks_and_can_write_a_new_folder(make_window, qtbot, tmp_path):
    window = make_window()
    out = tmp_path / "avatars"
    dialog = window.export_dialog()
    dialog.kit.setChecked(False)
    dialog.folder.setText(str(out))
    dialog.set_selected(["x"])
    asked = []
    dialog.ask_existing = lambda folder: asked.append(folder) or "new"
    _export(qtbot, dialog)
    assert asked == []  # an empty folder is not asked about
    first = (out / "x-avatar.png").read_bytes()
    window.generate.randomise_all()
    dialog.doc = window.doc
    _export(qtbot, dialog)
    assert asked == [out]
    assert (out / "x-avatar.png").read_bytes() == first  # the first export is untouched
    assert (tmp_path / "avatars-2" / "x-avatar.png").exists()
    assert dialog.folder.text() == str(tmp_path / "avatars-2")
    dialog.ask_existing = lambda folder: "cancel"
    dialog.export_button.click()
    assert dialog.thread is None and not (tmp_path / "avatars-3").exists()
    dialog.close()


def test_open_folder_failure_is_shown(make_window, qtbot, tmp_path, monkeypatch):
    from avatarstudio.gui import export_dialog

    window = make_window()
    dialog = window.export_dialog()
    dialog.kit.setChecked(False)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.set_selected(["x"])
    _export(qtbot, dialog)
    monkeypatch.setattr(export_dialog.QDesktopServices, "openUrl", staticmethod(lambda url: False))
    assert dialog.open_button.isEnabled()
    dialog.open_button.click()
    text = dialog.status.text()
    assert str(tmp_path / "out") in text and "file manager" in text
    dialog.close()


def test_undo_texts_follow_the_current_language(make_window, qtbot):
    window = make_window()
    window.colours.set_colour("background", "#123456")
    window.generate.randomise_all()
    english = [window.doc.stack.text(i) for i in range(window.doc.stack.count())]
    assert english[-1] == "Randomise" and window.a_undo.text() == "&Undo Randomise"
    try:
        window.set_language("ja")
        qtbot.waitUntil(lambda: window.doc.stack.text(1) != "Randomise", timeout=2000)
        japanese = [window.doc.stack.text(i) for i in range(window.doc.stack.count())]
        assert japanese[-1] == "ランダム生成" and "の色" in japanese[0]
        assert "元に戻す" in window.a_undo.text() and "ランダム生成" in window.a_undo.text()
        window.doc.stack.undo()
        assert "やり直す" in window.a_redo.text()
    finally:
        window.set_language("en")
    qtbot.waitUntil(lambda: window.doc.stack.text(1) == "Randomise", timeout=2000)


def _texts(window):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    out = [w.text() for w in window.findChildren(QLabel)]
    out += [w.text() for w in window.findChildren(QAbstractButton)]
    out += [w.toolTip() for w in window.findChildren(QAbstractButton)]
    out += [a.text() for a in window.findChildren(type(window.a_quit))]
    out += [window.doc.stack.text(i) for i in range(window.doc.stack.count())]
    return out


def test_japanese_has_no_stray_spaces_between_words(builtin_pack, qtbot, settings, tmp_path):
    from avatarstudio.core.generate import generate
    from avatarstudio.gui import i18n
    from avatarstudio.gui.mainwindow import MainWindow

    i18n.install("ja")
    try:
        window = MainWindow(builtin_pack, generate(builtin_pack, "ja"), settings=settings, autosave=False)
        qtbot.addWidget(window)
        slot = next(s for s in builtin_pack.slots.values() if s.link)
        window.colours.set_colour(slot.id, "#334455")
        window.colours.set_linked(slot.id, True)
        texts = _texts(window)
        assert any("と同じ" in t for t in texts)
        stray = [t for t in texts if re.search(f"[{CJK}] [{CJK}]", t)]
        assert not stray, stray
        window._closing = True
        window.close()
        window.thread.stop()
    finally:
        i18n.install("en")


def test_qt_own_dialogs_are_translated(qapp):
    from avatarstudio.gui import i18n

    try:
        i18n.install("ja")
        assert any((d / "qtbase_ja.qm").exists() for d in i18n.qt_translation_dirs())
        looked = QCoreApplication.translate("QFileDialog", "Look in:")
        assert looked != "Look in:" and re.search(f"[{CJK}]", looked)
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    finally:
        i18n.install("en")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"


def test_locks_are_saved_in_the_design_and_reopened(make_window, tmp_path):
    window = make_window()
    window.state.set_layer_locked("eyes", True)
    window.state.set_slot_locked("skin", True)
    path = tmp_path / "locked.avatar.json"
    assert window.save_to(path)
    saved = design_io.load(path)
    assert saved.locked_layers == {"eyes"} and saved.locked_slots == {"skin"}
    other = make_window()
    assert other.state.locked_layers == set()
    assert other.open_path(path, ask=False)
    assert other.state.locked_layers == {"eyes"} and other.state.locked_slots == {"skin"}
    assert other.layers.lock.isChecked() is (other.state.layer == "eyes")
    # Without locks the key is left out, and a file without it loads with nothing locked.
    import dataclasses

    plain = dataclasses.replace(saved, locked_layers=frozenset(), locked_slots=frozenset())
    assert "locks" not in design_io.to_dict(plain)
    assert design_io.loads(design_io.dumps(plain)).locked_layers == frozenset()


def test_locks_are_restored_by_crash_recovery(make_window, tmp_path):
    data = tmp_path / "data"
    first = make_window(data_dir=data)
    first.state.set_layer_locked("hat", True)
    first.state.set_slot_locked("background", True)
    first.generate.randomise_all()
    first.autosave_now()
    first.autosaver.lock.unlock()  # the process is gone: its lock is free, its autosave stays
    first.autosaver = None
    first._closing = True
    first.close()
    second = make_window(data_dir=data)
    second.ask_restore = lambda recovery: True
    assert second.check_recovery()
    assert second.state.locked_layers == {"hat"} and second.state.locked_slots == {"background"}
    kept = second.doc.design
    second.generate.randomise_all()
    assert second.doc.design.colours.get("background") == kept.colours.get("background")


def test_swatches_are_one_focus_group_with_arrow_keys(make_window, qtbot):
    window = make_window()
    window.layers.show_category("eyes")  # its colours, left and right eye, sit under its grid
    if "eye_right" in window.doc.design.linked:  # a linked slot's swatches are folded away
        window.colours.rows["eye_right"].link.click()
    window.focus_panel("colours")
    panel = window.colours
    group = panel.swatch_group
    swatches = group.buttons
    assert len(swatches) > 3
    tab_stops = [b for b in swatches if b.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert tab_stops == [group.current]
    # Walk the focus chain: exactly one swatch is reached by Tab.
    assert [sid for sid, row in panel.rows.items() if row.isVisible()] == ["eye_left", "eye_right"]
    start = panel.rows["eye_left"].lock
    start.setFocus(Qt.FocusReason.TabFocusReason)
    reached, widget = [], start
    for _ in range(200):
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        if widget in swatches and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            reached.append(widget)
    assert len(reached) == 1
    first = group.current
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is swatches[1] and group.current is swatches[1]
    assert not (first.focusPolicy() & Qt.FocusPolicy.TabFocus)
    qtbot.keyClick(swatches[1], Qt.Key.Key_Left)
    assert QApplication.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Down)  # the next line of swatches (the next slot here)
    below = QApplication.focusWidget()
    assert isinstance(below, QToolButton) and group.where[below][0] == 1
    before = window.doc.design
    qtbot.keyClick(below, Qt.Key.Key_Space)
    assert window.doc.design != before
