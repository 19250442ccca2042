"""Presentation pools: which parts each presentation draws, and how strongly it leans (issue 10).

The one table for the tags of every layer. ``helpers.write_layer`` writes it into each part's manifest
entry as ``presentation`` (the presentations that may draw the part; none = every one) and ``lean``
(a weight factor in a presentation's pool, 1 when absent); the generator applies both through one rule,
``avatarstudio.core.generate.pool_weight``. A part the table does not name keeps the tags its own
generator gave it.

The pools, as an illustrator would cast them:
- feminine: everything but the masculine kit, facial hair and the heaviest jaws;
- masculine: no lashes with wings, no blush, no bows, buns, twin tails or long feminine cuts;
- androgynous: its own pool, not "feminine plus": neutral and light-lashed eyes, level brows,
  short and mid-length cuts, rare blush and ornaments, slim and lean bodies, no facial hair.
"""

from __future__ import annotations

F, M, A = "feminine", "masculine", "androgynous"


def pool(*allowed: str, **lean: float) -> tuple[tuple[str, ...], dict[str, float]]:
    """``allowed`` presentations (none = all) and per-presentation weight factors."""
    return tuple(allowed), dict(sorted(lean.items()))


OPEN = pool()  # every presentation, no lean

POOLS: dict[str, dict[str, tuple[tuple[str, ...], dict[str, float]]]] = {
    "eyes": {
        # big, winged, lashed eyes: feminine only
        **{pid: pool(F) for pid in ("sparkly", "lashes", "round_big", "cat", "starry", "tareme")},
        # lighter lashes: androgynous now and then
        "gentle": pool(F, A, androgynous=0.35),
        "almond": pool(F, A, androgynous=0.5),
        "mature": pool(F, A, androgynous=0.5),
        "tsurime": pool(F, A, androgynous=0.5),
        "cool": pool(F, A, androgynous=0.6),
        "sleepy": pool(F, A, androgynous=0.6),
        "soft_smile": pool(F, A, androgynous=0.6),
        "ringed": pool(F, A, androgynous=0.6),
        # neutral (the deadpan is lashed: masculine faces draw it less than the light-lash kit)
        "simple": pool(F, A, androgynous=1.6),  # lower lashes: not on the masculine kit
        "jito": pool(masculine=0.8, androgynous=1.4),
        # the masculine kit (light lashes, a lower-lid line) is the androgynous core too
        **{pid: pool(M, A) for pid in ("plain", "narrow", "sharp", "heavy_lid", "steady")},
    },
    "eyebrows": {
        "neutral": pool(androgynous=1.3),
        "straight": pool(androgynous=2.0),
        "raised": OPEN,
        "thin": pool(F, A, androgynous=0.5),
        "short": pool(F, A, androgynous=0.5),
        "arched": pool(F),
        "thick": pool(M, A, androgynous=0.6),
        "thick_straight": pool(M, A, androgynous=0.6),
        "thick_angled": pool(M, A, androgynous=0.4),
        "determined": pool(M, A, androgynous=0.6),
        "scar_cut": pool(M, A, androgynous=0.5),
        "heavy_knit": pool(M),
        "bushy": pool(M),
    },
    "cheeks": {  # blush: the layer shows as often as its pool's share of the weight allows
        "soft": pool(F, A, androgynous=0.3),
        "hatch": pool(F, A, androgynous=0.3),
        "freckles_blush": pool(F, A, androgynous=0.3),
        "rosy": pool(F),
        "freckles": OPEN,
    },
    "mouth": {
        "cat": pool(F, A, androgynous=0.5),
        "fang": pool(F, A, androgynous=0.6),
        "small_o": pool(F),
        "pout": pool(F),
        "tongue_out": pool(F, A, androgynous=0.5),
        "neutral": pool(masculine=1.5, androgynous=1.5),
        # the small pink open mouth is a cute cue: on a man with longer hair it tipped the read (seeds 8, 60)
        "open_smile": pool(masculine=0.4),
    },
    "nose": {
        "dot": pool(F, A, androgynous=0.5),
        "button": pool(F, A, androgynous=0.5),
    },
    "face": {
        # youthful heads stay rare outside the feminine pool: adults by default
        "oval": pool(masculine=0.25, androgynous=0.6),
        "soft_square": pool(masculine=0.25, androgynous=0.6),
        "long": pool(masculine=0.25, androgynous=0.6),
        "sharp_jaw": pool(M, A, masculine=0.6, androgynous=0.6),
        "round": pool(F, A, androgynous=0.3),
        "heart": pool(F, A, androgynous=0.3),
        "v_line": pool(F, A, androgynous=0.4),
        "chubby": pool(F, A, androgynous=0.3),
        "adult_oval": pool(masculine=0.5, androgynous=1.5),  # its small round chin reads soft on a man
        "adult_long": pool(androgynous=1.5),
        "adult_soft": pool(F, A, androgynous=0.6),
        "adult_v": pool(F, A, androgynous=0.6),
        "adult_angular": pool(M, A),
        "adult_square": pool(M),
        "mature_oval": OPEN,
        "mature_square": pool(M, A, androgynous=0.5),
    },
    "body": {
        "standard": OPEN,
        "slim": pool(F, A, androgynous=1.5),
        "petite": pool(F),
        "broad": pool(M, A, androgynous=0.4),
        "athletic": pool(M),
        "lean": pool(M, A, androgynous=1.5),
    },
    "clothing": {
        "sailor": pool(F),
        "qipao": pool(F),
        "off_shoulder": pool(F),
        "maid": pool(F),
        "kimono": pool(F, A, androgynous=0.5),
        "hanbok": pool(F, A, androgynous=0.5),
        "cardigan": pool(F, A),
        "suit": pool(M, A, androgynous=0.7),
        "haori": pool(M, A),
        "dress_shirt": pool(M, A),
        "techwear": pool(M, A, androgynous=1.3),
        "hoodie": pool(androgynous=1.5),
        "turtleneck": pool(androgynous=1.5),
    },
    "earrings": {
        "hoops": pool(F, A, androgynous=0.6),
        "stars": pool(F, A, androgynous=0.5),
        "drops": pool(F),
        "tassel": pool(F),
    },
    "face_marks": {
        "eyeshadow": pool(F, A, androgynous=0.4),
        "eyeliner": pool(F, A, androgynous=0.8),
    },
    "headwear": {
        "cat_beanie": pool(F, A, androgynous=0.5),
        "beret": pool(F, A, androgynous=0.7),
        "witch_hat": pool(F, A, androgynous=0.5),
        "hijab": pool(F),
        "headwrap": pool(F),
        "bonnet": pool(F, A, androgynous=0.5),
        "turban": pool(M, A),
        "durag": pool(M, A),
        "kippah": pool(M),
    },
    "hair_ornament": {  # bows and flowers stay feminine; plain pins and bands reach androgynous
        **{
            pid: pool(F)
            for pid in ("ribbon_bow", "small_bows", "headband_bow", "heart_clip", "flower", "scrunchie")
        },
        **{pid: pool(F, A, androgynous=0.4) for pid in ("x_pins", "two_pins", "star_clip", "barrette")},
        "headband": pool(F, A, androgynous=0.6),
    },
    "animal_ears": {"bunny": pool(F, A)},
    "hair_back": {
        "short": pool(androgynous=1.5),
        "buzz_back": pool(masculine=1.5),
        # hair past the ears reads feminine on this art's men unless something else says man: a minority
        "wolf": pool(masculine=0.3, androgynous=1.5),  # locks over the shoulders
        "medium": pool(masculine=0.3, androgynous=1.5),
        "tapered_nape": pool(M, A),
        "undercut_back": pool(M, A),
        "bob": pool(F, A),
        "curly_medium": pool(masculine=0.45),  # soft curls to the jaw (seeds 13, 56, 61 read as women)
        "coily_medium": OPEN,
        "afro": OPEN,
        "locs": pool(masculine=0.6),
        # a low tail falls over the shoulder in front (hair_locks): it reads feminine on a man
        "ponytail_low": pool(F, A, androgynous=0.6),
        # long, tied and braided feminine styles
        **{
            pid: pool(F)
            for pid in (
                "very_long",
                "hime_long",
                "twin_tails",
                "low_twintails",
                "drills",
                "double_buns",
                "braids_two",
            )
        },
        **{
            pid: pool(F, A, androgynous=0.4)
            for pid in (
                "long_straight",
                "wavy_long",
                "half_up",
                "ponytail_high",
                "side_ponytail",
                "braid_single",
                "afro_puffs",
            )
        },
        "ponytail_mid": pool(F, A, androgynous=0.6),
        "bun": pool(F, A, androgynous=0.5),
    },
    "hair_front": {
        **{pid: pool(F) for pid in ("hime_straight", "hime_long", "blunt_side_locks", "braided_crown")},
        "long_side_bangs": pool(F, A, androgynous=0.5),
        "bob_fringe": pool(F, A, androgynous=0.6),
        "see_through": pool(F, A, androgynous=0.8),
        "deep_side": pool(F, A),
        **{
            pid: pool(M, A)
            for pid in ("centre_curtain", "crew", "textured_crop", "two_block", "undercut", "pompadour")
        },
        "spiky": pool(masculine=1.5),
        "slicked_back": pool(masculine=1.5),
        "short_crop": pool(masculine=1.3, androgynous=1.5),
        "one_eye": pool(androgynous=1.5),
        "wolf": pool(androgynous=1.5),
    },
    "hair_side": {
        **{pid: pool(F) for pid in ("hime_blocks", "tied_locks", "braided_locks", "drill_locks")},
        "long_locks": pool(F, A, androgynous=0.4),
        "wavy_locks": pool(F, A, androgynous=0.4),
        "sideburns": pool(M, A, androgynous=0.5),
        "short_tufts": pool(androgynous=1.3),
    },
}


def apply(layer: str, presentation: tuple[str, ...], pid: str, tags: dict | None) -> tuple[tuple, dict]:
    """The tags and extra manifest keys of part ``pid`` of ``layer``: the table's entry, if it has
    one, replaces the generator's ``presentation`` and sets ``lean``."""
    entry = POOLS.get(layer, {}).get(pid)
    if entry is None:
        return tuple(presentation), dict(tags or {})
    allowed, lean = entry
    extra = {k: v for k, v in (tags or {}).items() if k != "lean"}
    if lean:
        extra["lean"] = lean
    return allowed, extra
