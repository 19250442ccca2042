"""Work around a reference-counting bug in PySide6 6.12.0 on CPython < 3.12.

In 6.12.0, ``Signal.emit()`` returns its bool result without a new reference, and some void methods
(``QTimer.start(int)``, ``QUndoStack.undo()``, ...) return ``None`` the same way. Each call takes one
reference from ``True``/``False``/``None``; after a few hundred signal emissions CPython aborts with
"bool_dealloc: deallocating True or False" (a ten-line repro is in tests/gui/test_compat.py).

CPython 3.12 makes these singletons immortal (PEP 683). On older versions we do the same by giving
them a very large reference count once; they are never freed anyway, so this changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

_EXTRA = 1 << 40
_done = False


def immortalise_singletons() -> bool:
    """Make None/True/False effectively immortal on CPython < 3.12; returns True when applied."""
    global _done
    if _done or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += _EXTRA
    _done = True
    return True


def emit_leaks_references() -> bool:
    """Probe: does Signal.emit() on this PySide6 drop a reference to its result?"""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True) + sys.getrefcount(False)
    for _ in range(20):
        probe.ping.emit()
    return sys.getrefcount(True) + sys.getrefcount(False) < before - 10
