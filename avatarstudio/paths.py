"""Where the app's files are: read-only resources (from source, a wheel or a frozen bundle) and user data.

Pure Python, no Qt. The art (assets/) and the platform presets (presets/) sit at the top of the
repository; the build maps them into the package (pyproject.toml, [tool.setuptools.package-dir]), so
an installed wheel holds them as avatarstudio/assets and avatarstudio/presets, and build.spec puts them
at the same place inside the PyInstaller bundle. resource_dir() asks importlib.resources for the
package's folder and uses the copy inside it; only a source checkout (run in place or installed in
editable mode, where the package folder has no copy) falls back to the repository root. Other package
data (avatarstudio/gui/i18n/*.qm, desktop files, icons) is found the same way, via package_data().
User data (autosave, settings, recent files, user packs) always goes to the per-user folders of
platformdirs, never inside the source tree, the wheel or the bundle, which may be read-only.
"""

from __future__ import annotations

import importlib.resources
import os
from pathlib import Path

APP_NAME = "avatarstudio"
APP_AUTHOR = "avatarstudio"  # Windows puts data under %LOCALAPPDATA%\<author>\<app>


def _package_root() -> Path:
    root = importlib.resources.files("avatarstudio")
    if not isinstance(root, Path):  # a zip import: the app reads its data from real files
        raise RuntimeError(f"avatarstudio must be installed as files, not imported from {root}")
    return root


def resource_dir(name: str) -> Path:
    """assets/ or presets/: inside the package (wheel, bundle), else at the source checkout's root."""
    installed = _package_root() / name
    if installed.is_dir():
        return installed
    return _package_root().parent / name


def assets_dir() -> Path:
    return resource_dir("assets")


def presets_dir() -> Path:
    return resource_dir("presets")


def package_data(*parts: str) -> Path:
    """A file or folder inside the package, e.g. package_data("gui", "i18n")."""
    return _package_root().joinpath(*parts)


def _ensure(path: Path, create: bool) -> Path:
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def user_data_dir(create: bool = False) -> Path:
    """Autosave, recovered designs, user packs. AVATARSTUDIO_DATA_DIR overrides it (tests, portable use)."""
    override = os.environ.get("AVATARSTUDIO_DATA_DIR")
    if override:
        return _ensure(Path(override), create)
    from platformdirs import user_data_path

    return _ensure(user_data_path(APP_NAME, APP_AUTHOR, roaming=False), create)


def user_config_dir(create: bool = False) -> Path:
    """Settings (language, recent files, window layout)."""
    override = os.environ.get("AVATARSTUDIO_CONFIG_DIR")
    if override:
        return _ensure(Path(override), create)
    from platformdirs import user_config_path

    return _ensure(user_config_path(APP_NAME, APP_AUTHOR, roaming=True), create)


def user_cache_dir(create: bool = False) -> Path:
    """Disposable caches (thumbnails, part templates); safe to delete at any time. AVATARSTUDIO_CACHE_DIR
    overrides it (tests, benchmarks)."""
    override = os.environ.get("AVATARSTUDIO_CACHE_DIR")
    if override:
        return _ensure(Path(override), create)
    from platformdirs import user_cache_path

    return _ensure(user_cache_path(APP_NAME, APP_AUTHOR), create)
