"""Batch export: rows of (seed or design file) x platform targets -> a folder per persona.

Work runs in worker processes (spawn, so it also works in a frozen bundle), each with its own
renderer (one-pass, small bounded cache); results stream back one row at a time, so memory stays flat however
long the batch is. A bad row is reported and skipped; the rest completes.
"""

from __future__ import annotations

import io
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..core import design as design_io
from ..core.errors import AvatarStudioError, PackError
from ..core.fileio import atomic_write
from ..core.generate import Constraints, generate
from ..core.pack import Pack, load_builtin, load_pack
from ..core.safetext import UNSAFE_RE, cap_lines, escape

if TYPE_CHECKING:  # render and new import this module for safe_name: presets, designcheck and csv load late
    from ..core.presets import Target

SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class SpecError(AvatarStudioError):
    """A batch spec does not have the shape its schema asks for; nothing was done."""


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


MAX_SPEC_BYTES = 4 * 1024 * 1024
MAX_ROWS = 10_000
PRESENTATIONS = ("any", "feminine", "masculine", "androgynous")
_TOP_KEYS = {"rows", "persona", "presets", "seeds"}
_ROW_KEYS = {"seed", "design", "name", "presets", "expression", "presentation"}


def _text(value: object, what: str, limit: int = 200) -> str | None:
    """The value as text (a seed may be a whole number), or None when it is absent or empty."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValueError(f"{what} must be text, not {type(value).__name__}")
    text = str(value) if isinstance(value, str) else _int_text(value, what)
    if len(text) > limit:
        raise ValueError(f"{what} is longer than {limit} characters")
    if UNSAFE_RE.search(text):
        raise ValueError(f"{what} holds control or bidi characters: {escape(text, 40)!r}")
    return text


def _int_text(value: int, what: str) -> str:
    if abs(value) >= 10**40:
        raise ValueError(f"{what} is too large a number")
    return str(value)


def _presets(value: object, what: str) -> tuple[str, ...] | None:
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, str):
        items: list[object] = [p.strip() for p in re.split(r"[;, ]+", value) if p.strip()]
    elif isinstance(value, list):
        items = value
    else:
        raise ValueError(f"{what} must be a list of preset names or one text of names")
    if len(items) > 200:
        raise ValueError(f"{what} names more than 200 presets")
    for item in items:
        if not isinstance(item, str):
            raise ValueError(f"{what} entry must be text, not {type(item).__name__}")
    return tuple(_text(p, f"{what} entry", 60) or "" for p in items if p != "")


def _seed_range(seeds: object) -> list[object]:
    if isinstance(seeds, list):
        if len(seeds) > MAX_ROWS:
            raise ValueError(f"'seeds' lists more than {MAX_ROWS} seeds")
        return seeds
    if not isinstance(seeds, dict):
        raise ValueError("'seeds' must be a list of seeds or { from = N, count = N }")
    unknown = set(seeds) - {"from", "count"}
    if unknown:
        raise ValueError(f"'seeds' has unknown key {escape(sorted(unknown)[0], 40)!r} (use from and count)")
    start, count = seeds.get("from", 0), seeds.get("count")
    for key, value in (("from", start), ("count", count)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"'seeds.{key}' must be a whole number")
    if not 1 <= count <= MAX_ROWS:
        raise ValueError(f"'seeds.count' must be from 1 to {MAX_ROWS}")
    if abs(start) > 10**12:
        raise ValueError("'seeds.from' must be within +-10^12")
    return list(range(start, start + count))


def _read_text(path: Path, limit: int, what: str) -> str:
    """A spec or design file as text: regular files only (a FIFO or device is refused), capped, BOM dropped."""
    from ..core.packimport import read_regular_file

    try:
        resolved = path.resolve(
            strict=True
        )  # the user's own links are followed; what they point to is checked
    except FileNotFoundError:
        raise AvatarStudioError(f"{what} file not found", file=path.name) from None
    except (OSError, RuntimeError) as exc:
        raise AvatarStudioError(f"{what} cannot be read ({escape(exc, 80)})", file=path.name) from None
    try:
        data = read_regular_file(resolved, limit, where=path.name, shown=path.name, code="")
    except PackError as exc:
        raise AvatarStudioError(f"{what} {exc.problem}", file=path.name) from None
    try:
        return data.decode("utf-8-sig")  # spreadsheets write a BOM
    except UnicodeDecodeError as exc:
        raise AvatarStudioError(f"{what} is not UTF-8 text (byte {exc.start})", file=path.name) from None


def read_spec(path: Path, default_presets: tuple[str, ...]) -> tuple[list[Row], list[str]]:
    """Parse and check a TOML, JSON or CSV spec against its schema before any work is done.

    Every shape error (wrong type, unknown key, missing seed or design, duplicate output name...) is
    collected, naming the row and field, and raised together as one :class:`SpecError`. What is
    returned as problems are rows whose design file could not be read: they are reported and skipped.
    """
    suffix = path.suffix.lower()
    if suffix not in (".toml", ".json", ".csv"):
        raise SpecError("spec must be a .toml, .json or .csv file", file=path.name)
    text = _read_text(path, MAX_SPEC_BYTES, "spec")
    errors: list[str] = []
    raw: list[object] = []
    if suffix == ".csv":
        import csv

        try:
            reader = csv.DictReader(io.StringIO(text))
            for i, record in enumerate(reader, start=1):
                if i > MAX_ROWS:
                    raise SpecError(f"more than {MAX_ROWS} rows", file=path.name)
                if None in record:
                    errors.append(f"row {i}: has more cells than the header names")
                    record.pop(None)
                raw.append({k.strip(): v for k, v in record.items() if k is not None and v not in (None, "")})
        except csv.Error as exc:
            raise SpecError(f"is not valid CSV ({escape(str(exc), 80)})", file=path.name) from None
    else:
        data = _parse_document(text, suffix, path.name)
        if isinstance(data, list):
            raw = data
        elif isinstance(data, dict):
            for key in data:
                if key not in _TOP_KEYS:
                    errors.append(f"unknown key {escape(key, 40)!r} (keys: {', '.join(sorted(_TOP_KEYS))})")
            rows_in = data.get("rows", data.get("persona", []))
            if not isinstance(rows_in, list):
                errors.append("'rows' must be a list of tables")
                rows_in = []
            raw = list(rows_in)
            try:
                default_presets = _presets(data.get("presets"), "'presets'") or default_presets
            except ValueError as exc:
                errors.append(str(exc))
            if "seeds" in data:
                try:
                    raw += [{"seed": s} for s in _seed_range(data["seeds"])]
                except ValueError as exc:
                    errors.append(str(exc))
        else:
            raise SpecError(f"must be a table (or a list of rows), not {type(data).__name__}", file=path.name)
    if len(raw) > MAX_ROWS:
        raise SpecError(f"{len(raw)} rows (limit {MAX_ROWS})", file=path.name)
    rows: list[Row] = []
    problems: list[str] = []
    names: dict[str, int] = {}
    for i, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            errors.append(f"row {i}: must be a table with 'seed' or 'design', not {type(entry).__name__}")
            continue
        try:
            for key in entry:
                if key not in _ROW_KEYS:
                    raise ValueError(
                        f"unknown field {escape(str(key), 40)!r} (fields: {', '.join(sorted(_ROW_KEYS))})"
                    )
            seed = _text(entry.get("seed"), "'seed'")
            design_file = _text(entry.get("design"), "'design'", 400)
            if (seed is None) == (design_file is None):
                raise ValueError("give exactly one of 'seed' or 'design'")
            presets = _presets(entry.get("presets"), "'presets'") or default_presets
            expression = _text(entry.get("expression"), "'expression'", 40)
            presentation = _text(entry.get("presentation"), "'presentation'", 20) or "any"
            if presentation not in PRESENTATIONS:
                raise ValueError(f"'presentation' must be one of {', '.join(PRESENTATIONS)}")
            name = _text(entry.get("name"), "'name'") or (
                f"seed-{seed}" if seed is not None else Path(design_file).name.split(".")[0]
            )
        except ValueError as exc:
            errors.append(f"row {i}: {exc}")
            continue
        out_name = safe_name(name)
        folded = out_name.casefold()  # two names one file system treats as the same folder
        if folded in names:
            errors.append(
                f"row {i}: writes to folder {out_name!r} like row {names[folded]}; give the rows different names"
            )
            continue
        names[folded] = i
        design_text = None
        if design_file is not None:
            try:
                design_text = _read_text(path.parent / design_file, design_io.MAX_FILE_BYTES, "design")
                design_io.loads(design_text, file=Path(design_file).name)
            except AvatarStudioError as exc:
                problems.append(f"row {i}: design {escape(design_file, 80)}: {exc.problem}")
                continue
        rows.append(
            Row(
                i,
                out_name,
                seed,
                design_text,
                Path(design_file).name if design_file else None,
                tuple(presets),
                expression,
                presentation,
            )
        )
    if errors:
        raise SpecError("\n".join(cap_lines(errors)), file=path.name)
    return rows, problems


def _parse_document(text: str, suffix: str, where: str) -> object:
    from ..core.packimport import parse_toml

    if suffix == ".toml":
        try:
            return parse_toml(text, where, code="")
        except PackError as exc:
            raise SpecError(exc.problem, file=where) from None
    try:
        return json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise SpecError("is nested too deeply", file=where) from None
    except ValueError as exc:
        raise SpecError(f"is not valid JSON ({escape(str(exc), 80)})", file=where) from None


def _no_constant(name: str):
    raise ValueError(f"{name} is not a number")


# --- worker side -------------------------------------------------------------------------------

_WORKER: dict = {}


def _init_worker(pack_dir: str | None, presets_dir: str | None) -> None:
    from ..core.presets import load_all
    from ..render import Renderer

    _WORKER["pack"] = load_pack(pack_dir) if pack_dir else load_builtin()
    _WORKER["platforms"] = load_all(presets_dir)
    _WORKER["renderer"] = Renderer()


def run_row(row: Row, out: Path, formats: tuple[str, ...] = ()) -> RowResult:
    from ..core.designcheck import reconcile
    from ..core.presets import find_target
    from .avatar import EXTENSIONS, export_svg, export_target

    pack: Pack = _WORKER["pack"]
    result = RowResult(row.index, row.name)
    try:
        if row.design_text is not None:
            # drawn as the parent reported it (substitutes named there; refused there under --strict)
            design, _ = reconcile(pack, design_io.loads(row.design_text, file=row.design_name))
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
        import multiprocessing  # here, not at the top: `render` and `new` import this module for safe_name
        from concurrent.futures import ProcessPoolExecutor

        # not multiprocessing.Pool: its workers are daemons, which may not start the bounded render
        # workers that parts of packs that are not built in are drawn in (avatarstudio/bounded.py)
        pool = ProcessPoolExecutor(
            jobs,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(str(pack_dir) if pack_dir else None, str(presets_dir) if presets_dir else None),
        )
        results = pool.map(_run_row_star, args, chunksize=4)
    try:
        for result in results:
            done += 1
            if progress:
                progress(done, len(rows))
            yield result
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        if hasattr(os, "sync"):
            os.sync()  # one flush for the whole batch instead of two fsyncs per file
