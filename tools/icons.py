"""Draw the app icon into avatarstudio/share/icons/hicolor/ from the built-in art, on purpose.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/icons.py [--seed SEED]

The icon is one seeded avatar from assets/ (face framing) on a rounded square, rendered by the app's
own renderer at every hicolor size (vector art drawn at each size, not one bitmap scaled), plus the
scalable SVG. The files are committed; run this again after an art change you want the icon to show,
look at the 16, 32 and 48 px files at full size, and commit them. The PNGs carry no metadata.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.avatarstudio.studio"
HICOLOR = ROOT / "avatarstudio" / "share" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SEED = "icon-3"  # chosen by eye among a few seeds: reads at 16 px, distinct colours


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", default=SEED)
    args = parser.parse_args()

    from PIL import Image, ImageDraw

    from avatarstudio.core.compose import View, compose, compose_layers
    from avatarstudio.core.generate import Constraints, generate
    from avatarstudio.core.pack import load_builtin
    from avatarstudio.core.presets import FRAMINGS
    from avatarstudio.render import Renderer

    pack = load_builtin()
    # Nothing that turns to noise at 16 px: no glasses, mask, hats, headphones, ornaments or sparkles.
    hidden = (
        "glasses",
        "face_mask",
        "headwear",
        "headphones",
        "hair_ornament",
        "effects",
        "earrings",
        "animal_ears",
    )
    design = generate(
        pack, args.seed, Constraints(parts={layer: None for layer in hidden if layer in pack.layer_ids})
    )
    view = View(box=FRAMINGS["face"])
    renderer = Renderer()
    for size in SIZES:
        art = renderer.render(compose_layers(pack, design, view), size)
        scale = 4  # the mask is drawn large and reduced, for a smooth edge
        mask = Image.new("L", (size * scale, size * scale), 0)
        ImageDraw.Draw(mask).rounded_rectangle(
            (0, 0, size * scale - 1, size * scale - 1), radius=size * scale * 0.22, fill=255
        )
        mask = mask.resize((size, size), Image.Resampling.LANCZOS)
        icon = Image.new("RGBA", (size, size), (0, 0, 0, 0))
        icon.paste(art, (0, 0), Image.composite(art.getchannel("A"), mask, mask))
        out = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        icon.save(out, format="PNG", optimize=True)
        print(f"icons: wrote {out.relative_to(ROOT)}")
    svg = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    svg.parent.mkdir(parents=True, exist_ok=True)
    svg.write_text(compose(pack, design, view, size=256), encoding="utf-8")
    print(f"icons: wrote {svg.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
