"""The tile caption rule (gui/panels/captions.py): where Japanese and English names break, and that a
name is written a step smaller before it is broken inside a run."""

import pytest
from PySide6.QtGui import QFont, QFontMetricsF

from avatarstudio.gui.panels.captions import SMALLER, caption


@pytest.fixture
def font(qapp):
    from avatarstudio.gui import theme

    theme.apply(qapp, "light")
    f = QFont(qapp.font())
    f.setPointSizeF(9.45)
    return f


def chars(font, n: int, text: str = "カ") -> float:
    """The width of ``n`` wide characters in ``font``."""
    return QFontMetricsF(font).horizontalAdvance(text * n)


@pytest.mark.parametrize(
    ("name", "room", "lines"),
    [
        ("ウルフカット", 4.5, ["ウルフ", "カット"]),  # not ウルフカッ/ト
        ("アンダーカット（後ろ）", 4.5, ["アンダー", "カット", "（後ろ）"]),  # not （後/ろ）
        ("ドレッドロックス", 4.5, ["ドレッド", "ロックス"]),
        ("ウェーブロング", 4.5, ["ウェーブ", "ロング"]),  # not ウェー/ブロング
        ("シースルーセンター分け", 4.5, ["シースルー", "センター", "分け"]),  # never before ン or ー
        ("大人のやさしい目", 5.5, ["大人の", "やさしい目"]),
        ("猫耳ヘッドホン", 4.5, ["猫耳", "ヘッドホン"]),
        ("ぱっつん＋サイド", 5.5, ["ぱっつん＋", "サイド"]),
        ("ハートのサングラス", 5.5, ["ハートの", "サングラス"]),
        ("Tシャツ", 4.5, ["Tシャツ"]),
        ("Tapered nape (men's cuts)", 6.5, ["Tapered", "nape", "(men's cuts)"]),
        ("Heavy-lidded", 4.5, ["Heavy-", "lidded"]),
    ],
)
def test_names_break_where_a_reader_would(font, name, room, lines):
    got = caption(name, font, chars(font, 1) * room)
    assert not got.cut
    assert list(got.lines) == lines


def test_a_caption_shrinks_a_step_before_it_breaks_inside_a_run(font):
    width = chars(font, 6) - 1  # ウルフカット does not fit at its size, does a step smaller
    got = caption("ウルフカット", font, width)
    assert got.lines == ("ウルフカット",)
    assert got.font.pointSizeF() == pytest.approx(font.pointSizeF() * SMALLER)
    wide = caption("ウルフカット", font, chars(font, 6) + 1)
    assert wide.lines == ("ウルフカット",) and wide.font.pointSizeF() == font.pointSizeF()
    short = caption("Short", font, chars(font, 6))
    assert short.font.pointSizeF() == font.pointSizeF()  # a name that fits keeps the panel's size


def test_a_name_that_cannot_fit_is_cut_with_an_ellipsis_after_whole_words(font):
    got = caption("Tapered nape (men's cuts)", font, chars(font, 1) * 4)
    assert got.cut and len(got.lines) == 3 and got.lines[-1].endswith("…")
    assert got.lines[:2] == ("Tapered", "nape")
