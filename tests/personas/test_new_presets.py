"""The presets for the platforms these personas live on validate, cite a source or say there is none,
and export through the kit checks."""

import re

import pytest
from support import MINI_PACK, ROOT

from avatarstudio.core.generate import generate
from avatarstudio.core.pack import load_pack
from avatarstudio.core.presets import load_all, load_platform

NEW = ("pixiv", "note", "line_openchat", "linkedin", "niconico", "mixi2", "pawoo")
NUMBERED = ("size", "max_bytes")


@pytest.mark.parametrize("pid", NEW)
def test_every_number_has_a_source_or_says_none(pid):
    path = ROOT / "presets" / f"{pid}.toml"
    load_platform(path)  # validates
    for line in path.read_text(encoding="utf-8").splitlines():
        key = line.split("=", 1)[0].strip()
        if key in NUMBERED:
            comment = line.split("#", 1)[1] if "#" in line else ""
            assert re.search(r"\((H|M|L)\b|\(Mastodon, H|confidence: none", comment), (pid, line)


def test_new_presets_export(tmp_path):
    from avatarstudio.core.persona import with_persona
    from avatarstudio.export.kit import build_kit

    pack = load_pack(MINI_PACK)
    design = with_persona(generate(pack, "new-presets"), pack)
    report = build_kit(pack, design, ",".join(NEW), tmp_path)
    assert set(report.platforms) == set(NEW)
    platforms = load_all()
    for pid in NEW:
        for target in platforms[pid].targets.values():
            name = {"avatar": "avatar", "banner": target.id}[target.kind]
            ext = {"png": "png", "jpeg": "jpg", "webp": "webp"}[target.format]
            data = (tmp_path / pid / f"{name}.{ext}").read_bytes()
            assert len(data) <= target.max_bytes
        assert "handle: @" in (tmp_path / pid / "profile.txt").read_text()
