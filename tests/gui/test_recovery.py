"""Autosave and crash recovery: a SIGKILLed studio's work is offered on the next start."""

import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from avatarstudio.core import design as design_io

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from avatarstudio.core.pack import load_pack
    from avatarstudio.core.generate import generate
    from avatarstudio.core import design as design_io
    from avatarstudio.gui.mainwindow import MainWindow
    pack = load_pack(sys.argv[1])
    settings = QSettings(sys.argv[3], QSettings.Format.IniFormat)
    w = MainWindow(pack, generate(pack, "crash"), settings=settings, data_dir=Path(sys.argv[2]))
    w.show()
    w.generate.randomise_all()
    w.colours.set_colour("background", "#123456")
    w.autosave_now()
    print("READY", design_io.dumps(w.doc.design).replace("\\n", " "), flush=True)
    time.sleep(60)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_session_is_offered_for_recovery(make_window, tmp_path, mini_pack):
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            CHILD,
            str(ROOT / "tests/fixtures/mini_pack"),
            str(data),
            str(tmp_path / "child.ini"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        line = child.stdout.readline()
        assert line.startswith("READY"), line
        expected = design_io.loads(line[len("READY ") :])
        autosaves = list((data / "autosave").glob("session-*.json"))
        assert len(autosaves) == 1
        assert stat.S_IMODE(autosaves[0].stat().st_mode) == 0o600

        # While the first studio runs, a second one must not take its autosave.
        probe = make_window(data_dir=data)
        assert probe.pending_recoveries() == []
        probe.autosaver.close()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        child.stdout.close()  # else its garbage collection warns during a later test

    window = make_window(data_dir=data)
    recoveries = window.pending_recoveries()
    assert len(recoveries) == 1
    offered = []
    window.ask_restore = lambda recovery: offered.append(recovery) or True
    assert window.check_recovery()
    assert offered and window.doc.design == expected
    assert window.doc.design.colours["background"] == "#123456"
    assert window.isWindowModified()  # restored work still needs saving
    assert window.pending_recoveries() == []  # offered once


def test_declined_recovery_is_discarded_and_clean_exit_leaves_nothing(make_window, tmp_path):
    data = tmp_path / "data"
    first = make_window(data_dir=data)
    first.generate.randomise_all()
    first.autosave_now()
    assert list((data / "autosave").glob("session-*.json"))
    first.close()  # clean exit (changes discarded by the test's answer)
    assert not list((data / "autosave").glob("session-*.json"))


def test_autosave_never_writes_the_users_file(make_window, tmp_path):
    window = make_window(data_dir=tmp_path / "data")
    mine = tmp_path / "mine.avatar.json"
    assert window.save_to(mine)
    before = mine.read_bytes()
    window.generate.randomise_all()
    window.autosave_now()
    assert mine.read_bytes() == before
    autosave = window.autosaver.path
    assert autosave.exists() and autosave.parent == tmp_path / "data" / "autosave"
    assert stat.S_IMODE(autosave.stat().st_mode) == 0o600


def test_autosave_lives_in_the_one_user_data_folder(monkeypatch, tmp_path):
    from avatarstudio.gui.autosave import autosave_dir

    monkeypatch.delenv("AVATARSTUDIO_DATA_DIR", raising=False)
    assert autosave_dir() == tmp_path / "userdata" / "avatarstudio" / "autosave"  # platformdirs (XDG)
    monkeypatch.setenv("AVATARSTUDIO_DATA_DIR", str(tmp_path / "portable"))
    assert autosave_dir() == tmp_path / "portable" / "autosave"
