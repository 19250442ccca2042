"""One rule for ids, colours and numbers (core/values.py), and every reader really uses it."""

import json
import math
import shutil

import pytest
from support import MINI_PACK

from avatarstudio.core import design as design_io
from avatarstudio.core import values
from avatarstudio.core.errors import DesignError, PackError, PresetError
from avatarstudio.core.pack import load_pack
from avatarstudio.core.presets import load_platform


@pytest.mark.parametrize("good", ["a", "hair_front", "x" * 40, "l2"])
def test_ids(good):
    assert values.is_id(good) and values.is_pack_id(good)


@pytest.mark.parametrize("bad", ["", "x" * 41, "Hair", "hair\n", "hair ", "ha-ir", "ハ", None, 3, ["a"]])
def test_not_ids(bad):
    assert not values.is_id(bad)


def test_pack_ids_also_take_a_hyphen_but_never_a_newline():
    assert values.is_pack_id("my-pack") and not values.is_pack_id("my-pack\n")
    assert not values.is_pack_id("../x") and not values.is_pack_id("a/b")


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("#a0B1c2", True),
        ("#a0b1c2\n", False),
        ("#abc", False),
        ("a0b1c2", False),
        ("#a0b1cg", False),
        (0xA0B1C2, False),
    ],
)
def test_hex(value, ok):
    assert values.is_hex(value) is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        (0, True),
        (-2.5, True),
        (True, False),
        (math.nan, False),
        (math.inf, False),
        (10**400, False),
        ("1", False),
        (None, False),
    ],
)
def test_numbers(value, ok):
    assert values.is_number(value) is ok


def test_number_lists():
    assert values.numbers([1, 2.5], 2) == [1.0, 2.5]
    assert values.numbers([1, 2, 3], 2) is None
    assert values.numbers((1, 2), 2) is None
    assert values.numbers([1, True], 2) is None


# --- each reader refuses an id with a trailing newline (two of the old patterns accepted it) --------


def test_preset_refuses_a_platform_id_with_a_newline(tmp_path):
    path = tmp_path / "p.toml"
    path.write_text('platform = "x\\n"\n[targets.avatar]\nkind = "avatar"\nsize = [400, 400]\n')
    with pytest.raises(PresetError, match="platform"):
        load_platform(path)


def test_preset_refuses_a_target_id_with_a_newline(tmp_path):
    path = tmp_path / "p.toml"
    path.write_text('platform = "x"\n[targets."avatar\\n"]\nkind = "avatar"\nsize = [400, 400]\n')
    with pytest.raises(PresetError):
        load_platform(path)


def _pack_with_id(tmp_path, pack_id: str):
    pack = tmp_path / "pack"
    shutil.copytree(MINI_PACK, pack)
    manifest = pack / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.startswith("id")]
    assert lines, "mini pack has no id line"
    manifest.write_text(text.replace(lines[0], f"id = {json.dumps(pack_id)}", 1), encoding="utf-8")
    return pack


def test_pack_refuses_a_pack_id_with_a_newline(tmp_path):
    load_pack(_pack_with_id(tmp_path, "mini-ok"))
    with pytest.raises(PackError, match="id"):
        load_pack(_pack_with_id(tmp_path / "2", "mini\n"))


def test_import_refuses_a_pack_id_with_a_newline(tmp_path):
    from avatarstudio.core.packimport import import_pack

    with pytest.raises(PackError, match="'id'"):
        import_pack(_pack_with_id(tmp_path, "mini\n"), tmp_path / "store")
    assert not (tmp_path / "store").exists() or not any((tmp_path / "store").iterdir())


def test_design_refuses_ids_with_a_newline(mini_pack):
    from avatarstudio.core.generate import generate

    good = design_io.to_dict(generate(mini_pack, "ids"))
    design_io.from_dict(good)
    bad_pack = {**good, "pack": {**good["pack"], "id": good["pack"]["id"] + "\n"}}
    with pytest.raises(DesignError, match="pack id"):
        design_io.from_dict(bad_pack)
    layer = next(iter(good["parts"]))
    bad_layer = {**good, "parts": {**good["parts"], layer + "\n": good["parts"][layer]}}
    with pytest.raises(DesignError, match="not a valid id"):
        design_io.from_dict(bad_layer)
