"""The hands layer of the bust: four poses drawn as hands, recoloured with the skin, fitted to the head."""

from avatarstudio.core.compose import FULL, compose
from avatarstudio.core.generate import generate

POSES = {"peace_cheek", "hand_cheek", "chin_rest", "wave"}


def test_hands_are_an_optional_layer_with_four_poses_nearest_to_us(builtin_pack):
    layer = builtin_pack.layer("hands")
    assert {p.id for p in layer.parts} == POSES
    assert layer.optional and 0 < layer.probability <= 0.1
    assert builtin_pack.layer_ids[-1] == "hands"  # in front of the face, the hair and the effects


def test_random_designs_raise_a_hand_rarely(builtin_pack):
    shown = sum(bool(generate(builtin_pack, f"hands-{i}").parts.get("hands")) for i in range(300))
    assert 3 <= shown <= 36  # 6 % of 300 is 18


def test_hands_take_the_skin_and_clothes_colours(builtin_pack):
    design = generate(builtin_pack, "hands-colour").with_part("hands", "peace_cheek")
    design = design.with_colour("skin", "#8a5a3c").with_colour("clothes", "#12ab34")
    svg = compose(builtin_pack, design, FULL)
    hands = svg[svg.index('id="hands-peace_cheek-layer"') :]
    assert "#8a5a3c" in hands and "#12ab34" in hands  # the hand's skin and its sleeve


def test_hands_follow_the_head_template_to_a_longer_chin(builtin_pack):
    """The chin rest sits under the chin: on a young adult face (chin ~35 px lower) it moves down."""
    youthful = generate(builtin_pack, "hands-fit").with_part("face", "oval").with_part("hands", "chin_rest")
    adult = youthful.with_part("face", "adult_oval")
    svg_y, svg_a = compose(builtin_pack, youthful, FULL), compose(builtin_pack, adult, FULL)
    tag = 'id="hands-chin_rest-layer"'
    assert tag in svg_y and tag in svg_a
    head_y = svg_y[svg_y.index(tag) - 5 : svg_y.index(tag) + 120]
    head_a = svg_a[svg_a.index(tag) - 5 : svg_a.index(tag) + 120]
    assert "translate(0 35)" in head_a and "translate(0 35)" not in head_y
