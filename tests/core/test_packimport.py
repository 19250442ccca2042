"""Pack import against the archive cases Z01-Z14 (docs/security.md 5.4), atomicity, and hypothesis P7.

Every archive is built here, in tmp_path (a raw zip writer below makes the malformed ones).
"""

from __future__ import annotations

import io
import os
import socket
import stat
import struct
import sys
import time
import unicodedata
import warnings
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from avatarstudio.core.errors import PackError, SvgRejected
from avatarstudio.core.packimport import (
    MAX_ENTRIES,
    ArchiveRejected,
    ImportReport,
    import_pack,
    remove_stale_imports,
    validate_name,
)

SVG = "http://www.w3.org/2000/svg"
PACK_TOML = """id = "tiny"
name = "Tiny"
version = "1.0.0"
licence = "CC0-1.0"
credit = "tests"
canvas = 1024
layers = ["bg"]
[slots.bg]
palette = "bg"
default = "#cfe3f2"
[palettes.bg]
sky = "#cfe3f2"
"""
LAYER_HEAD = 'label = "Background"\nregion = [0, 0, 1024, 1024]\n'


def part_svg(colour: str = "#cfe3f2", extra: str = "") -> bytes:
    return (
        f'<svg xmlns="{SVG}" viewBox="0 0 1024 1024"><rect width="1024" height="1024" fill="{colour}" '
        f'data-slot="bg"/>{extra}</svg>'
    ).encode()


def pack_files(parts: int = 1, extra: str = "", pack_toml: str = PACK_TOML) -> dict[str, bytes]:
    layer = LAYER_HEAD + "".join(f'[[parts]]\nid = "p{i}"\nlabel = "Part {i}"\n' for i in range(parts))
    files = {"pack.toml": pack_toml.encode(), "parts/bg/layer.toml": layer.encode()}
    for i in range(parts):
        files[f"parts/bg/p{i}.svg"] = part_svg(extra=extra)
    return files


def make_zip(files: dict[str, bytes] | list[tuple[str, bytes]], *, method=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    items = files.items() if isinstance(files, dict) else files
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buf, "w", method) as zf:
            for name, data in items:
                if isinstance(name, zipfile.ZipInfo):
                    zf.writestr(name, data)
                else:
                    zf.writestr(name, data)
    return buf.getvalue()


def raw_zip(
    entries: list[dict], *, prefix: bytes = b"", eocd_count: int | None = None, shared_offset: bool = False
) -> bytes:
    """A hand-made zip: each entry dict has name (bytes), data (raw stored/compressed bytes) and may set
    method, flags, crc, csize, usize, attr, system. Lets tests forge what zipfile refuses to write."""
    out = bytearray(prefix)
    central = bytearray()
    first_offset = None
    for e in entries:
        name = e["name"]
        data = e["data"]
        method = e.get("method", 0)
        flags = e.get("flags", 0)
        crc = e.get("crc", zlib.crc32(data) if method == 0 else 0)
        csize = e.get("csize", len(data))
        usize = e.get("usize", len(data))
        offset = len(out)
        if first_offset is None:
            first_offset = offset
        if shared_offset:
            offset = first_offset
            if e is not entries[0]:
                pass
        if not shared_offset or e is entries[0]:
            out += (
                struct.pack(
                    "<4sHHHHHIIIHH", b"PK\x03\x04", 20, flags, method, 0, 0, crc, csize, usize, len(name), 0
                )
                + name
                + data
            )
        central += (
            struct.pack(
                "<4sHHHHHHIIIHHHHHII",
                b"PK\x01\x02",
                (e.get("system", 3) << 8) | 20,
                20,
                flags,
                method,
                0,
                0,
                crc,
                csize,
                usize,
                len(name),
                0,
                0,
                0,
                0,
                e.get("attr", (stat.S_IFREG | 0o644) << 16),
                offset,
            )
            + name
        )
    cd_offset = len(out)
    out += central
    count = len(entries) if eocd_count is None else eocd_count
    out += struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count, count, len(central), cd_offset, 0)
    return bytes(out)


@pytest.fixture
def store(tmp_path):
    folder = tmp_path / "store"
    folder.mkdir()
    return folder


def write_zip(tmp_path: Path, data: bytes, name: str = "pack.zip") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def outside_snapshot(tmp_path: Path, store: Path) -> set[str]:
    return {str(p) for p in tmp_path.rglob("*") if store not in p.parents and p != store}


def assert_refused(tmp_path: Path, store: Path, data: bytes, code: str | None, words: str = "") -> PackError:
    source = write_zip(tmp_path, data)
    before = outside_snapshot(tmp_path, store)
    with pytest.raises(PackError) as info:
        import_pack(source, store)
    if code is not None:
        assert isinstance(info.value, ArchiveRejected), info.value
        assert info.value.code == code, str(info.value)
    assert words.lower() in str(info.value).lower(), str(info.value)
    assert list(store.iterdir()) == [], "nothing may be left in the store"
    assert outside_snapshot(tmp_path, store) == before, "nothing may be written outside the store"
    return info.value


# --- the good path ---------------------------------------------------------------------------------


def test_folder_and_zip_import(tmp_path, store):
    files = pack_files(3, extra="<script>alert(1)</script>")
    folder = tmp_path / "src"
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    report = import_pack(folder, store)
    assert isinstance(report, ImportReport)
    assert report.pack_id == "tiny" and report.destination == store / "tiny"
    assert report.removed == tuple((f"parts/bg/p{i}.svg", ("element <script>",)) for i in range(3))
    assert any("removed element <script>" in line for line in report.lines())
    stored = (store / "tiny" / "parts/bg/p0.svg").read_text()
    assert "script" not in stored and 'viewBox="0 0 1024 1024"' in stored
    assert sorted(p.name for p in store.iterdir()) == ["tiny"]

    with pytest.raises(PackError, match="already installed"):
        import_pack(write_zip(tmp_path, make_zip(files)), store)
    report = import_pack(write_zip(tmp_path, make_zip(files)), store, replace=True)
    assert report.replaced
    assert sorted(p.name for p in store.iterdir()) == ["tiny"]


def test_wrapper_folder_and_junk_are_handled(tmp_path, store):
    files = {f"tiny-1.0/{k}": v for k, v in pack_files().items()}
    files["__MACOSX/tiny-1.0/._pack.toml"] = b"\x00\x05\x16\x07junk"
    files["tiny-1.0/.DS_Store"] = b"\x00\x00\x00\x01Bud1"
    report = import_pack(write_zip(tmp_path, make_zip(files)), store)
    assert report.files == ("pack.toml", "parts/bg/layer.toml", "parts/bg/p0.svg")
    assert ".DS_Store" in report.ignored
    assert not (store / "tiny" / ".DS_Store").exists()


def test_loader_errors_leave_nothing(tmp_path, store):
    files = pack_files()
    files["parts/bg/layer.toml"] += b'[[parts]]\nid = "missing"\n'
    err = assert_refused(tmp_path, store, make_zip(files), None, "missing")
    assert str(store) not in str(err)  # the temp folder is never shown to the user


def test_bad_svg_anywhere_leaves_nothing(tmp_path, store):
    files = pack_files(5)
    files["parts/bg/p4.svg"] = b'<!DOCTYPE svg [<!ENTITY a "b">]><svg xmlns="http://www.w3.org/2000/svg"/>'
    err = assert_refused(tmp_path, store, make_zip(files), None, "p4.svg")
    assert isinstance(err, SvgRejected)


def test_killed_import_leftovers_are_cleaned(store):
    (store / ".import-abc").mkdir()
    (store / ".import-abc" / "x").write_text("x")
    old = store / ".replaced-xyz"
    old.mkdir()
    (old / "pack.toml").write_text('id = "tiny"\n')
    assert remove_stale_imports(store) == 2
    assert sorted(p.name for p in store.iterdir()) == ["tiny"]  # the old copy is put back


# --- Z01-Z07: names and entry kinds -----------------------------------------------------------------


@pytest.mark.parametrize(
    "name, code",
    [
        ("../../.bashrc", "Z01"),
        ("parts/../../x.svg", "Z01"),
        ("parts/./x.svg", "Z01"),
        ("/etc/x", "Z02"),
        ("C:\\x", "Z03"),
        ("C:/x", "Z02"),
        ("C:x", "Z02"),
        ("\\\\host\\share\\x", "Z03"),
        ("//host/x", "Z02"),
        ("parts//x.svg", "Z02"),
        ("parts\\..\\..\\x.svg", "Z03"),
        ("CON.svg", "Z06"),
        ("parts/aux", "Z06"),
        ("nul.png", "Z06"),
        ("Com1.toml", "Z06"),
        ("lpt9", "Z06"),
        ("parts/x.svg.", "Z06"),
        ("parts/x.svg ", "Z06"),
        ("a.svg:stream", "Z06"),
        ("parts/\x01x.svg", "Z06"),
        ("parts/x\n.svg", "Z06"),
        ("a" * 256, "Z06"),
        ("/".join(["d"] * 9) + "/x.svg", "Z06"),
        ("parts/caf\u00e9.svg", "Z06"),
        ("parts/x<y>.svg", "Z06"),
        ("parts/x\u202egvs.txt", "Z14"),
    ],
)
def test_z01_z03_z06_z14_hostile_names(tmp_path, store, name, code):
    files = list(pack_files().items()) + [(name, b"x")]
    assert_refused(tmp_path, store, make_zip(files), code)
    with pytest.raises(ArchiveRejected):
        validate_name(name)


def test_z06_nul_in_name(tmp_path, store):
    data = make_zip(list(pack_files().items()) + [("parts/xAy.svg", b"x")])
    data = data.replace(b"parts/xAy.svg", b"parts/x\x00y.svg")
    assert_refused(tmp_path, store, data, "Z06")


@pytest.mark.parametrize("mode", [stat.S_IFLNK | 0o777, stat.S_IFCHR | 0o644, stat.S_IFIFO | 0o644])
def test_z04_links_and_devices(tmp_path, store, mode):
    info = zipfile.ZipInfo("parts/bg/p0.svg")
    info.create_system = 3
    info.external_attr = mode << 16
    files = [(k, v) for k, v in pack_files().items() if k != "parts/bg/p0.svg"] + [(info, b"/etc/passwd")]
    assert_refused(tmp_path, store, make_zip(files), "Z04")


def test_z04_folder_with_symlink(tmp_path, store):
    folder = tmp_path / "src"
    for name, data in pack_files().items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    secret = tmp_path / "secret.svg"
    secret.write_bytes(part_svg("#13579b"))
    os.symlink(secret, folder / "parts/bg/p1.svg")
    with pytest.raises(ArchiveRejected) as info:
        import_pack(folder, store)
    assert info.value.code == "Z04"
    assert list(store.iterdir()) == []


@pytest.mark.parametrize(
    "a, b",
    [
        ("parts/bg/p0.svg", "parts/bg/p0.svg"),
        ("parts/bg/p0.svg", "parts/bg/P0.SVG"),
        ("pack.toml", "PACK.toml"),
        (
            unicodedata.normalize("NFC", "parts/bg/\u00e9.svg"),
            unicodedata.normalize("NFD", "parts/bg/\u00e9.svg"),
        ),
    ],
)
def test_z05_duplicates(tmp_path, store, a, b):
    files = list(pack_files().items()) + [(a, part_svg()), (b, part_svg())]
    assert_refused(tmp_path, store, make_zip(files), "Z05")


def test_z05_file_and_folder_clash(tmp_path, store):
    files = list(pack_files().items()) + [("parts", b"x")]
    assert_refused(tmp_path, store, make_zip(files), "Z05")


def test_z07_nested_archives(tmp_path, store):
    inner = make_zip(pack_files())
    assert_refused(
        tmp_path, store, make_zip(list(pack_files().items()) + [("parts/bg/more.zip", inner)]), "Z07"
    )
    assert_refused(
        tmp_path, store, make_zip(list(pack_files().items()) + [("parts/bg/p9.svg", inner)]), "Z07"
    )
    import gzip

    assert_refused(
        tmp_path, store, make_zip(list(pack_files().items()) + [("notes.txt", gzip.compress(b"x"))]), "Z07"
    )


def test_other_file_types_refused(tmp_path, store):
    assert_refused(
        tmp_path,
        store,
        make_zip(list(pack_files().items()) + [("parts/bg/run.py", b"print(1)")]),
        None,
        "not allowed",
    )


# --- Z08-Z12: bombs and archive structure ------------------------------------------------------------


def _zero_bomb(gib: float = 1.0) -> bytes:
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = comp.compress(b"\0" * (1 << 20)) + comp.flush(zlib.Z_FULL_FLUSH)
    return block * int(1024 * gib) + comp.flush()


def test_z08_one_gib_of_zeros_rejected_fast(tmp_path, store):
    bomb = _zero_bomb()
    entries = [{"name": k.encode(), "data": v} for k, v in pack_files().items()]
    # honest sizes: refused from the directory, before any inflating
    honest = raw_zip(entries + [{"name": b"parts/bg/big.svg", "data": bomb, "method": 8, "usize": 1 << 30}])
    assert_refused(tmp_path, store, honest, "Z08", "limit")
    # lying sizes (Z10): the directory claims 8 MB, the stream inflates to 1 GiB; the counted read stops
    # at the declared size and the entry is refused (its CRC cannot match)
    lying = raw_zip(
        entries + [{"name": b"parts/bg/big.svg", "data": bomb, "method": 8, "usize": 8 * 1024 * 1024}]
    )
    start = time.perf_counter()
    assert_refused(tmp_path, store, lying, None, "big.svg")
    elapsed = time.perf_counter() - start
    print(f"\n1 GiB zero bomb (lying sizes) refused in {elapsed * 1000:.0f} ms")


def test_z10_lying_small_size(tmp_path, store):
    bomb = _zero_bomb(0.01)
    entries = [{"name": k.encode(), "data": v} for k, v in pack_files().items()]
    lying = raw_zip(entries + [{"name": b"notes.txt", "data": bomb, "method": 8, "usize": 1024}])
    err = assert_refused(tmp_path, store, lying, None)
    assert getattr(err, "code", "") in ("Z10", "")  # stopped at the declared size; the CRC then fails


def test_z08_total_and_ratio_budget(tmp_path, store):
    big = b"<!-- " + b"a" * (2 * 1024 * 1024) + b" -->"
    files = list(pack_files().items()) + [("notes.txt", big)]
    assert_refused(tmp_path, store, make_zip(files), "Z08", "ratio")


def test_z09_overlapping_entries(tmp_path, store):
    data = part_svg()
    entries = [{"name": b"parts/bg/a.svg", "data": data}, {"name": b"parts/bg/b.svg", "data": data}]
    assert_refused(tmp_path, store, raw_zip(entries, shared_offset=True), "Z09")


def test_z09_local_header_disagrees(tmp_path, store):
    data = make_zip(pack_files())
    # rename the local header only
    idx = data.index(b"parts/bg/p0.svg")
    forged = data[:idx] + b"parts/bg/pX.svg" + data[idx + len(b"parts/bg/p0.svg") :]
    assert_refused(tmp_path, store, forged, "Z09")


def test_z11_too_many_entries(tmp_path, store):
    files = list(pack_files().items()) + [(f"notes/n{i}.txt", b"x") for i in range(MAX_ENTRIES)]
    assert_refused(tmp_path, store, make_zip(files, method=zipfile.ZIP_STORED), "Z11")
    entries = [{"name": b"pack.toml", "data": PACK_TOML.encode()}]
    assert_refused(tmp_path, store, raw_zip(entries, eocd_count=0xFFFF), "Z11")


@pytest.mark.parametrize(
    "entry",
    [
        {"flags": 0x1},  # traditional encryption
        {"flags": 0x41},  # strong encryption
        {"method": 14},  # LZMA
        {"method": 12},  # BZIP2
        {"method": 99},  # AES
    ],
)
def test_z12_encryption_and_methods(tmp_path, store, entry):
    entries = [{"name": k.encode(), "data": v} for k, v in pack_files().items()]
    entries[-1].update(entry)
    assert_refused(tmp_path, store, raw_zip(entries), "Z12")


def test_z12_polyglot_and_garbage(tmp_path, store):
    good = make_zip(pack_files())
    assert_refused(tmp_path, store, b"GIF89a" + b"\0" * 100 + good, "Z12")
    assert_refused(tmp_path, store, b"not a zip", "Z12")
    assert_refused(tmp_path, store, good[:-10], None)
    assert_refused(tmp_path, store, b"PK\x05\x06" + b"\0" * 18, None, "empty")


# --- Z13-Z14: manifests ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "toml, words",
    ids=["deep", "long", "dupkey", "types", "badid", "utf8"],
    argvalues=[
        ("x = " + "[" * 30_000 + "]" * 30_000, "deeper"),
        ('x = "' + "a" * 70_000 + '"', "limit"),
        (PACK_TOML + 'name = "again"\n', "toml"),
        (PACK_TOML.replace("canvas = 1024", 'canvas = "big"'), "canvas"),
        (PACK_TOML.replace('id = "tiny"', 'id = "../evil"'), "id"),
        ("\xff", "toml"),
    ],
)
def test_z13_manifests(tmp_path, store, toml, words):
    files = pack_files()
    files["pack.toml"] = toml.encode("utf-8", "surrogateescape") if toml != "\xff" else b"\xff\xfe"
    err = assert_refused(tmp_path, store, make_zip(files), None)
    text = str(err).lower()
    assert words.lower() in text or "utf-8" in text or "ratio" in text, str(err)
    assert "Traceback" not in str(err)


@pytest.mark.parametrize(
    "value",
    ids=["rlo", "newline", "long", "bell"],
    argvalues=['"Evil\\u202egnp.exe"', '"line\\nbreak"', '"' + "x" * 10_000 + '"', '"bell\\u0007"'],
)
def test_z14_display_names_refused(tmp_path, store, value):
    files = pack_files(pack_toml=PACK_TOML.replace('name = "Tiny"', f"name = {value}"))
    assert_refused(tmp_path, store, make_zip(files), "Z14")


def test_z14_literal_bidi_stripped_and_reported(tmp_path, store):
    files = pack_files(pack_toml=PACK_TOML.replace('name = "Tiny"', 'name = "Ti\u202eny"'))
    report = import_pack(write_zip(tmp_path, make_zip(files)), store)
    assert report.name == "Tiny"
    assert ("pack.toml", ("1 bidi control character",)) in report.removed
    assert "\u202e" not in (store / "tiny" / "pack.toml").read_text()


# --- file access and sockets ----------------------------------------------------------------------------

_SEEN: dict[str, list] = {"open": [], "socket": []}
_ON = [False]


def _audit(event, args):
    if _ON[0]:
        if event == "open":
            _SEEN["open"].append(str(args[0]))
        elif event.startswith("socket."):
            _SEEN["socket"].append(event)


sys.addaudithook(_audit)


def test_import_opens_nothing_outside_and_no_sockets(tmp_path, store, monkeypatch):
    canary = tmp_path / "cnry_files"
    canary.mkdir()
    from PIL import Image

    Image.new("RGB", (4, 4), (0x13, 0x57, 0x9B)).save(canary / "secret.png")
    (canary / "evil.css").write_text("rect{fill:#13579b}")
    hostile = (
        f'<image xlink:href="{canary}/secret.png" xmlns:xlink="http://www.w3.org/1999/xlink"/>'
        f'<image href="../../cnry_files/secret.png"/><rect fill="url({canary.as_uri()}/x#a)"/>'
    )
    files = pack_files(3, extra=hostile)
    files["parts/bg/p1.svg"] = (
        f'<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "{canary.as_uri()}/svg11.dtd">'
    ).encode() + part_svg()
    source = write_zip(tmp_path, make_zip(files))

    def no_socket(*a, **k):
        raise AssertionError("socket during import")

    monkeypatch.setattr(socket, "socket", no_socket)
    _SEEN["open"].clear()
    _SEEN["socket"].clear()
    import avatarstudio.core.pack  # noqa: F401  (module loading is not what is being watched)

    _ON[0] = True
    try:
        report = import_pack(source, store)
    finally:
        _ON[0] = False
    assert report.removed
    opened = [p for p in _SEEN["open"] if not p.endswith((".py", ".pyc"))]
    assert not [p for p in opened if "cnry_files" in p]
    assert all(
        p == str(source) or p.startswith(str(store)) or isinstance(p, int) or p.isdigit() for p in opened
    ), opened
    assert _SEEN["socket"] == []
    for svg in (store / "tiny").rglob("*.svg"):
        text = svg.read_text()
        assert "cnry" not in text and "13579b" not in text.lower()


# --- figures --------------------------------------------------------------------------------------------


def test_two_hundred_part_zip_imports_quickly(tmp_path, store):
    body = "".join(
        f'<path d="M{i} {i} C 10 20 30 40 50 60 Z" fill="#a05a3c" data-slot="bg"/>' for i in range(60)
    )
    files = pack_files(200, extra=body)
    source = write_zip(tmp_path, make_zip(files))
    start = time.perf_counter()
    report = import_pack(source, store)
    elapsed = time.perf_counter() - start
    assert len(report.files) == 202
    print(f"\n200-part zip ({source.stat().st_size} bytes) imported in {elapsed * 1000:.0f} ms")


# --- P7: hostile generated archives ----------------------------------------------------------------------

_NAME_PIECES = [
    "..",
    ".",
    "",
    "parts",
    "bg",
    "p0.svg",
    "CON",
    "nul.png",
    "a:b",
    "x\\y",
    "C:",
    "/",
    "//",
    "\u202e",
    "\x00",
    "\n",
    " ",
    "x.",
    "caf\u00e9",
    "CAFE\u0301",
    "pack.toml",
    "PACK.TOML",
    "a" * 300,
    "__MACOSX",
    ".DS_Store",
    ".hidden",
    "x.zip",
    "y.svg",
    "notes.txt",
]


@st.composite
def hostile_names(draw) -> str:
    parts = draw(st.lists(st.sampled_from(_NAME_PIECES) | st.text(max_size=6), min_size=1, max_size=5))
    return "/".join(parts)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(names=st.lists(hostile_names(), max_size=6), symlink=st.booleans(), method=st.sampled_from([0, 8]))
def test_p7_hostile_zip_names(tmp_path, names, symlink, method):
    case = tmp_path / f"case{len(list(tmp_path.iterdir()))}"
    case.mkdir()
    store = case / "store"
    store.mkdir()
    items: list = list(pack_files().items())
    for i, name in enumerate(names):
        info = zipfile.ZipInfo(name)
        info.compress_type = method
        if symlink and i == 0:
            info.create_system = 3
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
        items.append((info, part_svg()))
    try:
        data = make_zip(items)
    except (ValueError, UnicodeError, struct.error):
        return
    source = case / "p.zip"
    source.write_bytes(data)
    try:
        report = import_pack(source, store)
    except PackError as exc:
        assert str(exc)
        assert [p.name for p in store.iterdir()] == []
    else:
        root = (store / "tiny").resolve()
        for path in report.files:
            validate_name(path)
            target = (root / path).resolve()
            assert root in target.parents
            assert target.is_file() and not target.is_symlink()
    assert sorted(p.name for p in case.iterdir()) == ["p.zip", "store"]
