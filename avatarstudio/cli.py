"""The command line: a thin front door over the engine. Never imports the GUI.

Exit codes scripts can rely on: 0 everything written; 1 some rows or files failed (the rest was
written); 2 bad usage or bad input (nothing written).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from pathlib import Path

from . import __version__
from .core.errors import AvatarStudioError

EXIT_OK, EXIT_PARTIAL, EXIT_BAD_INPUT = 0, 1, 2

EPILOG = """\
examples:
  avatarstudio render --seed sakura -o out                 one 512 px PNG from a seed
  avatarstudio render my.avatar.json --preset x --preset discord -o out
  avatarstudio random -n 12 --preset line -o out           12 seeded designs, design files included
  avatarstudio batch spec.toml -o out -j 2                 rows x presets, a folder per persona
  avatarstudio sheet --random 64 -o sheet.png              review the art at a glance
  avatarstudio presets                                     what each platform target writes
  avatarstudio persona new --vary-away                     a persona nothing you have could be tied to
  avatarstudio persona check                               which of your personas could be linked

without --seed every design gets a fresh random seed (printed and saved in the design).

exit codes: 0 all written, 1 some rows failed (the rest were written), 2 bad usage or input.
Nothing is ever sent over a network; exported files carry pixels only.
"""


class Progress:
    """A one-line progress bar on stderr (a final summary line only when not a terminal)."""

    def __init__(self, label: str, total: int, quiet: bool = False) -> None:
        self.label, self.total, self.quiet = label, total, quiet
        self.tty = sys.stderr.isatty()
        self.start = time.perf_counter()

    def __call__(self, done: int, total: int) -> None:
        if self.quiet or not self.tty:
            return
        width = 30
        filled = int(width * done / max(1, total))
        rate = done / max(1e-9, time.perf_counter() - self.start)
        sys.stderr.write(
            f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total} ({rate:.1f}/s)"
        )
        sys.stderr.flush()

    def finish(self, done: int) -> None:
        if self.quiet:
            return
        elapsed = time.perf_counter() - self.start
        end = "\n" if self.tty else ""
        sys.stderr.write(f"{end}{self.label}: {done}/{self.total} in {elapsed:.1f} s\n")


def pack_store() -> Path:
    """Where imported packs live (cleaned copies only): the user data folder, never the app's own."""
    from .paths import user_data_dir

    return user_data_dir() / "packs"


def _pack_location(args) -> Path | None:
    """--pack names a pack folder or the id of an imported pack; None means the built-in pack."""
    name = getattr(args, "pack", None)
    if not name:
        return None
    if Path(name).is_dir():
        return Path(name)
    installed = pack_store() / name
    if "/" not in name and "\\" not in name and installed.is_dir():
        return installed
    raise AvatarStudioError(
        "is neither a pack folder nor an imported pack id (see `avatarstudio import-pack`)", file=name
    )


def _pack(args):
    """The pack --pack names (read through the same checks as an import); default: the built-in pack."""
    from .core.pack import load_builtin, load_pack

    location = _pack_location(args)
    return load_builtin() if location is None else load_pack(location)


def _platforms(args):
    from .core.presets import load_all

    return load_all(getattr(args, "presets_dir", None))


def _constraints(args, pack):
    """The generation constraints the command line gives: --presentation and --age (a head template)."""
    from .core.generate import Constraints

    age = getattr(args, "age", None) or "any"
    if age != "any" and age not in pack.templates:
        raise AvatarStudioError(f"--age must be any or one of the pack's heads: {', '.join(pack.templates)}")
    return Constraints(presentation=getattr(args, "presentation", "any"), age=age)


def _design_from(args, pack):
    from .core import design as design_io
    from .core.generate import generate
    from .core.seeds import seed_or_fresh

    if getattr(args, "design", None):
        return _matched(pack, design_io.load(args.design), Path(args.design).name, args)
    seed, fresh = seed_or_fresh(args.seed)
    if fresh:
        announce_seed(seed)
    return generate(pack, seed, _constraints(args, pack))


def announce_seed(seed: str) -> None:
    """Tell the user the fresh seed (stderr, so stdout stays a list of written files)."""
    print(
        f"fresh seed: {seed} (recorded in the design; give --seed {seed} to make it again)", file=sys.stderr
    )


def _matched(pack, design, name: str, args):
    """The design as it is drawn with ``pack``; each mismatch is a warning, or an error under --strict."""
    from .core.designcheck import reconcile
    from .core.errors import DesignError
    from .core.safetext import cap_lines

    drawn, notes = reconcile(pack, design)
    if notes and getattr(args, "strict", False):
        raise DesignError("\n".join(cap_lines(notes + ["refused (--strict)"])), file=name)
    for note in cap_lines(notes):
        print(f"warning: {name}: {note}", file=sys.stderr)
    return drawn


def _write_outputs(pack, design, name: str, args, out: Path) -> list[Path]:
    from .core.compose import View
    from .core.fileio import atomic_write
    from .core.presets import find_target
    from .export.avatar import EXTENSIONS, export_svg, export_target, render_image
    from .export.encode import encode, prepare
    from .render import Renderer

    renderer = Renderer()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    expression = getattr(args, "expression", None)
    if args.preset:
        platforms = _platforms(args)
        for preset in args.preset:
            target = find_target(platforms, preset)
            data = export_target(pack, design, target, renderer, expression=expression)
            path = out / f"{name}-{target.platform}-{target.id}.{EXTENSIONS[target.format]}"
            atomic_write(path, data)
            written.append(path)
    else:
        fmt = args.format or "png"
        view = View(expression=expression).sized(args.size)
        if fmt == "svg":
            data = export_svg(pack, design, size=args.size, view=view)
        else:
            image = prepare(
                render_image(pack, design, renderer, args.size, view=view),
                "flatten" if fmt == "jpeg" else "keep",
                "#ffffff",
            )
            data = encode(image, fmt, what=name)
        path = out / f"{name}.{EXTENSIONS[fmt]}"
        atomic_write(path, data)
        written.append(path)
    return written


def cmd_render(args) -> int:
    from .export.batch import safe_name

    pack = _pack(args)
    design = _design_from(args, pack)
    name = safe_name(
        args.name or (Path(args.design).stem.split(".")[0] if args.design else f"seed-{design.seed}")
    )
    out = Path(args.out)
    written = _write_outputs(pack, design, name, args, out)
    if not args.design:  # record the seed: the design file reproduces these images exactly
        from .core import design as design_io

        design_io.save(design, out / f"{name}.avatar.json")
        written.append(out / f"{name}.avatar.json")
    for path in written:
        print(path)
    return EXIT_OK


def cmd_random(args) -> int:
    from .core import design as design_io
    from .core.generate import generate
    from .export.batch import safe_name

    pack = _pack(args)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    from .core.seeds import fresh_seed

    progress = Progress("random", args.count, args.quiet)
    constraints = _constraints(args, pack)
    for i in range(args.count):
        # A given base seed makes the run repeatable; without one every design gets its own fresh seed,
        # so no two designs of one run share anything that could tie them together.
        seed = f"{args.seed}-{i + 1}" if args.seed else fresh_seed()
        design = generate(pack, seed, constraints)
        name = safe_name(f"seed-{seed}")
        wanted = out / f"{name}.avatar.json"
        written = design_io.save(design, wanted)
        if written != wanted:
            print(
                f"warning: {wanted.name} is not a design this version can read; it was kept and this "
                f"design was written to {written.name}",
                file=sys.stderr,
            )
        for path in _write_outputs(pack, design, name, args, out):
            if not args.quiet and not sys.stderr.isatty():
                print(path)
        progress(i + 1, args.count)
    progress.finish(args.count)
    print(f"{args.count} designs written to {out}")
    return EXIT_OK


def cmd_batch(args) -> int:
    from .core.presets import find_target
    from .core.safetext import cap_lines, escape
    from .export.batch import SpecError, read_spec, run_batch

    spec = Path(args.spec)
    rows, problems = read_spec(spec, tuple(args.preset or ()))  # every shape error: exit 2, nothing done
    pack = _pack(args)  # a bad --pack is bad input too, found before any work
    platforms = _platforms(args)
    errors = []
    for row in rows:
        if not row.presets:
            errors.append(f"row {row.index}: 'presets': none given (use --preset or a 'presets' list)")
        for name in row.presets:
            if name != "svg":
                try:
                    find_target(platforms, name)
                except AvatarStudioError as exc:
                    errors.append(f"row {row.index}: 'presets': {exc.problem}")
        if row.expression is not None and row.expression not in pack.expressions:
            errors.append(
                f"row {row.index}: 'expression': {escape(row.expression, 40)!r} is not one of "
                + ", ".join(sorted(pack.expressions))
            )
        if row.design_text is not None:
            from .core import design as design_io

            try:
                _matched(pack, design_io.loads(row.design_text), row.design_name or spec.name, args)
            except AvatarStudioError as exc:
                errors.append(f"row {row.index}: 'design': {exc}")
    if errors:
        raise SpecError("\n".join(cap_lines(errors)), file=spec.name)
    if not rows:
        for problem in problems:
            print(f"error: {spec.name}: {problem}", file=sys.stderr)
        raise SpecError("no usable rows", file=spec.name)
    out = Path(args.out)
    progress = Progress("batch", len(rows), args.quiet)
    files = 0
    failures = list(f"{spec.name}: {p}" for p in problems)
    report_rows = []
    for result in run_batch(
        rows,
        out,
        jobs=args.jobs,
        pack_dir=_pack_location(args),
        presets_dir=Path(args.presets_dir) if args.presets_dir else None,
        progress=progress,
    ):
        files += len(result.files)
        failures.extend(result.errors)
        report_rows.append(
            {
                "row": result.index,
                "name": result.name,
                "files": [{"path": p, "bytes": b} for p, b in result.files],
                "errors": result.errors,
            }
        )
    progress.finish(len(rows))
    report = {
        "rows": len(rows),
        "files": files,
        "failed": len(failures),
        "failures": failures,
        "results": report_rows,
    }
    from .core.fileio import atomic_write

    atomic_write(out / "report.json", (json.dumps(report, ensure_ascii=False, indent=1) + "\n").encode())
    for failure in failures:
        print(f"error: {failure}", file=sys.stderr)
    print(
        f"{files} files for {len(rows)} rows written to {out} ({len(failures)} failed); report: {out / 'report.json'}"
    )
    return EXIT_PARTIAL if failures else EXIT_OK


def cmd_presets(args) -> int:
    platforms = _platforms(args)
    print(f"{'preset':<22} {'kind':<9} {'size':>11} {'format':<6} {'max bytes':>10} {'shape':<8} background")
    for platform in platforms.values():
        for target in platform.targets.values():
            name = target.platform if target.id == "avatar" else target.name
            size = f"{target.size[0]}x{target.size[1]}"
            limit = str(target.max_bytes) if target.max_bytes else "-"
            print(
                f"{name:<22} {target.kind:<9} {size:>11} {target.format:<6} {limit:>10} {target.shape:<8} {target.background}"
            )
    return EXIT_OK


def cmd_parts(args) -> int:
    pack = _pack(args)
    print(f"{pack.name} {pack.version} ({pack.licence}) - {pack.credit}")
    for layer in pack.layers:
        if args.layer and layer.id != args.layer:
            continue
        flag = f" optional p={layer.probability:g}" if layer.optional else ""
        print(f"{layer.id} ({len(layer.parts)}){flag}: " + ", ".join(p.id for p in layer.parts))
    print("expressions: " + ", ".join(pack.expressions))
    return EXIT_OK


def cmd_validate(args) -> int:
    from .core.packimport import check_renders, load_source

    pack = load_source(Path(args.pack_dir), where=args.pack_dir)
    from .render import trial_render

    check_renders(pack, trial_render, where=args.pack_dir)  # the same trial import-pack runs
    count = sum(len(layer.parts) for layer in pack.layers)
    print(
        f"{args.pack_dir}: ok - pack {pack.id} {pack.version}, {len(pack.layers)} layers, {count} parts, "
        f"{len(pack.expressions)} expressions, hash {pack.content_hash[:12]}"
    )
    return EXIT_OK


def cmd_sheet(args) -> int:
    from .core.fileio import atomic_write
    from .core.generate import generate
    from .export import sheet
    from .render import Renderer

    pack = _pack(args)
    renderer = Renderer()
    base = _design_from(args, pack) if (args.design or args.seed is not None) else generate(pack, "sheet")
    tiles_48 = None
    if args.layer:
        tiles = sheet.layer_tiles(pack, base, args.layer, renderer, args.tile)
    elif args.expressions:
        tiles = sheet.expression_tiles(pack, base, renderer, args.tile)
    else:
        seeds = [str(i) for i in range(1, args.random + 1)]
        tiles = sheet.random_tiles(pack, seeds, renderer, args.tile, _constraints(args, pack))
        # the 48 px sheet is drawn at 48 px, as a 48 px export is (plain backgrounds, heavier features)
        tiles_48 = sheet.random_tiles(pack, seeds, renderer, 48, _constraints(args, pack))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    import io

    for path, tile in ((out, args.tile), (out.with_name(out.stem + "-48" + out.suffix), 48)):
        small = (
            tiles
            if tile == args.tile
            else tiles_48 or [(label, img.resize((48, 48), resample=3)) for label, img in tiles]
        )
        buf = io.BytesIO()
        sheet.grid(small, tile).save(buf, format="PNG", compress_level=6)
        atomic_write(path, buf.getvalue())
        print(path)
    return EXIT_OK


def cmd_kit(args) -> int:
    # The start (imports, pack, persona, up to the helper's fork) makes ~60,000 objects that live for
    # the whole kit: the collector ran 88 times over them (~15 ms of the serial start) and freed little.
    # It is off until this process draws its first target (the helper turns it on for itself).
    gc.disable()
    try:
        return _kit(args)
    finally:
        gc.enable()


def _kit(args) -> int:
    from .core import design as design_io
    from .export.kit import build_kit, ensure_persona

    pack = _pack(args)
    design = _design_from(args, pack)
    filled, generated = ensure_persona(pack, design, args.language)
    if generated:  # show what will be made up before anything is written
        print("generated persona fields (yours are kept):", file=sys.stderr)
        for name in generated:
            value = getattr(filled.persona, name)
            value = " ".join(f"#{t}" for t in value) if name == "tags" else value
            print(f"  {name}: {value}", file=sys.stderr)

    def progress(fraction: float, message: str) -> None:
        gc.enable()  # the start is over (see cmd_kit)
        if not args.quiet:
            print(f"[{fraction * 100:3.0f}%] {message}", file=sys.stderr)

    report = build_kit(
        pack,
        design,
        args.platform,
        Path(args.out),
        progress=progress,
        sticker_count=args.stickers,
        shorten_bio=args.shorten_bio,
        language=args.language,
        captions=_captions(args.caption),
        animated=args.animated,
    )
    sys.stdout.write("".join(f"{path}\n" for path in report.files))  # one write for ~313 lines
    if not args.design:  # a seeded kit records its design (seed and persona) beside the platform folders
        path = Path(args.out) / "persona.avatar.json"
        design_io.save(filled, path)
        print(path)
    for note in report.notes:
        print(f"warning: {note}", file=sys.stderr)
    return EXIT_OK


def _captions(items: list[str] | None) -> dict[str, str]:
    """``--caption INTENT=TEXT`` pairs (\\n in TEXT breaks the line)."""
    out = {}
    for item in items or []:
        intent, sep, text = item.partition("=")
        if not sep or not intent.strip():
            raise AvatarStudioError(f"--caption {item!r}: write it as INTENT=TEXT, e.g. thanks=どうも")
        out[intent.strip()] = text.replace("\\n", "\n")
    return out


def cmd_check(args) -> int:
    from .export.checkkit import check_path

    failed = 0
    for path in args.paths:
        for what, problems in check_path(path):
            if problems:
                failed += 1
                print(f"{what}: {len(problems)} problem(s)", file=sys.stderr)
                for problem in problems:
                    print(f"  {problem}", file=sys.stderr)
            elif not args.quiet:
                print(f"{what}: ok")
    return EXIT_BAD_INPUT if failed else EXIT_OK


def cmd_import_pack(args) -> int:
    from .core.packimport import import_pack, remove_stale_imports
    from .render import trial_render

    store = pack_store()
    remove_stale_imports(store) if store.exists() else None
    report = import_pack(Path(args.source), store, replace=args.replace, trial_render=trial_render)
    for line in report.lines():
        print(line)
    print(f"use it with: avatarstudio render --pack {report.pack_id} ...")
    return EXIT_OK


def cmd_inspect(args) -> int:
    from .core.errors import MetadataError
    from .export.inspect import assert_clean, inspect_bytes

    status = EXIT_OK
    for name in args.files:
        path = Path(name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise AvatarStudioError(f"cannot be read ({exc.strerror})", file=path.name) from None
        print(f"{path.name}: {len(data)} bytes")
        try:
            for chunk in inspect_bytes(data):
                print(f"  {chunk}")
            assert_clean(data, allow_phys=args.allow_phys)
            print("  clean: pixels and structure only")
        except MetadataError as exc:
            print(f"  NOT CLEAN: {exc.problem}")
            status = EXIT_PARTIAL
    return status


def cmd_desktop_install(args) -> int:
    from . import desktop

    target = Path(args.data_home) if args.data_home else None
    if args.uninstall:
        removed = desktop.uninstall(target)
        print(f"removed {len(removed)} files of the {desktop.APP_ID} desktop entry")
        return EXIT_OK
    done = desktop.install(target)
    for path in done.files:
        print(path)
    print(f"the studio is in the applications menu as Avatar Studio (runs {done.exec_path})")
    return EXIT_OK


def cmd_gui(args) -> int:
    from .gui.app import main as gui_main

    return gui_main(args.gui_args)


def strict_option(p) -> None:
    p.add_argument(
        "--strict",
        action="store_true",
        help="refuse a design that does not match the pack (unknown parts, another pack or version) "
        "instead of warning and drawing a substitute",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="avatarstudio",
        description="Compose anime-style persona avatars from layered SVG parts, offline.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"avatarstudio {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def common(p, outputs=True):
        p.add_argument("--pack", metavar="DIR", help="use this pack folder instead of the built-in one")
        p.add_argument("--presets-dir", metavar="DIR", help=argparse.SUPPRESS)
        if outputs:
            p.add_argument("-o", "--out", metavar="DIR", default="out", help="output folder (default: out)")
            p.add_argument(
                "--preset",
                action="append",
                metavar="NAME",
                help="platform target, e.g. x, discord, x:header (repeatable; see `presets`)",
            )
            p.add_argument("--size", type=int, default=512, help="pixel size without a preset (default 512)")
            p.add_argument(
                "--format",
                choices=["png", "jpeg", "webp", "svg"],
                help="format without a preset (default png)",
            )
            p.add_argument("--expression", metavar="NAME", help="show this expression (see `parts`)")
        p.add_argument("-q", "--quiet", action="store_true", help="print less")

    p = sub.add_parser(
        "render",
        help="render one design or seed to files",
        description="Render one design file or seed, for each --preset or as one image.",
    )
    p.add_argument("design", nargs="?", help="a saved design (.avatar.json); omit to use --seed")
    p.add_argument("--seed", help="generate the design from this seed")
    p.add_argument("--name", help="base name of the written files")
    p.add_argument("--presentation", default="any", choices=["any", "feminine", "masculine", "androgynous"])
    p.add_argument("--age", help="faces from this head template only: youthful, young_adult, mature")
    common(p)
    strict_option(p)
    p.set_defaults(func=cmd_render)

    p = sub.add_parser("random", help="generate N seeded designs and their images")
    p.add_argument("-n", "--count", type=int, default=8, help="how many (default 8)")
    p.add_argument(
        "--seed", help="base seed; design i uses '<seed>-<i>' (default: a fresh random seed per design)"
    )
    p.add_argument("--presentation", default="any", choices=["any", "feminine", "masculine", "androgynous"])
    p.add_argument("--age", help="faces from this head template only: youthful, young_adult, mature")
    common(p)
    p.set_defaults(func=cmd_random)

    p = sub.add_parser(
        "batch",
        help="export a spec of designs or seeds x presets",
        description="SPEC is TOML, JSON or CSV. Each row has 'seed' or 'design' (a design file "
        "path relative to the spec), optional 'name', 'presets', 'expression'. TOML may "
        "give seeds = {from = 1, count = 200} and presets = [...] for all rows.",
    )
    p.add_argument("spec")
    p.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: all cores)")
    common(p)
    strict_option(p)
    p.set_defaults(func=cmd_batch)

    p = sub.add_parser("presets", help="list platform targets")
    common(p, outputs=False)
    p.set_defaults(func=cmd_presets)

    p = sub.add_parser("parts", help="list the pack's layers, parts and expressions")
    p.add_argument("--layer", help="only this layer")
    common(p, outputs=False)
    p.set_defaults(func=cmd_parts)

    p = sub.add_parser(
        "validate",
        help="check a pack folder or zip and report every problem (the same checks as import-pack)",
    )
    p.add_argument("pack_dir", metavar="PACK")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("sheet", help="contact sheet of a layer's parts, random designs or expressions")
    p.add_argument("design", nargs="?", help="base design for --layer/--expressions")
    p.add_argument("--seed", help="base seed for --layer/--expressions")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--layer", help="every part of this layer on the base design")
    group.add_argument("--random", type=int, default=64, help="N random designs (default 64)")
    group.add_argument("--expressions", action="store_true", help="the base design in every expression")
    p.add_argument("--tile", type=int, default=192, help="tile size in px (default 192)")
    p.add_argument("-o", "--out", default="sheet.png", help="output PNG; a -48 copy at 48 px is written too")
    p.add_argument("--presentation", default="any", choices=["any", "feminine", "masculine", "androgynous"])
    p.add_argument("--age", help="faces from this head template only: youthful, young_adult, mature")
    common(p, outputs=False)
    strict_option(p)
    p.set_defaults(func=cmd_sheet)

    p = sub.add_parser(
        "kit",
        help="export a persona kit (avatar, banners, card, stickers, emoji, alt text)",
        description="Write one folder per platform with everything the persona needs there, each "
        "file checked against the platform's rules before anything is written.",
    )
    p.add_argument("design", nargs="?", help="a saved design (.avatar.json); omit to use --seed")
    p.add_argument("--seed", help="generate the design (and persona) from this seed")
    p.add_argument(
        "--platform",
        default="all",
        metavar="IDS",
        help="comma-separated platform ids, or 'all' (default); see `avatarstudio presets`",
    )
    p.add_argument("-o", "--out", metavar="DIR", default="kit", help="output folder (default: kit)")
    p.add_argument(
        "--stickers",
        type=int,
        metavar="N",
        help="stickers in each sticker set (LINE: 8/16/24/32/40); with --animated also in each animated "
        "set (LINE: 8/16/24); a count a set cannot take is refused, never rounded",
    )
    p.add_argument(
        "--caption",
        action="append",
        metavar="INTENT=TEXT",
        help="your own caption for one sticker, e.g. thanks=どうも (repeatable; see `stickers`)",
    )
    p.add_argument(
        "--animated",
        action="store_true",
        help="also build the animated sets (LINE APNG, Discord APNG, Telegram WebM, WhatsApp WebP)",
    )
    p.add_argument("--language", choices=["ja", "en"], help="persona language when one is generated")
    p.add_argument(
        "--shorten-bio",
        action="store_true",
        help="where the bio is over a platform's limit, write a shortened copy in that profile.txt "
        "(without this the bio is kept and flagged)",
    )
    p.add_argument("--presentation", default="any", choices=["any", "feminine", "masculine", "androgynous"])
    common(p, outputs=False)
    strict_option(p)
    p.set_defaults(func=cmd_kit)

    p = sub.add_parser(
        "check",
        help="check a finished kit folder (or one zip) against every platform rule",
        description="Reads a kit folder (one sub-folder per platform), a platform folder or a LINE zip and "
        "reports every broken rule: sizes, formats, bytes, counts, frames, durations, packaging, "
        "metadata and missing files. Exit code 0 when everything passes, 2 otherwise.",
    )
    p.add_argument("paths", nargs="+", metavar="KIT_FOLDER|ZIP")
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "import-pack",
        help="import a pack from a folder or zip (cleaned, checked, isolated)",
        description="Reads the pack in memory, refuses unsafe archives, strips every SVG to a "
        "safe subset with no external references, trial-renders every part in a "
        "limited child process, then stores the cleaned copy in your data folder. "
        "You are told exactly what was removed.",
    )
    p.add_argument("source", help="pack folder or .zip")
    p.add_argument("--replace", action="store_true", help="replace an imported pack with the same id")
    p.set_defaults(func=cmd_import_pack)

    p = sub.add_parser("inspect", help="list everything inside image files and check they carry no metadata")
    p.add_argument("files", nargs="+")
    p.add_argument(
        "--allow-phys", action="store_true", help="accept a pHYs (dpi) chunk, as LINE stickers need"
    )
    p.set_defaults(func=cmd_inspect)

    p = sub.add_parser(
        "desktop-install",
        help="Linux: add the studio to the applications menu (desktop entry, icons, file type)",
        description="Copies the desktop entry, hicolor icons and the *.avatar.json file type shipped "
        "in the package into your data folder ($XDG_DATA_HOME, default ~/.local/share).",
    )
    p.add_argument("--uninstall", action="store_true", help="remove what desktop-install added")
    p.add_argument("--data-home", metavar="DIR", help="install under DIR instead of $XDG_DATA_HOME")
    p.set_defaults(func=cmd_desktop_install)

    p = sub.add_parser(
        "gui",
        help="open the desktop studio",
        add_help=False,
        description="avatarstudio gui [DESIGN] [--pack FOLDER] [--lang system|en|ja]",
    )
    p.add_argument(
        "gui_args", nargs=argparse.REMAINDER, help="design file, --pack FOLDER, --lang system|en|ja"
    )
    # main() hands everything after `gui` to the studio's own parser.
    p.set_defaults(func=cmd_gui)

    from .persona_cli import register as register_personas

    register_personas(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    if argv is None:  # this process's own command line: it ends when main returns
        try:
            return _main(sys.argv[1:])
        finally:
            # the objects left are never collected again: the interpreter's collections at exit then skip
            # them (a whole kit's process took ~140 ms to exit after main returned, ~30 ms so)
            gc.freeze()
    return _main(argv)


def _main(argv: list[str]) -> int:
    # numpy's OpenBLAS starts a thread for each other core when numpy is imported, and it spins there:
    # the kit's start paid ~75 ms of CPU on the other core for it (import numpy: 127 -> 53 ms CPU). No
    # command does linear algebra worth a thread (a few 32x32 products at most); a value set is kept.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    argv = list(argv)
    if argv[:1] == ["gui"]:
        return cmd_gui(argparse.Namespace(gui_args=argv[1:]))
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_BAD_INPUT
    for name in ("jobs", "count", "size", "tile", "random"):
        value = getattr(args, name, None)
        if value is not None and value < 1:
            parser.error(f"--{name} must be at least 1")
    if getattr(args, "size", None) and args.size > 4096:
        parser.error("--size must be at most 4096")
    try:
        return args.func(args)
    except AvatarStudioError as exc:
        return _refused(str(exc))
    except OSError as exc:  # an output folder that is a file, a disk that is full, a folder we may not write
        where = exc.filename if exc.filename is not None else "output"
        return _refused(f"{where}: {exc.strerror or exc}")
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _refused(message: str) -> int:
    from .core.safetext import cap_lines, escape

    # messages escape what came from outside where it is put in; this is the last line of defence:
    # no control or bidi character reaches the terminal, and no message floods it
    lines = [escape(line, 2000) for line in message.split("\n")]
    print("error: " + "\n".join(cap_lines(lines, 40)), file=sys.stderr)
    return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
