"""`avatarstudio persona ...`, `avatarstudio code` and `avatarstudio import-code`: the persona library,
its link check and design codes on the command line. Registered by cli.build_parser; never imports gui."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .core.errors import AvatarStudioError


def _library(args):
    from .core.library import Library

    return Library(Path(args.library) if getattr(args, "library", None) else None)


def _report_damaged(lib) -> None:
    for bad in lib.scan()[1]:
        print(f"warning: {bad.problem} (kept as it is: {bad.path})", file=sys.stderr)


def _new_design(args, pack):
    from .core.generate import Constraints, generate
    from .core.persona import generate_persona
    from .core.seeds import seed_or_fresh

    seed, fresh = seed_or_fresh(getattr(args, "seed", None))
    if fresh:
        print(f"fresh seed: {seed}", file=sys.stderr)
    design = generate(pack, seed, Constraints(presentation=getattr(args, "presentation", "any")))
    from dataclasses import replace

    return replace(design, persona=generate_persona(design, pack, language=getattr(args, "language", None)))


def cmd_list(args) -> int:
    lib = _library(args)
    entries = lib.entries()
    _report_damaged(lib)
    if not entries:
        print("no personas yet: `avatarstudio persona new`")
    for e in entries:
        print(f"{e.id}  {e.name}  @{e.design.persona.handle}  ({e.design.persona.language})")
    return 0


def cmd_new(args) -> int:
    from dataclasses import replace

    from .cli import _pack
    from .core import design as design_io

    pack = _pack(args)
    lib = _library(args)
    if args.design:
        design = design_io.load(args.design)
    elif args.vary_away:
        from .core.linkcheck import vary_away
        from .core.seeds import fresh_seed
        from .render import Renderer

        others = [e.design for e in lib.entries()]
        design = vary_away(
            pack,
            others,
            lambda s: _new_design(argparse.Namespace(seed=s, language=args.language), pack),
            fresh_seed,
            renderer=Renderer(),
        )
    else:
        design = _new_design(args, pack)
    if args.name:  # the user's name is kept; the handle is made from it where it can be
        from .core.design import Persona
        from .core.persona import fill_persona

        language = design.persona.language if args.design else args.language
        design, _ = fill_persona(replace(design, persona=Persona(display_name=args.name)), pack, language)
    entry = lib.add(design, notes=args.notes or "")
    print(f"{entry.id}  {entry.name}  @{entry.design.persona.handle}")
    return _warn_links(pack, lib, entry.id)


def cmd_show(args) -> int:
    lib = _library(args)
    e = lib.find(args.ref)
    p = e.design.persona
    print(f"id: {e.id}\nname: {p.display_name}\nhandle: @{p.handle}\nbio: {p.bio}")
    print("tags: " + " ".join(f"#{t}" for t in p.tags) + f"\ntheme: {p.theme}\nlanguage: {p.language}")
    for platform, handle in p.handles:
        print(f"handle on {platform}: @{handle}")
    print(f"seed: {e.design.seed}\npack: {e.design.pack_id} {e.design.pack_version}")
    if e.notes:
        print(f"notes: {e.notes}")
    return 0


def cmd_rename(args) -> int:
    e = _library(args).rename(args.ref, args.name)
    print(f"{e.id}  {e.name}")
    return 0


def cmd_edit(args) -> int:
    """Change identity fields; only what is given changes, the rest stays as the user left it."""
    from dataclasses import replace

    from .core.persona import bare_handle

    lib = _library(args)
    e = lib.find(args.ref)
    p = e.design.persona
    changes = {}
    for name in ("handle", "bio", "theme", "language"):
        value = getattr(args, name)
        if value is not None:
            changes[name] = bare_handle(value) if name == "handle" else value
    if args.tags is not None:
        changes["tags"] = tuple(t.strip() for t in args.tags.split(",") if t.strip())
    if args.handle_on:
        handles = dict(p.handles)
        for item in args.handle_on:
            platform, sep, handle = item.partition("=")
            if not sep or not platform:
                raise AvatarStudioError(
                    "--handle-on takes PLATFORM=HANDLE (an empty handle removes it)", file=item
                )
            if handle:
                handles[platform] = bare_handle(handle)
            else:
                handles.pop(platform, None)
        changes["handles"] = tuple(sorted(handles.items()))
    from .core import design as design_io

    design = replace(e.design, persona=replace(p, **changes))
    design = design_io.from_dict(design_io.to_dict(design), file=e.id)  # the same checks as a design file
    e = lib.save(replace(e, design=design, notes=args.notes if args.notes is not None else e.notes))
    print(f"{e.id}  {e.name}  @{e.design.persona.handle}")
    return 0


def cmd_duplicate(args) -> int:
    e = _library(args).duplicate(args.ref, args.name)
    print(f"{e.id}  {e.name}")
    print("warning: a duplicate is linkable to its original by design; change it before use", file=sys.stderr)
    return 0


def cmd_delete(args) -> int:
    lib = _library(args)
    for path in lib.delete(args.ref):
        print(f"removed {path}")
    return 0


def cmd_export(args) -> int:
    from .core import design as design_io

    e = _library(args).find(args.ref)
    out = Path(args.out)
    design_io.save(e.design, out)
    print(out)
    return 0


def _warn_links(pack, lib, only: str | None = None) -> int:
    from .core.linkcheck import check
    from .render import Renderer

    entries = lib.entries()
    reports = check(pack, [(e.id, e.design) for e in entries], Renderer())
    names = {e.id: e.name for e in entries}
    status = 0
    for r in reports:
        if only and only not in (r.a, r.b):
            continue
        if not r.linked:
            continue
        status = 1
        print(f"LINKED: {names[r.a]} ({r.a}) and {names[r.b]} ({r.b})")
        for f in r.findings:
            print(f"  [{f.strength}] {f.detail}: {f.advice}")
    return status


def cmd_check(args) -> int:
    from .cli import _pack

    lib = _library(args)
    _report_damaged(lib)
    status = _warn_links(_pack(args), lib)
    if status == 0:
        print(f"{len(lib.entries())} personas: no two could be tied together by what they show")
    return status


def cmd_code(args) -> int:
    from .core import design as design_io
    from .core.designcode import encode_design, qr_image

    design = design_io.load(args.design)
    code = encode_design(design, with_persona=args.with_persona)
    print(code)
    if args.qr:
        from .core.fileio import atomic_write
        from .export.encode import encode

        atomic_write(Path(args.qr), encode(qr_image(code).convert("RGB"), "png", what=args.qr))
        print(args.qr, file=sys.stderr)
    return 0


def cmd_import_code(args) -> int:
    from .cli import _pack
    from .core import design as design_io
    from .core.designcode import decode_design, for_pack

    code = args.code if args.code != "-" else sys.stdin.read()
    design, warning = for_pack(decode_design(code), _pack(args))
    if warning:
        print(f"warning: {warning}", file=sys.stderr)
    if args.to_library:
        entry = _library(args).add(design)
        print(f"{entry.id}  {entry.name}")
    else:
        design_io.save(design, Path(args.out))
        print(args.out)
    return 0


def register(sub, common) -> None:
    """Add `persona`, `code` and `import-code` to the CLI's sub-command parsers."""
    p = sub.add_parser(
        "persona",
        help="your persona library: list, new, show, rename, edit, duplicate, delete, export, check",
        description="Personas live in your data folder, one file each. `check` tells you which two "
        "could be tied together and what to change; `new --vary-away` makes one far from all others.",
    )
    p.add_argument("--library", metavar="DIR", help=argparse.SUPPRESS)
    ps = p.add_subparsers(dest="persona_command", metavar="ACTION", required=True)
    q = ps.add_parser("list", help="every persona (damaged entries are reported, never removed)")
    q.set_defaults(func=cmd_list)
    q = ps.add_parser("new", help="add a persona: fresh, from a design file, or far from all others")
    q.add_argument("design", nargs="?", help="a saved design (.avatar.json) to add")
    q.add_argument("--seed", help="generate from this seed (default: a fresh random seed)")
    q.add_argument("--name", help="display name (yours, kept as typed)")
    q.add_argument("--notes", help="private notes (never exported)")
    q.add_argument("--language", choices=["ja", "en"])
    q.add_argument("--vary-away", action="store_true", help="make it far from every persona you have")
    common(q, outputs=False)
    q.set_defaults(func=cmd_new)
    q = ps.add_parser("show", help="everything about one persona")
    q.add_argument("ref", help="id, id prefix or display name")
    q.set_defaults(func=cmd_show)
    q = ps.add_parser("rename", help="change the display name")
    q.add_argument("ref")
    q.add_argument("name")
    q.set_defaults(func=cmd_rename)
    q = ps.add_parser("edit", help="change the handle, per-platform handles, bio, tags, theme, notes")
    q.add_argument("ref")
    q.add_argument("--handle", help="the canonical handle (letters, digits, one '_')")
    q.add_argument(
        "--handle-on",
        action="append",
        metavar="PLATFORM=HANDLE",
        help="your handle on one platform where it differs (repeatable; empty removes it)",
    )
    q.add_argument("--bio")
    q.add_argument("--tags", help="comma-separated")
    q.add_argument("--theme", help="#rrggbb")
    q.add_argument("--language", choices=["ja", "en"])
    q.add_argument("--notes", help="private notes (never exported)")
    q.set_defaults(func=cmd_edit)
    q = ps.add_parser("duplicate", help="copy a persona (then change it: a copy is linkable)")
    q.add_argument("ref")
    q.add_argument("--name")
    q.set_defaults(func=cmd_duplicate)
    q = ps.add_parser("delete", help="remove a persona and everything the app kept about it")
    q.add_argument("ref")
    q.set_defaults(func=cmd_delete)
    q = ps.add_parser("export", help="write a persona's design file")
    q.add_argument("ref")
    q.add_argument("-o", "--out", required=True, metavar="FILE")
    q.set_defaults(func=cmd_export)
    q = ps.add_parser("check", help="which personas could be tied together, and what to change")
    common(q, outputs=False)
    q.set_defaults(func=cmd_check)

    p = sub.add_parser("code", help="a design as a short checksummed code (and a QR code)")
    p.add_argument("design")
    p.add_argument("--with-persona", action="store_true", help="include name, handle, bio and tags")
    p.add_argument("--qr", metavar="PNG", help="also write the code as a QR image")
    p.set_defaults(func=cmd_code)

    p = sub.add_parser("import-code", help="make a design file (or a library persona) from a design code")
    p.add_argument("code", help="the code ('-' reads it from stdin)")
    p.add_argument("-o", "--out", default="imported.avatar.json", metavar="FILE")
    p.add_argument("--to-library", action="store_true", help="add it to the persona library instead")
    p.add_argument("--library", metavar="DIR", help=argparse.SUPPRESS)
    common(p, outputs=False)
    p.set_defaults(func=cmd_import_code)


__all__ = ["register", "AvatarStudioError"]
