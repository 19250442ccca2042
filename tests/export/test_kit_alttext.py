"""Alt text (ja/en) from part labels and palette colour names; the built-in pack's kit."""

from avatarstudio.core.alttext import alt_text, colour_name
from avatarstudio.core.generate import generate


def test_alt_text_describes_parts_colours_expression(mini_pack):
    d = generate(mini_pack, 3)
    en = alt_text(mini_pack, d, "en")
    ja = alt_text(mini_pack, d, "ja", expression="wink", background=False)
    assert "not a photo" in en and "eyes" in en and "Expression: neutral" in en and "Background:" in en
    assert "写真ではありません" in ja and "表情" in ja and "背景は透明" in ja
    assert alt_text(mini_pack, d, "en") == en  # deterministic


def test_colour_names_are_nearest_palette_names(mini_pack):
    assert colour_name(mini_pack, "#3f7fc0", "en", "eyes") == "blue"
    assert colour_name(mini_pack, "#3f7fc0", "ja", "eyes") == "青"
    assert colour_name(None, "#101010", "en") == "black"


def test_builtin_pack_kit_passes_every_rule(tmp_path):
    """The real art (24 expressions): LINE, WhatsApp and Telegram kits pass their validators."""
    from avatarstudio.core.pack import load_builtin
    from avatarstudio.export.kit import build_kit

    pack = load_builtin()

    report = build_kit(pack, generate(pack, "builtin-kit"), "line,whatsapp,telegram", tmp_path)
    assert (tmp_path / "line" / "line-stickers.zip").stat().st_size <= 20_000_000
    assert len(report.platforms) == 3
    for p in report.files:
        assert p.stat().st_mode & 0o777 == 0o644


def test_alt_text_says_the_colour_names_it_is_given(mini_pack):
    """A kit names the design's colours once (colour_names) and hands them to every line's alt_text."""
    from avatarstudio.core.alttext import colour_names

    d = generate(mini_pack, 3)
    for lang in ("en", "ja"):
        names = colour_names(mini_pack, d, lang)
        assert alt_text(mini_pack, d, lang, "wink", names=names) == alt_text(mini_pack, d, lang, "wink")
        renamed = alt_text(
            mini_pack, d, lang, names={**names, "eye_left": "zzcolour", "eye_right": "zzcolour"}
        )
        assert "zzcolour" in renamed.lower()
