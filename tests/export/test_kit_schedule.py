"""Kit scheduling: platforms built by two processes give the same bytes as one process, in any order."""

import dataclasses

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


def test_two_processes_and_order_do_not_change_bytes():
    pack = load_pack(MINI_PACK)
    design, _ = kit_module.ensure_persona(pack, generate(pack, "schedule"))
    serial = _build(pack, design, "slack,discord,x,line", 1)
    shared = _build(pack, design, "x,line,discord,slack", 2)
    assert shared == serial
    assert len(serial["discord"]) > 10


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
