"""Batch export: rows of (seed or design file) x platform targets -> a folder per persona.

Work runs in worker processes (spawn, so it also works in a frozen bundle), each with its own
renderer (one-pass, small bounded cache); results stream back one row at a time, so memory stays flat however
long the batch is. A bad row is reported and skipped; the rest completes.
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..core import design as design_io
from ..core.errors import AvatarStudioError
from ..core.fileio import atomic_write
from ..core.generate import Constraints, generate
from ..core.pack import Pack, load_builtin, load_pack
from ..core.presets import Target, find_target, load_all

SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class Row:
    index: int
    name: str
    seed: str | None = None
    design_text: str | None = None  # a design document, read by the parent so workers open no user paths
    design_name: str | None = None  # its file name, for messages
    presets: tuple[str, ...] = ()
    expression: str | None = None
    presentation: str = "any"


@dataclass
class RowResult:
    index: int
    name: str
    files: list[tuple[str, int]] = field(default_factory=list)  # (relative path, bytes)
    errors: list[str] = field(default_factory=list)


def safe_name(text: str) -> str:
    name = SAFE_NAME.sub("-", text).strip("-.")[:60]
    return name or "persona"


def read_spec(path: Path, default_presets: tuple[str, ...]) -> tuple[list[Row], list[str]]:
    """Parse a TOML, JSON or CSV spec. Returns rows and the problems of rows that could not be read."""
    text = path.read_text(encoding="utf-8")
    suffix = path.suffix.lower()
    problems: list[str] = []
    if suffix == ".toml":
        data = tomllib.loads(text)
        raw = data.get("rows") or data.get("persona") or []
        default_presets = tuple(data.get("presets", default_presets))
        if "seeds" in data:
            seeds = data["seeds"]
            if isinstance(seeds, dict):  # seeds = { from = 1, count = 200 }
                seeds = list(
                    range(int(seeds.get("from", 0)), int(seeds.get("from", 0)) + int(seeds["count"]))
                )
            raw = list(raw) + [{"seed": s} for s in seeds]
    elif suffix == ".json":
        data = json.loads(text)
        raw = data if isinstance(data, list) else data.get("rows", [])
        if isinstance(data, dict):
            default_presets = tuple(data.get("presets", default_presets))
    elif suffix == ".csv":
        raw = list(csv.DictReader(io.StringIO(text)))
    else:
        raise AvatarStudioError("spec must be a .toml, .json or .csv file", file=path.name)
    rows: list[Row] = []
    for i, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            problems.append(f"row {i}: must be a table with 'seed' or 'design'")
            continue
        seed = entry.get("seed")
        design_file = entry.get("design")
        presets = entry.get("presets") or default_presets
        if isinstance(presets, str):
            presets = [p.strip() for p in re.split(r"[;, ]+", presets) if p.strip()]
        if (seed in (None, "")) == (design_file in (None, "")):
            problems.append(f"row {i}: give exactly one of 'seed' or 'design'")
            continue
        design_text = None
        if design_file:
            try:
                design_text = (path.parent / str(design_file)).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                problems.append(f"row {i}: design {design_file}: cannot be read ({exc})")
                continue
        name = entry.get("name") or (
            f"seed-{seed}" if seed not in (None, "") else Path(str(design_file)).stem
        )
        rows.append(
            Row(
                i,
                safe_name(str(name)),
                None if seed in (None, "") else str(seed),
                design_text,
                Path(str(design_file)).name if design_file else None,
                tuple(presets),
                entry.get("expression") or None,
                entry.get("presentation") or "any",
            )
        )
    return rows, problems


# --- worker side -------------------------------------------------------------------------------

_WORKER: dict = {}


def _init_worker(pack_dir: str | None, presets_dir: str | None) -> None:
    from ..render import Renderer

    _WORKER["pack"] = load_pack(pack_dir) if pack_dir else load_builtin()
    _WORKER["platforms"] = load_all(presets_dir)
    _WORKER["renderer"] = Renderer()


def run_row(row: Row, out: Path, formats: tuple[str, ...] = ()) -> RowResult:
    from .avatar import EXTENSIONS, export_svg, export_target

    pack: Pack = _WORKER["pack"]
    result = RowResult(row.index, row.name)
    try:
        if row.design_text is not None:
            design = design_io.loads(row.design_text, file=row.design_name)
        else:
            design = generate(pack, row.seed, Constraints(presentation=row.presentation))
    except (AvatarStudioError, ValueError) as exc:
        result.errors.append(f"row {row.index} ({row.name}): {exc}")
        return result
    folder = out / row.name
    folder.mkdir(parents=True, exist_ok=True)
    for preset in row.presets:
        try:
            if preset == "svg":
                data, rel = export_svg(pack, design), f"{row.name}/{row.name}.svg"
            else:
                target: Target = find_target(_WORKER["platforms"], preset)
                data = export_target(pack, design, target, _WORKER["renderer"], expression=row.expression)
                rel = f"{row.name}/{target.platform}-{target.id}.{EXTENSIONS[target.format]}"
            atomic_write(out / rel, data, durable=False)  # run_batch syncs once at the end
            result.files.append((rel, len(data)))
        except AvatarStudioError as exc:
            result.errors.append(f"row {row.index} ({row.name}) {preset}: {exc}")
    return result


def _run_row_star(args) -> RowResult:
    return run_row(*args)


def run_batch(
    rows: list[Row],
    out: Path,
    *,
    jobs: int | None = None,
    pack_dir: Path | None = None,
    presets_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[RowResult]:
    """Export every row; yields results as rows finish (in row order)."""
    out.mkdir(parents=True, exist_ok=True)
    jobs = max(1, jobs or os.cpu_count() or 1)
    jobs = min(jobs, max(1, len(rows)))
    args = [(row, out) for row in rows]
    done = 0
    if jobs == 1:
        _init_worker(str(pack_dir) if pack_dir else None, str(presets_dir) if presets_dir else None)
        results = map(_run_row_star, args)
        pool = None
    else:
        ctx = multiprocessing.get_context("spawn")
        pool = ctx.Pool(
            jobs,
            initializer=_init_worker,
            initargs=(str(pack_dir) if pack_dir else None, str(presets_dir) if presets_dir else None),
        )
        results = pool.imap(_run_row_star, args, chunksize=4)
    try:
        for result in results:
            done += 1
            if progress:
                progress(done, len(rows))
            yield result
    finally:
        if pool is not None:
            pool.close()
            pool.join()
        if hasattr(os, "sync"):
            os.sync()  # one flush for the whole batch instead of two fsyncs per file
