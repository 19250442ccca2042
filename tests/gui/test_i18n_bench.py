"""Translations are complete and the shipped .qm is the compiled .ts; the latency benchmark reports;
variations keep locks. (Speed itself is judged by bench/bench.py, not asserted here.)"""

import xml.etree.ElementTree as ET
from pathlib import Path

from avatarstudio.gui import i18n

TS = i18n.I18N_DIR / "avatarstudio_ja.ts"
QM = i18n.I18N_DIR / "avatarstudio_ja.qm"


def test_japanese_translation_is_complete_and_built():
    messages = list(ET.parse(TS).getroot().iter("message"))
    assert len(messages) > 100
    unfinished = [
        m.find("source").text
        for m in messages
        if m.find("translation").get("type") in ("unfinished", "obsolete") or not m.find("translation").text
    ]
    assert not unfinished, unfinished


def test_shipped_qm_is_the_compiled_ts(tmp_path):
    """The .qm in the package is exactly what lrelease makes from the .ts (edit the .ts, then run
    `.venv/bin/pyside6-lrelease avatarstudio/gui/i18n/avatarstudio_ja.ts`)."""
    import shutil
    import subprocess
    import sys

    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or "pyside6-lrelease"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(fresh)], check=True, capture_output=True, timeout=120)
    assert fresh.read_bytes() == QM.read_bytes(), "avatarstudio_ja.qm is stale: rebuild it from the .ts"


def test_every_tr_call_is_in_the_ts_file():
    import re

    sources = {m.find("source").text for m in ET.parse(TS).getroot().iter("message")}
    gui = Path(i18n.__file__).parent
    missing = []
    for path in gui.rglob("*.py"):
        for text in re.findall(r'self\.tr\("((?:[^"\\]|\\.)*)"\)', path.read_text(encoding="utf-8")):
            text = text.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
            if text not in sources:
                missing.append(f"{path.name}: {text}")
    assert not missing, missing


def test_measure_latency_reports_median_and_p95(qapp, mini_pack):
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "bench" / "gui_latency.py"
    spec = importlib.util.spec_from_file_location("gui_latency", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    measure_latency = module.measure_latency

    result = measure_latency(12, size=512, pack=mini_pack, warmup=2)
    for kind in ("part", "colour", "slider"):
        stats = result[kind]["preview"]
        assert stats["n"] == 12 and 0 < stats["median_ms"] <= stats["p95_ms"]


def test_randomise_keeps_locks_and_neighbours_stay_near(mini_pack):
    from avatarstudio.core.generate import generate
    from avatarstudio.core.vary import changed_layers, neighbours, randomise, randomise_layer

    design = generate(mini_pack, "v")
    for i in range(20):
        new = randomise(mini_pack, design, f"s{i}", {"face"}, {"skin"})
        assert new.parts["face"] == design.parts["face"] and new.colours["skin"] == design.colours["skin"]
        assert new.persona == design.persona
    other = randomise_layer(mini_pack, design, "eyes", "x")
    assert changed_layers(design, other) == ["eyes"]
    for near in neighbours(mini_pack, design, "n", 8, locked_layers={"eyes"}):
        changed = changed_layers(design, near)
        assert 1 <= len(changed) <= 2 and "eyes" not in changed
