"""Screenshots of the studio in English and Japanese, light and dark, at 1280x800, 1024x700 and 1920x1080.

    python tools/screenshots.py OUT_DIR [--pack FOLDER] [--seed SEED] [--xvfb]

Runs on the offscreen platform (no display needed) unless QT_QPA_PLATFORM is set. With --xvfb it
re-runs itself as a real X11 window under Xvfb (xvfb-run, Debian packages xvfb and xauth; a 1920x1080
screen) with the openbox window manager when installed, and also saves what the X screen shows at the
window's size (`<lang>-<theme>-<size>-screen.png`). Every other shot is QWidget.grab() of the window or dialog,
saved as PNG into OUT_DIR: `<lang>-<theme>-<size>-main.png` for every combination, and the other
panels and the export dialog at 1280x800. Prints the preview's side in px for each size.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def settle(app, ms: int = 400) -> None:
    import time

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out")
    parser.add_argument("--pack", help="pack folder (default: the built-in art, else the test mini pack)")
    parser.add_argument("--seed", default="sakura-7")
    parser.add_argument("--xvfb", action="store_true", help="a real window on a virtual X screen (1920x1080)")
    args = parser.parse_args(argv)
    if args.xvfb and not os.environ.get("AVATARSTUDIO_IN_XVFB"):
        import subprocess

        env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "AVATARSTUDIO_IN_XVFB": "1"}
        env.pop("WAYLAND_DISPLAY", None)
        command = [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1920x1080x24",
            sys.executable,
            __file__,
            *(argv if argv is not None else sys.argv[1:]),
        ]
        return subprocess.run(command, env=env).returncode
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from dataclasses import replace

    from PySide6.QtCore import QSettings

    from avatarstudio.core.errors import PackError
    from avatarstudio.core.generate import generate
    from avatarstudio.core.pack import load_builtin, load_pack
    from avatarstudio.gui import i18n
    from avatarstudio.gui.app import make_app
    from avatarstudio.gui.mainwindow import MainWindow

    app = make_app()
    if args.pack:
        pack = load_pack(args.pack)
    else:
        try:
            pack = load_builtin()
        except PackError as exc:
            print(f"built-in art not loadable ({str(exc).splitlines()[0]}); using the test mini pack")
            pack = load_pack(ROOT / "tests" / "fixtures" / "mini_pack")
    tmp = Path(tempfile.mkdtemp(prefix="avatarstudio-shots-"))
    wm = None
    if os.environ.get("AVATARSTUDIO_IN_XVFB"):
        import shutil
        import subprocess

        if shutil.which("openbox"):
            wm = subprocess.Popen(["openbox"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            settle(app, 800)
    written = []
    for lang in ("en", "ja"):
        i18n.install(lang)
        for theme_name in ("light", "dark"):
            for size in ((1280, 800), (1024, 700), (1920, 1080)):
                tag = f"{lang}-{theme_name}-{size[0]}x{size[1]}"
                settings = QSettings(str(tmp / f"{tag}.ini"), QSettings.Format.IniFormat)
                settings.setValue("theme", theme_name)
                design = generate(pack, args.seed)
                persona = replace(
                    design.persona,
                    display_name="星野ミナ" if lang == "ja" else "Mina Hoshino",
                    handle="mina_draws",
                    bio="絵を描いています。" if lang == "ja" else "I draw things.",
                )
                design = replace(design, persona=persona)
                window = MainWindow(pack, design, settings=settings, data_dir=tmp / "data", autosave=False)
                window.resize(*size)
                window.show()
                window.move(0, 0)
                settle(app, 1200)

                def shot(name: str, widget=None, tag=tag, window=window) -> None:
                    settle(app, 600)
                    end = time.monotonic() + 20  # the part tiles and neighbours drawn (a busy machine)
                    while not window.thread.idle() and time.monotonic() < end:
                        settle(app, 100)
                    path = out / f"{tag}-{name}.png"
                    (widget or window).grab().save(str(path))
                    written.append(path)

                shot("main")
                side = window.preview.side() / window.preview.devicePixelRatioF()
                print(f"{tag}: window {window.width()}x{window.height()}, preview {side:.0f} px")
                if args.xvfb:
                    path = out / f"{tag}-screen.png"
                    frame = window.frameGeometry()  # where the window manager put it, title bar included
                    app.primaryScreen().grabWindow(
                        0, frame.x(), frame.y(), frame.width(), frame.height()
                    ).save(str(path))
                    written.append(path)
                if size == (1280, 800):
                    window.layers.show_category("hair")
                    shot("hair")
                    window.layers.show_category("eyes")  # the face sliders under the parts
                    shape = window.layers.shape
                    if "eye_size" in shape.sliders:  # moved as a user would: the history in the language
                        row = next(r for r in shape.rows if r.id == "eye_size")
                        shape.sliders["eye_size"].setValue(shape._raw(row, 1.2))
                    shot("eyes")
                    window.layers.show_category("expression")
                    shot("expression")
                    window.layers.show_category("pose")
                    window.state.select_layer(
                        "eyes" if any(la.id == "eyes" for la in pack.layers) else pack.layers[-1].id
                    )
                    shot("pose")
                    window.layers.show_category("eyes")
                    window.focus_panel("generate")
                    window.generate.vary_nearby()
                    shot("generate")
                    window.focus_panel("persona")
                    shot("persona")
                    window.focus_panel("platform")
                    shot("platforms")
                    window.focus_panel("history")
                    window.generate.randomise_all()
                    window.doc.stack.undo()
                    shot("history")
                    dialog = window.export_dialog()
                    dialog.folder.setText(str(Path.home() / "avatarstudio-export"))
                    settle(app, 300)
                    shot("export", dialog)
                    dialog.tabs.setCurrentWidget(dialog.preview)
                    end = time.monotonic() + 60
                    while dialog.preview.worker is not None and time.monotonic() < end:
                        settle(app, 200)
                    shot("export-preview", dialog)
                    for moving_kind, name in (
                        ("animated", "export-animated"),
                        ("animated_emoji", "export-animated-emoji"),
                    ):
                        moving = [label for kind, label in dialog.preview.shown if kind == moving_kind]
                        if moving:  # animated stickers or emoji, held at a middle frame to show them moving
                            dialog.preview.scroll.ensureWidgetVisible(moving[0], 0, 40)
                            for label in moving:
                                label.timer.stop()
                                label.setPixmap(label.frames[len(label.frames) // 2])
                            shot(name, dialog)
                    dialog.close()
                    window.platform.frame.setChecked(True)
                    window.focus_panel("platform")
                    window.preview.zoom_by(1.4)
                    shot("framing")
                window._closing = True
                window.close()
                window.deleteLater()
                settle(app, 100)
    if wm is not None:
        wm.terminate()
        wm.wait(5)
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
