"""The side hair layer (locks in front of the ears, over the face): clump styles from hairstyles.SIDES."""

from __future__ import annotations

from hairstyles import SIDES, parts

LAYER = dict(
    label="Side locks",
    label_ja="サイドの髪",
    optional=True,
    probability=0.7,
    transform={"x": (-6, 6), "y": (-8, 8), "scale": (0.96, 1.04), "rotate": (-3, 3)},
    pivot=(512, 440),
)


def build():
    from helpers import write_layer

    write_layer("hair_side", parts(SIDES, "hair_side"), source=__file__, **LAYER)


if __name__ == "__main__":
    build()
