"""The export dialog's kit: built by export.kit.build_kit's two-process build (the same files as the
CLI's kit), with progress, Cancel (nothing written) and errors shown in the dialog."""

import dataclasses

from PySide6.QtCore import Qt
from support import MINI_PACK

from avatarstudio.export import kit as kit_module


def _dialog(window, out, ids=("x", "line")):
    dialog = window.export_dialog()
    dialog.folder.setText(str(out))
    dialog.set_selected(list(ids))
    assert dialog.kit.isChecked()
    return dialog


def _tree(folder):
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_the_studios_kit_is_built_in_two_processes_and_matches_the_cli(
    make_window, qtbot, tmp_path, monkeypatch
):
    from avatarstudio.cli import main

    builds = []
    real = kit_module._TwoProcesses.build

    def build(self, *a, **kw):
        builds.append((self.chosen, self.method))
        return real(self, *a, **kw)

    monkeypatch.setattr(kit_module._TwoProcesses, "build", build)
    window = make_window()  # the design of seed "gui-test", as the CLI's --seed makes it
    steps = []
    dialog = _dialog(window, tmp_path / "studio")
    dialog.progress.valueChanged.connect(lambda value: steps.append((value, dialog.status.text())))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.thread is None, timeout=180000)
    assert dialog.status.text().startswith("Done"), dialog.status.text()
    # with the helper process, spawned: the studio has Qt loaded and threads running
    assert [(sorted(p.id for p in chosen), method) for chosen, method in builds] == [(["line", "x"], "spawn")]
    assert len(steps) > 3 and [d for d, _ in steps] == sorted(d for d, _ in steps), steps  # it only goes on
    cli = tmp_path / "cli"
    code = main(
        ["kit", "--seed", "gui-test", "--pack", str(MINI_PACK), "--platform", "x,line", "-o", str(cli), "-q"]
    )
    assert code == 0
    studio = _tree(tmp_path / "studio")
    made = {k: v for k, v in _tree(cli).items() if k != "persona.avatar.json"}  # the CLI records its seed
    assert sorted(studio) == sorted(made) and any(k.endswith("stickers.zip") for k in studio)
    assert [k for k in studio if studio[k] != made[k]] == []
    assert sorted(dialog.written) == sorted(str(tmp_path / "studio" / k) for k in studio)


def test_cancel_stops_the_kit_and_writes_nothing(make_window, qtbot, tmp_path):
    window = make_window()
    out = tmp_path / "cancelled"
    dialog = _dialog(window, out, ("x",))
    dialog.export_button.click()
    assert dialog.cancel_button.isVisible() and dialog.cancel_button.isEnabled()
    thread = dialog.thread
    # Cancel as the first picture starts, in the export thread itself (no race with a fast machine)
    thread.progress.connect(lambda *_: setattr(thread, "cancelled", True), Qt.ConnectionType.DirectConnection)
    qtbot.waitUntil(lambda: dialog.thread is None, timeout=180000)
    assert dialog.status.text() == "Export cancelled."
    assert [p for p in out.rglob("*") if p.is_file()] == []
    assert not dialog.cancel_button.isVisible() and dialog.export_button.isEnabled()
    assert dialog.isVisible() and not dialog.open_button.isEnabled()


def test_closing_while_exporting_cancels_then_closes(make_window, qtbot, tmp_path):
    window = make_window()
    dialog = _dialog(window, tmp_path / "closed", ("x",))
    dialog.export_button.click()
    closed = []
    dialog.finished.connect(closed.append)
    dialog.reject()  # Esc or Close while the kit is being built: the window does not wait for it
    assert dialog.thread is not None and dialog.thread.cancelled and dialog.isVisible() and not closed
    assert "Cancelling" in dialog.status.text() and not dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: bool(closed), timeout=180000)  # closed (and deleted) once the export stopped
    assert [p for p in (tmp_path / "closed").rglob("*") if p.is_file()] == []


def test_a_kit_that_breaks_a_rule_is_reported_in_the_dialog(make_window, qtbot, tmp_path):
    from avatarstudio.core.presets import load_all

    platforms = load_all()
    x = platforms["x"]
    avatar = dataclasses.replace(x.targets["avatar"], max_bytes=10)  # no encoder can fit 10 bytes
    platforms["x"] = dataclasses.replace(x, targets={**x.targets, "avatar": avatar})
    window = make_window(platforms=platforms)
    out = tmp_path / "failed"
    dialog = _dialog(window, out, ("x",))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.thread is None, timeout=180000)
    text = dialog.status.text()
    assert text.startswith("Export failed:") and "within 10 bytes" in text, text
    assert [p for p in out.rglob("*") if p.is_file()] == []
