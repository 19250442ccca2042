"""Entry point: ``avatarstudio gui [design]`` or ``python -m avatarstudio.gui.app [design] [--pack FOLDER]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="avatarstudio gui", description="The avatarstudio desktop studio.")
    parser.add_argument("design", nargs="?", help="a design file to open")
    parser.add_argument("--pack", help="an art pack folder to use instead of the built-in art")
    parser.add_argument("--lang", choices=("system", "en", "ja"), help="interface language (remembered)")
    parser.add_argument("--data-dir", help=argparse.SUPPRESS)  # autosave folder (tests)
    return parser.parse_args(argv)


def load_pack(folder: str | None):
    from ..core.pack import load_builtin
    from ..core.pack import load_pack as load_folder

    return load_folder(folder) if folder else load_builtin()


def make_app():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setOrganizationName("avatarstudio")
    app.setApplicationName("avatarstudio")
    app.setApplicationDisplayName("avatarstudio")
    _desktop_identity(app)
    return app


def _desktop_identity(app) -> None:
    """The app id and icon shipped in avatarstudio/share (see avatarstudio/desktop.py)."""
    from PySide6.QtGui import QIcon

    from ..desktop import APP_ID, share_dir

    app.setDesktopFileName(APP_ID)  # lets Wayland/X11 docks match the window to the desktop entry
    icon = QIcon()
    for path in sorted((share_dir() / "icons" / "hicolor").glob(f"*/apps/{APP_ID}.png")):
        icon.addFile(str(path))
    app.setWindowIcon(icon)


def main(argv: list[str] | None = None) -> int:
    args = parse(list(sys.argv[1:] if argv is None else argv))
    app = make_app()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from ..core.errors import AvatarStudioError
    from . import i18n
    from .mainwindow import MainWindow, make_settings

    settings = make_settings()
    if args.lang:
        settings.setValue("language", args.lang)
    i18n.install(i18n.resolve(str(settings.value("language", "system"))))
    try:
        pack = load_pack(args.pack)
    except AvatarStudioError as exc:
        QMessageBox.critical(None, "avatarstudio", f"The art pack could not be loaded:\n\n{exc}")
        return 1
    window = MainWindow(pack, settings=settings, data_dir=Path(args.data_dir) if args.data_dir else None)
    window.show()
    if args.design:
        QTimer.singleShot(0, lambda: window.open_path(Path(args.design), ask=False))
    else:
        QTimer.singleShot(0, window.check_recovery)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
