"""Translations are complete and built; the latency benchmark runs; variations keep locks."""

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
    assert QM.exists() and QM.stat().st_size > 1000


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
