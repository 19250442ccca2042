"""planned_files names, before anything is drawn, exactly the files (and zip members) a kit writes."""

import io
import zipfile

import pytest

from avatarstudio.core.generate import generate
from avatarstudio.core.pack import load_pack
from avatarstudio.core.presets import load_all
from avatarstudio.export.kit import ensure_persona, kit_files, planned_files
from tests.conftest import MINI_PACK


@pytest.fixture(scope="module")
def pack():
    return load_pack(MINI_PACK)


# LINE zips its sets; Telegram, WhatsApp and Discord write sticker and emoji folders with extra images
@pytest.mark.parametrize("platform_id", ["line", "telegram", "whatsapp", "discord", "x"])
def test_planned_files_are_the_files_written(pack, platform_id):
    from avatarstudio.render import Renderer

    design, _generated = ensure_persona(pack, generate(pack, "plan-1"))
    platform = load_all()[platform_id]
    files = kit_files(pack, design, platform, Renderer())
    written = [
        (name, zipfile.ZipFile(io.BytesIO(data)).namelist() if name.endswith(".zip") else [])
        for name, data in sorted(files.items())
    ]
    assert planned_files(pack, design, platform) == written
