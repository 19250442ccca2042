"""The avatar in every expression."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
)

from ...core.compose import View
from ...core.presets import FRAMINGS
from .. import i18n
from ..worker import Job
from .common import Debounce, Panel, still_icon


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
        self.list.setWrapping(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setIconSize(QSize(self.SIZE, self.SIZE))
        self.list.setGridSize(QSize(self.SIZE + 16, self.SIZE + 26))
        self.list.setMovement(QListView.Movement.Static)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
            self.list.item(i).setToolTip(i18n.label(self.doc.pack.expressions[expr_id]))

    def fill(self) -> None:
        self._syncing = True
        placeholder = QPixmap(self.SIZE, self.SIZE)
        placeholder.fill(self.palette().color(self.palette().ColorRole.Base).darker(106))
        self.expr_ids = list(self.doc.pack.expressions)
        for expr in self.doc.pack.expressions.values():
            item = QListWidgetItem(QIcon(placeholder), i18n.label(expr))
            item.setToolTip(i18n.label(expr))
            self.list.addItem(item)
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
        jobs = [
            Job(
                "expr",
                (expr_id, design),
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
            self.list.item(self.expr_ids.index(key[0])).setIcon(still_icon(image))

    def _on_item(self, row: int) -> None:
        if self._syncing or row < 0:
            return
        from dataclasses import replace

        expr = self.expr_ids[row]
        self.doc.push(
            replace(self.doc.design, expression=expr),
            lambda: self.tr("Expression: %1").replace("%1", i18n.label(self.doc.pack.expressions[expr])),
        )
