"""LINE asks the creator of an animated emoji set to choose 4 of them as main images: the kit names them
in line-submission.txt, in ja and en, as the first 4 emoji in conversational order."""

import pytest

from avatarstudio.core.errors import ExportError
from avatarstudio.core.generate import generate
from avatarstudio.core.pack import load_pack
from avatarstudio.core.presets import load_all
from avatarstudio.export.kit import _Builder, ensure_persona, kit_files
from avatarstudio.export.packaging import line_main_emoji
from tests.conftest import MINI_PACK


@pytest.mark.parametrize("language", ["ja", "en"])
def test_line_submission_names_four_main_animated_emoji(language):
    pack = load_pack(MINI_PACK)
    design, _ = ensure_persona(pack, generate(pack, "main-emoji-1"), language)
    builder = _Builder(pack, design, None, None, plan=True)
    platform = load_all()["line"]
    files = kit_files(pack, design, platform, None, builder=builder, animated=True)
    text = files["line-submission.txt"].decode("utf-8")
    assert text.startswith("# LINE Creators Market submission text")  # the stickers' text is kept
    assert "ja: メイン画像 001 002 003 004\n" in text
    assert "en: main images 001 002 003 004\n" in text
    # 001-004 are the first 4 emoji, taken in conversational order
    order = builder.figures.kit.intents
    first = [order.index(it) for it in builder.emoji_intents(platform.targets["animated_emoji"])[:4]]
    assert first == sorted(first)


def test_line_main_emoji_refuses_a_set_smaller_than_four():
    target = load_all()["line"].targets["animated_emoji"]
    packs = [("line-animated-emoji.zip", [(f"{i:03d}.png", b"", None) for i in range(1, 4)])]
    with pytest.raises(ExportError, match="4 main emoji"):
        line_main_emoji(target, None, packs, None, {})


def test_line_main_emoji_takes_the_first_four_names():
    target = load_all()["line"].targets["animated_emoji"]
    packs = [("z.zip", [(f"{i:03d}.png", b"", None) for i in (5, 2, 7, 1, 3)])]
    out = line_main_emoji(target, None, packs, None, {"line-submission.txt": b"x\n"})
    assert out["line-submission.txt"].decode("utf-8").splitlines()[1:] == [
        f"[main emoji: {target.label}]",
        "ja: メイン画像 005 002 007 001",
        "en: main images 005 002 007 001",
    ]
