"""What the panels share: the Panel base, a debounce timer, drawn icons, the part-region view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from ...core.compose import View

NONE_PART = ""


def reset_button(name: str, on_click) -> QToolButton:
    """The small "↺" that puts one slider back (object name ``reset_<name>``)."""
    button = QToolButton()
    button.setObjectName(f"reset_{name}")
    button.setText("↺")
    button.setProperty("kind", "reset")
    button.clicked.connect(lambda _=False: on_click())
    return button


def swatch_ring(hex_colour: str) -> QColor:
    """The ring drawn round a swatch: light round a dark colour, dark round a light one, so that the
    darkest and lightest swatches keep their edge on the dark and on the light theme alike."""
    return QColor(255, 255, 255, 170) if QColor(hex_colour).lightnessF() < 0.45 else QColor(0, 0, 0, 110)


def swatch_icon(hex_colour: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(hex_colour))
    painter = QPainter(pixmap)
    painter.setPen(swatch_ring(hex_colour))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


def still_icon(image) -> QIcon:
    """An icon that looks the same selected or not (the selection shows as the caption)."""
    pixmap = QPixmap.fromImage(image)
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        icon.addPixmap(pixmap, mode)
    return icon


def drawn_icon(size: int, paint, icon: QIcon | None = None, state=QIcon.State.Off) -> QIcon:
    """An icon drawn by ``paint(painter, side)`` at 1x and 2x (sharp on high-DPI screens)."""
    icon = icon or QIcon()
    for scale in (1, 2):
        s = size * scale
        pixmap = QPixmap(s, s)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        paint(p, s)
        p.end()
        pixmap.setDevicePixelRatio(scale)
        icon.addPixmap(pixmap, QIcon.Mode.Normal, state)
    return icon


def lock_icon(size: int = 16) -> QIcon:
    """A padlock, open when off and closed when on (drawn, so no font needs the glyph)."""

    def padlock(p: QPainter, s: float, closed: bool) -> None:
        colour = QColor("#d9487a") if closed else QColor("#9aa0a8")  # closed: the theme's accent
        pen = p.pen()
        pen.setColor(colour)
        pen.setWidthF(1.6 * s / size)
        p.setPen(pen)
        shackle = QRectF(s * 0.3, s * 0.1, s * 0.4, s * 0.5)
        if not closed:
            shackle.translate(s * 0.18, -s * 0.06)
        p.drawArc(shackle, 0, 180 * 16)
        p.drawLine(shackle.left(), shackle.center().y(), shackle.left(), s * 0.48)
        if closed:
            p.drawLine(shackle.right(), shackle.center().y(), shackle.right(), s * 0.48)
        p.fillRect(QRectF(s * 0.18, s * 0.46, s * 0.64, s * 0.46), colour)

    icon = drawn_icon(size, lambda p, s: padlock(p, s, False))
    return drawn_icon(size, lambda p, s: padlock(p, s, True), icon, QIcon.State.On)


def region_view(
    region,
    background: bool = True,
    expression=None,
    pad: float = 1.15,
    minimum: float = 280,
    canvas: float | None = None,
    widest: float | None = None,
) -> View:
    """A square view round ``region`` (x0, y0, x1, y1), padded; inside a ``canvas`` px wide canvas when
    given (a region as large as the canvas would otherwise show empty bands round it). With
    ``widest``, a region more than ``widest`` times as wide as it is tall is shown by its middle, a
    square from its height (a garment as wide as the shoulders: its neckline and chest)."""
    x0, y0, x1, y1 = region
    w, h = x1 - x0, y1 - y0
    if widest is not None:
        w = min(w, h * widest)
    side = max(w, h, minimum) * pad
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    left, top = cx - side / 2, cy - side / 2
    if canvas is not None:
        side = min(side, canvas)
        left = max(0.0, min(canvas - side, cx - side / 2))
        top = max(0.0, min(canvas - side, cy - side / 2))
    return View(box=(left, top, side, side), background=background, expression=expression)


class Panel(QWidget):
    """A panel that re-reads its texts when the language changes."""

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        pass


class Debounce:
    def __init__(self, parent, ms: int, fn):
        self.timer = QTimer(parent)
        self.timer.setSingleShot(True)
        self.timer.setInterval(ms)
        self.timer.timeout.connect(fn)

    def __call__(self, *_args) -> None:
        self.timer.start()


def scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
    return area
