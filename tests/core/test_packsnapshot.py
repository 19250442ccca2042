"""Whole-pack snapshots: a pack loaded before comes back exactly as a fresh clean gives it, without
cleaning (and, for a folder unchanged since, without reading it); a changed, damaged, foreign or
planted snapshot is ignored and the pack is read and cleaned as if there were none."""

import dataclasses
import hashlib
import hmac
import os
import shutil
import time

import pytest
from support import MINI_PACK

from avatarstudio.core import packimport, packsnapshot
from avatarstudio.core.errors import PackError
from avatarstudio.core.pack import load_pack


def exact(value):
    """``value`` with every type spelled out, so 1, 1.0 and True, or a tuple and a list, differ."""
    if dataclasses.is_dataclass(value):
        return (
            type(value).__name__,
            [(f.name, exact(getattr(value, f.name))) for f in dataclasses.fields(value)],
        )
    if isinstance(value, dict):
        return ("dict", [(exact(k), exact(v)) for k, v in value.items()])
    if isinstance(value, (tuple, list)):
        return (type(value).__name__, [exact(v) for v in value])
    return (type(value).__name__, value)


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("AVATARSTUDIO_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def work(monkeypatch):
    """Counts the packs read from disk and the packs cleaned."""
    calls = {"read": 0, "clean": 0}
    real_read, real_clean = packimport.read_source, packimport.clean_pack

    def read(source):
        calls["read"] += 1
        return real_read(source)

    def clean(entries, where, *, cache=False):
        calls["clean"] += 1
        return real_clean(entries, where, cache=cache)

    monkeypatch.setattr(packimport, "read_source", read)
    monkeypatch.setattr(packimport, "clean_pack", clean)
    return calls


def snapshot_files(cache_dir):
    return sorted((cache_dir / "packs").glob("*.pack"))


@pytest.fixture
def fresh_copy(tmp_path, monkeypatch):
    """A copy of the mini pack that counts as settled (its files' times are not 'just now')."""
    folder = tmp_path / "pack"
    shutil.copytree(MINI_PACK, folder)
    later = time.time_ns() + 60 * 1_000_000_000
    monkeypatch.setattr(packsnapshot.time, "time_ns", lambda: later)
    return folder


def test_an_unchanged_folder_loads_without_reading_or_cleaning(cache_dir, work):
    fresh = load_pack(MINI_PACK, cache=False)
    cold = load_pack(MINI_PACK)
    assert work == {"read": 2, "clean": 2}
    warm = load_pack(MINI_PACK)
    assert work == {"read": 2, "clean": 2}
    assert exact(warm) == exact(cold) == exact(fresh)
    folder = cache_dir / "packs"
    for path in [folder / "key", *folder.iterdir()]:
        assert oct(path.stat().st_mode & 0o777) == "0o600", path.name


def test_a_just_written_folder_is_read_but_not_cleaned_again(cache_dir, work, tmp_path):
    folder = tmp_path / "pack"
    shutil.copytree(MINI_PACK, folder)  # files changed this instant: their times prove nothing yet
    assert packsnapshot.scan(folder) is None
    cold = load_pack(folder)
    warm = load_pack(folder)
    assert work == {"read": 2, "clean": 1}
    assert exact(warm) == exact(cold)


@pytest.mark.parametrize("same_size", [True, False])
def test_a_changed_file_is_read_and_cleaned_again(cache_dir, work, fresh_copy, same_size):
    load_pack(fresh_copy)
    svg = fresh_copy / "parts" / "eyes" / "dots.svg"
    time.sleep(0.02)  # past the clock tick of the copy, so the new ctime differs
    svg.write_text(svg.read_text().replace('r="20"', 'r="21"' if same_size else 'r="21.5"', 1))
    changed = load_pack(fresh_copy)
    assert work == {"read": 2, "clean": 2}
    assert ("21" if same_size else "21.5") in changed.layer("eyes").part("dots").template
    assert exact(changed) == exact(load_pack(fresh_copy, cache=False))


def test_a_link_swapped_in_after_a_load_is_still_refused(cache_dir, fresh_copy, tmp_path):
    load_pack(fresh_copy)
    svg = fresh_copy / "parts" / "eyes" / "dots.svg"
    outside = tmp_path / "outside.svg"
    shutil.copy(svg, outside)
    svg.unlink()
    svg.symlink_to(outside)
    with pytest.raises(PackError, match="symbolic link"):
        load_pack(fresh_copy)


def test_snapshot_files_hold_no_path_or_user(cache_dir):
    load_pack(MINI_PACK)
    for path in (cache_dir / "packs").iterdir():
        data = path.read_bytes()
        for leak in (str(MINI_PACK), str(cache_dir), os.environ.get("USER", "root"), "/home", "/root"):
            assert leak.encode() not in data, path.name


def _sign(cache_dir, body, secret=None):
    secret = secret or (cache_dir / "packs" / "key").read_bytes()
    return hmac.new(secret, body, hashlib.sha256).hexdigest().encode() + b"\n" + body


def _plant(cache_dir, secret):
    """A snapshot of the pack with a hostile template, signed with ``secret``."""
    (path,) = snapshot_files(cache_dir)
    body = path.read_bytes().partition(b"\n")[2]
    head, _, payload = body.partition(b"\n")
    pack = packsnapshot.decode(payload)
    eyes = pack.layer("eyes")
    bad = dataclasses.replace(eyes.parts[0], template='<image xlink:href="file:///etc/passwd"/>')
    layers = tuple(
        dataclasses.replace(layer, parts=(bad, *layer.parts[1:])) if layer is eyes else layer
        for layer in pack.layers
    )
    return _sign(
        cache_dir, head + b"\n" + packsnapshot.encode(dataclasses.replace(pack, layers=layers)), secret
    )


@pytest.mark.parametrize(
    "damage",
    [
        "truncated",
        "flipped byte",
        "other key",
        "planted under another key",
        "others may write",
        "key others may read",
        "other code",
    ],
)
def test_damaged_or_foreign_snapshot_is_ignored(cache_dir, work, damage):
    fresh = load_pack(MINI_PACK, cache=False)
    load_pack(MINI_PACK)
    (path,) = snapshot_files(cache_dir)
    key_file = cache_dir / "packs" / "key"
    for scan_file in (cache_dir / "packs").glob("*.scan"):
        scan_file.unlink()  # the snapshot itself is under test, not the folder's record
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "flipped byte":
        path.write_bytes(data[:-10] + bytes([data[-10] ^ 1]) + data[-9:])
    elif damage == "other key":
        key_file.write_bytes(os.urandom(32))
    elif damage == "planted under another key":
        path.write_bytes(_plant(cache_dir, os.urandom(32)))
    elif damage == "others may write":
        os.chmod(path, 0o666)
    elif damage == "key others may read":
        os.chmod(key_file, 0o644)
    elif damage == "other code":
        head, _, rest = data.partition(b"\n")[2].partition(b"\n")
        path.write_bytes(_sign(cache_dir, head.replace(b" ", b" 0", 1) + b"\n" + rest))
    work.update(read=0, clean=0)
    assert exact(load_pack(MINI_PACK)) == exact(fresh)
    assert work == {"read": 1, "clean": 1}


def test_a_snapshot_signed_with_the_users_key_is_used(cache_dir, work):
    """The check above is the key, not the contents: the planting test fails for the right reason."""
    load_pack(MINI_PACK)
    (path,) = snapshot_files(cache_dir)
    path.write_bytes(_plant(cache_dir, None))
    assert "passwd" in load_pack(MINI_PACK).layer("eyes").parts[0].template


def test_load_without_cache_touches_no_snapshot(cache_dir):
    load_pack(MINI_PACK, cache=False)
    assert not (cache_dir / "packs").exists()


def test_snapshot_renders_the_same_bytes_as_a_fresh_load(cache_dir):
    from avatarstudio.core.generate import generate
    from avatarstudio.export.avatar import render_image
    from avatarstudio.export.encode import encode
    from avatarstudio.render import Renderer

    load_pack(MINI_PACK)
    # the mini pack's own art, drawn in process (its parts are plain shapes)
    packs = [
        dataclasses.replace(p, builtin=True)
        for p in (load_pack(MINI_PACK), load_pack(MINI_PACK, cache=False))
    ]
    design = generate(packs[1], "snapshot")
    images = [encode(render_image(p, design, Renderer(), 128), "png", what="x") for p in packs]
    assert images[0] == images[1]


def test_snapshot_classes_are_plain_dataclasses():
    """decode() fills the fields without calling __init__: no class may check or derive anything there."""
    for cls in packsnapshot._classes().values():
        assert dataclasses.is_dataclass(cls) and not hasattr(cls, "__post_init__"), cls
