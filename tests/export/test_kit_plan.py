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


def test_every_close_up_fitting_is_at_most_half_its_master(pack):
    """Close-ups are drawn at MASTER_SIZE["close"], ~2x what they feed: an emoji, tab or tray icon
    larger than half of it would be fitted from too few pixels (the master must grow with it)."""
    from avatarstudio.export.kit import _Builder
    from avatarstudio.export.stickers import MASTER_SIZE

    design, _generated = ensure_persona(pack, generate(pack, "plan-1"))
    builder = _Builder(pack, design, None, None)
    builder.plan_faces(list(load_all().values()), True)
    sizes = {key[1] for keys in builder._face_plan.values() for key in keys}
    assert (180, 180) in sizes  # LINE's emoji, the largest today
    assert 2 * max(max(size) for size in sizes) <= MASTER_SIZE["close"]
