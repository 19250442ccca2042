"""Throughput and latency benchmark. Prints ratios and figures from one run; asserts nothing.

    python bench/bench.py                 # batch throughput, time split, memory, renderer comparison
    python bench/bench.py --quick         # fewer designs

Figures: avatars per second for 512 px PNG with one worker and with all workers; the time split
between composing SVG, rendering layers, compositing and encoding; peak worker memory for a small
and a large batch (flat memory means the large batch does not grow it); GUI preview latency when
the GUI module provides it.
"""

from __future__ import annotations

import argparse
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


def split(n: int) -> None:
    from avatarstudio.core.compose import compose_layers
    from avatarstudio.core.generate import generate
    from avatarstudio.core.pack import load_builtin
    from avatarstudio.export.encode import encode, prepare
    from avatarstudio.render import Renderer

    t0 = time.perf_counter()
    pack = load_builtin()
    load = time.perf_counter() - t0
    renderer = Renderer()
    t_gen = t_compose = t_encode = 0.0
    sizes = []
    start = time.perf_counter()
    for i in range(n):
        a = time.perf_counter()
        design = generate(pack, f"bench-{i}")
        b = time.perf_counter()
        layers = compose_layers(pack, design)
        c = time.perf_counter()
        image = renderer.render(layers, 512)
        d = time.perf_counter()
        data = encode(prepare(image, "keep", "#ffffff"), "png")
        e = time.perf_counter()
        t_gen += b - a
        t_compose += c - b
        t_encode += e - d
        sizes.append(len(data))
    total = time.perf_counter() - start
    tm = renderer.timings
    print(f"pack load (sanitize + templates): {load * 1000:.0f} ms")
    print(f"one process, {n} designs at 512 px PNG: {n / total:.1f} avatars/s")
    parts = {
        "generate": t_gen,
        "compose SVG": t_compose,
        "render layers": tm.render,
        "composite": tm.composite,
        "encode PNG": t_encode,
    }
    other = total - sum(parts.values())
    for name, value in parts.items():
        print(f"  {name:<14} {value / n * 1000:6.2f} ms/avatar  {100 * value / total:5.1f} %")
    print(f"  {'other':<14} {other / n * 1000:6.2f} ms/avatar  {100 * other / total:5.1f} %")
    print(
        f"  layers rendered {tm.rendered_layers}, served from cache {tm.cached_layers}; "
        f"median PNG {statistics.median(sizes) / 1024:.0f} KiB"
    )


def batch(count: int, jobs: int) -> tuple[float, int]:
    """Run the real CLI batch in a subprocess; returns (avatars per second, peak child RSS in KiB)."""
    with tempfile.TemporaryDirectory() as tmp:
        spec = Path(tmp) / "spec.toml"
        spec.write_text(f'seeds = {{ from = 1, count = {count} }}\npresets = ["discord"]\n')
        code = (
            "import resource, sys, time; from avatarstudio.cli import main; t=time.perf_counter(); "
            f"rc=main(['batch', {str(spec)!r}, '-o', {tmp + '/out'!r}, '-j', '{jobs}', '-q']); "
            "el=time.perf_counter()-t; "
            "print('RESULT', el, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, "
            "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss); sys.exit(rc)"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
        line = [l for l in out.stdout.splitlines() if l.startswith("RESULT")]
        if out.returncode != 0 or not line:
            raise SystemExit(f"batch failed: {out.stderr[-2000:]}")
        _, elapsed, child_rss, self_rss = line[0].split()
        return count / float(elapsed), max(int(child_rss), int(self_rss))


def renderers() -> None:
    """QtSvg vs the resvg binding on PyPI, same part, same size (only if resvg is installed)."""
    from avatarstudio.core.compose import compose
    from avatarstudio.core.generate import generate
    from avatarstudio.core.pack import load_builtin
    from avatarstudio.render import Renderer

    pack = load_builtin()
    svg = compose(pack, generate(pack, "renderer-bench"), size=512)
    n = 20
    renderer = Renderer(cache_megabytes=0)
    from avatarstudio.core.compose import LayerSvg

    t = time.perf_counter()
    for i in range(n):
        renderer.clear()
        renderer.render([LayerSvg("all", "all", svg)], 512)
    qt = (time.perf_counter() - t) / n
    print(f"whole avatar as one SVG, 512 px, no cache: QtSvg {qt * 1000:.1f} ms")
    try:
        import resvg  # noqa: F401
        from resvg import render, usvg
    except ImportError:
        print("  (resvg binding not installed: pip install resvg to compare)")
        return
    opts = usvg.Options.default()
    t = time.perf_counter()
    for i in range(n):
        render(usvg.Tree.from_str(svg, opts), (1, 0, 0, 0, 1, 0))
    rs = (time.perf_counter() - t) / n
    print(f"  resvg (PyPI binding, returns PNG bytes): {rs * 1000:.1f} ms  -> QtSvg is {rs / qt:.1f}x faster")


def gui_latency() -> None:
    try:
        from gui_latency import measure_latency
    except ImportError:
        print("GUI latency: bench/gui_latency.py not available")
        return
    result = measure_latency(60)
    for kind in ("part", "colour", "slider"):
        stats = result[kind]["preview"]
        print(
            f"GUI preview latency at {result['size']} px, {kind} change: median {stats['median_ms']:.1f} ms, "
            f"p95 {stats['p95_ms']:.1f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    small, large = (10, 200) if args.quick else (10, 2000)
    cores = os.cpu_count() or 1
    split(50 if args.quick else 200)
    renderers()
    one, _ = batch(100 if args.quick else 300, 1)
    _, rss_small = batch(small, cores)
    many_large, rss_large = batch(large, cores)
    print(
        f"batch 512 px PNG (discord preset), 1 worker: {one:.1f} avatars/s; {cores} workers: "
        f"{many_large:.1f} avatars/s ({many_large / one:.2f}x)"
    )
    print(
        f"peak worker RSS: {small} designs {rss_small / 1024:.0f} MiB, {large} designs "
        f"{rss_large / 1024:.0f} MiB (ratio {rss_large / rss_small:.2f})"
    )
    gui_latency()


if __name__ == "__main__":
    main()
