"""Compare SVG rasterisers on our own avatars: speed, threads, memory, pixels against QtSvg.

    python bench/renderers.py                 # 200 seeded avatars at 512 px, every installed renderer
    python bench/renderers.py --n 40 --only qtsvg resvg
    python bench/renderers.py --out /tmp/cmp  # keep the renders and side-by-side sheets there

Each renderer runs in its own fresh interpreter (so its memory figure is its own) over the same
sanitised, composed documents (``compose_layers`` joined into one SVG, as the export path draws them).
It prints, per renderer: CPU ms per avatar into a straight-alpha Pillow image (what the encoder takes),
how long a waking thread waits for the GIL while another draws (well under 1 ms: drawing releases it),
the resident memory the library and its drawings add, and the difference from QtSvg over premultiplied RGBA (mean and largest absolute
difference per channel, share of pixels differing by more than 16). Side-by-side sheets (QtSvg | renderer
| difference x4) are written for the first seeds, to look at. Asserts nothing; renderers that are not
installed are skipped with a note. The candidates are not dependencies of the app; to measure them:

    .venv/bin/pip install thorvg-python pylunasvg skia-python svg2png-py resvg-py
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZE = 512


def _sized(svg: str, width: int, height: int) -> str:
    """The document with its root drawn at width x height (stretched, as QtSvg draws into a rect)."""
    end = svg.find(">")
    head = svg[:end]
    import re

    head = re.sub(r'\swidth="[^"]*"', f' width="{width}"', head, count=1)
    head = re.sub(r'\sheight="[^"]*"', f' height="{height}"', head, count=1)
    return head + ' preserveAspectRatio="none"' + svg[end:]


# --- the candidates: each a factory returning draw(svg) -> straight-alpha RGBA Pillow image ----------


def qtsvg():
    from avatarstudio.render import _draw, qimage_to_pil

    return lambda svg: qimage_to_pil(_draw(svg, SIZE, SIZE))


def resvg():
    """resvg through svg2png-py: raw premultiplied RGBA, drawn without the GIL."""
    from PIL import Image
    from svg2png_py import FontDatabase, svg_to_rgba

    fonts = FontDatabase()  # empty: our art has no text

    def draw(svg: str):
        data, width, height = svg_to_rgba(_sized(svg, SIZE, SIZE), fonts)
        return Image.frombuffer("RGBa", (width, height), data, "raw", "RGBa", 0, 1).convert("RGBA")

    return draw


def resvg_py():
    """resvg through resvg-py: PNG bytes per call, decoded again."""
    import io

    from PIL import Image
    from resvg_py import svg_to_bytes

    def draw(svg: str):
        png = svg_to_bytes(svg_string=svg, width=SIZE, height=SIZE, skip_system_fonts=True)
        return Image.open(io.BytesIO(png)).convert("RGBA")

    return draw


def skia():
    import skia as sk
    from PIL import Image

    def draw(svg: str):
        dom = sk.SVGDOM.MakeFromStream(sk.MemoryStream(svg.encode("utf-8")))
        size = dom.containerSize()
        surface = sk.Surface(SIZE, SIZE)
        with surface as canvas:
            canvas.scale(SIZE / size.width(), SIZE / size.height())
            dom.render(canvas)
        pixels = surface.makeImageSnapshot().tobytes()  # premultiplied, N32 order (BGRA here)
        return Image.frombuffer("RGBA", (SIZE, SIZE), pixels, "raw", "BGRa", 0, 1).convert("RGBA")

    return draw


def lunasvg():
    import pylunasvg
    from PIL import Image

    def draw(svg: str):
        bitmap = pylunasvg.Document.loadFromData(svg).renderToBitmap(SIZE, SIZE)
        data = bytes(memoryview(bitmap))  # premultiplied ARGB32 (BGRA bytes)
        return Image.frombuffer("RGBA", (SIZE, SIZE), data, "raw", "BGRa", bitmap.stride(), 1).convert("RGBA")

    return draw


def thorvg():
    import thorvg_python as tvg
    from PIL import Image

    engine = tvg.Engine(threads=0)

    def draw(svg: str):
        canvas = tvg.SwCanvas(engine)
        canvas.set_target(SIZE, SIZE, cs=tvg.Colorspace.ABGR8888)
        picture = tvg.Picture(engine)
        picture.load_data(svg.encode("utf-8"), "svg", None, True)
        picture.set_size(SIZE, SIZE)
        canvas.add(picture)
        canvas.draw(True)
        canvas.sync()
        data = bytes(canvas.buffer_arr)
        canvas.destroy()
        return Image.frombuffer("RGBA", (SIZE, SIZE), data, "raw", "RGBa", 0, 1).convert("RGBA")

    return draw


CANDIDATES = {
    "qtsvg": (qtsvg, "PySide6-Essentials (QtSvg)"),
    "resvg": (resvg, "svg2png-py (resvg 0.47, raw RGBA)"),
    "resvg-py": (resvg_py, "resvg-py (resvg 0.48, PNG bytes)"),
    "skia": (skia, "skia-python (SVGDOM)"),
    "lunasvg": (lunasvg, "pylunasvg (lunasvg 3.5)"),
    "thorvg": (thorvg, "thorvg-python (ctypes)"),
}


# --- the child: one renderer, fresh interpreter -----------------------------------------------------


def gil_wait(draw, docs: list[str]) -> float:
    """Median ms a thread waking from a 1 ms sleep waits for the GIL while another thread draws: a few
    ms when drawing holds the GIL (the waker waits for the draw call to return), well under 1 ms when
    it releases it."""
    import statistics

    stop = threading.Event()

    def drawing() -> None:
        while not stop.is_set():
            for svg in docs:
                draw(svg)
                if stop.is_set():
                    return

    worker = threading.Thread(target=drawing)
    worker.start()
    time.sleep(0.05)
    waits = []
    end = time.perf_counter() + 1.0
    while time.perf_counter() < end:
        start = time.perf_counter()
        time.sleep(0.001)
        waits.append(time.perf_counter() - start - 0.001)
    stop.set()
    worker.join()
    return statistics.median(waits) * 1000


def speed(names: list[str], docs: list[str]) -> dict[str, float]:
    """CPU ms per avatar of each renderer, the renderers taking turns on each document (so a busy
    machine slows them alike)."""
    draws = {}
    for name in names:
        try:
            draws[name] = CANDIDATES[name][0]()
            draws[name](docs[0])
        except ImportError:
            continue
    totals = dict.fromkeys(draws, 0.0)
    clock = time.process_time
    for i, svg in enumerate(docs):
        order = list(draws)
        if i % 2:
            order.reverse()
        for name in order:
            start = clock()
            draws[name](svg)
            totals[name] += clock() - start
    return {name: total / len(docs) * 1000 for name, total in totals.items()}


def _rss_mib() -> float:
    """Resident memory now (Linux), else the peak so far."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(name: str, docs_file: Path, out: Path, keep: int) -> None:
    docs = json.loads(docs_file.read_text())
    rss_start = _rss_mib()
    try:
        factory = CANDIDATES[name][0]
        draw = factory()
        draw(docs[0])  # one-time start-up (libraries, fonts)
    except ImportError as exc:
        print("JSON", json.dumps({"name": name, "missing": str(exc)}))
        return
    clock = time.process_time
    total = 0.0
    for i, svg in enumerate(docs):
        start = clock()
        image = draw(svg)
        total += clock() - start
        if i == 0:
            rss_drawing = _rss_mib()
        image.save(out / f"{name}-{i:03d}.png", compress_level=1)

    wait = gil_wait(factory(), docs[:20])
    rss_end = _rss_mib()
    result = {
        "name": name,
        "ms": total / len(docs) * 1000,
        "gil_wait": wait,
        "start_mib": rss_start,
        "first_mib": rss_drawing,
        "end_mib": rss_end,
    }
    print("JSON", json.dumps(result))


# --- the parent -------------------------------------------------------------------------------------


def documents(n: int) -> list[str]:
    from avatarstudio.core.compose import compose_layers
    from avatarstudio.core.generate import generate
    from avatarstudio.core.pack import load_builtin
    from avatarstudio.render import join_layers

    pack = load_builtin()
    return [join_layers(compose_layers(pack, generate(pack, f"bench-{i}"))) for i in range(n)]


def compare(out: Path, name: str, n: int, sheets: int) -> dict:
    import numpy as np
    from PIL import Image

    def premultiplied(path: Path):
        a = np.asarray(Image.open(path).convert("RGBA"), dtype=np.float32)
        a[..., :3] *= a[..., 3:4] / 255.0
        return a

    means, worst, share = [], 0.0, []
    for i in range(n):
        ref = premultiplied(out / f"qtsvg-{i:03d}.png")
        got = premultiplied(out / f"{name}-{i:03d}.png")
        diff = np.abs(ref - got)
        means.append(float(diff.mean()))
        worst = max(worst, float(diff.max()))
        share.append(float((diff.max(axis=2) > 16).mean()))
        if i < sheets:
            sheet = Image.new("RGBA", (SIZE * 3, SIZE), (255, 255, 255, 255))
            sheet.paste(Image.open(out / f"qtsvg-{i:03d}.png"), (0, 0))
            sheet.paste(Image.open(out / f"{name}-{i:03d}.png"), (SIZE, 0))
            amplified = np.clip(diff.max(axis=2) * 4, 0, 255).astype(np.uint8)
            sheet.paste(Image.fromarray(255 - amplified).convert("RGBA"), (2 * SIZE, 0))
            sheet.save(out / f"sheet-{name}-{i:03d}.png")
            # the 96 px square where they differ most, both renders 4x enlarged side by side
            per_px = diff.max(axis=2)
            sums = np.pad(per_px, ((1, 0), (1, 0))).cumsum(0).cumsum(1)  # summed-area table
            block = sums[96:, 96:] - sums[:-96, 96:] - sums[96:, :-96] + sums[:-96, :-96]
            y, x = np.unravel_index(int(block.argmax()), block.shape)
            zoom = Image.new("RGBA", (96 * 8, 96 * 4))
            for k, who in enumerate(("qtsvg", name)):
                crop = Image.open(out / f"{who}-{i:03d}.png").crop((x, y, x + 96, y + 96))
                zoom.paste(crop.resize((96 * 4, 96 * 4), Image.Resampling.NEAREST), (96 * 4 * k, 0))
            zoom.save(out / f"zoom-{name}-{i:03d}.png")
    return {
        "mean": sum(means) / n,
        "max": worst,
        "share16": sum(share) / n * 100,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--sheets", type=int, default=4)
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--docs", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "speed":
        docs = json.loads(args.docs.read_text())
        print("JSON", json.dumps(speed(args.only, docs)))
        return
    if args.child:
        child(args.child, args.docs, args.out, args.sheets)
        return
    names = args.only or list(CANDIDATES)
    if "qtsvg" not in names:
        names.insert(0, "qtsvg")
    out = args.out or Path(tempfile.mkdtemp(prefix="renderers-"))
    out.mkdir(parents=True, exist_ok=True)
    docs_file = out / "docs.json"
    docs_file.write_text(json.dumps(documents(args.n)))
    print(f"{args.n} seeded avatars at {SIZE} px, load {os.getloadavg()[0]:.2f}; renders in {out}")
    results = []
    for name in names:
        argv = [sys.executable, __file__, "--child", name, "--docs", str(docs_file), "--out", str(out)]
        proc = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT)
        lines = [line for line in proc.stdout.splitlines() if line.startswith("JSON")]
        if proc.returncode != 0 or not lines:
            print(f"  {name}: failed (exit {proc.returncode}): {proc.stderr.strip()[-300:]}")
            continue
        result = json.loads(lines[-1][5:])
        if "missing" in result:
            print(f"  {name}: not installed ({result['missing']})")
            continue
        if name != "qtsvg":
            result.update(compare(out, name, args.n, args.sheets))
        results.append(result)
    argv = [sys.executable, __file__, "--child", "speed", "--docs", str(docs_file), "--only", *names]
    proc = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("JSON")]
    turns = json.loads(lines[-1][5:]) if lines else {}
    qt_ms = turns.get("qtsvg")
    print(
        f"\n  {'renderer':<10} {'package':<36} {'ms, turns':>9} {'vs Qt':>6} {'ms alone':>8} "
        f"{'GIL wait':>8} {'MiB':>7}  diff vs QtSvg: mean / max / px > 16"
    )
    for r in results:
        ms = turns.get(r["name"], r["ms"])
        ratio = f"{qt_ms / ms:.2f}x" if qt_ms else ""
        diff = f"{r['mean']:.2f} / {r['max']:.0f} / {r['share16']:.2f}%" if "mean" in r else "(reference)"
        mib = f"{r['first_mib'] - r['start_mib']:.0f}/{r['end_mib'] - r['start_mib']:.0f}"
        print(
            f"  {r['name']:<10} {CANDIDATES[r['name']][1]:<36} {ms:>9.2f} {ratio:>6} {r['ms']:>8.2f} "
            f"{r['gil_wait']:>8.2f} {mib:>7}  {diff}"
        )
    print(
        "  ms, turns: CPU ms per avatar, the renderers taking turns on each design in one process; "
        "ms alone: in its own process.\n  GIL wait: median ms a waking thread waits for the GIL while "
        "another draws (well under 1: released).\n  MiB: resident memory added by the library and its "
        "first 512 px drawing / after every drawing."
    )
    print(f"\nload {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
