"""The persona fields stored in the design: name, handle, bio, theme colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
)

from ...core.persona import bare_handle
from .common import Panel, swatch_icon


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
        # a field under its label where the tools dock is too narrow for both (212 px at 1024 px)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.labels, (self.name, self.handle, self.bio, self.theme), strict=True):
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
        for label, text, widget in zip(
            self.labels, texts, (self.name, self.handle, self.bio, self.theme), strict=True
        ):
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
        if bare_handle(self.handle.text()) != p.handle:
            self.handle.setText(p.handle)
        if self.bio.toPlainText() != p.bio:
            self.bio.setPlainText(p.bio)
        self.theme.setIcon(swatch_icon(p.theme, 18))
        self.theme.setText(p.theme)
        self._syncing = False

    def _set(self, field: str, value) -> None:
        if self._syncing:
            return
        from dataclasses import replace

        design = self.doc.design
        if field in ("display_name", "handle", "bio"):
            value = "".join(c for c in value if ord(c) >= 32 or c == "\n")
        if field == "handle":
            value = bare_handle(value)
        design = replace(design, persona=replace(design.persona, **{field: value}))
        self.doc.push(design, lambda: self.tr("Edit persona"), ("persona", field))

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
