"""Designs: a damaged file is never overwritten; a design that does not match its pack is reported
with what was drawn instead, and refused under --strict."""

from __future__ import annotations

import json
import os
import threading
from dataclasses import replace

import pytest
from support import MINI_PACK

from avatarstudio.cli import main
from avatarstudio.core import design as design_io
from avatarstudio.core.designcheck import reconcile
from avatarstudio.core.errors import DesignError
from avatarstudio.core.generate import generate


@pytest.mark.parametrize(
    "damage",
    [b"{ not json", b"", b"\x00\xff" * 10, b'{"format": "avatarstudio-design", "version": 1}', b"[]"],
    ids=["not-json", "empty", "binary", "missing-fields", "list"],
)
def test_random_never_overwrites_a_damaged_design(tmp_path, capsys, damage):
    damaged = tmp_path / "seed-s-1.avatar.json"
    damaged.write_bytes(damage)
    assert (
        main(
            [
                "random",
                "-n",
                "1",
                "--seed",
                "s",
                "--pack",
                str(MINI_PACK),
                "-o",
                str(tmp_path),
                "--size",
                "32",
            ]
        )
        == 0
    )
    assert damaged.read_bytes() == damage  # kept, byte for byte
    beside = tmp_path / "seed-s-1-2.avatar.json"
    assert design_io.load(beside).seed == "s-1"
    err = capsys.readouterr().err
    assert "seed-s-1.avatar.json is not a design this version can read; it was kept" in err
    assert "seed-s-1-2.avatar.json" in err


def test_save_overwrites_a_good_design_and_keeps_counting_beside(tmp_path, mini_pack):
    path = tmp_path / "a.avatar.json"
    first, second = generate(mini_pack, "1"), generate(mini_pack, "2")
    assert design_io.save(first, path) == path
    assert design_io.save(second, path) == path and design_io.load(path).seed == "2"
    path.write_text("damaged")
    (tmp_path / "a-2.avatar.json").write_text("also taken")
    assert design_io.save(first, path) == tmp_path / "a-3.avatar.json"
    assert path.read_text() == "damaged"


def test_fifo_design_is_refused_not_waited_for(tmp_path, capsys):
    os.mkfifo(tmp_path / "d.avatar.json")
    box = {}
    thread = threading.Thread(
        target=lambda: box.setdefault(
            "rc",
            main(
                [
                    "render",
                    str(tmp_path / "d.avatar.json"),
                    "--pack",
                    str(MINI_PACK),
                    "-o",
                    str(tmp_path / "o"),
                ]
            ),
        ),
        daemon=True,
    )
    thread.start()
    thread.join(60)
    assert not thread.is_alive(), "hang on a FIFO"
    assert box["rc"] == 2 and "not a regular file" in capsys.readouterr().err


def test_device_design_is_refused():
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero on this OS")
    with pytest.raises(DesignError, match="not a regular file"):
        design_io.load("/dev/zero")


def _mismatched(mini_pack):
    base = generate(mini_pack, "m")
    return replace(
        base,
        parts={**base.parts, "eyes": "sparkly", "wings": "bat", "hat": "crown"},
        colours={**base.colours, "fur": "#123456"},
        linked=base.linked | {"tail"},
        expression="grin",
    )


def test_reconcile_names_every_substitution(mini_pack):
    drawn, notes = reconcile(mini_pack, _mismatched(mini_pack))
    assert drawn.parts["eyes"] == mini_pack.layer("eyes").parts[0].id
    assert drawn.parts["hat"] is None and "wings" not in drawn.parts
    assert "fur" not in drawn.colours and "tail" not in drawn.linked and drawn.expression == "neutral"
    text = "\n".join(notes)
    for words in (
        f"layer 'eyes' has no part 'sparkly': {mini_pack.layer('eyes').parts[0].id!r} drawn instead",
        "layer 'hat' has no part 'crown': left empty",
        "layer 'wings' is not in the pack: left out",
        "colour slot 'fur' is not in the pack",
        "linked colour slot 'tail'",
        "expression 'grin' is not in the pack: 'neutral' shown",
    ):
        assert words in text, text
    assert reconcile(mini_pack, generate(mini_pack, "ok")) == (generate(mini_pack, "ok"), [])


def test_other_pack_and_other_hash_are_named(mini_pack):
    design = generate(mini_pack, "h")
    _, notes = reconcile(mini_pack, replace(design, pack_hash="0" * 64, pack_version="0.0.1"))
    assert len(notes) == 1 and "another version of pack 'mini' (version '0.0.1'" in notes[0]
    _, notes = reconcile(mini_pack, replace(design, pack_id="anime"))
    assert "was made for pack 'anime', not 'mini'" in notes[0]


def test_cli_warns_and_strict_refuses(tmp_path, capsys, mini_pack):
    path = tmp_path / "m.avatar.json"
    design_io.save(_mismatched(mini_pack), path)
    args = ["render", str(path), "--pack", str(MINI_PACK), "-o", str(tmp_path / "out"), "--size", "32"]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert "warning: m.avatar.json: layer 'eyes' has no part 'sparkly'" in err
    assert main([*args, "--strict"]) == 2
    err = capsys.readouterr().err
    assert "m.avatar.json: layer 'eyes' has no part 'sparkly'" in err and "refused (--strict)" in err
    assert (
        main(["render", str(tmp_path / "ok.avatar.json"), "--pack", str(MINI_PACK), "-o", str(tmp_path)]) == 2
    )


def test_batch_strict_refuses_mismatched_design_before_work(tmp_path, capsys, mini_pack):
    design_io.save(_mismatched(mini_pack), tmp_path / "m.avatar.json")
    (tmp_path / "spec.csv").write_text("design,presets\nm.avatar.json,x\n")
    args = [
        "batch",
        str(tmp_path / "spec.csv"),
        "-o",
        str(tmp_path / "out"),
        "-j",
        "1",
        "--pack",
        str(MINI_PACK),
        "-q",
    ]
    assert main([*args, "--strict"]) == 2
    assert "row 1: 'design'" in capsys.readouterr().err and not (tmp_path / "out").exists()
    assert main(args) == 0
    assert "warning: m.avatar.json" in capsys.readouterr().err
    assert json.loads((tmp_path / "out" / "report.json").read_text())["files"] == 1


def test_pack_slot_cap_equals_the_designs(tmp_path):
    from test_pack_reader import copy_pack

    from avatarstudio.core.errors import PackError
    from avatarstudio.core.pack import load_pack

    pack = copy_pack(tmp_path)
    manifest = pack / "pack.toml"
    extra = "".join(
        f'[slots.s{i}]\npalette = "eyes"\ndefault = "#000000"\n' for i in range(design_io.MAX_SLOTS - 5 + 1)
    )
    manifest.write_text(manifest.read_text().replace("[palettes.skin]", extra + "[palettes.skin]"))
    with pytest.raises(PackError, match=f"limit {design_io.MAX_SLOTS}"):
        load_pack(pack)
    # at the cap exactly: the pack loads and its designs save and load again
    manifest.write_text(manifest.read_text().replace(f"[slots.s{design_io.MAX_SLOTS - 5}]\n", "[slots.zz]\n"))
    text = manifest.read_text()
    text = text.replace('[slots.zz]\npalette = "eyes"\ndefault = "#000000"\n', "")
    manifest.write_text(text)
    loaded = load_pack(pack)
    assert len(loaded.slots) == design_io.MAX_SLOTS
    path = tmp_path / "full.avatar.json"
    design_io.save(generate(loaded, "cap"), path)
    assert len(design_io.load(path).colours) == design_io.MAX_SLOTS
