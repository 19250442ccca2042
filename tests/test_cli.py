import json

import pytest
from PIL import Image
from support import MINI_PACK

from avatarstudio.cli import main


def image_size(path):
    with Image.open(path) as image:  # closed now, not whenever the garbage collector runs
        return image.size


def run(*args):
    return main([*args])


def test_render_seed_png_and_svg(tmp_path, capsys):
    assert run("render", "--seed", "s1", "--pack", str(MINI_PACK), "-o", str(tmp_path), "--size", "128") == 0
    assert image_size(tmp_path / "seed-s1.png") == (128, 128)
    assert (
        run("render", "--seed", "s1", "--pack", str(MINI_PACK), "-o", str(tmp_path), "--format", "svg") == 0
    )
    assert (tmp_path / "seed-s1.svg").read_text().startswith("<svg")


def test_render_presets(tmp_path):
    assert (
        run(
            "render",
            "--seed",
            "s2",
            "--pack",
            str(MINI_PACK),
            "-o",
            str(tmp_path),
            "--preset",
            "x",
            "--preset",
            "x:header",
        )
        == 0
    )
    assert image_size(tmp_path / "seed-s2-x-avatar.png") == (400, 400)
    assert image_size(tmp_path / "seed-s2-x-header.jpg") == (1500, 500)


def test_unknown_preset_is_bad_input(tmp_path, capsys):
    assert (
        run("render", "--seed", "s", "--pack", str(MINI_PACK), "-o", str(tmp_path), "--preset", "myspace")
        == 2
    )
    assert "unknown platform 'myspace'" in capsys.readouterr().err


def test_age_names_a_head_of_the_pack(tmp_path, capsys):
    assert run("render", "--seed", "s", "-o", str(tmp_path), "--size", "64", "--age", "mature") == 0
    saved = json.loads((tmp_path / "seed-s.avatar.json").read_text())
    assert saved["parts"]["face"].startswith("mature_")
    assert run("render", "--seed", "s", "-o", str(tmp_path), "--age", "elderly") == 2
    assert (
        "--age must be any or one of the pack's heads: youthful, young_adult, mature"
        in capsys.readouterr().err
    )


def test_validate_reports_file_and_problem(tmp_path, capsys):
    import shutil

    pack = tmp_path / "p"
    shutil.copytree(MINI_PACK, pack)
    (pack / "parts" / "eyes" / "dots.svg").unlink()
    assert run("validate", str(pack)) == 2
    assert "parts/eyes/dots.svg: part file is missing" in capsys.readouterr().err
    assert run("validate", str(MINI_PACK)) == 0


def test_batch_skips_bad_rows_and_reports(tmp_path, capsys):
    from avatarstudio.core import design as design_io
    from avatarstudio.core.generate import generate
    from avatarstudio.core.pack import load_pack

    good = tmp_path / "good.avatar.json"
    design_io.save(generate(load_pack(MINI_PACK), "g"), good)
    (tmp_path / "bad.avatar.json").write_text("{ not json")
    spec = tmp_path / "spec.csv"
    spec.write_text(
        "name,seed,design,presets\nalpha,1,,x;discord\nbeta,,good.avatar.json,x\ngamma,,bad.avatar.json,x\n"
    )
    out = tmp_path / "out"
    assert run("batch", str(spec), "-o", str(out), "-j", "1", "--pack", str(MINI_PACK)) == 1
    err = capsys.readouterr().err
    assert "bad.avatar.json" in err and "row 3" in err
    assert (out / "alpha" / "x-avatar.png").exists() and (out / "alpha" / "discord-avatar.png").exists()
    assert (out / "beta" / "x-avatar.png").exists()
    report = json.loads((out / "report.json").read_text())
    assert report["files"] == 3 and report["failed"] == 1


def test_batch_parallel_matches_serial(tmp_path):
    spec = tmp_path / "spec.toml"
    spec.write_text('seeds = { from = 1, count = 6 }\npresets = ["x", "line"]\n')
    assert run("batch", str(spec), "-o", str(tmp_path / "a"), "-j", "1", "--pack", str(MINI_PACK), "-q") == 0
    assert run("batch", str(spec), "-o", str(tmp_path / "b"), "-j", "2", "--pack", str(MINI_PACK), "-q") == 0
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.png"))
    assert len(files) == 12
    for rel in files:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes()


def test_help_teaches():
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0


def test_listing_commands(capsys):
    assert run("presets") == 0
    out = capsys.readouterr().out
    assert "x:header" in out and "bluesky" in out
    assert run("parts", "--pack", str(MINI_PACK)) == 0
    assert "eyes (3)" in capsys.readouterr().out


def test_import_pack_then_render_with_it(tmp_path, monkeypatch, capsys):
    import zipfile

    monkeypatch.setenv("AVATARSTUDIO_DATA_DIR", str(tmp_path / "data"))
    archive = tmp_path / "mini.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(MINI_PACK.rglob("*")):
            if path.is_file():
                data = path.read_bytes()
                if path.name == "dots.svg":  # a stranger's part with a tracking pixel
                    data = data.replace(b"</svg>", b'<image href="https://tracker.example/p.png"/></svg>')
                zf.writestr(str(path.relative_to(MINI_PACK)), data)
    assert run("import-pack", str(archive)) == 0
    out = capsys.readouterr().out
    assert "dots.svg" in out and "image" in out  # the user is told what was removed
    stored = (tmp_path / "data" / "packs" / "mini" / "parts" / "eyes" / "dots.svg").read_text()
    assert "tracker" not in stored
    assert run("render", "--seed", "1", "--pack", "mini", "-o", str(tmp_path / "out"), "--size", "64") == 0
    assert run("import-pack", str(archive)) == 2  # already installed: refused, nothing replaced
    assert "already installed" in capsys.readouterr().err


def test_inspect_reports_clean_and_dirty_files(tmp_path, capsys):
    from PIL import PngImagePlugin

    clean = tmp_path / "clean.png"
    dirty = tmp_path / "dirty.png"
    image = Image.new("RGBA", (8, 8), (1, 2, 3, 255))
    image.save(clean)
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Real Name")
    image.save(dirty, pnginfo=info)
    assert run("inspect", str(clean)) == 0
    assert "clean" in capsys.readouterr().out
    assert run("inspect", str(clean), str(dirty)) == 1
    assert "NOT CLEAN" in capsys.readouterr().out


def test_kit_command_collects_no_garbage_until_its_first_target(tmp_path, monkeypatch, capsys):
    import gc

    from avatarstudio.export import kit

    seen = []
    real = kit.build_kit

    def build_kit(*a, progress, **k):
        seen.append(gc.isenabled())  # the start: off
        return real(*a, progress=lambda f, m: (progress(f, m), seen.append(gc.isenabled())), **k)

    monkeypatch.setattr(kit, "build_kit", build_kit)
    out = tmp_path / "kit"
    assert (
        run("kit", "--seed", "k", "--pack", str(MINI_PACK), "--platform", "github", "-o", str(out), "-q") == 0
    )
    assert seen[0] is False and seen[1:] and all(seen[1:])  # on from the first target
    assert gc.isenabled()
    assert capsys.readouterr().out.split()[-1] == str(out / "persona.avatar.json")
    monkeypatch.setattr(kit, "build_kit", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        run("kit", "--seed", "k", "--pack", str(MINI_PACK), "--platform", "github", "-o", str(out), "-q")
    assert gc.isenabled()  # on again after a failure too


def test_the_program_leaves_its_objects_frozen_for_its_exit(tmp_path):
    import subprocess
    import sys

    # run as the console script runs it (main() reads sys.argv); called with a list (tests), nothing frozen
    script = (
        "import atexit, gc, sys\n"
        "from avatarstudio.cli import main\n"
        "main(['presets'])\n"
        "print('called', gc.get_freeze_count())\n"
        "atexit.register(lambda: print('exit', gc.get_freeze_count() > 1000))\n"
        "sys.argv = ['avatarstudio', 'presets']\n"
        "sys.exit(main())\n"
    )
    run_ = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert run_.returncode == 0, run_.stderr
    lines = run_.stdout.splitlines()
    assert "called 0" in lines and lines[-1] == "exit True"


def test_openblas_gets_one_thread_unless_the_user_chose(monkeypatch):
    import os

    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    assert run("presets") == 0
    assert os.environ["OPENBLAS_NUM_THREADS"] == "1"  # read when numpy is first imported, after this
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")
    assert run("presets") == 0
    assert os.environ["OPENBLAS_NUM_THREADS"] == "4"


def test_kit_command_writes_checked_folders(tmp_path, capsys):
    assert (
        run(
            "kit",
            "--seed",
            "k",
            "--pack",
            str(MINI_PACK),
            "--platform",
            "discord,whatsapp",
            "-o",
            str(tmp_path),
            "-q",
        )
        == 0
    )
    written = capsys.readouterr().out.split()
    assert any(p.endswith("discord/avatar.png") for p in written)
    assert (tmp_path / "whatsapp" / "stickers").is_dir()
    assert (
        run("kit", "--seed", "k", "--pack", str(MINI_PACK), "--platform", "myspace", "-o", str(tmp_path)) == 2
    )


def test_an_output_that_cannot_be_a_folder_is_refused_by_name(tmp_path, capsys):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine")
    assert (
        run("kit", "--seed", "s", "--pack", str(MINI_PACK), "--platform", "x", "-q", "-o", str(a_file)) == 2
    )
    err = capsys.readouterr().err
    assert f"error: {a_file}: is not a folder" in err and "Traceback" not in err
    # any command: an OSError on the way out is a message naming the path, exit 2, not a traceback
    assert run("render", "--seed", "s", "--pack", str(MINI_PACK), "-o", str(a_file / "sub")) == 2
    err = capsys.readouterr().err
    assert f"error: {a_file / 'sub'}: Not a directory" in err
    assert a_file.read_text() == "mine"
