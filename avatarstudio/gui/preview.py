"""The large live preview. Renders on the UI thread with its own Renderer: its layer cache means a
change re-renders only the layers whose SVG changed, then composites (about a millisecond).

A colour edit of the built-in art is not drawn at all once the design's shapes are measured: it is a
few multiply-adds on the measured colour weights (recolour.py), a few levels from the exact picture in
a handful of edge pixels. A part picked in the open grid is usually drawn already: when idle, the
preview draws ahead the parts the grid offers (nearest the current one first, within a memory budget)
into its renderer's layer cache, so the pick only composites. All of this idle work runs in steps of one
draw on the GUI thread's timer, stops at any edit and starts again after it: the drawing ahead AHEAD_MS
after the last edit, the exact picture that replaces a recoloured or moved one and the measuring of the
colour weights IDLE_MS after it, so never during a drag."""

from __future__ import annotations

import dataclasses
import time

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..core.compose import FULL, compose_layers, moved_by, tones
from ..render import Renderer
from .recolour import MAX_SIDE as RECOLOUR_SIDE
from .recolour import Recolour

MAX_PREVIEW = 2048
MARGIN = 8  # px around the avatar
WAIT_SECONDS = 0.15  # a bounded render that answers within this is shown at once; else when it arrives
IDLE_MS = 150  # idle time after the last edit before the colour weights are measured
AHEAD_MS = 40  # idle time after the last edit (or a new part grid) before the grid's parts are drawn ahead
AHEAD_MEGABYTES = 40  # at most this many layers' bytes drawn ahead per design (512 px: 40 layers)


def same_shapes(design, other) -> bool:
    """Whether ``design`` differs from ``other`` at most in its colours (what recolouring can show)."""
    return dataclasses.replace(design, colours=other.colours, linked=other.linked) == other


class PreviewWidget(QWidget):
    updated = Signal(float)  # milliseconds spent rendering
    failed = Signal(str)  # a part could not be drawn (too slow, or refused by the renderer)
    _arrived = Signal(int, object, float)  # from the bounded render thread: token, future, start

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.renderer = Renderer(cache_megabytes=192, layers=True)
        self.pixmap: QPixmap | None = None
        self._drawn: tuple[int, list[str]] | None = None  # (side, layer documents) of the pixmap shown
        self.fixed_side: int | None = None  # the benchmark pins the render size
        self.problem = ""  # why the last picture could not be drawn (shown over the old one)
        self._executor = None
        self._bounded_renderer = None
        self._token = 0
        self._arrived.connect(self._on_arrived)
        self.recolour = Recolour()
        self._measured = None  # the design whose shapes ``recolour.frame`` measured
        self._measuring = None  # the measuring in progress (a generator), dropped by any edit
        self._recoloured = False  # the picture shown is not exact (recoloured, moved): the exact one follows
        self._exact = None  # (design, layers, side) of the exact layered picture last drawn
        self._offered: tuple[str, tuple[str | None, ...]] = ("", ())  # the part grid shown (offer_parts)
        self._ahead = None  # the drawing ahead in progress (a generator), dropped by any edit
        self._ahead_for = None  # (design, side, offer) it was last started for: not started twice
        self._composed: tuple[object, dict] = (None, {})  # (pack, {design: layers}) of the drawn-ahead picks
        self.ahead_bytes = 0  # bytes of layers drawn ahead for the current design
        self._edited = time.perf_counter()  # when the last edit arrived
        self._pending = None  # (design, layers) of the exact picture being drawn in idle steps
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._idle_step)
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
        self._measuring = self._ahead = self._ahead_for = self._pending = None  # an edit stops idle work
        self._edited = time.perf_counter()
        self._idle.start(AHEAD_MS)  # drawing ahead AHEAD_MS after the last edit, the rest IDLE_MS after it
        frame = self._recolour_frame(side)
        if frame is not None:
            image = frame.recolour(tones(self.doc.pack, self.doc.design))
            if image is None and self.pixmap is not None and not self.problem:
                self.updated.emit((time.perf_counter() - start) * 1000)  # no colour shown here changed
                return
            if image is not None:
                self._drawn, self._recoloured = None, True
                self._show(image, start)
                return
        moved = self._moved(side)
        if moved is not None:
            self._drawn, self._recoloured = None, True
            self._show(moved, start)
            return
        pack, composed = self._composed
        layers = composed.get(self.doc.design) if pack is self.doc.pack else None
        if layers is None:
            layers = compose_layers(self.doc.pack, self.doc.design)
        drawn = (side, [layer.svg for layer in layers])
        if drawn == self._drawn and self.pixmap is not None and not self.problem:
            # nothing visible changed (a linked colour, a slot no shown part uses): the picture stands
            self.updated.emit((time.perf_counter() - start) * 1000)
            return
        if any(layer.bounded for layer in layers):
            self._drawn = self._exact = None
            self._refresh_bounded(layers, side, start)
            return
        self._drawn, self._recoloured = drawn, False
        self._exact = (self.doc.design, layers, side)
        self._show(self.renderer.render_qimage(layers, side, side), start)

    def _moved(self, side: int):
        """While a layer's x/y slider is dragged: the last exact picture with that layer's image moved
        by whole pixels (no SVG drawn; the exact picture follows when idle), or None."""
        if self._exact is None or self._exact[2] != side or self.problem:
            return None
        design, layers, _side = self._exact
        found = moved_by(self.doc.pack, design, self.doc.design)
        index = next((i for i, layer in enumerate(layers) if found and layer.layer == found[0]), None)
        if index is None:
            return None
        scale = side / FULL.box[2]
        shift = (index, round(found[1] * scale), round(found[2] * scale))
        return self.renderer.render_qimage(layers, side, side, shift=shift)

    def offer_parts(self, layer_id: str, parts) -> None:
        """The part grid the user sees: ``layer_id``'s ``parts`` in grid order (None: no part), or
        ("", ()) when no part grid is shown."""
        offer = (layer_id, tuple(parts))
        if offer != self._offered:
            self._offered, self._ahead = offer, None
            if not self._idle.isActive():
                self._idle.start(AHEAD_MS)

    # --- colour edits from measured weights (recolour.py); the measuring runs in idle time ---

    def idle_work_pending(self) -> bool:
        """Whether idle work is still to come (the exact picture after a recolouring, or measuring)."""
        return self._idle.isActive() or self._measuring is not None or self._ahead is not None

    def _recolour_frame(self, side: int):
        frame = self.recolour.frame
        if frame is None or frame.side != side or self._measured is None or self.problem:
            return None
        return frame if same_shapes(self.doc.design, self._measured) else None

    def _idle_step(self) -> None:
        """One step of idle work: of the exact picture after a recolouring or a move, else of the drawing
        ahead, else of the measuring. A step is one compose or one QtSvg draw (or the composite that ends
        the exact picture, or the arithmetic that ends a measuring), so an edit waits for one at most."""
        pack, design, side = self.doc.pack, self.doc.design, self.side()
        wait = IDLE_MS - round((time.perf_counter() - self._edited) * 1000)
        if self._recoloured and wait > 0:
            self._idle.start(wait)
            return
        if self._recoloured:
            layers = self._exact_layers(pack, design, side)
            if layers is None:
                self._idle.start(0)  # a layer of it drawn: the next step goes on
                return
            self._drawn, self._recoloured = (side, [layer.svg for layer in layers]), False
            self._exact = (design, layers, side)
            self._set_pixmap(self.renderer.render_qimage(layers, side, side))
            self._idle.start(0)
            return
        if self._ahead_step(pack, design, side):
            self._idle.start(0)
            return
        if wait > 0 and self._measuring is None:
            self._idle.start(wait)
            return
        if not pack.builtin or side > RECOLOUR_SIDE or self.problem:
            return  # a pack that is not built in is drawn only by the bounded worker
        if self._measuring is None:
            if self._recolour_frame(side) is not None:
                return
            shapes = [layer.svg for layer in compose_layers(pack, design, keep_colours=True)]
            if self.recolour.ready(shapes, side) is not None:
                self._measured = design
                return
            self._measuring = (
                design,
                self.recolour.build(shapes, side, lambda: tones(pack, self.doc.design)),
            )
        measured, steps = self._measuring
        try:
            next(steps)
        except StopIteration:
            self._measuring, self._measured = None, measured
            return
        except Exception:  # a layer QtSvg cannot measure: colour edits stay on the exact path
            self._measuring = None  # (tried again after the next edit)
            return
        self._idle.start(0)

    def _exact_layers(self, pack, design, side: int):
        """The layers of the exact picture that replaces a recoloured or moved one, once each is in the
        cache; None after a step (one compose, or one layer drawn) while some are still to be drawn."""
        pending = self._pending
        if pending is None or pending[0] != design:
            self._pending = (design, compose_layers(pack, design))
            return None
        layers = pending[1]
        if len(layers) * side * side * 4 <= self.renderer.budget // 2:  # else drawn whole, as a composite
            missing = next((lay.svg for lay in layers if not self.renderer.cached(lay.svg, side, side)), None)
            if missing is not None and self.renderer.prepare(missing, side, side):
                return None
        self._pending = None
        return layers

    # --- the parts a user may pick next, drawn ahead into the renderer's layer cache ---

    def _ahead_step(self, pack, design, side: int) -> bool:
        """One step of drawing ahead (one compose or one layer drawn); False when there is none to do."""
        if self._ahead is None:
            start = (design, side, self._offered)
            exact = self._exact
            if (
                start == self._ahead_for
                or not self._offered[0]
                or not pack.builtin  # drawn by the bounded worker: nothing of it is drawn ahead
                or self.problem
                or exact is None
                or exact[0] != design
                or exact[2] != side
            ):
                return False
            self._ahead_for = start
            self._ahead = self._draw_ahead(pack, design, side, *self._offered)
        try:
            next(self._ahead)
        except StopIteration:
            self._ahead = None
            return False
        except Exception:  # a part that cannot be drawn: it is named when it is picked
            self._ahead = None
            return False
        return True

    def _draw_ahead(self, pack, design, side: int, layer_id: str, parts: tuple):
        """Each part of the open grid (nearest the current one first) composed on ``design`` and its
        layers drawn into the renderer's cache, keyed as the pick's own draw: the pick is then a cache hit
        and only compositing remains. A step per compose and per layer drawn. At most AHEAD_MEGABYTES
        of layers, and never more than leaves the current picture's layers in the cache."""
        shown = {layer.svg for layer in self._exact[1]}
        room = self.renderer.budget - len(shown) * side * side * 4 - side * side * 4
        budget = min(AHEAD_MEGABYTES * 1024 * 1024, room)
        if budget < side * side * 4:
            return  # a picture this large fills the cache on its own
        composed: dict = {}
        self._composed = (pack, composed)
        self.ahead_bytes = 0
        current = design.parts.get(layer_id)
        here = parts.index(current) if current in parts else 0
        order = sorted(range(len(parts)), key=lambda i: (abs(i - here), i < here))
        for i in order:
            pick = design.with_part(layer_id, parts[i])
            if pick == design:
                continue
            layers = compose_layers(pack, pick)
            if any(layer.bounded for layer in layers):
                return
            missing = list(
                dict.fromkeys(lay.svg for lay in layers if not self.renderer.cached(lay.svg, side, side))
            )
            if self.ahead_bytes + len(missing) * side * side * 4 > budget:
                continue  # a part that changes many layers (another head template): a nearer one may fit
            composed[pick] = layers
            yield
            for svg in missing:
                self.ahead_bytes += self.renderer.prepare(svg, side, side)
                yield

    # --- packs that are not built in: drawn by a worker process, never on the UI thread (bounded.py) ---

    def _refresh_bounded(self, layers, side: int, start: float) -> None:
        """Shown at once when the worker answers within WAIT_SECONDS, else when it arrives; a part that
        takes too long is stopped by the worker's limit and named over the old picture."""
        import concurrent.futures

        if self._executor is None:
            self._executor = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="preview")
            self._bounded_renderer = Renderer(cache_megabytes=192)  # only ever used on that thread
        self._token += 1
        token = self._token
        future = self._executor.submit(self._bounded_renderer.render_qimage, layers, side, side)
        try:
            future.result(timeout=WAIT_SECONDS)
        except concurrent.futures.TimeoutError:
            future.add_done_callback(lambda f: self._arrived.emit(token, f, start))
            return
        except Exception:
            pass  # shown by _on_arrived below
        self._on_arrived(token, future, start)

    def _on_arrived(self, token: int, future, start: float) -> None:
        if token != self._token:
            return  # a newer edit is on its way
        try:
            image = future.result()
        except Exception as exc:  # a part too slow or broken: keep the last picture, say which part
            self.problem = str(exc)
            self.failed.emit(self.problem)
            self.update()
            return
        self._show(image, start)

    def close_worker(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def _show(self, image, start: float) -> None:
        self.problem = ""
        self._set_pixmap(image)
        ms = (time.perf_counter() - start) * 1000
        self.updated.emit(ms)

    def _set_pixmap(self, image) -> None:
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(1.0 if self.fixed_side else self.devicePixelRatioF())
        self.pixmap = pixmap
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.pixmap is None or abs(self.pixmap.width() - self.side()) > 1:
            self.refresh()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(self.backgroundRole()).darker(104))
        if self.pixmap is None:
            if self.problem:
                painter.drawText(
                    self.rect().adjusted(16, 16, -16, -16), Qt.TextFlag.TextWordWrap, self._problem_text()
                )
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
        if self.problem:
            box = QRectF(x + 8, y + 8, max(40.0, min(w, side) - 16), 64)
            painter.fillRect(box, QColor(255, 255, 255, 225))
            painter.setPen(QColor(150, 20, 20))
            painter.drawText(box.adjusted(8, 4, -8, -4), Qt.TextFlag.TextWordWrap, self._problem_text())

    def _problem_text(self) -> str:
        return self.tr("This part could not be drawn:") + "\n" + self.problem
