"""GUI preview latency, end to end (kept out of the installed package; bench/bench.py runs it): an undo command is pushed -> the preview pixmap is updated.

``measure_latency(n)`` drives a real MainWindow (every panel connected, autosave off) with part,
colour and slider changes and reports milliseconds per kind: ``preview`` is push -> preview pixmap
ready, ``total`` is push -> every synchronous listener done (what delays the next repaint), and
``preview_cpu`` the GUI thread's CPU time for the same span (time.thread_time: on a shared machine
wall times swing with the load, CPU time much less). The preview draws on the GUI thread, so the
new pixmap is on screen at the next paint: no frame is shown late and counted early.

The kinds: ``part`` picks tiles in the part grids as a user does: a layer's grid is opened, then
GRID_PICKS picks of the next tile follow, ``think`` seconds apart (events processed meanwhile, so the
preview may draw ahead what the grid offers), then the next layer's grid. ``part_burst`` is one part
of each layer in turn, back to back, with no grid: the worst case, nothing drawn ahead. ``colour``
(the next swatch of each slot in turn) and ``slider`` (an x slider dragged) come back to back.

``settle`` seconds of idle event processing come before each kind's edits, as when a user moves
from the part grid to the colours, and on until the preview's idle work is done (it measures its
colour weights in idle time; ``idle_s`` says how long that took); between edits only pending events
are processed (and the think time of ``part``). ``settle=0`` measures edits that arrive before any
idle work could run.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

if __name__ == "__main__":  # run as a script: this tree's package (bench.py sets PYTHONPATH itself)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


KINDS = ("part", "colour", "slider", "part_burst")
GRID_PICKS = 3  # picks in one part grid before the next layer's grid is opened
THINK_S = 0.4  # seconds between two picks in a grid (the preview may draw ahead meanwhile)


def _stats(values: list[float]) -> dict:
    ordered = sorted(values)
    if not ordered:
        return {"median_ms": 0.0, "p95_ms": 0.0, "max_ms": 0.0, "n": 0}
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    return {
        "median_ms": round(statistics.median(ordered), 3),
        "p95_ms": round(p95, 3),
        "max_ms": round(ordered[-1], 3),
        "n": len(ordered),
    }


def _changes(pack, design, kind: str, n: int):
    """n successive designs, each one change of ``kind`` away from the previous."""
    from avatarstudio.core.design import Transform

    out, current = [], design
    if kind == "part":  # GRID_PICKS picks in each layer's grid in turn, the next tile each time
        layers = [lay for lay in pack.layers if len([p for p in lay.parts if p.weight > 0]) > 1]
        for i in range(n):
            layer = layers[(i // GRID_PICKS) % len(layers)]
            parts = [p.id for p in layer.parts if p.weight > 0]  # the tiles the grid shows
            now = current.parts.get(layer.id)
            nxt = parts[(parts.index(now) + 1) % len(parts)] if now in parts else parts[0]
            current = current.with_part(layer.id, nxt)
            out.append((current, None, layer.id if i % GRID_PICKS == 0 else None))
    elif kind == "part_burst":  # one part of each layer in turn, back to back: nothing drawn ahead
        layers = [lay for lay in pack.layers if len(lay.parts) > 1]
        for i in range(n):
            layer = layers[i % len(layers)]
            parts = [p.id for p in layer.parts]
            now = current.parts.get(layer.id)
            nxt = parts[(parts.index(now) + 1) % len(parts)] if now in parts else parts[0]
            current = current.with_part(layer.id, nxt)
            out.append((current, None, None))
    elif kind == "colour":
        slots = [s for s in pack.slots.values() if len(pack.palettes.get(s.palette, {})) > 1]
        for i in range(n):
            slot = slots[i % len(slots)]
            palette = list(pack.palettes[slot.palette].values())
            now = current.colours.get(slot.id)  # the next swatch: every edit changes the design
            nxt = palette[(palette.index(now) + 1) % len(palette)] if now in palette else palette[0]
            current = current.with_colour(slot.id, nxt)
            out.append((current, ("colour", slot.id), None))
    else:  # slider drag on the first movable, visible layer
        movable = [
            lay for lay in pack.layers if lay.limits.x[1] > lay.limits.x[0] and current.parts.get(lay.id)
        ]
        layer = movable[0] if movable else pack.layers[-1]
        lo, hi = layer.limits.x
        for i in range(n):
            x = lo + (hi - lo) * ((i * 7) % 41) / 40
            current = current.with_transform(layer.id, Transform(x=x))
            out.append((current, ("transform", layer.id), None))
    return out


def _idle(app, preview, seconds: float) -> float:
    """Process events (timers included) as an idle window would: at least ``seconds``, and on until the
    preview's idle work is done (at most 20 s more; a loaded machine takes longer). The idle seconds."""
    start = time.perf_counter()
    end = start + seconds
    pending = getattr(preview, "idle_work_pending", lambda: False)  # an older tree has no idle work
    while time.perf_counter() < end or (seconds and pending() and time.perf_counter() < end + 20):
        app.processEvents()
        time.sleep(0.005)
    return time.perf_counter() - start


def _wait(app, seconds: float) -> None:
    """Process events for ``seconds`` whatever idle work is pending (a user picking the next tile)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def measure_latency(
    n: int = 60, size: int = 512, pack=None, warmup: int = 5, settle: float = 0.0, think: float = THINK_S
) -> dict:
    """Median and p95 milliseconds for part, colour and slider changes at ``size`` px."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from avatarstudio.core.generate import generate
    from avatarstudio.core.presets import load_all
    from avatarstudio.gui.app import make_app
    from avatarstudio.gui.mainwindow import MainWindow

    app = QApplication.instance() or make_app()
    if pack is None:
        from avatarstudio.core.errors import PackError
        from avatarstudio.core.pack import load_builtin, load_pack

        try:
            pack = load_builtin()
        except PackError:
            pack = load_pack(Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "mini_pack")
    from PySide6.QtCore import QSettings

    tmp = tempfile.mkdtemp(prefix="avatarstudio-bench-")
    settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        pack, generate(pack, "bench"), settings=settings, platforms=load_all(), autosave=False
    )
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.preview.fixed_side = size
    window.preview.refresh()  # the picture at that size, as after a resize
    stamp = {}
    window.preview.updated.connect(lambda _ms: stamp.update(t=time.perf_counter(), cpu=time.thread_time()))
    results = {"size": size, "pack": pack.id, "settle_s": settle}
    for kind in KINDS:
        idle = _idle(app, window.preview, settle)
        preview, total, cpu = [], [], []
        changes = _changes(pack, window.doc.design, kind, n + warmup)
        for i, (design, merge, grid) in enumerate(changes):
            if kind == "part":
                if grid is not None:
                    window.layers.show_category_of(grid)  # the user opens the layer's grid
                _wait(app, think)  # and looks at the picture before picking the next tile
            stamp.clear()
            start, start_cpu = time.perf_counter(), time.thread_time()
            window.doc.push(design, kind, merge)
            end = time.perf_counter()
            deadline = end + 5
            while "t" not in stamp and time.perf_counter() < deadline:  # a frame drawn off the GUI
                app.processEvents()  # thread (a pack that is not built in) is counted when it arrives
                time.sleep(0.0005)
            if i >= warmup and "t" in stamp:
                preview.append((stamp["t"] - start) * 1000)
                cpu.append((stamp["cpu"] - start_cpu) * 1000)
                total.append((end - start) * 1000)
            app.processEvents()  # let debounced panel work and paint run between changes, as in real use
        window.doc.seal()
        results[kind] = {
            "preview": _stats(preview),
            "preview_cpu": _stats(cpu),
            "total": _stats(total),
            "idle_s": round(idle, 2),
        }
    results["think_s"] = think
    window._closing = True
    window.close()
    window.deleteLater()
    app.processEvents()
    return results


if __name__ == "__main__":
    import json
    import sys

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    settle = float(sys.argv[2]) if len(sys.argv) > 2 else 0.0
    print(json.dumps(measure_latency(n, settle=settle), indent=2))
