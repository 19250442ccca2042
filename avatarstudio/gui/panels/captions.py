"""Part tiles with whole names: a caption wrapped on word boundaries (Qt's line breaking, so Japanese
breaks between characters), cut short with "…" only when it cannot fit in its lines at all, and the cell
width that lets the pack's longest word fit."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

MAX_LINES = 3  # a caption's most lines ("Tapered nape (men's cuts)" takes three in a narrow tile)
PAD = 2  # px between a cell's edge and its caption or icon


def _lines(text: str, font: QFont, width: float, wrap: QTextOption.WrapMode) -> list[tuple[str, float]]:
    option = QTextOption()
    option.setWrapMode(wrap)
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    layout.beginLayout()
    out = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        out.append(
            (text[line.textStart() : line.textStart() + line.textLength()].strip(), line.naturalTextWidth())
        )
    layout.endLayout()
    return out


def caption_lines(text: str, font: QFont, width: int, max_lines: int = MAX_LINES) -> tuple[list[str], bool]:
    """``text`` as the lines drawn in ``width`` px, and whether it had to be cut short: wrapped between
    words; a word wider than a line broken inside it; the last line elided only when more lines would
    be needed than ``max_lines``."""
    lines = _lines(text, font, width, QTextOption.WrapMode.WordWrap)
    if any(w > width for _, w in lines):
        lines = _lines(text, font, width, QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    texts = [t for t, _ in lines if t]
    if len(texts) <= max_lines:
        return texts, False
    rest = " ".join(texts[max_lines - 1 :])
    last = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return [*texts[: max_lines - 1], last], True


def widest_word(texts, font: QFont) -> float:
    """The widest piece of ``texts`` that Qt will not break (a word, or "Heavy-" of "Heavy-lidded")."""
    return max(
        (w for text in texts for _, w in _lines(text, font, 1, QTextOption.WrapMode.WordWrap)), default=0
    )


def fitting_width(texts, font: QFont, max_lines: int = MAX_LINES) -> int:
    """The narrowest caption, in px, that holds every one of ``texts`` whole: no word broken, no more
    than ``max_lines`` lines (a caption is never worse for being wider)."""

    def fits(text: str, width: int) -> bool:
        lines = _lines(text, font, width, QTextOption.WrapMode.WordWrap)
        return len(lines) <= max_lines and all(w <= width for _, w in lines)

    least = math.ceil(widest_word(texts, font))
    for text in texts:
        if not fits(text, least):
            lo, hi = least + 1, max(least + 1, math.ceil(QFontMetrics(font).horizontalAdvance(text)) + 1)
            while lo < hi:
                mid = (lo + hi) // 2
                lo, hi = (lo, mid) if fits(text, mid) else (mid + 1, hi)
            least = lo
    return least


def lines_needed(texts, font: QFont, width: int) -> int:
    """The most lines any of ``texts`` takes, wrapped in ``width`` px (uncapped)."""
    return max((len(caption_lines(text, font, width, max_lines=1000)[0]) for text in texts), default=1)


class TileDelegate(QStyledItemDelegate):
    """Draws a part tile: the picture on top, the whole name under it on up to MAX_LINES lines."""

    def caption_width(self, cell: int) -> int:
        return cell - 2 * PAD

    def lines(self, index, view) -> tuple[list[str], bool]:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        return caption_lines(text, view.font(), self.caption_width(view.gridSize().width()))

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
        painter.save()
        painter.setFont(view.font())
        painter.setPen(opt.palette.color(QPalette.ColorRole.Text))
        height = QFontMetrics(view.font()).height()
        top = icon_rect.bottom() + 1 + PAD
        for i, line in enumerate(self.lines(index, view)[0]):
            box = QRect(rect.x() + PAD, top + i * height, rect.width() - 2 * PAD, height)
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, line)
        painter.restore()
        if opt.state & QStyle.StateFlag.State_HasFocus:
            focus = QStyleOptionViewItem(opt)
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, view)
