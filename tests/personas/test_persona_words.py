"""The user's words are kept: only empty persona fields are generated; images print each platform's
handle form; bios are checked against each platform's limit; hashtags are valid; emoji are refused by
name, never dropped; cards show the bio."""

from dataclasses import replace

import pytest
from support import MINI_PACK

from avatarstudio.core import persona as P
from avatarstudio.core.design import Persona
from avatarstudio.core.errors import ExportError
from avatarstudio.core.generate import generate
from avatarstudio.core.pack import load_pack
from avatarstudio.core.presets import load_all
from avatarstudio.core.profile import profile_text
from avatarstudio.export import (
    banner,
    card,
    fonts,
)
from avatarstudio.export.kit import build_kit, ensure_persona
from avatarstudio.render import Renderer

KAEDE_BIO = "Quiet sketches of rainy streets and cats."


@pytest.fixture(scope="module")
def pack():
    return load_pack(MINI_PACK)


@pytest.fixture(scope="module")
def platforms():
    return load_all()


@pytest.fixture
def drawn(monkeypatch):
    """Every text string drawn on a card or banner, per image."""
    seen: list[str] = []
    real = card.draw_text

    def record(draw, xy, text, f, fill, anchor="la"):
        seen.append(text)
        return real(draw, xy, text, f, fill, anchor)

    monkeypatch.setattr(card, "draw_text", record)
    monkeypatch.setattr(banner, "draw_text", record)
    return seen


def test_only_empty_fields_are_generated(pack):
    d = generate(pack, "kaede")
    d = replace(d, persona=Persona(display_name="Kaede", bio=KAEDE_BIO))
    filled, generated = ensure_persona(pack, d)
    assert filled.persona.display_name == "Kaede" and filled.persona.bio == KAEDE_BIO
    assert set(generated) == {"handle", "tags", "theme"}
    assert filled.persona.handle.startswith("kaede") and P.canonical_handle_ok(filled.persona.handle)
    full = replace(d, persona=replace(filled.persona))
    assert ensure_persona(pack, full) == (full, ())  # nothing left to fill: nothing changes


def test_kaede_keeps_name_and_bio_on_every_card_and_header(pack, platforms, drawn, tmp_path):
    d = replace(generate(pack, "kaede"), persona=Persona(display_name="Kaede", bio=KAEDE_BIO))
    with_images = sorted(
        p.id for p in platforms.values() if any(t.kind in ("card", "banner") for t in p.targets.values())
    )
    renderer = Renderer()
    from avatarstudio.export.kit import kit_files

    filled, generated = ensure_persona(pack, d)
    for pid in with_images:
        platform = platforms[pid]
        for target in platform.targets.values():
            if target.kind not in ("card", "banner"):
                continue
            drawn.clear()
            render = card.render_card if target.kind == "card" else banner.render_banner
            render(pack, filled, target, renderer)
            assert "Kaede" in drawn, (target.name, drawn)
            if target.kind == "card":
                words = " ".join(drawn)
                assert "Quiet sketches" in words, (target.name, drawn)  # the bio is on the card
        text = kit_files(pack, filled, platform, renderer, generated=generated)["profile.txt"].decode()
        assert "display_name: Kaede" in text and f"bio: {KAEDE_BIO}" in text
        assert "generated: handle, tags, theme" in text
    # And through build_kit, the front door the CLI and studio use.
    report = build_kit(pack, d, "x", tmp_path, renderer=renderer)
    assert set(report.persona_generated) == {"handle", "tags", "theme"}
    assert "display_name: Kaede" in (tmp_path / "x" / "profile.txt").read_text()


def test_handles_in_images_follow_each_platform_over_2000_personas(pack, platforms):
    targets = [t for p in platforms.values() for t in p.targets.values() if t.kind in ("card", "banner")]
    ruled = [t for t in targets if t.platform in P.HANDLE_RULES]
    assert {"bluesky", "x", "facebook"} <= {t.platform for t in ruled}
    for i in range(2000):
        lang = "ja" if i % 2 else "en"
        handle = P.generate_persona(generate(pack, f"h{i}"), pack, language=lang).handle
        for t in ruled:
            shown = card.image_handle(t, Persona(handle=handle))
            assert shown == "@" + P.handle_for(t.platform, handle)
            assert P.handle_valid(t.platform, shown[1:]), (t.name, shown)


def test_bluesky_card_draws_the_dash_handle(pack, platforms, drawn):
    d = replace(generate(pack, "dash"), persona=Persona(display_name="Ren", handle="ren_moon", bio="Hi."))
    card.render_card(pack, d, platforms["bluesky"].targets["card"], Renderer())
    assert "@ren-moon" in drawn and "@ren_moon" not in drawn


def test_the_users_own_handle_per_platform_wins(pack, platforms, drawn):
    persona = Persona(display_name="Ren", handle="ren_moon", bio="Hi.", handles=(("bluesky", "ren-art"),))
    d = replace(generate(pack, "own"), persona=persona)
    card.render_card(pack, d, platforms["bluesky"].targets["card"], Renderer())
    assert "@ren-art" in drawn
    assert "handle: @ren-art" in profile_text(platforms["bluesky"], d)
    assert "handle: @ren_moon" in profile_text(platforms["x"], d)


def test_cards_show_the_bio_for_instagram_and_bluesky(pack, platforms, drawn):
    renderer = Renderer()
    for i in range(6):
        d = P.with_persona(generate(pack, f"bio{i}"), pack, language="ja" if i % 2 else "en")
        for pid in ("instagram", "bluesky"):
            drawn.clear()
            card.render_card(pack, d, platforms[pid].targets["card"], renderer)
            assert any(line and line.rstrip("…") in d.persona.bio for line in drawn[-3:]), (pid, drawn)
            assert d.persona.bio[:6] in "".join(drawn), (pid, drawn)


def test_bio_over_a_limit_is_flagged_or_shortened_with_consent(pack, platforms):
    bio = "Drawing rainy streets. " * 5  # 115 characters: over Telegram's 70 and TikTok's 80
    d = replace(generate(pack, "b"), persona=Persona(display_name="Wren", handle="wren_sky", bio=bio.strip()))
    text = profile_text(platforms["telegram"], d)
    assert "bio: " + bio.strip() in text and "TOO LONG" in text and "70" in text
    short = profile_text(platforms["telegram"], d, shorten=True)
    line = next(x for x in short.splitlines() if x.startswith("bio: "))[5:]
    assert len(line) <= 70 and bio.startswith(line) and "SHORTENED" in short
    assert "ok, 114/256" in profile_text(platforms["bluesky"], d)
    for pid, (limit, source) in P.BIO_LIMITS.items():
        assert 50 <= limit <= 2600 and source, pid


def test_bios_fit_or_are_flagged(pack, platforms):
    """A user's bio over a limit is flagged TOO LONG (never cut silently); a generated one is cut to fit
    and marked."""
    over = 0
    for i in range(200):
        d = P.with_persona(generate(pack, f"g{i}"), pack)
        for pid in ("telegram", "tiktok", "x"):
            limit = P.BIO_LIMITS[pid][0]
            mine = profile_text(platforms[pid], d)  # as if the user had typed it
            assert ("TOO LONG" in mine) == (len(d.persona.bio) > limit)
            made = profile_text(platforms[pid], d, generated=("bio",))
            bio = next(x for x in made.splitlines() if x.startswith("bio: "))[5:]
            assert len(bio) <= limit and "TOO LONG" not in made
            assert ("SHORTENED (the generated bio)" in made) == (len(d.persona.bio) > limit)
            over += len(d.persona.bio) > limit
    assert over > 20  # the generator does write bios longer than Telegram's 70


def test_hashtags_are_valid_on_every_platform(pack, platforms):
    assert P.hashtag("rhythm games") == "RhythmGames" and P.hashtag("カフェ巡り") == "カフェ巡り"
    for i in range(400):
        d = P.with_persona(generate(pack, f"t{i}"), pack, language="en" if i % 2 else "ja")
        for pid in P.HASHTAG_RULES:
            if pid not in platforms:
                continue
            text = profile_text(platforms[pid], d)
            assert "tags_check: ok" in text, (pid, d.persona.tags)
            tags_line = next(x for x in text.splitlines() if x.startswith("tags: "))
            assert all(" " not in t for t in tags_line[6:].split(" #"))


def _pink(image) -> int:
    import numpy as np

    a = np.asarray(image.convert("RGB")).astype(int)
    return int(
        np.count_nonzero((a[..., 0] > 220) & (a[..., 1] < 190) & (a[..., 2] > 170) & (a[..., 2] < 235))
    )


def test_emoji_the_user_types_are_drawn(pack, platforms, drawn):
    assert fonts.emoji_path() is not None, (
        "no colour emoji font (tools/setup.sh installs fonts-noto-color-emoji)"
    )
    base = Persona(display_name="Mio", handle="mio_tea", bio="tea and cats", tags=("tea",), theme="#3a6ea5")
    target = platforms["bluesky"].targets["card"]
    renderer = Renderer()
    plain = card.render_card(pack, replace(generate(pack, "e"), persona=base), target, renderer)
    with_emoji = replace(base, bio="tea and cats 🌸🌸🌸", tags=("tea", "🌸"))
    drawn.clear()
    image = card.render_card(pack, replace(generate(pack, "e"), persona=with_emoji), target, renderer)
    assert "#🌸" in drawn and any("🌸🌸🌸" in t for t in drawn)  # nothing dropped, no empty tag chip
    assert _pink(image) > _pink(plain) + 300  # the blossoms are drawn in colour
    text = profile_text(platforms["bluesky"], replace(generate(pack, "e"), persona=with_emoji))
    assert "#🌸" in text and "tags_check: NOT VALID: 🌸" in text  # kept, and flagged as no hashtag


def test_undrawable_characters_are_refused_by_name(pack, tmp_path, monkeypatch):
    d = replace(
        generate(pack, "e"),
        persona=Persona(display_name="Mio", handle="mio_tea", bio="hi \u0378", tags=("tea",)),
    )
    with pytest.raises(ExportError) as err:
        build_kit(pack, d, "x", tmp_path / "k")
    assert "U+0378" in str(err.value) and "bio" in str(err.value)
    assert not (tmp_path / "k").exists()  # nothing half-written
    # Without the emoji font, emoji are refused by name with the font to install.
    monkeypatch.setattr(fonts, "emoji_path", lambda: None)
    monkeypatch.setattr(fonts, "emoji_font", lambda: None)
    fonts.is_emoji.cache_clear()
    try:
        d = replace(d, persona=replace(d.persona, bio="hi", tags=("🌸", "tea")))
        with pytest.raises(ExportError, match="U\\+1F338.*fonts-noto-color-emoji"):
            build_kit(pack, d, "x", tmp_path / "k")
    finally:
        fonts.is_emoji.cache_clear()


def test_refusal_is_exit_2_on_the_cli(tmp_path, pack, capsys):
    from avatarstudio import cli
    from avatarstudio.core import design as design_io

    d = replace(generate(pack, "e"), persona=Persona(display_name="Mio \u0378", handle="mio_tea", bio="hi"))
    design_io.save(d, tmp_path / "mio.avatar.json")
    args = ["kit", str(tmp_path / "mio.avatar.json"), "--pack", str(MINI_PACK), "--platform", "x"]
    assert cli.main([*args, "-o", str(tmp_path / "k")]) == 2
    assert "U+0378" in capsys.readouterr().err
