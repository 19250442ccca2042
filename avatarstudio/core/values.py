"""The one place for the shape of the plain values read from files: ids, colours, numbers.

Packs (pack.toml, layer.toml), designs (.avatar.json), platform presets (presets/*.toml) and pack
import all ask these functions, so a rule changes once for all of them. Every check takes any object
(a parsed file holds whatever its author wrote) and matches the whole string: a trailing newline, which
`$` in a regular expression would let through, is not part of an id.
"""

from __future__ import annotations

import math
import re
from typing import TypeGuard

_ID = re.compile(r"[a-z0-9_]{1,40}")  # layers, parts, slots, expressions, platforms, targets
_PACK_ID = re.compile(r"[a-z0-9_-]{1,40}")  # packs (also a folder name in the user's data folder)
_HEX = re.compile(r"#[0-9a-fA-F]{6}")


def is_id(value: object) -> TypeGuard[str]:
    """1-40 of a-z, 0-9 and '_'."""
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def is_pack_id(value: object) -> TypeGuard[str]:
    """1-40 of a-z, 0-9, '_' and '-'."""
    return isinstance(value, str) and _PACK_ID.fullmatch(value) is not None


def is_hex(value: object) -> TypeGuard[str]:
    """A '#rrggbb' colour (either case)."""
    return isinstance(value, str) and _HEX.fullmatch(value) is not None


def is_number(value: object) -> TypeGuard[int | float]:
    """A finite int or float (not a bool; an integer too large for a float is not a number here)."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


def numbers(value: object, count: int) -> list[float] | None:
    """A list of exactly `count` numbers (see is_number) as floats, or None."""
    if not isinstance(value, list) or len(value) != count or not all(is_number(v) for v in value):
        return None
    return [float(v) for v in value]
