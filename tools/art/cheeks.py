"""The cheeks layer (blush)."""

from __future__ import annotations

import math

from face_lib import BLUSH, f1, fill, hatch, svg
from helpers import Part, write_layer

# ----------------------------------------------------------------------------------------------
# CHEEKS


def blush_ellipse(cx, cy, rx, ry, gid, defs, op=0.6):
    defs.append(
        f'<radialGradient id="{gid}" gradientUnits="userSpaceOnUse" cx="{cx}" cy="{cy}" r="{rx}" '
        f'gradientTransform="translate({cx} {cy}) scale(1 {ry / rx:.3f}) translate({-cx} {-cy})">'
        f'<stop offset="0" stop-color="{BLUSH}" stop-opacity="{op}"/>'
        f'<stop offset="0.55" stop-color="{BLUSH}" stop-opacity="{op * 0.75:.2f}"/>'
        f'<stop offset="1" stop-color="{BLUSH}" stop-opacity="0"/></radialGradient>'
    )
    return f'<ellipse cx="{cx}" cy="{cy}" rx="{rx}" ry="{ry}" fill="url(#{gid})"/>'


def make_cheeks(id_):
    defs, b = [], []
    L, R = (396, 578), (628, 578)
    if id_ == "soft":
        b += [blush_ellipse(*L, 46, 24, "bl", defs), blush_ellipse(*R, 46, 24, "br", defs)]
    elif id_ == "hatch":
        b += [blush_ellipse(*L, 44, 22, "bl", defs, 0.5), blush_ellipse(*R, 44, 22, "br", defs, 0.5)]
        b += hatch(*L) + hatch(*R)
    elif id_ == "freckles":
        import random

        rnd = random.Random(7)
        for cx, cy in (L, R):
            for _ in range(7):
                a = rnd.uniform(0, 2 * math.pi)
                r = rnd.uniform(4, 30)
                b.append(
                    f'<circle cx="{f1(cx + r * math.cos(a) * 1.2)}" cy="{f1(cy - 6 + r * math.sin(a) * 0.55)}" '
                    f'r="{f1(rnd.uniform(2.2, 3.4))}" {fill("skin.shadow")}/>'
                )
    elif id_ == "freckles_blush":
        b += [blush_ellipse(*L, 44, 22, "bl", defs, 0.4), blush_ellipse(*R, 44, 22, "br", defs, 0.4)]
        import random

        rnd = random.Random(3)
        for cx, cy in (L, R):
            for _ in range(6):
                b.append(
                    f'<circle cx="{f1(cx + rnd.uniform(-30, 30))}" cy="{f1(cy - 4 + rnd.uniform(-10, 10))}" '
                    f'r="{f1(rnd.uniform(2.2, 3.2))}" {fill("skin.line")} opacity="0.55"/>'
                )
    elif id_ == "rosy":
        b += [blush_ellipse(*L, 40, 26, "bl", defs, 0.75), blush_ellipse(*R, 40, 26, "br", defs, 0.75)]
    elif id_ == "flushed":  # expression: across the nose
        b += [blush_ellipse(512, 580, 170, 36, "bf", defs, 0.55)]
        b += hatch(*L, 4, 22) + hatch(*R, 4, 22)
    return svg(b, defs)


CHEEKS = {
    "soft": ("Soft blush", "ほんのりチーク", 3.0),
    "hatch": ("Blush with lines", "斜線チーク", 1.5),
    "freckles": ("Freckles", "そばかす", 1.0),
    "freckles_blush": ("Freckles and blush", "そばかすとチーク", 0.6),
    "rosy": ("Rosy", "濃いめチーク", 0.8),
    "flushed": ("Flushed", "赤面", 0),
}


PRESENTATION = {
    "soft": ("feminine", "androgynous"),
    "hatch": ("feminine", "androgynous"),
    "freckles_blush": ("feminine", "androgynous"),
    "rosy": ("feminine", "androgynous"),
    "flushed": ("feminine", "androgynous"),
}


def build():
    parts = [Part(k, v[0], v[1], make_cheeks(k), v[2], PRESENTATION.get(k, ())) for k, v in CHEEKS.items()]
    write_layer(
        "cheeks",
        parts,
        label="Cheeks",
        label_ja="頬",
        region=[330, 530, 694, 630],
        optional=True,
        probability=0.6,
        source=__file__,
    )


if __name__ == "__main__":
    build()
