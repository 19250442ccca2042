"""Previews before export: a platform's profile card, its header or banner with the safe zone and the
areas the platform covers, a few stickers at chat size on a light and a dark chat, and emoji at the sizes they show in text
(animated stickers and emoji playing the frames the export writes, at their delays, as many loops as
the platform plays them; a click plays them again). Rendered in a worker thread with the exporters' own
functions."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from . import i18n

CHAT_LIGHT, CHAT_DARK = "#ffffff", "#1e1f24"
STICKER_CHAT_PX = 150  # a sticker as a chat shows it on a phone, in device-independent px
STICKER_COUNT = 4
EMOJI_TEXT_PX = (20, 32)  # inline in a message, and alone (a bigger "jumbo" emoji)
EMOJI_COUNT = 3
CARD_WIDTH = 380
PREVIEWED = ("card", "banner", "stickers", "animated_stickers", "emoji", "animated_emoji")


def to_qimage(image) -> QImage:
    rgba = image.convert("RGBA")
    data = rgba.tobytes("raw", "RGBA")
    return QImage(data, rgba.width, rgba.height, 4 * rgba.width, QImage.Format.Format_RGBA8888).copy()


def on_chat(image: QImage, side: int, background: str) -> QImage:
    """``image`` fitted into a ``side`` px square on a chat background."""
    out = QImage(side + 16, side + 16, QImage.Format.Format_ARGB32)
    out.fill(QColor(background))
    p = QPainter(out)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    scaled = image.scaled(
        side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    p.drawImage((out.width() - scaled.width()) // 2, (out.height() - scaled.height()) // 2, scaled)
    p.end()
    return out


def with_zones(image: QImage, target) -> QImage:
    """The banner with its safe zone (dashed) and the areas the platform covers (shaded)."""
    from ..export.banner import zones

    safe, avoid = zones(target)
    out = image.convertToFormat(QImage.Format.Format_ARGB32)
    p = QPainter(out)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    width = max(2, out.width() // 300)
    for box in avoid:
        p.fillRect(QRectF(box[0], box[1], box[2] - box[0], box[3] - box[1]), QColor(214, 48, 80, 90))
    pen = QPen(QColor("#2e9b6a"), width, Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.drawRect(QRectF(safe[0], safe[1], safe[2] - safe[0], safe[3] - safe[1]))
    p.end()
    return out


class ChatAnimation(QLabel):
    """An animated sticker or emoji on a chat: its frames at their delays, ``loops`` times (0: forever),
    then its first frame, as a chat leaves it; a click plays it again."""

    def __init__(self, frames: list[QImage], delays: list[int], loops: int, parent=None):
        super().__init__(parent)
        self.frames = [QPixmap.fromImage(f) for f in frames]
        self.delays, self.loops = delays, loops
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._next)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.play()

    def play(self) -> None:
        self.index, self.played = 0, 0
        self.setPixmap(self.frames[0])
        self.timer.start(self.delays[0])

    def playing(self) -> bool:
        return self.timer.isActive()

    def _next(self) -> None:
        self.index = (self.index + 1) % len(self.frames)
        if self.index == 0:
            self.played += 1
            if self.loops and self.played >= self.loops:
                self.timer.stop()
                self.setPixmap(self.frames[0])
                return
        self.setPixmap(self.frames[self.index])
        self.timer.start(self.delays[self.index])

    def mousePressEvent(self, event) -> None:
        self.play()
        super().mousePressEvent(event)


class PreviewThread(QThread):
    ready = Signal(str, str, object)  # kind, caption, QImage
    animated = Signal(str, str, object)  # kind, caption, (QImages on a chat, delays in ms, loops)
    failed = Signal(str)

    def __init__(self, pack, design, platform, parent=None):
        super().__init__(parent)
        self.pack, self.design, self.platform = pack, design, platform
        self.cancelled = False

    def run(self) -> None:
        from ..export.banner import render_banner
        from ..export.card import render_card
        from ..export.kit import ensure_persona, preview_animations, preview_images
        from ..render import Renderer

        try:
            renderer = Renderer(cache_megabytes=96)
            design, _ = ensure_persona(self.pack, self.design)
            for target in self.platform.targets.values():
                if self.cancelled:
                    return
                if target.kind == "card":
                    self.ready.emit(
                        "card", target.label, to_qimage(render_card(self.pack, design, target, renderer))
                    )
                elif target.kind == "banner":
                    image = to_qimage(render_banner(self.pack, design, target, renderer))
                    self.ready.emit("banner", target.label, with_zones(image, target))
                elif target.kind == "stickers":
                    for art in preview_images(self.pack, design, target, renderer, STICKER_COUNT):
                        image = to_qimage(art)
                        for background in (CHAT_LIGHT, CHAT_DARK):
                            self.ready.emit(
                                "sticker", target.label, on_chat(image, STICKER_CHAT_PX, background)
                            )
                elif target.kind == "animated_stickers":
                    for frames, timing in preview_animations(
                        self.pack, design, target, renderer, STICKER_COUNT
                    ):
                        images = [to_qimage(f) for f in frames]
                        for background in (CHAT_LIGHT, CHAT_DARK):
                            chat = [on_chat(image, STICKER_CHAT_PX, background) for image in images]
                            self.animated.emit("animated", target.label, (chat, timing.delays, timing.loops))
                elif target.kind == "animated_emoji":
                    for frames, timing in preview_animations(
                        self.pack, design, target, renderer, EMOJI_COUNT
                    ):
                        images = [to_qimage(f) for f in frames]
                        for px in EMOJI_TEXT_PX:
                            for background in (CHAT_LIGHT, CHAT_DARK):
                                chat = [on_chat(image, px, background) for image in images]
                                caption = f"{target.label}: {px} px"
                                self.animated.emit(
                                    "animated_emoji", caption, (chat, timing.delays, timing.loops)
                                )
                elif target.kind == "emoji":
                    for art in preview_images(self.pack, design, target, renderer, EMOJI_COUNT):
                        image = to_qimage(art)
                        for px in EMOJI_TEXT_PX:
                            for background in (CHAT_LIGHT, CHAT_DARK):
                                self.ready.emit("emoji", f"{px}", on_chat(image, px, background))
        except Exception as exc:  # plain words in the dialog, never a traceback
            self.failed.emit(str(exc) or exc.__class__.__name__)


class ExportPreview(QWidget):
    """Pick a platform, see what its kit will look like where it is shown."""

    def __init__(self, doc, platforms, parent=None):
        super().__init__(parent)
        self.doc, self.platforms = doc, platforms
        self.worker: PreviewThread | None = None
        self.combo = QComboBox()
        self.combo.setObjectName("previewPlatform")
        self.ids = [
            pid for pid, p in platforms.items() if any(t.kind in PREVIEWED for t in p.targets.values())
        ]
        for pid in self.ids:
            self.combo.addItem(i18n.label(platforms[pid]), pid)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.body = QWidget()
        self.grid = QVBoxLayout(self.body)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        top = QHBoxLayout()
        self.label = QLabel()
        self.label.setBuddy(self.combo)
        top.addWidget(self.label)
        top.addWidget(self.combo, 1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.status)
        box.addWidget(scroll, 1)
        self.shown: list[tuple[str, QLabel]] = []
        self._rows: dict[str, QGridLayout] = {}
        self.combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.label.setText(self.tr("&Preview for:"))
        self.combo.setAccessibleName(self.tr("Platform to preview"))

    def show_platform(self, pid: str) -> None:
        index = self.combo.findData(pid)
        if index >= 0 and index != self.combo.currentIndex():
            self.combo.setCurrentIndex(index)
        elif index >= 0:
            self.refresh()

    def refresh(self) -> None:
        self.stop()
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.shown, self._rows = [], {}
        pid = self.combo.currentData()
        if pid is None:
            return
        self.status.setText(self.tr("Drawing the previews…"))
        self.worker = PreviewThread(self.doc.pack, self.doc.design, self.platforms[pid], self)
        self.worker.ready.connect(self._add)
        self.worker.animated.connect(self._add_animated)
        self.worker.failed.connect(self._failed)
        self._failed_message: str | None = None
        self.worker.finished.connect(self._finished)
        self.worker.start()

    def _section(self, kind: str) -> QGridLayout:
        if kind not in self._rows:
            titles = {
                "card": self.tr("Profile card"),
                "banner": self.tr("Header with its safe zone (dashed) and covered areas (shaded)"),
                "sticker": self.tr("Stickers at chat size, light and dark chat"),
                "animated": self.tr("Animated stickers at chat size, light and dark chat (click to replay)"),
                "emoji": self.tr("Emoji in text (20 px) and alone (32 px), light and dark"),
                "animated_emoji": self.tr(
                    "Animated emoji in text (20 px) and alone (32 px), light and dark (click to replay)"
                ),
            }
            title = QLabel(titles[kind])
            title.setObjectName("sectionTitle")
            title.setWordWrap(True)
            self.grid.addWidget(title)
            holder = QWidget()
            layout = QGridLayout(holder)
            layout.setContentsMargins(0, 0, 0, 8)
            layout.setAlignment(Qt.AlignmentFlag.AlignLeft)
            self.grid.addWidget(holder)
            self._rows[kind] = layout
        return self._rows[kind]

    def _add(self, kind: str, caption: str, image: QImage) -> None:
        if self.sender() is not self.worker:
            return  # a cancelled preview's late result
        label = QLabel()
        pixmap = QPixmap.fromImage(image)
        if kind in ("card", "banner") and pixmap.width() > CARD_WIDTH:
            pixmap = pixmap.scaledToWidth(CARD_WIDTH, Qt.TransformationMode.SmoothTransformation)
        label.setPixmap(pixmap)
        self._place(kind, caption, label)

    def _place(self, kind: str, caption: str, label: QLabel) -> None:
        layout = self._section(kind)
        label.setToolTip(caption)
        label.setAccessibleName(caption)
        n = layout.count()
        # a sticker a row (light, dark); an animated emoji a row (each size light and dark)
        columns = {"sticker": 2, "animated": 2, "emoji": 6, "animated_emoji": 4}.get(kind, 1)
        layout.addWidget(label, n // columns, n % columns)
        self.shown.append((kind, label))

    def _add_animated(self, kind: str, caption: str, animation) -> None:
        if self.sender() is not self.worker:
            return
        frames, delays, loops = animation
        self._place(kind, caption, ChatAnimation(frames, delays, loops))

    def _failed(self, message: str) -> None:
        self._failed_message = message
        self.status.setText(self.tr("Preview failed: %1").replace("%1", message))

    def _finished(self) -> None:
        if self.sender() is not self.worker:
            return
        if self._failed_message is None:
            self.status.setText("")
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker = None

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.cancelled = True
            self.worker.wait()
            self.worker.deleteLater()
            self.worker = None
