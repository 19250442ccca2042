"""``avatarstudio check KIT_FOLDER|ZIP``: a finished kit (or one of its zips) against every platform rule.

The same checks the kit runs before writing (:func:`kit.check_files`, :mod:`rules`), plus what only a
finished folder can get wrong: files the preset promises but that are missing, and stray files. A kit
folder holds one sub-folder per platform (``kit/line``, ``kit/telegram``...); a platform folder or a
single LINE zip can be checked on its own. Only regular files are read (no symlinks, FIFOs or devices),
and at most ``MAX_BYTES`` in total, so a hostile folder cannot hang or exhaust the check.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ..core.errors import ExportError
from ..core.presets import Platform, load_all
from . import rules
from .avatar import EXTENSIONS

MAX_BYTES = 500 * 1000 * 1000
ZIP_CHECKS = {  # a lone zip, told apart by its name (as the kit writes it)
    "line-animated-stickers.zip": ("line", rules.check_line_animated_stickers),
    "line-animated-emoji.zip": ("line", rules.check_line_animated_emoji),
    "line-stickers.zip": ("line", rules.check_line_stickers),
    "line-emoji.zip": ("line", rules.check_line_emoji),
}
ALWAYS = ("profile.txt", "alt.txt", "alt.ja.txt")
OPTIONAL_KINDS = ("animated_stickers", "animated_emoji")  # built on request (kit --animated)


def read_folder(folder: Path) -> tuple[dict[str, bytes], list[str]]:
    files: dict[str, bytes] = {}
    problems: list[str] = []
    total = 0
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            problems.append(f"{rel}: is a symbolic link; a kit holds only plain files")
            continue
        if path.is_dir():
            continue
        if not path.is_file():
            problems.append(f"{rel}: is not a regular file")
            continue
        total += path.stat().st_size
        if total > MAX_BYTES:
            raise ExportError(
                f"the kit is larger than {MAX_BYTES} bytes; not a kit folder?", file=str(folder)
            )
        files[rel] = path.read_bytes()
    return files, problems


def expected_files(platform: Platform, files: dict[str, bytes]) -> list[str]:
    """What the platform's preset promises that the kit folder lacks."""
    missing = [name for name in ALWAYS if name not in files]
    for target in platform.targets.values():
        ext = EXTENSIONS[target.format]
        single = {"avatar": f"avatar.{ext}", "banner": f"{target.id}.{ext}", "card": f"card.{ext}"}
        single["icon"] = f"{target.id}.{ext}"
        if target.kind in single:
            if single[target.kind] not in files:
                missing.append(single[target.kind])
            continue
        if target.kind in OPTIONAL_KINDS:
            continue
        where = target.extra.get("zip") or str(target.extra.get("folder", target.kind)) + "/"
        present = where in files if not where.endswith("/") else any(k.startswith(where) for k in files)
        if not present:
            missing.append(where)
    return [f"{name}: missing (the {platform.name} preset makes it)" for name in missing]


def check_platform(platform: Platform, files: dict[str, bytes]) -> list[str]:
    from .kit import check_files

    return expected_files(platform, files) + check_files(platform, files)


def check_path(path: str | Path, platforms: dict[str, Platform] | None = None) -> list[tuple[str, list[str]]]:
    """[(what was checked, problems)] for a kit folder, a platform folder or a single zip."""
    path = Path(path)
    platforms = platforms or load_all()
    if not path.exists():
        raise ExportError("no such file or folder", file=str(path))
    if path.is_file():
        return [_check_zip(path, platforms)]
    if path.name in platforms and not any((path / p).is_dir() for p in platforms):
        files, problems = read_folder(path)
        return [(str(path), problems + check_platform(platforms[path.name], files))]
    found = [p for p in sorted(platforms) if (path / p).is_dir()]
    if not found:
        raise ExportError(
            "not a kit: no platform folders (line, telegram, ...) inside, and the folder is not named after "
            "a platform",
            file=str(path),
        )
    out = []
    for pid in found:
        files, problems = read_folder(path / pid)
        out.append((str(path / pid), problems + check_platform(platforms[pid], files)))
    return out


def _check_zip(path: Path, platforms: dict[str, Platform]) -> tuple[str, list[str]]:
    data = path.read_bytes()
    for suffix, (_pid, check) in ZIP_CHECKS.items():
        if path.name.endswith(suffix):
            return str(path), check(path.name, data)
    # a zipped kit folder: <platform>/<file> members
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
            if sum(i.file_size for i in infos) > MAX_BYTES:
                raise ExportError(f"the zip unpacks to more than {MAX_BYTES} bytes", file=str(path))
            names = [i.filename for i in infos]
            tops = {n.split("/", 1)[0] for n in names if "/" in n}
            pids = sorted(t for t in tops if t in platforms)
            if not pids:
                raise ExportError(
                    f"cannot tell which platform this zip is for; name it {', '.join(ZIP_CHECKS)} "
                    "or zip a whole kit folder",
                    file=str(path),
                )
            problems = []
            for pid in pids:
                files = {n.split("/", 1)[1]: zf.read(n) for n in names if n.startswith(pid + "/")}
                problems += [f"{pid}/{p}" for p in check_platform(platforms[pid], files)]
            return str(path), problems
    except zipfile.BadZipFile as exc:
        raise ExportError(f"not a zip file ({exc})", file=str(path)) from exc
