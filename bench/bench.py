"""Speed benchmark: every figure of the speed targets, its target beside it, ratios from the same run.

    python bench/bench.py               # the whole table, whole-process figures as the median of 3
    python bench/bench.py --quick       # fewer designs, one repeat (a smoke run, not for the record)
    python bench/bench.py --repeat 5    # more repeats of each whole-process figure
    python bench/bench.py --against main  # every whole-process figure also on main, taking turns: ratios
    python bench/bench.py --kit --against main  # only the kit: wall, CPU and peak memory, taking turns

Asserts nothing. The machine may be shared: the load average is printed beside the figures, the
share of the cores' time the host gave to other virtual machines (steal) at the end, and at the start
the CPU time of a fixed piece of work that no commit changes, to tell this machine's speed from another
run's (the same commit's kit took 2.2, 2.85 and 7.0 s on three sessions' machines). The
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
from typing import NamedTuple

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ROWS: list[tuple[str, str, str, bool | None]] = []  # (what, figure, target, met)


def load() -> str:
    try:
        return "load {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:
        return "load n/a"


def _cpu_ticks() -> tuple[int, int] | None:
    """(all ticks, ticks stolen by the hypervisor) of every core so far, from /proc/stat; None elsewhere."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    return sum(fields), fields[7] if len(fields) > 7 else 0


def stolen_since(start: tuple[int, int] | None) -> str:
    """The share of all cores' time since ``start`` that the host gave to other machines (a virtual
    machine's "steal"): a run with much of it is slower for reasons no change of ours explains."""
    end = _cpu_ticks()
    if start is None or end is None or end[0] <= start[0]:
        return "steal n/a"
    return f"{100 * (end[1] - start[1]) / (end[0] - start[0]):.0f} % of the cores' time stolen by the host"


def machine_speed() -> str:
    """CPU ms of a fixed piece of work (a pure-Python loop, a LANCZOS downscale, a deflate): the same on
    any commit, so it tells how fast this machine is against the one another run's figures came from."""
    import zlib

    from PIL import Image

    image = Image.radial_gradient("L").resize((1024, 1024)).convert("RGBA")
    data = image.tobytes()
    start = time.process_time()
    total = 0
    for i in range(2_000_000):
        total += i
    python = time.process_time() - start
    start = time.process_time()
    for _ in range(5):
        image.resize((256, 256), Image.Resampling.LANCZOS)
    resize = time.process_time() - start
    start = time.process_time()
    zlib.compress(data, 6)
    deflate = time.process_time() - start
    return (
        f"this machine: {python * 1000:.0f} ms for 2M Python additions, {resize * 1000:.0f} ms for five "
        f"1024 -> 256 px LANCZOS, {deflate * 1000:.0f} ms to deflate 4 MiB (CPU time)"
    )


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


def pack_load(trees: dict[str, Path]) -> None:
    code = (
        "import time; t=time.perf_counter(); from avatarstudio.core.pack import load_builtin; load_builtin(); "
        "print('RESULT', time.perf_counter()-t)"
    )
    print(f"\nPack load in a fresh process ({load()}), import included:")
    for name, root in trees.items():
        with tempfile.TemporaryDirectory() as cache:
            env = _env(root, {"AVATARSTUDIO_CACHE_DIR": cache})
            cold = _py(code, env, root)
            warm = _py(code, env, root)
        print(
            f"  {name}: no template cache {cold[0] * 1000:.0f} ms, warm cache {warm[0] * 1000:.0f} ms "
            f"-> {cold[0] / warm[0]:.1f}x"
        )


# --- whole processes ------------------------------------------------------------------------------

# Runs one command and prints its RESULT line: this process's and its largest child's peak RSS (KiB,
# exact, from getrusage) and the CPU seconds of both. The memory of the whole process tree is sampled
# from outside (see _TreeSampler), so the sampling costs the measured processes nothing.
_WRAP = """
import resource, sys
from avatarstudio.cli import main
rc = main(ARGV)
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print("RESULT", me.ru_maxrss, kids.ru_maxrss,
      me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime, flush=True)
sys.exit(rc)
"""


class _TreeSampler:
    """Samples a process and all its descendants every 10 ms from this (benchmark) process: the peak of
    the sum of their PSS and the peak of the sum of their RSS, KiB (Linux; 0 elsewhere).

    PSS (proportional set size, ``/proc/PID/smaps_rollup``) counts a page shared by n processes as 1/n
    in each, so the sum over the tree is what the tree takes from the machine; summed RSS counts the
    shared library text of both interpreters twice. Both are sampled lower bounds (a spike shorter than
    10 ms can be missed); each process's own exact RSS peak comes from getrusage (RESULT)."""

    def __init__(self, pid: int) -> None:
        import threading

        self.pid, self.pss, self.rss = pid, 0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        if os.path.isdir(f"/proc/{pid}"):
            self._thread.start()

    @staticmethod
    def _children(pid: int) -> list[int]:
        found = []
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as f:
                    found += [int(x) for x in f.read().split()]
        except OSError:
            pass
        return found

    @staticmethod
    def _rollup(pid: int) -> tuple[int, int]:
        pss = rss = 0
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        pss = int(line.split()[1])
                    elif line.startswith("Rss:"):
                        rss = int(line.split()[1])
        except (OSError, ValueError, IndexError):
            pass
        return pss, rss

    def _poll(self) -> None:
        while not self._stop.is_set():
            pids = [self.pid]
            for pid in pids:
                pids += self._children(pid)
            sizes = [self._rollup(pid) for pid in pids]
            self.pss = max(self.pss, sum(p for p, _ in sizes))
            self.rss = max(self.rss, sum(r for _, r in sizes))
            self._stop.wait(0.01)

    def stop(self) -> tuple[int, int]:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
        return self.pss, self.rss


def _env(root: Path, extra: dict[str, str]) -> dict[str, str]:
    """The environment for a command of the tree at ``root``: its package first on the path (ahead of
    any editable install), spawned workers included."""
    return dict(os.environ, PYTHONPATH=str(root), **extra)


CRASHES: list[str] = []  # commands that died and were run again (printed with the results)


def _py(code: str, env: dict, root: Path = ROOT, tree: list | None = None) -> list[float]:
    """Run ``code`` in a fresh interpreter; its RESULT line. With ``tree`` (a list), the peak PSS and RSS
    of the process and its descendants together (KiB, sampled) are put in it. A run that dies (a signal,
    no RESULT) is recorded in CRASHES and run once more; a second failure stops the benchmark."""
    for attempt in (1, 2):
        proc = subprocess.Popen(
            [sys.executable, "-c", code],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=root,
            env=env,
        )
        sampler = _TreeSampler(proc.pid) if tree is not None else None
        stdout, stderr = proc.communicate()
        if sampler is not None:
            tree[:] = sampler.stop()
        lines = [line for line in stdout.splitlines() if line.startswith("RESULT")]
        if proc.returncode == 0 and lines:
            return [float(v) for v in lines[-1].split()[1:]]
        what = f"exit code {proc.returncode} in {root}: {code[:160]}"
        if attempt == 2:
            raise SystemExit(f"benchmark command failed twice, {what}\n{stderr[-3000:]}")
        CRASHES.append(what)
    raise AssertionError("unreachable")


class Run(NamedTuple):
    """One whole-process command: wall seconds, peak memory in MiB, CPU seconds."""

    wall: float
    own_mib: float  # this process's exact peak RSS (getrusage)
    child_mib: float  # its largest child's exact peak RSS (getrusage)
    cpu: float  # CPU seconds of the process and its children, after its imports
    tree_pss_mib: float  # peak PSS of the process and its descendants together (sampled)
    tree_rss_mib: float  # peak RSS of the same together (sampled; shared pages counted in each)


def command(argv: list[str], env: dict, root: Path = ROOT, *, sample: bool = True) -> Run:
    """Run ``avatarstudio ARGV`` in a fresh interpreter and measure it (see Run); without ``sample``
    the process tree's memory is not sampled (0)."""
    start = time.perf_counter()
    tree: list[int] = []
    self_kib, child_kib, cpu = _py(_WRAP.replace("ARGV", repr(argv)), env, root, tree if sample else None)
    wall = time.perf_counter() - start
    pss, rss = tree or (0, 0)
    return Run(wall, self_kib / 1024, child_kib / 1024, cpu, pss / 1024, rss / 1024)


def timed_and_sampled(argv: list[str], env: dict, root: Path) -> Run:
    """A two-process command run twice: timed alone, then again with its memory sampled. Reading
    ``smaps_rollup`` of its processes every 10 ms takes a share of a core on a 2-core machine: the kit
    measured 2.8 s wall alone and 3.1 s sampled. Wall and CPU come from the first run, memory from the
    second (the same command, the same files)."""
    timed = command(argv, env, root, sample=False)
    sampled = command(argv, env, root)
    return timed._replace(tree_pss_mib=sampled.tree_pss_mib, tree_rss_mib=sampled.tree_rss_mib)


def studio_launch(env: dict, data: Path, root: Path = ROOT) -> float:
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
        cwd=root,
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


def _one_round(root: Path, tmp_path: Path, env: dict, spec: Path, tag: str) -> dict[str, tuple]:
    kit_argv = ["kit", "--seed", "sakura", "--platform", "all", "-o", str(tmp_path / f"k-{tag}")]
    return {
        "j2": command(["batch", str(spec), "-o", str(tmp_path / f"b2-{tag}"), "-j", "2", "-q"], env, root),
        "j1": command(["batch", str(spec), "-o", str(tmp_path / f"b1-{tag}"), "-j", "1", "-q"], env, root),
        "render": command(["render", "--seed", "x", "-o", str(tmp_path / f"r-{tag}")], env, root),
        "kit": timed_and_sampled(kit_argv, env, root),
        "studio": (studio_launch(env, tmp_path / f"data-{tag}", root),),
    }


def whole_process(seeds: int, repeats: int, trees: dict[str, Path]) -> None:
    """Every whole-process figure for each tree, the trees taking turns in each repeat."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        spec = tmp_path / "spec.toml"
        spec.write_text(f'seeds = {{ from = 1, count = {seeds} }}\npresets = ["discord"]\n')
        envs = {}
        for name, root in trees.items():
            folder = tmp_path / name
            envs[name] = _env(
                root,
                {
                    "AVATARSTUDIO_CACHE_DIR": str(folder / "cache"),
                    "AVATARSTUDIO_CONFIG_DIR": str(folder / "config"),
                    "AVATARSTUDIO_DATA_DIR": str(folder / "data"),
                },
            )
        cold = {
            name: command(["render", "--seed", "x", "-o", str(tmp_path / f"r0-{name}")], envs[name], root)
            for name, root in trees.items()
        }
        runs: dict[str, dict[str, list]] = {name: {} for name in trees}
        for i in range(repeats):
            order = list(trees) if i % 2 == 0 else list(reversed(trees))
            for name in order:
                result = _one_round(trees[name], tmp_path, envs[name], spec, f"{name}-{i}")
                for key, value in result.items():
                    runs[name].setdefault(key, []).append(value)

    def figures(name: str) -> dict[str, list[float]]:
        r = runs[name]
        return {
            "j2": [seeds / x[0] for x in r["j2"]],
            "j1": [seeds / x[0] for x in r["j1"]],
            "worker_mib": [x[2] for x in r["j2"]],
            "kit_s": [x[0] for x in r["kit"]],
            "kit_cpu": [x[3] for x in r["kit"]],
            "kit_mib": [x.tree_pss_mib for x in r["kit"]],  # PSS of both processes together (sampled)
            "kit_rss_mib": [x.tree_rss_mib for x in r["kit"]],
            "kit_larger_mib": [max(x.own_mib, x.child_mib) for x in r["kit"]],
            "render_s": [x[0] for x in r["render"]],
            "studio_s": [x[0] for x in r["studio"]],
        }

    new = figures("new")
    old = figures("old") if "old" in runs else None
    print(f"\nWhole processes, median of {repeats} alternating runs ({load()} after):")
    for name in trees:
        f = figures(name)
        print(f"  [{name}: {trees[name]}]")
        print(
            f"  batch {seeds} seeds, 512 px PNG: 2 workers {median_of(f['j2'])} /s, 1 worker {median_of(f['j1'])} /s"
        )
        print(
            f"    -> 2 workers make {statistics.median(f['j2']) / statistics.median(f['j1']):.2f}x the avatars of 1 worker"
        )
        print(
            f"  render --seed x: {median_of(f['render_s'])} s (first run, empty template cache: {cold[name][0]:.2f} s)"
        )
        print(
            f"  kit --platform all: {median_of(f['kit_s'])} s ({median_of(f['kit_cpu'])} s CPU), "
            f"peak PSS {median_of(f['kit_mib'])} MiB both processes together (RSS summed "
            f"{median_of(f['kit_rss_mib'])}), {median_of(f['kit_larger_mib'])} MiB RSS the larger"
        )
        print(f"  studio, launch to first shown window (offscreen): {median_of(f['studio_s'])} s")

    def med(key: str, figs=new) -> float:
        return statistics.median(figs[key])

    def vs(key: str, higher_is_better: bool) -> str:
        """new against old from this run: how many times better (> 1) or worse (< 1)."""
        if old is None:
            return ""
        ratio = med(key) / med(key, old) if higher_is_better else med(key, old) / med(key)
        return f" ({ratio:.2f}x old)"

    row(
        f"batch, {seeds} seeds, 512 px PNG, 2 workers",
        f"{med('j2'):.1f} /s{vs('j2', True)}",
        ">= 120 /s",
        med("j2") >= 120,
    )
    row("one process, same work", f"{med('j1'):.1f} /s{vs('j1', True)}", ">= 60 /s", med("j1") >= 60)
    row(
        "peak memory per worker",
        f"{med('worker_mib'):.0f} MiB{vs('worker_mib', False)}",
        "<= 200 MiB",
        med("worker_mib") <= 200,
    )
    row(
        "kit --platform all, whole process (MiB: PSS of its processes together)",
        f"{med('kit_s'):.2f} s{vs('kit_s', False)}, {med('kit_mib'):.0f} MiB{vs('kit_mib', False)}",
        "<= 2 s, <= 300 MiB",
        med("kit_s") <= 2 and med("kit_mib") <= 300,
    )
    row(
        "render --seed x, whole process",
        f"{med('render_s'):.2f} s{vs('render_s', False)}",
        "<= 0.4 s",
        med("render_s") <= 0.4,
    )
    row(
        "studio, launch to first shown window",
        f"{med('studio_s'):.2f} s{vs('studio_s', False)}",
        "<= 1 s",
        med("studio_s") <= 1,
    )


def gui_latency(n: int, trees: dict[str, Path], repeats: int = 1, settle: float = 1.0) -> None:
    """Preview latency (bench/gui_latency.py, this tree's copy, run against each tree's package), each
    tree ``repeats`` times, taking turns; the median of the runs' p95, wall and GUI-thread CPU."""
    script = ROOT / "bench" / "gui_latency.py"
    kinds = ("part", "colour", "slider")
    runs: dict[str, list[dict]] = {name: [] for name in trees}
    for i in range(repeats):
        for name in list(trees) if i % 2 == 0 else list(reversed(trees)):
            root = trees[name]
            code = (
                "import json, runpy; "
                f"m = runpy.run_path({str(script)!r}, run_name='gui_latency'); "
                f"print('JSON', json.dumps(m['measure_latency']({n}, settle={settle})))"
            )
            out = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, env=_env(root, {})
            )
            lines = [line for line in out.stdout.splitlines() if line.startswith("JSON")]
            if out.returncode != 0 or not lines:
                print(f"GUI latency could not be measured in {root}:\n{out.stderr[-2000:]}")
                continue
            runs[name].append(json.loads(lines[-1][5:]))
    p95s = {}
    for name, results in runs.items():
        if not results:
            continue

        def med(kind: str, what: str, key: str, results=results) -> float:
            return statistics.median(r[kind][what][key] for r in results)

        p95s[name] = [med(kind, "preview", "p95_ms") for kind in kinds]
        print(
            f"\nGUI preview at {results[0]['size']} px, {n} changes of each kind after {settle:g} s idle, "
            f"{name}, median of {len(results)} run(s) ({load()}):"
        )
        for kind in kinds + tuple(k for k in ("part_burst",) if k in results[0]):  # burst: no grid, no idle
            idle = max(r[kind].get("idle_s", 0.0) for r in results)
            print(
                f"  {kind:<7} (after {idle:.1f} s idle at most) wall median {med(kind, 'preview', 'median_ms'):.1f} ms, "
                f"p95 {med(kind, 'preview', 'p95_ms'):.1f} ms; GUI-thread CPU median "
                f"{med(kind, 'preview_cpu', 'median_ms'):.1f} ms, p95 {med(kind, 'preview_cpu', 'p95_ms'):.1f} ms"
            )
    if "new" not in p95s:
        return
    p95 = p95s["new"]
    ratio = ""
    if "old" in p95s:
        ratio = " (" + " / ".join(f"{o / v:.2f}" for o, v in zip(p95s["old"], p95, strict=True)) + "x old)"
    row(
        "GUI preview p95 at 512 px, part / colour / slider",
        " / ".join(f"{v:.1f}" for v in p95) + " ms" + ratio,
        "<= 8 ms each",
        max(p95) <= 8,
    )


def kit_only(repeats: int, trees: dict[str, Path]) -> None:
    """``kit --platform all`` alone, the trees taking turns: wall, CPU and peak memory (--kit)."""
    runs: dict[str, list[tuple]] = {name: [] for name in trees}
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        envs = {
            name: _env(root, {"AVATARSTUDIO_CACHE_DIR": str(tmp_path / name / "cache")})
            for name, root in trees.items()
        }
        for name, root in trees.items():  # fill each tree's template caches: every kit below is "warm"
            command(["render", "--seed", "x", "-o", str(tmp_path / f"r-{name}.png")], envs[name], root)
            warm = ["kit", "--seed", "x", "--platform", "slack", "-q", "-o", str(tmp_path / f"w-{name}")]
            command(warm, envs[name], root)  # the sticker figure parts too
        for i in range(repeats):
            for name in list(trees) if i % 2 == 0 else list(reversed(trees)):
                argv = [
                    "kit",
                    "--seed",
                    "sakura",
                    "--platform",
                    "all",
                    "-q",
                    "-o",
                    str(tmp_path / f"k-{name}-{i}"),
                ]
                runs[name].append(timed_and_sampled(argv, envs[name], trees[name]))
    print(f"\nkit --platform all, whole process, median of {repeats} alternating runs ({load()} after):")
    med = {
        name: Run(*(statistics.median(x[k] for x in r) for k in range(len(Run._fields))))
        for name, r in runs.items()
    }
    for name, m in med.items():
        print(
            f"  [{name}] {m.wall:.2f} s wall, {m.cpu:.2f} s CPU; peak PSS {m.tree_pss_mib:.0f} MiB both "
            f"processes together (sampled; RSS summed {m.tree_rss_mib:.0f}), exact RSS peaks: this process "
            f"{m.own_mib:.0f} MiB, the helper {m.child_mib:.0f} MiB"
        )
    if "old" in med:
        new, old = med["new"], med["old"]
        print(
            f"  new against old: wall {old.wall / new.wall:.2f}x, CPU {old.cpu / new.cpu:.2f}x, "
            f"peak PSS together {old.tree_pss_mib / new.tree_pss_mib:.2f}x, RSS summed "
            f"{old.tree_rss_mib / new.tree_rss_mib:.2f}x, larger process "
            f"{max(old.own_mib, old.child_mib) / max(new.own_mib, new.child_mib):.2f}x (> 1 is better)"
        )
    m = med["new"]
    row(
        "kit --platform all, whole process (MiB: PSS of its processes together)",
        f"{m.wall:.2f} s ({m.cpu:.2f} s CPU), {m.tree_pss_mib:.0f} MiB",
        "<= 2 s, <= 300 MiB",
        m.wall <= 2 and m.tree_pss_mib <= 300,
    )


def _checkout(ref: str, into: Path) -> Path:
    """The tree of ``ref`` (a branch, tag or commit of this repository) exported into ``into``, compiled."""
    import compileall
    import tarfile

    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref], cwd=ROOT, capture_output=True, check=True
    )
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    compileall.compile_dir(into / "avatarstudio", quiet=1)
    return into


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer designs, one repeat")
    parser.add_argument("--repeat", type=int, default=None, help="repeats of each whole-process figure")
    parser.add_argument("--kit", action="store_true", help="only the kit figure (wall, CPU, peak memory)")
    parser.add_argument(
        "--gui", action="store_true", help="only the GUI preview latency (wall and GUI-thread CPU)"
    )
    parser.add_argument(
        "--settle",
        type=float,
        default=1.0,
        help="idle seconds before each kind of GUI edit, and on until the preview's idle work is done; "
        "0: edits before any idle work",
    )
    parser.add_argument(
        "--against",
        metavar="REF",
        default=None,
        help="also run every whole-process figure on REF (e.g. main), taking turns, and print new/old ratios",
    )
    args = parser.parse_args()
    repeats = args.repeat or (1 if args.quick else 3)
    import compileall

    compileall.compile_dir(ROOT / "avatarstudio", quiet=1)  # what pip does at install time
    print(f"avatarstudio speed benchmark, {os.cpu_count()} cores, {load()} at start")
    print(machine_speed())
    ticks = _cpu_ticks()
    with tempfile.TemporaryDirectory(prefix="bench-old-") as old_tree:
        trees = {"new": ROOT}
        if args.against:
            trees["old"] = _checkout(args.against, Path(old_tree))
            print(f"old = {args.against} ({trees['old']}); ratios are new against old, > 1 is better")
        if args.kit:
            kit_only(args.repeat or 3, trees)
        elif args.gui:
            gui_latency(20 if args.quick else 60, trees, repeats, args.settle)
        else:
            pipeline(40 if args.quick else 200)
            pack_load(trees)
            whole_process(120 if args.quick else 600, repeats, trees)
            gui_latency(20 if args.quick else 60, trees, settle=args.settle)
    for crash in CRASHES:
        print(f"\nA command died and was run again: {crash}")
    print(f"\nTargets ({load()} at the end; {stolen_since(ticks)}):")
    width = max(len(r[0]) for r in ROWS)
    fig_width = max(len(r[1]) for r in ROWS)
    for what, figure, target, met in ROWS:
        mark = {True: "met", False: "NOT met", None: ""}[met]
        print(f"  {what:<{width}}  {figure:<{fig_width}}  target {target:<22} {mark}")


if __name__ == "__main__":
    main()
