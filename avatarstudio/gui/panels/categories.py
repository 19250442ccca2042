"""The maker's categories (face, eyes, brows, mouth, hair, outfit, accessories, background, expression,
pose): which pack layers and colour slots each holds, and a drawn icon for each.

The table is the studio's grouping of the pack's layer and slot ids. A layer or slot the table does not
name falls into "accessories", so any pack shows every layer somewhere."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QButtonGroup, QSizePolicy, QToolButton, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Category:
    id: str
    layers: tuple[str, ...] = ()  # pack layer ids, in the order their chips show
    slots: tuple[str, ...] = ()  # colour slots shown under the grid
    kind: str = "parts"  # "parts", "expression" or "pose"


CATEGORIES = (
    Category("face", ("face", "ears", "nose", "cheeks"), ("skin",)),
    Category("eyes", ("eyes",), ("eye_left", "eye_right")),
    Category("brows", ("eyebrows",), ("brows",)),
    Category("mouth", ("mouth",), ()),
    Category("hair", ("hair_front", "hair_side", "hair_back"), ("hair",)),
    Category("outfit", ("clothing", "body"), ("clothes", "clothes_accent")),
    Category(
        "accessories",
        (
            "headwear",
            "glasses",
            "earrings",
            "hair_ornament",
            "animal_ears",
            "headphones",
            "face_mask",
            "effects",
        ),
        ("accessory",),
    ),
    Category("background", ("background",), ("background", "background_accent")),
    Category("expression", kind="expression"),
    Category("pose", kind="pose"),
)
FALLBACK = "accessories"

# Layers that lie over others: a part tile of a layer drawn under one of them leaves it out, or every
# back-hair tile would show the same fringe, ears would hide under the side hair and builds under the
# clothes. Each names the layers it covers; None: every layer under it but the background.
COVERS: dict[str, tuple[str, ...] | None] = {
    "hair_front": None,
    "hair_side": None,
    "clothing": ("body",),
}
UNCOVERED = ("background",)  # a backdrop's tiles keep the whole avatar in front of it
# Layers whose tiles show the middle of their region, a square from its height (region_view's
# ``widest``): clothes and builds span the shoulders, and a square of that width is the whole avatar
# with the garment a thin band at its foot.
MIDDLE_OF = {"clothing": 1.3, "body": 1.3}


def categories_for(pack) -> list[Category]:
    """The categories with this pack's layers and slots (unnamed ones in "accessories"), but for layers
    that follow another; categories with nothing to show are left out (expression and pose always stay)."""
    # a layer that follows another (locks over the shoulders follow the back hair) is chosen with it
    layer_ids = [lay.id for lay in pack.layers if lay.follows is None]
    named_layers = {lid for c in CATEGORIES for lid in c.layers}
    named_slots = {sid for c in CATEGORIES for sid in c.slots}
    out = []
    for c in CATEGORIES:
        layers = tuple(lid for lid in c.layers if lid in layer_ids)
        slots = tuple(sid for sid in c.slots if sid in pack.slots)
        if c.id == FALLBACK:
            layers += tuple(lid for lid in reversed(layer_ids) if lid not in named_layers)
            slots += tuple(sid for sid in pack.slots if sid not in named_slots)
        if c.kind != "parts" or layers:
            out.append(Category(c.id, layers, slots, c.kind))
    return out


def covering_layers(pack, layer_id: str) -> list[str]:
    """The layers a tile of ``layer_id`` is drawn without: those of COVERS drawn above it that cover it,
    and every optional layer above it (sunglasses would make every eye tile look the same)."""
    ids = pack.layer_ids
    above = pack.layers[ids.index(layer_id) + 1 :]
    out = []
    for lay in above:
        if lay.id in COVERS:
            covered = COVERS[lay.id]
            if (layer_id in covered) if covered is not None else layer_id not in UNCOVERED:
                out.append(lay.id)
        elif lay.optional:
            out.append(lay.id)
    return out


def category_of(categories: list[Category], layer_id: str) -> Category | None:
    return next((c for c in categories if layer_id in c.layers), None)


# ------------------------------------------------------------------------------------------- icons


def _draw(cid: str, p: QPainter, s: float, ink: QColor) -> None:
    pen = QPen(ink, s * 0.07, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    c = s / 2
    if cid == "face":
        path = QPainterPath()
        path.moveTo(s * 0.22, s * 0.3)
        path.cubicTo(s * 0.2, s * 0.75, s * 0.4, s * 0.9, c, s * 0.9)
        path.cubicTo(s * 0.6, s * 0.9, s * 0.8, s * 0.75, s * 0.78, s * 0.3)
        path.cubicTo(s * 0.7, s * 0.08, s * 0.3, s * 0.08, s * 0.22, s * 0.3)
        p.drawPath(path)
    elif cid == "eyes":
        for x in (0.32, 0.68):
            p.drawEllipse(QRectF(s * (x - 0.13), s * 0.34, s * 0.26, s * 0.34))
            p.setBrush(ink)
            p.drawEllipse(QRectF(s * (x - 0.06), s * 0.44, s * 0.12, s * 0.17))
            p.setBrush(Qt.BrushStyle.NoBrush)
    elif cid == "brows":
        for x0, x1 in ((0.14, 0.44), (0.56, 0.86)):
            path = QPainterPath(QPointF(s * x0, s * 0.58))
            path.quadTo(s * (x0 + x1) / 2, s * 0.3, s * x1, s * 0.5)
            p.drawPath(path)
    elif cid == "mouth":
        path = QPainterPath(QPointF(s * 0.22, s * 0.42))
        path.quadTo(c, s * 0.95, s * 0.78, s * 0.42)
        path.quadTo(c, s * 0.55, s * 0.22, s * 0.42)
        p.drawPath(path)
    elif cid == "hair":
        path = QPainterPath(QPointF(s * 0.16, s * 0.86))
        path.cubicTo(s * 0.05, s * 0.2, s * 0.35, s * 0.08, c, s * 0.1)
        path.cubicTo(s * 0.68, s * 0.08, s * 0.95, s * 0.2, s * 0.84, s * 0.86)
        p.drawPath(path)
        fringe = QPainterPath(QPointF(s * 0.24, s * 0.46))
        fringe.quadTo(s * 0.38, s * 0.3, s * 0.42, s * 0.18)
        fringe.quadTo(s * 0.55, s * 0.4, s * 0.76, s * 0.46)
        p.drawPath(fringe)
    elif cid == "outfit":
        path = QPainterPath(QPointF(s * 0.36, s * 0.14))
        for x, y in (
            (0.1, 0.3),
            (0.2, 0.5),
            (0.3, 0.44),
            (0.3, 0.88),
            (0.7, 0.88),
            (0.7, 0.44),
            (0.8, 0.5),
            (0.9, 0.3),
            (0.64, 0.14),
        ):
            path.lineTo(s * x, s * y)
        path.quadTo(c, s * 0.32, s * 0.36, s * 0.14)
        p.drawPath(path)
    elif cid == "accessories":
        path = QPainterPath()
        for i in range(10):
            import math

            r = s * (0.4 if i % 2 == 0 else 0.17)
            a = -math.pi / 2 + i * math.pi / 5
            point = QPointF(c + r * math.cos(a), s * 0.54 + r * math.sin(a))
            path.moveTo(point) if i == 0 else path.lineTo(point)
        path.closeSubpath()
        p.drawPath(path)
    elif cid == "background":
        p.drawRoundedRect(QRectF(s * 0.1, s * 0.16, s * 0.8, s * 0.68), s * 0.08, s * 0.08)
        path = QPainterPath(QPointF(s * 0.14, s * 0.78))
        path.lineTo(s * 0.4, s * 0.46)
        path.lineTo(s * 0.58, s * 0.66)
        path.lineTo(s * 0.68, s * 0.56)
        path.lineTo(s * 0.86, s * 0.78)
        p.drawPath(path)
        p.drawEllipse(QRectF(s * 0.62, s * 0.26, s * 0.12, s * 0.12))
    elif cid == "expression":
        p.drawEllipse(QRectF(s * 0.12, s * 0.12, s * 0.76, s * 0.76))
        for x in (0.37, 0.63):
            p.drawLine(QPointF(s * x, s * 0.36), QPointF(s * x, s * 0.46))
        path = QPainterPath(QPointF(s * 0.3, s * 0.58))
        path.quadTo(c, s * 0.8, s * 0.7, s * 0.58)
        p.drawPath(path)
    elif cid == "pose":
        p.drawEllipse(QRectF(s * 0.38, s * 0.08, s * 0.24, s * 0.24))
        p.drawLine(QPointF(c, s * 0.32), QPointF(c, s * 0.62))
        p.drawLine(QPointF(s * 0.2, s * 0.36), QPointF(s * 0.8, s * 0.48))
        p.drawLine(QPointF(c, s * 0.62), QPointF(s * 0.32, s * 0.92))
        p.drawLine(QPointF(c, s * 0.62), QPointF(s * 0.7, s * 0.92))


def category_icon(cid: str, ink: QColor, size: int = 28) -> QIcon:
    from .common import drawn_icon

    return drawn_icon(size, lambda p, s: _draw(cid, p, s, ink))


class CategoryTabs(QWidget):
    """A column of category tabs: icon above a name, one checked; Up/Down move between them. In a window
    too short for ten named tabs they show their icons only (names in their tooltips), never a scroll
    bar over the names."""

    currentRowChanged = Signal(int)
    WIDTH = 80

    def __init__(self, count: int, parent=None):
        super().__init__(parent)
        self.setObjectName("categories")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.setSpacing(1)
        self.buttons: list[QToolButton] = []
        for i in range(count):
            b = QToolButton()
            b.setObjectName("categoryTab")
            b.setCheckable(True)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            b.setIconSize(QSize(22, 22))
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.installEventFilter(self)
            self.group.addButton(b, i)
            box.addWidget(b)
            self.buttons.append(b)
        box.addStretch(1)
        self.setFixedWidth(self.WIDTH)
        self.group.idToggled.connect(lambda i, on: on and self.currentRowChanged.emit(i))

    def fit(self, height: int) -> None:
        """Names under the icons when ``height`` px holds them all, else icons only."""
        named = Qt.ToolButtonStyle.ToolButtonTextUnderIcon
        box = self.layout()
        margins = box.contentsMargins().top() + box.contentsMargins().bottom()
        needed = margins + sum(self._named_height(b) + box.spacing() for b in self.buttons)
        style = named if needed <= height else Qt.ToolButtonStyle.ToolButtonIconOnly
        for b in self.buttons:
            if b.toolButtonStyle() != style:
                b.setToolButtonStyle(style)

    @staticmethod
    def _named_height(button: QToolButton) -> int:
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon:
            return button.sizeHint().height()
        return button.sizeHint().height() + button.fontMetrics().height()

    def count(self) -> int:
        return len(self.buttons)

    def button(self, i: int) -> QToolButton:
        return self.buttons[i]

    def currentRow(self) -> int:
        return self.group.checkedId()

    def setCurrentRow(self, i: int) -> None:
        if 0 <= i < len(self.buttons) and not self.buttons[i].isChecked():
            self.buttons[i].setChecked(True)

    def eventFilter(self, obj, event) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.KeyPress and obj in self.buttons:
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(event.key())
            if step:
                i = max(0, min(len(self.buttons) - 1, self.buttons.index(obj) + step))
                self.buttons[i].setFocus(Qt.FocusReason.TabFocusReason)
                self.buttons[i].click()
                return True
        return False
