"""The animal ears layer."""

from __future__ import annotations

from hair_lib import PINK, Art, hair_parts, place
from helpers import write_layer

# ----------------------------------------------------------------------------------------------------------
# animal ears (fur in the hair slot, fixed pink inner ear)


def ear_els(outer, inner, shadow, tufts=(), open_outline=None):
    a = Art()
    a.fill(outer, "hair")
    a.fill(shadow, "hair.shadow")
    a.fixed(inner, PINK)
    for t in tufts:
        a.fill(t, "hair")
    a.line(open_outline or outer, 6)
    for t in tufts:
        a.line(t, 3)
    return "".join(a.els)


def ears_art(el, x=392, y=210, rot=-20):
    art = Art()
    art.els.append(place(el, x, y, rot))
    art.els.append(place(el, 1024 - x, y, -rot, flip=True))
    return art


def animal_styles():
    S = {}

    def cat():
        outer = "M-66,6 C-62,-50 -40,-96 -14,-126 C-6,-134 4,-134 10,-124 C40,-86 60,-40 66,6 Z"
        opn = "M-66,6 C-62,-50 -40,-96 -14,-126 C-6,-134 4,-134 10,-124 C40,-86 60,-40 66,6"
        inner = "M-40,-4 C-36,-44 -22,-80 -4,-104 C14,-80 30,-44 38,-4 Z"
        shadow = "M10,-124 C40,-86 60,-40 66,6 L30,6 C26,-40 14,-80 10,-124 Z"
        tufts = [
            "M-30,4 C-26,-20 -18,-36 -8,-46 C-10,-26 -4,-12 2,4 Z",
            "M6,4 C8,-16 16,-30 24,-38 C20,-20 24,-8 30,4 Z",
        ]
        return ears_art(ear_els(outer, inner, shadow, tufts, opn))

    S["cat"] = cat

    def fox():
        outer = "M-70,8 C-70,-60 -44,-130 -6,-170 C2,-176 8,-172 12,-164 C44,-110 66,-50 70,8 Z"
        opn = "M-70,8 C-70,-60 -44,-130 -6,-170 C2,-176 8,-172 12,-164 C44,-110 66,-50 70,8"
        inner = "M-42,0 C-42,-54 -26,-104 -2,-140 C22,-100 38,-52 42,0 Z"
        shadow = "M12,-164 C44,-110 66,-50 70,8 L34,8 C30,-50 22,-110 12,-164 Z"
        tufts = [
            "M-36,4 C-34,-24 -26,-44 -12,-58 C-14,-34 -8,-16 0,4 Z",
            "M0,4 C2,-26 12,-46 26,-54 C20,-30 24,-12 34,4 Z",
            "M-18,4 C-16,-16 -8,-30 4,-38 C0,-20 2,-8 10,4 Z",
        ]
        return ears_art(ear_els(outer, inner, shadow, tufts, opn), x=388, y=214, rot=-24)

    S["fox"] = fox

    def wolf():
        outer = "M-68,8 C-66,-46 -46,-100 -12,-140 C-4,-148 6,-146 12,-138 C42,-96 62,-44 68,8 Z"
        opn = "M-68,8 C-66,-46 -46,-100 -12,-140 C-4,-148 6,-146 12,-138 C42,-96 62,-44 68,8"
        inner = "M-40,0 C-38,-42 -24,-82 -2,-112 C18,-80 32,-42 38,0 Z"
        shadow = "M12,-138 C42,-96 62,-44 68,8 L32,8 C28,-44 20,-96 12,-138 Z"
        tufts = [
            "M-38,6 C-36,-16 -30,-30 -18,-40 C-20,-22 -14,-8 -6,6 Z",
            "M-10,6 C-8,-18 0,-34 12,-44 C8,-24 12,-8 20,6 Z",
            "M14,6 C16,-12 22,-24 32,-30 C28,-14 32,-4 38,6 Z",
        ]
        return ears_art(ear_els(outer, inner, shadow, tufts, opn), x=384, y=216, rot=-30)

    S["wolf"] = wolf

    def bunny():
        outer = "M-34,10 C-50,-80 -52,-190 -26,-250 C-14,-276 14,-276 24,-248 C46,-186 44,-80 34,10 Z"
        opn = "M-34,10 C-50,-80 -52,-190 -26,-250 C-14,-276 14,-276 24,-248 C46,-186 44,-80 34,10"
        inner = "M-16,-10 C-26,-80 -28,-180 -10,-236 C10,-190 16,-90 14,-10 Z"
        shadow = "M24,-248 C46,-186 44,-80 34,10 L18,10 C24,-80 26,-180 24,-248 Z"
        return ears_art(ear_els(outer, inner, shadow, (), opn), x=430, y=196, rot=-12)

    S["bunny"] = bunny

    def bear():
        outer = "M-52,14 C-66,-20 -50,-70 -4,-74 C44,-78 66,-30 54,14 Z"
        opn = "M-52,14 C-66,-20 -50,-70 -4,-74 C44,-78 66,-30 54,14"
        inner = "M-30,8 C-38,-16 -26,-44 -2,-46 C24,-48 36,-18 30,8 Z"
        shadow = "M20,-70 C50,-58 64,-24 54,14 L36,14 C44,-20 38,-50 20,-70 Z"
        return ears_art(ear_els(outer, inner, shadow, (), opn), x=372, y=222, rot=-28)

    S["bear"] = bear
    return S


ANIMAL_META = {
    "cat": {"label": "Cat ears", "ja": "猫耳"},
    "fox": {"label": "Fox ears", "ja": "狐耳"},
    "wolf": {"label": "Wolf / dog ears", "ja": "狼耳"},
    "bunny": {"label": "Bunny ears", "ja": "うさ耳"},
    "bear": {"label": "Bear ears", "ja": "くま耳"},
}

LAYER = dict(
    label="Animal ears",
    label_ja="けもみみ",
    optional=True,
    probability=0.12,
    region=(250, 0, 774, 300),
    transform={"x": (-10, 10), "y": (-10, 10), "scale": (0.9, 1.1), "rotate": (-5, 5)},
    pivot=(512, 220),
)


def build():
    write_layer(
        "animal_ears", hair_parts(animal_styles(), ANIMAL_META, "animal_ears"), source=__file__, **LAYER
    )


if __name__ == "__main__":
    build()
