"""Locks that fall in front of the shoulders (above clothing, under the face): one part per long back
style, with the back style's id. The layer follows hair_back: it shows the part named like the chosen
back hair, so a long style always brings its front locks and a short one none."""

from __future__ import annotations

from hairstyles import BACKS, LOCKS, parts

LAYER = dict(
    label="Locks over the shoulders",
    label_ja="肩にかかる髪",
    optional=True,
    probability=1.0,
    transform={"x": (-8, 8), "y": (-8, 8), "scale": (0.97, 1.04), "rotate": (-3, 3)},
    pivot=(512, 440),
    keys={"follows": "hair_back"},
)


def build():
    from helpers import write_layer

    reg = {pid: (fn, label, ja, *BACKS[pid][3:]) for pid, (fn, label, ja) in LOCKS.items()}
    write_layer("hair_locks", parts(reg), source=__file__, **LAYER)


if __name__ == "__main__":
    build()
