"""The persona switcher: the library of personas inside the studio, with the link warning on save and
design codes.

A "Personas" menu and a toolbar combo list the library (core.library); choosing one opens it (after
asking about unsaved changes). "Save to Library" writes the current design as the current persona (or
a new one) and then runs the link check (core.linkcheck) against every other persona: a persona saved
too close to another gets a warning that says what ties them and what to change. "New Far From Others"
makes a fresh persona that no existing one is linked to; "Import Design Code…" opens a code (a mistyped
code is refused with the reason); "Copy Design Code" puts the current design's code on the clipboard.

Hooked into the main window with one call (``PersonaSwitcher(window)``); everything else lives here.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QComboBox, QInputDialog, QLabel, QMenu, QMessageBox, QToolBar

from ..core.errors import AvatarStudioError
from ..core.library import Entry, Library


class PersonaSwitcher(QObject):
    def __init__(self, window, library: Library | None = None) -> None:
        super().__init__(window)
        self.window = window
        base = Path(window.data_dir) / "personas" if getattr(window, "data_dir", None) else None
        self.library = library or Library(base)
        self.current_id: str | None = None
        self.last_warning = ""  # the text of the last link warning (shown in a message box)
        self._filling = False

        self.menu = QMenu(window)
        help_menu = getattr(window, "help_menu", None)
        if help_menu is not None:
            window.menuBar().insertMenu(help_menu.menuAction(), self.menu)
        else:
            window.menuBar().addMenu(self.menu)
        self.a_save = self._action("saveToLibrary", self.save_to_library, "Ctrl+Alt+S")
        self.a_vary_away = self._action("newFarFromOthers", self.new_far_from_others, "Ctrl+Alt+N")
        self.menu.addSeparator()
        self.a_import = self._action("importCode", self.import_code_dialog, "Ctrl+Alt+I")
        self.a_copy = self._action("copyCode", self.copy_code, "Ctrl+Alt+C")
        self.menu.addSeparator()
        self.a_check = self._action("checkLinks", self.show_link_report, "")

        self.bar = QToolBar(window)
        self.bar.setObjectName("personaBar")
        self.label = QLabel()
        self.combo = QComboBox()
        self.combo.setObjectName("personaSwitcher")
        self.combo.setMinimumContentsLength(16)
        self.label.setBuddy(self.combo)
        self.bar.addWidget(self.label)
        self.bar.addWidget(self.combo)
        window.addToolBar(self.bar)
        self.combo.activated.connect(self._on_activated)
        window.installEventFilter(self)
        self.retranslate()
        self.refresh()

    def _action(self, name: str, slot, shortcut: str) -> QAction:
        act = QAction(self.window)
        act.setObjectName(name)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda _=False: slot())
        self.menu.addAction(act)
        return act

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Personas"))
        self.a_save.setText(self.tr("&Save to Library"))
        self.a_vary_away.setText(self.tr("&New Far From Others"))
        self.a_import.setText(self.tr("&Import Design Code…"))
        self.a_copy.setText(self.tr("&Copy Design Code"))
        self.a_check.setText(self.tr("Check &Links…"))
        self.bar.setWindowTitle(self.tr("Personas"))
        self.label.setText(self.tr("Persona:") + " ")
        self.combo.setAccessibleName(self.tr("Persona"))
        self.refresh()

    # --------------------------------------------------------------------------------- library

    def refresh(self) -> None:
        entries, damaged = self.library.scan()
        self._filling = True
        self.combo.clear()
        self.combo.addItem(self.tr("(not in the library)"), None)
        for e in entries:
            self.combo.addItem(f"{e.name}  @{e.design.persona.handle}", e.id)
        index = self.combo.findData(self.current_id) if self.current_id else 0
        self.combo.setCurrentIndex(max(0, index))
        self._filling = False
        tip = "\n".join(f"{d.path.name}: {d.problem}" for d in damaged)
        self.combo.setToolTip(self.tr("Damaged entries (kept as they are):") + "\n" + tip if tip else "")

    def _on_activated(self, index: int) -> None:
        if self._filling:
            return
        pid = self.combo.itemData(index)
        if pid is None or pid == self.current_id:
            return
        if not self.open_persona(pid):
            self.refresh()  # the user kept the current design: show it again

    def open_persona(self, pid: str) -> bool:
        try:
            entry = self.library.find(pid)
        except AvatarStudioError as exc:
            self.window.show_error(self.tr("Persona"), str(exc))
            return False
        if not self.window.maybe_save():
            return False
        self.window.reset_design(entry.design)  # like opening a file: fresh history, its locks
        self.current_id = entry.id
        self.refresh()
        return True

    def save_to_library(self) -> Entry:
        design = self.window.state.with_locks(self.window.doc.design)  # saved with its locks, like a file
        if self.current_id:
            try:
                entry = self.library.save(replace(self.library.find(self.current_id), design=design))
            except AvatarStudioError:
                entry = self.library.add(design)
        else:
            entry = self.library.add(design)
        self.current_id = entry.id
        self.refresh()
        self.warn_links(entry)
        return entry

    # --------------------------------------------------------------------------------- link check

    def link_findings(self, entry: Entry) -> list[tuple[Entry, list]]:
        from ..core.linkcheck import PairReport, compare, image_hashes
        from ..render import Renderer

        others = [e for e in self.library.entries() if e.id != entry.id]
        if not others:
            return []
        pack = self.window.pack
        hashes = image_hashes(pack, [entry.design] + [e.design for e in others], Renderer())
        out = []
        for k, other in enumerate(others, 1):
            findings = compare(pack, entry.design, other.design, hashes=(hashes[0], hashes[k]))
            if PairReport(entry.id, other.id, findings).linked:
                out.append((other, findings))
        return out

    def warn_links(self, entry: Entry) -> str:
        linked = self.link_findings(entry)
        if not linked:
            self.last_warning = ""
            return ""
        lines = []
        for other, findings in linked:
            lines.append(self.tr("Could be tied to %1:").replace("%1", other.name))
            lines += [f"  • {f.detail} — {f.advice}" for f in findings]
        self.last_warning = "\n".join(lines)
        self.show_warning(self.tr("Personas too close"), self.last_warning)
        return self.last_warning

    def show_warning(self, title: str, text: str) -> None:
        """Shown after a save (tests replace this)."""
        QMessageBox.warning(self.window, title, text)

    def show_link_report(self) -> None:
        entry = Entry(self.current_id or "current", self.window.doc.design)
        if not self.warn_links(entry):
            self.show_warning(self.tr("Personas"), self.tr("No other persona could be tied to this one."))

    def new_far_from_others(self) -> None:
        from ..core.generate import generate
        from ..core.linkcheck import vary_away
        from ..core.persona import generate_persona
        from ..core.seeds import fresh_seed
        from ..render import Renderer

        if not self.window.maybe_save():
            return
        pack = self.window.pack

        def make(seed: str):
            design = generate(pack, seed)
            return replace(design, persona=generate_persona(design, pack))

        others = [e.design for e in self.library.entries()]
        self.window.reset_design(vary_away(pack, others, make, fresh_seed, renderer=Renderer()))
        self.current_id = None
        self.refresh()

    # --------------------------------------------------------------------------------- design codes

    def copy_code(self) -> str:
        from ..core.designcode import encode_design

        code = encode_design(self.window.doc.design)
        QGuiApplication.clipboard().setText(code)
        self.window.statusBar().showMessage(self.tr("Design code copied (persona text left out)"), 4000)
        return code

    def import_code_dialog(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self.window, self.tr("Import Design Code"), self.tr("Paste a design code (AS1-…):")
        )
        if ok and text.strip():
            self.import_code(text)

    def import_code(self, text: str) -> bool:
        """Open the design a code holds as an undoable change; a bad code is refused with the reason."""
        from ..core.designcode import decode_design, for_pack

        try:
            design, warning = for_pack(decode_design(text), self.window.pack)
        except AvatarStudioError as exc:
            self.window.show_error(self.tr("Import Design Code"), str(exc))
            return False
        if warning:
            self.show_warning(self.tr("Import Design Code"), warning)
        self.window.doc.push(design, self.tr("Import design code"))
        return True


def generated_lines(pack, design) -> list[str]:
    """What a kit export will make up for the empty persona fields, shown before anything is written
    (the export dialog lists these lines above the files)."""
    from PySide6.QtCore import QCoreApplication

    from ..export.kit import ensure_persona

    filled, generated = ensure_persona(pack, design)
    lines = []
    for name in generated:
        value = getattr(filled.persona, name)
        value = " ".join(f"#{t}" for t in value) if name == "tags" else value
        label = QCoreApplication.translate("PersonaSwitcher", "Generated %1: %2")
        lines.append(label.replace("%1", name.replace("_", " ")).replace("%2", str(value)))
    return lines
