"""SVG -> pixels. With the GUI, the only place that imports Qt.

Rasteriser: Qt's QSvgRenderer, chosen by measurement (bench/bench.py, whole avatar at 512 px):
QtSvg ~11-13 ms into raw pixels, against ~15 ms for the resvg binding on PyPI, which returns PNG
bytes that must then be decoded again before compositing; QtSvg also comes with PySide6, so it adds
no binary. QtSvg cannot draw clipPath, mask, filter or text; the pack format and the sanitizer refuse
those, so every part renders here as it does in the artist's editor.

Two ways to draw a list of layers, chosen when the Renderer is made, never by what is cached, so
the same layers always give the same pixels from the same kind of Renderer:

* ``Renderer()`` (every export): the layers are joined into one SVG document and drawn in one pass.
  Where designs rarely repeat (batch, kits) this is the fastest path: one parse, one paint, no
  per-layer buffers or compositing (bench/bench.py prints the ratio). Whole results are kept in a
  small LRU keyed by (document, size), 16 MB by default: a kit asks for the same avatar at the same
  size for several platforms, but callers that keep images (the kit's master images) keep their own.
  Drawing is a pure function, so a hit gives the same pixels.
* ``Renderer(layers=True)`` (live previews): each layer is rendered once per (layer SVG, size) and
  kept in a bounded LRU; an image is the cached layers composited with QPainter, so an edit redraws
  only the layers it changed. Each layer is composited through the box around its visible pixels
  only (the same bytes as drawing it whole: source-over leaves pixels under transparent ones as they
  are), which cut compositing 16 layers at 512 px from ~10 ms to ~1 ms. The composite of the layers
  below the one an edit changed is kept, and the next composite starts from it while they are
  unchanged (the same draws in the same order: the same bytes). A layer is drawn on a kept scratch
  canvas and kept as a copy of its visible box only, and composites reuse the pages of pictures
  handed out before: new pages cost ~0.5 ms of faults per 512 px canvas. ``prepare`` draws one layer (and its
  box) into that cache without compositing: the studio draws the parts a user may pick next ahead.

Layers of a pack that is not built in (``LayerSvg.bounded``) are drawn layer by layer by either kind,
each in a worker process under a time limit (bounded.py), so a part too slow to draw is stopped and
named; the built-in pack keeps the in-process paths above.

One Renderer per thread (QSvgRenderer must not be shared across threads); batch work uses processes.
"""

from __future__ import annotations

import ctypes
import os
import sys
import time
from collections import OrderedDict
from dataclasses import dataclass

os.environ.pop("QT_SVG_ASSUME_TRUSTED_SOURCE", None)

from PIL import Image
from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from .core.compose import LayerSvg

MAX_SIDE = 4096


@dataclass
class Timings:
    render: float = 0.0
    composite: float = 0.0
    rendered_layers: int = 0
    cached_layers: int = 0


class Renderer:
    def __init__(self, cache_megabytes: int = 16, *, layers: bool = False) -> None:
        self._cache: OrderedDict[tuple[str, int, int], QImage] = OrderedDict()
        self._boxes: dict[tuple[str, int, int], tuple[int, int, int, int] | None] = {}  # visible part of each
        self._crops: dict[tuple[str, int, int], tuple[int, int]] = {}  # where a layer kept as its box starts
        self._scratch: QImage | None = None  # a layered preview draws each layer here first (_drawn)
        self._cache_bytes = 0
        self._budget = cache_megabytes * 1024 * 1024
        self.layers = layers
        self.timings = Timings()
        self._last: tuple[int, int, list[str]] | None = None  # size and layers of the last composite
        self._below: tuple[int, int, list[str], QImage] | None = None  # a composite of its first layers
        self._spare: list[QImage] = []  # composites handed out before: their pages reused (_fresh)

    def _layer(self, svg: str, width: int, height: int, bounded_part: str | None = None) -> QImage:
        """``svg`` drawn at ``width`` x ``height``, from the cache or rendered and cached.

        With ``bounded_part`` (a layer of a pack that is not built in, named by its part file) it is drawn
        in a worker process under a time limit (bounded.py), which names the part if it is too slow.
        """
        key = (svg, width, height)
        image = self._cache.get(key)
        if image is not None:
            self._cache.move_to_end(key)
            self.timings.cached_layers += 1
            return image
        start = time.perf_counter()
        if bounded_part is None and self.layers:
            image = self._drawn(key)
        elif bounded_part is None:
            image = _draw(svg, width, height)
        else:
            from . import bounded

            image = bounded.render_layer(bounded_part, svg, width, height)
        self.timings.render += time.perf_counter() - start
        self.timings.rendered_layers += 1
        self._keep(key, image)
        return image

    def _drawn(self, key: tuple[str, int, int]) -> QImage:
        """A layered preview's layer: drawn on a canvas-sized scratch image kept for the next draw (its
        pages mapped already), and kept as the box around its visible pixels only, a copy of those bytes:
        a new image's first writes cost page faults (~0.5 ms a 512 px canvas), and most layers cover
        little of it."""
        svg, width, height = key
        scratch = self._scratch
        if scratch is None or (scratch.width(), scratch.height()) != (width, height):
            scratch = self._scratch = _blank(width, height)
        else:
            _clear(scratch)
        _draw(svg, width, height, into=scratch)
        box = visible_box(scratch)
        if box is None:
            self._boxes[key], self._crops[key] = None, (0, 0)
            return _blank(1, 1)
        x, y, right, bottom = box
        self._boxes[key], self._crops[key] = box, (x, y)
        return scratch.copy(QRect(x, y, right - x, bottom - y))

    def _keep(self, key: tuple[str, int, int], image: QImage) -> None:
        if key[1] * key[2] * 4 > self._budget // 4:
            if len(self._crops) > len(self._cache) + 64:  # the boxes of such draws, not kept either
                for old in [k for k in self._crops if k not in self._cache and k != key]:
                    self._boxes.pop(old, None)
                    self._crops.pop(old, None)
            return  # a banner-sized image would push out a dozen small ones, and is rarely drawn twice
        self._cache[key] = image
        self._cache_bytes += image.sizeInBytes()
        while self._cache_bytes > self._budget and len(self._cache) > 1:
            old, dropped = self._cache.popitem(last=False)
            self._boxes.pop(old, None)
            self._crops.pop(old, None)
            self._cache_bytes -= dropped.sizeInBytes()

    def _box(self, svg: str, width: int, height: int, image: QImage) -> tuple[int, int, int, int] | None:
        """The bounding box of the layer's visible pixels (None: nothing visible), kept with the layer."""
        key = (svg, width, height)
        if key in self._boxes:
            return self._boxes[key]
        box = visible_box(image)
        if key in self._cache:
            self._boxes[key] = box
        return box

    def cached(self, svg: str, width: int, height: int) -> bool:
        """Whether the layer ``svg`` at ``width`` x ``height`` is in the layer cache (a draw would hit)."""
        return (svg, width, height) in self._cache

    def prepare(self, svg: str, width: int, height: int) -> int:
        """Draw the layer ``svg`` into the cache with its visible box, as a composite of it would, without
        compositing anything (the studio draws the parts a user may pick next ahead, gui/preview.py).
        The bytes it added to the cache: 0 when it was there already or is too large to be kept."""
        key = (svg, width, height)
        if key in self._cache:
            return 0
        image = self._layer(svg, width, height)
        if key not in self._cache:
            return 0
        self._box(svg, width, height, image)
        return image.sizeInBytes()

    @property
    def budget(self) -> int:
        """The layer cache's size in bytes."""
        return self._budget

    def render_qimage(
        self,
        layers: list[LayerSvg],
        width: int,
        height: int | None = None,
        *,
        shift: tuple[int, int, int] | None = None,
    ) -> QImage:
        """The layers drawn at ``width`` x ``height`` (premultiplied ARGB32; do not paint on it).

        ``shift`` (index, dx, dy), layered previews only: layer ``index`` is composited moved by whole
        pixels, a stand-in for it redrawn at that place while a drag goes on (never kept as the
        picture below)."""
        height = height or width
        if not (1 <= width <= MAX_SIDE and 1 <= height <= MAX_SIDE):
            raise ValueError(f"image size must be 1..{MAX_SIDE} px per side, not {width}x{height}")
        if any(layer.bounded for layer in layers):
            # a pack that is not built in: layer by layer, each in a worker under a time limit, so that a
            # part too slow to draw is stopped and named
            images = [
                self._layer(layer.svg, width, height, _part_file(layer) if layer.bounded else None)
                for layer in layers
            ]
        else:
            if not self.layers:
                document = join_layers(layers)
                if document is not None:
                    return QImage(
                        self._layer(document, width, height)
                    )  # a shallow copy: the cached one stays
            images = [self._layer(layer.svg, width, height) for layer in layers]
        if len(images) == 1 and (layers[0].svg, width, height) not in self._crops:
            return QImage(images[0])
        start = time.perf_counter()
        keys = [layer.svg for layer in layers]
        changed, begin, base = self._start(keys, width, height)
        if shift is not None:
            changed = -1  # a picture with a moved stand-in is never kept as the one below
            if begin > shift[0]:
                begin, base = 0, None
        if changed > begin:
            # the layers up to the one this edit changed become the kept picture below, drawn onto the old
            # one in place (only the renderer ever holds it), and the picture goes on from a copy of it: the
            # next edit of that layer (a drag, the next part in its grid) or of one above starts from it,
            # with the same bytes as drawing every layer again (the same draws in the same order)
            self._below = None
            below = base if base is not None else self._fresh(width, height, None)
            self._composite(below, layers, images, begin, changed, width, height, None)
            self._below = (width, height, keys[:changed], below)
            base, begin = below, changed
        out = self._fresh(width, height, base)
        self._composite(out, layers, images, begin, len(layers), width, height, shift)
        self.timings.composite += time.perf_counter() - start
        if not self.layers:
            return out
        # kept, to be drawn on again once the caller has let it go: its pages are mapped already (a new
        # 512 px picture's first writes cost ~0.4 ms of page faults). The caller gets a shallow copy; while
        # it, or a pixmap made from it, shares the pixels, writing through bits() here copies them first
        self._spare = [out, *self._spare[:1]]
        return QImage(out)

    def _composite(self, out, layers, images, begin: int, end: int, width: int, height: int, shift) -> None:
        """Layers ``begin`` to ``end`` (excluded) drawn onto ``out``, each through its visible box only:
        most layers (eyes, mouth, brows) cover a small part of the canvas, and source-over leaves a pixel
        under a fully transparent one untouched, so the result is the same bytes as drawing them whole."""
        if begin >= end:
            return
        painter = QPainter(out)
        for index in range(begin, end):
            layer, image = layers[index], images[index]
            box = self._box(layer.svg, width, height, image)
            if box is not None:
                x, y, right, bottom = box
                dx, dy = shift[1:] if shift is not None and index == shift[0] else (0, 0)
                ox, oy = self._crops.get((layer.svg, width, height), (0, 0))  # a layer kept as its box
                painter.drawImage(QPoint(x + dx, y + dy), image, QRect(x - ox, y - oy, right - x, bottom - y))
        painter.end()

    def _fresh(self, width: int, height: int, base: QImage | None) -> QImage:
        """An image to composite on: a copy of ``base`` (None: cleared). A layered preview writes it into
        the pixels of the oldest composite it handed out at this size, through ``bits()`` (which copies
        them first should anyone still share them); else a new image."""
        spare = next((i for i in reversed(self._spare) if i.width() == width and i.height() == height), None)
        if spare is None:
            return base.copy() if base is not None else _blank(width, height)
        self._spare.remove(spare)
        if base is None:
            _clear(spare)
        else:
            memoryview(spare.bits()).cast("B")[:] = memoryview(base.constBits()).cast("B")
        return spare

    def _start(self, keys: list[str], width: int, height: int) -> tuple[int, int, QImage | None]:
        """Where a layered composite starts: (first layer changed since the last composite, first layer
        to draw, the picture to start from): the kept picture of the layers below, else None (blank)."""
        changed = -1  # not a preview (or a new size): nothing kept
        if self.layers:
            last = self._last[2] if self._last is not None and self._last[:2] == (width, height) else []
            changed = next(
                (i for i, (a, b) in enumerate(zip(keys, last)) if a != b), min(len(keys), len(last))
            )
            self._last = (width, height, keys)
        below = self._below
        if changed >= 0 and below is not None and below[:2] == (width, height):
            kept = below[2]
            if len(kept) <= len(keys) and keys[: len(kept)] == kept:
                return changed, len(kept), below[3]
        return changed, 0, None

    def render(self, layers: list[LayerSvg], width: int, height: int | None = None) -> Image.Image:
        """Composite the layers and return a Pillow RGBA image (straight alpha), carrying no metadata."""
        height = height or width
        image = self.render_qimage(layers, width, height)
        # straight alpha in place when the draw is this image's alone (a banner, not kept in the cache):
        # no second image-sized buffer (14 MB at 2560x1440); a cached draw is copied first, as before
        image.convertTo(QImage.Format.Format_RGBA8888)
        return qimage_to_pil(image)

    def clear(self) -> None:
        self._cache.clear()
        self._boxes.clear()
        self._crops.clear()
        self._scratch = None
        self._last = self._below = None
        self._spare.clear()
        self._cache_bytes = 0


class ThreadRenderers:
    """A Renderer for code that runs on several threads: each thread draws with its own Renderer.

    Same interface as Renderer (``render``, ``render_qimage``); a QSvgRenderer is never shared
    across threads. Drawing is a pure function of (layers, size), so which thread drew an image never
    changes its pixels. The Qt drawing itself takes one lock: two threads drawing SVGs at once were seen
    to crash the process (SIGSEGV in kits with the sticker figures); the conversion to Pillow, resizing,
    outlines and encoders still run in parallel.
    """

    def __init__(self, cache_megabytes: int = 16) -> None:
        import threading

        self._local = threading.local()
        self._cache_megabytes = cache_megabytes
        self._qt = threading.Lock()

    def _mine(self) -> Renderer:
        renderer = getattr(self._local, "renderer", None)
        if renderer is None:
            renderer = self._local.renderer = Renderer(self._cache_megabytes)
        return renderer

    def render_qimage(self, layers: list[LayerSvg], width: int, height: int | None = None) -> QImage:
        with self._qt:
            return self._mine().render_qimage(layers, width, height)

    def render(self, layers: list[LayerSvg], width: int, height: int | None = None) -> Image.Image:
        return qimage_to_pil(self.render_qimage(layers, width, height or width))


def _part_file(layer: LayerSvg) -> str:
    return f"parts/{layer.layer}/{layer.part}.svg"


def _blank(width: int, height: int, fmt: QImage.Format = QImage.Format.Format_ARGB32_Premultiplied) -> QImage:
    image = QImage(width, height, fmt)
    if image.isNull():
        raise MemoryError(f"cannot allocate a {width}x{height} image")
    _clear(image)
    return image


def _clear(image: QImage) -> None:
    """Every byte of ``image`` set to 0 (transparent), through its buffer, not QImage.fill: PySide6
    resolves fill()'s overloads by building the whole Qt namespace of enums on first use, ~20 ms of every
    command's first render (a CLI render never needs that namespace otherwise). Writing through bits()
    copies the pixels first should anyone still share them."""
    bits = memoryview(image.bits()).cast("B")
    ctypes.memset((ctypes.c_char * bits.nbytes).from_buffer(bits), 0, bits.nbytes)


def _draw(
    svg: str,
    width: int,
    height: int,
    fmt: QImage.Format = QImage.Format.Format_ARGB32_Premultiplied,
    *,
    into: QImage | None = None,
) -> QImage:
    """``svg`` drawn at ``width`` x ``height`` into a new image of ``fmt`` (premultiplied ARGB32 unless
    asked: the studio's colour weights are drawn at 16 bits a channel, gui/recolour.py), or onto ``into``
    (cleared, that size and format)."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise ValueError("layer SVG could not be parsed by the renderer")
    image = into if into is not None else _blank(width, height, fmt)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def visible_box(image: QImage) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) around the pixels of ``image`` (premultiplied ARGB32) that are not fully
    transparent, or None when every pixel is."""
    width, height = image.width(), image.height()
    if sys.byteorder == "little":  # ARGB32 is one 32-bit word per pixel: alpha is its last byte in memory
        # read in place, no copy of the pixels: 0.13 against 0.22 ms at 512 px
        bits = image.constBits()  # a memoryview: Pillow reads any buffer, its stubs name only some
        pixels = Image.frombuffer("RGBA", (width, height), bits, "raw", "RGBA", image.bytesPerLine(), 1)  # type: ignore[arg-type]
        return pixels.getbbox(alpha_only=True)
    data = bytes(image.constBits())
    pixels = Image.frombuffer("RGBA", (width, height), data, "raw", "RGBA", image.bytesPerLine(), 1)
    return pixels.getchannel(0).getbbox()


def join_layers(layers: list[LayerSvg]) -> str | None:
    """The layers as one SVG document, bottom first, when they share one root element; else None.

    Each layer is ``<svg ...>body</svg>`` (see compose_layers); the joined document is the common root
    around every body, which is what ``compose`` writes for the same view.
    """
    if not layers:
        return None
    first = layers[0].svg
    end = first.find(">") + 1
    head = first[:end]
    if not head.startswith("<svg") or head.endswith("/>"):
        return None
    bodies = []
    for layer in layers:
        svg = layer.svg
        if not (svg.startswith(head) and svg.endswith("</svg>")):
            return None
        bodies.append(svg[end : -len("</svg>")])
    return head + "".join(bodies) + "</svg>"


def qimage_to_pil(image: QImage) -> Image.Image:
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    width, height, stride = rgba.width(), rgba.height(), rgba.bytesPerLine()
    # read in place and copied once, while ``rgba`` is alive (a bytes() copy first was one more
    # image-sized buffer: 14 MB for a 2560x1440 banner)
    bits = rgba.constBits()  # a memoryview: Pillow reads any buffer, its stubs name only some
    return Image.frombuffer("RGBA", (width, height), bits, "raw", "RGBA", stride, 1).copy()  # type: ignore[arg-type]


def pil_to_qimage(image: Image.Image) -> QImage:
    rgba = image.convert("RGBA")
    data = rgba.tobytes()
    qimage = QImage(data, rgba.width, rgba.height, rgba.width * 4, QImage.Format.Format_RGBA8888)
    return qimage.copy()  # own the pixels; ``data`` goes away


# --- isolated trial renders for packs from strangers: bounded.py ---------------------------------


def trial_render(items: list[tuple[str, str]], **limits) -> dict[str, str]:
    """See :func:`avatarstudio.bounded.trial_render` (kept here: import-pack passes it by this name)."""
    from .bounded import trial_render as trial

    return trial(items, **limits)
