"""Colour slots: palette swatches, locks, links and the free picker."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.design import effective_colours
from .. import i18n
from .common import Panel, lock_icon, swatch_icon

SWATCH_COLUMNS = 9


class SwatchGroup(QObject):
    """Every swatch of the panel as one focus group: one Tab stop, arrow keys move between swatches
    (Up/Down by a line of swatches, across slots), Space or Enter takes the focused colour."""

    KEYS = (
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
    )

    def __init__(self, rows, parent=None):
        super().__init__(parent)
        self.current = None
        for row in rows:
            for b in row.swatches:
                b.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
                b.installEventFilter(self)
        self.set_rows(rows)

    def set_rows(self, rows) -> None:
        """The rows shown (a category shows its own slots); the group spans exactly these."""
        self.lines: list[list[QToolButton]] = []  # lines of swatches in reading order
        for row in rows:
            for start in range(0, len(row.swatches), SWATCH_COLUMNS):
                self.lines.append(row.swatches[start : start + SWATCH_COLUMNS])
        self.buttons = [b for line in self.lines for b in line]
        self.where = {b: (li, ci) for li, line in enumerate(self.lines) for ci, b in enumerate(line)}
        if self.current is not None and self.current not in self.where:
            self.current.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            self.current = None
        if self.buttons and self.current is None:
            self.make_current(self.buttons[0])

    def make_current(self, button) -> None:
        if self.current is not None and self.current is not button:
            self.current.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.current = button
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def neighbour(self, button, key):
        li, ci = self.where[button]
        i = self.buttons.index(button)
        if key == Qt.Key.Key_Left:
            return self.buttons[max(0, i - 1)]
        if key == Qt.Key.Key_Right:
            return self.buttons[min(len(self.buttons) - 1, i + 1)]
        if key == Qt.Key.Key_Home:
            return self.lines[li][0]
        if key == Qt.Key.Key_End:
            return self.lines[li][-1]
        li = max(0, li - 1) if key == Qt.Key.Key_Up else min(len(self.lines) - 1, li + 1)
        return self.lines[li][min(ci, len(self.lines[li]) - 1)]

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.FocusIn and obj in self.where:
            self.make_current(obj)
        elif event.type() == QEvent.Type.KeyPress and obj in self.where:
            if event.key() in self.KEYS:
                target = self.neighbour(obj, event.key())
                self.make_current(target)
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                obj.click()
                return True
        return False


class ColourRow(QWidget):
    def __init__(self, panel, slot, parent=None):
        super().__init__(parent)
        self.panel, self.slot = panel, slot
        self.lock = QToolButton()
        self.lock.setCheckable(True)
        self.lock.setIcon(lock_icon())
        self.lock.setAutoRaise(True)
        self.name = QLabel()
        self.name.setMinimumWidth(40)
        self.current = QToolButton()
        self.current.setIconSize(QSize(30, 20))
        self.current.setObjectName(f"colour_{slot.id}")
        self.link = QCheckBox() if slot.link else None
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.lock)
        top.addWidget(self.name, 1)
        top.addWidget(self.current)
        self.palette_box = QWidget()  # the swatches; folded away while the slot follows its link
        grid = QGridLayout(self.palette_box)
        grid.setContentsMargins(4, 2, 0, 0)
        grid.setSpacing(2)
        self.swatches = []
        palette = panel.doc.pack.palettes.get(slot.palette, {})
        for i, (name, hex_colour) in enumerate(palette.items()):
            b = QToolButton()
            b.setIcon(swatch_icon(hex_colour, 18))
            b.setIconSize(QSize(18, 18))
            b.setAutoRaise(True)
            b.setToolTip(f"{name} {hex_colour}")
            b.setAccessibleName(f"{name} {hex_colour}")
            b.setObjectName(f"swatch_{slot.id}_{name}")
            b.setProperty("kind", "swatch")
            b.clicked.connect(lambda _=False, c=hex_colour: panel.set_colour(slot.id, c))
            grid.addWidget(b, i // SWATCH_COLUMNS, i % SWATCH_COLUMNS)
            self.swatches.append(b)
        grid.setColumnStretch(SWATCH_COLUMNS, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 2, 0, 4)
        box.setSpacing(1)
        box.addLayout(top)
        if self.link:  # its own line: the row stays narrow enough for the maker's column
            link_row = QHBoxLayout()
            link_row.setContentsMargins(4, 0, 0, 0)
            link_row.addWidget(self.link)
            link_row.addStretch(1)
            box.addLayout(link_row)
        box.addWidget(self.palette_box)
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
        self.swatch_group = SwatchGroup(self.rows.values(), self)
        self.inner = inner
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own: focus scrolls it
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

    def sizeHint(self) -> QSize:
        """As tall as the shown slots: under the part grid they take their own height, and scroll
        only when the window is too short for them and a row of tiles."""
        hint = self.inner.sizeHint()
        return QSize(hint.width(), hint.height() + 2)

    def minimumSizeHint(self) -> QSize:
        rows = [r for r in self.rows.values() if not r.isHidden()]
        least = rows[0].sizeHint().height() if rows else 0
        return QSize(0, min(self.sizeHint().height(), least))

    def show_slots(self, slot_ids) -> None:
        """Show only these slots (the open category's colours); all when ``slot_ids`` is None."""
        self._shown = [sid for sid in self.rows if slot_ids is None or sid in slot_ids]
        for sid, row in self.rows.items():
            row.setVisible(sid in self._shown)
        self._regroup()

    def _regroup(self) -> None:
        """The focus group spans the swatches in sight (not those of a slot following its link)."""
        shown = getattr(self, "_shown", list(self.rows))
        self.swatch_group.set_rows(
            [self.rows[sid] for sid in shown if not self.rows[sid].palette_box.isHidden()]
        )
        self.updateGeometry()

    def sync(self, *_args) -> None:
        colours = effective_colours(self.doc.pack, self.doc.design)
        folded = False
        for slot_id, row in self.rows.items():
            row.current.setIcon(swatch_icon(colours[slot_id], 20))
            row.current.setText(colours[slot_id])
            row.current.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            row.current.setMaximumWidth(116)
            linked = slot_id in self.doc.design.linked
            if row.link is not None and row.palette_box.isHidden() != linked:
                row.palette_box.setHidden(linked)  # "same as left eye": its swatches would do nothing new
                folded = True
            for w, value in (
                (row.lock, slot_id in self.state.locked_slots),
                (row.link, linked),
            ):
                if w is not None and w.isChecked() != value:
                    w.blockSignals(True)
                    w.setChecked(value)
                    w.blockSignals(False)
        if folded:
            self._regroup()

    def set_colour(self, slot_id: str, hex_colour: str, merge: bool = False) -> None:
        design = self.doc.design.with_colour(slot_id, hex_colour)
        if slot_id in design.linked:
            design = design.with_linked(slot_id, False)
        # Slots linked to this one follow it (they show its colour through effective_colours).
        slot = self.doc.pack.slots[slot_id]
        self.doc.push(
            design,
            lambda: self.tr("%1 colour").replace("%1", i18n.label(slot)),
            ("colour", slot_id) if merge else None,
        )

    def set_linked(self, slot_id: str, on: bool) -> None:
        design = self.doc.design.with_linked(slot_id, on)
        if on:
            link = self.doc.pack.slots[slot_id].link
            design = design.with_colour(slot_id, effective_colours(self.doc.pack, self.doc.design)[link])
        slot = self.doc.pack.slots[slot_id]
        self.doc.push(design, lambda: self.tr("Link %1").replace("%1", i18n.label(slot)))

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
