"""GUI tests: offscreen, isolated settings and data folders."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings

# Qt warnings fail the test through pytest-qt itself (qt_log_level_fail in pyproject.toml).


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


@pytest.fixture(params=["en", "ja"])
def lang(request):
    """The test runs once in English and once in Japanese."""
    from avatarstudio.gui import i18n

    i18n.install(request.param)
    yield request.param
    i18n.install("en")


@pytest.fixture
def sized(qtbot):
    """``sized(window, width, height)``: resize a window and wait until it has that size."""

    def resize(window, width, height):
        window.resize(width, height)
        qtbot.waitUntil(lambda: window.width() == width and window.height() == height, timeout=3000)
        qtbot.wait(30)

    return resize
