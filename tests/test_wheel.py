"""Install like real software: sdist -> wheel -> a fresh virtualenv -> the command works from any folder.

The sdist and the wheel are built with the build backend itself (setuptools, offline, no build
isolation), the wheel from the unpacked sdist so a file missing from either shows here. The fresh
virtualenv gets the wheel (no editable link to this tree) and borrows the dev venv's installed
dependencies through a .pth line, so the test needs no network. Then `presets`, `render` and `kit`
run from an empty folder with HOME pointing elsewhere: nothing may come from this checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest
from support import ROOT

COPY_IGNORE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "out", "*.egg-info", "__pycache__", ".hypothesis", ".mypy_cache"
)


def _backend(source: Path, hook: str, out: Path) -> Path:
    """Run a PEP 517 hook of the project's backend in `source`; the file it wrote into `out`."""
    code = f"from setuptools import build_meta; print(build_meta.{hook}({str(out)!r}))"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=source, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return out / done.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    work = tmp_path_factory.mktemp("wheel")
    source = work / "checkout"
    shutil.copytree(ROOT, source, ignore=COPY_IGNORE, symlinks=True)
    dist = work / "dist"
    dist.mkdir()
    sdist = _backend(source, "build_sdist", dist)
    with tarfile.open(sdist) as tar:
        tar.extractall(work / "unpacked", filter="data")
    (unpacked,) = (work / "unpacked").iterdir()
    wheel = _backend(unpacked, "build_wheel", dist)
    return {"work": work, "sdist": sdist, "wheel": wheel}


def _tree(top: Path, pattern: str = "*") -> set[str]:
    return {
        p.relative_to(top).as_posix()
        for p in top.rglob(pattern)
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_wheel_holds_every_module_the_art_and_the_presets(built):
    names = set(zipfile.ZipFile(built["wheel"]).namelist())
    expected = {f"avatarstudio/{name}" for name in _tree(ROOT / "avatarstudio", "*.py")}
    expected |= {f"avatarstudio/assets/{name}" for name in _tree(ROOT / "assets")}
    expected |= {f"avatarstudio/presets/{name}" for name in _tree(ROOT / "presets", "*.toml")}
    expected |= {f"avatarstudio/share/{name}" for name in _tree(ROOT / "avatarstudio" / "share")}
    expected |= {f"avatarstudio/gui/i18n/{p.name}" for p in (ROOT / "avatarstudio/gui/i18n").glob("*.qm")}
    missing = sorted(expected - names)
    assert not missing, (
        f"{len(missing)} files missing from the wheel (pyproject.toml packages?): {missing[:8]}"
    )
    assert not [n for n in names if n.startswith(("assets/", "presets/", "tests/"))], "stray top-level data"


def test_sdist_keeps_assets_and_presets_at_the_top(built):
    with tarfile.open(built["sdist"]) as tar:
        names = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    assert {f"assets/{n}" for n in _tree(ROOT / "assets")} <= names
    assert {f"presets/{n}" for n in _tree(ROOT / "presets", "*.toml")} <= names


def test_installed_wheel_works_from_another_folder(built):
    work = built["work"]
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # The dev venv's dependencies, after the wheel's own files (a plain path: its .pth files, among
    # them the editable link to this checkout, are not run).
    (Path(site) / "zz_dev_dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "--no-compile",
            "--disable-pip-version-check",
            "-q",
            str(built["wheel"]),
        ],
        check=True,
        timeout=300,
        capture_output=True,
    )
    command = venv / ("Scripts/avatarstudio.exe" if os.name == "nt" else "bin/avatarstudio")
    elsewhere = work / "elsewhere"
    elsewhere.mkdir()
    env = {
        **os.environ,
        "HOME": str(work / "home"),
        "AVATARSTUDIO_DATA_DIR": str(work / "data"),
        "AVATARSTUDIO_CONFIG_DIR": str(work / "config"),
        "PYTHONPATH": "",
        "QT_QPA_PLATFORM": "offscreen",
    }

    def run(*args: str) -> str:
        done = subprocess.run(
            [str(command), *args], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, f"avatarstudio {' '.join(args)}: {done.stderr[-2000:]}"
        return done.stdout

    where = subprocess.run(
        [str(python), "-c", "import avatarstudio.paths as p; print(p.assets_dir()); print(p.presets_dir())"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert all(Path(w).is_relative_to(site) for w in where), where

    listing = run("presets")
    shipped = sorted(p.stem for p in (ROOT / "presets").glob("*.toml"))
    listed = {line.split()[0].split(":")[0] for line in listing.splitlines()[1:] if line.strip()}
    assert listed == set(shipped), listing[:400]

    run("render", "--seed", "x", "-o", "out")
    png = elsewhere / "out" / "seed-x.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    run("kit", "--seed", "x", "--platform", "x", "-o", "kit")
    assert (elsewhere / "kit" / "x" / "avatar.png").is_file()
    assert (elsewhere / "kit" / "x" / "alt.txt").read_text(encoding="utf-8").strip()

    # Desktop integration from the wheel: the menu entry runs this install's studio.
    run("desktop-install", "--data-home", str(work / "xdg"))
    entry = (work / "xdg" / "applications" / "io.github.avatarstudio.studio.desktop").read_text(
        encoding="utf-8"
    )
    studio = command.with_name("avatarstudio-studio")
    assert studio.is_file() and f"Exec={studio} %f\n" in entry
    assert (
        work / "xdg" / "icons" / "hicolor" / "256x256" / "apps" / "io.github.avatarstudio.studio.png"
    ).is_file()
