"""Fresh by default: no seed given -> a fresh secure seed, printed and recorded; same design, same bytes."""

import json
from pathlib import Path

from support import MINI_PACK

from avatarstudio import cli
from avatarstudio.core import design as design_io
from avatarstudio.core.seeds import fresh_seed, seed_or_fresh


def test_fresh_seed_is_new_each_time_and_user_seed_is_kept():
    seeds = {fresh_seed() for _ in range(200)}
    assert len(seeds) == 200 and all(len(s) == 20 for s in seeds)
    assert seed_or_fresh("sakura") == ("sakura", False)
    seed, fresh = seed_or_fresh(None)
    assert fresh and len(seed) == 20


def _designs(folder: Path) -> list:
    return [design_io.load(p) for p in sorted(folder.glob("*.avatar.json"))]


def test_random_without_seed_differs_per_run_and_reproduces(tmp_path, capsys):
    for run in ("a", "b"):
        assert cli.main(["random", "-n", "8", "--pack", str(MINI_PACK), "-o", str(tmp_path / run), "-q"]) == 0
    a, b = _designs(tmp_path / "a"), _designs(tmp_path / "b")
    seeds = {d.seed for d in a + b}
    assert len(seeds) == 16 and "avatarstudio-1" not in seeds  # no shared default seed
    # The mini pack has ~18 part combinations, so two runs of 2 could draw the same set by chance
    # (about 1 in 100); 16 designs all alike would mean the seeds do not reach generation.
    assert len({tuple(sorted(d.parts.items())) for d in a + b}) > 1
    # The recorded seed makes the same image again, byte for byte.
    first = a[0]
    png = tmp_path / "a" / f"seed-{first.seed}.png"
    assert (
        cli.main(["render", "--seed", first.seed, "--pack", str(MINI_PACK), "-o", str(tmp_path / "again")])
        == 0
    )
    assert (tmp_path / "again" / f"seed-{first.seed}.png").read_bytes() == png.read_bytes()


def test_render_without_seed_prints_and_records_it(tmp_path, capsys):
    outs = []
    for run in ("a", "b"):
        assert cli.main(["render", "--pack", str(MINI_PACK), "-o", str(tmp_path / run)]) == 0
        err = capsys.readouterr().err
        assert "fresh seed: " in err
        (design,) = _designs(tmp_path / run)
        assert design.seed in err
        outs.append(design)
    assert outs[0].seed != outs[1].seed
    saved = next((tmp_path / "a").glob("*.avatar.json"))
    assert (
        cli.main(["render", str(saved), "--pack", str(MINI_PACK), "-o", str(tmp_path / "c"), "--name", "x"])
        == 0
    )
    png_a = next(p for p in (tmp_path / "a").glob("*.png"))
    assert (tmp_path / "c" / "x.png").read_bytes() == png_a.read_bytes()


def test_kit_without_seed_differs_per_run_and_records_design(tmp_path, capsys):
    personas = []
    for run in ("a", "b"):
        args = ["kit", "--pack", str(MINI_PACK), "--platform", "github", "-o", str(tmp_path / run), "-q"]
        assert cli.main(args) == 0
        err = capsys.readouterr().err
        assert "fresh seed: " in err and "generated persona fields" in err
        saved = design_io.load(tmp_path / run / "persona.avatar.json")
        assert saved.seed in err and saved.persona.handle
        personas.append(saved)
    assert personas[0].seed != personas[1].seed
    assert personas[0].persona != personas[1].persona
    # The recorded design rebuilds the same kit, byte for byte.
    saved = tmp_path / "a" / "persona.avatar.json"
    assert (
        cli.main(
            [
                "kit",
                str(saved),
                "--pack",
                str(MINI_PACK),
                "--platform",
                "github",
                "-o",
                str(tmp_path / "c"),
                "-q",
            ]
        )
        == 0
    )
    assert (tmp_path / "c" / "github" / "avatar.png").read_bytes() == (
        tmp_path / "a" / "github" / "avatar.png"
    ).read_bytes()
    first, again = ((tmp_path / r / "github" / "profile.txt").read_text().splitlines() for r in ("a", "c"))
    assert first[-1].startswith("generated: ") and not again[-1].startswith("generated: ")
    assert first[:-1] == again  # the saved persona is now the user's own: nothing is generated again
    assert json.loads(saved.read_text())["seed"] == personas[0].seed
