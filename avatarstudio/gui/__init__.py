"""The desktop studio: a thin PySide6 layer over the core (document + undo commands + widgets)."""
