"""One safe way in for packs: every command reads a pack folder the way import reads a zip.

Fixtures are made here: links out of the pack, FIFOs, device files, dotted-key manifests.
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest
from support import MINI_PACK

from avatarstudio.cli import main
from avatarstudio.core.errors import PackError
from avatarstudio.core.pack import load_pack
from avatarstudio.core.packimport import (
    MAX_KEY_PARTS,
    MAX_MANIFEST_KEYS,
    ArchiveRejected,
    import_pack,
    parse_toml,
    read_regular_file,
    scan_toml,
)


def copy_pack(tmp_path: Path, name: str = "pack") -> Path:
    dest = tmp_path / name
    shutil.copytree(MINI_PACK, dest)
    return dest


def run_with_watchdog(fn, seconds: float = 60.0):
    """Run ``fn`` in a thread; a hang fails the test instead of hanging the suite."""
    box: dict = {}

    def target():
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed back to the test
            box["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"{fn} did not return (hang)"
    if "error" in box:
        raise box["error"]
    return box.get("value")


# --- links, pipes, devices ------------------------------------------------------------------------


def test_link_out_of_the_pack_is_never_read(tmp_path, capsys):
    pack = copy_pack(tmp_path)
    secret = tmp_path / "secret.svg"
    secret.write_text((pack / "parts/eyes/dots.svg").read_text().replace("#3f7fbf", "#13579b"))
    (pack / "parts/eyes/dots.svg").unlink()
    os.symlink(secret, pack / "parts/eyes/dots.svg")
    with pytest.raises(ArchiveRejected) as info:
        load_pack(pack)
    assert info.value.code == "Z04" and "symbolic link" in str(info.value)
    for command in (
        ["validate", str(pack)],
        ["render", "--seed", "x", "--pack", str(pack), "-o", str(tmp_path / "out")],
        ["parts", "--pack", str(pack)],
    ):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert "dots.svg" in err and "symbolic link" in err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@pytest.mark.parametrize("linked", ["dots.svg", "dots@mature.svg"])
def test_warm_template_cache_does_not_skip_the_safe_reader(tmp_path, monkeypatch, linked):
    """A part (or a head-template variant) swapped for a link to the very same bytes is refused even
    when the template cache already holds those bytes' template."""
    monkeypatch.setenv("AVATARSTUDIO_CACHE_DIR", str(tmp_path / "cache"))
    pack = copy_pack(tmp_path)
    load_pack(pack)  # fills the template cache
    assert any((tmp_path / "cache").rglob("*.json"))
    same = tmp_path / "same.svg"
    shutil.copy(pack / "parts/eyes/dots.svg", same)
    (pack / "parts/eyes" / linked).unlink(missing_ok=True)
    os.symlink(same, pack / "parts/eyes" / linked)
    with pytest.raises(ArchiveRejected) as info:
        load_pack(pack)
    assert info.value.code == "Z04" and linked in str(info.value) and "symbolic link" in str(info.value)


def test_linked_manifest_and_linked_layer_folder_are_refused(tmp_path):
    pack = copy_pack(tmp_path)
    outside = copy_pack(tmp_path, "outside")
    shutil.rmtree(pack / "parts/hat")
    os.symlink(outside / "parts/hat", pack / "parts/hat")
    with pytest.raises(ArchiveRejected, match="symbolic link"):
        load_pack(pack)


def test_fifo_in_pack_is_refused_without_hanging(tmp_path, capsys):
    pack = copy_pack(tmp_path)
    (pack / "parts/eyes/dots.svg").unlink()
    os.mkfifo(pack / "parts/eyes/dots.svg")
    with pytest.raises(ArchiveRejected) as info:
        run_with_watchdog(lambda: load_pack(pack))
    assert info.value.code == "Z04"
    assert run_with_watchdog(lambda: main(["validate", str(pack)])) == 2
    assert "not a regular file" in capsys.readouterr().err


def test_fifo_manifest_is_refused_by_import_too(tmp_path):
    pack = copy_pack(tmp_path)
    (pack / "pack.toml").unlink()
    os.mkfifo(pack / "pack.toml")
    store = tmp_path / "store"
    with pytest.raises(ArchiveRejected):
        run_with_watchdog(lambda: import_pack(pack, store))
    assert not store.exists() or list(store.iterdir()) == []


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_device_files_are_refused_before_reading(device):
    if not os.path.exists(device):
        pytest.skip(f"{device} does not exist on this OS")
    with pytest.raises(ArchiveRejected) as info:
        run_with_watchdog(lambda: read_regular_file(Path(device), 1024, where="x", shown=device))
    assert "not a regular file" in str(info.value)


def test_device_as_zip_source_is_refused(tmp_path):
    store = tmp_path / "store"
    with pytest.raises(PackError, match="not a regular file"):
        run_with_watchdog(lambda: import_pack(Path("/dev/zero"), store))


def test_device_node_inside_pack_folder(tmp_path):
    pack = copy_pack(tmp_path)
    (pack / "parts/eyes/dots.svg").unlink()
    try:
        os.mknod(pack / "parts/eyes/dots.svg", 0o600 | 0o020000, os.makedev(1, 5))  # char device = /dev/zero
    except (PermissionError, OSError):
        # without CAP_MKNOD, a bind of the real device is the same inode type: use a link to it, which
        # must be refused too (the link rule fires first)
        os.symlink("/dev/zero", pack / "parts/eyes/dots.svg")
    with pytest.raises(ArchiveRejected) as info:
        run_with_watchdog(lambda: load_pack(pack))
    assert info.value.code == "Z04"


def test_oversized_part_is_refused_before_reading(tmp_path):
    pack = copy_pack(tmp_path)
    with open(pack / "parts/eyes/dots.svg", "r+b") as handle:
        handle.truncate(64 * 1024 * 1024)  # sparse: 64 MB without writing them
    with pytest.raises(ArchiveRejected) as info:
        load_pack(pack)
    assert info.value.code == "Z08"


# --- validate and import agree ----------------------------------------------------------------------


def _hostile_variants() -> dict[str, callable]:
    def edit(rel, old, new):
        def apply(pack: Path):
            path = pack / rel
            text = path.read_text()
            assert old in text, (rel, old)
            path.write_text(text.replace(old, new, 1))

        return apply

    def write(rel, data: bytes):
        def apply(pack: Path):
            (pack / rel).parent.mkdir(parents=True, exist_ok=True)
            (pack / rel).write_bytes(data)

        return apply

    return {
        "good": lambda pack: None,
        "bidi-in-name": edit("pack.toml", 'name = "Mini test pack"', 'name = "Mini \u202etxt.exe"'),
        "newline-in-label": edit("pack.toml", 'label = "Wink"', 'label = "Wi\\nnk"'),
        "control-in-key": edit("pack.toml", "[slots.skin]", '[slots."sk\\u0007in"]'),
        "dotted-key": write("pack.toml", b"id = 'mini'\n" + b"a" + b".a" * 40 + b" = 1\n"),
        "too-many-keys": write("pack.toml", b"".join(b"k%d = 1\n" % i for i in range(6000))[:60000]),
        "deep-array": write("pack.toml", b"x = " + b"[" * 40 + b"]" * 40 + b"\n"),
        "huge-manifest": write("pack.toml", b"# " + b"x" * 70_000 + b"\n"),
        "not-utf8": write("parts/eyes/layer.toml", b"label = '\xff\xfe'\n"),
        "bad-toml": write("parts/eyes/layer.toml", b"[[parts]\n"),
        "unknown-key": edit("pack.toml", 'version = "0.1.0"', 'version = "0.1.0"\nsecret = 1'),
        "png-file": write("parts/eyes/preview.png", b"\x89PNG\r\n\x1a\n"),
        "nested-zip": write("parts/eyes/more.txt", b"PK\x03\x04rest"),
        "hostile-svg": write("parts/eyes/dots.svg", b'<!DOCTYPE s [<!ENTITY a "b">]><svg/>'),
        "svg-reduced-to-nothing": write(
            "parts/eyes/dots.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>x</script></svg>'
        ),
        "bad-name": write("parts/eyes/d\u00f6ts.svg", b"<svg/>"),
        "too-many-slots": edit(
            "pack.toml",
            "[palettes.skin]",
            "".join(f'[slots.s{i}]\npalette = "eyes"\ndefault = "#000000"\n' for i in range(250))
            + "[palettes.skin]",
        ),
    }


@pytest.mark.parametrize("variant", sorted(_hostile_variants()))
def test_validate_and_import_give_the_same_verdict(tmp_path, variant):
    pack = copy_pack(tmp_path)
    _hostile_variants()[variant](pack)
    try:
        load_pack(pack)
        loaded = None
    except PackError as exc:
        loaded = exc
    store = tmp_path / "store"
    try:
        import_pack(pack, store)
        imported = None
    except PackError as exc:
        imported = exc
    assert (loaded is None) == (imported is None), (variant, loaded, imported)
    if loaded is not None:
        assert type(loaded) is type(imported)
        assert loaded.problem == imported.problem  # word for word, the same rule fired
        assert not store.exists() or list(store.iterdir()) == []
    # literal bidi controls in display text are removed (and reported), as import always did
    assert (variant in ("good", "bidi-in-name")) == (loaded is None), (variant, loaded)


def test_error_list_is_capped_with_a_count(tmp_path):
    pack = copy_pack(tmp_path)
    layer = pack / "parts/eyes/layer.toml"
    layer.write_text(layer.read_text() + "".join(f'[[parts]]\nid = "missing{i}"\n' for i in range(60)))
    with pytest.raises(PackError) as info:
        load_pack(pack)
    lines = str(info.value).splitlines()
    assert len(lines) == 20
    assert lines[-1] == "... and 41 more problems"


# --- manifests in milliseconds ---------------------------------------------------------------------


def test_dotted_key_manifest_is_refused_before_parsing(tmp_path, capsys):
    pack = copy_pack(tmp_path)
    hostile = "a" + ".a" * 30_000 + " = 1\n"  # 60 KB: tomllib alone needs minutes and gigabytes
    assert 59_000 < len(hostile) < 64 * 1024
    (pack / "pack.toml").write_text(hostile)
    with pytest.raises(ArchiveRejected) as info:
        load_pack(pack)
    assert f"a dotted key has more than {MAX_KEY_PARTS} parts" in str(info.value)
    assert main(["validate", str(pack)]) == 2
    assert "dotted key" in capsys.readouterr().err


@pytest.mark.parametrize(
    "text, keys, longest, deepest",
    [
        ('a = 1\nb.c = "x.y.z"\n', 2, 2, 0),
        ("[t.u.v]\nw = 1.5e3\n", 2, 3, 0),
        ('[[p]]\nid = "a"\n[[p]]\nid = "b"\n', 4, 1, 0),
        ("a = { b.c = 1, d = [1, [2, {e.f.g = 3}]] }\n", 4, 3, 4),
        ("\"quoted.key\" = 1\n'lit.key' = 2\n", 2, 1, 0),
        ('s = """multi\n.line = "not a key"\n"""\nt = 1\n', 2, 1, 0),
        ("s = 'its' # a.b.c = 1\n", 1, 1, 0),
        ('x = "esc \\" a.b.c = "\n', 1, 1, 0),
        ("a = {}\nb = 1\n", 2, 1, 1),
    ],
)
def test_scanner_counts_keys_not_strings(text, keys, longest, deepest):
    import tomllib

    tomllib.loads(text)  # every case is valid TOML
    assert scan_toml(text) == (keys, longest, deepest)


def test_key_count_is_bounded():
    text = "".join(f"[t{i}]\n" for i in range(MAX_MANIFEST_KEYS + 1))
    with pytest.raises(ArchiveRejected, match="keys"):
        parse_toml(text, "m.toml")


def test_builtin_and_mini_manifests_parse_unchanged():
    import tomllib

    for path in list(MINI_PACK.rglob("*.toml")) + list((MINI_PACK.parents[2] / "assets").rglob("*.toml")):
        text = path.read_text("utf-8")
        assert parse_toml(text, path.name) == tomllib.loads(text)
