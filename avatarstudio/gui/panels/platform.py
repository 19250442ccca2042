"""The avatar as each platform shows it, with the safe-circle warning."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.checks import face_outside_safe_circle
from .. import i18n
from ..worker import Job
from .common import Debounce, Panel


class MaskedTile(QWidget):
    """One avatar as a platform shows it: its mask, at a real display size, on light or dark."""

    def __init__(self, shape: str, size: int, dark: bool, parent=None):
        super().__init__(parent)
        self.shape, self.size, self.dark = shape, size, dark
        self.image = None
        self.setFixedSize(size + 12, size + 12)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), QColor("#15171c" if self.dark else "#ffffff"))
        rect = QRectF(6, 6, self.size, self.size)
        path = QPainterPath()
        if self.shape == "circle":
            path.addEllipse(rect)
        elif self.shape == "rounded":
            path.addRoundedRect(rect, self.size * 0.18, self.size * 0.18)
        else:
            path.addRect(rect)
        painter.setClipPath(path)
        if self.image is not None:
            painter.drawImage(rect, self.image)
        else:
            painter.fillPath(path, QColor("#888888"))


class PlatformPanel(Panel):
    """The avatar as the chosen platform shows it, at real sizes on light and dark, the safe-circle
    warning, and "Frame on the canvas": the platform's mask over the canvas to zoom and pan in."""

    SIZES = (32, 48, 128)
    frame_changed = Signal(object)  # the target to frame on the canvas, or None

    def __init__(self, doc, thread, platforms, parent=None):
        super().__init__(parent)
        self.doc, self.thread, self.platforms = doc, thread, platforms
        self.combo = QComboBox()
        self.combo.setObjectName("platform")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(6)
        self.combo_label = QLabel()
        self.combo_label.setBuddy(self.combo)
        self.warning = QLabel()
        self.warning.setObjectName("safeWarning")
        self.warning.setWordWrap(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.frame = QPushButton()
        self.frame.setObjectName("frameOnCanvas")
        self.frame.setCheckable(True)
        self.frame_reset = QPushButton()
        self.frame_reset.setObjectName("resetFraming")
        self.frame_hint = QLabel()
        self.frame_hint.setWordWrap(True)
        self.tiles: dict[tuple[int, bool], MaskedTile] = {}
        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        box = QVBoxLayout(self)
        box.addWidget(self.combo_label)  # above the list: side by side they did not fit 212 px
        box.addWidget(self.combo)
        box.addWidget(self.info)
        box.addLayout(self.grid)
        box.addWidget(self.warning)
        box.addWidget(self.frame)  # one under the other: side by side they were wider than the
        box.addWidget(self.frame_reset, 0, Qt.AlignmentFlag.AlignLeft)  # tools dock (265 px, 212)
        box.addWidget(self.frame_hint)
        box.addStretch(1)
        self.targets = [t for p in platforms.values() for t in p.targets.values() if t.kind == "avatar"]
        self._render = Debounce(self, 150, self.request)
        self.combo.currentIndexChanged.connect(self.rebuild)
        self.frame.toggled.connect(lambda _on: self._emit_frame())
        self.combo.currentIndexChanged.connect(lambda _i: self._emit_frame())
        doc.changed.connect(lambda *_: self._render())
        thread.rendered.connect(self._on_rendered)
        self.retranslate()

    def _emit_frame(self) -> None:
        self.frame_changed.emit(self.target() if self.frame.isChecked() else None)

    def retranslate(self) -> None:
        self.frame.setText(self.tr("&Frame on the canvas"))
        self.frame.setToolTip(
            self.tr("Show this platform's crop on the canvas: scroll to zoom, drag to move")
        )
        self.frame_reset.setText(self.tr("Reset"))
        self.frame_reset.setToolTip(self.tr("Back to the platform's own crop"))
        self.frame_hint.setText(
            self.tr("Scroll on the avatar to zoom, drag to move it. Saved in the design for this platform.")
        )
        self.combo_label.setText(self.tr("&Platform:"))
        self.combo.setAccessibleName(self.tr("Platform"))
        current = self.combo.currentIndex()
        self.combo.blockSignals(True)
        self.combo.clear()
        for t in self.targets:
            self.combo.addItem(i18n.label(self.platforms[t.platform]), t.name)
        self.combo.setCurrentIndex(max(0, current))
        self.combo.blockSignals(False)
        self.rebuild()

    def target(self):
        return self.targets[max(0, self.combo.currentIndex())] if self.targets else None

    def rebuild(self, *_args) -> None:
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w:
                w.deleteLater()
        self.tiles = {}
        target = self.target()
        if target is None:
            return
        sizes = [s for s in (target.display_sizes or self.SIZES) if s <= 128] or list(self.SIZES)
        sizes = sorted(set(sizes))[-3:]
        # The smaller sizes side by side, the largest under them: three real sizes in a row were
        # wider than the tools dock (212 px at 1024 px).
        places = [(0, col) for col in range(len(sizes) - 1)] + [(3, 0)]
        span = max(1, len(sizes) - 1)
        for (top, col), size in zip(places, sizes, strict=False):
            wide = top == 3 and len(sizes) > 1
            caption = QLabel(f"{size} px")
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(caption, top, col, 1, span if wide else 1)
            for row, dark in ((top + 1, False), (top + 2, True)):
                tile = MaskedTile(target.shape, size, dark)
                tile.setAccessibleName(
                    self.tr("%1 px on %2")
                    .replace("%1", str(size))
                    .replace("%2", self.tr("dark") if dark else self.tr("light"))
                )
                self.grid.addWidget(tile, row, col, 1, span if wide else 1, Qt.AlignmentFlag.AlignCenter)
                self.tiles[(size, dark)] = tile
        shapes = {
            "circle": self.tr("a circle"),
            "rounded": self.tr("a rounded square"),
            "square": self.tr("a square"),
        }
        self.info.setText(
            self.tr("%1 shows your avatar as %2. Saved at %3 x %4 px.")
            .replace("%1", i18n.label(self.platforms[target.platform]))
            .replace("%2", shapes[target.shape])
            .replace("%3", str(target.size[0]))
            .replace("%4", str(target.size[1]))
        )
        self.request()

    def request(self) -> None:
        target = self.target()
        if target is None:
            return
        from ...export.avatar import view_for

        view = view_for(target, design=self.doc.design)
        dpr = self.devicePixelRatioF()
        jobs = [
            Job("platform", (target.name, size), self.doc.pack, self.doc.design, view, size, size, dpr)
            for size in sorted({s for s, _ in self.tiles})
        ]
        self.thread.submit("platform", jobs)
        outside = target.shape != "square" and face_outside_safe_circle(
            self.doc.pack, self.doc.design, view.box
        )
        self.warning.setText(
            self.tr("Warning: part of the face falls outside the safe circle; the platform may cut it off.")
            if outside
            else ""
        )

    def _on_rendered(self, channel, key, image) -> None:
        if channel != "platform":
            return
        name, size = key
        target = self.target()
        if target is None or target.name != name:
            return
        for dark in (False, True):
            tile = self.tiles.get((size, dark))
            if tile is not None:
                tile.image = image
                tile.update()
