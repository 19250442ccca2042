"""Hair: tags on every part, matched textures in generation, length that shows below the shoulders,
ornaments on tie points, headwear fitted to the hair's volume, and old designs' hair ids still there."""

from dataclasses import replace

import numpy as np
import pytest

from avatarstudio.core.compose import compose_layers, visible_parts
from avatarstudio.core.generate import Constraints, generate, hair_compatible, hair_volume
from avatarstudio.core.pack import LENGTHS, TEXTURES, VOLUMES
from avatarstudio.render import Renderer

HAIR_LAYERS = ("hair_front", "hair_back", "hair_side", "hair_locks")
SIZE = 256
SHOULDER_Y = 800  # the shoulder line on the 1024 canvas (pack anchor "shoulders")

# Hair part ids of pack 1.0.0: designs saved then name them, so each must still exist.
OLD_IDS = {
    "hair_front": (
        "hime_straight side_swept parted_middle curtain_bangs spiky long_side_bangs short_crop wavy curly "
        "coily afro_top pompadour ahoge blunt_side_locks one_eye wispy buzz slicked_back braided_crown locs "
        "bob_fringe"
    ),
    "hair_back": (
        "short bob medium long_straight very_long wavy_long twin_tails ponytail_high ponytail_low bun "
        "double_buns braids_two braid_single buzz_back locs afro curly_medium"
    ),
    "hair_side": "long_locks short_tufts tied_locks curly_locks hime_blocks braided_locks tiny_tuft wavy_locks",
}


@pytest.fixture(scope="module")
def renderer():
    return Renderer(cache_megabytes=64)


def only(pack, parts):
    """A design showing only ``parts`` (layer -> part id)."""
    base = generate(pack, "hair-test")
    return replace(base, parts=dict(parts), expression="neutral", transforms={})


def layer_mask(pack, renderer, design, layers):
    """Alpha mask (SIZE x SIZE, bool) of the given layers of ``design``."""
    svgs = [s for s in compose_layers(pack, design) if s.layer in layers]
    if not svgs:
        return np.zeros((SIZE, SIZE), bool)
    return np.asarray(renderer.render(svgs, SIZE))[:, :, 3] > 32


def test_every_hair_part_carries_texture_length_and_volume(builtin_pack):
    for layer_id in HAIR_LAYERS:
        for part in builtin_pack.layer(layer_id).parts:
            assert part.texture in TEXTURES, (layer_id, part.id)
            assert part.length in LENGTHS, (layer_id, part.id)
            assert part.volume in VOLUMES, (layer_id, part.id)


def test_breadth(builtin_pack):
    counts = {lay: len(builtin_pack.layer(lay).parts) for lay in ("hair_front", "hair_back", "hair_side")}
    assert counts["hair_front"] >= 30 and counts["hair_back"] >= 24 and counts["hair_side"] >= 10, counts
    # every long back style brings locks in front of the shoulders
    locks = builtin_pack.layer("hair_locks")
    for part in builtin_pack.layer("hair_back").parts:
        if part.length in ("long", "very_long") and not part.ties:
            assert locks.has(part.id), part.id


def test_front_and_back_textures_match_over_2000_seeds(builtin_pack):
    mixed = 0
    for seed in range(2000):
        design = generate(builtin_pack, seed)
        chosen = {
            lay: builtin_pack.layer(lay).part(design.parts[lay])
            for lay in ("hair_front", "hair_back", "hair_side")
            if design.parts.get(lay)
        }
        front, back = chosen["hair_front"], chosen["hair_back"]
        mixed += front.texture != back.texture
        for a in chosen.values():
            for b in chosen.values():
                assert hair_compatible(a, b, back), (seed, a.id, b.id)
        assert not ("buzz" in (front.length, back.length) and {front.length, back.length} - {"buzz", "short"})
    assert mixed / 2000 <= 0.10, mixed
    assert mixed > 0  # the deliberate mixes exist: a straighter fringe over wavy or curly hair


def test_impossible_pairs_are_never_generated_even_when_one_side_is_pinned(builtin_pack):
    for seed in range(150):
        afro = generate(builtin_pack, seed, Constraints(parts={"hair_back": "afro"}))
        assert builtin_pack.layer("hair_front").part(afro.parts["hair_front"]).texture == "coily"
        buzz = generate(builtin_pack, seed, Constraints(parts={"hair_front": "buzz"}))
        assert builtin_pack.layer("hair_back").part(buzz.parts["hair_back"]).length in ("buzz", "short")


def test_length_shows_below_the_shoulder_line(builtin_pack, renderer):
    """Silhouette area of the back hair and its locks below the shoulder line, on rendered masks."""
    row = SHOULDER_Y * SIZE // 1024

    def below(part_id):
        mask = layer_mask(builtin_pack, renderer, only(builtin_pack, {"hair_back": part_id}), HAIR_LAYERS)
        return int(mask[row:].sum())

    medium, long_, very_long = below("medium"), below("long_straight"), below("very_long")
    assert 0 < medium < long_ < very_long, (medium, long_, very_long)
    assert long_ > 1.3 * medium and very_long > 1.3 * long_, (medium, long_, very_long)
    # the same order holds across every loose straight or wavy style tagged with a length
    loose = [
        p for p in builtin_pack.layer("hair_back").parts if not p.ties and p.texture in ("straight", "wavy")
    ]
    by_length = {}
    for part in loose:
        by_length.setdefault(part.length, []).append(below(part.id))
    assert (
        max(by_length["short"])
        < min(by_length["medium"])
        <= max(by_length["medium"])
        < min(by_length["long"])
    )
    assert max(by_length["long"]) < min(by_length["very_long"])


def test_locks_follow_the_back_hair_and_hide_with_it(builtin_pack):
    design = only(
        builtin_pack, {"hair_back": "long_straight", "hair_locks": None, "hair_front": "hime_straight"}
    )
    assert ("hair_locks", "long_straight") in visible_parts(builtin_pack, design)
    short = design.with_part("hair_back", "short")
    assert not any(lay == "hair_locks" for lay, _ in visible_parts(builtin_pack, short))
    hijab = design.with_part("headwear", "hijab")
    assert not any(lay in HAIR_LAYERS for lay, _ in visible_parts(builtin_pack, hijab))
    for seed in range(40):
        d = generate(builtin_pack, seed)
        shown = dict(visible_parts(builtin_pack, d))
        if "hair_back" in shown and builtin_pack.layer("hair_locks").has(shown["hair_back"]):
            assert shown.get("hair_locks") == shown["hair_back"]


def test_tied_ornaments_overlap_the_hair_they_are_tied_to(builtin_pack, renderer):
    ornaments = [p for p in builtin_pack.layer("hair_ornament").parts if p.anchor is not None]
    tied = [p for p in builtin_pack.layer("hair_back").parts if p.ties]
    assert ornaments and len(tied) >= 8
    for back in tied:
        for orn in ornaments:
            design = only(builtin_pack, {"hair_back": back.id, "hair_ornament": orn.id})
            hair = layer_mask(builtin_pack, renderer, design, ("hair_back", "hair_locks"))
            mark = layer_mask(builtin_pack, renderer, design, ("hair_ornament",))
            ys, xs = np.nonzero(mark)
            box = hair[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
            assert box.any(), (back.id, orn.id)  # the ornament's box lies on its hair
            # and it really moved there: the nearest tie point is inside the ornament's box
            tie = min(back.ties, key=lambda t: (t[0] - orn.anchor[0]) ** 2 + (t[1] - orn.anchor[1]) ** 2)
            tx, ty = (int(v * SIZE / 1024) for v in tie)
            assert xs.min() - 2 <= tx <= xs.max() + 2 and ys.min() - 2 <= ty <= ys.max() + 2, (
                back.id,
                orn.id,
            )


def test_gathering_ornaments_only_come_with_tie_points(builtin_pack):
    for seed in range(200):
        design = generate(builtin_pack, seed)
        orn = design.parts.get("hair_ornament")
        if orn and builtin_pack.layer("hair_ornament").part(orn).anchor is not None:
            assert builtin_pack.layer("hair_back").part(design.parts["hair_back"]).ties, seed


def test_headwear_fits_the_hair_volume(builtin_pack):
    headwear = builtin_pack.layer("headwear")
    assert any(p.fits for p in headwear.parts)
    for seed in range(120):
        for pin in ({}, {"hair_back": "afro"}, {"hair_front": "buzz"}):
            design = generate(builtin_pack, seed, Constraints(parts=pin))
            hat = design.parts.get("headwear")
            if hat:
                fits = headwear.part(hat).fits
                assert not fits or hair_volume(builtin_pack, design.parts) in fits, (seed, pin, hat)


def test_old_designs_hair_ids_still_exist(builtin_pack):
    for layer_id, ids in OLD_IDS.items():
        layer = builtin_pack.layer(layer_id)
        for part_id in ids.split():
            assert layer.has(part_id), (layer_id, part_id)


def test_bad_hair_keys_in_a_pack_are_named(tmp_path):
    import shutil

    from support import MINI_PACK

    from avatarstudio.core.errors import PackError
    from avatarstudio.core.pack import load_pack

    pack_dir = tmp_path / "pack"
    shutil.copytree(MINI_PACK, pack_dir)
    toml = pack_dir / "parts" / "hat" / "layer.toml"
    text = toml.read_text().replace(
        'id = "cap"', 'id = "cap"\ntexture = "frizzy"\nties = [[1, 2, 3]]\nfits = []', 1
    )
    toml.write_text('follows = "nowhere"\n' + text)
    with pytest.raises(PackError) as info:
        load_pack(pack_dir)
    message = str(info.value)
    assert "part 'cap': 'texture' must be one of straight, wavy, curly, coily, locs, not 'frizzy'" in message
    assert "'ties' must be a list of at most 16 [x, y] points" in message
    assert "'fits' must list some of flat, medium, big, huge" in message
    assert "parts/hat/layer.toml: 'follows' names unknown layer 'nowhere'" in message


def test_a_design_from_before_the_colour_effects_keeps_its_hair_colour(builtin_pack):
    from avatarstudio.core import design as design_io
    from avatarstudio.core.design import effective_colours

    design = generate(builtin_pack, "old-file").with_colour("hair", "#d9a95a")
    data = design_io.to_dict(design)
    for slot in ("hair_two", "hair_inner", "hair_tips"):  # what a pack 1.0.0 file holds: no such slots
        data["colours"].pop(slot, None)
        data["linked"] = [s for s in data["linked"] if s != slot]
    old = design_io.from_dict(data)
    colours = effective_colours(builtin_pack, old)
    assert colours["hair_two"] == colours["hair_inner"] == colours["hair_tips"] == "#d9a95a"
    # an effect shows only where a design unlinks its slot
    tips = old.with_colour("hair_tips", "#f2a0b8").with_linked("hair_tips", False)
    assert effective_colours(builtin_pack, tips)["hair_tips"] == "#f2a0b8"
