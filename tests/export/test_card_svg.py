"""Cards and banners write their vector pieces with card.Svg, the very text svgwrite wrote for them, and
card.disc_mask resizes only the edge of a disc, the same pixels as a resize of the whole."""

import pytest
import svgwrite
from PIL import Image

from avatarstudio.core.generate import generate
from avatarstudio.core.persona import theme_palette
from avatarstudio.core.presets import load_all
from avatarstudio.export import banner, card, kit


@pytest.fixture(scope="module")
def pack():
    from avatarstudio.core.pack import load_builtin

    return load_builtin()


@pytest.fixture(scope="module", params=["sakura", "mochi", "kaede"])
def design(pack, request):
    return kit.ensure_persona(pack, generate(pack, request.param))[0]


def _svgwrite(w, h):
    return svgwrite.Drawing(size=(w, h), viewBox=f"0 0 {w} {h}", profile="full", debug=False)


@pytest.mark.parametrize("kind", card.PATTERNS)
def test_patterns_are_written_as_svgwrite_wrote_them(pack, design, kind):
    theme = theme_palette(pack, design)
    for w, h in ((3000, 1000), (1080, 1350), (851, 315), (400, 400), (77, 1001)):
        for scale, opacity in ((1.0, 0.55), (w / 500, 0.8), (0.37, 1.0)):
            ours, theirs = card.Svg(w, h), _svgwrite(w, h)
            for dwg in (ours, theirs):
                card.draw_pattern(dwg, w, h, theme, kind, design.seed, scale=scale, opacity=opacity)
            assert ours.tostring() == theirs.tostring(), (kind, w, h, scale)


def test_cards_and_banners_are_written_as_svgwrite_wrote_them(pack, design, monkeypatch):
    drawn: list[str] = []

    class Capture:
        def render(self, layers, w, h):
            drawn.append(layers[0].svg)
            return Image.new("RGBA", (w, h))

    def both():
        for platform in load_all().values():
            for target in platform.targets.values():
                if target.kind == "banner":
                    side = banner.avatar_side(target)
                    banner.render_banner(
                        pack, design, target, Capture(), avatar=Image.new("RGBA", (side, side))
                    )
                elif target.kind == "card":
                    card.render_card(pack, design, target, Capture())

    both()
    ours = list(drawn)
    drawn.clear()
    monkeypatch.setattr(card, "new_svg", _svgwrite)
    monkeypatch.setattr(banner, "new_svg", _svgwrite)
    both()
    assert len(ours) > 15 and ours == drawn


def test_attributes_are_named_and_escaped_as_svgwrite_did():
    ours, theirs = card.Svg(10, 10), _svgwrite(10, 10)
    for dwg in (ours, theirs):
        dwg.add(dwg.rect((0.5, 1), (2, 3), rx=None, fill='a&b<"c">', stroke_width=2, class_="x"))
        dwg.add(dwg.circle((1, 2), 0.25, opacity=""))
    assert ours.tostring() == theirs.tostring()


def test_disc_mask_is_the_whole_resize_of_the_drawn_disc():
    from PIL import ImageDraw

    for size in [*range(1, 260), *range(260, 720, 7)]:
        big = size * card.DISC_SS
        drawn = Image.new("L", (big, big), 0)
        ImageDraw.Draw(drawn).ellipse((0, 0, big - 1, big - 1), fill=255)
        whole = drawn.resize((size, size), Image.Resampling.LANCZOS)
        assert card.disc_mask(size).tobytes() == whole.tobytes(), size
