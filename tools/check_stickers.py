#!/usr/bin/env python3
"""Sticker matrix: N seeds x ja/en, every sticker platform with its animated sets, checked independently.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/check_stickers.py [--seeds 6] [--out DIR]

For each (seed, language) it builds the LINE, Telegram, WhatsApp and Discord kits with animation, runs
``avatarstudio check`` logic on the written folders, checks that the 40-sticker LINE pack has no two
stickers within 2 % of each other's pixels, and writes contact sheets of the first 16 stickers at chat
size (150 px) on white, LINE blue and a dark chat, and of the emoji at 22 px, for looking at.
Prints one line per case and exits 1 if any rule broke.
"""

from __future__ import annotations

import argparse
import io
import sys
import zipfile
from dataclasses import dataclass, replace
from itertools import combinations
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BACKGROUNDS = {"white": (255, 255, 255), "line_blue": (140, 171, 217), "dark": (30, 31, 36)}
PLATFORMS = ("line", "telegram", "whatsapp", "discord")


def near_copies(zip_bytes: bytes, count: int) -> list[tuple[int, int, float]]:
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as zf:
        images = []
        for i in range(1, count + 1):
            im = Image.open(io.BytesIO(zf.read(f"{i:02d}.png"))).convert("RGBA")
            base = Image.new("RGBA", im.size, (255, 255, 255, 255))
            images.append(np.asarray(Image.alpha_composite(base, im).convert("RGB")).astype(np.int16))
    out = []
    for (i, a), (j, b) in combinations(enumerate(images, 1), 2):
        changed = float((np.abs(a - b).max(-1) > 24).mean())
        if changed <= 0.02:
            out.append((i, j, changed))
    return out


def sheet(images: list[Image.Image], tile: tuple[int, int], bg, cols: int = 8) -> Image.Image:
    rows = (len(images) + cols - 1) // cols
    out = Image.new("RGBA", (cols * tile[0], rows * tile[1]), bg + (255,))
    for i, im in enumerate(images):
        im = im.convert("RGBA").resize(tile, Image.Resampling.LANCZOS)
        out.alpha_composite(im, ((i % cols) * tile[0], (i // cols) * tile[1]))
    return out


def sticker_platforms() -> dict:
    """The sticker platforms' presets with only their sticker and emoji targets."""
    from avatarstudio.core.presets import load_all

    return {
        pid: replace(
            p, targets={k: t for k, t in p.targets.items() if t.kind not in ("avatar", "banner", "card")}
        )
        for pid, p in load_all().items()
        if pid in PLATFORMS
    }


@dataclass
class Case:
    """One (seed, language) of the matrix: what broke, and the LINE sticker pack's intents."""

    problems: list
    copies: list[tuple[int, int, float]]
    intents: list[str]
    files: int

    @property
    def ok(self) -> bool:
        return not self.problems and not self.copies and len(set(self.intents)) == len(self.intents)


def check_case(pack, renderer, platforms, seed: int, lang: str, out: Path, *, sticker_count=None) -> Case:
    """Build the (seed, lang) kits with animation under ``out`` and check them like ``avatarstudio check``.

    ``sticker_count`` (None: each preset's own count, 40 for LINE stickers) sets every sticker set's size.
    """
    from avatarstudio.core.generate import generate
    from avatarstudio.export.checkkit import check_path
    from avatarstudio.export.chibi import load_figure_kit
    from avatarstudio.export.kit import build_kit
    from avatarstudio.export.stickers import pick_intents

    d = generate(pack, f"matrix-{seed}")
    d = replace(d, persona=replace(d.persona, language=lang, display_name="さくら", handle="sakura"))
    build_kit(
        pack,
        d,
        ",".join(PLATFORMS),
        out,
        renderer=renderer,
        platforms=platforms,
        animated=True,
        sticker_count=sticker_count,
    )
    problems = [p for _, ps in check_path(out, platforms) for p in ps]
    line_zip = (out / "line" / "line-stickers.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(line_zip)) as zf:
        count = sum(1 for x in zf.namelist() if x[:2].isdigit())
    intents = [it.id for it in pick_intents(load_figure_kit(pack), count)]
    files = sum(1 for p in out.rglob("*") if p.is_file())
    return Case(problems, near_copies(line_zip, count), intents, files)


def main() -> int:
    from avatarstudio.core.pack import load_builtin
    from avatarstudio.render import Renderer

    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, default=6)
    ap.add_argument("--out", default="/tmp/sticker-matrix")
    ap.add_argument("--count", type=int, default=None, help="stickers per set (default: each preset's)")
    args = ap.parse_args()
    pack, renderer = load_builtin(), Renderer()
    platforms = sticker_platforms()
    failed = 0
    for n in range(1, args.seeds + 1):
        for lang in ("ja", "en"):
            out = Path(args.out) / f"{n}-{lang}"
            case = check_case(pack, renderer, platforms, n, lang, out, sticker_count=args.count)
            problems, copies = case.problems, case.copies
            line_zip = (out / "line" / "line-stickers.zip").read_bytes()
            with zipfile.ZipFile(io.BytesIO(line_zip)) as zf:
                stickers = [
                    Image.open(io.BytesIO(zf.read(f"{i:02d}.png")))
                    for i in range(1, min(16, len(case.intents)) + 1)
                ]
            with zipfile.ZipFile(io.BytesIO((out / "line" / "line-emoji.zip").read_bytes())) as zf:
                emoji = [Image.open(io.BytesIO(zf.read(x))) for x in sorted(zf.namelist()) if x != "tab.png"]
            for name, bg in BACKGROUNDS.items():
                sheet(stickers, (150, 130), bg).save(out / f"chat-{name}.png")
                sheet(emoji, (22, 22), bg, cols=len(emoji)).resize((len(emoji) * 66, 66), Image.NEAREST).save(
                    out / f"emoji22-{name}.png"
                )
            status = "ok" if case.ok else "FAIL"
            failed += status != "ok"
            print(
                f"seed {n} {lang}: {status}  files={case.files} rule problems={len(problems)} "
                f"near copies={len(copies)} intents={len(set(case.intents))}/{len(case.intents)}"
            )
            for p in problems[:10]:
                print("   ", p)
            for i, j, c in copies[:10]:
                print(f"    stickers {i:02d}/{j:02d} differ in {c:.2%} of pixels")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
