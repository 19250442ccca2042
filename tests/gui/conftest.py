"""GUI tests: offscreen, isolated settings and data folders, and any Qt warning fails the test."""

import os
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler

# Messages that are limitations of the headless test platform, not of the app.
IGNORED = (
    "This plugin does not support propagateSizeHints()",  # offscreen QPA: no window manager hints
)


def pytest_collection_modifyitems(config, items):
    # Our own message handler below replaces pytest-qt's capture for GUI tests.
    for item in items:
        if "tests/gui" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.no_qt_log)


_SEEN: list[str] = []


def _handler(mode, context, message):
    if mode == QtMsgType.QtFatalMsg:
        sys.stderr.write(f"Qt fatal: {message}\n")
    if mode not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) and not any(i in message for i in IGNORED):
        _SEEN.append(f"{mode.name}: {message}")


qInstallMessageHandler(_handler)  # once for the session; each test checks what arrived during it


@pytest.fixture(autouse=True)
def qt_warnings_fail(qapp):
    _SEEN.clear()
    yield _SEEN
    seen = list(_SEEN)
    _SEEN.clear()
    assert not seen, "Qt warnings:\n" + "\n".join(seen)


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path, monkeypatch):
    data = tmp_path / "userdata"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    yield tmp_path


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, mini_pack, tmp_path, settings):
    from PySide6.QtWidgets import QMessageBox

    from avatarstudio.core.generate import generate
    from avatarstudio.gui.mainwindow import MainWindow

    made = []

    def make(design=None, data_dir=None, **kw):
        window = MainWindow(
            mini_pack,
            design or generate(mini_pack, "gui-test"),
            settings=settings,
            data_dir=data_dir or tmp_path / "data",
            **kw,
        )
        window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
        window.show_error = lambda title, message: made_errors.append(message)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        from PySide6.QtWidgets import QApplication

        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
        made.append(window)
        return window

    made_errors: list[str] = []
    make.errors = made_errors
    yield make
    for window in made:
        window.thread.stop()
