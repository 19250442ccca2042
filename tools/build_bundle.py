#!/usr/bin/env python3
"""Build the standalone bundle dist/avatarstudio/ from a fresh clone, in one command, then smoke-test it.

    python3 tools/build_bundle.py             # throwaway venv in build/venv (reused if present)
    python3 tools/build_bundle.py --current   # use this interpreter (pyinstaller + project installed in it)
    python3 tools/build_bundle.py --no-smoke  # build only

Steps: (1) a venv under build/ with the project and PyInstaller (`pip install ".[bundle]"`), or the
current interpreter; (2) compile the GUI translations (.ts -> build/i18n/*.qm) with pyside6-lrelease;
(3) PyInstaller on build.spec (work files in build/pyinstaller, output in dist/avatarstudio);
(4) tools/smoke_bundle.py against the result, rendering the same images from source with the same
interpreter so they can be compared byte for byte. Exit status is non-zero if any step fails.

Works the same on Linux, Windows and macOS (paths via pathlib, venv layout per platform).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
DIST = ROOT / "dist"
DEBIAN_FONTS = Path("/usr/share/fonts/opentype/noto")


def log(message: str) -> None:
    print(f"[build_bundle] {message}", flush=True)


def run(cmd: list, **kwargs) -> None:
    log("$ " + " ".join(str(c) for c in cmd))
    subprocess.run([str(c) for c in cmd], check=True, cwd=kwargs.pop("cwd", ROOT), **kwargs)


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def prepare_venv(venv: Path, base_python: str, upgrade: bool) -> Path:
    py = venv_python(venv)
    if not py.exists():
        log(f"creating venv {venv.relative_to(ROOT)} with {base_python}")
        run([base_python, "-m", "venv", venv])
    pip = [py, "-m", "pip", "--disable-pip-version-check"]
    run(pip + ["install", "-q", "--upgrade", "pip"])
    # The project (non-editable: a real install, as a user would get it) and its `bundle` extra,
    # PyInstaller. PyInstaller itself analyses the source tree (build.spec sets pathex to the repo).
    run(pip + ["install", "-q"] + (["--upgrade"] if upgrade else []) + [f"{ROOT}[bundle]"])
    return py


def compile_translations(py: Path) -> Path | None:
    """Compile avatarstudio/gui/i18n/*.ts into build/i18n/*.qm (never writing into the source tree);
    build.spec ships those instead of the committed .qm files, so the bundle matches the .ts sources."""
    i18n = ROOT / "avatarstudio" / "gui" / "i18n"
    sources = sorted(i18n.glob("*.ts")) if i18n.is_dir() else []
    if not sources:
        log("no GUI translations (.ts) - nothing to compile")
        return None
    scripts = py.parent
    candidates = [
        scripts / ("pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease"),
        shutil.which("pyside6-lrelease"),
        shutil.which("lrelease"),
    ]
    tool = next((str(c) for c in candidates if c and Path(c).exists()), None)
    if not tool:
        log("WARNING: no lrelease found; shipping the committed .qm files")
        return None
    out = BUILD / "i18n"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for ts in sources:
        run([tool, "-silent", ts, "-qm", out / ts.with_suffix(".qm").name])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--current", action="store_true", help="use the current interpreter instead of a venv under build/"
    )
    parser.add_argument("--venv", default=str(BUILD / "venv"), help="venv folder (default build/venv)")
    parser.add_argument("--python", default=sys.executable, help="interpreter that creates the venv")
    parser.add_argument(
        "--fresh", action="store_true", help="delete the venv and PyInstaller work files first"
    )
    parser.add_argument("--upgrade", action="store_true", help="upgrade dependencies in an existing venv")
    parser.add_argument("--no-smoke", action="store_true", help="skip the smoke test")
    parser.add_argument(
        "--fonts",
        default="auto",
        help="folder with NotoSansCJK-{Regular,Bold}.ttc to ship in the bundle's fonts/ "
        "(default auto: the Debian fonts-noto-cjk copy if installed; 'none' to leave out)",
    )
    parser.add_argument("--smoke-args", default="", help="extra arguments for tools/smoke_bundle.py")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    venv = Path(args.venv).resolve()
    if args.fresh:
        for path in (venv, BUILD / "pyinstaller"):
            if path.exists() and not args.current:
                log(f"removing {path}")
                shutil.rmtree(path)
    try:
        if args.current:
            py = Path(sys.executable)
            check = subprocess.run([py, "-c", "import PyInstaller, PySide6, PIL"], capture_output=True)
            if check.returncode:
                log(
                    "the current interpreter lacks PyInstaller or the project's dependencies: "
                    f'run `{py} -m pip install "{ROOT}[bundle]"` or drop --current'
                )
                return 2
        else:
            py = prepare_venv(venv, args.python, args.upgrade)
        qm_dir = compile_translations(py)
        env = dict(os.environ)
        env.pop("AVATARSTUDIO_FONTS_DIR", None)
        env.pop("AVATARSTUDIO_QM_DIR", None)
        if qm_dir:
            env["AVATARSTUDIO_QM_DIR"] = str(qm_dir)
        fonts = DEBIAN_FONTS if args.fonts == "auto" else (None if args.fonts == "none" else Path(args.fonts))
        if fonts and (fonts / "NotoSansCJK-Regular.ttc").is_file():
            env["AVATARSTUDIO_FONTS_DIR"] = str(fonts)
            log(f"shipping Noto Sans CJK from {fonts}")
        elif args.fonts != "none":
            log(
                f"WARNING: no NotoSansCJK-Regular.ttc in {fonts}: cards will need the font installed on the "
                "user's machine (Debian: fonts-noto-cjk)"
            )
        t0 = time.perf_counter()
        run(
            [
                py,
                "-m",
                "PyInstaller",
                ROOT / "build.spec",
                "--noconfirm",
                "--clean",
                "--log-level",
                "WARN",
                "--distpath",
                DIST,
                "--workpath",
                BUILD / "pyinstaller",
            ],
            env=env,
        )
        log(f"PyInstaller took {time.perf_counter() - t0:.0f} s; bundle in {DIST / 'avatarstudio'}")
        if not args.no_smoke:
            run(
                [py, ROOT / "tools" / "smoke_bundle.py", "--bundle", DIST / "avatarstudio", "--python", py]
                + args.smoke_args.split()
            )
    except subprocess.CalledProcessError as exc:
        log(f"FAILED (exit {exc.returncode}): {' '.join(map(str, exc.cmd))}")
        return 1
    log(f"done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
