"""Session state that is not part of the design: locks, the presentation filter, the selected layer."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class StudioState(QObject):
    locks_changed = Signal()
    layer_selected = Signal(str)
    presentation_changed = Signal(str)

    def __init__(self, pack, parent=None):
        super().__init__(parent)
        self.locked_layers: set[str] = set()
        self.locked_slots: set[str] = set()
        self.presentation = "any"
        self.layer = next((lay.id for lay in pack.layers if lay.id != "background"), pack.layers[0].id)

    def set_layer_locked(self, layer: str, locked: bool) -> None:
        if (layer in self.locked_layers) != locked:
            (self.locked_layers.add if locked else self.locked_layers.discard)(layer)
            self.locks_changed.emit()

    def set_slot_locked(self, slot: str, locked: bool) -> None:
        if (slot in self.locked_slots) != locked:
            (self.locked_slots.add if locked else self.locked_slots.discard)(slot)
            self.locks_changed.emit()

    def set_locks(self, layers, slots) -> None:
        """Take the locks a design was saved with (opened or recovered)."""
        layers, slots = set(layers), set(slots)
        if (layers, slots) != (self.locked_layers, self.locked_slots):
            self.locked_layers, self.locked_slots = layers, slots
            self.locks_changed.emit()

    def with_locks(self, design):
        """The design as it is saved: with the current locks (the optional "locks" key)."""
        from dataclasses import replace

        return replace(
            design, locked_layers=frozenset(self.locked_layers), locked_slots=frozenset(self.locked_slots)
        )

    @staticmethod
    def without_locks(design):
        from dataclasses import replace

        return replace(design, locked_layers=frozenset(), locked_slots=frozenset())

    def select_layer(self, layer: str) -> None:
        if layer != self.layer:
            self.layer = layer
            self.layer_selected.emit(layer)

    def set_presentation(self, value: str) -> None:
        if value != self.presentation:
            self.presentation = value
            self.presentation_changed.emit(value)
