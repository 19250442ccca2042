"""Randomise all, the presentation filter and "vary nearby"."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
)

from ...core import vary
from ...core.compose import View
from ...core.presets import FRAMINGS
from .. import i18n
from ..worker import Job
from .common import Debounce, Panel, still_icon


class GeneratePanel(Panel):
    """Randomise all, the presentation filter, and "vary nearby": neighbours that change one or two parts."""

    TILE = 48  # three across a 212 px dock (a 1024 px window) without a horizontal scroll bar
    COUNT = 9

    def __init__(self, doc, state, thread, parent=None):
        super().__init__(parent)
        self.doc, self.state, self.thread = doc, state, thread
        self.randomise = QPushButton()
        self.randomise.setObjectName("randomiseAll")
        self.presentation = QComboBox()
        self.presentation.setObjectName("presentation")
        self.presentation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.presentation.setMinimumContentsLength(5)  # the tools dock is 212 px in a 1024 px window
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
        box.setContentsMargins(6, 6, 6, 6)
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
        from ...core.seeds import fresh_seed  # never derived from the design's seed (issue 13)

        design = self.doc.design
        seed = fresh_seed()
        self._round += 1
        new = vary.randomise(
            self.doc.pack,
            design,
            seed,
            self.state.locked_layers,
            self.state.locked_slots,
            self.state.presentation,
        )
        self.doc.push(new, lambda: self.tr("Randomise"))

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
            Job("near", (i, d), self.doc.pack, d, view, self.TILE, self.TILE, dpr)
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
        i, design = key
        if i < len(self.neighbours) and self.neighbours[i] == design:
            self.tiles[i].setIcon(still_icon(image))

    def take(self, i: int) -> None:
        if i < len(self.neighbours):
            self.doc.push(self.neighbours[i], lambda: self.tr("Take variation"))
