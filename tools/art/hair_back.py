"""The back hair layer (behind the body): clump styles from hairstyles.BACKS, with their tie points."""

from __future__ import annotations

from hairstyles import BACKS, parts

LAYER = dict(
    label="Back hair",
    label_ja="後ろ髪",
    optional=False,
    probability=1.0,
    transform={"x": (-8, 8), "y": (-8, 8), "scale": (0.97, 1.04), "rotate": (-3, 3)},
    pivot=(512, 440),
)


def build():
    from helpers import write_layer

    write_layer("hair_back", parts(BACKS, "hair_back"), source=__file__, **LAYER)


if __name__ == "__main__":
    build()
