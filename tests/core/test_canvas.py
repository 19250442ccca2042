"""The pack's `canvas` field: the one canvas size, restated or refused (never accepted and drawn wrongly)."""

import shutil

import pytest
from support import MINI_PACK

from avatarstudio.core.errors import PackError
from avatarstudio.core.pack import CANVAS, load_pack


def _with_canvas(tmp_path, line: str):
    pack = tmp_path / "pack"
    shutil.copytree(MINI_PACK, pack)
    manifest = pack / "pack.toml"
    text = manifest.read_text(encoding="utf-8")
    assert "canvas = 1024\n" in text
    manifest.write_text(text.replace("canvas = 1024\n", line), encoding="utf-8")
    return pack


def test_canvas_may_restate_the_size_or_be_left_out(tmp_path):
    assert load_pack(_with_canvas(tmp_path / "a", f"canvas = {CANVAS}\n")).canvas == CANVAS
    assert load_pack(_with_canvas(tmp_path / "b", "")).canvas == CANVAS


@pytest.mark.parametrize("value", ["512", "2048", "true", '"1024"', "1024.5"])
def test_another_canvas_is_refused_naming_the_file(tmp_path, value):
    with pytest.raises(PackError, match="canvas") as err:
        load_pack(_with_canvas(tmp_path, f"canvas = {value}\n"))
    assert "pack.toml" in str(err.value)
