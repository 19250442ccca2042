"""The main window: preview in the middle, panels in docks, menus with standard shortcuts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from ..core import design as design_io
from ..core.errors import AvatarStudioError
from ..core.generate import generate
from . import i18n, theme
from .autosave import Autosaver, find_recoveries
from .canvas import Canvas
from .document import Document
from .panels import (
    AdjustPanel,
    ColourPanel,
    ExpressionStrip,
    GeneratePanel,
    LayerPanel,
    PersonaPanel,
    PlatformPanel,
    scrolled,
)
from .preview import PreviewWidget
from .state import StudioState
from .worker import RenderThread

FILE_FILTER = "avatarstudio design (*.avatar.json *.json)"
MAX_RECENT = 8
STATE_KEY = "window/state-v3"  # the dock layout (v1 had a dock per panel, v2 a history dock)
FIRST_SIZE = (1280, 800)
FRAME = (8, 40)  # px a window manager's frame and title bar usually take
AUTOSAVE_MS = 1500
HISTORY_MIN = 110  # px of the history list under Generate


def make_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "avatarstudio", "avatarstudio")


def new_seed() -> str:
    from ..core.seeds import fresh_seed

    return fresh_seed()


def first_size(available):
    """The first window: 1280x800, or what the screen has room for, leaving the window manager's
    title bar and frame (FRAME px) inside the available area."""
    from PySide6.QtCore import QSize

    return QSize(
        min(FIRST_SIZE[0], available.width() - FRAME[0]), min(FIRST_SIZE[1], available.height() - FRAME[1])
    )


def side_widths(width: int) -> tuple[int, int]:
    """Left (maker) and right (tools) dock widths for a window ``width`` px wide: the canvas keeps
    the rest: at 1024 px 373 px for 4 columns of part tiles, 212 for the tools, 428 for the canvas
    (a preview of 420 px)."""
    left = max(373, min(560, round(width * 0.345)))
    right = max(212, min(400, round(width * 0.207)))
    return left, right


def unique_shortcuts(shortcuts) -> list[QKeySequence]:
    """Key sequences with standard keys expanded and duplicates dropped: the same sequence twice on
    one action makes Qt report an ambiguous shortcut and do nothing (Ctrl+Q is StandardKey.Quit on Linux)."""
    out: list[QKeySequence] = []
    for s in shortcuts:
        keys = QKeySequence.keyBindings(s) if isinstance(s, QKeySequence.StandardKey) else [QKeySequence(s)]
        out += [k for k in keys if not k.isEmpty() and k not in out]
    return out


class MainWindow(QMainWindow):
    def __init__(
        self,
        pack,
        design=None,
        path: Path | None = None,
        *,
        settings: QSettings | None = None,
        data_dir: Path | None = None,
        platforms: dict | None = None,
        autosave: bool = True,
    ):
        super().__init__()
        self.pack = pack
        self.settings = settings or make_settings()
        from PySide6.QtWidgets import QApplication

        theme.apply(QApplication.instance(), str(self.settings.value("theme", "system")))
        if platforms is None:
            from ..core.presets import load_all

            platforms = load_all()
        self.platforms = platforms
        self.data_dir = data_dir
        design = design or generate(pack, new_seed())
        self.doc = Document(pack, StudioState.without_locks(design), self)
        self.doc.stack.setClean()
        self.thread = RenderThread(self)
        self.thread.pause()  # thumbnails start once the window is on screen (showEvent)
        self.doc.changed.connect(lambda *_: self.thread.hold())
        if path:
            self.doc.path = Path(path)
        self.state = StudioState(pack, self)
        self.state.set_locks(design.locked_layers, design.locked_slots)
        self.autosaver = Autosaver(data_dir) if autosave else None
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.setInterval(AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self.autosave_now)
        self._closing = False
        self.last_export_dialog = None

        self.preview = PreviewWidget(self.doc)
        self.canvas = Canvas(self.preview, self.settings)
        self.setCentralWidget(self.canvas)
        self.preview.failed.connect(lambda message: self.statusBar().showMessage(message, 10000))
        self.colours = ColourPanel(self.doc, self.state)
        self.adjust = AdjustPanel(self.doc, self.state)
        self.expressions = ExpressionStrip(self.doc, self.thread)
        pose = scrolled(self.adjust)
        pose.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # it fits from 1024 px
        self.layers = LayerPanel(self.doc, self.state, self.thread, self.colours, self.expressions, pose)
        self.layers.parts_offered.connect(self.preview.offer_parts)  # drawn ahead when idle
        self.preview.offer_parts(*self.layers.offered)
        self.generate = GeneratePanel(self.doc, self.state, self.thread)
        self.persona = PersonaPanel(self.doc)
        self.platform = PlatformPanel(self.doc, self.thread, platforms)
        self.history = QUndoView(self.doc.stack)
        self.history.setObjectName("history")
        self.history_label = QLabel()
        self.history_label.setObjectName("sectionTitle")
        self.docks: dict[str, QDockWidget] = {}
        self._dock("layers", self.layers, Qt.DockWidgetArea.LeftDockWidgetArea)
        # Three tabs on the right (four did not fit a 1024 px window): the history of what was tried
        # sits under randomise and vary nearby, the other ways of trying avatars.
        right = ["generate", "persona", "platform"]
        widgets = {
            "generate": self._with_history(scrolled(self.generate)),
            "persona": scrolled(self.persona),
            "platform": scrolled(self.platform),
        }
        for name in right:
            self._dock(name, widgets[name], Qt.DockWidgetArea.RightDockWidgetArea)
        for name in right[1:]:
            self.tabifyDockWidget(self.docks["generate"], self.docks[name])
        self.docks["generate"].raise_()
        self.setTabPosition(Qt.DockWidgetArea.RightDockWidgetArea, QTabWidget.TabPosition.North)
        self.setDocumentMode(True)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self._make_actions()
        from .personas import PersonaSwitcher  # persona library, link warning, design codes (issue 13)

        self.personas = PersonaSwitcher(self)
        self.doc.changed.connect(self._on_changed)
        self.doc.path_changed.connect(self._update_title)
        self.preview.updated.connect(
            lambda ms: self.status.setText(self.tr("Preview %1 ms").replace("%1", f"{ms:.1f}"))
        )
        self.state.layer_selected.connect(lambda _l: self._update_actions())
        self.resize(first_size(self.screen().availableGeometry().size()))
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        dock_state = self.settings.value(STATE_KEY)
        if dock_state is not None:
            self.restoreState(dock_state)
        self.canvas.connect_actions(self.a_random, self.a_undo, self.a_redo, self.a_export)
        self.platform.frame_changed.connect(self.preview.set_frame_target)
        self.platform.frame_reset.clicked.connect(self.preview.reset_framing)
        self.retranslate()
        # The preview draws itself once at its final size when the window is first laid out (resizeEvent).

    # ----------------------------------------------------------------------------------- building

    def _dock(self, name: str, widget, area) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        self.docks[name] = dock
        return dock

    def _with_history(self, generate) -> QSplitter:
        history = QWidget()
        box = QVBoxLayout(history)
        box.setContentsMargins(9, 0, 9, 6)
        box.addWidget(self.history_label)
        box.addWidget(self.history, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("generateSplit")
        split.setChildrenCollapsible(False)
        split.addWidget(generate)
        split.addWidget(history)
        split.setStretchFactor(1, 1)
        self.generate_split = split
        return split

    def _fit_history(self) -> None:
        """Randomise and the neighbours at their own height where the dock has room, history below
        (at least HISTORY_MIN px)."""
        split = self.generate_split
        total = sum(split.sizes())
        if total <= 0:
            return
        width = split.widget(0).viewport().width()
        want = max(self.generate.heightForWidth(width), self.generate.sizeHint().height()) + 2
        top = max(0, min(want, total - HISTORY_MIN))
        split.setSizes([top, total - top])

    def _action(self, name: str, slot, shortcuts=(), menu=None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcuts:
            action.setShortcuts(unique_shortcuts(shortcuts))
        action.triggered.connect(slot)
        self.addAction(action)
        if menu is not None:
            menu.addAction(action)
        return action

    def _make_actions(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.edit_menu = bar.addMenu("")
        self.generate_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.settings_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        K = QKeySequence.StandardKey
        f = self.file_menu
        self.a_new = self._action("new", self.new_design, [K.New], f)
        self.a_open = self._action("open", self.open_dialog, [K.Open], f)
        self.recent_menu = f.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        f.addSeparator()
        self.a_save = self._action("save", self.save, [K.Save], f)
        self.a_save_as = self._action("saveAs", self.save_as, ["Ctrl+Shift+S"], f)
        self.a_export = self._action("export", self.export_dialog, ["Ctrl+E"], f)
        f.addSeparator()
        self.a_quit = self._action("quit", self.close, [K.Quit, "Ctrl+Q"], f)
        e = self.edit_menu
        # Our own undo/redo actions: QUndoStack's fix their "Undo" prefix in the language of the moment.
        stack = self.doc.stack
        self.a_undo = self._action("undo", stack.undo, [K.Undo], e)
        self.a_redo = self._action("redo", stack.redo, ["Ctrl+Shift+Z", "Ctrl+Y"], e)
        stack.canUndoChanged.connect(self.a_undo.setEnabled)
        stack.canRedoChanged.connect(self.a_redo.setEnabled)
        stack.undoTextChanged.connect(self._update_undo_texts)
        stack.redoTextChanged.connect(self._update_undo_texts)
        self.a_undo.setEnabled(stack.canUndo())
        self.a_redo.setEnabled(stack.canRedo())
        g = self.generate_menu
        self.a_random = self._action("randomise", self.generate.randomise_all, ["Ctrl+R"], g)
        self.a_random_layer = self._action("randomiseLayer", self.layers.randomise_layer, ["Ctrl+Shift+R"], g)
        self.a_vary = self._action("varyNearby", self._vary, ["Ctrl+Shift+V"], g)
        g.addSeparator()
        self.a_lock = self._action("lockLayer", self._toggle_lock, ["Ctrl+L"], g)
        self.a_lock.setCheckable(True)
        v = self.view_menu
        self.focus_actions = []
        for i, name in enumerate(
            ["layers", "colours", "adjust", "generate", "persona", "platform", "history", "expressions"]
        ):
            act = self._action(
                f"show_{name}", lambda _=False, n=name: self.focus_panel(n), [f"Alt+{i + 1}"], v
            )
            self.focus_actions.append((name, act))
        v.addSeparator()
        self.a_preview = self._action("focusPreview", self.preview.setFocus, [], None)
        s = self.settings_menu
        self.lang_menu, self.lang_actions = self._choice_menu(
            s, ("system", "en", "ja"), self.set_language, str(self.settings.value("language", "system"))
        )
        self.theme_menu, self.theme_actions = self._choice_menu(
            s, theme.THEMES, self.set_theme, str(self.settings.value("theme", "system"))
        )
        self.a_about = self._action("about", self.about, [K.HelpContents], self.help_menu)

    def _choice_menu(self, parent, codes, choose, current: str):
        """A sub-menu of exclusive choices (language, theme); the current one checked."""
        menu = parent.addMenu("")
        group = QActionGroup(self)
        actions = {}
        for code in codes:
            act = QAction(self)
            act.setCheckable(True)
            act.triggered.connect(lambda _=False, c=code: choose(c))
            group.addAction(act)
            menu.addAction(act)
            actions[code] = act
        actions.get(current, actions[codes[0]]).setChecked(True)
        return menu, actions

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.generate_menu.setTitle(self.tr("&Generate"))
        self.view_menu.setTitle(self.tr("&View"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.lang_menu.setTitle(self.tr("&Language"))
        texts = {
            self.a_new: self.tr("&New Avatar"),
            self.a_open: self.tr("&Open…"),
            self.a_save: self.tr("&Save"),
            self.a_save_as: self.tr("Save &As…"),
            self.a_export: self.tr("&Export…"),
            self.a_quit: self.tr("&Quit"),
            self.a_random: self.tr("&Randomise All"),
            self.a_random_layer: self.tr("Randomise &Layer"),
            self.a_vary: self.tr("&Vary Nearby"),
            self.a_lock: self.tr("Lock &Selected Layer"),
            self.a_about: self.tr("&About avatarstudio"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.lang_actions["system"].setText(self.tr("Follow the system"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.theme_actions["system"].setText(self.tr("Follow the system"))
        self.theme_actions["light"].setText(self.tr("Light"))
        self.theme_actions["dark"].setText(self.tr("Dark"))
        self.lang_actions["en"].setText("English")
        self.lang_actions["ja"].setText("日本語")
        titles = {
            "layers": self.tr("Make"),
            "colours": self.tr("Colours"),
            "adjust": self.tr("Position"),
            "generate": self.tr("Generate"),
            "persona": self.tr("Persona"),
            "platform": self.tr("Platforms"),
            "history": self.tr("History"),
            "expressions": self.tr("Expressions"),
        }
        for name, dock in self.docks.items():
            dock.setWindowTitle(titles[name])
        for name, act in self.focus_actions:
            act.setText(titles[name])
        self.doc.retranslate()
        self._update_undo_texts()
        self.history.viewport().update()
        self.history.setEmptyLabel(self.tr("<start>"))
        self.history.setAccessibleName(self.tr("History"))
        self.history_label.setText(self.tr("History"))
        self._update_title()
        self._update_actions()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ----------------------------------------------------------------------------------- state

    def _on_changed(self, design, old) -> None:
        self._update_title()
        self._update_actions()
        if self.autosaver is not None:
            self._autosave_timer.start()

    def _update_title(self) -> None:
        name = self.doc.path.name if self.doc.path else self.tr("Untitled")
        persona = self.doc.design.persona.display_name
        title = f"{name}[*] — {persona} — avatarstudio" if persona else f"{name}[*] — avatarstudio"
        self.setWindowTitle(title)
        self.setWindowModified(self.doc.modified)

    def _update_undo_texts(self, *_args) -> None:
        stack = self.doc.stack
        undo, redo = stack.undoText(), stack.redoText()
        self.a_undo.setText(self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo"))
        self.a_redo.setText(self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo"))

    def _update_actions(self) -> None:
        self.a_lock.setChecked(self.state.layer in self.state.locked_layers)

    def _vary(self) -> None:
        self.focus_panel("generate")
        self.generate.vary_nearby()

    def _toggle_lock(self) -> None:
        self.state.set_layer_locked(self.state.layer, self.state.layer not in self.state.locked_layers)
        self._update_actions()

    def focus_panel(self, name: str) -> None:
        """Show a panel and put the keyboard focus in it (Alt+1..8). Colours, position and
        expressions live in the maker's categories: they open the matching category."""
        maker = {"colours": None, "adjust": "pose", "expressions": "expression"}
        dock = self.docks["layers" if name in maker else "generate" if name == "history" else name]
        dock.show()
        dock.raise_()
        if name in maker:
            category = maker[name] or (
                self.layers.category.id
                if self.layers.category.slots
                else next(c.id for c in self.layers.cats if c.slots)
            )
            if (
                self.layers.category.id != category
                or self.layers.stack.currentWidget() is not self.layers.page
            ):
                self.layers.show_category(category)
        target = {
            "layers": self.layers.categories.button(max(0, self.layers.categories.currentRow())),
            "expressions": self.expressions.list,
            "history": self.history,
            "colours": self.colours.swatch_group.current or self.colours,
            "adjust": self.adjust,
        }.get(name, dock.widget())
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if name not in ("layers", "expressions", "history", "colours"):
            target.focusNextChild()

    def set_theme(self, choice: str) -> None:
        from PySide6.QtWidgets import QApplication

        self.settings.setValue("theme", choice)
        theme.apply(QApplication.instance(), choice)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.thread.resume)
        from PySide6.QtWidgets import QTabBar

        for bar in self.findChildren(QTabBar):  # the dock tabs: whole names, scroll when narrow
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        left, right = side_widths(event.size().width())
        docks = [self.docks[n] for n in ("layers", "generate") if n in self.docks]
        self.resizeDocks(docks, [left, right], Qt.Orientation.Horizontal)
        QTimer.singleShot(0, self, self._fit_history)  # once the docks have their new heights

    def set_language(self, code: str) -> None:
        self.settings.setValue("language", code)
        i18n.install(i18n.resolve(code))

    # ----------------------------------------------------------------------------------- files

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        """Asked before the current design is replaced or the window closes (tests replace this)."""
        return QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to %1 before closing it?").replace(
                "%1", self.doc.path.name if self.doc.path else self.tr("Untitled")
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current design."""
        if not self.doc.modified:
            return True
        answer = self.ask_save_changes()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def new_design(self) -> None:
        if self.maybe_save():
            self.reset_design(generate(self.pack, new_seed()))
            if self.autosaver:
                self.autosaver.clear()

    def reset_design(self, design, path: Path | None = None) -> None:
        """A new, opened or recovered design: fresh history, and the locks it was saved with (locks
        live in the studio state while editing, so locking is not an edit; saving writes them back)."""
        self.state.set_locks(design.locked_layers, design.locked_slots)
        self.doc.reset(self.state.without_locks(design), path)

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        start = str(self.settings.value("lastFolder", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open design"), start, self.tr(FILE_FILTER))
        if path:
            self.open_path(Path(path), ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        if ask and not self.maybe_save():
            return False
        try:
            design = design_io.load(path)
        except AvatarStudioError as exc:
            self.show_error(self.tr("Cannot open the design"), str(exc))
            return False
        if design.pack_id != self.pack.id:
            self.show_error(
                self.tr("Cannot open the design"),
                self.tr("%1 was made with the art pack “%2”, which is not loaded.")
                .replace("%1", Path(path).name)
                .replace("%2", design.pack_id),
            )
            return False
        design = self._matched(design, Path(path).name)
        self.reset_design(design, Path(path))
        self._remember(Path(path))
        return True

    def _matched(self, design, name: str):
        """The design as this pack draws it; what had to be substituted is shown (core/designcheck.py)."""
        from ..core.designcheck import reconcile
        from ..core.safetext import cap_lines

        drawn, notes = reconcile(self.pack, design)
        if notes:
            self.show_error(
                self.tr("The design does not match the art pack"),
                self.tr("%1 does not match the loaded art pack:").replace("%1", name)
                + "\n\n"
                + "\n".join(cap_lines(notes)),
            )
        return drawn

    def save(self) -> bool:
        if self.doc.path is None:
            return self.save_as()
        return self.save_to(self.doc.path)

    def save_as(self) -> bool:
        start = str(
            self.doc.path
            or Path(str(self.settings.value("lastFolder", str(Path.home())))) / "avatar.avatar.json"
        )
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save design"), start, self.tr(FILE_FILTER))
        if not path:
            return False
        if not path.endswith(".json"):
            path += ".avatar.json"
        return self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        try:
            written = design_io.save(self.state.with_locks(self.doc.design), path)
        except AvatarStudioError as exc:
            self.show_error(self.tr("Cannot save the design"), str(exc))
            return False
        except OSError as exc:
            self.show_error(self.tr("Cannot save the design"), f"{path.name}: {exc.strerror or exc}")
            return False
        if written != path:  # a damaged file there is kept (core/design.py save)
            self.show_error(
                self.tr("Saved beside a damaged file"),
                self.tr("%1 is not a design this version can read, so it was kept. Saved as %2.")
                .replace("%1", path.name)
                .replace("%2", written.name),
            )
            path = written
        self.doc.mark_saved(path)
        self._remember(path)
        if self.autosaver:
            self.autosaver.clear()
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path.name), 4000)
        return True

    def _remember(self, path: Path) -> None:
        recent = [p for p in self.recent_files() if p != str(path)]
        recent.insert(0, str(path))
        self.settings.setValue("recent", recent[:MAX_RECENT])
        self.settings.setValue("lastFolder", str(path.parent))

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for i, name in enumerate(files):
            act = self.recent_menu.addAction(f"&{i + 1} {Path(name).name}")
            act.setToolTip(name)
            act.triggered.connect(lambda _=False, n=name: self.open_path(Path(n)))
        if not files:
            act = self.recent_menu.addAction(self.tr("(no recent files)"))
            act.setEnabled(False)

    def export_dialog(self):
        from .export_dialog import ExportDialog

        dialog = ExportDialog(self.doc, self.platforms, self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        self.last_export_dialog = dialog
        return dialog

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About avatarstudio"),
            self.tr(
                "avatarstudio composes anime-style persona avatars from layered SVG parts, offline.\n"
                "Art pack: %1 %2 (%3)"
            )
            .replace("%1", i18n.label(self.pack))
            .replace("%2", self.pack.version)
            .replace("%3", self.pack.licence),
        )

    # ----------------------------------------------------------------------------------- autosave

    def autosave_now(self) -> None:
        if self.autosaver is None:
            return
        if not self.doc.modified:
            self.autosaver.clear()
            return
        try:
            self.autosaver.save(self.state.with_locks(self.doc.design), self.doc.path)
        except OSError as exc:
            self.statusBar().showMessage(
                self.tr("Autosave failed: %1").replace("%1", str(exc.strerror or exc)), 6000
            )

    def pending_recoveries(self):
        return find_recoveries(self.data_dir, exclude=self.autosaver.session if self.autosaver else None)

    def ask_restore(self, recovery) -> bool:
        """Asked on start when a session ended without saving (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Restore unsaved work?"),
            self.tr("avatarstudio did not close properly last time. Restore the unsaved avatar%1?").replace(
                "%1", f" ({Path(recovery.original).name})" if recovery.original else ""
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def check_recovery(self) -> bool:
        """Offer the newest crashed session's autosave; returns True when one was restored."""
        for recovery in self.pending_recoveries():
            restored = False
            if recovery.design.pack_id == self.pack.id and self.ask_restore(recovery):
                self.reset_design(recovery.design, Path(recovery.original) if recovery.original else None)
                self.doc.stack.resetClean()  # restored work is unsaved work
                self._update_title()
                restored = True
                self.autosave_now()
            recovery.discard()
            return restored
        return False

    # ----------------------------------------------------------------------------------- closing

    def closeEvent(self, event) -> None:
        if not self._closing and not self.maybe_save():
            event.ignore()
            return
        self._closing = True
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState())
        self._autosave_timer.stop()
        self.thread.stop()
        self.preview.close_worker()
        dialog = self.last_export_dialog
        try:
            if dialog is not None:
                dialog.preview.stop()
            if dialog is not None and dialog.thread is not None:
                dialog.thread.cancelled = True
                dialog.thread.wait()
        except RuntimeError:  # the dialog was already deleted
            pass
        if self.autosaver is not None:
            self.autosaver.close()
            self.autosaver = None
        super().closeEvent(event)
