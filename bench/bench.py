"""Speed benchmark: every figure of the speed targets, its target beside it, ratios from the same run.

    python bench/bench.py               # the whole table, whole-process figures as the median of 3
    python bench/bench.py --quick       # fewer designs, one repeat (a smoke run, not for the record)
    python bench/bench.py --repeat 5    # more repeats of each whole-process figure

Asserts nothing. The machine may be shared: the load average is printed beside the figures, and the
ratios (new path against the previous one, measured in this same run on the same designs) are the
figures that survive a busy machine. Whole-process figures run the real command in a fresh
interpreter (start-up, imports and pack load included), alternating the commands in each repeat.
Pack template caches live in a temporary folder: "warm" means a previous command filled it.
The package is compiled to .pyc first, as an installed wheel or the bundle has it (with no .pyc and
PYTHONDONTWRITEBYTECODE set, every command would compile its modules again, ~0.2-0.3 s each).
The renderer comparison is a separate script: bench/renderers.py.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ROWS: list[tuple[str, str, str, bool | None]] = []  # (what, figure, target, met)


def load() -> str:
    try:
        return "load {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:
        return "load n/a"


def row(what: str, figure: str, target: str, met: bool | None) -> None:
    ROWS.append((what, figure, target, met))


def median_of(values: list[float]) -> str:
    if len(values) == 1:
        return f"{values[0]:.2f}"
    return f"{statistics.median(values):.2f} (range {min(values):.2f}-{max(values):.2f})"


# --- in process: the pipeline, stage by stage, new path against the previous one ----------------


def _pillow_png(image, level: int = 3) -> bytes:
    """The previous PNG path, for the ratio: Pillow, adaptive row filters, zlib level 3."""
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False, compress_level=level)
    return out.getvalue()


def pipeline(n: int) -> None:
    """Per-avatar CPU time of each stage; the new and previous paths alternate design by design, so both
    see the same machine (CPU time, not wall time: other processes' load affects it least)."""
    from PIL import Image

    from avatarstudio.core.compose import compose_layers
    from avatarstudio.core.generate import generate
    from avatarstudio.core.pack import load_builtin
    from avatarstudio.export.encode import encode, prepare
    from avatarstudio.render import Renderer

    clock = time.process_time
    pack = load_builtin()
    flat_renderer, layer_renderer = Renderer(), Renderer(cache_megabytes=256, layers=True)
    flat_renderer.render(compose_layers(pack, generate(pack, "warm-up")), 512)  # Qt's one-time start-up
    layer_renderer.render(compose_layers(pack, generate(pack, "warm-up")), 512)
    t = dict.fromkeys(("generate", "compose", "flat", "layered", "new_png", "old_png"), 0.0)
    new_sizes, old_sizes, same = [], [], True
    for i in range(n):
        a = clock()
        design = generate(pack, f"bench-{i}")
        b = clock()
        layers = compose_layers(pack, design)
        c = clock()
        image = flat_renderer.render(layers, 512)
        d = clock()
        layer_renderer.render(layers, 512)
        e = clock()
        prepared = prepare(image, "keep", "#ffffff")
        f = clock()
        new = encode(prepared, "png")
        g = clock()
        old = _pillow_png(prepared)
        h = clock()
        for key, value in zip(t, (b - a, c - b, d - c, e - d, g - f, h - g), strict=True):
            t[key] += value / n
        new_sizes.append(len(new))
        old_sizes.append(len(old))
        same = same and Image.open(io.BytesIO(new)).tobytes() == prepared.tobytes()
    kib_new = statistics.median(new_sizes) / 1024
    kib_old = statistics.median(old_sizes) / 1024
    new_total = t["generate"] + t["compose"] + t["flat"] + t["new_png"]
    old_total = t["generate"] + t["compose"] + t["layered"] + t["old_png"]
    print(f"\nIn one process, {n} seeded designs at 512 px ({load()}), CPU ms per avatar, paths alternating:")
    print(f"  generate {t['generate'] * 1000:.2f}   compose {t['compose'] * 1000:.2f}")
    print(
        f"  render: one pass {t['flat'] * 1000:.2f}  vs layer cache {t['layered'] * 1000:.2f}"
        f"  -> one pass is {t['layered'] / t['flat']:.2f}x faster"
    )
    print(
        f"  PNG: unfiltered + libdeflate {t['new_png'] * 1000:.2f} ms, {kib_new:.0f} KiB median  vs  Pillow "
        f"level 3 {t['old_png'] * 1000:.2f} ms, {kib_old:.0f} KiB  -> {t['old_png'] / t['new_png']:.2f}x faster, "
        f"{kib_new / kib_old:.2f}x the bytes; decoded pixels identical: {same}"
    )
    print(
        f"  pipeline: {1 / new_total:.1f} avatars/s of CPU  vs previous path {1 / old_total:.1f}"
        f" -> {old_total / new_total:.2f}x"
    )
    row(
        "median PNG bytes at 512 px",
        f"{kib_new:.0f} KiB (Pillow path {kib_old:.0f} KiB, {kib_new / kib_old:.2f}x)",
        "not larger than 98 KiB",
        kib_new <= 98,
    )


def pack_load() -> None:
    code = (
        "import time; t=time.perf_counter(); from avatarstudio.core.pack import load_builtin; load_builtin(); "
        "print('RESULT', time.perf_counter()-t)"
    )
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, AVATARSTUDIO_CACHE_DIR=cache)
        cold = _py(code, env)
        warm = _py(code, env)
    print(
        f"\nPack load in a fresh process ({load()}): no template cache {cold[0] * 1000:.0f} ms, "
        f"warm cache {warm[0] * 1000:.0f} ms -> {cold[0] / warm[0]:.1f}x"
    )


# --- whole processes ------------------------------------------------------------------------------

_WRAP = (
    "import resource, sys; from avatarstudio.cli import main; rc = main({argv!r}); "
    "print('RESULT', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "
    "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, flush=True); sys.exit(rc)"
)


def _py(code: str, env: dict) -> list[float]:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env)
    lines = [line for line in out.stdout.splitlines() if line.startswith("RESULT")]
    if out.returncode != 0 or not lines:
        raise SystemExit(f"benchmark command failed:\n{out.stderr[-3000:]}")
    return [float(v) for v in lines[-1].split()[1:]]


def command(argv: list[str], env: dict) -> tuple[float, float, float]:
    """Run ``avatarstudio ARGV`` in a fresh interpreter: (wall seconds, own peak MiB, largest child MiB)."""
    start = time.perf_counter()
    self_kib, child_kib = _py(_WRAP.format(argv=argv), env)
    return time.perf_counter() - start, self_kib / 1024, child_kib / 1024


def studio_launch(env: dict, data: Path) -> float:
    """Seconds from starting the studio's process to its first window shown (event loop running)."""
    code = (
        "import sys\n"
        "from avatarstudio.gui import app\n"
        "make = app.make_app\n"
        "def patched():\n"
        "    a = make()\n"
        "    from PySide6.QtCore import QTimer\n"
        "    QTimer.singleShot(0, lambda: (print('SHOWN', flush=True), a.quit()))\n"
        "    return a\n"
        "app.make_app = patched\n"
        f"sys.exit(app.main(['--data-dir', {str(data)!r}]))\n"
    )
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    shown = None
    for line in proc.stdout:
        if line.startswith("SHOWN"):
            shown = time.perf_counter() - start
            break
    proc.communicate(timeout=60)
    if shown is None:
        raise SystemExit(
            f"the studio did not show a window:\n{proc.stderr.read()[-3000:] if proc.stderr else ''}"
        )
    return shown


def whole_process(seeds: int, repeats: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        env = dict(
            os.environ,
            AVATARSTUDIO_CACHE_DIR=str(tmp_path / "cache"),
            AVATARSTUDIO_CONFIG_DIR=str(tmp_path / "config"),
            AVATARSTUDIO_DATA_DIR=str(tmp_path / "data"),
        )
        spec = tmp_path / "spec.toml"
        spec.write_text(f'seeds = {{ from = 1, count = {seeds} }}\npresets = ["discord"]\n')
        cold_render = command(["render", "--seed", "x", "-o", str(tmp_path / "r0")], env)
        runs: dict[str, list] = {k: [] for k in ("j2", "j1", "render", "kit", "studio")}
        for i in range(repeats):
            runs["j2"].append(
                command(["batch", str(spec), "-o", str(tmp_path / f"b2-{i}"), "-j", "2", "-q"], env)
            )
            runs["j1"].append(
                command(["batch", str(spec), "-o", str(tmp_path / f"b1-{i}"), "-j", "1", "-q"], env)
            )
            runs["render"].append(command(["render", "--seed", "x", "-o", str(tmp_path / f"r-{i}")], env))
            kit_argv = ["kit", "--seed", "sakura", "--platform", "all", "-o", str(tmp_path / f"k-{i}")]
            runs["kit"].append(command(kit_argv, env))
            runs["studio"].append(studio_launch(env, tmp_path / "data"))
        j2 = [seeds / r[0] for r in runs["j2"]]
        j1 = [seeds / r[0] for r in runs["j1"]]
        worker_mib = [r[2] for r in runs["j2"]]
        kit_s = [r[0] for r in runs["kit"]]
        kit_mib = [max(r[1], r[2]) for r in runs["kit"]]
        render_s = [r[0] for r in runs["render"]]
        scaling = statistics.median(j2) / statistics.median(j1)
        print(f"\nWhole processes, median of {repeats} alternating runs ({load()} after):")
        print(f"  batch {seeds} seeds, 512 px PNG: 2 workers {median_of(j2)} /s, 1 worker {median_of(j1)} /s")
        print(f"    -> 2 workers make {scaling:.2f}x the avatars of 1 worker")
        print(
            f"  render --seed x: {median_of(render_s)} s (first run, empty template cache: {cold_render[0]:.2f} s)"
        )
        print(f"  kit --platform all: {median_of(kit_s)} s, peak {median_of(kit_mib)} MiB")
        print(f"  studio, launch to first shown window (offscreen): {median_of(runs['studio'])} s")
        row(
            f"batch, {seeds} seeds, 512 px PNG, 2 workers",
            f"{statistics.median(j2):.1f} /s",
            ">= 120 /s",
            statistics.median(j2) >= 120,
        )
        row(
            "one process, same work",
            f"{statistics.median(j1):.1f} /s",
            ">= 60 /s",
            statistics.median(j1) >= 60,
        )
        row(
            "peak memory per worker",
            f"{statistics.median(worker_mib):.0f} MiB",
            "<= 200 MiB",
            statistics.median(worker_mib) <= 200,
        )
        row(
            "kit --platform all, whole process",
            f"{statistics.median(kit_s):.2f} s, {statistics.median(kit_mib):.0f} MiB",
            "<= 2 s, <= 300 MiB",
            statistics.median(kit_s) <= 2 and statistics.median(kit_mib) <= 300,
        )
        row(
            "render --seed x, whole process",
            f"{statistics.median(render_s):.2f} s",
            "<= 0.4 s",
            statistics.median(render_s) <= 0.4,
        )
        row(
            "studio, launch to first shown window",
            f"{statistics.median(runs['studio']):.2f} s",
            "<= 1 s",
            statistics.median(runs["studio"]) <= 1,
        )


def gui_latency(n: int) -> None:
    code = (
        f"import json, sys; sys.path.insert(0, {str(ROOT / 'bench')!r}); from gui_latency import measure_latency; "
        f"print('JSON', json.dumps(measure_latency({n})))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    lines = [line for line in out.stdout.splitlines() if line.startswith("JSON")]
    if out.returncode != 0 or not lines:
        print(f"GUI latency could not be measured:\n{out.stderr[-2000:]}")
        return
    result = json.loads(lines[-1][5:])
    p95 = [result[kind]["preview"]["p95_ms"] for kind in ("part", "colour", "slider")]
    print(f"\nGUI preview at {result['size']} px, {n} changes of each kind ({load()}):")
    for kind in ("part", "colour", "slider"):
        stats = result[kind]["preview"]
        print(f"  {kind:<7} median {stats['median_ms']:.1f} ms, p95 {stats['p95_ms']:.1f} ms")
    row(
        "GUI preview p95 at 512 px, part / colour / slider",
        " / ".join(f"{v:.1f}" for v in p95) + " ms",
        "<= 8 ms each",
        max(p95) <= 8,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer designs, one repeat")
    parser.add_argument("--repeat", type=int, default=None, help="repeats of each whole-process figure")
    args = parser.parse_args()
    repeats = args.repeat or (1 if args.quick else 3)
    import compileall

    compileall.compile_dir(ROOT / "avatarstudio", quiet=1)  # what pip does at install time
    print(f"avatarstudio speed benchmark, {os.cpu_count()} cores, {load()} at start")
    pipeline(40 if args.quick else 200)
    pack_load()
    whole_process(120 if args.quick else 600, repeats)
    gui_latency(20 if args.quick else 60)
    print(f"\nTargets ({load()} at the end):")
    width = max(len(r[0]) for r in ROWS)
    fig_width = max(len(r[1]) for r in ROWS)
    for what, figure, target, met in ROWS:
        mark = {True: "met", False: "NOT met", None: ""}[met]
        print(f"  {what:<{width}}  {figure:<{fig_width}}  target {target:<22} {mark}")


if __name__ == "__main__":
    main()
