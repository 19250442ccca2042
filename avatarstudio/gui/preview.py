"""The large live preview. Renders on the UI thread with its own Renderer: its layer cache means a
change re-renders only the layers whose SVG changed, then composites (sub-millisecond)."""

from __future__ import annotations

import time

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..core.compose import compose_layers
from ..render import Renderer

MAX_PREVIEW = 2048
MARGIN = 8  # px around the avatar


class PreviewWidget(QWidget):
    updated = Signal(float)  # milliseconds spent rendering

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.renderer = Renderer(cache_megabytes=192)
        self.pixmap: QPixmap | None = None
        self.fixed_side: int | None = None  # the benchmark pins the render size
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 240)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Avatar preview"))
        doc.changed.connect(self.refresh)

    def sizeHint(self) -> QSize:
        return QSize(560, 560)

    def side(self) -> int:
        if self.fixed_side:
            return self.fixed_side
        dpr = self.devicePixelRatioF()
        return max(16, min(MAX_PREVIEW, round((min(self.width(), self.height()) - MARGIN) * dpr)))

    def refresh(self, *_args) -> None:
        start = time.perf_counter()
        side = self.side()
        layers = compose_layers(self.doc.pack, self.doc.design)
        image = self.renderer.render_qimage(layers, side, side)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(1.0 if self.fixed_side else self.devicePixelRatioF())
        self.pixmap = pixmap
        self.update()
        ms = (time.perf_counter() - start) * 1000
        self.updated.emit(ms)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.pixmap is None or abs(self.pixmap.width() - self.side()) > 1:
            self.refresh()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(self.backgroundRole()).darker(104))
        if self.pixmap is None:
            return
        dpr = self.pixmap.devicePixelRatio()
        w = self.pixmap.width() / dpr
        h = self.pixmap.height() / dpr
        side = min(self.width(), self.height()) - MARGIN
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        if abs(w - side) <= 1:
            x, y = (self.width() - w) / 2, (self.height() - h) / 2
            painter.drawPixmap(round(x), round(y), self.pixmap)
        else:
            from PySide6.QtCore import QRectF

            x, y = (self.width() - side) / 2, (self.height() - side) / 2
            painter.drawPixmap(QRectF(x, y, side, side), self.pixmap, QRectF(self.pixmap.rect()))
        painter.setPen(QColor(0, 0, 0, 40))
        painter.drawRect(round(x) - 1, round(y) - 1, round(min(w, side)) + 1, round(min(h, side)) + 1)
