import dataclasses
import json
import os

import pytest

from avatarstudio.core import design as design_io
from avatarstudio.core.design import Persona, Transform
from avatarstudio.core.errors import DesignError
from avatarstudio.core.generate import generate


@pytest.fixture
def design(mini_pack):
    d = generate(mini_pack, "file-test").with_transform("face", Transform(3.0, -2.5, 1.05, 4.0))
    return d.__class__(
        **{**d.__dict__, "persona": Persona("かえで", "kaede_01", "bio", ("art", "music"), "#aa5588", "ja")}
    )


def test_round_trip(tmp_path, design):
    path = tmp_path / "a.avatar.json"
    design_io.save(design, path)
    assert design_io.load(path) == design
    assert design_io.dumps(design_io.load(path)) == path.read_text(encoding="utf-8")


def test_saved_design_has_no_paths_or_user(tmp_path, design):
    path = tmp_path / "a.avatar.json"
    design_io.save(design, path)
    text = path.read_text(encoding="utf-8")
    for leak in (str(tmp_path), os.environ.get("USER", "root"), os.environ.get("HOME", "/root")):
        assert leak not in text


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda d: d.update(version=999), "newer avatarstudio"),
        (lambda d: d.update(format="other"), "not an avatarstudio design"),
        (lambda d: d["colours"].update(skin="red"), "must be #rrggbb"),
        (lambda d: d["parts"].update({"../etc": "x"}), "not a valid id"),
        (lambda d: d["transforms"].update(face=[float("nan"), 0, 1, 0]), "finite"),
        (lambda d: d.update(parts={f"l{i}": "p" for i in range(500)}), "at most 200"),
    ],
)
def test_hostile_or_future_documents_refused(design, mutate, message):
    data = design_io.to_dict(design)
    mutate(data)
    with pytest.raises(DesignError, match=message):
        design_io.from_dict(json.loads(json.dumps(data, allow_nan=True)) if "nan" not in message else data)


def test_damaged_file_refused_and_untouched(tmp_path, design):
    path = tmp_path / "a.avatar.json"
    design_io.save(design, path)
    good = path.read_bytes()
    for cut in range(0, len(good), max(1, len(good) // 60)):
        path.write_bytes(good[:cut])
        with pytest.raises(DesignError) as info:
            design_io.load(path)
        assert "a.avatar.json" in str(info.value)
        assert path.read_bytes() == good[:cut]


def test_future_file_is_never_overwritten(tmp_path, design):
    path = tmp_path / "future.avatar.json"
    data = design_io.to_dict(design)
    data["version"] = design_io.VERSION + 1
    original = json.dumps(data).encode()
    path.write_bytes(original)
    with pytest.raises(DesignError, match="newer"):
        design_io.load(path)
    with pytest.raises(DesignError, match="not overwritten"):
        design_io.save(design, path)
    assert path.read_bytes() == original


def test_migration_chain_and_backup(tmp_path, design, monkeypatch):
    # Pretend the current format is 2 and version 1 files need a migration that renames a key.
    monkeypatch.setattr(design_io, "VERSION", 2)

    def v1_to_v2(doc):
        doc["expression"] = doc.get("expression", "neutral")
        return doc

    monkeypatch.setitem(design_io.MIGRATIONS, 1, v1_to_v2)
    old = design_io.to_dict(design)
    old["version"] = 1
    path = tmp_path / "old.avatar.json"
    path.write_text(json.dumps(old))
    loaded = design_io.load(path)
    assert loaded == design
    design_io.save(loaded, path)
    assert json.loads((tmp_path / "old.avatar.json.bak").read_text())["version"] == 1
    assert json.loads(path.read_text())["version"] == 2
    design_io.save(loaded, path)  # migrating twice is a no-op for the backup
    assert json.loads((tmp_path / "old.avatar.json.bak").read_text())["version"] == 1


def test_an_older_studios_at_handles_read_bare_and_save_clean(tmp_path, design, mini_pack):
    """An older studio stored the handle as typed ('@kaede_01'): read without the '@' that the card
    adds (it showed '@@kaede_01'), per-platform handles too; saved again, the file holds the bare
    handles and still no path or user name."""
    from avatarstudio.core.presets import load_all
    from avatarstudio.export.card import image_handle

    old = design_io.to_dict(design)
    old["persona"]["handle"] = "@kaede_01"
    old["persona"]["handles"] = {"x": " @kaede_x"}
    path = tmp_path / "old.avatar.json"
    path.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    loaded = design_io.load(path)
    assert loaded.persona.handle == "kaede_01"
    assert loaded.persona.handle_on("x") == "kaede_x"
    targets = {t.platform: t for p in load_all().values() for t in p.targets.values()}
    assert image_handle(targets["x"], loaded.persona) == "@kaede_x"
    assert image_handle(targets["line"], loaded.persona) == "@kaede_01"
    assert loaded == dataclasses.replace(
        design, persona=dataclasses.replace(design.persona, handles=(("x", "kaede_x"),))
    )
    design_io.save(loaded, path)
    text = path.read_text(encoding="utf-8")
    saved = json.loads(text)["persona"]
    assert saved["handle"] == "kaede_01" and saved["handles"] == {"x": "kaede_x"}
    for leak in (str(tmp_path), os.environ.get("USER", "root"), os.environ.get("HOME", "/root")):
        assert leak not in text
