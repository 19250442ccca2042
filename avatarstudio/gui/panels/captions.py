"""Part tiles with whole names. One rule, here, for where a caption may break and how it shrinks:

* English breaks between words (and after the hyphen of "Heavy-lidded"), never inside a word.
* Japanese breaks where a reader would: after a space, "＋" or "・", before an opening bracket and
  after a closing one, between a word in katakana and one in kanji or hiragana, after the particle の;
  never before small kana, ー, ン or closing punctuation, never after an opening bracket, never inside a
  bracketed group of up to three characters ("（後ろ）"), never after a lone Latin letter ("Tシャツ").
  Kanji followed by its hiragana (okurigana) and a run of one script are broken only when nothing else
  fits, and then with at least two characters on each side ("ウルフ/カット", not "ウルフカッ/ト").
* A name that does not fit whole is first written a step smaller (SMALLER) before it is broken inside
  a run; only a name that cannot fit at all is broken anywhere and cut short with "…".

Among the layouts the rule allows, the one with the fewest breaks inside a run, then the larger type
(so a row's names are alike), then the fewest lines, then the most even lines is drawn."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...core.linebreak import NO_LINE_START

MAX_LINES = 3  # a caption's most lines ("Tapered nape (men's cuts)" takes three in a narrow tile)
PAD = 2  # px between a cell's edge and its caption or icon
SMALLER = 0.88  # the step a caption shrinks by before a name is broken inside a run

NO_START = NO_LINE_START | set("ンん")  # kinsoku, and no Japanese word starts with ン
NO_END = set("（「『【〔〈《［｛([{")
AFTER = set("＋+・/／")  # a break after these
CLOSE_OF = {"（": "）", "(": ")", "「": "」", "『": "』", "【": "】", "［": "］"}
GOOD, INNER = 2, 1


def script(c: str) -> str:
    """K kanji, H hiragana, A katakana, L Latin letters and digits, S space, P anything else."""
    o = ord(c)
    if c.isspace():
        return "S"
    if 0x3041 <= o <= 0x309F:
        return "H"
    if 0x30A0 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9F:
        return "A"
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or c == "々":
        return "K"
    if c.isalnum() or c in "'’":
        return "L"
    return "P"


def breaks(text: str) -> list[int]:
    """For each position i (0..len), how well a line may start at text[i]: GOOD, INNER (only when
    nothing else fits) or 0 (never); the ends count as GOOD."""
    n = len(text)
    kinds = [script(c) for c in text]
    out = [0] * (n + 1)
    out[0] = out[n] = GOOD
    closed: set[int] = set()  # positions inside a short bracketed group
    for i, c in enumerate(text):
        if c in CLOSE_OF:
            j = text.find(CLOSE_OF[c], i + 1)
            if 0 < j - i - 1 <= 3:
                closed.update(range(i + 1, j + 1))
    for i in range(1, n):
        a, b, ka, kb = text[i - 1], text[i], kinds[i - 1], kinds[i]
        if kb == "S" or b in NO_START or a in NO_END or i in closed:
            continue
        if ka == "S" or a in AFTER or a in "）)]」』】" or b in "（([「『【":
            out[i] = GOOD
        elif a == "-" and i >= 2 and kinds[i - 2] == "L" and kb == "L":
            out[i] = GOOD  # Heavy-|lidded
        elif ka == "L" or kb == "L":
            lone = ka == "L" and (i < 2 or kinds[i - 2] != "L")  # "T" of Tシャツ, "V" of Vライン
            out[i] = 0 if ka == kb or lone or ka == "P" or kb == "P" else GOOD
        elif ka == "H" and a == "の" and kb in "HAK":
            out[i] = GOOD  # 大人の|やさしい目
        elif ka == kb or (ka == "K" and kb == "H"):
            start, end = i - 1, i
            while start > 0 and kinds[start - 1] == ka:
                start -= 1
            while end < n - 1 and kinds[end + 1] == kb:
                end += 1
            out[i] = INNER if i - start >= 2 and end + 1 - i >= 2 else 0
        elif ka in "HAK" and kb in "HAK":
            out[i] = GOOD  # between scripts: 猫耳|ヘッドホン, そばかすと|チーク
    return out


@dataclass(frozen=True)
class Caption:
    lines: tuple[str, ...]
    font: QFont
    cut: bool  # broken inside a word or cut short with "…": the name did not fit


def _layout(
    text: str, width_of, width: float, cuts: dict[int, float], max_lines: int
) -> tuple[list[str], float] | None:
    """The lines of ``text`` broken at some of ``cuts`` ({position: its cost, 0 for a good break}),
    at most ``max_lines`` lines of at most ``width`` px: the least cost, then the fewest lines, then
    the narrowest widest line; with its cost. None when no layout fits."""
    points = [0, *sorted(cuts), len(text)]
    cost_at = {**cuts, 0: 0.0}
    # best[(j, lines)]: (cost, widest, previous point) of the best layout of text[:points[j]]
    best: dict[tuple[int, int], tuple[float, float, int]] = {(0, 0): (0.0, 0.0, -1)}
    for j in range(1, len(points)):
        for i in range(j):
            piece = text[points[i] : points[j]].strip()
            w = width_of(piece)
            if w > width:
                continue
            for lines in range(max_lines):
                if (i, lines) not in best:
                    continue
                cost, widest, _ = best[(i, lines)]
                new = (cost + cost_at[points[i]], max(widest, w), i)
                if (j, lines + 1) not in best or new[:2] < best[(j, lines + 1)][:2]:
                    best[(j, lines + 1)] = new
    last = len(points) - 1
    ends = [(best[(last, n)][0], n, best[(last, n)][1]) for n in range(1, max_lines + 1) if (last, n) in best]
    if not ends:
        return None
    cost, lines, _ = min(ends)
    out, j = [], last
    while j > 0:
        i = best[(j, lines)][2]
        out.append(text[points[i] : points[j]].strip())
        j, lines = i, lines - 1
    return [line for line in reversed(out) if line], cost


_cache: dict[tuple, Caption] = {}
_widths: dict[tuple[str, str], float] = {}


def smaller(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * SMALLER)
    return small


def _width_fn(font: QFont):
    metrics, key = QFontMetricsF(font), font.key()

    def width_of(s: str) -> float:
        w = _widths.get((key, s))
        if w is None:
            w = _widths[(key, s)] = metrics.horizontalAdvance(s)
        return w

    return width_of


def caption(text: str, font: QFont, width: float, max_lines: int = MAX_LINES) -> Caption:
    """``text`` as drawn in a caption ``width`` px wide: the module's rule (see above)."""
    key = (text, font.key(), round(width, 2), max_lines)
    if key in _cache:
        return _cache[key]
    quality = breaks(text)
    good = {i: 0.0 for i in range(1, len(text)) if quality[i] == GOOD}
    every = {i: float(q == INNER) for i, q in enumerate(quality) if q and 0 < i < len(text)}
    found = []
    for rank, (f, cuts) in enumerate(
        ((font, good), (smaller(font), good), (font, every), (smaller(font), every))
    ):
        laid = _layout(text, _width_fn(f), width, cuts, max_lines)
        if laid is not None:
            found.append((laid[1], len(laid[0]), rank, laid[0], f))
    if found:  # whole words; the fewest breaks inside a run, the larger type, the fewest lines
        _cost, _n, _rank, lines, f = min(found, key=lambda x: (x[0], x[2], x[1]))
        result = Caption(tuple(lines), f, False)
    else:  # it cannot fit: cut short with "…" after whole words where it can, else broken anywhere
        f = smaller(font)
        laid = _layout(text, _width_fn(f), width, every, 1000)
        if laid is None:
            anywhere = {
                i: 0.0 for i in range(1, len(text)) if text[i] not in NO_START and not text[i].isspace()
            }
            laid = _layout(text, _width_fn(f), width, anywhere, 1000)
        lines = laid[0] if laid is not None else [text]
        if len(lines) > max_lines:
            rest = " ".join(lines[max_lines - 1 :])
            tail = QFontMetrics(f).elidedText(rest, Qt.TextElideMode.ElideRight, max(1, int(width)))
            lines = [*lines[: max_lines - 1], tail]
        result = Caption(tuple(lines), f, True)
    if len(_cache) > 20000:
        _cache.clear()
    _cache[key] = result
    return result


def caption_lines(text: str, font: QFont, width: int, max_lines: int = MAX_LINES) -> tuple[list[str], bool]:
    """The lines of ``caption`` and whether the name had to be cut."""
    c = caption(text, font, width, max_lines)
    return list(c.lines), c.cut


def fits(text: str, font: QFont, width: float, max_lines: int = MAX_LINES) -> bool:
    return not caption(text, font, width, max_lines).cut


def fitting_width(texts, font: QFont, max_lines: int = MAX_LINES) -> int:
    """The narrowest caption, in px, that holds every one of ``texts`` by the rule, uncut (a caption
    is never worse for being wider)."""
    least = 1
    metrics = QFontMetricsF(font)
    for text in texts:
        if fits(text, font, least, max_lines):
            continue
        lo, hi = least + 1, max(least + 1, math.ceil(metrics.horizontalAdvance(text)) + 1)
        while lo < hi:
            mid = (lo + hi) // 2
            lo, hi = (lo, mid) if fits(text, font, mid, max_lines) else (mid + 1, hi)
        least = lo
    return least


def caption_height(texts, font: QFont, width: int) -> int:
    """The px the tallest of ``texts``' captions takes, wrapped in ``width`` px (at most MAX_LINES)."""
    tallest = 1
    for text in texts:
        c = caption(text, font, width)
        tallest = max(tallest, len(c.lines) * QFontMetrics(c.font).height())
    return tallest


def lines_needed(texts, font: QFont, width: int) -> int:
    """The most lines any of ``texts`` takes, wrapped in ``width`` px."""
    return max((len(caption(text, font, width).lines) for text in texts), default=1)


class TileDelegate(QStyledItemDelegate):
    """Draws a part tile: the picture on top, the whole name under it on up to MAX_LINES lines."""

    def caption_width(self, cell: int) -> int:
        return cell - 2 * PAD

    def caption(self, index, view) -> Caption:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        return caption(text, view.font(), self.caption_width(view.gridSize().width()))

    def lines(self, index, view) -> tuple[list[str], bool]:
        c = self.caption(index, view)
        return list(c.lines), c.cut

    def sizeHint(self, option, index) -> QSize:
        view = option.widget if option.widget is not None else self.parent()
        return view.gridSize() - QSize(2, 2)

    def paint(self, painter, option, index) -> None:
        view = option.widget
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = view.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, view)
        rect = opt.rect
        side = view.iconSize().width()
        icon_rect = QRect(rect.x() + (rect.width() - side) // 2, rect.y() + PAD, side, side)
        opt.icon.paint(painter, icon_rect)
        c = self.caption(index, view)
        painter.save()
        painter.setFont(c.font)
        painter.setPen(opt.palette.color(QPalette.ColorRole.Text))
        height = QFontMetrics(c.font).height()
        top = icon_rect.bottom() + 1 + PAD
        for i, line in enumerate(c.lines):
            box = QRect(rect.x() + PAD, top + i * height, rect.width() - 2 * PAD, height)
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, line)
        painter.restore()
        if opt.state & QStyle.StateFlag.State_HasFocus:
            focus = QStyleOptionViewItem(opt)
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, view)
