"""One Document: the current immutable Design, the Pack, a QUndoStack and one ``changed`` signal.

Every change is a small QUndoCommand that swaps one design value for another. Drags (a slider, a
colour picker) push many commands with the same merge key; they merge into one undo step until the
drag ends (``seal``).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.design import Design

MERGE_ID = 4711
Text = str | Callable[[], str]  # an undo text, or a function giving it in the current language


class SetDesign(QUndoCommand):
    """Swap the document's design from ``before`` to ``after``; drags merge while ``open``.

    The command points back at its document weakly. The document's QUndoStack owns its commands; a
    strong ``doc`` here closed a cycle (Document -> stack -> command -> Document) that only the cycle
    collector could free, and its teardown order freed the commands before the stack that still listed
    them: SIGSEGV in QUndoStack::clear() inside gc.collect(). With the weak reference a document goes
    away by reference counting, Qt deleting the stack and then its commands.
    """

    def __init__(self, doc: Document, before: Design, after: Design, text: Text, merge_key: object = None):
        super().__init__(text() if callable(text) else text)
        self.describe = text if callable(text) else None  # re-read when the language changes
        self._doc = weakref.ref(doc)
        self.before, self.after, self.merge_key = before, after, merge_key
        self.open = merge_key is not None

    def id(self) -> int:
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetDesign) or not self.open or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        if self.after == self.before:
            self.setObsolete(True)  # a drag that came back where it started leaves no step
        return True

    def _swap(self, design: Design) -> None:
        doc = self._doc()
        if doc is not None:  # always: the stack that calls undo/redo is the document's child
            doc._swap(design)

    def redo(self) -> None:
        self._swap(self.after)

    def undo(self) -> None:
        self._swap(self.before)


class Document(QObject):
    """Holds the design; the only way to change it is ``push`` (an undo command)."""

    changed = Signal(object, object)  # new design, old design
    path_changed = Signal()

    def __init__(self, pack, design: Design, parent: QObject | None = None):
        super().__init__(parent)
        self.pack = pack
        self._design = design
        self.path: Path | None = None
        self.stack = QUndoStack(self)
        self._top: SetDesign | None = None  # the last pushed command, while a drag may extend it
        self._top_index = -1
        self.stack.indexChanged.connect(self._on_index_changed)
        self.stack.cleanChanged.connect(self._on_clean_changed)

    def _on_index_changed(self, _index: int) -> None:
        # Undo, redo or a history click ends any drag: the next change is a new step.
        if self._top is not None and self.stack.index() != self._top_index:
            self.seal()

    def _on_clean_changed(self, _clean: bool) -> None:
        self.path_changed.emit()

    @property
    def design(self) -> Design:
        return self._design

    @property
    def modified(self) -> bool:
        return not self.stack.isClean()

    def _swap(self, design: Design) -> None:
        old, self._design = self._design, design
        if old != design:
            self.changed.emit(design, old)

    def push(self, design: Design, text: Text, merge_key: object = None) -> bool:
        """Make ``design`` current as one undo step (merged with the previous one while a drag is open)."""
        if design == self._design:
            return False
        previous = self._top
        command = SetDesign(self, self._design, design, text, merge_key)
        index = self.stack.index()
        self.stack.push(command)  # Qt calls mergeWith on the top command when the ids match
        if self.stack.index() > index:  # a new step: the previous drag is over for good
            if previous is not None:
                previous.open = False
            self._top, self._top_index = command, self.stack.index()
        elif self.stack.index() < index:  # merged back to where the drag started: step removed
            self._top, self._top_index = None, -1
        return True

    def retranslate(self) -> None:
        """Undo and history texts in the current language (each command re-reads its text)."""
        for i in range(self.stack.count()):
            command = self.stack.command(i)
            if isinstance(command, SetDesign) and command.describe is not None:
                command.setText(command.describe())

    def seal(self) -> None:
        """End the current drag: the next change starts a new undo step."""
        if self._top is not None:
            self._top.open = False
        self._top, self._top_index = None, -1

    def reset(self, design: Design, path: Path | None = None) -> None:
        """A new or opened document: fresh history, clean."""
        self.stack.clear()
        self._top = None
        self.path = Path(path) if path else None
        self._swap(design)
        self.stack.setClean()
        self.path_changed.emit()

    def mark_saved(self, path: Path) -> None:
        self.path = Path(path)
        self.stack.setClean()
        self.path_changed.emit()
