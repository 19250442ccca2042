"""Issue 6: every export format and preset, rendered from a pack whose source files are full of metadata,
carries zero metadata, and runs under different HOME, USER, TZ and locale give identical bytes.

docs/security.md E01-E05 and the metadata oracle of section 6.2:

* the "dirty" pack is the mini pack with what real editors leave in files: Inkscape/Sodipodi attributes,
  an RDF <metadata> block naming the author, <title>/<desc>, comments, an XML declaration, a DOCTYPE,
  and the author in pack.toml's credit. It goes in through both doors: ``avatarstudio import-pack`` (the
  CLI runs below) and ``load_pack`` directly (the in-process exports);
* every image (also inside kit zips) passes ``assert_clean`` (pHYs only for LINE sticker/emoji PNGs, which
  need 72 dpi) and exiftool reports nothing beyond structure (EXIFTOOL_STRUCTURAL);
* canaries (author, fake HOME and USER, the output path, the tmp path, the host name) appear nowhere:
  not in raw bytes, not in UTF-16, not inside any zlib stream (PNG IDAT concatenated and inflated, any
  other zlib stream found in a file), not in SVG or text files, not in saved designs;
* the same CLI commands in fresh interpreters under two different environments (HOME, USER, LOGNAME,
  TZ, LANG, LC_ALL, SOURCE_DATE_EPOCH, temp and data folders) write byte-identical files;
* the metadata changes nothing: a dirty pack renders exactly the bytes the clean mini pack renders.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import socket
import subprocess
import zipfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from support import EXIFTOOL_STRUCTURAL, MINI_PACK, run_cli

from avatarstudio.core import design as design_io
from avatarstudio.core.compose import View
from avatarstudio.core.generate import generate
from avatarstudio.core.pack import load_pack
from avatarstudio.core.presets import load_all
from avatarstudio.export.avatar import EXTENSIONS, export_svg, export_target
from avatarstudio.export.inspect import PNG_SIGNATURE, assert_clean, detect

pytestmark = pytest.mark.slow  # dirty pack -> every CLI command in fresh processes, several environments

AUTHOR = "cnrya8Zq"
PATH_MARK = "cnryp8Zq"
ENV_A = {"home": "cnry_h8Zq", "user": "cnryu8Zq"}
ENV_B = {"home": "cnry_hB7q", "user": "cnryuB7q"}
CANARIES = [AUTHOR, PATH_MARK, ENV_A["home"], ENV_A["user"], ENV_B["home"], ENV_B["user"], "Real Author"]
_HOST = socket.gethostname()
if len(_HOST) >= 6:  # short host names could match by chance inside pixel data
    CANARIES.append(_HOST)
IMAGE_EXT = (".png", ".jpg", ".jpeg", ".webp")
KIT_PLATFORMS_DETERMINISM = "line,x,discord,whatsapp"


def _targets(kinds=("avatar", "banner", "card")):
    return [t for p in load_all().values() for t in p.targets.values() if t.kind in kinds]


# --- the dirty pack ---------------------------------------------------------------------------------

NS = (
    'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
    'xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" '
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cc="http://creativecommons.org/ns#" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
PROLOGUE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
    f"<!-- Created with Inkscape (http://www.inkscape.org/) by {AUTHOR} Real Author -->\n"
    '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
)
HEAD_EXTRA = (
    f"<title>{AUTHOR} part</title><desc>Drawn by {AUTHOR} Real Author in /home/{ENV_A['user']}</desc>"
    '<metadata><rdf:RDF><cc:Work rdf:about=""><dc:format>image/svg+xml</dc:format>'
    f"<dc:creator><cc:Agent><dc:title>{AUTHOR} Real Author</dc:title></cc:Agent></dc:creator>"
    f"<dc:date>2024-05-06T07:08:09+09:00</dc:date><dc:rights><cc:Agent><dc:title>{AUTHOR}</dc:title></cc:Agent>"
    "</dc:rights></cc:Work></rdf:RDF></metadata>"
    f'<sodipodi:namedview id="namedview1" pagecolor="#ffffff" inkscape:current-layer="{AUTHOR}" '
    f'inkscape:window-width="1920" inkscape:document-units="px"/><!-- {AUTHOR} was here -->'
)


def _dirty_svg(text: str, name: str) -> str:
    root = re.match(r"<svg\b([^>]*)>", text)
    assert root, name
    head = (
        f'<svg{root.group(1)} {NS} version="1.1" width="1024" height="1024" '
        f'sodipodi:docname="{name}" inkscape:version="1.3.2 ({AUTHOR})" '
        f'inkscape:export-filename="/home/{ENV_A["user"]}/{AUTHOR}/{name}.png" '
        f'inkscape:export-xdpi="96" xml:space="preserve">'
    )
    body = text[root.end() :]
    # every element: editor attributes and a style holding only properties the sanitizer drops
    body = re.sub(
        r"<(?![/!?])([A-Za-z]+)\b",
        lambda m: (
            f'<!-- {AUTHOR} --><{m.group(1)} inkscape:label="{AUTHOR} {m.group(1)}" '
            f'sodipodi:nodetypes="cc" style="-inkscape-stroke:none;font-family:{AUTHOR}"'
        ),
        body,
    )
    return PROLOGUE + head + HEAD_EXTRA + body + f"\n<!-- saved by {ENV_A['user']} -->\n"


def make_dirty_pack(dest: Path) -> Path:
    shutil.copytree(MINI_PACK, dest)
    for svg in dest.rglob("*.svg"):
        svg.write_text(_dirty_svg(svg.read_text("utf-8"), svg.stem), "utf-8")
    for toml in dest.rglob("*.toml"):
        toml.write_text(
            f"# author: {AUTHOR} Real Author <{AUTHOR}@example.com>, /home/{ENV_A['user']}\n"
            + toml.read_text("utf-8"),
            "utf-8",
        )
    manifest = dest / "pack.toml"
    text = manifest.read_text("utf-8")
    assert 'credit = "avatarstudio tests"' in text
    manifest.write_text(text.replace('credit = "avatarstudio tests"', f'credit = "{AUTHOR}"'), "utf-8")
    (dest / "README.md").write_text(f"Made by {AUTHOR} Real Author.\n", "utf-8")
    return dest


@pytest.fixture(scope="module")
def dirty_dir(tmp_path_factory) -> Path:
    return make_dirty_pack(tmp_path_factory.mktemp("src") / f"{PATH_MARK}-dirty-pack")


# --- scanning ---------------------------------------------------------------------------------------


def _png_streams(data: bytes) -> list[bytes]:
    """Every inflated ancillary chunk (zTXt, iTXt, iCCP...); the IDAT stream must inflate too, but it is pixels
    (megabytes per banner), so it is not searched."""
    out, idat = [], []
    pos = len(PNG_SIGNATURE)
    while pos + 8 <= len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IDAT":
            idat.append(body)
        elif kind in (b"zTXt", b"iCCP", b"iTXt", b"zxIf"):
            start = body.find(b"\0") + 1
            for skip in (start, start + 1, start + 3, start + 4):  # method byte / iTXt flags
                try:
                    out.append(zlib.decompress(body[skip:]))
                    break
                except zlib.error:
                    pass
        pos += 12 + length
        if kind == b"IEND":
            break
    assert zlib.decompress(b"".join(idat))
    return out


def _zlib_anywhere(data: bytes) -> list[bytes]:
    """Every zlib stream that starts at a usual header anywhere in the file and inflates cleanly."""
    out = []
    for m in re.finditer(rb"\x78[\x01\x5e\x9c\xda]", data):
        inflater = zlib.decompressobj()
        try:
            got = inflater.decompress(data[m.start() :], 64 * 1024 * 1024)
        except zlib.error:
            continue
        if got:
            out.append(got)
    return out


def canary_hits(data: bytes, canaries: list[str]) -> list[str]:
    blobs = [("raw", data)]
    if data.startswith(PNG_SIGNATURE):  # every zlib stream of a PNG sits in a chunk: parse, don't guess
        blobs += [("png-zlib", b) for b in _png_streams(data)]
    else:
        blobs += [("zlib", b) for b in _zlib_anywhere(data)]
    hits = []
    for where, blob in blobs:
        for canary in canaries:
            for enc in ("utf-8", "utf-16-le", "utf-16-be"):
                if canary.encode(enc) in blob:
                    hits.append(f"{canary!r} ({enc}, {where})")
    return hits


def members(path: Path, data: bytes):
    """(name, bytes) of the file itself and, for a zip, of every member (recursively)."""
    yield path.as_posix(), data
    if path.suffix == ".zip":
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for info in zf.infolist():
                yield from members(path / info.filename, zf.read(info))


def _allow_phys(name: str) -> bool:
    return "/line-stickers.zip/" in name or "/line-emoji.zip/" in name


def _all_files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def check_image(name: str, data: bytes) -> None:
    if detect(data) == "png" and _allow_phys(name):
        assert_clean(data, allow_phys=True)
    else:
        assert_clean(data)


def exiftool_extra(files: dict[str, bytes], scratch: Path) -> dict[str, dict]:
    """exiftool -j -a on every image; returns {name: tags beyond structure} for the files that have any."""
    scratch.mkdir(parents=True, exist_ok=True)
    paths = {}
    for i, (name, data) in enumerate(sorted(files.items())):
        path = scratch / f"{i:04d}{Path(name).suffix}"
        path.write_bytes(data)
        paths[str(path)] = name
    proc = subprocess.run(["exiftool", "-j", "-a", *paths], capture_output=True, text=True, timeout=300)
    assert proc.stdout, proc.stderr
    extra = {}
    for record in json.loads(proc.stdout):
        tags = {k: v for k, v in record.items() if k not in EXIFTOOL_STRUCTURAL}
        if tags:
            extra[paths[record["SourceFile"]]] = tags
    return extra


# --- CLI runs under two environments -----------------------------------------------------------------


def _env(base: Path, label: str, names: dict[str, str], tz: str, lang: str, lc_all: str, epoch: str) -> dict:
    home = base / names["home"]
    for sub in ("", ".cache", ".config", ".local/share", "tmp"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    return {
        "HOME": str(home),
        "USER": names["user"],
        "LOGNAME": names["user"],
        "TZ": tz,
        "LANG": lang,
        "LANGUAGE": lang.split(".")[0],
        "LC_ALL": lc_all,
        "SOURCE_DATE_EPOCH": epoch,
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "TMPDIR": str(home / "tmp"),
        "AVATARSTUDIO_DATA_DIR": str(base / f"data-{label}"),
        "AVATARSTUDIO_CONFIG_DIR": str(home / ".config"),
        "QT_QPA_PLATFORM": "offscreen",
    }


def _commands(source: Path, out: Path) -> list[list[str]]:
    presets = [t.name for t in _targets()]
    cmds = [
        ["import-pack", str(source)],
        [
            "render",
            "--pack",
            "mini",
            "--seed",
            "zero-trace",
            *sum((["--preset", p] for p in presets), []),
            "-o",
            str(out / "render"),
        ],
        [
            "render",
            "--pack",
            "mini",
            "--seed",
            "zero-trace",
            "--expression",
            "wink",
            "--preset",
            "x",
            "--preset",
            "line",
            "--preset",
            "discord:banner",
            "-o",
            str(out / "render-wink"),
        ],
        [
            "random",
            "--pack",
            "mini",
            "-n",
            "2",
            "--seed",
            "zero-trace",
            "--preset",
            "x",
            "--preset",
            "line",
            "--preset",
            "mastodon:header",
            "-o",
            str(out / "random"),
            "-q",
        ],
    ]
    for fmt in ("svg", "png", "jpeg", "webp"):
        cmds.append(
            [
                "render",
                "--pack",
                "mini",
                "--seed",
                "zero-trace",
                "--format",
                fmt,
                "--size",
                "256",
                "-o",
                str(out / f"plain-{fmt}"),
            ]
        )
    # seed "zero-trace" itself trips the bluesky banner text guard: see test_bluesky_banner_name_with_overhang
    cmds.append(
        [
            "kit",
            "--pack",
            "mini",
            "--seed",
            "zero-trace-kit",
            "--platform",
            "all",
            "-o",
            str(out / "kit"),
            "-q",
        ]
    )
    cmds.append(
        [
            "kit",
            "--pack",
            "mini",
            "--seed",
            "zero-trace-2",
            "--platform",
            KIT_PLATFORMS_DETERMINISM,
            "--language",
            "ja",
            "-o",
            str(out / "kit-ja"),
            "-q",
        ]
    )
    return cmds


@pytest.fixture(scope="module")
def runs(dirty_dir, tmp_path_factory):
    base = tmp_path_factory.mktemp("zero-trace")
    envs = {
        "A": _env(base, "A", ENV_A, "Pacific/Auckland", "ja_JP.UTF-8", "C.UTF-8", "86400"),
        "B": _env(base, "B", ENV_B, "UTC", "C", "C", "1700000000"),
    }

    def run_all(label: str):
        out = base / f"{PATH_MARK}-out-{label}"
        results = []
        for cmd in _commands(dirty_dir, out):
            proc = run_cli(*cmd, env=envs[label])
            assert proc.returncode == 0, (
                f"{label}: avatarstudio {' '.join(cmd[:2])} failed:\n{proc.stderr[-3000:]}"
            )
            results.append(proc)
        return out, results

    with ThreadPoolExecutor(max_workers=2) as pool:  # A and B side by side: two cores, half the wall time
        done = dict(zip(envs, pool.map(run_all, envs)))
    return {
        "base": base,
        "envs": envs,
        "out": {k: v[0] for k, v in done.items()},
        "procs": {k: v[1] for k, v in done.items()},
        "dirty": dirty_dir,
    }


@pytest.fixture(scope="module")
def outputs(runs) -> dict[str, dict[str, bytes]]:
    return {label: _all_files(out) for label, out in runs["out"].items()}


def test_import_strips_the_metadata_and_says_so(runs):
    report = runs["procs"]["A"][0].stdout
    assert "Imported pack 'mini'" in report
    for what in (
        "metadata",
        "title",
        "desc",
        "sodipodi:namedview",
        "inkscape:label",
        "DOCTYPE",
        "style property",
    ):
        assert what in report, f"the import report does not mention {what!r}:\n{report}"
    stored = Path(runs["envs"]["A"]["AVATARSTUDIO_DATA_DIR"]) / "packs" / "mini"
    for svg in stored.rglob("*.svg"):
        text = svg.read_text("utf-8")
        for trace in (
            AUTHOR,
            ENV_A["user"],
            "inkscape",
            "sodipodi",
            "metadata",
            "<!--",
            "<?xml",
            "DOCTYPE",
            "title",
        ):
            assert trace not in text, f"{svg.name} still holds {trace!r}"
    # the credit is kept for the pack's own display (parts list, about box); exports must never carry it
    assert AUTHOR in (stored / "pack.toml").read_text("utf-8")


def test_every_preset_and_format_was_written(outputs):
    files = outputs["A"]
    for target in _targets():
        name = f"render/seed-zero-trace-{target.platform}-{target.id}.{EXTENSIONS[target.format]}"
        assert name in files, name
    for fmt in ("svg", "png", "jpeg", "webp"):
        assert f"plain-{fmt}/seed-zero-trace.{EXTENSIONS[fmt]}" in files
    assert sum(n.startswith("random/") and n.endswith(".avatar.json") for n in files) == 2
    kits = {n.split("/")[1] for n in files if n.startswith("kit/") and n.count("/") >= 2}
    assert kits == set(load_all())
    assert "kit/persona.avatar.json" in files  # a seeded kit records its design beside the platform folders


def test_no_canary_in_any_output_file(runs, outputs):
    canaries = CANARIES + [str(runs["base"]), str(runs["dirty"])]
    problems = []
    for label, files in outputs.items():
        for rel, data in files.items():
            if label != "A" and outputs["A"].get(rel) == data:
                continue  # the same bytes were scanned for every canary already
            for name, blob in members(Path(rel), data):
                hits = canary_hits(blob, canaries)
                if hits:
                    problems.append(f"{label}:{name}: {', '.join(hits)}")
    assert not problems, "\n".join(problems[:40])


def test_no_canary_on_stdout(runs):
    # printed paths name the output folder on purpose; nothing else may leak (author, HOME, USER)
    for label, procs in runs["procs"].items():
        for proc in procs:
            text = proc.stdout + proc.stderr
            for canary in (AUTHOR, "Real Author", ENV_A["home"], ENV_A["user"], ENV_B["home"], ENV_B["user"]):
                assert canary not in text, (
                    f"{label}: {canary!r} in output of {proc.args[3:5]}:\n{text[-2000:]}"
                )


def test_every_image_passes_the_chunk_allowlist(outputs):
    checked = phys = 0
    for rel, data in outputs["A"].items():
        for name, blob in members(Path(rel), data):
            if name.lower().endswith(IMAGE_EXT):
                check_image(name, blob)
                checked += 1
                if _allow_phys(name):
                    phys += 1
    assert checked >= len(_targets()) + 4
    assert phys > 0  # the LINE sets were really checked with their pHYs allowance


def test_exiftool_sees_only_structure(outputs, tmp_path):
    if shutil.which("exiftool") is None:
        pytest.skip("exiftool not installed (apt-get install -y libimage-exiftool-perl)")
    images = {}
    for rel, data in outputs["A"].items():
        for name, blob in members(Path(rel), data):
            if name.lower().endswith(IMAGE_EXT):
                images[name] = blob
    extra = exiftool_extra(images, tmp_path / "exif")
    assert not extra, json.dumps(dict(list(extra.items())[:10]), indent=1, ensure_ascii=False)


def test_saved_designs_are_clean_and_load(outputs, runs):
    designs = {n: d for n, d in outputs["A"].items() if n.endswith(".avatar.json")}
    # every seeded command records its design: two from random, one per seeded kit and per render run
    assert sum(n.startswith("random/") for n in designs) == 2
    assert {"kit/persona.avatar.json", "kit-ja/persona.avatar.json"} <= set(designs)
    assert {"render/seed-zero-trace.avatar.json", "plain-png/seed-zero-trace.avatar.json"} <= set(designs)
    for name, data in designs.items():
        text = data.decode("utf-8")
        for canary in CANARIES + [str(runs["base"]), "/home/", "/tmp/", "\\Users\\"]:
            assert canary not in text, f"{name} holds {canary!r}"
        d = design_io.loads(data, file=name)
        assert d.pack_id == "mini" and d.seed.startswith("zero-trace")


def test_svg_export_is_plain_svg(outputs):
    text = outputs["A"]["plain-svg/seed-zero-trace.svg"].decode("utf-8")
    for trace in (
        "<!--",
        "<?",
        "<!DOCTYPE",
        "metadata",
        "<title",
        "<desc",
        "inkscape",
        "sodipodi",
        "rdf:",
        "dc:",
    ):
        assert trace not in text, trace


def test_identical_bytes_under_different_home_user_tz_and_locale(outputs):
    a, b = outputs["A"], outputs["B"]
    assert sorted(a) == sorted(b)
    differ = [name for name in a if a[name] != b[name]]
    assert not differ, f"{len(differ)} files differ between the two environments, e.g. {differ[:10]}"
    assert len(a) > 40


def test_kit_zips_are_deterministic_archives(outputs):
    for name in ("kit/line/line-stickers.zip", "kit/line/line-emoji.zip"):
        with zipfile.ZipFile(io.BytesIO(outputs["A"][name])) as zf:
            for info in zf.infolist():
                assert info.date_time == (1980, 1, 1, 0, 0, 0)
                assert info.comment == b"" and info.extra == b""
            assert zf.comment == b""


# --- in process: load_pack on the dirty folder, every target --------------------------------------------


@pytest.fixture(scope="module")
def packs(dirty_dir):
    return load_pack(dirty_dir), load_pack(MINI_PACK)


@pytest.fixture(scope="module")
def renderer():
    from avatarstudio.render import Renderer

    return Renderer()


@pytest.mark.parametrize("target", _targets(), ids=lambda t: t.name)
def test_dirty_pack_exports_match_the_clean_pack(target, packs, renderer):
    dirty, clean = packs
    assert dirty.credit == AUTHOR
    design = generate(dirty, "in-process")
    data = export_target(dirty, design, target, renderer, expression="wink")
    check_image(target.name, data)
    assert not canary_hits(data, CANARIES)
    # sanitized metadata is gone entirely: the clean pack gives the very same bytes
    assert data == export_target(clean, generate(clean, "in-process"), target, renderer, expression="wink")


def test_dirty_pack_svg_export_matches_the_clean_pack(packs):
    dirty, clean = packs
    for size in (64, 1024):
        data = export_svg(dirty, generate(dirty, "in-process"), size=size, view=View(expression="wink"))
        assert not canary_hits(data, CANARIES)
        assert data == export_svg(
            clean, generate(clean, "in-process"), size=size, view=View(expression="wink")
        )


def test_scanner_finds_canaries_where_they_hide():
    """The oracle itself: a canary in a zTXt or iTXt chunk, in UTF-16 or in a zlib stream is found."""
    from PIL import Image, PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", f"{AUTHOR} Real Author", zip=True)
    info.add_itxt("Comment", f"{AUTHOR} again", zip=True)
    buf = io.BytesIO()
    Image.new("RGBA", (4, 4)).save(buf, format="PNG", pnginfo=info)
    assert canary_hits(buf.getvalue(), [AUTHOR])
    assert canary_hits(b"xx" + AUTHOR.encode("utf-16-le") + b"yy", [AUTHOR])
    assert canary_hits(b"junk" + zlib.compress(AUTHOR.encode() * 3) + b"junk", [AUTHOR])
    assert not canary_hits(zlib.compress(b"nothing here"), [AUTHOR])


def test_bluesky_banner_name_with_overhang():
    """A bold 'Y' reaches left of its origin; the banner shifts it right instead of failing the guard."""
    from dataclasses import replace

    from avatarstudio.core.persona import generate_persona
    from avatarstudio.export.banner import render_banner
    from avatarstudio.render import Renderer

    pack = load_pack(MINI_PACK)
    design = generate(pack, "zero-trace")
    design = replace(design, persona=generate_persona(design, pack, language="en"))
    assert design.persona.display_name == "Yui Minase"
    render_banner(pack, design, load_all()["bluesky"].targets["banner"], Renderer())
