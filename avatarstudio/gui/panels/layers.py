"""The maker: category tabs with icons, the category's layers as chips, a grid of close-up part tiles
drawn on the current avatar, and the category's colours under the grid."""

from __future__ import annotations

import hashlib
import math

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import vary
from .. import i18n
from ..worker import Job
from .captions import PAD, TileDelegate, caption_height, fitting_width
from .categories import (
    MIDDLE_OF,
    CategoryTabs,
    categories_for,
    category_icon,
    category_of,
    covering_layers,
)
from .common import NONE_PART, Debounce, Panel, lock_icon, region_view, still_icon
from .shape import ShapeSliders, pack_rows

GRID_COLUMNS = (3, 6)  # fewest and most tile columns: fewer than 4 only where whole names need it
TILE_MIN = 48  # px: the narrowest tile
CAPTION_SMALL = 0.85  # names are written at this share of the panel's type size where full size
# would leave fewer than 4 columns


class LayerPanel(Panel):
    """Categories on the left; for the chosen one, its layers, every part drawn on the current avatar
    (cropped to the part's region, eyes open), and its colours. Expression and pose show their panels."""

    THUMB = 96
    # (layer id, its parts in grid order, None for "none") when a part grid is shown, ("", ()) when the
    # expression or pose panel is: the preview draws the parts a user may pick next ahead when idle
    parts_offered = Signal(str, object)

    def __init__(self, doc, state, thread, colours=None, expressions=None, adjust=None, parent=None):
        super().__init__(parent)
        self.doc, self.state, self.thread = doc, state, thread
        self.colours, self.expressions, self.adjust = colours, expressions, adjust
        self.cats = categories_for(doc.pack)
        self.categories = CategoryTabs(len(self.cats))
        self.layers = QListWidget()  # the chosen category's layers, as a row of chips
        self.layers.setObjectName("layerList")
        self.layers.setFlow(QListView.Flow.LeftToRight)
        self.layers.setWrapping(True)
        self.layers.setResizeMode(QListView.ResizeMode.Adjust)
        self.layers.setSpacing(2)
        self.layers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.layers.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.parts = QListWidget()
        self.parts.setObjectName("partGrid")
        self.parts.setViewMode(QListView.ViewMode.IconMode)
        self.parts.setIconSize(QSize(self.THUMB, self.THUMB))
        self.parts.setGridSize(QSize(self.THUMB + 8, self.THUMB + 26))
        self.parts.setResizeMode(QListView.ResizeMode.Adjust)
        self.parts.setMovement(QListView.Movement.Static)
        self.parts.setItemDelegate(TileDelegate(self.parts))  # whole names, wrapped between words
        self.parts.setUniformItemSizes(True)
        self.parts.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.parts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.parts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.parts.viewport().installEventFilter(self)
        self._rows_pending = False
        self._wheel_delta = 0
        bar = self.parts.verticalScrollBar()
        bar.sliderReleased.connect(self._snap)
        bar.valueChanged.connect(lambda _v: QTimer.singleShot(0, self.parts, self._snap))
        self.layers.viewport().installEventFilter(self)
        self.lock = QCheckBox()
        self.shuffle = QPushButton()
        self.shuffle.setObjectName("randomiseLayer")
        self.parts_label = QLabel()
        self.parts_label.setObjectName("sectionTitle")
        self.layers_label = QLabel()  # read by screen readers only: the chips carry the names
        self.layers_label.setBuddy(self.layers)
        self.layers_label.hide()
        self.parts_label.setBuddy(self.parts)
        self.shape = ShapeSliders(doc)  # the category's face sliders (eye size, brow height...)
        self.shape.setObjectName("shapeSliders")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.parts_label, 1)
        row.addWidget(self.lock)
        row.addWidget(self.shuffle)
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(2, 4, 2, 4)
        box.addWidget(self.layers_label)
        box.addWidget(self.layers)
        box.addLayout(row)
        # The grid shows whole rows (_fit_rows); what is left under a row goes below the colours.
        box.addWidget(self.parts, 1)
        box.addWidget(self.shape)
        if colours is not None:
            box.addWidget(colours)  # its own height, scrolled only in a short window
        self._spare = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        box.addItem(self._spare)
        self.stack = QStackedWidget()
        self.stack.addWidget(page)
        self.page = page
        page.installEventFilter(self)
        for extra in (expressions, adjust):
            if extra is not None:
                self.stack.addWidget(extra)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        tabs = QScrollArea()  # a short window scrolls the tabs rather than growing
        tabs.setObjectName("categoryScroll")
        tabs.setWidget(self.categories)
        tabs.setWidgetResizable(True)
        tabs.setFrameShape(QScrollArea.Shape.NoFrame)
        tabs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tabs.setFixedWidth(self.categories.width() + 2)
        tabs.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # icons only when short
        tabs.viewport().installEventFilter(self)
        self.tabs_area = tabs
        outer.addWidget(tabs)
        outer.addWidget(self.stack, 1)
        self._filling = False
        self._thumb_key = None
        self._fits: dict = {}
        self._rows: list[str] = []
        self.offered: tuple[str, tuple[str | None, ...]] = ("", ())  # what parts_offered last said
        self._row_locked: list[bool] = []
        self.category = category_of(self.cats, state.layer) or self.cats[0]
        self._thumbs = Debounce(self, 40, self.request_thumbnails)
        self.fill_layers()
        self.categories.currentRowChanged.connect(self._on_category_row)
        self.layers.currentRowChanged.connect(self._on_layer_row)
        self.parts.currentRowChanged.connect(self._on_part)
        self.lock.toggled.connect(lambda on: self.state.set_layer_locked(self.state.layer, on))
        self.shuffle.clicked.connect(self.randomise_layer)
        doc.changed.connect(self.on_changed)
        state.locks_changed.connect(self.sync)
        state.layer_selected.connect(self._on_layer_selected)
        thread.rendered.connect(self._on_rendered)
        self.retranslate()
        self.show_category(self.category.id)

    def retranslate(self) -> None:
        names, tips = self.category_names(), self.category_tooltips()
        ink = self.palette().color(self.foregroundRole())
        for i, c in enumerate(self.cats):
            button = self.categories.button(i)
            button.setText(names[c.id])
            button.setToolTip(tips.get(c.id, names[c.id]))
            button.setAccessibleName(names[c.id])
            button.setIcon(category_icon(c.id, ink))
        self.layers_label.setText(self.tr("&Layers"))
        self.parts_label.setText(self.tr("&Parts"))
        self.parts_label.setToolTip(self.tr("Every part, drawn on your avatar"))
        self.lock.setText(self.tr("Lock"))
        self.lock.setToolTip(self.tr("A locked layer keeps its part when you randomise"))
        self.shuffle.setText(self.tr("Shuffle"))
        self.shuffle.setToolTip(self.tr("Pick another part for this layer (Ctrl+Shift+R)"))
        self.categories.setAccessibleName(self.tr("Categories"))
        self.layers.setAccessibleName(self.tr("Layers"))
        self.parts.setAccessibleName(self.tr("Parts of the selected layer"))
        if hasattr(self, "_filling"):
            self.fill_layers()
            self.fill_parts()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_filling"):
            self.retranslate()  # icons drawn in the new theme's ink

    # ------------------------------------------------------------------------------- categories

    def category_names(self) -> dict[str, str]:
        return {
            "face": self.tr("Face"),
            "eyes": self.tr("Eyes"),
            "brows": self.tr("Brows"),
            "mouth": self.tr("Mouth"),
            "hair": self.tr("Hair"),
            "outfit": self.tr("Outfit"),
            "accessories": self.tr("Accessories"),
            "background": self.tr("Background"),
            "expression": self.tr("Expression"),
            "pose": self.tr("Pose"),
        }

    def category_tooltips(self) -> dict[str, str]:
        return {
            "accessories": self.tr("Accessories: hats, glasses, ornaments, effects"),
            "expression": self.tr("Expression: the face your avatar makes"),
            "pose": self.tr("Pose: position, size and tilt of the selected part"),
        }

    def show_category(self, cid: str) -> None:
        """Open a category: its layers and parts, its colours; or the expression or pose panel."""
        category = next(c for c in self.cats if c.id == cid)
        self.category = category
        row = self.cats.index(category)
        if self.categories.currentRow() != row:
            self.categories.blockSignals(True)
            self.categories.setCurrentRow(row)
            self.categories.blockSignals(False)
        if category.kind == "expression" and self.expressions is not None:
            self.stack.setCurrentWidget(self.expressions)
            self._offer("", ())
            return
        if category.kind == "pose" and self.adjust is not None:
            self.stack.setCurrentWidget(self.adjust)
            movable = getattr(self.adjust.widget(), "movable", [])  # self.adjust scrolls the pose panel
            if movable and self.state.layer not in movable:
                self.state.select_layer(movable[0])  # a part the sliders can move, not an empty choice
            self._offer("", ())
            return
        self.stack.setCurrentWidget(self.page)
        if self.state.layer not in category.layers:
            self.state.select_layer(category.layers[0])
        self.fill_layers()
        self.fill_parts()
        self.shape.set_rows(pack_rows(self.doc.pack, self.slider_ids(category)))
        if self.colours is not None:
            self.colours.show_slots(category.slots)
        if self.colours is not None:
            self.colours.setVisible(bool(category.slots))

    def slider_ids(self, category) -> list[str]:
        """The pack's face sliders shown in ``category``: those whose first layer it holds."""
        return [sid for sid, s in self.doc.pack.sliders.items() if s.layers()[0] in category.layers]

    def show_category_of(self, layer_id: str) -> None:
        category = category_of(self.cats, layer_id)
        if category is not None:
            self.state.select_layer(layer_id)
            if category is not self.category or self.stack.currentWidget() is not self.page:
                self.show_category(category.id)

    def _on_category_row(self, row: int) -> None:
        if row >= 0:
            self.show_category(self.cats[row].id)

    def _on_layer_selected(self, layer_id: str) -> None:
        if self.stack.currentWidget() is not self.page:
            return  # the pose panel picks layers too: stay on it
        category = category_of(self.cats, layer_id)
        if category is not None and category is not self.category:
            self.show_category(category.id)
            return
        self.fill_layers()
        self.fill_parts()
        self.sync()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.parts.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_grid(event.size().width())
            self._rows_later()
        elif obj is getattr(self, "page", None) and event.type() == QEvent.Type.Resize:
            self._rows_later()
        elif obj is self.parts.viewport() and event.type() == QEvent.Type.Wheel:
            self._wheel(event)
            return True
        elif obj is self.layers.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_chips(event.size().width())
        elif (
            hasattr(self, "tabs_area")
            and obj is self.tabs_area.viewport()
            and event.type() == QEvent.Type.Resize
        ):
            self.categories.fit(event.size().height())
        return False

    def _fit_grid(self, width: int) -> None:
        """Square tiles filling the grid's width: as many columns as fit (4 to 6) while every part name
        of the maker fits whole in its lines (captions.py's rule), at the caption's type size or
        CAPTION_SMALL of it; 3 columns only where 4 would cut names. As tall as the layer's tallest
        caption needs."""
        lo, hi = GRID_COLUMNS
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * CAPTION_SMALL)
        preferred = max(4, min(hi, width // (self.THUMB + 12)))
        choices = [(n, f) for n in range(preferred, lo - 1, -1) for f in (self.font(), small)]
        columns, font = next(
            ((n, f) for n, f in choices if self._names_fit(f, (width - 4) // n - 2 * PAD)), (lo, small)
        )
        cell = max(TILE_MIN, (width - 4) // columns)
        if self.parts.font() != font:
            self.parts.setFont(font)
        names = [self.parts.item(i).text() for i in range(self.parts.count())]
        size = QSize(cell, cell - 8 + 3 * PAD + caption_height(names, font, cell - 2 * PAD))
        if self.parts.gridSize() != size:
            self.parts.setGridSize(size)
            self.parts.setIconSize(QSize(cell - 8, cell - 8))
            self._rows_later()
            self._scroll_later()

    def _rows_later(self) -> None:
        if not self._rows_pending:
            self._rows_pending = True
            QTimer.singleShot(0, self.parts, self._fit_rows)  # once the layout has placed the grid

    def _fit_rows(self) -> None:
        """The grid as tall as the whole rows of tiles that fit (never a row cut at its foot), the
        rest of the room under the colours; one row at the least."""
        self._rows_pending = False
        grid = self.parts
        row = max(1, grid.gridSize().height())
        frame = grid.height() - grid.viewport().height()
        room = grid.height() + self._spare.geometry().height()
        columns = max(1, grid.viewport().width() // max(1, grid.gridSize().width()))
        rows = max(1, min((room - frame) // row, math.ceil(grid.count() / columns)))
        height = rows * row + frame
        if grid.maximumHeight() != height:
            grid.setMaximumHeight(height)
            grid.setMinimumHeight(min(height, row + frame))
            self._scroll_later()

    def rows_shown(self) -> int:
        """How many whole rows of tiles the grid shows."""
        return max(1, self.parts.viewport().height() // max(1, self.parts.gridSize().height()))

    def _wheel(self, event) -> None:
        """The wheel scrolls the tiles by whole rows, one a notch."""
        self._wheel_delta += event.angleDelta().y() or event.pixelDelta().y() * 4
        steps = int(self._wheel_delta / 120)
        if steps:
            self._wheel_delta -= steps * 120
            bar = self.parts.verticalScrollBar()
            bar.setValue(bar.value() - steps * self.parts.gridSize().height())

    def _snap(self, *_args) -> None:
        """A scroll that stopped between rows (the scroll bar dragged, a key moving the selection)
        settles on the nearest whole row."""
        bar = self.parts.verticalScrollBar()
        row = max(1, self.parts.gridSize().height())
        if bar.isSliderDown() or bar.value() % row == 0 or bar.value() == bar.maximum():
            return
        bar.setValue(min(bar.maximum(), round(bar.value() / row) * row))

    def _names_fit(self, font: QFont, width: int) -> bool:
        """Whether every part name of the maker fits whole in ``width`` px (so every category's tiles
        are alike): no word wider, no name longer than the caption's lines. Measured once a language
        and type size."""
        key = (i18n.current(), font.toString())
        if key not in self._fits:
            names = [
                i18n.label(p) for c in self.cats for lid in c.layers for p in self.doc.pack.layer(lid).parts
            ] + [self.tr("None")]
            self._fits[key] = fitting_width(names, font)
        return width >= self._fits[key]

    def _scroll_later(self) -> None:
        QTimer.singleShot(0, self.parts, self._scroll_to_current)  # after the view has laid its tiles out

    def _scroll_to_current(self) -> None:
        """Whole rows in view: the top row when the chosen part is on the first screen, else the chosen
        part's row as the last one shown (never a row cut in half at the top)."""
        grid = self.parts
        columns = max(1, grid.viewport().width() // max(1, grid.gridSize().width()))
        row_height = max(1, grid.gridSize().height())
        rows_shown = max(1, grid.viewport().height() // row_height)
        row = max(0, grid.currentRow()) // columns
        top = max(0, row - rows_shown + 1) * row_height
        grid.verticalScrollBar().setValue(min(top, grid.verticalScrollBar().maximum()))

    def _layer_text(self, layer) -> str:
        part_id = self.doc.design.parts.get(layer.id)
        part = i18n.label(layer.part(part_id)) if part_id and layer.has(part_id) else self.tr("(none)")
        return f"{i18n.label(layer)}: {part}"

    def fill_layers(self) -> None:
        self._filling = True
        self._lock_icon = QIcon(lock_icon().pixmap(16, 16, QIcon.Mode.Normal, QIcon.State.On))
        self._no_icon = QIcon()
        self.layers.clear()
        self._rows = list(self.category.layers)
        self._row_locked = [layer_id in self.state.locked_layers for layer_id in self._rows]
        for layer_id in self._rows:
            layer = self.doc.pack.layer(layer_id)
            item = QListWidgetItem(i18n.label(layer))
            item.setToolTip(self._layer_text(layer))
            if layer.id in self.state.locked_layers:
                item.setIcon(self._lock_icon)
            self.layers.addItem(item)
            if layer.id == self.state.layer:
                self.layers.setCurrentItem(item)
        self.layers.setVisible(len(self._rows) > 1)
        self._fit_chips(self.layers.viewport().width())
        self._filling = False

    def _fit_chips(self, width: int) -> None:
        """As many lines of chips as they wrap to in ``width`` px (three hair chips take two lines in
        a 1024 px window; a fixed single line hid the second)."""
        if not getattr(self, "_rows", None):
            return
        gap = 2 * self.layers.spacing()
        lines, x = 1, 0
        for i in range(self.layers.count()):
            w = self.layers.sizeHintForIndex(self.layers.model().index(i, 0)).width() + gap
            if x and x + w > width:
                lines, x = lines + 1, 0
            x += w
        height = lines * (self.layers.sizeHintForRow(0) + gap) + 2 * self.layers.frameWidth() + 2
        if self.layers.height() != height:
            self.layers.setFixedHeight(height)

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
        placeholder.fill(self.palette().color(self.palette().ColorRole.Base).darker(106))
        for part_id, text in entries:
            item = QListWidgetItem(QIcon(placeholder), text)
            self.part_ids.append(part_id)  # ids live in Python: Qt turns "" into a null variant
            item.setToolTip(text)
            self.parts.addItem(item)
        self._select_current_part()
        self._filling = False
        self._fit_grid(self.parts.viewport().width())
        self._rows_later()
        self._scroll_later()
        self._thumb_key = None
        self.request_thumbnails()
        self._offer(layer.id, tuple(part_id or None for part_id in self.part_ids))

    def _offer(self, layer_id: str, parts: tuple) -> None:
        if self.offered != (layer_id, parts):
            self.offered = (layer_id, parts)
            self.parts_offered.emit(layer_id, parts)

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
            if item.toolTip() != text:
                item.setToolTip(text)
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
        # Close-ups of the part's own region, with the eyes open whatever the current expression.
        expressions = self.doc.pack.expressions
        view = region_view(
            layer.region,
            expression="neutral" if "neutral" in expressions else None,
            pad=1.2,
            minimum=140,
            canvas=self.doc.pack.canvas,
            widest=MIDDLE_OF.get(layer.id),
        )
        dpr = self.devicePixelRatioF()
        for lay in covering_layers(self.doc.pack, layer.id):
            design = design.with_part(lay, None)
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
