import shutil
from pathlib import Path

import pytest
from support import MINI_PACK

from avatarstudio.core.errors import PackError
from avatarstudio.core.pack import load_pack


def copy_pack(tmp_path: Path) -> Path:
    dest = tmp_path / "pack"
    shutil.copytree(MINI_PACK, dest)
    return dest


def test_mini_pack_loads(mini_pack):
    assert mini_pack.layer_ids == ("background", "face", "eyes", "hat")
    assert mini_pack.layer("eyes").part("closed").weight == 0
    assert set(mini_pack.expressions) == {"neutral", "wink"}
    assert mini_pack.excluded("eyes", "big", "hat", "tall")


def test_content_hash_changes_with_any_part(tmp_path, mini_pack):
    pack_dir = copy_pack(tmp_path)
    svg = pack_dir / "parts" / "eyes" / "dots.svg"
    svg.write_text(svg.read_text().replace('r="20"', 'r="21"', 1))
    assert load_pack(pack_dir).content_hash != mini_pack.content_hash


def problems_of(pack_dir: Path) -> str:
    with pytest.raises(PackError) as info:
        load_pack(pack_dir)
    return str(info.value)


def test_missing_part_file_is_named(tmp_path):
    pack_dir = copy_pack(tmp_path)
    (pack_dir / "parts" / "eyes" / "big.svg").unlink()
    assert "parts/eyes/big.svg: part file is missing" in problems_of(pack_dir)


def test_unknown_slot_is_named(tmp_path):
    pack_dir = copy_pack(tmp_path)
    svg = pack_dir / "parts" / "face" / "oval.svg"
    svg.write_text(svg.read_text().replace('data-slot="skin"', 'data-slot="fur"'))
    assert "parts/face/oval.svg: data-slot names unknown colour slot 'fur'" in problems_of(pack_dir)


def test_duplicate_part_id_is_named(tmp_path):
    pack_dir = copy_pack(tmp_path)
    toml = pack_dir / "parts" / "hat" / "layer.toml"
    toml.write_text(toml.read_text() + '\n[[parts]]\nid = "cap"\n')
    assert "parts/hat/layer.toml: duplicate part id 'cap'" in problems_of(pack_dir)


def test_broken_manifest_is_named(tmp_path):
    pack_dir = copy_pack(tmp_path)
    (pack_dir / "pack.toml").write_text("id = 'mini'\nlayers = [\n")
    message = problems_of(pack_dir)
    assert "pack.toml: is not valid TOML" in message


def test_every_problem_reported_at_once(tmp_path):
    pack_dir = copy_pack(tmp_path)
    (pack_dir / "parts" / "eyes" / "big.svg").unlink()
    toml = pack_dir / "parts" / "hat" / "layer.toml"
    toml.write_text(toml.read_text().replace("probability = 0.5", "probability = 5"))
    message = problems_of(pack_dir)
    assert "big.svg: part file is missing" in message
    assert "parts/hat/layer.toml: 'probability' must be a number from 0 to 1" in message


def test_expression_naming_missing_part_is_refused(tmp_path):
    pack_dir = copy_pack(tmp_path)
    manifest = pack_dir / "pack.toml"
    manifest.write_text(manifest.read_text().replace('eyes = "closed"', 'eyes = "sparkly"'))
    assert "[expressions.wink]: layer 'eyes' has no part 'sparkly'" in problems_of(pack_dir)


def test_hostile_svg_part_is_refused_with_its_file(tmp_path):
    pack_dir = copy_pack(tmp_path)
    (pack_dir / "parts" / "eyes" / "dots.svg").write_text(
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>'
    )
    assert "parts/eyes/dots.svg" in problems_of(pack_dir)


def test_template_has_no_data_attributes_and_prefixes_ids(mini_pack):
    template = mini_pack.layer("face").part("round").template
    assert "data-" not in template
    assert "\x01P\x010" in template and "url(#\x01P\x010)" in template
    assert "\x01P\x01g" not in template  # the author's id "g" never reaches an export


def test_bad_scales_are_named(tmp_path):
    pack_dir = copy_pack(tmp_path)
    toml = pack_dir / "parts" / "face" / "layer.toml"
    text = toml.read_text()
    toml.write_text(text.replace('id = "oval"\n', 'id = "oval"\nscales = { cape = 1.1 }\n'))
    assert "parts/face/layer.toml part 'oval': 'scales' names unknown layer 'cape'" in problems_of(pack_dir)
    toml.write_text(text.replace('id = "oval"\n', 'id = "oval"\nscales = { hat = 9 }\n'))
    assert "'scales' must map layer ids to numbers from 0.5 to 2" in problems_of(pack_dir)


def test_bad_small_rules_are_named(tmp_path):
    pack_dir = copy_pack(tmp_path)
    toml = pack_dir / "parts" / "face" / "layer.toml"
    text = toml.read_text()
    toml.write_text('small = { part = "square" }\n' + text)
    assert "parts/face/layer.toml: 'small' names unknown part 'square'" in problems_of(pack_dir)
    toml.write_text("small = { line = 99 }\n" + text)
    assert "parts/face/layer.toml: 'small' must be" in problems_of(pack_dir)


def test_a_head_template_lean_names_real_parts(tmp_path):
    pack_dir = copy_pack(tmp_path)
    manifest = pack_dir / "pack.toml"
    text = manifest.read_text()
    manifest.write_text(text + '\n[templates.old]\nlean = { "eyes:big" = 0.5, "eyes:starry" = 2 }\n')
    message = problems_of(pack_dir)
    assert "pack.toml [templates.old]: 'lean' names 'eyes:starry', not a layer:part" in message
    assert "eyes:big" not in message
    manifest.write_text(text + '\n[templates.old]\nlean = { "eyes:big" = -1 }\n')
    assert "'lean' must map \"layer:part\" names to numbers from 0 to 100" in problems_of(pack_dir)
