"""Persona library (atomic, damaged entries reported and kept, delete removes what the app kept) and
the link check (pairs that share a fringe, a palette and a handle stem are flagged; vary away clears)."""

import json
from dataclasses import replace

import pytest

from avatarstudio.core import linkcheck as L
from avatarstudio.core.generate import generate
from avatarstudio.core.library import Library
from avatarstudio.core.persona import with_persona
from avatarstudio.core.seeds import fresh_seed


@pytest.fixture
def lib(tmp_path):
    return Library(tmp_path / "personas")


def test_add_list_rename_duplicate_delete(lib, mini_pack, tmp_path):
    a = lib.add(with_persona(generate(mini_pack, "a"), mini_pack), notes="work")
    b = lib.add(with_persona(generate(mini_pack, "b"), mini_pack))
    assert {e.id for e in lib.entries()} == {a.id, b.id}
    assert oct(lib.path(a.id).stat().st_mode & 0o777) == "0o600"
    assert lib.rename(a.id, "Wren").name == "Wren" and lib.find("Wren").notes == "work"
    c = lib.duplicate("Wren", "Wren 2")
    assert c.id != a.id and c.design.parts == a.design.parts and lib.find(c.id).name == "Wren 2"
    # What the app kept about it: an autosave of it, its cached renders, a recent-files entry.
    data, cache, config = tmp_path / "data", tmp_path / "cache", tmp_path / "config"
    (data / "autosave").mkdir(parents=True)
    kept = data / "autosave" / "session-1.json"
    kept.write_text(json.dumps({"format": "avatarstudio-autosave", "design": {"seed": a.design.seed}}))
    other = data / "autosave" / "session-2.json"
    other.write_text(json.dumps({"format": "avatarstudio-autosave", "design": {"seed": "someone-else"}}))
    (cache / "personas").mkdir(parents=True)
    (cache / "personas" / f"{a.id}-64.png").write_bytes(b"x")
    config.mkdir()
    from avatarstudio.core import design as design_io

    saved_copy = tmp_path / "wren.avatar.json"  # the user saved this persona's design as a file
    design_io.save(a.design, saved_copy)
    (config / "avatarstudio.ini").write_text(
        f"[General]\nrecent=/home/u/{a.id}.persona.json, {saved_copy}, /home/u/mine.avatar.json\nlang=ja\n"
    )
    removed = lib.delete(a.id, data_dir=data, cache_dir=cache, config_dir=config)
    assert not lib.path(a.id).exists() and not kept.exists() and other.exists()
    assert not (cache / "personas" / f"{a.id}-64.png").exists()
    ini = (config / "avatarstudio.ini").read_text()
    assert a.id not in ini and "mine.avatar.json" in ini and "lang=ja" in ini
    assert str(saved_copy) not in ini and saved_copy.exists()  # the pointer goes, the user's file stays
    assert len(removed) == 4
    assert {e.id for e in lib.entries()} == {b.id, c.id}


def test_damaged_entries_are_reported_never_lost(lib, mini_pack):
    good = lib.add(with_persona(generate(mini_pack, "g"), mini_pack))
    bad = lib.folder / "0123456789ab.persona.json"
    bad.write_bytes(b'{"format": "avatarstudio-persona", "version": 1, "id": "0123456789ab", "design": 3')
    entries, damaged = lib.scan()
    assert [e.id for e in entries] == [good.id]
    assert len(damaged) == 1 and damaged[0].path == bad and "damaged" in damaged[0].problem
    assert bad.read_bytes().endswith(b": 3")  # untouched


def _library_of_five(pack):
    # Five seeds whose personas share at most one weak trait with each other (checked once, fixed here).
    ds = [with_persona(generate(pack, f"lib-{i}"), pack, language="en") for i in (0, 1, 3, 6, 7)]
    a, b = ds[0], ds[1]
    # b copies a's fringe and palette, and its handle keeps a's stem.
    layer = next(layer for layer in ("hair_front", "hair_back", "eyes") if a.parts.get(layer))
    b = replace(b, parts={**b.parts, layer: a.parts[layer]}, colours=dict(a.colours), linked=a.linked)
    stem = a.persona.handle.split("_")[0].rstrip("0123456789")
    b = replace(b, persona=replace(b.persona, handle=f"{stem}_art"))
    ds[1] = b
    return ds, layer


def test_five_personas_two_linked_with_reasons(builtin_pack):
    from avatarstudio.render import Renderer

    mini_pack = builtin_pack  # real art: the mini test pack has too few parts to tell people apart
    ds, layer = _library_of_five(mini_pack)
    reports = L.check(mini_pack, [(str(i), d) for i, d in enumerate(ds)], Renderer())
    linked = [r for r in reports if r.linked]
    assert [(r.a, r.b) for r in linked] == [("0", "1")], [(r.a, r.b, r.findings) for r in linked]
    kinds = linked[0].kinds
    assert {"parts", "palette", "handle"} <= kinds
    texts = " ".join(f.detail for f in linked[0].findings)
    assert L.DISTINCTIVE[layer] in texts and "stem" in texts
    assert all(f.advice for f in linked[0].findings)
    # Vary away: a new persona for the second slot, far from every other one: the warning clears.
    others = [d for i, d in enumerate(ds) if i != 1]
    renderer = Renderer()
    fresh = L.vary_away(
        mini_pack,
        others,
        lambda seed: with_persona(generate(mini_pack, seed), mini_pack),
        fresh_seed,
        renderer=renderer,
    )
    after = L.check(mini_pack, [(str(i), d) for i, d in enumerate([*others, fresh])], renderer)
    assert not [r for r in after if r.linked], [(r.a, r.b, r.findings) for r in after if r.linked]


def test_perceptual_hash_tells_images_apart():
    import numpy as np

    rng = np.random.default_rng(1)
    a = (rng.random((64, 64, 3)) * 255).astype(np.uint8)
    b = (rng.random((64, 64, 3)) * 255).astype(np.uint8)
    same = L.perceptual_hash(a)
    assert np.count_nonzero(same != L.perceptual_hash(a.copy())) == 0
    assert np.count_nonzero(same != L.perceptual_hash(b)) > L.HASH_CLOSE
