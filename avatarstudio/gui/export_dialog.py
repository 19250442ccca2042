"""Export: pick platforms, see the files that will be written, export in a worker thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import AvatarStudioError
from ..core.fileio import atomic_write
from . import i18n


def kit_builder():
    """The persona-kit builder when it exists (avatarstudio.export.kit.build_kit), else None."""
    try:
        from ..export import kit
    except ImportError:
        return None
    return getattr(kit, "build_kit", None)


def plan(platforms: dict, platform_ids: list[str]) -> list[tuple[object, str]]:
    """(target, relative file name) for every avatar target of the chosen platforms."""
    from ..export.avatar import EXTENSIONS

    out = []
    for pid in platform_ids:
        for target in platforms[pid].targets.values():
            if target.kind == "avatar":
                out.append((target, f"{target.platform}-{target.id}.{EXTENSIONS[target.format]}"))
    return out


DEFAULT_PLATFORMS = ("x", "line")  # the first export: an X avatar and a LINE kit (stickers, emoji)


def plan_kit(pack, design, platforms: dict, platform_ids: list[str]) -> list[tuple[str, list[str]]]:
    """(``<platform>/<file>``, its zip members) for every file the persona kits will write, named before
    anything is drawn (export/kit.py planned_files: the same names the kit builder uses)."""
    from ..export.kit import ensure_persona, planned_files

    filled, _generated = ensure_persona(pack, design)
    return [
        (f"{pid}/{name}", members)
        for pid in platform_ids
        for name, members in planned_files(pack, filled, platforms[pid])
    ]


def written_tree(out_dir: Path, written: list[str]) -> list[tuple[str, list[str]]]:
    """(path relative to ``out_dir``, zip member names) for each written file, read back from disk."""
    import zipfile

    out = []
    for name in sorted(written):
        path = Path(name)
        members: list[str] = []
        if path.suffix == ".zip":
            try:
                with zipfile.ZipFile(path) as zf:
                    members = zf.namelist()
            except (OSError, zipfile.BadZipFile):
                members = []
        try:
            rel = path.relative_to(out_dir).as_posix()
        except ValueError:
            rel = path.name
        out.append((rel, members))
    return out


def next_free_folder(folder: Path) -> Path:
    """``folder`` itself when empty or absent, else ``folder-2``, ``folder-3``, ... (the first free one)."""
    if not folder.exists() or not any(folder.iterdir()):
        return folder
    n = 2
    while (candidate := folder.with_name(f"{folder.name}-{n}")).exists() and any(candidate.iterdir()):
        n += 1
    return candidate


class Cancelled(Exception):
    """Raised from the kit's progress callback when the user cancels: the build stops, nothing is written."""


class ExportThread(QThread):
    """Exports in the background. A kit is built by export.kit.build_kit with its own renderers: this
    thread and a spawned helper process (two cores; the helper is a fresh interpreter, so the GUI's
    threads do not matter), the same bytes as the CLI's kit. Avatars alone are drawn here, one by one."""

    progress = Signal(int, int, str)  # done, total, current file
    failed = Signal(str)
    done = Signal(list)  # written paths
    stopped = Signal()  # cancelled: nothing (more) was written

    def __init__(self, pack, design, platforms, platform_ids, out_dir: Path, parent=None, kit: bool = False):
        super().__init__(parent)
        self.kit = kit
        self.pack, self.design, self.platforms = pack, design, platforms
        self.platform_ids, self.out_dir = platform_ids, Path(out_dir)
        self.cancelled = False

    def run(self) -> None:
        try:
            build_kit = kit_builder() if self.kit else None
            written = self._kit(build_kit) if build_kit is not None else self._avatars()
        except Cancelled:
            self.stopped.emit()
            return
        except AvatarStudioError as exc:
            self.failed.emit(str(exc))
            return
        except OSError as exc:
            self.failed.emit(f"{exc.filename or self.out_dir}: {exc.strerror or exc}")
            return
        except Exception as exc:  # plain words, never a traceback dialog
            self.failed.emit(str(exc) or exc.__class__.__name__)
            return
        if self.cancelled:
            self.stopped.emit()
            return
        self.done.emit(written)

    def _kit(self, build_kit) -> list[str]:
        def cb(fraction: float, message: str) -> None:
            if self.cancelled:
                raise Cancelled
            if fraction >= 0:
                self.progress.emit(round(fraction * 1000), 1000, str(message))

        self.out_dir.mkdir(parents=True, exist_ok=True)
        report = build_kit(  # no renderer given: build_kit's two-process build
            self.pack,
            self.design,
            list(self.platform_ids),
            self.out_dir,
            progress=cb,
            platforms=self.platforms,
        )
        self.progress.emit(1000, 1000, "")
        return [str(p) for p in getattr(report, "files", [])]

    def _avatars(self) -> list[str]:
        from ..export.avatar import export_target
        from ..render import Renderer

        self.out_dir.mkdir(parents=True, exist_ok=True)
        renderer = Renderer(cache_megabytes=128)  # this thread's own renderer
        jobs = plan(self.platforms, self.platform_ids)
        written: list[str] = []
        for i, (target, rel) in enumerate(jobs):
            if self.cancelled:
                raise Cancelled
            self.progress.emit(i, len(jobs), rel)
            data = export_target(self.pack, self.design, target, renderer)
            atomic_write(self.out_dir / rel, data)
            written.append(str(self.out_dir / rel))
        self.progress.emit(len(jobs), len(jobs), "")
        return written


class ExportDialog(QDialog):
    def __init__(self, doc, platforms, settings, parent=None):
        super().__init__(parent)
        self.doc, self.platforms, self.settings = doc, platforms, settings
        self.thread: ExportThread | None = None
        self.written: list[str] = []
        self.list = QListWidget()
        self.list.setObjectName("exportPlatforms")
        self.platform_ids: list[str] = []
        chosen = settings.value("export/platforms", list(DEFAULT_PLATFORMS))
        chosen = [chosen] if isinstance(chosen, str) else list(chosen or [])
        for pid, platform in platforms.items():
            if not any(t.kind == "avatar" for t in platform.targets.values()):
                continue
            item = QListWidgetItem(i18n.label(platform))
            self.platform_ids.append(pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if pid in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.folder = QLineEdit(
            str(settings.value("export/folder", str(Path.home() / "avatarstudio-export")))
        )
        self.folder.setObjectName("exportFolder")
        self.browse = QPushButton(self.tr("Choose…"))
        self.kit = QCheckBox()
        self.kit.setObjectName("exportKit")
        self.kit.setEnabled(kit_builder() is not None)
        self.kit.setChecked(self.kit.isEnabled() and settings.value("export/kit", "true") in (True, "true"))
        self.files = QTreeWidget()
        self.files.setObjectName("exportFiles")
        self.files.setHeaderHidden(True)
        self.files.setRootIsDecorated(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.open_button = self.buttons.addButton(
            self.tr("&Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(
            self.tr("&Cancel export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cancel_button.setObjectName("cancelExport")
        self.cancel_button.hide()  # shown while exporting
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self._close_when_stopped = False
        folder_row = QHBoxLayout()
        folder_label = QLabel(self.tr("Save &into:"))
        folder_label.setBuddy(self.folder)
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        platforms_label = QLabel(self.tr("&Platforms:"))
        platforms_label.setBuddy(self.list)
        self.files_label = files_label = QLabel(self.tr("Files that will be written:"))
        box = QVBoxLayout(self)
        row = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(platforms_label)
        left.addWidget(self.list)
        from .export_preview import ExportPreview

        files_page = QWidget()
        files_box = QVBoxLayout(files_page)
        files_box.setContentsMargins(0, 0, 0, 0)
        files_box.addWidget(files_label)
        files_box.addWidget(self.files)
        self.preview = ExportPreview(doc, platforms)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("exportTabs")
        self.tabs.addTab(files_page, self.tr("Files"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.tabs.currentChanged.connect(self._on_tab)
        right.addWidget(self.tabs)
        row.addLayout(left, 1)
        row.addLayout(right, 2)
        box.addLayout(row, 1)
        box.addWidget(self.kit)
        box.addLayout(folder_row)
        box.addWidget(self.progress)
        box.addWidget(self.status)
        box.addWidget(self.buttons)
        self.list.setAccessibleName(self.tr("Platforms to export"))
        self.files.setAccessibleName(self.tr("Files that will be written"))
        self.folder.setAccessibleName(self.tr("Export folder"))
        self.setWindowTitle(self.tr("Export"))
        self.kit.setText(
            self.tr("Full persona &kit (avatar, header, profile card, stickers, emoji, profile text)")
        )
        if not self.kit.isEnabled():
            self.kit.setToolTip(
                self.tr("Persona kits are not available in this build; avatars are exported.")
            )
        self.resize(860, 560)
        self.list.itemChanged.connect(self.update_plan)
        self.folder.textChanged.connect(self.update_plan)
        self.kit.toggled.connect(self.update_plan)
        self.browse.clicked.connect(self.choose_folder)
        self.export_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self.open_folder)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.update_plan()

    def selected(self) -> list[str]:
        return [
            self.platform_ids[i]
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_selected(self, platform_ids) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(
                Qt.CheckState.Checked if self.platform_ids[i] in platform_ids else Qt.CheckState.Unchecked
            )

    def file_texts(self) -> list[str]:
        """Every row of the file list, zip members as "zip/member" (what tests and screen readers see)."""
        out = []
        for i in range(self.files.topLevelItemCount()):
            item = self.files.topLevelItem(i)
            out.append(item.text(0))
            out.extend(f"{item.text(0)}/{item.child(j).text(0)}" for j in range(item.childCount()))
        return out

    def update_plan(self, *_args) -> None:
        ids = self.selected()
        self.export_button.setEnabled(bool(ids) and self.thread is None)
        if self.thread is not None:
            return
        self.files.clear()
        self.files_label.setText(self.tr("Files that will be written:"))
        if self.kit.isChecked():  # persona fields the kit will make up, shown before writing (issue 13)
            from .personas import generated_lines

            self.files.addTopLevelItems(
                [QTreeWidgetItem([line]) for line in generated_lines(self.doc.pack, self.doc.design)]
            )
            for rel, members in plan_kit(self.doc.pack, self.doc.design, self.platforms, ids):
                item = QTreeWidgetItem([rel])
                item.addChildren([QTreeWidgetItem([member]) for member in members])
                self.files.addTopLevelItem(item)
            return
        for target, rel in plan(self.platforms, ids):
            item = QTreeWidgetItem([rel])
            item.setToolTip(0, f"{target.size[0]} x {target.size[1]} px, {target.format.upper()}")
            self.files.addTopLevelItem(item)

    def show_written(self) -> None:
        """The list becomes exactly what was written, each zip with its members inside it."""
        self.files.clear()
        self.files_label.setText(self.tr("Files written:"))
        for rel, members in written_tree(self.out, self.written):
            item = QTreeWidgetItem([rel])
            for member in members:
                item.addChild(QTreeWidgetItem([member]))
            self.files.addTopLevelItem(item)
        self.files.expandAll()

    def ask_existing(self, folder: Path) -> str:
        """Asked when the export folder already holds files: "replace", "new" or "cancel" (tests replace this)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Export"))
        box.setText(self.tr("%1 already holds exported files.").replace("%1", str(folder)))
        new = box.addButton(self.tr("Export into a &new folder"), QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(new)
        box.exec()
        clicked = box.clickedButton()
        return "new" if clicked is new else "replace" if clicked is replace else "cancel"

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export into"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def start(self) -> None:
        ids = self.selected()
        if not ids or self.thread is not None:
            return
        out = Path(self.folder.text().strip()).expanduser()
        if next_free_folder(out) != out:
            answer = self.ask_existing(out)
            if answer == "cancel":
                return
            if answer == "new":
                out = next_free_folder(out)
                self.folder.setText(str(out))
        self.settings.setValue("export/platforms", ids)
        self.settings.setValue("export/folder", str(out))
        self.settings.setValue("export/kit", "true" if self.kit.isChecked() else "false")
        self.status.setText(self.tr("Exporting…"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.export_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.thread = ExportThread(
            self.doc.pack, self.doc.design, self.platforms, ids, out, self, kit=self.kit.isChecked()
        )
        self.thread.progress.connect(self._on_progress)
        self.thread.failed.connect(self._on_failed)
        self.thread.done.connect(self._on_done)
        self.thread.stopped.connect(self._on_stopped)
        self.thread.finished.connect(self._on_finished)
        self.out = out
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.thread.start()

    def cancel(self) -> None:
        """Stop the export: the kit stops after the part each process is drawing and writes nothing."""
        if self.thread is None:
            return
        self.thread.cancelled = True
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling… (the picture being drawn is finished first)"))

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        if name:
            self.status.setText(self.tr("Writing %1…").replace("%1", name))

    def _on_failed(self, message: str) -> None:
        self.status.setText(self.tr("Export failed: %1").replace("%1", message))

    def _on_done(self, written: list) -> None:
        self.written = written
        self.progress.setValue(self.progress.maximum())
        self.status.setText(
            self.tr("Done: %1 files written to %2")
            .replace("%1", str(len(written)))
            .replace("%2", str(self.out))
        )
        self.show_written()
        self.open_button.setEnabled(True)

    def _on_stopped(self) -> None:
        self.status.setText(self.tr("Export cancelled."))

    def _on_finished(self) -> None:
        self.thread.deleteLater()
        self.thread = None
        self.cancel_button.hide()
        self.export_button.setEnabled(bool(self.selected()))  # the list keeps what was written
        if self._close_when_stopped:
            super().reject()

    def open_folder(self) -> bool:
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.out)))
        if not opened:
            self.status.setText(
                self.tr("No file manager could be opened. Your files are in: %1").replace("%1", str(self.out))
            )
            self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return opened

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.preview:
            chosen = [pid for pid in self.selected() if pid in self.preview.ids]
            if chosen:
                self.preview.show_platform(chosen[0])
            elif not self.preview.shown:
                self.preview.refresh()

    def reject(self) -> None:
        """Close; while exporting, cancel first and close once the export has stopped (the window
        stays responsive meanwhile)."""
        self.preview.stop()
        if self.thread is not None:
            self._close_when_stopped = True
            self.cancel()
            return
        super().reject()
