"""The cast of people (pack 2): head templates, the masculine and adult kit, presentation tags, head
coverings, colour separation and shading rules, the head pose, and pack 1.0.0 designs still opening."""

from dataclasses import replace
from pathlib import Path

import pytest

from avatarstudio.core.colour import contrast_ratio, delta_e, derive, relative_luminance
from avatarstudio.core.compose import compose, compose_layers, head_template
from avatarstudio.core.design import dumps, load, loads
from avatarstudio.core.generate import (
    BACKGROUND_HAIR_DE,
    CLOTHES_SKIN_DE,
    FACE_COVERING,
    HAIR_SKIN_DE,
    Constraints,
    choose_colours,
    choose_parts,
    generate,
    pool_weight,
)
from avatarstudio.core.heads import HeadPose

OLD_DESIGNS = sorted((Path(__file__).parent / "fixtures" / "pack-1.0.0-designs").glob("*.json"))
HEAD_COVERINGS = {"hijab", "turban", "headwrap", "bonnet", "durag", "kippah"}


def test_the_manifest_holds_the_cast(builtin_pack):
    pack = builtin_pack
    faces = pack.layer("face").parts
    assert len(pack.templates) >= 3
    assert {p.head_template for p in faces} == set(pack.templates)  # every template has faces
    assert all(p.head_template in pack.templates for p in faces)
    assert len(pack.layer("facial_hair").parts) >= 6
    assert {p.id for p in pack.layer("headwear").parts} >= HEAD_COVERINGS
    parts = [p for layer in pack.layers for p in layer.parts]
    tagged = [p for p in parts if p.presentation]
    assert len(tagged) / len(parts) >= 0.40, f"{len(tagged)} of {len(parts)} parts carry a presentation tag"
    # the masculine kit: light-lash eyes and thick brows tagged for it
    masc = {layer.id: {p.id for p in layer.parts if "masculine" in p.presentation} for layer in pack.layers}
    assert len(masc["eyes"]) >= 4 and len(masc["eyebrows"]) >= 4 and len(masc["body"]) >= 2


def test_feature_layers_snap_to_the_head_template(builtin_pack):
    pack = builtin_pack
    base = generate(pack, "snap").with_head_pose(HeadPose())
    adult = base.with_part("face", "adult_oval")
    youthful = base.with_part("face", "oval")
    assert head_template(pack, adult).id == "young_adult"
    fit = pack.templates["young_adult"].fits["eyes"]
    assert fit.apply(412, 505)[1] < 505 and fit.apply(412, 505)[0] > 412  # eyes smaller and a little higher
    assert pack.templates["young_adult"].fits["mouth"].apply(512, 640)[1] > 660  # a longer lower face
    assert f'id="eyes-{adult.parts["eyes"]}-layer" transform="{fit.svg()}' in compose(pack, adult)
    assert 'id="eyes-' in compose(pack, youthful) and fit.svg() not in compose(pack, youthful)


def test_a_part_redrawn_for_a_head_is_used_on_that_head(builtin_pack):
    pack = builtin_pack
    hijab = pack.layer("headwear").part("hijab")
    assert {"young_adult", "mature"} <= set(hijab.variants)
    base = generate(pack, "hijab").with_part("headwear", "hijab")
    youthful = compose(pack, base.with_part("face", "oval"))
    adult = compose(pack, base.with_part("face", "adult_long"))
    assert youthful != adult
    # the adult variant's face opening reaches further down (the longer chin shows)
    assert hijab.variants["young_adult"] != hijab.template


def test_mature_expression_eyes_keep_the_grown_up_look(builtin_pack):
    """On the mature head an expression's eyes come from the mature redraw: no lower lashes, flicks or
    lash ticks (fewer lash-ink shapes) and the grown-up skin lines (lower lid, crease, crow's feet)."""
    pack = builtin_pack
    eyes = pack.layer("eyes")
    lash = 'fill="#2b1d24"'  # the lash ink of tools/art/face_lib.py
    expression_eyes = {e.overrides["eyes"] for e in pack.expressions.values() if "eyes" in e.overrides}
    assert len(expression_eyes) >= 10
    for pid in sorted(expression_eyes - {"dizzy"}):  # the comic spiral stays a spiral
        part = eyes.part(pid)
        grown = part.variants.get("mature")
        assert grown is not None, pid
        assert grown.count(lash) <= part.template.count(lash), pid
        assert grown.count("C:skin:line") > part.template.count("C:skin:line"), pid
    # and the composer draws it: a grinning grown-up's eyes have no lash flicks, a young adult's have
    drawn = {}
    for age in ("mature", "young_adult"):
        design = replace(generate(pack, "grown", Constraints(age=age)), expression="grin")
        drawn[age] = next(layer.svg for layer in compose_layers(pack, design) if layer.layer == "eyes")
    assert drawn["mature"].count("#2b1d24") < drawn["young_adult"].count("#2b1d24")


def test_resting_eyes_rotate_four_highlight_recipes(builtin_pack):
    """R7: the resting eye styles do not all share one highlight set: at least four recipes (told apart by
    the kinds of white shapes they draw), none of them on more than half of the styles."""
    import re
    from collections import Counter

    def recipe(svg: str) -> tuple:
        whites = re.findall(r'<(rect|circle|ellipse|path)\b[^>]*fill="#ffffff"', svg)
        return tuple(sorted(Counter(whites).items()))

    resting = [p for p in builtin_pack.layer("eyes").parts if p.weight > 0]
    recipes = Counter(recipe(p.template) for p in resting)
    assert len(recipes) >= 4, recipes
    assert max(recipes.values()) <= len(resting) / 2, recipes


def test_presentation_filters_and_leans(builtin_pack):
    pack = builtin_pack
    for seed in range(60):
        for presentation in ("feminine", "masculine", "androgynous"):
            design = generate(pack, seed, Constraints(presentation=presentation))
            for layer in pack.layers:
                part = design.parts.get(layer.id)
                if part and layer.part(part).presentation and layer.id not in ("body", "clothing", "face"):
                    assert presentation in layer.part(part).presentation, (seed, layer.id, part)
        design = generate(pack, seed, Constraints(presentation="feminine"))
        assert design.parts["facial_hair"] is None
    # "any" leans one way per seed: a beard never comes with a feminine-only part
    for seed in range(300):
        design = generate(pack, seed)
        if design.parts["facial_hair"]:
            for layer in pack.layers:
                part = design.parts.get(layer.id)
                if part:
                    assert layer.part(part).presentation != ("feminine",), (seed, layer.id, part)
            assert head_template(pack, design).id != "youthful"


def test_masculine_never_draws_a_feminine_only_part_nor_long_feminine_hair(builtin_pack):
    pack = builtin_pack
    for seed in range(200):
        design = generate(pack, seed, Constraints(presentation="masculine"))
        for layer in pack.layers:
            pid = design.parts.get(layer.id)
            if pid:
                assert "masculine" in (layer.part(pid).presentation or ("masculine",)), (seed, layer.id, pid)
        back = design.parts["hair_back"]
        if back:  # no buns, tails or long feminine cuts; locs are the long hair a man may wear here
            part = pack.layer("hair_back").part(back)
            assert "bun" not in back and (part.length not in ("long", "very_long") or part.texture == "locs")


def test_masculine_long_hair_is_a_minority_and_brings_facial_hair(builtin_pack):
    """Hair past the ears read as a woman on this art's men: it is a minority of the masculine pool, and
    when a man wears it, facial hair shows more often than on short hair."""
    pack = builtin_pack
    order = ("buzz", "short", "medium", "long", "very_long")
    counts = {True: [0, 0], False: [0, 0]}  # past the ears -> [designs, with facial hair]
    for seed in range(300):
        design = generate(pack, seed, Constraints(presentation="masculine"))
        back = design.parts["hair_back"]
        length = pack.layer("hair_back").part(back).length if back else None
        past = bool(length) and order.index(length) >= order.index("medium")
        counts[past][0] += 1
        counts[past][1] += bool(design.parts["facial_hair"])
    assert counts[True][0] < counts[False][0] * 0.8, counts
    assert counts[True][1] / counts[True][0] > 1.3 * counts[False][1] / counts[False][0], counts


def _pool_share(pack, layer_id, presentation, feminine_leaning):
    """The share of a presentation's pool weight (one rule: pool_weight) on ``feminine_leaning`` parts."""
    weights = {p.id: pool_weight(p, presentation) for p in pack.layer(layer_id).parts if p.weight > 0}
    return sum(w for pid, w in weights.items() if pid in feminine_leaning) / sum(weights.values())


def test_androgynous_has_its_own_pool(builtin_pack):
    pack = builtin_pack
    # feminine-leaning: parts the masculine pool leaves out
    for layer_id in ("eyes", "eyebrows", "hair_back", "hair_front", "cheeks", "clothing"):
        leaning = {p.id for p in pack.layer(layer_id).parts if pool_weight(p, "masculine") == 0}
        fem, andro = (_pool_share(pack, layer_id, pres, leaning) for pres in ("feminine", "androgynous"))
        assert andro < 0.75 * fem, (layer_id, fem, andro)
    # and in the designs: no feminine-only part, far less blush and lash, no facial hair
    counts = {"feminine": [0, 0, 0], "androgynous": [0, 0, 0]}
    for seed in range(300):
        for presentation, count in counts.items():
            design = generate(pack, seed, Constraints(presentation=presentation))
            parts = [pack.layer(lay).part(pid) for lay, pid in design.parts.items() if pid]
            count[0] += any(p.presentation == ("feminine",) for p in parts)
            count[1] += design.parts["cheeks"] not in (None, "freckles")
            count[2] += design.parts["facial_hair"] is not None
    (fem_only, fem_blush, _), (andro_only, andro_blush, andro_beard) = (
        counts["feminine"],
        counts["androgynous"],
    )
    assert fem_only > 150 and andro_only == 0 and andro_beard == 0
    assert andro_blush < 0.5 * fem_blush


def test_presentation_table_names_real_parts(builtin_pack):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "art"))
    from presentation import POOLS

    for layer_id, entries in POOLS.items():
        ids = {p.id for p in builtin_pack.layer(layer_id).parts}
        assert set(entries) <= ids, (layer_id, set(entries) - ids)
        for pid, (allowed, lean) in entries.items():
            part = builtin_pack.layer(layer_id).part(pid)
            assert (part.presentation, part.lean) == (allowed, lean), (layer_id, pid)  # written as given


def test_age_draws_faces_of_one_head_and_greys_the_mature(builtin_pack):
    pack = builtin_pack
    grey = {pack.palettes["hair"][n] for n in ("silver", "snow")}
    counts = {}
    for age in ("any", "young_adult", "mature"):
        designs = [generate(pack, seed, Constraints(age=age)) for seed in range(200)]
        if age != "any":
            assert {head_template(pack, d).id for d in designs} == {age}
        counts[age] = sum(d.colours["hair"] in grey for d in designs)
    assert counts["mature"] > 80 and counts["mature"] > 1.8 * counts["any"]  # grey about half the time
    # the mature head leans the cast: its youthful eyes and twin tails are a rarity
    youthful_eyes = {"sparkly", "round_big", "starry"}
    tails = {"twin_tails", "low_twintails", "drills"}
    shares = {}
    for age in ("young_adult", "mature"):
        designs = [generate(pack, seed, Constraints(age=age)) for seed in range(300)]
        shares[age] = sum(d.parts["eyes"] in youthful_eyes or d.parts["hair_back"] in tails for d in designs)
    assert shares["mature"] < 0.3 * shares["young_adult"], shares
    with pytest.raises(ValueError, match="age must be"):
        generate(pack, 1, Constraints(age="elderly"))


def test_grown_up_eyes_belong_to_the_mature_head(builtin_pack):
    pack = builtin_pack
    grown = {p.id for p in pack.layer("eyes").parts if p.id.startswith("grown_")}
    assert len(grown) >= 3
    share = {}
    for age in ("youthful", "young_adult", "mature"):
        picks = [choose_parts(pack, str(seed), Constraints(age=age)) for seed in range(150)]
        share[age] = sum(p["eyes"] in grown for p in picks) / len(picks)
        if age == "mature":
            # and the fold lines come with them on most mature faces
            assert sum(p["age_marks"] is not None for p in picks) / len(picks) > 0.8
    assert share["youthful"] == share["young_adult"] == 0, share
    assert share["mature"] > 0.6, share


def test_blush_and_freckles_are_rarer_on_mature_heads(builtin_pack):
    pack = builtin_pack
    freckled = {"freckles", "freckles_blush"}
    shares = {}
    for age in ("young_adult", "mature"):
        picks = [
            choose_parts(pack, str(seed), Constraints(presentation="feminine", age=age))
            for seed in range(300)
        ]
        cheeks = [p["cheeks"] for p in picks]
        shares[age] = (
            sum(c is not None and c != "freckles" for c in cheeks) / len(cheeks),  # blush
            sum(c in freckled for c in cheeks) / len(cheeks),
        )
    (blush_young, freckles_young), (blush_mature, freckles_mature) = shares["young_adult"], shares["mature"]
    assert blush_mature < 0.4 * blush_young, shares
    assert freckles_mature < 0.5 * freckles_young, shares


def _widths(pack, renderer, body, clothing, y=0.95):
    """Painted width (share of the canvas) of the body alone and of body + clothing at height ``y``."""
    import numpy as np

    from avatarstudio.core.compose import View, compose_layers
    from avatarstudio.core.design import Design

    design = generate(pack, "build").with_head_pose(HeadPose())
    parts = {lay: None for lay in design.parts} | {"body": body, "face": "adult_oval"}
    out = []
    for shown in ({**parts}, {**parts, "clothing": clothing}):
        layers = compose_layers(pack, Design(**{**design.__dict__, "parts": shown}), View(background=False))
        alpha = np.asarray(renderer.render(layers, 256))[..., 3]
        row = np.nonzero(alpha[int(256 * y)] > 128)[0]
        out.append((row.min(), row.max()))
    return out


def test_builds_span_fifteen_percent_and_the_clothes_follow(builtin_pack):
    from avatarstudio.render import Renderer

    renderer = Renderer()
    base_lo, base_hi = _widths(builtin_pack, renderer, "standard", "tshirt")[0]
    spans = {}
    for body in (p.id for p in builtin_pack.layer("body").parts):
        for clothing in ("tshirt", "suit", "hoodie"):
            (blo, bhi), (clo, chi) = _widths(builtin_pack, renderer, body, clothing)
            assert clo <= blo and chi >= bhi, (body, clothing)  # no bare shoulder beside the garment
        spans[body] = (bhi - blo) / (base_hi - base_lo)
    assert min(spans.values()) <= 0.87 and max(spans.values()) >= 1.13, spans


def test_the_hood_is_the_hoodie(builtin_pack):
    design = generate(builtin_pack, "hood").with_part("clothing", "suit")
    assert 'id="clothing-suit-' in compose(builtin_pack, design)
    hooded = compose(builtin_pack, design.with_part("headwear", "hood"))
    assert 'id="headwear-hood-' in hooded and 'id="clothing-' not in hooded  # no lapel under the hood


def test_below_128_px_backgrounds_are_plain_and_features_heavier(builtin_pack):
    import re

    from avatarstudio.core.compose import View, compose

    design = generate(builtin_pack, "small").with_part("background", "polka_dots").with_part("mouth", "smile")
    big, small = (compose(builtin_pack, design, View().sized(px)) for px in (512, 48))
    assert View().sized(127).small and not View().sized(128).small
    assert 'id="background-polka_dots-' in big and 'id="background-flat-' in small

    def widths(svg, layer):
        block = re.search(rf'<g id="{layer}-[a-z_]+-layer"[^>]*>(.*?)</g>', svg, re.S).group(1)
        return [float(w) for w in re.findall(r'stroke-width="([0-9.]+)"', block)]

    for layer in ("mouth", "eyebrows"):
        assert min(widths(small, layer)) >= 3.5 * max(widths(big, layer)), layer
    assert re.search(r'<g id="mouth-smile-layer" transform="[^"]*scale\(1.2\)', small)  # a bigger mouth


def test_the_eyepatch_covers_one_eye_whatever_the_expression(builtin_pack):
    import numpy as np

    from avatarstudio.core.compose import View, compose_layers
    from avatarstudio.render import Renderer

    renderer = Renderer()
    design = generate(builtin_pack, "patch").with_part("glasses", "eyepatch").with_head_pose(HeadPose())
    for expression in ("neutral", "wink", "surprised"):
        image = renderer.render(compose_layers(builtin_pack, design, View(expression=expression)), 256)
        rgb = np.asarray(image.convert("RGB")).astype(int)
        covered = rgb[int(505 / 4) - 6 : int(505 / 4) + 6, int(412 / 4) - 8 : int(412 / 4) + 8]
        assert covered.max() < 90, expression  # dark cloth over the whole eye, no iris or white
        open_eye = rgb[int(505 / 4) - 6 : int(505 / 4) + 6, int(612 / 4) - 8 : int(612 / 4) + 8]
        assert open_eye.max() > 150, expression  # the other eye still shows its white and highlight


def test_lip_colour_is_makeup_some_designs_wear(builtin_pack):
    pack = builtin_pack
    worn, shown = {}, 0
    for presentation in ("feminine", "masculine"):
        designs = [generate(pack, seed, Constraints(presentation=presentation)) for seed in range(200)]
        wearing = [d for d in designs if "lips" not in d.linked]
        worn[presentation] = len(wearing)
        for d in wearing:  # a colour that shows, and the mouth draws it
            assert delta_e(d.colours["lips"], d.colours["skin"]) >= 12
            svg, mouth = compose(pack, d), d.parts["mouth"]
            if f'id="mouth-{mouth}-' in svg and "lips" in pack.layer("mouth").part(mouth).slots:
                shown += 1  # a mouth with a lower lip shows (no mask over it)
                assert d.colours["lips"] in svg
    assert 30 <= worn["feminine"] <= 90 and worn["masculine"] == 0 and shown > 25, (worn, shown)
    plain = generate(pack, 3, Constraints(presentation="masculine"))
    assert derive(plain.colours["skin"], "base") in compose(pack, plain)  # linked: the lip is skin


def test_at_most_one_face_covering_layer(builtin_pack):
    for seed in range(2000):
        parts = generate(builtin_pack, seed).parts
        assert sum(1 for layer in FACE_COVERING if parts.get(layer)) <= 1, seed


def test_colours_keep_apart_over_2000_seeds(builtin_pack):
    near = {"clothes": [], "hair": [], "background": []}
    for seed in range(2000):
        colours, _ = choose_colours(builtin_pack, str(seed), Constraints())
        if delta_e(colours["clothes"], colours["skin"]) < CLOTHES_SKIN_DE:
            near["clothes"].append(seed)
        if delta_e(colours["hair"], colours["skin"]) < HAIR_SKIN_DE:
            near["hair"].append(seed)
        if delta_e(colours["background"], colours["hair"]) < BACKGROUND_HAIR_DE:
            near["background"].append(seed)
    assert near == {"clothes": [], "hair": [], "background": []}


def test_natural_hair_is_the_common_case(builtin_pack):
    natural = set(builtin_pack.palettes["hair_natural"].values())
    assert natural < set(builtin_pack.palettes["hair"].values())
    share = (
        sum(choose_colours(builtin_pack, str(s), Constraints())[0]["hair"] in natural for s in range(600))
        / 600
    )
    assert share > 0.55  # 9 of 17 colours at triple weight: about 0.77 before the skin rule


def test_skin_line_and_shadow_keep_contrast_on_every_skin(builtin_pack):
    skins = builtin_pack.palettes["skin"]
    assert len(skins) >= 15 and {"olive", "cool_fair", "fantasy_blue"} <= set(skins)
    for name, skin in skins.items():
        line = derive(skin, "line", "skin")
        shadow = derive(skin, "shadow", "skin")
        occlusion = derive(skin, "occlusion", "skin")
        assert contrast_ratio(line, skin) >= 3.0, name
        assert contrast_ratio(line, shadow) >= 1.8, name  # a feature crossing into shadow stays visible
        assert relative_luminance(occlusion) < relative_luminance(shadow) < relative_luminance(skin), name
        assert contrast_ratio(shadow, skin) >= 1.2, name  # the cel step reads


def test_rim_shows_only_on_dark_colours_and_black_hair_shines_blue_violet():
    assert derive("#fdebe0", "rim") == "#fdebe0"
    assert contrast_ratio(derive("#3f2618", "rim"), "#3f2618") > 1.5
    r, g, b = (int(derive("#26232b", "highlight")[i : i + 2], 16) for i in (1, 3, 5))
    assert b > r and b > g  # a cool sheen, not grey


def test_head_pose_is_seeded_in_range_and_saved(builtin_pack):
    pack = builtin_pack
    poses = [generate(pack, s).head_pose for s in range(200)]
    assert all(abs(p.tilt) <= 6 and abs(p.x) <= 12 and abs(p.y) <= 12 for p in poses)
    assert len({p.tilt for p in poses}) > 50 and generate(pack, 7).head_pose == generate(pack, 7).head_pose
    design = generate(pack, 7)
    again = loads(dumps(design))
    assert again.head_pose == design.head_pose
    svg = compose(pack, design)
    turn = design.head_pose.svg(pack.pose)
    assert svg.count(turn) == sum(1 for layer, _ in _visible(pack, design) if layer in pack.pose.layers)
    body = f'id="body-{design.parts["body"]}-layer"'
    assert body in svg and f'{body} transform="{turn}' not in svg  # the body stays still
    upright = design.with_head_pose(HeadPose())
    assert "head_pose" not in dumps(upright)  # absent key = upright: old files stay as they were


def _visible(pack, design):
    from avatarstudio.core.compose import visible_parts

    return visible_parts(pack, design)


def test_bad_head_pose_is_refused(builtin_pack):
    text = dumps(generate(builtin_pack, 3)).replace('"head_pose": [', '"head_pose": ["x", ')
    with pytest.raises(Exception) as info:
        loads(text)
    assert "head_pose" in str(info.value)


@pytest.mark.parametrize("path", OLD_DESIGNS, ids=lambda p: p.stem)
def test_pack_1_designs_still_open(builtin_pack, path):
    design = load(path)
    assert design.pack_version == "1.0.0" and builtin_pack.version != "1.0.0"
    for layer_id, part in design.parts.items():
        if part is not None:
            assert builtin_pack.layer(layer_id).has(part), (layer_id, part)
    assert design.head_pose.is_identity
    assert head_template(builtin_pack, design).id == "youthful"  # 1.0.0 faces keep their young head
    assert compose(builtin_pack, design).count("<g id=") >= 10
