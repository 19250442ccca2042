"""Where the app's files are: read-only resources (from source or a frozen bundle) and user data.

Pure Python, no Qt. Resources (assets/, presets/, fonts/) sit at the repository root when run from
source and under sys._MEIPASS (the bundle's _internal/ folder) when frozen by PyInstaller. Package
data (avatarstudio/gui/i18n/*.qm, icons) is found beside the module via __file__ in both cases, since
the bundle mirrors the package tree. User data (autosave, settings, recent files, user packs) always
goes to the per-user folders of platformdirs, never inside the source tree or the bundle, which may be
read-only (Program Files, a signed .app, a mounted image).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "avatarstudio"
APP_AUTHOR = "avatarstudio"  # Windows puts data under %LOCALAPPDATA%\<author>\<app>


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False) and getattr(sys, "_MEIPASS", None))


def resource_root() -> Path:
    """The folder holding assets/ and presets/: the bundle's data folder, or the repository root."""
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base)
    return Path(__file__).resolve().parents[1]


def assets_dir() -> Path:
    return resource_root() / "assets"


def presets_dir() -> Path:
    return resource_root() / "presets"


def fonts_dir() -> Path | None:
    path = resource_root() / "fonts"
    return path if path.is_dir() else None


def package_data(*parts: str) -> Path:
    """A file or folder inside the package, e.g. package_data("gui", "i18n")."""
    return Path(__file__).resolve().parent.joinpath(*parts)


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
    """Disposable caches (thumbnails); safe to delete at any time."""
    from platformdirs import user_cache_path

    return _ensure(user_cache_path(APP_NAME, APP_AUTHOR), create)
