"""The part-template cache: a warm load gives the same pack without sanitizing; a damaged or foreign
cache file, or a planted entry, is ignored and the parts are sanitized from the pack again."""

import json
import os
import shutil

import pytest
from support import MINI_PACK, count_sanitized

from avatarstudio.core import packcache, packimport, packsnapshot
from avatarstudio.core.pack import load_pack


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("AVATARSTUDIO_CACHE_DIR", str(folder))
    # these tests are about the template cache: no whole-pack snapshot (tests/core/test_packsnapshot.py)
    monkeypatch.setattr(packsnapshot, "_folder", lambda: None)
    return folder


@pytest.fixture
def sanitized(monkeypatch):
    """Counts the parts that go through the sanitizer (every pack is read by core/packimport.py)."""
    return count_sanitized(monkeypatch, packimport)


def cache_file(cache_dir):
    return cache_dir / "templates" / "mini.json"


def parts_of(pack):
    return sum(len(layer.parts) for layer in pack.layers)


def test_warm_load_is_the_same_pack_without_sanitizing(cache_dir, sanitized):
    cold = load_pack(MINI_PACK)
    assert len(sanitized) == parts_of(cold)
    sanitized.clear()
    warm = load_pack(MINI_PACK)
    assert warm == cold
    assert sanitized == []
    assert oct(cache_file(cache_dir).stat().st_mode & 0o777) == "0o600"


def test_cache_file_holds_no_path_or_user(cache_dir):
    load_pack(MINI_PACK)
    text = cache_file(cache_dir).read_text()
    for leak in (str(MINI_PACK), str(cache_dir), os.environ.get("USER", "root"), "/home", "/root"):
        assert leak not in text


def test_a_changed_part_alone_is_sanitized_again(cache_dir, sanitized, tmp_path):
    pack_dir = tmp_path / "pack"
    shutil.copytree(MINI_PACK, pack_dir)
    load_pack(pack_dir)
    svg = pack_dir / "parts" / "eyes" / "dots.svg"
    svg.write_text(svg.read_text().replace('r="20"', 'r="21"', 1))
    sanitized.clear()
    changed = load_pack(pack_dir)
    assert sanitized == ["parts/eyes/dots.svg"]
    assert "21" in changed.layer("eyes").part("dots").template


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # truncated
        lambda text: "not json",
        lambda text: text.replace('"format": 1', '"format": 99'),
        lambda text: text.replace('"code": "', '"code": "0'),  # made by other code
        lambda text: text.replace("circle", "circlf", 1),  # entries no longer match the digest
    ],
)
def test_damaged_or_foreign_file_is_ignored(cache_dir, sanitized, damage):
    fresh = load_pack(MINI_PACK)
    path = cache_file(cache_dir)
    path.write_text(damage(path.read_text()))
    sanitized.clear()
    assert load_pack(MINI_PACK) == fresh
    assert len(sanitized) == parts_of(fresh)


def test_file_others_may_write_is_ignored(cache_dir, sanitized):
    fresh = load_pack(MINI_PACK)
    os.chmod(cache_file(cache_dir), 0o666)
    sanitized.clear()
    assert load_pack(MINI_PACK) == fresh
    assert len(sanitized) == parts_of(fresh)


@pytest.mark.parametrize(
    "planted",
    [
        '<image xlink:href="file:///etc/passwd" width="10" height="10"/>',
        '<rect width="10" height="10" fill="url(http://example.com/x)"/>',
        '<rect width="10" height="10" onload="x()"/>',
        "<g><text>hello</text></g>",
        '<rect width="10" height="10" fill="\x01C:nosuchslot:base\x01"/>',
        '<rect width="10"',
    ],
)
def test_planted_entry_with_a_valid_digest_is_sanitized_again(cache_dir, sanitized, planted):
    fresh = load_pack(MINI_PACK)
    path = cache_file(cache_dir)
    body = json.loads(path.read_text())
    for entry in body["entries"].values():
        entry[0] = planted + entry[0]
    body["digest"] = packcache._digest(body["entries"])
    path.write_text(json.dumps(body))
    os.chmod(path, 0o600)
    sanitized.clear()
    assert load_pack(MINI_PACK) == fresh
    assert len(sanitized) == parts_of(fresh)


def test_every_builtin_template_passes_the_cache_check(builtin_pack):
    for layer in builtin_pack.layers:
        for part in layer.parts:
            assert packcache.template_ok(part.template, part.slots, builtin_pack.slots), (layer.id, part.id)


def test_load_without_cache_touches_no_cache(cache_dir, sanitized):
    fresh = load_pack(MINI_PACK, cache=False)
    assert not cache_dir.exists()
    assert len(sanitized) == parts_of(fresh)


@pytest.mark.parametrize(
    "template",
    [
        "<g><rect/>",  # not closed
        "<g></rect>",  # badly nested
        "<!-- x --><rect/>",
        "<?xml-stylesheet href='x.css'?><rect/>",
        '<rect fill="&ent;"/>',
        "<rect/>text",
        '<rect fill="url(#a)" style="x"/>',
    ],
)
def test_template_check_refuses_what_the_sanitizer_never_writes(template):
    assert not packcache.template_ok(template, (), ())


def test_template_check_accepts_sanitizer_shapes():
    ok = '<g id="\x01P\x011"><path d="M0 0L1 1" fill="\x01C:skin:shadow\x01" stroke-width="\x01W:2.5\x01"/></g>'
    assert packcache.template_ok(ok, ("skin",), ("skin", "hair"))
    assert packcache.template_ok('<rect fill="url(#\x01P\x010)" xlink:href="#\x01P\x010"/>', (), ())
