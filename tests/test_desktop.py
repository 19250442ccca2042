"""Linux desktop integration: the shipped desktop entry, icons and file type, and desktop-install."""

import shutil
import subprocess

import pytest
from PIL import Image

from avatarstudio import desktop
from avatarstudio.export.inspect import assert_clean

HICOLOR = desktop.share_dir() / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_desktop_entry_is_valid_and_names_the_app_id():
    entry = desktop.share_dir() / "applications" / f"{desktop.APP_ID}.desktop"
    text = entry.read_text(encoding="utf-8")
    assert f"Icon={desktop.APP_ID}\n" in text and "Exec=avatarstudio-studio %f\n" in text
    assert "Name[ja]=" in text and "Categories=Graphics;" in text
    done = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@pytest.mark.parametrize("size", SIZES)
def test_icon_at_every_hicolor_size_is_square_and_clean(size):
    path = HICOLOR / f"{size}x{size}" / "apps" / f"{desktop.APP_ID}.png"
    with Image.open(path) as image:
        assert image.size == (size, size) and image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] < 32 and image.getpixel((size // 2, size // 2))[3] == 255  # rounded
    assert_clean(path.read_bytes())  # no metadata in what we ship either


def test_scalable_icon_is_plain_svg():
    text = (HICOLOR / "scalable" / "apps" / f"{desktop.APP_ID}.svg").read_text(encoding="utf-8")
    assert text.startswith("<svg") and "<script" not in text and 'href="http' not in text


def test_install_then_uninstall(tmp_path):
    done = desktop.install(tmp_path, exec_path="/opt/avatar studio/avatarstudio-studio")
    entry = tmp_path / "applications" / f"{desktop.APP_ID}.desktop"
    assert entry in done.files
    text = entry.read_text(encoding="utf-8")
    assert 'Exec="/opt/avatar studio/avatarstudio-studio" %f\n' in text
    assert "TryExec=/opt/avatar studio/avatarstudio-studio\n" in text
    assert (tmp_path / "icons/hicolor/48x48/apps" / f"{desktop.APP_ID}.png").is_file()
    assert (tmp_path / "mime/packages" / f"{desktop.APP_ID}.xml").is_file()
    if shutil.which("desktop-file-validate"):
        out = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert out.returncode == 0, out.stdout
    removed = desktop.uninstall(tmp_path)
    assert set(removed) == set(done.files) and not entry.exists()
