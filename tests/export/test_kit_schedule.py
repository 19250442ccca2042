"""Kit scheduling: platforms built by two processes give the same bytes as one process, in any order."""

import dataclasses
import io
import json
import os
import subprocess
import sys

import pytest
from support import MINI_PACK

from avatarstudio.core.generate import generate
from avatarstudio.core.pack import load_pack
from avatarstudio.export import kit as kit_module
from avatarstudio.render import Renderer


def _build(pack, design, ids, jobs):
    chosen = kit_module.resolve_platforms(ids)
    builder = kit_module._Builder(pack, design, Renderer(), None)
    return kit_module._build_platforms(pack, design, chosen, builder.renderer, builder, jobs, None)


# Runs in a fresh interpreter (no Qt loaded yet, no other thread): build_kit with a forked helper (the
# CLI's path), then with a spawned one, then in one process; prints how each helper was started, the
# units it built and a digest of every file.
BUILDS = """
import hashlib, json, sys, tempfile, threading
from pathlib import Path
from avatarstudio.core.generate import generate
from avatarstudio.core.pack import load_pack
from avatarstudio.export import kit


def main():
    pack = load_pack(sys.argv[1])
    design = generate(pack, "schedule")
    ids = "x,line,discord,slack"
    helpers = []
    close = kit._TwoProcesses.close
    def record(self, wait=True):
        if self.helper is not None and wait:  # the last close, the one that ends the helper
            helpers.append((self.method, len(self.by_helper)))
        close(self, wait)
    kit._TwoProcesses.close = record

    def digest(renderer=None, start=None):
        kit.HELPER_START = start
        out = Path(tempfile.mkdtemp(dir=sys.argv[2]))
        kit.build_kit(pack, design, ids, out, renderer=renderer)
        files = sorted(p for p in out.rglob("*") if p.is_file())
        return {str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}

    chosen = [kit._helper_context().get_start_method()]
    waiting = threading.Event()
    thread = threading.Thread(target=waiting.wait)
    thread.start()  # a caller with a thread running is never forked
    chosen.append(kit._helper_context().get_start_method())
    waiting.set()
    thread.join()
    forked = digest()
    spawned = digest(start="spawn")
    from avatarstudio.render import Renderer
    one = digest(renderer=Renderer())
    print(json.dumps({"chosen": chosen, "helpers": helpers, "kits": [forked, spawned, one]}))


if __name__ == "__main__":  # the mini pack draws in worker processes (bounded.py): spawned, they import this
    main()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the helper is forked on Linux only")
def test_forked_and_spawned_helpers_and_one_process_give_the_same_bytes(tmp_path):
    script = tmp_path / "builds.py"
    script.write_text(BUILDS, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, str(script), str(MINI_PACK), str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    # a plain script is forked; with another thread running, spawned
    assert result["chosen"] == ["fork", "spawn"]
    (fork, fork_units), (spawn, spawn_units) = result["helpers"]
    assert (fork, spawn) == ("fork", "spawn")
    assert fork_units > 0 and spawn_units > 0  # each helper did build part of its kit
    forked, spawned, one = result["kits"]
    assert len(forked) > 40
    assert forked == one
    assert spawned == one


def test_a_qt_caller_gets_a_spawned_helper():
    # this test process has drawn with Qt: its thread pool and locks would not survive a fork
    assert "PySide6.QtGui" in sys.modules
    assert kit_module._helper_context().get_start_method() == "spawn"


def test_a_helper_that_dies_leaves_its_units_to_this_process():
    pack = load_pack(MINI_PACK)
    design, _ = kit_module.ensure_persona(pack, generate(pack, "schedule"))
    chosen = kit_module.resolve_platforms("x,slack")
    serial = _build(pack, design, "x,slack", 1)
    builder = kit_module._Builder(pack, design, Renderer(), None)
    two = kit_module._TwoProcesses(pack, design, chosen, {}).start(None, None)
    two.helper.kill()  # gone before it built anything
    built = two.build(builder.renderer, builder, None)
    assert built == serial
    assert two.by_helper == []


def test_job_order_deals_each_kind_of_master_to_one_end():
    chosen = kit_module.resolve_platforms("x,slack,line,discord,bluesky")
    order = [unit for unit, _ in kit_module._job_order(chosen, animated=False)]
    groups = [group for _, group in order]
    # this process takes the figures from the front, the helper the faces from the back
    assert order[:2] == [("discord", "figures"), ("line", "figures")]  # the largest set last
    assert groups == ["figures"] * 2 + ["singles"] * 5 + ["faces"] * 3
    assert {p for p, g in order if g == "faces"} == {"line", "discord", "slack"}


def _impossible(platform):
    """``platform`` with an avatar no encoder can fit (a budget of 10 bytes)."""
    avatar = dataclasses.replace(platform.targets["avatar"], max_bytes=10)
    return dataclasses.replace(platform, targets={**platform.targets, "avatar": avatar})


@pytest.mark.parametrize("jobs", [1, 2])
def test_first_broken_platform_in_order_is_reported(jobs):
    pack = load_pack(MINI_PACK)
    design, _ = kit_module.ensure_persona(pack, generate(pack, "schedule"))
    platforms = {p.id: p for p in kit_module.resolve_platforms("slack,x,github")}
    chosen = [platforms["github"], _impossible(platforms["x"]), _impossible(platforms["slack"])]
    builder = kit_module._Builder(pack, design, Renderer(), None)
    # whichever worker builds it, the error keeps its file and problem
    with pytest.raises(kit_module.ExportError) as caught:
        kit_module._build_platforms(pack, design, chosen, builder.renderer, builder, jobs, None)
    assert caught.value.file == "x:avatar"
    assert "within 10 bytes" in caught.value.problem


def test_platforms_with_the_same_avatar_look_share_it_but_not_a_reframing():
    import dataclasses as dc

    from avatarstudio.core.design import Framing

    pack = load_pack(MINI_PACK)
    design, _ = kit_module.ensure_persona(pack, generate(pack, "schedule"))
    built = _build(pack, design, "bluesky,note", 1)
    assert built["bluesky"]["avatar.png"] == built["note"]["avatar.png"]  # 1000 px PNG on white, both
    zoomed = dc.replace(design, framing={"note:avatar": Framing(zoom=1.6)})
    built = _build(pack, zoomed, "bluesky,note", 1)
    assert built["bluesky"]["avatar.png"] != built["note"]["avatar.png"]


def test_figure_masters_are_freed_after_their_last_set_with_the_same_bytes():
    pack = load_pack(MINI_PACK)
    design, _ = kit_module.ensure_persona(pack, generate(pack, "schedule"))
    chosen = kit_module.resolve_platforms("discord,whatsapp")
    kept = kit_module._Builder(pack, design, Renderer(), None)
    freed = kit_module._Builder(pack, design, Renderer(), None)
    freed.count_uses(kit_module.sticker_targets(chosen, animated=False))
    built = [
        kit_module._build_platforms(pack, design, chosen, builder.renderer, builder, 1, None)
        for builder in (kept, freed)
    ]
    assert built[0] == built[1]
    assert len(kept.figures._figures) == 16 and not freed.figures._figures


def test_sets_of_one_layout_share_it_and_free_it_with_the_same_bytes(monkeypatch):
    from PIL import Image

    pack = load_pack(MINI_PACK)
    design, _ = kit_module.ensure_persona(pack, generate(pack, "schedule"))
    chosen = kit_module.resolve_platforms("telegram,whatsapp")  # 512 px, margin 8, outline 8: PNG and WebP
    alone = {p: _build(pack, design, p, 1)[p] for p in ("telegram", "whatsapp")}
    laid = []
    real = kit_module.layout
    monkeypatch.setattr(kit_module, "layout", lambda *a, **k: laid.append(a[2]) or real(*a, **k))
    shared = kit_module._Builder(pack, design, Renderer(), None)
    shared.count_uses(kit_module.sticker_targets(chosen, animated=False))
    built = kit_module._build_platforms(pack, design, chosen, shared.renderer, shared, 1, None)
    assert built == alone  # a platform's files do not depend on the platforms built with it
    assert len(laid) == 16 and not shared._layouts  # one layout per intent for both sets, freed after
    for n in ("01", "16"):
        png = Image.open(io.BytesIO(built["telegram"][f"stickers/{n}.png"])).convert("RGBA")
        webp = Image.open(io.BytesIO(built["whatsapp"][f"stickers/{n}.webp"])).convert("RGBA")
        assert png.tobytes() == webp.tobytes()


def test_close_ups_are_fitted_for_the_whole_kit_at_once_and_freed_with_the_same_bytes():
    pack = load_pack(MINI_PACK)
    design, _ = kit_module.ensure_persona(pack, generate(pack, "schedule"))
    chosen = kit_module.resolve_platforms("twitch,telegram")  # emoji of 4 sizes, a sticker thumbnail
    kept = kit_module._Builder(pack, design, Renderer(), None)
    planned = kit_module._Builder(pack, design, Renderer(), None)
    planned.plan_faces(chosen, animated=False)
    # the plan holds every fitting asked for: several sizes of one face (Twitch 28/56/112, tabs)
    assert max(len(keys) for keys in planned._face_plan.values()) >= 5
    built = [
        kit_module._build_platforms(pack, design, chosen, builder.renderer, builder, 1, None)
        for builder in (kept, planned)
    ]
    assert built[0] == built[1]
    faces = {expression for expression, framing in kept.cache._cache if framing == "close"}
    assert len(faces) == len(planned._face_plan) >= 2  # kept: every close-up master for the whole build
    assert not [key for key in planned.cache._cache if key[1] == "close"]  # planned: each one freed
    assert planned._fitted.keys() == {key for keys in planned._face_plan.values() for key in keys}
