"""The desktop studio: a thin PySide6 layer over the core (document + undo commands + widgets)."""

from .compat import immortalise_singletons

immortalise_singletons()  # PySide6 6.12.0 refcount bug, see compat.py
