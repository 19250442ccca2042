"""The nose layer."""

from __future__ import annotations

from face_lib import catmull, fill, stroke_path, svg
from helpers import Part, write_layer

# ----------------------------------------------------------------------------------------------
# NOSE


def make_nose(id_):
    b = []
    if id_ == "line":
        b.append(stroke_path(catmull([(514, 578), (510, 592), (504, 600)], step=2), "skin.line", 3.5))
    elif id_ == "wedge":
        b.append(
            f'<path d="M516,566 C520,580 522,592 514,602 C510,598 511,588 516,566 Z" {fill("skin.shadow")}/>'
        )
        b.append(stroke_path(catmull([(508, 600), (513, 602), (518, 599)], step=2), "skin.line", 3))
    elif id_ == "dot":
        b.append(f'<ellipse cx="509" cy="596" rx="3.5" ry="3" {fill("skin.line")}/>')
    elif id_ == "button":
        b.append(
            f'<path d="M500,598 C502,588 522,588 524,598 C520,603 504,603 500,598 Z" {fill("skin.shadow")}/>'
        )
        b.append(stroke_path(catmull([(503, 602), (512, 605), (521, 602)], step=2), "skin.line", 3))
        b.append(f'<ellipse cx="507" cy="592" rx="4" ry="2.5" {fill("skin.highlight")}/>')
    return svg(b)


NOSES = {
    "line": ("Tiny line", "線の鼻", 2.0),
    "wedge": ("Shadow wedge", "影の鼻", 2.0),
    "dot": ("Dot", "点の鼻", 1.5),
    "button": ("Button", "丸い鼻", 0.8),
}


PRESENTATION = {
    "dot": ("feminine", "androgynous"),
    "button": ("feminine", "androgynous"),
}


def build():
    parts = [Part(k, v[0], v[1], make_nose(k), v[2], PRESENTATION.get(k, ())) for k, v in NOSES.items()]
    write_layer(
        "nose",
        parts,
        label="Nose",
        label_ja="鼻",
        region=[490, 555, 535, 615],
        transform={"y": (-6, 6)},
        pivot=(512, 500),
        source=__file__,
    )


if __name__ == "__main__":
    build()
