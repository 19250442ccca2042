#!/usr/bin/env python3
"""Smoke test of the built bundle (dist/avatarstudio/), run in a clean environment.

    python tools/smoke_bundle.py [--bundle dist/avatarstudio] [--python build/venv/bin/python]

Every bundle command runs with only PATH=/usr/bin:/bin, HOME (a fresh temporary folder, so user data
lands there and nowhere else) and QT_QPA_PLATFORM=offscreen, so no project virtualenv is on the path.

Checks: the bundle's layout (two executables, assets/, presets/, translations, no unwanted Qt
modules); `avatarstudio --version`; a seeded render to PNG, to platform presets and to SVG; a batch
with two worker processes (spawn inside a frozen executable); one platform kit when the CLI has a
`kit` command; the windowed studio shows its main window and exits cleanly; every image the bundle
wrote is byte-identical to the one written from source by --python; nothing inside the bundle changed.

Measures the bundle size (du -sh), start-up times of the CLI (--version, one render) and of the GUI
to its first shown window. First runs are as cold as the page cache allows (`--drop-caches` empties
it first when run as root and permitted); "warm" is the median of the following runs.

The built-in art may be incomplete while it is drawn: then renders use tests/fixtures/mini_pack
(said clearly in the output), while the bundle must still ship assets/.
Exit status: 0 all checks passed (skips allowed), 1 a check failed, 2 bad usage.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE = ".exe" if os.name == "nt" else ""
UNWANTED_QT = re.compile(
    r"Qt6?(Network|Qml|Quick|3D|WebEngine|Multimedia|Pdf|Sql|Test|Designer|Charts)\w*"
    r"(\.abi3)?\.(so|dll|dylib|pyd)",
    re.I,
)
MINI_PACK = ROOT / "tests" / "fixtures" / "mini_pack"


class Smoke:
    def __init__(self, args) -> None:
        self.args = args
        self.bundle = Path(args.bundle).resolve()
        self.internal = self.bundle / "_internal" if (self.bundle / "_internal").is_dir() else self.bundle
        self.cli = self.bundle / f"avatarstudio{EXE}"
        self.gui = self.bundle / f"avatarstudio-studio{EXE}"
        self.python = str(Path(args.python).absolute())
        self.work = Path(tempfile.mkdtemp(prefix="avatarstudio-smoke-"))
        self.home = self.work / "home"
        self.home.mkdir()
        self.results: list[tuple[str, str, str]] = []
        self.figures: dict[str, object] = {}
        self.pack_args: list[str] = []

    # --- helpers ---------------------------------------------------------------------------------
    def env(self, **extra: str) -> dict[str, str]:
        env = {"PATH": "/usr/bin:/bin", "HOME": str(self.home), "QT_QPA_PLATFORM": "offscreen"}
        if os.name == "nt":  # Windows cannot start programs without these
            env.update({k: os.environ[k] for k in ("SYSTEMROOT", "WINDIR", "TEMP", "TMP") if k in os.environ})
            env["PATH"] = os.environ.get("SYSTEMROOT", r"C:\Windows") + r"\System32"
            env["USERPROFILE"] = env["APPDATA"] = env["LOCALAPPDATA"] = str(self.home)
        env.update(extra)
        return env

    def run(
        self, cmd: list, timeout: float = 300, **extra_env: str
    ) -> tuple[subprocess.CompletedProcess, float]:
        start = time.perf_counter()
        proc = subprocess.run(
            [str(c) for c in cmd],
            cwd=self.work,
            env=self.env(**extra_env),
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
        )
        return proc, time.perf_counter() - start

    def bundle_cmd(self, *args) -> list:
        return [self.cli, *args]

    def source_cmd(self, *args) -> list:
        # -P (3.11+) keeps the working folder off sys.path; PYTHONPATH is not used: cwd is the repo.
        return [self.python, "-m", "avatarstudio", *args]

    def run_source(self, args: list, timeout: float = 300):
        start = time.perf_counter()
        proc = subprocess.run(
            [str(c) for c in self.source_cmd(*args)],
            cwd=ROOT,
            env=self.env(),
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
        )
        return proc, time.perf_counter() - start

    def record(self, name: str, status: str, detail: str = "") -> None:
        self.results.append((name, status, detail))
        mark = {"ok": "ok  ", "skip": "SKIP", "fail": "FAIL"}[status]
        print(f"[{mark}] {name}" + (f": {detail}" if detail else ""), flush=True)

    def snapshot(self) -> dict[str, tuple[int, int]]:
        out = {}
        for path in self.bundle.rglob("*"):
            if path.is_file() and not path.is_symlink():
                st = path.stat()
                out[str(path.relative_to(self.bundle))] = (st.st_size, st.st_mtime_ns)
        return out

    def stale_hint(self) -> str:
        """Name source files changed after the bundle was built (a live work tree), if any."""
        built = self.cli.stat().st_mtime
        newer = sorted(
            str(p.relative_to(ROOT))
            for top in ("avatarstudio", "assets", "presets")
            for p in (ROOT / top).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.stat().st_mtime > built
        )
        if not newer:
            return ""
        return f" - but {len(newer)} source files changed after the bundle was built (rebuild): {newer[:4]}"

    def drop_caches(self) -> bool:
        if not self.args.drop_caches:
            return False
        try:
            subprocess.run(["sync"], check=False)
            Path("/proc/sys/vm/drop_caches").write_text("3\n")
            return True
        except OSError:
            return False

    # --- checks ----------------------------------------------------------------------------------
    def check_layout(self) -> None:
        missing = [str(p.name) for p in (self.cli, self.gui) if not p.is_file()]
        if missing:
            self.record("layout: executables", "fail", "missing " + ", ".join(missing))
            raise SystemExit(self.summary())
        self.record("layout: executables", "ok", f"{self.cli.name}, {self.gui.name}")
        assets = self.internal / "avatarstudio" / "assets"
        src_assets = sorted(
            p.relative_to(ROOT / "assets")
            for p in (ROOT / "assets").rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and not p.name.startswith(".")
        )
        missing = [str(p) for p in src_assets if not (assets / p).is_file()]
        self.record(
            "layout: assets/",
            "fail" if missing or not src_assets else "ok",
            f"{len(src_assets) - len(missing)}/{len(src_assets)} files"
            + (f"; missing e.g. {missing[:3]}" if missing else ""),
        )
        src_presets = sorted(p.name for p in (ROOT / "presets").glob("*.toml"))
        missing = [p for p in src_presets if not (self.internal / "avatarstudio" / "presets" / p).is_file()]
        self.record(
            "layout: presets/",
            "fail" if missing else "ok",
            f"{len(src_presets) - len(missing)}/{len(src_presets)} platforms"
            + (f"; missing {missing}" if missing else ""),
        )
        qm = (
            sorted((ROOT / "avatarstudio" / "gui" / "i18n").glob("*.qm"))
            if (ROOT / "avatarstudio/gui/i18n").is_dir()
            else []
        )
        ts = (
            sorted((ROOT / "avatarstudio" / "gui" / "i18n").glob("*.ts"))
            if (ROOT / "avatarstudio/gui/i18n").is_dir()
            else []
        )
        if not qm:
            self.record(
                "layout: translations",
                "skip",
                "no avatarstudio/gui/i18n/*.qm in the source tree"
                + (f" ({len(ts)} .ts not compiled)" if ts else ""),
            )
        else:
            missing = [
                p.name for p in qm if not (self.internal / "avatarstudio" / "gui" / "i18n" / p.name).is_file()
            ]
            self.record(
                "layout: translations",
                "fail" if missing else "ok",
                ", ".join(p.name for p in qm) + (f"; missing {missing}" if missing else ""),
            )
        fonts = (
            sorted(p.name for p in (self.internal / "fonts").glob("*"))
            if (self.internal / "fonts").is_dir()
            else []
        )
        self.record(
            "layout: fonts",
            "ok" if fonts else "skip",
            ", ".join(fonts) if fonts else "no fonts/ in the bundle: cards use the system's Noto Sans CJK",
        )
        unwanted = sorted({p.name for p in self.internal.rglob("*") if UNWANTED_QT.search(p.name)})
        self.record(
            "layout: no unused Qt modules",
            "fail" if unwanted else "ok",
            ", ".join(unwanted) if unwanted else "",
        )
        if (self.bundle / "build").exists() or list(self.bundle.glob("*.log")):
            self.record("layout: clean", "fail", "build leftovers in the bundle")

    def check_version(self) -> None:
        tree = ast.parse((ROOT / "avatarstudio" / "__init__.py").read_text(encoding="utf-8"))
        version = next(
            ast.literal_eval(n.value)
            for n in tree.body
            if isinstance(n, ast.Assign) and any(getattr(t, "id", None) == "__version__" for t in n.targets)
        )
        dropped = self.drop_caches()
        times = []
        for i in range(1 + self.args.repeat):
            proc, elapsed = self.run(self.bundle_cmd("--version"))
            times.append(elapsed)
            if i == 0:
                out = (proc.stdout + proc.stderr).strip()
                ok = proc.returncode == 0 and out == f"avatarstudio {version}"
                self.record("cli --version", "ok" if ok else "fail", f"{out!r} (rc {proc.returncode})")
                if not ok:
                    return
        self.figures["cli --version first run s"] = round(times[0], 3)
        self.figures["cli --version warm median s"] = (
            round(statistics.median(times[1:]), 3) if times[1:] else None
        )
        self.figures["page cache dropped before first run"] = dropped

    def choose_pack(self) -> None:
        if self.args.pack:
            self.pack_args = ["--pack", str(Path(self.args.pack).resolve())]
            self.record("pack", "ok", f"using {self.args.pack} (--pack)")
            return
        proc, _ = self.run(self.bundle_cmd("parts"))
        if proc.returncode == 0:
            self.record(
                "pack: built-in art loads in the bundle",
                "ok",
                proc.stdout.splitlines()[0] if proc.stdout else "",
            )
            return
        reason = (proc.stderr.strip().splitlines() or ["?"])[-1][:300]
        self.pack_args = ["--pack", str(MINI_PACK)]
        self.record(
            "pack: built-in art loads in the bundle",
            "skip",
            f"built-in art not complete yet ({reason}); rendering with tests/fixtures/mini_pack instead",
        )

    def paired(self, name: str, args: list[str], subdir: str, timed: bool = False) -> bool:
        """Run the same CLI command from the bundle and from source; compare every file written."""
        out_b, out_s = self.work / "bundle" / subdir, self.work / "source" / subdir
        dropped = self.drop_caches() if timed else False
        proc, elapsed = self.run(self.bundle_cmd(*args, "-o", out_b))
        if proc.returncode != 0:
            self.record(f"{name} (bundle)", "fail", f"rc {proc.returncode}: {proc.stderr.strip()[-600:]}")
            return False
        if timed:
            self.figures["cli render first run s"] = round(elapsed, 3)
            self.figures["page cache dropped before first render"] = dropped
            warm = []
            for i in range(self.args.repeat):
                _, t = self.run(self.bundle_cmd(*args, "-o", self.work / "bundle-warm" / f"{subdir}-{i}"))
                warm.append(t)
            if warm:
                self.figures["cli render warm median s"] = round(statistics.median(warm), 3)
            _, t_src = self.run_source(args + ["-o", str(self.work / "source-warm" / subdir)])
            self.figures["source render (python -m avatarstudio) s"] = round(t_src, 3)
        sproc, _ = self.run_source(args + ["-o", str(out_s)])
        if sproc.returncode != 0:
            self.record(f"{name} (source)", "fail", f"rc {sproc.returncode}: {sproc.stderr.strip()[-600:]}")
            return False
        files_b = {p.relative_to(out_b) for p in out_b.rglob("*") if p.is_file() and p.name != "report.json"}
        files_s = {p.relative_to(out_s) for p in out_s.rglob("*") if p.is_file() and p.name != "report.json"}
        if not files_b:
            self.record(name, "fail", "the bundle wrote no files")
            return False
        if files_b != files_s:
            self.record(
                name,
                "fail",
                f"different files: bundle only {sorted(map(str, files_b - files_s))[:5]}, "
                f"source only {sorted(map(str, files_s - files_b))[:5]}",
            )
            return False
        differ = [str(p) for p in sorted(files_b) if (out_b / p).read_bytes() != (out_s / p).read_bytes()]
        if differ:
            self.record(
                name,
                "fail",
                f"{len(differ)}/{len(files_b)} files differ from source, e.g. {differ[:3]}"
                + self.stale_hint(),
            )
            return False
        kinds = sorted({p.suffix for p in files_b})
        self.record(name, "ok", f"{len(files_b)} files ({', '.join(kinds)}) byte-identical to source")
        return True

    def check_renders(self) -> None:
        pack = self.pack_args
        self.paired("render seed -> PNG", ["render", "--seed", "smoke-1", *pack], "render", timed=True)
        self.paired(
            "render seed -> presets x, discord",
            ["render", "--seed", "smoke-2", "--preset", "x", "--preset", "discord", *pack],
            "presets",
        )
        self.paired("render seed -> SVG", ["render", "--seed", "smoke-3", "--format", "svg", *pack], "svg")
        spec = self.work / "spec.toml"
        spec.write_text('seeds = { from = 1, count = 4 }\npresets = ["x", "line"]\n', encoding="utf-8")
        self.paired(
            "batch -j 2 (spawn workers in the frozen exe)",
            ["batch", str(spec), "-j", "2", "-q", *pack],
            "batch",
        )

    def check_kit(self) -> None:
        proc, _ = self.run(self.bundle_cmd("kit", "--help"))
        text = proc.stdout + proc.stderr
        if proc.returncode != 0 and "invalid choice" in text:
            self.record("kit export", "skip", "this build's CLI has no `kit` subcommand yet")
            return
        if proc.returncode != 0:
            self.record("kit export", "fail", f"`kit --help` rc {proc.returncode}: {text.strip()[-400:]}")
            return
        usage = " ".join(text.split())
        args = ["kit"]
        if re.search(r"--platform\b", usage):
            args += ["--platform", "x"]
        elif re.search(r"usage: avatarstudio kit [^-]*\bplatform", usage, re.I) or re.search(
            r"\bPLATFORM\b", usage
        ):
            args += ["x"]
        if "--seed" in usage:
            args += ["--seed", "smoke-kit"]
        self.paired("kit export (x)", args + self.pack_args, "kit")

    def check_import_pack(self) -> None:
        """import-pack trial-renders in a spawned child (frozen multiprocessing) and stores the cleaned
        pack in the user data folder: it must land under HOME, and source must find the same pack there."""
        proc, _ = self.run(self.bundle_cmd("import-pack", "--help"))
        if proc.returncode != 0 and "invalid choice" in proc.stdout + proc.stderr:
            self.record("import-pack", "skip", "this build's CLI has no `import-pack` subcommand")
            return
        proc, elapsed = self.run(self.bundle_cmd("import-pack", str(MINI_PACK), "--replace"))
        if proc.returncode != 0:
            self.record("import-pack (bundle)", "fail", f"rc {proc.returncode}: {proc.stderr.strip()[-600:]}")
            return
        stored = [p for p in self.home.rglob("pack.toml") if "packs" in p.parts]
        inside = [p for p in self.bundle.rglob("pack.toml") if "packs" in p.parts]
        if not stored or inside:
            self.record(
                "import-pack stores in the user data folder",
                "fail",
                f"under HOME: {[str(p) for p in stored]}, inside the bundle: {[str(p) for p in inside]}",
            )
            return
        self.record(
            "import-pack stores in the user data folder",
            "ok",
            f"{stored[0].parent.relative_to(self.home)} ({elapsed:.1f} s, trial render in a spawned child)",
        )
        pack_id = stored[0].parent.name
        self.paired(
            f"render --pack {pack_id} (imported pack)",
            ["render", "--seed", "smoke-4", "--pack", pack_id],
            "imported",
        )

    def check_gui(self) -> None:
        quit_ms = 800
        gui_args = [a for a in self.pack_args]
        timings = []
        for attempt in range(1 + min(self.args.repeat, 2)):
            report = self.work / f"gui-report-{attempt}.json"
            dropped = self.drop_caches() if attempt == 0 else False
            t0 = time.time()
            try:
                proc = subprocess.run(
                    [str(self.gui), *gui_args],
                    cwd=self.work,
                    capture_output=True,
                    text=True,
                    encoding="utf-8",
                    errors="replace",
                    timeout=120,
                    env=self.env(
                        AVATARSTUDIO_SMOKE_QUIT_MS=str(quit_ms), AVATARSTUDIO_SMOKE_REPORT=str(report)
                    ),
                )
            except subprocess.TimeoutExpired:
                self.record("gui starts and exits", "fail", "no exit within 120 s (a modal dialog?)")
                return
            t_end = time.time()
            data = json.loads(report.read_text(encoding="utf-8")) if report.is_file() else {}
            if proc.returncode != 0 or "shown" not in data:
                self.record(
                    "gui starts and exits",
                    "fail",
                    f"rc {proc.returncode}, report {data or 'missing'}; stderr: {proc.stderr.strip()[-800:]}",
                )
                return
            timings.append(
                (
                    data["shown"] - t0,
                    data.get("idle", data["shown"]) - t0,
                    t_end - data.get("quit_requested", t_end),
                )
            )
            if attempt == 0:
                warnings = [line for line in proc.stderr.splitlines() if line.strip()]
                self.record(
                    "gui starts, shows its main window, exits cleanly",
                    "ok",
                    f"{data.get('window_class')} {data.get('title')!r} {data.get('size')}, rc 0"
                    + (f"; stderr: {' | '.join(warnings[:5])[:500]}" if warnings else ""),
                )
                self.figures["page cache dropped before first gui run"] = dropped
        self.figures["gui to first shown window, first run s"] = round(timings[0][0], 3)
        self.figures["gui to first event-loop turn after show, first run s"] = round(timings[0][1], 3)
        if timings[1:]:
            self.figures["gui to first shown window, warm median s"] = round(
                statistics.median(t[0] for t in timings[1:]), 3
            )
        self.figures["gui shutdown after quit s"] = round(timings[0][2], 3)

    def check_hygiene(self, before: dict) -> None:
        after = self.snapshot()
        changed = sorted(
            set(before) ^ set(after) | {k for k in before.keys() & after.keys() if before[k] != after[k]}
        )
        self.record(
            "nothing written inside the bundle",
            "fail" if changed else "ok",
            f"changed: {changed[:5]}" if changed else "",
        )
        user = sorted(str(p.relative_to(self.home)) for p in self.home.rglob("*") if p.is_file())
        self.figures["files the runs wrote under HOME"] = user[:20]

    def measure_size(self) -> None:
        try:
            out = subprocess.run(
                ["du", "-sh", str(self.bundle)], capture_output=True, text=True
            ).stdout.split()[0]
        except (OSError, IndexError):
            total = sum(
                p.stat().st_size for p in self.bundle.rglob("*") if p.is_file() and not p.is_symlink()
            )
            out = f"{total / 1e6:.0f}M"
        self.figures["bundle size (du -sh)"] = out
        big = {}
        for child in self.internal.iterdir():
            size = sum(
                p.stat().st_size
                for p in ([child] if child.is_file() else child.rglob("*"))
                if p.is_file() and not p.is_symlink()
            )
            big[child.name] = size
        self.figures["largest parts MB"] = {
            k: round(v / 1e6, 1) for k, v in sorted(big.items(), key=lambda kv: -kv[1])[:8]
        }

    def summary(self) -> int:
        print("\nfigures:")
        for key, value in self.figures.items():
            print(f"  {key}: {value}")
        failed = [r for r in self.results if r[1] == "fail"]
        skipped = [r for r in self.results if r[1] == "skip"]
        print(
            f"\n{len(self.results) - len(failed) - len(skipped)} ok, {len(skipped)} skipped, {len(failed)} failed"
        )
        if self.args.json:
            Path(self.args.json).write_text(
                json.dumps({"results": self.results, "figures": self.figures}, indent=1, ensure_ascii=False)
                + "\n",
                encoding="utf-8",
            )
        return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test the built bundle.")
    parser.add_argument("--bundle", default=str(ROOT / "dist" / "avatarstudio"))
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="interpreter for the from-source renders (the one the bundle was built with)",
    )
    parser.add_argument("--pack", help="render with this pack folder instead of the built-in art")
    parser.add_argument("--repeat", type=int, default=3, help="warm runs per timing (default 3)")
    parser.add_argument(
        "--drop-caches", action="store_true", help="empty the page cache before first runs (root)"
    )
    parser.add_argument("--json", help="also write results and figures to this JSON file")
    parser.add_argument("--keep", action="store_true", help="keep the temporary work folder")
    args = parser.parse_args(argv)
    smoke = Smoke(args)
    if not Path(args.bundle).is_dir():
        print(f"no bundle at {args.bundle}: build it with `python tools/build_bundle.py`", file=sys.stderr)
        return 2
    print(f"bundle {smoke.bundle}\nsource python {smoke.python}\nwork folder {smoke.work}\n", flush=True)
    try:
        before = smoke.snapshot()
        smoke.check_layout()
        smoke.check_version()
        smoke.choose_pack()
        smoke.check_renders()
        smoke.check_kit()
        smoke.check_import_pack()
        smoke.check_gui()
        smoke.check_hygiene(before)
        smoke.measure_size()
        return smoke.summary()
    finally:
        if args.keep:
            print(f"kept {smoke.work}")
        else:
            shutil.rmtree(smoke.work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
