"""Pixel work on the kit's master images: downscaling through one shared chain of halvings, and the
disc dilation under sticker outlines.

A kit draws each sticker figure and face once, large (384-768 px), and every sticker, emoji, tab and
tray icon of every platform is a downscale of it. Pillow's LANCZOS on an RGBA image converts the whole
source to premultiplied alpha and back, and its kernel widens with the scale factor, so shrinking a
master to 28-180 px ~150 times costs most of a kit's time. Here each master keeps a chain of
premultiplied halvings (2x2 box averages, Pillow's ``reduce``): a downscale starts from the smallest
level still at least ``GAP`` times the wanted size and finishes with LANCZOS. That is what Pillow's own
``reducing_gap`` does, with the reductions computed once per master instead of on every call; at
``GAP`` 3 the results are not told apart from a single LANCZOS pass (measured in docs/speed.md).

The outline under a sticker is its silhouette dilated by a disc. ``dilate`` takes the maximum over
the disc's rows: one running horizontal maximum per half-width (two shifts each), then one vertical
shift per row of the disc; 2r + 2r + 1 array operations instead of the disc's ~3r^2 pixels, with
exactly the same result (a maximum does not depend on the order it is taken in).

Pure functions of the pixels: the same master and size give the same bytes whichever thread asks first.
"""

from __future__ import annotations

import ctypes
import sys
import threading
import weakref
from functools import partial
from typing import Any

import numpy as np
from PIL import Image

GAP = 2.0  # the last LANCZOS pass shrinks by at most this factor (as Pillow's reducing_gap=2)

# id(master) -> (a weak reference to it, its premultiplied halvings); an entry goes with its master.
# The entry must not hold the master itself: it would then never be freed (a kit dropped its figures
# and close-ups, and this table kept every one of them, ~30 MiB in each process).
_chains: dict[int, tuple[weakref.ref, list[Image.Image]]] = {}
_lock = threading.RLock()  # re-entrant: a master freed while the lock is held calls _forget


# A weakref callback can run at interpreter exit, after this module's globals are cleared: it reaches
# the table and lock only through its default arguments.
def _forget(
    key: int,
    _ref: object = None,
    _table: dict[int, tuple[weakref.ref, Any]] = _chains,
    _guard: threading.RLock = _lock,
) -> None:
    with _guard:
        _table.pop(key, None)


def _halvings(image: Image.Image) -> list[Image.Image]:
    """The halvings of ``image`` made so far (RGBa for an RGBA master): level i + 1 of its chain is
    element i, level 0 is ``image`` itself."""
    key = id(image)
    with _lock:
        entry = _chains.get(key)
        if entry is None or entry[0]() is not image:
            ref = weakref.ref(image, partial(_forget, key))
            entry = _chains[key] = (ref, [])
        return entry[1]


_premul: dict[int, tuple[weakref.ref, Image.Image]] = {}  # id(master) -> its RGBa copy, gone with it


def _premultiplied(image: Image.Image) -> Image.Image:
    """``image`` as RGBa (an RGBA master premultiplied, kept while the master lives: each resize of an
    RGBA image premultiplies a copy of it first, and a master is resized for many sizes); other modes
    as they are."""
    if image.mode != "RGBA":
        return image
    key = id(image)
    with _lock:
        entry = _premul.get(key)
        if entry is None or entry[0]() is not image:
            ref = weakref.ref(image, partial(_forget, key, _table=_premul))
            entry = _premul[key] = (ref, image.convert("RGBa"))
        return entry[1]


def downscale(
    image: Image.Image, size: tuple[int, int], box: tuple[int, int, int, int] | None = None
) -> Image.Image:
    """``image`` (its ``box`` region when given) resized to ``size`` (LANCZOS), from the smallest cached
    halving at least ``GAP`` times ``size``; an RGBA image stays RGBA. Enlargements are a plain LANCZOS
    resize. A ``box`` keeps the chain of the whole master (a crop would be a new image every time)."""
    w, h = size
    box = box or (0, 0, image.width, image.height)
    bw, bh = box[2] - box[0], box[3] - box[1]
    if image.mode not in ("RGBA", "RGB", "L"):
        return image.resize(size, Image.Resampling.LANCZOS, box)
    if w >= bw or h >= bh:
        out = _premultiplied(image).resize(size, Image.Resampling.LANCZOS, box)
        return out.convert("RGBA") if out.mode == "RGBa" else out
    halvings = _halvings(image)
    src = image
    i = 0  # the level of src: 0 is the master, i > 0 is halvings[i - 1]
    while True:
        if src.width * bw < 2 * GAP * w * image.width or src.height * bh < 2 * GAP * h * image.height:
            break
        if i == len(halvings):
            with _lock:
                if i == len(halvings):
                    halvings.append((_premultiplied(src) if i == 0 else src).reduce(2))
        src = halvings[i]
        i += 1
    if i == 0:
        src = _premultiplied(image)  # what Image.resize would convert it to, made once per master
    fx, fy = src.width / image.width, src.height / image.height
    out = src.resize(size, Image.Resampling.LANCZOS, (box[0] * fx, box[1] * fy, box[2] * fx, box[3] * fy))
    return out.convert("RGBA") if out.mode == "RGBa" else out


_libc: list[ctypes.CDLL | None] = []  # [libc] once looked up; [None]: no malloc_trim here


def release_freed_memory() -> None:
    """Hand the memory freed since the last call back to the system (glibc's ``malloc_trim``; nothing
    elsewhere). glibc keeps freed image buffers for reuse: after a banner (each 2560x1440 RGBA copy is
    14 MB) its heap held ~60 MB it no longer used, while the kit's other process needed its own. A call
    costs ~1-5 ms of CPU; the kit makes one after each banner-sized image."""
    if not _libc:
        libc = None
        if sys.platform.startswith("linux"):
            try:
                # the process's own symbols, libc's among them: ctypes.util.find_library ran ldconfig
                # in a subprocess (~4 ms in each kit process) and its import, subprocess, cost the
                # kit's start ~3.5 ms
                libc = ctypes.CDLL(None)
            except OSError:
                libc = None
        _libc.append(libc if libc is not None and hasattr(libc, "malloc_trim") else None)
    if _libc[0] is not None:
        _libc[0].malloc_trim(0)


def disc(radius: int) -> list[tuple[int, int]]:
    """The (dy, dx) offsets of a disc of ``radius`` px (centres within radius + 0.5)."""
    r2 = (radius + 0.5) ** 2
    return [
        (dy, dx)
        for dy in range(-radius, radius + 1)
        for dx in range(-radius, radius + 1)
        if dx * dx + dy * dy <= r2
    ]


def dilate(solid: np.ndarray, radius: int) -> np.ndarray:
    """``solid`` (2-D uint8) dilated by ``disc(radius)``: each pixel the maximum of the disc around it,
    pixels outside the array counting as 0."""
    h, w = solid.shape
    r = radius
    half = {dy: 0 for dy in range(-r, r + 1)}  # dy -> the disc's half-width on that row
    for dy, dx in disc(r):
        half[dy] = max(half[dy], dx)
    padded = np.zeros((h + 2 * r, w + 2 * r), np.uint8)
    padded[r : r + h, r : r + w] = solid
    runs = [padded[:, r : r + w]]  # runs[k]: maximum over |dx| <= k, rows padded by r above and below
    for k in range(1, r + 1):
        runs.append(
            np.maximum(np.maximum(runs[-1], padded[:, r - k : r - k + w]), padded[:, r + k : r + k + w])
        )
    grown = np.zeros((h, w), np.uint8)
    for dy, k in half.items():
        np.maximum(grown, runs[k][r - dy : r - dy + h], out=grown)
    return grown
