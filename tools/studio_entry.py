"""Entry point of the windowed `avatarstudio-studio` executable in the PyInstaller bundle.

It only calls avatarstudio.gui.app:main. For the bundle's smoke test (tools/smoke_bundle.py) it also
understands two environment variables, read nowhere else:

    AVATARSTUDIO_SMOKE_QUIT_MS   close all windows and quit this many ms after the main window is shown
    AVATARSTUDIO_SMOKE_REPORT    write a small JSON report there: wall-clock times of the first shown
                                 main window and of the first event-loop turn after it, its class, title

so the test needs no cooperation from the GUI code and no real display (QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import multiprocessing
import os
import sys


def _install_smoke_hook(quit_ms: int, report: str | None) -> None:
    """Replace QApplication with a subclass that watches for the first top-level window being shown."""
    import json
    import time

    from PySide6 import QtWidgets
    from PySide6.QtCore import QEvent, QObject, QTimer

    state: dict = {}

    def write_report() -> None:
        if report:
            with open(report, "w", encoding="utf-8") as fh:
                json.dump(state, fh)

    class Watcher(QObject):
        def eventFilter(self, obj, event):
            if (
                not state
                and event.type() == QEvent.Type.Show
                and isinstance(obj, QtWidgets.QWidget)
                and obj.isWindow()
                and isinstance(obj, QtWidgets.QMainWindow)
            ):
                state.update(shown=time.time(), window_class=type(obj).__name__, title=obj.windowTitle())
                app = QtWidgets.QApplication.instance()

                def idle() -> None:
                    state.update(
                        idle=time.time(),
                        visible=obj.isVisible(),
                        size=[obj.width(), obj.height()],
                        title=obj.windowTitle(),
                    )
                    write_report()

                def leave() -> None:
                    state["quit_requested"] = time.time()
                    write_report()
                    app.closeAllWindows()
                    app.quit()

                QTimer.singleShot(0, idle)
                QTimer.singleShot(max(0, quit_ms), leave)
            return False

    base = QtWidgets.QApplication

    class SmokeApplication(base):  # type: ignore[misc, valid-type]
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._smoke_watcher = Watcher()
            self.installEventFilter(self._smoke_watcher)

    SmokeApplication.__name__ = SmokeApplication.__qualname__ = "QApplication"
    QtWidgets.QApplication = SmokeApplication


def main() -> int:
    multiprocessing.freeze_support()  # batch export uses spawn workers; they re-enter this executable
    quit_ms = os.environ.get("AVATARSTUDIO_SMOKE_QUIT_MS")
    if quit_ms:
        _install_smoke_hook(int(quit_ms), os.environ.get("AVATARSTUDIO_SMOKE_REPORT"))
    from avatarstudio.gui.app import main as gui_main

    result = gui_main(sys.argv[1:])
    return int(result or 0)


if __name__ == "__main__":
    sys.exit(main())
