"""`avatarstudio persona ...`, `code` and `import-code` end to end (in process)."""

from support import MINI_PACK

from avatarstudio import cli
from avatarstudio.core import design as design_io


def run(capsys, *args):
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_library_commands(tmp_path, capsys):
    lib = ["persona", "--library", str(tmp_path / "lib")]
    pack = ["--pack", str(MINI_PACK)]
    code, out, _ = run(capsys, *lib, "new", "--name", "Wren", "--language", "en", *pack)
    assert code == 0 and "Wren  @wren" in out
    pid = out.split()[0]
    assert run(capsys, *lib, "new", *pack)[0] in (0, 1)
    code, out, _ = run(capsys, *lib, "list")
    assert code == 0 and "Wren" in out and len(out.strip().splitlines()) == 2
    assert run(capsys, *lib, "rename", pid, "Robin")[0] == 0
    code, out, _ = run(capsys, *lib, "show", "Robin")
    assert "name: Robin" in out and "seed: " in out
    edit = ["edit", pid, "--bio", "Rain and tea.", "--handle-on", "bluesky=@robin-art", "--notes", "work"]
    assert run(capsys, *lib, *edit, "--handle", "@robin_draws")[0] == 0
    code, out, _ = run(capsys, *lib, "show", pid)
    assert "bio: Rain and tea." in out and "handle on bluesky: @robin-art" in out and "notes: work" in out
    assert "handle: @robin_draws\n" in out  # a typed '@' is not stored, so it never shows twice
    assert run(capsys, *lib, "edit", pid, "--theme", "blue")[0] == 2  # checked like a design file
    code, out, err = run(capsys, *lib, "duplicate", "Robin")
    assert code == 0 and "linkable" in err
    code, out, _ = run(capsys, *lib, "check", *pack)
    assert code == 1 and "LINKED: Robin" in out and "[strong]" in out  # the copy is flagged
    assert run(capsys, *lib, "export", pid, "-o", str(tmp_path / "r.avatar.json"))[0] == 0
    assert design_io.load(tmp_path / "r.avatar.json").persona.display_name == "Robin"
    code, out, _ = run(capsys, *lib, "delete", pid)
    assert code == 0 and "removed" in out
    assert "Robin (2)" in run(capsys, *lib, "list")[1] and pid not in run(capsys, *lib, "list")[1]
    assert run(capsys, *lib, "show", pid)[0] == 2


def test_code_and_import_code(tmp_path, capsys):
    assert cli.main(["render", "--pack", str(MINI_PACK), "-o", str(tmp_path), "--name", "d"]) == 0
    capsys.readouterr()
    code, out, _ = run(capsys, "code", str(tmp_path / "d.avatar.json"), "--qr", str(tmp_path / "qr.png"))
    text = out.strip()
    assert code == 0 and text.startswith("AS1-") and (tmp_path / "qr.png").stat().st_size > 100
    back = tmp_path / "back.avatar.json"
    assert run(capsys, "import-code", text, "-o", str(back), "--pack", str(MINI_PACK))[0] == 0
    assert design_io.load(back) == design_io.load(tmp_path / "d.avatar.json")
    i = 10 if text[10] != "0" else 11
    changed = text[:i] + ("0" if text[i] != "0" else "1") + text[i + 1 :]
    code, _, err = run(
        capsys, "import-code", changed, "-o", str(tmp_path / "x.json"), "--pack", str(MINI_PACK)
    )
    assert code == 2 and "mistyped" in err and not (tmp_path / "x.json").exists()
