"""Layers (with locks) and the part grid of the selected layer."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ...core import vary
from .. import i18n
from ..worker import Job
from .common import NONE_PART, Debounce, Panel, lock_icon, region_view, still_icon


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
        key = (layer.id, design)
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
            self.parts.item(self.part_ids.index(key[1])).setIcon(still_icon(image))

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

        def text() -> str:
            name = i18n.label(layer.part(part_id)) if part_id else self.tr("none")
            return self.tr("%1: %2").replace("%1", i18n.label(layer)).replace("%2", name)

        self.doc.push(self.doc.design.with_part(layer_id, part_id), text)

    def randomise_layer(self) -> None:
        design = self.doc.design
        seed = hashlib.sha256(
            f"{design.seed}|{self.doc.stack.index()}|{self.state.layer}".encode()
        ).hexdigest()[:12]
        new = vary.randomise_layer(self.doc.pack, design, self.state.layer, seed, self.state.presentation)
        layer = self.doc.pack.layer(self.state.layer)
        self.doc.push(new, lambda: self.tr("Randomise %1").replace("%1", i18n.label(layer)))
