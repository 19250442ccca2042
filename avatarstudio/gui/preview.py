"""The large live preview. Renders on the UI thread with its own Renderer: its layer cache means a
change re-renders only the layers whose SVG changed, then composites (sub-millisecond)."""

from __future__ import annotations

import time

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
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
        self.renderer = Renderer(cache_megabytes=192, layers=True)
        self.pixmap: QPixmap | None = None
        self.fixed_side: int | None = None  # the benchmark pins the render size
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 240)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Avatar preview"))
        self.frame_target = None  # a platform target whose crop is shown and edited on the canvas
        self._drag = None
        doc.changed.connect(self.refresh)

    # ----------------------------------------------------------------------------- framing

    def set_frame_target(self, target) -> None:
        """Show ``target``'s mask over the canvas; the wheel zooms and a drag pans its crop."""
        self.frame_target = target
        self.setCursor(Qt.CursorShape.OpenHandCursor if target is not None else Qt.CursorShape.ArrowCursor)
        self.update()

    def framed_box(self):
        from ..core.presets import FRAMINGS

        t = self.frame_target
        return self.doc.design.framing_for(t.name).apply(FRAMINGS[t.framing])

    def _set_framing(self, zoom: float, dx: float, dy: float) -> None:
        from ..core.design import PAN_LIMIT, ZOOM_RANGE, Framing

        t = self.frame_target
        zoom = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], zoom))
        dx, dy = (max(-PAN_LIMIT, min(PAN_LIMIT, v)) for v in (dx, dy))
        framing = Framing(round(zoom, 4), round(dx, 2), round(dy, 2))
        name = t.name
        self.doc.push(
            self.doc.design.with_framing(name, framing),
            lambda: self.tr("Framing for %1").replace("%1", name),
            ("framing", name),
        )

    def zoom_by(self, factor: float) -> None:
        f = self.doc.design.framing_for(self.frame_target.name)
        self._set_framing(f.zoom * factor, f.dx, f.dy)

    def pan_by(self, dx_px: float, dy_px: float) -> None:
        """Move the avatar by screen pixels inside the mask (the crop moves the other way)."""
        per_px = self.doc.pack.canvas / max(1, min(self.width(), self.height()) - MARGIN)
        f = self.doc.design.framing_for(self.frame_target.name)
        self._set_framing(f.zoom, f.dx - dx_px * per_px, f.dy - dy_px * per_px)

    def reset_framing(self) -> None:
        if self.frame_target is not None:
            self.doc.seal()
            self._set_framing(1.0, 0.0, 0.0)
            self.doc.seal()

    def wheelEvent(self, event) -> None:
        if self.frame_target is None:
            return super().wheelEvent(event)
        self.zoom_by(1.1 ** (event.angleDelta().y() / 120))
        event.accept()

    def mousePressEvent(self, event) -> None:
        if self.frame_target is not None and event.button() == Qt.MouseButton.LeftButton:
            self.doc.seal()
            self._drag = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._drag is not None and self.frame_target is not None:
            delta = event.position() - self._drag
            self._drag = event.position()
            self.pan_by(delta.x(), delta.y())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._drag is not None:
            self._drag = None
            self.doc.seal()
            self.setCursor(Qt.CursorShape.OpenHandCursor if self.frame_target else Qt.CursorShape.ArrowCursor)
        super().mouseReleaseEvent(event)

    def _paint_mask(self, painter: QPainter, x: float, y: float, side: float) -> None:
        """Dim what the platform cuts off; outline its mask (circle, rounded square or square)."""
        t = self.frame_target
        scale = side / self.doc.pack.canvas
        bx, by, bw, bh = self.framed_box()
        rect = QRectF(x + bx * scale, y + by * scale, bw * scale, bh * scale)
        mask = QPainterPath()
        if t.shape == "circle":
            mask.addEllipse(rect)
        elif t.shape == "rounded":
            mask.addRoundedRect(rect, rect.width() * 0.18, rect.height() * 0.18)
        else:
            mask.addRect(rect)
        outside = QPainterPath()
        outside.addRect(QRectF(self.rect()))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillPath(outside.subtracted(mask), QColor(20, 18, 24, 150))
        painter.setPen(QPen(self.palette().color(self.palette().ColorRole.Highlight), 2))
        painter.drawPath(mask)

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
            x, y = (self.width() - side) / 2, (self.height() - side) / 2
            painter.drawPixmap(QRectF(x, y, side, side), self.pixmap, QRectF(self.pixmap.rect()))
        painter.setPen(QColor(0, 0, 0, 40))
        painter.drawRect(round(x) - 1, round(y) - 1, round(min(w, side)) + 1, round(min(h, side)) + 1)
        if self.frame_target is not None:
            self._paint_mask(painter, round(x), round(y), min(w, side))
