import re
import xml.etree.ElementTree as ET

from avatarstudio.core.compose import View, compose, compose_layers, visible_parts
from avatarstudio.core.design import Transform
from avatarstudio.core.generate import Constraints, generate


def test_compose_is_deterministic_and_parses(mini_pack):
    d = generate(mini_pack, "c1")
    a, b = compose(mini_pack, d), compose(mini_pack, d)
    assert a == b
    root = ET.fromstring(a)
    assert root.get("viewBox") == "0 0 1024 1024"


def test_ids_are_namespaced_per_part(mini_pack):
    d = generate(mini_pack, "c2", Constraints(parts={"face": "round"}))
    svg = compose(mini_pack, d)
    ids = re.findall(r'id="([^"]+)"', svg)
    assert len(ids) == len(set(ids))
    assert "face-round-0" in ids and "url(#face-round-0)" in svg


def test_colours_follow_design(mini_pack):
    d = generate(mini_pack, "c3", Constraints(parts={"face": "oval"})).with_colour("skin", "#123456")
    assert 'fill="#123456"' in compose(mini_pack, d)


def test_transform_is_clamped_to_pack_limits(mini_pack):
    d = generate(mini_pack, "c4").with_transform("face", Transform(x=500, y=0, scale=9, rotate=0))
    svg = compose(mini_pack, d)
    assert "translate(532 450)" in svg and "scale(1.1)" in svg


def test_expression_overrides_and_background_toggle(mini_pack):
    d = generate(mini_pack, "c5")
    assert ("eyes", "closed") in visible_parts(mini_pack, d, "wink")
    layers = compose_layers(mini_pack, d, View(background=False))
    assert all(l.layer != "background" for l in layers)


def test_line_scale_thickens_marked_lines(mini_pack):
    d = generate(mini_pack, "c6", Constraints(parts={"face": "round"}))
    assert 'stroke-width="6"' in compose(mini_pack, d)
    assert 'stroke-width="12"' in compose(mini_pack, d, View(line_scale=2.0))


def test_widening_follows_each_pack_even_when_one_was_composed_before(tmp_path):
    # compose_layers looks up which parts widen other layers once a pack; a second pack loaded
    # later (another build of the same ids) must get its own table, not the first one's
    import shutil

    from support import MINI_PACK

    from avatarstudio.core.pack import load_pack

    factors = {}
    for name, k in (("narrow", "0.8"), ("wide", "1.25")):
        pack_dir = tmp_path / name
        shutil.copytree(MINI_PACK, pack_dir)
        toml = pack_dir / "parts" / "face" / "layer.toml"
        toml.write_text(toml.read_text().replace('id = "oval"\n', f'id = "oval"\nscales = {{ hat = {k} }}\n'))
        pack = load_pack(pack_dir)
        design = generate(
            pack, "w1", Constraints(parts={"face": "oval", "hat": pack.layer("hat").parts[0].id})
        )
        hat = next(lay.svg for lay in compose_layers(pack, design) if lay.layer == "hat")
        factors[name] = re.findall(r"scale\(([0-9.]+) 1\)", hat)
    assert factors == {"narrow": ["0.8"], "wide": ["1.25"]}
