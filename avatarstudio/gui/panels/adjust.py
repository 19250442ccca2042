"""Position, scale and rotation sliders of the selected layer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QToolButton,
    QVBoxLayout,
)

from ...core.design import Transform
from .. import i18n
from .common import Panel, reset_button
from .shape import ShapeSliders, tilt_row


def _movable(layer) -> bool:
    limits = layer.limits
    return any(getattr(limits, n)[1] > getattr(limits, n)[0] for n in ("x", "y", "scale", "rotate"))


class AdjustPanel(Panel):
    """Position, scale and rotation of the selected layer within the pack's limits."""

    FIELDS = (("x", 2.0), ("y", 2.0), ("scale", 0.01), ("rotate", 0.5))  # name, slider step

    def __init__(self, doc, state, parent=None):
        super().__init__(parent)
        self.doc, self.state = doc, state
        self.head = ShapeSliders(doc)  # the head tilt, within the pack's [pose] limits
        self.head.setObjectName("headSliders")
        tilt = tilt_row(doc.pack, lambda: self.tr("Head tilt"))
        self.head.set_rows([tilt] if tilt is not None else [])
        self.head_title = QLabel()
        self.head_title.setObjectName("sectionTitle")
        self.head_title.setVisible(tilt is not None)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.sliders: dict[str, QSlider] = {}
        self.values: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.resets: dict[str, QToolButton] = {}
        self.layer_combo = QComboBox()
        self.layer_combo.setObjectName("adjustLayer")
        # as wide as the panel, not as its longest part name (which made the panel scroll sideways)
        self.layer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.layer_combo.setMinimumContentsLength(8)
        self.layer_label = QLabel()
        self.layer_label.setBuddy(self.layer_combo)
        self.movable = [lay.id for lay in doc.pack.layers if _movable(lay)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.layer_label, self.layer_combo)
        for name, _step in self.FIELDS:
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setObjectName(f"slider_{name}")
            slider.setMinimumWidth(64)  # wide enough to place a value, narrow enough for a 1024 px window
            value = QLabel()
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("+00.0"))
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            reset = reset_button(name, lambda n=name: self.reset_field(n))
            row = QHBoxLayout()
            row.addWidget(slider, 1)
            row.addWidget(value)
            row.addWidget(reset)
            self.resets[name] = reset
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
        box.addWidget(self.head_title)
        box.addWidget(self.head)
        box.addSpacing(8)
        box.addWidget(self.title)
        box.addLayout(form)
        box.addWidget(self.note)
        box.addWidget(self.reset, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        self._syncing = False
        self.layer_combo.currentIndexChanged.connect(self._on_layer_combo)
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
            self.resets[name].setToolTip(self.tr("Reset %1").replace("%1", label.replace("&", "")))
            self.resets[name].setAccessibleName(self.tr("Reset %1").replace("%1", label.replace("&", "")))
        self.head_title.setText(self.tr("Head"))
        self.layer_label.setText(self.tr("&Part:"))
        self.layer_combo.setAccessibleName(self.tr("Part to move"))
        self.layer_combo.blockSignals(True)
        self.layer_combo.clear()
        for layer_id in self.movable:
            self.layer_combo.addItem(i18n.label(self.doc.pack.layer(layer_id)), layer_id)
        self.layer_combo.blockSignals(False)
        self.reset.setText(self.tr("Reset position"))
        self.sync()

    def _layer(self):
        return self.doc.pack.layer(self.state.layer)

    def sync(self, *_args) -> None:
        layer = self._layer()
        tf = self.doc.design.transform(layer.id)
        self._syncing = True
        index = self.layer_combo.findData(layer.id)
        self.layer_combo.setCurrentIndex(index)
        movable = False
        default = Transform()
        for name, step in self.FIELDS:
            lo, hi = getattr(layer.limits, name)
            slider = self.sliders[name]
            enabled = hi > lo
            movable = movable or enabled
            slider.setEnabled(enabled)
            if enabled:
                slider.setRange(round(lo / step), round(hi / step))
                value = layer.limits.clamp(name, getattr(tf, name))
                if not slider.isSliderDown():
                    slider.setValue(round(value / step))
                self.values[name].setText(f"{value:.2f}" if name == "scale" else f"{value:+.0f}")
            else:  # a fixed field: the handle rests in the middle and shows no number
                slider.setRange(-1, 1)
                slider.setValue(0)
                value = getattr(default, name)
                self.values[name].setText("—")
            self.values[name].setEnabled(enabled)
            self.labels[name].setEnabled(enabled)
            self.resets[name].setEnabled(enabled and abs(getattr(tf, name) - getattr(default, name)) > 1e-9)
        self._syncing = False
        self.reset.setEnabled(not tf.is_identity)
        self.title.setText(self.tr("Layer: %1").replace("%1", i18n.label(layer)))
        self.note.setText("" if movable else self.tr("This layer stays where the artist drew it."))

    def _on_layer_combo(self, index: int) -> None:
        if not self._syncing and index >= 0:
            self.state.select_layer(self.layer_combo.itemData(index))

    def reset_field(self, name: str) -> None:
        """One slider back to where the artist drew it; the others stay."""
        from dataclasses import replace

        layer = self._layer()
        tf = self.doc.design.transform(layer.id)
        self.doc.seal()
        self.doc.push(
            self.doc.design.with_transform(layer.id, replace(tf, **{name: getattr(Transform(), name)})),
            lambda: self.tr("Reset %1").replace("%1", i18n.label(layer)),
        )

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
            lambda: self.tr("Move %1").replace("%1", i18n.label(layer)),
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
            lambda: self.tr("Reset %1").replace("%1", i18n.label(layer)),
        )
