"""Showing text that came from outside (pack files, SVG names, specs, designs) without letting it lie.

A pack author controls part names, namespace URIs, style property names and manifest strings. Printed
raw, a carriage return or newline starts a fake line of the report, and U+202E (right-to-left
override) turns the rest of a line around. Every such string goes through :func:`escape` where it is
put into a message; long lists of problems go through :func:`cap_lines`.
"""

from __future__ import annotations

import re

BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# C0 and C1 controls, DEL, bidi controls, zero-width characters, line and paragraph separators
UNSAFE_RE = re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI}\u200b-\u200d\u2028\u2029\ufeff]")
MAX_LINES = 20


def escape(text: object, limit: int = 80) -> str:
    """``text`` with every control, bidi or invisible character as ``\\uXXXX``, cut to ``limit`` characters."""
    text = text if isinstance(text, str) else str(text)
    if len(text) > limit * 8:
        text = text[: limit * 8]  # never escape megabytes only to cut them
    out = UNSAFE_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return out if len(out) <= limit else out[: max(0, limit - 3)] + "..."


def cap_lines(lines: list[str], limit: int = MAX_LINES) -> list[str]:
    """At most ``limit`` lines; the last one says how many more there were."""
    if len(lines) <= limit:
        return list(lines)
    rest = len(lines) - (limit - 1)
    return list(lines[: limit - 1]) + [f"... and {rest} more problems"]
