"""The front hair layer (fringes): clump styles from hairstyles.FRONTS."""

from __future__ import annotations

from hairstyles import FRONTS, parts

LAYER = dict(
    label="Front hair",
    label_ja="前髪",
    optional=False,
    probability=1.0,
    transform={"x": (-8, 8), "y": (-8, 8), "scale": (0.97, 1.04), "rotate": (-3, 3)},
    pivot=(512, 440),
)


def build():
    from helpers import write_layer

    write_layer("hair_front", parts(FRONTS, "hair_front"), source=__file__, **LAYER)


if __name__ == "__main__":
    build()
