"""Fresh seeds: where a design's seed comes from when the user gives none.

A design is a pure function of its seed, and the persona generator is public code, so a seed that
means something (a real name, a birthday, a handle used elsewhere) can be found again by trying
guesses until one reproduces a published avatar. A fresh seed is 80 bits from the operating system's
secure random source (``secrets``): nothing about the user goes into it, and it is recorded in the
design so the result can still be reproduced exactly.
"""

from __future__ import annotations

import secrets

SEED_BYTES = 10  # 80 bits: far beyond guessing, and short enough to read out or copy


def fresh_seed() -> str:
    """A new seed from the OS's secure random source (20 lowercase hex digits)."""
    return secrets.token_hex(SEED_BYTES)


def seed_or_fresh(seed: str | int | None) -> tuple[str, bool]:
    """(the seed to use, whether it was freshly made): the user's seed when given, else a fresh one."""
    if seed is None or str(seed) == "":
        return fresh_seed(), True
    return str(seed), False
