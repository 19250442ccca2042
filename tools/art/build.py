#!/usr/bin/env python3
"""Regenerate the built-in anime pack from its generators.

    python tools/art/build.py                 # every layer and the expressions block, into assets/anime
    python tools/art/build.py eyes mouth      # some layers only
    python tools/art/build.py --out DIR       # a fresh copy of the pack in DIR (the regeneration test)

Each layer has its own module in tools/art/ with a ``build()`` function; the shared pieces live in
``helpers`` (see its docstring) and in the drawing vocabularies ``face_lib``, ``wardrobe_lib`` and
``hair_lib``. Needs the project's environment (PySide6 measures some layer regions).
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import helpers

# one generator per layer, in pack order, then the expressions block of pack.toml
MODULES = [
    "background",
    "hair_back",
    "body",
    "clothing",
    "hair_locks",
    "face",
    "ears",
    "earrings",
    "cheeks",
    "marks",
    "facial_hair",
    "nose",
    "mouth",
    "eyes",
    "eyebrows",
    "face_mask",
    "glasses",
    "hair_side",
    "hair_front",
    "animal_ears",
    "headwear",
    "hair_ornament",
    "headphones",
    "effects",
    "hands",  # hands raised to the face on the bust, issue 12
    "expressions",
    "stickers",  # the chibi sticker figure (assets/anime/stickers/), issue 12
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("modules", nargs="*", metavar="LAYER", help=f"some of: {', '.join(MODULES)}")
    ap.add_argument("--out", type=Path, help="write a complete pack to this folder instead of assets/anime")
    args = ap.parse_args(argv)
    unknown = [m for m in args.modules if m not in MODULES]
    if unknown:
        ap.error(f"unknown layer {', '.join(unknown)}")
    if args.out:
        if args.modules:
            ap.error("--out writes the whole pack; give no layer names with it")
        args.out.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(helpers.pack_dir() / "pack.toml", args.out / "pack.toml")
        helpers.set_output(args.out)
    for name in args.modules or MODULES:
        importlib.import_module(name).build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
