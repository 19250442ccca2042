"""Face sliders (VRoid-style) under a category's parts: the pack's sliders (core/sliders.py) and the
head tilt (the design's head pose), each with its value and a reset."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QSlider, QToolButton

from ...core.compose import visible_parts
from .. import i18n
from .common import Panel, reset_button

STEPS = 120  # slider positions across a range: fine enough to place, coarse enough for the keyboard


@dataclass(frozen=True)
class Row:
    """One slider: where its value lives in the design and how it is shown."""

    id: str
    label: Callable[[], str]
    range: tuple[float, float]
    neutral: float
    get: Callable[[object], float]
    set: Callable[[object, float], object]
    show: Callable[[float], str]
    layers: tuple[str, ...]  # drawn layers it moves: with none of them drawn the slider is disabled


class ShapeSliders(Panel):
    """A grid of sliders: label, slider, value, reset. Each drag is one undo step."""

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.rows: list[Row] = []
        self.sliders: dict[str, QSlider] = {}
        self.values: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.resets: dict[str, QToolButton] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        self._syncing = False
        doc.changed.connect(self.sync)

    def set_rows(self, rows: list[Row]) -> None:
        if [r.id for r in rows] == [r.id for r in self.rows]:
            self.sync()
            return
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.rows = rows
        self.sliders, self.values, self.labels, self.resets = {}, {}, {}, {}
        for i, row in enumerate(rows):
            label = QLabel()
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setObjectName(f"shape_{row.id}")
            slider.setRange(0, STEPS)
            slider.setPageStep(STEPS // 10)
            slider.setMinimumWidth(64)
            label.setBuddy(slider)
            value = QLabel()
            value.setObjectName("sliderValue")
            advance = value.fontMetrics().horizontalAdvance
            value.setMinimumWidth(max(advance(row.show(v) + " ") for v in (*row.range, row.neutral)))
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            reset = reset_button(row.id, lambda r=row: self.reset(r))
            slider.valueChanged.connect(lambda raw, r=row: self._on_slider(r, raw))
            slider.sliderReleased.connect(self.doc.seal)
            for col, widget in enumerate((label, slider, value, reset)):
                self.grid.addWidget(widget, i, col)
            self.sliders[row.id], self.values[row.id] = slider, value
            self.labels[row.id], self.resets[row.id] = label, reset
        self.retranslate()
        self.setVisible(bool(rows))

    def retranslate(self) -> None:
        for row in self.rows:
            text = row.label()
            self.labels[row.id].setText(text)
            self.sliders[row.id].setAccessibleName(text)
            tip = self.tr("Reset %1").replace("%1", text)
            self.resets[row.id].setToolTip(tip)
            self.resets[row.id].setAccessibleName(tip)
        self.sync()

    def _raw(self, row: Row, value: float) -> int:
        lo, hi = row.range
        return round((value - lo) / (hi - lo) * STEPS)

    def _value(self, row: Row, raw: int) -> float:
        lo, hi = row.range
        value = lo + (hi - lo) * raw / STEPS
        if abs(value - row.neutral) < (hi - lo) / STEPS / 2:
            value = row.neutral  # the neutral point is always reachable, even between two steps
        return value

    def sync(self, *_args) -> None:
        design = self.doc.design
        drawn = {layer for layer, _ in visible_parts(self.doc.pack, design)}
        self._syncing = True
        for row in self.rows:
            enabled = any(layer in drawn for layer in row.layers)
            # a disabled slider rests at neutral and says so: nothing it moves is drawn
            value = row.get(design) if enabled else row.neutral
            slider = self.sliders[row.id]
            slider.setEnabled(enabled)
            if not slider.isSliderDown():
                slider.setValue(self._raw(row, value))
            self.values[row.id].setText(row.show(value))
            self.values[row.id].setEnabled(enabled)
            self.labels[row.id].setEnabled(enabled)
            self.resets[row.id].setEnabled(enabled and abs(value - row.neutral) > 1e-9)
            slider.setToolTip("" if enabled else self.tr("Nothing this slider moves is drawn"))
        self._syncing = False

    def _on_slider(self, row: Row, raw: int) -> None:
        if self._syncing:
            return
        value = self._value(row, raw)
        self.doc.push(
            row.set(self.doc.design, value),
            lambda: self.tr("Change %1").replace("%1", row.label()),
            ("shape", row.id),
        )
        if not self.sliders[row.id].isSliderDown():
            self.doc.seal()  # a keyboard step is its own undo step

    def reset(self, row: Row) -> None:
        self.doc.seal()
        self.doc.push(
            row.set(self.doc.design, row.neutral), lambda: self.tr("Reset %1").replace("%1", row.label())
        )


# lupdate reads the class's tr() calls only when the class comes before these (nested defs confuse it)
def pack_rows(pack, slider_ids) -> list[Row]:
    rows = []
    for sid in slider_ids:
        s = pack.sliders[sid]

        def get(design, s=s) -> float:
            return s.clamp(design.sliders.get(s.id, s.neutral))

        def put(design, value, s=s):
            return design.with_slider(s.id, None if abs(value - s.neutral) < 1e-9 else round(value, 3))

        def show(value, s=s) -> str:
            return f"{round(value / s.neutral * 100)}%" if s.is_factor else f"{value:+.0f}"

        rows.append(Row(sid, lambda s=s: i18n.label(s), s.range, s.neutral, get, put, show, s.layers()))
    return rows


def tilt_row(pack, label: Callable[[], str]) -> Row | None:
    """The head tilt, within the pack's [pose] limits (None when the pack has no head pose)."""
    rules = pack.pose
    if rules is None or rules.tilt[1] <= rules.tilt[0]:
        return None

    def get(design) -> float:
        return min(rules.tilt[1], max(rules.tilt[0], design.head_pose.tilt))

    def put(design, value):
        return design.with_head_pose(replace(design.head_pose, tilt=round(value, 1)))

    return Row("head_tilt", label, rules.tilt, 0.0, get, put, lambda v: f"{v:+.1f}°", rules.layers)
