"""Kit scheduling: platforms built on threads give the same bytes as one thread, in any order."""

import pytest
from support import MINI_PACK

from avatarstudio.core.generate import generate
from avatarstudio.core.pack import load_pack
from avatarstudio.export import kit as kit_module
from avatarstudio.render import Renderer, ThreadRenderers


def _build(pack, design, ids, jobs, renderer):
    chosen = kit_module.resolve_platforms(ids)
    builder = kit_module._Builder(pack, design, renderer, None)
    return kit_module._build_platforms(pack, design, chosen, renderer, builder, jobs, None)


def test_threads_and_order_do_not_change_bytes():
    pack = load_pack(MINI_PACK)
    design, _ = kit_module.ensure_persona(pack, generate(pack, "schedule"))
    serial = _build(pack, design, "slack,discord,x", 1, Renderer())
    threaded = _build(pack, design, "x,discord,slack", 2, ThreadRenderers())
    assert threaded == serial
    assert len(serial["discord"]) > 10


def test_first_broken_platform_in_order_is_reported(monkeypatch):
    pack = load_pack(MINI_PACK)
    design, _ = kit_module.ensure_persona(pack, generate(pack, "schedule"))
    monkeypatch.setattr(kit_module, "check_files", lambda platform, files: [f"{platform.id} broken"])
    with pytest.raises(kit_module.ExportError, match="slack broken"):
        _build(pack, design, "slack,x", 2, ThreadRenderers())
