"""Cards and banners: safe zones, nothing under the profile-picture overlap, text never clipped."""

from dataclasses import replace

import pytest

from avatarstudio.core import persona as P
from avatarstudio.core.errors import ExportError
from avatarstudio.core.generate import generate
from avatarstudio.core.pack import load_pack
from avatarstudio.core.presets import load_all
from avatarstudio.export import fonts
from avatarstudio.export.banner import _overlaps, placement, render_banner, zones
from avatarstudio.export.card import render_card
from tests.conftest import MINI_PACK

BANNERS = [t for p in load_all().values() for t in p.targets.values() if t.kind == "banner"]
CARDS = [t for p in load_all().values() for t in p.targets.values() if t.kind == "card"]


@pytest.fixture(scope="module")
def renderer():
    from avatarstudio.render import Renderer

    return Renderer()


@pytest.fixture(scope="module")
def pack():
    return load_pack(MINI_PACK)


def _longest(language: str) -> P.Persona:
    name = max(P.all_display_names(language), key=lambda n: (fonts.text_width(n, fonts.font(40, "bold")), n))
    bio = max(P.BIO_JA if language == "ja" else P.BIO_EN, key=len)
    bio = (
        bio.format(
            i1="コスプレ",
            i2="カフェ巡り",
            i3="リズムゲーム",
            role="のんびり屋",
            act="ゲームの記録",
            role_cap="Slow-living soul",
            act_cap="Favourite things",
        )
        if "{" in bio
        else bio
    )
    tags = tuple(
        max(P.INTERESTS, key=lambda i: len(i[1 if language == "ja" else 2]))[1 if language == "ja" else 2]
        for _ in range(3)
    )
    return P.Persona(
        display_name=name,
        handle="sakurako_kirishima"[:15],
        bio=bio * 2,
        tags=tags,
        theme="#d3586f",
        language=language,
    )


def test_banner_placement_in_safe_zone_and_clear_of_overlap():
    assert BANNERS, "banner targets exist"
    for target in BANNERS:
        safe, avoid = zones(target)
        place = placement(target)
        for box in (place.avatar, place.text):
            assert safe[0] <= box[0] and safe[1] <= box[1] and box[2] <= safe[2] and box[3] <= safe[3], (
                target.name
            )
            assert not any(_overlaps(box, a) for a in avoid), target.name
        assert not _overlaps(place.avatar, place.text), target.name
        assert place.avatar[2] - place.avatar[0] >= 0.25 * (safe[3] - safe[1]), target.name


def test_x_header_keeps_the_lower_left_free():
    x = load_all()["x"].targets["header"]
    place = placement(x)
    # The profile picture covers [0, 330, 420, 500] (§2): nothing of ours may sit there.
    assert place.avatar[0] >= 420 or place.avatar[3] <= 330
    assert place.text[0] >= 420 or place.text[3] <= 330


@pytest.mark.parametrize("language", ["ja", "en"])
def test_longest_names_fit_on_every_card_and_banner(pack, renderer, language):
    design = replace(generate(pack, "long"), persona=_longest(language))
    for target in CARDS + BANNERS:
        image = (
            render_card(pack, design, target, renderer)
            if target.kind == "card"
            else render_banner(pack, design, target, renderer)
        )  # raises ExportError if any text leaves its box
        assert image.size == target.size


def test_longest_generated_names_shrink_rather_than_cut():
    # Card name line: at least 40% of the narrowest card width is available, size 10u down to 4u.
    for language in ("ja", "en"):
        for name in sorted(P.all_display_names(language), key=len)[-20:]:
            for width, u in ((1200 * 0.47, 6.75), (1000 * 0.8, 10.0), (1080 * 0.8, 10.8)):
                f, text = fonts.fit_line(name, int(width), int(10 * u), int(4 * u), "bold")
                assert text == name and fonts.text_width(text, f) <= width


def test_overlong_text_is_cut_with_ellipsis_not_clipped():
    f, text = fonts.fit_line("あ" * 200, 300, 40, 20)
    assert text.endswith("…") and fonts.text_width(text, f) <= 300
    lines = fonts.wrap_lines("長い自己紹介" * 50, fonts.font(20), 200, 3)
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert all(fonts.text_width(line, fonts.font(20)) <= 200 for line in lines)


def test_font_lookup_fails_with_install_hint(monkeypatch, tmp_path):
    monkeypatch.setattr(fonts, "DEBIAN_DIRS", (tmp_path,))
    fonts.font_path.cache_clear()
    try:
        with pytest.raises(ExportError, match="fonts-noto-cjk"):
            fonts.font_path()
    finally:
        fonts.font_path.cache_clear()


def test_bundled_font_dir_is_searched_first(monkeypatch, tmp_path):
    import sys

    (tmp_path / "fonts").mkdir()
    real = fonts.font_path()
    (tmp_path / "fonts" / "NotoSansCJK-Regular.ttc").symlink_to(real)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    fonts.font_path.cache_clear()
    try:
        assert fonts.font_path() == tmp_path / "fonts" / "NotoSansCJK-Regular.ttc"
    finally:
        fonts.font_path.cache_clear()


def test_uncovered_characters_are_dropped_not_drawn_as_tofu():
    # Emoji are drawn from the colour emoji font (issue 13); what no font covers never becomes tofu
    # (cards and banners refuse such persona text by name before drawing: export.card.require_drawable).
    emoji = "😀" if fonts.emoji_path() else ""
    assert fonts.clean("みか😀☆\u0378") == f"みか{emoji}☆"
