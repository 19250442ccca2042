"""Face sliders: declared by the pack, stored in the design, drawn by the composer for every export."""

import shutil
from dataclasses import replace

import numpy as np
import pytest
from support import MINI_PACK

from avatarstudio.core import design as design_io
from avatarstudio.core import vary
from avatarstudio.core.compose import View, compose, compose_layers
from avatarstudio.core.errors import PackError
from avatarstudio.core.generate import generate
from avatarstudio.core.pack import load_pack
from avatarstudio.core.sliders import split_sides

SLIDERS = """
[sliders.eye_size]
label = "Eye size"
label_ja = "目の大きさ"
range = [0.5, 2.0]
effects = [{ layers = ["eyes"], scale = "both", about = [[432, 500], [592, 500]] }]

[sliders.eye_spacing]
label = "Eye spacing"
range = [-30, 30]
effects = [{ layers = ["eyes"], spread = 1, about = [[432, 500], [592, 500]] }]

[sliders.eye_height]
label = "Eye height"
range = [-40, 40]
effects = [{ layers = ["eyes"], move = [0, 1] }]

[sliders.face_width]
label = "Face width"
range = [0.8, 1.2]
effects = [{ layers = ["face"], scale = "x" }]
"""


@pytest.fixture
def pack(tmp_path):
    folder = tmp_path / "pack"
    shutil.copytree(MINI_PACK, folder)
    manifest = folder / "pack.toml"
    manifest.write_text(manifest.read_text() + SLIDERS)
    return load_pack(folder)


def eyes_design(pack):
    design = generate(pack, "sliders-1")
    return replace(design, parts={**design.parts, "eyes": "dots", "hat": None})


def layer_alpha(pack, design, layer_id: str) -> np.ndarray:
    from avatarstudio.render import Renderer

    (layer,) = [la for la in compose_layers(pack, design, View(background=False)) if la.layer == layer_id]
    return np.asarray(Renderer().render([layer], 256, 256))[:, :, 3]


def blobs_x(alpha: np.ndarray) -> tuple[tuple[int, int], tuple[int, int]]:
    """The x extent of the shapes left and right of the middle (on the 256 px render)."""
    cols = np.flatnonzero(alpha.max(axis=0) > 128)
    left, right = cols[cols < 128], cols[cols >= 128]
    return (int(left.min()), int(left.max())), (int(right.min()), int(right.max()))


def test_pack_declares_sliders_with_their_limits(pack):
    assert list(pack.sliders) == ["eye_size", "eye_spacing", "eye_height", "face_width"]
    size = pack.sliders["eye_size"]
    assert size.range == (0.5, 2.0) and size.neutral == 1.0 and size.is_factor
    assert pack.sliders["eye_spacing"].neutral == 0.0 and not pack.sliders["eye_spacing"].is_factor
    assert size.label_ja == "目の大きさ"


def test_eye_size_grows_each_eye_where_it_is(pack):
    design = eyes_design(pack)
    (l0, l1), (r0, r1) = blobs_x(layer_alpha(pack, design, "eyes"))
    (bl0, bl1), (br0, br1) = blobs_x(layer_alpha(pack, design.with_slider("eye_size", 2.0), "eyes"))
    assert (bl1 - bl0) > 1.7 * (l1 - l0) and (br1 - br0) > 1.7 * (r1 - r0)  # each eye twice as wide
    assert abs((bl0 + bl1) - (l0 + l1)) <= 2 and abs((br0 + br1) - (r0 + r1)) <= 2  # centres stay


def test_eye_spacing_moves_the_eyes_apart_without_resizing(pack):
    design = eyes_design(pack)
    (l0, l1), (r0, r1) = blobs_x(layer_alpha(pack, design, "eyes"))
    (sl0, sl1), (sr0, sr1) = blobs_x(layer_alpha(pack, design.with_slider("eye_spacing", 28), "eyes"))
    assert l0 - sl0 == 7 and sr0 - r0 == 7  # 28 px on the 1024 canvas is 7 px at 256
    assert (sl1 - sl0, sr1 - sr0) == (l1 - l0, r1 - r0)


def test_eye_height_moves_the_layer(pack):
    design = eyes_design(pack)
    rows = np.flatnonzero(layer_alpha(pack, design, "eyes").max(axis=1) > 128)
    moved = np.flatnonzero(layer_alpha(pack, design.with_slider("eye_height", -40), "eyes").max(axis=1) > 128)
    assert rows.min() - moved.min() == pytest.approx(10, abs=1)


def test_values_are_clamped_to_the_pack_range_and_unknown_sliders_ignored(pack):
    design = eyes_design(pack)
    assert compose(pack, design.with_slider("eye_size", 9.0)) == compose(
        pack, design.with_slider("eye_size", 2)
    )
    assert compose(pack, design.with_slider("no_such_slider", 3.0)) == compose(pack, design)
    assert compose(pack, design.with_slider("eye_size", 1.0)) == compose(pack, design)  # neutral: unchanged


def test_an_unknown_slider_in_a_design_is_named_and_left_out(pack):
    from avatarstudio.core.designcheck import reconcile

    design = eyes_design(pack).with_slider("eye_size", 1.5).with_slider("nose_length", 3.0)
    drawn, notes = reconcile(pack, design)
    assert notes == ["slider 'nose_length' is not in the pack: its value is not used"]
    assert drawn.sliders == {"eye_size": 1.5}
    assert reconcile(pack, drawn) == (drawn, [])


def test_scale_x_widens_only_across(pack):
    design = eyes_design(pack)
    face = layer_alpha(pack, design, "face") > 128
    wide = layer_alpha(pack, design.with_slider("face_width", 1.2), "face") > 128
    width = np.flatnonzero(face.max(axis=0))
    wide_width = np.flatnonzero(wide.max(axis=0))
    assert (wide_width.max() - wide_width.min()) > 1.15 * (width.max() - width.min())
    assert np.array_equal(np.flatnonzero(face.max(axis=1)), np.flatnonzero(wide.max(axis=1)))


def test_design_keeps_sliders_and_old_files_load_without(pack):
    design = eyes_design(pack).with_slider("eye_size", 1.25).with_slider("eye_spacing", -12)
    text = design_io.dumps(design)
    assert '"sliders": {\n    "eye_size": 1.25,\n    "eye_spacing": -12.0\n  }' in text
    assert design_io.loads(text) == design
    plain = eyes_design(pack)
    assert "sliders" not in design_io.to_dict(plain)  # a design without sliders is written as before
    assert design_io.loads(design_io.dumps(plain)).sliders == {}
    assert design.with_slider("eye_size", None).sliders == {"eye_spacing": -12.0}


@pytest.mark.parametrize("bad", [{"eye size": 1.0}, {"eye_size": "big"}, {"eye_size": 1e9}, ["eye_size"]])
def test_damaged_sliders_are_refused_by_name(pack, bad):
    data = design_io.to_dict(eyes_design(pack))
    data["sliders"] = bad
    with pytest.raises(design_io.DesignError) as info:
        design_io.from_dict(data, file="x.avatar.json")
    assert "slider" in str(info.value) and "x.avatar.json" in str(info.value)


def test_randomise_keeps_the_face_sliders(pack):
    design = eyes_design(pack).with_slider("eye_size", 1.4)
    assert vary.randomise(pack, design, "other-seed").sliders == {"eye_size": 1.4}


@pytest.mark.parametrize(
    "spec, problem",
    [
        (
            'range = [1.2, 0.8]\neffects = [{ layers = ["eyes"], scale = "both" }]',
            "'range' must be [min, max]",
        ),
        ('range = [0, 2]\neffects = [{ layers = ["eyes"], scale = "both" }]', "a slider that scales"),
        ('range = [-5, 5]\neffects = [{ layers = ["nose"], move = [0, 1] }]', "'layers' must list layers"),
        ('range = [-5, 5]\neffects = [{ layers = ["eyes"], spread = 1 }]', "'spread' needs 'about'"),
        ('range = [-500, 500]\neffects = [{ layers = ["eyes"], move = [0, 1] }]', "at most 200 px"),
        ('range = [-5, 5]\neffects = [{ layers = ["eyes"], twist = 1 }]', "unknown effect key 'twist'"),
        ("range = [-5, 5]\neffects = []", "'effects' must list"),
        ('range = [-5, 5]\neffects = [{ layers = ["face"], turn = [1, 0, 0] }]', "with 'at' = [x, y]"),
        (
            'range = [-50, 50]\neffects = [{ layers = ["face"], turn = [0, 0.01, 0], at = [512, 700] }]',
            "a turn may skew or narrow by at most",
        ),
        ('range = [-5, 5]\nrandom = [-9, 9]\neffects = [{ layers = ["face"], move = [1, 0] }]', "'random'"),
    ],
)
def test_bad_slider_declarations_are_named(tmp_path, spec, problem):
    folder = tmp_path / "pack"
    shutil.copytree(MINI_PACK, folder)
    manifest = folder / "pack.toml"
    manifest.write_text(manifest.read_text() + f"\n[sliders.broken]\n{spec}\n")
    with pytest.raises(PackError) as info:
        load_pack(folder)
    assert "pack.toml [sliders.broken]" in str(info.value) and problem in str(info.value)


def test_split_sides_keeps_order_and_leaves_the_middle():
    body = (
        '<defs><linearGradient id="g" x1="0" x2="900"/></defs>'
        '<circle cx="400" cy="500" r="20"/><path d="M600,480 l20,0 l0,40 Z"/>'
        '<rect x="480" y="0" width="64" height="10"/><g><ellipse cx="300" cy="1" rx="5" ry="5"/></g>'
    )
    runs = split_sides(body, 512.0)
    assert [side for side, _ in runs] == ["", "left", "right", "", "left"]
    assert "".join(text for _, text in runs) == body


def test_builtin_pack_sliders_reach_every_export(builtin_pack):
    from avatarstudio.export.avatar import export_svg

    pack = builtin_pack
    assert {"eye_size", "eye_spacing", "eye_height", "brow_height", "mouth_size", "face_width"} <= set(
        pack.sliders
    )
    lo, hi = pack.sliders["eye_size"].range
    assert lo <= 0.8 and hi >= 1.25  # wide enough to change a face (the old eye limits were 0.94-1.06)
    assert pack.pose.tilt[1] - pack.pose.tilt[0] >= 20
    design = generate(pack, "sakura-7")
    assert all(t0 <= design.head_pose.tilt <= t1 for t0, t1 in [pack.pose.generated_tilt])
    shaped = design.with_slider("mouth_size", 1.4)
    assert export_svg(pack, shaped) != export_svg(pack, design)
    mouth = next(la for la in compose_layers(pack, shaped) if la.layer == "mouth")
    assert "scale(1.4 1.4)" in mouth.svg


def test_a_spread_stretches_the_shapes_across_the_middle_to_meet_the_sides():
    from avatarstudio.core.sliders import LayerMoves, apply_sides

    # two lenses and a bridge from 480 to 544 (32 px each side of 512): the lenses move 24 px apart
    # each, so the bridge's ends must reach 24 px further: 56 / 32 = 1.75 across, about the middle
    body = '<circle cx="420" cy="500" r="40"/><path d="M480,500 L544,500"/><circle cx="604" cy="500" r="40"/>'
    moves = LayerMoves(centre=512.0, left="translate(-24 0)", right="translate(24 0)", stretch=24.0)
    out = apply_sides(body, moves)
    assert '<g transform="translate(512 0) scale(1.75 1) translate(-512 0)"><path' in out
    assert '<g transform="translate(-24 0)"><circle cx="420"' in out
    assert apply_sides(body, LayerMoves(centre=512.0, left="a", right="b")).count("scale(") == 0


def test_glasses_follow_eye_spacing_and_hair_follows_face_width(builtin_pack):
    from dataclasses import replace as with_fields

    pack = builtin_pack
    design = generate(pack, "glasses-look")
    design = with_fields(design, parts={**design.parts, "glasses": "round"})

    def extent(d, layer_id):
        cols = np.flatnonzero(layer_alpha(pack, d, layer_id).max(axis=0) > 128)
        return int(cols.min()), int(cols.max())

    g0, g1 = extent(design, "glasses")
    s0, s1 = extent(design.with_slider("eye_spacing", 24), "glasses")
    # 24 px on the 1024 canvas is 6 px at 256, each side (the head's tilt rounds one side); the mirrored
    # right temple (a transformed copy of the left) goes right, not left
    assert 5 <= g0 - s0 <= 7 and 5 <= s1 - g1 <= 7
    h0, h1 = extent(design, "hair_back")
    w0, w1 = extent(design.with_slider("face_width", 1.1), "hair_back")
    assert w1 - w0 >= 1.08 * (h1 - h0)


def _extent(alpha: np.ndarray, row: int, centre: int) -> tuple[int, int]:
    """How far the opaque run of ``row`` reaches left and right of column ``centre``."""
    cols = np.nonzero(alpha[row] > 128)[0]
    return centre - int(cols.min()), int(cols.max()) - centre


def test_body_turn_turns_body_and_clothing_together_and_is_seeded(builtin_pack):
    """R8 body turn: a pack slider (a data change: the GUI lists it with the body), seeded, saved only
    when not neutral; the near shoulder reaches further from the neck than the far one, for the body
    and its clothing alike, and a design without the key is drawn straight on."""
    pack = builtin_pack
    turn = pack.sliders["body_turn"]
    values = [generate(pack, s).sliders.get("body_turn", 0.0) for s in range(60)]
    lo, hi = turn.random
    assert all(lo <= v <= hi for v in values) and len(set(values)) > 30
    assert min(values) < -2 and max(values) > 2  # both ways
    design = replace(generate(pack, "turn-1"), sliders={})
    assert design_io.loads(design_io.dumps(design)).sliders == {}  # old designs: no key, no turn
    turned = design.with_slider("body_turn", 10.0)
    assert design_io.loads(design_io.dumps(turned)).sliders == {"body_turn": 10.0}
    for layer_id in ("body", "clothing"):
        straight = _extent(layer_alpha(pack, design, layer_id), 236, 128)
        near = _extent(layer_alpha(pack, turned, layer_id), 236, 128)
        assert abs(straight[0] - straight[1]) <= 2, (layer_id, straight)
        assert near[1] - near[0] >= 4, (layer_id, near)  # the right shoulder comes nearer
        away = _extent(layer_alpha(pack, design.with_slider("body_turn", -10.0), layer_id), 236, 128)
        assert away[0] - away[1] >= 4, (layer_id, away)
