"""The editing panels. Each listens to Document.changed and pushes undo commands; none holds design state."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import vary
from ..core.checks import face_outside_safe_circle
from ..core.compose import View
from ..core.design import Transform, effective_colours
from ..core.presets import FRAMINGS
from . import i18n
from .worker import Job

NONE_PART = ""


def _swatch_icon(hex_colour: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(hex_colour))
    painter = QPainter(pixmap)
    painter.setPen(QColor(0, 0, 0, 90))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


def _still_icon(image) -> QIcon:
    """An icon that looks the same selected or not (the selection shows as the caption)."""
    pixmap = QPixmap.fromImage(image)
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        icon.addPixmap(pixmap, mode)
    return icon


def lock_icon(size: int = 16) -> QIcon:
    """A padlock, open when off and closed when on (drawn, so no font needs the glyph)."""
    icon = QIcon()
    for closed, state in ((False, QIcon.State.Off), (True, QIcon.State.On)):
        for scale in (1, 2):
            s = size * scale
            pixmap = QPixmap(s, s)
            pixmap.fill(Qt.GlobalColor.transparent)
            p = QPainter(pixmap)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            colour = QColor("#30343c") if closed else QColor("#9aa0a8")
            pen = p.pen()
            pen.setColor(colour)
            pen.setWidthF(1.6 * scale)
            p.setPen(pen)
            shackle = QRectF(s * 0.3, s * 0.1, s * 0.4, s * 0.5)
            if not closed:
                shackle.translate(s * 0.18, -s * 0.06)
            p.drawArc(shackle, 0, 180 * 16)
            p.drawLine(shackle.left(), shackle.center().y(), shackle.left(), s * 0.48)
            if closed:
                p.drawLine(shackle.right(), shackle.center().y(), shackle.right(), s * 0.48)
            p.fillRect(QRectF(s * 0.18, s * 0.46, s * 0.64, s * 0.46), colour)
            p.end()
            pixmap.setDevicePixelRatio(scale)
            icon.addPixmap(pixmap, QIcon.Mode.Normal, state)
    return icon


def region_view(
    region, background: bool = True, expression=None, pad: float = 1.15, minimum: float = 280
) -> View:
    x0, y0, x1, y1 = region
    side = max(x1 - x0, y1 - y0, minimum) * pad
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return View(box=(cx - side / 2, cy - side / 2, side, side), background=background, expression=expression)


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


# --------------------------------------------------------------------------------------------- layers


class LayerPanel(Panel):
    """Layers (with locks) and, for the selected layer, every part drawn on the current avatar."""

    THUMB = 84

    def __init__(self, doc, state, thread, parent=None):
        super().__init__(parent)
        self.doc, self.state, self.thread = doc, state, thread
        self.layers = QListWidget()
        self.layers.setObjectName("layerList")
        self.layers.setAlternatingRowColors(True)
        self.layers.setMinimumHeight(140)
        self.parts = QListWidget()
        self.parts.setObjectName("partGrid")
        self.parts.setViewMode(QListView.ViewMode.IconMode)
        self.parts.setIconSize(QSize(self.THUMB, self.THUMB))
        self.parts.setGridSize(QSize(self.THUMB + 36, self.THUMB + 30))  # room for long Japanese labels
        self.parts.setResizeMode(QListView.ResizeMode.Adjust)
        self.parts.setMovement(QListView.Movement.Static)
        self.parts.setWordWrap(True)
        self.parts.setUniformItemSizes(True)
        self.parts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lock = QCheckBox()
        self.shuffle = QPushButton()
        self.shuffle.setObjectName("randomiseLayer")
        self.parts_label = QLabel()
        self.layers_label = QLabel()
        self.layers_label.setBuddy(self.layers)
        self.parts_label.setBuddy(self.parts)
        row = QHBoxLayout()
        row.addWidget(self.lock)
        row.addStretch(1)
        row.addWidget(self.shuffle)
        box = QVBoxLayout(self)
        box.addWidget(self.layers_label)
        box.addWidget(self.layers, 2)
        box.addLayout(row)
        box.addWidget(self.parts_label)
        box.addWidget(self.parts, 5)
        self._filling = False
        self._thumb_key = None
        self._thumbs = Debounce(self, 40, self.request_thumbnails)
        self.fill_layers()
        self.layers.currentRowChanged.connect(self._on_layer_row)
        self.parts.currentRowChanged.connect(self._on_part)
        self.lock.toggled.connect(lambda on: self.state.set_layer_locked(self.state.layer, on))
        self.shuffle.clicked.connect(self.randomise_layer)
        doc.changed.connect(self.on_changed)
        state.locks_changed.connect(self.sync)
        state.layer_selected.connect(lambda _l: (self.fill_parts(), self.sync()))
        thread.rendered.connect(self._on_rendered)
        self.retranslate()
        self.fill_parts()

    def retranslate(self) -> None:
        self.layers_label.setText(self.tr("&Layers"))
        self.parts_label.setText(self.tr("&Parts (drawn on your avatar)"))
        self.lock.setText(self.tr("Lock this layer"))
        self.lock.setToolTip(self.tr("A locked layer keeps its part when you randomise"))
        self.shuffle.setText(self.tr("Randomise layer"))
        self.shuffle.setToolTip(self.tr("Pick another part for this layer (Ctrl+Shift+R)"))
        self.layers.setAccessibleName(self.tr("Layers"))
        self.parts.setAccessibleName(self.tr("Parts of the selected layer"))
        if hasattr(self, "_filling"):
            self.fill_layers()
            self.fill_parts()

    def _layer_text(self, layer) -> str:
        part_id = self.doc.design.parts.get(layer.id)
        part = i18n.label(layer.part(part_id)) if part_id and layer.has(part_id) else self.tr("(none)")
        return f"{i18n.label(layer)}: {part}"

    def fill_layers(self) -> None:
        self._filling = True
        self._lock_icon = QIcon(lock_icon().pixmap(16, 16, QIcon.Mode.Normal, QIcon.State.On))
        self._no_icon = QIcon()
        self.layers.clear()
        self._rows = [layer.id for layer in reversed(self.doc.pack.layers)]
        self._row_locked = [layer_id in self.state.locked_layers for layer_id in self._rows]
        for layer in reversed(self.doc.pack.layers):  # top layer first, like an art program
            item = QListWidgetItem(self._layer_text(layer))
            if layer.id in self.state.locked_layers:
                item.setIcon(self._lock_icon)
            self.layers.addItem(item)
            if layer.id == self.state.layer:
                self.layers.setCurrentItem(item)
        self._filling = False

    def fill_parts(self) -> None:
        self._filling = True
        layer = self.doc.pack.layer(self.state.layer)
        self.parts.clear()
        self.part_ids: list[str] = []
        entries = [
            (p.id, i18n.label(p))
            for p in layer.parts
            if p.weight > 0 or p.id == self.doc.design.parts.get(layer.id)
        ]
        if layer.optional:
            entries.insert(0, (NONE_PART, self.tr("None")))
        placeholder = QPixmap(self.THUMB, self.THUMB)
        placeholder.fill(QColor("#e6e6ea"))
        for part_id, text in entries:
            item = QListWidgetItem(QIcon(placeholder), text)
            self.part_ids.append(part_id)  # ids live in Python: Qt turns "" into a null variant
            item.setToolTip(text)
            self.parts.addItem(item)
        self._select_current_part()
        self._filling = False
        self._thumb_key = None
        self.request_thumbnails()

    def _select_current_part(self) -> None:
        current = self.doc.design.parts.get(self.state.layer) or NONE_PART
        row = self.part_ids.index(current) if current in self.part_ids else -1
        if self.parts.currentRow() != row:
            self.parts.setCurrentRow(row)

    def sync(self) -> None:
        self._filling = True
        for i, layer_id in enumerate(self._rows):
            item = self.layers.item(i)
            text = self._layer_text(self.doc.pack.layer(layer_id))
            if item.text() != text:
                item.setText(text)
            locked = layer_id in self.state.locked_layers
            if self._row_locked[i] != locked:
                self._row_locked[i] = locked
                item.setIcon(self._lock_icon if locked else self._no_icon)
        self.lock.setChecked(self.state.layer in self.state.locked_layers)
        self._select_current_part()
        self._filling = False

    def on_changed(self, design, old) -> None:
        self.sync()
        self._thumbs()

    def request_thumbnails(self) -> None:
        if not self.isVisible() and self._thumb_key is not None:
            return
        layer = self.doc.pack.layer(self.state.layer)
        design = self.doc.design
        key = (layer.id, id(design))
        if key == self._thumb_key:
            return
        self._thumb_key = key
        view = region_view(layer.region)
        dpr = self.devicePixelRatioF()
        jobs = []
        for i in range(self.parts.count()):
            part_id = self.part_ids[i]
            jobs.append(
                Job(
                    "parts",
                    (layer.id, part_id),
                    self.doc.pack,
                    design.with_part(layer.id, part_id or None),
                    view,
                    self.THUMB,
                    self.THUMB,
                    dpr,
                )
            )
        self.thread.submit("parts", jobs)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._thumbs()

    def _on_rendered(self, channel, key, image) -> None:
        if channel != "parts" or key[0] != self.state.layer:
            return
        if key[1] in self.part_ids:
            self.parts.item(self.part_ids.index(key[1])).setIcon(_still_icon(image))

    def _on_layer_row(self, row: int) -> None:
        if self._filling or row < 0:
            return
        self.state.select_layer(self._rows[row])

    def _on_part(self, row: int) -> None:
        if self._filling or row < 0:
            return
        self.choose_part(self.state.layer, self.part_ids[row] or None)

    def choose_part(self, layer_id: str, part_id: str | None) -> None:
        layer = self.doc.pack.layer(layer_id)
        name = i18n.label(layer.part(part_id)) if part_id else self.tr("none")
        self.doc.push(
            self.doc.design.with_part(layer_id, part_id),
            self.tr("%1: %2").replace("%1", i18n.label(layer)).replace("%2", name),
        )

    def randomise_layer(self) -> None:
        design = self.doc.design
        seed = hashlib.sha256(
            f"{design.seed}|{self.doc.stack.index()}|{self.state.layer}".encode()
        ).hexdigest()[:12]
        new = vary.randomise_layer(self.doc.pack, design, self.state.layer, seed, self.state.presentation)
        layer = self.doc.pack.layer(self.state.layer)
        self.doc.push(new, self.tr("Randomise %1").replace("%1", i18n.label(layer)))


# --------------------------------------------------------------------------------------------- colours


class ColourRow(QWidget):
    def __init__(self, panel, slot, parent=None):
        super().__init__(parent)
        self.panel, self.slot = panel, slot
        self.lock = QToolButton()
        self.lock.setCheckable(True)
        self.lock.setIcon(lock_icon())
        self.lock.setAutoRaise(True)
        self.name = QLabel()
        self.name.setMinimumWidth(80)
        self.current = QToolButton()
        self.current.setIconSize(QSize(30, 20))
        self.current.setObjectName(f"colour_{slot.id}")
        self.link = QCheckBox() if slot.link else None
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.lock)
        top.addWidget(self.name, 1)
        if self.link:
            top.addWidget(self.link)
        top.addWidget(self.current)
        grid = QGridLayout()
        grid.setContentsMargins(26, 0, 0, 0)
        grid.setSpacing(2)
        self.swatches = []
        palette = panel.doc.pack.palettes.get(slot.palette, {})
        for i, (name, hex_colour) in enumerate(palette.items()):
            b = QToolButton()
            b.setIcon(_swatch_icon(hex_colour, 14))
            b.setIconSize(QSize(14, 14))
            b.setAutoRaise(True)
            b.setToolTip(f"{name} {hex_colour}")
            b.setAccessibleName(f"{name} {hex_colour}")
            b.setObjectName(f"swatch_{slot.id}_{name}")
            b.clicked.connect(lambda _=False, c=hex_colour: panel.set_colour(slot.id, c))
            grid.addWidget(b, i // 12, i % 12)
            self.swatches.append(b)
        grid.setColumnStretch(12, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 2, 0, 4)
        box.setSpacing(1)
        box.addLayout(top)
        box.addLayout(grid)
        self.lock.toggled.connect(lambda on: panel.state.set_slot_locked(slot.id, on))
        self.current.clicked.connect(lambda: panel.pick_colour(slot.id))
        if self.link:
            self.link.toggled.connect(lambda on: panel.set_linked(slot.id, on))

    def retranslate(self) -> None:
        label = i18n.label(self.slot)
        self.name.setText(label)
        self.lock.setToolTip(self.tr("Lock %1 when randomising").replace("%1", label))
        self.lock.setAccessibleName(self.tr("Lock %1").replace("%1", label))
        self.current.setToolTip(self.tr("Choose any colour for %1").replace("%1", label))
        self.current.setAccessibleName(self.tr("%1 colour").replace("%1", label))
        if self.link:
            target = self.panel.doc.pack.slots[self.slot.link]
            self.link.setText(self.tr("same as %1").replace("%1", i18n.label(target)))


class ColourPanel(Panel):
    def __init__(self, doc, state, parent=None):
        super().__init__(parent)
        self.doc, self.state = doc, state
        self.dialog: QColorDialog | None = None
        inner = QWidget()
        box = QVBoxLayout(inner)
        self.rows = {}
        for slot in doc.pack.slots.values():
            row = ColourRow(self, slot)
            self.rows[slot.id] = row
            box.addWidget(row)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        doc.changed.connect(self.sync)
        state.locks_changed.connect(self.sync)
        self.retranslate()
        self.sync()

    def retranslate(self) -> None:
        for row in self.rows.values():
            row.retranslate()

    def sync(self, *_args) -> None:
        colours = effective_colours(self.doc.pack, self.doc.design)
        for slot_id, row in self.rows.items():
            row.current.setIcon(_swatch_icon(colours[slot_id], 20))
            row.current.setText(colours[slot_id])
            row.current.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            for w, value in (
                (row.lock, slot_id in self.state.locked_slots),
                (row.link, slot_id in self.doc.design.linked),
            ):
                if w is not None and w.isChecked() != value:
                    w.blockSignals(True)
                    w.setChecked(value)
                    w.blockSignals(False)

    def set_colour(self, slot_id: str, hex_colour: str, merge: bool = False) -> None:
        design = self.doc.design.with_colour(slot_id, hex_colour)
        if slot_id in design.linked:
            design = design.with_linked(slot_id, False)
        # Slots linked to this one follow it (they show its colour through effective_colours).
        label = i18n.label(self.doc.pack.slots[slot_id])
        self.doc.push(
            design, self.tr("%1 colour").replace("%1", label), ("colour", slot_id) if merge else None
        )

    def set_linked(self, slot_id: str, on: bool) -> None:
        design = self.doc.design.with_linked(slot_id, on)
        if on:
            link = self.doc.pack.slots[slot_id].link
            design = design.with_colour(slot_id, effective_colours(self.doc.pack, self.doc.design)[link])
        self.doc.push(design, self.tr("Link %1").replace("%1", i18n.label(self.doc.pack.slots[slot_id])))

    def pick_colour(self, slot_id: str) -> QColorDialog:
        """The free picker: live preview while choosing, one undo step, Cancel restores."""
        start = effective_colours(self.doc.pack, self.doc.design)[slot_id]
        dialog = QColorDialog(QColor(start), self)
        dialog.setWindowTitle(self.tr("Choose a colour"))
        dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog, True)
        self.doc.seal()
        dialog.currentColorChanged.connect(lambda c: self.set_colour(slot_id, c.name(), merge=True))

        def done(result: int) -> None:
            if result:
                self.set_colour(slot_id, dialog.currentColor().name(), merge=True)
            elif self.doc.design.colours.get(slot_id) != start:
                self.set_colour(slot_id, start, merge=True)
            self.doc.seal()
            dialog.deleteLater()
            self.dialog = None

        dialog.finished.connect(done)
        self.dialog = dialog
        dialog.open()
        return dialog


# --------------------------------------------------------------------------------------------- adjust


class AdjustPanel(Panel):
    """Position, scale and rotation of the selected layer within the pack's limits."""

    FIELDS = (("x", 2.0), ("y", 2.0), ("scale", 0.01), ("rotate", 0.5))  # name, slider step

    def __init__(self, doc, state, parent=None):
        super().__init__(parent)
        self.doc, self.state = doc, state
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.sliders: dict[str, QSlider] = {}
        self.values: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, _step in self.FIELDS:
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setObjectName(f"slider_{name}")
            value = QLabel()
            value.setMinimumWidth(48)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row = QHBoxLayout()
            row.addWidget(slider, 1)
            row.addWidget(value)
            label = QLabel()
            label.setBuddy(slider)
            form.addRow(label, row)
            self.sliders[name], self.values[name], self.labels[name] = slider, value, label
            slider.valueChanged.connect(lambda v, n=name: self._on_slider(n, v))
            slider.sliderReleased.connect(self.doc.seal)
        self.reset = QPushButton()
        self.reset.setObjectName("resetTransform")
        self.reset.clicked.connect(self.reset_layer)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addLayout(form)
        box.addWidget(self.note)
        box.addWidget(self.reset, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        self._syncing = False
        doc.changed.connect(self.sync)
        state.layer_selected.connect(self.sync)
        self.retranslate()

    def retranslate(self) -> None:
        names = {
            "x": self.tr("&Across"),
            "y": self.tr("&Up/down"),
            "scale": self.tr("&Size"),
            "rotate": self.tr("&Turn"),
        }
        for name, label in names.items():
            self.labels[name].setText(label)
            self.sliders[name].setAccessibleName(label.replace("&", ""))
        self.reset.setText(self.tr("Reset position"))
        self.sync()

    def _layer(self):
        return self.doc.pack.layer(self.state.layer)

    def sync(self, *_args) -> None:
        layer = self._layer()
        tf = self.doc.design.transform(layer.id)
        self._syncing = True
        movable = False
        for name, step in self.FIELDS:
            lo, hi = getattr(layer.limits, name)
            slider = self.sliders[name]
            slider.setRange(round(lo / step), round(hi / step))
            slider.setEnabled(hi > lo)
            movable = movable or hi > lo
            value = layer.limits.clamp(name, getattr(tf, name))
            if not slider.isSliderDown():
                slider.setValue(round(value / step))
            self.values[name].setText(f"{value:.2f}" if name == "scale" else f"{value:+.0f}")
        self._syncing = False
        self.reset.setEnabled(not tf.is_identity)
        self.title.setText(self.tr("Layer: %1").replace("%1", i18n.label(layer)))
        self.note.setText("" if movable else self.tr("This layer stays where the artist drew it."))

    def _on_slider(self, name: str, raw: int) -> None:
        if self._syncing:
            return
        step = dict(self.FIELDS)[name]
        layer = self._layer()
        tf = self.doc.design.transform(layer.id)
        values = {"x": tf.x, "y": tf.y, "scale": tf.scale, "rotate": tf.rotate}
        values[name] = round(raw * step, 4)
        self.doc.push(
            self.doc.design.with_transform(layer.id, Transform(**values)),
            self.tr("Move %1").replace("%1", i18n.label(layer)),
            ("transform", layer.id),
        )
        if not self.sliders[name].isSliderDown():
            self.doc.seal()  # a keyboard step is its own undo step

    def reset_layer(self) -> None:
        layer = self._layer()
        transforms = {k: v for k, v in self.doc.design.transforms.items() if k != layer.id}
        from dataclasses import replace

        self.doc.push(
            replace(self.doc.design, transforms=transforms),
            self.tr("Reset %1").replace("%1", i18n.label(layer)),
        )


# --------------------------------------------------------------------------------------------- generate


class GeneratePanel(Panel):
    """Randomise all, the presentation filter, and "vary nearby": neighbours that change one or two parts."""

    TILE = 112
    COUNT = 9

    def __init__(self, doc, state, thread, parent=None):
        super().__init__(parent)
        self.doc, self.state, self.thread = doc, state, thread
        self.randomise = QPushButton()
        self.randomise.setObjectName("randomiseAll")
        self.presentation = QComboBox()
        self.presentation.setObjectName("presentation")
        self.presentation_label = QLabel()
        self.presentation_label.setBuddy(self.presentation)
        self.vary = QPushButton()
        self.vary.setObjectName("varyNearby")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.tiles: list[QToolButton] = []
        self.neighbours: list = []
        grid = QGridLayout()
        grid.setSpacing(4)
        for i in range(self.COUNT):
            tile = QToolButton()
            tile.setObjectName(f"neighbour_{i}")
            tile.setIconSize(QSize(self.TILE, self.TILE))
            tile.setFixedSize(self.TILE + 8, self.TILE + 8)
            tile.clicked.connect(lambda _=False, i=i: self.take(i))
            grid.addWidget(tile, i // 3, i % 3)
            self.tiles.append(tile)
        form = QHBoxLayout()
        form.addWidget(self.presentation_label)
        form.addWidget(self.presentation, 1)
        box = QVBoxLayout(self)
        box.addWidget(self.randomise)
        box.addLayout(form)
        box.addSpacing(8)
        box.addWidget(self.vary)
        box.addWidget(self.hint)
        box.addLayout(grid)
        box.addStretch(1)
        self._round = 0
        self._stale = True
        self._refresh = Debounce(self, 120, self.refresh_neighbours)
        self.randomise.clicked.connect(self.randomise_all)
        self.vary.clicked.connect(self.vary_nearby)
        self.presentation.currentIndexChanged.connect(
            lambda i: self.state.set_presentation(self.presentation.itemData(i))
        )
        doc.changed.connect(self._on_changed)
        state.locks_changed.connect(self._on_changed)
        thread.rendered.connect(self._on_rendered)
        self.retranslate()

    def retranslate(self) -> None:
        self.randomise.setText(self.tr("Randomise all (unlocked)"))
        self.randomise.setToolTip(self.tr("A new avatar that keeps every locked layer and colour (Ctrl+R)"))
        self.presentation_label.setText(self.tr("&Style:"))
        current = self.state.presentation
        self.presentation.blockSignals(True)
        self.presentation.clear()
        for value, text in (
            ("any", self.tr("Any")),
            ("feminine", self.tr("Feminine")),
            ("masculine", self.tr("Masculine")),
            ("androgynous", self.tr("Androgynous")),
        ):
            self.presentation.addItem(text, value)
        self.presentation.setCurrentIndex(max(0, self.presentation.findData(current)))
        self.presentation.blockSignals(False)
        self.presentation.setAccessibleName(self.tr("Presentation filter"))
        self.vary.setText(self.tr("Vary nearby"))
        self.vary.setToolTip(self.tr("Show new neighbours of this avatar (Ctrl+Shift+V)"))
        self.hint.setText(self.tr("Each neighbour changes one or two unlocked parts. Click one to take it."))
        for i, tile in enumerate(self.tiles):
            tile.setAccessibleName(self.tr("Variation %1").replace("%1", str(i + 1)))

    def randomise_all(self) -> None:
        design = self.doc.design
        seed = hashlib.sha256(
            f"{design.seed}|random|{self.doc.stack.index()}|{self._round}".encode()
        ).hexdigest()[:12]
        self._round += 1
        new = vary.randomise(
            self.doc.pack,
            design,
            seed,
            self.state.locked_layers,
            self.state.locked_slots,
            self.state.presentation,
        )
        self.doc.push(new, self.tr("Randomise"))

    def vary_nearby(self) -> None:
        self._round += 1
        self.refresh_neighbours()

    def _on_changed(self, *_args) -> None:
        self._stale = True
        if self.isVisible():
            self._refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh()

    def refresh_neighbours(self) -> None:
        self._stale = False
        design = self.doc.design
        seed = f"{design.seed}|near|{self._round}|{self.doc.stack.index()}"
        self.neighbours = vary.neighbours(
            self.doc.pack, design, seed, self.COUNT, self.state.locked_layers, self.state.presentation
        )
        view = View(box=FRAMINGS["face"])
        dpr = self.devicePixelRatioF()
        jobs = [
            Job("near", (i, id(d)), self.doc.pack, d, view, self.TILE, self.TILE, dpr)
            for i, d in enumerate(self.neighbours)
        ]
        for i, tile in enumerate(self.tiles):
            tile.setEnabled(i < len(self.neighbours))
            if i < len(self.neighbours):
                changed = vary.changed_layers(design, self.neighbours[i])
                names = ", ".join(i18n.label(self.doc.pack.layer(lay)) for lay in changed)
                tile.setToolTip(self.tr("Changes: %1").replace("%1", names))
            else:
                tile.setIcon(QIcon())
        self.thread.submit("near", jobs)

    def _on_rendered(self, channel, key, image) -> None:
        if channel != "near":
            return
        i, design_id = key
        if i < len(self.neighbours) and id(self.neighbours[i]) == design_id:
            self.tiles[i].setIcon(_still_icon(image))

    def take(self, i: int) -> None:
        if i < len(self.neighbours):
            self.doc.push(self.neighbours[i], self.tr("Take variation"))


# --------------------------------------------------------------------------------------------- persona


class PersonaPanel(Panel):
    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.name = QLineEdit()
        self.name.setObjectName("displayName")
        self.name.setMaxLength(80)
        self.handle = QLineEdit()
        self.handle.setObjectName("handle")
        self.handle.setMaxLength(40)
        self.bio = QPlainTextEdit()
        self.bio.setObjectName("bio")
        self.bio.setTabChangesFocus(True)
        self.bio.setMaximumHeight(110)
        self.theme = QToolButton()
        self.theme.setObjectName("theme")
        self.theme.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.labels, (self.name, self.handle, self.bio, self.theme)):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        box = QVBoxLayout(self)
        box.addLayout(self.form)
        box.addWidget(self.note)
        box.addStretch(1)
        self._syncing = False
        self.name.textEdited.connect(lambda t: self._set("display_name", t))
        self.handle.textEdited.connect(lambda t: self._set("handle", t))
        self.bio.textChanged.connect(lambda: self._set("bio", self.bio.toPlainText()[:400]))
        for w in (self.name, self.handle):
            w.editingFinished.connect(self.doc.seal)
        self.theme.clicked.connect(self.pick_theme)
        doc.changed.connect(self.sync)
        self.retranslate()
        self.sync()

    def retranslate(self) -> None:
        texts = (self.tr("Display &name"), self.tr("&Handle"), self.tr("&Bio"), self.tr("&Theme colour"))
        for label, text, widget in zip(self.labels, texts, (self.name, self.handle, self.bio, self.theme)):
            label.setText(text)
            widget.setAccessibleName(text.replace("&", ""))
        self.name.setPlaceholderText(self.tr("How others see you"))
        self.handle.setPlaceholderText(self.tr("@handle"))
        self.note.setText(
            self.tr("Stored in the design file only. Exported images carry pixels and nothing else.")
        )

    def sync(self, *_args) -> None:
        p = self.doc.design.persona
        self._syncing = True
        if self.name.text() != p.display_name:
            self.name.setText(p.display_name)
        if self.handle.text() != p.handle:
            self.handle.setText(p.handle)
        if self.bio.toPlainText() != p.bio:
            self.bio.setPlainText(p.bio)
        self.theme.setIcon(_swatch_icon(p.theme, 18))
        self.theme.setText(p.theme)
        self._syncing = False

    def _set(self, field: str, value) -> None:
        if self._syncing:
            return
        from dataclasses import replace

        design = self.doc.design
        if field in ("display_name", "handle", "bio"):
            value = "".join(c for c in value if ord(c) >= 32 or c == "\n")
        design = replace(design, persona=replace(design.persona, **{field: value}))
        self.doc.push(design, self.tr("Edit persona"), ("persona", field))

    def pick_theme(self) -> None:
        colour = QColorDialog.getColor(
            QColor(self.doc.design.persona.theme),
            self,
            self.tr("Theme colour"),
            QColorDialog.ColorDialogOption.DontUseNativeDialog,
        )
        if colour.isValid():
            self.doc.seal()
            self._set("theme", colour.name())
            self.doc.seal()


# --------------------------------------------------------------------------------------------- expressions


class ExpressionStrip(Panel):
    """The avatar in every expression; click one to use it."""

    SIZE = 84

    def __init__(self, doc, thread, parent=None):
        super().__init__(parent)
        self.doc, self.thread = doc, thread
        self.list = QListWidget()
        self.list.setObjectName("expressions")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setIconSize(QSize(self.SIZE, self.SIZE))
        self.list.setGridSize(QSize(self.SIZE + 26, self.SIZE + 26))
        self.list.setMovement(QListView.Movement.Static)
        self.list.setFixedHeight(self.SIZE + 48)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        box = QHBoxLayout(self)
        box.setContentsMargins(4, 2, 4, 2)
        box.addWidget(self.list)
        self._syncing = False
        self._render = Debounce(self, 150, self.request)
        self.fill()
        self.list.currentRowChanged.connect(self._on_item)
        doc.changed.connect(self._on_changed)
        thread.rendered.connect(self._on_rendered)
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Expressions"))
        for i, expr_id in enumerate(self.expr_ids):
            self.list.item(i).setText(i18n.label(self.doc.pack.expressions[expr_id]))

    def fill(self) -> None:
        self._syncing = True
        placeholder = QPixmap(self.SIZE, self.SIZE)
        placeholder.fill(QColor("#e6e6ea"))
        self.expr_ids = list(self.doc.pack.expressions)
        for expr in self.doc.pack.expressions.values():
            self.list.addItem(QListWidgetItem(QIcon(placeholder), i18n.label(expr)))
        self._select()
        self._syncing = False
        self.request()

    def _select(self) -> None:
        expr = self.doc.design.expression
        row = self.expr_ids.index(expr) if expr in self.expr_ids else -1
        if self.list.currentRow() != row:
            self.list.setCurrentRow(row)

    def _on_changed(self, design, old) -> None:
        self._syncing = True
        self._select()
        self._syncing = False
        if (
            design.expression != old.expression
            and design.parts == old.parts
            and design.colours == old.colours
            and design.transforms == old.transforms
        ):
            return
        self._render()

    def request(self) -> None:
        view = View(box=FRAMINGS["face"])
        dpr = self.devicePixelRatioF()
        design = self.doc.design
        self._design_id = id(design)
        jobs = [
            Job(
                "expr",
                (expr_id, id(design)),
                self.doc.pack,
                design,
                View(box=view.box, expression=expr_id),
                self.SIZE,
                self.SIZE,
                dpr,
            )
            for expr_id in self.doc.pack.expressions
        ]
        self.thread.submit("expr", jobs)

    def _on_rendered(self, channel, key, image) -> None:
        if channel != "expr":
            return
        if key[0] in self.expr_ids:
            self.list.item(self.expr_ids.index(key[0])).setIcon(_still_icon(image))

    def _on_item(self, row: int) -> None:
        if self._syncing or row < 0:
            return
        from dataclasses import replace

        expr = self.expr_ids[row]
        self.doc.push(
            replace(self.doc.design, expression=expr),
            self.tr("Expression: %1").replace("%1", i18n.label(self.doc.pack.expressions[expr])),
        )


# --------------------------------------------------------------------------------------------- platforms


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
    SIZES = (32, 48, 128)

    def __init__(self, doc, thread, platforms, parent=None):
        super().__init__(parent)
        self.doc, self.thread, self.platforms = doc, thread, platforms
        self.combo = QComboBox()
        self.combo.setObjectName("platform")
        self.combo_label = QLabel()
        self.combo_label.setBuddy(self.combo)
        self.warning = QLabel()
        self.warning.setObjectName("safeWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.tiles: dict[tuple[int, bool], MaskedTile] = {}
        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        row = QHBoxLayout()
        row.addWidget(self.combo_label)
        row.addWidget(self.combo, 1)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.info)
        box.addLayout(self.grid)
        box.addWidget(self.warning)
        box.addStretch(1)
        self.targets = [t for p in platforms.values() for t in p.targets.values() if t.kind == "avatar"]
        self._render = Debounce(self, 150, self.request)
        self.combo.currentIndexChanged.connect(self.rebuild)
        doc.changed.connect(lambda *_: self._render())
        thread.rendered.connect(self._on_rendered)
        self.retranslate()

    def retranslate(self) -> None:
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
        for col, size in enumerate(sizes):
            caption = QLabel(f"{size} px")
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(caption, 0, col)
            for row, dark in ((1, False), (2, True)):
                tile = MaskedTile(target.shape, size, dark)
                tile.setAccessibleName(
                    self.tr("%1 px on %2")
                    .replace("%1", str(size))
                    .replace("%2", self.tr("dark") if dark else self.tr("light"))
                )
                self.grid.addWidget(tile, row, col, Qt.AlignmentFlag.AlignCenter)
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
        from ..export.avatar import view_for

        view = view_for(target)
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


def scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
    return area
