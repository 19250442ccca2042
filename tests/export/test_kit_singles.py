"""The kit's single images (avatars, icons, banners): files that share a drawing are drawn once, and are
the same bytes as each drawn on its own."""

import pytest

from avatarstudio.core.generate import generate
from avatarstudio.core.pack import load_pack
from avatarstudio.core.presets import load_all
from avatarstudio.export.avatar import export_target
from avatarstudio.export.kit import _Builder, _single_file, ensure_persona
from tests.conftest import MINI_PACK


class CountingRenderer:
    """A Renderer that counts its draws by size."""

    def __init__(self):
        from avatarstudio.render import Renderer

        self.inner, self.sizes = Renderer(), []

    def render(self, layers, width, height):
        self.sizes.append((width, height))
        return self.inner.render(layers, width, height)


@pytest.fixture(scope="module")
def pack():
    return load_pack(MINI_PACK)


def test_avatars_of_one_drawing_are_drawn_once(pack):
    design, _ = ensure_persona(pack, generate(pack, "singles-1"))
    presets = load_all()
    # 400 px at line weight 1.3: LinkedIn and X (PNG on white, different byte limits), Mastodon (PNG, kept)
    platforms = [presets[p] for p in ("linkedin", "x", "mastodon")]
    targets = [p.targets["avatar"] for p in platforms]
    renderer = CountingRenderer()
    builder = _Builder(pack, design, renderer, None)
    builder.plan_faces(platforms, False)
    files = [_single_file(pack, design, t, renderer, builder) for t in targets]
    assert renderer.sizes.count((400, 400)) == 1
    assert not builder._drawings  # the drawing is let go once its last look is encoded
    from avatarstudio.render import Renderer

    alone = [export_target(pack, design, t, Renderer()) for t in targets]
    assert files == alone
    assert files[0] != files[2]  # one flattened to RGB, one kept RGBA: two files of one drawing


def test_without_a_plan_nothing_is_kept(pack):
    design, _ = ensure_persona(pack, generate(pack, "singles-2"))
    presets = load_all()
    renderer = CountingRenderer()
    builder = _Builder(pack, design, renderer, None)
    for pid in ("linkedin", "mastodon"):
        _single_file(pack, design, presets[pid].targets["avatar"], renderer, builder)
    assert renderer.sizes.count((400, 400)) == 2
    assert not builder._drawings


def _banner(pack, design, renderer, builder, platform_id):
    return _single_file(pack, design, load_all()[platform_id].targets["header"], renderer, builder)


def test_one_banner_for_platforms_that_show_the_same(pack):
    import dataclasses

    design, _ = ensure_persona(pack, generate(pack, "singles-3"))
    renderer = CountingRenderer()
    builder = _Builder(pack, design, renderer, None)
    # Mastodon's and Pawoo's headers: one size, safe zone and handle
    mastodon, pawoo = (_banner(pack, design, renderer, builder, p) for p in ("mastodon", "pawoo"))
    assert renderer.sizes.count((1500, 500)) == 1
    assert mastodon == pawoo
    # the user's own handle on Pawoo: a banner of its own
    persona = dataclasses.replace(design.persona, handles=(("pawoo", "someone_else"),))
    other = dataclasses.replace(design, persona=persona)
    renderer = CountingRenderer()
    builder = _Builder(pack, other, renderer, None)
    mastodon2, pawoo2 = (_banner(pack, other, renderer, builder, p) for p in ("mastodon", "pawoo"))
    assert renderer.sizes.count((1500, 500)) == 2
    assert mastodon2 == mastodon and pawoo2 != pawoo


def test_banners_with_one_avatar_square_fit_it_once(pack, monkeypatch):
    from avatarstudio.export import banner
    from avatarstudio.render import Renderer

    design, _ = ensure_persona(pack, generate(pack, "singles-4"))
    presets = load_all()
    platforms = [presets[p] for p in ("mastodon", "misskey", "x")]
    headers = [next(t for t in p.targets.values() if t.kind == "banner") for p in platforms]
    sides = [banner.avatar_side(t) for t in headers]
    assert sides[0] == sides[1] != sides[2]  # Mastodon's and Misskey's squares are one size, X's another
    fitted = []
    real = banner.fit_avatar
    monkeypatch.setattr(banner, "fit_avatar", lambda art, side: fitted.append(side) or real(art, side))
    renderer = Renderer()
    builder = _Builder(pack, design, renderer, None)
    builder.plan_faces(platforms, False)
    files = [_single_file(pack, design, t, renderer, builder) for t in headers]
    assert sorted(fitted) == sorted({sides[0], sides[2]})
    assert not builder._banner_avatars  # the fitting is let go with the last banner that wants it
    monkeypatch.setattr(banner, "fit_avatar", real)
    alone = [_single_file(pack, design, t, renderer, _Builder(pack, design, renderer, None)) for t in headers]
    assert files == alone
