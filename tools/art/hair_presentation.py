"""Presentation leanings of the hair-family parts (issue 10's tagging, kept apart from the hair drawing).

``hair_lib.hair_parts`` applies these where a part's own meta has no ``presentation``; the hair modules
may fold them into their metas at any time. Long, tied and braided styles and bows lean feminine or
androgynous, so ``--presentation masculine`` draws short and natural cuts.
"""

FA = ("feminine", "androgynous")

PRESENTATION = {
    "hair_back": {
        pid: FA
        for pid in (
            "long_straight",
            "very_long",
            "wavy_long",
            "braids_two",
            "braid_single",
            "bob",
            "ponytail_high",
        )
    },
    "hair_front": {
        pid: FA
        for pid in ("hime_straight", "long_side_bangs", "blunt_side_locks", "bob_fringe", "braided_crown")
    },
    "hair_side": {
        pid: FA for pid in ("long_locks", "tied_locks", "hime_blocks", "wavy_locks", "braided_locks")
    },
    "hair_ornament": {
        pid: FA
        for pid in (
            "ribbon_bow",
            "small_bows",
            "flower",
            "star_clip",
            "heart_clip",
            "barrette",
            "headband_bow",
            "scrunchie",
            "x_pins",
            "two_pins",
            "headband",
        )
    },
    "animal_ears": {"bunny": FA},
}
