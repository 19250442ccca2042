"""build_kit's staged writes: each checked platform is written to a staging folder inside the kit's folder
and moved into place once every platform passed; a failure or a cancel leaves the folder as it was."""

import dataclasses
import os

import pytest
from support import MINI_PACK

from avatarstudio.core.fileio import TEMP_PREFIX
from avatarstudio.core.generate import generate
from avatarstudio.core.pack import load_pack
from avatarstudio.export import kit as kit_module
from avatarstudio.render import Renderer

IDS = "github,x,slack"  # x, in the middle, is made to fail: github is staged before it


@pytest.fixture(scope="module")
def pack():
    return load_pack(MINI_PACK)


@pytest.fixture(scope="module")
def design(pack):
    design, _ = kit_module.ensure_persona(pack, generate(pack, "staging"))
    return design


def _tree(root):
    """{relative path: bytes} of every file under ``root``, and the relative path of every folder."""
    files = {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}
    folders = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_dir()}
    return files, folders


def _platforms(broken=()):
    platforms = {p.id: p for p in kit_module.resolve_platforms(IDS)}
    for pid in broken:  # an avatar no encoder can fit (a budget of 10 bytes)
        avatar = dataclasses.replace(platforms[pid].targets["avatar"], max_bytes=10)
        platforms[pid] = dataclasses.replace(
            platforms[pid], targets={**platforms[pid].targets, "avatar": avatar}
        )
    return platforms


class Cancelled(Exception):
    pass


def _cancel_after_github(fraction, message):
    # at x's first target drawn here or first unit built by either process; in one process github is
    # checked and staged by then
    if message.startswith(("x:", "built x")):
        raise Cancelled


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("failure", ["rule", "cancel"])
def test_a_failure_in_the_middle_leaves_the_folder_as_it_was(
    pack, design, tmp_path, monkeypatch, jobs, failure
):
    out = tmp_path / "kit"
    (out / "github").mkdir(parents=True)
    (out / "github" / "avatar.png").write_bytes(b"an older kit's avatar")
    (out / "github" / "mine.txt").write_bytes(b"the user's own file")
    (out / "notes.txt").write_bytes(b"kept")
    before = _tree(out)
    staged = []
    real = kit_module._stage_files
    monkeypatch.setattr(kit_module, "_stage_files", lambda s, pid, f: staged.append(pid) or real(s, pid, f))
    renderer = Renderer() if jobs == 1 else None
    if failure == "rule":
        with pytest.raises(kit_module.ExportError, match="within 10 bytes"):
            kit_module.build_kit(pack, design, IDS, out, renderer=renderer, platforms=_platforms(["x"]))
    else:
        with pytest.raises(Cancelled):
            kit_module.build_kit(
                pack,
                design,
                IDS,
                out,
                renderer=renderer,
                platforms=_platforms(),
                progress=_cancel_after_github,
            )
    if jobs == 1:
        assert staged == ["github"]  # it had been written to the staging folder, then removed
    assert _tree(out) == before
    assert not [p for p in out.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_a_folder_the_kit_made_is_removed_when_it_fails(pack, design, tmp_path):
    out = tmp_path / "new" / "kit"
    with pytest.raises(kit_module.ExportError):
        kit_module.build_kit(pack, design, IDS, out, platforms=_platforms(["x"]))
    assert list(tmp_path.iterdir()) == []  # kit and new, both made by the kit


def test_staged_kits_have_the_bytes_of_the_kit_built_in_memory(pack, design, tmp_path):
    chosen = kit_module.resolve_platforms(IDS)
    builder = kit_module._Builder(pack, design, Renderer(), None)
    in_memory = kit_module._build_platforms(pack, design, chosen, builder.renderer, builder, 1, None)
    want = {f"{pid}/{rel}": data for pid, files in in_memory.items() for rel, data in files.items()}
    out = tmp_path / "kit"
    report = kit_module.build_kit(pack, design, IDS, out)  # two processes: each stages what it checked
    files, _ = _tree(out)
    assert files == want
    assert sorted(report.files) == sorted(out / rel for rel in want)
    assert {os.stat(out / rel).st_mode & 0o777 for rel in want} == {kit_module.FILE_MODE}
    # again over the kit and a file of the user's: platform folders that exist get a rename per file
    (out / "slack" / "mine.txt").write_bytes(b"kept")
    os.chmod(out / "x" / "avatar.png", 0o600)
    kit_module.build_kit(pack, design, IDS, out, renderer=Renderer())
    files, _ = _tree(out)
    assert files == {**want, "slack/mine.txt": b"kept"}
    assert os.stat(out / "x" / "avatar.png").st_mode & 0o777 == kit_module.FILE_MODE
    assert not [p for p in out.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_a_linked_kit_file_stays_a_link(pack, design, tmp_path):
    out = tmp_path / "kit"
    kit_module.build_kit(pack, design, "github", out, renderer=Renderer())
    elsewhere = tmp_path / "avatar.png"
    (out / "github" / "avatar.png").rename(elsewhere)
    elsewhere.write_bytes(b"old")
    (out / "github" / "avatar.png").symlink_to(elsewhere)
    kit_module.build_kit(pack, design, "github", out, renderer=Renderer())
    assert (out / "github" / "avatar.png").is_symlink()  # followed, as atomic_write follows it
    assert elsewhere.read_bytes().startswith(b"\x89PNG")
