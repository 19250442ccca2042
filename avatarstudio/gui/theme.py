"""The studio's look: a light and a dark theme (following the system unless the user picks one; the
QSettings key ``theme`` is "system", "light" or "dark"), Fusion with our palette, larger type.

Colours: a soft warm-neutral ground, white (or deep slate) surfaces for panels and grids, one accent
(a rose pink, the colour people associate with avatar makers) for selection and the main buttons."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

THEMES = ("system", "light", "dark")
BASE_POINT_SIZE = 10.5  # Fusion's default is 9 pt on most Linux desktops: too small for tiles' names


@dataclass(frozen=True)
class Colours:
    window: str
    surface: str
    raised: str
    text: str
    muted: str
    border: str
    accent: str
    accent_text: str
    disabled: str


LIGHT = Colours(
    window="#f4f1f3",
    surface="#ffffff",
    raised="#fbf8fa",
    text="#25222a",
    muted="#6d6673",
    border="#ddd5db",
    accent="#d9487a",
    accent_text="#ffffff",
    disabled="#aaa3ad",
)
DARK = Colours(
    window="#1c1b22",
    surface="#26252e",
    raised="#2f2e38",
    text="#ece8f0",
    muted="#a49fab",
    border="#3d3b47",
    accent="#f06a98",
    accent_text="#1c1b22",
    disabled="#66626e",
)
_state: dict[str, object] = {"choice": "system", "applied": None, "connected": False}


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: object) -> str:
    if choice == "light" or choice == "dark":
        return str(choice)
    return "dark" if system_is_dark() else "light"


def current() -> str:
    return str(_state["applied"] or "light")


def colours() -> Colours:
    return DARK if current() == "dark" else LIGHT


def palette(c: Colours) -> QPalette:
    p = QPalette()
    R = QPalette.ColorRole
    for role, value in (
        (R.Window, c.window),
        (R.WindowText, c.text),
        (R.Base, c.surface),
        (R.AlternateBase, c.raised),
        (R.ToolTipBase, c.surface),
        (R.ToolTipText, c.text),
        (R.PlaceholderText, c.muted),
        (R.Text, c.text),
        (R.Button, c.raised),
        (R.ButtonText, c.text),
        (R.BrightText, c.accent),
        (R.Highlight, c.accent),
        (R.HighlightedText, c.accent_text),
        (R.Link, c.accent),
        (R.Mid, c.border),
        (R.Midlight, c.border),
        (R.Dark, c.border),
        (R.Light, c.surface),
    ):
        p.setColor(role, QColor(value))
    G = QPalette.ColorGroup.Disabled
    for role in (R.WindowText, R.Text, R.ButtonText, R.PlaceholderText):
        p.setColor(G, role, QColor(c.disabled))
    p.setColor(G, R.Button, QColor(c.window))
    p.setColor(G, R.Highlight, QColor(c.border))
    return p


def _tint(hex_colour: str, alpha: float) -> str:
    colour = QColor(hex_colour)
    return f"rgba({colour.red()}, {colour.green()}, {colour.blue()}, {round(alpha * 255)})"


def stylesheet(c: Colours) -> str:
    # The chosen part tile is tinted, not framed: a border takes room from the name under the tile
    # (a framed "Ponytail" read "Pony…" in a 1024 px window).
    return f"""
QMainWindow::separator {{ background: {c.border}; width: 1px; height: 1px; }}
QDockWidget {{ font-weight: 600; }}
QDockWidget::title {{ background: {c.window}; padding: 6px 10px; text-align: left; }}
QListWidget, QTreeWidget, QUndoView, QPlainTextEdit, QLineEdit, QComboBox {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: 8px; padding: 2px; }}
QWidget#categories {{ background: {c.window}; border-right: 1px solid {c.border}; }}
QToolButton#categoryTab {{ border: 1px solid transparent; border-radius: 10px; padding: 2px 0; font-size: 8.5pt;
    background: transparent; color: {c.muted}; }}
QToolButton#categoryTab:checked {{ background: {c.surface}; color: {c.accent}; border-color: {c.border};
    font-weight: 600; }}
QToolButton#categoryTab:hover {{ color: {c.text}; }}
QListWidget#layerList {{ background: transparent; border: none; }}
QListWidget#partGrid {{ padding: 0; }}
QListWidget#layerList::item {{ border: 1px solid {c.border}; border-radius: 12px; padding: 3px 8px;
    background: {c.surface}; }}
QListWidget#layerList::item:selected {{ background: {c.accent}; color: {c.accent_text};
    border-color: {c.accent}; }}
QListWidget#partGrid::item, QListWidget#expressions::item {{ border-radius: 10px; }}
QListWidget#partGrid QScrollBar:vertical {{ width: 8px; background: transparent; margin: 2px 0; }}
QListWidget#partGrid QScrollBar::handle:vertical {{ background: {c.border}; border-radius: 4px; min-height: 24px; }}
QListWidget#partGrid QScrollBar::handle:vertical:hover {{ background: {c.muted}; }}
QListWidget#partGrid QScrollBar::add-line:vertical, QListWidget#partGrid QScrollBar::sub-line:vertical {{
    height: 0; }}
QListWidget#partGrid QScrollBar::add-page:vertical, QListWidget#partGrid QScrollBar::sub-page:vertical {{
    background: none; }}
QListWidget#expressions::item:selected {{ background: transparent; border: 3px solid {c.accent};
    color: {c.text}; }}
QListWidget#partGrid::item:selected {{ background: {_tint(c.accent, 0.28)}; color: {c.text}; }}
QListWidget#partGrid::item:hover, QListWidget#expressions::item:hover {{ background: {c.raised}; }}
QLabel#sectionTitle {{ color: {c.muted}; font-weight: 600; padding-top: 4px; }}
QPushButton, QToolButton {{ border: 1px solid {c.border}; border-radius: 8px; padding: 5px 12px;
    background: {c.raised}; }}
QPushButton:hover, QToolButton:hover {{ border-color: {c.accent}; }}
QPushButton:disabled, QToolButton:disabled {{ color: {c.disabled}; background: {c.window};
    border-color: {c.border}; }}
QToolButton[kind="reset"] {{ padding: 2px 7px; }}
QPushButton#randomiseAll, QPushButton#varyNearby {{ padding: 5px 6px; }}
QToolButton[kind="swatch"] {{ padding: 0; border-radius: 5px; border: 1px solid transparent; }}
QToolButton[kind="swatch"]:focus {{ border: 2px solid {c.accent}; }}
QToolButton#dice {{ background: {c.accent}; color: {c.accent_text}; border: none; font-weight: 600;
    padding: 6px 16px; border-radius: 18px; }}
QToolButton#canvasUndo, QToolButton#canvasRedo {{ border-radius: 18px; padding: 6px; }}
QToolButton#canvasExport {{ border: 2px solid {c.accent}; color: {c.accent}; font-weight: 600;
    padding: 6px 16px; border-radius: 18px; }}
QWidget#hintBox {{ background: {c.surface}; border: 1px solid {c.accent}; border-radius: 10px; }}
QLabel#firstRunHint {{ color: {c.text}; }}
QSlider::groove:horizontal {{ height: 6px; border-radius: 3px; background: {c.border}; }}
QSlider::sub-page:horizontal {{ height: 6px; border-radius: 3px; background: {c.accent}; }}
QSlider::handle:horizontal {{ width: 16px; height: 16px; margin: -5px 0; border-radius: 8px;
    background: {c.accent}; border: none; }}
QSlider::sub-page:horizontal:disabled {{ background: {c.border}; }}
QSlider::handle:horizontal:disabled {{ background: {c.disabled}; }}
QTabBar::tab {{ padding: 6px 3px; border: none; color: {c.muted}; }}
QTabBar::tab:selected {{ color: {c.accent}; border-bottom: 2px solid {c.accent}; }}
QLabel#safeWarning {{ color: {"#ff8a80" if c is DARK else "#b3261e"}; font-weight: 600; }}
QStatusBar {{ color: {c.muted}; }}
"""


def apply(app, choice: str = "system") -> str:
    """Apply the chosen theme to the running application; returns "light" or "dark"."""
    from PySide6.QtWidgets import QStyleFactory

    _state["choice"] = choice if choice in THEMES else "system"
    name = resolve(_state["choice"])
    if not _state.get("styled"):
        _state["styled"] = True
        app.setStyle(QStyleFactory.create("Fusion"))
    font = QFont(app.font())
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
        app.setFont(font)
    c = DARK if name == "dark" else LIGHT
    _state["applied"] = name
    app.setPalette(palette(c))
    app.setStyleSheet(stylesheet(c))
    if not _state["connected"]:
        _state["connected"] = True
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            lambda _scheme: _state["choice"] == "system" and apply(app, "system")
        )
    return name
