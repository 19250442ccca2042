"""The canvas: the big live preview with the dice, undo and redo always in sight, and a short
first-run hint (shown until dismissed; remembered in the settings as ``hint/dismissed``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from .panels.common import drawn_icon


def _paint(kind: str, p: QPainter, s: float, ink: QColor) -> None:
    pen = QPen(ink, s * 0.08, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    if kind == "dice":
        p.drawRoundedRect(QRectF(s * 0.14, s * 0.14, s * 0.72, s * 0.72), s * 0.14, s * 0.14)
        p.setBrush(ink)
        for x, y in ((0.34, 0.34), (0.5, 0.5), (0.66, 0.66), (0.66, 0.34), (0.34, 0.66)):
            p.drawEllipse(QPointF(s * x, s * y), s * 0.06, s * 0.06)
        return
    path = QPainterPath(QPointF(s * 0.3, s * 0.4))
    path.cubicTo(s * 0.55, s * 0.2, s * 0.9, s * 0.35, s * 0.78, s * 0.68)
    path.lineTo(s * 0.62, s * 0.82)
    head = QPainterPath(QPointF(s * 0.42, s * 0.22))
    head.lineTo(s * 0.26, s * 0.4)
    head.lineTo(s * 0.46, s * 0.52)
    if kind == "redo":  # the undo arrow, mirrored
        p.translate(s, 0)
        p.scale(-1, 1)
    p.drawPath(path)
    p.drawPath(head)


def _icon(kind: str, ink: QColor, size: int = 26) -> QIcon:
    return drawn_icon(size, lambda p, s: _paint(kind, p, s, ink))


class Canvas(QWidget):
    def __init__(self, preview, settings, parent=None):
        super().__init__(parent)
        self.preview, self.settings = preview, settings
        self.setObjectName("canvas")
        self.dice = self._button("dice")
        self.undo = self._button("undo")
        self.redo = self._button("redo")
        self.export = QToolButton()
        self.export.setObjectName("canvasExport")
        self.dice.setObjectName("dice")
        self.undo.setObjectName("canvasUndo")
        self.redo.setObjectName("canvasRedo")
        self.hint = QLabel()
        self.hint.setObjectName("firstRunHint")
        self.hint.setWordWrap(True)
        self.hint_close = QToolButton()
        self.hint_close.setObjectName("hintClose")
        self.hint_close.clicked.connect(self.dismiss_hint)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 8, 8, 0)  # the row fits a 420 px canvas (a 1024 px window)
        bar.setSpacing(6)
        bar.addWidget(self.dice)
        bar.addStretch(1)
        bar.addWidget(self.undo)
        bar.addWidget(self.redo)
        bar.addSpacing(4)
        bar.addWidget(self.export)
        self.hint_box = QWidget()
        self.hint_box.setObjectName("hintBox")
        hint_row = QHBoxLayout(self.hint_box)
        hint_row.setContentsMargins(12, 6, 6, 6)
        hint_row.addWidget(self.hint, 1)
        hint_row.addWidget(self.hint_close, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addLayout(bar)
        box.addWidget(preview, 1)
        box.addWidget(self.hint_box)
        self.hint_box.setVisible(settings.value("hint/dismissed", "false") not in (True, "true"))
        self.retranslate()

    def _button(self, kind: str) -> QToolButton:
        b = QToolButton()
        b.setIconSize(QSize(22, 22))
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        b.setProperty("kind", kind)
        return b

    def connect_actions(self, dice, undo, redo, export) -> None:
        """The buttons trigger the window's actions and follow their enabled state."""
        for button, action in (
            (self.dice, dice),
            (self.undo, undo),
            (self.redo, redo),
            (self.export, export),
        ):
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            button.setEnabled(action.isEnabled())
        self._actions = (dice, undo, redo, export)
        self.retranslate()

    def dismiss_hint(self) -> None:
        self.hint_box.hide()
        self.settings.setValue("hint/dismissed", "true")

    def retranslate(self) -> None:
        ink = self.palette().color(self.foregroundRole())
        self.dice.setIcon(_icon("dice", ink))
        self.undo.setIcon(_icon("undo", ink))
        self.redo.setIcon(_icon("redo", ink))
        self.dice.setText(self.tr("New avatar"))
        self.dice.setToolTip(self.tr("Roll a new avatar; locked parts and colours stay (Ctrl+R)"))
        self.undo.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.redo.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.undo.setAccessibleName(self.tr("Undo"))
        self.redo.setAccessibleName(self.tr("Redo"))
        self.hint.setText(
            self.tr(
                "Pick a category on the left, then click a part to put it on. The dice rolls a new "
                "avatar; Ctrl+Z takes any step back. Export (Ctrl+E) makes the files for each platform."
            )
        )
        self.hint_close.setText(self.tr("Got it"))
        self.export.setText(self.tr("Export…"))
        self.export.setToolTip(self.tr("Make the files for your platforms (Ctrl+E)"))

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self.retranslate()
        super().changeEvent(event)
